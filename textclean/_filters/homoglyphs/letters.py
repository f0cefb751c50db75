"""
Letters and their look-alikes: the script of a letter, and which letters give their script away.

The tables come from Unicode's confusables data (`textclean._confusables`).
Besides the real scripts, one class is made up here: "Latin look-alike", the
non-ASCII Latin letters Unicode lists as twins of an ASCII letter (IPA ``ɑ``
``ɡ``, dotless ``ı``, Latin Extended ``ꞵ``). They are Latin by script, but a
word mixing them with ASCII letters is a mixed word, as ``thіs`` with a
Cyrillic ``і`` is.
"""

from __future__ import annotations

import bisect
import itertools
import math
import operator
import re
import unicodedata
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple, cast

import regex

from textclean import lexicon, tables
from textclean._confusables import LOOKALIKES, OTHER_READINGS, STYLED
from textclean.scan import code_points

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

LATIN, CYRILLIC, GREEK = "Latin", "Cyrillic", "Greek"
LATIN_LOOKALIKE = "Latin look-alike"
OTHER = "Other"
#: Scripts a word can be rewritten into.
TARGETS = (LATIN, CYRILLIC, GREEK)
#: Scripts whose letters may stand in for another script's.
SOURCES = (LATIN, CYRILLIC, GREEK, "Armenian", "Cherokee", LATIN_LOOKALIKE)

TO_LATIN = LOOKALIKES[LATIN]
_ASCII_LETTER = regex.compile("[A-Za-z]")
# A word: a run of letters and combining marks, in any script. Every module of
# the filter cuts words with these, so they all see the same words.
WORD = regex.compile(r"[\p{L}\p{M}]+")
WORD_BEFORE = regex.compile(r"[\p{L}\p{M}]+", regex.REVERSE)  # searching back from a position
ROMAN_DIGITS = "IVXLCDM"
ROMAN_NUMERAL = regex.compile(f"[{ROMAN_DIGITS}]+")
_SCRIPT_PATTERNS = tuple(
    (name, regex.compile(rf"\p{{Script={name}}}")) for name in (*TARGETS, "Armenian", "Cherokee")
)


_COMMON = regex.compile(r"\p{Script=Common}")


@lru_cache(maxsize=8192)
def script_of(char: str) -> str | None:
    """
    The script class of a letter (see the module docstring); None for marks and apostrophes.

    A modifier letter of no script (the apostrophe ``ʼ`` Ukrainian and
    Belarusian write inside words, the ʻokina) belongs to its word's script,
    as a mark does: ``чеpвʼяк`` is a Cyrillic word with a Latin ``p``.
    """
    category = unicodedata.category(char)
    if category.startswith("M") or (category == "Lm" and _COMMON.match(char)):
        return None
    if char in STYLED:
        return LATIN  # styled letters are Latin letters in disguise
    for name, pattern in _SCRIPT_PATTERNS:
        if pattern.match(char):
            if name == LATIN and not char.isascii() and char in TO_LATIN:
                return LATIN_LOOKALIKE
            return name
    return OTHER


def _unquoted_letter(char: str) -> bool:
    """
    A look-alike no language writes words with: IPA, small capitals, archaic letters, and more.

    Latin-1 and Latin Extended-A letters (Turkish ``ı``, Icelandic ``þ``),
    the letters of living African orthographies among the rest (the click
    ``ǀ``, ``Ɩ``, ``ƒ``) and Cherokee capitals (the syllabary as mostly
    written) may be quoted as words.
    """
    code = ord(char)
    # Cherokee small letters: the Cherokee Supplement and the six at the end
    # of the main block (``ᏼ``, ``ᏸ``).
    if 0xAB70 <= code <= 0xABBF or 0x13F8 <= code <= 0x13FD:
        return True
    return (
        code >= _LATIN_EXTENDED_B
        and char not in _ORTHOGRAPHIC
        and char in TO_LATIN
        and script_of(char) == LATIN_LOOKALIKE
    )


_LATIN_EXTENDED_B = 0x180
# Letters of the African reference alphabet that Unicode lists as twins:
# Kabyle and Berber ``Tamaziɣt``, Ewe ``Eʋegbe``, Kabiye ``kɩ``.
_ORTHOGRAPHIC = frozenset(
    "\N{LATIN LETTER DENTAL CLICK}\N{LATIN CAPITAL LETTER IOTA}\N{LATIN SMALL LETTER F WITH HOOK}"
    "\N{LATIN SMALL LETTER GAMMA}\N{LATIN SMALL LETTER V WITH HOOK}\N{LATIN SMALL LETTER IOTA}"
)


@lru_cache(maxsize=8192)
def unquoted_word(word: str) -> bool:
    """Whether every letter of ``word`` is a look-alike nobody quotes as a word."""
    return all(_unquoted_letter(c) for c in word if script_of(c) is not None)


def _has_twin(char: str) -> bool:
    return any(char in table for table in LOOKALIKES.values())


# A letter "gives away" its script when no other script has a twin of it:
# ``ж`` is Cyrillic wherever it stands, ``а`` might be a swapped ``a``.
TWINNED = frozenset(char for table in LOOKALIKES.values() for char in table)


@lru_cache(maxsize=65536)
def convertible(word: str, target: str) -> bool:
    """Whether every letter of ``word`` is of ``target`` or has a twin there."""
    return not word.translate(_unconvertible(target))  # each letter read once, in C


class _CharTable(dict[int, str]):
    """
    A table for ``str.translate``, filled as characters are met (`__missing__`).

    A word's letters are looked up in C, each computed once (up to
    `_DISTINCT_LETTERS`), where a generator asked `script_of` of each.
    """

    def __init__(self, of: Callable[[str], str]) -> None:
        super().__init__()
        self._of = of

    def __missing__(self, point: int) -> str:
        found = self._of(chr(point))
        if len(self) < _DISTINCT_LETTERS:
            self[point] = found
        return found


def _in_target(char: str, target: str) -> bool:
    """Whether a word in ``target`` may hold ``char``: no script, the target's own, or a twin."""
    script = script_of(char)
    return script is None or script == target or char in LOOKALIKES[target]


@cache
def _unconvertible(target: str) -> _CharTable:
    """Each character to "" where a word in ``target`` may hold it (`convertible`), else itself."""
    return _CharTable(lambda char: "" if _in_target(char, target) else char)


@lru_cache(maxsize=65536)
def spellable_in(word: str) -> tuple[str, ...]:
    """
    The TARGETS that can spell ``word`` (`convertible`), in their order.

    One translate to each letter's targets (a bit each, coded as a character),
    where asking `convertible` of each target read the word three times.
    """
    found = (1 << len(TARGETS)) - 1
    for code in set(word.translate(_SPELLABLE)):
        found &= ord(code)
    return tuple(target for bit, target in enumerate(TARGETS) if found >> bit & 1)


_SPELLABLE = _CharTable(
    lambda char: chr(sum(1 << bit for bit, t in enumerate(TARGETS) if _in_target(char, t)))
)


@cache
def _into(target: str) -> _CharTable:
    """Each character to its twin in ``target`` where it is of another script (`convert`)."""
    table = LOOKALIKES[target]
    return _CharTable(lambda c: c if script_of(c) in (None, target) else table.get(c, c))


#: The target scripts `convert` reads a word into alike in every language (one twin a letter).
LANGUAGE_BLIND = frozenset(TARGETS) - {LATIN, GREEK}


@lru_cache(maxsize=65536)
def convert(word: str, target: str, language: str | None = None) -> str:
    """
    ``word`` with every letter from another script replaced by its twin in ``target``.

    A stroke or a dotless i (``ӏ``, ``ꙇ``, ``Ι``) may stand for l, i or I:
    of the readings, the one the lexicon knows best (``notӏce`` is
    ``notice``, ``sӏow`` is ``slow``), a word of the text's ``language``
    first (``aӏӏ`` is English ``all``, not Slovenian ``ali``). Unicode's twin
    is the likelier letter: another reading must be ten times as common, or,
    where Unicode's reading is no word, a word of English or of the text's
    ``language``, or a frequent word elsewhere (not a rare token some
    language lists: lorem ipsum's ``eius`` is not Indonesian ``elus``). A
    capital reading keeps to a word's case shape: an ``I`` after a small
    letter is no capital (``recursiveӀy``). Where the lexicon knows no
    reading, the document may decide (`judge.document_readings`).
    """
    first = word.translate(_into(target))
    if target == GREEK:
        return greek_reading(word, first, language or "el")
    if target != LATIN:
        return first  # every script but Latin and Greek: no language read (LANGUAGE_BLIND)
    if any(c in OTHER_READINGS for c in word):
        first = _latin_reading(word, first, language)
    if language is not None and first != word:
        return _with_native_letters(word, first, language)
    return first


def _latin_reading(word: str, first: str, language: str | None) -> str:
    """`convert` into Latin of a word with a stroke or dotless i: the likeliest reading."""
    candidates = ["".join(letters) for letters in itertools.product(*_reading_options(word, first))]
    # The lexicon casefolds: a reading must keep a word's case shape (small,
    # Title, CAPITALS or CamelCase) to be weighed. A capital I after a small
    # letter (recursiveIy) or before one after a capital (BIinken) is none.
    candidates = [c for c in candidates if keeps_case_shape(word, c)] or candidates
    unicode_reading = first in candidates  # else no reading is preferred
    if not unicode_reading:
        first = candidates[0]
    first_zipf = _latin_zipf(first)
    here = lexicon.zipf(first, language) if language is not None else 0.0
    if (
        unicode_reading
        and language is not None
        and here >= max(_WORD_FLOOR, first_zipf - _TWIN_MARGIN)
        and all(lexicon.zipf(reading, language) <= here + _TWIN_MARGIN for reading in candidates)
    ):
        # Unicode's reading is a common word of the text's language (about as
        # common there as anywhere) and no other reading is ten times as common
        # there: it stays, whatever other languages say (Finnish "oli" is no
        # reading of "oil" in English text). Otherwise the readings are
        # weighed across languages below: the language may be a poor guess
        # from a few words.
        return first
    # A text's language guessed from a few words may be wrong ("bill" in
    # English taken for Serbo-Croatian "bili"): its function words do not
    # overrule an English word.
    weigh_in = language
    if language != "en" and lexicon.zipf(first, "en") >= _ENGLISH_WORD:
        weigh_in = None
    first_zipf = _weighed_zipf(first, weigh_in)
    margin = _TWIN_MARGIN if unicode_reading else 0.0
    best, best_zipf = first, first_zipf + margin if first_zipf else 0.0
    for candidate in candidates:
        found = _weighed_zipf(candidate, weigh_in)
        if found <= best_zipf or candidate == first:
            continue
        if first_zipf or _latin_zipf(candidate) >= _WORD_FLOOR or _known_here(candidate, language):
            best, best_zipf = candidate, found
    if best == "i" and first in "lI" and language in (None, "en"):
        # A tall stroke standing alone (``ǀ``, ``ӏ``) read as English's
        # one-letter word is the pronoun, written I ("ǀ doubt", "ǀ'm").
        return "I"
    return best


def _with_native_letters(word: str, fixed: str, language: str) -> str:
    """
    ``fixed`` with the letters ``language`` writes as its own put back, unless that reads worse.

    Turkish writes dotless ``ı``, Icelandic ``þ``: Unicode lists them as
    twins of ``i`` and ``p``, but in text of those languages they are
    letters. A word with other look-alikes too (``ỿanımda``) keeps them
    (``yanımda``), and so does a word the language knows as written (the
    suffix ``'ı``, beside ``i``): a word it knows fully rewritten and not as
    written loses them (a swapped ``bılgı`` is ``bilgi``), and so does one it
    knows neither way but spells far likelier rewritten.
    """
    native = native_letters(language)
    if not native or not any(c in native for c in word):
        return fixed
    kept = "".join(c if c in native else f for c, f in zip(word, fixed, strict=True))
    if kept == fixed or lexicon.known(kept, language):
        return fixed if kept == fixed else kept
    if (reread := _read_beside_native(word, native, language)) is not None:
        return reread
    if lexicon.known(fixed, language):
        return fixed
    # Neither reading listed (compounds, rare words): the language's spelling
    # decides. Icelandic writes þ at a word's or a compound part's start
    # (``Alþingi``), not in ``fjárlagafrumvarþi``.
    model = _letter_triples((language,))
    if _spelling_log(kept, model) < _spelling_log(fixed, model) - _NATIVE_SPELLING_MARGIN:
        return fixed
    return kept


def _read_beside_native(word: str, native: frozenset[str], language: str) -> str | None:
    """
    ``word``'s likeliest reading in ``language`` with its native letters kept, if one is a word.

    Its other strokes and dotless letters are read again beside them: in
    Turkish ``katӏı`` the ı is Turkish's and the stroke an l (``katlı``),
    where read with the ı as a twin of l too it spelt ``katil``.
    """
    unicode_reading = word.translate(_into(LATIN))
    options = [
        c if c in native else reading
        for c, reading in zip(word, _reading_options(word, unicode_reading), strict=True)
    ]
    candidates = ["".join(letters) for letters in itertools.product(*options)]
    known = [c for c in candidates if keeps_case_shape(word, c) and lexicon.known(c, language)]
    return max(known, key=lambda c: lexicon.zipf(c, language)) if known else None


@lru_cache(maxsize=64)
def native_letters(language: str) -> frozenset[str]:
    """
    The look-alike letters ``language`` writes as its own: in one of its words in a hundred or more.

    From the lexicon, not a list: Turkish ``ı`` (in a quarter of its
    words), Icelandic ``þ`` (3%); English words with a Greek ``α`` are
    quotes, far rarer. Shipped precomputed (`tables_to_ship`): built here
    only when the shipped tables lack it.
    """
    shipped = tables.shipped(_native_key(language))
    if isinstance(shipped, str):
        return frozenset(shipped)
    return _native_letters(language)


def _native_key(language: str) -> str:
    return f"native letters {language} {_NATIVE_SHARE}"


def tables_to_ship() -> dict[str, object]:
    """
    The tables `textclean.tables` ships for this module, by key.

    Each language's native letters, and the letter triples of each
    language's spelling and of the spelling languages together.
    """
    found: dict[str, object] = {
        _native_key(language): "".join(sorted(_native_letters(language)))
        for language in lexicon.LANGUAGES
    }
    for languages in [_SPELLING_LANGUAGES, *((language,) for language in lexicon.LANGUAGES)]:
        found[_triples_key(languages)] = _build_letter_triples(languages)
    return found


def _native_letters(language: str) -> frozenset[str]:
    words = lexicon.words(language)
    outside = [word for word in words if not word.isascii()]
    least = len(words) * _NATIVE_SHARE
    # The few look-alikes the words hold are found in C; each is then counted
    # over the words outside ASCII only (a third of what a loop over every
    # word's letters cost).
    return frozenset(
        char
        for char in set("".join(outside))
        if char in TO_LATIN
        and script_of(char) == LATIN_LOOKALIKE
        and sum(char in word for word in outside) >= least
    )


_NATIVE_SHARE = 0.01
_NATIVE_SPELLING_MARGIN = 5.0  # natural log: genuine Turkish words spelled worse: 1 in 300


def greek_reading(word: str, first: str, language: str) -> str:
    """
    ``first`` (``word`` rewritten into Greek) with Latin ``o`` read ``σ`` where the lexicon says so.

    Unicode lists small sigma as a twin of ``o``: ``oτο`` is ``στο``,
    ``βρίoκεται`` is ``βρίσκεται``. Unicode's ``ο`` stays unless a reading
    with ``σ`` is a word ten times as common, or its own is no word and
    another is. Where the lexicon lists no reading (rare words, names,
    inflections), the document decides (`judge.document_readings`, by
    `greek_spelt_reading`). A word never ends in ``σ`` (final sigma is
    ``ς``, no twin of ``o``). Genuine Greek holds no Latin ``o``: both are repairs.
    """
    readings = sigma_readings(word, first)
    if len(readings) == 1:
        return first
    own = lexicon.zipf(first, language)
    best, best_zipf = first, own + _TWIN_MARGIN if own else _WORD_FLOOR - _TWIN_MARGIN
    for reading in readings[1:]:
        if (found := lexicon.zipf(reading, language)) > best_zipf:
            best, best_zipf = reading, found
    return best


def sigma_readings(word: str, first: str) -> list[str]:
    """``first``, then ``first`` with the Latin ``o`` of ``word`` read ``σ`` each other way."""
    at = [i for i, c in enumerate(word[:-1]) if c == "o"][:_MAX_AMBIGUOUS]
    readings = [first]
    for sigmas in itertools.product((False, True), repeat=len(at)):
        if any(sigmas):
            chars = list(first)
            for i, sigma in zip(at, sigmas, strict=True):
                if sigma:
                    chars[i] = _SIGMA
            readings.append("".join(chars))
    return readings


def greek_spelt_reading(readings: list[str], language: str, margin: float | None = None) -> str:
    """
    Of ``readings`` (`sigma_readings`), the one Greek spelling, by letter triples, prefers.

    For words the lexicon lacks (``χτιoμένη`` is ``χτισμένη``): the first
    reading unless another is likelier by ``margin`` (natural log; by
    default the margin the other spelling decisions take).
    """
    if margin is None:
        margin = _SPELLING_MARGIN
    first = readings[0]
    model = _backed_off_letters(language)
    spelled = {reading: _backed_off_log(reading, model) for reading in readings}
    likeliest = max(readings, key=spelled.__getitem__)
    return likeliest if spelled[likeliest] > spelled[first] + margin else first


_OMICRON = "\N{GREEK SMALL LETTER OMICRON}"
_SIGMA = "\N{GREEK SMALL LETTER SIGMA}"


def _reading_options(word: str, first: str) -> list[str]:
    """
    For each letter of ``word``, the ASCII letters it may stand for (Unicode's twin first).

    A capital look-alike (``Ι``, ``Ӏ``, ``Ɩ``) reads as a small l only beside
    a small letter: ``POSIX`` keeps its I. A small tall stroke (``ǀ``, ``ӏ``)
    in a word of capitals is a capital I (``EǀNS``).
    """
    options: list[str] = []
    ambiguous = 0
    capitals = _capitals_but_strokes(word, first)
    for at, (original, twin) in enumerate(zip(word, first, strict=True)):
        if original not in OTHER_READINGS or ambiguous >= _MAX_AMBIGUOUS:
            options.append(twin)
            continue
        ambiguous += 1
        readings = twin + OTHER_READINGS[original]
        if capitals and twin == "l":
            readings = "I"
        if original.isupper() and not (
            _beside_small(word, first, at) or _after_title_capital(word, first, at)
        ):
            readings = twin
        options.append(readings)
    return options


def _capitals_but_strokes(word: str, first: str) -> bool:
    """
    Whether ``first`` is written in capitals but for its small l: two capitals or more, sure ones.

    A capital that is itself a stroke (``І``) may be a small l: ``AꞁІ`` is ``All``.
    One sure capital will do where it ends the word: a stroke before it is
    no small letter (``ǀᎢ`` is ``IT``), where one after it may be (``Eǀ``:
    Spanish ``El``; ``AꞁІ``).
    """
    pairs = list(zip(word, first, strict=True))
    sure = sum(1 for c, f in pairs if f.isupper() and c not in OTHER_READINGS)
    ends_sure = word[-1] not in OTHER_READINGS and first[-1].isupper()
    return (sure >= _CAPITALS or (sure > 0 and ends_sure)) and all(
        f.isupper() or not f.isalpha() for _, f in pairs if f != "l"
    )


_CAPITALS = 2


def _weighed_zipf(word: str, language: str | None) -> float:
    """
    How common ``word`` is; in the text's language, its common words ten times likelier.

    ``ali`` is rare in English, if common in Slovene: in English text, ``aǀι``
    reads ``all``. Other languages are guessed from a few words, and may be
    wrong (``bili`` for ``bill``): only their function words (Italian ``la``,
    Spanish ``el``) get the weight, and `convert` asks for none where
    Unicode's reading is an English word.
    """
    found = _latin_zipf(word)
    if language is None:
        return found
    here = lexicon.zipf(word, language)
    if language != "en":
        # A function word of the text's language (Italian ``la``, Spanish
        # ``el``) is weighed as English is in English text: common words are
        # what a language's guess from a few words gets right.
        if here >= _COMMON_HERE:
            return max(found, here + _TWIN_MARGIN)
        # A reading only some other language knows (Hungarian "ld" in
        # Italian-looking text, against "id") is ten times less likely here.
        return max(here, lexicon.zipf(word, "en"), found - _TWIN_MARGIN)
    return max(here + _TWIN_MARGIN if here else 0.0, found - _TWIN_MARGIN)


def plausible_reading(word: str, readings: Iterable[str], language: str | None = None) -> str:
    """
    Of ``word``'s ``readings``, the likeliest spelling if much likelier than ``word``'s.

    For words no lexicon lists (lorem ipsum, rare words, jargon). First the
    lexicon, by parts: a reading made of words of English or the text's
    ``language`` (``metaclasses``: meta and classes; ``literals``: literal
    and its plural) beats readings that are not. Else the letters
    (`_letter_plausibility`): ``exponentlatlon`` is ``exponentiation``.
    """
    readings = list(readings)
    by_parts = {reading: _parts_zipf(reading, language) for reading in readings}
    best = max(readings, key=by_parts.__getitem__, default=word)
    best_zipf = by_parts.get(best, 0.0)
    if best_zipf >= _WORD_FLOOR and all(
        found < best_zipf - _PARTS_MARGIN for reading, found in by_parts.items() if reading != best
    ):
        return best
    likeliest = max(readings, key=lambda r: _letter_plausibility(r, language), default=word)
    gain = _letter_plausibility(likeliest, language) - _letter_plausibility(word, language)
    return likeliest if gain >= _SPELLING_MARGIN else word


def _parts_zipf(word: str, language: str | None) -> float:
    """
    How common the rarer part of ``word`` is, cut into two words or a word and its plural ending.

    Compounds and inflections the lexicon lacks (``builtins`` aside, a short
    part is no evidence: ``ratlone`` is not ``rat`` and ``lone``). Parts are
    looked up in English and the text's ``language``.
    """
    folded = word.casefold()
    codes = ("en",) if language in (None, "en") else ("en", language)

    def zipf(part: str) -> float:
        return max(lexicon.zipf(part, code) for code in codes)

    best = 0.0
    for ending in _PLURAL_ENDINGS:
        stem = folded.removesuffix(ending)
        if stem != folded and len(stem) >= _PART_LETTERS - 1:
            best = max(best, zipf(stem))
    for cut in range(_PART_LETTERS, len(folded) - _PART_LETTERS + 1):
        best = max(best, min(zipf(folded[:cut]), zipf(folded[cut:])))
    return best


_PLURAL_ENDINGS = ("s", "es")
_PART_LETTERS = 4  # parts this long at least: three-letter words make almost anything
_PARTS_MARGIN = 0.5  # Zipf: how much commoner the best reading's rarer part must be


@lru_cache(maxsize=65536)
def latin_zipf(word: str) -> float:
    """How common ``word`` is in any Latin-script language (`_latin_zipf`)."""
    return _latin_zipf(word)


def keeps_case_shape(word: str, reading: str) -> bool:
    """Whether ``reading`` of look-alike ``word`` is cased as words are, as `convert` asks."""
    return _cased_as_words(reading) and _humps_are_words(word, reading)


def _letter_plausibility(word: str, language: str | None = None) -> float:
    """
    How likely ``word``'s spelling is: the log probability of each letter after the two before.

    Learnt from the frequent words of a few Latin-script languages
    (`_letter_triples`), word edges included: ``-tion`` is common, ``-tlon``
    is not. Half the weight goes to the text's ``language``, whose spelling
    may differ from the others' (German ``schl``, not English).
    """
    models = [_letter_triples(_SPELLING_LANGUAGES)]
    if language is not None and language in LATIN_LANGUAGES:
        models.append(_letter_triples((language,)))
    padded = f"^^{word.casefold()}$"
    total = 0.0
    for i in range(len(padded) - 2):
        chance = 0.0
        for triples, pairs in models:
            chance += (triples.get(padded[i : i + 3], 0) + _UNSEEN) / (
                pairs.get(padded[i : i + 2], 0) + _UNSEEN * _ALPHABET
            )
        total += math.log(chance / len(models))
    return total


def unwritten_triples(word: str, language: str | None = None) -> int:
    """
    How many of ``word``'s letter triples no language `_letter_plausibility` learns from writes.

    ``slm`` in ``slmilique``, ``dlp`` in ``adlpisci``: a cluster the
    languages' frequent words never hold is no spelling of theirs.
    """
    models = [_letter_triples(_SPELLING_LANGUAGES)]
    if language is not None and language in LATIN_LANGUAGES:
        models.append(_letter_triples((language,)))
    padded = f"^^{word.casefold()}$"
    return sum(
        1
        for i in range(len(padded) - 2)
        if not any(padded[i : i + 3] in triples for triples, _ in models)
    )


def spelling_odds(written: str, repaired: str, language: str) -> float:
    """
    How much likelier ``written`` is spelled as ``language`` spells than ``repaired`` as others do.

    The log odds of the two spellings by letter triples (`_letter_plausibility`):
    ``written`` by ``language``'s alone, ``repaired`` by the Latin-script
    languages most text resembles. Above 0 for Turkish ``doları`` (against
    ``dolari``), below for English ``thıs`` (against ``this``).
    """
    own = _spelling_log(written, _letter_triples((language,)))
    return own - _spelling_log(repaired, _letter_triples(_SPELLING_LANGUAGES))


def _spelling_log(word: str, model: tuple[dict[str, int], dict[str, int]]) -> float:
    triples, pairs = model
    padded = f"^^{word.casefold()}$"
    return sum(
        math.log(
            (triples.get(padded[i : i + 3], 0) + _UNSEEN)
            / (pairs.get(padded[i : i + 2], 0) + _UNSEEN * _ALPHABET)
        )
        for i in range(len(padded) - 2)
    )


@lru_cache(maxsize=8)
def _letter_triples(languages: tuple[str, ...]) -> tuple[dict[str, int], dict[str, int]]:
    """
    Letter triples and the pairs they start with, in frequent words of ``languages``.

    Shipped precomputed (`tables_to_ship`: 0.2 s of Python for the spelling
    languages): built here only when the shipped tables lack them.
    """
    shipped = tables.shipped(_triples_key(languages))
    if shipped is not None:
        return cast("tuple[dict[str, int], dict[str, int]]", shipped)
    return _build_letter_triples(languages)


class _BackedOff(NamedTuple):
    """A language's letter counts: triples, pairs and single letters (`_backed_off_log`)."""

    triples: dict[str, int]
    openings: dict[str, int]  # each pair's count as the opening of a triple
    pairs: dict[str, int]  # each pair's count as the end of a triple
    leads: dict[str, int]  # each letter's count as the first of such a pair
    letters: dict[str, int]
    total: int


@lru_cache(maxsize=4)
def _backed_off_letters(language: str) -> _BackedOff:
    """`_letter_triples` of ``language``, with the pair and letter counts they hold."""
    triples, openings = _letter_triples((language,))
    pairs: dict[str, int] = {}
    leads: dict[str, int] = {}
    letters: dict[str, int] = {}
    for triple, count in triples.items():
        pairs[triple[1:]] = pairs.get(triple[1:], 0) + count
        leads[triple[1]] = leads.get(triple[1], 0) + count
        letters[triple[2]] = letters.get(triple[2], 0) + count
    return _BackedOff(triples, openings, pairs, leads, letters, sum(letters.values()))


def _backed_off_log(word: str, model: _BackedOff) -> float:
    """
    The log probability of ``word``'s letters, each after the two before, backing off to one.

    `_spelling_log` gives a triple never seen the same small count whatever
    its two letters: after a rare pair (``δσ``) an unseen letter costs less
    than after a common one (``δο``), so a rare pair wins. Here an unseen
    triple's chance is the pair's (and an unseen pair's the letter's),
    weighed by how little the two letters before were seen: ``καλωσορίζουμε``
    over ``καλωοορίζουμε``, which `_spelling_log` got the wrong way round.
    """
    padded = f"^^{word.casefold()}$"
    total = 0.0
    for i in range(len(padded) - 2):
        first, second, third = padded[i], padded[i + 1], padded[i + 2]
        letter = (model.letters.get(third, 0) + 1) / (model.total + len(model.letters))
        pair = (model.pairs.get(second + third, 0) + _BACK_OFF * letter) / (
            model.leads.get(second, 0) + _BACK_OFF
        )
        triple = (model.triples.get(padded[i : i + 3], 0) + _BACK_OFF * pair) / (
            model.openings.get(first + second, 0) + _BACK_OFF
        )
        total += math.log(triple)
    return total


_BACK_OFF = 2.0  # the weight of the shorter context's chance: as if seen twice


def _triples_key(languages: tuple[str, ...]) -> str:
    return f"letter triples {' '.join(languages)} {_SPELLING_WORDS}"


def _build_letter_triples(languages: tuple[str, ...]) -> tuple[dict[str, int], dict[str, int]]:
    triples: dict[str, int] = {}
    pairs: dict[str, int] = {}
    for code in languages:
        for listed in lexicon.most_frequent(code, _SPELLING_WORDS):
            padded = f"^^{listed}$"
            for i in range(len(padded) - 2):
                triple = padded[i : i + 3]
                triples[triple] = triples.get(triple, 0) + 1
                pairs[triple[:2]] = pairs.get(triple[:2], 0) + 1
    return triples, pairs


_UNSEEN = 0.1  # the count a triple never seen is given
_ALPHABET = 40  # letters that may follow two others, for that smoothing
#: How much likelier (natural log) a spelling must be than Unicode's reading to replace it.
_SPELLING_MARGIN = 1.0


# Languages whose spelling the letter triples learn: English, and the Romance
# and Germanic languages most Latin-script text (and lorem ipsum) resembles.
_SPELLING_LANGUAGES = ("en", "fr", "it", "es", "pt", "de")
_SPELLING_WORDS = 12_000


def _beside_small(word: str, first: str, at: int) -> bool:
    """
    Whether a letter beside ``word[at]`` is a small one, or may read as one.

    ``first``: ``word`` in Unicode's readings. A look-alike beside it that
    may read as a small letter counts in a word with small letters
    (``aΙꞮ``: ``all``), not among capitals alone (``ӀӀ`` stays ``II``).
    """
    for near in (at - 1, at + 1):
        if 0 <= near < len(word) and (
            first[near].islower() or (word[near] in OTHER_READINGS and any(map(str.islower, first)))
        ):
            return True
    return False


def _after_title_capital(word: str, first: str, at: int) -> bool:
    """
    Whether ``word[at]`` follows a plain capital opening a word that may be Title case.

    ``EӀ`` may be Spanish ``El`` as well as ``EI``: the lexicon weighs both.
    Not after a look-alike (``ӀӀ`` stays ``II``), nor among capitals (``POSΙX``).
    """
    return (
        at >= 1
        and first[0].isupper()
        and word[0] not in OTHER_READINGS
        and all(
            first[k].islower() or word[k] in OTHER_READINGS for k in range(1, len(word)) if k != at
        )
    )


def _humps_are_words(word: str, reading: str) -> bool:
    """
    Whether each CamelCase hump a look-alike capital opens in ``reading`` is a word.

    ``NotӀmplemented`` is ``NotImplemented``; ``FinaӀӀy`` is no ``FinaIly``.
    """
    for at in range(1, len(word)):
        if word[at] in OTHER_READINGS and reading[at] == "I" and reading[at - 1].islower():
            hump = _CAMEL_PART.match(reading, at)
            # Identifiers are written in English words.
            if hump is None or lexicon.zipf(hump[0], "en") < _HUMP_ZIPF:
                return False
    return True


def _cased_as_words(word: str) -> bool:
    """Small, Title, CAPITALS, or CamelCase of parts of three letters or more."""
    if word.islower() or word.isupper() or word.istitle():
        return True
    return _CAMEL.fullmatch(word) is not None and all(
        len(part) >= _CAMEL_PART_LETTERS for part in _CAMEL_PART.findall(word)
    )


def _known_here(word: str, language: str | None) -> bool:
    return lexicon.known(word, "en") or (language is not None and lexicon.known(word, language))


_TWIN_MARGIN = 1.0  # Zipf: ten times as common
_COMMON_HERE = 5.5  # Zipf: a function word of its language ("la", "el", "und")
_ENGLISH_WORD = 4.5  # Zipf: an English word the text's guessed language does not overrule
_WORD_FLOOR = 3.5
_MAX_AMBIGUOUS = 4  # readings weighed for the first few ambiguous letters only: 2**4 words at most
_NOT_LATIN = frozenset({"bg", "el", "mk", "ru", "uk", "he", "ar", "fa"})
#: The lexicon's languages written in Latin letters.
LATIN_LANGUAGES = tuple(code for code in lexicon.LANGUAGES if code not in _NOT_LATIN)


_CAMEL = regex.compile("(?:[A-Z][a-z]+){2,}")
_CAMEL_PART = regex.compile("[A-Z][a-z]+")
_CAMEL_PART_LETTERS = 3  # IocaIs is no CamelCase of Ioca and Is
_HUMP_ZIPF = 3.0  # once in a million English words: Iteration (3.4) is a hump, Ily (2.4) none


def _latin_zipf(word: str) -> float:
    """How common ``word`` is in any Latin-script language; for CamelCase, its parts together."""
    if not _CAMEL.fullmatch(word):
        return lexicon.highest_zipf(word, LATIN_LANGUAGES)
    parts = _CAMEL_PART.findall(word)  # GtkSpinner: Gtk, Spinner
    return sum(lexicon.highest_zipf(p, LATIN_LANGUAGES) for p in parts)


def plain(word: str) -> str:
    """Styled letters (fullwidth, mathematical, letterlike) made plain ASCII."""
    return "".join(STYLED.get(c, c) for c in word)


def scripts_present(chars: frozenset[str] | set[str], text: str) -> frozenset[str]:
    """The scripts a look-alike could be swapped into here: Latin, Cyrillic, Greek, as present."""
    found = _targets_of(frozenset(chars))
    if LATIN not in found and _ASCII_LETTER.search(text):
        return found | {LATIN}
    return found


@lru_cache(maxsize=4096)
def _targets_of(chars: frozenset[str]) -> frozenset[str]:
    return frozenset(s for c in chars if (s := script_of(c)) in TARGETS)


@lru_cache(maxsize=65536)
def word_scripts(
    word: str, present: frozenset[str] = frozenset(TARGETS)
) -> tuple[frozenset[str], frozenset[str]]:
    """
    The script classes of a word's letters, and those its letters give away.

    A letter gives its script away when no script ``present`` in the
    document has a twin of it: ``u`` is Latin in a text without Greek, where
    no ``υ`` could have been swapped in.
    """
    if (table := _LETTER_READINGS.get(present)) is None:
        # a few sets of scripts occur: subsets of TARGETS
        table = _LETTER_READINGS[present] = _LetterCodes(present)
    # Each letter to the code of its reading by one translate in C, and the
    # word's distinct codes read once (a word's letters were looked up one by one).
    codes = frozenset(word.translate(table))
    if (found := table.words.get(codes)) is not None:
        return found
    scripts, evidence = set(), set()
    for code in codes:
        script, gives = table.readings[code]
        if script is None:
            continue
        scripts.add(script)
        if gives is not None:
            evidence.add(gives)
    found = frozenset(scripts), frozenset(evidence)
    if len(_READINGS) < _DISTINCT_READINGS:
        found = _READINGS.setdefault(found, found)
    if len(table.words) < _DISTINCT_READINGS:
        table.words[codes] = found
    return found


class _LetterCodes(_CharTable):
    """
    Each character to a code standing for its reading (`_letter_reading`), for ``str.translate``.

    A few dozen readings occur, each one code (a character, `_FIRST_CODE` on).
    """

    def __init__(self, present: frozenset[str]) -> None:
        super().__init__(self._code)
        self.present = present
        self.readings: dict[str, tuple[str | None, str | None]] = {}  # by code
        self.codes: dict[tuple[str | None, str | None], str] = {}
        self.words: dict[frozenset[str], tuple[frozenset[str], frozenset[str]]] = {}
        # next() is atomic: threads may fill the table at once
        self._numbers = itertools.count(_FIRST_CODE)

    def _code(self, char: str) -> str:
        reading = _letter_reading(char, self.present)
        if (code := self.codes.get(reading)) is None:
            fresh = chr(next(self._numbers))
            self.readings[fresh] = reading
            code = self.codes.setdefault(reading, fresh)
        return code


# Codes are read back only through `_LetterCodes.readings`, never as letters:
# printable ASCII, whose one-letter strings Python keeps made (a set of them
# is built without a new object a letter).
_FIRST_CODE = 0x21


def _letter_reading(char: str, present: frozenset[str]) -> tuple[str | None, str | None]:
    """A letter's script class, and the script it gives away where the scripts ``present`` are."""
    script = script_of(char)
    if script is None:
        return None, None
    if script in SOURCES and not any(
        char in LOOKALIKES[twin] for twin in present if twin != script
    ):
        return script, LATIN if script == LATIN_LOOKALIKE else script
    return script, None


# Each letter's reading, per set of scripts present: words are new, their
# letters are not (a word's letters were each looked up in up to three tables).
_LETTER_READINGS: dict[frozenset[str], _LetterCodes] = {}
_DISTINCT_LETTERS = 65_536


# Words share their equal answers: the cache above held two sets and a tuple
# a word, and the garbage collector's full passes over them (random text
# over the BMP, issue 15) were a third of fix_homoglyphs' time. A few
# hundred answers occur; the bound keeps hostile text from growing it.
_READINGS: dict[tuple[frozenset[str], frozenset[str]], tuple[frozenset[str], frozenset[str]]] = {}
_DISTINCT_READINGS = 4096


# The letters of Cyrillic and Greek found by ranges (a class of the standard
# library's re, which scans ranges fast): every other letter is searched as
# "foreign" and looked at word by word, so these need only be a subset.
SURE_RANGES: dict[str, list[tuple[int, int]]] = {
    CYRILLIC: [(0x400, 0x4FF)],
    GREEK: [(0x386, 0x386), (0x388, 0x3CE), (0x1F00, 0x1F7D)],
}
# Numbers re's \w takes for word characters: never letters of a word.
NUMBERS = "\u00b2\u00b3\u00b9\u00bc-\u00be\u2070-\u209f\u2150-\u218f\u2460-\u24ff"


def range_class(chars: str) -> str:
    """A class body for re of ``chars``, as ranges: re tests a short class of ranges fast."""
    # A set of code points, not of characters: small ints hash to themselves,
    # so the set comes out nearly in order and the sort is one pass (for the
    # basic plane's 50,000 word characters 2 ms, where characters hashed at
    # random took 17 ms to sort, on every process's first use).
    codes = sorted(set(map(ord, chars)))
    # Where a run of consecutive code points ends: the gaps, found in C (a
    # loop in Python over the plane's word characters took twice as long).
    gaps = map((1).__ne__, map(operator.sub, codes[1:], codes))
    ends = list(itertools.compress(itertools.count(), gaps))
    starts = [0, *(end + 1 for end in ends)]
    ends.append(len(codes) - 1)
    pairs = zip(starts, ends, strict=True) if codes else ()
    return _class_of_ranges([(codes[start], codes[end]) for start, end in pairs])


def _class_of_ranges(ranges: Iterable[tuple[int, int]]) -> str:
    """A class body for re of ``ranges`` (first and last code points, sorted), as `range_class`."""
    # The characters themselves, not escapes: re parses an escape some ten
    # times slower, and a process builds classes of thousands on first use.
    return "".join(_in_class(a) if a == b else f"{_in_class(a)}-{_in_class(b)}" for a, b in ranges)


def runs_class(pattern: re.Pattern[str] | regex.Pattern[str], start: int, stop: int) -> str:
    """
    `range_class` of the characters ``pattern`` finds in ``code_points(start, stop)``.

    ``pattern``: a run of one class (``[...]+``), so each match is a run of
    consecutive code points that no member of the class extends: a range
    as it stands, read from the match's span. A plane's 50,000 letters
    through `range_class` took 7.5 ms of a process's first use, these 1.
    """
    return _class_of_ranges(
        (start + match.start(), start + match.end() - 1)
        for match in pattern.finditer(code_points(start, stop))
    )


def word_class_without(chars: str) -> str:
    """
    `basic_word_class` less ``chars``: `range_class` of the basic plane's word characters but those.

    Each of its ranges cut at the code points of ``chars`` inside it (the
    ranges were runs no word character extends, so the pieces are too).
    """
    cut = sorted({ord(c) for c in chars})
    pieces: list[tuple[int, int]] = []
    for first, last in _basic_word_ranges():
        left = first  # the first code point of the piece being cut
        for code in cut[bisect.bisect_left(cut, first) : bisect.bisect_right(cut, last)]:
            if left < code:
                pieces.append((left, code - 1))
            left = code + 1
        if left <= last:
            pieces.append((left, last))
    return _class_of_ranges(pieces)


@lru_cache(maxsize=1)
def _basic_word_ranges() -> tuple[tuple[int, int], ...]:
    """The basic plane's word characters (WORD's) as ranges (first, last code point)."""
    return tuple(
        (match.start(), match.end() - 1) for match in WORD.finditer(code_points(0, 0x10000))
    )


_CLASS_SPECIAL = frozenset("\\]^-[&~|")


def _in_class(code: int) -> str:
    """A character as a class body for re writes it: the characters re reads as syntax escaped."""
    char = chr(code)
    if char in _CLASS_SPECIAL:
        return "\\" + char
    return char if code >= _SPACE else f"\\x{code:02x}"


_SPACE = 0x20


@lru_cache(maxsize=1)
def marks() -> str:
    """The combining marks of the basic plane, as WORD sees them (built once, when needed)."""
    return "".join(regex.findall(r"\p{M}", code_points(0, 0x10000)))


def _ranged_words(script: str, chars: frozenset[str]) -> re.Pattern[str] | None:
    """
    A pattern of re finding the words written wholly in ``script`` (`script_words`), or None.

    None where the ranges cannot tell words apart: a text (its characters
    ``chars``) with combining marks, with letters of the script (for Latin,
    beyond ASCII) outside the ranges, or with characters beyond the basic
    plane (the pattern's word boundaries are the basic plane's).
    """
    if script not in _RANGED:
        return None
    pattern, unsure = _ranged(script)
    return None if not unsure.isdisjoint(chars) or _beyond_basic(chars) else pattern


@lru_cache(maxsize=1024)
def _beyond_basic(chars: frozenset[str]) -> bool:
    return any(c > "\uffff" for c in chars)


_RANGED = (LATIN, *SURE_RANGES)


@lru_cache(maxsize=4)
def _ranged(script: str) -> tuple[re.Pattern[str], frozenset[str]]:
    """The pattern of `_ranged_words`, and the characters that make it unsure."""
    inside = "A-Za-z"
    ranges = ""
    if script != LATIN:
        ranges = "".join(chr(c) for a, b in SURE_RANGES[script] for c in range(a, b + 1))
        inside = range_class("".join(WORD.findall(ranges)))
    # Word characters of the basic plane on either side: part of a longer word.
    # ``inside`` holds word characters only: a run followed by one is no
    # word at any of its shorter lengths either, so it is taken whole.
    letter = basic_word_class()
    pattern = re.compile(f"(?<![{letter}])[{inside}]++{no_word_char_next()}")
    # Beyond ASCII: the marks, the script's letters the pattern does not
    # take (for Latin, look-alikes and styled letters too), and the signs
    # within the ranges.
    found = regex.findall(
        rf"[\p{{M}}[\p{{Script={script}}}&&\p{{L}}]]", _BEYOND_ASCII, flags=regex.VERSION1
    )
    taken = re.compile(f"[{inside}]")  # compiled once: re's cache lookup cost 2 ms a script
    unsure = {c for c in found if not taken.fullmatch(c)} | set(marks())
    unsure |= {c for c in ranges if not WORD.fullmatch(c)}
    if script == LATIN:
        unsure |= STYLED.keys()
    return pattern, frozenset(unsure)


@lru_cache(maxsize=1)
def basic_word_class() -> str:
    """The word characters (WORD's) of the basic plane, as a class body for re."""
    return _class_of_ranges(_basic_word_ranges())


@lru_cache(maxsize=1)
def no_word_char_next() -> str:
    r"""
    ``(?![{basic_word_class()}])`` for re, written with its classes of categories.

    re compiles a class of the plane's 50,000 word characters in some 2.5
    ms, a character at a time; this in 0.6. re's letters (``[^\W\d_]``)
    less those WORD does not take (numbers, and every character beyond the
    basic plane), and WORD's that re's letters miss (the combining marks):
    the same characters, each found by both engines here, so the two agree
    whatever Unicode version each reads (`tests/test_homoglyphs_classes`
    checks every code point). Slower a character, so only where it is
    tried once a match, after a run of letters, never at every character.
    """
    plane = code_points(0, 0x10000)
    letters = "".join(_RE_LETTERS.findall(plane))
    not_word = range_class(WORD.sub("", letters))
    marks_too = range_class(_RE_LETTERS.sub("", "".join(WORD.findall(plane))))
    lookahead = f"(?![^\\W\\d_{not_word}\U00010000-\U0010ffff])"
    return lookahead + (f"(?![{marks_too}])" if marks_too else "")


_RE_LETTERS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=2)
def word_edge(*, negate: bool = False) -> str:
    """
    A word character of the basic plane (with ``negate``: any other character), as a class of re.

    Written by its complement, the plane's 15,000 other characters and
    every one beyond the plane: re compiles a class in time linear in the
    basic plane's code points it covers, so ``[^rest]`` takes about 1 ms
    where ``[{basic_word_class()}]`` takes 2, and ``[rest]`` about 1.7
    where ``[^{basic_word_class()}]`` takes 4. For a class tried once a
    match (a lookbehind, the character before a run, a word's neighbour):
    re tests the negated form some 5-10% slower a character, so a pattern
    built once and tried at every character keeps `basic_word_class`.
    """
    rest = _class_of_ranges(_plane_gaps(_basic_word_ranges())) + "\U00010000-\U0010ffff"
    return f"[{rest}]" if negate else f"[^{rest}]"


def _plane_gaps(ranges: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The runs of the basic plane's code points between ``ranges`` (sorted, within it)."""
    after = 0
    for first, last in ranges:
        if first > after:
            yield after, first - 1
        after = last + 1
    if after <= 0xFFFF:
        yield after, 0xFFFF


_BEYOND_ASCII = code_points(0x80, 0x20000)


def script_words(
    text: str, script: str, chars: frozenset[str], present: frozenset[str]
) -> Iterator[str] | None:
    """
    The words of ``text`` wholly in ``script``'s letters that give it away, in order, or None.

    As WORD cuts them and `word_scripts` sees them with the scripts
    ``present``, found by re (several times faster than WORD on letters),
    which passes over the others (mixed words, other scripts, words of
    twins only) in C. ``chars``: the text's non-ASCII characters, or a
    superset. None where the ranges cannot tell (see `_ranged_words`).
    """
    if _ranged_words(script, chars) is None:
        return None
    return (match[0] for match in _giving_words(script, present).finditer(text))


@lru_cache(maxsize=64)
def _giving_words(script: str, present: frozenset[str]) -> re.Pattern[str]:
    """Words of the ranges' letters with one giving ``script`` away where ``present`` are."""
    inside = "".join(map(chr, [*range(0x41, 0x5B), *range(0x61, 0x7B)]))
    if script != LATIN:
        ranges = "".join(chr(c) for a, b in SURE_RANGES[script] for c in range(a, b + 1))
        inside = "".join(WORD.findall(ranges))
    givers = "".join(c for c in inside if word_scripts(c, present)[1] == {script})
    twins = "".join(c for c in inside if c not in givers)
    letter = basic_word_class()
    if not givers:
        return re.compile("(?!)")  # no word gives the script away
    # A run of twins then a giver (possessive: linear), then the whole word.
    return re.compile(
        f"(?<![{letter}])(?=[{range_class(twins)}]*+[{range_class(givers)}])"
        f"[{range_class(inside)}]++{no_word_char_next()}"
        if twins
        else f"(?<![{letter}])[{range_class(inside)}]++{no_word_char_next()}"
    )
