"""Every stage of the extractor is linear in its input (issue 15: ``"Go " * 33000`` took 10 s).

Times belong in ``benchmarks/skills_speed.py`` (it prints the run-on case, old engine against new);
here the inputs are built on the fly and the work is counted: how often the context window takes a
token in, how often a name is judged. The fast scoring path is also checked against the spelled
one (features as strings) on sentences far longer than the model's window.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resume_tailor.skills import extract_skills
from resume_tailor.skills.acceptance import ContextRules
from resume_tailor.skills.cache import get_extractor
from resume_tailor.skills.context_model import SENTENCE_WINDOW
from resume_tailor.skills.scoring import SlidingWindow
from resume_tailor.skills.thresholds import PEER_REACH
from resume_tailor.skills.work import Tokens


def test_go_33000_times_is_33000_mentions_of_go() -> None:
    text = "Go " * 33000
    mentions = extract_skills(text)
    assert len(mentions) == 33000
    assert {(m.name, m.text, m.category) for m in mentions} == {("Go", "Go", "programming_language")}
    assert [m.start for m in mentions[:3]] == [0, 3, 6] and mentions[-1].end == len(text) - 1


def _count_calls(monkeypatch: pytest.MonkeyPatch, owner: type, name: str) -> list[int]:
    calls = [0]
    original = getattr(owner, name)

    def counted(*args: object, **kwargs: object) -> object:
        calls[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


RUN_ON = "We use Python, Go and Rust with Kubernetes and Terraform " * 500  # one sentence: no full stop


@pytest.mark.parametrize("text", ["Go " * 5000, RUN_ON])
def test_the_window_of_a_run_on_sentence_takes_each_token_in_once(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    entered = _count_calls(monkeypatch, SlidingWindow, "_enter")
    assert extract_skills(text)
    assert 0 < entered[0] <= len(Tokens.of(text).matched)


def test_a_chain_of_names_is_judged_a_bounded_number_of_times(monkeypatch: pytest.MonkeyPatch) -> None:
    # each "go" becomes context for the one before it, one at a time from the right: a name is judged
    # again only when a peer appears within PEER_REACH tokens of it (no rescan of all rejected names)
    judged = _count_calls(monkeypatch, ContextRules, "accepts")
    names = 2000
    mentions = extract_skills("go " * names + "kubernetes", precise=False)
    assert len(mentions) == names + 1
    assert judged[0] <= (2 * PEER_REACH + 2) * names


WORDS = [
    "Python", "Go", "Java", "Kubernetes", "SQL", "and", "with", "the", "team", "experience", "in",
    "we", "build", "services", "using", "Docker", "scale", "data", "C", "Spark", "or", "other",
]  # fmt: skip


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=2 * SENTENCE_WINDOW + 10, max_size=4 * SENTENCE_WINDOW))
def test_fast_and_spelled_scoring_agree_on_sentences_longer_than_the_window(words: list[str]) -> None:
    text = " ".join(words)
    extractor = get_extractor()
    fast = [(m.name, m.start, m.end) for m in extractor.extract(text)]
    spelled = [(m.name, m.start, m.end) for m, _ in extractor.scored(text)]
    assert fast == spelled
