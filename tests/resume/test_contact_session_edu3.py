"""Contact forms of people nobody tuned on (session edu3). The people are invented."""

from __future__ import annotations

from resume_tailor.resume.contact import extract_contact
from resume_tailor.resume.lines import Line


def _at(text: str, x0: float, x1: float, top: float, size: float, bold: bool = False) -> Line:
    return Line(text=text, x0=x0, x1=x1, top=top, bottom=top + size * 0.8, size=size, bold=bold)


def test_a_name_over_two_rows_with_a_phone_read_between_them() -> None:
    head = [
        _at("Ishani", 24, 180, 40, 80, True),
        _at("+91 99000 11122", 490, 568, 75, 18),
        _at("Raghunathan", 24, 330, 83, 80, True),
        _at("Pune, Maharashtra, IN", 455, 568, 114, 18),
        _at("ishani.r@example.in", 470, 568, 91, 18),
        _at("Technical Lead", 26, 170, 128, 40),
    ]
    assert extract_contact(head, "", []).name == "Ishani Raghunathan"


def test_a_name_whose_label_after_the_comma_opens_on_a_degree() -> None:
    head = [
        Line("Rosa Lindqvist, PhD Candidate, Ecology", top=60, size=20),
        Line("rosa.l@example.edu | (406) 555-0100 | Missoula, MT, US", top=80, size=11),
    ]
    assert extract_contact(head, "", []).name == "Rosa Lindqvist"


def test_an_email_broken_inside_its_domain_at_the_columns_edge() -> None:
    head = [
        _at("Rosa Lindqvist", 90, 168, 78, 11, True),
        _at("Portland, OR", 90, 147, 92, 11),
        _at("hello@rosalindqvist.exampl", 90, 223, 121, 11),
        _at("e.com", 90, 116, 138, 11),
        _at("www.behance.net/", 90, 176, 165, 11),
    ]
    contact = extract_contact(head, "\n".join(ln.text for ln in head), [], head)
    assert contact.email == "hello@rosalindqvist.example.com"
