#!/usr/bin/env python3
"""Build the bundled skills taxonomy from the licensed sources in ../shared/data.

Inputs (see src/resume_tailor/data/SOURCES.md for licences and attributions):

* O*NET 29.2 ``Technology Skills.txt`` (names, commodity classes, Hot Technology / In Demand flags)
  and ``Work Styles.txt`` (soft skills);
* ESCO ICT skills (``esco-ict/esco_ict_skills.json``) and ESCO cross-sector/transversal skills
  (``esco-transversal/skills_en.csv``);
* the merged ``esco-onet-merged/faiss_skills.csv``, only its ESCO, ONET_TECH and ONET_SKILL rows;
* ``src/resume_tailor/data/curated_skills.yaml`` (our reviewed additions);
* optionally SkillSpan train (MIT) with ``--skillspan``: learns which surface forms are tagged as
  knowledge in job postings (a small lexicon plus per-form decisions; see ``skillspan.py``). Only
  the train split is read.

Output: ``src/resume_tailor/data/taxonomy.json.gz``, deterministic for the same inputs (sorted keys,
fixed gzip mtime). The context model that judges mentions in running text is trained by
``train_context_model.py`` on the taxonomy this script builds. Usage::

    .venv/bin/python scripts/build_taxonomy.py [--skillspan] [--shared PATH]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA_OUT = ROOT / "src" / "resume_tailor" / "data"
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "benchmarks")]

from shared_data import shared_data_dir  # noqa: E402  (one definition, shared with the benchmarks)
from skillspan import learn, read_rows  # noqa: E402  (SkillSpan train: the learned lists and lexicon)

from resume_tailor.skills.taxonomy import CATEGORIES  # noqa: E402  (one list for writer and reader)
from resume_tailor.skills.tokens import match_words, surface_key  # noqa: E402

TAXONOMY_VERSION = "2026.12.1"


# Vendors whose name O*NET puts in front of a product; stripped from the canonical name.
KNOWN_VENDORS = (
    "Amazon Web Services AWS",
    "Amazon Web Services",
    "Amazon",
    "Microsoft",
    "Oracle",
    "IBM",
    "Apache",
    "Google",
    "Adobe",
    "Atlassian",
    "Autodesk",
    "SAP",
    "Apple",
    "Red Hat",
    "The MathWorks",
    "MathWorks",
    "Dassault Systemes",
    "Intuit",
    "Cisco",
    "Hewlett Packard Enterprise",
    "Hewlett Packard",
    "HP",
    "Corel",
    "Bentley",
    "ESRI",
    "Siemens",
    "Trimble",
    "HashiCorp",
    "JetBrains",
    "Eclipse",
    "Facebook",
    "Meta",
    "Salesforce",
    "VMware",
    "Citrix",
    "Symantec",
    "McAfee",
    "Infor",
    "Sage",
    "Epic Systems",
    "National Instruments",
    "Unity Technologies",
    "Progress",
    "Elastic",
    "Mozilla",
    "Nvidia",
    "NVIDIA",
    "Intel",
    "SAS Institute",
    "Tibco",
    "TIBCO",
    "Informatica",
    "Teradata",
    "Splunk",
    "Qlik",
    "Cloudera",
    "Hortonworks",
    "Pivotal",
    "Docker",
    "GitHub",
)

VENDOR_PARENTS = {"Amazon": "AWS", "Amazon Web Services": "AWS", "Amazon Web Services AWS": "AWS"}

COMMODITY_CATEGORY = {
    "Data base management system software": "database",
    "Data base user interface and query software": "database",
    "Data base reporting software": "database",
    "Cloud-based data access and sharing software": "cloud",
    "Cloud-based management software": "cloud",
    "Cloud-based protection or security software": "cloud",
    "Web platform development software": "framework",
    "Object or component oriented development software": "framework",
    "Development environment software": "tool",
    "Program testing software": "tool",
    "Configuration management software": "tool",
}

METHOD_WORDS = (
    "agile", "scrum", "kanban", "lean", "waterfall", "iterative", "incremental", "prototyping",
    "devops", "rapid application development", "spiral", "methodolog", "six sigma",
)  # fmt: skip

# ESCO phrase skills carry many paraphrases ("carry out statistical forecasts", "make statistical
# forecasts", ...); the first few are enough and keep the matcher small.
ESCO_PHRASE_ALIASES = 3
LANGUAGE_LABEL = re.compile(
    r"(write|understand spoken|understand written|interact verbally in) ([A-Z][\w-]+)"
)

# abbreviations of ordinary prose: never a skill name on their own
ENGLISH_ABBREVIATIONS = {"etc", "aka", "asap", "fyi", "tbd", "eg", "ie", "na", "ps", "re", "vs"}
SOFT_ONET_SKILLS = {
    "Reading Comprehension", "Active Listening", "Writing", "Speaking", "Critical Thinking",
    "Active Learning", "Learning Strategies", "Social Perceptiveness", "Coordination", "Persuasion",
    "Negotiation", "Instructing", "Service Orientation", "Complex Problem Solving",
    "Judgment and Decision Making", "Time Management", "Management of Personnel Resources",
}  # fmt: skip


# ---------------------------------------------------------------------------
# Skill records
# ---------------------------------------------------------------------------


class Registry:
    """Canonical skills keyed by the surface key of their name; merges records from all sources."""

    def __init__(self) -> None:
        self.skills: dict[str, dict[str, Any]] = {}
        self.alias_owner: dict[str, str] = {}

    def find(self, *names: str) -> str | None:
        for name in names:
            key = surface_key(name)
            if key in self.skills:
                return key
            if key in self.alias_owner:
                return self.alias_owner[key]
        return None

    def add(
        self,
        name: str,
        category: str,
        source: str,
        aliases: Iterable[str] = (),
        *,
        parents: Iterable[str] = (),
        vendor: str | None = None,
        soft: bool = False,
        hot: bool = False,
        in_demand: bool = False,
        authority: int = 0,
    ) -> str:
        """Add or merge a skill; a higher ``authority`` wins on name and category."""
        name = name.strip()
        aliases = [a.strip() for a in aliases if a and a.strip()]
        # O*NET/curated names may join an existing skill through an alias ("Oracle Java" -> Java);
        # ESCO names join only on the same name, so one odd alias never swallows other skills.
        key = (
            self.find(name)
            if authority >= 2
            else (surface_key(name) if surface_key(name) in self.skills else None)
        )
        if key is None:
            key = surface_key(name)
            if not key:
                return ""
            self.skills[key] = {
                "name": name,
                "category": category,
                "aliases": [],
                "parents": [],
                "sources": [],
                "authority": authority,
            }
        rec = self.skills[key]
        new_forms = [name, *aliases]
        if authority > rec["authority"]:
            if rec["name"] != name:
                rec["aliases"].append(rec["name"])
            rec["name"], rec["category"], rec["authority"] = name, category, authority
        elif surface_key(name) != key:
            rec["aliases"].append(name)
        rec["aliases"].extend(aliases)
        if soft and rec["authority"] <= authority:
            rec["category"] = category
        rec["parents"].extend(p for p in parents if p not in rec["parents"])
        if source not in rec["sources"]:
            rec["sources"].append(source)
        if vendor and not rec.get("vendor"):
            rec["vendor"] = vendor
        if soft:
            rec["soft"] = True
        if hot:
            rec["hot"] = True
        if in_demand:
            rec["in_demand"] = True
        for alias in new_forms:
            akey = surface_key(alias)
            if akey and akey not in self.skills:
                self.alias_owner.setdefault(akey, key)
        return key


# ---------------------------------------------------------------------------
# Name cleaning
# ---------------------------------------------------------------------------


def common_words(shared: Path) -> set[str]:
    """Lower-case English words: those seen in lower case in ESCO descriptions."""
    words: Counter[str] = Counter()
    with open(shared / "taxonomy/esco-onet-merged/faiss_skills.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["taxonomy"] == "ESCO":
                words.update(re.findall(r"(?<![\w.])[a-z]+(?![\w])", row["description"]))
    return {w for w, n in words.items() if n >= 2}


def is_common(word: str, common: set[str]) -> bool:
    """True if ``word`` is an ordinary English word (or a single character)."""
    return len(word) <= 1 or word.lower() in common


def acronym_split(name: str) -> tuple[str, str] | None:
    """``"Structured query language SQL"`` -> ``("SQL", "Structured query language")``."""
    words = name.split()
    if len(words) < 3:
        return None
    acro = words[-1]
    if not re.fullmatch(r"[A-Z][A-Z0-9&]{1,7}", acro):
        return None
    letters = re.sub(r"[^A-Z]", "", acro)
    for k in range(len(words) - 1, 0, -1):
        long_words = words[-1 - k : -1]
        initials = "".join(w[0].upper() for w in long_words if w[0].isalpha())
        if initials == letters:
            return acro, " ".join(long_words)
    return None


def strip_vendor(name: str, vendors: list[str]) -> tuple[str, str | None]:
    """Split ``"Oracle Java"`` into ``("Java", "Oracle")``; unknown vendors give ``(name, None)``."""
    for vendor in vendors:
        if name.startswith(vendor + " ") and len(name) > len(vendor) + 1:
            return name[len(vendor) + 1 :], vendor
    return name, None


def onet_names(name: str, common: set[str], vendors: list[str]) -> tuple[str, list[str], str | None, bool]:
    """Canonical name, aliases, vendor and "generic" flag of one O*NET Technology Skills name."""
    aliases = [name]
    base = name
    generic = False
    if base.endswith(" software"):
        rest = base[: -len(" software")]
        rest_words = rest.split()
        proper = any(not is_common(w, common) for w in rest_words) or any(
            w[:1].isupper() for w in rest_words[1:]
        )
        if proper and rest:
            base = rest
            aliases.append(base)
        else:
            generic = True
    stripped, vendor = strip_vendor(base, vendors)
    acro = acronym_split(stripped)
    if acro:
        short, long_form = acro
        aliases += [stripped, long_form]
        if vendor:
            aliases.append(f"{vendor} {short}")
        return short, aliases, vendor, False
    if vendor:
        words = stripped.split()
        if len(words) == 1 and is_common(words[0], common):
            return base, aliases, vendor, generic  # "Microsoft Word": keep the vendor, no bare alias
        if all(is_common(w, common) for w in words):
            return base, [*aliases, stripped], vendor, generic
        return stripped, [*aliases, base], vendor, generic
    return base, aliases, vendor, generic


def discover_vendors(names: Iterable[str], common: set[str]) -> list[str]:
    """Vendors = known ones plus first words that prefix >= 4 names and are not English words."""
    first: Counter[str] = Counter()
    for n in names:
        words = n.split()
        if len(words) >= 2 and words[1][:1].isupper():
            first[words[0]] += 1
    found = [w for w, c in first.items() if c >= 4 and not is_common(w, common) and len(w) > 2]
    return sorted(set(KNOWN_VENDORS) | set(found), key=lambda v: (-len(v), v))


def onet_category(name: str, commodity: str) -> str:
    low = name.lower()
    if re.search(r"\b(sql|database|db)\b", low):
        return "database"
    if "cloud" in low or "aws" in low or "azure" in low:
        return "cloud"
    return COMMODITY_CATEGORY.get(commodity, "tool")


def variants(surface: str, category: str, common: set[str]) -> list[str]:
    """Spelling variants of a surface form: .js forms, plural/singular of generic phrases."""
    out = []
    m = re.fullmatch(r"(.+?)\.js", surface, flags=re.IGNORECASE)
    if m:
        base = m.group(1)
        out += [f"{base}JS", f"{base} JS", f"{base}.js", f"{base}js"]
    words = surface.split()
    if (
        len(words) >= 2
        and surface == surface.lower()
        and category in ("domain", "methodology", "database", "cloud", "tool")
        and words[-1].isalpha()
        and len(words) <= 3
        and not words[-1].endswith(("ed", "al", "ic", "ous", "ive", "ful", "able", "ary", "ing"))
    ):
        last = words[-1]
        if last.endswith("ies"):
            out.append(" ".join([*words[:-1], last[:-3] + "y"]))
        elif last.endswith("s") and not last.endswith("ss"):
            out.append(" ".join([*words[:-1], last[:-1]]))
        elif last.endswith("y") and last[-2:-1] not in "aeiou":
            out.append(" ".join([*words[:-1], last[:-1] + "ies"]))
        elif not last.endswith(("ing", "ment", "ness", "ity", "ism", "ics")):
            out.append(" ".join([*words[:-1], last + "s"]))
    return out


# ---------------------------------------------------------------------------
# Sources
# ---------------------------------------------------------------------------


def load_curated(reg: Registry) -> list[str]:
    data = yaml.safe_load((DATA_OUT / "curated_skills.yaml").read_text(encoding="utf-8"))
    for item in data["skills"]:
        if item["category"] not in CATEGORIES:
            raise SystemExit(f"curated_skills.yaml: unknown category {item['category']!r} for {item['name']}")
        reg.add(
            item["name"],
            item["category"],
            "curated",
            item.get("aliases") or [],
            parents=item.get("parents") or [],
            vendor=item.get("vendor"),
            soft=bool(item.get("soft")),
            authority=3,
        )
    return [str(a) for a in data.get("ambiguous") or []]


def add_implied(reg: Registry) -> None:
    """Give each skill listed under ``implies`` in curated_skills.yaml its broad skill as a parent."""
    data = yaml.safe_load((DATA_OUT / "curated_skills.yaml").read_text(encoding="utf-8"))
    for broad, narrower in (data.get("implies") or {}).items():
        broad_key = reg.find(broad)
        if broad_key is None:
            raise SystemExit(f"curated_skills.yaml implies: unknown skill {broad!r}")
        parent = reg.skills[broad_key]["name"]
        for child in narrower:
            key = reg.find(child)
            if key is None:
                raise SystemExit(f"curated_skills.yaml implies {broad!r}: unknown skill {child!r}")
            if parent not in reg.skills[key]["parents"]:
                reg.skills[key]["parents"].append(parent)


def load_onet(reg: Registry, shared: Path, common: set[str]) -> None:
    rows: dict[str, dict[str, Any]] = {}
    path = shared / "taxonomy/onet-29.2/Technology Skills.txt"
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            rec = rows.setdefault(row["Example"], {"hot": False, "demand": False, "commodity": Counter()})
            rec["hot"] |= row["Hot Technology"] == "Y"
            rec["demand"] |= row["In Demand"] == "Y"
            rec["commodity"][row["Commodity Title"]] += 1
    vendors = discover_vendors(rows, common)
    for raw in sorted(rows):
        rec = rows[raw]
        commodity = rec["commodity"].most_common(1)[0][0]
        name, aliases, vendor, _generic = onet_names(raw, common, vendors)
        spelled = [a for a in aliases if a.lower() not in ENGLISH_ABBREVIATIONS]
        if name.lower() in ENGLISH_ABBREVIATIONS and spelled:
            # "Electronic Time Clock ETC": keep the spelled-out name, never the "etc." of prose
            name, aliases = min(spelled, key=len), spelled
        parents = [VENDOR_PARENTS[vendor]] if vendor in VENDOR_PARENTS and name != "AWS" else []
        reg.add(
            name,
            onet_category(name, commodity),
            "onet",
            aliases,
            parents=parents,
            vendor=vendor,
            hot=rec["hot"],
            in_demand=rec["demand"],
            authority=2,
        )
    styles = set()
    with open(shared / "taxonomy/onet-29.2/Work Styles.txt", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            styles.add(row["Element Name"])
    for style in sorted(styles):
        parts = [p.strip() for p in style.split("/")]
        reg.add(parts[0], "soft_skill", "onet", [style, *parts[1:]], soft=True, authority=1)


def clean_esco_label(label: str) -> tuple[str, str | None]:
    """``"Ruby (computer programming)"`` -> ``("Ruby", "programming_language")``."""
    m = re.fullmatch(r"(.+?)\s*\((.+)\)", label)
    if not m:
        return label, None
    hint = m.group(2).lower()
    category = "programming_language" if "programming" in hint else "tool"
    return m.group(1), category


def esco_category(label: str, skill_type: str, ict: bool) -> str:
    low = label.lower()
    if any(w in low for w in METHOD_WORDS):
        return "methodology"
    if ict and skill_type == "knowledge" and label[:1].isupper() and label != label.capitalize():
        return "tool"
    if ict and skill_type == "knowledge" and label[:1].isupper() and " " not in label:
        return "tool"
    return "domain"


def split_aliases(raw: str) -> list[str]:
    if not raw:
        return []
    parts = raw.split("\n") if "\n" in raw else raw.split(", ")
    return [p.strip() for p in parts if p.strip()]


def content_stems(text: str) -> set[str]:
    """First five letters of the words longer than three letters ("rehabilitation" -> "rehab")."""
    return {w[:5] for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 3}


def merged_aliases(row: dict[str, str]) -> list[str]:
    """Aliases of a row of the merged ESCO/O*NET file (its long alias lists are cut mid-word)."""
    aliases = split_aliases(row["aliases"])
    if len(row["aliases"]) >= 190 and aliases:
        aliases = aliases[:-1]
    return aliases


def transversal_aliases(row: dict[str, str], merged: dict[str, dict[str, str]]) -> list[str]:
    """Alternative labels of a row of the transversal file, only where they can be trusted.

    In our copy of that file the ``altLabels`` column is shuffled against ``preferredLabel`` after the
    first rows: "photographic lenses" carries "packing ... engineering" and "improvise" the camera
    lenses (about 95% of rows share no word with their label; see data/SOURCES.md). The merged file
    holds the same concepts with aligned aliases, so those are used; otherwise a row's own labels are
    kept only if one of them shares a word with the preferred label.
    """
    if row["conceptUri"] in merged:
        return merged_aliases(merged[row["conceptUri"]])
    aliases = split_aliases(row["altLabels"])
    stems = content_stems(row["preferredLabel"])
    return aliases if any(stems & content_stems(a) for a in aliases) else []


def phrase_aliases(label: str, aliases: list[str]) -> list[str]:
    """Aliases of an ESCO phrase skill without its one-word ones.

    "entertain people" lists "amuse" and "delight", "make decisions" lists "choose", "show
    determination" lists "persist": as names of a phrase skill, single words match ordinary prose
    ("delight our members") far more often than the skill.
    """
    if " " not in label.strip():
        return aliases
    return [a for a in aliases if " " in a.strip()]


def ict_aliases(name: str, aliases: list[str], common: set[str]) -> list[str]:
    """Aliases of an ESCO ICT skill without the ordinary words a phrase skill lists.

    "computer equipment" lists "computer" and "a computer", "security panels" lists "processor":
    as names of the skill, such words match "a degree in a computer-related field" or "computer
    vision". Capitalised or acronym aliases ("REST", "Access") are kept.
    """
    if " " not in name.strip():
        return aliases
    kept = []
    for alias in aliases:
        bare = re.sub(r"^(?:a|an|the)\s+", "", alias.strip(), flags=re.I)
        if " " not in bare and bare.islower() and is_common(bare, common):
            continue
        kept.append(alias)
    return kept


def load_esco(reg: Registry, shared: Path, common: set[str]) -> None:
    ict = json.loads((shared / "taxonomy/esco-ict/esco_ict_skills.json").read_text(encoding="utf-8"))
    seen: set[str] = set()
    for item in sorted(ict, key=lambda x: x["uri"]):
        seen.add(item["uri"])
        name, hinted = clean_esco_label(item["label"])
        category = hinted or esco_category(name, item["skillType"], ict=True)
        alts = [clean_esco_label(a)[0] for a in item.get("altLabel") or []]
        reg.add(name, category, "esco", [item["label"], *ict_aliases(name, alts, common)], authority=1)
    with open(shared / "taxonomy/esco-onet-merged/faiss_skills.csv", newline="", encoding="utf-8") as fh:
        merged = sorted(csv.DictReader(fh), key=lambda r: r["skill_id"])
    merged_esco = {row["original_id"]: row for row in merged if row["taxonomy"] == "ESCO"}
    with open(shared / "taxonomy/esco-transversal/skills_en.csv", newline="", encoding="utf-8") as fh:
        rows = sorted(csv.DictReader(fh), key=lambda r: r["conceptUri"])
    for row in rows:
        seen.add(row["conceptUri"])
        label = row["preferredLabel"]
        lang = LANGUAGE_LABEL.fullmatch(label)
        if lang or (label[:1].isupper() and " " not in label and row["reuseLevel"] == "transversal"):
            language = lang.group(2) if lang else label
            reg.add(language, "spoken_language", "esco", [label] if lang else [], authority=1)
            continue
        soft = row["reuseLevel"] == "transversal"
        category = "soft_skill" if soft else esco_category(label, "skill", ict=False)
        aliases = phrase_aliases(label, transversal_aliases(row, merged_esco))
        reg.add(
            label,
            category,
            "esco",
            aliases if soft else aliases[:ESCO_PHRASE_ALIASES],
            soft=soft,
            authority=1,
        )
    for row in merged:
        if row["taxonomy"] == "ESCO" and row["original_id"] not in seen:
            aliases = phrase_aliases(row["skill_name"], merged_aliases(row))[:ESCO_PHRASE_ALIASES]
            category = esco_category(row["skill_name"], "skill", ict=False)
            reg.add(row["skill_name"], category, "esco", aliases, authority=1)
        elif row["taxonomy"] == "ONET_SKILL":
            name = row["skill_name"]
            soft = name in SOFT_ONET_SKILLS
            reg.add(name, "soft_skill" if soft else "domain", "onet", [], soft=soft, authority=1)


# ---------------------------------------------------------------------------
# Finishing
# ---------------------------------------------------------------------------


def finish(reg: Registry, ambiguous_curated: list[str], common: set[str]) -> dict[str, Any]:
    """Dedupe aliases, add variants, resolve parents, mark ambiguous surface forms."""
    skills = []
    used: dict[str, str] = {}
    curated_amb = {surface_key(a) for a in ambiguous_curated}
    ambiguous: set[str] = set()
    case_sensitive: set[str] = set()
    names = {rec["name"] for rec in reg.skills.values()}
    for key in sorted(reg.skills, key=lambda k: (-reg.skills[k]["authority"], k)):
        rec = reg.skills[key]
        forms = []
        for surface in [rec["name"], *rec["aliases"]]:
            forms.append(surface)
            forms.extend(variants(surface, rec["category"], common))
        kept: list[str] = []
        kept_keys: set[str] = set()
        for surface in forms:
            skey = surface_key(surface)
            if not skey or skey in used and used[skey] != rec["name"]:
                continue
            if len(skey) > 80:
                continue
            used[skey] = rec["name"]
            if skey not in kept_keys:
                kept_keys.add(skey)
                kept.append(surface)
            words = match_words(surface)
            if skey in curated_amb or (len(words) == 1 and is_common(words[0], common)):
                ambiguous.add(skey)
            elif (
                len(words) == 1
                and rec["authority"] < 3
                and not rec.get("hot")
                and any(ch.isupper() for ch in surface)
            ):
                case_sensitive.add(skey)  # "Checkout", "Quest": product names only when capitalised
        parents = [p for p in rec["parents"] if p in names and p != rec["name"]]
        out: dict[str, Any] = {"name": rec["name"], "category": rec["category"]}
        aliases = [a for a in kept if a != rec["name"]]
        if aliases:
            out["aliases"] = aliases
        if parents:
            out["parents"] = parents
        for flag in ("vendor", "soft", "hot", "in_demand"):
            if rec.get(flag):
                out[flag] = rec[flag]
        out["sources"] = rec["sources"]
        skills.append(out)
    skills.sort(key=lambda s: s["name"].lower())
    return {
        "skills": skills,
        "ambiguous": sorted(ambiguous),
        "ambiguous_hard": sorted(ambiguous & curated_amb),
        "case_sensitive": sorted(case_sensitive - ambiguous),
    }


def input_digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def build(shared: Path) -> dict[str, Any]:
    """Build the taxonomy dict from the sources (without the SkillSpan lexicon)."""
    common = common_words(shared)
    reg = Registry()
    ambiguous = load_curated(reg)
    load_onet(reg, shared, common)
    load_esco(reg, shared, common)
    add_implied(reg)
    data = finish(reg, ambiguous, common)
    inputs = [
        shared / "taxonomy/onet-29.2/Technology Skills.txt",
        shared / "taxonomy/onet-29.2/Work Styles.txt",
        shared / "taxonomy/esco-ict/esco_ict_skills.json",
        shared / "taxonomy/esco-transversal/skills_en.csv",
        shared / "taxonomy/esco-onet-merged/faiss_skills.csv",
        DATA_OUT / "curated_skills.yaml",
    ]
    data["version"] = TAXONOMY_VERSION
    data["inputs_sha256"] = input_digest(inputs)
    data["categories"] = list(CATEGORIES)
    return data


def write(data: dict[str, Any], path: Path) -> None:
    raw = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    path.write_bytes(buf.getvalue())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", help="path to shared/data (default ../shared/data)")
    parser.add_argument("--skillspan", action="store_true", help="learn the SkillSpan-train lexicon")
    parser.add_argument("--out", default=str(DATA_OUT / "taxonomy.json.gz"))
    args = parser.parse_args(argv)
    shared = shared_data_dir(args.shared)
    data = build(shared)
    if args.skillspan:
        data["learned"] = learn(data, read_rows(shared / "skills-eval/skillspan/train.json"))
    write(data, Path(args.out))
    cats = Counter(s["category"] for s in data["skills"])
    n_forms = sum(1 + len(s.get("aliases", [])) for s in data["skills"])
    print(f"{len(data['skills'])} skills, {n_forms} surface forms, {len(data['ambiguous'])} ambiguous")
    print(dict(sorted(cats.items())))
    print("the context model is trained apart: scripts/train_context_model.py")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
