"""Read a posting file (PDF, DOCX, text, Markdown, HTML or JSON; sniffed by content, not by extension)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from resume_tailor.errors import PostingError
from resume_tailor.limits import MAX_POSTING_BYTES, bound_text, check_text
from resume_tailor.models import JobPosting
from resume_tailor.postings.documents import document_text, posting_kind
from resume_tailor.postings.html import parse_posting_html
from resume_tailor.postings.requirements import SkillFinder
from resume_tailor.postings.structured import find_jsonld_postings, posting_from_fields
from resume_tailor.postings.text import parse_posting_text
from resume_tailor.reading import read_capped
from resume_tailor.resume.sniff import decode_text

MAX_BYTES = MAX_POSTING_BYTES
_HTML_MARKERS = ("<!doctype html", "<html", "<body", "<head", "<script", "<div", "<main", "<article", "<p>",
                 "<h1", "<h2", "<h3", "<ul")


def sniff(text: str) -> str:
    """``"json"``, ``"html"`` or ``"text"`` from the start of the content."""
    head = text.lstrip("\ufeff \t\r\n")[:2048].lower()
    if head.startswith(("{", "[")):
        return "json"
    if any(marker in head for marker in _HTML_MARKERS):
        return "html"
    return "text"


def _one_posting(payload: Any, name: str) -> dict[str, Any]:
    """The single posting object a JSON file holds (JSON-LD, a job object, or a one-job list)."""
    jsonld = find_jsonld_postings(payload)
    if jsonld:
        return jsonld[0]
    if isinstance(payload, dict):
        for key in ("jobs", "positions", "postings", "results", "data"):
            inner = payload.get(key)
            if isinstance(inner, dict) and inner and all(isinstance(v, dict) for v in inner.values()):
                inner = list(inner.values())
            if isinstance(inner, list):
                return _one_posting(inner, name)
        return payload
    if isinstance(payload, list):
        jobs = [item for item in payload if isinstance(item, dict)]
        if len(jobs) == 1:
            return jobs[0]
        raise PostingError(f"{name}: the file holds {len(jobs)} postings; pass a file with one posting")
    raise PostingError(f"{name}: no posting found in the JSON")


def parse_posting_json(
    text: str, *, name: str = "posting", find_skills: SkillFinder | None = None
) -> JobPosting:
    """Parse a JSON posting: schema.org JobPosting (JSON-LD) or careers-site fields (amazon.jobs-like)."""
    try:
        payload = json.loads(text.lstrip("\ufeff"), strict=False)
    except json.JSONDecodeError as exc:
        raise PostingError(f"{name}: invalid JSON at line {exc.lineno}: {exc.msg}") from None
    return posting_from_fields(_one_posting(payload, name), find_skills=find_skills)


def parse_posting(source: str | os.PathLike[str], *, find_skills: SkillFinder | None = None) -> JobPosting:
    """Parse a posting file: PDF, DOCX, plain text or Markdown, an HTML page or JSON (sniffed by content).

    Raises :class:`~resume_tailor.errors.PostingError` (or another exit-3
    :class:`~resume_tailor.errors.InputFileError`) for a missing, unreadable, oversized, empty or
    requirement-less posting.

    >>> parse_posting("examples/posting-payments-engineer.txt").required[0].text
    '5+ years of professional software development experience'
    """
    path = Path(source).expanduser()
    data = read_capped(path, MAX_BYTES, what="posting", error=PostingError)
    return parse_posting_bytes(data, name=path.name, find_skills=find_skills)


def parse_posting_bytes(
    data: bytes, *, name: str = "posting", find_skills: SkillFinder | None = None
) -> JobPosting:
    """Parse a posting held in memory, whatever its format; ``name`` is used in messages."""
    if not data.strip():
        raise PostingError(f"{name}: the posting file is empty")
    kind = posting_kind(data, name)
    if kind != "textual":
        return parse_posting_text(bound_text(document_text(data, kind, name)), find_skills=find_skills)
    text = decode_text(data)
    if text is None:
        raise PostingError(f"{name}: not a text, HTML, JSON, PDF or DOCX posting (binary content)")
    try:
        kind = sniff(text)
        if kind == "json":
            return parse_posting_json(text, name=name, find_skills=find_skills)
        if kind == "html":
            return parse_posting_html(text, find_skills=find_skills)
        check_text(text, name)
        return parse_posting_text(bound_text(text), find_skills=find_skills)
    except RecursionError:  # JSON or HTML nested thousands deep
        raise PostingError(f"{name}: the posting is nested too deeply to read") from None
