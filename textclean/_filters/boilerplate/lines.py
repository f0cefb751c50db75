"""
Lines found by searching the whole text in C, then picked out of the content lines.

A stage that asks a question of the few lines holding a rare mark (a colon
near a line's end, a field's ``*``, a question mark) finds those lines by
the text's own searches (str.find, str.count) and takes them out of the
content by bisection, instead of reading every line in Python.

What several stages, or every reading of a text, ask of a line's text alone
(its stopword density, its key as a heading) is worked out once while one
text is read (``per_text``), and forgotten when the next text comes
(``new_text``): no answer is kept from one text to the next.
"""

from __future__ import annotations

import bisect
import functools
import operator
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from textclean._filters.boilerplate.blocks import Line

_INDEX = operator.attrgetter("index")
_ASCII = bytes(range(128))
# casefold folds a text at once if its UTF-8 has more bytes than its characters by
# more than one in this many: an alphabet outside ASCII, not a few quotes and dashes.
_MOSTLY_OTHERS = 4
_T = TypeVar("_T")
# The answers of the per_text functions that answered for the text being read.
_FILLED: list[dict[str, Any]] = []
# A text of more distinct lines than this forgets the older answers (memory stays bounded).
_MAX_REMEMBERED = 20_000
_UNSET: Any = object()  # no answer yet


# Characters of a line's start read per space asked for: a word and its space, with room.
_SPACE_REACH = 16


def fewer_spaces(line: str, count: int) -> bool:
    """
    Whether ``line`` holds fewer than ``count`` spaces, as ``line.count(" ") < count`` says.

    str.count reads every character, one at a time (half a microsecond for a
    paragraph of 300): the spaces are counted in the line's start first,
    where a paragraph has as many, and the whole line only if they are fewer.

        >>> fewer_spaces("a b c", 3), fewer_spaces("a b c", 2)
        (True, False)
    """
    return line.count(" ", 0, _SPACE_REACH * count) < count and line.count(" ") < count


def with_fewer_spaces(texts: Iterable[str], count: int) -> list[str]:
    """
    The texts of ``texts`` that hold fewer than ``count`` spaces (fewer_spaces), in order.

    One comprehension for all, with fewer_spaces' two counts: no call a text.

        >>> with_fewer_spaces(["a b c", "a b", "a"], 2)
        ['a b', 'a']
    """
    reach = _SPACE_REACH * count
    return [text for text in texts if text.count(" ", 0, reach) < count and text.count(" ") < count]


def per_text(function: Callable[[str], _T]) -> Callable[[str], _T]:
    """
    ``function``, a pure function of a line's text, answered once while one text is read.

    The stages of a reading, and the readings of one text (see
    RemoveBoilerplate._find), ask some lines the same question: the answer
    is remembered until ``new_text``. Only answers that depend on the text
    alone (no line's context) may be remembered this way.
    """
    remembered: dict[str, _T] = {}
    look_up = remembered.get

    @functools.wraps(function)
    def answer(text: str) -> _T:
        # one lookup, no exception on a miss; safe if another thread forgets meanwhile
        found = look_up(text, _UNSET)
        if found is not _UNSET:
            return cast("_T", found)
        if not remembered:
            _FILLED.append(remembered)  # new_text forgets only what was filled
        elif len(remembered) >= _MAX_REMEMBERED:
            remembered.clear()
        value = remembered[text] = function(text)
        return value

    return answer


def new_text() -> None:
    """Forget the answers of the per_text functions: the next text's lines are asked afresh."""
    if _FILLED:  # (most texts are read without asking any: nothing to forget)
        for remembered in _FILLED:
            remembered.clear()
        _FILLED.clear()


def casefold(text: str) -> str:
    """
    ``text.casefold()``, faster on text whose characters outside ASCII fold to themselves.

    Most pages' text is ASCII but for its quotes and dashes ("’", "–"), and
    str.casefold reads such a text character by character (some 4 ns each).
    Casefolding maps each character alone, so when the characters outside
    ASCII (deleted from the UTF-8 bytes, in C) fold to themselves, the
    casefold is the ASCII letters lowered, which bytes.lower does in C.
    A text mostly outside ASCII (Greek, Russian: more bytes in UTF-8 than
    _MOSTLY_OTHERS of its characters) is folded at once: its capitals send
    it there anyway, after the work of telling (three times the fold's cost).

        >>> casefold("Share THIS – “Now”"), casefold("Straße ÉTÉ"), casefold("Ελλάδα ΤΩΡΑ")
        ('share this – “now”', 'strasse été', 'ελλάδα τωρα')
    """
    if text.isascii():
        return text.lower()
    encoded = text.encode("utf-8", "surrogatepass")
    if len(encoded) - len(text) > len(text) // _MOSTLY_OTHERS:
        return text.casefold()
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
