"""Realis of acts refused, obligations and things still ahead: "refused to pay compensation", "the
carrier is obliged to provide …" (and the passengers "whose flights were cancelled" the rule covers),
"at Thursday's meeting she will pass it on" — none of them reports a happening; the same words around
a happening that took place leave it one."""

from __future__ import annotations

import pytest

from helpers import realis_why

why = realis_why


NOT_HAPPENINGS = [
    # a refusal shortly before an act: the act was refused, not done
    (
        "Авиакомпания Бориспольавиа сообщила об отказе выплатить компенсацию пассажирам.",
        "ru",
        "compensation",
        "выплатить",
        "negated",
    ),
    ("Мэр Ольховки отказался от встречи с фермерами.", "ru", "meeting", "встречи", "negated"),
    (
        "Przewoźnik Sokolair odmówił wypłaty odszkodowania podróżnym.",
        "pl",
        "compensation",
        "wypłaty",
        "negated",
    ),
    (
        "The carrier Brightwing refused to pay compensation to travellers.",
        "en",
        "compensation",
        "pay",
        "negated",
    ),
    ("Starosta Lhotky odmítl setkání s demonstranty.", "cs", "meeting", "setkání", "negated"),
    ("Міністр Коваль відмовився від зустрічі з аграріями.", "uk", "meeting", "зустрічі", "negated"),
    (
        "Le maire de Vernay a refusé une rencontre avec les syndicats.",
        "fr",
        "meeting",
        "rencontre",
        "negated",
    ),
    # an obligation: what a rule makes someone do
    ("Авиакомпания обязана выплатить компенсацию пассажирам.", "ru", "compensation", "выплатить", "irrealis"),
    (
        "The operator is obliged to pay compensation to every traveller.",
        "en",
        "compensation",
        "compensation",
        "irrealis",
    ),
    (
        "Przewoźnik ma obowiązek wypłacić odszkodowanie podróżnym.",
        "pl",
        "compensation",
        "odszkodowanie",
        "irrealis",
    ),
    (
        "Der Veranstalter ist zur Zahlung einer Entschädigung verpflichtet.",
        "de",
        "compensation",
        "Entschädigung",
        "irrealis",
    ),
    # the perfective non-past of a verb that reports or hands over is a future: the meeting is ahead
    (
        "Podczas piątkowego spotkania w Gdyni burmistrz przekaże tę informację radnym.",
        "pl",
        "meeting",
        "spotkania",
        "irrealis",
    ),
    ("Na zítřejší schůzce v Kolíně starosta předá zprávu radním.", "cs", "meeting", "schůzce", "irrealis"),
    # "whose": in a sentence stating an obligation, the class of people a rule covers
    (
        "Przewoźnik ma także obowiązek zapewnić nocleg – mówi prawnik z firmy Lotopomoc (firmy, która"
        " pomaga pasażerom, których loty były opóźnione, odwołane lub przekierowane).",
        "pl",
        "disruption",
        "odwołane",
        "prospect",
    ),
    (
        "The operator has an obligation to offer meals to travellers whose trains were delayed or cancelled.",
        "en",
        "disruption",
        "cancelled",
        "prospect",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "trigger", "reason"), NOT_HAPPENINGS)
def test_no_happening(text: str, lang: str, kind: str, trigger: str, reason: str) -> None:
    assert why(text, lang, kind, trigger) == reason


HAPPENINGS = [
    # the refusal placed after the act: the meeting took place
    ("The mayor of Dunmore refused to comment after the meeting.", "en", "meeting", "meeting"),
    ("Burmistrz Lipnicy odmówił komentarza po spotkaniu z radnymi.", "pl", "meeting", "spotkaniu"),
    # a refusal of service is itself a disruption; "отказ" of an engine is a failure, not a refusal
    ("Linia odmówiła wejścia na pokład i odwołała loty do Rzeszowa.", "pl", "disruption", "odwołała"),
    ("Отказ двигателя привел к крушению самолета под Ольховкой.", "ru", "crash", "крушению"),
    # "zavrnil" also means "rejected": a statement rejected was made
    ("Župan Kranjske Reke je zavrnil skupno izjavo sosednjih občin.", "sl", "statement", "izjavo"),
    # the obligation's act done in the past: a payment
    ("Авиакомпания выплатила компенсацию пассажирам.", "ru", "compensation", "выплатила"),
    # "whose" without an obligation, or with a time: the cancellation took place
    ("Travellers whose trains were cancelled waited for hours in Dunmore.", "en", "disruption", "cancelled"),
    (
        "The operator has an obligation to help, says Ana Ferro of Railhelp, a group serving travellers"
        " whose trains were cancelled on Friday.",
        "en",
        "disruption",
        "cancelled",
    ),
    # a physical happening is not a class a rule covers
    (
        "The fund has a duty to help, says Ana Ferro, a lawyer for families whose houses burned in the fire.",
        "en",
        "fire",
        "fire",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "trigger"), HAPPENINGS)
def test_happening(text: str, lang: str, kind: str, trigger: str) -> None:
    assert why(text, lang, kind, trigger) is None


@pytest.mark.parametrize(
    "lang",
    ["bg", "cs", "pl", "ru", "sl", "uk", "en", "de", "fr", "es", "tr"]
    + ["el", "it", "pt", "ro", "sk", "hu", "id", "mk", "sr", "hr", "bs"],
)
def test_every_covered_language_reads_refusals_and_obligations(lang: str) -> None:
    from storyline.analyse.event_realis import pack

    p = pack(lang)
    assert p.refusal and p.obligation
    # an obligation is read as "must" wherever it stands in the clause
    assert set(p.obligation) <= set(p.irrealis)
