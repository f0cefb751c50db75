"""
Round 14's look-alike rules: the dotted ``і``'s language, and acronyms of twin capitals in Latin prose.

Cyrillic text in Ukrainian's or Belarusian's letters that writes ``і`` is
weighed in Ukrainian's lexicon. Russian, Bulgarian and Macedonian never write ``і``; Belarusian, which the
lexicon lacks, writes it as Ukrainian does, so such a text's Cyrillic
language is Ukrainian's (`judge._ukrainian_or_belarusian`): its function
word ``і`` typed with a Latin ``i`` is repaired. Kazakh, which writes
``і`` too but also letters neither language writes, stays Russian's, and
its Latin case endings (``repr-i``) stay.

An acronym of Greek or Cyrillic twin capitals standing unquoted among
Latin words is a swapped Latin one where its Latin reading is a word, though
the other script writes it too (``ΝΑΤΟ``): `_acronym_among_words`.

A Latin word with its last letter swapped for a Cyrillic case ending's
(``pagе``) is no declined name where the stem is a word only of a third
language (Filipino ``pag``): `judge.latin_stem_with_ending` weighs the stem
in the whole word's language or English.

In a text of a language writing a look-alike as its own letter (Turkish
``ı``), a word's other strokes are read again with that letter kept
(``katӏı`` is ``katlı``, not ``katil``): `letters._read_beside_native`.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textclean._filters.homoglyphs import fix_homoglyphs
from textclean._filters.homoglyphs.judge import document_language, latin_stem_with_ending

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


ACRONYMS = [
    (
        "The ΝΑΤΟ summit opened in Brussels on Monday.",
        "The NATO summit opened in Brussels on Monday.",
    ),
    ("Members of the ΝΑΤΟ alliance met in June.", "Members of the NATO alliance met in June."),
    (
        "The ВВС reported on Monday that prices rose.",
        "The BBC reported on Monday that prices rose.",
    ),
]

ACRONYMS_KEPT = [
    "He was born in the СССР and moved to Paris in 1990.",
    "The sign read «СССР» in red letters.",
    'The Greek word "ΚΑΙ" means and.',
    "Greek news: ΝΑΤΟ και ΕΕ.",
    "The party ΚΚΕ won seats in Athens.",
    "В 1949 году было создано НАТО, а в 1955 — ОВД.",
]


class TestAcronymsAmongLatinWords:
    """Twin capitals unquoted in Latin prose are read as Latin's acronym where it is a word."""

    @pytest.mark.parametrize(("damaged", "original"), ACRONYMS)
    def test_swapped_acronym_repaired(self, damaged: str, original: str) -> None:
        """A Greek or Cyrillic spelling of an English acronym in English prose is repaired."""
        assert fix_homoglyphs(damaged) == original

    @pytest.mark.parametrize("text", ACRONYMS_KEPT)
    def test_foreign_acronym_kept(self, text: str) -> None:
        """Quoted, no English word, or in its own script's prose: it stays."""
        assert fix_homoglyphs(text) == text

    @given(st.lists(st.sampled_from(ACRONYMS_KEPT), min_size=2, max_size=4))
    def test_kept_lines_joined_kept(self, lines: list[str]) -> None:
        """Genuine lines with foreign acronyms, joined in any order, stay as written."""
        text = "\n".join(lines)
        assert fix_homoglyphs(text) == text

    def test_kept_where_the_text_writes_the_other_script(self) -> None:
        """In a text writing Greek words elsewhere, a Greek acronym among English words stays."""
        text = "Greek news: ΝΑΤΟ και ΕΕ.\nThe ΝΑΤΟ summit opened in Brussels on Monday."
        assert fix_homoglyphs(text) == text


class TestStemAndEnding:
    """A Latin stem and a Cyrillic ending: a declined name, or a word with its last letter swapped."""

    @pytest.mark.parametrize(
        ("damaged", "original"),
        [
            ("pagе — сторінка", "page — сторінка"),
            (
                "Нет доступа к этой странице\npagе = страница",
                "Нет доступа к этой странице\npage = страница",
            ),
        ],
    )
    def test_swapped_last_letter_repaired(self, damaged: str, original: str) -> None:
        """``pagе`` in a glossary line is English ``page``, not Filipino ``pag`` declined."""
        assert fix_homoglyphs(damaged) == original

    @pytest.mark.parametrize("word", ["TeXу", "Gitе", "Windowsе", "PHPі", "Linuxом", "Javaе"])
    def test_declined_names_kept(self, word: str) -> None:
        """Names declined in Cyrillic keep their ending, in Russian and Ukrainian."""
        assert latin_stem_with_ending(word, "ru")
        assert latin_stem_with_ending(word, "uk")
        text = f"Мы работаем в {word} каждый день."
        assert fix_homoglyphs(text) == text

    @pytest.mark.parametrize("word", ["pagе", "housе", "Mopе"])
    def test_swapped_words_are_no_names(self, word: str) -> None:
        """A word whose Latin or Cyrillic reading is likelier than its stem is no declined name."""
        assert not latin_stem_with_ending(word, "ru")


class TestNativeLetterKept:
    """Turkish ``ı`` stays Turkish's while the strokes beside it are read."""

    @pytest.mark.parametrize(
        ("damaged", "original"),
        [
            (
                "Köln'de üç katӏı bir binanın alt katında kiracı olarak yaşıyordu.",
                "Köln'de üç katlı bir binanın alt katında kiracı olarak yaşıyordu.",
            ),
            (
                "Genişleme: NATO, 26'ǀı düzende ilk toplantısını İstanbul'da yapacak.",
                "Genişleme: NATO, 26'lı düzende ilk toplantısını İstanbul'da yapacak.",
            ),
        ],
    )
    def test_stroke_beside_dotless_i(self, damaged: str, original: str) -> None:
        """The stroke is l beside a Turkish ı the lexicon reads as a word."""
        assert fix_homoglyphs(damaged) == original

    @pytest.mark.parametrize(
        "text",
        [
            "Köln'de üç katlı bir binanın alt katında kiracı olarak yaşıyordu.",
            "Katil zanlısı dün akşam yakalandı ve karakola götürüldü.",
        ],
    )
    def test_turkish_text_unchanged(self, text: str) -> None:
        """Genuine Turkish with ı stays as written."""
        assert fix_homoglyphs(text) == text
