r"""
Teaser cards: a list of other articles told by a shape that repeats, after the body.

A block of links to other articles often has no header: the page lists
cards, each a headline, a short sentence of its text, and a line the card
repeats, a date, a reading time, a link label (``weiterlesen``, ``Link
zum Artikel``, ``Read article``)::

    Supermarkt des Jahres 2023
    Wir stellen Ihnen die nominierten Märkte vor.
    06.05.2023
    Kongress SdJ 2023
    Starke Referentinnen, starke Themen für Handel und Hersteller.
    12.06.2023

Such a line is a *mark*: a short line ending no sentence whose shape (its
text with each digit read as 0, casefolded) recurs at least three times,
at a regular distance of two to seven lines, and that is a date or time,
holds a cue word (not a comment's: "Reply" marks a thread), a word naming
an article (boxes.PAGE_NOUNS), or was removed already (not as
navigation); a refrain of a poem or a song is no mark, nor are marks
whose numbers go up (steps, pages). The lines between two marks are a
card when each holds a line that is no sentence and that no other card
holds (its headline), none is a long paragraph, and fewer than half are
cells without a word (a table's row: pages, hours, an X). The cards go as one block, with the lines
of the first card above the first mark and of the last below the last
mark that have the shape of the lines at the same place in the card
beside them, when two paragraphs of the body are above them and no two
paragraphs of prose follow them: a timeline or a list inside the article
has the body below it, and a list of cards that is the page has no body
above it.

A link to one other article may also stand alone in the body: a label of
related links opening the line, a separator drawn as an arrow, a guillemet,
dots or pluses (``À lire aussi » <headline>``, ``Weiterlesen … <headline>``,
``Vorheriger Artikel++ <headline>``), or glued to it, then a headline (a
capital first, no full stop at the end). Labels with a colon are the first
stage's (signals); a sentence that goes on after the label stays.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

import regex

from textclean._filters.boilerplate.boxes import PAGE_NOUNS
from textclean._filters.boilerplate.catalog import COMMENT_FORM, NAVIGATION, PROMPT, RELATED_LINKS
from textclean._filters.boilerplate.headlines import kicker_marks
from textclean._filters.boilerplate.lines import casefold
from textclean._filters.boilerplate.lists import inventory

if TYPE_CHECKING:
    from textclean._filters.boilerplate.blocks import Line
    from textclean._filters.boilerplate.signals import LineSignals

_MAX_MARK_CHARS = 40
_MAX_MARK_WORDS = 4
_MIN_MARKS = 3
_MIN_GAP = 2  # lines from one mark to the next: a card holds a line at least ...
_MAX_GAP = 7  # ... and six lines at most
_GAP_SPREAD = 2  # the distances between marks differ by this many lines at most
_MAX_CARD_WORDS = 60  # a teaser's sentence, not a paragraph of an article
_MAX_HEADLINE_WORDS = 20
_BODY_CHARS = 100  # a paragraph of the body
_MIN_BODY = 2  # paragraphs of the body above the cards
_SHAPE_RATIO = 3.0  # two lines at the same place in two cards: words within this ratio
_ENDS = (".", "!", "…", "。", "！")
# Each ASCII digit read as 0 (the other digits stay): a search in C, where
# str.translate looks each character of a text with quotes and dashes up alone.
_NONZERO_DIGIT = re.compile("[1-9]")
_WORD = regex.compile(r"[\p{L}'’]+")
_NUMBER = regex.compile(r"\d+")
_CELL_CHARS = 2
_LETTER = regex.compile(r"\p{L}")


def _mark_shape(text: str) -> bool:
    """Whether a short line may mark cards: a few words, no sentence."""
    return not text.endswith(_ENDS) and text.count(" ") < _MAX_MARK_WORDS


def _furniture_like(line: Line, removed: dict[int, str]) -> bool:
    """A date, a cue, a word naming an article, a verdict: no refrain, no number of a step."""
    why = removed.get(line.index)
    found = line.signals
    if why is not None:
        if why.startswith(COMMENT_FORM):
            return False  # a thread's line: threads.py reads it
        # Not a line read as a menu's for its place alone (a column of a
        # table), unless it is a date or a cue itself: the last card's date
        # between two removed lines went as navigation, and is still a mark.
        return not why.startswith(NAVIGATION) or (
            found is not None and (found.date_or_time or _cued(found))
        )
    if found is not None and (found.date_or_time or _cued(found)):
        return True
    return any(word.casefold() in PAGE_NOUNS for word in _WORD.findall(line.text))


def _cued(found: LineSignals) -> bool:
    """Cue words, none of a comment's ("Reply" marks a thread of comments, not of articles)."""
    return bool(found.cues) and all(category != COMMENT_FORM for category, _ in found.cues)


def _counted(lines: list[Line]) -> bool:
    """
    Whether the marks' first numbers go up at each mark: an enumeration or an order.

    Steps, slides and ranks count 1, 2, 3; a table of contents' pages and a
    schedule's days go up too. Lists of articles put the newest first.
    """
    numbers = [_NUMBER.search(line.text) for line in lines]
    if any(number is None for number in numbers):
        return False
    values = [int(number[0]) for number in numbers if number is not None]
    return all(b > a for a, b in itertools.pairwise(values))


def _comments(lines: list[Line]) -> bool:
    """Whether a line carries a comment's cue: a thread of comments, left to threads.py."""
    return any(
        line.signals is not None
        and any(category == COMMENT_FORM for category, _ in line.signals.cues)
        for line in lines
    )


def _headline(line: Line) -> bool:
    """A line of a card that is no sentence: a headline, a label, a name."""
    text = line.text.rstrip("\"'”’»)")
    return not text.endswith(_ENDS) and line.text.count(" ") < _MAX_HEADLINE_WORDS


def _words(line: Line) -> int:
    return line.text.count(" ") + 1


def _same_shape(a: Line, b: Line) -> bool:
    """Two lines at the same place in two cards: both sentences or both not, of like length."""
    if a.text.endswith(_ENDS) != b.text.endswith(_ENDS):
        return False
    small, large = sorted((_words(a), _words(b)))
    return large <= _SHAPE_RATIO * small


def _cell(text: str) -> bool:
    """A table's cell: a number, a range, a sign, a mark of two characters ("X")."""
    return len(text) <= _CELL_CHARS or _LETTER.search(text) is None


def _body(line: Line) -> bool:
    return line.prose and len(line.text) >= _BODY_CHARS


def find(content: list[Line], removed: dict[int, str]) -> None:
    """Mark the runs of teaser cards after the body, and labelled links (see the docstring)."""
    link_lines(content, removed)
    # The short lines' shapes are made and counted at once, in a few calls
    # for the whole text: most texts repeat no shape, and stop here.
    shorts = [
        (pos, text)
        for pos, line in enumerate(content)
        if not line.prose and not (text := line.text)[_MAX_MARK_CHARS:]
    ]
    if len(shorts) < _MIN_MARKS:
        return
    shapes = _NONZERO_DIGIT.sub("0", casefold("\n".join([text for _, text in shorts]))).split("\n")
    if len(set(shapes)) > len(shapes) - _MIN_MARKS + 1:
        return  # no shape recurs three times
    recurring = {shape for shape, n in Counter(shapes).items() if n >= _MIN_MARKS}
    if not recurring:
        return
    keyed: dict[str, list[int]] = defaultdict(list)
    for (pos, text), shape in zip(shorts, shapes, strict=True):
        if shape in recurring and _mark_shape(text):
            keyed[shape].append(pos)
    runs = [
        run
        for positions in keyed.values()
        if len(positions) >= _MIN_MARKS
        for run in _regular_runs(positions)
    ]
    if not runs:
        return
    body_before = _body_counts(content)
    for run in runs:
        marks = [content[pos] for pos in run]
        if _counted(marks):
            continue
        if all(_furniture_like(line, removed) for line in marks):
            _mark_cards(content, removed, run, body_before)
        elif kicker_marks(content, run):
            # a kicker opens its card: no line of the first card is above it
            _mark_cards(content, removed, run, body_before, above=False)


def _regular_runs(positions: list[int]) -> list[list[int]]:
    """Runs of three marks or more whose distances are alike and within a card's size."""
    runs: list[list[int]] = []
    run = [positions[0]]
    # The least and greatest distance in the run so far, kept as it grows:
    # working them out from the whole run at each mark was quadratic.
    least = greatest = 0
    for pos in positions[1:]:
        gap = pos - run[-1]
        low, high = (gap, gap) if len(run) == 1 else (min(least, gap), max(greatest, gap))
        if _MIN_GAP <= gap <= _MAX_GAP and high - low <= _GAP_SPREAD:
            run.append(pos)
            least, greatest = low, high
            continue
        if len(run) >= _MIN_MARKS:
            runs.append(run)
        run = [pos]
    if len(run) >= _MIN_MARKS:
        runs.append(run)
    return runs


def _body_counts(content: list[Line]) -> list[int]:
    """For each position, how many paragraphs of the body are above it."""
    counts, seen = [], 0
    for line in content:
        counts.append(seen)
        seen += _body(line)
    return counts


def _mark_cards(
    content: list[Line],
    removed: dict[int, str],
    run: list[int],
    body_before: list[int],
    *,
    above: bool = True,
) -> None:
    first, last = run[0], run[-1]
    cards = [content[a + 1 : b] for a, b in itertools.pairwise(run)]
    if _comments(content[first : last + 1]):
        return
    # Each card's headline is its own: a line that recurs (a page's or a
    # poster's name, "Unser Bayern" over each post of a feed) heads no card.
    seen = Counter(line.text for line in content[first : last + 1])
    for card in cards:
        if not any(_headline(line) and seen[line.text] == 1 for line in card):
            return
        if any(_words(line) > _MAX_CARD_WORDS for line in card):
            return
    # A row of a table (a course, its pages, its hours, "X" in a column) is
    # mostly cells without a word; a card is headlines, sentences, names.
    lines = [line for card in cards for line in card]
    if 2 * sum(_cell(line.text) for line in lines) >= len(lines):
        return
    # A card holding an inventory ("1 cup rice, 4 oz. chicken, ½ cup peas")
    # is an item of the article's list (a meal plan, a recipe), no teaser.
    if any(line.candidate is None and inventory(line.text) for line in lines):
        return
    gap = min(b - a for a, b in itertools.pairwise(run))
    start = first
    # The first card's lines above its mark: each shaped as the line as far above the second mark.
    while (
        above
        and first - start < gap - 1
        and start > 0
        and _same_shape(content[start - 1], content[start - 1 + run[1] - first])
        and _words(content[start - 1]) <= _MAX_CARD_WORDS
    ):
        start -= 1
    end = last
    while (
        end - last < gap - 1
        and end + 1 < len(content)
        and _same_shape(content[end + 1], content[end + 1 - (last - run[-2])])
        and _words(content[end + 1]) <= _MAX_CARD_WORDS
    ):
        end += 1
    if body_before[start] < _MIN_BODY or _body_follows(content, end + 1, removed):
        return
    mark = content[first].text[:30]
    why = f"{RELATED_LINKS}: {len(run) - 1} teaser cards or more, each with '{mark}' at one place"
    for line in content[start : end + 1]:
        removed.setdefault(line.index, why)


def _body_follows(content: list[Line], start: int, removed: dict[int, str]) -> bool:
    """Whether two paragraphs of prose follow one another after ``start``: the body goes on."""
    previous = False
    for line in content[start:]:
        if line.index in removed:
            previous = False
            continue
        now = _body(line)
        if now and previous:
            return True
        previous = now
    return False


# Separators drawn between a link's label and its headline; a colon is the
# first stage's (signals._label). Navigation and read-more labels (the prompt
# cue "Weiterlesen") count only with one of these, drawn, never a colon.
_LINK_SEPARATORS = frozenset("»›>|…+→–—·•")
_LINK_KINDS = frozenset({RELATED_LINKS, NAVIGATION, PROMPT})
_MIN_LINK_WORDS = 2
_HEADLINE_OPENERS = frozenset("0123456789\"'„“«")


def link_lines(content: list[Line], removed: dict[int, str]) -> None:
    """Mark lines that are a related-links label, a drawn separator and a headline."""
    for line in content:
        found = line.signals
        if found is None or not found.cue_opens or line.index in removed:
            continue
        category, cue = found.cues[0]
        if category in _LINK_KINDS and labelled_headline(line.text, cue):
            kind = NAVIGATION if category == NAVIGATION else RELATED_LINKS  # "Home » News »"
            removed[line.index] = f"{kind}: a link label '{cue}' and a headline after a separator"


def labelled_headline(text: str, cue: str) -> bool:
    """
    Whether ``text`` is the label ``cue``, a drawn separator (or none), and a headline.

        >>> labelled_headline("À lire aussi » Quel est votre profil digestif ?", "À lire aussi")
        True
        >>> labelled_headline("Weiterlesen, wenn Sie mehr wissen wollen.", "Weiterlesen")
        False
    """
    start = text.find(cue)
    if start < 0 or text[:start].strip(" \t*-–—[(«»›>|"):
        return False
    rest = text[start + len(cue) :]
    glued = rest[:1].isupper()  # "Nächster ArtikelFDP-Politiker ..."
    head = rest.lstrip(" \t")
    drawn = head[:1] in _LINK_SEPARATORS
    if not (glued or drawn):
        return False
    headline = head.lstrip(" \t" + "".join(_LINK_SEPARATORS)).rstrip()
    if not headline or not (
        headline[0].isupper() or headline[0].isdigit() or headline[0] in "\"'„“«"
    ):
        return False
    words = headline.count(" ") + 1
    return _MIN_LINK_WORDS <= words <= _MAX_HEADLINE_WORDS and not headline.endswith(".")
