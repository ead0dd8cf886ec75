"""Sources → new pages → the ingest pipeline → linked; the watch state kept in the store.

One poll: every source is asked at once (hosts in turn, each host's manners kept) with the
validators it gave last time; a 304, or a body identical to the last one, ends there. A feed gives
its links, a sitemap its pages (an index its sitemaps, read in the same poll), a home page the feeds
it announces (or else the sitemaps its robots.txt names), which are followed from then on in its
place. Links already taken — by URL, or by a document stored under it — are left out; the new
ones (at most ``max_items`` per source) are fetched, a body already seen under another URL is not
ingested again, and the rest go through the same ingest as files (near-duplicates, versions,
analysis) while later pages are still being fetched. The new documents are linked into the stored
entities and stories, then what was taken and the sources' validators are written down. A folder
source ingests the files that are new or changed since the last poll.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from rich.console import Console

from storyline.ingest.records import IngestError, RawDoc
from storyline.ingest.walk import iter_files
from storyline.pipeline import TIME_LIMIT, Ingestor, IngestReport, link_pending
from storyline.sources.config import SourceSpec
from storyline.sources.http import Fetcher, Request, Response, now_iso
from storyline.sources.links import body_text, feed_links, kind_of, normalise, site_feeds, sitemap_links
from storyline.sources.options import Politeness
from storyline.sources.pages import page_record
from storyline.sources.state import Seen, Source, WatchState
from storyline.store import Store, StoreError

DEFAULT_EVERY = 900.0  # seconds between two polls of a source (15 minutes)
MAX_ITEMS = 50  # new pages taken from one source per poll (the rest wait for the next polls)
MAX_NESTED = 10  # sitemaps of a sitemap index read per poll ("news" ones first)
MAX_BACKOFF = 32  # a failing source is polled at most this many times less often
SETTLE = 2.0  # seconds a new file must stay untouched before it is read (it may still be written)


@dataclass
class SourceOutcome:
    source: str
    kind: str
    status: str  # new links, nothing new, not modified, unchanged, feeds found, failed
    links: int = 0  # links it lists
    new: int = 0  # of them taken in this poll
    error: str | None = None


@dataclass
class PageOutcome:
    url: str
    status: int  # HTTP status (0: no answer)
    result: str  # new, version, duplicate, unchanged, same body, failed
    detail: str = ""


@dataclass
class FetchReport:
    sources: list[SourceOutcome] = field(default_factory=list)
    pages: list[PageOutcome] = field(default_factory=list)
    skipped: int = 0  # links already taken before
    ingest: IngestReport = field(default_factory=IngestReport)
    requests: int = 0  # HTTP requests sent (retries and redirects count)
    stories: dict[str, tuple[str, str]] = field(default_factory=dict)  # new document → (story, title)
    seconds: float = 0.0

    @property
    def failed_sources(self) -> list[SourceOutcome]:
        return [s for s in self.sources if s.status == "failed"]

    @property
    def failed_pages(self) -> list[PageOutcome]:
        return [p for p in self.pages if p.result == "failed"]


@dataclass
class _Job:
    url: str  # normalised: the key and the document's source
    found_in: str | None
    request: Request
    before: Seen | None = None


def _parse(ts: str | None) -> datetime | None:
    return datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC) if ts else None


def _sha(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


class Follower:
    """Fetching, following and watching over one store; one ``Fetcher`` (and so one set of
    per-host limits and robots.txt rules) for everything it does."""

    def __init__(self, store: Store, politeness: Politeness | None = None, *, jobs: int = 1,
                 max_items: int = MAX_ITEMS, every: float = DEFAULT_EVERY, progress: bool = False,
                 console: Console | None = None, time_limit: float | None = TIME_LIMIT) -> None:  # fmt: skip
        self.store = store
        self.fetcher = Fetcher(politeness)
        self.state = WatchState(store)
        self.jobs = jobs
        self.max_items = max_items
        self.every = every
        self.progress = progress
        self.console = console or Console(stderr=True)
        self.time_limit = time_limit
        self._requests_before = 0

    def close(self) -> None:
        self.fetcher.close()

    # ------------------------------------------------------------ entry points

    def fetch(self, urls: list[str]) -> FetchReport:
        """Article pages, each fetched now (conditionally when it was fetched before)."""
        started = time.monotonic()
        self._requests_before = self.fetcher.requests
        keys = list(dict.fromkeys(normalise(u) for u in urls))
        before = self.state.seen(keys)
        jobs = []
        for key in keys:
            seen = before.get(key)
            ok_before = seen is not None and seen.status == 200
            jobs.append(_Job(key, None, Request(key, seen.etag if ok_before else None,
                                                seen.last_modified if ok_before else None), seen))  # fmt: skip
        report = FetchReport()
        self._pages(jobs, report, source="")
        return self._finish(report, started)

    def add(self, specs: list[SourceSpec]) -> list[Source]:
        """Remember sources to follow (a source already known keeps its state)."""
        known = {s.key: s for s in self.state.sources()}
        added = []
        for spec in specs:
            source = known.get(spec.key)
            if source is None:
                source = Source(spec.key, spec.kind, spec.key, now_iso(), every=spec.every)
            elif spec.every is not None:
                source.every = spec.every
            added.append(source)
        self.state.save_sources(added)
        return added

    def follow(self, specs: list[SourceSpec]) -> FetchReport:
        """Poll these sources now (remembered for later polls and for ``watch``)."""
        added = self.add(specs)
        keys = {s.key for s in added}
        return self.poll([s for s in self.state.sources() if s.key in keys or s.origin in keys])

    def due(self, now: datetime | None = None) -> list[Source]:
        """Sources to poll now: never polled, or their interval (longer after failures) is up."""
        now = now or datetime.now(UTC)
        return [s for s in self._pollable(self.state.sources()) if self.next_poll(s) <= now]

    def next_poll(self, source: Source) -> datetime:
        polled = _parse(source.polled_at)
        if polled is None:
            return datetime.min.replace(tzinfo=UTC)
        every = source.every or self.every
        return polled + timedelta(seconds=every * min(2**source.failures, MAX_BACKOFF))

    def watch(self, specs: list[SourceSpec], rounds: int = 0,
              on_round: Callable[[FetchReport], None] | None = None,
              sleep: Callable[[float], None] = time.sleep) -> int:  # fmt: skip
        """Poll what is due, sleep until the next source is due, again — ``rounds`` polls (0: until
        interrupted). Returns the number of polls made."""
        if specs:
            self.add(specs)
        if not self._pollable(self.state.sources()):
            raise StoreError("nothing to watch: name feeds, sitemaps, sites or folders (or a watch file)")
        done = 0
        while not rounds or done < rounds:
            due = self.due()
            if due:
                report = self.poll(due)
                done += 1
                if on_round:
                    on_round(report)
                if report.ingest.interrupted:  # Ctrl-C during the ingest: what was stored is kept
                    raise KeyboardInterrupt
                continue
            upcoming = min(self.next_poll(s) for s in self._pollable(self.state.sources()))
            sleep(max(0.05, min(60.0, (upcoming - datetime.now(UTC)).total_seconds())))
        return done

    @staticmethod
    def _pollable(sources: list[Source]) -> list[Source]:
        """A site whose feeds were found is polled through them."""
        return [s for s in sources if not (s.kind == "site" and s.resolved)]

    # ------------------------------------------------------------ one poll

    def poll(self, sources: list[Source]) -> FetchReport:
        started = time.monotonic()
        self._requests_before = self.fetcher.requests
        report = FetchReport()
        folders = [s for s in sources if s.kind == "folder"]
        jobs: list[_Job] = []
        wave = [s for s in self._pollable(sources) if s.kind != "folder"]
        touched: dict[str, Source] = {}
        nested_seen: set[str] = set()
        while wave:
            requests = [Request(s.key, s.etag, s.last_modified) for s in wave]
            by_key = {s.key: s for s in wave}
            wave = []
            for resp in self.fetcher.get_all(requests):
                source = by_key[resp.url]
                touched[source.key] = source
                outcome = SourceOutcome(source.key, source.kind, "nothing new")
                report.sources.append(outcome)
                links, more = self._read_source(source, resp, outcome)
                wave += [m for m in more if m.key not in nested_seen]
                nested_seen.update(m.key for m in more)
                jobs += self._new_links(source, links, outcome, report, {j.url for j in jobs})
        if jobs:
            self._pages(jobs, report, source=None)
        for folder in folders:
            touched[folder.key] = folder
            self._folder(folder, report)
        # written last: killed before this, the next poll asks the sources again without validators
        self.state.save_sources(s for s in touched.values() if s.kind != "sitemap-part")
        return self._finish(report, started)

    def _read_source(
        self, source: Source, resp: Response, outcome: SourceOutcome
    ) -> tuple[list[str], list[Source]]:
        """The links a source's response lists, and further sources to read in this poll."""
        source.polled_at = resp.fetched_at or now_iso()
        if resp.not_modified:
            outcome.status = "not modified"
            self._ok(source)
            return [], []
        if not resp.ok:
            return [], self._failed(source, outcome, resp.describe())
        sha = _sha(resp.body)
        if sha == source.content_sha256 and source.kind in ("feed", "sitemap", "sitemap-part"):
            outcome.status = "unchanged"
            self._ok(source, resp, sha)
            return [], []
        text = body_text(resp.body, self.fetcher.politeness.max_bytes)
        kind = kind_of(text)
        more: list[Source] = []
        if kind == "feed":
            links = feed_links(text, resp.final_url)
            source.kind = "feed"
        elif kind == "sitemap":
            links, nested = sitemap_links(text, resp.final_url)
            nested.sort(key=lambda u: "news" not in u.rsplit("/", 1)[-1].lower())  # news sitemaps first
            more = [Source(u, "sitemap-part", source.origin, now_iso()) for u in nested[:MAX_NESTED]]
            source.kind = "sitemap" if source.kind != "sitemap-part" else "sitemap-part"
        elif kind == "html" and source.kind in ("auto", "site"):
            return [], self._site(source, outcome, text, resp)
        else:
            what = {"html": "a web page", "other": "something else"}.get(kind, kind)
            expected = "sitemap" if source.kind == "sitemap-part" else source.kind
            return [], self._failed(source, outcome, f"expected a {expected}, got {what}")
        outcome.kind = source.kind
        outcome.links = len(links)
        outcome.status = "new links" if links else "nothing new"
        self._ok(source, resp, sha)
        return links, more

    def _site(self, source: Source, outcome: SourceOutcome, html: str, resp: Response) -> list[Source]:
        """A home page: the feeds it announces (else its robots.txt's sitemaps) are followed instead."""
        found = site_feeds(html, resp.final_url)
        if not found:
            found = [normalise(u) for u in self.fetcher.robots.sitemaps(resp.final_url)]
        if not found:
            return self._failed(source, outcome, "no feed or sitemap found on this page or in its robots.txt")
        source.kind = outcome.kind = "site"
        source.resolved = found
        outcome.status = "feeds found"
        self._ok(source, resp, None)
        children = [Source(u, "auto", source.key, now_iso()) for u in found]
        self.state.save_sources(children)
        return children

    def _ok(self, source: Source, resp: Response | None = None, sha: str | None = None) -> None:
        source.failures, source.error, source.ok_at = 0, None, source.polled_at
        if resp is not None:
            source.etag, source.last_modified = resp.etag, resp.last_modified
            source.content_sha256 = sha

    def _failed(self, source: Source, outcome: SourceOutcome, error: str) -> list[Source]:
        source.failures += 1
        source.error = outcome.error = error
        outcome.status = "failed"
        return []

    def _new_links(self, source: Source, links: list[str], outcome: SourceOutcome, report: FetchReport,
                   taken_now: set[str]) -> list[_Job]:  # fmt: skip
        """``taken_now``: pages another source of this poll lists too (fetched once)."""
        if not links:
            return []
        seen = self.state.seen(links)
        stored = self.state.stored([u for u in links if u not in seen])
        fresh = [
            u for u in links
            if (u not in seen or not seen[u].settled) and u not in stored and u not in taken_now
        ]  # fmt: skip
        report.skipped += len(links) - len(fresh)
        taken = fresh[: self.max_items]
        if len(fresh) > len(taken):
            # more than one poll takes: forget the validators, or a 304 would hide the rest next time
            source.etag = source.last_modified = source.content_sha256 = None
        outcome.new = len(taken)
        source.items += len(taken)
        return [_Job(u, source.key, Request(u), seen.get(u)) for u in taken]

    # ------------------------------------------------------------ pages

    def _pages(self, jobs: list[_Job], report: FetchReport, source: str | None) -> None:
        """Fetch the pages (while earlier ones are analysed), ingest, link, write down."""
        by_url = {j.url: j for j in jobs}
        bodies: dict[str, str] = {}  # body hash → the page of this run that had it
        rows: dict[str, Seen] = {}

        def records() -> Iterator[RawDoc | IngestError]:
            for resp in self.fetcher.get_all(j.request for j in jobs):
                job = by_url[resp.url]
                row = _seen_row(job, resp, source if source is not None else job.found_in or "")
                rows[job.url] = row
                if resp.not_modified:
                    report.pages.append(
                        PageOutcome(job.url, 304, "unchanged", "not modified since the last fetch")
                    )
                    continue
                if resp.ok:
                    sha = row.sha256 or ""
                    if job.before is not None and job.before.sha256 == sha:
                        report.pages.append(
                            PageOutcome(job.url, resp.status, "unchanged", "same body as last time")
                        )
                        continue
                    earlier = bodies.get(sha) or self.state.with_body([sha]).get(sha)
                    if earlier and earlier != job.url:
                        row.note = f"same body as {earlier}"
                        report.pages.append(PageOutcome(job.url, resp.status, "same body", earlier))
                        continue
                    bodies[sha] = job.url
                yield page_record(resp, job.url, job.found_in)

        ingestor = Ingestor(self.store, jobs=self.jobs, console=self.console, progress=self.progress,
                            time_limit=self.time_limit)  # fmt: skip
        ingest = ingestor.run_records(records())
        self._merge(report.ingest, ingest)
        if ingest.error:
            raise StoreError(ingest.error)
        outcome = _outcomes(ingest)
        docs = self.state.stored(rows)
        for url, row in rows.items():
            row.doc_id = docs.get(url)
            result, detail = outcome.get(url, ("", ""))
            if result:
                report.pages.append(PageOutcome(url, row.status, result, detail))
                if result == "failed":
                    row.note = row.note or detail
        self.state.mark_seen(rows.values())

    def _folder(self, source: Source, report: FetchReport) -> None:
        """Ingest the files of a folder that are new or changed since the last poll."""
        outcome = SourceOutcome(source.key, "folder", "nothing new")
        report.sources.append(outcome)
        source.polled_at = now_iso()
        if not Path(source.key).is_dir():
            self._failed(source, outcome, "folder not found")
            return
        files: dict[str, tuple[Path, str]] = {}
        now = time.time()
        for item in iter_files([source.key], self.store.files()):
            if isinstance(item, IngestError):
                continue
            try:
                st = item.stat()
            except OSError:
                continue
            if now - st.st_mtime < SETTLE:
                continue  # maybe still being written: next poll
            files["file:" + str(item.resolve())] = (item, f"{st.st_size}:{st.st_mtime_ns}")
        outcome.links = len(files)
        before = self.state.seen(files)
        new = {k: v for k, v in files.items() if k not in before or before[k].etag != v[1]}
        report.skipped += len(files) - len(new)
        self._ok(source)
        if not new:
            return
        outcome.status, outcome.new = "new files", len(new)
        source.items += len(new)
        ingestor = Ingestor(self.store, jobs=self.jobs, console=self.console, progress=self.progress,
                            time_limit=self.time_limit)  # fmt: skip
        ingest = ingestor.run([p for p, _ in new.values()])
        self._merge(report.ingest, ingest)
        if ingest.error:
            raise StoreError(ingest.error)
        stamp = now_iso()
        self.state.mark_seen(Seen(k, source.key, 200, stamp, etag=tag) for k, (_, tag) in new.items())

    # ------------------------------------------------------------ the end of a run

    def _finish(self, report: FetchReport, started: float) -> FetchReport:
        report.ingest.linked = link_pending(self.store, self.progress, self.console)
        report.requests = self.fetcher.requests - self._requests_before
        if report.ingest.doc_ids:
            report.stories = self.state.stories_of(report.ingest.doc_ids)
        report.seconds = time.monotonic() - started
        return report

    @staticmethod
    def _merge(into: IngestReport, part: IngestReport) -> None:
        for name in ("new", "versions", "duplicates", "unchanged", "failed", "warnings", "doc_ids"):
            getattr(into, name).extend(getattr(part, name))
        into.interrupted = into.interrupted or part.interrupted
        into.error = into.error or part.error


def _seen_row(job: _Job, resp: Response, source: str) -> Seen:
    failed_before = job.before.attempts if job.before is not None and not job.before.settled else 0
    ok = resp.ok or resp.not_modified
    return Seen(
        key=job.url, source=source, status=resp.status, fetched_at=resp.fetched_at or now_iso(),
        final_url=resp.final_url if resp.final_url != job.url else None,
        etag=resp.etag, last_modified=resp.last_modified,
        sha256=_sha(resp.body) if resp.ok else (job.before.sha256 if job.before and resp.not_modified else None),
        attempts=1 if ok else failed_before + 1, note=None if ok else resp.describe(),
    )  # fmt: skip


def _outcomes(report: IngestReport) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for source in report.new:
        out[source] = ("new", "")
    for source, of in report.versions:
        out[source] = ("version", of)
    for source, of in report.duplicates:
        out[source] = ("duplicate", of)
    for source in report.unchanged:
        out[source] = ("unchanged", "")
    for source, why in report.failed:
        out[source] = ("failed", why)
    return out
