"""The dossier as FollowTheMoney entities, one JSON object a line: what Aleph / OpenAleph import
(``ftm`` tools, ``alephclient write-entities``) and what other FtM tools read.

The ``followthemoney`` library builds every entity, so property names, value types (dates,
language codes) and ids are those the format expects:

- a document → ``Article`` (title, body text, URL, publisher, language, publication date);
- an entity → ``Person`` (PER), ``Organization`` (ORG), ``Address`` (LOC), ``Event`` (EVT); its
  base forms in every language are its ``alias`` values; products (PRO) have no FtM schema and
  are left out;
- each name an entity goes by in a document → ``Mention`` (the name as written, the document, the
  person or organisation it was resolved to): the mentions kept as FtM keeps them;
- each entity in each document → ``Documentation`` (role "mentioned"), whose ``summary`` holds
  the evidence: every span as ``«text» [doc start–end]``, the dossier's offsets into the canonical
  text;
- an event → ``Event`` (label, date, place, participants), its figures, claims and quotes as
  ``notes`` in words, each with its evidence span.

Provenance: every entity but the documents names its ``proof`` (the Articles its evidence is in)
and ``publisher`` (storyline), so Aleph shows where each item comes from. Ids are derived from the
dossier's stable ids (``storyline-`` + the kind + the id), so exporting the same store again gives
the same entities and Aleph updates them instead of adding copies.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from followthemoney import model
from followthemoney.proxy import EntityProxy

PUBLISHER = "storyline"
SCHEMA_OF = {"PER": "Person", "ORG": "Organization", "LOC": "Address", "EVT": "Event"}
MAX_SPANS = 50  # evidence spans written into one Documentation (an entity named 400 times in a text)


def _id(kind: str, item_id: str) -> str:
    return f"storyline-{kind}-{item_id}"


def _span(ev: dict[str, Any]) -> str:
    return f"«{ev['text']}» [{ev['doc']} {ev['start']}–{ev['end']}]"


def _make(schema: str, entity_id: str) -> EntityProxy:
    proxy = model.make_entity(schema)
    proxy.id = entity_id
    return proxy


def _provenance(proxy: EntityProxy, docs: set[str], articles: dict[str, EntityProxy]) -> None:
    proxy.add("publisher", PUBLISHER)
    for doc in sorted(docs):
        if doc in articles:
            proxy.add("proof", articles[doc].id)
            proxy.add("sourceUrl", articles[doc].get("sourceUrl"), quiet=True)


def _article(doc: dict[str, Any], story_titles: dict[str, str]) -> EntityProxy:
    proxy = _make("Article", _id("doc", doc["id"]))
    proxy.add("title", doc.get("title"))
    proxy.add("name", doc.get("title") or doc.get("source"))
    proxy.add("bodyText", doc.get("text"))
    proxy.add("sourceUrl", doc.get("url"), quiet=True)
    proxy.add("publisher", doc.get("outlet"))
    proxy.add("language", doc.get("lang"), quiet=True)
    published = (doc.get("published") or {}).get("value")
    proxy.add("publishedAt", published, quiet=True)
    proxy.add("fileName", None if doc.get("url") else doc.get("source"))
    if doc.get("story") in story_titles:
        proxy.add("keywords", story_titles[doc["story"]])
    proxy.add("generator", PUBLISHER)
    return proxy


def _entity(ent: dict[str, Any], articles: dict[str, EntityProxy]) -> EntityProxy | None:
    schema = SCHEMA_OF.get(ent.get("type", ""))
    if schema is None:
        return None
    proxy = _make(schema, _id("entity", ent["id"]))
    proxy.add("name", ent["name"])
    if schema == "Address":
        proxy.add("full", ent["name"])
    for names in (ent.get("names") or {}).values():
        proxy.add("alias", [n for n in names if n != ent["name"]])
    _provenance(proxy, {m["doc"] for m in ent.get("mentions", [])}, articles)
    return proxy


def _mentions(
    ent: dict[str, Any], proxy: EntityProxy, articles: dict[str, EntityProxy]
) -> Iterator[EntityProxy]:
    """One Mention per name as written per document; one Documentation per document with its spans."""
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for m in ent.get("mentions", []):
        if m["doc"] in articles:
            by_doc.setdefault(m["doc"], []).append(m)
    for doc, mentions in sorted(by_doc.items()):
        article = articles[doc]
        if proxy.schema.is_a("LegalEntity"):
            for text in dict.fromkeys(m["text"] for m in mentions):
                mention = model.make_entity("Mention")
                mention.make_id("storyline-mention", ent["id"], doc, text)  # a name may hold anything: hashed
                mention.add("name", text)
                mention.add("document", article.id)
                mention.add("resolved", proxy.id)
                mention.add("detectedSchema", proxy.schema.name)
                yield mention
        link = _make("Documentation", _id("documentation", f"{ent['id']}-{doc}"))
        link.add("entity", proxy.id)
        link.add("document", article.id)
        link.add("role", "mentioned")
        link.add("summary", "; ".join(_span(m) for m in mentions[:MAX_SPANS]))
        link.add("publisher", PUBLISHER)
        link.add("date", article.get("publishedAt"), quiet=True)
        yield link


def _event(ev: dict[str, Any], data: dict[str, Any], index: dict[str, EntityProxy],
           articles: dict[str, EntityProxy]) -> EntityProxy:  # fmt: skip
    proxy = _make("Event", _id("event", ev["id"]))
    proxy.add("name", ev.get("label") or ev.get("type") or ev["id"])
    proxy.add("summary", ev.get("type"))
    date = (ev.get("date") or {}).get("value")
    proxy.add("date", date, quiet=True)
    place = index.get(ev.get("place") or "")
    if place is not None and place.schema.name == "Address":
        proxy.add("addressEntity", place.id)
        proxy.add("location", place.caption)
    for p in ev.get("participants", []):
        if p in index and index[p].schema.name != "Address":
            proxy.add("involved", index[p].id)
    evidence = list(ev.get("evidence", []))
    proxy.add("description", "; ".join(_span(e) for e in evidence[:MAX_SPANS]))
    names = {e["id"]: e["name"] for e in data.get("entities", [])}
    for kind in ("figures", "claims", "quotes"):
        for item in data.get(kind, []):
            if item.get("event") == ev["id"] or (kind == "quotes" and _quote_of(item, ev)):
                proxy.add("notes", _note(kind, item, names))
                evidence += item.get("evidence", [])
    _provenance(proxy, {e["doc"] for e in evidence}, articles)
    return proxy


def _quote_of(quote: dict[str, Any], ev: dict[str, Any]) -> bool:
    """Quotes carry no event; one whose span lies in an event's evidence belongs to it."""
    spans = [(e["doc"], e["start"], e["end"]) for e in ev.get("evidence", [])]
    return any(d == q["doc"] and s <= q["start"] < e for q in quote.get("evidence", []) for d, s, e in spans)


def _note(kind: str, item: dict[str, Any], names: dict[str, str]) -> str:
    spans = " ".join(_span(e) for e in item.get("evidence", [])[:3])
    who = names.get(item.get("speaker") or item.get("source") or "", "")
    if kind == "figures":
        value = item["value"] if item.get("value_max") is None else f"{item['value']}–{item['value_max']}"
        qualifier = (
            "" if item.get("qualifier") in (None, "exact") else f" ({item['qualifier'].replace('_', ' ')})"
        )
        head = f"figure: {item['attribute']} {value}{qualifier}"
    elif kind == "claims":
        head = f"claim: {item['attribute']} = {item['value']} ({item.get('stance', 'reports')})"
    else:
        head = "quote" if item.get("direct") else "reported speech"
    return f"{head}{' — ' + who if who else ''}: {spans}"


def ftm_entities(data: dict[str, Any]) -> Iterator[EntityProxy]:
    """Every FtM entity of a dossier (``storyline.dossier/1``), referenced ones first."""
    titles = {s["id"]: s["title"] for s in data.get("stories", []) if s.get("title")}
    articles = {d["id"]: _article(d, titles) for d in data.get("documents", [])}
    yield from articles.values()
    index: dict[str, EntityProxy] = {}
    for ent in data.get("entities", []):
        proxy = _entity(ent, articles)
        if proxy is None:
            continue
        index[ent["id"]] = proxy
        yield proxy
        yield from _mentions(ent, proxy, articles)
    for ev in data.get("events", []):
        yield _event(ev, data, index, articles)


def ftm_lines(data: dict[str, Any]) -> Iterator[str]:
    """One entity a line, as ``ftm`` and Aleph read them."""
    for proxy in ftm_entities(data):
        yield json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True)
