"""Event triggers beyond ru/bg/uk/en, and what dates a happening and what does not:
commemorations, posts, "since", a saying after the news. Invented sentences."""

from __future__ import annotations

import pytest

from storyline.analyse.events import find_events
from storyline.analyse.text import split_sentences
from storyline.analyse.timex import find_timexes
from storyline.model import Analysis, EventMention, Mention


def analysed(
    text: str, lang: str, names: dict[str, str] | None = None
) -> tuple[Analysis, list[EventMention]]:
    mentions = []
    for name, kind in (names or {}).items():
        at = text.index(name)
        mentions.append(Mention(at, at + len(name), name, kind))
    analysis = Analysis(lang=lang, sentences=split_sentences(text), mentions=mentions)
    analysis.timexes = find_timexes(text, analysis, None)
    return analysis, find_events(text, analysis, None)


def time_text(analysis: Analysis, e: EventMention) -> str | None:
    return analysis.timexes[e.time].text if e.time is not None else None


@pytest.mark.parametrize(
    ("text", "lang", "kind", "trigger"),
    [
        ("Das Flugzeug ist bei Linz abgestürzt.", "de", "crash", "abgestürzt"),
        ("Un séisme a frappé la région.", "fr", "earthquake", "séisme"),
        ("Les secours sont arrivés après l'attentat.", "fr", "attack", "l'attentat"),
        ("Las inundaciones afectaron a la ciudad.", "es", "flood", "inundaciones"),
        ("A ponte desabou durante a noite.", "pt", "collapse", "desabou"),
        ("Una frana ha colpito il paese.", "it", "landslide", "frana"),
        ("Un cutremur a lovit orașul.", "ro", "earthquake", "cutremur"),
        ("İzmir'de güçlü bir deprem oldu.", "tr", "earthquake", "deprem"),
        ("Kazakistan'ın başkentinde toplantı yapıldı.", "tr", "meeting", "toplantı"),
        ("Bakıda yanğın baş verdi.", "az", "fire", "yanğın"),
        ("Алматыда жер сілкінісі болды.", "kk", "earthquake", "жер сілкінісі"),
        ("وقع زلزال قوي في المنطقة.", "ar", "earthquake", "زلزال"),
        ("والفيضانات اجتاحت القرى.", "ar", "flood", "والفيضانات"),
        ("سیل روستا را ویران کرد.", "fa", "flood", "سیل"),
        ("Banjir melanda kota itu.", "id", "flood", "Banjir"),
        ("Ισχυρός σεισμός σημειώθηκε στην Κρήτη.", "el", "earthquake", "σεισμός"),
        ("Árvíz sújtotta a falut.", "hu", "flood", "Árvíz"),
        ("Povodeň zasiahla obec.", "sk", "flood", "Povodeň"),
        ("Poplava je pogodila grad.", "sr", "flood", "Poplava"),
        ("Поплава је погодила град.", "bs", "flood", "Поплава"),
        ("Поплава го погоди градот.", "mk", "flood", "Поплава"),
        ("The dam burst overnight.", "en", "dam_breach", "dam burst"),
        ("Боевики открыли огонь в торговом центре.", "ru", "shooting", "открыли огонь"),
    ],
)
def test_triggers_in_each_language(text: str, lang: str, kind: str, trigger: str) -> None:
    _, events = analysed(text, lang)
    assert [(e.type, e.text) for e in events] == [(kind, trigger)]


def test_a_commemoration_dates_itself_not_the_happening_it_remembers() -> None:
    analysis, events = analysed("Today marks one year since the plane crashed near Varna.", "en")
    by_type = {e.type: e for e in events}
    assert time_text(analysis, by_type["commemoration"]) == "Today"
    assert by_type["crash"].time is None
    analysis, events = analysed("Сегодня годовщина крушения самолета под Самарой.", "ru")
    by_type = {e.type: e for e in events}
    assert time_text(analysis, by_type["commemoration"]) == "Сегодня" and by_type["crash"].time is None


def test_a_relative_clause_right_after_the_trigger_dates_it() -> None:
    analysis, events = analysed("El terremoto que sacudió el 5 de abril la región dejó daños.", "es")
    assert time_text(analysis, events[0]) == "5 de abril"
    analysis, events = analysed("Во время землетрясения, которое произошло 5 апреля, погибли двое.", "ru")
    assert time_text(analysis, events[0]) == "5 апреля"


def test_a_date_that_starts_a_period_dates_nothing() -> None:
    _, events = analysed("It was the deadliest earthquake since 2011.", "en")
    assert events[0].time is None
    _, events = analysed("2011 óta ez a legsúlyosabb földrengés.", "hu")
    assert events[0].time is None


def test_a_saying_after_the_news_dates_the_saying() -> None:
    _, events = analysed("Eight people died in the flood, the mayor said on Sunday.", "en")
    assert next(e for e in events if e.type == "flood").time is None
    analysis, events = analysed("On Sunday police said that a fire broke out in the depot.", "en")
    assert time_text(analysis, next(e for e in events if e.type == "fire")) == "On Sunday"


def test_a_reference_takes_only_a_date_close_after_it() -> None:
    text = "After the earthquake, aid trucks from three neighbouring countries began to arrive on Saturday."
    _, events = analysed(text, "en")
    assert events[0].time is None
    analysis, events = analysed("Families gathered after the crash on Wednesday.", "en")
    assert time_text(analysis, events[0]) == "on Wednesday"


def test_a_post_without_a_date_of_its_own_takes_the_posts_date() -> None:
    text = (
        "Lietadlo sa zrútilo neďaleko letiska, uviedla polícia.\n\n"
        "A cargo plane crashed near the airport, local media reported. pic.twitter.com/abc\n\n"
        "— Aviation Desk (@aviationdesk) May 3, 2021\n\n"
        "Vyšetrovanie pokračuje."
    )
    analysis, events = analysed(text, "sk")
    english = next(e for e in events if e.text == "crashed")
    assert analysis.timexes[english.time].value.value == "2021-05-03"


def test_a_locative_ending_marks_the_place() -> None:
    analysis, events = analysed("Ankara'da bir patlama oldu.", "tr", {"Ankara": "LOC"})
    assert analysis.mentions[events[0].place].text == "Ankara"


def test_triggers_find_their_sentence_mentions_in_a_long_text() -> None:
    """The same sentence repeated gives the same arguments each time: the per-sentence lookup by
    offsets sees exactly that sentence's mentions."""
    sentence = "Huber meldete eine Explosion in Graz. "
    text = sentence * 300
    mentions = []
    for n in range(300):
        base = n * len(sentence)
        mentions += [
            Mention(base + sentence.index("Graz"), base + sentence.index("Graz") + 4, "Graz", "LOC"),
            Mention(base, base + 5, "Huber", "PER"),
        ]
    mentions.sort(key=lambda m: m.start)
    analysis = Analysis(lang="de", sentences=split_sentences(text), mentions=mentions)
    analysis.timexes = find_timexes(text, analysis, None)
    events = find_events(text, analysis, None)
    assert len(events) == 300
    assert all(e.place == 2 * n + 1 and e.participants == [2 * n] for n, e in enumerate(events))


def test_a_year_ago_today_is_a_commemoration_of_today() -> None:
    analysis, events = analysed("A year ago today, a plane crashed near Lyon.", "en")
    by_type = {e.type: e for e in events}
    assert time_text(analysis, by_type["commemoration"]) == "today"
    assert by_type["crash"].time is None
