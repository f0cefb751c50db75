"""
One pass over Cyrillic text with Latin twins: the first round of repair, from what C finds.

Russian with Latin twins swapped in (``пpивет``, ``a`` for ``а``) and a few
genuine Latin names (``Python``) gives two scripts away. The sparse path
(`_one_pass_repair`) finds its hard words and their contexts word by word in
Python; this pass gives the same text from what C counts and finds:

- the text's script: its letters giving each script away, counted by
  `giver_count` (one deletion from its bytes);
- the words to decide: one ``re`` search yields only the words written
  wholly in ASCII letters (the Latin twins ``a``, ``c``, ``B`` and the
  names). Every other ASCII letter stands in a word with Cyrillic letters
  and becomes its Cyrillic twin (rule 1), by one ``str.replace`` a letter;
- each word's context class: on a line holding no name, Cyrillic, own and
  near where a word giving Cyrillic away stands beside it with no
  separator between (else the fast path's `Segments.own`); on a line
  holding a name, by segment: one without a name and with a word giving
  Cyrillic away is Cyrillic, and so is one with a single name and three
  such words (they outvote it among any word's nearest give-away words);
  in the others the nearest give-away words decide (`nearest_script`),
  and `ForeignLines.context` only on a tie. Words giving Cyrillic away are
  found whole by one ``re`` pattern (`_cyrillic_word`);
- each distinct (word, context) is decided once, by `_judge_whole` (through
  `rewrite_in_context`, its memo across texts), and the text is put
  together by one join over the decided words.

A text the pass cannot decide as the sparse path does is left to it (None),
and counted in `FELL_BACK` by reason where `COUNT_FALLBACKS` is on: letters
outside the basic Cyrillic block or of two readings, a stress mark beside a
Latin letter (the sparse path reads that word whole), a name's letter inside
a Cyrillic word, more names than the sparse path takes, a Cyrillic or mixed
word whose context is the names' (``a`` between ``Sun`` and
``Microsystems``), and so on. A text
it leaves unsettled takes the rounds of `FixHomoglyphs._repair`, as before.
`explain` keeps the word rules (`FixHomoglyphs._explain_round`).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from textclean._filters import homoglyphs as rules
from textclean._filters.homoglyphs import judge
from textclean._filters.homoglyphs.charset import CharSet
from textclean._filters.homoglyphs.context import (
    REACH,
    Found,
    LineSegments,
    code_like,
    cut_within,
    kept_as_code,
    nearest_script,
)
from textclean._filters.homoglyphs.fast import (
    Segments,
    TextLanguage,
    mixed_word_alone,
    mixed_words_alone,
    rewrite_in_context,
)
from textclean._filters.homoglyphs.foreign import (
    ForeignLines,
    context_matters,
    evidence,
    word_finder,
)
from textclean._filters.homoglyphs.foreign import _without_own as without_own
from textclean._filters.homoglyphs.letters import (
    CYRILLIC,
    LATIN,
    TARGETS,
    WORD,
    convertible,
    range_class,
    scripts_present,
    word_scripts,
)
from textclean._filters.homoglyphs.settled import mostly_beyond_ascii
from textclean._filters.homoglyphs.sparse import (
    OneByte,
    giver_count,
    giver_positions,
    givers,
    one_byte,
    others_of,
    simple_twins,
)
from textclean.scan import notable_chars

if TYPE_CHECKING:
    import regex

    from textclean._filters.homoglyphs.context import Segment

#: Whether `FixHomoglyphs` tries this pass before the sparse path's (`_one_pass_repair`).
CYRILLIC_PASS = True
#: Texts of Cyrillic with ASCII letters this pass left to the sparse path, by reason, and
#: those it took ("taken"): counted only while `COUNT_FALLBACKS` is on (tests, measurements),
#: so that the filter writes no shared object for every text.
FELL_BACK: Counter[str] = Counter()
COUNT_FALLBACKS = False

_BASIC_CYRILLIC = ("\u0400", "\u04ff")
# Word characters of the texts this pass takes (`_plain_cyrillic`): ASCII
# and basic Cyrillic letters, and combining diacritics.
_LETTERS = "A-Za-z\u0400-\u04ff\u0300-\u036f"


def _in_word(char: str) -> bool:
    """Whether ``char`` is a word character (`_LETTERS`) of a text this pass takes."""
    return char.isalpha() or _ACCENTS[0] <= char <= _ACCENTS[1]


# A word of ASCII letters only: led by the letter, so that re skips in C to
# the few ASCII letters of Cyrillic text; the look back (one character wide)
# rules out a letter inside a word, possessive so no tail of a mixed word is taken.
_LATIN_WORD = re.compile("[A-Za-z](?<![A-Za-z\u0400-\u04ff].)[A-Za-z]*+(?![\u0400-\u04ff])")
# An ASCII letter beside a Cyrillic one: a word mixing the scripts.
_MIXED = re.compile("[A-Za-z](?:(?<=[\u0400-\u04ff].)|(?=[\u0400-\u04ff]))")
_PRESENT = frozenset({CYRILLIC, LATIN})
# Words giving Cyrillic away that outvote one name among any word's nearest
# give-away words: of REACH each side, three at least are taken, and one
# name takes one vote at most.
_WITH_ONE_NAME = 3
assert _WITH_ONE_NAME <= REACH
_NEAR = 64  # characters looked at each side of a word for a word giving Cyrillic away


def _plain_cyrillic(others: frozenset[str]) -> bool:
    r"""
    Whether a text's non-ASCII characters (`others_of`) leave words as runs of two alphabets.

    Letters of the basic Cyrillic block only, none with two readings, and of
    marks only the combining diacritics (Russian stress marks): every word
    is then a run of ``[A-Za-z\u0400-\u04ff\u0300-\u036f]``, as WORD cuts
    it, and "surely Cyrillic" (the sparse path's `find_hard`) is any letter
    of the block. Read from the text's classification (`CharSet.plain_cyrillic`).
    """
    return CharSet.of(others).plain_cyrillic


_ACCENTS = ("\u0300", "\u036f")
# A Latin letter beside a mark: the sparse path reads its word whole as a
# hard word (re's classes see no letter in a mark), where this pass would not.
_MARKS = frozenset(map(chr, range(0x300, 0x370)))
_LATIN_BY_MARK = re.compile("[A-Za-z][\u0300-\u036f]|[\u0300-\u036f][A-Za-z]")


@lru_cache(maxsize=65536)
def _weighed(word: str) -> bool:
    """
    Whether rule 2 weighs a word of Latin twins: it gives nothing away, another script spells it.

    The sparse path's first checks of a hard word (`_sparse_decide`), once a word.
    """
    scripts, gives = word_scripts(word, _PRESENT)
    return (
        scripts == {LATIN}
        and not gives
        and any(t != LATIN and convertible(word, t) for t in TARGETS)
    )


@lru_cache(maxsize=65536)
def _givers_in(word: str) -> int:
    """How many of an ASCII word's letters give Latin away (no Cyrillic twin)."""
    pattern = givers(LATIN, _PRESENT)[0]
    return 0 if pattern is None else len(pattern.findall(word))


class _Text:
    """What the pass works out once per text: its words of ASCII letters and its foreign lines."""

    def __init__(self, text: str, others: frozenset[str]) -> None:
        self.text = text
        self.others = others
        self.names: list[tuple[int, int]] = []  # words holding a letter that gives Latin away
        self.twins: list[tuple[int, int]] = []  # words of Latin twins only
        self.latin_letters = 0  # letters giving Latin away, in those words
        self.ascii_words = [match.span() for match in _LATIN_WORD.finditer(text)]  # both, in order
        for start, end in self.ascii_words:
            found = _givers_in(text[start:end])
            if found:
                self.names.append((start, end))
                self.latin_letters += found
            else:
                self.twins.append((start, end))
        self.lines = LineSegments(text)
        self.name_starts = [start for start, _ in self.names]
        self.foreign = {self.line_of(start) for start in self.name_starts}
        self._local: ForeignLines | None = None
        self._where: Segments | None = None
        self.needed = 2  # Cyrillic words the sparse path counts for the document (`_sparse_text`)
        self.words = word_finder(text)
        self.clear: dict[int, bool] = {}  # by segment start: `clearly_cyrillic`
        # by segment start: its give-away words' starts and what each gives
        self.givers: dict[int, tuple[list[int], list[frozenset[str]]]] = {}

    def line_of(self, pos: int) -> int:
        starts = self.lines.line_starts
        return starts[bisect.bisect_right(starts, pos) - 1]

    def cuts(self, line: int) -> list[Segment]:
        """The segments of the line starting at ``line``, cut once for every reader of the text."""
        self.lines.at(line)
        return self.lines.lines[line][0]

    def where(self) -> Segments:
        """The fast path's context of words on lines without a name, built when first needed."""
        if self._where is None:
            self._where = Segments(self.text, CYRILLIC, _PRESENT, self.words)
            self._where.lines = self.lines.lines  # the same cuts of the same lines
        return self._where

    def local(self) -> ForeignLines:
        """The sparse path's context of words near names, built when a word first needs it."""
        if self._local is None:
            positions = giver_positions(self.text, LATIN, _PRESENT, self.others)
            local = self._local = ForeignLines(self.text, positions, _PRESENT)
            local.lines = self.lines.lines  # the same cuts of the same lines
            local.doc_counts[CYRILLIC] = max(local.doc_counts.get(CYRILLIC, 0), self.needed)
        return self._local

    def cyrillic_words(self, start: int, end: int, most: int) -> int:
        """
        Words of ``text[start:end]`` giving Cyrillic away (`evidence`), counted up to ``most``.

        Found by one search of re in C (`_cyrillic_word`): a letter giving
        Cyrillic away gives its word away (`word_scripts`), unless the word
        is code (`context_evidence`).
        """
        text, found = self.text, 0
        for word in _cyrillic_word().finditer(text, start, end):
            found += not code_like(text, *word.span())
            if found >= most:
                break
        return found

    def surely_cyrillic(self, start: int, end: int) -> bool:
        """
        Whether the word at ``text[start:end]``, on a line without a name, has Cyrillic for context.

        Own and near: a word giving Cyrillic away stands within `_NEAR`
        characters, and no separator between them (`cut_within`), so in its
        segment. The line need not be cut. False where not shown.
        """
        text = self.text
        words = _cyrillic_word()
        window = min(end + _NEAR, len(text))
        after = words.search(text, end, window)
        if after is not None and (window == len(text) or after.end() < window):
            word_start, word_end = after.span()
            if not cut_within(text, end, word_start) and not code_like(text, word_start, word_end):
                return True
        window = max(0, start - _NEAR)
        before = None
        for before in words.finditer(text, window, start):  # noqa: B007 - the last one
            pass
        if before is None or (before.start() == window and window and _in_word(text[window - 1])):
            return False  # none, or cut by the window: not shown here
        word_start, word_end = before.span()
        return not cut_within(text, word_end, start) and not code_like(text, word_start, word_end)

    def clearly_cyrillic(self, segment: Segment) -> bool:
        """
        Whether every word of ``segment`` that gives nothing away has Cyrillic for context.

        So with no name in it and a word giving Cyrillic away (its nearest
        give-away words all give Cyrillic), or with one name and three such
        words: of the three nearest give-away words each side, at least three
        are taken and one at most gives Latin away (`nearest_script`).
        Otherwise (two names, few Cyrillic words) the sparse path's context
        is asked word by word.
        """
        if (known := self.clear.get(segment.start)) is not None:
            return known
        first = bisect.bisect_left(self.name_starts, segment.start)
        names = bisect.bisect_left(self.name_starts, segment.end, first) - first
        needed = {0: 1, 1: _WITH_ONE_NAME}.get(names)
        clear = self.clear[segment.start] = (
            needed is not None and self.cyrillic_words(segment.start, segment.end, needed) >= needed
        )
        return clear

    def named_context(self, segment: Segment, start: int) -> Found:
        """
        The context of the word at ``start`` in ``segment``, a segment `clearly_cyrillic` leaves.

        By its segment's nearest give-away words (`nearest_script`), listed
        from the letters giving Cyrillic away, found by re, and the names;
        where they tie or are none, by the sparse path's context
        (`ForeignLines.context`: the line's, the document's).
        """
        if (listed := self.givers.get(segment.start)) is None:
            listed = self.givers[segment.start] = self._givers_in(segment)
        starts, gives = listed
        at = bisect.bisect_left(starts, start)
        past = at + 1 if at < len(starts) and starts[at] == start else at
        if (near := nearest_script(gives, at, past)) is not None:
            return Found(near, own=True, near=True)
        return self.local().context(start)

    def _givers_in(self, segment: Segment) -> tuple[list[int], list[frozenset[str]]]:
        """The starts of the words of ``segment`` giving a script away, and what each gives."""
        text, end = self.text, segment.end
        found: list[tuple[int, frozenset[str]]] = []
        first = bisect.bisect_left(self.name_starts, segment.start)
        last = bisect.bisect_left(self.name_starts, end, first)
        for name_start, name_end in itertools.islice(self.names, first, last):
            if gives := evidence(text, name_start, name_end, _PRESENT):
                found.append((name_start, gives))
        found.extend(
            (word.start(), _GIVES_CYRILLIC)
            for word in _cyrillic_word().finditer(text, segment.start, end)
            if not code_like(text, *word.span())
        )
        found.sort()
        return [start for start, _ in found], [gives for _, gives in found]


_GIVES_CYRILLIC = frozenset({CYRILLIC})


@lru_cache(maxsize=1)
def _cyrillic_word() -> re.Pattern[str]:
    """
    A word holding a letter that gives Cyrillic away beside Latin twins, as re finds it in C.

    Words are runs of `_LETTERS` in the texts this pass takes: led by its
    first letter (none before it), the letters up to the first giver, then
    the rest of the word.
    """
    ascii_, rest = givers(CYRILLIC, _PRESENT)
    letters = "".join(sorted(rest)) + ("" if ascii_ is None else ascii_.pattern[1:-1])
    return re.compile(f"(?<![{_LETTERS}])[{_LETTERS}]*?[{range_class(letters)}][{_LETTERS}]*+")


def cyrillic_pass(text: str) -> tuple[str, bool] | None:
    """
    The first round of repair of Cyrillic text with Latin twins, and whether it is the last.

    What `_one_pass_repair` gives, or None where this pass leaves the text
    to it (counted in `FELL_BACK`, where counted) or the text is of another kind.
    """
    if not mostly_beyond_ascii(text):
        return None
    view = one_byte(text)
    others = others_of(text, view)
    if not CharSet.of(others).cyrillic_and_latin:  # the sparse path's own gate
        return None
    latin = _latin_letters(text, others, view)
    if isinstance(latin, str):
        if COUNT_FALLBACKS:
            FELL_BACK[latin] += 1
        return None
    found = _decide(text, others, latin)
    if isinstance(found, str):
        if COUNT_FALLBACKS:
            FELL_BACK[found] += 1
        return None
    if COUNT_FALLBACKS:
        FELL_BACK["taken"] += 1
    return found


def _latin_letters(text: str, others: frozenset[str], view: OneByte | None) -> int | str:
    """
    The text's letters giving Latin away, counted in C; or why the text is not for this pass.

    The sparse path's script is the one with the most give-away letters,
    Latin on a tie (it is named first): this pass takes Cyrillic text only.
    """
    if not _plain_cyrillic(others):
        return "letters beyond basic Cyrillic, marks or letters of two readings"
    if not others.isdisjoint(_MARKS) and _LATIN_BY_MARK.search(text):
        return "a mark beside a Latin letter"
    if scripts_present(notable_chars(text), text) != _PRESENT:
        return "scripts"
    cyrillic = giver_count(text, CYRILLIC, _PRESENT, others, view)
    latin = giver_count(text, LATIN, _PRESENT, others, view)
    if cyrillic <= latin:
        return "not mostly Cyrillic"
    return latin


def _decide(text: str, others: frozenset[str], latin_total: int) -> tuple[str, bool] | str:
    """
    The repaired text and whether it is settled; or why the pass leaves it (a reason).

    ``latin_total``: the text's letters giving Latin away (`_latin_letters`).
    """
    found = _Text(text, others)
    if latin_total != found.latin_letters:
        return "a name's letter in a Cyrillic word"
    most = max(len(text) // rules._FOREIGN_SHARE, rules._FOREIGN_WORDS)  # noqa: SLF001
    if len(found.names) > most:
        return "many names"
    latin_words = sum(LATIN in evidence(text, s, e, _PRESENT) for s, e in found.names)
    needed = found.needed = latin_words + 2
    if found.cyrillic_words(0, len(text), needed) < needed:  # as `_givers_up_to` counts
        return "few Cyrillic words"
    twins = simple_twins(CYRILLIC)
    language = TextLanguage(
        lambda target: judge.text_language(target, text, _PRESENT, notable_chars(text))
    )
    alone: dict[tuple[int, int], str] = {}
    if mixed_word_alone(text, CYRILLIC, found.where()):
        if (read := _alone_read(found, language, twins)) is None:
            return "a mixed word alone in its segment"  # the word rules read it by the lexicon
        alone = read
    if _foreign_context(found):
        return "a Cyrillic or mixed word in a name's context"
    latin_pinned = source_seen = latin_words > 0
    swapping = _MIXED.search(text) is not None  # twins outside the words of ASCII letters
    hard_starts = {start for start, _ in found.ascii_words}
    decided: dict[int, str] = {}
    kept_twins: list[tuple[str, str, tuple[str, str], bool]] = []
    kept_as_written: list[tuple[int, int, str, str]] = []
    verdicts: dict[tuple[str, Found, tuple[str, str]], str | None] = {}
    # Rule 2, as the sparse path asks it: lone letters last (`rules.letters_last`).
    for start, end in rules.letters_last(found.twins, lambda span: span[1] - span[0]):
        word = text[start:end]
        if not _weighed(word):
            continue
        context = _context(found, start, end)
        target = context.script
        if target not in TARGETS or target == LATIN or not convertible(word, target):
            continue
        if kept_as_code(text, start, end, word, target):
            kept_as_written.append((start, end, word, target))
            continue
        neighbours = ("", "")
        if rules._reads_neighbours(word, LATIN, latin_pinned=latin_pinned):  # noqa: SLF001
            neighbours = _neighbours(
                text, start, end, decided=decided, hard_starts=hard_starts, twins=twins
            )
        key = (word, context, neighbours)
        if key not in verdicts:
            verdicts[key] = rewrite_in_context(
                rules._judge_whole,  # noqa: SLF001
                word,
                LATIN,
                context,
                language,
                swapping=swapping and target == CYRILLIC,
                latin_pinned=latin_pinned,
                source_seen=source_seen,
                neighbours=neighbours,
            )
        rewrite = verdicts[key]
        if rewrite is not None:
            decided[start] = rewrite
        else:
            kept_twins.append((word, LATIN, neighbours, source_seen))
    fixed = text
    for twin, letter in twins.items():
        if twin.isascii() and twin in fixed:
            fixed = fixed.replace(twin, letter)
    # The words of ASCII letters as decided or as written, and the mixed
    # words alone read in Latin, put back into the text of twins replaced.
    spans = [(start, end, decided.get(start, text[start:end])) for start, end in found.ascii_words]
    latin_alone = [(start, end, read) for (start, end), read in alone.items() if read.isascii()]
    if latin_alone:
        spans = sorted(spans + latin_alone)
        # Latin twins only, so they give nothing away: kept next round where rule 2 keeps them.
        kept_twins += [(read, LATIN, ("", ""), True) for _, _, read in latin_alone]
    parts: list[str] = []
    pos = 0
    for start, end, written in spans:
        parts += (fixed[pos:start], written)
        pos = end
    parts.append(fixed[pos:])
    joined = "".join(parts)
    fixed = rules._read_as_document(text, joined)  # noqa: SLF001
    outcome = rules._Outcome(  # noqa: SLF001
        rewritten=list(decided.items()),
        kept_twins=kept_twins,
        kept_as_code=kept_as_written,
        kept_mixed=False,
        read_as_document=rules.read_otherwise_next_round(joined, fixed),
    )
    return fixed, rules._settled(fixed, outcome)  # noqa: SLF001


def _alone_read(
    found: _Text, language: TextLanguage, twins: dict[str, str]
) -> dict[tuple[int, int], str] | None:
    """
    The word rules' rewrite of each mixed word alone in its segment, or None to leave them the text.

    Such a word (``АK`` between quotes) is read by the lexicon, either way
    (`mixed_word_alone`): rule 1 itself (`_decide_mixed_words`) is asked of
    it, with the context the word rules find on a line without a name
    (Cyrillic, its segment giving nothing away: `Segments.own`). A word of
    twins only, it is written wholly in Cyrillic (as the twins write it) or
    in Latin (``AK``, giving nothing away either). A word on a line with a
    name, or one the rule keeps or defers, leaves the text to the word rules.
    """
    text = found.text
    spans = mixed_words_alone(text, CYRILLIC, found.where())
    if not spans:
        return None  # a Latin name with a Cyrillic ending may stand: the word rules read it
    read: dict[tuple[int, int], str] = {}
    for start, end in spans:
        if found.line_of(start) in found.foreign:
            return None
        word = text[start:end]
        scripts = word_scripts(word, _PRESENT)[0]
        rewrite = rules.mixed_word_read(
            text, (start, end), scripts, functools.partial(_own_context, found.where()), language
        )
        if rewrite is None:
            return None
        letters = set(rewrite)
        latin_twins = rewrite.isascii() and len(rewrite) == len(word) and twins.keys() >= letters
        if not latin_twins and rewrite != "".join(twins.get(c, c) for c in word):
            return None  # neither Latin twins only nor as the twins write it
        read[start, end] = rewrite
    return read


def _own_context(where: Segments, start: int) -> Found:
    """The context of a word at ``start`` on a line without a name, as the word rules find it."""
    return Found(CYRILLIC, *where.own(start))


def _context(found: _Text, start: int, end: int) -> Found:
    """The context of a word of Latin twins at ``text[start:end]``, as the sparse path finds it."""
    if found.line_of(start) not in found.foreign:
        if found.surely_cyrillic(start, end):
            return Found(CYRILLIC, own=True, near=True)
        return Found(CYRILLIC, *found.where().own(start))
    segment, _, _ = found.lines.at(start)
    if found.clearly_cyrillic(segment):
        return Found(CYRILLIC, own=True, near=True)
    return found.named_context(segment, start)


def _foreign_context(found: _Text) -> bool:
    """
    Whether a word of Cyrillic letters or of both scripts has a context not Cyrillic.

    Such a word is one the sparse path decides one by one (`spans_not_of`);
    it stands on a line holding a name, in a segment holding one or no word
    giving Cyrillic away.
    """
    text = found.text
    runs = without_own(CYRILLIC)
    for line in sorted(found.foreign):
        for segment in found.cuts(line):
            if found.clearly_cyrillic(segment):
                continue
            # Words that rule 2 or rule 1 may decide by their context, found
            # by re in C.
            for start, stop in runs.spans(text, segment.start, segment.end):
                word = text[start:stop]
                if word.isascii() or not context_matters(word, _PRESENT):
                    continue
                if found.named_context(segment, start).script != CYRILLIC:
                    return True
    return False


def _neighbours(
    text: str,
    start: int,
    end: int,
    *,
    decided: dict[int, str],
    hard_starts: set[int],
    twins: dict[str, str],
) -> tuple[str, str]:
    """The first letters of the words beside a single letter, as the sparse path reads them."""
    before = rules._word_before(text, start)  # noqa: SLF001
    after: regex.Match[str] | None = WORD.search(text, end)
    first = ""
    if before is not None and rules._SENTENCE_ENDS.isdisjoint(text[before.end() : start]):  # noqa: SLF001
        first = _first_letter(text, before.start(), decided, hard_starts, twins)
    second = ""
    if after is not None and rules._SENTENCE_ENDS.isdisjoint(text[end : after.start()]):  # noqa: SLF001
        second = _first_letter(text, after.start(), decided, hard_starts, twins)
    return first, second


def _first_letter(
    text: str, start: int, decided: dict[int, str], hard_starts: set[int], twins: dict[str, str]
) -> str:
    if start in decided:
        return decided[start][:1]
    if start in hard_starts:
        return text[start]
    return twins.get(text[start], text[start])
