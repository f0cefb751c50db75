"""
The page stage: find the main block of prose, and drop the runs of short lines outside it.

Text extracted from a whole page (the largest ``<article>`` or ``<main>``
element, one paragraph a line) carries the page around the article: menus,
footers, lists of countries or links, dates and counters. No cue word names
such lines; what gives them away is where they sit. As jusText classifies a
page's paragraphs by length and stopword density and then by their
neighbours, this stage:

1. **Finds anchors**, lines that are paragraphs of prose: at least
   ``_ANCHOR_CHARS`` characters, no candidate of the first stage, and a
   stopword density of prose (jusText's measure, from its stoplists); a line
   ending no sentence, as text wrapped at a fixed width breaks them, needs
   more stopwords. A menu item, a headline, a date or a country is never one.
2. **Groups anchors into blocks**: anchors with fewer than ``_GAP_LINES``
   lines that are not prose between them are one block. The main block runs
   from the first block with a body's weight (two anchors, or one of
   ``_BLOCK_CHARS``) to the last one, with whatever lies between (a long
   table, a list in the body); a lone teaser amid a menu is no body.
3. **Drops runs outside it**: before the main block and after it, a run of
   lines that do not read as prose (``_short``) goes when it reaches the
   start or the end of the text and has ``_MIN_RUN`` lines (a page's menu or
   footer, not a title and its tags; ``web`` takes shorter runs), or, between
   two lines of prose, when it is as long as a gap that parts blocks. A run
   a colon announces is a list of the text and stays, and so does a run
   that holds an inventory or numbers on from the list above it (``lists``:
   a meal plan, a recipe, a numbered list of products); so does the title,
   the last line above the main block that is not prose, and every line of prose.

A text without an anchor (a list of interface strings, a glossary, a poem)
has no main block, and this stage removes nothing from it. The cost is one
pass over the lines, and one stopword count for each line long enough to be
an anchor or many words long.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from textclean._filters.boilerplate.catalog import CREDIT, NAVIGATION
from textclean._filters.boilerplate.lines import per_text
from textclean._filters.boilerplate.lists import given_by_text
from textclean._filters.boilerplate.sheets import keep_sheets
from textclean._filters.boilerplate.signals import signals, stopword_density, table_fields

if TYPE_CHECKING:
    from textclean._filters.boilerplate.blocks import Line

# An anchor: a paragraph of prose, as long as this and with this stopword
# density (jusText calls prose "good" from 0.32 in English; German and French
# compounds and names run lower, so a little less).
_ANCHOR_CHARS = 70
_ANCHOR_STOPWORDS = 0.2
_WRAPPED_ANCHOR_STOPWORDS = 0.3
_ANCHOR_MEASURED_WORDS = 60  # the density of a paragraph's first words is its density
# Short lines between two anchors that still make one block (subheadings,
# a list in the body, a photo caption); more split the page into blocks.
_GAP_LINES = 8
# A block of this many anchors is a body of its own and joins the main one.
_BLOCK_ANCHORS = 2
_BLOCK_CHARS = 150
# Prose of an article's weight in the main block (a few paragraphs); a
# lighter main block is a page's only amid this many lines of a page around
# it (three runs of furniture: on real pages a light article has 15 or more,
# a list of interface strings with a help text has a few).
_ARTICLE_CHARS = 400
_PAGE_AROUND_LINES = 15
# The fewest lines outside the main block, not prose, that make furniture.
# Lines that may stand between the title and the first paragraph: a
# standfirst of a sentence or two, a dateline.
_ABOVE_TITLE = 3
# Between two stray lines of prose outside the main block: a gap's length,
# or in web a menu's.
_INNER_RUN = {False: _GAP_LINES, True: 4}
# A sentence this short between two lines of furniture is furniture in web
# (jusText's short paragraphs: 70 characters).
_SHORT_SENTENCE_CHARS = 70
_MIN_RUN = {False: 5, True: 2}
# Lines that are furniture by their own signals in a run: one in this many.
_MARKED_SHARE = 4
_CLAUSE_ENDS = tuple(".!?…。！？:;")
_SENTENCE_ENDS = tuple(".!?…。！？")
# A credit line: a caption and an owner after ©, or the owner alone.
_MAX_CREDIT_CHARS = 160
_MAX_OWNER_WORDS = 8
_WIDE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_WIDE_PROSE = 8  # characters that write a sentence (each a word or more), not a menu's link
# A line this long with jusText's stopword density of prose, beside a
# paragraph of prose, continues it.
_NEAR_WORDS = 5
_NEAR_STOPWORDS = 0.3
_BULLETS = ("- ", "– ", "— ", "• ", "* ", "· ", "▪ ")
_CLOSERS = "\"'”’»)"
# A line of this many words with the stopwords of prose reads as prose even
# without an ending (a sentence broken across lines): it stays.
_PROSE_WORDS = 8


def outside_main_block(content: list[Line], removed: dict[int, str], *, web: bool) -> None:
    """
    Mark the lines outside the main block of prose that make runs of furniture, with reasons.

    Lines the first stage removed count in the runs they sit in (a footer
    whose links it knew is still a footer), but keep their own reasons.
    """
    if not _may_hold_furniture(content, removed, min(_MIN_RUN[web], _INNER_RUN[web])):
        return  # an article of prose with a title or a line or two (most texts)
    gone = [line.index in removed for line in content]
    anchors = [pos for pos, line in enumerate(content) if not gone[pos] and prose_anchor(line)]
    if not anchors:
        return  # no paragraph of prose: nothing tells the page from the article
    first, last = _main_block(content, anchors)
    if not _page_shaped(content, anchors, first, last):
        return  # a short paragraph among a few short lines: strings with a help text
    _owner_credits(content, removed)
    title = title_above(content, first, gone)
    block = f"the main block of prose (lines {content[first].index + 1}-{content[last].index + 1})"
    for where, region in (("before", range(first)), ("after", range(last + 1, len(content)))):
        for run, edge in _runs(content, region, gone, skip=title, web=web):
            if (
                len(run) < (_MIN_RUN[web] if edge else _INNER_RUN[web])
                or colon_introduced(content, run[0])
                or given_by_text(content, run)
            ):
                continue
            at_edge = " at the edge of the text" if edge else ""
            for pos in run:
                if not gone[pos]:
                    line = content[pos]
                    removed[line.index] = (
                        f"{NAVIGATION}: {_shape(line)}; one of a run of {len(run)} such lines "
                        f"{where} {block}{at_edge}"
                    )


def left_by_place(content: list[Line], removed: dict[int, str], *, web: bool) -> list[Line]:
    """
    The lines that stay now and that the next reading would take as furniture by place alone.

    remove_boilerplate reads the lines it kept again (RemoveBoilerplate._find):
    a stage after this one that removes paragraphs of prose (teasers of
    other articles) moves the end of the main block, and lines inside it
    until then may go in that reading as a run at the edge. This reads the
    lines that stay, as the next reading will, and lists those.
    """
    staying = [line for line in content if line.index not in removed]
    found: dict[int, str] = {}
    outside_main_block(staying, found, web=web)
    keep_sheets(staying, found)  # (as the reading does after all its stages)
    return [line for line in staying if line.index in found]


def marked(lines: list[Line], removed: dict[int, str]) -> bool:
    """
    Whether a quarter of the lines or more are furniture by their own signals.

    A line counts that is a candidate of the first stage or that a stage
    removed: a run after a body that a page's template prints ("Post
    navigation", two headlines, "20 comments") has such lines; an article's
    list (its equipment, its specifications) has none, or a stray one.
    """
    furniture = sum(line.index in removed or line.candidate is not None for line in lines)
    return furniture * _MARKED_SHARE >= len(lines)


def _may_hold_furniture(content: list[Line], removed: dict[int, str], shortest: int) -> bool:
    """Whether a run could be found: as many lines in a row removed or not prose, or a ``©``."""
    current = 0
    for line in content:
        if line.prose and line.index not in removed:
            current = 0
            continue
        current += 1
        if current >= shortest or "©" in line.text:
            return True
    return False


def _owner_credits(content: list[Line], removed: dict[int, str]) -> None:
    """
    Mark the short lines that name an owner after ``©`` as credits, wherever they sit.

    A caption and its picture's owner ("Harbour at dawn © Jane Roe/Agency"),
    or the owner alone, in a text with a paragraph of prose: a sentence that
    mentions the sign ends like one, and stays.
    """
    for line in content:
        text = line.text
        if "©" not in text or line.prose or line.index in removed or len(text) > _MAX_CREDIT_CHARS:
            continue
        owner = text.rpartition("©")[2].split()
        if 0 < len(owner) <= _MAX_OWNER_WORDS and not text.rstrip(_CLOSERS).endswith(
            _SENTENCE_ENDS
        ):
            removed[line.index] = (
                f"{CREDIT}: an owner of {len(owner)} words after ©, no sentence ending, "
                "in a text with a paragraph of prose"
            )


def _runs(
    lines: list[Line], region: range, gone: list[bool], skip: int | None, *, web: bool
) -> list[tuple[list[int], bool]]:
    """
    The runs of lines that do not read as prose in a region, each with whether it reaches an end.

    A run at the start or the end of the text is the page's edge; a run
    between two lines of prose may be a list the article gives. In web, a
    short sentence between two such lines joins them, as jusText classes a
    short paragraph by its neighbours ("Welche Arten von Vertretungen gibt es?"
    amid a menu).
    """
    furniture = {pos: pos != skip and (gone[pos] or _short(lines[pos])) for pos in region}
    for pos in table_fields(["" if gone[pos] else lines[pos].text for pos in region]):
        furniture[region[pos]] = False
    for pos in region:
        if not web and furniture[pos] and not gone[pos] and _near_prose(lines, gone, pos):
            furniture[pos] = False
    if web:
        for pos in region:
            if (
                not furniture[pos]
                and pos != skip
                and len(lines[pos].text) < _SHORT_SENTENCE_CHARS
                and furniture.get(pos - 1, False)
                and furniture.get(pos + 1, False)
            ):
                furniture[pos] = True  # read from the first pass's classes: one pass, any order
    runs: list[tuple[list[int], bool]] = []
    run: list[int] = []
    for pos in region:
        if pos == skip:
            continue
        if furniture[pos]:
            run.append(pos)
            continue
        if run:
            runs.append((run, run[0] == 0))
            run = []
    if run:
        runs.append((run, run[0] == 0 or run[-1] == len(lines) - 1))
    return runs


def _near_prose(lines: list[Line], gone: list[bool], pos: int) -> bool:
    """
    Whether a short line reads as prose and touches a paragraph of prose: it continues the text.

    jusText's near-good paragraphs: a line of several words with the stopword
    density of prose beside a paragraph of prose is the text's (the last item
    of a list, a heading or sentence the page broke short), not a menu's link.
    """
    line = lines[pos]
    if line.signals is None or line.signals.words < _NEAR_WORDS:
        return False
    if _density(line.text) < _NEAR_STOPWORDS:
        return False
    return any(
        0 <= near < len(lines) and not gone[near] and _paragraph(lines[near])
        for near in (pos - 1, pos + 1)
    )


def _paragraph(line: Line) -> bool:
    """A line of prose with a sentence's words, not a short question or a headline."""
    return len(line.text.split(maxsplit=_PROSE_WORDS)) > _PROSE_WORDS and not _short(line)


def colon_introduced(lines: list[Line], start: int) -> bool:
    """Whether the line opening a run, or the one above, announces a list: it ends with a colon."""
    return any(lines[pos].text.endswith(":") for pos in (start - 1, start) if pos >= 0)


def prose_anchor(line: Line) -> bool:
    """
    A paragraph of prose: long, no candidate, stopwords of prose.

    A line that ends no sentence or clause needs more stopwords: text wrapped
    at a fixed width breaks its sentences across lines.
    """
    text = line.text
    if len(text) < _ANCHOR_CHARS or line.candidate is not None:
        return False
    needed = (
        _ANCHOR_STOPWORDS
        if text.rstrip(_CLOSERS).endswith(_CLAUSE_ENDS)
        else _WRAPPED_ANCHOR_STOPWORDS
    )
    return _density(text) >= needed


@per_text  # every anchor is asked again in each reading, and by _near_prose, short_text
def _density(text: str) -> float:
    words = text.casefold().split(maxsplit=_ANCHOR_MEASURED_WORDS)[:_ANCHOR_MEASURED_WORDS]
    return stopword_density(words)


def _main_block(lines: list[Line], anchors: list[int]) -> tuple[int, int]:
    """The first and last position of the main block of prose (see the module docstring)."""
    blocks: list[list[int]] = [[anchors[0]]]
    for pos in anchors[1:]:
        gap = sum(1 for between in range(blocks[-1][-1] + 1, pos) if not lines[between].prose)
        if gap >= _GAP_LINES:
            blocks.append([pos])
        else:
            blocks[-1].append(pos)
    bodies = [block for block in blocks if _body(lines, block)]
    if not bodies:
        bodies = [max(blocks, key=lambda block: sum(len(lines[pos].text) for pos in block))]
    return bodies[0][0], bodies[-1][-1]


def _page_shaped(lines: list[Line], anchors: list[int], first: int, last: int) -> bool:
    """
    Whether the text around the main block reads as a page: an article, or a page's furniture.

    A main block of an article's weight makes a page; a lighter one (a
    teaser, a short notice) does only amid a page's worth of lines around
    it, a menu and a footer. A list of interface strings holding a help text
    or two has a few short lines around it, which are its content.
    """
    weight = sum(len(lines[pos].text) for pos in anchors if first <= pos <= last)
    return weight >= _ARTICLE_CHARS or first + len(lines) - 1 - last >= _PAGE_AROUND_LINES


def _body(lines: list[Line], block: list[int]) -> bool:
    """Prose of a body's weight: two paragraphs, or one of a long paragraph's width."""
    return (
        len(block) >= _BLOCK_ANCHORS or sum(len(lines[pos].text) for pos in block) >= _BLOCK_CHARS
    )


def title_above(lines: list[Line], first: int, gone: list[bool]) -> int | None:
    """
    The position of the article's title: the last line above the main block that is not prose.

    A standfirst of a sentence or two, or a dateline, may sit between it and
    the first paragraph; lines already removed are passed over.
    """
    seen = 0
    for pos in range(first - 1, -1, -1):
        line = lines[pos]
        if gone[pos]:
            continue
        if line.prose or (line.signals is not None and line.signals.date_or_time):
            seen += 1
            if seen > _ABOVE_TITLE:
                return None
            continue
        return pos
    return None


def _short(line: Line) -> bool:
    """
    A line that does not read as prose: not a sentence, nor many words with stopwords.

    A line of two words or more ending a sentence is never one, whatever its
    words: menus and link lists do not end with a full stop. Nor is an item
    marked with a bullet: extracted menus lose their bullets to the style sheet.
    """
    return not line.prose and short_text(line.text)


@per_text
def short_text(text: str) -> bool:
    """Whether a line that is no prose to the classifier does not read as prose here (_short)."""
    if text.startswith(_BULLETS):
        return False  # an item of a list the text writes out, not a menu's link
    if len(_WIDE.findall(text, endpos=_WIDE_PROSE * 4)) >= _WIDE_PROSE:
        return False  # Chinese, Japanese, Korean: a phrase of many words without spaces
    words = len(text.split(maxsplit=_PROSE_WORDS))
    if words >= 2 and text.rstrip(_CLOSERS).endswith(_SENTENCE_ENDS):
        return False
    return words <= _PROSE_WORDS or _density(text) < _ANCHOR_STOPWORDS


def _shape(line: Line) -> str:
    """The signals that make a line furniture, for its reason."""
    # A line the shortcuts passed unmeasured is measured for its reason, so
    # explain gives the same signals however the line was reached.
    found = line.signals if line.signals is not None else signals(line.text)
    parts = [f"{found.words} words", f"stopword density {found.stopword_density:.2f}"]
    if not found.sentence_end:
        parts.append("no sentence ending")
    if found.date_or_time:
        parts.append("a date or time")
    if found.separators:
        parts.append("separators")
    if found.url_or_handle:
        parts.append("a URL or handle")
    return ", ".join(parts)
