"""
Latin names of twin letters in Cyrillic and Greek text stay Latin.

A word written wholly in Latin letters that have Cyrillic or Greek twins
(``TeX``, ``OK``, ``PC``) stands in Cyrillic and Greek prose as a format,
product or model name, often in a list beside other Latin names. Capitals
inside a small word (``TeX``, ``XeTeX``) are cased as no Cyrillic or Greek
word is, and swapping keeps each letter's case: such a word is Latin,
whatever its rewrite would spell (``ТеХ``, "those"). So is a word beside
a Latin name (one with a letter that has no twin: ``HTML``) across a
comma, slash or space. Variants written
before the rule, in five languages; the damaged counterparts show twins
really swapped into Cyrillic and Greek words, which are still repaired.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textclean._filters.homoglyphs import fix_homoglyphs

GENUINE = [
    # Russian: the miss that prompted the rule, and variants of it.
    "Я могу захотеть производить HTML, TeX, простой текст.",
    "Мы выпускаем HTML, PDF, TeX, простой текст.",
    "Мы выпускаем PDF, XML, простой текст и TeX.",
    "Документ в формате TeX готов к печати.",
    "Язык разметки MeX почти никто не знает.",
    "Сначала откройте XeTeX, потом нажмите OK.",
    "Мы купили PC (HP, Acer) вчера вечером.",
    # Ukrainian.
    "Він працює з TeX і LaTeX щодня, а звіти пише в HTML.",
    "Налаштуйте TCP/IP, потім натисніть OK.",
    # Bulgarian.
    "Програмата поддържа TCP/IP, HTTP и TeX файлове.",
    "Инсталирахме Mac OS X на стария компютър.",
    # Serbian.
    "Користим Mac OS X и XCode за развој апликација.",
    "Формат TeX се користи за научне радове.",
    # Greek.
    "Το αρχείο TeX ανοίγει με XeTeX ή με LaTeX.",
    "Είδαμε HTML, TeX, και απλό κείμενο στην οθόνη.",
    "Αγόρασα ένα PC και ένα BMW X5 πέρσι.",
    # Title or small words of twins beside a Latin name in a list, after a
    # slash or in a run of names: capitals alone do not tell them.
    "Мы выпускаем HTML, PDF, Tex, простой текст.",
    "Мы выпускаем HTML/Tex и простой текст.",
    "Модели: BMW X5, Tex, Audi A4 и другие.",
    "Дозволені формати: PDF, Tex, Word.",
    "Поддържаме Linux, Tex и Windows.",
    "Шрифты Helvetica, Arial, Tex и Times в одном меню.",
    "Τα αρχεία PDF, Tex και Word ανοίγουν κανονικά.",
]


@pytest.mark.parametrize("text", GENUINE)
def test_latin_names_stay(text: str) -> None:
    """A Latin name of twins among Latin names, or with capitals inside, is left as written."""
    assert fix_homoglyphs(text) == text


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        # A mixed word: Latin C and o swapped into Russian words.
        ("Cайт про мoлоко открылся.", "Сайт про молоко открылся."),
        # A whole Russian word in Latin twins, alone between Russian words.
        ("Мы пошли на море, Bce было хорошо.", "Мы пошли на море, Все было хорошо."),
        # The same beside a swapped mixed word and a Latin name with capitals inside.
        (
            "Он сказал: ceйчас Bce будет в TeX.",
            "Он сказал: сейчас Все будет в TeX.",
        ),
        # In a text that shows swapping (``мoре``), a whole word of twins
        # among Russian words is swapped; the one in a list of Latin names stays.
        (
            "Потом HTML, PDF, Tex. Мы пошли на мoре, Bce было хорошо.",
            "Потом HTML, PDF, Tex. Мы пошли на море, Все было хорошо.",
        ),
        # Greek: a mixed word with a Latin o.
        ("Το σπίτι είναι μεγάλo και ωραίο.", "Το σπίτι είναι μεγάλο και ωραίο."),
    ],
)
def test_swapped_twins_still_repaired(broken: str, fixed: str) -> None:
    """Twins swapped into Cyrillic or Greek words are still repaired beside such names."""
    assert fix_homoglyphs(broken) == fixed


_CAPITAL_TWINS = "ABCEHKMOPTXY"  # Latin capitals with a Cyrillic twin
_SMALL_TWINS = "aceopxy"  # Latin small letters with a Cyrillic twin
_SENTENCES = [
    "Мы используем {} для всех документов.",
    "Він написав статтю у форматі {}, а потім надрукував її.",
    "Формат {} се користи за научне радове.",
]


@given(
    head=st.sampled_from(_CAPITAL_TWINS),
    small=st.text(_SMALL_TWINS, min_size=1, max_size=4),
    tail=st.text(_CAPITAL_TWINS, min_size=1, max_size=2),
    sentence=st.sampled_from(_SENTENCES),
)
def test_capitals_inside_a_word_stay(head: str, small: str, tail: str, sentence: str) -> None:
    """A Latin word of twins with a capital after small letters (``TeX``) stays in Cyrillic prose."""
    text = sentence.format(head + small + tail)
    assert fix_homoglyphs(text) == text


@given(
    name=st.sampled_from(["HTML", "PDF", "Word", "Linux", "BMW X5"]),
    head=st.sampled_from(_CAPITAL_TWINS),
    small=st.text(_SMALL_TWINS, min_size=1, max_size=4),
    sign=st.sampled_from([", ", "/", " "]),
    sentence=st.sampled_from(_SENTENCES),
)
def test_words_beside_latin_names_stay(
    name: str, head: str, small: str, sign: str, sentence: str
) -> None:
    """A Latin word of twins beside a Latin name (``HTML, Tex``) stays in Cyrillic prose."""
    text = sentence.format(name + sign + head + small)
    assert fix_homoglyphs(text) == text
