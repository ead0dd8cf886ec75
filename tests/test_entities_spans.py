"""Whole names: a company's legal form and a web address's domain belong to the name (invented
names)."""

from __future__ import annotations

from storyline.analyse.entities_spans import whole_names
from storyline.model import Mention


def _at(text: str, surface: str, etype: str) -> Mention:
    i = text.index(surface)
    return Mention(i, i + len(surface), surface, etype, surface, "sl")


def _spans(text: str, *found: tuple[str, str]) -> list[str]:
    mentions = sorted((_at(text, s, t) for s, t in found), key=lambda m: m.start)
    return [m.text for m in whole_names(text, mentions, len(text))]


def test_a_legal_form_and_the_words_before_it_join_the_company() -> None:
    text = "Direktor družbe Holmby Lesna Partner s.r.l. je dejal, da Nordvik GmbH ne bo plačal."
    got = _spans(text, ("Holmby Lesna", "ORG"), ("Partner", "PER"), ("Nordvik", "ORG"))
    assert got == ["Holmby Lesna Partner s.r.l.", "Nordvik GmbH"]


def test_a_domain_joins_an_outlet_but_not_the_next_sentence() -> None:
    text = "Kot poroča portal Brdovec.co.si, so odšli. Tudi Holmby.Potem so šli."
    assert _spans(text, ("Brdovec", "PRO"), ("Holmby", "ORG")) == ["Brdovec.co.si", "Holmby"]


def test_a_person_or_a_place_is_not_extended() -> None:
    text = "Nordvik AG je kupil Jan Holmby, AG pa je molčal."
    assert _spans(text, ("Nordvik", "LOC"), ("Jan Holmby", "PER")) == ["Nordvik", "Jan Holmby"]


def test_a_number_glued_to_a_name_or_after_its_hyphen_is_part_of_it() -> None:
    text = "Virus Nordvir-21 in cepivo NVX1002 ter Holmby-2, a Jan 2. ni."
    got = _spans(text, ("Nordvir", "EVT"), ("NVX", "PRO"), ("Holmby", "PRO"), ("Jan", "PER"))
    assert got == ["Nordvir-21", "NVX1002", "Holmby-2", "Jan"]


def test_a_date_at_the_end_of_a_name_is_cut_off_a_number_in_it_is_not() -> None:
    text = "Na Nordviškem sejmu leta 2014 je bil tudi Holmby 2, po memorandumu od 25. maja."
    got = [
        (m.text, m.base)
        for m in whole_names(
            text,
            [
                Mention(3, 29, "Nordviškem sejmu leta 2014", "EVT", "Nordviški sejem leta 2014", "sl"),
                _at(text, "Holmby 2", "PRO"),
            ],
            len(text),
            "sl",
        )
    ]
    assert got == [("Nordviškem sejmu", "Nordviški sejem"), ("Holmby 2", "Holmby 2")]


def test_a_generic_noun_left_alone_in_lower_case_is_no_name() -> None:
    from storyline.analyse.entities_generic import is_bare_generic

    assert is_bare_generic(["memorandumu"], "sl")
    assert not is_bare_generic(["memorandumu", "Nordvik"], "sl")


def test_a_hyphenated_first_part_and_an_abbreviation_before_a_name_join_it() -> None:
    text = "Strana Nord-Holmby a strana anti-Brdovec jednaly ve Wlk. Nordvii, řekl Dr. Holmby."
    got = _spans(
        text, ("Holmby", "ORG"), ("Brdovec", "ORG"), ("Wlk.", "LOC"), ("Nordvii", "LOC"), ("Holmby.", "PER")
    )
    assert got == ["Nord-Holmby", "Brdovec", "Wlk. Nordvii", "Holmby."]


def test_a_sentence_that_ends_in_an_acronym_or_a_name_is_no_abbreviation() -> None:
    text = "Rostl HDP. Nordvik Stream je hotov. Dal to Mei. Holmby pak odešel."
    assert _spans(text, ("Nordvik Stream", "PRO"), ("Holmby", "LOC")) == ["Nordvik Stream", "Holmby"]


def test_the_recogniser_cuts_a_date_off_a_name_in_the_passage_language() -> None:
    from storyline.analyse.entities import find_in

    text = "Po razpadu Sovjetske zveze leta 1991 so odšli."
    assert "Sovjetske zveze" in [m.text for m in find_in(text, 0, len(text), "sl")]


def test_a_parenthetical_in_lower_case_is_not_part_of_the_name_an_abbreviation_is() -> None:
    text = "Inštitut Holmby (v Nordviku) in Agencija za vode (AZV) sta objavila podatke."
    got = _spans(text, ("Inštitut Holmby (v Nordviku)", "ORG"), ("Agencija za vode (AZV)", "ORG"))
    assert got == ["Inštitut Holmby", "Agencija za vode (AZV)"]
    [m] = whole_names(text, [_at(text, "Inštitut Holmby (v Nordviku)", "ORG")], len(text))
    assert (m.start, m.end, m.base) == (0, len("Inštitut Holmby"), "Inštitut Holmby")


def test_a_preposition_before_a_cut_parenthetical_goes_with_it() -> None:
    text = "Poslanci so sprejeli Zakon Holmby o (izstopu iz) Unije."
    assert _spans(text, ("Zakon Holmby o (izstopu iz", "PRO")) == ["Zakon Holmby"]


def test_a_quotation_mark_without_its_pair_is_not_part_of_the_name() -> None:
    text = "Kapitan promu «Morska Zora» Ivo Dren je bil pridržan, poroča „Dnevni Glas“."
    assert _spans(text, ("Morska Zora»", "PRO"), ("Ivo Dren", "PER"), ("Dnevni Glas“", "ORG")) == [
        "Morska Zora",
        "Ivo Dren",
        "Dnevni Glas",
    ]
    # both marks of a pair stay, as the tagger found them
    assert _spans(text, ("«Morska Zora»", "PRO")) == ["«Morska Zora»"]


def test_an_ampersand_joins_the_two_halves_of_a_firm_s_name() -> None:
    text = "Delnice družbe Nordvik & Holmby so padle, Brdovec pa ne."
    assert _spans(text, ("Nordvik", "ORG"), ("Brdovec", "ORG")) == ["Nordvik & Holmby", "Brdovec"]
    assert _spans(text, ("Holmby", "ORG")) == ["Nordvik & Holmby"]  # the half before it too
    assert _spans(text, ("Nordvik", "PER")) == ["Nordvik"]  # a person's name is no firm's


def test_two_places_joined_by_an_ampersand_stay_two_names() -> None:
    text = "Talks between UK & EU go on."
    assert _spans(text, ("UK", "PRO")) == ["UK"]


def _pl(text: str, surface: str, etype: str = "ORG") -> list[str]:
    i = text.index(surface)
    return [
        m.text
        for m in whole_names(
            text, [Mention(i, i + len(surface), surface, etype, surface, "pl")], len(text), "pl"
        )
    ]


def test_a_body_s_head_before_a_lower_case_abbreviation_is_part_of_its_name() -> None:
    assert _pl("Obradowała Komisja ds. Rybołówstwa Bałtyckiego.", "Rybołówstwa Bałtyckiego") == [
        "Komisja ds. Rybołówstwa Bałtyckiego"
    ]
    # a sentence's first word and a title before the head are not the body's
    assert _pl("Wczoraj Komisja ds. Rybołówstwa obradowała.", "Rybołówstwa") == ["Komisja ds. Rybołówstwa"]
    assert _pl("Rzecznik Komisji ds. Rybołówstwa mówi.", "Rybołówstwa") == ["Komisji ds. Rybołówstwa"]
    # a post (a title of the language) is no body, and after "ds." an event is the matter
    assert _pl("Minister ds. Rybołówstwa mówi.", "Rybołówstwa") == ["Rybołówstwa"]
    assert _pl("Minister Komisji ds. Wyborów 2030 mówi.", "Wyborów 2030", "EVT") == ["Wyborów 2030"]


def test_an_ampersand_left_as_an_html_entity_still_joins_and_the_name_has_the_sign() -> None:
    text = "Акции Nordvik &amp; Holmby выросли."
    i = text.index("Nordvik")
    got = whole_names(text, [Mention(i, i + 7, "Nordvik", "ORG", "Nordvik", "ru")], len(text), "ru")
    assert [(m.text, m.base) for m in got] == [("Nordvik &amp; Holmby", "Nordvik & Holmby")]


def test_a_head_the_tagger_found_alone_joins_the_body_after_its_abbreviation() -> None:
    text = "Przyjechała delegacja Komisji ds. Rybołówstwa Bałtyckiego."
    found = [_at_pl(text, "Komisji"), _at_pl(text, "Rybołówstwa Bałtyckiego")]
    assert [m.text for m in whole_names(text, found, len(text), "pl")] == [
        "Komisji ds. Rybołówstwa Bałtyckiego"
    ]


def _at_pl(text: str, surface: str) -> Mention:
    i = text.index(surface)
    return Mention(i, i + len(surface), surface, "ORG", surface, "pl")


def test_a_head_found_with_its_abbreviation_joins_the_body_after_it() -> None:
    text = "Przyjechała delegacja Komisji ds. Rybołówstwa Bałtyckiego."
    found = [_at_pl(text, "Komisji ds."), _at_pl(text, "Rybołówstwa Bałtyckiego")]
    assert [m.text for m in whole_names(text, found, len(text), "pl")] == [
        "Komisji ds. Rybołówstwa Bałtyckiego"
    ]


def test_a_name_ends_before_a_trailing_colon() -> None:
    # a tagger that learned one annotated "Site.cz:" reads the colon of an interview's question in
    from storyline.analyse.entities import _recognise
    from storyline.ner import Found

    text = "Situace se zlepšuje, míní Karel Dvořák.\nZpravy.cz: Kolik případů jste evidovali?"
    at = text.index("Zpravy.cz:")

    class Tagger:
        def find(self, text: str, start: int, end: int, lang: str) -> list[Found]:
            return [Found(at, at + len("Zpravy.cz:"), "ORG", "Zpravy.cz:")]

    found = _recognise(text, 0, len(text), "cs", "cs", Tagger())  # type: ignore[arg-type]
    assert [(m.text, m.base) for m in found] == [("Zpravy.cz", "Zpravy.cz")]
