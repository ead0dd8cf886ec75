"""`storyline serve`, writing and guarding: corrections and ingests as background jobs (the same
correction records the command line writes, signed by their user, undoable), users and roles,
CSRF, API tokens, escaping of a hostile article, request limits, the schema-4 migration and the
`users` and `serve` commands."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from storyline import cli
from storyline.api import Store
from storyline.store import schema
from storyline.web.users import add_user, new_token
from web_support import HOSTILE, client, copy_store, write_jsonl

API = "/api/v1"
PASSWORD = "correct horse battery"


@pytest.fixture
def db(demo_db: Path, tmp_path: Path) -> Path:
    return copy_store(demo_db, tmp_path / "store.db")


def _two_entities(c: Any) -> list[dict[str, Any]]:
    return c.get(f"{API}/entities", params={"per_page": 2, "type": "LOC"}).json()["items"]


# ---------------------------------------------------------------- corrections


def test_merge_is_recorded_signed_survives_an_ingest_and_is_undone(db: Path, tmp_path: Path) -> None:
    with client(db) as c:
        a, b = _two_entities(c)
        job = c.post(
            f"{API}/corrections", json={"kind": "merge", "entities": [a["id"], b["id"]], "note": "one place"}
        )
        assert job.status_code == 202, job.text
        assert c.get(f"{API}/jobs/{job.json()['id']}").json()["status"] == "done"
        fixes = c.get(f"{API}/corrections").json()["items"]
        assert fixes[0]["kind"] == "merge" and fixes[0]["by"] == "tester" and fixes[0]["note"] == "one place"
        merged = {e["id"]: e for e in c.get(f"{API}/entities", params={"per_page": 500}).json()["items"]}
        assert len({a["id"], b["id"]} & merged.keys()) == 1
        survivor = merged.get(a["id"]) or merged[b["id"]]
        assert survivor["mentions"] == a["mentions"] + b["mentions"]
        # the same record the command line writes: `storyline corrections` lists it
        assert Store(db).corrections()[-1].kind == "merge"

        new = c.post(
            f"{API}/ingest",
            data={
                "text": "Officials in Marlow Bay said a bridge closed on Monday after the storm.",
                "title": "Bridge",
            },
        )
        assert new.status_code == 202 and c.get(f"{API}/jobs/{new.json()['id']}").json()["status"] == "done"
        after = {e["id"] for e in c.get(f"{API}/entities", params={"per_page": 500}).json()["items"]}
        assert len({a["id"], b["id"]} & after) == 1, "the merge survives a new ingest"

        undo = c.delete(f"{API}/corrections/{fixes[0]['id']}")
        assert undo.status_code == 202 and c.get(f"{API}/jobs/{undo.json()['id']}").json()["status"] == "done"
        back = {e["id"] for e in c.get(f"{API}/entities", params={"per_page": 500}).json()["items"]}
        assert {a["id"], b["id"]} <= back
        assert c.get(f"{API}/corrections").json()["total"] == 0
        assert c.delete(f"{API}/corrections/{fixes[0]['id']}").status_code == 404


def test_reject_and_set_speaker_from_forms(db: Path) -> None:
    with client(db) as c:
        c.get("/")
        csrf = c.cookies["sl_csrf"]
        figure = c.get(f"{API}/figures", params={"per_page": 1}).json()["items"][0]
        r = c.post(
            "/corrections", data={"kind": "reject", "item": figure["id"], "note": "misread", "csrf": csrf}
        )
        assert r.status_code == 303 and r.headers["location"].startswith("/jobs/")
        assert "done" in c.get(r.headers["location"]).text
        assert figure["id"] not in [
            f["id"] for f in c.get(f"{API}/figures", params={"per_page": 500}).json()["items"]
        ]
        quotes = c.get(f"{API}/quotes", params={"per_page": 500}).json()["items"]
        person = c.get(f"{API}/entities", params={"type": "PER", "per_page": 1}).json()["items"][0]
        if quotes:
            r = c.post(
                f"{API}/corrections",
                json={"kind": "set_speaker", "quote": quotes[0]["id"], "entity": person["id"]},
            )
            assert r.status_code == 202 and c.get(f"{API}/jobs/{r.json()['id']}").json()["status"] == "done"
            assert Store(db).corrections()[-1].kind == "set_speaker"
        page = c.get("/corrections").text
        assert "reject" in page and "tester" in page and "misread" in page


@pytest.mark.parametrize(
    "body",
    [
        {"kind": "merge", "entities": ["e-nope", "e-neither"]},
        {"kind": "split", "entity": "e-nope", "names": ["x"]},
        {"kind": "reject", "item": "f-nope"},
        {"kind": "set_speaker", "quote": "q-nope", "entity": "e-nope"},
        {"kind": "rename"},
    ],
)
def test_a_correction_of_unknown_things_is_a_422_and_records_nothing(db: Path, body: dict[str, Any]) -> None:
    with client(db) as c:
        r = c.post(f"{API}/corrections", json=body)
        assert r.status_code == 422 and r.json()["detail"]
        assert c.get(f"{API}/jobs").json()["total"] == 0
    assert Store(db).corrections() == []


# ---------------------------------------------------------------- ingest


def test_upload_is_analysed_in_the_background_and_searchable(db: Path, tmp_path: Path) -> None:
    article = {"title": "Dam repairs", "date": "2024-05-03",
               "text": "Engineers in Castelbrook said on Friday that repairs to the old dam will take three weeks."}  # fmt: skip
    path = write_jsonl(tmp_path / "in", "news.jsonl", [article])
    with client(db) as c:
        with path.open("rb") as f:
            r = c.post(f"{API}/ingest", files={"files": ("../../etc/news.jsonl", f, "application/json")})
        assert r.status_code == 202, r.text
        job = c.get(f"{API}/jobs/{r.json()['id']}").json()
        assert job["status"] == "done" and job["user"] == "tester" and job["done"] == job["total"] == 1
        assert "folder" not in job["args"]  # the server's upload folder is not shown
        doc = job["result"]["documents"][0]
        assert c.get(f"{API}/documents/{doc}").json()["title"] == "Dam repairs"
        hits = c.get(f"{API}/search", params={"q": "Castelbrook"}).json()["documents"]["items"]
        assert doc in [h["id"] for h in hits]
        assert f'href="/documents/{doc}"' in c.get(f"/jobs/{job['id']}").text
    assert not any((tmp_path / "store.db-uploads").glob("upload-*")), "the upload folder is removed"


def test_ingest_refuses_nothing_and_unknown_types(db: Path) -> None:
    with client(db) as c:
        assert c.post(f"{API}/ingest", data={"text": "  "}).status_code == 422
        r = c.post(f"{API}/ingest", files={"files": ("run.exe", b"MZ", "application/octet-stream")})
        assert r.status_code == 422 and "unsupported" in r.json()["detail"]


def test_a_failed_job_says_why(db: Path) -> None:
    with client(db) as c:
        r = c.post(f"{API}/ingest", files={"files": ("broken.json", b"{not json", "application/json")})
        job = c.get(f"{API}/jobs/{r.json()['id']}").json()
        assert job["status"] == "done" and job["result"]["failed"]


# ---------------------------------------------------------------- users, roles, CSRF


@pytest.fixture
def users_db(db: Path) -> Path:
    store = Store(db)
    for name, role in (("vera", "viewer"), ("anna", "analyst"), ("adam", "admin")):
        add_user(store, name, role, PASSWORD)
    store.close()
    return db


def _login(c: Any, name: str, password: str = PASSWORD) -> Any:
    c.get("/login")
    return c.post(
        "/login", data={"name": name, "password": password, "csrf": c.cookies["sl_csrf"], "next": "/"}
    )


def test_with_auth_nothing_is_shown_before_logging_in(users_db: Path) -> None:
    with client(users_db, auth=True) as c:
        assert c.get("/").status_code == 303 and c.get("/").headers["location"].startswith("/login")
        r = c.get(f"{API}/stories")
        assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
        assert c.get(f"{API}/stories", headers={"authorization": "Bearer slt_wrong"}).status_code == 401
        assert _login(c, "vera", "wrong password").status_code == 401
        assert _login(c, "nobody").status_code == 401
        ok = _login(c, "vera")
        assert ok.status_code == 303
        cookie = next(h for h in ok.headers.get_list("set-cookie") if h.startswith("sl_session="))
        assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
        assert c.get("/").status_code == 200 and c.get(f"{API}/me").json()["role"] == "viewer"


def test_a_viewer_reads_but_may_not_correct_or_ingest(users_db: Path) -> None:
    with client(users_db, auth=True) as c:
        _login(c, "vera")
        a, b = _two_entities(c)
        headers = {"x-csrf-token": c.cookies["sl_csrf"]}
        r = c.post(
            f"{API}/corrections", json={"kind": "merge", "entities": [a["id"], b["id"]]}, headers=headers
        )
        assert r.status_code == 403 and "analyst" in r.json()["detail"]
        assert c.post(f"{API}/ingest", data={"text": "A text."}, headers=headers).status_code == 403
        assert c.get("/ingest").status_code == 403
        assert "Merge with" not in c.get(f"/entities/{a['id']}").text
    assert Store(users_db).corrections() == []


def test_an_analyst_corrects_with_the_csrf_token_only(users_db: Path) -> None:
    with client(users_db, auth=True) as c:
        _login(c, "anna")
        a, b = _two_entities(c)
        body = {"kind": "merge", "entities": [a["id"], b["id"]]}
        refused = c.post(f"{API}/corrections", json=body)
        assert refused.status_code == 403 and "CSRF" in refused.json()["detail"]
        forged = c.post(
            "/corrections", data={"kind": "merge", "entities": f"{a['id']} {b['id']}", "csrf": "forged"}
        )
        assert forged.status_code == 403
        ok = c.post(f"{API}/corrections", json=body, headers={"x-csrf-token": c.cookies["sl_csrf"]})
        assert ok.status_code == 202 and ok.json()["user"] == "anna"
    assert Store(users_db).corrections()[-1].payload["by"] == "anna"


def test_api_tokens_act_for_their_user(users_db: Path) -> None:
    store = Store(users_db)
    viewer, analyst = new_token(store, "vera"), new_token(store, "anna", "a script")
    store.close()
    with client(users_db, auth=True) as c:
        for token, role in ((viewer, "viewer"), (analyst, "analyst")):
            assert c.get(f"{API}/me", headers={"authorization": f"Bearer {token}"}).json()["role"] == role
        entities = c.get(
            f"{API}/entities",
            params={"type": "LOC", "per_page": 2},
            headers={"authorization": f"Bearer {viewer}"},
        )
        a, b = entities.json()["items"]
        body = {"kind": "merge", "entities": [a["id"], b["id"]]}
        assert (
            c.post(f"{API}/corrections", json=body, headers={"authorization": f"Bearer {viewer}"}).status_code
            == 403
        )
        r = c.post(f"{API}/corrections", json=body, headers={"authorization": f"Bearer {analyst}"})
        assert r.status_code == 202 and r.json()["user"] == "anna"  # a token needs no CSRF token: no cookie


def _cli(*argv: str) -> int:
    try:
        cli.main(list(argv))
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


def test_users_command_line(tmp_path: Path, demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(copy_store(demo_db, tmp_path / "u.db"))
    assert _cli("users", "add", "maria", "--role", "analyst", "--password", PASSWORD, "--db", db) == 0
    assert _cli("users", "list", "--db", db) == 0
    assert re.search(r"maria\s+analyst", capsys.readouterr().out)
    assert _cli("users", "add", "maria", "--role", "analyst", "--password", PASSWORD, "--db", db) == 2
    assert "exists" in capsys.readouterr().err
    assert _cli("users", "add", "omar", "--role", "owner", "--password", PASSWORD, "--db", db) == 2
    assert "unknown role" in capsys.readouterr().err
    assert _cli("users", "add", "omar", "--password", "short", "--db", db) == 2
    assert _cli("users", "token", "maria", "--db", db) == 0
    token = capsys.readouterr().out.strip()
    assert token.startswith("slt_")
    stored = sqlite3.connect(db).execute("SELECT password, token_sha256 FROM users, api_tokens").fetchone()
    assert stored[0].startswith("$argon2") and PASSWORD not in stored[0] and token not in stored[1]
    assert _cli("users", "role", "maria", "viewer", "--db", db) == 0
    assert _cli("users", "remove", "maria", "--db", db) == 0
    assert _cli("users", "list", "--db", db) == 0
    assert "maria" not in capsys.readouterr().out


def test_serve_refuses_auth_without_users_and_bad_options(demo_db: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    db = str(copy_store(demo_db, tmp_path / "s.db"))
    for argv in (["--auth"], ["--host", "0.0.0.0"], ["--port", "0"], ["--max-upload-mb", "0"]):
        assert _cli("serve", "--db", db, *argv) != 0
        assert "error:" in capsys.readouterr().err


# ---------------------------------------------------------------- hostile input


def test_a_hostile_article_is_escaped_everywhere(db: Path, tmp_path: Path) -> None:
    Store(db).ingest([write_jsonl(tmp_path / "in", "hostile.jsonl", [HOSTILE])])
    with client(db) as c:
        doc = next(
            d
            for d in c.get(f"{API}/documents", params={"per_page": 500}).json()["items"]
            if d["url"] == HOSTILE["url"]
        )
        pages = [f"/documents/{doc['id']}", "/documents", "/search?q=Portvale"]
        if doc["story"]:
            pages.append(f"/stories/{doc['story']}")
        for path in pages:
            html = c.get(path).text
            assert "<script>window.__pwned" not in html and "<img src=x" not in html, path
            assert 'href="javascript:' not in html, path
        page = c.get(f"/documents/{doc['id']}").text
        assert "&lt;script&gt;" in page and "not a web address" in page


# ---------------------------------------------------------------- limits


def test_rate_limit_is_a_429_with_retry_after(db: Path) -> None:
    with client(db, rate_limit=1) as c:
        codes = [c.get(f"{API}/me").status_code for _ in range(30)]
    assert codes == [200] * 20 + [429] * 10  # a burst of 20, then one a minute
    with client(db, rate_limit=1) as c:
        for _ in range(25):
            r = c.get(f"{API}/me")
        assert (
            r.status_code == 429 and int(r.headers["retry-after"]) >= 1 and "too many" in r.json()["detail"]
        )


def test_a_body_over_the_limit_is_a_413(db: Path) -> None:
    from fastapi.testclient import TestClient

    from storyline.web import Settings, create_app
    from storyline.web.security import BodyLimit

    app = BodyLimit(create_app(Settings(db=str(db), rate_limit=0, run_jobs_inline=True)), 1_000_000)
    with TestClient(app) as c:
        r = c.post(f"{API}/ingest", files={"files": ("big.txt", b"word " * 300_000, "text/plain")})
        assert r.status_code == 413 and "too large" in r.json()["detail"]
        assert c.get(f"{API}/jobs").json()["total"] == 0


def test_a_search_past_its_time_budget_is_a_408(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.web import search

    monkeypatch.setattr(search, "PROGRESS_EVERY", 1)  # look at the clock at every step
    with client(db, search_timeout_s=-1.0) as c:  # every search is already past its deadline
        r = c.get(f"{API}/search", params={"q": "fire"})
        assert r.status_code == 408 and "took longer" in r.json()["detail"]
        assert "took longer" in c.get("/search", params={"q": "fire"}).text


# ---------------------------------------------------------------- schema 5


def test_a_version_3_store_gains_the_web_tables_and_keeps_its_results(db: Path) -> None:
    conn = sqlite3.connect(db)
    before = conn.execute("SELECT count(*) FROM linked").fetchone()[0]
    for table in ("users", "api_tokens", "jobs", schema.SEARCH_TABLE):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    conn.execute("DELETE FROM meta WHERE key LIKE 'search_%'")  # a version-3 store never had an index
    conn.commit()
    conn.close()
    store = Store(db)
    assert store.schema_version == schema.SCHEMA_VERSION == 12
    tables = {r[0] for r in sqlite3.connect(db).execute("SELECT name FROM sqlite_master")}
    assert {"users", "api_tokens", "jobs", schema.SEARCH_TABLE} <= tables
    assert sqlite3.connect(db).execute("SELECT count(*) FROM linked").fetchone()[0] == before
    with client(db) as c:
        assert c.get(f"{API}/search", params={"q": "fire"}).json()["documents"]["total"] > 0


def test_a_search_index_made_again_fills_itself_from_the_start(db: Path) -> None:
    with client(db) as c:
        found = c.get(f"{API}/search", params={"q": "fire"}).json()["documents"]["total"]
    assert found > 0
    conn = sqlite3.connect(db)
    conn.execute(f"DROP TABLE {schema.SEARCH_TABLE}")
    conn.commit()
    conn.close()
    Store(db).close()  # opening the store makes the index table again, empty
    with client(db) as c:
        assert c.app.state.web.state.search.enabled  # FTS5, not the substring fallback
        assert c.get(f"{API}/search", params={"q": "fire"}).json()["documents"]["total"] == found


# ---------------------------------------------------------------- the worker process


def test_a_job_runs_in_a_worker_process_and_the_app_sees_it_end(db: Path) -> None:
    """As `storyline serve` runs them: queued, then run by `python -m storyline.web.worker` in a
    process of its own while the app keeps answering."""
    import time

    with client(db, run_jobs_inline=False) as c:
        figure = c.get(f"{API}/figures", params={"per_page": 1}).json()["items"][0]
        job = c.post(f"{API}/corrections", json={"kind": "reject", "item": figure["id"]}).json()
        assert job["status"] in ("queued", "running")
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            assert c.get(f"{API}/stories").status_code == 200  # the app answers meanwhile
            state = c.get(f"{API}/jobs/{job['id']}").json()
            if state["status"] in ("done", "failed"):
                break
            time.sleep(0.5)
        assert state["status"] == "done", state
        assert state["started_at"] and state["finished_at"] and state["phase"] == "done"
        figures = c.get(f"{API}/figures", params={"per_page": 500}).json()["items"]
        assert figure["id"] not in [f["id"] for f in figures]
