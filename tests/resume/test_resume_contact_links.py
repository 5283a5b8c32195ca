"""Contact details the page links to: an email or phone a line break cut in the text is read whole
from its "mailto:" / "tel:" link (LaTeX hyphenates long addresses in narrow columns).

The person and addresses are invented.
"""

from __future__ import annotations

from resume_tailor.resume.contact import extract_contact
from resume_tailor.resume.lines import Line


def _head(*texts: str) -> list[Line]:
    return [Line(text=t) for t in texts]


def test_an_email_cut_at_its_start_is_read_from_its_mailto_link() -> None:
    head = _head("Marcus Bell", "cus.bell@example.org # mar-")
    contact = extract_contact(head, "\n".join(ln.text for ln in head), ["mailto:marcus.bell@example.org"])
    assert contact.email == "marcus.bell@example.org"


def test_an_email_with_a_hyphen_from_a_line_break_is_read_from_its_link() -> None:
    head = _head("Marcus Bell", "mar-cus.bell@example.org")
    contact = extract_contact(head, "\n".join(ln.text for ln in head), ["mailto:marcus.bell@example.org"])
    assert contact.email == "marcus.bell@example.org"


def test_a_phone_cut_short_is_read_from_its_tel_link() -> None:
    head = _head("Marcus Bell", "Kelso, +1 555 010 WA, 0199")
    contact = extract_contact(head, "\n".join(ln.text for ln in head), ["tel:+15550100199"])
    assert contact.phone is not None and contact.phone.replace(" ", "").endswith("5550100199")


def test_a_whole_email_in_the_text_stays_when_the_link_names_another() -> None:
    head = _head("Marcus Bell", "marcus.bell@example.org")
    contact = extract_contact(head, "\n".join(ln.text for ln in head), ["mailto:office@example.org"])
    assert contact.email == "marcus.bell@example.org"
