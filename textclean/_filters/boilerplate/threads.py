"""
Readers' comments: the furniture of a thread of units that repeat a name line and a date line.

A comment thread is told by its structure, not by its words: unit after unit
opens with a short line that names someone (``Aylin sagt:``, ``Red Bastard``,
``Kommentar von lana``) directly above a date or time (``20. November 2022 um
12:12 Uhr``, ``(22 juin 2018 @11h13)``), then the comment's text, often vote
counts and a reply button. Two such units or more after the body's first
paragraph, with a line already removed as a comment form among them or just
above the first (a count of comments, a reply button, ``Kommentar von``), make a
thread. Its furniture goes: each unit's name and date lines, the lines without
a letter (vote counts, ``:``), and a count of comments just above it
(``11 Antworten zu "<title>"``). In ``default`` the readers' text stays: it is
writing, which some corpora keep (trafilatura extracts comments on request),
and a filter of lines cannot tell a comment from a reply of the author that
belongs to the article. In ``web`` (corpora of articles) the whole thread
goes, each line's reason naming its comment (``body of comment 3 of 7``).

A list of events, a timetable or teasers of other articles repeat a title and a
date too: without a comment form's line in the list or just above it they stay.
"""

from __future__ import annotations

import bisect
import itertools
from typing import TYPE_CHECKING

from textclean._filters.boilerplate.catalog import COMMENT_FORM
from textclean._filters.boilerplate.signals import MAX_SCORED_CHARS, signals

if TYPE_CHECKING:
    from textclean._filters.boilerplate.blocks import Line

_MAX_NAME_SPACES = 4  # a name line: five words at most ("Kommentar von Jane Roe")
_MAX_NAME_CHARS = 60
_MAX_DATE_WORDS = 8  # "20. November 2022 um 12:12 Uhr"
_MAX_UNIT_LINES = 12  # a comment of more lines is no unit of a thread (and rare)
_MIN_UNITS = 2
_FORM_REACH = 3  # lines above the first unit where the thread's header may sit
_MAX_COUNT_WORDS = 12  # '11 Antworten zu “<the article's title>”'
_SENTENCE_ENDS = (".", "!", "?", "…", "。")


def comment_threads(content: list[Line], removed: dict[int, str], *, web: bool = False) -> None:
    """
    Mark each thread of readers' comments after the body's first paragraph; see the module.

    With ``web`` the whole thread goes, what the readers wrote included.
    """
    if not any(why.startswith(COMMENT_FORM) for why in removed.values()):
        return  # no comment form removed: no thread is told (most texts stop here)
    first_prose = next((pos for pos, line in enumerate(content) if line.prose), None)
    if first_prose is None:
        return  # no body
    heads = [
        pos - 1
        for pos in range(first_prose + 2, len(content))
        if (s := content[pos].signals) is not None
        and s.date_or_time  # tested here first: most lines are no date, and no call is made
        and _date_line(content[pos])
        and _name_line(content[pos - 1])
    ]
    start = 0
    while start < len(heads):
        end = start + 1
        while end < len(heads) and heads[end] - heads[end - 1] <= _MAX_UNIT_LINES:
            end += 1
        if end - start >= _MIN_UNITS:
            _mark_thread(content, heads[start:end], removed, web=web)
        start = end


def _mark_thread(
    content: list[Line], heads: list[int], removed: dict[int, str], *, web: bool
) -> None:
    """Mark the lines of one run of units, if a comment form's line is among them or above."""
    longest = max(b - a for a, b in itertools.pairwise(heads))
    last = heads[-1]
    stop = last + 2  # the last unit's name and date at least
    for pos in range(last + 2, min(last + longest + 1, len(content)) + 1):
        if pos == len(content) or content[pos].index in removed:
            stop = pos
            break
    reach = range(max(0, heads[0] - _FORM_REACH), stop)
    if not any(_comment_form(content[pos], removed) for pos in reach):
        return
    why = (
        f"{COMMENT_FORM}: the furniture of a thread of {len(heads)} readers' comments "
        "(units of a name line and a date line, with a comment form's line)"
    )
    header = heads[0] - 1
    counted = header >= 0 and _comments_count(content[header])
    if counted:
        removed.setdefault(content[header].index, why)
    if web:
        headed = f' headed "{content[header].text[:60]}"' if counted else ""
        units = len(heads)
        for pos in range(heads[0], stop):
            unit = bisect.bisect_right(heads, pos)
            part = "name and date" if pos - heads[unit - 1] < 2 else "body"
            removed.setdefault(
                content[pos].index,
                f"{COMMENT_FORM}: {part} of comment {unit} of {units} in a thread{headed} "
                "(units of a name line and a date line, with a comment form's line)",
            )
        return
    marks = {pos for head in heads for pos in (head, head + 1)}
    for pos in range(heads[0], stop):
        line = content[pos]
        if pos in marks or not any(c.isalpha() for c in line.text):
            removed.setdefault(line.index, why)


def _comment_form(line: Line, removed: dict[int, str]) -> bool:
    return removed.get(line.index, "").startswith(COMMENT_FORM)


def _date_line(line: Line) -> bool:
    s = line.signals
    return s is not None and s.date_or_time and s.words <= _MAX_DATE_WORDS and not line.prose


def _name_line(line: Line) -> bool:
    """A short line that may name a commenter: a few words, no sentence, no date."""
    text = line.text
    s = line.signals
    return (
        not line.prose
        and len(text) <= _MAX_NAME_CHARS
        and text.count(" ") <= _MAX_NAME_SPACES
        and not text.endswith(_SENTENCE_ENDS)
        and (s is None or not s.date_or_time)
    )


def _comments_count(line: Line) -> bool:
    """A count of comments above the thread: a number and a comment cue, no sentence."""
    if len(line.text) > MAX_SCORED_CHARS:
        return False
    s = line.signals or signals(line.text)  # a title in quotes may read as prose: measured here
    return (
        s.words <= _MAX_COUNT_WORDS
        and any(c.isdigit() for c in line.text)
        and any(cue == COMMENT_FORM for cue, _ in s.cues)
        and not line.text.endswith(_SENTENCE_ENDS)
    )
