"""What one resume bullet shows: numbers, wording problems, company values and competencies.

>>> a = assess_bullet("Mentored 4 engineers and cut deploy time 60%", None)
>>> a.quantified, a.weak_opener, a.competencies
(True, False, ['impact_outcomes', 'leadership'])
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from resume_tailor.matching.evidence_features import bullet_features
from resume_tailor.matching.evidence_model import (
    EvidenceModel,
    competency_key,
    evidence_model,
    value_key,
)
from resume_tailor.matching.language import is_passive, opens_with_action_verb
from resume_tailor.matching.lexicon import (
    BulletText,
    CueSet,
    competencies,
    cue_set,
    load_data,
    theme_map,
    themes,
)
from resume_tailor.matching.quantify import is_quantified
from resume_tailor.matching.text import stem, stems, strip_bullet, tokens
from resume_tailor.models import BulletAssessment, CompanyProfile, Value

THRESHOLD = 1.0  # summed cue weight at which a bullet shows a value or competency
# Whether the trained reader (matching/evidence_model.py) joins the cues by default: it does, having
# passed the adoption rule fixed in benchmarks/value_evidence.py on the test half (numbers there).
TRAINED_READER = True
MAX_WORDS = 35
MIN_WORDS = 4
# A bullet that opens by naming a duty, a membership or an exposure ("Participated in drills",
# "Responsible for the roadmap", "Member of the ACM chapter") says what the person was around, not what
# they did: on the labelled bullets no such bullet showed a value, and their words ("recovery",
# "leadership", "roadmap") were the commonest false evidence.
DUTY_OPENER = re.compile(
    r"^(?:i |we )?(?:(?:was |were )?responsible for|participat(?:ed|ing|e)? in|attend(?:ed|ing)\b"
    r"|took part in|(?:was |were )?(?:a )?member of|duties (?:included|include|were)|tasked with"
    r"|exposure to|familiar with|(?:was |were )?involved (?:in|with)|(?:was |were )?part of"
    r"|help(?:ed|ing)? with|assist(?:ed|ing)? (?:with|in|on))",
    re.IGNORECASE,
)
# Routine work named without an outcome ("Answered ad-hoc data requests", "Monitored alerts", "Managed
# stakeholder expectations"): evidence only when the bullet also carries a number.
ROUTINE_OPENER = re.compile(
    r"^(?:answered|fielded|monitored|tracked|logged|maintained|managed stakeholder|attended to|handled"
    r"|scheduled)\b",
    re.IGNORECASE,
)
# A profile's own signals are broad single words ("built", "users", "%"): on the labelled bullets
# they added no true positive on top of the curated themes, only false ones. They decide only for
# values without a curated theme.


@dataclass(frozen=True)
class Hit:
    """A value or competency shown by a bullet: its id, strength (0.5..1) and the cues seen (for a
    trained-reader hit, the bullet's words that carried the weight, quoted)."""

    id: str
    strength: float
    cues: tuple[str, ...]


@dataclass
class BulletEvidence:
    """Everything :func:`read_bullet` found in one bullet."""

    text: str
    quantified: bool
    weak_opener: bool
    action_verb: bool
    issues: list[str] = field(default_factory=list)
    values: list[Hit] = field(default_factory=list)
    competencies: list[Hit] = field(default_factory=list)

    def assessment(self) -> BulletAssessment:
        """The public, flat view of this evidence."""
        return BulletAssessment(
            text=self.text,
            quantified=self.quantified,
            weak_opener=self.weak_opener,
            values=[h.id for h in self.values],
            competencies=[h.id for h in self.competencies],
            issues=list(self.issues),
        )


def assess_bullet(text: str, profile: CompanyProfile | None = None) -> BulletAssessment:
    """Assess one bullet; ``profile`` (optional) adds the company values it evidences.

    >>> assess_bullet("Responsible for the website", None).weak_opener
    True
    """
    return read_bullet(text, profile).assessment()


def read_bullet(
    text: str,
    profile: CompanyProfile | None = None,
    *,
    model: EvidenceModel | None = None,
    cues_only: bool = False,
) -> BulletEvidence:
    """Assess one bullet and keep the cues (or, for a trained-reader hit, the words) behind each
    value and competency. ``model`` replaces the bundled trained reader; ``cues_only`` reads with
    the cues alone.

    >>> [h.id for h in read_bullet("Mentored two interns", None, cues_only=True).competencies]
    ['leadership']
    """
    clean = strip_bullet(text)
    bullet = BulletText.of(clean, is_quantified(clean))
    weak = is_weak_opener(clean)
    verb = starts_with_action_verb(clean)
    evidence = BulletEvidence(text=clean, quantified=bullet.quantified, weak_opener=weak, action_verb=verb)
    evidence.issues = wording_issues(clean, weak=weak, verb=verb)
    if names_a_duty(clean, quantified=bullet.quantified):
        return evidence
    reader = None if cues_only else model or (evidence_model() if TRAINED_READER else None)
    for comp in competencies():
        key = competency_key(comp.id)
        hit = _read(reader, key, comp.id, bullet, comp.cues.score(bullet), comp.cues.vetoed)
        if hit:
            evidence.competencies.append(hit)
    if profile is not None:
        for rule in value_rules(profile):
            hit = _read(reader, value_key(rule.id), rule.id, bullet, rule.score(bullet), rule.vetoed)
            if hit:
                evidence.values.append(hit)
    return evidence


def names_a_duty(text: str, *, quantified: bool) -> bool:
    """True when a bullet names a duty, a membership or routine work without a number: it shows
    no value or competency, whatever its words (see ``DUTY_OPENER``, ``ROUTINE_OPENER``).

    >>> names_a_duty("Participated in incident drills", quantified=False)
    True
    """
    return bool(DUTY_OPENER.match(text) or (ROUTINE_OPENER.match(text) and not quantified))


def _read(
    reader: EvidenceModel | None,
    key: str,
    item_id: str,
    bullet: BulletText,
    cue_reading: tuple[float, list[str]],
    vetoed: Callable[[BulletText], bool],
) -> Hit | None:
    """One label's hit: the cues' verdict, or the trained reader's when it has a model of the label."""
    label = reader.label(key) if reader is not None else None
    if label is None or cue_reading[0] >= THRESHOLD:
        return _hit(item_id, *cue_reading)
    verdict = label.decide(bullet_features(bullet), cue_hit=False, vetoed=vetoed(bullet))
    if not verdict.shown:
        return None
    words = tuple(f'"{w}"' for w in verdict.words) or ("its wording as a whole",)
    return Hit(item_id, label.strength(verdict.probability), words)


def _hit(item_id: str, score: float, cues: list[str]) -> Hit | None:
    if score < THRESHOLD:
        return None
    return Hit(item_id, strength_of(score), tuple(dict.fromkeys(cues)))


def strength_of(score: float) -> float:
    """Cue weight -> evidence strength: 0.5 at the threshold, 1.0 from three full cues."""
    return round(min(1.0, 0.5 + 0.25 * (score - THRESHOLD)), 2)


# ---------------------------------------------------------------------------------------------
# Wording
# ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _clarity() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    data = load_data("clarity.yaml")
    openers = re.compile(r"^(?:" + "|".join(data["weak_openers"]) + r")\b")
    verbs = frozenset(_stem_word(str(v)) for v in data["action_verbs"])
    return openers, verbs, frozenset(str(w) for w in data["first_person"])


def _stem_word(word: str) -> str:
    parts = word.casefold().split("-")
    return "-".join([*parts[:-1], stem(parts[-1])])


def is_weak_opener(text: str) -> bool:
    """True when the bullet opens with a phrase that hides what the person did.

    >>> is_weak_opener("Helped with various team initiatives.")
    True
    """
    line = re.sub(r"^(?:i|we)\s+", "", strip_bullet(text).casefold())
    return bool(_clarity()[0].match(line))


def starts_with_action_verb(text: str) -> bool:
    """True when the first word is a strong action verb ("Built", "Reduced", "Led")."""
    clean = strip_bullet(text)
    return not is_weak_opener(clean) and opens_with_action_verb(clean)


def wording_issues(text: str, *, weak: bool | None = None, verb: bool | None = None) -> list[str]:
    """Problems a reviewer would flag in the wording of a bullet, in a fixed order."""
    clean = strip_bullet(text)
    words = tokens(clean)
    issues: list[str] = []
    if weak if weak is not None else is_weak_opener(clean):
        issues.append("weak opener")
    elif not (verb if verb is not None else starts_with_action_verb(clean)):
        issues.append("no action verb")
    if len(words) > MAX_WORDS:
        issues.append("too long")
    elif len(words) < MIN_WORDS:
        issues.append("too short")
    first_person = _clarity()[2]
    if (
        re.search(r"\bI\b", clean)
        or any(w in first_person and w != "i" and w != "us" for w in words)
        or re.search(r"\bus\b", clean)
    ):
        issues.append("first person")
    if is_passive(clean):
        issues.append("passive voice")
    return issues


# ---------------------------------------------------------------------------------------------
# Company values
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ValueRule:
    """How to read one company value in a bullet: its curated themes plus the profile's signals."""

    id: str
    name: str
    themes: tuple[str, ...]
    curated: tuple[CueSet, ...]
    signals: CueSet

    def read(self, bullet: BulletText) -> Hit | None:
        """The value's hit in this bullet by its cues, or None."""
        return _hit(self.id, *self.score(bullet))

    def score(self, bullet: BulletText) -> tuple[float, list[str]]:
        """The best summed cue weight of the value's themes (else its signals), and those cues."""
        if not self.curated:
            return self.signals.score(bullet)
        best, cues = 0.0, []
        for cue_set_ in self.curated:
            score, hits = cue_set_.score(bullet)
            if score > best:
                best, cues = score, hits
        return best, cues

    def vetoed(self, bullet: BulletText) -> bool:
        """True when a veto cue of one of the value's cue sets matches the bullet."""
        return any(s.vetoed(bullet) for s in self.curated) or self.signals.vetoed(bullet)


def value_themes(value: Value) -> tuple[str, ...]:
    """The curated themes of a value: by id for known values, else from words of its name/summary."""
    by_id, keywords = theme_map()
    if value.id in by_id:
        return tuple(by_id[value.id])
    for text in (f"{value.id.replace('_', ' ')} {value.name}", value.summary):
        line = f" {' '.join(stems(text))} "
        found = tuple(
            theme for theme, words in keywords.items() if any(_keyword(w).search(line) for w in words)
        )
        if found:
            return found
    return ()


@cache
def _keyword(word: str) -> re.Pattern[str]:
    """A theme keyword as a prefix of stemmed words: "simplif" meets "simplify" and "simplification"."""
    return re.compile(" " + " ".join(re.escape(w) for w in word.casefold().split()))


def _signal_specs(value: Value) -> list[str]:
    """Cue strings for a value's signals: a phrase counts fully, a single word half."""
    specs: dict[str, str] = {}
    for signal in value.signals:
        words = stems(signal)
        phrase = " ".join(words)
        if not words or not any(ch.isalpha() for ch in signal) or phrase in specs:
            continue  # "%" or "$" alone say nothing about a value
        specs[phrase] = f"{phrase} @{1.0 if len(words) > 1 else 0.5}"
    return list(specs.values())


@lru_cache(maxsize=64)
def _rules(key: tuple[tuple[str, str, str, tuple[str, ...]], ...]) -> tuple[ValueRule, ...]:
    theme_sets = themes()
    rules = []
    for vid, name, summary, signals in key:
        value = Value(id=vid, name=name, summary=summary, signals=list(signals))
        theme_names = tuple(t for t in value_themes(value) if t in theme_sets)
        curated = tuple(theme_sets[t] for t in theme_names)
        own = cue_set([] if curated else _signal_specs(value))
        rules.append(ValueRule(vid, name, theme_names, curated, own))
    return tuple(rules)


def value_rules(profile: CompanyProfile) -> tuple[ValueRule, ...]:
    """The compiled value rules of a profile's current (scored) values, cached per profile content."""
    key = tuple((v.id, v.name, v.summary, tuple(v.signals)) for v in profile.current_values())
    return _rules(key)
