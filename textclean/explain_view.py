r"""
What ``textclean explain`` shows: each filter's changes by line, for people and for tools.

`explanation` turns a `Cleaned` into a view: per filter, the changed lines of
the *input* (``line:column``, from 1), each change with before, after and why.
Blank lines a filter removed along with a change are folded into it rather
than listed one by one. Where before and after look alike (a Cyrillic ``а``
for a Latin ``a``, a no-break space, a zero-width space) the code points are
shown too. `render` writes it as text, coloured or not; `as_json` as a
document for tools (schema below, in `as_json`).

    >>> from textclean import Cleaner
    >>> text = "Th\N{CYRILLIC SMALL LETTER A}t is it."
    >>> print(render(explanation(text, Cleaner().explain(text), source="doc.txt")))
    doc.txt: 1 change by 1 filter, 11 → 11 characters
    <BLANKLINE>
    fix_homoglyphs: 1 change on 1 line
      line 1: mixed-script word: written in Latin
        1:1  "Thаt" → "That"  а U+0430 → a
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, replace
from itertools import groupby
from typing import IO, TYPE_CHECKING, Any

from textclean import io
from textclean._confusables import LOOKALIKES
from textclean.changes import Change, apply_changes
from textclean.decoding import decode
from textclean.errors import InputError
from textclean.locate import LINE_BREAK, Lines, Located, locate
from textclean.pipeline import FILTERS

if TYPE_CHECKING:
    from pathlib import Path

    from textclean.changes import Cleaned

SCHEMA = "textclean.explain/1"


@dataclass(frozen=True)
class Item:
    """One change as shown: where it is in the input, what it replaced, and why."""

    line: int  # line and column of its start in the input, from 1
    column: int
    end_line: int
    end_column: int
    start: int  # offsets in the input
    end: int
    before: str  # as the filter saw it
    after: str
    reason: str
    blank_lines: int = 0  # blank lines removed with it, not listed on their own
    context: tuple[str, str] = ("", "")  # the line's text around it, as the filter saw it

    @property
    def removes_lines(self) -> bool:
        """True when the change deletes whole lines (a boilerplate line, a blank run)."""
        return not self.after and any(c in _BREAKS for c in self.before)

    @property
    def code_points(self) -> tuple[list[str], list[str]] | None:
        """Code points of before and after where they look alike or are invisible, else None."""
        if self.removes_lines and self.before.strip():
            return None
        return code_points(self.before, self.after)


@dataclass(frozen=True)
class LineGroup:
    """A filter's changes that begin on one line of the input."""

    line: int
    items: tuple[Item, ...]

    @property
    def reason(self) -> str | None:
        """The reason shared by every change on the line, if they share one."""
        reasons = {item.reason for item in self.items}
        return reasons.pop() if len(reasons) == 1 else None


@dataclass(frozen=True)
class StepView:
    """One filter's part of the explanation."""

    filter: str
    changes: int  # as recorded, blank lines included
    lines: tuple[LineGroup, ...]


@dataclass(frozen=True)
class Explanation:
    """The whole view of one document."""

    source: str
    original: str
    cleaned: str
    steps: tuple[StepView, ...]

    @property
    def changes(self) -> int:
        """Changes over every step."""
        return sum(step.changes for step in self.steps)


def explanation(original: str, cleaned: Cleaned, *, source: str = "<text>") -> Explanation:
    """The view of ``cleaned``, which ``Cleaner.explain(original)`` returned."""
    lines = Lines(original)
    located = locate(cleaned)
    steps = []
    index = 0
    seen = original
    for step in cleaned.steps:
        mine = located[index : index + len(step.changes)]
        index += len(step.changes)
        seen_lines = Lines(seen)
        items = [_item(lines, change, seen, seen_lines) for change in mine]
        items = _fold_blank_lines(seen, items, list(step.changes))
        groups = tuple(
            LineGroup(line, tuple(grouped)) for line, grouped in groupby(items, lambda i: i.line)
        )
        steps.append(StepView(step.filter, len(step.changes), groups))
        seen = apply_changes(seen, step.changes)
    return Explanation(source, original, cleaned.text, tuple(steps))


_CONTEXT = 24  # characters of the line shown on each side of a short change


def _item(lines: Lines, located: Located, seen: str, seen_lines: Lines) -> Item:
    """The change as shown: where in the input, and its line around it in ``seen``."""
    change = located.change
    line_start = seen_lines.starts[seen_lines.position(change.start)[0] - 1]
    following = seen[change.end : change.end + _CONTEXT]
    context = (
        seen[max(line_start, change.start - _CONTEXT) : change.start],
        LINE_BREAK.split(following, maxsplit=1)[0],
    )
    start = located.start
    if not change.after and change.before.strip():
        # A removed line is recorded with the line break before it: point at the line itself.
        start = min(located.end, start + len(change.before) - len(change.before.lstrip("\r\n")))
    line, column = lines.position(start)
    end_line, end_column = lines.position(located.end)
    return Item(
        line,
        column,
        end_line,
        end_column,
        start,
        located.end,
        change.before,
        change.after,
        change.reason,
        context=context,
    )


def _is_blank_removal(item: Item) -> bool:
    return item.removes_lines and not item.before.strip()


def _breaks(text: str) -> int:
    return sum(1 for _ in LINE_BREAK.finditer(text))


def _fold_blank_lines(seen: str, items: list[Item], changes: list[Change]) -> list[Item]:
    r"""
    Fold removed blank lines into the change they are next to, or a run of them into one item.

    ``seen`` is the text the filter was given, where ``changes`` are; a run of
    whitespace-only deletions counts the line breaks it takes away
    (``\r\n`` as one), so a run that only turned CRLF into LF folds nothing.
    """
    out: list[Item] = []
    index = 0
    while index < len(items):
        if not _is_blank_removal(items[index]):
            out.append(items[index])
            index += 1
            continue
        first = index
        while (
            index + 1 < len(items)
            and _is_blank_removal(items[index + 1])
            and not seen[changes[index].end : changes[index + 1].start].strip()
        ):
            index += 1
        run, spans = items[first : index + 1], changes[first : index + 1]
        index += 1
        removed = _removed_breaks(seen, spans)
        if removed == 0:
            out.extend(run)
            continue
        before_gap = out and first > 0 and not seen[changes[first - 1].end : spans[0].start].strip()
        after_gap = (
            index < len(items)
            and not _is_blank_removal(items[index])
            and not seen[spans[-1].end : changes[index].start].strip()
        )
        if after_gap:
            items[index] = replace(items[index], blank_lines=items[index].blank_lines + removed)
        elif before_gap:
            out[-1] = replace(out[-1], blank_lines=out[-1].blank_lines + removed)
        else:
            last = run[-1]
            merged = "".join(item.before for item in run)
            out.append(
                replace(
                    run[0],
                    end_line=last.end_line,
                    end_column=last.end_column,
                    end=last.end,
                    before=merged,
                    blank_lines=removed,
                )
            )
    return out


def _removed_breaks(seen: str, spans: list[Change]) -> int:
    """Line breaks a run of deletions takes from ``seen`` (a CRLF split by them counted once)."""
    start, end = spans[0].start, spans[-1].end
    if seen[end - 1 : end] == "\r" and seen[end : end + 1] == "\n":
        end += 1
    if start > 0 and seen[start - 1 : start] == "\r" and seen[start : start + 1] == "\n":
        start -= 1
    kept = []
    position = start
    for change in spans:
        kept.append(seen[position : change.start])
        position = change.end
    kept.append(seen[position:end])
    return _breaks(seen[start:end]) - _breaks("".join(kept))


# --- characters -----------------------------------------------------------------

_BREAKS = "\r\n"


def _invisible(text: str) -> bool:
    """True if the text has a character that prints as nothing or as a plain space."""
    return any(
        (unicodedata.category(c) in {"Cc", "Cf", "Zs", "Zl", "Zp", "Cs", "Co", "Cn"})
        and c not in "\n\t "
        for c in text
    )


_MAX_CODE_POINTS = 8  # characters named per side of a change


def _notable(text: str) -> list[str]:
    """Code points of the distinct characters that are invisible or outside ASCII, a few."""
    chars = dict.fromkeys(c for c in text if not c.isascii() or _invisible(c))
    return [_code_point(c) for c in list(chars)[:_MAX_CODE_POINTS]]


def _skeleton(text: str) -> str:
    """What the text looks like: compatibility forms folded, look-alike letters made Latin."""
    latin = LOOKALIKES["Latin"]
    return "".join(latin.get(c, c) for c in unicodedata.normalize("NFKC", text))


def _look_alike(before: str, after: str) -> bool:
    return bool(before) and before != after and _skeleton(before) == _skeleton(after)


def code_points(before: str, after: str) -> tuple[list[str], list[str]] | None:
    r"""
    The characters of a change by code point, if before and after look alike or are invisible.

    Only the characters that differ when the lengths match; a few notable ones of a long rewrite.

        >>> code_points("p\N{CYRILLIC SMALL LETTER A}y", "pay")
        (['а U+0430'], ['a'])
        >>> code_points("caf\u00c3\u00a9", "caf\u00e9") is None
        True
    """
    if not (_invisible(before) or _invisible(after) or _look_alike(before, after)):
        return None
    if len(before) == len(after):
        pairs = [(b, a) for b, a in zip(before, after, strict=True) if b != a]
        pairs = list(dict.fromkeys(pairs))[:_MAX_CODE_POINTS]
        return [_code_point(b) for b, _ in pairs], [_code_point(a) for _, a in pairs]
    if len(before) + len(after) <= _MAX_CODE_POINTS:
        return [_code_point(c) for c in before], [_code_point(c) for c in after]
    # A long rewrite: only the characters worth naming, each once.
    return _notable(before), _notable(after)


def _code_point(char: str) -> str:
    """``а U+0430``; plain ASCII as itself; invisible ones by name: ``U+200B ZERO WIDTH SPACE``."""
    if _invisible(char) or char in " \n\t":
        name = "lone surrogate" if unicodedata.category(char) == "Cs" else None
        name = name or unicodedata.name(char, _CONTROL_NAMES.get(char, "unnamed"))
        return f"U+{ord(char):04X} {name}"
    if char.isascii():
        return char
    return f"{char} U+{ord(char):04X}"


_CONTROL_NAMES = {"\n": "LINE FEED", "\t": "TAB", "\r": "CARRIAGE RETURN"}


_ESCAPED = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u00a0\u00ad\u2000-\u200f\u2028-\u202f\ufeff\ud800-\udfff]"
)


def shown(text: str, limit: int = 80) -> str:
    r"""
    A string quoted for a terminal: line breaks and invisible characters as escapes.

        >>> print(shown("a\u200bb\n"))
        "a\u200bb\n"
    """
    if len(text) > limit:
        cut = limit // 2
        text = f"{text[:cut]}…{text[-cut:]}"
    body = _ESCAPED.sub(_escape, text.replace("\\", "\\\\").replace('"', '\\"'))
    return f'"{body}"'


def _escape(match: re.Match[str]) -> str:
    char = match[0]
    return {"\n": "\\n", "\t": "\\t", "\r": "\\r"}.get(char, f"\\u{ord(char):04x}")


# --- text -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Palette:
    bold: str = ""
    red: str = ""
    green: str = ""
    cyan: str = ""
    dim: str = ""
    reset: str = ""


_COLORS = _Palette("\033[1m", "\033[31m", "\033[32m", "\033[36m", "\033[2m", "\033[0m")


def render(view: Explanation, *, color: bool = False) -> str:
    """The explanation as text, one block per filter, its changes grouped by input line."""
    p = _COLORS if color else _Palette()
    filters = len(view.steps)
    out = [
        f"{p.bold}{shown(view.source, 200)[1:-1]}{p.reset}: {_count(view.changes, 'change')} "
        f"by {_count(filters, 'filter')}, {len(view.original):,} → {len(view.cleaned):,} characters"
    ]
    if not view.steps:
        out[0] = f"{p.bold}{shown(view.source, 200)[1:-1]}{p.reset}: no changes"
    for step in view.steps:
        out.append("")
        out.append(
            f"{p.bold}{step.filter}{p.reset}: {_count(step.changes, 'change')} "
            f"on {_count(len(step.lines), 'line')}"
        )
        for group in step.lines:
            shared = group.reason
            header = f"  {p.cyan}line {group.line}{p.reset}"
            out.append(f"{header}: {p.dim}{shared}{p.reset}" if shared else header)
            width = max(len(f"{item.line}:{item.column}") for item in group.items)
            out.extend(
                _render_item(item, p, width=width, reason=None if shared else item.reason)
                for item in group.items
            )
    return "\n".join(out)


def _render_item(item: Item, p: _Palette, *, width: int, reason: str | None) -> str:
    if _is_blank_removal(item) and item.blank_lines:
        what = f"{p.red}removed {_count(item.blank_lines, 'blank line')}{p.reset}"
    elif item.removes_lines and item.before.strip():
        what = f"{p.red}removed {shown(item.before.strip(_BREAKS))}{p.reset}"
    else:
        what = f"{p.red}{shown(item.before)}{p.reset} → {p.green}{shown(item.after)}{p.reset}"
        points = item.code_points
        if points is not None:
            what += f"  {', '.join(points[0]) or 'nothing'} → {', '.join(points[1]) or 'nothing'}"
        if max(len(item.before), len(item.after)) <= _SHORT:
            what += f"  {_in_context(item, p)}"
    if item.blank_lines and not _is_blank_removal(item):
        what += f" {p.dim}(and {_count(item.blank_lines, 'blank line')}){p.reset}"
    where = f"{item.line}:{item.column}".ljust(width)
    line = f"    {p.cyan}{where}{p.reset}  {what}"
    return f"{line}  {p.dim}{reason}{p.reset}" if reason else line


_SHORT = 3  # changes this short are shown in their context too


def _in_context(item: Item, p: _Palette) -> str:
    """``in "…from Putin[’]s invitation…"``: where a short change is, the change marked."""
    left, right = item.context
    left = ("…" if len(left) == _CONTEXT else "") + shown(left, 2 * _CONTEXT)[1:-1]
    right = shown(right, 2 * _CONTEXT)[1:-1] + ("…" if len(right) == _CONTEXT else "")
    mark = shown(item.before)[1:-1] if item.before else "‸"
    return f'{p.dim}in "{left}{p.reset}{p.red}[{mark}]{p.reset}{p.dim}{right}"{p.reset}'


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


# --- JSON -----------------------------------------------------------------------


def as_json(view: Explanation, *, record: Any = None) -> dict[str, Any]:
    """
    The explanation for tools. Schema ``textclean.explain/1``.

    ``{"schema", "source", "record" (the JSONL record's id or number, else null),
    "chars_before", "chars_after", "changes", "cleaned", "steps": [{"filter",
    "description", "changes", "lines": [{"line", "changes": [{"line",
    "column", "end_line", "end_column", "start", "end", "before", "after",
    "reason", "blank_lines", "code_points": null | {"before": [...],
    "after": [...]}, "context": [line text before, after]}]}]}]}``. Lines and
    columns count from 1, in characters, in the input; ``start``/``end`` are
    offsets in the input; ``before`` and ``context`` are what the filter saw
    (earlier filters may have changed it already).
    """
    return {
        "schema": SCHEMA,
        "source": view.source,
        "record": record,
        "chars_before": len(view.original),
        "chars_after": len(view.cleaned),
        "changes": view.changes,
        "cleaned": view.cleaned,
        "steps": [
            {
                "filter": step.filter,
                "description": FILTERS[step.filter].description,
                "changes": step.changes,
                "lines": [
                    {"line": group.line, "changes": [_item_json(i) for i in group.items]}
                    for group in step.lines
                ],
            }
            for step in view.steps
        ],
    }


def _item_json(item: Item) -> dict[str, Any]:
    points = item.code_points
    return {
        "line": item.line,
        "column": item.column,
        "end_line": item.end_line,
        "end_column": item.end_column,
        "start": item.start,
        "end": item.end,
        "before": item.before,
        "after": item.after,
        "reason": item.reason,
        "blank_lines": item.blank_lines,
        "code_points": None if points is None else {"before": points[0], "after": points[1]},
        "context": list(item.context),
    }


_SURROGATE = re.compile("[\ud800-\udfff]")


def dumps(document: dict[str, Any]) -> str:
    r"""JSON text, UTF-8 safe: lone surrogates (which UTF-8 cannot hold) as ``\udXXX`` escapes."""
    text = json.dumps(document, ensure_ascii=False, indent=2)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


# --- the terminal ---------------------------------------------------------------


def use_color(choice: str, stream: IO[str]) -> bool:
    """``always``/``never``, or for ``auto``: a terminal, and NO_COLOR unset or empty."""
    if choice != "auto":
        return choice == "always"
    return stream.isatty() and not os.environ.get("NO_COLOR")


def page(text: str, stream: IO[str] | None = None) -> None:
    """
    Write ``text``; through a pager when it is longer than a terminal the stream is.

    The pager is ``$PAGER`` (``cat`` or empty: none), else ``less -R``; with
    ``LESS`` unset, less gets ``FRX`` (quit if one screen, keep the colours,
    leave the text on screen), as git does.
    """
    stream = stream or sys.stdout
    rows = shutil.get_terminal_size().lines
    command = shlex.split(os.environ.get("PAGER", "less -R"))
    if not stream.isatty() or text.count("\n") < rows - 1 or command in ([], ["cat"]):
        stream.write(text + "\n")
        return
    env = {**os.environ, "LESS": os.environ.get("LESS", "FRX")}
    try:
        pager = subprocess.Popen(command, stdin=subprocess.PIPE, env=env, text=True)  # noqa: S603 - the user's own pager
    except OSError:
        stream.write(text + "\n")
        return
    assert pager.stdin is not None
    try:
        pager.stdin.write(text + "\n")
        pager.stdin.close()
    except BrokenPipeError:  # the reader quit early
        pass
    pager.wait()


# --- one document of a file -------------------------------------------------------


@dataclass(frozen=True)
class Document:
    """The text to explain and where it came from."""

    where: str
    text: str
    record: Any = None  # a JSONL record's id (or number)


def read_document(
    path: Path,
    *,
    field: str = "text",
    record: int | None = None,
    record_id: str | None = None,
    id_field: str = "id",
) -> Document:
    """
    A text file (``-``: stdin), or one record of a JSONL file by number (from 1) or by id.

    A JSONL record's number counts records, blank lines skipped; its id is
    the value of ``id_field``, compared as text.
    """
    stdin = str(path) == "-"
    jsonl = record is not None or record_id is not None
    kind = "txt" if stdin else io.detect_format(path)
    if kind in _NOT_EXPLAINED:
        # Read as text or JSONL, its bytes gave "not UTF-8" or "invalid JSON" errors.
        raise InputError(
            str(path),
            f"explain reads a text or JSONL file, not {_NOT_EXPLAINED[kind]}; write the text "
            "to a file of its own first",
        )
    if not jsonl:
        if kind == "jsonl":
            raise InputError(str(path), "a JSONL file holds many records: pass --record N or --id")
        if not stdin:
            return Document(str(path), io.read_text_file(path).text or "")
        data = io.read_whole(io.stdin_bytes(), "<stdin>", bounded=True)
        return Document("<stdin>", decode(data, str(path)).text)
    if record is not None and record < 1:
        raise InputError("--record", "records are numbered from 1")
    name = "<stdin>" if stdin else str(path)
    keys = tuple(field.split("."))
    with io.open_jsonl(path) if not stdin else contextlib.nullcontext(io.stdin_bytes()) as stream:
        number = 0
        for line_number, raw in enumerate(io.read_lines(stream, name), start=1):
            where = f"{name}:{line_number}"
            parsed = io.parse_jsonl_line(raw, where, keys)
            if parsed is None:
                continue
            number += 1
            if record is not None and number != record:
                continue
            if record_id is not None and not _has_id(parsed, id_field, record_id):
                continue
            if parsed.text is None:
                raise InputError(where, parsed.error or "rejected")
            return Document(where, parsed.text, record_id if record_id is not None else number)
    wanted = f"record {record}" if record is not None else f"{id_field} {record_id!r}"
    raise InputError(name, f"no {wanted} (it has {number} records)")


_NOT_EXPLAINED = {"parquet": "Parquet", "csv": "CSV", "tsv": "TSV"}


def _has_id(parsed: io.Record, id_field: str, wanted: str) -> bool:
    if not isinstance(parsed.data, dict):
        return False
    try:
        value = io.get_field(parsed.data, tuple(id_field.split(".")))
    except KeyError:
        return False
    return str(value) == wanted
