"""Stage 3 of the extractor: unknown items of lists that hold known skills ("Java, JMS and Flight Recorder").

An item next to an item holding a chosen skill, in the same sentence, becomes an ``inferred``
candidate when it looks like a name (short, no stop word at its edges). Such items are kept on
skills lines, or as candidates for the context model when it judges.
"""

from __future__ import annotations

import operator
from bisect import bisect_left
from itertools import chain, compress

from resume_tailor.skills.thresholds import MAX_ITEM_CHARS, MAX_ITEM_TOKENS
from resume_tailor.skills.tokens import JOINERS
from resume_tailor.skills.words import ITEM_DELIMS, ITEM_STOP
from resume_tailor.skills.work import Candidate, Tokens, Work


def wants_list_items(work: Work) -> bool:
    """Unknown items are looked for in skills lists, or as candidates for the context model."""
    return work.mode.judged or work.mode.listed or work.lines.has_skills_list()


def add_list_items(work: Work) -> None:
    """Add the inferred list items to ``work.chosen`` (kept sorted by start); needs ``work.sentence_of``."""
    work.chosen = sorted(work.chosen + list(_inferred_items(work)), key=lambda c: c.start)


def list_item_spans(tokens: Tokens, sentence_of: list[int]) -> list[tuple[int, int]]:
    """Token spans ``(first, last)`` of the items of lists: runs of tokens between item delimiters.

    An item never crosses a sentence: it also ends where a new sentence starts.
    """
    is_delim = list(map(ITEM_DELIMS.__contains__, tokens.lowered))
    previous_sentence = chain(sentence_of[:1], sentence_of)  # token i's neighbour i - 1 (token 0: itself)
    new_sentence = map(operator.ne, sentence_of, previous_sentence)
    # Only the cuts are visited in Python: tokens that are delimiters or start a sentence.
    cuts = compress(range(len(is_delim)), map(operator.or_, is_delim, new_sentence))
    items: list[tuple[int, int]] = []
    start = 0  # first token of the current item (no item yet while it equals the next cut)
    for cut in cuts:
        if start < cut:
            items.append((start, cut - 1))
        start = cut + 1 if is_delim[cut] else cut
    if start < len(is_delim):
        items.append((start, len(is_delim) - 1))
    return items


def _inferred_items(work: Work) -> list[Candidate]:
    """The candidates of the items next to a skill item that look like names."""
    tokens, sentence_of = work.tokens, work.sentence_of
    items = list_item_spans(tokens, sentence_of)
    skill_items = _items_holding(items, work.chosen)
    next_to_skill = {m for k in skill_items for m in (k - 1, k + 1) if 0 <= m < len(items)}
    out = []
    for n in sorted(next_to_skill - skill_items):
        first, last = items[n]
        neighbours = [m for m in (n - 1, n + 1) if m in skill_items]
        if not any(sentence_of[items[m][0]] == sentence_of[first] for m in neighbours):
            continue
        cand = _item_candidate(work, first, last)
        if cand is not None:
            out.append(cand)
    return out


def _items_holding(items: list[tuple[int, int]], chosen: list[Candidate]) -> set[int]:
    """Indexes of the items that hold (part of) a chosen match."""
    item_ends = [last for _, last in items]
    holding: set[int] = set()
    for cand in chosen:
        k = bisect_left(item_ends, cand.first)  # the first item that ends at or after the match's start
        while k < len(items) and items[k][0] <= cand.last:
            holding.add(k)
            k += 1
    return holding


def _item_candidate(work: Work, first: int, last: int) -> Candidate | None:
    """The item of tokens ``first..last`` as an inferred candidate, or None if it is not name-like."""
    tokens = work.tokens
    texts = tokens.texts
    if last - first + 1 > MAX_ITEM_TOKENS:
        return None
    if last + 1 < len(texts) and texts[last + 1] == ":":
        return None  # a label ("Data: PostgreSQL, Redis"), not an item
    words = [w for w in texts[first : last + 1] if w not in JOINERS]
    if not words or not any(ch.isalpha() for ch in words[0]) or not any(ch.isalnum() for ch in words[-1]):
        return None
    if words[0].lower() in ITEM_STOP or words[-1].lower() in ITEM_STOP:
        return None
    on_skills_line = work.is_skills_line(tokens.starts[first])
    if not (work.mode.judged or on_skills_line):
        return None
    start, end = tokens.starts[first], tokens.ends[last]
    surface = work.text[start:end]
    if not on_skills_line and not any(ch.isupper() or ch.isdigit() for ch in surface):
        return None  # in a sentence, an unknown lower-case item is a phrase ("…with Python, run weekly")
    if len(surface) > MAX_ITEM_CHARS or "\n" in surface:
        return None
    return Candidate(" ".join(surface.split()), first, last, start, end, False, inferred=True)
