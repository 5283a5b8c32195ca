"""Stage 4 of the extractor: the context model keeps or drops each chosen mention.

Mentions on skills lines are never judged. Elsewhere, when features are wanted, each mention gets
the features of :func:`~resume_tailor.skills.context_model.mention_features`; with a model and
``precise``, it is kept only if the model's probability reaches its threshold.

The sentence's own words are the costly part of the features, and they are the same for every
mention of a sentence that fits the model's window: such sentences are scored once (their bag of
words and shape), and each mention subtracts the words that lie inside itself.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
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
from resume_tailor.skills.thresholds import LIST_NEIGHBOUR_GAP
from resume_tailor.skills.tokens import JOINERS
from resume_tailor.skills.work import Candidate, Work

Judged = tuple[SkillMention, list[str]]  # a kept mention and the features it was judged on


def judge(work: Work, compiled: CompiledMatchers) -> list[Judged]:
    """The kept mentions of ``work.chosen``, with their features (empty where none were computed)."""
    judge_one = _Judge(work, compiled) if work.mode.with_features else None
    out = []
    for n, cand in enumerate(work.chosen):
        category, soft = _category(compiled, cand)
        feats: list[str] = []
        if judge_one is not None and not work.is_skills_line(cand.start):
            feats, keep = judge_one(n, cand, category)
            if not keep:
                continue
        mention = SkillMention(
            name=cand.name,
            text=work.text[cand.start : cand.end],
            start=cand.start,
            end=cand.end,
            category=category,
            soft=soft,
        )
        out.append((mention, feats))
    return out


def _category(compiled: CompiledMatchers, cand: Candidate) -> tuple[str, bool]:
    """(category, soft) of a mention; an inferred list item is a tool if capitalised, else a domain."""
    if cand.inferred:
        return ("tool" if any(ch.isupper() for ch in cand.name) else "domain"), False
    return compiled.info.get(cand.name, ("domain", False))


class _Judge:
    """Features and verdicts for the mentions of one text, with per-sentence work done once."""

    def __init__(self, work: Work, compiled: CompiledMatchers) -> None:
        self.work = work
        self.model: ContextModel | None = compiled.context
        sentence_of = work.sentence_of
        self.per_sentence = Counter(sentence_of[c.first] for c in work.chosen)
        self.spans: dict[int, tuple[int, int]] = {}  # sentence id -> its first and last token
        self.bags: dict[int, Counter[str]] = {}
        self.scores: dict[int, float] = {}  # sentence id -> summed weights of its words and shape

    def __call__(self, n: int, cand: Candidate, category: str) -> tuple[list[str], bool]:
        """The features of mention ``n`` (``cand``) and whether it is kept."""
        work, model = self.work, self.model
        tokens = work.tokens
        sid = work.sentence_of[cand.first]
        span, bag = self._sentence(sid, cand.first)
        lo, hi = span
        # the whole sentence lies in the mention's window: score its words once, not once per mention
        fits = model is not None and not work.mode.training
        fits = fits and lo >= cand.first - SENTENCE_WINDOW and hi <= cand.last + SENTENCE_WINDOW
        key = " ".join(filterfalse(JOINERS.__contains__, tokens.lowered[cand.first : cand.last + 1]))
        feats = mention_features(
            tokens.texts, tokens.lowered, span, cand.first, cand.last, key, category, cand.ambiguous,
            self.per_sentence[sid], self._in_list(n, cand), bag, with_bag=not fits,
        )  # fmt: skip
        if cand.unconfirmed:
            feats.append("unconfirmed")
        if cand.inferred:
            feats.append("inferred")
        if not work.mode.filtering or model is None:
            return feats, True
        extra = self._sentence_score(sid, model) - self._inside_adjustment(model, bag, cand) if fits else 0.0
        return feats, model.probability(feats, extra) >= model.threshold

    def _sentence(self, sid: int, token: int) -> tuple[tuple[int, int], Counter[str]]:
        """The span and bag of words of sentence ``sid``, which holds ``token``."""
        span = self.spans.get(sid)
        if span is None:
            sentence_of = self.work.sentence_of
            span = (bisect_left(sentence_of, sid, hi=token), bisect_right(sentence_of, sid, lo=token) - 1)
            self.spans[sid] = span
            self.bags[sid] = sentence_bag(self.work.tokens.texts, self.work.tokens.lowered, *span)
        return span, self.bags[sid]

    def _sentence_score(self, sid: int, model: ContextModel) -> float:
        score = self.scores.get(sid)
        if score is None:
            lo, hi = self.spans[sid]
            score = model.bag_score(self.bags[sid]) + model.shape_score(
                sentence_shape(self.work.tokens.lowered, lo, hi)
            )
            self.scores[sid] = score
        return score

    def _in_list(self, n: int, cand: Candidate) -> bool:
        """Another mention at most :data:`LIST_NEIGHBOUR_GAP` tokens away in the same sentence."""
        chosen, sentence_of = self.work.chosen, self.work.sentence_of
        sid = sentence_of[cand.first]
        for other in chosen[max(0, n - 1) : n + 2]:  # chosen is sorted: only adjacent ones can touch
            if (
                other is not cand
                and (
                    0 < cand.first - other.last <= LIST_NEIGHBOUR_GAP
                    or 0 < other.first - cand.last <= LIST_NEIGHBOUR_GAP
                )
                and sentence_of[other.first] == sid
            ):
                return True
        return False

    def _inside_adjustment(self, model: ContextModel, bag: Counter[str], cand: Candidate) -> float:
        """Weights of the sentence words that occur only inside the mention (they are not its context)."""
        words = self.work.tokens.lowered[cand.first : cand.last + 1]
        total = 0.0
        for word in dict.fromkeys(words):  # the distinct words, in order of first occurrence
            count = bag.get(word)
            if count is not None and count <= words.count(word):
                total += model.weights.get(WORD_FEATURE + word, 0.0)
        return total
