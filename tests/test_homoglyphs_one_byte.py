"""fix_homoglyphs' sparse path on Cyrillic and Greek text read as one byte a character."""

import random

from homoglyph_sets import CYRILLIC_TO_LATIN, genuine, part, swap
from hypothesis import given
from hypothesis import strategies as st

from textclean._filters.homoglyphs import _givers_up_to, _sparse_repair, fix_homoglyphs
from textclean._filters.homoglyphs.foreign import word_finder
from textclean._filters.homoglyphs.letters import CYRILLIC, GREEK, LATIN, scripts_present
from textclean._filters.homoglyphs.sparse import (
    GIVEN,
    distinct_bytes,
    giver_count,
    one_byte,
    others_of,
)
from textclean.scan import non_plain, notable_chars

# Characters Windows-1251 and -1253 hold (Russian, Ukrainian, Serbian letters;
# Greek letters; their quotes, dashes, the numero sign), and some they do not
# (a stress mark, Armenian, Latin with accents, a surrogate, a control).
_ONE_BYTE_PIECES = [
    *"приветмиржизньїєґўђљњћџ",
    *"ПРИВЕТЇЄЂ",
    *"αβγδεζηθλμνξπσςτφψωάέή",
    *"ΑΒΓΔΩΆ",
    *"aceopxyBHKMOPTtnkdzgl",
    *"«»„“”—–…№‰•·±°§©",
    *"0123456789 ,.;:!?-_&'\"()=|/\t\n\r\x00\x7f\u00a0",
]
_OTHER_PIECES = ["\u0301", "ա", "é", "ż", "\ud800", "\u200b", "数", "\U0001d41a", "ı", "ӏ", "І"]


@st.composite
def _mixed_script_texts(draw: st.DrawFn) -> str:
    """Text of the pieces above, now and then with a character no one-byte code page holds."""
    text = draw(st.lists(st.sampled_from(_ONE_BYTE_PIECES), max_size=60).map("".join))
    if draw(st.booleans()):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(_OTHER_PIECES)) + text[at:]
    return text


@given(st.binary(max_size=600))
def test_distinct_bytes_are_the_set_of_bytes_in_order(data):
    """Two deletions in C give the sorted set of a text's bytes."""
    assert distinct_bytes(data) == bytes(sorted(set(data)))


class TestOneByte:
    @given(_mixed_script_texts())
    def test_others_are_non_plain_characters(self, text):
        """The distinct characters read from a text's one-byte bytes are those of `non_plain`."""
        assert others_of(text, one_byte(text)) == frozenset(non_plain(text))

    @given(
        st.lists(st.sampled_from(_ONE_BYTE_PIECES), min_size=50, max_size=400).map("".join),
        st.lists(st.sampled_from(_OTHER_PIECES), min_size=1, max_size=6),
        st.randoms(use_true_random=False),
    )
    def test_others_beside_a_page_are_non_plain_characters(self, text, others, rng):
        """A long text no one-byte page holds whole (stress marks) gives `non_plain`'s characters."""
        for piece in others:
            at = rng.randint(0, len(text))
            text = text[:at] + piece + text[at:]
        assert others_of(text, None) == frozenset(non_plain(text))

    @given(_mixed_script_texts())
    def test_giver_counts_agree(self, text):
        """Letters giving each script away, counted over bytes, are the letters counted in the str."""
        view = one_byte(text)
        others = frozenset(non_plain(text))
        present = scripts_present(notable_chars(text), text)
        for script in GIVEN:
            assert giver_count(text, script, present, others, view) == giver_count(
                text, script, present, others
            )

    def test_code_pages(self):
        """Russian and Greek text read as one byte a character; a stress mark or mixed alphabets not."""
        assert one_byte("Привет, мир — «да»").codec == "cp1251"
        assert one_byte("Καλημέρα κόσμε").codec == "cp1253"
        assert one_byte("приве\u0301т") is None
        assert one_byte("мир και κόσμος") is None

    @given(_mixed_script_texts(), st.sampled_from([LATIN, CYRILLIC, GREEK]), st.integers(1, 9))
    def test_givers_counted_with_words_cut_by_re(self, text, script, most):
        """Words cut by `word_finder` give the count that WORD's give."""
        present = scripts_present(notable_chars(text), text)
        assert _givers_up_to(text, script, present, most, word_finder(text)) == _givers_up_to(
            text, script, present, most
        )


# Genuine Cyrillic and Greek documents of the tune part (glossaries, translations, quoted words, CLDR, Faker).
_GENUINE = [
    doc.original for doc in genuine() if part(doc.id) == "tune" and not doc.original.isascii()
]
_LATIN_WORDS = [" Python", " Erlang", " Java,", " NoSQL", " OTP", " XXII", " iPhone", " 5G", " C++"]


@given(
    st.sampled_from(_GENUINE),
    st.floats(0.0, 0.5),
    st.integers(0, 2**32),
    st.lists(
        st.sampled_from([*_LATIN_WORDS, " «о»", " — ", ": ", "\n", " = ", "\u0301"]), max_size=4
    ),
)
def test_sparse_path_agrees_on_cyrillic_with_latin_twins(text, rate, seed, inserts):
    """Cyrillic or Greek text with Latin twins, Latin names, quotes and separators: as the rules give."""
    rng = random.Random(seed)
    broken = swap(text, CYRILLIC_TO_LATIN, rate, rng)
    for insert in inserts:
        at = rng.randrange(len(broken) + 1)
        broken = broken[:at] + insert + broken[at:]
    if rng.random() < 0.3:
        broken = broken.replace("\n", " ")  # one line
    fast = _sparse_repair(broken)
    if fast is not None:
        assert fast == fix_homoglyphs.explain(broken)[0]
