"""The pipeline's scan: which characters a text holds, as the gates need them."""

import re

from hypothesis import example, given
from hypothesis import strategies as st

from textclean.scan import (
    _ALPHABETS,
    chars_matching,
    code_points,
    non_plain,
    notable_chars,
    utf8_of,
)

CYRILLIC = [chr(c) for c in range(0x400, 0x460)]
GREEK = [chr(c) for c in range(0x370, 0x400)]
# Other letters whose UTF-8 shares nothing or only continuation bytes with
# those alphabets (accented Latin, Armenian, Hebrew), the letters the scan
# keeps exact ("ЂВГРСΒΓΞΟ"), and what the scan treats apart.
NEAR = [*"áéíóúąęłńśźżőűčřšžßçñ", *"ԱաՀ", *"אב", *"ЂВГРСΒΓΞΟ", "&", "\ud800", "\x00", " ", "\n"]
CHARS = st.one_of(
    st.sampled_from(CYRILLIC), st.sampled_from(GREEK), st.sampled_from(NEAR), st.characters()
)
# Over 64 characters outside plain ASCII, so the alphabets' shortcut is taken.
LONG_TEXT = st.lists(CHARS, min_size=65, max_size=300).map("".join)
TEXT = st.one_of(st.lists(CHARS, max_size=80).map("".join), LONG_TEXT)
ALPHABET_LETTERS = frozenset().union(*(letters for _, letters, _ in _ALPHABETS))


class TestNotableChars:
    @given(TEXT)
    @example("ą" * 70)
    @example("ą" * 70 + "Ж")
    @example("é" * 70 + "Ξ")
    def test_exact_but_for_whole_alphabets(self, text):
        """Every character outside plain ASCII is there; anything more is a whole alphabet."""
        exact = set(non_plain(text))
        chars = notable_chars(text)
        assert exact <= chars
        extra = chars - exact
        assert extra <= ALPHABET_LETTERS
        for _, letters, _ in _ALPHABETS:
            if extra & letters:
                assert letters <= chars
                assert exact & letters  # added only where a letter of it is there

    @given(st.lists(st.sampled_from(NEAR), min_size=65, max_size=200).map("".join))
    def test_exact_without_cyrillic_or_greek(self, text):
        """Accented Latin and other scripts, skipping the alphabets' patterns, come out exact."""
        assert notable_chars(text) == frozenset(non_plain(text))


class TestUtf8Of:
    @given(st.lists(TEXT, min_size=1, max_size=3))
    def test_the_bytes_of_each_text_asked(self, texts):
        """Texts asked in turn, equal or not, each come back as its own UTF-8."""
        for text in texts + texts[:1]:
            assert utf8_of(text) == text.encode("utf-8", "surrogatepass")


class TestCharsMatching:
    def test_a_class_as_a_set(self):
        """The characters a one-character pattern matches, flags included."""
        assert chars_matching(re.compile("[a-c]")) == frozenset("abc")
        assert chars_matching(re.compile("[a-c]", re.IGNORECASE)) >= frozenset("abcABC")

    def test_equal_patterns_share_one_answer(self):
        """A pattern asked for again is answered from memory, not by another pass."""
        first = chars_matching(re.compile("[x-z]"))
        assert chars_matching(re.compile("[x-z]")) is first


class TestCodePoints:
    @given(st.integers(0, 0x110000), st.integers(0, 0x110000))
    @example(0, 0x20000)
    @example(0xD7F0, 0xE010)
    @example(0x1FFF0, 0x20010)
    def test_as_one_character_a_code_point(self, start, stop):
        """The characters of the range, surrogates included, as one made by chr per code point."""
        assert code_points(start, stop) == "".join(map(chr, range(start, stop)))
