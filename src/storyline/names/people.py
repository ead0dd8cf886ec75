"""Is this written person the same as that one? Names of people compared across languages and
scripts.

A person's base form ("Ali Emir Hüseynzadə", "علی امیرحسین‌زاده", "Ali Amirhosseinzadeh") is
read into one or more *readings* — given names and a surname as phonetic keys (``names.keys``) —
because one written name may be read several ways: the surname may be the last word or the last
two run together ("Emir Hüseynzadə" = "Amirhosseinzadeh"), a case ending may or may not be part of
it (Azerbaijani "Nəbiyevin"), Ukrainian may stand for the Russian spelling of a Russian name
(Горбачов: Horbachov / Gorbachov), and a language may write ž as j (Romanian "Jirinovski";
``spelling`` in ``lang/entities/<lang>.toml``).

Two readings are the same person when the surnames agree and the given names are compatible
(one may leave names out, abbreviate them or run two together: "Pir Əli" / "Pirali").
Surnames agree when their phonetic keys are alike; across languages also when their consonants
are (James Blake / Džejms Blejk), since a change of language is where such variants come from;
in a script written without short vowels (Arabic, Persian) the consonants are all there is.
Grammatical gender always keeps people apart (Nazarbayev is not Nazarbayeva).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from rapidfuzz.distance import JaroWinkler

from storyline.names.gazetteers import fold
from storyline.names.generation import ELDER, YOUNGER, roman_numeral, without_generation
from storyline.names.given import given_name
from storyline.names.keys import match_key, phonetic, skeleton
from storyline.names.parts import data_words, entity_data, stem_candidates
from storyline.names.script import is_latin, script
from storyline.names.sibilants import sibilants, sibilants_apart
from storyline.names.translit import to_latin

SIMILAR = 0.9  # phonetic keys this alike (Jaro-Winkler) are spellings of one surname
GIVEN_SIMILAR = 0.85
# a given name less than half as long as another is another name however alike their first letters
# (Alan / Aleksander: Jaro-Winkler rewards the shared beginning), unless it is its beginning, a
# short form (Chris / Christopher, Ben / Benjamin)
GIVEN_LENGTHS = 0.5
WRITTEN_SIMILAR = (
    0.85  # Latin spellings of one name this alike (Zełenski / Zelenskyj 0.84 with its given name)
)
# two known given names written in Latin letters less alike than this are two names (Marie / Maja
# 0.63), not one name's spellings (Piotr / Peter 0.76, William / Bill 0.73)
GIVEN_WRITTEN_OTHER = 0.7
MIN_GIVEN_WRITTEN = 3
SHORT_NAME = 4  # phonetic keys shorter than this are alike only with the same consonants
MAX_INNER_PARTICLE = 3  # "ul", "al", "bin" inside a hyphenated name
MIN_SKELETON = 3  # consonants a surname needs before its consonants alone may match
MAX_SUFFIX = 3  # letters of a suffix that makes a surname of another (-in, -ski), not a word
_ABJADS = frozenset({"ARABIC", "HEBREW", "SYRIAC"})
_FINAL_VOWELS = "aiu"
_VOWEL_LETTERS = re.compile(r"[aiu]")
_INITIALS = re.compile(r"(?:[^\W\d_]\.){1,3}")  # "К.", "К.С."
_GLUED_INITIAL = re.compile(r"(?<!\w)((?:[^\W\d_]\.){1,3})(?=[^\W\d_]{2})")


@dataclass(frozen=True)
class Reading:
    given: tuple[str, ...]  # phonetic keys of the given names ("" names none)
    surname: str


@dataclass(frozen=True)
class PersonName:
    readings: tuple[Reading, ...]
    lang: str
    abjad: bool  # written in a script without short vowels
    gender: str  # "m", "f" or "?" from the surname's ending
    initial: str = ""  # the surname's first letter as written in Latin letters
    written: tuple[str, ...] = ()  # the words as written, folded, where written in Latin letters
    first_name: bool = False  # one word that is a known given name (Marina, Peter, Johnson)
    latin: str = ""  # the surname in Latin letters (kh as h), lower case
    # the first given name's sex as the given-name lists know it ("m", "f", "a" or ""): Simona and
    # Simon share their consonants and are a woman's name and a man's
    given_sex: str = ""
    # a regnal number after the name ("III.", "IV"), upper case: Gregory III and Gregory IV are
    # two people, however alike the rest of their names
    regnal: str = ""
    # a generational word after the full name ("mladší", "Jr.", "III"), read off the name: the son
    # goes by the father's name with it, and is another person (YOUNGER, ELDER or the numeral)
    generation: str = ""
    # the surname's hissing and hushing sounds as written (``names.sibilants``): "Puszkow" is no
    # "Peskov", though the phonetic keys read "sz" as "s"
    sibilants: str = ""

    @property
    def full(self) -> bool:
        return bool(self.readings[0].given)

    @property
    def surname(self) -> str:
        return self.readings[0].surname


def regnal_number(words: list[str]) -> str:
    """The regnal number after a given name ("Gregor III." → "III"), or "" where the name has none.
    (One letter is left out: "Marek V." is as likely a surname's initial; news anonymises so.)"""
    return roman_numeral(words[-1]) if len(words) >= 2 else ""


def other_regnal(a: PersonName, b: PersonName) -> bool:
    """Two names with different numbers (Gregor III., Gregor IV.; "… III", "… IV"): two people;
    so are names of different generations (the son "… Jr", the father "… Sr" or the name without
    a word), and a full name with a numeral and one without ("<Given> <Surname> III"). A ruler's
    number after a given name alone may be left out ("Gregor III." is "Gregor"), and a title
    written into the name is no given name ("Pope <Name> XVI" is "<Name> XVI")."""
    numbers = (_number(a), _number(b))
    if all(numbers):
        return numbers[0] != numbers[1]
    if _generation_word(a) != _generation_word(b):
        return True
    return _numeral_generation(a) or _numeral_generation(b)


def _number(name: PersonName) -> str:
    return name.regnal or ("" if _generation_word(name) else name.generation)


def _generation_word(name: PersonName) -> str:
    return name.generation if name.generation in (YOUNGER, ELDER) else ""


def _numeral_generation(name: PersonName) -> bool:
    return bool(name.generation) and not _generation_word(name)


def any_generation(name: PersonName) -> PersonName:
    """The name as if written without its generational word: within one document that names only
    the son, "<Given> <Surname>" is him too (``link.generation_carry``)."""
    return replace(name, generation="")


def gender(surname_key: str) -> str:
    """The grammatical gender a Slavic or Caucasian surname's ending shows (on its match key)."""
    if surname_key.endswith(("ova", "eva", "ina", "yna", "ska", "cka", "kaya", "aya")):
        return "f"
    if surname_key.endswith(("ov", "ev", "in", "yn", "ski", "sky", "skiy", "cki")):
        return "m"
    return "?"


# how Slavic, Caucasian and Armenian surnames end, written in Latin or Cyrillic letters
_SURNAME_ENDING = re.compile(
    r"(?:ov|ova|ev|eva|in|ina|yn|yna|sky|skiy|ski|ska|enko|uk|yan|dze|shvili|"
    r"ов|ова|ев|ева|ин|ина|ын|ский|ская|енко|ук|ян|дзе|швили)$"
)


def surname_first(name: str) -> bool:
    """A surname followed by a given name ("Orlov Dmitriy"), as lists of sanctioned people and
    registers write them: a person, whatever a tagger that read the list took them for."""
    words = name.split()
    return (
        len(words) == 2
        and all(w[:1].isupper() for w in words)
        and bool(_SURNAME_ENDING.search(words[0].lower()))
        and not given_name(words[0])
        and bool(given_name(words[1]))
    )


@lru_cache(maxsize=64)
def _particles(lang: str | None) -> frozenset[str]:
    """Lower-case words inside names that belong to the surname ("de", "van", "al", "آل")."""
    return frozenset(fold(w) for w in str(entity_data(lang).get("particles", "")).split())


def written_as_name(base: str, lang: str | None) -> bool:
    """Every word of a person's name capitalised, or a particle of the language ("de", "van"):
    a phrase with a lower-case word of its own ("Patriarch of all the land X") is a title or a
    description said with the name, not the name."""
    particles = _particles(lang)
    return all(not w[:1].islower() or fold(w) in particles for w in base.split())


@lru_cache(maxsize=64)
def _surname_endings(lang: str | None) -> tuple[str, ...]:
    """Endings a language adds to a foreign surname (Czech feminine -ová: Lindgrenová is Lindgren)."""
    return tuple(str(entity_data(lang).get("surname_endings", "")).split())


@lru_cache(maxsize=64)
def _spellings(lang: str | None) -> tuple[tuple[str, str], ...]:
    """The language's other spellings of sounds in foreign names (``spelling = "j:zh"``)."""
    pairs = str(entity_data(lang).get("spelling", "")).split()
    return tuple((a, b) for a, b in (p.split(":", 1) for p in pairs if ":" in p))


def _written_forms(base: str, lang: str | None) -> list[tuple[str, str | None]]:
    """(text, language to romanise it as) for each way to read the written name."""
    forms: list[tuple[str, str | None]] = [(base, lang)]
    if lang == "uk":
        forms.append((base, "ru"))  # a Russian name in Ukrainian letters: г is g there, not h
    for a, b in _spellings(lang):
        if a in base.lower():
            forms.append((re.sub(a, b, base, flags=re.IGNORECASE), lang))
    return forms


@lru_cache(maxsize=100_000)
def person_name(base: str, lang: str | None) -> PersonName | None:
    """The readings of a person's written base form, or None when it has no letters."""
    # "Б.Джонсон": an initial written against the surname is a given name, not part of the surname
    written = _GLUED_INITIAL.sub(r"\1 ", base).split()
    words, generation = without_generation(written)
    if generation not in ("", YOUNGER, ELDER) and given_name(words[-1]):
        # a numeral after given names is a ruler's or a pope's, whose number reads as the surname
        # ("[Title] <Given> XVI" meets "<Given> XVI"): a generation follows a surname
        words, generation = written, ""
    base = " ".join(words)
    if not words:
        return None
    if (
        len(words) >= 2
        and all(_INITIALS.fullmatch(w) for w in words[1:])
        and not _INITIALS.fullmatch(words[0])
    ):
        # "Демков К. С.": the surname before the initials of the given names (lists, officialese);
        # the initials run together are no surname
        words = [*words[1:], words[0]]
        base = " ".join(words)
    readings: list[Reading] = []

    def add(given: list[str], surname: str) -> None:
        if not surname:
            return
        r = Reading(tuple(g for g in given if g), surname)
        if r not in readings:
            readings.append(r)

    particles = _particles(lang)
    for text, as_lang in _written_forms(base, lang):
        tokens = text.split()
        keys = [phonetic(t, as_lang).replace(" ", "") for t in tokens]
        if not any(keys):
            continue
        last = tokens[-1]
        head, _, rest = last.partition("-")
        given = keys[:-1]
        while given and fold(tokens[len(given) - 1]) in particles:  # "de Albuquerque", "آل سعيد"
            given = given[:-1]
        for stem in stem_candidates(last, lang)[:3]:
            add(given, phonetic(stem, as_lang).replace(" ", ""))
        for ending in _surname_endings(lang):  # Czech Lindgrenová is Lindgren
            if last.lower().endswith(ending) and len(last) - len(ending) >= 2:
                add(given, phonetic(last[: -len(ending)], as_lang).replace(" ", ""))
        # Jean, Juan: ž or x as often as y (once a surname was read: a stem with no sound has none)
        if given and readings and tokens[0][:1] in "Jj" and is_latin(tokens[0]):
            add([phonetic("Zh" + tokens[0][1:], as_lang).replace(" ", ""), *given[1:]], readings[0].surname)
        if rest and fold(head) in particles:  # "əl-Haşim" is also Haşim
            add(given, phonetic(rest, as_lang).replace(" ", ""))
        if len(given) < len(keys) - 1:  # the particle with the name: "آل سعيد" = "əl-Səid"
            add(given, "".join(keys[len(given) :]))
        if len(tokens) >= 3 and not _INITIALS.fullmatch(tokens[-2]):  # one surname written apart
            add(keys[:-2], keys[-2] + keys[-1])
        parts = last.split("-")
        if len(parts) >= 3 and all(len(x) <= MAX_INNER_PARTICLE for x in parts[1:-1]):
            # "Saif-ul-Malook" written as one word is "Saif ul Malook": given names and a surname
            inner = [phonetic(x, as_lang).replace(" ", "") for x in parts]
            add([*given, *inner[:-1]], inner[-1])
    if not readings:
        return None
    last_key = match_key(words[-1], lang)
    initial = to_latin(words[-1], lang)[:1].lower()
    written = tuple(fold(w) for w in words) if is_latin(base) else ()
    first_name = len(words) == 1 and bool(given_name(words[0]))
    latin = to_latin(words[-1], lang).lower().replace("kh", "h")
    given_sex = given_name(words[0]) if len(words) >= 2 and not _INITIALS.fullmatch(words[0]) else ""
    return PersonName(
        tuple(readings),
        lang or "",
        script(base) in _ABJADS,
        gender(last_key),
        initial,
        written,
        first_name,
        latin,
        given_sex,
        regnal_number(words),
        generation,
        sibilants(words[-1]),
    )


# a surname ending in a vowel and h (Masih, Масих): the sound key drops the h, which leaves the
# name looking like a shorter one with a case ending (Maas + i); not after e, where romanised
# Persian writes an h no one says (-zadeh, Hüseynzadə)
_FINAL_H = re.compile(r"[aiouy]h$")


def _alike(a: str, b: str, loose: bool, min_skeleton: int, min_stem: int = 3, fuzzy: bool = True) -> bool:
    """Two surnames' phonetic keys are one name's: the same key, a likeness of letters (only where
    ``fuzzy``), the same stem, or (``loose``) the same consonants."""
    if a == b:
        return True
    # Jaro-Winkler rewards a shared beginning (Lindgren / Lindgrenová), too much so for very short
    # names: "mas" is not "masak"
    # a short name also keeps its consonants: "mai" (May) is not "masi" (Masih); and one consonant
    # is too little to tell a letter put in ("ius", Jus, is not "iuis", Joyce) from an ending added
    # (Hojs / Hojsa, Raj / Raja)
    short, long = sorted((a, b), key=len)
    short_alike = (
        len(long) - len(short) <= 1
        and skeleton(a) == skeleton(b)
        and (len(skeleton(a)) >= 2 or long.startswith(short))
    )
    if (
        fuzzy
        and (min(len(a), len(b)) >= SHORT_NAME or short_alike)
        and JaroWinkler.similarity(a, b) >= SIMILAR
        and not (loose and _suffixed(short, long))
    ):
        return True
    sa, sb = a.rstrip(_FINAL_VOWELS), b.rstrip(_FINAL_VOWELS)  # an inflection's vowel: Horvat / Horvata
    # one vowel more, not a syllable: a case ending adds a vowel to a surname, while two more
    # vowels ("maria" after "mar", a j read as i) are another word of the same beginning
    if len(sa) >= min_stem and sa == sb and abs(len(a) - len(b)) <= 1:
        return True
    ka, kb = skeleton(a), skeleton(b)
    return (
        loose and ka == kb and len(ka) >= min_skeleton and _syllable_consonants(a) == _syllable_consonants(b)
    )


def _same_onset(a: str, b: str) -> bool:
    """Two phonetic keys that do not begin one with the vowel "a" and the other with a consonant:
    the key drops an h (Hernández and Эрнандес both begin "ar"), so such a pair is the same
    consonants in another order, which Jaro-Winkler forgives as a swap: Herman ("arman") is no
    Rahman ("raman"). The keys' "i" and "u" are left out: a j or y, a w or v, is written as
    either (Williams, Уилямс). An abjad writes no vowel (عباس, Abbas): its names are not asked."""
    opens = {k[:1] == "a" if k[:1] not in _SEMIVOWELS else None for k in (a, b)}
    return opens != {True, False}


_SEMIVOWELS = frozenset("iuvjwy")


def _suffixed(short: str, long: str) -> bool:
    """The longer key is the shorter with a syllable after it that no case ending has: a surname
    made of another with a suffix (Баранин of Baran), which Jaro-Winkler's reward for a shared
    beginning would take for a spelling of it across languages, where a suffix is no misspelling
    (within one, a reading of the name's last words run together may end so: "Kennedy Jr"). A
    longer tail is a word: the reading of two words run together as one surname ("Afzal Kadri"),
    which the name's other readings answer for."""
    tail = long[len(short) :]
    return long.startswith(short) and 2 <= len(tail) <= MAX_SUFFIX and not _case_ending(tail)


def _syllable_consonants(key: str) -> str:
    """A phonetic key's consonants, one left for each doubled letter but each of a consonant said
    again after a vowel: the skeleton reads "n-i-n" as one "n", which makes a Russian surname's
    ending -in a spelling of nothing (Боронин, "burunin", is no Béron, "barun")."""
    return _VOWEL_LETTERS.sub("", _DOUBLED_LETTER.sub(r"\1", key))


def _given_alike(a: str, b: str, loose: bool) -> bool:
    if len(a) == 1 or len(b) == 1:  # an initial
        return a[0] == b[0]
    short, long = sorted((a, b), key=len)
    if (
        a == b
        or JaroWinkler.similarity(a, b) >= GIVEN_SIMILAR
        and (len(short) >= GIVEN_LENGTHS * len(long) or long.startswith(short))
    ):
        return True
    ka, kb = _given_skeleton(a), _given_skeleton(b)
    return loose and ka == kb and len(ka) >= 2


def _given_skeleton(key: str) -> str:
    """The consonants of a given name, ch read either way (English Michael, Russian Майкл)."""
    return skeleton(key).replace("c", "k")


def given_compatible(a: tuple[str, ...], b: tuple[str, ...], loose: bool) -> bool:
    """One list of given names leaves names out of the other, abbreviates them, or runs two of
    them together."""
    if not a or not b:
        return True
    if _given_alike("".join(a), "".join(b), loose):
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return all(any(_given_alike(s, t, loose) for t in long) for s in short)


def _loose(a: PersonName, b: PersonName) -> bool:
    """Spelling variants beyond the phonetic key are believed across languages and scripts
    written without vowels, where they come from; within one language they are other people."""
    return a.lang != b.lang or a.abjad or b.abjad


def _min_skeleton(a: PersonName, b: PersonName) -> int:
    return 2 if (a.abjad or b.abjad) else MIN_SKELETON


def same_person(a: PersonName, b: PersonName) -> bool:
    """Two full names (given names and surname) of one person."""
    if "?" not in (a.gender, b.gender) and a.gender != b.gender:
        return False
    if other_regnal(a, b):
        return False
    if not _written_alike(a, b) or _h_dropped(a, b) or _h_dropped(b, a):
        return False
    if _given_written_otherwise(a, b) or _other_sex_given(a, b):
        return False
    loose, min_sk = _loose(a, b), _min_skeleton(a, b)
    min_stem = 3 if loose else 4  # Horvat / Horvata across languages; Rossi / Rosa within one
    for ra in a.readings:
        for rb in b.readings:
            # the same given names make a short surname's consonants enough (Банди / Бънди; and
            # given names alike to their consonants, as names the press renders by sound are:
            # Майкл О'Лири / Michael O'Leary)
            # (not a woman's given name and a man's of the same consonants: Simona Kehr is no Simon
            # Keyer, and "k-r" alone is no evidence of one surname)
            same_given = _same_given_consonants(ra.given, rb.given) and not _other_sex(a, b)
            sk = 2 if loose and same_given else min_sk
            # an initial is next to no evidence: with one, letters merely alike are another
            # surname (М. Моравец is no Mirek Murasek, however alike their beginnings)
            fuzzy = not (_initials_only(ra.given) or _initials_only(rb.given))
            if (
                ra.given
                and rb.given
                and (a.abjad or b.abjad or _same_onset(ra.surname, rb.surname))
                and _alike(ra.surname, rb.surname, loose, sk, min_stem, fuzzy)
                and given_compatible(ra.given, rb.given, loose)
            ):
                return True
    return False


def _other_sex(a: PersonName, b: PersonName) -> bool:
    """The first given names are a man's and a woman's, as the given-name lists know them."""
    return {a.given_sex, b.given_sex} == {"m", "f"}


def _other_sex_given(a: PersonName, b: PersonName) -> bool:
    """A woman's first given name and a man's that are two names, not one written with a case
    ending ("Donalda", which a lemmatizer may leave as a base form, reads as a woman's name but
    begins with "Donald"): two people, however alike their surnames sound across scripts
    (Дебора Б… is no Darren B…)."""
    if not _other_sex(a, b):
        return False
    x, y = a.readings[0].given[:1], b.readings[0].given[:1]
    if not x or not y or min(len(x[0]), len(y[0])) < MIN_GIVEN_WRITTEN:
        return False  # an initial tells no sex, nor a particle read as a given name ("Le Pen")
    # consonants with the hissing ones as one: another script's letters for a woman's name may
    # read as a man's (Мишел for Michelle), and sh, ch and k render one sound
    sx, sy = (_given_skeleton(g[0]).translate(_HISSING) for g in (x, y))
    return bool(sx and sy) and not (sx.startswith(sy) or sy.startswith(sx))


_HISSING = str.maketrans("kcsz", "ssss")


def _initials_only(given: tuple[str, ...]) -> bool:
    return bool(given) and all(len(g) == 1 for g in given)


def _written_alike(a: PersonName, b: PersonName) -> bool:
    """Two full names both in Latin letters whose first given names and surnames are both spelled
    differently are two people, however alike they sound (Janis Schmitt is not Iain Smith): the
    sound decides across scripts, where spellings must differ."""
    if len(a.written) < 2 or len(b.written) < 2:
        return True
    return (
        JaroWinkler.similarity(a.written[-1], b.written[-1]) >= WRITTEN_SIMILAR
        or JaroWinkler.similarity(a.written[0], b.written[0]) >= WRITTEN_SIMILAR
    )


def _given_written_otherwise(a: PersonName, b: PersonName) -> bool:
    """Two full names in Latin letters whose first given names are two known given names, written
    far apart and neither the other's beginning (a short form), are two people whatever their
    surnames share: the keys of "Marie" and "Maja" are alike, but Latin letters tell them apart."""
    if len(a.written) < 2 or len(b.written) < 2:
        return False
    x, y = a.written[0], b.written[0]
    # (a word of two letters may be a particle read as a given name: "Le Pen")
    if x == y or min(len(x), len(y)) < MIN_GIVEN_WRITTEN or x.startswith(y) or y.startswith(x):
        return False
    return JaroWinkler.similarity(x, y) < GIVEN_WRITTEN_OTHER and bool(given_name(x)) and bool(given_name(y))


def _same_given_consonants(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return (
        bool(a)
        and len(a) == len(b)
        and all(
            x == y or len(_given_skeleton(x)) >= MIN_SKELETON and _given_skeleton(x) == _given_skeleton(y)
            for x, y in zip(a, b, strict=True)
        )
    )


def same_surname(a: PersonName, b: PersonName) -> bool:
    """A bare surname and another name share the surname (no given names to check: stricter,
    consonants alone do not do, and a likeness of letters must keep every consonant)."""
    if "?" not in (a.gender, b.gender) and a.gender != b.gender:
        return False
    if other_regnal(a, b):
        return False
    if sibilants_apart(a.sibilants, b.sibilants):
        return False  # a hushing sound where the other writes a hissing one: Puszkow is no Peskov
    if _spelled_otherwise(a, b):
        return False
    if _h_dropped(a, b) or _h_dropped(b, a):
        return False
    if _vowels_of_its_own(a, b) or _vowels_of_its_own(b, a):
        return False
    abjad = a.abjad or b.abjad
    min_stem = 3 if _loose(a, b) else 4  # within a language, Rosa and Rossi are two names
    exact = (a.first_name and not a.full) or (b.first_name and not b.full)
    # a bare word of a language that puts no case ending on a name is the surname as that language
    # writes it: a vowel more or less at its end is no ending, it is another name
    endings = all(n.full or declines_names(n.lang) for n in (a, b))
    if (
        exact
        and a.written
        and b.written
        and _consonant_letters(a.written[-1]) != _consonant_letters(b.written[-1])
    ):
        return False  # a given name said alone is the surname only as spelled: Marshall is no Marsal
    if exact and _other_final_vowel(a.latin, b.latin):
        return False  # nor a name that ends in another vowel: Luka is no Loke, whatever its key
    if exact and (_doubled_put_in(a, b) or _doubled_put_in(b, a)):
        # in another script too: a writer may drop a doubled consonant (Хари for Harry) but does
        # not put one in (Алли is Alli, not Ali)
        return False
    return any(
        (abjad or _same_onset(ra.surname, rb.surname))
        and _alike(ra.surname, rb.surname, abjad, MIN_SKELETON, min_stem)
        and _bare_alike(ra.surname, rb.surname, exact, _loose(a, b) or not (a.written and b.written), endings)
        # a compound written as one word read as given names and a surname ("Saif-ul-Malook") is
        # a full name: another full name shares its surname only with given names that agree
        and not (ra.given and rb.given and not given_compatible(ra.given, rb.given, _loose(a, b)))
        for ra in a.readings
        for rb in b.readings
    )


_VOWEL_RUN = re.compile(r"[aeiouy]+$")


def _final_vowel(latin: str) -> str:
    """The vowel a Latin spelling ends in ("" after a consonant): a final y or i with the vowels
    before it as one i (Mey, May; Charlie, Charli), else the last vowel letter."""
    run = _VOWEL_RUN.search(re.sub(r"[^a-z]", "", latin))
    if run is None:
        return ""
    return "i" if run.group()[-1] in "iy" or run.group().endswith(("ie", "ee")) else run.group()[-1]


def _other_final_vowel(a: str, b: str) -> bool:
    """Whether two surnames in Latin letters both end in a vowel and not in the same one: a given
    name said alone matches a surname only as it sounds, and a final vowel is no ending a bare
    word drops (the sound keys read vowels loosely: Luca and Løkke's Cyrillic Льоке key alike)."""
    x, y = _final_vowel(a), _final_vowel(b)
    return bool(x and y) and x != y


def _doubled(latin: str) -> frozenset[str]:
    """The consonant letters a Latin spelling writes twice."""
    return frozenset(m.group(1) for m in _DOUBLED_LETTER.finditer(latin) if m.group(1) in _CONSONANT_LETTERS)


_CONSONANT_LETTERS = frozenset("bcdfghjklmnpqrstvwxz")


def _doubled_put_in(bare: PersonName, other: PersonName) -> bool:
    """A bare given name (alone), written in another script than Latin letters, that doubles a
    consonant the other name writes once: the transliteration took the double from the name's own
    spelling. (A Latin spelling's double is the original's, which other scripts often drop.)"""
    return (
        bare.first_name
        and not bare.full
        and not bare.written
        and bool(_doubled(bare.latin) - _doubled(other.latin))
    )


def _vowels_of_its_own(a: PersonName, b: PersonName) -> bool:
    """``a``'s surname is ``b``'s with vowels after it that are no case ending of ``a``'s language
    (one that lists its endings: ``lemma_case_endings``), in Latin letters: a name of its own, not
    ``b`` inflected (Bulgarian declines no surname in "-оу": Христоу is no Христ). A language
    whose endings are not listed is left to the phonetic keys."""
    if not a.lang or not a.latin or not b.latin or a.latin == b.latin or not a.latin.startswith(b.latin):
        return False
    tail = a.latin[len(b.latin) :]
    if not tail or set(tail) - set("aeiouy"):
        return False
    endings = _latin_endings(a.lang)
    return bool(endings) and tail not in endings


@cache
def _latin_endings(lang: str) -> frozenset[str]:
    """A language's listed case endings and tails a name may carry, in Latin letters."""
    return frozenset(
        to_latin(e, lang).lower()
        for key in ("lemma_case_endings", "lemma_apostrophe_endings", "spelling_tail_endings")
        for e in data_words(lang, key)
    )


def _consonant_letters(word: str) -> str:
    """A Latin spelling's consonant letters (folded), a doubled one once: a writer may drop or put
    in a vowel of a name (Marijan, Marjan), and a sound key reads other letters alike (Marshall,
    Marsal: "sh" and "s")."""
    return _DOUBLED_LETTER.sub(r"\1", re.sub(r"[aeiouy]", "", word))


def _h_dropped(a: PersonName, b: PersonName) -> bool:
    """``a`` ends in a vowel and h that ``b`` does not keep, with or without an ending after it
    (Масиха is Masih; Maas and Haleyová are not), and the sound keys differ (where they are the
    same, the h is what a base form lost: Масі for Масіх)."""
    return (
        bool(_FINAL_H.search(a.latin))
        and not b.latin.startswith(a.latin)
        and a.surname != b.surname
        # a Latin "ch" that another script writes х (Waraich, Вараих)
        and phonetic(b.latin.replace("ch", "h")).replace(" ", "") != a.surname
    )


def _spelled_otherwise(a: PersonName, b: PersonName) -> bool:
    """A bare surname and a full name of one language, both in Latin letters, the surname spelled
    otherwise: two names however alike they sound (Rushford is not Anna Rustow). Across languages
    the spelling conventions differ (Władimir, Vladimir), and the sound decides; two bare words
    are left to it too (a people's name in its forms)."""
    return (
        a.full != b.full
        and bool(a.written and b.written)
        and JaroWinkler.similarity(a.written[-1], b.written[-1]) < WRITTEN_SIMILAR
    )


MIN_BARE_CONSONANTS = 2  # one consonant is no name's skeleton (Isus, Sousa: "s")
MAX_ENDING = 3  # letters a case ending the base form kept adds to a surname (Putinem, Putina)


def declines_names(lang: str | None) -> bool:
    """Whether the language puts case endings on names (``names_take_endings`` of its entity data;
    a language without data is believed to: the looser reading, as before)."""
    return bool(entity_data(lang).get("names_take_endings", True))


def _bare_alike(a: str, b: str, exact: bool = False, loose: bool = True, endings: bool = True) -> bool:
    """One word alone is evidence of a person only when it is the surname, spelled by another
    language's rules: the same consonants in the same order (Seele / Зеле, Erdoğan / Ердоган),
    or the surname with an ending left on. Letters merely alike are another name: a given
    name (Peter is no Patel, Karla no Karas) or a short name inside a longer one (Isus, Sousa).
    ``endings``: whether a word alone may carry a case ending (not in Bulgarian: ``declines_names``)."""
    if a == b:
        return True
    if (
        endings
        and a.rstrip(_FINAL_VOWELS) == b.rstrip(_FINAL_VOWELS)
        and (not exact or a.startswith(b) or b.startswith(a))
    ):
        # an ending's vowel on a bare word (Horvata for Horvat); a word that is a given name too
        # keeps the surname's letters and adds an ending, it does not change its final vowel
        # (the given name "Siva" is not a surname "Sivi", however the two are folded)
        return True
    if exact:  # a word that is a given name too (Marina) is a surname only as spelled: Marni is not
        return False
    short, long = sorted((a, b), key=len)
    if endings and len(short) >= SHORT_NAME and long.startswith(short) and _case_ending(long[len(short) :]):
        return True
    ka, kb = _devoiced(skeleton(a)), _devoiced(skeleton(b))
    if len(ka) < MIN_BARE_CONSONANTS or ka != kb:
        return False
    if len(short) < SHORT_NAME and len(long) > len(short):
        # three letters heard as a longer name's consonants: the longer one's other letters (a
        # vowel, an h the key drops) are a name of their own, not a spelling of it
        return False
    # one language in Latin letters drops a vowel before an ending (Zaorálek, Zaorálkovi) but does
    # not put one in: Tomšič and Tomažič are two names (a foreign name in Cyrillic letters is
    # spelled with its vowels as each writer hears them: Азия, Ася)
    return loose or not (_vowel_put_in(short, long) or _stem_vowel_changed(a, b))


_RUNS = re.compile(r"[aiu]+|[^aiu]+")


def _stem_vowel_changed(a: str, b: str) -> bool:
    """Two phonetic keys of one language's Latin spelling with another vowel in place of one
    between the same consonants, inside the name (Kubálek, Kubílek): another surname, not the
    same one inflected. An ending changes or drops only the last vowels, and the consonants after
    a dropped vowel run together (Zaorálek, Zaorálkovi): the comparison stops where the consonants
    part. A vowel more or less is left to the other checks (a foreign name misspelt: Doyle, Doyel)."""
    ra, rb = _RUNS.findall(a), _RUNS.findall(b)
    for i in range(min(len(ra), len(rb)) - 1):
        vowel = ra[i][0] in "aiu"
        if vowel != (rb[i][0] in "aiu"):
            return False
        if not vowel and ra[i] != rb[i]:
            return False
        if vowel and len(ra[i]) == len(rb[i]) and ra[i] != rb[i] and ra[i + 1] == rb[i + 1]:
            return True  # the same consonants follow: a vowel of the stem, not of an ending
    return False


def _vowel_put_in(short: str, long: str) -> bool:
    """``long`` is ``short`` with vowels put in (and nothing else)."""
    rest = iter(long)
    return (
        len(long) > len(short)
        and all(ch in rest for ch in short)
        and (sum(ch in "aiu" for ch in long) - sum(ch in "aiu" for ch in short) == len(long) - len(short))
    )


# the letters of the case endings a base form may keep, in the phonetic key (-a, -u, -em, -owi,
# -ego, -ym, -ът): a consonant of another kind makes another name (Tums + ič, Kowal + ski)
_ENDING_LETTERS = frozenset("aiumvgty")


def _case_ending(added: str) -> bool:
    return len(added) <= MAX_ENDING and set(added) <= _ENDING_LETTERS


_VOICING = str.maketrans("bdgv", "ptkf")
_DOUBLED_LETTER = re.compile(r"(.)\1+")


def _devoiced(consonants: str) -> str:
    """Consonants with voiced and voiceless pairs read as one (Skripal / Skribal: a language's
    spelling of a foreign name often voices or devoices one), and ts as s (Cyrillic ц for a Latin
    c read s: Франциск / Franciszek)."""
    return _DOUBLED_LETTER.sub(r"\1", consonants.translate(_VOICING).replace("ts", "s"))


def blocks(name: PersonName) -> list[str]:
    """Where a name waits for its variants: the first two consonants of each reading's surname
    (its first two letters when it has fewer consonants)."""
    out = []
    for r in name.readings:
        consonants = _VOWEL_LETTERS.sub("", r.surname)
        for k in (consonants, skeleton(r.surname)):  # Nana "nn", Nanová "nnv"; محمد "md"
            b = k[:2] if len(k) >= 2 else r.surname[:2]
            if b not in out:
                out.append(b)
    return out


def is_short_for(short: PersonName, full: PersonName) -> bool:
    """ "Marek K." stands for "Marek Kováč": the same first given name and the surname's
    initial (news anonymises suspects and minors so)."""
    if len(full.surname) < 2 or len(short.surname) != 1 or short.initial != full.initial:
        return False
    if short.regnal or full.regnal:  # "Gregor III.": a pope's number, no surname's initial
        return False
    return any(
        ra.given and rb.given and ra.given[0] == rb.given[0] for ra in short.readings for rb in full.readings
    )


def given_block(name: PersonName) -> str | None:
    """Where full names wait for their abbreviations: the first given name's consonants."""
    given = name.readings[0].given
    if not given:
        return None
    k = skeleton(given[0])
    return k[:3] if len(k) >= 2 else given[0][:3]
