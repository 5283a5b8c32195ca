"""Interview preparation as Markdown or as a self-contained HTML page."""

from __future__ import annotations

from html import escape

from resume_tailor.errors import UsageError
from resume_tailor.models import InterviewPrep, PrepTopic, StoryPrompt
from resume_tailor.prep.star import PARTS
from resume_tailor.report.markdown import inline

FORMATS = ("md", "html")

_EXTRA_CSS = """
.story { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; margin: 8px 0;
         break-inside: avoid; page-break-inside: avoid; }
.story dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0 0; }
.story dt { font-weight: 600; } .story dd { margin: 0; }
.story dd.missing { color: var(--mid); }
.flags { color: var(--mid); font-size: .9rem; }
pre.note { white-space: pre-wrap; background: var(--soft); padding: 12px; border-radius: 6px; font: inherit; }
ul.checklist { list-style: none; padding-left: 0; } ul.checklist li::before { content: "☐ "; }
@media print { .story { border-color: #999; } pre.note { background: none; border: 1px solid #999; } }
"""


def render_prep(prep: InterviewPrep, fmt: str) -> str:
    """``prep`` as ``"md"`` or ``"html"`` text.

    >>> render_prep(prep, "md").splitlines()[0]
    '# Interview preparation — Amazon'
    """
    if fmt == "md":
        return _markdown(prep)
    if fmt == "html":
        return _html(prep)
    raise UsageError(f"unknown preparation format {fmt!r}; choose one of: {', '.join(FORMATS)}")


def _story_parts(story: StoryPrompt) -> list[tuple[str, str, bool]]:
    return [(part.capitalize(), getattr(story, part), part in story.missing) for part in PARTS]


# --------------------------------------------------------------------------- Markdown


def _markdown(prep: InterviewPrep) -> str:
    out = [f"# Interview preparation — {inline(prep.company)}", ""]
    out += ["## Interview format", ""] + _md_blocks(prep.interview_format) + [""]
    out += [
        "## Your stories, by value and competency",
        "",
        "Each story candidate is a line of your resume framed as STAR (situation, task, action, "
        "result). Parts marked **missing** are not in the bullet yet: prepare them from memory; "
        "never invent them.",
        "",
    ]
    for topic in prep.topics:
        out += _md_topic(topic)
    if prep.no_story:
        out += ["## No story yet — prepare these from scratch", ""]
        out += [f"- {inline(name)}" for name in prep.no_story] + [""]
    if prep.brush_up:
        out += ["## Technical topics to brush up on", ""] + [f"- {inline(t)}" for t in prep.brush_up] + [""]
    out += (
        ["## Questions to ask your interviewers", ""]
        + [f"- {inline(q)}" for q in prep.questions_to_ask]
        + [""]
    )
    out += (
        ["## Thank-you note template", ""]
        + [f"    {line}".rstrip() for line in prep.thank_you_template.splitlines()]
        + [""]
    )
    out += ["## Checklist", ""] + [f"- [ ] {inline(item)}" for item in prep.checklist]
    return "\n".join(out).rstrip() + "\n"


def _blocks(text: str) -> list[tuple[str, list[str]]]:
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


def _md_blocks(text: str) -> list[str]:
    out: list[str] = []
    for kind, lines in _blocks(text):
        out += [f"- {inline(x)}" for x in lines] if kind == "list" else [inline(lines[0])]
        out.append("")
    return out[:-1]


def _html_blocks(text: str) -> str:
    return "".join(
        "<ul>" + "".join(f"<li>{escape(x)}</li>" for x in lines) + "</ul>"
        if kind == "list"
        else f"<p>{escape(lines[0])}</p>"
        for kind, lines in _blocks(text)
    )


def _md_topic(topic: PrepTopic) -> list[str]:
    out = [f"### {inline(topic.name)}", ""]
    if topic.questions:
        out += ["Likely questions:", ""] + [f"- {inline(q)}" for q in topic.questions] + [""]
    if not topic.stories:
        out += ["**No story in your resume yet.** Prepare one from your experience.", ""]
    for number, story in enumerate(topic.stories, 1):
        flags = f" — missing: {', '.join(story.missing)}" if story.missing else " — complete"
        out += [f"{number}. “{inline(story.bullet)}”{flags}"]
        for label, text, missing in _story_parts(story):
            out.append(f"   - **{label}**{' (missing)' if missing else ''}: {inline(text)}")
        out.append("")
    return out


# --------------------------------------------------------------------------- HTML


def _html(prep: InterviewPrep) -> str:
    from resume_tailor.report.html import CSS

    def items(values: list[str], cls: str = "") -> str:
        attr = f' class="{cls}"' if cls else ""
        return f"<ul{attr}>" + "".join(f"<li>{escape(v)}</li>" for v in values) + "</ul>"

    sections = [
        f"<header><h1>Interview preparation — {escape(prep.company)}</h1></header>",
        f'<section id="format"><h2>Interview format</h2>{_html_blocks(prep.interview_format)}</section>',
        '<section id="stories"><h2>Your stories, by value and competency</h2><p class="muted">Each story '
        "candidate is a line of your resume framed as STAR. Parts marked missing are not in the bullet yet: "
        "prepare them from memory; never invent them.</p>"
        + "".join(_html_topic(t) for t in prep.topics)
        + "</section>",
    ]
    if prep.no_story:
        sections.append(
            '<section id="no-story"><h2>No story yet — prepare these from scratch</h2>'
            f"{items(prep.no_story)}</section>"
        )
    if prep.brush_up:
        sections.append(
            f'<section id="brush-up"><h2>Technical topics to brush up on</h2>{items(prep.brush_up)}</section>'
        )
    sections += [
        '<section id="ask"><h2>Questions to ask your interviewers</h2>'
        f"{items(prep.questions_to_ask)}</section>",
        f'<section id="thank-you"><h2>Thank-you note template</h2><pre class="note">'
        f"{escape(prep.thank_you_template)}</pre></section>",
        f'<section id="checklist"><h2>Checklist</h2>{items(prep.checklist, "checklist")}</section>',
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>Interview preparation — {escape(prep.company)}</title>\n<style>{CSS}{_EXTRA_CSS}</style>\n"
        f"</head>\n<body>\n<main>\n{''.join(sections)}\n"
        "<footer>Generated offline by resume-tailor from your resume's own lines.</footer>\n"
        "</main>\n</body>\n</html>\n"
    )


def _html_topic(topic: PrepTopic) -> str:
    questions = "".join(f"<li>{escape(q)}</li>" for q in topic.questions)
    body = [f'<div class="assessment" data-id="{escape(topic.id)}"><h3>{escape(topic.name)}</h3>']
    if questions:
        body.append(f"<p>Likely questions:</p><ul>{questions}</ul>")
    if not topic.stories:
        body.append('<p class="none">No story in your resume yet. Prepare one from your experience.</p>')
    for story in topic.stories:
        flags = f"missing: {', '.join(story.missing)}" if story.missing else "complete"
        rows = "".join(
            f'<dt>{label}</dt><dd class="{"missing" if missing else "found"}">{escape(text)}</dd>'
            for label, text, missing in _story_parts(story)
        )
        body.append(
            f'<div class="story"><q>{escape(story.bullet)}</q> <span class="flags">({flags})</span>'
            f"<dl>{rows}</dl></div>"
        )
    body.append("</div>")
    return "".join(body)
