"""Advice a coach would sign: one ranked list, templates only where missing, true gaps, a kept summary."""

from __future__ import annotations

from collections import Counter

import pytest
from personas import PERSONAS, example_resumes, make_resume

from resume_tailor import load_profile, match
from resume_tailor.companies.roles import refine_family, specialty
from resume_tailor.matching.angles import company_angles, is_upkeep
from resume_tailor.matching.summary import MissingFacts, is_title, latest_title, summary_line, tailored_own
from resume_tailor.models import Bullet, JobPosting, Requirement, RoleFamily, Section, Skill, SkillDemand
from resume_tailor.postings.requirements import requirement_groups

COMPANIES = ("amazon", "google", "meta", "netflix")


def _rewrites(bullets: list[str], company: str) -> dict[str, str]:
    resume = make_resume("Senior Software Engineer", bullets, "Python, Go")
    report = match(resume, load_profile(company))
    return {s.line: s.advice for s in report.suggestions if s.line in bullets}


@pytest.mark.parametrize("company", COMPANIES)
def test_reports_lead_with_at_most_ten_changes_one_per_line(company: str) -> None:
    for resume in (*PERSONAS.values(), *example_resumes()):
        report = match(resume, load_profile(company))
        flags = [s.top for s in report.suggestions]
        assert sum(flags) <= 10 and flags == sorted(flags, reverse=True)  # top ones first
        lines = [s.line for s in report.suggestions if s.line]
        assert len(lines) == len(set(lines)), "at most one entry per resume line"
        per_text = Counter(s.advice for s in report.suggestions)
        assert max(per_text.values(), default=0) == 1, "the same advice twice is one item listing its lines"
        top = [s for s in report.suggestions if s.top]
        companies = [s.company_specific for s in top]
        assert companies == sorted(companies, reverse=True), "company-specific before general polish"


def test_many_bullets_with_the_same_problem_become_one_item() -> None:
    names = ("billing", "search", "ledger", "audit", "export")
    bullets = [f"Maintained the {name} service." for name in names]
    report = match(make_resume("Software Engineer", bullets, "Python"), load_profile("google"))
    grouped = [s for s in report.suggestions if len(s.lines) > 1]
    assert grouped and set(grouped[0].lines) == set(bullets)
    assert sum(1 for s in report.suggestions if s.line in bullets) == 1


def test_two_bullets_with_the_same_problem_become_one_item() -> None:
    bullets = ["Maintained the billing service.", "Maintained the search service."]
    report = match(make_resume("Software Engineer", bullets, "Python"), load_profile("meta"))
    grouped = [s for s in report.suggestions if s.lines]
    assert len(grouped) == 1 and set(grouped[0].lines) == set(bullets)
    assert grouped[0].advice.startswith("Rewrite each of these lines:")


def test_a_named_customer_gets_no_customer_template() -> None:
    advice = _rewrites(
        ["Worked on checkout for 3 million daily orders.", "Worked on the checkout service."], "amazon"
    )
    assert "name who benefited" not in advice["Worked on checkout for 3 million daily orders."]
    assert "name who benefited" in advice["Worked on the checkout service."]


def test_a_measured_outcome_gets_no_outcome_template_at_google() -> None:
    measured = "Reduced build time from 40 to 12 minutes by caching dependencies."
    plain = "Maintained the build system for the payments team."
    advice = _rewrites([measured, plain], "google")
    assert measured not in advice or "as measured by" not in advice[measured]
    assert "as measured by" in advice[plain]


def test_a_named_tradeoff_gets_no_judgement_template_at_netflix() -> None:
    traded = "Partnered with legal to ship invoicing, trading scope for a phased rollout."
    advice = _rewrites([traded, "Helped with the invoicing service."], "netflix")
    assert "judgement call" not in advice.get(traded, "")
    assert "judgement call" in advice["Helped with the invoicing service."]


def test_an_upkeep_line_is_not_asked_for_a_judgement_call_at_netflix() -> None:
    upkeep = "Was involved in dashboard maintenance in Tableau."
    advice = _rewrites([upkeep, "Helped with the invoicing service."], "netflix")
    assert "judgement call" not in advice[upkeep]  # there were no options to weigh
    assert upkeep in advice  # it still gets advice: the result, who it served
    assert "judgement call" in advice["Helped with the invoicing service."]


@pytest.mark.parametrize(
    ("line", "upkeep"),
    [
        ("Monitored nightly ETL jobs and answered on-call pages.", True),
        ("Responsible for updating the onboarding wiki.", True),
        ("Maintained the build system for 40 engineers.", True),
        ("Designed and maintained the public API.", False),  # it made something first
        ("Led the move of billing to Kafka, keeping 2M users online.", False),
    ],
)
def test_upkeep_is_told_by_the_lines_first_words(line: str, upkeep: bool) -> None:
    assert is_upkeep(line) is upkeep


def test_a_result_number_is_never_asked_for_again() -> None:
    for company in COMPANIES:
        advice = _rewrites(["Cut p99 latency by 40% for the search API."], company)
        assert all("add the result" not in a for a in advice.values())


def test_each_company_angle_differs_in_substance() -> None:
    first = {c: company_angles(load_profile(c))[0] for c in COMPANIES}
    assert len({a.id for a in first.values()}) == 4
    assert len({a.kind.ask for a in first.values()}) == 4


def test_a_product_manager_is_asked_for_a_product_outcome_not_an_engineers() -> None:
    line = "Responsible for writing product requirement documents."
    pm = make_resume("Senior Product Manager", [line], "Jira, SQL")
    engineer = make_resume("Senior Software Engineer", [line], "Python, Go")
    pm_advice = {s.line: s.advice for s in match(pm, load_profile("amazon")).suggestions}[line]
    engineer_advice = {s.line: s.advice for s in match(engineer, load_profile("amazon")).suggestions}[line]
    assert "latency" not in pm_advice and "adoption" in pm_advice
    assert "latency" in engineer_advice
    # nor is the reason quoted with the company's engineering examples
    pm_why = {s.line: s.why for s in match(pm, load_profile("amazon")).suggestions}[line]
    assert "latency" not in pm_why and "Customer Obsession" in pm_why


def test_mentoring_is_not_asked_for_a_customer_nor_made_active() -> None:
    line = "Mentored 4 junior engineers through design reviews; two were promoted within a year."
    for company in COMPANIES:
        advice = _rewrites([line], company).get(line, "")
        assert "name who benefited" not in advice and "make it active" not in advice


def test_certifications_are_never_pointed_to_a_bullet() -> None:
    for resume in example_resumes():
        for company in COMPANIES:
            for s in match(resume, load_profile(company)).suggestions:
                if s.kind == "keyword_elsewhere":
                    assert "certif" not in (s.line or "").casefold(), s


# --- true skill gaps -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "skills", "groups"),
    [
        (
            "Experience with one of C++, Java, JavaScript or Python",
            ["C++", "Java", "JavaScript", "Python"],
            [("C++", "Java", "JavaScript", "Python")],
        ),
        (
            "Frameworks such as Django, Rails or Spring",
            ["Django", "Ruby on Rails", "Spring"],
            [("Django", "Ruby on Rails", "Spring")],
        ),
        (
            "A relational database, e.g. MySQL or PostgreSQL",
            ["Relational databases", "MySQL", "PostgreSQL"],
            [("Relational databases", "MySQL", "PostgreSQL")],
        ),
        (
            "3+ years with Python and Go, and with Kubernetes",
            ["Python", "Go", "Kubernetes"],
            [("Python",), ("Go",), ("Kubernetes",)],
        ),
        ("Knowledge of Java/Kotlin and React", ["Java", "Kotlin", "React"], [("Java", "Kotlin"), ("React",)]),
    ],
)
def test_alternatives_are_one_requirement(
    text: str, skills: list[str], groups: list[tuple[str, ...]]
) -> None:
    assert requirement_groups(text, skills) == groups


def test_a_posting_alternative_is_met_by_any_of_them() -> None:
    posting = JobPosting(
        title="Backend Engineer",
        requirements=[
            Requirement(
                text="Experience with one of C++, Java, Go or Python",
                skills=["C++", "Java", "Go", "Python"],
            )
        ],
    )
    report = match(PERSONAS["backend"], load_profile("meta"), posting)
    assert not [s for s in report.suggestions if s.kind == "keyword_missing"]
    assert "capped" not in " ".join(report.score.reasons)


def test_generic_software_titles_get_the_specialty_their_skills_show() -> None:
    assert specialty(["React", "CSS", "TypeScript"]) == "front_end"
    assert specialty(["Swift", "Kotlin"]) == "mobile"
    assert specialty(["Go", "PostgreSQL", "Redis"]) == "back_end"
    generic = RoleFamily("software_engineering", "Software engineering")
    back = RoleFamily("back_end", "Back-end engineering", skills=[SkillDemand("Go", 0.5)])
    assert refine_family(generic, ["Go", "PostgreSQL"], [generic, back]) is back
    assert refine_family(generic, ["React", "CSS"], [generic, back]) is generic  # no front-end demand


def test_a_broad_ask_is_met_through_a_narrower_skill_of_the_taxonomy() -> None:
    line = "Built the storefront state layer in Redux for 2M users."
    resume = make_resume("Software Engineer", [line], "")
    resume.skills = [Skill("Redux", "framework", demonstrated=True, evidence=[line], years=5.0)]
    react = Requirement(text="Experience with React", skills=["React"])
    asks = JobPosting(title="Engineer", requirements=[react])
    report = match(resume, load_profile("google"), asks)
    assert report.score.components[0].score == 100  # Redux sits under React in the taxonomy
    assert not [s for s in report.suggestions if s.kind == "keyword_missing"]


# --- summary -------------------------------------------------------------------------------------


def test_a_summary_the_person_wrote_is_kept() -> None:
    own = "Backend engineer building payment services in Go for 7 years."
    bullets = ["Built a ledger in Go for 40 banks."]
    resume = make_resume("Senior Software Engineer", bullets, "Go", summary=own)
    report = match(resume, load_profile("amazon"))
    # the person's words stay whole; only the title the summary lacks is put in front
    assert report.summary_line == "Senior Software Engineer — b" + own[1:]
    advice = [s for s in report.suggestions if s.kind == "summary"]
    assert all(s.advice.startswith("Keep your own summary") and s.line == own for s in advice)


@pytest.mark.parametrize(
    ("own", "missing", "tailored"),
    [
        # an opening naming the same role in fewer words becomes the title, with the years
        (
            "Data scientist who turns experiments into product decisions.",
            MissingFacts("Senior Data Scientist", 7, ("Python", "SQL")),
            "Senior Data Scientist with 7+ years of experience who turns experiments into product "
            "decisions. Hands-on with Python and SQL.",
        ),
        # "with" after the opening joins the years with "and"
        (
            "A product manager with a bias for shipping.",
            MissingFacts("Product Manager", 9),
            "Product Manager with 9+ years of experience and a bias for shipping.",
        ),
        # a complement after the role ("for B2B tools"): the years would seem to qualify it, so they close
        (
            "Product manager for B2B collaboration tools.",
            MissingFacts("Senior Product Manager", 9, ("SQL",)),
            "Senior Product Manager for B2B collaboration tools. 9+ years of experience, hands-on with SQL.",
        ),
        # the summary already names the title: the years go right after it
        (
            "Senior Data Scientist who turns experiments into decisions.",
            MissingFacts(years=7, known_title="Senior Data Scientist"),
            "Senior Data Scientist with 7+ years of experience who turns experiments into decisions.",
        ),
        # an opening with words of its own ("Backend") is kept; the title leads as a headline
        (
            "Backend engineer building payment services.",
            MissingFacts("Senior Software Engineer", 6),
            "Senior Software Engineer with 6+ years of experience — backend engineer building payment "
            "services.",
        ),
        # nothing missing: the summary as written
        (
            "Backend engineer building payment services.",
            MissingFacts(),
            "Backend engineer building payment services.",
        ),
    ],
)
def test_the_tailored_summary_adds_what_the_own_summary_lacks(
    own: str, missing: MissingFacts, tailored: str
) -> None:
    assert tailored_own(own, missing) == tailored


def test_a_summary_wrapped_over_printed_lines_is_quoted_by_its_first_sentence() -> None:
    bullets = ["Built a ledger in Go for 40 banks."]
    resume = make_resume("Senior Software Engineer", bullets, "Go, Python")
    printed = ["Backend engineer who turns payment rules into services", "for banks. Mentor and speaker."]
    resume.sections.insert(1, Section("summary", "Summary", "\n".join(printed), printed))
    advice = [s for s in match(resume, load_profile("amazon")).suggestions if s.kind == "summary"]
    assert advice, "the summary lacks the title and the years: there is advice on it"
    assert advice[0].line == "Backend engineer who turns payment rules into services for banks."


def test_a_footer_date_is_never_a_title() -> None:
    assert not is_title("December 7 with 10+ years")
    assert not is_title("Page 2 | priya@example.com")
    assert is_title("Senior Software Engineer")
    resume = make_resume("March 3, 2025", ["Built a ledger in Go for 40 banks."], "Go")
    line = summary_line(resume)
    assert line is not None and "March" not in line


def test_summary_years_use_the_stated_figure_when_dates_disagree() -> None:
    resume = make_resume("Software Engineer", ["Built a ledger in Go for 40 banks."], "Go", years=3.0)
    resume.stated_years = 10.0  # type: ignore[attr-defined]
    assert "10+ years" in (summary_line(resume) or "")
    resume.stated_years = 4.0  # type: ignore[attr-defined]
    assert "3+ years" in (summary_line(resume) or "")


def test_bullets_reach_every_company_quoted_verbatim() -> None:
    resume = make_resume("Engineer", ["Worked on the API."], "Go")
    resume.experience[0].bullets.append(Bullet("Helped with the rollout."))
    for company in COMPANIES:
        for s in match(resume, load_profile(company)).suggestions:
            assert all(line in resume.text or line == "Helped with the rollout." for line in s.lines)


def test_the_summary_offers_skills_the_person_lists_before_terms_found_only_in_bullets() -> None:
    from resume_tailor.matching.summary import _shown_skills
    from resume_tailor.models import Resume, Skill

    resume = Resume(
        skills=[
            Skill("APIs", "methodology", listed=False, demonstrated=True),
            Skill("Go", "programming_language", listed=True, demonstrated=True),
        ]
    )
    assert [s.name for s in _shown_skills(resume, [])] == ["Go"]
    only_bullets = Resume(skills=[Skill("APIs", "methodology", listed=False, demonstrated=True)])
    assert [s.name for s in _shown_skills(only_bullets, [])] == ["APIs"]


@pytest.mark.parametrize(
    ("bullet", "scoped"),
    [
        ("Grew paying subscribers from 40,000 to 115,000 in two years", True),
        ("Launched the referral programme across France, Spain and Italy", True),
        ("Served 2M users with a new search page", True),
        # a count written as a word is a count
        ("Wrote the incident review process adopted by four product teams", True),
        ("Opened hundreds of stores in the first year", True),
        ("Wrote integration tests in Python and Go", False),
        ("Set up marketing attribution with Google Analytics", False),
    ],
)
def test_scope_is_read_where_the_population_comes_before_its_count(bullet: str, scoped: bool) -> None:
    from resume_tailor.matching.angles import states_scope

    assert states_scope(bullet) is scoped


def test_a_student_without_jobs_is_summed_up_as_a_student_not_a_professional() -> None:
    from datetime import date

    from resume_tailor.matching.summary import learner_title
    from resume_tailor.models import Education, Resume

    studying = Resume(
        education=[
            Education(degree="BSc", field="Computer Science", end="2029-05"),
            Education(degree="High School Diploma", end="2025-05"),
        ]
    )
    assert learner_title(studying, today=date(2026, 12, 7)) == "Computer Science student"
    assert learner_title(studying, today=date(2030, 1, 1)) == "Computer Science graduate"
    assert learner_title(Resume(), today=date(2026, 12, 7)) is None


@pytest.mark.parametrize(
    "line",
    [
        "Care for post-operative cardiac patients on a 24-bed unit",
        "Counsel patients on new prescriptions at the pharmacy counter",
        "Calibrate and repair the line's torque sensors",
    ],
)
def test_the_verbs_of_care_and_trade_work_open_a_bullet(line: str) -> None:
    from resume_tailor.matching.language import opens_with_action_verb

    assert opens_with_action_verb(line)


@pytest.mark.parametrize(
    "line",
    [
        "About 2,000 weekly downloads; used by two fintech start-ups",
        "Coordinate staffing and admissions for a 24-bed unit",
        "Ran the front of house for a 120-seat restaurant",
        "Own hiring for R&D in Singapore and Korea: 74 hires in 2024 against a plan of 70",
    ],
)
def test_downloads_start_ups_and_a_count_made_adjective_are_scope(line: str) -> None:
    from resume_tailor.matching.angles import states_scope

    assert states_scope(line)


@pytest.mark.parametrize(
    ("title", "family"),
    [
        # a discipline word anywhere in the title outranks the generic "design"
        ("Team Lead, E-Drive Mechanical Design", "hardware"),
        ("Mechanical Design Engineer", "hardware"),
        ("Electrical Engineering Intern", "hardware"),
        ("Product Designer", "design"),
        ("Electrical Technical Program Manager", "program_management"),
    ],
)
def test_an_engineering_discipline_in_a_title_is_hardware(title: str, family: str) -> None:
    from resume_tailor.companies.roles import role_family_for_title

    for company in ("google", "meta"):
        found = role_family_for_title(load_profile(company), title)
        assert found is not None and found.id == family


def test_a_title_set_in_capitals_is_written_in_prose_case_in_the_summary() -> None:
    resume = make_resume("SENIOR TALENT ACQUISITION PARTNER, APAC", ["Placed 40 engineers in 2024."], "")
    assert latest_title(resume) == "Senior Talent Acquisition Partner, APAC"
