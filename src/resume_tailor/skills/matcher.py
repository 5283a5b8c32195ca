"""Compile the taxonomy into phrase matchers (done once, then cached by ``cache.py``).

Two matchers run over the lower-cased tokens of ``tokens.py`` (the same tokenizer compiles the
patterns, so ``C++``, ``.NET`` and ``CI/CD`` line up):

* ``main``: every surface form that is safe to accept anywhere;
* ``ambiguous``: forms that are also ordinary words or letters (C, R, Go, Spark, Excel, "testing"...)
  and one- or two-letter acronyms (ML, CI). The extractor accepts these only with technical context
  or with their exact capitalisation (see ``extract.py``).

Two engines give the same matches (``PhraseMatcher(attr="LOWER")`` semantics: every phrase
occurrence, overlaps included):

* :class:`PhraseIndex` (default): a dict from the lower-cased phrase to its label. It unpickles in
  tens of milliseconds, where spaCy's PhraseMatcher re-adds every pattern on unpickle (measured 1.5 s
  for our ~90k forms, against a 150 ms budget), and it needs no spaCy import at all. A
  :class:`PairFilter` of the first two words of its multi-word phrases spares most look-ups;
* ``SpacyPhraseMatcher`` (:mod:`resume_tailor.skills.spacy_engine`, the optional ``[spacy]`` extra):
  spaCy ``blank("en")`` vocab + ``PhraseMatcher(attr="LOWER")``; selected with
  ``RESUME_TAILOR_SKILLS_ENGINE=spacy``.
"""

from __future__ import annotations

import operator
import zlib
from dataclasses import dataclass, field
from itertools import compress, pairwise, repeat
from typing import Any

from resume_tailor.skills.context_model import ContextModel, load_context_model
from resume_tailor.skills.taxonomy import Taxonomy
from resume_tailor.skills.tokens import match_words, surface_key

MATCHER_FORMAT = 11
# Words that are never a skill on their own, whatever a source says ("IT" aside, which is caps-only).
FUNCTION_WORDS = frozenset(
    {
        "it", "etc", "a", "an", "the", "and", "or", "of", "in", "on", "to", "for", "be", "is", "are", "was",
        "we", "you", "our", "your", "as", "at", "by", "up", "go", "do", "can", "may", "will", "all", "any",
        "one", "two", "new", "more", "most", "other", "such", "very", "well", "also", "just", "plan",
        "current", "fast", "advantage", "fields", "service", "services", "work", "working", "help", "need",
    }
)  # fmt: skip  # bump when the compiled layout changes (part of the cache key)


@dataclass
class AmbiguousForm:
    """What the extractor needs to judge a match of an ambiguous surface form."""

    name: str  # canonical skill
    exact: tuple[str, ...]  # the forms as written in the taxonomy (matched words joined by spaces)
    exact_only: bool  # short acronyms: accept on exact case, never lower-case
    hard: bool = True  # a name that is also a word (Go, Spark) or a letter: context is required, always


@dataclass
class CompiledMatchers:
    """The compiled matchers plus the per-skill facts the extractor needs (all picklable)."""

    main: Any  # PhraseIndex | SpacyPhraseMatcher
    ambiguous: Any  # PhraseIndex | SpacyPhraseMatcher
    info: dict[str, tuple[str, bool]]  # canonical name -> (category, soft)
    ambiguous_forms: dict[str, AmbiguousForm]  # surface key -> form facts
    allow: frozenset[str] = field(default_factory=frozenset)  # ambiguous keys accepted without context
    context: ContextModel | None = None  # filters incidental mentions (see context_model.py)

    def find(self, lower: list[str]) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
        """Matches of the main and of the ambiguous matcher in the lower-cased words ``lower``.

        Two phrase indexes hash the text's word pairs once between them.
        """
        if isinstance(self.main, PhraseIndex) and isinstance(self.ambiguous, PhraseIndex):
            hashes = pair_hashes(lower)
            return self.main(lower, hashes), self.ambiguous(lower, hashes)
        return self.main(lower), self.ambiguous(lower)


def is_short_acronym(words: list[str]) -> bool:
    """``ML``, ``CI``, ``C#``-like forms of at most two letters written in capitals."""
    joined = "".join(words)
    letters = [c for c in joined if c.isalpha()]
    return len(words) == 1 and 0 < len(letters) <= 2 and all(c.isupper() for c in letters)


def plan_patterns(
    tax: Taxonomy,
) -> tuple[list[tuple[str, list[str]]], list[tuple[str, list[str]]], dict[str, Any]]:
    """Split every surface form into the main or the ambiguous matcher (pure, no spaCy)."""
    learned = tax.learned or {}
    blocked = set(learned.get("block", ()))
    allow = set(learned.get("allow", ()))
    hard_keys = tax.ambiguous_hard
    main: list[tuple[str, list[str]]] = []
    amb: list[tuple[str, list[str]]] = []
    forms: dict[str, dict[str, Any]] = {}
    seen: set[str] = set()
    # a curated skill's own name before any alias: "TensorFlow" is TensorFlow, never an alias that
    # another skill's source lists ("tensorflow" under Computer vision)
    entries = [(info.name, info.name) for info in tax.skills.values() if "curated" in info.sources]
    entries += [(info.name, form) for info in tax.skills.values() for form in (info.name, *info.aliases)]
    for name, form in entries:
        if name not in tax.skills:
            continue
        words = match_words(form)
        key = surface_key(form)
        if not words:
            continue
        short = is_short_acronym(words) or key in tax.case_sensitive
        # single letters always need context; forms learned to be mostly incidental in postings too
        context = key in tax.ambiguous or len(key) == 1 or key in blocked
        if context or short:
            hard = key in hard_keys or len(key) == 1 or short or key in FUNCTION_WORDS
            rec = forms.setdefault(
                key, {"name": name, "exact": [], "exact_only": short and not context, "hard": hard}
            )
            if rec["name"] != name:
                continue
            rec["exact"].append(" ".join(words))
            if key not in seen:
                amb.append((key, words))
        elif key not in seen:
            main.append((name, words))
        seen.add(key)
    return main, amb, {"forms": forms, "allow": allow}


class PairFilter:
    """Word pairs ("machine learning") in a table that may wrongly claim a pair: a one-hash Bloom filter.

    Every pair added is claimed; of the others, about one in twelve is claimed too (42k pairs in
    2**19 buckets), which only costs the look-ups the filter would have spared. The table is one
    ``bytearray`` with a byte per bucket, so it unpickles as a plain copy (a set of the same 42k
    strings would add ~6 ms to every cached load), and :meth:`positions` can test every pair of a
    text with C-level ``map`` calls. CRC-32 rather than ``hash()`` (salted per process) keeps the
    buckets valid in another process.
    """

    def __init__(self, buckets: int = 1 << 19) -> None:
        self.mask = buckets - 1  # buckets: a power of two
        self.table = bytearray(buckets)

    def add(self, pair: str) -> None:
        """Remember ``pair`` (two words joined by one space)."""
        self.table[zlib.crc32(pair.encode("utf-8", "surrogatepass")) & self.mask] = 1

    def may_contain(self, pair: str) -> bool:
        """False if ``pair`` was certainly never added."""
        return bool(self.table[zlib.crc32(pair.encode("utf-8", "surrogatepass")) & self.mask])

    def positions(self, words: list[str], hashes: list[int] | None = None) -> list[int]:
        """Indexes ``i`` where the pair ``words[i] words[i + 1]`` may have been added.

        The same test as :meth:`may_contain` for every pair, done without a Python-level loop.
        ``hashes``: :func:`pair_hashes` of ``words``, when another filter needs them too.
        """
        if hashes is None:
            hashes = pair_hashes(words)
        buckets = map(operator.and_, hashes, repeat(self.mask))
        return list(compress(range(len(words) - 1), map(self.table.__getitem__, buckets)))


def pair_hashes(words: list[str]) -> list[int]:
    """CRC-32 of every pair ``words[i] words[i + 1]``, as :class:`PairFilter` buckets them."""
    pairs = map(" ".join, pairwise(words))
    return list(map(zlib.crc32, map(str.encode, pairs, repeat("utf-8"), repeat("surrogatepass"))))


class PhraseIndex:
    """Exact phrase lookup over lower-cased tokens (all occurrences, overlapping ones included)."""

    def __init__(self, pair_buckets: int = 1 << 19) -> None:
        self.phrases: dict[str, str] = {}
        self.lengths: dict[str, tuple[int, ...]] = {}  # first word -> the word counts of its phrases
        self.starts = PairFilter(pair_buckets)  # the first two words of every phrase of two words or more

    @classmethod
    def for_patterns(cls, patterns: list[tuple[str, list[str]]]) -> PhraseIndex:
        """An empty index, its pair filter sized for ``patterns`` (12-24 buckets a pair: <= 8% false hits)."""
        pairs = {(words[0].lower(), words[1].lower()) for _, words in patterns if len(words) >= 2}
        return cls(pair_buckets=1 << max(8, (12 * len(pairs)).bit_length()))

    def add(self, label: str, words: list[str]) -> None:
        """Register one pattern (its tokens) under ``label``."""
        lower = [w.lower() for w in words]
        self.phrases.setdefault(" ".join(lower), label)
        known = set(self.lengths.get(lower[0], ()))
        known.add(len(lower))
        self.lengths[lower[0]] = tuple(sorted(known))
        if len(lower) >= 2:
            self.starts.add(f"{lower[0]} {lower[1]}")

    def __len__(self) -> int:
        return len(self.phrases)

    def __call__(self, lower: list[str], hashes: list[int] | None = None) -> list[tuple[str, int, int]]:
        """``(label, start, end)`` token spans of every pattern found in ``lower``, in text order.

        ``hashes``: :func:`pair_hashes` of ``lower``, shared with another index over the same words.
        """
        phrases = self.phrases
        n = len(lower)
        # one-word patterns: their key is the word itself (C-level look-ups of every word)
        single: list[Any] = list(map(phrases.get, lower))  # label or None per word
        out = [(single[i], i, i + 1) for i in compress(range(n), map(operator.is_not, single, repeat(None)))]
        # longer patterns: only where the first two words may start one (a small share of the words)
        for i in self.starts.positions(lower, hashes):
            for size in self.lengths.get(lower[i], ()):
                if size == 1:
                    continue
                if i + size > n:
                    break
                label = phrases.get(" ".join(lower[i : i + size]))
                if label is not None:
                    out.append((label, i, i + size))
        out.sort(key=lambda hit: (hit[1], hit[2]))  # by start, shorter first
        return out


def build_matchers(
    tax: Taxonomy, engine: str = "index", context: ContextModel | None | bool = True
) -> CompiledMatchers:
    """Compile the taxonomy with the ``index`` (default) or ``spacy`` engine.

    ``context``: True loads the bundled context model, False/None compiles without one.
    """
    main_plan, amb_plan, meta = plan_patterns(tax)
    main: Any
    amb: Any
    if engine == "spacy":
        # the optional engine (``pip install 'resume-tailor[spacy]'``): imported only when chosen
        from resume_tailor.skills.spacy_engine import spacy_matchers

        main, amb = spacy_matchers(main_plan, amb_plan)
    else:
        main, amb = PhraseIndex.for_patterns(main_plan), PhraseIndex.for_patterns(amb_plan)
        for index, plan in ((main, main_plan), (amb, amb_plan)):
            for label, words in plan:
                index.add(label, words)
    info = {s.name: (s.category, s.soft) for s in tax.skills.values()}
    forms = {
        key: AmbiguousForm(
            name=rec["name"],
            exact=tuple(dict.fromkeys(rec["exact"])),
            exact_only=rec["exact_only"],
            hard=rec["hard"],
        )
        for key, rec in meta["forms"].items()
    }
    model = load_context_model() if context is True else (context or None)
    return CompiledMatchers(
        main=main,
        ambiguous=amb,
        info=info,
        ambiguous_forms=forms,
        allow=frozenset(meta["allow"]),
        context=model,
    )
