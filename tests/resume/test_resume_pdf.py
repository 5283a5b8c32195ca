"""PDF reading: reading order across columns, fake bold, links, and the bad-input errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from resume_tailor import parse_resume
from resume_tailor.errors import (
    CorruptFileError,
    EncryptedFileError,
    FileTooLargeError,
    ScannedFileError,
)
from resume_tailor.models import Resume
from resume_tailor.resume.pdf import _join_words, _segments, _unmapped, read_pdf


def _section(resume: Resume, kind: str) -> str:
    return "\n".join(s.text for s in resume.sections if s.kind == kind)


def test_one_column_pdf_fields_and_hidden_link(fixtures: Path) -> None:
    r = parse_resume(fixtures / "one_column.pdf")
    assert (r.file_type, r.pages, r.columns) == ("pdf", 1, 1)
    assert (r.contact.name, r.contact.email, r.contact.phone, r.contact.location) == (
        "Avery Quinn",
        "avery.quinn@example.com",
        "(206) 555-0199",
        "Seattle, WA",
    )
    assert "https://www.linkedin.com/in/avery-quinn-example" in r.contact.links
    assert [(e.title, e.company, e.location, e.start, e.end) for e in r.experience] == [
        ("Senior Software Engineer", "Northwind Traders", "Seattle, WA", "2021-03", "present"),
        ("Software Engineer", "Contoso Labs", "Remote", "2018-06", "2021-02"),
    ]
    assert (
        r.experience[1].bullets[0].text
        == "Built the event pipeline in Python and Kafka handling 2M events a day"
    )
    # a bullet wrapped at "through-" / "put" is one bullet with one word again
    assert (
        r.experience[0].bullets[2].text
        == "Raised the order pipeline's throughput by 3x while halving the cloud bill"
    )
    assert len(r.experience[0].bullets) == 3
    edu = r.education[0]
    assert (edu.degree, edu.institution, edu.start, edu.end, edu.gpa) == (
        "B.S. in Computer Science",
        "University of Washington",
        "2014",
        "2018",
        "3.8/4.0",
    )


def test_two_column_sidebar_keeps_reading_order(fixtures: Path) -> None:
    # the content stream interleaves the columns line by line; geometry must win
    r = parse_resume(fixtures / "two_column_sidebar.pdf")
    assert r.columns == 2
    assert _section(r, "skills").splitlines() == ["Python", "SQL and dbt", "Airflow", "Tableau"]
    experience = _section(r, "experience")
    assert "Python" not in experience and "Stanford" not in experience
    assert [(e.title, e.company) for e in r.experience] == [
        ("Data Scientist", "Globex Analytics"),
        ("Data Analyst", "Initech"),
    ]
    assert r.contact.location == "Oakland, CA"  # from the sidebar's CONTACT section
    assert r.education[0].institution == "Stanford University"


def test_name_and_contact_at_the_top_of_a_right_sidebar(fixtures: Path) -> None:
    r = parse_resume(fixtures / "right_sidebar.pdf")
    assert (r.contact.name, r.contact.email, r.contact.location) == (
        "Dana Fox",
        "dana.fox@example.com",
        "Denver, CO",
    )
    assert [(e.title, e.company) for e in r.experience] == [
        ("Pricing Analyst", "Contoso Retail"),
        ("Analyst", "Fabrikam"),
    ]
    assert _section(r, "skills").splitlines() == ["SQL", "Python", "Forecasting"]


def test_full_width_header_above_two_columns(fixtures: Path) -> None:
    r = parse_resume(fixtures / "header_two_column.pdf")
    assert r.columns == 2
    assert r.contact.name == "Riley Chen"
    summary = _section(r, "summary")
    assert summary.startswith("Product manager with eight years") and "MBA" not in summary
    assert [(e.title, e.company, e.start) for e in r.experience] == [
        ("Senior Product Manager", "Fabrikam Bank", "2021"),
        ("Product Manager", "Fabrikam Bank", "2018"),
    ]
    assert [e.institution for e in r.education] == ["Kellogg School of Management", "Northwestern University"]
    assert r.certifications == ["Certified Scrum Product Owner", "Pragmatic Institute PMC"]


def test_a_skills_grid_and_right_aligned_dates_do_not_make_columns(fixtures: Path) -> None:
    r = parse_resume(fixtures / "skills_grid.pdf")
    assert r.columns == 1
    assert [(e.title, e.company, e.location, e.start) for e in r.experience] == [
        ("Data Analyst", "Contoso", "Miami, FL", "2020-01"),
        ("Junior Analyst", "Fabrikam", "Miami, FL", "2018-06"),
    ]
    skills = next(s for s in r.sections if s.kind == "skills")
    assert "Data Analyst" not in skills.text and len(skills.lines) == 12


def test_fake_bold_text_is_not_doubled(fixtures: Path) -> None:
    r = parse_resume(fixtures / "fake_bold.pdf")
    assert r.contact.name == "Sam Patel"
    assert [s.heading for s in r.sections if s.heading] == ["EXPERIENCE", "EDUCATION"]
    assert "SSaamm" not in r.text


def test_no_output_line_mixes_the_two_columns_of_real_sidebars(fixtures: Path) -> None:
    doc = read_pdf((fixtures / "real" / "two-column-achievements-sidebar.pdf").read_bytes())
    assert doc.columns == 2
    # the sidebar starts at x ~ 396 pt; no line may start left of it and reach into it
    assert not [ln.text for ln in doc.lines if ln.x0 < 380 and ln.x1 > 396]
    texts = [ln.text for ln in doc.lines]
    assert texts.index("STRENGTHS") > texts.index("EXPERIENCE")


def test_section_continues_across_the_page_break_of_a_two_column_resume(fixtures: Path) -> None:
    r = parse_resume(fixtures / "real" / "chromium-two-column-sidebar.pdf")
    assert r.pages == 2
    companies = [e.company for e in r.experience]
    assert companies[0] == "Northwind Systems" and "Umbrella ICN" in companies  # page 2 roles stay roles
    assert not r.projects or all(p.title != "Vendor Consultant" for p in r.projects)


def test_link_annotations_are_collected(fixtures: Path) -> None:
    r = parse_resume(fixtures / "real" / "resume-matcher-two-column.pdf")
    assert "https://github.com/johndoe" in r.contact.links
    assert r.contact.email == "john.doe@email.com"
    assert not any(link.startswith(("mailto:", "tel:")) for link in r.contact.links)


TRUTHS = sorted((Path(__file__).parent / "fixtures" / "real").glob("*.truth.json"))


def _norm(text: str | None) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", (text or "").lower()))


@pytest.mark.parametrize("truth_path", TRUTHS, ids=lambda p: p.name.split(".")[0])
def test_real_resumes_match_their_hand_written_truth(truth_path: Path) -> None:
    truth = json.loads(truth_path.read_text())
    r = parse_resume(truth_path.with_name(truth_path.name.replace(".truth.json", ".pdf")))
    tc = truth["contact"]
    assert _norm(r.contact.name) == _norm(tc["full_name"])
    assert r.contact.email == tc["email"]
    assert re.sub(r"\D", "", r.contact.phone or "") == re.sub(r"\D", "", tc["phone"])
    assert _norm(r.contact.location) == _norm(tc.get("location"))
    assert [(_norm(e.title), _norm(e.company)) for e in r.experience] == [
        (_norm(e["title"]), _norm(e["company"])) for e in truth["experience"]
    ]
    assert [_norm(e.dates_text) for e in r.experience] == [_norm(e["dates"]) for e in truth["experience"]]
    assert [(_norm(e.degree), _norm(e.institution)) for e in r.education] == [
        (_norm(e["degree"]), _norm(e["institution"])) for e in truth["education"]
    ]


def test_encrypted_pdf_gets_a_clear_message(fixtures: Path) -> None:
    with pytest.raises(EncryptedFileError, match="password-protected"):
        parse_resume(fixtures / "encrypted.pdf")


def test_image_only_pdf_suggests_ocr(fixtures: Path) -> None:
    with pytest.raises(ScannedFileError, match="OCR"):
        parse_resume(fixtures / "image_only.pdf")


def test_corrupt_pdf_is_reported_as_damaged(fixtures: Path) -> None:
    with pytest.raises(CorruptFileError, match="damaged"):
        parse_resume(fixtures / "corrupt.pdf")


def test_page_limit_is_enforced_and_configurable(fixtures: Path) -> None:
    with pytest.raises(FileTooLargeError, match="21 pages is over the limit of 20"):
        parse_resume(fixtures / "twenty_one_pages.pdf")
    with pytest.raises(FileTooLargeError, match="limit of 3"):
        parse_resume(fixtures / "one_column.pdf", max_pages=0) if False else parse_resume(
            fixtures / "twenty_one_pages.pdf", max_pages=3
        )
    assert parse_resume(fixtures / "twenty_one_pages.pdf", max_pages=25).pages == 21


def test_unmapped_glyph_codes_are_recognised() -> None:
    assert _unmapped(0) and _unmapped(0xFFFD) and _unmapped(0xE001)
    assert not _unmapped(ord("a")) and not _unmapped(ord("•"))


def test_error_messages_are_one_line(fixtures: Path) -> None:
    for name in ("encrypted.pdf", "image_only.pdf", "corrupt.pdf", "twenty_one_pages.pdf"):
        with pytest.raises(Exception) as info:
            parse_resume(fixtures / name)
        assert "\n" not in str(info.value) and name in str(info.value)


def _word(text: str, x0: float, size: float = 10.0) -> dict[str, object]:
    return {"text": text, "x0": x0, "x1": x0 + 5.0 * len(text), "top": 100.0, "bottom": 110.0, "size": size}


def test_rows_are_cut_at_wide_gaps_but_a_tabbed_bullet_stays_with_its_text() -> None:
    row = [_word("•", 50), _word("Built", 70), _word("it", 98), _word("Jan", 400), _word("2020", 420)]
    segs = _segments(row, typical=2.5)
    assert [[w["text"] for w in seg.words] for seg in segs] == [["•", "Built", "it"], ["Jan", "2020"]]


def test_letter_spaced_text_is_closed_up() -> None:
    letters = [_word(ch, 50 + 12 * i) for i, ch in enumerate("JANE")]
    letters += [_word(ch, 50 + 12 * 4 + 20 + 12 * i) for i, ch in enumerate("DOE")]
    assert _join_words(letters) == "JANE DOE"
