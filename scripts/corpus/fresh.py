"""FRESH themes (npm ``fresh-themes``, MIT) through HackMyResume (npm ``hackmyresume``, MIT).

HackMyResume reads a JSON Resume file, converts it to its own FRESH schema and fills the theme's
HTML templates; Chromium prints the page as the JSON Resume themes are printed (``themes.py``:
network cut off, images hidden). Each theme ships a print stylesheet (``resume.pdf.html``, made
for HackMyResume's own PDF step, which needs wkhtmltopdf): that is the page printed here.

Installed outside the repository, in a folder of its own (its old dependencies stay apart from the
themes')::

    mkdir -p ~/.cache/resume-tailor-corpus/hackmyresume && cd ~/.cache/resume-tailor-corpus/hackmyresume
    npm init -y && npm install hackmyresume@1.8.0
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from .themes import _hide_images, cache_dir, chromium, print_html, theme_input

THEMES = ("modern", "positive", "compact", "basis")


def hackmyresume_dir() -> Path:
    """The npm folder that holds ``hackmyresume`` (and its ``fresh-themes``)."""
    return cache_dir() / "hackmyresume"


def fresh_version() -> str | None:
    """``hackmyresume X / fresh-themes Y`` as installed, None when it is not installed."""
    modules = hackmyresume_dir() / "node_modules"
    versions = []
    for package in ("hackmyresume", "fresh-themes"):
        manifest = modules / package / "package.json"
        if not manifest.is_file():
            return None
        versions.append(f"{package} {json.loads(manifest.read_text())['version']}")
    return " / ".join(versions)


def render_fresh(theme: str, data: dict[str, Any], out_pdf: Path) -> None:
    """Fill the FRESH ``theme`` with ``data`` (JSON Resume) and print it to ``out_pdf``."""
    browser = chromium()
    command = hackmyresume_dir() / "node_modules" / ".bin" / "hackmyresume"
    if browser is None or not command.is_file():
        raise RuntimeError("chromium or hackmyresume is not installed")
    with tempfile.TemporaryDirectory(prefix="corpus-fresh-") as tmp:
        work = Path(tmp)
        resume = work / "resume.json"
        resume.write_text(json.dumps(theme_input(data), ensure_ascii=False), encoding="utf-8")
        done = subprocess.run(
            [str(command), "build", str(resume), "TO", str(work / "out" / "resume.html"), "-t", theme],
            cwd=work,
            capture_output=True,
            text=True,
            timeout=180,
        )
        page = work / "out" / "resume.pdf.html"
        if not page.is_file():
            page = work / "out" / "resume.html"
        if done.returncode != 0 or not page.is_file():
            raise RuntimeError(f"hackmyresume {theme} failed: {done.stdout.strip().splitlines()[-1:]}")
        _hide_images(page)
        print_html(browser, page, out_pdf, work / "profile")
    if not out_pdf.is_file():
        raise RuntimeError(f"chromium wrote no PDF for FRESH {theme}")
