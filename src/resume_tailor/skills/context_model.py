"""A small logistic model that judges whether a found skill is really asked for (or used) in context.

Job postings name technologies in company blurbs, titles and perks ("an AWS Premier Partner",
"Backend Engineer", "personal development") where they are not requirements. The model scores each
mention from its surface form, its category and the words of its sentence. It was trained with
``scripts/build_taxonomy.py --skillspan`` on SkillSpan's train split (MIT; see data/SOURCES.md) and
ships as ``data/skill_context_model.json``: a sparse weight table, a bias and a decision threshold.
Evaluated only on SkillSpan dev (see benchmarks/skills_accuracy.py).

Skills lists (``listed=True`` or a ``Skills:`` line) are never filtered.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from itertools import repeat

from resume_tailor.skills.tokens import Token

MODEL_FILE = "skill_context_model.json"
FEATURE_VERSION = 3
SENTENCE_WINDOW = 60  # tokens on each side: keeps run-on text (no punctuation) linear
SENTENCE_BREAKS = frozenset({".", "!", "?", ";", "•", "☞", "▪", "*"})


@dataclass(frozen=True)
class ContextModel:
    """Logistic regression over string features."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, features: list[str], extra: float = 0.0) -> float:
        """P(the mention is a wanted skill) for its features (``extra``: a pre-summed part of the score)."""
        z = self.bias + extra + sum(map(self.weights.get, features, repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def bag_score(self, bag: dict[str, tuple[str, int]]) -> float:
        """Summed weights of a sentence's word features (see :func:`sentence_bag`)."""
        return sum(self.weights.get(feature, 0.0) for feature, _ in bag.values())


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
    ids = []
    current = 0
    prev_end = 0
    for tok in tokens:
        if text.find("\n", prev_end, tok.start) != -1:
            current += 1
        ids.append(current)
        if tok.text in SENTENCE_BREAKS:
            current += 1
        prev_end = tok.end
    return ids


def mention_features(
    tokens: list[Token],
    sentence: tuple[int, int],
    first: int,
    last: int,
    key: str,
    category: str,
    ambiguous: bool,
    mentions_in_sentence: int,
    in_list: bool,
    bag: dict[str, tuple[str, int]] | None = None,
    *,
    with_bag: bool = True,
) -> list[str]:
    """String features of one mention (tokens ``first..last`` of the sentence ``sentence``, inclusive).

    ``bag``: the sentence's :func:`sentence_bag`, to reuse across the mentions of one sentence.
    ``with_bag=False`` leaves out the sentence's word features (scored apart with
    :meth:`ContextModel.bag_score`). Features are unique (the model was trained on presence).
    """
    lo, hi = max(sentence[0], first - SENTENCE_WINDOW), min(sentence[1], last + SENTENCE_WINDOW)
    written = " ".join(t.text for t in tokens[first : last + 1])
    feats = [f"key={key}", f"cat={category}"]
    if with_bag:
        if bag is None or (lo, hi) != sentence:
            bag = sentence_bag(tokens, lo, hi)
        inside = mention_words(tokens, first, last)
        feats += [feature for word, (feature, count) in bag.items() if count > inside.get(word, 0)]
    feats += [f"l={t.text.lower()}" for t in tokens[max(lo, first - 3) : first]]
    feats += [f"r={t.text.lower()}" for t in tokens[last + 1 : min(hi, last + 3) + 1]]
    prev_word = tokens[first - 1].text.lower() if first > lo else "<s>"
    next_word = tokens[last + 1].text.lower() if last < hi else "</s>"
    feats += [f"prev={prev_word}", f"next={next_word}"]
    size = hi - lo + 1
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
    if len(key.split()) > 1:
        feats.append("multiword")
    return list(dict.fromkeys(feats))


def mention_words(tokens: list[Token], first: int, last: int) -> Counter[str]:
    """Lower-cased words of the mention itself (left out of its sentence's word features)."""
    return Counter(t.text.lower() for t in tokens[first : last + 1])


def sentence_bag(tokens: list[Token], lo: int, hi: int) -> dict[str, tuple[str, int]]:
    """Alphabetic words of tokens ``lo..hi``: word -> (its feature string, count)."""
    counts = Counter(t.text.lower() for t in tokens[lo : hi + 1] if t.text.isalpha())
    return {w: (f"w={w}", c) for w, c in counts.items()}
