r"""
A Latin letter with an accent inside a Cyrillic or Greek word, read as its base letter and mark.

Russian and Belarusian dictionaries, textbooks and Wikipedia mark stress
with a combining acute: ``Козло́в`` is a Cyrillic ``о`` and U+0301. A Latin
``o`` swapped in for that ``о`` keeps the mark, and Unicode's normal form C
(the pipeline's ``normalize_unicode``, run before the look-alike repair)
then joins the two into one precomposed Latin letter, ``ó``. No Cyrillic
letter is that letter, so the rules could not rewrite it, and a word such as
``Кoзлóв`` kept both its Latin letters.

So inside a word that holds a Cyrillic or Greek letter, a precomposed Latin
letter whose base has a twin is taken apart into its base and marks before
the rules read the text, and each such cluster is put back in normal form C
after: ``о`` and U+0301 stay two characters (Cyrillic has no such letter),
Greek ``ο`` and U+0301 become ``ό`` (Greek writes its tonos precomposed),
and a base the rules left Latin is the letter it was. A word most of whose
letters are not of those scripts is not touched (``café``, ``Ólafur``).

    >>> split = decomposed("Кoзлóв")
    >>> split is not None and split.text == "Кoзлo\N{COMBINING ACUTE ACCENT}в"
    True
    >>> recomposed("Козло\N{COMBINING ACUTE ACCENT}в", split) == "Козло\N{COMBINING ACUTE ACCENT}в"
    True
    >>> recomposed("Кoзлo\N{COMBINING ACUTE ACCENT}в", split)
    'Кoзлóв'
    >>> decomposed("Un café, s'il vous plaît") is None
    True
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from textclean._confusables import LOOKALIKES
from textclean._filters.homoglyphs.letters import CYRILLIC, GREEK, WORD, WORD_BEFORE
from textclean.changes import Change
from textclean.scan import code_points, notable_chars

if TYPE_CHECKING:
    from collections.abc import Iterator

_SCRIPT_LETTER = "\u0370-\u03ff\u0400-\u052f\u1f00-\u1fff"  # Greek, Cyrillic, Greek Extended
_ACCENTED = "\u00c0-\u024f\u1e00-\u1eff"  # Latin-1 Supplement to Latin Extended-B, Additional
_LATIN = f"A-Za-z{_ACCENTED}"
# A precomposed Latin letter in a word that also holds a Cyrillic or Greek letter.
_MIXED_WITH_ACCENT = re.compile(
    rf"[{_SCRIPT_LETTER}][{_LATIN}]*[{_ACCENTED}]|[{_ACCENTED}][{_LATIN}]*[{_SCRIPT_LETTER}]"
)
_ACCENTED_LETTERS = frozenset(
    filter(str.isalpha, code_points(0xC0, 0x250) + code_points(0x1E00, 0x1F00))
)


class Decomposed(NamedTuple):
    """The text with accented Latin letters taken apart, and where each base letter now stands."""

    text: str
    clusters: tuple[tuple[int, int], ...]  # (start, end) of each base and its marks


def decomposed(text: str) -> Decomposed | None:
    """``text`` with the accented Latin letters of Cyrillic or Greek words taken apart, or None."""
    if _ACCENTED_LETTERS.isdisjoint(notable_chars(text)):
        return None  # the common case, a set operation on the characters scanned already
    if _MIXED_WITH_ACCENT.search(text) is None:
        return None
    parts: list[str] = []
    clusters: list[tuple[int, int]] = []
    length = pos = 0
    for start, end in _accented_words(text):
        found = _stressed_letter(text[start:end])
        if found is None:
            continue
        at, split = start + found[0], found[1]
        parts.append(text[pos:at])
        length += at - pos
        clusters.append((length, length + len(split)))
        parts.append(split)
        length += len(split)
        pos = at + 1
    if not clusters:
        return None
    parts.append(text[pos:])
    return Decomposed("".join(parts), tuple(clusters))


def _accented_words(text: str) -> Iterator[tuple[int, int]]:
    """
    The spans of the words (as WORD cuts them) holding a character of ``_ACCENTED``, in order.

    Only those can hold a letter `_stressed_letter` takes apart. Each is
    found from such a character, not by a Python step for every word of the
    text: one mixed word with an accent let a 10 MB English text with
    Cyrillic twins in, and then each of its 1.6 million words was looked at
    (1.5 s/MB, where 10 KB took 0.2).
    """
    pos = 0
    while (found := _ACCENTED_CHAR.search(text, pos)) is not None:
        at = found.start()
        if (after := WORD.match(text, at)) is None:
            pos = at + 1  # no word character (``×``, ``÷``)
            continue
        before = WORD_BEFORE.match(text, 0, at)  # the word's letters before, matched back
        yield (at if before is None else before.start()), after.end()
        pos = after.end()


_ACCENTED_CHAR = re.compile(f"[{_ACCENTED}]")


def recomposed(fixed: str, split: Decomposed) -> str | None:
    """
    ``fixed`` (the rules' output for ``split.text``) with each cluster in normal form C.

    None where the rules changed the text's length: the clusters' places are
    then unknown, and the caller repairs the text as it came.
    """
    if len(fixed) != len(split.text):
        return None
    parts: list[str] = []
    pos = 0
    for start, end in split.clusters:
        parts.append(fixed[pos:start])
        parts.append(unicodedata.normalize("NFC", fixed[start:end]))
        pos = end
    parts.append(fixed[pos:])
    return "".join(parts)


def changes(text: str, split: Decomposed) -> list[Change]:
    """The taking apart as changes against ``text``, for `explain`."""
    found: list[Change] = []
    shift = 0  # characters the clusters before added
    for start, end in split.clusters:
        at = start - shift
        found.append(Change(at, at + 1, text[at], split.text[start:end], _TAKEN_APART))
        shift += end - start - 1
    return found


def recomposing_changes(fixed: str, split: Decomposed) -> list[Change]:
    """The putting back as changes against ``fixed``, for `explain` (none where NFC leaves it)."""
    found: list[Change] = []
    for start, end in split.clusters:
        cluster = fixed[start:end]
        joined = unicodedata.normalize("NFC", cluster)
        if joined != cluster:
            found.append(Change(start, end, cluster, joined, _TAKEN_APART))
    return found


_TAKEN_APART = "accented letter in a Cyrillic or Greek word read as its base letter and mark"


def _stressed_letter(word: str) -> tuple[int, str] | None:
    """
    Where ``word`` is a Cyrillic or Greek word with one accented Latin letter: its place and parts.

    Such a word has three letters or more, most of them of that script and
    the rest Latin, one of them accented with a mark the script writes
    (stress, diaeresis, breve). A Latin word with twins of other scripts in
    it (Portuguese ``ѵárias``, Vietnamese ``Phíа``, Icelandic
    ``Ꭼνᴦóþυꜱαmbаռԁіռꭎ``) keeps its accents, as its lexicon spells them;
    Vietnamese marks (``Ηảι``) are none of Greek's; text decoded with the
    wrong code page (``πüéπéè``, ``Γò¼``) has accents on most letters.
    """
    letters = sum(1 for char in word if char.isalpha())
    ours = _SCRIPT_LETTERS.findall(word)
    latin = _LATIN_LETTERS.findall(word)
    if letters < _SHORTEST or len(ours) + len(latin) != letters:
        return None
    script = CYRILLIC if any("\u0400" <= char <= "\u052f" for char in ours) else GREEK
    accented = [(at, _split(char, script)) for at, char in enumerate(word) if char > "\u00bf"]
    accented = [(at, split) for at, split in accented if split != word[at]]
    if len(accented) != 1 or (split := accented[0][1]) is None:
        return None
    return (accented[0][0], split) if len(ours) > len(latin) else None


_BASE_AND_MARK = 2
_SHORTEST = 3  # letters of a word taken apart: mojibake writes two-letter runs (``Γò``)
_SCRIPT_LETTERS = re.compile(f"[{_SCRIPT_LETTER}]")
_LATIN_LETTERS = re.compile(f"[{_LATIN}]")
# The marks each script writes on the letters that have Latin twins: stress
# (acute, grave), diaeresis (ё, ї, ϊ) and breve (й, ў).
_MARKS = {CYRILLIC: frozenset("\u0300\u0301\u0306\u0308"), GREEK: frozenset("\u0300\u0301\u0308")}


@cache
def _split(char: str, script: str) -> str | None:
    """
    ``char`` as its base and mark where it is an accented Latin letter that may be ``script``'s.

    ``char`` itself where it is no accented Latin letter (a letter of the
    script); None where it is one whose base has no twin in ``script`` or whose
    mark the script does not write.
    """
    if not ("\u00c0" <= char <= "\u024f" or "\u1e00" <= char <= "\u1eff"):
        return char
    parts = unicodedata.normalize("NFD", char)
    if len(parts) != _BASE_AND_MARK or not parts[0].isascii() or not parts[0].isalpha():
        return None
    if parts[0] not in LOOKALIKES[script] or parts[1] not in _MARKS[script]:
        return None
    return parts
