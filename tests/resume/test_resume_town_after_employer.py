"""A town the place list does not know, written after the employer on the employer's line, with
the role on its own line or after a dash ("Harbour Lane Ltd<TAB>Tarrow", "Vélocité, Lyon — Growth
Marketing Manager"): the town goes to ``location``, the employer stays the employer.

Fictional people, employers and towns.
"""

from __future__ import annotations

from resume_tailor.resume import parse_resume_bytes

_TEXT = """Rhian Pryce
rhian.pryce@example.org

Experience
OFFICE FOR REGIONAL STATISTICS\tTarrow
Statistician\t09/2018 – 01/2022
• Produced weekly labour market estimates from survey microdata.
STADTWERKE NORDHAFEN\tKielby
IT Administrator\t09/2015 – 02/2017
• Ran the office network for 300 staff.
Vélocité, Lyonnet — Growth Marketing Manager
03/2021 – Present
• Grew sign-ups 40% in a year.
Senior Engineer, Acme Robotics, Portland, OR
2012 – 2015
• Built warehouse robots.
"""


def test_a_short_name_after_the_employer_is_its_town() -> None:
    resume = parse_resume_bytes(_TEXT.encode(), name="resume.txt")
    got = [(e.title, e.company, e.location) for e in resume.experience]
    assert got == [
        ("Statistician", "OFFICE FOR REGIONAL STATISTICS", "Tarrow"),
        ("IT Administrator", "STADTWERKE NORDHAFEN", "Kielby"),
        ("Growth Marketing Manager", "Vélocité", "Lyonnet"),
        ("Senior Engineer", "Acme Robotics", "Portland, OR"),
    ]


def test_a_team_after_a_role_is_not_a_town() -> None:
    text = "Kai Moss\nkai@example.org\n\nExperience\n"
    text += "Senior Engineer, Payments Platform\nNorthwind\n2019 – 2022\n"
    [entry] = parse_resume_bytes(text.encode(), name="resume.txt").experience
    assert entry.location is None


def test_a_town_glued_to_an_employers_legal_form_or_accented_name_is_its_place() -> None:
    from resume_tailor.resume.entries import peel_place

    assert peel_place("Marlow Finch Capital Partners LLPLeeds") == (
        "Leeds",
        "Marlow Finch Capital Partners LLP",
    )
    assert peel_place("Institut für Datensysteme, TU HalbstättHalbstätt") == (
        "Halbstätt",
        "Institut für Datensysteme, TU Halbstätt",
    )
