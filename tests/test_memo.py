"""The one-entry memo the scan, the gates and the filters share (textclean.memo)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import given
from hypothesis import strategies as st

from textclean.memo import remembered_by_second_for_last, remembered_for_last

if TYPE_CHECKING:
    from collections.abc import Callable


def _counted() -> tuple[list[str], Callable[[str], str]]:
    asked: list[str] = []

    @remembered_for_last
    def upper(text: str) -> str:
        asked.append(text)
        return text.upper()

    return asked, upper


def test_the_same_object_asked_twice_is_worked_out_once() -> None:
    """The second call with the very same object is answered from the slot."""
    asked, upper = _counted()
    text = "".join(["ab", "c"])
    assert upper(text) == "ABC"
    assert upper(text) == "ABC"
    assert asked == ["abc"]


def test_an_equal_but_distinct_object_is_asked_anew() -> None:
    """Compared by identity: an equal text built anew is worked out again, with the same answer."""
    asked, upper = _counted()
    first, second = "".join(["ab", "c"]), "".join(["a", "bc"])
    assert first == second
    assert first is not second
    assert upper(first) == upper(second) == "ABC"
    assert len(asked) == 2


def test_the_empty_text_is_worked_out_too() -> None:
    """No argument stands in the slot before the first call (not even "")."""
    asked, upper = _counted()
    assert upper("") == ""
    assert asked == [""]


@given(st.lists(st.sampled_from(["x", "yy", "", "zzz"]), max_size=30))
def test_answers_equal_the_function_whatever_the_order_of_calls(keys: list[str]) -> None:
    """Any sequence of calls answers as the function does, and works out only changes of argument."""
    asked, upper = _counted()
    assert [upper(key) for key in keys] == [key.upper() for key in keys]
    changes = sum(1 for i, key in enumerate(keys) if i == 0 or keys[i - 1] is not key)
    assert len(asked) == changes


def _counted_pairs() -> tuple[list[tuple[str, str]], Callable[[str, str], str]]:
    asked: list[tuple[str, str]] = []

    @remembered_by_second_for_last
    def joined(text: str, other: str) -> str:
        asked.append((text, other))
        return text + "|" + other

    return asked, joined


def test_answers_by_second_argument_are_kept_for_the_last_first() -> None:
    """Each second argument is worked out once while the first stays the same object."""
    asked, joined = _counted_pairs()
    text = "".join(["ab", "c"])
    assert [joined(text, o) for o in ("x", "y", "x", "y")] == ["abc|x", "abc|y", "abc|x", "abc|y"]
    assert asked == [("abc", "x"), ("abc", "y")]


def test_another_first_argument_forgets_the_answers() -> None:
    """Only the last first argument's answers are kept: an equal but distinct text is asked anew."""
    asked, joined = _counted_pairs()
    first, second = "".join(["ab", "c"]), "".join(["a", "bc"])
    joined(first, "x")
    joined(second, "x")
    joined(first, "x")
    assert asked == [("abc", "x")] * 3


@given(st.lists(st.tuples(st.sampled_from(["a", "b", ""]), st.text(max_size=3)), max_size=30))
def test_two_argument_memo_answers_as_the_function_does(calls: list[tuple[str, str]]) -> None:
    """Whatever the order of calls, every answer equals the function's own."""
    texts = {name: "".join(["t", name]) for name in ("a", "b", "")}
    _, joined = _counted_pairs()
    for name, other in calls:
        assert joined(texts[name], other) == texts[name] + "|" + other
