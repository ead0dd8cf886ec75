"""The JSON API (``/api/v1``): every list is paged (``page``, ``per_page``) and answers
``{"items": [...], "total", "page", "per_page"}``; every read carries an ETag and answers 304 to
a matching ``If-None-Match``; bad parameters are a 422 that names them, unknown ids a 404."""

from __future__ import annotations

import hashlib
import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, File, Form, HTTPException, Path, Query, Request, UploadFile
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel, Field

from storyline.web import queries
from storyline.web.app import Web, check_csrf, require
from storyline.web.corrections import CorrectionIn, submit_correction, undo_correction
from storyline.web.ingest_upload import start_ingest
from storyline.web.jobs import get_job, list_jobs
from storyline.web.search import SearchTimeout
from storyline.web.snapshot import Snapshot, cooccurring

router = APIRouter()

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
Page = Annotated[int, Query(ge=1, le=1_000_000, description="page number, from 1")]
PerPage = Annotated[int, Query(ge=1, le=500, description="items per page")]
Id = Annotated[str, Path(min_length=1, max_length=200)]
Short = Annotated[str | None, Query(min_length=1, max_length=200)]
ExportFormat = Literal["dossier", "html", "csv", "ftm", "jsonl"]


class PageOut(BaseModel):
    items: list[dict[str, Any]]
    total: int
    page: int
    per_page: int


class JobOut(BaseModel):
    id: int
    kind: str
    user: str
    status: str
    phase: str | None = None
    done: int
    total: int
    message: str | None = None
    args: dict[str, Any]
    result: dict[str, Any] | None = None
    created_at: str
    started_at: str | None = None
    finished_at: str | None = None


class UserOut(BaseModel):
    name: str
    role: str
    auth: bool


class SearchOut(BaseModel):
    query: str
    entities: PageOut
    documents: PageOut


class ErrorOut(BaseModel):
    detail: str = Field(description="what was wrong, in words")
    errors: list[dict[str, Any]] | None = Field(
        None, description="422: each bad parameter, as pydantic reports it"
    )


def _error(description: str) -> dict[str, Any]:
    return {"model": ErrorOut, "description": description}


ERRORS: dict[int | str, dict[str, Any]] = {
    400: _error("a body that cannot be read (not JSON, not a form)"),
    401: _error("not logged in, or an unknown API token"),
    403: _error("the user's role does not allow it"),
    404: _error("no such item"),
    422: _error("a bad parameter: the message names it"),
    429: _error("too many requests"),
}
DOWNLOAD: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "a download: dossier JSON, HTML report, figures CSV, FollowTheMoney or findings JSON Lines",
        "content": {"application/json": {}, "text/html": {}, "text/csv": {}, "application/x-ndjson": {}},
    }
}


def _web(request: Request) -> Web:
    return request.app.state.web


def _read(request: Request) -> tuple[Web, Snapshot]:
    require(request, "viewer")
    web = _web(request)
    return web, web.state.snapshot()


def _json(request: Request, data: Any, status: int = 200) -> Response:
    """JSON with an ETag (the body's hash): a client that has it gets 304 and no body."""
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    headers = {"etag": etag, "cache-control": "no-cache"}
    if status == 200 and etag in [t.strip() for t in request.headers.get("if-none-match", "").split(",")]:
        return Response(status_code=304, headers=headers)
    return Response(body, status_code=status, media_type="application/json", headers=headers)


def _page(items: list[Any], total: int, page: int, per_page: int) -> dict[str, Any]:
    return {"items": items, "total": total, "page": page, "per_page": per_page}


def _slice(items: list[Any], page: int, per_page: int) -> dict[str, Any]:
    start = (page - 1) * per_page
    return _page(items[start : start + per_page], len(items), page, per_page)


def _story(snap: Snapshot, story_id: str) -> Any:
    story = snap.stories.get(story_id)
    if story is None:
        raise HTTPException(404, f"no story {story_id!r}")
    return story


def _known_story(snap: Snapshot, story: str | None) -> None:
    if story is not None and story not in snap.stories:
        raise HTTPException(404, f"no story {story!r}")


# ---------------------------------------------------------------- stories


@router.get("/stories", response_model=PageOut, responses=ERRORS, tags=["stories"])
def list_stories(
    request: Request, page: Page = 1, per_page: PerPage = 50,
    lang: Annotated[str | None, Query(min_length=1, max_length=20, description="a language the story has")] = None,
    since: Annotated[str | None, Query(pattern=DATE, description="reaches this date or later")] = None,
    until: Annotated[str | None, Query(pattern=DATE, description="starts by this date")] = None,
    entity: Annotated[str | None, Query(min_length=1, max_length=200, description="an entity id it mentions")] = None,
    outlet: Short = None,
    conflicts: Annotated[bool | None, Query(description="only stories with (true) or without (false) disagreements")] = None,
    sort: Annotated[Literal["newest", "oldest", "biggest", "disputed"], Query()] = "newest",
) -> Response:  # fmt: skip
    """Stories, filtered and sorted; each with its dates, languages, size and top entities."""
    _, snap = _read(request)
    found = queries.filter_stories(
        snap, queries.StoryFilter(lang, since, until, entity, outlet, conflicts, sort)
    )
    return _json(request, _slice([s.as_dict(snap.names) for s in found], page, per_page))


@router.get("/stories/{story_id}", responses=ERRORS, tags=["stories"])
def get_story(request: Request, story_id: Id) -> Response:
    """One story: its summary, documents and why they were grouped."""
    _, snap = _read(request)
    story = _story(snap, story_id)
    data = story.as_dict(snap.names)
    data["documents"] = story.documents
    data["why"] = story.why
    return _json(request, data)


@router.get("/stories/{story_id}/dossier", responses=ERRORS, tags=["stories", "export"])
def story_dossier(request: Request, story_id: Id) -> Response:
    """The ``storyline.dossier/1`` document restricted to this story."""
    web, snap = _read(request)
    _story(snap, story_id)
    return _json(request, queries.story_dossier(web.store, snap, story_id))


@router.get("/stories/{story_id}/export", responses={**ERRORS, **DOWNLOAD}, tags=["export"])
def export_story(request: Request, story_id: Id, format: ExportFormat = "dossier") -> Response:
    """The story as a dossier JSON file, an HTML report, a figures CSV, FollowTheMoney entities or
    findings as JSON Lines (a download)."""
    web, snap = _read(request)
    _story(snap, story_id)
    return export_response(queries.story_dossier(web.store, snap, story_id), format, story_id)


@router.get("/export", responses={**ERRORS, **DOWNLOAD}, tags=["export"])
def export_all(request: Request, format: ExportFormat = "dossier") -> Response:
    """The whole store as a dossier JSON file, an HTML report, a figures CSV, FollowTheMoney entities or
    findings as JSON Lines (a download)."""
    web, _ = _read(request)
    return export_store(web.store, format)


STREAMED = {"dossier": ("application/json", "json"), "jsonl": ("application/x-ndjson", "jsonl.jsonl"),
            "csv": ("text/csv; charset=utf-8", "csv")}  # fmt: skip


def export_store(store: Any, fmt: str) -> Response:
    """The whole store's export: the dossier, JSON Lines and CSV sent as they are read (never the
    whole store in memory); the HTML report and FtM from a whole load."""
    if fmt not in STREAMED:
        return export_response(store.dossier(), fmt, "storyline")
    from storyline.export import stream

    media, ext = STREAMED[fmt]
    parts = {"dossier": stream.dossier_json, "jsonl": stream.findings_jsonl, "csv": stream.figures_csv}[fmt](
        store
    )
    return StreamingResponse(
        (part.encode("utf-8") for part in parts), media_type=media,
        headers={"content-disposition": f'attachment; filename="storyline.{ext}"'},
    )  # fmt: skip


def export_response(dossier: dict[str, Any], fmt: str, name: str) -> Response:
    safe = "".join(ch for ch in name if ch.isalnum() or ch in "-_") or "storyline"
    if fmt == "html":
        from storyline.export.html import render_html

        body, media, ext = render_html(dossier), "text/html; charset=utf-8", "html"
    elif fmt == "csv":
        from storyline.export.csv_export import figures_csv

        body, media, ext = figures_csv(dossier), "text/csv; charset=utf-8", "csv"
    elif fmt in ("ftm", "jsonl"):
        # FollowTheMoney entities for Aleph, or the findings one a line, as `storyline export` writes them
        from storyline.export.ftm import ftm_lines
        from storyline.export.jsonl import findings_lines

        lines = ftm_lines(dossier) if fmt == "ftm" else findings_lines(dossier)
        body, media, ext = "".join(line + "\n" for line in lines), "application/x-ndjson", f"{fmt}.jsonl"
    else:
        body, media, ext = json.dumps(dossier, ensure_ascii=False, indent=1), "application/json", "json"
    return Response(
        body, media_type=media, headers={"content-disposition": f'attachment; filename="{safe}.{ext}"'}
    )


# ---------------------------------------------------------------- documents


@router.get("/documents", response_model=PageOut, responses=ERRORS, tags=["documents"])
def list_documents(request: Request, page: Page = 1, per_page: PerPage = 50, story: Short = None,
                   lang: Short = None, outlet: Short = None) -> Response:  # fmt: skip
    """Documents' metadata (no texts), in ingestion order."""
    _, snap = _read(request)
    _known_story(snap, story)
    docs = [d for d in snap.docs.values() if (story is None or d.story == story) and (lang is None or d.lang == lang)
            and (outlet is None or d.outlet == outlet)]  # fmt: skip
    return _json(request, _slice([d.as_dict() for d in docs], page, per_page))


@router.get("/documents/{doc_id}", responses=ERRORS, tags=["documents"])
def get_document(request: Request, doc_id: Id) -> Response:
    """One document: its canonical text, language passages, publication date with its basis,
    and every finding's span in it (entity mentions, events, figures, claims, quotes)."""
    web, snap = _read(request)
    return _json(request, document_data(web, snap, doc_id))


def story_items(web: Web, snap: Snapshot, story_id: str) -> dict[str, list[dict[str, Any]]]:
    """A story's items, read once per state of the store (a big story has thousands; every one of
    its documents' pages needs them). Shared: never changed by a caller."""
    return web.state.memo(snap, ("items", story_id), lambda: queries.story_items(web.store, story_id))


def document_data(web: Web, snap: Snapshot, doc_id: str) -> dict[str, Any]:
    meta = snap.docs.get(doc_id)
    if meta is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    text = queries.document_text(web.store, doc_id) or ""
    items = story_items(web, snap, meta.story) if meta.story else {k: [] for k in queries.ITEM_KINDS}
    passages, support = queries.passages(web.store, doc_id)
    return {**meta.as_dict(), "text": text, "passages": passages, "lang_support": support,
            "copies": snap.copies.get(doc_id, []), "findings": queries.document_findings(snap, items, doc_id)}  # fmt: skip


@router.get(
    "/documents/{doc_id}/raw",
    responses={**ERRORS, 200: {"description": "the bytes", "content": {"application/octet-stream": {}}}},
    tags=["documents"],
)
def raw_document(request: Request, doc_id: Id) -> Response:
    """The bytes as they were read (a download; any encoding)."""
    web, snap = _read(request)
    raw = web.store.raw(doc_id) if doc_id in snap.docs else None
    if raw is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    return Response(raw, media_type="application/octet-stream",
                    headers={"content-disposition": f'attachment; filename="{doc_id}.raw"'})  # fmt: skip


# ---------------------------------------------------------------- entities


def entity_summary(snap: Snapshot, eid: str) -> dict[str, Any]:
    from storyline.analyse.entity_confidence import entity_confidence, is_listed

    e = snap.entities[eid]
    # ``listed``: whether the entity list shows it or folds it as a less certain name
    return {"id": e.id, "type": e.type, "name": e.name, "names": e.names, "mentions": len(e.mentions),
            "documents": len(snap.entity_docs.get(eid, ())), "confidence": entity_confidence(e),
            "listed": is_listed(e)}  # fmt: skip


@router.get("/entities", response_model=PageOut, responses=ERRORS, tags=["entities"])
def list_entities(
    request: Request, page: Page = 1, per_page: PerPage = 50,
    type: Annotated[Literal["PER", "ORG", "LOC", "EVT", "PRO"] | None, Query()] = None, story: Short = None,
) -> Response:  # fmt: skip
    """Entities, most mentioned first."""
    _, snap = _read(request)
    _known_story(snap, story)
    members = set(snap.stories[story].documents) if story else None
    ids = [e.id for e in snap.entities.values() if (type is None or e.type == type)
           and (members is None or snap.entity_docs.get(e.id, set()) & members)]  # fmt: skip
    ids.sort(key=lambda i: (-len(snap.entities[i].mentions), snap.entities[i].name))
    page_ids = _slice(ids, page, per_page)  # the summaries (and their confidence) of one page only
    page_ids["items"] = [entity_summary(snap, i) for i in page_ids["items"]]
    return _json(request, page_ids)


def _entity(snap: Snapshot, eid: str) -> Any:
    if eid not in snap.entities:
        raise HTTPException(404, f"no entity {eid!r}")
    return snap.entities[eid]


@router.get("/entities/{entity_id}", responses=ERRORS, tags=["entities"])
def get_entity(request: Request, entity_id: Id) -> Response:
    """One entity: names by language, the stories it appears in, the entities it appears with."""
    _, snap = _read(request)
    _entity(snap, entity_id)
    return _json(request, entity_data(snap, entity_id))


def entity_data(snap: Snapshot, eid: str) -> dict[str, Any]:
    stories: dict[str, int] = {}
    for d in snap.entity_docs.get(eid, ()):
        s = snap.story_of(d)
        if s:
            stories[s] = stories.get(s, 0) + 1
    return {
        **entity_summary(snap, eid),
        "stories": [{"id": s, "title": snap.stories[s].title if s in snap.stories else s, "documents": n}
                    for s, n in sorted(stories.items(), key=lambda x: -x[1])],
        "cooccurring": [{"id": o, "name": snap.names.get(o, o), "type": snap.entities[o].type, "documents": n}
                        for o, n in cooccurring(snap, eid)],
    }  # fmt: skip


@router.get("/entities/{entity_id}/mentions", response_model=PageOut, responses=ERRORS, tags=["entities"])
def entity_mentions(request: Request, entity_id: Id, page: Page = 1, per_page: PerPage = 50) -> Response:
    """Every mention of an entity, as written, with its base form and document."""
    _, snap = _read(request)
    e = _entity(snap, entity_id)
    rows = [{"doc": m.doc, "start": m.start, "end": m.end, "text": m.text, "base": m.base, "lang": m.lang}
            for m in e.mentions]  # fmt: skip
    return _json(request, _slice(rows, page, per_page))


# ---------------------------------------------------------------- linked items


def _items(request: Request, kind: str, story: str | None, page: int, per_page: int,
           equal: dict[str, str] | None = None) -> Response:  # fmt: skip
    web, snap = _read(request)
    _known_story(snap, story)
    items, total = queries.item_page(web.store, kind, story, per_page, (page - 1) * per_page, equal)
    return _json(request, _page(items, total, page, per_page))


@router.get("/events", response_model=PageOut, responses=ERRORS, tags=["items"])
def list_events(request: Request, page: Page = 1, per_page: PerPage = 50, story: Short = None) -> Response:
    """Events with their dates (precision, basis, uncertain window) and evidence."""
    return _items(request, "events", story, page, per_page)


@router.get("/figures", response_model=PageOut, responses=ERRORS, tags=["items"])
def list_figures(request: Request, page: Page = 1, per_page: PerPage = 50, story: Short = None,
                 attribute: Short = None) -> Response:  # fmt: skip
    """Figures (dead, injured, on board …) with qualifier, source and evidence."""
    return _items(request, "figures", story, page, per_page, {"attribute": attribute} if attribute else None)


@router.get("/quotes", response_model=PageOut, responses=ERRORS, tags=["items"])
def list_quotes(request: Request, page: Page = 1, per_page: PerPage = 50, story: Short = None,
                speaker: Short = None) -> Response:  # fmt: skip
    """Direct and reported speech with its speaker."""
    return _items(request, "quotes", story, page, per_page, {"speaker": speaker} if speaker else None)


@router.get("/claims", response_model=PageOut, responses=ERRORS, tags=["items"])
def list_claims(request: Request, page: Page = 1, per_page: PerPage = 50, story: Short = None) -> Response:
    """Claims (cause, responsibility) with their stance."""
    return _items(request, "claims", story, page, per_page)


@router.get("/conflicts", response_model=PageOut, responses=ERRORS, tags=["items"])
def list_conflicts(
    request: Request, page: Page = 1, per_page: PerPage = 50, story: Short = None,
    status: Annotated[Literal["contradiction", "update", "unresolved"] | None, Query()] = None,
) -> Response:  # fmt: skip
    """Disagreements between sources: the positions side by side, each with its independent sources."""
    return _items(request, "conflicts", story, page, per_page, {"status": status} if status else None)


# ---------------------------------------------------------------- search


@router.get("/search", response_model=SearchOut, responses={**ERRORS, 408: _error("the search took too long")},
            tags=["search"])  # fmt: skip
def search(
    request: Request, q: Annotated[str, Query(min_length=1, max_length=500, description="words in any language")],
    kind: Annotated[Literal["all", "documents", "entities"], Query()] = "all", page: Page = 1, per_page: PerPage = 20,
) -> Response:  # fmt: skip
    """Documents by their words (inflected forms find their base forms) and entities by any of their
    names, in any script (Путина finds Putin)."""
    web, snap = _read(request)
    return _json(request, web.state.memo(snap, ("search", q, kind, page, per_page),
                                          lambda: search_data(web, snap, q, kind, page, per_page)))  # fmt: skip


def search_data(web: Web, snap: Snapshot, q: str, kind: str, page: int, per_page: int) -> dict[str, Any]:
    from storyline.web.search import highlight

    out: dict[str, Any] = {"query": q}
    offset = (page - 1) * per_page
    try:
        for name, k in (("entities", "entity"), ("documents", "doc")):
            if kind not in ("all", name):
                out[name] = _page([], 0, page, per_page)
                continue
            hits, total = web.state.search.search(q, k, per_page, offset)
            rows = []
            for h in hits:
                if k == "entity" and h.ref in snap.entities:
                    rows.append(entity_summary(snap, h.ref))
                elif k == "doc" and h.ref in snap.docs:
                    rows.append(
                        {**snap.docs[h.ref].as_dict(), "snippet": [[t, m] for t, m in highlight(h.snippet)]}
                    )
            out[name] = _page(rows, total, page, per_page)
    except SearchTimeout as exc:
        raise HTTPException(408, f"{exc}: use fewer or rarer words") from None
    return out


# ---------------------------------------------------------------- corrections


@router.get("/corrections", response_model=PageOut, responses=ERRORS, tags=["corrections"])
def list_corrections(request: Request, page: Page = 1, per_page: PerPage = 50) -> Response:
    """Analysts' corrections (the records `storyline corrections` lists), newest first, with who and when."""
    web, _ = _read(request)
    rows = [{"id": c.id, "kind": c.kind, "payload": c.payload, "note": c.note, "created_at": c.created_at,
             "by": c.payload.get("by")} for c in reversed(web.store.corrections())]  # fmt: skip
    return _json(request, _slice(rows, page, per_page))


@router.post("/corrections", response_model=JobOut, status_code=202,
             responses={**ERRORS, 422: _error("a bad parameter, or an unknown entity, item or base form")}, tags=["corrections"])  # fmt: skip
def create_correction(request: Request, body: CorrectionIn) -> Response:
    """Record a correction (merge, split, reject, set_speaker) as the command line does; the store is
    linked again in the background: follow the returned job."""
    user = require(request, "analyst")
    check_csrf(request, None)
    web = _web(request)
    return _json(request, submit_correction(web, user, body), 202)


@router.delete("/corrections/{correction_id}", response_model=JobOut, status_code=202, responses=ERRORS,
               tags=["corrections"])  # fmt: skip
def delete_correction(request: Request, correction_id: Annotated[int, Path(ge=1, le=2**62)]) -> Response:
    """Undo a correction (the store is linked again in the background)."""
    user = require(request, "analyst")
    check_csrf(request, None)
    return _json(request, undo_correction(_web(request), user, correction_id), 202)


# ---------------------------------------------------------------- ingest and jobs


@router.post("/ingest", response_model=JobOut, status_code=202,
             responses={**ERRORS, 413: _error("the upload is too large"), 422: _error("a bad parameter, or nothing to ingest")},
             tags=["ingest"])  # fmt: skip
async def ingest(
    request: Request,
    files: Annotated[list[UploadFile] | None, File(description=".txt .html .json .jsonl files")] = None,
    text: Annotated[str | None, Form(max_length=8_000_000, description="or an article pasted as text")] = None,
    title: Annotated[str | None, Form(max_length=500)] = None,
    url: Annotated[str | None, Form(max_length=2000)] = None,
    published: Annotated[str | None, Form(pattern=r"^\d{4}-\d{2}(-\d{2})?$")] = None,
) -> Response:  # fmt: skip
    """Queue files (or a pasted text) for ingest; analysed and linked in the background."""
    user = require(request, "analyst")
    check_csrf(request, None)
    job = await start_ingest(_web(request), user, files or [], text, title, url, published)
    return _json(request, job, 202)


@router.get("/jobs", response_model=PageOut, responses=ERRORS, tags=["ingest"])
def jobs(request: Request, page: Page = 1, per_page: PerPage = 50) -> Response:
    """Background jobs (ingests, corrections), newest first."""
    web, _ = _read(request)
    rows, total = list_jobs(web.store, per_page, (page - 1) * per_page)
    return _json(request, _page(rows, total, page, per_page))


@router.get("/jobs/{job_id}", response_model=JobOut, responses=ERRORS, tags=["ingest"])
def job(request: Request, job_id: Annotated[int, Path(ge=1, le=2**62)]) -> Response:
    """One job's status and progress (``done`` of ``total``), and its result when done."""
    require(request, "viewer")
    found = get_job(_web(request).store, job_id)
    if found is None:
        raise HTTPException(404, f"no job {job_id}")
    return _json(request, found)


@router.get("/me", response_model=UserOut, responses=ERRORS, tags=["users"])
def me(request: Request) -> Response:
    """Who the server takes you for."""
    user = require(request, "viewer")
    return _json(request, {"name": user.name, "role": user.role, "auth": _web(request).settings.auth})


class TokenIn(BaseModel):
    label: str | None = Field(None, max_length=200)


@router.post("/tokens", status_code=201, responses={**ERRORS, 409: _error("logins are off")}, tags=["users"])
def create_token(request: Request, body: TokenIn) -> Response:
    """A new API token for the logged-in user (shown once)."""
    from storyline.web.users import new_token

    user = require(request, "viewer")
    check_csrf(request, None)
    web = _web(request)
    if not web.settings.auth:
        raise HTTPException(409, "authentication is off: the API needs no token")
    return _json(request, {"token": new_token(web.store, user.name, body.label), "user": user.name}, 201)
