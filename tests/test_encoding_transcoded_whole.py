"""
fix_encoding decodes a document that is UTF-8 read as Windows-1252 throughout at once.

_transcoded_whole gives the repairs of such a document without the line by
line path (each line flagged by ftfy's detector, repaired, weighed against
the document's evidence and tried in other code pages). The property: on
any text, damaged on every line, on some lines, twice over, with entities,
C1 controls or clean lines outside ASCII, it gives either None (the long
way is taken) or exactly the repairs the long way gives.
"""

import ftfy.bad_codecs  # noqa: F401 - registers the sloppy code pages
from hypothesis import example, given
from hypothesis import strategies as st
from test_encoding_documents import LINES

from textclean._filters.encoding import FixEncoding, _transcoded_whole
from textclean.scan import notable_chars

fix_encoding = FixEncoding()
without_entities = FixEncoding(unescape_html=False)

# Letters and symbols of accented prose, Windows-1252's own characters, the
# French apostrophe (a Mac Roman lead) and a few from other scripts.
_ALPHABET = (
    "abcdeéèêëàâäçîïôöùûüœæñßøåõãáíóúýčšžłńśźżąęőűğışţăÀÉÇŒĄŁŚ"
    "’‘“”„«»–—…€™•°±×÷µ¶§©®¬¦¤¨¯¸ƒˆ‰‹›Š"
    "  \xa0\xad\x81\x8d&;#<>?\x1aфωא中😀"
    "Ã©Ã¨Â¼Ä…Å‚â€"
)
_LINE_TEXT = st.sampled_from(LINES) | st.text(st.sampled_from(_ALPHABET), max_size=40)
_DAMAGE = st.sampled_from(
    (None, "sloppy-windows-1252", "sloppy-windows-1252", "twice", "latin-1", "macroman")
)


def _damaged(line: str, damage: str | None) -> str:
    if damage is None:
        return line
    codecs = ("sloppy-windows-1252",) * 2 if damage == "twice" else (damage,)
    for codec in codecs:
        try:
            line = line.encode("utf-8").decode(codec)
        except UnicodeDecodeError:
            return line
    return line


_DOCUMENT = st.lists(st.tuples(_LINE_TEXT, _DAMAGE), min_size=1, max_size=8).map(
    lambda lines: "\n".join(_damaged(line, damage) for line, damage in lines)
)
_WHOLE_DOCUMENT = st.lists(_LINE_TEXT, min_size=1, max_size=8).map(
    lambda lines: _damaged("\n".join(lines), "sloppy-windows-1252")
)


def _long_way(fix: FixEncoding, text: str) -> list:
    return fix._line_by_line_repairs(text, notable_chars(text))


@given(_WHOLE_DOCUMENT | _DOCUMENT | st.text(st.sampled_from(_ALPHABET + "\n")))
@example(_damaged("Il faut s’éloigner de l’école.\n\nUne idée—enfin.", "sloppy-windows-1252"))
@example(_damaged("Zażółć gęślą jaźń\nČíslo účtu\nDodaj użytkownika", "sloppy-windows-1252"))
@example(_damaged("naïve café\n", "sloppy-windows-1252") + "\nrésumé")
@example(_damaged("Ölçü ve “ağırlık”", "sloppy-windows-1252") + "\nAT&amp;T")
def test_the_whole_text_decoded_at_once_gives_the_line_by_line_repairs(text):
    """Either the long way is taken, or its repairs are given exactly."""
    for fix in (fix_encoding, without_entities):
        whole = _transcoded_whole(text, notable_chars(text))
        if whole is not None:
            assert whole == _long_way(fix, text)


def test_french_mojibake_with_apostrophes_is_decoded_at_once():
    """l’école decoded holds Mac Roman's lead and continuation, beside a lone letter: undone in none."""
    original = "Il faut s’éloigner de l’école.\n\nUne idée, déjà."
    text = _damaged(original, "sloppy-windows-1252")
    whole = _transcoded_whole(text, notable_chars(text))
    assert whole is not None
    assert len(whole) == 1  # one run of lines, as _line_repairs takes it
    assert whole == _long_way(fix_encoding, text)
    assert fix_encoding(text) == original


def test_czech_mojibake_with_c1_controls_is_repaired_line_by_line():
    """Windows-1252 leaves 0x8D as a C1 control: each line is its own repair, as the long way."""
    original = "Číslo účtu\n\nPřidat položku"
    text = _damaged(original, "sloppy-windows-1252")
    whole = _transcoded_whole(text, notable_chars(text))
    assert whole is not None
    first_end = text.index("\n") + 1
    assert [(r.start, r.end) for r in whole] == [(0, first_end), (first_end + 1, len(text))]
    assert whole == _long_way(fix_encoding, text)
    assert fix_encoding(text) == original


def test_a_clean_line_outside_ascii_takes_the_long_way():
    """A line ftfy's detector may not flag is left to the document's evidence."""
    text = _damaged("café crème", "sloppy-windows-1252") + "\nrésumé"
    assert _transcoded_whole(text, notable_chars(text)) is None
    assert fix_encoding(text) == "café crème\nrésumé"


def test_an_entity_takes_the_long_way():
    text = _damaged("café", "sloppy-windows-1252") + " &amp; more"
    assert _transcoded_whole(text, notable_chars(text)) is None


def test_a_flagged_line_without_a_sure_pair_is_asked_of_the_detector():
    """Polish ``Å‚`` (``ł``) is no pair flagged alone, but its line is flagged: decoded at once."""
    original = "Wyłączył się.\n\nKoniec"
    text = _damaged(original, "sloppy-windows-1252")
    whole = _transcoded_whole(text, notable_chars(text))
    assert whole is not None
    assert whole == _long_way(fix_encoding, text)
    assert fix_encoding(text) == original
