"""A Slovene body's name goes on over its "za" phrase in small letters (invented bodies)."""

from storyline.analyse.entities_purpose import with_purpose_phrases
from storyline.model import Mention


def _same(surface: str, etype: str) -> str:
    return surface


def _extended(text: str, found: str, etype: str = "ORG") -> str:
    start = text.index(found)
    mention = Mention(start, start + len(found), found, etype, found, "sl")
    return with_purpose_phrases(text, [mention], "sl", _same)[0].text


def test_cut_before_the_preposition() -> None:
    text = "Direktor Kelmarskega urada za jedrsko varnost je dejal, da je vse v redu."
    assert _extended(text, "Kelmarskega urada") == "Kelmarskega urada za jedrsko varnost"


def test_cut_inside_the_phrase_and_lists() -> None:
    text = "Ministrstvo za okolje in prostor je izdalo dovoljenje."
    assert _extended(text, "Ministrstvo za okolje") == "Ministrstvo za okolje in prostor"
    text = "Nordavski inštitut za delo, družino, socialne zadeve in enake možnosti, kako pa zdaj?"
    assert _extended(text, "Nordavski inštitut") == (
        "Nordavski inštitut za delo, družino, socialne zadeve in enake možnosti"
    )
    text = "Pri Kelmarskem centru za nadzor nad nalezljivimi boleznimi so opozorili."
    assert _extended(text, "Kelmarskem centru") == "Kelmarskem centru za nadzor nad nalezljivimi boleznimi"


def test_stops_at_verbs_adverbs_titles_and_another_body() -> None:
    text = "Kelmarski urad za hrano in zdravila je opozoril."
    assert _extended(text, "Kelmarski urad") == "Kelmarski urad za hrano in zdravila"
    text = "Podatki Nordavskega inštituta za javno zdravje in ministrstva so jasni."
    assert _extended(text, "Nordavskega inštituta") == "Nordavskega inštituta za javno zdravje"
    text = "Kelmarska agencija za zdravila danes ni odgovorila."
    assert _extended(text, "Kelmarska agencija") == "Kelmarska agencija za zdravila"
    text = "Na Nordavskem oddelku za hematologijo prof. Velmar pravi, da ni res."
    assert _extended(text, "Nordavskem oddelku") == "Nordavskem oddelku za hematologijo"


def test_no_complement_after_the_closing_noun() -> None:
    text = "Skupaj s Kelmarskim inštitutom za cepiva in zdravila intenzivno dela na cepivu."
    assert _extended(text, "Kelmarskim inštitutom") == "Kelmarskim inštitutom za cepiva in zdravila"
    text = "Nordavski urad za gospodarski razvoj in tehnologijo obvestil podjetja."
    assert _extended(text, "Nordavski urad") == "Nordavski urad za gospodarski razvoj in tehnologijo"


def test_no_head_noun_or_no_body_stays() -> None:
    text = "Sporazum iz Nordavije za končanje vojne in normalizacijo odnosov velja."
    assert _extended(text, "Nordavije za končanje vojne") == "Nordavije za končanje vojne"
    text = "Kelmar za zdravje skrbi sam."
    assert _extended(text, "Kelmar", "PER") == "Kelmar"
