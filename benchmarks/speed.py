"""Speed and memory of resume-tailor, measured side by side in one run.

    .venv/bin/python benchmarks/speed.py [--runs 5] [--batch 100] [--jobs N] [--example examples/x.pdf]

Prints, each against its target:
  * ``tailor --help`` (median of N fresh processes)                          target <= 0.2 s
  * cold end-to-end ``tailor EXAMPLE.pdf --company amazon`` (median of N)    target <= 0.8 s
    (caches on disk warm, as for any second run; the first run ever is shown too)
  * warm per-resume time in one process (parse + skills + match + render)
  * batch: ``tailor batch`` over N copies of the example PDFs x 4 companies  target <= 10 s
  * peak memory: the largest RSS of any process of each command             target <= 250 MB

Every measurement is independent: one that fails prints its error and the others still run.
Exits 1 when a measured value misses its target.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
COMPANIES = "google,amazon,meta,netflix"


@dataclass
class Row:
    """One line of the result table."""

    name: str
    value: str
    target: str = ""
    ok: bool | None = None
    note: str = ""


@dataclass
class Run:
    """A finished child process: wall time, peak RSS of its largest process, exit code, stderr tail."""

    seconds: float
    cpu: float  # user + system seconds of the child and every process it waited for
    peak_mb: float
    code: int
    stderr: str


def run(cmd: list[str], env: dict[str, str] | None = None) -> Run:
    """Run ``cmd`` and measure it with wait4 (ru_maxrss covers the child and the workers it waited for)."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        tail = err.read().decode("utf-8", "replace").strip().splitlines()[-3:]
    cpu = usage.ru_utime + usage.ru_stime
    return Run(seconds, cpu, usage.ru_maxrss / 1024, proc.returncode, " | ".join(tail))


def tailor_exe() -> list[str]:
    """The installed ``tailor`` script next to this interpreter."""
    script = Path(sys.executable).parent / "tailor"
    if not script.exists():
        raise SystemExit(f"no tailor script at {script}: install the project first (pip install -e .)")
    return [str(script)]


def median_run(cmd: list[str], runs: int, env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """Median wall time, median CPU time and max peak RSS of ``runs`` runs (fails on a non-zero exit)."""
    results = [run(cmd, env) for _ in range(runs)]
    bad = [r for r in results if r.code != 0]
    if bad:
        raise RuntimeError(f"exit {bad[0].code}: {bad[0].stderr or 'no message'}")
    return (
        statistics.median(r.seconds for r in results),
        statistics.median(r.cpu for r in results),
        max(r.peak_mb for r in results),
    )


def measure(rows: list[Row], name: str, fn: Callable[[], list[Row]]) -> None:
    """Append ``fn``'s rows, or one row with the error when it fails."""
    try:
        rows.extend(fn())
    except Exception as error:  # report and go on: a benchmark prints what it can
        rows.append(Row(name, "n/a", note=f"{type(error).__name__}: {' '.join(str(error).split())[:140]}"))


def bench_help(runs: int) -> list[Row]:
    seconds, cpu, peak = median_run([*tailor_exe(), "--help"], runs)
    note = f"median of {runs}; cpu {cpu:.3f} s; {peak:.0f} MB"
    return [Row("tailor --help", f"{seconds:.3f} s", "<= 0.2 s", seconds <= 0.2, note)]


def bench_cold(example: Path, runs: int) -> list[Row]:
    cmd = [*tailor_exe(), str(example), "--company", "amazon"]
    with tempfile.TemporaryDirectory() as cache:
        first = run(cmd, {**os.environ, "RESUME_TAILOR_CACHE_DIR": cache})
    run(cmd)  # make sure the user's caches exist, as after any first run
    seconds, cpu, peak = median_run(cmd, runs)
    name = f"cold tailor {example.relative_to(ROOT)} --company amazon"
    return [
        Row(name, f"{seconds:.3f} s", "<= 0.8 s", seconds <= 0.8, f"median of {runs}; cpu {cpu:.3f} s"),
        Row("  first run ever (empty cache dir)", f"{first.seconds:.3f} s", note=f"cpu {first.cpu:.3f} s"),
        Row("  peak RSS, single run", f"{peak:.0f} MB", "<= 250 MB", peak <= 250),
    ]


def bench_warm(example: Path, runs: int) -> list[Row]:
    from resume_tailor.api import analyze_resume
    from resume_tailor.companies import load_profile
    from resume_tailor.matching import match
    from resume_tailor.report import render

    profile = load_profile("amazon")
    report = match(analyze_resume(example), profile)  # warm everything once
    render(report, "text")
    parse, score, draw = [], [], []
    for _ in range(runs * 4):
        t0 = time.perf_counter()
        resume = analyze_resume(example)
        t1 = time.perf_counter()
        report = match(resume, profile)
        t2 = time.perf_counter()
        render(report, "text")
        render(report, "json")
        t3 = time.perf_counter()
        parse.append(t1 - t0)
        score.append(t2 - t1)
        draw.append(t3 - t2)
    total = statistics.median(a + b + c for a, b, c in zip(parse, score, draw, strict=True))
    return [
        Row("warm per resume, in process", f"{total * 1000:.0f} ms", note=f"median of {runs * 4}"),
        Row("  parse + skills", f"{statistics.median(parse) * 1000:.1f} ms"),
        Row(
            "  match (one company)",
            f"{statistics.median(score) * 1000:.1f} ms",
            "<= 20 ms",
            statistics.median(score) <= 0.020,
        ),
        Row("  render text + json", f"{statistics.median(draw) * 1000:.1f} ms"),
    ]


def bench_batch(count: int, jobs: int | None) -> list[Row]:
    sources = sorted(EXAMPLES.glob("*.pdf"))
    if not sources:
        raise FileNotFoundError(f"no PDF in {EXAMPLES}")
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp) / "in", Path(tmp) / "out"
        folder.mkdir()
        for i in range(count):
            source = sources[i % len(sources)]
            shutil.copyfile(source, folder / f"{i:03d}-{source.name}")
        cmd = [*tailor_exe(), "batch", str(folder), "--companies", COMPANIES, "--out", str(out)]
        if jobs:
            cmd += ["--jobs", str(jobs)]
        result = run(cmd)
        if result.code != 0:
            raise RuntimeError(f"exit {result.code}: {result.stderr}")
        reports = len(list(out.glob("*--*.json")))
    n_companies = len(COMPANIES.split(","))
    return [
        Row(
            f"batch {count} PDFs x {n_companies} companies (--out)",
            f"{result.seconds:.2f} s",
            "<= 10 s",
            result.seconds <= 10,
            f"{count / result.seconds:.1f} resumes/s; {reports} JSON reports; jobs={jobs or os.cpu_count()}; "
            f"cpu {result.cpu:.1f} s",
        ),
        Row(
            "  peak RSS, largest batch process",
            f"{result.peak_mb:.0f} MB",
            "<= 250 MB",
            result.peak_mb <= 250,
        ),
    ]


def pick_example(given: str | None) -> Path:
    if given:
        return Path(given).resolve()
    pdfs = sorted(EXAMPLES.glob("*.pdf"))
    if not pdfs:
        raise SystemExit(f"no example PDF in {EXAMPLES}; pass --example")
    return pdfs[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per timed command (median)")
    parser.add_argument("--batch", type=int, default=100, help="PDF copies in the batch test")
    parser.add_argument("--jobs", type=int, default=None, help="batch worker processes (default: CPUs)")
    parser.add_argument("--example", default=None, help="resume PDF for the single-resume tests")
    parser.add_argument("--skip-batch", action="store_true", help="skip the batch test")
    args = parser.parse_args()
    example = pick_example(args.example)
    print(
        f"resume-tailor speed, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, example {example.name}"
    )
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average before: {load} (wall times grow with load; cpu times much less)")
    rows: list[Row] = []
    measure(rows, "tailor --help", lambda: bench_help(args.runs))
    measure(rows, "cold end-to-end", lambda: bench_cold(example, args.runs))
    measure(rows, "warm per resume", lambda: bench_warm(example, args.runs))
    if not args.skip_batch:
        measure(rows, "batch", lambda: bench_batch(args.batch, args.jobs))
    width = max(len(r.name) for r in rows)
    print(f"{'measure':<{width}}  {'value':>10}  {'target':<10}  ok    note")
    for r in rows:
        verdict = "" if r.ok is None else ("PASS" if r.ok else "FAIL")
        print(f"{r.name:<{width}}  {r.value:>10}  {r.target:<10}  {verdict:<4}  {r.note}")
    if any(r.ok is False for r in rows):
        sys.exit(1)


if __name__ == "__main__":
    main()
