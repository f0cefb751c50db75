"""
Long lines of mojibake are repaired whole, at a cost linear in their length.

fix_encoding hands ftfy a line longer than _PIECE in pieces. A cut inside a
mojibake sequence (``cafÃ|©``) left its halves undecoded (hostile9: two
``Ã`` in one line of ``cafÃ© `` past 100 KB), so cuts fall only where no
sequence of any of ftfy's code pages goes on: checked here on the bytes,
with the piece sizes made small, and on lines of 50 KB to 2 MB of several
kinds of mojibake, each repaired as one unit of it is. The work is counted
as tests/test_linear_cost.py counts it, never timed.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import ftfy.bad_codecs  # noqa: F401 - registers the sloppy codecs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_linear_cost import measure  # noqa: F401 - the fixture counting a clean's work

from textclean._filters import encoding
from textclean._filters.encoding import FixEncoding

SIZES = (50_000, 500_000, 2_000_000)
# Each unit repeated makes a line; those without a space make one endless
# run of characters outside ASCII, with no word to cut between.
UNITS = {
    "café": "café ",
    "it’s": "it’s ",
    "über": "über ",
    "при": "при",
    "emoji": "😀",
    "日本語": "日本語",
}
LAYOUTS = ("one line", "paragraphs")


def _mojibake(text: str, codec: str = "sloppy-windows-1252") -> str:
    return text.encode("utf-8").decode(codec)


def _laid_out(unit: str, size: int, layout: str) -> tuple[str, str]:
    """
    The mojibake of ``unit`` repeated to about ``size`` characters, and ``unit`` as many times.

    As one line, or as five paragraphs (each a long line past _PIECE from 500 KB).
    """
    copies = size // len(_mojibake(unit))
    if layout == "one line":
        return _mojibake(unit) * copies, unit * copies
    return tuple("\n\n".join([text * (copies // 5)] * 5) for text in (_mojibake(unit), unit))  # type: ignore[return-value]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("kind", UNITS)
def test_a_long_line_of_mojibake_is_repaired_whole(kind: str, layout: str, size: int) -> None:
    """Every unit of the mojibake is decoded, as the unit alone is: no cut leaves a half."""
    unit = UNITS[kind]
    fix = FixEncoding()
    assert fix(_mojibake(unit)) == unit
    mojibake, expected = _laid_out(unit, size, layout)
    assert fix(mojibake) == expected


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("kind", UNITS)
def test_the_work_on_long_mojibake_grows_linearly(measure: Any, kind: str, layout: str) -> None:  # noqa: F811 - the fixture
    """
    A few passes per MB at every size; from 500 KB to 2 MB, no more per character.

    50 KB is one piece, so it is held to the budget alone: cutting costs
    a few searches of each piece's last quarter and of the reach past it.
    """
    work = {}
    for size in SIZES:
        text, _ = _laid_out(UNITS[kind], size, layout)
        work[size] = at = measure(text)
        megabytes = len(text.encode("utf-8")) / 1e6
        assert at.pattern_calls <= 10_000 * megabytes, (size, at)
        assert at.ftfy_calls <= 1_000 * megabytes, (size, at)
        assert at.scanned + at.ftfy_chars <= 20 * len(text), (size, at)
    at_small, at_big = work[SIZES[1]], work[SIZES[2]]
    growth = SIZES[2] / SIZES[1]
    assert at_big.filter_runs == at_small.filter_runs
    for field in ("pattern_calls", "scanned", "ftfy_calls", "ftfy_chars"):
        allowed = 1.2 * growth * getattr(at_small, field) + 10
        assert getattr(at_big, field) <= allowed, (field, getattr(at_small, field), at_big)


# Words of text as written, in scripts whose UTF-8 takes one to four bytes,
# and what stands between them: no separator makes one long run of mojibake.
_WORDS = st.sampled_from(
    [
        "café",
        "naïve",
        "über",
        "Straße",
        "при",
        "вет",
        "ελλη",
        "日本語",
        "😀",
        "☃",
        "x",
        "ok",
        "it’s",
    ]
)
_BETWEEN = st.sampled_from(["", "", " ", ", ", "\t", "&amp;", "?", " & ", "-", "."])
_TEXTS = st.lists(st.tuples(_WORDS, _BETWEEN), min_size=1, max_size=80).map(
    lambda pairs: "".join(word + between for word, between in pairs)
)


@given(_TEXTS, st.sampled_from(["sloppy-windows-1252", "sloppy-windows-1251"]))
def test_no_cut_falls_inside_a_sequence(text: str, codec: str) -> None:
    """Each piece's bytes in ``codec`` are whole UTF-8: no sequence or entity is cut in two."""
    mojibake = _mojibake(text, codec)
    with pytest.MonkeyPatch.context() as patch:
        # Pieces of 64 characters, reaching 16 back and on: cuts every few words.
        patch.setattr(encoding, "_PIECE", 64)
        patch.setattr(encoding, "_CUT_REACH", 16)
        patch.setattr(encoding, "_NEAR_CUT", 8)
        pieces = list(encoding._pieces(mojibake, 0, len(mojibake)))
    assert pieces[0][0] == 0
    assert pieces[-1][1] == len(mojibake)
    for (_, end), (start, _) in pairwise(pieces):
        assert end == start
    for start, end in pieces:
        assert end - start <= 64 + 16
        # A piece decodes alone, and the entities it holds are whole.
        piece = mojibake[start:end].encode(codec).decode("utf-8")
        assert not piece.endswith(("&", "&a", "&am", "&amp"))
