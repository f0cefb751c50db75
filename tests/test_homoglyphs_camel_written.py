"""CamelCase names of look-alikes read as the text writes them in plain letters (judge._camel_written)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from textclean._filters.homoglyphs import fix_homoglyphs

STROKE = "\N{LATIN LETTER DENTAL CLICK}"  # a tall stroke: l or i


class TestCamelWritten:
    def test_name_written_plainly_elsewhere(self) -> None:
        """``PayPai`` (humps ``Pay``, ``Pai``) is ``PayPal`` where the text writes ``PayPal``."""
        text = f"Deposited to your ᏢɑуΡα{STROKE} account! Try our PayPal account now."
        assert fix_homoglyphs(text) == (
            "Deposited to your PayPal account! Try our PayPal account now."
        )

    def test_explain_gives_the_same_text(self) -> None:
        """explain agrees with the filter."""
        text = f"Deposited to your ᏢɑуΡα{STROKE} account! Try our PayPal account now."
        assert fix_homoglyphs.explain(text)[0] == fix_homoglyphs(text)

    def test_other_case_is_no_evidence(self) -> None:
        """A reading written in another case shape (``Paypal``) is not the name's."""
        text = f"Deposited to your ᏢɑуΡα{STROKE} account! Try our Paypal account now."
        assert "PayPal" not in fix_homoglyphs(text)


@given(
    name=st.sampled_from(("PayPal", "YouTube", "LinkedIn", "WordPress", "GitLab")),
    rest=st.sampled_from(("Use it today.", "It is free.", "Sign up now.")),
)
def test_swapped_name_beside_its_plain_spelling(name: str, rest: str) -> None:
    """A CamelCase name with its l written as a stroke comes back where the text writes it."""
    swapped = name.replace("l", STROKE).replace("a", "\N{CYRILLIC SMALL LETTER A}")
    text = f"Open y\N{GREEK SMALL LETTER OMICRON}ur {swapped} account. {name} is here. {rest}"
    assert fix_homoglyphs(text) == f"Open your {name} account. {name} is here. {rest}"
