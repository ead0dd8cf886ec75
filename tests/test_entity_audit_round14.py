"""Non-names and cut spans of the kinds the precision audit's round 14 found (invented names and
sentences throughout): an abbreviation of lower-case words taken for a body, a newspaper's title
cut inside a Cyrillic text, a ministry's name cut after its head noun and its country's adjective."""

from __future__ import annotations

from storyline.analyse.entities import find_in
from storyline.analyse.entities_acronyms import common_abbreviations
from storyline.analyse.entities_cut import whole_again
from storyline.model import Mention


def _at(text: str, surface: str, etype: str, lang: str) -> Mention:
    i = text.index(surface)
    return Mention(i, i + len(surface), surface, etype, surface, lang)


def test_an_abbreviation_the_text_spells_out_in_lower_case_is_no_name() -> None:
    text = "Crews found toxic waste materials (TOWAM) on the pier. TOWAM was moved by Norvik Logistics."
    found = [_at(text, "TOWAM", "ORG", "en"), _at(text, "Norvik Logistics", "ORG", "en")]
    later = text.rindex("TOWAM")
    found.append(Mention(later, later + 5, "TOWAM", "ORG", "TOWAM", "en"))
    assert [m.text for m in common_abbreviations(text, found, "en")] == ["Norvik Logistics"]


def test_pieces_of_words_and_passed_over_function_words_spell_it() -> None:
    text = "They asked for freedom of movement (FOM) and a rapid antigen screen (RAS) at Holmby."
    found = [_at(text, s, "ORG", "en") for s in ("FOM", "RAS", "Holmby")]
    assert [m.text for m in common_abbreviations(text, found, "en")] == ["Holmby"]


def test_a_body_spelt_out_in_capitals_keeps_its_abbreviation() -> None:
    text = "The Nordic Shipping Council (NSC) met the toxic waste materials board (TWB) in Holmby."
    found = [_at(text, s, "ORG", "en") for s in ("Nordic Shipping Council", "NSC", "TWB")]
    # "board" ends the words, but TWB spells "toxic waste … board" only by skipping a long word
    assert [m.text for m in common_abbreviations(text, found, "en")] == [
        "Nordic Shipping Council",
        "NSC",
        "TWB",
    ]


def test_an_abbreviation_the_words_do_not_spell_stays() -> None:
    # an official name capitalises its first word only; the words after it do not spell it
    text = "Secondo l'Agenzia nazionale per la sicurezza (ANS) la situazione è grave."
    found = [_at(text, s, "ORG", "it") for s in ("Agenzia nazionale per la sicurezza", "ANS")]
    assert [m.text for m in common_abbreviations(text, found, "it")] == [
        "Agenzia nazionale per la sicurezza",
        "ANS",
    ]


def test_words_after_a_capitalised_head_finish_a_name() -> None:
    text = "Members of Partia wolności i demokracji (PWD) voted."
    found = [_at(text, "PWD", "ORG", "pl")]
    # Polish is the tagger's: its news marks such abbreviations; in a rules language the head decides
    assert [m.text for m in common_abbreviations(text, found, "pl")] == ["PWD"]
    assert [m.text for m in common_abbreviations(text, found, "ro")] == ["PWD"]


def test_where_the_tagger_recognises_a_spelt_out_abbreviation_stays() -> None:
    text = "Vláda schválila státní prostorový plán (SPP) včera."
    found = [_at(text, "SPP", "PRO", "cs")]
    assert [m.text for m in common_abbreviations(text, found, "cs")] == ["SPP"]
    assert [m.text for m in common_abbreviations(text, found, "ro")] == []


def test_a_latin_title_in_a_cyrillic_text_runs_on_over_its_capitalised_words() -> None:
    text = "Як повідомляє The Nordic Herald, уряд погодився. Про це пише Holmby Post Стефанові."
    found = [_at(text, "The Nordic", "PRO", "uk"), _at(text, "Holmby", "ORG", "uk")]
    got = whole_again(text, found, "uk")
    assert [(m.text, m.base) for m in got] == [
        ("The Nordic Herald", "The Nordic Herald"),
        ("Holmby Post", "Holmby Post"),
    ]


def test_a_latin_name_stops_at_a_comma_and_at_the_next_mention() -> None:
    # a headline run into the next sentence: its Cyrillic capital starts no Latin word
    text = "Про це написали The Nordic, Herald і Holmby Norvik учора. Видання Nordpost В середу мовчало."
    found = [_at(text, s, "ORG", "uk") for s in ("The Nordic", "Holmby", "Norvik", "Nordpost")]
    assert [m.text for m in whole_again(text, found, "uk")] == ["The Nordic", "Holmby", "Norvik", "Nordpost"]


def test_in_the_recogniser_a_cut_title_is_whole() -> None:
    text = "Як повідомляє The Sunday Herald, план розроблено офіцерами."
    assert ("The Sunday Herald", "PRO") in [(m.text, m.type) for m in find_in(text, 0, len(text), "uk")]


def test_a_ministry_cut_after_its_country_adjective_is_whole() -> None:
    text = "Au murit zece oameni, a anunțat Ministerul polonez pentru Situații de Criză, ieri."
    got = [(m.text, m.type) for m in find_in(text, 0, len(text), "ro")]
    assert ("Ministerul polonez pentru Situații de Criză", "ORG") in got


def test_a_verb_or_a_place_word_before_the_name_is_not_joined() -> None:
    text = "Guvernul anunță pentru Holmby Media că Ministerul polonez din Norvik Grad tace."
    found = [_at(text, "Holmby Media", "ORG", "ro"), _at(text, "Norvik Grad", "ORG", "ro")]
    assert [m.text for m in whole_again(text, found, "ro")] == ["Holmby Media", "Norvik Grad"]


def test_an_abbreviation_in_brackets_after_a_name_is_a_mention_of_its_own() -> None:
    text = "Това се посочва в доклад на Международната агенция за риболов (МАР) за пазара."
    found = [_at(text, "Международната агенция за риболов (МАР)", "ORG", "bg")]
    found[0].base = "Международна агенция за риболов (МАР)"
    got = whole_again(text, found, "bg")
    assert [(m.text, m.base, m.type) for m in got] == [
        ("Международната агенция за риболов", "Международна агенция за риболов", "ORG"),
        ("МАР", "МАР", "ORG"),
    ]
    assert [text[m.start : m.end] for m in got] == ["Международната агенция за риболов", "МАР"]


def test_a_number_or_a_word_in_brackets_stays_in_the_name() -> None:
    text = "Projekt Nordvik Stream (2) a Holmby (Norvik) jsou hotové."
    found = [_at(text, s, "PRO", "cs") for s in ("Nordvik Stream (2)", "Holmby (Norvik)")]
    assert [m.text for m in whole_again(text, found, "cs")] == ["Nordvik Stream (2)", "Holmby (Norvik)"]


def test_an_abbreviation_in_another_script_is_a_mention_of_its_own_too() -> None:
    # the audit rules want the whole name, no more (N2, S2; issue 16, rounds 25–26)
    text = "Според Европейската агенция за риболов (EFA) рибата е малко."
    found = [_at(text, "Европейската агенция за риболов (EFA)", "ORG", "bg")]
    assert [m.text for m in whole_again(text, found, "bg")] == ["Европейската агенция за риболов", "EFA"]
