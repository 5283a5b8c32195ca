"""The working object the extractor's stages share: one text, its tokens, and the candidates so far.

The stages (see :mod:`resume_tailor.skills.engine`) run in order over one :class:`Work`:

1. ``candidates``: phrase matches of the taxonomy; safe names go to ``accepted``, names that are also
   words or letters to ``pending``;
2. ``acceptance``: the pending names that have technical context join ``accepted``, then the longest
   non-overlapping matches become ``chosen``;
3. ``list_items``: unknown items of lists of skills join ``chosen``;
4. ``judging``: the context model keeps or drops each chosen mention.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_right
from collections.abc import Collection
from dataclasses import dataclass, field
from itertools import compress, repeat

from resume_tailor.skills.thresholds import LABEL_REACH
from resume_tailor.skills.tokens import JOINERS, tokenize_columns
from resume_tailor.skills.words import SKILLS_LABEL


@dataclass(slots=True, eq=False)
class Candidate:
    """A possible skill mention: tokens ``first..last`` (inclusive) at characters ``start:end``."""

    name: str  # the canonical skill (or, for an inferred list item, the item as written)
    first: int
    last: int
    start: int
    end: int
    ambiguous: bool
    key: str = ""  # an ambiguous match's surface key (its entry in ``CompiledMatchers.ambiguous_forms``)
    strong: bool = False  # an ambiguous match written exactly as the skill (e.g. "Rust", not "rust")
    unconfirmed: bool = False  # a generic word without context: only the context model may accept it
    inferred: bool = False  # an unknown item of a list of skills (not in the taxonomy)


@dataclass(slots=True)
class Tokens:
    """The tokens of one text as parallel columns (see :func:`tokenize_columns`), also lower-cased.

    ``matched`` lists the tokens that take part in phrase matching (all but the joiners ``-/_``).
    """

    texts: list[str]
    starts: list[int]
    ends: list[int]
    gaps: list[str]  # gaps[k]: the text before token k
    lowered: list[str]
    matched: list[int]

    @classmethod
    def of(cls, text: str) -> Tokens:
        """Tokenize ``text``."""
        columns = tokenize_columns(text)
        texts = columns.texts
        matched = list(compress(range(len(texts)), map(operator.not_, map(JOINERS.__contains__, texts))))
        return cls(*columns, lowered=list(map(str.lower, texts)), matched=matched)

    def __len__(self) -> int:
        return len(self.texts)


class SkillsLines:
    """Which lines of a text are labelled skills lists ("Skills: ..."), computed once per line."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks = [m.start() for m in re.finditer("\n", text)]
        self.cache: dict[int, bool] = {}

    def is_skills_list(self, pos: int) -> bool:
        """True if the line holding character ``pos`` starts with a skills label."""
        n = bisect_right(self.breaks, pos - 1)
        return self._line_is_skills_list(self.breaks[n - 1] + 1 if n else 0)

    def are_skills_lists(self, positions: list[int]) -> list[bool]:
        """:meth:`is_skills_list` of many positions (the label test runs once per distinct line)."""
        breaks = self.breaks
        numbers = list(map(bisect_right, repeat(breaks), map((-1).__add__, positions)))
        found = {n: self._line_is_skills_list(breaks[n - 1] + 1 if n else 0) for n in set(numbers)}
        return list(map(found.__getitem__, numbers))

    def _line_is_skills_list(self, start: int) -> bool:
        found = self.cache.get(start)
        if found is None:
            found = bool(SKILLS_LABEL.match(self.text, start, min(len(self.text), start + LABEL_REACH)))
            self.cache[start] = found
        return found

    def has_skills_list(self) -> bool:
        """True if any line of the text starts with a skills label."""
        return any(map(self.is_skills_list, [0, *(n + 1 for n in self.breaks)]))


@dataclass(frozen=True, slots=True)
class Mode:
    """What the caller asked for, and what follows from it and from the compiled model (fixed per call)."""

    listed: bool  # the whole text is a skills list: short and ambiguous names need no more context
    known: Collection[str]  # names established elsewhere: their exact ambiguous forms are accepted
    judged: bool  # generic words and unknown list items become candidates for the context model
    filtering: bool  # the context model drops mentions (so their features must be computed)
    keep_features: bool  # the caller wants each mention's features (training, diagnostics)
    training: bool  # no shortcut in scoring: features are always spelled out in full

    @property
    def with_features(self) -> bool:
        """Features are computed for mentions outside skills lists."""
        return self.keep_features or self.filtering


class Peers:
    """Accepted technical matches by their last and first token: the context of their neighbours."""

    def __init__(self) -> None:
        self.by_last: dict[int, list[Candidate]] = {}
        self.by_first: dict[int, list[Candidate]] = {}

    def add(self, anchor: Candidate) -> None:
        """Make ``anchor`` context for its neighbours."""
        self.by_last.setdefault(anchor.last, []).append(anchor)
        self.by_first.setdefault(anchor.first, []).append(anchor)

    def ending_at(self, token: int) -> list[Candidate]:
        """Peers whose last token is ``token``."""
        return self.by_last.get(token, [])

    def starting_at(self, token: int) -> list[Candidate]:
        """Peers whose first token is ``token``."""
        return self.by_first.get(token, [])


@dataclass(slots=True)
class Work:
    """One extraction in progress: the text, its tokens and lines, and each stage's results."""

    text: str
    tokens: Tokens
    lines: SkillsLines
    mode: Mode
    accepted: list[Candidate] = field(default_factory=list)  # safe matches, then accepted ambiguous ones
    pending: list[Candidate] = field(default_factory=list)  # ambiguous matches awaiting context
    peers: Peers = field(default_factory=Peers)
    chosen: list[Candidate] = field(default_factory=list)  # non-overlapping mentions, by start
    sentence_of: list[int] = field(default_factory=list)  # sentence id per token (when needed)

    def is_skills_line(self, pos: int) -> bool:
        """True if character ``pos`` stands in a skills list (the whole text, or a labelled line)."""
        return self.mode.listed or self.lines.is_skills_list(pos)

    def are_skills_lines(self, positions: list[int]) -> list[bool]:
        """:meth:`is_skills_line` of many positions."""
        return [True] * len(positions) if self.mode.listed else self.lines.are_skills_lists(positions)

    def newline_between(self, a: int, b: int) -> bool:
        """True if the text between characters ``a`` and ``b`` holds a line break."""
        return "\n" in self.text[a:b]
