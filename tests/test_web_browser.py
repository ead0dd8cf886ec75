"""`storyline serve` in a real browser: Chromium (Debian's, driven by Playwright; never a downloaded
browser) against the app on the demo corpus, served by uvicorn on 127.0.0.1 with logins on.

An analyst filters the stories, opens one, follows a figure's evidence to its highlighted span,
searches in Cyrillic for an entity named in Latin, merges two entities and sees the merge survive
a new ingest; a viewer is refused; a crafted article injects nothing. Screenshots go to the
test's folder. Skipped, with the reason, where Chromium or playwright is missing.
"""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from storyline.api import Store
from storyline.web.users import add_user, new_token
from web_support import HOSTILE, copy_store, write_jsonl

PASSWORD = "a long enough password"
TIMEOUT_MS = 20_000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The app on a copy of the demo store, with a hostile article in it and two users."""
    import uvicorn

    from storyline.web import Settings, create_app
    from storyline.web.security import BodyLimit

    folder = tmp_path_factory.mktemp("served")
    db = copy_store(demo_db, folder / "store.db")
    store = Store(db)
    store.ingest([write_jsonl(folder / "in", "hostile.jsonl", [HOSTILE])])
    add_user(store, "anna", "analyst", PASSWORD)
    add_user(store, "vera", "viewer", PASSWORD)
    token = new_token(store, "vera")
    store.close()
    settings = Settings(db=str(db), auth=True, rate_limit=0, run_jobs_inline=True)
    port = _free_port()
    config = uvicorn.Config(BodyLimit(create_app(settings), 10_000_000), host="127.0.0.1", port=port,
                            log_level="warning")  # fmt: skip
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    api = httpx.Client(base_url=base, headers={"authorization": f"Bearer {token}"}, timeout=30)
    for _ in range(200):
        try:
            if api.get("/api/v1/me").status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.05)
    yield {"base": base, "api": api, "db": db, "shots": folder / "screenshots"}
    api.close()
    uv.should_exit = True
    thread.join(timeout=10)


def _page(browser: Any, server: dict[str, Any], user: str) -> Any:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.problems = []  # type: ignore[attr-defined]
    page.on("dialog", lambda d: (page.problems.append("dialog: " + d.message), d.dismiss()))
    page.on("pageerror", lambda e: page.problems.append(f"script error: {e}"))
    page.on("request", lambda r: r.url.startswith(server["base"]) or page.problems.append("fetched " + r.url))
    page.goto(server["base"] + "/")
    assert "/login" in page.url
    page.fill("input[name=name]", user)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(server["base"] + "/")
    return page


def _shot(page: Any, server: dict[str, Any], name: str) -> None:
    server["shots"].mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(server["shots"] / f"{name}.png"), full_page=False)


def _clean(page: Any) -> None:
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.problems == []


def test_an_analyst_filters_opens_a_story_and_follows_a_figure_to_its_span(
    browser: Any, server: dict[str, Any]
) -> None:
    page = _page(browser, server, "anna")
    lang = server["api"].get("/api/v1/stories", params={"sort": "biggest"}).json()["items"][0]["languages"]
    page.select_option("select[name=lang]", next(iter(lang)))
    page.select_option("select[name=sort]", "biggest")
    page.click(".filters button[type=submit]")
    page.wait_for_url(re.compile(r"lang="))
    _shot(page, server, "1-stories")
    page.click(".story-card a.story-title >> nth=0")
    page.wait_for_url(re.compile(r"/stories/"))
    assert page.locator("#timeline svg").count() >= 1
    _shot(page, server, "2-story")
    figure = page.locator("#figures [data-item^='f:']").first
    figure.click()
    panel = page.locator("#panel")
    panel.wait_for(state="visible")
    _shot(page, server, "3-evidence-panel")
    panel.locator("a", has_text="evidence highlighted").first.click()
    page.wait_for_url(re.compile(r"/documents/.*hl="))
    mark = page.locator("#doctext mark#hl")
    mark.wait_for(state="visible")
    assert mark.text_content()
    assert "cur" in (mark.get_attribute("class") or "")
    _shot(page, server, "4-document-highlighted")
    mark.click()
    panel.wait_for(state="visible")
    assert page.locator("#panel-body .finding").count() >= 1
    _clean(page)
    page.context.close()


def test_search_in_cyrillic_finds_an_entity_named_in_latin(browser: Any, server: dict[str, Any]) -> None:
    entities = server["api"].get("/api/v1/entities", params={"per_page": 100}).json()["items"]
    target, cyrillic = None, None
    for e in entities:
        forms = [n for names in e["names"].values() for n in names]
        cyr = next((n for n in forms if re.fullmatch(r"[А-Яа-яІіЇїЄєЁё][А-Яа-яІіЇїЄєЁё -]+", n)), None)
        if re.fullmatch(r"[A-Za-z][A-Za-z -]+", e["name"]) and cyr:
            target, cyrillic = e, cyr
            break
    assert target and cyrillic, "the demo names some entity in Latin and in Cyrillic"
    page = _page(browser, server, "vera")
    page.fill("header form.search input[name=q]", cyrillic)
    page.press("header form.search input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"/search\?q="))
    hit = page.locator("#entity-hits a", has_text=target["name"]).first
    hit.wait_for(state="visible")
    _shot(page, server, "5-search-cyrillic")
    hit.click()
    page.wait_for_url(re.compile(r"/entities/" + target["id"]))
    _clean(page)
    page.context.close()


def test_a_merge_by_an_analyst_survives_a_new_ingest_and_a_viewer_is_refused(
    browser: Any, server: dict[str, Any]
) -> None:
    api = server["api"]
    a, b = api.get("/api/v1/entities", params={"type": "LOC", "per_page": 2}).json()["items"]
    page = _page(browser, server, "anna")
    page.goto(f"{server['base']}/entities/{a['id']}")
    page.fill("#merge-with", b["id"])
    page.fill("section.correct form >> nth=0 >> input[name=note]", "the same place")
    page.click("section.correct form >> nth=0 >> button[type=submit]")
    page.wait_for_url(re.compile(r"/jobs/\d+"))
    page.locator("#job-status", has_text="done").wait_for()
    _shot(page, server, "6-merge-done")

    def ids() -> set[str]:
        return {e["id"] for e in api.get("/api/v1/entities", params={"per_page": 500}).json()["items"]}

    assert len({a["id"], b["id"]} & ids()) == 1
    page.goto(server["base"] + "/ingest")
    page.fill("input[name=title]", "Late update")
    page.fill(
        "textarea[name=text]",
        "Rescuers in Grenholm said on Tuesday the search would go on through the night.",
    )
    page.click("main form button[type=submit]")
    page.wait_for_url(re.compile(r"/jobs/\d+"))
    page.locator("#job-status", has_text="done").wait_for()
    assert len({a["id"], b["id"]} & ids()) == 1, "the merge survives the new ingest"
    page.goto(server["base"] + "/corrections")
    assert page.locator("table.corrections tbody tr", has_text="anna").count() >= 1
    _clean(page)
    page.context.close()

    viewer = _page(browser, server, "vera")
    viewer.goto(f"{server['base']}/entities/{a['id'] if a['id'] in ids() else b['id']}")
    assert viewer.locator("#merge-with").count() == 0
    status = viewer.evaluate(
        """async ([a, b]) => {
            const csrf = document.querySelector('meta[name="csrf-token"]').content;
            const r = await fetch('/api/v1/corrections', {method: 'POST', headers: {'content-type': 'application/json',
                'x-csrf-token': csrf}, body: JSON.stringify({kind: 'merge', entities: [a, b]})});
            return r.status;
        }""",
        [a["id"], b["id"]],
    )
    assert status == 403
    viewer.goto(server["base"] + "/ingest")
    assert "403" in viewer.locator("h1").text_content()
    _shot(viewer, server, "7-viewer-refused")
    viewer.context.close()


def test_a_crafted_article_injects_nothing(browser: Any, server: dict[str, Any]) -> None:
    docs = server["api"].get("/api/v1/documents", params={"per_page": 500}).json()["items"]
    hostile = next(d for d in docs if d["url"] == HOSTILE["url"])
    page = _page(browser, server, "anna")
    pages = [f"/documents/{hostile['id']}", "/documents", "/search?q=Portvale"]
    if hostile["story"]:
        pages.append(f"/stories/{hostile['story']}")
    for path in pages:
        page.goto(server["base"] + path)
        here = page.url
        controls = page.locator("#doctext mark, main [data-item]")
        for i in range(min(controls.count(), 40)):
            if i >= controls.count():
                break
            controls.nth(i).dispatch_event("click")  # a timeline mark sits under its drawing
            page.keyboard.press("Escape")
            if page.url != here:
                page.goto(here)
        _clean(page)
    page.goto(server["base"] + f"/documents/{hostile['id']}")
    assert page.locator("a[href^='javascript:']").count() == 0
    assert "<script>" in page.locator("h1").text_content()  # shown as text, not run
    _shot(page, server, "8-hostile-document")
    page.context.close()
