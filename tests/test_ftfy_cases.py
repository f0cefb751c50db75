"""fix_encoding against ftfy's own published test cases: same output wherever ftfy repairs."""

import json
import sys
from pathlib import Path

import ftfy
import pytest

from textclean._filters.encoding import FTFY_ENCODING_ONLY, FixEncoding

CASES_FILE = Path(sys.prefix) / "ftfy-test-cases.json"


def _cases():
    if not CASES_FILE.exists():
        pytest.fail(f"{CASES_FILE} missing: run `make install` (it fetches ftfy's sdist)")
    return json.loads(CASES_FILE.read_text("utf-8"))


def test_cases_file_is_real():
    """The file holds ftfy's labelled cases, most of which ftfy repairs."""
    cases = _cases()
    assert len(cases) > 100
    assert (
        sum(ftfy.fix_text(c["original"], FTFY_ENCODING_ONLY) != c["original"] for c in cases) > 50
    )


def test_same_output_as_ftfy_on_every_case():
    """
    On every case, fix_encoding gives ftfy's encoding-only output, or the case's expected text.

    fix_encoding goes on where ftfy stops (code pages it does not try, or
    lines its detector passes), so it may be right where ftfy is not; it
    must never be wrong where ftfy is right, negative cases included.
    """
    fix = FixEncoding()
    diffs = [
        c["label"]
        for c in _cases()
        if fix(c["original"]) not in {ftfy.fix_text(c["original"], FTFY_ENCODING_ONLY), c["fixed"]}
    ]
    assert diffs == []
    gains = [
        c["label"]
        for c in _cases()
        if fix(c["original"]) == c["fixed"] != ftfy.fix_text(c["original"], FTFY_ENCODING_ONLY)
    ]
    assert len(gains) <= 3
