"""remove_boilerplate's shortcuts between readings and in named_bios give what the full work gives."""

from __future__ import annotations

import itertools

from hypothesis import example, given
from hypothesis import strategies as st

from textclean._filters.boilerplate import _kept_lines
from textclean._filters.boilerplate.bios import _MAX_NAMED_BIOS, _NAMED_BIO, _named_pairs
from textclean._filters.boilerplate.blocks import Line
from textclean._filters.boilerplate.kinds import marked_kind

# Lines that make or nearly make a name and its bio, marks of a text that is
# no page, and the blank and odd lines between them.
_LINES = [
    "Inga Buller",
    "  Inga Buller\t",
    "Inga Buller ist Head of Social bei CHIP und schreibt über Apps.",
    "Dr. Inga Buller is a professor of botany.",
    "Dr.-Ing. Inga Buller works at the lab.",
    "Inga Buller Is Here",
    "Arne Roe",
    "Arne Roe is a reporter.",
    "Mary Jane Watson Parker",
    "Mary Jane Watson Parker writes about cities.",
    "Photo: AP",
    "Share this",
    "The council met on Tuesday and voted to keep the library open.",
    "",
    " ",
    "\t",
    "\N{NO-BREAK SPACE}",
    "=====",
    "-----",
    "```",
    "<p>",
    "<b>bold</b> and <i>it</i> and <u>under</u>",
    "From: Jane",
    "Subject: the plan",
    ".. image:: x.png",
    "Welcome, ${user_name}!",
]
_TEXTS = st.lists(
    st.one_of(st.sampled_from(_LINES), st.text(alphabet="Ab .:=\t", max_size=12)),
    max_size=14,
)


def _content(lines: list[str]) -> list[Line]:
    return [
        Line(index, raw.strip(), 0, True, None, None)  # noqa: FBT003
        for index, raw in enumerate(lines)
        if raw.strip()
    ]


class TestNamedPairs:
    @given(_TEXTS)
    def test_the_pairs_a_search_of_the_whole_text_finds(self, lines: list[str]) -> None:
        """Trying the pattern at lines of a few words finds what finditer over the text finds."""
        text = "\n".join(lines)
        whole = [
            (text.count("\n", 0, found.start()), text.count("\n", 0, found.start("bio")))
            for found in itertools.islice(_NAMED_BIO.finditer(text), _MAX_NAMED_BIOS + 1)
        ]
        assert _named_pairs(text, lines, _content(lines)) == whole


class TestLaterReadings:
    @given(_TEXTS, st.sets(st.integers(0, 13)))
    @example(["<p>", "Title", "", "Share this", "", "====="], {3})
    def test_a_page_stays_a_page_when_lines_go(self, lines: list[str], gone: set[int]) -> None:
        """A text with no mark of no page keeps none once lines go and the blank lines they leave."""
        text = "\n".join(lines)
        removed = {
            index: "removed" for index in gone if index < len(lines) and lines[index].strip()
        }
        keep, _ = _kept_lines(lines, removed)
        kept = "\n".join(itertools.compress(lines, keep))
        if marked_kind(text) is None:
            assert marked_kind(kept) is None
