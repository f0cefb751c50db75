"""
The sparse path: a text whose words give away one script only, with look-alikes among them.

Garbled English (random swaps from Cyrillic, Greek, Armenian, Cherokee and
IPA twins, several scripts in one paragraph) and Cyrillic or Greek text with
Latin twins give away one script only: the script of their own letters. There
every word's context is that script (a word is never its own context, and
two words giving it away are enough), so the word rules need no context
worked out word by word:

- a word mixing letters of that script with twins that have one reading in
  it, no Latin look-alike or stroke (``ӏ``) among them, and no science
  token, is rewritten into it (rule 1) by replacing those twins in the whole
  text at once, at C speed;
- the few others (words without a letter of that script, with letters the
  lexicon must weigh or that are no simple twin, or Greek by a digit) are
  found by one regular expression (`find_hard`) and decided one by one by
  the same rules as the general path.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

import regex

from textclean._confusables import LOOKALIKES, OTHER_READINGS
from textclean._filters.homoglyphs.letters import (
    CYRILLIC,
    GREEK,
    LATIN,
    LATIN_LOOKALIKE,
    SOURCES,
    TARGETS,
    WORD,
    WORD_BEFORE,
    range_class,
    runs_class,
    script_of,
    unquoted_word,
)
from textclean.scan import code_points, non_plain

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

_W = r"[\p{L}\p{M}]"
_SOURCE_LETTER = regex.compile(r"[\p{Latin}\p{Cyrillic}\p{Greek}\p{Armenian}\p{Cherokee}]")
#: Scripts whose letters may give a text's script away.
GIVEN = (*TARGETS, "Armenian", "Cherokee")


@lru_cache(maxsize=1)
def _source_letters() -> str:
    """Every letter of the scripts look-alikes come from (built once, when first needed)."""
    letters = _SOURCE_LETTER.findall(code_points(0, 0x20000))
    return "".join(c for c in letters if c.isalpha() and script_of(c) in SOURCES)


@lru_cache(maxsize=1)
def _source_kinds() -> dict[str, tuple[str | None, frozenset[str]]]:
    """Each of `_source_letters`, in order, with its script and the scripts with a twin of it."""
    return {
        char: (script_of(char), frozenset(t for t, twins in LOOKALIKES.items() if char in twins))
        for char in _source_letters()
    }


_LATIN_LOOKALIKES = "".join(c for c in LOOKALIKES[LATIN] if script_of(c) == LATIN_LOOKALIKE)
_SCRIPT_CLASS = {name: rf"\p{{Script={name}}}" for name in (*TARGETS, "Armenian", "Cherokee")}


@lru_cache(maxsize=64)
def givers(script: str, present: frozenset[str]) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """
    The letters that give ``script`` away where the scripts ``present`` may be swapped in.

    A pattern of the ASCII ones (a short class: fast to search) and the set
    of the others (to meet with the set of a text's non-ASCII characters).
    """
    # Each kind of letter (its script, the scripts with a twin of it) weighed
    # once: some ten kinds, where each of the 2,400 letters took a script_of
    # and a look in every table (1.5 ms a call, ten calls a process).
    gives = {
        kind: (own is None or twinned_in.isdisjoint(present - {own}))
        and (LATIN if own == LATIN_LOOKALIKE else own) == script
        for kind in _source_kinds().values()
        for own, twinned_in in [kind]
    }
    chars = [char for char, kind in _source_kinds().items() if gives[kind]]
    ascii_ = "".join(c for c in chars if c.isascii())
    pattern = re.compile(f"[{ascii_}]") if ascii_ else None  # by re: scans faster than regex
    return pattern, frozenset(c for c in chars if not c.isascii())


def given_away(text: str, others: frozenset[str], present: frozenset[str]) -> list[str]:
    """The scripts whose give-away letters ``text`` holds; ``others``: its non-ASCII characters."""
    found = []
    for name in GIVEN:
        ascii_, rest = givers(name, present)
        if not rest.isdisjoint(others) or (ascii_ is not None and ascii_.search(text)):
            found.append(name)
    return found


@lru_cache(maxsize=8)
def simple_twins(script: str) -> dict[str, str]:
    """Twins of ``script``'s letters with one reading there: replaced text-wide."""
    return {
        char: twin
        for char, twin in LOOKALIKES[script].items()
        if script_of(char) not in (LATIN_LOOKALIKE, script) and char not in OTHER_READINGS
    }


# Letters surely of each script, as a class of the standard library's re
# (several times faster than regex on classes): a subset of the script, so
# that a run of other letters holds every letter of a word with none of them.
_SURELY = {
    LATIN: "a-zA-Z",
    CYRILLIC: "\u0400-\u04ff",
    GREEK: "\u0386\u0388-\u03ce\u1f00-\u1f7d",
}
_NOT_IN_WORD = r"\s\d!-/:-@\[-`{-~"  # digits, spaces, ASCII punctuation: a superset of word letters
# Numbers that re's \w takes for word characters: never in a word of letters.
_NUMBERS = "\u00b2\u00b3\u00b9\u00bc-\u00be\u2070-\u209f\u2150-\u218f\u2460-\u24ff"


@lru_cache(maxsize=1)
def _greek_letters() -> str:
    """
    Every Greek letter (U+1D26 small capital gamma, U+2126 ohm too), as a class body for re.

    In ranges, and of the basic plane only (where every twin is): re tests a
    short class of ranges much faster than a long list. Written as the
    characters themselves (`range_class`): re parsed their escapes in 2 ms
    of each `_candidates` pattern's 3.
    """
    return runs_class(_GREEK_LETTERS, 0, 0x10000)


_GREEK_LETTERS = regex.compile(r"[\p{Script=Greek}&&\p{L}]+", regex.V1)


_WORD_CHAR = regex.compile(r"[\p{L}\p{M}]")


@lru_cache(maxsize=64)
def _candidates(script: str, extra: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """
    Where hard words (`hard_words`) may be, found fast: a superset of their letters' places.

    The hard words: a run of letters none surely of ``script``, between
    letters of no such kind (a word without a letter of the script); a
    letter the lexicon weighs, or one of ``extra`` (no simple twin); Greek
    by a digit; capitals then Greek, Greek then a capital (science tokens). Every other word with a
    twin mixes the script's letters with simple twins, and rule 1 rewrites
    it whole into the script.

    With the pattern, the places it may begin at (`_starts`): the pattern's
    alternatives, tried at every character of the text, cost some 150 ns a
    character; most characters (the script's own letters, spaces,
    punctuation) begin none of them.
    """
    surely = _SURELY[script]
    # A letter of the script's own that the lexicon weighs (Greek ``ι``) is
    # looked for in words holding another letter only (`_own_special_words`).
    special_letters = "".join(
        c
        for c in _LATIN_LOOKALIKES + "".join(OTHER_READINGS) + extra
        if c not in _own_special(script)
    )
    special = re.escape(special_letters)
    word, greek = f"[^{_NOT_IN_WORD}]", _greek_letters()
    # Each alternative consumes letters of one word only, and no digit, so
    # that no candidate hides the next word's.
    pattern = re.compile(
        "|".join(
            (
                # possessive: a word's first letters before one of the script's
                # (a mixed word, "Bоx") are no word without the script's letters
                rf"(?<![^\W\d_{_NUMBERS}])[^\W\d_{surely}{_NUMBERS}]++(?![{surely}])",
                rf"[{special}]",
                rf"(?<=[\d{_NUMBERS}]){word}*?[{greek}]",
                rf"[{greek}](?={word}*?[\d{_NUMBERS}])",
                rf"[A-Z]{{2}}[{greek}]",
                # a Latin capital after a small Greek letter (NF-κB): kept in Greek text
                rf"[{greek}][A-Z]",
            )
        )
    )
    return pattern, _starts(script, special_letters, greek)


def _starts(script: str, special: str, greek: str) -> re.Pattern[str]:
    """
    A superset of the places where `_candidates`' pattern matches, found at C speed.

    A match begins at one of the ``special`` letters or a capital (the
    alternatives that stand anywhere), at a Greek letter before a capital or
    a digit in its word (science tokens, Greek by a digit), after a digit
    (Greek by a digit), or at a letter not surely of the script that no such
    letter precedes (a word's first letters). The pattern starts with one
    character class, so re skips the characters outside it (the script's
    sure letters, spaces, ASCII punctuation) in a tight loop; a digit is
    found, and the place after it tried. A Greek letter is tried only where
    what follows it may complete a match: in Greek text every letter is one,
    and each found cost a match tried in Python.
    """
    # Characters no alternative begins at: ASCII characters outside words
    # (the underscore too), and the script's sure letters, but for those
    # an alternative standing anywhere begins at.
    never = _SURE_LETTERS[script] | frozenset(c for c in _ASCII if not c.isalnum())
    never -= frozenset(special)
    never -= frozenset(re.findall(f"[{greek}A-Z]", "".join(never)))
    anywhere = f"{re.escape(special)}A-Z\\d{_NUMBERS}"
    # As `_candidates`' alternatives that begin at a Greek letter: a capital
    # next, or a digit or number after letters of its word.
    greek_start = f"(?<=[{greek}])(?=[A-Z]|[^{_NOT_IN_WORD}]*?[\\d{_NUMBERS}])"
    # A word's first letter begins a run of letters none surely of the
    # script (the first alternative) only where it is not one itself: in
    # Greek text, where every Greek letter may begin a science token, the
    # first letter of each word was tried, and a match failed at nearly all.
    word_start = f"(?<![^\\W\\d_{_NUMBERS}].)(?<![{_SURELY[script]}])"
    return re.compile(
        f"[^{range_class(''.join(never))}](?:(?<=[{anywhere}])|{greek_start}|{word_start})"
    )


_ASCII = "".join(map(chr, range(128)))
_SURE_LETTERS = {
    name: frozenset(re.findall(f"[{letters}]", code_points(0, 0x2000)))
    for name, letters in _SURELY.items()
}
# What re's class [\d{_NUMBERS}] matches: a decimal digit (category Nd, as
# str.isdecimal) or one of those numbers; asked of one character, in Python.
_NUMBER_CHARS = frozenset(re.findall(f"[{_NUMBERS}]", code_points(0, 0x10000)))


def _extra_met(script: str, extra: str) -> str:
    """
    ``extra``, with the extra letters of every text of ``script`` met before in this process.

    A letter is extra (`find_hard`) by what it is, not by the text: one of
    these that a text holds is among that text's own extra letters, and one
    it does not hold matches nothing in it. So `_candidates` built for the
    letters met so far finds in a text what it finds built for the text's
    own, and is compiled when a text brings a letter not met before, not
    for each new set of them (IPA, ``é`` or ``²`` in Ukrainian text: nearly
    every document's own, some 4 ms of re's compiler each). Past
    `_MOST_EXTRA` letters met, the text's own start the set anew.
    """
    met = _EXTRA_MET.setdefault(script, set())
    if not met.issuperset(extra):
        if len(met) + len(extra) > _MOST_EXTRA:
            met.clear()
        met.update(extra)
        _EXTRA_JOINED[script] = "".join(sorted(met))
    return _EXTRA_JOINED.get(script, "")


_EXTRA_MET: dict[str, set[str]] = {}
_EXTRA_JOINED: dict[str, str] = {}
_MOST_EXTRA = 1024  # letters met kept in one pattern's class (a text brings at most 128)


def _is_number(char: str) -> bool:
    return char.isdecimal() or char in _NUMBER_CHARS


def _candidate_matches(text: str, script: str, extra: str) -> Iterator[re.Match[str]]:
    """
    What ``_candidates(script, extra)[0].finditer(text)`` finds, trying only the places it may.

    Each place `_starts` finds is tried in order, and after a digit the
    place after it (where Greek by a digit begins); a match goes on after
    its end, as finditer does.
    """
    pattern, starts = _candidates(script, extra)
    pos = 0
    while (start := starts.search(text, pos)) is not None:
        at = start.start()
        match = pattern.match(text, at)
        if match is None and _is_number(text[at]):
            at += 1
            match = pattern.match(text, at)
            if match is None:
                pos = at  # the place after the digit may be a digit too
                continue
        if match is None:
            pos = at + 1
            continue
        yield match
        pos = match.end()


@lru_cache(maxsize=4)
def _own_special(script: str) -> frozenset[str]:
    """
    The letters the lexicon weighs (`_candidates`' special letters) that are ``script``'s own.

    Greek ``ι`` and ``Ι``, Cyrillic ``І``: letters of the script (`_own_words`)
    with a second reading in Latin (``l``, ``i``).
    """
    own = _own_words(script)
    return frozenset(
        c for c in _LATIN_LOOKALIKES + "".join(OTHER_READINGS) if own.fullmatch(c) is not None
    )


@lru_cache(maxsize=4)
def _own_special_words(script: str) -> re.Pattern[str] | None:
    """
    One of `_own_special`, then the script's own letters and a character of none: found by re in C.

    A word holding one and a letter not of `_own_words` holds the two with
    own letters only between them: matched in the text where that letter
    comes after, in the text reversed where it comes before. A superset
    (the character may be no letter: ``»``): `find_hard` keeps the words of
    other letters than own ones. Each match begins at one of those letters,
    so re skips to them. None for a script without such letters.
    """
    if not (special := _own_special(script)):
        return None
    own = _own_class(script)
    return re.compile(f"[{range_class(''.join(special))}][{own}]*+[^{own}{_NOT_IN_WORD}]")


def _own_special_spans(text: str, script: str) -> list[tuple[int, int]]:
    """The spans `_own_special_words` finds, read either way (in order, not overlapping)."""
    mixed = _own_special_words(script)
    if mixed is None:
        return []
    after = _spans_of(mixed, text)
    size = len(text)
    before = [(size - end, size - start) for start, end in _spans_of(mixed, text[::-1])]
    return after if not before else sorted({*after, *before})


def _spans_of(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


def find_hard(text: str, script: str, extra: str) -> list[tuple[int, int]]:
    """
    The spans of the words of ``text`` the rules decide one by one, in order.

    A superset of the hard words, found by `_candidates`' pattern; the words
    around its matches are cut by regex only where a character next to one
    may be a word's (a letter, or a character beyond ASCII).

    ``extra``: the text's letters, not of ``script``, that are no simple twin
    of its letters (`_extra_letters`: ASCII ones in any text, the others it
    holds), tried with those met before (`_extra_met`).

    A word of ``script``'s own sure letters only (`_own_words`), met for a
    letter of two readings (Greek ``ι``, ``Ι``: in Greek text nearly every
    other word), is left out: the rules decide nothing of it. It mixes no
    scripts (rule 1); holds no twin the text-wide replacement rewrites; and
    takes no other script by rule 2 but in a context of another script,
    which only a line giving that script away gives it, where
    `ForeignLines.spans_not_of` lists it.
    """
    matches = _candidate_matches(text, script, _extra_met(script, extra))
    found = _words_touched(text, script, (match.span() for match in matches))
    # The words holding a letter of the script's own that the lexicon weighs
    # (Greek ``ι``: in Greek text nearly every other word, each a match tried
    # in Python before it was found to be of own letters only).
    if not (others := _words_touched(text, script, _own_special_spans(text, script))):
        return found
    return sorted({*found, *others})


def _words_touched(
    text: str, script: str, candidates: Iterable[tuple[int, int]]
) -> list[tuple[int, int]]:
    """
    The words the ``candidates`` (spans in order) touch, in order, but words of own letters.

    Whole words, each once: a candidate's letters may be part of a word.
    """
    own = _own_words(script)
    found: list[tuple[int, int]] = []
    last = -1
    for first, end in candidates:
        # The words the candidate touches (its class is a superset of
        # letters); a run of letters is one word's, found without a search.
        if text[first:end].isalpha():
            parts: list[tuple[int, int]] = [(first, end)]
        else:
            parts = [part.span() for part in WORD.finditer(text, first, end)]
        for start, stop in parts:
            if start and _may_join(text[start - 1]) and _WORD_CHAR.match(text, start - 1, start):
                before = WORD_BEFORE.match(text, 0, start)
                assert before is not None  # text[start - 1] is a word character
                start = before.start()  # noqa: PLW2901 - the word's start
            if start > last:
                last = start
                if stop != len(text) and _may_join(text[stop]):
                    word = WORD.match(text, start)
                    assert word is not None  # text[start] is a word character
                    stop = word.end()  # noqa: PLW2901 - the word's end
                if own.fullmatch(text, start, stop) is None:
                    found.append((start, stop))
    return found


@lru_cache(maxsize=4)
def _own_words(script: str) -> re.Pattern[str]:
    """
    A word of ``script``'s sure letters only (`_SURELY`), found by re in C.

    Only letters `letters.script_of` takes for the script that
    `letters.unquoted_word` does not (not the Cyrillic block's combining
    marks): such a word mixes no scripts and gives nothing away but its own.
    """
    return re.compile(f"[{_own_class(script)}]+")


@lru_cache(maxsize=4)
def _own_class(script: str) -> str:
    """`_own_words`' letters, as a class body for re."""
    letters = "".join(
        c
        for c in sorted(_SURE_LETTERS[script])
        if c.isalpha() and script_of(c) == script and not unquoted_word(c)
    )
    return range_class(letters)


def _may_join(char: str) -> bool:
    """False for a character surely outside every word (ASCII but a letter): no search needed."""
    return char.isalpha() or not char.isascii()


class OneByte(NamedTuple):
    """A text in a code page of one byte a character (ASCII and one alphabet): its bytes."""

    data: bytes
    codec: str


def one_byte(text: str) -> OneByte | None:
    """
    ``text`` in the first code page of `_ONE_BYTE` that holds all its characters, or None.

    Russian or Greek text, most often: its distinct characters and its
    letters of a set are then found by passes over bytes in C (`others_of`,
    `giver_count`), where each character of a ``str`` beyond Latin-1 is an
    object of its own to make and hash.
    """
    for codec in _ONE_BYTE:
        try:
            return OneByte(text.encode(codec), codec)
        except UnicodeEncodeError:
            continue
    return None


# Windows code pages for Cyrillic and Greek: a combining accent (Russian
# stress marks) or a letter of another alphabet leaves a text to str's ways.
_ONE_BYTE = ("cp1251", "cp1253")
# Runs of each code page's characters, as re finds them.
_PAGES = {
    codec: re.compile(f"[{re.escape(bytes(range(256)).decode(codec, 'ignore'))}]+")
    for codec in _ONE_BYTE
}
_PLAIN_ASCII = bytes(c for c in range(0x20, 0x7F) if c != ord("&")) + b"\t\n"  # as scan's


def others_of(text: str, view: OneByte | None) -> frozenset[str]:
    """The distinct characters of ``text`` but printable ASCII, tab and newline (`non_plain`)."""
    if view is None:
        return _others_beside_a_page(non_plain(text))
    return frozenset(distinct_bytes(view.data.translate(None, _PLAIN_ASCII)).decode(view.codec))


_ALL_BYTES = bytes(range(256))


def distinct_bytes(data: bytes) -> bytes:
    """
    The distinct bytes of ``data``, in order: all 256 less those it lacks, by two deletions in C.

    A set of its bytes costs an int object a byte (some 10 ns each).
    """
    return _ALL_BYTES.translate(None, _ALL_BYTES.translate(None, data))


def _others_beside_a_page(rest: str) -> frozenset[str]:
    """
    The distinct characters of ``rest``, mostly of one code page of `_ONE_BYTE` but not all.

    Russian with stress marks, most often: a set built a character at a time
    costs some 60 ns a character, so the page's characters are read as its
    bytes (an encoding that drops the others, in C) and only the others, cut
    out by one pattern, one by one.
    """
    if len(rest) > _FEW:
        for codec, page in _PAGES.items():
            encoded = rest.encode(codec, "ignore")
            if 2 * len(encoded) > len(rest):
                on_page = distinct_bytes(encoded).decode(codec)
                return frozenset(on_page).union(page.sub("", rest))
    return frozenset(rest)


_FEW = 64  # a rest this short is cheaper to take a character at a time


def giver_count(
    text: str,
    script: str,
    present: frozenset[str],
    others: frozenset[str],
    view: OneByte | None = None,
) -> int:
    """
    How many letters of ``text`` give ``script`` away (`giver_positions`), in C.

    By str.count a letter, or with ``text`` as one byte a character
    (`one_byte`), by one deletion of them all from its bytes.
    """
    ascii_, rest = givers(script, present)
    letters = (*(ascii_.pattern[1:-1] if ascii_ is not None else ""), *(rest & others))
    if view is not None:
        return len(view.data) - len(view.data.translate(None, "".join(letters).encode(view.codec)))
    return sum(map(text.count, letters))


def giver_positions(
    text: str, script: str, present: frozenset[str], others: frozenset[str]
) -> list[int]:
    """Where ``text`` holds letters giving ``script`` away; ``others``: its non-ASCII characters."""
    ascii_, rest = givers(script, present)
    found = [m.start() for m in ascii_.finditer(text)] if ascii_ is not None else []
    if not rest.isdisjoint(others):
        # All of ``rest``, not the text's own of them: the letters it does
        # not hold match nothing in it, and the pattern is compiled once, not
        # for each text's set (`_extra_met`).
        found += [m.start() for m in _letters_of(rest).finditer(text)]
    return sorted(found)


@lru_cache(maxsize=64)
def _letters_of(letters: frozenset[str]) -> re.Pattern[str]:
    """A class of ``letters`` (`givers`' set beyond ASCII, a few hundred letters), compiled once."""
    return re.compile(f"[{range_class(''.join(sorted(letters)))}]")


def lines_at(text: str, positions: list[int]) -> list[tuple[int, int]]:
    """The lines (start, end without the newline) holding ``positions``, in order."""
    lines: list[tuple[int, int]] = []
    for pos in positions:
        if lines and pos <= lines[-1][1]:
            continue
        end = text.find("\n", pos)
        lines.append((text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end))
    return lines
