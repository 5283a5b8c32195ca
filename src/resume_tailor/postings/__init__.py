"""Job postings: plain text, HTML (schema.org JobPosting JSON-LD) or JSON -> :class:`JobPosting`."""

from __future__ import annotations

from resume_tailor.postings.text import parse_posting_text

__all__ = ["parse_posting_text"]
