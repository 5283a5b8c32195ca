"""Job postings: plain text, HTML (schema.org JobPosting JSON-LD) or JSON -> :class:`JobPosting`.

>>> from resume_tailor.postings import parse_posting_text
>>> posting = parse_posting_text("Engineer\\nBasic Qualifications\\n- 3+ years of Java\\n"
...                              "Preferred Qualifications\\n- AWS experience")
>>> [r.required for r in posting.requirements]
[True, False]
"""

from __future__ import annotations

from resume_tailor.postings.files import parse_posting, parse_posting_bytes, parse_posting_json, sniff
from resume_tailor.postings.html import jsonld_postings, parse_posting_html
from resume_tailor.postings.requirements import degree_level, split_items, years_of_experience
from resume_tailor.postings.serialize import posting_to_dict
from resume_tailor.postings.text import parse_posting_text

__all__ = [
    "degree_level",
    "jsonld_postings",
    "parse_posting",
    "parse_posting_bytes",
    "parse_posting_html",
    "parse_posting_json",
    "parse_posting_text",
    "posting_to_dict",
    "sniff",
    "split_items",
    "years_of_experience",
]
