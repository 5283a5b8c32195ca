"""Read a company's values page and compare it with the bundled, reviewed profile.

The scraper is a verifier: it never edits a profile. It lists what the page shows, what the profile
has that the page no longer shows, and what is new or reworded; ``--write PATH`` saves a proposal
(the profile with the new values appended, marked for review) for a human to check.

Extraction, in order: ``● Name — description`` bullet lines (the Netflix culture memo's form), else the
page's headings of the most used level, each with the paragraph that follows it.

>>> [c.name for c in extract_values("<h2>Be Kind</h2><p>Help.</p><h2>Be Brave</h2><p>Try.</p>")]
['Be Kind', 'Be Brave']
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from resume_tailor.models import CompanyProfile, Value

# "(cid:NN)" is how pdfminer writes a bullet glyph it cannot map to a character
_BULLET_VALUE = re.compile(
    r"^\s*(?:[\u25cf\u2022*-]|\(cid:\d+\))\s*([A-Z][\w'&,/ ]{1,60}?)\s*(?:\u2014|\u2013|--| - |:)\s*(.+)$"
)
_HEADINGS = ("h1", "h2", "h3", "h4")
_NOISE = re.compile(
    r"(download|transcript|video|cookie|menu|search|sign in|share|subscribe|related|footer|"
    r"skip to|privacy|terms|follow us|learn more|read more|careers? at|join us|apply)",
    re.I,
)


@dataclass
class CandidateValue:
    """A value as a page states it."""

    name: str
    summary: str = ""


@dataclass
class ValuesDiff:
    """The page's values against the profile's."""

    company: str
    url: str
    found: list[CandidateValue]
    kept: list[tuple[CandidateValue, Value]] = field(default_factory=list)
    reworded: list[tuple[CandidateValue, Value]] = field(default_factory=list)
    added: list[CandidateValue] = field(default_factory=list)
    missing: list[Value] = field(default_factory=list)
    profile_path: str | None = None
    target_list: str = "values"  # the profile list the page matches best ("values" or "principles")

    @property
    def changed(self) -> bool:
        """Whether the page and the profile disagree on the set of values."""
        return bool(self.added or self.missing or self.reworded)

    def lines(self) -> list[str]:
        """A readable report, one line per value."""
        out = [
            f"{self.company}: {len(self.found)} values on {self.url}; profile {self.target_list}: "
            f"{len(self.kept) + len(self.reworded) + len(self.missing)}"
        ]
        out += [f"  = {c.name}" for c, _ in self.kept]
        out += [f"  ~ {c.name}  (profile: {v.name})" for c, v in self.reworded]
        out += [f"  + {c.name}  (on the page, not in the profile)" for c in self.added]
        out += [f"  - {v.name}  (in the profile, not on the page)" for v in self.missing]
        if not self.changed:
            out.append("  no differences: the bundled profile matches the page")
        return out


def extract_values(html_or_text: str) -> list[CandidateValue]:
    """Candidate values of a values page (HTML or extracted PDF text)."""
    from resume_tailor.scrape.markup import html_lines

    lines = html_lines(html_or_text)
    bullets = _bullet_values(lines)
    if len(bullets) >= 3:
        return bullets
    if "<" in html_or_text:
        return _heading_values(html_or_text)
    return bullets


def _bullet_values(lines: list[str]) -> list[CandidateValue]:
    found: list[CandidateValue] = []
    open_value = False
    for line in lines:
        match = _BULLET_VALUE.match(line)
        if match is not None:
            found.append(CandidateValue(match.group(1).strip(), match.group(2).strip()))
            open_value = True
        elif open_value and line[:1].islower():  # the description wrapped onto this line
            found[-1].summary += " " + line.strip()
        else:
            open_value = False
    return found


def _heading_values(html: str) -> list[CandidateValue]:
    from resume_tailor.scrape.markup import main_html, soup

    tree = soup(main_html(html))
    by_level: dict[str, list[Any]] = {}
    for tag in tree.find_all(_HEADINGS):
        text = " ".join(tag.get_text(" ").split())
        if 2 <= len(text) <= 80 and not _NOISE.search(text):
            by_level.setdefault(tag.name, []).append(tag)
    if not by_level:
        return []
    level = max(by_level, key=lambda name: (len(by_level[name]), name))
    values: list[CandidateValue] = []
    for tag in by_level[level]:
        summary = ""
        for sibling in tag.find_all_next():
            if sibling.name in _HEADINGS:
                break
            if sibling.name == "p":
                text = " ".join(sibling.get_text(" ").split())
                if text and not _NOISE.fullmatch(text) and not text.lower().startswith("download"):
                    summary = text
                    break
        values.append(CandidateValue(" ".join(tag.get_text(" ").split()).rstrip(":"), summary))
    return values


def _norm(name: str) -> str:
    name = name.lower().replace("&", " and ").replace("\u2019", "'")
    name = re.sub(r"^\d+[.)]\s*", "", name)
    return " ".join(re.sub(r"[^a-z0-9' ]+", " ", name).split())


def diff_values(
    company: str, url: str, found: list[CandidateValue], profile: CompanyProfile | None
) -> ValuesDiff:
    """Compare ``found`` with the profile's values (or its principles, whichever matches more)."""
    diff = ValuesDiff(company, url, found, profile_path=profile.path if profile else None)
    if profile is None:
        diff.added = list(found)
        return diff
    lists: dict[str, list[Value]] = {"values": profile.current_values()}
    if profile.principles:
        lists["principles"] = list(profile.principles)
    scored = {key: sum(1 for c in found if _best(c, vals)[0] is not None) for key, vals in lists.items()}
    diff.target_list = max(scored, key=lambda k: (scored[k], k == "values"))
    reference = list(lists[diff.target_list])
    for candidate in found:
        match, exact = _best(candidate, reference)
        if match is None:
            diff.added.append(candidate)
            continue
        reference.remove(match)
        (diff.kept if exact else diff.reworded).append((candidate, match))
    diff.missing = reference
    return diff


def _best(candidate: CandidateValue, values: list[Value]) -> tuple[Value | None, bool]:
    key = _norm(candidate.name)
    for value in values:
        if _norm(value.name) == key:
            return value, True
    best, ratio = None, 0.0
    for value in values:
        r = difflib.SequenceMatcher(None, key, _norm(value.name)).ratio()
        if r > ratio:
            best, ratio = value, r
    return (best, False) if ratio >= 0.75 else (None, False)


def proposal_yaml(diff: ValuesDiff, profile: CompanyProfile | None, retrieved: str) -> str:
    """The profile (or a skeleton) with the page's new values appended, as YAML for a reviewer."""
    import yaml

    if profile is not None:
        from resume_tailor.companies import profile_to_dict

        data: dict[str, Any] = profile_to_dict(profile)
        data.pop("path", None)
    else:
        data = {"id": diff.company, "name": diff.company.title(), "values_url": diff.url, "values": []}
    entries = data.setdefault(diff.target_list, [])
    taken = {e.get("id") for e in entries if isinstance(e, dict)}
    for candidate in diff.added:
        ident = re.sub(r"[^a-z0-9]+", "_", _norm(candidate.name)).strip("_") or "value"
        while ident in taken:
            ident += "_new"
        taken.add(ident)
        entries.append(
            {
                "id": ident,
                "name": candidate.name,
                "summary": candidate.summary or "TODO: summarise",
                "signals": [],
                "source": {
                    "url": diff.url,
                    "retrieved": retrieved,
                    "note": "proposed by tailor scrape --values; review",
                },
            }
        )
    header = [
        f"# PROPOSAL from `tailor scrape {diff.company} --values` ({retrieved}); NOT a reviewed profile.",
        f"# Source: {diff.url}",
        "# Review it, add signals to new values, then copy what is right into the profile.",
    ]
    header += [f"# new on the page: {c.name}" for c in diff.added]
    header += [f"# reworded on the page: {c.name} (profile: {v.name})" for c, v in diff.reworded]
    header += [f"# in the profile but not on the page: {v.name}" for v in diff.missing]
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110)
    return "\n".join(header) + "\n" + body


def check_write_target(path: Path, profile: CompanyProfile | None) -> None:
    """Refuse to write a proposal over a reviewed profile (bundled or user) file."""
    from resume_tailor.errors import UsageError

    target = path.resolve()
    protected = {Path(profile.path).resolve()} if profile and profile.path else set()
    try:
        from resume_tailor.companies import bundled_profiles_dir

        bundled = bundled_profiles_dir()
        if bundled is not None and target.is_relative_to(Path(bundled).resolve()):
            protected.add(target)
    except ImportError:
        pass
    if target in protected:
        raise UsageError(f"refusing to overwrite the reviewed profile {path}; write the proposal elsewhere")
