"""RenderCV's themes (PyPI ``rendercv``, MIT): a person's data as RenderCV input, its Typst themes to PDF.

RenderCV ships its own layouts (``classic``, ``sb2nov``, ``moderncv``, ``engineeringresumes``,
``engineeringclassic``) written in Typst, and typesets them with the ``typst`` wheel's compiler.
What is ours is the mapping from JSON Resume to RenderCV's YAML: every value is the person's own,
each section goes to the entry type RenderCV meant for it (experience and volunteering as
``ExperienceEntry``, education as ``EducationEntry``, projects as ``NormalEntry``, skills as
``OneLineEntry``, certificates and awards as ``BulletEntry``); each theme's design is left at
its defaults.

RenderCV is installed outside the repository, in its own virtual environment (it pins its own
pydantic and typst)::

    python3 -m venv ~/.cache/resume-tailor-corpus/rendercv-venv
    ~/.cache/resume-tailor-corpus/rendercv-venv/bin/pip install "rendercv[full]==2.3" click
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from .people import Person, iso
from .themes import cache_dir

# Every theme imports the Typst package @preview/fontawesome, which Typst downloads from its own
# package host (out of reach here). This stand-in, found in Typst's package cache, keeps each
# icon's room blank, as the JSON Resume themes' images are hidden (``themes.py``).
_ICON_STANDIN = {
    "typst.toml": '[package]\nname = "fontawesome"\nversion = "0.5.0"\nentrypoint = "lib.typ"\n',
    "lib.typ": "#let fa-icon(name, ..args) = box(width: 1em)\n",
}

THEMES = ("classic", "sb2nov", "moderncv", "engineeringresumes", "engineeringclassic")
# "Last updated in ..." under the name: pinned, so a build next month gives the same file
RENDER_DATE = "2026-01-01"


def rendercv_bin() -> Path:
    """The ``rendercv`` command inside its own virtual environment."""
    return cache_dir() / "rendercv-venv" / "bin" / "rendercv"


def rendercv_version() -> str | None:
    """The installed RenderCV version, None when it is not installed."""
    found = sorted((cache_dir() / "rendercv-venv").glob("lib/python*/site-packages/rendercv-*.dist-info"))
    return found[-1].name.removesuffix(".dist-info").split("-")[1] if found else None


def _phone(raw: str | None) -> str | None:
    """A phone number RenderCV accepts (international form); North American numbers get ``+1``."""
    if not raw:
        return None
    digits = re.sub(r"\D", "", raw)
    if raw.strip().startswith("+"):
        return "+" + digits
    return "+1" + digits if len(digits) == 10 else None


def _dates(item: dict[str, Any]) -> dict[str, str]:
    start, end = iso(item.get("startDate")), iso(item.get("endDate"))
    if not start:
        return {}
    return {"start_date": start, "end_date": end or "present"}


def _experience(org: str, title: str, item: dict[str, Any]) -> dict[str, Any]:
    entry: dict[str, Any] = {"company": org, "position": title, **_dates(item)}
    if item.get("location"):
        entry["location"] = item["location"]
    if item.get("summary"):
        entry["summary"] = item["summary"]
    if item.get("highlights"):
        entry["highlights"] = [h for h in item["highlights"]]
    return entry


# RenderCV sets ``degree`` in a narrow column meant for "BS", "PhD"; a longer name goes before the area
_SHORT_DEGREE = 5


def _education(edu: dict[str, Any]) -> dict[str, Any]:
    entry: dict[str, Any] = {"institution": edu["institution"], **_dates(edu)}
    degree, area = edu.get("studyType") or "", edu.get("area") or ""
    if degree and area and len(degree) <= _SHORT_DEGREE:
        entry["degree"], entry["area"] = degree, area
    else:
        entry["area"] = f"{degree} in {area}" if degree and area else degree or area
    if edu.get("location"):
        entry["location"] = edu["location"]
    highlights = []
    if edu.get("score"):
        highlights.append(f"GPA: {edu['score']}")
    if edu.get("courses"):
        highlights.append("Courses: " + ", ".join(edu["courses"]))
    if highlights:
        entry["highlights"] = highlights
    return entry


def _project(project: dict[str, Any]) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": project["name"], **_dates(project)}
    if project.get("description"):
        entry["summary"] = project["description"]
    if project.get("highlights"):
        entry["highlights"] = [h for h in project["highlights"]]
    return entry


def _sections(d: dict[str, Any]) -> dict[str, list[Any]]:
    basics = d["basics"]
    sections: dict[str, list[Any]] = {}
    if basics.get("summary"):
        sections["Summary"] = [basics["summary"]]
    sections["Experience"] = [_experience(w["name"], w["position"], w) for w in d.get("work", [])]
    sections["Education"] = [_education(e) for e in d.get("education", [])]
    if d.get("projects"):
        sections["Projects"] = [_project(p) for p in d["projects"]]
    if d.get("volunteer"):
        sections["Volunteering"] = [_experience(v["organization"], v["position"], v) for v in d["volunteer"]]
    if d.get("skills"):
        sections["Skills"] = [
            {"label": g["name"], "details": ", ".join(g.get("keywords", []))} for g in d["skills"]
        ]
    if d.get("certificates"):
        sections["Certifications"] = [{"bullet": c["name"]} for c in d["certificates"] if c.get("name")]
    if d.get("awards"):
        sections["Awards"] = [{"bullet": a["title"]} for a in d["awards"] if a.get("title")]
    return {k: v for k, v in sections.items() if v}


def rendercv_input(person: Person, theme: str) -> dict[str, Any]:
    """RenderCV's input (as a dict; JSON is valid YAML) for ``person`` in ``theme``."""
    d = person.data
    basics = d["basics"]
    loc = basics.get("location", {})
    cv: dict[str, Any] = {"name": basics["name"]}
    place = ", ".join(x for x in (loc.get("city"), loc.get("region") or loc.get("countryCode")) if x)
    if place:
        cv["location"] = place
    if basics.get("email"):
        cv["email"] = basics["email"]
    phone = _phone(basics.get("phone"))
    if phone:
        cv["phone"] = phone
    if basics.get("url"):
        cv["website"] = basics["url"]
    networks = [
        {"network": p["network"], "username": p["username"]}
        for p in basics.get("profiles", [])
        if p.get("network") in ("LinkedIn", "GitHub", "GitLab") and p.get("username")
    ]
    if networks:
        cv["social_networks"] = networks
    cv["sections"] = _sections(d)
    return {"cv": cv, "design": {"theme": theme}, "rendercv_settings": {"date": RENDER_DATE}}


def render_rendercv(theme: str, person: Person, out_pdf: Path) -> None:
    """Typeset ``person`` in RenderCV's ``theme`` to ``out_pdf``."""
    command = rendercv_bin()
    if not command.is_file():
        raise RuntimeError("rendercv is not installed")
    standin = cache_dir() / "typst" / "packages" / "preview" / "fontawesome" / "0.5.0"
    standin.mkdir(parents=True, exist_ok=True)
    for name, text in _ICON_STANDIN.items():
        if not (standin / name).is_file() or (standin / name).read_text() != text:
            (standin / name).write_text(text)
    given = rendercv_input(person, theme)
    failure = _run(command, given, out_pdf)
    if failure and "cv.phone" in failure:
        # RenderCV refuses numbers in ranges kept for fiction that no real line can have
        # (+44 7700 900xxx); the person is then printed without a phone, as a theme may be
        del given["cv"]["phone"]
        failure = _run(command, given, out_pdf)
    if failure:
        raise RuntimeError(f"rendercv {theme} failed: {failure}")


def _run(command: Path, given: dict[str, Any], out_pdf: Path) -> str | None:
    """Run ``rendercv render``; the last lines of its output when it failed, else None."""
    with tempfile.TemporaryDirectory(prefix="corpus-rendercv-") as tmp:
        work = Path(tmp)
        source = work / "cv.yaml"
        source.write_text(json.dumps(given, ensure_ascii=False), encoding="utf-8")
        done = subprocess.run(
            [
                str(command),
                "render",
                str(source),
                "--pdf-path",
                str(out_pdf),
                "--dont-generate-png",
                "--dont-generate-markdown",
                "--dont-generate-html",
            ],
            cwd=work,
            env={**os.environ, "XDG_CACHE_HOME": str(cache_dir())},  # Typst's package cache
            capture_output=True,
            text=True,
            timeout=300,
        )
    if done.returncode != 0 or not out_pdf.is_file():
        return " | ".join((done.stdout + done.stderr).strip().splitlines()[-3:])
    return None
