"""The tables fix_legacy_codepage ships precomputed are those its functions build from the lexicon."""

from __future__ import annotations

from textclean._filters import codepage_tables, codepages


def test_shipped_tables_are_built_from_the_shipped_lexicon() -> None:
    """Run scripts/gen_codepage_tables.py when this fails: the lexicon, pairs or settings changed."""
    built = codepages.tables_to_ship()
    shipped = {key: codepage_tables.shipped(key) for key in built}
    stale = sorted(key for key, table in built.items() if shipped[key] != table)
    assert not stale, f"regenerate with scripts/gen_codepage_tables.py: {stale[:5]}"


def test_the_filter_takes_the_shipped_tables() -> None:
    """What the filter uses is the shipped table, equal to the one it would build."""
    langs = codepages.WESTERN
    assert codepages._letter_pairs(langs) == codepages.letter_pair_model(langs)
    assert codepages._letter_pairs(langs) is codepage_tables.shipped(
        codepages._letter_pairs_key(langs)
    )
    letters = codepages.alphabet_letters("pl")
    assert codepages._alphabet("pl") == (frozenset(letters), frozenset(letters[:6]))


def test_western_accented_words_are_asked_of_the_index() -> None:
    """The index answers as the set of the Western languages' accented words would."""
    words = codepages.western_accented_words()
    sample = sorted(words)[::500]
    asked = [
        *sample,
        *(word[:-1] for word in sample),  # prefixes: the index's block edges
        *(word + "z" for word in sample),
        *(word.upper() for word in sample),  # not a key: no language lists it
        "москва",  # listed, but by no Western language
        "zażółć",
        "the",  # ASCII: never one of them
        "\ud800",
        "a\tb",
    ]
    for word in asked:
        assert codepages._western_accented(word) == (word in words), word


def test_the_filter_takes_the_shipped_masks() -> None:
    """A character's masks come from the file, equal to those worked out, and others are worked out."""
    shipped = codepages._shipped_masks()
    assert len(shipped) > 1000
    for char in ("é", "ł", "Ð", "ї", "â€"[0], "\u2122"):
        assert char in shipped
        assert codepages._char_masks(char) == codepages.char_masks(char)
    assert "\u4e2d" not in shipped
    assert codepages._char_masks("\u4e2d") == codepages.char_masks("\u4e2d")
