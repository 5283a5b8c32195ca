"""Hostile text for the patterns that used to be quadratic (issue 15): each input is built here.

These assert results, not times: a quadratic pattern makes them run for minutes, which the suite's
own duration shows; the timings live in ``benchmarks/hostile_inputs.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from resume_tailor.limits import MAX_LINE_CHARS, bound_line
from resume_tailor.postings.text import guess_company
from resume_tailor.resume import parse_resume_bytes
from resume_tailor.resume.contact import find_email, find_links
from resume_tailor.resume.entries import _drop_durations
from resume_tailor.resume.text import read_text

sys.path.insert(0, str(Path(__file__).parent))
import hostile  # noqa: E402


def test_contact_url_pattern_on_dotted_and_dashed_runs() -> None:
    assert find_links("a." * 50_000) == []
    assert find_links("a-" * 50_000) == []
    assert find_email("a." * 50_000) is None
    # the same run ending in a real profile link is still one link
    assert find_links("a-" * 20_000 + " github.com/jane") == ["github.com/jane"]
    links = find_links("see www.github.com/jane and me.github.com/x")
    assert links == ["www.github.com/jane", "me.github.com/x"]


def test_duration_pattern_on_digits_and_spaces() -> None:
    digits = "1" * 100_000
    assert _drop_durations(digits) == digits
    spaced = "x" + " " * 100_000 + "y"
    assert _drop_durations(spaced) == spaced
    assert _drop_durations("Jan 2020 – Present (3 years, 2 months)") == "Jan 2020 – Present"
    assert _drop_durations("Mar 2019 - Jan 2020 · 11 mos") == "Mar 2019 - Jan 2020"


def test_markdown_link_pattern_on_brackets() -> None:
    [line] = read_text("[" * 100_000)
    assert line.text == "[" * 100_000 and line.links == []
    [line] = read_text("[](" * 33_000)
    assert line.links == []
    [line] = read_text(" *a" * 33_000)
    assert line.text.startswith("*a *a")


def test_markdown_link_keeps_parentheses_in_its_url() -> None:
    [line] = read_text("See [the page](https://en.wikipedia.org/wiki/Go_(language)) and [me](https://x.io).")
    assert line.text == "See the page and me."
    assert line.links == ["https://en.wikipedia.org/wiki/Go_(language)", "https://x.io"]


def test_eeo_company_pattern_on_degree_runs() -> None:
    assert guess_company("B.S." * 25_000) is None
    assert guess_company("B.S. " * 25_000) is None
    posting = "Requirements: B.S. in CS.\nAcme Corp is an equal opportunity employer."
    assert guess_company(posting) == "Acme Corp"
    assert guess_company("AT&T is an equal opportunity employer") == "AT&T"


def test_whole_parse_of_each_bomb_keeps_the_real_entry() -> None:
    for name in hostile.TEXT_BOMBS:  # every pattern family, through every stage of the parser
        resume = parse_resume_bytes(hostile.bomb_resume(name), name=f"{name}.md")
        assert resume.contact.email == "jane@example.com", name
        assert resume.experience and resume.experience[0].title == "Engineer", name


def test_long_lines_are_cut_and_space_runs_shortened() -> None:
    pieces = bound_line("Built things. " * 500)
    assert all(len(p) <= MAX_LINE_CHARS for p in pieces) and len(pieces) == 4
    assert all(p.rstrip().endswith("things.") for p in pieces)  # cut at a sentence end
    assert bound_line("a." * 50_000)[0] == "a." * (MAX_LINE_CHARS // 2)
    assert bound_line("x" + " " * 100_000 + "y") == ["x" + " " * 20 + "y"]
    assert bound_line("Engineer    Acme") == ["Engineer    Acme"]
