"""
Context near foreign words: the sparse path's lines where another script is given away.

A Russian text with Latin twins and a few genuine Latin words (``Python``)
gives two scripts away. Away from the Latin words every word's context is
Russian's script; on a line holding one, a word's context is the majority of
the three nearest give-away words on each side in its segment (`Context`),
and may be Latin. It matters only to the words whose verdict turns on their
context:

- a word written wholly in look-alikes (``а``, ``с``, ``coр``): rule 2, and
  rule 1 for a mixed one either script can spell;
- the hard words the sparse path decides one by one (`sparse.find_hard`).

Every other word gives a script away or holds a letter only its own script
has (`_ONLY_OWN`), and is decided the same in any context. So only those few
words are asked, each by walking to its nearest give-away words, and each
segment's give-away words are listed once when a walk runs long; a line's
counts are taken when a word needs them (a tie or a segment giving nothing
away). The answers are those of `Context` over the whole document.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from textclean._confusables import LOOKALIKES
from textclean._filters.homoglyphs.context import (
    REACH,
    Found,
    LineSegments,
    Segment,
    code_like,
    context_evidence,
    majority,
    nearest_script,
)
from textclean._filters.homoglyphs.letters import (
    GREEK,
    LATIN,
    OTHER,
    SOURCES,
    SURE_RANGES,
    TARGETS,
    WORD,
    basic_word_class,
    convertible,
    no_word_char_next,
    word_class_without,
    word_edge,
    word_scripts,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    import regex

_SOURCE_SET = frozenset(SOURCES)
_LONG_WALK = 16  # words walked from a word before its segment's give-away words are listed once


def evidence(text: str, start: int, end: int, present: frozenset[str]) -> frozenset[str]:
    """The scripts the word at ``text[start:end]`` gives its context, as `_Document` sees."""
    word = text[start:end]
    # All code_like reads: three characters before the word, one after it
    # (three after a single letter, a range "a-z"). Words repeat with the
    # same spaces around them: each is worked out once for the process.
    key = (word, text[max(0, start - 3) : start], text[end : end + (3 if end - start == 1 else 1)])
    if (known := _EVIDENCE.get((*key, present))) is not None:
        return known
    _, found = word_scripts(word, present)
    if found:
        found = context_evidence(word, found, code=code_like(text, start, end))
    if len(_EVIDENCE) >= _REMEMBERED_WORDS:
        _EVIDENCE.clear()
    _EVIDENCE[*key, present] = found
    return found


_EVIDENCE: dict[tuple[str, str, str, frozenset[str]], frozenset[str]] = {}
_REMEMBERED_WORDS = 65_536


@lru_cache(maxsize=4)
def _without_own(script: str) -> WholeRuns:
    """
    Words of the basic plane holding no letter only ``script`` has, found by re in C.

    A word with a letter of ``script``'s ranges that no other target script
    has a twin of can be written in ``script`` alone, or in none: its verdict
    is the same in any context. In Russian text most words hold one (``ж``,
    ``л``, ``я``); the others are few (``а``, ``с``, ``Python``). A letter
    beyond the basic plane next to a match may go on its word
    (`_whole_word`).
    """
    own = ""
    if script == LATIN:
        own = "".join(map(chr, [*range(0x41, 0x5B), *range(0x61, 0x7B)]))
    elif script != GREEK:
        # A mixed word only Greek can spell takes its context's script (rule
        # 1 sends no word to Greek unasked): in Greek text every word is asked.
        own = "".join(chr(c) for a, b in SURE_RANGES[script] for c in range(a, b + 1))
    own = "".join(
        c
        for c in "".join(WORD.findall(own))
        if not any(c in LOOKALIKES[target] for target in TARGETS if target != script)
    )
    # The plane's word ranges cut at ``own`` (`range_class` of its 50,000
    # letters took 7.5 ms of every process's first use).
    return WholeRuns(word_class_without(own))


class WholeRuns:
    """
    Runs of some letters standing as whole words of the basic plane, found fast by re.

    What ``(?<![near])[letters]+(?![near])`` finds (``near``: the basic
    plane's word characters), led by the character before a run instead of
    a lookbehind: re then skips in C to the characters outside words (about
    one a word), where a lookbehind is tried at every character. A run at
    the text's start has no character before it: the same pattern finds it
    after a line break put before the text (`_first`).

    ``letters``: a class of word characters of the basic plane, as every
    caller's is (`tests/test_homoglyphs_classes`). So a run is taken whole
    (possessive): where a word character follows it, one follows each of
    its shorter lengths too (its own next letter), and re need not try them.
    """

    def __init__(self, letters: str) -> None:
        # The character before a run: `word_edge`'s quick-to-compile form
        # (1.7 ms, where ``[^{basic_word_class()}]`` took 4), as fast to scan.
        before, no_word_next = word_edge(negate=True), no_word_char_next()
        self._after = re.compile(f"{before}([{letters}]++){no_word_next}")

    def _first(self, text: str, end: int | None = None) -> tuple[int, int] | None:
        """
        The span of the run at the start of ``text[:end]``, if one stands there.

        What ``[letters]+(?![near])`` matches at 0, found by ``_after``
        behind a line break (no word character): the same run, tried the
        same way. A pattern of its own took a 50,000-character class to
        compile, 2.5 ms of a process's first use for each set of letters.
        """
        found = self._after.match("\n" + text[:end])
        return None if found is None else (found.start(1) - 1, found.end(1) - 1)

    def search(self, text: str, pos: int, end: int) -> tuple[int, int] | None:
        """The span of the first run starting at ``pos`` or after, within ``text[:end]``."""
        if not pos and (first := self._first(text, end)) is not None:
            return first
        found = self._after.search(text, max(pos - 1, 0), end)
        return None if found is None else found.span(1)

    def words(self, text: str) -> list[str]:
        """The runs of the whole of ``text``, in order, by one pass of re in C."""
        first = self._first(text)
        found = self._after.findall(text)
        return [text[first[0] : first[1]], *found] if first is not None else found

    def all_spans(self, text: str) -> Iterator[tuple[int, int]]:
        """The spans of the runs of the whole of ``text``, in order, found by one pass in C."""
        if (first := self._first(text)) is not None:
            yield first
        for found in self._after.finditer(text):
            yield found.span(1)

    def spans(self, text: str, pos: int, end: int) -> Iterator[tuple[int, int]]:
        """The spans of the runs in ``text[pos:end]``, in order, as finditer finds them."""
        while (span := self.search(text, pos, end)) is not None:
            yield span
            pos = span[1]


def word_finder(text: str) -> re.Pattern[str] | regex.Pattern[str]:
    """WORD, or for ``text`` of the basic plane only `_basic_words`: the same words, cut faster."""
    return WORD if BEYOND_BASIC.search(text) else _basic_words()


@lru_cache(maxsize=1)
def _basic_words() -> re.Pattern[str]:
    """
    WORD for text of the basic plane only, as a class of re: the same words, cut faster.

    re cuts a line's words in about half the time regex takes.
    """
    return re.compile(f"[{basic_word_class()}]+")


def _whole_word(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the word (as WORD cuts words) ``text[start:end]`` is, or is part of."""
    # The pattern's lookarounds hold the word's edges in the basic plane: a
    # word goes on past the match only by a letter beyond it.
    if (not start or text[start - 1] <= _BASIC_LAST) and (
        end == len(text) or text[end] <= _BASIC_LAST
    ):
        return start, end
    while start and text[start - 1] > _BASIC_LAST and WORD.match(text, start - 1, start):
        start -= 1
    word = WORD.match(text, start)
    return None if word is None else word.span()


_BASIC_LAST = "\uffff"
#: A character beyond the basic plane: text without one may be cut by re's classes of ranges.
BEYOND_BASIC = re.compile("[\U00010000-\U0010ffff]")
# Votes the text's script must lead a line's others by for `_line_counts` to stop
# counting: one more than the word's own evidence can take off.
_AHEAD = 2


@lru_cache(maxsize=65_536)
def context_matters(word: str, present: frozenset[str]) -> bool:
    """
    Whether the word rules may decide ``word`` differently in another context.

    A word wholly in look-alikes that another script can spell (rule 2), or a
    mixed word two scripts can spell (rule 1 takes its context's).
    """
    scripts, gives = word_scripts(word, present)
    if len(scripts & _SOURCE_SET) >= 2:
        # Rule 1 sends it to the one script that can spell it, but Greek.
        spellers = [t for t in TARGETS if convertible(word, t)]
        return OTHER not in scripts and not (len(spellers) == 1 and spellers[0] != GREEK)
    if len(scripts) != 1 or gives:
        return False
    (source,) = scripts
    return source in _SOURCE_SET and any(t != source and convertible(word, t) for t in TARGETS)


class ForeignLines(LineSegments):
    """
    The context of words on the lines where a script other than the text's is given away.

    ``positions``: where letters giving those scripts away stand (sorted).
    ``doc_counts``: the words giving each of those scripts away (all of them
    stand at ``positions``); the caller adds the text's own script.

    Each foreign line's words are cut once, by one search over the line
    (`_words`), and what each gives away is worked out when a walk first
    reaches it: the walks step through those lists, not through searches
    of their own.
    """

    def __init__(self, text: str, positions: list[int], present: frozenset[str]) -> None:
        super().__init__(text)
        self.present = present
        self.positions = positions
        self.doc_counts: dict[str, int] = {}
        self.line_counts: dict[int, dict[str, int]] = {}
        # Per foreign line: the words holding a letter of another script
        # (by index), and what they give away, counted as they are met.
        self.foreign_words: dict[int, tuple[set[int], dict[str, int]]] = {}
        self.segment_givers: dict[int, tuple[list[int], list[frozenset[str]]]] = {}
        self.foreign_lines: set[int] = set()
        self.line_words: dict[int, tuple[list[int], list[int], dict[int, frozenset[str]]]] = {}
        # WORD's words, cut by re where no letter lies beyond the basic plane.
        self.words = word_finder(text)
        last = -1
        for pos in positions:
            if pos < last:
                continue  # a letter of a word counted already
            line = self._line(pos)
            starts, ends, _ = self._words(line)
            index = bisect.bisect_right(starts, pos) - 1
            if index < 0 or ends[index] <= pos:  # a letter with no word: a mark alone
                continue
            last = ends[index]
            visited, line_counts = self.foreign_words.setdefault(line, (set(), {}))
            visited.add(index)
            for script in self._gives(line, index):
                self.doc_counts[script] = self.doc_counts.get(script, 0) + 1
                line_counts[script] = line_counts.get(script, 0) + 1
            self.foreign_lines.add(line)

    def _line(self, pos: int) -> int:
        return self.line_starts[bisect.bisect_right(self.line_starts, pos) - 1]

    def _words(self, line: int) -> tuple[list[int], list[int], dict[int, frozenset[str]]]:
        """The starts and ends of the words on the line at ``line``, and what those asked give."""
        if (listed := self.line_words.get(line)) is None:
            end = self.text.find("\n", line)
            spans = [
                m.span()
                for m in self.words.finditer(self.text, line, len(self.text) if end < 0 else end)
            ]
            listed = self.line_words[line] = ([s for s, _ in spans], [e for _, e in spans], {})
        return listed

    def _gives(self, line: int, index: int) -> frozenset[str]:
        """What the ``index``-th word of the line at ``line`` gives away (`evidence`)."""
        starts, ends, gives = self.line_words[line]
        if (found := gives.get(index)) is None:
            found = gives[index] = evidence(self.text, starts[index], ends[index], self.present)
        return found

    def covers(self, pos: int) -> bool:
        """Whether the word at ``pos`` stands on a line giving another script away."""
        return self._line(pos) in self.foreign_lines

    def found(self, start: int, script: str) -> Found:
        """The context of the word at ``start``: worked out on a foreign line, else ``script``."""
        line = self._line(start)
        if line not in self.foreign_lines:
            return Found(script, own=False, near=False)  # the script only matters here
        return self.context(start)  # the caller's word starts there

    def words_beside(
        self, start: int, since: int
    ) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        """
        The spans of the words beside the word at ``start``, where its line's list holds them.

        The word before only if it starts at ``since`` or later (a search
        back from ``start`` to ``since`` finds it whole). None where the
        list cannot tell (no foreign line, the line's first or last word):
        the caller searches.
        """
        line = self._line(start)
        if line not in self.foreign_lines:
            return None, None
        starts, ends, _ = self._words(line)
        index = bisect.bisect_left(starts, start)
        if index == len(starts) or starts[index] != start:
            return None, None
        before = after = None
        if index and starts[index - 1] >= since:
            before = starts[index - 1], ends[index - 1]
        if index + 1 < len(starts):
            after = starts[index + 1], ends[index + 1]
        return before, after

    def context(self, start: int) -> Found:
        """The context of the word at ``start`` on a foreign line, as `Context.at` finds it."""
        segment, line_start, _ = self.at(start)
        starts, _, _ = self._words(line_start)
        index = bisect.bisect_left(starts, start)
        # Words lie wholly inside their segment (separators hold no letter).
        first = bisect.bisect_left(starts, segment.start)
        stop = bisect.bisect_left(starts, segment.end)
        before = range(index - 1, first - 1, -1)
        after = range(index + 1, stop)
        at = bisect.bisect_left(self.positions, segment.start)
        if at == len(self.positions) or self.positions[at] >= segment.end:
            # No foreign letter in the segment: its give-away words all give
            # the text's script away, and any one of them decides.
            for words in (before, after):
                for seen, other in enumerate(words):
                    if seen == _LONG_WALK:
                        break
                    if given := self._gives(line_start, other):
                        (script,) = given
                        return Found(script, own=True, near=True)
        near_before = self._walk(line_start, before)
        near_after = self._walk(line_start, after)
        if near_before is None or near_after is None:
            givers, gives = self._givers(segment, line_start, first, stop)
            at = bisect.bisect_left(givers, start)
            past = at + 1 if at < len(givers) and givers[at] == start else at
            near = nearest_script(gives, at, past)
        else:
            near = nearest_script(
                [*reversed(near_before), *near_after], len(near_before), len(near_before)
            )
        if near is not None:
            return Found(near, own=True, near=True)
        own = self._gives(line_start, index)
        counts = self._line_counts(line_start)
        for level_counts, level in ((counts, "line"), (self.doc_counts, "document")):
            less = dict(level_counts)
            for script in own:
                less[script] = less.get(script, 0) - 1
            if (wider := majority(less)) is not None:
                unanimous = level == "line" and sum(n > 0 for n in less.values()) == 1
                return Found(wider, own=unanimous and not segment.quoted, near=False)
        return Found(None, own=False, near=False)

    def _walk(self, line: int, words: range) -> list[frozenset[str]] | None:
        """What the nearest `REACH` give-away words met give; None past `_LONG_WALK` words."""
        found: list[frozenset[str]] = []
        starts, ends, known = self.line_words[line]
        for seen, index in enumerate(words):
            if seen == _LONG_WALK:
                return None
            # `_gives`, inlined: the walks ask it of most words.
            if (gives := known.get(index)) is None:
                gives = known[index] = evidence(self.text, starts[index], ends[index], self.present)
            if gives:
                found.append(gives)
                if len(found) == REACH:
                    break
        return found

    def _givers(
        self, segment: Segment, line: int, first: int, stop: int
    ) -> tuple[list[int], list[frozenset[str]]]:
        """The starts of a segment's give-away words and what they give, listed once."""
        if (listed := self.segment_givers.get(segment.start)) is None:
            starts_of_line = self.line_words[line][0]
            starts: list[int] = []
            gives: list[frozenset[str]] = []
            for index in range(first, stop):
                if found := self._gives(line, index):
                    starts.append(starts_of_line[index])
                    gives.append(found)
            listed = self.segment_givers[segment.start] = (starts, gives)
        return listed

    def _line_counts(self, line: int) -> dict[str, int]:
        """
        The words of the line giving each script away, as many as `context` needs to compare.

        Every word giving another script than the text's away holds one of
        ``positions``, and was counted when the lines were found: those
        counts are exact. The line's other words give the text's script
        away or nothing, and are counted only until that script leads every
        other by two: a word's own evidence, taken off, leaves it ahead, so
        the majority and which scripts are counted at all come out as from
        the whole line (a long line, a whole document on one, costs a few
        words, not one lookup a word).
        """
        if (counts := self.line_counts.get(line)) is None:
            visited, foreign = self.foreign_words.get(line, ((), {}))
            counts = self.line_counts[line] = dict(foreign)
            for index in range(len(self.line_words[line][0])):
                if index in visited:
                    continue
                for script in self._gives(line, index):
                    counts[script] = counts.get(script, 0) + 1
                    others = max((n for s, n in counts.items() if s != script), default=0)
                    if counts[script] >= others + _AHEAD:
                        return counts
        return counts

    def spans_not_of(self, script: str) -> set[tuple[int, int]]:
        """
        The spans of the words whose context is not ``script`` and whose verdict turns on it.

        Only words on foreign lines without a letter only ``script`` has are
        looked at (`_without_own`), and of those the ones `context_matters` for.
        """
        text = self.text
        words = _without_own(script)
        found: set[tuple[int, int]] = set()
        for line_start in sorted(self.foreign_lines):
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end < 0 else line_end
            for run in words.spans(text, line_start, line_end):
                span = _whole_word(text, *run)
                if span is None or not context_matters(text[span[0] : span[1]], self.present):
                    continue
                if self.context(span[0]).script != script:
                    found.add(span)
        return found
