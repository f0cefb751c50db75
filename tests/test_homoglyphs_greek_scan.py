"""
The sparse path's scan for hard words on Greek text: tried at its words, not at every letter.

`sparse._candidate_matches` tries the hard-word pattern, in Python, at each
place its `_starts` pattern finds. A Greek letter begins two of the pattern's
alternatives (science tokens such as ``NF-κB``, Greek by a digit), so every
letter of Greek text was such a place. Counted, never timed.
"""

from __future__ import annotations

import regex
from test_homoglyphs_kept_anywhere import PROSE

from textclean._filters.homoglyphs.letters import CYRILLIC, GREEK
from textclean._filters.homoglyphs.sparse import _candidate_matches, _candidates, find_hard

_WORD_START = regex.compile(r"\b\w")


def test_greek_prose_is_tried_at_its_words_only() -> None:
    """Places tried: a word's first letter, and the matches (letters the lexicon weighs: ``ι``)."""
    text = PROSE["el"]
    pattern, starts = _candidates(GREEK, "")
    found = [match.span() for match in _candidate_matches(text, GREEK, "")]
    assert found == [match.span() for match in pattern.finditer(text)]
    assert found  # its Latin words (Instagram, party), its iotas
    tried = len(starts.findall(text))
    assert tried <= len(_WORD_START.findall(text)) + len(found)
    assert tried < sum(c.isalpha() for c in text) // 3  # was nearly every letter


# A Greek letter before a capital, or before a digit in its word, begins a match.
_TOKENS = {
    "NF-κB": ["NF", "κB"],
    "IL2Rγc": ["IL", "Rγ"],
    "βeta2": ["β"],
    "το α1": ["α"],
    "η κB": ["κB"],
    "αβγ 5": [],
}


def test_science_tokens_and_greek_by_digits_are_still_tried() -> None:
    """The matches that begin at a Greek letter are found, as finditer finds them."""
    pattern, _ = _candidates(GREEK, "")
    for text, expected in _TOKENS.items():
        found = [match[0] for match in _candidate_matches(text, GREEK, "")]
        assert found == [match[0] for match in pattern.finditer(text)] == expected, text


def test_words_of_the_scripts_own_letters_are_not_hard() -> None:
    """
    A word of the script's own letters is no hard word, though it holds a letter of two readings.

    Greek ``ι`` (read i or l in Latin) made nearly every other word of Greek
    text a hard word, each decided to nothing; a word mixing it with Latin
    letters (``Lιnux``) is one still, and so are science tokens.
    """
    greek = "Η πόλη είναι μικρή, και ο Lιnux τρέχει στο IL2Rγc. Ιδού."
    assert [greek[a:b] for a, b in find_hard(greek, GREEK, "")] == ["Lιnux", "IL", "Rγc"]
    ukrainian = "ІНШІ слова і Іван, а Іnternet тут."
    assert [ukrainian[a:b] for a, b in find_hard(ukrainian, CYRILLIC, "")] == ["Іnternet"]
