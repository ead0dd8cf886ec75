"""What a fetched source is (feed, sitemap, web page) and the article links it holds.

Parsing is trafilatura's: ``trafilatura.feeds`` reads RSS, Atom and JSON feeds (by pattern, so a
malformed item does not lose the others) and finds a site's feeds on its home page;
``trafilatura.sitemaps`` reads XML and text sitemaps, news sitemaps and sitemap indexes, and the
sitemaps a robots.txt names; ``courlan`` normalises the links (tracking parameters dropped, query
sorted). trafilatura's own link filter is not used: it keeps only hosts with a public domain name,
and a newsroom may follow an intranet server or an IP address on purpose. What replaces it: a
link must be http(s), must not be the site's home page, and must not lead from a public host to
a local one (a feed cannot send storyline to ``localhost`` or a private address).
"""

from __future__ import annotations

import ipaddress
from typing import Literal
from urllib.parse import urldefrag, urljoin, urlsplit

from courlan import normalize_url
from trafilatura.feeds import FeedParameters, determine_feed, find_links, is_potential_feed
from trafilatura.sitemaps import SITEMAP_FORMAT, SitemapObject, is_plausible_sitemap
from trafilatura.utils import decode_file

from storyline.sources.politeness import host_of

Kind = Literal["feed", "sitemap", "html", "other"]
MAX_LINKS = 10_000  # links taken from one feed or sitemap
_NOT_IN_LINKS = frozenset(' <>"\n\t')
MAX_FEEDS = 4  # feeds followed from one home page (a site often lists one per section)


def normalise(url: str) -> str:
    """The key a page is known by: courlan's normal form, without the fragment."""
    try:
        url = normalize_url(url.strip())
    except (ValueError, AttributeError):
        url = url.strip()
    return urldefrag(url)[0]


def body_text(body: bytes, max_bytes: int) -> str:
    """A feed or sitemap as text: decompressed (sitemap.xml.gz), encoding guessed by trafilatura."""
    return decode_file(body, max_bytes)


def kind_of(text: str) -> Kind:
    head = text.lstrip("\ufeff \t\r\n")
    if SITEMAP_FORMAT.match(head) or SITEMAP_FORMAT.search(head[:1000]):
        if "<rss" not in head[:1000] and "<feed" not in head[:1000]:
            return "sitemap"
    if is_potential_feed(head) or (head.startswith("{") and '"items"' in head[:5000]):
        return "feed"
    if "<html" in head[:2000].lower() or "<body" in head[:5000].lower():
        return "html"
    return "other"


def _params(url: str) -> FeedParameters:
    host = urlsplit(url).hostname or ""
    return FeedParameters(host_of(url), host, url)


def feed_links(text: str, url: str) -> list[str]:
    """Article links of a feed, in feed order."""
    return _accepted(find_links(text.strip(), _params(url)), url)


def site_feeds(html: str, url: str) -> list[str]:
    """Feeds a home page announces (<link rel="alternate">, else links that look like feeds)."""
    return _accepted(determine_feed(html, _params(url)), url, pages=False)[:MAX_FEEDS]


class _Sitemap(SitemapObject):
    """trafilatura's sitemap reader with our link rule instead of its domain filter."""

    def handle_link(self, link: str) -> None:
        if link == self.current_url:
            return
        found = _accepted([link], self.current_url, pages=False)
        if not found:
            return
        target = self.sitemap_urls if _looks_like_sitemap(found[0]) else self.urls
        target.append(found[0])


def sitemap_links(text: str, url: str) -> tuple[list[str], list[str]]:
    """(pages, nested sitemaps) of a sitemap or sitemap index, in document order."""
    if not is_plausible_sitemap(url, text):
        return [], []
    sitemap = _Sitemap(host_of(url), urlsplit(url).hostname or "", [], None, True)
    sitemap.current_url = url
    sitemap.content = text
    sitemap.process()
    pages = [u for u in dict.fromkeys(sitemap.urls) if not _is_home(u)]
    return pages[:MAX_LINKS], list(dict.fromkeys(sitemap.sitemap_urls))


def _looks_like_sitemap(url: str) -> bool:
    path = urlsplit(url).path.lower()
    return path.endswith((".xml", ".xml.gz")) or "sitemap" in path.rsplit("/", 1)[-1]


def _accepted(links: list[str], base: str, pages: bool = True) -> list[str]:
    out: dict[str, None] = {}
    local_base = _is_local(urlsplit(base).hostname or "")
    for link in links:
        link = link.strip()
        if not link or any(c in link for c in _NOT_IN_LINKS):
            continue  # a malformed item's text, not an address
        absolute = urljoin(base, link)
        parts = urlsplit(absolute)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            continue
        if pages and _is_home(absolute):
            continue
        if _is_local(parts.hostname) and not local_base:
            continue  # a public feed must not point storyline at this machine or its network
        out[normalise(absolute)] = None
        if len(out) >= MAX_LINKS:
            break
    return list(out)


def _is_home(url: str) -> bool:
    parts = urlsplit(url)
    return parts.path in ("", "/") and not parts.query


def _is_local(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith((".localhost", ".local", ".internal")) or "." not in host:
        return True
    try:
        return not ipaddress.ip_address(host).is_global
    except ValueError:
        return False
