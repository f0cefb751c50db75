"""textclean.decode."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textclean import DecodeError, decode, decoding


class TestDecode:
    def test_utf8(self):
        """UTF-8 is read as UTF-8."""
        assert decode("naïve ✓".encode()) == ("naïve ✓", "utf-8", 1.0, False)

    def test_bom(self):
        """A byte-order mark picks the encoding and is dropped."""
        assert decode("\ufeffhello".encode()).text == "hello"
        assert decode("hi there".encode("utf-16")).text == "hi there"

    def test_detects_legacy_encoding(self):
        """Windows-1251 Russian is detected and reported."""
        text = "Москва — столица России, крупнейший город страны и её экономический центр."
        decoded = decode(text.encode("cp1251"))
        assert decoded.text == text
        assert decoded.encoding == "cp1251"

    def test_detects_latin1(self):
        """Latin-1 French is detected."""
        text = "Le café était très agréable, près de la forêt. Où êtes-vous allés hier soir ?"
        assert decode(text.encode("latin-1")).text == text

    @pytest.mark.parametrize(
        ("text", "encoding"),
        [
            ("café très crème brûlée déjà fenêtre", "cp1252"),
            ("Größe Straße Übung, schön und müde.", "cp1252"),
            ("Vilnius yra Lietuvos sostinė ir didžiausias šalies miestas.", "cp1257"),
            ("Москва, столица России, крупнейший город страны.", "koi8_r"),
            ("Αθήνα είναι η πρωτεύουσα της Ελλάδας.", "cp1253"),
        ],
    )
    def test_prefers_the_reading_made_of_words(self, text, encoding):
        """Of the code pages that decode the bytes, the one whose words are real words wins, surely."""
        decoded = decode(text.encode(encoding))
        assert decoded.text == text
        assert decoded.confidence >= 0.9
        assert not decoded.unsure

    def test_says_when_unsure(self):
        """Few words the lexicon can vouch for: the reading is marked unsure."""
        decoded = decode("Zażółć gęślą jaźń".encode("cp1250"))
        assert decoded.unsure
        assert decoded.confidence < 0.9

    def test_undecodable_names_source(self):
        """Bytes that fit no encoding raise an error naming the source."""
        with pytest.raises(DecodeError, match=r"^data\.bin: not UTF-8"):
            decode(bytes(range(256)) * 4 + b"\x00\xff\xfe\x81" * 50, source="data.bin")

    def test_refuses_str(self):
        """decode takes bytes only."""
        with pytest.raises(TypeError):
            decode("text")  # type: ignore[arg-type]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_ascii_text_saved_as_utf16_without_a_bom_is_read_as_utf16(encoding: str) -> None:
    """NULs are valid UTF-8: without the check, each letter came back with a NUL beside it."""
    text = "Plain ASCII text, saved by a Windows tool.\nA second line.\n"
    decoded = decode(text.encode(encoding))
    assert (decoded.text, decoded.encoding) == (text, encoding)


@given(st.binary(max_size=64))
def test_bytes_with_nuls_in_both_halves_are_never_read_as_utf16(data: bytes) -> None:
    """Only a NUL in (nearly) every other byte, and none between, reads as UTF-16."""
    assert decoding._utf16_without_bom(b"\x00\x00" + data) is None
