"""The HTML report in a real browser: a report whose every text field carries a script-injection
payload is loaded in Chromium (Debian's, through Playwright; never a downloaded browser), every
control is clicked, and no payload may run, no dialog open and nothing be fetched.

Skipped, with the reason, where Chromium or the playwright package is missing (`.ci/run`
installs both).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from storyline.export.html import render_html

PAYLOADS = [
    "<script>window.__pwned = 'script'</script>",
    '"><img src=x onerror="window.__pwned=\'img\'">',
    "'><svg onload=window.__pwned='svg'>",
    "</script><script>window.__pwned='close'</script>",
    "javascript:window.__pwned='url'",
    "{{constructor.constructor('window.__pwned=1')()}}",
]


def _crafted() -> dict[str, Any]:
    from test_html_report import sample_dossier

    dossier = copy.deepcopy(sample_dossier())
    for doc in dossier["documents"]:
        doc["title"] = (doc.get("title") or "") + PAYLOADS[0]
        doc["outlet"] = '=HYPERLINK("http://example.invalid")' + PAYLOADS[1]
        doc["url"] = "javascript:window.__pwned='href'"
    for e in dossier["entities"]:
        e["name"] += PAYLOADS[2]
    for s in dossier["stories"]:
        s["title"] = (s.get("title") or "") + PAYLOADS[3]
    for v in dossier["events"]:
        v["label"] = (v.get("label") or v["type"]) + PAYLOADS[1]
    for q in dossier["quotes"]:
        q["speaker_text"] = (q.get("speaker_text") or "") + PAYLOADS[4]
        q["cue"] = (q.get("cue") or "") + PAYLOADS[5]
    return dossier


def test_no_payload_runs_when_every_control_is_clicked(browser: Any, tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    report.write_text(render_html(_crafted()), "utf-8")
    page = browser.new_page()
    dialogs: list[str] = []
    requests: list[str] = []
    errors: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(report.as_uri())
    assert page.evaluate("typeof window.__pwned") == "undefined"
    controls = page.locator("[data-item], button, summary, a, .tl-ev")
    count = controls.count()
    assert count > 10  # the report has its controls: evidence links, timeline marks, buttons
    clicked = 0
    for i in range(count):
        control = controls.nth(i)
        page.keyboard.press("Escape")  # close the evidence panel the last click opened
        if not control.is_visible():
            continue
        if control.evaluate("el => el.closest('svg') !== null"):
            control.dispatch_event("click")  # a timeline mark: the drawing takes the pointer
        else:
            control.click(timeout=2000, no_wait_after=True)
        clicked += 1
        assert page.evaluate("typeof window.__pwned") == "undefined", f"payload ran after click {i}"
        if page.url != report.as_uri() and not page.url.startswith(report.as_uri() + "#"):
            page.goto(report.as_uri())  # a followed link: back to the report
    more = page.locator("button.more")
    for i in range(more.count()):  # "show the whole document" buttons appear in the panel
        if more.nth(i).is_visible():
            more.nth(i).click(timeout=2000)
    assert clicked > 10
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert dialogs == [] and errors == []
    assert all(url.startswith(("file://", "data:", "about:")) for url in requests), requests
    page.close()
