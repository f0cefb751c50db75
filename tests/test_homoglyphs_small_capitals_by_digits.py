"""
Phonetic small capitals beside digits are swapped letters, not a science token's Greek.

Tokens joining Latin letters, digits and Greek (``IL2Rγc``, ``5α``) keep
their Greek letters. Unicode files some phonetic small capitals under
Greek (``ᴦ``, ``ᴨ``): no gene, unit or particle name writes them, so in a
text with swapped letters a user name or code beside digits (``fᴦanz371``)
is repaired. Variants written before the rule, other tokens than the miss.
"""

import pytest

from textclean._filters.homoglyphs import fix_homoglyphs


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        (
            "Plеase write to ᴦobert77@example.com for the lаst tickets.",
            "Please write to robert77@example.com for the last tickets.",
        ),
        (
            "Тhe user mаᴦia1990 posted the sаme question yesterdаy.",
            "The user maria1990 posted the same question yesterday.",
        ),
    ],
)
def test_small_capital_beside_digits_is_repaired(broken: str, fixed: str) -> None:
    assert fix_homoglyphs(broken) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "The IL2Rγc chain and NF-κB bind TNFα in 5α-reductase assays.",
        "Mutations in PPARγ2 and ERα36 were found in 12 patients.",
        "Its β2 subunit and the Δ9 desaturase were measured at 37 °C.",
    ],
)
def test_science_tokens_keep_greek(text: str) -> None:
    assert fix_homoglyphs(text) == text
