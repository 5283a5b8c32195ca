"""Suggestions never invent a fact: every number, capitalised name and skill they mention comes
from the resume (or is a placeholder, a company value, or a posting keyword offered "only if true")."""

from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import cache

import pytest
from personas import KNOWN_SKILLS, PERSONAS, POSTINGS, example_resumes

from resume_tailor import load_profile, match
from resume_tailor.models import Bullet, CompanyProfile, JobPosting, Report, Resume

COMPANIES = ("amazon", "google", "meta", "netflix")
PLACEHOLDER = re.compile(r"\[[^\]]*\]")
NUMBER = re.compile(r"(?<![A-Za-z\d])\d+(?:[.,]\d+)*(?![A-Za-z\d])")


def _words(text: str) -> set[str]:
    words = re.findall(r"[A-Za-z][A-Za-z0-9+#.'’/-]*", text) + re.findall(r"[A-Za-z][A-Za-z0-9+#'’-]*", text)
    return {re.sub(r"['’]s$", "", w.casefold().strip(".")) for w in words} | {w.casefold() for w in words}


def _capitalised_inside_sentences(text: str) -> list[str]:
    """Capitalised words that do not start a sentence, a clause after a colon/dash, or a quote."""
    found = []
    for sentence in re.split(r'(?<=[.!?:;—("])\s*|\s+—\s+|"', text):
        words = re.findall(r"[A-Za-z][A-Za-z0-9+#.'’/-]*", sentence)
        found += [w.rstrip(".") for w in words[1:] if w[0].isupper()]
    return found


def _allowed(
    resume: Resume, profile: CompanyProfile, posting: JobPosting | None, *, keyword: bool, why: bool
) -> set[str]:
    allowed = _words(resume.text) | {w for s in resume.skills for w in _words(s.name)}
    allowed |= _words(profile.name) | {w for v in profile.values for w in _words(v.name)}
    if why:  # the reason may quote the company's own conventions and value descriptions
        for v in profile.values:
            allowed |= _words(" ".join([v.summary, *v.resume_tips]))
        allowed |= _words(" ".join(profile.resume_conventions))
    if keyword:
        names = [s for r in (posting.requirements if posting else []) for s in r.skills]
        names += [d.skill for f in profile.role_families for d in f.skills]
        allowed |= {w for n in names for w in _words(n)}
    return allowed


def _numbers_allowed(resume: Resume, profile: CompanyProfile, why: bool) -> set[str]:
    allowed = set(NUMBER.findall(resume.text))
    if resume.total_years:
        allowed.add(str(math.floor(resume.total_years)))
    if why:
        profile_text = [
            *profile.resume_conventions,
            *(t for v in profile.values for t in [v.summary, *v.resume_tips]),
        ]
        allowed |= set(NUMBER.findall(" ".join(profile_text)))
    return allowed


@cache
def _skill_pattern(skill: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w/]){re.escape(skill)}(?![\w/])")


def _check(report: Report) -> None:
    resume, profile, posting = report.resume, report.company, report.posting
    texts = [(s.kind, s.advice, False) for s in report.suggestions] + [
        (s.kind, s.why, True) for s in report.suggestions
    ]
    if report.summary_line:
        texts.append(("summary", report.summary_line, False))
    skill_names = set(KNOWN_SKILLS) | {s for r in (posting.requirements if posting else []) for s in r.skills}
    resume_words = _words(resume.text) | {w for s in resume.skills for w in _words(s.name)}
    for kind, text, why in texts:
        bare = PLACEHOLDER.sub(" ", text)
        keyword = kind == "keyword_missing"
        allowed = _allowed(resume, profile, posting, keyword=keyword, why=why)
        for word in _capitalised_inside_sentences(bare):
            bare_word = re.sub(r"['’]s$", "", word.casefold())
            assert bare_word in allowed, f"{kind}: {word!r} is not from the resume: {text}"
        numbers = _numbers_allowed(resume, profile, why)
        for number in NUMBER.findall(bare):
            assert number in numbers, f"{kind}: number {number} is not from the resume: {text}"
        for skill in skill_names:
            if _skill_pattern(skill).search(bare):
                in_resume = all(w in resume_words for w in _words(skill))
                assert in_resume or (keyword and "only if true" in text), f"{kind}: skill {skill}: {text}"
    for s in report.suggestions:
        if s.line is not None:
            assert (
                " ".join(s.line.split()) in " ".join(resume.text.split())  # a quote may span printed lines
                or s.line in {b.text for b in resume.bullets()}
                or any(s.line in sk.evidence for sk in resume.skills)
            ), f"line not quoted verbatim: {s.line!r}"


@pytest.mark.parametrize("company", COMPANIES)
def test_persona_suggestions_assert_nothing_absent_from_the_resume(company: str) -> None:
    profile = load_profile(company)
    for resume in PERSONAS.values():
        for posting in (None, *POSTINGS.values()):
            report = match(resume, profile, posting)
            assert report.suggestions, "every persona gets suggestions"
            _check(report)


@pytest.mark.parametrize("company", COMPANIES)
def test_example_resume_suggestions_assert_nothing_absent_from_the_resume(company: str) -> None:
    profile = load_profile(company)
    resumes = example_resumes()
    assert len(resumes) >= 3
    for resume in resumes:
        for posting in (None, POSTINGS["backend"], POSTINGS["pm"]):
            _check(match(resume, profile, posting))


def test_missing_keywords_are_offered_only_if_true() -> None:
    report = match(PERSONAS["frontend"], load_profile("amazon"), POSTINGS["backend"])
    missing = [s for s in report.suggestions if s.kind == "keyword_missing"]
    assert all(name in missing[0].advice for name in ("Go", "Kubernetes", "PostgreSQL"))
    assert "(must-have)" in missing[0].advice
    assert all("only if true" in s.advice for s in missing)


def test_skills_only_listed_are_pointed_to_where_they_are_shown() -> None:
    resume = PERSONAS["backend"]
    report = match(resume, load_profile("amazon"), POSTINGS["backend"])
    elsewhere = [s for s in report.suggestions if s.kind == "keyword_elsewhere"]
    assert elsewhere == []  # every asked skill is shown in a bullet
    listed = PERSONAS["pm"]
    report = match(listed, load_profile("amazon"), POSTINGS["pm"])
    elsewhere = [s for s in report.suggestions if s.kind == "keyword_elsewhere"]
    assert len({s.line for s in elsewhere}) == len(elsewhere)  # one item per line
    figma = next(s for s in elsewhere if "Figma" in s.advice)
    assert figma.line == "Jira, SQL, Tableau, Figma"


def test_company_angle_changes_the_advice() -> None:
    backend = PERSONAS["backend"]
    resume = replace(
        backend,
        experience=[
            replace(
                backend.experience[0],
                bullets=[
                    *backend.experience[0].bullets,
                    Bullet("Worked on the payments API with the platform team."),
                ],
            )
        ],
    )
    advice = {
        c: {s.advice for s in match(resume, load_profile(c)).suggestions if s.kind == "rewrite"}
        for c in COMPANIES
    }
    assert any("name who benefited" in a for a in advice["amazon"])
    assert any("judgement call" in a for a in advice["netflix"])
    assert any("as measured by" in a for a in advice["google"])
    assert any("scope explicit" in a for a in advice["meta"])


def test_summary_line_uses_only_resume_facts() -> None:
    report = match(PERSONAS["data"], load_profile("google"), POSTINGS["data"])
    assert report.summary_line == (
        "Data Scientist with 5+ years of experience and hands-on work in Python, PyTorch and SQL."
    )
