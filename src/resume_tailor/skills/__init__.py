"""Skills: a licensed taxonomy and an extractor that knows C from a letter.

>>> from resume_tailor.skills import extract_skills, canonical_skill
>>> [m.name for m in extract_skills("Deployed Node.js services to k8s with Terraform")]
['Node.js', 'Kubernetes', 'Terraform']
>>> canonical_skill("sklearn")
'scikit-learn'

Importing this package is cheap: the matchers load on first use, and spaCy is imported only by the
optional spaCy engine (the ``[spacy]`` extra, ``RESUME_TAILOR_SKILLS_ENGINE=spacy``).
"""

from __future__ import annotations

from resume_tailor.skills.extract import extract_skills
from resume_tailor.skills.resume_skills import annotate_skills
from resume_tailor.skills.taxonomy import CATEGORIES, canonical_skill, skill_category, skill_parents

__all__ = [
    "CATEGORIES",
    "annotate_skills",
    "canonical_skill",
    "extract_skills",
    "skill_category",
    "skill_parents",
]
