"""
Cyrillic text in Ukrainian's or Belarusian's letters that writes ``і`` is weighed in Ukrainian.

Russian, Bulgarian and Macedonian never write ``і``; Belarusian, which the
lexicon lacks, writes it as Ukrainian does, so such a text's Cyrillic
language is Ukrainian's (`judge._ukrainian_or_belarusian`): its function
word ``і`` typed with a Latin ``i`` is repaired. Kazakh, which writes
``і`` too but also letters neither language writes, stays Russian's, and
its Latin case endings (``repr-i``) stay.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textclean._filters.homoglyphs import fix_homoglyphs
from textclean._filters.homoglyphs.judge import document_language

BELARUSIAN = [
    ("Ён прыйшоў дадому i сеў за стол.", "Ён прыйшоў дадому і сеў за стол."),
    (
        "Порт, транзытны пункт для нафты i іншых мінеральных рэсурсаў.",
        "Порт, транзытны пункт для нафты і іншых мінеральных рэсурсаў.",
    ),
    ("Мы былі ў Мінску i Гродна ўлетку.", "Мы былі ў Мінску і Гродна ўлетку."),
]

GENUINE = [
    "object repr | объекттің repr-i\naction flag = әрекет белгісі",
    "Біз бүгін үйге қайтамыз. Ұлы дала елі.",
    "Беларусь знаходзіцца ў цэнтры Еўропы. Сталіца — Мінск.",
    "Файл config-i для сервера лежит в папке.",
]
# A Latin index in Russian prose stays; in a text writing ``і`` it reads as
# Ukrainian's ``і``, as in Ukrainian text before this rule.
RUSSIAN_INDEX = "Для каждого i от 1 до n вычислим сумму."


class TestDottedI:
    """A Cyrillic text writing ``і`` is weighed in Ukrainian's lexicon."""

    @pytest.mark.parametrize(("damaged", "original"), BELARUSIAN)
    def test_belarusian_conjunction_repaired(self, damaged: str, original: str) -> None:
        """The Belarusian ``і`` typed Latin, among words writing ``ў`` or ``і``, is repaired."""
        assert fix_homoglyphs(damaged) == original

    @pytest.mark.parametrize("text", [*GENUINE, RUSSIAN_INDEX])
    def test_genuine_text_unchanged(self, text: str) -> None:
        """Kazakh and Belarusian text, Latin case endings and a Russian index stay."""
        assert fix_homoglyphs(text) == text

    def test_language_of_a_text_writing_dotted_i(self) -> None:
        """Two words with ``і`` or ``ў`` make the text Ukrainian's; one, or Kazakh letters, do not."""
        belarusian = ["Мы", "былі", "ў", "Мінску", "ўлетку"]
        russian = ["Мы", "были", "в", "Минске", "летом", "и", "видели", "Київ"]
        kazakh = ["Біз", "бүгін", "үйге", "қайтамыз", "Ұлы", "дала", "елі"]
        assert document_language("Cyrillic", belarusian) == "uk"
        assert document_language("Cyrillic", russian) == "ru"
        assert document_language("Cyrillic", kazakh) != "uk"

    @given(st.sampled_from(GENUINE), st.sampled_from(GENUINE))
    def test_genuine_joined_unchanged(self, first: str, second: str) -> None:
        """Two genuine texts joined stay as written."""
        text = f"{first}\n{second}"
        assert fix_homoglyphs(text) == text
