"""Realis of advice, purposes and dangers (issue 16, what audit rounds 1–10 still found wrong): a
danger of attacks, compensation a traveller can claim for a cancelled flight, a vote someone
gathers signatures "in order to" hold, a visit to the doctor, a treaty's political declaration, an
attack on "those who" (anyone of a kind), a list "and the like" and a scrap cut at an abbreviation report no happening; the same words around a happening told leave
it one."""

from __future__ import annotations

import pytest

from helpers import realis_why

why = realis_why


NOT_HAPPENINGS = [
    # a danger of attacks: none took place
    (
        "Свидетеля перевезли в Казань из-за опасности нападений на него.",
        "ru",
        "attack",
        "нападений",
        "prospect",
    ),
    (
        "Police moved the judge because of the danger of attacks on her.",
        "en",
        "attack",
        "attacks",
        "prospect",
    ),
    ("Sędziego przeniesiono z powodu niebezpieczeństwa ataków.", "pl", "attack", "ataków", "prospect"),
    ("Svědka převezli kvůli nebezpečí útoku do Brna.", "cs", "attack", "útoku", "prospect"),
    # compensation a rule provides for, with a modal in another clause: advice, no cancellation told
    (
        "Всички, които желаят, могат да пишат на агенцията, за да подадат искове за обезщетение за отменен влак.",
        "bg",
        "disruption",
        "отменен",
        "prospect",
    ),
    (
        "Those who wish can write to the agency, filing claims for compensation for a cancelled flight.",
        "en",
        "disruption",
        "cancelled",
        "prospect",
    ),
    (
        "Podróżni, którzy chcą, mogą napisać do urzędu, składając wniosek o odszkodowanie za odwołany lot.",
        "pl",
        "disruption",
        "odwołany",
        "prospect",
    ),
    # a purpose: what someone wants to bring about
    (
        "Депутати зібрали підписи, щоб провести голосування за недовіру міністру.",
        "uk",
        "election",
        "голосування",
        "irrealis",
    ),
    (
        "Кабинет сбросил воду, чтобы уровень затопления в долине держался.",
        "ru",
        "flood",
        "затопления",
        "irrealis",
    ),
    # seeking a doctor or a jab is no address anyone made
    (
        "Прививку делают в течение суток после обращения за медицинской помощью.",
        "ru",
        "statement",
        "обращения",
        "sense",
    ),
    ("Препарат не вводят до момента обращения на вакцинацию.", "ru", "statement", "обращения", "sense"),
    # the political declaration that goes with a treaty is a document
    ("Pogodbi je priložena politična izjava o prihodnjih odnosih.", "sl", "statement", "izjava", "abstract"),
    (
        "Ke smlouvě patří politické prohlášení o budoucích vztazích.",
        "cs",
        "statement",
        "prohlášení",
        "abstract",
    ),
    # the object is anyone of a kind: a habit or a threat, no attack at a time
    (
        "V Brně radikálové pořádají pochody a útočí na ty, kdo se soudkyně zastávají.",
        "cs",
        "attack",
        "útočí",
        "habitual",
    ),
    (
        "Hooligans in the city attack those who wear the other club's colours.",
        "en",
        "attack",
        "attack",
        "habitual",
    ),
    ("Боевики нападают на тех, кто помогает беженцам.", "ru", "attack", "нападают", "habitual"),
    # a list of kinds ended by "and the like"
    (
        "Nekateri se bojijo, kupujejo hrano, odpovedujejo izlete, koncerte in podobno.",
        "sl",
        "disruption",
        "odpovedujejo",
        "habitual",
    ),
    (
        "Ekspert od analizy wyborów, frekwencji itp. nie ma wątpliwości.",
        "pl",
        "election",
        "wyborów",
        "habitual",
    ),
    # a scrap the splitter cut after an abbreviation's letters
    ("Spotkała m.inn.", "pl", "meeting", "Spotkała", "fragment"),
]


@pytest.mark.parametrize(("text", "lang", "kind", "trigger", "reason"), NOT_HAPPENINGS)
def test_no_happening(text: str, lang: str, kind: str, trigger: str, reason: str) -> None:
    assert why(text, lang, kind, trigger) == reason


HAPPENINGS = [
    # an attack told, no danger word
    ("Полиция задержала мужчину после нападения на водителя в Казани.", "ru", "attack", "нападения"),
    # compensation paid for a cancellation told, no modal: the cancellation took place
    (
        "Компанията изплати обезщетение за отменения в петък полет до Варна.",
        "bg",
        "disruption",
        "отменения",
    ),
    ("The airline paid compensation for the cancelled flight to Porto.", "en", "disruption", "cancelled"),
    # an address to the nation was made
    ("Президент выступил с обращением к нации в понедельник.", "ru", "statement", "обращением"),
    # a minister's statement to the press
    ("Ministrica je v torek podala izjavo za javnost.", "sl", "statement", "izjavo"),
    # those who, in a clause that names a time: one attack on particular people
    ("On Monday the gunman attacked those who tried to flee the bank.", "en", "attack", "attacked"),
    ("Útočník ve středu napadl ty, kdo se mu postavili.", "cs", "attack", "napadl"),
    # a list ended by "etc." in a clause that names a day: that day's cancellations
    ("On Monday the airline cancelled flights to Oslo, Riga, etc.", "en", "disruption", "cancelled"),
    # three words, one of them a one-letter preposition: a headline, no scrap
    ("Wybuch w Kijowie.", "pl", "explosion", "Wybuch"),
]


@pytest.mark.parametrize(("text", "lang", "kind", "trigger"), HAPPENINGS)
def test_happening(text: str, lang: str, kind: str, trigger: str) -> None:
    assert why(text, lang, kind, trigger) is None


def test_a_catastrophe_as_a_judgement_or_an_adjective_is_no_crash() -> None:
    # "catastrophic" is no crash, in any of the languages whose crash noun it derives from
    assert (
        why("Analitycy kreślą katastrofalne scenariusze dla rolnictwa.", "pl", "crash", "katastrofalne")
        == "sense"
    )
    assert why("Фирмите са изправени пред катастрофални загуби.", "bg", "crash", "катастрофални") == "sense"
    assert (
        why("Засуха имела катастрофические последствия для фермеров.", "ru", "crash", "катастрофические")
        == "sense"
    )
    # calling something a catastrophe, or a campaign that turned into one: a judgement
    assert (
        why("Вчера министърът определи реформата като катастрофа за селата.", "bg", "crash", "катастрофа")
        == "abstract"
    )
    assert (
        why("Реформа пенсий обернулась катастрофой для бюджета.", "ru", "crash", "катастрофой") == "abstract"
    )
    # the crash of an aircraft stays one
    assert why("Вчера край Варна стана самолетна катастрофа.", "bg", "crash", "катастрофа") is None
    assert why("Катастрофа вертолета произошла утром под Томском.", "ru", "crash", "Катастрофа") is None


def test_someones_statements_in_general_are_no_statement() -> None:
    text = "Nizki stroški so iz Janeza Novaka naredili zvezdo, njegove izjave pa so tema razprav."
    assert why(text, "sl", "statement", "izjave") == "habitual"
    text = "The mayor became a celebrity, his statements the talk of every dinner."
    assert why(text, "en", "statement", "statements") == "habitual"
    # one statement, or statements dated in their clause, are statements told
    assert why("Njegova izjava je razjezila sosede.", "sl", "statement", "izjava") is None
    text = "The mayor resigned, his statements on Monday angered the council."
    assert why(text, "en", "statement", "statements") is None


def test_visiting_restaurants_or_shops_is_no_visit() -> None:
    text = "Министърът на здравеопазването разреши посещението на ресторанти и фитнес зали."
    assert why(text, "bg", "visit", "посещението") == "sense"
    text = "Выходить из дома можно только для посещения продуктовых магазинов."
    assert why(text, "ru", "visit", "посещения") == "sense"
    # a leader's visit to a country stays one
    assert why("Премиерът бе на посещение в Рим.", "bg", "visit", "посещение") is None
