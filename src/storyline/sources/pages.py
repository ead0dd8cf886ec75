"""A fetched page → a document for the ingest pipeline, with what the fetch recorded.

The HTML goes the way of an .html file (readers.read_html: the encoding read off the bytes — a
server's charset header is often wrong, so it is not trusted —, trafilatura for the text, htmldate
for the publication date from the page's metadata, basis ``metadata``), with the page's address
after redirects as its URL. The document keeps the raw bytes as they came and, in its ``meta``,
``fetch``: the URL asked for, the final URL, the HTTP status, when, the validators and the source
(feed, sitemap) it was found in.
"""

from __future__ import annotations

from typing import Any

from storyline.ingest.html import looks_like_html
from storyline.ingest.readers import ReadError, read_html
from storyline.ingest.records import IngestError, RawDoc
from storyline.sources.http import Response

HTML_TYPES = ("text/html", "application/xhtml+xml")


def fetch_meta(resp: Response, found_in: str | None) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "url": resp.url,
        "final_url": resp.final_url,
        "status": resp.status,
        "fetched_at": resp.fetched_at,
    }
    for name in ("etag", "last_modified"):
        if getattr(resp, name):
            meta[name] = getattr(resp, name)
    if resp.headers.get("content-type"):
        meta["content_type"] = resp.headers["content-type"]
    if resp.redirects:
        meta["redirects"] = resp.redirects
    if found_in:
        meta["found_in"] = found_in
    return meta


def page_record(resp: Response, source: str, found_in: str | None = None) -> RawDoc | IngestError:
    """``source``: the name the document is stored under (the page's normalised URL)."""
    if not resp.ok:
        return IngestError(source, resp.describe())
    ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype not in HTML_TYPES and not looks_like_html(resp.body):
        return IngestError(source, f"not a web page ({ctype or 'no content type'}), skipped")
    try:
        return read_html(source, resp.body, url=resp.final_url, meta={"fetch": fetch_meta(resp, found_in)})
    except ReadError as exc:
        return IngestError(source, str(exc))
