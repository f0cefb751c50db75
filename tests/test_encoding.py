"""fix_encoding: mojibake and entities repaired as ftfy repairs them, clean text untouched."""

import re
import unicodedata

import ftfy
import ftfy.bad_codecs  # registers the sloppy codecs the strategy uses
import pytest
from ftfy.badness import is_bad
from ftfy.chardata import ALTERED_UTF8_RE
from ftfy.fixes import replace_lossy_sequences, restore_byte_a0
from hypothesis import example, given
from hypothesis import strategies as st

from textclean._filters.encoding import (
    _LONE_HITS,
    _MISREAD_CODECS,
    _UNDOABLE_CHARS,
    FTFY_ENCODING_ONLY,
    FixEncoding,
    _bad_lines,
    _blocks,
    _first_bad_line,
    _fix_and_explain,
    _fix_encoding_and_explain,
    _flagged_lines,
    _has_altered_utf8,
    _is_bad,
    _maybe_bad_pattern,
    _misread_gate,
    _restore_byte_a0,
    _sure_pairs,
    _transcode,
    _undo_misread,
    _undoable_lines,
    lines_holding,
    replace_lossy,
)
from textclean.scan import has_non_ascii_pair

fix_encoding = FixEncoding()


class TestFixEncoding:
    @pytest.mark.parametrize(
        ("broken", "fixed"),
        [
            ("cafÃ©", "café"),
            ("Itâ€™s", "It’s"),
            ("â€œquotedâ€\x9d", "“quoted”"),
            ("voilÃ\xa0 le travail", "voilà le travail"),
            ("Ð¿Ñ€Ð¸Ð²ÐµÑ‚", "привет"),
            ("РїСЂРёРІРµС‚", "привет"),
            ("Fish &amp; chips &mdash; &#8220;yum&#8221;", "Fish & chips — “yum”"),
        ],
    )
    def test_repairs_mojibake_and_entities(self, broken, fixed):
        """Common mojibake and entity forms come out as the intended text."""
        assert fix_encoding(broken) == fixed

    @pytest.mark.parametrize(
        "good",
        [
            "Plain ASCII text.",
            "Crème brûlée, naïve façade, Ærøskøbing",
            "“Curly” quotes — and dashes… stay",
            "Привет, как дела? Ґанок, їжак.",
            "Καλημέρα κόσμε",
            "日本語のテキスト",
            "AT&T and this&not that",
            "1 × 2 = 2, 20 °C, 5 €",
        ],
    )
    def test_leaves_good_text_alone(self, good):
        """Correct text in many scripts comes back unchanged."""
        assert fix_encoding(good) == good

    def test_entities_left_alone_after_a_tag(self):
        """Like ftfy, entities are not decoded once the text holds HTML markup."""
        text = "<b>bold</b>\nFish &amp; chips"
        assert fix_encoding(text) == text

    def test_entities_can_be_switched_off(self):
        """unescape_html=False keeps entities as written."""
        assert FixEncoding(unescape_html=False)("a &amp; b") == "a &amp; b"

    def test_only_changed_lines_differ(self):
        """A broken line is repaired without touching its neighbours."""
        text = "good line “ok”\ncafÃ© line\nanother good line"
        assert fix_encoding(text) == "good line “ok”\ncafé line\nanother good line"

    def test_matches_ftfy_line_by_line(self):
        """The pre-scan never skips a line ftfy would change."""
        text = "Â£5\nnormal\n\x80oops\nsÃ³\n&lt;tag&gt;\nÃ\xa0 la\nl’Â\nвЂњ"
        assert fix_encoding(text) == ftfy.fix_text(text, FTFY_ENCODING_ONLY)

    def test_explain_names_the_decoding(self):
        """explain reports the span and ftfy's plan."""
        fixed, changes = fix_encoding.explain("ok\ncafÃ©")
        assert fixed == "ok\ncafé"
        assert [(c.start, c.end, c.before, c.after) for c in changes] == [(6, 8, "Ã©", "é")]
        assert "latin-1" in changes[0].reason


# Text as scraped: accented and typographic characters, some lines read
# through Windows-1252 or Latin-1 once or twice, with stray controls.
_GOOD_CHARS = st.sampled_from(
    [*"aeiou AEIOU.,'\"-\n", *"éèàçñüößøåÉÀ", *"“”‘’—–…€£©®°×½", *"привет", *"γειά", "日本", "😀"]
)
_GOOD_LINE = st.lists(_GOOD_CHARS, max_size=40).map("".join)


def _garble(text: str, codec: str, times: int) -> str:
    for _ in range(times):
        text = text.encode("utf-8").decode(codec, errors="replace")
    return text


_MOJIBAKE_LINE = st.builds(
    _garble,
    _GOOD_LINE,
    st.sampled_from(
        ["sloppy-windows-1252", "cp1252", "latin-1", "sloppy-windows-1251", "macroman"]
    ),
    st.integers(0, 2),
)
_SCRAPED = st.lists(st.one_of(_MOJIBAKE_LINE, _GOOD_LINE, st.text(max_size=10)), max_size=6).map(
    "\n".join
)


@given(_SCRAPED)
@example("Ã\xa0 la\nsÃ³ â€œokâ€\x9d\nÃ©Ã©")
def test_same_as_ftfy_on_any_line(text):
    """
    Line by line, fix_encoding, shortcuts included, gives ftfy's encoding-only output.

    Or it goes on where ftfy stops: the line (or ftfy's output) decoded as
    UTF-8 from code pages, round after round, as ftfy does not try them.
    """
    for line in text.split("\n"):
        fixed = fix_encoding(line)
        theirs = ftfy.fix_text(line, FTFY_ENCODING_ONLY)
        if fixed == line and _brings_unassigned(line, theirs):
            continue  # ftfy's decoding made characters no script has: no repair
        assert fixed == theirs or fixed in _misread_decodings(line) | _misread_decodings(theirs)


def _brings_unassigned(line: str, fixed: str) -> bool:
    return any(unicodedata.category(c) in {"Cn", "Co", "Cs", "Cc"} for c in set(fixed) - set(line))


def test_decoding_to_unassigned_characters_is_no_repair():
    """cp866 text read as Windows-1251: ftfy decodes "а®Ґ" to U+0BA5, which no script has."""
    line = "Встроенные функции".encode("cp866").decode("cp1251")
    assert _brings_unassigned(line, ftfy.fix_text(line, FTFY_ENCODING_ONLY))
    assert fix_encoding(line) == line


def _misread_decodings(line: str) -> set[str]:
    """Every text the line gives, encoded in one of the code pages and decoded as UTF-8, 1-3 times."""
    found: set[str] = set()
    stage = {line}
    for _ in range(3):
        following = set()
        for text in stage:
            for codec in _MISREAD_CODECS:
                try:
                    following.add(text.encode(codec).decode("utf-8"))
                except UnicodeError:
                    continue
        found |= following
        stage = following
    return found


@given(_SCRAPED)
@example("Ã\xa0 la\nsÃ³ â€œokâ€\x9d\nÃ©Ã©")
@example("a\nÃ ok\nŒ\nœ")
def test_whole_text_repair_same_as_ftfy(text):
    """On a whole text, the repair without ftfy's full scans gives ftfy's text and plan."""
    config = FTFY_ENCODING_ONLY._replace(explain=True)
    fixed, plan = ftfy.fix_encoding_and_explain(text, config)
    assert _fix_encoding_and_explain(text, config) == (fixed, tuple(plan))
    assert _is_bad(text) == is_bad(text)


@given(_SCRAPED)
@example("c\x9cur d\u2019\x9cuvre")
@example("c\x9cur d\u00e9j\u00e0 \x80")
@example("\u00c3\u00a9 c\x9cur \u2019")
def test_line_repair_same_as_ftfy(text):
    """Line by line, the repair without ftfy's full scans gives ftfy's text and plan."""
    config = FTFY_ENCODING_ONLY._replace(explain=True)
    for line in text.split("\n"):
        fixed, plan = ftfy.fix_and_explain(line, config)
        assert _fix_and_explain(line, config) == (fixed, tuple(plan))


@given(_SCRAPED)
@example("â€œokâ€\x9d and â€˜soâ€™")
@example("Å\x81Ã³dÅº")
def test_transcoded_line_same_as_ftfy(text):
    """Where the Windows-1252 shortcut repairs a flagged line, ftfy repairs it the same way."""
    for line in text.split("\n"):
        fixed = _transcode(line) if is_bad(line) else None
        if fixed is not None:
            assert fixed == ftfy.fix_text(line, FTFY_ENCODING_ONLY)


_GATE_TEXT = st.text(
    st.sampled_from([*"aé É.\n", *"ÃÂœ€™’“”—\x81\xa0©ÐÑ├╝ВЂГўРСΟΞ", "\ud800", "😀"])
    | st.characters(),
    max_size=12,
)


@given(_GATE_TEXT)
@example("caf\N{LATIN CAPITAL LETTER A WITH TILDE}\N{COPYRIGHT SIGN}")
def test_scans_need_a_pair_or_a_lone_character(text):
    """Where either scan finds anything, the text holds two characters outside ASCII side by side, or a lone one."""
    paired = re.search("[^\x00-\x7f]{2}", text) is not None
    assert has_non_ascii_pair(text) == paired
    if _maybe_bad_pattern().search(text) and not paired:
        assert not _LONE_HITS.isdisjoint(text)
    if _misread_gate().search(text):
        assert paired


_BYTES = st.lists(
    st.sampled_from(
        [b"\x1a", b"?", b" ", b"a", b"\xc3", b"\xe2", b"\x80", b"\xbf", b"\xed", b"\xf0"]
    )
    | st.binary(max_size=3),
    max_size=30,
).map(b"".join)


@given(_BYTES)
def test_lossy_repair_same_as_ftfy(data):
    """The windowed lossy-sequence repair gives ftfy's replace_lossy_sequences output."""
    assert replace_lossy(data) == replace_lossy_sequences(data)


_ALTERED_BYTES = st.lists(
    st.sampled_from(
        [
            *(b" ", b"  ", b"s ", b"quele", b"a", b"\xc2", b"\xc3", b"\xd9", b"\xe2", b"\xe0"),
            *(b"\xf0", b"\x80", b"\x85", b"\xa0", b"\xbf"),
        ]
    )
    | st.binary(max_size=3),
    max_size=30,
).map(b"".join)


@given(_ALTERED_BYTES)
@example(b"\xc2 x\n\xc3 s \xc3 quele \xe2 \x80\xf0\x80 \x80 \xc3 ")
def test_restored_a0_same_as_ftfy(data):
    """Putting back 0xA0 bytes, two-byte leads by bytes.replace, gives ftfy's restore_byte_a0 output."""
    assert _restore_byte_a0(data) == restore_byte_a0(data)


@given(_BYTES)
def test_altered_check_same_as_ftfy(data):
    """The quick altered-UTF-8 check agrees with ftfy's pattern."""
    assert _has_altered_utf8(data) == bool(ALTERED_UTF8_RE.search(data))


@given(_SCRAPED)
@example("Â x\nÃ y\nok\nÃ© " * 3)
@example(("caf\u00c3\u00a9 " * 30 + "\n" + "clean line " * 150 + "\n") * 3 + "Ã la")
def test_bad_lines_are_ftfys(text):
    """The scan finds exactly the lines ftfy's detector flags, each line judged alone."""
    expected, pos = [], 0
    for line in text.split("\n"):
        end = min(pos + len(line) + 1, len(text))
        if is_bad(text[pos:end]):
            expected.append((pos, end))
        pos += len(line) + 1
    assert list(_bad_lines(text)) == expected
    assert _first_bad_line(text) == (expected[0] if expected else None)
    # Each distinct line judged once, however few lines the text has.
    assert list(_flagged_lines(text, many=0)) == expected


@given(st.lists(st.sampled_from(["Â x", "Ã© ok", "ok", "", "œ", "déjà", "x" * 40]), max_size=40))
@example(["Â x"] * 300 + ["ok", "Â x"])
def test_repeated_lines_judged_as_ftfy(lines):
    """A text of repeated lines, each distinct one judged once, gives the lines ftfy's detector flags."""
    text = "\n".join(lines)
    assert list(_flagged_lines(text, many=0)) == list(_bad_lines(text))
    assert list(_flagged_lines(text)) == list(_bad_lines(text))


def _blocks_one_by_one(text, spans, piece):
    """_blocks as a loop over the lines: each joins the block unless too far or apart."""
    block = [spans[0]]
    for span in spans[1:]:
        if span[1] - block[0][0] <= piece and text[block[-1][1] : span[0]].isascii():
            block.append(span)
        else:
            yield block
            block = [span]
    yield block


@given(
    st.lists(
        st.sampled_from(["Â x", "Ã© ok", "ok", "é", "x" * 30, "\x80"]), min_size=1, max_size=40
    ),
    st.integers(1, 80),
)
def test_blocks_found_by_bisection_as_one_by_one(lines, piece):
    """Grouping lines by bisection gives the blocks a loop over the lines gives."""
    text = "\n".join(lines)
    spans = [(start, end, None) for start, end in _bad_lines(text)]
    if spans:
        expected = list(_blocks_one_by_one(text, spans, piece))
        assert list(_blocks(text, spans, piece)) == expected


def _misread(text: str, codec: str, times: int = 1) -> str:
    for _ in range(times):
        text = text.encode("utf-8").decode(codec)
    return text


@pytest.mark.parametrize(
    ("original", "codec", "times"),
    [
        ("Die Größe der Übersicht ändern", "cp850", 1),
        ("Bitte wählen", "cp850", 1),
        ("Nie można otworzyć pliku źródłowego", "cp850", 2),
        ("Sélectionnez un élément", "cp437", 2),
        ("Välj en fil att öppna", "cp1251", 1),
        ("Negalima įrašyti į šį katalogą", "cp1251", 1),
        ("Η σύνδεση απέτυχε", "cp1251", 1),
        ("Não foi possível", "mac_roman", 2),
        ("Kļūda: neizdevās saglabāt", "sloppy-windows-1257", 1),
        ("ファイルを開けません", "cp850", 1),
        # Latin alphabets beyond Europe's: Azerbaijani ə, Akan ɛ ɔ, Sami ŋ.
        ("Şəkil yüklənmədi, yenidən cəhd edin", "cp1251", 1),
        ("Wɔnnya kwan sɛ wobɛkɔ", "cp1251", 1),
        ("Fiila ii sáhte rahpat ja ŋuolggadit", "cp1251", 1),
    ],
)
def test_utf8_read_in_code_pages_ftfy_does_not_try(original, codec, times):
    """UTF-8 read as DOS cp850, or as a code page ftfy's detector does not flag, is undone."""
    assert fix_encoding(_misread(original, codec, times)) == original


@pytest.mark.parametrize("codec", _MISREAD_CODECS)
def test_undoable_characters_are_all_a_code_page_writes_as_utf8(codec):
    """Every character a code page writes as a byte UTF-8 may hold is among the undoable ones."""
    chars = "".join(map(chr, [*range(0xD800), *range(0xE000, 0x10000)]))
    written = chars.encode(codec, errors="replace")  # one byte a character, "?" where none
    for char, byte in zip(chars, written, strict=True):
        if byte >= 0x80 and byte not in {0xC0, 0xC1} and byte < 0xF5:
            assert char in _UNDOABLE_CHARS, (char, codec)


@given(
    _SCRAPED
    | st.lists(st.sampled_from(["Ні, це", "σταθερή»", "’é x", "Ã©Ã©", "Ð¿Ñ"])).map("\n".join)
)
@example("Ні, це правда.\nÃ©tÃ© ok\n\nabc\nЧого ’é")
def test_undoable_lines_leave_only_lines_no_code_page_undoes(text):
    """The misread scan leaves out only lines that no code page, known or not, undoes."""
    kept = list(_undoable_lines(text, 0, len(text)))
    scanned = list(lines_holding(text, _misread_gate()))
    assert set(kept) <= set(scanned)
    for start, end in set(scanned) - set(kept):
        assert _undo_misread(text[start:end], frozenset(_MISREAD_CODECS)) is None


@pytest.mark.parametrize(
    "text",
    [
        "ВІКІ and ЁЖ are capitals",
        "SELKÄ\xa0EDELLÄ",
        "Bronte’s “novel”",
        "10 Å— or more",
        "AHÅ™ sofa",
        "├┤ line art ┼┐",
        "½° and ±µ",
        "Всё «хорошо» — да",
    ],
)
def test_text_as_written_is_not_decoded(text):
    """Text that merely happens to hold a lead and a continuation character stays."""
    assert fix_encoding(text) == text


def test_document_decides_between_close_code_pages():
    """cp437 and cp850 differ in a few characters; the document's clear lines pick the one."""
    lines = ["Průvodce nastavením", "Přidat uživatele", "Uložit změny"]
    garbled = "\n".join(_misread(line, "cp850") for line in lines)
    assert fix_encoding(garbled) == "\n".join(lines)


def test_sure_pairs_are_flagged_anywhere():
    """Each pair the line scan takes as mojibake without a search is flagged by ftfy wherever it stands."""
    assert len(_sure_pairs(line_start=False)) > 500
    assert {"Ã©", "â€", "Ã¨"} <= _sure_pairs(line_start=False)
    assert all(
        is_bad(f"Ab {pair} cd") and is_bad(f"{pair}\n") for pair in _sure_pairs(line_start=False)
    )


@given(st.text(st.sampled_from([*"a \n\xa0éà€’🙂", "\udcff"])))
@example("à la Ã  bientôt")
def test_valid_utf8_holds_no_altered_sequence(text):
    """A lead byte before a space where its continuations stand is invalid UTF-8: ftfy finds none."""
    data = text.encode("utf-8", "surrogatepass")
    assert _has_altered_utf8(data) == bool(ALTERED_UTF8_RE.search(data))
    if "\udcff" not in text:  # (valid UTF-8)
        assert ALTERED_UTF8_RE.search(data) is None
