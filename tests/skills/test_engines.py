"""The dict index and spaCy's PhraseMatcher (the optional ``[spacy]`` extra) give the same matches."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from resume_tailor.cli import app
from resume_tailor.errors import ConfigError
from resume_tailor.skills import cache
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
    pytest.importorskip("spacy")  # an optional extra: pip install 'resume-tailor[spacy]'
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


def test_the_spacy_engine_without_spacy_is_a_clear_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RESUME_TAILOR_SKILLS_ENGINE", "spacy")
    monkeypatch.setattr(cache, "_spacy_installed", lambda: False)
    with pytest.raises(ConfigError, match=r"pip install 'resume-tailor\[spacy\]'"):
        cache.engine_name()
    cache.clear()
    try:
        result = CliRunner().invoke(app, ["skills", "--text", "Go and Python", "--json"])
    finally:
        cache.clear()
    assert result.exit_code == ConfigError.exit_code
    assert "resume-tailor[spacy]" in result.output
    assert "Traceback" not in result.output


def test_the_default_engine_needs_no_spacy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RESUME_TAILOR_SKILLS_ENGINE", raising=False)
    monkeypatch.setattr(cache, "_spacy_installed", lambda: False)
    assert cache.engine_name() == "index"
