"""Scraped postings on disk: ``<user data dir>/postings/<company>.jsonl``.

One JSON object per line: ``{"id", "company_key", "site", "fetched_at", "posting": {...JobPosting...}}``,
sorted by id, one line per id (a re-scrape replaces the line and its ``fetched_at``). The whole file is
rewritten through a temporary file and an atomic rename, so a process killed mid-write leaves the old
file or the new one, never half of either. Unreadable lines (a hand edit) are skipped on load.

``scripts/build_demand.py`` can read these with :func:`load_postings`.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from resume_tailor.models import JobPosting, Requirement
from resume_tailor.storage import atomic_write_text, user_data_dir


@dataclass
class StoredPosting:
    """A posting with when and from where it was fetched."""

    id: str
    site: str
    fetched_at: str  # ISO 8601, UTC
    posting: JobPosting


@dataclass
class MergeResult:
    """What a save changed."""

    new: int
    updated: int
    total: int
    path: Path


def postings_dir() -> Path:
    """``<user data dir>/postings``."""
    return user_data_dir() / "postings"


def store_path(company: str, folder: Path | None = None) -> Path:
    """The JSON Lines file of ``company``."""
    safe = re.sub(r"[^a-z0-9_-]+", "-", company.lower()).strip("-") or "unknown"
    return (folder or postings_dir()) / f"{safe}.jsonl"


def posting_key(posting: JobPosting) -> str:
    """The de-duplication key: the site's id, else the URL, else title + location."""
    return posting.id or posting.url or f"{posting.title or ''}|{posting.location or ''}"


def now_iso() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def posting_to_record(item: StoredPosting) -> dict[str, Any]:
    """The JSON object of one line."""
    return {
        "id": item.id,
        "site": item.site,
        "fetched_at": item.fetched_at,
        "posting": dataclasses.asdict(item.posting),
    }


def record_to_posting(record: dict[str, Any]) -> StoredPosting:
    """The inverse of :func:`posting_to_record` (unknown fields ignored)."""
    data = dict(record["posting"])
    fields = {f.name for f in dataclasses.fields(JobPosting)}
    reqs = [
        Requirement(**{k: v for k, v in r.items() if k in {f.name for f in dataclasses.fields(Requirement)}})
        for r in data.get("requirements") or []
    ]
    data["requirements"] = reqs
    posting = JobPosting(**{k: v for k, v in data.items() if k in fields})
    return StoredPosting(str(record["id"]), str(record.get("site") or ""), str(record["fetched_at"]), posting)


def load_stored(company: str, folder: Path | None = None) -> list[StoredPosting]:
    """Every stored posting of ``company`` (empty when none); bad lines are skipped."""
    path = store_path(company, folder)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    items: list[StoredPosting] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            items.append(record_to_posting(json.loads(line)))
        except (ValueError, KeyError, TypeError):
            continue
    return items


def load_postings(company: str, folder: Path | None = None) -> list[JobPosting]:
    """The stored postings of ``company`` as :class:`JobPosting` objects.

    >>> load_postings("nobody-scraped-this", Path("/nonexistent"))
    []
    """
    return [item.posting for item in load_stored(company, folder)]


def save_postings(
    company: str,
    postings: Iterable[JobPosting],
    *,
    site: str | None = None,
    folder: Path | None = None,
    fetched_at: str | None = None,
) -> MergeResult:
    """Merge ``postings`` into the company's file (by id) and rewrite it atomically."""
    path = store_path(company, folder)
    merged = {item.id: item for item in load_stored(company, folder)}
    stamp = fetched_at or now_iso()
    new = updated = 0
    for posting in postings:
        key = posting_key(posting)
        if key in merged:
            updated += 1
        else:
            new += 1
        merged[key] = StoredPosting(key, site or company, stamp, posting)
    lines = [
        json.dumps(posting_to_record(merged[k]), ensure_ascii=False, sort_keys=True) for k in sorted(merged)
    ]
    atomic_write_text(path, "".join(line + "\n" for line in lines))
    return MergeResult(new=new, updated=updated, total=len(merged), path=path)
