"""
A one-entry memo: the answer for the last argument asked, compared by identity.

The pipeline scans a text, then each gate and filter it runs asks questions
of the same ``str`` object (its bytes, its notable characters, whether two
characters outside ASCII stand side by side...): one slot that remembers
the last object asked answers all of them without hashing the text, and
without keeping more than one text alive. Compared by identity, not by
value: an equal but distinct text is asked anew, as a value memo of whole
texts would cost a hash of each.
"""

from __future__ import annotations

from functools import wraps
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable

_Key = TypeVar("_Key")
_Other = TypeVar("_Other")
_Answer = TypeVar("_Answer")

# Held in the slot before any call: no argument is this object.
_NOTHING = object()


def remembered_for_last(function: Callable[[_Key], _Answer]) -> Callable[[_Key], _Answer]:
    """
    ``function`` (one argument, no side effect) remembering its answer for the last argument.

    The slot is replaced in one assignment of a pair, so threads sharing it
    see an argument with its own answer; at worst they ask again.
    """
    last: tuple[object, object] = (_NOTHING, None)

    @wraps(function)
    def asked(key: _Key) -> _Answer:
        nonlocal last
        last_key, answer = last
        if last_key is key:
            return answer  # type: ignore[return-value]
        found = function(key)
        last = (key, found)
        return found

    return asked


def remembered_by_second_for_last(
    function: Callable[[_Key, _Other], _Answer],
) -> Callable[[_Key, _Other], _Answer]:
    """
    ``function`` (two arguments, no side effect) remembering its answers for the last first one.

    For questions asked of one text with several second arguments (each
    candidate repair of a line, each code-page pair): the first argument is
    compared by identity, as in `remembered_for_last`, and the answers for
    it are kept by the second, compared by value (hashable), until another
    first argument is asked.
    """
    last: tuple[object, dict[object, object]] = (_NOTHING, {})

    @wraps(function)
    def asked(key: _Key, other: _Other) -> _Answer:
        nonlocal last
        last_key, answers = last
        if last_key is not key:
            answers = {}
            last = (key, answers)
        found = answers.get(other, _NOTHING)
        if found is _NOTHING:
            found = answers[other] = function(key, other)
        return found  # type: ignore[return-value]

    return asked
