"""The corpus build script's own document writers, checked without Word, LibreOffice or Chromium:
the python-docx styles (``scripts/corpus/word.py``), the filling of LibreOffice's resume templates
(``lotemplates.py``) and of Start Bootstrap's resume theme (``startbootstrap.py``) put every
person's facts in the document, in the layout each one is named for.

Printing them needs LibreOffice and Chromium (not in CI); ``scripts/build_corpus.py --only
'docx-harvard--*'`` does that.
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from html import unescape

import pytest
from build_script import SCRIPTS, build_corpus

sys.path.insert(0, str(SCRIPTS))

from corpus import lotemplates, startbootstrap, word  # noqa: E402
from corpus.people import load_people  # noqa: E402

PEOPLE = load_people()
ADDED_STYLES = (
    "harvard",
    "shaded-rows",
    "dates-first",
    "footer-contact",
    "textbox-sidebar",
    "dates-above",
    "grid-rows",
    "side-headings",
    "employer-dash-title",
)


def _docx_text(style: str, person) -> str:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    word.STYLES[style](person).save(buffer)
    with zipfile.ZipFile(buffer) as z:
        parts = [z.read(n).decode() for n in z.namelist() if n.startswith("word/") and n.endswith(".xml")]
    return unescape(" ".join(" ".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)) for p in parts))


def _facts(person) -> list[str]:  # type: ignore[no-untyped-def]
    d = person.data
    facts = [d["basics"]["name"], d["basics"]["email"]]
    for job in d.get("work", []):
        facts += [job["position"], job["name"], *job.get("highlights", [])]
    for edu in d.get("education", []):
        facts.append(edu["institution"])
    for item in d.get("projects", []) + d.get("volunteer", []):
        facts += item.get("highlights", [])
    return facts


@pytest.mark.parametrize("style", ADDED_STYLES)
def test_each_added_word_style_carries_every_persons_facts(style: str) -> None:
    for person in PEOPLE:
        text = _docx_text(style, person).casefold()  # harvard sets employers in capitals
        for fact in _facts(person):
            assert fact.casefold() in text, (style, person.pid, fact)


def test_harvard_names_each_employer_once_above_its_roles() -> None:
    for person in PEOPLE:
        text = _docx_text("harvard", person)
        jobs = person.data.get("work", [])
        groups = word._by_employer(jobs)
        for group in groups:
            assert text.count(group[0]["name"].upper()) >= 1
        assert sum(len(g) for g in groups) == len(jobs)
        if len(groups) < len(jobs):  # several roles at one employer: the employer line is not repeated
            repeated = groups[[len(g) for g in groups].index(max(len(g) for g in groups))]
            assert text.count(repeated[0]["name"].upper()) == 1


def test_footer_contact_puts_the_contact_in_the_page_footer_only() -> None:
    person = PEOPLE[0]
    doc = word.style_footer_contact(person)
    footer = " ".join(p.text for p in doc.sections[0].footer.paragraphs)
    body = " ".join(p.text for p in doc.paragraphs)
    assert person.data["basics"]["email"] in footer and person.data["basics"]["email"] not in body


def test_conversions_of_a_word_style_go_with_its_split() -> None:
    build = build_corpus()
    for style in word.STYLES:
        held_out = build.template_is_test(f"docx-{style}")
        for tid in (f"libreoffice-{style}", f"libreoffice-docx-{style}"):
            if tid not in build.TEST_TEMPLATES | build.DEV_TEMPLATES:
                assert build.template_is_test(tid) == held_out, tid
    for name in lotemplates.TEMPLATES:
        pdf, docx = f"libreoffice-template-{name}", f"libreoffice-docx-template-{name}"
        assert build.template_is_test(pdf) == build.template_is_test(docx)


@pytest.mark.parametrize("name", sorted(lotemplates.TEMPLATES))
def test_libreoffice_template_bodies_carry_every_persons_facts(name: str) -> None:
    for person in PEOPLE:
        body = unescape(re.sub(r"<[^>]+>", " ", lotemplates._BODIES[name](person)))
        body = re.sub(r"\s+", " ", body)
        for fact in _facts(person):
            assert re.sub(r"\s+", " ", fact) in body, (name, person.pid, fact)


def test_resume1page_uses_the_templates_two_column_entry_sections() -> None:
    person = PEOPLE[0]
    body = lotemplates.resume1page_body(person)
    names = re.findall(r'text:name="(Section\d+)"', body)
    assert len(names) == len(set(names))  # section names must be unique in an ODF document
    entries = sum(len(person.data.get(k, [])) for k in ("work", "projects", "volunteer"))
    assert body.count('text:style-name="Sect1"') == entries


def test_startbootstrap_page_fills_the_themes_markup() -> None:
    for person in PEOPLE:
        page = unescape(startbootstrap.page_html(person))
        assert page.count('class="resume-section"') >= 2
        for fact in _facts(person):
            assert fact in page, (person.pid, fact)
