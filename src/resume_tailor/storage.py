"""Where resume-tailor keeps files, and how it writes them without ever leaving half a file.

Folders follow platformdirs (XDG on Linux): ``XDG_DATA_HOME`` and ``XDG_CACHE_HOME`` move them, and
``RESUME_TAILOR_DATA_DIR`` / ``RESUME_TAILOR_CACHE_DIR`` override them outright.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

APP_NAME = "resume-tailor"


def user_data_dir() -> Path:
    """Folder for scraped postings and user-added company profiles."""
    override = os.environ.get("RESUME_TAILOR_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_cache_dir() -> Path:
    """Folder for caches that may be deleted at any time (matcher pickle, HTTP cache)."""
    override = os.environ.get("RESUME_TAILOR_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def user_profiles_dir() -> Path:
    """Folder where a user adds their own company profiles (``<name>.yaml``)."""
    return user_data_dir() / "company_profiles"


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see either the old file or the new one, never a part.

    >>> atomic_write_bytes("/tmp/example.txt", b"hello")
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` as UTF-8, atomically (see :func:`atomic_write_bytes`)."""
    atomic_write_bytes(path, text.encode("utf-8"))
