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
The cue is looked for once in the whole text, in C, before any line is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from textclean._filters.boilerplate.catalog import COPYRIGHT
from textclean._filters.boilerplate.signals import signals
from textclean._filters.boilerplate.vocabulary import CUES

if TYPE_CHECKING:
    from textclean._filters.boilerplate.blocks import Line

# Any rights cue, anywhere: the gate for the whole text (most texts hold none).
_RIGHTS = regex.compile(
    "|".join(regex.escape(cue) for cue in sorted(CUES[COPYRIGHT], key=len, reverse=True)),
    regex.IGNORECASE,
)
_MAX_NOTICE_WORDS = 60  # a notice with its legal sentences, not a paragraph
_MIN_BODY = 2  # paragraphs of prose above the notice
_MAX_AFTER = 12  # lines still kept below the notice: a footer's
_MAX_AFTER_WORDS = 20  # ... each shorter than a paragraph of the body


def rights_notices(text: str, content: list[Line], removed: dict[int, str]) -> None:
    """Mark each rights notice below the body that no paragraph of the body follows."""
    if _RIGHTS.search(text) is None:
        return  # no rights cue in the text (most texts): nothing asked of any line
    notices = [pos for pos, line in enumerate(content) if _RIGHTS.search(line.text) is not None]
    body = 0
    previous = 0
    for pos in notices:
        body += sum(line.prose for line in content[previous:pos])
        previous = pos
        line = content[pos]
        if line.index in removed or body < _MIN_BODY or not _notice(line.text):
            continue
        after = [later for later in content[pos + 1 :] if later.index not in removed]
        if len(after) > _MAX_AFTER or not all(_footer_line(later.text) for later in after):
            continue
        removed[line.index] = (
            f"{COPYRIGHT}: a rights notice with a mark, {line.text.count(' ') + 1} words, "
            "below the body, and no paragraph after it"
        )


def _notice(text: str) -> bool:
    """A rights cue and a mark (©, Copyright, a year), no paragraph's length."""
    if text.count(" ") >= _MAX_NOTICE_WORDS:
        return False
    found = signals(text)
    return found.rights_mark and any(category == COPYRIGHT for category, _ in found.cues)


def _footer_line(text: str) -> bool:
    """A line that may follow a notice in a footer: short, or a notice itself."""
    return text.count(" ") < _MAX_AFTER_WORDS or (
        _RIGHTS.search(text) is not None and _notice(text)
    )
