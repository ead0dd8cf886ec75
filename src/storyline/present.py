"""Terminal views of a dossier: rich tables in which every row shows its evidence."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rich.console import Console
from rich.table import Column, Table
from rich.text import Text

SNIPPET_CONTEXT = 40


class View:
    """Reads one dossier dict (``storyline.dossier/1``) and renders tables from it."""

    def __init__(self, dossier: dict[str, Any], console: Console) -> None:
        self.d = dossier
        self.console = console
        self.docs = {doc["id"]: doc for doc in dossier["documents"]}
        self.names = {e["id"]: e["name"] for e in dossier["entities"]}
        self.doc_label = {
            doc_id: f"{i + 1}:{_short(doc['source'])}" for i, (doc_id, doc) in enumerate(self.docs.items())
        }

    def evidence(self, spans: list[dict[str, Any]], limit: int = 2) -> Text:
        """Document label plus the span in its context, the span in bold."""
        out = Text()
        for n, span in enumerate(spans[:limit]):
            text = self.docs[span["doc"]]["text"]
            s, e = span["start"], span["end"]
            left = text[max(0, s - SNIPPET_CONTEXT) : s].replace("\n", " ")
            right = text[e : e + SNIPPET_CONTEXT].replace("\n", " ")
            if n:
                out.append("\n")
            out.append(f"[{self.doc_label[span['doc']]}] ", style="dim")
            out.append("…" + left)
            out.append(span["text"].replace("\n", " "), style="bold yellow")
            out.append(right + "…")
        if len(spans) > limit:
            out.append(f"\n(+{len(spans) - limit} more)", style="dim")
        return out

    def name(self, entity_id: str | None) -> str:
        return self.names.get(entity_id, "") if entity_id else ""

    # ------------------------------------------------------------ tables

    def stories(self, topics: bool = False) -> None:
        if topics:
            self.topics()
            return
        table = Table(Column("id", no_wrap=True), "title", "dates", "docs", "languages", "top entities",
                      Column("topic", no_wrap=True), title="Stories")  # fmt: skip
        for s in self.d["stories"]:
            dates = f"{s.get('start') or '?'} … {s.get('end') or '?'}"
            table.add_row(s["id"], s["title"], dates, str(len(s["documents"])), self._langs(s["documents"]),
                          ", ".join(self.name(e) for e in s.get("entities", [])[:5]), s.get("topic") or "")  # fmt: skip
        self.console.print(table)

    def topics(self) -> None:
        """Stories grouped by topic, largest topic first, each named by the entities its stories
        share most."""
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for s in self.d["stories"]:
            groups[s.get("topic") or s["id"]].append(s)
        table = Table(
            Column("topic", no_wrap=True), "about", "stories", "docs", "languages", "dates", title="Topics"
        )
        for topic, stories in sorted(groups.items(), key=lambda kv: -sum(len(s["documents"]) for s in kv[1])):
            docs = [d for s in stories for d in s["documents"]]
            weight: dict[str, int] = defaultdict(int)
            for s in stories:
                for rank, e in enumerate(s.get("entities", [])[:5]):
                    weight[e] += len(s["documents"]) * (5 - rank)
            about = ", ".join(self.name(e) for e in sorted(weight, key=lambda e: -weight[e])[:3])
            big = sorted(stories, key=lambda s: -len(s["documents"]))
            shown = "\n".join(f"{s['id']} {s['title']} ({len(s['documents'])})" for s in big[:5])
            if len(big) > 5:
                shown += f"\n(+{len(big) - 5} more)"
            starts = [s["start"] for s in stories if s.get("start")]
            ends = [s["end"] for s in stories if s.get("end")]
            dates = f"{min(starts) if starts else '?'} … {max(ends) if ends else '?'}"
            table.add_row(topic, about, shown, str(len(docs)), self._langs(docs), dates)
        self.console.print(table)

    def _langs(self, doc_ids: list[str]) -> str:
        counts: dict[str, int] = defaultdict(int)
        for d in doc_ids:
            if d in self.docs:
                counts[self.docs[d]["lang"] or "?"] += 1
        return ", ".join(f"{lang} {n}" for lang, n in sorted(counts.items(), key=lambda kv: -kv[1]))

    def story(self, story_id: str, why: bool = False) -> None:
        story = next((s for s in self.d["stories"] if s["id"] == story_id), None)
        if story is None:
            raise KeyError(story_id)
        self.console.print(f"[bold]{story['title']}[/bold] ({story['id']}, topic {story.get('topic')}) "
                           f"{story.get('start') or '?'} … {story.get('end') or '?'}")  # fmt: skip
        table = Table("document", "lang", "published", "title")
        for doc_id in story["documents"]:
            doc = self.docs[doc_id]
            pub = doc["published"]
            mark = (
                " (duplicate)" if doc.get("duplicate_of") else " (version)" if doc.get("version_of") else ""
            )
            table.add_row(
                self.doc_label[doc_id] + mark,
                doc["lang"] or "?",
                f"{pub['value'] or '?'} [{pub['basis']}]",
                doc["title"] or "",
            )
        self.console.print(table)
        if why:
            self._why(story)

    def _why(self, story: dict[str, Any]) -> None:
        reasons = Table(
            "why", "feature", "weight", "documents", title="What the documents of this story share"
        )
        joins = Table("document", "joined through", "cosine", "sharing", title="How each document joined")
        for w in story.get("why", []):
            if w["kind"] == "document":
                via = self.doc_label.get(w.get("via") or "", "— (opened the story)")
                if not w.get("via") and w.get("nearest") in self.doc_label:
                    via += f"; nearest {self.doc_label[w['nearest']]}"
                shared = ", ".join(self._feature(x["kind"], x["id"]) for x in w.get("shared", []))
                joins.add_row(self.doc_label.get(w["id"], w["id"]), via, f"{w['weight']:.2f}", shared)
            else:
                reasons.add_row(w["kind"], self._feature(w["kind"], w["id"]), f"{w['weight']:.2f}",
                                str(w.get("documents", "")))  # fmt: skip
        self.console.print(reasons)
        self.console.print(joins)

    def _feature(self, kind: str, ident: str) -> str:
        """A story feature as a reader says it: entity ids by name, "crash@e-…" as "crash at Aktau"."""
        if kind == "entity":
            return self.name(ident) or ident
        if kind == "event_place" and "@" in ident:
            event, place = ident.split("@", 1)
            return f"{event.replace('_', ' ')} at {self.name(place) or place}"
        if kind == "figure":
            return ident.replace("=", " = ")
        return ident.replace("_", " ")

    def timeline(self, story_id: str | None = None) -> None:
        table = Table(
            "date", "prec.", "event", "place", "participants", "sources", "evidence", title="Timeline"
        )
        events = [v for v in self.d["events"] if story_id is None or v.get("story") == story_id]
        events.sort(key=lambda v: (v["date"]["value"] or "9999", v["id"]))
        for v in events:
            date = v["date"]
            shown = date["value"] or "undated"
            if date.get("basis") == "inferred":
                shown += " (inferred)"
            table.add_row(shown, date["precision"] or "", v.get("label") or v["type"], self.name(v.get("place")),
                          ", ".join(self.name(p) for p in v.get("participants", [])[:3]),
                          str(len({s["doc"] for s in v["evidence"]})), self.evidence(v["evidence"]))  # fmt: skip
        self.console.print(table)

    def entities(self, etype: str | None = None, limit: int = 50) -> None:
        table = Table(
            "id", "type", "name", "names by language", "docs", "mentions", "evidence", title="Entities"
        )
        shown = [e for e in self.d["entities"] if etype is None or e["type"] == etype][:limit]
        for e in shown:
            names = "; ".join(f"{lang}: {', '.join(v[:3])}" for lang, v in e["names"].items())
            table.add_row(e["id"], e["type"], e["name"], names, str(len({m["doc"] for m in e["mentions"]})),
                          str(len(e["mentions"])), self.evidence(e["mentions"], limit=1))  # fmt: skip
        self.console.print(table)

    def figures(self, story_id: str | None = None) -> None:
        conflicted = {i for c in self.d["conflicts"] for p in c["positions"] for i in p["items"]}
        events = {v["id"]: v for v in self.d["events"]}
        table = Table("id", "event", "attribute", "value", "source", "as of", "evidence", title="Figures")
        for f in self.d["figures"]:
            ev = events.get(f.get("event") or "")
            if story_id and (ev is None or ev.get("story") != story_id):
                continue
            value = _value(f)
            style = "bold red" if f["id"] in conflicted else None
            table.add_row(f["id"], (ev.get("label") or ev["type"]) if ev else "", f["attribute"], Text(value, style=style or ""),
                          self.name(f.get("source")), f.get("as_of") or "", self.evidence(f["evidence"]))  # fmt: skip
        self.console.print(table)

    def quotes(self) -> None:
        table = Table("id", "speaker", "kind", "cue", "quote", title="Quotes")
        for q in sorted(
            self.d["quotes"], key=lambda q: self.name(q["speaker"]) or q.get("speaker_text") or "~"
        ):
            speaker = self.name(q["speaker"]) or (
                f"({q['speaker_text']})" if q.get("speaker_text") else "unknown"
            )
            table.add_row(
                q["id"],
                speaker,
                "direct" if q["direct"] else "reported",
                q.get("cue") or "",
                self.evidence(q["evidence"]),
            )
        self.console.print(table)

    def claims(self) -> None:
        table = Table("id", "attribute", "value", "stance", "speaker", "evidence", title="Claims")
        for c in sorted(self.d["claims"], key=lambda c: (c["attribute"], c["value"])):
            table.add_row(
                c["id"],
                c["attribute"],
                c["value"],
                c["stance"],
                self.name(c.get("speaker")),
                self.evidence(c["evidence"]),
            )
        self.console.print(table)

    def conflicts(self) -> None:
        items = {x["id"]: x for kind in ("figures", "claims", "events") for x in self.d[kind]}
        events = {v["id"]: v for v in self.d["events"]}
        table = Table("id", "event", "kind", "attribute", "status", "positions", title="Disagreements")
        for c in self.d["conflicts"]:
            cell = Text()
            for n, pos in enumerate(c["positions"]):
                if n:
                    cell.append("\n")
                cell.append(f"{pos['value']}", style="bold")
                cell.append(f"  first {pos.get('first_reported') or '?'}  ", style="dim")
                spans = [s for i in pos["items"] if i in items for s in items[i].get("evidence", [])[:1]]
                cell.append_text(self.evidence(spans, limit=2))
            ev = events.get(c.get("event") or "")
            table.add_row(
                c["id"],
                (ev.get("label") or ev["type"]) if ev else "",
                c["kind"],
                c["attribute"],
                c["status"],
                cell,
            )
        self.console.print(table)

    def corrections(self) -> None:
        table = Table("id", "kind", "what", "note", "when", title="Analyst corrections")
        for c in self.d.get("corrections", []):
            table.add_row(
                str(c["id"]),
                c["kind"],
                _correction_text(c["kind"], c["payload"]),
                c.get("note") or "",
                c.get("created_at") or "",
            )
        self.console.print(table)


def _correction_text(kind: str, p: dict[str, Any]) -> str:
    if kind == "merge":
        return " + ".join(p.get("names", p.get("entities", [])))
    if kind == "split":
        return f"{p['entity']}: {', '.join(p['names'])}"
    if kind == "set_speaker":
        return f"{p['quote']} → {p.get('name')}"
    return str(p.get("id", p))


def _value(f: dict[str, Any]) -> str:
    sign = {"about": "≈", "at_least": "≥", "more_than": ">", "at_most": "≤", "less_than": "<"}.get(
        f["qualifier"], ""
    )
    if f["qualifier"] == "range":
        return f"{f['value']}–{f['value_max']}"
    return f"{sign}{f['value']}"


def _short(source: str) -> str:
    return source.rsplit("/", 1)[-1][:28]
