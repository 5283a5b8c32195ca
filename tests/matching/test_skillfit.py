

def test_a_skill_named_by_one_posting_of_a_small_family_is_not_demand() -> None:
    from resume_tailor.matching.skillfit import scored_demand
    from resume_tailor.models import RoleFamily, SkillDemand

    family = RoleFamily(id="product_management", name="Product management", postings=9, skills=[
        SkillDemand(skill="SQL", share=2 / 9, required=0.0, preferred=0.0),
        SkillDemand(skill="Python", share=1 / 9, required=0.0, preferred=0.0),
    ])
    assert [skill for skill, _, _ in scored_demand(family)] == ["SQL"]
    large = RoleFamily(id="x", name="X", postings=200, skills=[SkillDemand(skill="Python", share=0.12)])
    assert [skill for skill, _, _ in scored_demand(large)] == ["Python"]


def test_a_listed_skill_the_postings_do_not_ask_for_is_not_said_to_be_asked_for() -> None:
    from resume_tailor.matching.scoring import Item, Scored
    from resume_tailor.matching.suggest import keyword_suggestions
    from resume_tailor.models import Resume

    line = "Skills: Figma, SQL"
    skills = Scored(50.0, items=[
        Item("skill", "SQL", 0.2, 0.6, "SQL (asked for): only listed", False, "elsewhere", line),
        Item("skill", "Figma", 0.1, 0.6, "Figma is only listed", False, "elsewhere", line, asked=False),
    ])
    [suggestion] = keyword_suggestions(Resume(), skills, {"skills": 0.3}, "Acme's postings")
    assert "SQL is asked for in Acme's postings" in suggestion.why
    assert "Figma" in suggestion.advice and "Figma" not in suggestion.why and suggestion.company_specific
    figma = Item("skill", "Figma", 0.1, 0.6, "Figma is only listed", False, "elsewhere", line, asked=False)
    [polish] = keyword_suggestions(Resume(), Scored(50.0, items=[figma]), {"skills": 0.3}, "Acme's postings")
    assert "asked for" not in polish.why and not polish.company_specific


def test_a_skill_named_only_in_the_summary_is_not_said_to_be_listed() -> None:
    from resume_tailor.matching.skillfit import SkillFinder
    from resume_tailor.models import Resume, Skill

    summary = "Data scientist with a background in statistics."
    named = Skill(name="Statistics", category="domain", evidence=[summary])
    listed = Skill(name="SQL", category="programming_language", listed=True, evidence=["Skills: SQL"])
    finder = SkillFinder(Resume(skills=[named, listed]))
    assert finder.find("Statistics").how.startswith("named outside the bullets")
    assert finder.find("SQL").how.startswith("only listed")


def test_a_profile_address_does_not_name_a_skill() -> None:
    from resume_tailor.matching.skillfit import SkillFinder
    from resume_tailor.models import Resume, Section

    sections = [
        Section("contact", "", "github.com/ewhit", ["github.com/ewhit"]),
        Section("projects", "Projects", "Code: https://github.com/ewhit/rail", ["Code: https://github.com/ewhit/rail"]),
        Section("skills", "Skills", "Tools: GitHub, Jira", ["Tools: GitHub, Jira"]),
    ]
    assert SkillFinder(Resume(sections=sections[1:])).find("GitHub").line == "Tools: GitHub, Jira"
    assert SkillFinder(Resume(sections=sections[:2])).find("Jira").where == "missing"


def test_a_profile_link_partly_shows_its_platform_and_is_not_a_keyword_to_add() -> None:
    from resume_tailor.matching.skillfit import LISTED_ONLY_CREDIT, SkillFinder
    from resume_tailor.models import Resume, Section

    contact = Section("contact", "", "Ada Li | github.com/adali", ["Ada Li | github.com/adali"])
    found = SkillFinder(Resume(sections=[contact])).find("GitHub")
    assert found.credit == LISTED_ONLY_CREDIT and found.where == "implied"
    assert "implied by the profile link github.com/adali" in found.how


def test_a_skill_is_found_by_its_alias_in_the_education_section() -> None:
    from resume_tailor.matching.skillfit import SkillFinder
    from resume_tailor.models import Resume, Section

    line = "Bachelor of Fine Arts, Interaction Design, California College of the Arts"
    education = Section("education", "Education", line, [line])
    found = SkillFinder(Resume(sections=[education])).find("UX design")
    assert found.credit == 1.0 and found.line == line


def test_a_field_is_met_by_a_role_the_person_held() -> None:
    """"Data Scientist" for four years does data science: never "Data science: not found"."""
    from resume_tailor.matching.skillfit import SkillFinder
    from resume_tailor.models import Entry, Resume, Skill

    resume = Resume(
        experience=[Entry(title="Senior Data Scientist", company="Acme"), Entry(title="Product Manager")],
        skills=[Skill(name="Product management", category="domain", listed=True, evidence=["Skills: PM"])],
    )
    finder = SkillFinder(resume)
    science = finder.find("Data science")
    assert science.credit == 1.0 and science.line == "Senior Data Scientist"
    assert finder.find("Product management").credit == 1.0  # held, not only listed
    assert finder.find("Data engineering").where == "missing"
    assert finder.find("Engineering").where == "missing"  # one word: any engineer would meet it
