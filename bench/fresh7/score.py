"""Score a textclean checkout on bench/fresh7, per kind, beside ftfy.

For each kind: genuine kinds count the documents left untouched (output equals
input), damaged kinds the documents fully repaired (output equals the expected
text). Five cleaners: textclean's default ``Cleaner``, the same without
``remove_boilerplate`` (so a line removed as boilerplate is told apart from a
failed repair), textclean with only ``fix_encoding`` on, ``ftfy.fix_text`` and
``ftfy.fix_encoding``. ``--speed`` adds, per kind, how many times faster the
default ``Cleaner`` runs than ``ftfy.fix_text`` on the same documents (one
pass, interleaved; noisy on a busy machine). ``--by-language`` counts the
genuine documents the default ``Cleaner`` changed per language.

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
    no_boilerplate = textclean.Cleaner(remove_boilerplate=False)
    return {
        "textclean": default.clean,
        "tc no boilerplate": no_boilerplate.clean,
        "tc fix_encoding": encoding.clean,
        "ftfy.fix_text": ftfy.fix_text,
        "ftfy.fix_encoding": ftfy.fix_encoding,
    }


class Tally:
    """Per kind: records each cleaner got right, seconds spent, textclean's misses."""

    def __init__(self) -> None:
        self.right: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.seconds: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        self.misses: dict[str, list[tuple[dict[str, Any], str]]] = defaultdict(list)
        self.changed: dict[str, list[int]] = defaultdict(lambda: [0, 0])


def score(records: list[dict[str, Any]], runners: dict[str, Callable[[str], str]]) -> Tally:
    """Run every cleaner on every record, interleaved, and count.

    Each cleaner first sees one record of every kind untimed, so loading its
    tables (textclean's lexicon) is not charged to the first kind timed.
    """
    tally = Tally()
    firsts = {r["kind"]: r["input"] for r in reversed(records)}
    for run in runners.values():
        for text in firsts.values():
            run(text)
    for record in records:
        kind = record["kind"]
        tally.right[kind]["n"] += 1
        textclean_right = False
        for name, run in runners.items():
            started = time.perf_counter()
            out = run(record["input"])
            tally.seconds[kind][name] += time.perf_counter() - started
            if out == record["expected"]:
                tally.right[kind][name] += 1
                textclean_right = textclean_right or name == "textclean"
            elif name == "textclean":
                tally.misses[kind].append((record, out))
        if kind.startswith("genuine"):
            counts = tally.changed[record["language"]]
            counts[0] += not textclean_right
            counts[1] += 1
    return tally


def around_difference(expected: str, out: str, width: int = 90) -> tuple[str, str]:
    """The two texts around their first difference, so a miss in a long document shows."""
    first = next((i for i, (a, b) in enumerate(zip(expected, out, strict=False)) if a != b), None)
    if first is None:
        first = min(len(expected), len(out))
    start = max(0, first - width // 2)
    prefix = "…" if start else ""
    return prefix + expected[start : start + width], prefix + out[start : start + width]


def _speed(tally: Tally) -> list[str]:
    lines = [
        f"\n{'kind':28} {'n':>5} {'textclean ms':>13} {'ftfy.fix_text ms':>17} {'x ftfy.fix_text':>16}"
    ]
    for kind in sorted(tally.seconds):
        mine, theirs = tally.seconds[kind]["textclean"], tally.seconds[kind]["ftfy.fix_text"]
        ratio = theirs / mine if mine else 0.0
        lines.append(
            f"{kind:28} {tally.right[kind]['n']:>5} {mine * 1000:>13.0f} {theirs * 1000:>17.0f} {ratio:>15.1f}x"
        )
    return lines


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
    parser.add_argument("--speed", action="store_true", help="time per kind against ftfy.fix_text")
    parser.add_argument(
        "--by-language", action="store_true", help="genuine documents changed per language"
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
    tally = score(records, runners)
    print(
        f"bench/fresh7 {args.part}: {len(records)} records, {time.perf_counter() - started:.0f} s"
    )
    print("\n".join(_table(tally.right, list(runners))))
    if args.speed:
        print("\n".join(_speed(tally)))
    if args.by_language:
        print("\ngenuine documents changed by textclean, per language")
        for lang, (changed, total) in sorted(tally.changed.items()):
            print(f"  {lang:4} {changed:>4} / {total}")
    explain = sys.modules["textclean"].Cleaner().explain
    for kind in sorted(tally.misses) if args.failures else ():
        print(f"\n## {kind}: {len(tally.misses[kind])} missed")
        for record, out in tally.misses[kind][: args.failures]:
            expected, got = around_difference(record["expected"], out)
            steps = ", ".join(step.filter for step in explain(record["input"]).steps)
            print(f"- {record['id']} [{record['damage']}] changed by: {steps or 'nothing'}")
            print(f"  input:    {record['input'][:200]!r}")
            print(f"  expected: {expected!r}")
            print(f"  output:   {got!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
