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
