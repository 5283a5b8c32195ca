"""Page furniture (page numbers, running headers, print stamps) is dropped, never read as content."""

from __future__ import annotations

from layouts import with_furniture

from resume_tailor.resume import parse_resume_bytes
from resume_tailor.resume.layout import analyse
from resume_tailor.resume.lines import Line


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


def test_a_header_row_printed_again_after_a_page_break_is_read_once() -> None:
    # Chromium repeats an entry's header row at the top of the next page when the entry breaks
    def at(text: str, page: int, top: float, x0: float = 50.0) -> Line:
        return Line(text, page=page, x0=x0, x1=x0 + 7.0 * len(text), top=top, bottom=top + 12.0, size=16.0)

    lines = [
        at("Ingrid Solberg", 1, 40.0),
        at("Work", 1, 80.0),
        at("Solvik Grid AS", 1, 110.0),
        at("Run the deployment platform for 90 services", 1, 130.0, 80.0),
        at("Fjordnet Hosting AG", 1, 757.0),
        at("Mar 2017 — Jun 2021", 1, 758.0, 460.0),
        at("Fjordnet Hosting AG", 2, 20.0),
        at("Mar 2017", 2, 21.0, 460.0),
        at("Jun 2021", 2, 21.0, 519.0),
        at("Systems Engineer", 2, 43.0),
        at("Automated provisioning of 800 servers", 2, 66.0, 80.0),
    ]
    kept = [ln.text for ln in analyse(lines).lines]
    assert kept.count("Fjordnet Hosting AG") == 1
    assert "Mar 2017" not in kept and "Mar 2017 — Jun 2021" in kept
