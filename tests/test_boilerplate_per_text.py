"""Answers remembered while one text is read (lines.per_text) are the functions' own, and one text's only."""

from __future__ import annotations

import importlib
import pkgutil
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from test_boilerplate_shortcuts import DOCS

import textclean._filters.boilerplate as package
from textclean._filters.boilerplate import RemoveBoilerplate, lines

if TYPE_CHECKING:
    from collections.abc import Callable

_MODULES = [
    importlib.import_module(f"{package.__name__}.{module.name}")
    for module in pkgutil.iter_modules(package.__path__)
]
# Every remembered function, by module and name, with the function it remembers
# (per_text's functions share their code).
_ANSWER = lines.per_text(str.strip).__code__
_REMEMBERED: list[tuple[Any, str, Callable[[str], object]]] = [
    (module, name, value.__wrapped__)
    for module in _MODULES
    for name, value in vars(module).items()
    if getattr(value, "__code__", None) is _ANSWER
]
_LINES = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "Jane Roe",
            "Head of Presales",
            "Geschäftsführer",
            "1. Contents:",
            "Anzeige",
            "- Anzeige -",
            "ANZEIGE | Jetzt kaufen",
            "The harbour at dawn. Photograph: Jane Roe/Agency",
            "Price: £0.00",
            "The council met on Tuesday and voted to keep the library open.",
        ]
    ),
)
_FILTERS = [RemoveBoilerplate(), RemoveBoilerplate(strength="web")]


def test_functions_are_found() -> None:
    """The stages' remembered functions are found (the tests below ask each of them)."""
    assert {name for _, name, _ in _REMEMBERED} >= {"_density", "short_text", "_key", "ad_label"}


@given(st.lists(_LINES, max_size=6))
def test_answers_are_the_functions_own(texts: list[str]) -> None:
    """A remembered function answers as the function does, asked once, twice and after new_text."""
    for module, name, function in _REMEMBERED:
        remembered = getattr(module, name)
        for text in texts:
            if not text.strip():
                continue  # (the stages ask stripped lines only)
            expected = function(text)
            assert remembered(text) == expected
            assert remembered(text) == expected
            lines.new_text()
            assert remembered(text) == expected


@given(DOCS, DOCS)
@example(
    "Jane Roe\nHead of Presales\nArne Roe\nGeschäftsführer\nMia Lee\nCOO\nShare this:\nFacebook",
    "The council met on Tuesday and voted to keep the library open. " * 3
    + "\n\nShare this:\nFacebook\nTwitter\nEmail\nPrint",
)
def test_remembering_changes_no_answer(first: str, text: str) -> None:
    """The filter explains a text alike with its answers remembered or asked afresh each time."""
    for remove in _FILTERS:
        remove(first)  # answers of another text are forgotten before ``text`` is read
        remembered = remove.explain(text)
        assert all(key in text for found in lines._FILLED for key in found)
        with pytest.MonkeyPatch.context() as patch:
            for module, name, function in _REMEMBERED:
                patch.setattr(module, name, function)
            assert remove.explain(text) == remembered


def test_a_full_text_forgets_older_answers() -> None:
    """A text of more distinct lines than are remembered still gets the function's answers."""
    remembered: Callable[[str], str] = lines.per_text(str.upper)
    texts = [f"line {number}" for number in range(lines._MAX_REMEMBERED + 5)]
    assert [remembered(text) for text in texts] == [text.upper() for text in texts]
    assert [remembered(text) for text in texts[:3]] == ["LINE 0", "LINE 1", "LINE 2"]
    lines.new_text()
