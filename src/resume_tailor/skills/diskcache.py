"""Small lookup tables kept as pickles in the user cache dir (the taxonomy's name and category indexes).

Only our own cache files are ever unpickled. An unreadable or unwritable cache only means building
the table again.
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Callable

from resume_tailor import storage

log = logging.getLogger(__name__)


def cached_dict(name: str, key: str, build: Callable[[], dict[str, str]]) -> dict[str, str]:
    """A ``str -> str`` table from the disk cache (file ``<name>-<key>.pickle``), else built and cached."""
    path = storage.user_cache_dir() / f"{name}-{key}.pickle"
    try:
        obj = pickle.loads(path.read_bytes())
        if isinstance(obj, dict):
            return obj
    except FileNotFoundError:
        pass
    except Exception as exc:  # any unreadable pickle means: rebuild
        log.info("cache %s unreadable (%s); rebuilding", path, exc)
    table = build()
    try:
        storage.atomic_write_bytes(path, pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError as exc:
        log.info("cache %s not writable (%s); continuing without it", path, exc)
    return table
