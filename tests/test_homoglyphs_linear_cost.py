r"""
fix_homoglyphs' passes in Python look at what may change, not at every word: counted, never timed.

A large document is nearly sure to hold one rare word somewhere (a mixed
word with an accent, a Latin word of twins in Cyrillic text). Where such a
word let a step in and the step then walked every word of the text in
Python, s/MB grew with the size (English with Cyrillic twins: 0.2 s/MB at
10 KB, 1.5 at 10 MB). Each test counts the words a step looks at, for one
such word in 10 KB and in 1 MB of text around it, and checks that the answers
are the ones a walk over every word gives.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from textclean._filters.homoglyphs import accents
from textclean._filters.homoglyphs.letters import WORD

SMALL = 10_000
# English with a Cyrillic twin in every tenth word, and no accented letter.
_TO_CYRILLIC = str.maketrans("aeopcx", "аеорсх")
_ENGLISH = (
    "The ferry left the harbour an hour late, and the passengers waited on the pier, "
    "talking about the weather and the price of tickets. By noon the fog had lifted "
    "and a pale autumn sun stood over the roofs of the old town. "
)
_SWAPPED = " ".join(
    word.translate(_TO_CYRILLIC) if number % 10 == 0 else word
    for number, word in enumerate(_ENGLISH.split(" "))
)
# A Russian word with a stressed Latin o (NFC joins it with the mark into ó).
_STRESSED = unicodedata.normalize("NFC", "Кoзлo\N{COMBINING ACUTE ACCENT}в")


def _sized(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _counting(monkeypatch: Any, module: Any, name: str) -> list[int]:
    """Count the calls of ``module.name`` (put back by ``monkeypatch``)."""
    calls = [0]
    function = getattr(module, name)

    def counted(*args: Any) -> Any:
        calls[0] += 1
        return function(*args)

    monkeypatch.setattr(module, name, counted)
    return calls


class TestAccentedWords:
    def test_words_looked_at_do_not_grow_with_the_text(self, monkeypatch: Any) -> None:
        """One stressed word and English with twins around it: 10 KB and 1 MB look at it alone."""
        calls = _counting(monkeypatch, accents, "_stressed_letter")
        looked = []
        for size in (SMALL, 100 * SMALL):
            calls[0] = 0
            split = accents.decomposed(_STRESSED + " пришёл. " + _sized(_SWAPPED, size))
            assert split is not None
            assert split.text.startswith("Кoзлo\N{COMBINING ACUTE ACCENT}в")
            looked.append(calls[0])
        assert looked == [1, 1]

    def test_accented_words_are_looked_at_once_each(self, monkeypatch: Any) -> None:
        """Each word holding an accented letter is looked at once, the others never."""
        calls = _counting(monkeypatch, accents, "_stressed_letter")
        text = f"{_STRESSED} и café, naïve × 2, {_STRESSED}ов ÷ Ólafur"
        assert accents.decomposed(text) is not None
        assert calls[0] == 5

    @given(st.text(alphabet="aoрзКxó\N{COMBINING ACUTE ACCENT}×é -", max_size=40))
    @example(_STRESSED + " café")
    @example("x\N{COMBINING ACUTE ACCENT}ó" + "зз")
    def test_the_words_of_every_word_walked(self, text: str) -> None:
        """The same words taken apart as looking at every word WORD cuts."""
        assert _spans(accents.decomposed(text)) == _spans(_decomposed_by_every_word(text))


def _spans(split: accents.Decomposed | None) -> Any:
    return None if split is None else (split.text, split.clusters)


def _decomposed_by_every_word(text: str) -> accents.Decomposed | None:
    """`accents.decomposed` as it was: `_stressed_letter` asked of every word of the text."""
    if accents._MIXED_WITH_ACCENT.search(text) is None:
        return None
    parts: list[str] = []
    clusters: list[tuple[int, int]] = []
    length = pos = 0
    for word in WORD.finditer(text):
        if (found := accents._stressed_letter(word[0])) is None:
            continue
        at = word.start() + found[0]
        parts.append(text[pos:at])
        length += at - pos
        clusters.append((length, length + len(found[1])))
        parts.append(found[1])
        length += len(found[1])
        pos = at + 1
    if not clusters:
        return None
    parts.append(text[pos:])
    return accents.Decomposed("".join(parts), tuple(clusters))
