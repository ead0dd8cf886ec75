"""Findings across documents and the conflicts between them."""

from __future__ import annotations

from storyline.link.conflicts import compatible, find_conflicts
from storyline.link.context import LinkContext
from storyline.link.findings import link_findings
from storyline.model import (
    Analysis,
    Claim,
    DateValue,
    Document,
    FigureMention,
    Mention,
    QuoteMention,
    Span,
    TimeExpr,
)
from storyline.model import Figure as F


def fig(
    fid: str,
    attribute: str,
    value: float,
    as_of: str,
    doc: str = "d1",
    qualifier: str = "exact",
    **kw: object,
) -> F:
    return F(fid, attribute, value, qualifier, [Span(doc, 0, 1, "x")], event="v1", as_of=as_of, **kw)  # type: ignore[arg-type]


def ctx_with(
    figures: list[F] = (), claims: list[Claim] = (), docs: tuple[str, ...] = ("d1", "d2", "d3")
) -> LinkContext:  # type: ignore[assignment]
    documents = {d: Document(d, d, "x", "", "") for d in docs}
    ctx = LinkContext(documents=documents, analyses={})
    ctx.figures, ctx.claims = list(figures), list(claims)
    ctx.doc_story = dict.fromkeys(docs, "s1")
    return ctx


def test_compatible_values() -> None:
    assert compatible(
        fig("a", "rescuers", 480, "2025-01-01", qualifier="about"), fig("b", "rescuers", 482, "2025-01-01")
    )
    assert compatible(
        fig("a", "dead", 30, "2025-01-01", qualifier="at_least"), fig("b", "dead", 35, "2025-01-01")
    )
    assert compatible(
        fig("a", "dead", 25, "2025-01-01", qualifier="range", value_max=30),
        fig("b", "dead", 28, "2025-01-01"),
    )
    assert not compatible(
        fig("a", "dead", 30, "2025-01-01", qualifier="more_than"), fig("b", "dead", 30, "2025-01-01")
    )


def test_agreement_is_no_conflict() -> None:
    ctx = ctx_with(
        [
            fig("a", "dead", 12, "2025-03-01"),
            fig("b", "dead", 12, "2025-03-01", "d2"),
            fig("c", "dead", 10, "2025-03-01", "d3", "at_least"),
        ]
    )
    find_conflicts(ctx)
    assert ctx.conflicts == []


def test_contradiction_and_update() -> None:
    ctx = ctx_with(
        [
            fig("a", "on_board", 54, "2025-03-01"),
            fig("b", "on_board", 58, "2025-03-01", "d2"),
            fig("c", "on_board", 54, "2025-03-02", "d3"),
        ]
    )
    find_conflicts(ctx)
    (c,) = ctx.conflicts
    assert (c.kind, c.attribute, c.status, c.event) == ("figure", "on_board", "contradiction", "v1")
    assert [(p.value, p.items, p.first_reported) for p in c.positions] == [
        (54, ["a", "c"], "2025-03-01"),
        (58, ["b"], "2025-03-01"),
    ]
    ctx = ctx_with(
        [
            fig("a", "dead", 7, "2025-03-01"),
            fig("b", "dead", 9, "2025-03-02", "d2"),
            fig("c", "dead", 12, "2025-03-04", "d3"),
        ]
    )
    find_conflicts(ctx)
    (c,) = ctx.conflicts
    assert c.status == "update"
    assert [p.value for p in c.positions] == [7, 9, 12]


def test_subgroups_are_other_attributes_and_unlinked_figures_group_by_story() -> None:
    a = fig("a", "survivors", 29, "2025-03-01")
    b = fig("b", "critical", 6, "2025-03-01", "d2")
    c = fig("c", "dead", 3, "2025-03-01")
    d = fig("d", "dead", 4, "2025-03-01", "d2")
    c.event = d.event = None
    ctx = ctx_with([a, b, c, d])
    find_conflicts(ctx)
    assert [(x.attribute, x.event) for x in ctx.conflicts] == [("dead", None)]


def test_claim_conflicts() -> None:
    def claim(cid: str, value: str, stance: str, speaker: str | None, doc: str) -> Claim:
        return Claim(cid, "cause", value, stance, [Span(doc, 0, 1, "x")], event="v1", speaker=speaker)

    ctx = ctx_with(
        claims=[
            claim("k1", "shot down", "asserts", "e1", "d1"),
            claim("k2", "electronic jamming", "asserts", "e1", "d1"),
        ]
    )
    find_conflicts(ctx)
    assert ctx.conflicts == []  # one speaker's account
    ctx = ctx_with(
        claims=[
            claim("k1", "shot down", "asserts", "e1", "d1"),
            claim("k2", "bird strike", "reports", None, "d2"),
            claim("k3", "bird strike", "denies", "e1", "d1"),
        ]
    )
    find_conflicts(ctx)
    (c,) = ctx.conflicts
    assert (c.kind, c.status) == ("claim", "contradiction")
    assert sorted(p.value for p in c.positions) == ["bird strike", "not bird strike", "shot down"]


def test_link_findings_ids_evidence_and_dates() -> None:
    text = "ТАСС: погибли 12 человек. «Паром затонул», — сказал Иван Орлов."
    doc = Document("d1", "x", text, "", "")
    analysis = Analysis(lang="ru")
    analysis.mentions = [
        Mention(0, 4, "ТАСС", "ORG"),
        Mention(text.index("Иван"), len(text) - 1, "Иван Орлов", "PER"),
    ]
    analysis.timexes = [TimeExpr(0, 1, "x")]
    s = text.index("погибли")
    analysis.figures = [
        FigureMention("dead", 12, s, s + 18, text[s : s + 18], via_texts=["ТАСС"]),
        FigureMention("dead", 12, s, s + 18, text[s : s + 18], time=0),
    ]
    q = text.index("Паром")
    analysis.quotes = [QuoteMention([(q, q + 13)], True, "сказал", 1, "Иван Орлов")]
    ctx = LinkContext(documents={"d1": doc}, analyses={"d1": analysis})
    ctx.mention_entity = {("d1", 0): "e-tass", ("d1", 1): "e-orlov"}
    ctx.published = {"d1": DateValue("2025-03-02", "day")}
    ctx.timex_values = {("d1", 0): DateValue("2025-03-01", "day")}
    link_findings(ctx)
    f1, f2 = ctx.figures
    assert f1.id.startswith("f-") and f1.evidence[0].text == "погибли 12 человек"
    assert (f1.via, f1.as_of, f2.as_of) == (["e-tass"], "2025-03-02", "2025-03-01")
    (quote,) = ctx.quotes
    assert (quote.speaker, quote.evidence[0].text) == ("e-orlov", "Паром затонул")
    link_findings(ctx)
    assert ctx.figures[0].id == f1.id  # stable across runs


def test_people_on_board_never_update() -> None:
    ctx = ctx_with([fig("a", "on_board", 54, "2025-03-01"), fig("b", "on_board", 58, "2025-04-01", "d2")])
    find_conflicts(ctx)
    assert [c.status for c in ctx.conflicts] == ["contradiction"]


def test_per_story_run_equals_whole_store_run() -> None:
    """Linking is re-run per touched story on a context holding only that story's documents:
    findings and conflicts must come out the same, with the same ids."""
    from storyline.analyse import analyse
    from storyline.link import dates, entities, events, stories
    from storyline.link import findings as findings_step

    texts = [
        (
            "ru",
            "2025-03-14",
            "Пожар на пароме у Измаила: погибли 12 человек, 30 пострадали. "
            "«Паром был перегружен», — сказал губернатор Олег Коваль.",
        ),
        (
            "en",
            "2025-03-15",
            "Fourteen people were killed in the ferry fire near Izmail, governor Oleh Koval said. "
            "Koval said the ferry had been overloaded.",
        ),
        (
            "en",
            "2025-03-15",
            "Officials said the ferry fire near Izmail was caused by a gas cylinder explosion. "
            "Governor Oleh Koval dismissed these explanations as absurd.",
        ),
        ("bg", "2025-06-02", "Взрив в мина край Перник уби трима миньори, съобщи министърът Петър Иванов."),
    ]
    docs, analyses = [], {}
    for i, (lang, day, text) in enumerate(texts):
        doc = Document(
            f"d{i}", f"{i}.txt", text, "", "", lang=lang, published=DateValue(day, "day", "header")
        )
        docs.append(doc)
        analyses[doc.id] = analyse(text, lang=lang, published=day)

    def run(ctx: LinkContext) -> LinkContext:
        findings_step.link_findings(ctx)
        find_conflicts(ctx)
        return ctx

    whole = LinkContext(documents={d.id: d for d in docs}, analyses=dict(analyses))
    entities.link_entities(whole)
    stories.group_stories(whole)
    dates.resolve_dates(whole)
    events.link_events(whole)
    run(whole)
    assert whole.conflicts, "the test corpus should hold a disagreement"
    for story in set(whole.doc_story.values()):
        ids = {d for d, s in whole.doc_story.items() if s == story}
        part = LinkContext(
            documents={d: whole.documents[d] for d in ids},
            analyses={d: analyses[d] for d in ids if d in analyses},
            mention_entity={k: v for k, v in whole.mention_entity.items() if k[0] in ids},
            doc_story={d: story for d in ids},
            published={d: v for d, v in whole.published.items() if d in ids},
            timex_values={k: v for k, v in whole.timex_values.items() if k[0] in ids},
            events=[e for e in whole.events if e.story == story],
            event_of_mention={k: v for k, v in whole.event_of_mention.items() if k[0] in ids},
        )
        run(part)

        for kind in ("figures", "quotes", "claims"):
            assert _of(getattr(part, kind), ids) == _of(getattr(whole, kind), ids), kind
        in_story = {f.id for f in whole.figures + whole.claims if f.evidence[0].doc in ids}
        expected = sorted(repr(c) for c in whole.conflicts if c.positions[0].items[0] in in_story)
        assert sorted(repr(c) for c in part.conflicts) == expected


def _of(items: list, docs: set[str]) -> list[str]:
    """The items of some documents, comparable across runs."""
    return sorted(repr(x) for x in items if x.evidence[0].doc in docs)


def test_rising_toll_with_partial_counts_and_coarse_dates_is_an_update() -> None:
    ctx = ctx_with(
        [
            fig("a", "dead", 21, "2025-05-02"),
            fig("b", "dead", 21, "2025-05-02", "d2", "at_least"),
            fig("c", "dead", 24, "2025-05-03", "d2"),
            fig("d", "dead", 3, "2025-05-03", "d2"),  # "three more bodies were found": a part of d2's 24
            fig("e", "dead", 24, "2025-05", "d3"),  # a month-precise date says nothing about the day
            fig("f", "dead", 30, "2025-05-06", "d4"),
        ],
        docs=("d1", "d2", "d3", "d4"),
    )
    find_conflicts(ctx)
    (c,) = ctx.conflicts
    assert c.status == "update"
    assert [(p.value, p.first_reported) for p in c.positions] == [
        (21, "2025-05-02"),
        (24, "2025-05-03"),
        (30, "2025-05-06"),
    ]
    assert "b" in c.positions[0].items  # "at least 21" goes with 21, not with 24
    assert not any("d" in p.items for p in c.positions)


def test_a_falling_count_of_the_dead_is_no_update_and_copies_count_once() -> None:
    ctx = ctx_with([fig("a", "dead", 30, "2025-05-02"), fig("b", "dead", 26, "2025-05-04", "d2")])
    find_conflicts(ctx)
    assert [c.status for c in ctx.conflicts] == ["contradiction"]
    # two outlets printing the same wire sentence are one source
    wire = "Rescuers said 30 people died when the ferry sank near the island of Lesbos."
    documents = {
        d: Document(d, d, wire if d != "d3" else "Police said 26 people died.", "", "")
        for d in ("d1", "d2", "d3")
    }
    analyses = {d: Analysis(lang="en", sentences=[(0, len(documents[d].text))]) for d in documents}
    ctx = LinkContext(documents=documents, analyses=analyses)
    ctx.doc_story = dict.fromkeys(documents, "s1")
    ctx.figures = [
        F(i, "dead", v, "exact", [Span(d, 14, 16, "x")], event="v1", as_of="2025-05-02")
        for i, d, v in (("a", "d1", 30), ("b", "d2", 30), ("c", "d3", 26))
    ]
    find_conflicts(ctx)
    (c,) = ctx.conflicts
    assert {p.value: p.support for p in c.positions} == {30: 1, 26: 1}


def test_a_platform_or_a_body_named_as_a_relay_is_no_relay() -> None:
    text = "Telegram: погибли 12 человек. Министерство обороны: ранены 3 человека."
    doc = Document("d1", "x", text, "", "")
    analysis = Analysis(lang="ru")
    analysis.mentions = [
        Mention(0, 8, "Telegram", "ORG"),
        Mention(text.index("Министерство"), text.index("Министерство") + 20, "Министерство обороны", "ORG"),
    ]
    s, r = text.index("погибли"), text.index("ранены")
    analysis.figures = [
        FigureMention("dead", 12, s, s + 18, text[s : s + 18], via_texts=["Telegram"]),
        FigureMention("injured", 3, r, r + 17, text[r : r + 17], via_texts=["Министерство обороны"]),
    ]
    ctx = LinkContext(documents={"d1": doc}, analyses={"d1": analysis})
    ctx.mention_entity = {("d1", 0): "e-telegram", ("d1", 1): "e-mod"}
    link_findings(ctx)
    assert [f.via for f in ctx.figures] == [[], []]


def test_an_outlet_that_passes_on_reported_speech_is_not_the_figures_source() -> None:
    # "the authorities reported 27 new cases, writes <paper>": the paper is the reported speech's
    # "speaker" and the figure's relay; the figure's sentence says who gave it, without a name
    text = "В петък местните власти съобщиха за 27 нови случая, пише Зорница."
    s, z = text.index("27"), text.index("Зорница")

    def linked_figure(source_text: str | None) -> F:
        analysis = Analysis(lang="bg", mentions=[Mention(z, z + 7, "Зорница", "ORG")])
        analysis.figures = [
            FigureMention(
                "cases", 27, s, s + 14, text[s : s + 14], source_text=source_text, via_texts=["Зорница"]
            )
        ]
        analysis.quotes = [QuoteMention([(0, z - 7)], False, "пише", 0, "Зорница")]
        ctx = LinkContext(documents={"d1": Document("d1", "x", text, "", "")}, analyses={"d1": analysis})
        ctx.mention_entity = {("d1", 0): "e-z"}
        link_findings(ctx)
        return ctx.figures[0]

    f = linked_figure("местните власти")
    assert (f.source, f.via) == (None, ["e-z"])
    f = linked_figure(None)  # nobody else said it: the one whose speech holds the figure is its source
    assert (f.source, f.via) == ("e-z", [])


def test_a_far_lower_bound_sits_with_a_value_but_does_not_back_it() -> None:
    """A reader of the card for 1,230 dead must not see "at least 17" counted as one of its sources,
    nor its early date as the day 1,230 was first reported; a near bound does back the value."""
    ctx = ctx_with(
        [
            fig("a", "dead", 1230, "2025-07-04", "d1"),
            fig("b", "dead", 17, "2025-07-01", "d2", "at_least"),
            fig("c", "dead", 1100, "2025-07-04", "d3", "more_than"),
            fig("d", "dead", 1500, "2025-07-04", "d4"),
        ],
        docs=("d1", "d2", "d3", "d4"),
    )
    find_conflicts(ctx)
    (c,) = ctx.conflicts
    big = next(p for p in c.positions if p.value == 1230)
    assert sorted(big.items) == ["a", "b", "c"]  # the bound contradicts nothing: it stays listed here
    assert big.support == 2  # d1 and d3 ("more than 1,100"); not d2's "at least 17"
    assert big.first_reported == "2025-07-04"
