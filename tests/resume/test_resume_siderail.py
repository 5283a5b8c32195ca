"""Side headings: section titles and dates in a column beside their text are read row by row."""

from __future__ import annotations

from layouts import side_headings

from resume_tailor.resume import parse_resume_bytes


def test_side_column_headings_label_the_rows_beside_them() -> None:
    r = parse_resume_bytes(side_headings(), name="side.pdf")
    assert [(e.title, e.company, e.start, e.end) for e in r.experience] == [
        ("Data Scientist", "Wabash Analytics", "2019-03", "present"),
        ("Analyst", "Lakeshore Insurance", "2016-06", "2019-02"),
    ]
    assert [b.text for b in r.experience[0].bullets] == [
        "Built a demand forecast that cut stockouts by 18% across 40 stores",
        "Led the migration of 120 notebooks to a tested Python package",
    ]
    edu = r.education[0]
    assert (edu.degree, edu.institution, edu.start, edu.end) == (
        "M.S. in Statistics",
        "Northwestern University",
        "2014",
        "2016",
    )
    assert [e.title for e in r.projects] == ["Transit Delay Map"]
    assert r.contact.name == "Lena Ortiz"
