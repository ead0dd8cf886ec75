"""Inputs → ``RawDoc`` / ``IngestError``: dispatch by file type, safe reading, records.

File types by extension: .txt/.text/.md plain text (with an optional header), .html/.htm/.xhtml
HTML, .json (one object or a list of objects), .jsonl/.ndjson (one object a line, streamed).
Known binary types (.pdf, .docx, images, archives …) are skipped with an error line; any other
extension is sniffed: HTML when it starts like an HTML page, otherwise plain text (binary content
is still caught by the decoder).

``max_bytes`` limits one document: a whole file, or one line of a .jsonl (a .jsonl is streamed,
so a large collection loads while a runaway record is reported).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from storyline.ingest.decode import DecodeError, decode_bytes
from storyline.ingest.document import build_doc, text_doc
from storyline.ingest.html import NoArticle, extract_html, looks_like_html
from storyline.ingest.markup import plain, rendered
from storyline.ingest.records import IngestError, RawDoc
from storyline.ingest.walk import iter_files

TEXT_EXT = {".txt", ".text", ".md"}
HTML_EXT = {".html", ".htm", ".xhtml"}
JSONL_EXT = {".jsonl", ".ndjson"}
BINARY_EXT = {
    ".pdf", ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx", ".ppt", ".pptx", ".png", ".jpg",
    ".jpeg", ".gif", ".webp", ".svg", ".ico", ".zip", ".gz", ".bz2", ".xz", ".7z", ".tar", ".rar",
    ".mp3", ".mp4", ".avi", ".mov", ".exe", ".dll", ".so", ".bin", ".db", ".sqlite", ".pyc",
}  # fmt: skip
MAX_BYTES = 8_000_000  # one document (a file, or one line of a .jsonl); README: size and time limits
# a field's other names in the exports users bring (news APIs, feed readers, scrapers, CMS
# dumps): the first one a record has wins, so "text" beats a truncated "content"
FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "article_text", "full_text"),
    "title": ("title", "headline"),
    "date": (
        "date", "published", "published_at", "publishedAt", "publish_date", "pubDate",
        "datePublished", "date_published", "pub_date",
    ),
    "url": ("url", "link", "canonical_url"),
    "lang": ("lang", "language"),
    "outlet": ("outlet", "source", "source_name", "publisher"),
}  # fmt: skip
KNOWN_FIELDS = {"id", *(name for names in FIELDS.values() for name in names)}

Item = RawDoc | IngestError


class ReadError(Exception):
    """One input failed; the message is the one line the user sees."""


def iter_inputs(
    paths: Iterable[str | Path], max_bytes: int = MAX_BYTES, exclude: Iterable[Path] = ()
) -> Iterator[Item]:
    """Every document the inputs hold, or one error line per input that fails; ``exclude``: files
    never to read (the store's own)."""
    for item in iter_files(paths, exclude):
        if isinstance(item, IngestError):
            yield item
            continue
        try:
            yield from _read_path(item, max_bytes)
        except ReadError as exc:
            yield IngestError(str(item), str(exc))
        except OSError as exc:
            yield IngestError(str(item), _os_message(exc))
        except Exception as exc:  # noqa: BLE001 - one bad input must never stop a run of thousands
            yield IngestError(str(item), f"could not read ({type(exc).__name__}: {_one_line(str(exc))})")


def _read_path(path: Path, max_bytes: int) -> Iterator[Item]:
    ext = path.suffix.lower()
    if ext in BINARY_EXT:
        raise ReadError(f"unsupported file type {ext}, skipped")
    if ext in JSONL_EXT:
        yield from _read_jsonl(path, max_bytes)
        return
    data = _read_bytes(path, max_bytes)
    if ext == ".json":
        yield from _read_json(path, data)
    elif ext in HTML_EXT or (ext not in TEXT_EXT and looks_like_html(data)):
        yield _read_html(path, data)
    else:
        yield _read_text(path, data)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    before = path.stat()
    if before.st_size > max_bytes:
        raise ReadError(f"file too large ({before.st_size / 1e6:.1f} MB > {max_bytes / 1e6:g} MB limit)")
    with path.open("rb") as fh:
        data = fh.read(max_bytes + 1)
    after = path.stat()
    if len(data) > max_bytes:
        raise ReadError(f"file too large (over the {max_bytes / 1e6:g} MB limit)")
    if _changed(before, after) or len(data) != after.st_size:
        raise ReadError("file changed while being read, skipped")
    return data


def _changed(before: os.stat_result, after: os.stat_result) -> bool:
    return (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns)


def _decode(data: bytes) -> tuple[str, dict[str, Any]]:
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        raise ReadError(str(exc)) from None
    meta: dict[str, Any] = {"encoding": decoded.encoding}
    if decoded.warnings:
        meta["warnings"] = decoded.warnings
    return decoded.text, meta


def _read_text(path: Path, data: bytes) -> RawDoc:
    text, meta = _decode(data)
    return _nonempty(text_doc(str(path), data, text, meta))


def _read_html(path: Path, data: bytes) -> RawDoc:
    return read_html(str(path), data)


def read_html(source: str, data: bytes, url: str | None = None, meta: dict[str, Any] | None = None) -> RawDoc:
    """One HTML page as a document: a file, or a page fetched from ``url`` (its address after
    redirects; ``meta``: what the fetch recorded, kept with the document). Raises ``ReadError``."""
    markup, decoded = _decode(data)
    try:
        article = extract_html(markup, url)
    except NoArticle as exc:
        raise ReadError(str(exc)) from None
    doc = build_doc(
        source, data, article.text, {**(meta or {}), **decoded},
        title=article.title, url=url or article.url, outlet=article.sitename,
        lang=article.lang, published=article.published,
    )  # fmt: skip
    if url and article.url and article.url != url:
        doc.meta["canonical_url"] = article.url  # the address the page gives itself
    return _nonempty(doc)


def _read_json(path: Path, data: bytes) -> Iterator[Item]:
    text, _ = _decode(data)
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReadError(f"not valid JSON at line {exc.lineno}: {exc.msg}") from None
    if isinstance(parsed, dict):
        yield _record(str(path), data, parsed, None)
    elif isinstance(parsed, list):
        for index, obj in enumerate(parsed, 1):
            raw = json.dumps(obj, ensure_ascii=False, sort_keys=True).encode("utf-8")
            yield _record(str(path), raw, obj, index)
    else:
        raise ReadError("JSON is neither an object nor a list of objects")


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Item]:
    before = path.stat()
    with path.open("rb") as fh:
        for lineno, line in enumerate(fh, 1):
            if lineno == 1:
                line = line.removeprefix(b"\xef\xbb\xbf")
            if not line.strip():
                continue
            if len(line) > max_bytes:
                yield IngestError(
                    f"{path}#{lineno}", f"record too large at line {lineno} ({len(line) / 1e6:.1f} MB)"
                )
                continue
            try:
                obj = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "not UTF-8"
                yield IngestError(str(path), f"not valid JSON at line {lineno}: {_one_line(msg)}")
                continue
            yield _record(str(path), line.rstrip(b"\r\n"), obj, lineno)
    if _changed(before, path.stat()):
        yield IngestError(str(path), "file changed while being read; records after the change may be missing")


def _record(path: str, raw: bytes, obj: Any, position: int | None) -> Item:
    where = path if position is None else f"{path}#{position}"
    if not isinstance(obj, dict):
        return IngestError(where, "record is not a JSON object" + _at(position))
    text = rendered(_field(obj, "text"))
    if not isinstance(text, str) or not text.strip():
        return IngestError(where, "record has no text" + _at(position))
    ext_id = obj.get("id")
    ext_id = str(ext_id) if isinstance(ext_id, str | int) and not isinstance(ext_id, bool) else None
    source = path if position is None else f"{path}#{ext_id or position}"
    meta = {k: v for k, v in obj.items() if k not in KNOWN_FIELDS}
    doc = build_doc(
        source, raw, text, meta,
        title=_str(plain(_field(obj, "title"))), url=_str(_field(obj, "url")),
        outlet=_outlet(_field(obj, "outlet")), lang=_str(_field(obj, "lang")),
        date_field=_field(obj, "date"), ext_id=ext_id,
    )  # fmt: skip
    if not doc.text:
        return IngestError(source, "no text left after cleaning" + _at(position))
    return doc


def _field(obj: dict[str, Any], name: str) -> Any:
    """The record's value for one of our fields under any of its names (None without one)."""
    return next((obj[key] for key in FIELDS[name] if obj.get(key) not in (None, "")), None)


def _outlet(value: Any) -> str | None:
    """An outlet's name: a string, or the ``name`` of an object ({"id": …, "name": "…"}, as news
    APIs give their source)."""
    return _str(value.get("name")) if isinstance(value, dict) else _str(value)


def _nonempty(doc: RawDoc) -> RawDoc:
    if not doc.text:
        raise ReadError("no text left after cleaning")
    return doc


def _str(value: Any) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def _at(position: int | None) -> str:
    return "" if position is None else f" (record {position})"


def _one_line(text: str) -> str:
    return " ".join(text.split())[:200]


def _os_message(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "file vanished before it could be read"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    return f"cannot read: {_one_line(exc.strerror or str(exc))}"
