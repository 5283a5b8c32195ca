#!/usr/bin/env python3
"""Speed of the skills extractor: cold build, cached load, throughput and peak memory.

Each measurement runs in a fresh subprocess with its own empty cache folder, so nothing is shared:

* cold build: taxonomy load + compile (no cache), then the cache write;
* cached load: ``get_matchers()`` from the pickle (the number the CLI pays per process);
* throughput: MB of text per second of ``extract_skills`` over job-posting text (SkillSpan dev
  sentences joined into paragraphs, repeated to about 2 MB), with and without the context model;
* peak memory: ru_maxrss of the process that built the matchers.

Usage::

    .venv/bin/python benchmarks/skills_speed.py [--runs 3]
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

from shared_data import shared_data_dir

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, resource, sys, time
mode = sys.argv[1]
t0 = time.perf_counter()
from resume_tailor.skills import cache
t_import = time.perf_counter() - t0
t1 = time.perf_counter()
compiled = cache.get_matchers()
t_load = time.perf_counter() - t1
out = {"import_s": t_import, "load_s": t_load}
if mode == "throughput":
    from resume_tailor.skills.extract import Extractor
    text = open(sys.argv[2], encoding="utf-8").read()
    ex = Extractor(compiled)
    for precise in (True, False):
        t2 = time.perf_counter()
        n = len(ex.extract(text, precise=precise))
        dt = time.perf_counter() - t2
        key = "precise" if precise else "plain"
        out[f"mb_per_s_{key}"] = len(text.encode()) / 1e6 / dt
        out[f"mentions_{key}"] = n
    chunks = [line for line in text.splitlines() if line.strip()]
    t3 = time.perf_counter()
    for line in chunks:
        ex.extract(line)
    out["mb_per_s_per_line"] = len(text.encode()) / 1e6 / (time.perf_counter() - t3)
out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""


def corpus(path: Path, target_bytes: int = 2_000_000) -> str:
    """Posting-like text: SkillSpan dev sentences, 8 per paragraph, repeated to ``target_bytes``."""
    sentences = [" ".join(json.loads(line)["tokens"]) for line in path.open(encoding="utf-8")]
    paragraphs = [" ".join(sentences[i : i + 8]) for i in range(0, len(sentences), 8)]
    text = "\n".join(paragraphs)
    reps = max(1, target_bytes // max(1, len(text.encode())))
    return "\n".join([text] * reps)


def run_child(mode: str, cache_dir: Path, text_file: Path | None = None) -> dict[str, float]:
    env = dict(os.environ, RESUME_TAILOR_CACHE_DIR=str(cache_dir))
    args = [sys.executable, "-c", CHILD, mode] + ([str(text_file)] if text_file else [])
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="skills extractor speed")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    cold, cached, rss = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.runs):
            cache_dir = Path(tmp) / f"cache-{i}"
            first = run_child("load", cache_dir)
            second = run_child("load", cache_dir)
            cold.append(first["load_s"])
            cached.append(second["load_s"])
            rss.append(first["peak_rss_mb"])
        text_file = Path(tmp) / "corpus.txt"
        text_file.write_text(corpus(shared_data_dir() / "skills-eval/skillspan/dev.json"), encoding="utf-8")
        thr = run_child("throughput", Path(tmp) / "cache-0", text_file)
    print(f"cold build (no cache):  median {statistics.median(cold) * 1000:.0f} ms  (runs: {len(cold)})")
    med, low = statistics.median(cached) * 1000, min(cached) * 1000
    print(f"cached load (pickle):   median {med:.0f} ms  (min {low:.0f} ms)")
    print(f"peak RSS while building: {max(rss):.0f} MB")
    print(
        f"throughput on {thr['mentions_plain']} mentions of posting text: "
        f"{thr['mb_per_s_precise']:.2f} MB/s (precise, one call), {thr['mb_per_s_plain']:.2f} MB/s (plain), "
        f"{thr['mb_per_s_per_line']:.2f} MB/s (one call per paragraph)"
    )
    print(f"peak RSS during throughput run: {thr['peak_rss_mb']:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
