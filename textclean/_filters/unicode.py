r"""
Character-level filters: control characters, Unicode normalization, ASCII transliteration.

    >>> remove_control_chars("tab\there\x00, bell\x07 and zero\N{ZERO WIDTH SPACE}width")
    'tab\there, bell and zerowidth'
    >>> normalize_nfc("Cafe\N{COMBINING ACUTE ACCENT}")
    'Café'
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

import regex

from textclean import tables
from textclean.chardata import JOINER_SCRIPTS, JOINERS, LINE_BREAKS, STRAY_INVISIBLES
from textclean.extras import needs_extra
from textclean.scan import chars_matching, notable_chars

if TYPE_CHECKING:
    from collections.abc import Callable
    from collections.abc import Set as AbstractSet

# C0 and C1 controls except tab and the line breaks, DEL, the stray
# invisibles, both joiners (decided by context below) and lone surrogates.
_C0_KEPT = "\t\n" + LINE_BREAKS
_CONTROLS = "".join(
    chr(code) for code in (*range(0x20), *range(0x7F, 0xA0)) if chr(code) not in _C0_KEPT
)
# The stdlib engine scans a plain character class several times faster than `regex`.
_SUSPECT = re.compile(f"[{re.escape(_CONTROLS + STRAY_INVISIBLES + JOINERS)}\\ud800-\\udfff]")
#: Characters without which remove_control_chars leaves a text unchanged.
CONTROL_TRIGGERS = chars_matching(_SUSPECT)

# A joiner is kept when a neighbour is a letter or mark of a script that
# spells with joiners, or part of an emoji sequence.
_JOINER_NEIGHBOUR = regex.compile(
    "["
    + "".join(f"\\p{{Script={name}}}" for name in JOINER_SCRIPTS)
    + "\\p{Extended_Pictographic}\\p{Emoji_Modifier}\\N{VARIATION SELECTOR-16}"
    + "\\N{COMBINING ENCLOSING KEYCAP}]"
)


# Thai, Lao, Khmer, Myanmar and the Tai scripts put no spaces between words:
# a zero-width space there marks a word's end for line breaking and search
# (Khmer writes one between the words of a name), so it is kept next to their
# letters. These are the letters Unicode's line breaking reads by dictionary
# (Line_Break=Complex_Context), not a list of scripts written here.
_SPACELESS_NEIGHBOUR = regex.compile(r"\p{Line_Break=Complex_Context}")


def _replace_suspect(match: re.Match[str]) -> str:
    char = match[0]
    if "\ud800" <= char <= "\udfff":
        # A lone surrogate cannot be encoded; make it visible instead of lost.
        return "\N{REPLACEMENT CHARACTER}"
    if char in JOINERS:
        neighbour = _JOINER_NEIGHBOUR
    elif char == "\N{ZERO WIDTH SPACE}":
        neighbour = _SPACELESS_NEIGHBOUR
    else:
        return ""
    text, pos = match.string, match.start()
    before = text[pos - 1] if pos else ""
    after = text[pos + 1] if pos + 1 < len(text) else ""
    # A kept character's neighbour is a letter, never removed: a second pass keeps it too.
    return char if neighbour.match(before) or neighbour.match(after) else ""


def remove_control_chars(text: str) -> str:
    r"""
    Remove control characters, the BOM and stray zero-width characters.

    Tabs and line breaks stay (normalize_whitespace handles line breaks). The
    zero-width joiner stays inside emoji sequences and, with the non-joiner,
    next to Arabic, Persian, Hebrew and Indic letters, whose spelling needs
    them; the zero-width space stays next to the letters of Thai, Lao, Khmer
    and Myanmar, which mark word ends with it. Lone surrogates become U+FFFD,
    so the result always encodes as UTF-8.

        >>> remove_control_chars("\N{ZERO WIDTH NO-BREAK SPACE}Title\x1b")
        'Title'
        >>> family = "\N{MAN}\N{ZERO WIDTH JOINER}\N{WOMAN}\N{ZERO WIDTH JOINER}\N{GIRL}"
        >>> remove_control_chars(family) == family
        True
        >>> remove_control_chars("Latin\N{ZERO WIDTH JOINER}word")
        'Latinword'
        >>> khmer = "\N{KHMER LETTER KA}\N{ZERO WIDTH SPACE}\N{KHMER LETTER KHA}"
        >>> remove_control_chars(khmer) == khmer
        True
    """
    if text.isascii() and text.isprintable():
        return text
    if not _SUSPECT.search(text):
        return text
    return _SUSPECT.sub(_replace_suspect, text)


@lru_cache(maxsize=1)
def _composes_with_previous() -> frozenset[str]:
    """
    Starters (combining class 0) that NFC may merge into the character before them.

    Shipped for this Python's version of Unicode (`textclean.tables`): read
    from the Unicode data, the set takes 7 ms of every new process.
    """
    shipped = tables.shipped(_COMPOSES_KEY)
    return frozenset(str(shipped)) if shipped is not None else composes_with_previous()


_COMPOSES_KEY = f"unicode composes with previous {unicodedata.unidata_version}"


def tables_to_ship() -> dict[str, object]:
    """The tables `textclean.tables` ships for this module, by key."""
    return {_COMPOSES_KEY: "".join(sorted(composes_with_previous()))}


def composes_with_previous() -> frozenset[str]:
    """
    `_composes_with_previous`, read from this Python's Unicode data.

    The second halves of every two-character canonical decomposition, and
    the Hangul vowel and final jamo, which compose by rule.
    """
    found = {chr(c) for c in (*range(0x1161, 0x1176), *range(0x11A8, 0x11C3))}
    # Skipped: CJK ideographs, Hangul syllables (composed by rule, above),
    # surrogates and private use, none of which has a decomposition table entry.
    ranges = (range(0xC0, 0x3400), range(0xA000, 0xAC00), range(0xF900, 0x20000))
    for code in itertools.chain(*ranges, range(0x2F800, 0x2FA20)):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            second = chr(int(parts[1], 16))
            if unicodedata.combining(second) == 0:
                found.add(second)
    return frozenset(found)


# Characters found inert so far: the set grows to the alphabets a corpus uses,
# and each text's characters are checked against it in one C-level step.
_inert: set[str] = set()


def may_change_normal_form(chars: AbstractSet[str]) -> bool:
    """
    False when no character in ``chars`` can make a text not NFC or not NFKC.

    A text is normalized unless it holds a combining mark, a character that
    normalization replaces, or a starter that composes with the character
    before it: that depends on characters alone, so the pipeline's scan
    decides, and most texts skip the full check.
    """
    for char in chars - _inert if chars else ():
        if (
            unicodedata.combining(char) == 0
            and unicodedata.is_normalized("NFC", char)
            and unicodedata.is_normalized("NFKC", char)
            and char not in _composes_with_previous()
        ):
            _inert.add(char)
        else:
            return True
    return False


# Characters found stable in each form: a character normalization leaves as
# it is, that no mark reorders across and that composes with nothing before
# it. Normalizing a text is normalizing the pieces it splits into before
# each stable character, so only the characters around the others need it.
_stable: dict[str, set[str]] = {"NFC": set(), "NFKC": set()}


def _unstable(chars: AbstractSet[str], form: Literal["NFC", "NFKC"]) -> frozenset[str]:
    """The characters of ``chars`` that are not stable in ``form``."""
    stable = _stable[form]
    found = []
    for char in chars - stable:
        if (
            unicodedata.combining(char) == 0
            and unicodedata.is_normalized(form, char)
            and char not in _composes_with_previous()
        ):
            stable.add(char)
        else:
            found.append(char)
    return frozenset(found)


def _normalize_pieces(text: str, unstable: frozenset[str], form: Literal["NFC", "NFKC"]) -> str:
    """
    ``text`` in ``form``, normalizing each run of ``unstable`` characters with the one before it.

    The character before a run is stable, and so is the one after it: each
    run is a piece of its own. Found with str.find, which skips to the next
    occurrence at memchr speed.
    """
    positions: list[int] = []
    for char in unstable:
        at = text.find(char)
        while at >= 0:
            positions.append(at)
            at = text.find(char, at + 1)
    positions.sort()
    parts: list[str] = []
    done = 0
    index = 0
    while index < len(positions):
        start = positions[index]
        end = start + 1
        index += 1
        while index < len(positions) and positions[index] == end:
            end += 1
            index += 1
        begin = max(start - 1, 0)
        parts += (text[done:begin], unicodedata.normalize(form, text[begin:end]))
        done = end
    parts.append(text[done:])
    return "".join(parts)


# Over this many distinct unstable characters (a find each), or more than
# one in this many characters (some 1 µs a piece against some 20 ns a
# character for the whole text), one call over the whole text costs less.
_MOST_KINDS = 8
_FEWEST_CHARS_EACH = 256


@dataclass(frozen=True)
class NormalizeUnicode:
    r"""
    Put text in a Unicode normal form: NFC by default, NFKC in the ``ml`` profile.

    NFC only composes (``e`` + combining acute becomes ``é``) and never changes
    how text looks. NFKC also folds compatibility characters (``ﬁ`` to ``fi``,
    superscripts, fullwidth forms), which suits model training but loses
    distinctions such as ``x²``.

        >>> NormalizeUnicode("NFKC")("\N{LATIN SMALL LIGATURE FI}ne")
        'fine'
    """

    form: Literal["NFC", "NFKC"] = "NFC"

    def __call__(self, text: str) -> str:
        """
        Return ``text`` in the normal form, normalizing only the pieces that may change.

        Russian with one stress mark (a combining accent) costs a search for
        that mark, not a normalization of the whole text, which is what
        ``unicodedata.is_normalized`` falls back to on such a text.
        """
        if text.isascii():
            return text
        unstable = _unstable(notable_chars(text), self.form)
        if not unstable:
            return text
        count = sum(map(text.count, unstable)) if len(unstable) <= _MOST_KINDS else len(text)
        if count * _FEWEST_CHARS_EACH > len(text):
            return unicodedata.normalize(self.form, text)
        return _normalize_pieces(text, unstable, self.form)


normalize_nfc = NormalizeUnicode("NFC")


def transliterate(text: str) -> str:
    r"""
    Transliterate to ASCII with unidecode (``ascii`` profile; needs ``textclean-kit[ascii]``).

    Lossy on purpose: Борис becomes Boris, 東京 becomes Dong Jing. unidecode is
    GPL-2.0-or-later, so it is an optional extra and never imported otherwise.

        >>> transliterate("Crème brûlée")
        'Creme brulee'
    """
    if text.isascii():
        return text
    with needs_extra("ascii", "the transliterate filter"):
        from unidecode import unidecode  # noqa: PLC0415 - optional, GPL: imported only when used
    return str(unidecode(text, errors="preserve"))


def build_transliterate() -> Callable[[str], str]:
    """
    Return `transliterate` once unidecode is known to be installed.

    A Cleaner is built with this, so a missing extra is reported when the
    ``ascii`` profile is chosen, not at the first non-ASCII document.
    """
    with needs_extra("ascii", "the transliterate filter (ascii profile)"):
        import unidecode  # noqa: F401, PLC0415 - only checks that it is there
    return transliterate
