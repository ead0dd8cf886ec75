"""What ``storyline fetch``, ``follow`` and ``watch`` print: one line per source, failed pages,
a count of what became of the pages, and the stories the new pages went into."""

from __future__ import annotations

from collections import Counter

from storyline.sources.follow import FetchReport

SHOWN = 10  # failed pages listed without --verbose


def source_lines(report: FetchReport) -> list[str]:
    out = []
    for s in report.sources:
        what = f"{s.kind:8} {s.source}: {s.status}"
        if s.status == "failed":
            what += f" — {s.error}"
        elif s.links:
            what += f" ({s.links} listed, {s.new} new)"
        out.append(what)
    return out


def page_lines(report: FetchReport, verbose: bool = False) -> list[str]:
    failed = report.failed_pages
    out = [f"  failed  {p.url}: {p.detail}" for p in (failed if verbose else failed[:SHOWN])]
    if not verbose and len(failed) > SHOWN:
        out.append(f"  … {len(failed) - SHOWN} more failed pages (--verbose lists every one)")
    if verbose:
        out += [f"  {p.result:9} {p.url}" + (f" ({p.detail})" if p.detail else "")
                for p in report.pages if p.result != "failed"]  # fmt: skip
    return out


def totals(report: FetchReport) -> str:
    counts = Counter(p.result for p in report.pages)
    parts = [
        f"{counts[k]} {k}"
        for k in ("new", "version", "duplicate", "same body", "unchanged", "failed")
        if counts[k]
    ]
    already = f", {report.skipped} taken before" if report.skipped else ""
    return (
        f"{_n(len(report.pages), 'page')}: {', '.join(parts) or 'nothing new'}{already} "
        f"({report.requests} requests, {report.seconds:.1f} s)"
    )


def story_lines(report: FetchReport) -> list[str]:
    """The stories this run's documents joined: title, id, and how many of this run's documents."""
    by_story: Counter[tuple[str, str]] = Counter(report.stories.values())
    return [f"  story {sid}: {title} (+{n})" for (sid, title), n in by_story.most_common()]


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
