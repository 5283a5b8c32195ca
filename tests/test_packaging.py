"""The bundled company profiles load the same way from a wheel and from the editable checkout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

PROBE = (
    "import json, resume_tailor; from resume_tailor.companies import list_profiles; "
    "ps = list_profiles(); print(json.dumps({'module': resume_tailor.__file__, "
    "'ids': sorted(p.id for p in ps), 'values': {p.id: len(p.values) for p in ps}, "
    "'paths': [p.path for p in ps]}))"
)


def _probe(env: dict[str, str]) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=60,
                          cwd="/")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _source_checkout_env() -> dict[str, str]:
    """Import the package from src/ as an editable install does, whatever is installed."""
    return {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def test_source_checkout_finds_the_top_level_profiles() -> None:
    found = _probe(_source_checkout_env())
    assert found["module"].startswith(str(ROOT / "src"))
    assert {"amazon", "google", "meta", "netflix"} <= set(found["ids"])
    assert all(str(ROOT / "company_profiles") in str(p) for p in found["paths"] if p)


@pytest.mark.slow
def test_wheel_ships_the_profiles_and_loads_them_the_same_way(tmp_path: Path) -> None:
    pytest.importorskip("hatchling")
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                            "-w", str(tmp_path / "dist"), str(ROOT)], capture_output=True, text=True,
                           timeout=300)
    assert build.returncode == 0, build.stderr
    wheel = next((tmp_path / "dist").glob("resume_tailor-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        assert "resume_tailor/py.typed" in names
        assert "resume_tailor/company_profiles/amazon.yaml" in names
        archive.extractall(tmp_path / "site")
    from_wheel = _probe({**os.environ, "PYTHONPATH": str(tmp_path / "site")})
    assert from_wheel["module"].startswith(str(tmp_path / "site"))
    assert all(str(tmp_path / "site") in str(p) for p in from_wheel["paths"] if p)
    editable = _probe(_source_checkout_env())
    assert from_wheel["ids"] == editable["ids"] and from_wheel["values"] == editable["values"]
