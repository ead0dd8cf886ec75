"""Quotes: direct speech in every quotation style, split quotes, reported speech, speakers."""

from __future__ import annotations

import re

from storyline.analyse import analyse
from storyline.analyse.quotes import find_quotes, quote_spans
from storyline.analyse.text import split_sentences
from storyline.model import Analysis, Mention, QuoteMention


def quotes(text: str, lang: str, names: tuple[tuple[str, str], ...] = ()) -> list[QuoteMention]:
    mentions = sorted(
        (
            Mention(m.start(), m.end(), name, kind)
            for name, kind in names
            for m in re.finditer(re.escape(name), text)
        ),
        key=lambda m: m.start,
    )
    return find_quotes(text, Analysis(lang=lang, sentences=split_sentences(text), mentions=mentions), None)


def said(text: str, q: QuoteMention) -> list[str]:
    return [text[s:e] for s, e in q.spans]


def test_marks_of_every_style_and_nesting() -> None:
    text = '«Он сказал „нет“ дважды» и „Той дойде“ и “Yes, ‘maybe’ now” и "plain one" и don’t ‚ok‘.'
    inner = [text[s:e] for s, e in quote_spans(text)]
    assert inner == ["Он сказал „нет“ дважды", "Той дойде", "Yes, ‘maybe’ now", "plain one", "ok"]


def test_russian_direct_quote_after_and_inside() -> None:
    text = "«Мы сделаем всё, чтобы найти виновных», — заявил Иван Петров. «Мы не знали, — сказал Сидоров. — Теперь знаем всё»."
    found = quotes(text, "ru", (("Иван Петров", "PER"), ("Сидоров", "PER")))
    assert [(said(text, q), q.cue, q.speaker_text, q.speaker) for q in found] == [
        (["Мы сделаем всё, чтобы найти виновных"], "заявил", "Иван Петров", 0),
        (["Мы не знали", "Теперь знаем всё"], "сказал", "Сидоров", 1),
    ]


def test_english_split_quote_and_pronoun() -> None:
    text = '"The ferry was overloaded," Maria Lopez said, "and nobody checked it." She added that the captain had fled.'
    direct, reported = quotes(text, "en", (("Maria Lopez", "PER"),))
    assert said(text, direct) == ["The ferry was overloaded", "and nobody checked it."]
    assert direct.direct and direct.speaker == 0
    assert not reported.direct and reported.cue == "added"
    assert said(text, reported) == ["the captain had fled"]
    assert (reported.speaker_text, reported.speaker) == ("She", 0)


def test_bulgarian_colon_quote_scare_quotes_and_reported() -> None:
    text = (
        "Георги Иванов заяви: „Няма да допуснем повторение на тази трагедия“. Той каза, че разследването "
        "продължава. Компанията отрече „абсурдни слухове“."
    )
    found = quotes(text, "bg", (("Георги Иванов", "PER"),))
    assert [(q.direct, q.cue, q.speaker) for q in found] == [(True, "заяви", 0), (False, "каза", 0)]
    assert said(text, found[1]) == ["разследването продължава"]


def test_according_to_and_ukrainian() -> None:
    text = "Според Иванов, взривът е причинен от газова бутилка."
    (q,) = quotes(text, "bg", (("Иванов", "PER"),))
    assert (q.cue, q.speaker, said(text, q)) == ("Според", 0, ["взривът е причинен от газова бутилка"])
    text = "Олена Коваль сказала, що рятувальники працюють цілодобово."
    (q,) = quotes(text, "uk", (("Олена Коваль", "PER"),))
    assert (q.speaker, said(text, q)) == (0, ["рятувальники працюють цілодобово"])


def test_no_speaker_rather_than_a_guess() -> None:
    # a title no one in the text was introduced with, and an addressee after "told"
    text = "The mayor, John Reed, spoke. The Chilean leader said that help was coming. Witnesses told Reuters that it sank."
    found = quotes(text, "en", (("John Reed", "PER"), ("Reuters", "ORG")))
    assert [(q.speaker_text, q.speaker) for q in found] == [("The Chilean leader", None), ("Witnesses", None)]
    text = "The mayor, John Reed, spoke. The mayor said that help was coming."
    (q,) = quotes(text, "en", (("John Reed", "PER"),))
    assert q.speaker == 0


def test_descriptions_resolve_through_the_documents_own_introductions() -> None:
    text = (
        "Президент Литвы Йонас Петраускас встретился с латвийским президентом Андрисом Калныньшем. "
        "На следующий день литовский лидер заявил, что кризиса нет. "
        "Петраускас заявил, что ракета была одна. По словам президента, она взорвалась рядом с самолетом."
    )
    names = (("Йонас Петраускас", "PER"), ("Андрисом Калныньшем", "PER"))
    mentions = sorted(
        [Mention(m.start(), m.end(), n, t) for n, t in names for m in re.finditer(n, text)]
        + [
            Mention(
                text.rindex("Петраускас заявил"), text.rindex("Петраускас заявил") + 10, "Петраускас", "PER"
            )
        ],
        key=lambda m: m.start,
    )
    found = find_quotes(text, Analysis(lang="ru", sentences=split_sentences(text), mentions=mentions), None)
    who = [(q.speaker_text, mentions[q.speaker].text if q.speaker is not None else None) for q in found]
    assert who == [
        ("литовский лидер", "Йонас Петраускас"),  # introduced as Lithuania's president, not Latvia's
        ("Петраускас", "Петраускас"),
        ("президент", "Петраускас"),  # two presidents: the one who spoke last; shown in its base form
    ]
    # a description no one in the document fits: no guess
    text = "President Lena Ortiz of Chile spoke first. The Peruvian president said that talks would go on."
    (q,) = quotes(text, "en", (("Lena Ortiz", "PER"),))
    assert (q.speaker_text, q.speaker) == ("The Peruvian president", None)


def test_inverted_parenthetical_and_colon_reported_speech() -> None:
    text = "Эта тенденция, говорят эксперты, сохранится и в будущем. Мама сказала: попробуй сам."
    found = quotes(text, "ru")
    assert [(said(text, q), q.cue, q.speaker_text, q.direct) for q in found] == [
        (["Эта тенденция", "сохранится и в будущем"], "говорят", "эксперты", False),
        (["попробуй сам"], "сказала", "Мама", False),
    ]
    text = "The bridge had been closed for years, the regional governor said on Friday."
    (q,) = quotes(text, "en")
    assert (said(text, q), q.speaker_text) == (
        ["The bridge had been closed for years"],
        "the regional governor",
    )


def test_relays_and_according_with_a_pronoun() -> None:
    text = "Премиерът Иван Петров призна, че са допуснати грешки, съобщи „Балкан Таймс“."
    (q,) = quotes(text, "bg", (("Иван Петров", "PER"), ("Балкан Таймс", "ORG")))
    assert (said(text, q), q.speaker, q.via_texts) == (["са допуснати грешки"], 0, ["Балкан Таймс"])
    text = "Мэр Олег Тарасов осмотрел место взрыва. По его словам, пострадавших больше нет."
    (q,) = quotes(text, "ru", (("Олег Тарасов", "PER"),))
    assert (said(text, q), q.speaker_text, q.speaker) == (["пострадавших больше нет"], "его", 0)
    text = "Reuters quoted the ministry as saying that the border would stay open."
    (q,) = quotes(text, "en", (("Reuters", "ORG"),))
    assert (said(text, q), q.speaker_text, q.via_texts) == (
        ["the border would stay open"],
        "the ministry",
        ["Reuters"],
    )


def test_an_outlet_citing_another_relays_it() -> None:
    text = "ТАСС со ссылкой на РБК сообщает, что погибли 5 человек."
    (q,) = quotes(text, "ru", (("ТАСС", "ORG"), ("РБК", "ORG")))
    assert (q.speaker_text, q.via_texts) == ("РБК", ["ТАСС"])
    text = "БГНЕС, позовавайки се на „Киев Индипендънт“, съобщи, че са загинали 12 души."
    (q,) = quotes(text, "bg", (("БГНЕС", "ORG"), ("Киев Индипендънт", "ORG")))
    assert (q.speaker_text, q.via_texts) == ("Киев Индипендънт", ["БГНЕС"])


def test_speech_quoted_inside_a_quote_and_single_quotes() -> None:
    text = (
        "«Капитан крикнул нам: „Все к шлюпкам!“, и через минуту судно накренилось», — рассказала Анна Орлова."
    )
    found = quotes(text, "ru", (("Анна Орлова", "PER"),))
    assert [(said(text, q)[0], q.speaker_text) for q in found] == [
        ("Капитан крикнул нам: „Все к шлюпкам!“, и через минуту судно накренилось", "Анна Орлова"),
        ("Все к шлюпкам!", "Капитан"),
    ]
    text = "'Our street is gone,' said teacher Miriam Osei. The doctors' union said nothing."
    found = quotes(text, "en", (("Miriam Osei", "PER"),))
    assert [(said(text, q), q.speaker) for q in found] == [(["Our street is gone"], 0)]


def test_bodies_and_descriptions_that_run_on_to_a_name() -> None:
    text = "Погибли девять человек, сообщило региональное министерство здравоохранения."
    (q,) = quotes(text, "ru")
    assert (said(text, q), q.speaker_text) == (
        ["Погибли девять человек"],
        "региональное министерство здравоохранения",
    )
    text = "Загинаха шестима души, съобщиха областните власти."
    (q,) = quotes(text, "bg")
    assert (said(text, q), q.speaker_text) == (["Загинаха шестима души"], "областните власти")
    text = "«Вода прибывает слишком быстро», — сказал рыбак из Тулуна Пётр Зуев."
    (q,) = quotes(text, "ru", (("Тулуна", "LOC"), ("Пётр Зуев", "PER")))
    assert q.speaker == 1  # the name the description runs on to, not the place
    text = "Пострадали 14 человек, заявили волонтёры из «Красного Креста», хотя власти молчат."
    (q,) = quotes(text, "ru", (("Красного Креста", "ORG"),))
    assert q.speaker == 0


def test_according_to_data_without_a_comma_and_two_reports_in_one_sentence() -> None:
    text = "По данни на полицията в центъра са дошли 3000 души, докато профсъюзът твърди, че са били 9000."
    found = quotes(text, "bg")
    assert [(said(text, q), q.speaker_text) for q in found] == [
        (["в центъра са дошли 3000 души"], "полицията"),
        (["са били 9000"], "профсъюзът"),
    ]
    text = "За даними ДСНС, під час пожежі загинули троє людей."
    (q,) = quotes(text, "uk", (("ДСНС", "ORG"),))
    assert (said(text, q), q.speaker) == (["під час пожежі загинули троє людей"], 0)


def test_impersonal_parenthetical_and_bare_reports_in_english() -> None:
    text = "It is understood that the pilot had reported engine trouble before landing."
    (q,) = quotes(text, "en")
    assert (said(text, q), q.speaker) == (["the pilot had reported engine trouble before landing"], None)
    text = "The blaze, investigators said, began in a storage room."
    (q,) = quotes(text, "en")
    assert said(text, q) == ["The blaze", "began in a storage room"]
    text = "Officials said 40 people had died, while a local charity said the toll was far higher."
    found = quotes(text, "en")
    assert [(said(text, q), q.speaker_text) for q in found] == [
        (["40 people had died"], "Officials"),
        (["the toll was far higher"], "a local charity"),
    ]
    # "admitted" with a number after it is a hospital, not a confession
    assert quotes("Clinics in Kano admitted 85 patients with cholera.", "en") == []


def test_a_title_after_an_organisation_spoke_finds_the_person_it_introduced() -> None:
    # the organisation that spoke last is in the discourse but has no person key: it must be
    # passed over (it used to stop the analysis of the whole document with a KeyError)
    text = (
        "Премиерът Иван Добрев свика заседание в понеделник. Министерството на здравеопазването "
        "информира, че болниците в страната са готови. Относно училищата, премиерът обяви, че "
        "учебната година ще продължи."
    )
    a = analyse(text, lang="bg")
    speakers = [
        text[a.mentions[q.speaker].start : a.mentions[q.speaker].end]
        for q in a.quotes
        if q.speaker is not None
    ]
    assert speakers == ["Министерството на здравеопазването", "Иван Добрев"]


def test_a_speaker_cited_by_an_outlet_speaks_and_the_outlet_relays() -> None:
    text = "Петко Дряновски, цитиран от Радио Зорница, каза, че пристанището ще бъде затворено."
    (q,) = quotes(text, "bg", (("Петко Дряновски", "PER"), ("Радио Зорница", "ORG")))
    assert (q.speaker_text, q.via_texts) == ("Петко Дряновски", ["Радио Зорница"])
