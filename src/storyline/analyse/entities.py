"""Named-entity mentions with base forms.

Each passage goes to the best recogniser its language has:
- the trained tagger (``storyline.ner``: a CRF learned from annotated Slavic news, with natasha's
  opinion as a feature on Cyrillic text) for bg, cs, pl, ru, sl, uk and the languages close to
  them (sk, hr, bs, sr, mk, be, kk borrow a trained language's features);
- rules (``entity_rules``) for English and every other language, and whenever no model is
  installed.
Then the same clean-up for all: a span is extended over a company's legal form or a domain
(``entities_spans``), names that are general words in every language's list (months,
section headings) go, what is not a name or not the name it seems is dropped, trimmed or retyped
(``entities_hygiene``), and each base form gets one type per document. Last, relational adjectives
of countries ("азербайджанския", "the Azerbaijani") become mentions of the country (``adjectives``),
and possessive adjectives of a name the document gives ("Natovim") mentions of that name
(``entities_possessive``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from storyline import ner
from storyline.analyse import entities_common_phrases as common_phrases
from storyline.analyse import entities_hygiene as hygiene
from storyline.analyse import entities_phrases, shared
from storyline.analyse.adjectives import find_adjectives, foreign_adjectives_as_countries
from storyline.analyse.copyright_notices import notices_marked
from storyline.analyse.entities_abbreviated_branches import abbreviated_branches
from storyline.analyse.entities_acronyms import common_abbreviations
from storyline.analyse.entities_adjacent import join_adjacent_persons
from storyline.analyse.entities_aircraft_families import aircraft_families
from storyline.analyse.entities_aircraft_models import aircraft_models
from storyline.analyse.entities_airports import with_place_heads
from storyline.analyse.entities_ampersand import ampersand_names
from storyline.analyse.entities_article import without_english_article
from storyline.analyse.entities_before_people import split_before_people
from storyline.analyse.entities_bodies_in_bodies import split_bodies_in_bodies
from storyline.analyse.entities_body_nouns import with_body_nouns
from storyline.analyse.entities_boilerplate import without_boilerplate
from storyline.analyse.entities_bracket_tails import without_bracket_tails
from storyline.analyse.entities_brackets import abbreviations_spelled_out
from storyline.analyse.entities_buildings import buildings_as_places
from storyline.analyse.entities_chains import split_chains
from storyline.analyse.entities_coded import products_with_codes
from storyline.analyse.entities_companies import companies_named
from storyline.analyse.entities_compass import with_compass_adjectives
from storyline.analyse.entities_completed import read_completed
from storyline.analyse.entities_country_bodies import bodies_of_countries
from storyline.analyse.entities_country_codes import country_codes_as_places
from storyline.analyse.entities_court_places import courts_with_places
from storyline.analyse.entities_cut import whole_again
from storyline.analyse.entities_dashed import split_dashed
from storyline.analyse.entities_derived import is_derived
from storyline.analyse.entities_diseases import disease_abbreviations, diseases_as_events
from storyline.analyse.entities_english_tails import with_english_tails
from storyline.analyse.entities_facilities import facilities_as_places
from storyline.analyse.entities_feature_runs import with_feature_runs
from storyline.analyse.entities_features import with_feature_nouns
from storyline.analyse.entities_firms_named_once import firms_named_once
from storyline.analyse.entities_foreign_people import people_in_foreign_script
from storyline.analyse.entities_foreign_venues import foreign_venues
from storyline.analyse.entities_former_city_regions import former_city_regions
from storyline.analyse.entities_frequencies import frequencies_apart
from storyline.analyse.entities_fused import split_fused
from storyline.analyse.entities_generation import with_generation
from storyline.analyse.entities_genitive_article import with_genitive_articles
from storyline.analyse.entities_given_names import given_names_alone
from storyline.analyse.entities_head_first import with_head_first
from storyline.analyse.entities_heads import read_heads
from storyline.analyse.entities_hyphen_adjectives import hyphen_adjectives
from storyline.analyse.entities_hyphened_streets import hyphened_streets
from storyline.analyse.entities_job_titles import without_job_titles
from storyline.analyse.entities_joined import split_joined
from storyline.analyse.entities_kinds import read_kinds
from storyline.analyse.entities_known_places import whole_known_places
from storyline.analyse.entities_latin_bodies import latin_bodies
from storyline.analyse.entities_latin_places import latin_places_as_bodies
from storyline.analyse.entities_linked_places import split_linked_places
from storyline.analyse.entities_lists import list_types
from storyline.analyse.entities_lone_adjectives import without_lone_adjectives
from storyline.analyse.entities_loose import without_loose_words
from storyline.analyse.entities_makers import read_products
from storyline.analyse.entities_matter import with_listed_matter, with_matter
from storyline.analyse.entities_model_codes import without_model_codes
from storyline.analyse.entities_name_particles import with_name_particles
from storyline.analyse.entities_named_after import named_after
from storyline.analyse.entities_national_societies import national_societies
from storyline.analyse.entities_open_brackets import without_open_brackets
from storyline.analyse.entities_particle_places import particle_places
from storyline.analyse.entities_party_names import party_names
from storyline.analyse.entities_patron_initials import with_patron_initials
from storyline.analyse.entities_people_phrases import without_people_phrases
from storyline.analyse.entities_person_nouns import without_person_nouns
from storyline.analyse.entities_place_codes import codes_as_places
from storyline.analyse.entities_place_people import places_named_as_people
from storyline.analyse.entities_place_tails import without_place_tails
from storyline.analyse.entities_possessive import group_possessives, possessives
from storyline.analyse.entities_postcodes import without_postcodes
from storyline.analyse.entities_purpose import with_purpose_phrases
from storyline.analyse.entities_qualified_places import qualified_places
from storyline.analyse.entities_quoted import quoted_words
from storyline.analyse.entities_quoted_names import quoted_names
from storyline.analyse.entities_regions import with_region_nouns
from storyline.analyse.entities_seat import split_seats
from storyline.analyse.entities_seated import with_seats
from storyline.analyse.entities_second import second_pass
from storyline.analyse.entities_shared_noun import split_shared_noun
from storyline.analyse.entities_short_bodies import short_bodies
from storyline.analyse.entities_skill_tails import without_skill_tails
from storyline.analyse.entities_slashed import split_slashed
from storyline.analyse.entities_spans import whole_names, with_closing_quotes
from storyline.analyse.entities_spelled_back import names_spelled_back
from storyline.analyse.entities_surname_bodies import surnames_not_bodies
from storyline.analyse.entities_surname_places import surnames_not_places
from storyline.analyse.entities_table_places import table_places
from storyline.analyse.entities_titled_people import titled_people
from storyline.analyse.entities_treaty_articles import articles_as_products
from storyline.analyse.entities_weather import weather_as_events
from storyline.analyse.entities_works import works_as_products
from storyline.analyse.entity_rules import find_by_rules, lexicon
from storyline.analyse.glossed_terms import terms_marked
from storyline.analyse.offsets import SpanIndex
from storyline.analyse.possessed_nouns import possessed_marked
from storyline.analyse.quoted_headlines import headlines_marked
from storyline.analyse.sentence_phrases import phrases_marked
from storyline.analyse.truncated_words import truncated_marked
from storyline.ingest.source_names import known_source
from storyline.model import Analysis, Mention
from storyline.names import fold, given_name, is_place
from storyline.names.parts import Titles, case_stem, has_suffixes
from storyline.names.script import WORD
from storyline.ner import lemma_definite
from storyline.ner.lemma import document_words
from storyline.ner.lemma_via import base_via, via_lang

MIN_LETTERS = 2
TRAILING = ":;"  # punctuation no name ends with


def find_mentions(text: str, analysis: Analysis, published: date | None) -> list[Mention]:
    mentions: list[Mention] = []
    for p in analysis.passages or []:
        mentions += find_in(text, p.start, p.end, p.lang)
    mentions = possessives(group_possessives(text, harmonise_types(mentions)))
    # Passages do not overlap, so an adjective found in one cannot cover a word of the next: one
    # index of the names serves every passage.
    taken = SpanIndex((m.start, m.end) for m in mentions)
    for p in analysis.passages or []:
        mentions += find_adjectives(text, p.start, p.end, p.lang, taken)
    return sorted(mentions, key=lambda m: m.start)


def find_in(text: str, start: int, end: int, lang: str | None) -> list[Mention]:
    """Mentions in ``text[start:end]`` written in ``lang``."""
    model_lang = ner.tagger_lang(lang)
    recogniser = ner.recogniser() if model_lang else None
    words: set[str] | None = None

    def rebase(surface: str, etype: str) -> str:
        nonlocal words
        if recogniser is None:
            return lemma_definite.name_in_the_nominative(surface, etype, lang)
        if words is None:  # the tagger's own (``Recogniser.find``), when it read the same text
            chunk = text[start:end]
            words = shared.of(chunk).memo("document_words", lambda: document_words(chunk))
        via = base_via(recogniser.lemmatizer, surface, lang, etype, text[start:end])
        return via or recogniser.lemmatizer.base(surface, model_lang or lang or "", etype, words)

    found = whole_names(
        text, sorted(_recognise(text, start, end, lang, model_lang, recogniser), key=_at), end, lang, rebase
    )
    if model_lang:  # the tagger's types of names in another script than the passage's
        people_in_foreign_script(found, text, start, end, lang)
    aliases = ner.alias_table()

    def known(etype: str, base: str) -> bool:
        return aliases(etype, base, lang or "") is not None

    cleaned = hygiene.clean(text, found, lang, rebase, known, (start, end))
    cleaned = common_phrases.fixed(text, cleaned, lang, rebase)  # "Ibu Kota X", "facoltà di Medicina"
    cleaned = entities_phrases.check(text, cleaned, lang, rebase, known)
    cleaned = split_fused(text, cleaned, lang, rebase, known)
    cleaned = without_open_brackets(text, cleaned, rebase)  # "<Name> (<Original>": two names
    cleaned = split_seats(text, cleaned, lang, rebase, known)  # "<ABBR> в <City>": two names
    cleaned = split_bodies_in_bodies(text, cleaned, lang, rebase, known)  # "<Party> w <Parliament>"
    cleaned = without_postcodes(cleaned, rebase)  # "9201 <Town>": an address's code
    cleaned = with_genitive_articles(text, cleaned, lang, rebase)  # "<Body> a regiunii <Region>"
    cleaned = split_shared_noun(text, split_joined(text, cleaned, lang, rebase), lang, rebase)
    cleaned = common_abbreviations(text, whole_again(text, cleaned, lang), lang)
    cleaned = read_heads(text, cleaned, lang, rebase)
    cleaned = with_matter(text, read_completed(text, cleaned, lang), lang)
    cleaned = named_after(text, with_listed_matter(text, cleaned, lang, rebase), lang, rebase)
    cleaned = with_patron_initials(text, cleaned, lang, rebase)  # "<Institute> имени Н. Ф" | ". <Surname>"
    cleaned = with_name_particles(text, cleaned, rebase)  # "<Given>" | "фон дер" | "<Surname>": one name
    cleaned = hyphened_streets(text, cleaned, lang, rebase)  # "<Name>-стрит": one place
    cleaned = with_region_nouns(text, join_adjacent_persons(text, cleaned, rebase), lang, rebase)
    cleaned = with_feature_nouns(text, cleaned, lang, rebase, (start, end))  # "<Adjective> sea": a place
    cleaned = with_feature_runs(text, cleaned, lang, rebase)  # "<Adjective> main canal": a place
    cleaned = with_compass_adjectives(text, cleaned, lang, rebase)  # "vzhodne <Continent>": one place
    cleaned = with_body_nouns(text, cleaned, lang, rebase, (start, end))  # "<Adjective> court": a body
    # after the body nouns, which may start the name whose "za" phrase follows ("<Adjective> inštitut za …")
    cleaned = with_purpose_phrases(
        text, cleaned, lang, rebase, (start, end)
    )  # "Urad za <field in small letters>"
    cleaned = with_seats(text, cleaned, lang, rebase, (start, end))  # "Univerza v <Town>": one body
    cleaned = courts_with_places(text, cleaned, lang, rebase)  # "верховный суд <Country>": one body
    cleaned = split_slashed(text, cleaned, rebase)  # "<Firm>/<Firm>": two names
    cleaned = products_with_codes(text, cleaned)
    cleaned = [m for m in cleaned if " " in m.text or not is_derived(m, lang)]
    not_names = lexicon(lang).not_names  # again: a trimmed span may be one ("Szczepionka RNA" → "RNA")
    # again, as a split may leave one: a preposition ("В") cut from a place it opened a line with
    cleaned = [
        m for m in cleaned if fold(m.text) not in not_names and not hygiene.one_letter_word(m.text, lang)
    ]
    cleaned = quoted_words(text, cleaned, lang, rebase, (start, end))  # Ukrainian «<Company>»
    cleaned = quoted_names(text, cleaned, lang, rebase, (start, end))  # «<Adjective> <noun>-2»
    cleaned = latin_bodies(text, cleaned, lang, (start, end))  # "профсоюз пилотов <Name>": a body
    cleaned = titled_people(text, cleaned, lang, rebase, (start, end))  # "пророка <Name>": a person
    cleaned = given_names_alone(text, cleaned, lang, rebase, (start, end))  # "<Given>" of "<Given> <Surname>"
    again = second_pass(text, start, end, cleaned, lang, rebase)
    again = places_named_as_people(again, lang)  # "<Continent> <Surname>" where "<Surname>" is a person
    again = ampersand_names(text, again, rebase)  # "<Surname> & <Surname>": one firm
    # "<Topic> - <Bill's name>": two names, the topic typed as the pass found its other mentions
    again = split_dashed(text, again, rebase, known)
    again = split_chains(again, lang, rebase)  # "<Town>-<Town>-<Town>": a route's places
    again = split_linked_places(again, lang, rebase)  # "<Town> v <Region>": two places
    # "<Firm> <Given> <Surname>": the firm and the person
    again = split_before_people(again, lang, rebase, known)
    again = abbreviated_branches(text, again, lang, rebase)  # "<ABBR> <Country>": one body
    again = bodies_of_countries(text, again, lang, rebase)  # "<Red> križ <Country>-gen": one body
    # "МОЛ" of "тип МОЛ" found again in "МОЛ-овете" (the malls): a plural, no name
    named = companies_named(text, [m for m in again if not hygiene.acronym_plural(text, m, lang)], lang)
    named = firms_named_once(text, named, lang, known)  # "podjetje <Brand>" once, "<Brand>" after: the firm
    named = with_generation(text, named, lang)  # "<Given> <Surname> mladší": the son
    named = short_bodies(named, lang)  # "<Brand> Airways", then "<Brand>": the airline
    named = with_english_tails(text, named, lang, rebase)  # "<Town> Royal Infirmary": one body
    named = names_spelled_back(text, named, rebase, start)  # "<Noun> a <noun> <Country> (<ABBR>)": one body
    spelled = codes_as_places(text, abbreviations_spelled_out(text, named, start, end), lang)  # "w X (KRK)"
    spelled = without_bracket_tails(text, spelled)  # "<Body> (<Abbr>) RI": the name's own tail
    placed = country_codes_as_places(
        text, without_english_article(text, buildings_as_places(spelled, text, lang)), lang
    )
    placed = without_job_titles(text, placed, lang, rebase)  # "Editor-in-Chief of X" is X
    placed = without_person_nouns(placed, lang, rebase)  # "<Church> патриарх": the name ends there
    placed = without_people_phrases(placed, lang)  # "Britští lordi": British lords, no one's name
    kinds = read_kinds(text, foreign_adjectives_as_countries(placed, lang), lang)
    kinds = former_city_regions(text, kinds, lang)  # "regiunea <a renamed city's old name>"
    kinds = hyphen_adjectives(kinds, lang)  # Hungarian "<Name>-i": of <Name>
    kinds = without_loose_words(text, read_products(text, kinds, lang), lang)  # models, vaccines, desk codes
    kinds = aircraft_models(text, kinds, lang, (start, end))  # "<Maker>-737-800": one product
    kinds = aircraft_families(text, kinds, lang, (start, end))  # "<Maker> 737", then "the 737-800"
    kinds = works_as_products(text, kinds, lang)  # "<Name> Index", "indexů <Name>": works, products
    # "COPD" spelt out in small letters is a kind of illness, no name; "HIV" is an event
    typed = articles_as_products(diseases_as_events(disease_abbreviations(text, kinds, lang)))
    typed = with_head_first(text, typed, lang)  # "il ponte <Given> <Surname>": a place
    typed = with_place_heads(text, typed, lang, rebase)  # "letališče <Name>": the airport
    typed = facilities_as_places(typed, lang)  # "<Town> <hydro plant>": a structure
    typed = qualified_places(typed, lang)  # "Haut <Range>": no one's name
    typed = with_closing_quotes(text, typed)  # "<Abbr> «<Name>" ends at its mark
    typed = national_societies(text, typed, lang)  # "<Red Crescent> <Country>"
    typed = without_model_codes(typed)  # "<Airline> B787 <registration>": two names
    typed = foreign_venues(text, typed)  # "<Brand> city" in a Cyrillic text: a place
    typed = frequencies_apart(typed)  # "<Station> (107,1 FM)": the station's name is before the bracket
    typed = latin_places_as_bodies(text, typed, lang, (start, end))  # a Latin "<Town>a" in Cyrillic: a firm
    typed = weather_as_events(typed, lang)  # Spanish "la DANA": a storm, no town nor person
    typed = particle_places(text, typed, rebase)  # "chefe dos bombeiros de <City>": the city
    typed = without_skill_tails(typed, rebase)  # "<Product> Architecture": a skill; the product's name
    typed = party_names(text, typed, lang)  # "партии «<Name>»": a body
    typed = list_types(text, typed, lang, rebase)  # "<Firm>, <Firm> и <Firm>": one kind
    typed = whole_known_places(text, typed, lang, (start, end))  # "<Name>u ob <River>": the whole town
    # "<Town> 12 340 0,5 <Town> …": the labels of a table's rows, places
    typed = table_places(text, typed, lang, rebase, known, (start, end))
    typed = without_lone_adjectives(text, typed, lang)  # "Британский" | "премьер": a sentence's first word
    typed = without_place_tails(typed, lang, rebase)  # "<Country> транзит": the place alone
    typed = surnames_not_bodies(text, typed, lang)  # "<Given> <Surname>", then "<Surname>" typed a firm
    if recogniser is None:
        # no lemmatizer reads the language: a name's first word in an oblique case with its glued
        # article, or a name in the feminine genitive, is put in the nominative all the same
        # ("Barajului X": "Barajul X"), once its type is settled (a person's is left alone)
        typed = [
            replace(m, base=lemma_definite.name_in_the_nominative(m.text, m.type, lang))
            if m.base == m.text
            else m
            for m in typed
        ]
    # "Read also" before a link is page furniture, no name
    marked = phrases_marked(text, without_boilerplate(typed, lang, text))
    # a word cut by an ellipsis, "our University", a quoted headline: kept for recognition,
    # folded from the entity list
    marked = truncated_marked(text, terms_marked(text, marked))
    # a site's copyright footer under every article: its names are no news
    return notices_marked(text, headlines_marked(text, possessed_marked(text, marked)), lang)


def _at(m: Mention) -> tuple[int, int]:
    return m.start, -m.end


def _recognise(
    text: str,
    start: int,
    end: int,
    lang: str | None,
    model_lang: str | None,
    recogniser: ner.Recogniser | None,
) -> list[Mention]:
    if recogniser is None or model_lang is None:
        return find_by_rules(text, start, end, lang)
    lex = lexicon(lang)
    out = []
    via = via_lang(lang)  # a language whose tagger's language knows no cases takes a relative's (Serbian)
    for f in recogniser.find(text, start, end, model_lang):
        s0, base = f.start, f.base
        if via is not None:
            base = (
                base_via(recogniser.lemmatizer, text[f.start : f.end], lang, f.type, text[start:end]) or base
            )
        if f.type == "PER":
            s0, base = _without_titles(text, s0, f.end, base, lex.titles)
        for s1, e1, etype, base1 in _split_at_case(text, s0, f.end, f.type, base, lang):
            # a token the tagger read with its trailing colon ("Site.cz:" opening an interview's
            # question) is the name without it
            while e1 > s1 and text[e1 - 1] in TRAILING:
                e1 -= 1
                base1 = base1.rstrip(TRAILING)
            surface = text[s1:e1]
            if (
                sum(ch.isalpha() for ch in surface) < MIN_LETTERS
                or fold(surface) in lex.not_names
                or fold(base1) in lex.not_names
            ):
                continue
            out.append(Mention(s1, e1, surface, etype, base1, lang))
    return out


def _split_at_case(
    text: str, start: int, end: int, etype: str, base: str, lang: str | None
) -> list[tuple[int, int, str, str]]:
    """A span in a language with case endings ends at a word that carries one (Kazakh
    "Түркияның Анкара" is Turkey's Ankara: two names). Base forms there are the
    words as written less their endings: the tagger's base forms are learned from Slavic news."""
    if not has_suffixes(lang):
        return [(start, end, etype, base)]
    words = list(WORD.finditer(text, start, end))
    out = []
    first = 0
    for k, w in enumerate(words):
        head = [x.group() for x in words[first:k]]
        # a known outlet's last word with an ending ("<Agency> <Word>ге"): the outlet's own name
        # is the stem, whatever the ending's length (web pages round 12: an agency in the dative),
        # and where the tagger ran another name into it ("<Outlet> <Agency> <Word>ге") it begins
        # there, the name before it one of its own
        stem = case_stem(w.group(), lang, lambda s, head=head: _known(s) or _outlet_from(head, s) is not None)
        last = k == len(words) - 1
        if not last and stem == w.group():
            continue
        cut = _outlet_from(head, stem)
        if cut:  # the words before the outlet: a name as written
            out.append((words[first].start(), words[first + cut - 1].end(), etype, " ".join(head[:cut])))
            first, head = first + cut, head[cut:]
        name = " ".join([*head, stem])
        kind = "LOC" if is_place(name) else "ORG" if cut is not None else etype
        if name[:1].isupper():  # the tagger ran on into a common word ("… айтуынша")
            out.append((words[first].start(), w.end(), kind, name))
        first = k + 1
    return out or [(start, end, etype, base)]


def _known(word: str) -> bool:
    return is_place(word) or bool(given_name(word))


def _outlet_from(head: list[str], stem: str) -> int | None:
    """How many of the words ``head`` before ``stem`` precede the longest run that ends with
    ``stem`` and is a news agency, an outlet or a body of the shipped source list, by one of its
    names; None when no run is."""
    return next((i for i in range(len(head) + 1) if known_source(" ".join([*head[i:], stem]))), None)


def _without_titles(text: str, start: int, end: int, base: str, titles: Titles) -> tuple[int, str]:
    """A person's span and base form without the titles the tagger took in ("президент X")."""
    words = list(WORD.finditer(text, start, end))
    cut = 0
    while cut < len(words) - 1 and words[cut].group() in titles:
        cut += 1
    if not cut:
        return start, base
    base_words = base.split()
    return words[cut].start(), " ".join(base_words[cut:]) if len(base_words) > cut else text[
        words[cut].start() : end
    ]


def harmonise_types(mentions: list[Mention]) -> list[Mention]:
    """One type per base form in a document: the majority wins (a tagger sometimes calls a
    country a person once in a dozen). A place that is a person's surname the document names in
    full is the person first (``entities_surname_places``)."""
    mentions = surnames_not_places(mentions)
    votes: dict[str, dict[str, int]] = {}
    for m in mentions:
        key = fold(m.base or m.text)
        votes.setdefault(key, {}).setdefault(m.type, 0)
        votes[key][m.type] += 1
    for m in mentions:
        tally = votes[fold(m.base or m.text)]
        m.type = max(tally, key=lambda t: (tally[t], t == m.type))
    return sorted(mentions, key=lambda m: m.start)
