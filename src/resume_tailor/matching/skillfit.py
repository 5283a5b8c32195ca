"""Skills fit: the resume's skills against a posting, or against the company's demand for a role.

A skill counts fully when a bullet shows it, partly when it is only listed (or only named outside the
bullets), and not at all when it is absent. Must-haves weigh double; years of use are compared with
years asked. Without a posting, the role family's most asked-for hard skills are used, blended with
how many skills the bullets demonstrate when the family's demand rests on few postings.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from resume_tailor.matching.scoring import Item, Scored, round_score
from resume_tailor.models import Evidence, JobPosting, Resume, RoleFamily, Skill, SkillDemand
from resume_tailor.resume.contact import EMAIL_RE, URL_RE
from resume_tailor.skills.taxonomy import load_taxonomy

REQUIRED_WEIGHT = 2.0  # a must-have skill counts twice a nice-to-have
LISTED_ONLY_CREDIT = 0.6  # a skill only listed earns this share of a demonstrated one
DEMAND_COVERAGE_FOR_FULL = 0.6  # share of a role family's demand that earns 100
TOP_DEMAND = 15  # the role family's most asked-for skills that are scored
MIN_SHARE = 0.1  # demand below this share of postings is noise
MIN_POSTINGS_PER_SKILL = 2  # a skill named by one posting of a small family is an anecdote, not demand
TRUSTED_POSTINGS = 30  # demand from fewer postings is blended with the self-demonstration score
SELF_SKILLS_FOR_FULL = 10  # skills shown in bullets that earn full marks without demand data
SKIPPED_CATEGORIES = {"soft_skill", "spoken_language"}  # scored by values and competencies instead
DOMAIN_WEIGHT = 0.5  # broad "domain" entries (e.g. "Software development") weigh half


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9+#]+", " ", name.casefold()).strip()


@lru_cache(maxsize=1)
def _taxonomy() -> tuple[Callable[[str], str | None], Callable[[str], str | None]]:
    """(canonical_skill, skill_category) from the skills package, or no-ops without it."""
    try:
        from resume_tailor.skills import canonical_skill, skill_category
    except ImportError:  # pragma: no cover - the skills package ships with resume-tailor
        return (lambda name: None), (lambda name: None)
    return lru_cache(maxsize=4096)(canonical_skill), lru_cache(maxsize=4096)(skill_category)


@dataclass(frozen=True)
class Found:
    """Where the resume shows a wanted skill: credit 0..1, how, and the line that shows it."""

    credit: float
    how: str
    where: str  # "bullet" | "elsewhere" | "missing"
    line: str | None
    skill: Skill | None


class SkillFinder:
    """Looks wanted skills up in a resume: its annotated skills, broad skills its tools imply,
    degrees in its education, then its words."""

    def __init__(self, resume: Resume) -> None:
        self.resume = resume
        self.index = {_key(s.name): s for s in resume.skills}
        self.bullets = [b.text for b in resume.bullets()]
        lines = [line for s in resume.sections for line in (s.lines or s.text.splitlines())]
        # a profile address ("github.com/name") names a site, not a skill: words are looked up with web
        # and mail addresses blanked out (contact lines are kept: a layout may leave a skills grid there);
        # each line is kept beside its searchable form, made once for all the wanted skills
        self.searchable_bullets = [(b, _without_addresses(b)) for b in self.bullets]
        self.searchable_lines = [(line, _without_addresses(line)) for line in lines]
        studies = [s for s in resume.sections if s.kind == "education"]
        self.education_lines = {line for s in studies for line in (s.lines or s.text.splitlines())}

    def find(self, name: str, years_asked: float | None = None) -> Found:
        """How the resume shows ``name`` (credit, explanation, line)."""
        canonical, _ = _taxonomy()
        skill = self.index.get(_key(name))
        if skill is None:
            alias = canonical(name)
            skill = self.index.get(_key(alias)) if alias else None
        if skill is not None:
            found = self._from_skill(skill, years_asked)
            if found.where == "elsewhere":
                # listed ("ML: scikit-learn, XGBoost") and shown through a narrower skill in a bullet
                through = self._through_children(name)
                if through is not None and through.where == "bullet":
                    return through
                return self._by_role(name) or found
            return found
        implied = self._implied(name) or self._through_children(name) or self._by_role(name)
        if implied is not None:
            return implied
        forms = "|".join(re.escape(form) for form in _written_forms(name))
        pattern = re.compile(rf"(?<![\w+#])(?:{forms})(?![\w+#])", re.IGNORECASE)
        line = next((b for b, searchable in self.searchable_bullets if pattern.search(searchable)), None)
        if line:
            return Found(1.0, "named in a bullet", "bullet", line, None)
        line = next((t for t, searchable in self.searchable_lines if pattern.search(searchable)), None)
        if line and line in self.education_lines:  # a field of study is shown where studies are listed
            return Found(1.0, "named in the education section", "elsewhere", line, None)
        if line:
            return Found(LISTED_ONLY_CREDIT, "named outside the bullets", "elsewhere", line, None)
        return self._profile_link(name) or Found(0.0, "not found in the resume", "missing", None, None)

    def _profile_link(self, name: str) -> Found | None:
        """A platform asked for ("GitHub") whose profile address the resume gives: partly credited,
        and never offered as a keyword to add."""
        key = _key(name)
        for section in self.resume.sections:
            for line in section.lines or section.text.splitlines():
                for url in URL_RE.findall(line):
                    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower()).split("/")[0]
                    if host.split(".")[0] == key and "." in host:
                        how = f"implied by the profile link {url}"
                        return Found(LISTED_ONLY_CREDIT, how, "implied", line, None)
        return None

    def _implied(self, name: str) -> Found | None:
        """Broad asks met through specifics: "Programming" by a language, a degree by education."""
        key = _key(name)
        if _DEGREE_WORDS.search(key):
            return self._degree(name)
        categories = IMPLIED_BY.get(key)
        if not categories:
            return None
        shown = [s for s in self.resume.skills if s.category in categories and s.demonstrated]
        listed = [s for s in self.resume.skills if s.category in categories and s.listed]
        if shown:
            names = ", ".join(s.name for s in shown[:3])
            line = next(
                (e for e in shown[0].evidence if e in self.bullets),
                shown[0].evidence[0] if shown[0].evidence else None,
            )
            return Found(1.0, f"shown through {names}", "bullet", line, None)
        if listed:
            names = ", ".join(s.name for s in listed[:3])
            return Found(
                LISTED_ONLY_CREDIT,
                f"implied by listed {names}",
                "elsewhere",
                listed[0].evidence[0] if listed[0].evidence else None,
                None,
            )
        return None

    def _by_role(self, name: str) -> Found | None:
        """A field met by a role the person held: "Data Scientist" does data science, "Product
        Manager" product management. Only fields of two words or more: a lone "engineering" would
        be met by any engineer."""
        wanted = {_key(form) for form in _written_forms(name) if len(_key(form).split()) >= 2}
        for entry in self.resume.experience:
            words = _key(entry.title or "").split()
            field = ROLE_FIELDS.get(words[-1]) if words else None
            if field is None:
                continue
            practised = " ".join([*words[:-1], field])
            if any(practised == w or practised.endswith(" " + w) for w in wanted):
                return Found(1.0, f"the role you held: {entry.title}", "implied", entry.title, None)
        return None

    def _through_children(self, name: str) -> Found | None:
        """A broad skill met through a narrower one the taxonomy places under it (Git under version
        control, React under front-end development, pytest under software testing)."""
        canonical, _ = _taxonomy()
        wanted = _key(canonical(name) or name)
        children = [s for s in self.resume.skills if wanted in {_key(p) for p in _parents(s.name)}]
        if not children:
            return None
        shown = [s for s in children if s.demonstrated]
        names = ", ".join(s.name for s in (shown or children)[:3])
        if shown:
            line = next((e for s in shown for e in s.evidence if e in self.bullets), None)
            return Found(1.0, f"shown through {names}", "bullet", line, None)
        line = next((e for s in children for e in s.evidence), None)
        # "implied": credited, but not offered as a keyword to move into a bullet under its broad name
        return Found(LISTED_ONLY_CREDIT, f"implied by listed {names}", "implied", line, None)

    def _degree(self, name: str) -> Found:
        need = 4 if re.search(r"ph ?d|doctor", name, re.I) else 3 if re.search(r"master", name, re.I) else 2
        technical = bool(re.search(r"software|computer|engineering|science|technical", name, re.I))
        for edu in sorted(self.resume.education, key=lambda e: -degree_level(e.degree)):
            text = " ".join(filter(None, (edu.degree, edu.field)))
            if degree_level(text) >= need and (not technical or _TECHNICAL_FIELD.search(text)):
                return Found(1.0, f"degree: {edu.degree}", "elsewhere", edu.degree, None)
        shown = self.resume.education[0].degree if self.resume.education else None
        return Found(0.0, f"no matching degree (the resume shows: {shown or 'none'})", "missing", None, None)

    def _from_skill(self, skill: Skill, years_asked: float | None) -> Found:
        shown = skill.demonstrated
        credit = 1.0 if shown else LISTED_ONLY_CREDIT
        how = (
            "shown in a bullet"
            if shown
            else "only listed, not shown in a bullet"
            if skill.listed
            else "named outside the bullets (say, in the summary), not shown in one"
        )
        if years_asked and skill.years is not None and skill.years < years_asked:
            credit *= max(0.5, skill.years / years_asked)
            how += f"; about {skill.years:g} of {years_asked:g} years asked"
        elif years_asked and skill.years is not None:
            how += f"; about {skill.years:g} years (asked {years_asked:g})"
        bullet = next((e for e in skill.evidence if e in self.bullets), None) if shown else None
        line = bullet or (skill.evidence[0] if skill.evidence else None)
        return Found(credit, how, "bullet" if shown else "elsewhere", line, skill)


def _written_forms(name: str) -> list[str]:
    """``name`` and its aliases of more than one word ("Interaction design" for UX design): the
    forms a word search may find it by. One-word aliases are left out: many are ordinary words."""
    info = load_taxonomy().lookup(name)
    aliases = [a for a in info.aliases if " " in a.strip()] if info and info.name == name else []
    return [name, *aliases]


def _without_addresses(line: str) -> str:
    """``line`` with its web and mail addresses blanked out."""
    return URL_RE.sub(" ", EMAIL_RE.sub(" ", line)) if ("." in line or "@" in line) else line


_DEGREE_WORDS = re.compile(r"\b(degree|bachelor|bachelors|master|masters|phd|doctorate)\b")
_TECHNICAL_FIELD = re.compile(
    r"computer|software|engineer|informati|math|physics|electrical|electronic|statistic|data|science", re.I
)
# The field a role's head noun practises ("Data Scientist" -> data science).
ROLE_FIELDS = {
    "scientist": "science", "engineer": "engineering", "manager": "management", "developer": "development",
    "designer": "design", "analyst": "analytics", "architect": "architecture", "researcher": "research",
    "administrator": "administration", "marketer": "marketing", "strategist": "strategy",
}  # fmt: skip
_LANGUAGES = {"programming_language"}
_BUILDING = {"programming_language", "framework"}
# Broad asks that a resume meets through specific skills of these categories.
IMPLIED_BY: dict[str, set[str]] = {
    "programming": _LANGUAGES,
    "programming languages": _LANGUAGES,
    "coding": _LANGUAGES,
    "scripting": _LANGUAGES,
    "software development": _BUILDING,
    "software engineering": _BUILDING,
    "object oriented programming": _LANGUAGES,
    "back end development": _BUILDING,
    "web development": {"framework"},
    "cloud computing": {"cloud"},
    "databases": {"database"},
    "relational databases": {"database"},
}


@lru_cache(maxsize=4096)
def _parents(name: str) -> tuple[str, ...]:
    """The taxonomy's broader skills of ``name``, nearest first (empty without the skills package)."""
    try:
        from resume_tailor.skills import skill_parents
    except ImportError:  # pragma: no cover - the skills package ships with resume-tailor
        return ()
    return tuple(skill_parents(name))


def is_domain(name: str) -> bool:
    """True for broad fields ("Computer science", "Software development") rather than tools."""
    return _taxonomy()[1](name) == "domain"


def is_certification(name: str) -> bool:
    """True for certifications ("AWS Certified Solutions Architect"): held, not used in a bullet."""
    return _taxonomy()[1](name) == "certification"


def _evidence(found: Found, reason: str) -> list[Evidence]:
    if not found.line:
        return []
    return [Evidence(text=found.line, strength=round(found.credit, 2), reason=reason)]


# ---------------------------------------------------------------------------------------------
# Against a posting
# ---------------------------------------------------------------------------------------------


def skills_fit_posting(resume: Resume, posting: JobPosting) -> Scored:
    """Skills against a posting: must-haves weigh double; demonstrated beats listed; years compared."""
    finder = SkillFinder(resume)
    wanted = _wanted_skills(posting)
    others = _other_requirements(resume, posting)
    if not wanted and not others:
        return Scored(50.0, ["the posting names no skills this tool recognises; skills fit is neutral (50)"])
    total_weight = sum(REQUIRED_WEIGHT if r else 1.0 for _, r, _ in wanted.values())
    total_weight += sum(REQUIRED_WEIGHT if o.required else 1.0 for o in others)
    items, evidence, earned = [], [], 0.0
    for other in others:
        share = (REQUIRED_WEIGHT if other.required else 1.0) / total_weight
        earned += share * other.credit
        items.append(Item(other.kind, other.name, share, other.credit, other.detail, other.required))
    for names, required, years in sorted(wanted.values(), key=lambda w: (not w[1], _key(w[0][0]))):
        found = max((finder.find(n, years) for n in names), key=lambda f: f.credit)
        name = names[0] if len(names) == 1 else "one of " + ", ".join(names[:-1]) + " or " + names[-1]
        share = (REQUIRED_WEIGHT if required else 1.0) / total_weight
        earned += share * found.credit
        detail = f"{'must-have' if required else 'preferred'} skill {name}: {found.how}"
        items.append(Item("skill", name, share, found.credit, detail, required, found.where, found.line))
        evidence += _evidence(found, detail)
    skills = [i for i in items if i.kind == "skill"]
    missing_req = [i.name for i in skills if i.required and i.credit == 0]
    reasons = [
        f"{sum(1 for i in skills if i.credit > 0)} of {len(skills)} skills the posting asks for are in the "
        f"resume ({sum(1 for i in skills if i.where == 'bullet')} shown in bullets)"
    ]
    reasons += [i.detail for i in items if i.kind != "skill"]
    if missing_req:
        reasons.append("missing must-have skills: " + ", ".join(missing_req))
    return Scored(round_score(100 * earned), reasons, evidence, items)


def _wanted_skills(posting: JobPosting) -> dict[str, tuple[tuple[str, ...], bool, float | None]]:
    """The posting's skills by key: single skills, or alternatives ("one of Java, Go or Python").

    A requirement that lists alternatives is one requirement, met by any of them (see
    :func:`~resume_tailor.postings.requirements.requirement_groups`). A skill asked both as a
    must-have and as a preferred one is a must-have; degree names are left to the degree check when
    the posting states a degree.
    """
    from resume_tailor.postings.requirements import requirement_groups

    has_degree = bool(posting.degree) or any(r.degree for r in posting.requirements)
    wanted: dict[str, tuple[tuple[str, ...], bool, float | None]] = {}
    for req in posting.requirements:
        names = [n for n in req.skills if not (has_degree and _DEGREE_WORDS.search(_key(n)))]
        for group in requirement_groups(req.text, names) if names else []:
            key = " | ".join(_key(n) for n in group)
            old = wanted.get(key)
            required = req.required or bool(old and old[1])
            years = max(filter(None, (req.years, old[2] if old else None)), default=None)
            wanted[key] = (old[0] if old else group, required, years)
    return wanted


_DEGREE_LEVELS = (
    (4, re.compile(r"\b(ph\.? ?d|doctor|doctorate|d\.phil)", re.I)),
    (3, re.compile(r"\b(master|m\.? ?s\.?c?\b|m\.? ?eng|mba|m\.? ?a\.?\b|ms\b|msc\b)", re.I)),
    (
        2,
        re.compile(
            r"\b(bachelor|b\.? ?s\.?c?\b|b\.? ?a\.?\b|b\.? ?e\.?\b|b\.? ?eng|b\.? ?tech|bs\b|ba\b|bsc)", re.I
        ),
    ),
    (1, re.compile(r"\bassociate", re.I)),
)
_ASKED_LEVELS = {"phd": 4, "doctorate": 4, "master": 3, "masters": 3, "bachelor": 2, "bachelors": 2}


def degree_level(text: str | None) -> int:
    """0 (none/unknown), 1 associate, 2 bachelor, 3 master, 4 doctorate."""
    if not text:
        return 0
    return next((level for level, rx in _DEGREE_LEVELS if rx.search(text)), 0)


def _other_requirements(resume: Resume, posting: JobPosting) -> list[Item]:
    """Years of experience and degree asked for outside any skill."""
    out: list[Item] = []
    asked_years = [(r.years, r.required) for r in posting.requirements if r.years and not r.skills]
    if asked_years:
        years, required = max(asked_years, key=lambda y: (y[1], y[0] or 0.0))
        have = resume.years_of_experience()
        name = f"{years:g}+ years"
        if have is None:
            detail = f"asks for {years:g}+ years; the resume's dates give no total"
            out.append(Item("experience", name, 0.0, 0.5, detail, required))
        else:
            source = "the resume states" if resume.years_disagree() else "the resume's dates give about"
            detail = f"asks for {years:g}+ years of experience; {source} {have:g}"
            out.append(Item("experience", name, 0.0, round(min(1.0, have / years), 2), detail, required))
    asked = posting.degree or next((r.degree for r in posting.requirements if r.degree), None)
    if asked:
        need = _ASKED_LEVELS.get(asked.casefold().rstrip("s'"), degree_level(asked)) or 2
        best = max(resume.education, key=lambda e: degree_level(e.degree), default=None)
        have_level = degree_level(best.degree) if best else 0
        credit = 1.0 if have_level >= need else (0.5 if best is None else 0.0)
        shown = best.degree if best and best.degree else "no degree found"
        required = bool(posting.degree) or any(r.degree and r.required for r in posting.requirements)
        detail = f"asks for a {asked} degree; the resume shows: {shown}"
        out.append(Item("degree", f"{asked} degree", 0.0, credit, detail, required))
    return out


# ---------------------------------------------------------------------------------------------
# Against the company's demand for a role family
# ---------------------------------------------------------------------------------------------


def _postings_naming(demand: SkillDemand, family: RoleFamily) -> float:
    """How many of the family's postings name the skill (its share when the count is unknown)."""
    return round(demand.share * family.postings, 3) if family.postings else float("inf")


def scored_demand(family: RoleFamily | None) -> list[tuple[str, float, bool]]:
    """(skill, weight, mostly required) for the family's most asked-for hard skills."""
    if family is None:
        return []
    _, category = _taxonomy()
    out = []
    for d in sorted(family.skills, key=lambda d: (-d.share, d.skill)):
        kind = category(d.skill)
        too_rare = d.share < MIN_SHARE or _postings_naming(d, family) < MIN_POSTINGS_PER_SKILL
        if too_rare or kind in SKIPPED_CATEGORIES:
            continue
        out.append((d.skill, d.share * (DOMAIN_WEIGHT if kind == "domain" else 1.0), d.required >= 0.5))
        if len(out) == TOP_DEMAND:
            break
    return out


def skills_fit_family(resume: Resume, family: RoleFamily | None) -> Scored:
    """Skills against the company's demand for the role family (without a posting)."""
    demand = scored_demand(family)
    self_fit = _skills_fit_self(resume, family)
    if family is None or not demand:
        return self_fit
    finder = SkillFinder(resume)
    total = sum(w for _, w, _ in demand)
    trust = min(1.0, family.postings / TRUSTED_POSTINGS) if family.postings else 1.0
    items, evidence, earned = [], [], 0.0
    for name, weight, required in demand:
        found = finder.find(name)
        share = weight / total
        earned += share * found.credit
        detail = f"{name} (asked for in {family.name} postings): {found.how}"
        scaled = share * trust / DEMAND_COVERAGE_FOR_FULL
        items.append(Item("skill", name, scaled, found.credit, detail, required, found.where, found.line))
        evidence += _evidence(found, detail)
    demand_score = 100 * min(1.0, earned / DEMAND_COVERAGE_FOR_FULL)
    score = trust * demand_score + (1 - trust) * self_fit.score
    have = sum(1 for i in items if i.credit > 0)
    reasons = [
        f"{have} of the {len(demand)} hard skills most asked for in {family.name} postings are in the "
        "resume; "
        f"{earned:.0%} of that demand covered ({DEMAND_COVERAGE_FOR_FULL:.0%} earns full marks)"
    ]
    if trust < 1:
        reasons.append(
            f"the demand rests on {family.postings} postings, so it counts {trust:.0%}; the rest is how many "
            f"skills the bullets demonstrate ({self_fit.score:g})"
        )
        evidence += self_fit.evidence
        named = {_key(i.name) for i in items}
        items += [
            replace(i, share=i.share * (1 - trust), required=False)
            for i in self_fit.items
            if _key(i.name) not in named
        ]
    return Scored(round_score(score), reasons, evidence, items)


def _skills_fit_self(resume: Resume, family: RoleFamily | None) -> Scored:
    """No usable demand data: score how many of the resume's own skills its bullets demonstrate."""
    _, category = _taxonomy()
    hard = [s for s in resume.skills if not s.soft and category(s.name) not in SKIPPED_CATEGORIES]
    shown = [s for s in hard if s.demonstrated]
    listed = [s for s in hard if s.listed and not s.demonstrated]
    points = len(shown) + LISTED_ONLY_CREDIT * len(listed)
    score = 100 * min(1.0, points / SELF_SKILLS_FOR_FULL)
    where = f" for {family.name}" if family else ""
    reasons = [
        f"no usable skill-demand data{where}: scored on the resume's own skills — {len(shown)} shown in "
        f"bullets, {len(listed)} only listed ({SELF_SKILLS_FOR_FULL} shown skills earn full marks)"
    ]
    evidence = [
        Evidence(text=s.evidence[-1], strength=1.0, reason=f"{s.name} shown in a bullet")
        for s in shown
        if s.evidence
    ][:SELF_SKILLS_FOR_FULL]
    evidence += [
        Evidence(text=s.evidence[0], strength=LISTED_ONLY_CREDIT, reason=f"{s.name} only listed")
        for s in listed
        if s.evidence
    ][:SELF_SKILLS_FOR_FULL]
    items = [
        Item(
            "skill",
            s.name,
            1 / SELF_SKILLS_FOR_FULL,
            LISTED_ONLY_CREDIT,
            f"{s.name} is only listed; no bullet shows where you used it",
            False,
            "elsewhere",
            s.evidence[0] if s.evidence else None,
            asked=False,
        )
        for s in listed
    ]
    return Scored(round_score(score), reasons, evidence, items)
