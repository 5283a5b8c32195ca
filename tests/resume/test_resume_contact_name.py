"""The name in a resume's contact block, written with what follows it on the same line.

The people here are invented; each line is a way templates print the name.
"""

from __future__ import annotations

from resume_tailor.resume.contact import extract_contact
from resume_tailor.resume.lines import Line


def _head(*texts: str) -> list[Line]:
    return [Line(text=t, top=60.0 + 14 * i, size=20.0 if i == 0 else 11.0) for i, t in enumerate(texts)]


def test_a_name_followed_by_a_comma_and_the_job_title() -> None:
    head = _head("Rosa Lindqvist, Senior Data Engineer", "rosa.l@example.com | (555) 010-2233")
    contact = extract_contact(head, "\n".join(ln.text for ln in head), [])
    assert contact.name == "Rosa Lindqvist"


def test_a_name_with_a_comma_and_no_title_after_it_keeps_its_credentials_rule() -> None:
    head = _head("Rosa Lindqvist, PhD", "rosa.l@example.com")
    assert extract_contact(head, "", []).name == "Rosa Lindqvist"
