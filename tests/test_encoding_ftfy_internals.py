"""
The parts of ftfy that fix_encoding reads beyond its documented API, with the shape it relies on.

pyproject.toml pins ftfy to the versions these were checked against
(>=6.3,<6.4: 6.2 has no "law" category); a new ftfy that moves or
reshapes them fails here first.
"""

import re

import ftfy
import ftfy.bad_codecs
from ftfy import badness, chardata, fixes

from textclean._filters import encoding


def test_version_in_pinned_range():
    """The installed ftfy is one of the versions checked."""
    major, minor = (int(part) for part in ftfy.__version__.split(".")[:2])
    assert (major, minor) == (6, 3)


def test_badness_regex_and_categories():
    """BADNESS_RE is a compiled pattern; MOJIBAKE_CATEGORIES holds every category the scan is built from."""
    assert isinstance(badness.BADNESS_RE, re.Pattern)
    assert callable(badness.badness)
    assert badness.badness("cafÃ©") > 0
    assert badness.badness("café") == 0
    expected = {
        "common", "c1", "bad", "law", "currency", "start_punctuation", "end_punctuation",
        "numeric", "kaomoji", "upper_accented", "lower_accented", "upper_common",
        "lower_common", "box",
    }  # fmt: skip
    assert expected <= set(badness.MOJIBAKE_CATEGORIES)
    assert all(isinstance(value, str) for value in badness.MOJIBAKE_CATEGORIES.values())


def test_chardata_patterns():
    """The byte and entity patterns fix_encoding reuses match what they are named for."""
    assert chardata.ALTERED_UTF8_RE.search(b"\xc3 la")
    assert chardata.LOSSY_UTF8_RE.search(b"caf\xc3\x1a")
    assert chardata.HTML_ENTITY_RE.search("fish &amp; chips")


def test_code_pages_tried_in_order():
    """ftfy's list of code pages to undo, and its check that a text can be encoded in one."""
    assert chardata.CHARMAP_ENCODINGS[:2] == ["latin-1", "sloppy-windows-1252"]
    assert "windows-1252" not in chardata.CHARMAP_ENCODINGS  # see encoding._other_step
    assert "macroman" in chardata.CHARMAP_ENCODINGS
    assert chardata.possible_encoding(
        "caf\N{LATIN CAPITAL LETTER A WITH TILDE}\N{COPYRIGHT SIGN}", "latin-1"
    )
    assert not chardata.possible_encoding("\N{EURO SIGN}", "latin-1")
    assert chardata.possible_encoding("\N{EURO SIGN}", "sloppy-windows-1252")


def test_c1_fix_and_the_checks_before_it():
    """The C1 fix and the patterns ftfy checks before it, as fix_encoding reads them."""
    assert chardata.C1_CONTROL_RE.search("c\x9cur")
    assert chardata.UTF8_DETECTOR_RE.search(
        "caf\N{LATIN CAPITAL LETTER A WITH TILDE}\N{COPYRIGHT SIGN}"
    )
    assert fixes.fix_c1_controls("c\x9cur") == "c\N{LATIN SMALL LIGATURE OE}ur"
    assert (
        fixes.decode_inconsistent_utf8(
            "caf\N{LATIN CAPITAL LETTER A WITH TILDE}\N{COPYRIGHT SIGN} ok"
        )
        == "café ok"
    )


def test_fixes_and_plans():
    """restore_byte_a0, apply_plan and fix_encoding_and_explain behave as fix_encoding expects."""
    assert fixes.restore_byte_a0(b"voil\xc3 le") == b"voil\xc3\xa0 le"
    assert ftfy.apply_plan("cafÃ©", [("encode", "latin-1"), ("decode", "utf-8")]) == "café"
    fixed, plan = ftfy.fix_encoding_and_explain("cafÃ©")
    assert fixed == "café"
    assert plan == [("encode", "latin-1"), ("decode", "utf-8")]
    assert ftfy.TextFixerConfig().max_decode_length > 0


def test_scan_covers_every_badness_match():
    """Every two-character string ftfy's detector flags holds a pair or character the scan finds."""
    alphabet = sorted(
        {
            char
            for value in badness.MOJIBAKE_CATEGORIES.values()
            for char in re.findall(f"[{value}]", "".join(map(chr, range(0x20000))))
        }
        | set("aA .\nВГРСΒΓΞΟвЂÃÂβā")
    )
    missed = [
        a + b
        for a in alphabet
        for b in alphabet
        if badness.BADNESS_RE.search(a + b) and not encoding._maybe_bad_pattern().search(a + b)
    ]
    assert missed == []
