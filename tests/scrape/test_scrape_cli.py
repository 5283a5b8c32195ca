"""``tailor scrape`` and the library calls behind it, end to end against a loopback server that replays
the recorded Netflix shapes through the base-URL override."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from scrape_helpers import LocalServer, fixture_bytes, fixture_json
from test_scrape_sites import serve_netflix
from typer.testing import CliRunner

from resume_tailor.errors import OfflineError, UsageError
from resume_tailor.scrape import fetch_posting, scrape_postings
from resume_tailor.scrape.client import Settings
from resume_tailor.scrape.store import load_stored

TAILOR = Path(sys.executable).with_name("tailor")


def positions() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = fixture_json("netflix_v2_jobs_12__reconstructed.json")["positions"]
    return data


def test_scrape_postings_stores_the_limit_and_reports_progress(
    server: LocalServer, fast: Settings, isolated_dirs: Path
) -> None:
    serve_netflix(server, positions())
    seen: list[tuple[int, int]] = []
    summary = scrape_postings(
        "netflix",
        limit=5,
        base_url=server.url,
        settings=fast,
        progress=lambda done, total, _msg: seen.append((done, total)),
    )
    assert (summary.fetched, summary.new, summary.updated, summary.total) == (5, 5, 0, 5)
    assert seen == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]
    assert summary.path == isolated_dirs / "data" / "postings" / "netflix.jsonl"
    stored = load_stored("netflix")
    assert [s.id for s in stored] == sorted(str(p["id"]) for p in positions()[:5])
    assert all(s.fetched_at.endswith("+00:00") and s.site == "netflix" for s in stored)
    assert "netflix: fetched 5 postings (5 new, 0 updated); 5 stored in" in summary.line()

    again = scrape_postings("netflix", limit=5, base_url=server.url, settings=fast)
    assert (again.new, again.updated, again.total) == (0, 5, 5)
    assert again.requests == 0 and again.cache_hits == 6  # list page + 5 details, all fresh in the cache


def test_scrape_postings_offline_refuses_before_any_request(
    server: LocalServer, fast: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(OfflineError, match="^netflix: offline mode is on"):
        scrape_postings("netflix", base_url=server.url, offline=True, settings=fast)
    monkeypatch.setenv("RESUME_TAILOR_OFFLINE", "1")
    with pytest.raises(OfflineError):
        scrape_postings("netflix", base_url=server.url, settings=fast)
    assert server.log == []


def test_scrape_postings_rejects_a_zero_limit_and_meta_search(server: LocalServer, fast: Settings) -> None:
    with pytest.raises(UsageError, match="--limit must be at least 1"):
        scrape_postings("netflix", limit=0, base_url=server.url, settings=fast)
    with pytest.raises(UsageError, match="meta: listing postings is not supported"):
        scrape_postings("meta", base_url=server.url, settings=fast)


def test_fetch_posting_reads_any_job_page_url(server: LocalServer, fast: Settings) -> None:
    server.static("/jobs/42", fixture_bytes("meta_job_page_jsonld__reconstructed.html"))
    posting = fetch_posting(f"{server.url}/jobs/42", settings=fast)
    assert posting.title == "Software Engineer, Infrastructure" and len(posting.preferred) == 2
    with pytest.raises(OfflineError):
        fetch_posting(f"{server.url}/jobs/42", offline=True)
    with pytest.raises(UsageError, match="not an http"):
        fetch_posting("file:///etc/passwd")


def test_api_load_job_with_a_url_goes_through_fetch_posting(server: LocalServer) -> None:
    from resume_tailor.api import load_job

    with pytest.raises(OfflineError):
        load_job(f"{server.url}/jobs/42", offline=True)
    assert server.log == []


# -- the command line ------------------------------------------------------------------------------------


def cli_app() -> Any:
    from resume_tailor.cli import app

    return app


def test_cli_scrape_netflix_limit_5_stores_5_postings_and_exits_0(
    server: LocalServer, isolated_dirs: Path
) -> None:
    serve_netflix(server, positions())
    result = CliRunner().invoke(cli_app(), ["scrape", "netflix", "--limit", "5", "--base-url", server.url])
    assert result.exit_code == 0, result.output
    assert "netflix: fetched 5 postings (5 new, 0 updated); 5 stored in" in result.stdout
    lines = (isolated_dirs / "data" / "postings" / "netflix.jsonl").read_text().splitlines()
    assert len(lines) == 5


def test_cli_scrape_offline_exits_5_with_one_line(server: LocalServer) -> None:
    result = CliRunner().invoke(
        cli_app(), ["scrape", "netflix", "--limit", "5", "--base-url", server.url, "--offline"]
    )
    assert result.exit_code == 5
    assert result.stderr.count("\n") == 1 and "offline mode is on" in result.stderr
    assert server.log == []


def test_cli_values_diff_prints_one_line_per_value(server: LocalServer) -> None:
    server.static(
        "/content/en/our-workplace/leadership-principles",
        fixture_bytes("amazon_leadership_principles__reconstructed.html"),
    )
    result = CliRunner().invoke(cli_app(), ["scrape", "amazon", "--values", "--base-url", server.url])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith("amazon: 16 values on")
    assert "  = Customer Obsession" in result.stdout


def test_cli_write_without_values_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli_app(), ["scrape", "amazon", "--write", "x.yaml"])
    assert result.exit_code == 2 and "--write needs --values" in result.stderr


@pytest.mark.slow
@pytest.mark.skipif(not TAILOR.exists(), reason="the tailor console script is not installed")
def test_installed_tailor_uses_the_env_base_url_and_offline_flag(
    server: LocalServer, isolated_dirs: Path
) -> None:
    serve_netflix(server, positions())
    env = {**os.environ, "RESUME_TAILOR_NETFLIX_BASE_URL": server.url, "RESUME_TAILOR_MIN_INTERVAL": "0"}
    done = subprocess.run(
        [str(TAILOR), "scrape", "netflix", "--limit", "5"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert len((isolated_dirs / "data" / "postings" / "netflix.jsonl").read_text().splitlines()) == 5
    refused = subprocess.run(
        [str(TAILOR), "scrape", "netflix", "--limit", "5"],
        env={**env, "RESUME_TAILOR_OFFLINE": "1"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert refused.returncode == 5
    assert refused.stderr.count("\n") == 1 and refused.stderr.startswith(
        "tailor: error: netflix: offline mode"
    )


# -- fetch_posting dispatch, with an injected httpx client (MockTransport: no socket at all) -----------------


def mock_client(pages: dict[str, tuple[str, bytes]]) -> httpx.Client:
    """An httpx client answering ``pages[path] = (content type, body)``; anything else is a 404."""

    def handle(request: httpx.Request) -> httpx.Response:
        content_type, body = pages.get(request.url.path, ("text/plain", b"missing"))
        status = 200 if request.url.path in pages else 404
        return httpx.Response(status, headers={"Content-Type": content_type}, content=body)

    return httpx.Client(transport=httpx.MockTransport(handle))


def test_netflix_job_url_is_read_through_the_detail_api(fast: Settings) -> None:
    detail = fixture_bytes("netflix_v2_job_detail__reconstructed.json")
    job_id = fixture_json("netflix_v2_job_detail__reconstructed.json")["id"]
    with mock_client({f"/api/apply/v2/jobs/{job_id}": ("application/json", detail)}) as http:
        posting = fetch_posting(
            f"https://explore.jobs.netflix.net/careers/job/{job_id}", client=http, settings=fast
        )
    assert posting.id == str(job_id) and posting.company == "Netflix"
    assert posting.title == "Senior Software Engineer, Data Platform"
    assert any("5+ years" in r.text for r in posting.required)


def test_google_job_url_is_read_from_its_data_block(fast: Settings) -> None:
    path = "/about/careers/applications/jobs/results/111-data-scientist-ads"
    page = fixture_bytes("google_careers_results__jobradar.html")
    with mock_client({path: ("text/html; charset=utf-8", page)}) as http:
        posting = fetch_posting(f"https://www.google.com{path}", client=http, settings=fast)
    assert (posting.id, posting.title, posting.company) == ("111", "Data Scientist, Ads", "Google")
    assert (
        posting.url == "https://www.google.com/about/careers/applications/jobs/results/111-data-scientist-ads"
    )


def test_unknown_site_url_is_read_as_a_generic_page(fast: Settings) -> None:
    page = fixture_bytes("generic_job_page_no_jsonld__reconstructed.html")
    with mock_client({"/careers/backend": ("text/html", page)}) as http:
        posting = fetch_posting("https://jobs.example.org/careers/backend", client=http, settings=fast)
    assert posting.title == "Backend Engineer" and posting.url == "https://jobs.example.org/careers/backend"
