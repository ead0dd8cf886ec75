"""An abbreviation the passage spells out in brackets is its name's, wherever it is written."""

from __future__ import annotations

from storyline.analyse.entities import find_in
from storyline.analyse.entities_brackets import abbreviations_spelled_out
from storyline.model import Mention


def _m(text: str, surface: str, etype: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, etype, surface, "cs")


def test_the_bracket_and_its_later_uses_take_the_names_type() -> None:
    text = (
        "Požár v budově Přírodovědecké fakulty Univerzity Nordvik (PřF UN) vypukl ráno. "
        "Studenti PřF UN byli evakuováni."
    )
    name = _m(text, "Přírodovědecké fakulty Univerzity Nordvik", "ORG")
    # the tagger's reading: the two-letter part taken for a country, twice
    tagged = [name, _m(text, "UN", "LOC", 0), _m(text, "UN", "LOC", 1)]
    got = abbreviations_spelled_out(text, sorted(tagged, key=lambda m: m.start), 0, len(text))
    assert [(m.text, m.type) for m in got] == [
        ("Přírodovědecké fakulty Univerzity Nordvik", "ORG"), ("PřF UN", "ORG"), ("PřF UN", "ORG"),
    ]  # fmt: skip
    assert all(text[m.start : m.end] == m.text for m in got)


def test_a_bracket_that_is_not_the_names_initials_stays() -> None:
    for text, name, inner, etype in (
        ("Starosta města Holmby (Norsko) promluvil.", "Holmby", "Norsko", "LOC"),
        ("Zástupci Ministerstva zdravotnictví (WHO) jednali.", "Ministerstva zdravotnictví", "WHO", "ORG"),
        ("Ředitel Karel Nordvik (KDU) odstoupil.", "Karel Nordvik", "KDU", "ORG"),
    ):
        tagged = [_m(text, name, "ORG" if etype == "ORG" else "LOC"), _m(text, inner, etype)]
        assert abbreviations_spelled_out(text, tagged, 0, len(text)) == tagged


def test_short_lower_case_words_give_no_letter_and_a_word_may_give_two() -> None:
    text = "The Bank of Nordland (BoN) and the Nordic Maritime Union (NoMU) met. BoN agreed."
    bank = Mention(4, 20, "Bank of Nordland", "ORG", "Bank of Nordland", "en")
    union = Mention(
        text.index("Nordic"), text.index("Nordic") + 21, "Nordic Maritime Union", "ORG", None, "en"
    )
    got = abbreviations_spelled_out(text, [bank, union], 0, len(text))
    assert [m.text for m in got] == ["Bank of Nordland", "BoN", "Nordic Maritime Union", "NoMU", "BoN"]


def test_an_abbreviation_inside_a_longer_name_stays_that_names_part() -> None:
    text = "Univerzita Holmby (UH) oznámila, že nadace UH Fond Praha přispěje."
    name = _m(text, "Univerzita Holmby", "ORG")
    longer = _m(text, "UH Fond Praha", "ORG")
    got = abbreviations_spelled_out(text, [name, longer], 0, len(text))
    assert [m.text for m in got] == ["Univerzita Holmby", "UH", "UH Fond Praha"]


def test_through_the_recogniser() -> None:
    text = (
        "Střelba v budově Filozofické fakulty Univerzity Nordvik (FF UN) si vyžádala oběti. "
        "Policie po útoku na FF UN uzavřela okolí."
    )
    got = [(m.text, m.type) for m in find_in(text, 0, len(text), "cs") if "UN" in m.text]
    assert got == [("FF UN", "ORG"), ("FF UN", "ORG")]
