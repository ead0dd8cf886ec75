"""The canonical text: normalisation, header, boilerplate, drop caps, look-alikes."""

from __future__ import annotations

import unicodedata

from storyline.ingest import canonicalize
from storyline.ingest.align import OffsetMap, remap_mentions
from storyline.ingest.boilerplate import remove_boilerplate
from storyline.ingest.dropcap import repair_drop_caps
from storyline.ingest.header import split_header
from storyline.ingest.normalize import normalize_text
from storyline.ingest.scripts import fix_homoglyphs


def test_normalize_lines_controls_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "й")
    text = "Заголовок  \r\n\r\n\r\n\r\nПервый абзац\x07 про " + decomposed + "од.\rВторой\x00 абзац.\t\n\n\n"
    out = normalize_text(text)
    assert out == "Заголовок\n\nПервый абзац про йод.\nВторой абзац."
    assert unicodedata.is_normalized("NFC", out)


def test_date_header_on_its_own_line() -> None:
    header, text = split_header("date 2023-04-07\nВ Твери прошёл марафон.")
    assert header.published is not None
    assert (header.published.value, header.published.precision, header.published.basis) == (
        "2023-04-07",
        "day",
        "header",
    )
    assert header.published.confidence == 1.0
    assert text == "В Твери прошёл марафон."


def test_date_header_sharing_the_line() -> None:
    cleaned = canonicalize(" date 2022-09-30 «Мост откроют в срок», - сказал мэр Ломов.", with_header=True)
    assert cleaned.text == "«Мост откроют в срок», - сказал мэр Ломов."
    assert cleaned.header.published is not None and cleaned.header.published.value == "2022-09-30"


def test_invalid_header_date_is_kept_as_text() -> None:
    cleaned = canonicalize("date 2022-02-30 text", with_header=True)
    assert cleaned.header.published is None
    assert cleaned.text.startswith("date 2022-02-30")


def test_key_value_header_block() -> None:
    cleaned = canonicalize(
        "title: Floods in Ruse\nurl: https://example.org/a\nsource: Danube Post\ndate: 2021-06\n\nWater rose by 2 metres.",
        with_header=True,
    )
    assert cleaned.text == "Water rose by 2 metres."
    assert cleaned.header.fields == {
        "title": "Floods in Ruse",
        "url": "https://example.org/a",
        "outlet": "Danube Post",
        "date": "2021-06",
    }
    assert cleaned.header.published is not None and cleaned.header.published.precision == "month"


def test_text_that_only_looks_like_a_header_is_kept() -> None:
    text = "Note: the bridge is closed.\n\nDrivers should use the ferry."
    assert canonicalize(text, with_header=True).text == text


def test_boilerplate_lines_removed_sentences_kept() -> None:
    text = "\n".join(
        [
            "Skip to main content",
            "Экономика,",
            "0",
            "Городской совет Самары утвердил план ремонта дорог.",
            "Фото: Иван Петров / Волга-Пресс",
            "Снимка: Мария Иванова",
            "© Oleg Sidorov/ Shutterstock",
            "Читайте также: Мэр Самары ушёл в отставку",
            "Прочетете още",
            "Share this article",
            "Read more about the plan in our explainer.",
            "Фото: как выглядел город сто лет назад и что изменилось с тех пор в его центре",
            "Работы начнутся 3 мая, сообщил вице-мэр.",
        ]
    )
    out = remove_boilerplate(text).split("\n")
    assert out == [
        "Городской совет Самары утвердил план ремонта дорог.",
        "Read more about the plan in our explainer.",
        "Фото: как выглядел город сто лет назад и что изменилось с тех пор в его центре",
        "Работы начнутся 3 мая, сообщил вице-мэр.",
    ]


def test_credit_run_into_a_sentence_is_kept() -> None:
    line = "Снимка: ЕПА/Агенция 0 Това съобщиха от кметството на Пловдив във вторник вечерта"
    assert remove_boilerplate(line) == line


def test_related_headline_before_a_rubric_line_is_removed() -> None:
    text = (
        "Министр Орлов посетил завод в Туле.\n\n"
        "Он осмотрел новые цеха.\n\n"
        "В Калуге открыли музей космонавтики\n"
        "Культура\n\n"
        "Затем министр провёл совещание."
    )
    out = canonicalize(text).text
    assert "музей" not in out and "Культура" not in out
    assert (
        out
        == "Министр Орлов посетил завод в Туле.\n\nОн осмотрел новые цеха.\n\nЗатем министр провёл совещание."
    )


def test_title_line_is_not_a_related_headline() -> None:
    text = "Пожар на складе в Твери\n\nОгонь потушили за 2 часа."
    assert canonicalize(text).text == text


def test_drop_caps() -> None:
    assert repair_drop_caps("Р уският министър пристигна.") == "Руският министър пристигна."
    assert repair_drop_caps("Първи ред.\nT he mayor spoke.") == "Първи ред.\nThe mayor spoke."
    assert repair_drop_caps("Ж урналисты собрались.") == "Журналисты собрались."
    # one-letter words stay apart
    assert repair_drop_caps("В ответ мэр промолчал.") == "В ответ мэр промолчал."
    assert repair_drop_caps("С утра шёл дождь.") == "С утра шёл дождь."
    assert repair_drop_caps("Intro.\nI think so.") == "Intro.\nI think so."
    assert repair_drop_caps("Intro.\nA car stopped.") == "Intro.\nA car stopped."
    # a one-letter word at the very start: the word lists decide
    assert repair_drop_caps("А нализът на данните показва ръст.") == "Анализът на данните показва ръст."
    # only at the start of a paragraph
    assert repair_drop_caps("Сказал Р уский.") == "Сказал Р уский."


def test_homoglyphs_one_for_one() -> None:
    # Cyrillic А in a Latin word, Latin o/c in Cyrillic words
    text = "Рейсы \u0410ZAL и Moскв\u0430 про Cибирь"
    out = fix_homoglyphs(text)
    assert out == "Рейсы AZAL и Москва про Сибирь"
    assert len(out) == len(text)
    assert fix_homoglyphs("Ok да COVID-19") == "Ok да COVID-19"


def test_offsets_follow_the_cleaning() -> None:
    source = "Skip to main content\nGrad Brno  \nFoto: Jan Novák / ČTK\nTým Sp\u0430rta vyhrál."
    target = canonicalize(source).text
    assert target == "Grad Brno\nTým Sparta vyhrál."
    mentions = [[5, 9, "Grad", "x"], [26, 30, "Jan", "y"], [60, 66, "Sp\u0430rta", "z"]]
    # recompute the gold offsets from the source itself
    mentions[0][:2] = [source.index("Grad"), source.index("Grad") + 4]
    mentions[1][:2] = [source.index("Jan"), source.index("Jan") + 3]
    mentions[2][:2] = [source.index("Sp\u0430rta"), source.index("Sp\u0430rta") + 6]
    kept, dropped = remap_mentions(mentions, source, target)
    assert dropped == 1
    assert [target[s:e] for s, e, *_ in kept] == ["Grad", "Sparta"]
    assert kept[1][2] == "Sparta"
    assert OffsetMap("abc", "abc").map(2) == 2
