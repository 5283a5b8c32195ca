"""Stage 4 of the extractor: the context model keeps or drops each chosen mention.

Mentions on skills lines are never judged. Elsewhere, when features are wanted, each mention is
scored on the features of :func:`~resume_tailor.skills.context_model.mention_features`; with a
model and ``precise``, it is kept only if the model's probability reaches its threshold.

Two ways to the same verdict:

* *spelled*: the features as strings (``scored()``, training: the caller wants them);
* *fast*: :mod:`resume_tailor.skills.scoring` sums the same weights without writing the strings
  (``extract()``). A sentence that fits the model's window is scored once for all its mentions
  (its words and shape), and each mention subtracts the words that lie inside itself; a longer
  sentence is scored through a window that slides along it with the mentions.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Mapping
from itertools import filterfalse

from resume_tailor.models import SkillMention
from resume_tailor.skills.context_model import (
    SENTENCE_WINDOW,
    WORD_FEATURE,
    ContextModel,
    mention_features,
    sentence_bag,
    sentence_shape,
)
from resume_tailor.skills.matcher import CompiledMatchers
from resume_tailor.skills.scoring import FeatureWeights, SlidingWindow
from resume_tailor.skills.thresholds import LIST_NEIGHBOUR_GAP
from resume_tailor.skills.tokens import JOINERS
from resume_tailor.skills.work import Candidate, Work

Judged = tuple[SkillMention, list[str]]  # a kept mention and the features it was judged on


def judge(work: Work, compiled: CompiledMatchers, weights: FeatureWeights | None = None) -> list[Judged]:
    """The kept mentions of ``work.chosen``, with their features (empty where none were spelled).

    ``weights``: the model's :class:`FeatureWeights`, to judge without spelling the features.
    """
    judge_one: _Spelled | _Fast | None = None
    if work.mode.with_features:
        fast = weights is not None and not (work.mode.keep_features or work.mode.training)
        judge_one = _Fast(work, compiled, weights) if fast and weights else _Spelled(work, compiled)
    info = compiled.info
    text = work.text
    out = []
    chosen = work.chosen
    on_skills_line = work.are_skills_lines([c.start for c in chosen]) if judge_one else [True] * len(chosen)
    for n, cand in enumerate(chosen):
        if cand.inferred:  # an unknown list item: a tool if capitalised, else a domain
            category, soft = ("tool" if any(ch.isupper() for ch in cand.name) else "domain"), False
        else:
            category, soft = info.get(cand.name, ("domain", False))
        feats: list[str] = []
        if judge_one is not None and not on_skills_line[n]:
            feats, keep = judge_one(n, cand, category)
            if not keep:
                continue
        mention = SkillMention(cand.name, text[cand.start : cand.end], cand.start, cand.end, category, soft)
        out.append((mention, feats))
    return out


class _Sentences:
    """What the mentions of one text share: their sentences' spans, bags of words and mention counts."""

    def __init__(self, work: Work, compiled: CompiledMatchers) -> None:
        self.work = work
        self.model: ContextModel | None = compiled.context
        self.texts, self.lowered = work.tokens.texts, work.tokens.lowered
        sentence_of = work.sentence_of
        self.per_sentence = Counter(sentence_of[c.first] for c in work.chosen)
        self.spans: dict[int, tuple[int, int]] = {}  # sentence id -> its first and last token
        self.bags: dict[int, Counter[str]] = {}

    def span(self, sid: int, token: int) -> tuple[int, int]:
        """The first and last token of sentence ``sid``, which holds ``token``."""
        span = self.spans.get(sid)
        if span is None:
            sentence_of = self.work.sentence_of
            span = (bisect_left(sentence_of, sid, hi=token), bisect_right(sentence_of, sid, lo=token) - 1)
            self.spans[sid] = span
        return span

    def bag(self, sid: int) -> Counter[str]:
        """The alphabetic words of sentence ``sid`` (its span must be known) with their counts."""
        bag = self.bags.get(sid)
        if bag is None:
            bag = self.bags[sid] = sentence_bag(self.texts, self.lowered, *self.spans[sid])
        return bag

    def key(self, cand: Candidate) -> str:
        """The mention's surface key (its lower-cased words without joiners)."""
        return " ".join(filterfalse(JOINERS.__contains__, self.lowered[cand.first : cand.last + 1]))

    def in_list(self, n: int, cand: Candidate) -> bool:
        """Another mention at most :data:`LIST_NEIGHBOUR_GAP` tokens away in the same sentence."""
        chosen, sentence_of = self.work.chosen, self.work.sentence_of
        sid = sentence_of[cand.first]
        for other in chosen[max(0, n - 1) : n + 2]:  # chosen is sorted: only adjacent ones can touch
            gap = cand.first - other.last if other.last < cand.first else other.first - cand.last
            if other is not cand and 0 < gap <= LIST_NEIGHBOUR_GAP and sentence_of[other.first] == sid:
                return True
        return False


class _Spelled(_Sentences):
    """Judges with the features written out as strings."""

    def __init__(self, work: Work, compiled: CompiledMatchers) -> None:
        super().__init__(work, compiled)
        self.scores: dict[int, float] = {}  # sentence id -> summed weights of its words and shape

    def __call__(self, n: int, cand: Candidate, category: str) -> tuple[list[str], bool]:
        """The features of mention ``n`` (``cand``) and whether it is kept."""
        model = self.model
        sid = self.work.sentence_of[cand.first]
        span = self.span(sid, cand.first)
        bag = self.bag(sid)
        lo, hi = span
        # the whole sentence lies in the mention's window: score its words once, not once per mention
        fits = model is not None and not self.work.mode.training
        fits = fits and lo >= cand.first - SENTENCE_WINDOW and hi <= cand.last + SENTENCE_WINDOW
        feats = mention_features(
            self.texts, self.lowered, span, cand.first, cand.last, self.key(cand), category, cand.ambiguous,
            self.per_sentence[sid], self.in_list(n, cand), bag, with_bag=not fits,
        )  # fmt: skip
        if cand.unconfirmed:
            feats.append("unconfirmed")
        if cand.inferred:
            feats.append("inferred")
        if not self.work.mode.filtering or model is None:
            return feats, True
        extra = self._sentence_score(sid, model) - self._inside_adjustment(model, bag, cand) if fits else 0.0
        return feats, model.probability(feats, extra) >= model.threshold

    def _sentence_score(self, sid: int, model: ContextModel) -> float:
        score = self.scores.get(sid)
        if score is None:
            lo, hi = self.spans[sid]
            score = model.bag_score(self.bags[sid]) + model.shape_score(sentence_shape(self.lowered, lo, hi))
            self.scores[sid] = score
        return score

    def _inside_adjustment(self, model: ContextModel, bag: Counter[str], cand: Candidate) -> float:
        """Weights of the sentence words that occur only inside the mention (they are not its context)."""
        words = self.lowered[cand.first : cand.last + 1]
        total = 0.0
        for word in dict.fromkeys(words):  # the distinct words, in order of first occurrence
            count = bag.get(word)
            if count is not None and count <= words.count(word):
                total += model.weights.get(WORD_FEATURE + word, 0.0)
        return total


class _Fast(_Sentences):
    """Judges by summing the model's weights straight from the tokens (see :mod:`.scoring`)."""

    def __init__(self, work: Work, compiled: CompiledMatchers, weights: FeatureWeights) -> None:
        super().__init__(work, compiled)
        self.weights = weights
        self.scores: dict[int, float] = {}
        tokens = work.tokens
        self.window = SlidingWindow(weights, tokens.texts, tokens.lowered, tokens.matched)

    def __call__(self, n: int, cand: Candidate, category: str) -> tuple[list[str], bool]:
        """No features (they are not spelled) and whether mention ``n`` (``cand``) is kept."""
        weights = self.weights
        first, last = cand.first, cand.last
        sid = self.work.sentence_of[first]
        lo, hi = self.span(sid, first)
        if lo >= first - SENTENCE_WINDOW and hi <= last + SENTENCE_WINDOW:
            window = (lo, hi)  # the sentence fits the window: its words and shape are scored once
            bag = self.bag(sid)
            extra = self._sentence_score(sid, bag) - self._inside_adjustment(first, last, bag)
        else:
            window = (max(lo, first - SENTENCE_WINDOW), min(hi, last + SENTENCE_WINDOW))
            extra = self.window.score(*window) - self._inside_adjustment(first, last, self.window.word_counts)
        flags = (cand.ambiguous, self.in_list(n, cand), cand.unconfirmed, cand.inferred)
        key = self.lowered[first] if first == last else self.key(cand)
        local = weights.local_score(
            self.texts, self.lowered, window, first, last, key, category, flags, self.per_sentence[sid]
        )
        model = weights.model
        return [], model.probability_of(extra, local) >= model.threshold

    def _inside_adjustment(self, first: int, last: int, counts: Mapping[str, int]) -> float:
        """:meth:`FeatureWeights.inside_adjustment` (one word: the same sum, without the loop)."""
        if first != last:
            return self.weights.inside_adjustment(self.lowered[first : last + 1], counts)
        word = self.lowered[first]
        count = counts.get(word)
        return self.weights.word.get(word, 0.0) if count is not None and count <= 1 else 0.0

    def _sentence_score(self, sid: int, bag: Counter[str]) -> float:
        score = self.scores.get(sid)
        if score is None:
            lo, hi = self.spans[sid]
            score = self.weights.bag_score(bag) + self.weights.shape_score(self.lowered, lo, hi)
            self.scores[sid] = score
        return score
