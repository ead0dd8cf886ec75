"""One happening, one event: facets of a happening (a shoot-down, an emergency landing) join the
crash they belong to; places agree through the gazetteer's hierarchy; names that report or are
quoted are not participants."""

from __future__ import annotations

from storyline.link.dates import resolve_dates
from storyline.link.events import link_events
from storyline.link.places import area_of_name, within
from storyline.model import Entity
from test_link_dates import analysis, context, document


def _link(docs, entities=None, story="s1"):
    ctx = context(docs, entities, story)
    resolve_dates(ctx)
    link_events(ctx)
    return ctx


def test_a_shootdown_and_an_emergency_landing_are_facets_of_the_crash() -> None:
    a = "A cargo plane crashed near Gdansk on 4 May 2021, killing both pilots."
    b = "Officials said the plane was shot down before it went into the sea."
    c = "The pilots had tried an emergency landing, a witness said."
    ctx = _link(
        [
            (document("a", a, "2021-05-04"), analysis(a, "en", {"Gdansk": "LOC"})),
            (document("b", b, "2021-05-06"), analysis(b, "en")),
            (document("c", c, "2021-05-07"), analysis(c, "en")),
        ],
        {"Gdansk": "gdansk"},
    )
    kinds = [e.type for e in ctx.events]
    assert kinds == ["crash"], kinds
    (crash,) = ctx.events
    assert set(crash.facets) == {"shootdown", "emergency_landing"}
    assert {s.doc for s in crash.evidence} == {"a", "b", "c"}
    assert crash.date.value == "2021-05-04"


def test_two_crashes_on_different_days_stay_two_events() -> None:
    a = "A light aircraft crashed near Gdansk on 4 May 2021."
    b = "Another plane was shot down near Gdansk on 20 June 2021."
    ctx = _link(
        [
            (document("a", a, "2021-05-04"), analysis(a, "en", {"Gdansk": "LOC"})),
            (document("b", b, "2021-06-20"), analysis(b, "en", {"Gdansk": "LOC"})),
        ],
        {"Gdansk": "gdansk"},
    )
    assert sorted(e.type for e in ctx.events) == ["crash", "shootdown"]
    assert all(not e.facets for e in ctx.events)


def test_facets_never_cross_stories() -> None:
    a = "A light aircraft crashed near Gdansk on 4 May 2021."
    b = "A fighter was shot down on 4 May 2021."
    docs = [
        (document("a", a, "2021-05-04"), analysis(a, "en", {"Gdansk": "LOC"})),
        (document("b", b, "2021-05-04"), analysis(b, "en")),
    ]
    ctx = context(docs, {"Gdansk": "gdansk"}, story=None)
    ctx.doc_story.update({"a": "s1", "b": "s2"})
    resolve_dates(ctx)
    link_events(ctx)
    assert sorted(e.type for e in ctx.events) == ["crash", "shootdown"]


def test_an_explosion_and_a_fire_on_a_ship_are_one_fire() -> None:
    a = "A fire broke out on a cargo ship near Constanta on 9 August 2022."
    b = "An explosion in the engine room was heard before the blaze, the crew said."
    ctx = _link(
        [
            (document("a", a, "2022-08-09"), analysis(a, "en", {"Constanta": "LOC"})),
            (document("b", b, "2022-08-10"), analysis(b, "en")),
        ],
        {"Constanta": "constanta"},
    )
    assert [(e.type, e.facets) for e in ctx.events] == [("fire", ["explosion"])]


def test_an_old_explosion_is_not_a_facet_of_todays_fire() -> None:
    old = "An explosion hit the plant near Plovdiv on 2 March 2019."
    today = "Firefighters put out a fire at a warehouse."
    ctx = _link(
        [
            (document("old", old, "2019-03-02"), analysis(old, "en", {"Plovdiv": "LOC"})),
            (document("new", today, "2023-05-02"), analysis(today, "en")),
        ],
        {"Plovdiv": "plovdiv"},
    )
    assert sorted(e.type for e in ctx.events) == ["explosion", "fire"]


def test_a_town_lies_in_its_country_and_two_towns_are_two_places() -> None:
    town, country, other = area_of_name("Plovdiv"), area_of_name("Bulgaria"), area_of_name("Lyon")
    assert within(town, country) is True and within(country, town) is True
    assert within(town, other) is False and within(area_of_name("France"), town) is False
    assert within(town, area_of_name("Chernaya Rechka Upper Valley")) is None
    assert area_of_name("България") == country  # any script the tables know


def test_a_fire_near_a_town_and_in_its_country_is_one_fire_even_from_different_entities() -> None:
    a = "A fire destroyed a market in Plovdiv on 5 July 2022."
    b = "Fires in Bulgaria destroyed a market, officials said."
    ctx = context(
        [
            (document("a", a, "2022-07-05"), analysis(a, "en", {"Plovdiv": "LOC"})),
            (document("b", b, "2022-07-06"), analysis(b, "en", {"Bulgaria": "LOC"})),
        ],
        {"Plovdiv": "plovdiv", "Bulgaria": "bulgaria"},
    )
    ctx.entities = [
        Entity("plovdiv", "LOC", "Plovdiv", {}, []),
        Entity("bulgaria", "LOC", "Bulgaria", {}, []),
    ]
    resolve_dates(ctx)
    link_events(ctx)
    (fire,) = [e for e in ctx.events if e.type == "fire"]
    assert {s.doc for s in fire.evidence} == {"a", "b"}


def test_the_reporting_agency_and_a_ship_in_quotes_are_not_participants() -> None:
    text = (
        "VARNA, 3 June /NOVAPRESS/ – A fire broke out on the ferry «Morska Zvezda» near Varna on 2 June 2022."
    )
    ctx = _link(
        [
            (
                document("a", text, "2022-06-03"),
                analysis(text, "en", {"NOVAPRESS": "ORG", "Morska Zvezda": "ORG", "Varna": "LOC"}),
            )
        ],
        {"NOVAPRESS": "novapress", "Morska Zvezda": "zvezda", "Varna": "varna"},
    )
    (fire,) = [e for e in ctx.events if e.type == "fire"]
    assert fire.participants == []
    assert fire.label == "fire near Varna"


def test_a_trigger_word_inside_a_name_is_no_event() -> None:
    text = "The director of the Fire Museum, Ivan Dobrev, opened a new hall on 3 May 2021."
    a = analysis(text, "en", {"Fire Museum": "ORG", "Ivan Dobrev": "PER"})
    assert "fire" not in {e.type for e in a.events}
    plain = "A fire damaged the museum on 3 May 2021."
    assert "fire" in {e.type for e in analysis(plain, "en").events}


def test_participants_are_the_names_in_the_triggers_clause() -> None:
    text = "Petrov met Ivanov in Varna on 3 May 2021, and later the mayor Georgi Stoyanov opened a bridge."
    a = analysis(text, "en", {"Petrov": "PER", "Ivanov": "PER", "Georgi Stoyanov": "PER", "Varna": "LOC"})
    (meeting,) = [m for m in a.events if m.type == "meeting"]
    assert sorted(a.mentions[k].text for k in meeting.participants) == ["Ivanov", "Petrov"]


def test_a_quoted_name_with_its_marks_inside_the_mention_is_no_participant() -> None:
    text = "На 2 юни 2022 г. пожар избухна на ферибота „Морска звезда“ край Варна."
    ctx = _link(
        [
            (
                document("a", text, "2022-06-03"),
                analysis(text, "bg", {"„Морска звезда“": "ORG", "Варна": "LOC"}),
            )
        ],
        {"„Морска звезда“": "zvezda", "Варна": "varna"},
    )
    (fire,) = [e for e in ctx.events if e.type == "fire"]
    assert fire.participants == []


def test_a_quoted_name_with_one_mark_inside_the_mention_is_no_participant() -> None:
    text = "Капитан парома «Морская звезда» Иван Петров задержан 2 июня 2022 года."
    a = analysis(text, "ru", {"Морская звезда»": "ORG", "Иван Петров": "PER"})
    ctx = _link(
        [(document("a", text, "2022-06-03"), a)], {"Морская звезда»": "zvezda", "Иван Петров": "petrov"}
    )
    (detention,) = [e for e in ctx.events if e.type in ("detention", "arrest")]
    assert detention.participants == ["petrov"]


def test_a_ships_name_next_to_its_noun_is_no_participant_but_an_airline_is() -> None:
    text = "A fire broke out on the Morska Zvezda ferry on 2 June 2022, Ivan Petrov said."
    a = analysis(text, "en", {"Morska Zvezda": "PER", "Ivan Petrov": "PER"})
    ctx = _link(
        [(document("a", text, "2022-06-03"), a)], {"Morska Zvezda": "zvezda", "Ivan Petrov": "petrov"}
    )
    (fire,) = [e for e in ctx.events if e.type == "fire"]
    assert "zvezda" not in fire.participants
    crash = "A Balkan Air plane crashed near Sofia on 2 June 2022."
    a = analysis(crash, "en", {"Balkan Air": "ORG", "Sofia": "LOC"})
    ctx = _link([(document("b", crash, "2022-06-03"), a)], {"Balkan Air": "balkanair", "Sofia": "sofia"})
    (event,) = [e for e in ctx.events if e.type == "crash"]
    assert event.participants == ["balkanair"]


def test_a_place_misread_as_a_person_is_no_participant() -> None:
    text = "Investigators in Lovech and Ivan Petrov opened an inquiry on 2 June 2022."
    a = analysis(text, "en", {"Lovech": "PER", "Ivan Petrov": "PER"})
    ctx = context([(document("a", text, "2022-06-03"), a)], {"Lovech": "lovech", "Ivan Petrov": "petrov"})
    ctx.entities = [Entity("lovech", "LOC", "Lovech", {}, []), Entity("petrov", "PER", "Ivan Petrov", {}, [])]
    resolve_dates(ctx)
    link_events(ctx)
    (probe,) = [e for e in ctx.events if e.type == "investigation"]
    # the name next to the trigger is the place: no participant (and an investigation names one)
    assert "lovech" not in probe.participants and "burgas" not in probe.participants


def test_a_trigger_word_that_only_modifies_a_noun_is_no_event() -> None:
    text = "The old fire station and the burial site near Vratsa were renovated on 3 May 2021."
    kinds = {m.type for m in analysis(text, "en").events}
    assert "fire" not in kinds and "funeral" not in kinds
    assert "fire" in {m.type for m in analysis("A fire hit the station on 3 May 2021.", "en").events}


def test_a_town_typed_as_a_person_across_the_store_is_no_participant() -> None:
    text = "Investigators in Burgas and Ivan Petrov opened an inquiry on 2 June 2022."
    a = analysis(text, "en", {"Burgas": "PER", "Ivan Petrov": "PER"})
    ctx = context([(document("a", text, "2022-06-03"), a)], {"Burgas": "burgas", "Ivan Petrov": "petrov"})
    ctx.entities = [Entity("burgas", "PER", "Burgas", {}, []), Entity("petrov", "PER", "Ivan Petrov", {}, [])]
    resolve_dates(ctx)
    link_events(ctx)
    (probe,) = [e for e in ctx.events if e.type == "investigation"]
    # the name next to the trigger is the place: no participant (and an investigation names one)
    assert "lovech" not in probe.participants and "burgas" not in probe.participants


def test_the_mention_shown_first_tells_the_events_own_type_not_a_facets() -> None:
    # the earlier report tells the dam's destruction (a facet), the later one the flood: the flood
    # event is shown by the flood, else it reads as a destruction typed "flood"
    a = "Both sides accused each other of the destruction of the Norvik dam."
    b = "Dozens of villages were flooded downstream, officials said."
    ctx = _link(
        [
            (document("a", a, "2023-06-07"), analysis(a, "en")),
            (document("b", b, "2023-06-08"), analysis(b, "en")),
        ]
    )
    (flood,) = [e for e in ctx.events if e.type == "flood"]
    assert flood.facets == ["dam_breach"]
    assert flood.evidence[0].doc == "b" and {s.doc for s in flood.evidence} == {"a", "b"}
