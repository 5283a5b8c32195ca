"""Find skills in text: phrase matching on the taxonomy, longest match wins, context for ambiguous names.

Safe surface forms (Kubernetes, scikit-learn, C++, "manage budgets") are accepted wherever they
occur. Forms that are also ordinary words or letters (C, R, Go, Swift, Spark, Chef, Excel, Make,
Express, "testing") are accepted only with technical context:

* the text is a skills list (``listed=True``) or the line starts with a label such as ``Skills:``;
* it is an item of a list (commas, slashes, pipes, "and"/"or") next to another technical skill, or
  it touches one in a run without delimiters written alike (``node.js react go``, ``JAVA JEE``);
  a name accepted this way is context for its own neighbours in turn;
* it is written with the skill's capitalisation and followed by a version (``Java 8``), a
  technical word (``Go developer``, ``Java experience``) or "or other ... frameworks", or introduced
  mid-sentence by "in/using/with/via" (``written in Rust``); single letters only after
  "programming in" and the like.

One- and two-letter acronyms (ML, CI, IT) are accepted only in capitals; ``c++`` and ``c#`` in lower
case only in lists. Overlaps are resolved longest first (``Spring Boot`` over ``Spring``).

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
import operator
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from itertools import chain, compress, filterfalse

from resume_tailor.models import SkillMention
from resume_tailor.skills.context_model import (
    SENTENCE_WINDOW,
    WORD_FEATURE,
    ContextModel,
    mention_features,
    sentence_bag,
    sentence_ids,
    sentence_shape,
)
from resume_tailor.skills.matcher import CompiledMatchers
from resume_tailor.skills.tokens import JOINERS, tokenize_columns

LIST_DELIMS = frozenset({",", ";", "/", "|", "•", "·", "(", ")", "and", "or", "&", "+", "[", "]", "*", "▪"})
SENTENCE_END = frozenset({".", "!", "?", ":"})
LINE_OPENERS = SENTENCE_END | {"•", "-", "*"}  # a token after these starts a sentence or a bullet
GLUING_JOINERS = JOINERS - {"/"}  # glued to a name they make another word ("Go-to-market")
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
        "experience",
        "knowledge",
        "expertise",
        "skills",
        "proficiency",
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
ALTERNATIVE_WORDS = frozenset({"other", "another", "similar", "equivalent", "comparable", "related"})
TECHNOLOGY_KINDS = frozenset(
    {
        "language", "languages", "framework", "frameworks", "library", "libraries", "tool", "tools",
        "technology", "technologies", "database", "databases", "platform", "platforms", "stack", "stacks",
        "runtime", "runtimes", "engine", "engines", "ide", "ides", "cloud", "clouds", "orm", "orms",
    }
)  # fmt: skip
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


@dataclass(slots=True)
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


@dataclass
class _Tokens:
    """The tokens of one text as parallel columns (see :func:`tokenize_columns`), also lower-cased."""

    texts: list[str]
    starts: list[int]
    ends: list[int]
    gaps: list[str]  # gaps[k]: the text before token k
    lowered: list[str]

    @classmethod
    def of(cls, text: str) -> _Tokens:
        """Tokenize ``text``."""
        columns = tokenize_columns(text)
        return cls(*columns, lowered=list(map(str.lower, columns.texts)))


def _inside_adjustment(model: ContextModel, bag: Counter[str], toks: _Tokens, c: _Candidate) -> float:
    """Weights of the sentence words that occur only inside the mention (they are not its context)."""
    words = toks.lowered[c.first : c.last + 1]
    total = 0.0
    for word in dict.fromkeys(words):  # the distinct words, in order of first occurrence
        count = bag.get(word)
        if count is not None and count <= words.count(word):
            total += model.weights.get(WORD_FEATURE + word, 0.0)
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

    def has_skills_list(self) -> bool:
        """True if any line of the text starts with a skills label."""
        return any(map(self.is_skills_list, [0, *(n + 1 for n in self.breaks)]))


def _is_item_edge(toks: _Tokens, i: int) -> bool:
    """True if token ``i`` is a list delimiter, a line break boundary or outside the text."""
    if i < 0 or i >= len(toks.texts):
        return True
    return toks.lowered[i] in LIST_DELIMS or toks.texts[i] in SENTENCE_END


def _names_other_technology(toks: _Tokens, start: int) -> bool:
    """``... or other modern web frameworks``: an alternative word, then a kind of technology, close by."""
    alternative = False
    for word in toks.lowered[start : start + 8]:
        if word in SENTENCE_END:
            return False
        if word in ALTERNATIVE_WORDS:
            alternative = True
        elif alternative and word in TECHNOLOGY_KINDS:
            return True
    return False


def _gap_has_newline(text: str, a: int, b: int) -> bool:
    return "\n" in text[a:b]


def _list_item_spans(toks: _Tokens, sentence_of: list[int]) -> list[tuple[int, int]]:
    """Token spans ``(first, last)`` of the items of lists: runs of tokens between item delimiters.

    An item never crosses a sentence: it also ends where a new sentence starts.
    """
    is_delim = list(map(ITEM_DELIMS.__contains__, toks.lowered))
    previous_sentence = chain(sentence_of[:1], sentence_of)  # token i's neighbour i - 1 (token 0: itself)
    new_sentence = map(operator.ne, sentence_of, previous_sentence)
    # Only the cuts are visited in Python: tokens that are delimiters or start a sentence.
    cuts = compress(range(len(is_delim)), map(operator.or_, is_delim, new_sentence))
    items: list[tuple[int, int]] = []
    start = 0  # first token of the current item (no item yet while it equals the next cut)
    for cut in cuts:
        if start < cut:
            items.append((start, cut - 1))
        start = cut + 1 if is_delim[cut] else cut
    if start < len(is_delim):
        items.append((start, len(is_delim) - 1))
    return items


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
            return [m for m, _ in self._scored(text, listed, known, precise, keep_features=False)]
        # Megabytes of text allocate millions of small objects; the cyclic GC only slows that down.
        enabled = gc.isenabled()
        gc.disable()
        try:
            return [m for m, _ in self._scored(text, listed, known, precise, keep_features=False)]
        finally:
            if enabled:
                gc.enable()

    def scored(
        self, text: str, *, listed: bool = False, known: Collection[str] = (), precise: bool = True
    ) -> list[tuple[SkillMention, list[str]]]:
        """Mentions with the context-model features they were judged on (features empty if unjudged)."""
        return self._scored(text, listed, known, precise, keep_features=True)

    def _scored(
        self, text: str, listed: bool, known: Collection[str], precise: bool, keep_features: bool
    ) -> list[tuple[SkillMention, list[str]]]:
        """:meth:`scored`; ``keep_features=False`` computes features only where the model needs them."""
        if not text or not text.strip():
            return []
        toks = _Tokens.of(text)
        lines = _Lines(text)
        texts, lowered = toks.texts, toks.lowered
        # the tokens that take part in matching: all but the joiners
        index = list(compress(range(len(texts)), map(operator.not_, map(JOINERS.__contains__, texts))))
        if not index:
            return []
        lower = lowered if len(index) == len(texts) else list(map(lowered.__getitem__, index))
        cands: list[_Candidate] = []
        main_hits, ambiguous_hits = self.compiled.find(lower)
        for name, s, e in main_hits:
            cands.append(self._candidate(toks, index, s, e, name, False))
        ambiguous: list[tuple[_Candidate, str]] = []
        for key, s, e in ambiguous_hits:
            form = self.compiled.ambiguous_forms.get(key)
            if form is None:
                continue
            cand = self._candidate(toks, index, s, e, form.name, True)
            cand.strong = (
                text[cand.start : cand.end] in form.exact
                and not form.exact_only
                and self._is_technical(form.name)
            )
            ambiguous.append((cand, key))
        accepted = self._resolve(cands)
        by_last: dict[int, list[_Candidate]] = {}
        by_first: dict[int, list[_Candidate]] = {}
        peers = (by_last, by_first)

        def add_peer(anchor: _Candidate) -> None:
            by_last.setdefault(anchor.last, []).append(anchor)
            by_first.setdefault(anchor.first, []).append(anchor)

        for anchor in accepted:
            if self._is_technical(anchor.name):
                add_peer(anchor)
        for anchor, _ in ambiguous:
            if anchor.strong and anchor.end - anchor.start >= 2:
                add_peer(anchor)
        model = self.compiled.context
        judged = precise and (model is not None or self.training)
        filtering = precise and model is not None  # the model drops mentions: their features are needed
        # An accepted technical name is context for its neighbours ("node.js react go"): after each
        # pass, the rejected names next to a newly accepted one are judged again.
        rejected: dict[int, tuple[_Candidate, str]] = {}
        pending = ambiguous
        while pending:
            near: set[int] = set()  # tokens close enough to a new peer for the list and run rules
            for cand, key in pending:
                if (cand.strong and cand.name in known) or self._accept_ambiguous(
                    text, toks, cand, key, peers, listed, lines
                ):
                    cands.append(cand)
                    rejected.pop(id(cand), None)
                    if self._is_technical(cand.name):
                        add_peer(cand)
                        near.update(range(cand.first - 4, cand.last + 5))
                else:
                    rejected[id(cand)] = (cand, key)
            pending = [(c, k) for c, k in rejected.values() if c.first in near or c.last in near]
        for cand, key in rejected.values():
            if judged and not self.compiled.ambiguous_forms[key].hard:
                cand.unconfirmed = True
                cands.append(cand)
        chosen = self._resolve(cands)
        if not chosen:
            return []
        with_features = keep_features or filtering
        # unknown list items are kept only as candidates for the model or on skills lines
        with_items = judged or listed or lines.has_skills_list()
        # sentence id of every token (never decreasing); only features and list items use it
        sentence_of = sentence_ids(texts, toks.gaps) if with_features or with_items else []
        if with_items:
            chosen = sorted(
                chosen + self._list_items(text, toks, sentence_of, chosen, listed, judged, lines),
                key=lambda c: c.start,
            )
        per_sentence = Counter(sentence_of[c.first] for c in chosen) if with_features else Counter()
        sentence_spans: dict[int, tuple[int, int]] = {}  # sentence id -> its first and last token
        bags: dict[int, Counter[str]] = {}
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
            if not skills_line and with_features:
                key = " ".join(filterfalse(JOINERS.__contains__, lowered[c.first : c.last + 1]))
                sid = sentence_of[c.first]
                in_list = False  # another mention at most one token away in the same sentence
                for o in chosen[max(0, n - 1) : n + 2]:  # chosen is sorted: only adjacent ones can touch
                    if (
                        o is not c
                        and (0 < c.first - o.last <= 2 or 0 < o.first - c.last <= 2)
                        and sentence_of[o.first] == sid
                    ):
                        in_list = True
                        break
                if sid not in sentence_spans:
                    sentence_spans[sid] = (
                        bisect_left(sentence_of, sid, hi=c.first),
                        bisect_right(sentence_of, sid, lo=c.first) - 1,
                    )
                    bags[sid] = sentence_bag(texts, lowered, *sentence_spans[sid])
                lo, hi = sentence_spans[sid]
                # fast path: score the sentence's words once, not once per mention
                fast = (
                    model is not None
                    and not self.training
                    and lo >= c.first - SENTENCE_WINDOW
                    and hi <= c.last + SENTENCE_WINDOW
                )
                feats = mention_features(
                    texts, lowered, sentence_spans[sid], c.first, c.last, key, category, c.ambiguous,
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
                            bag_scores[sid] = model.bag_score(bags[sid]) + model.shape_score(
                                sentence_shape(lowered, lo, hi)
                            )
                        extra = bag_scores[sid] - _inside_adjustment(model, bags[sid], toks, c)
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
        toks: _Tokens,
        sentence_of: list[int],
        chosen: list[_Candidate],
        listed: bool,
        judged: bool,
        lines: _Lines,
    ) -> list[_Candidate]:
        """Unknown items of a list that holds known skills ("Java, JMS and Flight Recorder").

        Kept only in skills lists, or as candidates for the context model (``judged``).
        """
        texts, starts, ends = toks.texts, toks.starts, toks.ends
        items = _list_item_spans(toks, sentence_of)
        item_ends = [last for _, last in items]
        skill_items: set[int] = set()  # items that hold (part of) a chosen match
        for c in chosen:
            k = bisect_left(item_ends, c.first)  # the first item that ends at or after the match's start
            while k < len(items) and items[k][0] <= c.last:
                skill_items.add(k)
                k += 1
        next_to_skill = {m for k in skill_items for m in (k - 1, k + 1) if 0 <= m < len(items)}
        out = []
        for n in sorted(next_to_skill - skill_items):
            lo, hi = items[n]
            if hi - lo >= 4:
                continue
            if hi + 1 < len(texts) and texts[hi + 1] == ":":
                continue  # a label ("Data: PostgreSQL, Redis"), not an item
            neighbours = [m for m in (n - 1, n + 1) if m in skill_items]
            neighbours = [m for m in neighbours if sentence_of[items[m][0]] == sentence_of[lo]]
            if not neighbours:
                continue
            words = [w for w in texts[lo : hi + 1] if w not in JOINERS]
            if (
                not words
                or not any(ch.isalpha() for ch in words[0])
                or not any(ch.isalnum() for ch in words[-1])
            ):
                continue
            if words[0].lower() in ITEM_STOP or words[-1].lower() in ITEM_STOP:
                continue
            skills_line = listed or lines.is_skills_list(starts[lo])
            if not (judged or skills_line):
                continue
            surface = text[starts[lo] : ends[hi]]
            if len(surface) > 60 or "\n" in surface:
                continue
            cand = _Candidate(" ".join(surface.split()), lo, hi, starts[lo], ends[hi], False)
            cand.inferred = True
            out.append(cand)
        return out

    def _is_technical(self, name: str) -> bool:
        """True if the skill's category makes it context for its neighbours (not a soft skill or domain)."""
        return self.compiled.info.get(name, ("", False))[0] in TECH_CATEGORIES

    @staticmethod
    def _candidate(toks: _Tokens, index: list[int], s: int, e: int, name: str, amb: bool) -> _Candidate:
        first, last = index[s], index[e - 1]
        return _Candidate(name, first, last, toks.starts[first], toks.ends[last], amb)

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
        toks: _Tokens,
        cand: _Candidate,
        key: str,
        peers: _Peers,
        listed: bool,
        lines: _Lines,
    ) -> bool:
        texts = toks.texts
        form = self.compiled.ambiguous_forms[key]
        written = " ".join(w for w in texts[cand.first : cand.last + 1] if w not in JOINERS)
        exact = written in form.exact
        symbolic = any(ch in "+#" for ch in written)  # "c++", "c#": never an ordinary word, in any case
        if form.exact_only and (exact or not symbolic):
            return exact
        prev_tok = texts[cand.first - 1] if cand.first > 0 else ""
        next_tok = texts[cand.last + 1] if cand.last + 1 < len(texts) else ""
        single_letter = len(written) == 1
        # "Go-to-market", "R-squared": a hyphen glued to the name makes it a different word
        if prev_tok in GLUING_JOINERS or next_tok in GLUING_JOINERS:
            return False
        before_prev = toks.lowered[cand.first - 2] if cand.first > 1 else ""
        coded_in = prev_tok.lower() in {"in", "using"} and before_prev in CODING_WORDS  # "expertise in Java"
        if next_tok.lower() in NON_TECH_NEXT and not (exact and coded_in):
            return False
        if single_letter and not exact:
            return False
        sentence_start = cand.first == 0 or texts[cand.first - 1] in LINE_OPENERS
        sentence_start = sentence_start or _gap_has_newline(text, toks.ends[cand.first - 1], cand.start)
        # learned: in postings this form is nearly always the skill; otherwise the context rules below decide
        if key in self.compiled.allow and (not form.hard or (exact and not sentence_start)):
            return True
        if listed or lines.is_skills_list(cand.start):
            return exact or written.lower() == written or single_letter is False
        if self._in_list_with_skill(text, toks, cand, peers):
            return True
        cased = exact or written.islower() or (written.isupper() and len(written) >= 3)  # "JAVA JEE Angular"
        if not single_letter and self._next_to_skill(text, cand, peers, cased):
            return True
        if not exact:
            return False
        alternatives = next_tok.lower() in {"or", "and"} and _names_other_technology(toks, cand.last + 2)
        if alternatives and not single_letter:
            return True  # "React or other modern web frameworks"
        if VERSION.fullmatch(next_tok) and toks.starts[cand.last + 1] - cand.end <= 1:
            return True
        if next_tok.lower() in TECH_NEXT:
            return True
        if coded_in and (
            _is_item_edge(toks, cand.last + 1) or next_tok.lower() in {"for", "to", "with", "and", "or"}
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
        toks: _Tokens,
        cand: _Candidate,
        peers: _Peers,
    ) -> bool:
        """The match is a whole list item and a neighbouring item is a technical skill."""
        texts = toks.texts
        after = cand.last + 1
        if after < len(texts) and VERSION.fullmatch(texts[after]):
            after += 1
        if not (_is_item_edge(toks, cand.first - 1) and _is_item_edge(toks, after)):
            return False
        left_delim = cand.first - 1
        right_delim = after
        by_last, by_first = peers
        if left_delim >= 0 and texts[left_delim] not in SENTENCE_END:
            for idx in (left_delim - 1, left_delim - 2):
                for peer in by_last.get(idx, ()):
                    if peer is not cand and not _gap_has_newline(text, peer.end, cand.start):
                        return True
        if right_delim < len(texts) and texts[right_delim] not in SENTENCE_END:
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
