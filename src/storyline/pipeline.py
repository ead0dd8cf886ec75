"""Runs ingest → analyse → store → link over many inputs, with progress.

Reading and de-duplication are sequential (they depend on what came before); analysis, the
expensive part, is a pure function of one text and runs in a process pool when ``jobs > 1``.
Each document is stored with its analysis in its own transaction as soon as it is ready, marked
as waiting for linking; linking then runs as one transaction over everything waiting, so an
ingest killed at any moment is finished by running it again. With analysis workers, each batch's
entities are linked (one transaction per batch) while the workers analyse the next batch, and the
link at the end groups the stories of them all.

What one input can do to a run is bounded: a reading or analysis failure is one line and the run
goes on; an analysis that takes longer than ``time_limit`` seconds is skipped with one line;
analysis processes die with the ingest. A failure of the store itself (disk full, locked, read
only) stops the run with one line: every later document would fail the same way.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.markup import escape
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
from storyline.dask_pool import DaskPool, DaskSpec
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
from storyline.ingest.title import fallback_title
from storyline.limits import TIME_LIMIT, default_jobs
from storyline.model import Analysis, DateValue, Document
from storyline.protocols import StoreProtocol
from storyline.store import StoreError
from storyline.workers import AnalysisTimeout, time_limit, watch_parent, worker_init

BATCH = 16  # documents analysed at a time without a pool (the progress bar moves by these)
# with a pool, this many per worker: at a batch's end the workers wait while the last results are
# stored and the next batch is read, a pause that longer batches make a smaller share
PER_WORKER = 32
ERRORS_SHOWN_PER_FILE = 10  # then one line says how many more (all of them in the report)


@dataclass
class IngestReport:
    new: list[str] = field(default_factory=list)
    versions: list[tuple[str, str]] = field(default_factory=list)  # (source, version_of)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (source, duplicate_of)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (source, reason): left out on purpose
    interrupted: bool = False
    error: str | None = None  # the store failed: the run stopped here (one line)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (source, e.g. an unsure encoding)
    linked: int = 0  # documents linked at the end: this run's and any an interrupted ingest left
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


@dataclass
class Skipped:
    """An analysis that did not finish: why, in one line."""

    reason: str


def _analyse_one(args: tuple[str, str | None, str | None, float | None]) -> Analysis | Skipped:
    """Analyse one text within the time limit; any failure is a ``Skipped`` (never an exception:
    in a pool one would stop the whole batch)."""
    text, lang, published, limit = args
    try:
        with time_limit(limit):
            return analyse(text, lang=lang, published=published)
    except AnalysisTimeout:
        return Skipped(f"skipped: analysis took longer than {limit:g} s ({len(text) / 1e6:.1f} MB of text)")
    except Exception as exc:  # noqa: BLE001 - a bug on one document must not end a run of thousands
        return Skipped(f"skipped: analysis failed ({type(exc).__name__}: {' '.join(str(exc).split())[:160]})")


Pool = ProcessPoolExecutor | DaskPool

# invented sentences in two scripts: analysing them loads what every analysis needs (the
# language detector, the tagger and its base forms, natasha, the lead vector's model)
_WARM_UP = (
    ("Мария Сомова прибыла в Тверь 3 мая, где погибли 2 человека, сообщил источник.", "ru"),
    ("Anna Berg arrived in Lund on 3 May, where 2 people died, officials said.", "en"),
)


def load_models() -> None:
    """Load the analysis models in this process (a cluster's worker, before its first task)."""
    for text, lang in _WARM_UP:
        _analyse_one((text, lang, None, None))


def make_pool(jobs: int, dask: str | None = None) -> Pool | None:
    """A pool of analysis processes that die with this one (None for one job: analyse here), or
    a Dask cluster (``local``, ``local:N`` or a scheduler address)."""
    if dask:
        return DaskPool(DaskSpec.parse(dask), worker_setup=watch_parent, preload=load_models)
    if jobs <= 1:
        return None
    return ProcessPoolExecutor(jobs, initializer=worker_init, initargs=(os.getpid(),))


def _batch_size(pool: Pool | None) -> int:
    """Documents sent to the analysis at a time: ``BATCH`` in this process, ``PER_WORKER`` per
    worker of a pool or cluster (each batch is stored in order before the next is read)."""
    if pool is None:
        return BATCH
    workers = pool.workers if isinstance(pool, DaskPool) else pool._max_workers  # type: ignore[attr-defined]
    return max(BATCH, PER_WORKER * workers)


def _map(pool: Pool | None, args: list) -> Iterator[Analysis | Skipped]:  # type: ignore[type-arg]
    """Analyses in order, each as soon as it is done (so each is stored before the next one is
    waited for: an interruption loses at most the documents in flight). With a pool the work is
    sent before this returns, so the workers start while the caller finishes what came before."""
    if pool is None:
        return (_analyse_one(a) for a in args)
    if isinstance(pool, DaskPool):
        return _cluster_results(pool.map(_analyse_one, args))
    try:
        results = pool.map(_analyse_one, args)
    except BrokenProcessPool:
        return _died(args)
    return _pool_results(results, args)


def _cluster_results(results: Iterator[object]) -> Iterator[Analysis | Skipped]:
    for result in results:
        if isinstance(result, Exception):
            why = " ".join(str(result).split())[:160]
            result = Skipped(f"skipped: the analysis failed on the cluster ({type(result).__name__}: {why})")
        yield result  # type: ignore[misc]


def _pool_results(results: Iterator[Analysis | Skipped], args: list) -> Iterator[Analysis | Skipped]:  # type: ignore[type-arg]
    done = 0
    try:
        for result in results:
            done += 1
            yield result
    except BrokenProcessPool:
        # a worker was killed (out of memory?): those documents are skipped, the run goes on
        yield from _died(args[done:])


def _died(args: list) -> Iterator[Skipped]:  # type: ignore[type-arg]
    return (Skipped("skipped: the analysis process died (out of memory?)") for _ in args)


def _document(raw: RawDoc, text_id: str) -> Document:
    title = raw.title or fallback_title(raw.text)
    return Document(
        id=text_id, source=raw.source, text=raw.text, text_sha256=sha256_hex(raw.text), raw_sha256=sha256_hex(raw.raw),
        title=title, url=raw.url, outlet=raw.outlet, lang=raw.lang,
        published=raw.published or DateValue(None, None, basis="none", confidence=0.0),
        meta={**raw.meta, **({"ext_id": raw.ext_id} if raw.ext_id else {})},
    )  # fmt: skip


class Ingestor:
    """Turns inputs into stored documents; ``run`` returns what happened to each input."""

    def __init__(
        self,
        store: StoreProtocol,
        jobs: int = 1,
        console: Console | None = None,
        progress: bool = True,
        time_limit: float | None = TIME_LIMIT,
        verbose: bool = False,
        dask: str | None = None,
    ) -> None:
        self.store = store
        self.jobs = max(1, jobs)
        self.dask = dask
        self.console = console or Console(stderr=True)
        self.show_progress = progress
        self.time_limit = time_limit or None
        self.verbose = verbose
        # what is stored is read as the run's documents ask (by id, by LSH band), never all of it
        self.deduper = Deduper(stored=store.band_matches)
        self.sources = _Stored(store, 0)
        self.duplicate_of = _Stored(store, 1)
        self.stored_ids: list[str] = []
        self.errors_per_file: dict[str, int] = {}

    def run(self, paths: Iterable[str | Path]) -> IngestReport:
        paths = list(paths)
        exclude = self.store.files()
        return self.run_records(iter_inputs(paths, exclude=exclude), count_inputs(paths, exclude))

    def run_records(self, items: Iterable[RawDoc | IngestError], total: int | None = None) -> IngestReport:
        """Ingest documents that were read elsewhere (pages fetched from the web): the same
        de-duplication, analysis, storage and report as for files; ``total``: how many inputs
        the progress bar counts (None: unknown). Items are taken as they come, so a generator
        that fetches while earlier pages are analysed keeps both busy."""
        report = IngestReport()
        pool = make_pool(self.jobs, self.dask)
        with Progress(
            *_columns(), console=self.console, disable=not self.show_progress, transient=False
        ) as bar:
            task = bar.add_task("ingesting", total=total)
            try:
                batches = _batches(self._accepted(iter(items), report, bar, task), _batch_size(pool))
                if pool is None:
                    for batch in batches:
                        self._store_analysed(batch, _map(pool, self._args(batch)), report)
                        bar.update(task, description=f"ingesting ({report.stored} stored)")
                else:
                    self._overlapped(
                        batches,
                        pool,
                        report,
                        lambda: bar.update(task, description=f"ingesting ({report.stored} stored)"),
                    )
            except KeyboardInterrupt:
                report.interrupted = True
            except StoreError as exc:
                report.error = str(exc)
            finally:
                if pool:
                    pool.shutdown(wait=False, cancel_futures=True)
        self._more_errors(report)
        report.doc_ids = list(self.stored_ids)
        return report

    def _fail(self, report: IngestReport, source: str, message: str) -> None:
        """Record a failed input; print it unless its file already printed its share."""
        report.failed.append((source, message))
        file = source.split("#", 1)[0]
        seen = self.errors_per_file[file] = self.errors_per_file.get(file, 0) + 1
        if self.verbose or seen <= ERRORS_SHOWN_PER_FILE:
            self.console.print(f"[red]error[/red] {escape(source)}: {escape(message)}", highlight=False,
                               soft_wrap=True)  # fmt: skip

    def _more_errors(self, report: IngestReport) -> None:
        if self.verbose:
            return
        for file, n in self.errors_per_file.items():
            if n > ERRORS_SHOWN_PER_FILE:
                self.console.print(f"[red]error[/red] {escape(file)}: {n - ERRORS_SHOWN_PER_FILE} more errors "
                                   "not shown (--verbose shows every one)", highlight=False, soft_wrap=True)  # fmt: skip

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
            if isinstance(item, IngestError) and item.skipped:
                report.skipped.append((item.source, item.message))
                self.console.print(f"[yellow]skipped[/yellow] {escape(item.source)}: {escape(item.message)}",
                                   highlight=False, soft_wrap=True)  # fmt: skip
                continue
            if isinstance(item, IngestError):
                self._fail(report, item.source, item.message)
                continue
            pending = self._classify(item, report)
            if pending:
                yield pending
        if current_file is not None:
            bar.advance(task)

    def _classify(self, raw: RawDoc, report: IngestReport) -> _Pending | None:
        """New, version, duplicate or unchanged — decided before any expensive analysis."""
        if not raw.text.strip():
            self._fail(report, raw.source, "no text after cleaning")
            return None
        for warning in raw.meta.get("warnings", []):  # kept with the document; said once here
            report.warnings.append((raw.source, warning))
            self.console.print(f"[yellow]warning[/yellow] {escape(raw.source)}: {escape(warning)}",
                               highlight=False, soft_wrap=True)  # fmt: skip
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
            doc.duplicate_of = self._original(text_id)
            self._store(doc, raw.raw, None, None)
            report.duplicates.append((raw.source, doc.duplicate_of))
            return None
        fp = fingerprint(raw.text)
        doc = _document(raw, text_id)
        found = self.deduper.match(fp)
        if found and found.kind == "duplicate":
            doc.duplicate_of = self._original(found.of)
            self._store(doc, raw.raw, None, fp)
            report.duplicates.append((raw.source, doc.duplicate_of))
            return None
        if found and found.kind == "version":
            doc.version_of = self._original(found.of)
        # reserve now, not when stored: a repeat or an update later in this run must meet it
        self.sources[text_id] = raw.source
        self.deduper.add(text_id, fp)
        return _Pending(doc, raw.raw, fp, raw.lang)

    def _overlapped(self, batches: Iterator[list[_Pending]], pool: Pool, report: IngestReport,
                    moved: Callable[[], None]) -> None:  # fmt: skip
        """With workers: each batch is sent to them before the one before it is stored, and that
        one's entities are linked (``link_entities_ahead``) while they analyse it, so the link
        at the end is left with the stories. Linking entities in batches gives the same entities
        as at once; grouping stories does not, so they still wait for the end."""
        waiting: tuple[list[_Pending], Iterator[Analysis | Skipped]] | None = None
        for batch in batches:
            started = (batch, _map(pool, self._args(batch)))
            if waiting is not None:
                link_entities_ahead(self.store, self._store_analysed(*waiting, report))
                moved()
            waiting = started
        if waiting is not None:
            self._store_analysed(*waiting, report)
            moved()

    def _args(self, batch: list[_Pending]) -> list[tuple[str, str | None, str | None, float | None]]:
        return [
            (p.doc.text, p.lang_hint, p.doc.published.value if p.doc.published.precision == "day" else None,
             self.time_limit)
            for p in batch
        ]  # fmt: skip

    def _store_analysed(
        self, batch: list[_Pending], analyses: Iterator[Analysis | Skipped], report: IngestReport
    ) -> list[str]:
        """Store each document of the batch with its analysis as it comes; returns their ids."""
        stored: list[str] = []
        for pending, analysis in zip(batch, analyses, strict=True):
            doc = pending.doc
            if isinstance(analysis, Skipped):
                self._unreserve(doc.id)
                self._fail(report, doc.source, analysis.reason)
                continue
            doc.lang = doc.lang or analysis.lang
            doc.outlet = doc.outlet or analysis.outlet
            if doc.published.value is None and analysis.dateline is not None:
                doc.published = analysis.dateline
            self._store(doc, pending.raw, analysis, pending.fp)
            stored.append(doc.id)
            if doc.version_of:
                report.versions.append((doc.source, doc.version_of))
            else:
                report.new.append(doc.source)
        return stored

    def _store(self, doc: Document, raw: bytes, analysis: Analysis | None, fp: bytes | None) -> None:
        with store_errors(self.store):
            self.store.add_document(doc, raw, analysis, fp, ANALYSER_VERSION)
        self.sources[doc.id] = doc.source
        if doc.duplicate_of:
            self.duplicate_of[doc.id] = doc.duplicate_of
        self.stored_ids.append(doc.id)

    def _original(self, doc: str) -> str:
        """The document a duplicate finally repeats: a copy of a copy points at the original."""
        seen = {doc}
        while doc in self.duplicate_of and self.duplicate_of[doc] not in seen:
            doc = self.duplicate_of[doc]
            seen.add(doc)
        return doc

    def _unreserve(self, doc: str) -> None:
        """A skipped document was never stored: what comes later must not point at it."""
        self.sources.pop(doc, None)
        self.deduper.remove(doc)


class _Stored(dict[str, str]):
    """Document id → its source (``field`` 0) or the document it duplicates (1): what this run
    set, else what the store holds for that id, read when first asked."""

    def __init__(self, store: StoreProtocol, field: int) -> None:
        super().__init__()
        self._store, self._field = store, field
        self._read: set[str] = set()

    def _ensure(self, doc: object) -> None:
        if isinstance(doc, str) and doc not in self._read and not dict.__contains__(self, doc):
            self._read.add(doc)
            found = self._store.sources_of([doc]).get(doc)
            if found is not None and found[self._field] is not None:
                dict.__setitem__(self, doc, found[self._field])

    def __contains__(self, doc: object) -> bool:
        self._ensure(doc)
        return dict.__contains__(self, doc)

    def __missing__(self, doc: str) -> str:
        self._ensure(doc)
        if dict.__contains__(self, doc):
            return dict.__getitem__(self, doc)
        raise KeyError(doc)


def _batches(items: Iterator[_Pending], size: int) -> Iterator[list[_Pending]]:
    batch: list[_Pending] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def reanalyse(store: StoreProtocol, jobs: int = 1, progress: bool = True, console: Console | None = None,
              time_limit: float | None = TIME_LIMIT, dask: str | None = None) -> int:  # fmt: skip
    """Analyse again, with the analysers of now, every document an older version analysed (each
    replaced in its own transaction, so an interruption keeps what is done); returns how many.
    A document whose new analysis fails keeps its old one (one line says so)."""
    stale = store.stale_analyses(ANALYSER_VERSION)
    if not stale:
        return 0
    pool = make_pool(jobs, dask)
    console = console or Console(stderr=True)
    try:
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=console, disable=not progress) as bar:  # fmt: skip
            task = bar.add_task("analysing again", total=len(stale))
            size = _batch_size(pool)
            for start in range(0, len(stale), size):
                docs = store.documents(stale[start : start + size])
                args = [
                    (
                        d.text,
                        d.lang,
                        d.published.value if d.published.precision == "day" else None,
                        time_limit,
                    )
                    for d in docs
                ]
                for doc, analysis in zip(docs, _map(pool, args), strict=True):
                    if isinstance(analysis, Skipped):
                        console.print(f"[red]error[/red] {escape(doc.source)}: {escape(analysis.reason)}; "
                                      "the older analysis is kept", highlight=False, soft_wrap=True)  # fmt: skip
                    else:
                        store.replace_analysis(doc.id, analysis, ANALYSER_VERSION)
                    bar.advance(task)
    finally:
        if pool:
            pool.shutdown(wait=False, cancel_futures=True)
    return len(stale)


@contextmanager
def store_errors(store: StoreProtocol) -> Iterator[None]:
    """A failure of the store itself (disk full, locked, read only) raised as its one-line
    ``StoreError``; anything else as it is."""
    try:
        yield
    except Exception as exc:
        err = store.error(exc)
        if isinstance(err, StoreError):
            raise err from None
        raise


def link_entities_ahead(store: StoreProtocol, doc_ids: list[str]) -> int:
    """Link these stored documents' entities now, in one transaction, leaving their stories (and
    their pending marks) to the link at the end of the ingest; returns how many were linked."""
    from storyline.workflow.update import link_entities_ahead as link_ahead

    if not doc_ids:
        return 0
    with store_errors(store), store.atomic():
        return link_ahead(store, doc_ids)


def link_documents(store: StoreProtocol, doc_ids: list[str] | None, progress: bool = False,
                   console: Console | None = None) -> None:  # fmt: skip
    """Link documents into the store (``None``: everything again, from scratch) in ONE
    transaction that also clears their pending marks: killed or failed half-way, nothing of it
    is kept and the documents still wait; a progress bar shows the two long phases (entities over
    the documents, then the stories they touched)."""
    from storyline.workflow.update import update_store

    with store_errors(store), store.atomic():
        if not progress:
            update_store(store, doc_ids)
        else:
            with Progress(*_columns(), console=console or Console(stderr=True), transient=False) as bar:
                tasks: dict[str, TaskID] = {}

                def report(phase: str, done: int, total: int) -> None:
                    if phase not in tasks:
                        tasks[phase] = bar.add_task(f"linking {phase}", total=total)
                    bar.update(tasks[phase], completed=done, total=total)

                update_store(store, doc_ids, report)
        store.mark_linked(doc_ids)


def link_pending(store: StoreProtocol, progress: bool = False, console: Console | None = None) -> int:
    """Finish the linking that ingests left (interrupted, or still to do after an upgrade);
    returns how many documents were linked. The pending list is read inside the linking
    transaction, under the write lock, so two processes never link the same documents."""
    if not store.needs_relink and not store.pending_ids():
        return 0
    with store_errors(store), store.atomic():
        full = store.needs_relink
        ids = None if full else store.pending_ids()
        if full or ids:
            link_documents(store, ids, progress, console)
        return store.count_documents() if ids is None else len(ids)


def relink(store: StoreProtocol, progress: bool = False) -> None:
    """Link everything in the store again, from scratch (after corrections or new models)."""
    link_documents(store, None, progress)


__all__ = ["TIME_LIMIT", "IngestReport", "Ingestor", "default_jobs", "link_pending", "reanalyse", "relink"]
