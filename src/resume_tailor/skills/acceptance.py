"""Stage 2 of the extractor: which ambiguous names (C, Go, Spark, Excel) have technical context.

A name is accepted when one of the rules below holds (see ``extract.py`` for the list in prose).
Accepted technical names are context for their neighbours in turn ("node.js react go"), so the
rules run to a fixed point: after each acceptance, the rejected names near the new peer are judged
again. The rules only ever gain from more peers, so the result does not depend on the order in
which names are judged, and each name is judged again only when a peer appears next to it: the
stage is linear in the number of matches.
"""

from __future__ import annotations

from collections import deque
from typing import NamedTuple

from resume_tailor.skills.candidates import is_technical, resolve
from resume_tailor.skills.matcher import AmbiguousForm, CompiledMatchers
from resume_tailor.skills.thresholds import (
    ALTERNATIVES_REACH,
    LIST_PEER_REACH,
    MIN_PEER_CHARS,
    MIN_SHOUTED_CHARS,
    PEER_REACH,
    VERSION_GAP,
)
from resume_tailor.skills.tokens import JOINERS
from resume_tailor.skills.words import (
    ALTERNATIVE_JOINERS,
    ALTERNATIVE_WORDS,
    CODED_IN_FOLLOWERS,
    CODED_IN_PREPOSITIONS,
    CODING_WORDS,
    GLUING_JOINERS,
    LINE_OPENERS,
    LIST_DELIMS,
    NON_TECH_NEXT,
    SENTENCE_END,
    TECH_NEXT,
    TECH_PREV,
    TECHNOLOGY_KINDS,
    VERSION,
)
from resume_tailor.skills.work import Candidate, Work


def accept_in_context(work: Work, compiled: CompiledMatchers) -> None:
    """Move the pending names with context to ``work.accepted``, then choose ``work.chosen``.

    When the model judges (``work.mode.judged``), the rejected names that are not hard words
    ("security", "automation") stay as ``unconfirmed`` candidates: only the model may accept them.
    """
    for anchor in resolve(work.accepted):
        if is_technical(compiled, anchor.name):
            work.peers.add(anchor)
    for anchor in work.pending:
        if _seeded_peer(anchor):
            work.peers.add(anchor)
    rejected = _Settlement(work, compiled).run()
    if work.mode.judged:
        for cand in rejected:
            if not compiled.ambiguous_forms[cand.key].hard:
                cand.unconfirmed = True
                work.accepted.append(cand)
    work.chosen = resolve(work.accepted)


def _seeded_peer(cand: Candidate) -> bool:
    """A strong match (written exactly as a technical skill) is context from the start, unless a letter."""
    return cand.strong and cand.end - cand.start >= MIN_PEER_CHARS


class _Settlement:
    """Judges the pending names until no new peer changes a verdict."""

    def __init__(self, work: Work, compiled: CompiledMatchers) -> None:
        self.work = work
        self.compiled = compiled
        self.rules = ContextRules(work, compiled)
        self.rejected: dict[int, Candidate] = {}  # by id, in order of first rejection
        self.rejected_at: dict[int, list[Candidate]] = {}  # by first and by last token
        self.queue: deque[Candidate] = deque()  # rejected names to judge again (a peer appeared near)
        self.queued: set[int] = set()

    def run(self) -> list[Candidate]:
        """Judge every pending name (again when a peer appears near it); return the rejected ones."""
        for cand in self.work.pending:  # first in text order, then those a new peer may change
            self._judge(cand)
        while self.queue:
            cand = self.queue.popleft()
            self.queued.discard(id(cand))
            self._judge(cand)
        return list(self.rejected.values())

    def _judge(self, cand: Candidate) -> None:
        if not self.rules.accepts(cand):
            self._reject(cand)
            return
        if self.rejected:
            self.rejected.pop(id(cand), None)
        self.work.accepted.append(cand)
        if is_technical(self.compiled, cand.name):
            if not _seeded_peer(cand):
                self.work.peers.add(cand)
            if self.rejected:
                for near in self._rejected_near(cand):
                    if id(near) not in self.queued:
                        self.queue.append(near)
                        self.queued.add(id(near))

    def _reject(self, cand: Candidate) -> None:
        if id(cand) not in self.rejected:
            self.rejected[id(cand)] = cand
            self.rejected_at.setdefault(cand.first, []).append(cand)
            if cand.last != cand.first:
                self.rejected_at.setdefault(cand.last, []).append(cand)

    def _rejected_near(self, peer: Candidate) -> list[Candidate]:
        """Rejected names whose first or last token is within :data:`PEER_REACH` tokens of ``peer``."""
        found: dict[int, Candidate] = {}
        for token in range(peer.first - PEER_REACH, peer.last + PEER_REACH + 1):
            for cand in self.rejected_at.get(token, ()):
                if id(cand) in self.rejected:
                    found[id(cand)] = cand
        return sorted(found.values(), key=lambda c: (c.start, c.end))


class _Spot(NamedTuple):
    """How one ambiguous match is written and what surrounds it."""

    written: str  # its matched tokens joined by spaces, as written
    exact: bool  # written as the taxonomy writes the skill
    prev: str  # the token before it ("" at the start)
    next: str  # the token after it ("" at the end)
    coded_in: bool  # "<coding word> in/using" before it ("expertise in Java")
    sentence_start: bool  # it opens a sentence, a bullet or a line
    single_letter: bool  # C, R: never context for anything, never accepted in another case


class ContextRules:
    """The context rules for the ambiguous matches of one text."""

    def __init__(self, work: Work, compiled: CompiledMatchers) -> None:
        self.work = work
        self.tokens = work.tokens
        self.forms = compiled.ambiguous_forms
        self.allow = compiled.allow

    def accepts(self, cand: Candidate) -> bool:
        """True if the ambiguous match ``cand`` reads as the skill here."""
        if cand.strong and cand.name in self.work.mode.known:
            return True
        form = self.forms[cand.key]
        spot = self._spot(cand, form)
        symbolic = "+" in spot.written or "#" in spot.written  # "c++", "c#": never an ordinary word
        if form.exact_only and (spot.exact or not symbolic):
            return spot.exact
        if self._vetoed(spot):
            return False
        # learned: in postings this form is nearly always the skill; otherwise the rules below decide
        if cand.key in self.allow and (not form.hard or (spot.exact and not spot.sentence_start)):
            return True
        if self.work.is_skills_line(cand.start):
            return spot.exact or spot.written.lower() == spot.written or not spot.single_letter
        if self._in_list_with_skill(cand):
            return True
        shouted = spot.written.isupper() and len(spot.written) >= MIN_SHOUTED_CHARS  # "JAVA JEE Angular"
        cased = spot.exact or spot.written.islower() or shouted
        if not spot.single_letter and cased and self._next_to_skill(cand):
            return True
        return spot.exact and self._reads_technical(cand, spot)

    def _spot(self, cand: Candidate, form: AmbiguousForm) -> _Spot:
        texts, lowered = self.tokens.texts, self.tokens.lowered
        if cand.first == cand.last:
            written = texts[cand.first]
        else:
            written = " ".join(w for w in texts[cand.first : cand.last + 1] if w not in JOINERS)
        prev = texts[cand.first - 1] if cand.first > 0 else ""
        before_prev = lowered[cand.first - 2] if cand.first > 1 else ""
        sentence_start = (
            cand.first == 0
            or prev in LINE_OPENERS
            or self.work.newline_between(self.tokens.ends[cand.first - 1], cand.start)
        )
        return _Spot(
            written,
            written in form.exact,
            prev,
            texts[cand.last + 1] if cand.last + 1 < len(texts) else "",
            prev.lower() in CODED_IN_PREPOSITIONS and before_prev in CODING_WORDS,
            sentence_start,
            len(written) == 1,
        )

    @staticmethod
    def _vetoed(spot: _Spot) -> bool:
        """Readings that are never the skill: "Go-to-market", "go ahead", a letter in another case."""
        if spot.prev in GLUING_JOINERS or spot.next in GLUING_JOINERS:
            return True
        if spot.next.lower() in NON_TECH_NEXT and not (spot.exact and spot.coded_in):
            return True
        return spot.single_letter and not spot.exact

    def _reads_technical(self, cand: Candidate, spot: _Spot) -> bool:
        """Rules for a name written exactly as the skill, from the words around it."""
        following = spot.next.lower()
        if (
            following in ALTERNATIVE_JOINERS
            and not spot.single_letter
            and self._names_alternatives(cand.last + 2)
        ):
            return True  # "React or other modern web frameworks"
        if VERSION.fullmatch(spot.next) and self.tokens.starts[cand.last + 1] - cand.end <= VERSION_GAP:
            return True  # "Java 8"
        if following in TECH_NEXT:
            return True  # "Go developer"
        if spot.coded_in and (self._is_item_edge(cand.last + 1) or following in CODED_IN_FOLLOWERS):
            return True  # "programming in R", "written in C", "proficient in Go."
        capitalised = spot.written[:1].isupper()
        return (
            len(spot.written) >= 2
            and capitalised
            and not spot.sentence_start
            and spot.prev.lower() in TECH_PREV
        )  # "written in Rust"

    def _names_alternatives(self, start: int) -> bool:
        """``... or other modern web frameworks``: an alternative word, then a kind of technology."""
        alternative = False
        for word in self.tokens.lowered[start : start + ALTERNATIVES_REACH]:
            if word in SENTENCE_END:
                return False
            if word in ALTERNATIVE_WORDS:
                alternative = True
            elif alternative and word in TECHNOLOGY_KINDS:
                return True
        return False

    def _is_item_edge(self, i: int) -> bool:
        """True if token ``i`` is a list delimiter, ends a sentence, or lies outside the text."""
        if i < 0 or i >= len(self.tokens.texts):
            return True
        return self.tokens.lowered[i] in LIST_DELIMS or self.tokens.texts[i] in SENTENCE_END

    def _next_to_skill(self, cand: Candidate) -> bool:
        """A run of skill names without delimiters ("mysql java hibernate", "PHP React jQuery").

        The match touches a technical skill on the same line and is written like its neighbour: all
        in lower case next to a lower-case skill (tag lines), or not.
        """
        text, peers = self.work.text, self.work.peers
        lower = text[cand.start : cand.end].islower()
        for peer in [*peers.ending_at(cand.first - 1), *peers.starting_at(cand.last + 1)]:
            if peer is cand or self.work.newline_between(
                min(peer.end, cand.end), max(peer.start, cand.start)
            ):
                continue
            if lower == text[peer.start : peer.end].islower():
                return True
        return False

    def _in_list_with_skill(self, cand: Candidate) -> bool:
        """The match is a whole list item and a neighbouring item is a technical skill."""
        texts, peers = self.tokens.texts, self.work.peers
        after = cand.last + 1
        if after < len(texts) and VERSION.fullmatch(texts[after]):
            after += 1
        if not (self._is_item_edge(cand.first - 1) and self._is_item_edge(after)):
            return False
        left_delim, right_delim = cand.first - 1, after
        reach = range(1, LIST_PEER_REACH + 1)
        if left_delim >= 0 and texts[left_delim] not in SENTENCE_END:
            for distance in reach:
                for peer in peers.ending_at(left_delim - distance):
                    if peer is not cand and not self.work.newline_between(peer.end, cand.start):
                        return True
        if right_delim < len(texts) and texts[right_delim] not in SENTENCE_END:
            for distance in reach:
                for peer in peers.starting_at(right_delim + distance):
                    if peer is not cand and not self.work.newline_between(cand.end, peer.start):
                        return True
        return False
