"""HTML → main text and metadata, with trafilatura."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from storyline.ingest.dates import parse_date_field
from storyline.model import DateValue

_LOOKS_LIKE_HTML = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)


class NoArticle(ValueError):
    pass


@dataclass
class HtmlArticle:
    text: str
    title: str | None
    url: str | None
    sitename: str | None
    published: DateValue | None
    lang: str | None


def looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip(b"\xef\xbb\xbf")
    return bool(_LOOKS_LIKE_HTML.match(head))


def extract_html(markup: str) -> HtmlArticle:
    import trafilatura

    # trafilatura logs every page it cannot parse; the caller reports that as one IngestError
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    if "<body" not in markup.lower() and "<p" not in markup.lower():
        raise NoArticle("no article text found in HTML")
    doc = trafilatura.bare_extraction(
        markup, with_metadata=True, include_comments=False, include_tables=True, favor_precision=True
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise NoArticle("no article text found in HTML")
    published = parse_date_field(getattr(doc, "date", None), basis="metadata", confidence=0.9)
    return HtmlArticle(
        text=text,
        title=getattr(doc, "title", None) or None,
        url=getattr(doc, "url", None) or None,
        sitename=getattr(doc, "sitename", None) or None,
        published=published,
        lang=getattr(doc, "language", None) or None,
    )
