"""Publishers named in the text: credit lines in more languages, lower-case agencies in datelines."""

from __future__ import annotations

import pytest

from storyline.ingest.outlet import find_outlet


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Der Bürgermeister eröffnete den Park.\n\nQuelle: Talbote Kurier", "Talbote Kurier"),
        ("Le maire a inauguré le parc.\n\nSource : Gazette du Val", "Gazette du Val"),
        ("El alcalde inauguró el parque.\n\nFuente: Diario del Valle", "Diario del Valle"),
        ("Il sindaco ha inaugurato il parco.\n\nFonte: Eco della Valle", "Eco della Valle"),
        ("Belediye başkanı parkı açtı.\n\nKaynak: Vadi Haber", "Vadi Haber"),
        ("Gradonačelnik je otvorio park.\n\nIzvor: Dolinski glas", "Dolinski glas"),
        ("Ο δήμαρχος εγκαίνιασε το πάρκο.\n\nΠηγή: Κοιλάδα Νέα", "Κοιλάδα Νέα"),
        ("Wali kota meresmikan taman.\n\nSumber : Kabar Lembah", "Kabar Lembah"),
        ("GRAZ (dpa) - Der Bürgermeister eröffnete am Freitag einen Park.", "dpa"),
        ("VADUZ/GRAZ (apa-wire) – Der Park ist offen.", "apa-wire"),
    ],
)
def test_publisher_lines(text: str, outlet: str) -> None:
    found = find_outlet(text)
    assert found is not None and found.name == outlet
    assert text[found.start : found.end] == outlet


@pytest.mark.parametrize(
    "text",
    [
        "Nobody knew (sic) - and nobody asked.",  # running text, no capitals-only place before it
        "(dpa) - a bracket at the start of a line, with no place",
        "The mayor (left) - and the governor - opened the park.",
    ],
)
def test_lower_case_brackets_outside_a_dateline_are_no_publisher(text: str) -> None:
    assert find_outlet(text) is None


def test_a_slashed_agency_before_a_dash_is_the_publisher() -> None:
    found = find_outlet("ВАРНА, 4 юни /ЗОРНА/ – Трима души са пострадали при пожар в пристанището.")
    assert found is not None and found.name == "ЗОРНА" and found.basis == "dateline"
    # "/ЕС/" after a word in running text is an abbreviation, dash or not
    assert find_outlet("Съветът на Европейския съюз /ЕС/ – според министъра – ще реши в четвъртък.") is None


def test_a_post_on_a_platform_credits_the_words_not_the_article() -> None:
    # "Source: <speaker> on Twitter" names where the quoted words were posted: the article's
    # outlet is not known from it (audit rounds 9–18: a quoted official's tweet as publisher)
    assert find_outlet("Текст новини.\nДжерело: Орвельська міська рада в Telegram\n") is None
    assert find_outlet("Text.\nSource: Mara Lindqvist on Twitter\n") is None
    found = find_outlet("Source: Plainfield Gazette\nText.\nSource: Mara Lindqvist on Twitter\n")
    assert found is not None and found.name == "Plainfield Gazette"
    assert find_outlet("Text.\nSource: Plainfield Gazette\n").name == "Plainfield Gazette"
    # the outlet is still found where the article says it otherwise
    found = find_outlet("ВАРНА, 4 юни /ЗОРНА/ – Текст.\nИзточник: Мара Линдквист в Twitter\n")
    assert found is not None and found.name == "ЗОРНА"
