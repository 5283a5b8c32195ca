"""The whole-resume generator of benchmarks/experience_variants.py: its pool split, its truth by
construction, and the glue to the corpus scorer. Only the last test prints a PDF (skipped without
Chromium); the rest build HTML and truth in memory.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import experience_variants as ev  # noqa: E402
from corpus_score import score_file  # noqa: E402


def _texts(v: ev.Variant) -> str:
    """The page's text: tags dropped, entities read."""
    return html.unescape(re.sub(r"<[^>]+>", "", v.html))


def test_the_first_member_of_every_pool_tunes_and_each_pool_keeps_a_tuning_member() -> None:
    for pool, names in ev.POOLS.items():
        assert not ev.is_held(pool, names[0])
        assert ev.members(pool, held_out=False)
        assert ev.members(pool, held_out=True) == names


def test_set_a_draws_only_tuning_members_and_set_b_draws_held_ones_too() -> None:
    seen_held = set()
    for seed in range(40):
        style = ev.generate(seed).style
        for pool in ev.POOLS:
            drawn = style[pool] if isinstance(style[pool], list) else [style[pool]]
            drawn = [m for m in drawn if m not in ev.ROUND_FOUR_HEADERS]  # set A's own, never held
            assert not any(ev.is_held(pool, m) for m in drawn), (seed, pool)
    for seed in range(ev.HELD_OUT_FROM, ev.HELD_OUT_FROM + 40):
        style = ev.generate(seed).style
        seen_held |= {
            pool for pool in ev.POOLS if isinstance(style[pool], str) and ev.is_held(pool, style[pool])
        }
    assert {"header", "page", "heading_style"} <= seen_held


def test_generation_is_seeded() -> None:
    assert ev.generate(11).html == ev.generate(11).html
    assert ev.generate(11).html != ev.generate(12).html


def test_every_truth_entry_is_written_in_the_page() -> None:
    for seed in [*range(25), *range(ev.HELD_OUT_FROM, ev.HELD_OUT_FROM + 25)]:
        v = ev.generate(seed)
        text = _texts(v)
        assert v.truth["contact"]["name"] in text
        for kind in ("experience", "projects", "activities"):
            for entry in v.truth[kind]:
                low = text.casefold()
                assert entry["title"].casefold() in low and (entry["company"] or "").casefold() in low, seed
                assert all(b in text for b in entry["bullets"]), seed
        for edu in v.truth["education"]:
            assert edu["institution"] in text and edu["field"] in text


def test_a_resume_without_bullets_has_none_in_its_truth() -> None:
    seed = next(s for s in range(200) if ev.generate(s).style["bullets"] == "none")
    v = ev.generate(seed)
    assert all(not e["bullets"] for e in v.truth["experience"] + v.truth["projects"])


def test_nested_roles_share_their_employer_written_once() -> None:
    seed = next(
        s
        for s in range(400)
        if ev.generate(s).style["header"] == "employer_nested"
        and len({e["company"] for e in ev.generate(s).truth["experience"]})
        < len(ev.generate(s).truth["experience"])
    )
    v = ev.generate(seed)
    companies = [e["company"] for e in v.truth["experience"]]
    repeated = next(c for c in companies if companies.count(c) > 1)
    assert html.unescape(v.html).count(f"<b>{repeated}</b>") == 1


def test_dates_are_written_in_the_drawn_format_with_truth_at_the_shown_precision() -> None:
    def style(fmt: str) -> dict[str, str]:
        return {"date_format": fmt, "dash": " – ", "present": "Now"}

    assert ev.date_text(style("mon"), 2020, 1) == ("Jan 2020", "2020-01")
    assert ev.date_text(style("month"), 2020, 9) == ("September 2020", "2020-09")
    assert ev.date_text(style("mm/yyyy"), 2020, 3) == ("03/2020", "2020-03")
    assert ev.date_text(style("yyyy-mm"), 2020, 3) == ("2020-03", "2020-03")
    assert ev.date_text(style("yyyy"), 2020, 3) == ("2020", "2020")
    assert ev.date_text(style("season"), 2020, 4) == ("Spring 2020", "2020")
    assert ev._range(style("mon"), (2019, 2), None) == ("Feb 2019 – Now", "2019-02", "present")


def test_the_truth_scored_against_itself_is_perfect() -> None:
    for seed in (0, 5, ev.HELD_OUT_FROM + 3):
        truth = ev.generate(seed).truth
        counts = score_file(truth, truth)
        rates = counts.rates()
        assert counts.exp_tp == counts.exp_true == len(truth["experience"]) >= 2
        assert rates["education_f1"] == 1.0 and rates["contact"] == 1.0
        assert rates["projects_f1"] in (1.0, None)


def test_held_out_failures_are_never_printed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["experience_variants.py", "--set", "B", "-v"])
    with pytest.raises(SystemExit) as exit_:
        ev.main()
    assert exit_.value.code == 2


@pytest.mark.slow
def test_a_printed_variant_shows_its_truth_parses_and_is_cached(tmp_path: Path) -> None:
    if ev.chromium() is None:
        pytest.skip("no Chromium installed")
    from resume_tailor.resume import parse_resume

    v = ev.generate(next(s for s in range(100) if ev.generate(s).style["right_align"] == "absolute"))
    pdf = ev.cached_pdf(v, tmp_path)
    printed = pdf.stat().st_mtime_ns
    assert ev.cached_pdf(v, tmp_path).stat().st_mtime_ns == printed
    assert ev.unseen_truth(v, pdf) == []
    counts = score_file(v.truth, parse_resume(pdf))
    assert counts.contact_ok == counts.contact_n
    assert counts.exp_true == len(v.truth["experience"])


def test_round_four_headers_are_drawn_in_set_a_only() -> None:
    a = {ev.generate(seed).style["header"] for seed in range(60)}
    b = {ev.generate(seed).style["header"] for seed in range(ev.HELD_OUT_FROM, ev.HELD_OUT_FROM + 60)}
    assert a & set(ev.ROUND_FOUR_HEADERS)
    assert not b & set(ev.ROUND_FOUR_HEADERS)
