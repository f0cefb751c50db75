r"""
normalize_whitespace: one kind of line break, plain spaces, paragraphs kept.

    >>> normalize_whitespace("  Title \r\n\r\n\r\nFirst\N{NO-BREAK SPACE}line  here.\u2028Next\n")
    'Title\n\nFirst line here.\nNext'
"""

from __future__ import annotations

import regex

from textclean.chardata import LINE_BREAKS

_BREAKS = regex.compile(f"\r\n|[{LINE_BREAKS}]")
_SPACES = regex.compile(r"[^\S\n\t]+")  # any space separator other than tab, one or more
_LINE_EDGE_SPACE = regex.compile(r"[ \t]+(?=\n|\Z)|(?<=\n|\A) +")
_BLANK_RUN = regex.compile(r"\n{3,}")

# One scan that finds anything the filter would change, so clean text costs
# a single pass: a non-"\n" line break, a space separator other than " ",
# two spaces, a space or tab before a line end, a space after one, three
# line breaks, or a break or space at either end of the text.
_NEEDS_WORK = regex.compile(
    f"[{LINE_BREAKS}]|[^\\S \\t\\n]|  |[ \\t]\\n|\\n |\\n\\n\\n|\\A\\s|\\s\\Z"
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
    if not _NEEDS_WORK.search(text):
        return text
    text = _BREAKS.sub("\n", text)
    text = _SPACES.sub(" ", text)
    text = _LINE_EDGE_SPACE.sub("", text)
    text = _BLANK_RUN.sub("\n\n", text)
    return text.strip("\n\t ")
