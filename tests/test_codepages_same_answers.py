"""
What fix_legacy_codepage works out faster answers as it did.

The tables it builds on first use, and the letter statistics of a repair
where it differs from the text (_changed_pairs_gain).

_conversions converts a code page's 256 characters in one encoding and one
decoding; _converted_chars, _lossy_chars and _char_effects are built from
it. Each is checked here, for every pair tried, against the character-by-
character definition it replaced (an exhaustive check: 256 characters a pair).
"""

from __future__ import annotations

from itertools import compress
from typing import TYPE_CHECKING

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from textclean._filters import codepages, encoding

if TYPE_CHECKING:
    from collections.abc import Callable

ORDERS = range(len(codepages.PAIRS))


def _one_by_one(order: int) -> dict[str, str | None]:
    pair = codepages.PAIRS[order]
    chars = bytes(range(256)).decode(pair.read, errors="ignore")
    return {char: codepages._convert(char, pair, compose=False) for char in chars}


@pytest.mark.parametrize("order", ORDERS)
def test_conversions_are_each_character_converted_alone(order: int) -> None:
    """Every character the read-as code page reads converts as it does on its own."""
    assert codepages._conversions(order) == _one_by_one(order)


@pytest.mark.parametrize("order", ORDERS)
def test_converted_chars_are_those_that_convert_and_change(order: int) -> None:
    """(Those that convert, those of them that change), as _convert says of each alone."""
    alone = _one_by_one(order)
    converts = {char for char, fixed in alone.items() if fixed is not None}
    changes = {char for char in converts if alone[char] != char}
    assert codepages._converted_chars(order) == (converts, changes)


@pytest.mark.parametrize("order", ORDERS)
def test_lossy_chars_lose_a_letter_or_make_a_control(order: int) -> None:
    """The upper half's characters converted to fewer letters or more controls, or not at all."""
    pair = codepages.PAIRS[order]
    expected = set()
    for char in codepages._upper_half(pair.read):
        fixed = codepages._convert(char, pair, compose=False)
        if fixed is None or (
            codepages._letter_count(fixed) < codepages._letter_count(char)
            or len(codepages._CONTROL.findall(fixed)) > len(codepages._CONTROL.findall(char))
        ):
            expected.add(char)
    assert codepages._lossy_chars(order) == expected


@pytest.mark.parametrize("order", ORDERS)
def test_char_effects_are_each_characters_effect(order: int) -> None:
    """Each character's (letters, controls, quotes) gained, as counted on its conversion alone."""
    pair = codepages.PAIRS[order]
    expected = {}
    for char in codepages._upper_half(pair.read):
        fixed = codepages._convert(char, pair, compose=False)
        if fixed is None or len(fixed) != 1 or not codepages.non_plain(fixed):
            expected[char] = None
            continue
        expected[char] = (
            codepages._letter_count(fixed) - codepages._letter_count(char),
            len(codepages._CONTROL.findall(fixed)) - len(codepages._CONTROL.findall(char)),
            int(fixed in codepages._TYPOGRAPHIC and fixed != char and char.isalpha()),
        )
    effects = codepages._char_effects(order)
    assert {char: effects[char] for char in expected} == expected


def _changed_pairs_gain_by_all_pairs(line: str, fixed: str, pair: codepages.Pair) -> float:
    """_changed_pairs_gain as it was: every letter pair of both made and compared."""
    old, new = codepages._compared_words(line, fixed)
    differ = list(map(str.__ne__, codepages._bigrams(old), codepages._bigrams(new)))
    after = compress(codepages._bigrams(codepages._spelled_for(new, pair.languages)), differ)
    table = codepages._letter_pairs(pair.languages)
    after_scores = [table.get(bigram, codepages._UNSEEN) for bigram in after]
    if not after_scores:
        return 0.0
    before = compress(codepages._bigrams(codepages._spelled_for(old, pair.read_languages)), differ)
    table = codepages._letter_pairs(pair.read_languages)
    before_scores = [table.get(bigram, codepages._UNSEEN) for bigram in before]
    return (sum(after_scores) - sum(before_scores)) / len(after_scores)


# Text a pair reads: letters of every code page's upper half, ASCII letters,
# spaces and marks, so that words are changed in a few places or in all.
_READ = "".join(sorted(codepages._MISREAD_CHARS)) + "abcdeşţSTß "


@given(st.text(st.sampled_from(_READ), max_size=80), st.sampled_from(ORDERS))
@example("Bi‚lorusse ¿Qué niño", 2)
@example("Ïðèâåò ìèð", 0)
@example("citeºte ªi", 2)
def test_changed_pairs_gain_scores_the_pairs_that_differ(line: str, order: int) -> None:
    """Scoring only the letter pairs that differ gives the gain scoring all of them gave."""
    pair = codepages.PAIRS[order]
    fixed = codepages._convert(line, pair)
    assume(fixed is not None)
    assert codepages._changed_pairs_gain(line, fixed, pair) == _changed_pairs_gain_by_all_pairs(
        line, fixed, pair
    )


@given(st.text(st.sampled_from(_READ + "«»·…\n"), max_size=120))
@example("¿Qué? Él dijo: «niño» è bello.\nFranÁois")
def test_a_text_no_scan_finds_anything_in_has_no_flagged_line(text: str) -> None:
    """Where _first_finding finds nothing, no scan flags a line: _repairs searches no lines then."""
    verdict = codepages._plainly_genuine(codepages.notable_chars(text))
    scans = codepages._telltale_scans(text)
    if codepages._first_finding(text, verdict, scans) is None:
        assert not any(next(encoding.lines_holding(text, scan), None) for scan in scans)


def _changing_pairs_pair_by_pair(chars: frozenset[str], *, flagged: bool) -> tuple[int, ...]:
    """_changing_pairs as it was: two set tests for each pair."""
    found = []
    for order, pair in enumerate(codepages.PAIRS):
        if (
            not flagged
            and pair.saved in codepages._NON_LATIN_CODECS
            and pair.read in codepages._LATIN_READ
        ):
            continue
        converts, changes = codepages._converted_chars(order)
        if chars <= converts and not changes.isdisjoint(chars):
            found.append(order)
    return tuple(found)


# Characters of the code pages read, and some no code page reads (CJK, U+FFFD, Arabic).
_CHARS = sorted(
    set().union(*(codepages._upper_half(read) for read in codepages._READ_CODECS))
    | set("中\ufffdب")
)


@st.composite
def _read_chars(draw: st.DrawFn) -> frozenset[str]:
    """Characters of one read-as code page's upper half, and maybe one or two of any."""
    pool = sorted(codepages._upper_half(draw(st.sampled_from(codepages._READ_CODECS))))
    chars = draw(st.sets(st.sampled_from(pool), max_size=12))
    return frozenset(chars | draw(st.sets(st.sampled_from(_CHARS), max_size=2)))


@given(_read_chars(), st.booleans())
@example(chars=frozenset("Ïðèâåò"), flagged=True)
@example(chars=frozenset("Ïðèâåò"), flagged=False)
@example(chars=frozenset(), flagged=True)
def test_changing_pairs_by_bits_are_those_of_the_set_tests(
    chars: frozenset[str], flagged: bool
) -> None:
    """The pairs found from each character's bits are those two set tests a pair found."""
    assert codepages._changing_pairs.__wrapped__(
        chars, flagged=flagged
    ) == _changing_pairs_pair_by_pair(chars, flagged=flagged)


# Letters a text may hold: Latin ones of many languages, Cyrillic and Greek ones.
_LETTERS = (
    "".join(sorted(codepages._MISREAD_CHARS))
    + "абвгдежзийклмнопрстуфхцчшщъыьэюяαβγδεζηθικλμνξοπρσςτυφχψω"
)


@given(st.sets(st.sampled_from(_LETTERS), max_size=10))
@example(set("ви"))
@example(set("èви"))
def test_two_letters_no_latin_language_writes_leave_no_letter_misread(letters: set[str]) -> None:
    """Where two letters fit no Latin language, no hit of the text is a misread letter."""
    chars = frozenset(letters)
    if codepages._two_letters_no_latin_language_writes(chars):
        assert codepages._misread_languages(chars, chars) == {}


def _encoded_or_none(text: str, encode: Callable[[str], bytes]) -> bytes | None:
    try:
        return encode(text)
    except UnicodeEncodeError:
        return None


@pytest.mark.parametrize("codec", sorted(codepages._DOS_TABLES))
def test_dos_code_pages_encode_every_character_as_python_does(codec: str) -> None:
    """Each character of the BMP (and the first astral ones) encodes through the table as it does."""
    for code in range(0x10100):
        char = chr(code)
        assert _encoded_or_none(char, lambda text: codepages._encode(text, codec)) == (
            _encoded_or_none(char, lambda text: text.encode(codec))
        ), char


@given(st.text(st.sampled_from(_READ), max_size=80), st.sampled_from(ORDERS))
@example("ÈSTE Timor", 0)
@example("Ïðèâåò ìèð", 0)
def test_capitals_lowered_asked_of_each_character_once(line: str, order: int) -> None:
    """Each distinct character asked once answers as comparing every place did."""
    pair = codepages.PAIRS[order]
    rest = codepages.non_plain(line)
    fixed_rest = codepages._convert(rest, pair, compose=False)
    assume(fixed_rest is not None)
    assert codepages._only_capitals_lowered(rest, fixed_rest) == (
        codepages._lowers_capitals_only(frozenset(rest), order)
    )
