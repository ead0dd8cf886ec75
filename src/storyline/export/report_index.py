"""Lookups over a dossier dict for the HTML report, and the evidence registry its script reads.

Dossier offsets are code-point indices; JavaScript strings index UTF-16 code units. The registry
converts every span here, once, so the browser can slice ``text`` directly and astral characters
(emoji, rare CJK) before a span do not shift the highlight.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from pathlib import PurePath
from typing import Any

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
MAX_SPANS_PER_ITEM = 200  # an entity with thousands of mentions: the panel shows the first ones

Obj = dict[str, Any]


class Utf16Offsets:
    """Code-point → UTF-16 offsets for one text: each astral character before a point adds one."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]

    def __call__(self, cp: int) -> int:
        cp = max(0, min(cp, self.length))
        return cp + bisect_left(self._astral, cp)


LABEL_CHARS = 40  # a document label names its outlet, else this much of its title


class ReportIndex:
    """Everything the report's sections look up by id, plus the registry of clickable items."""

    def __init__(self, dossier: Obj) -> None:
        self.docs: list[Obj] = list(dossier.get("documents") or [])
        self.stories: list[Obj] = list(dossier.get("stories") or [])
        self.entities: list[Obj] = list(dossier.get("entities") or [])
        self.events: list[Obj] = list(dossier.get("events") or [])
        self.figures: list[Obj] = list(dossier.get("figures") or [])
        self.claims: list[Obj] = list(dossier.get("claims") or [])
        self.quotes: list[Obj] = list(dossier.get("quotes") or [])
        self.conflicts: list[Obj] = list(dossier.get("conflicts") or [])
        self.doc_index = {d["id"]: i for i, d in enumerate(self.docs)}
        self.entity = {e["id"]: e for e in self.entities}
        self.event = {v["id"]: v for v in self.events}
        self.story = {s["id"]: s for s in self.stories}
        self.figure = {f["id"]: f for f in self.figures}
        self.claim = {k["id"]: k for k in self.claims}
        self.quote = {q["id"]: q for q in self.quotes}
        self._offsets: dict[int, Utf16Offsets] = {}
        self.items: dict[str, Obj] = {}
        # which conflicts each figure / claim / event takes part in, to highlight its row
        self.conflicts_of: dict[str, list[str]] = defaultdict(list)
        for c in self.conflicts:
            for position in c.get("positions") or []:
                for item in position.get("items") or []:
                    self.conflicts_of[item].append(c["id"])

    # ------------------------------------------------------------ names and labels

    def entity_name(self, ref: str | None) -> str | None:
        if not ref:
            return None
        entity = self.entity.get(ref)
        return entity["name"] if entity else ref

    def doc_label(self, doc_id: str) -> str:
        """Short label: outlet (else the title's first words, else the file name) · lang · day. A
        reader tells articles apart by who wrote them or what they say, not by a file's name."""
        i = self.doc_index.get(doc_id)
        if i is None:
            return doc_id
        doc = self.docs[i]
        name = doc.get("outlet") or _first_words(doc.get("title") or "", LABEL_CHARS)
        parts = [name or PurePath(doc.get("source") or doc_id).name or doc_id]
        if doc.get("lang"):
            parts.append(doc["lang"])
        published = (doc.get("published") or {}).get("value")
        if published:
            parts.append(published)
        return " · ".join(parts)

    def doc_title(self, doc: Obj) -> str:
        if doc.get("title"):
            return str(doc["title"])
        first = (doc.get("text") or "").strip().split("\n", 1)[0]
        return first[:90] + ("…" if len(first) > 90 else "") or doc["id"]

    def finding(self, item_id: str, kind: str | None = None) -> tuple[str, Obj] | None:
        """A conflict position's item: a figure, claim, event or quote, the conflict's kind first."""
        tables = {"figure": self.figure, "claim": self.claim, "date": self.event, "event": self.event,
                  "quote": self.quote}  # fmt: skip
        order = [kind] if kind in tables else []
        for name in [*order, "figure", "claim", "event", "quote"]:
            if item_id in tables[name]:
                return name, tables[name][item_id]
        return None

    def story_of_evidence(self, evidence: Iterable[Obj]) -> str | None:
        for span in evidence:
            i = self.doc_index.get(span.get("doc", ""))
            if i is not None and self.docs[i].get("story"):
                return self.docs[i]["story"]
        return None

    def story_of_event(self, event_id: str | None) -> str | None:
        event = self.event.get(event_id or "")
        return event.get("story") if event else None

    # ------------------------------------------------------------ evidence registry

    def register(self, key: str, title: str, spans: Iterable[Obj]) -> str:
        """Record a clickable item and return its key for ``data-item``.

        Each span becomes ``[doc index, start16, end16, ok]`` where ``ok`` is 0 when the span's text
        does not match the document (a damaged export): the panel then says so instead of
        highlighting the wrong words silently."""
        if key in self.items:
            return key
        out: list[list[Any]] = []
        missing: list[str] = []
        for span in spans:
            if len(out) >= MAX_SPANS_PER_ITEM:
                break
            i = self.doc_index.get(span.get("doc", ""))
            if i is None:
                missing.append(str(span.get("doc")))
                continue
            text = self.docs[i].get("text") or ""
            start, end = int(span.get("start", 0)), int(span.get("end", 0))
            ok = int(text[start:end] == span.get("text", text[start:end]))
            to16 = self._utf16(i)
            out.append([i, to16(start), to16(end), ok])
        item: Obj = {"t": title, "s": out}
        if missing:
            item["m"] = missing
        self.items[key] = item
        return key

    def _utf16(self, doc_index: int) -> Utf16Offsets:
        if doc_index not in self._offsets:
            self._offsets[doc_index] = Utf16Offsets(self.docs[doc_index].get("text") or "")
        return self._offsets[doc_index]

    def script_data(self) -> Obj:
        """What the page's script needs: each document once, and the registered items."""
        docs = [
            {
                "id": d["id"],
                # no fallback title here: the script takes the first line of the text itself
                "title": d.get("title") or "",
                "label": self.doc_label(d["id"]),
                "text": d.get("text") or "",
            }
            for d in self.docs
        ]
        return {"docs": docs, "items": self.items}


def _first_words(text: str, limit: int) -> str:
    """``text`` cut at a word within ``limit`` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:.–—-")
    return (cut or text[:limit]) + "…"
