"""analyse: everything storyline finds in ONE document — a pure function of the text.

Each analyser is a small function ``find_*(text, analysis, published)`` that reads what earlier
analysers put on the ``Analysis`` (sentences, mentions, time expressions …) and returns its own
findings. No database, no global state beyond lazily loaded models, so the same call runs in
process, in a process pool or on a Dask worker, and its result can be cached by the text's hash.
"""

from __future__ import annotations

from typing import Any

from storyline.analyse.text import lang_at  # first: the analysers import it from here

__all__ = ["analyse", "lang_at", "PIPELINE", "ANALYSER_VERSION"]

ANALYSER_VERSION = "30"  # 3: languages beyond the Slavic ones (names, dates, events, figures), lead vectors;
# 4: event confidence and clause-bound participants, concept keys, second recognition pass, outlets as ORG
# 5: events dated from their own clause, figures of speech not listed, learned base-form edits that cut only
# their own letters, outlets typed by context, time expressions anchored by their first characters
# 6: other senses and non-happenings of events, generic nouns and whole spans of names, base forms from
# the language's word list, sources that report and agencies that relay, source names made whole
# 7: events listed by a learned model and fields only from the happening's clause, multiword base forms that
# agree, outlets and products apart, speakers that agree with the verb's gender
# 8: what governs the happening's clause (calls, rumours, negated wishes, abstract senses), base forms from the
# document's own case forms and hyphenated compounds, a vehicle noun types its name, merges that need evidence
# 9: occasions prepared, ahead or counted are no happenings; a court's application is no statement; base forms
# of head nouns and compound adjectives; a name's number joins it; a cause needs a happening to explain
# 10: general talk, "in case of", ruled-out votes and a series' earlier crash are no dated happenings; a
# year its date wraps never counts and "two hundreds" multiply; Bulgarian short articles, plural place names;
# a city written with its own accents is the city (Brasília)
# 11: advice, dangers, purposes and campaigns for a happening are none; abstract subjects meet nobody;
# parties cut at '&' or a hyphen dropped; foreign names weighed by English frequency, hyphen endings; titles,
# demonyms and fused settlement-region spans are no names; a body's staff (pilots, employees) is not its voice
# 12: relative clauses, counted calls, norms and a continent's happenings are none at a time; a meeting before a
# vote is not the article's day; surnames the passage names in full, two names run together split, company
# nouns type names; tickers, German common nouns and English glosses are no names; vowels and web addresses kept;
# hypothetical or averaged happenings and opinions asked for are none
# 13: rates, habits and a negotiator are no happenings, a filed application no statement; a day said of the
# publishing is not the happening's, a year's ordinal ending completes its month, a text's own "today" anchors
# it; an organisation's abbreviation spelled out in brackets is its own, Latin titles in Cyrillic text whole,
# a ministry after its head noun whole; surnames in the given name's case, adjective-formed place names kept;
# a happening in a town's centre is in the town
# 14: talks under way, initiatives and fire adjectives are no happenings, the outlet one talks to is no speaker,
# "hours after" is no article day, a place "near X" is said so; division words make places, a country's people
# are the country, outlet nouns and streets' words read; a sentence's feminine verb keeps a woman's name,
# hyphenated names and compound adjectives agree, equal dictionary readings by frequency; a square's noun after
# its name (cs 'náměstí', sl 'trg') is part of it
# 15: a prepositional-only last word declines a foreign name, comparative epithets (Jr.) keep their form,
# adjectives after an indeclinable head and after a conjunction agree, unknown heads take no genitive
# complement; German common nouns after "in" are no places, embassy words make organisations, a division
# word before a name makes a place
# 16: figurative explosion and crash verbs, compiled statements, present-tense examples and superlatives of
# many are no happenings; a state body's noun makes an organisation, a listed river after "the" a place,
# "university in X" and "plan <surname>" whole, a country's government the country, a surname spelt as a
# place the person; acronym-led hyphenated names decline, a place's vowel case by the gazetteers, one-word
# places as nouns, a Bulgarian masculine noun before its short article, foreign names in -еа kept, Czech -o
# names' genitive; a source line crediting a post on a platform names no publisher
# 17: a body's name goes on over its matter after a preposition ("служба … по чрезвычайным ситуациям"); a
# Bulgarian "in a position to" is no happening; Bulgarian short articles never leave a vowel stem, a name's
# first adjective loses its plural article, Slovene possessives and -o given names, ru/uk hyphenated
# adjectives and women's oblique given names, epithets after a name (junior) in the nominative, gazetteer
# places and English last words kept; a capitalised German word the word list inflects as a common noun is no
# name alone; plural media nouns mark both outlets of a pair; two one-word persons side by side that read as a
# given name and a surname are one name; a body's matter only after a body's head and not "for reasons of";
# Czech women's given names before a feminine surname and foreign ones in -i kept, a Bulgarian article after
# a "-й" noun the document writes, Polish places read in small letters; shaking someone is no earthquake,
# lashing out no collapse, "the coming week" ahead, lower-case phrases no participants, a happening dated
# by a list of three days takes none; a body's head before "ds." joins its matter, treaties are products, a
# hall or arena a place, two places joined by a hyphen a route, a platform before a name apart, a place after a
# media word (fa, ar) the outlet
# 18: a person in an oblique case after a vehicle noun is its owner; a Latin-script given name and a surname of the
# region's shape in a Cyrillic passage a person; an official name joined by "and" one name; time zones no names;
# English place words type places in every Latin-script language; a body named after a person ("им. X") takes its
# head; a ministry's listed matters are its name; a possessive adjective of a named bearer is its mention (sl, hr);
# a credit line names an outlet; a count noun before a trigger ("the number of attacks") is habitual; a collapse in
# a sentence naming an aircraft a crash; a remembered happening takes no place before it; a name's word read as a
# verb form takes no lemma from it; foreign names as written; adjectives after their noun agree; hyphenated names
# with a small-letter part decline at the end; plural place names; a known place before its complement
# (then round 23's:) a quarrel that breaks out is no explosion; a "read also" teaser no happening; a town spelt with
# the accents of the language's country is that town; Slovene "j" before a short foreign name's ending; a one-word
# place spelt as a city's own name is its nominative; villas, towers, palaces are places; demonyms of countries
# (ru/bg/uk) stay persons and join the country; a tagger's span ends before a trailing colon
# 19: honorifics make persons and are cut like titles; platforms are products; a "person" after a place noun
# in small letters is a place named after someone; one-letter prepositions, credit-line words, a headline's
# lone place noun and air-defence abbreviations are no names; German everyday nouns after an article, number
# or adjective are none, describing nouns before a name and after a genitive name are cut; country
# abbreviations and a state's code in brackets are places, a place after a media word the outlet, a region
# word before a name a place, "X City Hall" one venue, a leading "The" cut from a body; Slovene home places as
# written, a city after a case-demanding preposition read in a case, acronym plurals after a hyphen, plural
# country names in a case; a perfective future and a letter of resignation are no happenings, a place that
# opens a list of three before the trigger places none; Indonesian time zones (WIB) and WNI (citizens) no names
# 20: an outlet after a channel/portal word (and its qualifiers), model designations and "<maker> <number>"
# products, aid societies (Red Cross/Crescent) bodies, a "person" opening with a country or big city a place;
# page furniture ("Read also"), elided articles before a common noun and English everyday words on another
# language's page are no names; a body's name goes on over "for"/"and", a region adjective takes its region
# noun, a model code its product, a possessive before "group" names the group; glued initials, a noun with
# a number, gazetteer places whose cut forms are nothing, Czech/Slovak possessive street names and English
# country adjectives in a Slavic text take their right base forms
# (and ents43) plural demonyms and sentence-start common phrases are marked (folded from the list),
# diseases and viruses typed EVT, a treaty article with its number PRO
# (and ents45, ents47) a US state code after "City, " a place, "Air <place>" airlines and "Greater <city>"
# regions, job titles and "<country> <title>" cut, quoted titles of bodies run on over a full stop;
# Serbian base forms through the Slovene table, Polish "<given>a X-skiego" a man's; pilots and flight
# attendants counted are parts of the crew
# 21: a name and its bracketed abbreviation two mentions (and a speaker's phrase ends before it); an acronym's
# possessive after a hyphen has the acronym for base; "Ibu Kota X" names X, a field of study after a faculty
# word no name, a transliterated name cut at its "of" takes the word before; feminine consonant nouns (oblast)
# agree, an English name's silent -e and a fleeting vowel come back, slash names and an own name before an
# English word decline apart, Hungarian -t after -j comes off; (ents50) airline words make an ORG, a "person"
# opening with a dam/place noun a place, military-district abbreviations bodies, a post's signer before its
# @handle a person, a reporting verb makes an outlet only with no punctuation between
# 22: (ents56) "<Maker> <Model>" and a name in apposition to a vaccine or a flagged vehicle noun products,
# a news agency's desk codes no names, a German one-word capitalised noun after article + adjective no place,
# an acronym's glued place and a person-named bridge's city cut off, "<Name> State" a place, Greek building
# words, a Polish office title before an acronym the acronym; (base24) Romanian "-ului" of a head noun,
# Greek feminine genitive phrases, a neighbour country's place ending in Czech, a hyphenated foreign word's
# first part, English "-shire"/"-more" names, a Russian man's oblique first name before an indeclinable
# surname; (ents53) whole-word ministry abbreviations in the concept lexicons, Al Jazeera's Persian spelling
# 23: (events29) refusals read as negated and obligations as unreal happenings, Polish/Czech/Slovak perfective
# futures ahead; (base25) acronyms with a small letter inside kept whole, Polish silent-e given names in -iem,
# Czech feminine -še nouns, Slovene countries in apposition after 'republika', foreign names in their English
# nominative; (ents57, ents60) a doubled plural no name, a bridge/road/street named after a person with its head
# noun a place, power plants by their kind's abbreviation places, 'Upper/Haut/Alto <X>' places, a quotation's
# closing mark kept, an aid society's country after it, airline + model code + registration split, '<Brand> city'
# in another script a venue, Hungarian '-i' adjectives, regions named by a renamed city's old name, a building
# noun before a body's name a place, Romanian oblique articles and Greek feminine genitives of rule-read names;
# (ents59) an abbreviation spelt out as a disease's words a kind of illness; (base26) a Ukrainian unknown place's
# soft sign, a Polish title in apposition in the head's case, a Slovene woman's double-barrelled surname
# 24: (figs40) a number whose own counted noun names no people is no part of a toll, presumed deaths are
# missing, area nouns are units; (base27) a multiword name's words agree in the nominative (Czech nouns after
# nominative adjectives, Polish adjectives after the head, a first word that is a common noun the head, countries
# as heads, ordinals); (ents63) outlet cues shown ORG, a Latin name after another script's company word a company,
# compound-country demonyms, Arabic nisba words no towns, Serbian city areas places; (ents64) a generational
# word after a full name kept, an abbreviation fused with its seat split, a Romanian genitive article inside a
# body's name, Romanian feminine definite heads and their adjectives, a firm after its kind noun kept whole
# 25: (rec41) "<Adjective> sea/strait/kingdom/region" one place, two names joined by a slash two mentions;
# (gen41) the father's generational words apart from the son's, a lone "Jr" taken into the name, "II"/"III"
# after a full name a generation, Bulgarian articled numerals kept; (ents66) agency/outlet kind nouns keep the
# name after them, a leading postal code cut, an outlet after a spaced dash; (ents67) Slovene soft adjectives,
# a given name before an initial, names joined by "&"/"+", coordinated plural adjectives, hyphenated
# adjectives declined before a noun; (ents68) a declined person after a company noun stays a person, a name
# after a legal form a company, an acronym's hyphenated plural no name, Slovene media word cases; (events41)
# sentences read on over abbreviations, applications no statements, hoped-for meetings, habitual attacks
# 26: (rec42) a numbered "place" no gazetteer knows is a product, a quoted capitalised word a body (uk, bg),
# two places run together split where one is a country, region adjectives' locative endings; (ents70) base
# forms of hyphenated places, Slovene region adjectives, Italian "-i" surnames, unlisted men's given names;
# (ents71) a seat after an unknown head split off, "<word> - <name>" two names, glossed foreign terms;
# (ents72) "US" kept before a body's name; (ents73) a country abbreviation alone a place, transcribed given
# names in a case; (events42) negotiations headed no meeting, attackers no attack, "the largest known" habitual
# 27: (rec43) sl compass adjectives before a place, a body's "za" phrase, trade unions; (rec44) a cut legal form
# made whole, a person's noun ends a body's name (ru, uk); (rec45) uk quoted names of several words, a capitalised
# adjective + body noun, Latin-script "places" no gazetteer knows are firms; (ents74) agreeing adjectives and
# epithets in the nominative, clipped-prefix bodies, glued two-letter initials, building words, bracketed place
# codes; (ents76) "our <noun>", quoted headlines and words cut by an ellipsis folded, a summit's noun kept,
# frequencies out of base forms, continents places; (ents77) "New <X>" a city of its own, a woman's
# indeclinable given name keeps her surname, country adjectives of stem-sharing countries
# 28: (ents79) Czech feminine genitive complements kept, ru/uk heads in the nominative singular, names sharing a
# plural noun, sl adjectives sharing a sea's noun, written-out power plants, no letter inserted by a learned edit;
# (ents80) copyright notices and city inhabitants folded, "My <Company>" a product, chains of shops ORG, weather
# systems EVT, Arabic-script foreign given names; (rec46) sl bodies by adjective, seat, abbreviation, short name,
# airports; (rec47) ru courts with their place, adjective + body noun, Latin "people" in Cyrillic text firms,
# unclosed brackets, "X & Y"
# 29: (rec48) sl tables of places, hyphen chains and linked places apart, a name run into a person's split,
# "<ABBR> <Place>" and national bodies whole; (rec49) aircraft models PRO, Latin bodies after a firm's noun in
# Cyrillic text, list types, surname particles, party names ORG, "-стрит"; (ents81) Czech plural names in the
# nominative, a country's English name kept, verbs coined from names no other name; (ents82) continents'
# people no names, names spelled out before their bracket, "<Town> Royal <Body>" whole, agencies with a case ending
# 30: (rec50) lone adjectives no names, people after an animate noun, a surname typed a body is the person,
# place tails cut, given names of a named person; (rec51) firms named once after a company noun, aircraft
# families; (ents83) "<Maker> Systems" a company; (ents85) demonyms from adjectives, works and indexes PRO, a party
# in a parliament two bodies, canal names whole, skill tails cut, "de <city>" the city, stub base forms


def __getattr__(name: str) -> Any:
    # the chain imports every analyser (natasha, the tagger, dateparser …): loaded on first use, so a
    # read command that needs one small module of the package does not pay for all of them
    if name in ("analyse", "PIPELINE"):
        from storyline.analyse import chain

        return getattr(chain, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
