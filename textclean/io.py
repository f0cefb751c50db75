"""
Reading and writing documents: text files, JSONL (optionally gzipped) and Parquet.

Every reader yields `Record`s in input order, one per document, each knowing
where it came from (``path:line``) so that errors can name it. Writers write
to a temporary name beside the target and rename it into place only when the
whole file is written, so an interrupted run leaves no half-written file.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Self

from textclean.decoding import decode
from textclean.errors import InputError

if TYPE_CHECKING:
    from collections.abc import Iterator


def _std_loads(data: bytes) -> Any:
    return json.loads(data)


def _std_dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


# orjson reads an integer beyond 64 bits as a float and refuses to write one;
# a record that may hold such a number (19 digits in a row) takes the stdlib
# path, which keeps it exact. Found by mapping digits to "0" and the rest to
# " ": ten times faster than the pattern \d{19}, which cost five times the
# parse itself.
_DIGITS_AS_ZEROS = bytes(0x30 if 0x30 <= byte <= 0x39 else 0x20 for byte in range(256))
_LONG_NUMBER_RUN = b"0" * 19


def _may_hold_long_number(data: bytes) -> bool:
    return _LONG_NUMBER_RUN in data.translate(_DIGITS_AS_ZEROS)


try:
    import orjson

    def _loads(data: bytes) -> Any:
        if _may_hold_long_number(data):
            return _std_loads(data)
        return orjson.loads(data)

    def _dumps(value: Any) -> bytes:
        try:
            return orjson.dumps(value)
        except orjson.JSONEncodeError:
            return _std_dumps(value)

except ImportError:  # pragma: no cover - the fast extra is optional
    _loads, _dumps = _std_loads, _std_dumps


FORMATS = ("txt", "jsonl", "parquet")
PARQUET_BATCH_ROWS = 2048


def detect_format(path: Path) -> str:
    """The format a path's extension names: ``.txt``, ``.jsonl``/``.jsonl.gz``, ``.parquet``."""
    name = path.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz", ".ndjson", ".json.gz", ".ndjson.gz")):
        return "jsonl"
    if name.endswith((".parquet", ".pq")):
        return "parquet"
    return "txt"


@dataclass
class Record:
    """One document: its text, where it came from, and for JSONL/Parquet the whole record."""

    where: str  # "path:line" or "path" or "path:row"
    text: str | None  # None when the record was rejected
    data: Any = None  # the parsed record (JSONL) whose field gets the cleaned text
    raw: bytes = b""  # the raw input line, kept for --rejects
    error: str | None = None
    encoding: str = "utf-8"


def get_field(record: Any, path: tuple[str, ...]) -> Any:
    """Follow a dotted path into nested dicts; KeyError names the missing part."""
    value = record
    for i, key in enumerate(path):
        if not isinstance(value, dict) or key not in value:
            raise KeyError(".".join(path[: i + 1]))
        value = value[key]
    return value


def set_field(record: Any, path: tuple[str, ...], text: str) -> None:
    """Set the value at a dotted path (which get_field has already checked)."""
    target = record
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = text


def read_text_file(path: Path) -> Record:
    """A whole text file as one document, decoded by detection if it is not UTF-8."""
    decoded = decode(path.read_bytes(), str(path))
    return Record(str(path), decoded.text, encoding=decoded.encoding)


def read_jsonl(stream: IO[bytes], name: str, field: tuple[str, ...]) -> Iterator[Record]:
    """Each line a JSON object holding the text at ``field``; bad lines become rejected records."""
    for number, raw in enumerate(stream, start=1):
        record = parse_jsonl_line(raw, f"{name}:{number}", field)
        if record is not None:
            yield record


def parse_jsonl_line(raw: bytes, where: str, field: tuple[str, ...]) -> Record | None:
    """One JSONL line as a record (rejected if bad, with why); None for a blank line."""
    line = raw.rstrip(b"\r\n")
    if not line.strip():
        return None
    try:
        data = _loads(line)
    except ValueError as error:
        return Record(where, None, raw=line, error=f"invalid JSON ({error})")
    try:
        value = get_field(data, field)
    except KeyError as missing:
        return Record(where, None, raw=line, error=f"missing field {missing.args[0]!r}")
    if not isinstance(value, str):
        kind = type(value).__name__
        return Record(where, None, raw=line, error=f"field {'.'.join(field)!r} is {kind}, not text")
    return Record(where, value, data=data, raw=line)


def open_jsonl(path: Path) -> IO[bytes]:
    """Open a JSONL file for reading bytes, gunzipping ``.gz``."""
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def read_parquet(path: Path, field: tuple[str, ...]) -> Iterator[tuple[Any, list[Record]]]:
    """Yield (record batch, records) from a Parquet file, batch by batch, in row order."""
    import pyarrow.parquet as pq  # noqa: PLC0415 - optional extra

    column = ".".join(field)
    parquet = pq.ParquetFile(path)
    if column not in parquet.schema_arrow.names:
        raise InputError(str(path), f"no column {column!r} (columns: {parquet.schema_arrow.names})")
    row = 0
    for batch in parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS):
        records = []
        for value in batch.column(column).to_pylist():
            row += 1
            where = f"{path}:row {row}"
            if isinstance(value, str):
                records.append(Record(where, value))
            else:
                kind = type(value).__name__
                records.append(Record(where, None, error=f"column {column!r} is {kind}, not text"))
        yield batch, records


class AtomicOutput:
    """A file written under a temporary name and renamed into place on success."""

    def __init__(self, target: Path | None, *, binary: bool = True) -> None:
        """Open the temporary file; ``target=None`` writes to stdout instead."""
        self.target = target
        self.binary = binary
        self._tmp: Path | None = None
        self.stream: IO[Any]
        if target is None:
            self.stream = sys.stdout.buffer if binary else sys.stdout
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        self._tmp = Path(tmp)
        raw = os.fdopen(fd, "wb")
        if target.name.lower().endswith(".gz"):
            self.stream = gzip.GzipFile(filename=target.name[:-3], mode="wb", fileobj=raw)  # type: ignore[assignment]
            self._raw: IO[bytes] | None = raw
        else:
            self.stream = raw
            self._raw = None

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
        if self._tmp is None or self.target is None:
            self.stream.flush()
            return
        self.stream.close()
        if self._raw is not None:
            self._raw.close()
        umask = os.umask(0)
        os.umask(umask)
        self._tmp.chmod(0o666 & ~umask)  # mkstemp made it private; give it the usual mode
        self._tmp.replace(self.target)
        self._tmp = None

    def abort(self) -> None:
        """Close and delete the temporary file."""
        if self._tmp is None:
            return
        with contextlib.suppress(OSError):
            self.stream.close()
            if self._raw is not None:
                self._raw.close()
        self._tmp.unlink(missing_ok=True)
        self._tmp = None


def dump_jsonl(record: Any) -> bytes:
    """One JSON line, UTF-8, keys in their original order."""
    return _dumps(record) + b"\n"
