"""Nothing in the interview prep is absent from the resume, the company profile or the posting.

Checked on the bundled example resumes, for every company, with and without the example posting:
- every quoted span (“...”) is verbatim in the resume, the posting or the profile;
- every number is in the resume, the posting, the profile or the product's own guide text (or is
  the pitch's own timing, a weight or the years figure);
- no skill is named that the resume, the posting and the profile's prose never name (the role
  family's aggregated demand, e.g. robotics or a certification, is not a source);
- every word of the pitch is the resume's, or one of the pitch template's own words.
"""

from __future__ import annotations

import math
import re
from functools import cache
from importlib import resources
from pathlib import Path

import pytest

from resume_tailor.api import tailor
from resume_tailor.models import CompanyProfile, InterviewPrep, Report
from resume_tailor.prep import prepare_interview
from resume_tailor.prep.document import prep_to_dict

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
POSTING = EXAMPLES / "posting-payments-engineer.txt"
COMPANIES = ("amazon", "google", "meta", "netflix")
QUOTE = re.compile(r"“([^”]+)”")
NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*")
PITCH_WORDS = set(
    re.findall(
        r"[\w']+",
        "i'm a an at with years of experience in one line most recently i also before that was and "
        "started as earlier hold from outside my job what want next work have",
    )
)


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def _strings(data: object) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for v in data.values() for s in _strings(v)]
    if isinstance(data, list):
        return [s for v in data for s in _strings(v)]
    return []


def _profile_prose(profile: CompanyProfile) -> str:
    parts = [profile.name, *profile.questions_to_ask, *profile.resume_conventions]
    for v in (*profile.values, *profile.principles):
        parts += [v.name, v.summary, *v.questions, *v.resume_tips, *v.signals]
    process = profile.interview
    parts += [process.format, *process.rounds, *process.assessed, *process.tips]
    if profile.value_weights:
        source = profile.value_weights.source
        parts += [source.note or "", source.url, source.retrieved]
    return "\n".join(parts)


@cache
def _guide_text() -> str:
    files = resources.files("resume_tailor.prep").joinpath("data")
    return "\n".join(files.joinpath(n).read_text("utf-8") for n in ("interview_guide.json", "systems.json"))


@cache
def _report(resume: str, company: str, job: bool) -> Report:
    return tailor(EXAMPLES / resume, company, job=POSTING if job else None)


def _check(report: Report, prep: InterviewPrep) -> None:
    data = prep_to_dict(prep)
    texts = _strings(data)
    resume = _norm(report.resume.text)
    posting = _norm(POSTING.read_text("utf-8")) if report.posting else ""
    profile = _norm(_profile_prose(report.company))
    sources = "\n".join((resume, posting, profile))
    for text in texts:
        for quoted in QUOTE.findall(text):
            assert _norm(quoted) in sources, f"quoted but not in the resume, posting or profile: {quoted!r}"
    numbers = set(NUMBER.findall(sources + _guide_text()))
    numbers |= {str(prep.pitch.seconds) if prep.pitch else "0", "60", "90"}
    if report.resume.years_of_experience() is not None:
        years = report.resume.years_of_experience() or 0
        numbers |= {str(math.floor(years)), str(math.floor(report.resume.total_years or 0))}
    numbers |= {f"{w:g}" for w in (p.weight for p in prep.story_plan.stories)} | {
        str(len(prep.story_plan.stories))
    }
    numbers |= {f"{o.weight:g}" for o in prep.story_plan.open} | {f"{t.weight:g}" for t in prep.topics}
    for text in texts:
        for number in NUMBER.findall(text):
            assert number in numbers, f"number {number} is not from the resume, posting or profile: {text}"
    everything = "\n".join(texts)
    allowed = sources + "\n" + _guide_text()  # the guide's own concept words are not claims about the person
    asked = {s for r in (report.posting.requirements if report.posting else []) for s in r.skills}
    demand = {d.skill for f in report.company.role_families for d in f.skills}
    for skill in demand | asked:
        flags = 0 if skill.isupper() else re.IGNORECASE  # "LESS" the stylesheet language is not "less"
        pattern = re.compile(rf"(?<![\w/]){re.escape(skill)}(?![\w/])", flags)
        if pattern.search(everything):
            assert (
                skill in asked
                or pattern.search(allowed)
                or any(s.name.casefold() == skill.casefold() for s in report.resume.skills)
            ), f"skill {skill!r} named in the prep but not in the resume, posting or profile"
    if prep.pitch is not None:
        own = {w.strip(".,;:") for w in re.findall(r"[\w'’+#.$%-]+", resume.casefold())} | numbers
        for word in re.findall(r"[\w'’+#.$%-]+", prep.pitch.text.casefold()):
            word = word.strip(".,")
            assert not word or word in own or word in PITCH_WORDS or word.rstrip(".,;:") in own, (
                f"pitch word {word!r} is not from the resume"
            )


@pytest.mark.slow
@pytest.mark.parametrize("company", COMPANIES)
@pytest.mark.parametrize(
    "resume", ["backend-engineer.pdf", "data-scientist-two-column.pdf", "product-manager.docx"]
)
def test_prep_asserts_nothing_absent_from_resume_profile_or_posting(resume: str, company: str) -> None:
    for job in (False, True):
        report = _report(resume, company, job)
        _check(report, prepare_interview(report))


@pytest.mark.parametrize(
    "invented",
    [
        " I cut costs by 37% last year.",  # a number
        " I also led the Robotics team.",  # a skill from the role family's demand, not the resume
        " I was promoted to Director.",  # a word the resume never uses
    ],
)
def test_the_checker_catches_an_invented_fact(invented: str) -> None:
    report = _report("backend-engineer.pdf", "amazon", False)
    prep = prepare_interview(report)
    _check(report, prep)
    assert prep.pitch is not None
    prep.pitch.text += invented
    with pytest.raises(AssertionError):
        _check(report, prep)
