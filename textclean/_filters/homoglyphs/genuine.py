"""
Genuine Russian, Ukrainian or Greek text with whole Latin words, settled by a few passes in C.

Most Cyrillic or Greek text that holds Latin letters holds them as whole
words: names, acronyms, code (``Python``, ``CSS``). There the word rules
change nothing unless a word mixes scripts (rule 1), a word of twin letters
may take another script (rule 2) or letters are styled (rule 3), and
`settled.unchanged` proves that by patterns of re over the text, a Python
call for each Latin word and each lone letter (Greek ``ο``, ``η``). Here
the same proof is read off the text in its script's code page (Windows-1251
or 1253), one byte a character, by a few passes in C:

- one translation shows whether an ASCII letter stands beside a letter of
  the script (a mixed word), by two searches for a pair of bytes;
- another, ASCII letters kept and every other byte made a space, splits
  into the Latin words, each weighed once (`settled._kind`, remembered);
- a Latin word of twin letters (``B``, ``TeX``) takes the script only by
  rule 2, the text showing no swapping: each distinct one is weighed once
  in every context (`settled._kind`, the verdicts remembered), a lone
  capital whose verdict turns on its neighbours where it stands, found by
  one pass (``latin_twins``: asked where `settled.unchanged`, which leaves
  such a word to the rules wherever its context may be the script, has
  not settled the text);
- where a Latin word gives Latin away, the distinct words written wholly in
  the script's twin letters (Russian ``а``, ``с``) are found by one pass
  and each weighed once (`settled._twins_stay`'s verdicts), in every
  neighbourhood its lone letters may stand in, not at each place.

Where the text's letters beyond ASCII are not all of the script's basic
block (accents of other scripts, stress marks, a third script, styled
letters), it does not fit its code page, or a word is not settled by its
letters alone, nothing is settled here (None), and `settled.unchanged`
decides as before. False here is False there, and True here is True there
or a text the word rules keep (a Latin word of twins rule 2 keeps wherever it
stands); the property tests check both.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from textclean._confusables import LOOKALIKES
from textclean._filters.homoglyphs.charset import BLOCKS as _BLOCKS
from textclean._filters.homoglyphs.charset import MARKS as _MARKS
from textclean._filters.homoglyphs.charset import CharSet
from textclean._filters.homoglyphs.letters import CYRILLIC, GREEK, LATIN, script_of
from textclean._filters.homoglyphs.settled import (
    _GIVER,
    _MIXED,
    _MOST_RUNS,
    GiveAway,
    _gives_in,
    _kind,
    _neighbour_letters,
    _runs,
    _whole_letters,
    mostly_beyond_ascii,
)
from textclean._filters.homoglyphs.styled import has_styled
from textclean.scan import notable_chars

if TYPE_CHECKING:
    from textclean._filters.homoglyphs.settled import Stays

# The script's code page: one byte a character, its basic letters all there.
_CODE_PAGES = {CYRILLIC: "cp1251", GREEK: "cp1253"}
# Stress marks (`charset.MARKS`) are written on the code page as symbols
# standing in for them where the text has none.
_ASCII_LETTERS = frozenset(range(0x41, 0x5B)) | frozenset(range(0x61, 0x7B))
# ASCII letters kept, every other byte a space: the Latin words, split in C.
_LATIN_ONLY = bytes(b if b in _ASCII_LETTERS else 0x20 for b in range(256))
# In `_Page.shape`: an ASCII letter beside a letter of the script; a mark's
# stand-in beside an ASCII letter. Led by the ASCII letter, so that re skips
# to the few there are in C.
_ASCII_BESIDE = re.compile(b"a(?:(?<=ca)|(?=c))")
_MARKED_ASCII = re.compile(b"a(?:(?<=ma)|(?=m))")


class _Page(NamedTuple):
    """A script's code page, and the translations of its bytes the proof reads."""

    codec: str
    shape: bytes  # "a" an ASCII letter, "c" a letter of the script, "m" a mark's stand-in, else " "
    words: bytes  # letters and marks' stand-ins kept (ASCII and the script's), else a space
    twin_words: re.Pattern[bytes]  # a word wholly of twin letters, in ``words`` led by a space
    marks: dict[str, str]  # stand-in of each mark


@lru_cache(maxsize=4)
def _page(script: str) -> _Page:
    codec = _CODE_PAGES[script]
    low, high = _BLOCKS[script]
    marks = _MARKS.get(script, {})
    decoded = bytes(range(256)).decode(codec, "replace")
    own = bytes(b for b, c in enumerate(decoded) if low <= ord(c) <= high and c.isalpha())
    stand_ins = set(marks.values())
    marked = bytes(b for b, c in enumerate(decoded) if c in stand_ins)
    shape = bytes(
        0x61 if b in _ASCII_LETTERS else 0x63 if b in own else 0x6D if b in marked else 0x20
        for b in range(256)
    )
    kept = _ASCII_LETTERS | set(own) | set(marked)
    words = bytes(b if b in kept else 0x20 for b in range(256))
    # The script's letters another script present (Latin) has a twin of, as
    # `settled._Runs`, and the marks, which go on any word.
    twins = bytes(b for b in own if decoded[b] in LOOKALIKES[LATIN]) + marked
    twin_words = re.compile(b" ([" + re.escape(twins) + b"]+)(?= )")
    return _Page(codec, shape, words, twin_words, marks)


def settled_in_c(text: str, stays: Stays, *, latin_twins: bool = False) -> bool | None:
    """
    `settled.unchanged` where a few passes in C tell it; None where they cannot.

    True where the word rules surely leave ``text`` as it stands; False where
    a word mixes the script's letters with ASCII ones. ``stays``: rule 2's
    verdict on a word of twin letters in any context (`settled._twins_stay`).
    Asked after `_may_hold_homoglyphs`: the text holds letters of two
    scripts or more. ``latin_twins``: weigh its Latin words of twins (``B``,
    ``TeX``) by rule 2's verdicts, a verdict a distinct word, where
    `unchanged` has not settled the text by their places (cheaper where it
    can: a word met for the first time costs a verdict in each context).
    """
    if not mostly_beyond_ascii(text):
        return None  # English with twins most often: `unchanged` meets its mixed word at once
    chars = notable_chars(text)
    if (script := _only_script(chars)) is None or (data := _on_page(text, chars, script)) is None:
        return None
    page = _page(script)
    if _ASCII_BESIDE.search(data.translate(page.shape)):
        # A word of both scripts (marks stand on no ASCII letter: none
        # between them): rule 1 weighs it, and `unchanged` is False
        # wherever it meets one (Russian with Latin twins).
        return False
    words = data.translate(page.words)
    latin = words.translate(_LATIN_ONLY).split()
    present = frozenset({script, LATIN}) if latin else frozenset({script})
    kind_of = {word: _latin_kind(word, present) for word in set(latin)}
    kinds = set(kind_of.values())
    # Text mostly in Latin words (`unchanged` tries each script), or a Latin
    # word of twin letters ("a", "B") rule 2 may rewrite where it stands
    # (the text shows no swapping: no mixed word): not told here.
    if (
        len(latin) >= _MOST_RUNS + len(text) // _MOST_RUNS
        or not kinds <= _SETTLED_KINDS
        or (
            LATIN in kinds
            and not (latin_twins and _latin_twins_stay(text, kind_of, script, present, stays))
        )
    ):
        return None
    if _GIVER not in kinds:
        # Every word giving a script away gives this one: no word of its
        # twins can take another script (as `settled._by_runs` finds).
        return True
    twins = _Twins(text, words, script, present)
    return True if _twins_stay_anywhere(twins, stays) else None


def _on_page(text: str, chars: frozenset[str], script: str) -> bytes | None:
    """
    ``text`` on ``script``'s code page, marks by their stand-ins; None where it does not fit.

    Not where a mark stands on an ASCII letter: its word is more than the
    letters' run, which is what the Latin words are read from.
    """
    page = _page(script)
    marked = text
    for mark in chars & page.marks.keys():
        if page.marks[mark] in chars:
            return None  # the stand-in is the text's own
        marked = marked.replace(mark, page.marks[mark])
    try:
        data = marked.encode(page.codec)
    except UnicodeEncodeError:
        return None  # a symbol the code page lacks: `unchanged` tells
    if marked is not text and _MARKED_ASCII.search(data.translate(page.shape)):
        return None
    return data


class _Twins(NamedTuple):
    text: str
    words: bytes  # its letters on its script's code page (`_Page.words`)
    script: str
    present: frozenset[str]


def _twins_stay_anywhere(twins: _Twins, stays: Stays) -> bool:
    """
    Whether rule 2 keeps every word of the script's twins wherever it stands.

    `settled._twins_stay` on the code page's letters: the text shows no
    swapping (no mixed word) and writes the script elsewhere, and each
    distinct word of twins is kept in any context; a lone letter whose
    verdict turns on its neighbours must be kept beside every kind of letter
    the text holds, so its places need not be looked up. False is no verdict.
    """
    text, script, present = twins.text, twins.script, twins.present
    if not _gives_in(GiveAway(text, present), _runs(script, present), 0, len(text), needed=1):
        return False
    found = _page(script).twin_words.findall(b" " + twins.words + b" ")
    return all(_stays_anywhere(raw, script, present, stays) for raw in set(found))


# Kinds of Latin words `settled_in_c` settles: none weighed, giving Latin away, of twins.
_SETTLED_KINDS = frozenset({None, _GIVER, LATIN})


def _latin_twins_stay(
    text: str, kind_of: dict[bytes, str | None], script: str, present: frozenset[str], stays: Stays
) -> bool:
    """
    Whether rule 2 keeps each Latin word of twins (of kind LATIN in ``kind_of``) where it stands.

    Where rule 2 keeps one in every context, beside every kind of neighbour,
    it stays wherever it stands, as the script's twin words do
    (`_stays_anywhere`). A lone capital whose verdict turns on its
    neighbours (``B`` opening a sentence before a small letter) is weighed
    where it stands, beside its own. A word whose verdict turns on its
    context (``a``, ``i`` read in Ukrainian) is left to `unchanged` (False).
    """
    placed: set[str] = set()
    for word, kind in kind_of.items():
        if kind != LATIN or _stays_anywhere(word, script, present, stays):
            continue
        letter = word.decode("ascii")
        if len(letter) != 1 or stays(letter, LATIN, None) is not None:
            return False
        placed.add(letter)
    return not placed or _capitals_stay(text, placed, stays)


def _capitals_stay(text: str, capitals: set[str], stays: Stays) -> bool:
    """
    Whether rule 2 keeps each lone Latin capital of ``capitals`` beside the words around it.

    Found where they stand whole by one pass of re (a run of capitals,
    ``NATO``, is no lone letter), each weighed beside its neighbours' first
    letters as `settled._twins_stay` weighs a lone Greek ``ο``.
    """
    backwards = text[::-1]  # the word before each is the word after it here, found by re
    for start, end in _whole_letters(_ASCII_CAPITALS).all_spans(text):
        if (letter := text[start:end]) not in capitals:
            continue
        if stays(letter, LATIN, _neighbour_letters(text, backwards, start, end)) is not True:
            return False
    return True


_ASCII_CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@lru_cache(maxsize=4096)
def _latin_kind(word: bytes, present: frozenset[str]) -> str | None:
    """`settled._kind` of an ASCII word, as bytes (words repeat across texts)."""
    return _kind(word.decode("ascii"), present)


@lru_cache(maxsize=16384)
def _stays_anywhere(raw: bytes, script: str, present: frozenset[str], stays: Stays) -> bool:
    """
    Whether ``stays`` keeps ``raw`` (a word on ``script``'s page) in any context, beside any letter.

    A word `settled._kind` does not weigh by rule 2 stays. A lone letter
    (Greek ``ο``) whose verdict turns on its neighbours (None without them)
    is asked beside each kind of letter its text may hold. Words repeat
    across texts, and so do these answers.
    """
    page = _page(script)
    word = raw.decode(page.codec)
    for mark, stand_in in page.marks.items():
        word = word.replace(stand_in, mark)
    if (source := _kind(word, present)) is None or source in (_MIXED, _GIVER):
        return True
    if (verdict := stays(word, source, None)) is not None:
        return verdict
    # Its neighbours are words of the text's letters: ASCII and ``script``'s.
    kinds = _neighbour_kinds(script)
    return all(stays(word, source, (before, after)) is True for before in kinds for after in kinds)


def lone_letter_questions() -> list[tuple[str, str, tuple[str, str]]]:
    """
    What `_stays_anywhere` may ask ``stays`` of a lone twin letter: (letter, script, neighbours).

    Each twin letter of each code page's script, beside each pair of
    neighbour kinds (`_neighbour_kinds`). A lone letter whose verdict turns
    on its neighbours (Greek ``ο``) is asked beside all of them, some 64
    verdicts of many rules each: `textclean.tables` ships the answers, so
    that a new process need not weigh them.
    """
    found = []
    for script, codec in _CODE_PAGES.items():
        low, high = _BLOCKS[script]
        letters = [
            char
            for char in bytes(range(256)).decode(codec, "replace")
            if low <= ord(char) <= high and char.isalpha() and char in LOOKALIKES[LATIN]
        ]
        kinds = _neighbour_kinds(script)
        found += [
            (letter, script, (before, after))
            for letter in letters
            for before in kinds
            for after in kinds
        ]
    return found


@lru_cache(maxsize=4)
def _neighbour_kinds(script: str) -> tuple[str, ...]:
    """
    A letter of each kind a word's neighbour may begin with here, and "" for none.

    Kinds as `_kept_in_any_context` reads them: script and case. The text's
    letters are ASCII ones and its script's basic block (`_only_script`).
    """
    low, high = _BLOCKS[script]
    letters = [chr(c) for c in range(low, high + 1) if chr(c).isalpha()]
    letters += [chr(c) for c in sorted(_ASCII_LETTERS)]
    kinds: dict[tuple[str | None, bool, bool], str] = {}
    for letter in letters:
        kinds.setdefault((script_of(letter), letter.islower(), letter.isupper()), letter)
    return ("", *kinds.values())


def _only_script(chars: frozenset[str]) -> str | None:
    """
    The script of a text's letters beyond ASCII, where they are all of its basic block; else None.

    ``chars``: the text's characters beyond plain ASCII (`notable_chars`).
    Any other letter, mark or digit there (accents, stress marks, a third
    script, the apostrophe ``ʼ``, superscripts), a character beyond the basic
    plane or a styled letter leaves the text to `unchanged`. Read from the
    text's classification (`CharSet.only_script`), made once a text.
    """
    if has_styled(chars):
        return None
    return CharSet.of(chars).only_script
