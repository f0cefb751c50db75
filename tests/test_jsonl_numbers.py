"""The check that sends JSONL lines holding long numbers to the exact stdlib parser."""

import re

from hypothesis import example, given
from hypothesis import strategies as st

from textclean.io import _may_hold_long_number

DIGITS_OR_NOT = st.lists(
    st.one_of(st.sampled_from([b"0", b"9", b"5" * 18, b"1" * 19, b"-", b".", b" "]), st.binary()),
    max_size=30,
).map(b"".join)


@given(DIGITS_OR_NOT)
@example(b'{"id": 12345678901234567890}')
@example(b'{"id": 123456789012345678}')
@example("١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩".encode())  # Arabic-Indic digits: JSON numbers are ASCII
def test_long_number_check_is_nineteen_ascii_digits_in_a_row(data):
    """True exactly where 19 ASCII digits follow one another."""
    assert _may_hold_long_number(data) == (re.search(rb"[0-9]{19}", data) is not None)
