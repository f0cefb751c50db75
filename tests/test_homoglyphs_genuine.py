"""
Genuine Cyrillic and Greek text told in C: `genuine.settled_in_c` against `settled.unchanged`.

`settled_in_c` reads a text's letters on its script's code page; where it
answers, its answer must be the one `unchanged` gives (True: the word rules
leave the text as it stands; False: a word mixes scripts). These properties
hold it to `unchanged`, and to the word rules themselves, on text of every
kind the shortcut meets: genuine Russian, Ukrainian and Greek with Latin
names, acronyms and code, words of twin letters, stress marks, quotes and
separators, CJK and a third script beside them, and Latin twins swapped in.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st
from test_homoglyphs_twins_stay import _slow

from textclean._filters.homoglyphs import (
    _kept_in_any_context,
    _left_as_it_stands,
    fix_homoglyphs,
)
from textclean._filters.homoglyphs.genuine import settled_in_c
from textclean._filters.homoglyphs.letters import CYRILLIC, LATIN
from textclean._filters.homoglyphs.settled import _by_runs, unchanged

_WORDS = {
    "ru": ["программирования", "язык", "и", "а", "с", "о", "у", "сор", "ее", "Не", "В", "С"],
    "uk": ["мова", "це", "і", "їжак", "ґанок", "Україна", "усіх", "хороше", "У", "зʼїзд"],
    "el": ["γλώσσα", "ο", "Ο", "η", "Η", "Τα", "το", "και", "Οι", "για", "να", "Αν", "τιμή"],
}
_LATIN = ["Python", "JavaScript", "Google", "the", "NoSQL", "Java"]
_LATIN_TWINS = ["CSS", "OK", "XXII", "B", "C", "x"]  # twins of Cyrillic letters all
_SEPARATORS = [" ", " ", " ", ", ", ". ", " = ", " — ", ": ", " | ", "\t", "\n", "\n\n", "5", "_"]
_QUOTES = ["«", "»", '"', "(", ")", "“", "”", "'", "’", "→", "№", "…"]
_OTHER = ["中文", "日本語", "한국어", "Ｐｙｔｈｏｎ", "𝐁𝐫𝐞𝐚𝐤", "é", "µ", "²", "α", "я"]
_STRESSED = ["за\u0301мок", "а\u0301", "бе\u0300лый", "\u0301"]
# Latin twins swapped into words of the script, and the reverse.
_SWAPPED = ["Мoсква", "стpуктура", "coр", "Gοοgle", "τιμh", "Pyth\u043en", "a", "c"]


@st.composite
def _texts(draw: st.DrawFn) -> str:
    """A text mostly in one language's words, with pieces of every other kind among them."""
    language = draw(st.sampled_from(sorted(_WORDS)))
    own = st.sampled_from(_WORDS[language])
    # A few kinds of other pieces a text (most texts hold one or two kinds).
    extras = _QUOTES + _OTHER + _STRESSED + _SWAPPED + _LATIN_TWINS
    kinds = draw(st.lists(st.sampled_from(extras), max_size=2))
    other = st.sampled_from(_LATIN + kinds)
    pieces = draw(
        st.lists(st.one_of(own, own, own, other, st.sampled_from(_SEPARATORS)), max_size=40)
    )
    glue = draw(st.sampled_from(["", " "]))
    return glue.join(pieces)


@given(_texts())
@example("Язык Python создан в 1991 году, а Java позже.\nС ним работают и в России: Java, а не C.")
@example("Η Apple και ο Β. Παπαδόπουλος είπαν ότι η Google ο x είναι καλή.")
@example("Мы пишем нa Python, a c ним легко.")
@example("За\u0301мок и Python, а\u0301 не CSS.")
@example("Слово café и Python.")
@example("Он живёт в доме B на улице, а Python рядом. N и TeX тоже.")
def test_where_it_answers_it_answers_as_unchanged(text: str) -> None:
    """
    As `unchanged` answers; weighing Latin words of twins, True too where the word rules keep the text.

    `unchanged` leaves a Latin word of twins whose context may be the
    script to the rules (``B`` in Russian); `settled_in_c` asked to weigh
    them says True where rule 2 keeps each wherever it stands, and the rules
    then keep the text.
    """
    told = settled_in_c(text, _kept_in_any_context)
    if told is not None:
        assert told == unchanged(text, _kept_in_any_context)
    weighed = settled_in_c(text, _kept_in_any_context, latin_twins=True)
    if weighed is False:
        assert unchanged(text, _kept_in_any_context) is False
    elif weighed:
        assert unchanged(text, _kept_in_any_context) or _slow(text) == text


@given(_texts())
def test_a_text_it_settles_is_one_the_word_rules_keep(text: str) -> None:
    """Where it says True, the word rules alone change nothing, and neither does the filter."""
    if settled_in_c(text, _kept_in_any_context, latin_twins=True):
        assert _slow(text) == text
        assert fix_homoglyphs(text) == text


@given(_texts())
@example("Он живёт в доме B на улице, а Python рядом.")
@example("Разработан компанией Ericsson. Ko мне обращаются, и Erlang тоже.")
@example("Мы пишем на Python и CSS, а с ним легко, Ko.")
def test_a_text_unchanged_settles_is_one_the_word_rules_keep(text: str) -> None:
    """Where `unchanged` says True (look-alike words of another script weighed where they stand), the rules keep it."""
    if unchanged(text, _kept_in_any_context):
        assert _slow(text) == text


def test_latin_words_of_twins_are_weighed_by_the_runs() -> None:
    """A Latin word of twins is weighed where it stands by `_by_runs`, not left to a word-by-word pass."""
    present = frozenset({CYRILLIC, LATIN})
    among_names = "Мы пишем на языке.\nUse Python or Java, x for Erlang and Haskell."
    assert _by_runs(among_names, present, _kept_in_any_context) is True
    among_russian = "Python и x, Java и y работают."
    assert _by_runs(among_russian, present, _kept_in_any_context) is False
    assert unchanged(among_russian, _kept_in_any_context) is False


class TestSettledInC:
    """Which texts the code-page reading tells, and which it leaves to `unchanged`."""

    def test_russian_with_latin_names_is_settled(self) -> None:
        """Whole Latin words among Russian ones, words of twin letters too: True."""
        text = "Мы пишем на Python и CSS, а с ним легко.\nВ коде всё в порядке."
        assert settled_in_c(text, _kept_in_any_context) is True

    def test_greek_with_lone_twin_letters_is_settled(self) -> None:
        """Greek ``ο`` and ``η`` beside Latin names, weighed beside every kind of letter: True."""
        text = "Η Google και ο Β. Παπαδόπουλος είπαν ότι η Apple είναι εδώ."
        assert settled_in_c(text, _kept_in_any_context) is True

    def test_stress_marks_are_read_on_the_page(self) -> None:
        """Russian stress marks stand in on the code page: the text is still told."""
        text = "За\u0301мок на горе\u0301, а\u0301 рядом Python и Java."
        assert settled_in_c(text, _kept_in_any_context) is True

    def test_a_mixed_word_is_false(self) -> None:
        """A Latin ``o`` inside a Russian word: rule 1 weighs it, so not left as it stands."""
        assert settled_in_c("Столица — Мoсква, и это язык.", _kept_in_any_context) is False

    def test_a_latin_word_of_twins_is_left_to_unchanged_at_first(self) -> None:
        """A lone Latin capital (``B``) is weighed by its place first: not told here."""
        assert settled_in_c("Он живёт в доме B на улице.", _kept_in_any_context) is None

    def test_a_latin_word_of_twins_kept_anywhere_is_settled(self) -> None:
        """Weighed, a Latin word of twins rule 2 keeps in any context (``TeX``, ``B`` mid-sentence) stays."""
        texts = [
            "Он живёт в доме B на улице.",
            "Мы пишем статьи в TeX и программы в Python.",
            "Η σελίδα N του βιβλίου και η Google.",
        ]
        for text in texts:
            assert settled_in_c(text, _kept_in_any_context, latin_twins=True) is True, text
            assert _left_as_it_stands(text), text

    def test_a_latin_capital_opening_a_sentence_is_left_to_the_rules(self) -> None:
        """``B`` opening a sentence before a small Russian letter, with Latin names about: its place decides."""
        text = "Мы пишем на Python. B доме тепло."
        assert settled_in_c(text, _kept_in_any_context, latin_twins=True) is None
        assert not _left_as_it_stands(text)
        assert fix_homoglyphs(text) == "Мы пишем на Python. В доме тепло."

    def test_a_latin_word_of_twins_read_in_the_script_is_left_to_the_rules(self) -> None:
        """A small ``a`` is the script's word in its context: not told here."""
        text = "Он живёт в доме a на улице."
        assert settled_in_c(text, _kept_in_any_context, latin_twins=True) is None

    def test_a_symbol_beyond_the_code_page_is_left_to_unchanged(self) -> None:
        """An arrow Windows-1251 lacks: the page cannot hold the text."""
        assert settled_in_c("Язык → Python, а не Java.", _kept_in_any_context) is None

    def test_a_third_script_is_left_to_unchanged(self) -> None:
        """Russian with a Greek letter: not all of one block."""
        assert settled_in_c("Угол α равен Python.", _kept_in_any_context) is None

    def test_english_is_left_to_unchanged(self) -> None:
        """Text mostly in ASCII: `unchanged` meets its mixed word at once."""
        assert settled_in_c("The quick brоwn fox.", _kept_in_any_context) is None
