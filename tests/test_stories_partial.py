"""The partial story index (``workflow.stories.open_index``): new documents land exactly where they land
with the whole stored index loaded, while only what they reach is read (a topic mostly by its stored centroid)."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import select

from storyline.analyse.embedding import encode_vector
from storyline.link.story_features import DocSignals, MainEvent
from storyline.link.story_index import StoryIndex
from storyline.link.story_snapshot import snapshot
from storyline.link.story_summary import StorySummary
from storyline.store import Store, schema, story_state
from storyline.store.story_state import StoryRows
from storyline.story_tally import apply_changes
from storyline.workflow.stories import load_index, open_index, save_index, save_new_index

DAY0 = date(2025, 3, 1).toordinal()


def _stream(n: int, seed: int = 7, recent_after: int | None = None, kinds: int = 12) -> list[DocSignals]:
    """Documents of a dozen happenings: each shares names, a kind of event, a place and days, in
    three languages, with stray names and leads near their happening's. From ``recent_after`` on,
    documents tell only of the last four happenings (the news of the week)."""
    rng = random.Random(seed)
    np_rng = np.random.default_rng(seed)
    happenings = []
    for h in range(kinds):
        day = DAY0 + rng.randrange(0, 200)
        names = [f"e:q{h}-{k}" for k in range(4)] + [f"e:common{h % 3}"]
        lead = np_rng.normal(size=32)
        happenings.append((day, names, lead, rng.choice(["crash", "fire", "summit"])))
    docs = []
    for i in range(n):
        first = len(happenings) - 4 if recent_after is not None and i >= recent_after else 0
        day, names, lead, kind = happenings[rng.randrange(first, len(happenings))]
        anchor = day + rng.randrange(0, 5)
        lang = rng.choice(["en", "ru", "bg"])
        features = {f: round(rng.uniform(0.5, 2.0), 2) for f in rng.sample(names, 3)}
        features[f"v:{kind}"] = 1.0
        features[f"x:{kind}@{names[0][2:]}"] = 1.0
        features["d:" + date.fromordinal(day).isoformat()] = 1.0
        features[f"w:word{rng.randrange(40)}-{lang}"] = 0.5
        features[f"e:stray{rng.randrange(60)}"] = 0.7
        vec = lead + np_rng.normal(scale=0.8, size=32)
        docs.append(DocSignals(
            f"doc{i:03d}", lang, features, [(day, day)], MainEvent(kind, names[0][2:], day, None), anchor,
            encode_vector(vec / np.linalg.norm(vec)),
        ))  # fmt: skip
    return docs


def _sums(summary: StorySummary) -> tuple[object, ...]:
    return summary.size, summary.first, summary.held, summary.mains


def _tables(store: Store) -> dict[str, set[tuple[object, ...]]]:
    """The index's rows; a story's summary as it reads (its tally's changes applied, by value:
    refreshed counts are kept apart from the row) and its tally's ranked features."""
    tables = (schema.story_docs, schema.story_groups, schema.story_topic_links, schema.story_features,
              schema.story_postings, schema.story_vectors, schema.story_topic_centroids)  # fmt: skip
    with store.engine.connect() as conn:
        out = {t.name: {tuple(r) for r in conn.execute(select(t))} for t in tables}
        k = schema.story_tallies.c
        tallies = {r.story: r for r in conn.execute(select(schema.story_tallies))}
        out["story_summaries"] = {
            (r.story, r.size, r.first_seq,
             json.dumps(apply_changes(json.loads(r.data), json.loads(c) if (c := tallies[r.story].changes) else None),
                        sort_keys=True))
            for r in conn.execute(select(schema.story_summaries))
        }  # fmt: skip
        out["story_tallies"] = {(r.story, r.size, r.fresh, r.features, r.ranked) for r in tallies.values()}
        assert not {r.story for r in conn.execute(select(k.story))} ^ {s for s, *_ in out["story_summaries"]}
    return out


def _stored(tmp_path: Path, name: str, first: list[DocSignals]) -> Store:
    store = Store(tmp_path / f"{name}.db")
    index = StoryIndex()
    for sig in first:
        index.add(sig)
    save_new_index(store, index)
    return store


def _add(index: StoryIndex, batch: list[DocSignals]) -> set[str]:
    touched: set[str] = set()
    for sig in batch:
        touched |= index.add(sig)
    return touched


def test_batches_land_where_the_whole_index_puts_them(tmp_path: Path) -> None:
    docs = _stream(150)
    whole, part = _stored(tmp_path, "whole", docs[:90]), _stored(tmp_path, "part", docs[:90])
    for batch in (docs[90:100], docs[100:130], docs[130:]):  # 30 of 100: the cached vectors refresh
        full, partial = load_index(whole), open_index(part)
        assert len(partial) == len(full)
        assert _add(full, batch) == _add(partial, batch)
        assert {d: partial.story_of[d] for d in partial.story_of} == {
            d: full.story_of[d] for d in partial.story_of
        }
        for d in (s.doc for s in batch):
            assert partial.joins[d] == full.joins[d]
        save_index(whole, full)
        save_index(part, partial)
        assert _tables(part) == _tables(whole)
    assert len(load_index(part).members) > 5  # several stories: the comparison means something


def test_only_the_topics_a_batch_reaches_are_read(tmp_path: Path) -> None:
    docs = _stream(150)
    store = _stored(tmp_path, "s", docs[:140])
    whole = load_index(store)
    assert len(whole.topic_stories) > 1
    partial = open_index(store)
    assert len(partial) == len(whole) and not partial.signals  # nothing read but the counts and leads
    partial.need_docs([docs[0].doc])  # a candidate: the document alone
    topic = whole.topic_of[whole.story_of[docs[0].doc]]
    assert list(partial.signals) == [docs[0].doc] and partial.topic_of == {whole.story_of[docs[0].doc]: topic}
    partial.need_topic(topic)  # a topic it may join or merge with: whole
    assert set(partial.members) == whole.topic_stories[topic]  # its topic, whole, and nothing else
    for story in partial.members:  # with the centroids a whole load computes
        assert partial.members[story] == whole.members[story]
        assert partial.story_centroids[story].vec == whole.story_centroids[story].vec
    assert partial.topic_centroids[topic].vec == whole.topic_centroids[topic].vec
    assert partial.topic_size[topic] == whole.topic_size[topic]


def test_a_topic_is_compared_by_its_stored_centroid_without_its_documents(tmp_path: Path) -> None:
    docs = _stream(150)
    store = _stored(tmp_path, "s", docs)
    whole = load_index(store)
    topic = max(whole.topic_stories, key=lambda t: whole.topic_size[t])
    assert whole.topic_size[topic] > 10
    partial = open_index(store)
    # what choosing a topic, counting links and testing a merge ask: one row each, no document
    assert partial.topic_centroids[topic].vec == whole.topic_centroids[topic].vec
    assert partial.topic_centroids[topic].norm2 == whole.topic_centroids[topic].norm2
    assert partial.topic_size[topic] == whole.topic_size[topic]
    assert partial.topic_links[topic] == whole.topic_links[topic]
    assert partial.topic_stories[topic] == whole.topic_stories[topic]
    assert not partial.signals and not partial.members
    story = max(whole.topic_stories[topic], key=lambda s: (len(whole.members[s]), s))
    assert len(whole.members[story]) > 3
    partial.need_story(story)  # a story a new document may join: its summary, one row, no document
    assert set(partial.summaries) == {story} and not partial.signals and partial.members[story] == []
    assert partial.story_centroids[story].vec == whole.story_centroids[story].vec
    assert partial.story_centroids[story].norm2 == whole.story_centroids[story].norm2
    assert partial.span.get(story) == whole.span.get(story)
    ours, theirs = partial.summaries[story], whole.summaries[story]
    assert _sums(ours) == _sums(theirs)
    assert ours.size == len(whole.members[story]) and ours.first == whole.seq[whole.members[story][0]]
    assert (partial.dense.sums[story] == whole.dense.sums[story]).all()
    assert partial._story_main(story) == whole._story_main(story) is not None
    assert partial.reasons(story) == whole.reasons(story)
    # compared across languages by the share of it in features seen in several, as the whole does
    main = whole.story_centroids[story].langs.most_common(1)[0][0]
    other = next(s for s in docs if s.lang != main)
    vec = whole._fresh_vector(other.doc)
    partial._need_features(other.features)  # as adding it reads them
    assert partial._centroid_cos(partial.story_centroids[story], other, vec) == pytest.approx(
        whole._centroid_cos(whole.story_centroids[story], other, vec), abs=1e-12
    )


def test_a_topic_merge_reads_no_document_and_relabels_the_stored_stories(tmp_path: Path) -> None:
    docs = _stream(150)
    whole, part = _stored(tmp_path, "whole", docs), _stored(tmp_path, "part", docs)
    full, partial = load_index(whole), open_index(part)
    a, b = sorted(full.topic_stories, key=lambda t: (-full.topic_size[t], t))[:2]
    moved = set(full.topic_stories[a] | full.topic_stories[b])
    keep = full._merge_into_elder(a, b)
    assert partial._merge_into_elder(a, b) == keep
    assert not partial.signals and not partial.members  # ids, counts, centroids and links only
    assert partial.topic_size[keep] == full.topic_size[keep]
    assert partial.topic_centroids[keep].vec == full.topic_centroids[keep].vec
    assert partial.topic_stories[keep] == full.topic_stories[keep] == moved
    postings = _tables(part)["story_postings"]
    save_index(whole, full)
    save_index(part, partial)
    assert _tables(part) == _tables(whole)
    tables = _tables(part)
    assert {story for story, topic, _why in tables["story_groups"] if topic == keep} == moved
    assert {r[0] for r in tables["story_topic_centroids"]} == set(full.topic_stories)
    assert tables["story_postings"] == postings  # no document row was rewritten


def test_a_story_merge_relabels_its_documents_without_rewriting_them(tmp_path: Path) -> None:
    docs = _stream(150)
    store = _stored(tmp_path, "s", docs)
    index = load_index(store)
    big = sorted(index.members, key=lambda s: (-len(index.members[s]), s))
    keep, gone = sorted(big[:2], key=lambda s: index.seq[index.members[s][0]])
    moved = set(index.members[gone])
    index._merge_stories(keep, gone)
    assert index.moved_docs == moved and not index.changed_docs  # one column of theirs changes
    before = _tables(store)
    save_index(store, index)
    after = _tables(store)
    assert after["story_postings"] == before["story_postings"]
    assert {r[0] for r in after["story_docs"] if r[2] == keep} == set(index.members[keep])
    assert gone not in {r[0] for r in after["story_groups"]}
    assert load_index(store).members[keep] == index.members[keep]


def _thin(docs: list[DocSignals], seed: int) -> list[DocSignals]:
    """Each document with three of its features: reports too terse to be linked into one story."""
    rng = random.Random(seed)
    return [replace(s, features=dict(rng.sample(sorted(s.features.items()), 3))) for s in docs]


@pytest.mark.parametrize("seed", [3, 6, 8])
def test_stories_and_topics_bridged_later_merge_as_in_the_whole_index(tmp_path: Path, seed: int) -> None:
    """Terse stored reports left in many small stories and topics; fuller ones arriving later
    bridge them: story merges move stories between topics, topic merges move topics' stories (by
    their ids: no topic is read whole)."""
    docs = _stream(160, seed=seed)
    docs = _thin(docs[:60], seed) + docs[60:]
    whole, part = _stored(tmp_path, "whole", docs[:60]), _stored(tmp_path, "part", docs[:60])
    merged = {"stories": 0, "topics": 0}
    for batch in (docs[60:100], docs[100:]):
        full, partial = load_index(whole), open_index(part)
        before = (len(full.members), len(full.topic_stories))
        assert _add(full, batch) == _add(partial, batch)
        assert {d: partial.story_of[d] for d in partial.story_of} == {
            d: full.story_of[d] for d in partial.story_of
        }
        merged["stories"] += len(full.retired_stories)
        merged["topics"] += len(full.retired_topics)
        assert before[0] > 0 and partial.retired_topics == full.retired_topics
        save_index(whole, full)
        save_index(part, partial)
        assert _tables(part) == _tables(whole)
    assert merged["stories"] and merged["topics"]  # the comparison covered both kinds of merge


def test_news_of_the_week_reads_a_part_and_lands_as_with_the_whole(tmp_path: Path) -> None:
    docs = _stream(640, seed=11, recent_after=600, kinds=40)
    whole, part = _stored(tmp_path, "whole", docs[:600]), _stored(tmp_path, "part", docs[:600])
    full, partial = load_index(whole), open_index(part)
    assert _add(full, docs[600:]) == _add(partial, docs[600:])
    assert len(partial.signals) < len(full.signals) and len(partial.members) < len(full.members)
    save_index(whole, full)
    save_index(part, partial)
    assert _tables(part) == _tables(whole)


def test_a_renamed_entity_follows_into_stored_documents_not_loaded_yet(tmp_path: Path) -> None:
    docs = _stream(120)
    whole, part = _stored(tmp_path, "whole", docs[:100]), _stored(tmp_path, "part", docs[:100])
    renamed = {"q3-0": "q3-1", "stray5": "stray6"}
    later = [
        replace(s, features={f.replace("q3-0", "q3-1"): w for f, w in s.features.items()}) for s in docs[100:]
    ]
    full, partial = load_index(whole), open_index(part)
    assert full.rename_entities(renamed) == partial.rename_entities(renamed)
    assert _add(full, later) == _add(partial, later)
    save_index(whole, full)
    save_index(part, partial)
    assert _tables(part) == _tables(whole)
    assert not any(f.startswith("e:q3-0") for f in load_index(part).df)


def test_the_stale_entity_check_answers_as_the_whole_index(tmp_path: Path) -> None:
    docs = _stream(100)
    whole, part = _stored(tmp_path, "whole", docs), _stored(tmp_path, "part", docs)
    full, partial = load_index(whole), open_index(part)
    known = {f[2:] for f in full.df if f.startswith("e:")} - {"q3-0", "q5-2"}  # two ids linking no longer has
    stale = full.stale_entity_docs(known)
    assert stale and partial.stale_entity_docs(known) == stale
    assert len(partial.signals) < len(full.signals)  # it loaded the holders, not the store


def test_an_older_store_gets_the_rows_partial_loading_reads(tmp_path: Path) -> None:

    docs = _stream(60)
    store = _stored(tmp_path, "s", docs)
    expected = _tables(store)
    store.close()
    # as schema 5 left it: no such tables
    _as_schema(
        tmp_path / "s.db", 5, "story_features", "story_postings", "story_vectors", "story_topic_centroids"
    )
    reopened = Store(tmp_path / "s.db")
    assert reopened.schema_version == schema.SCHEMA_VERSION == 12
    tables = _tables(reopened)
    assert not tables.pop("story_topic_centroids")  # owed: the index's arithmetic computes them …
    assert not tables.pop("story_summaries")
    assert not tables.pop("story_tallies")  # (written with the summaries)
    assert tables == {
        k: v
        for k, v in expected.items()
        if k not in ("story_topic_centroids", "story_summaries", "story_tallies")
    }
    open_index(reopened)  # … when the first incremental batch opens the index: one per topic
    paid = _tables(reopened)
    assert {r[0] for r in paid["story_topic_centroids"]} == {r[0] for r in expected["story_topic_centroids"]}
    assert {r[0] for r in paid["story_summaries"]} == {r[0] for r in expected["story_summaries"]}
    assert {r[0] for r in paid["story_tallies"]} == {r[0] for r in expected["story_tallies"]}
    open_index(reopened)  # once
    assert _tables(reopened) == paid


@pytest.mark.sqlite_only("makes an old store by editing the file")
def test_a_schema_6_store_gets_its_topic_centroids_as_a_whole_load_sums_them(tmp_path: Path) -> None:

    docs = _stream(80)
    store = _stored(tmp_path, "s", docs)
    kept = load_index(store)
    store.close()
    _as_schema(tmp_path / "s.db", 6, "story_topic_centroids")
    reopened = Store(tmp_path / "s.db")
    summed = load_index(reopened)  # no rows: each topic sums its documents' vectors of now
    partial = open_index(reopened)  # pays what the store owes
    assert len(summed.topic_centroids) > 1
    for topic, centroid in summed.topic_centroids.items():
        assert partial.topic_centroids[topic].vec == centroid.vec
        assert partial.topic_centroids[topic].norm2 == centroid.norm2
    assert load_index(reopened).topic_centroids.keys() == kept.topic_centroids.keys()


# ---------------------------------------------------------------- end to end, through ingests

FLOOD = {
    "flood_en.txt": (
        "date 2025-05-12\nA flood hit the town of Velmora on May 12, 2025, killing 7 people. The river Drava "
        "burst its banks overnight, mayor Ivo Marković said. 40 people were injured and 300 evacuated."
    ),
    "flood_ru.txt": (
        "date 2025-05-12\nНаводнение в городе Вельмора 12 мая 2025 года унесло жизни 7 человек. Река Драва "
        "вышла из берегов ночью, сообщил мэр Иво Маркович. 40 человек пострадали."
    ),
    "flood_bg.txt": (
        "date 2025-05-13\nНаводнение във Велмора на 12 май 2025 г. взе 7 жертви. Кметът Иво Маркович каза, "
        "че 40 души са ранени, а 300 са евакуирани."
    ),
}
QUAKE = {
    "quake_en.txt": (
        "date 2025-05-20\nAn earthquake of magnitude 6.1 struck near Tarkhan on May 20, 2025. At least 15 people "
        "died, the emergency service said. President Leyla Rahimova flew to Tarkhan."
    ),
    "quake_ru.txt": (
        "date 2025-05-20\nЗемлетрясение магнитудой 6,1 произошло у Тархана 20 мая 2025 года. Погибли не менее "
        "15 человек, сообщила служба спасения. Президент Лейла Рахимова вылетела в Тархан."
    ),
}
CONCERT = {
    "concert_en.txt": (
        "date 2025-05-15\nThe Velmora philharmonic opened its summer season with a concert by pianist Marta "
        "Kolar. The orchestra plans eight premieres."
    ),
}


def test_ingests_in_batches_give_what_the_whole_index_gave(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """The store after four ingests (duplicates in the last two, alone in the last) is the same,
    row for row and item for item, whether linking loads the story index in part or whole (the
    code before)."""
    from bench.faults import snapshot

    from storyline.api import Store as ApiStore
    from storyline.workflow import stories as story_flow

    folder = tmp_path / "in"
    folder.mkdir()
    again = {"flood_en_again.txt": FLOOD["flood_en.txt"], "quake_ru_again.txt": QUAKE["quake_ru.txt"]}
    texts = {**FLOOD, **QUAKE, **CONCERT, **again}
    for name, text in texts.items():
        (folder / name).write_text(text, "utf-8")
    batches = [["flood_en.txt", "quake_en.txt"], ["flood_ru.txt", "concert_en.txt", "quake_ru.txt"],
               ["flood_bg.txt", "flood_en_again.txt"], ["quake_ru_again.txt"]]  # fmt: skip
    stores = {}
    for mode in ("part", "whole"):
        if mode == "whole":
            monkeypatch.setattr(story_flow, "open_index", story_flow.load_index)
        store = ApiStore(tmp_path / f"{mode}.db")
        for batch in batches:
            store.ingest([folder / name for name in batch])
        stores[mode] = store
    assert snapshot(tmp_path / "part.db") == snapshot(tmp_path / "whole.db")
    assert _tables(stores["part"]) == _tables(stores["whole"])
    dossier = stores["part"].load_dossier()
    assert dossier.events and dossier.figures and len(dossier.stories) >= 2
    copy = next(d.id for d in dossier.documents if d.source.endswith("quake_ru_again.txt"))
    assert any(copy in s.documents for s in dossier.stories)  # shown in the story it repeats


@pytest.mark.sqlite_only("makes an old store by editing the file")
def test_a_schema_7_store_gets_its_story_summaries_and_keeps_its_stories(tmp_path: Path) -> None:

    docs = _stream(150)
    store = _stored(tmp_path, "s", docs[:120])
    kept = load_index(store)
    store.close()
    _as_schema(tmp_path / "s.db", 7, "story_summaries")
    reopened = Store(tmp_path / "s.db")
    assert (
        reopened.schema_version == schema.SCHEMA_VERSION and not _tables(reopened)["story_summaries"]
    )  # owed
    summed = load_index(reopened)  # no rows: each story summed from its documents
    assert summed.story_of == kept.story_of and summed.topic_of == kept.topic_of
    partial = open_index(reopened)  # pays what the store owes: one row per story
    paid = {r[0]: r for r in _tables(reopened)["story_summaries"]}
    assert set(paid) == set(kept.members)
    for story, members in kept.members.items():
        ours, theirs = summed.summaries[story], kept.summaries[story]
        assert _sums(ours) == _sums(theirs)
        assert paid[story][1] == len(members)
        assert summed.span.get(story) == kept.span.get(story)
    # and from there, a batch lands as the whole index (read again, with the paid rows) puts it
    full = load_index(reopened)
    assert _add(full, docs[120:]) == _add(partial, docs[120:])
    assert {d: partial.story_of[d] for d in partial.story_of} == {
        d: full.story_of[d] for d in partial.story_of
    }
    save_index(reopened, partial)
    assert load_index(reopened).story_of == full.story_of


def test_a_story_merge_in_a_partial_index_reads_no_document_of_either(tmp_path: Path) -> None:
    docs = _stream(150)
    whole, part = _stored(tmp_path, "whole", docs), _stored(tmp_path, "part", docs)
    full, partial = load_index(whole), open_index(part)
    big = sorted(full.members, key=lambda s: (-len(full.members[s]), s))
    keep, gone = sorted(big[:2], key=lambda s: full.seq[full.members[s][0]])
    moved = set(full.members[gone])
    partial.need_story(keep)
    partial.need_story(gone)
    full._merge_stories(keep, gone)
    partial._merge_stories(keep, gone)
    assert not partial.signals  # sums and ids only
    assert partial.summaries[keep].size == full.summaries[keep].size == len(full.members[keep])
    assert partial.story_centroids[keep].vec == full.story_centroids[keep].vec
    assert partial._story_main(keep) == full._story_main(keep)
    save_index(whole, full)
    save_index(part, partial)
    assert _tables(part) == _tables(whole)
    stored = {r[0]: r[2] for r in _tables(part)["story_docs"]}
    assert {d for d in moved if stored[d] == keep} == moved  # relabelled where they are stored
    assert partial.read_members([keep]) == {keep: full.members[keep]}


def _as_schema(db: Path, version: int, *tables: str) -> None:
    """The store file as an older schema left it: without ``tables``, at ``version``."""
    import sqlite3

    conn = sqlite3.connect(db)
    for table in tables:
        conn.execute(f"DROP TABLE {table}")
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(version),))
    conn.commit()
    conn.close()


def test_posting_tails_are_the_recent_ends_of_the_posting_lists(tmp_path: Path) -> None:
    """The tails a new document's probe reads through the driver's cursor: each the stored list's
    most recent end, oldest first; an unknown feature has none."""
    store = _stored(tmp_path, "tails", _stream(90))
    loader = open_index(store).loader
    with store.engine.connect() as conn:
        features = sorted({r.feature for r in conn.execute(select(schema.story_postings.c.feature))})
    wanted = [*features[:40], "e:nobody-at-all"]
    for limit in (3, 500):
        together = loader.posting_tails(wanted, limit)
        assert together == {f: loader.posting_all(f)[-limit:] for f in wanted}
        assert together["e:nobody-at-all"] == []
        assert loader.posting_tail(wanted[0], limit) == together[wanted[0]]
    cut = loader.posting_tails(wanted, 3)
    assert any(len(cut[f]) == 3 < len(loader.posting_all(f)) for f in wanted)


@pytest.mark.sqlite_only("makes an old store by editing the file")
def test_a_schema_8_store_gets_the_covering_posting_index(tmp_path: Path) -> None:
    """Schema 9: the posting lists' recent-end index holds the document id, so a tail is read
    from it alone; a schema-8 store (its (feature, seq) index) is given it on open."""
    import sqlite3

    from sqlalchemy import inspect

    store = _stored(tmp_path, "s", _stream(90))
    loader = open_index(store).loader
    features = sorted({f for r in _tables(store)["story_postings"] for f in [r[0]]})[:30]
    tails = loader.posting_tails(features, 5)
    store.close()
    conn = sqlite3.connect(tmp_path / "s.db")
    conn.execute(f"DROP INDEX {schema.POSTING_TAIL_INDEX}")
    conn.execute(f"CREATE INDEX {schema.OLD_POSTING_INDEX} ON story_postings (feature, seq)")
    conn.commit()
    conn.close()
    _as_schema(tmp_path / "s.db", 8)
    reopened = Store(tmp_path / "s.db")
    assert reopened.schema_version == schema.SCHEMA_VERSION == 12
    with reopened.engine.connect() as c:
        indexes = {i["name"]: i["column_names"] for i in inspect(c).get_indexes("story_postings")}
        plan = " ".join(
            str(r[-1])
            for r in c.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT doc_id FROM story_postings WHERE feature = ? "
                "ORDER BY seq DESC LIMIT 5",
                (features[0],),
            )
        )
    assert indexes.get(schema.POSTING_TAIL_INDEX) == ["feature", "seq", "doc_id"]
    assert schema.OLD_POSTING_INDEX not in indexes
    assert "COVERING INDEX " + schema.POSTING_TAIL_INDEX in plan
    assert open_index(reopened).loader.posting_tails(features, 5) == tails


def test_a_schema_9_store_gets_the_topic_links_indexed_by_their_second_topic(tmp_path: Path) -> None:
    """Schema 10: a topic's links are read by ``topic_a = ? OR topic_b = ?``, and the key finds the
    topic as topic_a only; a schema-9 store (no index on topic_b) is given one on open, on either
    backend, and its links read as before."""
    from sqlalchemy import inspect, text, update

    store = _stored(tmp_path, "s", _stream(150, kinds=4))
    links = _tables(store)["story_topic_links"]
    assert links  # topics linked
    topics = sorted({t for a, b, _n in links for t in (a, b)})
    before = {t: open_index(store).loader.topic_links(t) for t in topics}
    index = next(iter(schema.story_topic_links.indexes))
    with store.engine.begin() as conn:  # as schema 9 left it
        conn.execute(text(f"DROP INDEX {index.name}"))
        conn.execute(update(schema.meta).where(schema.meta.c.key == "schema_version").values(value="9"))
    store.close()
    reopened = Store(tmp_path / "s.db")
    assert reopened.schema_version == schema.SCHEMA_VERSION == 12
    with reopened.engine.connect() as c:
        indexes = {i["name"]: i["column_names"] for i in inspect(c).get_indexes("story_topic_links")}
        plan = ""
        if c.dialect.name == "sqlite":
            sql = "EXPLAIN QUERY PLAN SELECT links FROM story_topic_links WHERE topic_a = ? OR topic_b = ?"
            plan = " ".join(str(r[-1]) for r in c.exec_driver_sql(sql, (topics[0], topics[0])))
    assert indexes[index.name] == ["topic_b"]
    assert "SCAN" not in plan  # both sides searched by an index (SQLite: a multi-index OR)
    assert {t: open_index(reopened).loader.topic_links(t) for t in topics} == before


def test_a_partial_save_deletes_the_posting_rows_by_their_key(tmp_path: Path) -> None:
    # the posting table has no index by document alone: a partial index knows the stored rows of
    # what it loaded (and that what it added has none), so it names each row it deletes
    docs = _stream(130)
    whole, part = _stored(tmp_path, "whole", docs[:110]), _stored(tmp_path, "part", docs[:110])
    renamed = {"q4-1": "q4-2", "stray7": "stray8"}
    full, partial = load_index(whole), open_index(part)
    changed = partial.rename_entities(renamed)
    assert changed and full.rename_entities(renamed) == changed
    _add(full, docs[110:])
    _add(partial, docs[110:])
    rows = snapshot(partial)
    assert rows["postings_unknown"] == []
    gone = {(r["feature"], r["doc_id"]) for r in rows["postings_gone"]}
    assert {d for _f, d in gone} == changed  # the new documents have no rows to delete
    # a refreshed document's rows for the features it kept stay as stored: only the renamed
    # features' rows go, and only the names they took are written
    assert gone and all(f.endswith(("q4-1", "stray7")) for f, _d in gone)
    written = {(r["feature"], r["doc_id"]) for r in rows["postings"] if r["doc_id"] in changed}
    assert written and all(f.endswith(("q4-2", "stray8")) for f, _d in written)
    story_state.write_changes(part.engine, StoryRows(**rows))
    save_index(whole, full)  # the whole index deletes by document id
    assert _tables(part) == _tables(whole)
    # saved again, what was written is what is deleted: a second rename in the same index
    more = {"q4-2": "q4-3"}
    assert partial.rename_entities(more) == full.rename_entities(more)
    save_index(part, partial)
    save_index(whole, full)
    assert _tables(part) == _tables(whole)


def test_the_features_crossing_languages_are_kept_as_languages_grow(tmp_path: Path) -> None:
    # the cross-language share sums over ``crossing``: it must be exactly the features whose
    # languages number two or more, in a whole index, a partial one and after a rename
    docs = _stream(140)
    whole, part = _stored(tmp_path, "whole", docs[:100]), _stored(tmp_path, "part", docs[:100])
    full, partial = load_index(whole), open_index(part)
    renamed = {"q2-0": "q9-9"}
    full.rename_entities(renamed)
    partial.rename_entities(renamed)
    _add(full, docs[100:])
    _add(partial, docs[100:])
    for index in (full, partial):
        assert index.crossing == {f for f, langs in index.languages.items() if len(langs) >= 2}
    assert partial.crossing and partial.crossing <= full.crossing  # it holds only what it read
    assert any(len(langs) == 1 for langs in full.languages.values())  # some features stay in one


def _eager(index: StoryIndex) -> None:
    """As the index saved before: every topic of a changed story counts as changed."""
    index.changed_topics |= {index.topic_of[s] for s in index.changed_stories if s in index.topic_of}


@pytest.mark.parametrize("later", [0, 20])
def test_only_the_topic_centroids_that_changed_are_written(tmp_path: Path, later: int) -> None:
    # a refresh (an entity renamed) changes a story's counts, not its topic's centroid: writing
    # the centroid again would give the same bytes, so it is not written
    docs = _stream(100 + later)
    lean_store, eager_store = _stored(tmp_path, "lean", docs[:100]), _stored(tmp_path, "eager", docs[:100])
    renamed = {"q3-0": "q3-1", "stray5": "stray6"}
    lean, eager = open_index(lean_store), open_index(eager_store)
    eager.loader.tallies = lambda stories: {}  # type: ignore[method-assign]  # no tallies: summaries read
    assert lean.rename_entities(renamed) == eager.rename_entities(renamed)
    assert _add(lean, docs[100:]) == _add(eager, docs[100:])
    _eager(eager)
    lean_rows, eager_rows = snapshot(lean), snapshot(eager)
    # stories changed: by their tallies (those no new document reached), or read by their summaries
    assert (lean_rows["tallies"] or later) and eager_rows["groups"] and not eager_rows["tallies"]
    assert lean_rows["tallies"] or lean_rows["groups"]
    written = {r["topic"] for r in lean_rows["topics"]}
    assert written < {r["topic"] for r in eager_rows["topics"]}  # … and fewer centroids are written
    if not later:
        assert not written  # a refresh alone changes no centroid
    story_state.write_changes(lean_store.engine, StoryRows(**lean_rows))
    story_state.write_changes(eager_store.engine, StoryRows(**eager_rows))
    assert _tables(lean_store) == _tables(eager_store)  # what was not written is what was stored


def test_merges_are_relabelled_in_the_order_they_happened(tmp_path: Path) -> None:
    # topic x → y, then y → z (and story s-a → s-b, then s-b → s-c): one statement run per merge,
    # in order, so the stories of x end in z; run the other way round, they would stay in y
    store = Store(tmp_path / "s.db")
    groups = [{"story": "s-a", "topic": "t-x", "why": None}, {"story": "s-b", "topic": "t-y", "why": None},
              {"story": "s-c", "topic": "t-z", "why": None}]  # fmt: skip
    docs = [{"doc_id": f"d{i}", "seq": i, "story": s, "signals": {"lang": "en", "features": {}}, "joined": None}
            for i, s in enumerate(["s-a", "s-b", "s-c"])]  # fmt: skip
    story_state.write_changes(store.engine, StoryRows(docs=docs, groups=groups))
    moves = StoryRows(
        topic_moves=[{"gone": "t-x", "keep": "t-y"}, {"gone": "t-y", "keep": "t-z"}],
        story_moves=[{"gone": "s-a", "keep": "s-b"}, {"gone": "s-b", "keep": "s-c"}],
    )
    story_state.write_changes(store.engine, moves)
    tables = _tables(store)
    assert {(r[0], r[1]) for r in tables["story_groups"]} == {("s-a", "t-z"), ("s-b", "t-z"), ("s-c", "t-z")}
    assert {r[2] for r in tables["story_docs"]} == {"s-c"}


@pytest.mark.parametrize("seed", range(4))
def test_merged_topics_are_relabelled_once_to_where_each_merge_in_turn_leads(
    tmp_path: Path, seed: int
) -> None:
    # random merge sequences over a few topics — chains (a → b, b → c), a topic merged back
    # (a → b, b → a), a topic kept after it moved (b → c, then a → b): the one statement that
    # relabels each stored story once leaves what one statement per merge, in order, leaves
    rng = random.Random(seed)
    topics = [f"t-{c}" for c in "abcdefg"]
    groups = [{"story": f"s-{i}", "topic": rng.choice(topics), "why": None} for i in range(40)]
    moves = [
        {"gone": gone, "keep": keep}
        for gone, keep in (rng.sample(topics, 2) for _ in range(rng.randint(3, 12)))
    ] + [{"gone": "t-b", "keep": "t-c"}, {"gone": "t-a", "keep": "t-b"}]
    once, in_turn = Store(tmp_path / "once.db"), Store(tmp_path / "turn.db")
    for store in (once, in_turn):
        story_state.write_changes(store.engine, StoryRows(groups=groups))
    story_state.write_changes(once.engine, StoryRows(topic_moves=moves))
    g = schema.story_groups
    with in_turn.engine.begin() as conn:
        for m in moves:  # as relabelled before: one statement per merge, in order
            conn.execute(g.update().where(g.c.topic == m["gone"]).values(topic=m["keep"]))
    assert _tables(once)["story_groups"] == _tables(in_turn)["story_groups"]
    final = story_state.final_topics(moves)
    expected = {r["story"]: final.get(r["topic"], r["topic"]) for r in groups}
    assert {r[0]: r[1] for r in _tables(once)["story_groups"]} == expected
    assert len({r[1] for r in _tables(once)["story_groups"]}) < len({r["topic"] for r in groups})


def test_the_stories_of_a_renamed_entitys_holders_are_read_at_once(tmp_path: Path) -> None:
    # an entity many stories hold (every copy of the news, in a big store) is renamed: its holders'
    # stories are read in one go before they are refreshed, and land as in the whole index
    docs = _stream(140)
    whole, part = _stored(tmp_path, "whole", docs[:120]), _stored(tmp_path, "part", docs[:120])
    full, partial = load_index(whole), open_index(part)
    asked: list[list[str]] = []
    read = partial.loader.tallies
    partial.loader.tallies = lambda stories: asked.append(sorted(stories)) or read(stories)  # type: ignore[method-assign]
    summaries = partial.loader.summaries
    partial.loader.summaries = lambda stories: pytest.fail("a summary read")  # type: ignore[method-assign]
    renamed = {"common1": "common2"}
    holders = {full.story_of[d] for d in full.postings["e:common1"]}
    assert full.rename_entities(renamed) == partial.rename_entities(renamed)
    # their tallies, not their summaries: a few features and counts each
    assert len(holders) > 3 and len(asked) == 1 and set(asked[0]) == holders
    assert holders.isdisjoint(partial.summaries)
    partial.loader.summaries = summaries  # type: ignore[method-assign]
    later = [replace(s, features={f.replace("common1", "common2"): w for f, w in s.features.items()})
             for s in docs[120:]]  # fmt: skip
    assert _add(full, later) == _add(partial, later)
    save_index(whole, full)
    save_index(part, partial)
    assert _tables(part) == _tables(whole)


def test_a_storys_reasons_are_its_strongest_features_held_by_two_members() -> None:
    index = StoryIndex()
    for sig in _stream(150):
        index.add(sig)
    assert len(index.members) > 5
    for story in index.members:
        total, held = index.story_centroids[story].vec, index.summaries[story].held
        need = 2 if index.summaries[story].size > 1 else 1
        for top in (3, 40):
            best = sorted(((f, w) for f, w in total.items() if held.get(f, 0) >= need),
                          key=lambda fw: (-fw[1], fw[0]))[:top]  # fmt: skip
            norm = sum(w for _, w in best) or 1.0
            index.changed_stories.add(story)
            assert index.reasons(story, top) == [
                {"feature": f, "weight": round(w / norm, 3), "documents": held[f]} for f, w in best
            ]


def test_a_loaded_documents_vector_is_the_whole_loads_to_the_bit(tmp_path: Path) -> None:
    store = _stored(tmp_path, "s", _stream(120))
    full, partial = load_index(store), open_index(store)
    partial.need_docs(list(full.signals))
    assert partial.signals == full.signals
    for doc in full.signals:
        opened, whole = partial.vector(doc), full.vector(doc)
        assert list(opened) == list(whole) and [repr(v) for v in opened.values()] == [
            repr(v) for v in whole.values()
        ]


@pytest.mark.sqlite_only("makes an old store by editing the file")
def test_a_schema_10_store_gets_the_tallies_its_summaries_hold(tmp_path: Path) -> None:
    store = _stored(tmp_path, "s", _stream(90))
    expected = _tables(store)
    store.close()
    _as_schema(tmp_path / "s.db", 10, "story_tallies")
    reopened = Store(tmp_path / "s.db")
    assert reopened.schema_version == schema.SCHEMA_VERSION
    assert _tables(reopened) == expected and expected["story_tallies"]


def test_renames_in_two_batches_read_as_the_whole_index(tmp_path: Path) -> None:
    # the holders' stories refreshed by their tallies twice, saved in between: the second batch
    # adds to the changes the first stored, and every story reads as the whole index's
    docs = _stream(150)
    whole, part = _stored(tmp_path, "whole", docs[:120]), _stored(tmp_path, "part", docs[:120])
    for renamed, later in (({"common1": "common2"}, docs[120:122]), ({"common2": "common0"}, docs[122:124])):
        full, partial = load_index(whole), open_index(part)
        assert full.rename_entities(renamed) == partial.rename_entities(renamed)
        old, new = next(iter(renamed.items()))
        later = [replace(s, features={f.replace(old, new): w for f, w in s.features.items()}) for s in later]
        assert _add(full, later) == _add(partial, later)
        save_index(whole, full)
        rows = snapshot(partial)
        assert rows["tallies"]
        story_state.write_changes(part.engine, StoryRows(**rows))
        assert _tables(part) == _tables(whole)
    with part.engine.connect() as conn:
        changed = conn.execute(
            select(schema.story_tallies.c.changes).where(schema.story_tallies.c.changes.is_not(None))
        )
        assert any(json.loads(c)["held"] for (c,) in changed)
    assert load_index(part).summaries.keys() == load_index(whole).summaries.keys()
