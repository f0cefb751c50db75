r"""
normalize_whitespace: one kind of line break, plain spaces, paragraphs kept.

    >>> normalize_whitespace("  Title \r\n\r\n\r\nFirst\N{NO-BREAK SPACE}line  here.\u2028Next\n")
    'Title\n\nFirst line here.\nNext'
"""

from __future__ import annotations

import re

from textclean.chardata import LINE_BREAKS
from textclean.scan import chars_matching, notable_chars

# Every character str.isspace() accepts but space, tab and newline: line
# breaks and odd spaces, changed wherever they are.
_ODD_SPACE = re.compile(
    "[" + "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c not in " \t\n") + "]"
)
#: Characters any of which normalize_whitespace changes wherever they are.
ODD_SPACES = chars_matching(_ODD_SPACE)
_SPACE_RUN = re.compile("  +")
# Two spaces in a row: on prose this search is faster than `"  " in text`
# (measured on CPython 3.11: 2.1 against 3.3 µs on 3.6 KB of English, 1.6
# against 2.4 µs on 2.1 KB of Polish).
_TWO_SPACES = re.compile("  ")
_BLANK_RUN = re.compile(r"\n{3,}")
# A space or tab before a line break, a space after one, or three in a row.
# Written to begin with the line break, so the engine skips from one line
# break to the next at memchr speed instead of stopping at every space.
_LINE_EDGE_SPACE = re.compile(r"\n(?:(?<=[ \t]\n)| |\n\n)")


def has_plain_layout(text: str) -> bool:
    """
    Whether the spaces, tabs and newlines of ``text`` are already as the filter leaves them.

    Together with the absence of ODD_SPACES this means the filter has nothing to do.
    """
    return not text or (
        not text[0].isspace()
        and not text[-1].isspace()
        and not _TWO_SPACES.search(text)
        and not _LINE_EDGE_SPACE.search(text)
    )


def normalize_whitespace(text: str) -> str:
    r"""
    Normalize whitespace without joining paragraphs.

    CRLF, CR, NEL, U+2028 and U+2029 become ``\n``; no-break and other space
    separators become a plain space; runs of spaces collapse to one; spaces
    at line starts and spaces and tabs at line ends go; at most one blank
    line separates paragraphs and none is left at either end. Tabs inside a
    line stay, since they may separate columns.

        >>> normalize_whitespace("a\r\nb\rc")
        'a\nb\nc'
    """
    odd = ODD_SPACES & notable_chars(text)
    if not odd and has_plain_layout(text):
        return text
    # Each step runs only if its characters are there: a regular expression
    # over clean text costs more than the searches that rule it out. Odd
    # characters are replaced one kind at a time (str.replace runs at memchr
    # speed), then runs of spaces collapse.
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")
    for char in odd:
        text = text.replace(char, "\n" if char in LINE_BREAKS else " ")
    if "  " in text:
        text = _SPACE_RUN.sub(" ", text)
    if " \n" in text or "\t\n" in text or "\n " in text:
        text = "\n".join([line.rstrip(" \t").lstrip(" ") for line in text.split("\n")])
    if "\n\n\n" in text:
        text = _BLANK_RUN.sub("\n\n", text)
    return text.strip("\n\t ")
