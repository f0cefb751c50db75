"""
Kinds of misses found on new development text (UDHR, chardet's test pages, the bench's pools).

Each test is one kind, with sentences written for it (not the strings the
misses came from): a Latin capital opening a sentence of Cyrillic words in a
swapping text, a Greek text garbling every ``σ`` as ``o``, a tall stroke
before a capital, and a lone Greek letter between garbled words.
"""

import pytest

from textclean._filters.homoglyphs import fix_homoglyphs, letters_last
from textclean._filters.homoglyphs.letters import convert


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("Мы шли дoмой. C утра шёл дождь.", "Мы шли домой. С утра шёл дождь."),
        ("Він прийшов пiзно. B кімнаті було темно.", "Він прийшов пізно. В кімнаті було темно."),
        ("Тoй дойде. C него беше брат му.", "Той дойде. С него беше брат му."),
        ("Хтели смо дa идемо. A онда је пала киша.", "Хтели смо да идемо. А онда је пала киша."),
        (
            "Мы шли дoмой. B Московском метро было тесно.",
            "Мы шли домой. В Московском метро было тесно.",
        ),
    ],
)
def test_capital_opening_a_sentence_in_a_swapping_text(broken: str, fixed: str) -> None:
    """A Latin capital opening a sentence of Cyrillic words, in a text that swaps, is repaired."""
    assert fix_homoglyphs(broken) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "Мы шли домой. C++ и Python мы знаем.",
        "Язык C позволяет писать быстро.",
        "Глава C посвящена методам.",
        "Петро прийшов. I все було добре.",
    ],
)
def test_capital_without_swapping_stays(text: str) -> None:
    """Without swapping elsewhere, or mid-sentence, a Latin capital stays."""
    assert fix_homoglyphs(text) == text


def test_every_sigma_garbled() -> None:
    """Known words reading Latin o as σ decide a word the lexicon lacks the same way."""
    broken = "Σήμερα oτις oχολές o καθηγητής μίληoε για τo oφάξιμο των ζώων oτο χωριό."
    fixed = fix_homoglyphs(broken)
    # Every Latin o reads σ but where σ cannot stand (a word's end: τo, o alone).
    assert "o" not in fixed
    assert "σφάξιμο" in fixed
    assert fixed.startswith("Σήμερα στις σχολές")


def test_stroke_before_a_capital() -> None:
    """A tall stroke before a capital ending the word is a capital I, not a small l."""
    assert convert("\u01c0\u13a2", "Latin", "en") == "IT"  # ǀ and Cherokee Ꭲ
    assert convert("E\u01c0", "Latin", "es") == "El"  # a stroke after a capital may be small
    assert convert("A\ua781\u0406", "Latin", "en") == "All"  # ꞁ and І: strokes both


def test_lone_letters_last() -> None:
    """Rule 2 decides the words beside a lone letter before it."""
    assert letters_last(["ab", "c", "de", "f"], len) == ["ab", "de", "c", "f"]


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        # A lone Greek α between garbled Spanish words: the preposition a.
        (
            "Es verdad. \u0420\u0251\u01bd\u0251m\u1d11\uabaa \u03b1 \u01c0\u0251\ua731 "
            "\u01bf\uab48\uab32\u018d\ua79f\u0578t\u0430\ua731 d\u0456ficiles.",
            "Es verdad. Pasamos a las preguntas dificiles.",
        ),
    ],
)
def test_lone_greek_letter_between_garbled_words(broken: str, fixed: str) -> None:
    """A lone small Greek letter between garbled words, decided first, is one more swap."""
    assert fix_homoglyphs(broken) == fixed
