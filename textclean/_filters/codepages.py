r"""
fix_legacy_codepage: text saved in one legacy 8-bit code page and shown in another.

No UTF-8 is involved, so ftfy cannot see it (its issue #18): Russian saved as
Windows-1251 and read as Windows-1252 comes out as ``Ïðèâåò``, Polish saved
as Windows-1250 as ``Za¿ó³æ``, Greek 1253 as ``ÊáëçìÝñá``, KOI8-R read as
Windows-1251 as ``рТЙЧЕФ``. Every such mix-up maps one character to one
character, so undoing it is exact: encode with the code page the text was
read with, decode with the one it was saved in.

Deciding whether to is the hard part, since every candidate is some text.
A candidate is accepted only when it is much more plausible as language
than the input: the words it makes are known to the word-frequency lexicon
of a language written in the saved-as code page (``textclean.lexicon``), far
more than the input's words are known in the languages written in the
read-as one, and its words do not mix scripts or flip case where the input's
did not. Genuine text is known as it stands, so it stays: Icelandic ``Þetta``,
Turkish, all-caps Portuguese, Russian itself.

Cost: a text is looked at only if its characters can be a mis-read at all
and a telltale scan can find anything in it (set tests: curly quotes and
dashes alone are skipped), and then only lines where one compiled scan
finds what mis-reads leave and clean text rarely has: three accented
letters in a row, a symbol inside a word, a Cyrillic word with a capital in
the middle, Latin and Cyrillic letters in one word, and letters such as
``ý`` or ``ð`` that stand for Turkish, Baltic or Czech letters. Only
those lines' words, at most a few dozen, are looked up.

    >>> fix_legacy_codepage("Ïðèâåò, ìèð!")
    'Привет, мир!'
    >>> fix_legacy_codepage("Zażółć gęślą jaźń")
    'Zażółć gęślą jaźń'
    >>> fix_legacy_codepage("Þetta er gott.")
    'Þetta er gott.'

Caveats: a line of names or words no lexicon lists is left alone, mixed
up or not; text read through two wrong code pages is not undone.
"""

from __future__ import annotations

import codecs
import math
import re
import unicodedata
import zlib
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from heapq import merge
from itertools import chain, compress, groupby, islice, repeat, starmap
from operator import or_
from string import ascii_letters
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, cast

import ftfy.bad_codecs  # noqa: F401 - registers the sloppy-windows-125x codecs

from textclean import lexicon
from textclean._confusables import LOOKALIKES
from textclean._filters import codepage_tables
from textclean._filters._orthography import ORTHOGRAPHY
from textclean._filters._unlisted_alphabets import ALPHABETS
from textclean._filters.encoding import lines_holding, non_ascii_runs
from textclean.changes import Change, apply_changes, diff_changes
from textclean.memo import remembered_by_second_for_last, remembered_for_last
from textclean.scan import chars_matching, code_points, non_plain, notable_chars, utf8_of

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
    from collections.abc import Set as AbstractSet

# Languages, among those the lexicon ships, written in each family of code pages.
WESTERN = ("en", "fr", "de", "es", "pt", "it", "nl", "sv", "da", "nb", "fi", "is", "ca", "id")
CYRILLIC = ("ru", "uk", "bg", "mk")
CENTRAL = ("pl", "cs", "sk", "hu", "sh", "sl", "ro")
BALTIC = ("lt", "lv")
HEBREW = ("he",)
ARABIC = ("ar", "fa")
_LATIN_LANGUAGES = tuple(
    lang for lang in lexicon.LANGUAGES if lang not in (*CYRILLIC, "el", *HEBREW, *ARABIC)
)


class Pair(NamedTuple):
    """Text saved in ``saved`` and read as ``read``; ``languages`` are written in ``saved``."""

    saved: str
    read: str
    languages: tuple[str, ...]
    read_languages: tuple[str, ...]

    @property
    def name(self) -> str:
        """How explain names it: ``cp1251 read as cp1252``."""
        return f"{_label(self.saved)} read as {_label(self.read)}"


def _label(codec: str) -> str:
    return "cp" + codec.removeprefix("sloppy-windows-") if codec.startswith("sloppy") else codec


_1252 = "sloppy-windows-1252"
_1251 = "sloppy-windows-1251"
_1250 = "sloppy-windows-1250"
_1257 = "sloppy-windows-1257"
#: The mix-ups tried, most common first (a tie goes to the earlier): each
#: Windows code page read as Windows-1252 or Latin-1, and as the other
#: Windows pages of its region; the DOS pages read as Windows ones and the
#: other way; ISO-8859, KOI8 and Mac pages read as Windows ones. (ISO-8859-9
#: is not tried: its letters are Windows-1254's, so cp1254 names it.)
PAIRS = (
    Pair("cp1251", _1252, CYRILLIC, WESTERN),
    Pair("cp1251", "latin-1", CYRILLIC, WESTERN),
    Pair("cp1250", _1252, CENTRAL, WESTERN),
    Pair("iso8859-2", _1252, CENTRAL, WESTERN),
    Pair("iso8859-2", "latin-1", CENTRAL, WESTERN),
    Pair("cp1253", _1252, ("el",), WESTERN),
    Pair("cp1254", _1252, ("tr",), WESTERN),
    Pair("cp1257", _1252, BALTIC, WESTERN),
    Pair("cp866", _1252, CYRILLIC, WESTERN),
    Pair("cp850", _1252, WESTERN, WESTERN),
    Pair("koi8-r", _1251, CYRILLIC, CYRILLIC),
    Pair("koi8-u", _1251, CYRILLIC, CYRILLIC),
    Pair("cp866", _1251, CYRILLIC, CYRILLIC),
    Pair("cp1251", "koi8-r", CYRILLIC, CYRILLIC),
    Pair("cp1252", _1251, WESTERN, CYRILLIC),
    Pair("cp1252", "cp850", WESTERN, WESTERN),
    Pair("cp1252", "mac-roman", WESTERN, WESTERN),
    Pair("mac-roman", _1252, WESTERN, WESTERN),
    Pair("iso8859-13", _1252, BALTIC, WESTERN),
    Pair("iso8859-13", _1251, BALTIC, CYRILLIC),
    Pair("cp1257", _1251, BALTIC, CYRILLIC),
    Pair("iso8859-2", "cp1250", CENTRAL, CENTRAL),
    # Windows code pages read as Western ones (and Western read as its neighbours')
    Pair("cp1250", "latin-1", CENTRAL, WESTERN),
    Pair("cp1253", "latin-1", ("el",), WESTERN),
    Pair("cp1254", "latin-1", ("tr",), WESTERN),
    Pair("cp1257", "latin-1", BALTIC, WESTERN),
    Pair("cp1255", _1252, HEBREW, WESTERN),
    Pair("cp1255", "latin-1", HEBREW, WESTERN),
    Pair("cp1256", _1252, ARABIC, WESTERN),
    Pair("cp1256", "latin-1", ARABIC, WESTERN),
    Pair("cp1258", _1252, ("vi",), WESTERN),
    Pair("cp1258", "latin-1", ("vi",), WESTERN),
    Pair("cp1252", _1257, WESTERN, BALTIC),
    Pair("cp1252", _1250, WESTERN, CENTRAL),
    Pair("cp1250", _1251, CENTRAL, CYRILLIC),
    Pair("cp1251", _1250, CYRILLIC, CENTRAL),
    # DOS code pages read as Windows ones, and Windows text shown in a DOS window
    Pair("cp437", _1252, WESTERN, WESTERN),
    Pair("cp852", _1250, CENTRAL, CENTRAL),
    Pair("cp852", _1252, CENTRAL, WESTERN),
    Pair("cp1252", "cp437", WESTERN, WESTERN),
    Pair("cp1250", "cp852", CENTRAL, CENTRAL),
    Pair("cp1251", "cp866", CYRILLIC, CYRILLIC),
    # ISO-8859, KOI8 and Mac pages read as Windows ones
    Pair("iso8859-5", _1251, CYRILLIC, CYRILLIC),
    Pair("iso8859-5", _1252, CYRILLIC, WESTERN),
    Pair("iso8859-7", _1252, ("el",), WESTERN),
    Pair("iso8859-8", _1252, HEBREW, WESTERN),
    Pair("koi8-r", _1252, CYRILLIC, WESTERN),
    Pair("koi8-r", "latin-1", CYRILLIC, WESTERN),
    Pair("koi8-u", _1252, CYRILLIC, WESTERN),
    Pair("mac-cyrillic", _1251, CYRILLIC, CYRILLIC),
    Pair("mac-cyrillic", _1252, CYRILLIC, WESTERN),
    Pair("mac-roman", "latin-1", WESTERN, WESTERN),
)


_NON_LATIN_CODECS = frozenset(
    {
        *("cp1251", "cp1253", "iso8859-7", "cp866", "koi8-r", "koi8-u"),
        *("iso8859-5", "mac-cyrillic", "cp1255", "iso8859-8", "cp1256"),
    }
)
# Code pages writing tone marks as combining characters (Vietnamese
# Windows-1258): a repair is composed (NFC), as Vietnamese text is written.
_COMBINING_CODECS = frozenset({"cp1258"})
# Combining marks a code page saves as characters of their own, which count
# as letters: Windows-1258's tones, Hebrew points, Arabic vowel signs (shadda).
_COMBINING = re.compile("[\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670]")


def _upper_half(codec: str) -> str:
    return bytes(range(0x80, 0x100)).decode(codec, errors="ignore")


# What a mis-read can leave: the characters of the read-as code pages' upper halves.
_MISREAD_CHARS = frozenset("".join(_upper_half(codec) for codec in {p.read for p in PAIRS}))

_HIGH = "À-ÿŒœŠšŸŽžƒ"  # letters of Windows-1252's upper half (and × ÷, Cyrillic ч, ч)
_SYMBOLS = "".join(
    sorted(
        {c for c in _upper_half(_1252) + _upper_half("latin-1") if not c.isalpha()}
        - set("’‘“”–—•·\xad")  # glued to words in genuine text
        - set("×÷")  # Cyrillic ч and Ч
    )
)
_CYR = "Ѐ-ӿ"
_CYR_RARE = "ЂЃѓЉЊЌЋЏђљњќћџЈјЅѕ‚„…†‡€‰‹›•™¤¦§©«¬®°±µ¶·№»\xa0"
_BOX = "─-╿▀-▟"
_LATIN_TELLTALES = (
    f"(?<=[{_HIGH}])(?=[{_HIGH}]{{2}})",  # Cyrillic or Greek shown as accented Latin
    # a symbol in a word, or ``ˆ`` (a modifier letter: Windows-1252 ö shown as Mac Roman)
    f"(?<=[A-Za-z{_HIGH}][{re.escape(_SYMBOLS)}{_BOX}ˆ])(?=[A-Za-z{_HIGH}])",
    "(?<=[a-z][À-ÞŠŒŽŸ])|(?<=[a-z][¾½¼³²¹])(?![0-9])|(?<=[a-km-z]·)|(?<=·)(?=[a-km-z])",  # DOS
    # letters that stand for Turkish, Baltic, Czech, Hungarian or Croatian ones
    "(?<=ì)(?=[a-zà-ÿ])|(?<=[a-zà-ÿ][ðþ])|(?<=[ÐÞý])(?=[a-zà-ÿ])|(?<=õ)(?![es])",
    "(?<=è)(?=[aioukjbz])|(?<![A-Za-zÀ-ÿ]è)(?<=è)(?=[a-z])|(?<=[ÈÌÒÙ])(?=[a-zà-ÿ])",
    "(?<=è)(?=e)|(?<=ï)(?=a)|(?<=…)(?=[a-zà-ÿ])|(?<=[a-z]µ)(?=[a-z])",
    "(?<=[æøòùë])(?=[a-zà-ÿ])|(?<=[a-z]{2}ø)(?![A-Za-zÀ-ÿ])|(?<=ç)(?=[b-df-hj-np-tv-z])",
    # Western shown as Mac Roman: è, é, ü as lone capitals or symbols before small letters
    "(?<=[a-z] [ËÈ])(?= [a-z])|(?<=[Ÿ†‡])(?=[a-z])",
    # DOS Russian shown as Windows-1252: words of symbols, soft hyphens for ``н`` among them
    f"(?<=[{re.escape(_SYMBOLS)}\xad]{{2}}[{re.escape(_SYMBOLS)}])"
    f"|(?<=[{re.escape(_SYMBOLS)}])(?=[{re.escape(_SYMBOLS)}\xad]{{2}})",
)
_LATIN_LEAD = f"{_HIGH}{re.escape(_SYMBOLS)}{_BOX}¾½¼³²¹·ìðþÐÞýõèÈÌÒÙæøòùëïçµ†‡ˆ"
# One scan for what mis-reads leave and clean text rarely holds; see the
# module docstring. Only a gate: the lexicon and letter statistics decide.
# Each is led by one class of the rarer characters it is about, so the scan
# passes over everything else in C; the Cyrillic one runs only on text with
# Cyrillic letters, since it is led by ASCII letters among others.
# Every telltale but the first (three letters in a row) is led by one of
# these: a symbol, a capital or one of the few small letters a branch names
# (``è``, ``ì``, ``ç``...). Asked once, before those branches are tried one by
# one, so the common accented letters of Western prose (``é``, ``á``, ``ü``)
# try two branches, not twenty. tests/test_encoding_codepages.py checks that
# the scan finds what the plain alternation of the telltales finds.
_TELLTALE_LEADS = f"{re.escape(_SYMBOLS)}{_BOX}ˆÀ-ÞŠŒŽŸ¾½¼³²¹·ìðþýõèïµ…æøòùëç†‡"
_LATIN_TELLTALE = re.compile(
    f"[{_LATIN_LEAD}](?:{_LATIN_TELLTALES[0]}"
    f"|(?<=[{_TELLTALE_LEADS}])(?:{'|'.join(_LATIN_TELLTALES[1:])}))"
)
# What Mac Cyrillic capitals show as in Windows-1251 (``Д`` as ``„``).
_MAC_CAPITALS = "ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—™љ›њќћџ"


def _cyrillic_telltale(latin: str, capitals: str = "", flips: str = "") -> re.Pattern[str]:
    """
    The Cyrillic telltale scan, where Latin letters (``latin``, a class's inside) may be one.

    And ``capitals`` (a class's inside) after a small letter, where the
    ``flips`` branch asks for one.
    """
    return re.compile(
        f"[{latin}{capitals}А-ЯЁ{_CYR_RARE}‘’“”–—]"
        "(?:(?<=[а-яё][А-ЯЁ])"  # KOI8-R and Windows-1251 swapped: a capital inside a word
        # Mac Cyrillic shown as Windows-1251: a word led by what its capital shows as
        f"|(?<![^\\W\\d_].)(?<=[{_MAC_CAPITALS}])(?=[а-яёіїєґ]{{2}})"
        f"|(?<=[{_CYR}][{latin}])|(?<=[{latin}])(?=[{_CYR}])"  # Western shown as Windows-1251
        f"|(?<=[{latin}])(?= [а-яё] [{latin}])"
        # DOS Russian shown as Windows; not ``спиня…І``, an ellipsis between
        # sentences (``…`` is a capital in DOS, and А-Я and І are box drawings)
        f"|(?<=[{_CYR}][{_CYR_RARE}])(?=[{_CYR}])(?!(?<=[а-яё]…)[А-ЯІ]){flips})"
    )


_CYRILLIC_TELLTALE = _cyrillic_telltale("A-Za-z")
# The same scan, but for the Latin letters among Cyrillic ones that look
# like Cyrillic letters (``прогрaмма``, ``Рython``): asked of text mostly
# outside ASCII (see _latin_twins_only), where no code page makes them. Led
# by the other Latin letters, which such text holds few of: a pass in C.
# A capital after a small letter, one of them Cyrillic, is a telltale there
# (``%(count)sКгодину``, Ukrainian KOI8-U shown as Windows-1251 after a
# placeholder): no word written with look-alikes has one (``NoSQL`` may).
_LATIN_NOT_TWINS = "".join(
    sorted(set(ascii_letters) - {c for c in LOOKALIKES["Cyrillic"] if c.isascii()})
)
_CYRILLIC_TELLTALE_BUT_TWINS = _cyrillic_telltale(
    _LATIN_NOT_TWINS, "A-ZЀ-ЯҐ", "|(?<=[а-яѐ-џґ][A-ZЀ-ЯҐ])|(?<=[a-z][Ѐ-ЯҐ])"
)
_CYRILLIC_LETTERS = frozenset(map(chr, range(0x410, 0x450)))
_LATIN_LEADS = frozenset(re.findall(f"[{_LATIN_LEAD}]", code_points(0x80, 0x2600)))


# Letters of a language: those making up at least _ALPHABET_SHARE of the
# letters of its _ALPHABET_WORDS most frequent words, and every letter of its
# _CORE_WORDS most frequent ones (French ``où``, Italian ``più``), casefolded.
_ALPHABET_WORDS = 5000
_ALPHABET_SHARE = 3e-5
_CORE_WORDS = 200
_COMMON_LETTERS = 6  # a language's most frequent letters outside ASCII
# Letters a mixed-up text may hold that its language does not write (a name: ``ixtlán``).
_FOREIGN_LETTERS = 1
_MIN_COMMON = 2  # of which a Cyrillic or Greek text of a few words holds at least these
# Quotes, dashes and no-break spaces, which text in any code page holds: a mix-up may show
# them as letters (German „ saved in Windows-1252 and read as cp850 is ä).
_TYPOGRAPHIC = frozenset("’‘“”„‚–—…«»\xa0")


# Letters outside ASCII of each Latin language's orthography (generated by
# scripts/gen_orthography.py from gflanguages' base exemplar characters,
# Unicode CLDR's standard exemplars for these languages; English, Indonesian
# and Malay have none, and Vietnamese's frequent words hold all of its own).
# A language writes letters its most frequent words hold too few of to count
# (French ``ï`` of ``naïf`` and ``Noël``, ``æ``, ``ÿ``; Dutch ``á``; Finnish
# ``š``): without them, genuine text holding one is taken for letters no one
# language writes, and every pair is scored on it.
_ORTHOGRAPHY = ORTHOGRAPHY


@cache
def _alphabet(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """
    (letters outside ASCII of ``lang``, casefolded; the _COMMON_LETTERS most frequent of them).

    From the lexicon's most frequent words, so what the language writes
    (alphabet_letters; shipped precomputed, see codepage_tables).
    """
    shipped = codepage_tables.shipped(_alphabet_key(lang))
    letters = alphabet_letters(lang) if shipped is None else cast("list[str]", shipped)
    return frozenset(letters), frozenset(letters[:_COMMON_LETTERS])


@cache
def _written(lang: str) -> frozenset[str]:
    """
    Every letter outside ASCII ``lang`` writes: its alphabet and its orthography's.

    What says whether a text's letters are one language's (_char_masks' fits);
    the rules that weigh a repair keep to the letters its words use (_alphabet).
    """
    return _alphabet(lang)[0] | frozenset(_ORTHOGRAPHY.get(lang, ""))


def _alphabet_key(lang: str) -> str:
    return f"alphabet {_ALPHABET_WORDS} {_ALPHABET_SHARE} {_CORE_WORDS} {lang}"


def alphabet_letters(lang: str) -> list[str]:
    """The letters outside ASCII of ``lang``'s most frequent words, most frequent first."""
    words = list(lexicon.most_frequent(lang, _ALPHABET_WORDS))
    counts = Counter("".join(words))
    total = sum(counts.values()) or 1
    core = set("".join(words[:_CORE_WORDS]))
    return [
        char
        for char, count in counts.most_common()
        if not char.isascii()
        and char.isalpha()
        and (count / total >= _ALPHABET_SHARE or char in core)
    ]


def _folded(char: str) -> str:
    """The letters outside ASCII of ``char`` casefolded: ``ß`` has none (``ss``), ``İ`` none."""
    return "".join(c for c in char.casefold() if not c.isascii() and c.isalpha())


@cache
def _codec_map(pair: Pair) -> dict[str, str]:
    """Each character of the read-as code page that ``pair`` changes, to what it was saved as."""
    found = {}
    for char in _upper_half(pair.read):
        fixed = _convert(char, pair)
        if fixed is not None and fixed != char:
            found[char] = fixed
    return found


# What _plainly_genuine says of a set of characters.
_MAYBE_MISREAD = 0  # a mix-up may have made them: look at the text
_GENUINE_SET = 1  # no mix-up can have: leave the text
_GENUINE_UNLESS_RUN = 2  # only Cyrillic or Greek read as Latin can, whose words are runs of them
_UNFIT = 3  # no one language writes these letters (or they are Cyrillic or Greek): look hard


@lru_cache(maxsize=256)
def _plainly_genuine(chars: frozenset[str]) -> int:
    """
    Whether a Latin-script text with these notable characters cannot be a code-page mix-up.

    Its letters outside ASCII are all letters of one language (Polish
    ``ą ę ł ó``, French ``é è ç``), and no mix-up can have made them: for
    every pair, the text's letters are not all in the code page it was read
    in, or a letter it changes was saved as a symbol (a mix-up turns letters
    into symbols, not the other way), or what they were saved as is not a
    set of letters of one language written in that code page (Turkish read
    as Windows-1252 makes ``ð ý þ``, Icelandic letters, from ``ğ ı ş``,
    Turkish ones). Cyrillic or Greek text read as Latin holds its language's
    most common letters, and runs of accented letters no Latin text has
    (_GENUINE_UNLESS_RUN: the caller looks for one).

    A set test, so its cost does not grow with the text: each character's
    verdicts are bit masks, over languages, pairs and (pair, language),
    worked out once, and a text's are theirs combined.
    """
    if not _NON_LATIN_LETTERS.isdisjoint(chars):
        return _UNFIT  # (what the masks would say: no Latin language writes them)
    fits, pairs, saved = _ALL_LANGUAGES, _ALL_PAIRS, 0
    known, known_but_one = _ALL_COMBOS, _ALL_COMBOS  # no letter outside the alphabet, or one
    common, common_twice = 0, 0
    marks = _UNMARKED_PAIRS
    for char in chars:
        masks = _char_masks(char)
        fits &= masks.fits
        if not fits:
            # No language writes them all, whatever the other characters say:
            # a CJK text stops at its first ideograph, with no masks worked out
            # for each of the thousands it may hold.
            return _UNFIT
        pairs &= masks.pairs
        saved |= masks.saved
        marks |= masks.marks
        known_but_one = (known_but_one & masks.known) | known
        known &= masks.known
        common_twice |= common & masks.common
        common |= masks.common
    plausible = pairs & saved & marks
    combos = known_but_one & (_LATIN_SAVED_COMBOS | common_twice)
    found = [
        pair
        for index, pair in enumerate(PAIRS)
        if plausible >> index & 1 and combos & _COMBOS_OF[index]
    ]
    if not found:
        return _GENUINE_SET
    if all(pair.saved in _NON_LATIN_CODECS and pair.read in _LATIN_READ for pair in found):
        return _GENUINE_UNLESS_RUN
    return _MAYBE_MISREAD


# Cyrillic and Greek letters: a text holding one is Cyrillic or Greek, or mixed.
_NON_LATIN_LETTERS = frozenset(char for char in map(chr, range(0x370, 0x530)) if char.isalpha())


class _Masks(NamedTuple):
    """What one character says, as bit masks (see _char_masks)."""

    fits: int
    pairs: int
    saved: int
    known: int
    common: int
    marks: int


# Bits: one per Latin language, per pair, and per (pair, language it saves).
_COMBOS = [(index, lang) for index, pair in enumerate(PAIRS) for lang in pair.languages]
# Each pair's (bit, language) combos, so a character's masks are worked out pair by pair
# (one pass over the combos: a pass a pair took 5 ms of every import).
_COMBOS_BY_PAIR: list[list[tuple[int, str]]] = [[] for _ in PAIRS]
for _bit, (_index, _lang) in enumerate(_COMBOS):
    _COMBOS_BY_PAIR[_index].append((_bit, _lang))
_COMBOS_OF = [sum(1 << bit for bit, _ in combos) for combos in _COMBOS_BY_PAIR]
_ALL_LANGUAGES = (1 << len(_LATIN_LANGUAGES)) - 1
_ALL_PAIRS = (1 << len(PAIRS)) - 1
# Pairs saved in a code page of combining tone marks (Windows-1258) have
# made a text only if it holds a mark so saved: Vietnamese has tones in
# most words (Portuguese ``ã`` is its ``ă``, but ``não`` is no Vietnamese).
_UNMARKED_PAIRS = sum(
    1 << index for index, pair in enumerate(PAIRS) if pair.saved not in _COMBINING_CODECS
)
_ALL_COMBOS = (1 << len(_COMBOS)) - 1
# Latin code pages whose letters sit where Windows pages keep quotes, dashes
# and Western letters (cp852's Ĺ ô ö ľ are Windows-1252's ’ “ ” –, cp1258's
# ă is its ã): like a Cyrillic or Greek one, a text saved in one shows two
# of its language's most common letters, or the set test would take English
# with curly quotes for Slovak.
_LETTERS_WHERE_PUNCTUATION = frozenset({"cp852", "cp437", "cp1258"})
_LATIN_SAVED_COMBOS = sum(
    1 << bit
    for bit, (index, _) in enumerate(_COMBOS)
    if PAIRS[index].saved not in _NON_LATIN_CODECS | _LETTERS_WHERE_PUNCTUATION
)


def _letterlike(char: str) -> bool:
    """A letter, or a combining mark (Windows-1258 saves tone marks so)."""
    return char.isalpha() or _COMBINING.fullmatch(char) is not None


@cache
def _char_masks(char: str) -> _Masks:
    """
    One character's verdicts (`char_masks`), shipped precomputed for common characters.

    Those of the pairs' code pages and of the Latin, Greek and Cyrillic
    blocks: 160 us each to work out on first use, some 17 ms of a process's
    first few hundred mixed texts.
    """
    shipped = _shipped_masks().get(char)
    return char_masks(char) if shipped is None else _Masks(*shipped)


@cache
def _shipped_masks() -> dict[str, list[int]]:
    """The shipped masks by character (none if the file holds none for these settings)."""
    return cast("dict[str, list[int]]", codepage_tables.shipped(_masks_key()) or {})


def _masks_key() -> str:
    """The key of the shipped masks: what they are worked out from, but the lexicon's alphabets."""
    settings = repr((PAIRS, _LATIN_LANGUAGES, _ORTHOGRAPHY, sorted(_TYPOGRAPHIC)))
    checksum = zlib.crc32(settings.encode("utf-8", "surrogatepass"))
    return f"char masks {unicodedata.unidata_version} {checksum:08x}"


def masked_chars() -> str:
    """The characters whose masks are shipped: the pairs' code pages', and the blocks above."""
    chars = set(code_points(0x80, 0x530)) | set(code_points(0x1E00, 0x1F00))
    chars |= set(code_points(0x2000, 0x2200))
    for pair in PAIRS:
        table = _codec_map(pair)
        chars.update(table, (made for made in table.values() if len(made) == 1))
    return "".join(sorted(char for char in chars if not 0xD800 <= ord(char) < 0xE000))


def char_masks(char: str) -> _Masks:
    """
    One character's verdicts, bit by bit.

    fits: the Latin languages that write it (_written; all, if no letter);
    pairs: those that may have made it (a letter in the read-as code page,
    not saved as a symbol other than a quote or a dash); saved: those that
    change it from a letter; known: the (pair, language) whose alphabet
    holds the letter it was saved as (all, if none); common: those where
    that letter is one of the language's most common; marks: those that
    change it to a combining mark.
    """
    letter = char.isalpha() and not char.isascii()
    folded = set(_folded(char)) if letter else set()
    fits = sum(1 << bit for bit, lang in enumerate(_LATIN_LANGUAGES) if folded <= _written(lang))
    pairs = saved = known = common = marks = 0
    for index, pair in enumerate(PAIRS):
        table = _codec_map(pair)
        made = table.get(char)
        if made is not None and _COMBINING.fullmatch(made):
            marks |= 1 << index
        if not letter or (
            _readable_in(char, pair.read)
            and (made is None or _letterlike(made) or made in _TYPOGRAPHIC)
        ):
            pairs |= 1 << index
        if made is not None and _letterlike(made):
            saved |= 1 << index
            was = set(_folded(made))
        else:
            was = folded if made is None else set()
        for bit, lang in _COMBOS_BY_PAIR[index]:
            alphabet, most_common = _alphabet(lang)
            if was <= alphabet:
                known |= 1 << bit
            if was and was <= most_common:
                common |= 1 << bit
    return _Masks(fits, pairs, saved, known, common, marks)


_LATIN_READ = frozenset({_1252, "latin-1", "cp850", "mac-roman", _1257, _1250, "cp437", "cp852"})
# Characters U+0080 to U+00FF and Windows-1252's other letters (Œ œ Š š Ÿ Ž ž ƒ)
# are those whose UTF-8 begins with C2, C3, C5 or C6: deleting the bytes that
# continue a character and marking those leads finds three in a row in C.
_RUN_MARKS = bytes(
    ord("H") if byte in (0xC2, 0xC3, 0xC5, 0xC6) else ord(".") for byte in range(256)
)
_CONTINUATION_BYTES = bytes(range(0x80, 0xC0))


def _run_of_three(text: str) -> bool:
    """Whether ``text`` holds three characters in a row from U+0080 to U+00FF (or Œ, ž...)."""
    marks = utf8_of(text).translate(_RUN_MARKS, _CONTINUATION_BYTES)
    return b"HHH" in marks


def _encode(text: str, codec: str) -> bytes:
    """
    ``text.encode(codec)``, the DOS code pages through a table in C.

    Python's DOS code pages (cp437, cp850, cp852, cp866) encode through a
    dict, looked up a character at a time: 145 us for 2 KB of Spanish prose
    in cp850, where the table codecs.charmap_build makes of their 256
    characters (as the modules of the Windows code pages build theirs)
    gives the same bytes in 4. Raises UnicodeEncodeError as str.encode does.
    """
    table = _DOS_TABLES.get(codec)
    return text.encode(codec) if table is None else codecs.charmap_encode(text, "strict", table)[0]


# Each DOS code page's 256 characters, one for each byte, as a C encoding table.
_DOS_TABLES = {
    codec: codecs.charmap_build(bytes(range(256)).decode(codec))
    for codec in ("cp437", "cp850", "cp852", "cp866")
}


def _readable_in(char: str, codec: str) -> bool:
    try:
        _encode(char, codec)
    except UnicodeEncodeError:
        return False
    return True


# The same telltales led by Cyrillic letters, for text mostly in Latin
# letters: the scan above stops at every ASCII letter, this one at the few
# Cyrillic ones. A hit between two scripts falls in the same word either way;
# the lone Cyrillic letter between Latin words is a hit of its own here, so
# the scan for words (which ignores that hit above: it is on no word outside
# ASCII) leaves it out.
# Each is one Cyrillic (or rare) character, tested by what stands around it:
# one class leads them all, so the scan passes over the rest in C (an
# alternation of classes is tried branch by branch at every character).
_CYRILLIC_LED = (
    "(?<=[а-яё][А-ЯЁ])"
    f"|(?<=[{_CYR}])(?=[A-Za-z])|(?<=[A-Za-z][{_CYR}])"
    f"|(?<=[{_CYR}][{_CYR_RARE}])(?=[{_CYR}])(?!(?<=[а-яё]…)[А-ЯІ])"
)
_CYRILLIC_IN_LATIN = re.compile(
    f"[{_CYR}{_CYR_RARE}](?:{_CYRILLIC_LED}|(?<=[A-Za-z] [а-яё])(?= [A-Za-z]))"
)
_CYRILLIC_IN_LATIN_WORDS = re.compile(f"[{_CYR}{_CYR_RARE}](?:{_CYRILLIC_LED})")


def _telltale_scans(text: str, *, for_words: bool = False) -> list[re.Pattern[str]]:
    """The telltale scans worth running on ``text``, by the characters it holds."""
    scans = _scans_for(notable_chars(text))
    if scans and scans[-1] is _CYRILLIC_TELLTALE and _mostly_ascii(text):
        scans[-1] = _CYRILLIC_IN_LATIN_WORDS if for_words else _CYRILLIC_IN_LATIN
    return scans


def _mostly_ascii(text: str) -> bool:
    """Whether most of ``text`` is ASCII (UTF-8 of a letter outside it takes two bytes or more)."""
    return len(utf8_of(text)) < 1.5 * len(text)


def _scans_for(chars: AbstractSet[str]) -> list[re.Pattern[str]]:
    """The telltale scans that can find anything in a text with these notable characters."""
    scans = []
    if not _LATIN_LEADS.isdisjoint(chars):
        scans.append(_LATIN_TELLTALE)
    if not _CYRILLIC_LETTERS.isdisjoint(chars):
        scans.append(_CYRILLIC_TELLTALE)
    return scans


# A word holding a character outside ASCII; words are runs of letters and
# such characters, ``(?:[^\W\d_]|[^\x00-\x7f])+``. (Words of plain ASCII read
# the same either way.) Found from its first character outside ASCII, which a
# scan in C skips to (a pattern opening with one class is not set up at every
# position, as one opening with a lookbehind and ``[A-Za-z]*`` is): it runs on
# through word characters, and back through ASCII letters only, since no
# character outside ASCII stands between it and the word before.
_WORD_CHAR = "A-Za-z\x80-\U0010ffff"  # [^\W\d_] or outside ASCII, as one class
_NON_ASCII = re.compile("[^\x00-\x7f]")
_WORD_RUN = re.compile(f"[{_WORD_CHAR}]*")
_FROM_NON_ASCII = re.compile(f"[^\x00-\x7f][{_WORD_CHAR}]*")
_LONGEST_WORD = 64  # characters of a word judged


def _tokens(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each word of ``text`` holding a character outside ASCII, in order."""
    pos = 0
    while hit := _FROM_NON_ASCII.search(text, pos):
        at, end = hit.span()
        # Most words start after a space: only the characters from it are cut.
        start = text.rfind(" ", pos, at) + 1 or pos
        start += len(text[start:at].rstrip(ascii_letters))
        if end - start > _LONGEST_WORD:
            # No language writes words this long (a run with no space, an
            # encoded blob): a window at its first character outside ASCII
            # stands for it, so each judgement's letter loops stay bounded.
            start = max(start, at - _LONGEST_WORD // 4)
            end = min(end, start + _LONGEST_WORD)
        yield start, end
        pos = hit.end()


_POOLED_LINES = 20  # lines whose words decide a document-wide pair
_REACH = 40  # characters searched either side of a telltale hit for its word
_GENUINE = 0.6  # known share of a document's telltale lines' words that says they are genuine
_MAX_WORDS = 30  # words looked up per text: enough to tell, and a bound on cost
# A candidate must gain this much plausibility over the input: the share of
# letters in known words, plus the mean log-probability of letter pairs over
# _LETTER_WEIGHT, plus that of the letter pairs the mix-up changed over
# _CHANGED_WEIGHT, each in the languages of its code page against the input
# in those of the code page it was read in. When the lexicon knows less than
# _MIN_KNOWN of it, letter statistics alone must show far more. Chosen on the
# tuning half of the dev set (scripts/eval_codepages.py): of a grid of
# settings, the one repairing most while changing no genuine document there.
_MIN_GAIN = 0.4
_MIN_KNOWN = 0.2
_MIN_GAIN_UNKNOWN = 1.5
_LETTER_WEIGHT = 5.0
_CHANGED_WEIGHT = 10.0
_MENDED_WEIGHT = 1.0
# Capitals and small letters of the Latin, Greek and Cyrillic blocks (``Ű``, ``Ř``, ``Ќ``).
_CAPITALS = "".join(c for c in map(chr, range(0xC0, 0x530)) if c.isupper())
_SMALL = "".join(c for c in map(chr, range(0xC0, 0x530)) if c.islower())
_CASE_FLIP = re.compile(f"[^\\W\\d_](?<=[a-z{_SMALL}])[A-Z{_CAPITALS}]")
_LATIN = re.compile("[A-Za-zÀ-ɏ]")
_NON_LATIN = re.compile("[Ͱ-ӿ\u0590-\u06ff]")  # Greek, Cyrillic, Hebrew, Arabic
# The same classes as sets, for words: a set test on a word runs in C, with no scan to set up.
_LATIN_SET = frozenset(map(chr, (*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x250))))
_NON_LATIN_SET = frozenset(map(chr, (*range(0x370, 0x500), *range(0x590, 0x700))))
_CYRILLIC_SET = frozenset(map(chr, range(0x400, 0x500)))  # _CYRILLIC_LETTER's


def _mixes_scripts(word: str) -> bool:
    """Whether ``word`` holds Latin letters and Greek, Cyrillic, Hebrew or Arabic ones."""
    return not _LATIN_SET.isdisjoint(word) and not _NON_LATIN_SET.isdisjoint(word)


def _count_in(chars: frozenset[str], word: str) -> int:
    return sum(map(chars.__contains__, word))


def may_change(chars: AbstractSet[str]) -> bool:
    """
    False when a text with these notable characters cannot be a code-page mix-up.

    The filter looks only at lines a telltale scan flags, so a text no scan
    can flag anything in (English with curly quotes and dashes) is left as
    it is without a look, unless it holds letters outside ASCII (a mix-up
    no scan flags, ``castellą``, is a matter for the lexicon); and one whose
    characters the set test says no mix-up made (Polish, Czech, Hungarian prose).
    """
    return (
        not _MISREAD_CHARS.isdisjoint(chars)
        and (bool(_scans_for(chars)) or any(map(str.isalpha, chars)))
        and _plainly_genuine(frozenset(chars)) != _GENUINE_SET
    )


# What a pair shows a letter as when it shows it as no letter (cp850 ö as ”
# in Windows-1252, Polish ń as ˝): standing between two letters (gel”scht,
# japo˝ski), the only sign of a mix-up that turned no letter into another
# letter, which may_change cannot see in the characters alone. Left out: what
# genuine text glues between letters (don’t, well–known, Catalan l·l, soft
# hyphens, Home›News, don´t). An opening quote ``‘`` between letters is no
# apostrophe text writes (DOS ``æ`` shown in Windows-1252: ``v‘re``).
_HIGH_BYTES = bytes(range(0x80, 0x100))


@cache
def _high_bytes_in(codec: str) -> tuple[str, ...]:
    """What ``codec`` reads each byte from 0x80 to 0xFF as, "" where it reads none."""
    # A code page reads the 128 bytes at once, one character each (in C);
    # one that cannot read some of them is read a byte at a time.
    try:
        read = _HIGH_BYTES.decode(codec)
    except UnicodeDecodeError:
        read = ""
    if len(read) == len(_HIGH_BYTES):
        return tuple(read)
    return tuple(bytes([byte]).decode(codec, errors="ignore") for byte in _HIGH_BYTES)


_PUNCT_FROM_LETTERS = frozenset(
    shown
    for pair in PAIRS
    for letter, shown in zip(_high_bytes_in(pair.saved), _high_bytes_in(pair.read), strict=True)
    if letter.isalpha() and not shown.isalpha() and shown.strip()
) - set("’–—•·\xad‹›´")
# Both curly quotes in one text are typography (English prose has them by the
# dozen), not a sign: the search for them inside words would cost such text a pass.
_CURLY_QUOTES = frozenset("“”")
_PUNCT_CLASS = "[" + re.escape("".join(sorted(_PUNCT_FROM_LETTERS))) + "]"
# Led by the punctuation's class, so the scan skips to it in C; the letter
# before it is asked by a lookbehind once one is found.
_PUNCT_INSIDE_WORD = re.compile(
    f"{_PUNCT_CLASS}(?<=[^\\W\\d_]{_PUNCT_CLASS}){_PUNCT_CLASS}*[^\\W\\d_]"
)


@remembered_by_second_for_last  # (the pipeline's gate asks, then the filter, of the same text)
def may_change_text(text: str, chars: AbstractSet[str]) -> bool:
    """
    False when ``text``, holding these notable characters, cannot be a code-page mix-up.

    may_change, or a letter turned into punctuation inside a word, which
    only a look at the text finds. ``chars`` is a frozenset (notable_chars'):
    the answers for the last text asked are remembered by it.
    """
    if may_change(chars):
        return True
    punctuation = _PUNCT_FROM_LETTERS.intersection(chars)
    found = punctuation - _CURLY_QUOTES if punctuation >= _CURLY_QUOTES else punctuation
    dashes = _DASHES_FROM_LETTERS.intersection(chars)
    if not (found or dashes) or _plainly_genuine(frozenset(chars)) == _GENUINE_SET:
        return False  # (the set test first: Polish „quotes” are no Windows-1250 letters)
    return (
        bool(found)
        and _matches_at_leads(
            _PUNCT_INSIDE_WORD, text, punctuation, _PUNCT_WINDOW, _PUNCT_FROM_LETTERS
        )
    ) or (bool(dashes) and _matches_at_leads(_DASH_BY_A_LETTER, text, dashes))


# Where more than _LEAD_TRIES leads stand, closer than one in _LEAD_SPACING
# characters, the pattern's own scan is the cheaper: it is left to that.
_LEAD_TRIES = 16
_LEAD_SPACING = 256
# Characters from a lead on that a pattern asked at it may look at: two
# after it for _DASH_BY_A_LETTER; _PUNCT_INSIDE_WORD runs on through
# punctuation (see _matches_at_leads).
_LEAD_WINDOW = 3
_PUNCT_WINDOW = 64


def _matches_at_leads(
    pattern: re.Pattern[str],
    text: str,
    leads: AbstractSet[str],
    window: int = _LEAD_WINDOW,
    runs_on: frozenset[str] = frozenset(),
) -> bool:
    """
    ``pattern.search(text) is not None``, for a pattern whose every match opens with a ``leads``.

    ``leads`` are the text's characters of the class the pattern is led by
    (all outside ASCII, so in notable_chars): str.find passes over the rest
    many times faster than the pattern's class test, and the pattern is
    asked only where one stands, on the ``window`` characters from it (its
    lookbehinds see the text before); on the rest of the text too where the
    window holds nothing but ``runs_on``, what the pattern may run through.
    An English text's dashes stand between words, a few a text: each is
    asked once instead of the text's every character being tested. Leads
    standing close (see _LEAD_SPACING) leave it to the pattern's scan.
    """
    if not leads:
        return False
    stands = sum(map(text.count, leads))
    if stands > _LEAD_TRIES and stands * _LEAD_SPACING > len(text):
        return pattern.search(text) is not None
    for lead in leads:
        at = text.find(lead)
        while at != -1:
            end = at + window
            if pattern.match(text, at, end) is not None or (
                end < len(text)
                and runs_on.issuperset(text[at:end])
                and pattern.match(text, at) is not None
            ):
                return True
            at = text.find(lead, at + 1)
    return False


# Mac Roman ``ó``, ``ñ``, ``ï`` read as Windows-1252 are ``—``, ``–``, ``•``
# (``Configuraci—n``, ``Espa–a``): dashes glued between letters, as genuine
# text glues them too (``well–known``, ``house—which``), so they are left out
# of _PUNCT_FROM_LETTERS. They open the gate only where they part a word's
# first or last letter from the rest, a small letter coming after: a dash
# joins words, not a word's first letter to the rest.
_DASHES_FROM_LETTERS = frozenset("–—•")
# (Led by the dash, so the scan skips to it in C: _PUNCT_INSIDE_WORD's way.)
_DASH_BY_A_LETTER = re.compile(
    "[–—•](?:(?<=(?<![^\\W\\d_])[^\\W\\d_][–—•])(?=[a-zß-ÿ])"
    "|(?<=[^\\W\\d_][–—•])(?=[a-zß-ÿ](?![^\\W\\d_])))"
)


def _convert(text: str, pair: Pair, *, compose: bool = True) -> str | None:
    """
    ``text`` encoded as read and decoded as saved, or None where it cannot be.

    A pair maps one character to one, but Windows-1258 writes tone marks as
    combining characters: its repair is composed unless ``compose`` is false
    (to count letters, a mark as one: see _letter_count).
    """
    try:
        fixed = _encode(text, pair.read).decode(pair.saved)
    except UnicodeError:
        return None
    if compose and pair.saved in _COMBINING_CODECS:
        return unicodedata.normalize("NFC", fixed)
    return fixed


# A mark with no letter to sit on (``Òlt`` read as Windows-1258 is a hook
# above ``lt``, ``Òc`` as Windows-1255 a Hebrew point before ``c``): no
# text writes one, so no repair makes one. Code pages that hold marks:
_STRAY_MARK = re.compile(f"(?<![^\\W\\d_]|{_COMBINING.pattern}){_COMBINING.pattern}")
_MARKING_CODECS = frozenset(
    pair.saved for pair in PAIRS if _COMBINING.search(_upper_half(pair.saved))
)


def _stray_mark(fixed: str, pair: Pair) -> bool:
    """Whether a repair by ``pair`` left a combining mark with no letter before it."""
    # (A mark first: the scan for one skips in C to where one stands, which the
    # pattern, opening with what must not stand before it, cannot.)
    return (
        pair.saved in _MARKING_CODECS
        and _COMBINING.search(fixed) is not None
        and _STRAY_MARK.search(fixed) is not None
    )


# A byte sequence UTF-8 writes a character outside ASCII with, and a byte outside ASCII.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_UTF8_SHARE = 0.8  # of a line's bytes outside ASCII in UTF-8 sequences: UTF-8 shown so
_CONTINUATION_BYTES = bytes(range(0x80, 0xC0))


def _utf8_shown(line: str, pair: Pair) -> bool:
    """
    Whether ``line``, as the bytes ``pair`` reads, is mostly UTF-8: mojibake (``cafÃ©``).

    That is fix_encoding's to repair (ftfy's kind): undone as a legacy
    mix-up it only gets worse (``caf├®``). The bytes of text in an 8-bit
    code page seldom form UTF-8 sequences: a letter's lead byte is
    followed by another letter's, not by a symbol's. Every byte counted is
    outside ASCII, so the line's non_ascii_runs give the same answer.
    """
    try:
        raw = _encode(line, pair.read)
    except UnicodeError:
        return False
    return _utf8_shown_in(raw)


def _utf8_shown_in(raw: bytes) -> bool:
    """_utf8_shown of a line whose bytes, as its pair reads it, are ``raw``."""
    # (Counted in C: the bytes outside ASCII deleted, the UTF-8 sequences cut
    # out; no list of matches is made, on a long line one for each letter.)
    high = len(raw) - len(raw.translate(None, _HIGH_BYTES))
    # A sequence of n bytes holds n - 1 continuation bytes, n <= 2(n - 1):
    # where twice these fall short of the share, so do the sequences (the
    # bytes of Cyrillic or Greek letters seldom continue anything).
    continuing = len(raw) - len(raw.translate(None, _CONTINUATION_BYTES))
    if not high or 2 * continuing < _UTF8_SHARE * high:
        return False
    covered = len(raw) - len(_UTF8_SEQUENCE.sub(b"", raw))
    return covered >= _UTF8_SHARE * high


def _letter_count(text: str) -> int:
    """Letters in ``text``, a combining mark counted as one (Windows-1258's tone marks)."""
    return sum(map(str.isalpha, text)) + len(_COMBINING.findall(text))


def _words(text: str) -> list[str]:
    """
    Up to _MAX_WORDS words of ``text`` holding a character outside ASCII: the ones that differ.

    A word is a run of letters and non-ASCII characters, so a symbol a
    mis-read put inside a word (``b£lgar``) keeps it whole, and a mix-up
    maps each word onto the same span; what is not a letter at its ends is
    left out, so ``word…`` is looked up as ``word``.
    """
    return _words_at(text, _spans(text))


def _spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the first _MAX_WORDS words of ``text`` holding a character outside ASCII."""
    # A line and its candidate repairs are asked for their words again and
    # again as a decision goes on (scores, the verdict, the document's lines):
    # the last texts' spans are remembered (a new list each time, the caller's).
    found = _SPANS.get(text)
    if found is None:
        if len(_SPANS) >= _SPANS_LIMIT:
            _SPANS.clear()
        found = _SPANS[text] = tuple(islice(_tokens(text), _MAX_WORDS))
    return list(found)


_SPANS: dict[str, tuple[tuple[int, int], ...]] = {}
_SPANS_LIMIT = 256


def _words_at(text: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    """The words of ``text`` at ``spans`` (see _words), those with a letter left once trimmed."""
    tokens = list(map(text.__getitem__, starmap(slice, spans)))
    trimmed: list[str] = _remembered(_TRIMMED, tokens, _trim_anew)
    return list(filter(None, trimmed))


def _trim(word: str) -> str:
    """The word without what is not a letter at its ends (most words have none to lose)."""
    return _remember(_TRIMMED, word, _trim_anew, _WORD_MEMO_LIMIT)


# Facts of one word, remembered by word for the process: a text's
# candidates are the same words repaired pair by pair (and two pairs often
# repair a word alike), and its words recur from line to line and text to
# text. Each table is emptied when full, so a stream of distinct words
# cannot grow it without bound.
_WORD_MEMO_LIMIT = 100_000
_TRIMMED: dict[str, str] = {}


_Key = TypeVar("_Key")
_Answer = TypeVar("_Answer")


def _remember(
    memo: dict[_Key, _Answer], key: _Key, make: Callable[[_Key], _Answer], limit: int
) -> _Answer:
    """``make(key)``, looked up in ``memo`` first and kept (a memo of ``limit`` is emptied)."""
    found = memo.get(key)
    if found is None:
        if len(memo) >= limit:
            memo.clear()
        found = memo[key] = make(key)
    return found


def _remembered(
    memo: dict[_Key, _Answer],
    keys: Sequence[_Key],
    make: Callable[[_Key], _Answer],
    limit: int | None = None,
) -> list[_Answer]:
    """
    ``[make(key) for key in keys]``, each answer looked up in ``memo`` first and kept there.

    The look-ups run in C (map of dict.get); only the keys not yet in
    ``memo`` are worked out, one by one. A full memo (of ``limit``,
    _WORD_MEMO_LIMIT unless given) is emptied first.
    """
    # (Any: the answers, once no None is among them; typing.cast would be a call.)
    found: list[Any] = list(map(memo.get, keys))
    if None not in found:
        return found
    return [
        _remember(memo, key, make, limit or _WORD_MEMO_LIMIT) if answer is None else answer
        for key, answer in zip(keys, found, strict=True)
    ]


def _trim_anew(word: str) -> str:
    """_trim, worked out."""
    start, end = 0, len(word)
    while start < end and not word[start].isalpha():
        start += 1
    while end > start and not word[end - 1].isalpha():
        end -= 1
    return word[start:end]


def _odd_words(words: list[str]) -> int:
    r"""
    Words mixing Latin with Greek or Cyrillic letters, or in no case a word is written in.

    A no-break space parts two words (``%(count)s\xa0секунду`` holds a
    placeholder's ``s`` and a Russian word), though _words keeps them as one.
    """
    joined = " ".join(words)
    if _SPACES.isdisjoint(joined) and (
        _LATIN_SET.isdisjoint(joined) or _NON_LATIN_SET.isdisjoint(joined)
    ):
        # No word parts in two, and none mixes scripts (the words' letters
        # are of one script): only case counts, and a word in small letters
        # (most, picked out in C) is in a case words are written in.
        return sum(map(_odd_case, compress(words, map(str.__ne__, words, map(str.lower, words)))))
    return sum(_remembered(_ODD_PARTS, words, _odd_parts))


def _odd_parts(word: str) -> int:
    """The parts of ``word`` (see _odd_words) mixing scripts or in no case."""
    return sum(
        1
        for part in (word.split() if _SPACES.intersection(word) else (word,))
        if _odd_case(part) or _mixes_scripts(part)
    )


_ODD_PARTS: dict[str, int] = {}


# Spaces outside ASCII (no-break, thin, ideographic...): where words part.
_SPACES = frozenset(filter(str.isspace, code_points(0x80, 0x3001)))


def _odd_case(word: str) -> bool:
    """
    Whether the word is neither small, capitalised nor in capitals (``cafŽ``, ``TÓm``, ``PLATNé``).

    A word is written in one of those, and a mix-up maps small letters to
    small ones and capitals to capitals, or all to the other (KOI8-R read
    as Windows-1251): a repair that leaves a word in no such case is wrong.
    """
    if word in (word.lower(), word.upper()):  # (true of Arabic or Hebrew, which have no case)
        return False
    letters = "".join(filter(str.isalpha, word))
    return not (letters[:1].isupper() and letters[1:].islower())


def _known_share(words: list[str], languages: tuple[str, ...]) -> float:
    """The largest share of the words' letters, over ``languages``, in words that language knows."""
    return _best_known(words, languages)[1]


def _best_known(words: list[str], languages: tuple[str, ...]) -> tuple[str, float]:
    """The language of ``languages`` knowing the largest share of the words' letters, and it."""
    total = sum(map(len, words)) or 1
    # Letters known, by language: each word adds its length to the languages
    # knowing it (remembered by word), in integers, so the shares are exact.
    known = _known_letters(words, languages, spelled=True)
    shares = [(lang, known[index] / total) for index, lang in enumerate(languages)]
    return max(shares, key=lambda share: share[1])


def _known_letters(words: list[str], languages: tuple[str, ...], *, spelled: bool) -> list[int]:
    """
    For each of ``languages``, the letters of the words its lexicon lists.

    As the lexicon spells them (see _COMMA_BELOW) if ``spelled``, else as
    lexicon.known asks. Each word adds its length to the languages knowing
    it (remembered by word), in integers, so shares made of them are exact.
    """
    known = [0] * len(languages)
    memo = _KNOWING.get((languages, spelled))
    if memo is None:
        memo = _KNOWING[languages, spelled] = {}
    knowing = _remembered(memo, words, lambda word: _knowing(word, languages, spelled=spelled))
    for word, indices in zip(words, knowing, strict=True):
        for index in indices:
            known[index] += len(word)
    return known


# By (languages, spelled), by word: the indices of the languages whose lexicon lists the word.
_KNOWING: dict[tuple[tuple[str, ...], bool], dict[str, tuple[int, ...]]] = {}


def _knowing(word: str, languages: tuple[str, ...], *, spelled: bool) -> tuple[int, ...]:
    """The indices of ``languages`` listing ``word`` (as the lexicon spells it, if ``spelled``)."""
    mask, romanian = _remember(_LISTINGS, word, _listings, _WORD_MEMO_LIMIT)
    return _listing_indices(mask, romanian if spelled else mask, languages)


def _listings(word: str) -> tuple[int, int]:
    """
    Which languages list ``word``: lexicon.listing of its key, as it is and as Romanian spells it.

    Read from the lexicon's index, without loading any language's table;
    remembered by word (_LISTINGS), so a word every family of code pages
    asks about (those a repair leaves as they are) is looked up once.
    """
    key = lexicon.key(word)
    listed = key.translate(_COMMA_BELOW)  # as the Romanian lexicon spells it (see _as_listed)
    mask = lexicon.listing(key)
    return mask, (lexicon.listing(listed) if listed != key else mask)


_LISTINGS: dict[str, tuple[int, int]] = {}


@lru_cache(maxsize=4096)
def _listing_indices(mask: int, romanian: int, languages: tuple[str, ...]) -> tuple[int, ...]:
    """The indices of ``languages`` whose bit is set in ``mask`` (``romanian`` for Romanian)."""
    return tuple(
        index
        for index, lang in enumerate(languages)
        if lexicon.in_listing(romanian if lang == "ro" else mask, lang)
    )


# Romanian saved in a legacy code page writes ``ş`` and ``ţ`` with a cedilla
# (Windows-1250 and ISO-8859-2 have no comma below), and the lexicon lists
# ``ș`` and ``ț``: looked up and scored as listed, ``citeşte`` is ``citește``.
_CEDILLAS = "şţŞŢ"  # what _COMMA_BELOW changes
_COMMA_BELOW = str.maketrans(_CEDILLAS, "șțȘȚ")


def _as_listed(keyed: list[tuple[str, int]], lang: str) -> list[tuple[str, int]]:
    """The (key, length) pairs as ``lang``'s lexicon spells them."""
    if lang != "ro":
        return keyed
    return [(key.translate(_COMMA_BELOW), length) for key, length in keyed]


def _spelled_for(text: str, languages: tuple[str, ...]) -> str:
    """``text`` as the lexicon of ``languages`` spells it (see _COMMA_BELOW)."""
    # (Translated only where a cedilla stands: four scans in C, where a
    # translation looks each character up in the table.)
    if "ro" in languages and any(char in text for char in _CEDILLAS):
        return text.translate(_COMMA_BELOW)
    return text


_ASCII_WORD = re.compile(r"\b[A-Za-z]{3,}\b")
_MIN_ASCII_WORDS = 2  # a line's plain words that must back the repair's language
_MIN_ASCII_KNOWN = 0.5
# A repair into the one language of its code page, whose words are mostly
# known and far more plausible, needs less backing from plain words
# (Turkish, agglutinative, has few of them in a lexicon).
_MIN_ASCII_KNOWN_STRONG = 0.3
_MIN_ASCII_KNOWN_BEST = 0.2  # or this share, where every other language knows fewer
_STRONG_GAIN = 1.0
_STRONG_KNOWN = 0.5
# Placeholders and tags: names for programs, in no language.
_MARKUP = re.compile(r"%\([^)]*\)|\{[^}]*\}|<[^>]*>|https?://\S+")


def _ascii_words_agree(
    text: str,
    pair: Pair,
    *,
    strong: bool = False,
    repaired: str | None = None,
    fewest: int = _MIN_ASCII_WORDS,
    garbled: bool = False,
) -> bool:
    """
    Whether the text's plain ASCII words are in the language the repaired words are in.

    A Czech line mixed up keeps its unaccented words Czech; a genuine line
    of a language no lexicon ships (Albanian, Estonian) has plain words no
    candidate language knows. Only asked of Latin-script repairs, since
    Russian or Greek text holds Latin names and markup as a matter of course.
    """
    if pair.saved in _NON_LATIN_CODECS:
        return True
    plain = _plain_words(text)
    if len(plain) < fewest:
        return True
    least = _MIN_ASCII_KNOWN_STRONG if strong else _MIN_ASCII_KNOWN
    languages = pair.languages if repaired is None else _languages_of(repaired, pair)
    covered = max(_coverages(plain, languages))
    if covered >= least or not garbled:
        return covered >= least
    # Inflected and compound words (Finnish ``kokonaisluku``, Swedish
    # ``Basklassen``) are often missing from a lexicon: where the input is
    # ``garbled`` (_garbled), a share of them known in the repair's language,
    # and less in every other, says it is theirs.
    others = [lang for lang in lexicon.LANGUAGES if lang not in pair.languages]
    return covered >= _MIN_ASCII_KNOWN_BEST and all(
        share < covered for share in _coverages(plain, others)
    )


def _coverages(words: list[str], languages: Iterable[str]) -> list[float]:
    """
    lexicon.coverage(words, lang) of each of ``languages``, read from the lexicon's index.

    The index lists a key for a language exactly where its table does (the
    tests of the shipped index check it), so the shares are coverage's; but
    no table is loaded for them (10 to 30 ms each, and a pair of Western
    languages asks 14 at once), and each word is looked up once for all
    the languages (_listings, remembered by word).
    """
    masks = [_remember(_LISTINGS, word, _listings, _WORD_MEMO_LIMIT)[0] for word in words]
    if not masks:
        return [0.0 for _ in languages]
    return [
        sum(lexicon.in_listing(mask, lang) for mask in masks) / len(masks) for lang in languages
    ]


def _plain_words(text: str) -> list[str]:
    """
    The first _MAX_WORDS plain ASCII words of ``text``, outside markup, that may tell its language.

    Words in capitals (``DEBUG``, ``URL``) are names for programs and
    abbreviations, in no one language, where the text has words in small
    letters to tell by; a text in capitals is told by its capitals.
    """
    prose = _MARKUP.sub(" ", text)
    plain = list(islice((m[0] for m in _ASCII_WORD.finditer(prose)), _MAX_WORDS))
    small = [word for word in plain if not word.isupper()]
    return small if len(small) >= _MIN_ASCII_WORDS else plain


_NEAR_BEST = 0.5  # of the best known share, that a language knowing the repair must reach


def _languages_of(repaired: str, pair: Pair) -> tuple[str, ...]:
    """
    The languages of ``pair`` that know the repaired words nearly as well as the best one.

    A document is in one language: Spanish plain words do not back a word
    repaired into Icelandic (``LIÑA`` is not ``LIÐA``).
    """
    words = _words(repaired)
    total = sum(map(len, words)) or 1
    known = _known_letters(words, pair.languages, spelled=False)  # (as lexicon.known asks)
    shares = {lang: letters / total for lang, letters in zip(pair.languages, known, strict=True)}
    best = max(shares.values())
    return tuple(lang for lang, share in shares.items() if share >= _NEAR_BEST * best)


_MODEL_WORDS = 8000  # most frequent words per language the letter statistics come from
_UNSEEN = math.log(1e-7)


@cache
def _letter_pairs(languages: tuple[str, ...]) -> dict[str, float]:
    """
    Log-probabilities of letter pairs (with word edges as spaces) in running text of ``languages``.

    As letter_pair_model builds them; shipped precomputed (see codepage_tables).
    """
    shipped = codepage_tables.shipped(_letter_pairs_key(languages))
    return letter_pair_model(languages) if shipped is None else cast("dict[str, float]", shipped)


def _letter_pairs_key(languages: tuple[str, ...]) -> str:
    return f"letter pairs {_MODEL_WORDS} {' '.join(languages)}"


def letter_pair_model(languages: tuple[str, ...]) -> dict[str, float]:
    """
    Log-probabilities of letter pairs in running text of ``languages``, built from the lexicon.

    Counted over the lexicon's most frequent words, each weighted by its
    frequency, so the table is what the languages' text looks like.
    """
    counts: dict[str, float] = {}
    for lang in languages:
        for word, zipf in islice(lexicon.words(lang).items(), _MODEL_WORDS):
            weight = 10 ** (zipf - 3)
            padded = f" {word} "
            for i in range(len(padded) - 1):
                pair = padded[i : i + 2]
                counts[pair] = counts.get(pair, 0.0) + weight
    total = sum(counts.values())
    return {pair: math.log(count / total) for pair, count in counts.items()}


def _plausibility(words: list[str], languages: tuple[str, ...]) -> float:
    """Mean log-probability of the words' letter pairs in ``languages``' text: letter statistics."""
    # Each word is padded with a space either side (`` word ``): the words
    # joined by one space, and padded so, hold the same letter pairs in the
    # same order, so one pass in C makes and looks them all up (a fresh
    # text's words are mostly new: a memo by word missed, word by word).
    # Casefolding and the Romanian spelling map each character alone.
    padded = f" {_spelled_for(' '.join(words).casefold(), languages)} " if words else ""
    scores = list(map(_letter_pairs(languages).get, _bigrams(padded), repeat(_UNSEEN)))
    return sum(scores) / len(scores)


def _bigrams(padded: str) -> map[str]:
    """The letter pairs of ``padded``, in order: ``" ab "`` gives `` a``, ``ab``, ``b ``."""
    return map(str.__add__, padded, padded[1:])


def _changed_pairs_gain(
    line: str, fixed: str, pair: Pair, spans: Sequence[tuple[int, int]] | None = None
) -> float:
    """
    Letter statistics where the two differ, repaired against as read.

    The mean log-probability of the letter pairs a mix-up changed, in the
    repair's languages, less that of the input's in the read-as ones.

    Names no lexicon lists still read well or badly where the change is:
    ``Biélorusse`` against ``Bi‚lorusse``. ``spans`` are _spans(line), if known.
    """
    old, new = _compared_words(line, fixed, spans)
    # Where the pairs differ: a pair differs where either of its letters
    # does (the letters compared in C, no pair made). Then only those pairs,
    # as each lexicon spells them (a letter for a letter, so pair for pair),
    # are made and scored: a repair changes a few letters of most words.
    differ = list(map(str.__ne__, old, new))
    places = list(map(or_, differ, differ[1:]))  # (a pair at each place: whether it differs)
    count: int = sum(places)
    if not count:
        return 0.0
    after, before = _spelled_for(new, pair.languages), _spelled_for(old, pair.read_languages)
    after_pairs, before_pairs = _letter_pairs(pair.languages), _letter_pairs(pair.read_languages)
    after_score: float = sum(
        map(after_pairs.get, compress(_bigrams(after), places), repeat(_UNSEEN))
    )
    before_score: float = sum(
        map(before_pairs.get, compress(_bigrams(before), places), repeat(_UNSEEN))
    )
    return (after_score - before_score) / count


def _compared_words(
    line: str, fixed: str, spans: Sequence[tuple[int, int]] | None = None
) -> tuple[str, str]:
    """
    The words of ``line`` and of its repair ``fixed`` that _changed_pairs_gain compares, joined.

    Each padded with a space (`` word ``), of like length letter for letter.
    """
    cuts = list(starmap(slice, _spans(line) if spans is None else spans))
    shown_words = list(map(line.__getitem__, cuts))
    fixed_words = list(map(fixed.__getitem__, cuts))
    # Each word is compared with its repair letter pair by letter pair, both
    # padded with a space (`` word ``), casefolded or, where that leaves them
    # of unlike length (``ß`` is ``ss``: cp850 ``á`` is Windows-1252 ``ß``), in
    # small letters, or not at all if those are unlike too. The words joined
    # by one space, and padded so, hold each word's pairs in order, and the
    # pairs that differ only inside words: compared in one pass in C (a
    # fresh text's words are mostly new: a memo by word missed).
    shown_joined = f" {' '.join(shown_words)} "
    old = shown_joined.casefold()
    new = f" {' '.join(fixed_words)} ".casefold()
    # (Casefolding never shortens a character: as long as the words shown, each
    # of their letters and of the repair's stayed one.)
    if len(line) != len(fixed) or not len(old) == len(new) == len(shown_joined):
        olds, news = [], []
        for shown, repaired in zip(shown_words, fixed_words, strict=True):
            shown_folded, repaired_folded = shown.casefold(), repaired.casefold()
            if len(shown_folded) != len(repaired_folded):
                shown_folded, repaired_folded = shown.lower(), repaired.lower()
                if len(shown_folded) != len(repaired_folded):
                    continue
            olds.append(shown_folded)
            news.append(repaired_folded)
        old, new = f" {' '.join(olds)} ", f" {' '.join(news)} "
    return old, new


def _letters(text: str) -> int:
    """Letters outside ASCII: a mix-up leaves ASCII as it is, so only these can differ."""
    return _letter_count(non_plain(text))


# Greek and Cyrillic letters that look like Latin ones, to Latin: a word
# mixing scripts is more often written with look-alikes on purpose (or by
# accident) than shown through a code page; fix_homoglyphs takes those.
_TO_LATIN = str.maketrans(LOOKALIKES["Latin"])
_LOOKALIKE_CHARS = frozenset(LOOKALIKES["Latin"])
_TO_LATIN_TWIN: dict[str, str] = LOOKALIKES["Latin"]


def _only_lookalikes(words: list[str]) -> bool:
    """
    Whether the Greek and Cyrillic letters in words that mix scripts all look like Latin ones.

    Look-alikes written on purpose are only ever those; Western text shown
    as Windows-1251 turns ``è`` and ``é`` into ``и`` and ``й`` as well.
    """
    return all(
        _LOOKALIKE_CHARS.issuperset(_NON_LATIN_SET.intersection(word))
        for word in words
        if _mixes_scripts(word)
    )


_CYRILLIC_LOOKALIKE_CHARS = frozenset(LOOKALIKES["Cyrillic"])


def _homoglyphs_known(line: str, spans: Sequence[tuple[int, int]], words: list[str]) -> float:
    """
    The known share, in any Latin language, of the words with their look-alikes read as Latin.

    -1 unless each Cyrillic or Greek letter stands in a word mostly Latin:
    then the look-alikes were typed there, not made by a code page.
    """
    if not _lookalikes_in_latin_words(words):
        return -1.0
    return _known_share(_words_at(line.translate(_TO_LATIN), spans), _LATIN_LANGUAGES)


def _lookalikes_in_latin_words(words: list[str]) -> bool:
    """
    Whether every Cyrillic or Greek letter of ``words`` stands in a word mostly of Latin letters.

    A mix-up that reads text as Cyrillic makes whole Cyrillic words of most
    of its words; look-alikes typed or planted in Latin text leave them Latin.
    """
    return all(
        _count_in(_LATIN_SET, word) > _count_in(_NON_LATIN_SET, word)
        for word in words
        if not _NON_LATIN_SET.isdisjoint(word)
    )


def _written_with_lookalikes(words: list[str]) -> bool:
    """
    Whether each word mixing scripts has look-alikes of the other script's letters only.

    Latin words with Cyrillic ``а`` or ``о``, Cyrillic words with Latin
    ``a`` or ``p``. No code page shows text so: ASCII reads the same in all,
    and Western text read as Windows-1251 makes ``й`` and ``п`` as well.
    """
    return all(map(_lookalikes_only, words))


def _lookalikes_only(word: str) -> bool:
    """Whether ``word``, if it mixes scripts, has look-alikes of the other script's letters only."""
    if not _mixes_scripts(word):
        return True
    latin = _LATIN_SET.intersection(word)
    others = _NON_LATIN_SET.intersection(word)
    return _LOOKALIKE_CHARS.issuperset(others) or _CYRILLIC_LOOKALIKE_CHARS.issuperset(latin)


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


_READ_CODECS = tuple(dict.fromkeys(pair.read for pair in PAIRS))


def _readable(line: str) -> bool:
    """Whether any code page a mix-up is read in can encode the line."""
    for codec in _READ_CODECS:
        try:
            _encode(line, codec)
        except UnicodeEncodeError:
            continue
        return True
    return False


def _looks_genuine(text: str) -> bool:
    """
    Whether the words the telltale scans flag are mostly known as they stand, in some language.

    Icelandic ``með`` or Danish ``søg`` hold what a Turkish or Baltic
    mix-up leaves, and are known words; ``deðiþtir`` or ``következõ`` are not.
    A word mixing scripts counts as known when it is once its look-alike
    letters are read in one script (``mоbilizаtiоn`` with Cyrillic ``о``
    and ``а``, ``прогрaмма`` with a Latin ``a``): written with look-alikes,
    which fix_homoglyphs repairs, not shown through a code page, which makes
    letters no look-alike stands for (``cafй``, ``рТЙЧЕФ``).
    """
    words = _flagged_words(text)
    if not words:
        return False
    facts = _remembered(_WORD_FACTS, words, _word_facts_anew, _WORD_FACTS_LIMIT)
    # Look-alikes are read as such only where every word mixing scripts
    # holds nothing else: a code page makes ``й`` and ``п`` as well.
    fold = all(lookalikes_only for lookalikes_only, _, _ in facts)
    # No language writes a word in odd case (``версиЯ``, ``aÐ``): whatever the
    # lexicon lists it as once casefolded, it is no known word.
    # A word's readings are worked out when a lexicon asks for them (the
    # costly part, for a word not seen before).
    readings: list[tuple[str, ...] | None] = [None] * len(words)

    def reading(index: int) -> tuple[str, ...]:
        found = readings[index]
        if found is None:
            _, key, odd = facts[index]
            found = () if odd else (_word_readings(words[index]) if fold else (key,))
            readings[index] = found
        return found

    # The language that knew the last genuine text's words is asked first:
    # texts come in runs of one language, and it mostly decides on the first
    # few words. Any language may answer, so the order changes nothing.
    last = _last_knowing[0]
    if last is not None and _knows_share(lexicon.words(last), len(words), reading):
        return True
    # Then every language at once: each word's readings stand for the
    # languages knowing one of them, as a one in that language's field of a
    # packed integer (remembered by readings), so one sum counts the known
    # words of every language, and one addition and mask tells whether any
    # count reaches the share.
    counts = sum(_known_vector(reading(index)) for index in range(len(words)))
    enough = (counts + _reach(len(words))) & _FIELD_TOPS
    if enough:
        _last_knowing[0] = lexicon.LANGUAGES[(enough.bit_length() - 1) // _FIELD]
    return bool(enough)


# The language that last found a text's flagged words known (see _looks_genuine).
_last_knowing: list[str | None] = [None]


def _knows_share(
    table: dict[str, float], count: int, reading: Callable[[int], tuple[str, ...]]
) -> bool:
    """
    Whether ``table`` knows _GENUINE of the ``count`` words, some reading of each.

    A language is given up as soon as it has missed more words than that
    share allows, and taken as soon as it knows that share, whatever the
    words left.
    """
    allowed = count * (1 - _GENUINE)
    known = missed = 0
    for index in range(count):
        keys = reading(index)
        if keys is _CYRILLIC_WITH_LATIN or not table.keys().isdisjoint(keys):
            known += 1
            if known / count >= _GENUINE:
                return True
        else:
            missed += 1
            if missed > allowed:
                return False
    return known / count >= _GENUINE


# Bits of a language's field in _known_vector: counts up to _MAX_WORDS, and
# what _reach adds to them, stay below its top bit, so no field carries into the next.
_FIELD = 8
_FIELD_TOP = 1 << (_FIELD - 1)
_ONE_EACH = sum(1 << (_FIELD * index) for index in range(len(lexicon.LANGUAGES)))
_FIELD_TOPS = _FIELD_TOP * _ONE_EACH
_NOT_KNOWN = 0


def _reach(count: int) -> int:
    """
    What, added to the packed counts of ``count`` words, sets the top bit of fields known enough.

    Each field gets _FIELD_TOP less the fewest known words whose share of
    ``count`` is _GENUINE (as the share is worked out, in floating point).
    """
    least = next(known for known in range(count + 1) if known / count >= _GENUINE)
    return (_FIELD_TOP - least) * _ONE_EACH


def _known_vector(readings: tuple[str, ...]) -> int:
    """
    One in the field of each shipped language whose lexicon lists one of ``readings``.

    A Cyrillic word with Latin look-alikes (_CYRILLIC_WITH_LATIN) counts as
    known in every language. Remembered by readings, in _READINGS' bounds.
    """
    if readings is _CYRILLIC_WITH_LATIN:
        return _ONE_EACH
    return _remember(_KNOWN_VECTORS, readings, _known_vector_anew, _WORD_FACTS_LIMIT)


def _known_vector_anew(readings: tuple[str, ...]) -> int:
    """_known_vector of readings other than _CYRILLIC_WITH_LATIN, worked out."""
    listing = 0
    for key in readings:  # the lexicon's index: no language's table loaded
        listing |= lexicon.listing(key)
    return sum(
        1 << (_FIELD * index) for index in range(len(lexicon.LANGUAGES)) if listing >> index & 1
    )


_KNOWN_VECTORS: dict[tuple[str, ...], int] = {}


# What _looks_genuine asks of each flagged word, by word: (whether it is
# written with look-alikes only, its key, whether its case is odd); and, in
# _READINGS, its _readings, the costly part. Words repeat, in a text and from
# text to text; each is emptied when full, so a stream of distinct words
# cannot grow it without bound.
_WORD_FACTS: dict[str, tuple[bool, str, bool]] = {}
_READINGS: dict[str, tuple[str, ...]] = {}
_WORD_FACTS_LIMIT = 100_000


def _word_facts(word: str) -> tuple[bool, str, bool]:
    """What _looks_genuine asks of ``word`` (see _WORD_FACTS), remembered."""
    return _remember(_WORD_FACTS, word, _word_facts_anew, _WORD_FACTS_LIMIT)


def _word_facts_anew(word: str) -> tuple[bool, str, bool]:
    """What _looks_genuine asks of ``word``, worked out."""
    return _lookalikes_only(word), lexicon.key(word), _odd_case(word)


def _word_readings(word: str) -> tuple[str, ...]:
    """_readings(word), remembered (see _WORD_FACTS)."""
    found = _READINGS.get(word)  # (asked of every flagged word: the look-up first, inline)
    return _remember(_READINGS, word, _readings, _WORD_FACTS_LIMIT) if found is None else found


# What an unflagged mix-up does not hold: small Cyrillic letters (Cyrillic
# mix-ups no scan flags are in capitals only), Greek letters (no pair reads
# text as Greek) and UTF-8 read as Latin (``Ã©``, fix_encoding's, which runs
# first).
# (As one class, Ã or Â asking for what follows: an alternation of classes is
# tried branch by branch at every character.)
_NOT_UNFLAGGED = re.compile("[а-яёіїєґўђѓѕјљњћќџͰ-ϿÃÂ](?:(?<![ÃÂ])|(?=[\x80-\xbf]))")
# The characters it is led by: a text whose characters hold none is not searched.
_NOT_UNFLAGGED_LEADS = chars_matching(re.compile("[а-яёіїєґўђѓѕјљњћќџͰ-ϿÃÂ]"))


def _unflagged_suspect(text: str) -> bool:
    """
    Whether a text no scan flags is worth scoring pairs for: its words are not known as they stand.

    (Letters one language writes are a mix-up only if a scan flags them:
    Italian ``è`` may be Czech ``č``, but ``poichè`` is not ``poichč``.)

    A mix-up may leave plausible letters (Romanian ``parolã``; Bulgarian in
    small letters read as KOI8-R, all capitals, the only Cyrillic kind): the
    lexicon tells, but only on enough distinct words (``п.п.``, ``ДП`` are
    not), and only if they are not known as they stand (genuine Italian),
    which is asked first, of the first few words, as the cheaper question.
    """
    if not _NOT_UNFLAGGED_LEADS.isdisjoint(notable_chars(text)) and _NOT_UNFLAGGED.search(text):
        return False
    # The first _UNFLAGGED_SAMPLE words (see _unflagged_sample) are read one
    # by one, and no more once enough are known that the rest cannot make
    # the text a suspect: clean prose is mostly known words. Known each in
    # some language, not all in one: a page mixing English and French is
    # genuine too, and a mix-up no scan flags makes words no language knows
    # (``castellą``).
    distinct: set[str] = set()
    outside = known = 0  # words still outside ASCII once trimmed; those known somewhere
    for seen, (start, end) in enumerate(islice(_tokens(text), _UNFLAGGED_SAMPLE), start=1):
        word, known_here = _sample_at(text, start, end)
        if len(word) >= _MIN_LETTERS or known_here is False:
            distinct.add(word)
        # Only words still holding a letter outside ASCII once trimmed say what
        # the text is as it stands: ``castell…`` (Catalan ``castellà`` saved in
        # cp850) is known as ``castell``.
        if known_here is not None:
            outside += 1
            known += known_here
            if known >= _GENUINE * (outside + _UNFLAGGED_SAMPLE - seen):
                return False  # _GENUINE of them known, whatever the rest are
    return len(distinct) >= _UNFLAGGED_WORDS and not (outside and known >= _GENUINE * outside)


def _sample_at(text: str, start: int, end: int) -> tuple[str, bool | None]:
    """
    The token at ``start:end`` trimmed, and whether it is known as it stands (see _sample_word).

    Two short words are unknown whatever the lexicon lists (it lists single
    letters, and ``tv``): a capital standing alone between small words
    (Italian ``è`` read in another code page, ``non Š possibile``), and small
    letters ending in what a pair shows a letter as (Swedish ``två``, ``tv†``).
    """
    word, known_here = _sample_word(text[start:end])
    if known_here is not None and _lone_capital_at(text, start, end):
        return word, False
    if known_here is None and _ends_in_letter_shown_as_symbol(text[start:end]):
        return word, False
    return word, known_here


# What a pair shows a letter as when no letter, less the typography that
# ends words in genuine text (quotes, guillemets, an ellipsis).
_SYMBOL_FOR_LETTER = _PUNCT_FROM_LETTERS - frozenset("“”‘‚„«»…")


def _ends_in_letter_shown_as_symbol(token: str) -> bool:
    """Whether ``token`` is small letters and then one _SYMBOL_FOR_LETTER (``tv†``, ``pu˜``)."""
    word = token.rstrip(".,;:!?)")
    return (
        len(word) >= 2  # a letter and the symbol
        and word[-1] in _SYMBOL_FOR_LETTER
        and word[:-1].isalpha()
        and word[:-1].islower()
    )


def _lone_capital_at(text: str, start: int, end: int) -> bool:
    """Whether the token at ``start:end`` is one capital outside ASCII between two small words."""
    return (
        end - start == 1
        and text[start].isupper()
        and start >= 2
        and text[start - 1] == " "
        and text[start - 2].islower()
        and text[end : end + 1] == " "
        and text[end + 1 : end + 2].islower()
    )


@remembered_for_last  # (asked by _left_at_once, then by _repairs of the same text)
def _unflagged_worth_scoring(text: str) -> bool:
    """
    Whether a text no scan flags is worth scoring pairs for.

    An _unflagged_suspect; or one whose Latin letters no one language writes
    all of, however many of its first words are known: some letters are a
    mix-up's (French ``indiquée`` beside ``Documentaēćo``), and the best
    repair's words decide.
    """
    if _latin_letters_of_no_language(notable_chars(text)) and not _NOT_UNFLAGGED.search(text):
        return True
    return _unflagged_suspect(text) or _foreign_letter_word(text)


def _foreign_letter_word(text: str) -> bool:
    """
    Whether a word of ``text`` holds a letter its plain words' language does not write, unlisted.

    A short text with one letter mixed up (Italian ``è`` saved in Windows-1252
    and read as Baltic 1257: ``Questo campo č obbligatorio``) shows a letter
    some language writes and lists as a word, so no scan flags it and its
    words are known somewhere. But its plain words tell its language, whose
    orthography (_written) has no such letter, and whose lexicon lists no
    such word: the pairs are then scored, and the repair must make a word of
    that language (_letters_are_words for a letter standing alone). Genuine
    Czech ``č`` is Czech's own letter, in Czech text.
    """
    if _two_letters_no_latin_language_writes(notable_chars(text)):
        return False  # (no language is left to misread a letter in: see there)
    found_in = _LONE_LETTER_OR_END_SYMBOL.finditer(text, 0, _FOREIGN_LETTER_REACH)
    hits = {hit[0] for hit in islice(found_in, _UNFLAGGED_SAMPLE)}
    if not hits:
        return False  # (one search in C: most texts stop here)
    # A set test next: the text's other letters say which languages it may be
    # in (Italian prose's ``à ò ù`` are no Czech, whose ``č`` its lone ``è``
    # may be), and one of them must not write the letter (_misread_languages).
    misread = _misread_languages(hits, notable_chars(text))
    if not misread:
        return False
    # Then the language of the first plain words (as _plain_language, on fewer).
    head = _MARKUP.sub(" ", text[:_FOREIGN_LETTER_REACH])
    plain = list(islice((m[0] for m in _ASCII_WORD.finditer(head)), _UNFLAGGED_SAMPLE))
    if len(plain) < _MIN_ASCII_WORDS:
        return False
    lang, share = lexicon.best_language(plain)
    if lang not in _LATIN_LANGUAGES or share < _MIN_ASCII_KNOWN:
        return False
    bit = 1 << _LATIN_LANGUAGES.index(lang)
    return any(
        misread.get(char, 0) & bit and not lexicon.listed(lexicon.key(char), lang) for char in hits
    )


def _two_letters_no_latin_language_writes(chars: AbstractSet[str]) -> bool:
    """
    Whether two of ``chars`` are Greek or Cyrillic letters that no Latin language writes.

    Then every language misses two of the text's letters, so none is left
    that all its letters but one fit, and _misread_languages finds no letter
    misread, whatever the hits: Russian or Greek prose, whose lone letters
    (``в``, ``и``, ``ο``) would otherwise be searched for over its first
    _FOREIGN_LETTER_REACH characters, each a character outside ASCII the
    search stops at. A set test and two shipped masks looked up.
    """
    unwritten = 0
    for char in _NON_LATIN_LETTERS.intersection(chars):
        if not _char_masks(char).fits:
            unwritten += 1
            if unwritten == 2:  # (two: "all letters but one" leaves no language)
                return True
    return False


def _misread_languages(hits: AbstractSet[str], chars: AbstractSet[str]) -> dict[str, int]:
    """
    Each of ``hits`` that a language the text's other letters leave may show its letter as.

    The languages as bits (_char_masks' fits): those writing every letter
    of ``chars``, the text's, but this one, less those writing this one
    (_misread_for). A language all letters but one fit is left for that one.
    """
    fits, fits_but_one = _ALL_LANGUAGES, _ALL_LANGUAGES
    for char in chars:
        if char.isalpha():  # (anything else every language fits)
            masks = _char_masks(char)
            fits_but_one = (fits_but_one & masks.fits) | fits
            fits &= masks.fits
    found = {}
    for char in hits:
        others = fits | (fits_but_one & ~_char_masks(char).fits)
        if misread := _misread_for(char) & others:
            found[char] = misread
    return found


@cache
def _misread_for(char: str) -> int:
    """
    The Latin languages (bits, as _char_masks' fits) that may show one of their letters as ``char``.

    Those that do not write ``char`` themselves, where a pair saving them
    reads a letter of theirs as it (Italian ``è`` as Baltic ``č``, ``ò`` as
    DOS ``•``).
    """
    made = [(pair, _convert(char, pair)) for pair in PAIRS]
    bits = 0
    for bit, lang in enumerate(_LATIN_LANGUAGES):
        written = _written(lang)
        if char.isalpha() and written.issuperset(_folded(char)):
            continue
        if any(
            lang in pair.languages
            and letter is not None
            and letter != char
            and letter.isalpha()
            and written.issuperset(_folded(letter))
            for pair, letter in made
        ):
            bits |= 1 << bit
    return bits


# Characters from a text's start searched for them: a short text whole, a long
# one's first words (as _unflagged_suspect samples them), at a bounded cost.
_FOREIGN_LETTER_REACH = 1024
# What a short text with one letter mixed up shows (see _foreign_letter_word): a
# letter outside ASCII standing as a word (``č``), or a symbol a pair shows a
# letter as ending small letters (``pu•``, ``gi‡``; not a quote, an apostrophe
# or an ellipsis, which end words in genuine text).
_END_SYMBOLS = re.escape("".join(sorted(_SYMBOL_FOR_LETTER | _DASHES_FROM_LETTERS)))
# (Led by any character outside ASCII, so the search skips to one in C.)
_LONE_LETTER_OR_END_SYMBOL = re.compile(
    "[^\\x00-\\x7f](?:(?<=(?<![^\\W_])[^\\W\\d_])|(?<=[a-z][" + _END_SYMBOLS + "]))(?![^\\W_])"
)


def _latin_letters_of_no_language(chars: frozenset[str]) -> bool:
    """Whether these notable characters hold Latin letters no one Latin language writes all of."""
    return _NON_LATIN_LETTERS.isdisjoint(chars) and _plainly_genuine(chars) == _UNFIT


# Whether a key is known in some shipped language, remembered for the process:
# every text no scan flags asks it of its first accented words, up to 35
# lookups a word, and words repeat. Emptied when full, so a stream of distinct
# words cannot grow it without bound.
_KNOWN_ANYWHERE: dict[str, bool] = {}
_KNOWN_ANYWHERE_LIMIT = 200_000


def _sample_word(token: str) -> tuple[str, bool | None]:
    """
    The token trimmed, and whether some language knows it (None if it is ASCII once trimmed).

    Remembered by token, in _KNOWN_ANYWHERE's bounds: the first words of
    texts in one language are mostly a few hundred common ones.
    """
    found = _SAMPLE_WORDS.get(token)
    if found is None:
        word = _trim(token)
        found = (word, None if word.isascii() else _known_anywhere(lexicon.key(word)))
        if len(_SAMPLE_WORDS) >= _KNOWN_ANYWHERE_LIMIT:
            _SAMPLE_WORDS.clear()
        _SAMPLE_WORDS[token] = found
    return found


_SAMPLE_WORDS: dict[str, tuple[str, bool | None]] = {}


def _known_anywhere(key: str) -> bool:
    """Whether any shipped language lists ``key`` (a lexicon.key)."""
    found = _KNOWN_ANYWHERE.get(key)
    if found is None:
        found = lexicon.listed_anywhere(key)  # the shipped index: no table loaded
        if len(_KNOWN_ANYWHERE) >= _KNOWN_ANYWHERE_LIMIT:
            _KNOWN_ANYWHERE.clear()
        _KNOWN_ANYWHERE[key] = found
    return found


def _unflagged_sample(text: str) -> list[str]:
    """The first _UNFLAGGED_SAMPLE words of ``text`` holding a character outside ASCII."""
    return _words_at(text, list(islice(_tokens(text), _UNFLAGGED_SAMPLE)))


def _distinct(words: list[str]) -> set[str]:
    """The distinct words of _MIN_LETTERS or more: what an unflagged text is judged on."""
    return {word for word in words if len(word) >= _MIN_LETTERS}


def _backed_by_plain_words(text: str, repaired: str, pair: Pair) -> bool:
    """
    Whether ``text`` has _MIN_ASCII_WORDS plain words, known in the language of the repair.

    What an unflagged text of one word outside ASCII must have: one word
    is a name or a word of a language no lexicon ships as often as a mix-up
    (Albanian ``Këtë``, Azerbaijani ``E-poçt``), but its plain words tell
    (``Nikuaraganski ¹panski`` among ``persijski``, ``francuski``).
    """
    if pair.saved in _NON_LATIN_CODECS:
        return False  # a Cyrillic or Greek word among Latin ones is no evidence
    plain = list(islice((m[0] for m in _ASCII_WORD.finditer(_MARKUP.sub(" ", text))), _MAX_WORDS))
    return len(plain) >= _MIN_ASCII_WORDS and _ascii_words_agree(text, pair, repaired=repaired)


_TO_CYRILLIC = str.maketrans(LOOKALIKES["Cyrillic"])
# Western text read as Windows-1251 makes Cyrillic letters too, and some
# look like Latin ones (``à`` shows as ``а``): a word is taken as written with
# look-alikes only where it is not as well known read back from that.
_WESTERN_AS_CYRILLIC = Pair("cp1252", _1251, WESTERN, CYRILLIC)


def _western_accented(word: str) -> bool:
    """
    Whether ``word`` (a key) is one of `western_accented_words`, asked of the shipped index.

    A set of the 53,000 words took 26 ms of a new process's first use to
    build, and shipped, half of fix_legacy_codepage's table file to load; a
    word asked here is one with mixed scripts, which few texts hold.
    """
    if word.isascii():
        return False
    mask = lexicon.listing(word)
    return mask != 0 and any(lexicon.in_listing(mask, lang) for lang in WESTERN)


def western_accented_words() -> frozenset[str]:
    """The words of the Western languages holding a letter outside ASCII, from the lexicon."""
    return frozenset(word for lang in WESTERN for word in lexicon.words(lang) if not word.isascii())


def tables_to_ship() -> dict[str, object]:
    """
    Every table codepage_tables ships, by key, as built from the lexicon.

    Each language's letters, the letter-pair model of each family of
    languages a pair saves or reads, and the masks of the common characters.
    """
    tables: dict[str, object] = {
        _alphabet_key(lang): alphabet_letters(lang) for lang in lexicon.LANGUAGES
    }
    families = dict.fromkeys(
        langs for pair in PAIRS for langs in (pair.languages, pair.read_languages)
    )
    tables.update((_letter_pairs_key(langs), letter_pair_model(langs)) for langs in families)
    tables[_masks_key()] = {char: list(char_masks(char)) for char in masked_chars()}
    return tables


# A Cyrillic word with a few Latin look-alikes in it (``прогрaмма``): no
# code page makes one, since ASCII reads the same in all (Western text read
# as Windows-1251 keeps its ASCII letters, most of a word, and makes the
# others Cyrillic). It counts as known, whether the lexicon lists it or not.
_CYRILLIC_WITH_LATIN = ("",)
# Cyrillic letters such a word has at least: fewer may be a mix-up glued to
# a placeholder (``%(count)sяз``); and no capital after a small letter, which
# KOI8-R read as Windows-1251 makes (``аЗДЕЫo``), nor symbols, which DOS
# Russian read as Windows-1251 makes (``sя¬Ё­гвг``).
_MIN_CYRILLIC = 3
_CYRILLIC_LETTER = re.compile("[Ѐ-ӿ]")


def _readings(word: str) -> tuple[str, ...]:
    """
    The word's key, and its look-alikes read in each script if it mixes scripts.

    Not the latter when read back as Windows-1252 it is a word some
    Western language knows (``castellа``, ``nгo``).
    """
    key = lexicon.key(word)
    if not _mixes_scripts(key):
        return (key,)
    cyrillic = _count_in(_CYRILLIC_SET, word)
    if (
        cyrillic >= _MIN_CYRILLIC  # (asked first: counting the Latin letters costs as much)
        and cyrillic > _count_in(_LATIN_SET, word)
        and _CYRILLIC_LOOKALIKE_CHARS.issuperset(_LATIN_SET.intersection(word))
        and not _CASE_FLIP.search(word)
        and word.isalpha()
    ):
        return _CYRILLIC_WITH_LATIN
    repaired = _convert(key, _WESTERN_AS_CYRILLIC)
    if repaired is not None and _western_accented(repaired):
        return (key,)
    return key, lexicon.key(word.translate(_TO_LATIN)), lexicon.key(word.translate(_TO_CYRILLIC))


def _flagged_words(text: str, limit: int = _MAX_WORDS) -> list[str]:
    """
    The words around the telltale scans' first hits, in no set order: one a hit, ``limit`` at most.

    The word around a hit is the run of word characters (_WORD_CHAR) that
    holds it, within _REACH of it either way, trimmed (see _trim); hits in
    words of ASCII alone give none. A list, not a generator: a look-alike
    text has a few dozen hits, and each step of one cost as much as its word.
    """
    found: list[str] = []
    start = end = 0
    flagged: str | None = None
    for scan in _telltale_scans(text, for_words=True):
        for hit in scan.finditer(text):
            at = hit.start()
            # A word shorter than _REACH is found whole from any of its
            # characters: a hit inside the last one (a word mixing scripts
            # is hit at each change of script) has the same word around it.
            if not (start <= at < end and end - start < _REACH):
                start, end = _word_around(text, at)
                flagged = _flagged_word(text[start:end])
            if flagged is not None:
                found.append(flagged)
                if len(found) >= limit:
                    return found
    return found


# Digits, superscripts and subscripts: in a token with Latin and Greek letters, a formula's.
_FORMULA_MARKS = frozenset("0123456789⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉")
_GREEK_SET = frozenset(map(chr, range(0x370, 0x400)))


def _unmakes_formula(line: str, fixed: str) -> bool:
    """
    Whether repairing ``line`` as ``fixed`` changes a formula: Latin and Greek letters with a digit.

    ``πr²``, ``IL2Rγ``, ``α1β2`` are written so on purpose. A mix-up's
    words mix scripts too (Portuguese ``nπo`` in DOS 437 read as
    Windows-1252), but hold no digits: the word judged is trimmed to its
    letters (``πr``), so the scoring cannot tell, and read ``πr²`` as DOS
    437 for ``ãrý``. Asked of the repairs found, a few lines a text.
    """
    if _FORMULA_MARKS.isdisjoint(line) or _GREEK_SET.isdisjoint(line):
        return False
    if len(line) != len(fixed):
        return False  # (composed, Windows-1258: no Greek letters to lose)
    start = 0
    for token in line.split(" "):
        end = start + len(token)
        if (
            not _FORMULA_MARKS.isdisjoint(token)
            and not _GREEK_SET.isdisjoint(token)
            and not _LATIN_SET.isdisjoint(token)
            and fixed[start:end] != token
        ):
            return True
        start = end + 1
    return False


# ASCII characters other than letters: those no word holds (see _WORD_CHAR).
_NOT_WORD_ASCII = frozenset(chr(code) for code in range(0x80) if not chr(code).isalpha())


def _word_around(text: str, at: int) -> tuple[int, int]:
    """
    (start, end) of the run of word characters around ``at``, within _REACH of it either way.

    Most words end at a space: the run is cut at the nearest spaces, and
    taken if nothing but word characters stands between (one set test in
    C); else found by scans, before ``at`` in the reversed text before it.
    """
    low, high = max(0, at - _REACH), min(len(text), at + _REACH)
    start = text.rfind(" ", low, at) + 1 or low
    end = text.find(" ", at, high)
    if end == -1:
        end = high
    if _NOT_WORD_ASCII.isdisjoint(text[start:end]):
        return start, end  # nothing but word characters between the spaces
    if not _NOT_WORD_ASCII.isdisjoint(text[start:at]):
        # The run before ``at``, found in the reversed text before it.
        run = _WORD_RUN.match(text[low:at][::-1])
        start = at - run.end() if run else at
    if not _NOT_WORD_ASCII.isdisjoint(text[at:end]):
        run = _WORD_RUN.match(text, at, high)
        end = run.end() if run else at
    return start, end


def _flagged_word(word: str) -> str | None:
    """``word`` trimmed, or None if it is ASCII (a word of _tokens holds a character outside it)."""
    try:
        return _FLAGGED_WORDS[word]
    except KeyError:
        if len(_FLAGGED_WORDS) >= _WORD_FACTS_LIMIT:
            _FLAGGED_WORDS.clear()
        found = _FLAGGED_WORDS[word] = None if word.isascii() else _trim(word)
        return found


# _flagged_word's answers, by word as found: look-alike texts repeat their
# words, and texts of one language each other's. Emptied when full.
_FLAGGED_WORDS: dict[str, str | None] = {}


def _no_worse(line: str, fixed: str, pair: Pair) -> bool:
    """Whether a line the document's pair changes is, alone, no less plausible repaired."""
    if _stray_mark(fixed, pair) or _only_typography_made_letters(line, fixed):
        return False
    before, after = _words(line), _words(fixed)
    uncomposed = _convert(line, pair, compose=False) or fixed
    quoted = _quotes_in_place(line, uncomposed)
    if not after:
        return bool(before) is False or quoted > 0
    odd_before, odd_after = _odd_words(before), _odd_words(after)
    lost = _letters(line) - _letters(uncomposed) - quoted
    if (
        odd_after > odd_before
        or (
            lost > 0
            and (
                lost > _LOST_PER_MENDED * (odd_before - odd_after)
                or not _only_foreign_letters_lost(line, uncomposed)
            )
        )
        or len(_CONTROL.findall(fixed)) > len(_CONTROL.findall(line))
    ):
        return False
    if (
        not before
        or odd_after < odd_before
        or (_glued_symbols_made_letters(line, fixed) and _changes_known(line, fixed, pair))
        or _mends_unknown_words(line, fixed, pair)
        or _letters_of_the_plain_words(line, fixed, pair)
    ):
        # The document's pair mends a word no language writes (``BirmanÍs``
        # to ``Birmanês``), or makes a symbol glued to a word's letters a
        # letter of a known word (``da§`` to ``daß``): better, whatever the
        # letter statistics say.
        return True
    if _one_letter_words_only(line, fixed) and _letters_are_words(
        line, _changed_words(line, fixed), pair
    ):
        return True  # (letter statistics weigh one letter little: see _accepted)
    known_after = _known_share(after, pair.languages)
    score = known_after + _plausibility(after, pair.languages) / _LETTER_WEIGHT
    before_score = (
        _known_share(before, pair.read_languages)
        + _plausibility(before, pair.read_languages) / _LETTER_WEIGHT
    )
    # Where the letters differ tells most: ``angliètinou`` against ``angličtinou``.
    return score + _changed_pairs_gain(line, fixed, pair) / _CHANGED_WEIGHT >= before_score and (
        pair.saved in _NON_LATIN_CODECS or not _known_elsewhere(before, known_after)
    )


def _only_typography_made_letters(line: str, fixed: str) -> bool:
    """
    Whether all the repair ``fixed`` changes in ``line`` is a pair of quotes standing, made letters.

    Curly quotes around a word or a placeholder (``O {name} “{obj}” foi
    adicionado``) are what text of any language writes there: a document's
    pair that reads nothing else of the line (DOS 850's ``ô{obj}ö``) has no
    word of it to vouch for the reading (_quotes_in_place, the other way
    round). (A lone quote-like mark may be a letter's place: DOS 850's
    ``é`` is ``‚`` in Windows-1252, Catalan ``‚s``.)
    """
    if len(line) != len(fixed):
        return False
    changed = {old for old, new in zip(line, fixed, strict=True) if old != new}
    return changed == _CURLY_QUOTES and _quotes_in_place(fixed, line) == sum(
        old != new for old, new in zip(line, fixed, strict=True)
    )


def _changes_within(line: str, own: str, fixed: str) -> bool:
    """Whether ``own`` changes no character of ``line`` that ``fixed`` leaves (one for one)."""
    return len(line) == len(own) == len(fixed) and all(
        new == old or other != old for old, new, other in zip(line, own, fixed, strict=True)
    )


def _known_elsewhere(before: list[str], known_after: float) -> bool:
    """
    Whether a line's words as shown are known in some Latin-script language, better than repaired.

    A document may hold lines of several languages (a list of translations):
    a Polish line (``Ścieżki wyszukiwania``) among mixed-up Swedish ones is
    no Baltic text shown as Windows-1252, though the Baltic languages of the
    document's pair know none of its words; the lexicon of its own does.
    (Asked of Latin text shown as Latin: Cyrillic shown so makes short Latin words.)
    """
    known_before = _known_share(before, _LATIN_LANGUAGES)
    return known_before >= _GENUINE and known_before > known_after


# A line the document's pair repairs may lose letters to symbols (``Ђ`` to
# ``€``, ``kmІ`` to ``km²``), up to this many for each word it mends that no
# language writes (``mІ`` itself, ``dйpensй``): the mended words vouch for
# the pair; a line it mends nothing in loses no letter.
_LOST_PER_MENDED = 2


def _mends_unknown_words(line: str, fixed: str, pair: Pair) -> bool:
    """
    Whether the document's pair changes only words no language lists as shown, for the better.

    A line of a document whose pair its other lines vouch for is not
    plausible as it stands where every word the pair changes (of more than
    one letter: a lexicon lists single letters of any alphabet) is a word
    no shipped language lists (Catalan ``Introduļu`` and ``vąlida``, read as
    Windows-1257), and the letters where the two differ read better
    repaired in the document's languages, the pair's: both readings are
    weighed as the language the other lines were found to be in. The
    line's own plain words must be in one of them: a genuine line of
    another language among the document's (Slovenian ``Počisti vse filtre``
    in a Catalan one read as Windows-1257) is in its own, and a line with
    no plain words tells nothing.
    """
    plain = _plain_words(line)
    if not plain or lexicon.best_language(plain)[0] not in pair.languages:
        return False
    shown, repaired = _trimmed_pairs(line, fixed)
    changed = [(old, new) for old, new in zip(shown, repaired, strict=True) if new and new != old]
    return (
        any(len(old) > 1 for old, _ in changed)
        and not any(len(old) > 1 and _known_anywhere(lexicon.key(old)) for old, _ in changed)
        and _changed_pairs_gain(line, fixed, pair._replace(read_languages=pair.languages)) > 0
    )


def _only_foreign_letters_lost(line: str, fixed: str) -> bool:
    """
    Whether each letter of ``line`` made no letter in ``fixed`` is Greek, Cyrillic, Hebrew, Arabic.

    A Western line read in a Cyrillic code page shows its symbols as Cyrillic
    letters among Latin words (``145 Ђ``); a Latin letter made a symbol
    (Portuguese ``ÇDoutor`` to ``‚Doutor``) is a letter of the line's own.
    """
    return len(line) == len(fixed) and all(
        shown in _NON_LATIN_SET
        for shown, new in zip(line, fixed, strict=True)
        if shown != new and shown.isalpha() and not new.isalpha()
    )


def _glued_symbols_made_letters(line: str, fixed: str) -> bool:
    """Whether every character the repair changes is a symbol glued to a letter made a letter."""
    if len(line) != len(fixed):
        return False
    changed = False
    for i, (shown, new) in enumerate(zip(line, fixed, strict=True)):
        if shown == new:
            continue
        # (Asked as each change is found: most repairs change a letter first.)
        if not (
            not shown.isalpha()
            and new.isalpha()
            and ((i > 0 and line[i - 1].isalpha()) or (i + 1 < len(line) and line[i + 1].isalpha()))
        ):
            return False
        changed = True
    return changed


def _changes_known(line: str, fixed: str, pair: Pair) -> bool:
    """Whether every word the repair changes is known in one of the pair's languages."""
    changed = _changed_words(line, fixed)
    return bool(changed) and all(
        any(lexicon.known(word, lang) for lang in pair.languages) for word in changed
    )


def _letters_to_quotes(line: str, fixed: str) -> int:
    """
    Letters of ``line`` that are quotes, dashes or no-break spaces in ``fixed``.

    A mix-up shows typography as letters (Windows-1252 ``“`` read as cp850
    is ``ô``), so undoing it may leave a line fewer letters, and no word:
    ``ô%(path)sö`` is ``“%(path)s”``. Only where the document's pair is
    known: a line alone is not judged so.
    """
    if len(line) != len(fixed):
        return 0  # (composed: Vietnamese, whose quotes are Windows-1252's)
    marks = _TYPOGRAPHIC.intersection(fixed)
    if not marks:
        return 0  # (what is counted below is typography in ``fixed``: a set test in C)
    shown, repaired = non_plain(line), non_plain(fixed)
    if len(shown) != len(repaired):
        msg = "a repair keeps each character's place"
        raise ValueError(msg)
    # Only where typography stands in the repair, found by str.find in C.
    count = 0
    for mark in marks:
        at = repaired.find(mark)
        while at != -1:
            old = shown[at]
            count += old != mark and old.isalpha()
            at = repaired.find(mark, at + 1)
    return count


# Typography by where it stands: opening quotes lead a word, closing ones
# end it (the apostrophe ``’`` stands inside one too), dashes stand between
# spaces, an ellipsis ends a word; a no-break space may stand anywhere.
_OPENING = frozenset("“‘„‚«")
# (Not German ``“`` and ``‘`` closing: Albanian ``datë`` read as Mac Roman ends in ``‘``.)
_CLOSING = frozenset("”’»")
_DASHES = frozenset("–—")


def _quotes_in_place(line: str, fixed: str) -> int:
    """
    Letters of ``line`` that are typography in ``fixed``, where typography stands.

    _letters_to_quotes, but a letter turned into a quote inside a word
    (Albanian ``Numër`` as ``Num‘r``) or a dash glued to one is a letter lost.
    """
    if len(line) != len(fixed) or _TYPOGRAPHIC.isdisjoint(fixed):
        return 0  # (what is counted below is typography in ``fixed``)
    padded = f" {fixed} "
    # German quotes open low and close with ``“`` and ``‘`` (``„%(value)s“``).
    closing = _CLOSING.union(*(shut for low, shut in _LOW_QUOTES if low in fixed))
    lone, opened = _quote_places(fixed, closing)
    count = 0
    # Run by run of one character (a scan in C, only where typography stands):
    # the middle of a long run (a long word of letters a pair shows as one
    # quote, ``‚‚‚‚``) stands between two of its own, each as the others do,
    # so it is counted at once, not character by character: the unpaired
    # places among it are counted in the sorted lists, by bisection.
    for run in _TYPOGRAPHY_RUN.finditer(fixed):
        start, end = run.span()
        new = run[1]
        for at in _ends_of(start, end):
            if at is not None:
                old = line[at]
                count += (
                    old != new
                    and old.isalpha()
                    and not _holds(lone, at)
                    and not _holds(opened, at)
                    and _stands_as_typography(new, padded[at], padded[at + 2], closing)
                )
            elif _stands_as_typography(new, new, new, closing):
                # (A letter is never typography: one made so is one changed.)
                first, stop = start + 1, end - 1
                if line[first:stop].isalpha():
                    count += stop - first - _held(lone, first, stop) - _held(opened, first, stop)
                else:
                    count += sum(
                        line[place].isalpha()
                        and not _holds(lone, place)
                        and not _holds(opened, place)
                        for place in range(first, stop)
                    )
    return count


def _holds(places: list[int], at: int) -> bool:
    """Whether the sorted ``places`` hold ``at``."""
    index = bisect_left(places, at)
    return index < len(places) and places[index] == at


def _held(places: list[int], first: int, stop: int) -> int:
    """How many of the sorted ``places`` lie from ``first`` up to ``stop``."""
    return bisect_left(places, stop) - bisect_left(places, first)


_TYPOGRAPHY_CHAR = re.compile(f"[{re.escape(''.join(sorted(_TYPOGRAPHIC)))}]")
# A run of one such character (the first, then as many more of it as follow).
_TYPOGRAPHY_RUN = re.compile(f"({_TYPOGRAPHY_CHAR.pattern})\\1*")


def _ends_of(start: int, end: int) -> tuple[int | None, ...]:
    """
    The places of a run from ``start`` to ``end``: each, or its ends with None for its middle.

    The characters of a run's middle stand between two of their own: where
    three or more, they are taken as one (None), between the first and the last.
    """
    if end - start > 2:
        return (start, None, end - 1)
    return tuple(range(start, end))


_QUOTES = frozenset("“”‘‚„«»")  # (not ``’``: an apostrophe stands alone, ``students’``)
_CLOSES_TOO = frozenset("’\"'")  # close an open quote, or stand alone (``capçaleres “Referer"``)
_QUOTE_CHAR = re.compile(f"[{re.escape(''.join(sorted(_QUOTES | _CLOSES_TOO)))}]")
_QUOTE_RUN = re.compile(f"({_QUOTE_CHAR.pattern})\\1*")


def _unpaired_quotes(fixed: str, closing: AbstractSet[str]) -> set[int]:
    """
    Places in ``fixed`` of quotes that open with none closing after them, or close with none open.

    Quotes come in pairs within a line: a letter turned into a quote that
    opens nothing (Occitan ``Òlt`` as ``“lt``) or closes nothing (Icelandic
    ``Mööö`` as ``M”””``, Albanian ``një`` as ``nj‘``) is a letter lost.
    """
    lone, opened = _quote_places(fixed, closing)
    return set(lone).union(opened)


def _quote_places(fixed: str, closing: AbstractSet[str]) -> tuple[list[int], list[int]]:
    """
    _unpaired_quotes as two sorted lists: quotes that stand unpaired, and those left open.

    Read in order, each run of one quote character at once where it is
    long (its middle, see _pair_alike), so a long word a pair shows as
    quotes costs passes in C, not a step each.
    """
    padded = f" {fixed} "
    opened: list[int] = []  # (places pushed in order, popped from the end: sorted)
    lone: list[int] = []  # (places added in order: sorted)
    for run in _QUOTE_RUN.finditer(fixed):  # (only where quotes stand: a scan in C)
        start, end = run.span()
        char = run[1]
        for at in _ends_of(start, end):
            if at is None:
                _pair_alike(range(start + 1, end - 1), char, closing, opened, lone)
            else:
                _pair_quote(
                    at, char, padded[at], padded[at + 2], closing=closing, opened=opened, lone=lone
                )
    return lone, opened


def _pair_quote(
    at: int,
    char: str,
    before: str,
    after: str,
    *,
    closing: AbstractSet[str],
    opened: list[int],
    lone: list[int],
) -> None:
    """Read the quote ``char`` at ``at``: it opens, closes one ``opened``, or stands ``lone``."""
    if char in _CLOSES_TOO:
        if opened and not after.isalnum():
            opened.pop()
    elif char in closing and not after.isalnum() and before not in _BREAKING_SPACES:
        if opened:
            opened.pop()
        else:
            lone.append(at)
    elif char in _OPENING and not before.isalnum() and after not in _BREAKING_SPACES:
        opened.append(at)
    else:
        lone.append(at)


def _pair_alike(
    places: range, char: str, closing: AbstractSet[str], opened: list[int], lone: list[int]
) -> None:
    """
    _pair_quote of each of ``places``, each a ``char`` between two more: all read alike, at once.

    Each closes one of ``opened`` while any is left (the rest stand lone,
    or close nothing if ``char`` may stand alone), or each opens, or each
    stands lone: as many at once, in C.
    """
    if char in _CLOSES_TOO:
        if not char.isalnum():
            del opened[max(0, len(opened) - len(places)) :]
    elif char in closing and not char.isalnum() and char not in _BREAKING_SPACES:
        closed = min(len(opened), len(places))
        del opened[len(opened) - closed :]
        lone.extend(places[closed:])
    elif char in _OPENING and not char.isalnum() and char not in _BREAKING_SPACES:
        opened.extend(places)
    else:
        lone.extend(places)


_LOW_QUOTES = (("„", "“"), ("‚", "‘"))  # opening low, and the closing quote that goes with it


def _stands_as_typography(
    char: str, before: str, after: str, closing: AbstractSet[str] = _CLOSING
) -> bool:
    """Whether typography ``char`` stands where text has it, between ``before`` and ``after``."""
    if char == "\xa0":
        return True
    if char in _DASHES:
        return before.isspace() and after.isspace()
    if char == "…":
        return not before.isspace()
    if char == "’" and before.isalpha() and after.isalpha():
        return True  # an apostrophe
    # (French sets guillemets apart with no-break spaces: ``«\xa0%(value)s\xa0»``.)
    return (char in _OPENING and not before.isalnum() and after not in _BREAKING_SPACES) or (
        char in closing and not after.isalnum() and before not in _BREAKING_SPACES
    )


_BREAKING_SPACES = frozenset(" \t\n\r")


def best_pair(line: str, context: str | None = None) -> tuple[Pair, str] | None:
    """
    The mix-up that best explains ``line``, with the repaired line, or None.

    Only words holding a character outside ASCII are compared: the others
    read the same either way. A candidate must have no fewer letters, no
    more odd words and no more control characters than the input (a mis-read
    turns letters into symbols, so undoing one gives letters back), and be
    far more plausible as language (_MIN_GAIN) in the languages of the code
    page it was saved in than the input is in those of the code page it was
    read in. The largest gain wins. The plain words of ``context`` (the
    line's document), or else of the line, must be in its language.
    """
    return _first_accepted(_candidates(line), context, line)[1]


def _first_accepted(
    candidates: Iterable[tuple[float, float, int, Pair, str]], context: str | None, shown: str
) -> tuple[tuple[float, float, int, Pair, str] | None, tuple[Pair, str] | None]:
    """
    The candidate of most gain that _accepted takes, and its verdict (Nones if none).

    Not only the first: a pair of many languages may gain most where the
    plain words say the text is in none of them (Catalan read as Hungarian),
    and the right pair come next.
    """
    ranked = sorted(candidates, reverse=True)
    for at, found in enumerate(ranked):
        if (
            found[0] < _MIN_GAIN
            and not _one_letter_words_only(shown, found[4])
            and not _few_words_made_common(context or found[4], shown, found[4], found[3])
        ):
            continue  # (a gain says nothing of one-letter words: see _accepted)
        verdict = _accepted(found, context, shown)
        if verdict is not None:
            return _fewer_glued_symbols(ranked[at:], found, verdict, context, shown)
    return None, None


_NEAR_TIE = 0.1  # gain by which two readings into the same languages are as good


def _fewer_glued_symbols(
    ranked: list[tuple[float, float, int, Pair, str]],
    found: tuple[float, float, int, Pair, str],
    verdict: tuple[Pair, str],
    context: str | None,
    shown: str,
) -> tuple[tuple[float, float, int, Pair, str], tuple[Pair, str]]:
    """
    The accepted ``found``, or a reading as good that leaves fewer symbols in words.

    As good: into the same languages, from the same code page it was read
    in. Two code pages of one language differ in a few places (ISO-8859-7 and
    Windows-1253 write Greek ``Ά`` at different bytes): where the pair
    ranked first reads a letter as a symbol inside a word (``¶κυρος``), letter
    statistics hardly tell, but the other pair's letter is the reading.
    """
    glued = _glued_words(found[4])
    if not glued:
        return found, verdict
    for other in ranked[1:]:
        if other[0] < found[0] - _NEAR_TIE:
            break
        if (
            other[3].languages != found[3].languages
            or other[3].read != found[3].read
            or _glued_words(other[4]) >= glued
        ):
            continue
        better = _accepted(other, context, shown)
        if better is not None:
            return other, better
    return found, verdict


def _glued_words(text: str) -> int:
    """How many words of ``text`` (at _spans, with a letter) hold a symbol inside them."""
    tokens = (text[start:end] for start, end in _spans(text))
    return sum(_glued_symbols(token) and any(map(str.isalpha, token)) for token in tokens)


def _one_letter_words_only(shown: str, fixed: str) -> bool:
    """
    Whether every word the repair ``fixed`` changes in ``shown`` is one letter long.

    And none is a look-alike of a Latin letter as shown: a Cyrillic ``а``
    typed for ``a`` (``Il y а deux``) is fix_homoglyphs', not French ``à``.
    """
    changed = _changed_words(shown, fixed)
    return (
        bool(changed)
        and all(len(word) == 1 for word in changed)
        and _LOOKALIKE_CHARS.isdisjoint(non_plain(shown))
    )


def _accepted(
    best: tuple[float, float, int, Pair, str] | None, context: str | None, shown: str
) -> tuple[Pair, str] | None:
    """
    best_pair's verdict on the best candidate, a repair of ``shown`` (see there).

    A repair the lexicon hardly knows needs more gain from letter statistics,
    and plain words to back it if it is one word, unless it turns every
    symbol standing inside a word into a letter (``D„nisch``, ``Izbri¹i``,
    ``Sis„„nkirjautuminen``), or mends words mixing scripts that are not
    look-alikes (``Kдyttцliittymдkieli``): no language writes a word so, and
    the letter statistics of names, compounds and inflected forms vouch for
    the rest. A repair that changes only words of one letter is judged on
    the plain words' language alone (_letters_are_words).
    """
    if best is None:
        return None
    _, _, _, pair, fixed = best
    if _typography_made_letters(shown, fixed, pair) or _own_letters_unmade(
        context or shown, shown, fixed, pair
    ):
        return None
    changed = _changed_words(shown, fixed)
    if _one_letter_words_only(shown, fixed):
        # A lexicon lists single letters of any alphabet, and they weigh little in a
        # gain: it is the plain words' language that says whether the letter is a
        # word (Italian ``è``, not ``ä``; English has none).
        return (pair, fixed) if _letters_are_words(context or fixed, changed, pair) else None
    verdict = None if best[0] < _MIN_GAIN else _accepted_words(best, context, shown, changed)
    if verdict is None and _few_words_made_common(context or fixed, shown, fixed, pair):
        return pair, fixed  # (one or two words: the gain says little, the plain words tell)
    return verdict


# Words a repair may change in a short text judged by _few_words_made_common.
_FEW_CHANGED = 2


def _few_words_made_common(text: str, shown: str, fixed: str, pair: Pair) -> bool:
    """
    Whether the repair changes one or two words, each into a common word of ``text``'s language.

    A short text with a letter or two mixed up (Italian ``non pu• essere``,
    ``esiste gi‡``, ``Questo campo č obbligatorio``): the gain of so few
    letters says little, and the word as shown may be known trimmed
    (``pu``). The plain words say which language the text is in (one of the
    pair's); each word the repair changes must be a common word of it
    (_LETTER_WORD_ZIPF, as a letter standing as a word must be), and less
    frequent there as shown. Look-alikes typed for Latin letters are
    fix_homoglyphs'.
    """
    if len(shown) != len(fixed) or not _LOOKALIKE_CHARS.isdisjoint(non_plain(shown)):
        return False
    olds, news = _trimmed_pairs(shown, fixed)
    changed = {(old, new) for old, new in zip(olds, news, strict=True) if new and new != old}
    if not changed or len(changed) > _FEW_CHANGED:
        return False
    found = _plain_language(text)
    if found is None or found[0] not in pair.languages or found[1] < _MIN_ASCII_KNOWN:
        return False
    lang = found[0]
    return all(
        (zipf := lexicon.zipf(new, lang)) >= _LETTER_WORD_ZIPF and lexicon.zipf(old, lang) < zipf
        for old, new in changed
    )


def _own_letters_unmade(text: str, shown: str, fixed: str, pair: Pair) -> bool:
    """
    Whether the repair ``fixed`` unmakes only letters ``text``'s own language writes, for nothing.

    Windows-1252 holds letters at 0x80-0x9F (``Š š Ž ž Œ œ Ÿ``) that DOS and
    Mac code pages hold their commonest accented letters at: a Finnish
    ``Škoda`` reads as Mac Roman ``äkoda``, a Slovene ``Žalostno`` as DOS
    ``Äalostno``. Where every character the repair changes is a letter of the
    orthography of the language the text's plain words are in, standing in
    words of a case that language writes (a mix-up puts capitals among small
    letters: ``pŠivŠmŠŠrŠŠ``, ``verÐur``, ``ÒControlÓ``), the text is written
    as that language writes: only the lexicon can say it was mixed up, by
    knowing more of the words the repair makes than of the words shown.
    """
    if len(shown) != len(fixed):
        return False  # (composed, Windows-1258: the words moved)
    found = _plain_language(text)
    if found is None or found[0] is None or found[1] < _MIN_ASCII_KNOWN:
        return False
    lang = found[0]
    written = _written(lang)
    words = [
        (old, new) for old, new in zip(*_trimmed_pairs(shown, fixed), strict=True) if new != old
    ]
    if not written or not words or any(_odd_case(old) for old, _ in words):
        return False
    if not all(
        was.isalpha() and _folded_letters(was) <= written
        for was, char in zip(shown, fixed, strict=True)
        if was != char
    ):
        return False
    if any(
        fixed[at].isspace() and fixed[at - 1 : at].isalpha()
        for at, (was, char) in enumerate(zip(shown, fixed, strict=True))
        if was != char
    ):
        return True  # a letter after a letter made a space (``Haÿ-les-Roses``, ``Ha -les-Roses``)
    # A lone letter made typography (French ``ÿ:`` of a DOS no-break space) was no word.
    known_after = sum(
        not new or any(lexicon.known(new, other) for other in pair.languages) for _, new in words
    )
    return known_after <= sum(lexicon.known(old, lang) for old, _ in words)


# Typography that stands alone between words in any language's text: an
# ellipsis or a dash set off by spaces (``pagesën …``, ``kõik — Vordering``).
_LONE_TYPOGRAPHY = re.compile("(?:(?<=\\s)|^)[…—–](?=\\s|$)", re.MULTILINE)


def _typography_made_letters(shown: str, fixed: str, pair: Pair) -> bool:
    """
    Whether the repair ``fixed`` makes a word no language writes of a lone ellipsis or dash.

    A dash or an ellipsis set off by spaces is typography, written so in
    text of any language; a mix-up shows one there only for a letter that
    is a word of its own (French ``à`` in DOS 850 read as Windows-1252 is
    ``…``: ``rien … dire``). A reading that makes it a letter no common word
    of the plain words' language (_letters_are_words: Albanian ``pagesën …``
    read as Mac Roman gives ``pages‘n É``, Estonian ``kõik — Vordering``
    gives ``kıik ó``) reads the text's other letters wrongly too.
    """
    if len(shown) != len(fixed):
        return False
    made = [
        fixed[match.start()]
        for match in _LONE_TYPOGRAPHY.finditer(shown)
        if fixed[match.start()].isalpha()
    ]
    return bool(made) and not _letters_are_words(shown, made, pair)


def _accepted_words(
    best: tuple[float, float, int, Pair, str], context: str | None, shown: str, changed: list[str]
) -> tuple[Pair, str] | None:
    """_accepted's verdict on a repair that changes words longer than one letter."""
    gain, known, _, pair, fixed = best
    if known >= _MIN_KNOWN and not _left_words_vouch(shown, fixed, pair):
        known = _known_share(changed, pair.languages) if changed else 0.0
    if known < _MIN_KNOWN:
        known = max(known, _stems_known(shown, fixed, pair))
    # (Look-alikes typed in Latin words, Bosnian ``Neisprаvаn``, are fix_homoglyphs'.)
    mends = (
        known < _MIN_KNOWN
        and _garbled(shown, fixed)
        and (_mends_glued_symbols(shown, fixed) or not _only_lookalikes(_words(shown)))
    )
    if known < _MIN_KNOWN and not mends and _letters_of_the_plain_words(shown, fixed, pair):
        return pair, fixed  # (the plain words said whose language it is: see there)
    if known < _MIN_KNOWN and gain < _MIN_GAIN_UNKNOWN and not mends:
        return None
    if (
        known < _MIN_KNOWN
        and not mends
        and len(_distinct(changed)) < _UNFLAGGED_WORDS_ALONE
        and not _backed_by_plain_words(fixed if context is None else context, fixed, pair)
    ):
        # Letter statistics alone, on one short word: a name, or a word of a
        # language no lexicon ships (Azerbaijani ``E-poçt`` is no ``E-pošt``).
        return None
    if known < _MIN_KNOWN and not _ascii_words_agree(
        fixed if context is None else context, pair, repaired=fixed, fewest=1
    ):
        # Letter statistics alone, against the plain words' language: a
        # language no lexicon ships (Albanian ``janë bërë`` is no ``janė bėrė``).
        return None
    # Only for a code page of one language: Western candidates turn Estonian
    # into Finnish or Swedish look-alikes (``Väite``), with plain words alike.
    strong = len(pair.languages) == 1 and gain >= _STRONG_GAIN and known >= _STRONG_KNOWN
    if not _ascii_words_agree(
        fixed if context is None else context,
        pair,
        strong=strong,
        repaired=fixed,
        garbled=_garbled(shown, fixed),
    ):
        return None
    return pair, fixed


_MIN_PLAIN_WORDS = 3  # plain words that must tell the language whose letters a repair makes
# The share of them it must know (Estonian ``seos``, ``lahter``: Finnish knows 0.5).
_PLAIN_WORDS_KNOWN = 0.7


def _letters_of_the_plain_words(shown: str, fixed: str, pair: Pair) -> bool:
    """
    Whether the repair makes each word it changes of letters its plain words' language writes.

    The lexicon lacks many inflected forms, compounds and names (Bosnian
    ``naznačen``, Danish ``gælisk``), and letter statistics gain little on a
    letter or two; but where the text's plain words in small letters are one
    of the pair's languages (``Mjesec nije``), and each line it changes has
    plain words of its own in it too (a Polish line among Spanish ones is
    Polish; a line of one word may be a name of any language), a word shown
    with a letter that language does not write, or a symbol between letters
    (``naznaźen``, ``g‘lisk``), where the repair changes it into that
    language's letters, is that language's word mixed up.
    """
    if pair.saved in _NON_LATIN_CODECS:
        return False
    words = zip(*_trimmed_pairs(shown, fixed), strict=True)
    changed = [(old, new) for old, new in words if new and new != old]
    # (What no language's letters can make true is asked first: the
    # language of the plain words is looked up only where it may tell.)
    if not changed or not all(_mixed_up_in(old, new, None) for old, new in changed):
        return False
    # In small letters: names (``Karjala``, ``Savo`` among Estonian place
    # names, which Finnish knows) tell where a thing is, not the language.
    plain = [word for word in _plain_words(shown) if word.islower()]
    if len(plain) < _MIN_PLAIN_WORDS:
        return False
    lang, share = lexicon.best_language(plain)
    if lang not in pair.languages or share < _PLAIN_WORDS_KNOWN:
        return False
    if not all(
        (own := _plain_words(line)) and _coverages(own, (lang,))[0] >= _MIN_ASCII_KNOWN
        for line, new in zip(shown.split("\n"), fixed.split("\n"), strict=True)
        if new != line
    ):
        # A line of another language among the text's (Polish ``Typy
        # Zawartości``), or one of no plain words (a name, ``Świnoujście``).
        return False
    letters = _alphabet(lang)[0]
    return all(_mixed_up_in(old, new, letters) for old, new in changed)


def _mixed_up_in(old: str, new: str, letters: AbstractSet[str] | None) -> bool:
    """
    Whether the repair ``new`` of the word ``old`` makes a letter foreign to ``letters`` theirs.

    Where the two differ, ``new`` has letters of ``letters`` (casefolded) or
    ASCII, and ``old`` somewhere a letter not of them, or a symbol between
    letters: quotes around a word (``“{obj}”``) are any language's, one
    inside it (``g‘lisk``) is a letter mixed up. With no ``letters``, any
    letter is one of them, and any letter shown may be foreign.
    """
    if len(old) != len(new):
        return False
    changed = [at for at, (was, char) in enumerate(zip(old, new, strict=True)) if was != char]
    return all(
        new[at].isalpha()
        and (letters is None or new[at].isascii() or _folded_letters(new[at]) <= letters)
        for at in changed
    ) and any(_foreign_at(old, at, letters) for at in changed)


def _foreign_at(word: str, at: int, letters: AbstractSet[str] | None) -> bool:
    """Whether ``word[at]`` is a letter not of ``letters`` (any if None), or a symbol in letters."""
    char = word[at]
    if char.isalpha():
        return letters is None or not _folded_letters(char) <= letters
    return (
        char not in _WRITTEN_IN_WORDS
        and word[at - 1 : at].isalpha()
        and word[at + 1 : at + 2].isalpha()
    )


_MIN_STEM = 5  # letters of a known word leading a longer one that say it is a stem


def _stems_known(shown: str, fixed: str, pair: Pair) -> float:
    """
    The share of the changed words' letters in words led by a known word that holds every change.

    Compounds and inflected forms are what a lexicon lacks (Finnish
    ``Sisäänrakennetut``, Icelandic ``heiltölu``): a known word of the
    repair's languages leading the repaired word and taking in each letter
    the repair changed vouches for the change, where the same letters as
    shown lead no word known in the read-as languages.
    """
    if len(shown) != len(fixed):
        return 0.0
    total = vouched = 0
    for start, end in _spans(shown):
        old, new = shown[start:end], fixed[start:end]
        if old == new:
            continue
        total += len(new)
        last = max(at for at, (a, b) in enumerate(zip(old, new, strict=True)) if a != b)
        for length in range(len(new) - 1, max(_MIN_STEM, last + 1) - 1, -1):
            # (Whether a language lists the key, from the lexicon's index, as
            # its table would say: no table loaded for it, see _coverages.)
            listing = lexicon.listing(lexicon.key(new[:length]))
            if any(lexicon.in_listing(listing, lang) for lang in pair.languages):
                as_shown = lexicon.listing(lexicon.key(old[:length]))
                if not any(lexicon.in_listing(as_shown, lang) for lang in pair.read_languages):
                    vouched += len(new)
                break
    return vouched / total if total else 0.0


# The Zipf frequency a letter standing as a word must have in the plain
# words' language: a common word of it (Italian ``è`` 7.1, Portuguese ``é``
# 7.1, Icelandic ``í`` 7.7, Hungarian ``ő`` 5.9), not a stray one (English ``é`` 3.0).
_LETTER_WORD_ZIPF = 5.0


def _letters_are_words(text: str, letters: list[str], pair: Pair) -> bool:
    """
    Whether each of the one-letter words a repair makes is a common word where ``text`` is written.

    The language is the one that knows most of ``text``'s plain words, and
    must be the pair's.
    """
    distinct = frozenset(letters)
    # The cheap evidence first: where no language of the pair has each
    # letter as a common word, the plain words' language (a lookup of each
    # word in every language) cannot make them words.
    if not _common_in_some(distinct, pair.languages):
        return False
    found = _plain_language(text)
    if found is None:
        return False
    lang, share = found
    return lang in pair.languages and share >= _MIN_ASCII_KNOWN and _common_letters(distinct, lang)


@remembered_for_last
def _plain_language(text: str) -> tuple[str | None, float] | None:
    """
    lexicon.best_language of ``text``'s first plain words, None if it has too few.

    The answer for the last text asked is remembered: every pair whose
    repair of a line changes one-letter words asks it of the line's document.
    """
    plain = list(islice((m[0] for m in _ASCII_WORD.finditer(_MARKUP.sub(" ", text))), _MAX_WORDS))
    return lexicon.best_language(plain) if len(plain) >= _MIN_ASCII_WORDS else None


def _common_letters(letters: AbstractSet[str], lang: str) -> bool:
    """Whether each of ``letters`` is a common word in ``lang`` (see _letters_are_words)."""
    return all(lexicon.zipf(letter, lang) >= _LETTER_WORD_ZIPF for letter in letters)


def _common_in_some(letters: frozenset[str], languages: tuple[str, ...]) -> bool:
    """Whether some of ``languages`` has each of ``letters`` as a common word (asked once a set)."""
    found = _COMMON_IN_SOME.get((letters, languages))
    if found is None:
        if len(_COMMON_IN_SOME) >= _COMMON_IN_SOME_LIMIT:
            _COMMON_IN_SOME.clear()
        found = any(_common_letters(letters, lang) for lang in languages)
        _COMMON_IN_SOME[letters, languages] = found
    return found


# _common_in_some's answers, a memo of a few lookups (no table to warm up);
# emptied when full, so a stream of new sets of letters cannot grow it without bound.
_COMMON_IN_SOME: dict[tuple[frozenset[str], tuple[str, ...]], bool] = {}
_COMMON_IN_SOME_LIMIT = 4096


def _garbled(shown: str, fixed: str) -> bool:
    """
    Whether ``shown`` has words no language writes that the repair ``fixed`` mends.

    Words mixing scripts or in no case (``Tдmд``, ``FõLTET``), or with a
    symbol inside (``D„nisch``): no text of a language the lexicon lacks
    looks so, as genuine Estonian ``Võite`` does look like text.
    """
    return _mends_glued_symbols(shown, fixed) or _odd_words(_words(fixed)) < _odd_words(
        _words(shown)
    )


def _left_words_vouch(shown: str, fixed: str, pair: Pair) -> bool:
    """
    Whether the words a repair leaves as they are say the text is in a language of its pair.

    So they do where the two code pages are of one family of languages, or
    where one of them is known in the repair's languages and not in the
    read-as ones (``španski`` beside ``Meksièki``). A word known either way
    (``León`` beside Sardinian ``Castìllia``, ``ana`` beside Maori ``anō``)
    tells nothing of the pair: the lexicon must know the words it changes.
    """
    if pair.languages == pair.read_languages:
        return True
    if len(shown) != len(fixed):
        return True  # (composed, Windows-1258: the words moved; as before)
    left = [
        word
        for word, new in zip(*_trimmed_pairs(shown, fixed), strict=True)
        if word and word == new
    ]
    return any(
        any(lexicon.known(word, lang) for lang in pair.languages)
        and not any(lexicon.known(word, lang) for lang in pair.read_languages)
        for word in left
    )


@remembered_by_second_for_last
def _changed_words(shown: str, fixed: str) -> list[str]:
    """
    The words of the repair ``fixed`` that differ from ``shown``'s (see _words); not to be changed.

    Remembered for the last ``shown`` asked, by repair: a candidate's repair
    is asked for them when scored, when ranked and when judged. Its repairs
    are one a pair at most, which the candidates hold anyway.
    """
    if len(shown) != len(fixed):
        return _words(fixed)  # (composed, Windows-1258: the words moved)
    return [
        new for old, new in zip(*_trimmed_pairs(shown, fixed), strict=True) if new and new != old
    ]


def _trimmed_pairs(shown: str, fixed: str) -> tuple[list[str], list[str]]:
    """The words of ``shown`` at its _spans and of ``fixed`` there, trimmed (``""`` if none)."""
    cuts = list(starmap(slice, _spans(shown)))
    return (
        _remembered(_TRIMMED, list(map(shown.__getitem__, cuts)), _trim_anew),
        _remembered(_TRIMMED, list(map(fixed.__getitem__, cuts)), _trim_anew),
    )


# Characters inside a word that words are written with though no letters:
# apostrophes, hyphens, the Catalan middle dot (``l·l``), marks and spaces.
_WRITTEN_IN_WORDS = frozenset("’'ʼ‘-‐‑·\xad")
_NOT_IN_WORDS = ("S", "P", "N")  # categories of symbols, punctuation and digits such as ``¹``


def _glued_symbols(word: str) -> bool:
    """
    Whether a symbol, punctuation or a digit outside ASCII stands inside the (trimmed) word.

    Not one that parts a small letter from a capital: that parts words
    (``Home›News›World``), as a mix-up inside a word does not. Remembered.
    """
    return _remember(_GLUED, word, _glued_symbols_anew, _WORD_MEMO_LIMIT)


_GLUED: dict[str, bool] = {}


def _glued_symbols_anew(word: str) -> bool:
    """_glued_symbols, worked out."""
    return any(
        not char.isascii()
        and not char.isalpha()
        and char not in _WRITTEN_IN_WORDS
        and unicodedata.category(char).startswith(_NOT_IN_WORDS)
        and not (word[at - 1].islower() and word[at + 1 : at + 2].isupper())
        for at, char in enumerate(word)
    )


def _mends_glued_symbols(shown: str, fixed: str) -> bool:
    """
    Whether ``shown`` has words with a symbol inside and the repair ``fixed`` has none.

    A mix-up shows letters as symbols (``D„nisch``, Windows-1252 read as
    cp850); genuine text writes symbols between words, not inside them.
    """
    return _any_glued(_words(shown)) and not _any_glued(_words(fixed))


def _any_glued(words: list[str]) -> bool:
    """
    Whether any of ``words`` has _glued_symbols.

    Words whose characters outside ASCII are all letters, or written in
    words (``’``), have none: the words' few distinct characters are
    asked first, at once, so repairs of letters into letters (most) ask no
    word alone.
    """
    if all(
        char.isascii() or char.isalpha() or char in _WRITTEN_IN_WORDS
        for char in set("".join(words))
    ):
        return False
    return any(map(_glued_symbols, words))


_PROSE_RATIO = 3  # plain words per word outside ASCII in Latin prose with a few odd letters


def _latin_prose(line: str, odd_words: int) -> bool:
    """
    Whether the line is mostly plain words a Western language knows, with a few words outside ASCII.

    Russian or Greek read in a Western code page has no plain words but
    names and markup; Italian read in Mac Roman keeps its plain words, so
    its ``Ë`` is not a Cyrillic ``Л``.
    """
    plain = list(islice((m[0] for m in _ASCII_WORD.finditer(_MARKUP.sub(" ", line))), 100))
    if len(plain) < _PROSE_RATIO * max(odd_words, _MIN_ASCII_WORDS):
        return False
    # lexicon.best_language(plain, WESTERN)'s share, the words known to the
    # language knowing most of them: counted from the index (remembered by
    # word), without ranking the languages that tie by their words' frequencies.
    return _one_knows(plain, WESTERN, _MIN_ASCII_KNOWN * len(plain))


def _one_knows(words: list[str], languages: tuple[str, ...], needed: float) -> bool:
    """
    Whether one of ``languages`` lists ``needed`` of ``words`` (counted as often as they stand).

    Words are looked up in order, and no more once one language has listed
    enough, or none can with the words left: prose says which within its
    first half, and each fresh word is a look-up in the lexicon's index.
    """
    counts = [0] * len(languages)
    memo = _KNOWING.get((languages, False))
    if memo is None:
        memo = _KNOWING[languages, False] = {}
    most = 0
    for seen, word in enumerate(words):
        if most >= needed or most + len(words) - seen < needed:
            break
        indices = memo.get(word)
        if indices is None:
            indices = _remember(
                memo, word, lambda word: _knowing(word, languages, spelled=False), _WORD_MEMO_LIMIT
            )
        for index in indices:
            counts[index] += 1
            most = max(most, counts[index])
    return most >= needed


def _candidates(
    line: str, *, flagged: bool = True
) -> Iterator[tuple[float, float, int, Pair, str]]:
    """
    (gain, known share, -order, pair, repaired line) for each mix-up that may explain it.

    Every pair maps ASCII to itself and other characters to others (but
    U+FFFD, to a control), so what the tests below count is counted on the
    characters outside plain ASCII alone, repaired, and the words of a
    repair are where the line's words are: the line is scanned once.

    Text no scan flags (not ``flagged``) is not Cyrillic or Greek read as
    Latin: that leaves runs of accented letters a scan flags. Those pairs
    are not tried on it.
    """
    spans = _spans(line)
    before_words = _words_at(line, spans)
    if not before_words:
        return
    before: dict[tuple[str, ...], tuple[float, float]] = {}
    before_odd = _odd_words(before_words)
    rest = non_plain(line)
    before_letters = _letter_count(rest)  # _letters(line)
    before_controls = len(_CONTROL.findall(rest))  # the same as the line's
    same_spans = "\ufffd" not in rest
    latin_prose: bool | None = None  # asked once a non-Latin pair passes the tests of counts
    lookalikes = bool(before_odd) and _only_lookalikes(before_words)
    # Cyrillic look-alikes inside Latin words, and no other Cyrillic: read as
    # Latin letters, the lexicon's known share a repair must beat (see below).
    homoglyphs_known: float | None = None
    runs: str | None = None  # the line's runs outside ASCII, for _utf8_shown: as the line, shorter
    whole = False  # whether the line is its runs (no ASCII in it), once they are known
    folded: tuple[float, float] | None = None  # (known share, letters) of the input so read
    lone_before: int | None = None  # the line's _LONE_CAPITAL words
    # (gain, known share) of each repair scored, by what its score depends on
    scored: dict[
        tuple[str, tuple[str, ...], tuple[str, ...], bool, bool], tuple[float, float] | None
    ] = {}
    chars = frozenset(rest)
    counts: Counter[str] | None = None  # each character's number, for _counts_changed
    # Many pairs read the text in one code page (Windows-1252 most): what
    # depends on that alone is worked out once, by the code page read in.
    read_as: dict[str, bytes | None] = {}  # rest encoded as read
    line_read_as: dict[str, bytes | None] = {}  # the line encoded as read
    utf8_shown: dict[str, bool] = {}  # _utf8_shown of the line's runs as read
    for order in _changing_pairs(chars, flagged=flagged):
        pair = PAIRS[order]
        # non_plain(fixed) (uncomposed): neither None nor rest (see _changing_pairs);
        # _convert(rest, pair, compose=False), its bytes kept for _utf8_shown.
        if pair.read not in read_as:
            read_as[pair.read] = _encoded(rest, pair.read)
        read = read_as[pair.read]
        try:
            fixed_rest = None if read is None else read.decode(pair.saved)
        except UnicodeError:
            fixed_rest = None
        if read is None or fixed_rest is None:
            continue  # (never: the pair converts these characters, see _changing_pairs)
        if _lossy_chars(order).isdisjoint(chars):
            # No letter lost, no control made (a set test): the repair has
            # as many letters or more, and passes the letter tests below.
            fixed_letters, quoted = before_letters, 0
        else:
            # Letters a mix-up made of quotes, dashes and no-break spaces
            # (``lÆinstant``, ``ô%(value)sö``) are no letters lost where they
            # stand as typography does; at most these, counted in place below.
            if counts is None:
                counts = Counter(rest)  # (one pass in C, once a pair asks)
            counted = _counts_changed(rest, chars, order, counts)
            if counted is None:
                fixed_letters = _letter_count(fixed_rest)
                quoted = _letters_to_quotes(rest, fixed_rest)
                fixed_controls = len(_CONTROL.findall(fixed_rest))
            else:
                letters_gained, controls_gained, quoted = counted
                fixed_letters = before_letters + letters_gained
                fixed_controls = before_controls + controls_gained
            fixed_letters += quoted
            if (
                # the letter test below, with no odd word mended: cheaper than words
                fixed_letters < before_letters - before_odd or fixed_controls > before_controls
            ):
                continue
        if pair.saved in _NON_LATIN_CODECS:
            if latin_prose is None:
                latin_prose = _latin_prose(line, len(before_words))
            if latin_prose:
                continue
        if runs is None:
            runs = non_ascii_runs(line)
            # A line of nothing but characters outside ASCII (one long word)
            # is its own runs and its own non_plain characters: what was
            # encoded and decoded for these is not done again for the line.
            whole = runs == rest == line
        if pair.read not in utf8_shown:
            utf8_shown[pair.read] = _utf8_shown_in(read) if whole else _utf8_shown(runs, pair)
        if utf8_shown[pair.read]:
            continue
        composed = pair.saved in _COMBINING_CODECS  # the words may have moved
        # The repaired line, worked out only where it is asked for: the line
        # with its characters outside plain ASCII made fixed_rest's (plain
        # ASCII every pair keeps), composed or not.
        fixed = fixed_rest if whole and not composed else None
        if (
            composed
            or (pair.saved in _MARKING_CODECS and _COMBINING.search(fixed_rest))
            or _lowers_capitals_only(chars, order)  # _only_capitals_lowered(rest, fixed_rest)
        ):
            # (Else no mark stands in it, and it does more than lower capitals.)
            fixed = fixed or _convert_read(line, pair, line_read_as)
            if fixed is None:
                continue
            if _stray_mark(fixed, pair) or _initials_lowered(rest, fixed_rest, line, fixed):
                continue
        # What follows depends on the pair only through these: two pairs
        # making the same repair (Windows-1251 read as Windows-1252 or as
        # Latin-1, alike where the text holds neither's own characters) are
        # scored once. None marks a repair left out. (The repair of the line
        # is that of its characters outside plain ASCII: fixed_rest tells it.)
        key = (
            fixed_rest,
            pair.languages,
            pair.read_languages,
            pair.saved in _NON_LATIN_CODECS,
            composed,
        )
        if key in scored:
            found = scored[key]
            fixed = None if found is None else fixed or _convert_read(line, pair, line_read_as)
            if found is not None and fixed is not None:
                yield found[0], found[1], -order, pair, fixed
            continue
        fixed = fixed or _convert_read(line, pair, line_read_as)
        if fixed is None:
            continue
        scored[key] = None
        if quoted:
            uncomposed = cast("str", _convert(line, pair, compose=False)) if composed else fixed
            fixed_letters += _quotes_in_place(line, uncomposed) - quoted
        words = _words_at(fixed, spans) if same_spans and not composed else _words(fixed)
        odd = _odd_words(words)
        if (
            not words
            or odd > before_odd
            # a letter may become a symbol only where an odd word comes right
            or fixed_letters < before_letters - (before_odd - odd)
        ):
            continue
        if pair.read_languages not in before:
            before[pair.read_languages] = (
                _known_share(before_words, pair.read_languages),
                _plausibility(before_words, pair.read_languages),
            )
        known_before, letters_before = before[pair.read_languages]
        if lookalikes and pair.saved not in _NON_LATIN_CODECS:
            # The input read with look-alikes as Latin letters competes too
            # (the same for every pair: scored once).
            if folded is None:
                folded_words = _words_at(line.translate(_TO_LATIN), spans)
                folded = (
                    _known_share(folded_words, WESTERN),
                    _plausibility(folded_words, WESTERN),
                )
            known_before = max(known_before, folded[0])
            letters_before = max(letters_before, folded[1])
        letters = (_plausibility(words, pair.languages) - letters_before) / _LETTER_WEIGHT
        letters += _changed_pairs_gain(line, fixed, pair, spans) / _CHANGED_WEIGHT
        if 1.0 - known_before + letters < 0 and not _one_letter_words_only(line, fixed):
            # No share of known words can lift it above nothing: no caller
            # takes a candidate below that but one of one-letter words (see
            # _accepted), so the lexicon is not asked.
            continue
        known = _known_share(words, pair.languages)
        if lookalikes and pair.read_languages == CYRILLIC:
            # Look-alikes typed in Latin words are fix_homoglyphs' (Croatian
            # ``implementirаnа``; Baltic ``ą`` read as Windows-1251 is ``а`` too):
            # a repair the lexicon knows no better than that reading is none,
            # unless the line's plain words are in the repair's language.
            if homoglyphs_known is None:
                homoglyphs_known = _homoglyphs_known(line, spans, before_words)
            if _lookalikes_explain_it(line, fixed, pair, known, homoglyphs_known):
                continue
        # Words the repair rids of a capital after a small letter or of mixed
        # scripts (KOI8-R read as Windows-1251 makes ``лЮЙЕДНМЯЙХИ``): no
        # language writes them, lexicon or not.
        # So do lone capitals between small words (``cui Ë stato``: ``è``, not ``À``).
        if lone_before is None:
            lone_before = _lone_capitals(line, rest)
        lone = _lone_capitals(fixed, fixed if composed else fixed_rest)  # (composed: ``À`` anew)
        mended = (before_odd - odd + lone_before - lone) / len(before_words) * _MENDED_WEIGHT
        if _one_alphabet(words, pair.languages) and not _one_alphabet(
            before_words, pair.read_languages
        ):
            mended += _ALPHABET_WEIGHT
        gain = known - known_before + letters + mended
        scored[key] = (gain, known)
        yield gain, known, -order, pair, fixed


def _encoded(text: str, codec: str) -> bytes | None:
    """``text`` encoded in ``codec``, or None where it cannot be."""
    try:
        return _encode(text, codec)
    except UnicodeError:
        return None


def _convert_read(line: str, pair: Pair, encoded: dict[str, bytes | None]) -> str | None:
    """
    _convert(line, pair), the line's bytes as read kept in ``encoded`` by code page for other pairs.

    (Many pairs read in one code page: each encodes the line once.)
    """
    if pair.read not in encoded:
        encoded[pair.read] = _encoded(line, pair.read)
    read = encoded[pair.read]
    if read is None:
        return None
    try:
        fixed = read.decode(pair.saved)
    except UnicodeError:
        return None
    if pair.saved in _COMBINING_CODECS:
        return unicodedata.normalize("NFC", fixed)
    return fixed


def _counts_changed(
    rest: str, chars: frozenset[str], order: int, counts: Mapping[str, int] | None = None
) -> tuple[int, int, int] | None:
    """
    What ``PAIRS[order]`` changes in ``rest`` (a line's non_plain characters, ``chars`` their set).

    (letters gained, control characters gained, letters made typography):
    _letter_count, the _CONTROL count and _letters_to_quotes of the repair
    less those of ``rest``, counted character by character. The pair maps
    each character to one, whatever stands around it, so each count is the
    sum over the distinct characters of their number in ``rest`` (str.count,
    in C) times what one of them changes: a few dozen distinct characters
    asked, not every character of a long line passed over three times for
    every pair. None where a character becomes plain ASCII (the three
    counts are then worked out on the repair itself, as they were).
    """
    effects = _char_effects(order)
    for char in chars.difference(effects):  # (ASCII, U+FFFD: each once for the process)
        effects[char] = _char_effect(char, PAIRS[order])
    letters = controls = quoted = 0
    for char in chars:
        effect = effects[char]
        if effect is None:
            return None
        if effect != _NO_EFFECT:
            count = rest.count(char) if counts is None else counts[char]
            letters += count * effect[0]
            controls += count * effect[1]
            quoted += count * effect[2]
    return letters, controls, quoted


_NO_EFFECT = (0, 0, 0)


@cache
def _char_effects(order: int) -> dict[str, tuple[int, int, int] | None]:
    """
    What ``PAIRS[order]`` changes of each character of its read-as code page's upper half.

    (_char_effect; other characters a line holds are added as they come: at
    most those the code page reads, 256 in all.)
    """
    conversions = _conversions(order)
    return {char: _effect(char, conversions[char]) for char in _upper_half(PAIRS[order].read)}


def _char_effect(char: str, pair: Pair) -> tuple[int, int, int] | None:
    """
    What ``pair`` changes of ``char``: (letters, controls, letters made typography) gained.

    None where it converts to plain ASCII, or to other than one character,
    or not at all (_counts_changed then leaves the counting to the repair).
    """
    return _effect(char, _convert(char, pair, compose=False))


def _effect(char: str, fixed: str | None) -> tuple[int, int, int] | None:
    """_char_effect of ``char``, which the pair converts to ``fixed`` (uncomposed; None if not)."""
    if fixed is None or len(fixed) != 1 or not non_plain(fixed):
        return None
    (letters, controls), (letters_before, controls_before) = _counted(fixed), _counted(char)
    return (
        letters - letters_before,
        controls - controls_before,
        int(fixed in _TYPOGRAPHIC and fixed != char and char.isalpha()),
    )


@cache
def _counted(char: str) -> tuple[int, int]:
    """(_letter_count, the _CONTROL count) of one character: code pages share most of theirs."""
    return _letter_count(char), len(_CONTROL.findall(char))


@cache
def _conversions(order: int) -> dict[str, str | None]:
    """
    ``_convert(char, PAIRS[order], compose=False)`` of each character its read-as code page reads.

    The first use of every table built from them (_converted_chars,
    _lossy_chars, _char_effects), worked out once for the three, and in one
    encoding and one decoding of the 256 characters, not 256 of each: the
    code pages tried are stateless, one byte a character, so each character
    converts alone as it does among the others. A byte the saved-as code
    page has no character for decodes to a lone surrogate (surrogateescape),
    which no code page reads, so it marks a character that does not convert.
    (Were a code page to encode a character to other than one byte, the
    characters are converted one by one.)
    """
    pair = PAIRS[order]
    chars = bytes(range(256)).decode(pair.read, errors="ignore")
    raw = _encoded(chars, pair.read)
    fixed = None
    if raw is not None and len(raw) == len(chars):
        try:
            fixed = raw.decode(pair.saved, errors="surrogateescape")
        except UnicodeError:  # (a byte below 0x80 it has no character for)
            fixed = None
    if fixed is None or len(fixed) != len(chars):
        return {char: _convert(char, pair, compose=False) for char in chars}
    return {
        char: None if "\udc80" <= made <= "\udcff" else made
        for char, made in zip(chars, fixed, strict=True)
    }


# Look-alikes of a Latin letter in both cases (Cyrillic ``а`` and ``А``, ``е``
# and ``Е``): typed for Latin letters, where ``г`` or ``ш`` (``r``, ``w``) are
# rather what a code page makes of ``ã`` and ``ø``.
_CASE_TWINS = frozenset(
    char
    for char in _LOOKALIKE_CHARS
    if _TO_LATIN_TWIN.get(char.upper(), "").lower() == _TO_LATIN_TWIN.get(char.lower(), "-").lower()
)


def _lookalikes_explain_it(
    line: str, fixed: str, pair: Pair, known: float, homoglyphs_known: float
) -> bool:
    """
    Whether look-alikes typed in Latin words explain ``line`` as well as a reading as Cyrillic.

    ``homoglyphs_known`` is the known share of the line's words with their
    look-alikes read as Latin, -1 unless each Cyrillic letter stands in a
    word mostly Latin (_homoglyphs_known). Western text read as Windows-1251
    shows ``à``, ``å``, ``ó`` and ``ñ`` as ``а``, ``е``, ``у`` and ``с``, so a
    stray look-alike in a Latin word (Italian ``beltа``, German
    ``Vеranstalterseite``) reads as an accented letter too. Letter
    statistics cannot tell the two (no language writes the word as shown
    either way): the repair must be a word the lexicon knows better than the
    look-alike reading, or make letters of the language of the line's plain words.
    """
    if homoglyphs_known < 0:
        return False
    if not _CASE_TWINS.issuperset(_NON_LATIN_SET.intersection(line)):
        # (``г`` or ``ш`` too: a code page may have made them, see _CASE_TWINS.)
        return 0 < homoglyphs_known >= known and not _backed_by_plain_words(line, fixed, pair)
    if known > homoglyphs_known:
        return False  # the lexicon knows the repair better (Spanish ``administraciуn``)
    return not _plain_words_write_it(
        line, fixed, pair, known=known, lookalikes_known=homoglyphs_known
    )


def _plain_words_write_it(
    line: str, fixed: str, pair: Pair, *, known: float, lookalikes_known: float
) -> bool:
    """
    Whether the plain words of ``line`` vouch for a repair look-alikes explain as well.

    Where letter statistics alone speak for it, or a word known either way:
    they must be plainly of a language that writes the letters the repair
    makes (Swedish ``Innehеllstyper ... objekt finns inte``: ``å``) and, where
    the look-alikes read as Latin make a known word too (``lookalikes_known``),
    know the repair (Swedish ``det gеr bra``, not Norwegian ``kan hеller ikke``).
    """
    plain = _plain_words(line)
    if len(plain) < _MIN_ASCII_WORDS:
        return False
    changed = _changed_words(line, fixed)
    if not lookalikes_known and not known and len(_distinct(changed)) < _UNFLAGGED_WORDS_ALONE:
        return False  # (one word no lexicon knows either way: a name, or Italian ``beltа``)
    lang, share = lexicon.best_language(plain)
    if (
        share < _PLAIN_WORDS_KNOWN
        or lang not in pair.languages
        or not _alphabet(lang)[0].issuperset(
            new.casefold() for old, new in zip(line, fixed, strict=False) if old != new
        )
    ):
        return False
    return not lookalikes_known or all(lexicon.known(word, lang) for word in changed)


@cache
def _lossy_chars(order: int) -> frozenset[str]:
    """
    The characters ``PAIRS[order]`` makes fewer letters of, or more control characters.

    Letters as _letter_count counts them (a combining mark is one). The pair
    maps each character to one (composed or not), whatever stands around it:
    a text holding none of these loses no letter to it and gains no control.
    """
    conversions = _conversions(order)
    found = set()
    for char in _upper_half(PAIRS[order].read):
        fixed = conversions[char]
        if fixed is None:
            found.add(char)
            continue
        (letters, controls), (letters_before, controls_before) = _counted(fixed), _counted(char)
        if letters < letters_before or controls > controls_before:
            found.add(char)
    return frozenset(found)


def _lowers_capitals_only(chars: AbstractSet[str], order: int) -> bool:
    """
    _only_capitals_lowered of a text with these characters outside plain ASCII, by ``PAIRS[order]``.

    The pair maps each character to one, whatever stands around it: each
    distinct character is asked once (a few dozen), not each place of a
    long line. Every one of ``chars`` converts (see _changing_pairs).
    """
    conversions = _conversions(order)
    return all(
        char.isupper() and fixed is not None and fixed.islower()
        for char in chars
        if (fixed := conversions[char]) != char
    )


def _initials_lowered(rest: str, fixed_rest: str, line: str, fixed: str) -> bool:
    """
    Whether all a repair does is make small the capitals that lead words where capitals stand.

    A capital leads a line, a sentence or a word of a name (Occitan ``Timor
    Èste``); a mix-up that shows small letters as capitals (Mac Roman)
    leaves them inside words, or after a small word (``non Ë``, ``amb Šxit``).
    """
    if len(line) != len(fixed) or not _only_capitals_lowered(rest, fixed_rest):
        return False
    # A character that changed is outside ASCII in the line or in the repair:
    # only those places are compared (found by scans in C), not every one.
    return all(
        line[at] == fixed[at] or _capital_stands(line, at)
        for at in _places_outside_ascii(line, fixed)
    )


def _only_capitals_lowered(rest: str, fixed_rest: str) -> bool:
    """Whether each character ``fixed_rest`` changes in ``rest`` is a capital it makes small."""
    if len(rest) != len(fixed_rest):
        return False
    # (The places that differ picked out in C: most repairs fail at the first.)
    changed = compress(zip(rest, fixed_rest, strict=True), map(str.__ne__, rest, fixed_rest))
    return all(old.isupper() and new.islower() for old, new in changed)


def _places_outside_ascii(*texts: str) -> set[int]:
    """The indices at which a character outside ASCII stands in any of ``texts``."""
    return {hit.start() for text in texts for hit in _NON_ASCII.finditer(text)}


_SENTENCE_ENDS = frozenset(".!?:;\n")


def _capital_stands(line: str, at: int) -> bool:
    """Whether a capital at ``at`` leads a line, a sentence or a word after a capitalized one."""
    before = line[:at].rstrip(" \t")
    if not before or before[-1] in _SENTENCE_ENDS:
        return True
    if len(before) == at:
        return False  # glued to what comes before (``peut-Ûtre``)
    word = before.rsplit(maxsplit=1)[-1]
    return word[:1].isupper()


# A word of one capital letter outside ASCII between small words: no
# sentence has one (``cui À stato``), but a mix-up that shows small letters
# as capitals makes them (Windows-1252 ``è`` read as Mac Roman is ``Ë``).
_LONE_CAPITAL = re.compile("(?<=[a-zß-ÿ] )[À-Þ](?= [a-zß-ÿ])")
_LONE_CAPITAL_LETTERS = frozenset(map(chr, range(ord("À"), ord("Þ") + 1)))


def _lone_capitals(line: str, rest: str) -> int:
    """
    How many _LONE_CAPITAL words ``line`` holds; ``rest`` is its non_plain characters.

    None where it holds no such capital (a set test on the few characters
    outside ASCII), without the scan, which looks behind at every character.
    """
    if _LONE_CAPITAL_LETTERS.isdisjoint(rest):
        return 0
    return len(_LONE_CAPITAL.findall(line))


@lru_cache(maxsize=4096)
def _changing_pairs(chars: frozenset[str], *, flagged: bool) -> tuple[int, ...]:
    """
    The indices of the PAIRS _candidates converts a text with these characters outside ASCII by.

    Those that can convert it and change it: a pair maps each character to
    one of its own, whatever is around it, so a text converts, and changes,
    exactly where the set of its characters does; asked once per set for
    the process (bounded), not per text and pair. Text no scan flags (not
    ``flagged``) is not Cyrillic or Greek read as Latin: that leaves runs of
    accented letters a scan flags. Those pairs are not tried on it.
    """
    # _convert of the characters neither fails nor leaves them as they were:
    # each is converted alone (one byte each), so the pairs converting them
    # all are those every character's bits hold, and of those, the pairs
    # changing one are those some character's bits hold.
    converts = _ALL_PAIRS if flagged else _UNFLAGGED_PAIRS
    changes = 0
    for char in chars:
        converting, changing = _pair_bits(char)
        converts &= converting
        if not converts:
            return ()
        changes |= changing
    found = converts & changes
    return tuple(order for order in range(len(PAIRS)) if found >> order & 1)


# The pairs tried on text no scan flags (see _changing_pairs): not Cyrillic or Greek read as Latin.
_UNFLAGGED_PAIRS = sum(
    1 << order
    for order, pair in enumerate(PAIRS)
    if not (pair.saved in _NON_LATIN_CODECS and pair.read in _LATIN_READ)
)


@lru_cache(maxsize=4096)
def _pair_bits(char: str) -> tuple[int, int]:
    """
    (The pairs converting ``char``, those of them changing it), as bits by order.

    _converted_chars of every pair, asked of one character, once for the
    process (bounded): a text's pairs are then found with a look-up per
    distinct character, not two set tests per pair.
    """
    converting = changing = 0
    for order in range(len(PAIRS)):
        converts, changes = _converted_chars(order)
        if char in converts:
            converting |= 1 << order
        if char in changes:
            changing |= 1 << order
    return converting, changing


@cache
def _converted_chars(order: int) -> tuple[frozenset[str], frozenset[str]]:
    """
    (the characters ``PAIRS[order]`` converts, those of them it changes).

    Every code page tried is one byte a character: a text converts where
    each of its characters does, and changes where one of them does.
    """
    conversions = _conversions(order).items()
    converts = frozenset(char for char, fixed in conversions if fixed is not None)
    changes = frozenset(char for char, fixed in conversions if fixed not in (None, char))
    return converts, changes


# Gain for a repair whose letters outside ASCII are all of one language's
# alphabet, from an input whose letters are no one language's (``Arabšèina``,
# ``š`` Slovenian and ``è`` French, to ``Arabščina``): letter statistics that
# hold for words no lexicon lists.
_ALPHABET_WEIGHT = 0.7


def _one_alphabet(words: list[str], languages: tuple[str, ...]) -> bool:
    """Whether the letters outside ASCII of ``words`` are all in one of ``languages``' alphabets."""
    # (Casefolding maps each character alone: the words' letters are the union
    # of each one's, and those of the words joined, the few distinct ones
    # sorted out once, not letter by letter for each word.)
    letters = _folded_letters(" ".join(words))
    return any(letters <= _alphabet(lang)[0] for lang in languages)


def _folded_letters(text: str) -> frozenset[str]:
    """The letters of _folded(text), each once."""
    return frozenset(char for char in set(text.casefold()) if not char.isascii() and char.isalpha())


# Letters in the words a document's pair changes in a line, below which the
# line is too short to be read on its own against the document (``ôåâ``).
_OWN_READING_LETTERS = 6


@dataclass(frozen=True)
class FixLegacyCodepage:
    """Undo text saved in one legacy code page and read in another, where the lexicon says so."""

    def __call__(self, text: str) -> str:
        """Return ``text`` with its mixed-up lines repaired."""
        return _apply(text, self._stable_repairs(text))

    def explain(self, text: str) -> tuple[str, tuple[Change, ...]]:
        """Like calling the filter, and name the pairs of code pages for each line it changed."""
        changes: list[Change] = []
        for start, end, fixed, names in self._stable_repairs(text):
            reason = f"legacy code page: {', then '.join(names)}"
            changes.extend(
                change._replace(start=change.start + start, end=change.end + start)
                for change in diff_changes(text[start:end], fixed, reason)
            )
        return apply_changes(text, changes), tuple(changes)

    def _stable_repairs(self, text: str) -> list[tuple[int, int, str, tuple[str, ...]]]:
        """
        (start, end, repaired line, pair names) for each line, repaired until nothing changes.

        The filter is idempotent: a text it returns is one it leaves as it
        is. Repairs are made round after round (a mix-up undone may reveal
        another, or make a line plausible for a second pair) until a round
        changes nothing; a text that has not settled after _ROUNDS rounds is
        left as it was, since no reading of it is stable. Every pair maps one
        character to one, so the lines keep their places from round to round;
        a composed repair (Windows-1258) moves them, so must be the last.
        """
        if not may_change_text(text, notable_chars(text)):
            return []  # what the pipeline's gate shuts out, the filter leaves alone too
        merged: dict[int, tuple[int, str, tuple[str, ...]]] = {}
        current = text
        moved = False  # a composed repair (Windows-1258) moved the lines
        for _ in range(_ROUNDS):
            repairs = [
                repair
                for repair in self._repairs(current)
                if not _unmakes_formula(current[repair[0] : repair[1]], repair[2])
            ]
            if not repairs:
                # In the text's order: a line first repaired in a later round comes last in merged.
                return sorted(
                    (start, end, fixed, names) for start, (end, fixed, names) in merged.items()
                )
            if moved:
                return []  # (rare: the places of a second round's lines are not the text's)
            moved = any(len(fixed) != end - start for start, end, fixed, _ in repairs)
            for start, end, fixed, pair in repairs:
                names = merged[start][2] if start in merged else ()
                merged[start] = (end, fixed, (*names, pair.name))
            current = _apply(current, [(start, end, fixed, ()) for start, end, fixed, _ in repairs])
        return []

    def _repairs(self, text: str, *, alone: bool = False) -> list[tuple[int, int, str, Pair]]:
        """
        (start, end, repaired line, pair) for each line to repair, in order.

        A document mixed up as a whole is decided as a whole: the words of
        all its lines that hold a telltale are pooled, so a document of short
        lines is judged on all of them. Its pair is then applied to each line
        that holds characters it changes, where that line alone is no less
        plausible for it; the lines it leaves are judged each as a text of
        its own (_left_lines_alone; not again where ``alone``). Failing a
        document-wide pair, lines are judged one by one (a mixed-up title in
        a clean document).
        """
        verdict = _plainly_genuine(notable_chars(text))
        scans = _telltale_scans(text)
        left = _left_for_its_characters(text, verdict)
        finding = None if left else _first_finding(text, verdict, scans)
        if left or _left_at_once(text, finding):
            return []
        # (A text no scan flags has got here only as _unflagged_worth_scoring.
        # No scan finds a line of it: each finds what its search of the whole
        # text finds, which _first_finding asked, so its lines are not searched.)
        found_lines = merge(*(lines_holding(text, scan) for scan in scans)) if finding else ()
        # The first lines some code page could have been read as (genuine
        # Czech holds letters Windows-1252 has not), each once, in order.
        readable = (line for line, _ in groupby(found_lines) if _readable(text[line[0] : line[1]]))
        lines = list(islice(readable, _POOLED_LINES))
        if not lines and not _unflagged_worth_scoring(text):
            return []
        # The document's evidence: its first lines that hold anything a pair
        # changes, not only those the scans flagged.
        evidence = list(islice(lines_holding(text, _NON_ASCII), _POOLED_LINES))
        pooled = "\n".join(text[start:end] for start, end in evidence)
        candidates = list(_candidates(pooled, flagged=bool(lines)))
        top = max(candidates, default=None)
        best, found = _first_accepted(candidates, None, pooled)
        if found is None and len(lines) > 1 and len(lines) < len(evidence):
            # Lines of the document no scan flags may be genuine, of its
            # language or another (an Arabic line a Windows-1252 reading
            # cannot have made, a Catalan one with its own accents), and
            # spoil every pair's reading of all: the flagged lines alone
            # may agree on one, which each other line then takes only where
            # it is no worse for it (below).
            flagged = "\n".join(text[start:end] for start, end in lines)
            best, found = _first_accepted(_candidates(flagged), None, flagged)
        if not lines and _unconvincing(text, pooled, best, found):
            return []
        if found is None and len(lines) > 1 and _lines_alone_unheard(pooled, top):
            return []
        repairs: list[tuple[int, int, str, Pair]] = []
        if found is not None:
            pair = found[0]
            for start, end in lines_holding(text, _NON_ASCII):
                line = text[start:end]
                fixed = _convert(line, pair)
                if (
                    fixed is not None
                    and fixed != line
                    and _no_worse(line, fixed, pair)
                    and not _unlisted_language_left(text, line, fixed, pair)
                ):
                    own = None if alone else self._own_reading(text, line, fixed, pair)
                    repairs.append((start, end, *(own or (fixed, pair))))
            if not alone:
                repairs.extend(self._left_lines_alone(text, repairs))
            return sorted(repairs)
        # Then lines one by one, but only so many: where no pair reads the
        # document as a whole, its lines may have been shown through two (a
        # line pasted from a DOS window among Windows ones), and each line's
        # own words tell its pair (best_pair).
        for start, end in lines[:_POOLED_LINES]:
            line = text[start:end]
            # best_pair(line, context=text); a document of one such line
            # (most short ones) has had its candidates worked out already.
            ranked = candidates if line == pooled else _candidates(line)
            found = _first_accepted(ranked, text, line)[1]
            if found is not None and not _unlisted_language_left(text, line, found[1], found[0]):
                repairs.append((start, end, found[1], found[0]))
        return repairs

    def _left_lines_alone(
        self, text: str, repairs: list[tuple[int, int, str, Pair]]
    ) -> Iterator[tuple[int, int, str, Pair]]:
        """
        Repairs of the lines of ``text`` its document-wide pair left, each judged as a text alone.

        A document's lines may have been shown through two pairs (a line
        pasted from a DOS window among Windows ones, ``Introduzca un
        n˙mero`` beside ``v\N{NO-BREAK SPACE}lida``): a line the document's
        pair does not read is then judged by its own words, with every gate
        a text of that one line passes, so a clean line of the document
        (``O {name} “{obj}” foi adicionado``, ``šest``) is left as it is.
        """
        done = {start for start, _, _, _ in repairs}
        for start, end in lines_holding(text, _NON_ASCII):
            if start in done or end - start == len(text):
                continue
            line = text[start:end]
            for _, _, fixed, pair in self._alone(line):
                if not _unlisted_language_left(text, line, fixed, pair):
                    yield start, end, fixed, pair

    def _own_reading(self, text: str, line: str, fixed: str, pair: Pair) -> tuple[str, Pair] | None:
        """
        The repair of ``line`` alone, where it reads better than ``fixed``, the document's pair's.

        A line shown through another pair than the document's may still be
        no worse for the document's (_no_worse: Finnish ``TŠssŠ`` of Mac
        Roman, read as DOS 850, gives ``Tèssè``): where the words that pair
        changes are not all known, the line judged alone (_alone) wins if
        the lexicon knows more of the words its own reading changes.
        """
        changed = _changed_words(line, fixed)
        known = _known_share(changed, pair.languages)
        if known == 1.0 or line == text or sum(map(len, changed)) < _OWN_READING_LETTERS:
            return None
        for _, _, own, own_pair in self._alone(line):
            if (
                own != fixed
                and not set(own_pair.languages).isdisjoint(pair.languages)
                and _odd_words(_words(own)) <= _odd_words(_words(fixed))
                and _glued_words(own) <= _glued_words(fixed)
                and _changes_within(line, own, fixed)
                and _known_share(_changed_words(line, own), own_pair.languages) > known
            ):
                return own, own_pair
        return None

    def _alone(self, line: str) -> list[tuple[int, int, str, Pair]]:
        """_repairs of ``line`` as a text of its own, behind the gate every text passes."""
        if not may_change_text(line, notable_chars(line)):
            return []
        return self._repairs(line, alone=True)


def _unlisted_language_left(text: str, line: str, fixed: str, pair: Pair) -> bool:
    """
    Whether the repair ``fixed`` of ``line`` (of ``text``) is refused: a language the lexicon lacks.

    Text in a language with no word list may read as a mix-up into one the
    lexicon knows, a letter's mark moved: Albanian ``Lankë``, Friulian
    ``personâls`` and Kurdish ``Rîko`` are Lithuanian ``Lankė``, Latvian
    ``personāls`` and ``Rīko`` shown in Windows-1252, all known words. Its
    letters used together being a real orthography's is evidence for that
    orthography: where the line looks like text (every word in a case, no
    symbol inside one, no lone capital), its letters outside ASCII are all
    of a Latin alphabet the lexicon lacks (_unlisted_alphabet), the repair
    only moves marks (_marks_moved_only: each letter keeps its base
    letter; a mix-up that makes ``č`` of ``è`` or ``š`` of ``ð`` is no such
    reading), and the text's plain words are not the repair's language
    (``Preferencis``, ``Porto``), the repair must be much more plausible than
    the text as it stands: the lexicon must know _KNOWN_REPAIRED_WORDS of
    the words it changes in the text, listed in no language as shown.
    """
    if not _marks_moved_only(line, fixed):
        return False
    words = _words(line)
    if (
        not words
        or _odd_words(words)
        or any(map(_glued_symbols, words))
        or _LONE_CAPITAL.search(line) is not None
    ):
        return False
    return _unlisted_language_text(text, pair)


_KNOWN_REPAIRED_WORDS = 2


@remembered_by_second_for_last
def _unlisted_language_text(text: str, pair: Pair) -> bool:
    """
    What _unlisted_language_left asks of the whole ``text`` for ``pair`` (once a text and pair).

    Its letters outside ASCII together (not a line's alone: the letters of
    one language's text are one alphabet), its plain words, and the words
    the pair changes: each line the pair repairs asks the same (remembered
    for the last text).
    """
    plain = _plain_words(text)
    return (
        _unlisted_alphabet(frozenset("".join(map(_folded, notable_chars(text)))))
        and not (plain and max(_coverages(plain, pair.languages)) >= _MIN_ASCII_KNOWN)
        and _repaired_words_known(_evidence(text), pair) < _KNOWN_REPAIRED_WORDS
    )


def _marks_moved_only(line: str, fixed: str) -> bool:
    """Whether each letter the repair ``fixed`` changes in ``line`` keeps its base letter."""
    return len(line) == len(fixed) and all(
        _base_letter(old) == _base_letter(new)
        for old, new in zip(line, fixed, strict=True)
        if old != new
    )


def _base_letter(char: str) -> str:
    """The letter ``char`` is written on (``ė`` and ``ë``: ``e``), casefolded."""
    return unicodedata.normalize("NFD", char.casefold())[:1]


def _unlisted_alphabet(letters: frozenset[str]) -> bool:
    """Whether ``letters`` (outside ASCII, casefolded) are all of one alphabet the lexicon lacks."""
    return bool(letters) and any(letters <= alphabet for alphabet in _UNLISTED_ALPHABETS)


_UNLISTED_ALPHABETS = tuple(map(frozenset, ALPHABETS))


def _evidence(text: str) -> str:
    """The first _POOLED_LINES lines of ``text`` holding a character outside ASCII, joined."""
    lines = islice(lines_holding(text, _NON_ASCII), _POOLED_LINES)
    return "\n".join(text[start:end] for start, end in lines)


def _repaired_words_known(text: str, pair: Pair) -> int:
    """How many words ``pair`` changes in ``text`` the lexicon knows, listed nowhere as shown."""
    fixed = _convert(text, pair)
    if fixed is None or len(fixed) != len(text):
        return 0
    changed = {
        (old, new)
        for old, new in zip(*_trimmed_pairs(text, fixed), strict=True)
        if new and new != old
    }
    return sum(
        any(lexicon.known(new, lang) for lang in pair.languages)
        and not _known_anywhere(lexicon.key(old))
        for old, new in changed
    )


def _lines_alone_unheard(pooled: str, top: tuple[float, float, int, Pair, str] | None) -> bool:
    """
    Whether the lines of a document no pair reads as a whole are left, not judged one by one.

    So they are where no pair made the ``pooled`` lines more plausible at all
    (``top``, the best candidate, gains nothing) and their words mix scripts
    through look-alikes only (Welsh ``hуd аt``): typed so, which no line's
    pair explains. Lines shown through two pairs (a DOS line among Windows
    ones, ``Ñåãîäíÿ`` over ``ъБЧФТБ``) spoil every pair's reading of the
    whole, and each line's own words tell its pair.
    """
    if top is not None and top[0] >= 0:
        return False
    mixing = [word for word in _words(pooled) if _mixes_scripts(word)]
    return bool(mixing) and _only_lookalikes(mixing)


def _left_for_its_characters(text: str, verdict: int) -> bool:
    """Whether ``text``'s characters say it is left (``verdict``, _plainly_genuine's): no scan."""
    return verdict == _GENUINE_SET or (verdict == _GENUINE_UNLESS_RUN and not _run_of_three(text))


def _left_at_once(text: str, finding: re.Pattern[str] | None) -> bool:
    """
    Whether ``text`` is left before any line is gathered or pair scored.

    ``finding`` is the first telltale scan that finds anything in it
    (_first_finding; its characters, _left_for_its_characters, did not say).
    Left where no scan flags anything and its letters are one language's,
    or it is no _unflagged_suspect; or the flagged words are known words
    (Icelandic or Danish text is full of telltale letters). Clean text is
    scanned once. (Greek and Cyrillic text is _UNFIT: their scans are asked
    more cleverly.)
    """
    if finding is None:
        return not _unflagged_worth_scoring(text)
    return (
        (finding is _CYRILLIC_TELLTALE and _latin_twins_only(text))
        or (finding is _CYRILLIC_IN_LATIN and _cyrillic_read_as_no_language(text))
        or _looks_genuine(text)
        or (finding is _CYRILLIC_TELLTALE and _cyrillic_acronyms_only(text))
    )


# A word of Cyrillic small letters only, standing alone (see _cyrillic_acronyms_only).
_SMALL_CYRILLIC_WORD = re.compile("(?<![^\\W\\d_])[а-яѐ-џґ]{3,}(?![^\\W\\d_])")
_ACRONYM_SAMPLE = 16  # the text's first small words, of _MIN_LETTERS or more, judged
_ACRONYM_MIN_WORDS = 5  # of which it must hold at least these
# And the share of them its language must know: the lexicon lists common
# words only (of 12 small words of Russian news, 6 to 11 are listed); the
# small words of a text whose case a mix-up swapped are shuffled capitals,
# none listed.
_ACRONYM_KNOWN = 0.4


def _cyrillic_acronyms_only(text: str) -> bool:
    """
    Whether the flagged words of ``text`` are mixed-case Cyrillic names among known small words.

    Russian writes names of firms and schools in capitals and small letters
    (``КамАЗ``, ``ЮУрГУ``, ``ВолгаИнформ``): a capital after a small letter,
    which the Cyrillic scan flags, since KOI8-R read as Windows-1251 (or the
    other way) swaps the case of every letter. Such a mix-up leads a word
    with a small letter and makes capitals of the rest (``рТЙЧЕФ``), and a
    text's words in small letters of capitals, whose letters it also
    shuffles: its small words are no language's. So a text is left where
    every flagged word is led by a capital, holds a small letter and only
    letters of one Cyrillic language's alphabet, and its first small words
    are that language's (_GENUINE of them): every pair's scoring would
    reject their repair, at the cost of dozens of readings.
    """
    words = _flagged_words(text)
    names = [word for word in words if not _cyrillic_with_latin_twins(word)]
    if not names or not all(map(_name_or_spaced_words, names)):
        return False
    small = [hit.group() for hit in islice(_SMALL_CYRILLIC_WORD.finditer(text), _ACRONYM_SAMPLE)]
    if len(small) < _ACRONYM_MIN_WORDS:
        return False
    lang, share = lexicon.best_language(small, _cyrillic_languages())
    if lang is None or share < _ACRONYM_KNOWN:
        return False
    letters = _written(lang)
    return all(letters.issuperset(word.lower().replace("\xa0", "")) for word in names)


def _name_or_spaced_words(word: str) -> bool:
    """
    Whether ``word`` is a _capital_led_mixed_case name, or words joined by no-break spaces.

    Russian typography binds a short word to the next by a no-break space (``в целом``), which
    the scan flags as DOS Russian shown as Windows-1251 (``а`` shows as a
    no-break space there, among symbols): each word small, capitalised, in
    capitals or a name, as written, is none of that.
    """
    if "\xa0" not in word:
        return _capital_led_mixed_case(word)
    return all(
        part.isalpha() and (part.islower() or part[0].isupper()) for part in word.split("\xa0")
    )


def _capital_led_mixed_case(word: str) -> bool:
    """Whether ``word`` is letters only, a capital first and a small letter among the rest."""
    return word.isalpha() and word[0].isupper() and not word.isupper()


def _cyrillic_with_latin_twins(word: str) -> bool:
    """
    Whether ``word`` is mostly Cyrillic, and its Latin letters look like Cyrillic ones (``Cайт``).

    Typed so, not made by a code page: none makes a Latin letter of a
    Cyrillic one (see _latin_twins_only).
    """
    latin = _LATIN_SET.intersection(word)
    return (
        bool(latin)
        and _CYRILLIC_LOOKALIKE_CHARS.issuperset(latin)
        and _count_in(_CYRILLIC_SET, word) > _count_in(_LATIN_SET, word)
    )


@cache
def _cyrillic_languages() -> tuple[str, ...]:
    """The shipped languages written in Cyrillic: their alphabets are mostly Cyrillic letters."""
    return tuple(
        lang
        for lang in lexicon.LANGUAGES
        if 2 * len(_CYRILLIC_SET.intersection(_written(lang))) > len(_written(lang))
    )


def _first_finding(text: str, verdict: int, scans: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    """The first of ``scans`` that finds anything in ``text`` (None if none does)."""
    return next(
        (
            scan
            for scan in scans
            if (_scan_finds(scan, text) if verdict == _UNFIT else scan.search(text))
        ),
        None,
    )


def _latin_twins_only(text: str) -> bool:
    """
    Whether the telltales of ``text``, mostly Cyrillic, are Latin look-alikes in its words only.

    Asked where the Cyrillic scan, the last, found one and the others none.
    Russian with Latin ``a``, ``o``, ``p`` typed or planted for Cyrillic ones
    (``прогрaмма``): no code page makes a Latin letter of a Cyrillic one
    (all keep ASCII as it is, and none that reads text as Cyrillic holds
    Latin letters outside it), and Western text read as Cyrillic is mostly
    ASCII (its accented letters become Cyrillic, its plain ones stay). So
    the scan is asked again with those letters left out, and a capital
    after a small letter in (_CYRILLIC_TELLTALE_BUT_TWINS), one pass in C
    instead of each flagged word looked up. Asked of texts of some length
    only (_TWINS_TEXT).
    """
    return (
        len(text) >= _TWINS_TEXT
        and not _mostly_ascii(text)
        and _CYRILLIC_TELLTALE_BUT_TWINS.search(text) is None
    )


# The pairs that read text saved in a Latin code page as Cyrillic: the only
# ones that make Cyrillic letters of Latin ones (``castellа``, ``cafй``).
_READ_AS_CYRILLIC = tuple(
    pair
    for pair in PAIRS
    if pair.saved not in _NON_LATIN_CODECS and _CYRILLIC_LETTERS.issubset(_upper_half(pair.read))
)


def _cyrillic_read_as_no_language(text: str) -> bool:
    """
    Whether no pair reading Latin text as Cyrillic can have made the Cyrillic letters of ``text``.

    Asked of text mostly ASCII, where the only telltales are Cyrillic
    letters among Latin ones, each a look-alike of a Latin letter (typed or
    planted: ``mоbilizаtiоn``). Each such pair would have made them of
    letters that, with the text's other letters outside ASCII, no one
    language of those it saves writes, all but one (English look-alikes
    ``а``, ``е``, ``о``, ``р``, ``с`` are Windows-1252 ``à``, ``å``, ``î``,
    ``ð``, ``ñ``; German shown so, ``fьr Gйrard``, is German but for ``é``):
    the set test of _plainly_genuine, on the letters the pair gives back,
    instead of each flagged word looked up. Cyrillic letters that look like
    no Latin one (``й``, ``ь``, ``д``) are left to the words.
    """
    return _no_language_reads_back(frozenset(non_plain(text)))


@lru_cache(maxsize=256)
def _no_language_reads_back(chars: frozenset[str]) -> bool:
    """_cyrillic_read_as_no_language of a text with these characters outside plain ASCII."""
    cyrillic = _CYRILLIC_SET.intersection(chars)
    others = [char for char in chars - cyrillic if char.isalpha()]
    if (
        not cyrillic
        or not _LOOKALIKE_CHARS.issuperset(cyrillic)
        or not _NON_LATIN_LETTERS.isdisjoint(others)
    ):
        return False
    for pair in _READ_AS_CYRILLIC:
        table = _codec_map(pair)
        made = [table.get(char) for char in cyrillic]
        if None in made:
            return False
        fits = fits_but_one = _languages_bits(pair.languages)
        for char in chain(made, others):
            masks = _char_masks(cast("str", char))
            fits_but_one = (fits_but_one & masks.fits) | fits
            fits &= masks.fits
        if fits_but_one:
            return False
    return True


@cache
def _languages_bits(languages: tuple[str, ...]) -> int:
    """The bits of _char_masks' ``fits`` that stand for ``languages``."""
    return sum(1 << bit for bit, lang in enumerate(_LATIN_LANGUAGES) if lang in languages)


# Characters a text must have for _latin_twins_only: a few words are judged
# on their own (one is ``Ідo``, DOS Russian read as Windows-1251 another),
# some forty or more on their language.
_TWINS_TEXT = 256


def _scan_finds(scan: re.Pattern[str], text: str) -> bool:
    """
    Whether the telltale ``scan`` finds anything in ``text``.

    The Latin scan is led by its class of characters outside ASCII, and
    looks at most two characters past one (_LEAD_WINDOW): where they are
    no letters (the guillemets and middle dots of Greek or Russian prose),
    it is asked only where one stands, found by str.find in C
    (_matches_at_leads), not at every character of the text. Accented
    letters stand everywhere in Western prose: its own scan is the cheaper.
    """
    if scan is _LATIN_TELLTALE:
        leads = _LATIN_LEADS.intersection(notable_chars(text))
        if _LATIN_LETTER_LEADS.isdisjoint(leads):
            return _matches_at_leads(scan, text, leads)
    return scan.search(text) is not None


_LATIN_LETTER_LEADS = frozenset(char for char in _LATIN_LEADS if char.isalpha())


_ROUNDS = 3  # rounds of repair a text must settle within
# Words outside ASCII, of _MIN_LETTERS or more, among its first
# _UNFLAGGED_SAMPLE, that a document no scan flags must hold to be looked at.
_UNFLAGGED_WORDS = 1
_UNFLAGGED_WORDS_ALONE = 2  # or fewer, with plain words backing the repair (see _repairs)
_UNFLAGGED_SAMPLE = 12
_MIN_LETTERS = 3
# And what its best repair must reach: a gain and a share of known letters
# (chosen on the tuning half: of the unflagged genuine documents there, the
# one with the most known letters repaired gains 0.45).
_UNFLAGGED_GAIN = 0.8
_UNFLAGGED_KNOWN = 0.4


def _unconvincing(
    text: str,
    shown: str,
    top: tuple[float, float, int, Pair, str] | None,
    found: tuple[Pair, str] | None,
) -> bool:
    """
    Whether the best repair of ``shown``, ``text``'s evidence, falls short for text no scan flags.

    The lexicon must know the repair well, not letters alone; and a text of
    one word outside ASCII needs its plain words to back it. Unless the
    repair turns every symbol inside a word into a letter (``Sis„„n``):
    then its gain alone must reach what the lexicon's would.
    """
    if found is not None and (
        _one_letter_words_only(shown, found[1])
        or _few_words_made_common(text, shown, found[1], found[0])
    ):
        return False  # (_accepted asked the plain words' language)
    if top is not None and _mends_glued_symbols(shown, top[4]):
        return top[0] < _UNFLAGGED_GAIN
    if top is not None and _capitals_made_small(shown, top):
        return False
    if found is not None and (
        _vouched_by_common_words(shown, found)
        or _plain_words_vouch(text, shown, found)
        or _letters_of_the_plain_words(shown, found[1], found[0])
    ):
        return False
    if top is not None and (
        top[0] < _UNFLAGGED_GAIN
        or max(top[1], _stems_known(shown, top[4], top[3])) < _UNFLAGGED_KNOWN
    ):
        return True
    return (
        found is not None
        and len(_distinct(_unflagged_sample(text))) < _UNFLAGGED_WORDS_ALONE
        and not _backed_by_plain_words(text, found[1], found[0])
        and not (top is not None and top[0] >= _MIN_GAIN_UNKNOWN and _common_repair(shown, found))
    )


# What letter statistics alone must gain (less the known share) for a text
# in Cyrillic capitals no Cyrillic lexicon knows that a Cyrillic pair makes
# small letters (see _capitals_made_small): chosen on the tuning half, where
# the all-caps mix-ups gain 1.0 to 1.7 and no genuine text in capitals
# (translations and the sweep's catalogs, upper-cased) reaches 0.
_CAPITALS_GAIN = 1.0
_VOUCHING_LETTERS = 5  # letters of the one common word that vouches alone for a repair


def _capitals_made_small(shown: str, top: tuple[float, float, int, Pair, str]) -> bool:
    """
    Whether ``shown`` is Cyrillic capitals that the repair ``top`` makes small and much likelier.

    Windows-1251 small letters read as KOI8-R are capitals (``ЙЮРЮКЮМЯЙХ``,
    Bulgarian ``каталански``): names and inflected forms the lexicon lacks,
    so its known share falls short of _UNFLAGGED_KNOWN. Genuine text in
    capitals is known words as it stands (the lexicon folds case); a text
    whose words no Cyrillic language knows as they stand, every letter of
    which the repair makes small, is judged on the letter statistics' gain;
    if one word is longer than _VOUCHING_LETTERS (abbreviations and short
    words in capitals collide across code pages: ``ХЭШ`` is no ``ени``).
    """
    gain, known, _, pair, fixed = top
    if pair.languages != CYRILLIC or pair.read_languages != CYRILLIC:
        return False
    words = _words(shown)
    shown_letters = [char for char in non_plain(shown) if char.isalpha()]
    fixed_letters = [char for char in non_plain(fixed) if char.isalpha()]
    return (
        bool(shown_letters)
        and all(char.isupper() for char in shown_letters)
        and all(char.islower() for char in fixed_letters)
        and gain - known >= _CAPITALS_GAIN
        and any(len(word) > _VOUCHING_LETTERS for word in words)
        and _known_share(words, pair.read_languages) == 0.0
    )


_COMMON_ZIPF = 3.5  # a word's Zipf frequency that says it is a common word, not a name


def _plain_words_vouch(text: str, shown: str, found: tuple[Pair, str]) -> bool:
    """
    Whether each word the repair changes is likelier in the language of ``text``'s plain words.

    A short text with one word damaged (Spanish ``corriendo de all¡``, ``pas¢``
    saved in DOS cp850): the gain of one word is small, and the word as shown
    may even be known trimmed (``all``). The plain words say which language
    the text is in (one of the pair's, known to _MIN_ASCII_KNOWN of them);
    in it each changed word must be a common word repaired (_COMMON_ZIPF, of
    more than _MIN_LETTERS letters) and less frequent as shown.
    """
    pair, fixed = found
    if len(shown) != len(fixed) or pair.saved in _NON_LATIN_CODECS:
        return False
    plain = list(islice((m[0] for m in _ASCII_WORD.finditer(_MARKUP.sub(" ", text))), _MAX_WORDS))
    if len(plain) < _MIN_ASCII_WORDS:
        return False
    lang, share = lexicon.best_language(plain)
    if lang is None or lang not in pair.languages or share < _MIN_ASCII_KNOWN:
        return False
    olds, news = _trimmed_pairs(shown, fixed)
    changed = {(old, new) for old, new in zip(olds, news, strict=True) if new != old}
    return bool(changed) and all(
        len(new) > _MIN_LETTERS
        and (zipf := lexicon.zipf(new, lang)) >= _COMMON_ZIPF
        and lexicon.zipf(old, lang) < zipf
        for old, new in changed
    )


def _vouched_by_common_words(shown: str, found: tuple[Pair, str]) -> bool:
    """
    Whether the words the repair changes are common words it makes of words no language lists.

    For a repair the lexicon knows too few words of to convince by its share
    (names, compounds, inflected forms beside ``mánudagur``, ``català``):
    each word as shown is weighed against itself repaired, by the lexicon's
    frequency. No changed word may lose (a word known somewhere as shown
    must be at least as frequent repaired, Lithuanian ``Sorų`` is no Danish
    ``Sorø``); at least half of them must be common words of the pair's
    languages (_COMMON_ZIPF) that no language lists as shown, and of more
    than _MIN_LETTERS letters (short words collide across languages); and
    one alone must be long (_VOUCHING_LETTERS). A repair that loses a letter
    in a word (``pakistaní`` to ``pakistan``) is no such evidence. The words
    it leaves outside ASCII, where two or more, must be in its language.
    """
    pair, fixed = found
    if len(shown) != len(fixed):
        return False
    olds, news = _trimmed_pairs(shown, fixed)
    changed = dict.fromkeys((old, new) for old, new in zip(olds, news, strict=True) if new != old)
    vouching = longest = 0
    for old, new in changed:
        if len(old) != len(new):
            return False
        common = max(lexicon.zipf(new, lang) for lang in pair.languages)
        if _known_anywhere(lexicon.key(old)):
            if max(lexicon.zipf(old, lang) for lang in lexicon.LANGUAGES) > common:
                return False
        elif len(new) > _MIN_LETTERS and common >= _COMMON_ZIPF:
            vouching += 1
            longest = max(longest, len(new))
    if not vouching or 2 * vouching < len(changed):
        return False
    if vouching < 2 and longest < _VOUCHING_LETTERS:
        return False
    left = [old for old, new in zip(olds, news, strict=True) if len(old) > 1 and old == new]
    return len(left) < 2 or lexicon.best_language(left)[0] in pair.languages


def _common_repair(shown: str, found: tuple[Pair, str]) -> bool:
    """
    Whether each word the repair changes is a common word of one of its languages, not short.

    Short words and abbreviations collide across languages (Polish ``Śr`` is
    no Hungarian ``Úr``); a longer common word made by a mix-up's letters is
    no accident.
    """
    pair, fixed = found
    changed = _changed_words(shown, fixed)
    return bool(changed) and all(
        len(word) > _MIN_LETTERS
        and any(lexicon.zipf(word, lang) >= _COMMON_ZIPF for lang in pair.languages)
        for word in changed
    )


def _apply(text: str, repairs: Sequence[tuple[int, int, str, object]]) -> str:
    """``text`` with each (start, end) span, in order, replaced by its repaired line."""
    parts: list[str] = []
    pos = 0
    for start, end, fixed, _ in sorted(repairs, key=lambda repair: repair[0]):
        parts += (text[pos:start], fixed)
        pos = end
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)


#: The filter as the pipeline runs it.
fix_legacy_codepage = FixLegacyCodepage()


def mixed_up_lines(text: str) -> list[tuple[int, int]]:
    """
    (start, end) of each line fix_legacy_codepage repairs in ``text``, in order.

    Asked by fix_encoding before it decodes anything, so that a document
    this filter reads as one code page shown in another (``Â ïàðêå``,
    Windows-1251 ``В парке``) is left whole to it: decoded as UTF-8 first,
    its ``Â `` would become a no-break space and the letter would be lost.
    """
    return [(start, end) for start, end, _, _ in fix_legacy_codepage._stable_repairs(text)]  # noqa: SLF001 - the filter's own decision, shared
