"""JSON Resume themes from the npm registry: the theme's own ``render()`` to HTML, Chromium to PDF.

The themes are installed outside the repository (``npm install jsonresume-theme-NAME`` in
``$RESUME_TAILOR_CORPUS_CACHE/themes``, default ``~/.cache/resume-tailor-corpus/themes``); see
``scripts/build_corpus.py --help``. Chromium runs headless with the network cut off (themes that
link web fonts or CDN styles fall back to local fonts at once instead of waiting for a time-out;
images, which would come from the web, are hidden).
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

RENDER_JS = Path(__file__).resolve().parent / "render_theme.js"


def cache_dir() -> Path:
    """Where the corpus tools keep what they install (themes) outside the repository."""
    env = os.environ.get("RESUME_TAILOR_CORPUS_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "resume-tailor-corpus"


def themes_dir() -> Path:
    """The npm folder that holds the ``jsonresume-theme-*`` packages."""
    return cache_dir() / "themes"


def theme_version(package: str) -> str | None:
    """The installed version of a theme package, None when it is not installed."""
    manifest = themes_dir() / "node_modules" / package / "package.json"
    if not manifest.is_file():
        return None
    return str(json.loads(manifest.read_text()).get("version"))


def chromium() -> str | None:
    """The Chromium executable, None when it is not installed."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def theme_input(data: dict[str, Any]) -> dict[str, Any]:
    """The person's data with the older schema's key names added beside the current ones.

    Many themes were written for schema 0.x (``work[].company``, ``work[].website``,
    ``basics.website``, ``projects[].roles``); giving both names renders the same facts in every
    theme without changing what any of them shows.
    """
    data = copy.deepcopy(data)
    data.pop("meta", None)
    basics = data.get("basics", {})
    basics.setdefault("profiles", [])  # the schema's default; some themes fail without the key
    data.setdefault("work", [])  # likewise (a student may have no job yet)
    if basics.get("url"):
        basics.setdefault("website", basics["url"])
    for job in data.get("work", []):
        job.setdefault("company", job.get("name"))
        if job.get("url"):
            job.setdefault("website", job["url"])
    for project in data.get("projects", []):
        project.setdefault("roles", [])
        project.setdefault("keywords", [])
        project.setdefault("description", "")
    for vol in data.get("volunteer", []):
        vol.setdefault("highlights", [])
    return data


# Photos and logos come from the web (Gravatar, CDNs), which the build cannot reach: without this
# Chromium would print each one's alt text (often the person's name) as a stray line of text.
_NO_IMAGES = "<style>img{display:none !important}</style>"


def _hide_images(html: Path) -> None:
    text = html.read_text(encoding="utf-8")
    head_end = text.lower().find("</head>")
    text = text[:head_end] + _NO_IMAGES + text[head_end:] if head_end >= 0 else _NO_IMAGES + text
    html.write_text(text, encoding="utf-8")


def render_theme(package: str, data: dict[str, Any], out_pdf: Path) -> None:
    """Render ``data`` with the theme ``package`` and print it to ``out_pdf``."""
    browser = chromium()
    if browser is None:
        raise RuntimeError("chromium is not installed")
    with tempfile.TemporaryDirectory(prefix="corpus-theme-") as tmp:
        work = Path(tmp)
        resume = work / "resume.json"
        resume.write_text(json.dumps(theme_input(data), ensure_ascii=False), encoding="utf-8")
        html = work / "resume.html"
        done = subprocess.run(
            ["node", str(RENDER_JS), str(themes_dir()), package, str(resume), str(html)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        if done.returncode != 0:
            raise RuntimeError(f"{package} render() failed: {done.stderr.strip().splitlines()[:1]}")
        _hide_images(html)
        print_html(browser, html, out_pdf, work / "profile")
    if not out_pdf.is_file():
        raise RuntimeError(f"chromium wrote no PDF for {package}")


def print_html(browser: str, html: Path, out_pdf: Path, profile: Path) -> None:
    """Print ``html`` to ``out_pdf`` with headless Chromium (network cut off, own ``profile``)."""
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            f"--user-data-dir={profile}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={out_pdf}",
            html.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
