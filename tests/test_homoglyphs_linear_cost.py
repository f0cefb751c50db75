r"""
fix_homoglyphs' passes in Python look at what may change, not at every word: counted, never timed.

A large document is nearly sure to hold one rare word somewhere (a mixed
word with an accent, a Latin word of twins in Cyrillic text). Where such a
word let a step in and the step then walked every word of the text in
Python, s/MB grew with the size (English with Cyrillic twins: 0.2 s/MB at
10 KB, 1.5 at 10 MB). Each test counts the words a step looks at, for one
such word in 10 KB and in 1 MB of text around it, and checks that the answers
are the ones a walk over every word gives.
"""

from __future__ import annotations

import unicodedata
from typing import Any
from unittest import mock

from hypothesis import example, given
from hypothesis import strategies as st

from textclean._filters.homoglyphs import accents, judge, sparse
from textclean._filters.homoglyphs.letters import CYRILLIC, GREEK, LATIN, WORD

SMALL = 10_000
# English with a Cyrillic twin in every tenth word, and no accented letter.
_TO_CYRILLIC = str.maketrans("aeopcx", "аеорсх")
_ENGLISH = (
    "The ferry left the harbour an hour late, and the passengers waited on the pier, "
    "talking about the weather and the price of tickets. By noon the fog had lifted "
    "and a pale autumn sun stood over the roofs of the old town. "
)
_SWAPPED = " ".join(
    word.translate(_TO_CYRILLIC) if number % 10 == 0 else word
    for number, word in enumerate(_ENGLISH.split(" "))
)
# Greek prose of own letters, ``ι`` in many of its words.
_GREEK = (
    "Το πρωί οι ψαράδες γύρισαν στο λιμάνι και οι γυναίκες τους περίμεναν στην ακτή. "
    "Στην πλατεία οι γέροι κάθισαν κάτω από τα πλατάνια και μίλησαν για τα νέα του χωριού. "
)
# A Russian word with a stressed Latin o (NFC joins it with the mark into ó).
_STRESSED = unicodedata.normalize("NFC", "Кoзлo\N{COMBINING ACUTE ACCENT}в")


def _sized(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _counting(monkeypatch: Any, module: Any, name: str) -> list[int]:
    """Count the calls of ``module.name`` (put back by ``monkeypatch``)."""
    calls = [0]
    function = getattr(module, name)

    def counted(*args: Any) -> Any:
        calls[0] += 1
        return function(*args)

    monkeypatch.setattr(module, name, counted)
    return calls


class TestAccentedWords:
    def test_words_looked_at_do_not_grow_with_the_text(self, monkeypatch: Any) -> None:
        """One stressed word and English with twins around it: 10 KB and 1 MB look at it alone."""
        calls = _counting(monkeypatch, accents, "_stressed_letter")
        looked = []
        for size in (SMALL, 100 * SMALL):
            calls[0] = 0
            split = accents.decomposed(_STRESSED + " пришёл. " + _sized(_SWAPPED, size))
            assert split is not None
            assert split.text.startswith("Кoзлo\N{COMBINING ACUTE ACCENT}в")
            looked.append(calls[0])
        assert looked == [1, 1]

    def test_accented_words_are_looked_at_once_each(self, monkeypatch: Any) -> None:
        """Each word holding an accented letter is looked at once, the others never."""
        calls = _counting(monkeypatch, accents, "_stressed_letter")
        text = f"{_STRESSED} и café, naïve × 2, {_STRESSED}ов ÷ Ólafur"
        assert accents.decomposed(text) is not None
        assert calls[0] == 5

    @given(st.text(alphabet="aoрзКxó\N{COMBINING ACUTE ACCENT}×é -", max_size=40))
    @example(_STRESSED + " café")
    @example("x\N{COMBINING ACUTE ACCENT}ó" + "зз")
    def test_the_words_of_every_word_walked(self, text: str) -> None:
        """The same words taken apart as looking at every word WORD cuts."""
        assert _spans(accents.decomposed(text)) == _spans(_decomposed_by_every_word(text))


def _spans(split: accents.Decomposed | None) -> Any:
    return None if split is None else (split.text, split.clusters)


def _decomposed_by_every_word(text: str) -> accents.Decomposed | None:
    """`accents.decomposed` as it was: `_stressed_letter` asked of every word of the text."""
    if accents._MIXED_WITH_ACCENT.search(text) is None:
        return None
    parts: list[str] = []
    clusters: list[tuple[int, int]] = []
    length = pos = 0
    for word in WORD.finditer(text):
        if (found := accents._stressed_letter(word[0])) is None:
            continue
        at = word.start() + found[0]
        parts.append(text[pos:at])
        length += at - pos
        clusters.append((length, length + len(found[1])))
        parts.append(found[1])
        length += len(found[1])
        pos = at + 1
    if not clusters:
        return None
    parts.append(text[pos:])
    return accents.Decomposed("".join(parts), tuple(clusters))


def _hard_by_every_special_letter(text: str, script: str, extra: str) -> list[tuple[int, int]]:
    """`sparse.find_hard` as it was: the script's own special letters (``ι``) matched anywhere."""
    with mock.patch.object(sparse, "_own_special", return_value=frozenset()):
        pattern, _ = sparse._candidates.__wrapped__(script, sparse._extra_met(script, extra))
    return sparse._words_touched(text, script, (match.span() for match in pattern.finditer(text)))


# Greek and Ukrainian words with ``ι``, ``Ι``, ``І`` beside Latin letters, marks and signs.
_HARD_TEXT = st.lists(
    st.sampled_from(
        [
            *"ιΙІӀӏαβοκλΑΒΟКкоаії",
            *"oxLnuBIi",
            *" \n,.«»’·1\N{COMBINING ACUTE ACCENT}",
            "ιοτα",
            "καλoι",
            "Lιnux",
            "Іnternet",
        ]
    ),
    max_size=30,
).map("".join)


class TestOwnSpecialLetters:
    @given(_HARD_TEXT, st.sampled_from([GREEK, CYRILLIC, LATIN]), st.sampled_from(["", "ɑı«»"]))
    @example(
        "Η πόλη είναι μικρή, και ο Lιnux τρέχει. Ιδού καλoι «ιx» ιο\N{COMBINING ACUTE ACCENT}",
        GREEK,
        "",
    )
    def test_the_hard_words_of_every_special_letter_tried(
        self, text: str, script: str, extra: str
    ) -> None:
        """The same hard words as matching ``ι`` anywhere and keeping the words not of own letters."""
        assert sparse.find_hard(text, script, extra) == _hard_by_every_special_letter(
            text, script, extra
        )

    def test_greek_words_of_own_letters_are_not_tried(self, monkeypatch: Any) -> None:
        """
        In Greek prose the words tried are its hard words, not every word holding ``ι``.

        Each word with ``ι`` (nearly every other Greek word) was a match
        tried in Python, so Greek paid some 1 s/MB wherever the sparse path
        was taken, which a large document nearly always is. Counted: the
        words looked at, a third of those matching ``ι`` anywhere looked at
        or fewer (the letters other texts brought, `sparse._extra_met`,
        add candidates to both).
        """
        calls = _counting(monkeypatch, sparse, "_may_join")
        text = _sized(_GREEK + " Ο Lιnux, καλoι. ", 100 * SMALL)
        found = sparse.find_hard(text, GREEK, "")
        tried = calls[0]
        calls[0] = 0
        assert found == _hard_by_every_special_letter(text, GREEK, "")
        assert 3 * tried <= calls[0], (tried, calls[0], len(found))


def _written_elsewhere_by_every_word(fixed: str) -> dict[tuple[int, int], str]:
    """`judge.written_elsewhere` as it was: `judge._script_around` asked of every twin word."""
    found: dict[tuple[int, int], str] = {}
    written: judge.StandingWords | None = None
    for match in judge._TWINS_ONLY.finditer(fixed):
        start, end = match.span()
        script = judge._script_around(fixed, start, end)
        if script is None or judge._enclosed(fixed, start, end):
            continue
        if judge._name_part(fixed, start, end) or judge.unit_or_suffix(fixed, start):
            continue
        if written is None:
            written = judge.StandingWords(fixed.casefold())
        reading = judge.convert(match[0], script)
        if written.has(reading.casefold()):
            found[start, end] = reading
    return found


_ELSEWHERE_TEXT = st.lists(
    st.sampled_from(
        [
            *("He", "не", "MM", "ММ", "a", "а", "в", "B", "ox", "ох", "οχ", "p", "мир", "(He)"),
            *("5-p", "5-р", "°C", "the quick brown fox jumps over a lazy dog " * 2, "x" * 70),
            *("a He ox " * 9, " ", ", ", ". ", "\n", "-"),
        ]
    ),
    max_size=40,
).map("".join)


class TestWrittenElsewhere:
    def test_words_looked_at_do_not_grow_with_english_around(self, monkeypatch: Any) -> None:
        """One Russian sentence, then English: 10 KB and 1 MB look at the words near it alone."""
        calls = _counting(monkeypatch, judge, "_script_around")
        looked, found = [], []
        for size in (SMALL, 100 * SMALL):
            calls[0] = 0
            text = "Он сказал: OTP не пришёл, a код отр пришёл.\n\n" + _sized(_ENGLISH, size)
            found.append(judge.written_elsewhere(text))
            looked.append(calls[0])
        assert looked[0] == looked[1] > 0, looked
        assert found[0] == found[1] == {(11, 14): "ОТР"}

    @given(_ELSEWHERE_TEXT)
    @example("мир a " + "the dog " * 20 + "a мир")
    def test_the_readings_of_every_word_asked(self, text: str) -> None:
        """The same readings as asking every short word of twins."""
        assert judge.written_elsewhere(text) == _written_elsewhere_by_every_word(text)
