"""Batch over many resumes and a shortlist of companies."""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
from pathlib import Path

import pytest

from resume_tailor.batch import batch, expand_resumes
from resume_tailor.errors import InputFileError, UnknownCompanyError
from resume_tailor.report.batch_summary import FORMULA_STARTS, summary_csv

COMPANIES = ["google", "amazon", "meta", "netflix"]


def test_failing_file_is_reported_and_skipped(fake_pipeline: None, resumes: list[Path]) -> None:
    result = batch(resumes, COMPANIES, jobs=1)
    assert [r.path for r in result.results] == resumes[:3]
    assert result.failed and len(result.failures) == 1
    failure = result.failures[0]
    assert failure.path == resumes[3] and failure.message == "broken.txt: not a readable PDF"
    assert failure.exit_code == 3


def test_each_resume_is_matched_to_every_company_in_order(fake_pipeline: None, resumes: list[Path]) -> None:
    result = batch(resumes[:2], ["Amazon", "google", "amazon"], jobs=1)
    assert result.companies == ["amazon", "google"]  # names resolved to ids, duplicates dropped
    for item in result.results:
        assert [r.company.id for r in item.reports] == ["amazon", "google"]
        totals = [r.score.total for r in item.ranked()]
        assert totals == sorted(totals, reverse=True)


def test_unknown_company_fails_before_any_work(fake_pipeline: None, resumes: list[Path]) -> None:
    with pytest.raises(UnknownCompanyError, match="known companies: .*amazon"):
        batch(resumes, ["amazon", "nosuch"], jobs=1)


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork",
    reason="the stand-in pipeline reaches workers only through fork",
)
def test_parallel_run_gives_the_same_result_as_serial(fake_pipeline: None, resumes: list[Path]) -> None:
    calls: list[tuple[int, int]] = []
    parallel = batch(
        resumes, COMPANIES, jobs=2, progress=lambda done, total, name: calls.append((done, total))
    )
    serial = batch(resumes, COMPANIES, jobs=1)
    assert [(r.path, [x.score.total for x in r.reports]) for r in parallel.results] == [
        (r.path, [x.score.total for x in r.reports]) for r in serial.results
    ]
    assert [f.message for f in parallel.failures] == [f.message for f in serial.failures]
    assert calls[0] == (0, 4) and calls[-1] == (4, 4) and len(calls) == 5


def test_out_dir_gets_reports_summary_and_index(
    fake_pipeline: None, resumes: list[Path], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    result = batch(resumes, COMPANIES, out_dir=out, jobs=1)
    names = sorted(p.name for p in out.iterdir())
    assert len([n for n in names if n.endswith(".md") and "comparison" not in n]) == 3 * 4
    assert "ana--amazon.md" in names and "ana-2--amazon.json" in names and "ben--netflix.json" in names
    assert "ana--comparison.md" in names and {"summary.csv", "index.html"} <= set(names)
    assert not [n for n in names if n.startswith(".")]  # no temporary files left behind
    assert set(result.outputs) == set(out.iterdir())
    report = json.loads((out / "ben--meta.json").read_text("utf-8"))
    assert report["company"]["id"] == "meta" and report["resume"]["contact"]["name"] == "Ben Okafor"
    md = (out / "ana-2--google.md").read_text("utf-8")
    assert md.startswith("# Ana Souza — Google")


def test_summary_csv_ranks_companies_and_lists_failures(fake_pipeline: None, resumes: list[Path]) -> None:
    result = batch(resumes, COMPANIES, jobs=1)
    rows = list(csv.DictReader(io.StringIO(summary_csv(result))))
    assert len(rows) == 3 * 4 + 1
    ana = [r for r in rows if r["resume"] == "ana.txt"][:4]
    assert [int(r["rank"]) for r in ana] == [1, 2, 3, 4]
    assert [float(r["total"]) for r in ana] == sorted((float(r["total"]) for r in ana), reverse=True)
    assert ana[0]["skills"] == "62.0"
    assert ana[0]["next_change"].startswith("Lead with what you did")  # an action, not a value name
    failed = rows[-1]
    assert failed["status"] == "failed" and failed["error"] == "broken.txt: not a readable PDF"


def test_index_links_every_report_and_names_failures(
    fake_pipeline: None, resumes: list[Path], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    batch(resumes, COMPANIES, out_dir=out, jobs=1)
    index = (out / "index.html").read_text("utf-8")
    for name in ("ana", "ben", "ana-2"):
        for company in COMPANIES:
            assert f'href="{name}--{company}.md"' in index
            assert (out / f"{name}--{company}.md").exists()
    assert "<li>broken.txt: not a readable PDF</li>" in index and index.count("★") == 3 + 1  # + the legend


def test_expand_resumes_takes_files_folders_and_globs(tmp_path: Path) -> None:
    for name in ("a.pdf", "b.docx", "notes.csv", ".hidden.pdf"):
        (tmp_path / name).write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.pdf").write_text("x")
    assert [p.name for p in expand_resumes([str(tmp_path)])] == ["a.pdf", "b.docx"]
    assert [p.name for p in expand_resumes([str(tmp_path / "**" / "*.pdf")])] == ["a.pdf", "c.pdf"]
    both = expand_resumes([str(tmp_path / "a.pdf"), str(tmp_path)])
    assert [p.name for p in both] == ["a.pdf", "b.docx"]  # no duplicates
    with pytest.raises(InputFileError, match="missing.pdf: no such file"):
        expand_resumes([str(tmp_path / "missing.pdf")])
    with pytest.raises(InputFileError, match="no resume files"):
        expand_resumes([str(tmp_path / "*.txt")])


def test_out_dir_that_is_a_file_is_a_usage_error(
    fake_pipeline: None, resumes: list[Path], tmp_path: Path
) -> None:
    from resume_tailor.errors import UsageError

    blocker = tmp_path / "taken"
    blocker.write_text("x")
    with pytest.raises(UsageError, match="cannot create .*taken"):
        batch(resumes[:1], COMPANIES, out_dir=blocker, jobs=1)


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork",
    reason="the stand-in pipeline reaches workers only through fork",
)
def test_a_file_that_kills_its_worker_is_the_only_one_reported(
    fake_pipeline: None, resumes: list[Path], tmp_path: Path
) -> None:
    crasher = tmp_path / "in" / "crash.txt"
    crasher.write_text("CRASH", "utf-8")
    paths = [*resumes[:3], crasher]
    result = batch(paths, COMPANIES, jobs=2)
    assert [r.path for r in result.results] == resumes[:3]
    assert [(f.path, f.message) for f in result.failures] == [
        (crasher, "the worker process died while reading this file")
    ]


def test_a_profile_edited_between_two_batches_is_read_again(
    fake_pipeline: None, resumes: list[Path], tmp_path: Path
) -> None:
    from helpers.minimal_profile import GOOD

    profiles = tmp_path / "profiles"
    profiles.mkdir()
    (profiles / "acme.yaml").write_text(GOOD, "utf-8")
    first = batch(resumes[:1], ["acme"], jobs=1, profiles_dir=profiles)
    (profiles / "acme.yaml").write_text(GOOD.replace("name: Acme", "name: Acme Robotics"), "utf-8")
    second = batch(resumes[:1], ["acme"], jobs=1, profiles_dir=profiles)  # same process, no clearing
    assert first.results[0].reports[0].company.name == "Acme"
    assert second.results[0].reports[0].company.name == "Acme Robotics"


def test_summary_csv_neutralises_cells_a_spreadsheet_would_run(fake_pipeline: None, tmp_path: Path) -> None:
    names = ["=cmd|' -C calc'!A0.md", "+SUM(1).md", "-2+3.md", "@SUM(1).md", "\tTAB.md", "=BROKEN.md"]
    folder = tmp_path / "hostile"
    folder.mkdir()
    for name in names:
        (folder / name).write_text("CORRUPT" if "BROKEN" in name else name, "utf-8")
    result = batch(expand_resumes([str(folder)]), ["amazon"], jobs=1, out_dir=tmp_path / "out")
    rows = list(csv.reader(io.StringIO((tmp_path / "out" / "summary.csv").read_text("utf-8"))))
    cells = [cell for row in rows[1:] for cell in row if cell]
    assert cells and not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]
    assert sorted(row[0] for row in rows[1:]) == sorted(f"'{name}" for name in names)
    failed = next(row for row in rows if row[2] == "failed")
    assert failed[-1] == "'=BROKEN.md: not a readable PDF"
    assert len(result.results) == 5
