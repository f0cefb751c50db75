"""diff_changes on many repeated lines (blank lines between paragraphs): linear, and replayable."""

import difflib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textclean import Cleaner, apply_steps, changes
from textclean.changes import apply_changes, diff_changes

PARAGRAPHS = 800


def paragraphs(space: str) -> str:
    return "\n\n".join(f"Paragraph {i} about the{space}harbour." for i in range(PARAGRAPHS))


def count_line_matchers(monkeypatch) -> list[int]:
    """Count difflib matchers built on lists of lines (the one that went cubic)."""
    built: list[int] = []
    matcher = difflib.SequenceMatcher

    def counting(isjunk=None, a="", b="", autojunk=True):
        if isinstance(a, list):
            built.append(len(a))
        return matcher(isjunk, a, b, autojunk)

    monkeypatch.setattr(changes.difflib, "SequenceMatcher", counting)
    return built


class TestRepeatedLines:
    def test_paragraphs_between_blank_lines_align_in_one_pass(self, monkeypatch):
        """800 paragraphs, each with a no-break space: one change a paragraph, no line matcher."""
        built = count_line_matchers(monkeypatch)
        old, new = paragraphs("\N{NO-BREAK SPACE}"), paragraphs(" ")
        found = diff_changes(old, new, "space")
        assert built == []
        assert [(change.before, change.after) for change in found] == [
            ("\N{NO-BREAK SPACE}", " ")
        ] * PARAGRAPHS
        assert apply_changes(old, found) == new

    def test_few_repeated_lines_keep_difflib(self, monkeypatch):
        """A text with few repeated lines is diffed by difflib's matcher, as before."""
        built = count_line_matchers(monkeypatch)
        old = "\n\n".join(f"Line {i}\N{NO-BREAK SPACE}here." for i in range(50))
        assert apply_changes(old, diff_changes(old, old.replace("\N{NO-BREAK SPACE}", " "), "r"))
        assert built == [99]

    def test_blank_lines_collapsed(self):
        """Runs of blank lines collapsed (sides of other lengths): replayable, blank lines only."""
        old = "\n\n\n\n".join(f"Paragraph {i}." for i in range(PARAGRAPHS))
        new = old.replace("\n\n\n\n", "\n\n")
        found = diff_changes(old, new, "whitespace")
        assert apply_changes(old, found) == new
        assert {change.after for change in found} == {""}
        assert all(set(change.before) == {"\n"} for change in found)

    @pytest.mark.parametrize("profile", ["default", "ascii"])
    def test_explain_replays(self, profile):
        """Cleaner.explain on the paragraphs: its steps replay to the cleaned text."""
        text = paragraphs("\N{NO-BREAK SPACE}café ")
        cleaned = Cleaner(profile).explain(text)
        assert apply_steps(text, cleaned.steps) == cleaned.text


LINES = st.lists(st.sampled_from(["\n", "a\n", "a b\n", "b\n", "a  b\n", "\u00a0\n", "c"]))


@settings(max_examples=200)
@given(LINES, LINES)
def test_one_pass_alignment_replays(monkeypatch_lines, other):
    """Any two texts of repeated lines, aligned in one pass: the changes replay."""
    old, new = "".join(monkeypatch_lines), "".join(other)
    limit = changes._MAX_EQUAL_LINE_PAIRS
    changes._MAX_EQUAL_LINE_PAIRS = 0
    try:
        found = diff_changes(old, new, "r")
    finally:
        changes._MAX_EQUAL_LINE_PAIRS = limit
    assert apply_changes(old, found) == new
