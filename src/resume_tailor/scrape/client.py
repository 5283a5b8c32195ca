"""The one HTTP helper every network call of resume-tailor goes through.

Politeness and safety, in the order a request meets them:

1. offline mode (``offline=True`` or ``RESUME_TAILOR_OFFLINE=1``) refuses everything (:class:`OfflineError`);
2. only http(s) URLs on the allowed hosts; a fresh cache entry is served without a request;
3. robots.txt of the host is fetched once (cached a day) and honoured (:class:`RobotsDisallowedError`);
4. at least ``min_interval`` seconds between two requests to one host (default 1 s;
   ``RESUME_TAILOR_MIN_INTERVAL`` changes it);
5. connect/read timeouts plus a total deadline checked while the body streams (a slow drip cannot hold
   us), and a cap on *decoded* body bytes (a gzip bomb stops at the cap, memory stays bounded);
6. retries with exponential backoff on 429/5xx and connection errors, honouring ``Retry-After`` up to a cap;
7. redirects followed by hand: http(s) only, allowed hosts only, loops and long chains refused;
8. 200 answers stored in the on-disk cache with their ETag/Last-Modified; stale entries are revalidated.

Every failure is a :class:`FetchError`, :class:`RobotsDisallowedError`, :class:`SiteChangedError` or
:class:`OfflineError` whose one-line message names the site.

>>> with HttpClient(site="example", allowed_hosts={"example.com"}, offline=True) as http:
...     http.get("https://example.com/")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
resume_tailor.errors.OfflineError: example: offline mode is on ...
"""

from __future__ import annotations

import contextlib
import email.utils
import json
import os
import random
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from resume_tailor.errors import FetchError, OfflineError, RobotsDisallowedError, SiteChangedError
from resume_tailor.scrape.cache import CacheEntry, HttpCache
from resume_tailor.scrape.robots import RobotsRules

if TYPE_CHECKING:
    import httpx

REPO_URL = "https://github.com/resume-tailor/resume-tailor"
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
RETRY_CODES = frozenset({429, 500, 502, 503, 504})
ROBOTS_TTL_S = 24 * 3600.0
OFFLINE_ENV = "RESUME_TAILOR_OFFLINE"
INTERVAL_ENV = "RESUME_TAILOR_MIN_INTERVAL"


def user_agent() -> str:
    """``resume-tailor/<version> (+<repo URL>)``: who we are and where to read about us."""
    from resume_tailor import __version__

    return f"resume-tailor/{__version__} (+{REPO_URL})"


def offline_from_env() -> bool:
    """True when ``RESUME_TAILOR_OFFLINE`` is set to a true-ish value (1, true, yes, on)."""
    return os.environ.get(OFFLINE_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    """Limits of the HTTP helper; tests shrink them, users rarely need to."""

    min_interval: float = 1.0  # seconds between two requests to one host
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    deadline: float = 45.0  # total seconds for one request, body included
    max_bytes: int = 8_000_000  # decoded body bytes
    max_retries: int = 3
    backoff: float = 1.0  # first retry delay; doubles each time (plus jitter)
    max_retry_after: float = 60.0  # longer Retry-After: give up and say when to come back
    max_redirects: int = 5
    cache_ttl: float = 6 * 3600.0  # seconds a cached body is served without asking the server

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        """Defaults, then ``RESUME_TAILOR_MIN_INTERVAL``, then ``overrides``."""
        settings = cls()
        raw = os.environ.get(INTERVAL_ENV)
        if raw:
            try:
                settings = replace(settings, min_interval=max(0.0, float(raw)))
            except ValueError:
                from resume_tailor.errors import ConfigError

                raise ConfigError(f"{INTERVAL_ENV} must be a number of seconds, not {raw!r}") from None
        return replace(settings, **overrides)


@dataclass
class Response:
    """A complete, size-checked answer (or a cache hit)."""

    url: str  # the URL asked for
    final_url: str  # after redirects
    status: int
    content_type: str
    body: bytes
    from_cache: bool = False
    site: str = ""

    @property
    def media_type(self) -> str:
        """``text/html`` from ``text/html; charset=utf-8``."""
        return self.content_type.split(";", 1)[0].strip().lower()

    def text(self) -> str:
        """The body decoded with the declared charset (UTF-8 by default); bad bytes become U+FFFD."""
        charset = "utf-8"
        for part in self.content_type.split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                charset = value.strip().strip('"')
        try:
            return self.body.decode(charset, errors="replace")
        except LookupError:
            return self.body.decode("utf-8", errors="replace")

    def json(self) -> Any:
        """The body parsed as JSON; :class:`SiteChangedError` when it is not JSON."""
        text = self.text()
        if text.startswith("for (;;);"):  # anti-JSON-hijacking prefix some sites add
            text = text[len("for (;;);") :]
        try:
            return json.loads(text)
        except ValueError:
            raise SiteChangedError(f"{self.site}: {self.final_url} did not return valid JSON") from None


@dataclass
class _HostState:
    lock: threading.Lock = field(default_factory=threading.Lock)
    last: float = float("-inf")


_HOSTS: dict[str, _HostState] = {}
_HOSTS_LOCK = threading.Lock()


def reset_rate_limits() -> None:
    """Forget when each host was last asked (process-wide state; see :mod:`resume_tailor.caches`)."""
    with _HOSTS_LOCK:
        _HOSTS.clear()


def _host_state(host: str) -> _HostState:
    with _HOSTS_LOCK:
        return _HOSTS.setdefault(host, _HostState())


class _RetriesExhausted(FetchError):
    """The server kept answering 429/5xx."""


class _Abort(Exception):
    """A final (not retried) failure inside one attempt."""


class HttpClient:
    """Polite, bounded GETs for one site. Use as a context manager, or call :meth:`close`.

    ``allowed_hosts``: hosts the site may be fetched from and redirect to (a ``www.`` prefix is
    ignored when comparing). ``client``: an ``httpx.Client`` to use instead of our own (tests inject a
    ``MockTransport`` one); it must not follow redirects itself.
    """

    def __init__(
        self,
        site: str,
        allowed_hosts: Iterable[str],
        *,
        settings: Settings | None = None,
        client: httpx.Client | None = None,
        cache: HttpCache | None = None,
        offline: bool = False,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.site = site
        self.allowed = {_bare(h) for h in allowed_hosts}
        self.settings = settings or Settings.from_env()
        self.offline = offline or offline_from_env()
        self.cache = cache or HttpCache()
        self._client = client
        self._own_client = client is None
        self._sleep = sleep
        self._robots: dict[str, RobotsRules] = {}
        self.requests = 0  # requests actually sent (retries included), for summaries
        self.cache_hits = 0

    # -- lifecycle -------------------------------------------------------------------------------
    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the underlying httpx client if we created it."""
        if self._client is not None and self._own_client:
            self._client.close()
            self._client = None

    def _http(self) -> httpx.Client:
        if self._client is None:
            import httpx

            self._client = httpx.Client(follow_redirects=False, headers={"User-Agent": user_agent()})
        return self._client

    # -- public ------------------------------------------------------------------------------------
    def get(self, url: str, *, accept: Iterable[str] | None = None, ttl: float | None = None) -> Response:
        """GET ``url`` with every rule of this module applied; the answer is a 2xx or an error.

        ``accept``: media types the caller can read (e.g. ``["application/json"]``); any other type is a
        :class:`SiteChangedError`. ``ttl``: seconds a cached copy is served without asking (default:
        ``settings.cache_ttl``; 0 always revalidates).
        """
        response = self._fetch(url, ttl=self.settings.cache_ttl if ttl is None else ttl, robots=True)
        if not 200 <= response.status < 300:
            raise FetchError(f"{self.site}: {response.final_url} answered HTTP {response.status}")
        wanted = [a.lower() for a in accept or []]
        if wanted and not any(_media_matches(response.media_type, w) for w in wanted):
            raise SiteChangedError(
                f"{self.site}: expected {' or '.join(wanted)} from {response.final_url} "
                f"but got {response.media_type or 'no content type'}; the site may have changed"
            )
        return response

    def check_allowed(self, url: str) -> None:
        """Raise unless ``url`` is http(s), on an allowed host, and allowed by robots.txt."""
        self._check_offline(url)
        self._check_target(url, redirect=False)
        self._check_robots(url)

    # -- steps ---------------------------------------------------------------------------------------
    def _check_offline(self, url: str) -> None:
        if self.offline:
            raise OfflineError(
                f"{self.site}: offline mode is on (--offline or {OFFLINE_ENV}=1); not fetching {url}"
            )

    def _check_target(self, url: str, *, redirect: bool) -> None:
        parts = urlsplit(url)
        what = "redirect to" if redirect else "URL"
        if parts.scheme not in ("http", "https"):
            raise FetchError(f"{self.site}: refused {what} {url}: only http and https are allowed")
        host = _bare(parts.hostname or "")
        if host not in self.allowed:
            raise FetchError(
                f"{self.site}: refused {what} {url}: host {parts.hostname or '(none)'} is not one of "
                f"{', '.join(sorted(self.allowed))}"
            )

    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        rules = self._robots.get(origin)
        if rules is None:
            rules = self._load_robots(origin)
            self._robots[origin] = rules
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        if not rules.allowed(path):
            raise RobotsDisallowedError(f"{self.site}: robots.txt of {parts.netloc} disallows {path}")

    def _load_robots(self, origin: str) -> RobotsRules:
        url = f"{origin}/robots.txt"
        try:  # a connection failure is raised as it is (FetchError): the page is unreachable anyway
            response = self._fetch(url, ttl=ROBOTS_TTL_S, robots=False, max_bytes=512_000)
        except _RetriesExhausted as exc:  # RFC 9309: robots.txt unavailable (5xx) means do not crawl
            raise RobotsDisallowedError(f"{exc}; refusing to fetch from {urlsplit(origin).netloc}") from None
        if 400 <= response.status < 500:  # RFC 9309: no robots.txt means no restrictions
            return RobotsRules.allow_all()
        if response.status >= 500:
            raise RobotsDisallowedError(
                f"{self.site}: robots.txt of {urlsplit(origin).netloc} answered HTTP {response.status}; "
                "refusing to fetch"
            )
        return RobotsRules.parse(response.text())

    def _fetch(self, url: str, *, ttl: float, robots: bool, max_bytes: int | None = None) -> Response:
        self._check_offline(url)
        self._check_target(url, redirect=False)
        cached = self.cache.load(url)
        if cached is not None and cached.age() < ttl:
            self.cache_hits += 1
            return self._from_cache(cached)
        current, seen = url, {url}
        for _ in range(self.settings.max_redirects + 1):
            if robots:
                self._check_robots(current)
            validators = cached if (cached is not None and current == url) else None
            status, headers, body = self._request(current, validators, max_bytes)
            if status in REDIRECT_CODES and headers.get("location"):
                target = urljoin(current, headers["location"])
                self._check_target(target, redirect=True)
                if target in seen:
                    raise FetchError(f"{self.site}: redirect loop at {target}")
                seen.add(target)
                current = target
                continue
            if status == 304 and validators is not None:
                cached = replace(validators, fetched_at=time.time())
                self._save(cached)
                self.cache_hits += 1
                return self._from_cache(cached)
            response = Response(url, current, status, headers.get("content-type", ""), body, site=self.site)
            if status == 200:
                self._save(
                    CacheEntry(
                        url,
                        current,
                        status,
                        response.content_type,
                        headers.get("etag"),
                        headers.get("last-modified"),
                        time.time(),
                        body,
                    )
                )
            return response
        raise FetchError(f"{self.site}: more than {self.settings.max_redirects} redirects from {url}")

    def _save(self, entry: CacheEntry) -> None:
        with contextlib.suppress(OSError):  # a read-only or full cache folder must not break the fetch
            self.cache.save(entry)

    def _from_cache(self, entry: CacheEntry) -> Response:
        return Response(
            entry.url,
            entry.final_url,
            entry.status,
            entry.content_type,
            entry.body,
            from_cache=True,
            site=self.site,
        )

    def _request(
        self, url: str, validators: CacheEntry | None, max_bytes: int | None
    ) -> tuple[int, dict[str, str], bytes]:
        """One request with retries: (status, lower-cased headers, decoded body)."""
        import httpx

        s = self.settings
        headers = {"User-Agent": user_agent(), "Accept-Encoding": "gzip, deflate"}
        if validators is not None:
            if validators.etag:
                headers["If-None-Match"] = validators.etag
            if validators.last_modified:
                headers["If-Modified-Since"] = validators.last_modified
        host = urlsplit(url).netloc
        for attempt in range(s.max_retries + 1):
            self._wait_turn(host)
            self.requests += 1
            try:
                status, got, body = self._attempt(url, headers, max_bytes or s.max_bytes)
            except _Abort as exc:
                raise FetchError(f"{self.site}: {url}: {exc}") from None
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.RemoteProtocolError) as exc:
                if attempt < s.max_retries and not _is_dns_failure(exc):
                    self._sleep(self._backoff(attempt))
                    continue
                raise FetchError(f"{self.site}: cannot connect to {host} ({_describe(exc)})") from None
            except httpx.TimeoutException as exc:
                raise FetchError(f"{self.site}: {url} timed out ({_describe(exc)})") from None
            except httpx.HTTPError as exc:
                raise FetchError(f"{self.site}: {url} failed ({_describe(exc)})") from None
            if status not in RETRY_CODES:
                return status, got, body
            delay = _retry_after(got.get("retry-after"))
            if delay is not None and delay > s.max_retry_after:
                raise FetchError(
                    f"{self.site}: {host} answered HTTP {status} and asks to wait {delay:.0f} s; "
                    "try again later"
                )
            if attempt == s.max_retries:
                break
            self._sleep(delay if delay is not None else self._backoff(attempt))
        raise _RetriesExhausted(
            f"{self.site}: {url} answered HTTP {status} after {s.max_retries + 1} attempts"
        )

    def _attempt(
        self, url: str, headers: dict[str, str], max_bytes: int
    ) -> tuple[int, dict[str, str], bytes]:
        import httpx

        s = self.settings
        start = time.monotonic()
        timeout = httpx.Timeout(
            connect=min(s.connect_timeout, s.deadline),
            read=min(s.read_timeout, s.deadline),
            write=s.read_timeout,
            pool=s.connect_timeout,
        )
        client = self._http()
        expired = threading.Event()
        watchdog = None
        if self._own_client:  # a server dripping its *headers* never reaches the loop below: cut the socket
            watchdog = threading.Timer(s.deadline, self._expire, (client, expired))
            watchdog.daemon = True
            watchdog.start()
        try:
            with client.stream("GET", url, headers=headers, timeout=timeout) as r:
                got = {k.lower(): v for k, v in r.headers.items()}
                encoding = got.get("content-encoding", "identity").strip().lower()
                length = got.get("content-length", "")
                if encoding == "identity" and length.isdigit() and int(length) > max_bytes:
                    raise _Abort(f"body of {int(length)} bytes is over the {max_bytes}-byte limit")
                if r.is_stream_consumed:  # built in memory (httpx.MockTransport): httpx decoded it already
                    encoding, chunks = "identity", iter([r.content])
                else:
                    chunks = r.iter_raw()  # no chunk_size: it would buffer and hide a slow drip
                decoder = _Decoder(encoding, max_bytes)
                for chunk in chunks:
                    decoder.feed(chunk)
                    if time.monotonic() - start > s.deadline:
                        raise _Abort(f"took longer than the {s.deadline:g} s deadline")
                return r.status_code, got, decoder.finish()
        except Exception:
            if expired.is_set():
                raise _Abort(f"took longer than the {s.deadline:g} s deadline") from None
            raise
        finally:
            if watchdog is not None:
                watchdog.cancel()

    def _expire(self, client: httpx.Client, expired: threading.Event) -> None:
        """Deadline reached mid-request: close our client (the blocked read fails at once)."""
        expired.set()
        if self._client is client:
            self._client = None
        client.close()

    def _wait_turn(self, host: str) -> None:
        state = _host_state(host)
        with state.lock:
            wait = state.last + self.settings.min_interval - time.monotonic()
            if wait > 0:
                self._sleep(wait)
            state.last = time.monotonic()

    def _backoff(self, attempt: int) -> float:
        base = self.settings.backoff * (2**attempt)
        return min(base + random.uniform(0, base / 4), self.settings.max_retry_after)


class _Decoder:
    """Content-Encoding decoding with a hard cap on output, fed chunk by chunk."""

    def __init__(self, encoding: str, max_bytes: int) -> None:
        if encoding not in ("identity", "", "gzip", "x-gzip", "deflate"):
            raise _Abort(f"unsupported Content-Encoding {encoding!r}")
        self.encoding = encoding
        self.max_bytes = max_bytes
        self.out = bytearray()
        self.zlib: Any = None
        if encoding in ("gzip", "x-gzip"):
            self.zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)

    def feed(self, data: bytes) -> None:
        """Decode one raw chunk; :class:`_Abort` past the cap or on a corrupt stream."""
        if self.encoding in ("identity", ""):
            self._add(data)
            return
        if self.zlib is None:  # deflate: zlib-wrapped per the RFC, raw from many servers
            wrapped = len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] * 256 + data[1]) % 31 == 0
            self.zlib = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        try:
            buf = data
            while buf and not self.zlib.eof:
                self._add(self.zlib.decompress(buf, self.max_bytes - len(self.out) + 1))
                buf = self.zlib.unconsumed_tail
        except zlib.error as exc:
            raise _Abort(f"corrupt compressed body ({exc})") from None

    def _add(self, data: bytes) -> None:
        self.out += data
        if len(self.out) > self.max_bytes:
            raise _Abort(f"decoded body is over the {self.max_bytes}-byte limit")

    def finish(self) -> bytes:
        """The whole decoded body."""
        if self.zlib is not None:
            try:
                self._add(self.zlib.flush())
            except zlib.error as exc:
                raise _Abort(f"corrupt compressed body ({exc})") from None
        return bytes(self.out)


def _bare(host: str) -> str:
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def _media_matches(media: str, wanted: str) -> bool:
    if wanted.endswith("/*"):
        return media.startswith(wanted[:-1])
    if wanted == "application/json":
        return media == wanted or media.endswith("+json")
    return media == wanted


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP date); None if absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _is_dns_failure(exc: BaseException) -> bool:
    """A host name that does not resolve: retrying will not help."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, socket.gaierror):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _describe(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__
