"""
`lexicon.best_language` where one language knows the most words: its share, without ranking.

The shortcut (`lexicon._alone_first`) skips looking every word up again for
its frequency, which only breaks ties; it rests on every word the index
lists having a frequency above 0, so that the words the ranking would count
are those already counted.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textclean import lexicon

# Words of the Cyrillic languages and of English, common and rare, shared and
# not, with a few no language lists: samples where one language leads, and ties.
_WORDS = [
    "и", "не", "что", "это", "был", "язык", "сегодня", "їх", "є", "це", "і", "мова",
    "се", "на", "да", "съм", "който", "што", "јас", "е", "the", "house", "of",
    "Python", "ghbdtn", "ыыы", "",
]  # fmt: skip
_CANDIDATES = [("ru", "uk", "bg", "mk"), ("ru", "uk"), ("en", "ru"), ("uk",), None]


def test_every_listed_word_has_a_frequency_above_zero() -> None:
    """The premise of the shortcut: no index line gives a language a level of Zipf 0."""
    index = lexicon._index()
    zero = bytes([lexicon._LEVEL_BASE])
    # The body may be the file memory-mapped, its header first: the keys' lines
    # start where the first sampled key's does.
    for line in bytes(index.body[index.starts[0] :]).split(b"\n"):
        if line:
            levels = line.partition(b"\t")[2][lexicon._MASK_DIGITS :]
            assert zero not in levels, line


@given(st.lists(st.sampled_from(_WORDS), max_size=30), st.sampled_from(_CANDIDATES))
def test_the_shortcut_gives_what_ranking_gives(words: list[str], candidates: object) -> None:
    """The same language and share with the shortcut as with every language ranked."""
    assert candidates is None or isinstance(candidates, tuple)
    quick = lexicon.best_language(words, candidates)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(lexicon, "_alone_first", lambda *_: None)
        ranked = lexicon.best_language(words, candidates)
    assert quick == ranked


def test_one_language_leading_is_told_at_once() -> None:
    """A Ukrainian sample: Ukrainian alone knows the most, with its share of the words."""
    words = ["їх", "це", "мова", "є", "ghbdtn"]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(lexicon, "_TABLES", {})
        assert lexicon._alone_first(("ru", "uk"), [1, 4], 4) == "uk"
        assert lexicon._alone_first(("ru", "uk"), [4, 4], 4) is None  # a tie: ranks tell
        patch.setattr(lexicon, "_TABLES", {"uk": {}})
        assert lexicon._alone_first(("ru", "uk"), [1, 4], 4) is None  # its table is loaded
    found, share = lexicon.best_language(words, ("ru", "uk", "bg", "mk"))
    assert found == "uk"
    assert share == pytest.approx(4 / 5)
