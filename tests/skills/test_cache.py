"""The on-disk matcher cache: written once, reused, and never fatal when broken."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from resume_tailor.skills import cache
from resume_tailor.skills.extract import Extractor


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("RESUME_TAILOR_CACHE_DIR", str(tmp_path / "cache"))
    cache.clear()
    yield tmp_path / "cache"
    cache.clear()


def _cache_file(folder: Path) -> Path:
    files = list(folder.glob("skills-matcher-*.pickle"))
    assert len(files) == 1
    return files[0]


def _works(compiled: cache.CompiledMatchers) -> bool:
    return [m.name for m in Extractor(compiled).extract("Kubernetes and C++")] == ["Kubernetes", "C++"]


def test_first_load_writes_the_cache_and_second_load_reads_it(fresh_cache: Path) -> None:
    first = cache.load_or_build()
    path = _cache_file(fresh_cache)
    stamp = path.stat().st_mtime_ns
    second = cache.load_or_build()
    assert _works(first) and _works(second)
    assert path.stat().st_mtime_ns == stamp  # read, not rewritten


def test_corrupt_cache_falls_back_to_building_and_is_repaired(fresh_cache: Path) -> None:
    cache.load_or_build()
    path = _cache_file(fresh_cache)
    path.write_bytes(b"\x80\x05 this is not a pickle")
    compiled = cache.load_or_build()
    assert _works(compiled)
    assert path.read_bytes()[:2] != b"\x80\x05 "  # rewritten with a valid pickle
    assert _works(cache.load_or_build())


def test_truncated_cache_falls_back_to_building(fresh_cache: Path) -> None:
    cache.load_or_build()
    path = _cache_file(fresh_cache)
    path.write_bytes(path.read_bytes()[:1000])
    assert _works(cache.load_or_build())


def test_unwritable_cache_dir_still_extracts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("RESUME_TAILOR_CACHE_DIR", str(blocker / "cache"))
    cache.clear()
    try:
        assert _works(cache.load_or_build())
    finally:
        cache.clear()


def test_cache_key_changes_with_taxonomy_and_engine() -> None:
    a = cache.cache_key(b"taxonomy-1", "index")
    assert a != cache.cache_key(b"taxonomy-2", "index")
    assert a != cache.cache_key(b"taxonomy-1", "spacy", "3.8.0")
    assert cache.cache_key(b"taxonomy-1", "spacy", "3.8.0") != cache.cache_key(
        b"taxonomy-1", "spacy", "3.9.0"
    )


def test_no_temporary_files_are_left_behind(fresh_cache: Path) -> None:
    cache.load_or_build()
    assert sorted(p.name for p in fresh_cache.iterdir() if p.name.startswith(".")) == []
    assert os.listdir(fresh_cache)
