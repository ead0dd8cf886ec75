"""Round 36's display names and merges (issue 16): a Cyrillic name with its Latin original in
brackets, a given-name table's spelling that changes a vowel the source wrote, an abjad's city by
its gazetteer name, another country's body by a learned alias, and a chamber of deputies said
without a country. Invented names throughout."""

from __future__ import annotations

from collections import Counter

from entity_support import linked, placed_in_order
from storyline.link.entity_index import EntityIndex


def test_a_cyrillic_name_and_its_latin_original_in_brackets_are_one_entity_shown_in_latin() -> None:
    from storyline.link.entities import record_name

    text = 'Протестът беше свикан от сдружението "Ронтинг фор дилвейн" ("Ronting for Dilvane"), съобщиха.'
    index = EntityIndex()
    found = [("Ронтинг фор дилвейн", "ORG"), ("Ronting for Dilvane", "ORG")]
    out = linked({"a": (text, placed_in_order(text, found, "bg"))}, index)
    assert out[("a", 0)] == out[("a", 1)]
    assert record_name(index.records[out[("a", 0)]]) == "Ronting for Dilvane"


def test_a_bracketed_latin_name_of_other_words_or_type_stays_apart() -> None:
    from storyline.link.script_glosses import transliterates

    assert transliterates("Ронтинг фор дилвейн", "bg", "Ronting for Dilvane")
    assert transliterates("Джелвин моторс", "bg", "Gelvin Motors")  # дж writes a Latin g
    assert not transliterates("Спасете сините риби", "bg", "Save blue fish")  # a translation
    text = "Компанията Ронтинг (Dilvania) обяви."
    out = linked({"a": (text, placed_in_order(text, [("Ронтинг", "ORG"), ("Dilvania", "LOC")], "bg"))})
    assert out[("a", 0)] != out[("a", 1)]
    text = "Полетите до Ронтиге (RTG) бяха отменени."  # a city and its airport's code
    out = linked({"a": (text, placed_in_order(text, [("Ронтиге", "LOC"), ("RTG", "LOC")], "bg"))})
    assert out[("a", 0)] != out[("a", 1)]


def test_a_given_name_table_does_not_change_a_vowel_the_source_wrote() -> None:
    from storyline.link.entities import display_name
    from storyline.names.given import press_spelling

    # у is u: the table's "Mohamadou" is a spelling of another vowel, no source's
    assert press_spelling("Mukhamadu") == "Mukhamadu"
    assert display_name(Counter({("Мухамаду Тарлинов", "bg"): 1}), "PER") == "Mukhamadu Tarlinov"
    # a consonant spelled letter by letter is still respelled, and ou still reads u
    assert display_name(Counter({("Ильхам Тарлинов", "ru"): 1}), "PER") == "Ilham Tarlinov"
    assert display_name(Counter({("Дъглас Тарлинов", "bg"): 1}), "PER") == "Douglas Tarlinov"


def test_an_abjad_city_is_shown_by_its_gazetteer_name_without_romanisation_marks() -> None:
    from storyline.link.entities import display_name

    # real cities (the gazetteer's), no text's: the letter-by-letter romanisation drops vowels
    assert display_name(Counter({("حماه", "ar"): 1}), "LOC") == "Hamah"
    assert display_name(Counter({("طرطوس", "ar"): 1}), "LOC") == "Tartus"
    assert display_name(Counter({("حلب", "ar"): 1}), "LOC") == "Aleppo"
    assert display_name(Counter({("اصفهان", "fa"): 1}), "LOC") == "Isfahan"
    assert display_name(Counter({("חיפה", "he"): 1}), "LOC") == "Haifa"


def test_a_learned_alias_of_another_country_s_body_is_no_display_name() -> None:
    from storyline.link.alias_countries import alias_abroad, alias_country
    from storyline.link.entities import display_name, shown_alias

    assert alias_country("ORG-Office-of-Dilvan-Affairs-UK") == "GB"
    assert alias_country("ORG-Ministry-of-Dilvan-Poland") == "PL"
    assert alias_country("ORG-Dilvan-Council") is None
    names = Counter({("ДКВ", "uk"): 3, ("ukrajinské ministerstvo dilvanů", "cs"): 1})
    assert alias_abroad("ORG-Office-of-Dilvan-Affairs-UK", names)
    assert shown_alias(names, "ORG", "ORG-Office-of-Dilvan-Affairs-UK") is None
    assert display_name(names, "ORG", None) == "DKV"
    # a generic ministry's abbreviation said alone is its language's country's
    assert alias_abroad("ORG-Ministry-of-Dilvan-UK", Counter({("МВС", "uk"): 1}))
    # names that say the alias's country, or no country at all (a name, no body), keep it
    assert not alias_abroad("ORG-Ministry-of-Dilvan-UK", Counter({("МВС Великобританії", "uk"): 1}))
    assert not alias_abroad("ORG-Office-of-Dilvan-Affairs-UK", Counter({("ДКВ", "uk"): 1}))
    assert not alias_abroad("ORG-Office-of-Dilvan-Affairs-UK", Counter({("Дилван офіс", "uk"): 1}))


def test_a_chamber_of_deputies_said_without_a_country_is_its_document_s_country_s() -> None:
    from storyline.names.concepts import concept_key

    assert concept_key("poslanska zbornica", "sl").generic
    assert concept_key("Poslanecká sněmovna", "cs").generic
    t1 = "Co říká místopředseda Poslanecké sněmovny Dalibor Rantl k situaci?"
    t2 = "Glasovanje v poslanski zbornici, kjer imajo torijci večino. Britanci so za Dilvana Rantla."
    docs = {
        "a": (t1, placed_in_order(t1, [("Poslanecké sněmovny", "ORG", "Poslanecká sněmovna")], "cs")),
        "b": (t2, placed_in_order(t2, [("poslanski zbornici", "ORG", "poslanska zbornica")], "sl")),
    }
    out = linked(docs)
    assert out[("a", 0)] != out[("b", 0)]
