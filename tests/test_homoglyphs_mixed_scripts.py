"""
A word mixing a Latin look-alike letter (ı, ǀ, ʋ) with letters swapped in from another script.

Dotless ı, þ or ʋ may be a language's own letter, so a word holding one whose
rewrite no lexicon knows waits for the rest of the text to show swapping. A
Cyrillic, Greek, Armenian or Cherokee letter swapped into the same word shows
it: no language writes that word, so its ı is no language's own either.
"""

import pytest

from textclean._filters.homoglyphs import fix_homoglyphs


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        # Written after the rule was frozen: other words, other languages.
        (
            "Die Forscher untersuchten die Wechseӏwιrkung zwischen Bodenpılzen und Wurzeln.",
            "Die Forscher untersuchten die Wechselwirkung zwischen Bodenpilzen und Wurzeln.",
        ),
        (
            "Les chercheurs ont étudié les champıgnons mycоrhiziens du sol forestier.",
            "Les chercheurs ont étudié les champignons mycorhiziens du sol forestier.",
        ),
        (
            "Badacze opisali nowy gatunek grzybа mıkoryzowego w lasach Bieszczad.",
            "Badacze opisali nowy gatunek grzyba mikoryzowego w lasach Bieszczad.",
        ),
        (
            "The committee reviewed the hydrogeoӏogıcal survey of the northern basin.",
            "The committee reviewed the hydrogeological survey of the northern basin.",
        ),
        (
            "Os investigadores estudaram a biodıνersidade dos solos amazónicos.",
            "Os investigadores estudaram a biodiversidade dos solos amazónicos.",
        ),
    ],
)
def test_a_look_alike_beside_another_scripts_letter_is_swapped(broken, fixed):
    """The only damaged word of its text, unknown to the lexicon, is still repaired."""
    assert fix_homoglyphs(broken) == fixed


def test_the_reason_names_the_other_script():
    """``explain`` says why the ı was not taken for a language's own letter."""
    _, changes = fix_homoglyphs.explain("She studied the mıcrоbiomes of alpine lakes.")
    assert any("beside swapped letters of another script" in change.reason for change in changes)


@pytest.mark.parametrize(
    "text",
    [
        # A Turkish name: its ğ says ı may be Turkish's own; it is not made i.
        "The minister met Mr. Doğаnı in Ankara last week to discuss the budget.",
        # Icelandic þ beside ó: the same.
        "The saga calls the place Þórsmörk, and the river Mаrkarfljót.",
    ],
)
def test_a_language_s_own_letter_beside_its_other_letters_is_not_made_ascii(text):
    """Where the word's other letters show a language writing its ı or þ, they are not rewritten."""
    fixed = fix_homoglyphs(text)
    assert "ı" in fixed if "ı" in text else "Þ" in fixed


@pytest.mark.parametrize(
    "text",
    [
        "Bugün Ankara'da Doğan ile görüştük ve bütçeyi ayrıntılı konuştuk.",
        "Þetta er saga um þjóðina og fólkið sem bjó þar í þúsund ár.",
        "Azərbaycan Respublikası Cənubi Qafqazda yerləşən dövlətdir.",
        "Eʋegbe nye gbe si wodona le Ghana kple Togo.",
    ],
)
def test_genuine_text_with_its_own_look_alike_letters_unchanged(text):
    """Turkish, Icelandic, Azerbaijani and Ewe keep their letters."""
    assert fix_homoglyphs(text) == text
