"""The terminal view of ``tailor skills --text``: one row per skill, however often it is named."""

from resume_tailor.models import SkillMention
from resume_tailor.report.skills_view import mention_groups


def test_repeated_skill_is_one_row_with_its_count_and_spellings() -> None:
    mentions = [SkillMention("Go", "Go", i * 3, i * 3 + 2, "programming language") for i in range(33_000)]
    mentions.insert(1, SkillMention("Kubernetes", "k8s", 3, 6, "cloud"))
    mentions.append(SkillMention("Go", "golang", 99_000, 99_006, "programming language"))
    rows = mention_groups(mentions)
    assert [(r["name"], r["count"]) for r in rows] == [("Go", 33_001), ("Kubernetes", 1)]
    assert rows[0]["written"] == "Go, golang" and rows[0]["first"] == "0-2"
    assert rows[1]["written"] == "k8s"
