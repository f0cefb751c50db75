r"""
Page counters and app-store badges outside the body: lines told by their shape alone.

Two kinds of furniture have a shape no cue word is needed for, in any
language:

- **page counters** of a paginated article or list: a word, a number, a
  short word or a slash, a greater number, and nothing else (``Seite 2 von
  5``, ``Page 3 of 7``, ``Página 2 de 9``, ``Strona 4 z 10``, ``Стр. 2 из 5``);
- **app-store badges**: a short line naming a store (``Download on the App
  Store``, ``Jetzt bei Google Play``, ``Disponible sur AppGallery``); the
  stores' names are the same in every language.

Either goes when it sits outside the body: above the first paragraph of
prose or below the last. Between two paragraphs it is a subheading ("Step 2
of 5", "The App Store") and stays. Only the lines of those places are looked
at: the body's are not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from textclean._filters.boilerplate.catalog import NAVIGATION, SITE_FURNITURE

if TYPE_CHECKING:
    from textclean._filters.boilerplate.blocks import Line

_COUNTER = regex.compile(
    r"[\s«‹<(\[]*\p{L}{2,12}\.?\s+(\d{1,4})(?:\s+\p{L}{1,4}\s+|\s*/\s*)(\d{1,4})[\s.»›>)\]]*"
)
_STORES = regex.compile(
    r"\b(?:App\s?Store|Google\s?Play|AppGallery|Microsoft\s?Store|F-?Droid)\b", regex.IGNORECASE
)
_MAX_BADGE_WORDS = 6
_GATE = regex.compile(r"\d|app|play|store|droid", regex.IGNORECASE)  # what either needs
_MIN_PAGES = 2  # "Page 1 of 1" counts nothing
_MAX_CHARS = 60  # longer lines are neither


def edge_furniture(content: list[Line], removed: dict[int, str]) -> None:
    """Mark page counters and store badges above or below the body."""
    size = len(content)
    first = last = -1
    for pos in range(size):
        if content[pos].prose:
            first = pos
            break
    if first < 0:
        return
    for pos in range(size - 1, first - 1, -1):
        if content[pos].prose:
            last = pos
            break
    # Outside the body only: the body's lines are not asked (most of a text),
    # and a line without a digit or a store's name is not matched.
    for pos in (*range(first), *range(last + 1, size)):
        line = content[pos]
        text = line.text
        if (
            line.index in removed
            or line.prose
            or len(text) > _MAX_CHARS
            or _GATE.search(text) is None
        ):
            continue
        why = _counter(text) or _badge(text)
        if why is not None:
            removed[line.index] = why


def _counter(text: str) -> str | None:
    """A page counter: a word, a number, a short word or a slash, a number no smaller."""
    found = _COUNTER.fullmatch(text)
    if found is None or not 0 < int(found[1]) <= int(found[2]) or int(found[2]) < _MIN_PAGES:
        return None
    return f"{NAVIGATION}: a page counter ('{text.strip()}'), outside the body"


def _badge(text: str) -> str | None:
    """A short line naming an app store."""
    if text.count(" ") >= _MAX_BADGE_WORDS or _STORES.search(text) is None:
        return None
    return f"{SITE_FURNITURE}: an app store's badge ('{text.strip()}'), outside the body"
