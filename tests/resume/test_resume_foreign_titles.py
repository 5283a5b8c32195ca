"""Job titles written in French, Italian, Portuguese or German read as roles: a Romance title names
its head noun first or before its "de", a German one ends a compound on its role noun."""

from __future__ import annotations

from resume_tailor.resume.entries import parse_entries
from resume_tailor.resume.lines import Line
from resume_tailor.resume.names import company_score, title_score


def test_role_nouns_of_other_languages_read_as_titles() -> None:
    for title in ("Analyste Marketing", "Gerente de Vendas", "Ingegnere di Processo", "Capo Reparto"):
        assert title_score(title) > company_score(title), title
    for title in ("Datenbankentwickler", "Teamleiterin", "Vertriebsberater"):
        assert title_score(title) > 0, title
    assert title_score("Kessler Antriebstechnik GmbH") == 0


def test_an_employer_line_over_a_german_title_line() -> None:
    lines = [
        Line(text="Brenner Technik GmbH", x0=40.0, x1=200.0, top=100.0, bottom=110.0, size=10.0, bold=True),
        Line(text="Datenbankentwickler", x0=40.0, x1=160.0, top=114.0, bottom=124.0, size=10.0),
        Line(text="03/2019 – 05/2022", x0=470.0, x1=570.0, top=114.0, bottom=124.0, size=10.0),
        Line(text="• Migrated the billing tables", x0=50.0, x1=400.0, top=128.0, bottom=138.0),
    ]
    [entry] = parse_entries(lines)
    assert (entry.title, entry.company) == ("Datenbankentwickler", "Brenner Technik GmbH")
