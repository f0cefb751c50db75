"""
Context: which script a word's surroundings are written in.

A line is cut into segments at separators (``=``, tab, dashes between
spaces, ``: ``, ``|``, brackets) and quotes, because each side of a glossary
line (``Not now = Не сейчас``) or a quoted word (``«СССР»``) is its own
context. A word's context is the script that most of the nearest words of its
segment give away; when its segment gives none away, its line's, then its
document's, and then the context is only *inherited*: the word is judged as
a quoted word is, by the lexicon alone.
"""

from __future__ import annotations

import bisect
import itertools
import re
import string
from typing import TYPE_CHECKING, NamedTuple

import regex

from textclean._confusables import LOOKALIKES
from textclean._filters.homoglyphs.letters import (
    CYRILLIC,
    GREEK,
    LATIN,
    ROMAN_DIGITS,
    unquoted_word,
)

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

# Where a line is cut: separators, and quotes at a word's edge (not the
# apostrophe inside "let's").
_SEPARATOR = regex.compile(
    r"""\t|\s*[=|]\s*|\s+[—–/-]\s+|:\s|[()\[\]{}]"""
    r"""|["«»‹›“”„‟「」『』《》〈〉]|(?<![\p{L}\p{M}])['‘’‚]|['‘’](?![\p{L}\p{M}])"""
)
_QUOTES = frozenset("\"«»‹›“”„‟「」『』《》〈〉'‘’‚")
# Every separator holds one of these; those after spaces take the spaces
# with them. A class of the standard library's re alone: re skips the
# characters outside it in a tight loop, where the alternatives above,
# tried at every character, cost some 130 ns a character.
_SEPARATOR_SIGN = re.compile("[\t=|—–/\\-:()\\[\\]{}\"«»‹›“”„‟「」『』《》〈〉'‘’‚]")
_SPACES_BEFORE = regex.compile(r"\s+", regex.REVERSE)  # matched back from a position
REACH = 3  # give-away words on each side that decide a word's context


# Characters that glue a word to code or markup: "%(value)r", "<a href", "x_name".
_CODE_BEFORE = frozenset("%)<>_#@\\{[=&$^~`|")
_CODE_AFTER = frozenset("(<>_#@\\}]=&$^~`%")
# A command-line option: one or two hyphens after a space, the line's start or a quote ("-r").
_OPTION = regex.compile(r"(?:^|[\s\"'«„“(])--?$")
_RANGE_DASHES = frozenset("-\N{HYPHEN}\N{NON-BREAKING HYPHEN}\N{FIGURE DASH}\N{EN DASH}")
_RANGE = regex.compile(r"(?<![\p{L}\p{M}])\p{L}[-‐‑‒–]\p{L}(?![\p{L}\p{M}])")  # "a-z"


def code_like(text: str, start: int, end: int) -> bool:
    """
    Whether the word at ``text[start:end]`` is part of code or markup, not prose.

    Format fields (``%(value)r``, ``%s``), tags (``<a href>``), identifiers
    (``allow_future``), tokens joined to digits (``IPv6``, ``H2O``), units
    and suffixes (``°C``, ``.ac``: `unit_or_suffix`),
    command-line options (``-r``, ``--all``) and letter ranges (``a-z``) are written
    in whatever letters the code needs: they are neither evidence of their
    line's script nor look-alike words to rewrite.
    """
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    # Most words of prose: none of the signs `_shows_code` looks for on either side.
    return not (before in PROSE_BESIDE and after in PROSE_BESIDE) and _shows_code(
        text, start, end, before, after
    )


def _shows_code(text: str, start: int, end: int, before: str, after: str) -> bool:
    """`code_like`, where a character beside the word (``before``, ``after``) is not plain prose."""
    if (
        before in _CODE_BEFORE
        or after in _CODE_AFTER
        or before.isdigit()
        or after.isdigit()
        or unit_or_suffix(text, start)
    ):
        return True
    if before == "-" and _OPTION.search(text[max(0, start - 3) : start]):
        return True
    if text[max(0, start - 2) : start] in {"%(", "</"}:
        return True
    if (before == "-" or after == "-") and _in_latin_compound(text, start, end):
        return True
    if (before == "." or after == ".") and _in_latin_initials(text, start, end):
        return True
    # A range is three characters and the one after it: the search ends
    # there (the pattern sees the characters before its start as well).
    # Its dash comes first: most single letters stand by none.
    return end - start == 1 and (
        (
            text[start + 1 : start + 2] in _RANGE_DASHES
            and _RANGE.match(text, start, start + 4) is not None
        )
        or (
            start >= 2
            and text[start - 1] in _RANGE_DASHES
            and _RANGE.match(text, start - 2, start + 2) is not None
        )
    )


# Characters beside a word that none of `_shows_code` looks for: no
# code sign, digit, dot, hyphen or dash, degree sign, "(" or "/" ("%(", "</").
PROSE_BESIDE = frozenset(' \n\t,;:!?"«»\N{NO-BREAK SPACE}')
assert PROSE_BESIDE.isdisjoint(_CODE_BEFORE | _CODE_AFTER | _RANGE_DASHES | set(".-°(/"))


def unit_or_suffix(text: str, start: int) -> bool:
    """
    Whether the word at ``text[start:]`` is a unit after a degree sign or a suffix after a dot.

    ``°C`` and ``°F`` are Latin in every script's prose, and so is a file
    or domain suffix a dot opens as a word of its own (``.ac``, ``.py``):
    neither is a swapped word of the text's script, whatever it spells
    there (``С``, ``ас``). A dot after a letter (``т.e.``) opens no suffix.
    """
    if not start or not text[start].isascii():
        return False  # a twin of another script there is judged (``°С`` in English)
    before = text[start - 1]
    if before == "\N{DEGREE SIGN}":
        return True
    return before == "." and (start == 1 or text[start - 2] in _SUFFIX_OPENERS)


_SUFFIX_OPENERS = frozenset(" \t\n\N{NO-BREAK SPACE}(\"'«„“")


def _in_latin_compound(text: str, start: int, end: int) -> bool:
    """
    Whether the Latin word at ``text[start:end]`` is a hyphened part of a Latin name or word.

    Names of code pages, encodings and standards join Latin letters and
    digits with hyphens (``koi8-r``, ``koi-8-u``, ``iso-8859-5``), and
    Cyrillic and Greek prose writes hyphened English words whole
    (``e-mail``, ``x-ray``): a part of one is written in its compound's
    letters, whatever its rewrite would spell (``г``, ``е``). The rest of
    the compound must hold a Latin letter no Cyrillic or Greek letter twins
    (the ``m`` of ``mail``: no swap puts it in), or both a Latin letter and
    a digit: an ordinal's ending after digits alone (``10-е``) is a word of
    its text's script, swapped or not. Only `_NAME_REACH` characters on
    each side are looked at, so a long hyphened run costs no more per word.
    """
    if not text[start:end].isascii():
        return False
    left = _CODE_NAME_BEFORE.match(text, max(0, start - _NAME_REACH), start)
    right = _CODE_NAME_AFTER.match(text, end, end + _NAME_REACH)
    rest = (left[0] if left else "") + (right[0] if right else "")
    return not _NO_TWIN.isdisjoint(rest) or (
        _HAS_DIGIT.search(rest) is not None and _HAS_LATIN.search(rest) is not None
    )


def _in_latin_initials(text: str, start: int, end: int) -> bool:
    """
    Whether the Latin letter at ``text[start:end]`` is one of dotted Latin initials (``P.S.``).

    Latin abbreviations (``P.S.``, ``e.g.``, ``U.S.``) stand in Cyrillic
    and Greek prose as written: a letter dotted to another Latin letter,
    no space between, is one of them. A swapped Cyrillic one joins a
    Cyrillic letter (``т.e.``), and is judged.
    """
    if end - start != 1 or not text[start].isascii():
        return False
    return (
        _INITIAL_BEFORE.match(text, max(0, start - 2), start) is not None
        or _INITIAL_AFTER.match(text, end, end + 2) is not None
    )


_INITIAL_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])[A-Za-z]\.", regex.REVERSE)
_INITIAL_AFTER = regex.compile(r"\.[A-Za-z](?![\p{L}\p{M}])")
_NAME_REACH = 12
# The hyphened run of ASCII letters and digits on each side of a word (back from it, on from it).
_CODE_NAME_BEFORE = regex.compile(r"(?:[A-Za-z0-9]+-)+", regex.REVERSE)
_CODE_NAME_AFTER = regex.compile(r"(?:-[A-Za-z0-9]+)+")
_HAS_DIGIT = re.compile("[0-9]")
_HAS_LATIN = re.compile("[A-Za-z]")
# Latin letters that no Cyrillic or Greek letter twins.
_NO_TWIN = frozenset(
    c for c in string.ascii_letters if c not in LOOKALIKES[CYRILLIC] and c not in LOOKALIKES[GREEK]
)


def kept_as_code(text: str, start: int, end: int, word: str, target: str) -> bool:
    """
    Whether the look-alike ``word`` at ``text[start:end]`` is code or a name, kept as written.

    Code (``5α``), and Latin names beside Latin names (`among_latin_names`).

    Letters no language writes words with (small capitals, IPA, Cherokee
    small letters) are swapped letters wherever they stand: ``77ꬲ10`` was
    ``77e10``. The word rules and the fast path both ask this.
    """
    if target == LATIN and unquoted_word(word):
        return False
    return (
        code_like(text, start, end)
        or among_latin_names(text, start, end, word, target)
        or numeral_after_word(text, start, word)
    )


def numeral_after_word(text: str, start: int, word: str) -> bool:
    """
    Whether ``word`` at ``text[start:]`` is a Roman numeral of capitals right after a small word.

    A ruler's, a pope's or a chapter's number follows its name or title
    mid-sentence (``Петра I``, ``Глава II``, ``в XX веке``), and Cyrillic
    and Greek prose writes it in Latin capitals. A capital word of twins
    mid-sentence is no swapped word: swapping keeps each letter's case, and
    the Ukrainian ``і`` it could spell is small there (capital only where a
    sentence starts, after no small letter and a space). Of one letter,
    only ``I``, ``V`` and ``X`` (a lone ``C`` mid-sentence is a swapped
    ``С``, with a sentence's end lost before it).
    """
    return (
        start >= _BEFORE_NUMERAL
        and word.isupper()
        and not word.strip(ROMAN_DIGITS)
        and (len(word) > 1 or word in _ALONE_NUMERALS)
        and text[start - 1] in _SPACES
        and text[start - 2].islower()
    )


_BEFORE_NUMERAL = 2  # a small letter and a space
# Numerals of one letter a name or title takes: no ruler or chapter is 100th or 1000th alone.
_ALONE_NUMERALS = frozenset("IVX")
_SPACES = frozenset(" \N{NO-BREAK SPACE}")


def among_latin_names(text: str, start: int, end: int, word: str, target: str) -> bool:
    """
    Whether the Latin ``word`` of twins at ``text[start:end]`` stands beside a Latin name.

    Cyrillic and Greek prose names formats, products and models in Latin
    letters, often several in a row, in a list or on each side of a slash
    (``HTML, TeX``, ``Mac OS X``, ``BMW X5``, ``HTML, PDF и Tex``). A word
    beside one (across spaces and one list sign or conjunction) that holds
    a letter with no twin in ``target`` (the ``L`` of ``HTML``), or letters
    and digits (``X5``), is another name, whatever its rewrite would spell
    (``ТеХ``, "those"). A word of twins swapped into Cyrillic prose stands
    among Cyrillic words, and a single letter is the swapped conjunction
    (``Windows, a также``): both are still judged by the word rules.
    """
    if target == LATIN or len(word) < _SHORTEST_NAME or not word.isascii():
        return False
    twins = LOOKALIKES[target]
    for found in (_NAME_BEFORE.match(text, 0, start), _NAME_AFTER.match(text, end)):
        if found is None:
            continue
        name = found["name"]
        # Digits with letters make a model or version name (``X5``, ``A4``):
        # no word of twins swapped into prose holds them.
        if any(c.isalpha() and c not in twins for c in name) or (
            not name.isdigit() and not name.isalpha()
        ):
            return True
    return False


_SHORTEST_NAME = 2
# What joins two names in a list: spaces, and one list sign or one
# conjunction ("and", "or") of the Cyrillic and Greek languages at most
# (``HTML, PDF и Tex``, ``PDF або Tex``, ``PDF και Tex``).
_LIST_GAP = r"[ \t]*(?:[,/;+&]|(?<=[ \t])(?:и|или|либо|і|й|та|або|чи|ці|ή|και)(?=[ \t]))?[ \t]*"
# A run of ASCII letters and digits (a whole word: no letter of any script
# joins it) beside the word, across the list's gap.
_NAME_BEFORE = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?P<name>[A-Za-z0-9]+){_LIST_GAP}", regex.REVERSE
)
_NAME_AFTER = regex.compile(rf"{_LIST_GAP}(?P<name>[A-Za-z0-9]+)(?![\p{{L}}\p{{M}}\p{{N}}])")


def swapped_among_digits(
    text: str, start: int, end: int, source: str, target: str, *, swapping: bool
) -> bool:
    """
    Whether the look-alike word at ``text[start:end]`` touches digits in a Latin text that swaps.

    No lexicon judges a token of digits, so the text's swapping decides:
    ``77е10`` was ``77e10``. Greek stays (science writes ``5α``), but for
    letters science cannot tell from Latin ones (``ΕΥ4096``, ``Ε17``:
    capital Epsilon, Upsilon), and so does any script in its own context
    (``дом 5а``): only a Latin context rewrites. The word rules and the
    fast path both ask this.
    """
    if target != LATIN or not swapping:
        return False
    if source == GREEK and not _LATIN_LOOKING_GREEK.issuperset(text[start:end]):
        return False
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return (before.isdigit() or after.isdigit()) and not (
        before in _CODE_BEFORE or after in _CODE_AFTER
    )


# Greek letters no one writes for their own sake beside digits: Latin's capitals' twins, and ο.
_LATIN_LOOKING_GREEK = frozenset("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ\N{GREEK SMALL LETTER OMICRON}")


def context_evidence(word: str, evidence: frozenset[str], *, code: bool) -> frozenset[str]:
    """
    The scripts a word gives away to its context.

    Code gives nothing away, and neither does an all-capital Latin word:
    acronyms and brand names (``ID``, ``HTTPS``) stand in any language's text.
    """
    if code or (len(word) > 1 and word.isupper() and evidence == {"Latin"}):
        return frozenset()
    return evidence


class Segment(NamedTuple):
    start: int
    end: int
    quoted: bool  # opened and closed by quotes


def line_starts(text: str) -> list[int]:
    """
    Where each line of ``text`` starts: 0 and the place after every line break.

    Summed from the lines' lengths, in C (no match object per line).
    """
    return list(itertools.accumulate(map(_ONE.__add__, map(len, text.split("\n"))), initial=0))[:-1]


_ONE = 1


class LineSegments:
    """The segment a position falls in, with each line's segments worked out once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: dict[int, tuple[list[Segment], list[int]]] = {}
        self.line_starts = line_starts(text)

    def at(self, start: int) -> tuple[Segment, int, int]:
        """The segment of the word at ``start``, and its line's start and end."""
        text = self.text
        line_start = self.line_starts[bisect.bisect_right(self.line_starts, start) - 1]
        if (found := self.lines.get(line_start)) is None:
            line_end = text.find("\n", start)
            cuts = segments(text, line_start, len(text) if line_end < 0 else line_end)
            found = self.lines[line_start] = (cuts, [cut.end for cut in cuts])
        cuts, ends = found
        return cuts[min(bisect.bisect_right(ends, start), len(cuts) - 1)], line_start, cuts[-1].end


# Characters every separator holds one of, and the line break.
_CUT_CHARS = frozenset("\t=|—–/-:()[]{}\n") | _QUOTES


def cut_within(text: str, start: int, end: int) -> bool:
    """Whether a line break or a separator stands in ``text[start:end]``, from a word to a word."""
    if _CUT_CHARS.isdisjoint(text[start:end]):
        return False
    return text.find("\n", start, end) >= 0 or _SEPARATOR.search(text, start, end) is not None


def separators(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """
    What ``_SEPARATOR.finditer(text, start, end)`` finds, trying only the places a match may begin.

    A match begins at one of its signs (`_SEPARATOR_SIGN`), or at the spaces
    before one (`` = ``, `` — ``): for each sign, in order, the first of those
    spaces not passed yet, then the sign itself. Any other place begins no
    match, so none is missed, and each match goes on after its end, as
    finditer does.
    """
    pos = start
    while (sign := _SEPARATOR_SIGN.search(text, pos, end)) is not None:
        at = sign.start()
        if at and text[at - 1].isalpha() and _inside_word(text, at, end):
            pos = at + 1  # a hyphen or an apostrophe inside a word (кто-то, п'ять)
            continue
        spaces = _SPACES_BEFORE.match(text, pos, at)
        match = None
        if spaces is not None:
            match = _SEPARATOR.match(text, spaces.start(), end)
        if match is None:
            match = _SEPARATOR.match(text, at, end)
        if match is None:
            pos = at + 1
            continue
        yield match
        pos = match.end()


# Signs that cut no word they stand inside: a dash or slash cuts with spaces
# on both sides only, an apostrophe or single quote only before or after a
# non-letter.
_DASHES = frozenset("—–/-")
_APOSTROPHES = frozenset("'‘’‚")


def _inside_word(text: str, at: int, end: int) -> bool:
    """
    Whether the sign at ``text[at]``, after a letter, begins no separator (`_SEPARATOR`).

    No space stands before it, so a dash or slash begins none; an apostrophe
    begins none before a letter (the pattern sees the letters before ``at``,
    and after it only up to ``end``). The scan skips these without a regex
    call: Ukrainian writes an apostrophe, Russian a hyphen, in many words.
    """
    sign = text[at]
    if sign in _DASHES:
        return True
    return sign in _APOSTROPHES and at + 1 < end and text[at + 1].isalpha()


def segments(text: str, start: int, end: int) -> list[Segment]:
    """The segments of ``text[start:end]`` (one line), in order."""
    found = []
    pos, opened = start, False
    for match in separators(text, start, end):
        # A quote closes after a non-space and opens before one.
        sign = match[0].strip()
        closing = sign[:1] in _QUOTES and not text[match.start() - 1 : match.start()].isspace()
        found.append(Segment(pos, match.start(), opened and closing))
        after = text[match.end() : match.end() + 1]
        pos, opened = match.end(), sign[-1:] in _QUOTES and bool(after) and not after.isspace()
    found.append(Segment(pos, end, quoted=False))
    return found


def majority(counts: dict[str, int]) -> str | None:
    """The script with strictly the most votes, or None on a tie or no votes."""
    best, best_count, tied = None, 0, False
    for script, count in counts.items():
        if count <= 0:
            continue
        if count > best_count:
            best, best_count, tied = script, count, False
        elif count == best_count:
            tied = True
    return None if tied else best


def nearest_script(evidence: Sequence[frozenset[str]], before: int, after: int) -> str | None:
    """
    The script most of a segment's nearest give-away words give away, or None on a tie.

    ``evidence`` is what the segment's give-away words give away, in order;
    the word in question stands after ``evidence[:before]`` and before
    ``evidence[after:]``.
    """
    near: dict[str, int] = {}
    for found in (*evidence[max(0, before - REACH) : before], *evidence[after : after + REACH]):
        for script in found:
            near[script] = near.get(script, 0) + 1
    return majority(near)


class Place(NamedTuple):
    """Where a word stands: its line, its segment, and the evidence it gives itself."""

    line: int
    segment: int  # index over the whole document
    quoted: bool
    evidence: frozenset[str]  # scripts given away by letters without twins


class Found(NamedTuple):
    script: str | None
    own: bool  # decided by its segment, or unquoted and by a line giving only this script away
    near: bool  # decided by give-away words of its own segment


class Context:
    """The script around each word: nearest give-aways in its segment, then line, then document."""

    def __init__(self, places: list[Place]) -> None:
        self.places = places
        self.segment_givers: dict[int, list[int]] = {}
        self.segment_evidence: dict[int, list[frozenset[str]]] = {}  # of those givers, in order
        self.line_counts: dict[int, dict[str, int]] = {}
        self.doc_counts: dict[str, int] = {}
        self.wider: dict[tuple[int, int, frozenset[str], bool], Found] = {}
        for index, place in enumerate(places):
            if place.evidence:
                self.segment_givers.setdefault(place.segment, []).append(index)
                self.segment_evidence.setdefault(place.segment, []).append(place.evidence)
                line = self.line_counts.setdefault(place.line, {})
                for script in place.evidence:
                    line[script] = line.get(script, 0) + 1
                    self.doc_counts[script] = self.doc_counts.get(script, 0) + 1

    def at(self, index: int) -> Found:
        place = self.places[index]
        givers = self.segment_givers.get(place.segment, [])
        if not givers:  # then the answer is the same for the segment's like words
            key = (place.segment, place.line, place.evidence, place.quoted)
            if (found := self.wider.get(key)) is None:
                found = self.wider[key] = self._wider(place)
            return found
        at = bisect.bisect_left(givers, index)
        after = at + 1 if at < len(givers) and givers[at] == index else at
        evidence = self.segment_evidence[place.segment]
        if (nearest := nearest_script(evidence, at, after)) is not None:
            # A quoted segment with words that give a script away is quoted
            # speech ("I never expected to win,"), its own context; only a
            # quoted word that stands alone («СССР») is judged on its own.
            return Found(nearest, own=True, near=True)
        return self._wider(place)

    def _wider(self, place: Place) -> Found:
        # A word is not its own context. A line that gives one script away
        # and no other is context enough for its unquoted segments.
        line = self.line_counts.get(place.line, {})
        for counts, level in ((line, "line"), (self.doc_counts, "document")):
            less = dict(counts)
            for script in place.evidence:
                less[script] -= 1
            if (wider := majority(less)) is not None:
                unanimous = level == "line" and sum(n > 0 for n in less.values()) == 1
                return Found(wider, own=unanimous and not place.quoted, near=False)
        return Found(None, own=False, near=False)
