#!/usr/bin/env python3
"""Accuracy of ``extract_skills`` on SkillSpan (dev by default) and on the shared resumes.

The context model is trained on SkillSpan train; only its decision threshold is chosen on dev
(scripts/build_taxonomy.py), so dev figures are slightly optimistic for unseen postings.

SkillSpan (Zhang et al., NAACL 2022, MIT) tags job-posting sentences with Knowledge and Skill
spans. Each sentence is joined with single spaces and passed to ``extract_skills``; a mention
covers the SkillSpan tokens its characters overlap.

Knowledge spans (the target), every mention counted:

* strict: a mention is right if its token span equals a Knowledge span;
* token-overlap: a mention is right if it shares a token with a Knowledge span;
* a mention that overlaps only a Skill span (no Knowledge span) is neither right nor wrong;
* recall: share of Knowledge spans equalled (strict) / overlapped (token-overlap) by a mention.

Skill spans are reported the same way (mentions overlapping only Knowledge are then ignored).
Resumes: for each shared PDF with a ``*.truth.json``, the skills found in its skills section are
compared with the truth list (precision and recall on canonical names).

Usage::

    .venv/bin/python benchmarks/skills_accuracy.py [--split dev|train] [--show-errors 30]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from shared_data import shared_data_dir

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


# ---------------------------------------------------------------------------
# SkillSpan
# ---------------------------------------------------------------------------

Span = tuple[int, int]  # token indices [start, end)


def bio_spans(tags: list[str]) -> list[Span]:
    """Spans of a BIO tag sequence (an I- without a B- opens a span)."""
    spans: list[Span] = []
    start: int | None = None
    for i, tag in enumerate([*tags, "O"]):
        if tag.startswith("B") or tag == "O" or (tag.startswith("I") and start is None):
            if start is not None:
                spans.append((start, i))
                start = None
            if tag.startswith("B") or tag.startswith("I"):
                start = i
    return spans


@dataclass
class Sentence:
    tokens: list[str]
    knowledge: list[Span]
    skill: list[Span]
    text: str = ""
    offsets: list[Span] = field(default_factory=list)  # char offsets of each token in text

    def __post_init__(self) -> None:
        pos = 0
        for tok in self.tokens:
            self.offsets.append((pos, pos + len(tok)))
            pos += len(tok) + 1
        self.text = " ".join(self.tokens)

    def token_span(self, start: int, end: int) -> Span | None:
        """SkillSpan tokens covered by the characters [start, end)."""
        idx = [i for i, (a, b) in enumerate(self.offsets) if a < end and start < b]
        return (idx[0], idx[-1] + 1) if idx else None


def load_skillspan(path: Path) -> list[Sentence]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            out.append(
                Sentence(row["tokens"], bio_spans(row["tags_knowledge"]), bio_spans(row["tags_skill"]))
            )
    return out


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class Score:
    tp_strict: int = 0
    fp_strict: int = 0
    tp_loose: int = 0
    fp_loose: int = 0
    gold: int = 0
    found_strict: int = 0
    found_loose: int = 0

    def prf(self, strict: bool) -> tuple[float, float, float]:
        tp, fp = (self.tp_strict, self.fp_strict) if strict else (self.tp_loose, self.fp_loose)
        found = self.found_strict if strict else self.found_loose
        p = tp / (tp + fp) if tp + fp else 0.0
        r = found / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def score(
    preds: list[Span], target: list[Span], other: list[Span], sc: Score, errors: Counter[str], text: str
) -> None:
    """Update ``sc`` for one sentence: ``target`` spans are scored, ``other`` spans are neutral."""
    sc.gold += len(target)
    for p in preds:
        hit_loose = any(overlaps(p, g) for g in target)
        neutral = not hit_loose and any(overlaps(p, o) for o in other)
        if neutral:
            continue
        if p in target:
            sc.tp_strict += 1
        else:
            sc.fp_strict += 1
        if hit_loose:
            sc.tp_loose += 1
        else:
            sc.fp_loose += 1
            errors[f"FP {text}"] += 1
    for g in target:
        if g in preds:
            sc.found_strict += 1
        if any(overlaps(p, g) for p in preds):
            sc.found_loose += 1
        else:
            errors[f"FN {text.split(' ')[0] if False else ''}"] += 0


def evaluate_skillspan(sentences: Iterable[Sentence], show: int = 0) -> dict[str, dict[str, float]]:
    from resume_tailor.skills import extract_skills

    know, skill = Score(), Score()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for sent in sentences:
        preds: list[Span] = []
        pred_text: dict[Span, str] = {}
        for m in extract_skills(sent.text):
            span = sent.token_span(m.start, m.end)
            if span and span not in preds:
                preds.append(span)
                pred_text[span] = m.text
        errs: Counter[str] = Counter()
        for p in preds:
            k_hit = any(overlaps(p, g) for g in sent.knowledge)
            s_hit = any(overlaps(p, g) for g in sent.skill)
            if not k_hit and not s_hit:
                fp[pred_text[p].lower()] += 1
        for g in sent.knowledge:
            if not any(overlaps(p, g) for p in preds):
                fn[" ".join(sent.tokens[g[0] : g[1]]).lower()] += 1
        score(preds, sent.knowledge, sent.skill, know, errs, "")
        score(preds, sent.skill, sent.knowledge, skill, errs, "")
    if show:
        print("most frequent false positives:", fp.most_common(show))
        print("most frequent missed knowledge:", fn.most_common(show))
    out = {}
    for label, sc in (("knowledge", know), ("skill", skill)):
        ps, rs, fs = sc.prf(strict=True)
        pl, rl, fl = sc.prf(strict=False)
        out[label] = {
            "gold": sc.gold,
            "strict_p": ps,
            "strict_r": rs,
            "strict_f1": fs,
            "overlap_p": pl,
            "overlap_r": rl,
            "overlap_f1": fl,
        }
    return out


# ---------------------------------------------------------------------------
# Resumes
# ---------------------------------------------------------------------------


def resume_text(pdf: Path) -> str:
    """The resume's text: the project's parser when present, else pdfplumber directly."""
    try:
        from resume_tailor.resume import parse_resume

        return parse_resume(pdf).text
    except Exception:
        import pdfplumber

        with pdfplumber.open(pdf) as doc:
            return "\n".join(page.extract_text() or "" for page in doc.pages)


def skills_section(text: str) -> list[str]:
    """Lines from a heading containing "skill" up to the next short all-caps or title heading."""
    lines = [line.strip() for line in text.splitlines()]
    out: list[str] = []
    inside = False
    for line in lines:
        heading = len(line.split()) <= 4 and (line.isupper() or line.istitle()) and ":" not in line
        if heading and "skill" in line.lower():
            inside = True
            continue
        if inside and heading and line and "skill" not in line.lower():
            if out:
                break
            continue
        if inside and line:
            out.append(line)
    return out


def evaluate_resumes(shared: Path) -> dict[str, float]:
    from resume_tailor.skills import canonical_skill, extract_skills

    tp = fp = fn = 0
    details = []
    for truth_path in sorted((shared / "resumes").rglob("*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        expected_raw = truth.get("skills") or []
        if not expected_raw:
            continue
        pdf = truth_path.with_name(truth_path.name.replace(".truth.json", ".pdf"))
        if not pdf.exists():
            continue
        expected = set()
        for item in expected_raw:
            for part in item.replace("/", ",").split(","):
                part = part.strip()
                if part:
                    expected.add((canonical_skill(part) or part).lower())
        section = skills_section(resume_text(pdf))
        found = {m.name.lower() for line in section for m in extract_skills(line, listed=True)}
        tp += len(found & expected)
        fp += len(found - expected)
        fn += len(expected - found)
        details.append((pdf.name, sorted(found - expected), sorted(expected - found)))
    for name, extra, missed in details:
        print(f"  {name}: extra={extra} missed={missed}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "tp": tp, "fp": fp, "fn": fn}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="skills extraction accuracy")
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--show-errors", type=int, default=0)
    parser.add_argument("--no-resumes", action="store_true")
    args = parser.parse_args(argv)
    shared = shared_data_dir()
    sentences = load_skillspan(shared / "skills-eval" / "skillspan" / f"{args.split}.json")
    t0 = time.perf_counter()
    results = evaluate_skillspan(sentences, show=args.show_errors)
    elapsed = time.perf_counter() - t0
    print(f"SkillSpan {args.split}: {len(sentences)} sentences in {elapsed:.1f} s")
    for label, r in results.items():
        print(
            f"  {label:9s} gold={r['gold']:5d}  strict P={r['strict_p']:.3f} R={r['strict_r']:.3f} "
            f"F1={r['strict_f1']:.3f} | token-overlap P={r['overlap_p']:.3f} R={r['overlap_r']:.3f} "
            f"F1={r['overlap_f1']:.3f}"
        )
    if not args.no_resumes:
        res = evaluate_resumes(shared)
        print(
            f"Resumes (skills section vs truth.json): precision={res['precision']:.3f} "
            f"recall={res['recall']:.3f} (tp={res['tp']} fp={res['fp']} fn={res['fn']})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
