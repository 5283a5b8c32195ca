"""The JSON report: a plain dict of the Report, described by ``report.schema.json`` (shipped alongside)."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from resume_tailor.models import Assessment, Evidence, JobPosting, Report, Resume

#: Bumped when a key is renamed or removed (adding keys keeps the version).
SCHEMA_VERSION = "1.0"


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as JSON-ready data (see ``report.schema.json`` for every key).

    >>> report_to_dict(report)["score"]["total"] == report.score.total
    True
    """
    score = report.score
    return {
        "schema_version": SCHEMA_VERSION,
        "resume": _resume(report.resume),
        "company": {"id": report.company.id, "name": report.company.name},
        "posting": _posting(report.posting),
        "role_family": report.role_family,
        "score": {
            "total": score.total,
            "band": score.band,
            "reasons": list(score.reasons),
            "components": [
                {
                    "id": c.id,
                    "name": c.name,
                    "score": c.score,
                    "weight": c.weight,
                    "status": c.status,
                    "raw": c.raw,
                    "reasons": list(c.reasons),
                    "evidence": [_evidence(e) for e in c.evidence],
                }
                for c in score.components
            ],
        },
        "values": [_assessment(a) for a in report.values],
        "competencies": [_assessment(a) for a in report.competencies],
        "bullets": [
            {
                "text": b.text,
                "quantified": b.quantified,
                "weak_opener": b.weak_opener,
                "values": list(b.values),
                "competencies": list(b.competencies),
                "issues": list(b.issues),
            }
            for b in report.bullets
        ],
        "gaps": [dataclasses.asdict(g) for g in report.gaps],
        "suggestions": [dataclasses.asdict(s) for s in report.suggestions],
        "summary_line": report.summary_line,
    }


def render_json(report: Report, indent: int | None = 2) -> str:
    """The report as JSON text (UTF-8 characters kept as they are); ``indent=None`` is compact and faster."""
    return json.dumps(report_to_dict(report), indent=indent, ensure_ascii=False) + "\n"


def load_schema() -> dict[str, Any]:
    """The JSON Schema of :func:`report_to_dict`'s output, read from the package."""
    from importlib import resources

    text = resources.files("resume_tailor.report").joinpath("report.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def _resume(resume: Resume) -> dict[str, Any]:
    """The parsed resume in the `tailor parse` shape (the parser's serializer when it is there)."""
    try:
        from resume_tailor.resume.serialize import resume_to_dict
    except ImportError:
        return dataclasses.asdict(resume)
    return resume_to_dict(resume)


def _posting(posting: JobPosting | None) -> dict[str, Any] | None:
    if posting is None:
        return None
    return {
        "title": posting.title,
        "company": posting.company,
        "location": posting.location,
        "url": posting.url,
        "id": posting.id,
        "degree": posting.degree,
        "responsibilities": list(posting.responsibilities),
        "requirements": [dataclasses.asdict(r) for r in posting.requirements],
    }


def _assessment(item: Assessment) -> dict[str, Any]:
    return {
        "id": item.id,
        "name": item.name,
        "score": item.score,
        "evidence": [_evidence(e) for e in item.evidence],
    }


def _evidence(ev: Evidence) -> dict[str, Any]:
    return {"text": ev.text, "strength": ev.strength, "reason": ev.reason}
