"""HTML pages (schema.org JSON-LD first, else the main text) and JSON posting files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resume_tailor.errors import PostingError
from resume_tailor.postings import jsonld_postings, parse_posting, parse_posting_html, sniff

FIXTURES = Path(__file__).parent / "fixtures"


def test_jsonld_jobposting_gives_fields_and_split_qualifications() -> None:
    posting = parse_posting(FIXTURES / "meta_jobposting.html")
    assert (posting.title, posting.company, posting.id) == ("Security Engineer", "Meta", "815262584761550")
    assert posting.location == "New York, NY, US"
    assert posting.required[0].years == 2.0 and posting.required[0].degree == "bachelor"
    assert [r.text for r in posting.preferred] == [
        "Experience with static analysis tools.", "Knowledge of web application security.",
    ]
    assert posting.responsibilities and posting.responsibilities[0].startswith("Perform manual design")


def test_jsonld_in_a_graph_is_found() -> None:
    page = ('<html><script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, '
            '{"@type": "JobPosting", "title": "Data Scientist", "hiringOrganization": "Netflix", '
            '"qualifications": "3+ years of experience with SQL", "jobLocationType": "TELECOMMUTE"}]}'
            "</script></html>")
    assert len(jsonld_postings(page)) == 1
    posting = parse_posting_html(page, url="https://example.test/job/1")
    assert (posting.title, posting.company, posting.location) == ("Data Scientist", "Netflix", "Remote")
    assert posting.required[0].years == 3.0 and posting.url == "https://example.test/job/1"


def test_html_without_jsonld_uses_main_text_and_ignores_scripts_and_nav() -> None:
    posting = parse_posting(FIXTURES / "google_detail.html")
    assert posting.title == "Software Engineer III, Google Cloud" and posting.company == "Google"
    assert [r.text for r in posting.required][0] == "Bachelor’s degree or equivalent practical experience."
    assert posting.required[1].years == 2.0
    assert [r.degree for r in posting.preferred] == ["master", None]
    assert "Kubernetes" in posting.preferred[1].skills
    assert posting.responsibilities == ["Write product or system development code.",
                                        "Review code developed by other engineers."]
    assert all("ignore me" not in r.text for r in posting.requirements)


def test_json_list_with_several_postings_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "many.json"
    path.write_text(json.dumps([{"title": "A", "basic_qualifications": "- Go"},
                                {"title": "B", "basic_qualifications": "- Rust"}]), encoding="utf-8")
    with pytest.raises(PostingError, match="holds 2 postings"):
        parse_posting(path)


def test_meta_style_json_fields(tmp_path: Path) -> None:
    path = tmp_path / "meta.json"
    path.write_text(json.dumps({"title": "Software Engineer", "URL": "https://www.metacareers.com/jobs/1",
                                "location": "Menlo Park, CA", "responsibilities": "Build things",
                                "minimum_qualifications": "4+ years of experience with C++",
                                "preferred_qualifications": "Experience with PyTorch"}), encoding="utf-8")
    posting = parse_posting(path)
    assert posting.url == "https://www.metacareers.com/jobs/1"
    assert [(r.text, r.required, r.years) for r in posting.requirements] == [
        ("4+ years of experience with C++", True, 4.0), ("Experience with PyTorch", False, None),
    ]


def test_invalid_json_is_a_posting_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"title": "x",', encoding="utf-8")
    with pytest.raises(PostingError, match="invalid JSON at line 1"):
        parse_posting(path)


@pytest.mark.parametrize(("text", "kind"), [
    ('  {"title": 1}', "json"), ("[1]", "json"), ("<!DOCTYPE html><html>", "html"),
    ("<div>Engineer</div>", "html"), ("Software Engineer\nRequirements:", "text"),
])
def test_content_is_sniffed_not_the_extension(text: str, kind: str) -> None:
    assert sniff(text) == kind
