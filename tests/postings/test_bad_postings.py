"""Empty, irrelevant or unreadable postings give a clear PostingError, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume_tailor.errors import PostingError
from resume_tailor.postings import parse_posting, parse_posting_html, parse_posting_text

FIXTURES = Path(__file__).parent / "fixtures"


def test_irrelevant_text_says_no_requirements_found() -> None:
    with pytest.raises(PostingError, match="no requirements found") as err:
        parse_posting(FIXTURES / "irrelevant.txt")
    assert err.value.exit_code == 3 and "\n" not in str(err.value)


@pytest.mark.parametrize("text", ["", "   \n\n  "])
def test_empty_text_is_refused(text: str) -> None:
    with pytest.raises(PostingError, match="no requirements found"):
        parse_posting_text(text)


def test_empty_html_page_is_refused() -> None:
    with pytest.raises(PostingError, match="no requirements found"):
        parse_posting_html("<html><body><nav>Jobs</nav></body></html>")


def test_missing_file_and_folder_and_binary_are_posting_errors(tmp_path: Path) -> None:
    with pytest.raises(PostingError, match="not found"):
        parse_posting(tmp_path / "nope.txt")
    with pytest.raises(PostingError, match="folder"):
        parse_posting(tmp_path)
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x00\x01\x02PK")
    with pytest.raises(PostingError, match="binary"):
        parse_posting(binary)


def test_json_without_text_fields_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text('{"title": "Engineer", "location": "Paris"}', encoding="utf-8")
    with pytest.raises(PostingError, match="no requirements found"):
        parse_posting(path)
