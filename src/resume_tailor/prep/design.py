"""Design, coding and case preparation from the systems the person built, and what to brush up on.

A bullet names a system ("an idempotent payment retry queue on Amazon SQS"); its words reveal a kind
of system (queue, migration, model...) and each kind carries the deep-dive and design questions an
interviewer would ask about it (``data/systems.json``). Technical roles get those questions and the
company's coding format; other roles get metric and case questions drawn from their own outcomes.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from resume_tailor.models import DesignTopic, Report
from resume_tailor.prep.star import outcome_clause

#: Role families whose interviews include coding and system design.
TECHNICAL_FAMILIES = frozenset(
    {"software_engineering", "data_science_ml", "ml_engineering", "infrastructure_sre", "security",
     "hardware"}
)
_TECH_TITLE = re.compile(
    r"\b(?:engineer\w*|developer|programmer|scientist|sre|devops|architect|ml|machine learning)\b", re.I
)
#: Profile interview lines about coding or design rounds.
_CODING_LINE = re.compile(
    r"\bcoding\b|\bsystem design\b|\btake-home\b|\bonline assessment\b|\btechnical\b", re.I
)
#: Words that end the name of a system in a bullet ("... queue on Amazon SQS", "... API in Python").
_SYSTEM_END = re.compile(
    r"\s+(?:on|in|with|using|for|that|which|to|from|across|at|by|serving|used|adopted|so|into|off|via)\s|[,;(]",
    re.I,
)
_LAUNCH_VERB = re.compile(r"^\s*(?:launched|shipped|built|owned|created|designed|redesigned)\b", re.I)
#: Verbs that put a system in the bullet's object ("Built a ...", "Migrated the ...").
_BUILD_VERB = re.compile(
    r"^(?:built|build|designed|design|developed|develop|wrote|write|created|create|implemented|implement|"
    r"led|migrated|rewrote|rebuilt|re-?architected|architected|launched|shipped|automated|scaled|deployed|"
    r"introduced|established|maintain(?:ed)?|owned|own|ran|run|redesigned|replaced|prototyped|"
    r"consolidated|refactored|reduced|cut|streamlined|modernised|modernized|set up|delivered)$",
    re.I,
)
_ARTICLE = re.compile(r"^(?:an?|the|our|its|their|my|a new|new)\s+", re.I)
#: "the migration of the checkout service" names the checkout service.
_NOMINAL = re.compile(
    r"^(?:(?:the\s+)?(?:migration|rollout|redesign|rewrite|re-?architecture|launch|development|design|"
    r"implementation|creation|maintenance|modernisation|modernization)\s+of\s+|(?:the\s+)?roadmap\s+for\s+)?(?:(?:the|an?)\s+)?",
    re.I,
)
MAX_TOPICS = 5
#: Concepts listed per system in the brush-up list.
CONCEPTS_PER_TOPIC = 2
#: Skills the role family asks for in at least this share of postings count as expected.
DEMAND_SHARE = 0.25


def is_technical(report: Report) -> bool:
    """Whether the role gets coding and design interviews: its family, or else the title."""
    if report.role_family:
        return report.role_family in TECHNICAL_FAMILIES
    title = (report.posting.title if report.posting else None) or _latest_title(report) or ""
    return bool(_TECH_TITLE.search(title))


def design_topics(report: Report, technical: bool) -> list[DesignTopic]:
    """Deep-dive questions about the systems in the bullets (technical) or case questions (others)."""
    kinds = _systems()["kinds"]
    topics: list[DesignTopic] = []
    seen: set[str] = set()
    for bullet in _ranked_bullets(report):
        kind = next((k for k in kinds if re.search(k["pattern"], bullet, re.I)), None)
        system = system_name(bullet)
        if system is None:
            continue
        if technical and kind is not None and kind["kind"] not in seen:
            seen.add(kind["kind"])
            topics.append(
                DesignTopic(
                    system=system,
                    line=bullet,
                    kind=kind["kind"],
                    questions=[q.format(system=system) for q in kind["questions"]],
                    concepts=list(kind["concepts"]),
                )
            )
        elif not technical and (outcome_clause(bullet) or _LAUNCH_VERB.match(bullet)):
            topic = _case_topic(bullet, system)
            if topic is not None and topic.kind not in seen:
                seen.add(topic.kind + ":" + system)
                topics.append(topic)
        if len(topics) == MAX_TOPICS:
            break
    return topics


def _case_topic(bullet: str, system: str) -> DesignTopic | None:
    data = _systems()
    result = outcome_clause(bullet)
    if result is not None:
        questions = [q.format(result=result) for q in data["product_questions"]]
        kind = "metric"
    else:
        questions = [q.format(system=system) for q in data["product_system_questions"]]
        kind = "product"
    return DesignTopic(
        system=system, line=bullet, kind=kind, questions=questions, concepts=list(data["product_concepts"])
    )


def system_name(bullet: str) -> str | None:
    """The thing the bullet built or changed: the object of its first verb, without articles.

    >>> system_name("Designed an idempotent payment retry queue on Amazon SQS and DynamoDB.")
    'idempotent payment retry queue'
    """
    text = " ".join(bullet.split()).rstrip(".")
    words = text.split(" ", 1)
    if len(words) < 2 or not _BUILD_VERB.match(words[0]):
        return None
    rest = re.sub(r"(?i)^(?:the\s+)?roadmap\s+for\s+", "", words[1])
    end = _SYSTEM_END.search(rest)
    name = _ARTICLE.sub("", (rest[: end.start()] if end else rest).strip())
    name = _NOMINAL.sub("", name)
    if len(name.split()) > 5 and " and " in name:  # "guidelines and a sequential testing library"
        name = _ARTICLE.sub("", name.rsplit(" and ", 1)[1])
    n = len(name.split())
    return name if 1 <= n <= 8 and not re.match(r"^\d", name) else None


def coding_format(report: Report) -> list[str]:
    """The profile's own lines about coding, design or technical rounds."""
    process = report.company.interview
    return [line for line in (*process.rounds, *process.assessed) if _CODING_LINE.search(line)]


def brush_up(report: Report, topics: list[DesignTopic]) -> list[str]:
    """What to review: the concepts behind the person's own systems, then technical skills the posting
    asks for (or the resume lists) that no bullet shows. Never certifications, soft skills, or skills
    the role family's postings ask for that the person never mentions."""
    out: list[str] = []
    for topic in topics:
        if topic.kind not in ("metric", "product"):
            out += [f"{c} (for your {topic.system})" for c in topic.concepts[:CONCEPTS_PER_TOPIC]]
    if topics and topics[0].kind in ("metric", "product"):
        out += list(_systems()["product_concepts"])
    out += _unshown_skills(report)
    return list(dict.fromkeys(out))


def _unshown_skills(report: Report) -> list[str]:
    from resume_tailor.skills.taxonomy import skill_category

    skip = {"certification", "soft_skill", "spoken_language", None}
    shown = {s.name.casefold() for s in report.resume.skills if s.demonstrated}
    listed = {s.name.casefold(): s.name for s in report.resume.skills if s.listed and not s.soft}
    out = []
    asked = [s for r in report.posting.requirements for s in r.skills] if report.posting else []
    for name in dict.fromkeys(asked):
        if name.casefold() not in shown and skill_category(name) not in skip:
            where = (
                "you list it but no bullet shows it"
                if name.casefold() in listed
                else "it is not in your resume"
            )
            out.append(f"{name}: the posting asks for it and {where}; expect depth questions.")
    expected = _expected_skills(report)
    for key, name in listed.items():
        if key not in shown and key in expected and skill_category(name) not in skip and name not in asked:
            out.append(f"{name}: you list it but no bullet shows it; expect to be asked for an example.")
    return out


def _expected_skills(report: Report) -> set[str]:
    """Skill names (casefolded) the posting asks for, or the role family's common ones without a posting."""
    if report.posting is not None:
        return {s.casefold() for r in report.posting.requirements for s in r.skills}
    family = next((f for f in report.company.role_families if f.id == report.role_family), None)
    return {d.skill.casefold() for d in family.skills if d.share >= DEMAND_SHARE} if family else set()


def _ranked_bullets(report: Report) -> list[str]:
    """Experience, project and activity bullets, the ones with an outcome first, then in reading order."""
    bullets = [b.text for b in report.resume.bullets()]
    return sorted(bullets, key=lambda b: outcome_clause(b) is None)


def _latest_title(report: Report) -> str | None:
    from resume_tailor.prep.pitch import latest_role

    role = latest_role(report.resume)
    return role.title if role else None


@cache
def _systems() -> dict[str, Any]:
    from importlib import resources

    text = resources.files("resume_tailor.prep").joinpath("data/systems.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
