r"""
Rights notices in a page's footer: a sentence reserving rights, with what follows it no body.

A notice alone at the end goes by the first stage (its rights cue and a
mark: ``©``, ``Copyright``, a year). In a page's footer it is often followed by
more of the footer, which the first stage reads as prose: a sign-up line, a
slogan, a legal sentence of its own::

    ™ & © 2013 Cable News Network, Inc., a Time Warner Company. All rights reserved.
    Copyright 2023 Scripps Media, Inc. All rights reserved. This material may not be published.
    Sign up for the Breaking News Newsletter and receive up to date information.

No article says "All rights reserved" with a mark and a year as a notice
does (an article about copyright quotes it inside a longer paragraph, with
the body going on after). So a line with a rights cue (``COPYRIGHT`` of the
vocabulary, in 13 languages) and a mark, no paragraph's length, below the
body, goes when no paragraph of the body follows it: the lines after it up
to the end are few, and each is short, already removed, or a notice too.
Only the last lines of a text are read for it, from the end: the body's
lines are not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textclean._filters.boilerplate.catalog import COPYRIGHT
from textclean._filters.boilerplate.signals import signals
from textclean._filters.boilerplate.vocabulary import CUES

if TYPE_CHECKING:
    from textclean._filters.boilerplate.blocks import Line

_FOLDED_CUES = tuple(cue.lower() for cue in CUES[COPYRIGHT])
_MAX_NOTICE_WORDS = 60  # a notice with its legal sentences, not a paragraph
_MIN_BODY = 2  # paragraphs of prose above the notice
_MAX_AFTER = 12  # lines still kept below the notice: a footer's
_MAX_AFTER_WORDS = 20  # ... each shorter than a paragraph of the body


def rights_notices(content: list[Line], removed: dict[int, str]) -> None:
    """Mark each rights notice below the body that no paragraph of the body follows."""
    # Only the last lines can be such a notice (at most _MAX_AFTER short kept
    # lines below it): they are read from the end up to the first paragraph,
    # and the body's lines are not (most texts end with a paragraph).
    after = 0
    for pos in range(len(content) - 1, -1, -1):
        line = content[pos]
        if line.index in removed:
            continue
        text = line.text
        if (
            (
                "©" in text
                or "opyright" in text
                or "OPYRIGHT" in text
                or "(c)" in text
                or "(C)" in text
            )
            and _cued(text)
            and _notice(text)
        ):
            if _body_above(content, pos):
                removed[line.index] = (
                    f"{COPYRIGHT}: a rights notice with a mark, {text.count(' ') + 1} words, "
                    "below the body, and no paragraph after it"
                )
            continue  # a notice may follow another in a footer
        if text.count(" ") >= _MAX_AFTER_WORDS:
            return  # a paragraph: no notice above it is in a footer
        after += 1
        if after > _MAX_AFTER:
            return


def _cued(text: str) -> bool:
    """Whether a rights cue is in the line, in any case (substring searches in C)."""
    folded = text.lower()
    return any(cue in folded for cue in _FOLDED_CUES)


def _body_above(content: list[Line], pos: int) -> bool:
    """Whether paragraphs of prose are above the line."""
    count = 0
    for line in content[:pos]:
        count += line.prose
        if count >= _MIN_BODY:
            return True
    return False


def _notice(text: str) -> bool:
    """A rights cue and a mark (©, Copyright, a year), no paragraph's length."""
    if text.count(" ") >= _MAX_NOTICE_WORDS:
        return False
    found = signals(text)
    return found.rights_mark and any(category == COPYRIGHT for category, _ in found.cues)
