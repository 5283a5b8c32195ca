"""Job-board resumes: labelled project blocks, product versions, "UG:" education lines."""

from __future__ import annotations

import io
from pathlib import Path

from resume_tailor.models import Resume
from resume_tailor.resume import parse_resume_bytes
from resume_tailor.resume.dates import find_dates
from resume_tailor.resume.labels import entry_label


def _check(r: Resume) -> None:
    assert [(e.title, e.company, e.start, e.end) for e in r.experience] == [
        ("Senior Software Engineer", "Infotech Solutions Pvt Ltd", "2016-06", "present"),
        ("SharePoint Developer", "Northwind Bank", "2019-01", "2020-12"),
        ("Developer", "Contoso Insurance", "2017-03", "2018-12"),
    ]
    first = r.experience[1]
    assert first.fields["Project"] == "Customer Portal Migration"
    assert first.fields["Environment"] == "SharePoint 2013, C#, JavaScript"
    assert [b.text for b in first.bullets] == [
        "Migrated 40 sites from SharePoint 2010 to SharePoint 2013.",
        "Built custom web parts for the loan approval workflow.",
    ]
    texts = [b.text for b in r.bullets()]
    assert not any(t.startswith(("Client", "Environment", "Roles and", "^", "Back to")) for t in texts)
    edu = r.education[0]
    assert (edu.degree, edu.field, edu.institution, edu.end) == (
        "B.Tech/B.E. (Computers)",
        "Computers",
        "XYZ University",
        "2016",
    )


def test_labelled_project_blocks_in_text(fixtures: Path) -> None:
    _check(parse_resume_bytes((fixtures / "jobboard_labels.txt").read_bytes()))


def test_labelled_project_blocks_in_docx(fixtures: Path) -> None:
    import docx

    document = docx.Document()
    for line in (fixtures / "jobboard_labels.txt").read_text().splitlines():
        if line.isupper():
            document.add_heading(line.title(), level=1)
        elif line:
            document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    _check(parse_resume_bytes(buf.getvalue(), name="jobboard.docx"))


def test_product_versions_are_not_dates() -> None:
    assert find_dates("Environment: SharePoint 2013, SQL Server 2012") is None
    assert find_dates("Upgraded Visual Studio 2019 projects") is None
    assert find_dates("Intern, Acme 2019").end == "2019"  # type: ignore[union-attr]
    assert find_dates("Migrated to SharePoint 2013 in 2019").end == "2019"  # type: ignore[union-attr]


def test_labels_are_recognised_only_from_the_vocabulary() -> None:
    assert entry_label("Roles & Responsibilities:").role == "bullets"  # type: ignore[union-attr]
    assert entry_label("^ Back to Top").role == "nav"  # type: ignore[union-attr]
    assert entry_label("Client Services Manager") is None
    assert entry_label("Built the portal: 40 sites") is None
