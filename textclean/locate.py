r"""
Where an explanation's changes are in the original text and in the cleaned one.

Each `Step` records its changes in the text *it* was given, which after the
first step is an intermediate text nobody has seen. `locate` carries every
change back to the input (for ``line:column`` and the left side of a diff)
and forward to the output (for the right side), through the steps around it.

    >>> from textclean import Cleaner
    >>> original = "a\u00a0 b\u200b"
    >>> cleaned = Cleaner().explain(original)
    >>> [(c.filter, original[c.start : c.end], cleaned.text[c.out_start : c.out_end])
    ...  for c in locate(cleaned)]
    [('remove_control_chars', '\u200b', ''), ('normalize_whitespace', '\xa0', '')]
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from textclean.changes import Change, Cleaned


class Located(NamedTuple):
    """A change with its span in the original text and in the cleaned text."""

    filter: str
    change: Change  # as recorded, offsets in the text its step was given
    start: int  # span in the original text
    end: int
    out_start: int  # span of what it wrote, in the cleaned text
    out_end: int


class _Edits:
    """One step's changes as a map between the text it was given and the text it made."""

    def __init__(self, changes: tuple[Change, ...]) -> None:
        self.old_starts = [c.start for c in changes]
        self.old_ends = [c.end for c in changes]
        growth = list(accumulate((len(c.after) - (c.end - c.start) for c in changes), initial=0))
        self.new_starts = [c.start + grown for c, grown in zip(changes, growth, strict=False)]
        self.new_ends = [s + len(c.after) for s, c in zip(self.new_starts, changes, strict=True)]

    def back(self, position: int, *, end: bool) -> int:
        """A position in the step's output, in its input (inside a rewrite: the rewrite's edge)."""
        return _carry(
            position, (self.new_starts, self.new_ends, self.old_starts, self.old_ends), end
        )

    def forward(self, position: int, *, end: bool) -> int:
        """A position in the step's input, in its output."""
        return _carry(
            position, (self.old_starts, self.old_ends, self.new_starts, self.new_ends), end
        )


def _carry(position: int, spans: tuple[list[int], ...], end: bool) -> int:
    """Move a position across aligned spans: unchanged text shifts, rewritten text to an edge."""
    from_starts, from_ends, to_starts, to_ends = spans
    # The last span beginning at or before the position (an end position
    # belongs to the span before it, so it looks strictly before).
    index = (bisect.bisect_left if end else bisect.bisect_right)(from_starts, position) - 1
    if index < 0:
        return position
    # At an edit point a start belongs to the text after it, an end to the text before,
    # so a zero-width span there can come out reversed: `locate` puts it back in order.
    if position < from_ends[index]:
        return to_ends[index] if end else to_starts[index]
    return to_ends[index] + position - from_ends[index]


def locate(cleaned: Cleaned) -> list[Located]:
    """Every change of an explanation, step by step, with its spans in the input and output."""
    edits = [_Edits(step.changes) for step in cleaned.steps]
    located = []
    for index, step in enumerate(cleaned.steps):
        before, after = edits[:index], edits[index + 1 :]
        for change, written_at in zip(step.changes, edits[index].new_starts, strict=True):
            start, end = change.start, change.end
            for edit in reversed(before):
                start, end = edit.back(start, end=False), edit.back(end, end=True)
            out_start, out_end = written_at, written_at + len(change.after)
            for edit in after:
                out_start = edit.forward(out_start, end=False)
                out_end = edit.forward(out_end, end=True)
            located.append(
                Located(
                    step.filter, change, start, max(start, end), out_start, max(out_start, out_end)
                )
            )
    return located


LINE_BREAK = re.compile(r"\r\n?|\n")


class Lines:
    r"""
    Line and column (both from 1, columns in characters) of offsets in a text.

    Line breaks are ``\n``, ``\r\n`` and ``\r``, as editors count them.

        >>> Lines("ab\ncd").position(4)
        (2, 2)
    """

    def __init__(self, text: str) -> None:
        """Index where each line begins."""
        self.starts = [0, *(m.end() for m in LINE_BREAK.finditer(text))]

    def position(self, offset: int) -> tuple[int, int]:
        """The (line, column) of an offset."""
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


class Forward:
    r"""
    Carry positions of the original text into the cleaned text, through every step.

        >>> from textclean import Cleaner
        >>> forward = Forward(Cleaner().explain("Source link\n\nBody."))
        >>> forward(0, end=False), forward(13, end=False)
        (0, 0)
    """

    def __init__(self, cleaned: Cleaned) -> None:
        """Index each step's changes."""
        self._edits = [_Edits(step.changes) for step in cleaned.steps]

    def __call__(self, position: int, *, end: bool) -> int:
        """Where ``position`` is in the cleaned text (a start or an end of a span)."""
        for edit in self._edits:
            position = edit.forward(position, end=end)
        return position
