"""Language checks on one resume bullet: does it open with an action verb, is its main clause passive?

The rules (and the labelled bullets they are measured on) are in
``benchmarks/data/LANGUAGE_RULES.md``; in short:

* **Action verb**: the bullet's first word (after an optional "-ly" adverb such as "Successfully")
  is a verb of doing, in any tense or person — "Built", "Build", "Builds", "Building", "Led",
  "Leads", "Drew". A weak opener ("Helped", "Worked on", "Responsible for") is not one, and neither
  is a noun or an adjective ("Team lead for…", "Senior engineer…").
* **Passive voice**: a form of *be* or *get* carries a past participle in the bullet's main clause
  ("Was promoted to…", "The API was rebuilt by…"). A passive in a later clause ("…; two were
  promoted", "…, which is used by 40 teams") is not flagged, nor a bullet that opens with a
  participle and no auxiliary ("Built…", "Awarded…"), nor a participle used as an adjective after
  a linking word other than be/get.

A current role may use the present tense: "Build and run the billing service" opens with an
action verb.
"""

from __future__ import annotations

import re
from functools import lru_cache

from resume_tailor.matching.text import stem, strip_bullet

# Past participles that do not end in -ed (the common ones of resume writing).
_PARTICIPLE_WORDS = """
    been begun bent bound bought brought broken built caught chosen come cut dealt done drawn
    driven dug eaten fed felt fought found flown forbidden forgotten frozen given gone gotten grown
    held hidden hit hung kept known laid led left lent lost made meant met mistaken overseen
    overtaken paid put quit read rebuilt redone remade rerun rewritten ridden run said seen sent set
    shaken shed shown shrunk shut slept sold sought spent split spoken spread spun stolen stood
    struck swept sworn taken taught thought thrown told torn understood undertaken undone upheld
    withdrawn won wound woven written
"""
IRREGULAR_PARTICIPLES = frozenset(_PARTICIPLE_WORDS.split())
# Irregular past tenses (not participles) that open bullets: "Drew", "Wove" → their verb.
_IRREGULAR_PAST = {
    "drew": "draw",
    "flew": "fly",
    "threw": "throw",
    "wove": "weave",
    "swept": "sweep",
    "spun": "spin",
    "sped": "speed",
    "fed": "feed",
    "bought": "buy",
    "sold": "sell",
    "told": "tell",
    "paid": "pay",
    "spent": "spend",
    "sent": "send",
    "lent": "lend",
    "bent": "bend",
    "dealt": "deal",
    "dug": "dig",
    "struck": "strike",
    "stood": "stand",
    "upheld": "uphold",
    "withdrew": "withdraw",
    "oversaw": "oversee",
    "forgave": "forgive",
    "forged": "forge",
    "rode": "ride",
    "broke": "break",
    "froze": "freeze",
    "shrank": "shrink",
    "hung": "hang",
    "wound": "wind",
    "laid": "lay",
    "redid": "redo",
    "reran": "rerun",
    "remade": "remake",
    "did": "do",
    "got": "get",
    "left": "leave",
    "lost": "lose",
    "meant": "mean",
    "fought": "fight",
    "overhauled": "overhaul",
}
_BE_GET = r"(?:am|is|are|was|were|be|been|being|get|gets|got|gotten|getting)"
_SOFTENER = r"(?:(?:\w+ly|not|also|then|all|each|both|later|since|now|often|still|being|been)\s+)"
# Where the main clause of a bullet ends: a clause break, or a relative/subordinate clause.
_CLAUSE_END = re.compile(
    r"\s*[;:]\s|\s+[—–]\s+|\s\(|"
    r",?\s+(?:which|who|whom|whose|where|that|after|because|once|until|while|when|so that|so|"
    r"allowing|enabling|making|leading to|resulting in)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


@lru_cache(maxsize=1)
def action_verbs() -> frozenset[str]:
    """The stems of the action verbs in ``clarity.yaml`` (plus the irregular past forms' verbs)."""
    from resume_tailor.matching.lexicon import load_data

    words = [str(v) for v in load_data("clarity.yaml")["action_verbs"]]
    return frozenset(_verb_stem(w) for w in [*words, *_IRREGULAR_PAST.values()])


def _verb_stem(word: str) -> str:
    """The stem of a verb in any tense: "led", "leads", "leading" and "lead" all give "lead"."""
    w = word.casefold()
    w = _IRREGULAR_PAST.get(w, w)
    parts = w.split("-")
    return "-".join([*parts[:-1], stem(parts[-1])])


def main_clause(text: str) -> str:
    """The bullet up to where its main clause ends (a semicolon, a dash, a relative clause…)."""
    clean = strip_bullet(text)
    found = _CLAUSE_END.search(clean)
    return clean[: found.start()] if found else clean


def _is_participle(word: str) -> bool:
    w = word.casefold()
    if w in IRREGULAR_PARTICIPLES:
        return True
    return len(w) >= 4 and w.endswith("ed") and not w.endswith("eed")


def is_passive(text: str) -> bool:
    """True when a form of be/get carries a past participle in the bullet's main clause.

    >>> is_passive("Was promoted to team lead within a year")
    True
    >>> is_passive("Mentored 4 engineers; two were promoted within a year")
    False
    >>> is_passive("Built a shipment tracking API")
    False
    """
    head = main_clause(text)
    pattern = re.compile(rf"\b{_BE_GET}\s+{_SOFTENER}*([A-Za-z]+)\b", re.IGNORECASE)
    return any(_is_participle(m.group(1)) for m in pattern.finditer(head))


def first_verb_word(text: str) -> str | None:
    """The word that should carry the action: the first word, or the second after a "-ly" adverb."""
    words = _WORD.findall(strip_bullet(text)[:80])
    if not words:
        return None
    if len(words) > 1 and words[0].casefold().endswith("ly") and len(words[0]) > 4:
        return words[1]
    return words[0]


def opens_with_action_verb(text: str) -> bool:
    """True when the bullet opens with a verb of doing, in any tense ("Built", "Build", "Leads").

    Weak openers are not checked here (see ``bullets.is_weak_opener``).

    >>> opens_with_action_verb("Drew up the 2024 capacity plan")
    True
    >>> opens_with_action_verb("Build and run the billing service")
    True
    >>> opens_with_action_verb("Senior engineer on the payments team")
    False
    """
    word = first_verb_word(text)
    if word is None or not _reads_as_a_sentence(text, word):
        return False
    stem_ = _verb_stem(word)
    if stem_ in _NOT_ACTIONS:
        return False
    if stem_ in action_verbs():
        return True
    lower = word.casefold()
    # an unknown regular past tense ("Overhauled", "Piloted") is still a verb of doing
    return lower.endswith("ed") and len(lower) > 4 and not lower.endswith("eed")


# be, have and get say that something happened to the person, not what they did
_NOT_ACTIONS = frozenset(_verb_stem(w) for w in ("be", "is", "was", "have", "has", "had", "get", "got"))
_ROLE_NOUNS = re.compile(
    r"^(?:coordinator|manager|engineer|developer|analyst|lead|director|specialist|assistant|intern|"
    r"consultant|designer|scientist|officer|representative|associate|administrator|architect|"
    r"leader|member|advocate|owner|contributor)s?$",
    re.IGNORECASE,
)


def _reads_as_a_sentence(text: str, word: str) -> bool:
    """False for a title or a credential ("Volunteer coordinator at…", "Certified Scrum Product Owner")
    or a noun phrase ("Map of …"): a role noun or "of" right after the first word, or no lower-case
    word after it at all."""
    words = _WORD.findall(strip_bullet(text))
    rest = words[words.index(word) + 1 :] if word in words else words[1:]
    past = word.casefold().endswith("ed") or word.casefold() in _IRREGULAR_PAST
    if rest and not past and _ROLE_NOUNS.match(rest[0]):
        return False
    if rest and not past and rest[0].casefold() == "of":
        return False  # a noun: "Map of Lagos bus routes", "Review of the billing code"
    return any(w[0].islower() for w in rest)


_OTHER_VERB_FORMS = frozenset(
    ["am", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did"]
)


def has_a_verb(text: str) -> bool:
    """True when some word of the line reads as a verb (an action verb in any form, an -ed or -ing
    word, or a form of be/have/do): a line without one ("UI framework and webmail accessibility",
    "poetry, music, and art") is a heading or a list, not a bullet to rewrite.

    >>> has_a_verb("Boxely UI Framework, AOL Webmail."), has_a_verb("Shipped the app to 2M users.")
    (False, True)
    """
    for word in _WORD.findall(strip_bullet(text)):
        lower = word.casefold()
        if lower in _OTHER_VERB_FORMS or lower.endswith(("ed", "ing")) and len(lower) > 4:
            return True
        if _verb_stem(lower) in action_verbs():
            return True
    return False
