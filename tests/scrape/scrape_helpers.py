"""Test helpers of the scraper tests: a loopback HTTP server with per-path handlers and fixture readers."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parent / "fixtures"

Handler = Callable[["Request"], None]


class Request(BaseHTTPRequestHandler):
    """Dispatches GETs to the server's ``routes`` by path (``/robots.txt`` answers 404 unless routed)."""

    protocol_version = "HTTP/1.1"
    server: LocalServer

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self.server.log.append((self.path, dict(self.headers.items())))
        path = self.path.split("?", 1)[0]
        handler = self.server.routes.get(self.path) or self.server.routes.get(path)
        if handler is None:
            self.send_body(404, b"not found", "text/plain")
            return
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            handler(self)

    @property
    def query(self) -> dict[str, str]:
        from urllib.parse import parse_qsl, urlsplit

        return dict(parse_qsl(urlsplit(self.path).query, keep_blank_values=True))

    def send_body(
        self,
        status: int,
        body: bytes,
        content_type: str = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def send_json(self, data: Any, status: int = 200) -> None:
        self.send_body(status, json.dumps(data).encode(), "application/json")

    def log_message(self, *args: Any) -> None:  # keep test output clean
        pass


class LocalServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Request)
        self.routes: dict[str, Handler] = {}
        self.log: list[tuple[str, dict[str, str]]] = []

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients that hang up mid-answer are what the fault tests do on purpose: stay quiet."""
        import sys

        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def paths(self) -> list[str]:
        return [p for p, _ in self.log if not p.startswith("/robots.txt")]

    def static(
        self,
        path: str,
        body: bytes | str,
        content_type: str = "text/html; charset=utf-8",
        status: int = 200,
        headers: dict[str, str] | None = None,
    ) -> None:
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = lambda r: r.send_body(status, data, content_type, headers)


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def fixture_json(name: str) -> Any:
    return json.loads(fixture_bytes(name))
