"""Activity feeds: dated events ("Joined Acme", "Finished 1 degree at ...") read as sections.

The fixtures are fictional resumes drawn at test time in the look of a profile-page theme: a month
at the left edge, the event line indented under it, the details indented further.
"""

from __future__ import annotations

import io

from resume_tailor.resume import parse_resume_bytes
from resume_tailor.resume.timeline import event_kind

_FEED = [
    (
        "March 2021",
        "Joined Northwind Traders",
        ["Platform Engineer", "Moved 40 services to Kubernetes with zero downtime"],
    ),
    (
        "May 2019",
        "Started 1 project",
        ["Trail Conditions Map", "Mapped 300 hiking trails from open park data"],
    ),
    (
        "August 2017",
        "Joined Contoso Labs",
        ["Support Engineer", "Answered 2,000 tickets a year for the billing product"],
    ),
    ("", "Volunteered", ["Code Club Mentor", "Taught Python to 20 pupils every Saturday"]),
    ("June 2017", "Finished 1 degree at Lakeview State University", ["BSc · Computer Science"]),
]


def _feed_pdf() -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    y = 740.0
    c.setFont("Helvetica-Bold", 22)
    c.drawString(40, y, "Robin Okafor")
    y -= 20
    c.setFont("Helvetica", 10)
    c.drawString(40, y, "robin.okafor@example.com")
    y -= 30
    c.setFont("Helvetica", 13)
    c.drawString(40, y, "Overview")
    c.drawString(120, y, "Experiences 3")
    y -= 24
    for month, event, details in _FEED:
        if month:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(40, y, month)
            y -= 22
        c.setFont("Helvetica", 12)
        c.drawString(70, y, event)
        y -= 24
        c.setFont("Helvetica-Bold", 15)
        c.drawString(100, y, details[0])
        y -= 18
        c.setFont("Helvetica", 9)
        for text in details[1:]:
            c.drawString(112, y, text)
            y -= 14
        y -= 16
    c.setFont("Helvetica", 9)
    c.drawString(55, y, "Made with a portfolio theme for profile pages.")
    c.save()
    return buf.getvalue()


def test_an_activity_feed_becomes_roles_projects_activities_and_schools() -> None:
    r = parse_resume_bytes(_feed_pdf(), name="feed.pdf")
    assert [(e.title, e.company, e.start, e.end) for e in r.experience] == [
        ("Platform Engineer", "Northwind Traders", "2021-03", "present"),
        ("Support Engineer", "Contoso Labs", "2017-08", "2021-02"),  # until the next employer
    ]
    assert [b.text for b in r.experience[1].bullets] == [
        "Answered 2,000 tickets a year for the billing product"
    ]
    assert [(p.title, p.start) for p in r.projects] == [("Trail Conditions Map", "2019-05")]
    assert [p.bullets[0].text for p in r.projects] == ["Mapped 300 hiking trails from open park data"]
    assert [a.title for a in r.activities] == ["Code Club Mentor"]
    assert [(e.degree, e.field, e.institution, e.end) for e in r.education] == [
        ("BSc", "Computer Science", "Lakeview State University", "2017-06")
    ]
    # the caption heading over the feed holds no entries of its own, and the footer is no bullet
    assert all("portfolio theme" not in b.text for e in r.experience for b in e.bullets)


def test_a_feed_in_plain_text_reads_the_same_roles() -> None:
    text = "Robin Okafor\nrobin.okafor@example.com\n\n" + "".join(
        (f"{month}\n" if month else "") + f"{event}\n" + "".join(f"{d}\n" for d in details)
        for month, event, details in _FEED
    )
    r = parse_resume_bytes(text.encode())
    assert [(e.title, e.company) for e in r.experience] == [
        ("Platform Engineer", "Northwind Traders"),
        ("Support Engineer", "Contoso Labs"),
    ]


def test_event_lines_need_the_feed_wording() -> None:
    assert event_kind("Joined Northwind Traders") == ("experience", "Northwind Traders")
    assert event_kind("Finished 2 degrees at Lakeview State University") == (
        "education",
        "Lakeview State University",
    )
    assert event_kind("Earned 1 award") == ("awards", None)
    assert event_kind("Joined the on-call rotation for the payments team") is None
    assert event_kind("Started a book club for new hires at the office") is None


def test_a_bullet_that_starts_with_joined_is_no_feed() -> None:
    text = (
        "Robin Okafor\nrobin.okafor@example.com\n\nEXPERIENCE\n"
        "Platform Engineer, Northwind Traders\nMarch 2021 – Present\n"
        "• Joined Contoso Labs\n• Moved 40 services to Kubernetes\n"
        "Support Engineer, Contoso Labs\nAugust 2017 – February 2021\n• Answered tickets\n"
    )
    r = parse_resume_bytes(text.encode())
    assert [(e.title, e.company, e.start) for e in r.experience] == [
        ("Platform Engineer", "Northwind Traders", "2021-03"),
        ("Support Engineer", "Contoso Labs", "2017-08"),
    ]
