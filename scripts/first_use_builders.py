"""
Where a new process's first use goes, builder by builder: what to ship precomputed next.

bench/run.py says how much more CPU a new process spends on its first pass
over a JSONL's texts than on its second, filter by filter. This script
splits that by lazy builder (every function of textclean cached with
functools.cache or lru_cache, as tests/test_warm_up.py finds them):

1. In a new process, clean the texts once (default profile), noting the
   arguments of each builder's misses, and the CPU seconds spent compiling
   patterns (re and regex), by the module that asked.
2. For each builder, in a new process of its own, call it again with those
   arguments alone: its cost, with what it builds in turn (so the rows
   overlap: a builder calling another includes it).

A builder missed thousands of times (one word each) is a cache of work,
not a table: shipping it would mean shipping answers for the words met.

Run: .venv/bin/python scripts/first_use_builders.py FILE.jsonl [--top N]
"""

from __future__ import annotations

import argparse
import collections
import functools
import importlib
import json
import pickle
import pkgutil
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import regex

import textclean

_OPTIONAL = ("textclean.integrations", "textclean.dask")


def builders() -> dict[str, Any]:
    """Every cached function of textclean's modules, by dotted name."""
    modules = [textclean] + [
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(textclean.__path__, "textclean.")
        if not info.name.startswith(_OPTIONAL)
    ]
    found = {}
    for module in modules:
        for name, value in vars(module).items():
            if getattr(value, "__module__", None) == module.__name__ and hasattr(
                value, "cache_info"
            ):
                found[f"{module.__name__}.{name}"] = (module, name, value)
    return found


def record(path: Path, out: Path) -> None:
    """Clean the texts once; write each builder's missed arguments and the compile seconds."""
    found = builders()
    missed: dict[str, list[tuple[tuple[Any, ...], dict[str, Any]]]] = collections.defaultdict(list)
    compiled: collections.Counter[str] = collections.Counter()

    def noting(name: str, function: Any) -> Any:
        @functools.wraps(function)
        def call(*args: Any, **kwargs: Any) -> Any:
            before = function.cache_info().currsize
            result = function(*args, **kwargs)
            if function.cache_info().currsize != before:
                missed[name].append((args, kwargs))
            return result

        return call

    def timing(module: Any, compile_: Any) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            frame = sys._getframe(1)  # noqa: SLF001 - who asked, for the tally
            began = time.process_time()
            result = compile_(*args, **kwargs)
            asker = frame.f_globals.get("__name__", "?")
            compiled[f"{module.__name__}.compile from {asker}"] += time.process_time() - began
            return result

        return call

    wrapped = {id(function): noting(name, function) for name, (_, _, function) in found.items()}
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("textclean"):
            for attr, value in list(vars(module).items()):
                if id(value) in wrapped:
                    setattr(module, attr, wrapped[id(value)])
    re.compile = timing(re, re.compile)  # type: ignore[assignment]
    regex.compile = timing(regex, regex.compile)
    with path.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines]
    cleaner = textclean.Cleaner("default")
    began = time.process_time()
    for text in texts:
        cleaner.clean(text)
    first = time.process_time() - began
    with out.open("wb") as sink:
        pickle.dump((dict(missed), dict(compiled), first), sink)


def rebuild(name: str, keys: Path) -> float:
    """CPU seconds of calling builder ``name`` again with the arguments it missed on."""
    missed, _, _ = pickle.loads(keys.read_bytes())  # noqa: S301 - written by record above
    _, _, function = builders()[name]
    began = time.process_time()
    for args, kwargs in missed[name]:
        function(*args, **kwargs)
    return time.process_time() - began


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("jsonl", type=Path)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--record", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--rebuild", help=argparse.SUPPRESS)
    parser.add_argument("--keys", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.record:
        record(args.jsonl, args.record)
        return 0
    if args.rebuild:
        print(rebuild(args.rebuild, args.keys))
        return 0
    script = [sys.executable, __file__, str(args.jsonl)]
    with tempfile.TemporaryDirectory() as tmp:
        keys = Path(tmp) / "keys.pickle"
        subprocess.run([*script, "--record", str(keys)], check=True)
        missed, compiled, first = pickle.loads(keys.read_bytes())  # noqa: S301 - ours
        rows = []
        for name in missed:
            shown = subprocess.run(
                [*script, "--rebuild", name, "--keys", str(keys)],
                capture_output=True,
                text=True,
                check=True,
            )
            rows.append((float(shown.stdout), len(missed[name]), name))
    print(f"first pass over {args.jsonl}: {first:.2f} s CPU")
    print("| builder (alone, with what it builds) | misses | s CPU |\n|---|---:|---:|")
    for seconds, count, name in sorted(rows, reverse=True)[: args.top]:
        print(f"| {name} | {count} | {seconds:.4f} |")
    print("\n| pattern compiles on the first pass | s CPU |\n|---|---:|")
    print(f"| all | {sum(compiled.values()):.4f} |")
    for name, seconds in sorted(compiled.items(), key=lambda item: -item[1])[: args.top]:
        print(f"| {name} | {seconds:.4f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
