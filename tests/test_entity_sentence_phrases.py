"""A phrase of everyday words about a whole public ("Svetovna javnost", world opinion), written
with a capital only as a sentence's first words, is no name (audit 25 N1) though BSNLP marks some:
the mention stays, the entity list folds an entity of such mentions alone. A body's name written
so keeps its place; and a country's government, however each language writes it, is one entity."""

from __future__ import annotations

from storyline.analyse.entity_confidence import DESCRIPTIVE_PHRASE, SENTENCE_PHRASE, is_listed
from storyline.analyse.sentence_phrases import phrases_marked, sentence_phrase
from storyline.link.context import LinkContext
from storyline.link.entities import link_entities
from storyline.model import Analysis, Document, Mention


def _at(text: str, surface: str, etype: str, lang: str, base: str | None = None) -> Mention:
    i = text.index(surface)
    return Mention(i, i + len(surface), surface, etype, base or surface, lang)


def _phrase(text: str, surface: str, lang: str) -> bool:
    return sentence_phrase(_at(text, surface, "ORG", lang), text)


def test_a_public_s_phrase_opening_a_sentence() -> None:
    assert _phrase("Vojna se nadaljuje. Svetovna javnost je zaskrbljena.", "Svetovna javnost", "sl")
    assert _phrase(
        "Boje pokračují. Mezinárodní společenství vyzvalo k míru.", "Mezinárodní společenství", "cs"
    )


def test_a_body_s_name_mid_sentence_or_with_a_head_is_no_phrase() -> None:
    text = "Vojna se nadaljuje, zato Svetovna javnost molči."
    assert not _phrase(text, "Svetovna javnost", "sl")  # mid-sentence: the capital is the writer's
    assert not _phrase("Vojna se nadaljuje. Evropska unija je zaskrbljena.", "Evropska unija", "sl")
    assert not _phrase("Boje pokračují. Národní divadlo zavřelo.", "Národní divadlo", "cs")


def _linked(docs: dict[str, tuple[str, str, list[Mention]]]) -> LinkContext:
    ctx = LinkContext(
        {d: Document(d, d, text, "0" * 64, "0" * 64, lang=lang) for d, (lang, text, _) in docs.items()},
        {d: Analysis(lang, mentions=ms) for d, (lang, _, ms) in docs.items()},
    )
    link_entities(ctx)
    return ctx


def test_an_entity_of_such_phrases_alone_is_folded() -> None:
    text = "Vojna se nadaljuje. Svetovna javnost je zaskrbljena. Ana Kovač je to potrdila."
    found = [_at(text, "Svetovna javnost", "ORG", "sl"), _at(text, "Ana Kovač", "PER", "sl")]
    marked = phrases_marked(text, found)
    assert [m.kind for m in marked] == [SENTENCE_PHRASE, None]
    ctx = _linked({"a": ("sl", text, marked)})
    phrase = next(e for e in ctx.entities if any(m.text == "Svetovna javnost" for m in e.mentions))
    assert all(m.kind == SENTENCE_PHRASE for m in phrase.mentions)
    assert not is_listed(phrase)
    assert ctx.mention_entity[("a", 0)] == phrase.id  # kept: the assignment still has it
    person = next(e for e in ctx.entities if e.name == "Ana Kovač")
    assert person.mentions[0].kind is None  # a name beside it is left as it is


def test_a_country_s_government_is_one_entity_across_languages() -> None:
    docs = {
        "cs": ("cs", "Italská vláda oznámila nová opatření.", "Italská vláda", "Italská vláda"),
        "pl": ("pl", "Włoski rząd zapowiedział nowe środki.", "Włoski rząd", "włoski rząd"),
        "ru": ("ru", "Итальянское правительство объявило о мерах.", "Итальянское правительство", "итальянское правительство"),
        "sl": ("sl", "Vlada Italije je sprejela ukrepe.", "Vlada Italije", "Vlada Italija"),
    }  # fmt: skip
    ctx = _linked({d: (lang, t, [_at(t, s, "ORG", lang, b)]) for d, (lang, t, s, b) in docs.items()})
    assert len({ctx.mention_entity[(d, 0)] for d in docs}) == 1
    (entity,) = ctx.entities
    # no sentence phrase: the adjective's phrases are descriptions of the government (audit rounds
    # 20-25 N1, ``descriptive_phrases``), "Vlada Italije" is none, and the entity stays listed
    assert {m.text: m.kind for m in entity.mentions} == {
        "Italská vláda": DESCRIPTIVE_PHRASE,
        "Włoski rząd": DESCRIPTIVE_PHRASE,
        "Итальянское правительство": DESCRIPTIVE_PHRASE,
        "Vlada Italije": None,
    }
    assert is_listed(entity)
