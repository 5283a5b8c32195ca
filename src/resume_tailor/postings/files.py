"""Read a posting file (.txt, .md, .html, .json; sniffed by content, not by extension)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from resume_tailor.errors import PostingError
from resume_tailor.models import JobPosting
from resume_tailor.postings.html import parse_posting_html
from resume_tailor.postings.requirements import SkillFinder
from resume_tailor.postings.structured import find_jsonld_postings, posting_from_fields
from resume_tailor.postings.text import parse_posting_text

MAX_BYTES = 5 * 1024 * 1024
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
    """Parse a posting file: plain text or markdown, an HTML page, or a JSON file (sniffed by content).

    Raises :class:`~resume_tailor.errors.PostingError` for a missing, unreadable, empty or
    requirement-less posting.

    >>> parse_posting("examples/amazon-sde.txt").required[0].text  # doctest: +SKIP
    '3+ years of non-internship professional software development experience'
    """
    path = Path(source)
    name = path.name
    try:
        if path.stat().st_size > MAX_BYTES:
            raise PostingError(f"{name}: the posting file is larger than {MAX_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
    except FileNotFoundError:
        raise PostingError(f"posting file not found: {path}") from None
    except IsADirectoryError:
        raise PostingError(f"{path} is a folder, not a posting file") from None
    except OSError as exc:
        raise PostingError(f"cannot read posting file {path}: {exc.strerror or exc}") from None
    if b"\x00" in data[:4096]:
        raise PostingError(f"{name}: not a text, HTML or JSON posting (binary content)")
    text = data.decode("utf-8", errors="replace")
    kind = sniff(text)
    if kind == "json":
        return parse_posting_json(text, name=name, find_skills=find_skills)
    if kind == "html":
        return parse_posting_html(text, find_skills=find_skills)
    return parse_posting_text(text, find_skills=find_skills)
