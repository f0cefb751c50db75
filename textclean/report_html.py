r"""
``textclean report``: a self-contained HTML page of what cleaning does to a sample of a corpus.

It is the page to open before trusting a run: how many documents each filter
changes, how much text goes per document (a histogram), which boilerplate
categories fire with example lines, and side-by-side diffs of the sampled
documents where every change is coloured by its filter and says why on hover.

The page needs nothing from the network: CSS, script and the histogram's SVG
are inline, and its Content-Security-Policy forbids loading anything else.
All text from the corpus is HTML-escaped; characters that print as nothing
(zero-width, controls, odd spaces, lone surrogates) are shown as labelled
badges, so a change to them is visible.

    >>> from textclean import Cleaner
    >>> page = build_report([Sampled("a.txt", "x\u200b <b>y</b>")], Cleaner(), total=1)
    >>> "<b>y" in page, "&lt;b&gt;y" in page
    (False, True)
"""

from __future__ import annotations

import bisect
import html
import random
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import resources
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from textclean import io
from textclean._filters.boilerplate.catalog import CATEGORIES
from textclean.errors import InputError
from textclean.explain_view import code_points
from textclean.locate import LINE_BREAK, Forward, Located, locate
from textclean.pipeline import FILTERS, ORDER

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from textclean.changes import Cleaned
    from textclean.pipeline import Cleaner

# Okabe-Ito colours: told apart with the common colour-vision deficiencies.
FILTER_COLORS = {
    "fix_encoding": "#E69F00",
    "remove_control_chars": "#56B4E9",
    "normalize_unicode": "#009E73",
    "fix_homoglyphs": "#CC79A7",
    "normalize_punctuation": "#0072B2",
    "transliterate": "#D55E00",
    "normalize_whitespace": "#8C8C8C",
    "remove_boilerplate": "#C9B800",
}
# Filters added later take these in registry order (Tableau 10, after the Okabe-Ito ones).
_MORE_COLORS = ("#4E79A7", "#59A14F", "#B07AA1", "#9C755F", "#76B7B2", "#EDC948", "#FF9DA7")
_HEAVY = 0.2  # a document losing more than this share of its text is flagged for reading
_MOST = 5  # documents in the "most shortened" table
_UNCHANGED_CONTEXT = 2  # unchanged lines kept on each side of a change; the rest fold
_SLACK = 16  # characters a span may outgrow its change's text by (earlier steps' edits inside)
_MAX_EXAMPLES = 3
_MAX_SKIPPED_LISTED = 1000  # skipped records named one by one; the rest are counted


@dataclass(frozen=True)
class Sampled:
    """A sampled document: where it came from and its text."""

    where: str
    text: str


@dataclass
class Skipped:
    """
    What could not be read (``--on-error skip``): counted, and the first places named with why.

        >>> skipped = Skipped()
        >>> skipped.add("a.jsonl:2", "invalid JSON")
        >>> skipped.add("b.txt", "Permission denied", file=True)
        >>> bool(skipped), skipped.said()
        (True, '1 record and 1 file skipped')
    """

    records: int = 0
    files: int = 0
    listed: list[tuple[str, str]] = field(default_factory=list)

    def add(self, where: str, reason: str, *, file: bool = False) -> None:
        """Count a bad record, or a file that could not be read, and name it."""
        self.files += file
        self.records += not file
        if len(self.listed) < _MAX_SKIPPED_LISTED:
            self.listed.append((where, reason))

    def __bool__(self) -> bool:
        """Whether anything was left out."""
        return bool(self.records or self.files)

    def said(self) -> str:
        """How many records and files were left out, in words."""
        parts = [
            _plural(count, noun)
            for count, noun in ((self.records, "record"), (self.files, "file"))
            if count
        ]
        return " and ".join(parts) + " skipped"


# --- reading a sample ----------------------------------------------------------------


CORPUS_GLOBS = ("*.txt", "*.jsonl", "*.ndjson", "*.jsonl.gz", "*.parquet")


def corpus_files(paths: Iterable[Path], globs: Iterable[str] = CORPUS_GLOBS) -> list[Path]:
    """The files named, and under each folder named the files matching ``globs``, sorted."""
    patterns = tuple(globs)
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            # A folder that cannot be listed, a broken link, a pipe: kept, for
            # reading them to name them (`read_documents`), not left out unsaid.
            files.extend(sorted(io.files_under(path, patterns)))
        elif path.exists():
            files.append(path)
        else:
            raise InputError(str(path), "no such file or folder")
    return files


def read_documents(
    files: Iterable[Path], field: str = "text", skipped: Skipped | None = None
) -> Iterator[Sampled]:
    """
    Each document: a text file is one, JSONL and Parquet files one per record; in order.

    Records and files are read as ``textclean clean`` reads them. A bad
    record or a file that cannot be read raises an InputError naming it
    (``--on-error stop``), or with ``skipped`` is counted there and left out.
    """
    keys = tuple(field.split("."))
    for path in files:
        try:
            for record in file_records(path, keys):
                if (text := _text_of(record, skipped)) is not None:
                    yield Sampled(_where(record), text)
        except InputError as error:  # (under skip, only a file that could not be read)
            if skipped is None:
                raise
            skipped.add(error.where, error.reason.removesuffix(io.SKIP_ADVICE), file=True)


def _text_of(record: io.Record, skipped: Skipped | None) -> str | None:
    """A record's text; a rejected record raises naming it, or with ``skipped`` is counted there."""
    if record.text is None:
        if skipped is None:
            raise InputError(record.where, io.with_advice(record.error or "rejected"))
        skipped.add(record.where, record.error or "rejected")
    return record.text


def file_records(path: io.Location, keys: tuple[str, ...]) -> Iterator[io.Record]:
    """
    A file's records, rejected ones with why; InputError names a file that cannot be read.

    Text is one document, JSONL and Parquet one per record. CSV and TSV are
    refused: read as text, each file was one document of rows.
    """
    if not io.is_remote(path) and Path(path).is_dir():  # (one `io.files_under` could not list)
        raise InputError(
            str(path), f"a folder that cannot be listed; check its permissions{io.SKIP_ADVICE}"
        )
    kind = io.detect_format(path)
    if kind in {"csv", "tsv"}:
        raise InputError(
            str(path),
            f"{kind.upper()} is read by `textclean clean` only; for this, convert it to "
            f"JSONL or Parquet{io.SKIP_ADVICE}",
        )
    try:
        if kind == "parquet":
            yield from _parquet_records(path, keys)
        elif kind == "jsonl":
            with io.open_jsonl(path) as stream:
                yield from io.read_jsonl(stream, str(path), keys)
        else:
            yield io.read_text_file(path)
    except io.READ_ERRORS as error:  # opening it: a broken link, no permission
        raise InputError(str(path), io.file_error(error)) from None


def _where(record: io.Record) -> str:
    """A record's place, with its id when it has one: ``path:line (id ...)``."""
    data = record.data if isinstance(record.data, dict) else {}
    return f"{record.where} (id {data['id']})" if "id" in data else record.where


def _parquet_records(path: io.Location, keys: tuple[str, ...]) -> Iterator[io.Record]:
    """A Parquet file's records of the ``keys`` column, named ``path:row N``."""
    try:
        import pyarrow as pa  # noqa: PLC0415 - optional extra
        import pyarrow.parquet as pq  # noqa: PLC0415
    except ImportError:
        raise InputError(
            str(path), "Parquet needs pyarrow: pip install 'textclean-kit[parquet]'"
        ) from None
    errors = (pa.ArrowException, OSError, ValueError, EOFError)
    try:
        parquet = pq.ParquetFile(path)
        names = parquet.schema_arrow.names
        if keys[0] not in names:
            raise InputError(str(path), f"no column {'.'.join(keys)!r} (columns: {names})")
        batches = parquet.iter_batches(columns=[keys[0]])
        row = 0
        for batch in batches:
            yield from io.parquet_records(batch, keys, str(path), row)
            row += batch.num_rows
    except errors as error:  # a truncated or corrupt file
        raise InputError(str(path), io.file_error(error)) from None


def sample(documents: Iterable[Sampled], size: int, seed: int = 0) -> tuple[list[Sampled], int]:
    """
    A uniform sample of ``size`` documents, in input order, and how many documents there were.

    Reservoir sampling: one pass, ``size`` documents in memory.

        >>> docs = [Sampled(str(i), "") for i in range(100)]
        >>> picked, total = sample(docs, 3, seed=1)
        >>> total, picked == sample(docs, 3, seed=1)[0]
        (100, True)
    """
    rng = random.Random(seed)  # noqa: S311 - a reproducible sample, not a secret
    kept: list[tuple[int, Sampled]] = []
    total = 0
    for index, document in enumerate(documents):
        total += 1
        if index < size:
            kept.append((index, document))
        else:
            slot = rng.randrange(index + 1)
            if slot < size:
                kept[slot] = (index, document)
    return [document for _, document in sorted(kept, key=lambda pair: pair[0])], total


# --- what the cleaner did ------------------------------------------------------------


@dataclass
class _Doc:
    number: int
    where: str
    original: str
    cleaned: Cleaned
    located: list[Located]

    @property
    def removed(self) -> int:
        return len(self.original) - len(self.cleaned.text)

    @property
    def filters(self) -> list[str]:
        return list(dict.fromkeys(step.filter for step in self.cleaned.steps))


@dataclass
class Counts:
    """Per-filter counts over the sample: documents changed, changes, characters removed."""

    documents: Counter[str] = field(default_factory=Counter)
    changes: Counter[str] = field(default_factory=Counter)
    chars_removed: Counter[str] = field(default_factory=Counter)

    def add(self, cleaned: Cleaned) -> None:
        """Count one document's explanation."""
        for name in dict.fromkeys(step.filter for step in cleaned.steps):
            self.documents[name] += 1
        for step in cleaned.steps:
            self.changes[step.filter] += len(step.changes)
            self.chars_removed[step.filter] += sum(
                len(c.before) - len(c.after) for c in step.changes
            )


def _boilerplate_lines(docs: list[_Doc]) -> dict[str, list[tuple[str, _Doc]]]:
    """Lines the boilerplate filter removed, by category, with their documents."""
    found: dict[str, list[tuple[str, _Doc]]] = defaultdict(list)
    for doc in docs:
        for step in doc.cleaned.steps:
            if step.filter != "remove_boilerplate":
                continue
            for change in step.changes:
                line = change.before.strip()
                if line:
                    found[change.reason.split(":", 1)[0]].append((line, doc))
    return dict(sorted(found.items(), key=lambda item: -len(item[1])))


# --- HTML pieces ---------------------------------------------------------------------

_SURROGATE = re.compile("[\ud800-\udfff]")


def _e(text: str) -> str:
    """Escape for HTML text and attributes; lone surrogates (not encodable) become U+FFFD."""
    return html.escape(_SURROGATE.sub("\ufffd", text), quote=True)


_BADGE_NAMES = {"\t": "TAB", "\r": "CR", "\n": "LF", "\u00a0": "NBSP", "\ufeff": "BOM"}


def _badge_for(char: str) -> str | None:
    """A short label for a character that prints as nothing or as a plain space; None if visible."""
    if char in _BADGE_NAMES:
        return _BADGE_NAMES[char]
    category = unicodedata.category(char)
    if category in {"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"} or (category == "Zs" and char != " "):
        return f"U+{ord(char):04X}"
    return None


def _text_html(text: str) -> str:
    """Text for a diff cell: escaped, with invisible characters as named badges."""
    parts = []
    plain = []
    for char in text:
        label = _badge_for(char) if char != "\t" else None
        if label is None:
            plain.append(char)
            continue
        parts.append(_e("".join(plain)))
        plain = []
        name = (
            "lone surrogate" if unicodedata.category(char) == "Cs" else unicodedata.name(char, "")
        )
        title = f"U+{ord(char):04X} {name}".strip()
        parts.append(f'<span class="cp" title="{_e(title)}">{_e(label)}</span>')
    parts.append(_e("".join(plain)))
    return "".join(parts)


def _owners(length: int, spans: Iterable[tuple[int, int, int, str, str]]) -> list[int]:
    """
    For each character, which change painted it last: ``2 * index``, plus 1 where it differs.

    A change that kept its length (a look-alike letter in a word) marks the
    characters that differ, so the eye finds the one letter that changed.
    Characters no change touched are -1.

    A span much longer than its change's own text was swallowed by a larger
    change of another step (carried across it, it snaps to that change's
    edges); that change paints those characters, so the span is skipped, and
    painting stays linear in the size of the changes.
    """
    owner = [-1] * length
    for start, end, index, mine, other in spans:
        if end - start > 2 * len(mine) + _SLACK:
            continue
        owner[start:end] = [2 * index] * (end - start)
        if len(mine) == len(other) == end - start:
            for offset, (a, b) in enumerate(zip(mine, other, strict=True)):
                if a != b:
                    owner[start + offset] += 1
    return owner


def _split_lines(text: str) -> list[str]:
    """Lines with their breaks, broken where `explain` counts lines (CRLF, CR, LF)."""
    lines = []
    position = 0
    for match in LINE_BREAK.finditer(text):
        lines.append(text[position : match.end()])
        position = match.end()
    if position < len(text):
        lines.append(text[position:])
    return lines


class _Line(NamedTuple):
    text: str
    owner: list[int]  # as `_owners` paints, per character
    cuts: dict[int, list[int]]  # offset in the line: changes that deleted text there


def _lines_with_owners(
    text: str, owner: list[int], cuts: dict[int, list[int]] | None = None
) -> list[_Line]:
    lines = _split_lines(text)
    starts = list(accumulate((len(line) for line in lines), initial=0))
    placed: list[dict[int, list[int]]] = [{} for _ in lines]
    for offset, indexes in sorted((cuts or {}).items()):
        number = min(bisect.bisect_right(starts, offset) - 1, len(lines) - 1)
        if number < 0:
            continue
        body = len(lines[number].rstrip("\r\n"))
        placed[number].setdefault(min(offset - starts[number], body), []).extend(indexes)
    return [
        _Line(line, owner[start : start + len(line)], mine)
        for line, start, mine in zip(lines, starts, placed, strict=False)
    ]


def _line_html(
    line: _Line, changes: list[Located], titles: list[str], *, left: bool, breaks: bool
) -> str:
    """One line of a diff side, runs painted by their change; ``breaks``: show changed line ends."""
    text, owner, cuts = line
    body = text.rstrip("\r\n")
    out: list[str] = []
    position = 0
    while position <= len(text):
        out.extend(
            f'<span class="ch cut f-{changes[index].filter}" title="{titles[index]}"></span>'
            for index in cuts.get(position, ())
        )
        if position == len(text):
            break
        key = owner[position]
        end = position + 1
        while end < len(text) and owner[end] == key and end not in cuts:
            end += 1
        run = text[position:end]
        html_run = _text_html(run[: max(0, len(body) - position)])
        if end > len(body) and key >= 0 and breaks:  # a line end a change touched
            html_run += "".join(
                '<span class="cp">CR</span>' if c == "\r" else '<span class="cp">↵</span>'
                for c in run[max(0, len(body) - position) :]
            )
        if key >= 0 and html_run:
            located = changes[key // 2]
            kind = " hot" if key % 2 else ""
            if left and not located.change.after:
                kind += " gone"
            title = titles[key // 2]
            html_run = (
                f'<span class="ch f-{located.filter}{kind}" title="{title}">{html_run}</span>'
            )
        out.append(html_run)
        position = end
    return "".join(out)


def _title(located: Located) -> str:
    """A change's hover text: filter, reason, before → after, and code points where they help."""
    change = located.change
    title = (
        f"{located.filter}: {change.reason}\n{_summary(change.before)} → {_summary(change.after)}"
    )
    points = code_points(change.before, change.after) if "\n" not in change.before else None
    if points is not None:
        title += f"\n{', '.join(points[0]) or 'nothing'} → {', '.join(points[1]) or 'nothing'}"
    return title


def _diff_rows(doc: _Doc) -> str:
    """A side-by-side table of a document: input on the left, output on the right."""
    changes = doc.located
    titles = [_e(_title(located)) for located in changes]  # escaped once, used by every run
    # On the left the first filter to touch a character names it; on the right, the last.
    left_owner = _owners(
        len(doc.original),
        reversed(
            [(c.start, c.end, i, c.change.before, c.change.after) for i, c in enumerate(changes)]
        ),
    )
    right_owner = _owners(
        len(doc.cleaned.text),
        [
            (c.out_start, c.out_end, i, c.change.after, c.change.before)
            for i, c in enumerate(changes)
        ],
    )
    # Deletions inside a line leave a mark on the right; removed lines show on the left alone.
    cuts: dict[int, list[int]] = {}
    for index, located in enumerate(changes):
        deleted = located.change.before
        if not located.change.after and deleted and not any(c in "\r\n" for c in deleted):
            cuts.setdefault(located.out_start, []).append(index)
    left = _lines_with_owners(doc.original, left_owner)
    right = _lines_with_owners(doc.cleaned.text, right_owner, cuts)

    def row(i: int | None, j: int | None, kind: str) -> str:
        cells = []
        for side, k in ((left, i), (right, j)):
            if k is None:
                # A removed line says why on the empty side, so no hovering is needed.
                why = _removal_reason(left[i], changes) if side is right and i is not None else ""
                cells.append(f'<td class="n"></td><td class="t empty">{why}</td>')
            else:
                line = side[k]
                # A changed line end shows as a badge where a line pairs with a line, or is blank.
                paired = i is not None and j is not None
                breaks = kind == "changed" and (paired or not line.text.strip())
                painted = _line_html(line, changes, titles, left=side is left, breaks=breaks)
                cells.append(f'<td class="n">{k + 1}</td><td class="t">{painted}</td>')
        return f'<tr class="{kind}">{"".join(cells)}</tr>'

    rows: list[str] = []
    pairs = _align(doc, [line.text for line in left], [line.text for line in right])
    same = [
        i is not None and j is not None and left[i].text.rstrip("\n") == right[j].text.rstrip("\n")
        for i, j in pairs
    ]
    folded: list[tuple[int | None, int | None]] = []  # unchanged rows far from any change

    def fold() -> None:
        if len(folded) == 1:
            rows.append(row(*folded[0], "same"))
        elif folded:
            count = _plural(len(folded), "unchanged line")
            rows.append(f'<tr class="fold"><td colspan="4">{count}</td></tr>')
        folded.clear()

    for index, pair in enumerate(pairs):
        if all(same[max(0, index - _UNCHANGED_CONTEXT) : index + _UNCHANGED_CONTEXT + 1]):
            folded.append(pair)
            continue
        fold()
        rows.append(row(*pair, "same" if same[index] else "changed"))
    fold()
    if not rows:
        rows.append('<tr class="fold"><td colspan="4">empty document</td></tr>')
    return "".join(rows)


def _removal_reason(line: _Line, changes: list[Located]) -> str:
    """The reason of the change that removed a line's text, for the empty side of its row."""
    text, owner, _ = line
    keys = [key for char, key in zip(text, owner, strict=True) if key >= 0 and not char.isspace()]
    if not keys:
        return ""
    located = changes[keys[0] // 2]
    return f'<span class="why">{_e(located.filter)}: {_e(located.change.reason)}</span>'


def _align(doc: _Doc, left: list[str], right: list[str]) -> list[tuple[int | None, int | None]]:
    """
    Pair input lines with output lines by where the changes carried their text.

    An input line whose text all went (a removed line, a dropped blank line)
    stands alone on the left; one that joined an earlier line's output line
    too; an output line no input line reached stands alone on the right.
    """
    forward = Forward(doc.cleaned)
    right_starts = list(accumulate((len(line) for line in right), initial=0))
    pairs: list[tuple[int | None, int | None]] = []
    next_right = 0
    position = 0
    for i, line in enumerate(left):
        start, end = position, position + len(line)
        position = end
        out_start, out_end = forward(start, end=False), forward(end, end=True)
        if out_end <= out_start:
            pairs.append((i, None))
            continue
        target = bisect.bisect_right(right_starts, out_start) - 1
        if target < next_right or target >= len(right):
            pairs.append((i, None))
            continue
        pairs.extend((None, j) for j in range(next_right, target))
        pairs.append((i, target))
        next_right = target + 1
    pairs.extend((None, j) for j in range(next_right, len(right)))
    return pairs


def _summary(text: str, limit: int = 60) -> str:
    r"""A short, visible form of a change's text for a tooltip: ``"a\u200bb"``."""
    if not text:
        return "(nothing)"
    if len(text) > limit:
        text = f"{text[: limit // 2]}…{text[-limit // 2 :]}"
    return (
        '"' + "".join(f"\\u{ord(c):04x}" if (_badge_for(c) and c != " ") else c for c in text) + '"'
    )


def _chip(name: str) -> str:
    return f'<span class="chip f-{_e(name)}">{_e(name)}</span>'


def _histogram(removed: list[int]) -> str:
    """An inline SVG bar chart of characters removed per document, in 1-2.5-5 bins."""
    edges = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000]
    bins: list[tuple[str, int]] = []
    if any(r < 0 for r in removed):
        bins.append(("grew", sum(1 for r in removed if r < 0)))
    bins.append(("0", sum(1 for r in removed if r == 0)))
    top = max(removed, default=0)
    for low, high in zip(edges, [*edges[1:], None], strict=True):
        if low > top:
            break
        label = (
            f"{low:,}+"
            if high is None
            else (f"{low:,}" if high == low + 1 else f"{low:,}–{high - 1:,}")
        )
        bins.append((label, sum(1 for r in removed if r >= low and (high is None or r < high))))
    width, height, pad_left, pad_bottom, pad_top = 720, 220, 40, 44, 14
    bar = (width - pad_left - 10) / len(bins)
    tallest = max((count for _, count in bins), default=0) or 1
    plot = height - pad_bottom - pad_top
    parts = [
        f'<svg class="hist" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="Histogram of characters removed per document">',
        f'<line x1="{pad_left}" y1="{pad_top + plot}" x2="{width - 10}" y2="{pad_top + plot}" '
        'class="axis"/>',
    ]
    for tick in sorted({0, tallest // 2, tallest}):
        y = pad_top + plot - plot * tick / tallest
        parts.append(
            f'<text x="{pad_left - 6}" y="{y + 4:.1f}" class="tick" text-anchor="end">{tick}</text>'
        )
        parts.append(
            f'<line x1="{pad_left}" y1="{y:.1f}" x2="{width - 10}" y2="{y:.1f}" class="grid"/>'
        )
    for index, (label, count) in enumerate(bins):
        x = pad_left + index * bar
        h = plot * count / tallest
        noun = "document" if count == 1 else "documents"
        what = "text grew" if label == "grew" else f"{label} characters removed"
        parts.append(
            f"<g><title>{_e(what)}: {count} {noun}</title>"
            f'<rect x="{x + 3:.1f}" y="{pad_top + plot - h:.1f}" width="{bar - 6:.1f}" '
            f'height="{max(h, 0):.1f}" class="bar{" zero" if label in {"0", "grew"} else ""}"/>'
            f'<text x="{x + bar / 2:.1f}" y="{pad_top + plot - h - 4:.1f}" class="count" '
            f'text-anchor="middle">{count or ""}</text>'
            f'<text x="{x + bar / 2:.1f}" y="{height - pad_bottom + 16}" class="tick" '
            f'text-anchor="middle">{_e(label)}</text></g>'
        )
    parts.append(
        f'<text x="{pad_left + (width - pad_left) / 2:.0f}" y="{height - 6}" class="axis-label" '
        'text-anchor="middle">characters removed per document</text></svg>'
    )
    return "".join(parts)


# --- the page ------------------------------------------------------------------------


@dataclass
class _Run:
    """Everything the page shows, computed once."""

    docs: list[_Doc]
    total: int
    cleaner: Cleaner
    counts: Counts
    boilerplate: dict[str, list[tuple[str, _Doc]]]
    skipped: Skipped

    @property
    def changed(self) -> list[_Doc]:
        return [doc for doc in self.docs if doc.cleaned.steps]

    @property
    def active(self) -> list[str]:
        """Filters that changed a sampled document, in order."""
        return [name for name in ORDER if self.counts.documents[name]]


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "–"


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


def build_report(
    documents: list[Sampled],
    cleaner: Cleaner,
    *,
    total: int | None = None,
    title: str = "textclean report",
    source: str = "",
    seed: int = 0,
    skipped: Skipped | None = None,
) -> str:
    """
    The HTML page for sampled documents (of ``total`` in the corpus), cleaned by ``cleaner``.

    ``skipped``: what could not be read, said in the header and listed in a section.
    """
    docs = []
    counts = Counts()
    for number, document in enumerate(documents, start=1):
        cleaned = cleaner.explain(document.text)
        counts.add(cleaned)
        docs.append(_Doc(number, document.where, document.text, cleaned, locate(cleaned)))
    total = len(docs) if total is None else total
    run = _Run(docs, total, cleaner, counts, _boilerplate_lines(docs), skipped or Skipped())
    enabled = " ".join(_chip(name) for name in cleaner.enabled) or "none"
    page_title = f"{title}: {source}" if source else title
    head = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<link rel="icon" href="data:,">\n'
        f"<title>{_e(page_title)}</title>\n<style>{_css()}</style></head><body>\n"
        f"<header><h1>{_e(title)}</h1>\n<p class=sub>{_e(source)} · "
        f"{len(docs):,} of {_plural(run.total, 'document')} sampled (seed {seed}) · "
        + (f'<a href="#skipped">{run.skipped.said()}</a> · ' if run.skipped else "")
        + f"filters on: {enabled}</p></header>\n<main>"
    )
    sections = (
        _cards(run),
        _skipped_section(run.skipped),
        _filters_section(run),
        _most_changed(run),
        _boilerplate_section(run),
        _documents_section(run),
    )
    script = f"<script>{_asset('report.js')}</script>"
    return "\n".join((head, *sections, _footer(), "</main>", script, "</body></html>\n"))


def _cards(run: _Run) -> str:
    docs = run.docs
    chars_in = sum(len(doc.original) for doc in docs)
    removed = sum(doc.removed for doc in docs)
    lines = sum(len(lines) for lines in run.boilerplate.values())
    with_lines = sum(1 for doc in docs if "remove_boilerplate" in doc.filters)
    changes = sum(run.counts.changes.values())
    cards = (
        (f"{len(run.changed):,}", f"of {_plural(len(docs), 'document')} changed",
         _share(len(run.changed), len(docs))),
        (f"{removed:,}", "characters removed", f"{_share(removed, chars_in)} of {chars_in:,}"),
        (f"{lines:,}", "boilerplate lines removed", f"in {_plural(with_lines, 'document')}"),
        (f"{changes:,}", "changes in all", f"by {_plural(len(run.active), 'filter')}"),
    )  # fmt: skip
    body = "".join(
        f'<div class="card"><b>{big}</b>{_e(what)}<span>{_e(note)}</span></div>'
        for big, what, note in cards
    )
    return f'<section class="cards">{body}</section>'


def _skipped_section(skipped: Skipped) -> str:
    """Each record or file left out, where and why: a sample is never smaller without a word."""
    if not skipped:
        return ""
    rows = "".join(
        f"<tr><td>{_e(where)}</td><td>{_e(why)}</td></tr>" for where, why in skipped.listed
    )
    unlisted = skipped.records + skipped.files - len(skipped.listed)
    more = f"<p>And {unlisted:,} more, not listed.</p>" if unlisted else ""
    return (
        f'<section id="skipped"><h2>Records and files not read</h2>\n'
        f"<p>{_e(skipped.said())} (<code>--on-error skip</code>): they are neither in the "
        "sample nor in the count of documents.</p>\n"
        f'<table class="grid-table"><thead><tr><th>where</th><th>why</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>{more}</section>"
    )


def _filters_section(run: _Run) -> str:
    counts, docs = run.counts, len(run.docs)
    rows = "".join(
        f"<tr{'' if counts.documents[name] else ' class=idle'}>"
        f"<td>{_chip(name)}</td><td class=num>{counts.documents[name]:,}</td>"
        f"<td class=num>{_share(counts.documents[name], docs)}</td>"
        f"<td class=num>{counts.changes[name]:,}</td>"
        f"<td class=num>{counts.chars_removed[name]:,}</td>"
        f"<td>{_e(FILTERS[name].description)}</td></tr>"
        for name in run.cleaner.enabled
    )
    head = (
        "<tr><th>filter</th><th class=num>documents changed</th><th class=num>share</th>"
        "<th class=num>changes</th><th class=num>characters removed</th><th>what it does</th></tr>"
    )
    histogram = _histogram([doc.removed for doc in run.docs])
    return (
        f'<section><h2>Filters</h2><table class="grid-table"><thead>{head}</thead>'
        f"<tbody>{rows}</tbody></table></section>\n"
        f"<section><h2>Characters removed per document</h2>{histogram}</section>"
    )


def _most_changed(run: _Run) -> str:
    """The documents that lost the largest share of their text: where a wrong removal would hurt."""
    most = sorted(run.changed, key=lambda d: (-d.removed / max(1, len(d.original)), d.number))
    rows = "".join(
        f"<tr{' class=heavy' if d.removed > _HEAVY * len(d.original) else ''}>"
        f'<td><a href="#doc-{d.number}">{_e(d.where)}</a></td>'
        f"<td class=num>{_share(d.removed, len(d.original))}</td>"
        f"<td class=num>{d.removed:,}</td><td>{' '.join(_chip(f) for f in d.filters)}</td></tr>"
        for d in most[:_MOST]
    )
    if not rows:
        return ""
    heavy = sum(1 for d in run.changed if d.removed > _HEAVY * len(d.original))
    note = (
        f'<p class="warn">{_plural(heavy, "document")} lost more than {_HEAVY:.0%} of '
        f"{'its' if heavy == 1 else 'their'} text: read "
        f"{'its diff' if heavy == 1 else 'their diffs'} before trusting the run.</p>"
        if heavy
        else f'<p class="help">No document lost more than {_HEAVY:.0%} of its text.</p>'
    )
    head = (
        "<tr><th>document</th><th class=num>removed</th><th class=num>characters</th>"
        "<th>filters</th></tr>"
    )
    return (
        f'<section><h2>Most shortened documents</h2>{note}<table class="grid-table">'
        f"<thead>{head}</thead><tbody>{rows}</tbody></table></section>"
    )


def _boilerplate_section(run: _Run) -> str:
    rows = []
    for category, lines in run.boilerplate.items():
        examples = "".join(
            f'<li><a href="#doc-{doc.number}">{_text_html(_clip(line))}</a>'
            f'<span class="times">×{times}</span></li>'
            for line, doc, times in _examples(lines)
        )
        documents = len({doc.number for _, doc in lines})
        rows.append(
            f"<tr><td><code>{_e(category)}</code>"
            f"<div class=desc>{_e(CATEGORIES.get(category, ''))}</div></td>"
            f"<td class=num>{len(lines):,}</td><td class=num>{documents:,}</td>"
            f"<td><ul>{examples}</ul></td></tr>"
        )
    if not rows:
        body = '<p class="none">No boilerplate lines were removed in this sample.</p>'
    else:
        head = (
            "<tr><th>category</th><th class=num>lines</th><th class=num>documents</th>"
            "<th>example lines</th></tr>"
        )
        body = (
            f'<table class="grid-table"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'
        )
    return f"<section><h2>Boilerplate removed, by category</h2>{body}</section>"


def _documents_section(run: _Run) -> str:
    changed = run.changed
    options = "".join(
        f'<option value="{_e(name)}">{_e(name)} ({run.counts.documents[name]})</option>'
        for name in run.active
    )
    unchanged = [doc for doc in run.docs if not doc.cleaned.steps]
    parts = [
        '<section id="documents"><h2>Documents: input and output side by side</h2>',
        '<p class="help">Each change is coloured by its filter; hover over it to see why. '
        "Characters that print as nothing are shown as grey badges.</p>",
        f'<div class="legend">{" ".join(_chip(name) for name in run.active)}</div>',
        '<label class="pick">Show documents changed by <select id="pick">'
        f'<option value="">any filter ({len(changed)})</option>{options}</select></label>',
        '<p id="shown" class="help"></p>',
        "".join(_doc_html(doc) for doc in changed)
        or '<p class="none">No document in the sample was changed.</p>',
    ]
    if unchanged:
        names = "".join(f"<li>{_e(doc.where)}</li>" for doc in unchanged)
        parts.append(
            f'<details class="unchanged"><summary>{_plural(len(unchanged), "sampled document")} '
            f"unchanged</summary><ul>{names}</ul></details>"
        )
    parts.append("</section>")
    return "\n".join(parts)


def _footer() -> str:
    from textclean import __version__  # noqa: PLC0415 - textclean/__init__ imports the pipeline

    return (
        f"<footer>Made by textclean {_e(__version__)} with <code>textclean report</code>.</footer>"
    )


def _clip(line: str, limit: int = 140) -> str:
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _examples(lines: list[tuple[str, _Doc]]) -> list[tuple[str, _Doc, int]]:
    """The most frequent distinct lines of a category, each with a document and how often."""
    frequency = Counter(line for line, _ in lines)
    first: dict[str, _Doc] = {}
    for line, doc in lines:
        first.setdefault(line, doc)
    return [(line, first[line], n) for line, n in frequency.most_common(_MAX_EXAMPLES)]


def _doc_html(doc: _Doc) -> str:
    filters = " ".join(doc.filters)
    chips = " ".join(_chip(name) for name in doc.filters)
    changes = sum(len(step.changes) for step in doc.cleaned.steps)
    sizes = f"{len(doc.original):,} → {len(doc.cleaned.text):,}"
    return f"""<article class="doc" id="doc-{doc.number}" data-filters="{_e(filters)}">
<h3><span class="where">{_e(doc.where)}</span> {chips}</h3>
<p class="meta">{_plural(changes, "change")} · {sizes} characters</p>
<table class="diff"><colgroup><col class="nc"><col><col class="nc"><col></colgroup>
<thead><tr><th colspan="2">input</th><th colspan="2">cleaned</th></tr></thead>
<tbody>{_diff_rows(doc)}</tbody></table></article>"""


def _asset(name: str) -> str:
    return resources.files("textclean").joinpath("data", name).read_text("utf-8")


def filter_colors() -> dict[str, str]:
    """A colour for every registered filter: its own, or the next spare one."""
    spare = iter(_MORE_COLORS * (1 + len(ORDER) // len(_MORE_COLORS)))
    return {name: FILTER_COLORS.get(name) or next(spare) for name in ORDER}


def _css() -> str:
    colors = "".join(f".f-{name}{{--c:{color}}}" for name, color in filter_colors().items())
    return colors + _asset("report.css")


def write_report(
    files: list[Path],
    output: Path,
    cleaner: Cleaner,
    *,
    source: str,
    field: str = "text",
    size: int = 50,
    seed: int = 0,
    skipped: Skipped | None = None,
) -> tuple[int, int]:
    """
    Sample the corpus, write the page to ``output``; returns (sampled, total) documents.

    ``skipped``: leave bad records and files out, counted there (else the first raises).
    """
    documents, total = sample(read_documents(files, field, skipped), size, seed)
    page = build_report(documents, cleaner, total=total, source=source, seed=seed, skipped=skipped)
    with io.AtomicOutput(output) as out:
        out.stream.write(page.encode("utf-8"))
    return len(documents), total
