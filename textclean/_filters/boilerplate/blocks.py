"""
Context: lines decided together, by where they sit and what surrounds them.

The second stage of the classifier (jusText's context-sensitive stage, on
lines): each content line arrives with a ``Candidate`` from the per-line
signals, or none, and is decided here with its neighbours.

- **Header and list**: a short header whose words are a related-links or
  taxonomy cue (``Weitere Artikel``, ``Читайте также``, ``Tags``) followed by
  two or more headline-like lines (a few words, no sentence ending) is one
  block, and goes as one, wherever it is.
- **Edge runs**: from the top and from the bottom, candidates go until the
  first line of prose; up to two short lines without signals may sit inside
  a run and stay. The ``web`` strength also drops those short lines when they
  look like navigation (no sentence ending), but keeps the title above the
  body.
- **Anywhere**: only strong candidates, and a short line between two
  paragraphs of prose is a subheading: it stays unless its score is very
  strong (a photo credit, ``6 min read``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textclean._filters.boilerplate.catalog import NAVIGATION, RELATED_LINKS, TAXONOMY
from textclean._filters.boilerplate.signals import EDGE, STRONG, LineSignals

if TYPE_CHECKING:
    from collections.abc import Callable

#: A subheading between two paragraphs of prose goes only with this score.
BETWEEN_PROSE = 5.5
_MAX_UNKNOWN_IN_RUN = 2  # short lines without signals a run may step over
_MAX_UNKNOWN_WORDS = 6  # a longer line without signals ends a run
_MAX_NAV_WORDS = 10  # web: the longest navigation-like line
_MAX_HEADER_WORDS = 6
_MIN_HEADER_CUE_SHARE = 0.6
_MIN_LIST = 2
_MAX_LIST = 40
_LIST_WORDS = {RELATED_LINKS: (3, 24), TAXONOMY: (1, 4)}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A line's verdict before context: category, score and the reasons for them."""

    category: str
    value: float
    reasons: tuple[str, ...]


@dataclass(slots=True)
class Line:
    """One content line: its index in the text, signals (None when not measured), candidate."""

    index: int
    text: str  # stripped
    words: int
    prose: bool
    signals: LineSignals | None
    candidate: Candidate | None


def _reason(candidate: Candidate, where: str) -> str:
    return f"{candidate.category}: {', '.join(candidate.reasons)}; score {candidate.value:.1f} {where}"


def header_blocks(content: list[Line], removed: dict[int, str]) -> None:
    """Mark each cue header followed by a list of headline-like lines, header and list together."""
    pos = 0
    while pos < len(content):
        header = content[pos]
        pos += 1
        s = header.signals
        if (
            s is None
            or header.candidate is None
            or header.candidate.category not in _LIST_WORDS
            or s.words > _MAX_HEADER_WORDS
            or s.cue_share < _MIN_HEADER_CUE_SHARE
        ):
            continue
        least, most = _LIST_WORDS[header.candidate.category]
        end = pos
        while end < len(content) and end - pos < _MAX_LIST:
            item = content[end].signals
            if item is None or item.prose or item.sentence_end and not item.words <= 3:
                break
            if not least <= item.words <= most:
                break
            end += 1
        if end - pos < _MIN_LIST:
            continue
        category = header.candidate.category
        why = f"{category}: header '{header.candidate.reasons[0]}' and {end - pos} headline-like lines"
        for line in content[pos - 1 : end]:
            removed.setdefault(line.index, why)
        pos = end


def strong_lines(content: list[Line], removed: dict[int, str]) -> None:
    """Mark strong candidates anywhere; between two paragraphs of prose only very strong ones."""
    for pos, line in enumerate(content):
        candidate = line.candidate
        if candidate is None or candidate.value < STRONG or line.index in removed:
            continue
        between_prose = _neighbour_prose(content, pos, -1, removed) and _neighbour_prose(
            content, pos, 1, removed
        )
        if between_prose and candidate.value < BETWEEN_PROSE:
            continue  # a subheading
        removed[line.index] = _reason(candidate, "(strong enough anywhere)")


def edge_run(
    content: list[Line],
    removed: dict[int, str],
    measure: Callable[[Line], Candidate | None],
    *,
    from_top: bool,
    web: bool,
) -> None:
    """
    Mark the run of candidates at one end, until prose; web: navigation-like lines too.

    A sentence the run reaches is measured (``measure``) only then: a call to
    action ("By signing up, you agree to our Terms") goes, other prose ends the run.
    """
    order = range(len(content)) if from_top else range(len(content) - 1, -1, -1)
    where = "in the run at the top" if from_top else "in the run at the bottom"
    skipped = 0
    for pos in order:
        line = content[pos]
        if line.index in removed:
            continue
        candidate = line.candidate
        if line.prose:
            candidate = measure(line)
            if candidate is None or candidate.value < EDGE:
                return
        if candidate is not None and candidate.value >= EDGE:
            removed[line.index] = _reason(candidate, where)
            skipped = 0
            continue
        title = from_top and _next_is_prose(content, pos, removed)
        if web and _navigation_like(line) and not title:
            removed[line.index] = (
                f"{NAVIGATION}: {line.words} words, no sentence ending (web) {where}"
            )
            continue
        skipped += 1
        if skipped > _MAX_UNKNOWN_IN_RUN or line.words > _MAX_UNKNOWN_WORDS:
            return


def _navigation_like(line: Line) -> bool:
    s = line.signals
    return s is not None and not s.sentence_end and s.words <= _MAX_NAV_WORDS


def _next_is_prose(content: list[Line], pos: int, removed: dict[int, str]) -> bool:
    """Whether the next line kept after ``pos`` is prose: then ``pos`` is the title or a heading."""
    for line in content[pos + 1 :]:
        if line.index not in removed:
            return line.prose
    return False


def _neighbour_prose(content: list[Line], pos: int, step: int, removed: dict[int, str]) -> bool:
    """Whether the nearest line not already removed, before (-1) or after (+1) ``pos``, is prose."""
    pos += step
    while 0 <= pos < len(content):
        if content[pos].index not in removed:
            return content[pos].prose
        pos += step
    return False
