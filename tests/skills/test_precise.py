"""The precise mode: a context model (trained on SkillSpan train) drops incidental mentions."""

from __future__ import annotations

from resume_tailor import extract_skills
from resume_tailor.skills.context_model import load_context_model, sentence_bounds
from resume_tailor.skills.extract import Extractor
from resume_tailor.skills.matcher import build_matchers
from resume_tailor.skills.taxonomy import taxonomy_from_dict
from resume_tailor.skills.tokens import tokenize


def names(text: str, **kw: bool) -> list[str]:
    return [m.name for m in extract_skills(text, **kw)]


def test_the_bundled_context_model_loads() -> None:
    model = load_context_model()
    assert model is not None
    assert 0.0 < model.threshold < 1.0
    assert len(model.weights) > 100


def test_requirements_keep_their_skills() -> None:
    assert names("You have solid experience with Docker and Kubernetes.") == ["Docker", "Kubernetes"]


def test_job_titles_and_perks_are_not_skills_in_precise_mode() -> None:
    assert names("We offer personal development and a great culture.") == []
    assert names("Senior Backend Engineer") == []


def test_skills_lists_are_never_filtered() -> None:
    text = "Skills: Java, Docker, Kubernetes, Terraform"
    assert names(text) == names(text, precise=False) == ["Java", "Docker", "Kubernetes", "Terraform"]
    assert names("Java, Docker", listed=True) == ["Java", "Docker"]


def test_unknown_items_of_a_skills_list_are_kept_with_their_own_name() -> None:
    mentions = extract_skills("Tools: Python, Xyzzyplot, Docker")
    assert [m.name for m in mentions] == ["Python", "Xyzzyplot", "Docker"]
    assert mentions[1].category == "tool"


def test_without_a_model_precise_mode_adds_nothing_unjudged() -> None:
    tax = taxonomy_from_dict(
        {
            "skills": [
                {"name": "Python", "category": "programming_language"},
                {"name": "testing", "category": "methodology"},
            ],
            "ambiguous": ["testing"],
        }
    )
    ex = Extractor(build_matchers(tax, context=False))
    text = "We like testing, Python and Foo."
    assert [m.name for m in ex.extract(text, precise=True)] == [
        m.name for m in ex.extract(text, precise=False)
    ]


def test_sentence_bounds_break_at_punctuation_and_lines() -> None:
    text = "One two. Three\nfour"
    ids = sentence_bounds(tokenize(text), text)
    assert ids == [0, 0, 0, 1, 2]


POSTING_LINES = [
    "We are a fintech scale-up building payments on AWS, Kafka and PostgreSQL.",
    "You have 3+ years of experience with Python or Go and know Docker, Kubernetes and Terraform.",
    "Nice to have: React or other modern web frameworks; knowledge of GDPR and CQRS.",
    # a run-on sentence longer than the model's window, as scraped postings often are
    " ".join(["Our teams use Java Spring Kafka and MySQL to serve millions of customers"] * 12),
    "Core technologies used in the application:\nPHP 7 React jQuery MySQL Docker RabbitMQ AWS",
]


def test_the_fast_scoring_path_gives_each_mention_the_probability_of_its_full_features() -> None:
    """The extractor sums a sentence's word and pair weights once; that must equal scoring every
    mention on its full feature list. Thresholds just under and over each mention's full-feature
    probability must keep and drop exactly that mention."""
    from dataclasses import replace

    from resume_tailor.skills.cache import get_matchers

    compiled = get_matchers()
    model = compiled.context
    assert model is not None
    everything = Extractor(replace(compiled, context=replace(model, threshold=0.0)), training=True)
    checked = 0
    for text in POSTING_LINES:
        for mention, feats in everything.scored(text):
            if not feats:
                continue  # a skills line: never judged
            p = model.probability(feats)
            for threshold, kept in ((p - 1e-9, True), (p + 1e-9, False)):
                fast = Extractor(replace(compiled, context=replace(model, threshold=threshold)))
                spans = {(m.start, m.end) for m in fast.extract(text)}
                assert ((mention.start, mention.end) in spans) is kept, (text, mention.text, threshold)
            checked += 1
    assert checked >= 20


def test_sentence_shape_holds_word_pairs_and_the_closing_mark() -> None:
    from resume_tailor.skills.context_model import sentence_shape

    lowered = ["experience", "with", "docker", ":"]
    shape = set(sentence_shape(lowered, 0, 3))
    assert {"b=<s>_experience", "b=experience_with", "b=docker_:", "b=:_</s>"} <= shape
    assert {"first=experience", "end=:"} <= shape
    assert "end=word" in sentence_shape(["we", "offer", "lunch"], 0, 2)
