"""Generate the synthetic resume fixtures of tests/resume/fixtures (fictional people and companies).

Run: .venv/bin/python tests/resume/make_fixtures.py   (needs reportlab and python-docx)

The output is committed; re-running gives the same content. Real PDFs copied from the shared corpus
are listed in fixtures/SOURCES.md and are not made here.
"""

from __future__ import annotations

import copy
import io
import zipfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent / "fixtures"

# ---------------------------------------------------------------------------------------------
# PDFs (reportlab)
# ---------------------------------------------------------------------------------------------

ROLES: list[tuple[str, str, str, str, list[Any]]] = [
    (
        "Senior Software Engineer",
        "Northwind Traders",
        "Seattle, WA",
        "Mar 2021 – Present",
        [
            "Cut checkout latency 38% by moving pricing to a cached gRPC service",
            "Led a team of 5 engineers through the migration to Kubernetes and Terraform",
            ("Raised the order pipeline's through-", "put by 3x while halving the cloud bill"),
        ],
    ),
    (
        "Software Engineer",
        "Contoso Labs",
        "Remote",
        "Jun 2018 – Feb 2021",
        [
            "Built the event pipeline in Python and Kafka handling 2M events a day",
            "Mentored three interns; two joined full time",
        ],
    ),
]


def _canvas(path: Path, **kw: Any) -> Any:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=letter, invariant=1, **kw)
    c.setTitle("Fixture resume")
    return c


def one_column(path: Path) -> None:
    """One column, right-aligned dates, bullet glyphs, a LinkedIn URL hidden behind an icon."""
    c = _canvas(path)
    y = 740
    c.setFont("Helvetica-Bold", 20)
    c.drawString(72, y, "Avery Quinn")
    y -= 20
    c.setFont("Helvetica", 10)
    c.drawString(72, y, "avery.quinn@example.com | (206) 555-0199 | Seattle, WA")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(400, y, "in")
    c.linkURL("https://www.linkedin.com/in/avery-quinn-example", (398, y - 2, 412, y + 10), relative=0)
    y -= 30
    for heading, body in (("SUMMARY", None), ("EXPERIENCE", ROLES)):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(72, y, heading)
        y -= 18
        if body is None:
            c.setFont("Helvetica", 10)
            c.drawString(
                72, y, "Backend engineer who ships reliable distributed systems and measures the out-"
            )
            y -= 13
            c.drawString(72, y, "come of every change with clear metrics and careful experiments.")
            y -= 22
            continue
        for title, company, place, dates, bullets in body:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(72, y, f"{title}, {company}")
            c.setFont("Helvetica", 10)
            c.drawRightString(540, y, dates)
            y -= 13
            c.drawString(72, y, place)
            y -= 14
            for b in bullets:
                c.drawString(80, y, "•")
                for part in b if isinstance(b, tuple) else (b,):  # a tuple is one bullet wrapped
                    c.drawString(90, y, part)
                    y -= 13
            y -= 8
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, y, "EDUCATION")
    y -= 18
    c.setFont("Helvetica", 10)
    c.drawString(72, y, "B.S. in Computer Science, University of Washington")
    c.drawRightString(540, y, "2014 – 2018")
    y -= 13
    c.drawString(72, y, "GPA: 3.8/4.0")
    y -= 24
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, y, "SKILLS")
    y -= 18
    c.setFont("Helvetica", 10)
    c.drawString(72, y, "Python, Go, Kafka, Kubernetes, Terraform, PostgreSQL")
    c.showPage()
    c.save()


SIDEBAR = [
    "CONTACT",
    "morgan.lee@example.com",
    "(415) 555-0123",
    "Oakland, CA",
    "",
    "SKILLS",
    "Python",
    "SQL and dbt",
    "Airflow",
    "Tableau",
    "",
    "EDUCATION",
    "M.S. Statistics",
    "Stanford University",
    "2016 – 2018",
]
MAIN = [
    "EXPERIENCE",
    "Data Scientist, Globex Analytics",
    "Jan 2020 – Present",
    "• Built churn models that saved $1.2M a year",
    "• Ran 40 A/B tests with product teams",
    "",
    "Data Analyst, Initech",
    "Jul 2018 – Dec 2019",
    "• Automated weekly reporting in Airflow",
    "• Cut dashboard load time from 30 s to 4 s",
    "",
    "PROJECTS",
    "Open transit model",
    "• Predicted bus delays from public feeds",
]


def two_column_sidebar(path: Path) -> None:
    """A 170 pt sidebar left, main column right; the content stream interleaves the columns."""
    c = _canvas(path)
    c.setFont("Helvetica-Bold", 22)
    c.drawString(40, 745, "Morgan Lee")
    y = 700
    for i in range(max(len(SIDEBAR), len(MAIN))):
        for x, lines in ((40, SIDEBAR), (230, MAIN)):
            if i < len(lines) and lines[i]:
                text = lines[i]
                heading = text.isupper()
                c.setFont("Helvetica-Bold" if heading else "Helvetica", 11 if heading else 10)
                c.drawString(x, y, text)
        y -= 15
    c.showPage()
    c.save()


def header_two_column(path: Path) -> None:
    """A full-width header and summary above two equal columns."""
    c = _canvas(path)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(50, 740, "Riley Chen")
    c.setFont("Helvetica", 10)
    c.drawString(50, 722, "riley.chen@example.com · +1 312 555 0147 · Chicago, IL · github.com/rileychen")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, 698, "SUMMARY")
    c.setFont("Helvetica", 10)
    c.drawString(
        50, 683, "Product manager with eight years of experience launching payments and lending products"
    )
    c.drawString(
        50, 670, "used by millions of customers, from discovery research to pricing and go-to-market plans."
    )
    left = [
        "EXPERIENCE",
        "Senior Product Manager",
        "Fabrikam Bank",
        "2021 – Present",
        "• Launched instant payouts to 3M users",
        "• Grew activation 12% in two quarters",
        "Product Manager",
        "Fabrikam Bank",
        "2018 – 2021",
        "• Shipped card controls in the app",
    ]
    right = [
        "EDUCATION",
        "MBA",
        "Kellogg School of Management",
        "2016 – 2018",
        "B.A. Economics",
        "Northwestern University",
        "2010 – 2014",
        "CERTIFICATIONS",
        "Certified Scrum Product Owner",
        "Pragmatic Institute PMC",
    ]
    for x, lines in ((50, left), (330, right)):
        y = 640
        for text in lines:
            heading = text.isupper() and len(text) > 4
            c.setFont("Helvetica-Bold" if heading else "Helvetica", 12 if heading else 10)
            c.drawString(x, y, text)
            y -= 16 if heading else 14
    c.showPage()
    c.save()


def right_sidebar(path: Path) -> None:
    """Main column on the left, the name and contact details at the top of a right sidebar."""
    c = _canvas(path)
    y = 740
    for text, font, size, step in (
        ("SUMMARY", "Helvetica-Bold", 12, 20),
        ("Analyst with six years of experience in retail pricing and", "Helvetica", 10, 14),
        ("demand forecasting for national chains and online stores.", "Helvetica", 10, 24),
        ("EXPERIENCE", "Helvetica-Bold", 12, 20),
        ("Pricing Analyst, Contoso Retail", "Helvetica-Bold", 10, 14),
        ("Mar 2019 – Present", "Helvetica", 10, 14),
        ("• Built the markdown model used across 300 stores today", "Helvetica", 10, 14),
        ("• Cut stock-outs by 12% with weekly demand forecasts", "Helvetica", 10, 20),
        ("Analyst, Fabrikam", "Helvetica-Bold", 10, 14),
        ("2016 – 2019", "Helvetica", 10, 14),
        ("• Wrote the first SQL reporting layer for merchandising", "Helvetica", 10, 14),
    ):
        c.setFont(font, size)
        c.drawString(40, y, text)
        y -= step
    y = 740
    for text, font, size in (
        ("Dana Fox", "Helvetica-Bold", 20),
        ("dana.fox@example.com", "Helvetica", 10),
        ("(303) 555-0111", "Helvetica", 10),
        ("Denver, CO", "Helvetica", 10),
        ("", "Helvetica", 10),
        ("SKILLS", "Helvetica-Bold", 12),
        ("SQL", "Helvetica", 10),
        ("Python", "Helvetica", 10),
        ("Forecasting", "Helvetica", 10),
    ):
        c.setFont(font, size)
        c.drawString(400, y, text)
        y -= 22 if size > 12 else 15
    c.showPage()
    c.save()


def fake_bold(path: Path) -> None:
    """Headings drawn twice 0.3 pt apart (a common way to fake bold): extractors see "EEXXPP..."."""
    c = _canvas(path)
    c.setFont("Helvetica", 18)
    for dx in (0, 0.3):
        c.drawString(72 + dx, 740, "Sam Patel")
    c.setFont("Helvetica", 10)
    c.drawString(72, 722, "sam.patel@example.com · (646) 555-0110 · New York, NY")
    y = 690
    for heading, lines in (
        (
            "EXPERIENCE",
            [
                "Backend Engineer, Tailspin Toys",
                "Feb 2019 – Present",
                "• Wrote the order service in Java and Spring",
            ],
        ),
        ("EDUCATION", ["B.Eng. Software Engineering, McGill University", "2014 – 2018"]),
    ):
        c.setFont("Helvetica", 12)
        for dx in (0, 0.3):
            c.drawString(72 + dx, y, heading)
        y -= 18
        c.setFont("Helvetica", 10)
        for text in lines:
            c.drawString(72, y, text)
            y -= 14
        y -= 10
    c.showPage()
    c.save()


def skills_grid(path: Path) -> None:
    """One column with a 3-column skills grid and right-aligned dates and places: not two columns."""
    c = _canvas(path)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(50, 740, "Sam Rivera")
    c.setFont("Helvetica", 10)
    c.drawString(50, 724, "sam.rivera@example.com | 305-555-0145 | Miami, FL")
    y = 690
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, y, "SKILLS")
    y -= 18
    c.setFont("Helvetica", 10)
    skills = [
        "Python",
        "SQL",
        "Tableau",
        "Excel",
        "Power BI",
        "Airflow",
        "dbt",
        "Snowflake",
        "Looker",
        "R",
        "Spark",
        "Git",
    ]
    for i in range(0, 12, 3):
        for k, x in enumerate((50, 230, 410)):
            c.drawString(x, y, skills[i + k])
        y -= 14
    y -= 10
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, y, "EXPERIENCE")
    y -= 18
    for title, company, dates in (
        ("Data Analyst", "Contoso", "Jan 2020 – Present"),
        ("Junior Analyst", "Fabrikam", "Jun 2018 – Dec 2019"),
    ):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, title)
        c.setFont("Helvetica", 10)
        c.drawRightString(560, y, dates)
        y -= 13
        c.drawString(50, y, company)
        c.drawRightString(560, y, "Miami, FL")
        y -= 13
        for b in ("Built dashboards used by 40 managers", "Cut report time in half"):
            c.drawString(60, y, "• " + b)
            y -= 13
        y -= 6
    c.showPage()
    c.save()


def encrypted(path: Path) -> None:
    from reportlab.lib import pdfencrypt

    enc = pdfencrypt.StandardEncryption("secret", ownerPassword="owner", canPrint=1)
    c = _canvas(path, encrypt=enc)
    c.drawString(72, 720, "Locked resume")
    c.showPage()
    c.save()


def image_only(path: Path) -> None:
    """A "scanned" resume: one picture, no text."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    img = Image.new("L", (300, 120), 255)
    ImageDraw.Draw(img).rectangle((20, 20, 280, 100), outline=0)
    c = _canvas(path)
    c.drawImage(ImageReader(img), 72, 500, width=300, height=120)
    c.showPage()
    c.save()


def corrupt(path: Path, source: Path) -> None:
    """The first 40% of a valid PDF followed by junk."""
    data = source.read_bytes()
    path.write_bytes(data[: int(len(data) * 0.4)] + b"\x00garbage" * 10)


def many_pages(path: Path, pages: int = 21) -> None:
    c = _canvas(path)
    for n in range(pages):
        c.drawString(72, 720, f"Page {n + 1} of a very long CV")
        c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# DOCX (python-docx, plus raw XML for what it cannot write: hyperlinks and text boxes)
# ---------------------------------------------------------------------------------------------


def _hyperlink(paragraph: Any, url: str, text: str) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def _text_box(paragraph: Any, lines: list[str]) -> None:
    """Anchor a text box holding ``lines`` in ``paragraph`` (DrawingML choice + VML fallback)."""
    from lxml import etree

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p>' for t in lines)
    xml = (
        f'<w:r xmlns:w="{w}" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" '
        'distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" '
        'layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="1828800" cy="914400"/><wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1828800" cy="914400"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox>"
        "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    paragraph._p.append(etree.fromstring(xml))


def _wrap_in_content_control(paragraph: Any) -> None:
    """Move a paragraph inside a block-level content control (w:sdt / w:sdtContent)."""
    from docx.oxml import OxmlElement

    sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    sdt.append(OxmlElement("w:sdtPr"))
    sdt.append(content)
    paragraph._p.addprevious(sdt)
    content.append(paragraph._p)


def _save_reproducibly(document: Any, path: Path) -> None:
    """Save with fixed timestamps (core properties and zip entries) so re-runs give the same bytes."""
    import datetime

    fixed = datetime.datetime(2024, 1, 1, 0, 0, 0)
    props = document.core_properties
    props.created = props.modified = fixed
    props.last_modified_by = props.author = "resume-tailor tests"
    props.revision = 1
    buf = io.BytesIO()
    document.save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(entry, src.read(info))
    path.write_bytes(out.getvalue())


def docx_styled(path: Path) -> None:
    """Headings by style, List Bullet items, contact in the page header, a footer, a hyperlink."""
    import docx

    d = docx.Document()
    header = d.sections[0].header.paragraphs[0]
    header.text = "jordan.blake@example.com | (503) 555-0142 | Portland, OR | "
    _hyperlink(header, "https://github.com/jordan-blake-example", "GitHub")
    d.sections[0].footer.paragraphs[0].text = "References available on request"
    d.add_paragraph("Jordan Blake", style="Title")
    d.add_heading("Professional Summary", level=1)
    d.add_paragraph("Site reliability engineer focused on calm on-call and measurable uptime.")
    d.add_heading("Work History", level=1)
    d.add_paragraph("Globex Corporation", style="Heading 2")
    d.add_paragraph("Staff SRE · Jan 2022 – Present")
    d.add_paragraph("Cut paging volume 60% by fixing the top ten alert sources", style="List Bullet")
    d.add_paragraph("Ran the incident review program across 14 teams", style="List Bullet")
    d.add_paragraph("Senior SRE · Apr 2019 – Dec 2021")
    d.add_paragraph("Moved 200 services to Kubernetes with zero downtime", style="List Bullet")
    d.add_heading("Education", level=1)
    degree = d.add_paragraph("B.S. Computer Engineering, Oregon State University, 2015 – 2019")
    _wrap_in_content_control(degree)  # Word templates keep whole blocks inside content controls
    d.add_heading("Hackathons", level=1)
    d.add_paragraph("Winner, City Open Data Hackathon 2018")
    _save_reproducibly(d, path)


def docx_bold_table(path: Path) -> None:
    """Headings as bold capitals in Normal style, roles in a table, skills in a text box."""
    import docx
    from docx.shared import Pt

    d = docx.Document()
    p = d.add_paragraph()
    r = p.add_run("Taylor Brooks")
    r.bold = True
    r.font.size = Pt(18)
    d.add_paragraph("taylor.brooks@example.com · 617-555-0175 · Boston, MA")

    def heading(text: str) -> None:
        para = d.add_paragraph()
        run = para.add_run(text)
        run.bold = True
        run.font.size = Pt(13)

    heading("EXPERIENCE")
    table = d.add_table(rows=0, cols=2)
    for left, right in (
        ("Marketing Manager, Fabrikam Coffee", "May 2020 – Present"),
        ("• Grew email revenue 25% with lifecycle campaigns", ""),
        ("Marketing Associate, Contoso Retail", "Aug 2017 – Apr 2020"),
        ("• Managed a $400K paid search budget", ""),
    ):
        cells = table.add_row().cells
        cells[0].text = left
        cells[1].text = right
    merged = table.add_row().cells
    merged[0].merge(merged[1]).text = "Volunteer mentor at a local business school (merged cell)"
    heading("EDUCATION")
    d.add_paragraph("BBA in Marketing, Boston University (GPA 3.6)")
    d.add_paragraph("Graduated May 2017")
    heading("SKILLS")
    anchor = d.add_paragraph()
    _text_box(anchor, ["SEO and SEM", "HubSpot, Google Analytics"])
    _save_reproducibly(d, path)


def docx_bomb(size: int = 60 << 20) -> bytes:
    """A small DOCX whose document.xml inflates to ``size`` bytes (for the zip-bomb guard)."""
    base = io.BytesIO()
    import docx

    docx.Document().save(base)
    out = io.BytesIO()
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + b" " * size, 1)
            dst.writestr(copy.copy(info), data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# Text and Markdown
# ---------------------------------------------------------------------------------------------

MARKDOWN = """# Casey Morgan

casey.morgan@example.com · +44 20 7946 0958 · London, UK · [LinkedIn](https://www.linkedin.com/in/casey-morgan-example)

## Experience

**Lead Data Engineer**, Tailspin Analytics — London, UK
*Sep 2020 – Present*

- Designed a lakehouse on Spark and Delta serving 300 analysts
- Reduced nightly batch cost by 45% through partition pruning

**Data Engineer**, Wide World Importers
*2017 – 2020*

- Built CDC ingestion from Postgres with Debezium and Kafka

## Education

MSc Computer Science, University College London, 2016 – 2017

## Certifications

- AWS Certified Data Analytics – Specialty (2022)
- Databricks Certified Data Engineer Professional
"""

PLAIN = """JAMIE ORTIZ
jamie.ortiz@example.com | (312) 555-0161 | Chicago, IL

PROFILE
-------
Registered nurse moving into health informatics, with ten years of
clinical experience and a certificate in data analysis.

Experience
==========
Charge Nurse - Lakeshore Hospital
Summer 2019 - Present
- Coordinated a 12-bed unit and trained 9 new graduate nurses
- Led the move to barcode medication scanning, cutting errors by a
  third

Staff Nurse - Lakeshore Hospital
'14 - '19
- Rotated across ICU and step-down units

EDUCATION
BSN, Nursing, Loyola University Chicago, 2010 - 2014

VOLUNTEERING
Free clinic volunteer, Pilsen Community Health
"""


def main() -> None:
    HERE.mkdir(parents=True, exist_ok=True)
    one_column(HERE / "one_column.pdf")
    two_column_sidebar(HERE / "two_column_sidebar.pdf")
    header_two_column(HERE / "header_two_column.pdf")
    fake_bold(HERE / "fake_bold.pdf")
    skills_grid(HERE / "skills_grid.pdf")
    right_sidebar(HERE / "right_sidebar.pdf")
    encrypted(HERE / "encrypted.pdf")
    image_only(HERE / "image_only.pdf")
    corrupt(HERE / "corrupt.pdf", HERE / "one_column.pdf")
    many_pages(HERE / "twenty_one_pages.pdf")
    docx_styled(HERE / "styled.docx")
    docx_bold_table(HERE / "bold_table_textbox.docx")
    (HERE / "resume.md").write_text(MARKDOWN, encoding="utf-8")
    (HERE / "resume.txt").write_text(PLAIN, encoding="utf-8")
    print(f"fixtures written to {HERE}")


if __name__ == "__main__":
    main()
