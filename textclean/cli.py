"""
The ``textclean`` command line: a thin layer over `Cleaner` and `textclean.io`.

``main(argv) -> int`` so tests call it in-process.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from textclean.config import PROFILE_DESCRIPTIONS, PROFILES
from textclean.decoding import decode
from textclean.errors import TextcleanError
from textclean.pipeline import ORDER, Cleaner, check_filter_name, filters

if TYPE_CHECKING:
    from collections.abc import Sequence

    from textclean.changes import Cleaned


def _filter_name(value: str) -> str:
    try:
        return check_filter_name(value)
    except TextcleanError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser, with one sub-command per job."""
    parser = argparse.ArgumentParser(
        prog="textclean",
        description="Repair and clean scraped text: mojibake, lookalike letters, boilerplate, "
        "whitespace. Explains every change.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    clean = commands.add_parser("clean", help="clean text files, folders or stdin")
    clean.add_argument("inputs", nargs="*", type=Path, help="files or folders (default: stdin)")
    clean.add_argument("-o", "--output", type=Path, help="output file or folder (default: stdout)")
    _add_config_options(clean)

    explain = commands.add_parser("explain", help="show each change, filter by filter")
    explain.add_argument("input", type=Path, help="a text file, or - for stdin")
    _add_config_options(explain)

    commands.add_parser("filters", help="list the filters in the order they run")
    commands.add_parser("profiles", help="list the profiles")
    return parser


def _add_config_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profile", default="default", choices=list(PROFILES))
    parser.add_argument(
        "--enable", action="append", default=[], type=_filter_name, metavar="FILTER"
    )
    parser.add_argument(
        "--disable", action="append", default=[], type=_filter_name, metavar="FILTER"
    )


def _cleaner(args: argparse.Namespace) -> Cleaner:
    overrides = dict.fromkeys(args.enable, True) | dict.fromkeys(args.disable, False)
    return Cleaner(args.profile, **overrides)


def _read(path: Path) -> str:
    if str(path) == "-":
        return decode(sys.stdin.buffer.read(), "<stdin>").text
    return decode(path.read_bytes(), str(path)).text


def _inputs(paths: list[Path]) -> list[tuple[Path, Path]]:
    """(file, path relative to its root) for each input file, folders walked recursively."""
    found: list[tuple[Path, Path]] = []
    for path in paths:
        if path.is_dir():
            found.extend((file, file.relative_to(path)) for file in sorted(path.rglob("*.txt")))
        else:
            found.append((path, Path(path.name)))
    return found


def _run_clean(args: argparse.Namespace) -> int:
    cleaner = _cleaner(args)
    if not args.inputs:
        sys.stdout.write(cleaner.clean(_read(Path("-"))) + "\n")
        return 0
    files = _inputs(args.inputs)
    for file, relative in files:
        text = cleaner.clean(_read(file))
        if args.output is None:
            sys.stdout.write(text + "\n")
            continue
        target = (
            args.output / relative if len(files) > 1 or args.inputs[0].is_dir() else args.output
        )
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text + "\n", encoding="utf-8")
    print(f"textclean: {len(files)} file(s) cleaned", file=sys.stderr)
    return 0


def format_explanation(cleaned: Cleaned) -> str:
    """Each change on a line: filter, span, before → after, and why."""
    lines: list[str] = []
    for step in cleaned.steps:
        lines.append(f"== {step.filter}: {len(step.changes)} change(s)")
        lines.extend(
            f"  [{c.start}:{c.end}] {c.before!r} -> {c.after!r}  ({c.reason})" for c in step.changes
        )
    return "\n".join(lines) if lines else "no changes"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "clean":
            return _run_clean(args)
        if args.command == "explain":
            print(format_explanation(_cleaner(args).explain(_read(args.input))))
            return 0
        if args.command == "filters":
            for name, description in filters().items():
                print(f"{name:24} {description}")
            return 0
        for name, description in PROFILE_DESCRIPTIONS.items():
            enabled = [n for n in ORDER if getattr(PROFILES[name], n)]
            print(f"{name:8} {description}\n         filters: {', '.join(enabled)}")
    except (TextcleanError, OSError) as error:
        print(f"textclean: error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
