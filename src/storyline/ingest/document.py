"""Assemble a ``RawDoc``: canonical text, then what the text itself says about its origin
(publisher, dateline) where the input's metadata did not say it."""

from __future__ import annotations

from typing import Any

from storyline.ingest.align import remap_mentions
from storyline.ingest.boilerplate import is_headline_shaped
from storyline.ingest.clean import canonicalize
from storyline.ingest.dates import parse_date_field
from storyline.ingest.markup import has_markup, markup_to_text
from storyline.ingest.outlet import dateline_date, find_dateline, find_outlet
from storyline.ingest.records import RawDoc
from storyline.model import DateValue


def text_doc(source: str, raw: bytes, text: str, meta: dict[str, Any]) -> RawDoc:
    """A plain-text file: its header may give date, title, url, outlet and language; without a
    title, a headline-shaped first line followed by more text is taken as the title."""
    cleaned = canonicalize(text, with_header=True)
    fields = cleaned.header.fields
    title = fields.get("title")
    first, sep, _ = cleaned.text.partition("\n")
    if title is None and sep and is_headline_shaped(first):
        title = first.strip()
        meta["title_basis"] = "first_line"
    return finish_doc(
        RawDoc(
            source=source,
            raw=raw,
            text=cleaned.text,
            title=title,
            url=fields.get("url"),
            outlet=fields.get("outlet"),
            lang=fields.get("lang"),
            published=cleaned.header.published,
            meta=meta,
        )
    )


def build_doc(
    source: str,
    raw: bytes,
    text: str,
    meta: dict[str, Any],
    *,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    lang: str | None = None,
    published: DateValue | None = None,
    date_field: Any = None,
    ext_id: str | None = None,
) -> RawDoc:
    """A document whose metadata came with it (HTML, JSON records)."""
    # a record's body given as HTML (a CMS export, a scraper's paragraphs) is read as its text;
    # annotations still point into the text as given and are carried over below
    canonical = canonicalize(markup_to_text(text) if has_markup(text) else text).text
    if isinstance(meta.get("mentions"), list):
        # annotations point into the text as given; carry them over to the canonical text
        meta["mentions"], dropped = remap_mentions(meta["mentions"], text, canonical)
        if dropped:
            meta["mentions_dropped"] = dropped
    if published is None and date_field is not None:
        published = parse_date_field(date_field, basis="header")
        if published is None:
            meta["date_unparsed"] = date_field
    if outlet is not None:
        meta.setdefault("outlet_basis", "metadata")
    doc = RawDoc(
        source=source,
        raw=raw,
        text=canonical,
        title=title,
        url=url,
        outlet=outlet,
        lang=lang,
        published=published,
        ext_id=ext_id,
        meta=meta,
    )
    return finish_doc(doc)


def finish_doc(doc: RawDoc) -> RawDoc:
    if doc.outlet is None:
        found = find_outlet(doc.text)
        if found is not None:
            doc.outlet = found.name
            doc.meta["outlet_basis"] = found.basis
            doc.meta["outlet_span"] = [found.start, found.end]
    dateline = find_dateline(doc.text)
    if dateline is not None:
        doc.meta["dateline"] = {
            "day": dateline.day,
            "month": dateline.month,
            "year": dateline.year,
            "span": [dateline.start, dateline.end],
        }
        if doc.published is None:
            doc.published = dateline_date(dateline)
    return doc
