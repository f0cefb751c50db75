"""
What a filter changed: spans of the text before it, and what replaced them.

A `Change` is exact enough to replay: applying a step's changes to the text
the step saw gives the text it produced. Filters that know *why* they changed
something (a boilerplate category, a homoglyph rule) build their changes
themselves; for the rest, `diff_changes` derives them from before and after.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Sequence


class Change(NamedTuple):
    """One edit: ``before[start:end]`` was replaced by ``after``, because of ``reason``."""

    start: int  # offsets in the text the filter was given
    end: int
    before: str
    after: str
    reason: str


class Step(NamedTuple):
    """What one filter did to the text: its registry name and its changes, in text order."""

    filter: str
    changes: tuple[Change, ...]


class Cleaned(NamedTuple):
    """The cleaned text and one `Step` for each filter that changed something."""

    text: str
    steps: tuple[Step, ...]


def apply_changes(text: str, changes: tuple[Change, ...] | list[Change]) -> str:
    r"""
    Replay changes recorded against ``text``.

        >>> apply_changes("a  b", [Change(1, 3, "  ", " ", "collapse spaces")])
        'a b'
    """
    parts: list[str] = []
    pos = 0
    for change in changes:
        parts.append(text[pos : change.start])
        parts.append(change.after)
        pos = change.end
    parts.append(text[pos:])
    return "".join(parts)


def apply_steps(text: str, steps: tuple[Step, ...] | list[Step]) -> str:
    """Replay the steps of an explanation on the original text: gives the cleaned text."""
    for step in steps:
        text = apply_changes(text, step.changes)
    return text


# Above this many characters a changed block is reported whole rather than
# diffed character by character, so explaining never goes quadratic.
_MAX_CHAR_DIFF = 20_000


def diff_changes(before: str, after: str, reason: str) -> tuple[Change, ...]:
    r"""
    Derive the changes that turn ``before`` into ``after``: lines first, then characters.

        >>> diff_changes("one\u00a0two\n", "one two\n", "space")
        (Change(start=3, end=4, before='\xa0', after=' ', reason='space'),)
    """
    if before == after:
        return ()
    old_lines = before.splitlines(keepends=True)
    new_lines = after.splitlines(keepends=True)
    old_offsets = _offsets(old_lines)
    new_offsets = _offsets(new_lines)
    changes: list[Change] = []
    for tag, i1, i2, j1, j2 in _line_opcodes(old_lines, new_lines):
        if tag == "equal":
            continue
        start, end = old_offsets[i1], old_offsets[i2]
        old, new = before[start:end], after[new_offsets[j1] : new_offsets[j2]]
        if tag == "replace" and len(old) + len(new) <= _MAX_CHAR_DIFF:
            changes.extend(_char_changes(old, new, start, reason))
        else:
            changes.append(Change(start, end, old, new, reason))
    return tuple(changes)


# difflib's matcher pairs each line with every equal line of the other side at
# every step of its recursion: 800 paragraphs between blank lines, each with a
# no-break space, took 10 s (8x per doubling). Above this many such pairs the
# lines are aligned in one pass instead (`_aligned_opcodes`).
_MAX_EQUAL_LINE_PAIRS = 40_000
# How far ahead the one-pass alignment looks for the next pair of equal lines.
_LOOKAHEAD = 8

Opcode = tuple[str, int, int, int, int]


def _line_opcodes(old_lines: list[str], new_lines: list[str]) -> Sequence[Opcode]:
    """The opcodes of difflib's matcher on the lines; a one-pass alignment when many repeat."""
    counts = Counter(new_lines)
    pairs = sum(counts[line] for line in old_lines)
    if pairs <= _MAX_EQUAL_LINE_PAIRS:
        matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
        return matcher.get_opcodes()
    return _aligned_opcodes(old_lines, new_lines)


def _aligned_opcodes(old: list[str], new: list[str]) -> list[Opcode]:
    r"""
    Opcodes from one pass over both sides: linear, not always the fewest changes.

    Equal lines pair in order; at a difference, the nearest pair of equal lines
    within `_LOOKAHEAD` lines resumes the pairing (what lies before it on each
    side is replaced, deleted or inserted; `_next_pair`), else one line is
    replaced by one.
    Sides of as many lines pair line by line.

        >>> for opcode in _aligned_opcodes(["a\n", "x\n", "\n", "b\n"], ["a\n", "\n", "b!\n"]):
        ...     print(opcode)
        ('equal', 0, 1, 0, 1)
        ('delete', 1, 2, 1, 1)
        ('equal', 2, 3, 1, 2)
        ('replace', 3, 4, 2, 3)
    """
    ops: list[Opcode] = []

    def add(tag: str, i1: int, i2: int, j1: int, j2: int) -> None:
        # Replaced lines stay one by one: each is diffed on its own, word by word.
        if ops and ops[-1][0] == tag != "replace" and ops[-1][2] == i1 and ops[-1][4] == j1:
            ops[-1] = (tag, ops[-1][1], i2, ops[-1][3], j2)
        else:
            ops.append((tag, i1, i2, j1, j2))

    same_count = len(old) == len(new)
    repeated = (
        set()
        if same_count
        else {line for lines in (old, new) for line, n in Counter(lines).items() if n > 1}
    )
    i = j = 0
    while i < len(old) and j < len(new):
        if old[i] == new[j]:
            add("equal", i, i + 1, j, j + 1)
            i, j = i + 1, j + 1
            continue
        skip_old, skip_new = 1, 1
        if not same_count:
            skip_old, skip_new = _next_pair(old, new, i, j, repeated) or (1, 1)
        tag = "replace" if skip_old and skip_new else "delete" if skip_old else "insert"
        add(tag, i, i + skip_old, j, j + skip_new)
        i, j = i + skip_old, j + skip_new
    if i < len(old):
        add("delete", i, len(old), j, j)
    if j < len(new):
        add("insert", i, i, j, len(new))
    return ops


def _next_pair(
    old: list[str], new: list[str], i: int, j: int, repeated: set[str]
) -> tuple[int, int] | None:
    """
    The fewest lines to skip on each side, together, to reach a pair of equal lines.

    A line found once on each side is taken first: blank lines, which pair
    anywhere, would resume the pairing a paragraph off.
    """
    for anchors_only in (True, False):
        for skipped in range(1, 2 * _LOOKAHEAD):
            for skip_old in range(max(0, skipped - _LOOKAHEAD), min(skipped, _LOOKAHEAD) + 1):
                skip_new = skipped - skip_old
                if (
                    i + skip_old < len(old)
                    and j + skip_new < len(new)
                    and old[i + skip_old] == new[j + skip_new]
                    and not (anchors_only and old[i + skip_old] in repeated)
                ):
                    return skip_old, skip_new
    return None


def _offsets(lines: list[str]) -> list[int]:
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    return offsets


# Above this many characters a block of the same length in and out (a
# code page's letter-for-letter repair) is compared position by position:
# difflib's matcher on one long line of repeated words took 40 s for 7 KB.
_MAX_MATCHED = 500


def _char_changes(old: str, new: str, base: int, reason: str) -> list[Change]:
    if len(old) == len(new) > _MAX_MATCHED:
        return _positional_changes(old, new, base, reason)
    if len(old) + len(new) > 2 * _MAX_MATCHED:
        return _word_changes(old, new, base, reason)
    return _matched_changes(old, new, base, reason)


def _matched_changes(old: str, new: str, base: int, reason: str) -> list[Change]:
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return [
        Change(base + i1, base + i2, old[i1:i2], new[j1:j2], reason)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


# Words and the whitespace between them, kept (the split's group), so that
# the parts of a long block can be paired in order.
_WORDS_AND_SPACES = re.compile(r"(\s+)")


def _word_changes(old: str, new: str, base: int, reason: str) -> list[Change]:
    """
    Diff a long block whose length changed (a transliteration, a dash widened).

    It is diffed word by word when both sides have as many words and spaces, so
    the cost stays linear; otherwise one change for the whole block, less
    what both sides share at their start and end.
    """
    old_parts = _WORDS_AND_SPACES.split(old)
    new_parts = _WORDS_AND_SPACES.split(new)
    if len(old_parts) == len(new_parts):
        changes: list[Change] = []
        at = base
        for old_part, new_part in zip(old_parts, new_parts, strict=True):
            if old_part != new_part:
                if len(old_part) + len(new_part) > 2 * _MAX_MATCHED:
                    changes.append(Change(at, at + len(old_part), old_part, new_part, reason))
                else:
                    changes.extend(_matched_changes(old_part, new_part, at, reason))
            at += len(old_part)
        return changes
    head = _shared_start(old, new)
    tail = _shared_start(old[head:][::-1], new[head:][::-1])
    end_old, end_new = len(old) - tail, len(new) - tail
    return [Change(base + head, base + end_old, old[head:end_old], new[head:end_new], reason)]


def _shared_start(one: str, other: str) -> int:
    """How many characters ``one`` and ``other`` share at their start."""
    shared = 0
    for left, right in zip(one, other, strict=False):
        if left != right:
            break
        shared += 1
    return shared


def _positional_changes(old: str, new: str, base: int, reason: str) -> list[Change]:
    """Runs of positions where ``old`` and ``new`` (of one length) differ: linear."""
    changes: list[Change] = []
    start = None
    for at, (before, after) in enumerate(zip(old, new, strict=True)):
        if before != after:
            start = at if start is None else start
        elif start is not None:
            changes.append(Change(base + start, base + at, old[start:at], new[start:at], reason))
            start = None
    if start is not None:
        end = len(old)
        changes.append(Change(base + start, base + end, old[start:end], new[start:end], reason))
    return changes


def compose_changes(
    text: str, first: tuple[Change, ...] | list[Change], then: tuple[Change, ...] | list[Change]
) -> tuple[Change, ...]:
    r"""
    Changes against ``text`` that give what ``first`` and then ``then`` give.

    ``then`` is recorded against ``first``'s output. Changes of the two that
    overlap become one, with both reasons, so a span is explained once.

        >>> first = [Change(0, 1, "x", "y", "one"), Change(4, 5, "b", "c", "two")]
        >>> composed = compose_changes("x a b", first, [Change(0, 1, "y", "z", "three")])
        >>> composed[0], apply_changes("x a b", composed)
        (Change(start=0, end=1, before='x', after='z', reason='one; then three'), 'z a c')
    """
    middle = apply_changes(text, first)
    # Each change as (start, end) in ``middle``, with how it maps back.
    spans: list[tuple[int, int, Change | None, Change | None]] = []
    shift = 0
    for change in first:
        start = change.start + shift
        spans.append((start, start + len(change.after), change, None))
        shift += len(change.after) - (change.end - change.start)
    spans += [(change.start, change.end, None, change) for change in then]
    spans.sort(key=lambda span: (span[0], span[1]))
    clusters: list[list[tuple[int, int, Change | None, Change | None]]] = []
    for span in spans:
        if clusters and span[0] < max(end for _, end, _, _ in clusters[-1]):
            clusters[-1].append(span)
        else:
            clusters.append([span])
    composed: list[Change] = []
    shift = 0  # of ``middle`` against ``text``, before the cluster
    for cluster in clusters:
        low = cluster[0][0]
        high = max(end for _, end, _, _ in cluster)
        olds = [old for _, _, old, _ in cluster if old is not None]
        news = [new for _, _, _, new in cluster if new is not None]
        start = low - shift
        end = high - shift - sum(len(old.after) - (old.end - old.start) for old in olds)
        after = apply_changes(
            middle[low:high],
            [new._replace(start=new.start - low, end=new.end - low) for new in news],
        )
        reason = "; then ".join(
            dict.fromkeys(change.reason for change in (*olds, *news) if change.reason)
        )
        composed.append(Change(start, end, text[start:end], after, reason))
        shift += sum(len(old.after) - (old.end - old.start) for old in olds)
    return tuple(composed)
