"""Setup of the doctests in src/ (``pytest --doctest-modules src``, run by .ci/run).

Every doctest runs in its own temporary folder, so whatever an example writes lands there: the
working folder is a fresh temporary one holding a link to the bundled ``examples/``; the user data,
cache and system temp folders point into it; the network is off. The examples may use ``report`` (the
Amazon report of examples/backend-engineer.pdf), ``resume`` (that resume, parsed), ``prep`` (its
interview preparation), ``load_profile``, ``tmp`` (the temporary folder) and ``Path``.
"""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]

# The spaCy engine is the optional extra resume-tailor[spacy]: without spaCy its module cannot import.
collect_ignore = [] if importlib.util.find_spec("spacy") else ["resume_tailor/skills/spacy_engine.py"]
EXAMPLE = "examples/backend-engineer.pdf"


@pytest.fixture(scope="session")
def _example_report(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with pytest.MonkeyPatch.context() as patch:
        base = tmp_path_factory.mktemp("doctest-session")
        patch.setenv("RESUME_TAILOR_DATA_DIR", str(base / "data"))
        patch.setenv("RESUME_TAILOR_CACHE_DIR", str(base / "cache"))
        from resume_tailor.api import tailor

        return tailor(ROOT / EXAMPLE, "amazon")


@pytest.fixture(autouse=True)
def _doctest_folder(
    doctest_namespace: dict[str, Any],
    tmp_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    _example_report: Any,
) -> None:
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("RESUME_TAILOR_DATA_DIR", str(tmp_path / "user-data"))
    monkeypatch.setenv("RESUME_TAILOR_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "user-cache"))
    monkeypatch.setenv("RESUME_TAILOR_OFFLINE", "1")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    from resume_tailor import load_profile, prepare_interview

    doctest_namespace.update(
        tmp=tmp_path,
        Path=Path,
        report=_example_report,
        resume=_example_report.resume,
        prep=prepare_interview(_example_report),
        load_profile=load_profile,
    )
