"""The HTML report: one self-contained page (inline CSS, an inline SVG chart, no scripts, no external assets).

It works offline, reflows down to phone widths, and has print rules so it reads well on paper.
"""

from __future__ import annotations

from html import escape

from resume_tailor.models import Assessment, Component, Report, Suggestion
from resume_tailor.report import view

CSS = """
:root { --fg:#1d2330; --muted:#5b6475; --line:#d9dee7; --good:#1f8a4c; --mid:#b7791f; --bad:#c0392b;
        --accent:#2b59c3; --bg:#ffffff; --soft:#f4f6fa; }
* { box-sizing: border-box; }
body { margin:0; background:var(--bg); color:var(--fg);
       font:15px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 960px; margin: 0 auto; padding: 24px 16px 48px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.2rem; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 1rem; margin: 16px 0 4px; }
.target, .muted { color: var(--muted); }
.score { display:flex; flex-wrap:wrap; align-items:baseline; gap:12px; margin:16px 0 8px; }
.score .total { font-size: 3rem; font-weight: 700; line-height: 1; }
.score .band { font-size: 1.1rem; font-weight: 600; text-transform: capitalize; }
.good { color: var(--good); } .mid { color: var(--mid); } .bad { color: var(--bad); }
svg.chart { width: 100%; max-width: 720px; height: auto; display: block; }
svg.chart text { font: 13px sans-serif; fill: var(--fg); }
svg.chart .track { fill: var(--soft); }
svg.chart .bar.good { fill: var(--good); } svg.chart .bar.mid { fill: var(--mid); }
svg.chart .bar.bad { fill: var(--bad); }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { background: var(--soft); font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
td ul { margin: 0; padding-left: 18px; }
.assessment { break-inside: avoid; page-break-inside: avoid; }
.evidence { margin: 4px 0 12px; padding-left: 20px; }
.evidence li { margin: 2px 0; }
.none { color: var(--mid); font-weight: 600; }
blockquote { margin: 4px 0; padding: 4px 10px; border-left: 3px solid var(--accent); background: var(--soft);
             overflow-wrap: anywhere; }
ol.suggestions > li { margin: 10px 0; break-inside: avoid; page-break-inside: avoid; }
.why { color: var(--muted); margin: 2px 0; }
.summary-line { font-style: italic; font-size: 1.05rem; }
footer { margin-top: 40px; color: var(--muted); font-size: .85rem; }
@media (max-width: 560px) {
  body { font-size: 14px; } .score .total { font-size: 2.4rem; } th, td { padding: 4px; }
}
@media print {
  @page { margin: 16mm; }
  body { font-size: 11pt; color: #000; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  tr, blockquote, svg.chart { break-inside: avoid; page-break-inside: avoid; }
  th, blockquote { background: none; }
  .table-wrap { overflow: visible; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def render_html(report: Report) -> str:
    """The report as a complete, self-contained HTML document.

    >>> "<svg" in render_html(report)
    True
    """
    body = "\n".join(
        p
        for p in (
            _header(report),
            _components(report),
            _skills(report),
            *(
                _assessments(heading, items, f"sec-{i}")
                for i, (heading, items) in enumerate(view.assessment_sections(report))
            ),
            _gaps(report),
            _suggestions(report),
            _summary(report),
        )
        if p
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(view.title(report))} — resume-tailor report</title>\n"
        f"<style>{CSS}</style>\n</head>\n<body>\n<main>\n{body}\n"
        "<footer>Generated offline by resume-tailor. Every score above lists the resume lines behind it."
        "</footer>\n</main>\n</body>\n</html>\n"
    )


def tone(score: float) -> str:
    """CSS class of a 0..100 score: ``good`` from 70, ``mid`` from 50, ``bad`` below."""
    return "good" if score >= 70 else "mid" if score >= 50 else "bad"


def chart_svg(components: list[Component]) -> str:
    """An inline SVG horizontal bar chart: one bar per component, its score and weight as labels."""
    row, label_w, bar_w, pad = 30, 210, 380, 8
    width, height = label_w + bar_w + 90, row * len(components) + pad * 2
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" '
        f'role="img" aria-labelledby="chart-title"><title id="chart-title">Score by component</title>'
    ]
    for i, c in enumerate(components):
        y = pad + i * row
        filled = max(0.0, min(100.0, c.score)) / 100 * bar_w
        parts.append(
            f'<g data-component="{escape(c.id)}">'
            f'<text x="0" y="{y + 19}">{escape(c.name)} ({view.fmt_weight(c.weight)})</text>'
            f'<rect class="track" x="{label_w}" y="{y + 5}" width="{bar_w}" height="18" rx="3"/>'
            f'<rect class="bar {tone(c.score)}" x="{label_w}" y="{y + 5}" width="{filled:.1f}" height="18" '
            f'rx="3" data-score="{c.score:.1f}"/>'
            f'<text x="{label_w + bar_w + 8}" y="{y + 19}">{view.fmt_score(c.score)}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _header(report: Report) -> str:
    total = report.score.total
    reasons = "".join(f"<li>{escape(r)}</li>" for r in report.score.reasons)
    return (
        f"<header><h1>{escape(view.title(report))}</h1>"
        f'<p class="target">{escape(view.target(report))}</p>'
        f'<div class="score" id="score"><span class="total {tone(total)}">{view.fmt_total(total)}</span>'
        f'<span class="muted">/ 100</span><span class="band {tone(total)}">{escape(report.score.band)}</span>'
        f"</div>{f'<ul>{reasons}</ul>' if reasons else ''}</header>"
    )


def _components(report: Report) -> str:
    rows = "".join(
        f'<tr><td>{escape(c.name)}</td><td class="num">{view.fmt_score(c.score)}</td>'
        f'<td class="num">{view.fmt_weight(c.weight)}</td>'
        f"<td><ul>{''.join(f'<li>{escape(r)}</li>' for r in c.reasons)}</ul></td></tr>"
        for c in report.score.components
    )
    return (
        '<section id="components"><h2>Score components</h2>'
        + chart_svg(report.score.components)
        + '<div class="table-wrap"><table><thead><tr><th>Component</th><th class="num">Score</th>'
        f'<th class="num">Weight</th><th>Why</th></tr></thead><tbody>{rows}</tbody></table></div></section>'
    )


def _skills(report: Report) -> str:
    found = view.skills(report)
    if not found:
        return (
            '<section id="skills"><h2>Skills found</h2>'
            '<p class="muted">No skills were recognised.</p></section>'
        )
    rows = "".join(
        f"<tr><td>{escape(s.name)}</td><td>{escape(s.category.replace('_', ' '))}</td>"
        f"<td>{'✓' if s.listed else ''}</td><td>{'✓' if s.demonstrated else ''}</td>"
        f'<td class="num">{view.fmt_years(s.years)}</td></tr>'
        for s in found
    )
    return (
        '<section id="skills"><h2>Skills found</h2><div class="table-wrap"><table><thead><tr><th>Skill</th>'
        '<th>Category</th><th>Listed</th><th>Demonstrated</th><th class="num">Years</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div></section>"
    )


def _assessments(heading: str, items: list[Assessment], anchor: str) -> str:
    if not items:
        return ""
    blocks = []
    shown, missing = view.with_and_without_evidence(items)
    for item in shown:
        body = "".join(
            f'<li><q>{escape(ev.text)}</q> <span class="muted">({view.fmt_strength(ev.strength)})</span></li>'
            for ev in item.evidence
        )
        body = f'<ul class="evidence">{body}</ul>'
        blocks.append(
            f'<div class="assessment" data-id="{escape(item.id)}"><h3>{escape(item.name)} '
            f'<span class="{tone(item.score)}">{view.fmt_score(item.score)}</span></h3>{body}</div>'
        )
    if missing:
        names = ", ".join(f'<span data-id="{escape(a.id)}">{escape(a.name)}</span>' for a in missing)
        blocks.append(f'<p class="none">{escape(view.NO_EVIDENCE)}: {names}</p>')
    return f'<section id="{anchor}"><h2>{escape(heading)}</h2>{"".join(blocks)}</section>'


def _gaps(report: Report) -> str:
    if not report.gaps:
        return ""
    rows = "".join(
        f'<tr><td class="num">-{g.cost:.1f}</td><td>{escape(g.kind)}</td><td>{escape(g.name)}'
        f"{' <strong>(required)</strong>' if g.required else ''}</td><td>{escape(g.detail)}</td></tr>"
        for g in report.gaps
    )
    return (
        '<section id="gaps"><h2>Gaps, by what they cost</h2><div class="table-wrap"><table><thead><tr>'
        '<th class="num">Cost</th><th>Kind</th><th>Gap</th><th>Detail</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div></section>"
    )


def _suggestions(report: Report) -> str:
    if not report.suggestions:
        return ""
    top, more = view.split_suggestions(report)
    html = (
        '<section id="suggestions"><h2>Suggestions</h2><h3>Top changes</h3>'
        f'<ol class="suggestions">{_items(report, top)}</ol>'
    )
    if more:
        html += (
            f'<details id="more-suggestions"><summary>More suggestions ({len(more)})</summary>'
            f'<ol class="suggestions" start="{len(top) + 1}">{_items(report, more)}</ol></details>'
        )
    return html + "</section>"


def _items(report: Report, suggestions: list[Suggestion]) -> str:
    items = []
    for s in suggestions:
        lines = "".join(f"<blockquote>{escape(line)}</blockquote>" for line in view.suggestion_lines(s))
        why = f'<p class="why">Why: {escape(s.why)}</p>' if s.why else ""
        label = f'<span class="label">{escape(view.suggestion_label(report, s))}:</span> '
        items.append(f"<li>{label}<strong>{escape(s.advice)}</strong>{lines}{why}</li>")
    return "".join(items)


def _summary(report: Report) -> str:
    if not report.summary_line:
        return ""
    return (
        f'<section id="summary"><h2>Tailored summary line</h2>'
        f'<p class="summary-line">{escape(report.summary_line)}</p></section>'
    )
