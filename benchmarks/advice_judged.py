"""Judge every suggestion of many reports as correct / redundant / wrong / generic, by written rules.

    PYTHONPATH=src .venv/bin/python benchmarks/advice_judged.py [--sample N] [--show wrong|redundant|generic]

Reports: 12 resumes (the project's examples, the test personas, shared resume PDFs from
``../shared/data/resumes``) × Amazon, Google, Meta and Netflix, without a posting. The rules are in
``benchmarks/data/ADVICE_JUDGING.md``; the judge below implements them with its own patterns (it never
calls the matcher's detectors). Prints wrong %, redundant %, generic %, the top-list size per report
and the share of top items identical for all four companies. ``--sample N`` prints N judged
suggestions picked at random (seed 13) to read by eye; ``--show`` lists every item with that verdict.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests" / "matching"))

from shared_data import shared_data_dir  # noqa: E402

from resume_tailor.companies import load_profile  # noqa: E402
from resume_tailor.matching import match  # noqa: E402
from resume_tailor.models import Report, Resume, Suggestion  # noqa: E402

COMPANIES = ("amazon", "google", "meta", "netflix")
SHARED_GLOB = "**/*.pdf"  # every shared resume PDF (offlinecv, resume-matcher templates)

# --- the judge's own vocabulary (independent of the product) -----------------------------------
PLACEHOLDER = re.compile(r"\[[^\]]*\]")
NUMBER = re.compile(r"(?<![A-Za-z\d])\d+(?:[.,]\d+)*(?![A-Za-z\d])")
WEAK = re.compile(
    r"^(helped|helping|assisted|assisting|supported|handled|contributed|participated|worked|working|attended|"
    r"involved|tasked|served|responsible|was|were|part of)\b",
    re.I,
)
_PAST_WORDS = """
built led ran wrote grew drove won made chose spoke began brought sought thought caught held kept met took
gave found cut set put drew flew threw wove sped spun fed bought sold told paid spent sent lent dealt dug
struck stood upheld withdrew oversaw undertook understood overcame became taught rode shrank swept split
hit said did rebuilt rewrote forecast
"""
IRREGULAR_PAST = set(_PAST_WORDS.split())
PARTICIPLE = re.compile(
    r"\b(am|is|are|was|were|be|been|being|get|gets|got|gotten)\s+(?:\w+ly\s+)?"
    r"(\w+ed|built|written|led|made|done|given|taken|shown|run|chosen|known|seen|found|sent|held|kept|"
    r"brought|taught|rewritten|rebuilt|paid|sold|told|won|spent|put|set|cut|grown|driven)\b",
    re.I,
)
RESULT_NUMBER = re.compile(
    r"\d\s*(%|percent|x\b|×|k\b|m\b|million|billion)|[$€£]\s?\d|\bfrom\s+\S*\d.{0,30}?\bto\s+\S*\d|\bby\s+\d",
    re.I,
)
CUSTOMER = re.compile(
    r"\b(customers?|users?|clients?|members?|partners?|subscribers?|patients?|students?|merchants?|sellers?|"
    r"buyers?|shoppers?|viewers?|carriers?|orders|accounts)\b|\b(for|serving|used by|helping)\s+(the\s+)?"
    r"(\w+\s+){0,2}(teams?|engineers|staff|people|group|departments?)\b",
    re.I,
)
TRADEOFF = re.compile(
    r"\btrading\b|trade-?off|\binstead of\b|\brather than\b|\bchose\b|\bdecided\b|\bvs\b|"
    r"\b(chose|picked|prioriti[sz]ed)\b.{0,40}\bover\b",
    re.I,
)
OUTCOME = re.compile(
    r"\b(reduc|cut|increas|improv|grew|grow|sav|rais|lower|doubl|halv|boost|decreas|eliminat|promot)\w*", re.I
)
SCOPE = re.compile(
    r"\d[\d,.]*\s*\w*\+?\s+(\w+\s+){0,2}(users|customers|teams|engineers|services|orders|requests|countries|"
    r"stores|markets|accounts|partners|carriers|people|staff|members|events|transactions)\b|million|billion",
    re.I,
)
MONTH_DATE = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d", re.I)
CERT = re.compile(r"certif|certificate|licen[cs]e", re.I)


@dataclass
class Judged:
    resume: str
    company: str
    suggestion: Suggestion
    verdict: str
    rule: str


def _first_clause(line: str) -> str:
    return re.split(r"[;,]|\s[—–-]\s|\b(that|which|who)\b", line, maxsplit=1)[0]


def _opens_with_past_verb(line: str) -> bool:
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", line)
    if words and words[0].lower().endswith("ly") and len(words) > 1:
        words = words[1:]
    if not words or WEAK.match(line.strip()):
        return False
    first = words[0].lower()
    return first in IRREGULAR_PAST or (first.endswith("ed") and len(first) > 3)


CLASS_NAME = re.compile(r"\b(tools|software|languages|operating systems?|platforms|applications)$", re.I)
VERB_FORMS = {"am", "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did"}


def _not_a_bullet(line: str) -> bool:
    words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", line)]
    verbish = any(w.endswith(("ed", "ing")) or w in IRREGULAR_PAST or w in VERB_FORMS for w in words)
    present = len(words) > 1 and words[0].endswith("s") and words[1] in ("the", "a", "an")  # "Leads the…"
    return not verbish and not present and len(words) < 8


def _word(word: str) -> str:
    """A word compared without case, trailing dots or a ".js"-style suffix ("Express.js" ~ "Express")."""
    return word.casefold().strip(".").split(".")[0]


def _named(name: str, text: str) -> bool:
    return bool(re.search(rf"(?<![\w+#]){re.escape(name)}(?![\w+#])", text, re.I))


def _skills_in(advice: str) -> list[str]:
    """Skill names an elsewhere/missing item lists: 'lists A, B and C but' / 'ask for A, B and C ('."""
    found = re.search(r"(?:lists|asks? for)\s+(.+?)(?:\s+but\b|\s+\()", advice)
    if not found:
        return []
    text = re.sub(r"^one of\s+", "", found.group(1))
    return [p.strip() for p in re.split(r",\s*|\s+and\s+|\s+or\s+", text) if p.strip()]


def judge(s: Suggestion, resume: Resume, report: Report, repeats: Counter[str]) -> tuple[str, str]:
    """(verdict, rule) for one suggestion; see ADVICE_JUDGING.md."""
    lines = s.lines or ([s.line] if s.line else [])
    advice = s.advice
    bare = PLACEHOLDER.sub(" ", advice)
    allowed = set(NUMBER.findall(resume.text))
    if resume.total_years:
        allowed.add(str(int(resume.total_years)))
    allowed.update(str(int(y)) for y in [getattr(resume, "stated_years", None) or 0] if y)
    if any(n not in allowed for n in NUMBER.findall(bare)):
        return "wrong", "invented fact"
    low = advice.casefold()
    if ("open with what you did" in low or "open with a verb" in low) and any(
        map(_opens_with_past_verb, lines)
    ):
        return "wrong", "verb on a verb"
    if "make it active" in low and not any(PARTICIPLE.search(_first_clause(ln)) for ln in lines):
        return "wrong", "active called passive"
    bullets = " \n".join(b.text for b in resume.bullets())
    if s.kind == "keyword_missing" and any(_named(n, resume.text) for n in _skills_in(advice)):
        return "wrong", "not missing"
    if s.kind == "keyword_elsewhere":
        if any(_named(n, bullets) for n in _skills_in(advice)):
            return "wrong", "already shown"
        if any(CERT.search(ln) for ln in lines):
            return "wrong", "certificate to a bullet"
    if s.kind in ("rewrite", "polish") and lines and all(_not_a_bullet(ln) for ln in lines):
        return "wrong", "not a bullet"
    if s.kind.startswith("keyword") and any(CLASS_NAME.search(n) for n in _skills_in(advice)):
        return "wrong", "not a skill"
    if s.kind == "keyword_elsewhere" and lines:
        words = {_word(w) for w in re.findall(r"[A-Za-z0-9+#.]+", lines[0])}
        named = _skills_in(advice)
        if named and not any(_word(w) in words for n in named for w in n.split()):
            return "wrong", "not on the line"
    if s.kind == "summary" and (
        MONTH_DATE.search(bare) or re.search(r"@|https?:|www\.|\bpage \d", bare, re.I)
    ):
        return "wrong", "garbled summary"
    checks = (
        ("add the result and its size", RESULT_NUMBER, "number on a number"),
        ("name who benefited", CUSTOMER, "customer on a customer"),
        ("judgement call", TRADEOFF, "judgement on a judgement"),
        ("make the scope explicit", SCOPE, "scope on a scope"),
    )
    for phrase, pattern, rule in checks:
        if phrase in low and lines and all(pattern.search(ln) for ln in lines):
            return "redundant", rule
    if "outcome first" in low and lines and all(OUTCOME.search(ln) and re.search(r"\d", ln) for ln in lines):
        return "redundant", "outcome on an outcome"
    if repeats[advice] > 3:
        return "redundant", "said before"
    if s.kind == "summary" and s.line:
        asked = re.findall(r"\(([^)]+)\)", advice)
        if asked and all(a.casefold().rstrip("+") in s.line.casefold() for a in asked):
            return "redundant", "summary already has it"
    return "correct", ""


def _resumes() -> list[tuple[str, Resume]]:
    from personas import PERSONAS

    from resume_tailor.resume import parse_resume
    from resume_tailor.skills import annotate_skills

    examples = HERE.parent / "examples"
    out = [
        (p.name, annotate_skills(parse_resume(p)))
        for p in [
            examples / "backend-engineer.pdf",
            examples / "data-scientist-two-column.pdf",
            examples / "product-manager.docx",
        ]
    ]
    out += [(f"persona:{k}", v) for k, v in PERSONAS.items()]
    shared = shared_data_dir() / "resumes"
    paths = sorted(shared.glob(SHARED_GLOB))
    if not paths:
        print(f"no shared resumes under {shared} (set RESUME_TAILOR_SHARED)", file=sys.stderr)
    out += [(p.name, annotate_skills(parse_resume(p))) for p in paths]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=0, help="print N judged suggestions to read by eye")
    parser.add_argument("--show", choices=("wrong", "redundant", "generic"), help="list every item so judged")
    args = parser.parse_args(argv)
    profiles = {c: load_profile(c) for c in COMPANIES}
    judged: list[Judged] = []
    top_sizes: list[int] = []
    identical_top = total_top = 0
    resumes = _resumes()
    for name, resume in resumes:
        reports = {c: match(resume, profiles[c]) for c in COMPANIES}
        keys = {c: {(s.line, s.advice) for s in r.suggestions} for c, r in reports.items()}
        everywhere = set.intersection(*keys.values())
        tops = {c: {(s.line, s.advice) for s in r.suggestions if s.top} for c, r in reports.items()}
        for company, report in reports.items():
            repeats = Counter(s.advice for s in report.suggestions)
            top_sizes.append(sum(s.top for s in report.suggestions))
            for key in tops[company]:
                total_top += 1
                identical_top += all(key in t for t in tops.values())
            for s in report.suggestions:
                verdict, rule = judge(s, resume, report, repeats)
                if verdict == "correct" and (s.line, s.advice) in everywhere:
                    verdict, rule = "generic", "same for all four companies"
                judged.append(Judged(name, company, s, verdict, rule))
    counts = Counter(j.verdict for j in judged)
    n = len(judged)
    print(
        f"{n} suggestions over {len(resumes)} resumes x {len(COMPANIES)} companies ({len(top_sizes)} reports)"
    )
    for verdict in ("correct", "redundant", "wrong", "generic"):
        print(f"  {verdict:9} {counts[verdict]:4}  {100 * counts[verdict] / max(1, n):5.1f}%")
    rules = Counter(j.rule for j in judged if j.verdict in ("wrong", "redundant"))
    for rule, k in rules.most_common():
        print(f"    {rule}: {k}")
    print(f"top list per report: max {max(top_sizes)}, median {statistics.median(top_sizes):g}")
    print(
        f"top items identical for all four companies: {identical_top}/{total_top} = "
        f"{100 * identical_top / max(1, total_top):.1f}%"
    )
    print("targets: wrong <= 5%, redundant <= 10%, top <= 10, identical-for-all-four <= 30%")
    if args.show:
        for j in judged:
            if j.verdict == args.show:
                _print(j)
    if args.sample:
        for j in random.Random(13).sample(judged, min(args.sample, n)):
            _print(j)
    return 0


def _print(j: Judged) -> None:
    s = j.suggestion
    print(
        f"\n[{j.verdict}{': ' + j.rule if j.rule else ''}] {j.resume} @ {j.company} ({s.kind}, top={s.top})"
    )
    print(f"  {s.advice}")
    for line in s.lines or ([s.line] if s.line else []):
        print(f"  > {line}")


if __name__ == "__main__":
    raise SystemExit(main())
