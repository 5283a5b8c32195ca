#!/usr/bin/env python3
"""Speed of the skills extractor: cold build, cached load, throughput against the old engine, memory.

Each measurement runs in a fresh subprocess with its own empty cache folder, so nothing is shared.
Times are the process's CPU time (``time.process_time``: one core, and much less disturbed by other
work on a shared machine than the wall clock):

* cold build: taxonomy load + compile (no cache), then the cache write;
* cached load: ``get_matchers()`` from the pickle (the number the CLI pays per process);
* throughput, side by side with the engine as it was before the pipeline restructure (commit
  ``6b37e80``, its ``extract.py`` read from git into a temporary file and imported only here): MB of
  text per second of one ``extract`` call, old and new alternately on the same text (best of
  ``--repeat``), over resume text (the examples' and the shared resumes' text) and posting text
  (SkillSpan dev sentences joined into paragraphs), each repeated to about 1 MB, with the context
  model (``precise``) and without (``plain``); and whether both engines return the same mentions;
* a run-on text, ``"Go " * 33000`` (issue 15): seconds per call, old and new;
* peak memory: ru_maxrss of the process that built the matchers.

Usage::

    .venv/bin/python benchmarks/skills_speed.py [--runs 3] [--repeat 3] [--skip-load] [--engines]

``--engines`` adds the optional spaCy engine against the default index: cold build, cached load,
throughput and whether they find the same mentions (it needs ``pip install 'resume-tailor[spacy]'``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from shared_data import shared_data_dir

ROOT = Path(__file__).resolve().parents[1]
OLD_ENGINE = "6b37e80:src/resume_tailor/skills/extract.py"  # the extractor before the restructure

CHILD = r"""
import json, resource, sys, time
mode = sys.argv[1]
t0 = time.process_time()
from resume_tailor.skills import cache
t_import = time.process_time() - t0
t1 = time.process_time()
compiled = cache.get_matchers()
t_load = time.process_time() - t1
out = {"import_s": t_import, "load_s": t_load}
if mode == "throughput":  # one extract() call over the text in argv[2]
    import hashlib
    from resume_tailor.skills.cache import get_extractor
    text = open(sys.argv[2], encoding="utf-8").read()
    t2 = time.process_time()
    found = get_extractor().extract(text)
    out["mb_per_s"] = len(text.encode()) / 1e6 / (time.process_time() - t2)
    out["output"] = hashlib.sha256(repr([(m.name, m.start, m.end) for m in found]).encode()).hexdigest()
    out["spacy_imported"] = "spacy" in sys.modules
out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""

COMPARE = r"""
import importlib.util, json, sys, time
from resume_tailor.skills.cache import get_matchers
from resume_tailor.skills.engine import Extractor
old_file, corpora_file, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
spec = importlib.util.spec_from_file_location("old_skills_extract", old_file)
old_module = importlib.util.module_from_spec(spec)
sys.modules["old_skills_extract"] = old_module
spec.loader.exec_module(old_module)
compiled = get_matchers()
engines = {"old": old_module.Extractor(compiled), "new": Extractor(compiled)}
for engine in engines.values():
    engine.extract("warm up: Go, Python and C++ developers")

def run(engine, text, precise):
    t = time.process_time()
    found = engine.extract(text, precise=precise)
    return time.process_time() - t, [(m.name, m.text, m.start, m.end, m.category, m.soft) for m in found]

out = {}
for name, text in json.load(open(corpora_file, encoding="utf-8")).items():
    size = len(text.encode("utf-8")) / 1e6
    for precise in (True, False):
        best = {"old": float("inf"), "new": float("inf")}
        found = {}
        for _ in range(repeat if name != "run-on" else 1):
            for label, engine in engines.items():
                seconds, found[label] = run(engine, text, precise)
                best[label] = min(best[label], seconds)
        key = f"{name} {'precise' if precise else 'plain'}"
        out[key] = {"mb": size, "old_s": best["old"], "new_s": best["new"], "mentions": len(found["new"]),
                    "same": found["old"] == found["new"]}
print(json.dumps(out))
"""


def posting_text(path: Path, target_bytes: int = 1_000_000) -> str:
    """Posting-like text: SkillSpan dev sentences, 8 per paragraph, repeated to ``target_bytes``."""
    sentences = [" ".join(json.loads(line)["tokens"]) for line in path.open(encoding="utf-8")]
    paragraphs = [" ".join(sentences[i : i + 8]) for i in range(0, len(sentences), 8)]
    return _repeated("\n".join(paragraphs), target_bytes)


def resume_text(shared: Path, target_bytes: int = 1_000_000) -> str:
    """The text of the examples and of the shared resumes (as parsed), repeated to ``target_bytes``."""
    sys.path.insert(0, str(ROOT / "src"))
    from resume_tailor.resume import parse_resume

    files = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in {".md", ".pdf", ".docx"})
    files += sorted(p for p in (shared / "resumes").rglob("*") if p.suffix in {".pdf", ".docx"})
    texts = []
    for path in files:
        try:
            texts.append(parse_resume(path).text)
        except Exception as exc:  # a file the parser refuses is left out of the corpus
            print(f"  (left out {path.name}: {exc})", file=sys.stderr)
    return _repeated("\n\n".join(texts), target_bytes)


def _repeated(text: str, target_bytes: int) -> str:
    return "\n".join([text] * max(1, target_bytes // max(1, len(text.encode("utf-8")))))


def old_engine_file(folder: Path) -> Path | None:
    """The old ``extract.py`` from git, written into ``folder`` (None when git cannot give it)."""
    try:
        source = subprocess.run(
            ["git", "-C", str(ROOT), "show", OLD_ENGINE], capture_output=True, text=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    path = folder / "old_skills_extract.py"
    path.write_text(source, encoding="utf-8")
    return path


def run_child(code: str, cache_dir: Path, *args: str, engine: str = "index") -> dict[str, Any]:
    env = dict(os.environ, RESUME_TAILOR_CACHE_DIR=str(cache_dir), PYTHONPATH=str(ROOT / "src"))
    env["RESUME_TAILOR_SKILLS_ENGINE"] = engine
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True, cwd=ROOT
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def load_times(runs: int, tmp: Path) -> None:
    cold, cached, rss = [], [], []
    for i in range(runs):
        cache_dir = tmp / f"cache-{i}"
        first = run_child(CHILD, cache_dir, "load")
        second = run_child(CHILD, cache_dir, "load")
        cold.append(first["load_s"])
        cached.append(second["load_s"])
        rss.append(first["peak_rss_mb"])
    print(f"cold build (no cache):  median {statistics.median(cold) * 1000:.0f} ms  (runs: {len(cold)})")
    med, low = statistics.median(cached) * 1000, min(cached) * 1000
    print(f"cached load (pickle):   median {med:.0f} ms  (min {low:.0f} ms)")
    print(f"peak RSS while building: {max(rss):.0f} MB")


def compare(repeat: int, tmp: Path) -> bool:
    old_file = old_engine_file(tmp)
    if old_file is None:
        print(f"old engine: `git show {OLD_ENGINE}` failed (not a git clone?); comparison skipped")
        return True
    shared = shared_data_dir()
    corpora = {
        "resume": resume_text(shared),
        "posting": posting_text(shared / "skills-eval/skillspan/dev.json"),
        "run-on": "Go " * 33000,
    }
    corpora_file = tmp / "corpora.json"
    corpora_file.write_text(json.dumps(corpora), encoding="utf-8")
    results = run_child(COMPARE, tmp / "cache-compare", str(old_file), str(corpora_file), str(repeat))
    old_commit = OLD_ENGINE.split(":")[0]
    print(f"throughput, one extract() call per text, best of {repeat}, old engine = {old_commit}:")
    all_same = True
    for key, row in results.items():
        all_same = all_same and bool(row["same"])
        if key.startswith("run-on"):
            print(
                f"  {key:<16} 'Go ' * 33000: old {row['old_s']:.2f} s, new {row['new_s']:.2f} s per call; "
                f"{row['mentions']} mentions, same output: {row['same']}"
            )
            continue
        old_rate, new_rate = row["mb"] / row["old_s"], row["mb"] / row["new_s"]
        print(
            f"  {key:<16} {row['mb']:.2f} MB: old {old_rate:.2f} MB/s, new {new_rate:.2f} MB/s "
            f"(x{new_rate / old_rate:.2f}); {row['mentions']} mentions, same output: {row['same']}"
        )
    return all_same


def engines(tmp: Path) -> None:
    """The default phrase index against the optional spaCy PhraseMatcher engine (``[spacy]`` extra)."""
    try:
        import spacy  # noqa: F401
    except ImportError:
        print("spaCy engine: spaCy is not installed (pip install 'resume-tailor[spacy]'); skipped")
        return
    text_file = tmp / "resume.txt"
    text_file.write_text(resume_text(shared_data_dir()), encoding="utf-8")
    print("engines (a fresh process each; cold = build and write the cache, cached = read it back):")
    outputs = {}
    for engine in ("index", "spacy"):
        cache_dir = tmp / f"cache-engine-{engine}"
        cold = run_child(CHILD, cache_dir, "load", engine=engine)
        cached = run_child(CHILD, cache_dir, "throughput", str(text_file), engine=engine)
        outputs[engine] = cached["output"]
        print(
            f"  {engine:<6} import {cold['import_s'] * 1000:.0f} ms, cold {cold['load_s']:.2f} s, "
            f"cached load {cached['load_s']:.2f} s, {cached['mb_per_s']:.2f} MB/s on resume text, "
            f"peak RSS {cold['peak_rss_mb']:.0f} MB, spaCy imported: {cached['spacy_imported']}"
        )
    print(f"  same mentions from both engines: {outputs['index'] == outputs['spacy']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="skills extractor speed")
    parser.add_argument("--runs", type=int, default=3, help="cold/cached load runs")
    parser.add_argument("--repeat", type=int, default=3, help="throughput runs per engine (best kept)")
    parser.add_argument("--skip-load", action="store_true", help="only the throughput comparison")
    parser.add_argument("--engines", action="store_true", help="also the spaCy engine against the index")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        if not args.skip_load:
            load_times(args.runs, tmp)
        same = compare(args.repeat, tmp)
        if args.engines:
            engines(tmp)
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
