"""Entity recognition and linking beyond the trained languages: titles, case endings, particles
and place prefixes in Latin-script languages, Arabic and Persian without capitals, and one person
across scripts. Sentences written for these tests."""

from __future__ import annotations

from helpers import linked
from storyline.analyse import analyse
from storyline.analyse.entities import _split_at_case
from storyline.link.context import LinkContext


def _found(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(m.text, m.type, m.base or m.text) for m in analyse(text, lang=lang).mentions}


def _people(text: str, lang: str) -> set[str]:
    return {base for _t, etype, base in _found(text, lang) if etype == "PER"}


def test_arabic_people_by_title_speech_verb_and_first_name() -> None:
    text = (
        "وقال الرئيس الفلسطيني محمود عباس، في كلمة ألقاها أمس، إن المفاوضات ستستمر. "
        "وقالت وزارة الصحة إن الحصيلة ارتفعت في بغداد. وأكد سمير الحسيني أن الفرق تعمل."
    )
    people = _people(text, "ar")
    assert "محمود عباس" in people
    assert not any("وزارة" in p or "الصحة" in p for p in people)  # a ministry is no one
    assert ("بغداد", "LOC", "بغداد") in _found(text, "ar")


def test_persian_people_by_first_name_and_honorific() -> None:
    text = (
        "رئیس‌جمهور حسن روحانی گفت که همه ساختمانها فرو ریخت. آیت‌الله سیدعلی موسوی در تهران سخنرانی "
        "کرد. علیرضا کاظمی وزیر امور خارجه به مسکو رفت."
    )
    people = _people(text, "fa")
    assert {"حسن روحانی", "علیرضا کاظمی"} <= people
    assert any(p.endswith("موسوی") and not p.startswith("سید") for p in people)  # honorific off
    assert not any("ساختمانها" in p for p in people)


def test_titles_and_german_compound_titles_are_not_names() -> None:
    found = _found("Bundeskanzlerin Angela Merkel traf Außenminister Heiko Maas in Berlin.", "de")
    assert ("Angela Merkel", "PER", "Angela Merkel") in found
    assert ("Heiko Maas", "PER", "Heiko Maas") in found
    assert ("Presiden Raharjo", "PER", "Presiden Raharjo") not in _found(
        "Presiden Raharjo tiba di Jakarta.", "id"
    )
    assert "Raharjo" in _people("Presiden Raharjo tiba di Jakarta.", "id")


def test_turkish_apostrophe_endings_never_glue_names() -> None:
    found = _found("Filistin Devlet Başkanı Mahmud Abbas'ın Ankara'da yaptığı açıklama.", "tr")
    assert ("Mahmud Abbas", "PER", "Mahmud Abbas") in found  # the span stops at the apostrophe
    assert ("Ankara", "LOC", "Ankara") in found


def test_azerbaijani_case_endings_come_off_base_forms() -> None:
    text = "Prezident Rəşad Nəbiyevin Gəncəyə səfəri başa çatıb. Nəbiyev jurnalistlərə açıqlama verib."
    found = _found(text, "az")
    assert ("Rəşad Nəbiyevin", "PER", "Rəşad Nəbiyev") in found  # the document writes Nəbiyev
    assert any(t == "Gəncəyə" and base == "Gəncə" for t, _e, base in found)


def test_kazakh_spans_end_at_a_case_ending() -> None:
    text = "Түркияның Анкара қаласы"
    parts = _split_at_case(text, 0, len("Түркияның Анкара"), "PER", "Түркияның Анкара", "kk")
    assert [(text[s:e], t, b) for s, e, t, b in parts] == [
        ("Түркияның", "LOC", "Түркия"),
        ("Анкара", "LOC", "Анкара"),
    ]


def test_particles_coordination_and_place_prefixes() -> None:
    assert "Renato de Albuquerque" in _people("O governador Renato de Albuquerque visitou a cidade.", "pt")
    assert "Wirawan" in _people("Presiden Pratama dan Wirawan tiba di Surabaya.", "id")
    found = _found("Il premier della Croazia Andrej Plenković è arrivato a Roma.", "it")
    assert ("Andrej Plenković", "PER", "Andrej Plenković") in found
    assert ("Croazia", "LOC", "Croazia") in found


def _ctx(texts: dict[str, tuple[str, str]]) -> LinkContext:
    return linked(texts)


def test_one_person_across_five_scripts_and_languages() -> None:
    ctx = _ctx({
        "en": ("en", "Palestinian President Mahmoud Abbas met envoys in Ramallah. Rania Abbas, a teacher, spoke too."),
        "ar": ("ar", "وقال الرئيس الفلسطيني محمود عباس إن المحادثات مستمرة."),
        "el": ("el", "Ο Παλαιστίνιος πρόεδρος Μαχμούντ Αμπάς συναντήθηκε με απεσταλμένους."),
        "tr": ("tr", "Filistin Devlet Başkanı Mahmud Abbas'ın açıklaması bekleniyor."),
        "de": ("de", "Palästinenserpräsident Mahmud Abbas empfing die Gesandten."),
    })  # fmt: skip
    abbas = [e for e in ctx.entities if e.type == "PER" and "Mahmoud Abbas" in e.names.get("en", [])]
    assert len(abbas) == 1
    assert {"en", "ar", "el", "tr", "de"} <= set(abbas[0].names)
    assert abbas[0].name in {"Mahmoud Abbas", "Mahmud Abbas"}  # the Latin-script name most written
    rania = [e for e in ctx.entities if e.type == "PER" and any("Rania" in n for n in e.names.get("en", []))]
    assert rania and rania[0].id != abbas[0].id  # another first name: another person


def test_display_names_keep_their_letters() -> None:
    ctx = _ctx({
        "sk": ("sk", "Prezidentka Zuzana Čaputová navštívila Košice."),
        "en": ("en", "President Zuzana Čaputová visited Košice on Monday."),
        "ar": ("ar", "وأكد سمير الحسيني أن الفرق تعمل."),
    })  # fmt: skip
    names = {e.name for e in ctx.entities if e.type == "PER"}
    assert "Zuzana Čaputová" in names
    assert "Samir al-Husseini" in names  # the press spellings of the name's elements (lang/names/ar)


def test_titles_come_off_what_the_tagger_finds() -> None:
    from storyline.analyse.entities import _without_titles
    from storyline.names.parts import titles

    text = "Вчера председник Александар Петровић је рекао"
    start = text.index("председник")
    end = start + len("председник Александар Петровић")
    s, base = _without_titles(text, start, end, "председник Александар Петровић", titles("sr"))
    assert (text[s:end], base) == ("Александар Петровић", "Александар Петровић")


def test_a_romanised_given_name_is_spelled_as_the_latin_press_spells_it() -> None:
    from collections import Counter

    from storyline.link.entities import display_name

    # Russian х is "kh" letter by letter; the name is known in Latin letters as Ilham
    assert display_name(Counter({("Ильхам Тарлинов", "ru"): 3}), "PER") == "Ilham Tarlinov"
    # a romanisation that is a known first name itself stays
    assert display_name(Counter({("Борис Тарлинов", "ru"): 3}), "PER") == "Boris Tarlinov"
    # a Latin-script spelling written by the sources wins over any romanisation
    assert display_name(Counter({("Ильхам Тарлинов", "ru"): 3, ("Ilkham Tarlinov", "en"): 1}), "PER") == (
        "Ilkham Tarlinov"
    )


def test_a_stray_full_name_does_not_name_a_large_entity() -> None:
    from collections import Counter

    from storyline.link.entities import display_name

    uses = Counter({("Tarlin", "cs"): 120, ("Mirek Dolan", "cs"): 1})
    assert display_name(uses, "PER") == "Tarlin"
    assert display_name(Counter({("Tarlin", "cs"): 3, ("Emil Tarlin", "cs"): 1}), "PER") == "Emil Tarlin"


def test_a_name_written_only_in_capitals_is_shown_as_a_name() -> None:
    from collections import Counter

    from storyline.link.entities import display_name

    # a byline or a headline in capitals: the person is shown as names are written
    assert display_name(Counter({("MARA LENTINI-ROSSO", "it"): 2}), "PER") == "Mara Lentini-Rosso"
    # written in both ways, the ordinary spelling wins anyway; organisations keep their capitals
    assert display_name(Counter({("ÉLODIE VARNIER", "fr"): 1, ("Élodie Varnier", "fr"): 3}), "PER") == (
        "Élodie Varnier"
    )
    assert display_name(Counter({("NORDKAPP ENERGI", "no"): 2}), "ORG") == "NORDKAPP ENERGI"


def test_an_official_name_with_a_conjunction_inside_is_one_name() -> None:
    from storyline.analyse import analyse

    def names(text: str, lang: str) -> dict[str, str]:
        return {m.text: m.type for m in analyse(text, lang).mentions}

    # the head word last (English) or first (Romance): one body named after two matters
    assert names("The Transport and Logistics Safety Agency said on Monday.", "en") == {
        "Transport and Logistics Safety Agency": "ORG"
    }
    assert "Agencia de Seguridad Alimentaria y Nutrición" in names(
        "La Agencia de Seguridad Alimentaria y Nutrición informó ayer.", "es"
    )
    assert "Serviço de Investigação e Prevenção de Acidentes Ferroviários" in names(
        "O Serviço de Investigação e Prevenção de Acidentes Ferroviários abriu um inquérito.", "pt"
    )
    # two names: a second body, first names, a place
    found = names("the Ministry of Defence and the Foreign Office disagreed; Banco Sabadell y BBVA", "en")
    assert "Ministry of Defence" in found and "Foreign Office" in found
    found = names("Angela Merkel and Emmanuel Macron met officials of the Bank of Spain and Portugal.", "en")
    assert {"Angela Merkel", "Emmanuel Macron", "Bank of Spain"} <= set(found)
    assert names("Banco Sabadell y BBVA suben.", "es").keys() >= {"Banco Sabadell", "BBVA"}


def test_a_time_zone_is_no_name() -> None:
    from storyline.analyse import analyse

    text = "El vuelo despegó a las 07:25 GMT desde Sevilla y aterrizó a las 11:40 UTC, según Efe."
    found = {m.text for m in analyse(text, "es").mentions}
    assert "Sevilla" in found and not found & {"GMT", "UTC"}


def test_an_indonesian_time_zone_and_the_citizens_abbreviation_are_no_names() -> None:
    from storyline.analyse import analyse

    text = (
        "Sebanyak 12 WNI dievakuasi dari Kota Mandalika, kata Kementerian Luar Negeri. "
        "Berita ini diperbarui pukul 21:00 WIB."
    )
    found = {m.text for m in analyse(text, "id").mentions}
    assert not found & {"WNI", "WIB"}, found
