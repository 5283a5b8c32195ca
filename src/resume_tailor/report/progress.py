"""One progress bar for the long commands (``tailor batch``, ``tailor scrape``), drawn on stderr.

It draws only on a terminal, and starts on the first update rather than on entry: ``tailor batch``
forks its worker processes first, and a running bar's refresh thread must not be forked.

>>> with ProgressBar("resumes") as bar:  # not a terminal under doctest: nothing is drawn
...     bar(0, 3, ""); bar(1, 3, "ana.pdf")
"""

from __future__ import annotations

import sys
from typing import Any

#: Longest item description shown beside the bar.
DESCRIPTION_WIDTH = 50


class ProgressBar:
    """Call it as ``bar(done, total, item)``; a no-op off a terminal or below ``min_total`` items."""

    def __init__(self, label: str, *, min_total: int = 1) -> None:
        self.label = label
        self.min_total = min_total
        self.progress: Any = None
        self.task: Any = None

    def __enter__(self) -> ProgressBar:
        return self

    def __call__(self, done: int, total: int, item: str) -> None:
        if self.progress is None:
            if not sys.stderr.isatty() or total < self.min_total:
                return
            self._start(total)
        self.progress.update(self.task, completed=done, total=total, description=item[:DESCRIPTION_WIDTH])

    def _start(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.progress = Progress(
            TextColumn(f"[bold]{self.label}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.description}", style="dim"),
            console=Console(stderr=True),
            transient=True,
        )
        self.progress.start()
        self.task = self.progress.add_task("", total=total)

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()
