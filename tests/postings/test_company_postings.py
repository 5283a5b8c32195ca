"""Real postings of each company split into required / preferred / responsibilities / boilerplate."""

from __future__ import annotations

from pathlib import Path

from resume_tailor.postings import parse_posting, posting_to_dict

FIXTURES = Path(__file__).parent / "fixtures"


def _texts(reqs: list[dict]) -> list[str]:  # type: ignore[type-arg]
    return [r["text"] for r in reqs]


def test_amazon_basic_and_preferred_qualifications_are_kept_apart() -> None:
    posting = posting_to_dict(parse_posting(FIXTURES / "amazon_sde.txt"))
    assert posting["title"] == "Embedded Software Engineer, Amazon Robotics Safety Firmware"
    assert posting["location"] == "Westborough, MA, USA"
    assert posting["company"] == "Amazon"
    assert _texts(posting["required"]) == [
        "Bachelor's degree in computer science or equivalent",
        "3+ years of full software development life cycle, including coding standards, code reviews, source "
        "control management, build processes, testing, and operations experience",
    ]
    assert _texts(posting["preferred"])[0] == "Experience writing low level drivers"
    assert posting["required"][1]["years"] == 3.0
    assert posting["degree"] == "bachelor"
    assert any("world’s largest autonomous robot fleet" in r for r in posting["responsibilities"])
    assert any("equal opportunity employer" in b for b in posting["boilerplate"])


def test_amazon_search_json_job_uses_basic_and_preferred_fields() -> None:
    posting = parse_posting(FIXTURES / "amazon_search_job.json")
    assert (posting.title, posting.id) == ("Software Dev Engineer II, AWS Clean Rooms", "2934817")
    assert posting.url == "https://www.amazon.jobs/en/jobs/2934817/software-dev-engineer-ii-aws-clean-rooms"
    assert posting.location == "Seattle, Washington, USA"
    assert [r.years for r in posting.required] == [3.0, None]
    assert [r.text for r in posting.preferred] == [
        "Experience building distributed systems on AWS Lambda, Step Functions and DynamoDB"
    ]
    assert any("$129,300/year" in b for b in posting.boilerplate)  # pay range set apart, not a requirement


def test_google_minimum_and_preferred_with_about_and_pay_set_apart() -> None:
    posting = parse_posting(FIXTURES / "google_careers.txt")
    assert posting.company == "Google" and posting.location == "Sunnyvale, CA, United States"
    assert len(posting.required) == 2 and len(posting.preferred) == 3
    assert posting.required[0].degree == "bachelor"
    assert posting.preferred[-1].text == "Excellent communication skills."
    assert posting.responsibilities == [
        "Work with customers to troubleshoot and resolve technical issues.",
        "Write scripts to automate common support tasks.",
    ]
    assert posting.description.startswith("As a Technical Solutions Engineer")
    assert len(posting.boilerplate) == 2 and "$110,000-$163,000" in posting.boilerplate[0]


def test_meta_run_together_qualifications_are_split_into_items() -> None:
    posting = parse_posting(FIXTURES / "meta_posting.txt")
    required = [r.text for r in posting.required]
    assert required[1:] == [
        "Degree must be completed prior to joining Meta",
        "Experience with computer networks",
        "Experience with UNIX, TCP/IP, network fundamentals, or similar",
        "Experience coding in at least one language (Python/Golang/Rust/C++ are all in use)",
    ]
    assert [r.text for r in posting.preferred] == [
        "Knowledge of Switching and Routing concepts and implementation",
        "Knowledge of routing protocols BGP, OSPF and ISIS",
    ]
    assert posting.responsibilities[1] == "Develop optimized network monitoring systems"
    assert any(b.startswith("$117,000/year") for b in posting.boilerplate)


def test_netflix_free_text_cues_and_lever_lists() -> None:
    posting = parse_posting(FIXTURES / "netflix_posting.txt")
    assert posting.title == "Security Engineer (L5) - IAM" and posting.company == "Netflix"
    assert [r.text.split()[0] for r in posting.required] == ["Strong", "Experience", "Experience"]
    assert [r.text for r in posting.preferred] == [
        "Experience with NoSQL technologies such as Hive, Presto, Spark, or Cassandra",
        "Familiarity with GraphQL technologies",
    ]
    assert any("equal-opportunity employer" in b for b in posting.boilerplate)
    assert any("The range for this role is $100,000 - $720,000" in b for b in posting.boilerplate)


def test_posting_without_headings_takes_requirement_sentences_and_plus_cues() -> None:
    posting = parse_posting(FIXTURES / "netflix_free_text.txt")
    assert len(posting.required) == 1 and posting.required[0].years == 5.0
    assert posting.preferred[0].text == "Experience with Spark or Airflow is a plus."
