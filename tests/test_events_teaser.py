"""A "read also" teaser inside the body links another article: the triggers of its title report
nothing here; the article's own sentences around it still do."""

from __future__ import annotations

import pytest

from helpers import realis_why
from storyline.analyse.events_teaser import in_teaser

TEASERS = [
    # up to the link marker, across the title's question
    (
        "Rynek rośnie. Przeczytaj także: Co zrobić z biletem? LOT odwołał loty do Wilna >>> Klienci czekają.",
        "pl",
        "disruption",
        "odwołał",
    ),
    (
        "The airport reopened. Read also: Storm floods the harbour of Bergen >> Ferries run again.",
        "en",
        "flood",
        "floods",
    ),
    ("Рынок растёт. Читайте также: В Казани загорелся склад » Цены стабильны.", "ru", "fire", "загорелся"),
]


@pytest.mark.parametrize(("text", "lang", "kind", "trigger"), TEASERS)
def test_a_trigger_in_a_teaser_title_is_no_happening(text: str, lang: str, kind: str, trigger: str) -> None:
    assert realis_why(text, lang, kind, trigger) == "teaser"


def test_the_articles_own_sentences_around_a_teaser_stay_happenings() -> None:
    text = "Przeczytaj także: Co zrobić z biletem >>> W piątek przewoźnik odwołał rejsy do Wilna."
    assert realis_why(text, "pl", "disruption", "odwołał") is None
    text = "Read also: Prices rise. On Monday a storm flooded the harbour of Bergen."
    assert realis_why(text, "en", "flood", "flooded") is None


def test_a_cue_without_a_colon_opens_no_teaser() -> None:
    text = "Czytaj także raport: w piątek przewoźnik odwołał rejsy."
    assert not in_teaser(text, ("Czytaj także",), text.index("odwołał"))


def test_without_a_link_marker_the_title_end_is_unknown_and_nothing_is_a_teaser() -> None:
    # a flattened page runs the article's next sentence on after the title
    text = "Czytaj także: Drogi strajk w KLM Protesty sparaliżowały lotniska i spowodowały odwołanie lotów."
    assert realis_why(text, "pl", "disruption", "odwołanie") is None
