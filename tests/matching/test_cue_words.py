"""A citation's reason quotes the bullet's own words, never a cue's pattern."""

from __future__ import annotations

import re

import pytest

from resume_tailor.companies import load_profile
from resume_tailor.matching.bullets import read_bullet
from resume_tailor.matching.cue_words import words_behind
from resume_tailor.matching.scoring import competency_assessments, value_assessments

BULLETS = [
    "Cut the monthly AWS bill from $40,000 to $26,000 by moving batch jobs to spot instances.",
    "Mentored 4 junior engineers; two were promoted within a year.",
    "Partnered with legal, finance and support to ship refunds in three weeks instead of a quarter.",
    "Traded scope for a phased rollout and caught two defects before the full release.",
]


def test_a_pattern_cue_is_shown_as_the_words_it_matched() -> None:
    cue = r"\bfrom \$?\d[\d.,]*\s*\w* to \$?\d +num"
    assert words_behind("Reduced p99 latency from 850 ms to 210 ms", (cue,)) == ['"from 850 ms to 210"']
    assert words_behind("Mentored two interns", ("<develop> ... <people>",)) == []
    assert words_behind("Helped", ('"helped"',)) == ['"helped"']


@pytest.mark.parametrize("company", ["amazon", "google", "meta", "netflix"])
def test_every_values_reason_quotes_words_of_its_bullet(company: str) -> None:
    profile = load_profile(company)
    read = [read_bullet(b, profile) for b in BULLETS]
    assessments = value_assessments(profile, read) + competency_assessments(read)
    evidence = [e for a in assessments for e in a.evidence]
    assert evidence
    for found in evidence:
        assert "\\" not in found.reason and "<" not in found.reason and "+num" not in found.reason
        for quoted in re.findall(r'"([^"]+)"', found.reason):
            assert quoted.lower() in found.text.lower()
