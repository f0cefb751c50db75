"""remove_control_chars, normalize_unicode and transliterate."""

import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from textclean._filters.unicode import NormalizeUnicode, remove_control_chars, transliterate


class TestRemoveControlChars:
    @pytest.mark.parametrize(
        ("dirty", "clean"),
        [
            ("a\x00b\x07c\x1bd\x7fe", "abcde"),
            ("\ufeffTitle", "Title"),
            ("zero\u200bwidth\u2060joined", "zerowidthjoined"),
            ("soft\u00adhyphen", "softhyphen"),
            ("c1\x9bcontrol", "c1control"),
            ("Latin\u200dword", "Latinword"),
            ("lone \ud800 surrogate", "lone \ufffd surrogate"),
        ],
    )
    def test_removes_stray_characters(self, dirty, clean):
        """Controls, BOM and stray zero-width characters go."""
        assert remove_control_chars(dirty) == clean

    @pytest.mark.parametrize(
        "kept",
        [
            "tab\tand\nnewline\r\nand\u2028separators\x85",
            "\N{MAN}\u200d\N{WOMAN}\u200d\N{GIRL}",  # emoji family sequence
            "\N{WOMAN}\N{EMOJI MODIFIER FITZPATRICK TYPE-4}\u200d\N{PERSONAL COMPUTER}",
            "\N{RAINBOW}\u200d\N{RAINBOW}",
            "می\u200cخواهم",  # Persian needs the zero-width non-joiner
            "क्\u200dष",  # Devanagari half form needs the joiner
        ],
    )
    def test_keeps_needed_characters(self, kept):
        """Tabs, line breaks and joiners in emoji, Persian and Indic text stay."""
        assert remove_control_chars(kept) == kept

    def test_output_encodes_as_utf8(self):
        """Lone surrogates never survive, so the result always encodes."""
        remove_control_chars("\udfff\ud83d x").encode("utf-8")

    @pytest.mark.parametrize(
        "kept",
        [
            "សាធារណ\u200bរដ្ឋ\u200bអ៊ីតាលី",  # Khmer: the words of a country's name
            "ทดสอบ\u200bภาษาไทย",  # Thai
            "ສາທາລະນະລັດ\u200bປະຊາທິປະໄຕ",  # Lao
            "မြန်မာ\u200bနိုင်ငံ",  # Myanmar
            "ខាងជើង\u200b",  # at the end of a line, after the last word
        ],
    )
    def test_keeps_word_ends_of_spaceless_scripts(self, kept):
        """A zero-width space next to Thai, Lao, Khmer or Myanmar letters marks a word's end."""
        assert remove_control_chars(kept) == kept

    @given(
        st.lists(
            st.tuples(
                st.text(st.sampled_from("កខគឃងាិ្ทยาລາမြ"), min_size=1, max_size=6),
                st.text(st.sampled_from("\u200ba \x00"), max_size=3),
            ),
            max_size=8,
        )
    )
    @example([("ក", "\u200b\u200b\u200b")])
    def test_zero_width_space_kept_beside_letters_only(self, pieces):
        """Every zero-width space stays where a neighbour is such a letter, and no other; twice is once."""
        text = "".join(word + between for word, between in pieces)
        cleaned = remove_control_chars(text)
        assert remove_control_chars(cleaned) == cleaned
        spaceless = "".join(word for word, _ in pieces)
        kept = [
            i
            for i, c in enumerate(text)
            if c == "\u200b"
            and (
                (i and text[i - 1] in spaceless) or (i + 1 < len(text) and text[i + 1] in spaceless)
            )
        ]
        assert cleaned.count("\u200b") == len(kept)
        assert cleaned.replace("\u200b", "") == text.replace("\u200b", "").replace("\x00", "")


class TestNormalizeUnicode:
    def test_nfc_composes(self):
        """NFC turns a base letter and combining accent into one character."""
        assert NormalizeUnicode("NFC")("e\u0301") == "é"

    def test_nfc_keeps_compatibility_characters(self):
        """NFC does not fold ligatures or superscripts."""
        assert NormalizeUnicode("NFC")("ﬁ x²") == "ﬁ x²"

    def test_nfkc_folds(self):
        """NFKC folds ligatures, superscripts and fullwidth forms."""
        assert NormalizeUnicode("NFKC")("ﬁ x² ＡＢ") == "fi x2 AB"


class TestTransliterate:
    def test_to_ascii(self):
        """Non-ASCII text becomes its ASCII transliteration."""
        assert transliterate("Борис ate crème brûlée") == "Boris ate creme brulee"

    def test_ascii_unchanged(self):
        """ASCII text is returned as is."""
        assert transliterate("plain") == "plain"


# Characters normalization acts on in context: combining marks (one with a
# second half that composes, U+0344 that decomposes into two), Hangul jamo
# that compose by rule, starters that compose with the character before them
# (Kannada, Bengali vowel signs), halfwidth voiced marks that NFKC turns into
# combining ones, compatibility forms, an ellipsis, Greek with tonos, and the
# letters they may join.
NORMALIZING = st.sampled_from(
    [
        *"e\u0301\u0308\u0327\u0344\u0323\u0302\u1100\u1161\u11a8\uac00\u0cbf\u0cd5\u0cc6",
        *"\u09c7\u09be\u09d7\uff76\uff9e\uff9f\u30ab\u3099ﬁ²…\u03ac\u03b1\u1f71Åå\u212b\u0f73",
        *"\u0439\u0438\u0306\u0301a \n",
    ]
)
NORMALIZING_TEXT = st.lists(
    st.one_of(NORMALIZING, st.characters(exclude_categories=())), max_size=60
).map("".join)


@given(NORMALIZING_TEXT, st.sampled_from(["NFC", "NFKC"]))
@example("\u0438" + "x" * 40 + "\u0306", "NFC")  # one mark, far from the next
@example("\u30ab\uff9e", "NFKC")  # a stable letter, then a mark NFKC makes combining
def test_normalizing_pieces_is_normalizing_the_text(text, form):
    """Normalizing only the pieces around unstable characters gives unicodedata's result."""
    assert NormalizeUnicode(form)(text) == unicodedata.normalize(form, text)
