"""
A "&" of prose (``AT&T``, ``Smith & Wesson``) costs fix_encoding nothing: no piece goes to ftfy whole.

ftfy's HTML step acts only on an entity (``&amp;``, ``&#233;``): a line
whose "&" begins none is repaired by ftfy as if the step were off. Before
round 14 any "&" sent its line, or each 64 K piece of a long one, to
``ftfy.fix_and_explain``, whose detector scans the whole piece at every
round: a 10 KB text seldom holds a "&", a 64 K piece nearly always does, so
the cost per MB grew with the size (mojibake on one line: 0.16 s/MB at 10 KB,
0.33 at 1 MB, 0.88 at 10 MB in bench/results.md). The work is counted as
tests/test_linear_cost.py counts it, never timed; the answers are checked
against ftfy on lines mixing mojibake, a "&" of prose, entities and tags.
"""

from __future__ import annotations

from typing import Any

import ftfy
import ftfy.bad_codecs  # registers the sloppy codecs
import ftfy.badness
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from textclean._filters.encoding import (
    FTFY_ENCODING_ONLY,
    FixEncoding,
    _fix_and_explain,
    _holds_entity,
    _transcode,
)

PROSE = (
    "Die Brüder Müller & Söhne eröffneten 1912 ihre Werkstatt; heute führt AT&T dort ein Büro, "
    "und die Straße heißt nach ihnen. Le café « Chez Léon & fils » ouvre à 7 h, été comme hiver. "
)
SMALL, BIG = 10_000, 1_000_000


def _mojibake(text: str) -> str:
    return text.encode("utf-8").decode("sloppy-windows-1252")


def _prose(size: int, layout: str) -> str:
    """About ``size`` characters of PROSE, as one line or as paragraphs of a few sentences."""
    copies = size // len(PROSE) + 1
    if layout == "one line":
        return (PROSE * copies)[:size].rstrip()
    return "\n\n".join([PROSE.strip()] * copies)[:size].rstrip()


class _Counted:
    """ftfy's whole-text repair and its detector, counted: calls and characters."""

    def __init__(self, patch: pytest.MonkeyPatch) -> None:
        self.repairs = self.detector_chars = 0
        fix_and_explain, is_bad = ftfy.fix_and_explain, ftfy.badness.is_bad

        def counted_fix_and_explain(text: str, *args: Any, **kwargs: Any) -> Any:
            self.repairs += 1
            return fix_and_explain(text, *args, **kwargs)

        def counted_is_bad(text: str) -> bool:
            self.detector_chars += len(text)
            return is_bad(text)

        patch.setattr(ftfy, "fix_and_explain", counted_fix_and_explain)
        patch.setattr(ftfy.badness, "is_bad", counted_is_bad)
        patch.setattr(ftfy, "is_bad", counted_is_bad)


@pytest.mark.parametrize("layout", ["one line", "paragraphs"])
@pytest.mark.parametrize("size", [SMALL, BIG])
def test_a_prose_ampersand_sends_nothing_to_ftfy(
    monkeypatch: pytest.MonkeyPatch, layout: str, size: int
) -> None:
    """Mojibake of prose holding "&", 10 KB or 1 MB: repaired whole, ftfy's repair and detector never run."""
    text = _prose(size, layout)
    counted = _Counted(monkeypatch)
    assert FixEncoding()(_mojibake(text)) == text
    assert (counted.repairs, counted.detector_chars) == (0, 0)


def test_an_entity_still_goes_to_ftfy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A line of mojibake holding an entity is ftfy's to repair, the entity unescaped."""
    counted = _Counted(monkeypatch)
    assert FixEncoding()(_mojibake("Müller &amp; Söhne")) == "Müller & Söhne"
    assert counted.repairs == 1


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("AT&T", False),
        ("R & D", False),
        ("&", False),
        ("&;", False),
        ("a &amp; b", True),
        ("&#233;", True),
        ("&nosuchentity;", True),  # (ftfy's pattern: the step leaves it, but looks)
        ("no ampersand", False),
    ],
)
def test_holds_entity(text: str, *, held: bool) -> None:
    """Only ftfy's entity pattern counts: a "&" with no name and ";" after it is prose."""
    assert _holds_entity(text) == held


# Mojibake words, a "&" of prose, entities whole and broken, tags, C1 controls.
_PIECES = st.sampled_from(
    [
        *map(_mojibake, ["café", "Müller", "“quoted”", "naïve", "à la", "€5"]),
        "&",
        " & ",
        "AT&T",
        "&amp;",
        "&amp",
        "&#233;",
        "&eacute;",
        "&EACUTE;",
        "&amp;amp;",
        "<b>",
        "\x80",
        "\x9c",
        "\x1a",
        "?",
        " ",
        "x",
    ]
)
_LINES = st.lists(_PIECES, max_size=16).map("".join)


@given(_LINES, st.sampled_from(["auto", False]))
@example("cafÃ© & AT&T", "auto")
@example("Ã© &amp;amp; &", "auto")
@example("<b>Ã© &amp; &", "auto")
def test_repair_of_a_line_with_ampersands_is_ftfys(line: str, unescape: Any) -> None:
    """_fix_and_explain gives ftfy's text and plan; the Windows-1252 shortcut, where it answers, ftfy's text."""
    config = FTFY_ENCODING_ONLY._replace(explain=True, unescape_html=unescape)
    fixed, plan = ftfy.fix_and_explain(line, config)
    assert _fix_and_explain(line, config) == (fixed, tuple(plan))
    shortcut = _transcode(line) if ftfy.badness.is_bad(line) else None
    if shortcut is not None:
        assert shortcut == ftfy.fix_text(line, FTFY_ENCODING_ONLY)
