"""Runs ingest → analyse → store → link over many inputs, with progress.

Reading and de-duplication are sequential (they depend on what came before); analysis, the
expensive part, is a pure function of one text and runs in a process pool when ``jobs > 1``.
Each document is stored with its analysis in its own transaction as soon as it is ready.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from storyline.analyse import ANALYSER_VERSION, analyse
from storyline.ingest import (
    Deduper,
    IngestError,
    RawDoc,
    count_inputs,
    doc_id,
    fingerprint,
    iter_inputs,
    sha256_hex,
)
from storyline.model import Analysis, DateValue, Document
from storyline.store import Store

BATCH = 16  # documents sent to the pool at a time: enough to keep every core busy


@dataclass
class IngestReport:
    new: list[str] = field(default_factory=list)
    versions: list[tuple[str, str]] = field(default_factory=list)  # (source, version_of)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (source, duplicate_of)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    interrupted: bool = False
    doc_ids: list[str] = field(default_factory=list)  # every document stored by this run, in order

    @property
    def stored(self) -> int:
        return len(self.new) + len(self.versions) + len(self.duplicates)

    @property
    def ok(self) -> bool:
        """False only when there were inputs and none of them could be ingested."""
        return bool(self.stored or self.unchanged or not self.failed)


@dataclass
class _Pending:
    doc: Document
    raw: bytes
    fp: bytes
    lang_hint: str | None


def _columns() -> tuple[ProgressColumn, ...]:
    """The progress bar of every long phase: what, how far, how long."""
    return (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
            TimeElapsedColumn())  # fmt: skip


def _analyse_one(args: tuple[str, str | None, str | None]) -> Analysis:
    text, lang, published = args
    return analyse(text, lang=lang, published=published)


def _document(raw: RawDoc, text_id: str) -> Document:
    title = raw.title
    if not title:
        first = raw.text.strip().split("\n", 1)[0].strip()
        title = first if 0 < len(first) <= 160 else None
    return Document(
        id=text_id, source=raw.source, text=raw.text, text_sha256=sha256_hex(raw.text), raw_sha256=sha256_hex(raw.raw),
        title=title, url=raw.url, outlet=raw.outlet, lang=raw.lang,
        published=raw.published or DateValue(None, None, basis="none", confidence=0.0),
        meta={**raw.meta, **({"ext_id": raw.ext_id} if raw.ext_id else {})},
    )  # fmt: skip


class Ingestor:
    """Turns inputs into stored documents; ``run`` returns what happened to each input."""

    def __init__(
        self, store: Store, jobs: int = 1, console: Console | None = None, progress: bool = True
    ) -> None:
        self.store = store
        self.jobs = max(1, jobs)
        self.console = console or Console(stderr=True)
        self.show_progress = progress
        self.deduper = Deduper()
        for known_id, fp in store.fingerprints():
            self.deduper.add(known_id, fp)
        self.sources = {d.id: d.source for d in store.documents()} if store.count_documents() else {}
        self.stored_ids: list[str] = []

    def run(self, paths: Iterable[str | Path]) -> IngestReport:
        paths = list(paths)
        report = IngestReport()
        pool = ProcessPoolExecutor(self.jobs) if self.jobs > 1 else None
        with Progress(
            *_columns(), console=self.console, disable=not self.show_progress, transient=False
        ) as bar:
            task = bar.add_task("ingesting", total=count_inputs(paths))
            try:
                for batch in _batches(self._accepted(iter_inputs(paths), report, bar, task), BATCH):
                    self._analyse_and_store(batch, report, pool)
                    bar.update(task, description=f"ingesting ({report.stored} stored)")
            except KeyboardInterrupt:
                report.interrupted = True
            finally:
                if pool:
                    pool.shutdown(cancel_futures=True)
        report.doc_ids = list(self.stored_ids)
        return report

    def _accepted(
        self, items: Iterator[RawDoc | IngestError], report: IngestReport, bar: Progress, task: int
    ) -> Iterator[_Pending]:
        current_file = None
        for item in items:
            file = item.source.split("#", 1)[0]
            if file != current_file:
                if current_file is not None:
                    bar.advance(task)
                current_file = file
            if isinstance(item, IngestError):
                report.failed.append((item.source, item.message))
                self.console.print(
                    f"[red]error[/red] {item.source}: {item.message}", highlight=False, soft_wrap=True
                )
                continue
            pending = self._classify(item, report)
            if pending:
                yield pending
        if current_file is not None:
            bar.advance(task)

    def _classify(self, raw: RawDoc, report: IngestReport) -> _Pending | None:
        """New, version, duplicate or unchanged — decided before any expensive analysis."""
        if not raw.text.strip():
            report.failed.append((raw.source, "no text after cleaning"))
            self.console.print(f"[red]error[/red] {raw.source}: no text after cleaning", highlight=False)
            return None
        text_id = doc_id(raw.text)
        if text_id in self.sources:
            if self.sources[text_id] == raw.source:
                report.unchanged.append(raw.source)
                return None
            # the same text from another source: kept as a duplicate with an id of its own
            dup_id = doc_id(raw.text + "\x00" + raw.source)
            if dup_id in self.sources:
                report.unchanged.append(raw.source)
                return None
            doc = _document(raw, dup_id)
            doc.duplicate_of = text_id
            self._store(doc, raw.raw, None, None)
            report.duplicates.append((raw.source, text_id))
            return None
        fp = fingerprint(raw.text)
        doc = _document(raw, text_id)
        found = self.deduper.match(fp)
        if found and found.kind == "duplicate":
            doc.duplicate_of = found.of
            self._store(doc, raw.raw, None, fp)
            report.duplicates.append((raw.source, found.of))
            return None
        if found and found.kind == "version":
            doc.version_of = found.of
        # reserve now, not when stored: a repeat or an update later in this run must meet it
        self.sources[text_id] = raw.source
        self.deduper.add(text_id, fp)
        return _Pending(doc, raw.raw, fp, raw.lang)

    def _analyse_and_store(
        self, batch: list[_Pending], report: IngestReport, pool: ProcessPoolExecutor | None
    ) -> None:
        args = [
            (p.doc.text, p.lang_hint, p.doc.published.value if p.doc.published.precision == "day" else None)
            for p in batch
        ]
        results = pool.map(_analyse_one, args) if pool else map(_analyse_one, args)
        for pending, analysis in zip(batch, results, strict=True):
            doc = pending.doc
            doc.lang = doc.lang or analysis.lang
            doc.outlet = doc.outlet or analysis.outlet
            if doc.published.value is None and analysis.dateline is not None:
                doc.published = analysis.dateline
            self._store(doc, pending.raw, analysis, pending.fp)
            if doc.version_of:
                report.versions.append((doc.source, doc.version_of))
            else:
                report.new.append(doc.source)

    def _store(self, doc: Document, raw: bytes, analysis: Analysis | None, fp: bytes | None) -> None:
        self.store.add_document(doc, raw, analysis, fp, ANALYSER_VERSION)
        self.sources[doc.id] = doc.source
        self.stored_ids.append(doc.id)


def _batches(items: Iterator[_Pending], size: int) -> Iterator[list[_Pending]]:
    batch: list[_Pending] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def reanalyse(store: Store, jobs: int = 1, progress: bool = True, console: Console | None = None) -> int:
    """Analyse again, with the analysers of now, every document an older version analysed (each
    replaced in its own transaction, so an interruption keeps what is done); returns how many."""
    stale = store.stale_analyses(ANALYSER_VERSION)
    if not stale:
        return 0
    pool = ProcessPoolExecutor(jobs) if jobs > 1 else None
    console = console or Console(stderr=True)
    try:
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=console, disable=not progress) as bar:  # fmt: skip
            task = bar.add_task("analysing again", total=len(stale))
            for start in range(0, len(stale), BATCH):
                docs = store.documents(stale[start : start + BATCH])
                args = [
                    (d.text, d.lang, d.published.value if d.published.precision == "day" else None)
                    for d in docs
                ]
                for doc, analysis in zip(
                    docs, pool.map(_analyse_one, args) if pool else map(_analyse_one, args), strict=True
                ):
                    store.replace_analysis(doc.id, analysis, ANALYSER_VERSION)
                    bar.advance(task)
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)
    return len(stale)


def link_documents(store: Store, doc_ids: list[str] | None, progress: bool = False,
                   console: Console | None = None) -> None:  # fmt: skip
    """Link new documents into the store (``None``: everything again), with a progress bar for
    the two long phases (entities over the documents, then the stories they touched)."""
    from storyline.link.update import update_store

    if not progress:
        update_store(store, doc_ids)
        return
    with Progress(*_columns(), console=console or Console(stderr=True), transient=False) as bar:
        tasks: dict[str, TaskID] = {}

        def report(phase: str, done: int, total: int) -> None:
            if phase not in tasks:
                tasks[phase] = bar.add_task(f"linking {phase}", total=total)
            bar.update(tasks[phase], completed=done, total=total)

        update_store(store, doc_ids, report)


def relink(store: Store, progress: bool = False) -> None:
    """Link everything in the store again, from scratch (after corrections or new models)."""
    link_documents(store, None, progress)


def default_jobs() -> int:
    return max(1, (os.cpu_count() or 1))
