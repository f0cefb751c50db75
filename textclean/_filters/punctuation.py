r"""
normalize_punctuation: curly quotes, dashes and the ellipsis to ASCII (``ml`` profile).

Off by default: curly quotes and dashes are correct typography, and the
default profile never rewrites correct text. For model training the ASCII
forms keep the vocabulary small.

    >>> normalize_punctuation("“It’s over…” — she said")
    '"It\'s over..." - she said'
"""

from __future__ import annotations

import re

from textclean.chardata import PUNCTUATION_TO_ASCII

_TABLE = str.maketrans(PUNCTUATION_TO_ASCII)
#: Characters without which normalize_punctuation leaves a text unchanged.
TRIGGERS = frozenset(PUNCTUATION_TO_ASCII)
_ANY = re.compile("[" + re.escape("".join(PUNCTUATION_TO_ASCII)) + "]")


def normalize_punctuation(text: str) -> str:
    """Replace typographic quotes, dashes and the ellipsis with their ASCII forms."""
    if text.isascii() or not _ANY.search(text):
        return text
    # str.translate is slow per character; replace only the characters present.
    for char in set(_ANY.findall(text)):
        text = text.replace(char, PUNCTUATION_TO_ASCII[char])
    return text
