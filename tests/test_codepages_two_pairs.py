"""fix_legacy_codepage: a document whose lines were shown through two different pairs of code pages."""

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textclean._filters.codepages import fix_legacy_codepage

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from eval_codepages import MIXUPS, documents, encode

_TUNE_MIXED, _TUNE_GENUINE = documents("tune")


def _shown(lines: list[str], pairs: list[tuple[str, str]]) -> str:
    return "\n".join(
        encode(line, saved).decode(read) for line, (saved, read) in zip(lines, pairs, strict=True)
    )


class TestLinesOfTwoPairs:
    @pytest.mark.parametrize(
        ("lines", "pairs"),
        [
            # (written after the rule: sentences of no dev set)
            (
                ["Сегодня хорошая погода в Москве", "Завтра обещают сильный дождь"],
                [("cp1251", "cp1252"), ("koi8-r", "cp1251")],
            ),
            (
                ["Сегодня хорошая погода", "Завтра обещают сильный дождь", "Прогноз на неделю"],
                [("cp1251", "cp1252"), ("cp866", "cp1251"), ("cp1251", "cp1252")],
            ),
            (
                ["Die Größe der Datei überschreitet das Limit", "Bitte wählen Sie eine kleinere"],
                [("cp1252", "cp850"), ("mac-roman", "cp1252")],
            ),
            (
                ["Le fichier est trop volumineux pour être envoyé", "Veuillez réessayer après"],
                [("cp1252", "cp850"), ("cp1252", "cp1251")],
            ),
            (
                ["Ο κωδικός πρόσβασης είναι λάθος", "Παρακαλώ δοκιμάστε ξανά"],
                [("cp1253", "cp1252"), ("iso8859-7", "cp1252")],
            ),
            (
                ["Файл занадто великий для завантаження", "Спробуйте ще раз пізніше"],
                [("cp1251", "cp1252"), ("koi8-u", "cp1251")],
            ),
            (
                ["La contraseña no es válida para esta cuenta", "Inténtelo de nuevo más tarde"],
                [("cp1252", "mac-roman"), ("cp437", "cp1252")],
            ),
            pytest.param(
                ["Nie można zapisać zmian w pliku", "Spróbuj ponownie później"],
                [("cp1250", "cp1252"), ("cp852", "cp1250")],
                # The DOS line's ``˘`` and ``«`` are read as punctuation, not a second pair.
                marks=pytest.mark.xfail(strict=True),
            ),
        ],
    )
    def test_each_line_repaired(self, lines, pairs):
        """Where no one pair reads the whole document, each line is repaired by its own."""
        assert fix_legacy_codepage(_shown(lines, pairs)) == "\n".join(lines)


class TestProperties:
    @given(st.sampled_from(_TUNE_GENUINE))
    def test_genuine_documents_unchanged(self, doc):
        """Documents of consecutive translations of one catalog, in any language, stay as they are."""
        assert fix_legacy_codepage(doc.text) == doc.text

    @given(st.sampled_from(_TUNE_MIXED), st.data())
    def test_two_pairs_idempotent(self, doc, data):
        """A document with one line shown through a second pair of its language settles at once."""
        lines = doc.expected.split("\n")
        saved, read = data.draw(st.sampled_from(MIXUPS[doc.lang]))
        at = data.draw(st.integers(min_value=0, max_value=len(lines) - 1))
        try:
            lines[at] = encode(lines[at], saved).decode(read)
        except UnicodeError:
            return
        shown = "\n".join(
            line if index == at else old
            for index, (line, old) in enumerate(zip(lines, doc.text.split("\n"), strict=True))
        )
        once = fix_legacy_codepage(shown)
        assert fix_legacy_codepage(once) == once


class TestLinesOfOtherLanguages:
    @pytest.mark.parametrize(
        ("mixed_up", "pair", "genuine"),
        [
            # (the first the document's pair changed before: ``Úcieýka ... zostaùa``)
            (
                "Kontrollera att värdet är större än noll",
                ("cp1252", "cp1257"),
                "Ścieżka wyszukiwania została zapisana",
            ),
            (
                "Überprüfen Sie bitte die Größe der Datei",
                ("cp1252", "cp1257"),
                "Zadejte platnou hodnotu pro toto pole",
            ),
            (
                "Wählen Sie eine gültige Option aus",
                ("cp1252", "cp1257"),
                "Wybierz poprawną opcję z listy",
            ),
        ],
    )
    def test_known_line_of_another_language_stays(self, mixed_up, pair, genuine):
        """A line its own language's lexicon knows is no line the document's pair repairs."""
        out = fix_legacy_codepage(_shown([mixed_up], [pair]) + "\n" + genuine).split("\n")
        assert out == [mixed_up, genuine]
