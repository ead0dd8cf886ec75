"""The ``storyline`` command."""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from storyline.api import CorrectionError, Store
from storyline.pipeline import IngestReport, default_jobs

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn multilingual news into an evidence-backed story dossier.",
)
out = Console()
err = Console(stderr=True)

DbOption = Annotated[str, typer.Option("--db", help="SQLite file or SQLAlchemy URL", envvar="STORYLINE_DB")]
DEFAULT_DB = "storyline.db"


def _store(db: str) -> Store:
    return Store(db)


def _view(db: str):  # noqa: ANN202 - returns present.View
    from storyline.present import View

    store = _store(db)
    return View(store.dossier(), out)


def _summary(report: IngestReport) -> None:
    err.print(
        f"[bold]{len(report.new)}[/bold] new, {len(report.versions)} updated versions, "
        f"{len(report.duplicates)} duplicates, {len(report.unchanged)} unchanged, "
        f"[{'red' if report.failed else 'green'}]{len(report.failed)} failed[/]"
        + (
            " — interrupted: what was stored is kept; run `storyline ingest` again to go on"
            if report.interrupted
            else ""
        )
    )
    for source, of in report.duplicates:
        err.print(f"  duplicate  {source} → {of}", highlight=False)
    for source, of in report.versions:
        err.print(f"  version    {source} → updates {of}", highlight=False)


@app.command()
def ingest(
    paths: Annotated[
        list[Path], typer.Argument(help="files or folders (recursive): .txt .html .json .jsonl")
    ],
    db: DbOption = DEFAULT_DB,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="analysis processes (0 = all cores)")] = 1,
    progress: Annotated[bool, typer.Option(help="show a progress bar")] = True,
) -> None:
    """Read, clean, de-duplicate, analyse, store and link articles."""
    store = _store(db)
    report = store.ingest(paths, jobs=jobs or default_jobs(), progress=progress)
    _summary(report)
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
) -> None:
    """Link the stored documents again from scratch (after new models, rules or corrections)."""
    store = _store(db)
    if reanalyse:
        from storyline.pipeline import reanalyse as run_reanalyse

        n = run_reanalyse(store, jobs=jobs or default_jobs())
        err.print(f"{n} documents analysed again")
    dossier = store.link(progress=True)
    err.print(
        f"{len(dossier.stories)} stories, {len(dossier.entities)} entities, {len(dossier.events)} events"
    )


@app.command()
def stories(
    db: DbOption = DEFAULT_DB,
    topics: Annotated[bool, typer.Option("--topics", help="group stories by topic")] = False,
) -> None:
    """The stories (or topics) in the store."""
    _view(db).stories(topics)


@app.command()
def story(
    story_id: str,
    db: DbOption = DEFAULT_DB,
    why: Annotated[bool, typer.Option("--why", help="why these documents are one story")] = False,
) -> None:
    """One story: its documents, and with --why the reasons they were grouped."""
    try:
        _view(db).story(story_id, why)
    except KeyError:
        err.print(f"no story {story_id}")
        raise typer.Exit(1) from None


@app.command()
def timeline(
    story_id: Annotated[str | None, typer.Argument(help="a story id (default: all)")] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Events in date order, with precision and sources."""
    _view(db).timeline(story_id)


@app.command()
def entities(db: DbOption = DEFAULT_DB, type: Annotated[str | None, typer.Option(help="PER, ORG, LOC, EVT, PRO")] = None,
             limit: int = 50) -> None:  # fmt: skip
    """People, organisations and places, merged across languages."""
    _view(db).entities(type.upper() if type else None, limit)


@app.command()
def entity(name: Annotated[str, typer.Argument(help="an entity id, or a name in any language or script")],
           db: DbOption = DEFAULT_DB) -> None:  # fmt: skip
    """One entity with every mention and its snippet (`storyline entity Putin`, `… Путина`)."""
    view = _view(db)
    hits = view.find_entities(name)
    if not hits:
        err.print(f"no entity named {name!r}; `storyline entities` lists them")
        raise typer.Exit(1)
    for e in hits:
        view.entity(e)


@app.command()
def figures(story_id: Annotated[str | None, typer.Argument()] = None, db: DbOption = DEFAULT_DB) -> None:
    """Counts (dead, injured, on board …) with source and date; disputed ones in red."""
    _view(db).figures(story_id)


@app.command()
def quotes(db: DbOption = DEFAULT_DB) -> None:
    """Direct and reported speech, by speaker."""
    _view(db).quotes()


@app.command()
def claims(db: DbOption = DEFAULT_DB) -> None:
    """What each side claims (cause, responsibility) and how firmly."""
    _view(db).claims()


@app.command()
def conflicts(db: DbOption = DEFAULT_DB) -> None:
    """Where sources disagree, side by side."""
    _view(db).conflicts()


@app.command()
def export(
    output: Annotated[Path, typer.Option("-o", "--output", help="file to write")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="dossier (JSON), html or csv")] = "dossier",
    db: DbOption = DEFAULT_DB,
) -> None:
    """Write the dossier JSON, the single-file HTML report or the figures CSV."""
    try:
        path = _store(db).export(output, fmt)
    except ValueError as exc:
        err.print(str(exc))
        raise typer.Exit(2) from None
    err.print(f"wrote {path}")


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
            err.print(f"no correction {undo}")
            raise typer.Exit(1)
        store.link()
    _view(db).corrections()


def _correct(action, db: str) -> None:  # noqa: ANN001
    try:
        action(_store(db))
    except CorrectionError as exc:
        err.print(f"[red]error[/red] {exc}")
        raise typer.Exit(1) from None
    err.print("recorded; linked again")


@app.command()
def analyse(
    file: Annotated[Path, typer.Argument(help="one text file ('-' for standard input)")],
    lang: Annotated[str | None, typer.Option(help="force the language")] = None,
    published: Annotated[str | None, typer.Option(help="publication date YYYY-MM-DD")] = None,
) -> None:
    """Analyse one text and print the findings as JSON (nothing is stored)."""
    from storyline.analyse import analyse as run
    from storyline.serde import to_dict

    text = sys.stdin.read() if str(file) == "-" else file.read_text("utf-8")
    out.print_json(json.dumps(to_dict(run(text, lang=lang, published=published)), ensure_ascii=False))


@app.command()
def demo(
    output: Annotated[Path, typer.Option("-o", "--output")] = Path("storyline-demo.html"),
    db: Annotated[str, typer.Option("--db")] = "storyline-demo.db",
) -> None:
    """Analyse the bundled demo corpus and write its HTML report."""
    target = Path(db)
    if "://" not in db and target.exists():
        target.unlink()  # the demo always starts from scratch
    store = _store(db)
    corpus = resources.files("storyline") / "demo"
    with resources.as_file(corpus) as folder:
        report = store.ingest(sorted(Path(folder).glob("*.txt")), progress=True)
    _summary(report)
    from storyline.present import View

    View(store.dossier(), out).stories()
    store.export(output, "html")
    err.print(f"report: {output.resolve()}  (database: {db}; try `storyline timeline --db {db}`)")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
