"""
fix_homoglyphs: the classes of re built for the basic plane are the classes they stand for.

The filter's patterns take classes of the plane's 50,000 word characters,
built and compiled on first use. The quicker builders (`runs_class`,
`word_class_without`, `no_word_char_next`, `word_edge`) must give the very
classes the slow ones gave: the same strings, or a class or lookahead
taking the same characters, checked here on every code point.
"""

from __future__ import annotations

import re
from itertools import combinations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from textclean._confusables import LOOKALIKES
from textclean._filters.homoglyphs import genuine, settled, sparse
from textclean._filters.homoglyphs.foreign import WholeRuns
from textclean._filters.homoglyphs.letters import (
    LATIN,
    LATIN_LOOKALIKE,
    TARGETS,
    WORD,
    basic_word_class,
    marks,
    no_word_char_next,
    range_class,
    runs_class,
    script_of,
    word_class_without,
    word_edge,
)
from textclean.scan import code_points

_PLANE = code_points(0, 0x10000)


def _slow_word_class() -> str:
    """`basic_word_class` as it was built: `range_class` of every word character found."""
    return range_class("".join(WORD.findall(_PLANE)))


def test_the_word_class_is_range_class_of_the_word_characters() -> None:
    """The ranges read from WORD's runs over the plane are the ones `range_class` finds."""
    assert basic_word_class() == _slow_word_class()


def test_no_word_char_next_refuses_exactly_the_word_characters() -> None:
    """On every code point, and at the text's end, the lookahead agrees with the class it replaces."""
    slow = re.compile(f"x(?![{basic_word_class()}])")
    quick = re.compile(f"x{no_word_char_next()}")
    assert quick.match("x") is not None
    everything = code_points(0, 0x110000)
    refused = [
        c for c in everything if (slow.match("x" + c) is None) != (quick.match("x" + c) is None)
    ]
    assert refused == []


# Letters of the plane (ASCII, Cyrillic, Greek, CJK, the ends of ranges),
# marks, digits and signs that are no word characters.
_CHARS = st.text(
    st.one_of(
        st.sampled_from("aAzZбЖσΩ\u0301\u0300ª5_ -²\u3007\u4e00\uffff"),
        st.characters(max_codepoint=0xFFFF),
    ),
    max_size=30,
)


@given(_CHARS)
def test_word_class_without_is_range_class_of_the_rest(chars: str) -> None:
    """Cutting the plane's word ranges at ``chars`` gives `range_class` of what is left."""
    expected = range_class(_slow_word_chars().translate(dict.fromkeys(map(ord, chars))))
    assert word_class_without(chars) == expected


def _slow_word_chars() -> str:
    return "".join(WORD.findall(_PLANE))


_RUN_PATTERNS = [
    re.compile(r"[^\W\d_]+"),
    re.compile(r"[^\W\d_\u0400-\u04ff]+"),
    regex.compile(r"[\p{L}\p{M}]+"),
    regex.compile(r"\p{Script=Greek}+"),
]


@given(st.sampled_from(_RUN_PATTERNS), st.integers(0, 0x10000), st.integers(0, 0x2000))
def test_runs_class_is_range_class_of_what_the_pattern_finds(
    pattern: re.Pattern[str] | regex.Pattern[str], start: int, length: int
) -> None:
    """Any run pattern over any stretch of code points: the spans give `range_class`'s string."""
    stop = min(start + length, 0x10000)
    expected = range_class("".join(pattern.findall(code_points(start, stop))))
    assert runs_class(pattern, start, stop) == expected


# Letters of runs, word characters around them (a mark, letters beyond the
# basic plane), and what stands between words.
_RUN_TEXT = st.text(st.sampled_from("aсоxжд\u0301Я𝐚\U0001e030 .-\n5"), max_size=40)


@given(_RUN_TEXT, st.sampled_from(["aсоx\u0301", "a", "жд", "aсоxжд\u0301Я"]))
def test_whole_runs_words_and_spans_are_what_a_lookbehind_finds(text: str, letters: str) -> None:
    """The run at the text's start, found behind a line break, is the one the lookbehind finds."""
    near = basic_word_class()
    expected = re.compile(f"(?<![{near}])[{range_class(letters)}]+(?![{near}])")
    runs = WholeRuns(range_class(letters))
    assert runs.words(text) == expected.findall(text)
    assert list(runs.all_spans(text)) == [match.span() for match in expected.finditer(text)]


def _givers_letter_by_letter(script: str, present: frozenset[str]) -> list[str]:
    """`sparse.givers`' letters as it found them: each letter's script and twins looked up."""
    chars = []
    for char in sparse._source_letters():
        own = script_of(char)
        twinned = own is not None and any(char in LOOKALIKES[t] for t in present if t != own)
        if not twinned and (LATIN if own == LATIN_LOOKALIKE else own) == script:
            chars.append(char)
    return chars


@pytest.mark.parametrize("script", sparse.GIVEN)
@pytest.mark.parametrize(
    "present", [frozenset(c) for r in range(len(TARGETS) + 1) for c in combinations(TARGETS, r)]
)
def test_givers_by_kinds_of_letters_are_the_letters_weighed_one_by_one(
    script: str, present: frozenset[str]
) -> None:
    """Weighing each kind of letter once gives the letters, and their order, weighed one by one."""
    chars = _givers_letter_by_letter(script, present)
    pattern, rest = sparse.givers(script, present)
    ascii_ = "".join(c for c in chars if c.isascii())
    assert (pattern.pattern if pattern else None) == (f"[{ascii_}]" if ascii_ else None)
    assert rest == frozenset(c for c in chars if not c.isascii())


def test_the_greek_class_takes_the_greek_letters_of_the_plane() -> None:
    """The class of `_candidates` takes the basic plane's Greek letters, and no other code point."""
    greek = sparse._greek_letters()
    letters = regex.findall(r"[\p{Script=Greek}&&\p{L}]", _PLANE, regex.V1)
    assert re.findall(f"[{greek}]", code_points(0, 0x110000)) == letters


_PRESENT_SETS = [frozenset(c) for r in range(1, len(TARGETS) + 1) for c in combinations(TARGETS, r)]


@pytest.mark.parametrize("script", TARGETS)
@pytest.mark.parametrize("present", _PRESENT_SETS)
def test_whole_runs_are_built_of_word_characters_of_the_plane(
    script: str, present: frozenset[str]
) -> None:
    """Every set of letters `WholeRuns` is built with holds word characters of the plane only."""
    twins = settled._runs(script, present)._twins
    for letters in (twins + marks(), genuine._ASCII_CAPITALS):
        assert all(c <= "\uffff" and WORD.fullmatch(c) for c in letters)


def test_word_edge_takes_the_word_characters_of_the_plane_and_its_negation_the_rest() -> None:
    """On every code point, `word_edge` (written by its complement) is ``[basic_word_class()]``."""
    everything = code_points(0, 0x110000)
    words = re.findall(f"[{basic_word_class()}]", everything)
    assert re.findall(word_edge(), everything) == words
    others = re.findall(f"[^{basic_word_class()}]", everything)
    assert re.findall(word_edge(negate=True), everything) == others
    assert len(words) + len(others) == len(everything)


# Words and what stands around them: letters of the plane, a mark, a letter
# beyond the plane (no word character of the plane), signs, digits.
_AROUND = st.text(st.sampled_from("aсоб\u0301Я𝐚5_ .-\n"), max_size=30)


@given(_AROUND, st.sampled_from(["aс", "соб", "a", "Я\u0301", "a-с"]))
def test_a_word_standing_whole_is_found_as_with_the_full_classes(text: str, word: str) -> None:
    """`_contextless_repair`'s pattern of a word finds what the lookarounds of the full class found."""
    near = basic_word_class()
    slow = re.compile(f"(?<![{near}]){re.escape(word)}(?![{near}])")
    quick = re.compile(f"(?<!{word_edge()}){re.escape(word)}{no_word_char_next()}")
    assert [m.span() for m in quick.finditer(text)] == [m.span() for m in slow.finditer(text)]


@given(_AROUND, st.data())
def test_the_gap_then_a_word_is_matched_as_with_the_full_class(
    text: str, data: st.DataObject
) -> None:
    """`settled._gap_then_word`'s patterns match what they did with ``[^{basic_word_class()}]``."""
    near = basic_word_class()
    slow_gap, slow_before = re.compile(f"[^{near}]*"), re.compile(f"([^{near}]*)([{near}]+)")
    gap, before = settled._gap_then_word()
    at = data.draw(st.integers(0, len(text)))
    found_gap, expected_gap = gap.match(text, at), slow_gap.match(text, at)
    assert found_gap is not None
    assert expected_gap is not None
    assert found_gap[0] == expected_gap[0]
    found, expected = before.match(text, at), slow_before.match(text, at)
    assert (found and found.groups()) == (expected and expected.groups())
