"""
Lines found by searching the whole text in C, then picked out of the content lines.

A stage that asks a question of the few lines holding a rare mark (a colon
near a line's end, a field's ``*``, a question mark) finds those lines by
the text's own searches (str.find, str.count) and takes them out of the
content by bisection, instead of reading every line in Python.
"""

from __future__ import annotations

import bisect
import operator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from textclean._filters.boilerplate.blocks import Line

_INDEX = operator.attrgetter("index")
_ASCII = bytes(range(128))


def casefold(text: str) -> str:
    """
    ``text.casefold()``, faster on text whose characters outside ASCII fold to themselves.

    Most pages' text is ASCII but for its quotes and dashes ("’", "–"), and
    str.casefold reads such a text character by character (some 4 ns each).
    Casefolding maps each character alone, so when the characters outside
    ASCII (deleted from the UTF-8 bytes, in C) fold to themselves, the
    casefold is the ASCII letters lowered, which bytes.lower does in C.

        >>> casefold("Share THIS – “Now”"), casefold("Straße ÉTÉ")
        ('share this – “now”', 'strasse été')
    """
    if text.isascii():
        return text.lower()
    encoded = text.encode("utf-8", "surrogatepass")
    others = encoded.translate(None, _ASCII).decode("utf-8", "surrogatepass")
    if others.casefold() != others:
        return text.casefold()
    return encoded.lower().decode("utf-8", "surrogatepass")


def positions_at(content: list[Line], indices: set[int]) -> list[int]:
    """
    The positions in ``content`` of its lines with these line indices, in order.

    ``content`` is in line order, so each is found by bisection.
    """
    found = []
    for index in sorted(indices):
        pos = bisect.bisect_left(content, index, key=_INDEX)
        if pos < len(content) and content[pos].index == index:
            found.append(pos)
    return found


def marked_lines(text: str, mark: str) -> Iterator[tuple[int, int, int, int]]:
    """
    Each line holding ``mark`` (one character): its index, its first and last ``mark``, its end.

    Searches in C for the mark, then for the end of its line and the line's
    last mark: each line is read once, however many marks it holds. Lines are
    counted between the marks found, in C too.
    """
    size = len(text)
    at = text.find(mark)
    counted, lines = 0, 0  # line breaks before ``counted``
    while at >= 0:
        end = text.find("\n", at)
        if end < 0:
            end = size
        lines += text.count("\n", counted, at)
        counted = at
        yield lines, at, text.rfind(mark, at, end), end
        at = text.find(mark, end)


class KeptAbove:
    """
    The line that stays nearest above a position, past removed lines, in amortized constant time.

    A stage that looks up from many lines past runs of removed ones (and
    removes lines as it goes) reads each run once: the positions passed over
    remember where the run above them ended, as a disjoint-set forest with
    path compression does. Lines are only ever added to ``removed`` while
    it is asked, so a run's end stays valid: it is only looked past further.
    """

    __slots__ = ("_content", "_removed", "_skip")

    def __init__(self, content: list[Line], removed: dict[int, str]) -> None:
        self._content = content
        self._removed = removed
        # a removed line's position -> a position at or above the nearest line that stays
        self._skip: dict[int, int] = {}

    def at_or_above(self, pos: int) -> int:
        """The position of the nearest line at or above ``pos`` that stays, or -1."""
        content, removed, skip = self._content, self._removed, self._skip
        passed = []
        while pos >= 0 and content[pos].index in removed:
            passed.append(pos)
            pos = skip.get(pos, pos - 1)
        for removed_pos in passed:
            skip[removed_pos] = pos
        return pos


def kept_beside_removed(content: list[Line], removed: dict[int, str], reach: int) -> list[int]:
    """
    The positions in ``content`` of the lines that stay within ``reach`` lines of a removed one.

    Stages that ask only the lines beside furniture (a notice, a bio beside
    its author box) share this list: the removed lines are found by
    bisection, and each line near them is listed once, in order.
    """
    size = len(content)
    found: list[int] = []
    covered = 0  # positions below this were looked at (the removed lines come in order)
    for at in positions_at(content, set(removed)):
        found.extend(
            pos
            for pos in range(max(covered, at - reach), min(size, at + reach + 1))
            if content[pos].index not in removed
        )
        covered = max(covered, at + reach + 1)
    return found
