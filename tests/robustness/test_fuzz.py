"""A short property-based fuzz run: no byte string makes a reader raise anything but TailorError.

The long run (10,000+ cases) is ``python benchmarks/hostile_inputs.py --fuzz 10000``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from fuzzing import run_fuzz  # noqa: E402


def test_readers_raise_only_library_errors_on_mutated_inputs() -> None:
    findings = run_fuzz(90)
    assert findings.cases >= 90
    assert not findings.crashes, dict(findings.crashes)
