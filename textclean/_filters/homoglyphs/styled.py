"""
Styled letters: fullwidth, mathematical and letterlike forms of ASCII letters.

A run of styled letters (``Ｂｒｅａｋｉｎｇ``, ``𝐁𝐫𝐞𝐚𝐤``, ``ℬ𝓇ℯ𝒶𝓀``) is text
dressed up and becomes plain. A single styled letter is usually a
mathematical variable (``let 𝑥 be real``) and is kept, unless its line shows
styled words (``𝐚`` as the article in a bold sentence, ``let'𝐬``) or it sits
inside a word of plain letters. Fullwidth Latin is typography, not damage, in
Chinese, Japanese and Korean text: there it stays. Inside a run of fullwidth
Latin, fullwidth punctuation, digits and the ideographic space go to ASCII
with the letters (``（ｉｄｅａｌｌｙ：``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import cache
from typing import TYPE_CHECKING

import regex

from textclean._confusables import FULLWIDTH_PUNCTUATION, STYLED
from textclean._filters.homoglyphs.letters import range_class
from textclean.changes import Change

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

_STYLED_CLASS = "".join(sorted(STYLED))


# Both patterns are compiled on first need: only a text holding styled
# letters asks, and most never do (3 ms of every import).
@cache
def _styled_letter() -> regex.Pattern[str]:
    """A styled letter (or styled digit): one character of STYLED."""
    return regex.compile(f"[{regex.escape(_STYLED_CLASS)}]")


@cache
def _styled_word() -> re.Pattern[str]:
    """
    A styled word: two or more styled letters, perhaps with styled digits.

    The standard library's re with the class as ranges: ten times faster
    than regex over a long line with none (random text over the BMP, issue 15).
    """
    return re.compile(f"[{range_class(_STYLED_CLASS)}]{{2,}}")


# Fullwidth runs: fullwidth ASCII forms, joined by ideographic spaces between them.
_FULLWIDTH_RUN = regex.compile("[\uff01-\uff5e](?:[\uff01-\uff5e]|\u3000(?=[\uff01-\uff5e]))*")
_STYLED_DIGITS = regex.compile("[\U0001d7ce-\U0001d7ff]+")  # mathematical digits
_FULLWIDTH_LETTER = regex.compile("[\uff21-\uff3a\uff41-\uff5a]")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_LINE = regex.compile(r"[^\n]*")
_ASCII_LETTER = regex.compile("[A-Za-z]")
# What a fullwidth run takes in at its edges: letters without a fullwidth form
# (ż, é), and the fullwidth punctuation after them (``ｐｒｏｓｉć．``); an
# ideographic space too, before or after such a letter or punctuation without
# a fullwidth form (``ｑｕａｎｔ\u3000à．``, ``ｔｗｏ\u3000»``).
_WORD_CHAR = regex.compile(r"[\p{L}\p{M}\uff01-\uff5e]|\u3000(?=[\p{L}\p{M}\p{P}])")
_WORD_CHAR_BEFORE = regex.compile(r"[\p{L}\p{M}\uff01-\uff5e]|(?<=[\p{L}\p{M}\p{P}])\u3000")
# What may join two fullwidth runs into one: ideographic spaces, words of
# letters without a fullwidth form (``ｑｕａｎｔ\u3000à\u3000ｃｈａｓｓｅｒ``) and
# punctuation without one (``１０００\u3000—\u3000ｏｋｎｏ``).
_JOINER = regex.compile(r"[\u3000\p{L}\p{M}\p{P}]*")
#: In a document with this many styled words, single styled letters are text too.
_STYLED_DOCUMENT = 3
_TO_ASCII = str.maketrans({**STYLED, **FULLWIDTH_PUNCTUATION})


# A set: its isdisjoint walks the smaller side (a text's few characters); dict
# keys walked all 795 styled letters, some 2.5 µs a call, several calls a text.
_STYLED_KEYS = frozenset(STYLED)


def has_styled(chars: Iterable[str]) -> bool:
    return not _STYLED_KEYS.isdisjoint(chars)  # in C


class Styling:
    """Where a document's styled letters are text: lines with styled words, CJK lines."""

    def __init__(self, text: str, chars: frozenset[str]) -> None:
        self.text = text
        self.styled_lines: list[tuple[int, int]] = []
        self.cjk_lines: list[tuple[int, int]] = []
        self.line_starts: list[int] = []
        words = 0
        styled = has_styled(chars)
        cjk = _CJK.search("".join(chars)) is not None
        for line in _LINE.finditer(text) if styled or cjk else ():
            self.line_starts.append(line.start())
            if not line[0]:
                continue
            count = sum(1 for _ in _styled_word().finditer(line[0])) if styled else 0
            words += count
            if count:
                self.styled_lines.append(line.span())
            if cjk and _CJK.search(line[0]):
                self.cjk_lines.append(line.span())
        self.styled_document = words >= _STYLED_DOCUMENT
        # Lines of fullwidth Latin alone ("ＵＲＬ") in a CJK document are CJK typography too.
        self.cjk_document = bool(self.cjk_lines)
        self.runs: list[tuple[int, int]] = []
        self.run_changes = list(self._fullwidth_runs())
        if styled:
            self.run_changes += self._styled_digits()
            self.run_changes.sort()

    @staticmethod
    def _within(spans: list[tuple[int, int]], pos: int) -> bool:
        at = bisect.bisect_right(spans, (pos, 2**62)) - 1
        return at >= 0 and spans[at][0] <= pos <= spans[at][1]

    def in_cjk(self, pos: int) -> bool:
        if self._within(self.cjk_lines, pos):
            return True
        if not self.cjk_document:
            return False
        at = bisect.bisect_right(self.line_starts, pos) - 1
        start = self.line_starts[at]
        end = self.line_starts[at + 1] - 1 if at + 1 < len(self.line_starts) else len(self.text)
        return _ASCII_LETTER.search(self.text, start, end) is None

    def text_like(self, pos: int) -> bool:
        """Whether styled letters at ``pos`` are text: a styled document or line."""
        return self.styled_document or self._within(self.styled_lines, pos)

    def _fullwidth_runs(self) -> Iterator[Change]:
        """Changes for the fullwidth runs that are text; their spans are kept in ``runs``."""
        text = self.text
        spans: list[tuple[int, int]] = []
        bare: list[tuple[int, int]] = []  # runs of fullwidth digits and punctuation alone
        for match in _FULLWIDTH_RUN.finditer(text):
            letters = len(_FULLWIDTH_LETTER.findall(match[0]))
            if self.in_cjk(match.start()):
                continue
            if not letters:
                bare.append(match.span())
                continue
            if letters < 2 and not self.text_like(match.start()):
                continue
            # Letters with no fullwidth form (ż, é) split a fullwidth word in
            # two runs: a run takes in the whole words at its edges, so that
            # no word is repaired both as a run and as a word (that repeated
            # the letters both covered), and runs joined by such words and
            # ideographic spaces become one.
            start, end = match.span()
            while start and _WORD_CHAR_BEFORE.match(text, start - 1):
                start -= 1
            while end < len(text) and _WORD_CHAR.match(text, end):
                end += 1
            if spans and (start <= spans[-1][1] or _JOINER.fullmatch(text, spans[-1][1], start)):
                start = spans[-1][0]
                spans.pop()
            spans.append((start, max(end, match.end())))
        if spans and bare:
            # A line written in fullwidth Latin writes its times, numbers and
            # signs in fullwidth too ("９：００－１８：００", "＃４４７１"):
            # they are part of its text, as the letters are.
            spans = sorted(spans + [run for run in bare if self._beside_text(run, spans)])
        for start, end in spans:
            self.runs.append((start, end))
            fixed = text[start:end].translate(_TO_ASCII)
            yield Change(start, end, text[start:end], fixed, "fullwidth text")

    def _beside_text(self, run: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
        """Whether a letterless fullwidth run shares its line with fullwidth text, apart from it."""
        at = bisect.bisect_right(spans, run)
        if (at and spans[at - 1][1] > run[0]) or (at < len(spans) and spans[at][0] < run[1]):
            return False  # taken in by a run already
        line = self._line_of(run[0])
        return (at > 0 and self._line_of(spans[at - 1][1]) == line) or (
            at < len(spans) and self._line_of(spans[at][0]) == line
        )

    def _line_of(self, pos: int) -> int:
        """The index of the line holding ``pos`` (a bisection: no rescanning of long lines)."""
        return bisect.bisect_right(self.line_starts, pos) - 1

    def _styled_digits(self) -> Iterator[Change]:
        """
        Mathematical digits that are text: in styled lines or documents, or by a styled letter.

        Styled words hold styled digits (``𝟑𝐃``, ``𝐈𝐏𝐯𝟔``); digits are never
        made letters, only plain digits.
        """
        text = self.text
        for match in _STYLED_DIGITS.finditer(text):
            start, end = match.span()
            before = text[start - 1 : start]
            after = text[end : end + 1]
            if (
                self.text_like(start)
                or _styled_letter().fullmatch(before)
                or _styled_letter().fullmatch(after)
            ):
                yield Change(start, end, match[0], match[0].translate(_TO_ASCII), "styled digits")

    def in_run(self, pos: int) -> bool:
        at = bisect.bisect_right(self.runs, (pos, 2**62)) - 1
        return at >= 0 and self.runs[at][0] <= pos < self.runs[at][1]

    def word_text(self, word: str, start: int) -> str | None:
        """The word with styled letters made plain, or None where they must stay."""
        styled = len(_styled_letter().findall(word))
        if styled >= 2 or styled < len(word) or self.text_like(start) or self._pronoun(word, start):
            if _FULLWIDTH_LETTER.search(word) and self.in_cjk(start):
                return None
            return word.translate(_TRANSLATION)
        return None

    def _pronoun(self, word: str, start: int) -> bool:
        """
        Whether a lone styled ``I`` opens a sentence as the pronoun (``𝙄 think so``).

        A variable opening a sentence is defined or described (``𝐼 is the
        identity``, ``𝐼 be an ideal``); the pronoun is followed by its verb.
        """
        if word.translate(_TRANSLATION) != "I":
            return False
        after = _NEXT_WORD.match(self.text, start + len(word))
        return (
            after is not None
            and after[1] not in _NOT_AFTER_PRONOUN
            and _SENTENCE_START.search(self.text, max(0, start - _LOOK_BACK), start) is not None
        )


_TRANSLATION = str.maketrans(dict(STYLED))
_NEXT_WORD = re.compile(r" ([a-z]+)\b")
_NOT_AFTER_PRONOUN = frozenset({"is", "be", "has", "denotes"})  # a variable's, not "I"'s, verbs
_SENTENCE_START = re.compile(r"(?:\A|[.!?]\s+|\n)[\"'“‘(]?\Z")
_LOOK_BACK = 4  # characters before a word searched for a sentence's start


def plain_styled_document(text: str, chars: frozenset[str]) -> str | None:
    """
    A styled document made plain at once, as the word rules make it; None for any other text.

    In a document with three styled words or more every styled letter and
    digit is text: where its only letters beyond ASCII are styled ones (no
    other script, no fullwidth forms, which CJK text keeps), every one of
    them becomes plain and nothing else changes, so one ``str.translate``
    does the rules' work. ``chars``: the document's non-ASCII characters, or
    a superset.
    """
    if not has_styled(chars):
        return None
    if any(
        (c.isalpha() and c not in STYLED) or "\uff00" <= c <= "\uffef" or c == "\u3000"
        for c in chars
    ):
        return None
    if (
        sum(1 for _ in itertools.islice(_styled_word().finditer(text), _STYLED_DOCUMENT))
        < _STYLED_DOCUMENT
    ):
        return None
    return text.translate(_TRANSLATION)
