"""Outputs that never destroy an input or leave debris (issue 15), through the real CLI app."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

from typer.testing import CliRunner

from resume_tailor.cli import app
from resume_tailor.storage import atomic_write_text, remove_stale_temporaries

ROOT = Path(__file__).resolve().parents[2]
MD_RESUME = ROOT / "examples" / "backend-engineer.md"
DOCX = ROOT / "examples" / "product-manager.docx"
runner = CliRunner()


def _copy(src: Path, folder: Path) -> Path:
    dst = folder / src.name
    shutil.copyfile(src, dst)
    return dst


def _one_line_error(output: str) -> str:
    lines = [ln for ln in output.strip().splitlines() if ln.strip()]
    assert len(lines) == 1, output
    assert "Traceback" not in output
    return lines[0]


def test_out_equal_to_the_resume_is_refused_and_the_resume_kept(tmp_path: Path) -> None:
    resume = _copy(MD_RESUME, tmp_path)
    before = resume.read_bytes()
    for out in (str(resume), str(tmp_path / "." / resume.name)):
        result = runner.invoke(app, [str(resume), "-c", "amazon", "--format", "md", "--out", out])
        assert result.exit_code == 2, result.output
        assert "refusing to overwrite" in _one_line_error(result.output)
    link = tmp_path / "link.md"
    os.link(resume, link)  # the same file under another name
    result = runner.invoke(app, [str(resume), "-c", "amazon", "--format", "md", "--out", str(link)])
    assert result.exit_code == 2
    assert resume.read_bytes() == before


def test_out_equal_to_the_job_file_is_refused(tmp_path: Path) -> None:
    job = _copy(ROOT / "examples" / "posting-payments-engineer.txt", tmp_path)
    result = runner.invoke(app, [str(MD_RESUME), "-c", "amazon", "--job", str(job), "--out", str(job)])
    assert result.exit_code == 2 and "refusing to overwrite" in result.output


def test_parse_out_equal_to_the_resume_is_refused(tmp_path: Path) -> None:
    resume = _copy(MD_RESUME, tmp_path)
    result = runner.invoke(app, ["parse", str(resume), "--no-skills", "--out", str(resume)])
    assert result.exit_code == 2 and "refusing to overwrite" in result.output


def test_annotate_existing_folder_or_trailing_slash_is_refused(tmp_path: Path) -> None:
    os.chdir(tmp_path)
    folder = tmp_path / "notes"
    folder.mkdir()
    for target in (str(folder), "x/"):
        result = runner.invoke(app, [str(DOCX), "-c", "amazon", "--annotate", target])
        assert result.exit_code == 2, result.output
        assert "is a folder" in _one_line_error(result.output)
    assert not (tmp_path / "x").exists()


def test_out_existing_folder_is_refused(tmp_path: Path) -> None:
    result = runner.invoke(app, [str(MD_RESUME), "-c", "amazon", "--out", str(tmp_path)])
    assert result.exit_code == 2 and "is a folder" in result.output


def test_new_files_follow_the_umask_and_replaced_files_keep_their_mode(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        atomic_write_text(tmp_path / "report.md", "hello")
        assert stat.S_IMODE((tmp_path / "report.md").stat().st_mode) == 0o644
        os.umask(0o077)
        atomic_write_text(tmp_path / "private.md", "hello")
        assert stat.S_IMODE((tmp_path / "private.md").stat().st_mode) == 0o600
        (tmp_path / "report.md").chmod(0o640)
        atomic_write_text(tmp_path / "report.md", "again")
        assert stat.S_IMODE((tmp_path / "report.md").stat().st_mode) == 0o640
    finally:
        os.umask(old)


def test_temporaries_of_a_killed_run_are_removed_on_the_next_write(tmp_path: Path) -> None:
    dead = tmp_path / ".report.md.999999999.abcd.tmp"  # no such process
    dead.write_text("half a report")
    live = tmp_path / f".report.md.{os.getpid()}.efgh.tmp"  # a concurrent writer: kept
    live.write_text("being written")
    other = tmp_path / ".notes.md.999999999.x.tmp"  # another target's: not ours to judge here
    other.write_text("x")
    atomic_write_text(tmp_path / "report.md", "done")
    assert not dead.exists() and live.exists() and other.exists()
    assert (tmp_path / "report.md").read_text() == "done"
    live.unlink()
    assert remove_stale_temporaries(tmp_path / "notes.md") == 1


def test_companies_group_profiles_option_reaches_show(tmp_path: Path) -> None:
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    source = (ROOT / "company_profiles" / "amazon.yaml").read_text()
    (profiles / "acme.yaml").write_text(source.replace("id: amazon", "id: acme", 1).replace(
        "name: Amazon", "name: Acme", 1))
    first = runner.invoke(app, ["companies", "--profiles", str(profiles), "show", "acme"])
    second = runner.invoke(app, ["companies", "show", "acme", "--profiles", str(profiles)])
    assert first.exit_code == 0, first.output
    assert first.output == second.output and "(acme)" in first.output
    listed = runner.invoke(app, ["companies", "--profiles", str(profiles), "list"])
    assert "acme" in listed.output
