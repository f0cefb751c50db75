"""Latin capitals opening Cyrillic or Greek sentences as their script's one-letter words (openers)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from textclean._filters.homoglyphs import fix_homoglyphs, openers


class TestOpeners:
    def test_russian_preposition_opening_a_sentence(self) -> None:
        """Every capital В swapped for B: the one opening a sentence is В again."""
        text = "Он уехал из города. B других системах всё иначе."
        assert fix_homoglyphs(text) == "Он уехал из города. В других системах всё иначе."

    def test_bulgarian_before_a_name(self) -> None:
        """Before a capitalised word of the script too (``B Бурса``)."""
        assert fix_homoglyphs("Те са много. B Бурса са ми приятели.") == (
            "Те са много. В Бурса са ми приятели."
        )

    def test_greek_article_after_a_quote(self) -> None:
        """A Greek article opening a quoted sentence (``"H αιτία``)."""
        text = 'Είπε στους δημοσιογράφους. "H αιτία της έκρηξης ερευνάται."'
        assert fix_homoglyphs(text) == 'Είπε στους δημοσιογράφους. "Η αιτία της έκρηξης ερευνάται."'

    def test_greek_article_opening_the_text(self) -> None:
        """At the text's start."""
        assert (
            fix_homoglyphs("O επόμενος πρόεδρος θα εκλεγεί.") == "Ο επόμενος πρόεδρος θα εκλεγεί."
        )

    def test_explain_names_the_rule(self) -> None:
        """explain gives the same text, with the opener's reason."""
        text = "Все ждали. K вечеру пошёл дождь."
        fixed, changes = fix_homoglyphs.explain(text)
        assert fixed == fix_homoglyphs(text) == "Все ждали. К вечеру пошёл дождь."
        assert any("opening a sentence" in change.reason for change in changes)

    def test_roman_digits_left_to_the_rules(self) -> None:
        """``C`` may be a programming language (``C был создан``): left to the rules."""
        assert openers.changes("C был создан в 1972 году.") == []
        assert openers.changes("Он уехал. C сестрами она не говорила.") == []

    def test_labels_keep_every_capital(self) -> None:
        """A text writing Latin capitals alone elsewhere (variables, labels) keeps them all."""
        for text in (
            "A равно B. C другой стороны всё просто.",
            "Витамин C полезен. B этом году его много.",
        ):
            assert fix_homoglyphs(text) == text

    def test_small_variable_keeps_them(self) -> None:
        """A small Latin letter alone (a variable ``x``) marks a formula: openers read none."""
        assert openers.changes("A больше нуля, если x положителен.") == []
        assert openers.changes("Пусть n велико. B этом случае ряд сходится.") == []

    def test_unit_is_no_label(self) -> None:
        """A unit after a degree sign (``°C``) is no Latin capital standing alone."""
        assert fix_homoglyphs("Было 20 °C. B этом году тепло.") == "Было 20 °C. В этом году тепло."

    def test_no_function_word_no_opener(self) -> None:
        """Initials and numerals (``М``, ``Х``, ``Ν``) are no function words: they stay."""
        for text in ("Он ушёл. M другой.", "Πέρασε. N άλλος ήρθε."):
            assert openers.changes(text) == []

    def test_conjunction_after_it(self) -> None:
        """A one-letter word after it (``C и C++``) is no phrase a preposition opens."""
        assert openers.changes("Языки. C и Python похожи.") == []

    def test_within_a_sentence(self) -> None:
        """Only sentence openers: a capital after a word is a label (``типа B``)."""
        assert openers.changes("Это вирус типа B другой страны.") == []

    def test_pronoun_i_left_to_the_rules(self) -> None:
        """``I`` may be English's pronoun: left to the rules."""
        assert openers.changes("Так було. I злий дух пішов.") == []

    def test_mixed_next_word(self) -> None:
        """A next word going on in Latin letters is a mixed word, for the rules."""
        assert openers.changes("Да. B дpугих местах.") == []


_RUSSIAN_WORDS = ["город", "других", "системах", "сестрами", "и", "в", "Москве", "уехал"]
_GREEK_WORDS = ["συμφωνία", "αιτία", "η", "και", "Αθήνα", "έρευνα"]
_LATIN_LABELS = ["A", "B", "C", "H", "O", "K", "X", "C++", "B12", "°C", "Python", "I"]
_ALONE_LABELS = ["A", "B", "C", "H", "O", "K", "X", "C++", "I"]  # a capital standing alone


@st.composite
def _genuine_with_labels(draw: st.DrawFn) -> str:
    """Russian or Greek sentences, some opening with a Latin label, with a label elsewhere."""
    words = draw(st.sampled_from([_RUSSIAN_WORDS, _GREEK_WORDS]))
    sentences = []
    for _ in range(draw(st.integers(1, 4))):
        body = draw(st.lists(st.sampled_from(words), min_size=1, max_size=5))
        opener = draw(st.sampled_from(["", *_LATIN_LABELS]))
        sentences.append(" ".join([opener, *body] if opener else body) + ".")
    label = draw(st.sampled_from(_ALONE_LABELS))
    return " ".join(sentences) + f" Тип {label} здесь."


@given(_genuine_with_labels())
def test_genuine_text_with_latin_labels_unchanged(text: str) -> None:
    """Genuine Cyrillic or Greek text writing Latin capitals as labels elsewhere: openers change nothing."""
    assert openers.changes(text) == []
