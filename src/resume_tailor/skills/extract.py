"""Find skills in text: phrase matching on the taxonomy, longest match wins, context for ambiguous names.

Safe surface forms (Kubernetes, scikit-learn, C++, "manage budgets") are accepted wherever they
occur. Forms that are also ordinary words or letters (C, R, Go, Swift, Spark, Chef, Excel, Make,
Express, "testing") are accepted only with technical context:

* the text is a skills list (``listed=True``) or the line starts with a label such as ``Skills:``;
* it is an item of a list (commas, slashes, pipes, "and"/"or") next to another technical skill;
* it is written with the skill's capitalisation and followed by a version (``Java 8``) or a
  technical word (``Go developer``, ``Spark jobs``), or introduced mid-sentence by
  "in/using/with/via" (``written in Rust``); single letters only after "programming in" and the like.

One- and two-letter acronyms (ML, CI, IT) are accepted only in capitals. Overlaps are resolved
longest first (``Spring Boot`` over ``Spring``).

``precise=True`` (the default) adds a judged layer for running text such as job postings: generic
words without context ("security", "automation") and unknown items of a list of known skills
("Java, JMS and Flight Recorder") become candidates, and a small context model (see
``context_model.py``; trained on SkillSpan train) keeps a mention only if it reads as a real
requirement or use, not a company blurb, job title or perk. Skills lists are never filtered.
``precise=False`` is the rule layer alone; resumes use it for their bullets.

>>> [(m.name, m.text) for m in extract_skills("Built ETL in Python and Go; deployed on k8s.", precise=False)]
[('ETL', 'ETL'), ('Python', 'Python'), ('Go', 'Go'), ('Kubernetes', 'k8s')]
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

from resume_tailor.models import SkillMention
from resume_tailor.skills.context_model import (
    SENTENCE_WINDOW,
    ContextModel,
    mention_features,
    mention_words,
    sentence_bag,
    sentence_bounds,
)
from resume_tailor.skills.matcher import CompiledMatchers
from resume_tailor.skills.tokens import JOINERS, Token, tokenize

LIST_DELIMS = frozenset({",", ";", "/", "|", "•", "·", "(", ")", "and", "or", "&", "+", "[", "]", "*", "▪"})
SENTENCE_END = frozenset({".", "!", "?", ":"})
LARGE_TEXT = 100_000  # characters
ITEM_DELIMS = frozenset({",", ";", "|", "(", ")", "and", "or", "&", "/", "•", "·", ":", "[", "]", "▪", "☞"})
ITEM_STOP = frozenset(
    {
        "the", "a", "an", "we", "you", "our", "your", "to", "is", "are", "be", "will", "with", "in", "of",
        "for", "on", "at", "as", "etc", "e.g", "i.e", "other", "such", "including", "like", "more", "have",
        "has", "it", "this", "that", "these", "those", "all", "any", "some", "strong", "good", "excellent",
        "experience", "knowledge", "understanding", "skills", "similar", "related", "also", "well", "who",
        "which", "can", "must", "should", "please", "us", "their", "they", "he", "she", "i", "my", "not",
        "from", "by", "into", "about", "if", "when", "where", "how", "what", "do", "does", "plus", "e",
        "language", "languages", "application", "applications", "tool", "tools", "technology",
        "technologies", "framework", "frameworks", "software", "system", "systems", "platform", "platforms",
        "database", "databases", "proficient", "familiar", "basic", "advanced", "intermediate", "fluent",
        "native", "others", "various", "many", "several", "years", "year", "level", "expert",
    }
)  # fmt: skip
TECH_NEXT = frozenset(
    {
        "programming",
        "language",
        "languages",
        "developer",
        "developers",
        "development",
        "engineer",
        "engineers",
        "engineering",
        "code",
        "codebase",
        "codebases",
        "sdk",
        "api",
        "apis",
        "runtime",
        "framework",
        "frameworks",
        "library",
        "libraries",
        "cluster",
        "clusters",
        "jobs",
        "job",
        "streaming",
        "cookbooks",
        "spreadsheets",
        "spreadsheet",
        "macros",
        "macro",
        "pivot",
        "vba",
        "formulas",
        "scripting",
        "scripts",
        "script",
        "programs",
        "modules",
        "module",
        "packages",
        "package",
        "services",
        "service",
        "microservices",
        "backend",
        "applications",
        "application",
        "apps",
        "app",
        "stack",
        "compiler",
        "toolchain",
        "ecosystem",
        "workloads",
        "pipelines",
        "tooling",
        "tools",
        "binaries",
        "binary",
        "cli",
        "sdks",
    }
)
TECH_PREV = frozenset({"in", "using", "with", "via", "use", "uses", "used", "knowledge", "experience", "of"})
CODING_WORDS = frozenset(
    {
        "programming",
        "written",
        "code",
        "coded",
        "implemented",
        "developed",
        "proficient",
        "proficiency",
        "experience",
        "experienced",
        "skills",
        "fluent",
        "expertise",
        "scripting",
        "scripts",
        "analysis",
        "modelling",
        "modeling",
        "rewritten",
        "rewrote",
        "wrote",
        "port",
        "ported",
    }
)
NON_TECH_NEXT = frozenset({"to", "ahead", "live", "out", "up", "back", "through", "beyond", "away", "over"})
VERSION = re.compile(r"v?\d+(?:\.\d+)*[+x]?")
SKILLS_LABEL = re.compile(
    r"^\W*(?:technical |technology |programming |core |key |it |computer |software )?"
    r"(?:skills?|languages?|technologies|tech(?:nical)? stack|stack|tools?|frameworks?|platforms?|"
    r"databases?|proficienc(?:y|ies)|competenc(?:y|ies)|expertise|environment|tech)\b[^:\n]{0,30}[:|\-–]",
    re.IGNORECASE | re.MULTILINE,
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
    unconfirmed: bool = False  # a generic word without context: only the context model may accept it
    inferred: bool = False  # an unknown item of a list of skills (not in the taxonomy)


_Peers = tuple[dict[int, list[_Candidate]], dict[int, list[_Candidate]]]  # tech matches by last/first token


def _inside_adjustment(
    model: ContextModel, bag: dict[str, tuple[str, int]], tokens: list[Token], c: _Candidate
) -> float:
    """Weights of the sentence words that occur only inside the mention (they are not its context)."""
    total = 0.0
    for word, n in mention_words(tokens, c.first, c.last).items():
        entry = bag.get(word)
        if entry is not None and entry[1] <= n:
            total += model.weights.get(entry[0], 0.0)
    return total


class _Lines:
    """Which lines of a text are labelled skills lists ("Skills: ..."), computed once per line."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks = [m.start() for m in re.finditer("\n", text)]
        self.cache: dict[int, bool] = {}

    def is_skills_list(self, pos: int) -> bool:
        """True if the line holding character ``pos`` starts with a skills label."""
        n = bisect_right(self.breaks, pos - 1)
        start = self.breaks[n - 1] + 1 if n else 0
        found = self.cache.get(start)
        if found is None:
            found = bool(SKILLS_LABEL.match(self.text, start, min(len(self.text), start + 120)))
            self.cache[start] = found
        return found


def _is_item_edge(tokens: list[Token], i: int) -> bool:
    """True if token ``i`` is a list delimiter, a line break boundary or outside the text."""
    if i < 0 or i >= len(tokens):
        return True
    return tokens[i].text.lower() in LIST_DELIMS or tokens[i].text in SENTENCE_END


def _gap_has_newline(text: str, a: int, b: int) -> bool:
    return "\n" in text[a:b]


class Extractor:
    """Extracts skill mentions with compiled matchers (see :mod:`resume_tailor.skills.cache`)."""

    def __init__(self, compiled: CompiledMatchers, *, training: bool = False) -> None:
        self.compiled = compiled
        self.training = training  # propose model-judged candidates even without a model (to train one)

    def extract(
        self, text: str, *, listed: bool = False, known: Collection[str] = (), precise: bool = True
    ) -> list[SkillMention]:
        """Skill mentions in ``text``, in order, non-overlapping (longest match wins).

        ``known``: canonical names already established by context (e.g. listed in the resume's
        skills section); their ambiguous forms are accepted when written with the skill's casing.
        ``precise``: drop mentions that the context model judges incidental (company blurbs,
        titles, perks); skills lists are never filtered.
        """
        if len(text) < LARGE_TEXT:
            return [m for m, _ in self.scored(text, listed=listed, known=known, precise=precise)]
        # Megabytes of text allocate millions of small objects; the cyclic GC only slows that down.
        enabled = gc.isenabled()
        gc.disable()
        try:
            return [m for m, _ in self.scored(text, listed=listed, known=known, precise=precise)]
        finally:
            if enabled:
                gc.enable()

    def scored(
        self, text: str, *, listed: bool = False, known: Collection[str] = (), precise: bool = True
    ) -> list[tuple[SkillMention, list[str]]]:
        """Mentions with the context-model features they were judged on (features empty if unjudged)."""
        if not text or not text.strip():
            return []
        tokens = tokenize(text)
        lines = _Lines(text)
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
            cand.strong = (
                text[cand.start : cand.end] in form.exact
                and not form.exact_only
                and (self.compiled.info.get(form.name, ("", False))[0] in TECH_CATEGORIES)
            )
            ambiguous.append((cand, key))
        accepted = self._resolve(cands)
        anchors = [c for c in accepted if self.compiled.info.get(c.name, ("", False))[0] in TECH_CATEGORIES]
        anchors += [o for o, _ in ambiguous if o.strong and o.end - o.start >= 2]
        by_last: dict[int, list[_Candidate]] = {}
        by_first: dict[int, list[_Candidate]] = {}
        for anchor in anchors:
            by_last.setdefault(anchor.last, []).append(anchor)
            by_first.setdefault(anchor.first, []).append(anchor)
        peers = (by_last, by_first)
        model = self.compiled.context
        judged = precise and (model is not None or self.training)
        for cand, key in ambiguous:
            if (cand.strong and cand.name in known) or self._accept_ambiguous(
                text, tokens, cand, key, peers, listed, lines
            ):
                cands.append(cand)
            elif judged and not self.compiled.ambiguous_forms[key].hard:
                cand.unconfirmed = True
                cands.append(cand)
        chosen = self._resolve(cands)
        sentence_ids = sentence_bounds(tokens, text) if chosen else []
        if chosen:
            chosen = sorted(
                chosen + self._list_items(text, tokens, sentence_ids, chosen, listed, judged, lines),
                key=lambda c: c.start,
            )
        per_sentence = Counter(sentence_ids[c.first] for c in chosen)
        sentence_spans: dict[int, tuple[int, int]] = {}
        for i, sid in enumerate(sentence_ids):
            lo_hi = sentence_spans.get(sid)
            sentence_spans[sid] = (i, i) if lo_hi is None else (lo_hi[0], i)
        bags: dict[int, dict[str, tuple[str, int]]] = {}
        bag_scores: dict[int, float] = {}
        out = []
        for n, c in enumerate(chosen):
            if c.inferred:
                category, soft = ("tool" if any(ch.isupper() for ch in c.name) else "domain"), False
            else:
                category, soft = self.compiled.info.get(c.name, ("domain", False))
            feats: list[str] = []
            skills_line = listed or lines.is_skills_list(c.start)
            if c.unconfirmed and skills_line:
                c.unconfirmed = False
            if not skills_line:
                key = " ".join(t.text.lower() for t in tokens[c.first : c.last + 1] if t.text not in JOINERS)
                neighbours = chosen[max(0, n - 1) : n + 2]  # chosen is sorted: only adjacent ones can touch
                in_list = any(
                    o is not c
                    and (0 < c.first - o.last <= 2 or 0 < o.first - c.last <= 2)
                    and sentence_ids[o.first] == sentence_ids[c.first]
                    for o in neighbours
                )
                sid = sentence_ids[c.first]
                if sid not in bags:
                    bags[sid] = sentence_bag(tokens, *sentence_spans[sid])
                lo, hi = sentence_spans[sid]
                # fast path: score the sentence's words once, not once per mention
                fast = (
                    model is not None
                    and not self.training
                    and lo >= c.first - SENTENCE_WINDOW
                    and hi <= c.last + SENTENCE_WINDOW
                )
                feats = mention_features(
                    tokens, sentence_spans[sid], c.first, c.last, key, category, c.ambiguous,
                    per_sentence[sid], in_list, bags[sid], with_bag=not fast,
                )  # fmt: skip
                if c.unconfirmed:
                    feats.append("unconfirmed")
                if c.inferred:
                    feats.append("inferred")
                if precise and model is not None:
                    extra = 0.0
                    if fast:
                        if sid not in bag_scores:
                            bag_scores[sid] = model.bag_score(bags[sid])
                        extra = bag_scores[sid] - _inside_adjustment(model, bags[sid], tokens, c)
                    if model.probability(feats, extra) < model.threshold:
                        continue
            mention = SkillMention(
                name=c.name,
                text=text[c.start : c.end],
                start=c.start,
                end=c.end,
                category=category,
                soft=soft,
            )
            out.append((mention, feats))
        return out

    @staticmethod
    def _list_items(
        text: str,
        tokens: list[Token],
        sentence_ids: list[int],
        chosen: list[_Candidate],
        listed: bool,
        judged: bool,
        lines: _Lines,
    ) -> list[_Candidate]:
        """Unknown items of a list that holds known skills ("Java, JMS and Flight Recorder").

        Kept only in skills lists, or as candidates for the context model (``judged``).
        """
        items: list[tuple[int, int]] = []
        start = None
        for i, tok in enumerate([*tokens, Token(",", len(text), len(text))]):
            boundary = (
                tok.text.lower() in ITEM_DELIMS
                or i == len(tokens)
                or (start is not None and sentence_ids[i] != sentence_ids[start])
            )
            if boundary:
                if start is not None:
                    items.append((start, i - 1))
                start = None if tok.text.lower() in ITEM_DELIMS or i == len(tokens) else i
            elif start is None:
                start = i
        mask = bytearray(len(tokens))
        for c in chosen:
            mask[c.first : c.last + 1] = b"\x01" * (c.last - c.first + 1)
        is_skill = [any(mask[lo : hi + 1]) for lo, hi in items]
        out = []
        for n, (lo, hi) in enumerate(items):
            if is_skill[n] or hi - lo >= 4:
                continue
            if hi + 1 < len(tokens) and tokens[hi + 1].text == ":":
                continue  # a label ("Data: PostgreSQL, Redis"), not an item
            neighbours = [m for m in (n - 1, n + 1) if 0 <= m < len(items) and is_skill[m]]
            neighbours = [m for m in neighbours if sentence_ids[items[m][0]] == sentence_ids[lo]]
            if not neighbours:
                continue
            words = [t.text for t in tokens[lo : hi + 1] if t.text not in JOINERS]
            if (
                not words
                or not any(ch.isalpha() for ch in words[0])
                or not any(ch.isalnum() for ch in words[-1])
            ):
                continue
            if words[0].lower() in ITEM_STOP or words[-1].lower() in ITEM_STOP:
                continue
            skills_line = listed or lines.is_skills_list(tokens[lo].start)
            if not (judged or skills_line):
                continue
            surface = text[tokens[lo].start : tokens[hi].end]
            if len(surface) > 60 or "\n" in surface:
                continue
            cand = _Candidate(" ".join(surface.split()), lo, hi, tokens[lo].start, tokens[hi].end, False)
            cand.inferred = True
            out.append(cand)
        return out

    @staticmethod
    def _candidate(tokens: list[Token], index: list[int], s: int, e: int, name: str, amb: bool) -> _Candidate:
        first, last = index[s], index[e - 1]
        return _Candidate(name, first, last, tokens[first].start, tokens[last].end, amb)

    @staticmethod
    def _resolve(cands: list[_Candidate]) -> list[_Candidate]:
        """Longest (in characters) wins; ties go to the earlier, then to the non-ambiguous match."""
        if not cands:
            return []
        taken = bytearray(max(c.last for c in cands) + 1)  # tokens already claimed by a longer match
        out: list[_Candidate] = []
        for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start, c.ambiguous)):
            if any(taken[c.first : c.last + 1]):
                continue
            taken[c.first : c.last + 1] = b"\x01" * (c.last - c.first + 1)
            out.append(c)
        out.sort(key=lambda c: c.start)
        return out

    def _accept_ambiguous(
        self,
        text: str,
        tokens: list[Token],
        cand: _Candidate,
        key: str,
        peers: _Peers,
        listed: bool,
        lines: _Lines,
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
        sentence_start = cand.first == 0 or tokens[cand.first - 1].text in SENTENCE_END | {"•", "-", "*"}
        sentence_start = sentence_start or _gap_has_newline(text, tokens[cand.first - 1].end, cand.start)
        # learned: in postings this form is nearly always the skill; otherwise the context rules below decide
        if key in self.compiled.allow and (not form.hard or (exact and not sentence_start)):
            return True
        if listed or lines.is_skills_list(cand.start):
            return exact or written.lower() == written or single_letter is False
        if self._in_list_with_skill(text, tokens, cand, peers):
            return True
        if not single_letter and self._next_to_skill(text, cand, peers, exact or written.islower()):
            return True
        if not exact:
            return False
        if VERSION.fullmatch(next_tok) and tokens[cand.last + 1].start - cand.end <= 1:
            return True
        if next_tok.lower() in TECH_NEXT:
            return True
        before_prev = tokens[cand.first - 2].text.lower() if cand.first > 1 else ""
        if (
            prev_tok.lower() in {"in", "using"}
            and before_prev in CODING_WORDS
            and (
                _is_item_edge(tokens, cand.last + 1) or next_tok.lower() in {"for", "to", "with", "and", "or"}
            )
        ):
            return True  # "programming in R", "written in C", "proficient in Go."
        capitalised = written[:1].isupper()
        return len(written) >= 2 and capitalised and not sentence_start and prev_tok.lower() in TECH_PREV

    @staticmethod
    def _next_to_skill(text: str, cand: _Candidate, peers: _Peers, cased: bool) -> bool:
        """A run of skill names without delimiters ("mysql java hibernate", "PHP React jQuery").

        The match touches a technical skill on the same line and is written like its neighbour:
        with the skill's own casing, or all in lower case next to a lower-case skill (tag lines).
        """
        if not cased:
            return False
        by_last, by_first = peers
        lower = text[cand.start : cand.end].islower()
        for peer in [*by_last.get(cand.first - 1, ()), *by_first.get(cand.last + 1, ())]:
            if peer is cand or _gap_has_newline(text, min(peer.end, cand.end), max(peer.start, cand.start)):
                continue
            if lower == text[peer.start : peer.end].islower():
                return True
        return False

    @staticmethod
    def _in_list_with_skill(
        text: str,
        tokens: list[Token],
        cand: _Candidate,
        peers: _Peers,
    ) -> bool:
        """The match is a whole list item and a neighbouring item is a technical skill."""
        after = cand.last + 1
        if after < len(tokens) and VERSION.fullmatch(tokens[after].text):
            after += 1
        if not (_is_item_edge(tokens, cand.first - 1) and _is_item_edge(tokens, after)):
            return False
        left_delim = cand.first - 1
        right_delim = after
        by_last, by_first = peers
        if left_delim >= 0 and tokens[left_delim].text not in SENTENCE_END:
            for idx in (left_delim - 1, left_delim - 2):
                for peer in by_last.get(idx, ()):
                    if peer is not cand and not _gap_has_newline(text, peer.end, cand.start):
                        return True
        if right_delim < len(tokens) and tokens[right_delim].text not in SENTENCE_END:
            for idx in (right_delim + 1, right_delim + 2):
                for peer in by_first.get(idx, ()):
                    if peer is not cand and not _gap_has_newline(text, cand.end, peer.start):
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


def extract_skills(
    text: str, *, listed: bool = False, known: Collection[str] = (), precise: bool = True
) -> list[SkillMention]:
    """Skills mentioned in ``text`` with canonical names, categories and character offsets.

    ``listed=True`` says the text is a skills list (a resume's skills section), where short or
    ambiguous names need no further context. ``known`` names skills already established by the
    surrounding document (say, the resume's skills list): their ambiguous names are then accepted
    when written with the skill's own capitalisation. ``precise=False`` keeps mentions that the
    context model (trained on job postings) would drop as incidental; resumes use it for bullets.

    >>> [m.name for m in extract_skills("Skills: C, C++, Go, R, .NET, Postgres")]
    ['C', 'C++', 'Go', 'R', '.NET', 'PostgreSQL']
    """
    return get_extractor().extract(text, listed=listed, known=known, precise=precise)
