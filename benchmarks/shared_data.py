"""Where the benchmarks find the shared evaluation data (never read by the project's tests).

``../shared/data`` next to the repository, or ``$RESUME_TAILOR_SHARED``: the ``shared`` folder or its
``data`` folder.
"""

from __future__ import annotations

import os
from pathlib import Path


def shared_data_dir() -> Path:
    """The shared ``data`` folder."""
    env = os.environ.get("RESUME_TAILOR_SHARED")
    if env:
        path = Path(env)
        return path / "data" if (path / "data").is_dir() else path
    return Path(__file__).resolve().parents[1].parent / "shared" / "data"
