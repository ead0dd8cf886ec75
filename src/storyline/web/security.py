"""Sessions, CSRF, rate limits, request size and the response headers every page carries.

- Sessions live in memory (a restart logs everyone out): a random id in an HttpOnly,
  SameSite=Strict cookie, Secure when the app is served over HTTPS (or told it is).
- CSRF: every form and every cookie-authenticated write carries a token that must equal the
  ``sl_csrf`` cookie (double submit; the cookie is SameSite=Strict, so another site can neither
  send nor read it). Requests with an API token carry no ambient credential and need none.
- Content-Security-Policy: scripts only from the app itself (no inline script, no eval); the
  drawn timeline colours its marks with style attributes, so only those are allowed inline.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from storyline.web.users import User

SESSION_COOKIE = "sl_session"
CSRF_COOKIE = "sl_csrf"
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"
SESSION_TTL_S = 12 * 3600
MAX_SESSIONS = 10_000

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}


@dataclass
class Session:
    user: User
    expires: float


class Sessions:
    def __init__(self) -> None:
        self._items: OrderedDict[str, Session] = OrderedDict()
        self._lock = threading.Lock()

    def open(self, user: User) -> str:
        sid = secrets.token_urlsafe(32)
        with self._lock:
            self._items[sid] = Session(user, time.time() + SESSION_TTL_S)
            while len(self._items) > MAX_SESSIONS:
                self._items.popitem(last=False)
        return sid

    def get(self, sid: str | None) -> Session | None:
        if not sid:
            return None
        with self._lock:
            session = self._items.get(sid)
            if session is None:
                return None
            if session.expires < time.time():
                del self._items[sid]
                return None
            return session

    def close(self, sid: str | None) -> None:
        with self._lock:
            self._items.pop(sid or "", None)

    def drop_user(self, name: str) -> None:
        with self._lock:
            for sid in [s for s, v in self._items.items() if v.user.name == name]:
                del self._items[sid]


def new_csrf() -> str:
    return secrets.token_urlsafe(24)


def csrf_ok(cookie: str | None, sent: str | None) -> bool:
    return bool(cookie) and bool(sent) and hmac.compare_digest(str(cookie), str(sent))


class RateLimiter:
    """A token bucket per client key: ``per_minute`` requests, bursts up to a tenth of that
    (at least 20) at once. ``per_minute=0`` turns it off."""

    def __init__(self, per_minute: int) -> None:
        self.rate = per_minute / 60.0
        self.burst = max(20.0, per_minute / 10)
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def allow(self, key: str) -> float:
        """0 when the request may go on, else the seconds to wait."""
        if self.rate <= 0:
            return 0.0
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.pop(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            wait = 0.0 if tokens >= 1 else (1 - tokens) / self.rate
            self._buckets[key] = (tokens - 1 if tokens >= 1 else tokens, now)
            while len(self._buckets) > 100_000:
                self._buckets.popitem(last=False)
        return wait


class BodyLimit:
    """An ASGI middleware that refuses a request body over ``limit`` bytes with 413, whether it
    says its length up front or streams it."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await _too_large(send, self.limit)
            return
        seen = 0
        started = False

        async def limited_receive() -> dict[str, Any]:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge
            return message

        async def tracking_send(message: dict[str, Any]) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await _too_large(send, self.limit)


class _TooLarge(Exception):
    pass


async def _too_large(send: Any, limit: int) -> None:
    body = f'{{"detail": "request body too large: at most {limit // 1_000_000} MB"}}'.encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *((k.encode(), v.encode()) for k, v in HEADERS.items())]})  # fmt: skip
    await send({"type": "http.response.body", "body": body})
