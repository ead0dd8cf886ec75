"""HTTP GET with manners: conditional, polite, bounded, retried — over urllib3.

trafilatura's own downloader cannot send ETag/Last-Modified validators, keeps its retries and
pauses to itself (so a 429 cannot hold back the other requests to that host) and refuses local
addresses; storyline needs all three, so it speaks urllib3 (the library trafilatura uses) itself.

One ``get`` follows redirects hop by hop (each hop asks robots.txt and waits for its host's slot),
retries a 429, a 5xx or a broken connection with growing pauses (a Retry-After sets the pause, and
pauses the host for every other request too), streams the body and cuts it off at the size limit
or when the whole response takes too long. It never raises for a network failure: the
``Response`` says what happened in one line.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime
from time import monotonic
from urllib.parse import urljoin, urlsplit

import certifi
import urllib3
from urllib3.exceptions import HTTPError, InvalidHeader, NewConnectionError, ReadTimeoutError
from urllib3.exceptions import TimeoutError as Urllib3Timeout

from storyline.sources.options import Politeness
from storyline.sources.politeness import HostLimiter, Robots, host_of

RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})
ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8"
)
CHUNK = 65536


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Request:
    url: str
    etag: str | None = None
    last_modified: str | None = None
    robots: bool = True  # robots.txt itself is read without asking robots.txt


@dataclass
class Response:
    url: str  # as asked
    final_url: str  # after redirects
    status: int  # 0: no usable answer (see error)
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    body: bytes = b""
    fetched_at: str = ""
    error: str | None = None  # one line when it failed
    redirects: list[str] = field(default_factory=list)
    attempts: int = 1
    transient: bool = False  # a network failure that another try may not meet

    @property
    def ok(self) -> bool:
        return self.error is None and 200 <= self.status < 300

    @property
    def not_modified(self) -> bool:
        return self.error is None and self.status == 304

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")

    def describe(self) -> str:
        """What went wrong, in one line."""
        if self.error:
            return self.error
        return f"HTTP {self.status}"


class _Failed(Exception):
    """A request that got no usable answer; ``retry``: worth trying again."""

    def __init__(self, message: str, retry: bool) -> None:
        super().__init__(message)
        self.retry = retry


class Fetcher:
    """Thread-safe: one per run, shared by every request (its limiter and robots cache are)."""

    def __init__(self, politeness: Politeness | None = None) -> None:
        self.politeness = p = politeness or Politeness()
        self.limiter = HostLimiter(p.delay, p.per_host)
        self._pool = urllib3.PoolManager(
            num_pools=64, maxsize=max(p.per_host, 1), block=False, cert_reqs="CERT_REQUIRED", ca_certs=certifi.where()
        )  # fmt: skip
        self._headers = {
            **urllib3.util.make_headers(accept_encoding=True),
            "User-Agent": p.agent,
            "Accept": ACCEPT,
        }
        self.robots = Robots(p.robots_token, self._robots_txt, self.limiter, p.max_crawl_delay)
        self.requests = 0  # HTTP requests sent (each retry and redirect hop counts)
        self._count = threading.Lock()

    def close(self) -> None:
        self._pool.clear()

    # ------------------------------------------------------------ one URL

    def get(self, request: Request | str) -> Response:
        req = Request(request) if isinstance(request, str) else request
        current, redirects, attempts = req.url, [], 0
        while True:
            if req.robots and self.politeness.robots and not self.robots.allowed(current):
                return Response(req.url, current, 0, fetched_at=now_iso(), redirects=redirects,
                                error=f"not allowed by robots.txt of {host_of(current)}")  # fmt: skip
            resp = self._with_retries(current, req)
            attempts += resp.attempts
            resp.url, resp.redirects, resp.attempts = req.url, redirects, attempts
            location = resp.headers.get("location")
            if resp.status not in REDIRECT_STATUS or not location or resp.error:
                return resp
            if len(redirects) >= self.politeness.max_redirects:
                resp.error = f"more than {self.politeness.max_redirects} redirects"
                return resp
            nxt = urljoin(current, location.strip())
            if urlsplit(nxt).scheme not in ("http", "https"):
                resp.error = f"redirected to a non-web address ({nxt[:80]})"
                return resp
            redirects.append(current)
            current = nxt

    def _headers_for(self, req: Request) -> dict[str, str]:
        headers = dict(self._headers)
        if req.etag:
            headers["If-None-Match"] = req.etag
        if req.last_modified:
            headers["If-Modified-Since"] = req.last_modified
        return headers

    def _with_retries(self, url: str, req: Request) -> Response:
        p = self.politeness
        host = host_of(url)
        for attempt in range(p.retries + 1):
            resp = self._once(url, host, self._headers_for(req))
            resp.attempts = attempt + 1
            if not (resp.status in RETRY_STATUS or resp.transient) or attempt == p.retries:
                break
            pause = _retry_after(resp.headers.get("retry-after"))
            if pause is None:
                pause = p.backoff * 2**attempt * (1 + random.random() / 4)  # jitter: no herd of retries
            if pause > p.max_wait:
                resp.error = (
                    f"HTTP {resp.status}: asked to wait {pause:.0f} s (more than {p.max_wait:g} s); next time"
                )
                return resp
            self.limiter.pause(host, pause)  # every request to this host waits, not only this one
        if resp.status in RETRY_STATUS and resp.error is None:
            resp.error = f"HTTP {resp.status} after {resp.attempts} tries"
        return resp

    def _once(self, url: str, host: str, headers: dict[str, str]) -> Response:
        p = self.politeness
        self.limiter.acquire(host)
        try:
            with self._count:
                self.requests += 1
            started = monotonic()
            try:
                raw = self._pool.request(
                    "GET", url, headers=headers, redirect=False, retries=False, preload_content=False,
                    timeout=urllib3.Timeout(connect=p.connect_timeout, read=p.read_timeout),
                )  # fmt: skip
            except (HTTPError, OSError) as exc:
                return Response(
                    url, url, 0, fetched_at=now_iso(), error=_network_error(exc, p), transient=True
                )
            resp = Response(
                url, url, raw.status, {k.lower(): v for k, v in raw.headers.items()}, fetched_at=now_iso()
            )
            try:
                resp.body = self._body(raw, started)
            except _Failed as exc:
                resp.error, resp.transient = str(exc), exc.retry
                if exc.retry:
                    resp.status = 0
            finally:
                raw.release_conn()
            return resp
        finally:
            self.limiter.release(host)

    def _body(self, raw: urllib3.BaseHTTPResponse, started: float) -> bytes:
        p = self.politeness
        limit = p.max_bytes
        declared = raw.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raw.close()  # never read what is known to be too large
            raise _Failed(
                f"response too large ({int(declared) / 1e6:.1f} MB > {limit / 1e6:g} MB limit), skipped",
                False,
            )
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in raw.stream(CHUNK, decode_content=True):
                size += len(chunk)
                if size > limit:
                    raw.close()
                    raise _Failed(
                        f"response too large (over the {limit / 1e6:g} MB limit), cut off and skipped", False
                    )
                if monotonic() - started > p.total_timeout:
                    raw.close()
                    raise _Failed(f"too slow: no complete answer in {p.total_timeout:g} s", True)
                chunks.append(chunk)
        except (HTTPError, OSError) as exc:
            raw.close()
            raise _Failed(_network_error(exc, p), True) from None
        return b"".join(chunks)

    def _robots_txt(self, url: str) -> tuple[int, bytes]:
        resp = self.get(Request(url, robots=False))
        return (0 if resp.error and not resp.status else resp.status), resp.body

    # ------------------------------------------------------------ many URLs

    def get_all(self, requests: Iterable[Request | str]) -> Iterator[Response]:
        """Responses as they complete, ``concurrency`` requests in flight, hosts taken in turn (a
        long list from one host does not hold the others back); the generator may be dropped early."""
        todo = iter(_interleave([Request(r) if isinstance(r, str) else r for r in requests]))
        window = max(1, self.politeness.concurrency)
        pool = ThreadPoolExecutor(window, thread_name_prefix="storyline-fetch")
        pending: set[Future[Response]] = set()
        try:
            for req in todo:
                pending.add(pool.submit(self.get, req))
                if len(pending) >= window * 2:
                    break
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    nxt = next(todo, None)
                    if nxt is not None:
                        pending.add(pool.submit(self.get, nxt))
                    yield future.result()
        finally:
            pool.shutdown(wait=False, cancel_futures=True)


def _interleave(requests: list[Request]) -> list[Request]:
    """Round-robin over hosts, each host's URLs in their order."""
    by_host: dict[str, list[Request]] = {}
    for r in requests:
        by_host.setdefault(host_of(r.url), []).append(r)
    out: list[Request] = []
    queues = list(by_host.values())
    for i in range(max((len(q) for q in queues), default=0)):
        out.extend(q[i] for q in queues if i < len(q))
    return out


def _retry_after(value: str | None) -> float | None:
    """Seconds a Retry-After asks for (a number or an HTTP date), None when absent or unreadable."""
    if not value:
        return None
    try:
        return max(0.0, urllib3.util.Retry().parse_retry_after(value))
    except (InvalidHeader, ValueError, OverflowError):
        return None


def _network_error(exc: BaseException, p: Politeness) -> str:
    if isinstance(exc, ReadTimeoutError | Urllib3Timeout | TimeoutError):
        return f"no answer within {p.read_timeout:g} s"
    if isinstance(exc, NewConnectionError):
        return f"cannot connect: {_reason(exc)}"
    return f"connection failed: {_reason(exc)}"


def _reason(exc: BaseException) -> str:
    text = str(getattr(exc, "reason", None) or exc)
    return " ".join(text.split())[-120:]
