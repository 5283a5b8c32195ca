"""The on-disk HTTP cache: one file per URL, written atomically, checked on every read.

A file is ``RTC1\\n`` + one JSON line of metadata + the body. The metadata carries the body's length and
SHA-256, so a truncated or edited file is treated as absent instead of being served.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from resume_tailor.storage import atomic_write_bytes, user_cache_dir

MAGIC = b"RTC1\n"


@dataclass
class CacheEntry:
    """A cached response: what revalidation needs (ETag, Last-Modified) and the body."""

    url: str
    final_url: str
    status: int
    content_type: str
    etag: str | None
    last_modified: str | None
    fetched_at: float  # epoch seconds of the last time the server confirmed the body
    body: bytes = b""

    def age(self, now: float | None = None) -> float:
        """Seconds since the server last confirmed this body."""
        return (time.time() if now is None else now) - self.fetched_at


def default_cache_dir() -> Path:
    """``<user cache dir>/http``."""
    return user_cache_dir() / "http"


class HttpCache:
    """Reads and writes :class:`CacheEntry` files under one folder."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else default_cache_dir()

    def path_for(self, url: str) -> Path:
        """The file that holds ``url``'s entry."""
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        return self.folder / key[:2] / f"{key}.cache"

    def load(self, url: str) -> CacheEntry | None:
        """The entry for ``url``, or None when absent, unreadable or corrupt."""
        try:
            data = self.path_for(url).read_bytes()
        except OSError:
            return None
        return decode_entry(data, url)

    def save(self, entry: CacheEntry) -> None:
        """Store ``entry`` atomically (a reader sees the old file or the new one)."""
        atomic_write_bytes(self.path_for(entry.url), encode_entry(entry))


def encode_entry(entry: CacheEntry) -> bytes:
    """Serialise an entry: magic, metadata line, body."""
    meta = {k: v for k, v in asdict(entry).items() if k != "body"}
    meta["length"] = len(entry.body)
    meta["sha256"] = hashlib.sha256(entry.body).hexdigest()
    return MAGIC + json.dumps(meta, sort_keys=True).encode("utf-8") + b"\n" + entry.body


def decode_entry(data: bytes, url: str) -> CacheEntry | None:
    """Parse :func:`encode_entry` output; None if anything does not check out."""
    if not data.startswith(MAGIC):
        return None
    head, sep, body = data[len(MAGIC) :].partition(b"\n")
    if not sep:
        return None
    try:
        meta = json.loads(head)
        if (
            meta.get("url") != url
            or meta.get("length") != len(body)
            or meta.get("sha256") != hashlib.sha256(body).hexdigest()
        ):
            return None
        return CacheEntry(
            url=str(meta["url"]),
            final_url=str(meta["final_url"]),
            status=int(meta["status"]),
            content_type=str(meta["content_type"]),
            etag=meta.get("etag"),
            last_modified=meta.get("last_modified"),
            fetched_at=float(meta["fetched_at"]),
            body=body,
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
