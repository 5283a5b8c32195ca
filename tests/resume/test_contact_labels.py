"""The name in a contact block that labels its rows ("CURRICULUM VITAE", "PERSONAL DATA", "Name",
"Address", "Phone" in one column, the values beside), and a name dressed as code or a greeting.

The people are invented; each head is a way templates print the name.
"""

from __future__ import annotations

from resume_tailor.resume.contact import extract_contact
from resume_tailor.resume.lines import Line


def _head(*texts: str, size: float = 12.0) -> list[Line]:
    return [Line(text=t, top=60.0 + 14 * i, size=size, bold=True) for i, t in enumerate(texts)]


def test_a_title_in_two_rows_and_row_labels_are_not_the_name() -> None:
    head = _head("CURRICULUM", "VITAE", "PERSONAL DATA", "Name", "Address", "Phone", "Email", "Web", "Web")
    head += [
        Line(text=t, top=200.0 + 14 * i, size=10.0) for i, t in enumerate(["Rosa Lindqvist", "Umeå, SE"])
    ]
    assert extract_contact(head, "", []).name == "Rosa Lindqvist"


def test_a_name_dressed_as_code_or_a_greeting() -> None:
    for line in ("class Rosa Lindqvist {", "const Rosa Lindqvist = {", "hello, Rosa Lindqvist"):
        head = _head(line, "// Data Engineer")
        assert extract_contact(head, "", []).name == "Rosa Lindqvist"
