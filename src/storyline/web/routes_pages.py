"""The pages: server-rendered HTML (Jinja, every value escaped), with one small script of the
app's own for the evidence links, the document panel and job progress."""

from __future__ import annotations

import json
import re
from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import RedirectResponse, Response

from storyline.export.report_format import esc
from storyline.names import fold
from storyline.web import queries, render
from storyline.web.app import SESSION_COOKIE, Web, check_csrf, page, require, set_cookie
from storyline.web.corrections import CorrectionIn, submit_correction, undo_correction
from storyline.web.ingest_upload import start_ingest
from storyline.web.jobs import get_job, list_jobs
from storyline.web.routes_api import (
    DATE,
    document_data,
    entity_data,
    export_response,
    export_store,
    search_data,
    story_items,
)
from storyline.web.search import SearchTimeout
from storyline.web.users import check_password

router = APIRouter(include_in_schema=False)
PER_PAGE = 25
DOCS_ON_STORY_PAGE = 100
QUOTES_ON_PAGE = 200
MENTIONS_PER_PAGE = 50


def _web(request: Request) -> Web:
    return request.app.state.web


def _pages(total: int, page: int, per_page: int) -> dict[str, Any]:
    last = max(1, -(-total // per_page))
    return {"page": page, "last": last, "total": total, "per_page": per_page}


def _script_json(data: Any) -> str:
    """JSON for a ``<script type="application/json">`` block: never ends the block early."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


@router.get("/static/report.css")
def report_css() -> Response:
    """The HTML report's stylesheet, which the app's pages share (one file, two uses)."""
    from storyline.export.html import _asset

    return Response(_asset("report.css"), media_type="text/css", headers={"cache-control": "max-age=3600"})


@router.get("/api/v1/docs")
def api_docs(request: Request) -> Response:
    """The API's reference, drawn from its OpenAPI document on the server (FastAPI's own docs page
    loads its script from a CDN, which this app never does)."""
    spec = request.app.openapi()
    endpoints = []
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            params = [
                {"name": p["name"], "in": p["in"], "required": p.get("required", False),
                 "type": _schema_text(p.get("schema", {})), "about": p.get("description", "")}
                for p in op.get("parameters", [])
            ]  # fmt: skip
            body = op.get("requestBody", {}).get("content", {})
            endpoints.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                              "about": op.get("description", ""), "params": params, "body": ", ".join(body),
                              "tags": op.get("tags", [])})  # fmt: skip
    return page(request, "api.html", {"spec": spec, "endpoints": endpoints})


def _schema_text(schema: dict[str, Any]) -> str:
    if "enum" in schema:
        return " | ".join(str(v) for v in schema["enum"])
    if "anyOf" in schema:
        return " | ".join(_schema_text(s) for s in schema["anyOf"] if s.get("type") != "null")
    return str(schema.get("type", ""))


# ---------------------------------------------------------------- stories


@router.get("/")
def stories_page(
    request: Request, page_no: Annotated[int, Query(alias="page", ge=1, le=1_000_000)] = 1,
    lang: Annotated[str | None, Query(max_length=20)] = None,
    since: Annotated[str | None, Query(max_length=10)] = None, until: Annotated[str | None, Query(max_length=10)] = None,
    entity: Annotated[str | None, Query(max_length=200)] = None, outlet: Annotated[str | None, Query(max_length=200)] = None,
    conflicts: Annotated[str | None, Query(max_length=5)] = None,
    sort: Annotated[str, Query(max_length=10)] = "newest",
) -> Response:  # fmt: skip
    require(request, "viewer")
    web = _web(request)
    snap = web.state.snapshot()
    problems = [f"{name} must be a date (YYYY, YYYY-MM or YYYY-MM-DD)" for name, v in (("since", since), ("until", until))
                if v and not re.match(DATE, v)]  # fmt: skip
    if sort not in queries.SORTS:
        problems.append(f"sort must be one of {', '.join(queries.SORTS)}")
    entity_id, entity_note = _entity_filter(web, snap, entity)
    params = {"lang": lang, "since": since, "until": until, "entity": entity, "outlet": outlet,
              "conflicts": conflicts, "sort": sort}  # fmt: skip
    found = [] if problems else queries.filter_stories(snap, queries.StoryFilter(
        lang or None, since or None, until or None, entity_id, outlet or None,
        {"yes": True, "no": False}.get(conflicts or ""), sort))  # fmt: skip
    start = (page_no - 1) * PER_PAGE
    languages = sorted({lang for s in snap.stories.values() for lang in s.languages})
    outlets = sorted({o for s in snap.stories.values() for o in s.outlets})
    return page(request, "stories.html", {
        "stories": found[start : start + PER_PAGE], "pages": _pages(len(found), page_no, PER_PAGE), "params": params,
        "languages": languages, "outlets": outlets, "problems": problems, "entity_note": entity_note,
        "names": snap.names, "snap": snap, "sorts": queries.SORTS,
    })  # fmt: skip


def _entity_filter(web: Web, snap: Any, value: str | None) -> tuple[str | None, str | None]:
    """An entity filter given as an id or as a name in any script."""
    if not value:
        return None, None
    if value in snap.entities:
        return value, None
    try:
        hits, _ = web.state.search.search(value, "entity", 1, 0)
    except SearchTimeout:
        hits = []
    if hits and hits[0].ref in snap.entities:
        return hits[0].ref, f"entity: {snap.names.get(hits[0].ref)} ({hits[0].ref})"
    folded = fold(value)
    for e in snap.entities.values():
        if fold(e.name) == folded:
            return e.id, f"entity: {e.name} ({e.id})"
    return "-", f"no entity named {value!r}"


@router.get("/stories/{story_id}")
def story_page(
    request: Request, story_id: str, zoom_from: Annotated[str | None, Query(alias="from", max_length=10)] = None,
    zoom_to: Annotated[str | None, Query(alias="to", max_length=10)] = None,
) -> Response:  # fmt: skip
    require(request, "viewer")
    web = _web(request)
    snap = web.state.snapshot()
    story = snap.stories.get(story_id)
    if story is None:
        raise HTTPException(404, f"no story {story_id!r}")
    lo = zoom_from if zoom_from and re.match(r"^\d{4}-\d{2}-\d{2}$", zoom_from) else None
    hi = zoom_to if zoom_to and re.match(r"^\d{4}-\d{2}-\d{2}$", zoom_to) else None
    drawn = web.state.memo(
        snap, ("story", story_id, lo, hi), lambda: _draw_story(web, snap, story_id, lo, hi)
    )
    docs = [snap.docs[d] for d in story.documents if d in snap.docs]
    return page(request, "story.html", {
        "story": story, "docs": docs[:DOCS_ON_STORY_PAGE], "doc_total": len(docs), "names": snap.names,
        "lo": lo, "hi": hi, **drawn,
    })  # fmt: skip


def _draw_story(web: Web, snap: Any, story_id: str, lo: str | None, hi: str | None) -> dict[str, Any]:
    """The story page's drawn parts (the HTML report's own code) and its script data."""
    story = snap.stories[story_id]
    items = story_items(web, snap, story_id)
    counts = {k: len(v) for k, v in items.items()}
    # a story of hundreds of documents has thousands of quotes: the page shows the first ones
    # and links to the rest in the API, so it stays quick to load
    shown = {**items, "quotes": items["quotes"][:QUOTES_ON_PAGE]}
    index = render.story_index(snap, story_id, shown, with_mentions=True)
    window = render.event_window(items["events"])
    # the drawn timeline lists what the CLI and the report list: low-confidence events stay in the
    # API's items (with "listed": false), not on the page
    events = [e for e in items["events"] if e.get("listed", True) and render.in_window(e, lo, hi)]
    sections = {
        "timeline": render.timeline(index, events, story.title),
        "figures": render.figures_and_conflicts(index, items["events"], items["figures"], items["conflicts"]),
        "claims": render.claims(index, items["claims"]),
        "quotes": render.quotes(index),
        "graph": render.graph(index),
    }
    why = [
        {"kind": w.get("kind", ""), "label": snap.names.get(w.get("id", ""), w.get("id", "")) if w.get("kind") == "entity"
         else w.get("id", ""), "id": w.get("id"), "weight": w.get("weight")}
        for w in story.why
    ]  # fmt: skip
    return {
        "sections": sections, "why": why, "counts": counts, "quotes_shown": len(shown["quotes"]),
        "zoom": render.zoom_links(window, lo, hi) if window else None, "window": window,
        "data": _script_json(index.script_data()),
    }  # fmt: skip


# ---------------------------------------------------------------- documents


@router.get("/documents")
def documents_page(
    request: Request, page_no: Annotated[int, Query(alias="page", ge=1, le=1_000_000)] = 1,
    story: Annotated[str | None, Query(max_length=200)] = None, lang: Annotated[str | None, Query(max_length=20)] = None,
) -> Response:  # fmt: skip
    require(request, "viewer")
    snap = _web(request).state.snapshot()
    docs = [d for d in snap.docs.values() if (not story or d.story == story) and (not lang or d.lang == lang)]
    start = (page_no - 1) * PER_PAGE * 2
    return page(request, "documents.html", {
        "docs": docs[start : start + PER_PAGE * 2], "pages": _pages(len(docs), page_no, PER_PAGE * 2),
        "params": {"story": story, "lang": lang}, "story": snap.stories.get(story or ""), "snap": snap,
    })  # fmt: skip


@router.get("/documents/{doc_id}")
def document_page(
    request: Request, doc_id: str, hl: Annotated[str | None, Query(max_length=2000)] = None
) -> Response:
    require(request, "viewer")
    web = _web(request)
    snap = web.state.snapshot()
    data = document_data(web, snap, doc_id)
    marks = _marks(hl)
    from storyline.web.template_helpers import segments

    findings = data["findings"]
    return page(request, "document.html", {
        "doc": data, "meta": snap.docs[doc_id], "segments": segments(data["text"], findings, marks),
        "findings": findings, "story": snap.stories.get(data.get("story") or ""), "snap": snap,
        "passages": [{**p, "snippet": data["text"][p["start"] : min(p["end"], p["start"] + 80)]} for p in data["passages"]],
        "data": _script_json({"findings": findings, "story": data.get("story")}), "marked": bool(marks),
    })  # fmt: skip


def _marks(hl: str | None) -> list[tuple[int, int]]:
    """``hl=12-30,55-61``: spans to highlight (the evidence a link came from)."""
    out = []
    for part in (hl or "").split(",")[:200]:
        a, _, b = part.partition("-")
        if a.isdigit() and b.isdigit() and int(a) < int(b):
            out.append((int(a), int(b)))
    return out


@router.get("/documents/{doc_id}/raw")
def raw_page(request: Request, doc_id: str) -> Response:
    require(request, "viewer")
    web = _web(request)
    raw = web.store.raw(doc_id) if doc_id in web.state.snapshot().docs else None
    if raw is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    return Response(raw, media_type="application/octet-stream",
                    headers={"content-disposition": f'attachment; filename="{doc_id}.raw"'})  # fmt: skip


# ---------------------------------------------------------------- entities


@router.get("/entities")
def entities_page(
    request: Request, page_no: Annotated[int, Query(alias="page", ge=1, le=1_000_000)] = 1,
    type: Annotated[str | None, Query(max_length=5)] = None, all: bool = False,
) -> Response:  # fmt: skip
    from storyline.analyse.entity_confidence import listed_of

    require(request, "viewer")
    snap = _web(request).state.snapshot()
    ranked = sorted((e for e in snap.entities.values() if not type or e.type == type),
                    key=lambda e: (-len(e.mentions), e.name))  # fmt: skip
    # the less certain names are folded behind a link, as the timeline folds its weak events
    folded = 0
    if not all:
        ranked, less = listed_of(ranked)
        folded = len(less)
    per = PER_PAGE * 2
    start = (page_no - 1) * per
    return page(request, "entities.html", {
        "entities": ranked[start : start + per], "pages": _pages(len(ranked), page_no, per),
        "params": {"type": type, "all": all or None}, "snap": snap, "folded": folded,
    })  # fmt: skip


@router.get("/entities/{entity_id}")
def entity_page(request: Request, entity_id: str,
                page_no: Annotated[int, Query(alias="page", ge=1, le=1_000_000)] = 1) -> Response:  # fmt: skip
    require(request, "viewer")
    web = _web(request)
    snap = web.state.snapshot()
    entity = snap.entities.get(entity_id)
    if entity is None:
        raise HTTPException(404, f"no entity {entity_id!r}")
    from storyline.names.script import script

    start = (page_no - 1) * MENTIONS_PER_PAGE
    shown = entity.mentions[start : start + MENTIONS_PER_PAGE]
    texts = {d.id: d.text for d in web.store.documents({m.doc for m in shown})}
    mentions = []
    for m in shown:
        text = texts.get(m.doc, "")
        mentions.append({"m": m, "doc": snap.docs.get(m.doc), "before": text[max(0, m.start - 70) : m.start],
                         "after": text[m.end : m.end + 70]})  # fmt: skip
    names = [{"lang": lang, "forms": [{"name": n, "script": script(n).title()} for n in forms]}
             for lang, forms in sorted(entity.names.items())]  # fmt: skip
    return page(request, "entity.html", {
        "entity": entity, "data": entity_data(snap, entity_id), "names": names, "mentions": mentions,
        "pages": _pages(len(entity.mentions), page_no, MENTIONS_PER_PAGE),
        "bases": sorted({m.base or m.text for m in entity.mentions}),
    })  # fmt: skip


# ---------------------------------------------------------------- search


@router.get("/search")
def search_page(request: Request, q: Annotated[str, Query(max_length=500)] = "",
                page_no: Annotated[int, Query(alias="page", ge=1, le=1_000_000)] = 1) -> Response:  # fmt: skip
    require(request, "viewer")
    web = _web(request)
    snap = web.state.snapshot()
    results, error = None, None
    if q.strip():
        try:
            results = web.state.memo(snap, ("search", q, "all", page_no, PER_PAGE),
                                     lambda: search_data(web, snap, q, "all", page_no, PER_PAGE))  # fmt: skip
        except HTTPException as exc:
            error = exc.detail
    return page(request, "search.html", {"q": q, "results": results, "error": error, "page_no": page_no,
                                         "per_page": PER_PAGE, "snap": snap})  # fmt: skip


# ---------------------------------------------------------------- export


@router.get("/export")
def export_page(request: Request, format: Annotated[str, Query(max_length=10)] = "dossier",
                story: Annotated[str | None, Query(max_length=200)] = None) -> Response:  # fmt: skip
    require(request, "viewer")
    web = _web(request)
    if format not in ("dossier", "html", "csv", "ftm", "jsonl"):
        raise HTTPException(422, "format must be dossier, html, csv, ftm or jsonl")
    if story:
        snap = web.state.snapshot()
        if story not in snap.stories:
            raise HTTPException(404, f"no story {story!r}")
        return export_response(queries.story_dossier(web.store, snap, story), format, story)
    return export_store(web.store, format)


# ---------------------------------------------------------------- corrections


@router.get("/corrections")
def corrections_page(request: Request) -> Response:
    require(request, "viewer")
    web = _web(request)
    rows = list(reversed(web.store.corrections()))
    return page(request, "corrections.html", {"corrections": rows, "names": web.state.snapshot().names})


@router.post("/corrections")
def correction_form(
    request: Request, kind: Annotated[str, Form(max_length=20)], csrf: Annotated[str, Form(max_length=200)] = "",
    entities: Annotated[str, Form(max_length=5000)] = "", entity: Annotated[str, Form(max_length=200)] = "",
    names: Annotated[list[str] | None, Form()] = None, item: Annotated[str, Form(max_length=200)] = "",
    quote: Annotated[str, Form(max_length=200)] = "", note: Annotated[str, Form(max_length=2000)] = "",
) -> Response:  # fmt: skip
    user = require(request, "analyst")
    check_csrf(request, csrf)
    if kind not in ("merge", "split", "reject", "set_speaker"):
        raise HTTPException(422, f"unknown correction {kind!r}")
    ids = entities.replace(",", " ").split()
    if kind == "merge" and entity.strip():  # the entity page names itself and asks for the others
        ids, entity = [entity.strip(), *ids], ""
    body = CorrectionIn(kind=kind, entities=ids or None, entity=entity.strip() or None,  # type: ignore[arg-type]
                        names=[n for n in (names or []) if n.strip()] or None, item=item.strip() or None,
                        quote=quote.strip() or None, note=note.strip() or None)  # fmt: skip
    job = submit_correction(_web(request), user, body)
    return RedirectResponse(f"/jobs/{job['id']}", status_code=303)


@router.post("/corrections/{correction_id}/undo")
def undo_form(
    request: Request, correction_id: int, csrf: Annotated[str, Form(max_length=200)] = ""
) -> Response:
    user = require(request, "analyst")
    check_csrf(request, csrf)
    job = undo_correction(_web(request), user, correction_id)
    return RedirectResponse(f"/jobs/{job['id']}", status_code=303)


# ---------------------------------------------------------------- ingest and jobs


@router.get("/ingest")
def ingest_page(request: Request) -> Response:
    require(request, "analyst")
    web = _web(request)
    return page(request, "ingest.html", {"max_mb": web.settings.max_upload_mb})


@router.post("/ingest")
async def ingest_form(
    request: Request, csrf: Annotated[str, Form(max_length=200)] = "", files: Annotated[list[UploadFile] | None, Form()] = None,
    text: Annotated[str, Form(max_length=8_000_000)] = "", title: Annotated[str, Form(max_length=500)] = "",
    url: Annotated[str, Form(max_length=2000)] = "", published: Annotated[str, Form(max_length=10)] = "",
) -> Response:  # fmt: skip
    user = require(request, "analyst")
    check_csrf(request, csrf)
    if published and not re.match(r"^\d{4}-\d{2}(-\d{2})?$", published):
        raise HTTPException(422, "the publication date must be YYYY-MM-DD or YYYY-MM")
    job = await start_ingest(_web(request), user, files or [], text, title, url, published or None)
    return RedirectResponse(f"/jobs/{job['id']}", status_code=303)


@router.get("/jobs")
def jobs_page(request: Request) -> Response:
    require(request, "viewer")
    rows, _ = list_jobs(_web(request).store, 100, 0)
    return page(request, "jobs.html", {"jobs": rows})


@router.get("/jobs/{job_id}")
def job_page(request: Request, job_id: int) -> Response:
    require(request, "viewer")
    job = get_job(_web(request).store, job_id)
    if job is None:
        raise HTTPException(404, f"no job {job_id}")
    return page(request, "job.html", {"job": job})


# ---------------------------------------------------------------- login


@router.get("/login")
def login_page(request: Request, next: Annotated[str, Query(max_length=500)] = "/") -> Response:
    return page(request, "login.html", {"next": next if next.startswith("/") and not next.startswith("//") else "/",
                                        "error": None})  # fmt: skip


@router.post("/login")
def login(
    request: Request, name: Annotated[str, Form(max_length=64)], password: Annotated[str, Form(max_length=1000)],
    csrf: Annotated[str, Form(max_length=200)] = "", next: Annotated[str, Form(max_length=500)] = "/",
) -> Response:  # fmt: skip
    check_csrf(request, csrf)
    web = _web(request)
    target = next if next.startswith("/") and not next.startswith("//") else "/"
    user = check_password(web.store, name, password)
    if user is None:
        return page(request, "login.html", {"next": target, "error": "unknown name or wrong password"}, 401)
    response = RedirectResponse(target, status_code=303)
    set_cookie(response, request, SESSION_COOKIE, web.sessions.open(user), max_age=12 * 3600)
    return response


@router.post("/logout")
def logout(request: Request, csrf: Annotated[str, Form(max_length=200)] = "") -> Response:
    check_csrf(request, csrf)
    _web(request).sessions.close(request.cookies.get(SESSION_COOKIE))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


__all__ = ["router", "esc"]
