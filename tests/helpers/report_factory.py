"""A realistic Report built directly from the models, so renderer tests do not need the pipeline.

The persona is fictional (written for these tests). Numbers are plausible outputs of the matcher.
"""

from __future__ import annotations

from resume_tailor.models import (
    Assessment,
    Bullet,
    BulletAssessment,
    CompanyProfile,
    Component,
    Contact,
    Education,
    Entry,
    Evidence,
    Gap,
    InterviewProcess,
    JobPosting,
    Report,
    Requirement,
    Resume,
    Score,
    Section,
    Skill,
    SourceRef,
    Suggestion,
    Value,
)

BULLETS = [
    "Led migration of the billing service from a monolith to Go microservices, cutting p99 latency by 45%",
    "Responsible for on-call rotation and incident reviews for the payments team",
    "Built a customer-facing status page in React when outages flooded support with tickets",
    "Mentored 4 junior engineers through code reviews and design sessions",
    "Worked on Kafka consumers | producers for order events",
    "Reduced AWS spend by $120k a year by right-sizing EC2 fleets without extra headcount",
    "Learned Rust in two weeks to ship a parser prototype for the data team",
]


def make_resume() -> Resume:
    """A parsed backend-engineer resume with skills already annotated."""
    exp = [
        Entry(
            title="Senior Software Engineer",
            company="Northwind Payments",
            location="Seattle, WA",
            start="2021-03",
            end="present",
            dates_text="Mar 2021 – Present",
            bullets=[Bullet(t, "experience", 0, 1) for t in BULLETS[:4]],
            months=44,
        ),
        Entry(
            title="Software Engineer",
            company="Contoso Retail",
            location="Portland, OR",
            start="2017-06",
            end="2021-02",
            dates_text="Jun 2017 – Feb 2021",
            bullets=[Bullet(t, "experience", 1, 1) for t in BULLETS[4:]],
            months=45,
        ),
    ]
    skills = [
        Skill("Go", "programming_language", listed=True, demonstrated=True, evidence=[BULLETS[0]], years=3.7),
        Skill("Python", "programming_language", listed=True, demonstrated=False, evidence=[]),
        Skill("Kafka", "data_platform", listed=True, demonstrated=True, evidence=[BULLETS[4]], years=3.8),
        Skill("AWS", "cloud", listed=False, demonstrated=True, evidence=[BULLETS[5]], years=3.8),
        Skill("React", "framework", listed=True, demonstrated=True, evidence=[BULLETS[2]], years=3.7),
        Skill("Rust", "programming_language", listed=False, demonstrated=True, evidence=[BULLETS[6]]),
        Skill("Mentoring", "soft", listed=False, demonstrated=True, evidence=[BULLETS[3]], soft=True),
    ]
    text = "\n".join(["Dana Whitfield", "dana@example.com", *BULLETS])
    return Resume(
        contact=Contact(
            name="Dana Whitfield",
            email="dana@example.com",
            phone="+1 206 555 0100",
            location="Seattle, WA",
            links=["https://github.com/dana-example"],
        ),
        sections=[
            Section("experience", "Experience", "\n".join(BULLETS), list(BULLETS), 1),
            Section("skills", "Skills", "Go, Python, Kafka, React", ["Go, Python, Kafka, React"], 1),
        ],
        experience=exp,
        education=[
            Education(
                degree="B.S.",
                field="Computer Science",
                institution="Oregon State University",
                start="2013",
                end="2017",
            )
        ],
        skills=skills,
        text=text,
        source="dana.pdf",
        file_type="pdf",
        pages=1,
        columns=1,
        total_years=7.6,
    )


def make_profile() -> CompanyProfile:
    """A small Amazon-like profile (value names are public facts; summaries written for the test)."""
    src = SourceRef("https://www.amazon.jobs/content/en/our-workplace/leadership-principles", "2026-11-01")
    return CompanyProfile(
        id="amazon",
        name="Amazon",
        values=[
            Value(
                "customer_obsession",
                "Customer Obsession",
                "Start from the customer and work back.",
                questions=["Tell me about a time you went above and beyond for a customer."],
                source=src,
            ),
            Value(
                "ownership",
                "Ownership",
                "Act for the long term; never say 'not my job'.",
                questions=["Tell me about a time you took on something outside your area."],
                source=src,
            ),
            Value(
                "frugality",
                "Frugality",
                "Accomplish more with less.",
                questions=["Describe a time you delivered with fewer resources than planned."],
                source=src,
            ),
            Value(
                "earn_trust",
                "Earn Trust",
                "Listen attentively and speak candidly.",
                questions=["Tell me about a time you had to give difficult feedback."],
                source=src,
            ),
        ],
        interview=InterviewProcess(
            format="Phone screen, then a loop of four or five interviews.",
            rounds=["Recruiter call", "Technical phone screen", "Onsite loop"],
            tips=["Use the STAR format for behavioural answers."],
        ),
        questions_to_ask=["How does the team write and review six-page documents?"],
    )


def make_posting() -> JobPosting:
    """A short posting with one missing must-have (Kubernetes)."""
    return JobPosting(
        title="Software Development Engineer II",
        company="Amazon",
        location="Seattle, WA",
        url="https://www.amazon.jobs/en/jobs/0000000/sde-ii",
        id="0000000",
        responsibilities=["Design and operate services that process payments at scale"],
        requirements=[
            Requirement("3+ years of experience with Go or Java", True, ["Go", "Java"], 3.0),
            Requirement("Experience with Kubernetes", True, ["Kubernetes"]),
            Requirement("Experience with Kafka", False, ["Kafka"]),
        ],
    )


def make_report(*, with_posting: bool = True) -> Report:
    """A full Report: components with reasons and evidence, values, competencies, bullets, gaps, advice."""
    resume = make_resume()
    b = BULLETS
    components = [
        Component(
            "skills",
            "Skills fit",
            62.0,
            0.30,
            ["Go demonstrated for 3.7 years (3 asked)", "Kubernetes is required and missing: total capped"],
            [Evidence(b[0], 1.0, "Go")],
        ),
        Component(
            "values",
            "Values fit",
            55.0,
            0.30,
            ["2 of 4 principles evidenced"],
            [Evidence(b[2], 0.8, "Customer Obsession"), Evidence(b[5], 0.9, "Frugality")],
        ),
        Component(
            "competencies",
            "Interview competencies",
            71.4,
            0.15,
            ["5 of 7 competencies have a story"],
            [Evidence(b[3], 0.9, "leadership")],
        ),
        Component(
            "impact",
            "Impact and clarity",
            57.1,
            0.15,
            ["3 of 7 bullets quantified", "2 weak openers"],
            [Evidence(b[1], 0.2, "weak opener")],
        ),
        Component(
            "ats",
            "ATS readability",
            90.0,
            0.10,
            ["standard headings", "contact found"],
            [Evidence("Experience", 1.0, "standard heading")],
        ),
    ]
    total = sum(c.score * c.weight for c in components)
    values = [
        Assessment("customer_obsession", "Customer Obsession", 80.0, [Evidence(b[2], 0.8, "customer")]),
        Assessment("ownership", "Ownership", 70.0, [Evidence(b[0], 0.7, "led migration")]),
        Assessment("frugality", "Frugality", 90.0, [Evidence(b[5], 0.9, "without extra headcount")]),
        Assessment("earn_trust", "Earn Trust", 0.0, []),
    ]
    competencies = [
        Assessment(
            "impact_outcomes",
            "Impact and outcomes",
            90.0,
            [Evidence(b[0], 0.9, "45%"), Evidence(b[5], 0.9, "$120k")],
        ),
        Assessment("leadership", "Leadership", 80.0, [Evidence(b[3], 0.9, "mentored")]),
        Assessment("cross_functional", "Cross-functional work", 0.0, []),
        Assessment("technical_depth", "Technical depth", 80.0, [Evidence(b[0], 0.8, "microservices")]),
        Assessment("frugal_delivery", "Delivering with minimal resources", 70.0, [Evidence(b[5], 0.7, "")]),
        Assessment("influence", "Influence", 0.0, []),
        Assessment("learning", "Learning new technologies", 80.0, [Evidence(b[6], 0.8, "learned Rust")]),
    ]
    bullets = [
        BulletAssessment(b[0], True, False, ["ownership"], ["impact_outcomes", "technical_depth"]),
        BulletAssessment(b[1], False, True, [], [], ["weak opener"]),
        BulletAssessment(b[2], False, False, ["customer_obsession"], []),
        BulletAssessment(b[3], True, False, [], ["leadership"]),
        BulletAssessment(b[4], False, True, [], [], ["weak opener"]),
        BulletAssessment(b[5], True, False, ["frugality"], ["impact_outcomes", "frugal_delivery"]),
        BulletAssessment(b[6], False, False, [], ["learning"]),
    ]
    gaps = [
        Gap("skill", "Kubernetes", 9.0, "Required by the posting; not found in the resume.", required=True),
        Gap("value", "Earn Trust", 4.5, "No bullet shows candid feedback or trust earned."),
        Gap("competency", "Influence", 2.1, "No story of persuading without authority."),
        Gap("ats", "Two-column risk", 0.5, "Some ATS read columns out of order."),
    ]
    suggestions = [
        Suggestion(
            "verb",
            "Lead with what you did: 'Ran the on-call rotation…' instead of 'Responsible for'.",
            "Weak openers hide the action; Amazon's bar raisers look for ownership.",
            b[1],
            "ownership",
            8.0,
        ),
        Suggestion(
            "metric",
            "Add the result: how many tickets did the status page remove?",
            "Customer Obsession is shown by customer impact, measured.",
            b[2],
            "customer_obsession",
            7.0,
        ),
        Suggestion(
            "verb",
            "Replace 'Worked on' with the action and its scale.",
            "A <strong> verb & a number read as impact.",
            b[4],
            None,
            6.0,
        ),
        Suggestion(
            "keyword_missing",
            "Kubernetes is required — add it only if true.",
            "Must-have skill.",
            None,
            None,
            5.0,
        ),
        Suggestion("summary", "Consider this summary line.", "Built from your own facts.", None, None, 1.0),
    ]
    return Report(
        resume=resume,
        company=make_profile(),
        score=Score(total, "good", components, ["Capped at 70 because a must-have skill is missing."]),
        posting=make_posting() if with_posting else None,
        role_family="software_engineering",
        values=values,
        competencies=competencies,
        bullets=bullets,
        gaps=gaps,
        suggestions=suggestions,
        summary_line="Senior software engineer with 7 years building Go and Kafka services for payments.",
    )
