from storyline.analyse.entities_adjacent import join_adjacent_persons
from storyline.model import Mention


def _persons(text: str, words: list[str], etype: str = "PER") -> list[Mention]:
    out = []
    for w in words:
        s = text.index(w)
        out.append(Mention(s, s + len(w), w, etype, w, "bg"))
    return out


def _rebase(surface: str, etype: str) -> str:
    return surface


def test_two_one_word_persons_one_space_apart_are_one_full_name() -> None:
    text = "каза посланикът в столицата Доротея Милчева. Пътниците чакат."
    got = join_adjacent_persons(text, _persons(text, ["Доротея", "Милчева", "Пътниците"]), _rebase)
    assert [(m.text, m.type) for m in got] == [("Доротея Милчева", "PER"), ("Пътниците", "PER")]


def test_persons_a_comma_or_conjunction_separates_stay_two() -> None:
    text = "Гости бяха Доротея, Милчева и Стоянов."
    got = join_adjacent_persons(text, _persons(text, ["Доротея", "Милчева", "Стоянов"]), _rebase)
    assert [m.text for m in got] == ["Доротея", "Милчева", "Стоянов"]


def test_a_person_beside_a_place_or_an_abbreviation_is_not_joined() -> None:
    text = "Доротея Варна и ЕК Милчева"
    ms = _persons(text, ["Доротея"]) + _persons(text, ["Варна"], "LOC")
    ms += _persons(text, ["ЕК", "Милчева"])
    got = join_adjacent_persons(text, ms, _rebase)
    assert [m.text for m in got] == ["Доротея", "Варна", "ЕК", "Милчева"]


def test_a_genitive_owner_before_a_subject_or_two_surnames_stay_two() -> None:
    text = "minister rządu Wiśniewskiego Nowak powiedział"
    got = join_adjacent_persons(text, _persons(text, ["Wiśniewskiego", "Nowak"]), _rebase)
    assert [m.text for m in got] == ["Wiśniewskiego", "Nowak"]
    text = "срещна Стоянова Димитрова вчера"  # two surnames in one case: two people
    got = join_adjacent_persons(text, _persons(text, ["Стоянова", "Димитрова"]), _rebase)
    assert [m.text for m in got] == ["Стоянова", "Димитрова"]


def test_a_masculine_given_name_and_surname_are_joined() -> None:
    text = "заяви кметът Благомир Тодоров днес"
    got = join_adjacent_persons(text, _persons(text, ["Благомир", "Тодоров"]), _rebase)
    assert [m.text for m in got] == ["Благомир Тодоров"]


def test_two_mens_surnames_side_by_side_stay_two() -> None:
    text = "срещнаха се вчера Тодоров Стоянин в Пловдив"
    got = join_adjacent_persons(text, _persons(text, ["Тодоров", "Стоянин"]), _rebase)
    assert [m.text for m in got] == ["Тодоров", "Стоянин"]
