"""The explain view: line:column, code points, grouping by line, folded blank lines, JSON, colour, paging."""

import io
import json
import shlex
import sys

import pytest
from conftest import FIXTURES
from hypothesis import example, given
from hypothesis import strategies as st
from view_strategies import PIECES

from textclean import Cleaner
from textclean.errors import InputError
from textclean.explain_view import (
    SCHEMA,
    as_json,
    dumps,
    explanation,
    page,
    read_document,
    render,
    use_color,
)
from textclean.locate import locate

CLEANER = Cleaner()
CYRILLIC_A = "\N{CYRILLIC SMALL LETTER A}"


def view_of(text, cleaner=CLEANER):
    return explanation(text, cleaner.explain(text), source="doc.txt")


def items_of(view, name):
    return [
        item for step in view.steps if step.filter == name for g in step.lines for item in g.items
    ]


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


class TestPositions:
    def test_line_and_column_from_one(self):
        """A change on the second line is reported at its line and column, both from 1."""
        (item,) = items_of(view_of(f"first line\nsecond l{CYRILLIC_A}ne here"), "fix_homoglyphs")
        assert (item.line, item.column) == (2, 8)
        assert (item.end_line, item.end_column) == (2, 12)

    def test_crlf_counts_as_one_line_break(self):
        """CRLF and CR end lines as editors count them."""
        (item,) = items_of(view_of("a\r\nb\u200bc\rd"), "remove_control_chars")
        assert (item.line, item.column) == (2, 2)

    def test_later_filters_point_into_the_input(self):
        """A change by a later filter is located in the input, not in the text that filter saw."""
        text = "\u200b\u200bab  c"
        (item,) = items_of(view_of(text), "normalize_whitespace")
        # The filter saw "ab  c" and removed the space at offset 3; in the input it is offset 5.
        assert (item.start, item.column) == (5, 6)
        assert text[item.start] == " "

    def test_removed_line_points_at_the_line(self):
        """A removed boilerplate line, recorded with the line break before it, points at the line itself."""
        text = "Body text of the article here.\n\nSource link"
        (item,) = items_of(view_of(text), "remove_boilerplate")
        assert (item.line, item.column) == (3, 1)

    @given(st.one_of(PIECES, st.text(alphabet=st.sampled_from("ab \n\r\t\u00a0\u200b\u0430Ã©<>"))))
    @example("Th\u0430t  is it.\r\n\r\n\r\nSource link\n\nShare this:\n\n")
    def test_every_position_is_inside_the_input(self, text):
        """For any text, each shown change lies within the input, in order of its span."""
        view = view_of(text)
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        for step in view.steps:
            for group in step.lines:
                for item in group.items:
                    assert 0 <= item.start <= item.end <= len(text)
                    assert 1 <= item.line <= item.end_line <= len(lines)
                    assert 1 <= item.column <= len(lines[item.line - 1]) + 1
                    assert group.line == item.line

    @given(st.one_of(PIECES, st.text()))
    @example("\u200bTh\u0430t  w\u0430s\r\n\r\n\r\nit.\n\nSource link")
    def test_first_and_last_step_spans_are_exact(self, text):
        """The first step's changes map onto the input exactly, the last step's onto the output."""
        cleaned = CLEANER.explain(text)
        located = locate(cleaned)
        first = cleaned.steps[0].changes if cleaned.steps else ()
        last = cleaned.steps[-1].changes if cleaned.steps else ()
        for item in located[: len(first)]:
            assert text[item.start : item.end] == item.change.before
        for item in located[len(located) - len(last) :]:
            assert cleaned.text[item.out_start : item.out_end] == item.change.after
        for item in located:
            assert 0 <= item.start <= item.end <= len(text)
            assert 0 <= item.out_start <= item.out_end <= len(cleaned.text)


@given(st.one_of(PIECES, st.text()))
def test_any_text_renders(text):
    """Any text, lone surrogates included: the text and JSON views build and encode as UTF-8."""
    view = view_of(text)
    render(view, color=True).encode("utf-8")
    json.loads(dumps(as_json(view)))


class TestCodePoints:
    def test_look_alike_letter(self):
        """A Cyrillic letter for a Latin one shows the code point, as in `а U+0430 → a`."""
        (item,) = items_of(view_of(f"Th{CYRILLIC_A}t is it."), "fix_homoglyphs")
        assert item.code_points == ([f"{CYRILLIC_A} U+0430"], ["a"])
        assert f"{CYRILLIC_A} U+0430 → a" in render(view_of(f"Th{CYRILLIC_A}t is it."))

    def test_invisible_characters_by_name(self):
        """Invisible characters are named: a zero-width space, a no-break space."""
        view = view_of("one\u200btwo\u00a0three")
        (zero_width,) = items_of(view, "remove_control_chars")
        (space,) = items_of(view, "normalize_whitespace")
        assert zero_width.code_points == (["U+200B ZERO WIDTH SPACE"], [])
        assert space.code_points == (["U+00A0 NO-BREAK SPACE"], ["U+0020 SPACE"])

    def test_lone_surrogate(self):
        """A lone surrogate is named as such."""
        (item,) = items_of(view_of("a\ud800b"), "remove_control_chars")
        assert item.code_points == (["U+D800 lone surrogate"], ["\ufffd U+FFFD"])

    def test_long_rewrites_name_a_few_characters(self):
        """A long change names each notable character once, a few at most."""
        view = view_of(("one\u00a0two " * 3000).strip())  # one line, rewritten whole
        (item,) = items_of(view, "normalize_whitespace")
        assert len(item.before) > 20000
        assert item.code_points == (["U+00A0 NO-BREAK SPACE"], ["U+0020 SPACE"])
        view = view_of(("one\u00a0\u2003two  " * 3000).strip())  # lengths differ
        (item,) = items_of(view, "normalize_whitespace")
        assert item.code_points == (["U+00A0 NO-BREAK SPACE", "U+2003 EM SPACE"], [])

    def test_visible_repairs_show_no_code_points(self):
        """Before and after that look different (mojibake repaired) need no code points."""
        (item,) = items_of(view_of("caf\u00c3\u00a9 ok"), "fix_encoding")
        assert item.code_points is None


class TestContext:
    def test_short_changes_shown_in_their_line(self):
        """A short change is shown with the line's text around it, the change marked."""
        view = view_of("He said \u201choax\u201d in a plan.", Cleaner("ml"))
        text = render(view)
        assert 'in "He said [\u201c]hoax\u201d in a plan."' in text
        (first, _) = items_of(view, "normalize_punctuation")
        assert first.context == ("He said ", "hoax\u201d in a plan.")

    def test_context_stays_on_its_line_and_is_cut(self):
        """Context stops at line ends and is cut to a few words on each side."""
        view = view_of("first line\n" + "x" * 40 + "\u200b" + "y" * 40 + "\nlast")
        (item,) = items_of(view, "remove_control_chars")
        assert item.context == ("x" * 24, "y" * 24)
        assert 'in "…' + "x" * 24 + "[\\u200b]" + "y" * 24 + '…"' in render(view)


class TestGrouping:
    def test_changes_on_one_line_form_one_group(self):
        """Two mixed-script words on one line: one group, the shared reason said once."""
        view = view_of(f"Th{CYRILLIC_A}t w{CYRILLIC_A}s the test.\nNext l{CYRILLIC_A}ne.")
        (step,) = [s for s in view.steps if s.filter == "fix_homoglyphs"]
        assert step.changes == 3
        assert [(g.line, len(g.items)) for g in step.lines] == [(1, 2), (2, 1)]
        text = render(view)
        assert "fix_homoglyphs: 3 changes on 2 lines" in text
        assert step.lines[0].reason is not None
        assert text.count(step.lines[0].reason) == 2  # once per line, not once per change

    def test_blank_lines_fold_into_the_removed_line(self):
        """Blank lines removed with boilerplate are not listed as changes of their own."""
        text = "Body text of the article here.\n\nSource link\n\nShare this:\n"
        view = view_of(text)
        (step,) = [s for s in view.steps if s.filter == "remove_boilerplate"]
        items = [item for group in step.lines for item in group.items]
        assert step.changes > len(items)  # the recorded blank-line changes were folded
        assert all(item.before.strip() for item in items)
        assert sum(item.blank_lines for item in items) == step.changes - len(items)
        shown = render(view)
        assert 'removed "Source link" (and 1 blank line)' in shown
        assert "blank line left by removed boilerplate" not in shown

    def test_blank_run_is_one_item(self):
        """A run of blank lines the whitespace filter removes is one item that counts them."""
        view = view_of("First paragraph.\n\n\n\n\nSecond paragraph.")
        (item,) = items_of(view, "normalize_whitespace")
        assert item.blank_lines == 3
        assert "removed 3 blank lines" in render(view)

    def test_crlf_to_lf_is_not_a_blank_line(self):
        """Turning CRLF into LF removes a character, not a line."""
        view = view_of("a\r\nb")
        (item,) = items_of(view, "normalize_whitespace")
        assert item.blank_lines == 0
        assert "U+000D CARRIAGE RETURN → nothing" in render(view)

    def test_no_changes(self):
        """Clean text says so."""
        assert render(view_of("Clean text.")) == "doc.txt: no changes"


class TestJson:
    def test_schema(self):
        """The JSON document has the documented keys, and lines and columns from 1."""
        text = f"Body\u200b text.\nTh{CYRILLIC_A}t line.\n\nSource link"
        document = as_json(view_of(text), record=3)
        assert document["schema"] == SCHEMA
        assert set(document) == {
            "schema",
            "source",
            "record",
            "chars_before",
            "chars_after",
            "changes",
            "cleaned",
            "steps",
        }
        assert document["record"] == 3
        assert document["cleaned"] == CLEANER.clean(text)
        assert document["changes"] == sum(len(s.changes) for s in CLEANER.explain(text).steps)
        filters = [step["filter"] for step in document["steps"]]
        assert filters == [s.filter for s in CLEANER.explain(text).steps]
        for step in document["steps"]:
            assert set(step) == {"filter", "description", "changes", "lines"}
            for line in step["lines"]:
                for change in line["changes"]:
                    assert set(change) == {
                        "line",
                        "column",
                        "end_line",
                        "end_column",
                        "start",
                        "end",
                        "before",
                        "after",
                        "reason",
                        "blank_lines",
                        "code_points",
                        "context",
                    }
                    assert change["line"] == line["line"]
        homoglyph = document["steps"][filters.index("fix_homoglyphs")]["lines"][0]["changes"][0]
        assert (homoglyph["line"], homoglyph["column"]) == (2, 1)
        assert homoglyph["code_points"] == {"before": [f"{CYRILLIC_A} U+0430"], "after": ["a"]}
        assert homoglyph["context"] == ["", " line."]

    def test_lone_surrogates_stay_valid_utf8(self):
        """Lone surrogates are written as JSON escapes, so the output encodes as UTF-8 and reads back."""
        text = dumps(as_json(view_of("a\ud800b")))
        text.encode("utf-8")
        document = json.loads(text)
        assert document["steps"][0]["lines"][0]["changes"][0]["before"] == "\ud800"


class TestColour:
    def test_auto_in_a_terminal(self, monkeypatch):
        """auto colours a terminal."""
        monkeypatch.delenv("NO_COLOR", raising=False)
        assert use_color("auto", FakeTerminal())

    def test_auto_not_in_a_pipe(self, monkeypatch):
        """auto does not colour a pipe or file."""
        monkeypatch.delenv("NO_COLOR", raising=False)
        assert not use_color("auto", io.StringIO())

    def test_no_color_is_honoured(self, monkeypatch):
        """NO_COLOR set and not empty turns auto colour off; empty means unset."""
        monkeypatch.setenv("NO_COLOR", "1")
        assert not use_color("auto", FakeTerminal())
        monkeypatch.setenv("NO_COLOR", "")
        assert use_color("auto", FakeTerminal())

    def test_explicit_choice_wins(self, monkeypatch):
        """--color always and never override the terminal and NO_COLOR."""
        monkeypatch.setenv("NO_COLOR", "1")
        assert use_color("always", io.StringIO())
        monkeypatch.delenv("NO_COLOR")
        assert not use_color("never", FakeTerminal())

    def test_escapes_only_when_coloured(self):
        """ANSI escapes appear only in coloured output."""
        view = view_of(f"Th{CYRILLIC_A}t is it.")
        assert "\033[" in render(view, color=True)
        assert "\033[" not in render(view, color=False)


class TestPager:
    def test_long_output_goes_through_the_pager(self, monkeypatch, tmp_path):
        """Longer than the terminal: written through $PAGER."""
        paged = tmp_path / "paged.txt"
        monkeypatch.setenv(
            "PAGER",
            f'{shlex.quote(sys.executable)} -c "import sys, pathlib; pathlib.Path({str(paged)!r}).write_text(sys.stdin.read())"',
        )
        monkeypatch.setenv("LINES", "5")
        terminal = FakeTerminal()
        text = "\n".join(f"line {i}" for i in range(20))
        page(text, terminal)
        assert paged.read_text() == text + "\n"
        assert terminal.getvalue() == ""

    def test_short_output_and_pipes_are_written_directly(self, monkeypatch):
        """Short output in a terminal, or any output to a pipe, is written as it is."""
        monkeypatch.setenv("PAGER", "false-pager-that-must-not-run")
        monkeypatch.setenv("LINES", "50")
        terminal = FakeTerminal()
        page("short", terminal)
        assert terminal.getvalue() == "short\n"
        pipe = io.StringIO()
        page("\n".join(["x"] * 100), pipe)
        assert pipe.getvalue().count("x") == 100

    def test_missing_pager_falls_back(self, monkeypatch):
        """A pager that cannot start: the text is written directly."""
        monkeypatch.setenv("PAGER", "/nonexistent/pager")
        monkeypatch.setenv("LINES", "5")
        terminal = FakeTerminal()
        page("\n".join(["y"] * 20), terminal)
        assert terminal.getvalue().count("y") == 20


class TestReadDocument:
    @pytest.fixture
    def jsonl(self, tmp_path):
        path = tmp_path / "docs.jsonl"
        records = [{"id": 7, "body": {"text": "first"}}, {"id": "b", "body": {"text": "second"}}]
        path.write_text(json.dumps(records[0]) + "\n\n" + json.dumps(records[1]) + "\n", "utf-8")
        return path

    def test_by_number(self, jsonl):
        """--record counts records from 1, blank lines skipped; where names path:line."""
        document = read_document(jsonl, field="body.text", record=2)
        assert (document.text, document.where, document.record) == ("second", f"{jsonl}:3", 2)

    def test_by_id(self, jsonl):
        """--id matches the id field as text, numbers included."""
        assert read_document(jsonl, field="body.text", record_id="7").text == "first"
        assert read_document(jsonl, field="body.text", record_id="b").text == "second"

    def test_missing_record(self, jsonl):
        """A record that is not there is an error saying how many there are."""
        with pytest.raises(InputError, match="has 2 records"):
            read_document(jsonl, field="body.text", record=5)
        with pytest.raises(InputError, match="no id 'zz'"):
            read_document(jsonl, field="body.text", record_id="zz")

    def test_jsonl_needs_a_record(self, jsonl):
        """A whole JSONL file is not one document: the error says what to pass."""
        with pytest.raises(InputError, match="--record N or --id"):
            read_document(jsonl)

    def test_bad_record_is_reported(self, jsonl):
        """The record asked for, without the field: an error naming where."""
        with pytest.raises(InputError, match="missing field"):
            read_document(jsonl, field="nope", record=1)

    def test_text_file(self):
        """A text file is one document."""
        seed = next(iter(sorted((FIXTURES / "seeds").glob("*.txt"))))
        assert read_document(seed).text == seed.read_text("utf-8")
