"""Pitch, why-this-company, story plan, design questions, level, JSON: from real small resumes."""

from __future__ import annotations

import html as htmllib
import json
from pathlib import Path

import pytest

from resume_tailor.api import tailor
from resume_tailor.models import InterviewPrep, Report
from resume_tailor.prep import prepare_interview, render_prep
from resume_tailor.prep.design import system_name

BACKEND = """# Sam Okafor
Staff Backend Engineer
sam@example.com | Lagos

## Summary
Backend engineer with 12+ years of experience building payment systems.
Looking for a role leading payments infrastructure at a larger scale.

## Experience

### Senior Software Engineer, Kestrel Pay
Jan 2022 – Present
- Designed an idempotent payment retry queue on Kafka that reduced duplicate charges by 92%
  for 4 million customers.
- Responsible for the on-call rotation of the payments team.
- Mentored 3 engineers; two were promoted within a year.

### Software Engineer, Dune Freight
Jan 2020 – Dec 2021
- Led the migration of the billing service to Go microservices, cutting p99 latency from 900 ms to 200 ms.
- Holds an AWS certification.

## Skills
Go, Kafka, Kubernetes, PostgreSQL
"""

PM = """# Ines Carvalho
Product Manager

## Summary
Product manager for consumer fintech apps.

## Experience

### Product Manager, Ledgerly
Mar 2021 – Present
- Launched instant transfers to 80,000 customers and grew weekly active users 25% in one quarter.
- Ran 40 customer interviews that cut onboarding drop-off from 30% to 18%.
- Aligned engineering, design and compliance on a single launch plan.

### Associate Product Manager, Pennywise
Jun 2019 – Feb 2021
- Defined success metrics for the savings team.

## Skills
SQL, Amplitude, Figma
"""


def _prep(tmp_path: Path, text: str, company: str, job: Path | None = None) -> tuple[Report, InterviewPrep]:
    path = tmp_path / "resume.md"
    path.write_text(text, "utf-8")
    report = tailor(path, company, job=job)
    return report, prepare_interview(report)


def test_pitch_uses_latest_role_stated_years_two_outcomes_and_what_next(tmp_path: Path) -> None:
    report, prep = _prep(tmp_path, BACKEND, "amazon")
    assert report.resume.years_disagree()  # 12+ stated, about 6 from the dates
    pitch = prep.pitch
    assert pitch is not None
    # the summary states its own figure: quoted as written, and the pitch states no other
    assert pitch.text.startswith(
        "I'm a Senior Software Engineer at Kestrel Pay. In one line: backend engineer with 12+ years"
    )
    assert pitch.text.count("years") == 1
    assert "reduced duplicate charges by 92%" in pitch.text and "cutting p99 latency" in pitch.text
    assert "What I want next: looking for a role leading payments infrastructure" in pitch.text
    assert not any("what you want next" in p for p in pitch.prompts)


def test_a_summary_that_states_its_years_in_words_is_not_contradicted(tmp_path: Path) -> None:
    text = BACKEND.replace("12+ years", "nine years")
    _, prep = _prep(tmp_path, text, "netflix")
    assert prep.pitch is not None and "nine years" in prep.pitch.text
    assert "years of experience" not in prep.pitch.text.split("In one line:")[0]


def test_pitch_asks_for_what_next_when_the_resume_does_not_say_it(tmp_path: Path) -> None:
    _, prep = _prep(tmp_path, PM, "meta")
    assert prep.pitch is not None and any("what you want next" in p for p in prep.pitch.prompts)


def test_story_plan_ranks_by_weight_reuses_a_story_at_most_twice_and_offers_starting_points(
    tmp_path: Path,
) -> None:
    _, prep = _prep(tmp_path, BACKEND, "amazon")
    plan = prep.story_plan
    weights = [p.weight for p in plan.stories]
    assert weights == sorted(weights, reverse=True)
    uses: dict[str, int] = {}
    for p in plan.stories:
        uses[p.story.bullet] = uses.get(p.story.bullet, 0) + 1
    assert max(uses.values()) <= 2
    ownership = next(o for o in plan.open if o.value_id == "ownership")
    assert ownership.starting_point == "Responsible for the on-call rotation of the payments team."
    assert "on-call" in ownership.because
    assert plan.weights_source is not None and "Leadership Principles" in (plan.weights_source.note or "")
    assert [r.round for r in plan.rounds] == list(prep_rounds("amazon"))
    assert any("Nothing to bring" in " ".join(r.bring) for r in plan.rounds)


def prep_rounds(company: str) -> list[str]:
    from resume_tailor.companies import load_profile

    return load_profile(company).interview.rounds


def test_netflix_weighs_judgment_and_candor_first(tmp_path: Path) -> None:
    _, prep = _prep(tmp_path, BACKEND, "netflix")
    assert [t.id for t in prep.topics[:2]] == ["judgment", "candor"]


def test_technical_role_gets_questions_about_its_own_systems_and_the_coding_format(tmp_path: Path) -> None:
    _, prep = _prep(tmp_path, BACKEND, "amazon")
    assert prep.technical
    kinds = {t.kind: t for t in prep.design_topics}
    queue = kinds["idempotency"]
    assert queue.system == "idempotent payment retry queue"
    assert any("duplicate message" in q for q in queue.questions)
    assert kinds["migration"].system == "billing service"
    assert any("coding" in line for line in prep.coding_format)
    assert prep.brush_up and not any("certif" in b.casefold() for b in prep.brush_up)


def test_non_technical_role_gets_metric_questions_from_its_outcomes(tmp_path: Path) -> None:
    _, prep = _prep(tmp_path, PM, "google")
    assert not prep.technical
    assert prep.design_topics and all(t.kind in ("metric", "product") for t in prep.design_topics)
    assert any(
        "grew weekly active users 25% in one quarter" in q for t in prep.design_topics for q in t.questions
    )
    md = render_prep(prep, "md")
    assert "## Case and metrics preparation" in md and "## Design and coding" not in md


def test_level_hint(tmp_path: Path) -> None:
    _, prep = _prep(tmp_path, BACKEND, "meta")
    # 12 stated years but no scope beyond one team in the bullets: senior, not staff
    assert prep.level is not None and prep.level.level == "senior"
    assert prep.level.years == 12 and "states" in prep.level.years_note
    assert any("level" in line.casefold() for line in prep.level.company_note)
    wider = BACKEND.replace("for 4 million customers", "adopted across 6 teams")
    _, staff = _prep(tmp_path, wider, "meta")
    assert staff.level is not None and staff.level.level == "staff"
    _, pm = _prep(tmp_path, PM, "meta")
    assert pm.level is not None and pm.level.level in ("mid", "senior")


def test_why_company_ties_the_posting_to_the_resume(tmp_path: Path) -> None:
    job = Path(__file__).resolve().parents[2] / "examples" / "posting-payments-engineer.txt"
    _, prep = _prep(tmp_path, BACKEND, "amazon", job=job)
    assert any(
        w.startswith("The Senior Software Engineer, Payments Platform posting asks") for w in prep.why_company
    )
    assert prep.thank_you_subject == "Thank you — Senior Software Engineer, Payments Platform interview"
    _, no_job = _prep(tmp_path, BACKEND, "amazon")
    assert no_job.thank_you_subject == "Thank you — Senior Software Engineer interview"
    assert no_job.thank_you_template.startswith(f"Subject: {no_job.thank_you_subject}\n")


def test_json_has_the_agreed_keys_and_markdown_and_html_show_the_same_data(tmp_path: Path) -> None:
    _, prep = _prep(tmp_path, BACKEND, "amazon")
    data = json.loads(render_prep(prep, "json"))
    for key in (
        "pitch",
        "why_company",
        "stories",
        "design_topics",
        "story_plan",
        "questions_to_ask",
        "thank_you",
    ):
        assert data[key], key
    for story in data["stories"]:
        assert {"value_id", "line", "situation", "task", "action", "result"} <= set(story)
        assert story["result"] is None or story["result"] in story["line"]
    assert data["thank_you"]["subject"] == prep.thank_you_subject
    md = render_prep(prep, "md").replace("\\", "")
    page = htmllib.unescape(render_prep(prep, "html"))
    facts = [data["pitch"]["text"], data["thank_you"]["subject"], *data["why_company"]]
    facts += [s["line"] for s in data["stories"]]
    facts += [q for t in data["design_topics"] for q in t["questions"]]
    facts += [o["starting_point"] for o in data["story_plan"]["without_story"] if o["starting_point"]]
    for fact in facts:
        assert fact in md, fact
        assert fact in page, fact


@pytest.mark.parametrize(
    ("bullet", "system"),
    [
        ("Built a shipment tracking API in Python serving 40 carriers.", "shipment tracking API"),
        ("Led the migration of the checkout service from a Java monolith.", "checkout service"),
        ("Responsible for the on-call rotation.", None),
        ("Taught myself Spark when data grew 20x.", None),
    ],
)
def test_system_name(bullet: str, system: str | None) -> None:
    assert system_name(bullet) == system


FREELANCER = """# Ada Nwosu
ada@example.com | Lagos

## Experience

### Freelance Full-Stack Developer, Self-employed
Apr 2023 – Present
- Built booking and payment systems for four small businesses with Next.js.

### Software Engineer, Okapi Pay Ltd
Jan 2019 – Mar 2023
- Cut the dashboard's first load from 9 to 3 seconds on 3G connections.
- Built React features for an online tutoring platform with 40,000 weekly users.

## Projects

### naira-format
- A small npm package for formatting Nigerian currency amounts.
"""


def test_the_pitch_of_a_freelancer_reads_as_english(tmp_path: Path) -> None:
    _, prep = _prep(tmp_path, FREELANCER, "amazon")
    assert prep.pitch is not None
    text = prep.pitch.text
    assert text.startswith("I'm a Freelance Full-Stack Developer,")  # not "at Self-employed"



def test_a_project_line_without_a_verb_is_said_with_the_projects_name() -> None:
    from resume_tailor.models import Bullet, Entry, Resume
    from resume_tailor.prep.pitch import _side_project

    described = Entry(
        kind="project", title="naira-format", bullets=[Bullet("A small npm package for naira amounts.")]
    )
    assert _side_project(Resume(projects=[described])) == (
        "Outside my job: naira-format, a small npm package for naira amounts."  # not "I A small ..."
    )
    points = [Bullet("Map of Lagos bus routes."), Bullet("Wrote a lexer.")]  # a noun, then a verb
    done = Entry(kind="project", title="lexi", bullets=points)
    assert _side_project(Resume(projects=[done])) == "Outside my job, I wrote a lexer."


def test_building_a_tutoring_platform_is_not_developing_people(tmp_path: Path) -> None:
    report, _ = _prep(tmp_path, FREELANCER, "amazon")
    built = next(b for b in report.bullets if "tutoring platform" in b.text)
    assert "hire_and_develop_the_best" not in built.values
