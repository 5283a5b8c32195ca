"""LibreOffice's own resume templates (Debian ``libreoffice-common``, MPL-2.0), filled with a person.

LibreOffice ships two Writer templates under ``share/template/common/personal``: ``CV.ott`` (one
two-column table: bold section names, "Name"/"Address"/"Phone"/"Email" label rows, dates in the
left column and the entry in the right) and ``Resume1page.ott`` (a one-page resume: the name as a
heading over contact lines; each job a two-column text section, "Title" over the employer on the
left and the dates after a column break on the right, then a bulleted list; skills in a balanced
two-column section). The templates are the third party's; what is ours is the filling: the body
of ``content.xml`` written again with the template's own paragraph, list and section styles and
the person's data in place of the sample text. LibreOffice then prints it to PDF or saves it as
DOCX, as a person who starts from the template would.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import zipfile
from itertools import count
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from .people import Person, date_text, degree_of, entry_head, entry_sections, iso

TEMPLATE_DIR = Path("/usr/lib/libreoffice/share/template/common/personal")
TEMPLATES = {"cv": "CV.ott", "resume1page": "Resume1page.ott"}


def _dates(item: dict[str, Any], style: str, present: str) -> str:
    start, end = iso(item.get("startDate")), iso(item.get("endDate"))
    if not start:
        return ""
    return f"{date_text(start, style)} – {date_text(end, style) if end else present}"


def _p(style: str, *parts: str) -> str:
    return f'<text:p text:style-name="{style}">{"".join(parts)}</text:p>'


def _span(style: str, text: str) -> str:
    return f'<text:span text:style-name="{style}">{text}</text:span>'


_BR = "<text:line-break/>"


def _links(b: dict[str, Any]) -> list[str]:
    links = [p["url"].split("://", 1)[-1] for p in b.get("profiles", []) if p.get("url")]
    return ([b["url"].split("://", 1)[-1]] if b.get("url") else []) + links


def _place(b: dict[str, Any]) -> str:
    loc = b.get("location", {})
    return ", ".join(x for x in (loc.get("city"), loc.get("region")) if x)


def cv_body(person: Person) -> str:
    """``CV.ott``'s body: its one table (columns Table1.A/B, cells Table1.A1) filled row by row."""
    d, b = person.data, person.data["basics"]
    rows: list[tuple[str, list[str]]] = []

    def row(left: str, *right: str) -> None:
        rows.append((left, list(right) or [""]))

    def section(name: str) -> None:
        if rows:
            row("")
        row(_span("Strong_20_Emphasis", escape(name)))

    section("About me")
    row("Name", escape(b["name"]))
    for label, value in (("Address", _place(b)), ("Phone", b.get("phone")), ("Email", b.get("email"))):
        if value:
            row(label, escape(value))
    for link in _links(b):
        row("Web", escape(link))
    if b.get("summary"):
        section("Profile")
        row("", escape(b["summary"]))
    for heading, kind, items in entry_sections(d, "Voluntary Work"):
        section(heading)
        for item in items:
            title, org = entry_head(kind, item)
            where = ", ".join(x for x in (org, item.get("location")) if x)
            head = _span("Strong_20_Emphasis", escape(title)) + (f" at {escape(where)}" if where else "")
            points = [f"• {escape(line)}" for line in item.get("highlights", [])]
            row(escape(_dates(item, person.date_style, "present")), head, *points)
    if d.get("skills"):
        section("Skills")
        for group in d["skills"]:
            row(escape(group["name"]), escape(", ".join(group.get("keywords", []))))
    cell = '<table:table-cell table:style-name="Table1.A1" office:value-type="string">{}</table:table-cell>'
    body = "".join(
        "<table:table-row>"
        + cell.format(_p("Standard", left))
        + cell.format("".join(_p("Standard", part) for part in right))
        + "</table:table-row>"
        for left, right in rows
    )
    return (
        '<text:h text:style-name="Heading_20_1" text:outline-level="1">Curriculum Vitae</text:h>'
        '<text:p text:style-name="Standard"><text:s/></text:p>'
        '<table:table table:name="Table1" table:style-name="Table1">'
        '<table:table-column table:style-name="Table1.A"/><table:table-column table:style-name="Table1.B"/>'
        f"{body}</table:table>"
    )


def resume1page_body(person: Person) -> str:
    """``Resume1page.ott``'s body with its styles: P14 name, P4 contact, P15/P17 headings, P5
    education, Sect1 two-column entry heads (P3 left, P2 after the column break), L1 lists."""
    d, b = person.data, person.data["basics"]
    sections, lists = count(1), count(1)
    out = [f'<text:h text:style-name="P14" text:outline-level="1">{escape(b["name"])}</text:h>']
    for lines in ([_place(b)], [b.get("phone") or ""], [b["email"], *_links(b)]):
        if any(lines):
            out.append(_p("P4", _BR.join(escape(x) for x in lines if x)))

    def heading(text: str, style: str = "P17") -> None:
        out.append(f'<text:h text:style-name="{style}" text:outline-level="3">{escape(text)}</text:h>')

    def bullets(lines: list[str], style: str) -> None:
        if lines:
            items = "".join(f"<text:list-item>{_p(style, escape(x))}</text:list-item>" for x in lines)
            out.append(f'<text:list xml:id="list{next(lists)}" text:style-name="L1">{items}</text:list>')

    for title_text, kind, items in entry_sections(d, "Volunteering"):
        if kind == "education":
            heading(title_text, "P15")
            for edu in items:
                end = iso(edu.get("endDate"))
                when = f", {date_text(end, person.date_style, short=False)}" if end else ""
                school = _span("T3", _BR + escape(edu["institution"]) + when)
                out.append(_p("P5", _span("T5", escape(degree_of(edu))), school))
            continue
        heading(title_text)
        for item in items:
            title, org = entry_head(kind, item)
            left = escape(title) + (_BR + _span("T8", escape(org)) if org else "")
            number = next(sections)
            out.append(
                f'<text:section text:style-name="Sect1" text:name="Section{number}">'
                + _p("P3", left)
                + _p("P2", escape(_dates(item, person.date_style, "Present")))
                + "</text:section>"
            )
            bullets(item.get("highlights", []), "P6")
    if d.get("skills"):
        heading("Skills", "P16")
        number = next(sections)
        words = [k for g in d["skills"] for k in g.get("keywords", [])]
        out.append(f'<text:section text:style-name="Sect2" text:name="Section{number}">')
        bullets(words, "P9")
        out.append("</text:section>")
    return "".join(out)


_BODIES = {"cv": cv_body, "resume1page": resume1page_body}


def fill(name: str, person: Person, out_odt: Path) -> None:
    """The template ``name`` with its body replaced by ``person``'s, saved as a text document."""
    source = TEMPLATE_DIR / TEMPLATES[name]
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out_odt, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "mimetype":
                data = b"application/vnd.oasis.opendocument.text"
            elif info.filename == "META-INF/manifest.xml":
                data = data.replace(b"opendocument.text-template", b"opendocument.text")
            elif info.filename == "content.xml":
                text = data.decode("utf-8")
                start = text.index("</text:sequence-decls>") + len("</text:sequence-decls>")
                end = text.index("</office:text>")
                data = (text[:start] + _BODIES[name](person) + text[end:]).encode("utf-8")
            method = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            dst.writestr(zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0)), data, method)


def render(name: str, person: Person, out: Path, fmt: str) -> None:
    """Fill the template and let LibreOffice (headless, own profile) print it (``fmt`` "pdf") or
    save it as Word ("docx")."""
    if not (TEMPLATE_DIR / TEMPLATES[name]).is_file():
        raise RuntimeError(f"LibreOffice's {TEMPLATES[name]} is not installed")
    with tempfile.TemporaryDirectory(prefix="corpus-lot-") as tmp:
        work = Path(tmp)
        fill(name, person, work / "resume.odt")
        soffice_convert(work / "resume.odt", fmt, out)


def soffice_convert(source: Path, fmt: str, out: Path) -> None:
    """Let LibreOffice (headless, with its own profile beside ``source``) convert ``source`` to
    ``fmt`` ("pdf", "docx") and move the result to ``out``."""
    work = source.parent
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(work / "out"),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    shutil.move(str(work / "out" / f"{source.stem}.{fmt}"), out)
