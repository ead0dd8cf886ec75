"""A treaty's or a law's numbered article is a product at most (BSNLP's gold: PRO), never an
organisation: "článek 50" typed ORG by a tagger is a document's part."""

from __future__ import annotations

from storyline.analyse.entities_treaty_articles import articles_as_products
from storyline.model import Mention


def _m(text: str, etype: str, lang: str) -> Mention:
    return Mention(0, len(text), text, etype, text, lang)


def test_a_numbered_article_is_a_product() -> None:
    out = articles_as_products(
        [_m("článkem 7", "ORG", "cs"), _m("статьи 42", "PER", "ru"), _m("artykułem 5", "ORG", "pl")]
    )
    assert [m.type for m in out] == ["PRO", "PRO", "PRO"]


def test_a_word_without_a_number_or_another_name_keeps_its_type() -> None:
    out = articles_as_products(
        [_m("Článek", "ORG", "cs"), _m("Člen Kluba", "ORG", "sl"), _m("Airbus 320", "ORG", "cs")]
    )
    assert [m.type for m in out] == ["ORG", "ORG", "ORG"]


def test_an_english_body_named_after_an_article_stays_a_body() -> None:
    # "Article 19" is a free-speech organisation: English lists no article words
    assert articles_as_products([_m("Article 19", "ORG", "en")])[0].type == "ORG"
