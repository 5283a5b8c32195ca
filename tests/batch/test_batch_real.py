"""Batch over the bundled example resumes with the real pipeline, in worker processes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from resume_tailor import batch
from resume_tailor.report.json_report import load_schema

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.slow
def test_real_batch_in_two_workers_skips_a_broken_pdf(tmp_path: Path) -> None:
    sources = sorted(EXAMPLES.glob("*.pdf")) + sorted(EXAMPLES.glob("*.docx"))
    if not sources:
        pytest.skip("no example resumes")
    folder = tmp_path / "in"
    folder.mkdir()
    for source in sources:
        shutil.copyfile(source, folder / source.name)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n garbage, no objects\n")
    paths = sorted(folder.iterdir())
    out = tmp_path / "out"
    result = batch(paths, ["google", "amazon", "meta", "netflix"], out_dir=out, jobs=2)
    assert [f.path.name for f in result.failures] == ["broken.pdf"]
    assert result.failures[0].exit_code == 3
    assert len(result.results) == len(sources)
    validator = jsonschema.Draft202012Validator(load_schema())
    for item in result.results:
        assert sorted(r.company.id for r in item.reports) == ["amazon", "google", "meta", "netflix"]
        assert all(r.company.values for r in item.reports)  # the parent put the full profiles back
        data = json.loads((out / f"{item.name}--amazon.json").read_text("utf-8"))
        validator.validate(data)
        assert data["score"]["total"] == item.reports[1].score.total
    assert (out / "summary.csv").read_text("utf-8").count("\n") == 1 + 4 * len(sources) + 1


@pytest.mark.slow
def test_installed_tailor_batch_exits_6_and_names_the_broken_file(tmp_path: Path) -> None:
    import subprocess
    import sys

    script = Path(sys.executable).parent / "tailor"
    if not script.exists():
        pytest.skip("the tailor script is not installed next to this Python")
    source = sorted(EXAMPLES.glob("*.pdf"))[0]
    shutil.copyfile(source, tmp_path / source.name)
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n garbage, no objects\n")
    done = subprocess.run(
        [str(script), "batch", str(tmp_path), "--companies", "amazon,google", "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 6, done.stderr
    data = json.loads(done.stdout)
    assert [r["resume"] for r in data["resumes"]] == [source.name]
    assert data["failures"][0]["path"].endswith("broken.pdf") and data["failures"][0]["exit_code"] == 3
    assert "tailor: skipped broken.pdf" in done.stderr and "Traceback" not in done.stderr
