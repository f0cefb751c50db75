r"""
fix_encoding: mojibake and HTML-entity repair through ftfy, encoding fixes only.

ftfy's formatting fixes (width, quotes, ligatures) are left out: the LLM data
pipelines datatrove and NeMo Curator dropped them after they hurt CJK text.
Quotes and widths are other filters' business here, switched by profile.

Speed: ftfy runs at about 2 MB/s. Every pattern in its mojibake detector
(`ftfy.badness.BADNESS_RE`) needs at least one character from a small set
(accented Latin letters, currency, C1 controls, box drawing...) within four
characters of the match. So one compiled scan finds those characters, a
four-character window around each is checked with ftfy's own detector, and
ftfy runs only on the lines that fail. ftfy itself works line by line
(`ftfy.fix_text`), so the result is the same as calling it on the whole text.

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
from ftfy.chardata import HTML_ENTITY_RE

from textclean.changes import Change, apply_changes, diff_changes

if TYPE_CHECKING:
    from collections.abc import Iterator

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
_TRIGGER_SEQ_START = re.compile("[ВГРСΒΓΞΟв]")
_TRIGGER_SEQ = re.compile(f"[ВГРСΒΓΞΟ][{_PUNCTUATION}][ВГРСΒΓΞΟ]|[вВ]Ђ")
_WINDOW = 7  # longest BADNESS_RE match: "ГўВЂВ.[A-Za-z ]"


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
        parts: list[str] = []
        pos = 0
        for start, end, config in spans:
            parts.append(text[pos:start])
            parts.append(ftfy.fix_text(text[start:end], config))
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

    @staticmethod
    def _triggers(text: str) -> Iterator[re.Match[str]]:
        yield from _TRIGGER_CHAR.finditer(text)
        if _TRIGGER_SEQ_START.search(text):
            yield from _TRIGGER_SEQ.finditer(text)

    def _suspect_lines(self, text: str) -> Iterator[tuple[int, int, ftfy.TextFixerConfig]]:
        """Yield (start, end, ftfy config) for each line ftfy might change, in order."""
        if text.isascii() and "&" not in text:
            return
        lines: set[int] = set()
        for match in self._triggers(text):
            pos = match.start()
            # ftfy judges each line on its own ("^" in BADNESS_RE is the line start).
            line_start = text.rfind("\n", 0, pos) + 1
            if line_start in lines:
                continue
            line_end = text.find("\n", pos) + 1 or len(text)
            window_end = min(line_end, match.end() + _WINDOW - 1)
            window = text[max(line_start, pos - _WINDOW + 1) : window_end]
            if BADNESS_RE.search(window):
                lines.add(line_start)
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


#: The default-configured filter, as used by the doctests above.
fix_encoding = FixEncoding()
