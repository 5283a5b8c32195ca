"""The dict index and spaCy's PhraseMatcher give the same matches."""

from __future__ import annotations

from resume_tailor.skills.extract import Extractor
from resume_tailor.skills.matcher import build_matchers
from resume_tailor.skills.taxonomy import taxonomy_from_dict

SMALL = {
    "skills": [
        {"name": "C++", "category": "programming_language", "aliases": ["cpp"]},
        {"name": "Go", "category": "programming_language", "aliases": ["Golang"]},
        {"name": "Machine learning", "category": "domain", "aliases": ["ML", "machine-learning"]},
        {"name": "Apache Spark", "category": "framework", "aliases": ["Spark", "PySpark"]},
        {"name": "Spark Streaming", "category": "framework"},
        {"name": "Python", "category": "programming_language"},
    ],
    "ambiguous": ["go", "spark"],
}

TEXTS = [
    "Golang, C++ and Python; Spark Streaming jobs; ML and machine learning",
    "let it go; a spark; Skills: Go, Spark",
    "cpp/Python/Go",
]


def test_spacy_phrase_matcher_and_index_agree() -> None:
    tax = taxonomy_from_dict(SMALL)
    index = Extractor(build_matchers(tax, "index"))
    spacy_engine = Extractor(build_matchers(tax, "spacy"))
    for text in TEXTS:
        a = [(m.name, m.start, m.end) for m in index.extract(text)]
        b = [(m.name, m.start, m.end) for m in spacy_engine.extract(text)]
        assert a == b
        assert a  # each text has skills


def test_small_taxonomy_respects_ambiguity() -> None:
    ex = Extractor(build_matchers(taxonomy_from_dict(SMALL)))
    assert [m.name for m in ex.extract("let it go; a spark of hope")] == []
    assert [m.name for m in ex.extract("Skills: Go, Spark")] == ["Go", "Apache Spark"]
