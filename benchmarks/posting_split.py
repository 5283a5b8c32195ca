"""Measure how well the posting parser keeps minimum and preferred qualifications apart.

Each shared Google (2018) and Meta (2025) posting that lists both minimum and preferred
qualifications is reassembled as one text, the way a careers page shows it, in three layouts:

* ``page``: title, location, "Minimum qualifications:" lines, "Preferred qualifications:" lines,
  "Responsibilities" (Google's order; Meta adds its compensation paragraph at the end);
* ``markdown``: "## Responsibilities" first, then "## Minimum Qualifications" / "## Preferred
  Qualifications" with "- " bullets and the compensation text;
* ``inline``: headings followed by a colon and the first item on the same line;
* ``careers``: "•" bullets, headings without colons, an "About the job" paragraph, then the
  responsibilities, a pay range and an equal-opportunity sentence;
* ``unheaded``: like ``page`` but the responsibilities follow the preferred qualifications with no
  heading (only a blank line) — the hardest case;
* ``spaced``: ``page`` with a blank line between all lines (text copied from a web page);
* ``html``: a careers detail page (``<h3>`` headings, ``<ul><li>`` items, nav and footer).

A posting counts as correct when the words of the parsed required items equal the words of the
source's minimum qualifications and the words of the preferred items equal the preferred ones
(boilerplate such as pay ranges may be set apart). Also printed: the share with word-level F1 >= 0.9
on both sides. Usage::

    .venv/bin/python benchmarks/posting_split.py [--limit N] [--show-failures K]

Reads ../shared/data/postings (override with RESUME_TAILOR_SHARED=/path/to/shared).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from shared_data import shared_data_dir

from resume_tailor.errors import PostingError
from resume_tailor.postings import parse_posting_html, parse_posting_text
from resume_tailor.postings.boilerplate import is_boilerplate


@dataclass
class Source:
    company: str
    title: str
    location: str
    responsibilities: list[str]
    minimum: list[str]
    preferred: list[str]
    extra: str = ""  # compensation text shown after the qualifications


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in (text or "").split("\n") if ln.strip()]


def google_sources(data: Path) -> Iterator[Source]:
    with (data / "postings" / "google-2018" / "job_skills.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            yield Source("Google", row["Title"], row["Location"], _lines(row["Responsibilities"]),
                         _lines(row["Minimum Qualifications"]), _lines(row["Preferred Qualifications"]))


def meta_sources(data: Path) -> Iterator[Source]:
    path = data / "postings" / "meta-2025" / "meta_jobs.json"
    jobs = json.loads(path.read_text(encoding="utf-8"))["jobs"]
    for key in sorted(jobs):
        job = jobs[key]
        location = (job.get("location") or "").split("•")[0].strip()
        yield Source("Meta", job.get("title") or "", location, _lines(job.get("responsibilities") or ""),
                     _lines(job.get("minimum_qualifications") or ""),
                     _lines(job.get("preferred_qualifications") or ""), job.get("compensation") or "")


def layout_page(s: Source) -> str:
    parts = [s.title, s.location, "", "Minimum qualifications:", *s.minimum, "", "Preferred qualifications:",
             *s.preferred, "", "Responsibilities", *s.responsibilities]
    if s.extra:
        parts += ["", s.extra]
    return "\n".join(parts)


def layout_markdown(s: Source) -> str:
    parts = [f"# {s.title}", s.location, "", "## Responsibilities", *(f"- {r}" for r in s.responsibilities),
             "",
             "## Minimum Qualifications", *(f"- {m}" for m in s.minimum), "",
             "## Preferred Qualifications", *(f"- {p}" for p in s.preferred)]
    if s.extra:
        parts += ["", "## Compensation", s.extra]
    parts += ["", f"{s.company} is proud to be an equal opportunity workplace."]
    return "\n".join(parts)


def layout_inline(s: Source) -> str:
    first_min, *rest_min = s.minimum
    first_pref, *rest_pref = s.preferred
    parts = [s.title, f"Location: {s.location}", "", f"Minimum Qualifications: {first_min}", *rest_min,
             f"Preferred Qualifications: {first_pref}", *rest_pref, "",
             "About the job", *s.responsibilities]
    return "\n".join(parts)


def layout_careers(s: Source) -> str:
    """Google's current page order: quals, About the job, Responsibilities, then pay and EEO text."""
    parts = [s.title, f"{s.company} | {s.location}", "",
             "Minimum qualifications", *(f"• {m}" for m in s.minimum),
             "", "Preferred qualifications", *(f"• {p}" for p in s.preferred), "", "About the job",
             f"As part of the team you will work on {s.title.split(',')[0]} problems with partners across "
             f"{s.company}.", "", "Responsibilities", *(f"• {r}" for r in s.responsibilities), "",
             s.extra or "The US base salary range for this full-time position is $120,000-$180,000 + bonus + "
                         "equity + benefits.",
             f"{s.company} is proud to be an equal opportunity workplace and is an affirmative action "
             "employer."]
    return "\n".join(parts)


def layout_unheaded_duties(s: Source) -> str:
    """Qualifications, then the duties as a block with no heading of their own."""
    parts = [s.title, s.location, "", "Minimum qualifications:", *s.minimum, "", "Preferred qualifications:",
             *s.preferred, "", *s.responsibilities]
    return "\n".join(parts)


def layout_spaced(s: Source) -> str:
    """Every line separated by a blank line (as some copy-paste from web pages gives)."""
    return "\n\n".join(layout_page(s).split("\n"))


def layout_html(s: Source) -> str:
    """A careers detail page: h2/h3 headings and ul/li lists inside <main>, with nav and footer."""
    import html

    def items(lines: list[str]) -> str:
        return "<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in lines) + "</ul>"

    return (f"<html><head><title>{html.escape(s.title)}</title></head><body><nav>Jobs</nav><main>"
            f"<h1>{html.escape(s.title)}</h1><p>{html.escape(s.location)}</p>"
            f"<h3>Minimum qualifications:</h3>{items(s.minimum)}"
            f"<h3>Preferred qualifications:</h3>{items(s.preferred)}"
            f"<h3>Responsibilities</h3>{items(s.responsibilities)}</main>"
            f"<footer>{s.company} is an equal opportunity employer.</footer></body></html>")


LAYOUTS: dict[str, Callable[[Source], str]] = {
    "page": layout_page, "markdown": layout_markdown, "inline": layout_inline, "careers": layout_careers,
    "unheaded": layout_unheaded_duties, "html": layout_html, "spaced": layout_spaced,
}


def words(texts: list[str]) -> list[str]:
    """Lowercase word tokens of some texts, boilerplate sentences left out."""
    kept = [t for t in texts if not is_boilerplate(t)]
    return re.findall(r"[a-z0-9]+", " ".join(kept).lower())


def f1(got: list[str], want: list[str]) -> float:
    if not got and not want:
        return 1.0
    common = sum((Counter(got) & Counter(want)).values())
    if not common:
        return 0.0
    precision, recall = common / len(got), common / len(want)
    return 2 * precision * recall / (precision + recall)


def evaluate(sources: list[Source], layout: Callable[[Source], str], show: int) -> tuple[int, int, int, int]:
    exact = close = errors = 0
    shown = 0
    for s in sources:
        try:
            text = layout(s)
            if text.startswith("<html>"):
                posting = parse_posting_html(text, find_skills=lambda _t: [])
            else:
                posting = parse_posting_text(text, find_skills=lambda _t: [])
        except PostingError:
            errors += 1
            continue
        got_req = re.findall(r"[a-z0-9]+", " ".join(r.text for r in posting.required).lower())
        got_pref = re.findall(r"[a-z0-9]+", " ".join(r.text for r in posting.preferred).lower())
        want_req, want_pref = words(s.minimum), words(s.preferred)
        if got_req == want_req and got_pref == want_pref:
            exact += 1
        elif shown < show:
            shown += 1
            print(f"--- {s.company}: {s.title}", file=sys.stderr)
            print("  want req :", " ".join(want_req)[:300], file=sys.stderr)
            print("  got req  :", " ".join(got_req)[:300], file=sys.stderr)
            print("  want pref:", " ".join(want_pref)[:300], file=sys.stderr)
            print("  got pref :", " ".join(got_pref)[:300], file=sys.stderr)
        if f1(got_req, want_req) >= 0.9 and f1(got_pref, want_pref) >= 0.9:
            close += 1
    return exact, close, errors, len(sources)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N postings per company")
    parser.add_argument("--show-failures", type=int, default=0, help="print up to K failures per run")
    args = parser.parse_args(argv)
    data = shared_data_dir()
    corpora = {"google": list(google_sources(data)), "meta": list(meta_sources(data))}
    print(f"{'company':8} {'layout':9} {'postings':>8} {'exact split':>12} {'F1>=0.9':>9} {'errors':>7}")
    overall = [0, 0]
    for company, sources in corpora.items():
        usable = [s for s in sources if s.minimum and s.preferred]
        if args.limit:
            usable = usable[: args.limit]
        for name, layout in LAYOUTS.items():
            exact, close, errors, total = evaluate(usable, layout, args.show_failures)
            overall[0] += exact
            overall[1] += total
            print(f"{company:8} {name:9} {total:8d} {exact / total:12.1%} {close / total:9.1%} {errors:7d}")
    print(f"overall exact split: {overall[0]}/{overall[1]} = {overall[0] / overall[1]:.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
