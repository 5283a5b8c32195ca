"""Compute skill demand per role family from the shared postings and write company_profiles/demand/.

For each company (Google 2018 CSV, Meta 2025 JSON, Netflix 2024 CSV, Amazon 2025 JSON) every posting
is parsed with the project's own posting parser and skill extractor, classified into a role family
by its title (the profile's ``role_families`` title keywords, longest match wins), and counted:

* ``share``: fraction of the family's postings that name the skill in their qualifications,
  responsibilities or description (boilerplate such as pay and benefits excluded);
* ``required`` / ``preferred``: fraction whose minimum / preferred qualifications name it.

Only numbers are written (no posting text), to ``company_profiles/demand/<company>.yaml``; the profile
loader merges them into the profile's role families by id. The output is deterministic: same inputs,
same bytes (sorted keys, fixed rounding, no timestamps; the inputs' SHA-256 is recorded).

Usage::

    .venv/bin/python scripts/build_demand.py [--company google] [--check] [--out DIR]

``--check`` exits 1 if a generated file would change (for CI). The shared data folder is
``../shared/data`` next to the repository, or ``$RESUME_TAILOR_SHARED/data``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from shared_data import shared_data_dir  # noqa: E402  (one definition, shared with the benchmarks)

from resume_tailor.companies import bundled_profiles_dir, classify_title, load_profile
from resume_tailor.companies.roles import GENERIC_SOFTWARE, effective_role_families, specialty
from resume_tailor.errors import PostingError
from resume_tailor.models import CompanyProfile, JobPosting, RoleFamily
from resume_tailor.postings import parse_posting_text
from resume_tailor.postings.requirements import SkillFinder, requirement_groups
from resume_tailor.postings.structured import posting_from_fields
from resume_tailor.skills.taxonomy import load_taxonomy

SNAPSHOT_DATE = "2026-11-25"  # when the shared postings snapshot was taken (keeps output reproducible)
MAX_SKILLS = 60  # per role family
MIN_FAMILY_POSTINGS = 5  # smaller families are left out (too few postings for a share to mean much)
# A skill named by one or two postings of a small family says more about those postings than about
# the family: with 8 postings, two that mention "migration" would make it a quarter of the demand.
MIN_SKILL_POSTINGS = 3


@dataclass(frozen=True)
class Dataset:
    company: str
    path: Path
    url: str
    note: str
    read: Callable[[Path, SkillFinder], Iterator[JobPosting | None]]


def _google(path: Path, find: SkillFinder) -> Iterator[JobPosting | None]:
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            fields = {
                "title": row["Title"], "location": row["Location"], "company": row["Company"],
                "responsibilities": row["Responsibilities"],
                "minimum_qualifications": row["Minimum Qualifications"],
                "preferred_qualifications": row["Preferred Qualifications"],
            }
            yield _safe(posting_from_fields, fields, find_skills=find)


def _meta(path: Path, find: SkillFinder) -> Iterator[JobPosting | None]:
    jobs = json.loads(path.read_text(encoding="utf-8"))["jobs"]
    for key in sorted(jobs):
        job = dict(jobs[key])
        job.pop("compensation", None)  # pay text: boilerplate, never demand
        job["company"] = "Meta"
        yield _safe(posting_from_fields, job, find_skills=find)


def _netflix(path: Path, find: SkillFinder) -> Iterator[JobPosting | None]:
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            # search_text: location, organisation, team, a blank line, then the title and the body
            _head, _, body = row["search_text"].partition("\n  \n")
            first, _, rest = body.strip().partition("\n")
            title = first.strip()
            text = f"{title}\n{rest}"
            yield _safe(parse_posting_text, text, title=title, company="Netflix", find_skills=find)


def _amazon(path: Path, find: SkillFinder) -> Iterator[JobPosting | None]:
    # The source mislabels fields (basic_qual repeats the description; preferred_qual holds the basic
    # qualifications): posting_from_fields detects that shape and reads them as minimum qualifications.
    for job in json.loads(path.read_text(encoding="utf-8")):
        yield _safe(posting_from_fields, dict(job, company="Amazon"), find_skills=find)


def _safe(parse: Callable[..., JobPosting], *args: Any, **kwargs: Any) -> JobPosting | None:
    try:
        return parse(*args, **kwargs)
    except PostingError:
        return None


def datasets(data: Path) -> list[Dataset]:
    """The four postings datasets, with their provenance."""
    postings = data / "postings"
    return [
        Dataset("amazon", postings / "amazon-2025" / "jobs.json", "https://github.com/moizez256/amazon_jobs",
                "Amazon postings (2025) from a public scraper repository", _amazon),
        Dataset("google", postings / "google-2018" / "job_skills.csv",
                "https://www.kaggle.com/datasets/niyamatalmass/google-job-skills",
                "Google postings (2018), Kaggle 'Google Job Skills'", _google),
        Dataset("meta", postings / "meta-2025" / "meta_jobs.json",
                "https://github.com/devMuniz02/Job-Search-scraper",
                "Meta postings (Oct-Dec 2025) scraped by a public repository", _meta),
        Dataset("netflix", postings / "netflix-2024" / "netflix_listings.csv",
                "https://github.com/stiles/netflix-jobs",
                "Netflix postings open on 2024-07-18 from a public repository", _netflix),
    ]


@dataclass
class Tally:
    postings: int = 0
    any: Counter[str] | None = None  # summed weights (floats: an alternative counts 1/n)
    required: Counter[str] | None = None
    preferred: Counter[str] | None = None

    def __post_init__(self) -> None:
        self.any, self.required, self.preferred = Counter(), Counter(), Counter()

    def add(self, posting: JobPosting, find: SkillFinder) -> None:
        """Count one posting. A list of alternatives ("one of Java, Go or Python") is one requirement:
        each of its n skills counts 1/n, so no alternative reads as a must-have on its own."""
        assert self.any is not None and self.required is not None and self.preferred is not None
        self.postings += 1
        req = _weights([(r.text, r.skills) for r in posting.required])
        pref = _weights([(r.text, r.skills) for r in posting.preferred])
        duties = _weights([(line, find(line)) for line in [*posting.responsibilities, posting.description]])
        self.required.update(req)
        self.preferred.update(pref)
        self.any.update({s: max(req.get(s, 0.0), pref.get(s, 0.0), duties.get(s, 0.0)) for s in
                         {*req, *pref, *duties}})


def _weights(lines: list[tuple[str, list[str]]]) -> dict[str, float]:
    """Each skill's weight in one posting: 1 when asked on its own, 1/n as one of n alternatives."""
    out: dict[str, float] = {}
    for text, skills in lines:
        for group in requirement_groups(text, skills) if skills else []:
            for name in group:
                out[name] = max(out.get(name, 0.0), 1.0 / len(group))
    return out


def without_own_names(find: SkillFinder, profile: CompanyProfile) -> SkillFinder:
    """The finder without the company's own names: Meta's postings naming "Facebook" or Google's
    naming "Google" ask for no skill. A product sold under another name (Google Cloud) stays."""
    own = {n.casefold() for n in [profile.id, profile.name, *profile.aliases]}
    skills = load_taxonomy().skills

    def sold(name: str) -> bool:
        info = skills.get(name)
        return info is not None and info.vendor is not None

    def find_here(text: str) -> list[str]:
        return [n for n in find(text) if n.casefold() not in own or sold(n)]

    return find_here


def tally(
    dataset: Dataset, families: list[RoleFamily], find: SkillFinder
) -> tuple[dict[str, Tally], Counter[str]]:
    """Skill counts per role family, and how many postings were skipped or unclassified."""
    tallies: dict[str, Tally] = {}
    skipped: Counter[str] = Counter()
    seen: set[tuple[str, ...]] = set()
    for posting in dataset.read(dataset.path, find):
        if posting is None:
            skipped["no requirements"] += 1
            continue
        # one job posted in several cities is one posting: counted once, it cannot lend a skill the
        # support of three postings on its own
        key = (posting.title or "", *(r.text for r in posting.requirements), *posting.responsibilities)
        if key in seen:
            skipped["repeated"] += 1
            continue
        seen.add(key)
        family = classify_title(posting.title, families)
        if family is None:
            skipped["no role family"] += 1
            continue
        if family.id == GENERIC_SOFTWARE:  # a generic software title: its skills tell the specialty
            narrower = specialty([s for r in posting.requirements for s in r.skills])
            family = next((f for f in families if f.id == narrower), family)
        tallies.setdefault(family.id, Tally()).add(posting, find)
    return tallies, skipped


def _share(count: int, total: int) -> float:
    return round(count / total, 3) if total else 0.0


def demand_document(dataset: Dataset, families: list[RoleFamily], tallies: dict[str, Tally],
                    digest: str) -> dict[str, object]:
    """The demand file's content: role families in profile order, skills by share then name."""
    out: list[dict[str, object]] = []
    for family in families:
        t = tallies.get(family.id)
        if t is None or t.postings < MIN_FAMILY_POSTINGS:
            continue
        assert t.any is not None and t.required is not None and t.preferred is not None
        counts = t.any
        supported = [skill for skill in counts if counts[skill] >= MIN_SKILL_POSTINGS]
        ranked = sorted(supported, key=lambda skill: (-counts[skill], skill))
        skills = [
            {"skill": s, "share": _share(t.any[s], t.postings), "required": _share(t.required[s], t.postings),
             "preferred": _share(t.preferred[s], t.postings)}
            for s in ranked[:MAX_SKILLS]
        ]
        out.append({
            "id": family.id,
            "name": family.name,
            "postings": t.postings,
            "source": {"url": dataset.url, "retrieved": SNAPSHOT_DATE,
                       "note": f"{dataset.note}; aggregate counts only, no posting text"},
            "skills": skills,
        })
    return {
        "company": dataset.company,
        "generated_by": "scripts/build_demand.py",
        "inputs": [{"file": f"postings/{dataset.path.parent.name}/{dataset.path.name}", "sha256": digest}],
        "role_families": out,
    }


def _scalar(value: object) -> str:
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".") if value else "0.0"
    return str(value)


def to_yaml(doc: dict[str, object]) -> str:
    """Deterministic YAML for the demand document (skills one per line, in flow style)."""
    lines = ["# Generated by scripts/build_demand.py from ../shared/data/postings -- do not edit by hand.",
             "# Shares are fractions of the role family's postings; numbers only, no posting text.",
             f"company: {doc['company']}", f"generated_by: {doc['generated_by']}", "inputs:"]
    for item in doc["inputs"]:  # type: ignore[attr-defined]
        lines.append(f"  - {{file: {_scalar(item['file'])}, sha256: {_scalar(item['sha256'])}}}")
    lines.append("role_families:")
    for family in doc["role_families"]:  # type: ignore[attr-defined]
        lines += [f"  - id: {family['id']}", f"    name: {_scalar(family['name'])}",
                  f"    postings: {family['postings']}", "    source:"]
        lines += [f"      {k}: {_scalar(v)}" for k, v in family["source"].items()]
        lines.append("    skills:")
        for s in family["skills"]:
            lines.append(f"      - {{skill: {_scalar(s['skill'])}, share: {_scalar(s['share'])}, "
                         f"required: {_scalar(s['required'])}, preferred: {_scalar(s['preferred'])}}}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Compute skill demand per role family from shared postings.")
    parser.add_argument("--company", action="append", help="only this company (repeatable)")
    parser.add_argument("--out", type=Path, help="output folder (default company_profiles/demand)")
    parser.add_argument("--check", action="store_true", help="exit 1 if a generated file would change")
    args = parser.parse_args(argv)

    from resume_tailor.postings.requirements import default_skill_finder

    find = default_skill_finder()
    profiles = bundled_profiles_dir()
    out_dir = args.out or (profiles / "demand" if profiles else Path("company_profiles") / "demand")
    changed = 0
    for dataset in datasets(shared_data_dir()):
        if args.company and dataset.company not in args.company:
            continue
        if not dataset.path.is_file():
            print(f"{dataset.company}: missing {dataset.path}", file=sys.stderr)
            return 2
        profile = load_profile(dataset.company)
        families = effective_role_families(profile)
        tallies, skipped = tally(dataset, families, without_own_names(find, profile))
        digest = hashlib.sha256(dataset.path.read_bytes()).hexdigest()
        text = to_yaml(demand_document(dataset, families, tallies, digest))
        target = out_dir / f"{dataset.company}.yaml"
        old = target.read_text(encoding="utf-8") if target.is_file() else None
        summary = ", ".join(f"{fid} {t.postings}/{len([1 for n in (t.any or {}).values() if n])}"
                            for fid, t in sorted(tallies.items()))
        print(f"{dataset.company}: {summary}; skipped {dict(sorted(skipped.items()))}")
        if old == text:
            continue
        changed += 1
        if not args.check:
            target.parent.mkdir(parents=True, exist_ok=True)
            from resume_tailor.storage import atomic_write_text

            atomic_write_text(target, text)
            print(f"  wrote {target}")
    if args.check and changed:
        print(f"{changed} demand file(s) out of date; run scripts/build_demand.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
