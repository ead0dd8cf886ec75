"""Arabic-script people named with the press spellings of their name elements (invented people)."""

from __future__ import annotations

from collections import Counter

from storyline.link.entities import display_name
from storyline.names.translit import to_latin
from storyline.names.vowelled import has_spellings, vowelled


def _shown(base: str, lang: str | None, etype: str = "PER") -> str:
    return display_name(Counter({(base, lang): 1}), etype)


def test_arabic_elements_get_their_vowels() -> None:
    assert _shown("سمير عبد الحميد", "ar") == "Samir Abdul Hamid"
    assert _shown("هالة عبد الكريم", "ar") == "Hala Abdul Karim"
    assert _shown("نبيل عبدالعزيز", "ar") == "Nabil Abdulaziz"


def test_article_and_adjective_ending() -> None:
    assert _shown("وليد الحسيني", "ar") == "Walid al-Husseini"
    assert _shown("طارق عبد الله الكاظمي", "ar") == "Tariq Abdullah al-Kadhimi"
    assert _shown("الحسن", "ar") == "Al-Hassan"


def test_persian_spellings_compounds_and_endings() -> None:
    assert _shown("مهران کاظمی", "fa") == "Mehran Kazemi"
    assert _shown("محمدکاظم رحیمی", "fa") == "Mohammad Kazem Rahimi"
    assert _shown("شیرین رضایی", "fa") == "Shirin Rezaei"
    assert _shown("بهنام حسینی\u200cنژاد", "fa") == "Behnam Hosseininejad"
    # the same letters, written by an Arabic paper, get the Arabic spelling
    assert _shown("محمد حسين", "ar") == "Mohammed Hussein"
    assert _shown("محمد حسین", "fa") == "Mohammad Hossein"


def test_unknown_words_are_romanised_as_before() -> None:
    shown = _shown("ياسر زرقطوني", "ar")
    assert shown.split()[0] == "Yasser"
    assert shown.split()[1] == to_latin("زرقطوني", "ar").capitalize()
    assert vowelled("زرقطوني قرطبي", "ar") == [None, None]


def test_a_latin_form_the_sources_write_wins() -> None:
    names = Counter({("سمير عبد الحميد", "ar"): 2, ("Sameer Abdelhamid", "en"): 1})
    assert display_name(names, "PER") == "Sameer Abdelhamid"


def test_only_people_of_languages_with_data() -> None:
    assert not has_spellings("ps") and not has_spellings(None)
    assert has_spellings("ar") and has_spellings("fa") and has_spellings("ur")
    assert _shown("سمير خالد", "ps") == "Smyr Khald"
    assert _shown("جامعة خالد", "ar", "ORG") != "Jamat Khaled"
    assert "Khaled" not in _shown("جامعة خالد", "ar", "ORG")


def test_urdu_and_a_listed_word_before_the_rules() -> None:
    assert _shown("عمران شاہد", "ur") == "Imran Shahid"
    assert _shown("عبداللہ طاہر", "ur") == "Abdullah Tahir"
    assert _shown("عبدالله قرطبي", "ar").startswith("Abdullah ")


def test_the_article_of_an_unknown_surname_is_written_apart() -> None:
    shown = _shown("سامر القرطبي", "ar")
    assert shown == "Samer al-" + to_latin("قرطبي", "ar").capitalize()
    assert not _shown("الكسندر قرطبي", "ar").startswith("Al-")  # a foreign first name, not the article


def test_an_unlisted_given_name_keeps_its_consonants() -> None:
    # "Dahy" romanised letter by letter: no press spelling reads its h as a g ("Dagi")
    shown = _shown("داهي قرطبي", "ar")
    assert shown.split()[0] == to_latin("داهي", "ar").capitalize()
    assert _shown("فايز قرطبي", "ar").split()[0] == "Faiz"  # a vowel put right stays
