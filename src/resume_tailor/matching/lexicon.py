"""Cue lexicons: what evidence of a competency or a value looks like in a bullet.

A cue is one string from the YAML data files next to this module:

=====================  ==========================================================================
``mentor``             the stemmed words, contiguous (``mentored``, ``mentoring`` match)
``reduce ... cost``    the first words, then the last within five words
``simplif*``           a word ending in ``*`` matches any stem it starts (simplified, simplification)
``^own``               only at the start of the bullet
``re:\\bon[- ]time\\b``  a regular expression over the lower-cased bullet text (as cues read it)
``raw:\\bwhen the\\b``  a regular expression over the whole bullet, others' actions and circumstances
                       included (a change the person adapted to is evidence of adapting)
``... @0.5``           the cue's weight (default 1); a class is shown when its weights sum to >= 1
``... +num``           counts only when the bullet is quantified (has a number)
``!end to end test``   a veto: when it matches, the cue set shows nothing
``<fix> ... <defect>``  a word family from ``families.yaml``: any of its words or phrases (stemmed)
=====================  ==========================================================================

Families let one cue say what a value means rather than list its phrasings: ``<teach> ... <people>``
is every way of saying that the owner taught, coached or trained other people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from resume_tailor.matching.text import stems

GAP_WORDS = 5


@dataclass(frozen=True)
class BulletText:
    """A bullet prepared once for all cue sets: its lower-cased text and its stems."""

    text: str
    lower: str
    stem_line: str  # " stem1 stem2 ... " with a space at each end
    quantified: bool
    stem_set: frozenset[str] = frozenset()
    raw: str = ""  # the whole lower-cased bullet, circumstances included (for ``raw:`` cues)

    @classmethod
    def of(cls, text: str, quantified: bool) -> BulletText:
        """Prepare ``text`` (already stripped of its bullet glyph); cues read it without the words
        that are not the owner's evidence (see :func:`evidence_text`)."""
        read = evidence_text(text)
        words = stems(read)
        return cls(
            text,
            read.casefold().replace("’", "'"),
            f" {' '.join(words)} ",
            quantified,
            frozenset(words),
            text.casefold().replace("’", "'"),
        )


# Agency: what someone else did ("the lead engineer who designed…", "the team that built…", "interns
# learning Go", "mentored by the CTO") and the circumstances a bullet names ("when the data grew 20x")
# are not the owner's evidence. The group itself stays ("got sign-off from the four teams that…").
_GROUP = (
    r"(?:teams?|groups?|squads?|engineers?|leads?|managers?|designers?|developers?|analysts?|scientists?"
    r"|architects?|sres?|interns?|students?|testers?|colleagues?|teammates?|hires?)"
)
_OTHERS = re.compile(
    r"\b(?:who|whose)\b[^,;]*"
    r"|\bwhen (?:the|our|a|an|its|their|his|her)\b[^,;]*"
    r"|\b(?:mentored|coached|trained|taught|managed|supervised|hired|guided) by\b[^,;]*"
    r"|\b(?:my|our)(?: [\w-]+)? (?:mentor|coach|tutor|teacher)s?\b",  # someone who taught the owner
    re.IGNORECASE,
)
# "Taught two testers to write tests", "convinced the VP to fund it": the writing and the funding are
# theirs; the teaching and the convincing stay the owner's.
_TAUGHT_TO = re.compile(
    r"\b((?:taught|trained|coached|mentored|helped|enabled|encouraged|invited|asked|showed|persuaded"
    r"|convinced|talked)(?: [\w-]+){1,4}) (?:how )?to [a-z]+\b[^,;]*",
    re.IGNORECASE,
)
_GROUP_DOING = re.compile(
    rf"\b({_GROUP}) (?:that|which|learning|using|adopting|studying)\b[^,;]*",
    re.IGNORECASE,
)
# Word sense: names are not evidence. A run of two or more capitalised words after the first word
# ("Learning Management System", "Customer Success Platform") is a name; so is a hyphenated or
# dotted token that the skills taxonomy knows as the name of a tool ("scikit-learn", "Node.js").
_NAME_RUN = re.compile(r"(?<=\S )(?:[A-Z][\w.&+-]*)(?: (?:[A-Z][\w.&+-]*))+")
_COMPOUND = re.compile(r"\b[A-Za-z][\w]*(?:[-.][A-Za-z][\w]*)+\b")
NAME = "zzname"  # a token no cue contains, so cues do not match across it


# "Flagged to my manager that…", "told the team that…": "that" opens what the owner said, not what the
# group did.
_SAID_TO = re.compile(
    r"\b(?:told|tell|telling|flagg\w*|warn\w*|show\w*|convinc\w*|persuad\w*|remind\w*|inform\w*|rais\w*"
    r"|explain\w*|escalat\w*|surfac\w*|to)(?: [\w'-]+){0,3} $",
    re.IGNORECASE,
)


def _group_doing(match: re.Match[str]) -> str:
    if match.group(0)[len(match.group(1)) :].lstrip().lower().startswith("that") and _SAID_TO.search(
        match.string[: match.start()]
    ):
        return match.group(0)
    return f"{match.group(1)} {NAME}"


def evidence_text(text: str) -> str:
    """The bullet as cues read it: others' actions, circumstances and names replaced by a marker.

    >>> evidence_text("Worked alongside the lead engineer who designed the cache")
    'Worked alongside the lead engineer zzname'
    >>> evidence_text("Reviewed code for interns learning Go")
    'Reviewed code for interns zzname'
    >>> evidence_text("Used the Learning Management System API to sync courses")
    'Used the zzname to sync courses'
    """
    read = _OTHERS.sub(NAME, text)
    read = _GROUP_DOING.sub(_group_doing, read)
    read = _TAUGHT_TO.sub(rf"\1 {NAME}", read)
    read = _NAME_RUN.sub(NAME, read)
    return _COMPOUND.sub(lambda m: NAME if _is_tool(m.group(0)) else m.group(0), read)


@lru_cache(maxsize=4096)
def _is_tool(token: str) -> bool:
    try:
        from resume_tailor.skills import canonical_skill
    except ImportError:  # pragma: no cover - the skills package ships with resume-tailor
        return False
    name = canonical_skill(token)
    # a tool whose own name is the compound ("scikit-learn", "Node.js"), not a phrase ("Screen reader")
    return name is not None and " " not in name and any(ch in name for ch in "-.")


@dataclass(frozen=True)
class Cue:
    """One compiled cue; :meth:`matches` says whether it applies to a bullet."""

    source: str
    weight: float = 1.0
    needs_number: bool = False
    veto: bool = False
    phrase: str | None = None  # " a b " in stem space
    at_start: bool = False
    pattern: re.Pattern[str] | None = None
    on_stems: bool = False  # pattern runs over the stem line, else over the lower-cased text
    on_raw: bool = False  # pattern runs over the whole bullet, circumstances included
    needs: frozenset[str] = frozenset()  # stems that must all be in the bullet (a fast pre-check)

    def matches(self, bullet: BulletText) -> bool:
        """True when the cue is present in the bullet (and its number condition holds)."""
        if self.needs_number and not bullet.quantified:
            return False
        if not self.needs <= bullet.stem_set:
            return False
        if self.phrase is not None:
            if self.at_start:
                return bullet.stem_line.startswith(self.phrase)
            return self.phrase in bullet.stem_line
        assert self.pattern is not None
        text = bullet.stem_line if self.on_stems else bullet.raw if self.on_raw else bullet.lower
        return bool(self.pattern.search(text))

    @property
    def label(self) -> str:
        """The cue as a reader would want to see it in a reason."""
        words = self.source.lstrip("!^")
        return words[4:] if words.startswith("raw:") else words[3:] if words.startswith("re:") else words


def compile_cue(spec: str) -> Cue:
    """Compile one cue string (see the module docstring for the grammar)."""
    raw = spec.strip()
    weight, needs_number, veto = 1.0, False, False
    if raw.endswith(" +num"):  # (not "#": YAML would read it as a comment)
        needs_number, raw = True, raw[:-5].rstrip()
    found = re.search(r"\s@(\d+(?:\.\d+)?)$", raw)
    if found:
        weight, raw = float(found.group(1)), raw[: found.start()].rstrip()
    if raw.startswith("!"):
        veto, raw = True, raw[1:].strip()
    if raw.startswith("re:"):
        return Cue(spec, weight, needs_number, veto, pattern=re.compile(raw[3:]))
    if raw.startswith("raw:"):
        return Cue(spec, weight, needs_number, veto, pattern=re.compile(raw[4:]), on_raw=True)
    at_start = raw.startswith("^")
    body = raw.lstrip("^").strip()
    if any(ch in body for ch in "()|\\"):
        raise ValueError(f"regular-expression syntax in a word cue (use re:): {spec!r}")
    if " ... " in body or "*" in body or "<" in body:
        gap = rf"(?: \S+){{0,{GAP_WORDS}}} "
        parts = [_stem_pattern(p) for p in body.split(" ... ")]
        regex = (r"^ " if at_start else " ") + gap.join(parts) + " "
        literal = frozenset(
            s for w in body.split() if w != "..." and not w.endswith("*") and "<" not in w for s in stems(w)
        )
        return Cue(spec, weight, needs_number, veto, pattern=re.compile(regex), on_stems=True, needs=literal)
    words = stems(body)
    return Cue(
        spec,
        weight,
        needs_number,
        veto,
        phrase=f" {' '.join(words)} ",
        at_start=at_start,
        needs=frozenset(words),
    )


def _stem_pattern(words: str) -> str:
    """Regex for stemmed words in the stem line; ``word*`` is a prefix, ``<name>`` a word family."""
    out = []
    for word in words.split():
        if word.startswith("<") and word.endswith(">"):
            out.append(_family_pattern(word[1:-1]))
        elif word.endswith("*"):
            out.append(re.escape(word[:-1].casefold()) + r"\S*")
        else:
            out.append(" ".join(re.escape(s) for s in stems(word)))
    return " ".join(out)


def _family_pattern(name: str) -> str:
    """The alternation of a word family's members (each a stemmed phrase, ``*`` allowed)."""
    members = load_data("families.yaml")["families"].get(name)
    if not members:
        raise ValueError(f"unknown word family <{name}> in a cue")
    return "(?:" + "|".join(_stem_pattern(str(m)) for m in members) + ")"


@dataclass(frozen=True)
class CueSet:
    """The cues of one competency or theme."""

    cues: tuple[Cue, ...] = field(default_factory=tuple)
    # Cues indexed by one stem they need, so a bullet only tries the cues its words can meet.
    _by_stem: dict[str, tuple[int, ...]] = field(default_factory=dict, init=False, repr=False, compare=False)
    _always: tuple[int, ...] = field(default=(), init=False, repr=False, compare=False)
    _keys: frozenset[str] = field(default=frozenset(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_stem: dict[str, list[int]] = {}
        always = []
        for i, cue in enumerate(self.cues):
            if cue.needs:
                by_stem.setdefault(max(cue.needs, key=lambda s: (len(s), s)), []).append(i)
            else:
                always.append(i)
        object.__setattr__(self, "_by_stem", {k: tuple(v) for k, v in by_stem.items()})
        object.__setattr__(self, "_always", tuple(always))
        object.__setattr__(self, "_keys", frozenset(by_stem))

    def score(self, bullet: BulletText) -> tuple[float, list[str]]:
        """The summed weight of the cues present, and their labels (0 when a veto matches)."""
        candidates = set(self._always)
        for word in bullet.stem_set & self._keys:
            candidates.update(self._by_stem[word])
        total, hits = 0.0, []
        for index in sorted(candidates):
            cue = self.cues[index]
            if cue.matches(bullet):
                if cue.veto:
                    return 0.0, []
                total += cue.weight
                hits.append(cue.label)
        return total, hits

    def vetoed(self, bullet: BulletText) -> bool:
        """True when one of the set's veto cues (``!...``) matches: the set shows nothing here."""
        return any(cue.veto and cue.matches(bullet) for cue in self.cues)


def cue_set(specs: list[str]) -> CueSet:
    """Compile a list of cue strings."""
    return CueSet(tuple(compile_cue(s) for s in specs))


@cache
def load_data(name: str) -> dict[str, Any]:
    """A YAML data file shipped next to this module (parsed once per process)."""
    from importlib import resources

    import yaml

    text = resources.files("resume_tailor.matching").joinpath(name).read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml: ~10x faster
    assert isinstance(data, dict), name
    return data


@dataclass(frozen=True)
class Competency:
    """An interview competency (company-independent) and its cues."""

    id: str
    name: str
    question: str
    cues: CueSet


@lru_cache(maxsize=1)
def competencies() -> tuple[Competency, ...]:
    """The seven interview competencies, in their fixed order."""
    data = load_data("competencies.yaml")["competencies"]
    return tuple(
        Competency(cid, str(item["name"]), str(item.get("question", "")), cue_set(list(item["cues"])))
        for cid, item in data.items()
    )


@lru_cache(maxsize=1)
def themes() -> dict[str, CueSet]:
    """Value themes (customer, ownership, speed...) and their cues."""
    data = load_data("values.yaml")["themes"]
    by_id = {c.id: c.cues for c in competencies()}
    result = {}
    for name, item in data.items():
        own = cue_set(list(item.get("cues") or []))
        included = tuple(cue for cid in item.get("include") or [] for cue in by_id[cid].cues)
        result[name] = CueSet(included + own.cues)
    return result


@lru_cache(maxsize=1)
def theme_map() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(value id -> themes, theme -> keywords that reveal it in a value's name or summary)."""
    data = load_data("values.yaml")
    by_id = {str(k): list(v) for k, v in data["value_themes"].items()}
    keywords = {str(k): [str(w) for w in v] for k, v in data["theme_keywords"].items()}
    return by_id, keywords


@lru_cache(maxsize=1)
def family_patterns() -> dict[str, re.Pattern[str]]:
    """Each word family of ``families.yaml`` as a pattern over a bullet's stem line."""
    names = load_data("families.yaml")["families"]
    return {str(name): re.compile(" " + _family_pattern(str(name)) + " ") for name in names}
