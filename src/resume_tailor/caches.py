"""Every piece of process-wide state in resume-tailor, listed in one place, and one way to clear it.

Heavy or often-read objects are built lazily on first use and kept for the life of the process:

=======================================  ==================================================================
where                                    what is kept
=======================================  ==================================================================
``companies.loader``                     parsed profiles and demand files, keyed by path and mtime, so an
                                         edited user profile is re-read on the next load
``scrape.client``                        per-host time of the last request (the rate limit)
``skills.cache``                         the skill extractor and its compiled matchers
``skills.taxonomy``                      the bundled taxonomy and its two lookup tables
``matching.lexicon``, ``.bullets``,      the matcher's YAML data, compiled cue sets and per-text memos,
``.text``, ``.skillfit``, ``.language``,
``.calibration``, ``.evidence_model``,   the trained evidence reader and its per-bullet features
``.evidence_features``
``resume.dates``                         the dates found in each line of text already read
``prep.plan``                            the interview guide
``prep.design``                          the kinds of system and their questions
=======================================  ==================================================================

The on-disk caches (the user cache folder, see :mod:`resume_tailor.storage`) are not process state:
they are keyed by content digests and need no clearing.

:func:`clear_caches` forgets all of it. It only touches modules already imported (it imports nothing),
so it is cheap in a fresh process. Use it in a long-lived process after bundled data files changed
in place, and between tests (``tests/conftest.py`` calls it after every test).

>>> clear_caches()
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

__all__ = ["CLEARERS", "clear_caches"]

#: (module, attribute): a function that clears a module's state, or an ``lru_cache``/``cache`` function.
#: tests/test_caches.py checks that every cached function in src/ is listed here.
CLEARERS: tuple[tuple[str, str], ...] = (
    ("resume_tailor.companies.loader", "clear_cache"),
    ("resume_tailor.scrape.client", "reset_rate_limits"),
    ("resume_tailor.skills.cache", "clear"),  # the extractor and the taxonomy tables
    ("resume_tailor.skills.taxonomy", "load_taxonomy"),
    ("resume_tailor.skills.taxonomy", "_data_digest"),
    ("resume_tailor.skills.taxonomy", "_categories_by_name"),
    ("resume_tailor.skills.taxonomy", "_surface_index"),
    ("resume_tailor.skills.taxonomy", "_competence_verbs"),
    ("resume_tailor.resume.dates", "_dates_in"),
    ("resume_tailor.matching.lexicon", "load_data"),
    ("resume_tailor.matching.lexicon", "competencies"),
    ("resume_tailor.matching.lexicon", "themes"),
    ("resume_tailor.matching.lexicon", "theme_map"),
    ("resume_tailor.matching.bullets", "_clarity"),
    ("resume_tailor.matching.bullets", "_keyword"),
    ("resume_tailor.matching.bullets", "_rules"),
    ("resume_tailor.matching.text", "stem"),
    ("resume_tailor.matching.skillfit", "_taxonomy"),
    ("resume_tailor.matching.language", "action_verbs"),
    ("resume_tailor.matching.skillfit", "_parents"),
    ("resume_tailor.matching.calibration", "table"),
    ("resume_tailor.matching.lexicon", "_is_tool"),
    ("resume_tailor.matching.lexicon", "family_patterns"),
    ("resume_tailor.matching.evidence_features", "bullet_features"),
    ("resume_tailor.matching.evidence_model", "evidence_model"),
    ("resume_tailor.prep.plan", "_guide"),
    ("resume_tailor.prep.design", "_systems"),
)


def clear_caches() -> None:
    """Forget every in-process cache of the modules imported so far (see the table above)."""
    for module_name, attribute in CLEARERS:
        module = sys.modules.get(module_name)
        if module is not None:
            _clearer(getattr(module, attribute))()


def _clearer(target: Any) -> Callable[[], None]:
    """``f.cache_clear`` for a cached function, else the clearing function itself."""
    clear: Callable[[], None] = getattr(target, "cache_clear", target)
    return clear
