r"""
What a text is, from its structure: a page's extracted text, or clearly something else.

Page furniture is told from content by where a line sits on a page; a text
that is no page has no furniture, and its short lines are its content: the
strings of a user interface, an e-mail's lines, a README's badges and link
targets, a changelog's version headings. Such texts are recognised by marks
no extracted page carries (a scraper keeps a page's visible text, one
paragraph a line), each counted:

- **source markup**: HTML tags opening a line (``<p>``, ``</li>``), whole
  HTML elements anywhere (``<h2>Title</h2>``), reST directives,
  targets, fields, section underlines and inline literals and links
  (``.. image::``, ``.. _name: URL``, ``:target:``, ``-----``, ````x````),
  a changelog's version headings (``5.1.0 (2016-11-08)``), Markdown code
  fences, images and link definitions;
- **template placeholders**: ``${name}``, ``$name``, ``%(name)s``,
  ``{name}``: message catalogs and mail templates, filled in later;
- **mail**: header lines (``From:``, ``Subject:``);
- **a two-column table**: most lines parted in two by one separator, the
  same in each (``Not now = Не сейчас``, ``作成 | Create``, ``Home — Početna``):
  a glossary, a translation table, a list of terms; its short lines (``Home``)
  are its entries, not a menu.

Weaker marks were measured and left out: quoted lines (``>``) and sentences
wrapped at a fixed width are as common in pages' text (forum quotes,
extractors keeping ``<br>``), and so are dates shaped like versions.

One mark may be chance (a lone ``<b>`` left in a page, a ``{x}`` in a line
about code); two lines of marks, or a placeholder, are a kind. The cost is a
few regular-expression scans of the text, made only when the classifier
would otherwise look for furniture.

    >>> not_a_page("Welcome, ${user_name}!\nLog in\nPassword")
    'template placeholders (1)'
    >>> not_a_page("The council met on Tuesday.\nShare this\nRelated") is None
    True
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from collections.abc import Iterator

# One pattern, so a text is scanned once. Source markup, a whole line:
# HTML tags, reST directives/targets/fields, section underlines under a line,
# version headings of a changelog (a version and its ISO date), Markdown
# fences, images and link definitions; inside a line: reST literals and
# links. A whole HTML element inside a line (<h2>Title</h2>); scripts and
# frames leak into pages' text too, so they are no mark. Placeholders; mail
# headers.
_MARKS = regex.compile(
    r"(?P<line>^(?:[ \t]*<(?=/?(?!(?:script|style|iframe|noscript)\b)[A-Za-z][A-Za-z0-9]*"
    r"(?:\s[^>\n]*)?/?>)"
    r"|\.\. (?:[\w|-]+::|_[^:\n]+:)"
    r"|:[\w-]+:(?:[ \t]|$)"
    r"|```"
    r"|!\[[^\]\n]*\]\("
    r"|\[[^\]\n]+\]:[ \t]+\S+$"
    r"|(?<=\S[^\n]*\n)(?P<under>[=\-~^\"'`])(?P=under){2,}[ \t]*$"
    r"|v?\d+(?:\.\d+)+[ \t]+\(\d{4}-\d\d-\d\d\)[ \t]*$)"
    r"|``[^`\n]+``|`[^`\n]+`__?(?!\w))"
    r"|(?P<mail>^(?:From|To|Cc|Subject|Date|Reply-To|Sender|Message-ID):[ \t])"
    r"|<(?!(?:script|style|iframe|noscript)\b)(?=(?P<tag>[A-Za-z][A-Za-z0-9]*)"
    r"(?:[ \t][^<>\n]*)?>[^<>\n]*</(?P=tag)>)"  # only "<" taken: placeholders inside count
    r"|(?P<placeholder>\$\{[A-Za-z_]\w*\}|%\(\w+\)[sdr]"
    r"|(?<![\w&$(])\$[a-z_][a-z0-9_]*(?![\w(])|(?<!\w)\{[a-z_]+_[a-z_]+\}(?!\w))",
    regex.MULTILINE,
)
# What every mark begins with, looser than _MARKS, in two scans re runs at
# memchr speed (a set of first characters; a line break): _MARKS tries its
# alternation at every character, about 30 ms a MB, and most texts hold no
# mark at all. Inside a line: a tag, a backtick, a placeholder's sign.
# At a line's start: a reST directive, field or link target, a Markdown image
# or link definition, an underline, a version heading, a mail header.
_MAY_MARK = re.compile(r"</?[A-Za-z]|`|\$[{a-z_]|%\(|\{[a-z_]")
# What each match of _MAY_MARK begins with: a text holding none of them (most
# texts) is told so by substring tests, several times faster than the scan;
# a dollar sign (a price) or a per cent sign is looked at only where there
# is one. Each test is of one character: str's search for two ("%(") reads
# a text with characters outside Latin-1 (a curly quote) some 1.2 ns a
# character, a pattern's for a literal about 0.2, one character's 0.02.
_MARK_SIGNS = ("<", "`", "{")
_PLACEHOLDER_SIGN = re.compile(r"\$[{a-z_]")
_PRINTF_SIGN = re.compile(r"%\(")
_LINE_OPENING = (
    r"(?:\.\. |:|!\[|\[|[=\-~^\"'`]{3}|v?\d+(?:\.\d+)+[ \t]+\("
    r"|(?:From|To|Cc|Subject|Date|Reply-To|Sender|Message-ID):)"
)
_MAY_MARK_FIRST_LINE = re.compile(_LINE_OPENING)
_MAY_MARK_LINE = re.compile("\n" + _LINE_OPENING)
_MIN_MARKED_LINES = 2
# Whole elements of this many kinds: HTML source (a page's text may keep a
# link or two, <a>...</a>, <span>...</span>, from its extractor).
_MIN_TAGS = 3


# Separators of a glossary's or a table's two columns, and how many lines,
# and what share of the text's lines, must hold one (and only one) of the same.
_COLUMN_SEPARATOR = re.compile(r" [=|/—–→-] |\t")
_MIN_COLUMN_LINES = 4
_MIN_COLUMN_SHARE = 2 / 3


def _two_column_lines(text: str) -> int | None:
    r"""
    How many lines hold one separator with words on both sides, if most lines do, else None.

    Counted for each separator the text holds often enough: one scan finds
    them all, and a separator rarer than the share asked of the lines (most
    texts: an article's few dashes) is never looked for line by line.

        >>> _two_column_lines("Save = Speichern\nCancel = Abbrechen\nHome = Start\nHelp = Hilfe")
        4
        >>> _two_column_lines("The council met.\nHome | News | Sport\nShare this") is None
        True
    """
    found = _COLUMN_SEPARATOR.findall(text)
    if len(found) < _MIN_COLUMN_LINES:
        return None
    lines = [line for line in text.split("\n") if line.strip()]
    least = max(_MIN_COLUMN_LINES, _MIN_COLUMN_SHARE * len(lines))
    best = 0
    for sep, count in Counter(found).items():
        if count < least:
            continue  # fewer in the text than lines must hold
        paired = 0
        for line in lines:
            if line.count(sep) == 1:
                left, _, right = line.partition(sep)
                paired += bool(left.strip() and right.strip())
        best = max(best, paired)
    return best if best >= least else None


def may_mark(text: str) -> bool:
    r"""
    Whether a mark may begin somewhere in ``text``: False only if _MARKS finds none.

        >>> may_mark("Plain prose.\nShare this"), may_mark("Hello ${name}")
        (False, True)
    """
    return bool(
        (
            (
                any(map(text.__contains__, _MARK_SIGNS))
                or ("$" in text and _PLACEHOLDER_SIGN.search(text))
                or ("%" in text and _PRINTF_SIGN.search(text))
            )
            and _MAY_MARK.search(text)
        )
        or _MAY_MARK_FIRST_LINE.match(text)
        or _MAY_MARK_LINE.search(text)
    )


def not_a_page(text: str) -> str | None:
    r"""
    Why ``text`` is clearly not a page's extracted text, or None if it may be one.

        >>> not_a_page(".. image:: https://x.org/badge.svg\n:target: https://x.org")
        'source markup (2 marks)'
    """
    return two_column_table(text) or marked_kind(text)


def two_column_table(text: str) -> str | None:
    """Why ``text`` is a two-column table (a glossary, a translation table), or None."""
    if (pairs := _two_column_lines(text)) is not None:
        return f"a two-column table ({pairs} lines parted by one separator)"
    return None


def may_hold_column_separator(line: str) -> bool:
    """Whether ``line`` (or lines) holds a separator of a two-column table (one scan, in C)."""
    return _COLUMN_SEPARATOR.search(line) is not None


def _marks(text: str) -> Iterator[regex.Match[str]]:
    """
    ``_MARKS.finditer(text)``, searched only on the lines where a mark may begin.

    No mark takes in a line break, so each line's marks are those a search
    of that line alone finds, and each begins at something may_mark's scans
    find on its line (a sign inside it, an opening at its start). A long
    text nearly always holds one such sign somewhere (a "<", a "{", a line
    opening with "["), and _MARKS tries its alternation at every character,
    some 0.1 s a MB: so only the lines holding one are searched. A search
    reaches to the end of the next line, as far as a tag's lookahead reads
    (``<br`` and ``>`` a line break apart), and keeps the marks of its own.
    """
    for start in _lines_that_may_mark(text):
        end = text.find("\n", start)
        if end == -1:
            yield from _MARKS.finditer(text, start)
            return
        reach = text.find("\n", end + 1)
        for found in _MARKS.finditer(text, start, len(text) if reach == -1 else reach):
            if found.start() > end:
                break
            yield found


def _lines_that_may_mark(text: str) -> list[int]:
    """Where each line a mark may begin on starts, in order (see may_mark): one search a line."""
    starts = {found.start() + 1 for found in _MAY_MARK_LINE.finditer(text)}
    if _MAY_MARK_FIRST_LINE.match(text):
        starts.add(0)
    # A sign inside a line: its line, and the search goes on from the next.
    pos = 0
    while (found := _MAY_MARK.search(text, pos)) is not None:
        starts.add(text.rfind("\n", pos, found.start()) + 1 or pos)
        pos = text.find("\n", found.end()) + 1
        if not pos:
            break
    return sorted(starts)


def marked_kind(text: str) -> str | None:
    """not_a_page by the marks of source markup, templates and mail only (a scan of the text)."""
    if not may_mark(text):
        return None  # no mark can begin anywhere
    marked: set[int] = set()
    mail: set[int] = set()
    tags: set[str] = set()
    placeholders = 0
    # A mark's line is told by the last line break before it, searched for
    # from the last mark on: from the text's start, every mark of a long
    # line read the line again (10 MB on one line: 0.4 s/MB, 0.1 at 1 MB).
    line_start, searched = -1, 0
    for found in _marks(text):
        if found["placeholder"]:
            placeholders += 1
        elif found["tag"]:
            tags.add(found["tag"])
        else:
            if (cut := text.rfind("\n", searched, found.end())) >= 0:
                line_start = cut
            searched = max(searched, found.end())
            (mail if found["mail"] else marked).add(line_start)
    if placeholders:
        return f"template placeholders ({placeholders})"
    if (count := len(marked) + (len(tags) >= _MIN_TAGS)) >= _MIN_MARKED_LINES:
        return f"source markup ({count} marks)"
    if len(mail) >= _MIN_MARKED_LINES:
        return f"mail headers ({len(mail)} lines)"
    return None
