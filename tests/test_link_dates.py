"""Publication dates and time-expression values across documents (helpers shared with test_link_events)."""

from __future__ import annotations

from datetime import date

from storyline.analyse.events import find_events
from storyline.analyse.text import split_sentences
from storyline.analyse.timex import find_timexes
from storyline.link.context import LinkContext
from storyline.link.dates import resolve_dates
from storyline.model import Analysis, DateValue, Document, Entity, Mention


def document(doc_id: str, text: str, published: str | None = None, basis: str = "header") -> Document:
    pub = (
        DateValue(published, "day", basis=basis)
        if published
        else DateValue(None, None, basis="none", confidence=0.0)
    )
    return Document(doc_id, f"{doc_id}.txt", text, "sha", "raw", published=pub)


def analysis(text: str, lang: str, names: dict[str, str] | None = None) -> Analysis:
    """Analyse with our own timex and event finders; ``names`` maps surface → type (first occurrence)."""
    a = Analysis(lang=lang, sentences=split_sentences(text))
    for name, kind in (names or {}).items():
        at = text.index(name)
        a.mentions.append(Mention(at, at + len(name), name, kind))
    a.timexes = find_timexes(text, a, None)
    a.events = find_events(text, a, None)
    return a


def context(
    docs: list[tuple[Document, Analysis]], entities: dict[str, str] | None = None, story: str | None = "s1"
) -> LinkContext:
    """``entities`` maps a mention's surface text to an entity id (its name is the id capitalised)."""
    ctx = LinkContext(documents={d.id: d for d, _ in docs}, analyses={d.id: a for d, a in docs})
    entities = entities or {}
    for d, a in docs:
        for k, m in enumerate(a.mentions):
            if m.text in entities:
                ctx.mention_entity[(d.id, k)] = entities[m.text]
        if story:
            ctx.doc_story[d.id] = story
    ids = sorted(set(entities.values()))
    ctx.entities = [Entity(i, "LOC", i.capitalize(), {}, []) for i in ids]
    return ctx


def day(s: str) -> date:
    return date.fromisoformat(s)


# ---------------------------------------------------------------- tests


def test_header_and_dateline_dates_are_kept() -> None:
    a = document("a", "Вчера в Омске открыли мост.", "2022-05-20")
    b_text = "Вчера в Омске открыли мост."
    b = document("b", b_text)
    b_an = analysis(b_text, "ru")
    b_an.dateline = DateValue("2022-05-18", "day", basis="text")
    ctx = context([(a, analysis(a.text, "ru")), (b, b_an)])
    resolve_dates(ctx)
    assert ctx.published["a"].value == "2022-05-20" and ctx.published["a"].basis == "header"
    assert ctx.published["b"].value == "2022-05-18" and ctx.published["b"].basis == "text"
    assert ctx.timex_values[("a", 0)].value == "2022-05-19"
    assert ctx.timex_values[("b", 0)].value == "2022-05-17"


def test_undated_article_is_dated_from_the_story_event() -> None:
    dated_text = "14 июня 2022 года вертолёт потерпел крушение в районе города Ухта."
    undated_text = "The helicopter crashed on Tuesday near Ukhta. On Thursday the crew was buried."
    dated, undated = document("a", dated_text, "2022-06-16"), document("b", undated_text)
    ctx = context([(dated, analysis(dated_text, "ru")), (undated, analysis(undated_text, "en"))])
    resolve_dates(ctx)
    pub = ctx.published["b"]
    assert pub.basis == "inferred" and 0 < pub.confidence < 1
    # the week after the Tuesday crash, and of it the days on which "Thursday" (the burial) does not
    # fall before the crash
    assert (pub.earliest, pub.latest) == ("2022-06-16", "2022-06-20")
    assert (pub.value, pub.precision) == ("2022-06", "month")
    tuesday, thursday = ctx.timex_values[("b", 0)], ctx.timex_values[("b", 1)]
    assert (tuesday.value, tuesday.precision, tuesday.basis) == ("2022-06-14", "day", "inferred")
    assert (thursday.value, thursday.precision, thursday.basis) == ("2022-06-16", "day", "inferred")


def test_no_evidence_no_date_but_a_lower_bound() -> None:
    text = "Договор, подписанный 3 марта 2019 года, продлили. В субботу его обсудили."
    doc = document("a", text)
    ctx = context([(doc, analysis(text, "ru"))])
    resolve_dates(ctx)
    pub = ctx.published["a"]
    assert (pub.value, pub.basis, pub.earliest) == (None, "none", "2019-03-03")
    assert ctx.timex_values[("a", 0)].value == "2019-03-03"
    assert ctx.timex_values[("a", 1)].value is None


def test_own_anchor_and_next_day() -> None:
    text = (
        "Министърът говори в понеделник.\n\n"
        "A barge sank near Ruse earlier today.\n— River News (@rivernews) April 2, 2020\n\n"
        "Баржата потъна на 2 април 2020 г. На следващия ден започна разследване."
    )
    doc = document("a", text, "2020-04-09")
    an = analysis(text, "bg")
    ctx = context([(doc, an)])
    resolve_dates(ctx)
    by_text = {t.text: ctx.timex_values[("a", k)].value for k, t in enumerate(an.timexes)}
    assert by_text["в понеделник"] == "2020-04-06"
    assert by_text["earlier today"] == "2020-04-02"
    assert by_text["На следващия ден"] == "2020-04-03"
