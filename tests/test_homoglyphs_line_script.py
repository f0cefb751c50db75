"""
A line's majority script (`settled._Segments._line_script`) counted over distinct words, not word by word.

`_line_counts` weighs each distinct word once and takes back the words that
touch a sign of code where `code_like` finds them code; it must count what
the word-by-word pass (`GiveAway.gives_at` on every word) counted. On one
10 MB line of mojibake that pass was 4 s of 5.5 (issues 15 and 12).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import given
from hypothesis import strategies as st

from textclean._filters.homoglyphs import settled
from textclean._filters.homoglyphs.letters import WORD, scripts_present
from textclean.scan import notable_chars

if TYPE_CHECKING:
    import pytest

# Words of each script, with twins only (Cyrillic "сор", Greek "ΟΚ"), with
# letters giving a script away, all capitals, and marks; and what stands
# between words: prose, and the signs of code `code_like` looks for.
_WORDS = ["the", "word", "Java", "OTP", "ID", "сор", "мир", "Москва", "ΟΚ", "κόσμος", "ο",
          "a", "B", "é", "naïve", "x_name", "IPv6", "H2O", "С", "р", "ру", "e\u0301te"]  # fmt: skip
_BETWEEN = [" ", " ", ", ", ". ", "-", " - ", "'", "’", "%(", ")r ", "<", ">", "_", "°", "/",
            "--", " -", "a-z", "3", ".", "=", "|", ": ", "«", "»", "\u00a0", "\t", "#", "@"]  # fmt: skip


def _by_every_word(around: settled._Segments, start: int, end: int) -> dict[str, int]:
    """The count as it was: `gives_at` on every word of the line."""
    counts: dict[str, int] = {}
    for match in WORD.finditer(around.text, start, end):
        for script in around.gives_at(*match.span()):
            counts[script] = counts.get(script, 0) + 1
    return counts


def _nonzero(counts: dict[str, int]) -> dict[str, int]:
    return {script: count for script, count in counts.items() if count}


def _segments(text: str) -> settled._Segments:
    return settled._Segments(text, scripts_present(notable_chars(text), text), [])


_LINES = st.lists(
    st.tuples(st.sampled_from(_WORDS), st.sampled_from(_BETWEEN)), min_size=0, max_size=40
).map(lambda pairs: "".join(word + gap for word, gap in pairs))


@given(st.lists(_LINES, min_size=1, max_size=3).map("\n".join))
def test_line_counts_match_every_word(text: str) -> None:
    around = _segments(text)
    for at, start in enumerate(around.line_starts):
        end = around.line_starts[at + 1] - 1 if at + 1 < len(around.line_starts) else len(text)
        expected = _by_every_word(_segments(text), start, end)
        assert _nonzero(around._line_counts(start, end)) == _nonzero(expected)


@given(st.text(alphabet="aоοB Р.-_'%(3\n\u0301é", max_size=60))
def test_line_counts_match_on_any_characters(text: str) -> None:
    around = _segments(text)
    start, end = 0, text.find("\n") if "\n" in text else len(text)
    assert _nonzero(around._line_counts(start, end)) == _nonzero(
        _by_every_word(_segments(text), start, end)
    )


def test_line_majority_is_counted_once_and_with_few_python_steps(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """
    On one line of 100 KB and of 1 MB, the line's majority costs the same per character.

    Counted: `code_like` calls (one a word touching a sign of code, not one
    a word) and `gives_at` calls (none); and the line is counted once however
    often it is asked.
    """
    sentence = (
        "The committee met on Tuesday, and the chairman said the budget was settled. "
        "Москва и мир: a report in two scripts - with a note (p 136) and x_name. "
    )
    calls = {"code_like": 0, "gives_at": 0}
    code_like, gives_at = settled.code_like, settled.GiveAway.gives_at

    def counted_code_like(text: str, start: int, end: int) -> bool:
        calls["code_like"] += 1
        return code_like(text, start, end)

    def counted_gives_at(self: settled.GiveAway, start: int, end: int) -> frozenset[str]:
        calls["gives_at"] += 1
        return gives_at(self, start, end)

    monkeypatch.setattr(settled, "code_like", counted_code_like)
    monkeypatch.setattr(settled.GiveAway, "gives_at", counted_gives_at)
    per_char = []
    for size in (100_000, 1_000_000):
        text = sentence * (size // len(sentence))
        around = _segments(text)
        calls.update(code_like=0, gives_at=0)
        first = around._line_script(0, len(text))
        assert all(around._line_script(0, len(text)) == first for _ in range(5))
        words = sum(1 for _ in WORD.finditer(text))
        assert calls["gives_at"] == 0
        assert calls["code_like"] < words / 4
        per_char.append(calls["code_like"] / len(text))
    assert per_char[1] <= per_char[0] * 1.01
