"""The document's order of day and month: a resume writes all its dates one way.

"03/04/2021" is the 3rd of April to a European reader and March the 4th to an American one; on its
own the line cannot tell (:mod:`~resume_tailor.resume.dates` reads slashes month first). The
document can: when one of its slashed dates shows a first number over 12 ("17/11/2021") and none
shows a second number over 12, every slashed date of the document is day first. This stage
rewrites those dates in the dotted form that says so ("03.04.2021"), inside the dates each line
gives its entry, so every later reading agrees.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from resume_tailor.resume.dates import YEAR_PATTERN, find_dates
from resume_tailor.resume.working import LayoutDoc

_SLASHED_RE = re.compile(rf"(?<![\d/.])(\d{{1,2}})/(\d{{1,2}})/{YEAR_PATTERN}(?![\d/])")


def settle_date_order(doc: LayoutDoc) -> None:
    """Stage: slashed dates written day first, by the document's vote, in their dotted form.

    >>> from resume_tailor.resume.lines import Line
    >>> doc = LayoutDoc(read=[])
    >>> doc.lines = [Line("Analyst | 17/11/2021 – Present"), Line("Intern | 03/04/2019 – 05/06/2019")]
    >>> settle_date_order(doc); [ln.text for ln in doc.lines]
    ['Analyst | 17.11.2021 – Present', 'Intern | 03.04.2019 – 05.06.2019']
    """
    if not day_first(ln.text for ln in doc.lines):
        return
    for k, ln in enumerate(doc.lines):
        ds = find_dates(ln.text)
        if ds is None:
            continue
        a, b = ds.span
        dates = _SLASHED_RE.sub(lambda m: m.group(0).replace("/", "."), ln.text[a:b])
        if dates != ln.text[a:b]:
            doc.lines[k] = replace(ln, text=ln.text[:a] + dates + ln.text[b:])


def day_first(texts: Iterable[str]) -> bool:
    """Whether the slashed dates of ``texts`` vote day first: some first number over 12, no second.

    >>> day_first(["05/06/2019", "17/11/2021"]), day_first(["05/06/2019", "11/17/2021"])
    (True, False)
    """
    first = second = False
    for text in texts:
        for m in _SLASHED_RE.finditer(text):
            a, b = int(m.group(1)), int(m.group(2))
            first = first or (a > 12 >= b)
            second = second or (b > 12 >= a)
    return first and not second
