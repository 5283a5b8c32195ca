"""Renderers of one :class:`~resume_tailor.models.Report`: terminal, text, Markdown, JSON, HTML, DOCX.

Every renderer reads the same Report and computes nothing of its own.

>>> from resume_tailor.report import render
>>> render(report, "md").startswith("# ")
True
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from resume_tailor.errors import UsageError
from resume_tailor.models import Report

if TYPE_CHECKING:
    from rich.console import Console

#: Formats :func:`render` accepts.
FORMATS = ("text", "md", "json", "html")

#: Width of the plain-text rendering.
TEXT_WIDTH = 100


def render(report: Report, fmt: str) -> str:
    """The report as a string in ``fmt``: ``"text"`` (plain, no colour), ``"md"``, ``"json"`` or ``"html"``.

    >>> render(report, "json")[:1]
    '{'
    """
    if fmt == "text":
        return render_text(report)
    if fmt == "md":
        from resume_tailor.report.markdown import render_markdown

        return render_markdown(report)
    if fmt == "json":
        from resume_tailor.report.json_report import render_json

        return render_json(report)
    if fmt == "html":
        from resume_tailor.report.html import render_html

        return render_html(report)
    raise UsageError(f"unknown report format {fmt!r}; choose one of: {', '.join(FORMATS)}")


def render_text(report: Report, width: int = TEXT_WIDTH) -> str:
    """The terminal report as plain text (no colour, no control codes) at ``width`` columns."""
    import io

    from rich.console import Console

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        color_system=None,
        force_terminal=False,
        no_color=True,
        highlight=False,
        emoji=False,
        legacy_windows=False,
    )
    print_report(report, console)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"


def print_report(report: Report, console: Console | None = None) -> None:
    """Print the rich terminal report (colour unless ``NO_COLOR`` is set or output is not a terminal)."""
    from resume_tailor.report.terminal import print_report as _print

    _print(report, console)


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as JSON-ready data, in the shape ``report.schema.json`` describes."""
    from resume_tailor.report.json_report import report_to_dict as _to_dict

    return _to_dict(report)


def annotate_docx(report: Report, src: Path, out: Path) -> int:
    """Copy the DOCX ``src`` to ``out`` with a Word comment per suggested change; return the count."""
    from resume_tailor.report.docx_annotate import annotate_docx as _annotate

    return _annotate(report, src, out)


__all__ = ["FORMATS", "annotate_docx", "print_report", "render", "render_text", "report_to_dict"]
