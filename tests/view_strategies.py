"""Hypothesis strategies for the explain view and the report."""

from hypothesis import strategies as st

CYRILLIC_A = "\N{CYRILLIC SMALL LETTER A}"

# Pieces that set several filters off in one text, so later steps see rewritten text.
PIECES = st.lists(
    st.sampled_from(
        ["a", "b ", "  ", "\n", "\r\n", "\r", "\t", "\u00a0", "\u200b", "\ufeff", CYRILLIC_A,
         "Th\u0430t w\u0430s", "caf\u00c3\u00a9", "&amp;", "Body text here.", "\n\nSource link",
         "\n\nShare this:\n", "\ud800", "\uff21pple"]
    )
).map("".join)  # fmt: skip
