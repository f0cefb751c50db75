"""The shipped word-frequency lexicon."""

from __future__ import annotations

import gzip
import importlib
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textclean import lexicon


class TestLexicon:
    def test_every_language_loads(self) -> None:
        """Each shipped language has thousands of words and its commonest word above Zipf 6."""
        for lang in lexicon.LANGUAGES:
            table = lexicon._table(lang)
            assert len(table) > 5000, lang
            assert max(table.values()) > 6, lang

    def test_frequent_words_rank_above_rare_ones(self) -> None:
        """Frequencies order words as usage does."""
        assert (
            lexicon.zipf("the", "en")
            > lexicon.zipf("house", "en")
            > lexicon.zipf("gazebo", "en")
            > 0
        )

    def test_case_and_apostrophes_are_folded(self) -> None:
        """Capitalised words and typographic apostrophes find the listed form."""
        assert lexicon.known("Москва", "ru")
        assert lexicon.known("DON’T", "en")
        # The dotted capital İ casefolds to i and a combining dot; Turkish writes i.
        assert lexicon.known("İtalyanca", "tr")
        assert lexicon.known("İSTANBUL", "tr")

    def test_unknown_words_score_zero(self) -> None:
        """A non-word has no frequency."""
        assert lexicon.zipf("qzxv", "en") == 0.0
        assert not lexicon.known("", "en")

    def test_unknown_language_names_the_shipped_ones(self) -> None:
        """Asking for a language not shipped says which are."""
        with pytest.raises(ValueError, match="shipped: bg"):
            lexicon.zipf("word", "xx")

    def test_best_language_tells_close_languages_apart(self) -> None:
        """Russian, Ukrainian, Spanish and Portuguese sentences go to their own language."""
        assert lexicon.best_language(["я", "не", "знаю", "что", "сказать"])[0] == "ru"
        assert lexicon.best_language(["я", "не", "знаю", "що", "сказати"])[0] == "uk"
        assert lexicon.best_language(["el", "perro", "come", "la", "comida"])[0] == "es"
        assert lexicon.best_language(["não", "sei", "o", "que", "dizer"])[0] == "pt"

    def test_best_language_of_nothing(self) -> None:
        """No words, or no known words, give no language."""
        assert lexicon.best_language([]) == (None, 0.0)
        assert lexicon.best_language(["qzxv"], ["en"]) == (None, 0.0)

    def test_concurrent_first_loads_agree(self) -> None:
        """Threads loading a language at once all see the same table."""
        lexicon._table.cache_clear()
        lexicon._TABLES.clear()
        seen: list[float] = []
        threads = [
            threading.Thread(target=lambda: seen.append(lexicon.words("de")["und"]))
            for _ in range(8)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(set(seen)) == 1
        assert seen[0] > 6

    @given(st.text(max_size=40), st.sampled_from(lexicon.LANGUAGES))
    def test_never_raises_on_any_word(self, word: str, lang: str) -> None:
        """Any string is a query: the answer is a frequency in [0, 8]."""
        assert 0.0 <= lexicon.zipf(word, lang) <= 8.0
        assert lexicon.coverage([word], lang) in (0.0, 1.0)


def _ranked_by_scan(words: list[str], candidates: tuple[str, ...]) -> tuple[str | None, float]:
    """best_language as its docstring ranks: share of words known, then their frequencies."""
    keys = [lexicon.key(word) for word in words]
    best: tuple[str | None, float] = (None, 0.0)
    best_rank = (0.0, 0.0)
    for lang in candidates:
        found = [lexicon.words(lang)[k] for k in keys if k in lexicon.words(lang)]
        if found and (rank := (len(found) / len(keys), sum(found))) > best_rank:
            best, best_rank = (lang, rank[0]), rank
    return best


_POOL = sorted(
    {word for lang in lexicon.LANGUAGES for word in list(lexicon.words(lang))[:400:3]}
    | {"qzxv", "Дом", "ΔΕΣ", "Don’t", "ΟΔΟΣ", "the\nend"}  # a final sigma; a line break
)


@given(
    st.lists(st.sampled_from(_POOL), max_size=40),
    st.lists(st.sampled_from(lexicon.LANGUAGES), min_size=1, max_size=8, unique=True),
)
def test_best_language_ranks_as_a_scan_of_every_language(words, candidates):
    """The remembered listings and the pruning of languages give the plain scan's answer."""
    assert lexicon.best_language(words, candidates) == _ranked_by_scan(words, tuple(candidates))
    assert lexicon.best_language(words) == _ranked_by_scan(words, lexicon.LANGUAGES)


@pytest.mark.parametrize("lang", ["en", "pl", "ru", "vi", "he"])
def test_most_frequent_read_from_the_file_start_is_the_tables_first_words(lang):
    """Read from the start of the file before the table loads, or from the table: the same words."""
    lexicon.most_frequent.cache_clear()
    lexicon._LOADED.discard(lang)
    streamed = lexicon.most_frequent(lang, 3000)
    lexicon.most_frequent.cache_clear()
    lexicon.words(lang)
    lexicon._LOADED.add(lang)
    from_table = lexicon.most_frequent(lang, 3000)
    assert streamed == from_table == tuple(list(lexicon.words(lang))[:3000])
    assert len(streamed) == 3000


_SHIPPED = Path(lexicon.__file__).parent / "data" / "lexicon"


@pytest.mark.parametrize("lang", ["is", "he"])
def test_shipped_file_is_what_the_generator_writes(lang):
    """Run scripts/gen_lexicon.py when this fails: the format or wordfreq changed."""
    sys.path.insert(0, str(_SHIPPED.parent.parent.parent / "scripts"))
    gen_lexicon = importlib.import_module("gen_lexicon")
    shipped = (_SHIPPED / f"{lang}.txt.gz").read_bytes()
    assert gen_lexicon.generate(lang) == shipped


@pytest.mark.parametrize("lang", lexicon.LANGUAGES)
def test_runs_give_each_word_its_frequency(lang):
    """Read line by line, every word takes the frequency of the run it falls in, most frequent first."""
    with gzip.open(_SHIPPED / f"{lang}.txt.gz", "rt", encoding="utf-8") as f:
        header, runs, *listed = f.read().split("\n")[:-1]
    assert header.startswith("#wordfreq ")
    expected: dict[str, float] = {}
    for run in runs.removeprefix("@ ").split():
        level, count = map(int, run.split(":"))
        for _ in range(count):
            expected[listed[len(expected)]] = level / 10
    assert len(expected) == len(listed)
    assert list(lexicon.words(lang).items()) == list(expected.items())
    assert list(expected.values()) == sorted(expected.values(), reverse=True)
