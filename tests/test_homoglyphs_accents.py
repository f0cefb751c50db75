"""Accented Latin letters inside Cyrillic or Greek words, read as base letter and mark (accents)."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from textclean import Cleaner
from textclean._filters.homoglyphs import accents, fix_homoglyphs

ACUTE = "\N{COMBINING ACUTE ACCENT}"
# Russian and Belarusian words with a stressed vowel, as dictionaries write them.
STRESSED = (
    "Козло" + ACUTE + "в",
    "бо" + ACUTE + "льшее",
    "Транскрипто" + ACUTE + "м",
    "Гера" + ACUTE + "сімаў",
    "Новотро" + ACUTE + "ицка",
    "Ло" + ACUTE + "гойск",
)
_TO_LATIN = {"о": "o", "а": "a", "е": "e", "с": "c", "р": "p", "А": "A", "Н": "H", "К": "K"}
_NFC = "NFC"


def swapped(word: str, letters: str) -> str:
    """``word`` with its Cyrillic letters among ``letters`` written as their Latin twins."""
    return "".join(_TO_LATIN[c] if c in letters and c in _TO_LATIN else c for c in word)


class TestStressedVowels:
    def test_latin_vowel_under_a_stress_mark(self) -> None:
        """A Latin ``o`` under the stress mark, joined into ``ó`` by NFC, is Cyrillic ``о`` again."""
        text = unicodedata.normalize(_NFC, "Кoзлo" + ACUTE + "в пришёл домой.")
        assert "ó" in text
        assert fix_homoglyphs(text) == "Козло" + ACUTE + "в пришёл домой."

    def test_other_letters_of_the_word_too(self) -> None:
        """The word's other Latin twins are repaired with it (``Транcкриптóм``)."""
        text = unicodedata.normalize(_NFC, "Транcкрипто" + ACUTE + "м клетки.")
        assert fix_homoglyphs(text) == "Транскрипто" + ACUTE + "м клетки."

    def test_default_cleaner(self) -> None:
        """Through the default cleaner, whose ``normalize_unicode`` joins the letter first."""
        text = "Рыгo" + ACUTE + "р Барадулін нарадзіўся ў вёсцы."
        assert Cleaner().clean(text) == "Рыго" + ACUTE + "р Барадулін нарадзіўся ў вёсцы."

    def test_greek_takes_its_tonos_precomposed(self) -> None:
        """A Greek word gets ``ό``, the precomposed letter Greek text writes."""
        assert fix_homoglyphs("Οι άνθρωποι είναι καλóί.") == "Οι άνθρωποι είναι καλόί."

    def test_explain_gives_the_same_text(self) -> None:
        """explain composes taking apart, the word's repair and putting back into one change."""
        text = unicodedata.normalize(_NFC, "Кoзлo" + ACUTE + "в пришёл.")
        fixed, changes = fix_homoglyphs.explain(text)
        assert fixed == fix_homoglyphs(text)
        assert [(c.before, c.after) for c in changes] == [("Кoзлóв", "Козло" + ACUTE + "в")]
        assert "accented letter" in changes[0].reason


class TestLeftAlone:
    def test_latin_words_keep_their_letters(self) -> None:
        """Latin words with accents beside Cyrillic text are not taken apart."""
        for text in ("Кафе «Café de Flore» в Париже.", "Ólafur и Björk приехали."):
            assert accents.decomposed(text) is None
            assert fix_homoglyphs(text) == text

    def test_garbled_latin_word_keeps_its_accent(self) -> None:
        """A Latin word garbled with twins of many scripts is no Cyrillic word (``ǀꬲѕрēјαmꮪ``)."""
        assert accents.decomposed("ǀꬲѕрēјαmꮪ, þʋւkα") is None

    def test_mostly_latin_word(self) -> None:
        """A Latin word with one Cyrillic letter keeps its accented letter whole."""
        assert accents.decomposed("Evróþusаmbandið") is None

    def test_vietnamese_marks_are_not_greek(self) -> None:
        """A hook above is no mark Greek writes: ``Ηảι`` is a Vietnamese word swapped, not Greek."""
        assert accents.decomposed("huyện An Lão ( Ηảι Phòng )") is None

    def test_mojibake_keeps_its_letters(self) -> None:
        """Text decoded with the wrong code page: accents on most letters, or runs of two."""
        for text in ("πÇîπüéπéèπüîπü¿πüåπüö", "Γò¼├«Γò¼Γò£Γò¼ΓöÉ", "μö╣μôìõ¢£"):
            assert accents.decomposed(text) is None

    def test_base_left_latin_is_put_back(self) -> None:
        """A cluster whose base the rules leave Latin is the precomposed letter again."""
        split = accents.decomposed("Кoзлóв")
        assert split is not None
        assert accents.recomposed(split.text, split) == "Кoзлóв"

    def test_length_change_gives_none(self) -> None:
        """Where the rules changed the length, the places are unknown: None, for a plain repair."""
        split = accents.decomposed("Кoзлóв")
        assert split is not None
        assert accents.recomposed(split.text + "!", split) is None


@given(
    word=st.sampled_from(STRESSED),
    letters=st.sets(st.sampled_from("оаеср"), min_size=1, max_size=2).map("".join),
    after=st.sampled_from(("пришёл домой.", "и другие слова.", "— так писали.")),
)
def test_swapped_stressed_words_come_back(word: str, letters: str, after: str) -> None:
    """One or two of a stressed word's twin letters swapped to Latin, NFC applied: the word comes back."""
    damaged = unicodedata.normalize(_NFC, swapped(word, letters) + " " + after)
    assert fix_homoglyphs(damaged) == word + " " + after


@given(
    latin=st.sampled_from(("café", "Ólafur", "Zoë", "naïve", "São Paulo", "Ångström", "Peña")),
    cyrillic=st.sampled_from(("Мы пили кофе в", "Он сказал, что", "Это слово —")),
)
def test_genuine_latin_accents_unchanged(latin: str, cyrillic: str) -> None:
    """Genuine Russian text quoting accented Latin words is left as it is."""
    text = f"{cyrillic} {latin}, и всё."
    assert fix_homoglyphs(text) == text
    assert fix_homoglyphs(unicodedata.normalize("NFD", text)) == unicodedata.normalize("NFD", text)
