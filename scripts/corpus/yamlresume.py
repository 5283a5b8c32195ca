"""YAMLResume's templates (npm ``@yamlresume/core``, MIT): a person's data as YAMLResume content.

``@yamlresume/core`` renders one resume through a layout: LaTeX (``jake``, after Jake Gutierrez's
widely copied one-page resume; compiled here with XeLaTeX), HTML (``calm``, ``vscode``; printed by
Chromium as in ``themes.py``) or DOCX (``calm``, written by the ``docx`` library). What is ours is
the mapping from JSON Resume: YAMLResume keeps a role's bullets as a Markdown list in its
``summary``, a degree as one of its fixed words (``Bachelor``, ``Master``…) and a country by its
English name; every value is the person's own. Installed outside the repository::

    mkdir -p ~/.cache/resume-tailor-corpus/yamlresume && cd ~/.cache/resume-tailor-corpus/yamlresume
    npm init -y && npm install @yamlresume/core@0.16.1
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from . import latex
from .people import Person, iso
from .themes import _hide_images, cache_dir, chromium, print_html

RENDER_JS = Path(__file__).resolve().parent / "render_yamlresume.js"
# template id -> (engine, YAMLResume template name)
LAYOUTS = {
    "jake": ("latex", "jake"),
    "calm": ("html", "calm"),
    "vscode": ("html", "vscode"),
    "calm-docx": ("docx", "calm"),
}
_COUNTRIES = {
    "US": "United States",
    "GB": "United Kingdom",
    "UK": "United Kingdom",
    "DE": "Germany",
    "FR": "France",
    "IN": "India",
    "CA": "Canada",
    "NL": "Netherlands",
    "BR": "Brazil",
    "JP": "Japan",
    "ES": "Spain",
    "IE": "Ireland",
    "AU": "Australia",
    "SG": "Singapore",
    "KE": "Kenya",
    "NG": "Nigeria",
    "MX": "Mexico",
    "SE": "Sweden",
    "IT": "Italy",
}
_NETWORKS = {"github": "GitHub", "linkedin": "LinkedIn", "gitlab": "Gitlab", "twitter": "Twitter"}


def yamlresume_dir() -> Path:
    """The npm folder that holds ``@yamlresume/core``."""
    return cache_dir() / "yamlresume"


def core_version() -> str | None:
    """The installed ``@yamlresume/core`` version, None when it is not installed."""
    manifest = yamlresume_dir() / "node_modules" / "@yamlresume" / "core" / "package.json"
    return str(json.loads(manifest.read_text())["version"]) if manifest.is_file() else None


def _degree(study_type: str | None) -> str | None:
    """YAMLResume's fixed degree word for a JSON Resume ``studyType``."""
    text = (study_type or "").lower()
    if text.startswith(("bachelor", "bsc", "ba", "bs", "licence", "b.")):
        return "Bachelor"
    if text.startswith(("master", "msc", "ma", "ms", "mba", "m.")):
        return "Master"
    if text.startswith(("doctor", "phd")):
        return "Doctor"
    if text.startswith("associate"):
        return "Associate"
    return "Diploma" if text else None


def _markdown(summary: str | None, highlights: list[str]) -> str:
    """A role's paragraph and bullets as YAMLResume keeps them: Markdown."""
    parts = [summary] if summary else []
    if highlights:
        parts.append("\n".join(f"- {line}" for line in highlights))
    return "\n\n".join(parts)


def _dated(item: dict[str, Any]) -> dict[str, str]:
    start, end = iso(item.get("startDate")), iso(item.get("endDate"))
    return {"startDate": start or "", "endDate": end or ""}


def yamlresume_content(person: Person) -> dict[str, Any]:
    """The person's data in YAMLResume's ``content`` shape."""
    d = person.data
    b = d["basics"]
    loc = b.get("location", {})
    content: dict[str, Any] = {
        "basics": {
            key: value
            for key, value in (
                ("name", b["name"]),
                ("headline", b.get("label")),
                ("email", b.get("email")),
                ("phone", b.get("phone")),
                ("url", b.get("url")),
                ("summary", b.get("summary")),
            )
            if value
        },
        "location": {"city": loc.get("city", ""), "region": loc.get("region", "")},
        "profiles": [
            {"network": _NETWORKS[p["network"].lower()], "username": p.get("username", ""), "url": p["url"]}
            for p in b.get("profiles", [])
            if p.get("network", "").lower() in _NETWORKS and p.get("url")
        ],
        "work": [
            {
                "name": w["name"],
                "position": w["position"],
                **_dated(w),
                "summary": _markdown(w.get("summary"), w.get("highlights", [])),
            }
            for w in d.get("work", [])
        ],
        "education": [
            {
                "institution": e["institution"],
                "area": e.get("area") or "",
                "degree": _degree(e.get("studyType")),
                "score": e.get("score") or "",
                "courses": list(e.get("courses", [])),
                **_dated(e),
            }
            for e in d.get("education", [])
        ],
    }
    if loc.get("countryCode") in _COUNTRIES:
        content["location"]["country"] = _COUNTRIES[loc["countryCode"]]
    content.update(_more_sections(d))
    return content


def _more_sections(d: dict[str, Any]) -> dict[str, Any]:
    """Projects, volunteering, skills, awards and certificates, where the person has them."""
    content: dict[str, Any] = {}
    if d.get("projects"):
        content["projects"] = [
            {
                "name": p["name"],
                "description": p.get("description") or "",
                **_dated(p),
                "summary": _markdown(None, p.get("highlights", [])),
                "keywords": list(p.get("keywords", [])),
            }
            for p in d["projects"]
        ]
    if d.get("volunteer"):
        content["volunteer"] = [
            {
                "organization": v["organization"],
                "position": v["position"],
                **_dated(v),
                "summary": _markdown(v.get("summary"), v.get("highlights", [])),
            }
            for v in d["volunteer"]
        ]
    if d.get("skills"):
        content["skills"] = [
            {"name": g["name"], "keywords": list(g.get("keywords", []))} for g in d["skills"]
        ]
    for key, fields in (
        ("awards", ("title", "awarder", "date", "summary")),
        ("certificates", ("name", "issuer", "date")),
    ):
        if d.get(key):
            content[key] = [{f: item.get(f) or "" for f in fields} for item in d[key]]
    return content


def render_yamlresume(template: str, person: Person, out: Path) -> None:
    """Render ``person`` with YAMLResume's ``template`` (a LAYOUTS key) to ``out`` (PDF or DOCX)."""
    engine, name = LAYOUTS[template]
    if shutil.which("node") is None or core_version() is None:
        raise RuntimeError("node or @yamlresume/core is not installed")
    resume = {"content": yamlresume_content(person), "layouts": [{"engine": engine, "template": name}]}
    with tempfile.TemporaryDirectory(prefix="corpus-yamlresume-") as tmp:
        work = Path(tmp)
        source = work / "resume.json"
        source.write_text(json.dumps(resume, ensure_ascii=False), encoding="utf-8")
        made = work / {"latex": "resume.tex", "html": "resume.html", "docx": "resume.docx"}[engine]
        done = subprocess.run(
            ["node", str(RENDER_JS), str(yamlresume_dir()), str(source), str(made)],
            env={**os.environ, "TZ": "UTC"},  # dates are read as UTC midnights
            capture_output=True,
            text=True,
            timeout=120,
        )
        if done.returncode != 0:
            raise RuntimeError(f"yamlresume {template} failed: {done.stderr.strip().splitlines()[:1]}")
        if engine == "latex":
            latex.compile_tex(made.read_text(encoding="utf-8"), out, engine="xelatex")
        elif engine == "html":
            browser = chromium()
            if browser is None:
                raise RuntimeError("chromium is not installed")
            _hide_images(made)
            print_html(browser, made, out, work / "profile")
        else:
            shutil.move(str(made), out)
