"""Bulgarian: a name that opens with a numeral and its definite article keeps the article, which
is no case ending ("Трите …" as the annotators write it); the word list's and the learned endings'
bare numeral is not its base form. A noun's article still comes off (invented names)."""

from __future__ import annotations

import pytest

from helpers import packaged_lemmatizer


@pytest.mark.parametrize(
    "surface", ["Петте звезди", "Двата бряга", "Четирите сезона", "Седемте чудеса", "Трите кули"]
)
def test_a_numeral_with_its_article_opens_the_name_as_written(surface: str) -> None:
    assert packaged_lemmatizer().base(surface, "bg", "ORG") == surface


def test_a_noun_with_its_article_still_loses_it() -> None:
    assert (
        packaged_lemmatizer().base("Министерството на културата", "bg", "ORG") == "Министерство на културата"
    )
