"""LaTeX resume classes from TeX Live (Debian's texlive-* packages), filled with a person's data.

The classes are third-party (moderncv, europasscv, …); what is ours is the ``.tex`` generator that
calls each class's own commands. Sections appear in the order people usually give them; the
activities heading and the word for an ongoing role vary with the template so the parser meets
several spellings. Builds are made reproducible with ``SOURCE_DATE_EPOCH`` (pdfTeX dates and IDs).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from .people import Person, date_text, degree_of, entry_head, entry_sections, iso

_SPECIAL = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}

SOURCE_DATE_EPOCH = "1767225600"  # 2026-01-01: fixed dates inside the PDFs


def tex(text: str | None) -> str:
    """``text`` with LaTeX's special characters escaped."""
    return "".join(_SPECIAL.get(ch, ch) for ch in (text or ""))


def _dates(
    item: dict[str, Any], style: str, *, present: str, years_only: bool = False, dash: str = "--"
) -> str:
    start, end = iso(item.get("startDate")), iso(item.get("endDate"))
    if not start:
        return ""
    if years_only:
        return f"{start[:4]}{dash}{end[:4] if end else present}"
    last = date_text(end, style) if end else present
    return f"{date_text(start, style)} {dash} {last}"


def _itemize(lines: list[str], env: str = "itemize") -> str:
    if not lines:
        return ""
    items = "\n".join(rf"  \item {tex(line)}" for line in lines)
    return f"\\begin{{{env}}}\n{items}\n\\end{{{env}}}"


def _location(basics: dict[str, Any]) -> str:
    loc = basics.get("location", {})
    return ", ".join(x for x in (loc.get("city"), loc.get("region"), loc.get("countryCode")) if x)


def _stacked(*values: str | None) -> str:
    """The given values escaped, one per line (``\\``), the missing ones left out."""
    return r"\\".join(tex(v) for v in values if v)


def _if_phone(basics: dict[str, Any], line: str) -> list[str]:
    """``[line]`` when the person gives a phone number, else nothing (no label over an empty value)."""
    return [line] if basics.get("phone") else []


def _profiles(basics: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {p["network"].lower(): p for p in basics.get("profiles", []) if p.get("network")}


# ---------------------------------------------------------------- moderncv
MODERNCV_STYLES = ("casual", "classic", "banking", "oldstyle", "fancy")
_ACTIVITY_HEADINGS = (
    "Volunteering",
    "Leadership and Activities",
    "Activities",
    "Volunteer Experience",
    "Extracurricular",
)
_PRESENT_WORDS = ("Present", "present", "now", "Current", "Present")


def moderncv_tex(person: Person, style: str, *, timeline: bool = False) -> str:
    """A moderncv document in ``style`` (one of MODERNCV_STYLES) for ``person``; with ``timeline``
    the dates are drawn by the moderntimeline package (a bar per entry, the start and end years
    printed small at its ends) instead of written in the hint column."""
    d = person.data
    b = d["basics"]
    index = MODERNCV_STYLES.index(style)
    present = _PRESENT_WORDS[index]
    years_only = style == "oldstyle"  # the class's own examples write years only
    first, _, last = b["name"].rpartition(" ")
    out = [
        r"\documentclass[11pt,a4paper,sans]{moderncv}",
        rf"\moderncvstyle{{{style}}}",
        r"\moderncvcolor{" + ("blue", "green", "grey", "orange", "burgundy")[index] + "}",
        r"\usepackage[utf8]{inputenc}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage{lmodern}",
        r"\usepackage[scale=0.8]{geometry}",
        rf"\name{{{tex(first)}}}{{{tex(last)}}}",
    ]
    if timeline:
        out += [r"\usepackage{moderntimeline}", _timeline_span(person)]
    cventry = partial(_cventry, person, present=present, years_only=years_only, timeline=timeline)
    if b.get("label"):
        out.append(rf"\title{{{tex(b['label'])}}}")
    out.append(rf"\address{{{tex(_location(b))}}}{{}}{{}}")
    if b.get("phone"):
        out.append(rf"\phone[mobile]{{{tex(b['phone'])}}}")
    out.append(rf"\email{{{tex(b['email'])}}}")
    if b.get("url"):
        out.append(rf"\homepage{{{tex(b['url'].split('://', 1)[-1])}}}")
    for network, profile in _profiles(b).items():
        if network in ("linkedin", "github"):
            out.append(rf"\social[{network}]{{{tex(profile['username'])}}}")
        elif profile.get("url"):
            out.append(rf"\extrainfo{{{tex(profile['url'].split('://', 1)[-1])}}}")
    out += [r"\begin{document}", r"\makecvtitle"]
    if b.get("summary"):
        out += [r"\section{Summary}", rf"\cvitem{{}}{{{tex(b['summary'])}}}"]
    out.append(r"\section{Experience}")
    for job in d.get("work", []):
        out.append(
            cventry(job)
            + rf"{{{tex(job['position'])}}}{{{tex(job['name'])}}}"
            + rf"{{{tex(job.get('location'))}}}{{}}{{{_itemize(job.get('highlights', []))}}}"
        )
    out.append(r"\section{Education}")
    for edu in d.get("education", []):
        score = rf"\textit{{{tex(edu['score'])}}}" if edu.get("score") else ""
        out.append(
            cventry(edu, years_only=True)
            + rf"{{{tex(degree_of(edu))}}}{{{tex(edu['institution'])}}}{{}}{{{score}}}{{}}"
        )
    if d.get("projects"):
        out.append(r"\section{Projects}")
        for proj in d["projects"]:
            bullets = _itemize(proj.get("highlights", []))
            out.append(cventry(proj) + rf"{{{tex(proj['name'])}}}{{}}{{}}{{}}{{{bullets}}}")
    if d.get("volunteer"):
        out.append(rf"\section{{{_ACTIVITY_HEADINGS[index]}}}")
        for vol in d["volunteer"]:
            out.append(
                cventry(vol)
                + rf"{{{tex(vol['position'])}}}{{{tex(vol['organization'])}}}"
                + rf"{{}}{{}}{{{_itemize(vol.get('highlights', []))}}}"
            )
    if d.get("certificates"):
        out.append(r"\section{Certifications}")
        for cert in d["certificates"]:
            year = (cert.get("date") or "")[:4]
            out.append(rf"\cvitem{{{year}}}{{{tex(cert['name'])}, {tex(cert.get('issuer'))}}}")
    if d.get("skills"):
        out.append(r"\section{Skills}")
        for group in d["skills"]:
            out.append(rf"\cvitem{{{tex(group['name'])}}}{{{tex(', '.join(group.get('keywords', [])))}}}")
    if d.get("languages"):
        out.append(r"\section{Languages}")
        for lang in d["languages"]:
            out.append(rf"\cvitem{{{tex(lang['language'])}}}{{{tex(lang.get('fluency'))}}}")
    out.append(r"\end{document}")
    return "\n".join(out) + "\n"


def _cventry(person: Person, item: dict[str, Any], *, present: str, years_only: bool, timeline: bool) -> str:
    """The start of a moderncv entry up to its dates: ``\\cventry{dates}``, or moderntimeline's
    ``\\tlcventry{start}{end}`` (year/month; end 0 while it goes on)."""
    if not timeline:
        return rf"\cventry{{{_dates(item, person.date_style, present=present, years_only=years_only)}}}"
    start, end = iso(item.get("startDate")), iso(item.get("endDate"))
    if not start:
        return r"\cventry{}"
    return rf"\tlcventry{{{_year_month(start)}}}{{{_year_month(end) if end else 0}}}"


def _year_month(date: str | None) -> str:
    year, _, rest = (date or "").partition("-")
    return f"{year}/{int(rest[:2])}" if rest else year


def _timeline_span(person: Person) -> str:
    """moderntimeline's ``\\tlmaxdates``: the years the bars span (every dated entry)."""
    d = person.data
    items = [i for key in ("work", "education", "projects", "volunteer") for i in d.get(key, [])]
    years = [int(str(i[k])[:4]) for i in items for k in ("startDate", "endDate") if i.get(k)]
    if any(i.get("startDate") and not i.get("endDate") for i in items):
        years.append(2026)  # an ongoing bar runs to the end of the axis
    return rf"\tlmaxdates{{{min(years)}}}{{{max(years) + 1}}}"


# ---------------------------------------------------------------- europasscv
def europasscv_tex(person: Person) -> str:
    """A europasscv document (the Europass CV layout: labels on the left, content on the right)."""
    d = person.data
    b = d["basics"]
    out = [
        r"\documentclass[english,a4paper]{europasscv}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage[utf8]{inputenc}",
        rf"\ecvname{{{tex(b['name'])}}}",
        rf"\ecvaddress{{{tex(_location(b))}}}",
        *_if_phone(b, rf"\ecvmobile{{{tex(b.get('phone'))}}}"),
        rf"\ecvemail{{{tex(b['email'])}}}",
    ]
    if b.get("url"):
        out.append(rf"\ecvhomepage{{{tex(b['url'])}}}")
    profiles = _profiles(b)
    if "github" in profiles:
        out.append(rf"\ecvgithubpage{{{tex(profiles['github']['url'])}}}")
    if "linkedin" in profiles:
        out.append(rf"\ecvlinkedinpage{{{tex(profiles['linkedin']['url'])}}}")
    out += [r"\begin{document}", r"\begin{europasscv}", r"\ecvpersonalinfo"]
    if b.get("summary"):
        out += [r"\ecvsection{Personal statement}", rf"\ecvitem{{}}{{{tex(b['summary'])}}}"]

    def block(
        heading: str,
        items: list[dict[str, Any]],
        title: Callable[[dict[str, Any]], str],
        where: Callable[[dict[str, Any]], str],
    ) -> None:
        if not items:
            return
        out.append(rf"\ecvsection{{{heading}}}")
        for item in items:
            out.append(rf"\ecvtitle{{{_dates(item, 'eu', present='Current')}}}{{{tex(title(item))}}}")
            if where(item):
                out.append(rf"\ecvitem{{}}{{{tex(where(item))}}}")
            if item.get("highlights"):
                out.append(rf"\ecvitem{{}}{{{_itemize(item['highlights'], 'ecvitemize')}}}")

    block(
        "Work experience",
        d.get("work", []),
        lambda j: j["position"],
        lambda j: ", ".join(x for x in (j["name"], j.get("location")) if x),
    )
    block("Education and training", d.get("education", []), degree_of, lambda e: e["institution"])
    block("Projects", d.get("projects", []), lambda p: p["name"], lambda p: "")
    block("Volunteering", d.get("volunteer", []), lambda v: v["position"], lambda v: v["organization"])
    if d.get("certificates"):
        out.append(r"\ecvsection{Certificates}")
        for cert in d["certificates"]:
            out.append(
                rf"\ecvitem{{{(cert.get('date') or '')[:4]}}}"
                rf"{{{tex(cert['name'])}, {tex(cert.get('issuer'))}}}"
            )
    if d.get("skills"):
        out.append(r"\ecvsection{Digital skills}")
        for group in d["skills"]:
            out.append(rf"\ecvitem{{{tex(group['name'])}}}{{{tex(', '.join(group.get('keywords', [])))}}}")
    out += [r"\end{europasscv}", r"\end{document}"]
    return "\n".join(out) + "\n"


def compile_tex(
    source: str,
    out_pdf: Path,
    *,
    engine: str = "pdflatex",
    runs: int = 2,
    beside: dict[str, Path] | None = None,
) -> None:
    """Compile ``source`` with ``engine`` (twice, for page references) and move the PDF to ``out_pdf``.

    ``beside`` links files or folders next to the document (relative path -> source), for a class
    that loads them from there."""
    if shutil.which(engine) is None:
        raise RuntimeError(f"{engine} is not installed")
    env = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH, "FORCE_SOURCE_DATE": "1"}
    with tempfile.TemporaryDirectory(prefix="corpus-tex-") as tmp:
        work = Path(tmp)
        (work / "cv.tex").write_text(source, encoding="utf-8")
        for name, target in (beside or {}).items():
            if not target.exists():
                raise RuntimeError(f"{target} is missing (needed beside the document as {name})")
            (work / name).parent.mkdir(parents=True, exist_ok=True)
            (work / name).symlink_to(target)
        for _ in range(runs):
            done = subprocess.run(
                [engine, "-interaction=nonstopmode", "-halt-on-error", "cv.tex"],
                cwd=work,
                env=env,
                capture_output=True,
                timeout=180,
            )
        if done.returncode != 0 or not (work / "cv.pdf").is_file():
            log = (work / "cv.log").read_text(errors="replace") if (work / "cv.log").exists() else ""
            errors = [ln for ln in log.splitlines() if ln.startswith("!")][:3]
            raise RuntimeError(f"{engine} failed: {' | '.join(errors) or done.returncode}")
        shutil.move(str(work / "cv.pdf"), out_pdf)


# ---------------------------------------------------------------- classes with a date key column
def _blocks(
    person: Person, present: str, years_only: bool
) -> list[tuple[str, list[tuple[str, str, str, list[str]]]]]:
    """(heading, [(dates, title, where, bullets)]) for the sections every resume has, in order."""
    d = person.data
    style = person.date_style

    def rows(items: list[dict[str, Any]], title: str, org: str) -> list[tuple[str, str, str, list[str]]]:
        out = []
        for item in items:
            where = ", ".join(x for x in (item.get(org), item.get("location")) if x) if org else ""
            name = degree_of(item) if title == "degree" else item[title]
            dates = _dates(item, style, present=present, years_only=years_only)
            out.append((dates, name, where, list(item.get("highlights", []))))
        return out

    blocks = []
    if d.get("work"):  # a student may have none yet
        blocks.append(("Professional Experience", rows(d["work"], "position", "name")))
    blocks.append(("Education", rows(d.get("education", []), "degree", "institution")))
    if d.get("projects"):
        blocks.append(("Selected Projects", rows(d["projects"], "name", "")))
    if d.get("volunteer"):
        blocks.append(("Volunteer Work", rows(d["volunteer"], "position", "organization")))
    return blocks


def _skills_line(d: dict[str, Any]) -> str:
    return "; ".join(f"{g['name']}: {', '.join(g.get('keywords', []))}" for g in d.get("skills", []))


def simplecv_tex(person: Person) -> str:
    """A simplecv document: dates in a left margin column (``topic`` lists), header left and right."""
    d, b = person.data, person.data["basics"]
    out = [
        r"\documentclass[11pt]{simplecv}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage[utf8]{inputenc}",
        r"\usepackage{lmodern}",
        r"\usepackage[margin=2cm]{geometry}",
        rf"\title{{{tex(b['name'])}}}",
        rf"\leftheader{{{_stacked(_location(b), b.get('phone'))}}}",
        rf"\rightheader{{{tex(b['email'])}\\{tex(' '.join(_link_texts(b)))}}}",
        r"\begin{document}",
        r"\maketitle",
    ]
    if b.get("summary"):
        out += [r"\section{Profile}", tex(b["summary"])]
    for heading, rows in _blocks(person, present="present", years_only=False):
        out += [rf"\section{{{heading}}}", r"\begin{topic}"]
        for dates, title, where, bullets in rows:
            head = rf"\textbf{{{tex(title)}}}" + (f", {tex(where)}" if where else "")
            out.append(rf"\item[{dates}] {head}")
            out.append(_itemize(bullets))
        out.append(r"\end{topic}")
    if d.get("skills"):
        out += [r"\section{Skills}", tex(_skills_line(d))]
    out.append(r"\end{document}")
    return "\n".join(out) + "\n"


def _link_texts(b: dict[str, Any]) -> list[str]:
    links = [p["url"].split("://", 1)[-1] for p in b.get("profiles", []) if p.get("url")]
    if b.get("url"):
        links.insert(0, b["url"].split("://", 1)[-1])
    return links


# ---------------------------------------------------------------- more classes from TeX Live
# Each is written with the class's own commands, as its source file and example show; nothing
# here imitates a layout by hand. Added 2026-12-07, split by the stable hash.
def curve_tex(person: Person) -> str:
    """A curve document: each rubric in its own file (written here with ``filecontents``) and
    set by ``\\makerubric``, as the class's documentation lays a CV out; ``\\entry*[key]`` rows
    put the dates in a left key column; name and label from ``\\title``/``\\subtitle``, contact
    in the page headers."""
    d, b = person.data, person.data["basics"]
    rubrics: list[tuple[str, list[str]]] = []
    if b.get("summary"):
        rubrics.append(("Profile", [rf"\text{{{tex(b['summary'])}}}"]))
    for heading, rows in _blocks(person, present="today", years_only=False):
        lines = []
        for dates, title, where, bullets in rows:
            head = rf"\textbf{{{tex(title)}}}" + (f", {tex(where)}" if where else "")
            body = "".join(rf"\newline -- {tex(line)}" for line in bullets)
            lines.append(rf"\entry*[{dates}] {head}.{body}")
        rubrics.append((heading, lines))
    if d.get("skills"):
        skills = [rf"\entry*[{tex(g['name'])}] {tex(', '.join(g.get('keywords', [])))}" for g in d["skills"]]
        rubrics.append(("Skills", skills))
    out = []
    for number, (heading, lines) in enumerate(rubrics):
        out.append(rf"\begin{{filecontents*}}[overwrite]{{rubric{number}.tex}}")
        out += [rf"\begin{{rubric}}{{{heading}}}", *lines, r"\end{rubric}", r"\end{filecontents*}"]
    out += [
        r"\documentclass[a4paper,11pt,english]{curve}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage[utf8]{inputenc}",
        r"\usepackage{lmodern}",
        r"\usepackage[margin=2cm,headheight=36pt,includehead]{geometry}",
        rf"\leftheader{{{_stacked(_location(b), b.get('phone'))}}}",
        rf"\rightheader{{{tex(b['email'])}\\{tex(' '.join(_link_texts(b)))}}}",
        rf"\title{{{tex(b['name'])}}}",
    ]
    if b.get("label"):
        out.append(rf"\subtitle{{{tex(b['label'])}}}")
    out += [r"\begin{document}", r"\makeheaders[c]", r"\maketitle"]
    out += [rf"\makerubric{{rubric{number}}}" for number in range(len(rubrics))]
    out.append(r"\end{document}")
    return "\n".join(out) + "\n"


def currvita_tex(person: Person) -> str:
    """An article with the currvita package: one ``cv`` environment headed by the name, ``cvlist``
    sections whose item labels hold the dates, and the place and date of signing at the end."""
    d, b = person.data, person.data["basics"]
    out = [
        r"\documentclass[a4paper,11pt]{article}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage[utf8]{inputenc}",
        r"\usepackage{lmodern}",
        r"\usepackage[margin=2.2cm]{geometry}",
        r"\usepackage{currvita}",
        r"\setlength{\cvlabelwidth}{33mm}",
        r"\begin{document}",
        rf"\cvplace{{{tex((b.get('location') or {}).get('city'))}}}",
        rf"\begin{{cv}}{{{tex(b['name'])}}}",
        r"\begin{cvlist}{Personal Details}",
        rf"\item[Address] {tex(_location(b))}",
        *_if_phone(b, rf"\item[Phone] {tex(b.get('phone'))}"),
        rf"\item[Email] {tex(b['email'])}",
    ]
    for link in _link_texts(b):
        out.append(rf"\item[Web] {tex(link)}")
    out.append(r"\end{cvlist}")
    if b.get("summary"):
        out += [r"\begin{cvlist}{Summary}", rf"\item {tex(b['summary'])}", r"\end{cvlist}"]
    for heading, rows in _blocks(person, present="present", years_only=False):
        out.append(rf"\begin{{cvlist}}{{{heading}}}")
        for dates, title, where, bullets in rows:
            out.append(rf"\item[{dates}] \textbf{{{tex(title)}}}" + (f"\\\\ {tex(where)}" if where else ""))
            out.append(_itemize(bullets))
        out.append(r"\end{cvlist}")
    if d.get("skills"):
        out.append(r"\begin{cvlist}{Skills}")
        for group in d["skills"]:
            out.append(rf"\item[{tex(group['name'])}] {tex(', '.join(group.get('keywords', [])))}")
        out.append(r"\end{cvlist}")
    out += [r"\end{cv}", r"\end{document}"]
    return "\n".join(out) + "\n"


def europecv_tex(person: Person) -> str:
    """A europecv document: the older (2004) Europass layout, where every fact is a labelled row
    ("Dates", "Occupation or position held", "Name and address of employer", …) in \\section
    blocks, as the class's template writes it."""
    d, b = person.data, person.data["basics"]
    out = [
        r"\documentclass[english,a4paper,nologo]{europecv}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage[utf8]{inputenc}",
        r"\usepackage[a4paper,top=1.5cm,left=1cm,right=1cm,bottom=2cm]{geometry}",
        r"\usepackage{hyperref}",
        rf"\ecvname{{{tex(b['name'])}}}",
        rf"\ecvaddress{{{tex(_location(b))}}}",
        *_if_phone(b, rf"\ecvtelephone{{{tex(b.get('phone'))}}}"),
        rf"\ecvemail{{{tex(b['email'])}}}",
    ]
    links = _link_texts(b)
    if links:
        out.append(rf"\ecvhomepage{{{tex(links[0])}}}")
    out += [r"\begin{document}", r"\begin{europecv}", r"\ecvpersonalinfo"]
    if b.get("summary"):
        out += [r"\section{Profile}", rf"\ecvitem{{}}{{{tex(b['summary'])}}}"]
    labels = {
        "Professional Experience": ("Occupation or position held", "Name and address of employer"),
        "Education": (
            "Title of qualification awarded",
            "Name and type of organisation providing education and training",
        ),
        "Selected Projects": ("Project", ""),
        "Volunteer Work": ("Position held", "Organisation"),
    }
    for heading, rows in _blocks(person, present="present", years_only=False):
        what, where_label = labels[heading]
        out.append(rf"\section{{{'Work experience' if heading == 'Professional Experience' else heading}}}")
        for dates, title, where, bullets in rows:
            out.append(rf"\ecvitem{{Dates}}{{{dates}}}")
            out.append(rf"\ecvitem{{{what}}}{{{tex(title)}}}")
            if bullets:
                out.append(rf"\ecvitem{{Main activities and responsibilities}}{{{_itemize(bullets)}}}")
            if where:
                out.append(rf"\ecvitem{{{where_label}}}{{{tex(where)}}}")
            out.append(r"\ecvitem{}{}")
    if d.get("skills"):
        out.append(r"\section{Personal skills and competences}")
        for group in d["skills"]:
            out.append(rf"\ecvitem{{{tex(group['name'])}}}{{{tex(', '.join(group.get('keywords', [])))}}}")
    out += [r"\end{europecv}", r"\end{document}"]
    return "\n".join(out) + "\n"


KOMACV_STYLES = ("classic", "casual")


def komacv_tex(person: Person, style: str) -> str:
    """A komacv document (KOMA-Script's moderncv cousin) in ``style``: the class's ``\\cventry``
    rows with dates in the hint column, ``\\cvlistitem`` bullets, details set by renewing the
    class's own fields (``\\firstname``, ``\\mobile``, ``\\email``, …)."""
    d, b = person.data, person.data["basics"]
    first, _, last = b["name"].rpartition(" ")
    loc = b.get("location", {})
    city = ", ".join(x for x in (loc.get("city"), loc.get("region")) if x)
    out = [
        rf"\documentclass[style={style}]{{komacv}}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage[utf8]{inputenc}",
        r"\usepackage{lmodern}",
        rf"\renewcommand*{{\firstname}}{{{tex(first)}}}",
        rf"\renewcommand*{{\familyname}}{{{tex(last)}}}",
        rf"\renewcommand*{{\acadtitle}}{{{tex(b.get('label'))}}}",
        rf"\renewcommand*{{\addressstreet}}{{{tex(city)}}}",
        rf"\renewcommand*{{\addresscity}}{{{tex(loc.get('countryCode'))}}}",
        *_if_phone(b, rf"\renewcommand*{{\mobile}}{{{tex(b.get('phone'))}}}"),
        rf"\renewcommand*{{\email}}{{{tex(b['email'])}}}",
    ]
    profiles = _profiles(b)
    if b.get("url"):
        out.append(rf"\renewcommand*{{\homepage}}{{{tex(b['url'])}}}")
    for network in ("github", "linkedin"):
        if network in profiles:
            out.append(rf"\renewcommand*{{\{network}}}{{{tex(profiles[network]['username'])}}}")
    out += [r"\begin{document}", r"\maketitle"]
    if b.get("summary"):
        out += [r"\section{Summary}", rf"\cvitem{{}}{{{tex(b['summary'])}}}"]
    present = "today" if style == "casual" else "Present"
    for heading, rows in _blocks(person, present=present, years_only=False):
        out.append(rf"\section{{{heading}}}")
        for dates, title, where, bullets in rows:
            org, _, place = where.partition(", ")
            out.append(rf"\cventry{{{dates}}}{{{tex(title)}}}{{{tex(org)}}}{{{tex(place)}}}{{}}{{}}")
            out += [rf"\cvlistitem{{{tex(line)}}}" for line in bullets]
    if d.get("skills"):
        out.append(r"\section{Skills}")
        for group in d["skills"]:
            out.append(rf"\cvitem{{{tex(group['name'])}}}{{{tex(', '.join(group.get('keywords', [])))}}}")
    out.append(r"\end{document}")
    return "\n".join(out) + "\n"


def readablecv_tex(person: Person) -> str:
    """A ReadableCV document: ``\\newRole`` (dates, title, employer, an outline paragraph) then
    ``\\roleAchievements`` (up to six, the class's limit), ``\\newCourse`` for education, headings
    from ``\\newHeading`` and contact opposite the name."""
    d, b = person.data, person.data["basics"]
    out = [
        r"\documentclass[a4paper,11pt]{ReadableCV}",
        r"\usepackage[margin=2cm]{geometry}",
        r"\usepackage[utf8]{inputenc}",
        r"\setHeaderAlignment{left}",
        r"\setContactLocation{opposite}",
        rf"\setYourName{{{tex(b['name'])}}}",
        rf"\setYourJobTitle{{{tex(b.get('label'))}}}",
        *_if_phone(b, rf"\setYourMobileNo{{{tex(b.get('phone'))}}}"),
        rf"\setYourEmailAddr{{{tex(b['email'])}}}",
    ]
    links = _link_texts(b)
    if links:
        out.append(rf"\setYourWebAddr{{{tex(links[0])}}}")
    out += [r"\begin{document}", r"\showHeader"]
    if b.get("summary"):
        out += [r"\newHeading{Profile}{}", tex(b["summary"])]
    blocks = _blocks(person, present="Present", years_only=False)
    for heading, rows in blocks:
        out.append(rf"\newHeading{{{heading}}}{{}}")
        for dates, title, where, bullets in rows:
            if heading == "Education":
                out.append(rf"\newCourse{{{dates}}}{{{tex(title)}}}{{{tex(where)}}}{{}}")
                continue
            outline, rest = (bullets[0], bullets[1:]) if len(bullets) > 1 else ("", bullets)
            out.append(rf"\newRole{{{dates}}}{{{tex(title)}}}{{{tex(where)}}}{{{tex(outline)}}}")
            if rest:
                cells = [tex(line) for line in rest[:6]] + [""] * (6 - len(rest[:6]))
                out.append(r"\roleAchievements" + "".join(f"{{{c}}}" for c in cells))
    if d.get("skills"):
        out.append(r"\newHeading{Skills}{}")
        keywords = [k for g in d["skills"] for k in g.get("keywords", [])][:9]
        out.append(r"\addSkills" + "".join(f"{{{tex(k)}}}" for k in keywords + [""] * (9 - len(keywords))))
    out.append(r"\end{document}")
    return "\n".join(out) + "\n"


def harnon_tex(person: Person) -> str:
    """A harnon-cv document: name and contact over a rule, sections headed by ``\\addheadertext``,
    each entry a ``\\timelineitem`` (dates in a narrow left column, the entry beside a grey bar)
    with ``\\addtimelinebullet`` points, skills as ``\\listitem`` rows."""
    d, b = person.data, person.data["basics"]
    links = _link_texts(b)
    out = [
        r"\documentclass{harnon-cv}",
        r"\usepackage[utf8]{inputenc}",
        rf"\yourname{{{tex(b['name'])}}}",
        # the class prints a stray "l" before \youremail, so the address goes on the phone line
        rf"\yournumber{{{_stacked(b.get('phone'), b['email'])}}}",
        rf"\youraddress{{{tex(_location(b))}}}",
    ]
    if links:
        out.append(rf"\yourwebsite{{{links[0]}}}")
    out += [r"\begin{document}", r"\maketitle"]
    if b.get("summary"):
        out += [r"\addheadertext{Profile}", r"\noindent " + tex(b["summary"]) + r"\par"]
    for heading, rows in _blocks(person, present="present", years_only=False):
        out += [rf"\addheadertext{{{heading}}}", r"\starttimeline"]
        for number, (dates, title, where, bullets) in enumerate(rows):
            if number:  # each item ends 1 cm up into the next; the class's spacer pads them apart
                out.append(r"\timelinespacer")
            body = [rf"\addsubheader{{{tex(title)}}}"]
            if where:
                body.append(rf"{tex(where)}\par")
            body += [rf"\addtimelinebullet{{{tex(line)}}}" for line in bullets]
            out.append(rf"\timelineitem{{{dates}}}{{" + "\n".join(body) + "}")
        out.append(r"\stoptimeline")
    if d.get("skills"):
        out += [r"\addheadertext{Skills}", r"\begin{itemize}"]
        out += [rf"\listitem{{{tex(g['name'])}}}{tex(', '.join(g.get('keywords', [])))}" for g in d["skills"]]
        out.append(r"\end{itemize}")
    out.append(r"\end{document}")
    return "\n".join(out) + "\n"


# simpleresumecv loads its fonts from ./Fonts/Tinos/ beside the document (its repository ships
# them; Debian has the same Tinos in fonts-croscore)
SIMPLERESUMECV_FONTS = {"Fonts/Tinos": Path("/usr/share/fonts/truetype/croscore")}


def simpleresumecv_tex(person: Person) -> str:
    """A simpleresumecv document (XeLaTeX): the name centred over a contact line, section names
    in capitals in a 1.2 in left margin (``\\Section``), each entry "Employer <fill> place" over
    "Title <fill> dates" (``\\DatestampYM``), ``\\BulletItem`` points."""
    d, b = person.data, person.data["basics"]
    contact = r" \textbullet{} ".join(
        tex(x) for x in (_location(b), b.get("phone"), b["email"], *_link_texts(b)) if x
    )
    out = [
        r"\documentclass[letterpaper]{simpleresumecv}",
        r"\begin{document}",
        rf"\Title{{{tex(b['name'])}}}",
        r"\begin{SubTitle}",
        contact,
        r"\end{SubTitle}",
        r"\begin{Body}",
    ]
    if b.get("summary"):
        out += [r"\Section{Profile}{Profile}{Profile}", rf"\Entry {tex(b['summary'])}"]
    for heading, kind, items in entry_sections(d, "Service"):
        out.append(rf"\Section{{{heading}}}{{{heading}}}{{{heading}}}")
        for number, item in enumerate(items):
            title, org = entry_head(kind, item)
            place = item.get("location") or ""
            if number:
                out.append(r"\BigGap")
            if org:
                out.append(rf"\Entry \textbf{{{tex(org)}}} \hfill {tex(place)}")
                out.append(rf"\Entry \emph{{{tex(title)}}} \hfill {_datestamps(item)}")
            else:
                out.append(rf"\Entry \textbf{{{tex(title)}}} \hfill {_datestamps(item)}")
            out += [rf"\BulletItem {tex(line)}" for line in item.get("highlights", [])]
    if d.get("skills"):
        out.append(r"\Section{Skills}{Skills}{Skills}")
        out += [
            rf"\Entry \textbf{{{tex(g['name'])}:}} {tex(', '.join(g.get('keywords', [])))}"
            for g in d["skills"]
        ]
    out += [r"\end{Body}", r"\end{document}"]
    return "\n".join(out) + "\n"


def _datestamps(item: dict[str, Any]) -> str:
    """The class's own date macros: ``\\DatestampYM{2021}{3} -- Present``."""

    def stamp(value: str) -> str:
        year, _, month = value.partition("-")
        return rf"\DatestampYM{{{year}}}{{{int(month)}}}" if month else rf"\DatestampY{{{year}}}"

    start, end = iso(item.get("startDate")), iso(item.get("endDate"))
    if not start:
        return ""
    return f"{stamp(start)} -- {stamp(end) if end else 'Present'}"


def tucv_tex(person: Person) -> str:
    """An article with the tucv package (``pagesetup``): the name and contact centred on top (the
    package has no header of its own), headings in grey boxes (``\\resheading``), jobs grouped
    under their employer (``\\resemployer`` then ``\\resjob`` per role, the start date over the
    end date in a narrow right column), ``\\resschool``/``\\resdegree`` ("Degree in Area") for
    education and ``\\resdesc`` rows for skills."""
    d, b = person.data, person.data["basics"]
    links = _link_texts(b)
    out = [
        r"\documentclass[11pt,letterpaper]{article}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage[utf8]{inputenc}",
        r"\usepackage{lmodern}",
        r"\usepackage[pagesetup]{tucv}",
        r"\begin{document}",
        r"\begin{center}",
        rf"{{\LARGE\textbf{{{tex(b['name'])}}}}}\\[4pt]",
        r" \textperiodcentered{} ".join(
            tex(x) for x in (_location(b), b.get("phone"), b["email"], *links) if x
        ),
        r"\end{center}",
    ]
    if b.get("summary"):
        out += [r"\resheading{Summary}", rf"\resentrysinglecol{{{tex(b['summary'])}}}"]
    style = person.date_style
    groups = (
        ("Experience", "work", "name", "position"),
        ("Volunteer Experience", "volunteer", "organization", "position"),
    )
    for heading, key, org_key, title_key in groups:
        items = d.get(key, [])
        if items:
            out.append(rf"\resheading{{{heading}}}")
        previous = None
        for item in items:
            if item.get(org_key) != previous:
                out.append(rf"\resemployer[{tex(item.get('location'))}]{{{tex(item.get(org_key))}}}{{}}")
                previous = item.get(org_key)
            start, end = iso(item.get("startDate")), iso(item.get("endDate"))
            when = (date_text(start, style) if start else "", date_text(end, style) if end else "Present")
            bullets = _itemize(item.get("highlights", []))
            out.append(rf"\resjob[{{{bullets}}}]{{{tex(item[title_key])}}}{{{when[0]}}}{{{when[1]}}}")
        if key == "work":  # education and projects follow experience, or open a CV without it
            out += _tucv_education(person)
            out += _tucv_projects(person)
    if d.get("skills"):
        out.append(r"\resheading{Skills}")
        out += [
            rf"\resdesc{{{tex(g['name'])}:}}{{{tex(', '.join(g.get('keywords', [])))}}}" for g in d["skills"]
        ]
    out.append(r"\end{document}")
    return "\n".join(out) + "\n"


def _tucv_education(person: Person) -> list[str]:
    out = [r"\resheading{Education}"]
    for edu in person.data.get("education", []):
        out.append(rf"\resschool{{{tex(edu['institution'])}}}{{}}")
        end = iso(edu.get("endDate"))
        year = end[:4] if end else "Present"
        degree, area = tex(edu.get("studyType")), tex(edu.get("area"))
        out.append(
            rf"\resdegree{{{degree}}}{{{area}}}{{{year}}}" if area else rf"\ressubentry{{{degree}}}{{{year}}}"
        )
    return out


def _tucv_projects(person: Person) -> list[str]:
    projects = person.data.get("projects", [])
    if not projects:
        return []
    out = [r"\resheading{Projects}"]
    for proj in projects:
        dates = _dates(proj, person.date_style, present="Present")
        body = rf"\textbf{{{tex(proj['name'])}}}" + _itemize(proj.get("highlights", []))
        out.append(rf"\resentry{{{body}}}{{{dates}}}")
    return out


# ---------------------------------------------------------------- third batch (2026-12-07)
def ecv_tex(person: Person) -> str:
    """An ecv document: one ``longtable`` split by a rule into a tag column (section names, dates,
    labels) and a value column, "Curriculum Vitae" on top, the name in the page footer; each entry
    a dated row (``\\ecvEPR``) with its bullets as value-only rows (``\\ecvOVR``), as the class's
    own commands lay them out."""
    d, b = person.data, person.data["basics"]
    out = [
        r"\documentclass[english]{ecv}",
        r"\inputencoding{utf8}",  # the class loads inputenc for latin9
        rf"\ecvName{{{tex(b['name'])}}}",
        r"\begin{document}",
        r"\begin{ecv}",
        r"\ecvSection{Personal Data}",
        rf"\ecvEPR{{Name}}{{{tex(b['name'])}}}",
        rf"\ecvEPR{{Address}}{{{tex(_location(b))}}}",
        *_if_phone(b, rf"\ecvEPR{{Phone}}{{{tex(b.get('phone'))}}}"),
        rf"\ecvEPR{{Email}}{{{tex(b['email'])}}}",
    ]
    out += [rf"\ecvEPR{{Web}}{{{tex(link)}}}" for link in _link_texts(b)]
    if b.get("summary"):
        out += [r"\ecvBreakSection{Profile}", rf"\ecvOVB{{{tex(b['summary'])}}}"]
    for heading, rows in _blocks(person, present="present", years_only=False):
        out.append(rf"\ecvBreakSection{{{heading}}}")
        for number, (dates, title, where, bullets) in enumerate(rows):
            if number:
                out.append(r"\ecvBreakparagraphs")
            out.append(
                rf"\ecvEPR{{{dates}}}{{\textbf{{{tex(title)}}}" + (f", {tex(where)}}}" if where else "}")
            )
            out += [rf"\ecvOVR{{\ecvBulleted{{{tex(line)}}}}}" for line in bullets]
    if d.get("skills"):
        out.append(r"\ecvBreakSection{Skills}")
        out += [
            rf"\ecvEPR{{{tex(g['name'])}}}{{{tex(', '.join(g.get('keywords', [])))}}}" for g in d["skills"]
        ]
    out += [r"\end{ecv}", r"\end{document}"]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- Awesome-CV (from npm fresh-themes)
def awesome_files() -> dict[str, Path]:
    """The class, its FontAwesome package and its fonts, as FRESH's awesome theme ships them (npm
    ``fresh-themes``, installed with HackMyResume), linked beside the document."""
    from .fresh import hackmyresume_dir

    src = hackmyresume_dir() / "node_modules" / "fresh-themes" / "themes" / "awesome" / "src" / "latex"
    return {name: src / name for name in ("awesome-cv.cls", "fontawesome.sty", "fonts")}


def awesome_tex(person: Person) -> str:
    """An Awesome-CV document (XeLaTeX), written as the class's own resume example: the name
    centred in two weights over the label, the place and a line of icons with the contact
    details; coloured section titles over a rule (``\\cvsection``); each entry "Employer <fill>
    place" over the role in small capitals "<fill> dates" (``\\cventry``) with ``cvitems``
    points; a footer with the print date, the name and the page number."""
    d, b = person.data, person.data["basics"]
    first, _, last = b["name"].rpartition(" ")
    profiles = _profiles(b)
    out = [
        # the class (2016) passes unicode-math an option that TeX Live 2022's unicode-math no
        # longer has; declaring it as a no-op is the whole of our change to how the class loads
        r"\ExplSyntaxOn \keys_define:nn { unicode-math } { vargreek-shape .code:n = {} } \ExplSyntaxOff",
        r"\documentclass[11pt, a4paper]{awesome-cv}",
        r"\geometry{left=1.4cm, top=.8cm, right=1.4cm, bottom=1.8cm, footskip=.5cm}",
        r"\fontdir[fonts/]",
        r"\colorlet{awesome}{awesome-red}",
        r"\setbool{acvSectionColorHighlight}{true}",
        r"\renewcommand{\acvHeaderSocialSep}{\quad\textbar\quad}",
        rf"\name{{{tex(first)}}}{{{tex(last)}}}",
    ]
    if b.get("label"):
        out.append(rf"\position{{{tex(b['label'])}}}")
    out.append(rf"\address{{{tex(_location(b))}}}")
    out += _if_phone(b, rf"\mobile{{{tex(b.get('phone'))}}}")
    out.append(rf"\email{{{tex(b['email'])}}}")
    if b.get("url"):
        out.append(rf"\homepage{{{tex(b['url'].split('://', 1)[-1])}}}")
    for network in ("github", "linkedin"):
        if network in profiles and profiles[network].get("url"):
            user = profiles[network]["url"].rstrip("/").rsplit("/", 1)[-1]
            out.append(rf"\{network}{{{tex(user)}}}")
    out += [
        r"\newbool{istart}",  # the class sets this misspelt flag when the phone is not first
        r"\begin{document}",
        r"\makecvheader",
        rf"\makecvfooter{{\today}}{{{tex(b['name'])}~~~·~~~Résumé}}{{\thepage}}",
    ]
    if b.get("summary"):
        out += [r"\cvsection{Summary}", r"\begin{cvparagraph}", tex(b["summary"]), r"\end{cvparagraph}"]
    for heading, kind, items in entry_sections(d, "Extracurricular Activity"):
        out += [rf"\cvsection{{{heading}}}", r"\begin{cventries}"]
        for item in items:
            title, org = entry_head(kind, item)
            dates = _dates(item, person.date_style, present="Present")
            points = _itemize(item.get("highlights", []), "cvitems")
            out.append(
                rf"\cventry{{{tex(title)}}}{{{tex(org)}}}{{{tex(item.get('location'))}}}{{{dates}}}{{{points}}}"
            )
        out.append(r"\end{cventries}")
    if d.get("certificates"):
        out += [r"\cvsection{Certificates}", r"\begin{cvhonors}"]
        for cert in d["certificates"]:
            year = (cert.get("date") or "")[:4]
            out.append(rf"\cvhonor{{{tex(cert['name'])}}}{{{tex(cert.get('issuer'))}}}{{}}{{{year}}}")
        out.append(r"\end{cvhonors}")
    if d.get("skills"):
        out += [r"\cvsection{Skills}", r"\begin{cvskills}"]
        for group in d["skills"]:
            words = tex(", ".join(group.get("keywords", [])))
            out.append(rf"\cvskill{{{tex(group['name'])}}}{{{words}}}")
        out.append(r"\end{cvskills}")
    out.append(r"\end{document}")
    return "\n".join(out) + "\n"
