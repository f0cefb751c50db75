"""normalize_whitespace."""

import re
import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textclean._filters.whitespace import NormalizeWhitespace, normalize_whitespace
from textclean.changes import apply_changes
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
            ("a\n b\nc", "a\nb\nc"),
            ("  quoted\n  text\n", "quoted\ntext"),
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
    """The filter's rules as plain substitutions and textwrap.dedent, one line at a time."""
    text = re.sub(f"\r\n|[{LINE_BREAKS}]", "\n", text)
    text = re.sub(r"[^\S\n\t ]", " ", text)
    text = re.sub(r"[ \t]+$", "", text, flags=re.MULTILINE)
    lines = textwrap.dedent(text).split("\n")
    first = next((i for i, line in enumerate(lines) if line), None)
    for i, line in enumerate(lines):
        indent = re.match(r"[ \t]*", line)[0]
        if i == first or indent in {"", " "}:
            lines[i] = re.sub(" {2,}", " ", line[len(indent) :])
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return text.strip("\n")


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
    """The shortcuts and the line-by-line path give what the plain rules give."""
    assert normalize_whitespace(text) == _reference(text)


_LINE = st.text(st.sampled_from("ab =#"), min_size=1, max_size=12).map(str.strip).filter(bool)
# A block: (extra indentation, line) pairs, each line indented by 0, 2, 4 or 8.
_BLOCK = st.lists(st.tuples(st.sampled_from([0, 2, 4, 8]), _LINE), min_size=1, max_size=8)


class TestIndentation:
    def test_keeps_a_code_block(self):
        """A Markdown code block and a nested list keep their indentation."""
        text = "Install:\n\n    pip install x\n    x --help\n\n- item\n  - nested\n    - deeper"
        assert normalize_whitespace(text) == text

    def test_keeps_aligned_spaces_inside_an_indented_line(self):
        """Runs of spaces inside an indented line stay (aligned code); elsewhere they collapse."""
        text = "Code  here:\n    x   = 1\n    foo = 2"
        assert normalize_whitespace(text) == "Code here:\n    x   = 1\n    foo = 2"

    def test_dedents_a_shared_indentation(self):
        """An indentation every line shares goes; the lines' relative indentation stays."""
        assert normalize_whitespace("    def f():\n        return 1\n") == "def f():\n    return 1"

    @given(_BLOCK, st.sampled_from(["", "  ", "\t", "   "]))
    def test_structured_block_keeps_its_relative_indentation(self, block, margin):
        """Each line keeps its indentation beyond the least indented line's, whatever the margin."""
        text = "\n".join(margin + " " * extra + line for extra, line in block)
        low = min(extra for extra, _ in block)
        expected = [re.sub(" +", " ", block[0][1])] + [
            " " * (extra - low) + line if extra > low else re.sub(" +", " ", line)
            for extra, line in block[1:]
        ]
        assert normalize_whitespace(text) == "\n".join(expected)

    @given(st.lists(_LINE, min_size=1, max_size=8), st.sampled_from([" ", "  ", "    ", "\t"]))
    def test_uniformly_indented_text_is_dedented(self, lines, margin):
        """A text whose every line has the same indentation comes back with none."""
        text = "\n".join(margin + line for line in lines)
        assert normalize_whitespace(text) == "\n".join(re.sub(" +", " ", line) for line in lines)


class TestExplain:
    @given(_LAYOUT)
    def test_changes_replay_to_the_output(self, text):
        """The explained changes, replayed on the input, give the filter's output."""
        fixed, changes = NormalizeWhitespace().explain(text)
        assert fixed == normalize_whitespace(text)
        assert apply_changes(text, changes) == fixed

    @pytest.mark.parametrize(
        ("text", "reason"),
        [
            ("a\r\nb", "line breaks (CR, CRLF, NEL, U+2028, U+2029) to \\n"),
            ("a\u00a0b", "odd spaces (NO-BREAK SPACE) to plain spaces"),
            ("a  b", "a run of spaces inside an unindented line, collapsed to one"),
            ("a \nb", "spaces and tabs at a line end"),
            ("a\n\n\n\nb", "blank lines beyond one between paragraphs"),
            ("a\n b", "a lone space at a line start, not taken for indentation"),
        ],
    )
    def test_reason_says_which_rule(self, text, reason):
        """Each change's reason names the rule that made it."""
        _, changes = NormalizeWhitespace().explain(text)
        assert [change.reason for change in changes] == [reason]

    def test_dedent_is_explained(self):
        """Removing a shared indentation says so, with its width."""
        _, changes = NormalizeWhitespace().explain("  a\n  b")
        assert changes[-1].reason == (
            "indentation every line shares (2 characters), removed as textwrap.dedent does"
        )
