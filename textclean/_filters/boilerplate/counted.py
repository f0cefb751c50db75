r"""
Counted lists: a line that counts a list of links, and exactly that many headlines below it.

A video player's playlist, a gallery or a "most read" box prints how many
items it holds (``(16 Videos)``, ``12 Artikel``, ``8 photos``, ``7 статей``),
then the items, one headline a line::

    MUST WATCH
    (4 Videos)
    Council votes to keep the harbour library open
    Night buses return to the island after a summer
    Why the old breakwater is drawing seals back
    What the new tram line means for the old town

No word marks such a list; the count does: a line of a number and one word
(in brackets or not) followed by exactly that many headlines (three to
twenty words, no sentence's end, not numbered, no fields, not running
speech: headlines.headline_list) and not one more. An article's own list
under a count ("5 Gründe", "10 tips") is the article's when its items read
as sentences, are numbered, inventories (lists.given_by_text) or go on
past the count, and when it stands amid the body, a paragraph above it and
one below (a trip's "3 Tage" and its days, a shop's "4 Modelle"): a
widget's list stands above the body or below it. A header's block
(blocks.header_blocks) that took the count and stopped short of the last
headline (taken for the title above the body) is completed.

The lines just above the count go with it while they are the widget's own:
short labels of three words or fewer with no sentence's end (``Replay``,
``More Videos ...``, ``JUST WATCHED``), or a headline of the list repeated
(the item now playing), and lines already removed, up to prose.

Its gate: only lines of two words opening with a digit or a bracket are
asked, by one character test each.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import regex

from textclean._filters.boilerplate.catalog import RELATED_LINKS
from textclean._filters.boilerplate.headlines import headline, headline_list
from textclean._filters.boilerplate.lists import given_by_text

if TYPE_CHECKING:
    from textclean._filters.boilerplate.blocks import Line

_COUNT = regex.compile(r"[(\[]?(\d{1,2})\s\p{L}[\p{L}\p{M}'’.-]*[)\]]?")
_OPENINGS = frozenset("([0123456789")
_MIN_ITEMS = 3
_MAX_ITEMS = 40
_MAX_LABEL_WORDS = 3  # a widget's label above the count ("More Videos ...")
_MAX_ABOVE = 8  # lines above the count taken at most
# Headlines of French or Italian are dense in articles and prepositions; a
# count says what the lines are, so only running speech (a poem's, a song's
# lines, denser still) is told by its stopwords.
_MAX_STOPWORDS = 0.65
_PARAGRAPH_CHARS = 100  # a paragraph of the body (headlines.py's)
_SENTENCE_ENDS = (".", "!", "?", ":", ";", "。", "！", "？")


def counted_lists(content: list[Line], removed: dict[int, str]) -> None:
    """Mark each count of a list with the list of exactly that many headlines below it."""
    paragraphs: list[int] | None = None  # found once a count's list is asked about the body
    for pos, line in enumerate(content):
        if line.words != 2 or line.text[0] not in _OPENINGS:
            continue  # (the gate: most lines are not two words opening with a digit)
        found = _COUNT.fullmatch(line.text)
        if found is None:
            continue
        count = int(found[1])
        end = pos + 1 + count
        if not _MIN_ITEMS <= count <= _MAX_ITEMS or end > len(content):
            continue
        items = content[pos + 1 : end]
        if not all(headline(item.text) for item in items):
            continue
        if end < len(content) and headline(content[end].text) and content[end].index not in removed:
            continue  # the list goes on past the count: it counts something else
        texts = [item.text for item in items]
        if not headline_list(texts, _MAX_STOPWORDS) or given_by_text(
            content, list(range(pos + 1, end))
        ):
            continue
        if paragraphs is None:
            paragraphs = [pos for pos, line in enumerate(content) if _paragraph(line, {})]
        if _body_on_both_sides(content, removed, paragraphs, pos, end):
            continue  # amid the body: the article's own list ("3 Tage", its days)
        start = _labels_above(content, removed, pos, set(texts))
        why = f"{RELATED_LINKS}: a count '{line.text}' and exactly {count} headlines below it" + (
            f", {pos - start} of the widget's labels above" if start < pos else ""
        )
        for marked in content[start:end]:
            removed.setdefault(marked.index, why)


def _body_on_both_sides(
    content: list[Line], removed: dict[int, str], paragraphs: list[int], start: int, end: int
) -> bool:
    """
    Whether a paragraph of the body stands above ``start`` and another below ``end``.

    ``paragraphs`` holds the positions of the lines that are paragraphs (of
    prose, this long), removed or not: each side is found by bisection and
    the first that stays, where reading every line between made a text of
    many counted lists quadratic (4.8 s for 900 KB).
    """
    middle = bisect.bisect_left(paragraphs, start)
    below = bisect.bisect_left(paragraphs, end, middle)
    return any(content[paragraphs[i]].index not in removed for i in range(middle)) and any(
        content[paragraphs[i]].index not in removed for i in range(below, len(paragraphs))
    )


def _paragraph(line: Line, removed: dict[int, str]) -> bool:
    return line.prose and len(line.text) >= _PARAGRAPH_CHARS and line.index not in removed


def _labels_above(content: list[Line], removed: dict[int, str], pos: int, items: set[str]) -> int:
    """The first position of the widget's labels just above the count at ``pos``."""
    start = pos
    while start > 0 and pos - start < _MAX_ABOVE:
        above = content[start - 1]
        if above.prose:
            break
        text = above.text
        bare = text.removesuffix("...").removesuffix("…").rstrip()  # "More Videos ...": a link
        label = len(bare.split()) <= _MAX_LABEL_WORDS and not bare.endswith(_SENTENCE_ENDS)
        if not (label or text in items or above.index in removed):
            break
        start -= 1
    return start
