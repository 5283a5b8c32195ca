"""The skill extractor: a pipeline of four stages over one :class:`~resume_tailor.skills.work.Work`.

1. :func:`~resume_tailor.skills.candidates.find_candidates`: the taxonomy's phrase matches;
2. :func:`~resume_tailor.skills.acceptance.accept_in_context`: ambiguous names with context, then
   the longest non-overlapping matches;
3. :func:`~resume_tailor.skills.list_items.add_list_items`: unknown items of lists of skills;
4. :func:`~resume_tailor.skills.judging.judge`: the context model keeps or drops each mention.

The rules themselves are described in :mod:`resume_tailor.skills.extract`.
"""

from __future__ import annotations

import gc
from collections.abc import Collection, Iterator
from contextlib import contextmanager

from resume_tailor.models import SkillMention
from resume_tailor.skills.acceptance import accept_in_context
from resume_tailor.skills.candidates import find_candidates
from resume_tailor.skills.context_model import sentence_ids
from resume_tailor.skills.judging import Judged, judge
from resume_tailor.skills.list_items import add_list_items, wants_list_items
from resume_tailor.skills.matcher import CompiledMatchers
from resume_tailor.skills.scoring import FeatureWeights
from resume_tailor.skills.thresholds import LARGE_TEXT
from resume_tailor.skills.work import Mode, SkillsLines, Tokens, Work


class Extractor:
    """Extracts skill mentions with compiled matchers (see :mod:`resume_tailor.skills.cache`)."""

    def __init__(self, compiled: CompiledMatchers, *, training: bool = False) -> None:
        self.compiled = compiled
        self.training = training  # propose model-judged candidates even without a model (to train one)
        self._weights: FeatureWeights | None = None  # the model's weights by family, built on first use

    @property
    def weights(self) -> FeatureWeights | None:
        """The context model's :class:`FeatureWeights` (None without a model)."""
        if self._weights is None and self.compiled.context is not None:
            self._weights = FeatureWeights(self.compiled.context)
        return self._weights

    def extract(
        self, text: str, *, listed: bool = False, known: Collection[str] = (), precise: bool = True
    ) -> list[SkillMention]:
        """Skill mentions in ``text``, in order, non-overlapping (longest match wins).

        ``known``: canonical names already established by context (e.g. listed in the resume's
        skills section); their ambiguous forms are accepted when written with the skill's casing.
        ``precise``: drop mentions that the context model judges incidental (company blurbs,
        titles, perks); skills lists are never filtered.
        """
        with _collector_paused(len(text) >= LARGE_TEXT):
            return [m for m, _ in self._run(text, self._mode(listed, known, precise, keep_features=False))]

    def scored(
        self, text: str, *, listed: bool = False, known: Collection[str] = (), precise: bool = True
    ) -> list[Judged]:
        """Mentions with the context-model features they were judged on (features empty if unjudged)."""
        return self._run(text, self._mode(listed, known, precise, keep_features=True))

    def _mode(self, listed: bool, known: Collection[str], precise: bool, *, keep_features: bool) -> Mode:
        has_model = self.compiled.context is not None
        return Mode(
            listed=listed,
            known=known,
            judged=precise and (has_model or self.training),
            filtering=precise and has_model,
            keep_features=keep_features,
            training=self.training,
        )

    def _run(self, text: str, mode: Mode) -> list[Judged]:
        """The four stages over ``text``."""
        if not text or not text.strip():
            return []
        work = Work(text=text, tokens=Tokens.of(text), lines=SkillsLines(text), mode=mode)
        if not work.tokens.matched:
            return []
        find_candidates(work, self.compiled)
        accept_in_context(work, self.compiled)
        if not work.chosen:
            return []
        with_items = wants_list_items(work)
        if with_items or mode.with_features:  # sentence ids: only list items and features use them
            work.sentence_of = sentence_ids(work.tokens.texts, work.tokens.gaps)
        if with_items:
            add_list_items(work)
        return judge(work, self.compiled, self.weights if mode.filtering else None)


@contextmanager
def _collector_paused(pause: bool) -> Iterator[None]:
    """Pause the cyclic garbage collector (see :data:`~resume_tailor.skills.thresholds.LARGE_TEXT`)."""
    enabled = gc.isenabled()
    if pause:
        gc.disable()
    try:
        yield
    finally:
        if pause and enabled:
            gc.enable()
