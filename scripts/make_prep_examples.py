"""Write the interview preparations of the bundled examples into examples/reports/ (deterministic).

    PYTHONPATH=src python scripts/make_prep_examples.py

One Markdown and one JSON preparation per (resume, company, posting) below; the rest of
examples/reports/ comes from scripts/make_examples.py --reports.
"""

from __future__ import annotations

from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PREPS = [  # (resume, company, job posting or None)
    ("backend-engineer.pdf", "amazon", None),
    ("backend-engineer.pdf", "amazon", "posting-payments-engineer.txt"),
    ("data-scientist-two-column.pdf", "netflix", None),
    ("product-manager.docx", "meta", None),
]


def main() -> None:
    """Write ``<resume>--<company>[--posting]--interview-prep.md`` and ``.json`` for each of PREPS."""
    import resume_tailor as rt
    from resume_tailor.prep import render_prep

    out = EXAMPLES / "reports"
    out.mkdir(exist_ok=True)
    for resume, company, job in PREPS:
        report = rt.tailor(EXAMPLES / resume, company=company, job=EXAMPLES / job if job else None)
        prep = rt.prepare_interview(report)
        stem = f"{Path(resume).stem}--{company}{'--posting' if job else ''}--interview-prep"
        for fmt in ("md", "json"):
            (out / f"{stem}.{fmt}").write_text(render_prep(prep, fmt), encoding="utf-8")
        print(f"wrote {out / stem}.md/.json")


if __name__ == "__main__":
    main()
