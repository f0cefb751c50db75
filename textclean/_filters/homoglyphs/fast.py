"""
Fast paths for the two common garblings, giving what the word-by-word rules give.

- A Latin text whose only foreign letters are Cyrillic twins (seed 002 swaps
  every ``a`` for ``а``).
- A Cyrillic or Greek text whose only Latin letters are twins of its own
  (``пpивет``), the reverse.

In such a text only one script is given away, so with two or more words
giving it away every word's context is that script (a word is never its own
context). Mixed words are then all rewritten into it (rule 1), and only the
words written wholly in the other script's twins need a decision (rule 2,
with the lexicon, by their segment). Those are decided one by one; every
other twin is replaced by one ``str.translate`` of the text around them, so
the cost stays that of a few passes in C.
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

import regex

from textclean import lexicon
from textclean._confusables import LOOKALIKES, OTHER_READINGS, STYLED
from textclean._filters.homoglyphs import judge
from textclean._filters.homoglyphs.context import (
    Found,
    LineSegments,
    code_like,
    context_evidence,
    kept_as_code,
    swapped_among_digits,
)
from textclean._filters.homoglyphs.letters import (
    CYRILLIC,
    GREEK,
    LANGUAGE_BLIND,
    LATIN,
    TARGETS,
    TWINNED,
    WORD,
    WORD_BEFORE,
    convert,
    convertible,
    marks,
    no_word_char_next,
    range_class,
    script_of,
    scripts_present,
    word_edge,
    word_scripts,
)
from textclean._filters.homoglyphs.sparse import simple_twins
from textclean._filters.homoglyphs.styled import has_styled
from textclean.scan import code_points, non_plain, notable_chars

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    Judge = Callable[..., tuple[str, str] | None]

_MARK = regex.compile(r"\p{M}")
_BELOW_CJK = code_points(0, 0x3000)  # where the letters that give a script away are
_BASIC_PLANE = code_points(0, 0x10000)
# Where `whole` by re could differ from the regex module's: a mark may begin a
# word, and re's classes here stop at the basic plane.
_HEAD = 1024  # characters searched first for a letter that rules a fast path out
_MARK_OR_ASTRAL = regex.compile(r"[\p{M}\U00010000-\U0010FFFF]")


class _Direction:
    """Letters of ``source`` standing in for ``target``: tables and patterns, built once."""

    def __init__(self, source: str, target: str) -> None:
        self.source, self.target = source, target
        if source == LATIN:
            self.twins = {c: t for c, t in LOOKALIKES[target].items() if c.isascii()}
            source_class = "A-Za-z"
        else:
            # Letters with several readings (ӏ: l or i) are weighed word by
            # word: a text holding one takes the general path.
            self.twins = {
                c: t
                for c, t in LOOKALIKES[target].items()
                if script_of(c) == source and c not in OTHER_READINGS
            }
            source_class = rf"\p{{Script={source}}}"
        # Both as classes of ranges for re, which tests one in a step (the
        # whole text is scanned where nothing matches, as in "аa аa").
        # Every letter of the scripts twins stand in for lies below U+20000.
        source_chars = (
            "".join(regex.findall(rf"\p{{Script={source}}}", code_points(0, 0x20000)))
            if source != LATIN
            else ""
        )
        self.foreign_not_twin = (
            re.compile(
                "[" + range_class("".join(c for c in source_chars if c not in self.twins)) + "]"
            )
            if source != LATIN
            else None
        )
        # Any character of the source's script (`first_source_letter`).
        self.source_letter = re.compile(f"[{range_class(source_chars)}]") if source_chars else None
        # A letter of the target's script that gives it away.
        self.giver_letter = re.compile(
            "["
            + range_class(
                "".join(
                    c
                    # the script's characters and the styled letters (Latin in
                    # disguise) first, found in C: script_of is asked of a few
                    # hundred, not of twelve thousand
                    for c in sorted(
                        set(regex.findall(rf"\p{{Script={target}}}", _BELOW_CJK))
                        | {c for c in STYLED if c < _BELOW_CJK[-1]}
                    )
                    if script_of(c) == target and c not in TWINNED and c.isalpha()
                )
            )
            + "]"
        )
        # Classes of ASCII letters by re: the regex module scans a whole text
        # that holds none ("аa аa " * N) several times slower.
        self.ascii_not_twin = re.compile(
            "["
            + "".join(c for c in map(chr, range(128)) if c.isalpha() and c not in self.twins)
            + "]"
        )
        # Words written wholly in the source script's letters.
        self.whole = regex.compile(
            rf"(?<![\p{{L}}\p{{M}}])[{source_class}\p{{M}}]*[{source_class}][{source_class}\p{{M}}]*"
            rf"(?![\p{{L}}\p{{M}}])"
        )
        target_class = rf"\p{{Script={target}}}"
        # A source letter next to a target letter: a mixed word.
        self.mixed = regex.compile(f"[{source_class}]{target_class}|{target_class}[{source_class}]")

    @cached_property
    def _whole_by_re(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """
        `whole` for re, from a source letter on (not a mark), and a word character.

        re skips in C to the few source letters of Latin text, where the
        regex module tries `whole`'s lookbehind at every character; a match
        after a word character is a mixed word's tail, and is dropped.
        Built when first needed: the basic plane's classes take a while.
        """
        letters = range_class("".join(regex.findall(rf"\p{{Script={self.source}}}", _BASIC_PLANE)))
        return (
            re.compile(f"[{letters}][{letters}{range_class(marks())}]*{no_word_char_next()}"),
            re.compile(word_edge()),  # tried once a match: the quick-to-compile form
        )

    def whole_words(self, text: str) -> Iterator[re.Match[str] | regex.Match[str]]:
        """What ``whole.finditer(text)`` finds; by re in Latin text of the basic plane, no marks."""
        if self.target != LATIN or _MARK_OR_ASTRAL.search("".join(notable_chars(text))):
            yield from self.whole.finditer(text)
            return
        whole, word_char = self._whole_by_re
        for match in whole.finditer(text):
            start = match.start()
            if not start or word_char.match(text, start - 1) is None:
                yield match

    def first_source_letter(self, text: str) -> int:
        """
        Where `mixed` may first match: a character before the first of the source's script.

        Text garbled from the middle on (seed 002) is passed over in C, not by
        the regex module's test of both scripts at every character.
        """
        if self.source_letter is None:
            return 0  # Latin letters are everywhere in the texts this is asked of
        first = self.source_letter.search(text)
        return len(text) if first is None else max(first.start() - 1, 0)

    def applies(self, text: str) -> bool:
        """Whether the text's letters are the target's own and the source's twins of them, only."""
        foreign = self.foreign_not_twin
        if foreign is not None and foreign.search(text, 0, _HEAD):
            return False  # a Cyrillic letter that is no twin: found at once in Russian text
        if self.source == LATIN and (
            self.ascii_not_twin.search(text)
            or (self.target == GREEK and _kept_in_greek(text))  # IL2Rγc, NF-κB stay
        ):
            return False
        # The Latin direction needs the exact letters; for Cyrillic and Greek
        # text the scan's superset (whole alphabets stand in) is as good.
        chars = set(non_plain(text)) if self.target == LATIN else notable_chars(text)
        # One search over the distinct characters, not one per character.
        joined = "".join(chars)
        # Past the head, the Latin direction's exact characters stand in for the text.
        if (
            foreign is not None
            and len(text) > _HEAD
            and foreign.search(joined if self.target == LATIN else text)
        ):
            return False
        letters = set("".join(WORD.findall(joined))).difference(_MARK.findall(joined))
        if any(c not in self.twins and script_of(c) != self.target for c in letters):
            return False
        seen_twin = any(c in self.twins for c in letters) or (
            self.source == LATIN and _ASCII_LETTER.search(text) is not None
        )
        if not seen_twin or not self.giver_letter.search(text):
            return False
        present = scripts_present(notable_chars(text), text)
        givers = (m for m in WORD.finditer(text) if gives_away(text, m, self.target, present))
        return next(givers, None) is not None and next(givers, None) is not None


def _kept_in_greek(text: str) -> bool:
    """
    Whether ``text`` holds a token the word rules may keep in Greek text.

    The fast path rewrites every twin, so it declines such a text: a word
    touching a digit with an ASCII letter in it (``IL2Rγc``, ``2τo``: the
    rules may keep it as a science token) and a Latin capital after a small
    letter of another script (``NF-κB``: no Greek word is so cased). Found
    from the capitals and digits only (one C scan), a superset of both.
    """
    digits = "".join(sorted(c for c in notable_chars(text) if c.isdigit()))
    for match in _capitals_and_digits(digits).finditer(text):
        at = match.start()
        if not match[0].isdigit():
            if at and text[at - 1].islower() and not text[at - 1].isascii():
                return True
            continue
        for word in (WORD.match(text, at + 1), WORD_BEFORE.match(text, 0, at)):
            if word is not None and _ASCII_LETTER.search(word[0]):
                return True
    return False


@lru_cache(maxsize=16)
def _capitals_and_digits(digits: str) -> re.Pattern[str]:
    """ASCII capitals and digits, and a text's other ``digits`` (``²``)."""
    return re.compile(f"[A-Z0-9{re.escape(digits)}]")


_ASCII_LETTER = re.compile("[A-Za-z]")


@lru_cache(maxsize=1)  # built on first need: only a text mixing scripts asks (3 ms of an import)
def _directions() -> dict[tuple[str, str], _Direction]:
    """The fast paths' directions (source, target), in the order they are tried."""
    return {
        (CYRILLIC, LATIN): _Direction(CYRILLIC, LATIN),
        (LATIN, CYRILLIC): _Direction(LATIN, CYRILLIC),
        (LATIN, GREEK): _Direction(LATIN, GREEK),
    }


def gives_away(
    text: str, match: re.Match[str] | regex.Match[str], script: str, present: frozenset[str]
) -> bool:
    """Whether the word matched gives ``script`` away to its context, as the word rules see it."""
    word = match[0]
    evidence = word_scripts(word, present)[1]
    if script not in evidence:
        return False
    code = code_like(text, match.start(), match.end())
    return script in context_evidence(word, evidence, code=code)


class Segments(LineSegments):
    """Whether a word's segment and line give the target's script away, worked out once each."""

    def __init__(
        self,
        text: str,
        target: str,
        present: frozenset[str],
        words: re.Pattern[str] | regex.Pattern[str] = WORD,
    ) -> None:
        super().__init__(text)
        self.target, self.present = target, present
        self.gives: dict[tuple[int, int], bool] = {}
        self.words = words  # WORD, or the same words cut faster (`word_finder`)

    def own(self, start: int) -> tuple[bool, bool]:
        """
        (own, near) for a word at ``start``, as `Context` finds them here.

        Only the target's script is given away in this text, so a segment's
        context is ``near`` if the segment gives it away, and ``own`` if the
        segment or (unquoted) its line does.
        """
        segment, line_start, line_end = self.at(start)
        near = self._gives(segment.start, segment.end)
        if segment.quoted:  # quoted speech is its own context, a quoted word is not
            return near, near
        return near or self._gives(line_start, line_end), near

    def _gives(self, start: int, end: int) -> bool:
        if (gives := self.gives.get((start, end))) is None:
            gives = self.gives[start, end] = any(
                gives_away(self.text, match, self.target, self.present)
                for match in self.words.finditer(self.text, start, end)
            )
        return gives


class _TwinsMixedWords:
    """
    The words of ``script``'s simple twins only (`simple_twins`), with letters of both sides.

    Such a word (``Тhe``) gives no script away and reads either way; the
    rest of its letters are text-wide twins the fast paths rewrite. A word
    is a whole run of letters (every twin is one), so the scan is led by a
    foreign twin (a one-class regex, fast in C) and looks at the word
    around each only: a whole-text word scan cost en look-alikes 30% of
    fix_homoglyphs.
    """

    def __init__(self, script: str) -> None:
        twins = simple_twins(script)
        foreign, self.own = "".join(sorted(twins)), frozenset(twins.values())
        self.both = frozenset(foreign) | self.own
        both = re.escape(foreign + "".join(sorted(self.own)))
        # A lead, and the letter of neither side after it where one follows
        # (group 1): re tells in C what a Python test did for every lead, and
        # in Cyrillic or Greek text with Latin twins most words hold one. A
        # lead after a letter of neither side is passed over in C (one
        # character looked back at): its word is no such word.
        self.lead = re.compile(
            rf"[{re.escape(foreign)}](?:(?<=[{both}].)|(?<![^\W\d_].))[{both}]*+([^\W\d_])?"
        )
        # The script's code page, and each of its bytes as `_SHAPE_WORDS` reads it.
        self.page: tuple[str, bytes] | None = None
        if (codec := _SHAPE_PAGES.get(script)) is not None:
            decoded = bytes(range(256)).decode(codec, "replace")
            self.page = (codec, bytes(map(self._shape_of, decoded)))

    def _shape_of(self, char: str) -> int:
        """``char`` in a word's shape: f a foreign twin, o an own twin, x another letter."""
        if char in self.own:
            return ord("o")
        if char in self.both:
            return ord("f")
        return ord("x") if _is_letter(char) else ord(" ")

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The (start, end) of each such word of ``text``, in order."""
        if self.page is not None and self.lead.search(text) is not None:
            # A text with a foreign twin (genuine text has none, found by the
            # lead alone in C): its words' shapes on the code page.
            codec, shape = self.page
            try:
                data = text.encode(codec)
            except UnicodeEncodeError:
                pass  # beyond the page: found by the lead below
            else:
                padded = b" " + data.translate(shape) + b" "
                return [
                    (word.start(1) - 1, word.end(1) - 1) for word in _SHAPE_WORDS.finditer(padded)
                ]
        found: list[tuple[int, int]] = []
        both = self.both
        for lead in self.lead.finditer(text):
            if lead.lastindex:
                continue  # a letter of neither side follows: no such word
            start, end = lead.span()
            while start > 0 and text[start - 1] in both:
                # Back over the word's first twins; the last lead ended before a
                # letter of neither side or a non-letter, so this stays linear.
                start -= 1
            if not (start and _is_letter(text[start - 1])) and not self.own.isdisjoint(
                text[start:end]
            ):
                found.append((start, end))
        return found


# Russian and Greek text is mostly on its code page, one byte a character: a
# word's shape there (f, o, x for its letters, spaces between words) shows a
# word of twins of both sides at one pass of re over the bytes, where the
# lead above is a Python step for each foreign twin (some 100 a Russian
# document with a fifth of its twins swapped). Led by the space before a
# word, each word is tried once; its letters are read at most three times.
_SHAPE_PAGES = {CYRILLIC: "cp1251", GREEK: "cp1253"}
_SHAPE_WORDS = re.compile(rb" (?=o*+f)(?=f*+o)([fo]++)(?= )")


def _is_letter(char: str) -> bool:
    r"""Whether ``char`` is a letter as ``[^\W\d_]`` finds it (tested on every code point)."""
    return char.isalnum() and not char.isdecimal()


@lru_cache(maxsize=16)
def _twins_mixed_words(script: str) -> _TwinsMixedWords:
    return _TwinsMixedWords(script)


def mixed_word_alone(text: str, script: str, where: Segments) -> bool:
    """
    Whether a word of twins of two scripts stands in a segment giving ``script`` away nowhere.

    The answer for the last text asked is kept (by identity, for each
    script): the paths `FixHomoglyphs` tries one after another on a text
    each ask it, with their own `Segments` of the same text.

    The word rules read such a word by the lexicon, either way (bilingual
    lines: ``адвокат = Тhe`` is English ``The``, `_word_reading_script`),
    and may change it in a second round; the fast paths rewrite it into
    ``script`` by its twins. So they leave such a text to the sparse path,
    which decides such words as the word rules do (`words_read_alone`).
    A segment giving away another script only is counted too: rare, and
    the word rules are right on it either way. So is a text that may hold
    a Latin name with a Cyrillic case ending (``TeXу``), which they keep.
    """
    global _LAST_ALONE  # noqa: PLW0603 - one slot, replaced whole (threads read a whole tuple)
    last = _LAST_ALONE
    if last is not None and last[0] is text and last[1] == script:
        return last[2]
    alone = _mixed_word_alone(text, script, where)
    _LAST_ALONE = (text, script, alone)
    return alone


# The last text `mixed_word_alone` was asked of, the script, and its answer.
_LAST_ALONE: tuple[str, str, bool] | None = None


def _mixed_word_alone(text: str, script: str, where: Segments) -> bool:
    return next(words_read_alone(text, script, where), None) is not None


def words_read_alone(text: str, script: str, where: Segments) -> Iterator[tuple[int, int]]:
    """
    The (start, end) of each word `mixed_word_alone` finds, as `WORD` cuts it, found lazily.

    The sparse path decides these by the word rules (rule 1, with the
    context they have there), as it decides its hard words.
    """
    if script == CYRILLIC:
        # The word rules keep such a name where its context is Cyrillic.
        yield from (_whole_word(text, start) for start in _declined_names(text))
    yield from _alone(text, script, where)


def mixed_words_alone(text: str, script: str, where: Segments) -> list[tuple[int, int]] | None:
    """
    The spans of the words of twins of both sides `words_read_alone` finds, in order.

    None where the text may hold a Latin name with a Cyrillic case ending
    (`_declined_names`): the cyrillic pass leaves all of it to the sparse path.
    """
    if script == CYRILLIC and next(_declined_names(text), None) is not None:
        return None
    return list(_alone(text, script, where))


def _alone(text: str, script: str, where: Segments) -> Iterator[tuple[int, int]]:
    """The words of twins of two scripts alone in their segments, as `WORD` cuts them, lazily."""
    spans = _twins_mixed_words(script).spans(text)
    if not spans:
        return
    # Each distinct word weighed once, and the words looked for only where
    # one may read elsewhere: most texts none.
    elsewhere = {
        word for word in {text[start:end] for start, end in spans} if _reads_elsewhere(word, script)
    }
    if not elsewhere:
        return
    for start, end in spans:
        if (
            text[start:end] in elsewhere
            and not alone_on_line(text, start, end)
            and not where.own(start)[1]
        ):
            yield _whole_word(text, start)


def _whole_word(text: str, start: int) -> tuple[int, int]:
    """
    The span of the word `WORD` cuts around ``text[start]``, a letter.

    The scans above stop at letters as ``re`` tells them; a combining mark
    beside a word is part of it for `WORD`.
    """
    if start and (before := WORD_BEFORE.match(text, 0, start)) is not None:
        start = before.start()
    found = WORD.match(text, start)
    assert found is not None  # text[start] is a letter
    return found.span()


def _declined_names(text: str) -> Iterator[int]:
    """
    Where each word of ``text`` that may be a Latin name with a Cyrillic case ending starts.

    ``TeXу``, ``TeXом``.

    The fast paths rewrite every mixed word by its twins; the word rules
    keep such a name (`judge.latin_stem_with_ending`), by its context's
    script and language, which the fast paths do not weigh. A stem of
    twins only is a name by a capital (``TeX``, ``PHP``, ``iOS``,
    ``Excel``): one ``re`` scan led by a Latin capital (rare in Cyrillic
    text, so the scan runs in C) finds the words of a Latin run with one
    and a Cyrillic ending; the word's small letters before the capital
    (``iOSе``) are walked back over. A stem with a letter no Cyrillic
    letter twins (``Windowsе``) leaves the fast paths anyway.
    """
    for found in _CAPITAL_THEN_CYRILLIC.finditer(text):
        start = found.start()
        while start and text[start - 1] in _ASCII_LETTERS:
            start -= 1  # over this word's letters only: linear
        if not (start and _is_letter(text[start - 1])) and judge.latin_stem_with_ending(
            text[start : found.end()], None
        ):
            yield start


# A Latin capital, Latin letters, then one to three Cyrillic ones ending a word.
_CAPITAL_THEN_CYRILLIC = re.compile(r"[A-Z][A-Za-z]*+[\u0400-\u04ff]{1,3}+(?![^\W\d_])")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def alone_on_line(text: str, start: int, end: int) -> bool:
    """
    Whether the word at ``text[start:end]`` is the only word of its line (``cре.`` in a list).

    Its context is the document's: no bilingual line, so no reading of its
    own. Looked at within `_NEAR_LINE` characters each way (past them, a
    word may stand: not alone).
    """
    before = text[max(0, start - _NEAR_LINE) : start]
    after = text[end : end + _NEAR_LINE]
    cut_before, cut_after = before.rfind("\n"), after.find("\n")
    if (cut_before < 0 and start > _NEAR_LINE) or (cut_after < 0 and len(text) > end + _NEAR_LINE):
        return False
    before = before[cut_before + 1 :]
    after = after if cut_after < 0 else after[:cut_after]
    return not any(char.isalpha() for char in before + after)


_NEAR_LINE = 64  # characters looked at each way for the rest of a word's line


@lru_cache(maxsize=4096)
def _reads_elsewhere(word: str, script: str) -> bool:
    """
    Whether ``word`` may read as a word of another script, where `_word_reading_script` sends it.

    Most mixed words read as no word elsewhere, or as a rarer one than in
    ``script`` (``wе``, ``tһe``): their segments need not be looked at. A
    letter of several readings (`OTHER_READINGS`) may read either way.
    """
    if not _OTHER_READ.isdisjoint(word):  # in C
        return True
    others = [other for other in TARGETS if other != script and convertible(word, other)]
    if not others:
        return False  # most words: no lexicon asked
    # The other readings first: a reading wins only above Zipf `_TEN_TIMES`
    # (`reading_wins`), and most are no word at all (``Тһе``, ``сo``), so the
    # reading in ``script`` (``The``: some thirty Latin-script languages)
    # need not be looked up. `own_zipf`: one look-up in the index each.
    there = [own_zipf(convert(word, other), other) for other in others]
    if max(there) <= _TEN_TIMES:
        return False
    here = own_zipf(convert(word, script), script)
    return any(reading_wins(zipf, here) for zipf in there)


@lru_cache(maxsize=65536)  # words repeat across texts: "по", "the"
def own_zipf(word: str, script: str) -> float:
    """``judge.own_reading(word, script).zipf``, read in one look-up of the lexicon's index."""
    return lexicon.highest_zipf(word, judge.LANGUAGES.get(script, ()))


_OTHER_READ = OTHER_READINGS.keys()


def reading_wins(there: float, here: float) -> bool:
    """Whether a mixed word's reading elsewhere (Zipf ``there``) beats its context's (``here``)."""
    return there > here + _TEN_TIMES and (there >= judge.WORD_ZIPF or not here)


_TEN_TIMES = 1.0  # Zipf


def repair(text: str, source: str, target: str, decide: Judge) -> str | None:
    """The repair of a text garbled in one direction only; None for any other text."""
    direction = _directions()[source, target]
    if not direction.applies(text):
        return None
    swapping = direction.mixed.search(text, direction.first_source_letter(text)) is not None
    present = scripts_present(notable_chars(text), text)
    language = TextLanguage(
        lambda script: judge.text_language(script, text, present, notable_chars(text))
    )
    where = Segments(text, target, present)
    if mixed_word_alone(text, target, where):
        return None
    kept: list[tuple[int, int]] = []
    for match in direction.whole_words(text):
        if swapped_among_digits(text, *match.span(), source, target, swapping=swapping):
            continue  # rewritten with the other twins (77е10)
        if (
            kept_as_code(text, *match.span(), match[0], target)
            or rewrite_in_context(
                decide,
                match[0],
                source,
                Found(target, *where.own(match.start())),
                language,
                swapping=swapping,
                latin_pinned=target == LATIN,
                source_seen=False,
                neighbours=("", ""),
            )
            is None
        ):
            kept.append(match.span())
    # Every twin becomes one letter, so offsets hold: replace them all (one
    # str.replace per letter runs at hundreds of MB/s, where str.translate
    # with a dict looks each character up in Python objects), then put the
    # kept words back. The scan's characters (all but plain ASCII, or more)
    # rule most twins out without a pass over the text.
    fixed = text
    chars = notable_chars(text)
    for twin, letter in direction.twins.items():
        if (twin in chars or twin.isascii()) and twin in fixed:
            fixed = fixed.replace(twin, letter)
    if not kept:
        return fixed
    parts: list[str] = []
    pos = 0
    for start, end in kept:
        parts += (fixed[pos:start], text[start:end])
        pos = end
    parts.append(fixed[pos:])
    return "".join(parts)


class TextLanguage:
    """A text's language in each script, worked out when first asked (a few hundred words)."""

    def __init__(self, work_out: Callable[[str], str | None]) -> None:
        self._work_out = work_out
        self._found: dict[str, str | None] = {}
        self.weighed = 0  # words weighed in every language while the language was unknown

    def __call__(self, script: str) -> str | None:
        if script not in self._found:
            self._found[script] = self._work_out(script)
        return self._found[script]

    def known(self, script: str) -> bool:
        return script in self._found


def rewrite_in_context(
    decide: Judge,
    word: str,
    source: str,
    found: Found,
    language: TextLanguage,
    **options: object,
) -> str | None:
    """
    What ``decide`` rewrites a whole word of look-alikes into, or None where it keeps it.

    For most words (the swapped article ``а``) the answer is the same in
    every language of the target's script: the text's ``language``, a few
    hundred words sampled and weighed in every lexicon of the script, is
    worked out only for a word whose answer turns on it. Which words those
    are is remembered for the process: words repeat, across texts too. A
    text whose words are new takes its language after `_WEIGHED` of them.
    """
    target = found.script
    assert target is not None
    key = (decide, word, source, found, *sorted(options.items()))
    if (known := _REWRITES.get(key)) is None:
        if language.known(target) or language.weighed >= _WEIGHED:
            verdict = decide(word, source, found, language=language(target), **options)
            return None if verdict is None else verdict[0]
        language.weighed += 1
        answers: set[str | None] = set()
        for code in judge.LANGUAGES[target]:
            verdict = decide(word, source, found, language=code, **options)
            answers.add(None if verdict is None else verdict[0])
            if len(answers) > 1:
                break  # the language decides
        if len(_REWRITES) >= _REMEMBERED:
            _REWRITES.clear()
        known = _REWRITES[key] = (answers.pop(),) if len(answers) == 1 else ()
    if known:
        return known[0]
    verdict = decide(word, source, found, language=language(target), **options)
    return None if verdict is None else verdict[0]


def converted(word: str, target: str, language: Callable[[str], str | None]) -> str:
    """
    `convert` in the text's ``language``, asked only where the readings differ by language.

    Weighed in every language of a script of a few languages only (Cyrillic,
    Greek): a word in each of Latin's thirty costs more than the language.
    """
    if target in LANGUAGE_BLIND:
        return convert(word, target)  # Cyrillic: no language to weigh
    if isinstance(language, TextLanguage) and language.known(target):
        return convert(word, target, language(target))
    key = (word, target)
    if (known := _CONVERTED.get(key)) is None:
        if len(judge.LANGUAGES[target]) > _FEW_LANGUAGES:
            return convert(word, target, language(target))
        readings = {convert(word, target, code) for code in judge.LANGUAGES[target]}
        if len(_CONVERTED) >= _REMEMBERED:
            _CONVERTED.clear()
        known = _CONVERTED[key] = (readings.pop(),) if len(readings) == 1 else ()
    return known[0] if known else convert(word, target, language(target))


# Per decision function, word and context: the rewrite (None: kept) the same
# in every language of the target's script, or () where the language decides.
_REWRITES: dict[tuple[object, ...], tuple[str | None] | tuple[()]] = {}
# Per word and target script: its one reading in every language, or ().
_CONVERTED: dict[tuple[str, str], tuple[str] | tuple[()]] = {}
_REMEMBERED = 65_536  # decisions remembered, then forgotten at once
_WEIGHED = 1  # new words weighed in every language, a text, before its language is worked out
_FEW_LANGUAGES = 4


def fast_repair(text: str, decide: Judge) -> str | None:
    """The repair by the first fast path that applies, or None."""
    if has_styled(notable_chars(text)):
        return None  # styled letters follow rules of their own (runs, styled lines)
    for source, target in _directions():
        if (fixed := repair(text, source, target, decide)) is not None:
            return fixed
    return None
