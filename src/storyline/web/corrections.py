"""Corrections from the web: checked here against what the pages show (so a mistyped id is a
422 at once), then made by a background job through the same ``Store`` methods as the command
line, so they are the same records, re-applied by every relink."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import HTTPException
from pydantic import BaseModel, Field

from storyline.web import queries
from storyline.web.users import User

Id = Field(min_length=1, max_length=200)


class CorrectionIn(BaseModel):
    kind: Literal["merge", "split", "reject", "set_speaker"]
    entities: list[str] | None = Field(None, max_length=50, description="merge: the entities that are one")
    entity: str | None = Field(
        None, max_length=200, description="split: the entity; set_speaker: the speaker"
    )
    names: list[str] | None = Field(None, max_length=200, description="split: base forms to move out")
    item: str | None = Field(
        None, max_length=200, description="reject: an event, figure, claim, quote or entity"
    )
    quote: str | None = Field(None, max_length=200, description="set_speaker: the quote")
    note: str | None = Field(None, max_length=2000)


def _bad(message: str) -> HTTPException:
    return HTTPException(422, message)


def check(web: Any, body: CorrectionIn) -> dict[str, Any]:
    """The job's arguments, once the ids are known to exist."""
    snap = web.state.snapshot()
    args: dict[str, Any] = {"action": body.kind, "note": body.note or None}
    if body.kind == "merge":
        ids = list(dict.fromkeys(body.entities or []))
        unknown = [e for e in ids if e not in snap.entities]
        if len(ids) < 2 or unknown:
            raise _bad(f"merge needs two or more known entities; unknown: {', '.join(unknown) or '-'}")
        args["entities"] = ids
    elif body.kind == "split":
        entity = snap.entities.get(body.entity or "")
        if entity is None:
            raise _bad(f"no entity {body.entity!r}")
        bases = {m.base or m.text for m in entity.mentions}
        names = list(dict.fromkeys(body.names or []))
        unknown = [n for n in names if n not in bases]
        if not names or unknown:
            raise _bad(f"{entity.id} has no mention with base form {', '.join(unknown) or '-'}; "
                       f"it has: {', '.join(sorted(bases))}")  # fmt: skip
        if set(names) == bases:
            raise _bad("a split must leave some names behind")
        args.update(entity=entity.id, names=names)
    elif body.kind == "reject":
        item = body.item or ""
        if item not in snap.entities and queries.get_item(web.store, item) is None:
            raise _bad(f"no event, figure, claim, quote or entity {item!r}")
        args["item"] = item
    else:
        found = queries.get_item(web.store, body.quote or "")
        if found is None or found[0] != "quotes":
            raise _bad(f"no quote {body.quote!r}")
        if (body.entity or "") not in snap.entities:
            raise _bad(f"no entity {body.entity!r}")
        args.update(quote=body.quote, entity=body.entity)
    return args


def submit_correction(web: Any, user: User, body: CorrectionIn) -> dict[str, Any]:
    return web.jobs.submit("correction", user.name, check(web, body))


def undo_correction(web: Any, user: User, correction_id: int) -> dict[str, Any]:
    if not any(c.id == correction_id for c in web.store.corrections()):
        raise HTTPException(404, f"no correction {correction_id}")
    return web.jobs.submit("undo", user.name, {"id": correction_id})
