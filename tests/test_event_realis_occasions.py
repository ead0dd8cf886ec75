"""Realis of occasions: a meeting, vote or summit someone prepares for, the next one, or one held
many times is no happening at a time; a physical happening said the same way still is."""

from __future__ import annotations

import pytest

from helpers import realis_why

why = realis_why


NOT_HAPPENINGS = [
    # preparing for it: the occasion is still to come
    ("Brussels prepares for the talks on fishing quotas.", "en", "meeting", "talks", "prospect"),
    ("Рим се готви за провал на преговорите с Виена.", "bg", "meeting", "преговорите", "prospect"),
    ("Rząd przygotowuje się do szczytu w Gdańsku.", "pl", "summit", "szczytu", "prospect"),
    ("Партия готовится к выборам в Тверской области.", "ru", "election", "выборам", "prospect"),
    ("Občina se pripravlja na volitve župana.", "sl", "election", "volitve", "prospect"),
    # the next one, right before the trigger or across one adjective
    (
        "The committee voted on lists for the next regional elections.",
        "en",
        "election",
        "elections",
        "prospect",
    ),
    ("Комисията гласува листа за следващите местни избори.", "bg", "election", "избори", "prospect"),
    ("Spór wróci na następnym spotkaniu ministrów.", "pl", "meeting", "spotkaniu", "prospect"),
    # a count of occasions sums up many of them
    ("The party won elections three times under her.", "en", "election", "elections", "habitual"),
    ("Partia trzykrotnie wygrała wybory w Lublinie.", "pl", "election", "wybory", "habitual"),
    ("Министры неоднократно проводили переговоры в Казани.", "ru", "meeting", "переговоры", "habitual"),
    ("Premiér se s ním několikrát setkal v Brně.", "cs", "meeting", "setkal", "habitual"),
    # blood plasma is no landslide ("plaz")
    ("Bolnike so začeli zdraviti s plazmo darovalcev.", "sl", "landslide", "plazmo", "sense"),
]


@pytest.mark.parametrize(("text", "lang", "kind", "trigger", "reason"), NOT_HAPPENINGS)
def test_no_happening(text: str, lang: str, kind: str, trigger: str, reason: str) -> None:
    assert why(text, lang, kind, trigger) == reason


HAPPENINGS = [
    # "next" inside a time expression says when, not which occasion
    ("The next day the ministers met in Prague.", "en", "meeting", "met"),
    ("На следующий день министры провели переговоры в Казани.", "ru", "meeting", "переговоры"),
    # "next" further from the trigger modifies something else
    ("The next speaker described the talks in Oslo on Monday.", "en", "meeting", "talks"),
    # a physical happening: a series ("the next attack") or shots counted are one happening each
    ("The next attack came in May and killed two guards.", "en", "attack", "attack"),
    ("Napastnik dwukrotnie strzelił, a potem zdetonował bombę.", "pl", "explosion", "zdetonował"),
    ("The gunman opened fire twice at the station.", "en", "shooting", "opened fire"),
    # a count of times further from the trigger counts something else; "then" is no "next"
    ("Na setkání s ministrem v Brně opakovaně kritizoval projekt.", "cs", "meeting", "setkání"),
    ("Ministrowie rozmawiali, a następnie podpisali umowę w Lublinie.", "pl", "agreement", "umowę"),
    # a meeting held once, or a landslide, stays a happening
    ("Ministrowie spotkali się w Lublinie we wtorek.", "pl", "meeting", "spotkali"),
    ("Plaz je zasul cesto pod vasjo.", "sl", "landslide", "Plaz"),
]


@pytest.mark.parametrize(("text", "lang", "kind", "trigger"), HAPPENINGS)
def test_happening(text: str, lang: str, kind: str, trigger: str) -> None:
    assert why(text, lang, kind, trigger) is None


def test_a_visit_someone_committed_to_is_no_visit() -> None:
    text = "Консулът в Русе е поел ангажимент да посети пострадалите."
    assert why(text, "bg", "visit", "посети") == "prospect"


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        ("Prowadzimy rozmowy z rządem w Lublinie.", "pl", "rozmowy"),
        ("Мы ведём переговоры с тремя поставщиками.", "ru", "переговоры"),
        ("Водим активни преговори с Унгария.", "bg", "преговори"),
    ],
)
def test_talks_we_are_holding_are_ongoing_negotiations(text: str, lang: str, trigger: str) -> None:
    assert why(text, lang, "meeting", trigger) == "sense"


def test_talks_held_are_a_meeting() -> None:
    assert why("Ministrowie prowadzili rozmowy w Lublinie we wtorek.", "pl", "meeting", "rozmowy") is None


def test_an_application_to_a_court_is_no_statement() -> None:
    text = "Компанія направила до апеляційного суду заяву про скасування рішення."
    assert why(text, "uk", "statement", "заяву") == "sense"
    text = "Раніше окружний суд відхилив аналогічну заяву."
    assert why(text, "uk", "statement", "заяву") == "sense"
    # a statement someone made stays one
    assert why("Міністр зробив заяву для преси.", "uk", "statement", "заяву") is None
