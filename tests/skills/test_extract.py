"""Skill extraction on free text: canonical names, offsets, ambiguity and overlaps."""

from __future__ import annotations

import pytest

from resume_tailor import extract_skills


def names(text: str, *, listed: bool = False, precise: bool = False) -> list[str]:
    """Canonical names found; the rule layer alone unless ``precise`` (see test_precise.py)."""
    return [m.name for m in extract_skills(text, listed=listed, precise=precise)]


def test_offsets_point_at_the_text_as_written() -> None:
    text = "Shipped Node.js and C# services on k8s; tuned Postgres; CI/CD with GitHub Actions."
    mentions = extract_skills(text, precise=False)
    assert mentions, "expected skills"
    for m in mentions:
        assert text[m.start : m.end] == m.text
    assert [(m.name, m.text) for m in mentions] == [
        ("Node.js", "Node.js"),
        ("C#", "C#"),
        ("Kubernetes", "k8s"),
        ("PostgreSQL", "Postgres"),
        ("CI/CD", "CI/CD"),
        ("GitHub Actions", "GitHub Actions"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Let us go to the market and make sure the chef can excel at it.",
        "Plan B, or C. Grade: C. Option R is fine and we will go ahead.",
        "I want to Go home. We Make things. Express yourself. The Chef cooked.",
        "Our R&D team in the U.S. owns the go-to-market plan and the Go-to-market review.",
        "Swift action and a rust-coloured shell on the beach; a spark of hope.",
        "He scored a C in maths, then an R rating; see Appendix C.",
    ],
)
@pytest.mark.parametrize("precise", [False, True])
def test_no_false_short_name_hits_in_ordinary_prose(text: str, precise: bool) -> None:
    found = set(names(text, precise=precise))
    assert not found & {
        "C",
        "R",
        "Go",
        "Swift",
        "Rust",
        "Apache Spark",
        "Chef",
        "Excel",
        "Express.js",
        "Shell scripting",
    }


def test_short_names_are_accepted_in_a_skills_list() -> None:
    assert names("Languages: C/C++, R, Go, Rust") == ["C", "C++", "R", "Go", "Rust"]


def test_listed_flag_accepts_a_bare_list() -> None:
    assert names("C, Go, Excel", listed=True) == ["C", "Go", "Excel"]


def test_short_names_are_accepted_next_to_other_skills_in_a_sentence() -> None:
    assert names("We build services in Go, Python and Kafka.") == ["Go", "Python", "Apache Kafka"]


def test_ambiguous_names_are_accepted_in_a_run_of_skills_without_delimiters() -> None:
    assert names("mysql java hibernate jenkins") == ["MySQL", "Java", "Hibernate", "Jenkins"]
    assert names("PHP 7 React jQuery MySQL") == ["PHP", "React", "jQuery", "MySQL"]


def test_ordinary_words_next_to_a_skill_are_not_taken_for_skills() -> None:
    assert names("We make Python tools and go ahead with Docker.") == ["Python", "Docker"]
    assert "Swift" not in names("A swift Python rollout")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Experience with Java 8 required", "Java"),
        ("Hiring a Go developer", "Go"),
        ("Wrote Spark jobs for the nightly batch", "Apache Spark"),
        ("Our engine is written in Rust", "Rust"),
        ("Strong programming in R for analysis", "R"),
    ],
)
def test_ambiguous_names_are_accepted_with_technical_context(text: str, expected: str) -> None:
    assert expected in names(text)


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("k8s", "Kubernetes"),
        ("JS", "JavaScript"),
        ("Postgres", "PostgreSQL"),
        ("NodeJS", "Node.js"),
        ("Node JS", "Node.js"),
        ("sklearn", "scikit-learn"),
        ("scikit learn", "scikit-learn"),
        ("ML", "Machine learning"),
        ("Amazon Web Services", "AWS"),
        ("Oracle Java", "Java"),
        ("ReactJS", "React"),
        ("Golang", "Go"),
        (".NET Core", ".NET"),
        ("C++", "C++"),
        ("EKS", "Amazon EKS"),
    ],
)
def test_aliases_map_to_canonical_names(alias: str, canonical: str) -> None:
    assert names(f"Worked with {alias} daily, plus Docker.")[0] == canonical


def test_longest_match_wins_on_overlaps() -> None:
    mentions = extract_skills(
        "Built a Spring Boot service with Ruby on Rails admin and React Native app", precise=False
    )
    assert [m.name for m in mentions] == ["Spring Boot", "Ruby on Rails", "React Native"]


def test_categories_and_soft_flags() -> None:
    by_name = {
        m.name: m
        for m in extract_skills(
            "Python, PostgreSQL, AWS, Scrum and strong communication skills", precise=False
        )
    }
    assert by_name["Python"].category == "programming_language"
    assert by_name["PostgreSQL"].category == "database"
    assert by_name["AWS"].category == "cloud"
    assert by_name["Scrum"].category == "methodology"
    assert by_name["Communication"].soft is True
    assert by_name["Python"].soft is False


def test_esco_phrase_skills_are_found() -> None:
    found = names("In this role you will manage budgets and negotiate sales contracts with suppliers.")
    assert "manage budgets" in found
    assert "negotiate sales contracts" in found


def test_empty_and_blank_text_give_no_mentions() -> None:
    assert extract_skills("") == []
    assert extract_skills("   \n ") == []


def test_hyphen_and_space_variants_match_the_same_skill() -> None:
    assert names("machine-learning and machine learning") == ["Machine learning", "Machine learning"]


def test_importing_the_package_does_not_import_spacy() -> None:
    import subprocess
    import sys

    code = "import sys, resume_tailor.skills; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_long_run_on_text_is_handled_in_linear_time() -> None:
    import time

    chunk = "we use Kubernetes and Terraform with Python and Kafka daily "
    text = chunk * 4000  # ~240k characters, no sentence breaks at all
    started = time.perf_counter()
    mentions = extract_skills(text, precise=False)
    extract_skills(text)  # the judged layer too (its sentence window keeps it linear)
    assert len([m for m in mentions if m.name == "Kubernetes"]) == 4000
    assert time.perf_counter() - started < 20
