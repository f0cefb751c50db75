"""
Lines a page prints on both sides of its article: the site's template, told by repetition.

A site's template frames every article the same way, and often prints the
same links twice: a menu at the top and again in the footer, a section's
name above the headline and in the breadcrumb below, an author's name in the
byline box and in the "more from" box, a phone number in the header and the
contact block. No cue word and no line shape names such lines; what gives
them away is that the page prints them **above the article and again below
it**. The article's own lines do not do this: a subheading, a list item, a
caption or a name in the body sits in the body.

The stage:

1. **Finds the body** as the stretch of lines that holds the most prose and
   the least furniture, as Finn, Kushmerick and Smyth's Body Text Extraction
   finds the part of a page with the most words and the fewest tags: each
   line weighs its words if it is prose (up to ``_PROSE_CAP``, so one long
   paragraph does not outweigh a page), and against if it is not (removed
   furniture ``_REMOVED``, a line with a cue of furniture ``_CANDIDATE``,
   any other short line ``_SHORT``); the body is the stretch of the greatest
   sum (Kadane's maximum subarray: one pass). It must hold a body's weight
   of prose (two paragraphs, or one of ``_BODY_CHARS``): a list of interface
   strings around a help sentence repeats them with no article to frame.
2. **Finds the title**: the last line above the body that is no prose and is
   not printed below it. Between the title and the body stand the article's
   own lines (a standfirst, key facts, a match's score, a byline), which a
   recap below the body may repeat: they are not the template's. The
   template is what is printed above the title. The line the page stage
   takes for the title (the last above the body that is no prose) stays
   even when printed below: a blog's archive list repeats its post's title.
3. **Folds each line** above the title and below the body to its letters and
   digits, casefolded (``Kontakt``, ``KONTAKT |`` and ``Kontakt »`` are one
   line); a line of digits alone or of fewer than two (a number, a bullet)
   is never one.
4. **Removes the lines printed on both sides**: a kept line there that does
   not read as prose (``page.short_text``) goes when the same folded line is
   printed above the title and below the body, whichever copy an earlier
   stage took; a run of lines a colon announces, or that holds a list the
   text gives (``lists``), stays, as in the page stage. A template frames
   with several lines: two folded lines (the title aside) must be printed on
   both sides, or the one line three times or more outside the article (a
   source's name under each teaser). One line alone printed once at the top
   and once at the bottom is the document's own: a recipe's yield, a
   letter's sender, a report's marking, a book's running head.

A text whose lines never repeat has nothing to find: ``may_mirror`` asks that
first, in one pass over the short lines of the text (an article of prose
repeats none), before the body is looked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textclean._filters.boilerplate.catalog import NAVIGATION
from textclean._filters.boilerplate.lists import given_by_text
from textclean._filters.boilerplate.page import (
    colon_introduced,
    prose_anchor,
    short_text,
    title_above,
)

if TYPE_CHECKING:
    from textclean._filters.boilerplate.blocks import Line

# The weights of lines in the body's sum (see the module docstring). A line of
# prose counts its words, up to a long sentence's; a wide-script line (no
# spaces: a line longer than _WIDE_WORD characters a word) counts a word for
# every two of its characters.
_PROSE_CAP = 40
_WIDE_WORD = 10
_REMOVED = -3.0
_CANDIDATE = -2.0
_SHORT = -1.0
_MIN_KEY = 2  # "»", "a", "(3)" are no lines a template prints twice; nor digits alone
_MAX_CHARS = 200  # longer lines are paragraphs, not a template's links
_MIN_MIRRORED = 2  # distinct lines: one alone is the document's own (a recipe's yield)
# A body of prose, as the page stage weighs a block: two paragraphs, or one this long.
_BODY_PARAGRAPHS = 2
_BODY_CHARS = 150


class _AlnumOnly(dict[int, int | None]):
    """str.translate's table that drops every character but letters and digits (filled as met)."""

    def __missing__(self, code: int) -> int | None:
        kept = code if chr(code).isalnum() or code == _LINE_BREAK else None
        self[code] = kept
        return kept


_LINE_BREAK = ord("\n")  # kept, so that lines joined fold as each alone (may_mirror)
_ALNUM_ONLY = _AlnumOnly()


def fold(text: str) -> str:
    """
    A line as the template prints it: its letters and digits, casefolded ('' if too few).

    No pattern is run: a table drops the other characters, in C.

        >>> fold("KONTAKT »") == fold("Kontakt") == "kontakt"
        True
        >>> fold("(12)"), fold("»")
        ('', '')
    """
    key = text.casefold().translate(_ALNUM_ONLY)
    return "" if len(key) < _MIN_KEY or key.isdigit() else key


def may_mirror(content: list[Line]) -> bool:
    """
    Whether two lines that are no prose fold the same (else mirrored_lines finds nothing).

    Folded all at once: one casefold and one translation of the lines joined
    (a line break is kept, and folds to itself), not a call for each line.
    """
    texts = [line.text for line in content if not line.prose and len(line.text) <= _MAX_CHARS]
    if len(texts) < 2:  # (two copies)
        return False
    keys = [
        key
        for key in "\n".join(texts).casefold().translate(_ALNUM_ONLY).split("\n")
        if len(key) >= _MIN_KEY and not key.isdigit()
    ]
    return len(set(keys)) < len(keys)


def mirrored_lines(content: list[Line], removed: dict[int, str]) -> None:
    """Mark the kept short lines outside the body that the page prints both above and below it."""
    first, last = body(content, removed)
    if first < 0 or not _article(content, removed, first, last):
        return
    below = range(last + 1, len(content))
    sides = _sides(content, range(first), below)
    if 3 not in sides.values():
        return
    # The article starts at its title: the last line above the body that is no
    # prose and not printed below it. Between it and the body stand the
    # article's own lines (a standfirst, key facts, a match's score, a byline),
    # which a recap below may repeat; the template is printed above the title.
    gone = [line.index in removed for line in content]
    title = next(
        (
            pos
            for pos in range(first - 1, -1, -1)
            if not gone[pos]
            and not content[pos].prose
            and (key := fold(content[pos].text))  # words: not a score, a date or a bullet
            and sides.get(key) != 3
        ),
        0,
    )
    sides = _sides(content, range(title), below)
    # The line the page stage takes for the title stays too, though printed
    # below (a blog's post title in its archive list, over a byline).
    headline = title_above(content, first, gone)
    # A template frames an article with several lines (menu links, a section,
    # a contact), whether an earlier stage took them or not; one line alone
    # printed at the top and the bottom is the document's own, repeated on
    # purpose: a recipe's yield, a letter's sender, a report's marking, a
    # book's running head.
    framing = {key for key, side in sides.items() if side == 3}
    if headline is not None:
        framing.discard(fold(content[headline].text))
    outside = (range(title), below)
    if len(framing) < _MIN_MIRRORED and not _printed_thrice(content, outside, framing):
        return
    where = f"the body (lines {content[first].index + 1}-{content[last].index + 1})"
    for run in _runs(content, gone, outside):
        if colon_introduced(content, run[0]) or given_by_text(content, run):
            continue  # a list the text announces or gives (as the page stage keeps it)
        for pos in run:
            line = content[pos]
            if not gone[pos] and pos != headline and fold(line.text) in framing:
                removed[line.index] = (
                    f"{NAVIGATION}: {len(line.text.split())} words, no prose, printed both "
                    f"above the title and below {where} (the page repeats {len(framing)} such "
                    "line(s) there), as a site's template frames its articles"
                )


def _printed_thrice(content: list[Line], regions: tuple[range, ...], framing: set[str]) -> bool:
    """Whether a framing line is printed thrice or more outside the article (a source's name)."""
    copies = sum(
        1
        for region in regions
        for pos in region
        if len(content[pos].text) <= _MAX_CHARS and fold(content[pos].text) in framing
    )
    return copies > 2


def _article(content: list[Line], removed: dict[int, str], first: int, last: int) -> bool:
    """
    Whether the body holds a body's weight of prose: two paragraphs, or one of ``_BODY_CHARS``.

    As the page stage weighs a block of prose. A list of interface strings
    around a help sentence ("Log out" above and below "Wrong password.")
    repeats its strings with no article to frame.
    """
    paragraphs = weight = 0
    for pos in range(first, last + 1):
        line = content[pos]
        if line.index not in removed and (line.prose or prose_anchor(line)):
            paragraphs += 1
            weight += len(line.text)
            if paragraphs >= _BODY_PARAGRAPHS or weight >= _BODY_CHARS:
                return True
    return False


def _sides(content: list[Line], above: range, below: range) -> dict[str, int]:
    """Each folded short line of the two regions: 1 printed above, 2 below, 3 both."""
    sides: dict[str, int] = {}
    for side, region in ((1, above), (2, below)):
        for pos in region:
            text = content[pos].text
            if len(text) <= _MAX_CHARS and (key := fold(text)):
                sides[key] = sides.get(key, 0) | side
    return sides


def _runs(content: list[Line], gone: list[bool], regions: tuple[range, ...]) -> list[list[int]]:
    """The runs of removed lines and short lines that are no prose, in each region."""
    runs: list[list[int]] = []
    for region in regions:
        run: list[int] = []
        for pos in region:
            line = content[pos]
            if gone[pos] or (
                not line.prose and len(line.text) <= _MAX_CHARS and short_text(line.text)
            ):
                run.append(pos)
                continue
            if run:
                runs.append(run)
                run = []
        if run:
            runs.append(run)
    return runs


def body(content: list[Line], removed: dict[int, str]) -> tuple[int, int]:
    """
    The first and last position of the stretch of most prose and least furniture, or (-1, -1).

    Kadane's maximum subarray over the lines' weights (see the module docstring).
    """
    best, first, last = 0.0, -1, -1
    total, start = 0.0, 0
    for pos, line in enumerate(content):
        if total <= 0:
            total, start = 0.0, pos
        total += _weight(line, removed)
        if total > best:
            best, first, last = total, start, pos
    return first, last


def _wide(ch: str) -> bool:
    """A character of a script written without spaces (CJK ideographs, kana, hangul)."""
    return "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or "\uf900" <= ch <= "\ufaff"


def _weight(line: Line, removed: dict[int, str]) -> float:
    if line.index in removed:
        return _REMOVED
    if line.prose or prose_anchor(line):
        text = line.text
        words = len(text.split())
        if len(text) > _WIDE_WORD * words:  # few spaces: Chinese, Japanese, Korean
            words += sum(1 for ch in text[: _PROSE_CAP * 2] if _wide(ch)) // 2
        return float(min(words, _PROSE_CAP))
    return _CANDIDATE if line.candidate is not None else _SHORT
