"""normalize_whitespace."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textclean._filters.whitespace import normalize_whitespace
from textclean.chardata import LINE_BREAKS


class TestNormalizeWhitespace:
    @pytest.mark.parametrize(
        ("messy", "tidy"),
        [
            ("a\r\nb\rc\x85d\u2028e\u2029f", "a\nb\nc\nd\ne\nf"),
            ("no\u00a0break\u2009thin\u3000wide", "no break thin wide"),
            ("runs   of    spaces", "runs of spaces"),
            ("trailing  \nspaces\t\n", "trailing\nspaces"),
            ("   indented line", "indented line"),
            ("one\n\n\n\n\ntwo", "one\n\ntwo"),
            ("\n\n  start and end  \n\n", "start and end"),
            ("para one\n \npara two", "para one\n\npara two"),
        ],
    )
    def test_normalizes(self, messy, tidy):
        """Line breaks, spaces and blank lines are normalized."""
        assert normalize_whitespace(messy) == tidy

    def test_keeps_paragraphs_and_tabs(self):
        """Single line breaks, one blank line and inner tabs stay."""
        text = "Title\n\nLine one\nLine two\n\ncol1\tcol2"
        assert normalize_whitespace(text) == text


def _reference(text):
    """The filter's rules as five plain substitutions, the way it was first written."""
    text = re.sub(f"\r\n|[{LINE_BREAKS}]", "\n", text)
    text = re.sub(r"[^\S\n\t]{2,}|[^\S\n\t ]", " ", text)
    text = re.sub(r"[ \t]+$", "", text, flags=re.MULTILINE)
    text = re.sub(r"^ +", "", text, flags=re.MULTILINE)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n\t ")


_LAYOUT = st.lists(
    st.one_of(
        st.sampled_from(
            [" ", "  ", "\t", "\n", "\n\n\n", "\r\n", "\r", "\u00a0", "\u2028", "\x85"]
        ),
        st.sampled_from(["\u3000", "\x1f", "\x0b", "a", "word", "“q”", "é"]),
        st.characters(),
    ),
    max_size=30,
).map("".join)


@given(_LAYOUT)
def test_same_as_plain_substitutions(text):
    """The shortcuts for text without odd spaces give what the plain substitutions give."""
    assert normalize_whitespace(text) == _reference(text)
