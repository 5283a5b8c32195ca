"""One resume compared across companies: ranked totals, a component table, the top changes for each.

Reads the per-company Reports only; nothing is re-scored.
"""

from __future__ import annotations

import io
import json
import re
from typing import TYPE_CHECKING, Any

from resume_tailor.errors import UsageError
from resume_tailor.models import Report
from resume_tailor.report import view
from resume_tailor.report.markdown import inline

if TYPE_CHECKING:
    from rich.console import Console

#: Changes shown per company.
TOP_CHANGES = 3
FORMATS = ("text", "md", "json")


def ranked(reports: list[Report]) -> list[Report]:
    """Reports from best to worst total (ties keep the given order)."""
    return sorted(reports, key=lambda r: -r.score.total)


def top_changes(report: Report, count: int = TOP_CHANGES) -> list[tuple[str, str | None]]:
    """The ``count`` most valuable changes as (advice, quoted line).

    The highest-priority suggestion of each kind comes first (so three missing keywords do not hide
    the rewrite of a weak line), then the remaining suggestions by priority, then the gaps.
    """
    by_priority = sorted(report.suggestions, key=lambda s: -s.priority)
    first_of_kind = list({s.kind: s for s in reversed(by_priority)}.values())[::-1]
    first_of_kind.sort(key=lambda s: -s.priority)
    rest = [s for s in by_priority if all(s is not f for f in first_of_kind)]
    chosen: list[tuple[str, str | None]] = [(s.advice, s.line) for s in (first_of_kind + rest)[:count]]
    for gap in report.gaps:
        if len(chosen) >= count:
            break
        chosen.append((f"{gap.name}: {gap.detail}", None))
    return chosen


#: Gap kinds that belong to each component (for "what is missing").
_GAP_KINDS = {
    "skills": ("skill", "experience", "degree"),
    "values": ("value",),
    "competencies": ("competency",),
    "impact": ("impact",),
    "ats": ("ats",),
}
FITS_AT = 60.0  # a calibrated component at or above this is "what fits"


def next_change(report: Report) -> str:
    """The one change that would move this company's score most, as one short sentence."""
    changes = top_changes(report, 1)
    if not changes:
        return "No change needed: nothing the report found costs points."
    advice, line = changes[0]
    sentence = _first_sentence(advice)
    openings = (("Rewrite this line", ""), ("Rewrite each of these lines", " and the lines like it"))
    for opening, said in openings:
        if line and sentence.startswith(opening):
            quoted = line if len(line) <= 60 else line[:57].rstrip() + "…"
            return f"Rewrite “{quoted}”{said}" + sentence[len(opening) :]
    return sentence


def why(report: Report) -> str:
    """One short paragraph: what fits, what is missing, and the change that moves the score most.

    Reads the report only; names concrete values, skills or checks rather than component numbers
    alone, and says which components had no data (left out of the total).
    """
    counted = [c for c in report.score.components if c.status != "unknown"]
    best = sorted((c for c in counted if c.score >= FITS_AT), key=lambda c: -c.score * c.weight)[:2]
    worst = min(counted, key=lambda c: (c.score, -c.weight), default=None)
    parts = []
    if best:
        parts.append("Fits: " + "; ".join(_fit_detail(report, c.id, c.name, c.score) for c in best) + ".")
    else:
        parts.append(f"Fits: no part scores {FITS_AT:g} or more against the reference resumes.")
    if worst is not None and all(worst is not c for c in best):
        parts.append("Missing: " + _missing_detail(report, worst.id, worst.name, worst.score) + ".")
    unknown = [c for c in report.score.components if c.status == "unknown"]
    if unknown:
        parts.append(
            "Left out: "
            + "; ".join(f"{c.name.lower()} ({c.reasons[0].split(': ', 1)[-1]})" for c in unknown)
            + "."
        )
    parts.append("Biggest move: " + next_change(report))
    return " ".join(parts)


def _fit_detail(report: Report, cid: str, name: str, score: float) -> str:
    shown: list[str] = []
    if cid == "values":
        shown = [a.name for a in sorted(report.values, key=lambda a: -a.score) if a.evidence][:3]
    elif cid == "competencies":
        shown = [a.name for a in sorted(report.competencies, key=lambda a: -a.score) if a.evidence][:3]
    detail = f" ({', '.join(shown)} shown)" if shown else ""
    return f"{name.lower()} {view.fmt_score(score)}{detail}"


def _missing_detail(report: Report, cid: str, name: str, score: float) -> str:
    kinds = _GAP_KINDS.get(cid, ())
    names = [g.name for g in report.gaps if g.kind in kinds][:3]
    if not names:
        what = ""
    elif cid in ("impact", "ats"):
        what = f" — to fix: {', '.join(names)}"
    else:
        what = f" — {', '.join(names)} not shown"
    return f"{name.lower()} {view.fmt_score(score)}{what}"


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    cut = re.search(r"(?<=[.!?])\s+(?=[A-Z])|\s+—\s+", text)
    sentence = text[: cut.start()] if cut else text
    return sentence if sentence.endswith((".", "!", "?")) else sentence + "."


def component_columns(reports: list[Report]) -> list[tuple[str, str]]:
    """(id, name) of every component, in the order the first report that has it lists it."""
    columns: dict[str, str] = {}
    for report in reports:
        for c in report.score.components:
            columns.setdefault(c.id, c.name)
    return list(columns.items())


def comparison_to_dict(reports: list[Report], title: str | None = None) -> dict[str, Any]:
    """The comparison as JSON-ready data."""
    return {
        "resume": title or _title(reports),
        "companies": [
            {
                "rank": rank,
                "id": r.company.id,
                "name": r.company.name,
                "total": r.score.total,
                "band": r.score.band,
                "components": {c.id: c.score for c in r.score.components},
                "why": why(r),
                "top_changes": [{"advice": a, "line": line} for a, line in top_changes(r)],
            }
            for rank, r in enumerate(ranked(reports), 1)
        ],
    }


def render_comparison(reports: list[Report], fmt: str, title: str | None = None) -> str:
    """The comparison as ``"text"`` (plain), ``"md"`` or ``"json"``."""
    if fmt == "json":
        return json.dumps(comparison_to_dict(reports, title), indent=2, ensure_ascii=False) + "\n"
    if fmt == "md":
        return _markdown(reports, title)
    if fmt == "text":
        from rich.console import Console

        buffer = io.StringIO()
        print_comparison(
            reports,
            Console(
                file=buffer,
                width=100,
                color_system=None,
                force_terminal=False,
                no_color=True,
                highlight=False,
                emoji=False,
            ),
            title,
        )
        return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"
    raise UsageError(f"unknown comparison format {fmt!r}; choose one of: {', '.join(FORMATS)}")


def print_comparison(reports: list[Report], console: Console | None = None, title: str | None = None) -> None:
    """Print the comparison with rich: a table of totals and components, then the top changes."""
    from rich.console import Console

    from resume_tailor.report.terminal import LineWriter, score_style

    out = LineWriter(console if console is not None else Console(highlight=False))
    order = ranked(reports)
    columns = component_columns(order)
    out.line(f"{title or _title(reports)} — compared across {len(order)} companies", "bold")
    name_w = max([len("Company"), *(len(r.company.name) for r in order)])
    band_w = max([len("Band"), *(len(r.score.band) for r in order)])
    labels = [short_label(cid) for cid, _ in columns]
    widths = [max(len(label), 3) for label in labels]
    head = f"{'#':>2}  {'Company':<{name_w}}  Total  {'Band':<{band_w}}  " + "  ".join(
        f"{label:>{w}}" for label, w in zip(labels, widths, strict=True)
    )
    out.parts((head, "bold"))
    for rank, r in enumerate(order, 1):
        scores = {c.id: view.fmt_score(c.score) for c in r.score.components}
        cells = "  ".join(f"{scores.get(cid, ''):>{w}}" for (cid, _), w in zip(columns, widths, strict=True))
        out.parts(
            (f"{rank:>2}  {r.company.name:<{name_w}}  ", "bold"),
            (f"{view.fmt_total(r.score.total):>5}", score_style(r.score.total)),
            (f"  {r.score.band:<{band_w}}  {cells}", ""),
        )
    out.blank()
    out.line("Why", "bold")
    for r in order:
        out.line(f"{r.company.name}: {why(r)}", indent=2, hang=2)
    for r in order:
        out.blank()
        out.line(f"Top changes for {r.company.name}", "bold")
        for number, (advice, line) in enumerate(top_changes(r), 1):
            out.line(f"{number}. {advice}", indent=2, hang=3)
            if line:
                out.line(f'> "{line}"', "cyan", indent=5, hang=3)
    out.flush()


def short_label(component_id: str) -> str:
    """A column header for a component id: ``ats`` -> ``ATS``, ``competencies`` -> ``Competencies``."""
    return component_id.upper() if len(component_id) <= 3 else component_id.replace("_", " ").capitalize()


def _markdown(reports: list[Report], title: str | None) -> str:
    order = ranked(reports)
    columns = component_columns(order)
    lines = [
        f"# {inline(title or _title(reports))} — compared across {len(order)} companies",
        "",
        "| # | Company | Total | Band | " + " | ".join(inline(n) for _, n in columns) + " |",
        "|---:|---|---:|---|" + "---:|" * len(columns),
    ]
    for rank, r in enumerate(order, 1):
        scores = {c.id: view.fmt_score(c.score) for c in r.score.components}
        lines.append(
            f"| {rank} | {inline(r.company.name)} | {view.fmt_total(r.score.total)} | "
            f"{inline(r.score.band)} | " + " | ".join(scores.get(cid, "") for cid, _ in columns) + " |"
        )
    lines += ["", "## Why", ""]
    lines += [f"- **{inline(r.company.name)}**: {inline(why(r))}" for r in order]
    for r in order:
        lines += ["", f"## Top changes for {inline(r.company.name)}", ""]
        for number, (advice, line) in enumerate(top_changes(r), 1):
            lines.append(f"{number}. {inline(advice)}" + (f" — “{inline(line)}”" if line else ""))
    return "\n".join(lines) + "\n"


def _title(reports: list[Report]) -> str:
    if not reports:
        return "Resume"
    resume = reports[0].resume
    return resume.contact.name or resume.source or "Resume"
