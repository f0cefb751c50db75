"""The fast paths' mixed-word check, led by foreign twins, answers as the whole-text word scan."""

from __future__ import annotations

import re
import sys
from functools import lru_cache

from hypothesis import example, given
from hypothesis import strategies as st

from textclean._filters.homoglyphs.fast import (
    Segments,
    _is_letter,
    _reads_elsewhere,
    _twins_mixed_words,
    alone_on_line,
    mixed_word_alone,
)
from textclean._filters.homoglyphs.letters import TARGETS, scripts_present
from textclean._filters.homoglyphs.sparse import simple_twins
from textclean.scan import notable_chars


@lru_cache(maxsize=8)
def _old_pattern(script: str) -> re.Pattern[str]:
    """The whole-text word scan of 89c9e68, kept as the reference."""
    twins = simple_twins(script)
    foreign, own = "".join(sorted(twins)), "".join(sorted(set(twins.values())))
    both = re.escape(foreign + own)
    return re.compile(
        rf"(?<![^\W\d_])(?=[{both}]*[{re.escape(foreign)}])(?=[{both}]*[{re.escape(own)}])"
        rf"[{both}]+(?![^\W\d_])"
    )


def _old_mixed_word_alone(text: str, script: str, where: Segments) -> bool:
    pattern = _old_pattern(script)
    elsewhere = {word for word in set(pattern.findall(text)) if _reads_elsewhere(word, script)}
    return bool(elsewhere) and any(
        match[0] in elsewhere
        and not alone_on_line(text, *match.span())
        and not where.own(match.start())[1]
        for match in pattern.finditer(text)
    )


def _twin_letters() -> str:
    letters: set[str] = set()
    for script in TARGETS:
        twins = simple_twins(script)
        letters |= set(twins) | set(twins.values())
    return "".join(sorted(letters))


_WORDS = st.text(alphabet=_twin_letters(), min_size=1, max_size=6) | st.sampled_from(
    [
        "Тhe",
        "wе",
        "cре",
        "KОВО",
        "тне",
        "Нello",
        "адвокат",
        "рaрa",
        "Ηе",
        "ΑΒС",
        "mаma",
        "xyz",
        "éte",
    ]
)
_SEPARATORS = st.sampled_from(
    [
        " ",
        "  ",
        "\n",
        "\n\n",
        ", ",
        ". ",
        " = ",
        "«",
        "»",
        '"',
        "'",
        "(",
        ")",
        "[",
        "]",
        " — ",
        "-",
        "_",
        "1",
        "²",
        "\t",
    ]
)
_TEXTS = st.lists(st.tuples(_WORDS, _SEPARATORS), max_size=20).map(
    lambda parts: "".join(word + sep for word, sep in parts)
) | st.lists(_WORDS, min_size=1, max_size=8).map("\n".join)


@given(_TEXTS, st.sampled_from(TARGETS))
@example("Тhe", "Latin")
@example("éТhe Тheé (Тhe) «Тhe»\nТhe", "Latin")
@example("рaрa_рaрa1рaрa", "Cyrillic")
@example("пpо иpа pа оpа pпo", "Cyrillic")  # leads after a letter of neither side, or a twin
def test_words_found_are_the_whole_text_scans(text: str, script: str) -> None:
    old = [match.span() for match in _old_pattern(script).finditer(text)]
    assert _twins_mixed_words(script).spans(text) == old


# Twins of both sides, other letters, digits and signs of Windows-1251 and
# -1253: texts their code pages hold, read as words' shapes one byte a character.
_ON_A_PAGE = st.text(
    alphabet="aeopcxyABEHKMOPTXаеорсхуАВЕКМНОРСТХбжщЖbdfqzαοΑΟ5_-'«» \n.²", max_size=60
)


@given(_ON_A_PAGE, st.sampled_from(TARGETS))
@example("oо рaрa 5рa_aр «Тh» хa", "Cyrillic")
def test_words_found_on_a_code_page_are_the_whole_text_scans(text: str, script: str) -> None:
    old = [match.span() for match in _old_pattern(script).finditer(text)]
    assert _twins_mixed_words(script).spans(text) == old


@given(_TEXTS, st.sampled_from(TARGETS))
def test_mixed_word_alone_answers_as_before(text: str, script: str) -> None:
    present = scripts_present(notable_chars(text), text)
    old = _old_mixed_word_alone(text, script, Segments(text, script, present))
    assert mixed_word_alone(text, script, Segments(text, script, present)) == old


def test_a_letter_is_what_the_word_pattern_calls_one() -> None:
    letter = re.compile(r"[^\W\d_]")
    differ = [
        code
        for code in range(sys.maxunicode + 1)
        if _is_letter(chr(code)) != bool(letter.match(chr(code)))
    ]
    assert differ == []
