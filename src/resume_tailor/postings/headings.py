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

_APOS = "['’`]"

_PATTERNS: tuple[tuple[str, str], ...] = (
    # --- preferred (checked before required: "preferred qualifications" contains "qualifications")
    (PREFERRED, r"preferred(?: and| &)? (?:qualifications?|requirements?|skills?|experience|"
                r"knowledge|background|competenc(?:y|ies)|criteria)(?: and (?:experience|skills))?"),
    (PREFERRED, r"(?:additional|desired|desirable|bonus|optional|extra) (?:qualifications?|skills?|"
                r"requirements?|experience|points?|credit)"),
    (PREFERRED, r"(?:it would be |it(?:" + _APOS + r"s| is) )?(?:nice|good|great) to have(?:s)?(?: skills)?"),
    (PREFERRED, r"nice[- ]to[- ]haves?|good[- ]to[- ]haves?|bonus(?: points)?|pluses|plus|preferred|"
                r"desired|desirable|extra credit|even better if(?: you have)?|"
                r"(?:ideally|it(?:" + _APOS + r"s| is) a plus if|we(?:" + _APOS + r"d| would) love (?:it )?if)"
                r"(?: you(?: also)?(?: have| bring)?)?|what would make you stand out|"
                r"you(?:" + _APOS + r"ll| will) stand out (?:with|if)|standout qualifications|"
                r"bonus if you have|preferred qualifications(?: include)?"),
    # --- required
    (REQUIRED, r"(?:minimum|basic|required|mandatory|essential|key|core|must[- ]have|"
               r"minimum technical) (?:qualifications?|requirements?|skills?|experience|criteria|"
               r"competenc(?:y|ies))(?: and (?:experience|skills))?"),
    (REQUIRED, r"must[- ]haves?|requirements?|required|requirements and qualifications|"
               r"what you(?:" + _APOS + r"ll| will)? need(?: to succeed| to bring)?|what you need(?: to have)?|"
               r"what we(?:" + _APOS + r"re| are) looking for(?: in you)?|who you are|about you|"
               r"you (?:have|bring|are|might be|will have)|"
               r"what you(?:" + _APOS + r"ll| will)? bring(?: to the (?:table|team|role))?|"
               r"what you bring|who we(?:" + _APOS + r"re| are) looking for|"
               r"you(?:" + _APOS + r"re| are|" + _APOS + r"ll be) (?:a )?(?:great|good|strong) fit if(?: you have)?|"
               r"(?:skills|experience)(?:,)? (?:and|&) (?:experience|qualifications|skills|knowledge)|"
               r"(?:skills|knowledge|experience) (?:you(?:" + _APOS + r"ll)? need|we(?:" + _APOS +
               r"re| are) looking for|required)|"
               r"to be successful(?: in this role)?(?:,)?(?: you (?:will|should|must) have)?|"
               r"the ideal candidate(?: will have| has| is| should have)?|ideal candidate profile|"
               r"your (?:background|experience|profile|skills|qualifications)|"
               r"technical (?:skills|requirements|qualifications)|job requirements|position requirements|"
               r"education(?: and experience)?|experience(?: required)?|skills|competencies|"
               r"you should have|you must have|we expect|we(?:" + _APOS + r"d| would) love to hear from you if"),
    (QUALIFICATIONS, r"qualifications?|(?:job|position|candidate) qualifications|"
                     r"qualifications and (?:experience|skills)"),
    # --- responsibilities
    (RESPONSIBILITIES, r"(?:(?:key|main|primary|core|job|your|role|day[- ]to[- ]day|essential) )*"
                       r"(?:responsibilities|duties|accountabilities)(?: and (?:duties|impact))?|"
                       r"what you(?:" + _APOS + r"ll| will)? (?:do|be doing|work on|own|achieve)|"
                       r"what you do|in this role(?:,)?(?: you will| you(?:" + _APOS + r"ll))?|"
                       r"your (?:role|impact|mission|day|responsibilities)|the role|role overview|"
                       r"what the job involves|key tasks|tasks|day in the life|a day in the life|"
                       r"how you(?:" + _APOS + r"ll| will) (?:make an impact|contribute)|"
                       r"you will|you(?:" + _APOS + r"ll)|what you(?:" + _APOS + r"ll| will) be responsible for"),
    # --- boilerplate
    (BOILERPLATE, r"(?:public |base |annual )?(?:compensation|pay|salary|pay range|salary range)"
                  r"(?: (?:range|and benefits|information|transparency|details))*|"
                  r"benefits|perks(?: and benefits)?|benefits and perks|what we offer|why (?:join us|work here)|"
                  r"equal (?:employment )?opportunity(?: employer| statement)?|eeo(?: statement)?|"
                  r"diversity(?:,)? (?:equity )?(?:and|&) inclusion|our commitment to (?:diversity|inclusion)|"
                  r"accommodations?|reasonable accommodations?|disability accommodations?|"
                  r"how to apply|application process|apply(?: now)?|next steps|"
                  r"locations?|location preference|work location|additional information|legal notice|"
                  r"privacy notice|pay transparency(?: notice)?|inclusive culture|diverse experiences|"
                  r"work authorization|visa sponsorship|learn more|share this job|similar jobs"),
    # --- description
    (DESCRIPTION, r"about (?:the|this) (?:job|role|position|team|opportunity|work|product|org(?:anization)?)|"
                  r"about (?:us|[a-z0-9&.\- ]{1,30})|(?:job|position|role) (?:description|summary|overview)|"
                  r"description|overview|summary|the team|the opportunity|who we are|what we do|"
                  r"introduction|our team|team overview|company overview|the company|why this role|"
                  r"why (?:aws|amazon|google|meta|netflix)|our culture|culture|"
                  r"the work|the challenge|mission|context|background"),
)

_COMPILED = tuple((kind, re.compile(rf"(?:{pattern})", re.IGNORECASE)) for kind, pattern in _PATTERNS)
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
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        (PREFERRED, r"\bpreferred\b|\bnice[- ]to[- ]have|\bbonus\b|\bpluses\b|\bplus\b|\bdesired\b|"
                    r"\bdesirable\b|\badditional (?:qualifications|skills|experience|areas)|\bsets? you apart|"
                    r"\bstand ?out\b|\bideally\b|\bextra credit|\badditive\b|\bnot required\b"),
        (RESPONSIBILITIES, r"responsibilit|\bduties\b|\bwhat you(?:" + _APOS + r"ll| will)? (?:do|be doing)|"
                           r"\bwill you do\b|\bday[- ]to[- ]day\b|\bin this role\b|\bscope of (?:the )?role|"
                           r"\bfunctions\b|\byou will:|\bthe work\b|\bwhat you(?:" + _APOS + r"ll| will) own"),
        (REQUIRED, r"\brequire|\bqualification|\bmust\b|\blooking for\b|\bneed\b|\bwho you are\b|"
                   r"\babout you\b|\byou have\b|\bskills?\b|\bexperience\b|\babilities\b|\bbackground\b|"
                   r"\bideal candidate|\bsuccessful candidate|\bto be successful|\bto succeed\b|"
                   r"\byou bring\b|\bwhat you(?:" + _APOS + r"ll| will) bring|\bwork with you if|"
                   r"\bworking with us if|\bseek\b|\battributes\b|\bcompetenc|\bwho are you\b|"
                   r"\bdream job if|\beducation\b|\bsuccessful in this role"),
        (BOILERPLATE, r"\bcompensation\b|\bbenefits\b|\bsalary\b|\bpay\b|\blocations?\b|"
                      r"\bequal (?:employment )?opportunity|\blearn more\b|\baccommodation"),
        (DESCRIPTION, r"\babout\b|\boverview\b|\bteam\b|\bopportunity\b|\bmission\b|\bculture\b|"
                      r"\bwho we are\b|\bwhat you(?:" + _APOS + r"ll| will) learn|\bpriorities\b|"
                      r"\bpublished work|\bwe(?:" + _APOS + r"ve)? worked on"),
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


_INLINE = re.compile(r"^\s*(?:[#*_]+\s*)?(?P<head>[^:：\n]{3,60}?)\s*(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(?P<rest>\S.*)$")


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
