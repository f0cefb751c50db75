"""
The ``textclean`` command line: a thin layer over `Cleaner`, `textclean.io` and `textclean.runner`.

``main(argv) -> int`` so tests call it in-process. Exit status: 0 when every
record was written, 1 when some were rejected (``--on-error skip``), 2 on an
error that stopped the run.
"""

from __future__ import annotations

import argparse
import difflib
import functools
import os
import sys
import tomllib
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from textclean import io
from textclean._filters.boilerplate.catalog import CATEGORIES
from textclean.config import PROFILE_DESCRIPTIONS, PROFILES, CleanConfig, field_names
from textclean.decoding import decode
from textclean.errors import InputError, TextcleanError, UnknownNameError
from textclean.learn import learn_boilerplate, load_boilerplate_file
from textclean.pipeline import ORDER, Cleaner, check_filter_name, filters, resolve_config
from textclean.runner import (
    Summary,
    Totals,
    _init_worker,
    clean_chunk,
    clean_jsonl_chunk,
    ordered_map,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

    from textclean.changes import Cleaned

CHUNK_DOCS = 256
CHUNK_CHARS = 4_000_000
DEFAULT_GLOBS = ("*.txt", "*.jsonl", "*.jsonl.gz", "*.parquet")


def _filter_name(value: str) -> str:
    try:
        return check_filter_name(value)
    except TextcleanError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser, with one sub-command per job."""
    parser = argparse.ArgumentParser(
        prog="textclean",
        description="Repair and clean scraped text: mojibake, look-alike letters, boilerplate, "
        "whitespace. Explains every change.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    clean = commands.add_parser(
        "clean",
        help="clean text, JSONL or Parquet files, folders, or stdin",
        description="Clean documents. Reads stdin and writes stdout by default.",
    )
    clean.add_argument("inputs", nargs="*", type=Path, help="files or folders (default: stdin)")
    clean.add_argument("-o", "--output", type=Path, help="output file or folder (default: stdout)")
    clean.add_argument("--format", choices=io.FORMATS, help="input format (default: by extension)")
    clean.add_argument(
        "--field", default="text", help="JSONL/Parquet field to clean (a.b for nested)"
    )
    clean.add_argument(
        "--glob",
        action="append",
        help="file patterns inside folders (default: txt, jsonl, parquet)",
    )
    clean.add_argument("--in-place", action="store_true", help="overwrite the inputs")
    clean.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, help="processes")
    clean.add_argument("--dask", metavar="ADDRESS", help="run on a Dask distributed scheduler")
    clean.add_argument("--report", type=Path, help="JSON line per document and a summary")
    clean.add_argument("--on-error", choices=("stop", "skip"), default="stop")
    clean.add_argument("--rejects", type=Path, help="with --on-error skip: rejected raw lines")
    clean.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    _add_config_options(clean)

    explain = commands.add_parser("explain", help="show each change, filter by filter")
    explain.add_argument("input", type=Path, help="a text file, or - for stdin")
    _add_config_options(explain)

    commands.add_parser("filters", help="list the filters in the order they run")
    commands.add_parser("profiles", help="list the profiles")

    boilerplate = commands.add_parser("boilerplate", help="boilerplate tools")
    tools = boilerplate.add_subparsers(dest="tool", required=True, metavar="TOOL")
    learn = tools.add_parser("learn", help="find lines a corpus repeats across documents")
    learn.add_argument("corpus", nargs="+", type=Path, help="files or folders")
    learn.add_argument("-o", "--output", type=Path, required=True, help="file to write")
    learn.add_argument("--min-docs", type=int, default=5, help="least documents a line is in")
    learn.add_argument("--min-share", type=float, default=0.0, help="least share of documents")
    learn.add_argument("--field", default="text", help="JSONL field holding the text")
    learn.add_argument("--glob", action="append", help="file patterns inside folders")
    return parser


def _add_config_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profile", choices=list(PROFILES), help="default: default")
    parser.add_argument("--config", type=Path, help="TOML file ([tool.textclean] in pyproject)")
    parser.add_argument(
        "--enable", action="append", default=[], type=_filter_name, metavar="FILTER"
    )
    parser.add_argument(
        "--disable", action="append", default=[], type=_filter_name, metavar="FILTER"
    )
    parser.add_argument("--boilerplate-file", type=Path, help="lines to remove (learned or own)")


def load_config(args: argparse.Namespace) -> CleanConfig:
    """The config from the profile, a TOML file, --enable/--disable and --boilerplate-file."""
    settings: dict[str, Any] = {}
    path = args.config
    if path is None and Path("pyproject.toml").is_file():
        settings = tomllib.loads(Path("pyproject.toml").read_text("utf-8"))
        settings = settings.get("tool", {}).get("textclean", {})
    elif path is not None:
        settings = tomllib.loads(path.read_text("utf-8"))
        settings = settings.get("tool", {}).get("textclean", settings)
    profile = args.profile or settings.pop("profile", "default")
    settings.pop("profile", None)
    overrides: dict[str, Any] = {}
    for name in settings.pop("enable", []):
        overrides[check_filter_name(name)] = True
    for name in settings.pop("disable", []):
        overrides[check_filter_name(name)] = False
    files = [settings.pop("boilerplate_file")] if "boilerplate_file" in settings else []
    for name in settings:
        if name not in field_names():
            raise UnknownNameError("setting", name, field_names())
    overrides.update(settings)
    overrides.update(dict.fromkeys(args.enable, True))
    overrides.update(dict.fromkeys(args.disable, False))
    if args.boilerplate_file:
        files.append(args.boilerplate_file)
    if files:
        learned: set[str] = set(overrides.get("boilerplate_learned", ()))
        for file in files:
            learned |= load_boilerplate_file(file)
        overrides["boilerplate_learned"] = learned
    return resolve_config(profile, **overrides)


# --- inputs and outputs -------------------------------------------------------------


@dataclass
class Unit:
    """One input (a file, or stdin when path is None) and where its output goes."""

    path: Path | None
    target: Path | None
    format: str


def _walk(paths: list[Path], globs: Sequence[str]) -> Iterator[tuple[Path, Path]]:
    for path in paths:
        if path.is_dir():
            found = {f for pattern in globs for f in path.rglob(pattern) if f.is_file()}
            for file in sorted(found):
                yield file, file.relative_to(path)
        elif path.exists():
            yield path, Path(path.name)
        else:
            raise InputError(str(path), "no such file or folder")


def plan_units(args: argparse.Namespace) -> list[Unit]:
    """Decide each input's format and output target, refusing to overwrite inputs."""
    if not args.inputs:
        return [Unit(None, args.output, args.format or "txt")]
    files = list(_walk(args.inputs, args.glob or DEFAULT_GLOBS))
    many = len(files) > 1 or any(p.is_dir() for p in args.inputs)
    units = []
    for file, relative in files:
        fmt = args.format or io.detect_format(file)
        if args.in_place:
            target: Path | None = file
        elif args.output is None:
            target = None
        elif many or args.output.is_dir():
            target = args.output / relative
        else:
            target = args.output
        if target is not None and not args.in_place and target.resolve() == file.resolve():
            raise InputError(str(file), "output would overwrite this input; use --in-place")
        if target is None and fmt == "parquet":
            raise InputError(str(file), "Parquet output needs --output (it is not text)")
        units.append(Unit(file, target, fmt))
    return units


def _text_records(unit: Unit) -> Iterator[io.Record]:
    """A text file (or stdin) as one record; JSONL goes through Run.cleaned_jsonl."""
    if unit.path is None:
        decoded = decode(sys.stdin.buffer.read(), "<stdin>")
        yield io.Record("<stdin>", decoded.text, encoding=decoded.encoding)
    else:
        yield io.read_text_file(unit.path)


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


class Run:
    """One `textclean clean` run: counts, report, rejects, progress, and the executor."""

    def __init__(self, args: argparse.Namespace, config: CleanConfig, stack: ExitStack) -> None:
        """Open the report, rejects file and progress bar, and start the workers."""
        self.args = args
        self.config = config
        self.field = tuple(args.field.split("."))
        self.totals = Totals()
        self.explain = args.report is not None
        self.report = stack.enter_context(io.AtomicOutput(args.report)) if args.report else None
        self.rejects = stack.enter_context(io.AtomicOutput(args.rejects)) if args.rejects else None
        self.executor = self._executor(stack)
        from tqdm import tqdm  # noqa: PLC0415 - only the CLI draws progress

        self.progress = stack.enter_context(
            tqdm(
                unit="B",
                unit_scale=True,
                desc="textclean",
                disable=args.quiet or not sys.stderr.isatty(),
                file=sys.stderr,
            )
        )
        self.work = functools.partial(clean_chunk, config=config, explain=self.explain)

    def _executor(self, stack: ExitStack) -> Executor | None:
        if self.args.dask:
            from distributed import Client  # noqa: PLC0415 - optional extra

            client = stack.enter_context(Client(self.args.dask))  # type: ignore[no-untyped-call]
            return client.get_executor()  # type: ignore[no-any-return]
        if self.args.jobs > 1:
            return stack.enter_context(
                ProcessPoolExecutor(
                    self.args.jobs, initializer=_init_worker, initargs=(self.config,)
                )
            )
        return None

    def cleaned(self, records: Iterator[io.Record]) -> Iterator[tuple[io.Record, str | None]]:
        """Yield each record with its cleaned text (None if rejected), in input order."""
        window = 4 * max(1, self.args.jobs)
        chunks = _batches(records, lambda record: len(record.text or ""))
        for chunk, results in ordered_map(
            self.executor, self.work, chunks, window=window, payload=_texts_of
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
                self.progress.update(len(record.text))
                if self.report is not None and summary is not None:
                    self._report(record, summary)
                yield record, text

    def cleaned_jsonl(self, unit: Unit) -> Iterator[bytes]:
        """
        Yield each cleaned JSONL line in input order, rejecting bad lines as they come.

        The workers parse, clean and serialize; this process reads lines,
        writes what comes back and keeps the counts.
        """
        name = "<stdin>" if unit.path is None else str(unit.path)
        work = functools.partial(
            clean_jsonl_chunk, name=name, field=self.field, config=self.config, explain=self.explain
        )
        with ExitStack() as stack:
            stream = (
                sys.stdin.buffer
                if unit.path is None
                else stack.enter_context(io.open_jsonl(unit.path))
            )
            window = 4 * max(1, self.args.jobs)
            for _lines, outcomes in ordered_map(
                self.executor,
                work,
                _batches(enumerate(stream, start=1), lambda line: len(line[1])),
                window=window,
            ):
                for outcome in outcomes:
                    self.totals.read += 1
                    if outcome.output is None:
                        self.reject(
                            io.Record(outcome.where, None, raw=outcome.raw, error=outcome.error)
                        )
                        continue
                    self.totals.add(outcome.summary, changed=outcome.changed)
                    self.progress.update(outcome.size)
                    if self.report is not None and outcome.summary is not None:
                        self._report_entry(outcome.record_id, outcome.summary)
                    yield outcome.output

    def reject(self, record: io.Record) -> None:
        """Stop on a bad record, or count it and keep its raw line in --rejects."""
        if self.args.on_error == "stop":
            raise InputError(record.where, record.error or "rejected")
        self.totals.rejected += 1
        print(f"textclean: skipped {record.where}: {record.error}", file=sys.stderr)
        if self.rejects is not None:
            line = {
                "where": record.where,
                "reason": record.error,
                "raw": record.raw.decode("utf-8", "replace"),
            }
            self.rejects.stream.write(io.dump_jsonl(line))

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
        self.report.stream.write(io.dump_jsonl(entry))

    def finish(self) -> None:
        """Write the report's summary line and print the counts."""
        totals = self.totals.as_dict()
        if self.report is not None:
            self.report.stream.write(io.dump_jsonl(totals))
        if not self.args.quiet or self.totals.rejected:
            per_filter = ", ".join(
                f"{k} {v}" for k, v in totals["documents_changed_by_filter"].items()
            )
            print(
                f"textclean: read {self.totals.read}, written {self.totals.written}, "
                f"rejected {self.totals.rejected}, changed {self.totals.changed}"
                + (f"; by filter: {per_filter}" if per_filter else ""),
                file=sys.stderr,
            )


def _write_unit(run: Run, unit: Unit) -> None:
    if unit.format == "parquet":
        _write_parquet(run, unit)
        return
    with io.AtomicOutput(unit.target) as out:
        if unit.format == "jsonl":
            for line in run.cleaned_jsonl(unit):
                out.stream.write(line)
            return
        for record, text in run.cleaned(_text_records(unit)):
            if text is None:
                continue
            if record.encoding not in {"utf-8", "ascii"} and not run.args.quiet:
                print(f"textclean: {record.where}: decoded as {record.encoding}", file=sys.stderr)
            out.stream.write(text.encode("utf-8") + b"\n")


def _write_parquet(run: Run, unit: Unit) -> None:
    import pyarrow as pa  # noqa: PLC0415 - optional extra
    import pyarrow.parquet as pq  # noqa: PLC0415

    assert unit.path is not None
    assert unit.target is not None
    column = ".".join(run.field)
    with io.AtomicOutput(unit.target) as out:
        writer = None
        try:
            for batch, records in io.read_parquet(unit.path, run.field):
                texts: list[str] = []
                keep: list[bool] = []
                for _record, text in run.cleaned(iter(records)):
                    keep.append(text is not None)
                    if text is not None:
                        texts.append(text)
                kept = batch if all(keep) else batch.filter(pa.array(keep))
                index = kept.schema.get_field_index(column)
                kept = kept.set_column(index, column, pa.array(texts, type=pa.string()))
                if writer is None:
                    writer = pq.ParquetWriter(out.stream, kept.schema)
                writer.write_batch(kept)
        finally:
            if writer is not None:
                writer.close()


def _run_clean(args: argparse.Namespace) -> int:
    if args.rejects and args.on_error != "skip":
        raise InputError("--rejects", "only makes sense with --on-error skip")
    config = load_config(args)
    units = plan_units(args)
    with ExitStack() as stack:
        run = Run(args, config, stack)
        try:
            for unit in units:
                _write_unit(run, unit)
        except InputError:
            run.totals.rejected += 1
            run.finish()
            raise
        run.finish()
    return 1 if run.totals.rejected else 0


# --- other commands -------------------------------------------------------------


def format_explanation(cleaned: Cleaned, *, color: bool = False) -> str:
    """Each change filter by filter: span, before and after (red and green), and why."""
    red, green, bold, reset = ("\033[31m", "\033[32m", "\033[1m", "\033[0m") if color else ("",) * 4
    lines: list[str] = []
    for step in cleaned.steps:
        lines.append(f"{bold}== {step.filter}: {len(step.changes)} change(s){reset}")
        for c in step.changes:
            lines.append(f"  @{c.start}-{c.end}  {c.reason}")
            if c.before:
                lines.append(f"  {red}- {c.before!r}{reset}")
            lines.append(f"  {green}+ {c.after!r}{reset}")
    return "\n".join(lines) if lines else "no changes"


def _run_explain(args: argparse.Namespace) -> int:
    config = load_config(args)
    source = sys.stdin.buffer.read() if str(args.input) == "-" else args.input.read_bytes()
    text = decode(source, str(args.input)).text
    cleaned = Cleaner(config).explain(text)
    color = sys.stdout.isatty()
    print(format_explanation(cleaned, color=color))
    if color and cleaned.steps:
        diff = difflib.unified_diff(
            text.splitlines(), cleaned.text.splitlines(), "input", "cleaned", lineterm=""
        )
        print("\n".join(diff))
    return 0


def _run_learn(args: argparse.Namespace) -> int:
    field = tuple(args.field.split("."))
    files = [file for file, _ in _walk(args.corpus, args.glob or DEFAULT_GLOBS)]

    def documents() -> Iterator[str]:
        for file in files:
            if io.detect_format(file) == "jsonl":
                with io.open_jsonl(file) as stream:
                    yield from (r.text for r in io.read_jsonl(stream, str(file), field) if r.text)
            else:
                text = io.read_text_file(file).text
                if text:
                    yield text

    learned = learn_boilerplate(documents, min_docs=args.min_docs, min_share=args.min_share)
    learned.write(args.output)
    print(
        f"textclean: {len(learned.lines)} lines recur in at least {learned.min_docs} of "
        f"{learned.documents} documents; written to {args.output}",
        file=sys.stderr,
    )
    return 0


def _run_listing(command: str) -> int:
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "clean":
            return _run_clean(args)
        if args.command == "explain":
            return _run_explain(args)
        if args.command == "boilerplate":
            return _run_learn(args)
        return _run_listing(args.command)
    except (TextcleanError, OSError, tomllib.TOMLDecodeError, ImportError) as error:
        print(f"textclean: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("textclean: interrupted; no partial output was left", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
