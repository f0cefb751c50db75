"""
The ``textclean`` command line: a thin layer over `Cleaner`, `textclean.io` and `textclean.runner`.

``main(argv) -> int`` so tests call it in-process. Exit status (documented in
the README):

- 0: every record was written (also when a closed pipe, as in ``| head``, ends the run);
- 1: the run finished, and some records or files were rejected (``--on-error skip``);
- 2: a usage, configuration or input error stopped the run;
- 3: an internal failure (a worker process died, or a bug);
- 130: interrupted by Ctrl-C, SIGTERM or SIGHUP.
"""

from __future__ import annotations

import argparse
import codecs
import csv
import functools
import gc
import io as stdio
import itertools
import json
import multiprocessing
import os
import re
import signal
import stat
import sys
import threading
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn, TypeVar

from textclean import __version__, io
from textclean._filters.boilerplate.catalog import CATEGORIES
from textclean.config import PROFILE_DESCRIPTIONS, PROFILES, CleanConfig, field_names
from textclean.decoding import Decoded  # noqa: TC001 - decoded_note's doctest builds one
from textclean.errors import (
    ConfigError,
    InputError,
    OutputError,
    TextcleanError,
    UnknownNameError,
)
from textclean.extras import needs_extra
from textclean.learn import learn_boilerplate, load_boilerplate_file
from textclean.pipeline import ORDER, Cleaner, check_filter_name, filters, resolve_config
from textclean.runner import (
    STOP_SIGNALS,
    Outcome,
    Summary,
    Totals,
    _init_worker,
    clean_chunk,
    clean_files,
    clean_jsonl_chunk,
    end_workers,
    freeze_after_first_chunk,
    ordered_map,
    prepare_fork,
    usable_cores,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence
    from types import FrameType

    from textclean import report_html


# Work goes to the workers in chunks this small so that they finish together:
# at the end one worker may run its last chunk alone. With two workers on the
# bench's 8 MB of JSONL (each document's cost measured, the schedule
# simulated), 256 documents or 4 MB a chunk left 0.03 s of the 1.1 s alone,
# 64 or 256 KB 0.01 s. A chunk's round trip costs some 0.1 ms.
CHUNK_DOCS = 64
CHUNK_CHARS = 256_000
#: Text files read ahead of the one being written hold at most this many
#: bytes (beyond the newest chunk), so a folder of large files runs in
#: bounded memory as a folder of small ones does.
READ_AHEAD_BYTES = 64 * 2**20
_DATA_GLOBS = ("*.txt", "*.jsonl", "*.ndjson", "*.csv", "*.tsv")
DEFAULT_GLOBS = (
    *_DATA_GLOBS,
    *(f"{glob}{suffix}" for glob in _DATA_GLOBS for suffix in io.COMPRESSIONS),
    "*.parquet",
)
#: What `boilerplate learn` finds in folders: not CSV or TSV, which it does not read.
LEARN_GLOBS = tuple(glob for glob in DEFAULT_GLOBS if ".csv" not in glob and ".tsv" not in glob)
#: Text on stdin with no --format is one document; more than this is refused,
#: as it is most likely records meant for --format jsonl.
STDIN_TEXT_LIMIT = io.STREAM_TEXT_LIMIT
CONFIG_LIMIT = 2**20  # bytes of a --config file (a pyproject.toml is some KB)
_SNIFF_BYTES = 64 * 1024

EXIT_OK, EXIT_REJECTS, EXIT_ERROR, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def _filter_name(value: str) -> str:
    try:
        return check_filter_name(value)
    except TextcleanError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _whole_number(value: str, what: str) -> int:
    """``value`` as a count of ``what``, 1 or more, or a usage error saying so."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of {what}, 1 or more: {value}")
    return number


def _positive(value: str) -> int:
    number = _whole_number(value, "processes")
    if number > MOST_JOBS:
        # Forked at once on the second chunk, whatever the input's size: -j 100000 tried
        # to start 100,000 processes (-j 24 started 24 for two chunks).
        raise argparse.ArgumentTypeError(
            f"at most {MOST_JOBS} processes ({_JOBS_PER_CORE} a core, or {_MOST_JOBS_FLOOR}): "
            f"more only wait for a core, each with its own tables: {value}"
        )
    return number


def _field(value: str) -> str:
    """
    A field name or dotted path with no empty part: ``--field ''`` rejected every record.

        >>> _field("doc.body")
        'doc.body'
    """
    if not all(value.split(".")):
        msg = f"{value!r} has an empty name; give the field, or a.b for a field inside a"
        raise argparse.ArgumentTypeError(msg)
    return value


def _documents(value: str) -> int:
    """A number of documents, 1 or more: ``--min-docs 0`` took every line for boilerplate."""
    return _whole_number(value, "documents")


_JOBS_PER_CORE = 8
_MOST_JOBS_FLOOR = 64
MOST_JOBS = max(_JOBS_PER_CORE * (os.cpu_count() or 1), _MOST_JOBS_FLOOR)


def _encoding(value: str) -> str:
    """
    A codec that reads a file line by line: one that keeps ASCII as ASCII.

        >>> _encoding("Latin-1"), _encoding("cp1251")
        ('iso8859-1', 'cp1251')
    """
    try:
        name = codecs.lookup(value).name
    except LookupError:
        msg = f"unknown encoding {value!r}; e.g. cp1252, cp1251, latin-1, shift_jis"
        raise argparse.ArgumentTypeError(msg) from None
    sample = '{"text": "a b"}\n'
    try:
        ascii_kept = sample.encode(name) == sample.encode("ascii")
    except (UnicodeError, LookupError, TypeError):  # a codec for bytes, not text (hex, zlib)
        ascii_kept = False
    if not ascii_kept:
        msg = f"{value} does not keep ASCII as ASCII, so lines cannot be split; convert with iconv"
        raise argparse.ArgumentTypeError(msg)
    return name


def _named(value: str) -> str:
    """A file, folder or URL name; an empty one (``-o "$OUT"``, unset) meant the current folder."""
    if not value:
        raise argparse.ArgumentTypeError(
            "an empty name (an unset shell variable?); give a file or folder, or - for stdin/stdout"
        )
    return value


def local_path(name: str) -> Path:
    """
    ``name`` as a path; ``./-`` stays the file named ``-``, which ``Path`` made stdin or stdout.

    (``Path("./-") == Path("-")``, and ``-`` is how stdin and stdout are named.)

        >>> str(local_path("./-")) == str(Path.cwd() / "-"), str(local_path("-"))
        (True, '-')
    """
    path = Path(name)
    return Path.cwd() / "-" if name != "-" and path == Path("-") else path


def _path(value: str) -> Path:
    return local_path(_named(value))


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser, with one sub-command per job."""
    parser = argparse.ArgumentParser(
        prog="textclean",
        description="Repair and clean scraped text: mojibake, look-alike letters, boilerplate, "
        "whitespace. Explains every change.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    clean = commands.add_parser(
        "clean",
        help="clean text, JSONL, CSV/TSV or Parquet files, folders, URLs, or stdin",
        description="Clean documents. Reads stdin and writes stdout by default; - names them. "
        "Files may be compressed (.gz, .bz2, .xz, .zst) and remote (s3://, gs://, https://, "
        "hf://... with textclean[remote]). Exit status: 0 all written, 1 some rejected, "
        "2 usage or input error, 3 internal failure, 130 interrupted.",
    )
    clean.add_argument(
        "inputs", nargs="*", type=_named, help="files, folders or URLs; - or nothing for stdin"
    )
    clean.add_argument(
        "-o", "--output", type=_named, help="output file or folder; - for stdout (default: stdout)"
    )
    clean.add_argument(
        "--format",
        choices=io.FORMATS,
        help="input format (default: by extension; sniffed on stdin)",
    )
    clean.add_argument(
        "--field",
        type=_field,
        default="text",
        help="JSONL field (a.b for nested), Parquet column (a.b inside structs) or CSV column "
        "to clean (default: text)",
    )
    clean.add_argument(
        "--encoding",
        type=_encoding,
        help="the inputs' encoding when it is not UTF-8 (e.g. cp1252): text files are read with "
        "it instead of detected, JSONL and CSV too; output is always UTF-8",
    )
    clean.add_argument(
        "--glob",
        action="append",
        help="file patterns inside folders (default: txt, jsonl, ndjson, csv, tsv, each "
        "also compressed, and parquet)",
    )
    clean.add_argument(
        "--in-place", action="store_true", help="overwrite the inputs (mode and owner kept)"
    )
    clean.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        default=os.cpu_count() or 1,
        help=f"worker processes, 1 to {MOST_JOBS} (default: the number of cores)",
    )
    clean.add_argument("--dask", metavar="ADDRESS", help="run on a Dask distributed scheduler")
    clean.add_argument("--report", type=_named, help="JSON line per document and a summary")
    clean.add_argument(
        "--on-error",
        choices=("stop", "skip"),
        default="stop",
        help="on a bad record or file: stop (default), or skip it and go on (exit status 1)",
    )
    clean.add_argument(
        "--rejects", type=_named, help="with --on-error skip: rejected raw lines and why"
    )
    clean.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    _add_config_options(clean)

    explain = commands.add_parser(
        "explain",
        help="show each change, filter by filter, by line:column",
        description="Show what each filter changes in one document, by line:column of the input.",
    )
    explain.add_argument("input", type=_path, help="a text or JSONL file, or - for stdin")
    record = explain.add_mutually_exclusive_group()
    record.add_argument("--record", type=int, metavar="N", help="JSONL: the N-th record, from 1")
    record.add_argument("--id", metavar="VALUE", help="JSONL: the record whose --id-field is VALUE")
    explain.add_argument("--id-field", default="id", help="JSONL field --id matches (default: id)")
    explain.add_argument(
        "--field", type=_field, default="text", help="JSONL field of the text (default: text)"
    )
    explain.add_argument("--json", action="store_true", help="JSON for tools (textclean.explain/1)")
    explain.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="auto: in a terminal, unless NO_COLOR is set (default: auto)",
    )
    explain.add_argument("--no-pager", action="store_true", help="never page long output")
    _add_config_options(explain)

    report = commands.add_parser(
        "report",
        help="an HTML page showing what cleaning does to a sample of a corpus",
        description="Write a self-contained HTML page for a seeded sample of a corpus: counts "
        "per filter, a histogram of characters removed, boilerplate by category, and "
        "side-by-side diffs with each change's filter and reason.",
    )
    report.add_argument("inputs", nargs="+", type=_path, help="text, JSONL, Parquet files, folders")
    report.add_argument("-o", "--output", type=_path, required=True, help="the HTML file to write")
    report.add_argument(
        "--field", type=_field, default="text", help="JSONL/Parquet field (default: text)"
    )
    report.add_argument(
        "--sample", type=int, default=50, metavar="N", help="documents (default: 50)"
    )
    report.add_argument("--seed", type=int, default=0, help="seed of the sample (default: 0)")
    report.add_argument("--glob", action="append", help="file patterns inside folders")
    report.add_argument(
        "--on-error",
        choices=("stop", "skip"),
        default="stop",
        help="on a bad record or file: stop (default), or leave it out, list it in the page "
        "and on stderr, and exit with status 1",
    )
    _add_config_options(report)

    commands.add_parser("filters", help="list the filters in the order they run")
    commands.add_parser("profiles", help="list the profiles")

    boilerplate = commands.add_parser("boilerplate", help="boilerplate tools")
    tools = boilerplate.add_subparsers(dest="tool", required=True, metavar="TOOL")
    learn = tools.add_parser("learn", help="find lines a corpus repeats across documents")
    learn.add_argument("corpus", nargs="+", type=_path, help="files or folders")
    learn.add_argument("-o", "--output", type=_path, required=True, help="file to write")
    learn.add_argument(
        "--min-docs", type=_documents, default=5, help="least documents a line is in"
    )
    learn.add_argument("--min-share", type=float, default=0.0, help="least share of documents")
    learn.add_argument("--field", type=_field, default="text", help="JSONL field holding the text")
    learn.add_argument("--glob", action="append", help="file patterns inside folders")
    return parser


def _add_config_options(parser: argparse.ArgumentParser) -> None:
    names = ", ".join(ORDER)
    parser.add_argument(
        "--profile",
        choices=list(PROFILES),
        help=f"{', '.join(PROFILES)} (default: default)",
    )
    parser.add_argument("--config", type=_path, help="TOML file ([tool.textclean] in pyproject)")
    parser.add_argument(
        "--enable",
        action="append",
        default=[],
        type=_filter_name,
        metavar="FILTER",
        help=f"run a filter the profile leaves off; repeatable. Filters: {names}",
    )
    parser.add_argument(
        "--disable",
        action="append",
        default=[],
        type=_filter_name,
        metavar="FILTER",
        help="switch a filter off; repeatable; same names as --enable",
    )
    parser.add_argument("--boilerplate-file", type=_path, help="lines to remove (learned or own)")


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib  # noqa: PLC0415 - only with a config file: the start of every run is shorter

    with path.open("rb") as file:  # a device (/dev/zero) would be read until memory runs out
        data = file.read(CONFIG_LIMIT + 1)
    if len(data) > CONFIG_LIMIT:
        raise InputError(
            str(path), f"more than {CONFIG_LIMIT // 2**20} MB: not a config file; check the path"
        )
    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise InputError(
            str(path), f"not UTF-8 (byte {error.start}); save the config file as UTF-8"
        ) from None
    except tomllib.TOMLDecodeError as error:
        raise InputError(str(path), f"invalid TOML ({error}); fix the file") from None


def _names(setting: str, value: object, what: str = "filter name") -> list[str]:
    """A TOML setting holding one name or a list of names."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return list(value)
    raise ConfigError(f"setting {setting!r} must be a {what} or a list of them, not {value!r}")


def _refuse_both(option: str, enabled: list[str], disabled: list[str]) -> None:
    """
    Refuse a filter both enabled and disabled by one source: one of the two was silently lost.

    The command line overriding the config file is not a clash: it is how a run
    changes what the file sets.
    """
    if both := sorted(set(enabled) & set(disabled), key=enabled.index):
        off = option.replace("enable", "disable")
        raise ConfigError(f"{option} and {off} both name {', '.join(both)}: keep one of the two")


def _config_file(args: argparse.Namespace) -> tuple[Path | None, dict[str, Any]]:
    """The config file read (--config, or ./pyproject.toml) and its textclean settings."""
    path = args.config
    if path is None and Path("pyproject.toml").is_file():
        path = Path("pyproject.toml")
        settings: Any = _read_toml(path).get("tool", {})
        settings = settings.get("textclean", {}) if isinstance(settings, dict) else None
    elif path is not None:
        settings = _read_toml(path)
        tool = settings.get("tool", {})
        settings = tool.get("textclean", settings) if isinstance(tool, dict) else None
    else:
        return None, {}
    if not isinstance(settings, dict):
        raise InputError(str(path), "[tool.textclean] is not a table of settings; fix the file")
    return path, settings


def _file_overrides(
    profile: str, settings: dict[str, Any]
) -> tuple[str, dict[str, Any], list[Any]]:
    """A config file's profile, its filter settings, and the boilerplate files it names."""
    profile = profile or settings.pop("profile", "default")
    settings.pop("profile", None)
    if not isinstance(profile, str) or profile not in PROFILES:
        raise UnknownNameError("profile", str(profile), list(PROFILES))
    overrides: dict[str, Any] = {}
    enabled = _names("enable", settings.pop("enable", []))
    disabled = _names("disable", settings.pop("disable", []))
    _refuse_both("enable", enabled, disabled)
    for name in enabled:
        overrides[check_filter_name(name)] = True
    for name in disabled:
        overrides[check_filter_name(name)] = False
    files = _names("boilerplate_file", settings.pop("boilerplate_file", []), "file name")
    for name in settings:
        if name not in field_names():
            raise UnknownNameError("setting", name, field_names())
    overrides.update(settings)
    resolve_config(profile, **overrides)  # a setting of the wrong type fails here, by the file
    return profile, overrides, files


def load_config(args: argparse.Namespace) -> CleanConfig:
    """The config from the profile, a TOML file, --enable/--disable and --boilerplate-file."""
    path, settings = _config_file(args)
    try:
        profile, overrides, files = _file_overrides(args.profile, settings)
    except (UnknownNameError, ConfigError) as error:
        if path is None:
            raise
        # A wrong name or value in the file was reported as if typed on the command line.
        raise InputError(str(path), f"{error}; fix the file") from None
    _refuse_both("--enable", args.enable, args.disable)
    overrides.update(dict.fromkeys(args.enable, True))
    overrides.update(dict.fromkeys(args.disable, False))
    if args.boilerplate_file:
        files.append(args.boilerplate_file)
    if files:
        learned: set[str] = set(overrides.get("boilerplate_learned", ()))
        for file in files:
            try:
                learned |= load_boilerplate_file(file)
            except UnicodeDecodeError as error:
                raise InputError(
                    str(file), f"not UTF-8 (byte {error.start}); save the boilerplate file as UTF-8"
                ) from None
        overrides["boilerplate_learned"] = learned
    config = resolve_config(profile, **overrides)
    Cleaner(config)  # builds every filter here, so a bad setting fails before any worker starts
    return config


# --- inputs and outputs -------------------------------------------------------------


@dataclass
class Unit:
    """One input (a file or URL, or stdin when source is None) and where its output goes."""

    source: io.Location | None
    target: io.Location | None  # None: stdout
    format: str
    size: int | None = None  # bytes, when known
    refused: str | None = None  # why a file a folder holds is not read (a pipe, socket, device)


def _location(name: str) -> io.Location:
    return name if io.is_remote(name) else local_path(name)


def _walk(name: str, globs: Sequence[str]) -> Iterator[tuple[io.Location, str]]:
    """Each file an input names, with the folder its output name is relative to."""
    if io.is_remote(name):
        fs, root = io.fsspec_filesystem(name)
        if fs.isdir(root):
            found = {f for pattern in globs for f in fs.glob(f"{root.rstrip('/')}/**/{pattern}")}
            for file in sorted(found):
                yield fs.unstrip_protocol(file), fs.unstrip_protocol(root.rstrip("/"))
        elif fs.exists(root):
            yield name, name.rsplit("/", 1)[0]
        else:
            raise InputError(name, "no such file or folder")
        return
    path = local_path(name)
    if path.is_dir():
        # A broken symbolic link, a pipe, socket or device, or a folder that cannot be
        # listed, is a file the folder names but cannot give: reported, as a missing file
        # named alone is, not left out without a word (`_not_regular`).
        for file in sorted(io.files_under(path, globs)):
            yield file, str(path)
    elif path.exists() or path.is_symlink():  # a link in a loop: opening it says so
        yield path, str(path.parent)
    else:
        raise InputError(name, "no such file or folder")


def _plain(location: io.Location | str) -> tuple[str, str]:
    """(protocol, absolute path) of a location, for comparing folders: ("", "/a/b") when local."""
    if io.is_remote(location):
        protocol, path = str(location).split("://", 1)
        return protocol, "/" + path.lstrip("/")
    return "", os.path.abspath(location)  # noqa: PTH100 - lexical: symlinks stay as named


def _relative(file: io.Location, root: str) -> str:
    """The output name of ``file``: relative to ``root`` when it is under it, else its name."""
    protocol, path = _plain(file)
    root_protocol, root_path = _plain(root)
    if protocol == root_protocol and os.path.commonpath([path, root_path]) == root_path:
        return os.path.relpath(path, root_path)
    return Path(path).name


def _common_root(roots: list[str]) -> str:
    """The deepest folder holding every input, in the form `_relative` takes."""
    plain = [_plain(root) for root in roots]
    protocols = {protocol for protocol, _ in plain}
    common = os.path.commonpath([path for _, path in plain]) if len(protocols) == 1 else "/"
    protocol = protocols.pop() if len(protocols) == 1 else ""
    return f"{protocol}://{common}" if protocol else common


def _file_identity(location: io.Location) -> tuple[bool, str]:
    """What two names of one file share: the URL, or the local path with symlinks resolved."""
    if io.is_remote(location):
        return True, str(location)
    return False, os.path.realpath(location)


def _check_writable(path: Path) -> None:
    """Refuse --in-place on a file its owner may not write (0444), even as root."""
    mode = path.stat().st_mode
    if not mode & 0o200 or not os.access(path, os.W_OK):
        raise InputError(
            str(path),
            "is read-only; --in-place will not overwrite it. Make it writable "
            "(chmod u+w) or write elsewhere with -o",
        )


def plan_units(args: argparse.Namespace) -> list[Unit]:
    """Decide each input's format and output target, refusing any output that clashes."""
    inputs = args.inputs or ["-"]
    if args.in_place and args.output is not None:
        # Either would be obeyed and the other silently not: -o was ignored.
        raise InputError(
            "--in-place", f"overwrites the inputs, so -o {args.output} has no use; give one of them"
        )
    if "-" in inputs:
        if len(inputs) > 1:
            raise InputError("-", "stdin (-) cannot be read along with other inputs")
        if args.in_place:
            raise InputError("--in-place", "needs files, not stdin")
        target = None if args.output in {None, "-"} else _location(args.output)
        units = [Unit(None, target, args.format or "")]
    else:
        units = _plan_files(args, inputs)
    _check_outputs(args, units)
    return units


def _plan_files(args: argparse.Namespace, inputs: list[str]) -> list[Unit]:
    globs = args.glob or DEFAULT_GLOBS
    found = [item for name in inputs for item in _walk(name, globs)]
    root = _common_root([base for _, base in found]) if found else ""
    output = None if args.output in {None, "-"} else args.output
    folders = any(_is_folder(name) for name in inputs)
    many = len(found) > 1 or folders or (output is not None and _is_folder(output))
    if not found:
        print(f"textclean: no input files matched {', '.join(globs)}", file=sys.stderr)
    if many and output is not None and not _is_folder(output) and _looks_like_file(output):
        raise InputError(
            output,
            f"{_inputs(found)} cannot go into one file; give -o a folder, or join them "
            "first, e.g. cat a.jsonl b.jsonl | textclean clean --format jsonl -o out.jsonl",
        )
    units = []
    named: dict[str, io.Location] = {}
    alone = {str(Path(name)) for name in inputs}  # named, not found in a folder
    for file, base in found:
        fmt = args.format or io.detect_format(file)
        relative = _relative(file, root if len(inputs) > 1 else base)
        if not relative or relative.startswith(".."):
            relative = Path(str(file)).name
        target: io.Location | None
        if args.in_place:
            if io.is_remote(file):
                raise InputError(
                    str(file), "--in-place works on local files only; write a copy with -o"
                )
            target = file
            _check_writable(Path(file))
        elif output is None:
            target = None
        elif many:
            target = _join(output, relative)
            previous = named.setdefault(str(target), file)
            if previous is not file:
                raise InputError(
                    str(file),
                    f"would be written to {target}, as {previous} is; "
                    "give the inputs different names or clean them in separate runs",
                )
        else:
            target = _location(output)
        if target is None and fmt == "parquet":
            raise InputError(str(file), "Parquet output needs --output (it is not text)")
        _check_output_format(target, fmt, file)
        refused = _refusal(file, alone)
        units.append(Unit(file, target, fmt, _size(file), refused))
    return units


_FORMAT_NAMES = {"txt": "text", "jsonl": "JSONL", "csv": "CSV", "tsv": "TSV", "parquet": "Parquet"}


def _check_output_format(target: io.Location | None, fmt: str, source: io.Location | None) -> None:
    """
    Refuse an output whose name says another format than the one written: the input's.

    ``-o clean.parquet`` from JSONL wrote JSONL under a Parquet name, without
    a word, which the next tool then failed to read. A name without a data
    extension, or with the input's own (``--format jsonl a.txt -o b.txt``), is fine.
    """
    if target is None or not _looks_like_file(str(target)) or Path(str(target)).is_dir():
        return
    named = io.detect_format(target)
    if named == fmt or (source is not None and named == io.detect_format(source)):
        return
    stem, compression = io.strip_compression(Path(str(target)).name)
    suggestion = Path(stem).stem + "." + fmt + ("" if fmt == "parquet" else compression)
    what = "stdin" if source is None else str(source)
    raise InputError(
        str(target),
        f"the name says {_FORMAT_NAMES[named]}, but {what} is {_FORMAT_NAMES[fmt]}, and the "
        f"output keeps the input's format (textclean does not convert): name it {suggestion}",
    )


def _refusal(file: io.Location, alone: set[str]) -> str | None:
    """Why an input is not read; a file named alone, not found in a folder, may be a stream."""
    if str(file) in alone and (io.is_remote(file) or not Path(file).is_dir()):
        return None
    return _not_regular(file)


def _not_regular(file: io.Location) -> str | None:
    """
    Why a file found in a folder is not read: a pipe may never open nor end, a device is endless.

    Named alone (``textclean clean /dev/stdin``, ``<(cmd)``) such a file is read as a stream.
    """
    if io.is_remote(file) or not Path(file).exists() or Path(file).is_file():
        return None  # a broken link is refused when opened, as a missing file is
    if Path(file).is_dir():  # found as a file: a folder `io.files_under` could not list
        why = _listing_error(Path(file))
        return f"a folder that cannot be listed ({why}); none of its files is read"
    mode = Path(file).stat().st_mode
    kind = "a socket" if stat.S_ISSOCK(mode) else "a device"
    if stat.S_ISFIFO(mode):
        kind = "a named pipe"
    return f"not a regular file ({kind}): a folder's pipes, sockets and devices are not read"


def _listing_error(folder: Path) -> str:
    """Why ``folder`` cannot be listed, as the system says it."""
    try:
        with os.scandir(folder):
            return "it could not be listed when the files were gathered"
    except OSError as error:
        return f"{error.strerror or error}; check its permissions"


def _inputs(found: list[tuple[io.Location, str]]) -> str:
    """What a run that needs an output folder was given: a count, or a folder of one file."""
    return f"{len(found)} inputs" if len(found) != 1 else "a folder (of 1 file)"


def _join(folder: str, relative: str) -> io.Location:
    if io.is_remote(folder):
        return f"{folder.rstrip('/')}/{relative}"
    return Path(folder) / relative


def _is_folder(output: str) -> bool:
    """An existing folder, or a name ending in a slash."""
    if output.endswith(("/", os.sep)):
        return True
    if io.is_remote(output):
        fs, root = io.fsspec_filesystem(output)
        return bool(fs.isdir(root))
    return Path(output).is_dir()


def _looks_like_file(output: str) -> bool:
    """An existing file, or a name with a data file's extension."""
    if not io.is_remote(output) and Path(output).is_file():
        return True
    name = io.strip_compression(Path(output).name)[0].lower()
    return name.endswith((".txt", ".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".parquet"))


def _size(file: io.Location) -> int | None:
    """The input's size in bytes, as stored (compressed or not), or None if unknown."""
    try:
        if io.is_remote(file):
            fs, root = io.fsspec_filesystem(str(file))
            return int(fs.size(root))
        return Path(file).stat().st_size
    except (OSError, TypeError, ValueError):
        return None


def _in_output_folder(identity: tuple[bool, str], output: str | None) -> bool:
    """Whether a file (as `_file_identity` gives it) is under the output folder ``output``."""
    if output in {None, "-"} or identity[0] or io.is_remote(str(output)):
        return False
    folder = os.path.realpath(str(output))
    return os.path.commonpath([identity[1], folder]) == folder != identity[1]


def _check_outputs(args: argparse.Namespace, units: list[Unit]) -> None:
    """Refuse an output (target, --report, --rejects) that is an input or another output."""
    outputs: list[tuple[str, io.Location]] = []
    if not args.in_place:
        outputs += [("output", unit.target) for unit in units if unit.target is not None]
    outputs += [(f"--{name}", getattr(args, name)) for name in ("report", "rejects")]
    to_stdout = [what for what, where in outputs if where == "-"]
    if units and any(unit.target is None for unit in units):
        to_stdout.append("output")
    if len(to_stdout) > 1:
        raise InputError("-", f"{' and '.join(to_stdout)} cannot both go to stdout; name a file")
    outputs = [(what, _location(str(where))) for what, where in outputs if where not in {None, "-"}]
    # Each name resolved once and compared by set and dict: a folder of many
    # files resolved each output against every input, quadratic in the files.
    sources = {_file_identity(unit.source) for unit in units if unit.source is not None}
    identities = [_file_identity(where) for _what, where in outputs]
    next_same: list[int | None] = [None] * len(outputs)
    nearest: dict[tuple[bool, str], int] = {}
    for index in reversed(range(len(outputs))):
        next_same[index] = nearest.get(identities[index])
        nearest[identities[index]] = index
    for index, (what, where) in enumerate(outputs):
        if identities[index] in sources:
            advice = "use --in-place" if what == "output" else "choose another file name"
            if what == "output" and _in_output_folder(identities[index], args.output):
                advice = (
                    "the output folder is inside an input folder, so its files from an "
                    "earlier run are read as inputs: write the output outside it"
                )
            raise InputError(str(where), f"{what} would overwrite an input; {advice}")
        other = next_same[index]
        if other is not None:
            raise InputError(
                str(where), f"is both {what} and {outputs[other][0]}; give each its own file"
            )


class _Replay(stdio.RawIOBase):
    """A stream that gives back bytes already read from it (for sniffing stdin), then the rest."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def sniff_format(head: bytes) -> str:
    r"""
    The format of stdin from its first bytes: Parquet's magic, a JSON object a line, or text.

        >>> [sniff_format(h) for h in (b'{"text": "a"}\n{"text": "b"}\n', b"Hi", b"PAR1")]
        ['jsonl', 'txt', 'parquet']
    """
    if head.startswith(b"PAR1"):
        return "parquet"
    stripped = head.removeprefix(io.BOM.encode()).lstrip()
    if not stripped.startswith(b"{"):
        return "txt"
    first, newline, _ = stripped.partition(b"\n")
    if not newline:
        return "jsonl"  # one record longer than the bytes sniffed
    try:
        return "jsonl" if isinstance(json.loads(first), dict) else "txt"
    except ValueError:
        return "txt"


def _stdin(unit: Unit, on_read: Callable[[int], object] | None) -> tuple[IO[bytes], str]:
    """Stdin as a stream, and its format: as --format says, or sniffed."""
    stream = io.counting(io.stdin_bytes(), on_read)
    if unit.format:
        return stream, unit.format
    head = stream.read(_SNIFF_BYTES)
    return stdio.BufferedReader(_Replay(head, stream)), sniff_format(head)


_Item = TypeVar("_Item")


def _batches(items: Iterable[_Item], size_of: Callable[[_Item], int]) -> Iterator[list[_Item]]:
    """Items in lists of at most CHUNK_DOCS, cut early once they reach CHUNK_CHARS in size."""
    batch: list[_Item] = []
    size = 0
    for item in items:
        batch.append(item)
        size += size_of(item)
        if len(batch) >= CHUNK_DOCS or size >= CHUNK_CHARS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _texts_of(chunk: list[io.Record]) -> list[str]:
    return [record.text for record in chunk if record.text is not None]


class RecordStopError(InputError):
    """A bad record under --on-error stop (a bad file is a plain InputError)."""


class _NoBar:
    """The progress bar's part of a run when none is drawn (-q, or stderr not a terminal)."""

    disable = True

    def update(self, _count: int = 1) -> None:
        """Nothing to move."""

    def write(self, message: str, file: IO[str]) -> None:
        """Print the message, as the bar's write does."""
        print(message, file=file)

    def close(self) -> None:
        """Nothing to close."""


class Run:
    """One `textclean clean` run: counts, report, rejects, progress, and the executor."""

    def __init__(
        self, args: argparse.Namespace, config: CleanConfig, stack: ExitStack, total: int | None
    ) -> None:
        """Open the report, rejects file and progress bar; workers start on first need."""
        self.args = args
        self.config = config
        self.field = tuple(args.field.split("."))
        self.totals = Totals()
        self.explain = args.report is not None
        self.stack = stack
        self.parts = io.StaleParts()  # each output folder listed once
        self.streamed: set[str] = set()  # outputs written as they go (stdout, devices)
        self.files_done = 0  # output files in place, complete
        self.report = self._side_output(args.report)
        self.rejects = self._side_output(args.rejects)
        self.executor = self._dask() if args.dask else None
        self.progress: Any = _NoBar()
        if not args.quiet and sys.stderr.isatty():
            # Imported only to draw the bar: it costs the start of every run otherwise.
            from tqdm import tqdm  # noqa: PLC0415

            class Progress(tqdm):  # type: ignore[type-arg]
                monitor_interval = 0  # no monitor thread: workers fork from one thread

            self.progress = stack.enter_context(
                Progress(
                    total=total,
                    unit="B",
                    unit_scale=True,
                    unit_divisor=1024,
                    desc="textclean",
                    file=sys.stderr,
                )
            )
        self.work = functools.partial(clean_chunk, config=config, explain=self.explain)

    def _side_output(self, name: str | None) -> io.AtomicOutput | None:
        """--report or --rejects, open for the whole run."""
        if name is None:
            return None
        out = self.stack.enter_context(io.AtomicOutput(name))
        if out.streamed:
            self.streamed.add(out.name)
        return out

    @contextmanager
    def output(self, target: io.Location | None) -> Iterator[io.AtomicOutput]:
        """An input's output, put in place (or flushed) when the block ends without error."""
        with io.AtomicOutput(target, parts=self.parts) as out:
            if out.streamed:
                self.streamed.add(out.name)
            yield out
        self.files_done += not out.streamed

    def interrupted(self, cause: str = "the interruption") -> str:
        """What an interrupted run leaves behind, said plainly."""
        if self.streamed:
            note = (
                f"the output to {', '.join(sorted(self.streamed))} is INCOMPLETE: it holds "
                f"only what was cleaned before {cause}"
            )
        else:
            note = "no partial output was left"
        if self.files_done:
            files = f"{self.files_done} output file{'s' * (self.files_done > 1)}"
            note += f"; the {files} finished before it are complete"
        return note

    def _dask(self) -> Executor:
        with needs_extra("dask", "--dask"):
            from distributed import Client  # noqa: PLC0415 - optional extra

        address = self.args.dask
        try:
            client = Client(address)  # type: ignore[no-untyped-call]
        except (OSError, ValueError, TypeError) as error:  # no such host, no port, timed out
            raise InputError(
                "--dask",
                f"cannot reach a scheduler at {address!r} ({error}); give its address as "
                "tcp://HOST:PORT, with the scheduler running",
            ) from None
        self.stack.enter_context(client)
        return client.get_executor()  # type: ignore[no-untyped-call,no-any-return]

    def start_early(self, total: int | None) -> None:
        """
        Fork the --jobs workers now, before any input is read, where that costs nothing.

        Forked with a core each, workers start in a few milliseconds and build
        what their chunks need themselves (`prepare_fork` warms nothing up
        then), so this process reads the first chunks while they start: it
        only reads, hands out and writes. Otherwise they start on first need
        (`start_workers`, a second chunk): an input known to fit in one chunk
        is cleaned here, and spawned workers (each importing textclean) or a
        warm-up (more workers than cores) are not waited for by one.
        """
        if (
            self.executor is None
            and self.args.jobs > 1
            and (total is None or total > CHUNK_CHARS)
            and self.args.jobs <= usable_cores()
            and start_method() == "fork"
        ):
            self.start_workers()

    def start_workers(self) -> Executor | None:
        """
        The --jobs worker pool, started before reading (`start_early`) or on first need.

        It starts as soon as the input is known to need it, before any
        cleaning here: workers start at once and each builds the tables its
        chunks need (forked ones inherit what `prepare_fork` built), and
        this process only reads, hands out chunks and writes in order.
        """
        if self.executor is None and self.args.jobs > 1:
            self.executor = self._pool()
        return self.executor

    def _pool(self) -> Executor:
        method = start_method()
        if method == "fork":
            prepare_fork(self.config, explain=self.explain, jobs=self.args.jobs)
        pool = ProcessPoolExecutor(
            self.args.jobs,
            mp_context=multiprocessing.get_context(method),
            initializer=_init_worker,
            initargs=(self.config,),
        )
        # On any error or interrupt, drop the queued chunks rather than clean them.
        self.stack.callback(pool.shutdown, wait=True, cancel_futures=True)
        # Unwound before the shutdown above (an ExitStack runs in reverse).
        self.stack.push(_end_workers_if_broken)
        # Start the workers now, with Ctrl-C and SIGTERM held back until
        # they are forked: a forked worker would run this process's
        # handler until its initializer ignores them, and a signal that
        # lands in a fork hook is lost. (The first task starts them all.)
        with signals_held(signal.SIGINT, *STOP_SIGNALS):
            pool.submit(int)
        return pool

    def say(self, message: str) -> None:
        """Print a line on stderr without breaking the progress bar."""
        self.progress.write(one_line(f"textclean: {message}"), file=sys.stderr)

    def cleaned(self, records: Iterator[io.Record]) -> Iterator[tuple[io.Record, str | None]]:
        """Yield each record with its cleaned text (None if rejected), in input order."""
        window = 4 * max(1, self.args.jobs)
        chunks = _batches(records, lambda record: len(record.text or ""))
        for chunk, results in ordered_map(
            self.executor,
            self.work,
            chunks,
            window=window,
            payload=_texts_of,
            start=self.start_workers,
        ):
            outputs = iter(results)
            for record in chunk:
                self.totals.read += 1
                if record.text is None:
                    self.reject(record)
                    yield record, None
                    continue
                text, summary = next(outputs)
                self.totals.add(summary, changed=text != record.text)
                if self.report is not None and summary is not None:
                    self._report(record, summary)
                yield record, text

    def cleaned_jsonl(self, stream: IO[bytes], name: str) -> Iterator[bytes]:
        """
        Yield each cleaned JSONL line in input order, rejecting bad lines as they come.

        The workers parse, clean and splice; this process reads lines,
        writes what comes back and keeps the counts.
        """
        work = functools.partial(
            clean_jsonl_chunk,
            name=name,
            field=self.field,
            config=self.config,
            explain=self.explain,
            encoding=self.args.encoding,
        )
        window = 4 * max(1, self.args.jobs)
        lines = enumerate(io.read_lines(stream, name), start=1)
        for _batch, outcomes in ordered_map(
            self.executor,
            work,
            _batches(lines, lambda line: len(line[1])),
            window=window,
            start=self.start_workers,
        ):
            yield from self._written_jsonl(outcomes)

    def _written_jsonl(self, outcomes: Iterable[Outcome]) -> Iterator[bytes]:
        """The cleaned lines of JSONL outcomes, bad lines rejected and every line counted."""
        for outcome in outcomes:
            if outcome.output is None:
                self.totals.read += 1
                self.reject(io.Record(outcome.where, None, raw=outcome.raw, error=outcome.error))
                continue
            self._count(outcome)
            yield outcome.output

    def _count(self, outcome: Outcome) -> None:
        """Count a document a worker cleaned, and report it."""
        self.totals.read += 1
        self.totals.add(outcome.summary, changed=outcome.changed)
        if self.report is not None and outcome.summary is not None:
            self._report_entry(outcome.record_id, outcome.summary)

    def cleaned_files(
        self, files: Iterable[tuple[Unit, bytes | InputError]]
    ) -> Iterator[tuple[Unit, list[Outcome] | InputError]]:
        """
        Yield each whole file's outcomes in input order, cleaned by the workers.

        ``files`` are read here (lazily, so a folder is read only as far
        ahead as the work in flight, `READ_AHEAD_BYTES` at most); a file
        that could not be read keeps its error until its turn.
        """
        work = functools.partial(
            clean_files,
            config=self.config,
            explain=self.explain,
            field=self.field,
            encoding=self.args.encoding,
        )
        for chunk, outcomes in ordered_map(
            self.executor,
            work,
            _batches(files, lambda file: _bytes_read(file[1])),
            window=4 * max(1, self.args.jobs),
            payload=_file_payload,
            start=self.start_workers,
            size=lambda chunk: sum(_bytes_read(data) for _unit, data in chunk),
            budget=READ_AHEAD_BYTES,
        ):
            results = iter(outcomes)
            for unit, data in chunk:
                yield unit, data if isinstance(data, InputError) else next(results)

    def write_whole_files(self, units: Iterable[Unit]) -> None:
        """
        Clean files read whole (see `_whole_file`) into their targets, in input order.

        This process reads the files ahead and writes each output whole
        (`io.AtomicOutput`) as its turn comes; the workers decode and clean.
        """
        on_read = None if self.progress.disable else self.progress.update
        for unit, outcomes in self.cleaned_files(
            (unit, _read_file(unit, on_read)) for unit in units
        ):
            with self.unit_errors(unit):
                if isinstance(outcomes, InputError):
                    raise outcomes  # not read: no output opened, as when it is cleaned alone
                with self.output(unit.target) as out:
                    self.put_file(unit.format, outcomes, out.stream)

    def put_file(self, fmt: str, outcomes: list[Outcome] | InputError, out: IO[bytes]) -> None:
        """Write a cleaned file; say how a text file was decoded when not plain UTF-8."""
        if isinstance(outcomes, InputError):
            raise outcomes
        if fmt == "jsonl":
            for line in self._written_jsonl(outcomes):
                out.write(line)
            return
        [outcome] = outcomes
        if outcome.output is None:
            raise InputError(outcome.where, outcome.error or "cannot be decoded")
        self._count(outcome)
        decoded = outcome.decoded
        if decoded is not None and (
            decoded.unsure or (decoded.encoding not in {"utf-8", "ascii"} and not self.args.quiet)
        ):
            self.say(f"{outcome.where}: {decoded_note(decoded)}")
        out.write(outcome.output)

    def reject(self, record: io.Record) -> None:
        """Stop on a bad record, or count it and keep its raw line in --rejects."""
        if self.args.on_error == "stop":
            raise RecordStopError(record.where, io.with_advice(record.error or "rejected"))
        self.totals.rejected += 1
        self.say(f"skipped {record.where}: {record.error}")
        if self.rejects is not None:
            line = {
                "where": record.where,
                "reason": record.error,
                "raw": record.raw.decode("utf-8", "surrogateescape"),
            }
            _write_beside(self.rejects, io.dump_jsonl(line))

    def skip_file(self, where: str, reason: str, *, written: int = 0) -> None:
        """
        Count a file that could not be read to its end, and note it in --rejects.

        ``written`` is how many of its records already went to stdout (a
        stream cannot take them back): a truncated .gz read to stdout is
        then named as cut short after them, not as skipped, which would read
        as if none of its records were in the output.
        """
        self.totals.files_skipped += 1
        reason = reason.removesuffix(io.SKIP_ADVICE)  # skipping is what it advises
        if written:
            records = f"{written} record{'s' * (written > 1)}"
            self.say(f"cut short {where}: its first {records} were written, then {reason}")
        else:
            self.say(f"skipped {where}: {reason}")
        if self.rejects is not None:
            entry: dict[str, object] = {"where": where, "reason": reason, "file": True}
            if written:
                entry["written"] = written
            _write_beside(self.rejects, io.dump_jsonl(entry))

    def _report(self, record: io.Record, summary: Summary) -> None:
        data = record.data if isinstance(record.data, dict) else {}
        self._report_entry(data.get("id", record.where), summary)

    def _report_entry(self, record_id: object, summary: Summary) -> None:
        assert self.report is not None
        entry = {
            "id": record_id,
            "position": self.totals.read,
            "filters": summary.filters,
            "chars_removed": summary.chars_removed,
            "lines_removed": summary.lines_removed,
        }
        _write_beside(self.report, io.dump_jsonl(entry))

    def finish(self, stopped: str | None = None) -> None:
        """Write the report's summary line, close the bar and print the counts."""
        totals = self.totals.as_dict()
        # A stopped run's report is removed with its outputs (and the disk may be full).
        if self.report is not None and stopped is None:
            _write_beside(self.report, io.dump_jsonl(totals))
        self.progress.close()
        if not self.args.quiet or self.totals.rejected or self.totals.files_skipped or stopped:
            per_filter = ", ".join(
                f"{k} {v}" for k, v in totals["documents_changed_by_filter"].items()
            )
            skipped = self.totals.files_skipped
            print(
                f"textclean: read {self.totals.read}, written {self.totals.written}, "
                f"rejected {self.totals.rejected}, changed {self.totals.changed}"
                + (f", files skipped {skipped}" if skipped else "")
                + (f"; by filter: {per_filter}" if per_filter else "")
                + (f"; stopped at {one_line(stopped)}" if stopped else ""),
                file=sys.stderr,
            )

    def write_unit(self, unit: Unit) -> None:
        """Clean one input into its target; a bad file stops the run or is skipped."""
        with self.unit_errors(unit):
            _write_unit(self, unit)

    @contextmanager
    def unit_errors(self, unit: Unit) -> Iterator[None]:
        """
        Around writing one input: a bad file stops the run, or is counted as skipped.

        A file's counts are kept only once its output is in place (or went to
        stdout), so the summary never counts records of a file that was not written.
        """
        before = replace(self.totals, per_filter=dict(self.totals.per_filter))
        try:
            yield
        except (InputError, OutputError) as error:
            # (to stdout, what went out is out: it stays counted, and is named as written)
            written = 0 if unit.target is not None else self.totals.written - before.written
            if unit.target is not None:
                self.totals = before
            # A failed write stops the run whatever --on-error says: the next would fail too.
            if self.args.on_error == "stop" or isinstance(error, (RecordStopError, OutputError)):
                raise
            self.skip_file(error.where, error.reason, written=written)


def _write_beside(out: io.AtomicOutput, line: bytes) -> None:
    """
    Write a line of --report or --rejects; a failure names that file.

    Otherwise a full disk under the report was blamed on the output (the
    run's one handler names ``--output`` for a write error that names no file).
    """
    try:
        out.stream.write(line)
    except BrokenPipeError:
        raise  # (to stdout: a reader that stopped, as for the output)
    except OSError as error:
        raise OutputError.of(out.name, error) from error


def _read_file(unit: Unit, on_read: Callable[[int], object] | None) -> bytes | InputError:
    """A file's bytes, or the error naming it (raised when its turn comes, not when read ahead)."""
    assert unit.source is not None
    name = _name(unit)
    # A device or pipe (/dev/zero, <(cmd)) may never end: read as much as stdin's text.
    if io.is_remote(unit.source) or Path(unit.source).is_file():
        limit, advice = None, ""
    else:
        limit = STDIN_TEXT_LIMIT
        advice = "save it to a file first, or pass --format jsonl if it holds a record a line"
    try:
        with _open_source(unit.source, name, on_read, unit.refused) as stream:
            return _read_whole(stream, name, limit, advice)
    except InputError as error:
        return error


def _bytes_read(data: bytes | InputError) -> int:
    return len(data) if isinstance(data, bytes) else 0


def _file_payload(
    chunk: list[tuple[Unit, bytes | InputError]],
) -> list[tuple[str, str, bytes]]:
    """What the workers need of a chunk of files: name, format and bytes; read errors left out."""
    return [(_name(unit), unit.format, data) for unit, data in chunk if isinstance(data, bytes)]


class WorkerDiedError(BrokenProcessPool):
    """A worker died during ``clean``: says what the run left (stdout may hold a part)."""

    def __init__(self, left: str) -> None:
        """``left``: what the run left behind, as Run.interrupted says it."""
        super().__init__(left)
        self.left = left


def _end_workers_if_broken(_kind: object, error: BaseException | None, _trace: object) -> bool:
    """
    After a worker died, or on Ctrl-C or SIGTERM, end the workers before the pool is shut down.

    A worker killed while it held the task queue's lock leaves the others
    waiting on that lock for ever, and Python 3.11's shutdown then waits for
    them for ever too (3.12 terminates them itself). Found by killing a
    worker under load (tests/test_cli_processes.py). Interrupted, the run
    writes nothing more: the workers (which ignore the signals) are not
    waited for through the chunks already handed out (over 60 s under load).
    """
    if isinstance(error, BrokenProcessPool | KeyboardInterrupt):
        end_workers(multiprocessing.active_children())  # (none while it sends a result)
    return False


def _name(unit: Unit) -> str:
    return "<stdin>" if unit.source is None else str(unit.source)


def _whole_file(unit: Unit) -> bool:
    """
    A file cleaned whole by one worker: a text file (one document), or a small JSONL file.

    Not stdin (it may turn out to be JSONL), and not a JSONL file larger
    than a chunk, compressed or remote, which is streamed in chunks as it
    is read (a truncated stream is reported as it is met).
    """
    if unit.source is None:
        return False
    if unit.format == "txt":
        return True
    return (
        unit.format == "jsonl"
        and not io.is_remote(unit.source)
        and not io.strip_compression(str(unit.source))[1]
        and unit.size is not None
        and unit.size <= CHUNK_CHARS
        and Path(unit.source).is_file()  # not a device or pipe, whose size says nothing
    )


def _write_unit(run: Run, unit: Unit) -> None:
    name = _name(unit)
    on_read = None if run.progress.disable else run.progress.update
    with ExitStack() as inputs:
        if unit.source is None:
            stream, fmt = _stdin(unit, on_read)
            _check_output_format(unit.target, fmt, None)
        else:
            fmt = unit.format
            # Parquet is read by row groups, seeking back to its footer: it
            # counts rows instead of bytes.
            counted = None if fmt == "parquet" else on_read
            stream = inputs.enter_context(_open_source(unit.source, name, counted, unit.refused))
        if fmt == "parquet":
            _write_parquet(run, unit, stream, name)
            return
        with run.output(unit.target) as out:
            if fmt == "jsonl":
                for line in run.cleaned_jsonl(stream, name):
                    out.stream.write(line)
            elif fmt in {"csv", "tsv"}:
                _write_csv(run, stream, name, out.stream, io.csv_delimiter(fmt))
            else:
                _write_text(run, unit, stream, name, out.stream)


def _write_text(run: Run, unit: Unit, stream: IO[bytes], name: str, out: IO[bytes]) -> None:
    limit = STDIN_TEXT_LIMIT if unit.source is None and not unit.format else None
    data = _read_whole(stream, name, limit)
    for _unit, outcomes in run.cleaned_files([(unit, data)]):
        run.put_file("txt", outcomes, out)


_STDIN_ADVICE = (
    "if it holds one JSON record per line pass --format jsonl, or pass --format txt to clean "
    "it whole"
)


def _read_whole(
    stream: IO[bytes], name: str, limit: int | None = None, advice: str = _STDIN_ADVICE
) -> bytes:
    """A text input's bytes, all or (stdin, a device) at most ``limit``; InputError names it."""
    try:
        data = stream.read() if limit is None else stream.read(limit + 1)
    except io.READ_ERRORS as error:
        raise InputError(name, io.file_error(error)) from None
    if limit is not None and len(data) > limit:
        raise InputError(
            name, f"more than {limit // 2**20} MB of text, read as one document; {advice}"
        )
    return data


def _open_source(
    source: io.Location,
    name: str,
    on_read: Callable[[int], object] | None,
    refused: str | None = None,
) -> IO[bytes]:
    if refused is not None:
        raise InputError(name, refused)
    try:
        return io.open_input(source, on_read)
    except (*io.READ_ERRORS, ValueError) as error:  # type: ignore[misc]
        raise InputError(name, io.file_error(error)) from None


def decoded_note(decoded: Decoded) -> str:
    """
    Which encoding a file was read with and how sure that is.

        >>> decoded_note(Decoded("x", "cp1252", 0.5, unsure=True)).split(";")[0]
        'decoded as cp1252 (confidence 50%)'
    """
    note = f"decoded as {decoded.encoding} (confidence {decoded.confidence:.0%})"
    if decoded.unsure:
        note += "; unsure: check the output, or convert the file first (iconv -f ENCODING -t UTF-8)"
    return note


def _write_csv(run: Run, stream: IO[bytes], name: str, out: IO[bytes], delimiter: str) -> None:
    column = ".".join(run.field)
    encoding = run.args.encoding or "utf-8-sig"
    # A byte the encoding does not decode is kept as an escape and rejects its
    # row alone, named by line and field: decoding strictly named only the
    # file, and stopped it (or skipped all of it) for one byte.
    text = stdio.TextIOWrapper(stream, encoding=encoding, newline="", errors="surrogateescape")
    # strict: a quote that never closes (a truncated file, a stray quote) is an
    # error at the row it opened, not the rest of the file merged into one field.
    reader = csv.reader(text, delimiter=delimiter, strict=True)
    row_start = [1]  # the line the row being read starts on
    writer_stream = stdio.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(writer_stream, delimiter=delimiter, lineterminator="\n")
    try:
        header = next(reader, None)
        if header is None:
            return
        if bad := _undecoded(header, run.args.encoding):
            raise InputError(f"{name}:1", f"the header is {bad}")
        if column not in header:
            raise InputError(
                name, f"no column {column!r} (columns: {', '.join(header)}); pass --field"
            )
        index = header.index(column)
        writer.writerow(header)

        def records() -> Iterator[io.Record]:
            row_start[0] = reader.line_num + 1
            for row in reader:
                where = f"{name}:{row_start[0]}"
                row_start[0] = reader.line_num + 1
                raw = delimiter.join(row).encode("utf-8", "surrogateescape")
                if bad := _undecoded(row, run.args.encoding):
                    yield io.Record(where, None, data=row, raw=raw, error=bad)
                elif len(row) <= index:
                    error = f"row has {len(row)} columns, the header {len(header)}"
                    yield io.Record(where, None, data=row, raw=raw, error=error)
                else:
                    yield io.Record(where, row[index], data=row, raw=raw)

        for record, cleaned in run.cleaned(records()):
            if cleaned is not None:
                row = list(record.data)
                row[index] = cleaned
                writer.writerow(row)
    except csv.Error as error:
        raise InputError(
            f"{name}:{row_start[0]}",
            f"bad CSV ({error}): a quoted field is not closed, or text follows its closing quote",
        ) from None
    finally:
        writer_stream.detach()
        text.detach()


_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def _undecoded(row: list[str], encoding: str | None) -> str | None:
    r"""
    Why a CSV row read with ``surrogateescape`` cannot be written: a byte its encoding lacks.

        >>> _undecoded(["1", "caf\udce9"], None)
        'not UTF-8 (byte 0xe9 in field 2; pass --encoding, or convert the file)'
    """
    for number, value in enumerate(row, start=1):
        if not value.isascii() and (escaped := _ESCAPED_BYTE.search(value)):
            byte = f"byte 0x{ord(escaped[0]) - 0xDC00:02x} in field {number}"
            if encoding:
                return f"not {encoding} ({byte}; check --encoding)"
            return f"not UTF-8 ({byte}; pass --encoding, or convert the file)"
    return None


def _write_parquet(run: Run, unit: Unit, stream: IO[bytes], name: str) -> None:
    try:
        import pyarrow as pa  # noqa: PLC0415 - optional extra
        import pyarrow.parquet as pq  # noqa: PLC0415
    except ImportError:
        raise InputError(
            name, "Parquet needs pyarrow: pip install 'textclean-kit[parquet]'"
        ) from None
    if unit.target is None:
        raise InputError(name, "Parquet output needs --output (it is not text)")
    errors = (pa.ArrowException, OSError, ValueError, EOFError)
    try:
        source: Any = pa.BufferReader(stream.read()) if unit.source is None else stream
        parquet = pq.ParquetFile(source)
        schema, text_type = _cleaned_schema(parquet.schema_arrow, run.field, name)
    except errors as error:
        raise InputError(name, io.file_error(error)) from None
    row = 0
    rows, size = max(1, parquet.metadata.num_rows), unit.size or 0
    with (
        run.output(unit.target) as out,
        pq.ParquetWriter(out.stream, schema) as writer,
    ):
        batches = parquet.iter_batches(batch_size=io.PARQUET_BATCH_ROWS)
        while True:
            try:
                batch = next(batches, None)
            except errors as error:
                raise InputError(name, io.file_error(error)) from None
            if batch is None:
                break
            records = io.parquet_records(batch, run.field, name, row)
            row += batch.num_rows
            keep: list[bool] = []
            texts: list[str] = []
            for _record, text in run.cleaned(iter(records)):
                keep.append(text is not None)
                if text is not None:
                    texts.append(text)
            kept = batch if all(keep) else batch.filter(pa.array(keep))
            cleaned = pa.array(texts, text_type)
            writer.write_batch(io.with_parquet_column(kept, run.field, cleaned))
            run.progress.update(size * row // rows - size * (row - batch.num_rows) // rows)


def _cleaned_schema(schema: Any, field: tuple[str, ...], name: str) -> tuple[Any, Any]:
    """
    The input's schema with the cleaned field's type, and that type (an empty file keeps it too).

    A large or view string column keeps its type (it was written as a plain
    string); a dictionary of strings is written as strings, a null column as strings.
    """
    import pyarrow as pa  # noqa: PLC0415 - optional extra

    empty = pa.RecordBatch.from_arrays(
        [pa.array([], type=item.type) for item in schema], schema=schema
    )
    column = ".".join(field)
    try:
        kind = io.parquet_column(empty, field).type
    except KeyError:
        # pyarrow's KeyError carries its own sentence, not the name: say the name asked for.
        raise InputError(
            name, f"no column {column!r} (columns: {', '.join(schema.names)}); pass --field"
        ) from None
    if pa.types.is_dictionary(kind):
        kind = kind.value_type
    text_types = (pa.types.is_string, pa.types.is_large_string, pa.types.is_string_view)
    if not any(is_text(kind) for is_text in text_types) and not pa.types.is_null(kind):
        # Every row would be rejected alike: the schema is wrong, not a record.
        raise InputError(
            name,
            f"column {column!r} holds {kind} values, not text (columns: "
            f"{', '.join(schema.names)}); pass --field with a text column",
        )
    kind = pa.string() if pa.types.is_null(kind) else kind
    return io.with_parquet_column(empty, field, pa.array([], kind)).schema, kind


def _freeze_imported() -> None:
    """
    Move what this process holds now (the import's tables and patterns) out of the collector's way.

    Once a process: a full collection would walk those 31,000 objects again
    and again during the run (4% of the CPU of `--jobs 1` on the bench's
    8.3 MB of JSONL), and workers forked afterwards would write the
    collector's marks into pages they share with this process. What the
    first chunk cleaned here builds is frozen after it, as in each worker
    (`runner.freeze_after_first_chunk`).
    """
    if not gc.get_freeze_count():
        gc.freeze()
        freeze_after_first_chunk()


def _run_clean(args: argparse.Namespace) -> int:
    if args.rejects and args.on_error != "skip":
        raise InputError("--rejects", "only makes sense with --on-error skip")
    config = load_config(args)
    units = plan_units(args)
    sizes = [unit.size for unit in units]
    total = None if None in sizes else sum(size or 0 for size in sizes)
    with ExitStack() as stack:
        run = Run(args, config, stack, total)
        try:
            _freeze_imported()
            run.start_early(total)
            for whole, group in itertools.groupby(units, key=_whole_file):
                if whole:
                    run.write_whole_files(group)
                    continue
                for unit in group:
                    run.write_unit(unit)
        except (InputError, OutputError) as error:
            run.finish(stopped=error.where)
            raise
        except OSError as error:
            if error.filename is not None or isinstance(error, BrokenPipeError):
                run.progress.close()
                raise  # names its file already, or a reader that stopped (head -1): not a fault
            # A failed write (a full disk, an I/O error) names no file: name the output.
            where = "<stdout>" if args.output in {None, "-"} else str(args.output)
            run.finish(stopped=where)
            raise OutputError.of(where, error) from error
        except KeyboardInterrupt:
            run.progress.close()
            raise KeyboardInterrupt(run.interrupted()) from None
        except BrokenProcessPool as error:
            run.progress.close()
            raise WorkerDiedError(run.interrupted("the worker died")) from error
        except BaseException:
            run.progress.close()
            raise
        run.finish()
    rejected = run.totals.rejected or run.totals.files_skipped
    return EXIT_REJECTS if rejected else EXIT_OK


# --- other commands -------------------------------------------------------------


def _run_explain(args: argparse.Namespace) -> int:
    # Imported here, as report_html below: `clean` runs without them (start-up time,
    # which bounds --jobs).
    from textclean import explain_view  # noqa: PLC0415

    config = load_config(args)
    document = explain_view.read_document(
        args.input, field=args.field, record=args.record, record_id=args.id, id_field=args.id_field
    )
    cleaned = Cleaner(config).explain(document.text)
    view = explain_view.explanation(document.text, cleaned, source=document.where)
    if args.json:
        with _writing_stdout():
            sys.stdout.write(
                explain_view.dumps(explain_view.as_json(view, record=document.record)) + "\n"
            )
        return 0
    with _writing_stdout():
        text = explain_view.render(view, color=explain_view.use_color(args.color, sys.stdout))
        if args.no_pager:
            sys.stdout.write(text + "\n")
        else:
            explain_view.page(text)
    return 0


@contextmanager
def _writing_stdout() -> Iterator[None]:
    """
    Writing to stdout, flushed: a failure (a full disk) names ``<stdout>``, as `clean` does.

    It said ``[Errno 28] No space left on device``, and nothing of which output;
    a closed stdout (``>&-``) was an internal error.
    """
    if sys.stdout is None:
        raise OutputError("<stdout>", "standard output is closed", "redirect it to a file")
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        raise  # a reader that stopped early (| head): the command ends quietly
    except OSError as error:
        raise OutputError.of("<stdout>", error) from None


def _run_report(args: argparse.Namespace) -> int:
    from textclean import report_html  # noqa: PLC0415 - see _run_explain

    if args.sample < 1:
        raise InputError("--sample", "must be at least 1")
    config = load_config(args)
    globs = args.glob or LEARN_GLOBS
    # As clean: stop at the first bad record or file, or leave it out and say so.
    skipped = report_html.Skipped() if args.on_error == "skip" else None
    found = report_html.corpus_files(args.inputs, globs)
    if not found:
        print(f"textclean: no input files matched {', '.join(globs)}", file=sys.stderr)
    files = _files_to_read(found, {str(path) for path in args.inputs}, skipped)
    source = " ".join(str(path) for path in args.inputs)
    try:
        sampled, total = report_html.write_report(
            files,
            args.output,
            Cleaner(config),
            source=source,
            field=args.field,
            size=args.sample,
            seed=args.seed,
            skipped=skipped,
        )
    except OSError as error:
        if isinstance(error, TextcleanError) or error.filename is not None:
            raise
        # A failed write (a full disk) names no file: name the report.
        raise OutputError.of(str(args.output), error) from None
    if not skipped:
        print(f"textclean: {sampled} of {total} documents in {args.output}", file=sys.stderr)
        return EXIT_OK
    for where, reason in skipped.listed:
        print(one_line(f"textclean: skipped {where}: {reason}"), file=sys.stderr)
    if unlisted := skipped.records + skipped.files - len(skipped.listed):
        print(f"textclean: and {unlisted} more skipped, not listed", file=sys.stderr)
    print(
        f"textclean: {sampled} of {total} documents in {args.output}; {skipped.said()} "
        "(listed in the page)",
        file=sys.stderr,
    )
    return EXIT_REJECTS


def _files_to_read(
    files: list[Path], alone: set[str], skipped: report_html.Skipped | None
) -> list[Path]:
    """
    The files a report reads: one a folder holds that is not read (a pipe, `_refusal`) stops it.

    Or, with ``skipped`` (--on-error skip), is counted there and left out.
    """
    kept = []
    for file in files:
        if (refused := _refusal(file, alone)) is None:
            kept.append(file)
        elif skipped is None:
            raise InputError(str(file), refused + io.SKIP_ADVICE)
        else:
            skipped.add(str(file), refused, file=True)
    return kept


def _run_learn(args: argparse.Namespace) -> int:
    from textclean import report_html  # noqa: PLC0415 - see _run_explain

    field = tuple(args.field.split("."))
    globs = args.glob or LEARN_GLOBS
    files = [file for name in args.corpus for file, _ in _walk(str(name), globs)]
    alone = {str(Path(name)) for name in args.corpus}
    for file in files:
        if refused := _refusal(file, alone):
            raise InputError(str(file), refused)

    skipped: dict[str, io.Record] = {}  # by place: the documents are read twice

    def documents() -> Iterator[str]:
        # Read as `report` reads them: a Parquet file was read as one text
        # document (and stopped as "not UTF-8"), a CSV file as lines of rows.
        for file in files:
            try:
                for record in report_html.file_records(file, field):
                    if record.text is None:
                        skipped.setdefault(record.where, record)
                    elif record.text:
                        yield record.text
            except InputError as error:  # (learn has no --on-error to advise)
                raise InputError(error.where, error.reason.removesuffix(io.SKIP_ADVICE)) from None

    learned = learn_boilerplate(documents, min_docs=args.min_docs, min_share=args.min_share)
    learned.write(args.output)
    if skipped:
        # Learning goes on without them (they hold no text to count), but says so.
        first = next(iter(skipped.values()))
        print(
            f"textclean: skipped {len(skipped)} record{'s' * (len(skipped) > 1)} with no text "
            + one_line(f"to learn from, the first {first.where}: {first.error}"),
            file=sys.stderr,
        )
    print(
        f"textclean: {len(learned.lines)} lines recur in at least {learned.min_docs} of "
        f"{learned.documents} documents; written to {args.output}",
        file=sys.stderr,
    )
    return EXIT_REJECTS if skipped else EXIT_OK


def _run_listing(command: str) -> int:
    with _writing_stdout():
        return _list(command)


def _list(command: str) -> int:
    if command == "filters":
        for name, description in filters().items():
            print(f"{name:24} {description}")
        print("\nboilerplate categories (switch off with boilerplate_disabled):")
        for name, description in CATEGORIES.items():
            print(f"  {name:20} {description}")
        return 0
    for name, description in PROFILE_DESCRIPTIONS.items():
        enabled = [n for n in ORDER if getattr(PROFILES[name], n)]
        print(f"{name:8} {description}\n         filters: {', '.join(enabled)}")
    return 0


def start_method() -> str:
    """
    How --jobs starts its workers: by fork where the platform has it, else its default.

    A forked worker starts with what the parent built (`prepare_fork`);
    a spawned one (macOS, Windows; Python 3.14's forkserver) imports
    textclean and builds every table itself on first use. With other
    threads running here, which a fork copies mid-step, the platform's default.
    """
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return "fork"
    return multiprocessing.get_start_method()


@contextmanager
def signals_held(*signals: signal.Signals) -> Iterator[None]:
    """Hold ``signals`` back for the block; they are delivered after it (POSIX only)."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, signals)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _raise_interrupt(_signum: int, _frame: FrameType | None) -> NoReturn:
    raise KeyboardInterrupt


def _stop_on_signals() -> dict[signal.Signals, Any]:
    """
    Make `STOP_SIGNALS` interrupt the run; the handlers they had, to put back.

    A signal ignored when the run started stays ignored: under ``nohup``
    the run goes on when the terminal closes, as it was told to.
    """
    previous = {}
    for signum in STOP_SIGNALS:
        if signal.getsignal(signum) is not signal.SIG_IGN:
            previous[signum] = signal.signal(signum, _raise_interrupt)
    return previous


#: Control characters (a line break, an escape sequence) in a message's file
#: names, shown as escapes: each message stays one line, and a name cannot
#: drive the terminal.
_CONTROL_ESCAPES = {code: f"\\x{code:02x}" for code in (*range(32), 127) if chr(code) != "\t"} | {
    ord("\n"): "\\n",
    ord("\r"): "\\r",
    0x85: "\\x85",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def one_line(message: str) -> str:
    r"""
    ``message`` on one line, whatever the names in it hold.

        >>> print(one_line("bad\nname.txt: Permission denied"))
        bad\nname.txt: Permission denied
    """
    return message.translate(_CONTROL_ESCAPES)


def _quiet_stdout() -> None:
    """After a closed pipe: point stdout at /dev/null so the exit flush does not complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, stdio.UnsupportedOperation):
        pass


def _error_line(error: Exception) -> str:
    """
    An error as one line, an operating-system error by the file it names and why.

        >>> _error_line(IsADirectoryError(21, "Is a directory", "corpus"))
        'corpus: Is a directory; give a file'
    """
    if (
        isinstance(error, OSError)
        and not isinstance(error, TextcleanError)  # an OutputError says it all already
        and error.filename is not None
        and error.strerror
    ):
        advice = "give a file" if isinstance(error, IsADirectoryError) else "check the path"
        return f"{error.filename}: {error.strerror}; {advice}"
    return str(error)


def _stderr_or_null() -> None:
    """
    Started with stderr closed (``2>&-``): its messages go to /dev/null, the exit status stays.

    Without this, the progress bar's check of the terminal failed (an
    internal error, nothing written), and `print` to a stderr of None writes
    to stdout, into the cleaned output.
    """
    if sys.stderr is None:
        sys.stderr = Path(os.devnull).open("w", encoding="utf-8")  # noqa: SIM115 - for the whole run


def main(argv: Sequence[str] | None = None) -> int:  # noqa: PLR0911 - one status per outcome
    """Run the command line; returns the exit status (see the module docstring)."""
    _stderr_or_null()
    arguments = list(sys.argv[1:] if argv is None else argv)
    # A bare `textclean` prints the help (argparse exits with status 0), as pip does.
    args = build_parser().parse_args(arguments or ["--help"])
    in_main_thread = threading.current_thread() is threading.main_thread()
    # SIGTERM (kill, a job scheduler) and SIGHUP (the terminal closed) stop the
    # run as Ctrl-C does: no partial output, and a streamed one called incomplete.
    previous = _stop_on_signals() if in_main_thread else {}
    try:
        if args.command == "clean":
            return _run_clean(args)
        if args.command in {"explain", "report"}:
            return _run_explain(args) if args.command == "explain" else _run_report(args)
        if args.command == "boilerplate":
            return _run_learn(args)
        return _run_listing(args.command)
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_OK
    except (TextcleanError, OSError, ImportError) as error:
        print(f"textclean: error: {one_line(_error_line(error))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt as interrupt:
        # `clean` says what it left; the other commands write whole files only.
        left = str(interrupt) or "no partial output was left"
        print(f"textclean: interrupted; {one_line(left)}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenProcessPool as broken:
        left = broken.left if isinstance(broken, WorkerDiedError) else "no partial output was left"
        print(
            f"textclean: error: a worker process died (killed, or out of memory); {left}; "
            "run again, with fewer --jobs if memory is short",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    except Exception as error:
        if os.environ.get("TEXTCLEAN_DEBUG"):
            raise
        print(
            f"textclean: internal error: {type(error).__name__}: {error}; please report it "
            "with the command line (TEXTCLEAN_DEBUG=1 shows the traceback)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


if __name__ == "__main__":
    sys.exit(main())
