"""The optional spaCy engine: the taxonomy in spaCy's ``PhraseMatcher(attr="LOWER")``.

Installed with ``pip install 'resume-tailor[spacy]'`` and chosen with
``RESUME_TAILOR_SKILLS_ENGINE=spacy``; it finds the same matches as the default phrase index
(``tests/skills/test_engines.py``) but its cached matchers take seconds to load where the index takes
tens of milliseconds (``benchmarks/skills_speed.py --engines``). See the README's skills section.
"""

from __future__ import annotations

from typing import Any

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

BATCH = 1000  # patterns added to the PhraseMatcher per call


class SpacyPhraseMatcher:
    """The same interface on spaCy's ``PhraseMatcher(attr="LOWER")`` (blank English vocab)."""

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab
        self.matcher = PhraseMatcher(vocab, attr="LOWER")
        self.size = 0

    def add_batch(self, batch: list[tuple[str, list[str]]]) -> None:
        """Add ``(label, words)`` patterns."""
        grouped: dict[str, list[Any]] = {}
        for label, words in batch:
            grouped.setdefault(label, []).append(Doc(self.vocab, words=words))
        for label, docs in grouped.items():
            self.matcher.add(label, docs)
        self.size += len(batch)

    def __len__(self) -> int:
        return self.size

    def __call__(self, lower: list[str]) -> list[tuple[str, int, int]]:
        """``(label, start, end)`` token spans of every pattern in the lower-cased words ``lower``."""
        doc = Doc(self.vocab, words=lower)
        strings = self.vocab.strings
        return [(strings[m], s, e) for m, s, e in self.matcher(doc)]


def spacy_matchers(
    main_plan: list[tuple[str, list[str]]], ambiguous_plan: list[tuple[str, list[str]]]
) -> tuple[SpacyPhraseMatcher, SpacyPhraseMatcher]:
    """The main and the ambiguous matcher over one blank English vocab."""
    vocab = spacy.blank("en").vocab
    main, ambiguous = SpacyPhraseMatcher(vocab), SpacyPhraseMatcher(vocab)
    for matcher, plan in ((main, main_plan), (ambiguous, ambiguous_plan)):
        for i in range(0, len(plan), BATCH):
            matcher.add_batch(plan[i : i + BATCH])
    return main, ambiguous
