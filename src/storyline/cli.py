"""The ``storyline`` command."""

from __future__ import annotations

import difflib
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from storyline.export import EXPORT_FORMATS
from storyline.limits import TIME_LIMIT, default_jobs

# The store (SQLAlchemy), the API, Dask and the analysers are imported by the commands that use
# them, not here: `storyline --help` and the read commands must not pay for what they never run.
if TYPE_CHECKING:
    from storyline.api import Store
    from storyline.pipeline import IngestReport


app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Turn multilingual news into an evidence-backed story dossier.",
)
out = Console()
err = Console(stderr=True)

DbOption = Annotated[str, typer.Option("--db", help="SQLite file or SQLAlchemy URL", envvar="STORYLINE_DB")]
DEFAULT_DB = "storyline.db"
SHOWN = 5  # duplicates and versions listed after an ingest without --verbose
ENTITY_TYPES = ("PER", "ORG", "LOC", "EVT", "PRO")


class UserError(Exception):
    """An expected failure: one line for the user, exit status ``code``."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def _say(message: str) -> None:
    """One line on standard error, never read as markup (paths and texts may hold brackets)."""
    err.print(message, markup=False, highlight=False, soft_wrap=True)


def _store(db: str, create: bool = False) -> Store:
    """Open the store; read commands never create one (a mistyped --db must not become an empty
    store): they name what is there instead."""
    from storyline.api import Store
    from storyline.store.errors import StoreMissing

    try:
        return Store(db, create=create)
    except StoreMissing as exc:
        raise UserError(
            f"error: {exc}{_nearby_stores(db)}; `storyline ingest --db {db} FILES` creates it"
        ) from None


def _nearby_stores(db: str) -> str:
    if "://" in db:
        return ""
    path = Path(db)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        names = [
            p.name for p in folder.iterdir() if p.suffix in (".db", ".sqlite", ".sqlite3") and p.is_file()
        ]
    except OSError:
        return ""
    close = difflib.get_close_matches(path.name, names, n=3, cutoff=0.5) or sorted(names)[:3]
    return f" (did you mean {' or '.join(str(folder / n) for n in close)}?)" if close else ""


def _reading(db: str) -> Store:
    """A store for a read command, with one line when part of it is not linked yet."""
    store = _store(db)
    if store.needs_relink:
        _say(f"note: this store was written by an older storyline and its stories are not rebuilt yet; "
             f"`storyline link --db {db}` rebuilds them (documents and analyses are kept)")  # fmt: skip
    elif pending := store.pending_ids():
        _say(f"note: {len(pending)} stored documents are not linked yet (an ingest is running or was "
             f"interrupted); `storyline link --pending --db {db}` links them")  # fmt: skip
    return store


def _view(db: str):  # noqa: ANN202 - returns present.View
    from storyline.present import View

    return View(_reading(db).dossier(), out)


def _story_view(db: str, story_id: str, kinds: tuple[str, ...] = (), outside: bool = False):  # noqa: ANN202 - a View
    """A view of one story that reads only that story (its documents, the ``kinds`` of items the
    view shows, the entities), its documents numbered as in the whole store; ``outside``: also
    label the documents outside it that its reasons name (a document's nearest neighbour)."""
    from storyline.present import View

    store = _reading(db)
    try:
        data = store.dossier(story_id, kinds=kinds, passages=False)
    except KeyError:
        raise _no_such("story", story_id, store.story_ids()) from None
    ids = [d["id"] for d in data["documents"]]
    sources: dict[str, str] = {}
    if outside:
        named = {w.get(k) for s in data["stories"] for w in s.get("why", []) for k in ("via", "nearest")}
        if extra := sorted(d for d in named - set(ids) if isinstance(d, str)):
            sources = {d.id: d.source for d in store.documents(extra)}
            ids += extra
    return View(data, out, positions=store.positions(ids), sources=sources)


def _no_such(kind: str, wanted: str, known: list[str]) -> UserError:
    close = difflib.get_close_matches(wanted, known, n=3, cutoff=0.6)
    lister = {"story": "stories", "entity": "entities"}.get(kind, kind + "s")
    hint = f"; did you mean {', '.join(close)}?" if close else f"; `storyline {lister}` lists them"
    return UserError(f"error: no {kind} {wanted!r}{hint}")


def _summary(report: IngestReport, verbose: bool = False) -> None:
    err.print(
        f"[bold]{len(report.new)}[/bold] new, {len(report.versions)} updated versions, "
        f"{len(report.duplicates)} duplicates, {len(report.unchanged)} unchanged, "
        f"[{'red' if report.failed else 'green'}]{len(report.failed)} failed[/]"
        + (f", {len(report.skipped)} skipped" if report.skipped else "")
        + (
            " — interrupted: what was stored is kept; run `storyline ingest` again to go on"
            if report.interrupted
            else ""
        )
    )
    if (earlier := report.linked - len(report.doc_ids)) > 0:
        _say(f"  linked {earlier} documents an interrupted ingest had stored but not linked")
    for label, rows, arrow in (
        ("duplicate", report.duplicates, "→"),
        ("version  ", report.versions, "→ updates"),
    ):
        for source, of in rows if verbose else rows[:SHOWN]:
            _say(f"  {label}  {source} {arrow} {of}")
        if not verbose and len(rows) > SHOWN:
            _say(f"  … {len(rows) - SHOWN} more {label.strip()}s (--verbose or --log FILE lists every one)")


def _write_log(path: Path, report: IngestReport) -> None:
    """Every input's outcome, one tab-separated line each: status, source, detail."""
    rows = [("new", s, "") for s in report.new] + [("version", s, of) for s, of in report.versions]
    rows += [("duplicate", s, of) for s, of in report.duplicates] + [
        ("unchanged", s, "") for s in report.unchanged
    ]
    rows += [("failed", s, why) for s, why in report.failed] + [
        ("skipped", s, why) for s, why in report.skipped
    ]
    try:
        path.write_text("".join("\t".join(r) + "\n" for r in rows), "utf-8")
    except OSError as exc:
        raise UserError(f"error: cannot write the log {path}: {exc.strerror or exc}") from None


def _check_dask(dask: str | None) -> None:
    """A --dask value that names no cluster is refused before anything is opened or read."""
    if dask is not None:
        from storyline.dask_pool import DaskSpec, DaskSpecError

        try:
            DaskSpec.parse(dask)
        except DaskSpecError as exc:
            raise UserError(str(exc), 2) from None


@app.command()
def ingest(
    paths: Annotated[
        list[Path], typer.Argument(help="files or folders (recursive): .txt .html .json .jsonl")
    ],
    db: DbOption = DEFAULT_DB,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="analysis processes (0 = all cores)")] = 1,
    progress: Annotated[bool, typer.Option(help="show a progress bar")] = True,
    time_limit: Annotated[
        float, typer.Option("--time-limit", help="seconds one document's analysis may take (0 = no limit)")
    ] = TIME_LIMIT,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="list every duplicate, version and error")
    ] = False,
    log: Annotated[
        Path | None, typer.Option("--log", help="write every input's outcome to this file")
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option("--dask", help="analyse on a Dask cluster: local, local:N or tcp://scheduler:8786"),
    ] = None,
) -> None:
    """Read, clean, de-duplicate, analyse, store and link articles."""
    if jobs < 0 or time_limit < 0:
        raise UserError("error: --jobs and --time-limit must not be negative", 2)
    from storyline.dask_pool import DaskSpecError

    _check_dask(dask)
    store = _store(db, create=True)
    try:
        report = store.ingest(paths, jobs=jobs or default_jobs(), progress=progress, time_limit=time_limit,
                              verbose=verbose, dask=dask)  # fmt: skip
    except DaskSpecError as exc:
        raise UserError(str(exc), 2) from None
    _summary(report, verbose)
    if log is not None:
        _write_log(log, report)
    from storyline.analyse import ANALYSER_VERSION

    if stale := store.stale_analyses(ANALYSER_VERSION):
        err.print(f"{len(stale)} stored documents were analysed by an older storyline: "
                  "`storyline link --reanalyse` analyses them again")  # fmt: skip
    if not report.ok:
        raise typer.Exit(1)


@app.command("link")
def link_cmd(
    db: DbOption = DEFAULT_DB,
    reanalyse: Annotated[
        bool, typer.Option("--reanalyse", help="first analyse again what an older storyline analysed")
    ] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="analysis processes (0 = all cores)")] = 1,
    pending: Annotated[
        bool, typer.Option("--pending", help="only link what an interrupted ingest left unlinked")
    ] = False,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask", help="analyse again on a Dask cluster: local, local:N or tcp://scheduler:8786"
        ),
    ] = None,
) -> None:
    """Link the stored documents again from scratch (after new models, rules or corrections)."""
    store = _store(db)
    if pending and not reanalyse:
        n = store.link_pending(progress=True)
        err.print(f"{n} documents linked" if n else "nothing waits for linking")
        return
    if reanalyse:
        from storyline.dask_pool import DaskSpecError
        from storyline.pipeline import reanalyse as run_reanalyse

        _check_dask(dask)
        try:
            n = run_reanalyse(store, jobs=jobs or default_jobs(), dask=dask)
        except DaskSpecError as exc:
            raise UserError(str(exc), 2) from None
        err.print(f"{n} documents analysed again")
    dossier = store.link(progress=True)
    err.print(
        f"{len(dossier.stories)} stories, {len(dossier.entities)} entities, {len(dossier.events)} events"
    )


# ---------------------------------------------------------------- live sources

DelayOption = Annotated[
    float, typer.Option("--delay", help="seconds between two requests to one host (robots.txt may ask more)")
]
PerHostOption = Annotated[int, typer.Option("--per-host", help="requests to one host at a time")]
RobotsOption = Annotated[
    bool, typer.Option("--ignore-robots", help="do not read robots.txt (only for your own servers)")
]
MaxItemsOption = Annotated[
    int | None, typer.Option("--max-items", help="new pages taken from one source per poll (default 50)")
]
VerboseOption = Annotated[bool, typer.Option("--verbose", "-v", help="list every page and what became of it")]
JobsOption = Annotated[int, typer.Option("--jobs", "-j", help="analysis processes (0 = all cores)")]


def _politeness(delay: float, per_host: int, ignore_robots: bool):  # noqa: ANN202 - a Politeness
    from storyline.sources.options import Politeness

    if delay < 0 or per_host < 1:
        raise UserError("error: --delay must not be negative and --per-host must be at least 1", 2)
    return Politeness(delay=delay, per_host=per_host, robots=not ignore_robots)


def _fetch_summary(report, verbose: bool) -> None:  # noqa: ANN001 - a sources.follow.FetchReport
    from storyline.sources.summary import page_lines, source_lines, story_lines, totals

    for line in source_lines(report) + [totals(report)] + page_lines(report, verbose) + story_lines(report):
        _say(line)


def _sources_error(exc: ValueError) -> UserError:
    return UserError(f"error: {exc}", 2)


@app.command()
def fetch(
    urls: Annotated[list[str], typer.Argument(help="article pages (http:// or https://)")],
    db: DbOption = DEFAULT_DB,
    jobs: JobsOption = 1,
    delay: DelayOption = 1.0,
    per_host: PerHostOption = 2,
    ignore_robots: RobotsOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Fetch article pages (politely), then ingest and link them like files."""
    from storyline.sources.config import is_url

    if bad := [u for u in urls if not is_url(u)]:
        raise UserError(f"error: not a web address: {bad[0]} (files and folders: `storyline ingest`)", 2)
    store = _store(db, create=True)
    report = store.fetch(urls, _politeness(delay, per_host, ignore_robots), jobs=jobs or default_jobs())
    _fetch_summary(report, verbose)
    if report.pages and len(report.failed_pages) == len(report.pages):
        raise typer.Exit(1)


@app.command()
def follow(
    sources: Annotated[
        list[str],
        typer.Argument(help="feeds, sitemaps, sites (their feeds are found), folders, watch files (.toml)"),
    ],
    db: DbOption = DEFAULT_DB,
    jobs: JobsOption = 1,
    max_items: MaxItemsOption = None,
    delay: DelayOption = 1.0,
    per_host: PerHostOption = 2,
    ignore_robots: RobotsOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Poll feeds, sitemaps, sites and folders once and take their new pages; they are
    remembered, so `storyline watch` keeps following them."""
    from storyline.sources.config import SourceError

    store = _store(db, create=True)
    try:
        report = store.follow(sources, _politeness(delay, per_host, ignore_robots), jobs=jobs or default_jobs(),
                              max_items=max_items)  # fmt: skip
    except SourceError as exc:
        raise _sources_error(exc) from None
    _fetch_summary(report, verbose)
    if report.sources and len(report.failed_sources) == len(report.sources):
        raise typer.Exit(1)


@app.command()
def watch(
    sources: Annotated[
        list[str] | None,
        typer.Argument(
            help="feeds, sitemaps, sites, folders, watch files (.toml); none: those followed before"
        ),
    ] = None,
    every: Annotated[
        str | None,
        typer.Option(
            "--every",
            help="how often each source is polled: 30s, 15m, 1h (default: the watch file's, or 15m)",
        ),
    ] = None,
    rounds: Annotated[
        int, typer.Option("--rounds", help="stop after this many polls (0: run until Ctrl-C)")
    ] = 0,
    db: DbOption = DEFAULT_DB,
    jobs: JobsOption = 1,
    max_items: MaxItemsOption = None,
    delay: DelayOption = 1.0,
    per_host: PerHostOption = 2,
    ignore_robots: RobotsOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Follow sources continuously: poll each when it is due, ingest and link only what is new.
    Its state is in the store: stopped in any way, it goes on where it was when started again."""
    import datetime as dt

    from storyline.sources.config import SourceError, parse_duration

    try:
        seconds = parse_duration(every) if every is not None else None
    except SourceError as exc:
        raise _sources_error(exc) from None
    store = _store(db, create=True)

    def on_round(report) -> None:  # noqa: ANN001 - a sources.follow.FetchReport
        _say(f"{dt.datetime.now().astimezone():%Y-%m-%d %H:%M:%S} poll")
        _fetch_summary(report, verbose)

    try:
        polls = store.watch(sources or [], every=seconds, rounds=rounds, jobs=jobs or default_jobs(),
                            politeness=_politeness(delay, per_host, ignore_robots), max_items=max_items,
                            on_round=on_round)  # fmt: skip
    except SourceError as exc:
        raise _sources_error(exc) from None
    except KeyboardInterrupt:
        _say(f"watch stopped; `storyline watch --db {db}` goes on where it stopped")
        return
    _say(f"{polls} poll{'' if polls == 1 else 's'} done")


STORY_PAGE = 100


@app.command()
def stories(
    db: DbOption = DEFAULT_DB,
    topics: Annotated[bool, typer.Option("--topics", help="group stories by topic (all of them)")] = False,
    limit: Annotated[int, typer.Option("--limit", help="stories shown (0: all)")] = STORY_PAGE,
    offset: Annotated[int, typer.Option("--offset", help="stories skipped first")] = 0,
) -> None:
    """The stories (or topics) in the store, a page at a time; no document's text is read."""
    from storyline.present import View

    if limit < 0 or offset < 0:
        raise UserError("error: --limit and --offset must not be negative", 2)
    store = _reading(db)
    whole = topics or limit == 0
    page, names = store.story_page(0 if topics else offset, None if whole else limit)
    more = 0 if whole or len(page) < limit else store.count_stories() - offset - len(page)
    entities = [{"id": e, "name": n} for e, n in names.items()]
    View({"documents": [], "entities": entities}, out).story_list([vars(s) for s in page], topics, more)


@app.command()
def story(
    story_id: str,
    db: DbOption = DEFAULT_DB,
    why: Annotated[bool, typer.Option("--why", help="why these documents are one story")] = False,
) -> None:
    """One story: its documents, and with --why the reasons they were grouped."""
    _story_view(db, story_id, outside=why).story(story_id, why)


LimitOption = Annotated[int, typer.Option("--limit", help="items shown over the whole store (0: all)")]
OffsetOption = Annotated[int, typer.Option("--offset", help="items skipped first (the timeline: the newest)")]


def _page(db: str, kind: str, limit: int, offset: int, everything: bool = False, undated: bool = False):  # noqa: ANN202 - (View, FindingsPage)
    """A view of one page of one kind of finding over the whole store: only the page's items, what
    they refer to and the texts of the documents their evidence is in are read."""
    from storyline.present import View

    if limit < 0 or offset < 0:
        raise UserError("error: --limit and --offset must not be negative", 2)
    page = _reading(db).findings_page(kind, offset, limit or None, everything, undated)
    return View(page.data, out, positions=page.positions), page


def _more(page, limit: int, offset: int, what: str) -> None:  # noqa: ANN001 - a FindingsPage
    if limit and (left := page.total - offset - page.shown) > 0:
        _say(f"{left} more {what} (--offset, --limit; --limit 0 lists all)")


@app.command()
def timeline(
    story_id: Annotated[str | None, typer.Argument(help="a story id (default: all)")] = None,
    db: DbOption = DEFAULT_DB,
    undated: Annotated[bool, typer.Option("--undated", help="also list the events with no date")] = False,
    all_events: Annotated[
        bool, typer.Option("--all", help="also list low-confidence events, with their confidence")
    ] = False,
    limit: LimitOption = STORY_PAGE,
    offset: OffsetOption = 0,
) -> None:
    """Events in date order, with precision and sources; undated and low-confidence events are folded.
    Over the whole store, a page of the newest events (--limit, --offset)."""
    if story_id is not None:
        _story_view(db, story_id, ("events",)).timeline(story_id, undated=undated, everything=all_events)
        return
    view, page = _page(db, "events", limit, offset, all_events, undated)
    view.timeline(None, undated=undated, everything=all_events, folded=page.counts)
    _more(page, limit, offset, "earlier events")


@app.command()
def entities(db: DbOption = DEFAULT_DB, type: Annotated[str | None, typer.Option(help="PER, ORG, LOC, EVT, PRO")] = None,
             limit: int = 50,
             all: Annotated[bool, typer.Option("--all", help="the less certain names too")] = False) -> None:  # fmt: skip
    """People, organisations and places, merged across languages (less certain names folded:
    --all shows them)."""
    if type is not None and type.upper() not in ENTITY_TYPES:
        close = difflib.get_close_matches(type.upper(), ENTITY_TYPES, n=1, cutoff=0.3)
        raise UserError(f"error: unknown entity type {type!r}: use one of {', '.join(ENTITY_TYPES)}"
                        + (f" (did you mean {close[0]}?)" if close else ""), 2)  # fmt: skip
    if limit < 0:
        raise UserError("error: --limit must not be negative", 2)
    etype = type.upper() if type else None
    folded: list[Any] = []
    _entity_view(db, lambda view: [e for e in view.d["entities"] if etype is None or e["type"] == etype][:limit],
                 first_only=True, folded=None if all else folded).entities(etype, limit)  # fmt: skip
    hidden = sum(etype is None or e.type == etype for e in folded)
    if hidden:
        out.print(f"{hidden} less certain names folded (--all shows them)", markup=False)


@app.command()
def entity(name: Annotated[str, typer.Argument(help="an entity id, or a name in any language or script")],
           db: DbOption = DEFAULT_DB) -> None:  # fmt: skip
    """One entity with every mention and its snippet (`storyline entity Putin`, `… Путина`)."""
    known: list[str] = []

    def pick(view):  # noqa: ANN001, ANN202 - a present.View; its entities
        known.extend(n for e in view.d["entities"] for n in (e["id"], e["name"]))
        return view.find_entities(name)

    view = _entity_view(db, pick)
    if not view.d["entities"]:
        raise _no_such("entity", name, known)
    for e in view.d["entities"]:
        view.entity(e)


def _entity_view(db: str, pick: Any, first_only: bool = False, folded: list[Any] | None = None):  # noqa: ANN202
    """A view of the entities ``pick`` chooses from the store's entity list (read without any
    text), with the texts of just the documents their shown mentions are in. With ``folded``, only
    the listed entities (``analyse.entity_confidence``), the folded ones added to it."""
    from storyline.export.dossier import to_dossier
    from storyline.model import Dossier
    from storyline.present import View

    store = _reading(db)
    entities = store.entities()
    if folded is not None:
        from storyline.analyse.entity_confidence import listed_of

        entities, less = listed_of(entities)
        folded.extend(less)
    listed = View(to_dossier(Dossier(entities=entities)), out)
    chosen = pick(listed)
    ids = {m["doc"] for e in chosen for m in (e["mentions"][:1] if first_only else e["mentions"])}
    data = to_dossier(Dossier(documents=store.documents(ids)))
    data["entities"] = chosen
    return View(data, out, positions=store.positions(ids))


@app.command()
def figures(story_id: Annotated[str | None, typer.Argument()] = None, db: DbOption = DEFAULT_DB,
            limit: LimitOption = STORY_PAGE, offset: OffsetOption = 0) -> None:  # fmt: skip
    """Counts (dead, injured, on board …) with source and date; disputed ones in red. Over the
    whole store, a page of them (--limit, --offset)."""
    if story_id is not None:
        _story_view(db, story_id, ("events", "figures", "conflicts")).figures(story_id)
        return
    view, page = _page(db, "figures", limit, offset)
    view.figures()
    _more(page, limit, offset, "figures")


@app.command()
def quotes(db: DbOption = DEFAULT_DB, limit: LimitOption = STORY_PAGE, offset: OffsetOption = 0) -> None:
    """Direct and reported speech, by speaker (a page of it: --limit, --offset)."""
    view, page = _page(db, "quotes", limit, offset)
    view.quotes()
    _more(page, limit, offset, "quotes")


@app.command()
def claims(db: DbOption = DEFAULT_DB, limit: LimitOption = STORY_PAGE, offset: OffsetOption = 0) -> None:
    """What each side claims (cause, responsibility) and how firmly (a page: --limit, --offset)."""
    view, page = _page(db, "claims", limit, offset)
    view.claims()
    _more(page, limit, offset, "claims")


@app.command()
def conflicts(db: DbOption = DEFAULT_DB, limit: LimitOption = STORY_PAGE, offset: OffsetOption = 0) -> None:
    """Where sources disagree, side by side (a page: --limit, --offset)."""
    view, page = _page(db, "conflicts", limit, offset)
    view.conflicts()
    _more(page, limit, offset, "disagreements")


@app.command()
def export(
    output: Annotated[Path, typer.Option("-o", "--output", help="file to write")],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="dossier (JSON), html, csv, ftm (FollowTheMoney) or jsonl")
    ] = "dossier",
    db: DbOption = DEFAULT_DB,
    story_id: Annotated[
        str | None, typer.Option("--story", help="only this story (only its documents and items are read)")
    ] = None,
) -> None:
    """Write the dossier JSON, the single-file HTML report, the figures CSV, FollowTheMoney
    entities for Aleph (ftm) or the findings as JSON Lines (jsonl), of the store or one story."""
    if fmt not in EXPORT_FORMATS:
        raise UserError(f"error: unknown export format {fmt!r}: use {', '.join(EXPORT_FORMATS)}", 2)
    if output.is_dir():
        raise UserError(f"error: {output} is a folder; give a file name with -o", 2)
    if not output.parent.is_dir():
        raise UserError(f"error: cannot write {output}: folder {output.parent} does not exist", 2)
    store = _reading(db)
    try:
        path = store.export(output, fmt, story=story_id)
    except KeyError:
        raise _no_such("story", str(story_id), store.story_ids()) from None
    _say(f"wrote {path}")


@app.command()
def merge(entity_ids: list[str], db: DbOption = DEFAULT_DB, note: str | None = None) -> None:
    """Merge entities (recorded; survives relinking and new ingests)."""
    _correct(lambda s: s.merge(entity_ids, note), db)


@app.command()
def split(entity_id: str, names: Annotated[list[str], typer.Argument(help="base forms to move out")], db: DbOption = DEFAULT_DB,
          note: str | None = None) -> None:  # fmt: skip
    """Split the mentions with these base forms out of an entity."""
    _correct(lambda s: s.split(entity_id, names, note), db)


@app.command()
def reject(item_id: str, db: DbOption = DEFAULT_DB, note: str | None = None) -> None:
    """Reject an event, figure, claim, quote or entity."""
    _correct(lambda s: s.reject(item_id, note), db)


@app.command("set-speaker")
def set_speaker(quote_id: str, entity_id: str, db: DbOption = DEFAULT_DB, note: str | None = None) -> None:
    """Attribute a quote to an entity."""
    _correct(lambda s: s.set_speaker(quote_id, entity_id, note), db)


@app.command("corrections")
def corrections_cmd(
    db: DbOption = DEFAULT_DB, undo: Annotated[int | None, typer.Option(help="remove correction N")] = None
) -> None:
    """List analyst corrections (or undo one)."""
    store = _store(db)
    if undo is not None:
        if not store.remove_correction(undo):
            raise UserError(f"error: no correction {undo}; `storyline corrections` lists them")
        store.link()
    _view(db).corrections()


def _correct(action, db: str) -> None:  # noqa: ANN001
    from storyline.api import CorrectionError

    try:
        action(_store(db))
    except CorrectionError as exc:
        raise UserError(f"error: {exc}") from None
    _say("recorded; linked again")


@app.command()
def analyse(
    file: Annotated[Path, typer.Argument(help="one text file ('-' for standard input)")],
    lang: Annotated[str | None, typer.Option(help="force the language")] = None,
    published: Annotated[str | None, typer.Option(help="publication date YYYY-MM-DD")] = None,
) -> None:
    """Analyse one text and print the findings as JSON (nothing is stored)."""
    from storyline.analyse import analyse as run
    from storyline.serde import to_dict

    if published is not None:
        _check_date(published)
    data = sys.stdin.buffer.read() if str(file) == "-" else _read_file(file)
    text = _decoded(str(file), data)
    out.print_json(json.dumps(to_dict(run(text, lang=lang, published=published)), ensure_ascii=False))


def _check_date(value: str) -> None:
    import datetime as dt

    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise UserError(f"error: --published {value!r} is not a date; write YYYY-MM-DD", 2) from None


def _read_file(file: Path) -> bytes:
    if not file.exists():
        raise UserError(f"error: {file}: no such file")
    if file.is_dir():
        raise UserError(f"error: {file} is a folder; `storyline ingest` reads folders")
    from storyline.ingest.readers import MAX_BYTES

    if file.stat().st_size > MAX_BYTES:
        raise UserError(
            f"error: {file}: file too large ({file.stat().st_size / 1e6:.1f} MB > {MAX_BYTES / 1e6:g} MB)"
        )
    try:
        return file.read_bytes()
    except OSError as exc:
        raise UserError(f"error: {file}: cannot read ({exc.strerror or exc})") from None


def _decoded(name: str, data: bytes) -> str:
    """The text of a file, with the encoding detected as ingest does it."""
    from storyline.ingest.decode import DecodeError, decode_bytes

    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        raise UserError(f"error: {name}: {exc}") from None
    for warning in decoded.warnings:
        _say(f"warning: {name}: {warning}")
    return decoded.text


@app.command()
def demo(
    output: Annotated[Path, typer.Option("-o", "--output")] = Path("storyline-demo.html"),
    db: Annotated[str, typer.Option("--db")] = "storyline-demo.db",
) -> None:
    """Analyse the bundled demo corpus and write its HTML report."""
    if "://" not in db:  # the demo always starts from scratch; a stale -wal would replay into a new file
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(db + suffix).unlink(missing_ok=True)
    store = _store(db, create=True)
    from importlib import resources

    corpus = resources.files("storyline") / "demo"
    with resources.as_file(corpus) as folder:
        report = store.ingest(sorted(Path(folder).glob("*.txt")), progress=True)
    _summary(report)
    from storyline.present import View

    View(store.dossier(), out).stories()
    store.export(output, "html")
    err.print(f"report: {output.resolve()}  (database: {db}; try `storyline timeline --db {db}`)")


LOOPBACK = ("127.0.0.1", "localhost", "::1")


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port to listen on")] = 8000,
    auth: Annotated[bool, typer.Option("--auth", help="require users to log in (always on beyond 127.0.0.1)")] = False,
    secure_cookies: Annotated[bool, typer.Option("--secure-cookies", help="cookies only over HTTPS (behind a TLS proxy)")] = False,
    rate_limit: Annotated[int, typer.Option("--rate-limit", help="requests a minute per token, session or address (0: none)")] = 600,
    max_upload_mb: Annotated[int, typer.Option("--max-upload-mb", help="largest request body (uploads), MB")] = 50,
) -> None:  # fmt: skip
    """The web app and REST API on the store (pages at /, the API at /api/v1, its docs at /api/v1/docs)."""
    import uvicorn

    from storyline.web import Settings, create_app
    from storyline.web.security import BodyLimit
    from storyline.web.users import has_users

    if not 0 < port < 65536 or rate_limit < 0 or max_upload_mb < 1:
        raise UserError("error: --port must be 1-65535, --rate-limit ≥ 0 and --max-upload-mb ≥ 1", 2)
    store = _store(db)
    if host not in LOOPBACK and not auth:
        auth = True
        _say(f"note: listening on {host}, so users must log in (--auth)")
    if auth and not has_users(store):
        raise UserError(
            f"error: --auth needs a user first: `storyline users add NAME --role admin --db {db}`"
        )
    store.close()
    settings = Settings(db=db, auth=auth, secure_cookies=secure_cookies, rate_limit=rate_limit,
                        max_upload_mb=max_upload_mb)  # fmt: skip
    web_app = BodyLimit(create_app(settings), max_upload_mb * 1_000_000)
    _say(f"storyline serve: http://{'[' + host + ']' if ':' in host else host}:{port}/  (API: /api/v1, docs: /api/v1/docs"
         f"{'; log in required' if auth else '; no login: one local user'}) — Ctrl-C stops it")  # fmt: skip
    # httptools: uvicorn's fast HTTP parser; a longer keep-alive than uvicorn's 5 s, so a busy
    # client's connection is not closed under it between two requests
    uvicorn.run(web_app, host=host, port=port, log_level="warning", server_header=False, http="httptools",
                timeout_keep_alive=30)  # fmt: skip


users_app = typer.Typer(help="Users of `storyline serve`: viewer (read), analyst (corrections, ingest), admin (users).",
                        no_args_is_help=True)  # fmt: skip
app.add_typer(users_app, name="users")


def _password(password: str | None) -> str:
    import getpass

    if password is not None:
        return password
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("password: ")
    if first != getpass.getpass("again: "):
        raise UserError("error: the passwords differ")
    return first


def _user_op(name: str, *args: Any) -> Any:
    """Run one of storyline.web.users' operations; its refusal is one line and exit status 2."""
    from storyline.web import users

    try:
        return getattr(users, name)(*args)
    except users.UserError as exc:
        raise UserError(f"error: {exc}", 2) from None


@users_app.command("add")
def users_add(
    name: str,
    role: Annotated[str, typer.Option(help="viewer, analyst or admin")] = "viewer",
    db: DbOption = DEFAULT_DB,
    password: Annotated[str | None, typer.Option(help="(else asked, or read from standard input)")] = None,
) -> None:
    """Create a user (the password is asked for and stored as an argon2 hash)."""
    _user_op("add_user", _store(db), name, role, _password(password))
    _say(f"user {name} ({role}) added")


@users_app.command("list")
def users_list(db: DbOption = DEFAULT_DB) -> None:
    """The users and their roles."""
    from storyline.web.users import list_users

    for user, created in list_users(_store(db)):
        out.print(f"{user.name}\t{user.role}\t{created}", markup=False, highlight=False)


@users_app.command("role")
def users_role(name: str, role: str, db: DbOption = DEFAULT_DB) -> None:
    """Change a user's role."""
    _user_op("set_role", _store(db), name, role)
    _say(f"{name} is now {role}")


@users_app.command("password")
def users_password(name: str, db: DbOption = DEFAULT_DB,
                   password: Annotated[str | None, typer.Option(help="(else asked, or read from standard input)")] = None) -> None:  # fmt: skip
    """Set a user's password."""
    _user_op("set_password", _store(db), name, _password(password))
    _say(f"password of {name} changed")


@users_app.command("remove")
def users_remove(name: str, db: DbOption = DEFAULT_DB) -> None:
    """Remove a user and their API tokens."""
    _user_op("remove_user", _store(db), name)
    _say(f"user {name} removed")


@users_app.command("token")
def users_token(name: str, db: DbOption = DEFAULT_DB,
                label: Annotated[str | None, typer.Option(help="what the token is for")] = None) -> None:  # fmt: skip
    """Print a new API token for a user (shown once; send it as `Authorization: Bearer TOKEN`)."""
    token = _user_op("new_token", _store(db), name, label)
    out.print(token, markup=False, highlight=False)


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; an expected failure (bad store, locked, disk full, missing file …) is one
    line and a non-zero exit status, never a traceback."""
    try:
        app(args=argv, prog_name="storyline")
    except UserError as exc:
        _say(str(exc))
        sys.exit(exc.code)
    except KeyboardInterrupt:
        _say("interrupted: what was stored is kept")
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - translated when it is a known database or file failure
        _fail(exc, argv)


def _fail(exc: Exception, argv: list[str] | None) -> None:
    """A failure as one line when it is a store's or a file's, else raised on (a bug)."""
    # imported only on failure: a command that never opens a store does not load SQLAlchemy
    from storyline.store.engine import lock_timeout_from_env
    from storyline.store.errors import StoreError, describe

    if isinstance(exc, StoreError):
        _say(f"error: {exc}")
        sys.exit(1)
    where = exc.filename if isinstance(exc, OSError) and exc.filename else None
    known = describe(exc, where or _db_named(sys.argv[1:] if argv is None else argv), lock_timeout_from_env())
    if known is None and isinstance(exc, OSError):
        _say(
            f"error: {exc.filename}: {exc.strerror or exc}"
            if exc.filename
            else f"error: {exc.strerror or exc}"
        )
        sys.exit(1)
    if known is None:
        raise exc
    _say(f"error: {known}")
    sys.exit(1)


def _db_named(args: list[str]) -> str:
    """The --db of this command line (for messages about the store)."""
    for i, a in enumerate(args):
        if a == "--db" and i + 1 < len(args):
            return args[i + 1]
        if a.startswith("--db="):
            return a[5:]
    import os

    return os.environ.get("STORYLINE_DB", DEFAULT_DB)


if __name__ == "__main__":
    main()
