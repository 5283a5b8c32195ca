"""Degrees are requirements of their own, never skills to add to a resume."""

from __future__ import annotations

from resume_tailor.postings import parse_posting_text
from resume_tailor.postings.requirements import default_skill_finder, is_degree_name


def test_degree_abbreviations_are_not_posting_skills() -> None:
    posting = parse_posting_text(
        "Software Engineer\n\nMinimum qualifications:\n"
        "- BA/BS degree in Computer Science or equivalent practical experience.\n"
        "- PhD or MS in Statistics, with experience in Python.\n"
    )
    skills = {s for r in posting.requirements for s in r.skills}
    assert "Python" in skills
    assert not {"BA", "BS", "PhD", "MS", "Bachelor's degree"} & skills
    assert posting.required[0].degree == "bachelor"


def test_is_degree_name_keeps_words_that_only_start_like_degrees() -> None:
    assert is_degree_name("Masters") and is_degree_name("M.S.") and is_degree_name("MBA")
    assert not is_degree_name("Mastery") and not is_degree_name("Bash") and not is_degree_name("MATLAB")


def test_the_fields_a_degree_may_be_in_are_not_skills_to_add() -> None:
    find = default_skill_finder()
    line = (
        "Bachelor's degree (or foreign degree equivalent) in Computer Science, Computer Engineering, "
        "Statistics or a related field, and 3 years of experience with Python and SQL"
    )
    assert find(line) == ["Python", "SQL"]
    assert find("PhD in machine learning, vision science or related fields") == []
    assert find("MS in Statistics with experience in machine learning") == ["Machine learning"]
    assert "Statistics" in find("Strong knowledge of statistics and SQL")  # outside a degree it is asked for


def test_broad_occupation_abilities_are_not_skills_to_add() -> None:
    """O*NET describes occupations by abilities such as "Science"; a resume does not list them."""
    find = default_skill_finder()
    assert find("Perform research to advance the science of intelligent machines") == []
    assert find("Use the science of A/B testing and Python") == ["A/B testing", "Python"]


def test_competence_phrases_are_not_skills_to_add() -> None:
    """ESCO phrases a competence as a verb phrase ("process data", "lead a team"); nobody lists it as
    a keyword, so a posting that uses the words does not ask for a skill named so."""
    find = default_skill_finder()
    assert find("Lead a team of analysts and make decisions with SQL") == ["SQL"]
    assert [n.casefold() for n in find("Experience with data mining")] == ["data mining"]


def test_a_line_announcing_its_alternatives_is_one_group() -> None:
    from resume_tailor.postings.requirements import alternative_groups

    line = "Experience with one or more of the following areas: backend systems (Go), iOS apps, or ML"
    mentions = [(name, line.index(word), line.index(word) + len(word))
                for name, word in [("Go", "Go"), ("iOS", "iOS"), ("Machine learning", "ML")]]
    assert alternative_groups(line, mentions) == [("Go", "iOS", "Machine learning")]
    assert alternative_groups("Go and Rust", [("Go", 0, 2), ("Rust", 7, 11)]) == [("Go",), ("Rust",)]


def test_subjects_a_degree_may_be_in_listed_in_brackets_are_not_skills() -> None:
    find = default_skill_finder()
    line = "Bachelor's degree: STEM subject ideal but not essential (Computer Science, Information Systems)"
    assert find(line) == []
    assert find("Experience with Python (Django, Flask)") != []  # brackets alone are no degree line


def test_a_domain_that_names_where_the_work_happens_is_no_skill_to_add() -> None:
    """"Manage information technology projects" sets the work in IT; no resume adds "Information
    technology" as a skill for it. The same domain asked for on its own stays."""
    find = default_skill_finder()
    assert "Information technology" not in find("Plan and manage information technology projects")
    assert "SaaS" not in find("Experience in SaaS companies, with SQL")
    assert "Information technology" in find("Five years of hands-on information technology experience")
    # a list that runs on without punctuation: the next item is not a setting noun
    assert "Statistics" in find("Background in statistics Project management experience")
