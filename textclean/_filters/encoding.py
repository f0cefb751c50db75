r"""
fix_encoding: mojibake and HTML-entity repair through ftfy, encoding fixes only.

ftfy's formatting fixes (width, quotes, ligatures) are left out: the LLM data
pipelines datatrove and NeMo Curator dropped them after they hurt CJK text.
Quotes and widths are other filters' business here, switched by profile.

Speed: ftfy runs at about 2 MB/s. Every pattern in its mojibake detector
(`ftfy.badness.BADNESS_RE`) needs at least one character from a small set
(accented Latin letters, currency, C1 controls, box drawing...) within six
characters of the match. So one compiled scan finds those characters, a
window around each is checked with ftfy's own detector, and only the lines
that fail are repaired. ftfy itself works line by line (`ftfy.fix_text`), so
the result is the same as calling it on the whole text.

A failing line is first tried the way ftfy's first choice would go: encoded
as Windows-1252 and decoded as UTF-8. When none of the bytes ftfy treats
specially is present (lossy or altered UTF-8, CESU), the decoding succeeds
and the result is clean by the same detector, ftfy would return exactly that
text, so the transcoded line is used; otherwise ftfy repairs the line. The
shortcut is about twenty times faster than ftfy on such lines, and
`tests/test_encoding.py` checks it against ftfy on arbitrary text.

    >>> fix_encoding("The caf\N{LATIN CAPITAL LETTER A WITH TILDE}\N{COPYRIGHT SIGN} is open")
    'The café is open'
    >>> fix_encoding("Fish &amp; chips")
    'Fish & chips'
    >>> fix_encoding("Already clean: café, naïve, “quoted”")
    'Already clean: café, naïve, “quoted”'

Caveat: like ftfy, a C1 control character left in text is read as the
Windows-1252 character it was most likely meant to be.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import ftfy
from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES
from ftfy.chardata import ALTERED_UTF8_RE, HTML_ENTITY_RE, LOSSY_UTF8_RE

from textclean.changes import Change, apply_changes, diff_changes
from textclean.scan import chars_matching, notable_chars

if TYPE_CHECKING:
    from collections.abc import Iterator
    from collections.abc import Set as AbstractSet

#: ftfy's configuration for encoding repair only.
FTFY_ENCODING_ONLY = ftfy.TextFixerConfig(
    unescape_html="auto",
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)

# Every BADNESS_RE alternative holds a character from one of the categories
# below, except the Windows-1251/1253 patterns made of Greek or Cyrillic
# capitals around punctuation and "вЂ", which get alternatives of their own.
# Curly quotes and Greek and Cyrillic letters alone never trigger.
_TRIGGER_CATEGORIES = (
    "c1", "bad", "law", "currency", "numeric", "kaomoji",
    "upper_accented", "lower_accented", "box",
)  # fmt: skip
_PUNCTUATION = MOJIBAKE_CATEGORIES["start_punctuation"] + MOJIBAKE_CATEGORIES["end_punctuation"]
# Two scans, since a lone character class is scanned far faster than an
# alternation; the second only runs on text holding its first letters.
_TRIGGER_CHAR = re.compile(
    "["
    + "".join(MOJIBAKE_CATEGORIES[name] for name in _TRIGGER_CATEGORIES)
    + "\N{LATIN CAPITAL LIGATURE OE}\N{LATIN SMALL LIGATURE OE}"
    + "\N{DEGREE SIGN}\N{MULTIPLICATION SIGN}]"
)
# Led by the punctuation or "Ђ", which are rarer than the capitals around
# them, and run only on text that holds one of those capitals.
_TRIGGER_SEQ = re.compile(f"[{_PUNCTUATION}](?<=[ВГРСΒΓΞΟ].)(?=[ВГРСΒΓΞΟ])|Ђ(?<=[вВ]Ђ)")
_SEQUENCE_LETTERS = frozenset("ВГРСΒΓΞΟ")
_TRIGGER_SEQ_LETTERS = _SEQUENCE_LETTERS | {"Ђ"}
_SEQUENCE_PUNCTUATION = frozenset(_PUNCTUATION)
# A trigger character, or "&" (an entity) or "Ђ" (in "вЂ"): see may_change.
_TRIGGER_CHARS = chars_matching(_TRIGGER_CHAR) | {"&", "Ђ"}
# Any character the checks on a repaired line look for: most repaired lines
# hold none, and one scan clears them.
_UNSETTLING = _TRIGGER_CHARS | _SEQUENCE_LETTERS | {"\x1a"}


def may_change(chars: AbstractSet[str]) -> bool:
    """
    False when a text holding only these notable characters has nothing for fix_encoding.

    Mojibake needs a trigger character (or "Ђ", or a Windows-1251/1253
    capital next to quotation marks), and an entity needs "&": plain Russian
    or Greek passes without a scan.
    """
    return not _TRIGGER_CHARS.isdisjoint(chars) or (
        not _SEQUENCE_LETTERS.isdisjoint(chars) and not _SEQUENCE_PUNCTUATION.isdisjoint(chars)
    )


_WINDOW = 7  # longest BADNESS_RE match: "ГўВЂВ.[A-Za-z ]"
# Characters after which ftfy's first transcoding is not the whole story:
# C1 controls and "\x1a" make it pick another encoding or patch bytes;
# "&" may start an entity.
_NOT_SIMPLE = re.compile("[\x80-\x9f\x1a&]")
_NOT_SIMPLE_CHARS = chars_matching(_NOT_SIMPLE)
_MAX_SEGMENT = ftfy.TextFixerConfig().max_decode_length


@dataclass(frozen=True)
class FixEncoding:
    """Repair mojibake (UTF-8 read as Latin-1, Windows-1252, ...) and unambiguous HTML entities."""

    unescape_html: bool = True
    _config: ftfy.TextFixerConfig = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Build the ftfy configuration once."""
        config = FTFY_ENCODING_ONLY._replace(unescape_html="auto" if self.unescape_html else False)
        object.__setattr__(self, "_config", config)

    def __call__(self, text: str) -> str:
        """Return ``text`` with its mojibake repaired."""
        spans = list(self._suspect_lines(text))
        if not spans:
            return text
        # One scan tells whether any line needs the per-line check below.
        chars = notable_chars(text)  # the pipeline's scan, when it ran one
        simple = _NOT_SIMPLE_CHARS.isdisjoint(chars)
        parts: list[str] = []
        pos = 0
        for block in _blocks(text, spans) if simple else [[span] for span in spans]:
            start, end = block[0][0], block[-1][1]
            parts.append(text[pos:start])
            # A run of bad lines, with only ASCII lines between them, is
            # transcoded at once when every line would be: no step of the
            # shortcut reaches across a line break, and ASCII is unchanged.
            whole = _transcode(text[start:end], simple=True) if len(block) > 1 else None
            if whole is not None:
                parts.append(whole)
            else:
                for line_start, line_end, config in block:
                    parts.append(text[start:line_start])
                    line = text[line_start:line_end]
                    parts.append(_transcode(line, simple=simple) or ftfy.fix_text(line, config))
                    start = line_end
            pos = end
        parts.append(text[pos:])
        return "".join(parts)

    def explain(self, text: str) -> tuple[str, tuple[Change, ...]]:
        """Like calling the filter, and say what ftfy did to each line it changed."""
        changes: list[Change] = []
        for start, end, config in self._suspect_lines(text):
            line = text[start:end]
            fixed = ftfy.fix_text(line, config)
            if fixed != line:
                plan = ftfy.fix_and_explain(line, config._replace(explain=True)).explanation
                how = ", ".join(f"{action} {parameter}" for action, parameter in plan or [])
                changes.extend(
                    change._replace(start=change.start + start, end=change.end + start)
                    for change in diff_changes(line, fixed, f"mojibake: {how}")
                )
        return apply_changes(text, changes), tuple(changes)

    def _suspect_lines(self, text: str) -> Iterator[tuple[int, int, ftfy.TextFixerConfig]]:
        """Yield (start, end, ftfy config) for each line ftfy might change, in order."""
        if text.isascii() and "&" not in text:
            return
        lines = {start for start, _ in _bad_lines(text)}
        if self.unescape_html and "&" in text:
            lines.update(text.rfind("\n", 0, m.start()) + 1 for m in HTML_ENTITY_RE.finditer(text))
        # ftfy's "auto" HTML mode turns unescaping off for good at the first
        # line holding "<"; mirror that so results match ftfy.fix_text exactly.
        first_tag = text.find("<")
        for start in sorted(lines):
            end = text.find("\n", start) + 1 or len(text)
            config = self._config
            if first_tag != -1 and first_tag < end:
                config = config._replace(unescape_html=False)
            yield start, end, config


def _blocks(
    text: str, spans: list[tuple[int, int, ftfy.TextFixerConfig]]
) -> Iterator[list[tuple[int, int, ftfy.TextFixerConfig]]]:
    """Group the lines to repair into runs with nothing but ASCII between them."""
    block = [spans[0]]
    for span in spans[1:]:
        if text[block[-1][1] : span[0]].isascii():
            block.append(span)
        else:
            yield block
            block = [span]
    yield block


def _bad_lines(text: str) -> Iterator[tuple[int, int]]:
    """
    Yield (start, end) of each line ftfy's detector finds mojibake in, in no set order.

    Exact: every BADNESS_RE match holds a trigger character, so each is
    searched for in a window around its trigger, on the line itself, where
    "^" means what it means to ftfy (the start of the line). Once a line is
    found bad, the search goes on from the next line: a mojibake line holds
    dozens of triggers, and each costs a step of Python.
    """
    seen: set[int] = set()
    for scan in _trigger_scans(text):
        pos = 0
        while match := scan.search(text, pos):
            trigger = match.start()
            line_start = text.rfind("\n", 0, trigger) + 1
            line_end = text.find("\n", trigger) + 1 or len(text)
            if line_start in seen:
                pos = line_end
            elif _window_is_bad(text, line_start, line_end, match):
                seen.add(line_start)
                pos = line_end
                yield line_start, line_end
            else:
                pos = trigger + 1


# ftfy's one alternative anchored at a line start; windows cannot see it.
_BAD_LINE_START = re.compile("^[ÃÂ] ", re.MULTILINE)


def _has_bad_line(text: str) -> bool:
    """
    Whether ftfy's detector finds mojibake in any line of ``text``.

    The windows around all triggers are searched at once, joined by line
    breaks: that finds every real match (and maybe a few across the joins),
    so only a hit needs the line-by-line search.
    """
    windows = [
        text[max(0, found.start() - _WINDOW + 1) : found.end() + _WINDOW - 1]
        for scan in _trigger_scans(text)
        for found in scan.finditer(text)
    ]
    if not windows:
        return False
    if not _BAD_LINE_START.search(text) and not BADNESS_RE.search("\n".join(windows)):
        return False
    return next(_bad_lines(text), None) is not None


def _trigger_scans(text: str) -> tuple[re.Pattern[str], ...]:
    if _TRIGGER_SEQ_LETTERS.isdisjoint(notable_chars(text)):
        return (_TRIGGER_CHAR,)
    return (_TRIGGER_CHAR, _TRIGGER_SEQ)


def _window_is_bad(text: str, line_start: int, line_end: int, match: re.Match[str]) -> bool:
    window_start = max(line_start, match.start() - _WINDOW + 1)
    window_end = min(line_end, match.end() + _WINDOW - 1)
    if line_start == 0 or window_start > line_start:
        # The text's own start is the line's, and "^" cannot match mid-line.
        return BADNESS_RE.search(text, window_start, window_end) is not None
    return BADNESS_RE.search(text[line_start:window_end]) is not None


def _transcode(line: str, *, simple: bool = False) -> str | None:
    """
    The line as ftfy would repair it, when that is one Windows-1252-to-UTF-8 step, else None.

    The caller knows ftfy's detector finds mojibake in ``line``. ftfy then
    tries Latin-1 (for a line it can encode) and sloppy Windows-1252, which
    give the same bytes for a line without C1 controls; the second also
    turns lossy sequences (U+FFFD, encoded as 0x1A) into U+FFFD. It patches
    bytes where its altered-UTF-8 pattern matches and decodes CESU when 0xED
    or 0xC0 appears: those lines are left to ftfy. When the result is clean,
    ftfy's loop stops after this step and its HTML and C1 fixes find nothing.
    ``simple`` says the caller found no C1 control, 0x1A or "&" in the line.
    """
    if len(line) > _MAX_SEGMENT or (not simple and _NOT_SIMPLE.search(line)):
        return None
    try:
        encoded = line.encode("sloppy-windows-1252")
    except UnicodeEncodeError:
        return None
    if b"\xed" in encoded or b"\xc0" in encoded or _has_altered_utf8(encoded):
        return None
    # Every lossy sequence is invalid UTF-8, so the plain bytes decode only
    # when the lossy fix has nothing to do: trying them first changes nothing.
    for attempt in (encoded, None):
        try:
            fixed = (attempt or replace_lossy(encoded)).decode("utf-8")
        except UnicodeDecodeError:
            continue
        chars = notable_chars(fixed)
        if not _UNSETTLING.isdisjoint(chars) and (
            not _NOT_SIMPLE_CHARS.isdisjoint(chars) or _has_bad_line(fixed)
        ):
            return None  # mojibake twice over, or something ftfy fixes next: ftfy decides
        return fixed
    return None


# Every ALTERED_UTF8_RE match is a lead byte, up to two more bytes, and a
# space: a pattern with a plain class first is scanned several times faster.
_MAYBE_ALTERED = re.compile(b"[\xc2\xc3\xc5\xce\xd0\xd9\xe0-\xe3\xf0][^ ]{0,2} ")


def _has_altered_utf8(data: bytes) -> bool:
    """
    ``ALTERED_UTF8_RE.search(data)``, run only where it can match.

    Every match starts at a lead byte that the quick pattern also starts at
    or covers, and reaches at most two bytes past the space it ends on.
    """
    for maybe in _MAYBE_ALTERED.finditer(data):
        if ALTERED_UTF8_RE.search(data, maybe.start(), maybe.end() + 2):
            return True
    return False


# Every LOSSY_UTF8_RE match holds one of these bytes and is at most six bytes long.
_LOSSY_MARK = re.compile(b"[\x1a?]")
_LOSSY_REACH = 6
_REPLACEMENT = "\N{REPLACEMENT CHARACTER}".encode()


def replace_lossy(data: bytes) -> bytes:
    r"""
    Do what ftfy's ``replace_lossy_sequences`` does, searching only near the bytes it needs.

    ftfy's pattern, run over a whole line, costs tens of microseconds; the
    same substitution is made by searching a few bytes around each 0x1A or
    "?", which every match holds. A match holding a mark starts at most five
    bytes before it and ends at most six after, so a window that wide finds
    the same leftmost match the full scan would.

        >>> replace_lossy(b"caf\xc3\x1a ok?")
        b'caf\xef\xbf\xbd ok?'
    """
    parts: list[bytes] = []
    done = pos = 0
    while mark := _LOSSY_MARK.search(data, pos):
        at = mark.start()
        found = LOSSY_UTF8_RE.search(data, max(pos, at - _LOSSY_REACH + 1), at + 2 * _LOSSY_REACH)
        if found is None or found.start() > at:
            pos = at + 1  # no match holds this mark; one holding a later mark starts later
            continue
        parts += (data[done : found.start()], _REPLACEMENT)
        done = pos = found.end()
    if not parts:
        return data
    parts.append(data[done:])
    return b"".join(parts)


#: The default-configured filter, as used by the doctests above.
fix_encoding = FixEncoding()
