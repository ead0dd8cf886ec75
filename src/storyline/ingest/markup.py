"""HTML inside a record's fields: the text a reader sees.

Exports from content systems and news APIs carry an article's body as HTML in a JSON field
(WordPress's ``content.rendered``, a scraper's ``<div>…</div>`` per paragraph). Taken verbatim,
the tags end up in titles, sentences and entity names. A field is converted only when it holds
real tags of the kinds articles are written in, so that "a < b" or "<3" in plain text is left
alone; paragraphs and line breaks become line ends, scripts and styles are dropped, character
references are decoded.
"""

from __future__ import annotations

import html
import re

import lxml.etree
import lxml.html

# the tags an article's body is written with: a field holding one of them is markup
_TAG = re.compile(
    r"</?(?:p|div|br|span|a|b|i|u|em|strong|li|ul|ol|h[1-6]|blockquote|figure|figcaption|img|"
    r"table|tr|td|th|section|article|header|footer|sup|sub|small|time|iframe|script|style)"
    r"(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
# a character reference left escaped ("Bridge &amp; road", "Mart&#39;ta"): HTML, not plain text
_REFERENCE = re.compile(
    r"&(?:amp|quot|apos|lt|gt|nbsp|laquo|raquo|bdquo|ldquo|rdquo|lsquo|rsquo|ndash|mdash|hellip|"
    r"#\d{2,5}|#x[0-9a-f]{2,4});",
    re.IGNORECASE,
)
# elements that end a line of text where they open or close
_BLOCKS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "figure", "figcaption", "table", "tr", "section", "article", "header", "footer",
}  # fmt: skip
_DROPPED = ("script", "style", "noscript", "template")


def has_markup(text: str) -> bool:
    return bool(_TAG.search(text) or _REFERENCE.search(text))


def markup_to_text(text: str) -> str:
    """The text of an HTML fragment, a block element's content on lines of its own (a text with
    escaped characters but no tags only has them decoded)."""
    if not _TAG.search(text):
        return html.unescape(text)
    try:
        root = lxml.html.fragment_fromstring(text, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return text
    lxml.etree.strip_elements(root, *_DROPPED, with_tail=False)
    parts: list[str] = []
    _walk(root, parts)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n\n".join(line for line in lines if line)


def _walk(el: lxml.html.HtmlElement, parts: list[str]) -> None:
    block = isinstance(el.tag, str) and el.tag.lower() in _BLOCKS
    if block:
        parts.append("\n")
    if el.text and isinstance(el.tag, str):
        parts.append(el.text)
    for child in el:
        _walk(child, parts)
        if child.tail:
            parts.append(child.tail)
    if block:
        parts.append("\n")


def rendered(value: object) -> object:
    """WordPress-style objects (``{"rendered": "<p>…</p>", "protected": false}``) give their
    ``rendered`` HTML; anything else is returned as it came (the caller reports what is missing)."""
    if isinstance(value, dict) and isinstance(value.get("rendered"), str):
        return value["rendered"]
    return value


def plain(value: object) -> object:
    """A short field (a title) as text: rendered, and its markup converted."""
    html = rendered(value)
    if isinstance(html, str) and (html is not value or has_markup(html)):
        return markup_to_text(html)
    return html
