"""Realis: does an event trigger report a happening, or only name one?

A trigger word is not yet an event. "Talks must end by autumn", "fear of a possible collapse",
"no agreement was reached", "will the referendum be held?", "we talk by phone every day", the
"Investigative Committee" and "a scandal broke out" all contain trigger words, and none of them
reports a talk, collapse, agreement, vote, call, investigation or explosion that took place.

This module judges one trigger from its own clause (the words between the nearest clause
boundaries: punctuation or a complementiser of the events lexicon) and
says why it is not a happening, or ``None`` when nothing speaks against it:

- ``question``: the sentence ends with a question mark (any language), or has a question
  particle of the language;
- ``negated``: a negation word close to the trigger in its clause; for a type that is an act (a
  payment, a meeting, a visit; not a physical happening, where "engine failure" is one word with
  "refusal" in Russian), a refusal shortly before it ("refused to pay compensation", "отказался от
  встречи");
- ``irrealis``: a future, conditional, modal, obligation or purpose word in the clause ("will",
  "must", "would", "if", "in order to"), or, for Russian and Ukrainian, a perfective verb in the future tense
  (pymorphy3), which needs no auxiliary;
- ``prospect``: a possibility, fear, plan, wish, call, preparation or entitlement word shortly
  before the trigger ("possible", "planned", "threat of", "want to", "called for", "prepares
  for", "entitled to"); for an occasion, "next" right before it ("the next elections") outside a
  time expression ("the next day"); a case a rule provides for ("in case of a delay", or an
  ambiguous "in the case of" in a sentence with a modal: "…, the carrier must"), and so a remedy
  ("all who wish can …, to claim compensation for a cancelled flight"); a vote ruled out; a danger
  ("moved because of the danger of attacks");
- ``habitual``: a habitual marker in the clause ("every day", "usually"), or a period a count
  sums up ("over the past five years": many happenings, none of them at a time), or a rate per
  period anywhere in the clause ("payouts reach £4m a week"); a count noun right before the trigger
  ("the number of cyber attacks rose", "število napadov"); for an occasion
  (a meeting, vote, visit … — not a physical happening, where "shot three times" is one shooting),
  a count of times next to the trigger ("won elections three times", "met him 11 times"); the
  most common or most frequent one ("the most common reason is a delay"); someone's statements in
  general, the subject of their clause ("…, his statements the subject of many debates"); a sentence
  opening with "for example" that names no time and tells nothing in the past (ru, uk: the
  morphology reads the tense), an illustration in the generic present;
- ``name``: the trigger inside a run of capitalised words that is not a title-case headline
  (an institution's name), a sentence-initial trigger followed by "with" and a name (an
  interview header), or a trigger inside a short capitalised quotation (a title);
- ``sense``: a figurative or unrelated sense, given per trigger type in data: a word of a
  "not-a-happening" class next to the trigger ("a scandal broke out", "met with laughter"), or a
  token the trigger's stem catches that is another word ("stormily"), or a verb of the type whose
  object no one acts on literally ("blew up the internet", "pitched tents" with the crash verb); a
  statement noun that names a letter of resignation ("заявление об уходе") unless the sentence tells
  what the letter says;
- ``abstract``: the word right before the trigger, the adjective that modifies it, names an abstract
  domain or weight, per trigger type in data ("an ideological attack", "a serious blow", "a
  financial catastrophe"): the trigger is meant figuratively. Only the adjacent word counts: "the
  economic shock was worse than after the terrorist attacks" still reports attacks. A physical
  trigger is figurative too by what follows it, its genitive or "of" complement naming something
  abstract ("an avalanche of criticism", "буря возмущения", "plaz kritik"), and a storm or an
  earthquake by the verb it is the object of ("sparked a storm", "wywołało burzę": nobody causes
  the weather);
- ``fragment``: a sentence of one or two words (a scrap cut off at an abbreviation, a caption);
- ``unconcluded``: a type that is a happening only when its clause says it was brought about
  (data, per type: an agreement signed, concluded, reached or ratified), and nothing says so — the
  bare noun names a document, a deal still sought, or the subject of a debate.

Per-language vocabulary is data (``lang/events/realis/<lang>.toml``); a language without a file
gets only the language-independent tests (question mark, capitalised run, quoted title), so
it is never guessed at and never fails.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from storyline.analyse.events_teaser import in_teaser
from storyline.analyse.text import WORD_RE, lang_at
from storyline.model import Analysis

NEG_BEFORE = 4  # words before the trigger a negation still governs ("no one was killed")
NEG_AFTER = 3  # words after it ("the meeting did not take place")
PROSPECT_REACH = 4  # words from a possibility/plan word to the trigger it governs
SENSE_REACH = 3  # words before the trigger for a figurative-sense word
# words after it: the object that gives the sense may follow an adjective or two ("the plan met
# with a rather cool reception")
SENSE_AFTER = 5
RANK_REACH = 2  # words from a plural superlative to the trigger ("самые яркие заявления")
RELATIVE_REACH = 2  # words from a relative pronoun opening the clause to the trigger ("jaka go spotkała")
CLAUSE_REACH = 10  # words either side: text without punctuation (transcripts) has no clause bounds
TITLE_WORDS = 6  # a quotation this short, capitalised, around the trigger is a title
LABEL_WORDS = 2  # a quotation this short is a label even with a comma after it: no saying is that short
# a "sentence" of one or two words is a scrap the splitter cut off at an abbreviation, a caption or a
# menu item: too little to tell a happening
MIN_SENTENCE_WORDS = 3
HEADLINE_SHARE = 0.6  # share of capitalised words above which a sentence is title-cased

# triggers that name a physical happening: the word itself is the news ("a plane crashed"), so a
# complementiser before its date does not make the date another clause's (``events._cut_off``),
# and a count of times or a "next" one is of shots, blows or a series, not of occasions
CONCRETE = frozenset(
    "crash shootdown explosion fire emergency_landing arrest detention attack shooting funeral "
    "earthquake flood storm collapse dam_breach landslide".split()
)
# types a refusal does not undo: a physical happening ("отказ двигателя", an engine failure, before a
# crash), one that is itself a refusal of service ("odmówiła wejścia na pokład", denied boarding;
# "отказалась от рейсов", dropped its flights: a disruption; a border refusing entry: a closure), or a
# statement, where the refusal word of many languages also means "reject" ("zavrnil skupno izjavo",
# rejected the joint statement: it was made)
UNREFUSED = CONCRETE | {"disruption", "closure", "statement"}
# words from "whose" to the trigger of the class it describes ("whose flights were delayed,
# cancelled": a list may stand between)
WHOSE_REACH = 6
AHEAD_REACH = 2  # words from "next" to the trigger it modifies ("the next European elections")
# words from a count of times to the trigger it counts ("won elections three times"); further off it
# counts something else ("at the meeting he repeatedly attacked the project")
REPEAT_REACH = 3
# physical types whose word, heading a noun phrase with an abstract complement, is a figure of
# speech ("a storm of protest", "a flood of questions", "an attack of panic", "an explosion of anger")
FIGURATIVE_HEADS = frozenset("storm flood landslide earthquake attack fire explosion".split())
# physical types nobody causes: the object of "caused", "sparked" is a figure ("sparked a storm");
# a fire, a flood, an explosion or a landslide are caused for real
UNCAUSED = frozenset({"storm", "earthquake"})
CAUSE_REACH = 2  # words from the causing verb to the trigger ("вызвало настоящую бурю")
COMPLEMENT_REACH = 2  # words after the head or its "of" (an adjective may come first)
OBJECT_REACH = 2  # words after a verb for its object (an adjective may come first)
# types whose words also tell a figure falling or rising ("crashed", "collapsed", "a flood of",
# "an avalanche of"): with a percentage in the clause they tell a statistic, in any language
STATISTIC_SENSES = frozenset({"crash", "collapse", "flood", "landslide"})
# a disruption a percentage quantifies is a statistic only where its clause names no time: "75 percent
# of delayed flights" sums up a year, "75% of flights were delayed on Friday" is one day's news
STATISTIC_UNLESS_DATED = frozenset({"disruption"})
# words before the trigger a percentage quantifies it from ("75 percent of delayed flights"); one
# after it is a share of something else ("cancelled 8% of its flights": the cancelling took place)
SHARE_REACH = 3
# words from an occasion's trigger to a count of times written in digits after it ("met the
# ambassador 11 times"): the verb's object comes between
COUNT_AFTER = 5
MIN_COUNT = 3  # "twice" is two recent occasions, each news (as for ``repeated``)
GENERIC_REACH = 2  # words from the trigger to "those who" ("attack on those who", "útočí na ty, kdo")
LIST_REACH = 5  # words from the trigger to "and the like" ending the list its object opens
QUESTION_MARKS = "?？؟"
BOUNDARY = re.compile(r"[,;:()\[\]–—]|\s-\s")
# a short lower-case aside in brackets qualifies the words around it ("in a (hypothetical) second
# referendum"): its brackets do not cut the clause; a capitalised one (an agency, a name) still does
ASIDE = re.compile(r"\([^()\d]{1,40}\)")
ASIDE_WORDS = 3
QUOTES = {"«": "»", "“": "”", "„": "“”", '"': '"', "‹": "›", "‚": "‘’"}

Words = tuple[tuple[str, ...], ...]  # phrases of words; a word ending in "*" is a stem


@dataclass(frozen=True)
class RealisPack:
    negation: Words = ()
    irrealis: Words = ()
    question: Words = ()  # before the trigger in its clause ("whether": "investigates whether" is one)
    question_enclitic: Words = ()  # anywhere in the clause ("ли" follows the word it asks about)
    question_initial: Words = ()  # only as the sentence's first word ("czy", "чи": also "or")
    evidential: Words = ()  # reportative forms that look modal ("naj bi"): still a happening
    not_negation: Words = ()  # "не менее" (at least), "not only": a negation that negates nothing
    # "refused", "declined to", "отказ*", "odmówił": shortly before an act's trigger, the act was
    # refused, not done ("announced its refusal to pay compensation")
    refusal: Words = ()
    prospect: Words = ()
    # "urged calm after the shooting": a word that places the trigger after or because of something
    # stops a prospect word before it from reaching the trigger
    prospect_barrier: Words = ()
    # "pressure for", "demonstrate for a new", "ahead of": shortly before the trigger, the happening
    # is pushed for or still to come ("pressure for the cancellation of the project", "thousands
    # demonstrate for a new referendum", "ahead of the key meeting on Friday")
    sought: Words = ()
    # "representatives of X at": right before the trigger, the talks name who someone is (only meetings)
    roles: Words = ()
    habitual: Words = ()
    # "tygodniowo", "per week": a rate sums up many happenings ("payouts reach £4m a week"); looked
    # for in the clause, and for a trigger that opens it in the whole clause between punctuation, as
    # the amount it qualifies often ends a long one
    rates: Words = ()
    # "won elections three times", "repeatedly met": a count of occasions sums up many of them
    # (only for types that are occasions: "shot three times" is one shooting)
    repeated: Words = ()
    # "the next elections", "the coming summit": the occasion is still to come (only for types that
    # are occasions: "the next attack came in May" tells a series)
    ahead: Words = ()
    # "for the first time in five years": a period that dates one happening, no repeated one
    not_habitual: Words = ()
    with_words: frozenset[str] = frozenset()
    capitalised_nouns: bool = False  # German writes every noun capitalised: no name rule
    future_morphology: bool = False  # pymorphy3 has the language (ru, uk)
    senses: tuple[tuple[str, Words], ...] = ()  # (trigger type, words of a figurative sense)
    not_trigger: tuple[tuple[str, Words], ...] = ()  # (trigger type, tokens that are other words)
    abstract: tuple[tuple[str, Words], ...] = ()  # (trigger type, adjectives of a figurative sense)
    # abstract nouns in the form they take as a head's complement (genitive, or after "of")
    complements: Words = ()
    of_words: Words = ()  # the words that link a head to its complement ("of", "de"); none: a genitive
    causing: Words = ()  # "caused", "sparked", "wywołało": verbs whose object is brought about
    passive_by: Words = ()  # the agent word of a passive ("caused by storms": the storm did it)
    completion: tuple[tuple[str, Words], ...] = ()  # (trigger type, words that make it a happening)
    # (trigger type, words saying it took place: "met", "was held"): evidence, not a filter
    # (``events_evidence``)
    happened: tuple[tuple[str, Words], ...] = ()
    # (trigger type, words of what a literal happening of the type is about: an aircraft, a
    # building, casualties for a crash or a fire; a person for an arrest; flights or a supply for a
    # disruption): evidence, not a filter (``events_evidence``)
    arguments: tuple[tuple[str, Words], ...] = ()
    # "in the case of" ("w przypadku", "v primeru"): a condition only where the sentence says what
    # must or will follow; "as in the case of the crash" refers to one told. "Compensation for" is
    # read the same way: with a modal, a remedy a rule provides for; without, paid for one told
    case_of: Words = ()
    # "is obliged to", "ma obowiązek": also irrealis words; kept apart for ``_rule_case``
    obligation: Words = ()
    # "whose", "których", "чьи": a relative that describes people by what befell them ("passengers
    # whose flights were cancelled"); in a sentence that states an obligation, the class of people a
    # rule covers, no happening (``_rule_case``)
    whose: Words = ()
    percent: Words = ()  # "percent", "procent", "процент*": a share written out (beside "%")
    times: Words = ()  # "times", "раз", "krát" after a number: a count of occasions ("11 times")
    # "the number of", "število", "количество": a count noun ending right before the trigger (an
    # adjective between where the phrase says so: "število *ih") counts many happenings of the
    # kind ("the number of cyber attacks rose"), none of them at a time
    counts: Words = ()
    # "those who", "ty, kdo": right after the trigger, its object is anyone of a kind ("fanatics attack
    # those who defend her"), no one at a time; words of the sentence, punctuation skipped
    generic_objects: Words = ()
    # "and the like", "etc.": a list the trigger's object opens is of kinds ("people cancel trips,
    # events and the like"), no particular happening; words of the sentence, punctuation skipped
    open_lists: Words = ()
    # "his statements", "njegove izjave": a possessive and a statement noun in the plural opening the
    # clause, its subject — what someone says in general, no statement at a time
    general_talk: Words = ()
    # "which", "która", "которая": a clause opening with one is about the noun right before it
    # ("the criticism, which met him"), whose sense words then count as the clause's own
    relatives: Words = ()
    # adverbials that may stand between a relative pronoun and its trigger ("która w związku z tym
    # wybuchła"): they do not count against RELATIVE_REACH
    relative_fillers: Words = ()
    # "Read also:" and the like: the linked article's title follows (analyse/events_teaser.py)
    teaser_cues: tuple[str, ...] = ()
    # a superlative only the plural takes ("самые яркие заявления"), shortly before the trigger: a
    # ranking of many happenings, none of them at a time
    ranked: Words = ()
    # a superlative either number takes ("най-смешното изявление на деня", "най-важното в преговорите"),
    # shortly before an occasion's trigger (a statement, talks; not a physical happening, where "the
    # worst crash" is one) in a clause that names no time: a ranking of many, none of them at a time
    ranked_occasions: Words = ()
    # (trigger type, the type's verbs that take an object, objects that make them a figure): "the trial
    # blew up the rights groups", "взорвал интернет" — nobody blows up people's opinion, the internet or
    # the social networks for real
    objects: tuple[tuple[str, Words, Words], ...] = ()
    # "for example", "например": a sentence opening with one, with no time and no verb in the past,
    # illustrates a kind of thing ("For example, the number of fire engines sent to a fire grows with
    # the damage"); read only where the morphology tells the tense (ru, uk)
    examples: Words = ()
    # "об уходе", "о rezygnacji", "odstopna": shortly after a statement noun (an adjective: right
    # before it), a letter of resignation — a resignation, which the types lack, no statement
    resignation: Words = ()


FALLBACK = RealisPack()


@cache
def pack(lang: str | None) -> RealisPack:
    """The realis vocabulary of a language; the empty pack where there is none."""
    if not lang or not re.fullmatch(r"[a-z]{2,3}", lang):
        return FALLBACK
    path = resources.files("storyline") / "lang" / "events" / "realis" / f"{lang}.toml"
    if not path.is_file():
        return FALLBACK
    data = tomllib.loads(path.read_text("utf-8"))

    def words(entries: list[str]) -> Words:
        return tuple(tuple(e.lower().split()) for e in entries if e.strip())

    return RealisPack(
        negation=words(data.get("negation", [])),
        # the perfective futures a language without morphology lists ("złożą", "podepíše") and the
        # phrases of obligation ("is obliged to", "ma obowiązek", "обязан") are irrealis words like
        # "will" and "must"; kept apart in the data as classes of their own
        irrealis=words(
            data.get("irrealis", []) + data.get("irrealis_perfective", []) + data.get("obligation", [])
        ),
        question=words(data.get("question", [])),
        question_enclitic=words(data.get("question_enclitic", [])),
        question_initial=words(data.get("question_initial", [])),
        evidential=words(data.get("evidential", [])),
        not_negation=words(data.get("not_negation", [])),
        refusal=words(data.get("refusal", [])),
        prospect=words(data.get("prospect", [])),
        prospect_barrier=words(data.get("prospect_barrier", [])),
        sought=words(data.get("sought", [])),
        roles=words(data.get("roles", [])),
        habitual=words(data.get("habitual", [])),
        rates=words(data.get("rates", [])),
        repeated=words(data.get("repeated", [])),
        ahead=words(data.get("ahead", [])),
        not_habitual=words(data.get("not_habitual", [])),
        with_words=frozenset(w.lower() for w in data.get("with_words", [])),
        capitalised_nouns=bool(data.get("capitalised_nouns", False)),
        future_morphology=bool(data.get("future_morphology", False)),
        senses=tuple((k, words(v)) for k, v in data.get("senses", {}).items()),
        not_trigger=tuple((k, words(v)) for k, v in data.get("not_trigger", {}).items()),
        abstract=tuple((k, words(v)) for k, v in data.get("abstract", {}).items()),
        complements=words(data.get("complements", [])),
        of_words=words(data.get("of_words", [])),
        causing=words(data.get("causing", [])),
        passive_by=words(data.get("passive_by", [])),
        completion=tuple((k, words(v)) for k, v in data.get("completion", {}).items()),
        happened=tuple((k, words(v)) for k, v in data.get("happened", {}).items()),
        arguments=tuple((k, words(v)) for k, v in data.get("arguments", {}).items()),
        case_of=words(data.get("case_of", [])),
        obligation=words(data.get("obligation", [])),
        whose=words(data.get("whose", [])),
        percent=words(data.get("percent", [])),
        times=words(data.get("times", [])),
        counts=words(data.get("counts", [])),
        generic_objects=words(data.get("generic_objects", [])),
        open_lists=words(data.get("open_lists", [])),
        general_talk=words(data.get("general_talk", [])),
        relatives=words(data.get("relatives", [])),
        relative_fillers=words(data.get("relative_fillers", [])),
        teaser_cues=tuple(data.get("teaser_cues", [])),
        ranked=words(data.get("ranked", [])),
        ranked_occasions=words(data.get("ranked_occasions", [])),
        examples=words(data.get("examples", [])),
        resignation=words(data.get("resignation", [])),
        objects=tuple(
            (k, words(v.get("verbs", [])), words(v.get("objects", [])))
            for k, v in data.get("objects", {}).items()
        ),
    )


def _is(word: str, pattern: str) -> bool:
    """ "stem*" matches a beginning, "*ending" an ending (Turkish suffixes), else the word."""
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    if pattern.startswith("*"):
        return len(word) > len(pattern) and word.endswith(pattern[1:])
    return word == pattern


def _at(words: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    return i + len(phrase) <= len(words) and all(_is(words[i + j], p) for j, p in enumerate(phrase))


def find(words: list[str], phrases: Words, lo: int = 0, hi: int | None = None) -> bool:
    """Does a phrase start in words[lo:hi]?"""
    hi = len(words) if hi is None else hi
    if not phrases:
        return False
    exact, by_first, by_last, anywhere = _index(phrases)
    for i in range(max(0, lo), min(hi, len(words))):
        w = words[i]
        for group in (exact.get(w), by_first.get(w[:1]), by_last.get(w[-1:]), anywhere):
            if group and any(_at(words, i, p) for p in group):
                return True
    return False


PhraseIndex = tuple[dict[str, Words], dict[str, Words], dict[str, Words], Words]
_indexes: dict[int, tuple[Words, PhraseIndex]] = {}


def _index(phrases: Words) -> PhraseIndex:
    """The phrases a word can start, by the word's first pattern: a whole word (looked up by the
    word), a stem (by its first letter), an ending (by its last letter), or any word. Trying only
    those at each word is the same test as trying every phrase (most words start none), without
    the cost of trying every phrase at every word. Kept per phrase tuple (those of the cached
    language packs: a handful)."""
    got = _indexes.get(id(phrases))
    if got is not None and got[0] is phrases:
        return got[1]
    exact: dict[str, list[tuple[str, ...]]] = {}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    by_last: dict[str, list[tuple[str, ...]]] = {}
    anywhere: list[tuple[str, ...]] = []
    for phrase in phrases:
        if not phrase:
            anywhere.append(phrase)
            continue
        head = phrase[0]
        if head.endswith("*"):
            (by_first.setdefault(head[0], []) if len(head) > 1 else anywhere).append(phrase)
        elif head.startswith("*"):
            (by_last.setdefault(head[-1], []) if len(head) > 1 else anywhere).append(phrase)
        else:
            exact.setdefault(head, []).append(phrase)
    index: PhraseIndex = (
        {k: tuple(v) for k, v in exact.items()},
        {k: tuple(v) for k, v in by_first.items()},
        {k: tuple(v) for k, v in by_last.items()},
        tuple(anywhere),
    )
    if len(_indexes) > 1000:  # phrase tuples made on the fly (not a pack's): do not keep them all
        _indexes.clear()
    _indexes[id(phrases)] = (phrases, index)
    return index


def why_not_happening(
    text: str, analysis: Analysis, kind: str, start: int, end: int, sent_start: int, sent_end: int
) -> str | None:
    """Why the trigger ``text[start:end]`` of type ``kind`` does not report a happening, or
    ``None`` when it does (as far as its clause tells)."""
    lang = lang_at(analysis, start)
    p = pack(lang)
    sentence = text[sent_start:sent_end].rstrip()
    if sentence and sentence[-1] in QUESTION_MARKS:
        return "question"
    if _names(text, p, start, end, sent_start, sent_end):
        return "name"
    if _word_count(text, sent_start, sent_end) < MIN_SENTENCE_WORDS:
        return "fragment"
    if in_teaser(text, p.teaser_cues, start):
        return "teaser"  # another article's title, linked from this one
    lo, hi = _clause(text, lang, start, end, sent_start, sent_end)
    opening = WORD_RE.search(text, sent_start, sent_end)
    opens_at = opening.start() if opening else -1
    tokens = [(_fold(m.group(), p, m.start() == opens_at), m.start()) for m in WORD_RE.finditer(text, lo, hi)]
    words = [w for w, _s in tokens]
    first = next((i for i, (w, s) in enumerate(tokens) if s + len(w) > start), len(tokens))
    last = next((i for i, (_w, s) in enumerate(tokens) if s >= end), len(tokens))  # after the trigger
    # the sense words are common nouns: a headline capitalises them too ("Lightning Strikes …")
    lowered = [w.lower() for w in words]
    if any(t == kind and find(lowered[first:last], ws) for t, ws in p.not_trigger):
        return "sense"
    share = "%" in text[lo:hi] or find(lowered, p.percent)
    if kind in STATISTIC_SENSES and share:
        return "sense"  # "sales crashed by 40%", "the rouble collapsed 12%": a statistic
    if (
        kind in STATISTIC_UNLESS_DATED
        and _share_of(text, tokens, lowered, p, first)
        and not _timed(analysis, lo, hi)
    ):
        return "sense"  # "75 percent of delayed flights": a share of many, none of them at a time
    if any(
        t == kind and find(lowered, ws, first - SENSE_REACH, last + SENSE_REACH) for t, ws in p.senses
    ) and not (_literal(lowered, p, kind, first, last)):
        return "sense"
    if any(t == kind and _far_sense(lowered, ws, p, last) for t, ws in p.senses):
        return "sense"
    if kind == "statement" and _resignation(text, lang, p, lowered, first, last, end, sent_end):
        return "sense"
    if _antecedent_sense(text, p, kind, lowered, first, lo, sent_start):
        return "sense"
    if _figurative_object(lowered, p, kind, first, last):
        return "sense"
    if first > 0 and any(t == kind and find(lowered, ws, first - 1, first) for t, ws in p.abstract):
        return "abstract"
    if kind in FIGURATIVE_HEADS and _abstract_complement(lowered, p, last):
        return "abstract"
    if kind in UNCAUSED and _caused(lowered, p, first):
        return "abstract"
    if (
        find(words, p.question, 0, first)
        or find(words, p.question_enclitic)
        or (opening and find([opening.group().lower()], p.question_initial))
    ):
        return "question"
    negatable = _without(words, p.not_negation)
    if find(negatable, p.negation, first - NEG_BEFORE, first) or find(
        negatable, p.negation, last, last + NEG_AFTER
    ):
        return "negated"
    if kind not in UNREFUSED and _refused(words, p, first):
        return "negated"
    if find(_without(words, p.evidential), p.irrealis) or (p.future_morphology and _future(lang, words)):
        return "irrealis"
    if _sought(words, p, first):
        return "prospect"
    if kind == "meeting" and _role(lowered, p, first):
        return "sense"
    if (
        _prospect(words, p, first)
        or _provided_for(text, words, p, first, sent_start, sent_end)
        or (kind not in CONCRETE and _rule_case(text, analysis, p, start, hi, sent_start, sent_end))
        or (kind not in CONCRETE and _ahead(analysis, tokens, p, first))
    ):
        return "prospect"
    if (
        find(_without(words, p.not_habitual), p.habitual)
        or _anyone(text, analysis, p, end, sent_end, lo, hi)
        or _general_talk(analysis, lowered, p, first, lo, hi)
        or find(lowered, p.ranked, first - RANK_REACH, first)
        or (
            kind not in CONCRETE
            and find(lowered, p.ranked_occasions, first - RANK_REACH, first)
            and not _timed(analysis, lo, hi)
        )
        or find(lowered, p.rates)
        or (_count_of(lowered, p, first) and "-" not in text[start : end + 1])
        or _example(text, analysis, p, lang, sent_start, sent_end)
        or (first == 0 and _rate(text, p, lang, start, end, sent_start, sent_end))
    ) or (
        kind not in CONCRETE
        and (find(words, p.repeated, first - REPEAT_REACH, last + REPEAT_REACH) or _counted(words, p, last))
    ):
        return "habitual"
    needs = [ws for t, ws in p.completion if t == kind]
    if needs and not any(find(words, ws) for ws in needs):
        return "unconcluded"
    return None


def _rate(
    text: str, p: RealisPack, lang: str | None, start: int, end: int, sent_start: int, sent_end: int
) -> bool:
    """A rate per period in the trigger's clause between punctuation, however long, for a trigger
    that opens it, the subject whose amount the clause ends on ("Odszkodowania wypłacane przez …
    sięgają ponad 4 mln funtów tygodniowo"). A trigger further in is often a time anchor of
    someone else's rate ("until the vote, 250,000 people came each year")."""
    if not p.rates:
        return False
    lo, hi = _clause(text, lang, start, end, sent_start, sent_end, reach=None)
    return find([w.lower() for w in WORD_RE.findall(text, lo, hi)], p.rates)


def _example(
    text: str, analysis: Analysis, p: RealisPack, lang: str | None, sent_start: int, sent_end: int
) -> bool:
    """The sentence opens with "for example", names no time and tells nothing in the past tense: an
    illustration of a kind of thing in the generic present ("Например, число пожарных машин …
    зависит от размеров пожара"). An example told in the past is one that happened ("for example,
    the airline paid …"), so only a language whose verbs the morphology reads (ru, uk) has the rule."""
    analyzer = morph(lang) if p.examples else None
    if analyzer is None:
        return False
    opening = [w.lower() for w in WORD_RE.findall(text, sent_start, min(sent_end, sent_start + 40))]
    if not find(opening, p.examples, 0, 1) or _timed(analysis, sent_start, sent_end):
        return False
    for w in WORD_RE.findall(text, sent_start, sent_end):
        tag = analyzer.parse(w.lower())[0].tag
        if tag.POS == "VERB" and tag.tense == "past":
            return False
    return True


def _timed(analysis: Analysis, lo: int, hi: int) -> bool:
    """Whether a time expression starts in the clause ``text[lo:hi]``: it tells one occasion."""
    return any(lo <= t.start < hi for t in analysis.timexes)


def _word_count(text: str, start: int, end: int) -> int:
    """Words as the writer spaced them: an abbreviation's letters ("m.in.", "т.е.") are one word, so
    a scrap the splitter cut after one ("Spotkała m.inn.") stays a scrap."""
    return sum(1 for chunk in text[start:end].split() if WORD_RE.search(chunk))


def _literal(words: list[str], p: RealisPack, kind: str, first: int, last: int) -> bool:
    """The word right after the trigger names what the type's own literal happening is about
    ("cancelled flights because of the war", "odwołała loty z powodu sankcji"): the literal reading
    wins over a sense word nearby. Only types with an argument list of their own (``[arguments]``
    keyed by the type: a disruption's flights, an election's voters)."""
    return any(t == kind and find(words, ws, last, last + 1) for t, ws in p.arguments)


def _abstract_complement(words: list[str], p: RealisPack, last: int) -> bool:
    """The trigger heads a noun phrase whose complement is abstract: the genitive right after it
    or after an adjective ("лавина критики", "plaz ostrih kritik"), or, where the language links a
    complement with a word ("of", "de", "der"), the noun after that word ("a storm of angry
    protest"). An elided link is one word with its noun ("une vague d'indignation")."""
    if not p.of_words:
        return find(words, p.complements, last, last + COMPLEMENT_REACH)
    elided = last < len(words) and ("'" in words[last] or "’" in words[last])
    if elided and find(words, p.complements, last, last + 1):
        return True  # a noun right after the head is no complement ("after the fire questions …")
    return find(words, p.of_words, last, last + 1) and find(
        words, p.complements, last + 1, last + 1 + COMPLEMENT_REACH
    )


def _caused(words: list[str], p: RealisPack, first: int) -> bool:
    """A causing verb shortly before the trigger, the trigger its object ("sparked a storm",
    "вызвало настоящую бурю"), not its agent ("damage caused by storms")."""
    for i in range(max(0, first - CAUSE_REACH), first):
        if find(words, p.causing, i, i + 1) and not find(words, p.passive_by, i + 1, first):
            return True
    return False


def _prospect(words: list[str], p: RealisPack, first: int) -> bool:
    """A possibility, plan, call or fear word shortly before the trigger, with no word between them
    that places the trigger after or because of something ("urged calm after the shooting": the
    call is for calm, the shooting took place)."""
    for i in range(max(0, first - PROSPECT_REACH), first):
        if find(words, p.prospect, i, i + 1) and not find(words, p.prospect_barrier, i + 1, first):
            return True
    return False


def _refused(words: list[str], p: RealisPack, first: int) -> bool:
    """A refusal shortly before the trigger ("refused to pay compensation", "сообщила об отказе
    выплатить компенсацию"), with no word between them that places the trigger after or because of
    something ("refused to comment after the meeting": the meeting took place)."""
    for i in range(max(0, first - NEG_BEFORE), first):
        if find(words, p.refusal, i, i + 1) and not find(words, p.prospect_barrier, i + 1, first):
            return True
    return False


def _sought(words: list[str], p: RealisPack, first: int) -> bool:
    """A word that pushes for the happening or puts it ahead shortly before the trigger ("tlak na
    zrušení", "demonstrují za nové referendum", "в преддверии ключевой встречи"), as ``_prospect``.
    Not in a clause that names a year: that tells back to it ("в преддверии референдума в 2016 году")."""
    if any(len(w) == 4 and w.isdigit() and w[:2] in ("19", "20") for w in words):
        return False
    for i in range(max(0, first - PROSPECT_REACH), first):
        if find(words, p.sought, i, i + 1) and not find(words, p.prospect_barrier, i + 1, first):
            return True
    return False


def _role(words: list[str], p: RealisPack, first: int) -> bool:
    """ "Представители на ЕС на преговорите определиха …": a role phrase ending right at the trigger
    names people by the talks they attend; what they did is the news, not the talks."""
    return any(
        _at(words, i, phrase) and i + len(phrase) == first
        for phrase in p.roles
        for i in range(max(0, first - len(phrase)), first)
    )


def _provided_for(
    text: str, words: list[str], p: RealisPack, first: int, sent_start: int, sent_end: int
) -> bool:
    """ "In the case of a delay over two hours, the carrier must provide meals": a case a rule
    provides for — an "in the case of" shortly before the trigger in a sentence with a modal or
    future word. Without one it names the case of a happening told ("as was the case with the
    referendum two years ago")."""
    if not p.case_of:
        return False
    for i in range(max(0, first - PROSPECT_REACH), first):
        if find(words, p.case_of, i, i + 1) and not find(words, p.prospect_barrier, i + 1, first):
            sentence = [m.group().lower() for m in WORD_RE.finditer(text, sent_start, sent_end)]
            return find(_without(sentence, p.evidential), p.irrealis)
    return False


def _rule_case(
    text: str, analysis: Analysis, p: RealisPack, start: int, hi: int, sent_start: int, sent_end: int
) -> bool:
    """ "The carrier has an obligation to provide meals – says X of a firm serving passengers whose
    flights were delayed, cancelled …": in a sentence that states an obligation, a trigger a few words
    after "whose" (a list's commas between) describes the class of people the rule covers, no
    happening — unless a time expression tells one ("whose flights were cancelled on Friday")."""
    if not (p.whose and p.obligation):
        return False
    tokens = [(m.group().lower(), m.start()) for m in WORD_RE.finditer(text, sent_start, sent_end)]
    words = [w for w, _s in tokens]
    first = next((i for i, (_w, s) in enumerate(tokens) if s >= start), len(tokens))
    for i in range(max(0, first - WHOSE_REACH), first):
        if find(words, p.whose, i, i + 1):
            return find(words, p.obligation) and not _timed(analysis, tokens[i][1], hi)
    return False


def _share_of(
    text: str, tokens: list[tuple[str, int]], lowered: list[str], p: RealisPack, first: int
) -> bool:
    """A percentage right before the trigger, the share of happenings it counts."""
    lo = max(0, first - SHARE_REACH)
    if lo >= first:
        return False
    end = tokens[first][1] if first < len(tokens) else len(text)
    return "%" in text[tokens[lo][1] : end] or find(lowered, p.percent, lo, first)


def _anyone(text: str, analysis: Analysis, p: RealisPack, end: int, sent_end: int, lo: int, hi: int) -> bool:
    """ "Fanatics attack those who defend her", "útočí na ty, kdo …": the trigger's object, right
    after it (a preposition may come first), is anyone of a kind — a habit or a threat, no
    happening at a time; so is a list of kinds it opens ("they cancel trips, events and the like").
    Only in a clause that names no time ("on Monday the gunman shot those who tried to flee" tells
    one)."""
    if not (p.generic_objects or p.open_lists) or _timed(analysis, lo, hi):
        return False
    after = [w.lower() for w in WORD_RE.findall(text, end, sent_end)][: LIST_REACH + 3]
    return find(after, p.generic_objects, 0, GENERIC_REACH) or find(after, p.open_lists, 0, LIST_REACH)


def _general_talk(analysis: Analysis, words: list[str], p: RealisPack, first: int, lo: int, hi: int) -> bool:
    """ "…, his statements (and deeds) the subject of many debates": a possessive and the trigger in
    the plural open the clause, its subject, and the clause names no time — what someone says in
    general. In the singular ("his statement angered Moscow") or with a time it is one statement."""
    return first == 1 and find(words, p.general_talk, 0, 1) and not _timed(analysis, lo, hi)


def _count_of(words: list[str], p: RealisPack, first: int) -> bool:
    """A count noun whose phrase ends right before the trigger ("the number of attacks", "število
    kibernetskih napadov"): the trigger names what is counted, many happenings of a kind, no one
    happening. Only right before it: "the number of victims of the attack" counts victims of one,
    and so does a trigger that only opens a hyphenated compound ("die Zahl der Hochwasser-Opfer",
    checked by the caller)."""
    return any(first >= len(phrase) and _at(words, first - len(phrase), phrase) for phrase in p.counts)


def _counted(words: list[str], p: RealisPack, last: int) -> bool:
    """A count of times in digits, three or more, after the occasion's trigger ("зустрічався з послом
    11 разів", "met him 5 times"): many occasions summed up. One before it counts something else
    ("met 11 times on the eve of the referendum": the meetings, not the vote)."""
    for i in range(last, min(len(words) - 1, last + COUNT_AFTER)):
        if words[i].isdigit() and int(words[i]) >= MIN_COUNT and find(words, p.times, i + 1, i + 2):
            return True
    return False


def _ahead(analysis: Analysis, tokens: list[tuple[str, int]], p: RealisPack, first: int) -> bool:
    """A word for the next or coming one right before the trigger, or one word before it ("the next
    European elections", "следващите избори"), that is not part of a time expression ("the next
    day", "на следующий день": when something happened, not which occasion)."""
    for i in range(max(0, first - AHEAD_REACH), first):
        word, at = tokens[i]
        if find([word.lower()], p.ahead) and not any(t.start <= at < t.end for t in analysis.timexes):
            return True
    return False


def _resignation(
    text: str,
    lang: str | None,
    p: RealisPack,
    words: list[str],
    first: int,
    last: int,
    end: int,
    sent_end: int,
) -> bool:
    """ "The premier accepted X's letter of resignation" ("заявление X об уходе", "odstopna izjava"): the
    statement noun names the letter by which someone resigns, no statement. Where the sentence goes on
    to tell what the letter says ("in his letter of resignation he wrote that …": a complementiser
    after the trigger), the letter is read as the writer's statement."""
    if not p.resignation or not (
        find(words, p.resignation, last, last + SENSE_AFTER) or find(words, p.resignation, first - 1, first)
    ):
        return False
    from storyline.analyse.events import lexicon  # events imports this module

    lex = lexicon(lang)
    starters = lex.complementizers if lex is not None else frozenset()
    return not any(w.lower() in starters for w in WORD_RE.findall(text, end, sent_end))


def _antecedent_sense(
    text: str, p: RealisPack, kind: str, words: list[str], first: int, lo: int, sent_start: int
) -> bool:
    """ "Odniósł się do krytyki, jaka spotkała go": a relative clause right after a noun, the trigger
    among its first words, is about that noun; a sense word there is the trigger's own (criticism
    meets nobody), though a comma keeps it out of the clause."""
    if not p.relatives or not words or not find(words, p.relatives, 0, 1):
        return False
    if _relative_distance(words, p, first) > RELATIVE_REACH:
        return False
    before = WORD_RE.findall(text, max(sent_start, lo - 40), lo)
    return bool(before) and any(t == kind and find([before[-1].lower()], ws) for t, ws in p.senses)


def _relative_distance(words: list[str], p: RealisPack, first: int) -> int:
    """Words from the relative pronoun (words[0]) to the trigger at ``first``, an adverbial filler
    between them ("w związku z tym", "then") not counted: it leaves the trigger the clause's verb."""
    i, distance = 1, 1
    while i < first:
        span = max(
            (len(f) for f in p.relative_fillers if _at(words, i, f) and i + len(f) <= first), default=0
        )
        if span:
            i += span
            continue
        i += 1
        distance += 1
    return distance if first > 0 else 0


def _figurative_object(words: list[str], p: RealisPack, kind: str, first: int, last: int) -> bool:
    """The trigger is one of its type's transitive verbs and its object, right after it or after one
    adjective, is of a kind no one acts on literally ("взриви правозащитните организации": the
    trial blew up the rights groups; "взорвал интернет")."""
    return any(
        t == kind and find(words[first:last], verbs) and find(words, objects, last, last + OBJECT_REACH)
        for t, verbs, objects in p.objects
    )


def _far_sense(words: list[str], senses: Words, p: RealisPack, last: int) -> bool:
    """A sense word a few words after the trigger, with no word of a literal argument before it
    ("cancelled 300 flights and limited …" is about flights, whatever follows)."""
    for i in range(last + SENSE_REACH, min(len(words), last + SENSE_AFTER)):
        if find(words, senses, i, i + 1):
            return not any(find(words, ws, last, i) for _t, ws in p.arguments)
    return False


def clause_words(
    text: str, analysis: Analysis, start: int, end: int, sent_start: int, sent_end: int
) -> list[str]:
    """The words of the trigger's clause, folded as the word lists are matched."""
    lang = lang_at(analysis, start)
    p = pack(lang)
    lo, hi = _clause(text, lang, start, end, sent_start, sent_end)
    opening = WORD_RE.search(text, sent_start, sent_end)
    opens_at = opening.start() if opening else -1
    return [_fold(m.group(), p, m.start() == opens_at) for m in WORD_RE.finditer(text, lo, hi)]


def clause_span(
    text: str, analysis: Analysis, start: int, end: int, sent_start: int, sent_end: int
) -> tuple[int, int]:
    """The offsets of the trigger's clause."""
    return _clause(text, lang_at(analysis, start), start, end, sent_start, sent_end)


def _fold(word: str, p: RealisPack, opens_sentence: bool) -> str:
    """Lower case, except a capitalised word inside a sentence where only names are capitalised:
    "3 May" is a month, not the modal "may"."""
    if opens_sentence or p.capitalised_nouns or not word[:1].isupper():
        return word.lower()
    return word


def _without(words: list[str], phrases: Words) -> list[str]:
    """The words with every evidential phrase blanked out."""
    out = list(words)
    if not phrases:
        return out
    exact, by_first, by_last, anywhere = _index(phrases)
    for i, w in enumerate(words):
        for group in (exact.get(w), by_first.get(w[:1]), by_last.get(w[-1:]), anywhere):
            for phrase in group or ():
                if _at(words, i, phrase):
                    out[i : i + len(phrase)] = [""] * len(phrase)
    return out


def _clause(
    text: str,
    lang: str | None,
    start: int,
    end: int,
    sent_start: int,
    sent_end: int,
    reach: int | None = CLAUSE_REACH,
) -> tuple[int, int]:
    """The trigger's clause: from the last boundary before it to the first after it, at most
    ``reach`` words either side (None: up to the boundaries)."""
    from storyline.analyse.events import lexicon  # events imports this module

    lex = lexicon(lang)
    # a complementiser opens a clause ("said that …"); a relative pronoun can also be an article
    # (German "das") and comes after a comma anyway
    starters = lex.complementizers if lex is not None else frozenset()
    asides = {
        i
        for a in ASIDE.finditer(text, sent_start, sent_end)
        if a.group()[1:2].islower() and len(a.group().split()) <= ASIDE_WORDS
        for i in (a.start(), a.end() - 1)
    }
    lo = sent_start
    for m in BOUNDARY.finditer(text, sent_start, start):
        if m.start() not in asides:
            lo = m.end()
    hi = sent_end
    for m in BOUNDARY.finditer(text, end, sent_end):
        if m.start() not in asides:
            hi = m.start()
            break
    before = [w.start() for w in WORD_RE.finditer(text, lo, start)]
    if reach is not None and len(before) > reach:
        lo = before[-reach]
    after = [w.end() for w in WORD_RE.finditer(text, end, hi)]
    if reach is not None and len(after) > reach:
        hi = after[reach - 1]
    for w in WORD_RE.finditer(text, lo, start):
        if w.group().lower() in starters:
            lo = w.start()
    for w in WORD_RE.finditer(text, end, hi):
        if w.group().lower() in starters:
            hi = w.start()
            break
    return lo, hi


def _names(text: str, p: RealisPack, start: int, end: int, sent_start: int, sent_end: int) -> bool:
    """Is the trigger part of a name or a title?"""
    tokens = list(WORD_RE.finditer(text, sent_start, sent_end))
    i = next((k for k, t in enumerate(tokens) if t.start() >= start), None)
    if i is None:
        return False
    j = next((k for k, t in enumerate(tokens) if t.start() >= end), len(tokens))

    def upper(k: int) -> bool:
        w = tokens[k].group()
        return w[:1].isupper() and not w.isupper()

    if _quoted_title(text, start, end, sent_start, sent_end):
        return True
    if p.capitalised_nouns or not upper(i):
        return False
    caps = sum(upper(k) for k in range(len(tokens)))
    if caps >= HEADLINE_SHARE * len(tokens):
        return False  # a title-case headline capitalises everything
    if i == 0 or re.search(r"[:\-–—«»\"“”„(]", text[tokens[i - 1].end() : tokens[i].start()]):
        # the first word of a sentence, or of a segment after a colon, dash or quote, is capitalised
        # anyway: only an interview header tells ("Conversation with Jane Doe, historian")
        return j + 1 < len(tokens) and tokens[j].group().lower() in p.with_words and upper(j + 1)
    return upper(i - 1) and i - 1 > 0 or (j < len(tokens) and upper(j) and _adjacent(text, tokens, j))


def _adjacent(text: str, tokens: list, j: int) -> bool:
    """No punctuation between the trigger's last word and the capitalised word after it."""
    return text[tokens[j - 1].end() : tokens[j].start()].strip() == ""


def _quoted_title(text: str, start: int, end: int, sent_start: int, sent_end: int) -> bool:
    """A trigger inside a short quotation that starts with a capital letter: a title or a
    name ("the operation «Desert Storm»"), not a report."""
    for opening, closing in QUOTES.items():
        o = text.rfind(opening, sent_start, start)
        if o < 0:
            continue
        c = min((k for k in (text.find(q, end, sent_end) for q in closing) if k >= 0), default=-1)
        if c < 0:
            continue
        inner = text[o + 1 : c]
        words = WORD_RE.findall(inner)
        # a quoted saying ("…," she said) is no title; a word or two in quotes followed by a comma
        # is one label of a list ("Opinion", "Statement", "Regions"), not a saying
        after = text[c + 1 : c + 2] if len(words) > LABEL_WORDS else ""
        if any(q in inner for q in closing) or re.search(r"[.!?,]", inner + after):
            continue
        if 0 < len(words) <= TITLE_WORDS and words[0][:1].isupper():
            return True
    return False


def _future(lang: str | None, words: list[str]) -> bool:
    """A verb in the future tense: the perfective non-past ("подпишут", "підпишуть") and the
    Ukrainian synthetic future ("підписуватиме") carry no auxiliary a word list could catch."""
    analyzer = morph(lang)
    if analyzer is None:
        return False
    for w in words:
        parse = analyzer.parse(w)[0]
        tag = parse.tag
        if tag.POS == "VERB" and tag.tense == "futr":
            return True
    return False


def morph(lang: str | None):  # noqa: ANN202 - pymorphy3's analyzer
    if lang not in ("ru", "uk"):
        return None
    from storyline.ner.morphology import for_lang  # the process shares one analyzer per language

    morphology = for_lang(lang)
    return morphology.analyzer if morphology is not None else None
