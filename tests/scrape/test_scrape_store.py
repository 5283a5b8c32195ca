"""The postings store (JSON Lines, de-duplicated, atomic) and the robots/cache file formats."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from resume_tailor.models import JobPosting, Requirement
from resume_tailor.scrape.cache import CacheEntry, HttpCache, default_cache_dir
from resume_tailor.scrape.robots import RobotsRules
from resume_tailor.scrape.store import load_postings, load_stored, save_postings, store_path

DEFAULT_CACHE_DIR = default_cache_dir  # the real one: the autouse fixture patches the module attribute


def posting(i: int, title: str = "Engineer") -> JobPosting:
    return JobPosting(
        title=f"{title} {i}",
        company="Netflix",
        id=str(i),
        url=f"https://x/{i}",
        requirements=[Requirement("5+ years of Java", True, skills=["Java"], years=5.0)],
    )


def test_save_deduplicates_by_id_and_keeps_the_latest_fetch(tmp_path: Path) -> None:
    first = save_postings(
        "netflix", [posting(1), posting(2)], folder=tmp_path, fetched_at="2026-11-01T00:00:00+00:00"
    )
    second = save_postings(
        "netflix", [posting(2, "Senior"), posting(3)], folder=tmp_path, fetched_at="2026-11-02T00:00:00+00:00"
    )
    assert (first.new, first.updated, first.total) == (2, 0, 2)
    assert (second.new, second.updated, second.total) == (1, 1, 3)
    stored = {s.id: s for s in load_stored("netflix", tmp_path)}
    assert sorted(stored) == ["1", "2", "3"]
    assert stored["2"].posting.title == "Senior 2" and stored["2"].fetched_at == "2026-11-02T00:00:00+00:00"
    assert stored["1"].fetched_at == "2026-11-01T00:00:00+00:00"
    lines = store_path("netflix", tmp_path).read_text().splitlines()
    assert len(lines) == 3 and all(json.loads(line)["posting"]["company"] == "Netflix" for line in lines)


def test_round_trip_keeps_requirements_as_objects(tmp_path: Path) -> None:
    save_postings("amazon", [posting(7)], folder=tmp_path)
    (loaded,) = load_postings("amazon", tmp_path)
    assert loaded.requirements == [Requirement("5+ years of Java", True, skills=["Java"], years=5.0)]
    assert loaded.required[0].years == 5.0


def test_hand_damaged_lines_are_skipped(tmp_path: Path) -> None:
    save_postings("amazon", [posting(1), posting(2)], folder=tmp_path)
    path = store_path("amazon", tmp_path)
    path.write_text(path.read_text() + '{"id": "broken", \nnot json at all\n')
    assert [p.id for p in load_postings("amazon", tmp_path)] == ["1", "2"]


def test_store_file_name_is_safe_for_any_company_name(tmp_path: Path) -> None:
    assert store_path("../../etc/Passwd", tmp_path) == tmp_path / "etc-passwd.jsonl"


def test_default_store_lives_in_the_user_data_dir(isolated_dirs: Path) -> None:
    save_postings("google", [posting(1)])
    assert (isolated_dirs / "data" / "postings" / "google.jsonl").is_file()


WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from resume_tailor.models import JobPosting
    from resume_tailor.scrape.cache import CacheEntry, HttpCache, default_cache_dir
    from resume_tailor.scrape.store import save_postings
    folder = Path(sys.argv[1])
    cache = HttpCache(folder / "http")
    big = "x" * 200_000
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        postings = [JobPosting(title=f"t{n}-{i}", id=str(i), description=big) for i in range(20)]
        save_postings("netflix", postings, folder=folder / "postings", fetched_at=str(n))
        cache.save(CacheEntry("https://e/x", "https://e/x", 200, "text/plain", None, None, float(n),
                              (str(n) * 500_000).encode()[:4_000_000]))
""")


@pytest.mark.slow
def test_process_killed_mid_write_leaves_store_and_cache_readable(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(tmp_path)],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
        deadline = time.monotonic() + 10
        while not store_path("netflix", tmp_path / "postings").exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(0.4)  # let it overwrite both files several times, then kill it mid-write
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=10)
    stored = load_stored("netflix", tmp_path / "postings")
    assert len(stored) == 20 and len({s.fetched_at for s in stored}) == 1  # one complete version
    entry = HttpCache(tmp_path / "http").load("https://e/x")
    assert entry is not None and entry.body == (str(int(entry.fetched_at)) * 500_000).encode()[:4_000_000]


def test_cache_entry_round_trip_and_mismatched_url_is_ignored(tmp_path: Path) -> None:
    cache = HttpCache(tmp_path)
    entry = CacheEntry("https://a/1", "https://a/2", 200, "text/html", '"e"', None, 123.0, b"body")
    cache.save(entry)
    assert cache.load("https://a/1") == entry
    cache.path_for("https://a/other").parent.mkdir(parents=True, exist_ok=True)
    cache.path_for("https://a/other").write_bytes(cache.path_for("https://a/1").read_bytes())
    assert cache.load("https://a/other") is None
    cache.path_for("https://a/1").write_bytes(b"garbage")
    assert cache.load("https://a/1") is None


def test_robots_longest_match_wildcards_and_end_anchor() -> None:
    rules = RobotsRules.parse(
        textwrap.dedent("""
        User-agent: other
        Disallow: /

        User-agent: *
        Disallow: /jobs/
        Allow: /jobs/*/public$
        Disallow: /*?*page=
        # comment line
        Allow: /jobs/results/$
    """)
    )
    assert rules.allowed("/") and rules.allowed("/about")
    assert not rules.allowed("/jobs/123")
    assert rules.allowed("/jobs/123/public") and not rules.allowed("/jobs/123/public/x")
    assert rules.allowed("/jobs/results/") and not rules.allowed("/jobs/results/?q=1")
    assert not rules.allowed("/search?q=a&page=2")
    assert RobotsRules.parse("User-agent: *\nDisallow:\n").allowed("/anything")


def test_http_cache_and_store_follow_xdg_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RESUME_TAILOR_CACHE_DIR")
    monkeypatch.delenv("RESUME_TAILOR_DATA_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xc"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xd"))
    assert DEFAULT_CACHE_DIR() == tmp_path / "xc" / "resume-tailor" / "http"
    assert store_path("amazon") == tmp_path / "xd" / "resume-tailor" / "postings" / "amazon.jsonl"
