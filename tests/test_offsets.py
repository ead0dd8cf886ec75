"""Position indexes (``analyse.offsets``) and the lookups built on them: the same answers, in the
same order, as the scans of the whole document they replace — so analysis time grows with the
text's length, not with its square."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from storyline.analyse.offsets import OffsetIndex, SpanIndex, index, memo
from storyline.analyse.quotes import find_quotes
from storyline.analyse.speakers import Discourse
from storyline.analyse.text import lang_at, passage_at, sentence_of, split_sentences
from storyline.model import Analysis, Mention, Passage


@dataclass
class Item:
    start: int
    end: int


def _items(rng: random.Random, n: int, in_order: bool) -> list[Item]:
    items = []
    for _ in range(n):
        s = rng.randrange(0, 300)
        items.append(Item(s, s + rng.randrange(0, 25)))  # overlapping, nested, empty ones too
    return sorted(items, key=lambda it: it.start) if in_order else items


def test_offset_index_answers_as_a_scan_of_every_item() -> None:
    rng = random.Random(7)
    for round_ in range(40):
        items = _items(rng, rng.randrange(0, 60), in_order=round_ % 2 == 0)
        idx = OffsetIndex(items)
        for _ in range(30):
            lo = rng.randrange(-10, 330)
            hi = lo + rng.randrange(0, 40)
            listed = list(enumerate(items))
            assert idx.starting_in(lo, hi) == [k for k, it in listed if lo <= it.start < hi]
            assert idx.starting_at(lo) == [k for k, it in listed if it.start == lo]
            assert idx.overlapping(lo, hi) == [k for k, it in listed if it.start < hi and lo < it.end]
            assert idx.within(lo, hi) == [k for k, it in listed if lo <= it.start and it.end <= hi]
            assert list(idx.ending_by(hi)) == [k for k, it in reversed(listed) if it.end <= hi]


def test_span_index_overlaps_and_contains_as_a_scan() -> None:
    rng = random.Random(11)
    for _ in range(40):
        spans = [
            (s, s + rng.randrange(0, 30))
            for s in (rng.randrange(0, 200) for _ in range(rng.randrange(0, 20)))
        ]
        idx = SpanIndex(spans)
        for _ in range(30):
            a = rng.randrange(-5, 240)
            b = a + rng.randrange(0, 20)
            assert idx.overlaps(a, b) == any(s < b and a < e for s, e in spans)
            assert idx.contains(a) == any(s <= a < e for s, e in spans)
    assert not SpanIndex().overlaps(0, 10)


def test_an_index_is_kept_for_its_list_and_rebuilt_when_the_list_changes() -> None:
    mentions = [Mention(0, 4, "Oslo", "LOC"), Mention(10, 15, "Bergen", "LOC")]
    first = index(mentions)
    assert index(mentions) is first
    assert index(list(mentions)) is not first  # an equal list is another list
    mentions.append(Mention(20, 26, "Tromsø", "LOC"))
    assert index(mentions) is not first and index(mentions).starting_in(18, 30) == [2]
    calls: list[int] = []
    assert memo("test", lambda xs: calls.append(1) or len(xs), mentions) == 3
    assert memo("test", lambda xs: calls.append(1) or len(xs), mentions) == 3
    assert calls == [1]


def test_passages_and_sentences_are_found_by_position() -> None:
    text = "Ein Satz hier. Zweiter Satz.\nA line in English.\nDe nouveau en allemand."
    cut1, cut2 = text.index("A line"), text.index("De nouveau")
    analysis = Analysis(
        lang="de",
        passages=[Passage(0, cut1, "de"), Passage(cut1, cut2, "en"), Passage(cut2, len(text), "fr")],
    )
    assert [lang_at(analysis, k) for k in (0, cut1 - 1, cut1, cut2 - 1, cut2, len(text) - 1)] == [
        "de",
        "de",
        "en",
        "en",
        "fr",
        "fr",
    ]
    assert lang_at(analysis, len(text) + 5) == "de" and passage_at(analysis, len(text) + 5) is None
    assert lang_at(Analysis(lang="it"), 3) == "it"  # no passages: the document's language
    sentences = split_sentences(text)
    assert sentence_of(sentences, text.index("Zweiter") + 2) == sentences[1]
    assert sentence_of(sentences, text.index("\nA line")) == sentences[1]  # between: the one before
    assert sentence_of(sentences, len(text) + 9) == sentences[-1]
    assert sentence_of([], 5) == (0, 0)


def test_discourse_lists_recent_speakers_lazily_in_either_order() -> None:
    d = Discourse()
    for offset, who in ((10, 1), (200, 2), (900, 3), (1500, 4)):
        d.add(offset, who)
    d.add(1600, None)  # an unresolved speaker is no one
    assert list(d.last(1000)) == [3, 2, 1]
    assert list(d.last(1000, within=850)) == [3, 2]
    assert list(d.last(10)) == []
    shuffled = Discourse()
    for offset, who in ((900, 3), (10, 1), (1500, 4), (200, 2)):
        shuffled.add(offset, who)
    assert list(shuffled.last(1000)) == [2, 1, 3]  # most recently added first, as before
    assert list(shuffled.last(1000, within=850)) == [2, 3]


def test_a_description_finds_its_person_across_a_long_document() -> None:
    # the introduction comes first, then many paragraphs of other people, then the description:
    # the index of people must still find the one introduced long before
    intro = "Die Bürgermeisterin von Kleinstadt, Mara Quell, eröffnete das Fest.\n"
    filler = "Der Bäcker Tomas Wirt sagte, dass das Brot knapp sei.\n"
    text = intro + filler * 60 + "The mayor said that the roads would reopen on Friday.\n"
    names = (("Mara Quell", "PER"), ("Tomas Wirt", "PER"))
    mentions = sorted(
        (Mention(m.start(), m.end(), n, t) for n, t in names for m in re.finditer(n, text)),
        key=lambda m: m.start,
    )
    analysis = Analysis(lang="en", sentences=split_sentences(text), mentions=mentions)
    last = find_quotes(text, analysis, None)[-1]
    assert last.speaker_text == "The mayor"
    assert last.speaker is None  # "Bürgermeisterin" is no English title: no guess across languages
    text = "The mayor of Kleinstadt, Mara Quell, opened the fair.\n" + filler * 60
    text += "The mayor said that the roads would reopen on Friday.\n"
    mentions = sorted(
        (Mention(m.start(), m.end(), n, t) for n, t in names for m in re.finditer(n, text)),
        key=lambda m: m.start,
    )
    analysis = Analysis(lang="en", sentences=split_sentences(text), mentions=mentions)
    last = find_quotes(text, analysis, None)[-1]
    assert (last.speaker_text, mentions[last.speaker].text if last.speaker is not None else None) == (
        "The mayor",
        "Mara Quell",
    )


def test_repeated_sentences_each_find_their_own_mentions_and_events() -> None:
    """Far into a long text, a figure finds its own sentence's event and a quote its own
    sentence's speaker: the lookups by position see exactly that stretch of the text."""
    from storyline.analyse import analyse

    sentence = 'A fire killed 12 people in Graz. "We will rebuild," said Mayor Anna Huber.\n'
    text = sentence * 120
    analysis = analyse(text, "en")
    assert len(analysis.figures) == 120 and len(analysis.events) >= 120
    first = analysis.figures[0]
    assert (first.value, first.text) == (12, "killed 12 people")
    for n, f in enumerate(analysis.figures):
        base = n * len(sentence)
        assert (f.value, f.start - base, f.end - base) == (12, first.start, first.end)
        assert f.event is not None and base <= analysis.events[f.event].start < base + sentence.index(".")
    speakers = [analysis.mentions[q.speaker] for q in analysis.quotes if q.speaker is not None]
    assert len(speakers) == 120
    for n, m in enumerate(speakers):
        assert (m.start - n * len(sentence), m.text) == (sentence.index("Anna"), "Anna Huber")


def test_a_long_text_goes_to_natasha_in_pieces_cut_between_paragraphs(monkeypatch) -> None:
    from storyline.ner import external

    assert list(external.pieces("ab cd\nef gh\n" * 3, 10)) == [
        (0, 6),
        (6, 12),
        (12, 18),
        (18, 24),
        (24, 30),
        (30, 36),
    ]
    assert list(external.pieces("a b c d e f", 4)) == [(0, 4), (4, 8), (8, 11)]  # no line break: at a space
    assert list(external.pieces("x" * 9, 4)) == [(0, 4), (4, 8), (8, 9)]  # no space either
    assert list(external.pieces("short", 10)) == [(0, 5)]
    text = (
        "Мэр Светлогорска Игорь Валенко открыл новый мост через реку Лесная.\n"
        "В Новограде министр Ольга Тарасенко встретилась с делегацией из Польши.\n"
    ) * 4
    whole = external.natasha_spans(text)
    monkeypatch.setattr(external, "PIECE", 150)
    assert external.natasha_spans(text) == whole and len(whole) >= 8
