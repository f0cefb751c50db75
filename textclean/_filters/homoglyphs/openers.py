r"""
A Latin capital opening a sentence of Cyrillic or Greek text as that script's one-letter word.

Swapping one letter throughout (every ``В`` written ``B``) leaves a text
with no mixed word to show it: a sentence opening ``B других системах`` or
``H συμφωνία`` then holds a Latin letter nothing else marks as swapped,
which rule 2 keeps where the text shows no swapping. Yet no sentence of
Russian or Greek opens with a Latin letter standing as a word before a word
of its own script but as a label or a variable, and a text writing those
writes them elsewhere too (``A равно B.``, ``витамин C``, ``C и C++``).

So such a capital is read as its twin where the twin is a function word
of the script (Russian ``В``, ``К``, ``У``, ``О``, ``А``; Greek
articles ``Η``, ``Ο``: Zipf 6.5 or more, which leaves out initials and
numerals such as ``М``, ``Х``, ``Ν``), the next word is of the twin's
script and two letters or longer (a preposition governs a word: ``C и``
is no Russian), and every Latin letter the text writes alone is such an
opener: one standing alone anywhere else (a label, a variable such as
``x``, an initial) keeps them all. Roman digits are left to the rules: ``I``
may be English's pronoun, ``C`` a programming language (``C был создан``),
and where the text swaps letters elsewhere the rules take ``C тех пор``.

    >>> repaired("Он уехал. B других системах иначе.")
    'Он уехал. В других системах иначе.'
    >>> repaired("Πέρασαν χρόνια. H συμφωνία υπογράφηκε.")
    'Πέρασαν χρόνια. Η συμφωνία υπογράφηκε.'
    >>> repaired("A равно B. C и C++ похожи.")
    'A равно B. C и C++ похожи.'
    >>> repaired("C был создан в 1972 году.")
    'C был создан в 1972 году.'
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from textclean._confusables import LOOKALIKES
from textclean._filters.homoglyphs import judge
from textclean._filters.homoglyphs.letters import CYRILLIC, GREEK, ROMAN_DIGITS, script_of
from textclean.changes import Change, apply_changes

if TYPE_CHECKING:
    from collections.abc import Iterator

_SCRIPT_LETTER = "\u0400-\u04ff\u0370-\u03ff\u1f00-\u1fff"  # Cyrillic, Greek and Greek Extended
# A Latin capital before a space and a letter of those scripts (alone: `_openers` looks
# back; a look-behind here would cost the pattern its fast scan for the capital).
_CANDIDATE = re.compile(rf"[A-Z] (?=[{_SCRIPT_LETTER}])")
# Any Latin letter standing alone: not beside a letter or digit on either side.
_ALONE = re.compile(r"(?<![^\W_])(?<!°)[A-Za-z](?![^\W_])")
_NEXT_WORD = re.compile(rf"[{_SCRIPT_LETTER}]+")
# What may stand between a sentence's end and its first word: spaces, opening quotes, a dash.
_OPENING = " \t\"'«„“‘(—–-"
_ENDS = ".!?…\n"
_LOOK_BACK = 8  # characters searched back for the end of the sentence before
FUNCTION_ZIPF = 6.5  # three in a thousand words: the one-letter words a script writes as words
_SHORTEST_NEXT = 2


def repaired(text: str) -> str:
    """``text`` with its Latin capitals opening sentences as their script's words put right."""
    found = changes(text)
    return apply_changes(text, found) if found else text


def changes(text: str) -> list[Change]:
    """One change for each Latin capital opening a sentence as its script's word (`repaired`)."""
    found = list(_openers(text))
    if not found:
        return []
    alone = sum(1 for _ in _ALONE.finditer(text))
    if alone != len(found):
        return []  # a Latin letter alone elsewhere: the text writes them as labels or variables
    return [
        Change(at, at + 1, text[at], twin, f"Latin capital opening a sentence as {twin}")
        for at, twin in found
    ]


def _openers(text: str) -> Iterator[tuple[int, str]]:
    for match in _CANDIDATE.finditer(text):
        at = match.start()
        letter = text[at]
        if letter in ROMAN_DIGITS or (at and text[at - 1].isalnum()):
            continue
        if not _opens_sentence(text, at):
            continue
        following = _NEXT_WORD.match(text, match.end())
        if following is None or len(following[0]) < _SHORTEST_NEXT:
            continue
        script = script_of(following[0][0])
        if script not in (CYRILLIC, GREEK) or text[following.end() : following.end() + 1].isalpha():
            continue  # the next word goes on in another script: a mixed word, for the rules
        twin = _function_twin(letter, script)
        if twin is not None:
            yield at, twin


def _opens_sentence(text: str, at: int) -> bool:
    """Whether only spaces, opening quotes or a dash stand between ``at`` and a sentence's end."""
    start = max(0, at - _LOOK_BACK)
    before = text[start:at].rstrip(_OPENING)
    return before[-1] in _ENDS if before else start == 0


@lru_cache(maxsize=64)
def _function_twin(letter: str, script: str) -> str | None:
    """The twin of ``letter`` in ``script`` where that is a function word of its languages."""
    twin = LOOKALIKES[script].get(letter)
    if twin is None or judge.own_reading(twin, script).zipf < FUNCTION_ZIPF:
        return None
    return twin
