"""remove_boilerplate's per-text gates of its rules (no cue, no line asked alone), and its fast casefold."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textclean._filters.boilerplate import RemoveBoilerplate, contacts, counted, notices, pagers
from textclean._filters.boilerplate.blocks import Line, _prompting_lines
from textclean._filters.boilerplate.lines import casefold, kept_beside_removed
from textclean._filters.boilerplate.signals import site_prompt
from textclean._filters.boilerplate.vocabulary import SIGN_UP, TURKISH_SIGN_UP

_BODY = (
    "The council met on Tuesday evening and voted to keep the harbour library open on Sundays. "
    "Members said the reading room had been full every weekend since the spring."
)
_SECOND = (
    "The decision follows a petition signed by residents of the old town, who asked for longer "
    "hours in winter, when the reading room is the warmest place on the quay."
)
# Lines below the body that hold no digit, no at sign, no arrow and no commenting word:
# a share bar the catalog removes, and short lines beside it that stay.
_TAIL = ["Share this:", "Night buses on the island", "Seals at the old breakwater"]


def _text(tail_lines: int) -> str:
    tail = [_TAIL[i % len(_TAIL)] for i in range(tail_lines)]
    return "\n\n".join(["Harbour library stays open", _BODY, _SECOND, *tail])


class _Counted:
    """A pattern or function whose calls are counted."""

    def __init__(self, wrapped: Any) -> None:
        self.wrapped = wrapped
        self.calls = 0

    def __call__(self, *args: Any) -> Any:
        self.calls += 1
        return self.wrapped(*args)

    def search(self, *args: Any) -> Any:
        self.calls += 1
        return self.wrapped.search(*args)


def _count(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> _Counted:
    counted = _Counted(getattr(owner, name))
    monkeypatch.setattr(owner, name, counted)
    return counted


@pytest.mark.parametrize("tail_lines", [3, 12, 48])
def test_no_cue_asks_no_line_alone(monkeypatch: pytest.MonkeyPatch, tail_lines: int) -> None:
    """Below a body, lines without a rule's cue cost each rule one search, however many they are."""
    kind = _count(monkeypatch, contacts, "_kind")
    text = _text(tail_lines)
    explained = RemoveBoilerplate().explain(text)[1]
    assert any(change.before.startswith("Share this:") for change in explained)  # rules ran
    assert kind.calls == 0


def test_cues_still_ask_their_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    """A digit, an arrow and a commenting word below the body open each gate."""
    kind = _count(monkeypatch, contacts, "_kind")
    notice = _count(monkeypatch, notices, "comment_notice")
    pointed = _count(monkeypatch, pagers, "_pointed_headline")
    tail = [
        "« Night buses return to the island",
        "Share this:",
        "Comments are moderated and may take a while to appear.",
        "Tel. +44 1632 960 123",
        "press@harbour.example",
    ]
    text = "\n\n".join(["Harbour library stays open", _BODY, _SECOND, *tail])
    RemoveBoilerplate()(text)
    assert kind.calls > 0
    assert notice.calls > 0
    assert pointed.calls > 0


@given(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from("’“”–—…ÉßΣİﬁ")))
def test_fast_casefold_is_casefold(text: str) -> None:
    """lines.casefold gives str.casefold's answer on any text, quotes and dashes or not."""
    assert casefold(text) == text.casefold()


@pytest.mark.parametrize("letters", [range(0x80, 0x3000), range(0x3000, 0x110000, 7)])
@pytest.mark.parametrize("ascii_words", ["Ab", "Abcdefgh ijklmnopq rstuvwxyz"])
def test_fast_casefold_each_character(letters: range, ascii_words: str) -> None:
    """
    Each character beside ASCII letters and a curly quote folds as str.casefold folds it.

    Among few letters (mostly outside ASCII: folded at once) and among many
    (mostly ASCII: the bytes lowered where the others fold to themselves).
    """
    text = "".join(f"{ascii_words}{chr(point)}Z’" for point in letters)
    assert casefold(text) == text.casefold()


_PROMPT_WORDS = (
    "Subscribe", "subscribe", "Join", "«Abonnez-vous»", "Sign", "up", "to", "our", "newsletter",
    "Bültenimize", "abone", "olun", "kaydolun", "üye", "volunteers", "the", "council", "met.",
    "kayıt", "abone,", "olun!", "e-bültenimize", "ücretsiz", "hemen", "(üye",
    "bültenimize", "membership", "—", "!", "Newsletter:", "abonnieren", "Sie", "unseren",
)  # fmt: skip


@given(
    st.lists(
        st.lists(st.sampled_from(_PROMPT_WORDS), min_size=1, max_size=8).map(" ".join),
        min_size=1,
        max_size=8,
    )
)
def test_prompting_lines_hold_every_site_prompt(lines: list[str]) -> None:
    """Every line site_prompt accepts is listed, "olun" somewhere or not (disclosures asks these)."""
    folded = [casefold(line) for line in lines]
    listed = set(_prompting_lines("\n".join(folded)))
    assert {n for n, line in enumerate(lines) if site_prompt(line, folded[n])} <= listed


class _Asked(dict[int, str]):
    """The removed lines, counting how often a line is asked whether it is among them."""

    asked = 0

    def __contains__(self, key: object) -> bool:
        self.asked += 1
        return super().__contains__(key)


_PARAGRAPH = (
    "The council met on Tuesday evening and voted to keep the harbour library open on Sundays, "
    "members said."
)


def _content(unit: str, copies: int) -> list[Line]:
    lines = [_PARAGRAPH, _PARAGRAPH, *(unit * copies).split("\n")]
    content, _ = RemoveBoilerplate()._classify(lines)
    return content


@pytest.mark.parametrize("copies", [250])
def test_counted_lists_ask_each_line_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch, copies: int
) -> None:
    """Counts of lists one after another ask the body above and below once, not once per count."""
    unit = (
        "(3 Videos)\nNight buses return to the island\nSeals come back to the old breakwater\n"
        "Why the tram line matters now\n"
    )
    paragraph = _count(monkeypatch, counted, "_paragraph")
    asked = []
    for size in (copies, 4 * copies):
        removed = _Asked()
        paragraph.calls = 0
        counted.counted_lists(_content(unit, size), removed)
        assert len(removed) == 4 * size  # each count and its three headlines went
        asked.append(removed.asked + paragraph.calls)
    assert asked[1] <= 5 * asked[0]  # linear: four times the lines, about four times the asking


@pytest.mark.parametrize("copies", [250])
def test_comment_notices_pass_removed_lines_once(copies: int) -> None:
    """Notices under furniture one after another look past the removed lines above them once."""
    unit = "Share this:\nComments are moderated and may take a while to appear.\n"
    asked = []
    for size in (copies, 4 * copies):
        content = _content(unit, size)
        removed = _Asked({line.index: "share" for line in content if line.text == "Share this:"})
        beside = kept_beside_removed(content, removed, notices.REACH)
        removed.asked = 0
        notices.comment_notices(content, removed, beside)
        assert len(removed) == 2 * size  # every notice went
        asked.append(removed.asked)
    assert asked[1] <= 5 * asked[0]


def test_no_sign_up_word_holds_a_turkish_tail() -> None:
    """_prompting_lines blanks the Turkish phrases' last words out: no sign-up word may hold one."""
    tails = {phrase.split()[-1] for phrase in TURKISH_SIGN_UP}
    assert not [word for word in SIGN_UP if any(tail in casefold(word) for tail in tails)]
