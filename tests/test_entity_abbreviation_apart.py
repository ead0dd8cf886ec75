"""A name and its abbreviation in brackets after it are two mentions of one entity, in any script
(issue 16, rounds 25–26: "… център … (ECDC)" shown as one padded name): the name without the
bracket, then the abbreviation without its brackets, in text order, at their exact offsets, and
linked as one entity. Invented or other bodies than the audit items'."""

from __future__ import annotations

from collections import Counter

from entity_support import found, linked, mention_at
from storyline.analyse.entities import find_in
from storyline.analyse.entities_cut import whole_again
from storyline.link.entities import record_name
from storyline.link.entity_index import EntityIndex
from storyline.model import Mention


def _spans(text: str, mentions: list[Mention]) -> list[tuple[str, str, str]]:
    """(text at the span, surface, base): the span and the surface must agree."""
    return [(text[m.start : m.end], m.text, m.base) for m in mentions]


def test_an_abbreviation_in_another_script_is_a_mention_of_its_own() -> None:
    text = "Според Северната агенция за риболов (NFA) уловът е малък."
    name = mention_at(text, "Северната агенция за риболов (NFA)", "ORG", "bg")
    name.base = "Северна агенция за риболов (NFA)"
    got = whole_again(text, [name], "bg")
    assert _spans(text, got) == [
        ("Северната агенция за риболов", "Северната агенция за риболов", "Северна агенция за риболов"),
        ("NFA", "NFA", "NFA"),
    ]
    assert [m.type for m in got] == ["ORG", "ORG"]


def test_a_bracket_the_tagger_left_open_is_cut_off_too() -> None:
    text = "Според Европейската агенция по лекарствата (EMA) ваксината е безопасна."
    name = mention_at(text, "Европейската агенция по лекарствата (EMA", "ORG", "bg")
    got = whole_again(text, [name], "bg")
    assert _spans(text, got) == [
        ("Европейската агенция по лекарствата",) * 3,
        ("EMA",) * 3,
    ]
    # a bracket the text itself leaves open holds no abbreviation
    text = "Според Европейската агенция по лекарствата (EMA ваксината е безопасна."
    name = mention_at(text, "Европейската агенция по лекарствата (EMA", "ORG", "bg")
    assert whole_again(text, [name], "bg") == [name]


def test_a_small_letter_or_a_digit_inside_the_abbreviation() -> None:
    text = "Dokument přijala Rada severních přístavů (RsP) a Holmby Fond (HF2) v pondělí."
    got = whole_again(
        text,
        [mention_at(text, s, "ORG", "cs") for s in ("Rada severních přístavů (RsP)", "Holmby Fond (HF2)")],
        "cs",
    )
    assert [m.text for m in got] == ["Rada severních přístavů", "RsP", "Holmby Fond", "HF2"]
    assert [m.start for m in got] == sorted(m.start for m in got)


def test_a_word_a_year_a_roman_number_or_a_persons_bracket_stays() -> None:
    text = "Nordvik Fond (Norsko), Holmby Hall (1999), Holmby Invest (XIV), Jan Novák (NSP) a Rada (Ema)."
    surfaces = [
        "Nordvik Fond (Norsko)",
        "Holmby Hall (1999)",
        "Holmby Invest (XIV)",
        "Jan Novák (NSP)",
        "Rada (Ema)",
    ]
    mentions = [mention_at(text, s, "PER" if s.startswith("Jan") else "ORG", "cs") for s in surfaces]
    assert [m.text for m in whole_again(text, mentions, "cs")] == surfaces
    # letters a Roman number may hold, but in no Roman number's order: an abbreviation
    text = "Podle Centra pro kontrolu dopravy (CDC) je to tak."
    got = whole_again(text, [mention_at(text, "Centra pro kontrolu dopravy (CDC)", "ORG", "cs")], "cs")
    assert [m.text for m in got] == ["Centra pro kontrolu dopravy", "CDC"]


def test_the_recogniser_gives_the_name_and_the_abbreviation_apart() -> None:
    text = "Според Европейската агенция по лекарствата (EMA) ваксината е безопасна. EMA ще реши в петък."
    got = find_in(text, 0, len(text), "bg")
    assert _spans(text, got)[:2] == [
        (
            "Европейската агенция по лекарствата",
            "Европейската агенция по лекарствата",
            "Европейска агенция по лекарствата",
        ),
        ("EMA",) * 3,
    ]
    assert [m.start for m in got] == sorted(m.start for m in got)
    text = "Funkcjonariusze Agencji Bezpieczeństwa Wewnętrznego (ABW) zatrzymali mężczyznę w Gdańsku."
    assert found(text, "pl")[:2] == [("Agencji Bezpieczeństwa Wewnętrznego", "ORG"), ("ABW", "ORG")]


def test_the_name_and_its_abbreviation_are_one_entity_shown_without_the_bracket() -> None:
    for text in (
        "Според Европейската агенция по лекарствата (EMA) ваксината е безопасна.",
        "Това обяви Балканският съвет по водите (BWC) в петък.",
    ):
        mentions = find_in(text, 0, len(text), "bg")
        index = EntityIndex()
        got = linked({"d1": (text, mentions)}, index)
        assert got[("d1", 0)] == got[("d1", 1)]
        record = index.records[got[("d1", 0)]]
        assert "(" not in record_name(record)
        assert all("(" not in name for names in record.names.values() for name in Counter(names))


def test_a_speakers_phrase_ends_before_the_abbreviation() -> None:
    from storyline.analyse.chain import analyse

    for text, lang in (
        ("По данным Северного агентства по рыболовству (NFA), улов упал на 12 процентов.", "ru"),
        (
            "Согласно данным немецкого Института имени Карла Бергмана (IKB), число выросло на 12 процентов.",
            "ru",
        ),
    ):
        quotes = analyse(text, lang).quotes
        assert quotes and all(q.speaker_text and "(" not in q.speaker_text for q in quotes)
        assert all("(" not in text[q.speaker_start : q.speaker_end] for q in quotes)


def test_a_learned_aliass_name_is_shown_without_its_abbreviation() -> None:
    from storyline.link.entities import display_name

    names = Counter({("Северна организация за пристанища", "bg"): 2})
    assert (
        display_name(names, "ORG", "ORG-Nordic-Organisation-for-Ports(NOP)")
        == "Nordic Organisation for Ports"
    )
    assert display_name(names, "ORG", "ORG-Holmby-Ports-(HP)") == "Holmby Ports"
    names = Counter({("Холмби", "bg"): 2})
    assert display_name(names, "LOC", "GPE-Holmby-(Nordvik)") == "Holmby (Nordvik)"  # no abbreviation
