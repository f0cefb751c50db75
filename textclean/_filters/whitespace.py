r"""
normalize_whitespace: one kind of line break, plain spaces, paragraphs kept.

    >>> normalize_whitespace("  Title \r\n\r\n\r\nFirst\N{NO-BREAK SPACE}line  here.\u2028Next\n")
    'Title\n\nFirst line here.\nNext'
"""

from __future__ import annotations

import re

from textclean.chardata import LINE_BREAKS
from textclean.scan import chars_matching

_BREAKS = re.compile(f"\r\n|[{LINE_BREAKS}]")
# Two or more spaces of any kind but tab, or one that is not a plain space.
_SPACES = re.compile(r"[^\S\n\t]{2,}|[^\S\n\t ]")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
_LEADING_SPACE = re.compile(r"^ +", re.MULTILINE)
_BLANK_RUN = re.compile(r"\n{3,}")

# Clean text is recognised with substring searches (memchr speed) and one
# character-class scan: anything the filter would change is a non-"\n" line
# break or odd space, two spaces, a space or tab before a line end, a space
# after one, three line breaks, or whitespace at either end.
# Every character str.isspace() accepts but space, tab and newline, listed
# out: an explicit class is scanned far faster than a negated one.
_ODD_SPACE = re.compile(
    "[" + "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c not in " \t\n") + "]"
)
#: Characters any of which normalize_whitespace changes wherever they are.
ODD_SPACES = chars_matching(_ODD_SPACE)


def has_plain_layout(text: str) -> bool:
    """
    Whether the spaces, tabs and newlines of ``text`` are already as the filter leaves them.

    Together with the absence of ODD_SPACES this means the filter has nothing to do.
    """
    return not text or (
        not text[0].isspace()
        and not text[-1].isspace()
        and "  " not in text
        and " \n" not in text
        and "\t\n" not in text
        and "\n " not in text
        and "\n\n\n" not in text
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
    if has_plain_layout(text) and not _ODD_SPACE.search(text):
        return text
    text = _BREAKS.sub("\n", text)
    text = _SPACES.sub(" ", text)
    text = _TRAILING_SPACE.sub("", text)
    text = _LEADING_SPACE.sub("", text)
    text = _BLANK_RUN.sub("\n\n", text)
    return text.strip("\n\t ")
