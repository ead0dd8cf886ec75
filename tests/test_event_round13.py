"""Round 13's wrong events (issue 16): a plan "met with" a reaction told by its adjective, a
hypothetical vote in a short bracketed aside, and counts on average are no happenings."""

from __future__ import annotations

from helpers import event_kinds as kinds
from helpers import realis_why


def test_a_reaction_told_by_its_adjective_meets_nobody() -> None:
    # the noun misspelt or unlisted: the evaluative adjective before it tells the sense
    assert "meeting" not in kinds(
        "Pomysł wspólnych zakupów spotkał się z bardzo ciepłą recakcją Litwy.", "pl"
    )
    assert "meeting" not in kinds("Projekt ustawy spotkał się z negatywnym przyjęciem w Sejmie.", "pl")
    assert "meeting" not in kinds("Propozycja ministra spotkała się z chłodną odpowiedzią Czech.", "pl")
    assert "meeting" not in kinds("Plan rządu spotkał się z raczej przychylnym odzewem opozycji.", "pl")
    # the feminine instrumental is the accusative too: a talk called positive took place
    text = "Rozmowę z premierem Litwy prezydent uznał za konstruktywną i pozytywną."
    assert realis_why(text, "pl", "meeting", "Rozmowę") is None
    # people met are no adjectives of a reaction
    assert "meeting" in kinds("Premier spotkał się z nowym ministrem w Wilnie.", "pl")
    assert "meeting" in kinds("Prezydent spotkał się wczoraj z ambasadorem Litwy w Warszawie.", "pl")


def test_a_hypothetical_vote_in_a_bracketed_aside_is_none() -> None:
    text = "Na drugi strani bi v primeru (hipotetičnih) novih volitev 30 odstotkov ljudi volilo levico."
    assert realis_why(text, "sl", "election", "volitev") == "irrealis"
    text = "Według sondażu w razie (hipotetycznego) kolejnego referendum 40 procent wybrałoby wyjście."
    assert realis_why(text, "pl", "election", "referendum") is not None
    # the brackets still cut a clause when they hold a name or a number
    text = "Wybory (2019) wygrała partia rządząca, choć kolejne odbędą się jesienią."
    assert realis_why(text, "pl", "election", "Wybory") is None


def test_a_count_on_average_is_none_at_a_time() -> None:
    text = "Lani smo v povprečju zaznali 3000 napadov na dan, kar je več kot leto prej."
    assert realis_why(text, "sl", "attack", "napadov") == "habitual"
    text = "W ubiegłym roku odnotowano średnio 4000 ataków hakerskich dziennie."
    assert realis_why(text, "pl", "attack", "ataków") == "habitual"
    # one attack told with an average elsewhere in the text stays one
    text = "Wczoraj hakerzy przeprowadzili atak na serwery ministerstwa w Krakowie."
    assert realis_why(text, "pl", "attack", "atak") is None


def test_what_someone_thinks_of_talks_is_an_opinion_asked_for() -> None:
    text = "Попитан какво мисли за хода на преговорите с Китай, министърът заяви, че е оптимист."
    assert realis_why(text, "bg", "meeting", "преговорите") == "question"
    text = "Отвечая на вопрос, что он думает о переговорах с Японией, министр назвал их трудными."
    assert realis_why(text, "ru", "meeting", "переговорах") == "question"
    # talks told outright took place
    text = "Министърът проведе преговори с Китай в Пекин вчера."
    assert realis_why(text, "bg", "meeting", "преговори") is None


def test_a_lower_case_bracketed_aside_stays_in_its_clause() -> None:
    # the future tense before the brackets governs the vote after them
    text = "Дебатът и гласуването (насрочени за петък) ще се състоят преди срещата на върха."
    assert realis_why(text, "bg", "election", "гласуването") == "irrealis"
    # a capitalised aside (an agency, a name) still closes the clause before it
    text = "Би било добре (БТА) гласуването завърши вчера с победа на опозицията."
    assert realis_why(text, "bg", "election", "гласуването") is None
