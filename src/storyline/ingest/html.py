"""HTML → main text and metadata, with trafilatura; the publication date with htmldate.

The date comes from what the page says about itself — meta tags, structured data (JSON-LD), the
``<time>`` element, its URL — never from a date that merely occurs in the article text
(htmldate's extensive search is off), and only as precise as the page gives it.
"""

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


def extract_html(markup: str, url: str | None = None) -> HtmlArticle:
    """``url``: where the page was fetched from (after redirects), when it was: used when the page
    does not name its own URL, and by htmldate (a date in the URL's path)."""
    import trafilatura

    # trafilatura logs every page it cannot parse; the caller reports that as one IngestError
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    if "<body" not in markup.lower() and "<p" not in markup.lower():
        raise NoArticle("no article text found in HTML")
    doc = trafilatura.bare_extraction(
        markup, url=url, with_metadata=True, include_comments=False, include_tables=True, favor_precision=True
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise NoArticle("no article text found in HTML")
    url = getattr(doc, "url", None) or url
    published = html_published(markup, url)
    return HtmlArticle(
        text=text,
        title=getattr(doc, "title", None) or None,
        url=url,
        sitename=getattr(doc, "sitename", None) or None,
        published=published,
        lang=getattr(doc, "language", None) or None,
    )


def html_published(markup: str, url: str | None = None) -> DateValue | None:
    """The original publication date in the page's metadata, checked like every date field."""
    from htmldate import find_date

    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    try:
        found = find_date(markup, extensive_search=False, original_date=True, url=url)
    except (ValueError, TypeError):  # htmldate gives up on some malformed pages
        return None
    return parse_date_field(found, basis="metadata", confidence=0.9)
