"""An event reaches the timeline only with evidence that a specific happening of its type took
place: its clause says so, its own sentence dates it, or it is its article's news. Topic nouns,
dates borrowed from another sentence and outlets as participants are kept out."""

from __future__ import annotations

from typing import Any

from rich.console import Console

from storyline.analyse.events_evidence import MentionEvidence, mention_evidence
from storyline.analyse.events_listing import features, probability
from storyline.link.events import LISTED, event_confidence
from storyline.present import View
from test_event_coref import _link
from test_link_dates import analysis, document

LEAD = "Farmers in the valley sold more apples this year. Prices stayed low. Buyers came from afar. "


def _evidence(text: str, kind: str, lang: str = "en", names: dict[str, str] | None = None):
    a = analysis(text, lang, names)
    (m,) = [m for m in a.events if m.type == kind]
    return mention_evidence(text, a, m)


def _chance(e: MentionEvidence) -> float:
    """The listing model's chance for one mention, nothing else known."""
    return probability(features(e))


def test_a_meeting_that_took_place_is_stronger_than_a_talk_named_as_a_topic() -> None:
    met = _evidence(LEAD + "The mayor of Dravik met the harbour workers after the strike ended.", "meeting")
    topic = _evidence(LEAD + "She spoke of the meeting in a long interview for a local weekly.", "meeting")
    assert met.happened is True and topic.happened is False
    assert _chance(met) > _chance(topic)


def test_an_election_as_a_topic_is_weak_and_one_held_is_not() -> None:
    topic = _evidence(LEAD + "Since the referendum, the port has lost half of its trade.", "election")
    held = _evidence(LEAD + "Voters in Orlavo elected a new council in the referendum.", "election")
    assert topic.happened is False and held.happened is True
    assert _chance(topic) < LISTED and _chance(held) > _chance(topic)


def test_a_date_of_its_own_sentence_counts_and_one_of_the_paragraph_is_not_taken() -> None:
    own = _evidence(LEAD + "A warehouse fire broke out in Orlavo on 3 May 2021.", "fire")
    borrowed = _evidence(LEAD + "Trade fell on 3 May 2021. A warehouse fire broke out in Orlavo.", "fire")
    assert own.dated and not own.borrowed
    assert not borrowed.borrowed and not borrowed.dated
    assert _chance(own) > _chance(borrowed)


def test_the_news_of_a_headline_is_stronger_than_the_same_words_deep_in_the_text() -> None:
    text = "Warehouse fire in Orlavo\n\n" + LEAD + LEAD + "A warehouse fire broke out in Orlavo."
    a = analysis(text, "en")
    fires = sorted((m for m in a.events if m.type == "fire"), key=lambda m: m.start)
    first, last = fires[0], fires[-1]
    assert mention_evidence(text, a, first).news and not mention_evidence(text, a, last).news


def test_a_language_without_a_list_is_judged_on_the_other_signs_only() -> None:
    e = _evidence("Das Treffen fand am 3. Mai 2021 in Orlavo statt.", "meeting", "de")
    assert e.happened is None


def test_an_event_is_as_likely_as_its_best_mention_and_support_is_capped() -> None:
    held = features(
        _evidence(LEAD + "The mayor of Dravik met the harbour workers on 4 June 2022.", "meeting")
    )
    topic = features(
        _evidence(LEAD + "She spoke of the meeting in a long interview for a local weekly.", "meeting")
    )
    assert event_confidence([topic, held], 2) == event_confidence([held], 2) > event_confidence([topic], 2)
    assert event_confidence([held], 8) == event_confidence([held], 30)
    assert 0.0 < event_confidence([topic], 1) < 1.0


def test_linking_lists_a_held_meeting_and_not_a_meeting_named_as_a_topic() -> None:
    held = LEAD + "The mayor of Dravik met the harbour workers on 4 June 2022."
    topic = LEAD + "In an interview she spoke about the meeting and about the harbour."
    ctx = _link(
        [
            (document("a", held, "2022-06-05"), analysis(held, "en")),
            (document("b", topic, "2022-09-05"), analysis(topic, "en")),
        ],
        story=None,
    )
    by_doc = {e.evidence[0].doc: e for e in ctx.events if e.type == "meeting"}
    assert by_doc["a"].confidence >= LISTED > by_doc["b"].confidence


def test_a_news_agency_is_no_participant() -> None:
    text = "Police arrested Ivan Petrov and Reuters staff watched in Orlavo on 4 June 2022."
    ctx = _link(
        [(document("a", text, "2022-06-05"), analysis(text, "en", {"Ivan Petrov": "PER", "Reuters": "ORG"}))],
        {"Ivan Petrov": "petrov", "Reuters": "reuters"},
    )
    (arrest,) = [e for e in ctx.events if e.type == "arrest"]
    assert arrest.participants == ["petrov"]


def test_a_name_in_brackets_or_far_from_the_trigger_is_no_participant() -> None:
    text = (
        "A fire broke out (photo: Mara Lindqvist) at the depot on 4 June 2022, and much later that "
        "week many tired volunteers from the town cleaned the yard with Ivan Petrov."
    )
    a = analysis(text, "en", {"Mara Lindqvist": "PER", "Ivan Petrov": "PER"})
    (fire,) = [m for m in a.events if m.type == "fire"]
    assert fire.participants == []


def test_a_place_after_a_plain_preposition_far_from_the_trigger_is_not_the_place() -> None:
    near = analysis("A fire broke out in Orlavo on 4 June 2022.", "en", {"Orlavo": "LOC"})
    far = analysis(
        "A fire broke out on 4 June 2022, and the minister spoke to the press for an hour in Orlavo.",
        "en",
        {"Orlavo": "LOC"},
    )
    assert next(m for m in near.events if m.type == "fire").place is not None
    assert next(m for m in far.events if m.type == "fire").place is None


def test_a_verdict_cancelled_is_no_disruption_but_flights_cancelled_are() -> None:
    assert "disruption" not in {
        m.type for m in analysis("The court cancelled the verdict on Monday.", "en").events
    }
    assert "disruption" in {
        m.type for m in analysis("The airline cancelled 40 flights on Monday.", "en").events
    }


def _timeline_dossier() -> dict[str, Any]:
    text = "A barge sank near Tulcea on 2 April 2023. Talks were mentioned."
    day = {"value": "2023-04-02", "precision": "day", "basis": "text", "confidence": 0.9}

    def event(eid: str, label: str, listed: bool, conf: float) -> dict[str, Any]:
        span = {"doc": "d1", "start": 0, "end": 20, "text": text[:20]}
        return {"id": eid, "type": "crash", "label": label, "date": day, "story": "s1", "evidence": [span],
                "participants": [], "confidence": conf, "listed": listed}  # fmt: skip

    return {
        "documents": [{"id": "d1", "source": "d1.txt", "text": text, "title": "Barge", "lang": "en",
                       "published": {"value": "2023-04-02", "precision": "day", "basis": "header"}}],
        "stories": [{"id": "s1", "title": "Barge", "documents": ["d1"]}],
        "entities": [], "figures": [], "claims": [], "quotes": [], "conflicts": [],
        "events": [event("v1", "sinking near Tulcea", True, 0.8), event("v2", "talks as a topic", False, 0.3)],
    }  # fmt: skip


def test_the_timeline_leaves_low_confidence_events_out_unless_asked() -> None:
    console = Console(record=True, width=200)
    View(_timeline_dossier(), console).timeline()
    out = console.export_text()
    assert "sinking near Tulcea" in out and "talks as a topic" not in out
    assert "1 low-confidence events left out" in out
    console = Console(record=True, width=200)
    View(_timeline_dossier(), console).timeline(everything=True)
    out = console.export_text()
    assert "talks as a topic" in out and "0.30" in out


def test_a_vote_of_members_of_parliament_is_no_election() -> None:
    mps = analysis("On Tuesday the MPs held a vote on the amendment to the fishing law.", "en").events
    town = analysis("On Tuesday the town held a vote on the new bridge.", "en").events
    assert "election" not in {m.type for m in mps}
    assert "election" in {m.type for m in town}


def test_figures_of_speech_of_other_happenings_are_not_events() -> None:
    # lightning striking a plane is no attack; a death sentence overturned is no disruption
    assert "attack" not in {
        m.type for m in analysis("A lightning attack on a plane over the airport.", "en").events
    }
    assert "attack" in {m.type for m in analysis("A drone attack on a plane over the airport.", "en").events}
    overturned = analysis("The court cancelled the death sentence of the farmer.", "en").events
    assert "disruption" not in {m.type for m in overturned}
    # "clashes broke out" (Polish "wybuchły" is also "exploded") is no explosion
    clashes = analysis("W sobotę wybuchły starcia między kibicami a policją.", "pl").events
    blast = analysis("W sobotę wybuchł gaz w kamienicy przy rynku.", "pl").events
    assert "explosion" not in {m.type for m in clashes} and "explosion" in {m.type for m in blast}


def test_a_name_the_word_before_calls_an_outlet_is_no_participant() -> None:
    text = "The broadcaster Zorna reported that police arrested Ivan Petrov in Orlavo on 4 June 2022."
    ctx = _link(
        [(document("a", text, "2022-06-05"), analysis(text, "en", {"Ivan Petrov": "PER", "Zorna": "ORG"}))],
        {"Ivan Petrov": "petrov", "Zorna": "zorna"},
    )
    (arrest,) = [e for e in ctx.events if e.type == "arrest"]
    assert arrest.participants == ["petrov"]


def test_a_happening_expected_planned_or_attempted_is_not_one() -> None:
    planned = analysis(
        "The next meeting of the mayors is scheduled to take place on 5 May 2024.", "en"
    ).events
    held = analysis("The mayors held a meeting in Orlavo on 5 May 2024.", "en").events
    assert "meeting" not in {m.type for m in planned} and "meeting" in {m.type for m in held}
    trying = analysis("Ekolodzy starają się zatrzymać budowę mostu w Orlavie.", "pl").events
    assert "detention" not in {m.type for m in trying}


def test_what_stays_is_no_detention() -> None:
    # Bulgarian "задържат" is "detain" and "keep, stay"
    stays = analysis("Антителата се задържат в тялото няколко месеца.", "bg").events
    detained = analysis("Полицията задържа двама мъже в Орлаво.", "bg").events
    assert "detention" not in {m.type for m in stays} and "detention" in {m.type for m in detained}


def test_a_physical_type_needs_a_physical_argument_in_its_clause() -> None:
    # a figure of speech: nothing in the clause a crash or an attack could be about
    for text, kind in (
        ("Her speech was an attack on the whole cabinet.", "attack"),
        ("The party suffered a landslide defeat.", "landslide"),
        ("The reform crashed and burned in the senate.", "crash"),
    ):
        figure = _evidence(LEAD + text, kind)
        assert figure.argued is False and _chance(figure) < LISTED, text
    literal = _evidence(LEAD + "A small plane crashed into a field near the farm.", "crash")
    assert literal.argued is True and _chance(literal) > _chance(figure)


def test_a_named_place_or_a_figure_is_an_argument_where_no_word_list_is() -> None:
    # Hungarian has no realis pack: a named place in the clause stands for the physical argument
    placed = _evidence("Tűz ütött ki Szegeden.", "fire", "hu", {"Szegeden": "LOC"})
    bare = _evidence("Tűz ütött ki.", "fire", "hu")
    assert placed.argued is True and bare.argued is False


def test_an_arrest_of_shares_is_weaker_than_an_arrest_of_a_person() -> None:
    # shares right after the trigger: another sense of the word (realis), no arrest at all
    assert "arrest" not in {m.type for m in analysis("Суд наложил арест на акции компании.", "ru").events}
    # a few words after it, past adjectives: still that sense
    assert "arrest" not in {
        m.type for m in analysis("Суд наложил арест на принадлежащие концерну доли.", "ru").events
    }
    # further off, nothing in the clause an arrest could be of: weak
    assets = _evidence(
        "Суд в понедельник наложил арест на все принадлежащие иностранному концерну доли.", "arrest", "ru"
    )
    person = _evidence("Полиция арестовала двух мужчин в порту.", "arrest", "ru")
    assert person.argued is True
    assert assets.argued is False and _chance(person) > _chance(assets)


def test_a_cancelled_reform_is_no_disruption_and_cancelled_flights_are() -> None:
    verdict = _evidence(LEAD + "The council cancelled the reform of the tax code.", "disruption")
    flights = _evidence(LEAD + "The airline cancelled forty flights to the islands.", "disruption")
    assert verdict.argued is False and flights.argued is True
    assert _chance(verdict) < _chance(flights)


def test_a_figure_of_speech_told_by_many_documents_is_still_not_listed() -> None:
    figure = _evidence(LEAD + "Her speech was an attack on the whole cabinet.", "attack")
    assert event_confidence([features(figure)] * 5, 5) < LISTED


def test_a_country_a_speaker_attacked_in_words_is_no_place_of_an_attack() -> None:
    # a country right after the verb, no place cue: the object of words as often as a target
    places = {"Румъния": "LOC", "Молдова": "LOC", "Варна": "LOC"}
    worded = _evidence("Министърката удари Румъния и Молдова заради новия закон.", "attack", "bg", places)
    struck = _evidence("Вчера удари склад във Варна.", "attack", "bg", places)
    assert worded.argued is False and struck.argued is True


def test_the_digits_of_a_name_are_no_figure_of_a_happening() -> None:
    named = _evidence("The senator attacked Shield 3 in a long speech.", "attack", "en", {"Shield 3": "PRO"})
    counted = _evidence("The gang attacked 3 guards in a long night.", "attack", "en", {})
    assert counted.argued is True and named.argued is False
