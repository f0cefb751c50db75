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
