"""Start Bootstrap's "Resume" theme (npm ``startbootstrap-resume``, MIT), filled with a person's data.

The theme is a one-page site, not a renderer: ``dist/index.html`` holds sample content in the
theme's markup and ``dist/css/styles.css`` is Bootstrap with the theme's styles. What is ours is
the filling: the same markup, section by section, with the person's data in place of the sample
(each entry "Title" over an "Employer" subheading, its dates in a column on the right, its points
as a list), printed by Chromium as the JSON Resume themes are (``themes.py``). At print width the
page takes the theme's narrow-screen layout (dates under each entry). The site navigation is left
out: printed, its fixed bar is drawn again over the text at the top of every page.

Installed outside the repository, beside the JSON Resume themes::

    cd ~/.cache/resume-tailor-corpus/themes && npm install startbootstrap-resume@7.0.6
"""

from __future__ import annotations

import html
import json
import tempfile
from pathlib import Path
from typing import Any

from .people import Person, degree_of, entry_head, entry_sections, iso, month_name
from .themes import _hide_images, chromium, print_html, themes_dir

PACKAGE = "startbootstrap-resume"


def dist_dir() -> Path:
    """The theme's built files (``index.html``, ``css/styles.css``)."""
    return themes_dir() / "node_modules" / PACKAGE / "dist"


def version() -> str | None:
    """The installed version, None when the theme is not installed."""
    manifest = dist_dir().parent / "package.json"
    return str(json.loads(manifest.read_text())["version"]) if manifest.is_file() else None


def _e(text: str | None) -> str:
    return html.escape(text or "")


def _dates(item: dict[str, Any]) -> str:
    start, end = iso(item.get("startDate")), iso(item.get("endDate"))
    if not start:
        return ""
    return f"{month_name(start, short=False)} - {month_name(end, short=False) if end else 'Present'}"


def _entry(kind: str, item: dict[str, Any], last: bool) -> str:
    title, org = entry_head(kind, item)
    if kind == "education":  # the theme's sample: school as the heading, degree as the subheading
        title, org = item["institution"], degree_of(item)
    points = "".join(f"<li>{_e(line)}</li>" for line in item.get("highlights", []))
    return (
        f'<div class="d-flex flex-column flex-md-row justify-content-between{"" if last else " mb-5"}">'
        f'<div class="flex-grow-1"><h3 class="mb-0">{_e(title)}</h3>'
        + (f'<div class="subheading mb-3">{_e(org)}</div>' if org else "")
        + (f"<ul>{points}</ul>" if points else "")
        + f'</div><div class="flex-shrink-0"><span class="text-primary">{_e(_dates(item))}</span></div></div>'
    )


def _section(anchor: str, heading: str, body: str) -> str:
    return (
        f'<section class="resume-section" id="{anchor}"><div class="resume-section-content">'
        f'<h2 class="mb-5">{_e(heading)}</h2>{body}</div></section><hr class="m-0" />'
    )


def page_html(person: Person) -> str:
    """The theme's ``index.html`` markup filled with ``person``."""
    d, b = person.data, person.data["basics"]
    first, _, last = b["name"].rpartition(" ")
    loc = b.get("location", {})
    place = ", ".join(x for x in (loc.get("city"), loc.get("region")) if x)
    contact = " · ".join(_e(x) for x in (place, b.get("phone")) if x)
    contact += f' · <a href="mailto:{_e(b["email"])}">{_e(b["email"])}</a>'
    links = [(p.get("network", ""), p["url"]) for p in b.get("profiles", []) if p.get("url")]
    if b.get("url"):
        links.insert(0, ("Website", b["url"]))
    # icons only, as in the theme (the icon font comes from the web, so the circles print empty)
    social = "".join(
        f'<a class="social-icon" href="{_e(url)}"><i class="fab fa-{_e(net.lower())}"></i></a>'
        for net, url in links
    )
    sections = []
    for heading, kind, items in entry_sections(d, "Volunteering"):
        body = "".join(_entry(kind, item, n == len(items) - 1) for n, item in enumerate(items))
        sections.append((kind, heading, body))
    if d.get("skills"):
        body = "".join(
            f'<div class="subheading mb-3">{_e(g["name"])}</div><ul class="fa-ul mb-4">'
            + "".join(f"<li>{_e(k)}</li>" for k in g.get("keywords", []))
            + "</ul>"
            for g in d["skills"]
        )
        sections.append(("skills", "Skills", body))
    about = (
        f'<section class="resume-section" id="about"><div class="resume-section-content">'
        f'<h1 class="mb-0">{_e(first)} <span class="text-primary">{_e(last)}</span></h1>'
        f'<div class="subheading mb-5">{contact}</div>'
        + (f'<p class="lead mb-5">{_e(b["summary"])}</p>' if b.get("summary") else "")
        + f'<div class="social-icons">{social}</div></div></section><hr class="m-0" />'
    )
    css = (dist_dir() / "css" / "styles.css").as_uri()
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8" />'
        f"<title>{_e(b['name'])} - Resume</title>"
        f'<link href="{css}" rel="stylesheet" /></head><body id="page-top">'
        '<div class="container-fluid p-0">'
        + about
        + "".join(_section(k, h, body) for k, h, body in sections)
        + "</div></body></html>"
    )


def render_startbootstrap(person: Person, out_pdf: Path) -> None:
    """Fill the theme with ``person`` and print it to ``out_pdf``."""
    browser = chromium()
    if browser is None or version() is None:
        raise RuntimeError(f"chromium or npm {PACKAGE} is not installed")
    with tempfile.TemporaryDirectory(prefix="corpus-sb-") as tmp:
        work = Path(tmp)
        page = work / "resume.html"
        page.write_text(page_html(person), encoding="utf-8")
        _hide_images(page)
        print_html(browser, page, out_pdf, work / "profile")
    if not out_pdf.is_file():
        raise RuntimeError(f"chromium wrote no PDF for {PACKAGE}")
