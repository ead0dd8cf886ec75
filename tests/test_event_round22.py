"""Audit round 22: the mention shown first is one whose own article gives the event's date (E3); a
count of happenings is no happening (E1); a happening an anniversary remembers is not placed where
the commemorators are, and a collapse word said of an aircraft is a crash (E2)."""

from __future__ import annotations

import pytest

from helpers import realis_why
from storyline.link.dates import resolve_dates
from storyline.link.events import link_events
from test_link_dates import analysis, context, document


def test_a_mention_dated_by_its_own_article_is_shown_before_one_dated_by_inference() -> None:
    # both say "on Monday"; the Ukrainian article's date is only inferred (its Monday resolved against
    # it), the Russian one's is its header: shown first, the undated article would seem to name the day
    uk = "У понеділок у Тарту оголошено день жалоби за загиблими."
    ru = "В понедельник в Тарту объявлен день траура по погибшим."
    docs = [
        (document("a", uk, "2024-05-20", basis="inferred"), analysis(uk, "uk", {"Тарту": "LOC"})),
        (document("b", ru, "2024-05-20"), analysis(ru, "ru", {"Тарту": "LOC"})),
    ]
    ctx = context(docs, {"Тарту": "tartu"})
    resolve_dates(ctx)
    link_events(ctx)
    (event,) = [e for e in ctx.events if e.type == "commemoration"]
    assert {s.doc for s in event.evidence} == {"a", "b"}
    assert event.date.value == "2024-05-20" and event.date.basis == "text"
    assert event.evidence[0].doc == "b"


def test_two_mentions_dated_from_their_own_text_keep_the_publication_order() -> None:
    uk = "У понеділок у Тарту оголошено день жалоби за загиблими."
    ru = "В понедельник в Тарту объявлен день траура по погибшим."
    docs = [
        (document("a", uk, "2024-05-20"), analysis(uk, "uk", {"Тарту": "LOC"})),
        (document("b", ru, "2024-05-20"), analysis(ru, "ru", {"Тарту": "LOC"})),
    ]
    ctx = context(docs, {"Тарту": "tartu"})
    resolve_dates(ctx)
    link_events(ctx)
    (event,) = [e for e in ctx.events if e.type == "commemoration"]
    assert event.evidence[0].doc == "a"


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("Digitalizacija je v letu dni močno povečala število spletnih napadov.", "sl", "napadov"),
        ("The number of cyber attacks on banks doubled last year.", "en", "attacks"),
        ("Количество хакерских атак на банки выросло вдвое.", "ru", "атак"),
        ("Liczba ataków na sieci szpitali wzrosła o połowę.", "pl", "ataków"),
        ("Broj napada na bolnice udvostručio se prošle godine.", "hr", "napada"),
        ("Wzrost ataków na szpitale zaniepokoił ministra.", "pl", "ataków"),
        ("Lawmakers blamed the rise in attacks on poor security.", "en", "attacks"),
    ],
)
def test_a_count_of_happenings_is_no_happening(text: str, lang: str, trigger: str) -> None:
    assert realis_why(text, lang, "attack", trigger) == "habitual"


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("The number of victims of the attack rose to twelve.", "en", "attack"),
        ("Число жертв атаки на рынок выросло до двенадцати.", "ru", "атаки"),
        ("Hackers attacked the bank's network on Tuesday.", "en", "attacked"),
    ],
)
def test_a_count_of_something_else_leaves_the_happening(text: str, lang: str, trigger: str) -> None:
    kind = "attack"
    assert realis_why(text, lang, kind, trigger) is None


def _mention(text: str, lang: str, places: dict[str, str], kind: str):
    a = analysis(text, lang, places)
    (m,) = [m for m in a.events if m.type == kind]
    return a, m


@pytest.mark.parametrize(
    ("text", "lang", "places"),
    [
        (
            "Хиляди протестираха в Пловдив навръх годишнината от референдума за независимост.",
            "bg",
            ["Пловдив"],
        ),
        ("Thousands marched in Leeds on the anniversary of the referendum on independence.", "en", ["Leeds"]),
    ],
)
def test_a_happening_an_anniversary_remembers_is_not_placed_where_it_is_marked(
    text: str, lang: str, places: list[str]
) -> None:
    _a, m = _mention(text, lang, dict.fromkeys(places, "LOC"), "election")
    assert m.place is None


def test_a_remembered_happening_keeps_the_place_told_after_it() -> None:
    text = "Thousands gathered in Leeds on the anniversary of the crash near Sligo."
    a, m = _mention(text, "en", {"Leeds": "LOC", "Sligo": "LOC"}, "crash")
    assert m.place is not None and a.mentions[m.place].text == "Sligo"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Свих 80 путника авиона компаније Балкан Ер који се срушио јутрос су погинули.", "sr"),
        ("Samolot runął na pole pod Poznaniem, zginęło pięć osób.", "pl"),
        ("Самолетът рухна малко след излитането от Варна.", "bg"),
    ],
)
def test_a_collapse_word_said_of_an_aircraft_is_a_crash(text: str, lang: str) -> None:
    kinds = [m.type for m in analysis(text, lang).events]
    assert "crash" in kinds and "collapse" not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Zgrada se srušila u centru Niša, pod ruševinama su dvoje ljudi.", "sr"),
        ("Dach hali runął pod ciężarem śniegu.", "pl"),
    ],
)
def test_a_building_that_collapses_stays_a_collapse(text: str, lang: str) -> None:
    kinds = [m.type for m in analysis(text, lang).events]
    assert "collapse" in kinds and "crash" not in kinds, kinds


def test_a_count_of_what_a_compound_names_leaves_the_happening() -> None:
    # the victims are counted, not floods: the trigger only opens the hyphenated compound
    text = "Eine Woche nach dem Dammbruch ist die Zahl der Hochwasser-Opfer in Tiraspol gestiegen."
    assert realis_why(text, "de", "flood", "Hochwasser") is None
    assert realis_why(text, "de", "flood", "Hochwasser-Opfer") is None
