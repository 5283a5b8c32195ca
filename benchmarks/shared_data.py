"""Where the benchmarks and scripts find the shared evaluation data (never read by the project's tests).

``../shared/data`` next to the repository, or ``$RESUME_TAILOR_SHARED`` (or a script's own option):
the ``shared`` folder or its ``data`` folder. The one definition: scripts/ import it too.
"""

from __future__ import annotations

import os
from pathlib import Path


def shared_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The shared ``data`` folder: ``override``, else ``$RESUME_TAILOR_SHARED``, else ``../shared/data``."""
    env = override or os.environ.get("RESUME_TAILOR_SHARED")
    if env:
        path = Path(env)
        return path / "data" if (path / "data").is_dir() else path
    return Path(__file__).resolve().parents[1].parent / "shared" / "data"
