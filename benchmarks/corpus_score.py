"""Score one parsed resume against a layout-corpus truth file (``scripts/build_corpus.py``).

Matching rules (all text compared after ``norm``: NFKC, case-folded, "&" read as "and", words of
letters and digits only, so punctuation, spacing and line breaks never count):

* contact: name equal; email equal (case-insensitive); phone by its digits, where a parsed number
  may leave out the "+CC" country code the file writes (or add one, written with "+"); each link
  by host and path (no scheme, no ``www.``, no trailing slash). Accuracy = correct fields / fields
  the file shows.
* experience: an entry matches when title and employer are both equal; pairs are one-to-one, in
  order. Precision, recall and F1 over entries.
* dates: on matched experience entries, start and end both right, at the precision the file
  shows: ``YYYY-MM`` where the template prints months, ``YYYY`` where it prints years only
  (a month-precise parse then counts when its year is right); an ongoing role must end
  ``present`` (when the template writes a word for it; when it leaves the end blank, only the
  start is compared). Entries of a file that shows no dates are not counted.
* education: same institution, and every word of the degree type and of the field the file
  shows is among the words of the parsed degree + field. F1.
* projects and activities (``Resume.projects`` / ``Resume.activities``, plus any experience
  entry whose ``kind`` is not "experience"): one pool; a truth entry matches when its title
  (project name, activity role) equals the parsed title and, when it names an organisation,
  that equals the parsed employer (a project without one matches on its name whatever the
  parsed employer is); title and organisation may be swapped for activities. F1.
* bullets: a truth bullet is recovered when some parsed bullet anywhere in experience, projects
  or activities has a token Dice overlap (2·|common words| / (|truth| + |parsed|), multiset) of
  at least 0.8 with it: a bullet merged with its neighbour, or split in two, does not count.
* reading order: over pairs of recovered truth bullets of the same section kind, the fraction
  whose best parsed bullets come in the same order (within a section kind, the truth order is
  the source order; sections themselves may come in any order a template chooses).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from corpus.visible import link_key  # noqa: E402  (one URL key for the truth cutter and the scorer)

DICE_MIN = 0.8


def norm(text: str | None) -> str:
    """Words of letters and digits, case-folded: the form in which all text is compared."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold().replace("&", " and ").replace("’", "'")
    return " ".join(re.findall(r"[^\W_]+", text))


def phone_equal(truth: str, got: str | None) -> bool:
    """Same digits; or the same number with its written "+CC" country code left out (or added)."""
    a, b = re.sub(r"\D", "", truth), re.sub(r"\D", "", got or "")
    if not a or not b:
        return False
    if a == b:
        return True
    if truth.strip().startswith("+") and 0 < len(a) - len(b) <= 3 and a.endswith(b):
        return True
    return (got or "").strip().startswith("+") and 0 < len(b) - len(a) <= 3 and b.endswith(a)


@dataclass
class Counts:
    """Counts that add up over files; the rates come from ``rates``."""

    files: int = 0
    crashes: int = 0
    contact_ok: int = 0
    contact_n: int = 0
    exp_tp: int = 0
    exp_pred: int = 0
    exp_true: int = 0
    dates_ok: int = 0
    dates_n: int = 0
    edu_tp: int = 0
    edu_pred: int = 0
    edu_true: int = 0
    pa_tp: int = 0
    pa_pred: int = 0
    pa_true: int = 0
    bullets_ok: int = 0
    bullets_n: int = 0
    order_ok: int = 0
    order_n: int = 0
    ms_per_page: list[float] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        """Add another file's (or group's) counts to these."""
        for name, value in vars(other).items():
            if name == "ms_per_page":
                self.ms_per_page.extend(value)
            else:
                setattr(self, name, getattr(self, name) + value)

    def rates(self) -> dict[str, float | None]:
        """The headline rates by name (None where there was nothing to score)."""

        def ratio(a: int, b: int) -> float | None:
            return a / b if b else None

        return {
            "contact": ratio(self.contact_ok, self.contact_n),
            "experience_f1": f1(self.exp_tp, self.exp_pred, self.exp_true),
            "dates": ratio(self.dates_ok, self.dates_n),
            "education_f1": f1(self.edu_tp, self.edu_pred, self.edu_true),
            "projects_f1": f1(self.pa_tp, self.pa_pred, self.pa_true),
            "bullets": ratio(self.bullets_ok, self.bullets_n),
            "order": ratio(self.order_ok, self.order_n),
        }


def f1(tp: int, n_pred: int, n_true: int) -> float | None:
    """F1 of ``tp`` true positives; None when there is nothing on either side."""
    if not n_pred and not n_true:
        return None
    return 2 * tp / (n_pred + n_true) if n_pred + n_true else 0.0


def dice(a: Counter[str], b: Counter[str]) -> float:
    """2·|a ∩ b| / (|a| + |b|) over word multisets."""
    total = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / total if total else 0.0


def _get(obj: Any, name: str, default: Any = None) -> Any:
    return obj.get(name, default) if isinstance(obj, dict) else getattr(obj, name, default)


def parsed_entries(resume: Any) -> tuple[list[Any], list[Any]]:
    """(experience entries, project and activity entries) of a parsed Resume, read defensively."""
    experience, others = [], []
    for entry in _get(resume, "experience", []) or []:
        (experience if _get(entry, "kind", "experience") == "experience" else others).append(entry)
    others += list(_get(resume, "projects", []) or []) + list(_get(resume, "activities", []) or [])
    return experience, others


def _bullet_texts(entry: Any) -> list[str]:
    return [b if isinstance(b, str) else _get(b, "text", "") for b in _get(entry, "bullets", []) or []]


def _date_ok(want: str | None, got: str | None) -> bool:
    if want is None:
        return True
    if want == "present" or got == "present":
        return want == got
    if got is None:
        return False
    return got == want if len(want) == 7 else got[:4] == want


def score_file(truth: dict[str, Any], resume: Any, notes: list[str] | None = None) -> Counts:
    """Counts for one file; ``notes`` (when given) receives one line per thing that went wrong."""
    say = notes.append if notes is not None else (lambda _line: None)
    c = Counts(files=1)
    _score_contact(truth["contact"], _get(resume, "contact"), c, say)
    experience, others = parsed_entries(resume)
    pairs = _pair(truth["experience"], experience, swap=False)
    c.exp_tp, c.exp_pred, c.exp_true = len(pairs), len(experience), len(truth["experience"])
    _report_unpaired("experience", truth["experience"], experience, pairs, say)
    for i, j in pairs:
        want, got = truth["experience"][i], experience[j]
        if truth.get("date_precision") is None or want["start"] is None:
            continue
        c.dates_n += 1
        ok = _date_ok(want["start"], _get(got, "start")) and _date_ok(want["end"], _get(got, "end"))
        c.dates_ok += ok
        if not ok:
            say(
                f"date   {want['title']!r}: want {want['start']}..{want['end']} "
                f"got {_get(got, 'start')}..{_get(got, 'end')}"
            )
    _score_education(truth["education"], _get(resume, "education", []) or [], c, say)
    pool = truth["projects"] + truth["activities"]
    swap_from = len(truth["projects"])
    ppairs = _pair(pool, others, swap=True, swap_from=swap_from)
    c.pa_tp, c.pa_pred, c.pa_true = len(ppairs), len(others), len(pool)
    _report_unpaired("project/activity", pool, others, ppairs, say)
    _score_bullets(truth, experience + others, c, say)
    return c


def _score_contact(want: dict[str, Any], got: Any, c: Counts, say: Any) -> None:
    checks = []
    if want.get("name"):
        checks.append(("name", want["name"], norm(want["name"]) == norm(_get(got, "name"))))
    if want.get("email"):
        checks.append(
            ("email", want["email"], want["email"].lower() == (_get(got, "email") or "").strip().lower())
        )
    if want.get("phone"):
        checks.append(("phone", want["phone"], phone_equal(want["phone"], _get(got, "phone"))))
    have_links = {link_key(u) for u in _get(got, "links", []) or []}
    for url in want.get("links", []):
        checks.append(("link", url, link_key(url) in have_links))
    for name, value, ok in checks:
        c.contact_n += 1
        c.contact_ok += ok
        if not ok:
            shown = _get(got, "links") if name == "link" else _get(got, name)
            say(f"contact {name}: want {value!r} got {shown!r}")


def _pair(
    truth: list[dict[str, Any]], got: list[Any], *, swap: bool, swap_from: int = 0
) -> list[tuple[int, int]]:
    """One-to-one (truth index, parsed index) pairs on equal title and organisation."""
    pairs, used = [], set()
    for i, want in enumerate(truth):
        key = (norm(want["title"]), norm(want.get("company")))
        for j, entry in enumerate(got):
            if j in used:
                continue
            have = (norm(_get(entry, "title")), norm(_get(entry, "company")))
            if (
                have == key
                or (not key[1] and have[0] == key[0])
                or (swap and i >= swap_from and have == key[::-1])
            ):
                pairs.append((i, j))
                used.add(j)
                break
    return pairs


def _report_unpaired(
    label: str, truth: list[dict[str, Any]], got: list[Any], pairs: list[tuple[int, int]], say: Any
) -> None:
    done_t, done_g = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, want in enumerate(truth):
        if i not in done_t:
            say(f"{label} missed: {want['title']!r} @ {want.get('company')!r}")
    for j, entry in enumerate(got):
        if j not in done_g:
            say(
                f"{label} extra:  {_get(entry, 'title')!r} @ {_get(entry, 'company')!r} "
                f"[{_get(entry, 'dates_text')}]"
            )


def _score_education(truth: list[dict[str, Any]], got: list[Any], c: Counts, say: Any) -> None:
    used: set[int] = set()
    for want in truth:
        need = set(norm(want.get("degree")).split()) | set(norm(want.get("field")).split())
        for j, edu in enumerate(got):
            have = set(norm(f"{_get(edu, 'degree') or ''} {_get(edu, 'field') or ''}").split())
            if j not in used and norm(_get(edu, "institution")) == norm(want["institution"]) and need <= have:
                used.add(j)
                break
        else:
            say(f"education missed: {want.get('degree')!r} {want.get('field')!r} @ {want['institution']!r}")
    c.edu_tp, c.edu_pred, c.edu_true = len(used), len(got), len(truth)
    for j, edu in enumerate(got):
        if j not in used:
            say(
                f"education extra:  {_get(edu, 'degree')!r} {_get(edu, 'field')!r} "
                f"@ {_get(edu, 'institution')!r}"
            )


def _score_bullets(truth: dict[str, Any], entries: list[Any], c: Counts, say: Any) -> None:
    parsed = [Counter(norm(t).split()) for e in entries for t in _bullet_texts(e)]
    for kind in ("experience", "projects", "activities"):
        positions: list[int] = []
        for entry in truth[kind]:
            for text in entry["bullets"]:
                words = Counter(norm(text).split())
                c.bullets_n += 1
                scores = [dice(words, p) for p in parsed]
                best = max(range(len(scores)), key=scores.__getitem__) if scores else -1
                if best >= 0 and scores[best] >= DICE_MIN:
                    c.bullets_ok += 1
                    positions.append(best)
                else:
                    say(f"bullet missed ({kind}): {text[:70]!r}")
        for a in range(len(positions)):
            for b in range(a + 1, len(positions)):
                c.order_n += 1
                c.order_ok += positions[a] < positions[b]
