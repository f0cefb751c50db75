"""
Latin text (lorem ipsum, classical prose) with ambiguous look-alike strokes: read by Latin forms.

wordfreq has no Latin, so textclean reads Latin by the inflected forms of the
CLTK Latin lemmata (`textclean._filters.homoglyphs.latin`), which are not
shipped (their licence is unclear): the tests that need them run where
scripts/gen_latin_forms.py generated them, and are skipped elsewhere. Where a text reads as
Latin, a stroke (``ӏ``, ``ǀ``, ``ι``, ``ı``) is read so that its word is a
Latin form. Unit tests per rule, then a property over Latin prose written
after the rule was frozen (not lorem ipsum, which the development sets hold).
"""

import gzip
import random

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from textclean._confusables import OTHER_READINGS
from textclean._filters.homoglyphs import fix_homoglyphs, latin
from textclean._filters.homoglyphs.latin import latin_form, latin_word, reads_latin
from textclean._filters.homoglyphs.letters import TO_LATIN, WORD
from textclean.errors import DataFileError

SMALL_PALOCHKA = "\N{CYRILLIC SMALL LETTER PALOCHKA}"  # Unicode reads l
IOTA = "\N{GREEK SMALL LETTER IOTA}"  # Unicode reads i
DENTAL_CLICK = "\N{LATIN LETTER DENTAL CLICK}"  # Unicode reads l
SMALL_CAPITAL_I = "\N{LATIN LETTER SMALL CAPITAL I}"  # Unicode reads i
DOTLESS_I = "\N{LATIN SMALL LETTER DOTLESS I}"

needs_forms = pytest.mark.skipif(
    not latin.available(),
    reason="the Latin forms are not shipped; scripts/gen_latin_forms.py generates them",
)


@needs_forms
class TestForms:
    """The shipped forms: words written small, names capitalised."""

    def test_inflected_forms_are_listed(self):
        """Forms of nouns, verbs and pronouns, in any case."""
        assert all(map(latin_form, ["iure", "blanditiis", "Nesciunt", "illo", "QUIBUSDAM"]))

    def test_misread_forms_are_not(self):
        """The readings a stroke makes of them are no Latin."""
        assert not any(map(latin_form, ["lure", "bianditils", "nesclunt", "lilo"]))

    def test_a_name_is_a_form_only_capitalised(self):
        """``Gallia`` names a place: capitalised it is Latin, small it is not."""
        assert latin_form("Gallia")
        assert not latin_form("gallia")
        assert not latin_word("Gallia")


class TestDamagedFile:
    """A damaged forms file is one clear error naming it, never wrong answers."""

    @pytest.mark.parametrize("how", ["truncated", "no names"])
    def test_damaged_forms_file(self, tmp_path, monkeypatch, how):
        """Cut in half, or without its names section: a DataFileError naming the file."""
        data = gzip.compress(b"#source\na\nab\niure\n" * 500 + b"#names\ngallia\n")
        path = tmp_path / "latin_forms.txt.gz"
        if how == "truncated":
            path.write_bytes(data[: len(data) // 2])
        else:
            path.write_bytes(gzip.compress(b"#source\na\nab\n"))
        monkeypatch.setattr(latin, "_data_file", lambda: path)
        latin._forms.cache_clear()
        try:
            with pytest.raises(DataFileError, match="latin_forms"):
                latin_form("iure")
        finally:
            latin._forms.cache_clear()


class TestReadsLatin:
    """Whether a sample of a text's words reads as Latin."""

    @needs_forms
    def test_latin_prose(self):
        """Most words Latin forms, fewer known to any shipped lexicon."""
        assert reads_latin(
            [
                "Gallia",
                "est",
                "omnis",
                "divisa",
                "in",
                "partes",
                "tres",
                "quarum",
                "unam",
                "incolunt",
            ]
        )

    @pytest.mark.parametrize(
        "text",
        [
            "The lure of the sea is strong in summer and the port is busy",
            "La casa di mio padre non era molto grande ma aveva una vista sul mare",
            "El perro de mi madre es muy bonito y tiene una casa grande",
            "Die Liberalisierung auf dem Weltmarkt kam erst viel später",
        ],
    )
    def test_modern_languages_do_not(self, text):
        """English, Italian, Spanish and German share short words with Latin, not most words."""
        assert not reads_latin(text.split())

    def test_too_few_words_tell_nothing(self):
        """Three long words are no sample."""
        assert not reads_latin(["quasi", "saepe", "minima"])


# ---------------------------------------------------------------- the rule


@needs_forms
@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        # The reading made was a modern word: English ``lure``.
        (
            f"Iste {DENTAL_CLICK}ure ullam quasi a saepe. Sed minima unde omnis.",
            "Iste iure ullam quasi a saepe. Sed minima unde omnis.",
        ),
        # A likelier modern spelling: ``bianditils``.
        (
            f"Nam inventore b{SMALL_PALOCHKA}and{IOTA}t{DENTAL_CLICK}{IOTA}s h{IOTA}c, quis nostrum.",
            "Nam inventore blanditiis hic, quis nostrum.",
        ),
        # Unicode's reading is already Latin and stays (``nesclunt`` spells better).
        (
            f"Sequi recusandae numquam nesc{SMALL_CAPITAL_I}unt est. Expedita sunt.",
            "Sequi recusandae numquam nesciunt est. Expedita sunt.",
        ),
    ],
)
def test_a_stroke_in_latin_text_reads_as_a_latin_form(broken, fixed):
    """In text that reads as Latin, the one reading that is a Latin form wins."""
    assert fix_homoglyphs(broken) == fixed


@needs_forms
def test_of_several_latin_forms_unicodes_reading_wins_over_none():
    """``ɪǀꟾᴏ``: ``illo`` and ``ilio`` are Latin; the reading made (``lilo``) is not."""
    text = "Unde " + "\N{LATIN LETTER SMALL CAPITAL I}ǀꟾ\N{LATIN LETTER SMALL CAPITAL O}"
    text += f" exp{IOTA}icabo in aut maiores itaque. Quas nisi vero inventore."
    assert fix_homoglyphs(text).startswith("Unde illo explicabo")


@needs_forms
def test_a_latin_reading_is_explained():
    """``explain`` says the reading is a Latin word in Latin text."""
    text = f"Iste {DENTAL_CLICK}ure ullam quasi a saepe. Sed minima unde omnis."
    fixed, changes = fix_homoglyphs.explain(text)
    assert fixed.startswith("Iste iure")
    assert any("a Latin word, in text that reads as Latin" in change.reason for change in changes)


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        # English: ``lure`` is the English word, Latin's ``iure`` is not asked.
        (
            f"The {DENTAL_CLICK}ure of the sea is strong in summer.",
            "The lure of the sea is strong in summer.",
        ),
        # Italian: Latin's ``illo`` is no reading of a modern text.
        (
            f"La casa di mio padre non era mo{SMALL_PALOCHKA}to grande.",
            "La casa di mio padre non era molto grande.",
        ),
    ],
)
def test_modern_text_is_not_read_as_latin(broken, fixed):
    """Text in a shipped language keeps that language's readings."""
    assert fix_homoglyphs(broken) == fixed


@pytest.mark.parametrize(
    "text",
    [
        # Genuine Cyrillic and Greek quoting Latin: nothing is a look-alike to repair.
        "Девиз «Veni, vidi, vici» приписывают Цезарю, а «alea iacta est» тоже.",
        "Η φράση «alea iacta est» αποδίδεται στον Καίσαρα, όπως και το «veni, vidi, vici».",
        "Латинската фраза „in vino veritas“ е позната и на български.",
        "Изразот „carpe diem“ е од Хорациј, а „memento mori“ е постар.",
        "Латинска изрека „per aspera ad astra“ значи кроз трње до звезда.",
        # A bilingual glossary of Latin terms.
        "ab initio\tиз начала\nde facto\tфактически\nipso facto\tв силу самого факта",
    ],
)
def test_genuine_text_quoting_latin_unchanged(text):
    """Serbian, Macedonian, Bulgarian, Russian and Greek quoting Latin stay as written."""
    assert fix_homoglyphs(text) == text


# ---------------------------------------------------------------- property

# Latin prose from classical authors and the Vulgate, written after the rule
# was frozen; lorem ipsum (the development sets' Latin) is not among it.
LATIN_PROSE = (
    "Gallia est omnis divisa in partes tres, quarum unam incolunt Belgae, aliam Aquitani, "
    "tertiam qui ipsorum lingua Celtae, nostra Galli appellantur.",
    "Quo usque tandem abutere, Catilina, patientia nostra? Quam diu etiam furor iste tuus "
    "nos eludet? Quem ad finem sese effrenata iactabit audacia?",
    "In principio erat Verbum, et Verbum erat apud Deum, et Deus erat Verbum. Hoc erat in "
    "principio apud Deum. Omnia per ipsum facta sunt.",
    "Vivamus, mea Lesbia, atque amemus, rumoresque senum severiorum omnes unius aestimemus "
    "assis. Soles occidere et redire possunt.",
    "Illud autem nobis considerandum est, quod multi homines in illis locis vivunt, qui "
    "legibus nostris non utuntur et alia lingua loquuntur.",
    "Felix qui potuit rerum cognoscere causas, atque metus omnis et inexorabile fatum "
    "subiecit pedibus strepitumque Acherontis avari.",
)
# Strokes whose two readings are l and i, either way round. Not Turkish's
# dotless i: a word it opens (``ıste``) may be Turkish spelling, and stays
# where its reading is no word of the text's language (a known miss in Latin).
STROKES = tuple(
    c
    for c, other in OTHER_READINGS.items()
    if {TO_LATIN.get(c), other} == {"l", "i"} and c != DOTLESS_I
)


def _one_latin_reading(word: str, at: int) -> bool:
    """Whether ``word`` with its letter at ``at`` read the other way (l for i) is no Latin form."""
    other = "l" if word[at] == "i" else "i"
    return not latin_form(word[:at] + other + word[at + 1 :])


@needs_forms
@given(st.sampled_from(LATIN_PROSE), st.floats(0.2, 0.6), st.integers(0, 2**32))
def test_latin_prose_with_strokes_restored(text, rate, seed):
    """
    Latin prose whose small l and i are swapped for strokes in three words or more comes back.

    Only where the other reading of the word is no Latin form: ``Fiat`` and
    ``flat`` (it blows) are both Latin, and no form list tells them apart.
    One or two words with a Latin-script stroke (``nostrǀs``) are left as
    written in any language: the text shows no swapping.
    """
    rng = random.Random(seed)
    chars = list(text)
    damaged = 0
    for match in WORD.finditer(text):
        word = match[0]
        swapped = [
            at
            for at, letter in enumerate(word)
            if letter in "il" and rng.random() < rate and _one_latin_reading(word, at)
        ]
        for at in swapped:
            chars[match.start() + at] = rng.choice(STROKES)
        damaged += bool(swapped)
    assume(damaged >= _SHOWS_SWAPPING)
    assert fix_homoglyphs("".join(chars)) == text


_SHOWS_SWAPPING = 3  # words with strokes
