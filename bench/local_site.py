"""A web server on 127.0.0.1 for the fetching tests and benchmarks: what it serves is set per
path, and every request is logged (when, which host, which path, which headers).

    with LocalSite() as site:
        site.page("/feed.xml", rss, etag='"v1"', content_type="application/rss+xml")
        site.redirect("/old", "/new")
        site.route("/busy", lambda req: Reply(429, {"Retry-After": "1"}))
        url = site.url("/feed.xml")

It listens on a free port of the loopback address only and never makes a request itself.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Hit:
    at: float  # time.monotonic() when the request arrived
    host: str  # the Host header
    path: str
    headers: dict[str, str]  # lower-case names
    status: int = 0


@dataclass
class Reply:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | Iterable[bytes] = b""
    delay: float = 0.0  # seconds before the answer starts
    drop: bool = False  # close the connection without answering (a broken server)


Handler = Callable[[Hit], Reply]


class LocalSite:
    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {}
        self.log: list[Hit] = []
        self._lock = threading.Lock()
        site = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"  # one request per connection: a test sees each one

            def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
                site._serve(self)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True, name="local-site")

    def __enter__(self) -> LocalSite:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    # ------------------------------------------------------------ what it serves

    def route(self, path: str, handler: Handler) -> None:
        self.routes[path] = handler

    def page(self, path: str, body: bytes | str, *, content_type: str = "text/html; charset=utf-8",
             etag: str | None = None, last_modified: float | None = None, delay: float = 0.0) -> None:  # fmt: skip
        """A resource; with ``etag``/``last_modified`` it answers a matching conditional GET with 304."""
        data = body.encode("utf-8") if isinstance(body, str) else body

        def handler(hit: Hit) -> Reply:
            headers = {"Content-Type": content_type}
            if etag:
                headers["ETag"] = etag
            if last_modified is not None:
                headers["Last-Modified"] = formatdate(last_modified, usegmt=True)
            fresh = (etag and hit.headers.get("if-none-match") == etag) or (
                last_modified is not None
                and hit.headers.get("if-modified-since") == headers.get("Last-Modified")
            )
            if fresh:
                return Reply(304, headers, delay=delay)
            return Reply(200, {**headers, "Content-Length": str(len(data))}, data, delay=delay)

        self.routes[path] = handler

    def redirect(self, path: str, to: str, status: int = 301) -> None:
        self.routes[path] = lambda hit: Reply(status, {"Location": to})

    def hits(self, path: str) -> list[Hit]:
        with self._lock:
            return [h for h in self.log if h.path == path]

    # ------------------------------------------------------------ serving

    def _serve(self, req: BaseHTTPRequestHandler) -> None:
        hit = Hit(
            time.monotonic(),
            req.headers.get("Host", ""),
            req.path,
            {k.lower(): v for k, v in req.headers.items()},
        )
        with self._lock:
            self.log.append(hit)
        handler = self.routes.get(req.path) or self.routes.get(req.path.split("?", 1)[0])
        reply = handler(hit) if handler else Reply(404, {"Content-Type": "text/plain"}, b"not found")
        hit.status = reply.status
        if reply.delay:
            time.sleep(reply.delay)
        if reply.drop:
            req.close_connection = True
            try:
                req.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        try:
            req.send_response(reply.status)
            for name, value in reply.headers.items():
                req.send_header(name, value)
            req.end_headers()
            chunks = [reply.body] if isinstance(reply.body, bytes) else reply.body
            for chunk in chunks:
                req.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client hung up (a response cut off at its size limit)
