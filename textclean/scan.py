r"""
One scan of a text that tells the pipeline which filters can have work to do.

Most filters act only on characters outside plain ASCII: mojibake needs
accented letters or symbols, look-alikes need Cyrillic or Greek, controls
are controls. Scanning once for the distinct characters a text holds, and
skipping each filter that finds none of its triggers among them, replaces one
regular-expression pass per filter with a single pass in C.

    >>> sorted(notable_chars("Plain text, “quoted” & done.\n"))
    ['&', '“', '”']
    >>> notable_chars("nothing to see")
    frozenset()
"""

from __future__ import annotations

import array
import re
import sys
from functools import cache

from textclean.memo import remembered_for_last

# Printable ASCII, tab and newline: no filter triggers on them alone, except
# "&", which may start an HTML entity.
_PLAIN_ASCII = bytes(c for c in range(0x20, 0x7F) if c != ord("&")) + b"\t\n"


def non_plain(text: str) -> str:
    """
    The characters of ``text`` other than printable ASCII, tab and newline, in order; "&" counts.

    Deleting the plain ASCII bytes from the UTF-8 encoding leaves valid UTF-8,
    since no byte of a multi-byte sequence is ASCII, so the rest decodes to
    exactly the other characters. Lone surrogates pass through.
    """
    rest = _non_plain_utf8(text)
    return rest.decode("utf-8", "surrogatepass") if rest else ""


def _non_plain_utf8(text: str) -> bytes:
    """`non_plain` as UTF-8 bytes."""
    return text.encode("utf-8", "surrogatepass").translate(None, _PLAIN_ASCII)


# Remembered for the last text asked: the pipeline's scan, then the gates and
# filters given the same object (which look at its bytes to find pairs and
# runs of characters outside ASCII), ask for them in turn.
@remembered_for_last
def utf8_of(text: str) -> bytes:
    """``text`` as UTF-8 (lone surrogates passed through), remembered for the last text asked."""
    return text.encode("utf-8", "surrogatepass")


# Runs of the letters of the Cyrillic and Greek alphabets: a Russian or Greek
# text is mostly these, and a set built a character at a time costs some 90 ns
# a character, so long runs are cut out by one pattern each and the whole
# alphabet stands in for them. The letters fix_encoding's Windows-1251 and
# 1253 patterns begin with stay exact, so plain Russian skips that filter.
# An alphabet's pattern runs only where a byte its letters begin with in
# UTF-8 is there (a search at memchr speed), so accented Latin text skips both.
_KEPT_EXACT = "ЂВГРСΒΓΞΟ"
_ALPHABETS = tuple(
    (
        re.compile(f"[{''.join(letters)}]+"),
        frozenset(letters),
        tuple(frozenset(letter.encode()[:1] for letter in letters)),
    )
    for letters in (
        [c for c in map(chr, range(0x400, 0x460)) if c.isalpha() and c not in _KEPT_EXACT],
        [c for c in map(chr, range(0x386, 0x3CF)) if c.isalpha() and c not in _KEPT_EXACT],
    )
)
_FEW = 64  # a rest this short is cheaper to take a character at a time
# Every byte but those the alphabets' letters begin with in UTF-8: deleting
# them (one pass in C, faster than a search for a class) leaves nothing where
# neither alphabet is (accented Latin, CJK), and else little to test.
_NOT_ALPHABET_LEADS = bytes(
    set(range(256)) - {first[0] for *_, firsts in _ALPHABETS for first in firsts}
)


# Remembered for the last text scanned: the pipeline scans a text, then the
# filters it runs ask again for the same object.
@remembered_for_last
def notable_chars(text: str) -> frozenset[str]:
    """
    The distinct characters of ``text`` other than printable ASCII, tab and newline, or more.

    Exact but for one thing: where a text holds letters of the basic Cyrillic
    or Greek alphabet, all of that alphabet's letters are in the set. Gates
    only ask whether a filter's characters may be there, so a superset keeps
    them sound; what needs the exact letters (the homoglyph shortcut) looks
    for itself.
    """
    utf8 = utf8_of(text).translate(None, _PLAIN_ASCII)
    rest = utf8.decode("utf-8", "surrogatepass")
    found: frozenset[str] | None = None
    leads = utf8.translate(None, _NOT_ALPHABET_LEADS) if len(rest) > _FEW else b""
    if leads:
        for runs, alphabet, first_bytes in _ALPHABETS:
            if not any(first in leads for first in first_bytes):
                continue
            cut = runs.sub("", rest)
            if len(cut) != len(rest):
                rest, found = cut, alphabet if found is None else found | alphabet
    # The rest's characters added to an alphabet's set, not a set of them
    # joined to it: a union copies both, a microsecond for a CJK text's.
    return frozenset(rest) if found is None else found.union(rest)


# One byte a character: ASCII as ".", the first byte of a longer UTF-8
# sequence as "X", the bytes that continue one dropped.
_ONE_BYTE_A_CHAR = bytes(0x2E if byte < 0x80 else 0x58 for byte in range(256))
_CONTINUATION_BYTES = bytes(range(0x80, 0xC0))


# Remembered for the last text: has_non_ascii_pair, then paired_runs of the
# same object (gate, then filter), translate it once.
@remembered_for_last
def _shape_of(text: str) -> bytes:
    """``text`` one byte a character (see _ONE_BYTE_A_CHAR), remembered for the last text asked."""
    return utf8_of(text).translate(_ONE_BYTE_A_CHAR, _CONTINUATION_BYTES)


def has_non_ascii_pair(text: str) -> bool:
    """
    Whether two characters outside ASCII stand side by side somewhere in ``text``.

    Two passes in C, about 2 ns a character: mojibake is made of such pairs,
    and English prose, with its quotation marks and dashes between ASCII
    letters and spaces, rarely holds one.

        >>> has_non_ascii_pair("It’s “quoted” — café")
        False
        >>> has_non_ascii_pair("Itâ€™s")
        True
    """
    return b"XX" in _shape_of(text)


# Two or more characters outside ASCII side by side, in a text's shape.
_PAIRED_RUN = re.compile(b"XX+")


def paired_runs(text: str) -> set[str]:
    """
    The distinct runs of two or more characters outside ASCII side by side in ``text``.

    The shape has one byte a character, so its spans are the text's. Accented
    prose has hundreds of runs of one letter (``č``, ``é``) and a few of two
    (``ří``): found in C past the first, the rest never made into objects.

        ['ù”', 'ří', 'ůň']
        ['ří', 'ù”', 'ůň']
    """
    shape = _shape_of(text)
    first = shape.find(b"XX")
    if first == -1:
        return set()
    return {text[run.start() : run.end()] for run in _PAIRED_RUN.finditer(shape, first)}


def _decoded_code_points(stop: int) -> str:
    # Decoded from UTF-32 in one step in C: "".join(map(chr, range(stop)))
    # makes an object per code point, 10 ms for 131,072 of them, paid on
    # import by every process (CLI worker, task, test run) for each table.
    codes = array.array("I", range(stop))
    if codes.itemsize != 4:  # UTF-32: four bytes a code point
        codes = array.array("L", range(stop))
    order = "le" if sys.byteorder == "little" else "be"
    return codes.tobytes().decode(f"utf-32-{order}", "surrogatepass")


# Every code point up to the end of the Supplementary Multilingual Plane, the
# last that holds a character any filter triggers on.
_ALL_CHARS = _decoded_code_points(0x20000)


def code_points(start: int, stop: int) -> str:
    """
    The characters from code point ``start`` up to ``stop`` (excluded), surrogates too, in order.

    What filters match their patterns against to build a table of characters:
    as ``"".join(map(chr, range(start, stop)))``, a slice of one string built
    once, in C, instead of an object made per code point.

        >>> code_points(0x61, 0x64)
        'abc'
        >>> code_points(0, 0x20000) == "".join(map(chr, range(0x20000)))
        True
    """
    if stop <= len(_ALL_CHARS):
        return _ALL_CHARS[start:stop]
    return _decoded_code_points(stop)[start:]


@cache
def chars_matching(pattern: re.Pattern[str]) -> frozenset[str]:
    """
    The characters a one-character pattern matches: a filter's character class as a set.

        >>> sorted(chars_matching(re.compile("[a-c]")))
        ['a', 'b', 'c']

    Remembered by pattern (equal patterns with equal flags are one key): a
    module may ask for the same class many times while it builds its tables,
    and each answer is a pass over 131,072 characters. Importing textclean
    asked 1,783 times for some 10 classes, 0.3 s of its 0.6 s.
    """
    return frozenset(pattern.findall(_ALL_CHARS))
