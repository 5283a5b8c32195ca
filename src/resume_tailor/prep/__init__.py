"""Interview preparation built on a Report: STAR story prompts, likely questions, topics, a checklist.

>>> from resume_tailor.prep import prepare_interview, render_prep
>>> render_prep(prepare_interview(report), "md").splitlines()[0]
'# Interview preparation — Amazon'
"""

from __future__ import annotations

from resume_tailor.prep.plan import prepare_interview
from resume_tailor.prep.render import FORMATS, render_prep
from resume_tailor.prep.star import story_prompt

__all__ = ["FORMATS", "prepare_interview", "render_prep", "story_prompt"]
