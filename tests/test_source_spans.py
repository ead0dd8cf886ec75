"""A source's whole name where its sentence shows more than the recogniser took."""

from __future__ import annotations

from storyline.analyse.source_spans import complete_sources, whole_name
from storyline.analyse.text import split_sentences
from storyline.model import Analysis, FigureMention, Mention, QuoteMention


def mention(text: str, name: str, type_: str = "ORG", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention(start, start + len(name), name, type_, base=name)


def test_capitalised_words_right_before_an_organisation_are_its_name() -> None:
    text = "Nine were rescued, according to the State Rescue Service of the district."
    ms = [mention(text, "Rescue Service")]
    assert whole_name(text, ms, 0).text == "State Rescue Service"  # type: ignore[union-attr]


def test_the_first_word_of_a_sentence_another_name_and_a_possessive_stay_out() -> None:
    text = "Yesterday Rescue Service crews left."
    assert whole_name(text, [mention(text, "Rescue Service")], 0) is None
    text = "Nine were saved, Marlow's Rescue Service said."
    assert whole_name(text, [mention(text, "Rescue Service")], 0) is None
    text = "Nine were saved, said Marlow Rescue Service."
    ms = [mention(text, "Marlow", "LOC"), mention(text, "Rescue Service")]
    assert whole_name(text, ms, 1) is None


def test_a_linked_tail_up_to_a_place_is_part_of_the_name() -> None:
    text = "Le bilan est de 40 morts, selon le Service de radio et de télévision de Moldavie, publié jeudi."
    ms = [mention(text, "Service"), mention(text, "Moldavie", "LOC")]
    assert whole_name(text, ms, 0).text == "Service de radio et de télévision de Moldavie"  # type: ignore[union-attr]
    # a place after a preposition that joins nothing ("in") is where, not part of the name
    text = "Nine died, said the Harbour Office in Marlow."
    ms = [mention(text, "Harbour Office"), mention(text, "Marlow", "LOC")]
    assert whole_name(text, ms, 0) is None


def test_a_known_agency_is_never_widened() -> None:
    text = "Nine died, according to Dutch Reuters of Amsterdam."
    ms = [mention(text, "Reuters"), mention(text, "Amsterdam", "LOC")]
    assert whole_name(text, ms, 0) is None


def test_a_person_takes_the_initials_before_the_name() -> None:
    text = "Про це повідомив Б. Петренко. Він додав, що загинули двоє."
    ms = [mention(text, "Петренко", "PER")]
    whole = whole_name(text, ms, 0)
    assert whole is not None and (whole.text, whole.start) == ("Б. Петренко", text.index("Б."))
    text = "The crew of flight A. Smith reported nothing."
    assert whole_name(text, [mention(text, "Smith", "PER")], 0) is not None  # an initial, as written
    text = "They saw Smith."
    assert whole_name(text, [mention(text, "Smith", "PER")], 0) is None


def test_only_sources_are_completed_and_quotes_follow_their_speaker() -> None:
    text = (
        "Nine died, according to the State Rescue Service. The Port Authority was closed. B. Ivers said so."
    )
    ms = [mention(text, "Rescue Service"), mention(text, "Port Authority"), mention(text, "Ivers", "PER")]
    analysis = Analysis(lang="en", sentences=split_sentences(text), mentions=ms)
    analysis.figures = [FigureMention("dead", 9, 0, 9, "Nine died", source=0)]
    span = ms[2]
    analysis.quotes = [
        QuoteMention(spans=[(0, 9)], direct=False, speaker=2, speaker_text="Ivers", speaker_start=span.start,
                     speaker_end=span.end)
    ]  # fmt: skip
    out = complete_sources(text, analysis)
    assert [m.text for m in out] == ["State Rescue Service", "Port Authority", "B. Ivers"]
    assert analysis.mentions is not out and analysis.mentions[0].text == "Rescue Service"
    assert analysis.quotes[0].speaker_text == "B. Ivers"


def test_a_lower_case_word_opening_an_organisation_is_a_description_not_its_name() -> None:
    text = "Има 12 случая, съобщава мароканската Национална агенция по храните."
    name = "мароканската Национална агенция по храните"
    whole = whole_name(text, [mention(text, name)], 0)
    assert whole is not None and (whole.text, whole.base) == ("Национална агенция по храните",) * 2
    # an article that belongs to the name, and a head noun before another name, stay
    text = "Nine died, according to de Kaapse Krant."
    assert whole_name(text, [mention(text, "de Kaapse Krant")], 0) is None
    text = "Има 12 случая, съобщи варненският щаб на Агенцията."
    assert whole_name(text, [mention(text, "варненският щаб на Агенцията")], 0) is None
