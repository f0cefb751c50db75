"""
The fast paths' gates read from one classification of a text's characters (`charset.CharSet`).

Each gate looped over a text's characters beyond ASCII in Python, with
conditions of its own; `CharSet.of` classifies each character once and
reads a set by OR-ing their bits. These properties hold every answer to the
loop it replaced (kept here as the reference, as of 358e6e0), on sets drawn
from every kind of character the gates tell apart: basic and supplementary
Cyrillic, Greek and Greek extended, letters of two readings, stress marks and
other marks (the Cyrillic titlo inside the block), styled letters, numbers
that are no digits, a third script, CJK and punctuation.
"""

from __future__ import annotations

import unicodedata

from hypothesis import example, given
from hypothesis import strategies as st

from textclean._confusables import OTHER_READINGS
from textclean._filters.homoglyphs import _SOURCE_SET, _cyrillic_and_latin
from textclean._filters.homoglyphs import _sources_of as sources_of
from textclean._filters.homoglyphs.charset import CharSet, in_block
from textclean._filters.homoglyphs.cyrillic_pass import _plain_cyrillic
from textclean._filters.homoglyphs.genuine import _only_script
from textclean._filters.homoglyphs.letters import CYRILLIC, GREEK, LATIN, WORD, script_of
from textclean._filters.homoglyphs.styled import has_styled
from textclean.scan import notable_chars


def _old_only_script(chars: frozenset[str]) -> str | None:
    """`genuine._only_script` as of 358e6e0."""
    if has_styled(chars):
        return None
    found: str | None = None
    for char in chars:
        if WORD.match(char) is None and not char.isalnum():
            continue
        if char in ("\N{COMBINING ACUTE ACCENT}", "\N{COMBINING GRAVE ACCENT}"):
            continue
        script = script_of(char)
        if script not in (CYRILLIC, GREEK) or not in_block(char, script):
            return None
        if found not in (None, script):
            return None
        found = script
    return found


def _old_cyrillic_and_latin(others: frozenset[str]) -> bool:
    """`homoglyphs._cyrillic_and_latin` as of 358e6e0."""
    letters = False
    for char in others:
        if char.isalpha():
            if script_of(char) != CYRILLIC:
                return False
            letters = True
        elif unicodedata.category(char).startswith("M") and not "\u0300" <= char <= "\u036f":
            return False
    return letters


def _old_plain_cyrillic(others: frozenset[str]) -> bool:
    """`cyrillic_pass._plain_cyrillic` as of 358e6e0."""
    for char in others:
        if char in OTHER_READINGS:
            return False
        if char.isalpha():
            if not "\u0400" <= char <= "\u04ff":
                return False
        elif "\u0400" <= char <= "\u04ff" or (
            not "\u0300" <= char <= "\u036f" and unicodedata.category(char)[0] == "M"
        ):
            return False
    return True


def _old_sources_of(chars: frozenset[str]) -> frozenset[str]:
    """`homoglyphs._sources_of` as of 358e6e0."""
    present = {s for c in chars if c.isalpha() and (s := script_of(c)) in _SOURCE_SET}
    if any(c.isascii() and c.isalpha() for c in chars):
        present.add(LATIN)
    return frozenset(present)


def _block(low: int, high: int) -> list[str]:
    return [chr(c) for c in range(low, high + 1)]


_POOL = sorted(
    {
        *_block(0x400, 0x52F),  # basic Cyrillic (titlo and other marks inside), supplement
        *_block(0x370, 0x3FF),  # Greek
        *_block(0x1F00, 0x1F20),  # Greek extended
        *_block(0x300, 0x36F),  # combining diacritics: stress marks among them
        *_block(0x1C80, 0x1C88),  # Cyrillic extended-C
        *"\u0483\u0487\u0489\u20dd\u0591",  # marks outside the diacritics
        *(c for c in OTHER_READINGS if len(c) == 1),
        *"aZ&\t\r\x0b²³¹½Ⅻ①0٣_-—«»“”'ʼ’№…µßéÆøĳ",
        *"օսաɑɡıᎪᎬꭺ",  # Armenian, Latin IPA, Cherokee
        *"中文日本語한국어ＰＣｙ",
        *"𝐚𝖆ℎℬℭ",  # styled
    }
)
_SETS = st.frozensets(st.sampled_from(_POOL) | st.characters(), max_size=12)


@given(_SETS)
@example(frozenset("привет«»—\u0301"))
@example(frozenset("приветІ"))
@example(frozenset("λόγος\u0301"))
@example(frozenset("мир\u0483"))
@example(frozenset())
def test_each_gate_answers_as_its_loop(chars: frozenset[str]) -> None:
    """`only_script`, `cyrillic_and_latin`, `plain_cyrillic` and `sources` are the old loops' answers."""
    assert _only_script(chars) == _old_only_script(chars)
    assert _cyrillic_and_latin(chars) == _old_cyrillic_and_latin(chars)
    assert _plain_cyrillic(chars) == _old_plain_cyrillic(chars)
    assert sources_of(chars) == _old_sources_of(chars)


@given(_SETS, _SETS)
def test_the_last_set_is_remembered_by_identity(
    first: frozenset[str], second: frozenset[str]
) -> None:
    """A set asked again is answered from memory; another set by its own characters."""
    found = CharSet.of(first)
    assert CharSet.of(first) is found
    assert CharSet.of(second).plain_cyrillic == _old_plain_cyrillic(second)
    assert CharSet.of(frozenset(set(first))).only_script == found.only_script


@given(st.text(st.sampled_from(_POOL) | st.characters(), max_size=40))
def test_texts_scanned_are_classified_as_their_characters(text: str) -> None:
    """The scan's set (the whole alphabet for one of its letters) gates a text as before."""
    chars = notable_chars(text)
    assert _only_script(chars) == _old_only_script(chars)
    assert sources_of(chars) == _old_sources_of(chars)
