"""Stage 1 of the extractor: the taxonomy's phrase matches as candidates, and the longest-match rule.

Safe names (Kubernetes, scikit-learn) become accepted candidates at once; names that are also
words or letters (C, Go, Spark, "testing") wait in ``Work.pending`` for the context rules.
"""

from __future__ import annotations

from resume_tailor.skills.matcher import CompiledMatchers
from resume_tailor.skills.words import TECH_CATEGORIES
from resume_tailor.skills.work import Candidate, Tokens, Work


def find_candidates(work: Work, compiled: CompiledMatchers) -> None:
    """Fill ``work.accepted`` with the safe matches and ``work.pending`` with the ambiguous ones."""
    tokens = work.tokens
    matched = tokens.matched
    lower = tokens.lowered if len(matched) == len(tokens) else list(map(tokens.lowered.__getitem__, matched))
    main_hits, ambiguous_hits = compiled.find(lower)
    work.accepted = [_candidate(tokens, name, s, e, False) for name, s, e in main_hits]
    forms = compiled.ambiguous_forms
    for key, s, e in ambiguous_hits:
        form = forms.get(key)
        if form is None:
            continue
        cand = _candidate(tokens, form.name, s, e, True)
        cand.key = key
        cand.strong = (
            work.text[cand.start : cand.end] in form.exact
            and not form.exact_only
            and is_technical(compiled, form.name)
        )
        work.pending.append(cand)


def is_technical(compiled: CompiledMatchers, name: str) -> bool:
    """True if the skill's category makes it context for its neighbours (not a soft skill or domain)."""
    return compiled.info.get(name, ("", False))[0] in TECH_CATEGORIES


def resolve(cands: list[Candidate]) -> list[Candidate]:
    """The non-overlapping candidates, by start: longest (in characters) wins; ties go to the earlier,
    then to the non-ambiguous match."""
    if not cands:
        return []
    taken = bytearray(max(c.last for c in cands) + 1)  # tokens already claimed by a longer match
    out: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: (-(c.end - c.start), c.start, c.ambiguous)):
        if any(taken[cand.first : cand.last + 1]):
            continue
        taken[cand.first : cand.last + 1] = b"\x01" * (cand.last - cand.first + 1)
        out.append(cand)
    out.sort(key=lambda c: c.start)
    return out


def _candidate(tokens: Tokens, name: str, s: int, e: int, ambiguous: bool) -> Candidate:
    """The candidate of matched words ``s..e-1`` (indexes into ``tokens.matched``)."""
    first, last = tokens.matched[s], tokens.matched[e - 1]
    return Candidate(name, first, last, tokens.starts[first], tokens.ends[last], ambiguous)
