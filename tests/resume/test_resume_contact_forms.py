"""The name on a CV form (the EU's Europass layout: labels in a left column, values beside them)
and a name dressed as code whose keyword the reader set on a row of its own.

The people here are invented.
"""

from __future__ import annotations

from resume_tailor.resume.contact import extract_contact
from resume_tailor.resume.lines import Line


def _at(text: str, x0: float, x1: float, top: float, size: float = 10.0, column: int = 1) -> Line:
    return Line(text=text, x0=x0, x1=x1, top=top, bottom=top + size * 0.8, size=size, column=column)


def test_the_forms_own_name_is_no_persons_name_and_the_value_beside_name_surname_is() -> None:
    head = [_at("Europass", 104, 170, 59, 14.3), _at("Curriculum Vitae", 41, 170, 77, 14.3)]
    page = [
        *head,
        _at("Personal information", 47, 170, 127, 12.0),
        _at("Name / Surname", 95, 170, 154),
        _at("Address", 136, 170, 171),
        _at("Work experience", 71, 170, 250, 12.0),
        _at("Oskar Wendeborn", 194, 299, 151, 12.0, column=2),
        _at("Kiel, SH, DE", 194, 275, 171, column=2),
    ]
    contact = extract_contact(head, "", [], page)
    assert contact.name == "Oskar Wendeborn"


def test_a_name_with_an_accented_capital_dressed_as_code() -> None:
    head = [_at("class Élodie Marchetti {", 50, 300, 40, 32.0), _at("// Data Engineer", 50, 200, 80, 17.6)]
    assert extract_contact(head, "", []).name == "Élodie Marchetti"


def test_a_name_left_with_the_brace_after_its_code_keyword_went_to_another_row() -> None:
    head = [_at("Élodie Marchetti {", 50, 300, 40, 24.0), _at("class", 50, 80, 70, 13.2)]
    assert extract_contact(head, "", []).name == "Élodie Marchetti"


def test_addresses_a_text_box_broke_at_a_dot_or_a_slash_are_whole() -> None:
    head = [
        _at("Ingrid Solberg", 90, 178, 77, 11.0),
        _at("ingrid.solberg@example.co", 90, 226, 121, 11.0),
        _at(".uk", 90, 104, 135, 11.0),
        _at("www.linkedin.com/in/", 90, 195, 150, 11.0),
        _at("ingrid-solberg-data", 90, 190, 164, 11.0),
        _at("tomas@example.com.", 90, 200, 190, 11.0),
        _at("br", 90, 100, 204, 11.0),
    ]
    text = "\n".join(ln.text for ln in head)
    contact = extract_contact(head[:5], text, [], head[:5])
    assert contact.email == "ingrid.solberg@example.co.uk"
    assert "www.linkedin.com/in/ingrid-solberg-data" in contact.links
    other = extract_contact([head[0], *head[5:]], text, [], [head[0], *head[5:]])
    assert other.email == "tomas@example.com.br"


def test_a_bare_site_on_a_footer_line_with_the_email_is_a_link() -> None:
    head = [_at("Ingrid Solberg", 90, 178, 77, 20.0), _at("Data Analyst", 90, 178, 100, 11.0)]
    footer = "Oslo, NO | ingrid@example.com | ingridsolberg.example.com |"
    text = f"Ingrid Solberg\nData Analyst\n{footer}\ngithub.com/isol"
    assert "ingridsolberg.example.com" in extract_contact(head, text, [], head).links


def test_addresses_a_sidebar_broke_inside_a_word_are_whole() -> None:
    lines = [
        _at("Ingrid Solberg", 60, 182, 60, 24.0),
        _at("Contact", 60, 110, 91, 16.9),
        _at("ingrid.solberg@example.c", 60, 191, 111, 14.1),
        _at("om", 60, 75, 124, 14.1),
        _at("(555) 012-2006", 60, 143, 138, 14.1),
        _at("github.com/isolberg", 60, 179, 152, 14.1),
        _at("linkedin.com/in/ingridsolb", 60, 195, 166, 14.1),
        _at("erg", 60, 80, 180, 14.1),
    ]
    text = "\n".join(ln.text for ln in lines)
    contact = extract_contact(lines[:1], text, [], lines)
    assert contact.email == "ingrid.solberg@example.com"
    assert contact.links == ["github.com/isolberg", "linkedin.com/in/ingridsolberg"]
