"""
A letter standing alone in Latin text that swaps letters: quoted, in parentheses, an initial.

In a text whose words have letters of another script swapped in, and which
writes no word of that script, a letter of it standing alone (``'г'``,
``(с)``, ``Ο'Brien``, ``Ν.``) is one more swapped letter. Where the text
shows no swapping, or writes that script's words, or the letter is one
mathematics writes alone (``α``), it stays. Variants written after the rule.
"""

import pytest

from textclean._filters.homoglyphs import fix_homoglyphs


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        # Quoted, in a text with Cyrillic swapped into its words.
        (
            "Ρаss tһе 'х' option to ехtrасt tһе аrсһivе, or 'с' to сrеаtе one.",
            "Pass the 'x' option to extract the archive, or 'c' to create one.",
        ),
        # In parentheses, in Spanish with Cyrillic swaps.
        (
            "Lа аsociаción es unа entidаd 501 (с) 3 con sede en Mаdrid.",
            "La asociación es una entidad 501 (c) 3 con sede en Madrid.",
        ),
        # A Greek capital before an apostrophe, in a text with Greek swaps.
        (
            "Тhе сritic Ο'Вriеn wrοte thаt thе plаy wаs tοο lοng.",
            "The critic O'Brien wrote that the play was too long.",
        ),
        # An initial, in Latvian with Greek and IPA swaps.
        (
            "Ρēteris ѕatika Κ. Bērziņu uz ielαs pie ƿilsētas vārtiem.",
            "Pēteris satika K. Bērziņu uz ielas pie pilsētas vārtiem.",
        ),
    ],
)
def test_lone_letter_in_a_swapped_text_is_repaired(broken, fixed):
    """One more swapped letter: the text swaps that script's letters and writes none of its words."""
    assert fix_homoglyphs(broken) == fixed


@pytest.mark.parametrize(
    "text",
    [
        # No swapping: a quoted letter of another script is written on purpose.
        "The Russian letter 'г' is written like an r but sounds like a g.",
        "In Greek, the capital 'Ν' is a nu and the small 'ν' looks like a v.",
        "Die Präposition (с) heißt auf Russisch mit.",
        # A letter mathematics writes alone, in a text that swaps Cyrillic letters.
        "Тһе angle α between the two beams is measured in degrees.",
    ],
)
def test_lone_letter_kept(text):
    """Written on purpose: no swapping, or a mathematical letter."""
    assert fix_homoglyphs(text) == text.replace("Тһе", "The")


def test_lone_letter_kept_where_the_text_writes_its_script():
    """A text that writes Cyrillic words quotes its letters: ``'с'`` stays beside ``молоком``."""
    text = "Тhе prеposition 'с' as in кофе с молоком means with."
    assert fix_homoglyphs(text) == "The preposition 'с' as in кофе с молоком means with."
