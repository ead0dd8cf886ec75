"""Story grouping against the BSNLP topics (coarse gold), order independence, example titles.

    python -m eval.stories [--db /tmp/storyline-bsnlp.db] [--jobs 2] [--orders 2] [FILES...]

The store is built from ``../shared/data/bsnlp/*.jsonl`` when ``--db`` does not exist yet (about
6 minutes with ``--jobs 2``) and reused as it is otherwise, so a rerun after a change of the
recogniser needs only a fresh ``--db`` path. Entities are linked again from the stored analyses
with the code of now, then stories are grouped exactly as ``storyline link`` does.

Reported:
- topics (coarse granularity) against the five gold topics: B-cubed P/R/F1 and ARI, over
  every stored document (duplicates take the story of what they repeat);
- the language mix of the larger predicted topics, and how many topics of ≥ 10 documents hold
  one language only (cross-lingual grouping must leave none);
- stories (default granularity): how many, their sizes, B-cubed precision against the topics
  (a story must never straddle two topics), and example titles;
- order independence: for ``--orders`` random orders, the grouping against the one in ingestion
  order (B-cubed F1, topics and stories), with the corpus linked at once, arriving in ten batches,
  and arriving one document at a time;
- time spent in story grouping (documents/s).
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from eval.scores import ari, bcubed
from storyline.link import dates, events
from storyline.link.context import LinkContext
from storyline.link.entities import link_entities
from storyline.link.stories import describe_stories, group_stories, signals, story_order
from storyline.link.story_index import StoryIndex
from storyline.model import Analysis, Document

DEFAULT_DB = "/tmp/storyline-bsnlp.db"
DEFAULT_FILES = sorted((Path(__file__).resolve().parents[1].parent / "shared/data/bsnlp").glob("*.jsonl"))


# ---------------------------------------------------------------- data


def open_store(db: Path, files: list[Path], jobs: int) -> Any:
    from storyline.api import Store

    fresh = not db.exists()
    store = Store(db)
    if fresh or store.count_documents() == 0:
        print(f"building {db} from {len(files)} files with --jobs {jobs} (once; reused afterwards)")
        report = store.ingest(files, jobs=jobs, progress=True)
        print(f"{len(report.new)} new, {len(report.duplicates)} duplicates, {len(report.failed)} failed")
    return store


def linked_context(documents: list[Document], analyses: dict[str, Analysis]) -> LinkContext:
    ctx = LinkContext(documents={d.id: d for d in documents}, analyses=analyses)
    link_entities(ctx)
    return ctx


def grouping(documents: list[Document], analyses: dict[str, Analysis], mention_entity: dict, entities: list,
             order: Iterable[str]) -> tuple[LinkContext, float]:  # fmt: skip
    """Stories of the documents added in ``order`` (entities linked once, shared by all orders)."""
    by_id = {d.id: d for d in documents}
    ctx = LinkContext(documents={i: by_id[i] for i in order}, analyses=analyses)
    ctx.mention_entity, ctx.entities = mention_entity, entities
    t0 = time.perf_counter()
    group_stories(ctx)
    return ctx, time.perf_counter() - t0


def topic_of(ctx: LinkContext) -> dict[str, str]:
    story_topic = {s.id: s.topic or s.id for s in ctx.stories}
    return {d: story_topic[s] for d, s in ctx.doc_story.items()}


# ---------------------------------------------------------------- report


def run(db: Path, files: list[Path], jobs: int, orders: int, seed: int) -> dict[str, Any]:
    store = open_store(db, files, jobs)
    documents = store.documents()
    known = {d.id for d in documents}
    analyses = {k: a for k, a in store.analyses().items() if k in known}  # a store still being written
    gold = {d.id: str(d.meta.get("topic")) for d in documents if d.meta.get("topic")}
    lang = {d.id: d.lang or "?" for d in documents}
    t0 = time.perf_counter()
    base = linked_context(documents, analyses)
    entity_s = time.perf_counter() - t0
    ctx, group_s = grouping(
        documents, analyses, base.mention_entity, base.entities, [d.id for d in documents]
    )
    topics = topic_of(ctx)
    stories = dict(ctx.doc_story)
    out: dict[str, Any] = {
        "documents": len(documents),
        "analysed": len(analyses),
        "entity_linking_s": round(entity_s, 1),
        "grouping_s": round(group_s, 1),
        "grouping_docs_per_s": round(len(analyses) / group_s, 1) if group_s else None,
        "topics": {**bcubed(gold, topics), "ari": ari(gold, topics), "clusters": len(set(topics.values()))},
        "stories": {
            **bcubed(gold, stories),
            "ari": ari(gold, stories),
            "clusters": len(set(stories.values())),
        },
    }
    out["topic_mix"] = _mix(topics, gold, lang)
    out["language_pure_topics"] = _pure(topics, lang, 10)
    out["language_pure_stories"] = _pure(stories, lang, 10)
    sizes = Counter(Counter(stories.values()).values())
    out["story_sizes"] = {
        "1": sizes[1],
        "2-4": sum(n for k, n in sizes.items() if 2 <= k <= 4),
        "5-19": sum(n for k, n in sizes.items() if 5 <= k <= 19),
        "20+": sum(n for k, n in sizes.items() if k >= 20),
    }
    out["order"] = _orders(documents, analyses, base, topics, stories, orders, seed)
    out["examples"] = _examples(ctx, gold, lang)
    return out


def _mix(clusters: dict[str, str], gold: dict[str, str], lang: dict[str, str], top: int = 12) -> list[dict]:
    members: dict[str, list[str]] = defaultdict(list)
    for d, c in clusters.items():
        members[c].append(d)
    rows = []
    for c, docs in sorted(members.items(), key=lambda kv: -len(kv[1]))[:top]:
        rows.append({
            "cluster": c, "size": len(docs),
            "gold": dict(Counter(gold.get(d, "?") for d in docs).most_common(3)),
            "langs": dict(sorted(Counter(lang[d] for d in docs).items())),
        })  # fmt: skip
    return rows


def _pure(clusters: dict[str, str], lang: dict[str, str], min_size: int) -> dict[str, int]:
    members: dict[str, set[str]] = defaultdict(set)
    size: Counter[str] = Counter()
    for d, c in clusters.items():
        members[c].add(lang[d])
        size[c] += 1
    big = [c for c in size if size[c] >= min_size]
    return {
        f"clusters_of_{min_size}_or_more": len(big),
        "one_language": sum(len(members[c]) == 1 for c in big),
    }


def _orders(documents: list[Document], analyses: dict[str, Analysis], base: LinkContext, topics: dict[str, str],
            stories: dict[str, str], orders: int, seed: int) -> list[dict[str, Any]]:  # fmt: skip
    """Each random order three ways: the whole shuffled corpus linked at once (``group_stories``);
    arriving in ten batches (each batch enters in ``story_order``, as ``update_stories`` adds
    it); and arriving one document at a time, the hardest case for an incremental index."""
    rng = random.Random(seed)
    sigs = {d: s for d in analyses if (s := signals(base, d)) is not None}
    rows = []
    for n in range(orders):
        order = [d.id for d in documents]
        rng.shuffle(order)
        ctx, _ = grouping(documents, analyses, base.mention_entity, base.entities, order)
        batched, single = StoryIndex(), StoryIndex()
        arriving = [d for d in order if d in sigs]
        size = -(-len(arriving) // 10)
        for start in range(0, len(arriving), size):
            for sig in story_order(sigs[d] for d in arriving[start : start + size]):
                batched.add(sig)
        for d in arriving:
            single.add(sigs[d])
        for mode, doc_story, topic_of_story in (
            ("whole corpus at once", dict(ctx.doc_story), {s.id: s.topic or s.id for s in ctx.stories}),
            ("ten batches", batched.story_of, batched.topic_of),
            ("one at a time", single.story_of, single.topic_of),
        ):
            common = {d: s for d, s in doc_story.items() if d in stories}
            rows.append({
                "order": n + 1, "mode": mode,
                "topics_f1": bcubed(topics, {d: topic_of_story[s] for d, s in common.items()})["f1"],
                "stories_f1": bcubed(stories, common)["f1"],
                "gold_topics_f1": bcubed(_gold_of(documents), {d: topic_of_story[s] for d, s in common.items()})["f1"],
            })  # fmt: skip
    return rows


def _gold_of(documents: list[Document]) -> dict[str, str]:
    return {d.id: str(d.meta.get("topic")) for d in documents if d.meta.get("topic")}


def _examples(ctx: LinkContext, gold: dict[str, str], lang: dict[str, str], n: int = 12) -> list[dict]:
    """Titles of the largest stories (dates and events linked as ``storyline link`` does)."""
    dates.resolve_dates(ctx)
    events.link_events(ctx)
    describe_stories(ctx)
    biggest = sorted(ctx.stories, key=lambda s: -len(s.documents))[:n]
    return [{
        "title": s.title, "docs": len(s.documents), "start": s.start, "end": s.end,
        "gold": Counter(gold.get(d, "?") for d in s.documents).most_common(1)[0][0],
        "langs": ",".join(sorted({lang[d] for d in s.documents})),
    } for s in biggest]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, default=DEFAULT_FILES)
    parser.add_argument("--db", type=Path, default=Path(DEFAULT_DB))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--orders", type=int, default=2, help="random ingestion orders to compare")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    result = run(args.db, args.files, args.jobs, args.orders, args.seed)
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), "utf-8")
    _print(result)


def _print(r: dict[str, Any]) -> None:
    print(f"documents {r['documents']} (analysed {r['analysed']}); entity linking {r['entity_linking_s']} s; "
          f"story grouping {r['grouping_s']} s = {r['grouping_docs_per_s']} docs/s")  # fmt: skip
    print("\n| granularity | clusters | B³ P | B³ R | B³ F1 | ARI |\n|---|---|---|---|---|---|")
    for k in ("topics", "stories"):
        m = r[k]
        print(f"| {k} | {m['clusters']} | {m['p']:.3f} | {m['r']:.3f} | {m['f1']:.3f} | {m['ari']:.3f} |")
    print(f"\nlanguage-pure topics: {r['language_pure_topics']}; stories: {r['language_pure_stories']}")
    print(f"story sizes: {r['story_sizes']}")
    print("\n| topic | size | gold topics | languages |\n|---|---|---|---|")
    for row in r["topic_mix"]:
        gold = ", ".join(f"{g} {n}" for g, n in row["gold"].items())
        langs = " ".join(f"{k} {v}" for k, v in row["langs"].items())
        print(f"| {row['cluster']} | {row['size']} | {gold} | {langs} |")
    print("\n| order | arriving | topics B³ F1 vs ingestion order | stories B³ F1 | topics vs gold B³ F1 |")
    print("|---|---|---|---|---|")
    for row in r["order"]:
        print(f"| shuffled #{row['order']} | {row['mode']} | {row['topics_f1']:.3f} | {row['stories_f1']:.3f} "
              f"| {row['gold_topics_f1']:.3f} |")  # fmt: skip
    print("\n| story title | docs | dates | gold topic | languages |\n|---|---|---|---|---|")
    for e in r["examples"]:
        print(
            f"| {e['title']} | {e['docs']} | {e['start'] or '?'} … {e['end'] or '?'} | {e['gold']} | {e['langs']} |"
        )


if __name__ == "__main__":
    main()
