"""Plain-text views of company profiles: ``tailor companies`` (the list) and ``companies show NAME``."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from pathlib import Path

from resume_tailor.models import CompanyProfile

#: Width of the wrapped text of a profile view.
WIDTH = 100


def render_profile_list(profiles: Sequence[CompanyProfile], user_folder: Path) -> str:
    """One line per known company (id, name, number of values, file), then where to add one's own."""
    width = max((len(p.id) for p in profiles), default=2)
    lines = [f"{p.id:<{width}}  {p.name:<10} {len(p.current_values()):>2} values  {p.path}" for p in profiles]
    lines.append(f"\nAdd your own: {user_folder}/<id>.yaml (see 'tailor companies template').")
    return "\n".join(lines)


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(" ".join(text.split()), width=WIDTH, initial_indent=indent, subsequent_indent=indent)


def render_profile(profile: CompanyProfile) -> str:
    """A readable plain-text view of a profile (``tailor companies show NAME``)."""
    out: list[str] = [f"{profile.name} ({profile.id})"]
    aliases = profile.aliases
    if aliases:
        out.append(f"also known as: {', '.join(aliases)}")
    out += [f"careers: {profile.careers_url or '-'}", f"values:  {profile.values_url or '-'}", ""]
    out.append(f"VALUES ({len(profile.current_values())} scored)")
    for number, value in enumerate(profile.current_values(), 1):
        out.append(f"{number:2}. {value.name}")
        out.append(_wrap(value.summary, "    "))
        more = " ..." if len(value.signals) > 12 else ""
        out.append(_wrap("evidence: " + ", ".join(value.signals[:12]) + more, "    "))
    old = [v for v in profile.values if v.historical]
    if old:
        out.append(f"historical (not scored): {', '.join(v.name for v in old)}")
    extra = profile.principles
    if extra:
        out += ["", "PRINCIPLES (context, not scored)"]
        out += [f"  - {p.name}: {p.summary}" for p in extra]
    interview = profile.interview
    if interview.format:
        out += ["", "INTERVIEW", _wrap(interview.format)]
        out += [f"  round: {r}" for r in interview.rounds]
        out += [f"  assessed: {a}" for a in interview.assessed]
        out += [f"  tip: {t}" for t in interview.tips]
    if profile.resume_conventions:
        out += ["", "RESUME CONVENTIONS"] + [f"  - {c}" for c in profile.resume_conventions]
    if profile.role_families:
        out += ["", "ROLE FAMILIES (share of postings asking for each skill)"]
        for family in profile.role_families:
            top = ", ".join(f"{d.skill} {d.share:.0%}" for d in family.skills[:10])
            line = f"  {family.name} [{family.id}] - {family.postings} postings"
            out.append(f"{line}: {top}" if top else line)
    w = profile.weights
    out += ["", f"WEIGHTS skills {w.skills:g}, values {w.values:g}, competencies {w.competencies:g}, "
                f"impact {w.impact:g}, ats {w.ats:g}"]
    if profile.questions_to_ask:
        out += ["", "QUESTIONS TO ASK"] + [f"  - {q}" for q in profile.questions_to_ask]
    out += ["", "SOURCES"] + [f"  {s.url} (retrieved {s.retrieved})" for s in profile.sources]
    return "\n".join(out)
