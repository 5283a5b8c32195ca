"""Build the layout corpus: fictional people rendered through real third-party resume templates.

Usage:
    python scripts/build_corpus.py [--out DIR] [--jobs N] [--only GLOB ...] [--force | --truth-only] [--list]

Every file gets a ``.truth.json`` beside it: the person's source data (``scripts/corpus/people``)
cut down to what the template shows (``scripts/corpus/visible.py``). Templates:

* JSON Resume themes from the npm registry (``jsonresume-theme-*``), rendered by the theme's own
  ``render()`` and printed to PDF by headless Chromium;
* LaTeX classes from Debian's TeX Live (moderncv in five styles and with moderntimeline,
  europasscv, simplecv, curve, currvita, europecv, komacv in two styles, ReadableCV, harnon-cv,
  simpleresumecv, tucv, ecv) and Awesome-CV (as npm ``fresh-themes`` ships it, with XeLaTeX),
  filled by our ``.tex`` generator (``scripts/corpus/latex.py``);
* FRESH themes (npm ``fresh-themes``) filled by HackMyResume and printed by Chromium;
* YAMLResume's templates (npm ``@yamlresume/core``: LaTeX, HTML and DOCX), filled by our mapping
  (``scripts/corpus/yamlresume.py``);
* RenderCV's Typst themes (PyPI ``rendercv``), filled by our mapping (``scripts/corpus/rendercv.py``);
* Start Bootstrap's "Resume" site theme (npm ``startbootstrap-resume``), its markup filled by
  ``scripts/corpus/startbootstrap.py`` and printed by Chromium;
* Word layouts written with python-docx (``scripts/corpus/word.py``), some also printed to PDF
  or saved again as DOCX by LibreOffice;
* LibreOffice's own resume templates (``CV.ott``, ``Resume1page.ott``) filled by
  ``scripts/corpus/lotemplates.py``, printed to PDF and saved as DOCX by LibreOffice.

The tools are installed outside the repository (none of this runs in CI)::

    apt-get update && apt-get install -y chromium texlive-latex-extra texlive-xetex \\
        texlive-fonts-extra texlive-lang-chinese texlive-lang-german fonts-croscore \\
        libreoffice-writer
    mkdir -p ~/.cache/resume-tailor-corpus/themes && cd ~/.cache/resume-tailor-corpus/themes
    npm init -y && npm install jsonresume-theme-even jsonresume-theme-elegant ...  # see THEMES
    npm install underscore.string  # kwan requires it without declaring it
    npm install startbootstrap-resume@7.0.6
    mkdir -p ../hackmyresume && cd ../hackmyresume && npm init -y && npm install hackmyresume@1.8.0
    mkdir -p ../yamlresume && cd ../yamlresume && npm init -y && npm install @yamlresume/core@0.16.1
    python3 -m venv ~/.cache/resume-tailor-corpus/rendercv-venv
    ~/.cache/resume-tailor-corpus/rendercv-venv/bin/pip install "rendercv[full]==2.3" click

A template whose tool is missing is skipped (and said so). The dev/test split is fixed here:
see ``split_of``. Same inputs give byte-identical files with the same tool versions (LaTeX runs
with SOURCE_DATE_EPOCH, DOCX zips get fixed timestamps, Chromium, Typst and LibreOffice PDFs get their
time stamps and IDs pinned by ``pin_pdf_stamps``).
"""

from __future__ import annotations

import argparse
import fnmatch
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import fresh, latex, lotemplates, rendercv, startbootstrap, themes, word, yamlresume  # noqa: E402
from corpus.people import Person, full_truth, load_people  # noqa: E402
from corpus.visible import cut_to_visible, file_text  # noqa: E402

# outside the repository, so every checkout on a machine shares one build
DEFAULT_OUT = themes.cache_dir() / "corpus"

# JSON Resume themes (npm package jsonresume-theme-NAME) and their licences as their package.json says
THEMES = {
    "even": "MIT",
    "elegant": "MIT",
    "flat": "MIT",
    "kendall": "MIT",
    "macchiato": "MIT",
    "stackoverflow": "MIT",
    "paper": "MIT",
    "class": "MIT",
    "onepage": "MIT",
    "short": "MIT",
    "spartan": "MIT",
    "classy": "MIT",
    "actual": "MIT",
    "caffeine": "MIT",
    "modern": "ISC",
    "kwan": "MIT",
    "crisp": "MIT",
    "slick": "MIT",
    # added 2026-12-07; not in TEST_TEMPLATES or DEV_TEMPLATES, so split by the stable hash
    "straightforward": "MIT",
    "github": "MIT",
    "onepage-plus": "MIT",
    "mocha-responsive": "MIT",
    "eloquent": "MIT",
    "rocketspacer": "MIT",
    "sceptile": "MIT",
    "kards": "MIT",
    "minyma": "ISC",
    "dinesh": "MIT",
    "riga": "MIT",
    "cora": "MIT",
    "standard-resume": "MIT",
    "pumpkin": "MIT",
    "fresh": "MIT",
    "elite": "MIT",
    "orbit": "MIT",
    "simple-red": "MIT",
    "jacrys": "MIT",
    "srt": "MIT",
    "full": "MIT",
    "mantra": "MIT",
    # added 2026-12-07 (second batch), split by the stable hash
    "autumn": "MIT",
    "compact": "MIT",
    "spartacus": "MIT",
    "msresume": "MIT",
    "direct": "MIT",
    "lucide": "MIT",
    "ace": "MIT",
    "contempo": "MIT",
    "flat-fr": "MIT",
    "simple": "MIT",
    # added 2026-12-07 (third batch), split by the stable hash
    "tachyons-clean": "MIT",
    "paper-plus-plus": "MIT",
    # fourth batch, split by the stable hash
    "boilerplate": "MIT",
    # tried and dropped: tan-responsive (depends on an npm "fs" version the registry no longer has),
    # smart (its template needs every skill to carry a "N/M" level), professional (a React
    # component, no render()), papirus (105 pages for a one-page person), reference (no licence),
    # relaxed (MPL-2.0, but its template needs a level on every skill and a photo); not on the
    # registry (404): briefstrap, rickosborne, engineering, hacker, bufferbloat, one, business-card,
    # clean (the theme spartacus was forked from), futura (crisp's model), umennel, striking
}
# RenderCV's Typst themes (PyPI rendercv, MIT; added 2026-12-07, split by the stable hash), filled
# by our mapping from JSON Resume to RenderCV's input (scripts/corpus/rendercv.py)
RENDERCV_LICENCE = "MIT"
# FRESH themes (npm fresh-themes, MIT) through HackMyResume (npm hackmyresume, MIT), printed by
# Chromium (added 2026-12-07, split by the stable hash; scripts/corpus/fresh.py)
FRESH_LICENCE = "MIT"
# Start Bootstrap's "Resume" site theme (npm startbootstrap-resume, MIT; added 2026-12-07, split by
# the stable hash), its markup filled by us (scripts/corpus/startbootstrap.py), printed by Chromium
STARTBOOTSTRAP_LICENCE = "MIT"
# LibreOffice's own Writer resume templates CV.ott and Resume1page.ott (Debian libreoffice-common,
# MPL-2.0 as its copyright file says for all files; added 2026-12-07), filled by us
# (scripts/corpus/lotemplates.py), printed to PDF and saved as DOCX by LibreOffice; each pair goes
# to one split by the stable hash (see template_is_test)
LO_TEMPLATE_LICENCE = "MPL-2.0"
# YAMLResume's templates (npm @yamlresume/core, MIT; added 2026-12-07, split by the stable hash):
# jake (LaTeX, XeLaTeX + ctex from texlive-lang-chinese), calm and vscode (HTML), calm (DOCX);
# scripts/corpus/yamlresume.py
YAMLRESUME_LICENCE = "MIT"
# not taken from YAMLResume: its moderncv-banking/-casual/-classic documents (moderncv's own layouts,
# two of them held out here); from FRESH: the awesome theme through HackMyResume (its class is
# used directly, LATEX_CLASSES "awesome-cv") and the themes' Word 2003 XML, the same document in
# all three themes
# More LaTeX classes from Debian's TeX Live (added 2026-12-07; not in TEST_TEMPLATES or
# DEV_TEMPLATES, so split by the stable hash): template id -> (writer, Debian package, the class's
# own version line, licence as the class file states it)
LATEX_CLASSES: dict[str, tuple[Callable[[Person], str], str, str, str]] = {
    "curve": (latex.curve_tex, "texlive-pictures", "v1.16 2010/12/14", "LPPL 1.1 or later"),
    "currvita": (latex.currvita_tex, "texlive-latex-extra", "v0.9i 1999/09/13", "GPL"),
    "europecv": (latex.europecv_tex, "texlive-latex-extra", "2022/03/08", "LPPL 1.3 or later"),
    **{
        f"komacv-{style}": (
            partial(latex.komacv_tex, style=style),
            "texlive-latex-extra",
            "v1.1.2 2021/02/12",
            "LPPL 1.3 or later",
        )
        for style in latex.KOMACV_STYLES
    },
    "readablecv": (latex.readablecv_tex, "texlive-latex-extra", "v3.0 2021/01/09", "LPPL 1.3 or later"),
    # second batch: moderncv with the moderntimeline package (bars with years instead of dates)
    "moderntimeline": (
        partial(latex.moderncv_tex, style="classic", timeline=True),
        "texlive-latex-extra",
        "0.11 2020/06/11",
        "LPPL 1.3 or later",
    ),
    "harnon-cv": (latex.harnon_tex, "texlive-latex-extra", "2012", "public domain"),
    "simpleresumecv": (latex.simpleresumecv_tex, "texlive-xetex", "2016/12/25", "Unlicense"),
    "tucv": (latex.tucv_tex, "texlive-latex-extra", "v1.0 2010/11/11", "CC BY-SA 3.0"),
    # third batch: ecv (babel's ngerman from texlive-lang-german, which the class always loads)
    "ecv": (latex.ecv_tex, "texlive-latex-extra", "v0.3 2011/04/18", "all-permissive notice"),
    # fourth batch: Awesome-CV, the class as FRESH's awesome theme ships it (npm fresh-themes,
    # installed with HackMyResume; class LPPL 1.3c, theme MIT), compiled with XeLaTeX
    "awesome-cv": (
        latex.awesome_tex,
        "texlive-xetex",
        "v1.5 2016/01/30 from npm fresh-themes",
        "LPPL 1.3c",
    ),
    # tried and dropped: cv4tw (its newenviron/catoptions stop at \begin{document} with TeX Live 2022);
    # koma-moderncvclassic and bewerbung-cv (copies of moderncv's layouts, two of which are held
    # out); mycv (a layout language with no layout of its own); pas-cv and ESIEEcv (no licence in
    # the files Debian ships); fourth batch: CV.sty (TeX Live package "cv": no licence in the file),
    # skbmoderncv (a copy of moderncv), moderncv's unused body/head variants (ii, vi: the rail
    # layout again)
}
# how a class is compiled when pdflatex alone will not do (XeLaTeX, files beside the document)
TEX_OPTIONS: dict[str, dict[str, Any]] = {
    "simpleresumecv": {"engine": "xelatex", "beside": latex.SIMPLERESUMECV_FONTS},
    "awesome-cv": {"engine": "xelatex", "beside": latex.awesome_files()},
}
# printed to PDF (the last seven added 2026-12-07: the text box, the page footer, the tab rails and
# the ruled table become positioned text in the PDF)
LIBREOFFICE_PDF = (
    "headings-tabs",
    "table-date-rail",
    "textbox-contact",
    "job-board",
    "textbox-sidebar",
    "footer-contact",
    "dates-first",
    "harvard",
    "grid-rows",
    "dates-above",
    "employer-dash-title",
)
LIBREOFFICE_DOCX = ("bold-typed-bullets", "sidebar-table")  # saved again as DOCX


@dataclass(frozen=True)
class Template:
    """One way of rendering a person: an id, its family, the file type and the renderer."""

    tid: str
    family: str
    ext: str
    source: str  # package and version, for SOURCES / the manifest
    render: Callable[[Person, Path], None]
    available: bool = True


# Held-out templates: about one in three of each family, fixed here so adding a template never moves
# another. A LibreOffice PDF goes with the Word style it converts. Templates added later and not
# named here fall back to a stable hash (one in three).
TEST_TEMPLATES = frozenset(
    {
        "jsonresume-kendall",
        "jsonresume-macchiato",
        "jsonresume-slick",
        "jsonresume-class",
        "jsonresume-crisp",
        "jsonresume-caffeine",
        "moderncv-classic",
        "moderncv-banking",
        "docx-table-date-rail",
        "docx-sidebar-table",
        "libreoffice-table-date-rail",
        "libreoffice-docx-sidebar-table",
    }
)
DEV_TEMPLATES = frozenset(
    {
        "jsonresume-even",
        "jsonresume-elegant",
        "jsonresume-flat",
        "jsonresume-stackoverflow",
        "jsonresume-paper",
        "jsonresume-onepage",
        "jsonresume-short",
        "jsonresume-spartan",
        "jsonresume-classy",
        "jsonresume-actual",
        "jsonresume-modern",
        "jsonresume-kwan",
        "moderncv-casual",
        "moderncv-oldstyle",
        "moderncv-fancy",
        "europasscv",
        "simplecv",
        "docx-headings-tabs",
        "docx-bold-typed-bullets",
        "docx-textbox-contact",
        "libreoffice-headings-tabs",
        "libreoffice-textbox-contact",
        "libreoffice-docx-bold-typed-bullets",
    }
)


def split_of(template_id: str, person: Person) -> str:
    """``test`` when the template or the person is held out, else ``dev``.

    People: every fourth (p04, p08, p12, …). Templates: see ``template_is_test``. Never tune the
    parser on ``test``.
    """
    return "test" if template_is_test(template_id) or person.number % 4 == 0 else "dev"


def template_is_test(template_id: str) -> bool:
    """Whether a template is held out: named in TEST_TEMPLATES, or (for one named in neither list)
    one in three by a stable hash of its id; a LibreOffice conversion named in neither list goes
    with the Word style it converts (so a held-out layout never shows in dev as a PDF)."""
    if template_id in TEST_TEMPLATES or template_id in DEV_TEMPLATES:
        return template_id in TEST_TEMPLATES
    for prefix in ("libreoffice-docx-", "libreoffice-"):
        if template_id.startswith(prefix):  # a conversion goes with the Word style it converts
            return template_is_test("docx-" + template_id.removeprefix(prefix))
    return int(hashlib.sha256(template_id.encode()).hexdigest()[:8], 16) % 3 == 0


def _dpkg_version(package: str) -> str | None:
    if shutil.which("dpkg-query") is None:
        return None
    done = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True)
    return done.stdout.strip() or None if done.returncode == 0 else None


def templates() -> list[Template]:
    """Every template this script knows, marked available when its tool is installed."""
    out: list[Template] = []
    have_chromium = themes.chromium() is not None and shutil.which("node") is not None
    for name in THEMES:
        package = f"jsonresume-theme-{name}"
        version = themes.theme_version(package)

        def render(person: Person, path: Path, package: str = package) -> None:
            themes.render_theme(package, person.data, path)

        out.append(
            Template(
                f"jsonresume-{name}",
                "jsonresume",
                "pdf",
                f"npm {package} {version}",
                render,
                bool(version and have_chromium),
            )
        )
    rendercv_version = rendercv.rendercv_version()
    for theme in rendercv.THEMES:
        source = f"pypi rendercv {rendercv_version} ({theme} theme, {RENDERCV_LICENCE})"
        out.append(
            Template(
                f"rendercv-{theme}",
                "rendercv",
                "pdf",
                source,
                partial(_render_rendercv, theme),
                rendercv_version is not None,
            )
        )
    fresh_version = fresh.fresh_version()
    for theme in fresh.THEMES:
        source = f"npm {fresh_version} ({theme} theme, {FRESH_LICENCE})"
        render = partial(_render_fresh, theme)
        out.append(
            Template(f"fresh-{theme}", "fresh", "pdf", source, render, bool(fresh_version and have_chromium))
        )
    out += _yamlresume_templates(have_chromium)
    sb_version = startbootstrap.version()
    out.append(
        Template(
            "startbootstrap-resume",
            "html",
            "pdf",
            f"npm {startbootstrap.PACKAGE} {sb_version} ({STARTBOOTSTRAP_LICENCE})",
            startbootstrap.render_startbootstrap,
            bool(sb_version and have_chromium),
        )
    )
    texlive = _dpkg_version("texlive-latex-extra")
    has_tex = shutil.which("pdflatex") is not None
    classes: dict[str, Callable[[Person], str]] = {
        f"moderncv-{style}": partial(latex.moderncv_tex, style=style) for style in latex.MODERNCV_STYLES
    }
    classes["europasscv"] = latex.europasscv_tex
    classes["simplecv"] = latex.simplecv_tex
    for tid, make_tex in classes.items():
        cls = tid.split("-")[0]
        source = f"texlive-latex-extra {texlive} ({cls})"
        out.append(Template(tid, "latex", "pdf", source, _tex_renderer(make_tex), has_tex))
    for tid, (make_tex, package, version, licence) in LATEX_CLASSES.items():
        source = f"{package} {_dpkg_version(package)} ({tid.split('-')[0]} {version}, {licence})"
        render = _tex_renderer(make_tex, **TEX_OPTIONS.get(tid, {}))
        engine = TEX_OPTIONS.get(tid, {}).get("engine", "pdflatex")
        out.append(Template(tid, "latex", "pdf", source, render, shutil.which(engine) is not None))
    docx_version = _python_docx_version()
    for style in word.STYLES:

        def render_docx(person: Person, path: Path, style: str = style) -> None:
            word.write_docx(style, person, path)

        out.append(Template(f"docx-{style}", "docx", "docx", f"python-docx {docx_version}", render_docx))
    soffice = shutil.which("soffice")
    lo_version = _dpkg_version("libreoffice-writer")
    for fmt, styles in (("pdf", LIBREOFFICE_PDF), ("docx", LIBREOFFICE_DOCX)):
        for style in styles:

            def render_lo(person: Person, path: Path, style: str = style, fmt: str = fmt) -> None:
                _libreoffice(style, person, path, fmt)

            tid = f"libreoffice-{style}" if fmt == "pdf" else f"libreoffice-docx-{style}"
            family = "docx-pdf" if fmt == "pdf" else "docx-lo"
            source = f"libreoffice-writer {lo_version}"
            out.append(Template(tid, family, fmt, source, render_lo, soffice is not None))
    for name, ott in lotemplates.TEMPLATES.items():
        for fmt, tid, family in (
            ("pdf", f"libreoffice-template-{name}", "lo-template"),
            ("docx", f"libreoffice-docx-template-{name}", "docx-lo"),
        ):
            source = (
                f"libreoffice-common {_dpkg_version('libreoffice-common')} ({ott}, {LO_TEMPLATE_LICENCE})"
            )
            render = partial(_render_lo_template, name, fmt)
            out.append(Template(tid, family, fmt, source, render, soffice is not None))
    return out


def _render_lo_template(name: str, fmt: str, person: Person, path: Path) -> None:
    lotemplates.render(name, person, path, fmt)


def _render_rendercv(theme: str, person: Person, path: Path) -> None:
    rendercv.render_rendercv(theme, person, path)


def _yamlresume_templates(have_chromium: bool) -> list[Template]:
    version = yamlresume.core_version()
    out = []
    for name, (engine, template) in yamlresume.LAYOUTS.items():
        source = f"npm @yamlresume/core {version} ({template} {engine} template, {YAMLRESUME_LICENCE})"
        tool = {"latex": shutil.which("xelatex") is not None, "html": have_chromium, "docx": True}[engine]
        family, ext = ("docx-yamlresume", "docx") if engine == "docx" else ("yamlresume", "pdf")
        render = partial(_render_yamlresume, name)
        out.append(Template(f"yamlresume-{name}", family, ext, source, render, bool(version) and tool))
    return out


def _render_yamlresume(name: str, person: Person, path: Path) -> None:
    yamlresume.render_yamlresume(name, person, path)


def _render_fresh(theme: str, person: Person, path: Path) -> None:
    fresh.render_fresh(theme, person.data, path)


def _tex_renderer(make_tex: Callable[[Person], str], **options: Any) -> Callable[[Person, Path], None]:
    def render_tex(person: Person, path: Path) -> None:
        latex.compile_tex(make_tex(person), path, **options)

    return render_tex


def _python_docx_version() -> str:
    from importlib.metadata import version

    return version("python-docx")


def _libreoffice(style: str, person: Person, out: Path, fmt: str) -> None:
    """Write the Word style, then let LibreOffice (headless, own profile) convert it to ``fmt``
    ("pdf": printed; "docx": opened and saved again, in LibreOffice's own DOCX dialect)."""
    with tempfile.TemporaryDirectory(prefix="corpus-lo-") as tmp:
        work = Path(tmp)
        source = work / "resume.docx"
        word.write_docx(style, person, source)
        lotemplates.soffice_convert(source, fmt, out)


def pin_docx_stamps(path: Path) -> None:
    """Fixed zip timestamps and document dates for a DOCX that LibreOffice saved."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.startswith("docProps/"):
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", b"2026-01-01T00:00:00Z", data)
            stamp = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            stamp.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(stamp, data)
    path.write_bytes(buffer.getvalue())


def pin_pdf_stamps(path: Path, seed: str) -> None:
    """Give a PDF fixed creation/modification dates and a document ID derived from ``seed``.

    Chromium and LibreOffice stamp the time of printing, a random ID (and LibreOffice a checksum
    that covers the time); every other byte is
    already the same from run to run. The replacements keep each string's length, so the
    cross-reference offsets stay valid.
    """
    data = path.read_bytes()
    data = re.sub(rb"D:\d{14}", b"D:20260101000000", data)
    digest = hashlib.sha256(seed.encode()).hexdigest().upper().encode()

    def fixed_id(match: re.Match[bytes]) -> bytes:
        return b"<" + (digest * 2)[: len(match.group(1))] + b">"

    data = re.sub(rb"(/DocChecksum /)([0-9A-F]+)", lambda m: m.group(1) + digest[: len(m.group(2))], data)
    head, sep, tail = data.rpartition(b"/ID")
    if sep:
        ids, rest = tail.split(b"]", 1)
        data = head + sep + re.sub(rb"<([0-9A-Fa-f]+)>", fixed_id, ids) + b"]" + rest
    path.write_bytes(data)


def people_for(template: Template, people: list[Person]) -> list[Person]:
    """The people rendered through ``template``: all but about one in five (a stable choice), so not
    every person goes through every template."""
    chosen = []
    for person in people:
        digest = hashlib.sha256(f"{template.tid}/{person.pid}".encode()).hexdigest()
        if int(digest[:8], 16) % 5 != 0:
            chosen.append(person)
    return chosen


def build_one(template: Template, person: Person, out_dir: Path, mode: str = "missing") -> dict[str, Any]:
    """Render one file and write its truth; returns the manifest record.

    ``mode``: "missing" renders only files not there yet, "force" renders again, "truth" keeps
    the rendered file and only writes its truth again (after a change to the people's data
    that does not change what is drawn, or to ``visible.py``).
    """
    stem = f"{template.tid}--{person.pid}"
    path = out_dir / f"{stem}.{template.ext}"
    truth_path = out_dir / f"{stem}.truth.json"
    record = {
        "file": path.name,
        "template": template.tid,
        "person": person.pid,
        "split": split_of(template.tid, person),
    }
    if mode == "missing" and path.is_file() and truth_path.is_file():
        return {**record, "status": "kept"}
    started = time.perf_counter()
    tmp = path.with_name(f".{stem}.part.{template.ext}")
    try:
        if mode == "truth" and path.is_file():
            shutil.copyfile(path, tmp)
        else:
            template.render(person, tmp)
        if template.family in (
            "jsonresume",
            "docx-pdf",
            "rendercv",
            "fresh",
            "yamlresume",
            "html",
            "lo-template",
        ):
            pin_pdf_stamps(tmp, stem)
        elif template.family in ("docx-lo", "docx-yamlresume"):
            pin_docx_stamps(tmp)
        text, links = file_text(tmp)
        truth = cut_to_visible(full_truth(person), text, links)
    except Exception as exc:  # a broken template must not stop the build: it is reported
        tmp.unlink(missing_ok=True)
        return {**record, "status": "failed", "error": f"{type(exc).__name__}: {str(exc)[:300]}"}
    truth = {
        "corpus": 1,
        **record,
        "family": template.family,
        "source": template.source,
        "person_profile": person.data.get("meta", {}).get("profile"),
        **truth,
    }
    truth_path.write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return {**record, "status": "built", "seconds": round(time.perf_counter() - started, 2)}


def build(out_dir: Path, jobs: int, only: list[str], mode: str = "missing") -> dict[str, Any]:
    """Build every (template, person) file that matches ``only`` into ``out_dir``; write the manifest."""
    out_dir.mkdir(parents=True, exist_ok=True)
    people = load_people()
    usable, skipped = [], []
    for template in templates():
        (usable if template.available else skipped).append(template)
    for template in skipped:
        print(f"skipped {template.tid}: its tool is not installed ({template.source})", file=sys.stderr)
    work = [
        (t, p)
        for t in usable
        for p in people_for(t, people)
        if not only or any(fnmatch.fnmatch(f"{t.tid}--{p.pid}", pat) for pat in only)
    ]
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        records = list(pool.map(lambda tp: build_one(tp[0], tp[1], out_dir, mode), work))
    seconds = time.perf_counter() - started
    for rec in records:
        if rec["status"] == "failed":
            print(f"FAILED {rec['file']}: {rec['error']}", file=sys.stderr)
    manifest_path = out_dir / "manifest.json"
    old = json.loads(manifest_path.read_text()) if manifest_path.is_file() else {}
    files = {r["file"]: r for r in old.get("files", [])}
    files.update({r["file"]: r for r in records})
    manifest = {
        "templates": {
            t.tid: {"family": t.family, "source": t.source, "test": template_is_test(t.tid)} for t in usable
        },
        "people": {p.pid: p.data.get("meta", {}).get("profile") for p in people},
        "files": sorted(files.values(), key=lambda r: r["file"]),
        "last_build_seconds": round(seconds, 1),
        "jobs": jobs,
    }
    manifest_path.write_text(json.dumps(manifest, indent=1) + "\n")
    built = sum(r["status"] == "built" for r in records)
    print(
        f"built {built}, kept {sum(r['status'] == 'kept' for r in records)}, failed "
        f"{sum(r['status'] == 'failed' for r in records)} in {seconds:.1f} s with {jobs} jobs -> {out_dir}"
    )
    print_splits(manifest)
    return manifest


def print_splits(manifest: dict[str, Any]) -> None:
    """Templates, people and files in each split (files that exist and have a truth)."""
    for split in ("dev", "test"):
        files = [f for f in manifest["files"] if f["split"] == split and f["status"] != "failed"]
        tids = {f["template"] for f in files}
        pids = {f["person"] for f in files}
        print(f"{split:4}: {len(files)} files, {len(tids)} templates, {len(pids)} people")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output folder (default {DEFAULT_OUT})")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="files rendered at once")
    ap.add_argument(
        "--only", action="append", default=[], help="glob on TEMPLATE--PERSON, e.g. 'moderncv-*' or '*--p01'"
    )
    ap.add_argument("--force", action="store_true", help="render again files that already exist")
    ap.add_argument(
        "--truth-only", action="store_true", help="keep the rendered files, write their truth again"
    )
    ap.add_argument("--list", action="store_true", help="list the templates and their split, then stop")
    args = ap.parse_args()
    if args.list:
        for t in templates():
            state = "" if t.available else "  (tool missing)"
            print(
                f"{t.tid:32} {t.family:10} {'test' if template_is_test(t.tid) else 'dev':4}  "
                f"{t.source}{state}"
            )
        return 0
    mode = "truth" if args.truth_only else "force" if args.force else "missing"
    build(args.out, args.jobs, args.only, mode)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
