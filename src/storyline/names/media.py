"""News outlets among the names typed as products.

The BSNLP guidelines type newspapers and broadcasters as products (PRO) in some languages, and
the tagger learned it so; the dossier's readers, and the audit rules, count an outlet as an
organisation. An entity typed PRO is an outlet when a word of the language's ``media_words``
(``lang/entities/<lang>.toml``: "newspaper", "газета", "deník", "agencja" …) is a word of its
name ("Rossiyskaya Gazeta", "Sky News") or one of the few words before one of its mentions ("the
daily X", "газета «X»"; "the dailies X and Y" for Y too), or when its name is a web address
("fakti.bg"), or when a word of its name is one that outlets are named with in every language
(``outlet_name_words`` of ``lang/entities/common.toml``: "Express", "Insider", "Welle"), read only
inside an entity's name, never in the text before one. Mentions keep the
tagger's type (what the BSNLP evaluation scores); the entity is shown as an organisation.

A product does not report: a name typed PRO that stands next to a reporting verb ("X reported",
"пишет X", the language's ``report_words``) or after an attribution ("according to X", "по данным
X", ``attribution_words``) or after a credit line's word and colon ("Source: X", ``credit_words``)
is an outlet too (``outlet_context``); a foreign article that opens the masthead ("з посиланням на
la Repubblica", ``title_articles`` of ``lang/entities/common.toml``) stands between them. The linker counts such mentions
where it has the text, so one "the daily Dawn" or "Dawn reported" anywhere names the outlet.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from storyline.model import Mention
from storyline.names.gazetteers import fold
from storyline.names.given import given_name
from storyline.names.parts import conjunctions, entity_data, entity_languages

CONTEXT_CHARS = 40  # of text around a mention, where "the daily" or "reported" would stand
WORDS_BEFORE = 3  # how far before a mention a media word still names it ("the Polish daily X")
_WORD = re.compile(r"[^\W\d_]+")
_CREDIT = re.compile(r"[^\W\d_]+[ \t]*:[ \t]*$")  # "Source: " right before a name
# a web address, its top-level domain in Latin or Cyrillic letters ("<name>.bg", "<Name>.Инфо")
_ADDRESS = re.compile(r"^[\w-]+(\.[\w-]+)*\.(?:[a-z]{2,4}|[а-яёіїєґ]{2,4})$", re.IGNORECASE)


@cache
def media_words(lang: str | None) -> frozenset[str]:
    return frozenset(fold(w) for w in str(entity_data(lang).get("media_words", "")).split())


@cache
def media_words_before(lang: str | None) -> frozenset[str]:
    """``media_words`` and the words that name an outlet only right before its name
    (``media_words_before``: "канал X", the channel X; "<X> канал" is a waterway)."""
    return media_words(lang) | frozenset(
        fold(w) for w in str(entity_data(lang).get("media_words_before", "")).split()
    )


MIN_FOREIGN = 5  # a shorter media word of another language ("tv", "web") is too often something else


@cache
def any_media_words() -> frozenset[str]:
    """Every language's media words of some length: a name keeps its own language's ("Gazeta
    Wyborcza" in a Czech text)."""
    return frozenset(w for lang in entity_languages() for w in media_words(lang) if len(w) >= MIN_FOREIGN)


@cache
def _words(lang: str | None, key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in str(entity_data(lang).get(key, "")).split())


@cache
def _phrases(lang: str | None) -> tuple[tuple[str, ...], ...]:
    """The language's attribution phrases, its phrases that put a speaker on an outlet's air
    (``on_air_words``: "na antenie X", "в эфире X") and those of every language (a credit line's
    "Copyright: X", ``lang/entities/common.toml``), each as its folded words ("according to")."""
    raw = [
        *entity_data(lang).get("attribution_words", []),
        *entity_data(lang).get("on_air_words", []),
        *entity_data("common").get("attribution_words", []),
    ]
    return tuple(tuple(fold(w) for w in _WORD.findall(p)) for p in raw if _WORD.findall(p))


REPORT_REACH = 2  # words between a reporting verb before a name and the name ("пишет британская X")


def outlet_context(text: str, mention: Mention) -> bool:
    """The words around a mention call it a news outlet: a media word just before it, a reporting
    verb next to it, or an attribution phrase before it."""
    lang = mention.lang
    before = [fold(w) for w in _WORD.findall(text[max(0, mention.start - CONTEXT_CHARS) : mention.start])]
    if media_words(lang) & set(before[-WORDS_BEFORE:]) or _second_of_a_pair(text, mention):
        return True
    if _right_after_channel(text, mention) or _after_abbreviation(text, mention):
        return True  # "the Kyiv TV channel X": a product so called is the channel, an outlet
    if _in_apposition(text, mention):
        return True  # '"X", a magazine for …': the words after the name say what it is
    credit = _CREDIT.search(text[max(0, mention.start - CONTEXT_CHARS) : mention.start])
    if credit and before and before[-1] in _words(lang, "credit_words") and not _platform(mention.text):
        return True  # "Source: X" closing an article: the outlet the text was taken from
    reports = _words(lang, "report_words")
    if _reported(text, mention, reports) or _told(text, mention):
        return True
    if own_address(text, mention):
        return True  # '"X" – x@x.bg', "X (www.x.com)": the outlet's own address beside its name
    if before and before[-1] in _words("common", "title_articles"):
        before = before[:-1]  # "з посиланням на la Repubblica": a masthead's own article
    return any(tuple(before[-len(p) :]) == p for p in _phrases(lang))


_JUST_BEFORE = re.compile(r"((?:[^\W\d_]+[ \t]+)*[^\W\d_]+)[ \t]*[«\"„“‚'»]?[ \t]*$")
MAX_QUALIFIERS = 2  # words between "stacja" and its name that say what kind of outlet it is


def _right_after_channel(text: str, mention: Mention) -> bool:
    """A word that names an outlet only right before its name (``media_words_before``: "kanálu X",
    "канал X"; "<X> канал" is a waterway; "stacja X", a station, is a compressor's too) stands
    right before the mention, a quote mark at most between, or only words that say what kind of
    outlet it is (``media_qualifiers``: "stacja telewizyjna X"; "stacja kompresorowa X" is
    none). Read for names typed as products alone: a waterway typed a place is no channel."""
    found = _JUST_BEFORE.search(text[max(0, mention.start - CONTEXT_CHARS) : mention.start])
    if found is None:
        return False
    words = [fold(w) for w in found.group(1).split()]
    qualifiers = _words(mention.lang, "media_qualifiers")
    for _ in range(MAX_QUALIFIERS):
        if len(words) > 1 and words[-1] in qualifiers:
            words.pop()
    return words[-1] in media_words_before(mention.lang)


@cache
def _abbreviations(lang: str | None) -> re.Pattern[str] | None:
    """The language's abbreviations of a media word (``media_abbreviations``: Bulgarian "в." for
    "вестник", the newspaper), written with their dot, right before a name, a quote mark between."""
    listed = str(entity_data(lang).get("media_abbreviations", "")).split()
    if not listed:
        return None
    alternatives = "|".join(re.escape(a) for a in listed)
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})[ \t]*[«\"„“‚']?[ \t]*$", re.IGNORECASE)


def _after_abbreviation(text: str, mention: Mention) -> bool:
    """«в. "X"»: the newspaper X, its media word abbreviated (too short a word to read bare)."""
    found = _abbreviations(mention.lang)
    window = text[max(0, mention.start - CONTEXT_CHARS) : mention.start]
    return found is not None and found.search(window) is not None


APPOSITION_WORDS = 2  # lower-case words before the media word of an apposition ("an English-language")
_APPOSITION = re.compile(rf"^[»\"“”']?[ \t]*,[ \t]*((?:[^\W\d_]+[ \t-]*){{1,{APPOSITION_WORDS + 1}}})")
# a spaced dash sets an apposition off as plainly without quotes: "X – the leading site of …"
_DASH_APPOSITION = re.compile(
    rf"^[»\"“”']?[ \t]+[-–—][ \t]+((?:[^\W\d_]+[ \t-]*){{1,{APPOSITION_WORDS + 1}}})"
)
_OPENING_QUOTE = re.compile(r"[«\"„“‚'][ \t]*$")


MAX_CASE_ENDING = 2  # letters a media word's case form adds ("magazyn-u", "журнал-а")
MIN_STEM = 4  # a shorter media word ("tv") takes no ending here


def _media_word_in_case(word: str, lang: str | None) -> bool:
    """A folded word that is one of the language's media words or such a word with a case ending
    (an apposition agrees with its name: '"X", magazynu dla …')."""
    return any(
        word.startswith(m)
        and (len(word) == len(m) or (len(m) >= MIN_STEM and len(word) - len(m) <= MAX_CASE_ENDING))
        for m in media_words_before(lang)
    )


def _in_apposition(text: str, mention: Mention) -> bool:
    """'"X", an English-language magazine for …': a title in quotation marks, a comma after it,
    or any name and a spaced dash after it ("X – the leading site of …", audit round 24), then a
    media word of the language, lower-case words at most ``APPOSITION_WORDS`` before it, none a
    reporting verb ('"X", writes the newspaper' makes the newspaper the teller of X)."""
    after = text[mention.end : mention.end + CONTEXT_CHARS]
    found = _DASH_APPOSITION.search(after)
    if found is None and _OPENING_QUOTE.search(text, max(0, mention.start - 2), mention.start):
        found = _APPOSITION.search(after)
    if found is None:
        return False
    words = _WORD.findall(found.group(1))
    head = next((k for k, w in enumerate(words) if _media_word_in_case(fold(w), mention.lang)), None)
    if head is None or head > APPOSITION_WORDS:
        return False
    before = words[:head]
    reports = _words(mention.lang, "report_words")
    return all(w[:1].islower() and fold(w) not in reports for w in before)


def _platform(name: str) -> bool:
    """A social platform ("Source: YouTube" under a video): a product, as BSNLP types it."""
    from storyline.ingest.source_names import is_platform  # the shipped source list, read lazily

    return is_platform(name)


# a dash as well as a comma: "… in the bay X – reports channel Y" makes Y the teller, not X
_CLAUSE_BREAK = re.compile(r"[,;:.!?–—]|\s-\s")


def _reported(text: str, mention: Mention, reports: frozenset[str]) -> bool:
    """A reporting verb within ``REPORT_REACH`` words before the name, or the word right after it,
    with no punctuation between: "Reuters napsala, že X" (Reuters wrote that X …) makes the
    agency the teller, not X (audit round 27: a vaccine shown as an outlet)."""
    window = text[max(0, mention.start - CONTEXT_CHARS) : mention.start]
    words = list(_WORD.finditer(window))[-REPORT_REACH:]
    for w in words:
        if fold(w.group()) in reports and not _CLAUSE_BREAK.search(window, w.end()):
            return True
    after = _WORD.search(text, mention.end, mention.end + CONTEXT_CHARS)
    return (
        after is not None
        and fold(after.group()) in reports
        and not _CLAUSE_BREAK.search(text, mention.end, after.start())
    )


_SPACE_OR_QUOTE = " \t«»\"„“”‚'"  # what may stand between a name and the words around it


TOLD_REACH = 4  # words between a verb of saying and its preposition ("каза д-р <Name> пред X")


def _told(text: str, mention: Mention) -> bool:
    """ "je za X pojasnil" (Slovene: explained for X), "pro X řekl" (Czech: said for X), "каза
    той пред X" (Bulgarian: he said before X): a preposition a speaker talks to an outlet with
    (``told_prepositions``) right before the name and a verb of saying (``told_verbs``) right
    after it, or at most ``TOLD_REACH`` words before the preposition in the same clause. One of
    the two alone is no evidence: "za" and "pro" open any phrase, and a product may "explain" in
    a headline; together they put a speaker's words in an outlet (audit round 32)."""
    preps = _words(mention.lang, "told_prepositions")
    if not preps:
        return False
    before = list(_WORD.finditer(text, max(0, mention.start - 2 * CONTEXT_CHARS), mention.start))
    if not before or fold(before[-1].group()) not in preps:
        return False
    if text[before[-1].end() : mention.start].strip(_SPACE_OR_QUOTE):
        return False
    verbs = _words(mention.lang, "told_verbs")
    prep = before[-1].start()
    for w in before[-TOLD_REACH - 2 : -1]:
        if fold(w.group()) in verbs and not _CLAUSE_BREAK.search(text, w.end(), prep):
            return True
    after = _WORD.search(text, mention.end, mention.end + CONTEXT_CHARS)
    return (
        after is not None
        and fold(after.group()) in verbs
        and not text[mention.end : after.start()].strip(_SPACE_OR_QUOTE)
    )


ADDRESS_CHARS = 80  # of text after a name (and before it), where its own address would stand
MIN_ADDRESS_NAME = 3  # letters of a name read against an address ("tv.bg" is no outlet's own)
_ADDRESS_IN_TEXT = re.compile(
    r"(?:https?://)?(?:www\.)?(?:[\w.-]+@)?([\w-]+)\.[\w.-]*[^\W\d_]", re.IGNORECASE
)


def own_address(text: str, mention: Mention) -> bool:
    """A web address or an e-mail address next to the name whose domain is the name itself,
    spelt loosely across scripts and without its spaces ("„<Name>“ – <name>@<name>.bg", "<Two
    Words> (www.<TwoWords>.com)"): a site named as its publisher, an outlet's own address. Read
    for names typed as products: a product's address would name its maker."""
    around = " ".join(
        (
            text[max(0, mention.start - ADDRESS_CHARS) : mention.start],
            text[mention.end : mention.end + ADDRESS_CHARS],
        )
    )
    domains = [found.group(1) for found in _ADDRESS_IN_TEXT.finditer(around)]
    if not domains:
        return False  # most names have none: spare the transliteration
    from storyline.ingest.source_names import loose_key  # the source list's spelling, read lazily

    name = loose_key(mention.text).replace(" ", "")
    return len(name) >= MIN_ADDRESS_NAME and any(loose_key(d).replace(" ", "") == name for d in domains)


# after a name: a closing quote, a preposition at most, and a channel's abbreviation ("TVN", "NOVA")
_CHANNEL_AFTER = re.compile(
    r"[»\"”“'’]?[ \t]+(?:([^\W\d_]+)[ \t]+)?([A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ0-9]{1,5})(?![\w-])"
)


def on_a_channel(text: str, mention: Mention) -> bool:
    """ "„X” по NOVA", "X on ITV", '"X" w TVN24': a name followed by a preposition of the language
    (``programme_prepositions``) and a channel's abbreviation (two to six capitals or digits) is
    that channel's programme, a product: a speaker on a show's air, or its reporter, stands where
    an outlet's would. Without the preposition an abbreviation after a name is anything ('"X"
    UE', a caption's "PHOTO")."""
    found = _CHANNEL_AFTER.match(text, mention.end, mention.end + CONTEXT_CHARS)
    if found is None or found.group(1) is None or mention.text.isupper():
        return False
    return fold(found.group(1)) in _words(mention.lang, "programme_prepositions")


PAIR_CHARS = 80  # of text before a mention, where "the dailies X and" would stand
_PAIR = re.compile(rf"([^\W\d_]+)\s+((?:[^\W\d_]+\s+){{1,{WORDS_BEFORE}}})([^\W\d_]+)\s+$")


def _second_of_a_pair(text: str, mention: Mention) -> bool:
    """ "the dailies X and Y": a media word before the first of two names joined by a conjunction
    (``conjunctions``) names the second too, though it stands further back than ``WORDS_BEFORE``.
    The words between are the first name's: each capitalised."""
    found = _PAIR.search(text[max(0, mention.start - PAIR_CHARS) : mention.start])
    if found is None or fold(found.group(3)) not in conjunctions(mention.lang):
        return False
    first = found.group(2).split()
    return fold(found.group(1)) in media_words(mention.lang) and all(w[:1].isupper() for w in first)


MIN_ENGLISH = 4  # letters of an English media word read in any Latin-script name ("Tasnim News")


@cache
def _english_media_words() -> frozenset[str]:
    return frozenset(w for w in media_words("en") if len(w) >= MIN_ENGLISH)


def outlet_named(name: str, lang: str | None) -> bool:
    """A name of two words or more with a media word or an outlet's name word among them ("Tasnim
    News", "Gazeta X", "<Town> Express"): an outlet whatever its tagger took it for. English media words count in every Latin-script name:
    outlets far from England name themselves in English."""
    words = {fold(w) for w in _WORD.findall(name)}
    if len(words) < 2:
        return False
    if words & (
        media_words(lang) | any_media_words() | (_english_media_words() if _latin(name) else frozenset())
    ):
        return True
    # an outlet's name word ("<Тајмс> Оф <Country>", "Times" transcribed: web pages round 6), not
    # after a given name: some are surnames too ("<Given> Welle")
    first = _WORD.match(name.strip())
    return bool(words & outlet_name_words()) and not (first and given_name(first.group()))


MAX_COMPOUND_NAME = 2  # words of a name whose last one may be such a compound ("<Berliner> <Morgen>post")
MIN_COMPOUND_STEM = 5  # letters before an ending joined in lower case ("<Morgen>post"; "Signpost" is none)
_CAMEL_END = re.compile(r"(?<=[a-z])([A-Z][a-z]*|[A-Z]+)$")  # "<Town>TV", "<Life>Tv", "<Place>Media"


@cache
def _common_words(key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in str(entity_data("common").get(key, "")).split())


def outlet_compound(word: str) -> bool:
    """A Latin-script word that ends in an outlet's name word: its second half written with a
    capital (``outlet_name_halves`` or ``outlet_name_endings``: "<Town>TV", "<Place>Media",
    "<Life>Tv"), or a compound's last part joined in lower case after a stem of
    ``MIN_COMPOUND_STEM`` letters (``outlet_name_endings``: "<Sonntags>zeitung", "<Morgen>post";
    "Multimedia", "Signpost" are none)."""
    word = word.strip()
    if not _latin(word) or not word.isalnum():
        return False
    endings = _common_words("outlet_name_endings")
    camel = _CAMEL_END.search(word)
    if camel and fold(camel.group(1)) in endings | _common_words("outlet_name_halves"):
        return True
    low = fold(word)
    return any(low.endswith(e) and len(low) - len(e) >= MIN_COMPOUND_STEM for e in endings)


def _latin(name: str) -> bool:
    return all(ch.isascii() or not ch.isalpha() for ch in name)


@cache
def outlet_name_words() -> frozenset[str]:
    return frozenset(fold(w) for w in str(entity_data("common").get("outlet_name_words", "")).split())


def is_outlet(names: Iterable[tuple[str, str | None]], before: Iterable[tuple[str, str | None]] = ()) -> bool:
    """``names``: (base form, language) of an entity's mentions; ``before``: (the text just
    before a mention, language)."""
    for name, lang in names:
        words = {fold(w) for w in _WORD.findall(name)}
        if _ADDRESS.match(name.strip()) or (media_words(lang) | any_media_words()) & words:
            return True
        if len(words) > 1 and outlet_name_words() & words:
            return True  # "Business Insider", "Express <Town's>": a product so named is a title
        # an outlet named in English keeps its English media word in every language's text ("The
        # X Post" in a Slovene one); a product so named is rare, so one word is enough here
        if _latin(name) and _english_media_words() & words:
            return True
        written = _WORD.findall(name)
        if 0 < len(written) <= MAX_COMPOUND_NAME and outlet_compound(written[-1]):
            return True  # "<Sonntags>zeitung", "<Town>TV", "<Word> <Life>Tv"
    for text, lang in before:
        if media_words(lang) & {fold(w) for w in _WORD.findall(text)[-WORDS_BEFORE:]}:
            return True
    return False
