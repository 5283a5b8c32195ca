"""The two summary files of a batch run: ``summary.csv`` and ``index.html``.

Both read a :class:`~resume_tailor.batch.BatchResult` and compute nothing of their own. Every CSV cell
that a spreadsheet would read as a formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return, as in a resume named ``=HYPERLINK(...).pdf``) gets a leading ``'``, the neutralisation
spreadsheet tools expect (OWASP "CSV injection").

>>> csv_cell("=cmd|' -C calc'!A0.md"), csv_cell("ana.pdf"), csv_cell(67.5)
("'=cmd|' -C calc'!A0.md", 'ana.pdf', '67.5')
"""

from __future__ import annotations

import csv
import io
from html import escape
from typing import TYPE_CHECKING

from resume_tailor.models import COMPONENT_IDS
from resume_tailor.report.comparison import next_change, ranked, why
from resume_tailor.report.html import CSS, tone
from resume_tailor.report.view import fmt_total

if TYPE_CHECKING:
    from resume_tailor.batch import BatchResult, ResumeResult

#: First characters that make a spreadsheet evaluate a cell.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

CSV_COLUMNS = (
    "resume", "company", "status", "rank", "total", "band", *COMPONENT_IDS,
    "next_change", "report_md", "report_json", "error",
)


def report_file(name: str, company: str, suffix: str) -> str:
    """The file name of one report of a batch: ``<resume>--<company>.<suffix>``."""
    return f"{name}--{company}.{suffix}"


def csv_cell(value: object) -> str:
    """``value`` as CSV cell text, with a leading ``'`` when a spreadsheet would run it as a formula."""
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def summary_csv(result: BatchResult) -> str:
    """One row per resume and company (ranked), then one per failed resume, as CSV text."""
    rows: list[list[object]] = []
    for item in result.results:
        for rank, report in enumerate(item.ranked(), 1):
            scores = {c.id: f"{c.score:.1f}" for c in report.score.components}
            company = report.company.id
            rows.append([
                item.path.name, company, "ok", rank, f"{report.score.total:.1f}", report.score.band,
                *(scores.get(c, "") for c in COMPONENT_IDS),
                next_change(report),
                report_file(item.name, company, "md"), report_file(item.name, company, "json"), "",
            ])
    for failure in result.failures:
        blank = [""] * (len(CSV_COLUMNS) - 4)
        rows.append([failure.path.name, "", "failed", *blank, failure.message])
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows([csv_cell(cell) for cell in row] for row in rows)
    return buffer.getvalue()


def index_html(result: BatchResult) -> str:
    """An HTML page: one row per resume, one column per company (score, linked to its report)."""
    failed = "".join(f"<li>{escape(f.describe())}</li>" for f in result.failures)
    failures = f'<section id="failures"><h2>Failed</h2><ul>{failed}</ul></section>' if failed else ""
    intro = (
        f"{len(result.results)} resumes matched to {len(result.companies)} companies; "
        f"{len(result.failures)} failed. ★ marks each resume's best match."
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>resume-tailor batch summary</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n"
        f'<h1>Batch summary</h1><p class="muted">{intro}</p>'
        f'<div class="table-wrap"><table><thead><tr><th>Resume</th>{_head(result)}</tr></thead>'
        f"<tbody>{''.join(_row(item, result.companies) for item in result.results)}</tbody></table></div>"
        f"{failures}\n</main>\n</body>\n</html>\n"
    )


def _head(result: BatchResult) -> str:
    names = {r.company.id: r.company.name for item in result.results for r in item.reports}
    return "".join(f'<th class="num">{escape(names.get(c, c))}</th>' for c in result.companies)


def _row(item: ResumeResult, companies: list[str]) -> str:
    by_id = {r.company.id: r for r in item.reports}
    best = item.ranked()[0].company.id if item.reports else ""
    cells = []
    for company in companies:
        report = by_id[company]
        mark = " ★" if company == best else ""
        page, md, js = (escape(report_file(item.name, company, s)) for s in ("html", "md", "json"))
        cells.append(
            f'<td class="num"><a href="{page}" class="{tone(report.score.total)}">'
            f'{fmt_total(report.score.total)}</a>{mark} <a class="muted" href="{md}">md</a> '
            f'<a class="muted" href="{js}">json</a></td>'
        )
    compare = escape(report_file(item.name, "comparison", "md"))
    name = escape(item.path.name)
    reasons = "".join(
        f"<li><strong>{escape(r.company.name)}</strong> {fmt_total(r.score.total)}: {escape(why(r))}</li>"
        for r in ranked(item.reports)
    )
    why_row = f'<tr class="why"><td colspan="{len(companies) + 1}"><ul>{reasons}</ul></td></tr>'
    return (
        f'<tr><td>{name} <a class="muted" href="{compare}">compare</a></td>{"".join(cells)}</tr>{why_row}'
    )
