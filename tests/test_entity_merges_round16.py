"""Wrong merges of audit round 16 (invented names and sentences; issue 16): an abbreviation read
off a country's abbreviation at the end of a long name, or off a word of the name spelt whole;
an inner vowel taken for a word's second letter; a longer word alike to a shorter one by its
beginning; a man's case form of a surname joined to the woman who bears it."""

from __future__ import annotations

from entity_support import linked as _linked
from storyline.link.acronym_fit import plain_fit, whole_words
from storyline.link.entity_index import abbreviates
from storyline.link.spelling_guards import longer_word
from storyline.link.surname_case import mans_form, not_hers
from storyline.model import Mention


def _m(text: str, etype: str, base: str, lang: str, start: int = 0) -> Mention:
    return Mention(start, start + len(text), text, etype, base, lang)


def test_a_capital_word_of_a_long_name_gives_all_its_letters_or_none() -> None:
    # the initials of "Urad za vode" and of the country's own abbreviation after it
    assert abbreviates("UVK", "Urad za vode KTR")
    assert not whole_words("UVK", "Urad za vode KTR", abbreviates)
    assert whole_words("UVK", "Urad za varstvo kulture", abbreviates)  # the plain initials
    assert whole_words("UVKTR", "Urad za vode KTR", abbreviates)  # the capital word whole
    assert whole_words("UVK", "URAD ZA VODE KRAJA", abbreviates)  # a headline's capitals tell nothing


def test_an_abbreviation_spelt_as_a_word_of_the_name_is_that_word() -> None:
    assert plain_fit("ZORA", "Zora Rudarska Akademija")  # Zo-R-A fits the letters
    assert not whole_words("ZORA", "Zora Rudarska Akademija", abbreviates)
    assert whole_words("ZORA", "Zemska Organizacija Rudarskih Agencij", abbreviates)


def test_an_inner_vowel_is_no_part_of_an_abbreviation() -> None:
    assert plain_fit("AZAL", "Azerbaijan Airlines")  # a consonant that begins a compound's part
    assert plain_fit("BCSA", "Baltic Cargo Station Agency")
    assert not plain_fit("BCEA", "Baltic Comerto Avia")  # the e from inside "Comerto"


def test_abbreviations_stay_apart_from_names_they_do_not_abbreviate() -> None:
    got = _linked(
        {
            "a": (
                "Urad za vode KTR ni odgovoril.",
                [_m("Urad za vode KTR", "ORG", "Urad za vode KTR", "sl")],
            ),
            "b": ("Po napovedih UVK bo sestanek.", [_m("UVK", "ORG", "UVK", "sl", 13)]),
            "c": ("Mówi ZORA.", [_m("ZORA", "PRO", "ZORA", "pl", 5)]),
            "d": (
                "Raport Zory Rudarskiej Akademii.",
                [_m("Zory Rudarskiej Akademii", "ORG", "Zora Rudarska Akademija", "pl", 7)],
            ),
        }
    )
    assert got[("a", 0)] != got[("b", 0)]
    assert got[("c", 0)] != got[("d", 0)]


def test_a_longer_word_is_not_a_spelling_of_a_shorter_one() -> None:
    assert longer_word("veronali", "veronalitat", "es")
    assert not longer_word("veronali", "veronalij", "es")  # a case ending
    assert not longer_word("veronali", "veronaly", "es")
    assert not longer_word("veronali", "veronaliovi", "cs")  # "-ovi", "-ski": a declining language's endings
    assert not longer_word("veronali", "veronaliski", "pl")
    assert longer_word("veronali", "veronalitat", "cs")  # no ending of the language: another word
    assert longer_word("kordan", "kordanas", "bg")  # two letters, no Bulgarian ending
    assert longer_word("kordan", "kordannia", "pl")  # an adjective in "-nia" is no ending of the noun
    assert not longer_word("kordanstvo", "kordanstvoto", "bg")  # the definite article
    assert not longer_word("kordan", "kordania", "sl")  # a foreign place's "-ija" (j dropped by the key)
    assert not longer_word("kordan", "kordanov", "pl")  # a plural name's genitive "-ów"
    got = _linked(
        {
            "a": (None, [_m("Veronali", "ORG", "Veronali", "sl")]),
            "b": (None, [_m("Veronalitat", "ORG", "Veronalitat", "es")]),
            "c": (None, [_m("Veronaly", "ORG", "Veronaly", "pl")]),  # a spelling variant still joins
        }
    )
    assert got[("a", 0)] != got[("b", 0)]
    assert got[("a", 0)] == got[("c", 0)]


def test_a_mans_case_form_of_a_surname_is_not_the_woman_who_bears_it() -> None:
    assert mans_form(_m("Markovićem", "PER", "Marković", "sl"))
    assert not mans_form(_m("Marković", "PER", "Marković", "sl"))
    assert not mans_form(_m("Markovićem", "PER", "Marković", "en"))  # no data: nothing decided
    # a woman's surname as written ("-owa"), its ending cut by a lemmatizer, is hers
    assert not mans_form(_m("Lipowa", "PER", "Lipow", "sl"))
    assert not_hers(_m("Kolbergiem", "PER", "Kolberg", "pl"), "Ewa Kolberg")
    assert not not_hers(_m("Kolbergiem", "PER", "Kolberg", "pl"), "Adam Kolberg")
    # a man's given name left in its genitive by a base form reads as a woman's in one list only
    assert not not_hers(_m("Kolberga", "PER", "Kolberg", "sl"), "Ronalda Kolberg")
    # a woman's surname that declines is not the man's surname its oblique form lemmatizes to
    assert not not_hers(_m("Сомовой", "PER", "Сомов", "ru"), "Анна Сомова")
    text = "Okužena je tudi Vesna Marković. Marković je igral. Srečal se je z Markovićem."
    mentions = [
        _m("Vesna Marković", "PER", "Vesna Marković", "sl", text.index("Vesna")),
        _m("Marković", "PER", "Marković", "sl", text.index("Marković je")),
        _m("Markovićem", "PER", "Marković", "sl", text.index("Markovićem")),
    ]
    got = _linked({"a": (text, mentions)})
    assert got[("a", 0)] == got[("a", 1)]  # the bare nominative may be hers: it tells nothing
    assert got[("a", 2)] != got[("a", 0)]  # the man's instrumental is not
    other = "Tenisač Luka Marković je zmagal. Z Markovićem je govoril trener."
    got = _linked(
        {
            "a": (text, mentions),
            "b": (
                other,
                [
                    _m("Luka Marković", "PER", "Luka Marković", "sl", other.index("Luka")),
                    _m("Markovićem", "PER", "Marković", "sl", other.index("Markovićem")),
                ],
            ),
        }
    )
    assert got[("b", 1)] == got[("b", 0)]  # a man's full name before it takes it


def test_a_word_cut_short_or_a_domain_is_not_a_longer_word() -> None:
    assert not longer_word("kordanska obl", "kordanska oblast", "en")  # a word abbreviated in a name
    assert not longer_word("veronali", "veronali.eu", "en")  # a domain after the name
