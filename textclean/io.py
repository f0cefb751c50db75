"""
Reading and writing documents: text, JSONL, CSV/TSV and Parquet, compressed or not, local or remote.

Every reader yields `Record`s in input order, one per document, each knowing
where it came from (``path:line``) so that errors can name it. Writers write
to a temporary name beside the target and rename it into place only when the
whole file is written, so an interrupted run leaves no half-written file.

JSONL records are never re-serialized: the cleaned field's value is spliced
into the line as it was read, so every other byte of the line (numbers of any
size, escapes, key order, spacing) comes out exactly as it went in, whichever
JSON parser is installed. The parser only checks the line and reads the text.
"""

from __future__ import annotations

import bz2
import contextlib
import gzip
import json
import lzma
import os
import re
import secrets
import sys
import zlib
from dataclasses import dataclass
from decimal import Decimal
from io import BufferedReader, RawIOBase
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Self, cast

from textclean.decoding import decode
from textclean.errors import InputError, OutputError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

#: A local file, or a URL (``s3://``, ``hf://``, ``memory://``...) read through fsspec.
Location = Path | str

# --- JSON -----------------------------------------------------------------------------

#: Deeper nesting is refused, the same with either parser (orjson stops at 1024,
#: the standard library at its recursion limit, which depends on the stack).
MAX_DEPTH = 512


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not a JSON number")


def _integer(digits: str) -> int | Decimal:
    """A JSON integer; past the digits Python turns into an int (4300), a Decimal (linear)."""
    try:
        return int(digits)
    except ValueError:
        return Decimal(digits)


def _std_check(line: str) -> Any:
    try:
        return json.loads(line, parse_constant=_refuse_constant)
    except json.JSONDecodeError:
        raise
    except ValueError:
        # An integer of more than 4300 digits is valid JSON, which Python's int
        # refuses (a guard against quadratic conversion): the record was
        # rejected, with advice to call sys.set_int_max_str_digits. Only the
        # check reads it; the line is written as read. (NaN fails again here.)
        return json.loads(line, parse_constant=_refuse_constant, parse_int=_integer)


def _orjson_check(line: str) -> Any:
    try:
        return orjson.loads(line)
    except orjson.JSONDecodeError:
        # orjson refuses some valid JSON (1e400, an escaped lone surrogate):
        # the standard library has the last word, so both backends agree.
        return _std_check(line)


try:
    import orjson
except ImportError:  # pragma: no cover - the fast extra is optional
    orjson = None  # type: ignore[assignment]

#: The JSON parsers: "orjson" (textclean[fast]) when installed, else "stdlib";
#: TEXTCLEAN_JSON=stdlib picks the standard library.
BACKENDS: dict[str, Callable[[str], Any]] = {"stdlib": _std_check}
if orjson is not None:
    BACKENDS["orjson"] = _orjson_check
_backend = os.environ.get("TEXTCLEAN_JSON", "orjson" if orjson is not None else "stdlib")
_parse = BACKENDS.get(_backend, _std_check)


def use_json_backend(name: str) -> None:
    """Parse JSON lines with ``name`` ("orjson" or "stdlib"), in this process."""
    global _parse  # noqa: PLW0603 - one parser per process, switched by tests and settings
    _parse = BACKENDS[name]


_STRING = r'"[^"\\]*(?:\\.[^"\\]*)*"'
_OUTSIDE_STRINGS = re.compile(_STRING + r"|([\[\]{}])")
# Where strings begin and containers open, close or go on; scalars and colons
# are skipped, as the field sought is a string.
_STRUCTURE = re.compile(r'[{}\[\],"]')
_SURROGATE = re.compile("[\ud800-\udfff]")


def _depth(line: str) -> int:
    """How deeply the JSON ``line`` nests arrays and objects (brackets in strings not counted)."""
    if line.count("[") + line.count("{") <= MAX_DEPTH:
        return 0  # cannot be deeper than the limit: not worth the walk
    depth = deepest = 0
    for match in _OUTSIDE_STRINGS.finditer(line):
        bracket = match[1]
        if bracket is None:
            continue
        depth += 1 if bracket in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


def _string_end(line: str, start: int) -> int:
    """The index after the closing quote of the JSON string opening at ``start``."""
    at = start + 1
    while True:
        quote = line.find('"', at)
        before = quote - 1
        while line[before] == "\\":
            before -= 1
        if (quote - 1 - before) % 2 == 0:  # not escaped: an even run of backslashes
            return quote + 1
        at = quote + 1


def _key(quoted: str) -> str:
    return quoted[1:-1] if "\\" not in quoted else str(json.loads(quoted))


def value_span(line: str, path: tuple[str, ...]) -> tuple[int, int]:
    """
    Where the string at ``path`` is in the JSON object ``line``: (start, end), with quotes.

        >>> value_span('{"a": 1, "b": {"text": "hi"}}', ("b", "text"))
        (23, 27)

    Like the parsers, the last of duplicate keys wins. The walk keeps a stack,
    not recursion, so any depth is fine, and it skips over each string with
    ``str.find``, so a long text costs next to nothing.
    """
    stack: list[tuple[bool, int]] = []  # each open container: (is object, path parts matched)
    level = 0  # path parts matched by the next value; -1 when it is off the path
    expect_key = False
    span = (-1, -1)
    at = 0
    while (match := _STRUCTURE.search(line, at)) is not None:
        piece, start = match[0], match.start()
        at = start + 1
        if piece == '"':
            at = _string_end(line, start)
            if expect_key:
                expect_key = False
                matched = stack[-1][1]
                on_path = 0 <= matched < len(path) and _key(line[start:at]) == path[matched]
                level = matched + 1 if on_path else -1
            else:
                if level == len(path):
                    span = (start, at)
                level = -1
        elif piece in "{[":
            stack.append((piece == "{", level))
            expect_key = piece == "{"
            level = -1
        elif piece == ",":
            expect_key = stack[-1][0]
            level = -1
        else:
            stack.pop()
            expect_key = False
    if span[0] < 0:
        raise KeyError(".".join(path))
    return span


def json_string(text: str) -> str:
    r"""
    ``text`` as a JSON string: UTF-8 as it is, lone surrogates as escapes (never invalid UTF-8).

        >>> json_string('a"\ud800')
        '"a\\"\\ud800"'
    """
    quoted = json.dumps(text, ensure_ascii=False)
    if not quoted.isascii() and _SURROGATE.search(quoted):
        quoted = _SURROGATE.sub(lambda m: f"\\u{ord(m[0]):04x}", quoted)
    return quoted


# --- records --------------------------------------------------------------------------

FORMATS = ("txt", "jsonl", "csv", "tsv", "parquet")
PARQUET_BATCH_ROWS = 2048
COMPRESSIONS = (".gz", ".bz2", ".xz", ".zst")
BOM = "\ufeff"


def strip_compression(name: str) -> tuple[str, str]:
    """``("x.jsonl", ".gz")`` for ``x.jsonl.gz``; the suffix is "" when not compressed."""
    lower = name.lower()
    for suffix in COMPRESSIONS:
        if lower.endswith(suffix):
            return name[: -len(suffix)], suffix
    return name, ""


def detect_format(path: Location) -> str:
    """The format a name's extension says (``.jsonl``/``.ndjson``, ``.csv``, ``.tsv``...)."""
    name = strip_compression(Path(str(path)).name)[0].lower()
    if name.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    if name.endswith((".parquet", ".pq")):
        return "parquet"
    if name.endswith(".csv"):
        return "csv"
    if name.endswith(".tsv"):
        return "tsv"
    return "txt"


def files_under(folder: Path, patterns: Iterable[str]) -> Iterator[Path]:
    """
    Each file under ``folder`` whose path matches one of ``patterns`` (as ``rglob`` takes them).

    Unlike ``Path.rglob`` (Python 3.11), it leaves nothing out without a
    word: a folder it cannot list is yielded itself, for the caller to name
    as it names a file it cannot read, and a symbolic link to a folder is
    followed (``data/2024 -> /mnt/disk/2024``), each folder once, so a link
    back up the tree is not walked again. Files come folder by folder, in
    name order.
    """
    anchored = tuple(pattern.removeprefix("**/") for pattern in patterns)
    unlisted: list[OSError] = []
    walked: set[tuple[int, int]] = set()
    for top, folders, names in os.walk(folder, onerror=unlisted.append, followlinks=True):
        folders.sort()
        if not _first_visit(top, walked):
            folders.clear()  # reached again through a link: its files were found already
            continue
        for name in sorted(names):
            path = Path(top, name)
            if any(path.relative_to(folder).match(pattern) for pattern in anchored):
                yield path
    for error in unlisted:  # (os.walk gives an error for each folder it cannot list)
        yield Path(error.filename)


def _first_visit(folder: str, walked: set[tuple[int, int]]) -> bool:
    """Whether ``folder`` (by device and inode, so through any link) is met for the first time."""
    try:
        status = Path(folder).stat()
    except OSError:
        return True  # gone since it was listed: listing it says so
    key = (status.st_dev, status.st_ino)
    if key in walked:
        return False
    walked.add(key)
    return True


@dataclass
class Record:
    """One document: its text, where it came from, and for JSONL/CSV/Parquet the whole record."""

    where: str  # "path:line" or "path" or "path:row"
    text: str | None  # None when the record was rejected
    data: Any = None  # the parsed record (JSONL) or the row (CSV)
    raw: bytes = b""  # the raw input line, kept for --rejects
    error: str | None = None
    encoding: str = "utf-8"
    line: str = ""  # a JSONL line as read (decoded), into which the cleaned text is spliced


def get_field(record: Any, path: tuple[str, ...]) -> Any:
    """Follow a dotted path into nested dicts; KeyError names the missing part."""
    value = record
    for i, key in enumerate(path):
        if not isinstance(value, dict) or key not in value:
            raise KeyError(".".join(path[: i + 1]))
        value = value[key]
    return value


#: A document read whole from a pipe, a device or stdin, whose size is not known
#: before, is refused past this many bytes: ``/dev/zero`` never ends.
STREAM_TEXT_LIMIT = 64 * 2**20


def read_whole(stream: IO[bytes], name: str, *, bounded: bool) -> bytes:
    """
    All of ``stream``; ``bounded`` (a pipe, device or stdin): at most `STREAM_TEXT_LIMIT` bytes.

    Past it, an InputError naming the input, rather than a read until the
    memory runs out (``textclean explain /dev/zero`` was killed by the system).
    """
    if not bounded:
        return stream.read()
    data = stream.read(STREAM_TEXT_LIMIT + 1)
    if len(data) > STREAM_TEXT_LIMIT:
        raise InputError(
            name,
            f"more than {STREAM_TEXT_LIMIT >> 20} MB of text from a pipe or device, read as one "
            "document; save it to a file first",
        )
    return data


def is_stream(path: Location) -> bool:
    """A local name that is not a regular file (a pipe, a device): its size says nothing."""
    return not is_remote(path) and Path(path).exists() and not Path(path).is_file()


def read_text_file(path: Location) -> Record:
    """A whole text file as one document, decoded by detection if it is not UTF-8."""
    with open_input(path) as stream:
        data = read_whole(stream, str(path), bounded=is_stream(path))
    decoded = decode(data, str(path))
    return Record(str(path), decoded.text, encoding=decoded.encoding)


def read_jsonl(stream: IO[bytes], name: str, field: tuple[str, ...]) -> Iterator[Record]:
    """Each line a JSON object holding the text at ``field``; bad lines become rejected records."""
    for number, raw in enumerate(read_lines(stream, name), start=1):
        record = parse_jsonl_line(raw, f"{name}:{number}", field, first=number == 1)
        if record is not None:
            yield record


def kind_of(value: Any) -> str:
    """
    What a JSON or Parquet value is, said plainly, for an error about a field that is not text.

        >>> kind_of(None), kind_of(3), kind_of(b"x"), kind_of([1])
        ('null', 'a number', 'bytes', 'a list')
    """
    if value is None:
        return "null"
    kinds = {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}
    if type(value) in kinds:
        return kinds[type(value)]
    if isinstance(value, (int, float, Decimal)):
        return "a number"
    return "bytes" if isinstance(value, bytes) else f"a {type(value).__name__}"


_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff")  # UTF-16's and UTF-32's byte-order marks
_WIDE_ADVICE = (
    "UTF-16 or UTF-32 text, whose lines cannot be read one by one; convert the file "
    "first: iconv -f UTF-16 -t UTF-8 (Windows PowerShell writes UTF-16)"
)


def _looks_wide(content: bytes, *, first: bool) -> bool:
    """
    Whether a JSONL line is UTF-16 or UTF-32 (which --encoding cannot split into lines).

    The first line may start with its byte-order mark; without one, every
    other byte of text in Latin letters is a NUL.
    """
    return (first and content.startswith(_WIDE_BOMS)) or content.count(0) * 3 >= len(content)


def parse_jsonl_line(  # noqa: PLR0911 - one return per way a line can be bad
    raw: bytes,
    where: str,
    field: tuple[str, ...],
    *,
    first: bool = False,
    encoding: str | None = None,
) -> Record | None:
    """
    One JSONL line as a record (rejected if bad, with why); None for a blank line.

    ``first``: the file's first line, which may start with a UTF-8 byte-order mark.
    ``encoding``: the file's, when it is not UTF-8 (one that keeps ASCII as ASCII).
    """
    content = raw.rstrip(b"\r\n")
    if not content.strip():
        return None
    try:
        line = content.decode(encoding or "utf-8")
    except UnicodeDecodeError as error:
        advice = "check --encoding" if encoding else "pass --encoding, or convert the file"
        if _looks_wide(content, first=first):
            return Record(where, None, raw=content, error=_WIDE_ADVICE)
        return Record(
            where,
            None,
            raw=content,
            error=f"not {encoding or 'UTF-8'} (byte 0x{content[error.start]:02x} at column "
            f"{error.start + 1}; {advice})",
        )
    if first and line.startswith(BOM):
        line = line[1:]
    if _depth(line) > MAX_DEPTH:
        return Record(where, None, raw=content, error=f"nested deeper than {MAX_DEPTH} levels")
    try:
        data = _parse(line)
    except (ValueError, RecursionError) as error:
        wide = _looks_wide(content, first=first)
        return Record(
            where, None, raw=content, error=_WIDE_ADVICE if wide else f"invalid JSON ({error})"
        )
    if not isinstance(data, dict):
        return Record(where, None, raw=content, error=f"not a JSON object (it is {kind_of(data)})")
    try:
        value = get_field(data, field)
    except KeyError as missing:
        return Record(where, None, raw=content, error=f"missing field {missing.args[0]!r}")
    if not isinstance(value, str):
        dotted = ".".join(field)
        return Record(
            where, None, raw=content, error=f"field {dotted!r} is {kind_of(value)}, not text"
        )
    return Record(where, value, data=data, raw=content, line=line)


def splice(record: Record, field: tuple[str, ...], text: str) -> bytes:
    """The record's line with ``text`` as the value at ``field`` and every other byte as read."""
    if text == record.text:
        return record.line.encode("utf-8") + b"\n"
    start, end = value_span(record.line, field)
    line = record.line
    return b"".join((line[:start].encode(), _quoted(text), line[end:].encode(), b"\n"))


def _quoted(text: str) -> bytes:
    """`json_string` as UTF-8; orjson writes the same bytes for every code point, faster."""
    if orjson is not None:
        with contextlib.suppress(TypeError):  # a lone surrogate: json_string escapes it
            return orjson.dumps(text)
    return json_string(text).encode()


# --- opening files: compression and remote paths ------------------------------------------


def is_remote(location: Location) -> bool:
    """True for a URL (``s3://...``), read and written through fsspec."""
    return isinstance(location, str) and "://" in location


def _fsspec() -> Any:
    try:
        import fsspec  # type: ignore[import-untyped]  # noqa: PLC0415 - optional extra
    except ImportError:
        raise InputError(
            "fsspec", "remote paths need fsspec: pip install 'textclean-kit[remote]'"
        ) from None
    return fsspec


def fsspec_filesystem(url: str) -> tuple[Any, str]:
    """The fsspec filesystem of a URL and the path on it."""
    fs, path = _fsspec().core.url_to_fs(url)
    return fs, path


def _zstd() -> Any:
    try:
        import zstandard  # noqa: PLC0415 - optional extra
    except ImportError:
        raise InputError(
            "zstandard", ".zst files need zstandard: pip install 'textclean-kit[zstd]'"
        ) from None
    return zstandard


def _open_compressed(raw: IO[bytes], suffix: str, mode: str) -> IO[bytes]:
    """A (de)compressing stream over ``raw``; closing it closes ``raw`` too."""
    if suffix == ".zst":
        zstandard = _zstd()
        if mode == "rb":
            return BufferedReader(_ZstdReader(raw, zstandard))
        return zstandard.ZstdCompressor().stream_writer(raw, closefd=True)  # type: ignore[no-any-return]
    openers: dict[str, Callable[[IO[bytes], str], IO[bytes]]] = {
        ".gz": gzip.open,  # type: ignore[dict-item]
        ".bz2": bz2.open,  # type: ignore[dict-item]
        ".xz": lzma.open,  # type: ignore[dict-item]
    }
    opener = openers.get(suffix)
    if opener is None:
        return raw
    return cast("IO[bytes]", _Closing(opener(raw, mode), raw))


class _ZstdReader(RawIOBase):
    """
    Zstandard frames read one after another, raising EOFError on a truncated frame.

    zstandard's own stream reader ends quietly where a frame is cut off, which
    would pass a truncated file as complete.
    """

    _CHUNK = 1 << 16

    def __init__(self, raw: IO[bytes], zstandard: Any) -> None:
        self._raw = raw
        self._new = zstandard.ZstdDecompressor().decompressobj
        self._frame = self._new()
        self._pending = b""
        self._started = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            data = self._raw.read(self._CHUNK)
            if not data:
                if self._started and not self._frame.eof:
                    raise EOFError("the zstd stream ends in the middle of a frame")
                return 0
            while data:
                if self._frame.eof:
                    self._frame = self._new()
                self._started = True
                self._pending += self._frame.decompress(data)
                data = self._frame.unused_data if self._frame.eof else b""
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size

    def close(self) -> None:
        self._raw.close()
        super().close()


class _Closing:
    """A compressed stream that also closes the file under it (gzip, bz2 and lzma do not)."""

    def __init__(self, stream: IO[bytes], raw: IO[bytes]) -> None:
        self._stream = stream
        self._raw = raw

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._stream)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            self._stream.close()
        finally:
            self._raw.close()


def _zstd_errors() -> tuple[type[Exception], ...]:
    with contextlib.suppress(ImportError):
        import zstandard  # noqa: PLC0415 - optional extra

        return (zstandard.ZstdError,)
    return ()


#: What a truncated or corrupt compressed stream raises while it is read.
READ_ERRORS: tuple[type[Exception], ...] = (
    OSError,
    EOFError,
    lzma.LZMAError,
    zlib.error,
    *_zstd_errors(),
)


def stdin_bytes() -> IO[bytes]:
    """
    Standard input as bytes; started with it closed (``<&-``), an error that says so.

    From a terminal, a line on stderr says what it waits for: run without an
    input by mistake, the command would otherwise seem to hang.
    """
    if sys.stdin is None:
        raise InputError("<stdin>", "standard input is closed; pass an input file, or pipe one in")
    if sys.stdin.isatty():
        print(STDIN_TERMINAL_NOTE, file=sys.stderr)
    return sys.stdin.buffer


STDIN_TERMINAL_NOTE = (
    "textclean: reading the text from the terminal: end it with Ctrl-D, "
    "or pass an input file, or pipe one in"
)


def open_input(location: Location, on_read: Callable[[int], object] | None = None) -> IO[bytes]:
    """
    Open a file, URL or ``-`` (stdin) for reading bytes, decompressing by extension.

    ``on_read(n)`` is called with the size of each read from the file itself,
    before decompression: what a progress bar should count against its size.
    """
    if str(location) == "-":
        return stdin_bytes()
    suffix = strip_compression(str(location))[1]
    if is_remote(location):
        raw: IO[bytes] = _fsspec().open(str(location), "rb").open()
    else:
        raw = Path(location).open("rb")  # noqa: SIM115 - closed with the stream returned
    return _open_compressed(counting(raw, on_read), suffix, "rb")


def counting(raw: IO[bytes], on_read: Callable[[int], object] | None) -> IO[bytes]:
    """``raw``, reporting the size of each read to ``on_read`` (unchanged when None)."""
    if on_read is None:
        return raw
    return cast("IO[bytes]", BufferedReader(_Counting(raw, on_read), _READ_BUFFER))


_READ_BUFFER = 1 << 20  # a progress update per MiB read, not per 8 KiB


class _Counting(RawIOBase):
    """A file that reports the size of each read, for progress."""

    def __init__(self, raw: IO[bytes], on_read: Callable[[int], object]) -> None:
        self._raw = raw
        self._on_read = on_read

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self._raw.seekable()

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._raw.seek(offset, whence)

    def tell(self) -> int:
        return self._raw.tell()

    def readinto(self, buffer: Any) -> int:
        data = self._raw.read(len(buffer))
        size = len(data)
        buffer[:size] = data
        if size:
            self._on_read(size)
        return size

    def close(self) -> None:
        self._raw.close()
        super().close()


#: A JSONL line longer than this is refused, not read on (a file with no line
#: breaks, a device such as /dev/zero): it would fill the memory first.
MAX_LINE_BYTES = 256 * 2**20


#: What an error about a bad file advises under ``--on-error stop`` (dropped under skip).
SKIP_ADVICE = ", or pass --on-error skip to go on without it"


def with_advice(reason: str) -> str:
    """A bad record's reason under ``--on-error stop``, with what to do."""
    return f"{reason}; fix it, or pass --on-error skip to set bad records aside"


def file_error(error: BaseException) -> str:
    """One line saying why a file could not be read, and what to do."""
    if isinstance(error, OSError) and error.strerror:
        return f"{error.strerror}; check the path and its permissions{SKIP_ADVICE}"
    return (
        f"cannot be read ({error}); the file is truncated, corrupt or not in that format: "
        f"fetch it again or repair it{SKIP_ADVICE}"
    )


def parquet_records(batch: Any, field: tuple[str, ...], name: str, row: int) -> list[Record]:
    """
    A Parquet batch's records, named ``name:row N`` counting on from ``row``.

    A value that is not text (null, a number) is a rejected record holding
    its row as a JSON object, for --rejects: not only its number.
    """
    records = []
    column = ".".join(field)
    for index, value in enumerate(parquet_column(batch, field).to_pylist(), start=1):
        where = f"{name}:row {row + index}"
        if isinstance(value, str):
            records.append(Record(where, value))
        else:
            reason = f"column {column!r} is {kind_of(value)}, not text"
            records.append(Record(where, None, raw=_parquet_row(batch, index - 1), error=reason))
    return records


def _parquet_row(batch: Any, index: int) -> bytes:
    """A row as a JSON object; values JSON has no type for (bytes, dates, decimals) as text."""
    row = batch.slice(index, 1).to_pylist()[0]
    return json.dumps(row, default=str, ensure_ascii=False).encode("utf-8")


def read_lines(stream: IO[bytes], name: str) -> Iterator[bytes]:
    """
    The lines of ``stream``; a truncated or corrupt file raises an InputError naming it.

    So does a line longer than `MAX_LINE_BYTES`, naming the file and the line.
    """
    try:
        for number, line in enumerate(_bounded_lines(stream), start=1):
            if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
                raise InputError(
                    f"{name}:{number}",
                    f"a line longer than {MAX_LINE_BYTES >> 20} MB: not JSONL (no line "
                    "breaks), or a record too large to clean whole; split it first",
                )
            yield line
    except READ_ERRORS as error:
        raise InputError(
            name,
            f"cannot be read ({error}); the file is truncated or corrupt: fetch it again or "
            f"repair it{SKIP_ADVICE}",
        ) from None


def _bounded_lines(stream: IO[bytes]) -> Iterator[bytes]:
    """Lines of at most `MAX_LINE_BYTES` + 1 bytes; a longer one is cut there."""
    try:
        line = stream.readline(MAX_LINE_BYTES + 1)
    except TypeError:  # a reader whose readline takes no size (fsspec's): unbounded
        yield from stream
        return
    while line:
        yield line
        line = stream.readline(MAX_LINE_BYTES + 1)


def open_jsonl(path: Location) -> IO[bytes]:
    """Open a JSONL file for reading bytes, decompressing by extension."""
    return open_input(path)


# --- CSV and TSV --------------------------------------------------------------------------


def csv_delimiter(fmt: str) -> str:
    """The column separator of ``csv`` or ``tsv``."""
    return "\t" if fmt == "tsv" else ","


# --- Parquet ------------------------------------------------------------------------------


def parquet_column(batch: Any, path: tuple[str, ...]) -> Any:
    """The array at a dotted path: a column, or a field inside struct columns."""
    array = batch.column(path[0])
    for depth, name in enumerate(path[1:], start=1):
        import pyarrow as pa  # noqa: PLC0415 - optional extra

        if not pa.types.is_struct(array.type) or array.type.get_field_index(name) < 0:
            raise KeyError(".".join(path[: depth + 1]))
        array = array.flatten()[array.type.get_field_index(name)]
    return array


def with_parquet_column(batch: Any, path: tuple[str, ...], values: Any) -> Any:
    """``batch`` with the array at a dotted path replaced by ``values``."""
    import pyarrow as pa  # noqa: PLC0415 - optional extra

    def replaced(array: Any, rest: tuple[str, ...]) -> Any:
        if not rest:
            return values
        children = array.flatten()
        index = array.type.get_field_index(rest[0])
        children[index] = replaced(children[index], rest[1:])
        fields = [array.type.field(i).with_type(child.type) for i, child in enumerate(children)]
        return pa.StructArray.from_arrays(children, fields=fields, mask=array.is_null())

    index = batch.schema.get_field_index(path[0])
    column = replaced(batch.column(path[0]), path[1:])
    return batch.set_column(index, batch.schema.field(index).with_type(column.type), column)


# --- writing ------------------------------------------------------------------------------

_PART = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[^.]+\.part$")


def remove_stale_parts(target: Path, parts: StaleParts | None = None) -> list[Path]:
    """
    Delete temporary files an earlier run left beside ``target`` when it was killed.

    Only our own naming (``.NAME.PID.RANDOM.part``) is touched, and only when
    process PID is gone, so a run writing the same folder right now keeps its file.
    ``parts`` lists each folder once for a run writing many files into it.
    """
    found = (parts or StaleParts()).beside(target)
    removed = []
    for candidate, pid in found:
        if not _process_alive(pid):
            try:
                candidate.unlink(missing_ok=True)
            except OSError:
                continue
            removed.append(candidate)
    return removed


class StaleParts:
    """
    The temporary files in each folder, by the name they were to get, listed once per folder.

    Listing the folder for each file written made writing a folder of n files
    cost n listings of n names. A part made after the listing is a live
    run's (this one's or another's), which is kept anyway.
    """

    def __init__(self) -> None:
        """No folder listed yet."""
        self._folders: dict[Path, dict[str, list[tuple[Path, int]]]] = {}

    def beside(self, target: Path) -> list[tuple[Path, int]]:
        """The parts (and the process that wrote each) meant to become ``target``, once."""
        folder = self._folders.get(target.parent)
        if folder is None:
            folder = self._folders[target.parent] = {}
            with contextlib.suppress(OSError), os.scandir(target.parent) as entries:
                for entry in entries:
                    match = _PART.match(entry.name)
                    if match is not None:
                        found = folder.setdefault(match["name"], [])
                        found.append((Path(entry.path), int(match["pid"])))
        return folder.pop(target.name, [])


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class AtomicOutput:
    """
    A file written under a temporary name and renamed into place on success.

    The name is ``-`` or None for stdout, or a URL written through fsspec
    (object stores publish a file whole when it is closed). A symlink is
    written through to its target, and an existing file keeps its mode and,
    where allowed, its owner.
    """

    def __init__(
        self, target: Location | None, *, binary: bool = True, parts: StaleParts | None = None
    ) -> None:
        """Open the temporary file; ``target=None`` or ``-`` writes to stdout instead."""
        self.target: Location | None = None if target is None or str(target) == "-" else target
        self.binary = binary
        self._tmp: Path | None = None
        self._remote: Any = None
        self._direct = False
        self.stream: IO[Any]
        if self.target is None:
            if sys.stdout is None:  # started with stdout closed (>&-)
                raise OutputError("<stdout>", "standard output is closed", "pass --output FILE")
            self.stream = sys.stdout.buffer if binary else sys.stdout
            return
        suffix = strip_compression(str(self.target))[1]
        if is_remote(self.target):
            self._remote = _fsspec().open(str(self.target), "wb").open()
            self.stream = _open_compressed(self._remote, suffix, "wb")
            return
        real = Path(os.path.realpath(self.target))
        self.target = real
        if real.exists() and not real.is_file() and not real.is_dir():
            # A device, FIFO or socket (/dev/null, a named pipe) is written to
            # as a shell redirection would: renaming a file onto it would
            # replace the device node itself.
            self._direct = True
            self.stream = _open_compressed(real.open("wb"), suffix, "wb")
            return
        try:
            real.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:  # a file where a folder should be, no permission
            raise OutputError.of(str(real), error) from None
        remove_stale_parts(real, parts)
        # The name is drawn before the file is made, so that Ctrl-C or SIGTERM
        # landing as it is made (handled as the call returns, which with
        # tempfile.mkstemp is before the name is known here) can remove it:
        # before `with` is entered, no __exit__ would. Only this process uses
        # its PID in the name, so a name taken is one of this run's: draw again.
        while True:
            tmp = real.parent / f".{real.name}.{os.getpid()}.{secrets.token_hex(4)}.part"
            try:
                fd = os.open(tmp, _CREATE_PART, 0o600)
            except FileExistsError:
                continue
            except OSError as error:  # a read-only folder: name the output, not the .part
                raise OutputError.of(str(real), error) from None
            except BaseException:
                _remove_quietly(tmp)
                raise
            break
        try:
            self._tmp = tmp
            self.stream = _open_compressed(os.fdopen(fd, "wb"), suffix, "wb")
        except BaseException:
            _remove_quietly(tmp)
            raise

    @property
    def name(self) -> str:
        """The output's name for messages: its path or URL, or ``<stdout>``."""
        return "<stdout>" if self.target is None else str(self.target)

    @property
    def streamed(self) -> bool:
        """
        Written as it goes (stdout, a device, a FIFO): nothing to delete on an error.

        What a stopped run wrote there stays there, so it must be called incomplete.
        """
        return self.target is None or self._direct

    def __enter__(self) -> Self:
        """Use in `with`: committed on success, deleted on any error or interrupt."""
        return self

    def __exit__(self, kind: object, *_: object) -> None:
        """Commit if the block finished, abort otherwise."""
        if kind is None:
            self.commit()
        else:
            self.abort()

    def commit(self) -> None:
        """Close and move the finished file into place."""
        if self._remote is not None:
            self.stream.close()
            self._remote.close()
            self._remote = None
            return
        try:
            if self._direct:
                self.stream.close()  # a full device says so here (ENOSPC)
                return
            if self._tmp is None or not isinstance(self.target, Path):
                self.stream.flush()
                return
            self.stream.close()
            _copy_mode(self.target, self._tmp)
            self._tmp.replace(self.target)
            self._tmp = None
        except BrokenPipeError:
            raise  # a reader that stopped early (| head): the CLI ends quietly
        except OSError as error:
            self.abort()
            raise OutputError.of(str(self.target or "<stdout>"), error) from None
        except BaseException:
            self.abort()  # Ctrl-C or SIGTERM while committing: leave no .part behind
            raise

    def abort(self) -> None:
        """Close and delete the temporary file."""
        if self._remote is not None:
            with contextlib.suppress(Exception):
                self.stream.close()
                self._remote.close()
                fs, path = fsspec_filesystem(str(self.target))
                fs.rm(path)
            self._remote = None
            return
        if self._direct:
            with contextlib.suppress(Exception):
                self.stream.close()
            return
        if self._tmp is None:
            return
        with contextlib.suppress(Exception):
            self.stream.close()
        self._tmp.unlink(missing_ok=True)
        self._tmp = None


_CREATE_PART = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_NOINHERIT", 0)
)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _copy_mode(target: Path, tmp: Path) -> None:
    """Give ``tmp`` the mode and owner of ``target`` if it exists, else the usual mode."""
    try:
        stat = target.stat()
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        tmp.chmod(0o666 & ~umask)  # mkstemp made it private; give it the usual mode
        return
    tmp.chmod(stat.st_mode & 0o7777)
    with contextlib.suppress(OSError):  # only root may give a file away
        os.chown(tmp, stat.st_uid, stat.st_gid)


def dump_jsonl(record: Any) -> bytes:
    r"""
    One JSON line for the report or rejects, keys in order, ASCII only.

    Rejected lines that are not UTF-8 keep their bytes as surrogate escapes
    (``\udcXX``, as Python's ``surrogateescape``), so
    ``json.loads(line)["raw"].encode("utf-8", "surrogateescape")`` gives them back exactly.
    """
    return json.dumps(record, separators=(",", ":"), default=_digits).encode() + b"\n"


def _digits(value: object) -> str:
    """An id too long for an int (a `Decimal` from `_integer`), written as its digits, quoted."""
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON")
