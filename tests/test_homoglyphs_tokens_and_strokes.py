"""Units, suffixes, acronyms, Greek capitals by digits and tall strokes opening whole look-alike words."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from textclean._filters.homoglyphs import fix_homoglyphs
from textclean._filters.homoglyphs.context import unit_or_suffix


class TestUnitsAndSuffixes:
    def test_unit_after_degree_sign(self) -> None:
        """``°C`` stays Latin in a Russian text with swapped letters, written С elsewhere."""
        text = "Температура плавления 962°C. С утра забастовка пpодолжалась."
        assert (
            fix_homoglyphs(text) == "Температура плавления 962°C. С утра забастовка продолжалась."
        )

    def test_domain_suffix(self) -> None:
        """A suffix a dot opens as a word (``.ac``) stays Latin."""
        text = "Доменов в зоне .ac отсутствует, пpодолжали."
        assert fix_homoglyphs(text) == "Доменов в зоне .ac отсутствует, продолжали."

    def test_dotted_abbreviation_is_no_suffix(self) -> None:
        """A dot after a letter opens no suffix: ``т.e.`` is the swapped ``т.е.``."""
        assert not unit_or_suffix("т.e.", 2)
        assert fix_homoglyphs("Это значит, т.e. пpодолжали.") == "Это значит, т.е. продолжали."

    def test_twin_of_another_script_after_degree_sign(self) -> None:
        """A Cyrillic ``С`` after a degree sign in English is judged, as before."""
        assert not unit_or_suffix("20°С", 3)
        assert fix_homoglyphs("It was 20°С todаy.") == "It was 20°C today."


class TestAcronymsInSwappingText:
    def test_acronym_a_rare_latin_word(self) -> None:
        """``MBC`` (Filipino lists it) is Ukrainian ``МВС`` in a text with swapped letters."""
        text = "Міністр MBC заявив пpо нові правила."
        assert fix_homoglyphs(text) == "Міністр МВС заявив про нові правила."

    def test_acronym_english_writes(self) -> None:
        """``BBC`` is as common in English as ``ВВС`` in Russian: it stays."""
        text = "Про це повідомила BBC, пpо це писали."
        assert fix_homoglyphs(text) == "Про це повідомила BBC, про це писали."

    def test_rare_reading_no_acronym(self) -> None:
        """A code whose reading is a rare word (flight ``AHY``: ``ану``) stays Latin."""
        text = "Рейс AHY 217 пpибыл в Актау."
        assert fix_homoglyphs(text) == "Рейс AHY 217 прибыл в Актау."

    def test_no_swapping_no_rewrite(self) -> None:
        """Without swapped letters elsewhere, a capitals word some Latin language lists stays."""
        text = "Міністр MBC заявив про нові правила."
        assert fix_homoglyphs(text) == text


class TestGreekCapitalsByDigits:
    def test_latin_looking_greek_capitals(self) -> None:
        """``ΕΥ4096``, ``Ε17`` in a text that swaps: Latin capitals' twins are swapped letters."""
        text = "Thе tоtal wаs ΕΥ4096 and Ε17 in London."
        assert fix_homoglyphs(text) == "The total was EY4096 and E17 in London."

    def test_science_greek_stays(self) -> None:
        """Greek science writes by digits (``5α``, ``Δ9``) stays."""
        text = "Thе rаtе of 5α and Δ9 waѕ high."
        assert fix_homoglyphs(text) == "The rate of 5α and Δ9 was high."


class TestTallStrokeOpeningWholeWord:
    def test_capital_i_of_a_whole_swapped_word(self) -> None:
        """``ǀռԁꙇαռ`` mid-sentence is ``Indian``: a tall stroke is no dotted i."""
        text = "Ꮤհαt'ꜱ tհꬲ ԁꭵẝẝегҽոꮯҽ bеtɯеҽռ ǀռԁіαո αռԁ Ꭺƒᴦɩᴄαո food?"
        assert fix_homoglyphs(text) == "What's the difference between Indian and African food?"

    def test_partly_swapped_word_keeps_its_small_i(self) -> None:
        """A word with plain letters (``ǀs``) may be a swapped small i: read by the lexicon."""
        text = "The prσduce ꭲhe аꭲtribute whose nɑme ǀs the idҽntifier."
        assert fix_homoglyphs(text) == "The produce the attribute whose name is the identifier."

    def test_function_word_stays_small(self) -> None:
        """A wholly swapped ``ǀꜱ`` mid-sentence is ``is``: function words are small there."""
        text = "Ꭲհҽ ꮲӏսꮐ ǀꜱ ҽmbҽԁԁҽԁ in the wall."
        assert fix_homoglyphs(text) == "The plug is embedded in the wall."

    def test_strokes_read_i_within_words(self) -> None:
        """A text swapping strokes for i within words (``wǀth``) keeps a small i at a word's start."""
        text = "Thꬲ ꞁռ bᴑx wǀth ᴀ lid."
        assert fix_homoglyphs(text)[4:6] == "in"


_RUSSIAN = ["город", "температура", "градусов", "зоне", "сайт", "было", "стало", "теплее"]
_LATIN_TOKENS = ["°C", "°F", ".ac", ".py", ".com", "°K"]


@st.composite
def _russian_with_units(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_RUSSIAN + _LATIN_TOKENS), min_size=2, max_size=12))
    return " ".join(words).replace(" °", "°") + "."


@given(_russian_with_units())
def test_genuine_russian_with_units_and_suffixes_unchanged(text: str) -> None:
    """Genuine Russian with Latin units and suffixes: fix_homoglyphs is the identity."""
    assert fix_homoglyphs(text) == text
