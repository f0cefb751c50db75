r"""
Contact and address blocks below the body: a publisher's or a press office's footer.

Below the article a page often prints who publishes it or whom to ask, one
item a line::

    Harbour Press Ltd
    12 Quay Street
    Tel. +44 1632 960 123
    press@harbour.example

No cue word is needed to tell such a block: its lines have the shapes of an
address in any language. A *contact line* is a short line (eight words at
most, no sentence) that is one of:

- a phone or fax number: a run of seven digits or more, spaces, dots,
  dashes, slashes or brackets between them (``+49 (0)30 78 95 47 78``);
- an e-mail address (``name@host.tld``, ``info(@)host.tld``);
- a postcode and a place (``10119 Berlin``, ``75011 Paris``, ``A-1010 Wien``,
  ``80-001 Gdańsk``);
- a street and a house number (``Almstadtstraße 7``, ``Via Roma 12``,
  ``12 Quay Street``).

Two contact lines of two kinds (one not a street: "Kapitel 12" has a
street's shape), at most three lines apart, below the body's
last paragraph make a block; it goes with the short lines between them
and up to two short lines just above (a name, a company, a role), never a
sentence. An address the article gives sits in a sentence of the body, or
above more of the body, and stays. Only the lines below the body's last
paragraph are read: most texts end with a paragraph. Its gate: every
contact line holds a digit or an at sign, so the lines below the body are
searched for one at once, in C, before any line is asked alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import regex

from textclean._filters.boilerplate.catalog import SITE_FURNITURE

if TYPE_CHECKING:
    from textclean._filters.boilerplate.blocks import Line

_PHONE = regex.compile(r"\+?\(?\d[\d\s./()\-–]{5,}\d")
_EMAIL = regex.compile(r"[\w.+-]+(?:@|\(at\)|\(@\)|\[at\])[\w-]+(?:\.[\w-]+)+", regex.IGNORECASE)
_POSTCODE = regex.compile(r"(?:\p{Lu}{1,2}[-–])?(?:\d{4,5}|\d{2}-\d{3}|\d{4}-\d{3})\s+\p{Lu}\p{L}+")
_STREET = regex.compile(
    r"\p{Lu}[\p{L}.'’\-]*(?:\s+\p{L}[\p{L}.'’\-]*){0,3}\s+\d{1,4}\s?\p{Ll}?"
    r"|\d{1,4}\s?\p{Ll}?,?\s+\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}"
)
_DATE = regex.compile(r"\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}")
_YEARS = regex.compile(r"(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d")
_YEAR = regex.compile(r"\b(?:19|20)\d\d\b")  # a street's number is no year
_STRONG = frozenset({"phone", "postcode", "e-mail"})  # a street's shape alone is loose
# What every contact line holds: a digit, or an e-mail's at sign (stdlib re:
# a search for a character class costs less there).
_DIGIT_OR_AT = re.compile(r"[0-9@]|\(at\)|\[at\]", re.IGNORECASE)
_MAX_WORDS = 8  # a contact line; a sentence is longer
_MAX_APART = 3  # lines from one contact line to the next in a block
_MAX_ABOVE = 2  # short lines above the block that go with it (a name, a company)
_MIN_DIGITS = 7  # a phone number's
_ENDS = (".", "!", "?", "。", "！", "？")


def contact_blocks(content: list[Line], removed: dict[int, str], last: int) -> None:
    """Mark the blocks of contact lines below the body's last paragraph (``last``)."""
    if last >= len(content) - 2:
        return  # fewer than two lines below it
    if _DIGIT_OR_AT.search("\n".join([line.text for line in content[last + 1 :]])) is None:
        return  # (the gate: one search in C; no digit and no at sign below the body, no contact)
    kinds = {pos: kind for pos in range(last + 1, len(content)) if (kind := _kind(content[pos]))}
    found = sorted(kinds)
    start = 0
    while start < len(found):
        end = start
        while end + 1 < len(found) and found[end + 1] - found[end] <= _MAX_APART:
            end += 1
        block = found[start : end + 1]
        named = {kinds[pos] for pos in block}
        if len(named) >= 2 and named & _STRONG:
            _mark(content, removed, block, last, kinds)
        start = end + 1


def _mark(
    content: list[Line], removed: dict[int, str], block: list[int], last: int, kinds: dict[int, str]
) -> None:
    first, end = block[0], block[-1]
    lines = range(first, end + 1)
    if not all(pos in kinds or _short(content[pos]) for pos in lines):
        return  # a sentence between: the article's
    above = first
    while above > last + 1 and first - above < _MAX_ABOVE and _short(content[above - 1]):
        above -= 1
    named = ", ".join(sorted({kinds[pos] for pos in block}))
    why = f"{SITE_FURNITURE}: a contact block ({named}) below the body's last paragraph"
    for pos in range(above, end + 1):
        removed.setdefault(content[pos].index, why)


def _short(line: Line) -> bool:
    """A line of a few words that ends no sentence: a name, a company, a role."""
    text = line.text
    return text.count(" ") < _MAX_WORDS and not text.endswith(_ENDS)


def _kind(line: Line) -> str | None:
    """Which contact line this is, if any: phone, e-mail, postcode, street."""
    text = line.text
    if (
        text.count(" ") >= _MAX_WORDS
        or text.endswith(_ENDS[1:])
        or _DIGIT_OR_AT.search(text) is None  # (most lines: one search, none of the four)
    ):
        return None
    if (phone := _PHONE.search(text)) is not None and _phone(phone[0]):
        return "phone"
    if _EMAIL.search(text) is not None:
        return "e-mail"
    if _POSTCODE.search(text) is not None:
        return "postcode"
    if _STREET.fullmatch(text.rstrip(",")) is not None and _YEAR.search(text) is None:
        return "street"
    return None


def _phone(found: str) -> bool:
    """
    Seven digits or more dialled as a number, not a date or a span of years.

        >>> _phone("+49 (0)30 78 95 47 78"), _phone("555-123-4567")
        (True, True)
        >>> _phone("12.03.2024"), _phone("1998 – 2004")
        (False, False)
    """
    if sum(c.isdigit() for c in found) < _MIN_DIGITS or _DATE.search(found) or _YEARS.search(found):
        return False
    return found[0] in "+(0" or found.count("-") + found.count(" ") + found.count("/") >= 2
