"""
The one pass over Cyrillic text with Latin twins (`cyrillic_pass`) gives what the sparse path gives.

Properties against the old path, kept as the fallback (``CYRILLIC_PASS =
False``): the first round and its settled verdict are `_one_pass_repair`'s,
and the whole filter's output is the old filter's, on Russian with twins
swapped at random, Latin names, words of twins only, separators, quotes and
one-line texts. Unit tests for each step: the gate, the words found in C,
the context classes, the decisions and the join, and the texts left to the
sparse path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_homoglyphs_one_pass import _RUSSIAN, _TO_LATIN, _swapped_russian

from textclean._filters.homoglyphs import FixHomoglyphs, _one_pass_repair, cyrillic_pass
from textclean._filters.homoglyphs.context import Found
from textclean._filters.homoglyphs.fast import Segments, mixed_word_alone, rewrite_in_context
from textclean._filters.homoglyphs.letters import CYRILLIC, LATIN
from textclean._filters.homoglyphs.sparse import one_byte, others_of

if TYPE_CHECKING:
    from collections.abc import Iterator

_NAMES = ["Sun Microsystems", "Python", "NoSQL", "WWW", "a", "c", "B", "C", "Ha", "ok"]


@st.composite
def _with_names(draw: st.DrawFn) -> str:
    """Swapped Russian with Latin names and lone twins dropped between its words, on one line or many."""
    text = draw(_swapped_russian())
    words = text.split(" ")
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(words)))
        words.insert(at, draw(st.sampled_from(_NAMES)))
    joined = " ".join(words)
    return joined.replace("\n", " ") if draw(st.booleans()) else joined


@pytest.fixture
def off() -> Iterator[None]:
    """The old path: the pass switched off."""
    saved, cyrillic_pass.CYRILLIC_PASS = cyrillic_pass.CYRILLIC_PASS, False
    try:
        yield
    finally:
        cyrillic_pass.CYRILLIC_PASS = saved


def _old(text: str) -> str:
    saved, cyrillic_pass.CYRILLIC_PASS = cyrillic_pass.CYRILLIC_PASS, False
    try:
        return FixHomoglyphs()(text)
    finally:
        cyrillic_pass.CYRILLIC_PASS = saved


# Words of twins of both scripts that read as words either way, quoted or
# bracketed alone (`mixed_word_alone`): the word rules read them by the lexicon.
_ALONE = ["«АK", "«AК»", '"МAК"', "(PТ)", "«Тy»", "«Kо»", "(АP)", "«ОAК»", '"TН"']


@st.composite
def _with_words_alone(draw: st.DrawFn) -> str:
    """Russian with a fifth of its twins swapped, and mixed words of twins alone in their segments."""
    words = [
        "".join(c.translate(_TO_LATIN) if draw(st.integers(0, 4)) == 0 else c for c in word)
        for word in draw(st.lists(st.sampled_from(_RUSSIAN), min_size=12, max_size=40))
    ]
    for _ in range(draw(st.integers(1, 3))):
        words.insert(draw(st.integers(0, len(words))), draw(st.sampled_from(_ALONE)))
    if draw(st.booleans()):
        words.insert(draw(st.integers(0, len(words))), draw(st.sampled_from(["\n", "\nPython"])))
    return " ".join(words)


def _has_word_alone(text: str) -> bool:
    """Whether ``text`` holds a mixed word alone in its segment, as the pass finds it."""
    return mixed_word_alone(text, CYRILLIC, Segments(text, CYRILLIC, frozenset({CYRILLIC, LATIN})))


class TestSameAsTheSparsePath:
    @given(st.one_of(_swapped_russian(), _with_names(), _with_words_alone()))
    def test_first_round(self, text: str) -> None:
        """
        Where the pass decides, its text is `_one_pass_repair`'s, and so is its settled verdict.

        Where a mixed word stands alone in its segment, the pass reads it as
        rule 1 does (`_alone_read`) and may call Latin twins (``AK``) settled
        where the sparse path waits for a second round: there, its verdict is
        checked against a second round.
        """
        done = cyrillic_pass.cyrillic_pass(text)
        if done is None:
            return
        quick = _one_pass_repair(text)
        if quick is None:  # the sparse path left it to the word rules
            assert done[0] == FixHomoglyphs()._repair(text, may_change=True)
        else:
            assert done[0] == quick.text
            if not _has_word_alone(text):
                assert done[1] == quick.settled
        if done[1]:
            assert FixHomoglyphs()._repair(done[0]) == done[0]

    @given(st.one_of(_swapped_russian(), _with_names(), _with_words_alone()))
    def test_whole_filter(self, text: str) -> None:
        """
        The filter with the pass gives what it gives without it.

        Where a mixed word stands alone in its segment, the pass reads it as
        rule 1 does and may settle in one call what the old path leaves (see
        `test_first_round`): there the two may read a word of twins in
        different scripts, and nothing else; and the pass's text is settled.
        """
        new, old = FixHomoglyphs()(text), _old(text)
        if not _has_word_alone(text):
            assert new == old
        else:
            assert new.translate(_TO_LATIN) == old.translate(_TO_LATIN)
            assert FixHomoglyphs()(new) == new

    def test_a_word_alone_lets_the_pass_read_a_leading_word_of_twins(self) -> None:
        """Found by the property in CI: the old path leaves ``Bce`` Latin, the pass reads ``Все``."""
        text = "Bce «AК» и и и язык язык Все и и и и и"
        assert FixHomoglyphs()(text) == "Все «AK» и и и язык язык Все и и и и и"
        assert _old(text) == "Bce «AK» и и и язык язык Все и и и и и"


# Words of twins kept as code or names, and Latin words of twins in a text
# writing no other Latin word (``TT``, ``i``): the cases the settled verdict
# now takes without a second round.
_KEPT = ["в XX веке", "HTML, PDF и Tex", "TT", "i", "The", "e-mail", "A4", "Петра I", "Ha"]


@st.composite
def _with_kept_words(draw: st.DrawFn) -> str:
    """Swapped Russian with words of Latin twins kept as code, names or numerals dropped in."""
    words = draw(_swapped_russian()).split(" ")
    for _ in range(draw(st.integers(1, 4))):
        words.insert(draw(st.integers(0, len(words))), draw(st.sampled_from(_KEPT)))
    return " ".join(words)


class TestSettled:
    @given(st.one_of(_with_kept_words(), _with_names()))
    def test_settled_is_a_fixed_point(self, text: str) -> None:
        """Where the pass calls its text settled, a second round of the rules changes nothing."""
        done = cyrillic_pass.cyrillic_pass(text)
        if done is not None and done[1]:
            assert FixHomoglyphs()._repair(done[0]) == done[0]

    @pytest.mark.parametrize(
        "text",
        [
            "Мы жили в XX векe, a пpивет всем нашим старым друзьям из Москвы",
            "Мы пишем TT и пpивет всем нашим старым друзьям из Москвы",
            "Мы пишем HTML, PDF и Tex, a пpивет всем нашим старым друзьям",
        ],
    )
    def test_kept_twins_settle_in_one_round(self, text: str) -> None:
        """A numeral, a Latin word kept in any context and a name among names need no second round."""
        done = cyrillic_pass.cyrillic_pass(text)
        assert done is not None
        fixed, settled = done
        assert settled
        assert FixHomoglyphs()._repair(fixed) == fixed


class TestWordsAlone:
    def test_read_in_latin_by_the_word_rules(self) -> None:
        """``АK`` alone between quotes is read by rule 1 as the word rules read it, in the pass."""
        text = (
            "Нефтепроводы «АK «Tрaнcнефть» возглавил новый генеральный директор, "
            "кoтoрый paньше работал в кoмпании и знaет всex"
        )
        done = cyrillic_pass.cyrillic_pass(text)
        assert done is not None
        assert done[0] == _old(text)
        assert "«AK «Транснефть»" in done[0]

    def test_on_a_line_with_a_name_left_to_the_word_rules(self) -> None:
        """A word alone on a line holding a name: its context is the names', the word rules'."""
        text = "Авиалинии (РTС: AFLT) - крупнейшая рoссийcкая кoмпания и пpивет всем нашим"
        assert cyrillic_pass.cyrillic_pass(text) is None


class TestGate:
    def test_plain_cyrillic(self) -> None:
        """Basic Cyrillic letters, punctuation and stress marks pass; ӏ, é or a titlo does not."""
        assert cyrillic_pass._plain_cyrillic(frozenset("привет«»—\u0301"))
        for char in ("\u04cf", "é", "\u0483"):
            assert not cyrillic_pass._plain_cyrillic(frozenset(f"привет{char}"))

    def test_other_texts_are_not_asked(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """English, Greek and accented Latin are not this pass's (None, not counted)."""
        monkeypatch.setattr(cyrillic_pass, "COUNT_FALLBACKS", True)
        before = sum(cyrillic_pass.FELL_BACK.values())
        for text in ("Th\u0430t is a test", "Мoсква и λόγος", "Мoсква и café"):
            assert cyrillic_pass.cyrillic_pass(text) is None
        assert sum(cyrillic_pass.FELL_BACK.values()) == before

    def test_fallbacks_are_counted(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A stress mark on a Latin twin leaves the text to the sparse path, counted by reason."""
        monkeypatch.setattr(cyrillic_pass, "COUNT_FALLBACKS", True)
        text = "Мoсквa\u0301 и пpивет, a тaкже Erlang и c ними всеми вместе"
        before = cyrillic_pass.FELL_BACK.copy()
        assert cyrillic_pass.cyrillic_pass(text) is None
        gained = cyrillic_pass.FELL_BACK - before
        assert list(gained.values()) == [1]
        assert next(iter(gained)) == "a mark beside a Latin letter"
        stressed = text.replace("a\u0301", "а\u0301")  # on a Cyrillic letter: taken
        assert cyrillic_pass.cyrillic_pass(stressed) == (
            "Москва\u0301 и привет, а также Erlang и с ними всеми вместе",
            True,
        )

    def test_fallbacks_are_not_counted_by_default(self) -> None:
        """The filter writes no shared counter for every text unless a test switches it on."""
        assert not cyrillic_pass.COUNT_FALLBACKS
        before = cyrillic_pass.FELL_BACK.copy()
        cyrillic_pass.cyrillic_pass("Мoсквa\u0301 и пpивет, a тaкже Erlang и c ними всеми вместе")
        cyrillic_pass.cyrillic_pass("Москва и пpивет, а также Erlang и с ними всеми вместе")
        assert before == cyrillic_pass.FELL_BACK

    def test_latin_text_is_left(self) -> None:
        """More letters giving Latin away than Cyrillic: the sparse path's script is Latin."""
        text = "Мoсква Python Erlang Haskell Ericsson и мы"
        others = others_of(text, one_byte(text))
        assert cyrillic_pass._latin_letters(text, others, one_byte(text)) == "not mostly Cyrillic"


class TestWords:
    def test_only_words_of_ascii_letters(self) -> None:
        """Names and words of twins are found; mixed words are not (their twins are replaced)."""
        text = "Мы пишем нa Python, a c ним Ha и TOP_5 всё"
        found = _found(text)
        assert [text[s:e] for s, e in found.names] == ["Python"]
        assert [text[s:e] for s, e in found.twins] == ["a", "c", "Ha", "TOP"]
        assert found.latin_letters == 2  # y, t: no Cyrillic twin

    def test_name_letter_in_a_cyrillic_word(self) -> None:
        """A letter giving Latin away inside a Cyrillic word is left to the sparse path."""
        text = "Мы пишем нaш кoд и привет дgуг Python"
        latin = cyrillic_pass._latin_letters(text, others_of(text, one_byte(text)), one_byte(text))
        assert isinstance(latin, int)
        assert cyrillic_pass._decide(text, others_of(text, one_byte(text)), latin) == (
            "a name's letter in a Cyrillic word"
        )


def _found(text: str) -> cyrillic_pass._Text:
    return cyrillic_pass._Text(text, others_of(text, one_byte(text)))


def _context(text: str, word: str) -> Found:
    at = text.index(f" {word} ") + 1
    return cyrillic_pass._context(_found(text), at, at + len(word))


class TestContext:
    def test_counts_cyrillic_words(self) -> None:
        """Words giving Cyrillic away, counted up to a bound; code gives nothing away."""
        text = "мы пишем x_код 5лет тут"
        found = _found(text)
        assert found.cyrillic_words(0, len(text), 10) == 3
        assert found.cyrillic_words(0, len(text), 2) == 2

    def test_word_beside_a_cyrillic_word(self) -> None:
        """A Cyrillic word beside it, no separator between and no name in its segment: Cyrillic."""
        text = "Мы пишем a тут — Python"
        found = _found(text)
        at = text.index(" a ") + 1
        assert found.surely_cyrillic(at, at + 1)
        assert _context(text, "a") == Found(CYRILLIC, own=True, near=True)

    def test_not_shown_across_a_separator(self) -> None:
        """The only Cyrillic word beside it stands past a separator: not shown (the line decides)."""
        text = "Мы пишем — a"
        at = text.index(" a") + 1
        assert not _found(text).surely_cyrillic(at, at + 1)
        assert _context(text + " ", "a") == Found(CYRILLIC, own=True, near=False)

    def test_segment_with_one_name(self) -> None:
        """One name and three words giving Cyrillic away in its segment: Cyrillic."""
        text = "Мы пишем на Python a тут — и всё"
        found = _found(text)
        segment, _, _ = found.lines.at(text.index(" a ") + 1)
        assert found.clearly_cyrillic(segment)
        assert _context(text, "a") == Found(CYRILLIC, own=True, near=True)
        assert found._local is None  # no word-by-word context was needed

    def test_line_without_a_name(self) -> None:
        """A word of twins alone in its segment on a line without a name: the line's context."""
        text = "Мы пишем тут — (a)\nPython"
        assert _context(text.replace("(a)", "( a )"), "a") == Found(CYRILLIC, own=True, near=False)

    def test_name_segment_by_nearest_words(self) -> None:
        """Two names in its segment: its nearest give-away words decide, listed without ForeignLines."""
        text = "Sun a Microsystems — мы пишем тут"
        found = _found(text)
        at = text.index(" a ") + 1
        assert not found.clearly_cyrillic(found.lines.at(at)[0])
        assert cyrillic_pass._context(found, at, at + 1) == Found(LATIN, own=True, near=True)
        assert found._local is None

    def test_tie_asks_the_sparse_context(self) -> None:
        """A tie among the nearest words: the sparse path's context (`ForeignLines.context`)."""
        text = "Python a тут — мы пишем тут, и всё"
        found = _found(text)
        at = text.index(" a ") + 1
        context = cyrillic_pass._context(found, at, at + 1)
        assert found._local is not None
        assert context == found.local().context(at)


class TestDecisions:
    @pytest.mark.parametrize(
        ("text", "fixed", "settled"),
        [
            (
                "Мoсква и пpивет, a тaкже Erlang и c ними всеми вместе",
                "Москва и привет, а также Erlang и с ними всеми вместе",
                True,
            ),
            # A lone capital C opening a sentence of Russian words, in a text
            # that swaps: the swapped preposition ``С``, though Latin words
            # pin the text (`_sentence_opener`).
            (
                "Мы пишем нa языке Python. C ним легко a тут",
                "Мы пишем на языке Python. С ним легко а тут",
                True,
            ),
        ],
    )
    def test_repairs(self, text: str, fixed: str, *, settled: bool) -> None:
        """Mixed words by the twins replaced, words of twins by `_judge_whole`, names kept."""
        assert cyrillic_pass.cyrillic_pass(text) == (fixed, settled)

    def test_repeated_words_decided_once(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Each distinct word of twins in a context is asked once a text."""
        calls: list[str] = []

        def counted(*args: object, **options: object) -> str | None:
            calls.append(str(args[1]))
            return rewrite_in_context(*args, **options)  # type: ignore[arg-type]

        monkeypatch.setattr(cyrillic_pass, "rewrite_in_context", counted)
        text = "Мы пишем тут, a потом, a ещё, a всё. " * 5
        assert cyrillic_pass.cyrillic_pass(text) is not None
        assert calls == ["a"]
