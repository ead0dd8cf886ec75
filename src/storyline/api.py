"""The Python API: ``analyse`` for one text, ``Store`` for everything else."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storyline.export import EXPORT_FORMATS
from storyline.limits import TIME_LIMIT
from storyline.model import Dossier, Entity
from storyline.store import Store as _BaseStore
from storyline.store import StoreError
from storyline.workflow.names import entity_names

if TYPE_CHECKING:
    from collections.abc import Iterator
    from contextlib import AbstractContextManager

    from storyline.model import Analysis, Correction, Document
    from storyline.pipeline import IngestReport
    from storyline.sources.follow import FetchReport
    from storyline.sources.options import Politeness
    from storyline.sources.state import Source
    from storyline.store.reads import StorySummary
    from storyline.workflow.pages import FindingsPage

__all__ = ["EXPORT_FORMATS", "Store", "analyse"]  # noqa: F822 - analyse: see __getattr__


def __getattr__(name: str) -> Any:
    # ``storyline.api.analyse`` is imported when first asked for: the analysers (and the models
    # they load) are not needed by the reads and would slow every command's start
    if name == "analyse":
        from storyline.analyse import analyse

        return analyse
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def relink(store: Any, progress: bool = False) -> None:
    from storyline.pipeline import relink as run

    run(store, progress)


STREAMED = ("dossier", "jsonl", "csv")  # whole-store exports written as they are read, never loaded whole


class CorrectionError(ValueError):
    pass


class Store:
    """A storyline database with the whole workflow on it.

    ``Store()`` opens ``./storyline.db`` (created if missing); pass a path or a SQLAlchemy URL.
    It has a ``storyline.store.Store`` (``.store``) rather than being one: the workflow (ingest,
    link, follow, export, corrections) is its own; the store's reads and writes are handed on
    one by one below, so it is a ``StoreProtocol`` wherever the pipeline wants a store."""

    def __init__(
        self, location: str | Path = "storyline.db", *, create: bool = True, lock_timeout: float | None = None
    ) -> None:
        self.store = _BaseStore(location, create=create, lock_timeout=lock_timeout)

    # ------------------------------------------------------------ the store, handed on

    @property
    def engine(self) -> Any:
        return self.store.engine

    @property
    def own_engine(self) -> Any:
        return self.store.own_engine

    @property
    def location(self) -> str:
        return self.store.location

    @property
    def url(self) -> str:
        return self.store.url

    @property
    def path(self) -> Path | None:
        return self.store.path

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @property
    def needs_relink(self) -> bool:
        return self.store.needs_relink

    @property
    def schema_version(self) -> int:
        return self.store.schema_version

    def error(self, exc: BaseException) -> BaseException:
        return self.store.error(exc)

    def files(self) -> list[Path]:
        return self.store.files()

    def atomic(self) -> AbstractContextManager[None]:
        return self.store.atomic()

    def close(self) -> None:
        self.store.close()

    def pending_ids(self) -> list[str]:
        return self.store.pending_ids()

    def generation(self) -> int:
        return self.store.generation()

    def mark_linked(self, doc_ids: Iterable[str] | None) -> None:
        self.store.mark_linked(doc_ids)

    def has_document(self, doc_id: str) -> bool:
        return self.store.has_document(doc_id)

    def add_document(self, doc: Document, raw: bytes, analysis: Analysis | None, fingerprint: bytes | None = None,
                     analyser_version: str = "1") -> None:  # fmt: skip
        self.store.add_document(doc, raw, analysis, fingerprint, analyser_version)

    def count_documents(self) -> int:
        return self.store.count_documents()

    def documents(self, ids: Iterable[str] | None = None) -> list[Document]:
        return self.store.documents(ids)

    def analysed_ids(self) -> list[str]:
        return self.store.analysed_ids()

    def raw(self, doc_id: str) -> bytes | None:
        return self.store.raw(doc_id)

    def fingerprints(self) -> Iterator[tuple[str, bytes]]:
        return self.store.fingerprints()

    def sources(self) -> dict[str, tuple[str, str | None]]:
        return self.store.sources()

    def band_matches(self, keys: list[str]) -> list[tuple[int, str, bytes]]:
        return self.store.band_matches(keys)

    def sources_of(self, ids: Iterable[str]) -> dict[str, tuple[str, str | None]]:
        return self.store.sources_of(ids)

    def analyses(self, ids: Iterable[str] | None = None) -> dict[str, Analysis]:
        return self.store.analyses(ids)

    def stale_analyses(self, version: str) -> list[str]:
        return self.store.stale_analyses(version)

    def replace_analysis(self, doc_id: str, analysis: Analysis, version: str) -> None:
        self.store.replace_analysis(doc_id, analysis, version)

    def add_correction(self, kind: str, payload: dict[str, Any], note: str | None = None) -> Correction:
        return self.store.add_correction(kind, payload, note)

    def corrections(self) -> list[Correction]:
        return self.store.corrections()

    def remove_correction(self, correction_id: int) -> bool:
        return self.store.remove_correction(correction_id)

    def replace_stories(self, story_ids: Iterable[str], dossier: Dossier) -> None:
        self.store.replace_stories(story_ids, dossier)

    def clear_linked(self) -> None:
        self.store.clear_linked()

    # ------------------------------------------------------------ the workflow

    def ingest(self, paths: Iterable[str | Path], jobs: int = 1, progress: bool = False,
               time_limit: float | None = TIME_LIMIT, verbose: bool = False,
               dask: str | None = None) -> IngestReport:  # fmt: skip
        """Read, clean, de-duplicate, analyse and store the inputs, then link the new documents
        (and any an interrupted ingest left unlinked) into the stored entities and stories (only
        the stories they touch are redone). A store failure (disk full, locked) raises
        ``StoreError`` after what was stored is safe; the documents stored wait for the next run.
        ``dask``: analyse on a Dask cluster ("local", "local:N" or "tcp://scheduler:8786")."""
        from storyline.pipeline import Ingestor, link_pending

        report = Ingestor(self, jobs=jobs, progress=progress, time_limit=time_limit, verbose=verbose,
                          dask=dask).run(paths)  # fmt: skip
        if report.error:
            raise StoreError(report.error)
        report.linked = link_pending(self, progress)
        return report

    def link_pending(self, progress: bool = False) -> int:
        """Link what interrupted ingests left unlinked; returns how many documents."""
        from storyline.pipeline import link_pending

        return link_pending(self, progress)

    def link(self, progress: bool = False) -> Dossier:
        """Link everything again from scratch (after new models, or to return an incrementally
        grown store to the grouping a full relink gives)."""
        relink(self, progress)
        return self.load_dossier()

    def load_dossier(self) -> Dossier:
        """Everything: documents with their texts, every story and item, the entity list."""
        from storyline.workflow.entities import read_entities

        dossier = self.store.load_dossier()
        dossier.entities = read_entities(self, dossier.corrections)
        return dossier

    def dossier(self, story: str | None = None, kinds: Iterable[str] | None = None,
                passages: bool = True) -> dict[str, Any]:  # fmt: skip
        """The dossier JSON of the whole store, or of one story (only its documents and items are
        read; ``KeyError`` when there is no such story). For one story, a view that needs less
        may ask for only some ``kinds`` of items ("events", "figures" …; the others come empty)
        and no ``passages`` (the analyses are then not read)."""
        from storyline.export.dossier import to_dossier

        if story is None:
            return to_dossier(self.load_dossier(), self.analyses())
        dossier = self.story_dossier(story, kinds)
        if dossier is None:
            raise KeyError(story)
        analyses = self.store.passages([d.id for d in dossier.documents]) if passages else {}
        data = to_dossier(dossier, analyses)
        data["stories"][0]["title"] = self.story_title(story, dossier.stories[0].title)
        return data

    def entities(self) -> list[Entity]:
        """The store's entity list with every mention (no document's text is read)."""
        from storyline.workflow.entities import read_entities

        return read_entities(self)

    def story_dossier(self, story_id: str, kinds: Iterable[str] | None = None) -> Dossier | None:
        """One story as ``load_dossier`` has it — its documents, items (``kinds``: only these),
        the corrections and the entities of its documents (with their mentions there) — reading
        nothing else."""
        from storyline.workflow.entities import read_entities

        dossier = self.store.story_dossier(story_id, kinds)
        if dossier is not None:
            dossier.entities = read_entities(self, dossier.corrections, [d.id for d in dossier.documents])
        return dossier

    def story_title(self, story_id: str, title: str) -> str:
        """The story's title as the whole store shows it (made unique among all stories)."""
        from storyline.store.reads import story_titles
        from storyline.titles import unique_titles

        return unique_titles(story_titles(self.engine)).get(story_id, title)

    def story_page(
        self, offset: int = 0, limit: int | None = None
    ) -> tuple[list[StorySummary], dict[str, str]]:
        """A page of stories as a list shows them, and the names of their first five entities."""
        page = self.store.story_page(offset, limit)
        return page, entity_names(self, {e for s in page for e in s.entities[:5]})

    def count_stories(self) -> int:
        return self.store.count_stories()

    def findings_page(self, kind: str, offset: int = 0, limit: int | None = 100, everything: bool = False,
                      undated: bool = False) -> FindingsPage:  # fmt: skip
        """A page of one kind of finding ("events", "figures", "quotes", "claims", "conflicts") over
        the whole store, as a dossier dict holding the page's items, what they refer to, the
        documents their evidence is in and their entities' names — read with SQL, never the whole
        store. Events: the newest first (the page in date order; ``everything``: low-confidence
        ones too; ``undated``: also a page of the undated); the others in stored order."""
        from storyline.workflow.pages import findings_page

        return findings_page(self, kind, offset, limit, everything, undated)

    def story_ids(self) -> list[str]:
        return self.store.story_ids()

    def positions(self, doc_ids: Iterable[str]) -> dict[str, int]:
        return self.store.positions(doc_ids)

    # ------------------------------------------------------------ live sources

    def fetch(self, urls: Iterable[str], politeness: Politeness | None = None, jobs: int = 1,
              progress: bool = False, time_limit: float | None = TIME_LIMIT) -> FetchReport:  # fmt: skip
        """Fetch article pages (politely: robots.txt, per-host spacing, retries), ingest and link
        them; a page fetched before is asked for conditionally (ETag, Last-Modified)."""
        from storyline.sources.follow import Follower

        follower = Follower(self, politeness, jobs=jobs, progress=progress, time_limit=time_limit)
        try:
            return follower.fetch(list(urls))
        finally:
            follower.close()

    def follow(self, sources: Iterable[str], politeness: Politeness | None = None, jobs: int = 1,
               max_items: int | None = None, progress: bool = False,
               time_limit: float | None = TIME_LIMIT) -> FetchReport:  # fmt: skip
        """Poll feeds, sitemaps, sites (their feeds found on the home page) and folders once: the
        pages they list that are new are fetched, ingested and linked. The sources are remembered
        (``watch`` polls them again, ``followed`` lists them). Watch files (.toml) are read."""
        from storyline.sources.config import plan
        from storyline.sources.follow import MAX_ITEMS, Follower

        wanted = plan(list(sources))
        follower = Follower(self, politeness, jobs=jobs, progress=progress, time_limit=time_limit,
                            max_items=max_items or wanted.max_items or MAX_ITEMS)  # fmt: skip
        try:
            return follower.follow(wanted.sources)
        finally:
            follower.close()

    def watch(self, sources: Iterable[str] = (), every: float | None = None, rounds: int = 0,
              politeness: Politeness | None = None, jobs: int = 1, max_items: int | None = None,
              on_round: Callable[[FetchReport], None] | None = None, progress: bool = False,
              time_limit: float | None = TIME_LIMIT) -> int:  # fmt: skip
        """Poll the sources (these, and every one followed before) whenever they are due, ``every``
        seconds (default 15 minutes; a watch file may say), ``rounds`` times (0: until interrupted);
        ``on_round`` gets each poll's report. Its state is in the store: a watch stopped in any
        way and started again goes on where it was. Returns the number of polls."""
        from storyline.sources.config import plan
        from storyline.sources.follow import DEFAULT_EVERY, MAX_ITEMS, Follower

        wanted = plan(list(sources))
        follower = Follower(self, politeness, jobs=jobs, progress=progress, time_limit=time_limit,
                            every=every or wanted.every or DEFAULT_EVERY,
                            max_items=max_items or wanted.max_items or MAX_ITEMS)  # fmt: skip
        try:
            return follower.watch(wanted.sources, rounds=rounds, on_round=on_round)
        finally:
            follower.close()

    def followed(self) -> list[Source]:
        """The sources followed so far, with their state (last poll, failures, validators)."""
        from storyline.sources.state import WatchState

        return WatchState(self).sources()

    def unfollow(self, source: str) -> int:
        """Stop following a source (and the feeds found on it); what was ingested stays."""
        from storyline.sources.config import source_key
        from storyline.sources.state import WatchState

        return WatchState(self).forget(source_key(source))

    # ------------------------------------------------------------ exports

    def export(self, path: str | Path, fmt: str = "dossier", story: str | None = None) -> Path:
        """Write the dossier JSON, the single-file HTML report, the figures CSV, FollowTheMoney
        entities (``ftm``: JSON Lines that Aleph imports) or the findings as JSON Lines (``jsonl``)
        of the whole store, or of one ``story`` (only its documents and items are read; unknown:
        ``KeyError``). The file is written as it is made and appears whole or not at all: the
        whole store's dossier, JSON Lines and CSV as they are read, a few hundred documents or
        items at a time (never the whole store at once); its HTML report and FtM export load it."""
        if fmt not in EXPORT_FORMATS:
            raise ValueError(f"unknown export format {fmt!r}: use {', '.join(EXPORT_FORMATS)}")
        out = Path(path)
        if story is None and fmt in STREAMED:
            from storyline.export import stream

            writer = {
                "dossier": stream.dossier_json,
                "jsonl": stream.findings_jsonl,
                "csv": stream.figures_csv,
            }
            _write_whole(out, writer[fmt](self))
            return out
        data = self.dossier(story)
        if fmt in ("ftm", "jsonl"):
            from storyline.export.ftm import ftm_lines
            from storyline.export.jsonl import findings_lines

            lines = ftm_lines(data) if fmt == "ftm" else findings_lines(data)
            _write_whole(out, (line + "\n" for line in lines))
        elif fmt == "dossier":
            _write_whole(out, json.JSONEncoder(ensure_ascii=False, indent=1).iterencode(data))
        elif fmt == "html":
            from storyline.export.html import render_html

            _write_whole(out, [render_html(data)])
        else:
            from storyline.export.csv_export import figures_csv

            _write_whole(out, [figures_csv(data)])
        return out

    # ------------------------------------------------------------ analyst corrections

    def merge(self, entity_ids: list[str], note: str | None = None) -> None:
        """Make several entities one; recorded by their mentions so it survives relinking."""
        entities = {e.id: e for e in self.load_dossier().entities}
        missing = [e for e in entity_ids if e not in entities]
        if missing or len(entity_ids) < 2:
            raise CorrectionError(
                f"merge needs two or more known entities; unknown: {', '.join(missing) or '-'}"
            )
        analyses = self.analyses()  # loaded once for all the merged entities
        groups = [
            [
                [m.doc, i]
                for m, i in zip(entities[e].mentions, _mention_indices(analyses, entities[e]), strict=True)
            ]
            for e in entity_ids
        ]
        self.add_correction("merge", {"entities": entity_ids, "mentions": groups,
                                      "names": [entities[e].name for e in entity_ids]}, note)  # fmt: skip
        relink(self)

    def split(self, entity_id: str, names: list[str], note: str | None = None) -> None:
        """Move the mentions with these base forms out of an entity into a new one."""
        entity = next((e for e in self.load_dossier().entities if e.id == entity_id), None)
        if entity is None:
            raise CorrectionError(f"unknown entity {entity_id}")
        bases = {m.base or m.text for m in entity.mentions}
        unknown = [n for n in names if n not in bases]
        if unknown or not names:
            raise CorrectionError(
                f"{entity_id} has no mention with base form {', '.join(unknown) or '-'}; it has: {', '.join(sorted(bases))}"
            )
        mentions = [
            [m.doc, i]
            for m, i in zip(entity.mentions, _mention_indices(self.analyses(), entity), strict=True)
        ]
        self.add_correction("split", {"entity": entity_id, "names": names, "mentions": mentions}, note)
        relink(self)

    def reject(self, item_id: str, note: str | None = None) -> None:
        """Reject an extracted item (event, figure, claim, quote or entity) for good."""
        item = _find_item(self.load_dossier(), item_id)
        if item is None:
            raise CorrectionError(f"unknown item {item_id}")
        evidence = getattr(item, "evidence", None)
        payload: dict[str, Any] = {"id": item_id}
        if evidence:
            payload["evidence"] = [evidence[0].doc, evidence[0].start, evidence[0].end]
        self.add_correction("reject", payload, note)
        relink(self)

    def set_speaker(self, quote_id: str, entity_id: str, note: str | None = None) -> None:
        dossier = self.load_dossier()
        quote = next((q for q in dossier.quotes if q.id == quote_id), None)
        entity = next((e for e in dossier.entities if e.id == entity_id), None)
        if quote is None or entity is None:
            raise CorrectionError(
                f"unknown {'quote ' + quote_id if quote is None else 'entity ' + entity_id}"
            )
        first = quote.evidence[0]
        self.add_correction("set_speaker", {
            "quote": quote_id, "entity": entity_id, "name": entity.name,
            "evidence": [first.doc, first.start, first.end],
            "mentions": [[m.doc, m.start, m.end] for m in entity.mentions[:20]],
        }, note)  # fmt: skip
        relink(self)


def _write_whole(path: Path, chunks: Iterable[str]) -> None:
    """Write a file as its parts come (never all of it held at once), completely or not at all: a
    full disk, a failure or a kill half-way leaves the old file (or none), never a truncated one."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            fh.writelines([chunks] if isinstance(chunks, str) else chunks)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:  # name the file the user asked for, not the temporary one
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    finally:
        tmp.unlink(missing_ok=True)


def _mention_indices(analyses: dict[str, Any], entity: Any) -> list[int]:
    """Indices of an entity's mentions in their documents' analyses (how linking keys them)."""
    out = []
    for m in entity.mentions:
        found = next(
            (i for i, x in enumerate(analyses[m.doc].mentions) if x.start == m.start and x.end == m.end), -1
        )
        out.append(found)
    return out


def _find_item(dossier: Dossier, item_id: str) -> Any:
    for kind in ("events", "figures", "claims", "quotes", "entities"):
        for item in getattr(dossier, kind):
            if item.id == item_id:
                return item
    return None
