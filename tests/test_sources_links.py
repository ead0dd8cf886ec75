"""The links a feed, a sitemap or a home page holds (read by trafilatura), and what is followed."""

from __future__ import annotations

from storyline.sources.links import feed_links, kind_of, normalise, site_feeds, sitemap_links

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Valley Gazette</title><link>https://gazette.example/</link>
<item><title>Dam repairs</title><link>https://gazette.example/news/dam-repairs?utm_source=rss</link></item>
<item><title>Fish & chips <b>unclosed</title><description>no link & bad XML</item>
<item><title>Junk</title><link>not a link at all</link></item>
<item><title>Mayor elected</title><link>https://gazette.example/news/mayor#top</link></item>
<item><title>Intranet</title><link>http://127.0.0.1/admin</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Hill Post</title>
<entry><title>A</title><link href="https://hill.example/a-story"/></entry>
<entry><title>B</title><link rel="alternate" href="/b-story"/></entry></feed>"""

SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://hill.example/2026/01/flood-warning</loc>
<news:news><news:publication><news:name>Hill Post</news:name></news:publication>
<news:publication_date>2026-01-05</news:publication_date><news:title>Flood</news:title></news:news></url>
<url><loc>https://hill.example/2026/01/school-opens</loc></url>
</urlset>"""

INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://hill.example/sitemap-news.xml</loc></sitemap>
<sitemap><loc>https://hill.example/sitemap-2025.xml</loc></sitemap></sitemapindex>"""

HOME = """<html><head><title>Hill Post</title>
<link rel="alternate" type="application/rss+xml" title="All news" href="/rss/all.xml">
<link rel="alternate" type="application/atom+xml" href="https://hill.example/atom.xml">
</head><body><a href="/about">About</a></body></html>"""


def test_a_feed_with_a_malformed_item_keeps_the_others() -> None:
    links = feed_links(RSS, "https://gazette.example/rss.xml")
    assert kind_of(RSS) == "feed"
    assert links == ["https://gazette.example/news/dam-repairs", "https://gazette.example/news/mayor"]


def test_a_public_feed_cannot_point_at_local_addresses_but_a_local_one_can() -> None:
    assert not any("127.0.0.1" in u for u in feed_links(RSS, "https://gazette.example/rss.xml"))
    local = RSS.replace("https://gazette.example", "http://10.0.0.5")
    assert "http://127.0.0.1/admin" in feed_links(local, "http://10.0.0.5/rss.xml")


def test_atom_links_are_made_absolute() -> None:
    assert feed_links(ATOM, "https://hill.example/atom.xml") == [
        "https://hill.example/a-story",
        "https://hill.example/b-story",
    ]


def test_a_news_sitemap_and_a_sitemap_index() -> None:
    assert kind_of(SITEMAP) == "sitemap" and kind_of(INDEX) == "sitemap"
    pages, nested = sitemap_links(SITEMAP, "https://hill.example/sitemap-news.xml")
    assert pages == [
        "https://hill.example/2026/01/flood-warning",
        "https://hill.example/2026/01/school-opens",
    ]
    assert nested == []
    pages, nested = sitemap_links(INDEX, "https://hill.example/sitemap.xml")
    assert pages == [] and nested == [
        "https://hill.example/sitemap-news.xml",
        "https://hill.example/sitemap-2025.xml",
    ]


def test_a_home_page_names_its_feeds() -> None:
    assert kind_of(HOME) == "html"
    assert site_feeds(HOME, "https://hill.example/") == [
        "https://hill.example/rss/all.xml",
        "https://hill.example/atom.xml",
    ]


def test_urls_are_known_by_one_normal_form() -> None:
    assert normalise("https://Hill.Example/a?b=2&a=1#frag") == normalise("https://hill.example/a?a=1&b=2")


def test_a_json_feed_and_a_gzipped_sitemap() -> None:
    import gzip

    from storyline.sources.links import body_text

    jsonfeed = (
        '{"version": "https://jsonfeed.org/version/1.1", "title": "Hill Post", "items": ['
        '{"id": "1", "url": "https://hill.example/json-one"}, {"id": "2", "url": "https://hill.example/json-two"}]}'
    )
    assert kind_of(jsonfeed) == "feed"
    assert feed_links(jsonfeed, "https://hill.example/feed.json") == [
        "https://hill.example/json-one",
        "https://hill.example/json-two",
    ]
    text = body_text(gzip.compress(SITEMAP.encode()), 10_000_000)
    assert (
        sitemap_links(text, "https://hill.example/sitemap.xml.gz")[0][0]
        == "https://hill.example/2026/01/flood-warning"
    )
