"""Page furniture (page numbers, running headers, print stamps) is dropped, never read as content."""

from __future__ import annotations

from layouts import with_furniture

from resume_tailor.resume import parse_resume_bytes


def test_page_numbers_print_stamps_and_running_headers_are_dropped() -> None:
    r = parse_resume_bytes(with_furniture(), name="two-pages.pdf")
    assert [(e.title, e.company, e.start, e.end) for e in r.experience] == [
        ("Senior Engineer", "Northwind Traders", "2020-01", "present"),
        ("Engineer", "Contoso Labs", "2016-06", "2019-12"),
    ]
    bullets = [b.text for b in r.bullets()]
    assert bullets == [
        "Cut checkout latency 38% by caching prices",
        "Led a team of five through a Kubernetes migration",
        "Built the event pipeline handling 2M events a day",
    ]
    kept = "\n".join(s.text for s in r.sections)
    for furniture in ("1/2", "2/2", "February 10", "file://", "Resume"):
        assert furniture not in kept
    assert r.contact.name == "Priya Raman"


def test_text_page_numbers_and_print_dates() -> None:
    text = (
        "Priya Raman\npriya@example.com\n\nEXPERIENCE\nEngineer, Contoso Labs\n2016 - 2019\n"
        "• Built the event pipeline\nPage 1 of 2\nFebruary 10\n• Mentored three interns\n2\n"
    )
    r = parse_resume_bytes(text.encode())
    assert [e.title for e in r.experience] == ["Engineer"]
    assert [b.text for b in r.experience[0].bullets] == ["Built the event pipeline", "Mentored three interns"]
