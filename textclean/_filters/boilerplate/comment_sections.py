"""
Readers' comment sections after the article (``web`` only): header, readers' text, closing line.

A comment section is told by its frame, not by what the readers wrote (which
is prose like the article's): after the article's last paragraphs comes a
header of the section, then the comments, then often a line that closes it
(a comment form, ``Comments are closed.``, ``[ Read All Comments ]``).
Three headers:

- a count of comments (``12 comments``, ``120 Kommentare``, ``3 commentaires``):
  a mark of its own, over two lines or more and not beside a link to write
  one (``8 commenti`` / ``Scrivi un commento`` is a widget amid the article);
- a count over a quoted title, as blogs head their threads in every language
  (``10 thoughts on “Business focus”``, ``6 réflexions sur « … »``, ``4
  Antworten zu „…“``): a mark only with a line that closes the section;
- a short header with a comment word (``Comments``, ``Top Rated Comments``,
  ``Leserkommentare``): a mark only with a line that closes the section.

Everything from the header down to the closing line (or to the text's end)
goes, bodies included, in the ``web`` strength, whose users build corpora
of articles. ``default`` keeps what readers wrote (threads.py removes only a
thread's names, dates and counts): a filter of lines cannot be sure a
paragraph under such a header is no part of the article, and readers'
text is writing some corpora keep.

Where the article ends is read from the prose: the header needs three
paragraphs of prose above it, the last of them at most four lines above
(a count under the title has a byline and a date there), and the section no more prose than the
article (three times as much with a closing line: popular posts draw long threads).
A count of comments under the title, a Q&A, an interview or a transcript
(names over answers: no header counting comments), teaser cards each
with its count of comments, a forum thread whose
first post is short, and a list of testimonials in the body (more article
below, no closing line) stay.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from textclean._filters.boilerplate.catalog import COMMENT_FORM
from textclean._filters.boilerplate.signals import MAX_SCORED_CHARS, signals
from textclean._filters.boilerplate.vocabulary import REPLY_WORDS

if TYPE_CHECKING:
    from textclean._filters.boilerplate.blocks import Line
    from textclean._filters.boilerplate.signals import LineSignals

_MIN_PROSE_ABOVE = 3  # paragraphs of the article above the header
_REACH_ABOVE = 4  # the article's last paragraph is at most this many lines above the header
_PROSE_SHARE_ONE_MARK = 1  # the section's prose, at most this many times the article's
_PROSE_SHARE_TWO_MARKS = 3
_MAX_HEADER_WORDS = 4  # "Top Rated Comments", "Leserkommentare zum Artikel"
_MAX_HEADER_CHARS = 160  # a count over a title: "10 thoughts on “<the title>”"
_MAX_CLOSING_WORDS = 8
_MAX_CLOSING_CHARS = 80  # "Comments are closed.", "You must log in to post a comment."
_MIN_LINES_UNDER_A_COUNT = 2  # a count alone heads comments: more than one line of them
# A count, a word or two, and a title in quotes to the line's end: blogs' thread headers.
_COUNT_OVER_TITLE = re.compile(
    r"[1-9]\d{0,4}\s+\w+(?:\s+\w+){0,2}\s*[:\-–]?\s*"
    r"[\"“”„«»‘‚‹›「『].{3,}[\"“”„«»’‹›」』]"
)

REASON = "a section of readers' comments after the article"


def comment_sections(content: list[Line], removed: dict[int, str]) -> None:
    """Mark each section of readers' comments after the article, header to closing line."""
    # A cheap gate first: a header has a comment cue or opens with its count (most texts: none).
    heads = [
        pos
        for pos, line in enumerate(content)
        if (s := line.signals) is not None and (s.cues or line.text[0].isdigit()) and not line.prose
    ]
    if not heads:
        return
    prose_above = 0
    counted = 0  # content[:counted] is counted in prose_above
    done = 0  # lines before this are in a section already marked
    for pos in heads:
        if pos < done:
            continue
        prose_above += sum(line.prose for line in content[counted:pos])
        counted = pos
        line = content[pos]
        signals_ = line.signals
        if (
            prose_above >= _MIN_PROSE_ABOVE
            and signals_ is not None
            and (kind := _header(line, signals_)) is not None
            and any(content[near].prose for near in range(max(0, pos - _REACH_ABOVE), pos))
        ):
            done = _mark_section(content, pos, kind, prose_above, removed)


def _header(line: Line, s: LineSignals) -> str | None:
    """Which header of a comment section the line is: 'count', 'titled', 'bare'; None if none."""
    text = line.text
    if len(text) > _MAX_HEADER_CHARS or text.endswith((".", "!", "?", "…")):
        return None
    first = text[0]
    if not (first.isdigit() or first.isalpha() or first in "(["):
        return None
    if first.isdigit() and _COUNT_OVER_TITLE.fullmatch(text):
        return "titled"
    cues = [cue.casefold() for category, cue in s.cues if category == COMMENT_FORM]
    if cues and s.comment_count == 2:  # (a number counts them)
        return None if _zero_count(text) else "count"
    bare = (
        s.words <= _MAX_HEADER_WORDS
        and not s.comment_count
        # (a reply button, "Antworten", heads no section)
        and any(cue not in REPLY_WORDS for cue in cues)
    )
    return "bare" if bare else None


def _zero_count(text: str) -> bool:
    digits = re.search(r"\d+", text)
    return digits is not None and int(digits[0]) == 0


def _signals(line: Line) -> LineSignals | None:
    if line.signals is not None:
        return line.signals
    if len(line.text) > MAX_SCORED_CHARS:
        return None
    return signals(line.text)


def _closing(line: Line, removed: dict[int, str]) -> bool:
    """
    A line that closes a comment section: a comment word, not a reply button alone.

    ``Comments are closed.``, ``[ Read All Comments ]``, ``Kommentar schreiben``,
    or a reply word in a comment form's line already removed (``Leave a
    Reply``); a lone ``Reply`` or ``Antworten`` sits under every comment.
    """
    if line.signals is None and len(line.text) > _MAX_CLOSING_CHARS:
        return False  # a paragraph (most lines below a header): not measured
    s = _signals(line)
    if s is None or s.words > _MAX_CLOSING_WORDS:
        return False
    cues = [cue.casefold() for category, cue in s.cues if category == COMMENT_FORM]
    if any(cue not in REPLY_WORDS for cue in cues):
        return True
    # "Leave a Reply", "Antworten abbrechen": a form's line, not the button under a comment
    return bool(cues) and s.words > 1 and removed.get(line.index, "").startswith(COMMENT_FORM)


def _mark_section(
    content: list[Line], head: int, kind: str, prose_above: int, removed: dict[int, str]
) -> int:
    """Mark the section under the header at ``head`` if its marks hold; where it ends, or head."""
    close = next(
        (pos for pos in range(head + 2, len(content)) if _closing(content[pos], removed)), None
    )
    if close is None and (
        kind != "count"
        # a count and a link to write one ("8 commenti" / "Scrivi un commento")
        # is a widget, which may sit amid the article
        or (head + 1 < len(content) and _closing(content[head + 1], removed))
    ):
        return head  # a titled or bare header alone is no section
    if close is not None and content[close].text == content[head].text:
        return head  # a label printed twice ("Comments" above and below a line) is a button
    if (
        close is not None
        and (s := _signals(content[close])) is not None
        and _header(content[close], s) == "count"
    ):
        return head  # a count of comments on each of a list's cards: teasers, not a thread
    stop = len(content) if close is None else close + 1
    body = range(head + 1, stop if close is None else close)
    staying = sum(content[pos].index not in removed for pos in body)
    if staying < (1 if close is not None else _MIN_LINES_UNDER_A_COUNT):
        return head  # nothing the readers wrote stays, or a line under a count alone
    prose_below = sum(content[pos].prose for pos in body)
    share = _PROSE_SHARE_ONE_MARK if close is None else _PROSE_SHARE_TWO_MARKS
    if prose_below > share * prose_above:
        return head  # more below than the article above: the header is inside the article
    header = content[head].text
    title = header if len(header) <= 60 else header[:57] + "..."
    closing = "" if close is None else f', closed by "{content[close].text[:40]}"'
    size = stop - head
    for number, pos in enumerate(range(head, stop), 1):
        removed.setdefault(
            content[pos].index,
            f'{COMMENT_FORM}: line {number} of {size} of {REASON}, headed "{title}"{closing}',
        )
    return stop
