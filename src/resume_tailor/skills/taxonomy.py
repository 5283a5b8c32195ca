"""The bundled skills taxonomy: canonical names, aliases, categories and parents.

The data file ``resume_tailor/data/taxonomy.json.gz`` is built by ``scripts/build_taxonomy.py`` from
O*NET 29.2, ESCO and our curated list (sources and licences in ``resume_tailor/data/SOURCES.md``).

>>> canonical_skill("k8s")
'Kubernetes'
>>> skill_category("Postgres")
'database'
>>> skill_parents("Django")
['Python']
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from resume_tailor.skills.diskcache import cached_dict
from resume_tailor.skills.tokens import surface_key

CATEGORIES = (
    "programming_language",
    "framework",
    "cloud",
    "database",
    "tool",
    "methodology",
    "soft_skill",
    "certification",
    "domain",
    "spoken_language",
)

DATA_FILE = "taxonomy.json.gz"


@dataclass(frozen=True)
class SkillInfo:
    """One canonical skill of the taxonomy."""

    name: str
    category: str
    aliases: tuple[str, ...] = ()
    parents: tuple[str, ...] = ()
    vendor: str | None = None
    soft: bool = False
    hot: bool = False
    in_demand: bool = False
    sources: tuple[str, ...] = ()


@dataclass
class Taxonomy:
    """The loaded taxonomy with its lookup tables."""

    skills: dict[str, SkillInfo]
    ambiguous: frozenset[str]  # surface keys that need technical context
    ambiguous_hard: frozenset[str] = frozenset()  # of those, names that are also words (Go, Spark)
    case_sensitive: frozenset[str] = frozenset()  # product names matched only as written ("Checkout")
    learned: dict[str, Any] = field(default_factory=dict)
    version: str = ""
    digest: str = ""  # sha256 of the data file: keys the matcher cache
    _by_key: dict[str, str] | None = field(default=None, repr=False, compare=False)

    @property
    def by_key(self) -> dict[str, str]:
        """Surface key -> canonical name, for every name and alias.

        Built on first use and cached on disk: normalising ~75k surface forms costs about a second,
        and most lookups are of canonical names, which need no index.
        """
        if self._by_key is None:
            if self.digest:  # only the bundled taxonomy has one: its index is kept in the user cache
                self._by_key = _surface_index()
            else:
                self._by_key = self._build_index()
        return self._by_key

    def _build_index(self) -> dict[str, str]:
        # a curated skill's own name wins over another skill's alias ("tensorflow" under Computer vision)
        curated = [i for i in reversed(self.skills.values()) if "curated" in i.sources]
        index = {surface_key(i.name): i.name for i in curated}
        for info in self.skills.values():
            for form in (info.name, *info.aliases):
                index.setdefault(surface_key(form), info.name)
        return index

    def lookup(self, name: str) -> SkillInfo | None:
        """The skill a name or alias stands for, or None."""
        exact = self.skills.get(name)
        if exact is not None:
            return exact
        canonical = self.by_key.get(surface_key(name))
        return self.skills.get(canonical) if canonical else None


def taxonomy_from_dict(data: dict[str, Any], digest: str = "") -> Taxonomy:
    """Build a :class:`Taxonomy` from the decoded data file."""
    skills: dict[str, SkillInfo] = {}
    for item in data["skills"]:
        info = SkillInfo(
            name=item["name"],
            category=item["category"],
            aliases=tuple(item.get("aliases", ())),
            parents=tuple(item.get("parents", ())),
            vendor=item.get("vendor"),
            soft=bool(item.get("soft")),
            hot=bool(item.get("hot")),
            in_demand=bool(item.get("in_demand")),
            sources=tuple(item.get("sources", ())),
        )
        skills[info.name] = info
    return Taxonomy(
        skills=skills,
        ambiguous=frozenset(data.get("ambiguous", ())),
        ambiguous_hard=frozenset(data.get("ambiguous_hard", data.get("ambiguous", ()))),
        case_sensitive=frozenset(data.get("case_sensitive", ())),
        learned=dict(data.get("learned") or {}),
        version=str(data.get("version", "")),
        digest=digest,
    )


def read_data_bytes() -> bytes:
    """The raw (gzipped) bundled data file."""
    return (resources.files("resume_tailor") / "data" / DATA_FILE).read_bytes()


@functools.lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    """The bundled taxonomy, loaded once per process."""
    data = json.loads(gzip.decompress(read_data_bytes()).decode("utf-8"))
    return taxonomy_from_dict(data, digest=_data_digest())


def canonical_skill(name: str) -> str | None:
    """The canonical name of a skill name or alias, or None if unknown.

    >>> canonical_skill("NodeJS")
    'Node.js'
    """
    if name in _categories_by_name():
        return name
    return _surface_index().get(surface_key(name))


def skill_category(name: str) -> str | None:
    """The category (one of :data:`CATEGORIES`) of a skill name or alias, or None if unknown.

    >>> skill_category("C#")
    'programming_language'
    """
    categories = _categories_by_name()
    canonical = canonical_skill(name)
    return categories.get(canonical) if canonical else None


# The two lookups most callers need (name -> category, surface form -> name) are kept in the user
# cache, so that a start-up does not decode the whole taxonomy (about 0.4 s) to answer them.


@functools.lru_cache(maxsize=1)
def _data_digest() -> str:
    """sha256 of the bundled data file (Taxonomy.digest; its first 24 digits key the caches)."""
    return hashlib.sha256(read_data_bytes()).hexdigest()


@functools.lru_cache(maxsize=1)
def _categories_by_name() -> dict[str, str]:
    """Canonical name -> category of the bundled taxonomy."""
    return cached_dict("skills-categories", _data_digest()[:24],
                       lambda: {n: info.category for n, info in load_taxonomy().skills.items()})


@functools.lru_cache(maxsize=1)
def _surface_index() -> dict[str, str]:
    """Surface key of every name and alias -> canonical name, of the bundled taxonomy (its ``by_key``)."""
    key = _data_digest()[:24]
    return cached_dict("skills-index-names-first", key, lambda: load_taxonomy()._build_index())


def is_occupation_ability(name: str) -> bool:
    """True for O*NET's broad abilities of an occupation ("Science", "Troubleshooting", "Systems
    Analysis"): the taxonomy keeps them as domains from O*NET alone. A posting that names one asks for
    an aptitude, not for a skill a resume would list.

    >>> is_occupation_ability("Science"), is_occupation_ability("Python")
    (True, False)
    """
    info = load_taxonomy().skills.get(name)
    return info is not None and info.sources == ("onet",) and info.category == "domain"


# ESCO writes a competence as a verb phrase ("process data", "lead a team", "make decisions") and
# knowledge as a noun phrase ("data mining"). The verbs are the words that open many lower-case
# phrase skills of ESCO alone; the nouns and adjectives that also open that many are set apart here
# (reviewed by hand from the same count).
MIN_OPENED_PHRASES = 8
_NOUN_OPENERS = frozenset(
    {"business", "data", "electrical", "financial", "health", "medical", "metal", "software", "types"}
)


def _is_phrase_skill(name: str, info: SkillInfo) -> bool:
    return info.sources == ("esco",) and " " in name and name == name.lower()


@functools.lru_cache(maxsize=1)
def _competence_verbs() -> frozenset[str]:
    """The verbs that open ESCO's competence phrases, counted over the bundled taxonomy."""
    opened: dict[str, int] = {}
    for name, info in load_taxonomy().skills.items():
        if _is_phrase_skill(name, info):
            first = name.split()[0]
            opened[first] = opened.get(first, 0) + 1
    return frozenset(w for w, n in opened.items() if n >= MIN_OPENED_PHRASES) - _NOUN_OPENERS


def is_competence_phrase(name: str) -> bool:
    """True for an ESCO competence written as a verb phrase ("process data", "lead a team"): a way of
    working a posting may describe, not a term a resume lists or an applicant-tracking system searches.

    >>> is_competence_phrase("process data"), is_competence_phrase("data mining"), is_competence_phrase("SQL")
    (True, False, False)
    """
    info = load_taxonomy().skills.get(name)
    return info is not None and _is_phrase_skill(name, info) and name.split()[0] in _competence_verbs()


def clear_taxonomy() -> None:
    """Forget the loaded taxonomy and its lookup tables (the next use reloads them)."""
    for cached in (load_taxonomy, _data_digest, _categories_by_name, _surface_index, _competence_verbs):
        cached.cache_clear()


def skill_parents(name: str) -> list[str]:
    """The broader skills of a skill, nearest first (transitively), or [] if none/unknown.

    >>> skill_parents("EKS")
    ['AWS', 'Kubernetes', 'Docker']
    """
    tax = load_taxonomy()
    info = tax.lookup(name)
    if info is None:
        return []
    out: list[str] = []
    queue = list(info.parents)
    while queue:
        parent = queue.pop(0)
        if parent in out or parent == info.name:
            continue
        out.append(parent)
        found = tax.skills.get(parent)
        if found:
            queue.extend(found.parents)
    return out
