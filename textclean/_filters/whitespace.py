r"""
normalize_whitespace: one kind of line break, plain spaces, paragraphs kept.

    >>> normalize_whitespace("  Title \r\n\r\n\r\nFirst\N{NO-BREAK SPACE}line  here.\u2028Next\n")
    'Title\n\nFirst line here.\nNext'
"""

from __future__ import annotations

import re
import unicodedata
from os.path import commonprefix

from textclean.changes import Change, diff_changes
from textclean.chardata import LINE_BREAKS
from textclean.scan import chars_matching, notable_chars

# Every character str.isspace() accepts but space, tab and newline: line
# breaks and odd spaces, changed wherever they are.
_ODD_SPACE = re.compile(
    "[" + "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c not in " \t\n") + "]"
)
#: Characters any of which normalize_whitespace changes wherever they are.
ODD_SPACES = chars_matching(_ODD_SPACE)
_SPACE_RUN = re.compile("  +")
# Two spaces in a row: on prose this search is faster than `"  " in text`
# (measured on CPython 3.11: 2.1 against 3.3 µs on 3.6 KB of English, 1.6
# against 2.4 µs on 2.1 KB of Polish).
_TWO_SPACES = re.compile("  ")
_BLANK_RUN = re.compile(r"\n{3,}")
# A space or tab before a line break, a space after one, or three in a row.
# Written to begin with the line break, so the engine skips from one line
# break to the next at memchr speed instead of stopping at every space.
_LINE_EDGE_SPACE = re.compile(r"\n(?:(?<=[ \t]\n)| |\n\n)")


def has_plain_layout(text: str) -> bool:
    """
    Whether the spaces, tabs and newlines of ``text`` are already as the filter leaves them.

    Together with the absence of ODD_SPACES this means the filter has nothing to do.
    """
    return not text or (
        not text[0].isspace()
        and not text[-1].isspace()
        and not _TWO_SPACES.search(text)
        and not _LINE_EDGE_SPACE.search(text)
    )


def normalize_whitespace(text: str) -> str:
    r"""
    Normalize whitespace without joining paragraphs or flattening indented structure.

    CRLF, CR, NEL, U+2028 and U+2029 become ``\n``; no-break and other space
    separators become a plain space; spaces and tabs at line ends go; at most
    one blank line separates paragraphs and none is left at either end. Tabs
    inside a line stay, since they may separate columns.

    Indentation is kept where it is structure and removed where it is not:
    an indentation every line shares (a scraper's or quoting artifact) goes,
    as `textwrap.dedent` removes it; a line indented more than the others (a
    code block, a nested list item, a literal block, a verse) keeps its
    indentation and the runs of spaces inside it (aligned code). A lone space
    at a line start is not taken for structure, nor is the text's first line
    indented. Runs of spaces inside other lines collapse to one.

        >>> normalize_whitespace("a\r\nb\rc")
        'a\nb\nc'
        >>> normalize_whitespace("Example:\n\n    if x:\n        y  = 1\n")
        'Example:\n\n    if x:\n        y  = 1'
        >>> normalize_whitespace("    quoted  line\n    next   line")
        'quoted line\nnext line'
    """
    odd = ODD_SPACES & notable_chars(text)
    if not odd and has_plain_layout(text):
        return text
    # Each step runs only if its characters are there: a regular expression
    # over clean text costs more than the searches that rule it out. Odd
    # characters are replaced one kind at a time (str.replace runs at memchr
    # speed), then runs of spaces collapse.
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")
    for char in odd:
        text = text.replace(char, "\n" if char in LINE_BREAKS else " ")
    if _INDENTED_LINE.search(text):
        return _normalize_indented(text)
    # No line but the first is indented by more than a lone space: the
    # indentation is not structure, and goes with the spaces at line ends.
    if "  " in text:
        text = _SPACE_RUN.sub(" ", text)
    if " \n" in text or "\t\n" in text or "\n " in text:
        text = "\n".join([line.rstrip(" \t").lstrip(" ") for line in text.split("\n")])
    if "\n\n\n" in text:
        text = _BLANK_RUN.sub("\n\n", text)
    return text.strip("\n\t ")


# A line after the first indented by a tab or two spaces or more: the text
# may have structure (or a shared indentation) to keep or remove line by line.
_INDENTED_LINE = re.compile(r"\n(?: ?\t| {2})")


def _normalize_indented(text: str) -> str:
    """The filter's line-by-line path, for text where some line starts with a space or tab."""
    lines = [line.rstrip(" \t") for line in text.split("\n")]
    indents = [line[: len(line) - len(line.lstrip(" \t"))] for line in lines]
    common = shared_indentation(lines)
    out: list[str] = []
    first = True
    for line, indent in zip(lines, indents, strict=True):
        if not line:
            out.append(line)
            continue
        own = indent[len(common) :]
        body = line[len(indent) :]
        if first or own == " ":
            # The text's first line starts it (its ends are stripped), and a
            # lone space is more often a markup artifact than an indentation.
            own = ""
        first = False
        out.append(own + body if own else _SPACE_RUN.sub(" ", body))
    text = "\n".join(out)
    if "\n\n\n" in text:
        text = _BLANK_RUN.sub("\n\n", text)
    return text.strip("\n")


def shared_indentation(lines: list[str]) -> str:
    """
    The indentation every line holding more than spaces and tabs starts with.

        >>> shared_indentation(["    a", "", "  b", "    c"])
        '  '
    """
    indents = [line[: len(line) - len(line.lstrip(" \t"))] for line in lines if line.strip(" \t")]
    # Character by character is what is wanted here: the strings are no paths.
    return commonprefix(indents)  # noqa: RUF071


class NormalizeWhitespace:
    """normalize_whitespace, with an `explain` that says which rule made each change."""

    def __call__(self, text: str) -> str:
        """Return the normalized text."""
        return normalize_whitespace(text)

    def explain(self, text: str) -> tuple[str, tuple[Change, ...]]:
        r"""
        Return the normalized text and each change with the rule that made it.

            >>> [c.reason for c in NormalizeWhitespace().explain("  a\n    b")[1]][1]
            'indentation every line shares (2 characters), removed as textwrap.dedent does'
        """
        fixed = normalize_whitespace(text)
        if fixed == text:
            return fixed, ()
        lines = text.replace("\r\n", "\n").split("\n")
        common = shared_indentation(lines)
        changes = diff_changes(text, fixed, "whitespace")
        return fixed, tuple(c._replace(reason=_reason(text, c, len(common))) for c in changes)


def _reason(text: str, change: Change, shared: int) -> str:  # noqa: PLR0911 (one return per rule)
    """Which of the filter's rules a change (derived from before and after) comes from."""
    before, after = change.before, change.after
    if any(char in LINE_BREAKS for char in before):
        return "line breaks (CR, CRLF, NEL, U+2028, U+2029) to \\n"
    odd = sorted({char for char in before if char in ODD_SPACES})
    if odd:
        names = ", ".join(unicodedata.name(char, f"U+{ord(char):04X}") for char in odd)
        if after:
            return f"odd spaces ({names}) to plain spaces"
        return f"odd spaces ({names}) removed where a plain space would go (line edge, run)"
    if before.strip(" \t\n") or not before:
        return "whitespace normalized"
    if change.start == 0 and not after:
        return "whitespace at the start of the text"
    if change.end == len(text) and not after:
        return "whitespace at the end of the text"
    if "\n\n" in before:
        return "blank lines beyond one between paragraphs"
    line_start = max(text.rfind("\n", 0, change.start), text.rfind("\r", 0, change.start)) + 1
    at_line_start = not text[line_start : change.start].strip(" \t")  # within the indentation
    at_line_end = text[change.end : change.end + 1] in {"", "\n", "\r"}
    if not after and at_line_end:
        return "spaces and tabs at a line end"
    if not after and at_line_start:
        columns = f"{shared} character{'s' if shared > 1 else ''}"
        if shared and len(before) <= shared:
            return f"indentation every line shares ({columns}), removed as textwrap.dedent does"
        if len(before) == shared + 1:
            return "a lone space at a line start, not taken for indentation" + (
                f" (after the {columns} every line shares)" if shared else ""
            )
        return "indentation of the text's first line, which starts the text"
    if not before.strip(" ") and after in {"", " "}:
        return "a run of spaces inside an unindented line, collapsed to one"
    return "whitespace normalized"
