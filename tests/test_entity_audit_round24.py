"""Round 24's entity types, spans and junk, with other names than the audit's (invented
throughout): an honorific makes a person, a structure's noun before a name makes a place, a
platform is never a place, a religious title is cut like "President", an abbreviation's full stop
ends no sentence, a one-letter preposition is no name."""

from __future__ import annotations

from storyline.analyse import entities_hygiene as hygiene
from storyline.analyse.entity_rules import lexicon
from storyline.model import Mention


def _at(text: str, surface: str, etype: str, lang: str) -> Mention:
    i = text.index(surface)
    return Mention(i, i + len(surface), surface, etype, surface, lang)


def _clean(text: str, *mentions: Mention, lang: str, known: str | None = None) -> list[tuple[str, str]]:
    got = hygiene.clean(text, list(mentions), lang, lambda s, _t: s, lambda t, _b: t == known)
    return [(m.text, m.type) for m in got]


def test_an_honorific_makes_a_person_whatever_the_tagger_said() -> None:
    text = "Самолетът е ремонтиран, уточни г-н Белодолов пред медиите."
    assert _clean(text, _at(text, "Белодолов", "PRO", "bg"), lang="bg") == [("Белодолов", "PER")]
    # a learned table that knows the name as a product does not undo it
    text = "Това каза господин Мраморов вчера."
    assert _clean(text, _at(text, "Мраморов", "PER", "bg"), lang="bg", known="PRO") == [("Мраморов", "PER")]
    text = "Jak powiedziała pani Zawiślak, lot odwołano."
    assert _clean(text, _at(text, "Zawiślak", "ORG", "pl"), lang="pl") == [("Zawiślak", "PER")]
    text = "The statement was read by Mr. Quelchbury on Tuesday."
    assert _clean(text, _at(text, "Quelchbury", "PRO", "en"), lang="en") == [("Quelchbury", "PER")]
    # no honorific: the type stays
    text = "The statement was read at Quelchbury on Tuesday."
    assert _clean(text, _at(text, "Quelchbury", "PRO", "en"), lang="en") == [("Quelchbury", "PRO")]


def test_an_honorific_is_cut_from_the_name_like_a_title() -> None:
    assert "г-жа" in lexicon("bg").titles
    assert "Господин" in lexicon("bg").titles
    assert "Ayatollah" in lexicon("en").titles
    assert "Sheikh" in lexicon("en").titles


def test_a_structure_before_a_name_makes_it_a_place() -> None:
    text = "Тој вчера ја отвори браната Бели Камен на реката."
    assert _clean(text, _at(text, "Бели Камен", "PER", "mk"), lang="mk") == [("Бели Камен", "LOC")]
    text = "Тие го поминаа мостот Стари Вардар."
    assert _clean(text, _at(text, "Стари Вардар", "PER", "mk"), lang="mk") == [("Стари Вардар", "LOC")]
    text = "Водата в язовира Белмекен спадна."
    assert _clean(text, _at(text, "Белмекен", "PER", "bg"), lang="bg") == [("Белмекен", "LOC")]
    # a person after a verb stays a person
    text = "Тој вчера го пречека Бојан Стојков."
    assert _clean(text, _at(text, "Бојан Стојков", "PER", "mk"), lang="mk") == [("Бојан Стојков", "PER")]


def test_a_platform_is_never_a_place() -> None:
    text = "Το ανακοίνωσε στο Telegram ο εκπρόσωπος."
    assert _clean(text, _at(text, "Telegram", "LOC", "el"), lang="el") == [("Telegram", "PRO")]
    text = "Napisał o tym na Facebooku minister."
    assert _clean(text, _at(text, "Facebooku", "LOC", "pl"), lang="pl") == [("Facebooku", "PRO")]
    # a place that only starts like one is a place
    text = "Wrócił do Telegrafowa wczoraj."
    assert _clean(text, _at(text, "Telegrafowa", "LOC", "pl"), lang="pl") == [("Telegrafowa", "LOC")]


def test_an_abbreviation_s_full_stop_ends_no_sentence() -> None:
    # "szkocki" in lower case elsewhere would make the adjective a common word at a sentence's start
    text = "Ten szkocki rząd otworzył tzw. Walijski Dom w stolicy, a walijski minister był obecny."
    got = _clean(text, _at(text, "Walijski Dom", "LOC", "pl"), lang="pl")
    assert got == [("Walijski Dom", "LOC")]
    assert hygiene._starts_sentence(text, text.index("Walijski"), "pl") is False
    text = "Rząd obradował. Walijski minister był obecny."
    assert hygiene._starts_sentence(text, text.index("Walijski"), "pl") is True


def test_a_one_letter_preposition_is_no_name() -> None:
    text = "Ответы на вопросы В Тарновской области началась вакцинация."
    assert _clean(text, _at(text, "В", "LOC", "ru"), lang="ru") == []
    assert hygiene.one_letter_word("W", "pl")
    assert hygiene.one_letter_word("И", "ru")
    # a letter that is no such word may be a name's (an outlet's "Е", a brand's "X")
    assert not hygiene.one_letter_word("Е", "bg")
    assert not hygiene.one_letter_word("X", "en")


def test_the_polite_you_before_a_body_or_a_place_is_no_honorific() -> None:
    # Polish "pan"/"pana" is also "you": "what would you wish <airline>", "according to you <country>"
    text = "Czego życzyłby pan Nordair na ten rok?"
    assert _clean(text, _at(text, "Nordair", "ORG", "pl"), lang="pl", known="ORG") == [("Nordair", "ORG")]
    text = "Czyli według pana Ukraina powinna zmienić plan?"
    assert _clean(text, _at(text, "Ukraina", "LOC", "pl"), lang="pl") == [("Ukraina", "LOC")]


def test_a_place_noun_right_before_a_person_s_name_makes_a_place_named_after_them() -> None:
    # web pages round 1: a street, a bridge and an airport named after people were typed PER
    text = "A ocorrência foi registrada na rua Amélia Corvelo, perto da escola."
    assert _clean(text, _at(text, "Amélia Corvelo", "PER", "pt"), lang="pt") == [("Amélia Corvelo", "LOC")]
    text = "El emblemático puente Tomás Arrieta se derrumbó anoche."
    assert _clean(text, _at(text, "Tomás Arrieta", "PER", "es"), lang="es") == [("Tomás Arrieta", "LOC")]
    text = "Авион је полетео са аеродрома Милош Карановић у Нишу."
    assert _clean(text, _at(text, "Милош Карановић", "PER", "sr"), lang="sr") == [("Милош Карановић", "LOC")]
    # a sentence that ends on a place noun says nothing of the next one's first name
    text = "Chegou à cidade. Amélia Corvelo disse que ficará."
    assert _clean(text, _at(text, "Amélia Corvelo", "PER", "pt"), lang="pt") == [("Amélia Corvelo", "PER")]
    text = "Segundo a ministra Amélia Corvelo, a ponte reabre amanhã."
    assert _clean(text, _at(text, "Amélia Corvelo", "PER", "pt"), lang="pt") == [("Amélia Corvelo", "PER")]
    # a title before the place noun: the place's spokeswoman, director …, a person
    text = "Podle mluvčí letiště Hany Vránové se jednání protáhne."
    assert _clean(text, _at(text, "Hany Vránové", "PER", "cs"), lang="cs") == [("Hany Vránové", "PER")]
    text = "Disse o diretor do aeroporto Amélia Corvelo aos jornalistas."
    assert _clean(text, _at(text, "Amélia Corvelo", "PER", "pt"), lang="pt") == [("Amélia Corvelo", "PER")]
