"""Word documents in the styles people build by hand, written with python-docx.

Each style is one way resumes are laid out in Word: headings by paragraph style or by bold text,
dates on a right tab stop or in a table column, bullets from the list style or typed as "•",
contact details in the page header, a sidebar table, a text box. The DOCX files are made
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
from docx.shared import Inches, Pt

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
