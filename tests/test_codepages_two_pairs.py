"""fix_legacy_codepage: a document whose lines were shown through two different pairs of code pages."""

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textclean._filters.codepages import FixLegacyCodepage, fix_legacy_codepage

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from eval_codepages import MIXUPS, documents, encode, mixing_documents

_TUNE_MIXED, _TUNE_GENUINE = documents("tune")
_TUNE_MIXING = mixing_documents("tune")


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


class TestLinesTheDocumentsPairLeaves:
    @pytest.mark.parametrize(
        ("lines", "pairs"),
        [
            # (sentences of no dev set; the base repaired none of these wholly)
            (
                [
                    "Die Datei wurde erfolgreich hochgeladen und geprüft.",
                    "Bitte wählen Sie eine kleinere Datei aus.",
                    "Die Änderungen wurden gespeichert.",
                ],
                [("cp1252", "mac-roman"), ("cp850", "cp1252"), ("cp1252", "mac-roman")],
            ),
            (
                [
                    "Tämä tiedosto on liian suuri lähetettäväksi.",
                    "Yritä myöhemmin uudelleen, kiitos.",
                    "Päivitys epäonnistui.",
                ],
                [("mac-roman", "cp1252"), ("cp850", "cp1252"), ("mac-roman", "cp1252")],
            ),
            (
                [
                    "Hyvä asiakas, tilauksesi on käsitelty.",
                    "Tässä luvussa voi olla enintään kymmenen numeroa.",
                    "Kiitos tilauksestasi.",
                ],
                [("cp850", "cp1252"), ("mac-roman", "cp1252"), None],
            ),
            (
                [
                    "Você pode editá-lo novamente abaixo.",
                    "O arquivo “{name}” foi enviado com sucesso.",
                    "Não foi possível salvar as alterações.",
                ],
                [("cp1252", "cp850"), None, ("cp1252", "cp850")],
            ),
        ],
    )
    def test_each_line_by_its_own_pair(self, lines, pairs):
        """A line the document's pair reads wrongly, or not at all, is read by its own pair."""
        shown = "\n".join(
            line if pair is None else encode(line, pair[0]).decode(pair[1])
            for line, pair in zip(lines, pairs, strict=True)
        )
        assert fix_legacy_codepage(shown) == "\n".join(lines)

    def test_quotes_around_a_placeholder_stay(self):
        """Curly quotes standing around a placeholder are no DOS 850 letters (``ô{obj}ö``)."""
        shown = "VocÛ pode editß-lo novamente abaixo.\nO {name} “{obj}” foi alterado com sucesso."
        assert (
            fix_legacy_codepage(shown).split("\n")[1]
            == "O {name} “{obj}” foi alterado com sucesso."
        )

    def test_own_reading_named_in_explain(self):
        """explain names each line's own pair."""
        shown = "TŠmŠ tiedosto on liian suuri lŠhetettŠvŠksi.\nYrit„ my”hemmin uudelleen, kiitos."
        reasons = {change.reason for change in FixLegacyCodepage().explain(shown)[1]}
        assert reasons == {
            "legacy code page: mac-roman read as cp1252",
            "legacy code page: cp850 read as cp1252",
        }


class TestProperties:
    @given(st.sampled_from(_TUNE_MIXING))
    def test_mixing_documents_idempotent(self, doc):
        """A document whose lines were shown through two pairs, or one among clean lines, settles at once."""
        once = fix_legacy_codepage("\n".join(doc.shown))
        assert fix_legacy_codepage(once) == once

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
