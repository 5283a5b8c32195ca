"""Write the bundled example resumes (fictional people) into examples/.

    python scripts/make_examples.py [--reports]

Produces a one-column PDF (backend engineer), a two-column PDF with a sidebar (data scientist), a DOCX
(product manager) and a plain-text resume, plus a sample job posting. All content is invented for this
project. Requires reportlab (test extra) and python-docx. Output is deterministic (fixed PDF metadata).
"""

from __future__ import annotations

import datetime
import sys
from dataclasses import dataclass, field
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@dataclass
class Role:
    title: str
    company: str
    location: str
    dates: str
    bullets: list[str]


@dataclass
class Person:
    name: str
    headline: str
    email: str
    phone: str
    location: str
    links: list[str]
    summary: str
    roles: list[Role]
    education: list[tuple[str, str, str]]  # degree, institution, dates
    skills: list[tuple[str, str]]  # group, comma list
    projects: list[Role] = field(default_factory=list)
    certifications: list[str] = field(default_factory=list)


BACKEND = Person(
    name="Priya Raman",
    headline="Senior Backend Engineer",
    email="priya.raman@example.com",
    phone="+1 (206) 555-0147",
    location="Seattle, WA",
    links=["linkedin.com/in/priya-raman-example", "github.com/priyaraman-example"],
    summary="Backend engineer with 7 years building payment and order services in Go, Java and Python "
    "on AWS.",
    roles=[
        Role("Senior Software Engineer", "Northwind Commerce", "Seattle, WA", "Mar 2021 – Present", [
            "Led the migration of the checkout service from a Java monolith to Go microservices on "
            "Kubernetes, cutting p99 latency from 850 ms to 210 ms for 3 million daily orders.",
            "Designed an idempotent payment retry queue on Amazon SQS and DynamoDB that reduced duplicate "
            "charges by 92% and customer support tickets by 1,400 per month.",
            "Mentored 4 junior engineers through design reviews and on-call shadowing; two were promoted "
            "within a year.",
            "Partnered with product, finance and legal to ship EU VAT invoicing ahead of a regulatory "
            "deadline, trading scope for a phased rollout.",
            "Responsible for the on-call rotation of the orders team.",
        ]),
        Role("Software Engineer", "Bluefin Logistics", "Portland, OR", "Jun 2018 – Feb 2021", [
            "Built a shipment tracking API in Python and PostgreSQL serving 40 partner carriers.",
            "Worked on the CI/CD pipeline using Jenkins and Terraform.",
            "Reduced monthly AWS spend by $18K by right-sizing EC2 instances and adding S3 lifecycle "
            "rules, with no new tooling budget.",
            "Helped with the rollout of a new logging stack.",
        ]),
        Role("Software Engineering Intern", "Cascade Analytics", "Remote", "Summer 2017", [
            "Wrote a Redis-backed rate limiter in Java used by the public API.",
        ]),
    ],
    education=[("B.S. Computer Science", "University of Washington", "2014 – 2018")],
    skills=[
        ("Languages", "Go, Java, Python, SQL, Bash"),
        ("Cloud & Infra", "AWS (EC2, S3, SQS, DynamoDB, Lambda), Kubernetes, Docker, Terraform"),
        ("Data", "PostgreSQL, Redis, Kafka"),
        ("Practices", "Microservices, REST APIs, CI/CD, Agile"),
    ],
    certifications=["AWS Certified Solutions Architect – Associate (2022)"],
)

DATA_SCIENTIST = Person(
    name="Marcus Oyelaran",
    headline="Data Scientist",
    email="marcus.oyelaran@example.org",
    phone="(415) 555-0199",
    location="San Francisco, CA",
    links=["linkedin.com/in/moyelaran", "github.com/moyelaran"],
    summary="Data scientist who turns experiments and models into product decisions for consumer apps.",
    roles=[
        Role("Senior Data Scientist", "Streamly", "San Francisco, CA", "Jan 2022 – Present", [
            "Built a gradient-boosted churn model in Python (XGBoost, scikit-learn) that targeted retention "
            "offers and lifted 90-day retention by 3.1 points for 2M subscribers.",
            "Designed the company's A/B testing guidelines and a sequential testing library adopted by "
            "12 product teams.",
            "Influenced the roadmap by presenting pricing experiment results to the VP of Product, leading "
            "to a new annual plan that grew revenue 8%.",
            "Dove deep into a 6% drop in recommendation clicks, traced it to a logging bug in the Android "
            "client and worked with mobile engineers to fix it within a week.",
        ]),
        Role("Data Scientist", "Harbor Health", "Oakland, CA", "Jul 2019 – Dec 2021", [
            "Developed NLP models with PyTorch to route 30,000 patient messages a month to the right care "
            "team, cutting response time by 35%.",
            "Automated weekly reporting with Airflow and SQL, saving analysts 10 hours per week.",
            "Taught myself Spark to migrate feature pipelines off a single server when data grew 20x.",
            "Was involved in dashboard maintenance in Tableau.",
        ]),
    ],
    education=[
        ("M.S. Statistics", "University of California, Berkeley", "2017 – 2019"),
        ("B.A. Economics", "University of Michigan", "2013 – 2017"),
    ],
    skills=[
        ("Languages", "Python, SQL, R"),
        ("ML", "scikit-learn, XGBoost, PyTorch, NLP, A/B testing, causal inference"),
        ("Data", "Spark, Airflow, BigQuery, Snowflake, Tableau"),
    ],
    projects=[
        Role("Open-source: seqtest", "", "", "2023", [
            "Maintain a small Python package for sequential A/B tests with 300 GitHub stars.",
        ]),
    ],
)

PRODUCT_MANAGER = Person(
    name="Elena Vasquez",
    headline="Product Manager",
    email="elena.vasquez@example.net",
    phone="+1 512 555 0110",
    location="Austin, TX",
    links=["linkedin.com/in/elena-vasquez-example"],
    summary="Product manager for B2B collaboration tools, from discovery to launch.",
    roles=[
        Role("Senior Product Manager", "Tandem Docs", "Austin, TX", "Apr 2020 – Present", [
            "Owned the roadmap for real-time co-editing; launched to 25,000 business customers and grew "
            "weekly active teams 40% in two quarters.",
            "Ran 60 customer interviews and usability studies that reshaped onboarding and cut time to "
            "first shared document from 3 days to 6 hours.",
            "Aligned engineering, design, sales and support on a single launch plan across 4 time zones.",
            "Said no to a large customer's custom feature request and instead shipped a general API that "
            "served them and 300 other accounts.",
            "Responsible for writing product requirement documents.",
        ]),
        Role("Product Manager", "Brightlane", "Denver, CO", "Aug 2017 – Mar 2020", [
            "Launched a self-serve billing portal with a team of 3 engineers and no designer, reducing "
            "billing support calls by 30%.",
            "Defined success metrics and SQL dashboards for the growth team.",
            "Helped with competitive analysis.",
        ]),
    ],
    education=[("MBA", "The University of Texas at Austin", "2015 – 2017"),
               ("B.S. Industrial Engineering", "Georgia Institute of Technology", "2009 – 2013")],
    skills=[
        ("Product", "Roadmapping, user research, A/B testing, pricing, PRDs, Agile, Scrum"),
        ("Tools", "SQL, Jira, Figma, Amplitude, Looker"),
    ],
    certifications=["Certified Scrum Product Owner (CSPO)"],
)


def _pdf_styles():  # type: ignore[no-untyped-def]
    from reportlab.lib.styles import ParagraphStyle

    return {
        "name": ParagraphStyle("name", fontName="Helvetica-Bold", fontSize=20, leading=24),
        "headline": ParagraphStyle("headline", fontName="Helvetica", fontSize=11, leading=14),
        "heading": ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=11.5, leading=15,
                                  spaceBefore=8, spaceAfter=3),
        "role": ParagraphStyle("role", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=4),
        "meta": ParagraphStyle("meta", fontName="Helvetica-Oblique", fontSize=9, leading=12),
        "body": ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12.5),
        "bullet": ParagraphStyle("bullet", fontName="Helvetica", fontSize=9.5, leading=12.5, leftIndent=12,
                                 bulletIndent=2),
    }


def _role_flowables(role: Role, styles: dict) -> list:  # type: ignore[type-arg]
    from reportlab.platypus import Paragraph

    head = f"{role.title}, {role.company}" if role.company else role.title
    meta = " | ".join(part for part in (role.location, role.dates) if part)
    items = [Paragraph(head, styles["role"]), Paragraph(meta, styles["meta"])]
    items += [Paragraph(b, styles["bullet"], bulletText="•") for b in role.bullets]
    return items


def write_one_column_pdf(person: Person, path: Path) -> None:
    """A classic single-column resume."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = _pdf_styles()
    story = [
        Paragraph(person.name, styles["name"]),
        Paragraph(person.headline, styles["headline"]),
        Paragraph(" | ".join([person.email, person.phone, person.location, *person.links]), styles["body"]),
        Paragraph("SUMMARY", styles["heading"]),
        Paragraph(person.summary, styles["body"]),
        Paragraph("EXPERIENCE", styles["heading"]),
    ]
    for role in person.roles:
        story += _role_flowables(role, styles)
    story.append(Paragraph("EDUCATION", styles["heading"]))
    for degree, school, dates in person.education:
        story.append(Paragraph(f"{degree}, {school} | {dates}", styles["body"]))
    story.append(Paragraph("SKILLS", styles["heading"]))
    for group, items in person.skills:
        story.append(Paragraph(f"<b>{group}:</b> {items}", styles["body"]))
    if person.certifications:
        story.append(Paragraph("CERTIFICATIONS", styles["heading"]))
        story += [Paragraph(c, styles["body"]) for c in person.certifications]
    doc = SimpleDocTemplate(str(path), pagesize=LETTER, leftMargin=50, rightMargin=50, topMargin=40,
                            bottomMargin=40, title=f"{person.name} resume", author=person.name,
                            creator="resume-tailor examples", invariant=1)
    doc.build(story)


def write_two_column_pdf(person: Person, path: Path) -> None:
    """A full-width header above a narrow left sidebar (contact, skills, education) and a main column."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph

    styles = _pdf_styles()
    width, height = LETTER
    margin, header_h, sidebar_w, gutter = 40, 70, 170, 24
    header = Frame(margin, height - margin - header_h, width - 2 * margin, header_h, id="header")
    body_h = height - 2 * margin - header_h
    sidebar = Frame(margin, margin, sidebar_w, body_h, id="sidebar")
    main = Frame(margin + sidebar_w + gutter, margin, width - 2 * margin - sidebar_w - gutter, body_h,
                 id="main")
    doc = BaseDocTemplate(str(path), pagesize=LETTER, title=f"{person.name} resume", author=person.name,
                          creator="resume-tailor examples", invariant=1)
    doc.addPageTemplates([PageTemplate(id="two", frames=[header, sidebar, main])])
    story = [Paragraph(person.name, styles["name"]), Paragraph(person.headline, styles["headline"]),
             FrameBreak()]
    story += [Paragraph("CONTACT", styles["heading"])]
    story += [Paragraph(x, styles["body"]) for x in (person.email, person.phone, person.location,
                                                     *person.links)]
    story.append(Paragraph("SKILLS", styles["heading"]))
    for group, items in person.skills:
        story.append(Paragraph(f"<b>{group}:</b> {items}", styles["body"]))
    story.append(Paragraph("EDUCATION", styles["heading"]))
    for degree, school, dates in person.education:
        story += [Paragraph(degree, styles["role"]), Paragraph(school, styles["body"]),
                  Paragraph(dates, styles["meta"])]
    story.append(FrameBreak())
    story += [Paragraph("SUMMARY", styles["heading"]), Paragraph(person.summary, styles["body"]),
              Paragraph("EXPERIENCE", styles["heading"])]
    for role in person.roles:
        story += _role_flowables(role, styles)
    if person.projects:
        story.append(Paragraph("PROJECTS", styles["heading"]))
        for project in person.projects:
            story += _role_flowables(project, styles)
    doc.build(story)


def write_docx(person: Person, path: Path) -> None:
    """A Word resume: contact in the header, headings by style, bullets as list paragraphs."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.core_properties.author = person.name
    header = document.sections[0].header.paragraphs[0]
    header.text = " | ".join([person.email, person.phone, person.location, *person.links])
    document.add_paragraph(person.name, style="Title")
    document.add_paragraph(person.headline)
    document.add_heading("Summary", level=1)
    document.add_paragraph(person.summary)
    document.add_heading("Professional Experience", level=1)
    for role in person.roles:
        line = document.add_paragraph()
        run = line.add_run(f"{role.title} — {role.company}")
        run.bold = True
        run.font.size = Pt(11)
        document.add_paragraph(f"{role.location} | {role.dates}")
        for bullet in role.bullets:
            document.add_paragraph(bullet, style="List Bullet")
    document.add_heading("Education", level=1)
    for degree, school, dates in person.education:
        document.add_paragraph(f"{degree}, {school} | {dates}")
    document.add_heading("Skills", level=1)
    table = document.add_table(rows=0, cols=2)
    for group, items in person.skills:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = group, items
    if person.certifications:
        document.add_heading("Certifications", level=1)
        for cert in person.certifications:
            document.add_paragraph(cert, style="List Bullet")
    fixed = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    document.core_properties.created = document.core_properties.modified = fixed
    document.save(str(path))
    _fix_zip_timestamps(path)


def _fix_zip_timestamps(path: Path) -> None:
    """Give every member of a zip the same date, so the DOCX is byte-for-byte reproducible."""
    import zipfile

    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in members:
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, data)


def write_text(person: Person, path: Path) -> None:
    """A Markdown resume."""
    lines = [f"# {person.name}", person.headline,
             " | ".join([person.email, person.phone, person.location, *person.links]), "",
             "## Summary", person.summary, "", "## Experience"]
    for role in person.roles:
        lines += ["", f"### {role.title}, {role.company}", f"{role.location} | {role.dates}"]
        lines += [f"- {b}" for b in role.bullets]
    lines += ["", "## Education"] + [f"- {d}, {s} | {t}" for d, s, t in person.education]
    lines += ["", "## Skills"] + [f"- {g}: {items}" for g, items in person.skills]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


POSTING = """Senior Software Engineer, Payments Platform
Northwind-style fictional posting written for resume-tailor's examples.
Location: Seattle, WA

Responsibilities
- Design and operate highly available payment services on AWS.
- Own services end to end, including on-call and operational excellence.
- Mentor engineers and raise the bar on design reviews.

Basic Qualifications
- 5+ years of professional software development experience
- Experience programming with at least one of Java, Go or Python
- 3+ years of experience designing distributed systems
- Bachelor's degree in computer science or equivalent experience

Preferred Qualifications
- Experience with Kubernetes, DynamoDB and Kafka
- Experience with payments or financial systems
- Master's degree in computer science

We are an equal opportunity employer.
"""


REPORTS = [  # (resume, company, job posting or None) -> examples/reports/<resume>--<company>.md
    ("backend-engineer.pdf", "amazon", None),
    ("backend-engineer.pdf", "amazon", "posting-payments-engineer.txt"),
    ("data-scientist-two-column.pdf", "google", None),
    ("data-scientist-two-column.pdf", "netflix", None),
    ("product-manager.docx", "meta", None),
]


def write_reports() -> None:
    """Run tailor on the examples and keep the Markdown reports (and one interview prep) beside them."""
    import resume_tailor as rt
    from resume_tailor.prep import render_prep

    out = EXAMPLES / "reports"
    out.mkdir(exist_ok=True)
    for resume, company, job in REPORTS:
        report = rt.tailor(EXAMPLES / resume, company=company, job=EXAMPLES / job if job else None)
        suffix = "--posting" if job else ""
        name = f"{Path(resume).stem}--{company}{suffix}.md"
        (out / name).write_text(rt.render(report, "md"), encoding="utf-8")
    report = rt.tailor(EXAMPLES / "backend-engineer.pdf", company="amazon")
    prep = rt.prepare_interview(report)
    prep_path = out / "backend-engineer--amazon--interview-prep.md"
    prep_path.write_text(render_prep(prep, "md"), encoding="utf-8")
    print(f"wrote reports to {out}")


def main() -> None:
    """Write every example file (``--reports`` also regenerates the sample reports)."""
    EXAMPLES.mkdir(exist_ok=True)
    write_one_column_pdf(BACKEND, EXAMPLES / "backend-engineer.pdf")
    write_two_column_pdf(DATA_SCIENTIST, EXAMPLES / "data-scientist-two-column.pdf")
    write_docx(PRODUCT_MANAGER, EXAMPLES / "product-manager.docx")
    write_text(BACKEND, EXAMPLES / "backend-engineer.md")
    (EXAMPLES / "posting-payments-engineer.txt").write_text(POSTING, encoding="utf-8")
    print(f"wrote examples to {EXAMPLES}")
    if "--reports" in sys.argv:
        write_reports()


if __name__ == "__main__":
    main()
