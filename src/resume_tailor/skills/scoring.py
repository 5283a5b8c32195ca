"""The context model's score of a mention without spelling out its features (the fast path of judging).

:func:`~resume_tailor.skills.context_model.mention_features` writes each feature as a string
("l=with", "pos=2") that :meth:`ContextModel.probability` then looks up: about fifteen strings per
mention, built and hashed only to be summed. :class:`FeatureWeights` splits the model's weights by
feature family once, so :meth:`FeatureWeights.local_score` sums the same weights, in the same order
(so to the same float), straight from the tokens.

A sentence longer than the model's window (``SENTENCE_WINDOW`` tokens on each side of a mention)
gives each mention its own window of words and word pairs. :class:`SlidingWindow` keeps that
window's words and pairs as counts while mentions move forward through the sentence: each token
enters and leaves it once, so a run-on text of 33,000 names costs a pass over the text, not 121
tokens per name. Its sums are exact (weights scaled to integers), so they do not depend on the
order of the words.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import filterfalse, pairwise, repeat

from resume_tailor.skills.context_model import ContextModel
from resume_tailor.skills.tokens import JOINERS


class FeatureWeights:
    """A :class:`ContextModel`'s weights by feature family ("l=with" -> ``left["with"]``)."""

    def __init__(self, model: ContextModel) -> None:
        family: dict[str, dict[str, float]] = defaultdict(dict)
        for name, weight in model.weights.items():
            prefix, eq, value = name.partition("=")
            family[prefix if eq else "flag"][value if eq else name] = weight
        self.model = model
        self.word = family["w"]
        self.pair = family["b"]
        self.first = family["first"]
        self.end = family["end"]
        self.key = family["key"]
        self.category = family["cat"]
        self.left = family["l"]
        self.right = family["r"]
        self.prev = family["prev"]
        self.next = family["next"]
        self.pos = family["pos"]
        self.dens = family["dens"]
        self.len = family["len"]
        self.mentions = family["mentions"]
        self.flag = family["flag"]
        # the numeric features as lists (mention_features' classes: pos, dens, len, mentions)
        self.pos_by_quarter = [self.pos.get(str(q), 0.0) for q in range(4)]
        self.dens_by_tenth = [self.dens.get(str(d), 0.0) for d in range(6)]
        self.len_by_size = [self.len.get(_size_class(n), 0.0) for n in range(22)]
        self.mentions_by_count = [self.mentions.get(_count_class(n), 0.0) for n in range(5)]
        # exact sums: every weight is an integer multiple of 1 / self.scale (a power of two)
        self.scale = max((w.as_integer_ratio()[1] for w in model.weights.values()), default=1)
        # word pairs by (word, word): tokens never hold "_", so "b=a_b" splits at its first "_"
        self.pair_of_words = {tuple(pair.split("_", 1)): w for pair, w in self.pair.items()}
        self.word_exact = {word: self.exact(w) for word, w in self.word.items()}
        self.pair_exact = {pair: self.exact(w) for pair, w in self.pair.items()}

    def exact(self, weight: float) -> int:
        """``weight`` as an integer multiple of ``1 / self.scale`` (exact: floats are dyadic)."""
        numerator, denominator = weight.as_integer_ratio()
        return numerator * (self.scale // denominator)

    def local_score(
        self,
        texts: Sequence[str],
        lowered: Sequence[str],
        window: tuple[int, int],
        first: int,
        last: int,
        key: str,
        category: str,
        flags: tuple[bool, bool, bool, bool],
        mentions_in_sentence: int,
    ) -> float:
        """The summed weights of a mention's own features (all but the words and pairs of its window).

        The same features, in the same order, as ``mention_features(..., with_bag=False)`` followed
        by the judging stage's "unconfirmed" and "inferred". ``flags``: (ambiguous, in_list,
        unconfirmed, inferred).
        """
        lo, hi = window
        # one addition per feature, in mention_features' order: the same float as summing its strings
        score = self.key.get(key, 0.0) + self.category.get(category, 0.0)
        left, right = self.left, self.right
        for word in dict.fromkeys(lowered[first - 3 if first - 3 > lo else lo : first]):
            score += left.get(word, 0.0)
        for word in dict.fromkeys(lowered[last + 1 : (last + 3 if last + 3 < hi else hi) + 1]):
            score += right.get(word, 0.0)
        score += self.prev.get(lowered[first - 1] if first > lo else "<s>", 0.0)
        score += self.next.get(lowered[last + 1] if last < hi else "</s>", 0.0)
        size = hi - lo + 1
        score += self.pos_by_quarter[4 * (first - lo) // size]  # first - lo < size: at most 3
        density = 10 * mentions_in_sentence // size
        score += self.dens_by_tenth[density if density < 5 else 5]
        score += self.len_by_size[size if size < 21 else 21]
        score += self.mentions_by_count[mentions_in_sentence if mentions_in_sentence < 4 else 4]
        ambiguous, in_list, unconfirmed, inferred = flags
        flag = self.flag
        if ambiguous:
            score += flag.get("ambiguous", 0.0)
        if in_list:
            score += flag.get("in_list", 0.0)
        if first == lo:
            score += flag.get("starts_sentence", 0.0)
        written = texts[first] if first == last else " ".join(texts[first : last + 1])
        if written.isupper() and len(written) > 1:
            score += flag.get("all_caps", 0.0)
        elif written[:1].isupper():
            score += flag.get("capitalised", 0.0)
        else:
            score += flag.get("lower", 0.0)
        if " " in key:
            score += flag.get("multiword", 0.0)
        if unconfirmed:
            score += flag.get("unconfirmed", 0.0)
        if inferred:
            score += flag.get("inferred", 0.0)
        return score

    def shape_score(self, lowered: list[str], lo: int, hi: int) -> float:
        """The summed weights of :func:`~resume_tailor.skills.context_model.sentence_shape` of ``lo..hi``.

        The same features, looked up by word pairs rather than by newly written strings (the sum runs
        in another order, as the features of a set always may).
        """
        words = ["<s>", *filterfalse(JOINERS.__contains__, lowered[lo : hi + 1]), "</s>"]
        score = sum(map(self.pair_of_words.get, set(pairwise(words)), repeat(0.0)))
        if len(words) > 2:
            score += self.first.get(words[1], 0.0)
            score += self.end.get("word" if words[-2].isalnum() else words[-2], 0.0)
        return score

    def bag_score(self, bag: Mapping[str, int]) -> float:
        """:meth:`ContextModel.bag_score` (the same sum) without writing "w=" before each word."""
        return sum(map(self.word.get, bag, repeat(0.0)))

    def inside_adjustment(self, words: list[str], count_in_window: Mapping[str, int]) -> float:
        """Weights of the window's words that occur only inside the mention (they are not its context).

        ``words``: the mention's lower-cased tokens; ``count_in_window``: the window's word counts.
        """
        total = 0.0
        for word in dict.fromkeys(words):  # the distinct words, in order of first occurrence
            count = count_in_window.get(word)
            if count is not None and count <= words.count(word):
                total += self.word.get(word, 0.0)
        return total


class SlidingWindow:
    """The words and word pairs of a moving span of one sentence, with their exact summed weights.

    The span only moves forward (both ends), as the mentions of a sentence do.
    """

    def __init__(
        self, weights: FeatureWeights, texts: list[str], lowered: list[str], matched: list[int]
    ) -> None:
        self.weights = weights
        self.texts, self.lowered, self.matched = texts, lowered, matched  # matched: the non-joiner tokens
        self.lo = 0  # window = matched[self.lo : self.hi] (indexes into ``matched``)
        self.hi = 0
        self.word_counts: dict[str, int] = {}  # weighted alphabetic words in the window
        self.pair_counts: dict[str, int] = {}  # weighted word pairs inside the window
        self.total = 0  # exact sum of the distinct weighted words and pairs, times weights.scale
        self.edges: dict[tuple[str, str], int] = {}  # (first word, last word) -> exact edge weights

    def score(self, lo: int, hi: int) -> float:
        """The summed weights of the words and pairs (and first/end) of tokens ``lo..hi``."""
        self._move(lo, hi)
        weights = self.weights
        if self.lo >= self.hi:  # no words: the pair "<s>_</s>" alone
            return weights.pair.get("<s>_</s>", 0.0)
        first = self.lowered[self.matched[self.lo]]
        last = self.lowered[self.matched[self.hi - 1]]
        edges = self.edges.get((first, last))
        if edges is None:  # the pairs <s>_first and last_</s>, and the first= and end= features
            weights_of_edges = (
                weights.pair.get(f"<s>_{first}", 0.0),
                weights.pair.get(f"{last}_</s>", 0.0),
                weights.first.get(first, 0.0),
                weights.end.get("word" if last.isalnum() else last, 0.0),
            )
            edges = self.edges[(first, last)] = sum(map(weights.exact, weights_of_edges))
        return (self.total + edges) / weights.scale

    def _move(self, lo: int, hi: int) -> None:
        new_lo = bisect_left(self.matched, lo)
        new_hi = bisect_right(self.matched, hi)
        if new_lo >= self.hi or new_lo < self.lo or new_hi < self.hi:  # disjoint or backwards: start over
            self.word_counts.clear()
            self.pair_counts.clear()
            self.total = 0
            self.lo = self.hi = new_lo
        while self.hi < new_hi:
            self._enter(self.hi)
            self.hi += 1
        while self.lo < new_lo:
            self._leave(self.lo)
            self.lo += 1

    def _word(self, k: int) -> str | None:
        token = self.matched[k]
        return self.lowered[token] if self.texts[token].isalpha() else None

    def _pair(self, k: int) -> str:
        """The pair of matched tokens ``k`` and ``k + 1``."""
        return f"{self.lowered[self.matched[k]]}_{self.lowered[self.matched[k + 1]]}"

    def _enter(self, k: int) -> None:
        word = self._word(k)
        if word is not None and word in self.weights.word_exact:
            self._add(self.word_counts, word, self.weights.word_exact[word])
        if k > self.lo:
            pair = self._pair(k - 1)
            if pair in self.weights.pair_exact:
                self._add(self.pair_counts, pair, self.weights.pair_exact[pair])

    def _leave(self, k: int) -> None:
        word = self._word(k)
        if word is not None and word in self.weights.word_exact:
            self._remove(self.word_counts, word, self.weights.word_exact[word])
        if k + 1 < self.hi:
            pair = self._pair(k)
            if pair in self.weights.pair_exact:
                self._remove(self.pair_counts, pair, self.weights.pair_exact[pair])

    def _add(self, counts: dict[str, int], key: str, exact: int) -> None:
        count = counts.get(key, 0)
        if count == 0:
            self.total += exact
        counts[key] = count + 1

    def _remove(self, counts: dict[str, int], key: str, exact: int) -> None:
        count = counts[key]
        if count == 1:
            self.total -= exact
            del counts[key]
        else:
            counts[key] = count - 1


def _size_class(size: int) -> str:
    """mention_features' ``len=`` class of a window of ``size`` tokens."""
    return "1-3" if size <= 3 else "4-8" if size <= 8 else "9-20" if size <= 20 else "21+"


def _count_class(mentions: int) -> str:
    """mention_features' ``mentions=`` class."""
    return "1" if mentions <= 1 else "2-3" if mentions <= 3 else "4+"
