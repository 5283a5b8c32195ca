"""An employer broken over a bold header row (with its dates at the right) and the plain row under
it: the row stops on an ampersand or a Romance "de", or the next row opens on the rest of a name
with its legal form ("Banco" / "Ribeira Alta, S.A., Porto.").

Invented lines; geometry mimics moderncv (dates right-aligned at 436-536 pt).
"""

from __future__ import annotations

from resume_tailor.resume.lines import Line
from resume_tailor.resume.wrap import join_wrapped


def _row(text: str, x0: float, x1: float, top: float, bold: bool = False) -> Line:
    return Line(text=text, x0=x0, x1=x1, top=top, bottom=top + 10.9, size=10.9, bold=bold)


def _joined(head: str, head_x1: float, tail: str) -> str:
    lines = [
        _row(head, 168.3, head_x1, 454.4, bold=True),
        _row("02/2017 – 08/2018", 437.7, 535.7, 454.4, bold=True),
        _row(tail, 168.3, 321.8, 468.4),
        _row("○ Rotated through retail credit, treasury and the transformation office", 167.8, 530.0, 481.0),
    ]
    return join_wrapped(lines)[0][0]


def test_a_name_broken_after_an_ampersand_or_a_romance_de_goes_on_below() -> None:
    assert _joined("Production Artist, Kestrel Print &", 380.0, "Press, Eugene, OR.").startswith(
        "Production Artist, Kestrel Print & Press"
    )
    assert _joined("Logistics Volunteer, Banco Solidário de", 390.0, "Valmar.").startswith(
        "Logistics Volunteer, Banco Solidário de Valmar"
    )


def test_the_rest_of_a_name_with_its_legal_form_goes_on_below() -> None:
    assert _joined(
        "Graduate Trainee (Rotational Programme), Banco", 420.3, "Ribeira Alta, S.A., Porto."
    ).startswith("Graduate Trainee (Rotational Programme), Banco Ribeira Alta, S.A.")
