r"""
normalize_whitespace: one kind of line break, plain spaces, paragraphs kept.

    >>> normalize_whitespace("  Title \r\n\r\n\r\nFirst\N{NO-BREAK SPACE}line  here.\u2028Next\n")
    'Title\n\nFirst line here.\nNext'
"""

from __future__ import annotations

import re

from textclean.chardata import LINE_BREAKS

_BREAKS = re.compile(f"\r\n|[{LINE_BREAKS}]")
# Two or more spaces of any kind but tab, or one that is not a plain space.
_SPACES = re.compile(r"[^\S\n\t]{2,}|[^\S\n\t ]")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
_LEADING_SPACE = re.compile(r"^ +", re.MULTILINE)
_BLANK_RUN = re.compile(r"\n{3,}")

# One scan that finds anything the filter would change, so clean text costs
# a single pass: a non-"\n" line break, a space separator other than " ",
# two spaces, a space or tab before a line end, a space after one, three
# line breaks, or a break or space at either end of the text.
_NEEDS_WORK = re.compile(f"[{LINE_BREAKS}]|[^\\S \\t\\n]|  |[ \\t]\\n|\\n |\\n\\n\\n")


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
    if not text or (
        not text[0].isspace() and not text[-1].isspace() and not _NEEDS_WORK.search(text)
    ):
        return text
    text = _BREAKS.sub("\n", text)
    text = _SPACES.sub(" ", text)
    text = _TRAILING_SPACE.sub("", text)
    text = _LEADING_SPACE.sub("", text)
    text = _BLANK_RUN.sub("\n\n", text)
    return text.strip("\n\t ")
