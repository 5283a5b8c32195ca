"""Values evidence by meaning: word families in cues, agency and word-sense guards (issue 14, part 4)."""

from __future__ import annotations

import pytest

from resume_tailor import load_profile
from resume_tailor.matching.bullets import read_bullet
from resume_tailor.matching.lexicon import BulletText, compile_cue, evidence_text


def _amazon(text: str) -> set[str]:
    return {h.id for h in read_bullet(text, load_profile("amazon")).values}


def _competencies(text: str) -> set[str]:
    return {h.id for h in read_bullet(text, None).competencies}


def test_a_family_cue_reads_every_way_of_saying_it() -> None:
    cue = compile_cue("<develop> ... <people>")
    for text in ("Taught two manual testers", "Coached new hires", "Mentored three interns"):
        assert cue.matches(BulletText.of(text, quantified=False)), text
    assert not cue.matches(BulletText.of("Trained a ranking model", quantified=False))


def test_regular_expression_syntax_in_a_word_cue_is_an_error() -> None:
    with pytest.raises(ValueError, match="use re:"):
        compile_cue("help ... (the|a) team")
    with pytest.raises(ValueError, match="unknown word family"):
        compile_cue("<no_such_family> ... team")


def test_a_raw_cue_reads_the_circumstance_the_person_adapted_to() -> None:
    bullet = BulletText.of("Redrew the illustrations in two days when the brand changed", quantified=True)
    assert "brand" not in bullet.lower  # circumstances are not the owner's evidence ...
    assert compile_cue(r"raw:\bwhen the \w+ changed\b").matches(bullet)  # ... but adapting to them is


def test_what_others_did_or_learned_is_not_the_owners_evidence() -> None:
    assert evidence_text("Taught two testers to write automated tests") == "Taught two testers zzname"
    assert evidence_text("Reviewed pull requests from the web team learning Swift") == (
        "Reviewed pull requests from the web team zzname"
    )
    assert "mentor" not in evidence_text("Asked my internship mentor for weekly feedback")
    assert "hire_and_develop_the_best" not in _amazon("Asked my internship mentor for weekly feedback")


def test_a_duty_or_membership_shows_no_value() -> None:
    assert _amazon("Participated in quarterly disaster recovery drills.") == set()
    assert _competencies("Member of the leadership development program.") == set()
    assert _competencies("Answered ad-hoc data requests from five departments.") == set()


def test_word_sense_guards() -> None:
    # "disagreed" said of data is not the person pushing back; "what we learned" is not a new skill
    assert "have_backbone_disagree_and_commit" not in _amazon(
        "Dug into why the revenue table disagreed with Stripe and found a date bug."
    )
    assert "learn_and_be_curious" not in _amazon("Redesigned the dashboard from what we learned in tests.")
    # "hiring a contractor" is not hiring and developing the best; "new hires" as readers is not hiring
    assert "hire_and_develop_the_best" not in _amazon("Covered the on-call gap by hiring a contractor.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Knocked 40% off our Postgres bill by archiving cold rows.", "frugality"),
        ("Helped the mobile team debug their sync issues even though it wasn't our service.", "ownership"),
        ("Replaced a 14-step manual month-end export with one scheduled job.", "invent_and_simplify"),
        ("Chose to delay the migration so the year-end close would not be at risk.", "are_right_a_lot"),
        ("Flagged to my manager that on-call was burning people out.", "strive_to_be_earths_best_employer"),
    ],
)
def test_paraphrases_show_the_value(text: str, expected: str) -> None:
    assert expected in _amazon(text)


def test_paraphrases_show_the_competency() -> None:
    assert "influence" in _competencies("Proposed webhooks and got sign-off from the four teams.")
    assert "leadership" in _competencies("Built a 9-person data platform team from scratch.")
    assert "cross_functional" in _competencies("Escalated a data-residency concern to legal and product.")
