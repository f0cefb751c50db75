"""
Latin ``o`` in Greek words the lexicon lacks: ``ο`` or ``σ``, by the stems the document writes.

Unicode lists both ``ο`` and ``σ`` as twins of Latin ``o``. For a word the
lexicon knows, it decides; for one it lacks (names, derived words) a stem
the document writes elsewhere does (``ΕΛΑΣ`` beside ``Ελαoίτης``), before
Greek spelling by letter triples. Variants written before the rule, other
words than the misses that prompted it.
"""

import pytest

from textclean._filters.homoglyphs import fix_homoglyphs
from textclean._filters.homoglyphs.letters import greek_spelt_reading


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        # The stem written elsewhere with ο: ο it stays.
        (
            "Το Πολυτεχνείο γιορτάζει. Κάθε Πολυτεχνoίτης θυμάται τον Νοέμβριο.",
            "Το Πολυτεχνείο γιορτάζει. Κάθε Πολυτεχνοίτης θυμάται τον Νοέμβριο.",
        ),
        # Several o in one word: the stem tells which is σ.
        (
            "Οι Κομμουνιστές διαφώνησαν. Ο νεαρός κoμμoυνιoτής έγραψε βιβλίο.",
            "Οι Κομμουνιστές διαφώνησαν. Ο νεαρός κομμουνιστής έγραψε βιβλίο.",
        ),
        (
            "Οι Μαρξιστές διαφώνησαν. Ο νεαρός μαρξιoτής Στίνας έγραψε βιβλίο.",
            "Οι Μαρξιστές διαφώνησαν. Ο νεαρός μαρξιστής Στίνας έγραψε βιβλίο.",
        ),
        # The document writes the stem elsewhere with σ: the name takes it.
        (
            "Ο ΕΛΑΣ αποχώρησε από την πόλη. Ο νεαρός Ελαoίτης έμεινε με τoν πατέρα του.",
            "Ο ΕΛΑΣ αποχώρησε από την πόλη. Ο νεαρός Ελασίτης έμεινε με τον πατέρα του.",
        ),
        (
            "Το ΠΑΣΟΚ κέρδισε τις εκλογές και κάθε Παoοκτζής γιόρταζε στoυς δρόμους.",
            "Το ΠΑΣΟΚ κέρδισε τις εκλογές και κάθε Πασοκτζής γιόρταζε στους δρόμους.",
        ),
    ],
)
def test_o_read_as_the_document_reads_it(broken: str, fixed: str) -> None:
    assert fix_homoglyphs(broken) == fixed


def test_known_words_still_take_sigma() -> None:
    """Where the lexicon knows the σ reading, σ it is, whatever the document."""
    text = "Μετά από oυμφωνία, ο στρατός αποχώρηoε από την πόλη."
    assert fix_homoglyphs(text) == "Μετά από συμφωνία, ο στρατός αποχώρησε από την πόλη."


class TestSpellingBacksOff:
    """Greek spelling weighs an unseen letter triple by its pair, not by a flat count."""

    def test_sigma_after_a_long_vowel(self) -> None:
        """``καλωoορίζουμε``: ``ωσο`` is Greek, ``ωοο`` is not, though neither triple is listed."""
        assert greek_spelt_reading(["καλωοορίζουμε", "καλωσορίζουμε"], "el") == "καλωσορίζουμε"

    def test_omicron_where_sigma_reads_worse(self) -> None:
        """``χτιoμένη`` still reads ``χτισμένη``, and a plain ``ο`` word keeps its ``ο``."""
        assert greek_spelt_reading(["χτιομένη", "χτισμένη"], "el") == "χτισμένη"
        assert greek_spelt_reading(["δογματισμό", "δσγματισμό"], "el") == "δογματισμό"


class TestEveryOmicronSwapped:
    """A text with no Greek ``ο`` but ``σ`` and several Latin ``o``: each ``o`` is ``ο``."""

    def test_words_the_lexicon_lacks_keep_omicron(self) -> None:
        """Every ``ο`` written ``o``: ``ρευματoειδής`` is no ``ρευματσειδής``."""
        broken = (
            "Ήταν o διαβήτης και η ρευματoειδής αρθρίτιδα πoυ πρoσβάλλει τo σώμα στις ασθένειες."
        )
        assert fix_homoglyphs(broken) == broken.replace("o", "ο")

    def test_random_swaps_still_weigh_sigma(self) -> None:
        """A text that keeps some Greek ``ο`` is read word by word, by spelling (`TestSpellingBacksOff`)."""
        broken = "Μας καλωoορίζουν στην πόλη με μεγάλη χαρά και πολλά λουλούδια."
        assert fix_homoglyphs(broken) == (
            "Μας καλωσορίζουν στην πόλη με μεγάλη χαρά και πολλά λουλούδια."
        )
