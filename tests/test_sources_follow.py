"""Following feeds, sitemaps, sites and folders into a store, against a local server started
here: only what is new is fetched and ingested, a failing source does not stop the others, and
the state survives between runs."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from bench.local_site import LocalSite, Reply

from sites import article, rss, serve_articles, sitemap
from storyline.api import Store
from storyline.sources.options import Politeness

FAST = Politeness(delay=0.0, backoff=0.05, retries=1, connect_timeout=2, read_timeout=3, total_timeout=10)


@pytest.fixture
def site() -> Iterator[LocalSite]:
    with LocalSite() as s:
        yield s


def _page_hits(site: LocalSite) -> dict[str, int]:
    out: dict[str, int] = {}
    for h in site.log:
        if h.path.startswith("/news/"):
            out[h.path] = out.get(h.path, 0) + 1
    return out


def test_a_feed_is_followed_and_nothing_is_fetched_twice(site: LocalSite, tmp_path: Path) -> None:
    paths = serve_articles(site, 3)
    site.page("/feed.xml", rss(site, paths), content_type="application/rss+xml", etag='"f1"')
    store = Store(tmp_path / "s.db")
    report = store.follow([site.url("/feed.xml")], replace(FAST, delay=0.4, per_host=1))
    assert [s.status for s in report.sources] == ["new links"] and len(report.ingest.new) == 3
    starts = sorted(h.at for h in site.log if h.path.startswith("/news/"))
    # one host: spaced. The server logs a request when its thread gets to it, which on a loaded
    # machine can be late for one request and not the next: half the delay is the margin.
    assert all(b - a >= 0.2 for a, b in zip(starts, starts[1:], strict=False))
    doc = next(d for d in store.documents() if d.source == site.url(paths[0]))
    fetch = doc.meta["fetch"]
    assert fetch["status"] == 200 and fetch["found_in"] == site.url("/feed.xml") and fetch["fetched_at"]
    assert doc.url == site.url(paths[0]) and doc.published.value == "2026-03-03"
    assert doc.published.basis == "metadata"
    assert set(report.stories) == set(report.ingest.doc_ids)  # each new page is in a story
    again = store.follow([site.url("/feed.xml")], FAST)
    assert [s.status for s in again.sources] == ["not modified"] and again.pages == []
    assert site.hits("/feed.xml")[-1].headers.get("if-none-match") == '"f1"'
    assert set(_page_hits(site).values()) == {1}
    assert [s.key for s in store.followed()] == [site.url("/feed.xml")]


def test_only_new_items_of_a_changed_feed_are_fetched(site: LocalSite, tmp_path: Path) -> None:
    paths = serve_articles(site, 2)
    site.page("/rss", rss(site, paths), content_type="application/rss+xml")  # no validators
    store = Store(tmp_path / "s.db")
    store.follow([site.url("/rss")], FAST)
    same = store.follow([site.url("/rss")], FAST)
    assert [s.status for s in same.sources] == ["unchanged"]  # same body as last time
    more = serve_articles(site, 1, start=2)
    site.page("/rss", rss(site, more + paths), content_type="application/rss+xml")
    changed = store.follow([site.url("/rss")], FAST)
    assert [(p.url, p.result) for p in changed.pages] == [(site.url(more[0]), "new")]
    assert changed.skipped == 2 and set(_page_hits(site).values()) == {1}


def test_a_long_feed_is_taken_over_several_polls(site: LocalSite, tmp_path: Path) -> None:
    paths = serve_articles(site, 3)
    site.page("/feed.xml", rss(site, paths), content_type="application/rss+xml", etag='"long"')
    store = Store(tmp_path / "s.db")
    taken = [store.follow([site.url("/feed.xml")], FAST, max_items=2) for _ in range(3)]
    assert [len(r.pages) for r in taken] == [2, 1, 0]
    assert taken[2].sources[0].status == "not modified" and set(_page_hits(site).values()) == {1}


def test_a_page_two_feeds_list_is_fetched_once(site: LocalSite, tmp_path: Path) -> None:
    paths = serve_articles(site, 3)
    site.page("/a.xml", rss(site, paths[:2]), content_type="application/rss+xml")
    site.page("/b.xml", rss(site, paths[1:]), content_type="application/rss+xml")
    report = Store(tmp_path / "s.db").follow([site.url("/a.xml"), site.url("/b.xml")], FAST)
    assert sorted(p.result for p in report.pages) == ["new"] * 3 and set(_page_hits(site).values()) == {1}


def test_the_same_body_under_two_addresses_is_ingested_once(site: LocalSite, tmp_path: Path) -> None:
    site.page("/news/a", article(1))
    site.page("/news/a-copy", article(1))
    site.page("/rss", rss(site, ["/news/a", "/news/a-copy"]), content_type="application/rss+xml")
    report = Store(tmp_path / "s.db").follow([site.url("/rss")], FAST)
    results = sorted(p.result for p in report.pages)
    assert results == ["new", "same body"] and len(report.ingest.new) == 1


def test_a_failing_source_is_reported_and_the_others_go_on(site: LocalSite, tmp_path: Path) -> None:
    paths = serve_articles(site, 2)
    site.page("/good.xml", rss(site, paths), content_type="application/rss+xml")
    site.route("/down.xml", lambda hit: Reply(503))
    site.route("/broken.xml", lambda hit: Reply(drop=True))
    site.page("/notafeed.xml", "just some words", content_type="text/plain")
    store = Store(tmp_path / "s.db")
    report = store.follow(
        [site.url(p) for p in ("/down.xml", "/broken.xml", "/notafeed.xml", "/good.xml")], FAST
    )
    status = {s.source.rsplit("/", 1)[1]: s for s in report.sources}
    assert status["good.xml"].status == "new links" and len(report.ingest.new) == 2
    assert {status[k].status for k in ("down.xml", "broken.xml", "notafeed.xml")} == {"failed"}
    assert "503" in (status["down.xml"].error or "")
    kept = {s.key.rsplit("/", 1)[1]: s for s in store.followed()}
    assert kept["down.xml"].failures == 1 and kept["good.xml"].failures == 0


def test_a_site_is_followed_through_the_feed_its_home_page_names(site: LocalSite, tmp_path: Path) -> None:
    paths = serve_articles(site, 2)
    site.page("/", '<html><head><link rel="alternate" type="application/rss+xml" href="/feeds/all.rss">'
                   "</head><body><p>Welcome</p></body></html>")  # fmt: skip
    site.page("/feeds/all.rss", rss(site, paths), content_type="application/rss+xml")
    store = Store(tmp_path / "s.db")
    report = store.follow([site.url("/")], FAST)
    assert [s.status for s in report.sources] == ["feeds found", "new links"] and len(report.ingest.new) == 2
    home = next(s for s in store.followed() if s.key == site.url("/"))
    assert home.kind == "site" and home.resolved == [site.url("/feeds/all.rss")]
    store.follow([site.url("/")], FAST)
    assert len(site.hits("/")) == 1  # from now on the feed is polled, not the home page


def test_a_site_without_feeds_is_followed_through_its_robots_txt_sitemap(
    site: LocalSite, tmp_path: Path
) -> None:
    paths = serve_articles(site, 2)
    site.page("/", "<html><head><title>Home</title></head><body><p>Welcome</p></body></html>")
    site.page(
        "/robots.txt",
        f"User-agent: *\nAllow: /\nSitemap: {site.url('/map.xml')}\n",
        content_type="text/plain",
    )
    site.page("/map.xml", sitemap(site, paths), content_type="application/xml")
    store = Store(tmp_path / "s.db")
    report = store.follow([site.url("/")], FAST)
    assert len(report.ingest.new) == 2
    assert next(s for s in store.followed() if s.key == site.url("/")).resolved == [site.url("/map.xml")]


def test_a_sitemap_index_leads_to_its_sitemaps_pages(site: LocalSite, tmp_path: Path) -> None:
    paths = serve_articles(site, 2)
    site.page("/sitemap.xml", '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/'
              f'sitemap/0.9"><sitemap><loc>{site.url("/sitemap-news.xml")}</loc></sitemap></sitemapindex>',
              content_type="application/xml")  # fmt: skip
    site.page("/sitemap-news.xml", sitemap(site, paths), content_type="application/xml")
    report = Store(tmp_path / "s.db").follow([site.url("/sitemap.xml")], FAST)
    assert len(report.ingest.new) == 2 and report.sources[0].kind == "sitemap"


def test_a_folder_source_takes_new_files_as_they_appear(tmp_path: Path) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    old = time.time() - 60  # written a minute ago: finished
    first = folder / "one.txt"
    first.write_text(
        "In Kessling the bridge over the canal was closed for repairs on Monday, the council said."
    )
    os.utime(first, (old, old))
    store = Store(tmp_path / "s.db")
    assert len(store.follow([str(folder)], FAST).ingest.new) == 1
    second = folder / "two.txt"
    second.write_text("Farmers near Tollen said on Friday that the dry spring had halved the barley harvest.")
    os.utime(second, (old, old))
    fresh = folder / "three.txt"
    fresh.write_text("A text still being written.")  # too new: waits for the next poll
    soon = time.time() + 3600  # modified "now" however slowly this machine reaches the next poll
    os.utime(fresh, (soon, soon))
    report = store.follow([str(folder)], FAST)
    assert report.ingest.new == [str(second)] and report.sources[0].new == 1


def test_watch_polls_when_due_and_fetches_nothing_unchanged(site: LocalSite, tmp_path: Path) -> None:
    paths = serve_articles(site, 2)
    site.page("/feed.xml", rss(site, paths), content_type="application/rss+xml", etag='"e"')
    store = Store(tmp_path / "s.db")
    reports = []
    polls = store.watch(
        [site.url("/feed.xml")], every=0.3, rounds=3, politeness=FAST, on_round=reports.append
    )
    assert polls == 3 and len(reports[0].ingest.new) == 2
    assert [r.sources[0].status for r in reports[1:]] == ["not modified", "not modified"]
    assert len(site.hits("/feed.xml")) == 3 and set(_page_hits(site).values()) == {1}


def test_watch_with_nothing_to_watch_says_so(tmp_path: Path) -> None:
    from storyline.store import StoreError

    with pytest.raises(StoreError, match="nothing to watch"):
        Store(tmp_path / "s.db").watch([], rounds=1)
