"""Roles and employers the English word lists alone cannot read: a Romance title or employer named
head first ("Chef de Partie", "Hôtel des Trois Lacs"), a role of one's own ("Self-employed" in
the employer's place), outdoor and kitchen trades ("Park Ranger", "Caterer").

Invented people and employers.
"""

from __future__ import annotations

from resume_tailor.resume.entries import parse_entries
from resume_tailor.resume.lines import Line
from resume_tailor.resume.names import company_score, title_score, words


def _row(text: str, top: float, bold: bool = False) -> Line:
    return Line(
        text=text, x0=60.0, x1=60.0 + 5.0 * len(text), top=top, bottom=top + 10.0, size=10.0, bold=bold
    )


def _entry(*header: str) -> tuple[str | None, str | None]:
    lines = [_row(text, 100.0 + 14 * k, bold=k == 0) for k, text in enumerate(header)]
    bullet = _row("• Ran the fish section for a 60-cover restaurant", 100.0 + 14 * len(header))
    bullet.x1 = 540.0
    lines.append(bullet)
    [entry] = parse_entries(lines)
    return entry.title, entry.company


def test_a_romance_title_and_employer_are_read_by_the_noun_before_de() -> None:
    assert title_score("Chef de Partie (Saison)") > company_score("Chef de Partie (Saison)")
    assert company_score("Hôtel des Trois Lacs") > title_score("Hôtel des Trois Lacs")
    assert words("Hôtel des Trois Lacs")[0] == "hotel"


def test_trades_and_a_role_of_ones_own() -> None:
    assert title_score("Seasonal Park Ranger") > 0
    assert title_score("Private Chef & Caterer") > 0
    assert company_score("Self-employed") > title_score("Self-employed")


def test_employer_over_a_romance_title_and_self_employed_over_a_trade() -> None:
    assert _entry("Hôtel des Trois Lacs", "Chef de Partie (Saison)", "May 2011 – Oct 2011") == (
        "Chef de Partie (Saison)",
        "Hôtel des Trois Lacs",
    )
    assert _entry("Self-employed", "Private Chef & Caterer", "Jun 2019 – Feb 2021") == (
        "Private Chef & Caterer",
        "Self-employed",
    )
