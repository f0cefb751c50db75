r"""
fix_encoding: mojibake and HTML-entity repair through ftfy, encoding fixes only.

ftfy's formatting fixes (width, quotes, ligatures) are left out: the LLM data
pipelines datatrove and NeMo Curator dropped them after they hurt CJK text.
Quotes and widths are other filters' business here, switched by profile.

Speed: ftfy runs at about 2 MB/s. Every pattern in its mojibake detector
(`ftfy.badness.BADNESS_RE`) needs at least one character from a small set
(accented Latin letters, currency, C1 controls, box drawing...) within six
characters of the match. So one compiled scan finds those characters, a
window around each is checked with ftfy's own detector, and only the lines
that fail are repaired. ftfy itself works line by line (`ftfy.fix_text`), so
the result is the same as calling it on the whole text.

A failing line is first tried the way ftfy's first choice would go: encoded
as Windows-1252 and decoded as UTF-8. When none of the bytes ftfy treats
specially is present (lossy or altered UTF-8, CESU), the decoding succeeds
and the result is clean by the same detector, ftfy would return exactly that
text, so the transcoded line is used; otherwise ftfy repairs the line. The
shortcut is about twenty times faster than ftfy on such lines, and
`tests/test_encoding.py` checks it against ftfy on arbitrary text.

    >>> fix_encoding("The caf\N{LATIN CAPITAL LETTER A WITH TILDE}\N{COPYRIGHT SIGN} is open")
    'The café is open'
    >>> fix_encoding("Fish &amp; chips")
    'Fish & chips'
    >>> fix_encoding("Already clean: café, naïve, “quoted”")
    'Already clean: café, naïve, “quoted”'

Caveat: like ftfy, a C1 control character left in text is read as the
Windows-1252 character it was most likely meant to be.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate, chain, compress, count, repeat
from operator import itemgetter, not_, sub
from typing import TYPE_CHECKING, NamedTuple

import ftfy
from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES, badness
from ftfy.chardata import (
    ALTERED_UTF8_RE,
    C1_CONTROL_RE,
    CHARMAP_ENCODINGS,
    HTML_ENTITY_RE,
    LOSSY_UTF8_RE,
    UTF8_DETECTOR_RE,
    possible_encoding,
)
from ftfy.fixes import A_GRAVE_WORD_RE, decode_inconsistent_utf8, fix_c1_controls, restore_byte_a0

from textclean._filters.homoglyphs.letters import range_class
from textclean.changes import Change, apply_changes, diff_changes
from textclean.memo import remembered_for_last
from textclean.scan import (
    chars_matching,
    has_non_ascii_pair,
    non_plain,
    notable_chars,
    paired_runs,
    utf8_of,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator
    from collections.abc import Set as AbstractSet

#: ftfy's configuration for encoding repair only.
FTFY_ENCODING_ONLY = ftfy.TextFixerConfig(
    unescape_html="auto",
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)

# Every BADNESS_RE alternative holds a character from one of the categories
# below, except the Windows-1251/1253 patterns made of Greek or Cyrillic
# capitals around punctuation and "вЂ". This set gates the filter as a
# whole (may_change); the line scan below is finer.
_TRIGGER_CATEGORIES = (
    "c1", "bad", "law", "currency", "numeric", "kaomoji",
    "upper_accented", "lower_accented", "box",
)  # fmt: skip
_PUNCTUATION = MOJIBAKE_CATEGORIES["start_punctuation"] + MOJIBAKE_CATEGORIES["end_punctuation"]
_TRIGGER_CHAR = re.compile(
    "["
    + "".join(MOJIBAKE_CATEGORIES[name] for name in _TRIGGER_CATEGORIES)
    + "\N{LATIN CAPITAL LIGATURE OE}\N{LATIN SMALL LIGATURE OE}"
    + "\N{DEGREE SIGN}\N{MULTIPLICATION SIGN}]"
)
_SEQUENCE_LETTERS = frozenset("ВГРСΒΓΞΟ")
_SEQUENCE_PUNCTUATION = frozenset(_PUNCTUATION)
# A trigger character, or "&" (an entity) or "Ђ" (in "вЂ"): see may_change.
_TRIGGER_CHARS = chars_matching(_TRIGGER_CHAR) | {"&", "Ђ"}
# Any character the checks on a repaired line look for: most repaired lines
# hold none, and one scan clears them.
_UNSETTLING = _TRIGGER_CHARS | _SEQUENCE_LETTERS | {"\x1a"}


# Single-byte code pages UTF-8 is read in by mistake. ftfy tries most of
# them, but only on lines its detector flags, and never DOS cp850 (Western
# Europe's console code page): ``Schl├╝ssel``, or ``Г¶ppna`` and ``ДЌiЕі``,
# which read as plausible to its detector. A line is undone here when, in
# one of them, its bytes are valid UTF-8 that holds more than one
# multi-byte sequence, or one where a symbol stood: the chance that text
# meant as written decodes so is small, and ftfy's badness must agree.
_MISREAD_CODECS = (
    "sloppy-windows-1252",
    "cp850",
    "cp437",
    "macroman",
    "sloppy-windows-1251",
    "sloppy-windows-1250",
    "sloppy-windows-1257",
    "sloppy-windows-1253",
    "sloppy-windows-1254",
    "iso-8859-2",
)
_MISREAD_ROUNDS = 3  # mojibake undone at most this many times over


def _chars_of(codec: str, first: int, last: int) -> str:
    return bytes(range(first, last + 1)).decode(codec, errors="ignore")


_LEADS_OF = {codec: frozenset(_chars_of(codec, 0xC2, 0xF4)) for codec in _MISREAD_CODECS}
_CONTINUATIONS_OF = {codec: frozenset(_chars_of(codec, 0x80, 0xBF)) for codec in _MISREAD_CODECS}
_MISREAD_LEADS = frozenset("".join(_chars_of(codec, 0xC2, 0xF4) for codec in _MISREAD_CODECS))
_MISREAD_CONTINUATIONS = frozenset(
    "".join(_chars_of(codec, 0x80, 0xBF) for codec in _MISREAD_CODECS)
)


@cache  # built on first need: a process cleaning only ASCII text never compiles it
def _misread_gate() -> re.Pattern[str]:
    """A scan for a character going on with a UTF-8 sequence in a code page, after a lead."""
    # A lead of two, three or four bytes, and as many continuations as it
    # needs; the match is the first continuation.
    branches = "|".join(
        f"(?<={_class(set(_chars_of(codec, first, last)))}{_class(continuations)})"
        + (f"(?={_class(continuations)}{{{following - 1}}})" if following > 1 else "")
        for codec in _MISREAD_CODECS
        if (continuations := set(_chars_of(codec, 0x80, 0xBF)))
        for first, last, following in ((0xC2, 0xDF, 1), (0xE0, 0xEF, 2), (0xF0, 0xF4, 3))
    )
    # Led by the continuation, rarer than leads in text as written (every
    # Cyrillic letter is a lead in Windows-1251, few are continuations),
    # and next by a lead before it, which rules out most of the rest.
    return re.compile(
        f"{_class(_MISREAD_CONTINUATIONS)}(?<={_class(_MISREAD_LEADS)}.)(?:{branches})"
    )


def may_change(chars: AbstractSet[str]) -> bool:
    """
    False when a text holding only these notable characters has nothing for fix_encoding.

    Mojibake needs a trigger character (or "Ђ", or a Windows-1251/1253
    capital next to quotation marks), or a character that begins a UTF-8
    sequence in some code page next to one that continues it, and an entity
    needs "&": plain Russian or Greek passes without a scan.
    """
    return (
        not _TRIGGER_CHARS.isdisjoint(chars)
        or (not _SEQUENCE_LETTERS.isdisjoint(chars) and not _SEQUENCE_PUNCTUATION.isdisjoint(chars))
        or (not _MISREAD_LEADS.isdisjoint(chars) and not _MISREAD_CONTINUATIONS.isdisjoint(chars))
    )


def may_change_text(text: str, chars: AbstractSet[str]) -> bool:
    """
    may_change, asked where the characters stand when no trigger character decides it.

    Without a trigger character, only a code page's lead beside one of its
    continuations (_misread_gate()) or three Windows-1251/1253 characters in a
    row (ftfy's patterns for them) give the filter work: both are characters
    outside ASCII side by side. English prose opens may_change with its
    curly quotes alone (a lead in Mac Roman, a continuation in Windows-1252),
    but no code page holds both a lead and a continuation among them, and
    they stand between ASCII letters and spaces: such text passes on a set
    test per code page, or else one pass in C (has_non_ascii_pair).
    """
    if len(chars) > _MANY_CHARS and _GATE_CHAR.search(text) is None:
        return False  # (CJK: a pass in C, not two set tests of each character)
    if not _TRIGGER_CHARS.isdisjoint(chars):
        return not _clean_as_it_stands(text, chars)
    sequence = not _SEQUENCE_LETTERS.isdisjoint(chars) and not _SEQUENCE_PUNCTUATION.isdisjoint(
        chars
    )
    misread = not _MISREAD_LEADS.isdisjoint(chars) and any(
        not _LEADS_OF[codec].isdisjoint(chars) and not _CONTINUATIONS_OF[codec].isdisjoint(chars)
        for codec in _MISREAD_CODECS
    )
    if not (sequence or misread):
        return False
    # Both checks below find two characters outside ASCII side by side: a
    # pass in C rules them out on text mostly of ASCII, and would not on the
    # rest (Russian and Greek words are such pairs).
    mostly_outside_ascii = len(utf8_of(text)) >= _MOSTLY_OUTSIDE_ASCII * len(text)
    if not mostly_outside_ascii and not _has_pair(text):
        return False
    # Russian and Greek text holds both sets' characters and pairs in most
    # documents (``В «``, ``ё`` beside ``—``), so where they stand decides:
    # without a trigger character, ftfy's detector flags only a capital,
    # punctuation and a capital in a row (_SEQUENCE_GATE), and the filter
    # undoes a code page only where _misread_gate() finds a lead and its
    # continuation, in a line it can undo (Ukrainian ``ні`` is such a pair,
    # but its lines hold ``ч``, ``ь`` or ``я``, which no UTF-8 read in a code
    # page does: see _undoable_lines). Both pairs lie within a run of
    # characters outside ASCII.
    runs = _gate_text(text, lone=False)
    if sequence and runs and _SEQUENCE_GATE.search(runs) is not None:
        return True
    # A line _undoable_lines gives holds a match of _misread_gate() in one of
    # the text's runs, which is then in ``runs`` (not quiet): where ``runs``
    # is the text itself (Russian, Greek), the lines are asked alone, most
    # ruled out by a set test each, not the whole text scanned first.
    return misread and (
        _holds_undoable_line(text)
        if runs is text
        else bool(runs)
        and _misread_gate().search(runs) is not None
        and next(_undoable_lines(text, 0, len(text)), None) is not None
    )


def _clean_as_it_stands(text: str, chars: AbstractSet[str]) -> bool:
    """
    True when the filter surely leaves ``text`` (holding no more than ``chars``) as it is.

    What FixEncoding._all_repairs finds nothing in before any line is
    repaired: no entity ("&"), no character the detector's scan finds alone
    (``Â``, ``Ã``, C1 controls, ``œ`` before what is no letter), no run of
    characters outside ASCII side by side that the detector's scan finds
    anything in, and no line _misread_repairs could undo. Accented prose
    holds the trigger characters (``é``, ``ł``) in every text, and passes
    here on a pass or two in C (has_non_ascii_pair, then its runs of two or
    more, most known quiet): the filter is not called at all. French
    ``l’école`` is such a run (Mac Roman's lead and continuation), but its
    lines hold a letter alone.
    """
    if "&" in chars or not _ALONE_IN_RUNS.isdisjoint(chars):
        return False
    if not _OE.isdisjoint(chars) and _oe_before_no_letter(text):
        return False  # (``cœur`` and ``œuvre`` pass: a letter follows)
    if not _has_pair(text):
        return True
    runs = _gate_text(text, lone=False)
    if not runs:
        return True
    # Text mostly outside ASCII (runs is the text) is left to the filter.
    return (
        runs is not text
        and _maybe_bad_pattern(before_ascii=False).search(runs) is None
        and next(_undoable_lines(text, 0, len(text)), None) is None
    )


def _holds_undoable_line(text: str) -> bool:
    """
    ``next(_undoable_lines(text, 0, len(text)), None) is not None``, for text mostly outside ASCII.

    Its lines cut in C, each asked first for a character outside
    _UNDOABLE_CHARS (a tenth of Russian letters, ``ω`` in Greek), which
    rules out most at once, with no bookkeeping of where they start.
    """
    gate = _misread_gate()
    return any(
        _UNDOABLE_CHARS.issuperset(line) and gate.search(line) and _no_lone_non_ascii(line)
        for line in text.split("\n")
    )


# Remembered for the last text: the gate asks, then the filter of the same object.
_has_pair = remembered_for_last(has_non_ascii_pair)


@cache  # asked some 2,000 times by the builders below, for a few dozen distinct sets
def _category(names: str, extra: str = "") -> frozenset[str]:
    """The characters of ftfy's mojibake categories (short names as below), and ``extra``."""
    short = {
        "la": "lower_accented", "ua": "upper_accented", "lc": "lower_common",
        "uc": "upper_common", "sp": "start_punctuation", "ep": "end_punctuation",
        "cur": "currency", "num": "numeric",
    }  # fmt: skip
    found = set(extra)
    for name in names.split():
        found |= chars_matching(re.compile(f"[{MOJIBAKE_CATEGORIES[short.get(name, name)]}]"))
    return frozenset(found)


# Every BADNESS_RE match holds one of these adjacent pairs (first, second),
# read off its alternatives, or one of the lone characters below. Accented
# letters next to ASCII letters, which make up clean European prose, never
# form one, so the scan for them passes over clean text in C.
# tests/test_encoding.py checks that no BADNESS_RE match escapes the scan.
_PAIRS = (
    ("bad la ua box sp ep cur num law", "bad", ""),
    ("bad", "la ua box sp ep cur num law", ""),
    ("la box ep cur num", "ua", ""),
    ("box ep cur num", "la", ""),
    ("la box ep", "cur", ""),
    ("ua", "cur sp num law", "\t°"),
    ("box", "num law kaomoji ep sp", ""),
    ("la ua box cur ep num law", "sp ep", ""),
    ("la ua cur num sp ep law", "box", ""),
    ("", "sp ep", "ÂÃÎÐ\t€œŠš¢£Ÿž\xa0\xad®©°·»–—´"),
    ("", "common cur bad num sp", "ØÙ\tŸŠ®°µ»"),
    ("", "", "×\t²³"),
    ("", "", "à\t²µ¹¼½¾"),
    ("", "", "√\t±∂†≠®™´≤≥¥µø"),
    ("", "", "≈\t°¢"),
    ("", "", "‚\tÄâó"),
)  # fmt: skip


def _class(chars: AbstractSet[str]) -> str:
    # As ranges of the characters themselves: re parses a class of thousands
    # of escaped characters far slower, and every process paid it on import.
    return "[" + range_class("".join(chars)) + "]"


@cache  # built on first need, as _misread_gate
def _maybe_bad_pattern(*, before_ascii: bool = True) -> re.Pattern[str]:
    """
    The scan for the pairs and lone characters every mojibake match holds.

    Without ``before_ascii``, the branch for ``Œ`` or ``œ`` before what is
    no ASCII letter is left out: the one that looks past a character outside
    ASCII at ASCII (see _maybe_bad).
    """
    seconds: dict[str, set[str]] = {}
    for first, second, extra in _PAIRS:
        extra_first, _, extra_second = extra.partition("\t")
        for char in _category(first, extra_first):
            seconds.setdefault(char, set()).update(_category(second, extra_second))
    firsts_by_second: dict[frozenset[str], set[str]] = {}
    for char, after in seconds.items():
        firsts_by_second.setdefault(frozenset(after), set()).add(char)
    lone = _category("c1", "ÃÂ")
    pairs = "|".join(
        f"(?<={_class(firsts)})(?={_class(after)})" for after, firsts in firsts_by_second.items()
    )
    # Cyrillic and Greek letters before ftfy's symbols: led by the symbol,
    # since the letters themselves make up Russian and Greek text.
    after_letters = "|".join(
        (
            f"(?<={_class(_category('lc uc'))}{_class(_category('bad'))})",
            f"(?<={_class(_category('lc'))}{_class(_category('ua cur'))})",
            f"(?<=[ВГРСΒΓΞΟ]{_class(_category('sp ep cur', '°µ'))})(?=[ВГРСΒΓΞΟ])",
            "(?<=[вВ]Ђ)",
        )
    )
    lead = set(seconds) | lone | _category("bad ua cur sp ep", "ŒœЂ°µ")
    # Each kind of branch first asks the one question that rules it out on
    # clean text: is the next (or previous) character outside ASCII at all?
    return re.compile(
        f"{_class(lead)}(?:(?=[^\x00-\x7f])(?:{pairs})|(?<={_class(lone)})"
        + ("|(?<=[Œœ])(?![A-Za-z])" if before_ascii else "")
        + f"|(?<=[^\x00-\x7f].)(?:{after_letters}))"
    )


_OE_BEFORE_NO_LETTER = re.compile("[Œœ](?![A-Za-z])")
_OE = frozenset("Œœ")
_ASCII_AS_SPACE = bytes(0x20 if byte < 0x80 else byte for byte in range(256))


def non_ascii_runs(text: str) -> str:
    """
    The runs of characters outside ASCII in ``text``, in order, one space between two runs.

    The gates of this module (_maybe_bad_pattern() but for one branch, _misread_gate())
    look only at characters outside ASCII side by side: they find something
    in these runs exactly when they do in the text. Clean accented prose is
    mostly ASCII, so the runs are a tenth of it or less, and they are cut
    out in C (UTF-8 bytes of ASCII made spaces, split and joined on them).
    """
    return _runs_of(text.encode("utf-8", "surrogatepass"))


def _runs_of(data: bytes) -> str:
    """non_ascii_runs of the text whose UTF-8 is ``data``."""
    return b" ".join(data.translate(_ASCII_AS_SPACE).split()).decode("utf-8", "surrogatepass")


# Where UTF-8 takes this many bytes a character or more, most characters are
# outside ASCII (Cyrillic and Greek letters take two bytes, spaces one).
_MOSTLY_OUTSIDE_ASCII = 1.5


def _gate_text(text: str, *, lone: bool = True) -> str:
    """
    What the gates of this module (see non_ascii_runs) are asked of: the runs, or ``text`` itself.

    Russian or Greek text is mostly characters outside ASCII, a run a word:
    cutting them out makes a bytes object a word and leaves nearly the whole
    text to scan, so such a text is scanned as it stands. The gates find
    something in either exactly when they do in the other.

    Without ``lone`` (the caller found none of the characters
    _maybe_bad_pattern(before_ascii=False) finds alone), only the runs not
    yet seen quiet are asked of (see _unsettled_runs): none, for most
    accented prose.
    """
    data = utf8_of(text)
    if len(data) >= _MOSTLY_OUTSIDE_ASCII * len(text):
        return text
    return _runs_of(data) if lone else _unsettled_runs(text)


# Runs of two or more characters outside ASCII that neither gate finds
# anything in. Without the characters _maybe_bad_pattern() finds alone, each gate's
# match is two or more characters outside ASCII side by side, and what it
# looks at around them is outside ASCII too: a match lies inside one run of
# two or more and depends on that run alone (a run of one letter, most of
# accented prose's, gives neither gate anything, and is never looked at).
# So a text whose runs are all quiet gives both gates nothing, and the rest
# of its runs give them what its runs would.
# A language's accented prose is made of a few hundred distinct runs
# (Czech ``ě``, ``ří``), met again in text after text: a set difference in C
# replaces a join, a decoding and two scans. Emptied when full, so a stream
# of distinct runs cannot grow it without bound.
_QUIET_RUNS: set[str] = set()
_QUIET_RUNS_LIMIT = 1 << 16
# Longer runs are not remembered: the limit counts runs, and 65,536 runs of a
# whole line each (a word list, a damaged page) would hold gigabytes. Prose's
# runs are a letter or two and the punctuation beside them.
_QUIET_RUN_LONGEST = 64


# Remembered for the last text: the gate (_clean_as_it_stands) asks, then the
# filter of the same object, which on mojibake not read as Windows-1252 (no
# ``Ã``) is a set of many runs. ("" asked again would be "" again: its runs
# are quiet now, or found nothing in before.)
@remembered_for_last
def _unsettled_runs(text: str) -> str:
    """
    The distinct runs of two or more characters outside ASCII in ``text`` not known quiet, spaced.

    Runs the gates find nothing in are remembered as quiet: then "" is
    returned, in which they find nothing either.
    """
    unsettled = paired_runs(text) - _QUIET_RUNS
    if not unsettled:
        return ""
    runs = " ".join(unsettled)
    if (
        _maybe_bad_pattern(before_ascii=False).search(runs) is not None
        or _misread_gate().search(runs) is not None
    ):
        return runs
    if len(_QUIET_RUNS) + len(unsettled) > _QUIET_RUNS_LIMIT:
        _QUIET_RUNS.clear()
    _QUIET_RUNS.update(run for run in unsettled if len(run) <= _QUIET_RUN_LONGEST)
    return ""


def _maybe_bad(text: str, runs: str) -> bool:
    """
    ``_maybe_bad_pattern().search(text) is not None``, asked of ``_gate_text(text)`` (``runs``).

    Every branch of _maybe_bad_pattern() looks only at characters outside ASCII, but
    one: ``Œ`` or ``œ`` before what is no ASCII letter, asked of the text
    itself where it holds either (French writes ``cœur``).
    """
    return _maybe_bad_pattern(before_ascii=False).search(runs) is not None or (
        not _OE.isdisjoint(notable_chars(text)) and _oe_before_no_letter(text)
    )


def _oe_before_no_letter(text: str) -> bool:
    """
    ``_OE_BEFORE_NO_LETTER.search(text) is not None``: each ``Œ`` or ``œ`` found with str.find.

    A pattern led by a class of two characters tests every character of the
    text in turn (2 ns each); str.find skips to the few ``œ`` a French text
    holds (``cœur``, ``œuvre``), each followed by a letter, in a tenth of it.
    """
    for oe in _OE:
        at = text.find(oe)
        while at != -1:
            if _OE_BEFORE_NO_LETTER.match(text, at) is not None:
                return True
            at = text.find(oe, at + 1)
    return False


@cache  # built on first need, as _misread_gate
def _sure_pairs(*, line_start: bool) -> frozenset[str]:
    """
    The UTF-8 lead and continuation pairs read as Windows-1252 that ftfy's detector flags alone.

    A line of mojibake mostly holds one where _maybe_bad_pattern() first finds it:
    then the line needs no search with the detector. At a line's start,
    where "^" matches, a lead before printable ASCII may be flagged too.
    """
    leads = _chars_of("sloppy-windows-1252", 0xC2, 0xF4)
    following = _chars_of("sloppy-windows-1252", 0x80, 0xBF)
    if line_start:
        following += "".join(map(chr, range(0x20, 0x7F)))
    return frozenset(
        lead + after
        for lead in leads
        for after in following
        # From 1, "^" cannot match; from 0, it matches where a line starts.
        if (
            BADNESS_RE.match(lead + after)
            if line_start
            else BADNESS_RE.fullmatch(f" {lead}{after}", 1)
        )
    )


_SHORT_LINE = 64  # hits in the rest of a line this short are passed over one by one
_STRETCH = 1024
# The characters _maybe_bad_pattern() finds alone: every other hit is the second of two
# characters outside ASCII side by side, or the first.
_LONE_HITS = _category("c1", "ÃÂŒœ")
# Those _maybe_bad_pattern(before_ascii=False) finds alone (``Œ`` and ``œ``
# are asked of the text: see _maybe_bad).
_ALONE_IN_RUNS = _category("c1", "ÃÂ")
# ftfy's Windows-1251 and 1253 sequences without a trigger character (see
# _TRIGGER_CATEGORIES): a capital, then punctuation (or ``µ``), then a
# capital, led by the punctuation, rarer in Russian and Greek text.
_SEQUENCE_GATE = re.compile(f"{_class(_category('sp ep', 'µ'))}(?<=[ВГРСΒΓΞΟ].)(?=[ВГРСΒΓΞΟ])")
# Every character may_change_text needs one of: where a text holds many
# distinct characters (CJK), one search of the text for them costs less than
# may_change_text's set tests, each a lookup per character of the set.
_GATE_CHAR = re.compile(_class(_TRIGGER_CHARS | _SEQUENCE_LETTERS | _MISREAD_LEADS))
_MANY_CHARS = 32
_WINDOW = 7  # longest BADNESS_RE match: "ГўВЂВ.[A-Za-z ]"
# Characters after which ftfy's first transcoding is not the whole story:
# C1 controls and "\x1a" make it pick another encoding or patch bytes;
# "&" may start an entity.
_NOT_SIMPLE = re.compile("[\x80-\x9f\x1a&]")
_NOT_SIMPLE_CHARS = chars_matching(_NOT_SIMPLE)
# Lines longer than this are repaired in pieces cut between ASCII words:
# ftfy cuts at a fixed length (max_decode_length), wherever that falls, and
# its cost per character grows on long mojibake segments.
_PIECE = 1 << 16
_CUT = re.compile(r"[\x21-\x7e] (?=[\x21-\x7e])")
_NEAR_CUT = 256
# How far a piece may reach back from _PIECE for a cut, and on past it when
# none is found: a piece is at most _PIECE + _CUT_REACH characters, far
# below ftfy's own max_decode_length.
_CUT_REACH = _PIECE // 4


# What ftfy may read as the byte 0xC3: "Ã " is "à" to it, unless a few
# letters follow ("Ã quele"), which a cut must not take away.
_C3 = _class({bytes([0xC3]).decode(codec) for codec in CHARMAP_ENCODINGS})
# Cuts no mojibake sequence crosses, in any of ftfy's code pages: after a
# space or tab, or between two characters of printable ASCII, before
# printable ASCII. A sequence's byte written as ASCII is a space (a no-break
# space inside it) or "?" or 0x1A (a lost byte), and ftfy reads 0xC3 and a
# space as "à" unless a few letters follow. So neither "?" nor 0xC3 and a
# space is cut after, and _UNCUT_BEFORE keeps HTML entities and the letters
# after 0xC3 and a space whole.
_PRINTABLE = "[\x21-\x3e\x40-\x7e]"  # ("?" aside)
_SAFE_CUT_PATTERN = f"(?:(?<=[ \t])(?<!{_C3} )|(?<={_PRINTABLE}))(?={_PRINTABLE})"
_SAFE_CUT = re.compile(_SAFE_CUT_PATTERN)
_LAST_SAFE_CUT = re.compile(f"(?s:.*)(?:{_SAFE_CUT_PATTERN})")
# An HTML entity's start ("&", "#" and up to 24 letters and digits, as
# HTML_ENTITY_RE), or 0xC3, a space and up to four letters, just before a cut.
_UNCUT_BEFORE = re.compile(f"(?:&#?[0-9A-Za-z]{{0,24}}|{_C3} [a-z]{{0,4}})\\Z")
_UNCUT_LENGTH = 26
# Cuts _UNCUT_BEFORE turns down before a search gives up (a line of entities
# and nothing else between them): a bounded cost a piece.
_UNCUT_TRIES = 32


@cache  # one per code page, built when a line first needs it
def _sequence_starts(codec: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """
    The first and the last cut before a character ``codec`` writes as a UTF-8 lead byte.

    0xED aside, which may begin the second half of a CESU-8 pair: no
    sequence, lossy or with a byte written as a space, goes on into a
    lead, so a text in ``codec`` cut there is decoded as it is whole.
    """
    leads = _class(set(_chars_of(codec, 0xC2, 0xEC) + _chars_of(codec, 0xEE, 0xF4)))
    return re.compile(f"(?={leads})"), re.compile(f"(?s:.*)(?={leads})")


_NON_ASCII = re.compile("[^\x00-\x7f]")
_UTF8_DECODINGS = ("utf-8", "utf-8-variants")
# What ftfy's first step does to a line that is UTF-8 read as Windows-1252.
_1252 = "sloppy-windows-1252"
_WINDOWS_1252_PLAN = (("encode", _1252), ("decode", "utf-8"))
# Characters a repair must not bring into a line that lacked them.
_UNWANTED_CATEGORIES = frozenset({"Cc", "Cn", "Co", "Cs"})


Plan = tuple[tuple[str, str], ...]
_TRANSCODING = frozenset({"encode", "decode", "transcode"})


class _Repair(NamedTuple):
    """A span of the text and what replaces it; ``plan`` says how, for explain."""

    start: int
    end: int
    fixed: str
    plan: Plan
    from_document: bool = False


@dataclass(frozen=True)
class FixEncoding:
    """Repair mojibake (UTF-8 read as Latin-1, Windows-1252, ...) and unambiguous HTML entities."""

    unescape_html: bool = True
    # The spans of the lines a later filter repairs as text saved in one
    # legacy code page and read in another (fix_legacy_codepage's, where the
    # pipeline runs it): left to it. Windows-1251 read as Windows-1252 holds
    # what UTF-8 read as Windows-1252 does (``Â `` is Cyrillic ``В`` and a
    # space, not a no-break space), and decoding it first loses letters.
    leave: Callable[[str], Iterable[tuple[int, int]]] | None = None
    _config: ftfy.TextFixerConfig = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Build the ftfy configuration once."""
        config = FTFY_ENCODING_ONLY._replace(
            unescape_html="auto" if self.unescape_html else False, explain=True
        )
        object.__setattr__(self, "_config", config)

    def __call__(self, text: str) -> str:
        """Return ``text`` with its mojibake repaired."""
        repairs = self._repairs(text)
        return _spliced(text, repairs) if repairs else text

    def explain(self, text: str) -> tuple[str, tuple[Change, ...]]:
        """Like calling the filter, and say what was decoded how, for each line it changed."""
        changes: list[Change] = []
        for repair in self._repairs(text):
            plan = repair.plan
            if plan == _WINDOWS_1252_PLAN and _encodes(text[repair.start : repair.end], "latin-1"):
                plan = (("encode", "latin-1"), ("decode", "utf-8"))  # ftfy's first choice
            how = ", ".join(f"{action} {parameter}" for action, parameter in plan)
            reason = f"mojibake: {how}"
            if repair.from_document:
                reason += " (as the document's clearly damaged lines)"
            changes.extend(
                change._replace(start=change.start + repair.start, end=change.end + repair.start)
                for change in diff_changes(text[repair.start : repair.end], repair.fixed, reason)
            )
        return apply_changes(text, changes), tuple(changes)

    def _repairs(self, text: str) -> list[_Repair]:
        """
        _all_repairs, but none of a line ``leave`` says is a legacy code-page mix-up.

        Only where the decoding took a few pieces of the line (``Â `` to a
        no-break space, ``Ì³`` to a combining mark), leaving most of its
        characters outside ASCII as they were: a decoding that undid the
        line's mojibake (Georgian UTF-8 read as Mac Roman, which some code
        page's reading also turns into letters) decodes most of them.
        """
        repairs = self._all_repairs(text)
        if self.leave is None:
            return repairs
        # Asked first, in one pass: mojibake decoded whole asks ``leave`` nothing.
        pieces = [repair for repair in repairs if _decodes_little(text, repair)]
        if not pieces:
            return repairs
        left = sorted(self.leave(text))
        dropped = {id(repair) for repair in pieces if _overlaps(left, repair.start, repair.end)}
        return [repair for repair in repairs if id(repair) not in dropped]

    def _all_repairs(self, text: str) -> list[_Repair]:
        """
        Each span to replace, in order: the lines ftfy repairs, and the document's other lines.

        A line ftfy's detector flags is repaired as ftfy repairs it alone.
        The encodings those repairs undo are the document's evidence: ftfy,
        given the whole document, would undo them on every line, including
        lines too short to be flagged (``Hinzugef├╝gt``). So each other line
        that the same decoding turns into valid UTF-8, without making ftfy's
        badness measure worse or adding control characters, is repaired too.
        """
        chars = notable_chars(text)
        # Mojibake of Windows-1252 holds two characters outside ASCII side by
        # side on every line it damaged: clean prose passes in C to the long
        # way, which asks the same and is done.
        paired = not _LONE_HITS.isdisjoint(chars) or _has_pair(text)
        whole = _transcoded_whole(text, chars) if paired else None
        return whole if whole is not None else self._line_by_line_repairs(text, chars)

    def _line_by_line_repairs(self, text: str, chars: AbstractSet[str]) -> list[_Repair]:
        """_all_repairs the long way: each line flagged, repaired and weighed (``chars``: its)."""
        # Every mojibake pattern but a few lone characters is two characters
        # outside ASCII side by side: most clean prose holds neither.
        paired = not _LONE_HITS.isdisjoint(chars) or _has_pair(text)
        # The gates below are asked of the runs of characters outside ASCII
        # alone, cut out in C: clean prose passes without a scan of itself.
        runs = _gate_text(text, lone=not _ALONE_IN_RUNS.isdisjoint(chars)) if paired else None
        spans = list(self._suspect_lines(text, paired=runs is not None and _maybe_bad(text, runs)))
        if not spans:  # (clean prose: nothing more to count or weigh)
            return _misread_repairs(text, [], runs) if paired else []
        repairs = self._line_repairs(text, spans)
        # ftfy decodes what it flags; a decoding that brings in unassigned,
        # private-use or control characters (cp866 text read as Windows-1251,
        # "а®Ґ" -> U+0BA5, which no script has) undid no encoding: left alone.
        repairs = [r for r in repairs if not _brings_unwanted(text[r.start : r.end], r.fixed)]
        plans = Counter(repair.plan for repair in repairs if _is_transcoding(repair.plan))
        if plans:
            # A document of one line has no evidence beyond it; nor is a long
            # one decoded whole (ftfy itself would cut it).
            one_line = text.find("\n") in (-1, len(text) - 1)
            repairs = self._document_repairs(
                text,
                repairs,
                [plan for plan, _ in plans.most_common()],
                whole=not one_line and len(text) <= _PIECE,
            )
        return _misread_repairs(text, repairs, runs) if paired or repairs else repairs

    def _whole_document(self, text: str) -> tuple[list[str], Plan] | None:
        """
        The document's lines as ftfy's encoding repair of the whole text decodes them, and its plan.

        ftfy decides on the whole text at once: the first code page in which
        every line decodes is the one it undoes, which can be right for a
        line whose own first choice is not (``contĆ©`` is Windows-1250 alone
        but Windows-1257 with its neighbours). None unless that repair is
        one decoding of the whole text.
        """
        fixed, plan = _fix_encoding_and_explain(text, self._config)
        decodes = any(step == ("decode", utf8) for step in plan for utf8 in _UTF8_DECODINGS)
        if not decodes or fixed.count("\n") != text.count("\n"):
            return None
        return fixed.split("\n"), plan

    def _whole_lines(self, text: str) -> tuple[dict[int, str], Plan]:
        """The lines _whole_document changes, by where they start, and its plan (none if None)."""
        whole = self._whole_document(text)
        if whole is None:
            return {}, ()
        fixed_lines, whole_plan = whole
        whole_lines: dict[int, str] = {}
        pos = 0
        for line, fixed in zip(text.split("\n"), fixed_lines, strict=True):
            if fixed != line:
                whole_lines[pos] = fixed
            pos += len(line) + 1
        return whole_lines, whole_plan

    def _line_repairs(
        self, text: str, spans: list[tuple[int, int, ftfy.TextFixerConfig]]
    ) -> list[_Repair]:
        """Each flagged line as ftfy repairs it, runs of lines transcoded at once."""
        # One scan tells whether any line needs the per-line check below.
        simple = _NOT_SIMPLE_CHARS.isdisjoint(notable_chars(text))
        repairs: list[_Repair] = []
        # A line's repair depends on the line and ftfy's configuration alone:
        # a line met again in the text (a list's bullet, a repeated label,
        # "Â x" a million times) is repaired once.
        done: dict[tuple[str, ftfy.TextFixerConfig], tuple[str, Plan] | None] = {}
        for block in _blocks(text, spans):
            start, end = block[0][0], block[-1][1]
            # A run of bad lines, with only ASCII lines between them, is
            # transcoded at once when every line would be: no step of the
            # shortcut reaches across a line break, and ASCII is unchanged.
            # Where C1 controls are, a line of them and Latin-1 is decoded
            # by ftfy as Latin-1 first, without the lossy fix: the same
            # bytes, so the run is taken only if they decode as they are.
            whole = (
                _transcode(text[start:end], simple=True, lossy=simple) if len(block) > 1 else None
            )
            if whole is not None and simple:
                repairs.append(_Repair(start, end, whole, _WINDOWS_1252_PLAN))
                continue
            if whole is not None:
                # Line by line, as each line alone would be repaired (and
                # explained: Latin-1 or Windows-1252, as ftfy would choose).
                repairs += _split_repair(text, block, whole)
                continue
            for line_start, line_end, config in block:
                line = text[line_start:line_end]
                key = (line, config)
                if key not in done:
                    done[key] = _line_repair(line, config, simple=simple)
                if (repair := done[key]) is not None:
                    repairs.append(_Repair(line_start, line_end, *repair))
        return repairs

    def _document_repairs(
        self,
        text: str,
        repairs: list[_Repair],
        plans: list[Plan],
        *,
        whole: bool,
    ) -> list[_Repair]:
        """
        Bring in the document's evidence: ftfy's whole-document repair, and its lines' plans.

        A flagged line takes the whole-document repair (if ``whole``) where ftfy's badness
        measure says it is better, or as good and decoded more times over
        (the line alone looked clean after one round); any other line takes it, or else the first
        of the flagged lines' plans that works, where _improves says so.
        """

        # Worked out once a line asks for it: none does in a document whose
        # repairs are runs of lines transcoded at once, with only ASCII
        # lines between them (mojibake throughout), which is spared a decoding
        # of the whole text and two scans with the detector; nor in one whose
        # lines ftfy's whole repair could only repeat (_repeats_whole_document).
        @cache
        def whole_repair() -> tuple[dict[int, str], Plan]:
            if not whole or _repeats_whole_document(text, repairs):
                return {}, ()
            return self._whole_lines(text)

        chosen: list[_Repair] = []
        for repair in repairs:
            line = text[repair.start : repair.end]
            one_line = line.find("\n") in (-1, len(line) - 1)  # not a block
            whole_lines, whole_plan = whole_repair() if one_line else ({}, ())
            whole_fixed = whole_lines.get(repair.start)
            if (
                whole_fixed is not None
                and _is_transcoding(_decoding_rounds(whole_plan))  # the whole text decoded as one
            ):
                whole_fixed += line[len(line.rstrip("\n")) :]
                if whole_fixed != repair.fixed and _worse_by(
                    repair.fixed, repair.plan
                ) >= _worse_by(whole_fixed, whole_plan):
                    chosen.append(
                        _Repair(
                            repair.start, repair.end, whole_fixed, whole_plan, from_document=True
                        )
                    )
                    continue
            chosen.append(repair)
        ends = [0] + [repair.end for repair in repairs]
        gaps = zip(ends, [repair.start for repair in repairs] + [len(text)], strict=True)
        lines = (
            line
            for gap in gaps
            if not text[slice(*gap)].isascii()  # most are line breaks between repaired lines
            for line in lines_holding(text, _NON_ASCII, *gap)
        )
        for start, end in lines:
            line = text[start:end]
            candidates: list[tuple[str | None, Plan]] = [
                candidate for plan in plans for candidate in self._candidates(line, plan)
            ]
            whole_lines, whole_plan = whole_repair()
            if start in whole_lines:
                ending = line[len(line.rstrip("\n")) :]
                candidates.insert(0, (whole_lines[start] + ending, whole_plan))
            if (found := _first_improving(line, candidates)) is not None:
                chosen.append(_Repair(start, end, *found, from_document=True))
        return sorted(chosen)

    def _candidates(self, line: str, plan: Plan) -> Iterator[tuple[str | None, Plan]]:
        """The line with the whole plan applied, then with each of its decodings as ftfy does it."""
        yield self._apply(line, plan), plan
        for step, codec in plan:
            if step == "encode":
                codec = _1252 if codec == "latin-1" else codec  # noqa: PLW2901 - as in _apply
                yield self._redecode(line, codec), (("encode", codec), ("decode", "utf-8"))

    def _redecode(self, line: str, codec: str) -> str | None:
        """The line encoded in ``codec`` and decoded as UTF-8 as ftfy would, or None if invalid."""
        try:
            data = line.encode(codec)
        except UnicodeEncodeError:
            return None
        if _has_altered_utf8(data):
            data = _restore_byte_a0(data)
        if codec.startswith("sloppy"):
            data = replace_lossy(data)
        try:
            fixed = data.decode("utf-8-variants" if b"\xed" in data or b"\xc0" in data else "utf-8")
        except UnicodeDecodeError:
            return None
        if _first_bad_line(fixed) is not None:  # mojibake twice over: ftfy goes on
            fixed = ftfy.fix_text(fixed, self._config._replace(explain=False))
        return fixed

    def _apply(self, line: str, plan: Plan) -> str | None:
        """The line with ``plan`` applied (then ftfy, if still flagged), or None if it fails."""
        # Latin-1 as ftfy's plan for a line is sloppy Windows-1252 for others:
        # the same bytes, where the line holds what Windows-1252 adds.
        steps = [("encode", _1252) if step == ("encode", "latin-1") else step for step in plan]
        try:
            fixed = ftfy.apply_plan(line, steps)
        except (UnicodeError, KeyError, ValueError):
            return None
        if _first_bad_line(fixed) is not None:  # mojibake left over: ftfy goes on
            fixed = ftfy.fix_text(fixed, self._config._replace(explain=False))
        return fixed

    def _suspect_lines(
        self, text: str, *, paired: bool
    ) -> Iterable[tuple[int, int, ftfy.TextFixerConfig]]:
        """
        (start, end, ftfy config) for each line (or piece of one) ftfy might change, in order.

        ``paired`` is False when the text holds no character _maybe_bad_pattern() finds
        alone and no two characters outside ASCII side by side: then only
        entities are looked for.
        """
        if not paired and not (self.unescape_html and "&" in text):
            return ()  # (nothing flagged, no entity looked for: clean prose)
        bad = dict(_flagged_lines(text)) if paired else {}
        entities = (
            dict(lines_holding(text, HTML_ENTITY_RE)) if self.unescape_html and "&" in text else {}
        )
        # ftfy's "auto" HTML mode turns unescaping off for good at the first
        # line holding "<"; mirror that so results match ftfy.fix_text exactly.
        first_tag = text.find("<")
        if (
            not entities
            and first_tag == -1
            and max(map(sub, bad.values(), bad), default=0) <= _PIECE
        ):
            # Every flagged line as it is, in order, with one configuration:
            # passed on in C, which a text of many short lines notices.
            return zip(bad, bad.values(), repeat(self._config))
        return self._each_suspect_line(text, bad | entities, bad, entities, first_tag)

    def _each_suspect_line(
        self,
        text: str,
        lines: dict[int, int],
        bad: dict[int, int],
        entities: dict[int, int],
        first_tag: int,
    ) -> Iterator[tuple[int, int, ftfy.TextFixerConfig]]:
        """_suspect_lines of ``lines``, each with its configuration, long ones in pieces."""
        for start in sorted(lines):
            end = lines[start]
            config = self._config
            if first_tag != -1 and first_tag < end:
                config = config._replace(unescape_html=False)
            if end - start <= _PIECE:
                yield start, end, config
                continue
            # Each piece is searched again only for what its line was found
            # to hold. A piece of a line ftfy's detector passes can only be
            # flagged at its start, where "^" matches for ftfy.
            for piece_start, piece_end in _pieces(text, start, end):
                piece = text[piece_start:piece_end]
                if (
                    _first_bad_line(piece) if start in bad else _first_bad_line(piece[:_WINDOW])
                ) or (start in entities and config.unescape_html and HTML_ENTITY_RE.search(piece)):
                    yield piece_start, piece_end, config


def _transcoded_whole(text: str, chars: AbstractSet[str]) -> list[_Repair] | None:
    """
    _all_repairs of a document that is UTF-8 read as Windows-1252 throughout, else None.

    The text is decoded at once, and the repairs are those the line by line
    path gives (one a flagged line, or one for a run of them), found without
    its detector scan of each line, its line and document weighing and its
    code-page trials. None unless every condition that makes those steps
    repeat the decoding holds; each is noted beside its test below.
    """
    # No entity, no 0x1A (a lossy sequence): nothing for ftfy's other steps.
    # A text longer than _PIECE is cut in pieces; so only shorter ones.
    # Clean accented prose fails the decoding within a few words: its start
    # is tried first, not the whole text encoded.
    if (
        len(text) > _PIECE
        or "&" in chars
        or "\x1a" in chars
        or text.isascii()
        or not _starts_as_utf8_read_as_1252(text[:_HEAD])
    ):
        return None
    fixed = _utf8_read_as_1252(text)
    if fixed is None:
        return None
    # No C1 control, entity or 0x1A in the repair, nor a character a repair
    # may not bring in (see _brings_unwanted: the text held none the repair
    # kept, its C1 controls aside).
    fixed_chars = notable_chars(fixed)
    if not _NOT_SIMPLE_CHARS.isdisjoint(fixed_chars) or _holds_unwanted(fixed_chars):
        return None
    # Clean to ftfy's detector line by line: each line or run of lines
    # transcoded alone is taken as it is (_transcode). Where the repair's
    # runs outside ASCII are all known quiet (_has_bad_line), as decoded
    # accented prose's are, neither the detector (on lines or on the whole
    # text, see _is_bad) nor _misread_gate() finds anything in it.
    runs = _gate_text(fixed, lone=False) if _LONE_HITS.isdisjoint(fixed_chars) else None
    quiet = runs == ""
    if not quiet and _first_bad_line(fixed) is not None:
        return None
    repairs = _flagged_line_repairs(
        text, fixed, run=_NOT_SIMPLE_CHARS.isdisjoint(chars), weigh_whole=not quiet
    )
    if repairs is None or quiet or _misread_gate().search(fixed if runs is None else runs) is None:
        return repairs
    # _misread_repairs tries the repaired lines _misread_gate() finds
    # something in: each holding a character outside ASCII between ASCII
    # ones is undone in no code page (_undo_misread), as most such repairs
    # (French ``l’école``: Mac Roman's lead and continuation) are.
    gate = _misread_gate()
    undoable = any(gate.search(r.fixed) and not _LONE_NON_ASCII.search(r.fixed) for r in repairs)
    return None if undoable else repairs


_HEAD = 256  # characters of a text tried first


def _starts_as_utf8_read_as_1252(head: str) -> bool:
    """Whether ``head``, encoded as Windows-1252, is UTF-8 so far (a sequence may go on past it)."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head.encode(_1252), final=False)
    except UnicodeError:
        return False
    return True


def _utf8_read_as_1252(text: str) -> str | None:
    """``text`` encoded as Windows-1252 and decoded as UTF-8 as it stands, else None."""
    try:
        data = text.encode(_1252)
    except UnicodeEncodeError:
        return None
    if b"\xed" in data or b"\xc0" in data:  # (CESU: ftfy decides)
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:  # (lossy or altered UTF-8, or not mojibake throughout)
        return None


def _flagged_line_repairs(
    text: str, fixed: str, *, run: bool, weigh_whole: bool
) -> list[_Repair] | None:
    """
    The repairs of the lines outside ASCII, ``fixed`` the text decoded; None where not all flagged.

    Every line outside ASCII must be flagged by ftfy's detector: most hold
    a pair it flags alone (_sure_pairs), the rest are asked as _flagged_lines
    asks, and a line of ASCII never is. Then the flagged lines are those outside ASCII, each
    repaired, with none left for the document's evidence to weigh. With
    ``run`` (no C1 control in the text), two or more are one run of lines
    transcoded at once, as _line_repairs takes it. With ``weigh_whole``,
    a line repaired alone in a document of more lines is weighed against
    ftfy's repair of the whole document unless that is clean
    (_repeats_whole_document): None if not.
    """
    lines = text.split("\n")
    outside = list(map(not_, map(str.isascii, lines)))
    endings = repeat("\n", len(lines) - 1)  # (the last line has none)
    if not all(map(_flagged_alone, compress(lines, outside), chain(endings, ("",)))):
        return None
    # Each line's span past its line break, in the text and in ``fixed``:
    # the decoding keeps every line break and every ASCII line.
    ends = _line_ends(lines, len(text))
    fixed_ends = _line_ends(fixed.split("\n"), len(fixed))
    if run and outside.count(True) > 1:
        first = outside.index(True)
        last = len(outside) - 1 - outside[::-1].index(True)
        block = fixed[fixed_ends[first] : fixed_ends[last + 1]]
        return [_Repair(ends[first], ends[last + 1], block, _WINDOWS_1252_PLAN)]
    if weigh_whole and text.find("\n") not in (-1, len(text) - 1) and _is_bad(fixed):
        return None
    fixed_spans = map(slice, compress(fixed_ends, outside), compress(fixed_ends[1:], outside))
    return list(
        map(
            _Repair,
            compress(ends, outside),
            compress(ends[1:], outside),
            map(fixed.__getitem__, fixed_spans),
            repeat(_WINDOWS_1252_PLAN),
        )
    )


def _flagged_alone(line: str, ending: str) -> bool:
    """Whether ftfy's detector flags ``line`` (with its ``ending``), as _flagged_lines judges it."""
    return (
        _sure_pair_pattern().search(line) is not None or _first_bad_line(line + ending) is not None
    )


def _line_ends(lines: list[str], size: int) -> list[int]:
    """0, then where each of ``lines`` (a text of ``size``, split) ends, past its line break."""
    ends = list(accumulate(map((1).__add__, map(len, lines)), initial=0))
    ends[-1] = size
    return ends


@cache  # built on first need, as _misread_gate
def _sure_pair_pattern() -> re.Pattern[str]:
    """A search for a pair of _sure_pairs(line_start=False): a line holding one is flagged."""
    by_lead: dict[str, set[str]] = {}
    for pair in sorted(_sure_pairs(line_start=False)):
        by_lead.setdefault(pair[0], set()).add(pair[1])
    return re.compile("|".join(re.escape(lead) + _class(after) for lead, after in by_lead.items()))


def _holds_unwanted(chars: AbstractSet[str]) -> bool:
    """Whether ``chars`` hold a control, unassigned, private-use or surrogate character."""
    for char in chars - _WANTED:
        if unicodedata.category(char) in _UNWANTED_CATEGORIES:
            return True
        if len(_WANTED) < _WANTED_LIMIT:
            _WANTED.add(char)
    return False


def _repeats_whole_document(text: str, repairs: list[_Repair]) -> bool:
    """
    Whether ftfy's repair of the whole document can only repeat the line repairs.

    So where every line outside ASCII is repaired by one decoding of the
    same code page, and the repaired document is clean to ftfy's detector:
    each line's first code page that decodes is the document's (every
    earlier one fails on some line, so on the whole), the decoding and its
    byte patches act line by line, and ftfy stops after that round. Czech or
    Polish mojibake whose C1 controls send each line to ftfy is spared
    ftfy's decision on the whole text, a sixth of its cost.
    """
    plan = repairs[0].plan
    if _rounds(plan) != 1 or not _is_transcoding(plan):
        return False
    ends = [0] + [repair.end for repair in repairs]
    gaps = zip(ends, [repair.start for repair in repairs] + [len(text)], strict=True)
    if any(repair.plan != plan for repair in repairs) or not all(
        text[slice(*gap)].isascii() for gap in gaps
    ):
        return False
    return not _is_bad(_spliced(text, repairs))


def _spliced(text: str, repairs: list[_Repair]) -> str:
    """``text`` with each repair's span replaced by its fixed text (repairs in order)."""
    if len(repairs) == 1 and repairs[0].start == 0 and repairs[0].end == len(text):
        # The repaired object itself, not a copy: the scan of it made to
        # check the repair (_transcode) is the pipeline's next scan.
        return repairs[0].fixed
    parts: list[str] = []
    pos = 0
    for repair in repairs:
        parts += (text[pos : repair.start], repair.fixed)
        pos = repair.end
    parts.append(text[pos:])
    return "".join(parts)


# A decoding of UTF-8 that leaves more than this share of a span's characters
# outside ASCII took only pieces of it (each sequence decoded loses all but one).
_DECODES_LITTLE = 0.25


def _decodes_little(text: str, repair: _Repair) -> bool:
    """Whether ``repair`` decoded few of its span's characters outside ASCII (see _repairs)."""
    span = text[repair.start : repair.end]
    outside = len(span) - len(span.encode("ascii", "ignore"))
    return len(span) - len(repair.fixed) < _DECODES_LITTLE * outside


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of ``spans`` (sorted, none overlapping)."""
    index = bisect_right(spans, (end,)) - 1  # the last span starting before ``end``
    return index >= 0 and spans[index][1] > start


def _line_repair(
    line: str, config: ftfy.TextFixerConfig, *, simple: bool
) -> tuple[str, Plan] | None:
    """The line as ftfy repairs it alone, and how; None if ftfy leaves it."""
    fixed = _transcode(line, simple=simple)
    if fixed is not None:
        return fixed, _WINDOWS_1252_PLAN
    fixed, plan = _fix_and_explain(line, config)
    return None if fixed == line else (fixed, plan)


def _misread_repairs(text: str, repairs: list[_Repair], runs: str | None = None) -> list[_Repair]:
    """
    ``repairs``, with UTF-8 read in a single-byte code page undone where ftfy left it.

    Lines ftfy did not repair, and what is left of those it did, are tried
    in each of _MISREAD_CODECS (see _undo_misread). A line whose evidence is
    one sequence only is undone when the document's other lines show the
    same code page. ``runs`` are _gate_text(text), if known.
    """
    # _undo_misread finds nothing in a line the scan finds nothing in: the
    # repaired lines are scanned in one pass, most of them clean.
    gate = _misread_gate()
    scanned = _starts_matching(gate, repairs)
    if not scanned and gate.search(text if runs is None else runs) is None:
        return repairs
    known = {
        _1252 if codec == "latin-1" else codec
        for repair in repairs
        for step, codec in repair.plan
        if step == "encode"
    }
    ends = [0] + [repair.end for repair in repairs]
    gaps = zip(ends, [repair.start for repair in repairs] + [len(text)], strict=True)
    spans = [(repair.start, repair.end, repair) for repair in repairs] + [
        (start, end, None)
        for gap in gaps
        if not text[slice(*gap)].isascii()  # most are line breaks between repaired lines
        for start, end in _undoable_lines(text, *gap)
    ]
    chosen: dict[int, _Repair] = {repair.start: repair for repair in repairs}
    weak: list[tuple[int, int, _Repair | None]] = []
    for start, end, repair in spans:
        line = text[start:end] if repair is None else repair.fixed
        undone = None if repair and start not in scanned else _undo_misread(line, frozenset())
        if undone is not None:
            undone = (undone[0], (repair.plan if repair else ()) + undone[1])
        if (
            repair is not None
            and "cp437" in _codecs(repair.plan)
            and "\n" not in text[start:end].rstrip("\n")
        ):
            # ftfy's choice of DOS code page may be the worse one (cp437
            # where the document is cp850): the line undone afresh competes.
            afresh = _undo_misread(text[start:end], frozenset())
            current = undone or (repair.fixed, repair.plan)
            if afresh is not None and _misread_key(*afresh) < _misread_key(*current):
                undone = afresh
        if undone is None:
            weak.append((start, end, repair))
            continue
        fixed, plan = undone
        known.update(codec for step, codec in plan if step == "encode")
        chosen[start] = _Repair(start, end, fixed, plan)
    _follow_decisive_lines(text, chosen)
    for start, end, repair in weak if known else ():
        if repair and start not in scanned:
            continue
        line = text[start:end] if repair is None else repair.fixed
        undone = _undo_misread(line, frozenset(known))
        if undone is not None:
            fixed, plan = undone
            previous = repair.plan if repair else ()
            chosen[start] = _Repair(start, end, fixed, previous + plan, from_document=True)
    return sorted(chosen.values())


# Bytes no UTF-8 holds: a line with a character that every code page of
# _MISREAD_CODECS writes as one of them, or cannot write, decodes in none.
_NOT_IN_UTF8 = frozenset(b"\xc0\xc1\xf5\xf6\xf7\xf8\xf9\xfa\xfb\xfc\xfd\xfe\xff")
# The characters some code page writes as a byte UTF-8 may hold: a line
# undone holds no others. Most Russian, Ukrainian and Greek lines hold one of
# those others (``ч``, ``ь``, ``я`` are 0xF7, 0xFC, 0xFF in Windows-1251;
# ``ω``, ``ό`` 0xF9, 0xFC in 1253), and most accented prose a lone letter.
_UNDOABLE_CHARS = frozenset(map(chr, range(0x80))) | frozenset(
    char
    for codec in _MISREAD_CODECS
    for byte in range(0x80, 0x100)
    if byte not in _NOT_IN_UTF8
    for char in bytes([byte]).decode(codec, errors="ignore")
)


def _undoable_lines(text: str, pos: int, endpos: int) -> Iterator[tuple[int, int]]:
    """
    ``lines_holding(text, _misread_gate(), pos, endpos)``, but the lines _undo_misread cannot undo.

    A line holding a character outside ASCII between two ASCII ones
    (_LONE_NON_ASCII), or a character outside _UNDOABLE_CHARS, is UTF-8 in
    none of _MISREAD_CODECS. The lines are cut in C and asked so before the
    scan: accented prose has a lone letter within a few words, and Russian,
    Ukrainian or Greek lines a letter outside the set, so a page of them is
    spared the scan of its every line.
    """
    lines = text[pos:endpos].split("\n")
    ends = list(accumulate(map((1).__add__, map(len, lines)), initial=pos))
    ends[-1] = endpos
    # Asked first, what rules most lines out soonest: in text mostly outside
    # ASCII, a letter outside the set (a tenth of Russian letters are);
    # else a lone letter, which the set test would look for past every letter.
    gate = _misread_gate()
    if len(utf8_of(text)) >= _MOSTLY_OUTSIDE_ASCII * len(text):
        for line, start, end in zip(lines, ends, ends[1:], strict=False):
            if _UNDOABLE_CHARS.issuperset(line) and _no_lone_non_ascii(line) and gate.search(line):
                yield start, end
        return
    # In text mostly of ASCII, the set test (a lookup a character) comes
    # last: a line of ASCII alone holds no match (the gate's characters are
    # all outside ASCII), and the scan in C rules out a line before it.
    for line, start, end in zip(lines, ends, ends[1:], strict=False):
        if (
            not line.isascii()
            and _no_lone_non_ascii(line)
            and gate.search(line) is not None
            and _UNDOABLE_CHARS.issuperset(line)
        ):
            yield start, end


def _no_lone_non_ascii(line: str) -> bool:
    return _LONE_NON_ASCII.search(line) is None


def _starts_matching(pattern: re.Pattern[str], repairs: list[_Repair]) -> set[int]:
    """The starts of the repairs whose repaired text ``pattern`` matches in, found in one pass."""
    if not repairs:
        return set()
    # The pattern needs characters outside ASCII on both sides of what it
    # matches, so none reaches across the line break that joins two repairs.
    joined = "\n".join(repair.fixed for repair in repairs)
    offsets = list(accumulate(len(repair.fixed) + 1 for repair in repairs))
    return {
        repairs[bisect_right(offsets, start)].start for start, _ in lines_holding(joined, pattern)
    }


def _follow_decisive_lines(text: str, chosen: dict[int, _Repair]) -> None:
    """
    Where two code pages undo a line equally well, take the one the document's other lines chose.

    DOS cp437 and cp850 differ in a few characters: ``┼¥`` is ``ž`` in one
    and ``ŝ`` in the other. A line where one code page alone gives the best
    repair is decisive; the code page most such lines chose wins the ties.
    """
    if not any(_DOS_PAGES & _codecs(repair.plan) for repair in chosen.values()):
        return  # no choice between close code pages was made
    votes: Counter[frozenset[str]] = Counter()
    for repair in chosen.values():
        line = text[repair.start : repair.end]
        if _misread_decisive(line):
            votes[_codecs(repair.plan)] += 1
    if not votes:
        return
    preferred = votes.most_common(1)[0][0]
    for start, repair in list(chosen.items()):
        if _codecs(repair.plan) == preferred or "\n" in text[start : repair.end].rstrip("\n"):
            continue
        afresh = _undo_misread(text[start : repair.end], preferred)
        if (
            afresh is not None
            and _codecs(afresh[1]) <= preferred
            and _misread_key(*afresh) <= _misread_key(repair.fixed, repair.plan)
        ):
            chosen[start] = repair._replace(fixed=afresh[0], plan=afresh[1])


_DOS_PAGES = frozenset({"cp437", "cp850"})  # alike but for a few characters


@lru_cache(maxsize=1024)  # a document's lines share a few plans, asked of again and again
def _codecs(plan: Plan) -> frozenset[str]:
    return frozenset(codec for step, codec in plan if step == "encode")


def _misread_decisive(line: str) -> bool:
    """Whether one set of code pages undoes the line strictly better than any other."""
    keys: dict[frozenset[str], tuple[int, int, int, int, int]] = {}
    for codec in _MISREAD_CODECS:
        try:
            fixed = line.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
        if fixed != line:
            keys[frozenset({codec})] = _misread_key(fixed, ())
    if len(keys) < 2:
        return False
    first, second = sorted(keys.values())[:2]
    return first < second


def _undo_misread(line: str, known: AbstractSet[str]) -> tuple[str, Plan] | None:
    """
    The line with UTF-8 read in a single-byte code page undone, up to three times over, or None.

    Every way of decoding it in _MISREAD_CODECS round after round is tried
    (each round must give valid UTF-8, which prunes the tree at once); the
    best by _worse_by, decoded most times over, among those with enough
    evidence (_misread_evidence) wins; code pages in ``known`` (the
    document's) need less evidence and win ties.
    """
    if _LONE_NON_ASCII.search(line):
        # One byte outside ASCII between ASCII ones is no UTF-8, whatever the
        # code page (each writes these characters as one byte of 0x80 or
        # more): no round can begin. Clean accented prose has such letters.
        return None
    best: tuple[tuple[int, int, int, int, int, int, int], str, Plan] | None = None
    stage: list[tuple[str, Plan]] = [(line, ())]
    line_rare: list[int] = []  # counted once a decoding needs it: most lines have none
    for _ in range(_MISREAD_ROUNDS):
        following: list[tuple[str, Plan]] = []
        for current, plan in stage:
            if _misread_gate().search(current) is None:
                continue
            outside = non_plain(current).replace("&", "")
            for order, codec in enumerate(_MISREAD_CODECS):
                # The first character outside ASCII must begin a sequence and
                # the last go on with one, or the bytes are not UTF-8.
                if (
                    outside[0] not in _LEADS_OF[codec]
                    or outside[-1] not in _CONTINUATIONS_OF[codec]
                ):
                    continue
                try:
                    fixed = current.encode(codec).decode("utf-8")
                except UnicodeError:
                    continue
                steps = (*plan, ("encode", codec), ("decode", "utf-8"))
                following.append((fixed, steps))
                codecs = {step[1] for step in steps if step[0] == "encode"}
                if not line_rare:
                    line_rare.append(_rare_count(line))
                if not _misread_evidence(line, fixed, line_rare[0], document=codecs <= known):
                    continue
                key = (*_misread_key(fixed, steps), len(codecs - known), order)
                if best is None or key < best[0]:
                    best = (key, fixed, steps)
        stage = following
    return None if best is None else (best[1], best[2])


_LONE_NON_ASCII = re.compile("[^\x00-\x7f](?<![^\x00-\x7f]{2})(?![^\x00-\x7f])")


# A line's candidates are weighed by several measures that each count these
# (_misread_evidence, _misread_key, _improves), the line itself once per
# code page tried: each is worked out once for the last few texts asked.
_WEIGHED_TEXTS = 64


@lru_cache(maxsize=_WEIGHED_TEXTS)
def _rare_count(text: str) -> int:
    return sum(map(_is_rare, non_plain(text)))


@lru_cache(maxsize=_WEIGHED_TEXTS)
def _badness(text: str) -> int:
    """Return ftfy's badness of ``text``, remembered for the last few texts weighed."""
    return badness(text)


def _misread_evidence(line: str, fixed: str, line_rare: int, *, document: bool) -> bool:
    """
    Whether a line decoded as UTF-8 from a code page is better for it, and shows it was mis-read.

    It must be no worse by ftfy's badness, bring in no control, unassigned
    or rare characters, only letters (of a Latin alphabet Europe writes
    with, or of another script) and punctuation, and no word mixing Latin
    letters with Greek or Cyrillic ones. Then: the document shows the code
    page, or ftfy's detector flags the line, or two sequences or more
    decoded, or one sequence stood inside a word as a symbol or another
    script's letter (``Г¶ppna``), or as two symbols after one (``pu├▓``),
    where text as written rarely has one.
    """
    if not _improves(line, fixed) or _rare_count(fixed) > line_rare:
        return False
    new = set(non_plain(fixed)) - set(line)
    if not all(_plausible_letter(char) for char in new):
        return False
    changed = [word[0] for word in _WORD.finditer(fixed) if not new.isdisjoint(word[0])]
    if any(_LATIN_LETTER.search(word) and _OTHER_LETTER.search(word) for word in changed):
        return False
    # Each character outside ASCII decoded is one sequence.
    if document or sum(not char.isascii() for char in fixed) >= 2:
        return True
    if not changed:
        return False
    return _first_bad_line(line) is not None or any(
        _INSIDE_WORD.search(word) or (_LATIN_LETTER.search(word) and _OTHER_LETTER.search(word))
        for word in _WORD_WITH_SYMBOLS.findall(line)
        if not set(word).isdisjoint(_MISREAD_LEADS)
    )


# Letters of the Latin alphabets of Europe, Turkey and Vietnam, outside ASCII.
_COMMON_LATIN = frozenset(
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
    "ĀāĂăĄąĆćČčĎďĐđĒēĖėĘęĚěĞğĢģĪīĮįİıĶķĹĺĻļĽľŁłŃńŅņŇňŐőŒœŔŕŘřŚśŞşŠšŢţŤťŪūŮůŰűŲųŸŹźŻżŽž"
    "ƠơƯưȘșȚț"
    "ƏəŊŋƐɛƆɔ"  # Azerbaijani, Sami, and the West African alphabets (Akan, Ewe, Lingala)
)
_WORD = re.compile(r"[^\W\d_]+")
_LATIN_LETTER = re.compile("[A-Za-z\xc0-\u024f\u1e00-\u1eff]")
_OTHER_LETTER = re.compile("[\u0370-\u052f]")  # Greek and Cyrillic: CJK sits next to Latin
# A word with whatever else stands in it; quotation marks and spaces do in text as written.
_WORD_WITH_SYMBOLS = re.compile(r"(?:[^\W\d_]|[^\s\x00-\x7f’‘“”«»])+")
_INSIDE_WORD = re.compile(r"(?<=[^\W\d_])(?:[^\w\s’‘“”«»]+(?=[^\W\d_])|[^\w\s’‘“”«»]{2})")


def _plausible_letter(char: str) -> bool:
    """A letter of a Latin alphabet in daily use or of another script, or punctuation."""
    if not char.isalpha():
        return unicodedata.category(char).startswith("P")
    if char in _COMMON_LATIN:
        return True
    if "\xc0" <= char <= "\u024f" or "\u1e00" <= char <= "\u1eff":
        return "\u1ea0" <= char <= "\u1ef9"  # Vietnamese
    return not ("\u0250" <= char <= "\u036f" or "\u1d00" <= char <= "\u1dbf")


_AFTER_LETTER = re.compile(r"(?<=[^\W\d_])[^\x00-\x7f]")


def _misread_key(fixed: str, plan: Plan) -> tuple[int, int, int, int, int]:
    """
    _worse_by, with letters no European alphabet uses and capitals after small letters counted.

    cp437 and cp850 read ``┼¥`` as ``ŝ`` and ``ž``: the letter Europe writes wins.
    """
    bad, rare, rounds = _worse_by(fixed, plan)
    uncommon = sum(
        1 for char in non_plain(fixed) if "\xc0" <= char <= "\u024f" and char not in _COMMON_LATIN
    )
    flips = sum(
        1
        for hit in _AFTER_LETTER.finditer(fixed)
        if hit[0].isupper() and fixed[hit.start() - 1].islower()
    )
    return bad, rare, uncommon, flips, rounds


def _worse_by(fixed: str, plan: Plan) -> tuple[int, int, int]:
    """
    How bad a repair looks: ftfy's badness, then rare characters, then fewer rounds of decoding.

    A line decoded with the wrong one of two code pages tends to come out
    with characters text rarely holds (``contƩ`` for ``conté``, a combining
    mark on a plain letter); one decoded a round too few looks clean to
    ftfy alone (``ГЁ`` for ``è``).
    """
    return _badness(fixed), _rare_count(fixed), -_rounds(plan)


# Latin letters of Latin Extended-B and IPA that no European or Vietnamese
# orthography uses day to day, and symbols that are not letters or punctuation.
_RARE_CATEGORIES = frozenset({"Mn", "Me", "So", "Sk", "Co", "Cn", "Cc"})


def _is_rare(char: str) -> bool:
    return ("\u0180" <= char <= "\u02af" and char not in _COMMON_LATIN) or (
        unicodedata.category(char) in _RARE_CATEGORIES
    )


def _rounds(plan: Plan) -> int:
    """How many times a plan decodes: mojibake undone once, twice..."""
    return sum(step == "decode" for step, _ in plan)


def _decoding_rounds(plan: Plan) -> Plan:
    """
    A whole-text plan without its last step if that mends inconsistent UTF-8 left over.

    ftfy ends a decoding with that step where some lines were damaged once
    fewer (``Emër`` once through Windows-1257 beside lines damaged twice):
    the text was still decoded as one, and each line took what it needed.
    """
    if plan and plan[-1] == ("apply", "decode_inconsistent_utf8"):
        return plan[:-1]
    return plan


@lru_cache(maxsize=1024)  # asked of every repair, whose plans are a few
def _is_transcoding(plan: Plan) -> bool:
    """Whether a plan only encodes, patches bytes and decodes as UTF-8: mojibake undone."""
    return (
        bool(plan)
        and all(step in _TRANSCODING for step, _ in plan)
        and any(step == ("decode", decoding) for step in plan for decoding in _UTF8_DECODINGS)
    )


def _encodes(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def _first_improving(
    line: str, candidates: list[tuple[str | None, Plan]]
) -> tuple[str, Plan] | None:
    """
    The first candidate that improves the line, bringing in no rare letters if one can.

    A line damaged once, in a document whose other lines were damaged
    twice, decodes once more by chance into a rare letter (``Emër`` through
    Windows-1257 twice: ``Emƫr``); the decoding that leaves none is the
    line's own.
    """
    improving = [(c, plan) for c, plan in candidates if c is not None and _improves(line, c)]
    if not improving:
        return None
    rare = _rare_count(line)
    return next(((c, plan) for c, plan in improving if _rare_count(c) <= rare), improving[0])


def _improves(line: str, fixed: str) -> bool:
    """
    Whether a line the document's decoding turned into valid UTF-8 is better for it.

    Valid UTF-8 out of a line's non-ASCII characters is ftfy's own evidence;
    the repair must not raise ftfy's badness count, nor bring in control,
    unassigned or private-use characters.
    """
    if fixed == line or _badness(fixed) > _badness(line):
        return False
    return not _brings_unwanted(line, fixed)


def _brings_unwanted(line: str, fixed: str) -> bool:
    """Whether ``fixed`` brings control, unassigned, private-use or surrogate characters in."""
    # Few repaired lines hold such a character at all: the line is searched
    # for one only then, instead of made a set of its characters each time;
    # and characters seen to be none are passed over in C.
    for char in set(non_plain(fixed)).difference(_WANTED):
        if unicodedata.category(char) in _UNWANTED_CATEGORIES:
            if char not in line:
                return True
        elif len(_WANTED) < _WANTED_LIMIT:
            _WANTED.add(char)
    return False


# Characters seen in repairs whose category is none of _UNWANTED_CATEGORIES:
# a script's few dozen letters and marks, most texts over; bounded, since a
# stream of texts in every script could otherwise grow it without end.
_WANTED: set[str] = set()
_WANTED_LIMIT = 1 << 16


def lines_holding(
    text: str, pattern: re.Pattern[str], pos: int = 0, endpos: int | None = None
) -> Iterator[tuple[int, int]]:
    """
    Yield (start, end) of each line where ``pattern`` matches, in order, in linear time.

    After a match, the search goes on from the next line, and the line's
    bounds are found between the previous line's end and the match. With
    ``pos`` and ``endpos``, only the whole lines between them are searched.
    """
    endpos = len(text) if endpos is None else endpos
    line_end = pos
    while line_end < endpos and (match := pattern.search(text, line_end, endpos)):
        at = match.start()
        start = max(line_end, text.rfind("\n", line_end, at) + 1)
        line_end = text.find("\n", at, endpos) + 1 or endpos
        yield start, line_end


def _split_repair(
    text: str, block: list[tuple[int, int, ftfy.TextFixerConfig]], fixed: str
) -> Iterator[_Repair]:
    """The repair of a run of lines transcoded at once, as one repair a flagged line."""
    # Transcoding keeps every line break, and the lines between are ASCII.
    fixed_lines = fixed.split("\n")
    pos, index = block[0][0], 0
    for line_start, line_end, _ in block:
        index += text.count("\n", pos, line_start)
        pos = line_start
        ending = "\n" if text.endswith("\n", line_start, line_end) else ""
        yield _Repair(line_start, line_end, fixed_lines[index] + ending, _WINDOWS_1252_PLAN)


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """
    Cut a long line into pieces of about _PIECE characters, never inside a mojibake sequence.

    Each piece ends at the last cut before _PIECE (_cut): between ASCII
    words where any, else at another cut no sequence crosses. A line that
    has none there (a long run of characters outside ASCII) is cut at the
    first one past _PIECE, up to _CUT_REACH further; only a stretch of
    _CUT_REACH characters on each side of it with none is cut at _PIECE.
    """
    while end - start > _PIECE:
        at = _cut(text, start + _PIECE, min(end, start + _PIECE + _CUT_REACH))
        yield start, at
        start = at
    yield start, end


def _cut(text: str, limit: int, reach_end: int) -> int:
    """Where a piece ending near ``limit`` (and at most at ``reach_end``) ends: see _pieces."""
    cut = None
    # The last cut between ASCII words before the limit: looked for near it
    # first (prose has one every few characters), then in the piece's last
    # quarter. Cuts cannot overlap (each ends with the space no cut begins
    # with), so where the search begins does not move them.
    for reach in (_NEAR_CUT, _CUT_REACH):
        for cut in _CUT.finditer(text, limit - reach, limit):  # noqa: B007 - the last one
            pass
        if cut is not None:
            return cut.end()
    low = limit - _CUT_REACH
    if (at := _last_safe_cut(text, low, limit)) is not None:
        return at
    # Inside a run: on to its end, the first safe cut past the limit.
    if (at := _first_safe_cut(text, limit, reach_end)) is not None:
        return at
    # A run longer than the reach (mojibake of Cyrillic, CJK or emoji with
    # no ASCII between): cut before a UTF-8 lead, in the first of ftfy's
    # code pages that writes the run on both sides (ftfy's choice for it).
    window = text[low:reach_end]
    codec = next((codec for codec in CHARMAP_ENCODINGS if _encodes(window, codec)), None)
    if codec is not None:
        first, last = _sequence_starts(codec)
        if (found := last.match(text, low, limit)) is not None:
            return found.end()
        if found := first.search(text, limit, reach_end):
            return found.start()
    return limit  # (no cut within the reach either side: not mojibake of one code page)


def _last_safe_cut(text: str, low: int, high: int) -> int | None:
    """The last _SAFE_CUT from ``low`` to ``high`` that _UNCUT_BEFORE allows, or None."""
    for _ in range(_UNCUT_TRIES):
        last = _LAST_SAFE_CUT.match(text, low, high)
        if last is None:
            return None
        at = last.end()
        uncut = _UNCUT_BEFORE.search(text, max(0, at - _UNCUT_LENGTH), at)
        if uncut is None:
            return at
        high = uncut.start()  # (before the "&" or the 0xC3)
    return None


def _first_safe_cut(text: str, low: int, high: int) -> int | None:
    """The first _SAFE_CUT from ``low`` to ``high`` that _UNCUT_BEFORE allows, or None."""
    for _ in range(_UNCUT_TRIES):
        first = _SAFE_CUT.search(text, low, high)
        if first is None:
            return None
        at = first.start()
        if _UNCUT_BEFORE.search(text, max(0, at - _UNCUT_LENGTH), at) is None:
            return at
        low = at + 1
    return None


def _blocks(
    text: str, spans: list[tuple[int, int, ftfy.TextFixerConfig]], piece: int = _PIECE
) -> Iterator[list[tuple[int, int, ftfy.TextFixerConfig]]]:
    """
    Group the lines to repair into runs with only ASCII between them, up to ``piece`` long.

    A block ends before the first line that would take it past ``piece``
    characters, or that has characters outside ASCII between it and the
    line before; both are found by bisection, the gaps told in C, so a
    text of many short lines is grouped at a cost per block, not per line.
    """
    starts = list(map(itemgetter(0), spans))
    ends = list(map(itemgetter(1), spans))
    # The indices of the lines with characters outside ASCII between them and the line before.
    gaps = map(text.__getitem__, map(slice, ends, starts[1:]))
    apart = list(compress(count(1), map(not_, map(str.isascii, gaps))))
    first = 0
    while first < len(spans):
        next_apart = bisect_right(apart, first)
        past = min(
            bisect_right(ends, starts[first] + piece),
            apart[next_apart] if next_apart < len(apart) else len(spans),
        )
        stop = max(first + 1, past)
        yield spans[first:stop]
        first = stop


def _bad_lines(text: str) -> Iterator[tuple[int, int]]:
    """
    Yield (start, end) of each line ftfy's detector finds mojibake in, in order.

    Exact: every BADNESS_RE match holds a pair or character _maybe_bad_pattern()
    finds, so each is searched for in a window around it, on the line
    itself, where "^" means what it means to ftfy (the start of the line).
    Line bounds are found between the previous line's end and the hit, so
    each character is looked at a bounded number of times: linear time.
    """
    line_start = line_end = 0
    flagged = False  # whether the line ending at line_end was yielded
    maybe_bad = _maybe_bad_pattern()
    sure_bad, sure_at_line_start = _sure_pairs(line_start=False), _sure_pairs(line_start=True)
    hits, resume = maybe_bad.finditer(text), len(text)
    while True:
        hit = next(hits, None)
        if hit is None:
            if resume == len(text):
                return
            hits, resume = maybe_bad.finditer(text, resume), len(text)
            continue
        at = hit.start()
        if at >= line_end:
            line_start = max(line_end, text.rfind("\n", line_end, at) + 1)
            line_end = text.find("\n", at) + 1 or len(text)
            flagged = False
        elif flagged:
            continue  # in the rest of a short line already yielded
        pair = text[at : at + 2]
        if (
            pair in sure_bad
            or (at == line_start and pair in sure_at_line_start)
            or _window_is_bad(text, line_start, line_end, at)
        ):
            yield line_start, line_end
            flagged = True
            if line_end - at > _SHORT_LINE:
                # The rest of a long line is passed over in C, and the scan
                # goes on a stretch at a time: the next bad line may be near.
                resume = text.find("\n", line_end + _STRETCH) + 1 or len(text)
                hits = maybe_bad.finditer(text, line_end, resume)


# A text of more lines than this may be a list repeating a few of them.
_MANY_LINES = 256


def _flagged_lines(text: str, many: int = _MANY_LINES) -> Iterator[tuple[int, int]]:
    r"""
    _bad_lines(text), each distinct line judged once where most lines repeat another.

    ftfy's detector judges a line by itself and its line break alone (see
    _bad_lines), so a list of a few lines repeated (bullets, a label on
    every row, ``"Â x\n"`` a million times) needs a judgment per distinct
    line; the lines are cut, told apart and put back in place in C. A text
    of fewer than ``many`` lines, or of mostly distinct ones, is scanned
    as _bad_lines scans it.
    """
    if text.count("\n") < many:
        return _bad_lines(text)
    lines = text.split("\n")
    verdicts = dict.fromkeys(lines, False)
    if 2 * len(verdicts) > len(lines):
        return _bad_lines(text)
    for line in verdicts:
        verdicts[line] = not line.isascii() and _first_bad_line(line + "\n") is not None
    flags = list(map(verdicts.__getitem__, lines))
    last = lines[-1]  # the one line without a line break
    flags[-1] = not last.isascii() and _first_bad_line(last) is not None
    # Each line's end, past its line break: the sum of the lengths before, each plus one.
    ends = list(accumulate(map((1).__add__, map(len, lines))))
    ends[-1] = len(text)
    return compress(zip(chain((0,), ends), ends, strict=False), flags)  # (one more start)


def _has_bad_line(text: str, chars: AbstractSet[str]) -> bool:
    """
    ``_first_bad_line(text) is not None``, for a text holding ``chars`` (its notable_chars).

    Without a character _maybe_bad_pattern() finds alone, its every hit is
    two characters outside ASCII side by side, inside a run: where every
    such run of the text is known quiet (_gate_text), nothing is flagged.
    So a line of mojibake, decoded, is checked clean in C, as accented prose.
    """
    if _LONE_HITS.isdisjoint(chars) and not _gate_text(text, lone=False):
        return False
    return _first_bad_line(text) is not None


def _first_bad_line(text: str) -> tuple[int, int] | None:
    """The first line of ``text`` ftfy's detector finds mojibake in, or None."""
    return next(_bad_lines(text), None)


def _window_is_bad(text: str, line_start: int, line_end: int, at: int) -> bool:
    window_start = max(line_start, at - _WINDOW + 1)
    window_end = min(line_end, at + _WINDOW + 1)
    if line_start == 0 or window_start > line_start:
        # The text's own start is the line's, and "^" cannot match mid-line.
        return BADNESS_RE.search(text, window_start, window_end) is not None
    return BADNESS_RE.search(text[line_start:window_end]) is not None


def _fix_encoding_and_explain(text: str, config: ftfy.TextFixerConfig) -> tuple[str, Plan]:
    """
    ``ftfy.fix_encoding_and_explain(text, config)``, without its detector's scans of the whole text.

    ftfy searches the whole text with its detector before each round of
    decoding and once after the last, at some 100 ns a character. _is_bad
    gives the same answer from windows around _maybe_bad_pattern()'s hits, and each
    round is taken as ftfy takes it (_decode_step, _other_step), with
    ftfy's own fixes; tests/test_encoding.py checks both against ftfy.
    """
    plan: list[tuple[str, str]] = []
    while not text.isascii() and _is_bad(text):
        fixed, steps = _decode_step(text, config) or _other_step(text, config)
        plan += steps
        if fixed == text:
            break
        text = fixed
    return text, tuple(plan)


def _is_bad(text: str) -> bool:
    """``ftfy.badness.is_bad(text)``: the detector on the whole text, "^" at the text's start."""
    return any(
        _window_is_bad(text, 0, len(text), hit.start())
        for hit in _maybe_bad_pattern().finditer(text)
    )


def _decode_step(text: str, config: ftfy.TextFixerConfig) -> tuple[str, Plan] | None:
    """
    The round of decoding ftfy makes on a text its detector flags, if it undoes a code page.

    The first of ftfy's code pages the text can be encoded in whose bytes
    (with 0xA0 put back where ftfy would, and lossy sequences replaced for
    the sloppy code pages) decode as UTF-8, or CESU where ftfy picks it.
    """
    for tried, codec in enumerate(CHARMAP_ENCODINGS):
        # Asked once the first code page failed (mojibake decodes in it):
        # where it finds something, every other code page fails too.
        if tried == 1 and _NEVER_UTF8.search(text) is not None:
            return None
        if not possible_encoding(text, codec):
            continue
        data = text.encode(codec)
        steps: list[tuple[str, str]] = [("encode", codec)]
        if config.restore_byte_a0 and codec != "macroman" and _has_altered_utf8(data):
            restored = _restore_byte_a0(data)
            if restored != data:
                steps.append(("transcode", "restore_byte_a0"))
                data = restored
        if config.replace_lossy_sequences and codec.startswith("sloppy"):
            replaced = replace_lossy(data)
            if replaced != data:
                steps.append(("transcode", "replace_lossy_sequences"))
                data = replaced
        decoding = "utf-8-variants" if b"\xed" in data or b"\xc0" in data else "utf-8"
        try:
            fixed = data.decode(decoding)
        except UnicodeDecodeError:
            continue
        return fixed, (*steps, ("decode", decoding))
    return None


def _other_step(text: str, config: ftfy.TextFixerConfig) -> tuple[str, Plan]:
    r"""
    The round ftfy makes on a flagged text no code page undoes.

    In ftfy's order: UTF-8 sequences decoded where they stand among other
    text (inconsistent UTF-8), Latin-1 read as Windows-1252 where the text
    holds C1 controls, then each C1 control read as the Windows-1252
    character it most likely was (``c\x9cur``); else nothing.
    """
    if config.decode_inconsistent_utf8 and UTF8_DETECTOR_RE.search(text):
        fixed = decode_inconsistent_utf8(text)
        if fixed != text:
            return fixed, (("apply", "decode_inconsistent_utf8"),)
    # ftfy's list of code pages holds the sloppy Windows-1252, never
    # "windows-1252" itself, so a Latin-1 text always takes this branch.
    if possible_encoding(text, "latin-1"):
        try:
            fixed = text.encode("latin-1").decode("windows-1252")
        except UnicodeDecodeError:
            pass
        else:
            if fixed != text:
                return fixed, (("encode", "latin-1"), ("decode", "windows-1252"))
    if config.fix_c1_controls and C1_CONTROL_RE.search(text):
        return fix_c1_controls(text), (("transcode", "fix_c1_controls"),)
    return text, ()


# The fixes fix_and_explain could run that _fix_and_explain does not.
_OTHER_FIXES = (
    "fix_latin_ligatures", "fix_character_width", "uncurl_quotes", "fix_line_breaks",
    "fix_surrogates", "remove_terminal_escapes", "remove_control_chars", "normalization",
)  # fmt: skip


def _fix_and_explain(text: str, config: ftfy.TextFixerConfig) -> tuple[str, Plan]:
    """
    ``ftfy.fix_and_explain(text, config)`` for encoding repair, without its detector's full scans.

    ftfy repeats its encoding repair and its C1 fix until nothing changes;
    so does this, with _fix_encoding_and_explain. A text holding an HTML
    entity (_holds_entity), or a configuration with other fixes, goes to ftfy.
    """
    unescaped = config.unescape_html and _holds_entity(text)
    if unescaped or any(getattr(config, f) for f in _OTHER_FIXES):
        fixed, explanation = ftfy.fix_and_explain(text, config)
        return fixed, tuple(explanation or ())
    plan: list[tuple[str, str]] = []
    while True:
        before = text
        text, steps = _fix_encoding_and_explain(text, config)
        plan += steps
        if config.fix_c1_controls:
            fixed = fix_c1_controls(text)
            if fixed != text:
                plan.append(("apply", "fix_c1_controls"))
                text = fixed
        if text == before:
            return text, tuple(plan)


def _transcode(line: str, *, simple: bool = False, lossy: bool = True) -> str | None:  # noqa: PLR0911 - one per ftfy branch
    """
    The line as ftfy would repair it, when that is one Windows-1252-to-UTF-8 step, else None.

    The caller knows ftfy's detector finds mojibake in ``line``. ftfy then
    tries Latin-1 (for a line it can encode) and sloppy Windows-1252, which
    give the same bytes for a line without C1 controls; the second also
    turns lossy sequences (U+FFFD, encoded as 0x1A) into U+FFFD. Where its
    altered-UTF-8 pattern matches, it puts back the 0xA0 bytes first, as
    here. It decodes CESU when 0xED or 0xC0 appears: those lines are left
    to ftfy. When the result is clean, ftfy's loop stops after this step
    and its HTML and C1 fixes find nothing. ``simple`` says the caller
    found no C1 control, 0x1A or "&" in the line; without ``lossy``, bytes
    that do not decode as they are give None.
    """
    if len(line) > _MAX_SEGMENT or (not simple and _NEVER_UTF8.search(line) is not None):
        return None  # (asked where C1 controls may be: a line led to ftfy, not mojibake)
    # With C1 controls, ftfy's first try is Latin-1 without the lossy fix,
    # and what happens after a failure is left to ftfy.
    # (A line it cannot encode in Latin-1 goes on to Windows-1252, as without them.)
    codec = "sloppy-windows-1252"
    if not simple and _NOT_SIMPLE.search(line):
        if "\x1a" in line or _holds_entity(line):
            return None
        if _encodes(line, "latin-1"):
            codec = "latin-1"
    try:
        encoded = line.encode(codec)
    except UnicodeEncodeError:
        return None
    if b"\xed" in encoded or b"\xc0" in encoded:
        return None
    if _has_altered_utf8(encoded):
        encoded = _restore_byte_a0(encoded)
    # Every lossy sequence is invalid UTF-8, so the plain bytes decode only
    # when the lossy fix has nothing to do: trying them first changes nothing.
    for attempt in (encoded, None) if codec != "latin-1" and lossy else (encoded,):
        try:
            fixed = (attempt or replace_lossy(encoded)).decode("utf-8")
        except UnicodeDecodeError:
            continue
        chars = notable_chars(fixed)
        if not _UNSETTLING.isdisjoint(chars) and (
            _fixed_further(fixed, chars) or _has_bad_line(fixed, chars)
        ):
            return None  # mojibake twice over, or something ftfy fixes next: ftfy decides
        return fixed
    return None


_MAX_SEGMENT = ftfy.TextFixerConfig().max_decode_length


_C1_OR_LOSSY = _NOT_SIMPLE_CHARS - {"&"}


def _holds_entity(text: str) -> bool:
    """
    Whether ftfy's HTML step could change ``text``: an "&" that begins one of its entities.

    A "&" of prose (``AT&T``, ``R & D``) is passed over by that step, so a
    text holding no entity is repaired by ftfy as if the step were off; and
    no later step makes one, since every decoding and byte fix turns
    characters outside ASCII into characters outside ASCII, never fewer
    than one, and an entity is ASCII throughout. A long line of mojibake
    holds a "&" somewhere in nearly every piece (_pieces): asked this
    way, those pieces are decoded as the others are, not led to ftfy.
    """
    return "&" in text and HTML_ENTITY_RE.search(text) is not None


def _fixed_further(fixed: str, chars: AbstractSet[str]) -> bool:
    """Whether ftfy's C1 or HTML step acts on ``fixed`` (holding ``chars``), or 0x1A is left."""
    return not _C1_OR_LOSSY.isdisjoint(chars) or ("&" in chars and _holds_entity(fixed))


# The characters outside ASCII some code page of ftfy's writes as an ASCII
# byte: U+FFFD, which the sloppy ones write as 0x1A.
_WRITTEN_AS_ASCII = frozenset(
    char
    for codec in CHARMAP_ENCODINGS
    for char in bytes(range(0x80)).decode(codec, errors="ignore")
    if not char.isascii()
)
# A character outside ASCII between two ASCII letters or digits (``café``'s
# ``é`` in ``cafés``). In any of ftfy's code pages it is one byte from 0x80
# up between two ASCII bytes, which no UTF-8 holds: no lead byte (a
# continuation must follow it) and no continuation (a lead or continuation
# must precede it). ftfy's byte patches touch it neither: restoring 0xA0
# needs a space beside a lead, the lossy fix 0x1A or "?" after one, and its
# other bytes are continuations, 0x1A or "?". So the text decodes in none of
# them (tests/test_encoding_gate.py checks it against ftfy's own steps), and
# clean accented prose holds one within a few words.
_NEVER_UTF8 = re.compile(
    rf"[^\x00-\x7f{''.join(sorted(_WRITTEN_AS_ASCII))}](?<=[A-Za-z0-9].)(?=[A-Za-z0-9])"
)


# Every ALTERED_UTF8_RE match is a lead byte and a space one byte after it
# (two or three, for the leads of longer sequences), with other bytes between.
# A pattern led by a plain class is scanned several times faster than ftfy's,
# and text as written rarely holds such a lead, next to a space or not.
_MAYBE_ALTERED = re.compile(
    b"[\xc2\xc3\xc5\xce\xd0\xd9\xe0-\xe3\xf0]"
    b"(?:(?<=[\xc2\xc3\xc5\xce\xd0\xd9]) |(?<=[\xe0-\xe3])[^ ]? |(?<=\xf0)[^ ]{0,2} )"
)
_ALTERED_REACH = 3  # a match begun inside a candidate ends at most this far past it


def _has_altered_utf8(data: bytes) -> bool:
    """
    ``ALTERED_UTF8_RE.search(data)``, run only where it can match.

    Every match starts at a lead byte where the quick pattern finds a
    candidate, or inside a candidate found before it, and ends at most
    three bytes past that candidate's end. Every match is a lead byte with
    a space where its continuation bytes stand, so valid UTF-8 holds none:
    the bytes of mojibake (the text as written) pass on a decoding in C,
    several times faster than the quick pattern's search.
    """
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return False
    for maybe in _MAYBE_ALTERED.finditer(data):
        if ALTERED_UTF8_RE.search(data, maybe.start(), maybe.end() + _ALTERED_REACH):
            return True
    return False


# The leads of ALTERED_UTF8_RE's first branch, a two-byte lead and a space:
# no other branch's match holds such a pair, nor begins at its space.
_ALTERED_TWO_BYTE = tuple(bytes([lead, 0x20]) for lead in b"\xc2\xc3\xc5\xce\xd0\xd9")


def _restore_byte_a0(data: bytes) -> bytes:
    r"""
    The ``restore_byte_a0`` of ftfy, its commonest substitution made by ``bytes.replace``.

    ftfy replaces the spaces of each ALTERED_UTF8_RE match with 0xA0 bytes,
    calling a Python function a match: a text of many short lines of ``Â ``
    pays it line by line. A two-byte lead before a space is a match of its
    own wherever it stands, so those are replaced in C first; ftfy's pattern
    is then run only if a longer match is left.

        >>> _restore_byte_a0(b"\xc2 x\n\xc2 y")  # "Â x" twice, in Windows-1252
        b'\xc2\xa0x\n\xc2\xa0y'
    """
    data = A_GRAVE_WORD_RE.sub(b"\xc3\xa0 ", data)
    for pair in _ALTERED_TWO_BYTE:
        if pair in data:
            data = data.replace(pair, pair[:1] + b"\xa0")
    return restore_byte_a0(data) if ALTERED_UTF8_RE.search(data) else data


# Every LOSSY_UTF8_RE match holds one of these bytes and is at most six bytes long.
_LOSSY_MARK = re.compile(b"[\x1a?]")
_LOSSY_REACH = 6
_REPLACEMENT = "\N{REPLACEMENT CHARACTER}".encode()


def replace_lossy(data: bytes) -> bytes:
    r"""
    Do what ftfy's ``replace_lossy_sequences`` does, searching only near the bytes it needs.

    ftfy's pattern, run over a whole line, costs tens of microseconds; the
    same substitution is made by searching a few bytes around each 0x1A or
    "?", which every match holds. A match holding a mark starts at most five
    bytes before it and ends at most six after, so a window that wide finds
    the same leftmost match the full scan would.

        >>> replace_lossy(b"caf\xc3\x1a ok?")
        b'caf\xef\xbf\xbd ok?'
    """
    parts: list[bytes] = []
    done = pos = 0
    while mark := _LOSSY_MARK.search(data, pos):
        at = mark.start()
        found = LOSSY_UTF8_RE.search(data, max(pos, at - _LOSSY_REACH + 1), at + 2 * _LOSSY_REACH)
        if found is None or found.start() > at:
            pos = at + 1  # no match holds this mark; one holding a later mark starts later
            continue
        parts += (data[done : found.start()], _REPLACEMENT)
        done = pos = found.end()
    if not parts:
        return data
    parts.append(data[done:])
    return b"".join(parts)


#: The default-configured filter, as used by the doctests above.
fix_encoding = FixEncoding()
