"""The extractor's fast paths give exactly what the straightforward versions gave.

Each test checks one C-level or filtered path against a plain reference written the simple way
(the way the code was before it was optimised): the tokenizer, the sentence ids, the list items and
the phrase index with its pair filter.
"""

from __future__ import annotations

import pickle
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from resume_tailor.skills.context_model import SENTENCE_BREAKS, sentence_bounds, sentence_ids
from resume_tailor.skills.list_items import list_item_spans
from resume_tailor.skills.matcher import PairFilter, PhraseIndex
from resume_tailor.skills.tokens import tokenize, tokenize_columns
from resume_tailor.skills.words import ITEM_DELIMS
from resume_tailor.skills.work import Tokens

# The tokenizer's pattern as first written (look-behind first, greedy quantifiers).
REFERENCE_TOKEN = re.compile(
    r"(?<![\w.])\.(?=[^\W_])[^\W_]+(?:[.'&’][^\W_]+)*[+#]*"
    r"|[^\W_]+(?:[.'&’][^\W_]+)*[+#]*"
    r"|\S"
)
# Characters that exercise every branch: words, inner and leading dots, joiners, C++/C#, line breaks.
TRICKY = st.text(alphabet="aZ9é İ_.'&’+#-/–‐,;:|()•*\n\t!?C", max_size=80)
FAST = settings(max_examples=300, deadline=None)


def reference_tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in REFERENCE_TOKEN.finditer(text)]


def reference_sentence_ids(texts: list[str], starts: list[int], ends: list[int], text: str) -> list[int]:
    ids, current, prev_end = [], 0, 0
    for word, start, end in zip(texts, starts, ends, strict=True):
        if text.find("\n", prev_end, start) != -1:
            current += 1
        ids.append(current)
        if word in SENTENCE_BREAKS:
            current += 1
        prev_end = end
    return ids


@FAST
@given(TRICKY)
def test_token_columns_are_the_reference_tokens_and_cover_the_text(text: str) -> None:
    columns = tokenize_columns(text)
    assert list(zip(columns.texts, columns.starts, columns.ends, strict=True)) == reference_tokens(text)
    assert [tuple(t) for t in tokenize(text)] == reference_tokens(text)
    assert "".join(g + w for g, w in zip(columns.gaps, columns.texts + [""], strict=True)) == text


def test_token_columns_keep_skill_names_whole() -> None:
    columns = tokenize_columns("Use .NET, C++ and Node.js.\nR&D")
    assert columns.texts == [
        "Use", ".NET", ",", "C++", "and", "Node.js", ".", "R&D",
    ]  # fmt: skip
    assert columns.gaps[-2] == "\n"


@FAST
@given(TRICKY)
def test_sentence_ids_match_the_token_by_token_count(text: str) -> None:
    columns = tokenize_columns(text)
    expected = reference_sentence_ids(columns.texts, columns.starts, columns.ends, text)
    assert sentence_ids(columns.texts, columns.gaps) == expected
    assert sentence_bounds(tokenize(text), text) == expected


def reference_items(lowered: list[str], sentence_of: list[int]) -> list[tuple[int, int]]:
    items, start = [], None
    for i in range(len(lowered) + 1):
        boundary = (
            i == len(lowered)
            or lowered[i] in ITEM_DELIMS
            or (start is not None and sentence_of[i] != sentence_of[start])
        )
        if boundary:
            if start is not None:
                items.append((start, i - 1))
            start = None if i == len(lowered) or lowered[i] in ITEM_DELIMS else i
        elif start is None:
            start = i
    return items


@FAST
@given(TRICKY)
def test_list_items_are_runs_between_delimiters_within_a_sentence(text: str) -> None:
    toks = Tokens.of(text)
    sentence_of = sentence_ids(toks.texts, toks.gaps)
    assert list_item_spans(toks, sentence_of) == reference_items(toks.lowered, sentence_of)


WORDS = ["data", "science", "and", "the", "art", "of", "go", "c++", "x"]
PHRASES = st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=5), max_size=25)


def brute_force_matches(phrases: list[list[str]], lower: list[str]) -> set[tuple[str, int, int]]:
    table: dict[str, str] = {}
    for n, words in enumerate(phrases):
        table.setdefault(" ".join(words), f"label{n}")
    return {
        (table[" ".join(lower[i:j])], i, j)
        for i in range(len(lower))
        for j in range(i + 1, len(lower) + 1)
        if " ".join(lower[i:j]) in table
    }


@FAST
@given(PHRASES, st.lists(st.sampled_from(WORDS), max_size=40))
def test_phrase_index_finds_every_occurrence_once(phrases: list[list[str]], lower: list[str]) -> None:
    index = PhraseIndex()
    for n, words in enumerate(phrases):
        index.add(f"label{n}", words)
    found = index(lower)
    assert len(found) == len(set(found))
    assert set(found) == brute_force_matches(phrases, lower)
    assert found == sorted(found, key=lambda hit: (hit[1], hit[2]))  # in text order, shorter first


def test_pair_filter_never_forgets_a_pair_even_after_pickling() -> None:
    pairs = [f"w{n} v{n * 7}" for n in range(5000)] + ["lone \ud800 surrogate", "café crème"]
    bloom = PairFilter(buckets=1 << 16)
    for pair in pairs:
        bloom.add(pair)
    restored = pickle.loads(pickle.dumps(bloom))
    assert all(restored.may_contain(pair) for pair in pairs)
    unseen = [f"u{n} t{n}" for n in range(2000)]
    assert sum(restored.may_contain(pair) for pair in unseen) < len(unseen) // 4  # mostly "no"


@FAST
@given(st.lists(st.sampled_from(["a", "b", "c", "d", "\ud800", "é"]), max_size=30))
def test_pair_filter_positions_are_the_pairs_it_may_contain(words: list[str]) -> None:
    bloom = PairFilter(buckets=1 << 6)  # small: false positives on purpose
    for pair in ["a b", "b c", "c \ud800", "é a"]:
        bloom.add(pair)
    expected = [i for i in range(len(words) - 1) if bloom.may_contain(f"{words[i]} {words[i + 1]}")]
    assert bloom.positions(words) == expected


def test_phrase_index_skips_long_phrases_only_where_their_first_two_words_are_absent() -> None:
    index = PhraseIndex()
    index.add("Data science", ["Data", "Science"])
    index.add("Art of war", ["art", "of", "war"])
    index.add("Art of the deal", ["art", "of", "the", "deal"])
    index.add("Art director", ["art", "director"])
    lower = ["the", "art", "of", "data", "science", "art", "director", "the", "art", "of", "war"]
    assert index(lower) == [("Data science", 3, 5), ("Art director", 5, 7), ("Art of war", 8, 11)]
