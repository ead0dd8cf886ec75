"""Reading inputs: file types, folders, records, outlets, and one error line per bad input."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from storyline.ingest import IngestError, RawDoc, count_inputs, doc_id, iter_inputs, sha256_hex
from storyline.ingest import walk as walk_module

ARTICLE = "Власти Перми закрыли мост через Каму на ремонт. Работы продлятся 45 дней, сообщила мэрия."


def read(*paths: Path | str, **kw: int) -> list[RawDoc | IngestError]:
    return list(iter_inputs([str(p) for p in paths], **kw))


def only_doc(items: list[RawDoc | IngestError]) -> RawDoc:
    assert len(items) == 1 and isinstance(items[0], RawDoc), items
    return items[0]


def only_error(items: list[RawDoc | IngestError]) -> IngestError:
    assert len(items) == 1 and isinstance(items[0], IngestError), items
    assert "\n" not in items[0].message
    return items[0]


def test_ids() -> None:
    assert doc_id("abc") == "d-" + sha256_hex("abc")[:16]
    assert sha256_hex(b"abc") == sha256_hex("abc")


def test_text_file_with_header_keeps_raw(tmp_path: Path) -> None:
    raw = (" date 2024-03-05 " + ARTICLE + "\n").encode("cp1251")
    (tmp_path / "a.txt").write_bytes(raw)
    doc = only_doc(read(tmp_path / "a.txt"))
    assert doc.text == ARTICLE
    assert doc.raw == raw
    assert doc.published is not None and doc.published.value == "2024-03-05"
    assert doc.meta["encoding"] == "cp1251"
    assert doc.source == str(tmp_path / "a.txt")


def test_folder_recursive_sorted_hidden_skipped(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.md").write_text("Второй текст про Омск.", encoding="utf-8")
    (tmp_path / "1.text").write_text("Первый текст про Тверь.", encoding="koi8-r")
    (tmp_path / ".hidden.txt").write_text("скрытый", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("нет", encoding="utf-8")
    items = read(tmp_path)
    assert [Path(i.source).name for i in items] == ["1.text", "2.md"]
    assert items[0].text == "Первый текст про Тверь."
    assert count_inputs([tmp_path]) == 2


def test_a_folders_readme_and_licence_are_not_articles_unless_named(tmp_path: Path) -> None:
    (tmp_path / "01_news.txt").write_text("Мэр Самары открыл новый мост через Волгу.", encoding="utf-8")
    (tmp_path / "README.md").write_text(
        "# Answer key\nThe bridge opened on Monday; 3 articles.", encoding="utf-8"
    )
    (tmp_path / "LICENSE").write_text("Permission is hereby granted ...", encoding="utf-8")
    items = read(tmp_path)
    docs = [i for i in items if isinstance(i, RawDoc)]
    notes = [i for i in items if isinstance(i, IngestError)]
    assert [Path(d.source).name for d in docs] == ["01_news.txt"]
    assert sorted(Path(n.source).name for n in notes) == ["LICENSE", "README.md"]
    assert all("not an article" in n.message and n.skipped for n in notes)
    assert only_doc(read(tmp_path / "README.md")).text.startswith("# Answer key")  # named: read


def test_unknown_extension_is_sniffed_and_binary_types_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.article").write_text("Мэр Казани открыл парк.", encoding="utf-8")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4 ...")
    items = read(tmp_path)
    assert isinstance(items[0], RawDoc) and items[0].text == "Мэр Казани открыл парк."
    assert isinstance(items[1], IngestError) and "unsupported file type .pdf" in items[1].message


HTML = """<!DOCTYPE html><html lang="en"><head><title>Bridge closed in Linz | Danube Daily</title>
<meta property="og:site_name" content="Danube Daily">
<meta property="article:published_time" content="2023-05-17T09:00:00Z">
<meta property="og:url" content="https://danube.example/linz-bridge"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Bridge closed in Linz</h1>
<p>The city of Linz closed its old railway bridge on Tuesday after engineers found cracks in two of its piers.</p>
<p>Mayor Anna Berger said repairs would take at least 40 days and cost about 3 million euros.</p>
<p>Commuters were asked to use the ferry, which will run every 15 minutes during the closure.</p>
</article><footer>Copyright Danube Daily</footer></body></html>"""


def test_html_article(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    doc = only_doc(read(tmp_path / "page.html"))
    assert "engineers found cracks" in doc.text and "Home" not in doc.text
    assert doc.outlet == "Danube Daily"
    assert doc.published is not None and (doc.published.value, doc.published.basis) == (
        "2023-05-17",
        "metadata",
    )
    assert doc.title and "Bridge closed" in doc.title
    assert doc.url == "https://danube.example/linz-bridge"


def test_html_sniffed_from_unknown_extension(tmp_path: Path) -> None:
    (tmp_path / "page.asp").write_text(HTML, encoding="utf-8")
    assert "ferry" in only_doc(read(tmp_path / "page.asp")).text


@pytest.mark.parametrize(
    "markup", ["<html><head><title>x</title></head></html>", "<html><body><div></div></body></html>"]
)
def test_html_without_article(tmp_path: Path, markup: str) -> None:
    (tmp_path / "empty.htm").write_text(markup, encoding="utf-8")
    assert only_error(read(tmp_path / "empty.htm")).message == "no article text found in HTML"


def test_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    text = "Skip to main content\nMayor Petrov opened a school in Sochi."
    lines = [
        json.dumps({"id": "r1", "lang": "en", "date": "2020-02-03", "url": "https://x.example/1", "text": text,
                    "topic": "schools", "mentions": [[27, 33, "Petrov", "Petrov", "PER", "PER-Petrov"]]}),
        '{"id": "r2", "text": "broken" ',
        json.dumps({"id": "r3", "title": "no text here"}),
        "",
        json.dumps({"text": "Второй документ без id.", "outlet": "Вести Юга", "date": "2020-02"}),
    ]  # fmt: skip
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(tmp_path / "c.jsonl")
    assert len(items) == 4
    first, bad, no_text, last = items
    assert isinstance(first, RawDoc)
    assert first.source == f"{tmp_path / 'c.jsonl'}#r1" and first.ext_id == "r1" and first.lang == "en"
    assert first.text == "Mayor Petrov opened a school in Sochi."
    assert first.raw == lines[0].encode()
    assert first.published is not None and first.published.basis == "header"
    assert first.meta["topic"] == "schools"
    start, end = first.meta["mentions"][0][:2]
    assert first.text[start:end] == "Petrov"
    assert isinstance(bad, IngestError) and bad.message.startswith("not valid JSON at line 2:")
    assert isinstance(no_text, IngestError) and "no text" in no_text.message
    assert isinstance(last, RawDoc) and last.source.endswith("#5") and last.outlet == "Вести Юга"
    assert last.published is not None and last.published.precision == "month"


def test_records_under_the_field_names_other_exports_use(tmp_path: Path) -> None:
    # a news API's export and a feed reader's: other names for the date, text, title, outlet
    api = {
        "publishedAt": "2023-05-06T08:15:00Z",
        "content": "Mayor Ilves opened a bridge in Tartu.",
        "headline": "Bridge opened",
        "source": {"id": None, "name": "Tartu Daily"},
        "link": "https://x.example/b",
        "language": "en",
    }
    feed = {
        "pubDate": "Sat, 06 May 2023 23:10:00 -0700",
        "body": "Второй мост открыт в Нарве.",
        "text": "Мост в Нарве открыт после ремонта.",
    }
    broken = {"published": "Sat, 31 Feb 2023 10:00:00 GMT", "text": "Ещё одна заметка о мостах."}
    (tmp_path / "x.jsonl").write_text("\n".join(json.dumps(o) for o in (api, feed, broken)), encoding="utf-8")
    first, second, third = read(tmp_path / "x.jsonl")
    assert isinstance(first, RawDoc) and isinstance(second, RawDoc) and isinstance(third, RawDoc)
    assert first.text == api["content"] and first.title == "Bridge opened" and first.lang == "en"
    assert first.outlet == "Tartu Daily" and first.url == "https://x.example/b"
    assert first.published is not None and first.published.value == "2023-05-06"
    assert "publishedAt" not in first.meta and "content" not in first.meta
    # "text" wins over "body"; the feed's day is the day it writes, whatever its time zone
    assert second.text == feed["text"]
    assert second.published is not None and (second.published.value, second.published.precision) == (
        "2023-05-06",
        "day",
    )
    # an impossible day is no date, and is kept as written for the user to see
    assert third.published is None or third.published.basis != "header"
    assert third.meta.get("date_unparsed") == broken["published"]


def test_json_object_and_list(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps({"text": "Один.", "title": "T"}), encoding="utf-8")
    (tmp_path / "many.json").write_text(
        json.dumps([{"text": "Раз."}, {"text": "Два.", "id": 7}, 5]), encoding="utf-8"
    )
    (tmp_path / "bad.json").write_text('{"text": "x",\n "y": }', encoding="utf-8")
    items = read(tmp_path / "one.json", tmp_path / "many.json", tmp_path / "bad.json")
    assert [type(i).__name__ for i in items] == ["RawDoc", "RawDoc", "RawDoc", "IngestError", "IngestError"]
    assert items[0].title == "T"
    assert items[2].source.endswith("many.json#7")
    assert "not valid JSON at line 2" in items[4].message


def test_bad_inputs_one_error_each(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 200)
    (tmp_path / "big.txt").write_bytes(b"a" * 2000)
    (tmp_path / "cut.txt").write_bytes("Текст обрывается на ж".encode() + "ж".encode()[:1])
    items = {Path(i.source).name: i for i in read(tmp_path, max_bytes=1000)}
    assert isinstance(items["empty.txt"], IngestError) and items["empty.txt"].message == "empty file"
    assert items["binary.txt"].message.startswith("binary file")
    assert items["big.txt"].message == "file too large (0.0 MB > 0.001 MB limit)"
    cut = items["cut.txt"]
    assert isinstance(cut, RawDoc) and cut.text == "Текст обрывается на ж" and cut.meta["warnings"]


def test_missing_path() -> None:
    assert only_error(read("/nonexistent/storyline/x.txt")).message == "no such file or folder"


def test_file_vanishes_before_it_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Первый.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Второй.", encoding="utf-8")
    items = iter_inputs([tmp_path])
    assert isinstance(next(items), RawDoc)
    (tmp_path / "b.txt").unlink()
    error = next(items)
    assert isinstance(error, IngestError) and error.message == "file vanished before it could be read"


def test_file_changes_while_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Текст.", encoding="utf-8")
    real_open = Path.open

    def open_and_grow(self: Path, *args: object, **kw: object) -> object:
        handle = real_open(self, *args, **kw)
        if self == path:  # another process appends while we read
            with real_open(self, "ab") as other:
                other.write(" Ещё строка.".encode())
        return handle

    monkeypatch.setattr(Path, "open", open_and_grow)
    assert only_error(read(path)).message == "file changed while being read, skipped"


def test_unreadable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "ok.txt").write_text("Текст.", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: str | Path) -> object:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(walk_module.os, "scandir", scandir)
    items = read(tmp_path)
    assert isinstance(items[0], IngestError) and items[0].message == "cannot read folder: Permission denied"
    assert isinstance(items[1], RawDoc)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("ОМСК, 3 марта. /ИНТЕРФАКС/. Мэр города подал в отставку.", "ИНТЕРФАКС"),
        ("BERLIN (DPA) - The chancellor met union leaders on Friday.", "DPA"),
        ("Кметът на Бургас откри нов парк.\n\n*Източник: Черноморски вести", "Черноморски вести"),
        ("The mayor of Graz opened a new park.\n\nSource: Styria Herald", "Styria Herald"),
        ("Мер Львова відкрив новий парк.\n\nДжерело: Галицькі новини", "Галицькі новини"),
        ("Заголовок\n\nРедакция сайта ВОЛГА-ИНФО\n\nМэр открыл парк.", "ВОЛГА-ИНФО"),
        ("Договор с Европейския съюз /ЕС/ беше подписан вчера в Брюксел от министъра.", None),
        ("The ministry (MoD) - as usual - declined to comment.", None),
    ],
)
def test_outlet_from_text(tmp_path: Path, text: str, outlet: str | None) -> None:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    assert only_doc(read(tmp_path / "a.txt")).outlet == outlet


def test_dateline_date(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "ОМСК, 3 марта 2021. /ИНТЕРФАКС/. Мэр подал в отставку.", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text("ОМСК, 3 марта. /ИНТЕРФАКС/. Мэр подал в отставку.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Во вторник, 26 июня, мэр подал в отставку.", encoding="utf-8")
    a, b, c = read(tmp_path)
    assert a.published is not None and (a.published.value, a.published.basis) == ("2021-03-03", "text")
    assert b.published is None and b.meta["dateline"]["month"] == 3
    assert "dateline" not in c.meta


def test_records_whose_body_is_html_are_read_as_text(tmp_path: Path) -> None:
    # a scraper's paragraphs and a CMS export's rendered body: the tags never reach the text
    scraped = {
        "text": "<div>Паводок затопил три села под Тулой.</div> <div>Спасатели эвакуировали "
        "<b>120</b> жителей, сообщил губернатор &laquo;в ночь на среду&raquo;.</div>"
        "<script>track('x')</script>",
        "title": "<h1>Паводок под Тулой</h1>",
    }
    cms = {
        "content": {
            "rendered": "<p>Mayor Ilves opened a bridge in Tartu.</p>\n<p>It cost 4&nbsp;million.</p>"
        },
        "title": {"rendered": "Bridge &amp; road opened"},
    }
    plain_lt = {"text": "Prices rose by < 2 % while wages grew > 3 %, the bank said."}
    (tmp_path / "x.jsonl").write_text(
        "\n".join(json.dumps(o) for o in (scraped, cms, plain_lt)), encoding="utf-8"
    )
    first, second, third = read(tmp_path / "x.jsonl")
    assert isinstance(first, RawDoc) and isinstance(second, RawDoc) and isinstance(third, RawDoc)
    assert first.text.splitlines()[0] == "Паводок затопил три села под Тулой."
    assert "«в ночь на среду»" in first.text and "<" not in first.text and "track" not in first.text
    assert first.title == "Паводок под Тулой"
    assert (
        second.text.startswith("Mayor Ilves opened a bridge in Tartu.")
        and "It cost 4 million." in second.text
    )
    assert second.title == "Bridge & road opened"
    assert third.text == plain_lt["text"]


def test_annotations_of_a_marked_up_body_point_into_its_text(tmp_path: Path) -> None:
    body = "<p>Minister <b>Ana Petrova</b> visited Varna.</p><p>She met the mayor.</p>"
    start = body.index("Ana Petrova")
    record = {"text": body, "mentions": [[start, start + len("Ana Petrova"), "Ana Petrova", "PER"]]}
    (tmp_path / "x.jsonl").write_text(json.dumps(record), encoding="utf-8")
    doc = only_doc(read(tmp_path / "x.jsonl"))
    a, b = doc.meta["mentions"][0][:2]
    assert doc.text[a:b] == "Ana Petrova" and doc.text.startswith("Minister Ana Petrova visited Varna.")
