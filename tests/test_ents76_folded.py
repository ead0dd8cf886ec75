"""Round 33's non-names that BSNLP's gold marks, kept for recognition and folded from the entity list
(invented names throughout): a word an ellipsis cut short, a common noun capitalised after "our", a
quoted sentence standing as a headline."""

from __future__ import annotations

from entity_support import mention_at as _at
from storyline.analyse.entity_confidence import (
    POSSESSED_NOUN,
    QUOTED_HEADLINE,
    TRUNCATED_WORD,
    is_listed,
)
from storyline.analyse.possessed_nouns import possessed_marked, possessed_noun
from storyline.analyse.quoted_headlines import headlines_marked, quoted_headline
from storyline.analyse.truncated_words import truncated_marked, truncated_word
from storyline.model import Entity, EntityMention, Mention


def test_a_word_an_ellipsis_cuts_short_is_marked() -> None:
    text = "Dorvil предложи митнически режим между САЩ и Кана...\n\nЛондон. Обикновено …"
    cut = _at(text, "Кана", "LOC", "bg")
    assert truncated_word(cut, text)
    [m] = truncated_marked(text, [cut])
    assert m.kind == TRUNCATED_WORD and (m.text, m.type) == ("Кана", "LOC")


def test_a_whole_name_before_an_ellipsis_is_not() -> None:
    # a whole country, an abbreviation in capitals, a surname no country begins with
    for surface, tail in (("Канада", "..."), ("САЩ", "…"), ("Дорвилски", "...")):
        text = f"Митнически режим между Полша и {surface}{tail} Лондон."
        assert not truncated_word(_at(text, surface, "LOC", "bg"), text)
    # the same cut word with no ellipsis after it
    text = "Гостите от Кана пристигнаха."
    assert not truncated_word(_at(text, "Кана", "LOC", "bg"), text)


def test_a_common_noun_after_our_is_marked() -> None:
    text = "Szczepienia osób związanych z naszym Uniwersytetem prowadzi Centrum Medyczne Dorvil."
    noun = _at(text, "Uniwersytetem", "ORG", "pl")
    assert possessed_noun(noun, text)
    [m] = possessed_marked(text, [noun])
    assert m.kind == POSSESSED_NOUN


def test_a_name_after_our_is_not() -> None:
    # a name no everyday word spells, a place, a pronoun capitalised as a title's first word
    text = "Współpraca z naszym Dorvilexem trwa, jak w naszej Europie."
    assert not possessed_noun(_at(text, "Dorvilexem", "ORG", "pl"), text)
    i = text.index("Europie")
    assert not possessed_noun(Mention(i, i + 7, "Europie", "ORG", "Europa", "pl"), text)
    text = "Ruch „Nasza Uczelnia” złożył wniosek."
    assert not possessed_noun(_at(text, "Uczelnia", "ORG", "pl"), text)
    # the noun after another word
    text = "Umowę z Uniwersytetem podpisano wczoraj."
    assert not possessed_noun(_at(text, "Uniwersytetem", "ORG", "pl"), text)


def test_a_quoted_sentence_on_a_line_of_its_own_is_marked() -> None:
    text = (
        "Komisja za rewizją dyrektywy. „Strach i próba blokady gazociągu Dorvil 3”\n\nKomisja zatwierdziła."
    )
    quoted = _at(text, "Strach i próba blokady gazociągu Dorvil 3", "PRO", "pl")
    assert quoted_headline(quoted, text)
    [m] = headlines_marked(text, [quoted])
    assert m.kind == QUOTED_HEADLINE


def test_a_title_quoted_within_a_sentence_or_a_short_name_is_not() -> None:
    text = "Posłowie wzięli udział w marszu „Stop dla budowy gazociągu Dorvil”\n\nKomisja zatwierdziła."
    assert not quoted_headline(_at(text, "Stop dla budowy gazociągu Dorvil", "EVT", "pl"), text)
    text = "Rząd zatwierdził plan. „Gazociąg Dorvil 3”\n\nKomisja zatwierdziła."
    assert not quoted_headline(_at(text, "Gazociąg Dorvil 3", "PRO", "pl"), text)
    text = "Rząd zatwierdził plan. „Strach i próba blokady gazociągu Dorvil 3” – mówi minister."
    assert not quoted_headline(_at(text, "Strach i próba blokady gazociągu Dorvil 3", "PRO", "pl"), text)


def _entity(kinds: list[str | None]) -> Entity:
    mentions = [EntityMention(f"d{i}", 0, 4, "Kana", "Kana", "bg", kind) for i, kind in enumerate(kinds)]
    return Entity("e1", "LOC", "Kana", {"bg": ["Kana"]}, mentions)


def test_an_entity_of_such_mentions_alone_is_folded_from_the_list() -> None:
    for kind in (TRUNCATED_WORD, POSSESSED_NOUN, QUOTED_HEADLINE):
        assert not is_listed(_entity([kind]))
    # a mention of the kind joined to a name written whole elsewhere keeps the entity listed
    assert is_listed(_entity([TRUNCATED_WORD, None, None, None]))


def test_marks_leave_the_span_and_type_as_they_are() -> None:
    text = "z naszym Uniwersytetem"
    m = Mention(9, 22, "Uniwersytetem", "ORG", "Uniwersytet", "pl")
    [marked] = possessed_marked(text, [m])
    assert (marked.start, marked.end, marked.text, marked.type, marked.base) == (
        9,
        22,
        "Uniwersytetem",
        "ORG",
        "Uniwersytet",
    )


def test_ones_account_on_a_platform_and_a_word_in_small_letters_are_not() -> None:
    text = "Об этом он написал в своем Twitter и в своём Твиттере."
    assert not possessed_noun(_at(text, "Twitter", "PRO", "ru"), text)
    assert not possessed_noun(_at(text, "Твиттере", "PRO", "ru"), text)
    text = "Самолет прибира блокираните в Дорвил българи… или не."
    assert not truncated_word(_at(text, "българи", "PER", "bg"), text)
