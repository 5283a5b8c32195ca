"""Resume parsing accuracy and speed on the shared resume corpus.

Usage: .venv/bin/python benchmarks/parse_accuracy.py [--cli] [--verbose]

For every ``*.truth.json`` under ``shared/data/resumes/offlinecv`` it parses the PDF (in-process with
the same code as ``tailor parse``; ``--cli`` runs the ``tailor parse`` command instead) and prints:
contact fields exact after normalisation; experience entries matched on title+company (precision,
recall, F1) and date accuracy on the matched ones; education matched on degree+institution (F1);
skills precision/recall when ``resume_tailor.skills.annotate_skills`` exists. Then it checks reading
order on every two-column PDF under ``shared/data/resumes``: an output line is "interleaved" when it
overlaps two side-by-side text boxes of pdfminer's own layout analysis (an independent reference),
and a "back-and-forth" switch is a sideways jump between columns that does not go back up (pdfplumber's
default order scores 36 on chromium-two-column-sidebar.pdf). Finally the parse time per page: median
CPU time over all PDFs, best of three.

The shared folder is ``../shared/data`` next to the repository, or ``$RESUME_TAILOR_SHARED``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from shared_data import shared_data_dir

from resume_tailor.resume import parse_resume
from resume_tailor.resume.dates import find_dates
from resume_tailor.resume.serialize import resume_to_dict

CONTACT_FIELDS = ("name", "email", "phone", "location")


def norm(text: str | None) -> str:
    """Case-folded words only: punctuation and spacing differences do not count."""
    if not text:
        return ""
    text = text.replace("’", "'").replace("&", " and ")
    return " ".join(re.findall(r"[a-z0-9]+", text.casefold()))


def norm_field(field: str, value: str | None) -> str:
    if field == "phone":
        return re.sub(r"\D", "", value or "")
    if field == "email":
        return (value or "").strip().lower()
    return norm(value)


def _parse(path: Path, use_cli: bool) -> dict[str, Any]:
    if use_cli:
        exe = Path(sys.executable).with_name("tailor")
        out = subprocess.run([str(exe), "parse", str(path)], capture_output=True, text=True, check=True)
        return dict(json.loads(out.stdout))
    resume = parse_resume(path)
    annotate = _skills_annotator()
    if annotate is not None:
        resume = annotate(resume)
    return resume_to_dict(resume)


def _skills_annotator() -> Any:
    try:
        module = importlib.import_module("resume_tailor.skills")
        return getattr(module, "annotate_skills", None)
    except Exception:
        return None


def _match(
    truth: list[dict[str, Any]], pred: list[dict[str, Any]], keys: tuple[str, str], pred_keys: tuple[str, str]
) -> list[tuple[int, int]]:
    pairs, used = [], set()
    for i, t in enumerate(truth):
        tk = tuple(norm(t.get(k)) for k in keys)
        for j, p in enumerate(pred):
            if j in used:
                continue
            if tuple(norm(p.get(k)) for k in pred_keys) == tk:
                pairs.append((i, j))
                used.add(j)
                break
    return pairs


def _dates_equal(truth_text: str, pred: dict[str, Any]) -> bool:
    ds = find_dates(truth_text or "")
    t_start, t_end = (ds.start, ds.end) if ds else (None, None)
    if (t_start, t_end) != (pred.get("start"), pred.get("end")):
        return False
    if t_start is None or t_end is None:  # placeholder years ("20XX"): compare what was written
        return norm(truth_text) == norm(pred.get("dates_text"))
    return True


def _f1(tp: int, n_pred: int, n_true: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else (1.0 if not n_true else 0.0)
    r = tp / n_true if n_true else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def accuracy(root: Path, use_cli: bool, verbose: bool) -> dict[str, float]:
    """Per-file and overall field accuracy against the truth files."""
    totals = {
        "c_fp": 0,
        "c_fn": 0,
        "contact_ok": 0,
        "contact_n": 0,
        "exp_tp": 0,
        "exp_pred": 0,
        "exp_true": 0,
        "date_ok": 0,
        "edu_tp": 0,
        "edu_pred": 0,
        "edu_true": 0,
        "sk_tp": 0,
        "sk_pred": 0,
        "sk_true": 0,
    }
    has_skills = _skills_annotator() is not None
    print(f"{'file':58} contact  exp(P/R)   dates  edu(P/R)" + ("   skills(P/R)" if has_skills else ""))
    for truth_path in sorted(root.rglob("*.truth.json")):
        pdf = truth_path.with_name(truth_path.name.replace(".truth.json", ".pdf"))
        truth = json.loads(truth_path.read_text())
        got = _parse(pdf, use_cli)
        notes: list[str] = []
        c_ok = c_n = 0
        tc = truth.get("contact", {})
        for field in CONTACT_FIELDS:
            key = "full_name" if field == "name" else field
            value = got["contact"].get(field)
            if tc.get(key):
                c_n += 1
                ok = norm_field(field, tc[key]) == norm_field(field, value)
                c_ok += ok
                totals["c_fn"] += not ok
                totals["c_fp"] += bool(value) and not ok
                if verbose and not ok:
                    notes.append(f"   contact.{field}: want {tc[key]!r} got {value!r}")
            elif value:
                totals["c_fp"] += 1  # a value where the truth has none
                if verbose:
                    notes.append(f"   contact.{field}: want nothing, got {value!r}")
        te, pe = truth.get("experience", []), got["experience"]
        pairs = _match(te, pe, ("title", "company"), ("title", "company"))
        d_ok = sum(_dates_equal(te[i].get("dates", ""), pe[j]) for i, j in pairs)
        if verbose:
            matched_t = {i for i, _ in pairs}
            matched_p = {j for _, j in pairs}
            for i, t in enumerate(te):
                if i not in matched_t:
                    notes.append(f"   exp missed: {t['title']!r} @ {t['company']!r}")
            for j, p in enumerate(pe):
                if j not in matched_p:
                    notes.append(f"   exp extra:  {p['title']!r} @ {p['company']!r} [{p['dates_text']}]")
            for i, j in pairs:
                if not _dates_equal(te[i].get("dates", ""), pe[j]):
                    notes.append(f"   date: want {te[i].get('dates')!r} got {pe[j]['start']}..{pe[j]['end']}")
        td, pd = truth.get("education", []), got["education"]
        epairs = _match(td, pd, ("degree", "institution"), ("degree", "institution"))
        if verbose and len(epairs) < len(td):
            notes.append(f"   edu got: {[(e['degree'], e['institution']) for e in pd]}")
        sk = ""
        if has_skills and truth.get("skills"):
            want = {norm(s) for s in truth["skills"]}
            have = {norm(s["name"]) for s in got["skills"]}
            tp = len(want & have)
            totals["sk_tp"] += tp
            totals["sk_pred"] += len(have)
            totals["sk_true"] += len(want)
            sk = f"   {tp}/{len(have)} {tp}/{len(want)}"
        totals["contact_ok"] += c_ok
        totals["contact_n"] += c_n
        totals["exp_tp"] += len(pairs)
        totals["exp_pred"] += len(pe)
        totals["exp_true"] += len(te)
        totals["date_ok"] += d_ok
        totals["edu_tp"] += len(epairs)
        totals["edu_pred"] += len(pd)
        totals["edu_true"] += len(td)
        rel = str(pdf.relative_to(root))[:58]
        print(
            f"{rel:58} {c_ok}/{c_n}     {len(pairs)}/{len(pe)} {len(pairs)}/{len(te)}   "
            f"{d_ok}/{len(pairs)}    {len(epairs)}/{len(pd)} {len(epairs)}/{len(td)}{sk}"
        )
        for note in notes:
            print(note)
    contact = totals["contact_ok"] / max(1, totals["contact_n"])
    ep, er, ef = _f1(totals["exp_tp"], totals["exp_pred"], totals["exp_true"])
    dp = totals["date_ok"] / max(1, totals["exp_tp"])
    up, ur, uf = _f1(totals["edu_tp"], totals["edu_pred"], totals["edu_true"])
    cp, cr, cf = _f1(
        totals["contact_ok"], totals["contact_ok"] + totals["c_fp"], totals["contact_ok"] + totals["c_fn"]
    )
    print(
        f"\ncontact accuracy {contact:.3f}  ({totals['contact_ok']}/{totals['contact_n']} fields); "
        f"P {cp:.3f} R {cr:.3f} F1 {cf:.3f}"
    )
    print(f"experience P {ep:.3f} R {er:.3f} F1 {ef:.3f}; date accuracy on matched {dp:.3f}")
    print(f"education  P {up:.3f} R {ur:.3f} F1 {uf:.3f}")
    result = {
        "contact": contact,
        "contact_f1": cf,
        "experience_f1": ef,
        "date_accuracy": dp,
        "education_f1": uf,
    }
    if has_skills:
        sp, sr, sf = _f1(totals["sk_tp"], totals["sk_pred"], totals["sk_true"])
        print(f"skills     P {sp:.3f} R {sr:.3f} F1 {sf:.3f}")
        result.update(skills_precision=sp, skills_recall=sr)
    else:
        print("skills     (skipped: resume_tailor.skills.annotate_skills is not available)")
    return result


def interleaving(resumes: Path, verbose: bool) -> int:
    """Count output lines that overlap two side-by-side pdfminer text boxes, on two-column PDFs."""
    import pdfplumber

    from resume_tailor.resume.pdf import read_pdf

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font warnings of the reference parser
    bad_total = switch_total = 0
    print("\nreading order on two-column PDFs (lines mixing two columns):")
    for pdf_path in sorted(resumes.rglob("*.pdf")):
        doc = read_pdf(pdf_path.read_bytes(), name=pdf_path.name)
        if doc.columns < 2 and not re.search(r"two-column|sidebar|2col", pdf_path.name):
            continue
        bad = switches = 0
        with pdfplumber.open(pdf_path, laparams={}) as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                boxes = [
                    (float(b["x0"]), float(b["top"]), float(b["x1"]), float(b["bottom"]))
                    for b in page.objects.get("textboxhorizontal", [])
                ]
                tall = [b for b in boxes if b[3] - b[1] > 30]  # multi-line boxes: pieces of a column
                page_lines = [x for x in doc.lines if x.page == number]
                switches += _column_switches(page_lines, tall)
                for ln in page_lines:
                    hits = []
                    for x0, top, x1, bottom in boxes:
                        v = min(bottom, ln.bottom) - max(top, ln.top)
                        h = min(x1, ln.x1) - max(x0, ln.x0)
                        if v > 0.5 * (ln.bottom - ln.top) and h > 2:
                            hits.append((x0, x1))
                    side_by_side = any(
                        a[1] <= b[0] or b[1] <= a[0] for i, a in enumerate(hits) for b in hits[i + 1 :]
                    )
                    if side_by_side:
                        bad += 1
                        if verbose:
                            print(f"   {pdf_path.name} p{number}: {ln.text!r}")
        bad_total += bad
        switch_total += switches
        print(f"  {pdf_path.name:60} columns={doc.columns} interleaved lines={bad} back-and-forth={switches}")
    print(f"interleaved lines in total: {bad_total}; back-and-forth column switches: {switch_total}")
    return bad_total


def _column_switches(lines: list[Any], boxes: list[tuple[float, float, float, float]]) -> int:
    """Times the output jumps sideways into another column without going back up to its top.

    Reading a column to its end and then the next one from its top moves up at each switch;
    text interleaved row by row moves sideways or down. Only lines inside multi-line reference
    boxes count, so right-aligned dates beside a title do not.
    """

    def box_of(ln: Any) -> tuple[float, float, float, float] | None:
        for b in boxes:
            if b[0] - 1 <= ln.x0 and ln.x1 <= b[2] + 1 and b[1] - 1 <= ln.top and ln.bottom <= b[3] + 1:
                return b
        return None

    count = 0
    placed: list[tuple[Any, tuple[float, float, float, float]]] = []
    for ln in lines:
        box = box_of(ln)
        if box is not None:
            placed.append((ln, box))
    for (a, box_a), (b, box_b) in zip(placed, placed[1:], strict=False):
        disjoint = box_a[2] <= box_b[0] or box_b[2] <= box_a[0]
        if disjoint and b.top >= a.top - 1:
            count += 1
    return count


def speed(resumes: Path) -> float:
    """Median parse time per page (ms) over every PDF, best of three runs per file.

    CPU time of this process is the headline figure (it does not grow when other processes load the
    machine); wall-clock time is printed beside it.
    """
    cpu_per_page, wall_per_page = [], []
    for pdf_path in sorted(resumes.rglob("*.pdf")):
        best_cpu = best_wall = float("inf")
        pages = 1
        for _ in range(3):
            c0, t0 = time.process_time(), time.perf_counter()
            r = parse_resume(pdf_path)
            best_cpu = min(best_cpu, time.process_time() - c0)
            best_wall = min(best_wall, time.perf_counter() - t0)
            pages = r.pages
        cpu_per_page.append(best_cpu * 1000 / pages)
        wall_per_page.append(best_wall * 1000 / pages)
    med = statistics.median(cpu_per_page)
    print(
        f"\nparse time per page: median {med:.1f} ms CPU (wall {statistics.median(wall_per_page):.1f} ms), "
        f"max {max(cpu_per_page):.1f} ms CPU over {len(cpu_per_page)} PDFs"
    )
    return med


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", action="store_true", help="run the `tailor parse` command for each file")
    ap.add_argument("--verbose", "-v", action="store_true", help="show each mismatch")
    args = ap.parse_args()
    data = shared_data_dir()
    resumes = data / "resumes"
    if not resumes.is_dir():
        print(f"shared data not found at {data} (set RESUME_TAILOR_SHARED)", file=sys.stderr)
        return 2
    accuracy(resumes / "offlinecv", args.cli, args.verbose)
    interleaving(resumes, args.verbose)
    speed(resumes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
