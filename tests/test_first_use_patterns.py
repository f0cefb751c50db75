"""Patterns shared to spare a new process's compiles find what the patterns they replace found."""

from hypothesis import example, given
from hypothesis import strategies as st

from textclean._filters.homoglyphs import settled
from textclean._filters.homoglyphs.letters import marks

# Greek and Cyrillic letters with Latin twins and without, a combining mark,
# a letter beyond the basic plane, digits, spaces and punctuation: runs of
# letters stand whole, or beside other letters, marks or signs.
_TWIN_LETTERS = "ΗΟΥοΑΚΤаосА"
_CHARS = _TWIN_LETTERS + "λπжд" + marks()[:2] + "\U0001d400" + "xo7 ,.\n«»-"


def _placed_spans(letters: str, words: set[str], text: str) -> list[tuple[int, int]]:
    """What `_twins_stay` keeps of a pattern's runs: the spans of the placed words."""
    runs = settled._whole_letters(letters).all_spans(text)
    return [(start, end) for start, end in runs if text[start:end] in words]


@example("ο-ο", {"ο"}, "")
@example("ο-ο Ο,Ηο λο", {"ο", "Ο"}, "Ηλ")
@given(
    st.text(st.sampled_from(_CHARS), max_size=60),
    st.sets(st.text(st.sampled_from(_TWIN_LETTERS), min_size=1, max_size=3), min_size=1),
    st.text(st.sampled_from(_TWIN_LETTERS + "λж"), max_size=6),
)
def test_letters_placed_before_find_the_same_words(text, words, before):
    """A pattern of more letters (those placed before too) finds the placed words, in order."""
    exact = "".join(sorted(set("".join(words))))
    more = "".join(sorted(set(exact + before)))
    assert _placed_spans(more, words, text) == _placed_spans(exact, words, text)


def test_placed_letters_grow_to_one_pattern():
    """Each set of words asks for the letters met so far: a subset compiles nothing new."""
    first = settled._placed_letters({"Ο", "ο"})
    assert set(first) >= {"Ο", "ο"}
    assert settled._placed_letters({"ο"}) == first
    grown = settled._placed_letters({"Η"})
    assert set(grown) == set(first) | {"Η"}
