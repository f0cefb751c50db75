"""
A shortcut for genuine text in two or more scripts: Russian, Ukrainian or Greek with Latin names.

Such text holds letters of several scripts, so it cannot be passed over on
its letters alone, and the word rules would cut it into words with their
places and contexts, and weigh the document's language. But they change
nothing when no word mixes scripts (rule 1) and every word written wholly in
look-alike letters (Russian ``а``, ``о``, ``с``) has a context in its own
script or in one it cannot be written in, or is a Latin word of two letters
or more (``Java``, ``OTP``), which without mixed words stays (rule 2), and
no letters are styled (rule 3). That is found on the distinct words, from
cached per-word tables, and on the segments around the look-alike words
only; the text is returned as it stands.

A look-alike word whose segment gives no script away, or ties, takes its
line's or its document's context, worked out by the word rules themselves.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

import regex

from textclean._confusables import LOOKALIKES
from textclean._filters.homoglyphs.context import (
    PROSE_BESIDE,
    REACH,
    LineSegments,
    code_like,
    context_evidence,
    cut_within,
    majority,
    nearest_script,
)
from textclean._filters.homoglyphs.foreign import WholeRuns
from textclean._filters.homoglyphs.judge import lone_swapped_word, swapped_acronym
from textclean._filters.homoglyphs.letters import (
    CYRILLIC,
    GREEK,
    LATIN,
    NUMBERS,
    ROMAN_NUMERAL,
    SOURCES,
    SURE_RANGES,
    TARGETS,
    WORD,
    WORD_BEFORE,
    basic_word_class,
    convert,
    convertible,
    marks,
    range_class,
    runs_class,
    script_of,
    scripts_present,
    word_class_without,
    word_edge,
    word_scripts,
)
from textclean._filters.homoglyphs.styled import has_styled
from textclean.scan import code_points, notable_chars, utf8_of

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    #: Whether rule 2 keeps a look-alike word (word, its script, its
    #: neighbours' first letters) whatever its context, in a text without
    #: mixed words that writes its script elsewhere; None where the
    #: neighbours may decide and were not given (`_twins_stay`).
    Stays = Callable[[str, str, tuple[str, str] | None], bool | None]

_SOURCE_SET = frozenset(SOURCES)
_MIXED = "mixed"
_UNSEEN = "unseen"
_GIVER = "giver"
_CLOSE = 64  # characters each side of a look-alike word looked at first
_MAX_WORDS = 32  # words searched each side of a look-alike word for its context


@lru_cache(maxsize=65536)
def _kind(word: str, present: frozenset[str]) -> str | None:
    """
    ``_MIXED`` for a mixed word; for a word wholly in look-alikes that rule 2 weighs, its script.

    ``_GIVER`` for a word whose letters give a script away; None for any
    other word: it stays whatever its context.
    """
    scripts, evidence = word_scripts(word, present)
    if len(scripts & _SOURCE_SET) >= 2:
        return _MIXED
    if evidence:
        return _GIVER
    if len(scripts) != 1:
        return None
    (source,) = scripts
    if (
        source == LATIN
        and (len(word) > 1 or ROMAN_NUMERAL.fullmatch(word))
        and not _may_be_swapped(word, present)
    ):
        # A Latin word of two letters or more ("Java", "OTP") takes another
        # script only in a text that shows swapping: a mixed word rewritten,
        # which is ruled out where this is asked; or where it reads as a word
        # of that script the lexicon knows far better (`judge.lone_swapped_word`),
        # or an acronym of it no Latin-script language lists (`judge.swapped_acronym`).
        # A Roman numeral ("C", "XXII") never does (`_judge_whole`).
        return None
    if source in _SOURCE_SET and any(t != source and convertible(word, t) for t in TARGETS):
        return source
    return None


def _may_be_swapped(word: str, present: frozenset[str]) -> bool:
    """Whether a Latin word of twins may read as a word of a script present (`_kind`)."""
    return any(
        target in present
        and convertible(word, target)
        and (
            lone_swapped_word(word, convert(word, target), target) is not None
            or swapped_acronym(word, convert(word, target), target) is not None
        )
        for target in (CYRILLIC, GREEK)
    )


def unchanged(text: str, stays: Stays | None = None) -> bool:
    """
    True when the word rules leave ``text`` as it stands; False when they may not.

    False is no verdict: the rules then decide. ``stays``: the verdict of
    rule 2 on a look-alike word in any context (`_twins_stay`), where given.
    """
    chars = notable_chars(text)
    present = scripts_present(chars, text)
    # Styled letters (rule 3), or a mixed word (rule 1) found at once, as in
    # English with Cyrillic twins: the rules decide.
    if has_styled(chars) or (not mostly_beyond_ascii(text) and _shows_mixed_word(text, present)):
        return False
    if (quick := _by_runs(text, present, stays)) is not None:
        return quick
    kinds: dict[str, str | None] = {}
    lookalikes: list[tuple[regex.Match[str], str]] = []
    givers: list[regex.Match[str]] = []  # words whose letters give a script away
    for match in WORD.finditer(text):
        word = match[0]
        if (kind := kinds.get(word, _UNSEEN)) is _UNSEEN:
            kind = kinds[word] = _kind(word, present)
            if kind == _MIXED:
                return False  # a mixed word (rule 1)
        if kind is _GIVER:
            givers.append(match)
        elif kind is not None:
            lookalikes.append((match, kind))
    around = _Segments(text, present, givers)
    for match, source in lookalikes:
        if source == LATIN and capital_stays(text, *match.span()):
            continue
        if around.line_gives_only(match.start(), source):
            continue  # whatever its segment, its context is its own script
        target = around.script_at(match.start(), match.end())
        if target is None:
            return False  # the line's or document's context decides
        if target in TARGETS and target != source and convertible(match[0], target):
            return False  # a word that may be rewritten (rule 2)
    return True


def mostly_beyond_ascii(text: str) -> bool:
    """
    Whether most of ``text``'s characters lie beyond ASCII (Russian, Greek): counted from its UTF-8.

    There `_by_runs` meets a mixed word among its first runs of other
    letters (few in such text), and the search for one first is a pass saved.
    """
    return 2 * (len(utf8_of(text)) - len(text)) > len(text)


# An ASCII letter beside a basic Cyrillic or Greek letter: where a word mixes
# them. The scan starts at the first Cyrillic or Greek letter (found in C,
# late in English text swapped from the middle on, as seed 002) and skips to
# the ASCII letters (few in Russian or Greek text).
_TWIN_SCRIPTS = "\u0370-\u03ff\u0400-\u052f"
_TWIN_LETTER = re.compile(f"[{_TWIN_SCRIPTS}]")
_LATIN_BY_TWIN = re.compile(f"[A-Za-z](?:(?<=[{_TWIN_SCRIPTS}].)|(?=[{_TWIN_SCRIPTS}]))")


def _shows_mixed_word(text: str, present: frozenset[str]) -> bool:
    """
    Whether the first word where an ASCII letter meets a Cyrillic or Greek one mixes scripts.

    Then `unchanged` is False whatever the rest holds, and the passes that
    would find that word among the others are saved.
    """
    if LATIN not in present or present == {LATIN}:
        return False
    if (first := _TWIN_LETTER.search(text)) is None:
        return False
    if (match := _LATIN_BY_TWIN.search(text, max(first.start() - 1, 0))) is None:
        return False
    start, end = _word_around(text, *match.span())
    return _kind(text[start:end], present) is _MIXED


class GiveAway:
    """What the words of a text give away to their context, as `_Document` finds it, by start."""

    def __init__(self, text: str, present: frozenset[str]) -> None:
        self.text = text
        self.present = present
        self.gives: dict[int, frozenset[str]] = {}  # by a word's start

    def gives_at(self, start: int, end: int) -> frozenset[str]:
        """The scripts the word at ``text[start:end]`` gives away to its context."""
        if (gives := self.gives.get(start)) is None:
            word = self.text[start:end]
            gives = word_scripts(word, self.present)[1]
            if gives:
                gives = context_evidence(word, gives, code=code_like(self.text, start, end))
            self.gives[start] = gives
        return gives


class _Segments(LineSegments, GiveAway):
    """The script of a word's segment, from its nearest give-away words, as `Context` finds it."""

    def __init__(self, text: str, present: frozenset[str], givers: list[regex.Match[str]]) -> None:
        LineSegments.__init__(self, text)
        GiveAway.__init__(self, text, present)
        self.givers = givers
        self.giver_starts = [match.start() for match in givers]
        self.lines_giving: dict[tuple[int, str], bool] = {}
        self.line_scripts: dict[int, str | None] = {}  # by a line's start

    def line_gives_only(self, start: int, script: str) -> bool:
        """
        Whether the line of the word at ``start`` gives ``script`` away, and no other.

        Then every segment's nearest give-away words give ``script`` (or
        none, and the line decides): the word's context is ``script``.
        """
        at = bisect.bisect_right(self.line_starts, start) - 1
        line_start = self.line_starts[at]
        line_end = self.line_starts[at + 1] if at + 1 < len(self.line_starts) else len(self.text)
        if (found := self.lines_giving.get((line_start, script))) is None:
            first = bisect.bisect_left(self.giver_starts, line_start)
            last = bisect.bisect_left(self.giver_starts, line_end)
            words = self.givers[first:last]
            only = {script}
            found = all(word_scripts(w[0], self.present)[1] == only for w in words) and any(
                self._gives(w) for w in words
            )
            self.lines_giving[line_start, script] = found
        return found

    def script_at(self, start: int, end: int) -> str | None:
        """The script most of the nearest give-away words of the word's segment give, or None."""
        # The words close by first: when they hold the nearest give-away
        # words and no cut stands among them, the line need not be cut.
        if (found := self._close_by(start, end)) is not None:
            return found
        segment, line_start, line_end = self.at(start)
        before = self._nearest(WORD_BEFORE.finditer(self.text, segment.start, start))
        after = self._nearest(WORD.finditer(self.text, end, segment.end))
        if before is None or after is None:
            return None
        found = nearest_script([*reversed(before), *after], len(before), len(before))
        # A segment giving no script away, or a tie: the line's majority
        # decides (the document's is left to the rules).
        return found if found is not None else self._line_script(line_start, line_end)

    def _line_script(self, start: int, end: int) -> str | None:
        """The script most words of the line give away, or None on a tie or none."""
        if (found := self.line_scripts.get(start, _UNSEEN)) is _UNSEEN:
            found = self.line_scripts[start] = majority(self._line_counts(start, end))
        return found

    def _line_counts(self, start: int, end: int) -> dict[str, int]:
        """
        How many words of the line ``text[start:end]`` give each script away, as `gives_at` finds.

        Each distinct word is weighed once as prose, its words found in C;
        then the words beside a sign of code (`code_like` looks at nothing
        else when both neighbours are prose) are taken back where they are
        code. A step of Python a word (`gives_at`) took 0.4 s a MB of one line.
        """
        text, present = self.text, self.present
        counts: dict[str, int] = {}
        gives: dict[str, frozenset[str]] = {}  # as prose, by word
        for word, many in Counter(WORD.findall(text, start, end)).items():
            gives[word] = given = _prose_evidence(word, present)
            for script in given:
                counts[script] = counts.get(script, 0) + many
        for first, stop in _words_beside_signs(text, start, end):
            if (given := gives[text[first:stop]]) and code_like(text, first, stop):
                for script in given:
                    counts[script] -= 1
        return counts

    def _close_by(self, start: int, end: int) -> str | None:
        """The script of the word's segment from the words within `_CLOSE` characters; or None."""
        text = self.text
        low, high = max(0, start - _CLOSE), min(len(text), end + _CLOSE)
        words = list(WORD.finditer(text, low, high))
        # A word at a window's edge may be cut short: it is not used.
        if low and words and words[0].start() == low:
            words = words[1:]
        if high < len(text) and words and words[-1].end() == high:
            words = words[:-1]
        at = bisect.bisect_left([word.start() for word in words], start)
        before = self._nearest(reversed(words[:at]))
        after = self._nearest(iter(words[at + 1 :]))
        if before is None or after is None:
            return None
        # Fewer than REACH give-away words on a side: the window must reach the text's edge.
        if (len(before) < REACH and low) or (len(after) < REACH and high < len(text)):
            return None
        first = words[at - before.used].start() if before.used else start
        last = words[at + after.used].end() if after.used else end
        if cut_within(text, first, last):
            return None
        return nearest_script([*reversed(before), *after], len(before), len(before))

    def _nearest(self, words: Iterator[regex.Match[str]]) -> _Found | None:
        """
        What the first `REACH` words giving a script away give, in the order met.

        None past `_MAX_WORDS` words: a long run of words giving nothing away
        is left to the rules, so that the cost stays linear.
        """
        found = _Found()
        for seen, match in enumerate(words):
            if seen == _MAX_WORDS:
                return None
            gives = self._gives(match)
            found.used = seen + 1
            if gives:
                found.append(gives)
                if len(found) == REACH:
                    break
        return found

    def _gives(self, match: regex.Match[str]) -> frozenset[str]:
        """The scripts the word matched gives away to its context, as `_Document` finds them."""
        return self.gives_at(*match.span())


def _prose_evidence(word: str, present: frozenset[str]) -> frozenset[str]:
    """The scripts ``word`` gives away to its context where it is no code (`GiveAway.gives_at`)."""
    gives = word_scripts(word, present)[1]
    return context_evidence(word, gives, code=False) if gives else gives


# Runs of characters that are neither a word's (WORD) nor prose beside a word
# (`code_like`'s): only a word touching one may be code.
_SIGNS = regex.compile(f"[^\\p{{L}}\\p{{M}}{regex.escape(''.join(sorted(PROSE_BESIDE)))}]+")


def _words_beside_signs(text: str, start: int, end: int) -> set[tuple[int, int]]:
    """The spans of the words of the line ``text[start:end]`` that touch a run of `_SIGNS`."""
    spans = set()
    for run in _SIGNS.finditer(text, start, end):
        first, stop = run.span()
        if (before := WORD_BEFORE.match(text, start, first)) is not None:
            spans.add(before.span())
        if (after := WORD.match(text, stop, end)) is not None:
            spans.add(after.span())
    return spans


class _Found(list[frozenset[str]]):
    """What the give-away words met give, and how many words were looked at."""

    used = 0


class _Runs:
    """
    Patterns finding, in text of ``script`` with the scripts ``present``, what rules weigh.

    Each but ``foreign`` is compiled when first asked for: a class of the
    basic plane's word characters takes re some 2.5 ms to compile, and most
    text of one script needs ``foreign`` alone (`genuine` settles it); on
    the bench's 8 MB no text asked for ``twin_words``.
    """

    def __init__(self, script: str, present: frozenset[str]) -> None:
        if script == LATIN:
            sure = "".join(map(chr, [*range(0x41, 0x5B), *range(0x61, 0x7B)]))
        else:
            sure = "".join(chr(c) for a, b in SURE_RANGES[script] for c in range(a, b + 1))
            sure = "".join(WORD.findall(sure))  # its letters (and marks) only
        # Letters of the script that another present script has a twin of:
        # a word of these alone (Russian "а", "с") is weighed by rule 2.
        twins = "".join(
            c
            for c in sure
            if script_of(c) == script and any(c in LOOKALIKES[t] for t in present if t != script)
        )
        self._script, self._twins = script, twins
        self._givers = "".join(c for c in sure if script_of(c) == script and c not in twins)
        self.foreign = re.compile(f"[^\\W\\d_{range_class(sure)}{NUMBERS}]+")

    @cached_property
    def foreign_basic(self) -> re.Pattern[str]:
        """``foreign`` in text of the basic plane, by a class of ranges."""
        # re tests a negated class of categories some five times slower a character.
        return _foreign_basic(self._script, self.foreign)

    @cached_property
    def twin_words(self) -> WholeRuns | None:
        """Words wholly of the script's twin letters (None where it has none)."""
        return WholeRuns(range_class(self._twins + marks())) if self._twins else None

    @cached_property
    def giver_word(self) -> re.Pattern[str]:
        """
        A word (as WORD cuts words in the basic plane) holding a giver letter.

        From its first character, possessive, so that a long word without
        one fails in one pass.
        """
        givers, near = self._givers, basic_word_class()
        # (The plane's word ranges cut at the givers: `range_class` of its
        # 50,000 word characters took 7.5 ms of every process's first use.)
        rest = word_class_without(givers)
        return re.compile(
            f"(?<![{near}])[{rest}]*+[{range_class(givers)}][{near}]*+" if givers else "(?!)"
        )


@lru_cache(maxsize=4)
def _foreign_basic(script: str, foreign: re.Pattern[str]) -> re.Pattern[str]:
    """``foreign`` (`_Runs`, the same for every set of scripts present) for the basic plane."""
    del script  # the key: ``foreign`` depends on it only
    return re.compile(f"[{runs_class(foreign, 0, 0x10000)}]+")


@lru_cache(maxsize=64)
def _runs(script: str, present: frozenset[str]) -> _Runs:
    return _Runs(script, present)


def _word_char(char: str) -> bool:
    return char.isalpha() if char.isascii() else WORD.match(char) is not None


def _word_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the word (as WORD cuts words) that ``text[start:end]`` is part of."""
    while start and _word_char(text[start - 1]):
        start -= 1
    while end < len(text) and _word_char(text[end]):
        end += 1
    return start, end


def _by_runs(  # noqa: PLR0911 - one return per way the text is settled
    text: str, present: frozenset[str], stays: Stays | None = None
) -> bool | None:
    """
    `unchanged` from a few passes of re, for text mostly in one script; None where it cannot tell.

    The words holding a letter outside the script's ranges (Latin names,
    mixed words) are found by one search and looked at one by one; the words
    written wholly in the script's twins by another, and those only are
    weighed, each where its line gives the script away, else by its segment.
    Every other word gives the script away or holds no twin: it stays.
    """
    around = _Segments(text, present, [])
    for script in (CYRILLIC, GREEK, LATIN):
        if script not in present:
            continue
        runs = _runs(script, present)
        lookalikes: list[tuple[int, int, str]] = []
        others = _other_givers(around, runs, script, lookalikes)
        if others is not _TOO_MANY:
            break
    else:
        return None
    if not isinstance(others, list):
        return others
    # Words of another script's twins (a Latin ``Ko`` kept in Russian text
    # with Latin twins): each weighed where it stands, as `unchanged` weighs
    # every look-alike word, not by a Python pass over every word.
    if lookalikes and not _lookalikes_stay(around, lookalikes):
        return False
    if not others:
        # Every word giving a script away gives this one: each word's
        # context is the script, or none (no giving word on its line or in
        # the text), and neither rewrites a word of the script's twins.
        return True
    if (
        stays is not None
        and script != LATIN
        and not lookalikes
        and _twins_stay(around, runs, script, stays)
    ):
        return True
    other_lines = {bisect.bisect_right(around.line_starts, pos) - 1 for pos in others}
    giving: dict[tuple[int, int, int], bool] = {}  # by a line's or segment's span
    last = -1
    twin_words = runs.twin_words
    while twin_words and (run := twin_words.search(text, max(last, 0), len(text))) is not None:
        start, end = run
        # The pattern's bounds are the basic plane's word characters: a
        # letter beyond it may go on the word.
        if (start and text[start - 1] > _BASIC_LAST) or text[end : end + 1] > _BASIC_LAST:
            start, end = _word_around(text, start, end)
        if start < last:
            last = max(last, run[1])  # a word met already
            continue
        last = end
        word = text[start:end]
        if (source := _kind(word, present)) is None or source in (_MIXED, _GIVER):
            continue
        line = bisect.bisect_right(around.line_starts, start) - 1
        if line not in other_lines:
            line_start = around.line_starts[line]
            line_end = (
                around.line_starts[line + 1] if line + 1 < len(around.line_starts) else len(text)
            )
            span, needed = (line_start, line_end), 1
            if (key := (*span, needed)) not in giving:
                giving[key] = _gives_in(around, runs, *span, needed=needed)
            if giving[key]:
                # Every twin word of a line giving the script away keeps its
                # script: the search goes on at the next line.
                last = line_end
                continue
        else:
            # The nearest give-away words of its segment (three on each
            # side) make its context: with one word of another script among
            # them at most, two of the script outvote it.
            segment, _, _ = around.at(start)
            span = (segment.start, segment.end)
            needed = (
                1
                + bisect.bisect_left(others, segment.end)
                - bisect.bisect_left(others, segment.start)
            )
        key = (*span, needed)
        if needed <= _OUTVOTED and key not in giving:
            giving[key] = _gives_in(around, runs, *span, needed=needed)
        if giving.get(key):
            # Its context is its own script, and so is that of every twin
            # word after it in its segment or line: the search goes on after.
            last = max(last, span[1])
            continue
        target = around.script_at(start, end)
        if target is None:
            return False
        if target in TARGETS and target != source and convertible(word, target):
            return False
    return True


def _twins_stay(around: _Segments, runs: _Runs, script: str, stays: Stays) -> bool:
    """
    Whether rule 2 keeps every word of ``script``'s twins, whatever its context, by ``stays``.

    Asked where `_other_givers` found no mixed word (so no text shows
    swapping) and no look-alike word of another script. A word written
    wholly in twins (Russian ``а``, ``с``; Greek ``ο``) takes its context's
    script only by rule 2, and where the text writes its script elsewhere
    rule 2 may keep it in every context: then no context need be worked out
    (cutting lines into segments, counting the nearest give-away words), and
    the text is settled by a few passes of re and one verdict a distinct
    word, remembered. False is no verdict: the segments decide.
    """
    text = around.text
    twin_words = runs.twin_words
    if twin_words is None:
        return True
    # The runs' bounds are the basic plane's word characters; and a twin
    # word keeps its script in any context only where the script is seen.
    if _beyond_basic(text) or not _gives_in(around, runs, 0, len(text), needed=1):
        return False
    by_place: set[str] = set()  # words whose neighbours may decide
    for word in set(twin_words.words(text)):
        if (source := _kind(word, around.present)) is None or source in (_MIXED, _GIVER):
            continue
        if (verdict := stays(word, source, None)) is None:
            by_place.add(word)
        elif not verdict:
            return False
    # Those are single letters (Greek ``ο``): each is found where it stands
    # whole by a pass of its own, not among every twin word.
    if by_place:
        backwards = text[::-1]  # the word before each is the word after it here, found by re
        for start, end in _whole_letters(_placed_letters(by_place)).all_spans(text):
            if (word := text[start:end]) not in by_place:
                continue  # a run of them: a word of two letters or more
            if not stays(word, script, _neighbour_letters(text, backwards, start, end)):
                return False
    return True


@lru_cache(maxsize=256)
def _whole_letters(letters: str) -> WholeRuns:
    return WholeRuns(range_class(letters))


def _placed_letters(words: set[str]) -> str:
    """
    The letters of ``words``, with those of every word placed before in this process.

    Their runs standing whole are a superset of the words' (a run of them
    beside another letter is no whole word, whatever letter that is), and
    the caller keeps only the words: each set of words would compile a
    pattern of its own (7 on the bench's Greek, 6 ms each), the letters met
    so far one or two.
    """
    letters = set("".join(words))
    if not letters <= _PLACED:
        _PLACED.update(letters)
    return "".join(sorted(_PLACED))


_PLACED: set[str] = set()


def _beyond_basic(text: str) -> bool:
    """
    Whether ``text`` holds a character beyond the basic plane (`BEYOND_BASIC`).

    From the scan's characters (`notable_chars`, remembered for the text the
    filter is given, and exact beyond the basic plane), not a pass over it.
    """
    chars = notable_chars(text)
    return bool(chars) and max(chars) > _BASIC_LAST


def _neighbour_letters(text: str, backwards: str, start: int, end: int) -> tuple[str, str]:
    """
    The first letters of the words beside ``text[start:end]``; "" past a sentence end.

    Text of the basic plane only, where what lies between words is no word
    character: the gap after the word, then the next word's first letter;
    the gap before it and the word before, read in ``backwards`` (``text``
    reversed), whose last letter there is its first.
    """
    gap, before = _gap_then_word()
    after = gap.match(text, end)
    back = before.match(backwards, len(text) - start)
    assert after is not None  # it matches the empty string
    return (
        back[2][-1] if back and not _SENTENCE_END.search(back[1]) else "",
        text[after.end() : after.end() + 1] if not _SENTENCE_END.search(after[0]) else "",
    )


@lru_cache(maxsize=1)
def _gap_then_word() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What lies between two words of the basic plane, and that gap then a word (built on need)."""
    near, gap = basic_word_class(), f"{word_edge(negate=True)}*"  # gaps: the quick-to-compile form
    return re.compile(gap), re.compile(f"({gap})([{near}]+)")


def _other_givers(
    around: _Segments, runs: _Runs, script: str, lookalikes: list[tuple[int, int, str]]
) -> list[int] | bool | None:
    """
    Where words giving away a script other than ``script`` start, in order.

    False for a text with a mixed word; None where the full check must
    decide (a number re takes for a letter); `_TOO_MANY` for a text mostly
    in other letters. The look-alike words of another script met are put
    in ``lookalikes`` (start, end, script), for `_lookalikes_stay`.
    """
    text, present = around.text, around.present
    found: list[int] = []
    last = -1
    most = _MOST_RUNS + len(text) // _MOST_RUNS
    foreign = runs.foreign if _beyond_basic(text) else runs.foreign_basic
    for seen, match in enumerate(foreign.finditer(text)):
        if seen == most:
            return _TOO_MANY  # text mostly in other letters
        if not match[0].isascii() and WORD.fullmatch(match[0]) is None:
            return None  # a number re takes for a letter
        start, end = _word_around(text, *match.span())
        if start < last:
            continue  # a word met already
        last = end
        word = text[start:end]
        kind = _kind(word, present)
        if kind is _MIXED:
            return False
        if kind is _GIVER:
            if word_scripts(word, present)[1] != {script}:
                found.append(start)
        elif kind is not None and not (kind == LATIN and capital_stays(text, start, end)):
            lookalikes.append((start, end, kind))
    return found


def _lookalikes_stay(around: _Segments, lookalikes: list[tuple[int, int, str]]) -> bool:
    """
    Whether each look-alike word (start, end, script) keeps its script, as `unchanged` weighs it.

    False where a word's context is another script it may be rewritten
    into (rule 2), or is left to the line's or document's majority.
    """
    text = around.text
    for start, end, source in lookalikes:
        target = around.script_at(start, end)
        if target is None:
            return False  # the line's or document's context decides
        if target in TARGETS and target != source and convertible(text[start:end], target):
            return False  # a word that may be rewritten (rule 2)
    return True


def capital_stays(text: str, start: int, end: int) -> bool:
    """
    Whether the lone Latin capital at ``text[start:end]`` stays in a text without mixed words.

    Without mixed words nothing shows swapping, and the word rules rewrite a
    lone Latin capital only as the article opening a sentence before a small
    letter of the context's script (``H τιμή``): before any other word
    (``B Москве``), after a word of its sentence (``… жизнь B гимназии``), or
    alone, it stays.
    """
    if end - start != 1 or not text[start].isupper():
        return False
    after = WORD.search(text, end)
    if after is None or not after[0][:1].islower():
        return True
    before = WORD_BEFORE.search(text, max(0, start - _CLOSE), start)
    return before is not None and not _SENTENCE_END.search(text, before.end(), start)


_SENTENCE_END = re.compile(r"[.!?:\n]")  # as the word rules cut a word's neighbours


_BASIC_LAST = "\uffff"
_BASIC_PLANE = code_points(0, 0x10000)
_TOO_MANY: list[int] = []  # the text is mostly in other letters: try another script
_MOST_RUNS = 64  # runs of other letters looked at, and one more per this many characters
_OUTVOTED = 2  # words of the script that outvote one of another script among the nearest


def _gives_in(around: GiveAway, runs: _Runs, start: int, end: int, *, needed: int) -> bool:
    """
    Whether ``needed`` words in ``text[start:end]`` (not code) give the script away.

    The words holding a letter that gives the script away are found by one
    pass of re, not by two searches of regex each.
    """
    text = around.text
    found = 0
    last = start
    for word in runs.giver_word.finditer(text, start, end):
        first, stop = word.span()
        # The pattern's bounds are the basic plane's word characters: a
        # letter beyond it may go on the word (and a word may go on past end).
        if (first and text[first - 1] > _BASIC_LAST) or text[stop : stop + 1] > _BASIC_LAST:
            first, stop = _word_around(text, first, stop)
            first = max(first, start)
        elif stop == end:
            stop = _word_around(text, first, stop)[1]
        if first < last:
            continue  # a word met already
        last = stop
        found += bool(around.gives_at(first, stop))
        if found == needed:
            return True
    return False
