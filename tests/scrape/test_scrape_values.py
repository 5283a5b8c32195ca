"""Values pages: extraction, the diff against the reviewed profile, and the proposal file."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml
from scrape_helpers import LocalServer, fixture_bytes

from resume_tailor.errors import SiteChangedError, UsageError
from resume_tailor.models import CompanyProfile, Value
from resume_tailor.scrape import scrape_values
from resume_tailor.scrape.client import Settings
from resume_tailor.scrape.values import CandidateValue, diff_values, extract_values, proposal_yaml

LP_PATH = "/content/en/our-workplace/leadership-principles"


def profile_with(*names: str) -> CompanyProfile:
    return CompanyProfile(
        id="acme",
        name="Acme",
        values=[Value(id=n.lower().replace(" ", "_"), name=n, summary="s") for n in names],
    )


def test_netflix_memo_bullets_give_the_eight_2024_values_with_wrapped_descriptions() -> None:
    found = extract_values(fixture_bytes("netflix_culture_memo_2024_values_excerpt.txt").decode())
    assert [v.name for v in found] == [
        "Selflessness",
        "Judgment",
        "Candor",
        "Creativity",
        "Courage",
        "Inclusion",
        "Curiosity",
        "Resilience",
    ]
    assert found[5].summary.endswith("whatever their culture, identity or background.")


def test_values_page_headings_skip_navigation_and_transcript_links() -> None:
    found = extract_values(fixture_bytes("amazon_leadership_principles__reconstructed.html").decode())
    assert len(found) == 16
    assert found[0] == CandidateValue(
        "Customer Obsession", "Start with the customer and work backwards; earn and keep their trust."
    )
    assert "Search jobs" not in [v.name for v in found] and "Follow us" not in [v.name for v in found]


def test_diff_reports_kept_reworded_added_and_missing() -> None:
    page = [
        CandidateValue("Move Fast"),
        CandidateValue("Build Awesome Things"),
        CandidateValue("Be Direct"),
        CandidateValue("Focus on Long-Term Impact"),
    ]
    diff = diff_values(
        "acme",
        "https://x",
        page,
        profile_with("Move Fast", "Build Awesome Thing", "Focus on Long Term Impact", "Be Open"),
    )
    assert [c.name for c, _ in diff.kept] == ["Move Fast", "Focus on Long-Term Impact"]
    assert [(c.name, v.name) for c, v in diff.reworded] == [("Build Awesome Things", "Build Awesome Thing")]
    assert [c.name for c in diff.added] == ["Be Direct"]
    assert [v.name for v in diff.missing] == ["Be Open"]
    assert diff.changed
    lines = diff.lines()
    assert "  + Be Direct  (on the page, not in the profile)" in lines
    assert "  - Be Open  (in the profile, not on the page)" in lines


def test_proposal_appends_new_values_for_review_and_names_the_changes() -> None:
    profile = profile_with("Move Fast", "Be Open")
    diff = diff_values(
        "acme",
        "https://x/values",
        [CandidateValue("Move Fast"), CandidateValue("Be Direct", "Say it.")],
        profile,
    )
    text = proposal_yaml(diff, profile, "2026-11-25")
    assert text.startswith("# PROPOSAL from `tailor scrape acme --values` (2026-11-25)")
    assert "# in the profile but not on the page: Be Open" in text
    data = yaml.safe_load(text)
    assert [v["id"] for v in data["values"]] == ["move_fast", "be_open", "be_direct"]
    assert data["values"][-1]["source"] == {
        "url": "https://x/values",
        "retrieved": "2026-11-25",
        "note": "proposed by tailor scrape --values; review",
    }


def serve_lp(server: LocalServer) -> None:
    server.static(LP_PATH, fixture_bytes("amazon_leadership_principles__reconstructed.html"))


def test_scrape_values_against_the_bundled_amazon_profile(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    serve_lp(server)
    diff = scrape_values("amazon", base_url=server.url, settings=fast)
    assert diff.url == f"{server.url}{LP_PATH}"
    assert len(diff.found) == 16
    assert len(diff.kept) + len(diff.reworded) >= 14  # the bundled profile carries the same principles
    assert diff.profile_path is not None and diff.profile_path.endswith("amazon.yaml")


def test_write_puts_a_proposal_and_never_touches_the_reviewed_profile(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    serve_lp(server)
    from resume_tailor import load_profile

    profile_file = Path(str(load_profile("amazon").path))
    before = hashlib.sha256(profile_file.read_bytes()).hexdigest()
    with pytest.raises(UsageError, match="refusing to overwrite the reviewed profile"):
        scrape_values("amazon", base_url=server.url, settings=fast, write=profile_file)
    out = tmp_path / "amazon-proposal.yaml"
    scrape_values("amazon", base_url=server.url, settings=fast, write=out)
    assert hashlib.sha256(profile_file.read_bytes()).hexdigest() == before
    proposal = yaml.safe_load(out.read_text())
    assert proposal["id"] == "amazon" and len(proposal["values"]) == 16


def test_values_page_without_values_fails_closed(server: LocalServer, fast: Settings) -> None:
    server.static(LP_PATH, "<html><body><div id='app'></div><script>render()</script></body></html>")
    with pytest.raises(SiteChangedError, match=r"found 0 values .*\(the bundled profile is unchanged\)"):
        scrape_values("amazon", base_url=server.url, settings=fast)


def values_pdf() -> bytes:
    """A small PDF in the culture memo's form ("• Name — description"), made with reportlab."""
    import io

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    lines = [
        "These are the values we value:",
        "• Selflessness — you are humble when searching for ideas;",
        "you take time to help others succeed.",
        "• Judgment — you look beyond short term fixes.",
        "• Candor — you willingly receive and give feedback.",
    ]
    for i, line in enumerate(lines):
        page.drawString(50, 800 - 20 * i, line)
    page.save()
    return buffer.getvalue()


def test_values_pdf_is_read_like_the_culture_memo(server: LocalServer, fast: Settings) -> None:
    pytest.importorskip("reportlab")
    server.static("/netflix-culture.pdf", values_pdf(), "application/pdf")
    diff = scrape_values(
        "netflix", url="https://jobs.netflix.com/netflix-culture.pdf", base_url=server.url, settings=fast
    )
    assert [c.name for c in diff.found] == ["Selflessness", "Judgment", "Candor"]
    assert (
        diff.found[0].summary
        == "you are humble when searching for ideas; you take time to help others succeed."
    )
    assert diff.url == f"{server.url}/netflix-culture.pdf"
