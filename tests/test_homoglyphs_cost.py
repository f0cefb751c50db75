"""
fix_homoglyphs' work on hostile text (issue 15): counted, never timed.

Random text over the BMP is words of one to three letters in many scripts:
each word's record is built (explain needs every word, as a neighbour and
for the document's language), but what the records hold is shared, so the
garbage collector's passes, which grow with the objects alive, stay cheap.
"""

from __future__ import annotations

import gc
import random

import regex
from hypothesis import given
from hypothesis import strategies as st

from textclean._confusables import STYLED
from textclean._filters.homoglyphs import _Document
from textclean._filters.homoglyphs.letters import WORD, word_scripts
from textclean._filters.homoglyphs.styled import _STYLED_CLASS, _styled_word


def _random_text(low: int, high: int, size: int, seed: int) -> str:
    rng = random.Random(seed)
    return "".join(chr(rng.randrange(low, high)) for _ in range(size))


def _objects_kept(text: str) -> tuple[int, int]:
    """The objects the garbage collector tracks that ``_Document(text)`` keeps, and its words."""
    _Document(text)  # the process's caches filled first
    gc.collect()
    before = len(gc.get_objects())
    document = _Document(text)
    gc.collect()
    return len(gc.get_objects()) - before, len(document.words)


def test_a_document_keeps_one_tracked_object_a_word() -> None:
    # Scripts and places were one object each a word (four or five with
    # the script sets), and the collector's passes were a third of the time.
    for low, high in ((0x20, 0x3000), (0x20, 0xD800)):
        kept, words = _objects_kept(_random_text(low, high, 50_000, seed=high))
        assert words > 5_000
        assert kept < 1.2 * words, (hex(high), kept, words)


def test_prose_documents_share_their_places() -> None:
    text = "Th\N{CYRILLIC SMALL LETTER A}t is a test of the places. " * 2_000
    kept, words = _objects_kept(text)
    assert words == 14_000
    assert kept < 1.1 * words


def test_equal_script_answers_are_one_object() -> None:
    # word_scripts is cached by word: two sets and a tuple a word, alive for
    # the process, made every full pass of the collector three times longer.
    words = {m[0] for m in WORD.finditer(_random_text(0x20, 0xD800, 50_000, seed=3))}
    answers = [word_scripts(word) for word in words]
    assert len(words) > 5_000
    assert len({id(answer) for answer in answers}) == len(set(answers))


_STYLED_WORD_AS_REGEX = regex.compile(f"[{regex.escape(_STYLED_CLASS)}]{{2,}}")


@given(st.text(st.sampled_from([*sorted(STYLED), "a", " ", "\u3000", "\uff21", "\n", "1"])))
def test_styled_words_are_found_as_the_regex_module_found_them(text: str) -> None:
    # _styled_word() is re over ranges (ten times faster on a long line).
    expected = [m.span() for m in _STYLED_WORD_AS_REGEX.finditer(text)]
    assert [m.span() for m in _styled_word().finditer(text)] == expected
