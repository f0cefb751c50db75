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
import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

import regex

from textclean import lexicon
from textclean._confusables import LOOKALIKES, OTHER_READINGS
from textclean._filters.homoglyphs import latin
from textclean._filters.homoglyphs.context import code_like, numeral_after_word, unit_or_suffix
from textclean._filters.homoglyphs.letters import (
    CYRILLIC,
    GREEK,
    LATIN,
    LATIN_LOOKALIKE,
    TO_LATIN,
    WORD,
    convert,
    greek_reading,
    greek_spelt_reading,
    keeps_case_shape,
    latin_zipf,
    native_letters,
    plausible_reading,
    script_of,
    script_words,
    sigma_readings,
    spelling_odds,
    unwritten_triples,
    word_scripts,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

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
    found, share = lexicon.best_language(sample, LANGUAGES[script])
    if (
        found is not None
        and native_letters(found)
        and (
            (share < _LEAST_KNOWN and all(map(str.isascii, sample)))
            or all(len(word) == 1 for word in sample)
        )
    ):
        # A language that writes look-alikes as its own letters (Icelandic
        # þ, Turkish ı) keeps them in swapped words: not on the guess of a
        # sample it barely knows, with none of its other letters (lorem
        # ipsum read as Icelandic, without an ð, æ or á), nor of single
        # letters, which every language lists (``b þν b`` is no Icelandic).
        return DEFAULT_LANGUAGE.get(script)
    if script == CYRILLIC and found != _DOTTED_I_LANGUAGE and _ukrainian_or_belarusian(sample):
        # Russian, Bulgarian and Macedonian never write the dotted ``і``: a
        # text in Ukrainian's or Belarusian's alphabet that does is weighed
        # in Ukrainian's lexicon, which knows Belarusian's ``і`` ("and") and
        # most of its loan words; Russian's knows neither.
        return _DOTTED_I_LANGUAGE
    return found or DEFAULT_LANGUAGE.get(script)


_DOTTED_I_LANGUAGE = "uk"  # the one Cyrillic language of the lexicon that writes ``і``
_DOTTED_I_WORDS = 2  # one word may be a Ukrainian name quoted in Russian text
# Letters of Ukrainian and Belarusian that Russian, Bulgarian and Macedonian never write.
_DOTTED_I_SIGNS = frozenset("іїєґўІЇЄҐЎ")
# Russian's alphabet and those letters: Ukrainian's and Belarusian's. A text
# writing other Cyrillic letters (Kazakh ``ә``, ``қ``; Serbian ``ј``) is
# another language, whose hyphened endings (``repr-i``) no lexicon here knows.
_EAST_SLAVIC = frozenset(map(chr, range(ord("А"), ord("я") + 1))) | set("Ёё") | _DOTTED_I_SIGNS


def _ukrainian_or_belarusian(sample: list[str]) -> bool:
    """Whether ``sample`` writes ``і`` or ``ў`` in two words or more, in those letters only."""
    if sum(1 for word in sample if not _DOTTED_I_SIGNS.isdisjoint(word)) < _DOTTED_I_WORDS:
        return False
    return all(char in _EAST_SLAVIC for char in set("".join(sample)) if _is_cyrillic_letter(char))


def _is_cyrillic_letter(char: str) -> bool:
    return (
        "\N{CYRILLIC CAPITAL LETTER IE WITH GRAVE}"
        <= char
        <= "\N{CYRILLIC SMALL LETTER EL WITH DESCENDER}"
    )


_LEAST_KNOWN = 0.5  # share of a sample's words a language with look-alike letters must know


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
    # Only the languages listing it can beat 0 (their tables alone are loaded).
    for code in lexicon.listing_languages(word, LANGUAGES.get(script, ())):
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
    # The bonus is for words of the context's language: a rare token there
    # (English "Maj", an abbreviation) does not outweigh a common word of
    # the original's language (Macedonian "Мај", May) named in the sentence.
    bonus = CONTEXT_BONUS if near and rewritten.zipf >= WORD_ZIPF else 0.0
    return rewritten.zipf > 0 and rewritten.zipf + bonus > original.zipf


def lone_swapped_word(word: str, fixed: str, target: str) -> Reading | None:
    """
    The reading of a Latin word of twins alone among words of ``target``'s script, if it is one.

    A text with no genuine Latin word and no other swapped one still may
    hold one swapped word (``адвокат poca``, ``до Bac``). Its rewrite is
    taken where it stands among that script's words in its own segment
    (the callers ask only there) and is a word of some language of that
    script (``роса``: Ukrainian, Bulgarian; Russian's list lacks it), ten
    times as common as the Latin reading is in English, the language such text quotes: a Spanish
    ``poca`` does not stand in Russian prose, an English ``Max`` may.
    """
    if len(word) < _SHORTEST_SWAPPED or word.isupper():
        return None
    rewritten = own_reading(fixed, target)
    if rewritten.zipf < WORD_ZIPF or rewritten.zipf <= lexicon.zipf(word, "en") + _SWAP_MARGIN:
        return None
    return rewritten


_SHORTEST_SWAPPED = 2
_PLAIN_SAMPLE = 10  # words long enough to tell a language by, without ambiguous letters
_SWAP_MARGIN = 1.0  # Zipf: ten times as common


def swapped_acronym(
    word: str, fixed: str, target: str, *, swapping: bool = False
) -> Reading | None:
    """
    The reading of Latin capitals ``word`` as an acronym of ``target``'s script, if it is one.

    Acronyms in Latin capitals stand in Cyrillic and Greek prose (``NATO``,
    ``BBC``, ``HTTP``), and wordfreq lists them, acronyms included, in some
    Latin-script language. Capitals no such language lists, whose reading
    ``fixed`` in ``target``'s script is an acronym or word its languages
    write (``EOK`` for ``ΕΟΚ``, ``TACC`` for ``ТАСС``), are that acronym
    written with swapped letters, where they stand unquoted in a text no
    genuine Latin word pins (the callers ask only there). In a text that
    shows ``swapping``, so are capitals some Latin-script language lists as
    a rare word (Filipino ``MBC``, Malay ``HAH``) where the script's reading
    is a common one (once in ten thousand words: not the flight code
    ``AHY``, ``ану`` in Ukrainian) and ten times as common as the Latin one
    is in English, the language such text quotes (Ukrainian ``МВС``; not
    ``ВВС`` beside ``BBC``).
    """
    if len(word) < _SHORTEST_SWAPPED or not word.isupper():
        return None
    rewritten = own_reading(fixed, target)
    if rewritten.zipf < WORD_ZIPF:
        return None
    if not own_reading(word, LATIN).zipf:
        return rewritten
    if (
        swapping
        and rewritten.zipf >= _KNOWN_ACRONYM
        and rewritten.zipf > lexicon.zipf(word, "en") + _SWAP_MARGIN
    ):
        return rewritten
    return None


_KNOWN_ACRONYM = 4.0  # Zipf: a script's acronym read in a swapping text (МВС 5.1; not АНУ 3.8)


def cased_as_no_word(word: str) -> bool:
    """
    Whether ``word`` of Cyrillic or Greek letters is cased as no word of its script is.

    Those scripts write words small, Title or in CAPITALS (each part of a
    hyphened word alike): a capital after a small letter (``ТеХ``, ``ХеТеХ``)
    is no word's.

        >>> cased_as_no_word("ТеХ"), cased_as_no_word("Тех"), cased_as_no_word("Ростов-на-Дону")
        (True, False, False)
    """
    return any(
        any(c.isupper() for c in part[1:]) and any(c.islower() for c in part)
        for part in _WORD_PARTS.findall(word)
    )


_WORD_PARTS = regex.compile(r"\p{L}+")


def latin_stem_with_ending(word: str, language: str | None) -> bool:
    """
    Whether the mixed ``word`` is a Latin name with a Cyrillic case ending (``TeXу``, ``PHPе``).

    Russian, Ukrainian and Belarusian decline Latin names in place, a case
    ending written in Cyrillic after the name (``в Windowsе``, ``на
    PHPі``, ``с TeXом``): one script's run, then the other's. Such a word
    is written so on purpose when its stem reads as a name: it holds a
    letter no Cyrillic letter twins (``Windows``: a swap puts only twins
    in), a capital after its first letter (``TeX``, ``iOS``: a swap keeps
    each letter's case), or is a capitalised word of a Latin-script
    language longer than a swap makes by chance (``Skype``; at 30%
    swapped, three letters in a row are one word in 37: ``Tipа`` is
    Ukrainian ``Тіра``). A
    Cyrillic word with its first letters swapped (``Mopе`` for ``Море``)
    reads as a word in its script, and an English word with its last
    letter swapped (``housе``, ``pagе``) as a likelier word in its language
    than its stem is there or in English (``Gitе``, ``gite``, stays).

        >>> latin_stem_with_ending("TeXу", "ru"), latin_stem_with_ending("Mopе", "ru")
        (True, False)
    """
    found = _STEM_AND_ENDING.fullmatch(word)
    if found is None:
        return False
    stem = found["stem"]
    stem_zipf = own_reading(stem, LATIN).zipf
    if not (
        any(c not in _CYRILLIC_TWINS for c in stem)
        or any(c.isupper() for c in stem[1:])
        or (stem[0].isupper() and len(stem) > _LONGEST_SWAPPED_STEM and stem_zipf >= WORD_ZIPF)
    ):
        return False
    if all(c in _CYRILLIC_TWINS for c in stem) and (
        context_reading(convert(word, CYRILLIC), language).zipf
        or own_reading(convert(word, CYRILLIC), CYRILLIC).zipf >= WORD_ZIPF
    ):
        return False
    latin_word = convert(word, LATIN)
    if latin_word == word:
        return True
    # The stem weighed in the language the whole word is a word of, or in
    # English, whose names Cyrillic text declines (``Gitе``): a stem common
    # only in a third language (Filipino ``pag``) names nothing beside ``page``.
    whole = own_reading(latin_word, LATIN)
    if whole.language is None:
        return True
    return whole.zipf <= max(lexicon.zipf(stem, whole.language), lexicon.zipf(stem, _NAMES_FROM))


_CYRILLIC_TWINS = LOOKALIKES[CYRILLIC]
_LONGEST_SWAPPED_STEM = 3
_NAMES_FROM = "en"  # the language of most Latin names in Cyrillic text
# Case endings of nouns in Russian, Ukrainian and Belarusian, as they follow
# a Latin name (``TeXу``, ``iPhoneа``, ``Linuxом``, ``PHPі``, ``iOSах``).
_STEM_AND_ENDING = regex.compile(
    r"(?P<stem>[A-Za-z]{2,})"
    r"(?P<ending>а|у|е|ы|и|і|ю|я|ом|ем|ой|ей|ою|ам|ям|ах|ях|ов|ев|ів|ами|ями|ові|еві)"
)


def stem_and_ending(word: str) -> bool:
    """Whether ``word`` is shaped as `latin_stem_with_ending` asks: Latin, then an ending."""
    return _STEM_AND_ENDING.fullmatch(word) is not None


def weighed(rewritten: Reading, original: Reading) -> str:
    """The two readings, for ``explain``."""
    return f"{rewritten} weighed against {original}"


def document_readings(text: str, fixed: str) -> dict[tuple[int, int], str]:
    """
    Words of ``fixed`` whose ambiguous letters the document itself reads otherwise.

    A stroke or dotless i (``ӏ``, ``ι``, ``Ɩ``) may stand for l, i or I, and
    `convert` picks a reading by the lexicon, else Unicode's. The document
    weighs in, for a word the lexicon does not settle:

    - another reading is a word the document writes in plain letters
      elsewhere (``voluptatem`` beside ``voιuptatem``) and the chosen one is
      not: texts repeat their words, names and jargon the lexicon lacks;
    - the document reads the same look-alike as its other letter in words
      the lexicon knows (``aιι`` is ``all``): then a far likelier spelling
      wins (``exponentιatιon``); where it never does, Unicode's reading
      stays (Greek ``ι`` for ``i`` throughout), but for a tall stroke read
      l in a cluster the languages never write, where i writes none
      (``sǀmilique``, ``adꞁpisci``; not in host or code names).

    Returns the (start, end) span of each such word in ``fixed`` and its
    reading; ``fixed`` must be ``text`` repaired letter for letter (as long).
    """
    if fixed == text or len(fixed) != len(text):
        return {}
    found = _sigma_readings(text, fixed)
    found.update(front_u_readings(text, fixed))
    if _may_hold_cyrillic_or_greek(fixed):
        found.update(written_elsewhere(fixed))
    spans: dict[tuple[int, int], list[int]] = {}
    span: tuple[int, int] | None = None
    for match in _AMBIGUOUS.finditer(text):
        at = match.start()
        if fixed[at] not in "iIl" or fixed[at] == text[at]:
            continue  # kept, or not read as a Latin letter
        if span is None or at >= span[1]:  # not in the word of the one before
            span = _word_around(fixed, at)
            if span is None:
                continue
        spans.setdefault(span, []).append(at)
    if not spans:
        return found
    known: list[tuple[int, int]] = []
    unknown: list[tuple[int, int]] = []
    read_otherwise = False  # a look-alike read as its other letter in a known word
    for (start, end), positions in spans.items():
        if len(positions) > _MAX_READ:
            continue
        is_word = latin_zipf(fixed[start:end]) > 0
        # Read as its other letter in a known word, or a capital read small
        # (``aӀiquam``): the document's look-alikes do not keep to Unicode's.
        read_otherwise = read_otherwise or any(
            fixed[at] == OTHER_READINGS[text[at]] and (is_word or TO_LATIN[text[at]].isupper())
            for at in positions
        )
        (known if is_word else unknown).append((start, end))
    openers = [
        (start, end)
        for start, end in known
        if start in spans[start, end] and fixed[start] == "l" and TO_LATIN[text[start]] == "I"
    ]
    # A tall stroke (``ǀ``, ``ӏ``) is I or l, never a dotted i: read i, it
    # opens a sentence or a catalogue entry as I (``ǀnvalid file``, ``ǀts all``),
    # and a word written wholly in look-alikes (a sentence swapped whole), in
    # a text reading no tall stroke within a word as i (``the ǀռԁꙇαռ rupee``;
    # `_strokes_read_i_within`), but for a function word (``ǀꜱ``: is).
    anywhere = not _strokes_read_i_within(text, fixed, spans)
    for (start, end), positions in spans.items():
        if (
            start in positions
            and fixed[start] == "i"
            and TO_LATIN[text[start]] in "lI"
            and fixed[start:end].islower()
            and (
                (anywhere and _capital_i_word(text, fixed, start, end))
                or _SEGMENT_START.search(fixed, max(0, start - _LOOK_BACK), start)
            )
        ):
            found[start, end] = "I" + fixed[start + 1 : end]
    if latin_read := _latin_readings(
        text, fixed, spans, found, others_read=bool(unknown or openers)
    ):
        found.update(latin_read)
        unknown = [span for span in unknown if span not in latin_read]
        openers = [span for span in openers if span not in latin_read]
    if camel := [span for span in known if _inner_capital(fixed[span[0] : span[1]])]:
        found.update(_camel_written(text, fixed, camel, spans))
    if not unknown and not openers:
        return found  # the common case: every word a known one, none opening with Ӏ read l
    plain_words = [word for word in WORD.findall(text) if word.isascii()]
    plain = {word.casefold() for word in plain_words}
    language: str | None = None  # the text's Latin-script language, worked out when needed
    # A text repeating an unknown word weighs its readings once (lorem ipsum
    # with tall strokes cost 7 s/MB weighing each of its words again).
    weighed_once: dict[tuple[str, tuple[str, ...]], str] = {}
    for start, end in openers:
        if fixed[start:end].casefold() not in plain and (
            capital := _sentence_capital(text, fixed, start, end, spans[start, end])
        ):
            found[start, end] = capital
    for start, end in unknown:
        word = fixed[start:end]
        if word.casefold() in plain:
            continue
        written = text[start:end]
        every = _readings(text, word, start, spans[start, end])
        readings = [r for r in every if keeps_case_shape(written, r)]
        in_text = {
            r for r in readings if r.casefold() in plain and r[:1].isupper() == word[:1].isupper()
        }
        if len(in_text) == 1:
            found[start, end] = in_text.pop()
            continue
        if any(map(latin_zipf, readings)):
            continue
        if not read_otherwise:
            # Where no look-alike is read otherwise, Unicode's readings stand
            # but for a tall stroke read l: it stands for i as often
            # (``sǀmilique``). A short stroke read i (``ι``, ``ı``) stays:
            # Latin's ``iis``, ``iu`` (``officιis``, ``ιusto``) read worse to
            # modern languages' letters than ``ils``.
            if _name_part(fixed, start, end):
                continue
            readings = _tall_strokes_as_i(text, word, start, spans[start, end], readings)
            if not readings:
                continue
        if language is None:
            language = _sample_language(LATIN, plain_words[:_SAMPLE])
        key = (word, tuple(readings))
        if (reading := weighed_once.get(key)) is None:
            if not read_otherwise:
                readings = _unwritten_clusters_mended(word, readings, language)
            reading = weighed_once[key] = plausible_reading(word, readings, language)
        if reading != word:
            found[start, end] = reading
    return found


def written_elsewhere(fixed: str) -> dict[tuple[int, int], str]:
    """
    Latin words of twins in Cyrillic or Greek text that the text writes in that script elsewhere.

    Texts repeat their words: in a text with swapped letters (``fixed`` is
    its repair), a short Latin word of twin letters (``6-p``, ``MM``,
    ``He``) whose reading in the script of the words around it is written
    so elsewhere in the text, in any case (``5-р``, ``ГГГГ-ММ-ДД``, ``не``), is that word,
    though no lexicon knows it (Mongolian ``-р``) or it reads as an acronym.
    Only between words of that script or none, outside code, names,
    brackets and quotes.
    """
    found: dict[tuple[int, int], str] = {}
    written: StandingWords | None = None
    near = _NearestCyrillicOrGreek(fixed)
    pos = 0
    while (match := _TWINS_ONLY.search(fixed, pos)) is not None:
        start, end = match.span()
        pos = end  # where finditer goes on
        if not near.within(start - _LONGEST, end + _LONGEST):
            if near.after is None:
                break  # no Cyrillic or Greek letter is left: no more readings
            # `_script_around` finds no such letter near this word, nor near
            # any before the next one's reach: the search goes on from there.
            pos = max(pos, near.after - _LONGEST - _LONGEST_TWINS)
            continue
        script = _script_around(fixed, start, end)
        if script is None or _enclosed(fixed, start, end) or _name_part(fixed, start, end):
            continue  # a quoted or bracketed word is its own context (``(He)``)
        if unit_or_suffix(fixed, start):
            continue  # ``°C``, ``.ac``: Latin in every script's prose
        if written is None:
            written = StandingWords(fixed.casefold())
        reading = convert(match[0], script)
        if written.has(reading.casefold()):
            found[start, end] = reading
    return found


class _NearestCyrillicOrGreek:
    """
    Where the next Cyrillic or Greek character of a text stands, for windows asked in order.

    `written_elsewhere` asks, for each short Latin word of twins, whether
    one stands within `_LONGEST` characters (where `_script_around` looks
    for the nearest letters): in English text with twins repaired, none
    does for nearly all its words, and each had been looked at in Python
    (10 MB: 322,000 words, a fifth of fix_homoglyphs' time). Each search
    starts past the character found before, so the text is read once.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.after: int | None = -1  # the first such character at or after the last start asked

    def within(self, start: int, end: int) -> bool:
        """Whether one stands in ``text[start:end]`` (``start``: never less than asked before)."""
        start = max(start, 0)
        if self.after is not None and self.after < start:
            found = _CYRILLIC_OR_GREEK.search(self.text, start)
            self.after = None if found is None else found.start()
        return self.after is not None and self.after < end


# What `script_of` reads as Cyrillic or Greek (its patterns' properties) and more.
_CYRILLIC_OR_GREEK = regex.compile(r"[\p{Script=Cyrillic}\p{Script=Greek}]")


class StandingWords:
    """
    Which words stand in a text as words of their own: `_has_word`, in linear time over many asks.

    A text of Cyrillic with Latin twins asks about a short word for each of
    its Latin words of twins, and a word it never writes alone (``отр``,
    inside ``смотреть``) was looked for through the whole text each time:
    quadratic (4 MB took 2.3 s in ``str.find``). Each word is looked for
    once; after `SEARCHES` words, the text's words are gathered once (one
    ``re`` pass) and the rest are looked up.
    """

    #: Distinct words looked for by `_has_word` before the text's words are gathered.
    SEARCHES = 8

    def __init__(self, text: str) -> None:
        self.text = text
        self.answers: dict[str, bool] = {}
        self.words: frozenset[str] | None = None

    def has(self, word: str) -> bool:
        """Whether ``word`` stands in the text with no letter on either side."""
        if (known := self.answers.get(word)) is not None:
            return known
        if self.words is None and len(self.answers) >= self.SEARCHES:
            self.words = _alone_words(self.text)
        if self.words is not None and word.isalpha():
            answer = word in self.words
        else:
            answer = _has_word(self.text, word)
        self.answers[word] = answer
        return answer


def _alone_words(text: str) -> frozenset[str]:
    """
    Every run of letters (``str.isalpha``) in ``text`` with no letter on either side.

    A letter is a word character of ``re`` that is no digit nor ``_``, but
    for the few that are numbers (``²``, ``Ⅻ``): runs holding such are cut there.
    """
    runs = set(_LETTER_RUN.findall(text))
    words = {run for run in runs if run.isalpha()}
    for run in runs - words:
        words.update(
            "".join(group) for alpha, group in itertools.groupby(run, str.isalpha) if alpha
        )
    return frozenset(words)


# Runs of word characters but digits and ``_``: letters (and numbers other than digits).
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _has_word(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a word of its own (no letter on either side)."""
    at = text.find(word)
    while at >= 0:
        after = at + len(word)
        if not (at and text[at - 1].isalpha()) and not text[after : after + 1].isalpha():
            return True
        at = text.find(word, at + 1)
    return False


def _enclosed(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands alone in brackets or quotes."""
    return start > 0 and end < len(text) and text[start - 1] in _OPENERS and text[end] in _CLOSERS


_OPENERS = "([{«\"'„“‘‹"
_CLOSERS = ")]}»\"'“”’›"


def _script_around(text: str, start: int, end: int) -> str | None:
    """
    Cyrillic or Greek, where the nearest letters before and after ``text[start:end]`` are so.

    Or one of them, where there is none on the other side. The nearest
    letter stands for its word: the text's mixed words are repaired.
    """
    scripts = {
        script_of(char)
        for char in (_letter_before(text, start), _letter_after(text, end))
        if char is not None
    }
    if len(scripts) != 1:
        return None
    script = scripts.pop()
    return script if script in (CYRILLIC, GREEK) else None


def _letter_before(text: str, at: int) -> str | None:
    for char in reversed(text[max(0, at - _LONGEST) : at]):
        if char.isalpha():
            return char
    return None


def _letter_after(text: str, at: int) -> str | None:
    for char in text[at : at + _LONGEST]:
        if char.isalpha():
            return char
    return None


def _may_hold_cyrillic_or_greek(text: str) -> bool:
    """Whether ``text`` may hold a Cyrillic or Greek letter: a byte one begins with in its UTF-8."""
    # Encoded, and all but those bytes deleted, in C: some 5 us for 4 KB, a
    # third of a pattern's search. Repaired Latin text, the common case,
    # asks no more (U+1E00-U+1FFF's first byte lets Vietnamese through too).
    return bool(text.encode("utf-8", "surrogatepass").translate(None, _NOT_CYRILLIC_GREEK_LEADS))


# All bytes but UTF-8's first bytes of U+0380-U+052F (Greek, Cyrillic and its
# supplement) and of U+1000-U+1FFF (Greek extended among them).
_NOT_CYRILLIC_GREEK_LEADS = bytes(b for b in range(256) if not (0xCE <= b <= 0xD4 or b == 0xE1))

# A word of one to three letters, each with a Cyrillic or Greek twin. The set
# comes first, so that re skips to such letters in C; the letter before is
# looked at behind the first (a word boundary first is tried everywhere).
_TWIN = "ABCEHIKMOPTXYJSabcehikmopstxyij"
_TWINS_ONLY = re.compile(rf"[{_TWIN}](?<![^\W\d_][{_TWIN}])[{_TWIN}]{{0,2}}(?![^\W\d_])")
_LONGEST_TWINS = 3  # letters of a word _TWINS_ONLY finds


def _latin_readings(
    text: str,
    fixed: str,
    spans: dict[tuple[int, int], list[int]],
    found: dict[tuple[int, int], str],
    *,
    others_read: bool,
) -> dict[tuple[int, int], str]:
    """
    In Latin text, words whose ambiguous letters read as a Latin form where ``fixed``'s are none.

    No shipped lexicon has Latin (`latin`), so in lorem ipsum a stroke was
    read as the modern word it makes or the likelier modern spelling:
    ``ꞁure`` as ``lure``, ``bӏandꙇtꞁιs`` as ``bianditils``. Where the text's
    words read as Latin, the one reading of each such word that is a Latin
    form wins (``iure``, ``blanditiis``), also where it is the reading
    already made (``nesciunt`` stays). Of several, Unicode's reading of
    each letter where the reading made is none (``ɪǀꟾᴏ`` is ``illo``, not
    ``lilo``); else the word is left to the other rules. Names and code
    (``www.deǀnuevo``) are not Latin. ``others_read``: the other rules will
    read some words (so keeping a Latin word as it is read is news).
    """
    readings: dict[tuple[int, int], str] = {}
    for (start, end), positions in spans.items():
        if len(positions) > _MAX_READ or _name_part(fixed, start, end):
            continue
        word = found.get((start, end), fixed[start:end])
        every = _readings(text, fixed[start:end], start, positions)
        if (reading := _latin_reading(text[start:end], word, every)) is not None:
            readings[start, end] = reading
    if not others_read and all(
        reading == fixed[start:end] for (start, end), reading in readings.items()
    ):
        return {}  # nothing to change (English ``ιn``, ``ιs`` are Latin forms too)
    # The words without ambiguous letters tell the language: those with
    # them are read as modern words or spellings, here in question. Where
    # few are without (a stroke in most words; lorem ipsum's short words are
    # Spanish or Italian too), all words may tell it, each read as its Latin
    # form where it has one, else as read so far.
    words = list(itertools.islice(WORD.finditer(fixed), _SAMPLE))
    sample = [match[0] for match in words if match.span() not in spans]
    if latin.reads_latin(sample) or (
        latin.long_words(sample) < _PLAIN_SAMPLE
        and latin.reads_latin(readings.get(match.span(), match[0]) for match in words)
    ):
        return readings
    return {}


def latin_reading(written: str, fixed: str) -> str | None:
    """
    The reading of look-alike word ``written`` that is a Latin form (`_latin_reading`), if any.

    ``fixed`` is ``written`` repaired letter for letter; its ambiguous
    letters (a stroke: l or i) are read both ways, four at most.
    """
    positions = [at for at, char in enumerate(written) if char in OTHER_READINGS]
    if len(positions) > _MAX_READ:
        return None
    return _latin_reading(written, fixed, _readings(written, fixed, 0, positions))


def _latin_reading(written: str, word: str, readings: Iterable[str]) -> str | None:
    """
    Of ``word`` (the reading made of ``written``) and its other ``readings``, the Latin form.

    One form wins; of several, a word over names (``ullam``, not ``Uliam``),
    then Unicode's reading of each letter where ``word`` is none.
    """
    forms = {
        reading
        for reading in itertools.chain((word,), readings)
        if latin.latin_form(reading) and keeps_case_shape(written, reading)
    }
    if len(forms) > 1:
        forms = {form for form in forms if latin.latin_word(form)} or forms
    if len(forms) == 1:
        return forms.pop()
    if word not in forms and (unicodes := _unicode_reading(written, word, 0)) in forms:
        return unicodes
    return None


def _unicode_reading(text: str, word: str, start: int) -> str:
    """``word`` with each look-alike of ``text`` from ``start`` read as Unicode's table reads it."""
    return "".join(
        TO_LATIN.get(text[at], letter) if letter.isalpha() else letter
        for at, letter in enumerate(word, start)
    )


def _name_part(text: str, start: int, end: int) -> bool:
    """
    Whether the word at ``text[start:end]`` is part of a host, path or code name (``www.deǀnuevo``).

    Names join words (``delnuevo``): their letters are no language's spelling.
    A Roman numeral after a name (``Петра I``) is the name's too, however
    the text writes its other reading (``і``) elsewhere.
    """
    return (
        (start > 0 and text[start - 1] in "./")
        or code_like(text, start, end)
        or numeral_after_word(text, start, text[start:end])
    )


def _unwritten_clusters_mended(word: str, readings: list[str], language: str | None) -> list[str]:
    """
    ``word`` and those of its ``readings`` writing fewer clusters the languages never write.

    Only where l writes such a cluster (``slm``, ``dlp``) and i does not
    does the reading weigh in: a word the lexicon lacks may well be spelt
    with l (``arables``, ``Weltmarktebene``).
    """
    unwritten = unwritten_triples(word, language)
    if not unwritten:
        return [word]
    return [r for r in readings if r == word or unwritten_triples(r, language) < unwritten]


def _strokes_read_i_within(text: str, fixed: str, spans: dict[tuple[int, int], list[int]]) -> bool:
    """
    Whether a tall stroke (``ǀ``, ``ӏ``) stands for a dotted i within a word of ``text``.

    Unicode lists tall strokes as twins of l and I only; some texts swap
    them for i too (``wǀth``), and there a word opening with one may be
    small (``ǀn``). Read i past a word's first letter (``fixed``: the
    text's reading; ``spans``: its words holding ambiguous letters), a
    text shows that it does.
    """
    return any(
        at != start and fixed[at] == "i" and TO_LATIN[text[at]] in "lI"
        for (start, _), positions in spans.items()
        for at in positions
    )


def _capital_i_word(text: str, fixed: str, start: int, end: int) -> bool:
    """
    Whether ``fixed[start:end]``, read with a small i first, is rather a word opened by I.

    Written in look-alikes but for a third of its letters at most (a
    sentence swapped whole keeps letters without a twin, or with a rare
    one: ``k``, ``t`` in ``ǀtаӏу``), three letters or more and no function word (``is``, ``its``,
    ``into`` are small mid-sentence; names are not: ``Indian``, ``Inc``).
    """
    plain = len(_ASCII_LETTERS.findall(text, start, end))
    return (
        end - start >= _SHORTEST_CAPITAL_I
        and plain * _PLAIN_SHARE <= end - start
        and latin_zipf(fixed[start:end]) < _FUNCTION_WORD
    )


_SHORTEST_CAPITAL_I = 3
_FUNCTION_WORD = 6.0  # Zipf: once in a thousand words (is, in, its, into)


def _tall_strokes_as_i(
    text: str, word: str, start: int, positions: list[int], readings: list[str]
) -> list[str]:
    """Of ``readings``, those differing from ``word`` only by tall strokes read l, read i."""
    free = {at - start for at in positions if TO_LATIN[text[at]] == "l" and word[at - start] == "l"}
    if not free:
        return []
    return [
        reading
        for reading in readings
        if all(
            a == b or (k in free and a == "i")
            for k, (a, b) in enumerate(zip(reading, word, strict=True))
        )
    ]


def _sigma_readings(text: str, fixed: str) -> dict[tuple[int, int], str]:
    """
    Words of ``fixed`` whose Latin ``o``, rewritten as ``ο``, reads as ``σ`` (`greek_reading`).

    Every path that rewrites Latin twins into Greek rewrites ``o`` as
    Unicode's ``ο``; Unicode lists ``σ`` as its twin too, and the Greek
    lexicon tells which the word needs (``oτο`` is ``στο``). For a word it
    lacks (rare words, names) a stem the document writes elsewhere decides
    (``ΕΛΑΣ`` beside ``Ελαoίτης``, ``Τροτσκιστές`` beside ``τρoτoκιoτής``),
    else Greek spelling by letter triples (``χτιoμένη`` is ``χτισμένη``).
    """
    found: dict[tuple[int, int], str] = {}
    if fixed.count(_OMICRON) <= text.count(_OMICRON):
        return found  # no o rewritten as omicron (the common case: a scan in C)
    if _every_omicron_swapped(text, fixed):
        return found
    span: tuple[int, int] | None = None
    undecided: list[tuple[tuple[int, int], list[str]]] = []
    omicron_words = 0  # words the lexicon knows with the o read ο, where σ was possible
    for at in _positions(text, "o"):
        if fixed[at] != _OMICRON or (span is not None and at < span[1]):
            continue
        span = _word_around(fixed, at)
        if span is None:
            continue
        start, end = span
        word = fixed[start:end]
        reading = greek_reading(text[start:end], word, "el")
        if reading != word:
            found[span] = reading
        elif len(readings := sigma_readings(text[start:end], word)) > 1:
            if lexicon.zipf(word, "el"):
                omicron_words += 1
            else:
                undecided.append((span, readings))
    if undecided:
        written = {match[0].casefold() for match in WORD.finditer(fixed)}
        letter = _swapped_letter(sigma_words=len(found), omicron_words=omicron_words)
        for span, readings in undecided:
            reading = _stem_written(readings, written) or _by_swapped_letter(readings, letter)
            if reading != readings[0]:
                found[span] = reading
    return found


def _every_omicron_swapped(text: str, fixed: str) -> bool:
    """
    Whether ``text`` writes no Greek ``ο`` but several ``σ``, and Latin ``o`` for several ``ο``.

    ``ο`` is Greek's commonest letter: a text of its script holding ``σ``
    and Latin ``o`` but no ``ο`` at all had every ``ο`` swapped (a text
    swapping letters at random keeps some of them, and its ``σ`` as
    likely as not), so each of its Latin ``o`` is ``ο``, however Greek
    spelling would weigh a word the lexicon lacks (``ρευματoειδής``).
    """
    return (
        _OMICRON not in text
        and text.count(_SIGMA) >= _LETTER_EVIDENCE
        and fixed.count(_OMICRON) >= _LETTER_EVIDENCE
    )


_LETTER_EVIDENCE = 3  # letters a text writes one way, for the letter's swap to be read as total


def _swapped_letter(*, sigma_words: int, omicron_words: int) -> str | None:
    """
    ``σ`` where the words the lexicon knows read the document's Latin ``o`` as ``σ`` only.

    A text garbling one letter throughout (every ``σ`` written ``o``)
    writes no Latin ``o`` for ``ο``: where three known words or more read
    it ``σ`` and none ``ο``, a word the lexicon lacks reads it ``σ`` too
    (``oφάζουν`` beside ``oκούζει``, ``oα``). Not the other way round:
    ``ο`` is twice as common as ``σ`` in Greek, so random swaps give known
    words of ``ο`` alone often, beside a ``σ`` spelling finds
    (``επιφυλάoσει``). None elsewhere.
    """
    return _SIGMA if sigma_words >= _AGREEING and not omicron_words else None


_AGREEING = 3


def _by_swapped_letter(readings: list[str], letter: str | None) -> str:
    """
    Of ``readings`` (`sigma_readings`), the swapped letter's, else the one Greek spelling prefers.

    ``readings[0]`` reads every ``o`` as ``ο``, each other one at least one as ``σ``.
    """
    if letter == _SIGMA:
        # Every Latin o read σ: the last reading (`sigma_readings` sets them all last).
        return readings[-1]
    return greek_spelt_reading(readings, "el")


def _stem_written(readings: list[str], written: set[str]) -> str | None:
    """
    Of ``readings``, one whose stem through a ``σ`` other ``written`` words begin with, if any.

    Texts repeat their stems (``ΕΛΑΣ`` beside ``Ελασίτης``, ``ΠΑΣΟΚ``
    beside ``Πασοκτζής``); the stem is four letters at least, and no other
    word begins as the first reading does there. Of several, Greek
    spelling picks (``τροτσκιστής`` over ``τροτσκιοτής``).
    """
    first = readings[0].casefold()
    others = written - {first}
    stems = []
    for reading in readings[1:]:
        folded = reading.casefold()
        at = next(i for i, (a, b) in enumerate(zip(folded, first, strict=True)) if a != b)
        end = max(at + 1, _SHORTEST_STEM)
        ours, theirs = folded[:end], first[:end]
        if any(w.startswith(ours) for w in others) and not any(
            w.startswith(theirs) for w in others
        ):
            stems.append(reading)
    if len(stems) > 1:
        return greek_spelt_reading(stems, "el", margin=0.0)
    return stems[0] if stems else None


_SHORTEST_STEM = 4
_SIGMA = "\N{GREEK SMALL LETTER SIGMA}"


def front_u_readings(text: str, fixed: str) -> dict[tuple[int, int], str]:
    """
    Words of ``fixed`` whose Latin ``y``, rewritten as ``у``, reads as the front vowel ``ү``.

    Kazakh, Kyrgyz, Tatar, Bashkir and Mongolian write ``ү`` beside ``у``,
    and Unicode lists both as twins of ``y`` (``Ү`` of ``Y``). In a text
    that writes the letters of such an alphabet (``ү``, ``ө``, ``ұ``, ``ә``)
    vowel harmony decides: ``ү`` stands in words whose other vowels are
    front ones (``Үлкен``, ``гүлдеп``, ``үйді``; Kyrgyz ``бүгүн``); ``у`` in
    words with back vowels, after or before a vowel (``тау``, ``уәде``) and
    at a word's end; in a later syllable only after another rounded front
    vowel (``бүгүн``, ``өзүнүн``), and not in a text with Kazakh's letters
    (``і``, ``ұ``, ``ә``): Kazakh writes ``ү`` in a word's first syllable,
    and ``у`` as a consonant too (``жүруге``, ``етуді``). A word with no
    other vowel (``жyр``) takes ``ү`` only where the text writes its stem
    so (``жүгіріп``). A stem the text
    writes with ``у`` elsewhere (``куки`` beside ``кyкиледи``), or a word
    beginning with one the Russian lexicon knows (a loan:
    ``университетінде``), stays.
    ``fixed`` must be ``text`` repaired letter for letter (as long).
    """
    found: dict[tuple[int, int], str] = {}
    if not any(map(text.__contains__, _HARMONY_LETTERS)):
        return found  # the common case: no such alphabet (eight finds in C: cheaper than a regex)
    first_only = any(map(text.__contains__, _FIRST_SYLLABLE_LETTERS))
    words: dict[tuple[int, int], list[int]] = {}
    for at in itertools.chain(_positions(text, "y"), _positions(text, "Y")):
        if fixed[at] in _FRONT_U and (span := _word_around(fixed, at)) is not None:
            words.setdefault(span, []).append(at - span[0])
    for (start, end), positions in words.items():
        word = fixed[start:end]
        reading, harmony = _front_u_reading(word, positions, first_only=first_only)
        if (
            reading != word
            and not _russian_stem(word)
            and _text_prefers(text, reading, word, strictly=not harmony)
        ):
            found[start, end] = reading
    return found


def _russian_stem(word: str) -> bool:
    """Whether ``word`` begins with a Russian word of five letters or more (a loan, suffixed)."""
    return any(lexicon.known(word[:end], "ru") for end in range(len(word), _STEM - 1, -1))


_STEM = 5


def _text_prefers(text: str, reading: str, word: str, *, strictly: bool) -> bool:
    """
    Whether ``text`` writes ``reading`` rather than ``word`` (``strictly``), or not the reverse.

    Compared by the beginnings the two differ in, through the letter after
    the first difference (through the difference, ``strictly``): texts
    repeat their stems (``куки`` beside a swapped ``кyкиледи``, ``жүгіріп``
    beside ``жyр``), and a stem written one way is that stem.
    """
    at = next(i for i, (a, b) in enumerate(zip(reading, word, strict=True)) if a != b)
    end = at + 1 if strictly else at + 2  # a short word's stem: through the letter
    ours, theirs = (_starting_words(text, w[:end]) for w in (reading, word))
    return ours > theirs if strictly else ours >= theirs


def _starting_words(text: str, start: str) -> int:
    """How many words of ``text`` begin with ``start`` (matching case)."""
    return len(regex.findall(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(start)}", text))


def _front_u_reading(word: str, positions: list[int], *, first_only: bool) -> tuple[str, bool]:
    """
    ``word`` with the ``у`` at ``positions`` read ``ү`` where vowel harmony allows it.

    And whether harmony chose it: a word with no other vowel (``жyр``) is
    read ``ү`` only as a candidate, for the text's stems to decide.
    """
    lower = word.lower()
    others = {c for i, c in enumerate(lower) if i not in positions}
    harmony = not others.isdisjoint(_VOWELS)
    if harmony and (others.isdisjoint(_FRONT_VOWELS) or not others.isdisjoint(_BACK_VOWELS)):
        return word, harmony
    chars = list(word)
    for i in sorted(positions):
        after = lower[i + 1 : i + 2] if i + 1 not in positions else ""
        if (long := chars[i - 1].lower() if i else "") in _US or (long := after) in _US:
            if long == _FRONT_U["у"]:  # a long vowel, written twice: үү, уу
                chars[i] = _FRONT_U[word[i]]
            continue
        if i + 1 == len(word) or after in _VOWELS:
            continue  # a consonant at a word's end or before a vowel (``келу``, ``уәде``)
        before = {c for c in lower[:i] if c in _VOWELS}
        if not before or (not first_only and before <= _ROUNDED_FRONT):
            chars[i] = _FRONT_U[word[i]]
    return "".join(chars), harmony


_FRONT_U = {
    "\N{CYRILLIC SMALL LETTER U}": "\N{CYRILLIC SMALL LETTER STRAIGHT U}",
    "\N{CYRILLIC CAPITAL LETTER U}": "\N{CYRILLIC CAPITAL LETTER STRAIGHT U}",
}
# Letters of the Cyrillic alphabets with vowel harmony (Kazakh, Kyrgyz,
# Tatar, Bashkir, Mongolian), which Russian, Ukrainian and Serbian do not write.
_HARMONY_LETTERS = "\u04af\u04e9\u04b1\u04d9\u04ae\u04e8\u04b0\u04d8"  # ү ө ұ ә, capitals
_ROUNDED_FRONT = frozenset("\u04e9\u04af")  # ө ү
_US = frozenset("\u0443\u04af")  # у ү
# Kazakh writes ү in a word's first syllable only, and у as a consonant too
# (``келу``); Kyrgyz and Mongolian, without these letters, write ү after ү
# or ө in later syllables too (``бүгүн``, ``хүмүүс``).
_FIRST_SYLLABLE_LETTERS = "\u0456\u04b1\u04d9\u0406\u04b0\u04d8"  # і ұ ә, capitals
_FRONT_VOWELS = frozenset("\u0435\u044d\u04d9\u0456\u04e9\u04af")  # е э ә і ө ү
_BACK_VOWELS = frozenset("\u0430\u043e\u04b1\u044b\u044f\u0451")  # а о ұ ы я ё
_VOWELS = _FRONT_VOWELS | _BACK_VOWELS | frozenset("\u0438\u0443\u044e")  # и у ю


def _positions(text: str, char: str) -> Iterator[int]:
    at = text.find(char)
    while at >= 0:
        yield at
        at = text.find(char, at + 1)


_OMICRON = "\N{GREEK SMALL LETTER OMICRON}"


def _readings(text: str, word: str, start: int, positions: list[int]) -> Iterator[str]:
    """``word`` with each ambiguous letter (at ``positions`` of ``text``) read every way."""
    choices = (TO_LATIN[text[at]] + OTHER_READINGS[text[at]] for at in positions)
    for letters in itertools.product(*choices):
        chars = list(word)
        for at, letter in zip(positions, letters, strict=True):
            chars[at - start] = letter
        yield "".join(chars)


def _inner_capital(word: str) -> bool:
    """Whether ``word`` has a capital after its first letter (``PayPai``)."""
    return not word[1:].islower() and any(char.isupper() for char in word[1:])


def _camel_written(
    text: str, fixed: str, camel: list[tuple[int, int]], spans: dict[tuple[int, int], list[int]]
) -> dict[tuple[int, int], str]:
    """
    CamelCase words whose reading the text writes in plain letters elsewhere, as that reading.

    A name in CamelCase counts as known where its humps are words
    (``PayPai``: ``Pay``, ``Pai``), yet the text writing ``PayPal`` in plain
    letters says which reading it is: texts repeat their names. Only where
    the reading made is not written so, and one other reading is.
    """
    plain = {word for word in WORD.findall(text) if word.isascii()}
    found: dict[tuple[int, int], str] = {}
    for start, end in camel:
        word = fixed[start:end]
        if word in plain:
            continue
        written = text[start:end]
        readings = {
            reading
            for reading in _readings(text, word, start, spans[start, end])
            if reading in plain and keeps_case_shape(written, reading)
        }
        if len(readings) == 1:
            found[start, end] = readings.pop()
    return found


def _sentence_capital(
    text: str, fixed: str, start: int, end: int, positions: list[int]
) -> str | None:
    """
    A word opening a sentence with a capital look-alike read small, as its capital reading.

    A sentence starts with a capital: ``Ӏure`` there is ``Iure``, not ``lure``.
    """
    word = fixed[start:end]
    if start not in positions or not word.islower() or len(word) < _SHORTEST_OPENER:
        return None
    if not TO_LATIN[text[start]].isupper() or not _SENTENCE_START.search(
        fixed, max(0, start - _LOOK_BACK), start
    ):
        return None
    return TO_LATIN[text[start]] + word[1:]


def _word_around(text: str, at: int) -> tuple[int, int] | None:
    """
    The span of the word (WORD's letters and marks) holding ``text[at]``.

    Searched in a window around it: the regex module's cost for one search
    grows with the string it is given, not the part searched.
    """
    low = max(0, at - _LONGEST)
    window = text[low : at + _LONGEST]
    for found in WORD.finditer(window, max(0, at - low - _LONGEST // 2)):
        if found.start() <= at - low < found.end():
            return low + found.start(), low + found.end()
        if found.start() > at - low:
            break
    return None


_SENTENCE_START = re.compile(r"(?:\A|[.!?]\s+|\n)\Z")
# Where a tall stroke opens a capitalised segment: a sentence, or a catalogue
# entry after a tab. Not after a colon: prose goes on small there
# (``three types: ǀntegers``).
_SEGMENT_START = re.compile(r"(?:\A|[.!?]\s+|[\n\t])\Z")
_SHORTEST_OPENER = 2  # a lone small letter (l, i) may open a list item
_LOOK_BACK = 8  # characters before a word searched for the end of a sentence
_LONGEST = 64  # characters on each side of a letter searched for its word
_AMBIGUOUS = re.compile("[" + "".join(OTHER_READINGS) + "]")
_ASCII_LETTERS = re.compile("[A-Za-z]")
_PLAIN_SHARE = 3  # a word swapped whole: a third of its letters plain at most
_MAX_READ = 4  # ambiguous letters in one word read against the document: 2**4 readings at most


DOTLESS_I = "\N{LATIN SMALL LETTER DOTLESS I}"
# Letters of the Turkic Latin alphabets (Turkish, Azerbaijani, Tatar,
# Kazakh) that the Latin-script languages most text is in do not write.
_TURKIC_LETTERS = re.compile(
    "[\N{LATIN SMALL LETTER S WITH CEDILLA}\N{LATIN SMALL LETTER G WITH BREVE}"
    "\N{LATIN SMALL LETTER SCHWA}\N{LATIN CAPITAL LETTER S WITH CEDILLA}"
    "\N{LATIN CAPITAL LETTER G WITH BREVE}\N{LATIN CAPITAL LETTER SCHWA}]"
)


def reads_turkic(text: str) -> bool:
    """
    Whether the Latin words of ``text`` read as a Turkic language, whose own letter dotless ı is.

    Decided by language statistics, not words: a letter the Turkic alphabets
    write and Western ones do not (ş, ğ, ə), or Turkish spelling: the text's
    words with ı as written, by the letter triples of Turkish's frequent
    words, about as likely (per letter) as they are with ı read as i by the
    languages most text is in. Azerbaijani ``Yunanıstan Respublikası`` and
    Turkish ``Doları`` read so, English ``sımple`` and ``thıs``, lorem ipsum's
    ``adıpıscıng`` do not.
    """
    words = WORD.findall(text)
    if any(map(_swapped_besides_dotless_i, words)):
        return False  # a text being garbled, where ı is one more swapped letter
    words = [w for w in words if DOTLESS_I in w][:_SAMPLE]
    if not words:
        return False
    if _TURKIC_LETTERS.search(text):
        return True
    odds = sum(spelling_odds(w, w.replace(DOTLESS_I, "i"), "tr") for w in words)
    return odds > _TURKIC_ODDS * sum(map(len, words))


def _swapped_besides_dotless_i(word: str) -> bool:
    """Whether ``word`` mixes ASCII letters with a look-alike other than ı (``thuɩspǀᴑeg``)."""
    return (
        not word.isascii()
        and any(c in TO_LATIN and c != DOTLESS_I for c in word)
        and any(c.isascii() for c in word)
    )


_TURKIC_ODDS = -0.6  # per letter: English with ı for i reads -1 or less, Turkic -0.3 or more
