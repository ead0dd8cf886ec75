"""The precision audit: a random sample of what a store says, labelled right/wrong by a person.

    python -m eval.audit draw --db /tmp/audit.db --seed 1          # → eval/audit/sample-1.jsonl
    python -m eval.audit score eval/audit/sample-1.jsonl [--json scores.json]

``draw`` picks, with a fixed seed, events, entities and source names uniformly from the store
(``--events 150 --entities 150 --sources 100`` by default) and writes one JSON object per line:
``kind`` (event, entity, source), ``lang`` and ``corpus`` of the evidence, ``says`` (what
storyline states: type, name, date, title, place …), and ``evidence`` (the document, the exact
span, and the text around it with the span between ⟦ ⟧). A labeller who did not write the code
fills ``label`` ("right", "wrong" or "unsure") and ``why`` (a rule id of ``eval/audit_rules.md``
and a few words) from the text alone. ``draw`` never overwrites a sample: each round takes a new
seed, so nobody can tune to the items of an earlier one.

``score`` prints precision (right / (right + wrong)) per kind, per language and per corpus, and
how many items are unsure or not yet labelled.

A sample holds passages of the input texts, and ``../shared`` texts may not enter the repository:
``sample-SEED.jsonl`` stays local (git ignores it) and ``keep`` writes ``labels-SEED.jsonl``, the
same items with labels and offsets but no passages, which is what the repository keeps (``score``
reads either).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from storyline.analyse.entity_confidence import is_listed as entity_listed
from storyline.ingest.source_names import SourceAliases
from storyline.link.conflicts import Sources
from storyline.link.context import LinkContext
from storyline.link.events import is_listed
from storyline.model import Analysis, Claim, Document, Dossier, Entity, EntityMention, Span

HERE = Path(__file__).resolve().parent
OUT_DIR = HERE / "audit"
CONTEXT = 200  # characters of text shown either side of the evidence span
LABELS = ("right", "wrong", "unsure")
KINDS = ("event", "entity", "source")
DEFAULT_COUNTS = {"event": 150, "entity": 150, "source": 100}


# ---------------------------------------------------------------- evidence


def corpus_of(doc: Document) -> str:
    """Which input a document came from, read from its source path: bsnlp, pages, demo or other."""
    source = doc.source.replace("\\", "/")
    for name in ("bsnlp", "pages", "demo", "seeds"):
        if f"/{name}/" in source or source.startswith(f"{name}/"):
            return name
    return "other"


def evidence(doc: Document, start: int, end: int) -> dict[str, Any]:
    """The span and the text around it, the span marked, whitespace runs shown as one space."""
    text = doc.text
    s, e = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    shown = f"{'…' if s else ''}{text[s:start]}⟦{text[start:end]}⟧{text[end:e]}{'…' if e < len(text) else ''}"
    return {
        "doc": doc.id,
        "source": doc.source,
        "title": doc.title,
        "published": doc.published.value,
        "start": start,
        "end": end,
        "text": text[start:end],
        "context": " ".join(shown.split()),
    }


class Sampler:
    """Builds the populations of one store and draws from them."""

    def __init__(
        self,
        dossier: Dossier,
        seed: int,
        min_per_lang: int = 0,
        all_events: bool = False,
        all_entities: bool = False,
        analyses: dict[str, Analysis] | None = None,
        corpus: str | None = None,
    ) -> None:
        self.dossier = dossier
        # one input only (``--corpus pages``): a round of its own for what the mixed draw sees
        # a few of (the web pages in two dozen languages are ~5 % of the entities)
        self.corpus = corpus
        self.analyses = analyses or {}
        self.all_events = all_events
        self.all_entities = all_entities
        self.seed = seed
        self.rng = random.Random(seed)
        self.min_per_lang = min_per_lang
        self.docs = {d.id: d for d in dossier.documents}
        self.entities = {e.id: e for e in dossier.entities}
        self.stories = {s.id: s for s in dossier.stories}

    def _in_corpus(self, doc_id: str) -> bool:
        return self.corpus is None or corpus_of(self.docs[doc_id]) == self.corpus

    def _name(self, entity_id: str | None) -> str | None:
        ent = self.entities.get(entity_id or "")
        return ent.name if ent else None

    def _pick(self, population: list[Any], n: int, lang_of: Callable[[Any], str | None]) -> list[Any]:
        """Uniform; with ``min_per_lang``, first that many of each language (all where fewer), then
        the rest uniformly up to ``n`` — so that languages a uniform draw leaves at one or two
        items can be judged too (precision per language stays unbiased; over all it is not)."""
        if not self.min_per_lang:
            return self.rng.sample(population, min(n, len(population)))
        by_lang: dict[str, list[int]] = defaultdict(list)
        for i, item in enumerate(population):
            by_lang[lang_of(item) or "?"].append(i)
        chosen: list[int] = []
        for lang in sorted(by_lang):
            chosen += self.rng.sample(by_lang[lang], min(self.min_per_lang, len(by_lang[lang])))
        taken = set(chosen)
        rest = [i for i in range(len(population)) if i not in taken]
        chosen += self.rng.sample(rest, min(max(0, n - len(chosen)), len(rest)))
        return [population[i] for i in chosen]

    # -------------------------------------------------------- events

    def events(self, n: int) -> list[dict[str, Any]]:
        # the audit judges what a journalist sees: the events the timeline lists (low-confidence
        # ones only with --all-events)
        population = sorted(
            (
                e
                for e in self.dossier.events
                if e.evidence and (self.all_events or is_listed(e)) and self._in_corpus(e.evidence[0].doc)
            ),
            key=lambda e: e.id,
        )
        out = []
        for ev in self._pick(population, n, lambda e: self.docs[e.evidence[0].doc].lang):
            span = ev.evidence[0]  # the mention that dates the event comes first
            doc = self.docs[span.doc]
            story = self.stories.get(ev.story or "")
            out.append(
                {
                    "kind": "event",
                    "id": ev.id,
                    "lang": doc.lang,
                    "corpus": corpus_of(doc),
                    "says": {
                        "type": ev.type,
                        "title": ev.label,
                        "date": ev.date.value,
                        "date_precision": ev.date.precision,
                        "date_basis": ev.date.basis,
                        "place": _place(self._name(ev.place), ev.place_relation),
                        "participants": [n for p in ev.participants[:6] if (n := self._name(p))],
                        "story": story.title if story else None,
                        "mentions": len(ev.evidence),
                        "other_mentions": [s.text for s in ev.evidence[1:6]],
                    },
                    "evidence": evidence(doc, span.start, span.end),
                }
            )
        return out

    # -------------------------------------------------------- entities

    def entities_(self, n: int) -> list[dict[str, Any]]:
        # as for events: the entities the entity list shows (the less certain names it folds
        # only with --all-entities)
        population = sorted(
            (
                e
                for e in self.dossier.entities
                if e.mentions
                and (self.all_entities or entity_listed(e))
                and any(self._in_corpus(m.doc) for m in e.mentions)
            ),
            key=lambda e: e.id,
        )
        shown: dict[str, EntityMention] = {}
        if self.min_per_lang or self.corpus:
            # the mention shown decides the item's language, so it is chosen before the draw, by
            # a generator of its own per entity: the same whatever else is drawn
            for ent in population:
                mentions = sorted(
                    (m for m in ent.mentions if self._in_corpus(m.doc)), key=lambda m: (m.doc, m.start)
                )
                shown[ent.id] = random.Random(f"{self.seed}:{ent.id}").choice(mentions)
        out = []
        for ent in self._pick(population, n, lambda e: shown[e.id].lang or self.docs[shown[e.id].doc].lang):
            m = shown.get(ent.id) or self.rng.choice(sorted(ent.mentions, key=lambda m: (m.doc, m.start)))
            doc = self.docs[m.doc]
            out.append(
                {
                    "kind": "entity",
                    "id": ent.id,
                    "lang": m.lang or doc.lang,
                    "corpus": corpus_of(doc),
                    "says": {
                        "type": ent.type,
                        "name": ent.name,
                        "base_form": m.base,
                        "mention": m.text,
                        "other_names": _other_names(ent, m.base or m.text),
                        "mentions": len(ent.mentions),
                        "documents": len({x.doc for x in ent.mentions}),
                    },
                    "evidence": evidence(doc, m.start, m.end),
                }
            )
        return out

    # -------------------------------------------------------- source names

    def sources(self, n: int, aliases: SourceAliases) -> list[dict[str, Any]]:
        population = sorted(
            (s for s in self._source_population() if self._in_corpus(s[1])),
            key=lambda s: (s[0], s[1], s[2], s[3]),
        )
        spellings: dict[str, set[str]] = defaultdict(set)
        for _, _, _, name, _ in population:
            spellings[aliases.key(name)].add(name)
        out = []
        for role, doc_id, start, name, end in self._pick(population, n, lambda s: self.docs[s[1]].lang):
            doc = self.docs[doc_id]
            key = aliases.key(name)
            out.append(
                {
                    "kind": "source",
                    "id": f"{role}:{doc_id}:{start}",
                    "lang": doc.lang,
                    "corpus": corpus_of(doc),
                    "says": {
                        "role": role,
                        "name": name,
                        "source": aliases.canonical(name) or name,
                        "same_source_as": sorted(spellings[key] - {name})[:8],
                    },
                    "evidence": evidence(doc, start, end) if start >= 0 else _no_span(doc),
                }
            )
        return out

    def _source_population(self) -> set[tuple[str, str, int, str, int]]:
        """(role, document, start, name, end): each document's publisher, and the entities that
        figures are attributed to or relayed through, at their mention nearest the figure."""
        found: set[tuple[str, str, int, str, int]] = set()
        for doc in self.docs.values():
            if doc.outlet and not doc.duplicate_of:
                span = doc.meta.get("outlet_span") or [-1, -1]
                found.add(("publisher", doc.id, int(span[0]), doc.outlet, int(span[1])))
        for item in [*self.dossier.figures, *self.dossier.claims, *self.dossier.quotes]:
            span = item.evidence[0]
            # who a figure is attributed to, who asserts a cause; a quote's speaker is a quote's business
            attributed = getattr(item, "source", None) or (item.speaker if isinstance(item, Claim) else None)
            for role, entity_id in [("attributed", attributed), *(("relayed", v) for v in item.via)]:
                said = self._said_mention(item, entity_id, span) if role == "attributed" else None
                mention = said or self._nearest_mention(entity_id, span)
                if mention is not None:
                    found.add((role, span.doc, mention[0], mention[2], mention[1]))
        return found

    def _said_mention(self, item: Any, entity_id: str | None, span: Span) -> tuple[int, int, str] | None:
        """The mention analysis credited the figure or claim to ("Podle X …"), where it is one of
        the entity's: the nearest of its mentions may be another ("… X's compatriots"), which a
        labeller judges as the attribution."""
        ent = self.entities.get(entity_id or "")
        analysis = self.analyses.get(span.doc)
        if ent is None or analysis is None:
            return None
        if isinstance(item, Claim):
            found = [c.speaker for c in analysis.claims if (c.start, c.end) == (span.start, span.end)]
        else:
            found = [f.source for f in analysis.figures if (f.start, f.end) == (span.start, span.end)]
        if not found or found[0] is None:
            return None
        m = analysis.mentions[found[0]]
        if not any(e.doc == span.doc and e.start == m.start for e in ent.mentions):
            return None
        return m.start, m.end, m.text

    def _nearest_mention(self, entity_id: str | None, span: Span) -> tuple[int, int, str] | None:
        ent = self.entities.get(entity_id or "")
        if ent is None:
            return None
        here = [m for m in ent.mentions if m.doc == span.doc]
        if not here:
            return None
        m = min(here, key=lambda m: (abs(m.start - span.start), m.start))
        return m.start, m.end, m.text


def _place(name: str | None, relation: str | None) -> str | None:
    """The event's place as the labeller reads it: "near X" where storyline says only that the
    happening was near X (``Event.place_relation``)."""
    return f"{relation} {name}" if name and relation else name


def _other_names(ent: Entity, shown: str) -> list[str]:
    names = [n for ns in ent.names.values() for n in ns if n != shown]
    return sorted(set(names))[:8]


def _no_span(doc: Document) -> dict[str, Any]:
    """A publisher given by the input's metadata: no span in the text to point at."""
    shown = doc.text[: 2 * CONTEXT]
    return {
        "doc": doc.id, "source": doc.source, "title": doc.title, "published": doc.published.value,
        "start": None, "end": None, "text": None, "context": " ".join(shown.split()) + "…",
    }  # fmt: skip


# ---------------------------------------------------------------- draw


def draw(
    dossier: Dossier,
    seed: int,
    counts: dict[str, int],
    min_per_lang: int = 0,
    all_events: bool = False,
    all_entities: bool = False,
    analyses: dict[str, Analysis] | None = None,
    corpus: str | None = None,
) -> list[dict[str, Any]]:
    sampler = Sampler(dossier, seed, min_per_lang, all_events, all_entities, analyses, corpus)
    docs = dossier.documents
    aliases = SourceAliases().learn((d.text for d in docs), (d.outlet for d in docs if d.outlet))
    items = (
        sampler.events(counts["event"])
        + sampler.entities_(counts["entity"])
        + sampler.sources(counts["source"], aliases)
    )
    for i, item in enumerate(items, 1):
        item["n"] = i
        item["label"] = None
        item["why"] = None
    return items


def _commit() -> str | None:
    try:
        out = subprocess.run(["git", "-C", str(HERE), "rev-parse", "HEAD"], capture_output=True, text=True)
    except OSError:
        return None
    return out.stdout.strip() or None


def cmd_draw(args: argparse.Namespace) -> int:
    from storyline.api import Store

    out = Path(args.out) if args.out else OUT_DIR / f"sample-{args.seed}.jsonl"
    if out.exists() and not args.force:
        print(f"{out} exists: each round takes a new --seed (or --force to redraw)", file=sys.stderr)
        return 2
    store = Store(args.db)
    dossier = store.load_dossier()
    counts = {"event": args.events, "entity": args.entities, "source": args.sources}
    # the analyses say which mention a figure or claim was credited to
    analyses = store.analyses()
    items = draw(
        dossier,
        args.seed,
        counts,
        args.min_per_lang,
        args.all_events,
        args.all_entities,
        analyses,
        args.corpus,
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), "utf-8")
    meta = {
        "seed": args.seed,
        "min_per_lang": args.min_per_lang,
        "all_events": args.all_events,
        "all_entities": args.all_entities,
        "corpus": args.corpus,
        "db": str(args.db),
        "drawn_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "commit": _commit(),
        "store": {
            "documents": len(dossier.documents),
            "events": len(dossier.events),
            "events_listed": sum(is_listed(e) for e in dossier.events),
            "entities": len(dossier.entities),
            "entities_listed": sum(entity_listed(e) for e in dossier.entities),
        },
        "sample": dict(Counter(i["kind"] for i in items)),
    }
    out.with_suffix(".meta.json").write_text(json.dumps(meta, indent=2) + "\n", "utf-8")
    print(f"{out}: {meta['sample']} from {meta['store']}")
    return 0


# ---------------------------------------------------------------- score


def score(items: list[dict[str, Any]]) -> dict[str, Any]:
    """Precision per kind, per (kind, language) and per (kind, corpus)."""
    groups: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    problems = []
    for item in items:
        label = item.get("label")
        if label not in (*LABELS, None):
            problems.append(f"item {item.get('n')}: label {label!r} is none of {LABELS}")
            continue
        status = label or "unlabelled"
        kind = item["kind"]
        for by, value in (("all", "all"), ("lang", item.get("lang") or "?"), ("corpus", item.get("corpus"))):
            groups[(kind, by, str(value))][status] += 1
    table = {}
    for (kind, by, value), c in sorted(groups.items()):
        judged = c["right"] + c["wrong"]
        table.setdefault(kind, {}).setdefault(by, {})[value] = {
            "right": c["right"],
            "wrong": c["wrong"],
            "unsure": c["unsure"],
            "unlabelled": c["unlabelled"],
            "precision": round(c["right"] / judged, 3) if judged else None,
        }
    return {"scores": table, "problems": problems}


def _print(result: dict[str, Any]) -> None:
    for kind, by in result["scores"].items():
        a = by["all"]["all"]
        print(
            f"{kind:7s} P {a['precision']}  ({a['right']} right, {a['wrong']} wrong, "
            f"{a['unsure']} unsure, {a['unlabelled']} unlabelled)"
        )
        for axis in ("lang", "corpus"):
            cells = [
                f"{v} {r['precision'] if r['precision'] is not None else '-'} ({r['right'] + r['wrong']})"
                for v, r in sorted(by[axis].items())
            ]
            print(f"   by {axis}: " + ", ".join(cells))
    for p in result["problems"]:
        print("problem:", p)


def cmd_score(args: argparse.Namespace) -> int:
    lines = Path(args.sample).read_text("utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    result = score(items)
    _print(result)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return 1 if result["problems"] else 0


# ---------------------------------------------------------------- source names of a store


def _evidence_of(dossier: Dossier, ids: list[str]) -> list[Span]:
    wanted = set(ids)
    return [
        s for i in [*dossier.figures, *dossier.claims, *dossier.events] if i.id in wanted for s in i.evidence
    ]


def source_groups(dossier: Dossier, analyses: dict[str, Analysis] | None = None) -> dict[str, set[str]]:
    """Every source name of the store (publishers, attributed and relayed sources) under the key
    independent-source counting gives it; with ``analyses``, as the draw names them."""
    docs = dossier.documents
    aliases = SourceAliases().learn((d.text for d in docs), (d.outlet for d in docs if d.outlet))
    groups: dict[str, set[str]] = defaultdict(set)
    for _, _, _, name, _ in Sampler(dossier, 0, analyses=analyses)._source_population():
        groups[aliases.key(name)].add(name)
    return groups


class CaseFoldedSources(Sources):
    """Independent sources as counted before source names were folded: an outlet by its name
    case-folded, a relay by its entity id."""

    def outlet_key(self, name: str) -> str:
        return name.casefold()

    def via_key(self, entity: str) -> str:
        return f"via:{entity}"


def support_change(dossier: Dossier, analyses: dict[str, Analysis]) -> tuple[int, int, int, int]:
    """(positions, support before, support after, positions whose support changed) over the
    stored conflicts: each position's items counted as before and as now."""
    ctx = LinkContext(documents={d.id: d for d in dossier.documents}, analyses=analyses)
    ctx.entities = dossier.entities
    items = {i.id: i for i in [*dossier.figures, *dossier.claims, *dossier.events]}
    old, new = CaseFoldedSources(ctx), Sources(ctx)
    n = before = after = changed = 0
    for conflict in dossier.conflicts:
        for p in conflict.positions:
            its = [items[i] for i in p.items if i in items]
            a, b = old.count(its), new.count(its)
            n, before, after, changed = n + 1, before + a, after + b, changed + (a != b)
    return n, before, after, changed


def cmd_sources(args: argparse.Namespace) -> int:
    from storyline.api import Store

    store = Store(args.db)
    dossier = store.load_dossier()
    docs = {s.doc for c in dossier.conflicts for p in c.positions for s in _evidence_of(dossier, p.items)}
    n, before, after, changed = support_change(dossier, store.analyses(docs))
    print(f"conflict positions {n}: independent sources {before} → {after} ({changed} positions changed)")
    groups = source_groups(dossier, store.analyses())
    names = sum(len(g) for g in groups.values())
    casefolded = len({n.casefold() for g in groups.values() for n in g})
    print(f"{names} source names ({casefolded} after case folding) → {len(groups)} sources")
    merged = sorted((g for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), sorted(g)))
    for g in merged[: args.show]:
        print("  " + " = ".join(sorted(g)))
    return 0


# ---------------------------------------------------------------- keep


TEXT_FIELDS = ("text", "context", "title")  # of the evidence; an event's other mentions are spans too


def text_free(item: dict[str, Any]) -> dict[str, Any]:
    """The item without passages of the input texts: ``../shared`` texts may not enter the
    repository, so the labelled sample is kept as what storyline said, where (document, offsets)
    and the label; ``draw`` with the same seed on the same store shows the passages again."""
    out = {k: v for k, v in item.items() if k not in ("evidence", "says")}
    out["says"] = {k: v for k, v in item.get("says", {}).items() if k != "other_mentions"}
    out["evidence"] = {k: v for k, v in item.get("evidence", {}).items() if k not in TEXT_FIELDS}
    return out


def cmd_keep(args: argparse.Namespace) -> int:
    sample = Path(args.sample)
    items = [json.loads(line) for line in sample.read_text("utf-8").splitlines() if line.strip()]
    out = Path(args.out) if args.out else sample.with_name(sample.name.replace("sample-", "labels-", 1))
    if out == sample:
        print("the kept file must differ from the sample", file=sys.stderr)
        return 2
    out.write_text("".join(json.dumps(text_free(i), ensure_ascii=False) + "\n" for i in items), "utf-8")
    print(f"{out}: {len(items)} items, labels kept, passages left out")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.audit", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw", help="draw a labelling sample from a store")
    d.add_argument("--db", required=True, help="the store to sample")
    d.add_argument("--seed", type=int, required=True, help="a new seed each round")
    d.add_argument("--events", type=int, default=DEFAULT_COUNTS["event"])
    d.add_argument("--entities", type=int, default=DEFAULT_COUNTS["entity"])
    d.add_argument("--sources", type=int, default=DEFAULT_COUNTS["source"])
    d.add_argument(
        "--min-per-lang", type=int, default=0,
        help="draw at least this many items of each kind per language first (0: uniform)",
    )  # fmt: skip
    d.add_argument(
        "--all-events", action="store_true",
        help="draw events from all of the store, low-confidence ones too (default: those the timeline lists)",
    )  # fmt: skip
    d.add_argument(
        "--all-entities", action="store_true",
        help="draw entities from all of the store, less certain ones too (default: those the entity list shows)",
    )  # fmt: skip
    d.add_argument(
        "--corpus",
        choices=("bsnlp", "pages", "demo", "seeds", "other"),
        help="draw only from the documents of this input (a round of its own; default: all)",
    )
    d.add_argument("--out", help="default: eval/audit/sample-SEED.jsonl")
    d.add_argument("--force", action="store_true", help="overwrite an existing sample")
    d.set_defaults(func=cmd_draw)
    s = sub.add_parser("score", help="precision of a labelled sample")
    s.add_argument("sample")
    s.add_argument("--json", help="write the scores to this file")
    s.set_defaults(func=cmd_score)
    k = sub.add_parser("keep", help="the labelled sample without text passages, for the repository")
    k.add_argument("sample")
    k.add_argument("--out", help="default: labels-SEED.jsonl beside the sample")
    k.set_defaults(func=cmd_keep)
    g = sub.add_parser("sources", help="how a store's source names fold into sources")
    g.add_argument("--db", required=True)
    g.add_argument("--show", type=int, default=40, help="how many merged groups to list")
    g.set_defaults(func=cmd_sources)
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
