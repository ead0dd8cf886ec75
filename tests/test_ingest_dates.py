"""Date fields of inputs: checked values, month headers, HTML metadata, dates in URLs."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from storyline.ingest.dates import date_from_url, parse_date_field
from storyline.ingest.header import split_header
from storyline.ingest.html import extract_html, html_published


@pytest.mark.parametrize("value", ["0001-01-01", "4050-03-12", "2021-02-30", "2021-13", "soon", None])
def test_broken_date_fields_are_not_dates(value: object) -> None:
    assert parse_date_field(value, basis="header") is None


def test_date_fields_keep_their_precision() -> None:
    assert (parse_date_field("2021-05-04T10:00:00Z", "header").value) == "2021-05-04"
    month = parse_date_field("2021-05", "header")
    assert (month.value, month.precision) == ("2021-05", "month")
    tomorrow_but_one = (date.today() + timedelta(days=2)).isoformat()
    assert parse_date_field(tomorrow_but_one, "header") is None


def test_month_header_of_a_text_file() -> None:
    header, text = split_header("date 2021-05 Floods hit the valley.")
    assert (header.published.value, header.published.precision) == ("2021-05", "month")
    assert text == "Floods hit the valley."


@pytest.mark.parametrize(
    ("url", "value", "precision"),
    [
        ("https://news.example/world/2021/05/04/floods-in-the-valley", "2021-05-04", "day"),
        ("https://news.example/2021-05-04/floods", "2021-05-04", "day"),
        ("https://news.example/world/floods-in-the-valley-20210504-0012.html", "2021-05-04", "day"),
        ("https://news.example/2021/05/floods-in-the-valley.html", "2021-05", "month"),
        ("https://news.example/2021/video/floods", None, None),  # a year alone says too little
        ("https://news.example/story?id=20210504", None, None),  # the query is no path
        ("https://news.example/item/120210504999", None, None),  # digits inside an id
        ("https://news.example/2099/01/01/future", None, None),
        (None, None, None),
    ],
)
def test_dates_in_url_paths(url: str | None, value: str | None, precision: str | None) -> None:
    found = date_from_url(url)
    assert (
        (found.value, found.precision, found.basis) == (value, precision, "metadata")
        if value
        else found is None
    )


PAGE = """<html><head>{meta}<title>Floods</title></head><body><article>
<p>The river broke its banks on 3 March 2020 after a week of rain and the town was cut off.</p>
<p>Rescue teams reached the last villages on the next day, the regional office said.</p>
</article></body></html>"""


def test_html_date_comes_from_metadata_not_from_the_body() -> None:
    meta = '<meta property="article:published_time" content="2021-05-04T08:00:00+00:00">'
    article = extract_html(PAGE.format(meta=meta))
    assert (article.published.value, article.published.basis) == ("2021-05-04", "metadata")
    assert html_published(PAGE.format(meta="")) is None
    assert html_published(PAGE.format(meta=meta.replace("2021", "4050"))) is None
