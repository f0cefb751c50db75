"""
Look-alikes that may stand for more than one letter (l, i, I): case shape, language, the document.

A stroke or a dotless i (``ӏ``, ``ǀ``, ``ι``, ``Ι``, ``Ӏ``, ``Ɩ``) may be a
swapped ``l``, ``i`` or ``I``; `convert` and `judge.document_readings` pick
the reading. Unit tests per rule, then properties over the development sets
(tests/homoglyph_sets.py).
"""

import random
import re

import pytest
from homoglyph_sets import english_paragraphs, genuine, part
from hypothesis import given
from hypothesis import strategies as st

from textclean._confusables import OTHER_READINGS
from textclean._filters.homoglyphs import fix_homoglyphs
from textclean._filters.homoglyphs.judge import document_readings
from textclean._filters.homoglyphs.letters import convert, plausible_reading

PALOCHKA = "\N{CYRILLIC LETTER PALOCHKA}"  # a capital: Unicode reads I
SMALL_PALOCHKA = "\N{CYRILLIC SMALL LETTER PALOCHKA}"  # Unicode reads l
IOTA = "\N{GREEK SMALL LETTER IOTA}"  # Unicode reads i
CAPITAL_IOTA = "\N{GREEK CAPITAL LETTER IOTA}"
DENTAL_CLICK = "\N{LATIN LETTER DENTAL CLICK}"  # Unicode reads l
UKRAINIAN_I = "\N{CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I}"
SMALL_CAPITAL_I = "\N{LATIN CAPITAL LETTER SMALL CAPITAL I}"
LATIN_IOTA = "\N{LATIN CAPITAL LETTER IOTA}"
#: Capital look-alikes whose other reading is a small l. Not Ɩ: African
#: orthographies write it, so alone in a word it may be that word's own letter.
CAPITALS_FOR_L = tuple(
    c for c, reading in OTHER_READINGS.items() if c.isupper() and reading == "l" and c != LATIN_IOTA
)


# ---------------------------------------------------------------- case shape


@pytest.mark.parametrize(
    ("word", "reading"),
    [
        (f"recursive{PALOCHKA}y", "recursively"),  # no capital after a small letter
        (f"syntactica{SMALL_CAPITAL_I}ly", "syntactically"),
        (f"B{UKRAINIAN_I}inken", "Blinken"),  # nor between a capital and small letters
        (f"{PALOCHKA}oca{PALOCHKA}s", "locals"),  # IocaIs is no CamelCase of Ioca and Is
        (f"Centra{LATIN_IOTA}", "Central"),
        (f"POS{CAPITAL_IOTA}X", "POSIX"),  # among capitals, a capital
        (f"{PALOCHKA}{PALOCHKA}", "II"),  # capitals alone stay capitals
        (f"Not{PALOCHKA}mp{SMALL_PALOCHKA}emented", "NotImplemented"),  # CamelCase of words
        (f"Fina{PALOCHKA}{PALOCHKA}y", "Finally"),  # no CamelCase of Fina and Ily
    ],
)
def test_a_reading_keeps_the_word_case_shape(word, reading):
    """A capital reading only where a capital may stand: word start, among capitals, CamelCase."""
    assert convert(word, "Latin", "en") == reading


def test_a_capital_beside_another_look_alike_may_read_small():
    """``aΙꞮ``: both capitals stand beside letters that may be small, in a small word."""
    assert convert(f"a{CAPITAL_IOTA}{SMALL_CAPITAL_I}", "Latin", "en") == "all"


# ---------------------------------------------------------------- language


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        (f"They took a{DENTAL_CLICK}{IOTA} of it home.", "They took all of it home."),
        (f"We sent a{UKRAINIAN_I}{DENTAL_CLICK} the letters.", "We sent all the letters."),
    ],
)
def test_english_readings_weigh_more_in_english_text(broken, fixed):
    """``ali`` is common in Slovene, rare in English: in English text the reading is ``all``."""
    assert fix_homoglyphs(broken) == fixed


def test_a_guessed_language_does_not_outweigh_english_words():
    """Text guessed Serbo-Croatian from a few words still reads ``bill``, not ``bili``."""
    text = f"above American American\ndespite American drug\nAmerican bi{SMALL_PALOCHKA}{SMALL_PALOCHKA}"
    assert fix_homoglyphs(text).endswith("American bill")


# ---------------------------------------------------------------- the document


def test_a_word_the_document_writes_plainly_wins():
    """``uιιam`` is ``ullam`` where the text writes ``ullam``; no lexicon lists either."""
    text = f"Ullam dolor sit amet. Sed u{IOTA}{IOTA}am voluptas."
    assert fix_homoglyphs(text) == "Ullam dolor sit amet. Sed ullam voluptas."


def test_the_plain_word_is_explained():
    """``explain`` says the reading came from the document."""
    text = f"The ullam field. Set u{IOTA}{IOTA}am now."
    fixed, changes = fix_homoglyphs.explain(text)
    assert fixed == "The ullam field. Set ullam now."
    assert any("written so in the text" in change.reason for change in changes)


def test_spelling_decides_where_the_document_reads_look_alikes_otherwise():
    """Once ``aΙꞮ`` shows Ι read as l, ``exponentǀatǀon`` (no word anywhere) reads by its letters."""
    text = (
        f"We tried a{CAPITAL_IOTA}{SMALL_CAPITAL_I} the options: "
        f"exponent{DENTAL_CLICK}at{DENTAL_CLICK}on is slow."
    )
    assert fix_homoglyphs(text) == "We tried all the options: exponentiation is slow."


def test_unicode_reading_stays_where_the_document_never_departs_from_it():
    """Greek ι for i throughout: ``blandιtιιs`` keeps Unicode's i, the letters notwithstanding."""
    text = f"Blanditiis est. Qui bland{IOTA}t{IOTA}{IOTA}s magnam."
    assert fix_homoglyphs(text) == "Blanditiis est. Qui blanditiis magnam."


def test_a_tall_stroke_writing_a_cluster_no_language_writes_reads_i():
    """``sǀmilique``, ``dignissӏmos``: read l, the stroke writes ``slm``; read i, a likely word."""
    text = f"Tenetur s{DENTAL_CLICK}milique qui dignis{SMALL_PALOCHKA}mos est."
    assert fix_homoglyphs(text) == "Tenetur similique qui dignisimos est."


def test_a_tall_stroke_writing_a_cluster_languages_write_stays_l():
    """``Weӏtmarktebene``: no lexicon lists it, but ``elt`` is German spelling; Unicode's l stays."""
    text = f"Die Liberalisierung auf We{SMALL_PALOCHKA}tmarktebene mußte aber"
    assert fix_homoglyphs(text) == "Die Liberalisierung auf Weltmarktebene mußte aber"


def test_a_tall_stroke_in_a_host_name_is_not_spelling():
    """``www.deǀnuevo``: a name joins words (``lnu``), so its clusters say nothing; l stays."""
    text = (
        f"Más información en el sitio www.de{DENTAL_CLICK}nue\N{CHEROKEE SMALL LETTER DO}o "
        "extremo.com aunque la economía a\N{CHEROKEE SMALL LETTER NO}ulgrana no sea."
    )
    assert fix_homoglyphs(text).startswith("Más información en el sitio www.delnuevo extremo")


def test_a_capital_look_alike_opening_a_sentence_is_a_capital():
    """``Ӏure`` opening a sentence is ``Iure``: a sentence starts with a capital, ``lure`` would not."""
    text = f"Dolor sit amet. {PALOCHKA}ure magnam est."
    assert fix_homoglyphs(text) == "Dolor sit amet. Iure magnam est."


def test_plausible_spelling_needs_a_margin():
    """A reading replaces Unicode's only when far likelier by its letters."""
    assert plausible_reading("exponentlatlon", ["exponentiation"]) == "exponentiation"
    assert plausible_reading("literals", ["literais"]) == "literals"


def test_document_readings_leave_text_not_repaired_letter_for_letter():
    """Nothing to read where the repair is not letter for letter, or changed nothing."""
    assert document_readings("abc", "abc") == {}
    assert document_readings(f"a{IOTA}b", "aib ") == {}


# ---------------------------------------------------------------- properties

_GENUINE_AMBIGUOUS = [
    doc.original
    for doc in genuine()
    if part(doc.id) == "tune" and any(c in OTHER_READINGS for c in doc.original)
]
_ENGLISH = [p for p in english_paragraphs() if part(p) == "tune" and fix_homoglyphs(p) == p]
_L_INSIDE = re.compile(r"(?<=[a-z])l")


@given(st.sampled_from(_GENUINE_AMBIGUOUS))
def test_genuine_text_with_ambiguous_letters_unchanged(text):
    """Greek, Cyrillic and mixed documents of the sets that write ι, і, ӏ come back unchanged."""
    assert fix_homoglyphs(text) == text


@given(
    st.sampled_from(_ENGLISH),
    st.floats(0.05, 1.0),
    st.integers(0, 2**32 - 1),
)
def test_capital_look_alikes_inside_words_read_small(text, rate, seed):
    """Any ``l`` after a small letter swapped for a capital look-alike (Ӏ, Ι, Ɩ...) cleans back."""
    rng = random.Random(seed)
    broken = _L_INSIDE.sub(
        lambda m: rng.choice(CAPITALS_FOR_L) if rng.random() < rate else m[0], text
    )
    assert fix_homoglyphs(broken) == text


# ---------------------------------------------------------------- fresh variants
# Written after the rules were frozen (new sentences, other languages); not tuned on.

SMALL_UKRAINIAN_I = "\N{CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I}"


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        (
            f"The cat fe{PALOCHKA}{PALOCHKA} asleep on the windowsi{SMALL_CAPITAL_I}{SMALL_CAPITAL_I}.",
            "The cat fell asleep on the windowsill.",
        ),
        (
            f"She wi{PALOCHKA}{PALOCHKA} ca{UKRAINIAN_I}{UKRAINIAN_I} you tomorrow, probab{CAPITAL_IOTA}y at noon.",
            "She will call you tomorrow, probably at noon.",
        ),
        (
            f"Wa{PALOCHKA}{PALOCHKA}paper peeled off a{PALOCHKA}{PALOCHKA} the wa{CAPITAL_IOTA}{CAPITAL_IOTA}s.",
            "Wallpaper peeled off all the walls.",
        ),
        (
            f"We fi{CAPITAL_IOTA}ed the form and ma{SMALL_PALOCHKA}led it.",
            "We filed the form and mailed it.",
        ),
        (
            f"Die Kinder spie{PALOCHKA}en im Garten, wei{PALOCHKA} die Sonne schien.",
            "Die Kinder spielen im Garten, weil die Sonne schien.",
        ),
        (
            f"Set POS{CAPITAL_IOTA}X mode; see NotImp{SMALL_PALOCHKA}emented.",
            "Set POSIX mode; see NotImplemented.",
        ),
        (
            f"Ce{PALOCHKA}a ne me p{PALOCHKA}a{IOTA}t pas, d{IOTA}t {PALOCHKA}e vendeur.",
            "Cela ne me plait pas, dit le vendeur.",
        ),
    ],
)
def test_fresh_variants_repaired(broken, fixed):
    """Sentences written after the rules were frozen, in English, German and French."""
    assert fix_homoglyphs(broken) == fixed


@pytest.mark.parametrize(
    "text",
    [
        f"В{SMALL_UKRAINIAN_I}н {SMALL_UKRAINIAN_I}де додому п{SMALL_UKRAINIAN_I}сля роботи.",
        f"Η {IOTA}στορία ε{IOTA}ναι ωραία.",
        f"Illinois, iOS, IIl-7 and XII stay; so does {CAPITAL_IOTA} in ΑΙΘΗΡ.",
    ],
)
def test_fresh_genuine_text_unchanged(text):
    """Ukrainian і, Greek ι and Latin codes written after the rules were frozen: untouched."""
    assert fix_homoglyphs(text) == text


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        # A capital look-alike after a plain capital may read small: Spanish "El", not "EI".
        (f"E{PALOCHKA} niño quiere leer.", "El niño quiere leer."),
        # A function word of the text's language weighs as English does in English: Italian "la".
        (f"Il cielo è blu e {PALOCHKA}a nave salpa.", "Il cielo è blu e la nave salpa."),
        # A word the text writes plainly elsewhere, though a click ǀ may be a letter of its own.
        (
            f"Quisquam velit. Sed ve{DENTAL_CLICK}{IOTA}t quisquam.",
            "Quisquam velit. Sed velit quisquam.",
        ),
    ],
)
def test_fresh_variants_of_round_four_repaired(broken, fixed):
    """Round four's shortfalls: two-letter words after a capital, the text's language, its words."""
    assert fix_homoglyphs(broken) == fixed


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        (
            f"E{PALOCHKA} perro come en {SMALL_PALOCHKA}a casa de mi amigo.",
            "El perro come en la casa de mi amigo.",
        ),
        (
            f"Puis {SMALL_PALOCHKA}e chat dort sur {SMALL_PALOCHKA}e canapé, et i{SMALL_PALOCHKA} part.",
            "Puis le chat dort sur le canapé, et il part.",
        ),
        (
            f"Der Hund spie{SMALL_PALOCHKA}t {IOTA}m Garten mit dem Ba{SMALL_PALOCHKA}{SMALL_PALOCHKA}.",
            "Der Hund spielt im Garten mit dem Ball.",
        ),
        (
            f"O menino {SMALL_PALOCHKA}ê um {SMALL_PALOCHKA}ivro na bib{SMALL_PALOCHKA}ioteca.",
            "O menino lê um livro na biblioteca.",
        ),
        (
            f"Wszyscy {SMALL_PALOCHKA}ubią {SMALL_PALOCHKA}ato i {SMALL_PALOCHKA}ody.",
            "Wszyscy lubią lato i lody.",
        ),
        (
            f"Vi{SMALL_PALOCHKA}{SMALL_PALOCHKA}a {SMALL_PALOCHKA}ibera {DENTAL_CLICK}ontana da{SMALL_PALOCHKA}{SMALL_PALOCHKA}a città.",
            "Villa libera lontana dalla città.",
        ),
        (
            f"The fi{SMALL_PALOCHKA}e was {SMALL_PALOCHKA}oaded and the metac{SMALL_PALOCHKA}ass ca{SMALL_PALOCHKA}{SMALL_PALOCHKA}ed.",
            "The file was loaded and the metaclass called.",
        ),
    ],
)
def test_fresh_variants_of_round_five_repaired(broken, fixed):
    """Sentences in six languages written after round five's rules were frozen."""
    assert fix_homoglyphs(broken) == fixed
