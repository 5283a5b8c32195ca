"""Site adapters against recorded responses (and reconstructed ones in the documented shapes; see
fixtures/SOURCES.md), replayed by a loopback server through the base-URL override."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from scrape_helpers import LocalServer, Request, fixture_bytes, fixture_json

from resume_tailor.errors import RobotsDisallowedError, SiteChangedError, UsageError
from resume_tailor.models import JobPosting
from resume_tailor.scrape.cache import HttpCache
from resume_tailor.scrape.client import HttpClient, Settings
from resume_tailor.scrape.sites import (
    SITES,
    Skipped,
    Target,
    amazon,
    get_site,
    google,
    meta,
    netflix,
    site_for_url,
)


def target_for(name: str, server: LocalServer) -> Target:
    return Target.resolve(SITES[name], server.url)


def http_for(target: Target, fast: Settings, tmp_path: Path) -> HttpClient:
    return HttpClient(target.site.name, target.hosts, settings=fast, cache=HttpCache(tmp_path / "http"))


def postings_of(items: Sequence[JobPosting | Skipped]) -> list[JobPosting]:
    return [i for i in items if not isinstance(i, Skipped)]


# -- registry and base URL -------------------------------------------------------------------------------


def test_base_url_override_replaces_the_origin_and_the_allowed_hosts(monkeypatch: pytest.MonkeyPatch) -> None:
    site = get_site("Netflix")
    plain = Target.resolve(site)
    assert (
        plain.url("https://explore.jobs.netflix.net/api/x?a=1")
        == "https://explore.jobs.netflix.net/api/x?a=1"
    )
    monkeypatch.setenv("RESUME_TAILOR_NETFLIX_BASE_URL", "http://127.0.0.1:9/mirror/")
    env = Target.resolve(site)
    assert env.url("https://explore.jobs.netflix.net/api/x?a=1") == "http://127.0.0.1:9/mirror/api/x?a=1"
    assert env.hosts == ("127.0.0.1",)
    assert Target.resolve(site, "http://localhost:8000").hosts == ("localhost",)  # the option wins over env


def test_bad_base_url_and_unknown_site_are_usage_errors() -> None:
    with pytest.raises(UsageError, match="base URL must be an http"):
        Target.resolve(SITES["amazon"], "ftp://mirror")
    with pytest.raises(UsageError, match="known sites: amazon, google, meta, netflix"):
        get_site("acme")


def test_site_for_url_knows_the_four_careers_hosts() -> None:
    assert site_for_url("https://www.amazon.jobs/en/jobs/3059609/x").name == "amazon"  # type: ignore[union-attr]
    assert site_for_url("https://explore.jobs.netflix.net/careers/job/1").name == "netflix"  # type: ignore[union-attr]
    assert site_for_url("https://metacareers.com/jobs/1").name == "meta"  # type: ignore[union-attr]
    assert site_for_url("https://jobs.example.com/1") is None


# -- Amazon ------------------------------------------------------------------------------------------------


def test_amazon_recorded_search_maps_titles_ids_urls_and_basic_qualifications(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    server.static("/en/search.json", fixture_bytes("amazon_search_json__hunter.json"), "application/json")
    target = target_for("amazon", server)
    with http_for(target, fast, tmp_path) as http:
        found = postings_of(list(amazon.search(http, target, query="software", limit=10)))
    assert [p.id for p in found] == ["3059609", "3059610"]
    first = found[0]
    assert first.title == "Software Development Engineer, Amazon Fulfillment Technologies"
    assert (
        first.url
        == f"{server.url}/en/jobs/3059609/software-development-engineer-amazon-fulfillment-technologies"
    )
    assert first.location == "Toronto, Ontario, CAN"
    assert [(r.text, r.required) for r in first.requirements] == [
        ("Bachelor's degree in computer science or equivalent", True)
    ]
    assert "Our team owns & operates large-scale distributed systems" in first.description
    assert found[1].location == "CA, BC, Vancouver"  # normalized_location is null there
    query = dict(p.split("=", 1) for p in server.paths()[0].split("?", 1)[1].split("&"))
    assert query["base_query"] == "software" and query["offset"] == "0" and query["result_limit"] == "10"


def test_amazon_full_shape_splits_basic_from_preferred_and_reads_years_and_degree(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    server.static(
        "/en/search.json", fixture_bytes("amazon_search_json_full__reconstructed.json"), "application/json"
    )
    target = target_for("amazon", server)
    with http_for(target, fast, tmp_path) as http:
        found = postings_of(list(amazon.search(http, target, limit=3)))
    posting = found[0]
    assert [r.text for r in posting.required] == [
        "3+ years of non-internship professional software development experience",
        "Experience programming with at least one software programming language",
        "Bachelor's degree in computer science or equivalent",
    ]
    assert posting.preferred[0].text == "Experience with AWS services such as DynamoDB and Lambda"
    assert posting.required[0].years == 3.0
    assert posting.degree == "bachelor"
    assert "You will own services end to end." in posting.description


def test_amazon_pages_by_offset_until_hits(server: LocalServer, fast: Settings, tmp_path: Path) -> None:
    jobs = fixture_json("amazon_search_json_full__reconstructed.json")["jobs"]

    def paged(r: Request) -> None:
        offset = int(r.query["offset"])
        r.send_json({"error": None, "hits": len(jobs), "facets": {}, "jobs": jobs[offset : offset + 1]})

    server.routes["/en/search.json"] = paged  # the server returns 1 job per page, whatever was asked
    target = target_for("amazon", server)
    with http_for(target, fast, tmp_path) as http:
        found = postings_of(list(amazon.search(http, target, limit=5)))
    assert [p.id for p in found] == ["3100000", "3100001", "3100002"]
    offsets = [p.split("offset=")[1].split("&")[0] for p in server.paths()]
    assert offsets == ["0", "1", "2"]


@pytest.mark.parametrize(
    "body",
    [
        {"jobs": None},
        {"error": "invalid query", "jobs": []},
        [1, 2],
        {"hits": 1, "jobs": [{"name": "no title field"}]},
    ],
)
def test_amazon_unknown_shape_fails_closed(
    body: object, server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    server.static("/en/search.json", json.dumps(body), "application/json")
    target = target_for("amazon", server)
    with (
        http_for(target, fast, tmp_path) as http,
        pytest.raises(SiteChangedError, match="^amazon: search.json"),
    ):
        list(amazon.search(http, target, limit=5))


# -- Netflix -----------------------------------------------------------------------------------------------


def serve_netflix(server: LocalServer, positions: list[dict[str, Any]], page_cap: int = 10) -> None:
    detail = fixture_json("netflix_v2_job_detail__reconstructed.json")

    def listing(r: Request) -> None:
        start, num = int(r.query.get("start", 0)), int(r.query.get("num", 10))
        r.send_json({"count": len(positions), "positions": positions[start : start + min(num, page_cap)]})

    def job(r: Request) -> None:
        job_id = r.path.split("?")[0].rsplit("/", 1)[1]
        match = [p for p in positions if str(p["id"]) == job_id]
        if not match:
            r.send_json({"error": "not found"}, status=404)
            return
        r.send_json({**match[0], "job_description": detail["job_description"]})

    server.routes["/api/apply/v2/jobs"] = listing
    for p in positions:
        server.routes[f"/api/apply/v2/jobs/{p['id']}"] = job


def test_netflix_recorded_list_then_details(server: LocalServer, fast: Settings, tmp_path: Path) -> None:
    positions = fixture_json("netflix_eightfold_v2_jobs__hunter.json")["positions"]
    serve_netflix(server, positions)
    target = target_for("netflix", server)
    with http_for(target, fast, tmp_path) as http:
        found = postings_of(list(netflix.search(http, target, limit=5)))
    assert [p.id for p in found] == ["790318358916", "790316470001"]
    first = found[0]
    assert first.title == "Front-End Developer - Netflix Animation Studios"
    assert first.company == "Netflix" and first.location == "Vancouver,Canada"
    assert first.url == f"{server.url}/careers/job/790318358916"
    assert "Design and operate batch and streaming pipelines on Spark and Flink." in first.description
    assert found[1].url == f"{server.url}/careers/job/790316470001"  # canonicalPositionUrl null -> built
    assert server.paths()[0].startswith("/api/apply/v2/jobs?") and "domain=netflix.com" in server.paths()[0]


def test_netflix_pages_by_the_number_actually_returned(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    positions = fixture_json("netflix_v2_jobs_12__reconstructed.json")["positions"]
    serve_netflix(server, positions, page_cap=7)  # the server ignores num and returns at most 7
    target = target_for("netflix", server)
    with http_for(target, fast, tmp_path) as http:
        summaries = netflix.list_positions(http, target, query=None, limit=12)
    assert [p["id"] for p in summaries] == [p["id"] for p in positions]
    starts = [p.split("start=")[1].split("&")[0] for p in server.paths()]
    assert starts == ["0", "7"]


def test_netflix_repeated_page_ends_the_loop(server: LocalServer, fast: Settings, tmp_path: Path) -> None:
    positions = fixture_json("netflix_v2_jobs_12__reconstructed.json")["positions"]
    server.routes["/api/apply/v2/jobs"] = lambda r: r.send_json({"count": 500, "positions": positions[:3]})
    target = target_for("netflix", server)
    with http_for(target, fast, tmp_path) as http:
        summaries = netflix.list_positions(http, target, query=None, limit=50)
    assert len(summaries) == 3 and len(server.paths()) == 2


def test_netflix_detail_failure_skips_that_job_only(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    positions = fixture_json("netflix_v2_jobs_12__reconstructed.json")["positions"][:3]
    serve_netflix(server, positions)
    server.static(f"/api/apply/v2/jobs/{positions[1]['id']}", "gone", "text/plain", status=410)
    target = target_for("netflix", server)
    with http_for(target, fast, tmp_path) as http:
        items = list(netflix.search(http, target, limit=3))
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert len(postings_of(items)) == 2 and len(skipped) == 1
    assert skipped[0].id == str(positions[1]["id"]) and "HTTP 410" in skipped[0].reason


def test_netflix_falls_back_to_pcsx_when_v2_is_gone(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    server.static(
        "/api/pcsx/search", fixture_bytes("eightfold_pcsx_search__jobradar.json"), "application/json"
    )
    server.static(
        "/api/pcsx/position_details",
        fixture_bytes("eightfold_pcsx_position__jobradar.json"),
        "application/json",
    )
    target = target_for("netflix", server)
    with http_for(target, fast, tmp_path) as http:
        found = postings_of(list(netflix.search(http, target, limit=1)))
    assert [(p.id, p.title, p.location) for p in found] == [
        ("1001", "Data Scientist", "Israel, Tel Aviv, Herzliya")
    ]
    assert found[0].url == f"{server.url}/careers/job/1001"
    assert "3+ years of experience with Python" in found[0].description


def test_netflix_list_without_positions_is_a_site_change(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    server.static("/api/apply/v2/jobs", json.dumps({"count": 3, "results": []}), "application/json")
    target = target_for("netflix", server)
    with (
        http_for(target, fast, tmp_path) as http,
        pytest.raises(SiteChangedError, match="netflix: the v2 jobs"),
    ):
        list(netflix.search(http, target, limit=3))


# -- Google ------------------------------------------------------------------------------------------------

RESULTS = "/about/careers/applications/jobs/results/"


@pytest.mark.parametrize(
    ("name", "ids", "employers"),
    [
        (
            "google_careers_results__hunter.html",
            ["142342334078427846", "94207914037650118"],
            ["Google", "Google"],
        ),
        ("google_careers_results__jobfinder.html", ["138166347879064262"], ["Google"]),
        ("google_careers_results__jobradar.html", ["111", "222"], ["Google", "Waze"]),
    ],
)
def test_google_recorded_results_pages_read_from_the_data_block(
    name: str, ids: list[str], employers: list[str], server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    server.static(RESULTS, fixture_bytes(name))
    target = target_for("google", server)
    with http_for(target, fast, tmp_path) as http:
        found = postings_of(list(google.search(http, target, limit=20)))
    assert [p.id for p in found] == ids
    assert [p.company for p in found] == employers
    assert all(p.url and p.url.startswith(f"{server.url}{RESULTS}{p.id}-") for p in found)


def test_google_job_fields_map_to_the_posting(server: LocalServer, fast: Settings, tmp_path: Path) -> None:
    server.static(RESULTS, fixture_bytes("google_careers_results__jobfinder.html"))
    target = target_for("google", server)
    with http_for(target, fast, tmp_path) as http:
        (posting,) = postings_of(list(google.search(http, target)))
    assert posting.title == "Student Researcher, BS/MS, Winter/Summer 2027"
    assert posting.location == "Mountain View, CA, USA; Toronto, ON, Canada"
    assert [r.text for r in posting.required] == [
        "Currently enrolled in a BS/MS degree in Computer Science, Statistics, Applied Mathematics, "
        "Operations Research, or related technical field.",
        "Experience with Machine Learning, Optimization, Data Science, or Software Engineering.",
    ]
    assert posting.responsibilities == [
        "Participate in research to develop solutions for real-world, large-scale problems."
    ]
    assert "The Student Researcher Program hires students onto research projects." in posting.description


def test_google_never_asks_for_a_second_page(server: LocalServer, fast: Settings, tmp_path: Path) -> None:
    server.static(RESULTS, fixture_bytes("google_careers_results__hunter.html"))
    target = target_for("google", server)
    with http_for(target, fast, tmp_path) as http:
        found = postings_of(list(google.search(http, target, query="python", limit=100)))
    assert len(found) == 2
    assert len(server.paths()) == 1 and "page=" not in server.paths()[0]


def test_google_robots_excerpt_read_by_longest_match_refuses_only_pagination(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    # Allow and Disallow of /about/careers/applications/ tie in length: RFC 9309 says allow wins.
    server.static(
        "/robots.txt",
        "User-agent: *\n" + fixture_bytes("google_robots_careers_excerpt.txt").decode(),
        "text/plain",
    )
    server.static(RESULTS, fixture_bytes("google_careers_results__hunter.html"))
    target = target_for("google", server)
    with http_for(target, fast, tmp_path) as http:
        assert len(postings_of(list(google.search(http, target, query="python")))) == 2
        with pytest.raises(RobotsDisallowedError, match="^google: robots.txt of .* disallows .*page=2"):
            http.check_allowed(f"{server.url}{RESULTS}?q=python&page=2")
        with pytest.raises(UsageError, match="page="):
            google.fetch(http, target, f"{server.url}{RESULTS}?q=x&page=2")


def test_google_stricter_robots_snapshot_allows_only_the_bare_results_page(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    rules = fixture_bytes("google_robots_careers_excerpt.txt").decode()
    server.static(
        "/robots.txt",
        f"User-agent: *\n{rules}\nDisallow: /about/careers/applications/jobs/results\n",
        "text/plain",
    )
    server.static(RESULTS, fixture_bytes("google_careers_results__hunter.html"))
    target = target_for("google", server)
    with http_for(target, fast, tmp_path) as http:
        assert len(postings_of(list(google.search(http, target)))) == 2
        with pytest.raises(RobotsDisallowedError, match="disallows .*q=python"):
            list(google.search(http, target, query="python"))
        with pytest.raises(RobotsDisallowedError):
            google.fetch(http, target, f"{server.url}{RESULTS}111-data-scientist")
    assert server.paths() == [RESULTS]


def test_google_page_without_the_data_block_is_a_site_change(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    server.static(RESULTS, "<html><body><ul><li>cards only</li></ul></body></html>")
    target = target_for("google", server)
    with http_for(target, fast, tmp_path) as http, pytest.raises(SiteChangedError, match="ds:1"):
        list(google.search(http, target))


def test_google_single_posting_url_reads_its_job_from_the_data_block(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    path = f"{RESULTS}222-software-engineer-maps"
    server.static(path, fixture_bytes("google_careers_results__jobradar.html"))
    target = target_for("google", server)
    with http_for(target, fast, tmp_path) as http:
        posting = google.fetch(http, target, f"{server.url}{path}")
    assert (posting.id, posting.title, posting.company) == ("222", "Software Engineer, Maps", "Waze")
    assert [r.text for r in posting.required] == [
        "Bachelor's degree or equivalent practical experience.",
        "2 years of experience with Python.",
    ]


# -- Meta and generic --------------------------------------------------------------------------------------


def test_meta_posting_is_read_from_json_ld(server: LocalServer, fast: Settings, tmp_path: Path) -> None:
    server.static("/jobs/1234567890123456/", fixture_bytes("meta_job_page_jsonld__reconstructed.html"))
    target = target_for("meta", server)
    with http_for(target, fast, tmp_path) as http:
        posting = meta.fetch(http, target, f"{server.url}/jobs/1234567890123456/")
    assert posting.title == "Software Engineer, Infrastructure"
    assert posting.company == "Meta" and posting.id == "1234567890123456"
    assert posting.location == "Menlo Park, CA, US; Seattle, WA, US"
    assert [r.text for r in posting.required] == [
        "4+ years of experience in software development.",
        "Experience coding in C++, Java, Python or Go.",
        "Bachelor's degree in Computer Science or equivalent practical experience.",
    ]
    assert [r.text for r in posting.preferred] == [
        "Experience with Linux systems internals.",
        "Experience with large-scale distributed storage.",
    ]
    assert posting.responsibilities[0] == "Design, build and operate large-scale distributed services."
    assert posting.required[0].years == 4.0


def test_meta_search_is_refused_without_any_request(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    target = target_for("meta", server)
    with http_for(target, fast, tmp_path) as http, pytest.raises(UsageError, match="forbids automated"):
        meta.search(http, target)
    assert server.log == []


def test_generic_page_without_json_ld_reads_the_main_text(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    from resume_tailor.scrape.generic import fetch_generic

    server.static("/jobs/backend", fixture_bytes("generic_job_page_no_jsonld__reconstructed.html"))
    with HttpClient("example", ["127.0.0.1"], settings=fast, cache=HttpCache(tmp_path)) as http:
        posting = fetch_generic(http, f"{server.url}/jobs/backend")
    assert posting.title == "Backend Engineer"
    texts = {r.text: r.required for r in posting.requirements}
    assert texts.get("3+ years of experience with Python or Go.") is True
    assert texts.get("Experience with Kubernetes.") is False
    assert not any("nav noise" in t for t in texts)


def test_malformed_html_with_bad_bytes_still_yields_the_posting(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    from resume_tailor.scrape.generic import fetch_generic

    broken = (
        b"<html><body><main><h1>Data Engineer \xff</h1><p>About us<div><h3>Minimum qualifications:"
        b"<ul><li>SQL and Python<li>2+ years building pipelines</ul></main></b></i>"
    )
    server.static("/jobs/broken", broken)
    with HttpClient("example", ["127.0.0.1"], settings=fast, cache=HttpCache(tmp_path)) as http:
        posting = fetch_generic(http, f"{server.url}/jobs/broken")
    assert posting.title == "Data Engineer \ufffd"
    assert "SQL and Python" in [r.text for r in posting.requirements]


def test_generic_non_html_answer_is_a_site_change(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    from resume_tailor.scrape.generic import fetch_generic

    server.static("/job.pdf", b"%PDF-1.4", "application/pdf")
    with (
        HttpClient("example", ["127.0.0.1"], settings=fast, cache=HttpCache(tmp_path)) as http,
        pytest.raises(SiteChangedError, match="expected text/html"),
    ):
        fetch_generic(http, f"{server.url}/job.pdf")
