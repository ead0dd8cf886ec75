"""Fetching with manners, against a server on 127.0.0.1 that the tests start (never an outside
address): per-host spacing, robots.txt, redirects, conditional GETs, 429/5xx retries, slow,
broken and oversized answers, and a page whose charset header lies."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.local_site import Hit, LocalSite, Reply  # noqa: E402

from storyline.ingest.records import RawDoc  # noqa: E402
from storyline.sources.http import Fetcher, Request  # noqa: E402
from storyline.sources.options import Politeness  # noqa: E402
from storyline.sources.pages import page_record  # noqa: E402

FAST = Politeness(delay=0.0, backoff=0.05, retries=2, connect_timeout=2, read_timeout=2, total_timeout=5)
PAGE = "<html><head><title>{0}</title></head><body><article><p>{1}</p></article></body></html>"


@pytest.fixture
def site() -> Iterator[LocalSite]:
    with LocalSite() as s:
        s.page("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
        yield s


def test_requests_to_one_host_are_spaced_and_name_storyline(site: LocalSite) -> None:
    for i in range(4):
        site.page(f"/p{i}", PAGE.format(i, "text"))
    fetcher = Fetcher(replace(FAST, delay=0.25, per_host=1))
    got = list(fetcher.get_all(site.url(f"/p{i}") for i in range(4)))
    assert sorted(r.status for r in got) == [200] * 4
    starts = sorted(h.at for h in site.log if h.path.startswith("/p"))
    assert all(b - a >= 0.2 for a, b in zip(starts, starts[1:], strict=False))
    assert len(site.hits("/robots.txt")) == 1  # read once per host, not per page
    assert all(h.headers["user-agent"].startswith("storyline/") for h in site.log)


def test_robots_txt_is_obeyed_and_a_missing_one_allows_everything(site: LocalSite) -> None:
    site.page("/private/secret", PAGE.format("no", "no"))
    resp = Fetcher(FAST).get(site.url("/private/secret"))
    assert not resp.ok and "robots.txt" in (resp.error or "")
    assert site.hits("/private/secret") == []
    with LocalSite() as bare:  # no robots.txt at all (404)
        bare.page("/a", PAGE.format("a", "a"))
        assert Fetcher(FAST).get(bare.url("/a")).ok


def test_robots_txt_crawl_delay_slows_the_host_down() -> None:
    with LocalSite() as s:
        s.page("/robots.txt", "User-agent: storyline\nCrawl-delay: 1\n", content_type="text/plain")
        for i in range(2):
            s.page(f"/p{i}", PAGE.format(i, "x"))
        fetcher = Fetcher(replace(FAST, delay=0.0, per_host=1))
        list(fetcher.get_all(s.url(f"/p{i}") for i in range(2)))
        starts = sorted(h.at for h in s.log if h.path.startswith("/p"))
        assert starts[1] - starts[0] >= 0.95  # the standard parser reads whole seconds


def test_redirects_are_followed_and_the_final_url_kept(site: LocalSite) -> None:
    site.redirect("/old", "/middle", 301)
    site.redirect("/middle", "/new", 302)
    site.page("/new", PAGE.format("new", "here"))
    resp = Fetcher(FAST).get(site.url("/old"))
    assert resp.ok and resp.final_url == site.url("/new") and resp.url == site.url("/old")
    assert resp.redirects == [site.url("/old"), site.url("/middle")]


def test_a_redirect_loop_ends(site: LocalSite) -> None:
    site.redirect("/a", "/b")
    site.redirect("/b", "/a")
    resp = Fetcher(FAST).get(site.url("/a"))
    assert not resp.ok and "redirects" in (resp.error or "")


def test_a_conditional_get_is_answered_304(site: LocalSite) -> None:
    site.page("/feed", "<rss/>", etag='"v7"', last_modified=1_700_000_000)
    fetcher = Fetcher(FAST)
    first = fetcher.get(site.url("/feed"))
    again = fetcher.get(Request(site.url("/feed"), first.etag, first.last_modified))
    assert first.ok and first.etag == '"v7"' and again.not_modified and again.body == b""
    assert site.hits("/feed")[1].headers["if-none-match"] == '"v7"'


def test_429_with_retry_after_pauses_the_host_then_succeeds(site: LocalSite) -> None:
    calls: list[float] = []

    def busy(hit: Hit) -> Reply:
        calls.append(hit.at)
        if len(calls) == 1:
            return Reply(429, {"Retry-After": "1"})
        return Reply(200, {"Content-Type": "text/html"}, PAGE.format("ok", "ok").encode())

    site.route("/busy", busy)
    resp = Fetcher(FAST).get(site.url("/busy"))
    assert resp.ok and resp.attempts == 2 and calls[1] - calls[0] >= 0.95


def test_a_retry_after_longer_than_allowed_gives_up_for_now(site: LocalSite) -> None:
    site.route("/later", lambda hit: Reply(429, {"Retry-After": "3600"}))
    resp = Fetcher(FAST).get(site.url("/later"))
    assert not resp.ok and "wait" in (resp.error or "") and len(site.hits("/later")) == 1


def test_5xx_is_retried_with_backoff_then_reported(site: LocalSite) -> None:
    site.route("/down", lambda hit: Reply(503))
    resp = Fetcher(replace(FAST, backoff=0.2)).get(site.url("/down"))
    hits = site.hits("/down")
    assert not resp.ok and resp.status == 503 and len(hits) == 3 and "3 tries" in (resp.error or "")
    first, second = hits[1].at - hits[0].at, hits[2].at - hits[1].at
    assert 0.2 <= first < second and second >= 0.4  # 0.2 s, then 0.4 s (a quarter more at most)


def test_a_slow_server_times_out_without_holding_the_others(site: LocalSite) -> None:
    site.page("/slow", PAGE.format("slow", "slow"), delay=3)
    site.page("/quick", PAGE.format("quick", "quick"))
    fetcher = Fetcher(replace(FAST, read_timeout=0.5, retries=0))
    started = time.monotonic()
    got = {r.url.rsplit("/", 1)[1]: r for r in fetcher.get_all([site.url("/slow"), site.url("/quick")])}
    assert got["quick"].ok and not got["slow"].ok and "no answer" in (got["slow"].error or "")
    assert time.monotonic() - started < 2.5


def test_a_broken_server_is_reported_in_one_line(site: LocalSite) -> None:
    site.route("/broken", lambda hit: Reply(drop=True))
    resp = Fetcher(replace(FAST, retries=1)).get(site.url("/broken"))
    assert not resp.ok and resp.status == 0 and resp.error and "\n" not in resp.error
    assert len(site.hits("/broken")) == 2  # a broken connection is tried again


def test_a_50_mb_response_is_streamed_and_cut_at_the_limit(site: LocalSite) -> None:
    sent: list[int] = []

    def huge(hit: Hit) -> Reply:
        def chunks() -> Iterator[bytes]:
            for _ in range(50):
                sent.append(1)
                yield b"x" * 1_000_000

        return Reply(200, {"Content-Type": "text/html"}, chunks())

    site.route("/huge", huge)
    site.route("/declared", lambda hit: Reply(200, {"Content-Length": str(50_000_000)}, b""))
    fetcher = Fetcher(replace(FAST, max_bytes=2_000_000, retries=0))
    started = time.monotonic()
    resp = fetcher.get(site.url("/huge"))
    assert not resp.ok and "too large" in (resp.error or "") and len(resp.body) == 0
    assert time.monotonic() - started < 5 and len(sent) < 50
    declared = fetcher.get(site.url("/declared"))
    assert not declared.ok and "50.0 MB" in (declared.error or "")


def test_a_cp1251_page_with_a_wrong_charset_header_is_read_right(site: LocalSite) -> None:
    text = "Вчера в городе Заречный прошли выборы мэра. " * 8
    html = PAGE.format("Выборы в Заречном", text).replace("<head>", '<head><meta charset="windows-1251">')
    site.page("/ru", html.encode("cp1251"), content_type="text/html; charset=utf-8")
    resp = Fetcher(FAST).get(site.url("/ru"))
    record = page_record(resp, site.url("/ru"), found_in=site.url("/feed"))
    assert isinstance(record, RawDoc)
    assert "Заречный" in record.text and record.url == site.url("/ru")
    fetch = record.meta["fetch"]
    assert fetch["status"] == 200 and fetch["final_url"] == site.url("/ru") and fetch["found_in"]


def test_a_page_keeps_its_publication_date_from_metadata(site: LocalSite) -> None:
    head = '<head><meta property="article:published_time" content="2024-05-17T08:00:00Z"><title>t</title>'
    site.page(
        "/dated",
        PAGE.format("t", "The bridge in Oakfield reopened after repairs. " * 6).replace("<head>", head),
    )
    site.redirect("/short", "/dated")
    record = page_record(Fetcher(FAST).get(site.url("/short")), site.url("/short"))
    assert isinstance(record, RawDoc)
    assert (
        record.published is not None
        and record.published.value == "2024-05-17"
        and record.url == site.url("/dated")
    )
    assert record.meta["fetch"]["redirects"] == [site.url("/short")]


def test_at_most_per_host_requests_run_at_once_on_one_host(site: LocalSite) -> None:
    for i in range(6):
        site.page(f"/s{i}", PAGE.format(i, "x"), delay=0.3)
    fetcher = Fetcher(replace(FAST, per_host=2, concurrency=8))
    assert all(r.ok for r in fetcher.get_all(site.url(f"/s{i}") for i in range(6)))
    starts = sorted(h.at for h in site.log if h.path.startswith("/s"))
    assert all(c - a >= 0.28 for a, c in zip(starts, starts[2:], strict=False))  # a third waits for a slot
