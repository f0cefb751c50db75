"""
The sparse path's context near foreign words (`foreign.ForeignLines`) is the word rules' own.

Russian with Latin twins and genuine Latin words (``Python``) takes the
sparse path, which asks a word's context only where the verdict turns on it,
by walking to its nearest give-away words. These properties check it against
`Context`, which explain builds from every word of the document.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from textclean._filters.homoglyphs import _Document, fix_homoglyphs, openers
from textclean._filters.homoglyphs.foreign import (
    BEYOND_BASIC,
    ForeignLines,
    WholeRuns,
    context_matters,
)
from textclean._filters.homoglyphs.letters import (
    CYRILLIC,
    GREEK,
    LATIN,
    basic_word_class,
    range_class,
    script_of,
)
from textclean._filters.homoglyphs.settled import _runs, unchanged
from textclean._filters.homoglyphs.sparse import giver_positions
from textclean.scan import non_plain

# Russian words (some with Latin twins swapped in), genuine Latin words,
# words of twins only, and the separators, quotes, digits and line breaks
# that cut segments and lines.
_PIECES = st.lists(
    st.sampled_from(
        [
            "программирования",
            "язык",
            "Мoсква",
            "стpуктура",
            "и",
            "а",
            "с",
            "о",
            "сор",
            "coр",
            "a",
            "c",
            "B",
            "Python",
            "Java",
            "NoSQL",
            "XXII",
            "the",
            "code",
            "«СССР»",
            '"рос"',
            " = ",
            "\t",
            " — ",
            ": ",
            " | ",
            "(",
            ")",
            "5",
            "x_",
            "\n",
            "\n\n",
            ". ",
            ", ",
        ]
    ),
    min_size=1,
    max_size=60,
).map(" ".join)


@given(_PIECES)
def test_a_words_context_near_foreign_words_is_the_documents(text: str) -> None:
    """Every word on a line giving Latin away has the context `Context.at` gives it."""
    document = _Document(text)
    positions = giver_positions(text, LATIN, document.present, frozenset(non_plain(text)))
    lines = ForeignLines(text, positions, document.present)
    lines.doc_counts = dict(document.context.doc_counts)  # the sparse path bounds the rest
    for index, word in enumerate(document.words):
        if lines.covers(word.start):
            assert lines.context(word.start) == document.context.at(index), word


@given(_PIECES)
def test_a_long_lines_context_is_the_documents_with_two_foreign_scripts(text: str) -> None:
    """With Latin and Greek words on its lines, a word's context is still `Context.at`'s."""
    text = text.replace("Java", "τιμή").replace("the", "και") * 3  # long lines, counted in part
    document = _Document(text)
    others = frozenset(non_plain(text))
    positions = sorted(
        pos
        for script in (LATIN, GREEK)
        for pos in giver_positions(text, script, document.present, others)
    )
    lines = ForeignLines(text, positions, document.present)
    lines.doc_counts = dict(document.context.doc_counts)
    for index, word in enumerate(document.words):
        if lines.covers(word.start):
            assert lines.context(word.start) == document.context.at(index), word


@given(_PIECES)
def test_the_sparse_path_repairs_as_explain_does(text: str) -> None:
    """The filter (sparse path where it applies) and explain agree."""
    assert fix_homoglyphs(text) == fix_homoglyphs.explain(text)[0]


def test_only_words_of_look_alikes_turn_on_their_context() -> None:
    """A word with a letter only Cyrillic has is decided alike anywhere; ``а``, ``coр`` are not."""
    present = frozenset({LATIN, CYRILLIC})
    assert not context_matters("язык", present)
    assert not context_matters("Мoсква", present)  # only Cyrillic can spell it
    assert not context_matters("Python", present)
    assert context_matters("а", present)
    assert context_matters("coр", present)
    assert script_of("с") == CYRILLIC


# Genuine Russian with Latin names and lone Latin capitals, as the sparse
# path leaves Russian with Latin twins: before small and capital words, at a
# sentence's start and within one.
_REPAIRED = st.lists(
    st.sampled_from(
        [
            "в",
            "гимназии",
            "Москве",
            "и",
            "а",
            "с",
            "Python",
            "Erlang",
            "B",
            "A",
            "H",
            "C",
            "a",
            "the",
            "τιμή",
            "Η",
            ". ",
            "! ",
            ": ",
            "\n",
            " — ",
            "«",
            "»",
        ]
    ),
    min_size=1,
    max_size=40,
).map(" ".join)


@given(_REPAIRED)
def test_a_text_found_unchanged_is_unchanged(text: str) -> None:
    """
    Where `unchanged` says so (lone Latin capitals that stay among them), explain changes nothing.

    The filter asks `unchanged` of a text its sentence openers are read in
    first (`openers`: ``C гимназии`` alone is ``С гимназии``).
    """
    if unchanged(text) and not openers.changes(text):
        assert fix_homoglyphs.explain(text)[0] == text


# Letters of runs, word characters around them (a mark, a letter beyond the
# basic plane), and what stands between words.
_RUN_TEXT = st.text(st.sampled_from("aсоxжд́Я𝐚𞀰 .-\n5"), max_size=40)


@given(_RUN_TEXT, st.integers(0, 45), st.integers(0, 45))
def test_whole_runs_are_what_a_lookbehind_finds(text: str, pos: int, end: int) -> None:
    """`WholeRuns` finds, from any start to any end, the spans the lookbehind pattern finds."""
    letters = range_class("aсоx\u0301")
    near = basic_word_class()
    expected = re.compile(f"(?<![{near}])[{letters}]+(?![{near}])")
    found = WholeRuns(letters).spans(text, pos, end)
    assert list(found) == [match.span() for match in expected.finditer(text, pos, end)]


@given(st.text(st.sampled_from("Pythonжд²5_ é\N{OHM SIGN}𝐚\U0001f600\n"), max_size=40))
def test_foreign_runs_by_ranges_are_the_runs_of_categories(text: str) -> None:
    """The basic plane's class of ranges cuts the runs the class of categories cuts."""
    runs = _runs(CYRILLIC, frozenset({CYRILLIC, LATIN}))
    if not BEYOND_BASIC.search(text):
        assert runs.foreign_basic.findall(text) == runs.foreign.findall(text)


# Words of look-alikes only, in both scripts and mixed: no letter gives a script away.
_CONTEXTLESS = st.lists(
    st.sampled_from(
        ["аa", "aа", "со", "сo", "ас", "xх", "a", "а", "c", "сope", "aсe", "рoрe", "Тaxa", "\\"]
    ),
    min_size=1,
    max_size=30,
).map(" ".join)


@given(_CONTEXTLESS)
def test_a_text_without_context_is_repaired_as_explain_repairs_it(text: str) -> None:
    """The contextless path (a few rewritten words replaced in C) and explain agree."""
    assert fix_homoglyphs(text) == fix_homoglyphs.explain(text)[0]


def test_a_text_without_context_rewrites_its_mixed_words_whole() -> None:
    """``сope`` (Cyrillic с) becomes ``cope`` wherever it stands whole; a backslash stays."""
    assert fix_homoglyphs("\N{CYRILLIC SMALL LETTER ES}ope a\N{CYRILLIC SMALL LETTER ES}e \\") == (
        "cope ace \\"
    )
