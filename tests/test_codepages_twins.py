"""fix_legacy_codepage: a stray Cyrillic look-alike in a Latin word is no Western letter read as Cyrillic."""

import gzip
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textclean._filters.codepages import fix_legacy_codepage

DATA = Path(__file__).resolve().parent / "data" / "translations.jsonl.gz"
# Texts of plain ASCII letters in Latin languages, where a look-alike may be planted.
PLAIN = [
    text
    for text in (
        json.loads(line)["text"]
        for line in gzip.decompress(DATA.read_bytes()).decode().splitlines()
    )
    if text.isascii() and any(char.isalpha() for char in text)
]
# Small Latin letters and their Cyrillic twins, which Windows-1251 shows for
# Western ``à``, ``å``, ``î``, ``ð``, ``ñ``, ``õ``, ``ó`` and ``³``.
TWINS = dict(zip("aeopcxyi", "аеорсхуі", strict=True))


def _planted(text: str, at: int) -> str:
    """``text`` with the ``at``-th small letter that has a twin inside a word made Cyrillic."""
    places = [
        index
        for index, char in enumerate(text)
        if char in TWINS and index and text[index - 1].isalpha()
    ]
    if not places:
        return text
    index = places[at % len(places)]
    return text[:index] + TWINS[text[index]] + text[index + 1 :]


class TestStrayTwinsStay:
    @pytest.mark.parametrize(
        "text",
        [
            # (written after the rule: other words, languages and letters than the set's)
            "Quella cittа era bella\nPerché è così, dicono",  # Italian à, a line with è below
            "Der Kаtalog ist leer",
            "Ein schönes Wochenеnde",
            "Un pеtit chat noir dort",
            "El pеrro come en la cocina",
            "Een mooie dаg aan zee",
            "Hundеn springer i parken",
            "Os dados do utilizadоr",
            "Wybierz plik z dyskiеm",
            "Kliknij przycisk ponоwnie",
            "Zaloguj sie na kоnto",
            "Saugoti pakeitimus dabаr",
            "Mustafa Kemal Atatürk Cаddesi",
            "Die Seitеnleiste ist leer",  # (these two the filter changed before: Seitånleiste)
            "Sankt Gallen Kantonsspitаl",  # (Kantonsspitąl)
        ],
    )
    def test_left_to_fix_homoglyphs(self, text):
        """A look-alike typed inside a Latin word is left as it is (fix_homoglyphs repairs it)."""
        assert fix_legacy_codepage(text) == text

    @given(st.sampled_from(PLAIN), st.integers(min_value=0, max_value=64))
    def test_planted_twin_stays(self, text, at):
        """A Latin text with one small letter inside a word made its Cyrillic twin is left."""
        shown = _planted(text, at)
        assert fix_legacy_codepage(shown) == shown


class TestMixupsOfTheSameShapeRepaired:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # Spanish ó and ñ read as Windows-1251 are у and с, look-alikes: known words tell.
            ("La configuraciуn de la cuenta", "La configuración de la cuenta"),
            (
                "Aсadir otra opciуn\nGuardar la informaciуn",
                "Añadir otra opción\nGuardar la información",
            ),
            # Swedish å read as Windows-1251 is е: the plain words are Swedish, which writes å.
            (
                "Innehеllet i fil %(name)s finns inte\nInnehеllstyper saknas i listan",
                "Innehållet i fil %(name)s finns inte\nInnehållstyper saknas i listan",
            ),
        ],
    )
    def test_repaired(self, text, expected):
        """Western text shown as Windows-1251 with look-alikes only is still repaired where told."""
        assert fix_legacy_codepage(text) == expected
