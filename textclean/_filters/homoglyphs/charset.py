"""
What a text's characters beyond ASCII let each fast path take: one classification a text.

Three gates decide from a text's distinct characters beyond plain ASCII
(`textclean.scan.notable_chars`, `sparse.others_of`) which shortcut may take
it, each with conditions of its own:

- `genuine.settled_in_c` asks for the one script of its letters, where they
  are all of the basic Cyrillic or Greek block (stress marks allowed);
- the Cyrillic passes (`cyrillic_pass`, `_one_pass_repair`) ask whether
  its letters are Cyrillic only, with no mark but the combining accents;
- `cyrillic_pass` asks, besides, whether they are all of the basic block
  with no letter of two readings (``І`` read l);
- `_may_hold_homoglyphs` asks which source scripts its letters are of.

Each gate looped over the set in Python, remembered by set (``lru_cache``):
texts of one language repeat few sets on the bench, but on real text almost
every document has a set of its own, and Russian's (its whole alphabet,
`notable_chars`) took some 90 µs to read. Here each character is classified
once per process, for every gate at once (`_flags`, a bit a condition), and a
set is read by one C-level pass of dictionary lookups, OR-ed together
(`CharSet.of`, some 10 µs for Russian's); the last set read is remembered by
identity, as the scan remembers the last text, so the gates asking of one
text's set read it once, and sets met before by value.
The answers are the gates' own: the property tests hold them to the loops
they replace.
"""

from __future__ import annotations

import operator
import unicodedata
from functools import lru_cache, reduce, wraps
from typing import TYPE_CHECKING, NamedTuple, Protocol, TypeVar

from textclean._confusables import OTHER_READINGS
from textclean._filters.homoglyphs.letters import CYRILLIC, GREEK, LATIN, SOURCES, WORD, script_of
from textclean._filters.homoglyphs.settled import _runs
from textclean.memo import remembered_for_last

if TYPE_CHECKING:
    from collections.abc import Callable

#: The basic block of each script a text may be settled in by its code page (`genuine`).
BLOCKS = {CYRILLIC: (0x400, 0x4FF), GREEK: (0x370, 0x3FF)}
#: Stress marks (Russian and Ukrainian dictionaries, learners' texts), by the script that writes
#: them, each with the code-page symbol standing in for it where the text has none (`genuine`).
MARKS = {CYRILLIC: {"\N{COMBINING ACUTE ACCENT}": "¤", "\N{COMBINING GRAVE ACCENT}": "¦"}}
_STRESS_MARKS = frozenset(mark for marks in MARKS.values() for mark in marks)
_ACCENTS = ("\u0300", "\u036f")  # the combining diacritics: Russian stress marks among them
_BASIC_CYRILLIC = ("\u0400", "\u04ff")

# A bit a condition a character may meet, for each gate.
_ONLY_CYRILLIC = 1  # a letter of basic Cyrillic (`only_script`)
_ONLY_GREEK = 2  # a letter of basic Greek
_NOT_ONE_SCRIPT = 4  # a letter, digit or mark of neither block
_CYRILLIC_LETTER = 8  # `cyrillic_and_latin`: a Cyrillic letter
_NOT_CYRILLIC_AND_LATIN = 16  # a letter of another script, a mark but the accents
_NOT_PLAIN_CYRILLIC = 32  # `plain_cyrillic`: beyond the basic block, two readings, other marks
_SOURCE_BIT = {script: 64 << at for at, script in enumerate(SOURCES)}  # `sources`


class CharSet(NamedTuple):
    """What the fast paths' gates need to know of a text's characters beyond plain ASCII."""

    only_script: str | None
    """
    Cyrillic or Greek, where every letter, digit and mark (stress marks aside) is of that
    script's basic block and taken as its own by `settled`; None for any other, or none.
    Styled letters are not looked at here (`genuine.settled_in_c` asks `has_styled` first).
    """
    cyrillic_and_latin: bool
    """Cyrillic letters and no letter of another script; of marks, only the combining accents."""
    plain_cyrillic: bool
    """
    Letters of the basic Cyrillic block only, none with two readings; of marks only the
    combining accents: every word is a run of ASCII and basic Cyrillic letters and accents.
    """
    sources: frozenset[str]
    """The look-alike source scripts of the letters, Latin for an ASCII letter among them."""

    @staticmethod
    @remembered_for_last
    def of(chars: frozenset[str]) -> CharSet:
        """The classification of ``chars``, remembered for the last set read and by value."""
        return _classify(chars)


# The largest set remembered by value. A count of entries bounds no memory when
# each is a Chinese document's set of 1,500 characters (4,096 of them held 730 MB);
# a set that large costs less to read again than the text it came from to scan.
MEMO_LARGEST = 256

_Answer = TypeVar("_Answer")

if TYPE_CHECKING:  # a type only: at run time, no object with a cache_info to mistake for one
    _Answer_co = TypeVar("_Answer_co", covariant=True)

    class SetMemo(Protocol[_Answer_co]):
        """A function of a set of characters, remembered by value up to `MEMO_LARGEST` of them."""

        def __call__(self, chars: frozenset[str], /) -> _Answer_co: ...
        def cache_info(self) -> object: ...
        def cache_clear(self) -> None: ...


def remembered_while_small(
    maxsize: int,
) -> Callable[[Callable[[frozenset[str]], _Answer]], SetMemo[_Answer]]:
    """`lru_cache(maxsize)` for sets of up to `MEMO_LARGEST` characters; larger are read anew."""

    def wrap(function: Callable[[frozenset[str]], _Answer]) -> SetMemo[_Answer]:
        remembered = lru_cache(maxsize=maxsize)(function)

        @wraps(function)
        def asked(chars: frozenset[str]) -> _Answer:
            return remembered(chars) if len(chars) <= MEMO_LARGEST else function(chars)

        asked.cache_info = remembered.cache_info  # type: ignore[attr-defined]
        asked.cache_clear = remembered.cache_clear  # type: ignore[attr-defined]
        return asked  # type: ignore[return-value]

    return wrap


@remembered_while_small(maxsize=4096)
def _classify(chars: frozenset[str]) -> CharSet:
    """`CharSet.of`: each character's bits (`_flags`), OR-ed in C."""
    flags = reduce(operator.or_, map(_FLAGS.__getitem__, chars), 0)
    scripts = flags & (_ONLY_CYRILLIC | _ONLY_GREEK)
    return CharSet(
        only_script=(
            None
            if flags & _NOT_ONE_SCRIPT
            else {_ONLY_CYRILLIC: CYRILLIC, _ONLY_GREEK: GREEK}.get(scripts)
        ),
        cyrillic_and_latin=bool(flags & _CYRILLIC_LETTER) and not flags & _NOT_CYRILLIC_AND_LATIN,
        plain_cyrillic=not flags & _NOT_PLAIN_CYRILLIC,
        sources=_sources(flags & _ALL_SOURCES),
    )


_ALL_SOURCES = reduce(operator.or_, _SOURCE_BIT.values())


def _sources(bits: int) -> frozenset[str]:
    if (known := _SOURCES_OF.get(bits)) is None:
        known = _SOURCES_OF[bits] = frozenset(s for s, bit in _SOURCE_BIT.items() if bits & bit)
    return known


_SOURCES_OF: dict[int, frozenset[str]] = {}


class _Flags(dict[str, int]):
    """Each character's bits (`_flags`), worked out when first met."""

    def __missing__(self, char: str) -> int:
        if len(self) >= _FLAGS_LIMIT:
            self.clear()  # a stream of every code point cannot grow it past the limit
        found = self[char] = _flags(char)
        return found


_FLAGS_LIMIT = 1 << 16


def _flags(char: str) -> int:
    """The conditions ``char`` meets, a bit each (see the bits above)."""
    return (
        _one_script_flags(char)
        | _cyrillic_and_latin_flags(char)
        | _plain_cyrillic_flags(char)
        | _source_flags(char)
    )


def _one_script_flags(char: str) -> int:
    """`only_script`: a letter, digit or mark of a basic block or of neither; stress marks aside."""
    if (WORD.match(char) is None and not char.isalnum()) or char in _STRESS_MARKS:
        return 0
    script = script_of(char)
    if script not in BLOCKS or not in_block(char, script):
        return _NOT_ONE_SCRIPT
    return _ONLY_CYRILLIC if script == CYRILLIC else _ONLY_GREEK


def in_block(char: str, script: str) -> bool:
    """Whether ``char`` is a letter of ``script``'s basic block that `settled` takes for its own."""
    low, high = BLOCKS[script]
    if not low <= ord(char) <= high or not char.isalpha():
        return False
    # The letters `settled._Runs` takes for the script's (its "sure" ranges).
    return _runs(script, frozenset({script, LATIN})).foreign.match(char) is None


def _other_mark(char: str) -> bool:
    """A mark other than the combining accents."""
    return unicodedata.category(char).startswith("M") and not _ACCENTS[0] <= char <= _ACCENTS[1]


def _cyrillic_and_latin_flags(char: str) -> int:
    if char.isalpha():
        return _CYRILLIC_LETTER if script_of(char) == CYRILLIC else _NOT_CYRILLIC_AND_LATIN
    return _NOT_CYRILLIC_AND_LATIN if _other_mark(char) else 0


def _plain_cyrillic_flags(char: str) -> int:
    low, high = _BASIC_CYRILLIC
    if char in OTHER_READINGS:
        return _NOT_PLAIN_CYRILLIC
    if char.isalpha():
        return 0 if low <= char <= high else _NOT_PLAIN_CYRILLIC
    return _NOT_PLAIN_CYRILLIC if low <= char <= high or _other_mark(char) else 0


def _source_flags(char: str) -> int:
    if not char.isalpha():
        return 0
    script = script_of(char)
    found = 0 if script is None else _SOURCE_BIT.get(script, 0)
    return found | _SOURCE_BIT[LATIN] if char.isascii() else found


_FLAGS = _Flags()
