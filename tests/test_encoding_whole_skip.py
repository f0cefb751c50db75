"""
fix_encoding skips ftfy's decision on the whole document where it could only repeat the line repairs.

Where every line outside ASCII is repaired by one decoding of the same code
page and the repaired document is clean to ftfy's detector
(_repeats_whole_document), the whole-document repair is not worked out. The
property: on documents of real translations, lines damaged through one code
page (Czech and Polish through Windows-1250 and Latin-1, whose C1 controls
send each line to ftfy) or several, the output and the explanation equal
those with the whole-document repair always worked out.
"""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from test_encoding_documents import CODECS, LINES, build

from textclean._filters import encoding
from textclean._filters.encoding import FixEncoding, _repeats_whole_document

fix_encoding = FixEncoding()

_LINE = st.tuples(st.sampled_from(LINES), st.sampled_from((None, *CODECS)), st.integers(1, 2))
# Most documents of one code page throughout, damaged once: where the skip applies.
_ONE_CODEC_DOCUMENT = st.sampled_from(CODECS).flatmap(
    lambda codec: st.lists(
        st.tuples(st.sampled_from(LINES), st.sampled_from((None, codec)), st.just(1)),
        min_size=2,
        max_size=6,
    )
)


def _always_whole(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[str, tuple[str, tuple]]:
    with monkeypatch.context() as patched:
        patched.setattr(encoding, "_repeats_whole_document", lambda _text, _repairs: False)
        return fix_encoding(text), fix_encoding.explain(text)


@given(_ONE_CODEC_DOCUMENT | st.lists(_LINE, min_size=2, max_size=6))
@example(
    [
        ("Přidat položku do košíku", "latin-1", 1),
        ("Zobrazit všechny účty", None, 1),
        ("Číslo účtu", "latin-1", 1),
    ]
)
@example([("Dodaj użytkownika", "latin-1", 1), ("Usuń", "latin-1", 1)])
def test_skipping_the_whole_document_changes_nothing(spec):
    """The output and explanation are those with ftfy's whole-document repair worked out."""
    text, _, _ = build(spec)
    with pytest.MonkeyPatch.context() as monkeypatch:
        expected = _always_whole(monkeypatch, text)
    assert (fix_encoding(text), fix_encoding.explain(text)) == expected


def test_czech_mojibake_with_c1_controls_skips_the_whole_document():
    """Lines ftfy repairs one by one, all with Latin-1 read as UTF-8: ftfy's decision repeats them."""
    original = "Přidat položku\nZobrazit účty\nČíslo účtu"
    text = original.encode("utf-8").decode("latin-1")
    repairs = fix_encoding._line_repairs(text, list(fix_encoding._suspect_lines(text, paired=True)))
    assert repairs
    assert _repeats_whole_document(text, repairs)
    assert fix_encoding(text) == original


def test_a_clean_non_ascii_line_keeps_the_whole_document():
    """A line outside ASCII that no repair covers may take ftfy's whole-document repair."""
    text = "Přidat položku".encode().decode("latin-1") + "\nZobrazit účty"
    repairs = fix_encoding._line_repairs(text, list(fix_encoding._suspect_lines(text, paired=True)))
    assert not _repeats_whole_document(text, repairs)
