"""Names in scripts without capitals (Arabic, Persian, Hebrew …), where no trained tagger serves.

A capital letter is the best cue to a name in Latin, Cyrillic or Greek; these scripts have none.
What is left, and what these rules use:
- first names: Faker's given names of the countries that write the script (``names.given``),
  also run together (Persian "محمدرضا") or behind a glued honorific ("سیدعلی");
- cues before a name, from the language's data (``lang/entities/<lang>.toml``): titles
  ("الرئيس", "آیت‌الله"), verbs of saying that come before their subject ("قال", "أعلن"); the
  words that qualify a title carry the article ("وزير الخارجية الإيراني") and are stepped over;
- name particles ("عبد", "آل", "بن") join the words around them;
- a name ends at punctuation, a function or office word (``stopwords``), a word with the article,
  another cue, and after a surname that follows first names.
A person needs a first name and a second word, or a cue; a single first name is never enough.
Known places (ICU country names, geonames cities in the script) become places; a city name that
is also a frequent word ("مدينة", a town named Medina) needs a place cue before it, and one that
is a country's people ("كندي", a Canadian: ``names.nisba``) is none.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from storyline.model import Mention
from storyline.names import cities, countries, fold, given_name
from storyline.names.gazetteers import city_population
from storyline.names.nisba import country_nisba
from storyline.names.parts import entity_data
from storyline.names.script import WORD

MAX_NAME_WORDS = 4
MIN_PART = 3  # letters of each given name run together with another
MAX_UNKNOWN = 3  # words no list knows, after a cue: "الجنرال تان سوي وين"
COMMON_ZIPF = 5.0  # a word this frequent is a word of the language, not a name
FUNCTION_ZIPF = 6.0  # … and this frequent, a function word that no surname is
# A town's name that is also a word ("بيان", statement; a town in Kuwait): a city counts without a
# place cue when its name is rare as a word, or when it is a big city and its name not too common.
RARE_ZIPF = 4.0
BIG_CITY = 1_000_000
COMMON_PLACE_ZIPF = 5.5


@dataclass(frozen=True)
class CaselessLexicon:
    titles: frozenset[str]
    speech: frozenset[str]
    particles: frozenset[str]
    stopwords: frozenset[str]
    loc_cues: frozenset[str]
    media_cues: frozenset[str]  # "network", "channel", "agency": the place after one names the outlet
    clitics: tuple[str, ...]
    article: str
    prefixes: tuple[str, ...]
    word_endings: tuple[str, ...]  # endings of common words that names do not have (plurals)


@cache
def caseless_lexicon(lang: str | None) -> CaselessLexicon:
    data = entity_data(lang)

    def words(field: str) -> frozenset[str]:
        return frozenset(fold(w) for w in str(data.get(field, "")).split())

    return CaselessLexicon(
        titles=words("titles"), speech=words("speech_cues"), particles=words("particles"),
        stopwords=words("stopwords"), loc_cues=words("loc_cues"),
        media_cues=words("media_cues"),
        clitics=tuple(fold(w) for w in str(data.get("clitics", "")).split()),
        article=fold(str(data.get("article", ""))),
        prefixes=tuple(fold(w) for w in str(data.get("name_prefixes", "")).split()),
        word_endings=tuple(fold(w) for w in str(data.get("word_endings", "")).split()),
    )  # fmt: skip


@dataclass
class _Word:
    start: int
    end: int
    text: str
    key: str  # folded
    bare: str  # folded, a glued clitic letter taken off
    clitic: int  # letters of clitic before the word proper
    joined: bool  # nothing but spaces between it and the word before


@lru_cache(maxsize=50_000)
def _zipf(word: str, lang: str) -> float:
    from wordfreq import available_languages, zipf_frequency

    if lang not in available_languages():  # wordfreq would answer for a "nearest" language
        return 0.0
    try:
        return zipf_frequency(word, lang)
    except LookupError:
        return 0.0


class _Reader:
    def __init__(self, text: str, start: int, end: int, lang: str) -> None:
        self.text, self.lang = text, lang
        self.lex = caseless_lexicon(lang)
        self.words: list[_Word] = []
        prev_end = start
        for m in WORD.finditer(text, start, end):
            key = fold(m.group())
            bare, clitic = key, 0
            for c in self.lex.clitics:
                # "وسوريا" is "and Syria", but "كوريا" is no "ك" + "وريا": the letter is a clitic
                # only where the rest is the more frequent word
                rest = m.group()[len(c) :]
                if key.startswith(c) and len(rest) >= 3 and _zipf(rest, lang) > _zipf(m.group(), lang):
                    bare, clitic = fold(rest), len(c)
                    break
            joined = not text[prev_end : m.start()].strip()
            self.words.append(_Word(m.start(), m.end(), m.group(), key, bare, clitic, joined))
            prev_end = m.end()

    # ------------------------------------------------------------ word classes

    def _in(self, w: _Word, table: frozenset[str]) -> bool:
        return w.key in table or (w.clitic > 0 and w.bare in table)

    def after_media(self, i: int) -> bool:
        """A media word ("network", "channel") stands right before word ``i``."""
        return i > 0 and self._in(self.words[i - 1], self.lex.media_cues)

    def is_title(self, w: _Word) -> bool:
        return self._in(w, self.lex.titles)

    def is_speech(self, w: _Word) -> bool:
        return self._in(w, self.lex.speech)

    def is_stop(self, w: _Word) -> bool:
        return self._in(w, self.lex.stopwords) or w.text.isdigit()

    def has_article(self, w: _Word) -> bool:
        art = self.lex.article
        return bool(art) and (w.key.startswith(art) or (w.clitic > 0 and w.bare.startswith(art)))

    def given(self, w: _Word) -> str:
        """The given name in the word (a glued honorific or a clitic taken off), or ""."""
        for form in (w.key, w.bare):
            if given_name(form):
                return form
            for p in self.lex.prefixes:  # "سیدعلی"
                if form.startswith(p) and given_name(form[len(p) :]):
                    return form[len(p) :]
            for cut in range(MIN_PART, len(form) - MIN_PART + 1):  # two run together: "محمدرضا"
                if given_name(form[:cut]) and given_name(form[cut:]):
                    return form
        return ""

    def common(self, w: _Word, level: float = COMMON_ZIPF) -> bool:
        """A word of the language (frequent in its word list), or one with a common word's ending."""
        if w.key.endswith(self.lex.word_endings) and len(w.key) > 4:
            return True
        return _zipf(w.text, self.lang) >= level or (
            w.clitic > 0 and _zipf(w.text[w.clitic :], self.lang) >= level
        )

    # ------------------------------------------------------------ names

    def after_cue(self, i: int) -> int:
        """The first word after a cue and the words that qualify it ("الرئيس الإيراني")."""
        j = i + 1
        while j < len(self.words) and j - i <= 4 and self.words[j].joined:
            w = self.words[j]
            if self.is_title(w) or (self.has_article(w) and not self.given(w)):
                j += 1
            else:
                break
        return j

    def name_at(self, j: int, cued: bool) -> list[int]:
        """The indexes of the words of a name starting at word ``j`` (empty when none)."""
        out: list[int] = []
        known = unknown = 0
        k = j
        while k < len(self.words) and len(out) < MAX_NAME_WORDS:
            w = self.words[k]
            if out and not w.joined:
                break
            if self.is_stop(w) or self.is_title(w) or self.is_speech(w):
                break
            if not out and self.place_at(k):
                break  # "… فرماندار تهران": the governor of a place, not a man named so
            if self._in(w, self.lex.particles):
                if (
                    k + 1 < len(self.words)
                    and self.words[k + 1].joined
                    and not self.is_stop(self.words[k + 1])
                ):
                    out += [k, k + 1]
                    known += 1
                    k += 2
                    continue
                break
            surname_due = bool(out) and known > 0 and not unknown
            if self.has_article(w):
                # a surname may carry the article ("… الحسيني"), when a cue vouches for the name
                # or the word is no common one ("السبت", Saturday, is)
                if surname_due and (cued or not self.common(w, RARE_ZIPF)):
                    out.append(k)
                break
            if self.given(w):
                out.append(k)
                known += 1
                k += 1
                continue
            if surname_due and not self.common(w, FUNCTION_ZIPF):
                out.append(k)  # the surname after first names (may be a word too: روحانی, cleric)
                break
            if self.common(w):
                break
            if cued and unknown < MAX_UNKNOWN:
                out.append(k)
                unknown += 1
                k += 1
                continue
            break
        if len(out) < 2 or (not known and not cued):
            return []
        # without a cue, a first name that is mostly a word ("تمام", all) needs a rare word after it
        first = self.words[out[0]]
        if (
            not cued
            and self.common(first)
            and not self.given(self.words[out[1]])
            and self.common(self.words[out[1]], RARE_ZIPF - 1)
        ):
            return []
        return out

    def place_at(self, i: int) -> tuple[int, str] | None:
        """(words, base) of a known place starting at word ``i``."""
        w = self.words[i]
        if i + 1 < len(self.words) and self.words[i + 1].joined:
            pair = w.bare + " " + self.words[i + 1].key
            for form in (w.key + " " + self.words[i + 1].key, pair):
                if form in countries() or form in cities():
                    return 2, form
        cue = i > 0 and self._in(self.words[i - 1], self.lex.loc_cues)
        for form, written in ((w.key, w.text), (w.bare, w.text[w.clitic :])):
            if form in countries():
                return 1, form
            city = cities().get(form)
            if city is None or country_nisba(form, self.lang):
                continue  # "وكندي", and a Canadian: a country's people, though a town is so spelt
            zipf = _zipf(written, self.lang)
            big = city_population().get(city[0], 0) >= BIG_CITY
            if big and zipf < COMMON_PLACE_ZIPF or (len(form) >= 4 and (cue or zipf < RARE_ZIPF)):
                return 1, form
        return None

    def mention(self, idx: list[int], etype: str) -> Mention:
        first, last = self.words[idx[0]], self.words[idx[-1]]
        # a clitic letter is taken off only where the word without it is what the tables know
        cut = (
            first.clitic
            if first.clitic and self.given(first) == first.bare and not given_name(first.key)
            else 0
        )
        if etype == "LOC" and first.clitic and first.key not in countries() and first.key not in cities():
            cut = first.clitic
        start = first.start + cut
        surface = self.text[start : last.end]
        base_words = [self.words[k].text for k in idx]
        base_words[0] = base_words[0][cut:]
        for p in self.lex.prefixes if etype == "PER" else ():
            head = fold(base_words[0])
            if head.startswith(p) and given_name(head[len(p) :]):
                base_words[0] = base_words[0][len(p) :]
        return Mention(start, last.end, surface, etype, " ".join(base_words), self.lang)


def find_caseless(text: str, start: int, end: int, lang: str | None) -> list[Mention]:
    """Person and place mentions in ``text[start:end]`` written in a script without capitals."""
    r = _Reader(text, start, end, lang or "")
    found: list[Mention] = []
    i = 0
    while i < len(r.words):
        w = r.words[i]
        place = r.place_at(i)
        if place and not r.given(w):
            n, _ = place
            # an outlet is often named after a place ("the network Al-Jazeera", the island): a
            # media word right before the name says it is the outlet, not the place
            found.append(r.mention(list(range(i, i + n)), "ORG" if r.after_media(i) else "LOC"))
            i += n
            continue
        cued = r.is_title(w) or r.is_speech(w)
        j = r.after_cue(i) if cued else i
        idx = r.name_at(j, cued)
        if idx:
            words = " ".join(r.words[k].key for k in idx)
            if words in cities() or (len(idx) == 2 and place is not None):
                found.append(r.mention(idx, "LOC"))  # "أحمد آباد": a city named like a man
            else:
                found.append(r.mention(idx, "PER"))
            i = idx[-1] + 1
            continue
        i = max(i + 1, j) if cued else i + 1
    return found
