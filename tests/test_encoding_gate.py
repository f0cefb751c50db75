"""
fix_encoding's gate (may_change_text): every text the filter changes gets through it.

The gate looks at where characters stand only when no trigger character
opens it: English prose, whose curly quotes are a lead in Mac Roman and a
continuation in Windows-1252, is refused without running the filter. The
property below builds documents of real text in many languages (Django's
translations, the English seed articles), damages some lines through one of
seven code pages once or twice, and checks that whatever the filter changes,
the gate lets through.
"""

from pathlib import Path

import pytest
from ftfy.badness import BADNESS_RE
from ftfy.chardata import CHARMAP_ENCODINGS
from ftfy.fixes import replace_lossy_sequences, restore_byte_a0
from hypothesis import assume, example, given
from hypothesis import strategies as st
from test_encoding_documents import CODECS, LINES, damage

from textclean._filters.encoding import (
    _CONTINUATIONS_OF,
    _LEADS_OF,
    _NEVER_UTF8,
    _SEQUENCE_LETTERS,
    _SEQUENCE_PUNCTUATION,
    _TRIGGER_CHARS,
    FixEncoding,
    _decode_step,
    _transcode,
    may_change,
    may_change_text,
)
from textclean.scan import notable_chars

fix_encoding = FixEncoding()

EXPECTED = Path(__file__).resolve().parent.parent / "fixtures" / "expected"
ENGLISH = sorted(
    {line for path in EXPECTED.glob("*.txt") for line in path.read_text("utf-8").splitlines()}
    - {""}
)
_ODD = sorted(
    set().union(*_LEADS_OF.values(), *_CONTINUATIONS_OF.values())
    | _SEQUENCE_LETTERS
    | _SEQUENCE_PUNCTUATION
)

_CLEAN_LINE = (
    st.sampled_from(LINES)
    | st.sampled_from(ENGLISH)
    # Text as typed, with quotes, dashes and a few characters that lead or go on with
    # a UTF-8 sequence in some code page, standing anywhere.
    | st.text(st.sampled_from([*"ab .’“”‘—–…«»", *_ODD[::7]]), max_size=40)
)
_LINE = st.tuples(_CLEAN_LINE, st.sampled_from((None, *CODECS)), st.integers(1, 2))
# Mojibake that holds no character of ftfy's trigger categories, which only
# the gate's look at where characters stand lets through: UTF-8 read as
# Windows-1251 or 1253 (``ezelЕ‘tt``, ``EmΓ«r``) beside clean lines.
_UNTRIGGERED_LINE = st.tuples(
    _CLEAN_LINE,
    st.sampled_from((None, "sloppy-windows-1251", "sloppy-windows-1253")),
    st.integers(1, 2),
)


def _build(spec: list[tuple[str, str | None, int]]) -> str:
    return "\n".join(
        line if codec is None else damage(line, codec, times) for line, codec, times in spec
    )


def _assert_gate_lets_through(text: str) -> None:
    if not may_change_text(text, notable_chars(text)):
        assert fix_encoding(text) == text
        assert fix_encoding.explain(text) == (text, ())


@given(st.lists(_LINE, min_size=1, max_size=6))
@example([("It’s “quoted” — fine…", None, 1)])
@example([("Ïðèâåò", None, 1), ("Привет, “мир”", "sloppy-windows-1251", 1)])
@example([("ВЂ”В", None, 1)])
def test_filter_changes_nothing_the_gate_refuses(spec):
    """Documents of clean and damaged lines: what the gate refuses comes back unchanged."""
    _assert_gate_lets_through(_build(spec))


@given(st.lists(_UNTRIGGERED_LINE, min_size=1, max_size=3))
@example([(" %(delta)s ezelőtt", "sloppy-windows-1251", 1)])
def test_filter_changes_nothing_the_gate_refuses_without_triggers(spec):
    """The same, on mojibake the set test of trigger characters alone does not see."""
    _assert_gate_lets_through(_build(spec))


@given(st.text(st.sampled_from([*"a .\n&;", *_ODD]) | st.characters(), max_size=16))
def test_filter_changes_nothing_the_gate_refuses_on_any_text(text):
    """Short texts made of the characters the gate weighs: the same property."""
    _assert_gate_lets_through(text)


@pytest.mark.parametrize(
    "text",
    [
        "It’s “quoted” — and ‘again’… No: “Don’t.”",
        "He said: “Ready” – then left.",
    ],
)
def test_english_with_curly_quotes_is_refused(text):
    """Curly quotes open the set test (a lead in one code page, a continuation in another), not the gate."""
    assert may_change(notable_chars(text))
    assert not may_change_text(text, notable_chars(text))


# Russian, Ukrainian and Greek as written, and the characters around which
# ftfy's Windows-1251 and 1253 sequences are made: capitals, quotation marks,
# dashes, ``µ`` and ``°``.
_CYRILLIC_GREEK = sorted(
    {chr(c) for c in range(0x400, 0x460)} | {chr(c) for c in range(0x386, 0x3CF)} - {"\u038b"}
)
_SEQUENCE_CHAR = (
    st.sampled_from([*"ВГРСΒΓΞΟ", *sorted(_SEQUENCE_PUNCTUATION), "µ", "°", " ", ".", ","])
    | st.sampled_from(_CYRILLIC_GREEK)
    | st.sampled_from(_ODD)
)
_SEQUENCE_TEXT = st.text(_SEQUENCE_CHAR, max_size=24)
# Texts of more than 32 distinct characters, which the gate first searches
# for any character it needs (as CJK text is).
_MANY_CHARS_TEXT = st.text(_SEQUENCE_CHAR | st.characters(), min_size=40, max_size=120)


@given(_SEQUENCE_TEXT | _MANY_CHARS_TEXT | st.text(max_size=24))
@example("СЂВ»")
@example("ВЂ”В")
@example("Γ“Ο")
@example("СµР")
@example("яВ«Г")
@example("ωΓ“Ο")
@example("В«Г")
def test_gate_opens_on_every_text_ftfy_flags(text):
    """Wherever ftfy's detector finds mojibake, the gate is open (a trigger character or not)."""
    if BADNESS_RE.search(text) is not None:
        assert may_change_text(text, notable_chars(text))


@given(_SEQUENCE_TEXT | _MANY_CHARS_TEXT)
def test_gate_opens_on_untriggered_text_the_filter_changes(text):
    """Without a trigger character, the sequence and code-page checks let through all the filter changes."""
    if _TRIGGER_CHARS.isdisjoint(text):
        _assert_gate_lets_through(text)


@given(st.lists(_UNTRIGGERED_LINE, min_size=3, max_size=8))
@example(
    [
        ("Съешь же ещё этих мягких французских булок, да выпей чаю", None, 1),
        (" %(delta)s ezelőtt", "sloppy-windows-1251", 1),
    ]
)
def test_gate_lets_through_what_the_filter_changes_in_texts_of_many_characters(spec):
    """Documents of several lines hold many distinct characters: the gate searches them for any it needs first."""
    _assert_gate_lets_through(_build(spec))


@pytest.mark.parametrize(
    "text",
    [
        "В «Газете» Сергей сказал: «Россия» — Ёлка, Р. С. Г.",
        "Он ответил: «Герой» — «Время» и «Сон».",
        "Він сказав: «Ні, це не їхнє» — і пішов до Григорія.",
        "Ο «Γιώργος» είπε — Βέβαια, Ξέρω. Όμως «Ο Βασίλης»;",
    ],
)
def test_clean_russian_ukrainian_and_greek_are_refused(text):
    """Capitals beside quotation marks, and leads beside continuations, that no mojibake makes."""
    assert may_change(notable_chars(text))
    assert not may_change_text(text, notable_chars(text))
    assert fix_encoding(text) == text


# Accented letters, pieces of mojibake, C1 controls, U+FFFD (0x1A in ftfy's
# sloppy code pages) and what ftfy's byte patches look for beside a lead
# ("?", 0x1A, spaces), around a character outside ASCII between two ASCII
# letters or digits.
_NEAR_PATCHES = st.text(
    st.sampled_from([*"aZ09 ?\x1a\n\ufffd\xa0", *"éèçœšžčřÃ©â€™ÂÐÑ├╝\x9c\x81", *_ODD[::5]]),
    max_size=12,
)
_BETWEEN_ASCII = st.builds(
    "".join,
    st.tuples(
        _NEAR_PATCHES,
        st.sampled_from("aZ09"),
        st.sampled_from([*"éœšÃ©€™\x9c\x81\xa0\ufffd", *_ODD[::3]]),
        st.sampled_from("aZ09"),
        _NEAR_PATCHES,
    ),
)


def _decodes_in(text: str, codec: str) -> bool:
    """Whether ftfy's decoding step could undo ``codec`` on ``text``: its byte patches, then UTF-8."""
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        return False
    restored = restore_byte_a0(data)
    for patched in (
        data,
        restored,
        replace_lossy_sequences(data),
        replace_lossy_sequences(restored),
    ):
        for decoding in ("utf-8", "utf-8-variants"):
            try:
                patched.decode(decoding)
            except UnicodeDecodeError:
                continue
            return True
    return False


@given(_BETWEEN_ASCII)
@example("cafés")
@example("a\x9cb")
@example("aÃb \x1a?")
def test_a_character_between_ascii_letters_decodes_in_no_code_page(text):
    """_NEVER_UTF8 finds only what no code page of ftfy's, with its byte patches, makes UTF-8."""
    assume(_NEVER_UTF8.search(text) is not None)  # (all but U+FFFD in the middle)
    assert not any(_decodes_in(text, codec) for codec in CHARMAP_ENCODINGS)
    assert _decode_step(text, fix_encoding._config) is None
    assert _transcode(text, simple=False) is None


@pytest.mark.parametrize("text", ["café ", "caf\ufffds", "cafÃ©s", "é", "a é"])
def test_what_may_decode_is_not_ruled_out(text):
    """U+FFFD is 0x1A in the sloppy code pages, which the lossy fix decodes; mojibake is pairs."""
    assert _NEVER_UTF8.search(text) is None
