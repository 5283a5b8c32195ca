"""What the trained evidence reader sees in one bullet: its words, word pairs and guards.

The features are plain strings, built from the bullet as the cues read it (:class:`BulletText`: others'
actions, circumstances and names already replaced by a marker), so the agency and word-sense guards
hold for the model too:

==================  ==============================================================================
``w:<stem>``        a content word (stemmed; numbers read ``#``)
``b:<stem>_<stem>`` two words in a row ("b:trad_scop", "b:push_back")
``f:<family>``      a word family of families.yaml ("f:teach" for taught, coached, mentored...)
``g:<guard>``       a guard or a shape: ``name`` (a name or someone else's action was set aside),
                    ``span`` (a duration used as an adjective: "90-day retention"), ``num``
==================  ==============================================================================

Cue hits are deliberately not features. The cues were tuned on the very bullets the model learns
from, so there they look nearly infallible and a model given them learns to copy them (tried: with cue
hits as features, cross-validated on the dev half it added no hit the cues had missed). Kept apart,
the model's held-out precision is an honest estimate, and it can add what the cues miss.

>>> from resume_tailor.matching.lexicon import BulletText
>>> f = bullet_features(BulletText.of("Traded scope for a phased rollout", False))
>>> "b:trad_scop" in f.names, f.words["b:trad_scop"]
(True, 'traded scope')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from resume_tailor.matching.lexicon import NAME, BulletText, family_patterns
from resume_tailor.matching.text import stem

SPAN = "zzspan"  # marker of an adjectival duration, like NAME a token no feature word contains
# "90-day retention", "a two-week sprint": the length of a period, not the speed of the person.
_SPAN = re.compile(
    r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|thirty|sixty|ninety)"
    r"[- ](?:day|week|month|year|hour|minute|quarter)\b(?=[- ][a-z])",
)
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|%|\$")
# Words too common to carry a value alone; they still count inside a word pair ("took over").
STOPWORDS = frozenset({
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from", "as", "into",
    "its", "it", "their", "our", "my", "his", "her", "this", "that", "these", "those", "was", "were", "be",
    "is", "are", "been", "than", "then", "also", "which", "who", "so", "per", "via", "while", "each",
    "every", "all", "i", "we", "they", "them", "us",
})  # fmt: skip
_MARKERS = frozenset({stem(NAME), stem(SPAN)})


@dataclass(frozen=True)
class BulletFeatures:
    """The label-independent features of a bullet, and the bullet's words behind each word feature."""

    names: tuple[str, ...]
    words: dict[str, str] = field(default_factory=dict)  # "b:trad_scop" -> "traded scope"


@lru_cache(maxsize=4096)
def bullet_features(bullet: BulletText) -> BulletFeatures:
    """The features of a prepared bullet (see the module docstring), memoised per bullet."""
    read = _SPAN.sub(SPAN, bullet.lower)
    words = _WORD.findall(read.replace("-", " ").replace("/", " "))
    keys = ["#" if w.isdigit() else stem(w) for w in words]
    found: dict[str, str] = {}
    for word, key in zip(words, keys, strict=True):
        if key not in STOPWORDS and key not in _MARKERS:
            found.setdefault(f"w:{key}", word)
    for i in range(len(words) - 1):
        pair = keys[i : i + 2]
        if _MARKERS.intersection(pair) or all(k in STOPWORDS for k in pair):
            continue
        found.setdefault(f"b:{pair[0]}_{pair[1]}", f"{words[i]} {words[i + 1]}")
    families = [
        f"f:{name}" for name, pattern in family_patterns().items() if pattern.search(bullet.stem_line)
    ]
    names = [*found, *families, *_guards(read, bullet.quantified)]
    return BulletFeatures(tuple(names), found)


def _guards(read: str, quantified: bool) -> list[str]:
    guards = []
    if NAME in read:
        guards.append("g:name")
    if SPAN in read:
        guards.append("g:span")
    if quantified:
        guards.append("g:num")
    return guards
