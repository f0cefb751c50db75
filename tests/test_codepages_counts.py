"""
fix_legacy_codepage's counts per distinct character equal the counts made on the repair itself.

_candidates counts what a pair changes of a line (letters, control
characters, letters made typography) by summing over the line's distinct
characters (_counts_changed), and _utf8_shown counts bytes without listing
matches. Each is checked here against the counting it replaced, on text
drawn from what each pair reads: letters, symbols, typography, controls.
"""

import re

from hypothesis import example, given
from hypothesis import strategies as st

from textclean._filters import codepages
from textclean._filters.codepages import PAIRS
from textclean.scan import non_plain

_PAIR_ORDERS = st.integers(min_value=0, max_value=len(PAIRS) - 1)
# Besides each pair's upper half: ASCII a line's non_plain keeps (``&``, controls),
# U+FFFD, and typography.
_EXTRA = "&\x01\x1b\x7f\ufffd’‘“”„‚–—…«»\xa0"


def _counted_on_the_repair(rest: str, fixed: str) -> tuple[int, int, int]:
    """The three counts as _candidates made them before: passes over ``rest`` and its repair."""
    return (
        codepages._letter_count(fixed) - codepages._letter_count(rest),
        len(codepages._CONTROL.findall(fixed)) - len(codepages._CONTROL.findall(rest)),
        codepages._letters_to_quotes(rest, fixed),
    )


@given(order=_PAIR_ORDERS, data=st.data())
def test_counts_changed_equal_counting_the_repair(order: int, data: st.DataObject) -> None:
    """Summed per distinct character, the counts are those made on the repair."""
    pair = PAIRS[order]
    alphabet = sorted(set(codepages._upper_half(pair.read) + _EXTRA))
    rest = non_plain(data.draw(st.text(alphabet=st.sampled_from(alphabet), max_size=80)))
    fixed = codepages._convert(rest, pair, compose=False)
    if fixed is None:
        return  # (the pair cannot read it: _candidates never asks)
    counted = codepages._counts_changed(rest, frozenset(rest), order)
    if counted is None:
        # Left to the repair only where a character becomes plain ASCII.
        assert len(non_plain(fixed)) < len(fixed)
    else:
        assert counted == _counted_on_the_repair(rest, fixed)


@example(text="ÐŸÑ€Ð¸Ð²ÐµÑ‚")
@example(text="cafÃ© Ã ")
@example(text="Ïðèâåò, ìèð")
@given(text=st.text(alphabet=st.sampled_from(codepages._upper_half("sloppy-windows-1252") + "a ")))
def test_utf8_shown_as_counted_by_listing_matches(text: str) -> None:
    """Counting bytes in C gives the verdict that listing every match gave."""
    for pair in PAIRS[:3]:
        try:
            raw = text.encode(pair.read)
        except UnicodeError:
            continue
        high = len(re.findall(rb"[\x80-\xff]", raw))
        covered = sum(map(len, codepages._UTF8_SEQUENCE.findall(raw)))
        listed = high > 0 and covered >= codepages._UTF8_SHARE * high
        assert codepages._utf8_shown(text, pair) == listed


def test_mojibake_is_utf8_shown_and_russian_read_as_western_is_not() -> None:
    """UTF-8 shown as Windows-1252 is mojibake; Windows-1251 shown so is no UTF-8."""
    western = PAIRS[0]  # cp1251 read as cp1252
    assert codepages._utf8_shown("cafÃ© rÃ©sumÃ©", western)
    assert not codepages._utf8_shown("Ïðèâåò, ìèð!", western)


def test_a_long_run_of_accented_letters_is_left_as_it_is() -> None:
    """A run of 24,000 accented letters in French prose is no mix-up."""
    run = "éèàùêîôûçëïü" * 2_000
    text = "Le café est très bon. " * 50 + run + " fin."
    assert codepages.fix_legacy_codepage(text) == text
