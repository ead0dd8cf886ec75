"""Invented news pages, feeds and sitemaps for the fetching tests (no real article, person or
place), served by bench.local_site.LocalSite."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.local_site import LocalSite  # noqa: E402

TOWNS = [
    "Orvik",
    "Dunmere",
    "Kessling",
    "Marrow Bay",
    "Tollen",
    "Hasket",
    "Brennick",
    "Ulvstad",
    "Corran",
    "Pell",
]
HAPPENINGS = [
    "a fire destroyed the old grain warehouse near the harbour",
    "the regional council approved a new budget for school repairs",
    "flooding closed the main road to the valley for two days",
    "a cycling race drew several thousand visitors to the town square",
    "the water company announced a rise in prices from next spring",
    "police arrested two men after a series of break-ins at garden sheds",
    "the town library reopened after a year of renovation work",
    "a storm brought down power lines across the northern districts",
    "farmers protested against new rules on the use of river water",
    "the local football club signed a contract with a new coach",
]


def article(i: int, day: int = 3) -> str:
    town, what = TOWNS[i % len(TOWNS)], HAPPENINGS[i % len(HAPPENINGS)]
    body = " ".join(
        f"<p>In {town}, {what}, officials said on Tuesday. Residents of {town} described the week as unusual "
        f"and the mayor promised a full report. Item {i}, paragraph {n}.</p>"
        for n in range(4)
    )
    return (
        f'<html><head><title>{town}: news {i}</title><meta property="article:published_time" '
        f'content="2026-03-{day:02d}T09:00:00Z"></head><body><article><h1>{town}: news {i}</h1>{body}'
        f"</article></body></html>"
    )


def rss(site: LocalSite, paths: list[str]) -> str:
    items = "".join(
        f"<item><title>t{n}</title><link>{site.url(p)}</link></item>" for n, p in enumerate(paths)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Local Gazette</title>'
        f"<link>{site.url('/')}</link>{items}</channel></rss>"
    )


def sitemap(site: LocalSite, paths: list[str]) -> str:
    urls = "".join(f"<url><loc>{site.url(p)}</loc></url>" for p in paths)
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'


def serve_articles(site: LocalSite, count: int, start: int = 0, **kwargs: object) -> list[str]:
    paths = [f"/news/{i}" for i in range(start, start + count)]
    for i, p in zip(range(start, start + count), paths, strict=True):
        site.page(p, article(i), **kwargs)  # type: ignore[arg-type]
    return paths
