"""Terminal views of a dossier: rich tables in which every row shows its evidence."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Column, Table
from rich.text import Text

SNIPPET_CONTEXT = 40
SNIPPET_WIDTH = 140  # the timeline shows whole sentences, cut to this


class View:
    """Reads one dossier dict (``storyline.dossier/1``) and renders tables from it."""

    def __init__(self, dossier: dict[str, Any], console: Console, positions: dict[str, int] | None = None,
                 sources: dict[str, str] | None = None) -> None:  # fmt: skip
        """``positions``: each document's number in the whole store when the dossier holds only a
        part of it (one story), so labels are those the whole store gives; ``sources`` the source
        of documents outside the part that a view names (a story's nearest neighbour)."""
        self.d = dossier
        self.console = console
        self.docs = {doc["id"]: doc for doc in dossier["documents"]}
        self.names = {e["id"]: e["name"] for e in dossier["entities"]}
        if positions is None:
            positions = {doc_id: i + 1 for i, doc_id in enumerate(self.docs)}
        sources = {**(sources or {}), **{d: doc["source"] for d, doc in self.docs.items()}}
        self.doc_label = {d: f"{n}:{_short(sources[d])}" for d, n in positions.items() if d in sources}

    def evidence(
        self, spans: list[dict[str, Any]], limit: int = 2, width: int | None = None, label: bool = True
    ) -> Text:
        """Document label plus the span in its context, the span in bold (cut to ``width``)."""
        out = Text()
        for n, span in enumerate(spans[:limit]):
            text = self.docs[span["doc"]]["text"]
            s, e = span["start"], span["end"]
            left = text[max(0, s - SNIPPET_CONTEXT) : s].replace("\n", " ")
            right = text[e : e + SNIPPET_CONTEXT].replace("\n", " ")
            body = span["text"].replace("\n", " ")
            if width is not None:
                left, right = "", ""
                body = body if len(body) <= width else body[: width - 1] + "…"
            if n:
                out.append("\n")
            if label:
                out.append(f"[{self.doc_label[span['doc']]}] ", style="dim")
            out.append("…" + left if left else "")
            out.append(body, style="bold yellow")
            out.append(right + "…" if right else "")
        if len(spans) > limit:
            out.append(f"\n(+{len(spans) - limit} more)", style="dim")
        return out

    def name(self, entity_id: str | None) -> str:
        return self.names.get(entity_id, "") if entity_id else ""

    # ------------------------------------------------------------ tables

    def stories(self, topics: bool = False) -> None:
        self.story_list(self.summaries(), topics)

    def summaries(self) -> list[dict[str, Any]]:
        """The dossier's stories as a list shows them (``store.reads.StorySummary`` fields)."""
        out = []
        for s in self.d["stories"]:
            counts: dict[str, int] = defaultdict(int)
            for d in s["documents"]:
                if d in self.docs:
                    counts[self.docs[d]["lang"] or "?"] += 1
            out.append({**s, "documents": len(s["documents"]), "languages": dict(counts)})
        return out

    def story_list(self, stories: list[dict[str, Any]], topics: bool = False, more: int = 0) -> None:
        """Stories (or, with ``topics``, the topics they make) from summaries: id, title, start,
        end, topic, documents (a count), languages (language → count), entities (ids)."""
        if topics:
            self.topics(stories)
            return
        table = Table(Column("id", no_wrap=True), "title", "dates", "docs", "languages", "top entities",
                      Column("topic", no_wrap=True), title="Stories")  # fmt: skip
        for s in stories:
            dates = f"{s.get('start') or '?'} … {s.get('end') or '?'}"
            _add(table, s["id"], s["title"], dates, str(s["documents"]), _langs(s["languages"]),
                          ", ".join(self.name(e) for e in s.get("entities", [])[:5]), s.get("topic") or "")  # fmt: skip
        self.console.print(table)
        if more:
            self.console.print(f"[dim]{more} more stories (--offset, --limit; --limit 0 lists all)[/dim]")

    def topics(self, stories: list[dict[str, Any]]) -> None:
        """Stories grouped by topic, largest topic first, each named by the entities its stories
        share most."""
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for s in stories:
            groups[s.get("topic") or s["id"]].append(s)
        table = Table(
            Column("topic", no_wrap=True), "about", "stories", "docs", "languages", "dates", title="Topics"
        )
        for topic, members in sorted(groups.items(), key=lambda kv: -sum(s["documents"] for s in kv[1])):
            weight: dict[str, int] = defaultdict(int)
            languages: dict[str, int] = defaultdict(int)
            for s in members:
                for rank, e in enumerate(s.get("entities", [])[:5]):
                    weight[e] += s["documents"] * (5 - rank)
                for lang, n in s["languages"].items():
                    languages[lang] += n
            about = ", ".join(self.name(e) for e in sorted(weight, key=lambda e: -weight[e])[:3])
            big = sorted(members, key=lambda s: -s["documents"])
            shown = "\n".join(f"{s['id']} {s['title']} ({s['documents']})" for s in big[:5])
            if len(big) > 5:
                shown += f"\n(+{len(big) - 5} more)"
            starts = [s["start"] for s in members if s.get("start")]
            ends = [s["end"] for s in members if s.get("end")]
            dates = f"{min(starts) if starts else '?'} … {max(ends) if ends else '?'}"
            _add(
                table,
                topic,
                about,
                shown,
                str(sum(s["documents"] for s in members)),
                _langs(languages),
                dates,
            )
        self.console.print(table)

    def story(self, story_id: str, why: bool = False) -> None:
        story = next((s for s in self.d["stories"] if s["id"] == story_id), None)
        if story is None:
            raise KeyError(story_id)
        head = Text(story["title"] or "", style="bold")
        head.append(
            f" ({story['id']}, topic {story.get('topic')}) {story.get('start') or '?'} … {story.get('end') or '?'}"
        )
        self.console.print(head)
        table = Table("document", "lang", "published", "title")
        for doc_id in story["documents"]:
            doc = self.docs[doc_id]
            pub = doc["published"]
            mark = (
                " (duplicate)" if doc.get("duplicate_of") else " (version)" if doc.get("version_of") else ""
            )
            _add(
                table,
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
                _add(joins, self.doc_label.get(w["id"], w["id"]), via, f"{w['weight']:.2f}", shared)
            else:
                _add(reasons, w["kind"], self._feature(w["kind"], w["id"]), f"{w['weight']:.2f}",
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
        if kind == "lead_similarity":
            return "similar leads"
        return ident.replace("_", " ")

    def timeline(self, story_id: str | None = None, undated: bool = False, everything: bool = False,
                 folded: dict[str, int] | None = None) -> None:  # fmt: skip
        """Events in date order: the date at its precision, inferred ones marked "~" with their
        window, and each source article once with the sentence that reports it. Events with no
        date at all are apart and folded: counted under the table, listed with ``undated``.
        Low-confidence events (``listed`` false: a topic noun, a date borrowed from another
        sentence) are counted, and shown only with ``everything``. ``folded``: the counts of
        undated ("apart") and low-confidence ("low") events when the dossier holds a page of
        the timeline, not all of it."""
        events = [v for v in self.d["events"] if story_id is None or v.get("story") == story_id]
        low = [v for v in events if not v.get("listed", True)]
        if not everything:
            events = [v for v in events if v.get("listed", True)]
        events.sort(key=lambda v: (*_date_order(v["date"]), v["id"]))
        dated = [v for v in events if _when(v["date"]) != "undated"]
        apart = [v for v in events if _when(v["date"]) == "undated"]
        self.console.print(self._timeline_table(dated, "Timeline", everything))
        if apart and undated:
            self.console.print(self._timeline_table(apart, "Undated events", everything))
        n_apart, n_low = (len(apart), len(low)) if folded is None else (folded["apart"], folded["low"])
        if n_apart and not undated:
            self.console.print(f"[dim]{n_apart} undated events folded; show them with --undated[/dim]")
        if n_low and not everything:
            self.console.print(
                f"[dim]{n_low} low-confidence events left out (a topic rather than a happening, or a "
                "date from another sentence); show them with --all[/dim]"
            )
        self.console.print(
            "[dim]~ inferred (not written in the text); a window is the range the date must lie in; "
            "sources are document numbers as in `storyline story`[/dim]"
        )

    def _timeline_table(self, events: list[dict[str, Any]], title: str, everything: bool = False) -> Table:
        columns = ["date", "prec.", "event", "place", "participants", "sources", "evidence"]
        table = Table(*columns, *(["conf."] if everything else []), title=title)
        for v in events:
            per_doc = list({s["doc"]: s for s in v["evidence"]}.values())
            sources = " ".join(
                self.doc_label[d].split(":", 1)[0] for d in dict.fromkeys(s["doc"] for s in v["evidence"])
            )
            facets = ", ".join(f.replace("_", " ") for f in v.get("facets") or [])
            label = (v.get("label") or v["type"]) + (f" (also: {facets})" if facets else "")
            _add(table, _when(v["date"]), v["date"].get("precision") or "", label,
                          _near(v.get("place_relation"), self.name(v.get("place"))), ", ".join(self.name(p) for p in v.get("participants", [])[:3]),
                          f"{len(per_doc)}: {sources}", self.evidence(per_doc, limit=2, width=SNIPPET_WIDTH),
                          *([f"{v.get('confidence', 0):.2f}"] if everything else []))  # fmt: skip
        return table

    def entities(self, etype: str | None = None, limit: int = 50) -> None:
        table = Table(
            "id", "type", "name", "names by language", "docs", "mentions", "evidence", title="Entities"
        )
        shown = [e for e in self.d["entities"] if etype is None or e["type"] == etype][:limit]
        for e in shown:
            names = "; ".join(f"{lang}: {', '.join(v[:3])}" for lang, v in e["names"].items())
            _add(table, e["id"], e["type"], e["name"], names, str(len({m["doc"] for m in e["mentions"]})),
                          str(len(e["mentions"])), self.evidence(e["mentions"], limit=1))  # fmt: skip
        self.console.print(table)

    def find_entities(self, query: str) -> list[dict[str, Any]]:
        """Entities whose id is ``query`` or any of whose names (display name, base forms in any
        language, mentions as written) equals it, case and accents aside."""
        from storyline.names import fold

        q = fold(query.strip())
        hits = []
        for e in self.d["entities"]:
            names = {
                e["id"],
                e["name"],
                *(n for v in e["names"].values() for n in v),
                *(m["text"] for m in e["mentions"]),
            }
            if q in {fold(n) for n in names}:
                hits.append(e)
        return hits

    def entity(self, e: dict[str, Any]) -> None:
        """One entity: its names per language and every mention with its snippet."""
        docs = {m["doc"] for m in e["mentions"]}
        head = Text(e["name"], style="bold")
        head.append(f" ({e['id']}, {e['type']}) — {len(e['mentions'])} mentions in {len(docs)} documents")
        self.console.print(head)
        for lang, names in e["names"].items():
            self.console.print(Text(f"  {lang}: {', '.join(names)}"))
        table = Table("document", "lang", "as written", "base form", "snippet", title="Mentions")
        for m in e["mentions"]:
            _add(table, self.doc_label[m["doc"]], m.get("lang") or "", m["text"], m.get("base") or "",
                          self.evidence([m], limit=1, label=False))  # fmt: skip
        self.console.print(table)

    def figures(self, story_id: str | None = None) -> None:
        """One table per event (the figures no event was found for last), disputed values in red."""
        conflicted = {
            i: c["status"]
            for c in self.d["conflicts"]
            if c["kind"] == "figure"
            for p in c["positions"]
            for i in p["items"]
        }
        events = {v["id"]: v for v in self.d["events"]}
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for f in self.d["figures"]:
            ev = events.get(f.get("event") or "")
            doc_story = self.docs.get(f["evidence"][0]["doc"], {}).get("story")
            if story_id and (ev or {}).get("story", doc_story) != story_id:
                continue
            groups[f.get("event") or ""].append(f)
        order = sorted(
            groups, key=lambda e: (e == "", (events.get(e) or {}).get("date", {}).get("value") or "", e)
        )
        for event_id in order:
            ev = events.get(event_id)
            title = (
                escape(f"Figures — {ev.get('label') or ev['type']} ({ev['date'].get('value') or 'undated'})")
                if ev
                else "Figures — no event found"
            )
            table = Table("attribute", "value", "source / via", "as of", "id", "evidence", title=title)
            for f in sorted(groups[event_id], key=lambda f: (f["attribute"], f.get("as_of") or "", f["id"])):
                status = conflicted.get(f["id"])
                style = {
                    "contradiction": "bold red",
                    "update": "bold yellow",
                    "unresolved": "bold magenta",
                }.get(status or "", "")
                value = Text(_value(f), style=style)
                if status:
                    value.append(f"\n{status}", style="dim")
                who = self.name(f.get("source"))
                if f.get("via"):
                    who += ("\n" if who else "") + "via " + ", ".join(self.name(v) or v for v in f["via"])
                attribute = Text(f["attribute"])
                if f.get("subgroup"):
                    attribute.append(f"\npart: {f['subgroup']}", style="dim")
                if f.get("derived"):
                    attribute.append("\nderived (sum)", style="dim")
                _add(
                    table,
                    attribute,
                    value,
                    who,
                    f.get("as_of") or "",
                    f["id"],
                    self.evidence(f["evidence"]),
                )
            self.console.print(table)

    def quotes(self) -> None:
        """Quotes grouped by speaker: the resolved entity, else the words that name them."""
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for q in self.d["quotes"]:
            if q.get("speaker"):
                key = self.name(q["speaker"]) or q["speaker"]
            elif q.get("speaker_text"):
                key = f"({q['speaker_text']})"
            else:
                key = "unknown"
            groups[key].append(q)
        for speaker in sorted(groups, key=lambda k: (k == "unknown", k.startswith("("), -len(groups[k]), k)):
            table = Table(
                "kind", "cue", "id", "quote", title=escape(f"Quotes — {speaker} ({len(groups[speaker])})")
            )
            for q in groups[speaker]:
                via = f"\nvia {', '.join(self.name(v) or v for v in q['via'])}" if q.get("via") else ""
                _add(
                    table,
                    "direct" if q["direct"] else "reported",
                    (q.get("cue") or "") + via,
                    q["id"],
                    self.evidence(q["evidence"]),
                )
            self.console.print(table)

    def claims(self) -> None:
        """Claims grouped by what they claim, each with its stance and speaker."""
        groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for c in self.d["claims"]:
            groups[(c["attribute"], c["value"])].append(c)
        conflicted = {
            i for c in self.d["conflicts"] if c["kind"] == "claim" for p in c["positions"] for i in p["items"]
        }
        for attribute, value in sorted(groups, key=lambda k: (k[0], -len(groups[k]), k[1])):
            members = groups[(attribute, value)]
            stances = ", ".join(f"{n} {s}" for s, n in sorted(_count(c["stance"] for c in members).items()))
            table = Table(
                "stance", "speaker", "id", "evidence", title=escape(f"{attribute}: {value} — {stances}")
            )
            for c in members:
                stance = Text(c["stance"], style="bold red" if c["id"] in conflicted else "")
                _add(table, stance, self.name(c.get("speaker")) or "—", c["id"], self.evidence(c["evidence"]))
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
                support = pos.get("support")
                cell.append(
                    f"  first {pos.get('first_reported') or '?'}"
                    + (f", {support} independent source{'s' if support != 1 else ''}" if support else "")
                    + "  ",
                    style="dim",
                )
                for i in pos["items"][:3]:
                    item = items.get(i)
                    if item is None:
                        continue
                    who = self.name(item.get("speaker") or item.get("source"))
                    stance = item.get("stance")
                    if who or stance:
                        cell.append(f"\n  {' '.join(x for x in (stance, who) if x)}", style="italic")
                spans = [s for i in pos["items"] if i in items for s in items[i].get("evidence", [])[:1]]
                cell.append("\n")
                cell.append_text(self.evidence(spans, limit=2))
            ev = events.get(c.get("event") or "")
            _add(
                table,
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
            _add(
                table,
                str(c["id"]),
                c["kind"],
                _correction_text(c["kind"], c["payload"]),
                c.get("note") or "",
                c.get("created_at") or "",
            )
        self.console.print(table)


def _add(table: Table, *cells: Any) -> None:
    """Add a row whose plain strings are shown as they are: a document's text is never rich
    markup ("[/]" in a title would crash the view, "[inferred]" would vanish)."""
    table.add_row(*(Text(c) if isinstance(c, str) else c for c in cells))


def _langs(counts: dict[str, int]) -> str:
    return ", ".join(f"{lang} {n}" for lang, n in sorted(counts.items(), key=lambda kv: -kv[1]))


def _near(relation: str | None, place: str | None) -> str | None:
    """ "near X" for a place the happening was only near (the dossier's ``place_relation``)."""
    return f"{relation} {place}" if relation and place else place


def _when(d: dict[str, Any]) -> str:
    """ "2025-10-09", "~2024-12 (12-29…12-31)", "~between 2024-12-28 and 2025-01-02", "undated"."""
    mark = "~" if d.get("basis") == "inferred" else ""
    lo, hi = d.get("earliest"), d.get("latest")
    if not d.get("value") and d.get("month_day"):
        return f"--{d['month_day']} (year not stated)"
    if not d.get("value"):
        return f"{mark}between {lo} and {hi}" if lo and hi else f"{mark}after {lo}" if lo else "undated"
    if lo and hi and lo != hi:
        same_year = lo[:4] == hi[:4] == d["value"][:4]
        return f"{mark}{d['value']} ({lo[5:] if same_year else lo}…{hi[5:] if same_year else hi})"
    return f"{mark}{d['value']}"


def _date_order(d: dict[str, Any]) -> tuple[int, str, str]:
    """Undated last; then by the first day the date may mean, then by its last."""
    lo = d.get("earliest") or d.get("value")
    if not lo:
        return (1, "", "")
    hi = d.get("latest") or d.get("value") or lo
    return (0, lo, hi)


def _correction_text(kind: str, p: dict[str, Any]) -> str:
    if kind == "merge":
        return " + ".join(p.get("names", p.get("entities", [])))
    if kind == "split":
        return f"{p['entity']}: {', '.join(p['names'])}"
    if kind == "set_speaker":
        return f"{p['quote']} → {p.get('name')}"
    return str(p.get("id", p))


def _count(values: Any) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for v in values:
        out[v] += 1
    return out


def _value(f: dict[str, Any]) -> str:
    sign = {"about": "≈", "at_least": "≥", "more_than": ">", "at_most": "≤", "less_than": "<"}.get(
        f["qualifier"], ""
    )
    if f["qualifier"] == "range":
        return f"{_num(f['value'])}–{_num(f['value_max'])}"
    return f"{sign}{_num(f['value'])}"


def _num(value: Any) -> str:
    return str(int(value)) if isinstance(value, float) and value == int(value) else str(value)


def _short(source: str) -> str:
    return source.rsplit("/", 1)[-1][:28]
