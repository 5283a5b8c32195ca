"""parse_resume / parse_resume_bytes edges and the `tailor parse` JSON shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resume_tailor.errors import EmptyDocumentError, FileTooLargeError, InputFileError, UnsupportedFileError
from resume_tailor.models import Skill
from resume_tailor.resume import parse_resume, parse_resume_bytes
from resume_tailor.resume.serialize import resume_to_dict


def test_missing_file_message(tmp_path: Path) -> None:
    missing = tmp_path / "nope.pdf"
    with pytest.raises(InputFileError, match=f"^file not found: {missing}$"):
        parse_resume(missing)


def test_type_is_sniffed_not_taken_from_the_extension(tmp_path: Path, fixtures: Path) -> None:
    disguised = tmp_path / "resume.txt"
    disguised.write_bytes((fixtures / "one_column.pdf").read_bytes())
    assert parse_resume(disguised).file_type == "pdf"
    image = tmp_path / "resume.pdf"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    with pytest.raises(UnsupportedFileError):
        parse_resume(image)


def test_empty_and_oversized_inputs(tmp_path: Path) -> None:
    with pytest.raises(EmptyDocumentError):
        parse_resume_bytes(b"  \n\n ", name="blank.txt")
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * ((10 << 20) + 1))
    with pytest.raises(FileTooLargeError, match="10 MB"):
        parse_resume(big)


def test_folder_is_not_a_resume(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="folder"):
        parse_resume(tmp_path)


def test_parse_json_has_the_promised_shape(fixtures: Path) -> None:
    resume = parse_resume(fixtures / "one_column.pdf")
    resume.skills = [
        Skill(
            name="Python",
            category="language",
            listed=True,
            demonstrated=True,
            evidence=["Built the event pipeline in Python"],
            years=2.5,
        )
    ]
    data = json.loads(json.dumps(resume_to_dict(resume)))
    assert set(data["contact"]) == {"name", "email", "phone", "location", "links"}
    assert {"kind", "heading", "text"} <= set(data["sections"][0])
    exp = data["experience"][0]
    assert {"title", "company", "location", "start", "end", "dates_text", "bullets"} <= set(exp)
    assert exp["start"] == "2021-03" and exp["end"] == "present" and isinstance(exp["bullets"][0], str)
    edu = data["education"][0]
    assert {"degree", "field", "institution", "location", "start", "end", "gpa"} <= set(edu)
    assert data["skills"] == [
        {
            "name": "Python",
            "category": "language",
            "listed": True,
            "demonstrated": True,
            "years": 2.5,
            "soft": False,
            "evidence": ["Built the event pipeline in Python"],
        }
    ]
    for key in ("projects", "certifications", "total_years", "pages", "columns", "warnings"):
        assert key in data
