r"""
Links to the previous and next article, told by the arrows drawn beside them.

A blog or a news site prints, above or below the article, a link to the
post before it and the post after it. In any language the label may be a
word (``Previous post``, ``Artículo anterior``; the first stage's cues) or
only an arrow or a guillemet drawn beside the linked headline::

    « Night buses return to the island
    Seals come back to the old breakwater »

or on a line of its own, the headline next to it::

    ←
    Night buses return to the island
    →
    Seals come back to the old breakwater

So a line that is only arrows (``←``, ``→``, ``«``, ``»``, ``‹``, ``›``,
``<``, ``>``, ``◄``, ``►``) goes, and so does a headline (two to twenty words,
no sentence's end) with a pointing mark at one end only: an opening one
first (``«``, ``‹``, ``←``, ``<<``) or a closing one last (``»``, ``›``,
``→``, ``>>``), and no other guillemet in the line (a quotation in French
«…» or German »…« has its pair). Below the body, a headline just below or
above an arrow's line goes with it (above the body a breadcrumb's ``>`` stands
beside the article's title). Only lines outside the body count: above its first
paragraph of prose or below its last one; in the body an arrow or a quote
is the article's. Only the lines outside the body are read (found from
its ends: most texts have a line or two outside it), each searched for a mark.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

import regex

from textclean._filters.boilerplate.catalog import NAVIGATION

if TYPE_CHECKING:
    from textclean._filters.boilerplate.blocks import Line

_MARKS = "«»‹›←→<>◄►◀▶❮❯⟵⟶⇐⇒"
_GATE = re.compile(f"[{re.escape(_MARKS)}]")  # (stdlib re: a class is searched faster)
_ARROWS_ONLY = regex.compile(f"[{regex.escape(_MARKS)}\\s]+")
_OPENING = ("«", "‹", "←", "<<", "◄", "◀", "❮", "⟵", "⇐")
_CLOSING = ("»", "›", "→", ">>", "►", "▶", "❯", "⟶", "⇒")
_GUILLEMETS = "«»‹›"
_MIN_WORDS = 2
_MAX_WORDS = 20
_BODY_CHARS = 100  # a paragraph of the body
_ENDS = (".", "!", ":", ";", ",", "。", "！")


def pager_links(content: list[Line], removed: dict[int, str], last: int) -> None:
    """Mark arrows' lines and pointed headlines outside the body (``last``: its last paragraph)."""
    # The body's first paragraph, looked for from the start (most texts open
    # with a title and a paragraph): the lines of the body are not read, and
    # those outside it are searched for a mark one by one (a few, mostly).
    first = 0
    while first < last and not _body(content[first], removed):
        first += 1
    for pos in itertools.chain(range(first), range(last + 1, len(content))):
        line = content[pos]
        text = line.text
        if _GATE.search(text) is None:
            continue
        if _ARROWS_ONLY.fullmatch(text):  # (removed already or not: its headlines go)
            removed.setdefault(
                line.index, f"{NAVIGATION}: arrows only ('{text}'), outside the body"
            )
            for near in (pos - 1, pos + 1):
                if near <= last or near >= len(content):
                    continue  # below the body only: above it a breadcrumb's ">" is beside the title
                beside = content[near]
                if beside.index not in removed and _headline(beside.text):
                    removed[beside.index] = (
                        f"{NAVIGATION}: a headline beside an arrow ('{text}'), outside the body"
                    )
        elif line.index not in removed and _pointed_headline(text):
            removed[line.index] = (
                f"{NAVIGATION}: a headline with a pointing mark at one end, outside the body"
            )


def _body(line: Line, removed: dict[int, str]) -> bool:
    return line.prose and len(line.text) >= _BODY_CHARS and line.index not in removed


def _headline(text: str) -> bool:
    """Two to twenty words, a letter, digit or quote first, no sentence's or clause's end."""
    words = text.count(" ") + 1
    return (
        _MIN_WORDS <= words <= _MAX_WORDS
        and not text.endswith(_ENDS)
        and _GATE.search(text) is None
        and (text[0].isalnum() or text[0] in "\"'„“")
    )


def _pointed_headline(text: str) -> bool:
    """
    A headline with a pointing mark at one end and no other guillemet.

        >>> _pointed_headline("« Fünf Gedanken zum Pokal-Aus")
        True
        >>> _pointed_headline("« Bienvenue au pays des sentiments blessés »")
        False
    """
    if text.startswith(_OPENING):
        rest = text.lstrip("".join(_OPENING) + "< ")
    elif text.endswith(_CLOSING):
        rest = text.rstrip("".join(_CLOSING) + "> ")
    else:
        return False
    return bool(rest) and not any(mark in rest for mark in _GUILLEMETS) and _headline(rest)
