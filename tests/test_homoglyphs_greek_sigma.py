"""
Latin ``o`` in Greek words the lexicon lacks: ``ο`` or ``σ``, as the document reads it.

Unicode lists both ``ο`` and ``σ`` as twins of Latin ``o``. For a word the
lexicon knows, it decides. For one it lacks (rare words, names, compounds)
the document decides: a stem it writes elsewhere (``ΕΛΑΣ`` beside
``Ελαoίτη``), else Greek spelling, and that only where the document reads
``o`` as ``σ`` in words the lexicon knows; where it never does, its ``o``
are omicrons (``ο`` is the far commoner letter). Variants written before
the rule, other words than the misses that prompted it.
"""

import pytest

from textclean._filters.homoglyphs import fix_homoglyphs


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        # Omicrons swapped, sigmas left: a rare compound keeps ο.
        (
            "Στo χωριό υπάρχουν ακόμη παλιά λιoτρίβια και νερόμυλοι.",
            "Στο χωριό υπάρχουν ακόμη παλιά λιοτρίβια και νερόμυλοι.",
        ),
        (
            "Οι παλιοί αλευρόμυλοι και τα ελαιoτριβεία του νησιoύ λειτουργούν ακόμη.",
            "Οι παλιοί αλευρόμυλοι και τα ελαιοτριβεία του νησιού λειτουργούν ακόμη.",
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
