"""The tables shipped so that a new process need not build them are those the code builds."""

from __future__ import annotations

import mmap
import random

import pytest

from textclean import lexicon, tables
from textclean._filters.homoglyphs import letters


def test_shipped_index_is_built_from_the_shipped_lexicon() -> None:
    """Run scripts/gen_first_use_tables.py when this fails: the lexicon or the index changed."""
    assert lexicon.INDEX_PATH.read_bytes() == lexicon.index_bytes()


def test_shipped_tables_are_what_the_filters_build() -> None:
    """Run scripts/gen_first_use_tables.py when this fails: a builder or its data changed."""
    built = tables.tables_to_ship()
    stale = sorted(key for key, table in built.items() if tables.shipped(key) != table)
    assert not stale, f"regenerate with scripts/gen_first_use_tables.py: {stale[:5]}"


@pytest.mark.parametrize("language", ["tr", "is", "en", "ru"])
def test_native_letters_come_from_the_shipped_table(language: str) -> None:
    """What the filter uses equals what it would build from the lexicon."""
    assert letters.native_letters(language) == letters._native_letters(language)


def _words_and_near_misses() -> list[str]:
    rng = random.Random(15)
    found: list[str] = []
    for lang in lexicon.LANGUAGES:
        listed = list(lexicon.words(lang))
        found += rng.sample(listed, 300)
        found += [word[:-1] for word in rng.sample(listed, 100)]  # prefixes: the block edges
        found += [word + "z" for word in rng.sample(listed, 100)]
    return [*found, "", "\ud800", "a\tb", "a\nb", "\U0010ffff", "\x00"]


def test_index_answers_as_the_tables_do() -> None:
    """Each language's listing and Zipf frequency read from the index equal its table's."""
    for key in _words_and_near_misses():
        expected = [lexicon.words(lang).get(key, 0.0) for lang in lexicon.LANGUAGES]
        mask = sum(1 << bit for bit, level in enumerate(expected) if level)
        assert lexicon.listing(key) == mask, key
        assert [lexicon._index_zipf(key, bit) for bit in range(len(expected))] == expected, key


def test_unloaded_languages_answer_from_the_index() -> None:
    """zipf, known and listed give the table's answer before it loads, and load it when asked often."""
    lexicon._TABLES.pop("lv", None)
    lexicon._ASKED.pop("lv", None)
    table = lexicon.words("lv")  # the cached table, for the expected answers
    lexicon._TABLES.pop("lv", None)
    for word in ["un", "Latvija", "xqzt", "UN"]:
        assert lexicon.zipf(word, "lv") == table.get(lexicon.key(word), 0.0)
        assert lexicon.known(word, "lv") == (lexicon.key(word) in table)
        assert lexicon.listed(word, "lv") == (word in table)
    assert "lv" not in lexicon._TABLES
    for _ in range(lexicon._LOAD_AFTER):
        lexicon.zipf("un", "lv")
    assert lexicon._TABLES["lv"] is table


def test_index_is_mapped_or_read_with_the_same_answers(monkeypatch):
    """Mapped from disk, or read where it cannot be (a zip): the index answers alike."""
    keys = ["the", "haus", "москва", "και", "xqzt", "zażółć", "un"]

    def answers():
        return [(lexicon.listing(key), lexicon._index_zipf(key, 0)) for key in keys]

    lexicon._index.cache_clear()
    try:
        mapped = answers()
        assert isinstance(lexicon._index().body, mmap.mmap)

        def unmappable(*_args, **_kwargs):
            raise OSError("not a file on disk")

        monkeypatch.setattr(lexicon.mmap, "mmap", unmappable)
        lexicon._index.cache_clear()
        assert answers() == mapped
        assert isinstance(lexicon._index().body, bytes)
    finally:
        monkeypatch.undo()
        lexicon._index.cache_clear()
    assert any(mask for mask, _ in mapped)
