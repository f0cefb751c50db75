"""
Genuine text in languages whose own letters look like another's: the default profile must leave it.

Cases of the kinds bench/genuine_sweep.py found changed (written here anew, not
copied from the catalogs it reads). Each strict xfail names the filter that
damages the text, for its owner to fix; a fix turns it into an XPASS, which
fails until the mark is removed.
"""

import pytest

import textclean

_HOMOGLYPHS = pytest.mark.xfail(
    strict=True,
    reason="fix_homoglyphs reads a letter of the language's own alphabet as a look-alike",
)
_LEGACY = pytest.mark.xfail(
    strict=True, reason="fix_legacy_codepage reads a capital with a grave accent as cp1258 mojibake"
)


@pytest.mark.parametrize(
    "text",
    [
        # Turkish and Azerbaijani write dotless ı: "yanı" (its side) and
        # "yani" (that is) are two words, not a look-alike and its repair.
        pytest.param("Dosyanın yanı sıra klasörü de silmek istiyor musunuz?", marks=_HOMOGLYPHS),
        pytest.param("Kanada Doları", marks=_HOMOGLYPHS),
        pytest.param("Yunanıstan Respublikası", marks=_HOMOGLYPHS),
        # Kabyle and other Berber languages (and Ewe) write the Latin gamma ɣ.
        pytest.param("Aɣerbaz n tmaziɣt", marks=_HOMOGLYPHS),
        pytest.param("Tamurt n Afɣanistan", marks=_HOMOGLYPHS),
        # Occitan and Kashubian write Ò at the start of a word.
        pytest.param("Riu Òlt", marks=_LEGACY),
        # Khmer marks word ends with zero-width spaces (kept since the sweep).
        "សាធារណ\u200bរដ្ឋ\u200bកម្ពុជា",
        "Arsenal i Liverpool zremisowały, a Tottenham przegrał u siebie.",
    ],
)
def test_genuine_text_unchanged(text):
    """Genuine text in the language's own alphabet comes back as it was."""
    assert textclean.clean(text) == text
