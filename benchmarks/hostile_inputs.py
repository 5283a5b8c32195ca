"""Hostile-input benchmark (issue 15): every case ends with its documented exit code in < 5 s, < 500 MB.

    python benchmarks/hostile_inputs.py              # the table of cases
    python benchmarks/hostile_inputs.py --fuzz 10000 # plus the long property-based fuzz run
    python benchmarks/hostile_inputs.py -k docx      # only cases whose name contains "docx"

Each case is built on the fly in a temporary folder (regex bombs per pattern family, DOCX and PDF
work bombs, YAML amplification, special files, output safety, postings in every format) and run
through the installed ``tailor`` script as a subprocess. Wall time is measured around the process;
CPU time (user + system) and peak RSS come from GNU ``time``. The 5 s limit is judged on CPU time,
which other load on a shared machine does not inflate (``--wall`` judges wall time instead).
Exit status is 1 when any case misses its exit code or a limit. The ``tailor`` found next to this
Python (or on PATH) is used; set ``PYTHONPATH=src`` to run a working tree's code through it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "robustness"))

import hostile  # noqa: E402

TIME_LIMIT = 5.0
MEMORY_LIMIT_MB = 500
EXAMPLES = ROOT / "examples"


@dataclass
class Case:
    """One run of ``tailor``: its arguments, the exit code the docs promise, and how to check it."""

    name: str
    args: list[str]
    expect: int
    shell: bool = False  # run ``args[0]`` through bash (process substitution, pipes)
    stdin: bytes | None = None
    note: str = ""
    check: Callable[[str], str | None] | None = None  # extra check on stdout+stderr: a problem or None
    extra: dict[str, str] = field(default_factory=dict)


def _tailor() -> str:
    script = Path(sys.executable).with_name("tailor")
    found = str(script) if script.exists() else shutil.which("tailor")
    if not found:
        sys.exit("no installed `tailor` script next to this Python or on PATH")
    return found


def _write(folder: Path, name: str, data: bytes | str) -> str:
    path = folder / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return str(path)


def _posting_lines() -> list[str]:
    text = (EXAMPLES / "posting-payments-engineer.txt").read_text(encoding="utf-8")
    return text.splitlines()


def _posting_docx() -> bytes:
    import io

    import docx

    document = docx.Document()
    for line in _posting_lines():
        if line.startswith(("- ", "* ")):
            document.add_paragraph(line[2:], style="List Bullet")
        elif line.strip():
            document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _profile_with(name: str, body: str) -> str:
    return f"id: {name}\nname: {name.title()}\n{body}"


def build_cases(tmp: Path) -> list[Case]:
    """The table of cases, every input written under ``tmp``."""
    return [
        *_text_cases(tmp),
        *_docx_cases(tmp),
        *_pdf_cases(tmp),
        *_cap_cases(tmp),
        *_special_cases(tmp),
        *_output_cases(tmp),
        *_profile_cases(tmp),
        *_posting_cases(tmp),
        *_batch_cases(tmp),
    ]


def _text_cases(tmp: Path) -> list[Case]:
    """Regex bombs, one per pattern family, through `tailor parse` (skills included)."""
    cases = [
        Case(f"text bomb: {bomb}", ["parse", _write(tmp, f"bomb-{bomb}.md", hostile.bomb_resume(bomb))], 0)
        for bomb in hostile.TEXT_BOMBS
    ]
    report = _write(tmp, "report-bomb.md", hostile.bomb_resume("url-dotted-run"))
    eeo = _write(tmp, "eeo.txt", "Engineer\nRequirements\n- " + "B.S." * 25_000 + "\n")
    return [
        *cases,
        Case("text bomb through the full report", [report, "-c", "amazon"], 0),
        Case("posting: B.S. x 25,000 (EEO pattern)", ["posting", eeo], 0),
        Case(
            "skills --text 'Go ' x 33,000",
            ["skills", "--text", "Go " * 33_000, "--json"],
            0,
            note="owned by helper skills",
        ),
    ]


def _docx_cases(tmp: Path) -> list[Case]:
    """DOCX work bombs and zip oddities."""
    ok = hostile.resume_docx()

    def parse(name: str, data: bytes) -> list[str]:
        return ["parse", _write(tmp, name, data)]

    return [
        Case("docx: 20,000 styles", parse("styles.docx", hostile.docx_many_styles()), 0),
        Case("docx: 46 MB of paragraphs", parse("paras.docx", hostile.docx_many_paragraphs()), 3),
        Case("docx: 6,000 paragraphs", parse("p6k.docx", hostile.docx_paragraph_count(6000)), 3),
        Case(
            "docx: 4,900 paragraphs (under the cap)", parse("p49.docx", hostile.docx_paragraph_count(4900)), 0
        ),
        Case("docx: zip bomb 200 MB", parse("zipbomb.docx", _zip_bomb(200)), 3),
        Case("docx: encryption flag", parse("enc.docx", hostile.patch_zip_headers(ok, flag=1)), 3),
        Case("docx: zip version 9.9", parse("ver.docx", hostile.patch_zip_headers(ok, version=99)), 3),
        Case("docx: truncated", parse("trunc.docx", ok[: len(ok) // 2]), 3),
        Case("zip that is not a docx", parse("other.docx", _zip_other()), 3),
    ]


def _pdf_cases(tmp: Path) -> list[Case]:
    """PDF work bombs."""
    truncated = (EXAMPLES / "backend-engineer.pdf").read_bytes()[:900]
    long_pdf = hostile.text_pdf(["Jane Doe", "Engineer"], pages=21)
    return [
        Case(
            "pdf: 20 pages of dense 4-pt text",
            ["parse", _write(tmp, "dense.pdf", hostile.dense_pdf(20, 4))],
            3,
        ),
        Case(
            "pdf: 10 pages of dense 11-pt text (under the cap)",
            ["parse", _write(tmp, "dense11.pdf", hostile.dense_pdf(10, 11))],
            0,
        ),
        Case("pdf: 21 pages (page cap)", ["parse", _write(tmp, "long.pdf", long_pdf)], 3),
        Case("pdf: truncated", ["parse", _write(tmp, "trunc.pdf", truncated)], 3),
    ]


def _cap_cases(tmp: Path) -> list[Case]:
    """Size, character and line caps; binary content."""
    utf16 = (EXAMPLES / "backend-engineer.md").read_text(encoding="utf-8").encode("utf-16")
    big = hostile.RESUME_HEAD + "Built things. " * 700_000
    return [
        Case("text: 9.8 MB resume", ["parse", _write(tmp, "big.txt", big)], 3),
        Case("text: 11 MB resume", ["parse", _write(tmp, "huge.txt", b"a" * (11 << 20))], 3),
        Case("text: 6,000 short lines", ["parse", _write(tmp, "tall.txt", "Jane Doe\n" + "- x\n" * 6000)], 3),
        Case("text: empty", ["parse", _write(tmp, "empty.md", b"")], 3),
        Case("text: UTF-16 with BOM", ["parse", _write(tmp, "utf16.md", utf16)], 0),
        Case("binary: random bytes", ["parse", _write(tmp, "random.md", os.urandom(20_000))], 3),
        Case(
            "binary: PNG named .pdf",
            ["parse", _write(tmp, "photo.pdf", b"\x89PNG\r\n\x1a\n" + bytes(2000))],
            3,
        ),
    ]


def _special_cases(tmp: Path) -> list[Case]:
    """Devices, pipes, FIFOs, links and folders."""
    md = str(EXAMPLES / "backend-engineer.md")
    fifo = tmp / "fifo.md"
    os.mkfifo(fifo)
    loop = tmp / "loop.pdf"
    loop.symlink_to(loop)
    return [
        Case("special: parse /dev/zero", ["parse", "/dev/zero"], 3),
        Case("special: posting /dev/zero", ["posting", "/dev/zero"], 3),
        Case("special: --job /dev/zero", [md, "-c", "amazon", "--job", "/dev/zero"], 3),
        Case("special: /dev/urandom", ["parse", "/dev/urandom"], 3),
        Case("special: FIFO with no writer", ["parse", str(fifo)], 3),
        Case("special: process substitution", [f"{{tailor}} parse --no-skills <(cat {md})"], 0, shell=True),
        Case(
            "special: /dev/stdin from a pipe",
            ["parse", "--no-skills", "/dev/stdin"],
            0,
            stdin=(EXAMPLES / "backend-engineer.md").read_bytes(),
        ),
        Case(
            "special: symlink loop",
            ["parse", str(loop)],
            3,
            check=lambda out: None if "loop" in out else "message does not say 'loop'",
        ),
        Case("special: a folder", ["parse", str(tmp)], 3),
        Case("special: missing file", ["parse", str(tmp / "nope.pdf")], 3),
    ]


def _output_cases(tmp: Path) -> list[Case]:
    """Outputs that must never replace an input or write where they should not."""
    md = str(EXAMPLES / "backend-engineer.md")
    original = (EXAMPLES / "backend-engineer.md").read_bytes()
    own = Path(_write(tmp, "self.md", original))
    notes = tmp / "notes"
    notes.mkdir()
    docx_copy = _write(tmp, "pm.docx", (EXAMPLES / "product-manager.docx").read_bytes())
    return [
        Case(
            "out: --out is the resume",
            [str(own), "-c", "amazon", "--format", "md", "--out", str(own)],
            2,
            check=lambda _: None if own.read_bytes() == original else "the resume was changed",
        ),
        Case("out: --annotate an existing folder", [docx_copy, "-c", "amazon", "--annotate", str(notes)], 2),
        Case(
            "out: --annotate x/",
            [docx_copy, "-c", "amazon", "--annotate", str(tmp / "x") + "/"],
            2,
            check=lambda _: "a file x was written" if (tmp / "x").exists() else None,
        ),
        Case("out: --out an existing folder", [md, "-c", "amazon", "--out", str(notes)], 2),
    ]


def _profile_cases(tmp: Path) -> list[Case]:
    """YAML amplification, size and nesting; the group --profiles option."""
    profiles = tmp / "profiles"
    profiles.mkdir()
    source = (ROOT / "company_profiles" / "amazon.yaml").read_text(encoding="utf-8")
    (profiles / "acme.yaml").write_text(source.replace("id: amazon", "id: acme", 1), encoding="utf-8")
    big = tmp / "bigprofiles"
    big.mkdir()
    (big / "big.yaml").write_text(source.replace("id: amazon", "id: big", 1) + "# " + "x" * (52 << 20) + "\n")

    def validate(name: str, text: str) -> list[str]:
        return ["companies", "validate", _write(tmp, name, text)]

    return [
        Case("profile: alias amplification", validate("alias.yaml", hostile.alias_bomb_yaml()), 4),
        Case("profile: billion laughs", validate("laughs.yaml", hostile.billion_laughs_yaml()), 4),
        Case("profile: alias cycle", validate("cycle.yaml", "a: &a [*a]\n"), 4),
        Case("profile: YAML nested 100,000 deep", validate("deep.yaml", "[" * 100_000), 4),
        Case("profile: 52 MB", ["companies", "show", "big", "--profiles", str(big)], 4),
        Case(
            "companies --profiles DIR show acme",
            ["companies", "--profiles", str(profiles), "show", "acme"],
            0,
        ),
    ]


def _posting_cases(tmp: Path) -> list[Case]:
    """Postings in every format (issue 12 item 5) and posting bombs."""
    md = str(EXAMPLES / "backend-engineer.md")
    pdf = _write(tmp, "posting.pdf", hostile.text_pdf(_posting_lines(), size=10))
    return [
        Case("posting: PDF", ["posting", pdf], 0, check=_has_requirements),
        Case(
            "posting: DOCX",
            ["posting", _write(tmp, "posting.docx", _posting_docx())],
            0,
            check=_has_requirements,
        ),
        Case("--job posting.pdf", [md, "-c", "amazon", "--job", pdf, "--format", "json"], 0),
        Case("posting: JSON nested 100,000 deep", ["posting", _write(tmp, "deep.json", "[" * 100_000)], 3),
        Case(
            "posting: HTML nested 50,000 deep",
            ["posting", _write(tmp, "deep.html", "<div>" * 50_000 + "x")],
            3,
        ),
        Case(
            "posting: 6 MB",
            ["posting", _write(tmp, "big-posting.txt", "Requirements\n- Python\n" * 300_000)],
            3,
        ),
    ]


def _batch_cases(tmp: Path) -> list[Case]:
    """Batch over formula-like file names (the summary.csv neutralisation belongs to helper house)."""
    batch = tmp / "batch"
    batch.mkdir()
    for name in ("=cmd|' -C calc'!A0.md", "+SUM(1).md", "-2+3.md", "@SUM(1).md"):
        shutil.copyfile(EXAMPLES / "backend-engineer.md", batch / name)
    out = tmp / "batch-out"
    return [
        Case(
            "batch: formula-like file names",
            ["batch", str(batch), "-c", "amazon", "--out", str(out)],
            0,
            note="CSV neutralisation owned by helper house",
            check=lambda _: _csv_neutral(out),
        )
    ]


def _has_requirements(out: str) -> str | None:
    return None if '"required"' in out and "years" in out.lower() else "no requirements read"


def _csv_neutral(folder: Path) -> str | None:
    summary = folder / "summary.csv"
    if not summary.exists():
        return "no summary.csv"
    import csv

    with summary.open(newline="", encoding="utf-8") as handle:
        cells = [c for row in csv.reader(handle) for c in row]
    bad = [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    return f"{len(bad)} cells start with = + - @" if bad else None


def _zip_bomb(megabytes: int) -> bytes:
    import io
    import zipfile

    parts = {"word/document.xml": b" " * (megabytes << 20), "[Content_Types].xml": b"<Types/>"}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return out.getvalue()


def _zip_other() -> bytes:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("notes.txt", "hello")
    return out.getvalue()


def run_case(tailor: str, case: Case, env: dict[str, str], tmp: Path) -> tuple[int, float, float, float, str]:
    """Run one case; return (exit code, wall seconds, CPU seconds, peak MB, output).

    Memory and CPU come from GNU time when it is installed: it forks the case from its own small
    process, whereas a child forked from this Python would inherit this process's peak RSS (Linux
    keeps ``ru_maxrss`` across fork and exec). Without it, ``os.wait4`` gives the child's rusage.
    """
    shell = ["bash", "-c", case.args[0].replace("{tailor}", tailor)]
    argv = shell if case.shell else [tailor, *case.args]
    stats = tmp / "time.txt"
    timed = Path("/usr/bin/time").exists()
    if timed:
        argv = ["/usr/bin/time", "-q", "-f", "%M %U %S", "-o", str(stats), *argv]
    start = time.monotonic()
    stdin = subprocess.PIPE if case.stdin is not None else subprocess.DEVNULL
    proc = subprocess.Popen(argv, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    timer = threading.Timer(60, proc.kill)  # a hang shows as a kill, never as a stuck benchmark
    timer.start()
    if case.stdin is not None and proc.stdin:
        proc.stdin.write(case.stdin)
        proc.stdin.close()
    out = proc.stdout.read() if proc.stdout else b""
    _, status, usage = os.wait4(proc.pid, 0)
    timer.cancel()
    proc.returncode = code = os.waitstatus_to_exitcode(status)
    wall = time.monotonic() - start
    peak, cpu = usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime
    if timed:
        fields = stats.read_text().split()[-3:]
        if len(fields) == 3:
            peak, cpu = int(fields[0]) / 1024, float(fields[1]) + float(fields[2])
    return code, wall, cpu, peak, out.decode("utf-8", "replace")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fuzz", type=int, default=0, help="also run N property-based fuzz cases")
    parser.add_argument("-k", default="", help="only cases whose name contains this")
    parser.add_argument(
        "--wall",
        action="store_true",
        help="judge the 5 s limit on wall time (default: CPU time, which other load does not inflate)",
    )
    args = parser.parse_args()
    tailor = _tailor()
    failures = 0
    with tempfile.TemporaryDirectory(prefix="hostile-") as name:
        tmp = Path(name)
        env = dict(os.environ, RESUME_TAILOR_DATA_DIR=str(tmp / "data"), RESUME_TAILOR_OFFLINE="1")
        cases = [c for c in build_cases(tmp) if args.k in c.name]
        run_case(tailor, Case("warm-up", ["--version"], 0), env, tmp)
        print(f"{'case':<50} {'exit':>4} {'want':>4} {'wall s':>6} {'cpu s':>6} {'peak MB':>7}  result")
        for case in cases:
            code, wall, cpu, peak, out = run_case(tailor, case, env, tmp)
            problems = []
            if code != case.expect:
                problems.append(f"exit {code}: {' '.join(out.split())[:100]}")
            if (wall if args.wall else cpu) >= TIME_LIMIT:
                problems.append("too slow")
            if peak >= MEMORY_LIMIT_MB:
                problems.append("too much memory")
            if case.check and (extra := case.check(out)):
                problems.append(extra)
            failures += bool(problems)
            verdict = "ok" if not problems else "FAIL " + "; ".join(problems)
            if case.note:
                verdict += f" ({case.note})"
            row = f"{case.name[:50]:<50} {code:>4} {case.expect:>4} {wall:>6.2f} {cpu:>6.2f} {peak:>7.0f}"
            print(f"{row}  {verdict}", flush=True)
        passed = len(cases) - failures
        clock = "wall" if args.wall else "CPU"
        limits = f"{TIME_LIMIT:g} s of {clock} time, {MEMORY_LIMIT_MB} MB"
        print(f"\n{passed}/{len(cases)} cases pass (limits: {limits})")
    if args.fuzz:
        failures += _fuzz(args.fuzz)
    return 1 if failures else 0


def _fuzz(count: int) -> int:
    from fuzzing import run_fuzz

    start = time.monotonic()
    found = run_fuzz(count, seed=1)
    print(
        f"\nfuzz: {found.cases} cases in {time.monotonic() - start:.0f} s, "
        f"{sum(found.crashes.values())} crashes in {len(found.crashes)} places"
    )
    for key, n in found.crashes.most_common():
        print(f"  {n:>5} x {key}")
    return len(found.crashes)


if __name__ == "__main__":
    sys.exit(main())
