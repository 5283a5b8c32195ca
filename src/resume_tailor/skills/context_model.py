"""A small logistic model that judges whether a found skill is really asked for (or used) in context.

Job postings name technologies in company blurbs, titles and perks ("an AWS Premier Partner",
"Backend Engineer", "personal development") where they are not requirements. The model scores each
mention from its surface form, its category and the words, word pairs and shape of its sentence. It
was trained with ``scripts/build_taxonomy.py --skillspan`` on SkillSpan's train split (MIT; see
data/SOURCES.md) and ships as ``data/skill_context_model.json``: a sparse weight table, a bias and a
decision threshold. The weights never see SkillSpan dev; the threshold alone is chosen on dev (the
widest margin over the precision and recall targets), so dev numbers (benchmarks/skills_accuracy.py)
are slightly optimistic for unseen postings.

Skills lists (``listed=True`` or a ``Skills:`` line) are never filtered.
"""

from __future__ import annotations

import json
import math
import operator
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from itertools import accumulate, chain, compress, filterfalse, repeat

from resume_tailor.skills.tokens import JOINERS, Token

MODEL_FILE = "skill_context_model.json"
FEATURE_VERSION = 4
SENTENCE_WINDOW = 60  # tokens on each side: keeps run-on text (no punctuation) linear
WORD_FEATURE = "w="  # prefix of the features of a sentence's words ("w=experience")
SENTENCE_BREAKS = frozenset({".", "!", "?", ";", "•", "☞", "▪", "*"})


@dataclass(frozen=True)
class ContextModel:
    """Logistic regression over string features."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, features: list[str], extra: float = 0.0) -> float:
        """P(the mention is a wanted skill) for its features (``extra``: a pre-summed part of the score)."""
        return self.probability_of(extra, sum(map(self.weights.get, features, repeat(0.0))))

    def probability_of(self, extra: float, summed: float) -> float:
        """P(wanted) from the two parts of the score: ``extra`` and the summed feature weights."""
        z = self.bias + extra + summed
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def bag_score(self, bag: Counter[str]) -> float:
        """Summed weights of a sentence's word features (see :func:`sentence_bag`)."""
        return sum(map(self.weights.get, map(WORD_FEATURE.__add__, bag), repeat(0.0)))

    def shape_score(self, shape: list[str]) -> float:
        """Summed weights of a sentence's pair and shape features (see :func:`sentence_shape`)."""
        return sum(map(self.weights.get, shape, repeat(0.0)))


def read_model_bytes() -> bytes | None:
    """The bundled model file, or None when it is absent."""
    path = resources.files("resume_tailor") / "data" / MODEL_FILE
    try:
        return path.read_bytes()
    except (FileNotFoundError, OSError):
        return None


def load_context_model(raw: bytes | None = None) -> ContextModel | None:
    """Decode the model (the bundled one by default); None if absent or of another feature version."""
    raw = read_model_bytes() if raw is None else raw
    if not raw:
        return None
    data = json.loads(raw.decode("utf-8"))
    if data.get("feature_version") != FEATURE_VERSION:
        return None
    return ContextModel(
        weights={k: float(v) for k, v in data["weights"].items()},
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
    )


def sentence_bounds(tokens: list[Token], text: str) -> list[int]:
    """Sentence id of every token: breaks at sentence punctuation, bullets and line breaks."""
    gaps = [text[(tokens[k - 1].end if k else 0) : tok.start] for k, tok in enumerate(tokens)]
    return sentence_ids([t.text for t in tokens], gaps)


def sentence_ids(texts: list[str], gaps: list[str]) -> list[int]:
    """:func:`sentence_bounds` on token columns (see :func:`~resume_tailor.skills.tokens.tokenize_columns`).

    ``gaps[k]`` is the text before token ``k``. A token starts a new sentence after a line break in
    its gap or after a sentence break token; ids count those starts (so they never decrease).
    """
    newline_before = map(operator.contains, gaps[: len(texts)], repeat("\n"))
    break_before = chain((False,), map(SENTENCE_BREAKS.__contains__, texts))
    return list(accumulate(map(operator.add, newline_before, break_before)))  # bool + bool is an int


def mention_features(
    texts: list[str],
    lowered: list[str],
    sentence: tuple[int, int],
    first: int,
    last: int,
    key: str,
    category: str,
    ambiguous: bool,
    mentions_in_sentence: int,
    in_list: bool,
    bag: Counter[str] | None = None,
    *,
    with_bag: bool = True,
) -> list[str]:
    """String features of one mention (tokens ``first..last`` of the sentence ``sentence``, inclusive).

    ``texts`` are the token texts of the whole text and ``lowered`` the same lower-cased.
    ``bag``: the sentence's :func:`sentence_bag`, to reuse across the mentions of one sentence.
    ``with_bag=False`` leaves out the sentence's word features (scored apart with
    :meth:`ContextModel.bag_score` and :meth:`ContextModel.shape_score`). Features are unique (the
    model was trained on presence).
    """
    lo, hi = max(sentence[0], first - SENTENCE_WINDOW), min(sentence[1], last + SENTENCE_WINDOW)
    written = texts[first] if first == last else " ".join(texts[first : last + 1])
    feats = [f"key={key}", f"cat={category}"]
    if with_bag:
        if bag is None or (lo, hi) != sentence:
            bag = sentence_bag(texts, lowered, lo, hi)
        inside = mention_words(lowered, first, last)
        feats += [WORD_FEATURE + word for word, count in bag.items() if count > inside.get(word, 0)]
        feats += sentence_shape(lowered, lo, hi)
    feats += map("l=".__add__, dict.fromkeys(lowered[max(lo, first - 3) : first]))
    feats += map("r=".__add__, dict.fromkeys(lowered[last + 1 : min(hi, last + 3) + 1]))
    prev_word = lowered[first - 1] if first > lo else "<s>"
    next_word = lowered[last + 1] if last < hi else "</s>"
    feats += [f"prev={prev_word}", f"next={next_word}"]
    size = hi - lo + 1
    feats.append(f"pos={min(3, 4 * (first - lo) // size)}")  # where in its sentence the mention stands
    feats.append(f"dens={min(5, 10 * mentions_in_sentence // size)}")  # skills per ten tokens
    feats.append("len=" + ("1-3" if size <= 3 else "4-8" if size <= 8 else "9-20" if size <= 20 else "21+"))
    feats.append(
        "mentions=" + ("1" if mentions_in_sentence <= 1 else "2-3" if mentions_in_sentence <= 3 else "4+")
    )
    if ambiguous:
        feats.append("ambiguous")
    if in_list:
        feats.append("in_list")
    if first == lo:
        feats.append("starts_sentence")
    if written.isupper() and len(written) > 1:
        feats.append("all_caps")
    elif written[:1].isupper():
        feats.append("capitalised")
    else:
        feats.append("lower")
    if " " in key:
        feats.append("multiword")
    return feats  # unique: each family has its own prefix, and the word families are deduplicated


def mention_words(lowered: list[str], first: int, last: int) -> Counter[str]:
    """Lower-cased words of the mention itself (left out of its sentence's word features)."""
    return Counter(lowered[first : last + 1])


def sentence_bag(texts: list[str], lowered: list[str], lo: int, hi: int) -> Counter[str]:
    """Alphabetic words of tokens ``lo..hi``, lower-cased, with their counts (features ``w=<word>``).

    ``lowered`` holds the ``texts`` lower-cased.
    """
    return Counter(compress(lowered[lo : hi + 1], map(str.isalpha, texts[lo : hi + 1])))


def sentence_shape(lowered: list[str], lo: int, hi: int) -> list[str]:
    """Sentence-level features of tokens ``lo..hi`` besides its words, each once (in no set order).

    Word pairs ("b=experience_with", "b=we_offer", "b=<s>_about") and the sentence's shape: its first
    word and its closing punctuation ("first=we", "end=:"; "end=word" if it ends on a word).
    """
    words = ["<s>", *filterfalse(JOINERS.__contains__, lowered[lo : hi + 1]), "</s>"]
    shape = {f"b={a}_{b}" for a, b in zip(words, words[1:], strict=False)}
    if len(words) > 2:
        shape.add("first=" + words[1])
        shape.add("end=" + ("word" if words[-2].isalnum() else words[-2]))
    return list(shape)
