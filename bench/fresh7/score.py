"""Score a textclean checkout on bench/fresh7, per kind, beside ftfy.

For each kind: genuine kinds count the documents left untouched (output equals
input), damaged kinds the documents fully repaired (output equals the expected
text). Four cleaners: textclean's default ``Cleaner``, textclean with only
``fix_encoding`` on, ``ftfy.fix_text`` and ``ftfy.fix_encoding``.

    python bench/fresh7/score.py [CHECKOUT] --part tune [--failures N] [--kinds K ...]

The report part is for the lead's figures: ``--failures`` is refused on it.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

HERE = Path(__file__).resolve().parent


def _build_module() -> Any:
    spec = importlib.util.spec_from_file_location("fresh7_build", HERE / "build.py")
    if spec is None or spec.loader is None:
        raise ImportError(HERE / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["fresh7_build"] = module
    spec.loader.exec_module(module)
    return module


def cleaners(checkout: Path) -> dict[str, Callable[[str], str]]:
    """The four cleaners compared, textclean imported from ``checkout``."""
    sys.path.insert(0, str(checkout.resolve()))
    import ftfy

    import textclean

    only_encoding = {name: name == "fix_encoding" for name in textclean.filters()}
    default = textclean.Cleaner()
    encoding = textclean.Cleaner(**only_encoding)
    return {
        "textclean": default.clean,
        "tc fix_encoding": encoding.clean,
        "ftfy.fix_text": ftfy.fix_text,
        "ftfy.fix_encoding": ftfy.fix_encoding,
    }


def score(
    records: list[dict[str, Any]], runners: dict[str, Callable[[str], str]]
) -> tuple[dict[str, dict[str, int]], dict[str, list[tuple[dict[str, Any], str]]]]:
    """Per kind: how many records each cleaner got right; textclean's misses."""
    right: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    misses: dict[str, list[tuple[dict[str, Any], str]]] = defaultdict(list)
    for record in records:
        kind = record["kind"]
        right[kind]["n"] += 1
        for name, run in runners.items():
            out = run(record["input"])
            if out == record["expected"]:
                right[kind][name] += 1
            elif name == "textclean":
                misses[kind].append((record, out))
    return right, misses


def _table(right: dict[str, dict[str, int]], names: list[str]) -> list[str]:
    lines = [f"{'kind':28} {'measure':10} {'n':>5} " + " ".join(f"{n:>17}" for n in names)]
    totals: dict[tuple[str, str], int] = defaultdict(int)
    for kind in sorted(right):
        row = right[kind]
        measure = "untouched" if kind.startswith("genuine") else "repaired"
        cells = " ".join(f"{row[n] / row['n']:>16.1%} " for n in names)
        lines.append(f"{kind:28} {measure:10} {row['n']:>5} {cells}")
        group = "genuine" if measure == "untouched" else "damaged"
        totals[group, "n"] += row["n"]
        for n in names:
            totals[group, n] += row[n]
    for group in ("genuine", "damaged"):
        if totals[group, "n"]:
            cells = " ".join(f"{totals[group, n]:>9}/{totals[group, 'n']:<7}" for n in names)
            lines.append(f"{'all ' + group:28} {'':10} {totals[group, 'n']:>5} {cells}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "checkout",
        nargs="?",
        type=Path,
        default=HERE.parent.parent,
        help="textclean checkout to score",
    )
    parser.add_argument("--part", choices=("tune", "report"), required=True)
    parser.add_argument(
        "--failures", type=int, default=0, help="show N of textclean's misses per kind (tune only)"
    )
    parser.add_argument("--kinds", nargs="*", help="only these kinds")
    parser.add_argument(
        "--limit", type=int, default=0, help="only the first N records (a smoke run)"
    )
    args = parser.parse_args(argv)
    if args.failures and args.part != "tune":
        parser.error("--failures is for the tune part only")
    build = _build_module()
    records = build.part(build.build_records(), args.part)
    if args.kinds:
        records = [r for r in records if r["kind"] in args.kinds]
    if args.limit:
        records = records[: args.limit]
    runners = cleaners(args.checkout)
    started = time.perf_counter()
    right, misses = score(records, runners)
    print(
        f"bench/fresh7 {args.part}: {len(records)} records, {time.perf_counter() - started:.0f} s"
    )
    print("\n".join(_table(right, list(runners))))
    for kind in sorted(misses) if args.failures else ():
        print(f"\n## {kind}: {len(misses[kind])} missed")
        for record, out in misses[kind][: args.failures]:
            print(f"- {record['id']} [{record['damage']}]")
            print(f"  input:    {record['input'][:300]!r}")
            print(f"  expected: {record['expected'][:300]!r}")
            print(f"  output:   {out[:300]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
