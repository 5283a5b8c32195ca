"""What the command modules share: the ``--profiles`` option's help and its check.

Only the standard library and resume_tailor.errors are imported here (``tailor --help`` stays fast).
"""

from __future__ import annotations

from pathlib import Path

from resume_tailor.errors import UsageError

PROFILES_HELP = "Extra folder of company profiles (overrides bundled and user ones with the same id)."


def profiles_folder(path: Path | None) -> Path | None:
    """``--profiles`` as given, once checked to be a folder (else :class:`UsageError`, exit 2)."""
    if path is not None and not path.is_dir():
        raise UsageError(f"--profiles {path}: not a folder")
    return path
