"""Company angles: what a company's reader looks for in a bullet, and whether the bullet already has it.

A company's angles come from its own profile, in this order: its resume conventions (the first
convention that asks for an outcome form, a decision, scope, the customer or speed), then its
current values (the value themes they carry). So Google asks for the X-Y-Z form, Meta for scope and
scale, Netflix for the judgement call and Amazon for the customer, each in the words of its profile.

An angle is offered on a bullet only when the bullet does not already do what it asks: a bullet
that names its customer is never told to name the customer, one that states an outcome with its
measure is never given the outcome template, one that names a trade-off is never asked for the
judgement call.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from resume_tailor.matching.bullets import value_rules
from resume_tailor.matching.quantify import NUMBER_WORDS, is_quantified
from resume_tailor.models import CompanyProfile, Value

_POPULATION = (
    r"customers?|users?|clients?|members?|partners?|merchants?|sellers?|shoppers?|buyers?|patients?|"
    r"students?|carriers?|subscribers?|viewers?|advertisers?|developers?|engineers?|analysts?|accounts?|"
    r"riders?|drivers?|guests?|visitors?|players?|readers?|listeners?|employees?|stakeholders?|"
    r"businesses|companies|hospitals?|schools?|clinicians?|agents?|creators?|learners?|people|"
    r"households?|residents?|donors?|volunteers?|owners?|orders?|teams?|countries|markets?|regions?|"
    r"stores?|sites?|services?|requests?|transactions?|devices?|apps?|products?|events?|queries|"
    r"records?|messages?|sessions?|repositories|brands?|tenants?|organi[sz]ations?|"
    r"downloads?|installs?|start-?ups?|firms?|clinics?|beds?|wards?|classes|classrooms?|branches|hires|"
    r"candidates|placements|positions|roles"
)
_BENEFICIARY = re.compile(
    r"\b(?:customers?|users?|clients?|members?|partners?|merchants?|sellers?|shoppers?|buyers?|"
    r"patients?|students?|carriers?|subscribers?|viewers?|advertisers?|riders?|drivers?|guests?|"
    r"visitors?|players?|readers?|listeners?|clinicians?|creators?|learners?|households?|residents?|"
    r"donors?|accounts|businesses|tenants|stakeholders|orders)\b"
    r"|\b(?:for|serving|supporting|used by|adopted by|helping|to|across)\s+(?:the\s+|our\s+|\d[\d,]*\+?\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:teams?|engineers|developers|analysts|employees|staff|people|colleagues|"
    r"departments?|organi[sz]ations?|companies|hospitals?|schools?)\b",
    re.IGNORECASE,
)
_RESULT_NUMBER = re.compile(
    r"\d\s?(?:%|percent\b|pp\b|x\b|×)|[$€£]\s?\d|\bby\s+[$€£]?\d|\b(?:doubled|tripled|quadrupled|halved)\b"
    r"|\bin half\b|\bfrom\s+[$€£]?\d[^;]{0,40}?\bto\s+[$€£]?\d",
    re.IGNORECASE,
)
_OUTCOME = re.compile(
    r"\b(?:reduc|cut|cutting|increas|improv|grew|grow|sav|rais|boost|lower|decreas|shrank|shrink|"
    r"eliminat|accelerat|sped|speed|generat|won|win|achiev|promot|doubl|tripl|halv|lift|drove|driv|"
    r"reach|saving|retain|convert|prevent|avoid)\w*",
    re.IGNORECASE,
)
_TRADEOFF = re.compile(
    r"\btrad(?:e|ing)[- ]?offs?\b|\btrading\b|\binstead of\b|\brather than\b|\bversus\b|\bvs\.?\s|"
    r"\bin favou?r of\b|\bweigh(?:ed|ing)\b|\bdecid(?:ed|ing)\b|\bdecisions?\b|\bsaid no\b|"
    r"\bpushed back\b|\b(?:chose|chosen|choosing|picked|selected|prioriti[sz]ed|favou?red)\b[^;]{0,60}?"
    r"\bover\b|\b(?:chose|chosen|choosing)\b|\bevaluat\w+\b[^;]{0,60}\b(?:options|alternatives|vendors)\b",
    re.IGNORECASE,
)
_SCOPE = re.compile(
    rf"(?:\d[\d,.]*\s*(?:k|m|b|bn|million|billion|thousand)?\+?|\b(?:{NUMBER_WORDS})(?:\s+of)?)"
    rf"\s+(?:[\w-]+\s+){{0,2}}(?:{_POPULATION})\b"
    # the population before its count: "grew subscribers from 40,000 to 115,000"
    rf"|\b(?:{_POPULATION})\s+(?:from\s+)?[$€£]?\d[\d,.]*\s*(?:k|m|b|bn|million|billion|thousand)?\s+to\s+\d"
    # a list of countries or regions reached: "across France, Spain and Italy"
    r"|\bacross\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:,\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)*,?\s+and\s+[A-Z]"
    r"|\b(?:millions?|billions?|thousands|company[- ]wide|org[- ]wide|organi[sz]ation[- ]wide|"
    r"globally|worldwide|across (?:all|every|\d+))\b|\d\s*(?:tb|pb|gb|qps|rps|tps)\b"
    # a count made into an adjective: "a 24-bed unit", "a 40-person team", "a 300-seat venue"
    r"|\b\d[\d,]*-(?:beds?|seats?|persons?|people|members?|strong|stores?|sites?|country|city|school|"
    r"hospital|branch|room|unit|clinic)\b",
    re.IGNORECASE,
)
_SPEED = re.compile(
    r"\b(?:in|within)\s+(?:\d+|one|two|three|four|five|six|eight|ten|a few|a couple of|a single|a)[- ]"
    r"(?:hours?|days?|weeks?|months?|sprints?|quarters?)\b|\bahead of\b|\bdeadline\b|"
    r"\b(?:daily|weekly|hourly|continuous)\s+(?:releases?|deploys?|deployments?|launches)\b|"
    r"\brelease (?:cycle|frequency|cadence)\b|\btime to (?:ship|market|launch|first)\b|"
    r"\bfrom\s+\d+\s*\w*\s+to\s+\d+\s*(?:minutes|hours|days|weeks|months)\b|\bfaster\b|\bsame[- ]day\b",
    re.IGNORECASE,
)
_HELPED = re.compile(
    r"\b(?:mentor|coach|onboard|train|taught|teach|unblock|enabl|help|support)\w*\b[^;]{0,60}"
    r"\b(?:teams?|engineers|people|colleagues|analysts|developers|interns|hires|peers)\b"
    r"|\badopted by\b|\bused by\b|\bself[- ]serve\b",
    re.IGNORECASE,
)


# Upkeep: keeping something running, answering, processing. The work is real, but there were no options
# to weigh, so asking such a line for "the judgement call" asks for a story it cannot tell.
_UPKEEP = re.compile(
    # ... unless the line made something first ("Designed and maintained the API")
    r"^\W*(?:(?!(?:design|buil|creat|architect|led|lead|launch|develop|wr[io]te|found|invent)\w*)\w+\W+){0,5}?"
    r"(?:maint(?:ain|ained|aining|ains|enance)|upkeep|monitor(?:ed|ing|s)?|"
    r"administer(?:ed|ing|s)?|administration|updat(?:e|ed|es|ing)|kept|keep(?:s|ing)?|"
    r"process(?:ed|es|ing)|answer(?:ed|ing|s)?|handl(?:e|ed|es|ing)|data entry|fil(?:ed|ing)|"
    r"troubleshoot(?:ed|ing|s)?|on[- ]call)\b",
    re.IGNORECASE,
)


def is_upkeep(text: str) -> bool:
    """The line's work is upkeep (maintaining, monitoring, updating, handling tickets): its first few
    words say so ("Was involved in dashboard maintenance", "Monitored nightly jobs")."""
    return bool(_UPKEEP.search(text))


def always(_text: str) -> bool:
    """Every line: the angle fits any kind of work."""
    return True


def names_beneficiary(text: str) -> bool:
    """The bullet names a customer, user or other beneficiary ("for 40 partner carriers", "mentored
    4 engineers")."""
    return bool(_BENEFICIARY.search(text) or _HELPED.search(text))


def has_result_number(text: str) -> bool:
    """A result number: a %, money, a multiplier, a from–to change or "by N"."""
    return bool(_RESULT_NUMBER.search(text))


def has_measured_outcome(text: str) -> bool:
    """An outcome with its measure: a result number, or a measuring number next to an outcome verb."""
    return has_result_number(text) or (is_quantified(text) and bool(_OUTCOME.search(text)))


def names_tradeoff(text: str) -> bool:
    """The bullet names a choice, options weighed or a trade-off."""
    return bool(_TRADEOFF.search(text))


def states_scope(text: str) -> bool:
    """The bullet makes its reach explicit: how many users, teams, requests or systems."""
    return bool(_SCOPE.search(text))


def states_speed(text: str) -> bool:
    """The bullet says how fast something shipped or how often."""
    return bool(_SPEED.search(text))


def names_who_was_helped(text: str) -> bool:
    """The bullet names the people or teams it helped or unblocked."""
    return bool(_HELPED.search(text))


@dataclass(frozen=True)
class AngleKind:
    """One kind of company angle: what it asks, the order of the rewrite, and how to tell it is there."""

    id: str
    ask: str
    shape: str  # the rewrite in order; "{measure}" is filled from the profile
    has: Callable[[str], bool]
    convention: str  # pattern: a resume convention asking for this
    themes: tuple[str, ...]  # value themes asking for this
    fits: Callable[[str], bool] = always  # the kind of line this angle can be asked of


KINDS: tuple[AngleKind, ...] = (
    AngleKind(
        "xyz",
        "put the outcome first, then its measure, then how you did it",
        "accomplished [X] as measured by [Y: {measure}] by doing [Z]",
        has_measured_outcome,
        r"x-y-z|xyz|as measured by",
        (),
    ),
    AngleKind(
        "judgment",
        "show the judgement call: the options you weighed, what you chose and why",
        "[verb] [what you chose] over [the alternative] because [reason], [what it changed: {measure}]",
        names_tradeoff,
        r"judg(?:e)?ment|decision",
        ("judgment",),
        fits=lambda text: not is_upkeep(text),
    ),
    AngleKind(
        "scale",
        "make the scope explicit: how many users, teams or systems it reached",
        "[impact: {measure}] for [how many users, teams or systems] by [what you did]",
        states_scope,
        r"\bscale\b|\bscope\b",
        ("think_big",),
    ),
    AngleKind(
        "customer",
        "name who benefited (the customer or user group) and what changed for them",
        "[verb] [what you did] for [customer or user group], [what changed for them: {measure}]",
        names_beneficiary,
        r"customer|\bmembers?\b|\busers?\b",
        ("customer",),
    ),
    AngleKind(
        "speed",
        "show the speed: how fast it shipped or how often",
        "[verb] [what you did] in [time to ship or release frequency], [result: {measure}]",
        states_speed,
        r"\bspeed\b|move fast|\bfast\b|bias for action",
        ("speed",),
    ),
    AngleKind(
        "selfless",
        "name the team or people you helped and what it unblocked for them",
        "[verb] [what you did] that unblocked [team or people helped], [what it enabled: {measure}]",
        names_who_was_helped,
        r"selfless|multipl",
        ("selfless",),
    ),
)
_BY_ID = {k.id: k for k in KINDS}


@dataclass(frozen=True)
class Angle:
    """A company angle: its kind, the value or convention it serves, and why the company cares."""

    kind: AngleKind
    value: Value | None
    why: str
    measure: str

    @property
    def id(self) -> str:
        """The kind's id ("customer", "xyz", …)."""
        return self.kind.id

    def missing_from(self, text: str) -> bool:
        """True when the bullet does not yet do what this angle asks."""
        return not self.kind.has(text)

    def asks_of(self, text: str) -> bool:
        """True when this angle is worth asking of the bullet: it fits the kind of work and is missing."""
        return self.kind.fits(text) and self.missing_from(text)

    def shape(self) -> str:
        """The rewrite in order, with the profile's measures filled in."""
        return self.kind.shape.format(measure=self.measure)


def company_angles(profile: CompanyProfile, family: str | None = None) -> list[Angle]:
    """The company's angles, most important first: from its conventions, then its values; their
    measures are those of the role ``family`` (an id) where its work is not measured like an engineer's."""
    role_measure = ROLE_MEASURES.get(family or "")
    measure = role_measure or measures(profile)
    why = partial(_why, profile.name, own_examples=role_measure is None)
    rules = {r.id: r for r in value_rules(profile)}
    themed = [(v, rules[v.id].themes if v.id in rules else ()) for v in profile.current_values()]
    by_theme: dict[str, Value] = {}
    for value, value_themes in themed:
        for theme in value_themes:
            by_theme.setdefault(theme, value)
    found: dict[str, Angle] = {}
    for convention in profile.resume_conventions:
        kind = next((k for k in KINDS if re.search(k.convention, convention, re.I)), None)
        if kind and kind.id not in found:
            served = next((by_theme[t] for t in kind.themes if t in by_theme), None)
            found[kind.id] = Angle(kind, served, why(served, convention), measure)
    for value, value_themes in themed:
        for theme in value_themes:
            kind = next((k for k in KINDS if theme in k.themes), None)
            if kind and kind.id not in found:
                found[kind.id] = Angle(kind, value, why(value, None), measure)
    return list(found.values())


def _why(name: str, value: Value | None, convention: str | None, *, own_examples: bool = True) -> str:
    """Why the company cares, in its profile's words; without the tip's examples ("e.g. lower
    latency, fewer tickets") when the role is measured otherwise (``own_examples`` False)."""
    if value is not None:
        tip = value.resume_tips[0] if value.resume_tips else value.summary
        if not own_examples:
            tip = _EXAMPLE_CLAUSE.sub("", tip)
        return f"{name} — {value.name}: {tip}".rstrip(": ")
    return f"{name}: {convention}"


# a tip's examples up to the end of their sentence: ", e.g. lower latency, fewer tickets" / " (e.g. …)"
_EXAMPLE_CLAUSE = re.compile(r",?\s*\(e\.g\.[^)]*\)|,?\s*\be\.g\.,?\s+[^.;]*", re.I)


# What the work of a role is measured by, for roles whose outcomes are not an engineer's: a product
# manager's bullet is asked for adoption or revenue, not "lower latency, fewer tickets" (a company's
# own measures are written for its engineers).
ROLE_MEASURES = {
    "product_management": "adoption, retention, revenue or time to launch",
    "program_management": "time to launch, cost or risks retired",
    "design": "task success, conversion or support tickets",
    "sales_marketing": "revenue, pipeline, win rate or reach",
    "business_operations": "cost, time saved or accuracy",
    "content_production": "audience, schedule or budget",
    "solutions_customer_engineering": "adoption, time to resolve or customer satisfaction",
}

_LIST_IN_PARENS = re.compile(r"\(([a-z][a-z ,/-]*,[a-z ,/-]*)\)")
_EXAMPLES = re.compile(r"\be\.g\.,?\s+([a-z][^.;\"]*)", re.I)


def measures(profile: CompanyProfile) -> str:
    """What the company measures, in its own profile's words ("users, engagement, revenue, latency").

    The first lower-case list in brackets in its resume conventions, else the examples of its first
    value's resume tip that gives some, else a plain "[metric]".
    """
    for convention in profile.resume_conventions:
        found = _LIST_IN_PARENS.search(convention)
        if found:
            return _or_list(found.group(1))
    for value in profile.current_values():
        for tip in value.resume_tips:
            found = _EXAMPLES.search(tip)
            if found and "," in found.group(1):
                return _or_list(found.group(1))
    return "a number"


def _or_list(text: str) -> str:
    items = [i.strip() for i in text.split(",") if i.strip()]
    items = [re.sub(r"^(?:and|or)\s+", "", i) for i in items]
    return ", ".join(items[:-1]) + " or " + items[-1] if len(items) > 1 else items[0]


def angle_kind(kind_id: str) -> AngleKind:
    """The angle kind with this id."""
    return _BY_ID[kind_id]
