"""Word documents in the styles people build by hand, written with python-docx.

Each style is one way resumes are laid out in Word: headings by paragraph style or by bold text,
dates on a right tab stop or in a table column, bullets from the list style or typed as "•",
contact details in the page header, a sidebar table, a text box. Added later: the careers-office
layout (employer over several roles), shaded heading rows with "Title | Employer | dates" lines,
dates first on a hanging tab, contact in the page footer with a narrow date column, a text-box
sidebar, Word's built-in template layout (dates above the title), ruled table rows, headings
in a left table column and "Employer, place — Title" over small-capital dates. The DOCX files are made
byte-reproducible (fixed document properties and zip timestamps).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Inches, Pt, RGBColor

from .people import Person, degree_of, entry_head, entry_sections, iso, month_name, numeric

_FIXED = datetime(2026, 1, 1)


def _range(item: dict[str, Any], style: str, present: str = "Present", dash: str = "–") -> str:
    start, end = iso(item.get("startDate")), iso(item.get("endDate"))
    if not start:
        return ""
    fmt = numeric if style == "eu" else month_name
    return f"{fmt(start)} {dash} {fmt(end) if end else present}"


def _contact_bits(b: dict[str, Any]) -> list[str]:
    loc = b.get("location", {})
    place = ", ".join(x for x in (loc.get("city"), loc.get("region")) if x)
    links = [p["url"].split("://", 1)[-1] for p in b.get("profiles", []) if p.get("url")]
    if b.get("url"):
        links.insert(0, b["url"].split("://", 1)[-1])
    return [x for x in (place, b.get("phone"), b.get("email"), *links) if x]


def _extras(doc: Any, d: dict[str, Any], heading: Callable[[str], None]) -> None:
    if d.get("certificates"):
        heading("Certifications")
        for cert in d["certificates"]:
            doc.add_paragraph(f"{cert['name']}, {cert.get('issuer', '')} ({(cert.get('date') or '')[:4]})")
    if d.get("skills"):
        heading("Skills")
        for group in d["skills"]:
            doc.add_paragraph(f"{group['name']}: {', '.join(group.get('keywords', []))}")


def _right_tab(paragraph: Any, width: float = 6.5) -> None:
    paragraph.paragraph_format.tab_stops.add_tab_stop(Inches(width), WD_TAB_ALIGNMENT.RIGHT)


# ---------------------------------------------------------------- styles
def style_headings_tabs(person: Person) -> Any:
    """Headings by Word's Heading 1 style; "Title, Employer<TAB>dates" on a right tab; List Bullet bullets."""
    d, b = person.data, person.data["basics"]
    doc = Document()
    doc.add_heading(b["name"], level=0)
    doc.add_paragraph(" | ".join(_contact_bits(b)))
    if b.get("summary"):
        doc.add_heading("Summary", level=1)
        doc.add_paragraph(b["summary"])
    for heading, kind, items in entry_sections(d):
        doc.add_heading(heading, level=1)
        for item in items:
            title, org = entry_head(kind, item)
            p = doc.add_paragraph()
            _right_tab(p)
            p.add_run(", ".join(x for x in (title, org) if x)).bold = True
            p.add_run("\t" + _range(item, person.date_style))
            for line in item.get("highlights", []):
                doc.add_paragraph(line, style="List Bullet")
    _extras(doc, d, lambda h: doc.add_heading(h, level=1))
    return doc


def style_bold_typed(person: Person) -> Any:
    """Headings as bold capitals in Normal style; title / employer / dates on own lines; typed "•" bullets."""
    d, b = person.data, person.data["basics"]
    doc = Document()
    name = doc.add_paragraph()
    run = name.add_run(b["name"])
    run.bold, run.font.size = True, Pt(20)
    for bit in _contact_bits(b):
        doc.add_paragraph(bit)

    def heading(text: str) -> None:
        doc.add_paragraph().add_run(text.upper()).bold = True

    if b.get("summary"):
        heading("Professional Summary")
        doc.add_paragraph(b["summary"])
    for title_text, kind, items in entry_sections(d):
        heading(title_text)
        for item in items:
            title, org = entry_head(kind, item)
            doc.add_paragraph().add_run(title).bold = True
            if org:
                where = ", ".join(x for x in (org, item.get("location")) if x)
                doc.add_paragraph().add_run(where).italic = True
            doc.add_paragraph(_range(item, person.date_style, present="Current"))
            for line in item.get("highlights", []):
                doc.add_paragraph(f"•  {line}")
    _extras(doc, d, heading)
    return doc


def style_table_rail(person: Person) -> Any:
    """Contact block in the page header; each section a borderless table: dates left, entry right."""
    d, b = person.data, person.data["basics"]
    doc = Document()
    header = doc.sections[0].header
    header.paragraphs[0].text = b["name"]
    header.paragraphs[0].runs[0].bold = True
    header.add_paragraph("  ·  ".join(_contact_bits(b)))
    if b.get("summary"):
        doc.add_heading("Profile", level=2)
        doc.add_paragraph(b["summary"])
    for heading, kind, items in entry_sections(d):
        doc.add_heading(heading, level=2)
        table = doc.add_table(rows=0, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        for item in items:
            left, right = table.add_row().cells
            left.width, right.width = Inches(1.5), Inches(5.0)
            left.paragraphs[0].text = _range(item, person.date_style, present="now")
            title, org = entry_head(kind, item)
            right.paragraphs[0].add_run(title).bold = True
            if org:
                right.add_paragraph(org)
            for line in item.get("highlights", []):
                right.add_paragraph(line, style="List Bullet")
    _extras(doc, d, lambda h: doc.add_heading(h, level=2))
    return doc


def style_sidebar_table(person: Person) -> Any:
    """A one-row, two-column table for the whole page: contact, education and skills in a narrow
    shaded left column; summary, experience, projects and activities on the right."""
    d, b = person.data, person.data["basics"]
    doc = Document()
    table = doc.add_table(rows=1, cols=2)
    side, main = table.rows[0].cells
    side.width, main.width = Inches(2.2), Inches(4.8)
    side._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:fill="DDE6EE"/>'))
    side.paragraphs[0].add_run(b["name"]).bold = True
    for bit in _contact_bits(b):
        side.add_paragraph(bit)
    side.add_paragraph().add_run("EDUCATION").bold = True
    for edu in d.get("education", []):
        side.add_paragraph().add_run(degree_of(edu)).bold = True
        side.add_paragraph(edu["institution"])
        side.add_paragraph(_range(edu, person.date_style))
    if d.get("skills"):
        side.add_paragraph().add_run("SKILLS").bold = True
        for group in d["skills"]:
            side.add_paragraph(", ".join(group.get("keywords", [])))
    first = True
    if b.get("summary"):
        main.paragraphs[0].add_run("SUMMARY").bold = True
        main.add_paragraph(b["summary"])
        first = False
    for heading, kind, items in entry_sections(d):
        if kind == "education":
            continue
        para = main.paragraphs[0] if first else main.add_paragraph()
        first = False
        para.add_run(heading.upper()).bold = True
        for item in items:
            title, org = entry_head(kind, item)
            line = main.add_paragraph()
            _right_tab(line, 4.6)
            line.add_run(" — ".join(x for x in (title, org) if x)).bold = True
            line.add_run("\t" + _range(item, person.date_style))
            for text in item.get("highlights", []):
                main.add_paragraph(f"– {text}")
    return doc


def style_textbox_contact(person: Person) -> Any:
    """Name and contact in a floating text box (a VML text box, as Word's "Draw Text Box" makes);
    section headings by Heading 2; dates in brackets after the employer; List Bullet bullets."""
    d, b = person.data, person.data["basics"]
    doc = Document()
    lines = [b["name"], *_contact_bits(b)]
    paras = "".join(_box_paragraph(text, bold=i == 0) for i, text in enumerate(lines))
    box = parse_xml(
        f"<w:r {nsdecls('w')} {_VML_NS}><w:pict>{_TEXTBOX_SHAPETYPE}"
        '<v:shape id="ContactBox" o:spid="_x0000_s1026" type="#_x0000_t202" '
        f'style="width:468pt;height:{16 * len(lines) + 16}pt" filled="f" stroked="t">'
        f"<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    doc.add_paragraph()._p.append(box)
    if b.get("summary"):
        doc.add_heading("About me", level=2)
        doc.add_paragraph(b["summary"])
    for heading, kind, items in entry_sections(d):
        doc.add_heading(heading, level=2)
        for item in items:
            title, org = entry_head(kind, item)
            p = doc.add_paragraph()
            p.add_run(title).bold = True
            when = _range(item, person.date_style, present="Present", dash="-")
            tail = ", ".join(x for x in (org,) if x)
            p.add_run(f"\n{tail} ({when})" if tail else f" ({when})")
            for line in item.get("highlights", []):
                doc.add_paragraph(line, style="List Bullet")
    _extras(doc, d, lambda h: doc.add_heading(h, level=2))
    return doc


def style_job_board(person: Person) -> Any:
    """The layout of resumes downloaded from Indian IT job boards: labelled contact lines, an
    overview sentence per job ("Working as … with … from … to till date"), then each job as
    labelled fields ("Company :", "Designation :", "Duration :", "Environment :"), "Roles and
    Responsibilities:" with typed bullets, education as "UG: degree (field) from school in year"
    and a closing declaration."""
    d, b = person.data, person.data["basics"]
    doc = Document()
    name = doc.add_paragraph()
    run = name.add_run(b["name"].upper())
    run.bold, run.font.size = True, Pt(16)
    site = (b.get("url") or "").split("://", 1)[-1]
    labels = (("Email", b.get("email")), ("Mobile", b.get("phone")), ("Portfolio", site))
    for label, value in labels:
        if value:
            doc.add_paragraph(f"{label} : {value}")
    for profile in b.get("profiles", []):
        if profile.get("url"):
            doc.add_paragraph(f"{profile.get('network', 'Profile')} : {profile['url'].split('://', 1)[-1]}")

    def heading(text: str) -> None:
        para = doc.add_paragraph()
        para.add_run(text.upper()).bold = True
        para.paragraph_format.space_before = Pt(10)

    if b.get("summary"):
        heading("Professional Summary")
        for sentence in re.split(r"(?<=[.!?])\s+", b["summary"].strip()):
            doc.add_paragraph(f"•\t{sentence}")
    if d.get("skills"):
        heading("Technical Skills")
        table = doc.add_table(rows=0, cols=2)
        for group in d["skills"]:
            left, right = table.add_row().cells
            left.paragraphs[0].add_run(group["name"]).bold = True
            right.paragraphs[0].text = ", ".join(group.get("keywords", []))
    heading("Professional Experience")
    _job_board_jobs(doc, d)
    if d.get("projects"):
        heading("Projects")
        for project in d["projects"]:
            para = doc.add_paragraph()
            para.add_run("Project Title :").bold = True
            para.add_run(f" {project['name']}")
            if project.get("description"):
                doc.add_paragraph(f"Description : {project['description']}")
            for line in project.get("highlights", []):
                doc.add_paragraph(f"•\t{line}")
    heading("Education")
    for edu in d.get("education", []):
        level = "PG" if re.search(r"master|m\.s|mba|ph\.?d|doctor", edu.get("studyType", ""), re.I) else "UG"
        area = f" ({edu['area']})" if edu.get("area") else ""
        end = iso(edu.get("endDate"))
        year = f" in {end[:4]}" if end else ""
        doc.add_paragraph(f"•\t{level}: {edu.get('studyType', '')}{area} from {edu['institution']}{year}")
    heading("Declaration")
    doc.add_paragraph(
        "I hereby declare that the information furnished above is true to the best of my knowledge."
    )
    place = b.get("location", {}).get("city", "")
    doc.add_paragraph(f"Place: {place}\t\tDate:")
    return doc


def _job_board_jobs(doc: Any, d: dict[str, Any]) -> None:
    """An overview sentence per job, then each job as labelled fields and typed bullets."""

    def when(item: dict[str, Any]) -> tuple[str, str]:
        start, end = iso(item.get("startDate")), iso(item.get("endDate"))
        return (month_name(start) if start else "", month_name(end) if end else "till date")

    jobs = d.get("work", [])
    for job in jobs:
        start, end = when(job)
        doc.add_paragraph(f"•\tWorking as {job['position']} with {job['name']} from {start} to {end}.")
    environment = ", ".join((d.get("skills") or [{}])[0].get("keywords", [])[:5])
    for job in jobs:
        doc.add_paragraph()
        for label, value in (
            ("Company", ", ".join(x for x in (job["name"], job.get("location")) if x)),
            ("Designation", job["position"]),
            ("Duration", _range(job, "us", present="Till date")),
            ("Environment", environment),
        ):
            para = doc.add_paragraph()
            para.add_run(f"{label} :").bold = True
            para.add_run(f" {value}")
        doc.add_paragraph().add_run("Roles and Responsibilities:").bold = True
        for line in job.get("highlights", []):
            doc.add_paragraph(f"•\t{line}")


def style_header_grid(person: Person) -> Any:
    """A two-cell header table (name and label left; contact stacked right, right-aligned),
    headings as spaced capitals over a bottom border, each entry a borderless two-cell row (title
    bold over "Employer, place" in italics on the left, dates right-aligned on the right) with
    List Bullet points after it, and skills as a grid table (group | keywords)."""
    d, b = person.data, person.data["basics"]
    doc = Document()
    top = doc.add_table(rows=1, cols=2)
    left, right = top.rows[0].cells
    left.width, right.width = Inches(3.5), Inches(3.0)
    run = left.paragraphs[0].add_run(b["name"])
    run.bold, run.font.size = True, Pt(22)
    if b.get("label"):
        left.add_paragraph(b["label"])
    for number, bit in enumerate(_contact_bits(b)):
        para = right.paragraphs[0] if number == 0 else right.add_paragraph()
        para.text = bit
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def heading(text: str) -> None:
        para = doc.add_paragraph()
        run = para.add_run(" ".join(text.upper()))
        run.bold, run.font.size = True, Pt(11)
        para.paragraph_format.space_before = Pt(12)
        rule = '<w:bottom w:val="single" w:sz="6" w:space="1" w:color="444444"/>'
        border = f"<w:pBdr {nsdecls('w')}>{rule}</w:pBdr>"
        para._p.get_or_add_pPr().append(parse_xml(border))

    if b.get("summary"):
        heading("Summary")
        doc.add_paragraph(b["summary"])
    for title_text, kind, items in entry_sections(d):
        heading(title_text)
        for item in items:
            title, org = entry_head(kind, item)
            row = doc.add_table(rows=1, cols=2).rows[0].cells
            row[0].width, row[1].width = Inches(4.8), Inches(1.7)
            row[0].paragraphs[0].add_run(title).bold = True
            where = ", ".join(x for x in (org, item.get("location")) if x)
            if where:
                row[0].add_paragraph().add_run(where).italic = True
            row[1].paragraphs[0].text = _range(item, person.date_style, present="Present")
            row[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for line in item.get("highlights", []):
                doc.add_paragraph(line, style="List Bullet")
    if d.get("skills"):
        heading("Skills")
        grid = doc.add_table(rows=0, cols=2)
        grid.style = "Table Grid"
        for group in d["skills"]:
            name, words = grid.add_row().cells
            name.width, words.width = Inches(1.6), Inches(4.9)
            name.paragraphs[0].add_run(group["name"]).bold = True
            words.paragraphs[0].text = ", ".join(group.get("keywords", []))
    return doc


# ---------------------------------------------------------------- added 2026-12-07 (fourth batch)
def _by_employer(jobs: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Consecutive jobs at the same employer, grouped (a promotion is one employer, two roles)."""
    groups: list[list[dict[str, Any]]] = []
    for job in jobs:
        if groups and groups[-1][0].get("name") == job.get("name"):
            groups[-1].append(job)
        else:
            groups.append([job])
    return groups


def _hanging(paragraph: Any, indent: float, tab: float | None = None) -> None:
    """A hanging indent: the first line starts at the margin, wrapped lines at ``indent``."""
    fmt = paragraph.paragraph_format
    fmt.left_indent, fmt.first_line_indent = Inches(indent), Inches(-indent)
    fmt.tab_stops.add_tab_stop(Inches(tab if tab is not None else indent))


def _columns(table: Any, *inches: float) -> None:
    """Column widths in the table grid as well as on the cells: Word reads the cells' widths,
    LibreOffice the grid's, and both should draw the same table."""
    table.autofit = False
    for column, width in zip(table.columns, inches, strict=True):
        column.width = Inches(width)


def _quiet(paragraph: Any, after: float = 0) -> Any:
    paragraph.paragraph_format.space_after = Pt(after)
    paragraph.paragraph_format.space_before = Pt(0)
    return paragraph


def style_harvard(person: Person) -> Any:
    """The university careers-office Word template: name and one contact line centred, centred
    bold headings, each employer in bold capitals with its place on a right tab, then each role
    held there in italics with its dates on the right tab (several roles under one employer line),
    and "•<TAB>" bullets with a hanging indent. Education: school and place, then the degree
    with the dates on the right."""
    d, b = person.data, person.data["basics"]
    doc = Document()
    top = _quiet(doc.add_paragraph())
    top.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = top.add_run(b["name"])
    run.bold, run.font.size = True, Pt(16)
    line = _quiet(doc.add_paragraph(" • ".join(_contact_bits(b))), 6)
    line.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def heading(text: str) -> None:
        para = _quiet(doc.add_paragraph(), 4)
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.paragraph_format.space_before = Pt(10)
        para.add_run(text).bold = True

    def place_line(left: str, right: str, bold: bool = False, italic: bool = False) -> None:
        para = _quiet(doc.add_paragraph())
        _right_tab(para)
        run = para.add_run(left)
        run.bold, run.italic = bold, italic
        para.add_run(f"\t{right}")

    def bullets(item: dict[str, Any]) -> None:
        for text in item.get("highlights", []):
            _hanging(_quiet(doc.add_paragraph(f"•\t{text}")), 0.25)

    if b.get("summary"):
        heading("Summary")
        doc.add_paragraph(b["summary"])
    for title_text, kind, items in entry_sections(d, "Leadership & Activities"):
        heading(title_text)
        groups = _by_employer(items) if kind == "work" else [[item] for item in items]
        for group in groups:
            first = group[0]
            title, org = entry_head(kind, first)
            if kind == "education":
                place_line(org.upper(), first.get("location") or "", bold=True)
                place_line(title, _range(first, person.date_style), italic=False)
                continue
            if org:
                place_line(org.upper(), first.get("location") or "", bold=True)
            for item in group:
                role, _ = entry_head(kind, item)
                place_line(role, _range(item, person.date_style), bold=not org, italic=bool(org))
                bullets(item)
    if d.get("skills"):
        heading("Skills & Interests")
        for group in d["skills"]:
            para = _quiet(doc.add_paragraph())
            para.add_run(f"{group['name']}: ").bold = True
            para.add_run(", ".join(group.get("keywords", [])))
    return doc


def _shade(cell: Any, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="{fill}"/>'))


def style_shaded_rows(person: Person) -> Any:
    """Each heading a one-cell table row shaded grey across the page (bold capitals in it); each
    entry one line "Title | Employer | dates" (title bold, employer italic) with the place under
    it, and bullets typed as "▪" with a tab. The name sits left over the contact details, which
    are two right-tabbed pairs of lines."""
    d, b = person.data, person.data["basics"]
    doc = Document()
    run = _quiet(doc.add_paragraph(), 2).add_run(b["name"])
    run.bold, run.font.size = True, Pt(20)
    bits = _contact_bits(b)
    for left, right in zip(bits[::2], [*bits[1::2], ""], strict=False):
        para = _quiet(doc.add_paragraph())
        _right_tab(para)
        para.add_run(f"{left}\t{right}")

    def heading(text: str) -> None:
        doc.add_paragraph()
        cell = doc.add_table(rows=1, cols=1).rows[0].cells[0]
        _shade(cell, "D9D9D9")
        cell.paragraphs[0].add_run(text.upper()).bold = True

    if b.get("summary"):
        heading("Profile")
        doc.add_paragraph(b["summary"])
    for title_text, kind, items in entry_sections(d, "Volunteer Experience"):
        heading(title_text)
        for item in items:
            title, org = entry_head(kind, item)
            para = _quiet(doc.add_paragraph())
            para.paragraph_format.space_before = Pt(6)
            para.add_run(title).bold = True
            if org:
                para.add_run(" | ")
                para.add_run(org).italic = True
            when = _range(item, person.date_style, present="Present")
            if when:
                para.add_run(f" | {when}")
            if item.get("location"):
                _quiet(doc.add_paragraph(item["location"]))
            for text in item.get("highlights", []):
                _hanging(_quiet(doc.add_paragraph(f"▪\t{text}")), 0.3)
    _extras(doc, d, heading)
    return doc


def style_dates_first(person: Person) -> Any:
    """The tabular CV of German-speaking and Nordic countries, in Word: labelled contact lines
    ("Phone:<TAB>…"), then every entry with its dates first on the margin, a tab to 1.75 in, the
    title in bold and the employer and place on the next line at the tab; "–" bullets indented to
    the same tab. Headings in small capitals over a rule."""
    d, b = person.data, person.data["basics"]
    doc = Document()
    run = _quiet(doc.add_paragraph(), 8).add_run(b["name"])
    run.bold, run.font.size = True, Pt(18)
    loc = b.get("location", {})
    place = ", ".join(x for x in (loc.get("city"), loc.get("region")) if x)
    labels = [("Address", place), ("Phone", b.get("phone")), ("Email", b.get("email"))]
    labels += [
        ("Web", link) for link in _contact_bits(b) if link not in (place, b.get("phone"), b.get("email"))
    ]
    for label, value in labels:
        if value:
            _hanging(_quiet(doc.add_paragraph(f"{label}:\t{value}")), 1.75)

    def heading(text: str) -> None:
        para = _quiet(doc.add_paragraph(), 4)
        para.paragraph_format.space_before = Pt(12)
        run = para.add_run(text)
        run.bold, run.font.small_caps, run.font.size = True, True, Pt(13)
        rule = '<w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/>'
        para._p.get_or_add_pPr().append(parse_xml(f"<w:pBdr {nsdecls('w')}>{rule}</w:pBdr>"))

    if b.get("summary"):
        heading("Profile")
        doc.add_paragraph(b["summary"])
    for title_text, kind, items in entry_sections(d, "Voluntary Work"):
        heading(title_text)
        for item in items:
            title, org = entry_head(kind, item)
            when = _range(item, person.date_style, present="today")
            head = _quiet(doc.add_paragraph())
            head.paragraph_format.space_before = Pt(6)
            _hanging(head, 1.75)
            head.add_run(f"{when}\t")
            head.add_run(title).bold = True
            where = ", ".join(x for x in (org, item.get("location")) if x)
            if where:
                sub = _quiet(doc.add_paragraph(where))
                sub.paragraph_format.left_indent = Inches(1.75)
            for text in item.get("highlights", []):
                para = _quiet(doc.add_paragraph(f"–\t{text}"))
                para.paragraph_format.left_indent = Inches(2.0)
                para.paragraph_format.first_line_indent = Inches(-0.25)
                para.paragraph_format.tab_stops.add_tab_stop(Inches(2.0))
    if d.get("skills"):
        heading("Skills")
        for group in d["skills"]:
            words = ", ".join(group.get("keywords", []))
            _hanging(_quiet(doc.add_paragraph(f"{group['name']}\t{words}")), 1.75)
    return doc


def style_footer_contact(person: Person) -> Any:
    """The name large in the page header and the contact details in the page footer (on every
    page); each section one table with a wide left column ("Title, Employer" in bold, the place
    and the List Bullet points under it in the same cell) and a narrow right column holding only
    the dates, right-aligned."""
    d, b = person.data, person.data["basics"]
    doc = Document()
    section = doc.sections[0]
    head = section.header.paragraphs[0]
    run = head.add_run(b["name"])
    run.bold, run.font.size = True, Pt(18)
    if b.get("label"):
        section.header.add_paragraph(b["label"])
    foot = section.footer.paragraphs[0]
    foot.text = "  |  ".join(_contact_bits(b))
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def heading(text: str) -> None:
        doc.add_heading(text, level=1)

    if b.get("summary"):
        heading("Summary")
        doc.add_paragraph(b["summary"])
    for title_text, kind, items in entry_sections(d):
        heading(title_text)
        table = doc.add_table(rows=0, cols=2)
        _columns(table, 5.4, 1.1)
        for item in items:
            main, side = table.add_row().cells
            main.width, side.width = Inches(5.4), Inches(1.1)
            title, org = entry_head(kind, item)
            main.paragraphs[0].add_run(", ".join(x for x in (title, org) if x)).bold = True
            if item.get("location"):
                main.add_paragraph(item["location"])
            for text in item.get("highlights", []):
                main.add_paragraph(text, style="List Bullet")
            side.paragraphs[0].text = _range(item, person.date_style, present="Present", dash="-")
            side.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _extras(doc, d, heading)
    return doc


def style_textbox_sidebar(person: Person) -> Any:
    """A full-height text box on the left of the page (a VML text box anchored to the first
    paragraph, as Word's sidebar resume templates draw it) holding the name, contact, education
    and skills; the body keeps clear of it by a 2.4 in left indent: summary, experience ("Title"
    bold, then "Employer · place · dates"), projects and activities with List Bullet points."""
    d, b = person.data, person.data["basics"]
    doc = Document()
    side = [(b["name"], True), *((bit, False) for bit in _contact_bits(b)), ("", False), ("EDUCATION", True)]
    for edu in d.get("education", []):
        side += [(degree_of(edu), True), (edu["institution"], False), (_range(edu, person.date_style), False)]
    if d.get("skills"):
        side += [("", False), ("SKILLS", True)]
        side += [(", ".join(group.get("keywords", [])), False) for group in d["skills"]]
    paras = "".join(_box_paragraph(text, bold=bold) for text, bold in side)
    box = parse_xml(
        f"<w:r {nsdecls('w')} {_VML_NS}><w:pict>{_TEXTBOX_SHAPETYPE}"
        '<v:shape id="Sidebar" o:spid="_x0000_s1027" type="#_x0000_t202" '
        'style="position:absolute;margin-left:-0.1in;margin-top:0;width:2.1in;height:9.5in;'
        'z-index:251659264;mso-position-horizontal-relative:margin;mso-position-vertical-relative:margin" '
        'fillcolor="#EEF2F5" stroked="f">'
        f"<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    anchor = doc.add_paragraph()
    anchor._p.append(box)

    def body(text: str = "", style: str | None = None) -> Any:
        para = doc.add_paragraph(text, style=style)
        para.paragraph_format.left_indent = Inches(2.4)
        return para

    def heading(text: str) -> None:
        para = body()
        para.paragraph_format.space_before = Pt(10)
        run = para.add_run(text.upper())
        run.bold, run.font.size = True, Pt(12)

    if b.get("summary"):
        heading("Profile")
        body(b["summary"])
    for title_text, kind, items in entry_sections(d):
        if kind == "education":
            continue
        heading(title_text)
        for item in items:
            title, org = entry_head(kind, item)
            body().add_run(title).bold = True
            when = _range(item, person.date_style)
            line = " · ".join(x for x in (org, item.get("location"), when) if x)
            if line:
                body().add_run(line).italic = True
            for text in item.get("highlights", []):
                body(text, style="List Bullet").paragraph_format.left_indent = Inches(2.65)
    return doc


def style_dates_above(person: Person) -> Any:
    """The layout of Word's own built-in resume templates: the name in large capitals over a
    contact line, headings by Heading 1, and for each entry the dates first as a small-capitals
    line (Heading 3), then "Title, Employer" (Heading 2) and List Bullet points under it."""
    d, b = person.data, person.data["basics"]
    doc = Document()
    run = doc.add_paragraph().add_run(b["name"].upper())
    run.bold, run.font.size = True, Pt(24)
    doc.add_paragraph(" · ".join(_contact_bits(b)))
    if b.get("summary"):
        doc.add_heading("Objective", level=1)
        doc.add_paragraph(b["summary"])
    for title_text, kind, items in entry_sections(d, "Activities"):
        doc.add_heading(title_text, level=1)
        for item in items:
            title, org = entry_head(kind, item)
            when = _range(item, person.date_style, present="Present")
            if when:
                doc.add_heading(level=3).add_run(when.upper()).font.small_caps = True
            doc.add_heading(", ".join(x for x in (title, org) if x), level=2)
            for text in item.get("highlights", []):
                doc.add_paragraph(text, style="List Bullet")
    _extras(doc, d, lambda h: doc.add_heading(h, level=1))
    return doc


def style_grid_rows(person: Person) -> Any:
    """Entries as rows of a ruled table (Word's "Table Grid") under a header row "Period |
    Organisation | Role", each entry's points in a row below it that spans the three columns;
    headings as bold underlined capitals; education in the same kind of table."""
    d, b = person.data, person.data["basics"]
    doc = Document()
    top = doc.add_paragraph()
    top.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = top.add_run(b["name"])
    run.bold, run.font.size = True, Pt(18)
    for bit in _contact_bits(b):
        doc.add_paragraph(bit).alignment = WD_ALIGN_PARAGRAPH.CENTER

    def heading(text: str) -> None:
        para = doc.add_paragraph()
        para.paragraph_format.space_before = Pt(12)
        run = para.add_run(text.upper())
        run.bold, run.underline = True, True

    if b.get("summary"):
        heading("Career Objective")
        doc.add_paragraph(b["summary"])
    labels = {"work": "Role", "education": "Qualification", "project": "Project", "volunteer": "Role"}
    for title_text, kind, items in entry_sections(d, "Volunteering"):
        heading(title_text)
        table = doc.add_table(rows=1, cols=3)
        table.style = "Table Grid"
        _columns(table, 1.5, 2.5, 2.5)
        first = "Institution" if kind == "education" else "Organisation"
        for cell, text in zip(table.rows[0].cells, ("Period", first, labels[kind]), strict=True):
            cell.paragraphs[0].add_run(text).bold = True
        for item in items:
            title, org = entry_head(kind, item)
            when, where, what = table.add_row().cells
            when.width, where.width, what.width = Inches(1.5), Inches(2.5), Inches(2.5)
            when.paragraphs[0].text = _range(item, person.date_style, present="Till date")
            where.paragraphs[0].text = ", ".join(x for x in (org, item.get("location")) if x)
            what.paragraphs[0].text = title
            if item.get("highlights"):
                row = table.add_row().cells
                merged = row[0].merge(row[2])
                for number, text in enumerate(item["highlights"]):
                    para = merged.paragraphs[0] if number == 0 else merged.add_paragraph()
                    para.text = f"• {text}"
    _extras(doc, d, heading)
    return doc


def style_side_headings(person: Person) -> Any:
    """One borderless two-column table for the body: each section a row whose narrow left cell
    holds the heading (bold, right-aligned) and whose right cell holds the entries: the title in
    bold with the dates on a right tab, "Employer, place" in italics under it, then "◦" points."""
    d, b = person.data, person.data["basics"]
    doc = Document()
    run = doc.add_paragraph().add_run(b["name"])
    run.bold, run.font.size = True, Pt(20)
    para = doc.add_paragraph(" | ".join(_contact_bits(b)))
    para.paragraph_format.space_after = Pt(12)
    table = doc.add_table(rows=0, cols=2)
    _columns(table, 1.4, 5.3)

    def section(text: str) -> Any:
        side, body = table.add_row().cells
        side.width, body.width = Inches(1.4), Inches(5.3)
        side.paragraphs[0].add_run(text).bold = True
        side.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return body

    if b.get("summary"):
        section("Profile").paragraphs[0].text = b["summary"]
    for title_text, kind, items in entry_sections(d, "Community Involvement"):
        body = section(title_text)
        for number, item in enumerate(items):
            title, org = entry_head(kind, item)
            line = body.paragraphs[0] if number == 0 else body.add_paragraph()
            line.paragraph_format.tab_stops.add_tab_stop(Inches(5.1), WD_TAB_ALIGNMENT.RIGHT)
            line.add_run(title).bold = True
            line.add_run("\t" + _range(item, person.date_style, present="Present"))
            where = ", ".join(x for x in (org, item.get("location")) if x)
            if where:
                body.add_paragraph().add_run(where).italic = True
            for text in item.get("highlights", []):
                _hanging(body.add_paragraph(f"◦\t{text}"), 0.2)
    if d.get("skills"):
        body = section("Skills")
        for number, group in enumerate(d["skills"]):
            line = body.paragraphs[0] if number == 0 else body.add_paragraph()
            line.text = f"{group['name']}: {', '.join(group.get('keywords', []))}"
    return doc


def style_employer_dash_title(person: Person) -> Any:
    """The layout of the resume templates of online word processors: a large name, the label
    under it and the contact details in a line; headings in a colour; each entry one bold line
    "Employer, place — Title" (employer first), the dates in small capitals on the line under
    it, then List Bullet points; education "School, place — Degree"."""
    d, b = person.data, person.data["basics"]
    doc = Document()
    run = doc.add_paragraph().add_run(b["name"])
    run.bold, run.font.size = True, Pt(26)
    if b.get("label"):
        doc.add_paragraph(b["label"])
    doc.add_paragraph("  ◦  ".join(_contact_bits(b)))

    def heading(text: str) -> None:
        para = doc.add_paragraph()
        para.paragraph_format.space_before = Pt(14)
        run = para.add_run(text.upper())
        run.bold, run.font.size = True, Pt(11)
        run.font.color.rgb = RGBColor(0x2B, 0x6C, 0xB0)

    if b.get("summary"):
        heading("About")
        doc.add_paragraph(b["summary"])
    for title_text, kind, items in entry_sections(d):
        heading(title_text)
        for item in items:
            title, org = entry_head(kind, item)
            where = ", ".join(x for x in (org, item.get("location")) if x)
            line = doc.add_paragraph()
            line.paragraph_format.space_before = Pt(8)
            line.add_run(f"{where} — " if where else "").bold = True
            line.add_run(title).bold = not where
            when = _range(item, person.date_style, present="Present", dash="-")
            if when:
                run = doc.add_paragraph().add_run(when.upper())
                run.font.small_caps, run.font.size = True, Pt(9)
            for text in item.get("highlights", []):
                doc.add_paragraph(text, style="List Bullet")
    _extras(doc, d, heading)
    return doc


_VML_NS = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
# Word's own definition of shape type 202 (a text box), which Word writes beside every VML text box
_TEXTBOX_SHAPETYPE = (
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
)


def _box_paragraph(text: str, bold: bool) -> str:
    run_props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return (
        f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r>{run_props}'
        f'<w:t xml:space="preserve">{_xml(text)}</w:t></w:r></w:p>'
    )


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


STYLES: dict[str, Callable[[Person], Any]] = {
    "headings-tabs": style_headings_tabs,
    "bold-typed-bullets": style_bold_typed,
    "table-date-rail": style_table_rail,
    "sidebar-table": style_sidebar_table,
    "textbox-contact": style_textbox_contact,
    "job-board": style_job_board,
    "header-grid": style_header_grid,  # added 2026-12-07, split by the stable hash
    # fourth batch (2026-12-07), split by the stable hash
    "harvard": style_harvard,
    "shaded-rows": style_shaded_rows,
    "dates-first": style_dates_first,
    "footer-contact": style_footer_contact,
    "textbox-sidebar": style_textbox_sidebar,
    "dates-above": style_dates_above,
    "grid-rows": style_grid_rows,
    "side-headings": style_side_headings,
    "employer-dash-title": style_employer_dash_title,
}


def write_docx(style: str, person: Person, out: Path) -> None:
    """Write ``person`` in the Word ``style`` to ``out`` (same bytes on every run)."""
    doc = STYLES[style](person)
    props = doc.core_properties
    props.author = props.last_modified_by = person.data["basics"]["name"]
    props.created = props.modified = _FIXED
    props.revision = 1
    buffer = io.BytesIO()
    doc.save(buffer)
    fixed = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            stamp = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            stamp.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(stamp, src.read(info.filename))
    out.write_bytes(fixed.getvalue())
