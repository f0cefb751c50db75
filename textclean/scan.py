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

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import re

# Printable ASCII, tab and newline: no filter triggers on them alone, except
# "&", which may start an HTML entity.
_PLAIN_ASCII = bytes(c for c in range(0x20, 0x7F) if c != ord("&")) + b"\t\n"


# The last text scanned and its characters: the pipeline scans a text, then
# the filters it runs ask again for the same object. Compared by identity and
# replaced in one assignment, so threads sharing it see a consistent pair.
_last: tuple[str, frozenset[str]] = ("", frozenset())


def notable_chars(text: str) -> frozenset[str]:
    """
    The distinct characters of ``text`` other than printable ASCII, tab and newline; "&" counts.

    Deleting the plain ASCII bytes from the UTF-8 encoding leaves valid UTF-8,
    since no byte of a multi-byte sequence is ASCII, so the rest decodes to
    exactly the other characters. Lone surrogates pass through.
    """
    global _last  # noqa: PLW0603 - a one-entry cache, see above
    last_text, last_chars = _last
    if last_text is text:
        return last_chars
    rest = text.encode("utf-8", "surrogatepass").translate(None, _PLAIN_ASCII)
    chars = frozenset(rest.decode("utf-8", "surrogatepass")) if rest else frozenset()
    _last = (text, chars)
    return chars


# Every code point up to the end of the Supplementary Multilingual Plane, the
# last that holds a character any filter triggers on.
_ALL_CHARS = "".join(map(chr, range(0x20000)))


def chars_matching(pattern: re.Pattern[str]) -> frozenset[str]:
    """
    The characters a one-character pattern matches: a filter's character class as a set.

        >>> import re
        >>> sorted(chars_matching(re.compile("[a-c]")))
        ['a', 'b', 'c']
    """
    return frozenset(pattern.findall(_ALL_CHARS))
