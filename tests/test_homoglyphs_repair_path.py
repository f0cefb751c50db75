"""The repair path's C-level passes and per-text memos answer as the per-letter code they replace."""

from __future__ import annotations

import random

from hypothesis import example, given
from hypothesis import strategies as st

import textclean._filters.homoglyphs as rules
from textclean._confusables import LOOKALIKES, OTHER_READINGS
from textclean._filters.homoglyphs import judge
from textclean._filters.homoglyphs.fast import (
    Segments,
    _mixed_word_alone,
    _reads_elsewhere,
    mixed_word_alone,
    own_zipf,
    reading_wins,
)
from textclean._filters.homoglyphs.letters import (
    LANGUAGE_BLIND,
    TARGETS,
    TO_LATIN,
    _letter_reading,
    convert,
    convertible,
    script_of,
    scripts_present,
    spellable_in,
    word_scripts,
)
from textclean._filters.homoglyphs.sparse import simple_twins
from textclean.scan import notable_chars


def _twin_letters() -> str:
    letters: set[str] = set(OTHER_READINGS) | set(TO_LATIN)
    for script in TARGETS:
        twins = simple_twins(script)
        letters |= set(twins) | set(twins.values())
    return "".join(sorted(letters))


# Words of twins of every script, ambiguous letters, marks and anything else.
_WORDS = st.text(alphabet=_twin_letters() + "\u0301ıþßжΔ'ʼ5 ", min_size=1, max_size=8) | st.text(
    max_size=6
)
_PRESENT = st.sets(st.sampled_from(TARGETS)).map(frozenset)


def _old_word_scripts(word: str, present: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """`word_scripts` of 5595d71: each letter's reading looked up one by one."""
    scripts, evidence = set(), set()
    for char in word:
        script, gives = _letter_reading(char, present)
        if script is None:
            continue
        scripts.add(script)
        if gives is not None:
            evidence.add(gives)
    return frozenset(scripts), frozenset(evidence)


class TestLettersByTranslate:
    @given(_WORDS, _PRESENT)
    @example("\ud800a", frozenset(TARGETS))
    @example("", frozenset())
    def test_word_scripts_reads_each_letter_as_before(
        self, word: str, present: frozenset[str]
    ) -> None:
        """One translate to reading codes gives each word's scripts and evidence as the loop did."""
        assert word_scripts(word, present) == _old_word_scripts(word, present)

    @given(_WORDS, st.sampled_from(TARGETS))
    @example("p\u0440", "Cyrillic")
    def test_convertible_and_convert_read_each_letter_as_before(
        self, word: str, target: str
    ) -> None:
        """The translate tables give the per-letter tests and twins of 5595d71."""
        table = LOOKALIKES[target]
        assert convertible(word, target) == all(
            (s := script_of(c)) is None or s == target or c in table for c in word
        )
        first = "".join(c if script_of(c) in (None, target) else table.get(c, c) for c in word)
        if target in LANGUAGE_BLIND:
            assert convert(word, target) == first

    @given(_WORDS)
    @example("p\u0440\u0438")
    @example("")
    def test_spellable_in_is_each_target_convertible(self, word: str) -> None:
        """One translate to each letter's targets finds the scripts `convertible` finds."""
        assert spellable_in(word) == tuple(t for t in TARGETS if convertible(word, t))

    @given(_WORDS)
    def test_language_blind_scripts_convert_alike_in_every_language(self, word: str) -> None:
        """`converted` skips the languages of these scripts: `convert` must not read them."""
        for target in LANGUAGE_BLIND:
            readings = {convert(word, target, code) for code in judge.LANGUAGES[target]}
            assert readings == {convert(word, target)}


class TestLexiconLookUps:
    @given(_WORDS, st.sampled_from(TARGETS))
    @example("the", "Latin")
    @example("со", "Cyrillic")
    def test_own_zipf_is_the_own_readings(self, word: str, script: str) -> None:
        """One look-up of the index gives the Zipf frequency `judge.own_reading` finds."""
        assert own_zipf(word, script) == judge.own_reading(word, script).zipf

    @given(_WORDS, st.sampled_from(TARGETS))
    @example("\u0422he", "Latin")
    @example("c\u043e", "Cyrillic")
    @example("H\u0430", "Cyrillic")
    def test_reads_elsewhere_weighs_as_before(self, word: str, script: str) -> None:
        """Weighing the other readings first decides every word as the readings in order did."""
        if any(char in OTHER_READINGS for char in word):
            expected = True
        else:
            others = [t for t in TARGETS if t != script and convertible(word, t)]
            here = judge.own_reading(convert(word, script), script).zipf
            expected = any(
                reading_wins(judge.own_reading(convert(word, t), t).zipf, here) for t in others
            )
        assert _reads_elsewhere.__wrapped__(word, script) == expected

    @given(_WORDS, st.sampled_from(TARGETS))
    @example("TT", "Cyrillic")
    @example("XIX", "Cyrillic")
    @example("a\u04cf\u04cf", "Latin")
    def test_distinct_readings_are_found_as_before(self, word: str, target: str) -> None:
        """Asking the index which languages list a reading groups the languages as before."""
        found: dict[tuple[str, float], str | None] = {}
        languages = (*judge.LANGUAGES[target], judge.DEFAULT_LANGUAGE.get(target))
        for language in dict.fromkeys(languages):
            fixed = convert(word, target, language)
            found.setdefault((fixed, judge.context_reading(fixed, language).zipf), language)
        assert rules._distinct_readings.__wrapped__(word, target) == tuple(found.values())


class TestPerTextMemos:
    def test_mixed_word_alone_answers_each_text_afresh(self) -> None:
        """The answer kept for the last text serves that text only, in that script."""
        alone = "адвокат = Тhe, дом"
        not_alone = "Тhe cat sat on the mat"
        for text, script in [
            (alone, "Latin"),
            (not_alone, "Latin"),
            (alone, "Latin"),
            (alone, "Cyrillic"),
            (not_alone, "Latin"),
        ]:
            present = scripts_present(notable_chars(text), text)
            where = Segments(text, script, present)
            assert mixed_word_alone(text, script, where) == _mixed_word_alone(text, script, where)

    def test_sparse_repair_after_the_one_pass_gives_the_fresh_answer(self) -> None:
        """`_sparse_repair` of a text `_one_pass_repair` decided gives what it gives alone."""
        rng = random.Random(11)
        twins = {v: k for k, v in simple_twins("Cyrillic").items() if k.isascii()}
        prose = (
            "Одна из самых вероятных кандидатур на то, чтобы возглавить ОАК, "
            "исполнительный директор «Иркута». Компания Sun Microsystems и МАК «Ильюшин»."
        )
        decided = 0
        for _ in range(20):
            text = "".join(twins[c] if c in twins and rng.random() < 0.3 else c for c in prose)
            rules._one_pass_repair(text)
            decided += rules._LAST_SPARSE is not None and rules._LAST_SPARSE[0] is text
            kept = rules._sparse_repair(text)
            rules._LAST_SPARSE = None
            assert kept == rules._sparse_repair(text)
        assert decided  # the kept decision was asked
