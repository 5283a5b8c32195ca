"""Interview preparation as Markdown, as a self-contained HTML page, or as JSON (one document model)."""

from __future__ import annotations

import json
from html import escape

from resume_tailor.errors import UsageError
from resume_tailor.models import InterviewPrep, PrepTopic
from resume_tailor.prep.document import Block, prep_to_dict, sections, story_parts
from resume_tailor.report.markdown import inline

FORMATS = ("md", "html", "json")

_EXTRA_CSS = """
.story { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; margin: 8px 0;
         break-inside: avoid; page-break-inside: avoid; }
.story dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0 0; }
.story dt { font-weight: 600; } .story dd { margin: 0; }
.story dd.missing { color: var(--mid); }
.flags { color: var(--mid); font-size: .9rem; }
blockquote.pitch { border-left: 4px solid var(--accent); margin: 8px 0; padding: 4px 12px; }
pre.note { white-space: pre-wrap; background: var(--soft); padding: 12px; border-radius: 6px; font: inherit; }
ul.checklist { list-style: none; padding-left: 0; } ul.checklist li::before { content: "☐ "; }
@media print { .story { border-color: #999; } pre.note { background: none; border: 1px solid #999; } }
"""


def render_prep(prep: InterviewPrep, fmt: str) -> str:
    """``prep`` as ``"md"``, ``"html"`` or ``"json"`` text.

    >>> render_prep(prep, "md").splitlines()[0]
    '# Interview preparation — Amazon'
    """
    if fmt == "md":
        return _markdown(prep)
    if fmt == "html":
        return _html(prep)
    if fmt == "json":
        return json.dumps(prep_to_dict(prep), indent=2, ensure_ascii=False) + "\n"
    raise UsageError(f"unknown preparation format {fmt!r}; choose one of: {', '.join(FORMATS)}")


def _text_blocks(text: str) -> list[tuple[str, list[str]]]:
    """Paragraphs of ``text`` as (kind, lines): ``"list"`` for lines that start with "- ", else ``"p"``."""
    blocks: list[tuple[str, list[str]]] = []
    for line in (x.strip() for x in text.splitlines()):
        if not line:
            continue
        kind, body = ("list", line[2:]) if line.startswith("- ") else ("p", line)
        if blocks and blocks[-1][0] == kind == "list":
            blocks[-1][1].append(body)
        else:
            blocks.append((kind, [body]))
    return blocks


# --------------------------------------------------------------------------- Markdown


def _markdown(prep: InterviewPrep) -> str:
    out = [f"# Interview preparation — {inline(prep.company)}", ""]
    for section in sections(prep):
        out += [f"## {inline(section.title)}", ""]
        for block in section.blocks:
            out += _md_block(block)
    return "\n".join(out).rstrip() + "\n"


def _md_block(block: Block) -> list[str]:
    if block.kind == "p":
        return [inline(block.items[0]), ""]
    if block.kind == "quote":
        return [f"> {inline(block.items[0])}", ""]
    if block.kind == "list":
        return [f"- {inline(x)}" for x in block.items] + [""]
    if block.kind == "olist":
        return [f"{i}. {inline(x)}" for i, x in enumerate(block.items, 1)] + [""]
    if block.kind == "checklist":
        return [f"- [ ] {inline(x)}" for x in block.items] + [""]
    if block.kind == "pre":
        return [f"    {line}".rstrip() for line in block.items[0].splitlines()] + [""]
    if block.kind == "text":
        out: list[str] = []
        for kind, lines in _text_blocks(block.items[0]):
            out += ([f"- {inline(x)}" for x in lines] if kind == "list" else [inline(lines[0])]) + [""]
        return out
    assert block.topic is not None
    return _md_topic(block.topic)


def _md_topic(topic: PrepTopic) -> list[str]:
    out = [f"### {inline(topic.name)} (weight {topic.weight:g})", ""]
    if topic.questions:
        out += ["Likely questions:", ""] + [f"- {inline(q)}" for q in topic.questions] + [""]
    if not topic.stories:
        out += ["**No story in your resume yet.** See the story plan for a starting point.", ""]
    for number, story in enumerate(topic.stories, 1):
        flags = f" — missing: {', '.join(story.missing)}" if story.missing else " — complete"
        out += [f"{number}. “{inline(story.bullet)}”{flags}"]
        for label, text, missing in story_parts(story):
            out.append(f"   - **{label}**{' (missing)' if missing else ''}: {inline(text)}")
        out.append("")
    return out


# --------------------------------------------------------------------------- HTML


def _html(prep: InterviewPrep) -> str:
    from resume_tailor.report.html import CSS

    body = [f"<header><h1>Interview preparation — {escape(prep.company)}</h1></header>"]
    for section in sections(prep):
        inner = "".join(_html_block(b) for b in section.blocks)
        body.append(f'<section id="{section.id}"><h2>{escape(section.title)}</h2>{inner}</section>')
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>Interview preparation — {escape(prep.company)}</title>\n<style>{CSS}{_EXTRA_CSS}</style>\n"
        f"</head>\n<body>\n<main>\n{''.join(body)}\n"
        "<footer>Generated offline by resume-tailor from your resume's own lines.</footer>\n"
        "</main>\n</body>\n</html>\n"
    )


def _items(values: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<ul{attr}>" + "".join(f"<li>{escape(v)}</li>" for v in values) + "</ul>"


def _html_block(block: Block) -> str:
    if block.kind == "p":
        return f"<p>{escape(block.items[0])}</p>"
    if block.kind == "quote":
        return f'<blockquote class="pitch">{escape(block.items[0])}</blockquote>'
    if block.kind == "olist":
        return "<ol>" + "".join(f"<li>{escape(v)}</li>" for v in block.items) + "</ol>"
    if block.kind in ("list", "checklist"):
        return _items(block.items, "checklist" if block.kind == "checklist" else "")
    if block.kind == "pre":
        return f'<pre class="note">{escape(block.items[0])}</pre>'
    if block.kind == "text":
        return "".join(
            _items(lines) if kind == "list" else f"<p>{escape(lines[0])}</p>"
            for kind, lines in _text_blocks(block.items[0])
        )
    assert block.topic is not None
    return _html_topic(block.topic)


def _html_topic(topic: PrepTopic) -> str:
    questions = "".join(f"<li>{escape(q)}</li>" for q in topic.questions)
    body = [
        f'<div class="assessment" data-id="{escape(topic.id)}"><h3>{escape(topic.name)} '
        f'<span class="muted">(weight {topic.weight:g})</span></h3>'
    ]
    if questions:
        body.append(f"<p>Likely questions:</p><ul>{questions}</ul>")
    if not topic.stories:
        body.append(
            '<p class="none">No story in your resume yet. See the story plan for a starting point.</p>'
        )
    for story in topic.stories:
        flags = f"missing: {', '.join(story.missing)}" if story.missing else "complete"
        rows = "".join(
            f'<dt>{label}</dt><dd class="{"missing" if missing else "found"}">{escape(text)}</dd>'
            for label, text, missing in story_parts(story)
        )
        body.append(
            f'<div class="story"><q>{escape(story.bullet)}</q> <span class="flags">({flags})</span>'
            f"<dl>{rows}</dl></div>"
        )
    body.append("</div>")
    return "".join(body)
