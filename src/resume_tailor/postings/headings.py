"""Recognise the section headings of a job posting and what each section holds.

Section kinds: ``required`` (minimum / basic qualifications and free-text cues such as "What you'll
need" or "About you"), ``preferred`` ("Preferred qualifications", "Nice to have", "Bonus"),
``responsibilities``, ``description`` (about the job / team / company), ``boilerplate`` (pay,
benefits, equal opportunity, how to apply). Headings are matched as whole lines (optionally with a
trailing colon, markdown ``#``/``**`` or bullets), or at the start of a line followed by a colon.
"""

from __future__ import annotations

import re

REQUIRED = "required"
PREFERRED = "preferred"
RESPONSIBILITIES = "responsibilities"
DESCRIPTION = "description"
BOILERPLATE = "boilerplate"
QUALIFICATIONS = "qualifications"  # a generic heading: required unless a preferred heading follows

_PATTERNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # --- preferred (checked before required: "preferred qualifications" contains "qualifications")
    (PREFERRED, (
        r"preferred(?: and| &)? (?:qualifications?|requirements?|skills?|experience|knowledge|background"
        r"|competenc(?:y|ies)|criteria)(?: and (?:experience|skills))?",
    )),
    (PREFERRED, (
        r"(?:additional|desired|desirable|bonus|optional|extra) (?:qualifications?|skills?|requirements?"
        r"|experience|points?|credit)",
    )),
    (PREFERRED, (
        r"(?:it would be |it(?:'s| is) )?(?:nice|good|great) to have(?:s)?(?: skills)?",
    )),
    (PREFERRED, (
        r"nice[- ]to[- ]haves?", r"good[- ]to[- ]haves?", r"bonus(?: points)?", r"pluses", r"plus",
        r"preferred", r"desired", r"desirable", r"extra credit", r"even better if(?: you have)?",
        r"(?:ideally|it(?:'s| is) a plus if|we(?:'d| would) love (?:it )?if)(?: you(?: also)?(?: have|"
        r" bring)?)?",
        r"what would make you stand out", r"you(?:'ll| will) stand out (?:with|if)",
        r"standout qualifications", r"bonus if you have", r"preferred qualifications(?: include)?",
    )),
    # --- required
    (REQUIRED, (
        r"(?:minimum|basic|required|mandatory|essential|key|core|must[- ]have|minimum technical) "
        r"(?:qualifications?|requirements?|skills?|experience|criteria|competenc(?:y|ies))(?: and "
        r"(?:experience|skills))?",
    )),
    (REQUIRED, (
        r"must[- ]haves?", r"requirements?", r"required", r"requirements and qualifications",
        r"what you(?:'ll| will)? need(?: to succeed| to bring)?", r"what you need(?: to have)?",
        r"what we(?:'re| are) looking for(?: in you)?", r"who you are", r"about you",
        r"you (?:have|bring|are|might be|will have)",
        r"what you(?:'ll| will)? bring(?: to the (?:table|team|role))?", r"what you bring",
        r"who we(?:'re| are) looking for",
        r"you(?:'re| are|'ll be) (?:a )?(?:great|good|strong) fit if(?: you have)?",
        r"(?:skills|experience)(?:,)? (?:and|&) (?:experience|qualifications|skills|knowledge)",
        r"(?:skills|knowledge|experience) (?:you(?:'ll)? need|we(?:'re| are) looking for|required)",
        r"to be successful(?: in this role)?(?:,)?(?: you (?:will|should|must) have)?",
        r"the ideal candidate(?: will have| has| is| should have)?", r"ideal candidate profile",
        r"your (?:background|experience|profile|skills|qualifications)",
        r"technical (?:skills|requirements|qualifications)", r"job requirements", r"position requirements",
        r"education(?: and experience)?", r"experience(?: required)?", r"skills", r"competencies",
        r"you should have", r"you must have", r"we expect", r"we(?:'d| would) love to hear from you if",
    )),
    (QUALIFICATIONS, (
        r"qualifications?", r"(?:job|position|candidate) qualifications",
        r"qualifications and (?:experience|skills)",
    )),
    # --- responsibilities
    (RESPONSIBILITIES, (
        r"(?:(?:key|main|primary|core|job|your|role|day[- ]to[- ]day|essential) )*(?:responsibilities"
        r"|duties|accountabilities)(?: and (?:duties|impact))?",
        r"what you(?:'ll| will)? (?:do|be doing|work on|own|achieve)", r"what you do",
        r"in this role(?:,)?(?: you will| you(?:'ll))?",
        r"your (?:role|impact|mission|day|responsibilities)", r"the role", r"role overview",
        r"what the job involves", r"key tasks", r"tasks", r"day in the life", r"a day in the life",
        r"how you(?:'ll| will) (?:make an impact|contribute)", r"you will", r"you(?:'ll)",
        r"what you(?:'ll| will) be responsible for",
    )),
    # --- boilerplate
    (BOILERPLATE, (
        r"(?:public |base |annual )?(?:compensation|pay|salary|pay range|salary range)(?: (?:range|and"
        r" benefits|information|transparency|details))*",
        r"benefits", r"perks(?: and benefits)?", r"benefits and perks", r"what we offer",
        r"why (?:join us|work here)", r"equal (?:employment )?opportunity(?: employer| statement)?",
        r"eeo(?: statement)?", r"diversity(?:,)? (?:equity )?(?:and|&) inclusion",
        r"our commitment to (?:diversity|inclusion)", r"accommodations?", r"reasonable accommodations?",
        r"disability accommodations?", r"how to apply", r"application process", r"apply(?: now)?",
        r"next steps", r"locations?", r"location preference", r"work location", r"additional information",
        r"legal notice", r"privacy notice", r"pay transparency(?: notice)?", r"inclusive culture",
        r"diverse experiences", r"work authorization", r"visa sponsorship", r"learn more",
        r"share this job", r"similar jobs",
    )),
    # --- description
    (DESCRIPTION, (
        r"about (?:the|this) (?:job|role|position|team|opportunity|work|product|org(?:anization)?)",
        r"about (?:us|[a-z0-9&.\- ]{1,30})", r"(?:job|position|role) (?:description|summary|overview)",
        r"description", r"overview", r"summary", r"the team", r"the opportunity", r"who we are",
        r"what we do", r"introduction", r"our team", r"team overview", r"company overview", r"the company",
        r"why this role", r"why (?:aws|amazon|google|meta|netflix)", r"our culture", r"culture",
        r"the work", r"the challenge", r"mission", r"context", r"background",
    )),
)

_COMPILED = tuple(
    (kind, re.compile("|".join(alternatives), re.IGNORECASE)) for kind, alternatives in _PATTERNS
)
_DECOR = re.compile(r"^[\s#>*_•●◦▪■\-–—|]+|[\s*_|]+$")
_TRAIL = re.compile(r"\s*[:：.\-–—]*\s*$")


def _clean(line: str) -> str:
    text = _DECOR.sub("", line.strip())
    text = _TRAIL.sub("", text)
    return re.sub(r"\s+", " ", text).replace("’", "'")


def heading_kind(line: str) -> str | None:
    """The section kind if the whole line is a known heading, else None.

    >>> heading_kind("Minimum qualifications:")
    'required'
    >>> heading_kind("## Nice to have")
    'preferred'
    >>> heading_kind("Experience with Python.") is None
    True
    """
    text = _clean(line)
    if not text or len(text) > 80 or len(text.split()) > 10:
        return None
    for kind, pattern in _COMPILED:
        if pattern.fullmatch(text):
            return kind
    return None


# Keyword cues for headings we have no exact pattern for ("Experience & Competencies Required:",
# "What sets you apart?"). Checked in this order; only used on lines that look like headings.
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile("|".join(alternatives), re.IGNORECASE))
    for kind, alternatives in (
        (PREFERRED, (
            r"\bpreferred\b", r"\bnice[- ]to[- ]have", r"\bbonus\b", r"\bpluses\b", r"\bplus\b",
            r"\bdesired\b", r"\bdesirable\b", r"\badditional (?:qualifications|skills|experience|areas)",
            r"\bsets? you apart", r"\bstand ?out\b", r"\bideally\b", r"\bextra credit", r"\badditive\b",
            r"\bnot required\b",
        )),
        (RESPONSIBILITIES, (
            r"responsibilit", r"\bduties\b", r"\bwhat you(?:'ll| will)? (?:do|be doing)",
            r"\bwill you do\b", r"\bday[- ]to[- ]day\b", r"\bin this role\b", r"\bscope of (?:the )?role",
            r"\bfunctions\b", r"\byou will:", r"\bthe work\b", r"\bwhat you(?:'ll| will) own",
        )),
        (REQUIRED, (
            r"\brequire", r"\bqualification", r"\bmust\b", r"\blooking for\b", r"\bneed\b",
            r"\bwho you are\b", r"\babout you\b", r"\byou have\b", r"\bskills?\b", r"\bexperience\b",
            r"\babilities\b", r"\bbackground\b", r"\bideal candidate", r"\bsuccessful candidate",
            r"\bto be successful", r"\bto succeed\b", r"\byou bring\b", r"\bwhat you(?:'ll| will) bring",
            r"\bwork with you if", r"\bworking with us if", r"\bseek\b", r"\battributes\b", r"\bcompetenc",
            r"\bwho are you\b", r"\bdream job if", r"\beducation\b", r"\bsuccessful in this role",
        )),
        (BOILERPLATE, (
            r"\bcompensation\b", r"\bbenefits\b", r"\bsalary\b", r"\bpay\b", r"\blocations?\b",
            r"\bequal (?:employment )?opportunity", r"\blearn more\b", r"\baccommodation",
        )),
        (DESCRIPTION, (
            r"\babout\b", r"\boverview\b", r"\bteam\b", r"\bopportunity\b", r"\bmission\b", r"\bculture\b",
            r"\bwho we are\b", r"\bwhat you(?:'ll| will) learn", r"\bpriorities\b", r"\bpublished work",
            r"\bwe(?:'ve)? worked on",
        )),
    )
)


def cue_kind(line: str) -> str | None:
    """The section kind suggested by a heading-like line's keywords (for headings not in the list).

    >>> cue_kind("Experience & Competencies Required:")
    'required'
    >>> cue_kind("Preferred, but not required, additional areas of experience:")
    'preferred'
    """
    text = _clean(line)
    if not text or len(text.split()) > 12:
        return None
    for kind, pattern in _CUES:
        if pattern.search(text):
            return kind
    return None


_INLINE = re.compile(
    r"^\s*(?:[#*_]+\s*)?(?P<head>[^:：\n]{3,60}?)\s*(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(?P<rest>\S.*)$"
)


def split_inline_heading(line: str) -> tuple[str, str] | None:
    """``("required", "BS degree...")`` for ``"Minimum qualifications: BS degree..."``, else None.

    >>> split_inline_heading("Basic Qualifications: 3+ years of Java")
    ('required', '3+ years of Java')
    """
    match = _INLINE.match(line)
    if not match:
        return None
    kind = heading_kind(match.group("head"))
    if kind is None:
        return None
    return kind, match.group("rest").strip()


def looks_like_unknown_heading(line: str) -> bool:
    """A short line ending in a colon, or a markdown heading: a section we cannot name.

    >>> looks_like_unknown_heading("Our stack:")
    True
    """
    stripped = line.strip()
    if stripped.startswith("#") and 0 < len(stripped.lstrip("#").split()) <= 10:
        return True
    words = stripped.rstrip(":：").split()
    return stripped.endswith((":", "：")) and 0 < len(words) <= 8 and not stripped.startswith(("-", "*", "•"))
