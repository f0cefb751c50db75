"""
Cyrillic text with Latin twins in one pass (`_one_pass_repair`) repairs as the rounds of `_repair`.

The one-pass path takes the sparse path's decisions straight away, without
the shortcuts tried before it, and stops after the first round where
`_settled` says a second one would change nothing. These properties check
both claims against the rounds of the old path, kept as the fallback
(``ONE_PASS = False``), on Russian with twins swapped at random, genuine
Latin words, words of twins only, separators, quotes and one-line texts.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textclean._filters import homoglyphs
from textclean._filters.homoglyphs import FixHomoglyphs, _one_pass_repair, fix_homoglyphs

_RUSSIAN = [
    "программирования",
    "язык",
    "Москва",
    "структура",
    "заме\u0301тки",
    "привет",
    "говорят",
    "старый",
    "нравится",
    "Все",
    "всем",
    "сор",
    "ест",
    "она",
    "и",
    "а",
    "с",
    "о",
    "у",
    "В",
    "С",
    "К",
    "Но",
    "ХХ",
]
_LATIN = ["Python", "Java", "NoSQL", "Erlang", "XXII", "the", "code", "a", "OK"]
# Cyrillic letters and their Latin twins, as bench/corpus.py swaps them.
_TO_LATIN = str.maketrans("АВЕКМНОРСТХаеорсух", "ABEKMHOPCTXaeopcyx")
_GAPS = [" ", " ", " ", " = ", "\t", " — ", ": ", " | ", " (", ") ", " «", "» ", ' "', '" ']
_GAPS += [" '", "' ", "\n", "\n\n", ". ", ", ", " 5", " x_", " - ", " / ", "[12] "]


@st.composite
def _swapped_russian(draw: st.DrawFn) -> str:
    """Russian words and Latin ones, each Cyrillic twin swapped to Latin at a drawn share."""
    share = draw(st.sampled_from([0.0, 0.1, 0.3, 1.0]))
    words = draw(
        st.lists(
            st.one_of(*[st.sampled_from(_RUSSIAN)] * 6, st.sampled_from(_LATIN)),
            min_size=12,
            max_size=80,
        )
    )
    parts: list[str] = []
    for word in words:
        swaps = draw(st.lists(st.floats(0, 1), min_size=len(word), max_size=len(word)))
        parts.append(
            "".join(
                c.translate(_TO_LATIN) if r < share else c for c, r in zip(word, swaps, strict=True)
            )
        )
        parts.append(draw(st.sampled_from(_GAPS)))
    return "".join(parts).strip()


def _old(text: str) -> str:
    """The rounds of `_repair`, the path before the one-pass path."""
    old = FixHomoglyphs()
    saved, homoglyphs.ONE_PASS = homoglyphs.ONE_PASS, False
    try:
        return old(text)
    finally:
        homoglyphs.ONE_PASS = saved


class TestOnePass:
    @given(_swapped_russian())
    def test_same_as_the_rounds(self, text: str) -> None:
        """The one-pass path gives what the rounds of `_repair` give."""
        assert fix_homoglyphs(text) == _old(text)

    @given(_swapped_russian())
    def test_settled_is_a_fixed_point(self, text: str) -> None:
        """Where the first round is called settled, a second round of the old path changes nothing."""
        quick = _one_pass_repair(text)
        if quick is not None and quick.settled:
            assert FixHomoglyphs()._repair(quick.text) == quick.text

    @given(_swapped_russian())
    def test_first_round_is_the_old_first_round(self, text: str) -> None:
        """Its first round is the old path's first round, settled or not."""
        quick = _one_pass_repair(text)
        if quick is not None:
            assert quick.text == FixHomoglyphs()._repair(text)

    @pytest.mark.parametrize(
        ("text", "fixed"),
        [
            (
                "Мoсква и пpивет, a тaкже Erlang и c ними всеми вместе",
                "Москва и привет, а также Erlang и с ними всеми вместе",
            ),
            (
                "Мы пишем нa языке Erlang и нe только. Heт, это c ним",
                "Мы пишем на языке Erlang и не только. Нет, это с ним",
            ),
        ],
    )
    def test_repairs_and_settles(self, text: str, fixed: str) -> None:
        """A Russian text with twins swapped is repaired in one round, settled."""
        quick = _one_pass_repair(text)
        assert quick is not None
        assert quick.text == fixed
        assert quick.settled
        assert fix_homoglyphs(text) == _old(text) == fixed

    def test_only_cyrillic_with_latin(self) -> None:
        """Greek, accented Latin or styled letters leave the text to the rounds; stress marks do not."""
        for text in ("Мoсква и café", "Мoсква и λόγος", "Мoсква и Ｂｒｅａｋ"):
            assert _one_pass_repair(text) is None
        stressed = "Мoсква́ и пpивет, a тaкже Erlang и c ними всеми вместе"
        quick = _one_pass_repair(stressed)
        assert quick is not None
        assert quick.text == "Москва́ и привет, а также Erlang и с ними всеми вместе"
