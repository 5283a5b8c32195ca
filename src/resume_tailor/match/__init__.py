"""Match a resume to a company (and optionally a job posting): explainable scores, ranked gaps,
truthful suggestions.

>>> from resume_tailor.match import assess_bullet
>>> assess_bullet("Cut p99 latency 42% by sharding the checkout datastore", None).quantified
True
"""

from __future__ import annotations

from resume_tailor.match.bullets import assess_bullet

__all__ = ["assess_bullet"]
