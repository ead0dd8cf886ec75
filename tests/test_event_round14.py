"""Round 14's wrong events (issue 16): an amount per week, what a kind of thing does, a negotiator
and an application are no happenings at a time."""

from __future__ import annotations

from helpers import event_kinds as kinds
from helpers import realis_why


def test_an_amount_per_period_sums_up_many_happenings() -> None:
    # the rate ends a clause longer than the ten words a clause is read to
    text = (
        "Odszkodowania wypłacane przez towarzystwa ubezpieczeniowe pasażerom tanich linii lotniczych"
        " osiągają już ponad 2 mln złotych tygodniowo, podała izba."
    )
    assert realis_why(text, "pl", "compensation", "Odszkodowania") == "habitual"
    text = (
        "Compensation paid by insurers to stranded travellers in the north now exceeds $3 million per month."
    )
    assert realis_why(text, "en", "compensation", "Compensation") == "habitual"
    text = "Пострадавшим от наводнения еженедельно выплачивают компенсации из городского бюджета."
    assert realis_why(text, "ru", "compensation", "компенсации") == "habitual"
    # a rate in another clause rates something else: the payment told is one
    text = "Wczoraj firma wypłaciła odszkodowania rodzinom ofiar, a jej zyski rosły miesięcznie."
    assert realis_why(text, "pl", "compensation", "odszkodowania") is None
    # the adjective of a period names one occasion ("the weekly meeting took place on Monday")
    text = "The weekly meeting of the cabinet took place on Monday in Prague."
    assert realis_why(text, "en", "meeting", "meeting") is None


def test_what_a_kind_of_thing_does_is_told_in_the_present_plural() -> None:
    text = "Ostatnio przewoźnik zmaga się ze strajkami kontrolerów, które powodują odwołania lotów."
    assert realis_why(text, "pl", "disruption", "odwołania") == "habitual"
    text = "Dopravce trápí stávky pilotů, které způsobují zrušení letů po celé Evropě."
    assert realis_why(text, "cs", "disruption", "zrušení") == "habitual"
    # the strike of a day that cancelled flights is one
    text = "W piątek strajk kontrolerów spowodował odwołania lotów w Gdańsku."
    assert realis_why(text, "pl", "disruption", "odwołania") is None


def test_a_negotiator_is_a_person_not_talks() -> None:
    text = "В воскресенье об отставке объявил Петров, бывший главным переговорщиком правительства."
    assert realis_why(text, "ru", "meeting", "переговорщиком") == "sense"
    text = "Головний переговорник уряду Іваненко подав у відставку в понеділок."
    assert realis_why(text, "uk", "meeting", "переговорник") == "sense"
    # the talks themselves are still talks
    assert "meeting" in kinds("Вчера в Вене прошли переговоры министров Австрии и Чехии.", "ru")


def test_an_application_for_doing_something_is_no_statement() -> None:
    text = "Миналата година агенцията разгледа заявлението за регистриране на новото дружество в Пловдив."
    assert realis_why(text, "bg", "statement", "заявлението") == "sense"
    text = "Министерството прие заявлението за издаване на лиценз на оператора."
    assert realis_why(text, "bg", "statement", "заявлението") == "sense"
    # a statement about something said is one
    text = "Министърът направи заявление за медиите след срещата в София."
    assert realis_why(text, "bg", "statement", "заявление") is None


def test_a_rate_in_a_long_clause_is_the_trigger_s_own_only_when_it_opens_it() -> None:
    # the vote is the time anchor of a yearly count, far off in its clause: the vote took place
    text = "Do hlasování o odchodu přicházelo do země z jiných států Unie stabilně 200 tisíc lidí ročně."
    assert realis_why(text, "cs", "election", "hlasování") is None
