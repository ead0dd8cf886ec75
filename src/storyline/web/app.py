"""The web app: ``create_app(Settings(db=...))`` → an ASGI app (FastAPI) with the pages and the
JSON API under ``/api/v1`` on one store.

Who is asking: an API token (``Authorization: Bearer slt_…``), else a login session, else — when
authentication is off (the default on 127.0.0.1) — the one local user, who may do everything.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from storyline import __version__
from storyline.api import Store
from storyline.web import security
from storyline.web.jobs import JobRunner
from storyline.web.security import CSRF_COOKIE, SESSION_COOKIE, RateLimiter, Sessions
from storyline.web.state import StoreState
from storyline.web.users import User, token_user

API = "/api/v1"
MB = 1_000_000


@dataclass
class Settings:
    db: str = "storyline.db"
    auth: bool = False  # log in required (always on when not bound to a loopback address)
    secure_cookies: bool = False  # cookies only over HTTPS (set it behind a TLS proxy)
    rate_limit: int = 600  # requests per minute per token, session or address (0: no limit)
    max_upload_mb: int = 50
    search_timeout_s: float = 2.0
    run_jobs_inline: bool = False  # tests: a job runs inside the request that starts it
    local_user: str = field(default_factory=lambda: _os_user())


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "local"


@dataclass
class Web:
    settings: Settings
    store: Store
    state: StoreState
    jobs: JobRunner
    sessions: Sessions
    limiter: RateLimiter
    templates: Environment


def create_app(settings: Settings) -> FastAPI:
    store = Store(settings.db, create=False)
    uploads = Path(f"{store.path}-uploads") if store.path else Path.cwd() / "storyline-uploads"
    web = Web(
        settings=settings, store=store, state=StoreState(store, settings.search_timeout_s),
        jobs=JobRunner(store, uploads, run_inline=settings.run_jobs_inline), sessions=Sessions(),
        limiter=RateLimiter(settings.rate_limit), templates=_templates(),
    )  # fmt: skip
    app = FastAPI(
        title="storyline",
        version=__version__,
        description="Stories, entities, events, figures, quotes, claims and disagreements found in a store of "
        "multilingual news, every item with its evidence (document and span). Read endpoints take an API token "
        "(`Authorization: Bearer …`) when the server asks for logins.",
        openapi_url=f"{API}/openapi.json",
        docs_url=None,  # FastAPI's docs page loads its script from a CDN: routes_pages serves our own
        redoc_url=None,
        lifespan=_lifespan,
    )
    app.state.web = web
    from storyline.web import routes_api, routes_pages

    app.include_router(routes_api.router, prefix=API)
    app.include_router(routes_pages.router)  # before the static mount: it serves /static/report.css
    static = resources.files("storyline.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.middleware("http")
    async def guard(request: Request, call_next: Any) -> Response:
        user, key = _who(web, request)
        request.state.user = user
        wait = web.limiter.allow(key)
        if wait:
            response: Response = JSONResponse(
                {"detail": f"too many requests: at most {settings.rate_limit} a minute; retry in {wait:.0f} s"},
                status_code=429, headers={"retry-after": str(max(1, round(wait)))},
            )  # fmt: skip
        else:
            response = await call_next(request)
        for name, value in security.HEADERS.items():
            response.headers.setdefault(name, value)
        if not request.cookies.get(CSRF_COOKIE) and getattr(request.state, "csrf", None):
            set_cookie(response, request, CSRF_COOKIE, request.state.csrf)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        headers = getattr(exc, "headers", None)
        if _is_api(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=headers)
        if exc.status_code == 401:
            return RedirectResponse(f"/login?next={_safe_next(request.url.path)}", status_code=303)
        return page(request, "error.html", {"status": exc.status_code, "detail": exc.detail}, exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        problems = [
            f"{'.'.join(str(p) for p in e.get('loc', []) if p not in ('query', 'path', 'body'))}: {e.get('msg')}"
            for e in exc.errors()
        ]
        detail = "bad request: " + "; ".join(problems)
        if _is_api(request):
            return JSONResponse({"detail": detail, "errors": _plain(exc.errors())}, status_code=422)
        return page(request, "error.html", {"status": 422, "detail": detail}, 422)

    return app


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    web: Web = app.state.web
    # The first snapshot imports the linking code and the first search loads the base-form data
    # of the store's languages (seconds each): done while the server starts, not on a first page.
    threading.Thread(target=web.state.warm_up, name="storyline-warm-up", daemon=True).start()
    yield
    web.jobs.stop()
    web.state.close()


def _plain(errors: Any) -> Any:
    return json.loads(json.dumps(errors, default=str))


def _is_api(request: Request) -> bool:
    return request.url.path.startswith(API)


def _safe_next(path: str) -> str:
    from urllib.parse import quote

    return quote(path if path.startswith("/") and not path.startswith("//") else "/", safe="/")


def _who(web: Web, request: Request) -> tuple[User | None, str]:
    """The user behind a request and the key its rate is counted under."""
    client = request.client.host if request.client else "?"
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        token = header[7:].strip()
        user = token_user(web.store, token) if token else None
        request.state.bearer = True
        request.state.bad_token = user is None
        return user, "t:" + hashlib.sha256(token.encode()).hexdigest()[:16]
    request.state.bearer = False
    request.state.bad_token = False
    session = web.sessions.get(request.cookies.get(SESSION_COOKIE))
    if session is not None:
        return session.user, "s:" + session.user.name
    if not web.settings.auth:
        return User(web.settings.local_user, "admin"), "ip:" + client
    return None, "ip:" + client


def set_cookie(
    response: Response, request: Request, name: str, value: str, max_age: int | None = None
) -> None:
    web: Web = request.app.state.web
    response.set_cookie(name, value, max_age=max_age, httponly=True, samesite="strict", path="/",
                        secure=web.settings.secure_cookies or request.url.scheme == "https")  # fmt: skip


def csrf_token(request: Request) -> str:
    """The token this client's forms carry (a new one is set as a cookie with the response)."""
    token = request.cookies.get(CSRF_COOKIE) or getattr(request.state, "csrf", None)
    if not token:
        token = security.new_csrf()
        request.state.csrf = token
    return token


def _templates() -> Environment:
    env = Environment(loader=PackageLoader("storyline.web", "templates"), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True)  # fmt: skip
    from storyline.web import template_helpers

    env.globals.update(template_helpers.GLOBALS)
    env.filters.update(template_helpers.FILTERS)
    return env


def page(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    web: Web = request.app.state.web
    user: User | None = getattr(request.state, "user", None)
    ctx = {"request": request, "user": user, "auth": web.settings.auth, "csrf": csrf_token(request),
           "path": request.url.path, "version": __version__, **context}  # fmt: skip
    html = web.templates.get_template(name).render(ctx)
    return Response(html, status_code=status, media_type="text/html; charset=utf-8",
                    headers={"cache-control": "no-store"})  # fmt: skip


def require(request: Request, role: str) -> User:
    """The user, who must hold at least ``role``: 401 when nobody is logged in, 403 otherwise."""
    user: User | None = getattr(request.state, "user", None)
    if getattr(request.state, "bad_token", False):
        raise HTTPException(401, "unknown API token", headers={"www-authenticate": "Bearer"})
    if user is None:
        raise HTTPException(
            401, "log in first (or send an API token)", headers={"www-authenticate": "Bearer"}
        )
    if not user.can(role):
        raise HTTPException(403, f"this needs the {role} role; {user.name} is a {user.role}")
    return user


def check_csrf(request: Request, sent: str | None) -> None:
    """Writes from a browser must carry the CSRF token. An API-token request carries no ambient
    credential and needs none; nor, with logins off, does a script's request (no ``Origin`` or
    ``Sec-Fetch-Site`` header: every current browser sends one on a POST or DELETE, so a page on
    another site cannot pass for a script)."""
    if getattr(request.state, "bearer", False):
        return
    web: Web = request.app.state.web
    from_browser = "origin" in request.headers or "sec-fetch-site" in request.headers
    if not web.settings.auth and not from_browser and SESSION_COOKIE not in request.cookies:
        return
    if not security.csrf_ok(
        request.cookies.get(CSRF_COOKIE), sent or request.headers.get(security.CSRF_HEADER)
    ):
        raise HTTPException(
            403, "the form is stale or came from elsewhere (CSRF check failed): reload the page and try again"
        )
