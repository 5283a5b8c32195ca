"""resume_tailor.caches lists every piece of process-wide state, and clear_caches() clears it."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

from resume_tailor.caches import CLEARERS, clear_caches

SRC = Path(__file__).resolve().parents[1] / "src"
CACHE_DECORATORS = {"cache", "lru_cache"}


def _decorator_name(node: ast.expr) -> str:
    target = node.func if isinstance(node, ast.Call) else node
    if isinstance(target, ast.Attribute):
        return target.attr
    return target.id if isinstance(target, ast.Name) else ""


def _cached_functions() -> set[tuple[str, str]]:
    """(module, function) of every module-level function decorated with cache/lru_cache in src/."""
    found = set()
    for path in SRC.rglob("*.py"):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        for node in ast.parse(path.read_text("utf-8")).body:
            if isinstance(node, ast.FunctionDef) and any(
                _decorator_name(d) in CACHE_DECORATORS for d in node.decorator_list
            ):
                found.add((module, node.name))
    return found


def test_every_cached_function_is_listed() -> None:
    missing = _cached_functions() - set(CLEARERS)
    assert not missing, f"add these to CLEARERS in resume_tailor/caches.py: {sorted(missing)}"


def test_every_listed_clearer_exists() -> None:
    for module, attribute in CLEARERS:
        target = getattr(importlib.import_module(module), attribute)
        assert callable(getattr(target, "cache_clear", target)), (module, attribute)


def test_clear_caches_forgets_the_taxonomy_profiles_and_rate_limits() -> None:
    from resume_tailor.companies import load_profile, loader
    from resume_tailor.scrape import client
    from resume_tailor.skills.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    load_profile("amazon")
    client._host_state("example.com:443").last = 1.0
    assert load_taxonomy() is taxonomy and loader._profile_cache  # kept until cleared
    clear_caches()
    assert not loader._profile_cache and client._HOSTS == {}
    assert load_taxonomy() is not taxonomy


def test_clear_caches_imports_nothing() -> None:
    code = (
        "import sys; from resume_tailor.caches import clear_caches; clear_caches(); "
        "print(sorted(m for m in sys.modules if m.startswith('resume_tailor')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['resume_tailor', 'resume_tailor.caches', 'resume_tailor.errors']"
