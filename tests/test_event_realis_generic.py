"""Realis of general talk: a rule for a case ("in case of a delay"), the most common reason, a share of many ("75 percent of delayed flights"), a count of times in digits, how
someone handles the talks, a verb that needs its reflexive to be an apology — none of them
reports a happening at a time; the same words around a happening that took place leave it one."""

from __future__ import annotations

import pytest

from helpers import realis_why

why = realis_why


NOT_HAPPENINGS = [
    # a rule for a case: the trigger is a condition (the modal in another clause of the sentence)
    (
        "In case of a delay over three hours the airline pays each traveller.",
        "en",
        "disruption",
        "delay",
        "prospect",
    ),
    (
        "W przypadku opóźnienia pociągu o godzinę, przewoźnik musi zwrócić część ceny.",
        "pl",
        "disruption",
        "opóźnienia",
        "prospect",
    ),
    # "обязана" (is obliged to) in the trigger's own clause is an obligation, read as "must"
    ("В случае отмены рейса компания обязана вернуть деньги.", "ru", "disruption", "отмены", "irrealis"),
    (
        "V případě zrušení letu, které dopravce oznámí pozdě, musí vrátit peníze.",
        "cs",
        "disruption",
        "zrušení",
        "prospect",
    ),
    # the most common reason: a generalisation
    (
        "The most common reason for complaints is a delay of the train.",
        "en",
        "disruption",
        "delay",
        "habitual",
    ),
    ("Nejčastějším důvodem stížností je zpoždění autobusu.", "cs", "disruption", "zpoždění", "habitual"),
    ("Najczęstszą przyczyną skarg jest opóźnienie promu.", "pl", "disruption", "opóźnienie", "habitual"),
    # a share of many happenings, with no time named
    ("Strikes account for 60 percent of delayed trains.", "en", "disruption", "delayed", "sense"),
    ("Na vrub počasí připadá 40 procent zpožděných vlaků.", "cs", "disruption", "zpožděných", "sense"),
    ("Na strajki przypada 30% odwołanych lotów.", "pl", "disruption", "odwołanych", "sense"),
    # a count of occasions in digits
    ("Бізнесмен зустрічався з послом Чилі 14 разів.", "uk", "meeting", "зустрічався", "habitual"),
    ("The mayor met the envoy of Peru 12 times.", "en", "meeting", "met", "habitual"),
    ("Министр встречался с послом Перу 7 раз.", "ru", "meeting", "встречался", "habitual"),
    # how the government handles the talks: a topic, no meeting
    (
        "Попитани как кабинетът на Иван Петров се справя с преговорите, повечето отговарят лошо.",
        "bg",
        "meeting",
        "преговорите",
        "sense",
    ),
    (
        "Asked how the cabinet handles the negotiations, most voters said badly.",
        "en",
        "meeting",
        "negotiations",
        "sense",
    ),
    # without its reflexive the verb is not an apology: "justifies", "excuse"
    ("Vsaka nova kriza opraviči razvoj nadzornih aplikacij.", "sl", "apology", "opraviči", "unconcluded"),
    ("Vysoká horečka omlouvá jeho nepřítomnost na schůzi.", "cs", "apology", "omlouvá", "unconcluded"),
]


@pytest.mark.parametrize(("text", "lang", "kind", "trigger", "reason"), NOT_HAPPENINGS)
def test_no_happening(text: str, lang: str, kind: str, trigger: str, reason: str) -> None:
    assert why(text, lang, kind, trigger) == reason


HAPPENINGS = [
    # a share of what was cancelled on a day: that day's news
    ("On Friday 60 percent of trains were delayed in Ghent.", "en", "disruption", "delayed"),
    ("Dopravce ve čtvrtek zrušil 12 procent spojů.", "cs", "disruption", "zrušil"),
    # a share after the trigger is a share of something else: the cancelling took place
    ("Přepravce zrušil 8 procent svých letů.", "cs", "disruption", "zrušil"),
    # twice: two occasions, each news; a count of shots is one shooting
    ("The mayor met the envoy of Peru 2 times this week.", "en", "meeting", "met"),
    # a count before the trigger counts something else: the meetings, not the vote
    ("They met officials 11 times on the eve of the referendum.", "en", "election", "referendum"),
    ("The guard was shot 3 times in Lyon.", "en", "shooting", "shot"),
    # the reflexive, or the noun: an apology
    ("Županja se je opravičila prebivalcem Kopra.", "sl", "apology", "opravičila"),
    ("Ministr se omluvil obětem povodně.", "cs", "apology", "omluvil"),
    ("Ministr poslal obětem omluvu.", "cs", "apology", "omluvu"),
    # "in the case of" a happening told, in a sentence that provides for nothing
    ("Tak było też w przypadku referendum sprzed dwóch lat w Irlandii.", "pl", "election", "referendum"),
    ("V primeru nesreče letala v Kanadi je pilot izgubil nadzor.", "sl", "crash", "nesreče"),
    ("Так было и в случае с крушением самолета под Казанью.", "ru", "crash", "крушением"),
]


@pytest.mark.parametrize(("text", "lang", "kind", "trigger"), HAPPENINGS)
def test_happening(text: str, lang: str, kind: str, trigger: str) -> None:
    assert why(text, lang, kind, trigger) is None


def test_a_vote_ruled_out_is_no_vote() -> None:
    for text, lang, trigger in [
        ("The premier ruled out a second referendum on the border.", "en", "referendum"),
        ("Premier wykluczył w czwartek referendum w sprawie waluty.", "pl", "referendum"),
        ("Прем'єрка виключила ще один референдум щодо кордону.", "uk", "референдум"),
    ]:
        assert why(text, lang, "election", trigger) == "prospect", lang


def test_a_fall_by_some_percent_written_out_is_a_statistic() -> None:
    text = "Средната цена на билета за влак е паднала с 6 на сто до 12 лева."
    assert why(text, "bg", "crash", "паднала") == "sense"


def test_a_quarrel_that_breaks_out_is_no_explosion() -> None:
    # the explosion verb is also "broke out" for a quarrel, in its clause or in a relative clause
    # about it with an adverbial before the verb
    for text, lang, trigger in [
        ("Na targu w Lublinie wybuchła kłótnia o miejsce przy straganie.", "pl", "wybuchła"),
        ("Podczas zebrania, na którym doszło do sporu, awantura nagle wybuchła.", "pl", "wybuchła"),
        (
            "Sąsiedzi pogodzili się po sprzeczce, która w związku z tym wybuchła na klatce.",
            "pl",
            "wybuchła",
        ),
        ("Между двамата съседи в Пловдив избухна свада заради оградата.", "bg", "избухна"),
    ]:
        assert why(text, lang, "explosion", trigger) == "sense", text


def test_a_blast_after_a_quarrel_is_still_an_explosion() -> None:
    # the filler is skipped only between a relative pronoun and its verb: a blast told after a
    # quarrel's relative clause, or a bomb's own, stays a blast
    for text, lang, trigger in [
        ("Bomba, która w związku z tym wybuchła w Gdańsku, zniszczyła dwa samochody.", "pl", "wybuchła"),
        ("W fabryce pod Radomiem wybuchła butla z gazem.", "pl", "wybuchła"),
    ]:
        assert why(text, lang, "explosion", trigger) is None, text
