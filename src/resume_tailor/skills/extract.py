"""Find skills in text: phrase matching on the taxonomy, longest match wins, context for ambiguous names.

This module is the public entry point; the pipeline is :mod:`resume_tailor.skills.engine`, its
stages are ``candidates``, ``acceptance``, ``list_items`` and ``judging``, its numbers are in
``thresholds.py`` and its word lists in ``words.py``.

Safe surface forms (Kubernetes, scikit-learn, C++, "manage budgets") are accepted wherever they
occur. Forms that are also ordinary words or letters (C, R, Go, Swift, Spark, Chef, Excel, Make,
Express, "testing") are accepted only with technical context:

* the text is a skills list (``listed=True``) or the line starts with a label such as ``Skills:``;
* it is an item of a list (commas, slashes, pipes, "and"/"or") next to another technical skill, or
  it touches one in a run without delimiters written alike (``node.js react go``, ``JAVA JEE``);
  a name accepted this way is context for its own neighbours in turn;
* it is written with the skill's capitalisation and followed by a version (``Java 8``), a
  technical word (``Go developer``, ``Java experience``) or "or other ... frameworks", or introduced
  mid-sentence by "in/using/with/via" (``written in Rust``); single letters only after
  "programming in" and the like.

One- and two-letter acronyms (ML, CI, IT) are accepted only in capitals; ``c++`` and ``c#`` in lower
case only in lists. Overlaps are resolved longest first (``Spring Boot`` over ``Spring``).

``precise=True`` (the default) adds a judged layer for running text such as job postings: generic
words without context ("security", "automation") and unknown items of a list of known skills
("Java, JMS and Flight Recorder") become candidates, and a small context model (see
``context_model.py``; trained on SkillSpan train) keeps a mention only if it reads as a real
requirement or use, not a company blurb, job title or perk. Skills lists are never filtered.
``precise=False`` is the rule layer alone; resumes use it for their bullets.

>>> [(m.name, m.text) for m in extract_skills("Built ETL in Python and Go; deployed on k8s.", precise=False)]
[('ETL', 'ETL'), ('Python', 'Python'), ('Go', 'Go'), ('Kubernetes', 'k8s')]
"""

from __future__ import annotations

from collections.abc import Collection

from resume_tailor.models import SkillMention
from resume_tailor.skills.cache import get_extractor
from resume_tailor.skills.engine import Extractor

__all__ = ["Extractor", "extract_skills", "get_extractor"]


def extract_skills(
    text: str, *, listed: bool = False, known: Collection[str] = (), precise: bool = True
) -> list[SkillMention]:
    """Skills mentioned in ``text`` with canonical names, categories and character offsets.

    ``listed=True`` says the text is a skills list (a resume's skills section), where short or
    ambiguous names need no further context. ``known`` names skills already established by the
    surrounding document (say, the resume's skills list): their ambiguous names are then accepted
    when written with the skill's own capitalisation. ``precise=False`` keeps mentions that the
    context model (trained on job postings) would drop as incidental; resumes use it for bullets.

    >>> [m.name for m in extract_skills("Skills: C, C++, Go, R, .NET, Postgres")]
    ['C', 'C++', 'Go', 'R', '.NET', 'PostgreSQL']
    """
    return get_extractor().extract(text, listed=listed, known=known, precise=precise)
