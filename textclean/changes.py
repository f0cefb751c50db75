"""
What a filter changed: spans of the text before it, and what replaced them.

A `Change` is exact enough to replay: applying a step's changes to the text
the step saw gives the text it produced. Filters that know *why* they changed
something (a boilerplate category, a homoglyph rule) build their changes
themselves; for the rest, `diff_changes` derives them from before and after.
"""

from __future__ import annotations

import difflib
from typing import NamedTuple


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
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        start, end = old_offsets[i1], old_offsets[i2]
        old, new = before[start:end], after[new_offsets[j1] : new_offsets[j2]]
        if tag == "replace" and len(old) + len(new) <= _MAX_CHAR_DIFF:
            changes.extend(_char_changes(old, new, start, reason))
        else:
            changes.append(Change(start, end, old, new, reason))
    return tuple(changes)


def _offsets(lines: list[str]) -> list[int]:
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    return offsets


def _char_changes(old: str, new: str, base: int, reason: str) -> list[Change]:
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return [
        Change(base + i1, base + i2, old[i1:i2], new[j1:j2], reason)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]
