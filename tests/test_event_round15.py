"""Round 15's wrong events (issue 16): talks under way, a statement only proposed, the adjective of
the fire noun, the outlet a saying is given to, a statement made hours after another happening."""

from __future__ import annotations

import pytest

from helpers import event_kinds as kinds
from helpers import event_parties, realis_why
from storyline.analyse.events import place_is_near
from storyline.link.dates import resolve_dates
from storyline.link.events import link_events
from test_events_languages import analysed
from test_link_dates import analysis, context, document


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        (
            "W Unii trwają ożywione rozmowy na temat kształtu przyszłych funduszy regionalnych.",
            "pl",
            "rozmowy",
        ),
        ("С остальными странами союза сейчас ведутся переговоры о поставках зерна.", "ru", "переговоры"),
        ("Переговори з перевізниками досі тривають, повідомила міністерка.", "uk", "Переговори"),
        ("Se sousedními státy probíhají jednání o společném postupu.", "cs", "jednání"),
        ("За новия договор се водят преговори с няколко държави.", "bg", "преговори"),
    ],
)
def test_talks_under_way_are_no_meeting_at_a_time(text: str, lang: str, trigger: str) -> None:
    assert realis_why(text, lang, "meeting", trigger) == "sense"


def test_talks_held_are_still_a_meeting() -> None:
    text = "Wczoraj w Gdańsku odbyły się rozmowy ministrów rolnictwa Polski i Litwy."
    assert realis_why(text, "pl", "meeting", "rozmowy") is None
    text = "Вчера в Минске прошли переговоры министров иностранных дел."
    assert realis_why(text, "ru", "meeting", "переговоры") is None


def test_an_initiative_to_issue_a_statement_is_only_proposed() -> None:
    text = "W marcu posłanka Anna Nowak wystąpiła z inicjatywą wydania wspólnego oświadczenia Sejmu w sprawie więźniów."
    assert realis_why(text, "pl", "statement", "oświadczenia") == "prospect"
    text = "В апреле депутат Иванов выступил с инициативой проведения встречи глав регионов."
    assert realis_why(text, "ru", "meeting", "встречи") == "prospect"
    # "at the initiative of" tells one held
    text = "W marcu z inicjatywy posłanki odbyło się spotkanie rodzin więźniów w Lublinie."
    assert realis_why(text, "pl", "meeting", "spotkanie") is None


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("Podjetja morajo redno posodabljati požarne zidove in protivirusne programe.", "sl", "požarne"),
        ("Число пожарных машин в городе выросло за год на десять.", "ru", "пожарных"),
        ("Диспетчерську евакуювали через пожежну тривогу в понеділок.", "uk", "пожежну"),
        ("Na místo dorazili požární sbory ze tří okresů.", "cs", "požární"),
        ("Zagrożenie pożarowe w lasach jest w tym tygodniu wysokie.", "pl", "pożarowe"),
    ],
)
def test_the_adjective_of_the_fire_noun_heads_another_noun(text: str, lang: str, trigger: str) -> None:
    assert realis_why(text, lang, "fire", trigger) == "sense"


def test_the_fire_noun_is_still_a_fire() -> None:
    assert "fire" in kinds("V sredo je v skladišču v Kranju izbruhnil požar.", "sl")
    assert "fire" in kinds("В среду в Самаре на складе произошёл пожар.", "ru")
    assert "fire" not in kinds("Podjetje je v sredo posodobilo požarni zid v Kranju.", "sl")


def test_the_fire_noun_after_its_adjective_is_the_trigger() -> None:
    # the adjective does not take the sentence's one fire trigger: the noun after it does
    text = "Пожарные в среду за два часа потушили пожар на складе в Самаре."
    analysis, events = analysed(text, "ru", {"Самаре": "LOC"})
    (fire,) = [e for e in events if e.type == "fire"]
    assert fire.text == "пожар"
    text = "Strażacy z jednostki pożarnej w środę gasili pożar hali w Lublinie."
    analysis, events = analysed(text, "pl", {"Lublinie": "LOC"})
    (fire,) = [e for e in events if e.type == "fire"]
    assert fire.text == "pożar" and analysis.mentions[fire.place].text == "Lublinie"


@pytest.mark.parametrize(
    ("text", "lang", "outlet", "trigger"),
    [
        ('"Ne zaupajte obljubam," je izjavil za Dnevnik.', "sl", "Dnevnik", "izjavil"),
        ("Ministr v pondělí vydal prohlášení pro Deník o stavu silnic.", "cs", "Deník", "prohlášení"),
        (
            "Minister przekazał w oświadczeniu dla Gazety, że sytuacja jest poważna.",
            "pl",
            "Gazety",
            "oświadczeniu",
        ),
        (
            "The mayor said in a statement to Courier on Monday that the bridge would reopen.",
            "en",
            "Courier",
            "statement",
        ),
    ],
)
def test_the_outlet_a_saying_is_given_to_is_no_speaker(
    text: str, lang: str, outlet: str, trigger: str
) -> None:
    assert outlet not in event_parties(text, lang, {outlet: "ORG"}, "statement")


def test_the_speaker_stays_a_party() -> None:
    text = '"Ne zaupajte obljubam," je izjavil Novak za Dnevnik.'
    parties = event_parties(text, "sl", {"Novak": "PER", "Dnevnik": "ORG"}, "statement")
    assert "Novak" in parties and "Dnevnik" not in parties


def _linked_event(text: str, lang: str, kind: str, published: str) -> object:
    ctx = context([(document("a", text, published), analysis(text, lang))])
    resolve_dates(ctx)
    link_events(ctx)
    (event,) = [e for e in ctx.events if e.type == kind]
    return event


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Изявлението беше направено часове, след като премиерът свърза сделката с митата.", "bg"),
        ("The statement came hours after the premier tied the deal to the tariffs.", "en"),
        ("Oświadczenie wydano kilka godzin po tym, jak premier powiązał umowę z cłami.", "pl"),
    ],
)
def test_a_statement_hours_after_another_happening_is_not_dated_by_the_article(text: str, lang: str) -> None:
    # the other happening may be yesterday's: the article's day is no date the text implies
    event = _linked_event(text, lang, "statement", "2022-06-10")
    assert event.date.value is None, (lang, event.date)


def test_a_statement_without_the_cue_still_takes_the_article_date() -> None:
    event = _linked_event("Изявлението беше направено от премиера.", "bg", "statement", "2022-06-10")
    assert (event.date.value, event.date.basis) == ("2022-06-10", "inferred")


def test_a_distance_from_a_town_places_the_happening_near_it() -> None:
    text = "On Monday a fire broke out on a barge about 20 kilometres downstream from Holmsk, officials said."
    analysis, events = analysed(text, "en", {"Holmsk": "LOC"})
    (fire,) = [e for e in events if e.type == "fire"]
    assert analysis.mentions[fire.place].text == "Holmsk" and place_is_near(text, analysis, fire)
    text = "У понеділок за 20 кілометрів від Холмська спалахнула пожежа на баржі."
    analysis, events = analysed(text, "uk", {"Холмська": "LOC"})
    (fire,) = [e for e in events if e.type == "fire"]
    assert analysis.mentions[fire.place].text == "Холмська" and place_is_near(text, analysis, fire)
    # in the town: it holds the happening
    text = "On Monday a fire broke out in Holmsk, officials said."
    analysis, events = analysed(text, "en", {"Holmsk": "LOC"})
    (fire,) = [e for e in events if e.type == "fire"]
    assert analysis.mentions[fire.place].text == "Holmsk" and not place_is_near(text, analysis, fire)


def test_the_linked_event_says_it_was_near_the_town() -> None:
    text = "On Monday a fire broke out on a barge about 20 kilometres downstream from Holmsk, officials said."
    ctx = context(
        [(document("a", text, "2022-06-10"), analysis(text, "en", {"Holmsk": "LOC"}))], {"Holmsk": "holmsk"}
    )
    resolve_dates(ctx)
    link_events(ctx)
    (fire,) = [e for e in ctx.events if e.type == "fire"]
    assert fire.place is not None and fire.place_relation == "near"
    text = "On Monday a fire broke out in Holmsk, officials said."
    ctx = context(
        [(document("a", text, "2022-06-10"), analysis(text, "en", {"Holmsk": "LOC"}))], {"Holmsk": "holmsk"}
    )
    resolve_dates(ctx)
    link_events(ctx)
    (fire,) = [e for e in ctx.events if e.type == "fire"]
    assert fire.place is not None and fire.place_relation is None


def test_a_place_in_an_aside_about_another_place_is_not_the_happening_s() -> None:
    text = "Рейс из Риги в Корнелу (город в 100 км от Холмска) в среду отменен из-за забастовки."
    analysis, events = analysed(text, "ru", {"Риги": "LOC", "Корнелу": "LOC", "Холмска": "LOC"})
    (cancelled,) = [e for e in events if e.type == "disruption"]
    assert cancelled.place is None or analysis.mentions[cancelled.place].text != "Холмска"
    # a bracket closed before the place sets nothing apart
    text = "Po ataku (na byłego szpiega) w Holmsku premier zwołała posiedzenie rządu."
    analysis, events = analysed(text, "pl", {"Holmsku": "LOC"})
    (attack,) = [e for e in events if e.type == "attack"]
    assert analysis.mentions[attack.place].text == "Holmsku"
