

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
