"""
A short Latin word of twins in Cyrillic or Greek text that the text writes in that script elsewhere.

Texts repeat their words: in a text with swapped letters, ``6-p`` beside
``5-р``, ``MM`` beside ``ГГГГ-ММ-ДД``, ``He`` beside ``не`` are those words,
though no lexicon knows Mongolian ``-р`` and ``MM`` reads as an acronym.
"""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from textclean._filters.homoglyphs import fix_homoglyphs, judge
from textclean._filters.homoglyphs.judge import (
    StandingWords,
    _alone_words,
    _has_word,
    written_elsewhere,
)


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        # Written after the rule was frozen: other words and languages.
        (
            "Дата у форматі РРРР-ММ-ДД.\nВведіть дaту у форматі РРРР-MM-ДД, будь ласка.",
            "Дата у форматі РРРР-ММ-ДД.\nВведіть дату у форматі РРРР-ММ-ДД, будь ласка.",
        ),
        (
            "1-я неделя\n2-я нeделя\n3-я неделя\n4-я неделя",
            "1-я неделя\n2-я неделя\n3-я неделя\n4-я неделя",
        ),
        (
            "Това не е вярно.\nНe мога да кажа, нo He е вярно.",
            "Това не е вярно.\nНе мога да кажа, но Не е вярно.",
        ),
    ],
)
def test_a_latin_word_the_text_writes_in_its_script_elsewhere_is_that_word(broken, fixed):
    """The twin word takes the script of the words around it, where the text writes it so."""
    assert fix_homoglyphs(broken) == fixed


def test_the_other_script_must_surround_it():
    """A twin word between Latin words, or at a line's end after one, is no word of the text's."""
    fixed = "Это не так.\nСм. Windows He version"
    assert written_elsewhere(fixed) == {}


@pytest.mark.parametrize(
    "fixed",
    [
        "Это не так, газ (He) легче воздуха.",  # bracketed: its own context
        "Это не так, символ «He» обозначает гелий.",  # quoted
        "Это не так: см. host.He/не",  # a host or path name
    ],
)
def test_quoted_bracketed_and_named_words_stay(fixed):
    """Brackets, quotes and names are their own context."""
    assert written_elsewhere(fixed) == {}


@pytest.mark.parametrize(
    "text",
    [
        # Genuine: no swapping, so the text's Latin words stay whatever it writes.
        "Гелий He и водород H легче воздуха. Не так ли?",
        "На конференции OK сказал, что на рынке всё OK.",
        "Το σύμβολο Ho είναι του ολμίου. Ο Χο ήταν εκεί.",
        "Ово је текст. Тест је прошао, а je на латиници.",
    ],
)
def test_genuine_text_unchanged(text):
    """Genuine text shows no swapping: the rule is not asked."""
    assert fix_homoglyphs(text) == text


# Letters, numbers that are no digits (``²``, ``Ⅻ``: word characters of re,
# no letters), digits, marks and separators, so that runs are cut every way.
_CHARS = "aoнеNO²Ⅻ5_-\u0301 \n'"
_WORD_ASKED = st.text(alphabet="aoнеNO", min_size=1, max_size=3) | st.text(
    alphabet=_CHARS, min_size=1, max_size=3
)


@given(st.text(alphabet=_CHARS, max_size=60), st.lists(_WORD_ASKED, max_size=12))
@example("не² не", ["не"])
@example("Ⅻне", ["не"])
def test_standing_words_answer_as_the_search(text: str, words: list[str]) -> None:
    """Looked up among the text's words once gathered, a word stands alone exactly where the search finds it."""
    searched = StandingWords(text)
    gathered = StandingWords(text)
    gathered.words = _alone_words(text)
    for word in words:
        assert searched.has(word) == gathered.has(word) == _has_word(text, word), word


def test_the_text_is_searched_for_few_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """After `StandingWords.SEARCHES` distinct words the text's words are gathered, and no more searched."""
    searched: list[str] = []
    monkeypatch.setattr(
        judge, "_has_word", lambda text, word: searched.append(word) or _has_word(text, word)
    )
    text = "ом он мо но ом"
    words = StandingWords(text)
    asked = ["о", "м", "ом", "мо", "он", "но", "нм", "мн", "оо", "мм", "нн", "он", "ом"]
    answers = [words.has(word) for word in asked]
    assert answers == [_has_word(text, word) for word in asked]
    assert searched == asked[: StandingWords.SEARCHES]
