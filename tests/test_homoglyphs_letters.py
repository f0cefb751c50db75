"""
fix_homoglyphs: letters a language writes as its own, Greek sigma, the pronoun I, lone swapped words.

Each rule is decided by the lexicon (`textclean.lexicon`) or a language's
spelling, not by lists of words: the examples are other words than those
the rules were tuned on.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from textclean._filters.homoglyphs import _sparse_repair, fix_homoglyphs
from textclean._filters.homoglyphs.letters import LATIN, convert, native_letters

_TURKISH = [
    "Ankara'yı ziyaret eden heyet, Bakanlığın yeni binasında ağırlandı.",
    "Öğrencilerin yüzde 30'u sınavı kazandı, kalanı ise bir yıl daha çalışacak.",
    "Kadıköy'den Beşiktaş'a giden vapurda tanıdık bir yüzle karşılaştım.",
]
_ICELANDIC = [
    "Þingmenn ræddu frumvarpið á Alþingi í gær og þótti málið mikilvægt.",
    "Það var þungt yfir þegar þau komu heim úr þorpinu.",
]


class TestNativeLetters:
    def test_native_letters_come_from_the_lexicon(self):
        """Turkish writes dotless ı and Icelandic þ; English neither."""
        assert "\N{LATIN SMALL LETTER DOTLESS I}" in native_letters("tr")
        assert "\N{LATIN SMALL LETTER THORN}" in native_letters("is")
        assert not native_letters("en")

    def test_genuine_text_unchanged(self):
        """Genuine Turkish and Icelandic text stays, suffixes after apostrophes too."""
        for text in _TURKISH + _ICELANDIC:
            assert fix_homoglyphs(text) == text

    def test_genuine_letters_kept_among_swapped_ones(self):
        """A swapped word keeps its language's own letters (``yapılır`` with a swapped y)."""
        loop_y = "\N{LATIN SMALL LETTER Y WITH LOOP}"
        text = f"Toplantı {loop_y}arın {loop_y}apılacak ve kararlar açıklanacak."
        assert fix_homoglyphs(text) == "Toplantı yarın yapılacak ve kararlar açıklanacak."

    def test_swapped_native_letter_rewritten(self):
        """ı standing for i in a word the language knows only with i is repaired."""
        assert convert("b\u0131lg\u0131", LATIN, "tr") == "bilgi"
        assert convert("\u0131c\u0131n", LATIN, "en") == "icin"  # no Turkish here: Unicode's i

    @given(st.sampled_from(_TURKISH + _ICELANDIC), st.sampled_from(["", "\n", " "]))
    def test_genuine_text_unchanged_joined(self, text, joint):
        """Joined with other genuine text, it still stays."""
        joined = joint.join([text, _TURKISH[0], _ICELANDIC[0]])
        assert fix_homoglyphs(joined) == joined


class TestGreekSigma:
    def test_latin_o_for_sigma(self):
        """Unicode lists σ as a twin of o: the Greek lexicon decides which each word needs."""
        text = "Η οικογένεια έμενε oε ένα μικρό oπίτι κοντά oτη θάλαooα."
        assert fix_homoglyphs(text) == "Η οικογένεια έμενε σε ένα μικρό σπίτι κοντά στη θάλασσα."

    def test_latin_o_for_omicron_stays_omicron(self):
        """Where ο makes the word, ο it is."""
        text = "Η οικογένεια έμενε σε ένα μικρό σπίτι κοντά στo λιμάνι τoυ νησιού."
        assert (
            fix_homoglyphs(text)
            == "Η οικογένεια έμενε σε ένα μικρό σπίτι κοντά στο λιμάνι του νησιού."
        )

    def test_explain_agrees(self):
        """explain gives the same reading as clean."""
        text = "Οι κάτοικοι oυνήθως ψαρεύουν oτα ανοιχτά."
        fixed, changes = fix_homoglyphs.explain(text)
        assert fixed == fix_homoglyphs(text) == "Οι κάτοικοι συνήθως ψαρεύουν στα ανοιχτά."
        assert [c.after for c in changes] == ["συνήθως", "στα"]


class TestPronounI:
    def test_tall_stroke_alone_is_the_pronoun(self):
        """A dental click or palochka standing alone in English is I, not i."""
        click = "\N{LATIN LETTER DENTAL CLICK}"
        palochka = "\N{CYRILLIC SMALL LETTER PALOCHKA}"
        assert (
            fix_homoglyphs(f"Yesterday {click} went home early.") == "Yesterday I went home early."
        )
        assert fix_homoglyphs(f"{palochka}'ll call you when {palochka} can.") == (
            "I'll call you when I can."
        )

    def test_tall_stroke_opening_a_sentence_or_in_capitals(self):
        """A tall stroke read i opens a sentence as I; inside capitals it is I; AꞁІ is All."""
        click = "\N{LATIN LETTER DENTAL CLICK}"
        assert fix_homoglyphs(f"We left early. {click}t was r{click}ght.") == (
            "We left early. It was right."
        )
        assert convert(f"K{click}NG", LATIN, "en") == "KING"
        assert convert("A\ua781\u0406", LATIN, "en") == "All"


class TestLoneSwappedWord:
    def test_cyrillic_reading_far_likelier(self):
        """One Latin word of twins in Cyrillic prose, reading as a common Cyrillic word, is it."""
        assert fix_homoglyphs("Мы пришли к ним в гости, и все были дoма.") == (
            "Мы пришли к ним в гости, и все были дома."
        )
        assert fix_homoglyphs("Мы пришли к ним в гости, и все были дома, кpoме него.") == (
            "Мы пришли к ним в гости, и все были дома, кроме него."
        )
        assert fix_homoglyphs("Она ждала его на берегу, где была вода и cyxo.") == (
            "Она ждала его на берегу, где была вода и сухо."
        )

    def test_english_and_unknown_words_stay(self):
        """An English word, a name or a non-word in Cyrillic letters stays Latin."""
        for text in [
            "Модель Pro вышла в мае.",
            "Группа Coma выступила вчера.",
            "Пароль: Exe, логин: Box",
        ]:
            assert fix_homoglyphs(text) == text


_KAZAKH = [
    "Мен бүгін үйге ерте келдім, өйткені түлкі орманда жүгіріп жүр.",
    "Оқушылардың үлгерімі жақсы, мұғалімдер үнемі көмектеседі.",
    "Қазақстан халқы бұл туралы білу керек, тау мен орман үлкен.",
]


class TestFrontU:
    """Latin y for the Kazakh, Kyrgyz and Mongolian front vowel ү, by vowel harmony."""

    def test_front_words_read_straight_u(self):
        """A y in a word of front vowels, in a text of such an alphabet, is ү."""
        text = "Оқушылардың yлгерімі жақсы, мұғалімдер yнемі көмектеседі."
        assert fix_homoglyphs(text) == _KAZAKH[1]

    def test_back_words_and_consonants_read_u(self):
        """y in a back word, at a word's end or in a later Kazakh syllable stays у."""
        text = "Қазақстан халқы бұл тyралы білy керек, тay мен орман үлкен. Етyді жүрyге."
        assert fix_homoglyphs(text) == _KAZAKH[2] + " Етуді жүруге."

    def test_kyrgyz_and_mongolian_later_syllables(self):
        """Without Kazakh's letters, ү follows ү or ө in later syllables and doubles."""
        assert fix_homoglyphs("Биз үйгө бардык, бүгyн ысык.") == "Биз үйгө бардык, бүгүн ысык."
        assert fix_homoglyphs("хүмyyс өвөрмөц") == "хүмүүс өвөрмөц"

    def test_stems_the_text_writes_decide(self):
        """A stem written with у elsewhere keeps it; a loan from Russian keeps it."""
        text = "Бул куки үчүн, броузерде кyкиледи өчүрүп."
        assert fix_homoglyphs(text) == "Бул куки үчүн, броузерде кукиледи өчүрүп."
        assert fix_homoglyphs("Ұлттық yниверситетінде") == "Ұлттық университетінде"

    def test_russian_text_keeps_u(self):
        """Without the letters of a harmony alphabet, y is у (Unicode's twin)."""
        assert fix_homoglyphs("Мы yже пришли в yнивермаг.") == "Мы уже пришли в универмаг."

    @given(st.sampled_from(_KAZAKH), st.sampled_from(_KAZAKH))
    def test_genuine_text_unchanged(self, first, second):
        """Genuine Kazakh text, alone or joined, stays."""
        joined = f"{first}\n{second}"
        assert fix_homoglyphs(joined) == joined


def test_single_letters_are_not_icelandic():
    """A thorn beside a Greek twin, among words of one letter (listed by every language), is p."""
    text = "b þν b"
    assert fix_homoglyphs(text) == "b pv b"
    assert _sparse_repair(text) == fix_homoglyphs.explain(text)[0] == "b pv b"


def test_lorem_ipsum_is_not_icelandic():
    """A thorn in a swapped word of text barely any language knows is p (``þariꭺtꭎr``)."""
    original = (
        "Fuga earum veniam facilis distinctio omnis a explicabo. Magni delectus voluptatem "
        "doloribus alias at expedita. Nobis error ipsa quia saepe cumque. Eius pariatur totam."
    )
    swapped = (
        "Fuga ҽaꭱum venɪam faciliѕ distinᴄtio omnis a ꬲxꮲliᲃabo. Magni delectus voluƿtɑtem "
        "ԁolorɪbus alias at eхpedita. Nꬽbis eꭈꭱoꮁ ipsa quia saepe cumque. Eiuꜱ þariꭺtꭎr toꭲam."
    )
    assert fix_homoglyphs(swapped) == original
