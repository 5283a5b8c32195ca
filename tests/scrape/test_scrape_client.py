"""The fault matrix of the HTTP helper, against a real socket on 127.0.0.1.

Each fault must end in a correct result or a clear one-line error naming the site, within about a
second (limits from the ``fast`` fixture), with memory bounded and the cache intact.
"""

from __future__ import annotations

import gzip
import time
import tracemalloc
import zlib
from pathlib import Path
from typing import Any

import pytest
from scrape_helpers import LocalServer, Request

from resume_tailor.errors import FetchError, OfflineError, RobotsDisallowedError, SiteChangedError
from resume_tailor.scrape.cache import HttpCache
from resume_tailor.scrape.client import HttpClient, Settings


def client(server: LocalServer, settings: Settings, tmp_path: Path, **kwargs: Any) -> HttpClient:
    return HttpClient(
        "testsite", ["127.0.0.1"], settings=settings, cache=HttpCache(tmp_path / "http"), **kwargs
    )


def one_line(exc: BaseException) -> str:
    text = str(exc)
    assert "\n" not in text and text.startswith("testsite: ")
    return text


# -- timeouts and deadlines ----------------------------------------------------------------------


def test_server_that_never_answers_times_out_quickly(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    def late(r: Request) -> None:
        time.sleep(2)
        r.send_body(200, b"late")

    server.routes["/slow"] = late
    started = time.monotonic()
    with client(server, fast, tmp_path) as http, pytest.raises(FetchError) as info:
        http.get(f"{server.url}/slow")
    assert time.monotonic() - started < 1.5
    assert "timed out" in one_line(info.value)


def test_slow_drip_body_is_cut_at_the_total_deadline(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    def drip(r: Request) -> None:
        r.send_response(200)
        r.send_header("Content-Type", "text/plain")
        r.send_header("Content-Length", "40")
        r.end_headers()
        for _ in range(40):  # 1 byte every 0.2 s: never idle long enough for the 0.5 s read timeout
            r.wfile.write(b"x")
            r.wfile.flush()
            time.sleep(0.2)

    server.routes["/drip"] = drip
    started = time.monotonic()
    with client(server, fast, tmp_path) as http, pytest.raises(FetchError) as info:
        http.get(f"{server.url}/drip")
    elapsed = time.monotonic() - started
    assert elapsed < 1.8, elapsed
    assert "deadline" in one_line(info.value)


def test_slow_drip_of_headers_is_cut_at_the_total_deadline(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    def header_drip(r: Request) -> None:
        r.wfile.write(b"HTTP/1.1 200 OK\r\n")
        for i in range(30):  # one header line every 0.2 s: 6 s before the body would start
            r.wfile.write(b"X-Pad-%d: y\r\n" % i)
            r.wfile.flush()
            time.sleep(0.2)
        r.wfile.write(b"Content-Length: 2\r\n\r\nok")

    server.routes["/hdrip"] = header_drip
    server.static("/after", "still works", "text/plain")
    started = time.monotonic()
    with client(server, fast, tmp_path) as http:
        with pytest.raises(FetchError) as info:
            http.get(f"{server.url}/hdrip")
        elapsed = time.monotonic() - started
        assert http.get(f"{server.url}/after").body == b"still works"  # a fresh connection pool
    assert elapsed < 1.6, elapsed
    assert "deadline" in one_line(info.value)


# -- retries ------------------------------------------------------------------------------------


def test_429_with_retry_after_waits_that_long_then_succeeds(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    calls: list[int] = []

    def limited(r: Request) -> None:
        calls.append(1)
        if len(calls) == 1:
            r.send_body(429, b"slow down", "text/plain", {"Retry-After": "1"})
        else:
            r.send_body(200, b"ok", "text/plain")

    server.routes["/limited"] = limited
    slept: list[float] = []
    with client(server, fast, tmp_path, sleep=slept.append) as http:
        response = http.get(f"{server.url}/limited")
    assert response.body == b"ok" and len(calls) == 2
    assert slept == [1.0]


def test_retry_after_beyond_the_cap_fails_at_once_saying_when(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    server.static("/limited", "no", "text/plain", status=429, headers={"Retry-After": "3600"})
    slept: list[float] = []
    with client(server, fast, tmp_path, sleep=slept.append) as http, pytest.raises(FetchError) as info:
        http.get(f"{server.url}/limited")
    assert "HTTP 429" in one_line(info.value) and "3600 s" in str(info.value)
    assert slept == [] and len(server.paths()) == 1


def test_500_then_success_returns_the_good_body(server: LocalServer, fast: Settings, tmp_path: Path) -> None:
    calls: list[int] = []

    def flaky(r: Request) -> None:
        calls.append(1)
        if len(calls) == 1:
            r.send_body(500, b"oops", "text/plain")
        else:
            r.send_body(200, b"<p>fine</p>")

    server.routes["/flaky"] = flaky
    with client(server, fast, tmp_path) as http:
        response = http.get(f"{server.url}/flaky")
        assert response.text() == "<p>fine</p>"
        assert len(calls) == 2 and http.requests == 3  # robots.txt + 2 attempts


def test_persistent_503_gives_up_after_the_retry_budget(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    server.static("/down", "down", "text/plain", status=503)
    with client(server, fast, tmp_path) as http, pytest.raises(FetchError) as info:
        http.get(f"{server.url}/down")
    assert "HTTP 503 after 3 attempts" in one_line(info.value)
    assert len(server.paths()) == 3


def test_404_is_a_fetch_error_without_retries(server: LocalServer, fast: Settings, tmp_path: Path) -> None:
    with client(server, fast, tmp_path) as http, pytest.raises(FetchError) as info:
        http.get(f"{server.url}/missing")
    assert "HTTP 404" in one_line(info.value)
    assert server.paths() == ["/missing"]


def test_closed_port_is_a_connection_error_after_retries(fast: Settings, tmp_path: Path) -> None:
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    slept: list[float] = []
    http = HttpClient(
        "testsite", ["127.0.0.1"], settings=fast, cache=HttpCache(tmp_path / "http"), sleep=slept.append
    )
    with http, pytest.raises(FetchError) as info:  # robots.txt is the first thing asked
        http.get(f"http://127.0.0.1:{port}/x")
    assert "cannot connect to 127.0.0.1" in one_line(info.value)
    assert len(slept) == 2  # backoff before each of the 2 retries


def test_unknown_host_name_is_not_retried(fast: Settings, tmp_path: Path) -> None:
    slept: list[float] = []
    http = HttpClient(
        "testsite", ["nonexistent.invalid"], settings=fast, cache=HttpCache(tmp_path), sleep=slept.append
    )
    with http, pytest.raises(FetchError) as info:
        http.get("http://nonexistent.invalid/job")
    assert "cannot connect to nonexistent.invalid" in one_line(info.value)
    assert slept == []


# -- redirects ------------------------------------------------------------------------------------


def test_redirect_on_the_same_host_is_followed(server: LocalServer, fast: Settings, tmp_path: Path) -> None:
    server.static("/old", "", status=301, headers={"Location": "/new"})
    server.static("/new", "<p>moved here</p>")
    with client(server, fast, tmp_path) as http:
        response = http.get(f"{server.url}/old")
    assert response.final_url == f"{server.url}/new" and response.text() == "<p>moved here</p>"


def test_redirect_to_another_host_is_refused(server: LocalServer, fast: Settings, tmp_path: Path) -> None:
    port = server.server_address[1]
    server.static("/away", "", status=302, headers={"Location": f"http://localhost:{port}/new"})
    server.static("/new", "should never be read")
    with client(server, fast, tmp_path) as http, pytest.raises(FetchError) as info:
        http.get(f"{server.url}/away")
    assert "refused redirect to" in one_line(info.value) and "localhost" in str(info.value)
    assert "/new" not in server.paths()


def test_redirect_to_a_non_http_scheme_is_refused(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    server.static("/file", "", status=302, headers={"Location": "file:///etc/passwd"})
    with client(server, fast, tmp_path) as http, pytest.raises(FetchError) as info:
        http.get(f"{server.url}/file")
    assert "only http and https" in one_line(info.value)


def test_redirect_loop_is_detected(server: LocalServer, fast: Settings, tmp_path: Path) -> None:
    server.static("/a", "", status=302, headers={"Location": "/b"})
    server.static("/b", "", status=302, headers={"Location": "/a"})
    with client(server, fast, tmp_path) as http, pytest.raises(FetchError) as info:
        http.get(f"{server.url}/a")
    assert "redirect loop" in one_line(info.value)
    assert server.paths() == ["/a", "/b"]  # detected on the second hop, not by a timeout


def test_long_redirect_chain_is_cut(server: LocalServer, fast: Settings, tmp_path: Path) -> None:
    for i in range(10):
        server.static(f"/hop{i}", "", status=302, headers={"Location": f"/hop{i + 1}"})
    with client(server, fast, tmp_path) as http, pytest.raises(FetchError) as info:
        http.get(f"{server.url}/hop0")
    assert "more than 5 redirects" in one_line(info.value)


# -- size caps ------------------------------------------------------------------------------------


def test_oversized_body_is_refused_from_its_content_length(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    server.static("/big", b"x" * 300_000, "text/plain")
    with client(server, fast, tmp_path) as http, pytest.raises(FetchError) as info:
        http.get(f"{server.url}/big")
    assert "300000 bytes is over the 100000-byte limit" in one_line(info.value)


def test_oversized_chunked_body_is_cut_while_streaming(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    def chunked(r: Request) -> None:
        r.send_response(200)
        r.send_header("Content-Type", "text/plain")
        r.send_header("Transfer-Encoding", "chunked")
        r.end_headers()
        block = b"y" * 16_384
        for _ in range(64):  # 1 MB in total, no Content-Length
            r.wfile.write(b"%x\r\n%s\r\n" % (len(block), block))
        r.wfile.write(b"0\r\n\r\n")

    server.routes["/stream"] = chunked
    with client(server, fast, tmp_path) as http, pytest.raises(FetchError) as info:
        http.get(f"{server.url}/stream")
    assert "decoded body is over the 100000-byte limit" in one_line(info.value)


def gzip_bomb(decoded_mb: int) -> bytes:
    """``decoded_mb`` MB of zeros, gzip-compressed, built without holding them in memory."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1_000_000)
    return b"".join(packer.compress(block) for _ in range(decoded_mb)) + packer.flush()


def test_gzip_bomb_stops_at_the_decoded_cap_with_bounded_memory(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    bomb = gzip_bomb(50)  # ~50 KB on the wire, 50 MB decoded: 500 times the cap
    assert len(bomb) < 100_000
    server.static("/bomb", bomb, "text/html", headers={"Content-Encoding": "gzip"})
    tracemalloc.start()
    try:
        with client(server, fast, tmp_path) as http, pytest.raises(FetchError) as info:
            http.get(f"{server.url}/bomb")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "decoded body is over the 100000-byte limit" in one_line(info.value)
    assert peak < 5_000_000, peak


def test_gzip_body_within_the_cap_is_decoded(server: LocalServer, fast: Settings, tmp_path: Path) -> None:
    server.static("/gz", gzip.compress(b"<p>compressed hello</p>"), headers={"Content-Encoding": "gzip"})
    with client(server, fast, tmp_path) as http:
        assert http.get(f"{server.url}/gz").text() == "<p>compressed hello</p>"


def test_corrupt_gzip_is_a_clear_error(server: LocalServer, fast: Settings, tmp_path: Path) -> None:
    server.static("/badgz", b"\x1f\x8b\x08\x00garbage-not-gzip", headers={"Content-Encoding": "gzip"})
    with client(server, fast, tmp_path) as http, pytest.raises(FetchError) as info:
        http.get(f"{server.url}/badgz")
    assert "corrupt compressed body" in one_line(info.value)


# -- content ------------------------------------------------------------------------------------


def test_invalid_utf8_is_replaced_not_fatal(server: LocalServer, fast: Settings, tmp_path: Path) -> None:
    server.static("/bad", b"<h1>Caf\xe9 \xff\xfe engineer</h1>", "text/html; charset=utf-8")
    with client(server, fast, tmp_path) as http:
        text = http.get(f"{server.url}/bad", accept=["text/html"]).text()
    assert text == "<h1>Caf\ufffd \ufffd\ufffd engineer</h1>"


def test_declared_latin1_charset_is_honoured(server: LocalServer, fast: Settings, tmp_path: Path) -> None:
    server.static("/latin", "<p>Café</p>".encode("latin-1"), "text/html; charset=ISO-8859-1")
    with client(server, fast, tmp_path) as http:
        assert http.get(f"{server.url}/latin").text() == "<p>Café</p>"


def test_wrong_content_type_is_a_site_changed_error(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    server.static("/api", "<html>Please enable JavaScript</html>", "text/html")
    with client(server, fast, tmp_path) as http, pytest.raises(SiteChangedError) as info:
        http.get(f"{server.url}/api", accept=["application/json"])
    assert "expected application/json" in one_line(info.value) and "got text/html" in str(info.value)


def test_invalid_json_is_a_site_changed_error(server: LocalServer, fast: Settings, tmp_path: Path) -> None:
    server.static("/api", b'{"jobs": [', "application/json")
    with client(server, fast, tmp_path) as http, pytest.raises(SiteChangedError) as info:
        http.get(f"{server.url}/api", accept=["application/json"]).json()
    assert "did not return valid JSON" in one_line(info.value)


# -- robots.txt ------------------------------------------------------------------------------------


def test_robots_disallow_is_honoured_without_requesting_the_page(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    server.static("/robots.txt", "User-agent: *\nDisallow: /private\n", "text/plain")
    server.static("/private/job", "secret")
    server.static("/public", "hello", "text/plain")
    with client(server, fast, tmp_path) as http:
        with pytest.raises(RobotsDisallowedError) as info:
            http.get(f"{server.url}/private/job")
        assert http.get(f"{server.url}/public").body == b"hello"
    assert "robots.txt of 127.0.0.1" in one_line(info.value) and "/private/job" in str(info.value)
    assert "/private/job" not in server.paths()
    assert [p for p, _ in server.log].count("/robots.txt") == 1  # fetched once per host


def test_robots_group_for_our_agent_overrides_the_star_group(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    server.static(
        "/robots.txt", "User-agent: *\nAllow: /\n\nUser-agent: resume-tailor\nDisallow: /\n", "text/plain"
    )
    with client(server, fast, tmp_path) as http, pytest.raises(RobotsDisallowedError):
        http.get(f"{server.url}/anything")


def test_robots_server_error_means_do_not_crawl(server: LocalServer, fast: Settings, tmp_path: Path) -> None:
    server.static("/robots.txt", "busy", "text/plain", status=503)
    server.static("/page", "hi")
    with client(server, fast, tmp_path) as http, pytest.raises(RobotsDisallowedError) as info:
        http.get(f"{server.url}/page")
    assert "refusing to fetch" in one_line(info.value)
    assert "/page" not in server.paths()


def test_missing_robots_allows_everything(server: LocalServer, fast: Settings, tmp_path: Path) -> None:
    server.static("/page", "hi", "text/plain")
    with client(server, fast, tmp_path) as http:
        assert http.get(f"{server.url}/page").body == b"hi"


# -- politeness ------------------------------------------------------------------------------------


def test_user_agent_names_the_tool_and_its_repository(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    server.static("/ua", "ok", "text/plain")
    with client(server, fast, tmp_path) as http:
        http.get(f"{server.url}/ua")
    agents = {headers.get("User-Agent", "") for _, headers in server.log}
    assert all(a.startswith("resume-tailor/") and "(+https://" in a for a in agents), agents


def test_requests_to_one_host_are_spaced_by_the_rate_limit(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    from dataclasses import replace

    for i in range(3):
        server.static(f"/p{i}", "ok", "text/plain")
    waits: list[float] = []  # the client's injected sleep: no real waiting in a unit test
    settings = replace(fast, min_interval=60.0, cache_ttl=0)
    with client(server, settings, tmp_path, sleep=waits.append) as http:
        for i in range(3):
            http.get(f"{server.url}/p{i}")
    assert [p for p, _ in server.log] == ["/robots.txt", "/p0", "/p1", "/p2"]
    assert len(waits) == 3 and all(55 < w <= 60 for w in waits), waits  # one wait before each page


def test_offline_mode_refuses_before_any_request(
    server: LocalServer, fast: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.static("/page", "hi")
    with client(server, fast, tmp_path, offline=True) as http, pytest.raises(OfflineError) as info:
        http.get(f"{server.url}/page")
    assert "offline mode is on" in one_line(info.value)
    monkeypatch.setenv("RESUME_TAILOR_OFFLINE", "1")
    with client(server, fast, tmp_path) as http, pytest.raises(OfflineError):
        http.get(f"{server.url}/page")
    assert server.log == []


def test_host_outside_the_allowed_list_is_refused(fast: Settings, tmp_path: Path) -> None:
    with (
        HttpClient("testsite", ["example.com"], settings=fast, cache=HttpCache(tmp_path)) as http,
        pytest.raises(FetchError) as info,
    ):
        http.get("http://169.254.169.254/latest/meta-data")
    assert "is not one of example.com" in one_line(info.value)


# -- cache ------------------------------------------------------------------------------------


def test_fresh_cache_entry_is_served_without_a_request(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    server.static("/c", "cached body", "text/plain")
    with client(server, fast, tmp_path) as http:
        first = http.get(f"{server.url}/c")
        second = http.get(f"{server.url}/c")
    assert (first.from_cache, second.from_cache) == (False, True)
    assert second.body == b"cached body" and server.paths() == ["/c"]


def test_etag_revalidation_uses_the_cached_body_on_304(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    def etagged(r: Request) -> None:
        if r.headers.get("If-None-Match") == '"v1"':
            r.send_response(304)
            r.send_header("Content-Length", "0")
            r.end_headers()
        else:
            r.send_body(200, b"version one", "text/plain", {"ETag": '"v1"'})

    server.routes["/e"] = etagged
    with client(server, fast, tmp_path) as http:
        http.get(f"{server.url}/e")
        again = http.get(f"{server.url}/e", ttl=0)
    assert again.body == b"version one" and again.from_cache
    assert [h.get("If-None-Match") for p, h in server.log if p == "/e"] == [None, '"v1"']


def test_last_modified_revalidation_sends_if_modified_since(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    stamp = "Wed, 21 Oct 2026 07:28:00 GMT"

    def dated(r: Request) -> None:
        if r.headers.get("If-Modified-Since") == stamp:
            r.send_response(304)
            r.send_header("Content-Length", "0")
            r.end_headers()
        else:
            r.send_body(200, b"dated", "text/plain", {"Last-Modified": stamp})

    server.routes["/d"] = dated
    with client(server, fast, tmp_path) as http:
        http.get(f"{server.url}/d")
        again = http.get(f"{server.url}/d", ttl=0)
    assert again.body == b"dated" and again.from_cache  # the 304 was answered from the cache
    assert [h.get("If-Modified-Since") for p, h in server.log if p == "/d"] == [None, stamp]


def test_failed_refresh_leaves_the_cache_entry_intact(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    server.static("/k", "good", "text/plain")
    cache = HttpCache(tmp_path / "http")
    with HttpClient("testsite", ["127.0.0.1"], settings=fast, cache=cache) as http:
        http.get(f"{server.url}/k")
        server.static("/k", "broken", "text/plain", status=500)
        with pytest.raises(FetchError):
            http.get(f"{server.url}/k", ttl=0)
    entry = cache.load(f"{server.url}/k")
    assert entry is not None and entry.body == b"good"


def test_corrupt_cache_entry_is_ignored_and_replaced(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    server.static("/z", "fresh body", "text/plain")
    cache = HttpCache(tmp_path / "http")
    with HttpClient("testsite", ["127.0.0.1"], settings=fast, cache=cache) as http:
        http.get(f"{server.url}/z")
        path = cache.path_for(f"{server.url}/z")
        path.write_bytes(path.read_bytes()[:-3])  # as a non-atomic writer's crash would
        assert cache.load(f"{server.url}/z") is None
        response = http.get(f"{server.url}/z")
    assert response.body == b"fresh body" and not response.from_cache
    assert cache.load(f"{server.url}/z") is not None


def test_cache_holds_only_whole_good_answers_after_a_run_of_faults(
    server: LocalServer, fast: Settings, tmp_path: Path
) -> None:
    from resume_tailor.scrape.cache import decode_entry

    server.static("/good", "kept", "text/plain")
    server.static("/down", "down", "text/plain", status=503)
    server.static("/big", b"x" * 300_000, "text/plain")
    server.static("/bomb", gzip_bomb(5), "text/html", headers={"Content-Encoding": "gzip"})
    server.static("/away", "", status=302, headers={"Location": "http://localhost:1/"})
    cache = HttpCache(tmp_path / "http")
    with HttpClient("testsite", ["127.0.0.1"], settings=fast, cache=cache) as http:
        http.get(f"{server.url}/good")
        for path in ("/down", "/big", "/bomb", "/away", "/missing"):
            with pytest.raises(FetchError):
                http.get(f"{server.url}{path}")
    files = sorted(p for p in (tmp_path / "http").rglob("*") if p.is_file())
    assert len(files) == 1 and not any(p.name.endswith(".tmp") for p in files)
    entry = decode_entry(files[0].read_bytes(), f"{server.url}/good")
    assert entry is not None and entry.body == b"kept"
