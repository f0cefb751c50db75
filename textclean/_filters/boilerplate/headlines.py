r"""
Lists of other articles without a header: a run of headlines below the end of the body.

A page prints links to other articles under a header ("Related", "Weitere
Artikel"; blocks.header_blocks and cards take those) or with none: the
headlines alone, one a line, between the article's last paragraph and the
rest of the page's furniture::

    ... the last paragraph of the article.
    Night buses return to the island after a summer without them
    Council votes to keep the harbour library open on Sundays
    Why the old breakwater is drawing seals back to the bay
    Share this article

No word marks such a list; its shape and place do. A *headline* here is a
line of three to twenty words that opens with a capital, a digit or an
opening quote, ends no sentence or clause (a question mark, or an ellipsis
that cuts a headline short, may end it) and enumerates nothing (two commas:
a course's topics, a list of names). The lines go when at least three
stand in a row below the body's last paragraph (a paragraph of prose above
it, none below), with nothing between them but removed dates and counters,
right under that paragraph, a sentence, or furniture already removed, and
touching furniture: a removed line above or below the run, or the end of
the text with furniture removed below the body.

What the text's own lists look like keeps them: more than a handful of
lines in the run (``_MAX_RUN``), a label or a sentence with
a colon just above (``Method``, ``I'll sum them up:``; a label web took as a
menu's item counts as the text's too), a line repeated (a refrain), lengths
far apart, most lines opening with a number (steps, years, quantities), two
fields or more (``Penetration: 220 – 250``, ``Referee: J. Ugalde``: a data
sheet, a match's facts), or the stopword density of running speech (a song's
or a poem's lines; headlines have fewer). Only the lines below the body's
last paragraph are read: most texts end with a paragraph, and cost a look at
their last line (this stage's gate).
"""

from __future__ import annotations

import itertools
from collections import Counter
from typing import TYPE_CHECKING

import regex

from textclean._filters.boilerplate.catalog import NAVIGATION, RELATED_LINKS
from textclean._filters.boilerplate.signals import stopword_density

if TYPE_CHECKING:
    from textclean._filters.boilerplate.blocks import Line

_BODY_CHARS = 100  # a paragraph of the body
_MIN_BODY = 2  # paragraphs of the body above the run
_MIN_RUN = 3  # headlines in a row
# A page's list of other articles prints a handful (3 to 9 lines in every
# run this stage took on the tune parts of bench/realpages, realpages2 and
# realpages3); a longer run of headline-shaped lines is a list the text
# gives: a discography, a product table's rows, a listicle's items.
_MAX_RUN = 12
_MAX_TAIL = 200  # lines below the body's last paragraph read at most
_MIN_WORDS = 3  # a menu's link or a label is shorter
_MAX_WORDS = 20  # a paragraph is longer
_MAX_LENGTH_RATIO = 4.0  # the longest headline of a run at most this many times the shortest
_MAX_STOPWORDS = 0.5  # running speech (a song, a poem) is as dense or denser
_ENDS = (".", "!", ":", ";", ",", "。", "！", "-", "–")
_CUT = ("…", "...")
_MAX_COMMAS = 2
_MAX_KICKER_WORDS = 3
_MIN_KICKER_CHARS = 3
_MAX_JOINING_WORDS = 4
_DIGIT = regex.compile(r"\d")
_MAX_LABEL_WORDS = 2
_MAX_VALUE_WORDS = 4  # words and the space after the colon: a value of three words
_MIN_FIELDS = 2
_OPENERS = frozenset("\"'„“«‹¿¡([")
_CLOSERS = "\"'”’»›)]"


def body_end(content: list[Line], removed: dict[int, str]) -> int:
    """
    The position of the body's last paragraph, or -1 if no paragraph has another above it.

    Read from the end: most texts end with a paragraph. Furniture is short
    lines, so a text whose last paragraph is far from its end stops early:
    no more than ``_MAX_TAIL`` lines are asked.
    """
    size = len(content)
    stop = max(-1, size - 1 - _MAX_TAIL)
    for last in range(size - 1, stop, -1):
        line = content[last]
        if line.prose and len(line.text) >= _BODY_CHARS and line.index not in removed:
            # a paragraph above it: one is no body (_MIN_BODY with this one)
            for pos in range(last):
                above = content[pos]
                if above.prose and len(above.text) >= _BODY_CHARS and above.index not in removed:
                    return last
            return -1
    return -1


def tail_headlines(content: list[Line], removed: dict[int, str], last: int) -> None:
    """Mark the runs of headlines between the body's last paragraph (``last``) and furniture."""
    if len(content) - 1 - last < _MIN_RUN:
        return
    run: list[int] = []
    for pos in range(last + 1, len(content) + 1):
        line = content[pos] if pos < len(content) else None
        if line is not None and line.index in removed and _joins(line.text):
            continue  # a removed date or counter between headlines joins them
        if line is not None and _headline(line.text):
            run.append(pos)
            continue
        if _MIN_RUN <= len(run) <= _MAX_RUN:
            _mark_run(content, removed, run, last, end=line is None)
        run = []


def _mark_run(
    content: list[Line], removed: dict[int, str], run: list[int], last: int, *, end: bool
) -> None:
    texts = [content[pos].text for pos in run]
    if not _list_of_headlines(texts):
        return
    above, below = run[0] - 1, run[-1] + 1
    label = content[above]
    why_above = removed.get(label.index) if above > last else None
    if why_above is None:
        gone_above = False
        if label.text.endswith(":") or (above > last and not label.prose):
            return  # a list the text announces ("Method", "I'll sum them up:")
    elif why_above.startswith(NAVIGATION):
        # A label that went as a menu's item (web takes short lines at the
        # ends) may be the text's own ("Method"): only other furniture counts.
        return
    else:
        gone_above = True
    touches = (
        gone_above
        or (below < len(content) and content[below].index in removed)
        or (end and any(line.index in removed for line in content[last + 1 :]))
    )
    if not touches:
        return
    why = (
        f"{RELATED_LINKS}: one of {len(run)} headlines in a row below the body's last paragraph, "
        "beside other furniture"
    )
    for pos in run:
        removed[content[pos].index] = why


def _body(line: Line, removed: dict[int, str]) -> bool:
    return line.prose and len(line.text) >= _BODY_CHARS and line.index not in removed


def _headline(text: str) -> bool:
    """Three to twenty words, a capital, digit or quote first, no sentence's end, no enumeration."""
    words = text.count(" ") + 1
    if not _MIN_WORDS <= words <= _MAX_WORDS:
        return False
    first = text[0]
    if not (first.isupper() or first.isdigit() or first in _OPENERS):
        return False
    if text.count(",") >= _MAX_COMMAS:
        return False  # an enumeration (topics of a course, a list of names)
    bare = text.rstrip(_CLOSERS)
    return not bare.endswith(_ENDS) or bare.endswith(_CUT)


def _joins(text: str) -> bool:
    """A removed line that joins the headlines around it: a date, a count, a few words."""
    return text.count(" ") < _MAX_JOINING_WORDS and _DIGIT.search(text) is not None


def _field(text: str) -> bool:
    """A data sheet's field: a label of a word or two, a colon, a value of a few words."""
    label, colon, value = text.partition(":")
    return (
        bool(colon) and label.count(" ") < _MAX_LABEL_WORDS and value.count(" ") <= _MAX_VALUE_WORDS
    )


def _list_of_headlines(texts: list[str], max_stopwords: float = _MAX_STOPWORDS) -> bool:
    """Distinct lines of like length, not numbered, no fields, not worded as running speech."""
    if len(set(texts)) < len(texts):
        return False  # a refrain
    if sum(map(_field, texts)) >= _MIN_FIELDS:
        return False  # a data sheet, a match's facts
    if 2 * sum(text[0].isdigit() for text in texts) > len(texts):
        return False  # steps, years, quantities
    sizes = [len(text) for text in texts]
    if max(sizes) > _MAX_LENGTH_RATIO * min(sizes):
        return False
    words = [word for text in texts for word in text.casefold().split()]
    return stopword_density(words) < max_stopwords


def kicker_marks(content: list[Line], run: list[int]) -> bool:
    """
    Whether the lines that mark a run of cards (teasers.py) are kickers over the headlines.

    A kicker is a section's or topic's label printed over each headline of a
    list (``AUTO NEWS``, ``Politik``, ``Neue Rechte``): a word or three, a
    capital first, no digit, no stopword, longer than a table cell's mark
    ("X"). Each card under it holds a headline of its own. A refrain of a
    song or a poem recurs as regularly, but the lines between are running
    speech, as dense with stopwords as a song's (see _MAX_STOPWORDS); a list
    of headlines and teasers is not.
    """
    text = content[run[0]].text  # (the marks share a shape: one is asked)
    words = text.casefold().split()
    if (
        len(words) > _MAX_KICKER_WORDS
        or len(text) < _MIN_KICKER_CHARS  # a table's mark ("X", "ja")
        or not text[0].isupper()
        or _DIGIT.search(text) is not None
        or stopword_density(words) > 0
    ):
        return False
    # Each card holds a headline of its own: no sentence or question, a letter
    # or quote first (a counter "3 von 17", a step's sentence under a widget's
    # label "Bild anzeigen", a question under "Interviewer" is none).
    seen = Counter(content[pos].text for pos in range(run[0] + 1, run[-1]))
    for start, stop in itertools.pairwise(run):
        if not any(
            seen[content[pos].text] == 1
            and _headline(text := content[pos].text)
            and not text[0].isdigit()
            and not text.endswith("?")  # an interview's question under "Frage"
            for pos in range(start + 1, stop)
        ):
            return False
    between = [word for text in seen for word in text.casefold().split()]
    return bool(between) and stopword_density(between) < _MAX_STOPWORDS


# Asked by counted.py of the lists a count announces.
headline = _headline
headline_list = _list_of_headlines
