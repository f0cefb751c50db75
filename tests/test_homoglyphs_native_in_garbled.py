"""
A text's own letters that are look-alikes elsewhere stay, though other sentences are garbled.

Icelandic writes ``þ`` and ``ð``, Turkish ``ı``: Unicode lists ``þ`` as a
twin of ``p``. Where one sentence of such a text is written in look-alikes,
a word of the plain sentences the lexicon lacks (``málþóf``) keeps its
letters; a language that does not write them (Latvian) has them repaired.
Variants written before the rule, other words and languages than the miss.
"""

import pytest

from textclean._filters.homoglyphs import fix_homoglyphs

_GARBLED_IS = "Þαð ꬲꭈ tɩӏtꬲkꙇոռ ꭈéttʋꮁ ꜱеm þɩոɡmꬲռո һɑꞙα."


@pytest.mark.parametrize(
    "plain",
    [
        "Þingmenn ræddu lengi um málþóf á Alþingi í gær og fram á nótt.",
        "Hún keypti nýjan þvottabjörn og lagði hann á borðið.",
        "Þeir fóru saman í þjóðgarðinn á Þingvöllum um helgina.",
    ],
)
def test_icelandic_thorn_stays_beside_a_garbled_sentence(plain: str) -> None:
    broken = f"{plain} {_GARBLED_IS}"
    fixed = fix_homoglyphs(broken)
    assert fixed.startswith(plain)
    assert fixed.endswith("Það er tiltekinn réttur sem þingmenn hafa.")


def test_thorn_in_latvian_garbled_sentence_is_repaired() -> None:
    """Latvian writes no þ: in its garbled sentence þ is p."""
    broken = "Viņš aizgāja mājās. Ꮐгɪbɪ, еѕ tеѵ þаꮁ ᴠꭵņιꬲm ƿαꮪtāꮪtīšս?"
    assert fix_homoglyphs(broken) == ("Viņš aizgāja mājās. Gribi, es tev par viņiem pastāstīšu?")
