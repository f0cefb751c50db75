"""
Rule 2's verdict on a word of twins in any context (`_kept_in_any_context`): its cost and answers.

Genuine Greek, Russian or Ukrainian text with Latin words is settled by
asking, of each distinct word written wholly in twin letters (Greek ``ο``,
``σ``, Russian ``а``, ``все``), whether rule 2 keeps it in every context: each
script it may be rewritten into, each reach of that context, each language of
the script, whether Latin words pin the text, and for a lone letter each kind
of neighbour. Asked in full, that was 248 verdicts (`_judge_whole`) a word and
some 16,000 for a lone Greek letter: 0.1 s the first time a process met one,
most of fix_homoglyphs' time on fresh Greek prose. The work is counted here,
never timed; the answers are held to the full product of contexts.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textclean._confusables import LOOKALIKES
from textclean._filters import homoglyphs
from textclean._filters.homoglyphs import (
    _REACHES,
    _judge_whole,
    _kept_anywhere,
    _reads_neighbours,
    fix_homoglyphs,
    genuine,
    judge,
)
from textclean._filters.homoglyphs.context import Found
from textclean._filters.homoglyphs.letters import (
    CYRILLIC,
    GREEK,
    LATIN,
    TARGETS,
    convertible,
    script_of,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

# Prose written for these tests, with the Latin names web text carries and
# its lone letters: Greek ``ο`` (the article) and ``σ'``, Russian ``а``, ``с``, ``о``.
PROSE = {
    "el": "Το πρωί το λιμάνι γέμισε από ψαράδες που επέστρεφαν με τα δίχτυα τους. Στην "
    "πλατεία τα καφενεία άνοιξαν νωρίς και οι γέροι κάθισαν κάτω από τα πλατάνια. Το "
    "απόγευμα φύσηξε αέρας και τα πλοία έμειναν στην προβλήτα, όπως έγραψε στο Instagram ο "
    "λιμενάρχης σ' ένα μήνυμα για το Helloween party της Παρασκευής.",
    "ru": "Утром над рекой стоял туман, а паром отошёл от причала с опозданием. Пассажиры "
    "ждали на берегу и читали новости в Telegram о погоде. По данным Reuters, движение по "
    "реке выросло, а к полудню туман рассеялся над крышами домов.",
}
# Verdicts a distinct (word, neighbours' kinds) may cost: all of them were 248.
_BUDGET = 64


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A counter of `_judge_whole`'s calls, with the verdicts' caches emptied."""
    calls = [0]

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return _judge_whole(*args, **kwargs)

    monkeypatch.setattr(homoglyphs, "_judge_whole", counted)
    return calls


def _cold() -> None:
    """Empty every cache of verdicts, so each distinct word is judged again."""
    _kept_anywhere.cache_clear()
    genuine._stays_anywhere.cache_clear()


@pytest.mark.parametrize("lang", sorted(PROSE))
def test_a_word_of_twins_costs_a_few_verdicts_once(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each distinct word is judged in few contexts, and once a text, however long."""
    calls = _counted(monkeypatch)
    counts = []
    for size in (10_000, 100_000):
        text = "\n\n".join([PROSE[lang]] * (size // len(PROSE[lang])))
        _cold()
        calls[0] = 0
        assert fix_homoglyphs(text) == text
        asked = _kept_anywhere.cache_info().currsize  # distinct words and neighbours' kinds
        assert asked > 0, "the text is to be settled by the verdicts"
        assert calls[0] <= _BUDGET * asked, (size, calls[0], asked)
        counts.append(calls[0])
    assert counts[1] == counts[0]  # by distinct word, not by occurrence


def _every_context(word: str, source: str, neighbours: tuple[str, str] | None) -> bool | None:
    """`_kept_anywhere` as it was: every script, reach, language and pinning asked."""
    reads = [_reads_neighbours(word, source, latin_pinned=pinned) for pinned in (False, True)]
    if neighbours is None and any(reads):
        return None
    for target in TARGETS:
        if target == source or not convertible(word, target):
            continue
        languages = dict.fromkeys((*judge.LANGUAGES[target], judge.DEFAULT_LANGUAGE.get(target)))
        for pinned, heard in zip((False, True), reads, strict=True):
            for own, near in _REACHES:
                for language in languages:
                    if _judge_whole(
                        word,
                        source,
                        Found(target, own=own, near=near),
                        language=language,
                        swapping=False,
                        latin_pinned=pinned,
                        source_seen=True,
                        neighbours=(neighbours or ("", "")) if heard else ("", ""),
                    ):
                        return False
    return True


def _twins(script: str) -> list[str]:
    """The letters of ``script`` with a twin in another script, in code point order."""
    found = {c for table in LOOKALIKES.values() for c in table} | set(LOOKALIKES[script].values())
    if script == LATIN:
        found |= {c for c in map(chr, range(0x41, 0x7B)) if c.isalpha()}
    return sorted(c for c in found if script_of(c) == script)


_SCRIPTS = (LATIN, CYRILLIC, GREEK)
_KINDS = {script: genuine._neighbour_kinds(script) for script in (CYRILLIC, GREEK)}
_KINDS[LATIN] = tuple(dict.fromkeys(_KINDS[CYRILLIC] + _KINDS[GREEK]))


def _letter_cases() -> Iterator[tuple[str, str, tuple[str, str] | None]]:
    """Each twin letter alone, without neighbours and beside a few kinds of them (seeded)."""
    rng = random.Random(15)
    for script in _SCRIPTS:
        kinds = _KINDS[script]
        for letter in _twins(script):
            yield letter, script, None
            yield letter, script, ("", "")
            for _ in range(3):
                yield letter, script, (rng.choice(kinds), rng.choice(kinds))


@pytest.mark.parametrize("script", _SCRIPTS)
def test_every_twin_letter_is_judged_as_in_every_context(script: str) -> None:
    """A lone letter's verdict is the full product's, beside neighbours or none."""
    cases = [case for case in _letter_cases() if case[1] == script]
    assert len(cases) > 50
    for letter, source, neighbours in cases:
        expected = _every_context(letter, source, neighbours)
        assert _kept_anywhere(letter, source, neighbours) is expected, (letter, neighbours)


# Words of twins the lexicon knows in several languages of each script: the
# contexts where their verdicts differ.
_WORDS = {
    LATIN: "a I o e OK ok Hi HP TV COP cop max ax ox pop map top mama papa tax eco HOME "
    "xp cyber ceo coca cola BMW moto",
    CYRILLIC: "а о с у е х ор ох он ах мама ехе рор нет ТАК Не ВЕК КОМ сор уха сок тор косуха "
    "Ара хор",
    GREEK: "ο σ α ι κ ν ρ υ τ Ο Α Η Κ Ρ Τ και ΚΑΙ τα το οι ΤΟ Ιο ΚΟΤΑ κοτα νυκτα ροκ ΟΧΙ",
}


@pytest.mark.parametrize("script", _SCRIPTS)
def test_words_of_twins_are_judged_as_in_every_context(script: str) -> None:
    """A word known in several languages gets the full product's verdict."""
    for word in _WORDS[script].split():
        if script_of(word[0]) != script:
            continue
        for neighbours in (None, ("", ""), ("a", "λ")):
            expected = _every_context(word, script, neighbours)
            assert _kept_anywhere(word, script, neighbours) is expected, (word, neighbours)


@st.composite
def _twin_words(draw: st.DrawFn) -> tuple[str, str, tuple[str, str] | None]:
    script = draw(st.sampled_from(_SCRIPTS))
    letters = _twins(script)
    word = "".join(draw(st.lists(st.sampled_from(letters), min_size=1, max_size=4)))
    kinds = st.sampled_from(_KINDS[script])
    neighbours = draw(st.none() | st.tuples(kinds, kinds))
    return word, script, neighbours


@given(_twin_words())
def test_any_word_of_twins_is_judged_as_in_every_context(
    case: tuple[str, str, tuple[str, str] | None],
) -> None:
    """Words of one script's twin letters, beside any kinds of letter: the full product's verdict."""
    word, script, neighbours = case
    assert _kept_anywhere(word, script, neighbours) is _every_context(word, script, neighbours)
