"""
Lexicon decisions: whether the rewritten reading is a word of its context, and the likelier one.

Each reading is weighed by its Zipf frequency (`textclean.lexicon`): the
rewritten one in the language of its context (the document's language in
that script), the original in the most likely language of its own script.
A word in its own segment's context gets a bonus: a Russian word alone in an
English sentence is far less likely than the same letters spelling English.
A quoted word, or one whose segment shows no script (``«СССР»``), gets none:
it keeps its script unless the rewritten reading is a word and its own is not.
"""

from __future__ import annotations

import itertools
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from textclean import lexicon
from textclean._filters.homoglyphs.letters import (
    CYRILLIC,
    GREEK,
    LATIN,
    LATIN_LOOKALIKE,
    WORD,
    convert,
    script_words,
    word_scripts,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

_NOT_LATIN = {"bg", "el", "mk", "ru", "uk", "he", "ar", "fa"}
LANGUAGES: dict[str, tuple[str, ...]] = {
    LATIN: tuple(code for code in lexicon.LANGUAGES if code not in _NOT_LATIN),
    LATIN_LOOKALIKE: tuple(code for code in lexicon.LANGUAGES if code not in _NOT_LATIN),
    CYRILLIC: ("ru", "uk", "bg", "mk"),
    GREEK: ("el",),
}
DEFAULT_LANGUAGE = {LATIN: "en", CYRILLIC: "ru", GREEK: "el"}
#: How much likelier the context's language is, for a word in its own segment's context.
CONTEXT_BONUS = 3.0
#: Below this Zipf frequency a reading is a rare abbreviation or name, not a word to prefer.
WORD_ZIPF = 3.5
#: A reading this common ("the", "a", "he") is a word wherever it stands; "p", "x", "c" are not.
COMMON_ZIPF = 5.5
_SAMPLE = 200  # give-away words that decide a document's language in a script
_FEW = 5  # fewer plain words than this, and words with look-alikes count too


class Reading(NamedTuple):
    word: str
    language: str | None
    zipf: float

    def __str__(self) -> str:
        where = f"{self.language}, zipf {self.zipf:.1f}" if self.zipf else "not a known word"
        return f"{self.word!r} ({where})"


def document_language(
    script: str, words: Iterable[str], present: frozenset[str] = frozenset((LATIN, CYRILLIC, GREEK))
) -> str | None:
    """
    The lexicon language of ``script`` that knows most of the document's ``words``, or its default.

    Only words wholly in ``script`` that give it away count, the first few
    hundred of them. Words with Latin look-alikes (Turkish ``ı``) count only
    when there are too few others: they may be swapped letters.
    """
    if script not in LANGUAGES:
        return None
    sample: list[str] = []
    spare: list[str] = []
    only = frozenset((script,))
    for word in words:
        scripts, evidence = word_scripts(word, present)
        if evidence != only:
            continue
        if scripts == only:
            sample.append(word)
            if len(sample) >= _SAMPLE:
                break
        elif script == LATIN and scripts == {LATIN, LATIN_LOOKALIKE} and len(spare) < _SAMPLE:
            spare.append(convert(word, LATIN))  # read as swapped, in case they are
    if len(sample) < _FEW:
        sample += spare
    return _sample_language(script, sample)


def _sample_language(script: str, sample: list[str]) -> str | None:
    if not sample:
        return DEFAULT_LANGUAGE.get(script)
    found, _ = lexicon.best_language(sample, LANGUAGES[script])
    return found or DEFAULT_LANGUAGE.get(script)


def text_language(
    script: str, text: str, present: frozenset[str], chars: frozenset[str]
) -> str | None:
    """`document_language` of a whole text; ``chars``: its non-ASCII characters, or a superset."""
    if LANGUAGES.get(script) == (DEFAULT_LANGUAGE.get(script),):
        return DEFAULT_LANGUAGE[script]  # Greek: one language, whatever the words (no sampling)
    if script in LANGUAGES:
        words = script_words(text, script, chars, present)
        if words is not None:
            # Exactly the words document_language samples, in order (no
            # look-alike words to spare: the ranges' texts hold none).
            return _sample_language(script, list(itertools.islice(words, _SAMPLE)))
    found = (match[0] for match in WORD.finditer(text))
    return document_language(script, found, present)


@lru_cache(maxsize=65536)
def own_reading(word: str, script: str) -> Reading:
    """The original reading in the language of its own script where it is most common."""
    best = Reading(word, None, 0.0)
    for code in LANGUAGES.get(script, ()):
        if (found := lexicon.zipf(word, code)) > best.zipf:
            best = Reading(word, code, found)
    return best


@lru_cache(maxsize=65536)
def context_reading(word: str, language: str | None) -> Reading:
    return Reading(word, language, lexicon.zipf(word, language) if language else 0.0)


def prefer_rewrite(
    rewritten: Reading, original: Reading, *, own: bool, near: bool, swapping: bool
) -> bool:
    """
    Whether the rewritten reading wins: a word, and more plausible than the original.

    ``own``: the word stands unquoted where its segment, or its whole line,
    gives the context's script away; ``near``: its own segment does, so the
    context's language gets a bonus. ``swapping``: the document has mixed
    words repaired into that script, so it is being garbled, not quoting.
    """
    if not own:  # quoted or inherited context: only a word over a non-word, in a garbled text
        return swapping and rewritten.zipf >= WORD_ZIPF and not original.zipf
    if not original.zipf and not swapping:
        # The original may be a word of a language the lexicon lacks
        # (Mongolian "сар" beside its gloss): a word among give-away words of
        # the other script must be a word, one only inherited a common one.
        return rewritten.zipf >= (WORD_ZIPF if near else COMMON_ZIPF)
    bonus = CONTEXT_BONUS if near else 0.0
    return rewritten.zipf > 0 and rewritten.zipf + bonus > original.zipf


def weighed(rewritten: Reading, original: Reading) -> str:
    """The two readings, for ``explain``."""
    return f"{rewritten} weighed against {original}"
