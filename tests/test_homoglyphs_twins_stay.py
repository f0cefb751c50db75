"""
Genuine Cyrillic and Greek text settled without contexts: `settled._twins_stay` against the word rules.

In text without mixed words, a word written wholly in twins of its own
script's letters (Russian ``а``, ``с``; Greek ``ο``) is kept by rule 2 in
every context where the text writes its script elsewhere. `unchanged` then
asks `_judge_whole` once a distinct word (`_kept_in_any_context`) instead of
working out each word's segment. These properties hold the shortcut to the
slow path it skips: the word rules of `FixHomoglyphs.explain`, round by round.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st
from test_homoglyphs_foreign import _PIECES as _RUSSIAN_PIECES

from textclean._filters.homoglyphs import (
    FixHomoglyphs,
    _kept_in_any_context,
    fix_homoglyphs,
    settled,
)
from textclean._filters.homoglyphs.foreign import WholeRuns
from textclean._filters.homoglyphs.letters import (
    CYRILLIC,
    GREEK,
    LATIN,
    WORD,
    WORD_BEFORE,
    basic_word_class,
    range_class,
)
from textclean._filters.homoglyphs.settled import unchanged

_RULES = FixHomoglyphs()


def _slow(text: str) -> str:
    """The word rules alone, round after round as the filter repairs (no shortcut, no fast path)."""
    fixed = _RULES._explain_round(text)[0]
    for _ in range(2):
        if fixed == text:
            break
        text, fixed = fixed, _RULES._explain_round(fixed)[0]
    return fixed


# Pieces of Russian with Latin names, twin words, separators, quotes and
# line breaks (test_homoglyphs_foreign), and more words of twins only in each
# script (alone, capital, Title case), Ukrainian and Greek among them.
_MORE = st.sampled_from(
    [
        "А",
        "у",
        "Не",
        "ее",
        "і",
        "це",
        "мова",
        "γλώσσα",
        "προγραμματισμού",
        "ο",
        "Ο",
        "η",
        "Η",
        "Τα",
        "το",
        "και",
        "JavaScript",
        "OK",
        "H",
        "! ",
    ]
)
_PIECES = st.lists(st.one_of(_RUSSIAN_PIECES, _MORE), min_size=1, max_size=8).map(" ".join)


@given(_PIECES)
@example("Python а Java и язык")
@example("Java ο Python και γλώσσα")
@example("«а» the code Python = а\nязык")
def test_a_text_settled_by_its_twin_words_is_one_the_rules_keep(text: str) -> None:
    """Where `unchanged` with the verdicts a word says so, the word rules change nothing."""
    if unchanged(text, _kept_in_any_context):
        assert _slow(text) == text


@given(_PIECES)
def test_the_filter_repairs_as_the_word_rules_do(text: str) -> None:
    """The filter, its shortcuts and fast paths taken, gives what the word rules alone give."""
    assert fix_homoglyphs(text) == _slow(text)


def test_genuine_russian_with_latin_names_is_settled_without_segments(monkeypatch) -> None:
    """Twin words of a text that writes Russian are weighed once each, no segment cut."""

    def no_segments(*_: object) -> None:
        raise AssertionError("a segment was worked out")

    monkeypatch.setattr(settled._Segments, "at", no_segments)
    monkeypatch.setattr(settled._Segments, "script_at", no_segments)
    text = (
        "Язык Python создан в 1991 году, а Java позже.\nС ним работают и в России: Java, а не C.\n"
    )
    assert unchanged(text, _kept_in_any_context)
    assert fix_homoglyphs(text) == text


def test_a_twin_word_is_kept_anywhere_by_its_verdicts() -> None:
    """Russian ``а`` stays in any context of a text writing Russian; a Latin ``a`` may not."""
    assert _kept_in_any_context("а", CYRILLIC, None) is True
    assert _kept_in_any_context("Не", CYRILLIC, None) is True
    assert _kept_in_any_context("a", LATIN, None) is False
    # A lone Greek letter's verdict may turn on its neighbours: asked with them.
    assert _kept_in_any_context("ο", GREEK, None) is None
    assert _kept_in_any_context("ο", GREEK, ("", "λ")) is True


_RUN_TEXT = st.text(st.sampled_from("aсоxжд́Я .-\n5"), max_size=40)


@given(_RUN_TEXT)
def test_whole_runs_of_a_whole_text_are_what_a_lookbehind_finds(text: str) -> None:
    """`WholeRuns.words` and `.all_spans` find what the lookbehind pattern finds."""
    letters = range_class("aсоx\u0301")
    near = basic_word_class()
    expected = re.compile(f"(?<![{near}])[{letters}]+(?![{near}])")
    runs = WholeRuns(letters)
    assert list(runs.all_spans(text)) == [match.span() for match in expected.finditer(text)]
    assert runs.words(text) == expected.findall(text)


_NEIGHBOURED = st.text(st.sampled_from("ολΑa \u0301.:,\n-"), max_size=30)


@given(_NEIGHBOURED, st.integers(0, 30))
def test_neighbour_letters_are_the_first_letters_of_the_words_beside(text: str, at: int) -> None:
    """Read back in the reversed text, the word before is the one a backward search finds."""
    start = min(at, len(text))
    end = start + 1 if start < len(text) and text[start].isalpha() else start
    before = WORD_BEFORE.search(text, 0, start)
    after = WORD.search(text, end)
    expected = (
        before[0][0] if before and not re.search("[.!?:\n]", text[before.end() : start]) else "",
        after[0][0] if after and not re.search("[.!?:\n]", text[end : after.start()]) else "",
    )
    assert settled._neighbour_letters(text, text[::-1], start, end) == expected
