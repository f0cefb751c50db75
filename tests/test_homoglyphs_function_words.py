"""Function words of twins in Cyrillic and Greek text that swaps letters (_function_word_of_twins, _opener_digit)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from textclean._filters.homoglyphs import fix_homoglyphs


class TestFunctionWordOfTwins:
    def test_greek_na_beside_a_latin_name(self) -> None:
        """``va`` among Greek words of a swapping text is ``να``, though a Latin name pins others."""
        text = "Ο Watson συμφώνησε. Η αγopά απαιτείται va εκχωρήσουμε αρμοδιότητες."
        assert fix_homoglyphs(text) == (
            "Ο Watson συμφώνησε. Η αγορά απαιτείται να εκχωρήσουμε αρμοδιότητες."
        )

    def test_explain_names_the_rule(self) -> None:
        """explain names the function-word rule and the two readings weighed."""
        text = "Ο Watson συμφώνησε. Η αγopά απαιτείται va εκχωρήσουμε αρμοδιότητες."
        reasons = [change.reason for change in fix_homoglyphs.explain(text)[1]]
        assert any("function word" in reason and "'να'" in reason for reason in reasons)

    def test_no_swapping_no_rewrite(self) -> None:
        """A text with no swapped letter keeps ``va``: it may be a Latin word quoted."""
        text = "Ο Watson συμφώνησε va φύγουν."
        assert fix_homoglyphs(text) == text

    def test_latin_sentence_keeps_its_words(self) -> None:
        """Among Latin words (``ta dis``) the context is Latin: nothing to read as Greek."""
        text = "Η αγopά είναι εδώ. Ta kala va ta dis."
        assert fix_homoglyphs(text).endswith("Ta kala va ta dis.")


class TestOpenerDigit:
    def test_ukrainian_i_opening_a_sentence(self) -> None:
        """In a swapping Ukrainian text, ``I`` opening a sentence is the conjunction ``І``."""
        text = "Тaк було. I злий дух утішився працею своєю."
        assert fix_homoglyphs(text) == "Так було. І злий дух утішився працею своєю."

    def test_russian_keeps_roman_one(self) -> None:
        """Russian writes no word ``І``: ``I`` opening a sentence stays a numeral."""
        text = "Тaк было. I тур прошёл в Москве."
        assert fix_homoglyphs(text) == "Так было. I тур прошёл в Москве."

    def test_no_swapping_keeps_it(self) -> None:
        """A Ukrainian text with no swapped letter keeps its ``I``."""
        text = "Так було. I тур змагань відбувся у Києві."
        assert fix_homoglyphs(text) == text


@given(
    before=st.sampled_from(("Οφείλω", "Πρέπει", "Θέλουμε", "Μπορούμε")),
    after=st.sampled_from(("πω", "φύγουμε", "δούμε", "μιλήσουμε")),
    name=st.sampled_from(("Watson", "Lamfalussy", "Delors", "")),
)
def test_swapped_na_comes_back(before: str, after: str, name: str) -> None:
    """``να`` written ``va`` in a Greek text with another swapped word comes back."""
    damaged = f"Ο κύριος {name} είπε την αλήθειa. {before} va {after} τώρα."
    assert fix_homoglyphs(damaged) == f"Ο κύριος {name} είπε την αλήθεια. {before} να {after} τώρα."


@given(
    before=st.sampled_from(("Οφείλω", "Πρέπει", "Θέλουμε")),
    name=st.sampled_from(("Watson", "Lamfalussy", "Delors")),
)
def test_genuine_greek_with_latin_unchanged(before: str, name: str) -> None:
    """Genuine Greek text with Latin names and no swapped letter is left as it is."""
    text = f"Ο κύριος {name} είπε: {before} va bene, ok."
    assert fix_homoglyphs(text) == text
