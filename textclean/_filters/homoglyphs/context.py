"""
Context: which script a word's surroundings are written in.

A line is cut into segments at separators (``=``, tab, dashes between
spaces, ``: ``, ``|``, brackets) and quotes, because each side of a glossary
line (``Not now = Не сейчас``) or a quoted word (``«СССР»``) is its own
context. A word's context is the script that most of the nearest words of its
segment give away; when its segment gives none away, its line's, then its
document's, and then the context is only *inherited*: the word is judged as
a quoted word is, by the lexicon alone.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

import regex

# Where a line is cut: separators, and quotes at a word's edge (not the
# apostrophe inside "let's").
_SEPARATOR = regex.compile(
    r"""\t|\s*=\s*|\s+[—–-]\s+|:\s|\||[()\[\]{}]"""
    r"""|["«»“”„‟「」『』]|(?<![\p{L}\p{M}])['‘’‚]|['‘’](?![\p{L}\p{M}])"""
)
_QUOTES = frozenset("\"«»“”„‟「」『』'‘’‚")
_REACH = 3  # give-away words on each side that decide a word's context


class Segment(NamedTuple):
    start: int
    end: int
    quoted: bool  # opened and closed by quotes


def segments(text: str, start: int, end: int) -> list[Segment]:
    """The segments of ``text[start:end]`` (one line), in order."""
    found = []
    pos, opened = start, False
    for match in _SEPARATOR.finditer(text, start, end):
        closing = match[0].strip()[:1] in _QUOTES
        found.append(Segment(pos, match.start(), opened and closing))
        pos, opened = match.end(), match[0].strip()[-1:] in _QUOTES
    found.append(Segment(pos, end, quoted=False))
    return found


def majority(counts: dict[str, int]) -> str | None:
    """The script with strictly the most votes, or None on a tie or no votes."""
    best, best_count, tied = None, 0, False
    for script, count in counts.items():
        if count <= 0:
            continue
        if count > best_count:
            best, best_count, tied = script, count, False
        elif count == best_count:
            tied = True
    return None if tied else best


class Place(NamedTuple):
    """Where a word stands: its line, its segment, and the evidence it gives itself."""

    line: int
    segment: int  # index over the whole document
    quoted: bool
    evidence: frozenset[str]  # scripts given away by letters without twins


class Found(NamedTuple):
    script: str | None
    own: bool  # decided by the word's own segment, not inherited from line or document
    quoted: bool


class Context:
    """The script around each word: nearest give-aways in its segment, then line, then document."""

    def __init__(self, places: list[Place]) -> None:
        self.places = places
        self.segment_givers: dict[int, list[int]] = {}
        self.line_counts: dict[int, dict[str, int]] = {}
        self.doc_counts: dict[str, int] = {}
        for index, place in enumerate(places):
            if place.evidence:
                self.segment_givers.setdefault(place.segment, []).append(index)
                line = self.line_counts.setdefault(place.line, {})
                for script in place.evidence:
                    line[script] = line.get(script, 0) + 1
                    self.doc_counts[script] = self.doc_counts.get(script, 0) + 1

    def at(self, index: int) -> Found:
        place = self.places[index]
        givers = self.segment_givers.get(place.segment, [])
        at = bisect.bisect_left(givers, index)
        after = at + 1 if at < len(givers) and givers[at] == index else at
        near: dict[str, int] = {}
        for other in (*givers[max(0, at - _REACH) : at], *givers[after : after + _REACH]):
            for script in self.places[other].evidence:
                near[script] = near.get(script, 0) + 1
        if (nearest := majority(near)) is not None:
            return Found(nearest, own=not place.quoted, quoted=place.quoted)
        # A word is not its own context.
        for counts in (self.line_counts.get(place.line, {}), self.doc_counts):
            less = dict(counts)
            for script in place.evidence:
                less[script] -= 1
            if (wider := majority(less)) is not None:
                return Found(wider, own=False, quoted=place.quoted)
        return Found(None, own=False, quoted=place.quoted)
