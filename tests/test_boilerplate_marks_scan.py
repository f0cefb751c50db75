"""
kinds.marked_kind searches for marks only on the lines where one may begin: counted, never timed.

A long text nearly always holds a "<", a "{" or a line opening with "["
somewhere, which let the whole text into _MARKS's scan (its alternation tried
at every character): en clean as paragraphs cost remove_boilerplate 0.08 s/MB at
10 KB and 0.17 at 1 MB in round 14's reproduction of the bench's scaling rows.
The marks found are those of a scan of the whole text (a property over pieces of
every mark, near misses and line breaks), and the characters searched stay those
of the lines that may hold one, however long the text.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from test_boilerplate_kinds import _MARK_PIECES

from textclean._filters.boilerplate import kinds

# A tag whose attributes go on past a line break, which its lookahead reads.
_PIECES = _MARK_PIECES | st.sampled_from(["<br\n>", "<a href=x\n>", "<p\n", "\n>", "x$y", "($z"])


def _found(matches: Any) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(found.span(), found.groupdict()) for found in matches]


@given(st.lists(_PIECES, max_size=14).map("".join))
@example("<br\n>\nx")
@example("Title\n=====\n<b>x</b>")
@example("word\n  <p>\n:x: y\n${a}")
def test_the_marks_are_those_of_a_whole_scan(text: str) -> None:
    """Each mark, its place and its groups, as _MARKS.finditer over the whole text finds them."""
    assert _found(kinds._marks(text)) == _found(kinds._MARKS.finditer(text))


class _Counted:
    """_MARKS with the characters each search may cover counted."""

    def __init__(self, pattern: Any) -> None:
        self.pattern, self.chars = pattern, 0

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        self.chars += (len(text) if endpos is None else endpos) - pos
        return self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)


_PROSE = (
    "The council met on Tuesday to discuss the budget for the coming year, "
    "and the mayor said the library would stay open on Sundays.\n\n"
)


@pytest.mark.parametrize("size", [10_000, 1_000_000])
def test_only_the_lines_that_may_hold_a_mark_are_searched(
    monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    """Prose with one line holding a "<": that line and the next are searched, at any size."""
    marked = "The rate fell to <5% in <b>March</b>, the report said.\n"
    text = _PROSE * (size // 2 // len(_PROSE)) + marked + _PROSE * (size // 2 // len(_PROSE))
    counted = _Counted(kinds._MARKS)
    monkeypatch.setattr(kinds, "_MARKS", counted)
    assert kinds.marked_kind(text) is None
    assert 0 < counted.chars <= len(marked) + len(_PROSE)
