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

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from textclean._filters import codepages, encoding

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
