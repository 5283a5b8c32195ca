"""Scores on one scale: a component's raw score read as a percentile of a reference set of resumes.

The raw scores of the components are not comparable between companies: Google's four broad
attributes are easy to evidence, Netflix's eight specific values are not, and one company's skill
demand is narrower than another's. So each raw score is placed among the raw scores that the same
company gives a fixed reference set of resumes (fictional calibration resumes at known levels, the
project's examples and public sample resumes; see ``benchmarks/data/calibration/README.md``): 50
means "as good as the middle reference resume *for this company*", 90 "better than nine in ten".

The reference statistics are committed data (``calibration.json`` next to this module), rebuilt by
``scripts/build_calibration.py`` whenever the scorers change.

>>> percentile_of(50.0, [20.0, 40.0, 60.0, 80.0])
50.0
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache
from typing import Any

from resume_tailor.models import COMPONENT_IDS

TABLE = "calibration.json"
CALIBRATED = COMPONENT_IDS  # every component has its own table


@cache
def table() -> dict[str, Any]:
    """The committed reference statistics: ``{"companies": {id: {component: [sorted raw]}}, ...}``."""
    from importlib import resources

    text = resources.files("resume_tailor.matching").joinpath(TABLE).read_text(encoding="utf-8")
    data = json.loads(text)
    assert isinstance(data, dict), TABLE
    return data


def reference(company_id: str, component: str) -> list[float]:
    """The sorted raw scores of the reference resumes for this company and component; the pooled
    scores of all bundled companies for a company the table does not know (a user's own profile)."""
    data = table()
    own = data.get("companies", {}).get(company_id, {}).get(component)
    if own:
        return [float(x) for x in own]
    return [float(x) for x in data.get("pooled", {}).get(component, [])]


def percentile_of(raw: float, values: Sequence[float]) -> float:
    """``raw`` as a 0..100 mid-rank percentile of the sorted ``values``, linear between them.

    Ties count half (a score equal to every reference score is 50); below the lowest reference
    score the percentile falls linearly to 0 at a raw 0, above the highest it rises to 100 at 100.
    A raw 0 is read like any other score: 0 when every reference resume shows something, the
    mid-rank of the zeros when some show nothing either. (Pinning it at 0 whatever the references
    did made a company whose values few resumes evidence come last for almost everyone.)

    >>> percentile_of(100.0, [100.0, 100.0])
    50.0
    >>> percentile_of(0.0, [10.0, 20.0])
    0.0
    >>> percentile_of(0.0, [0.0, 0.0, 10.0, 20.0])
    25.0
    """
    if not values:
        return max(0.0, raw)
    raw = max(0.0, raw)
    n = len(values)
    distinct = sorted(set(values))
    points = [
        (v, 100 * (bisect_left(values, v) + 0.5 * (bisect_right(values, v) - bisect_left(values, v))) / n)
        for v in distinct
    ]
    low_v, low_p = points[0]
    high_v, high_p = points[-1]
    if raw <= low_v:
        return round(low_p * raw / low_v, 1) if low_v > 0 else round(low_p, 1)
    if raw >= high_v:
        if high_v >= 100:
            return round(high_p, 1)
        return round(high_p + (100 - high_p) * (raw - high_v) / (100 - high_v), 1)
    i = bisect_right(distinct, raw)
    (v0, p0), (v1, p1) = points[i - 1], points[i]
    return round(p0 + (p1 - p0) * (raw - v0) / (v1 - v0), 1)


def calibrate(company_id: str, component: str, raw: float) -> float:
    """The calibrated 0..100 score of a raw component score for a company."""
    return percentile_of(raw, reference(company_id, component))


def describe(company_id: str, component: str, raw: float | None = None) -> str:
    """A short note on what the calibrated number means, for the component's reasons.

    >>> describe("acme", "values", 0.0).startswith("calibrated")
    True
    """
    values = reference(company_id, component)
    n = len(values)
    zeros = sum(1 for v in values if v <= 0)
    if raw is not None and raw <= 0 and zeros:
        return (
            f"calibrated: nothing shown, like {zeros} of {n} reference resumes "
            "(half of that share is the score)"
        )
    return f"calibrated: the share of {n} reference resumes this raw score beats (ties count half)"
