"""Build the compiled matchers once per process and keep them in a pickle in the user cache dir.

The process keeps one :class:`~resume_tailor.skills.engine.Extractor` over them
(:func:`get_extractor`); :func:`clear` forgets it and the taxonomy's in-process tables.

The cache file name carries the taxonomy's sha256, the engine (and spaCy's version for the spaCy
engine) and the compiled layout version, so a new taxonomy or spaCy never reads an old pickle.
Only our own cache file is ever unpickled. A corrupt, truncated or unwritable cache is not an
error: we rebuild (and try to rewrite it atomically).
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import threading
from importlib.metadata import version
from importlib.util import find_spec
from pathlib import Path

from resume_tailor import storage
from resume_tailor.errors import ConfigError
from resume_tailor.skills.context_model import read_model_bytes
from resume_tailor.skills.engine import Extractor
from resume_tailor.skills.matcher import MATCHER_FORMAT, CompiledMatchers, build_matchers
from resume_tailor.skills.taxonomy import clear_taxonomy, load_taxonomy, read_data_bytes

log = logging.getLogger(__name__)

_lock = threading.Lock()
_extractor: Extractor | None = None


def cache_key(taxonomy_bytes: bytes, engine: str, spacy_version: str = "") -> str:
    """Key of the compiled matchers: taxonomy content + engine (+ spaCy version) + layout version."""
    h = hashlib.sha256(taxonomy_bytes)
    h.update(f"|engine={engine}|spacy={spacy_version}|format={MATCHER_FORMAT}".encode())
    return h.hexdigest()[:24]


def engine_name() -> str:
    """``index`` (default) or ``spacy`` (``RESUME_TAILOR_SKILLS_ENGINE=spacy``, needs the ``[spacy]`` extra).

    Raises :class:`~resume_tailor.errors.ConfigError` when spaCy is asked for but not installed.
    """
    if os.environ.get("RESUME_TAILOR_SKILLS_ENGINE", "").lower() != "spacy":
        return "index"
    if not _spacy_installed():
        raise ConfigError(
            "RESUME_TAILOR_SKILLS_ENGINE=spacy needs spaCy, an optional extra: "
            "pip install 'resume-tailor[spacy]' (or unset the variable to use the default engine)"
        )
    return "spacy"


def _spacy_installed() -> bool:
    try:
        return find_spec("spacy") is not None
    except (ImportError, ValueError):  # a broken or blocked installation counts as absent
        return False


def cache_path(key: str) -> Path:
    """Where the pickle for ``key`` lives."""
    return storage.user_cache_dir() / f"skills-matcher-{key}.pickle"


def _spacy_version() -> str:
    return version("spacy")


def load_or_build(use_cache: bool = True) -> CompiledMatchers:
    """The compiled matchers from the disk cache, or freshly built (and cached when possible)."""
    engine = engine_name()
    key = cache_key(
        read_data_bytes() + (read_model_bytes() or b""), engine, _spacy_version() if engine == "spacy" else ""
    )
    path = cache_path(key)
    if use_cache:
        try:
            data = path.read_bytes()
            gc_was_enabled = gc.isenabled()
            gc.disable()  # unpickling ~100k small objects: the cyclic GC only slows it down
            try:
                obj = pickle.loads(data)
            finally:
                if gc_was_enabled:
                    gc.enable()
            if isinstance(obj, CompiledMatchers):
                return obj
            log.info("skills cache %s holds the wrong type; rebuilding", path)
        except FileNotFoundError:
            pass
        except Exception as exc:  # any unreadable pickle means: rebuild
            log.info("skills cache %s unreadable (%s); rebuilding", path, exc)
    compiled = build_matchers(load_taxonomy(), engine)
    if use_cache:
        try:
            storage.atomic_write_bytes(path, pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError as exc:
            log.info("skills cache %s not writable (%s); continuing without it", path, exc)
    return compiled


def get_extractor() -> Extractor:
    """The process-wide extractor, its matchers loaded from the disk cache or built on first use.

    This is the one piece of process-wide state of the skills package (with the taxonomy's tables);
    :func:`clear` forgets it.
    """
    global _extractor
    found = _extractor
    if found is None:
        with _lock:
            if _extractor is None:
                _extractor = Extractor(load_or_build())
            found = _extractor
    return found


def get_matchers() -> CompiledMatchers:
    """The process-wide compiled matchers (those of :func:`get_extractor`)."""
    return get_extractor().compiled


def clear() -> None:
    """Forget every in-process skills cache: the extractor and the loaded taxonomy's tables.

    The next use reloads them (from the disk cache when it is valid). Files on disk are kept.
    """
    global _extractor
    with _lock:
        _extractor = None
    clear_taxonomy()
