"""Find skills in text: phrase matching on the taxonomy, longest match wins, context for ambiguous names.

Safe surface forms (Kubernetes, scikit-learn, C++, "manage budgets") are accepted wherever they
occur. Forms that are also ordinary words or letters (C, R, Go, Swift, Spark, Chef, Excel, Make,
Express, "testing") are accepted only with technical context:

* the text is a skills list (``listed=True``) or the line starts with a label such as ``Skills:``;
* it is an item of a list (commas, slashes, pipes, "and"/"or") next to another technical skill;
* it is written with the skill's capitalisation and followed by a version (``Java 8``) or a
  technical word (``Go developer``, ``Spark jobs``), or introduced mid-sentence by "in/using/with/via" (``written in Rust``); single letters never.

One- and two-letter acronyms (ML, CI, IT) are accepted only in capitals.

>>> [(m.name, m.text) for m in extract_skills("Built ETL in Python and Go; deployed on k8s.")]
[('ETL', 'ETL'), ('Python', 'Python'), ('Go', 'Go'), ('Kubernetes', 'k8s')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from resume_tailor.models import SkillMention
from resume_tailor.skills.matcher import CompiledMatchers
from resume_tailor.skills.tokens import JOINERS, Token, tokenize

LIST_DELIMS = frozenset({",", ";", "/", "|", "•", "·", "(", ")", "and", "or", "&", "+", "[", "]", "*", "▪"})
SENTENCE_END = frozenset({".", "!", "?", ":"})
TECH_NEXT = frozenset(
    """programming language languages developer developers development engineer engineers engineering
    code codebase codebases sdk api apis runtime framework frameworks library libraries cluster clusters
    jobs job streaming cookbooks spreadsheets spreadsheet macros macro pivot vba formulas scripting
    scripts script programs modules module packages package services service microservices backend
    applications application apps app stack compiler toolchain ecosystem workloads pipelines""".split()
)
TECH_PREV = frozenset({"in", "using", "with", "via", "use", "uses", "used", "knowledge", "experience", "of"})
CODING_WORDS = frozenset(
    """programming written code coded implemented developed proficient proficiency experience experienced
    skills fluent expertise scripting scripts analysis modelling modeling rewritten rewrote wrote port
    ported""".split()
)
NON_TECH_NEXT = frozenset({"to", "ahead", "live", "out", "up", "back", "through", "beyond", "away", "over"})
VERSION = re.compile(r"v?\d+(?:\.\d+)*[+x]?")
SKILLS_LABEL = re.compile(
    r"^\W*(?:technical |technology |programming |core |key |it |computer |software )?"
    r"(?:skills?|languages?|technologies|tech(?:nical)? stack|stack|tools?|frameworks?|platforms?|"
    r"databases?|proficienc(?:y|ies)|competenc(?:y|ies)|expertise|environment|tech)\b[^:\n]{0,30}[:|\-–]",
    re.IGNORECASE,
)
TECH_CATEGORIES = frozenset(
    {"programming_language", "framework", "cloud", "database", "tool", "methodology", "certification"}
)


@dataclass
class _Candidate:
    name: str
    first: int  # index of the first full token
    last: int  # index of the last full token (inclusive)
    start: int
    end: int
    ambiguous: bool
    strong: bool = False  # an ambiguous match written exactly as the skill (e.g. "Rust", not "rust")


def _line_is_skills_list(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return bool(SKILLS_LABEL.match(text, line_start, pos + 1)) or bool(
        SKILLS_LABEL.match(text[line_start:pos])
    )


def _is_item_edge(tokens: list[Token], i: int) -> bool:
    """True if token ``i`` is a list delimiter, a line break boundary or outside the text."""
    if i < 0 or i >= len(tokens):
        return True
    return tokens[i].text.lower() in LIST_DELIMS or tokens[i].text in SENTENCE_END


def _gap_has_newline(text: str, a: int, b: int) -> bool:
    return "\n" in text[a:b]


class Extractor:
    """Extracts skill mentions with compiled matchers (see :mod:`resume_tailor.skills.cache`)."""

    def __init__(self, compiled: CompiledMatchers) -> None:
        self.compiled = compiled

    def extract(self, text: str, *, listed: bool = False) -> list[SkillMention]:
        """Skill mentions in ``text``, in order, non-overlapping (longest match wins)."""
        if not text or not text.strip():
            return []
        tokens = tokenize(text)
        index = [i for i, t in enumerate(tokens) if t.text not in JOINERS]
        if not index:
            return []
        lower = [tokens[i].text.lower() for i in index]
        cands: list[_Candidate] = []
        for name, s, e in self.compiled.main(lower):
            cands.append(self._candidate(tokens, index, s, e, name, False))
        ambiguous: list[tuple[_Candidate, str]] = []
        for key, s, e in self.compiled.ambiguous(lower):
            form = self.compiled.ambiguous_forms.get(key)
            if form is None:
                continue
            cand = self._candidate(tokens, index, s, e, form.name, True)
            cand.strong = text[cand.start : cand.end] in form.exact and not form.exact_only and (
                self.compiled.info.get(form.name, ("", False))[0] in TECH_CATEGORIES
            )
            ambiguous.append((cand, key))
        accepted = self._resolve(cands)
        anchors = [c for c in accepted if self.compiled.info.get(c.name, ("", False))[0] in TECH_CATEGORIES]
        for cand, key in ambiguous:
            if self._accept_ambiguous(text, tokens, cand, key, anchors, ambiguous, listed):
                cands.append(cand)
        chosen = self._resolve(cands)
        mentions = []
        for c in chosen:
            category, soft = self.compiled.info.get(c.name, ("domain", False))
            mentions.append(
                SkillMention(
                    name=c.name, text=text[c.start : c.end], start=c.start, end=c.end, category=category, soft=soft
                )
            )
        return mentions

    @staticmethod
    def _candidate(tokens: list[Token], index: list[int], s: int, e: int, name: str, amb: bool) -> _Candidate:
        first, last = index[s], index[e - 1]
        return _Candidate(name, first, last, tokens[first].start, tokens[last].end, amb)

    @staticmethod
    def _resolve(cands: list[_Candidate]) -> list[_Candidate]:
        """Longest (in characters) wins; ties go to the earlier, then to the non-ambiguous match."""
        taken: list[tuple[int, int]] = []
        out: list[_Candidate] = []
        for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start, c.ambiguous)):
            if any(c.start < b and a < c.end for a, b in taken):
                continue
            taken.append((c.start, c.end))
            out.append(c)
        out.sort(key=lambda c: c.start)
        return out

    def _accept_ambiguous(
        self,
        text: str,
        tokens: list[Token],
        cand: _Candidate,
        key: str,
        anchors: list[_Candidate],
        others: list[tuple[_Candidate, str]],
        listed: bool,
    ) -> bool:
        form = self.compiled.ambiguous_forms[key]
        written = " ".join(t.text for t in tokens[cand.first : cand.last + 1] if t.text not in JOINERS)
        exact = written in form.exact
        if form.exact_only:
            return exact
        prev_tok = tokens[cand.first - 1].text if cand.first > 0 else ""
        next_tok = tokens[cand.last + 1].text if cand.last + 1 < len(tokens) else ""
        single_letter = len(written) == 1
        # "Go-to-market", "R-squared": a hyphen glued to the name makes it a different word
        if prev_tok in JOINERS - {"/"} or next_tok in JOINERS - {"/"}:
            return False
        if next_tok.lower() in NON_TECH_NEXT:
            return False
        if single_letter and not exact:
            return False
        if key in self.compiled.allow:
            return True
        if listed or _line_is_skills_list(text, cand.start):
            return exact or written.lower() == written or single_letter is False
        if self._in_list_with_skill(text, tokens, cand, anchors, others):
            return True
        if not exact:
            return False
        if VERSION.fullmatch(next_tok) and tokens[cand.last + 1].start - cand.end <= 1:
            return True
        if next_tok.lower() in TECH_NEXT:
            return True
        before_prev = tokens[cand.first - 2].text.lower() if cand.first > 1 else ""
        if prev_tok.lower() in {"in", "using"} and before_prev in CODING_WORDS and (
            _is_item_edge(tokens, cand.last + 1) or next_tok.lower() in {"for", "to", "with", "and", "or"}
        ):
            return True  # "programming in R", "written in C", "proficient in Go."
        sentence_start = cand.first == 0 or tokens[cand.first - 1].text in SENTENCE_END | {"•", "-", "*"}
        sentence_start = sentence_start or _gap_has_newline(text, tokens[cand.first - 1].end, cand.start)
        capitalised = written[:1].isupper()
        return (
            len(written) >= 2
            and capitalised
            and not sentence_start
            and prev_tok.lower() in TECH_PREV
        )

    @staticmethod
    def _in_list_with_skill(
        text: str,
        tokens: list[Token],
        cand: _Candidate,
        anchors: list[_Candidate],
        others: list[tuple[_Candidate, str]],
    ) -> bool:
        """The match is a whole list item and a neighbouring item is a technical skill."""
        after = cand.last + 1
        if after < len(tokens) and VERSION.fullmatch(tokens[after].text):
            after += 1
        if not (_is_item_edge(tokens, cand.first - 1) and _is_item_edge(tokens, after)):
            return False
        left_delim = cand.first - 1
        right_delim = after
        peers = [a for a in anchors if a is not cand] + [
            o for o, key in others if o is not cand and o.end - o.start >= 2 and o.strong
        ]
        for peer in peers:
            if 0 <= left_delim and peer.last < left_delim and left_delim - peer.last <= 2:
                if not _gap_has_newline(text, peer.end, cand.start) and tokens[left_delim].text not in SENTENCE_END:
                    return True
            if right_delim < len(tokens) and peer.first > right_delim and peer.first - right_delim <= 2:
                if not _gap_has_newline(text, cand.end, peer.start) and tokens[right_delim].text not in SENTENCE_END:
                    return True
        return False


_extractor: Extractor | None = None


def get_extractor() -> Extractor:
    """The process-wide extractor (matchers loaded from the cache or built on first use)."""
    global _extractor
    from resume_tailor.skills.cache import get_matchers

    compiled = get_matchers()
    if _extractor is None or _extractor.compiled is not compiled:
        _extractor = Extractor(compiled)
    return _extractor


def extract_skills(text: str, *, listed: bool = False) -> list[SkillMention]:
    """Skills mentioned in ``text`` with canonical names, categories and character offsets.

    ``listed=True`` says the text is a skills list (a resume's skills section), where short or
    ambiguous names need no further context.

    >>> [m.name for m in extract_skills("Skills: C, C++, Go, R, .NET, Postgres")]
    ['C', 'C++', 'Go', 'R', '.NET', 'PostgreSQL']
    """
    return get_extractor().extract(text, listed=listed)
