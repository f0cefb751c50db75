"""
Latin written on purpose in Cyrillic and Greek prose stays, also where the text swaps elsewhere.

Four kinds of damage seen on the new bench's Russian (``koi-8-r`` ->
``koi-8-г``, ``Петра I`` -> ``Петра І``, ``TeXу`` changed, ``HTML, PDF и
Tex`` in a swapping text), each with 30 or more genuine variants in Russian,
Ukrainian, Bulgarian, Serbian and Greek written before the rules changed
(tests/homoglyph_damage_sets.py). Each sentence comes back unchanged alone,
and unchanged before a sentence whose swapped twins are repaired. Beside
them, damaged counterparts: twins really swapped into such places are still
repaired.
"""

import pytest
from homoglyph_damage_sets import SWAPPED, cases
from hypothesis import given
from hypothesis import strategies as st

from textclean._filters.homoglyphs import fix_homoglyphs
from textclean._filters.homoglyphs.context import numeral_after_word
from textclean._filters.homoglyphs.judge import latin_stem_with_ending

CASES = cases()
IDS = [f"{kind}-{lang}" for kind, lang, _ in CASES]


@pytest.mark.parametrize(("kind", "lang", "text"), CASES, ids=IDS)
def test_genuine_latin_stays(kind: str, lang: str, text: str) -> None:
    """A Roman numeral, code-page name, declined Latin name or listed name is left as written."""
    assert fix_homoglyphs(text) == text, kind


@pytest.mark.parametrize(("kind", "lang", "text"), CASES, ids=IDS)
def test_genuine_latin_stays_in_a_swapping_text(kind: str, lang: str, text: str) -> None:
    """The same sentence before one with swapped twins: only the swapped twins are repaired."""
    broken, fixed = SWAPPED[lang]
    assert fix_homoglyphs(f"{text} {broken}") == f"{text} {fixed}", kind


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        # A swapped Ukrainian conjunction opening a sentence, in a text that
        # writes it elsewhere, is still repaired.
        ("Петро прийшов і сів. I все було дoбре.", "Петро прийшов і сів. І все було добре."),
        # An ordinal's ending after digits alone is a word of the text's script.
        (
            "Это было в 1990-e годы, и мы жили на мoре.",
            "Это было в 1990-е годы, и мы жили на море.",
        ),
        # A Cyrillic word with its first letters swapped reads as a word.
        ("Мы любим Mopе и горы.", "Мы любим Море и горы."),
        # A Latin word of twins beside a Cyrillic word across a conjunction is judged.
        ("Мы купили хлеб и Bce ушли.", "Мы купили хлеб и Все ушли."),
        # A capital opening a sentence of Russian words in a swapping text is
        # the swapped preposition; mid-sentence beside a Latin name, a name.
        ("Мы пишем нa языке Python. C ним легко.", "Мы пишем на языке Python. С ним легко."),
        ("Мы пишем нa языке Python и C, a тут.", "Мы пишем на языке Python и C, а тут."),
        # A Latin word hyphened to an English word stays (``e-mail``); a
        # Cyrillic letter swapped into it in English text is repaired.
        ("Пишите на e-mail, a не в чат.", "Пишите на e-mail, а не в чат."),
        ("Send me an е-mail today.", "Send me an e-mail today."),
        # Dotted Latin initials stay (``P.S.``); a Latin letter dotted to a
        # Cyrillic one is a swapped abbreviation's (``т.e.``).
        ("Смотри ниже. P.S. Мы жили на мoре.", "Смотри ниже. P.S. Мы жили на море."),
        ("Это было, т.e. давно, и мы жили на мoре.", "Это было, т.е. давно, и мы жили на море."),
    ],
)
def test_swapped_twins_still_repaired(broken: str, fixed: str) -> None:
    """Twins swapped into such places are repaired."""
    assert fix_homoglyphs(broken) == fixed


class TestLatinStemWithEnding:
    """`latin_stem_with_ending`: the readings and shapes that tell a declined name."""

    @pytest.mark.parametrize("word", ["TeXу", "PHPе", "iOSі", "Windowsе", "iPhoneа", "Skypeу"])
    def test_names(self, word: str) -> None:
        """A stem cased as a name, with a letter no twin has, or a Latin word, is a name."""
        assert latin_stem_with_ending(word, "ru")

    @pytest.mark.parametrize("word", ["Mopе", "Caxapом", "housе", "gamе", "Сахаром"])
    def test_not_names(self, word: str) -> None:
        """A Cyrillic word swapped at its start, or an English word at its end, is no name."""
        assert not latin_stem_with_ending(word, "ru")


class TestNumeralAfterWord:
    """`numeral_after_word`: capitals of Roman digits after a small letter and a space."""

    def test_after_a_name(self) -> None:
        """``Петра I`` and ``Глава XII`` hold numerals."""
        assert numeral_after_word("Петра I", 6, "I")
        assert numeral_after_word("Глава XII", 6, "XII")

    def test_one_letter_numerals(self) -> None:
        """Alone, only I, V and X are a name's or title's number; a lone C is a swapped letter."""
        assert numeral_after_word("Глава X", 6, "X")
        assert not numeral_after_word("проблема C 1935", 9, "C")

    def test_not_at_a_sentence_start(self) -> None:
        """A capital after a full stop, or a word not of Roman digits, is no numeral."""
        assert not numeral_after_word("прийшов. I все", 9, "I")
        assert not numeral_after_word("Петра Bce", 6, "Bce")


_NAMES = ["Петра", "Людовика", "Карла", "Олександра", "Бориса", "Стефана"]
_NUMERALS = ["I", "II", "III", "XI", "XII", "XIII", "XX", "XXI", "XXX"]


@given(
    name=st.sampled_from(_NAMES),
    numeral=st.sampled_from(_NUMERALS),
    lang=st.sampled_from(sorted(SWAPPED)),
)
def test_numeral_after_name_stays(name: str, numeral: str, lang: str) -> None:
    """A Roman numeral of twins after a name stays Latin in a text that swaps elsewhere."""
    broken, fixed = SWAPPED[lang]
    text = f"Это время {name} {numeral} прошло."
    assert fix_homoglyphs(f"{text} {broken}") == f"{text} {fixed}"


@given(
    stem=st.sampled_from(["TeX", "LaTeX", "PHP", "iOS", "Linux", "Windows", "iPhone", "Excel"]),
    ending=st.sampled_from(["а", "у", "е", "ом", "ах", "ів", "і"]),
    lang=st.sampled_from(["ru", "uk"]),
)
def test_declined_name_stays(stem: str, ending: str, lang: str) -> None:
    """A Latin name with a Cyrillic case ending stays, alone and in a swapping text."""
    broken, fixed = SWAPPED[lang]
    text = f"Мы давно работаем с {stem}{ending} и довольны."
    assert fix_homoglyphs(text) == text
    assert fix_homoglyphs(f"{text} {broken}") == f"{text} {fixed}"
