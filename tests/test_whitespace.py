"""normalize_whitespace."""

import pytest

from textclean._filters.whitespace import normalize_whitespace


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
