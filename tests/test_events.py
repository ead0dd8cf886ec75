"""Event triggers from the per-language lexicons, with time, place and participants."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.analyse.events import find_events, is_reference
from storyline.analyse.text import split_sentences
from storyline.analyse.timex import find_timexes
from storyline.model import Analysis, EventMention, Mention


def analysed(text: str, lang: str, names: list[tuple[str, str]] = ()) -> tuple[Analysis, list[EventMention]]:
    mentions = []
    for name, kind in names:
        at = text.index(name)
        mentions.append(Mention(at, at + len(name), name, kind))
    analysis = Analysis(lang=lang, sentences=split_sentences(text), mentions=mentions)
    analysis.timexes = find_timexes(text, analysis, None)
    return analysis, find_events(text, analysis, None)


@pytest.mark.parametrize(
    ("text", "lang", "kind", "trigger"),
    [
        ("Вертолёт потерпел крушение под Тверью.", "ru", "crash", "крушение"),
        ("Самолетът се разби край Сливен.", "bg", "crash", "се разби"),
        ("Літак розбився поблизу Одеси.", "uk", "crash", "розбився"),
        ("A cargo plane crashed near Lyon.", "en", "crash", "crashed"),
        ("The drone was shot down over the sea.", "en", "shootdown", "shot down"),
        ("Лайнер совершил вынужденную посадку в Самаре.", "ru", "emergency_landing", "вынужденную посадку"),
        ("Министрите проведоха телефонен разговор.", "bg", "phone_call", "телефонен разговор"),
        ("Мэр принес извинения жителям.", "ru", "apology", "извинения"),
        ("Прокуратура начала расследование.", "ru", "investigation", "расследование"),
        ("На складі стався вибух.", "uk", "explosion", "вибух"),
        ("Police arrested two suspects.", "en", "arrest", "arrested"),
        ("Летището беше затворено за часове.", "bg", "closure", "затворено"),
        ("Do zamachu bombowego doszło w centrum Gdyni.", "pl", "attack", "zamachu"),
    ],
)
def test_triggers_in_each_language(text: str, lang: str, kind: str, trigger: str) -> None:
    _, events = analysed(text, lang)
    assert [(e.type, e.text) for e in events] == [(kind, trigger)]


def test_longest_pattern_wins_and_one_mention_per_type_and_sentence() -> None:
    _, events = analysed("При аварийной посадке катастрофа и ещё одна катастрофа.", "ru")
    assert sorted(e.type for e in events) == ["crash", "emergency_landing"]


def test_arguments_time_place_participants() -> None:
    text = "3 мая 2021 года вертолёт МЧС потерпел крушение в районе города Ижевск, сообщил Петров."
    analysis, events = analysed(text, "ru", [("МЧС", "ORG"), ("Ижевск", "LOC"), ("Петров", "PER")])
    (crash,) = events
    assert crash.type == "crash"
    assert analysis.timexes[crash.time].value.value == "2021-05-03"
    assert analysis.mentions[crash.place].text == "Ижевск"
    # "…, сообщил Петров": the name across the comma reports the crash, it takes no part in it
    assert crash.participants == [0]
    assert (crash.sent_start, crash.sent_end) == (0, len(text))


def test_strong_place_cue_beats_origin_and_destination() -> None:
    text = "The jet flying from Oslo to Bergen crashed near Voss on Monday."
    analysis, events = analysed(text, "en", [("Oslo", "LOC"), ("Bergen", "LOC"), ("Voss", "LOC")])
    (crash,) = events
    assert analysis.mentions[crash.place].text == "Voss"
    assert analysis.timexes[crash.time].rel["weekday"] == 0


def test_a_date_of_another_sentence_is_not_taken() -> None:
    # the paragraph's scene is as often another happening's day: undated rather than misdated
    text = "В субботу в Пскове прошел митинг. Полиция задержала десять человек."
    analysis, events = analysed(text, "ru")
    detention = next(e for e in events if e.type == "detention")
    assert detention.time is None


def test_a_date_of_another_clause_is_not_taken() -> None:
    text = "Профсоюз объявил о забастовке 10 мая, сообщает агентство со ссылкой на заявление лидера."
    analysis, events = analysed(text, "ru")
    assert next(e for e in events if e.type == "statement").time is None
    text = "«В субботу рейсы возобновятся», — говорится в заявлении компании."
    analysis, events = analysed(text, "ru")
    assert all(e.time is None for e in events if e.type == "statement")


def test_an_opening_date_with_its_comma_dates_its_clause() -> None:
    text = "On Sunday, a ferry caught fire near Dravik."
    analysis, events = analysed(text, "en", [("Dravik", "LOC")])
    fire = next(e for e in events if e.type == "fire")
    assert analysis.timexes[fire.time].text.endswith("Sunday")


def test_a_planned_day_or_a_day_after_publication_dates_no_happening() -> None:
    text = "Встреча прошла накануне запланированной на 28 мая забастовки."
    analysis, events = analysed(text, "ru")
    assert next(e for e in events if e.type == "meeting").time is None
    text = "The harbour council met on 12 June 2021."
    analysis = Analysis(lang="en", sentences=split_sentences(text))
    analysis.timexes = find_timexes(text, analysis, date(2021, 6, 1))
    assert next(e for e in find_events(text, analysis, date(2021, 6, 1)) if e.type == "meeting").time is None
    assert next(e for e in find_events(text, analysis, date(2021, 6, 20)) if e.type == "meeting").time == 0


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Перевізник подовжив скасування рейсів до березня 2021 року.", "uk", "disruption"),
        ("The carrier extended the suspension of flights until 4 March 2021.", "en", "disruption"),
        ("Przewoźnik przedłużył odwołanie lotów do 4 marca 2021 roku.", "pl", "disruption"),
    ],
)
def test_a_date_that_ends_a_period_dates_no_happening(text: str, lang: str, kind: str) -> None:
    """ "until March": the limit of a period, not the day of the happening."""
    _analysis, events = analysed(text, lang)
    assert next(e for e in events if e.type == kind).time is None


def test_a_date_after_a_plain_preposition_still_dates_the_happening() -> None:
    _analysis, events = analysed("Przewoźnik odwołał loty 4 marca 2021 roku.", "pl")
    assert next(e for e in events if e.type == "disruption").time == 0


def test_no_trigger_no_event() -> None:
    assert analysed("Погода в Омске остаётся тёплой.", "ru")[1] == []


def test_a_date_belongs_to_the_event_it_is_not_separated_from() -> None:
    text = "A year after the ferry fire near Split, the families received compensation on Monday."
    analysis, events = analysed(text, "en", [("Split", "LOC")])
    by_type = {e.type: e for e in events}
    assert by_type["fire"].time is None
    assert analysis.timexes[by_type["compensation"].time].text == "on Monday"
    opening = "On Monday a ferry caught fire near Split and made an emergency landing... no, sank."
    analysis, events = analysed(opening, "en")
    assert all(e.time == 0 for e in events)


@pytest.mark.parametrize(
    ("text", "lang", "kind", "date_text"),
    [
        # a relative pronoun cuts the opening date off from the crash it introduces
        (
            "On Monday the mayor thanked the pilot of the plane, which crashed near Split.",
            "en",
            "crash",
            None,
        ),
        ("On Monday the ferry crashed near Split.", "en", "crash", "On Monday"),
        # a reference cue makes the trigger a mention of a known happening: no date from before it
        ("Сегодня жители скорбят по поводу крушения парома.", "ru", "crash", None),
        ("Днес семействата скърбят заради катастрофата на ферибота.", "bg", "crash", None),
        # … but words after it may date it
        (
            "Жители вспоминают жертв после крушения парома 3 апреля 2022 года.",
            "ru",
            "crash",
            "3 апреля 2022 года",
        ),
        # a comma and a conjunction start another clause
        ("В феврале власти закрыли порт, а в июне задержали капитана.", "ru", "closure", "В феврале"),
        ("В феврале власти закрыли порт, а в июне задержали капитана.", "ru", "detention", "в июне"),
    ],
)
def test_a_date_reaches_only_the_triggers_of_its_clause(
    text: str, lang: str, kind: str, date_text: str | None
) -> None:
    analysis, events = analysed(text, lang)
    event = next(e for e in events if e.type == kind)
    assert (analysis.timexes[event.time].text if event.time is not None else None) == date_text


def test_subordinate_and_reported_triggers_take_no_date_from_earlier_sentences() -> None:
    text = (
        "On Friday the governor met the families. He did not confirm that the ferry was attacked.\n"
        "According to the captain, a fire broke out in the engine room."
    )
    analysis, events = analysed(text, "en")
    by_type = {e.type: e for e in events}
    assert by_type["meeting"].time == 0
    assert by_type["attack"].time is None
    assert by_type["fire"].time is None


def test_a_date_in_one_complement_clause_does_not_reach_the_next() -> None:
    text = "Директор заявил, что паром прошел осмотр в январе и что пожар начался в машинном отделении."
    analysis, events = analysed(text, "ru")
    assert next(e for e in events if e.type == "fire").time is None
    # an opening date reaches a physical happening the sentence reports ("On 14 November the
    # authorities said that a fire broke out"), not a meeting or a plan
    text = "14 ноября власти сообщили, что на складе возник пожар."
    analysis, events = analysed(text, "ru")
    assert analysis.timexes[next(e for e in events if e.type == "fire").time].text == "14 ноября"
    text = "14 ноября власти сообщили, что встреча министров прошла в Казани."
    analysis, events = analysed(text, "ru")
    assert next(e for e in events if e.type == "meeting").time is None


def test_a_date_whose_weekday_disagrees_with_its_day_is_not_taken() -> None:
    # "Sunday, 18 January": no 18 January of the years around 2018 is a Sunday, so the nearest
    # one is taken (a Thursday): the year is a guess gone wrong, the event stays undated
    text = "Премиерът проведе среща с президента в неделя, 18 януари."
    analysis = Analysis(lang="bg", sentences=split_sentences(text))
    analysis.timexes = find_timexes(text, analysis, date(2018, 1, 15))
    assert analysis.timexes and analysis.timexes[0].value.value == "2018-01-18"
    (meeting,) = [e for e in find_events(text, analysis, date(2018, 1, 15)) if e.type == "meeting"]
    assert meeting.time is None
    text = "Премиерът проведе среща с президента в четвъртък, 18 януари."
    analysis = Analysis(lang="bg", sentences=split_sentences(text))
    analysis.timexes = find_timexes(text, analysis, date(2018, 1, 20))
    assert analysis.timexes[0].value.value == "2018-01-18"
    (meeting,) = [e for e in find_events(text, analysis, date(2018, 1, 20)) if e.type == "meeting"]
    assert meeting.time == 0


def test_a_statement_has_one_party_its_speaker_next_to_it() -> None:
    text = "Министр Петров сделал заявление о решении компании Орлан и союза Вега."
    analysis, events = analysed(text, "ru", [("Петров", "PER"), ("Орлан", "ORG"), ("Вега", "ORG")])
    (statement,) = [e for e in events if e.type == "statement"]
    assert [analysis.mentions[k].text for k in statement.participants] == ["Петров"]


def test_an_opening_date_reaches_across_appositions_and_a_parenthetical_date_dates_its_trigger() -> None:
    text = "On 12 June 2019, flight 88 of Orla Air, a small jet, crashed near Dravik."
    analysis, events = analysed(text, "en", [("Orla Air", "ORG"), ("Dravik", "LOC")])
    crash = next(e for e in events if e.type == "crash")
    assert analysis.timexes[crash.time].value.value == "2019-06-12"
    text = "Both sides blame each other for the destruction of the dam, on 4 May 2019, near Dravik."
    analysis, events = analysed(text, "en", [("Dravik", "LOC")])
    breach = next(e for e in events if e.type == "dam_breach")
    assert analysis.timexes[breach.time].value.value == "2019-05-04"


def test_a_date_across_a_sentence_end_the_splitter_missed_is_not_taken() -> None:
    # "2009 г." ends one sentence; the splitter reads "г." as an abbreviation and joins the next
    text = "Кметът беше убит през март 2009 г. Погребението бе извършено днес в Търново."
    analysis = Analysis(lang="bg", sentences=split_sentences(text))
    analysis.timexes = find_timexes(text, analysis, date(2012, 2, 6))
    assert len(analysis.sentences) == 1  # the case this guards against
    (funeral,) = [e for e in find_events(text, analysis, date(2012, 2, 6)) if e.type == "funeral"]
    assert analysis.timexes[funeral.time].text == "днес"
    # an initial before a full stop is no sentence end
    text = "On Monday J. Rivers was arrested in Leeds."
    analysis, events = analysed(text, "en")
    assert next(e for e in events if e.type == "arrest").time == 0


def test_a_happening_a_commemoration_remembers_is_a_reference() -> None:
    text = "Premier złożył wieńce w 5. rocznicę katastrofy kolejowej pod Kutnem."
    analysis, events = analysed(text, "pl")
    analysis.events = events
    crash = next(e for e in events if e.type == "crash")
    assert is_reference(text, analysis, crash)
    text = "Pociąg towarowy uległ katastrofie pod Kutnem."
    analysis, events = analysed(text, "pl")
    analysis.events = events
    assert not is_reference(text, analysis, next(e for e in events if e.type == "crash"))


def test_the_end_of_a_route_is_no_place_of_what_happened_on_the_way() -> None:
    text = "Na letu iz Ljubljane v Split je moški napadel stevardeso."
    analysis, events = analysed(text, "sl", [("Ljubljane", "LOC"), ("Split", "LOC")])
    assert next(e for e in events if e.type == "attack").place is None
    text = "Moški je v Splitu napadel stevardeso."
    analysis, events = analysed(text, "sl", [("Splitu", "LOC")])
    attack = next(e for e in events if e.type == "attack")
    assert analysis.mentions[attack.place].text == "Splitu"


def test_a_name_after_a_kin_noun_is_not_a_party() -> None:
    text = "Biskup spotkał się z rodziną Jana Wolskiego w Radomiu."
    analysis, events = analysed(text, "pl", [("Jana Wolskiego", "PER"), ("Radomiu", "LOC")])
    assert next(e for e in events if e.type == "meeting").participants == []
    text = "Biskup spotkał się z Janem Wolskim w Radomiu."
    analysis, events = analysed(text, "pl", [("Janem Wolskim", "PER"), ("Radomiu", "LOC")])
    assert len(next(e for e in events if e.type == "meeting").participants) == 1


def test_a_place_that_is_someones_post_is_not_where_it_happened() -> None:
    text = "Консулът ни в Сливен е посетил ранените в болницата."
    analysis, events = analysed(text, "bg", [("Сливен", "LOC")])
    assert next(e for e in events if e.type == "visit").place is None
    text = "Министърът е посетил ранените в Сливен."
    analysis, events = analysed(text, "bg", [("Сливен", "LOC")])
    visit = next(e for e in events if e.type == "visit")
    assert analysis.mentions[visit.place].text == "Сливен"
