"""Per-host manners: how often and how many requests at once, and what robots.txt allows.

``HostLimiter`` hands out request slots per host (scheme and host:port): at most ``per_host`` at a
time, each starting at least ``delay`` seconds after the previous one, and none while the host
asked us to wait (a 429's Retry-After, a backoff after a 5xx). Slots are handed out under one
lock, so the spacing holds across threads.

``Robots`` reads each host's robots.txt once an hour with the standard library's parser and
answers as RFC 9309 says: a robots.txt that is missing (4xx) allows everything; one that cannot be
had (5xx, no answer) allows nothing for now, since the site may be saying "stay away".
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

ROBOTS_TTL = 3600.0  # seconds a robots.txt is trusted before it is read again
UNREACHABLE_TTL = 300.0  # a robots.txt that could not be had is asked for again after this


def host_of(url: str) -> str:
    """The politeness unit: scheme, host and port ("https://example.org", "http://127.0.0.1:8080")."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


@dataclass
class _Host:
    delay: float
    active: int = 0
    next_start: float = 0.0  # monotonic time before which no request may start


class HostLimiter:
    def __init__(self, delay: float, per_host: int) -> None:
        self.delay = max(0.0, delay)
        self.per_host = max(1, per_host)
        self._hosts: dict[str, _Host] = {}
        self._cond = threading.Condition()

    def _host(self, host: str) -> _Host:
        if host not in self._hosts:
            self._hosts[host] = _Host(self.delay)
        return self._hosts[host]

    def acquire(self, host: str) -> None:
        """Wait for a slot on ``host``; every acquire must be followed by one ``release``."""
        with self._cond:
            h = self._host(host)
            while True:
                now = time.monotonic()
                if h.active < self.per_host and now >= h.next_start:
                    h.active += 1
                    h.next_start = now + h.delay
                    return
                # a slot frees on release (notified); a pause ends by the clock
                self._cond.wait(None if h.active >= self.per_host else h.next_start - now)

    def release(self, host: str) -> None:
        with self._cond:
            self._host(host).active -= 1
            self._cond.notify_all()

    def pause(self, host: str, seconds: float) -> None:
        """No new request to ``host`` for ``seconds`` (it said it is overloaded)."""
        with self._cond:
            h = self._host(host)
            h.next_start = max(h.next_start, time.monotonic() + seconds)

    def slow_down(self, host: str, delay: float) -> None:
        """At least ``delay`` seconds between requests to ``host`` (robots.txt Crawl-delay)."""
        with self._cond:
            h = self._host(host)
            h.delay = max(h.delay, delay)


@dataclass
class _Rules:
    parser: RobotFileParser | None  # None: nothing allowed (robots.txt could not be had)
    expires: float


class Robots:
    """``fetch(url) -> (status, body)`` reads one robots.txt (status 0: no answer); it is called
    at most once per host and hour, never twice at once for one host."""

    def __init__(self, token: str, fetch: Callable[[str], tuple[int, bytes]], limiter: HostLimiter,
                 max_crawl_delay: float) -> None:  # fmt: skip
        self.token = token
        self.fetch = fetch
        self.limiter = limiter
        self.max_crawl_delay = max_crawl_delay
        self._rules: dict[str, _Rules] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def allowed(self, url: str) -> bool:
        rules = self._rules_for(host_of(url))
        return rules.parser is not None and rules.parser.can_fetch(self.token, url)

    def _rules_for(self, host: str) -> _Rules:
        with self._lock:
            lock = self._locks.setdefault(host, threading.Lock())
        with lock:
            rules = self._rules.get(host)
            if rules is None or rules.expires < time.monotonic():
                rules = self._rules[host] = self._read(host)
            return rules

    def _read(self, host: str) -> _Rules:
        status, body = self.fetch(host + "/robots.txt")
        now = time.monotonic()
        if status == 0 or status >= 500:
            return _Rules(None, now + UNREACHABLE_TTL)
        parser = RobotFileParser()
        parser.parse(body.decode("utf-8", "replace").splitlines() if 200 <= status < 300 else [])
        if not 200 <= status < 300:  # 4xx: no robots.txt, no rules
            parser.allow_all = True
        delay = parser.crawl_delay(self.token)
        rate = parser.request_rate(self.token)
        wanted = max(float(delay or 0), rate.seconds / rate.requests if rate and rate.requests else 0.0)
        if wanted:
            self.limiter.slow_down(host, min(wanted, self.max_crawl_delay))
        return _Rules(parser, now + ROBOTS_TTL)

    def sitemaps(self, url: str) -> list[str]:
        """The sitemaps the host's robots.txt names (read for the rules anyway)."""
        rules = self._rules_for(host_of(url))
        return list(rules.parser.site_maps() or []) if rules.parser is not None else []
