"""Score a textclean checkout on the blind look-alike and code-page set.

    python bench/blind13l/score.py CHECKOUT [--misses PATH]

Runs each case through its area's filter alone (look: fix_homoglyphs, codepage:
fix_legacy_codepage) and through the default profile, with textclean imported from
CHECKOUT. Prints, per area and kind, damaged cases repaired exactly and genuine cases
changed, and writes every miss (damaged not repaired, genuine changed) as JSON lines.

Comparison: both sides NFC, runs of whitespace (str.split's, so also NBSP and U+3000)
collapsed to one space, ends stripped. So only letters, digits and punctuation count;
the "raw" column gives the exact count without this normalisation.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILTER = {"look": "fix_homoglyphs", "codepage": "fix_legacy_codepage"}


def normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def reexec_with(checkout: Path) -> None:
    """Run again with CHECKOUT first on the path, so its textclean is the one imported."""
    if os.environ.get("BLIND13L_CHECKOUT") == str(checkout):
        return
    env = dict(os.environ, PYTHONPATH=str(checkout), BLIND13L_CHECKOUT=str(checkout))
    sys.exit(subprocess.call([sys.executable, *sys.argv], env=env))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkout", type=Path)
    parser.add_argument("--cases", type=Path, default=HERE / "cases.jsonl")
    parser.add_argument("--misses", type=Path, default=None)
    args = parser.parse_args()
    checkout = args.checkout.resolve()
    reexec_with(checkout)

    import textclean

    if not Path(textclean.__file__).resolve().is_relative_to(checkout):
        sys.exit(f"textclean imported from {textclean.__file__}, not {checkout}")
    cases = [json.loads(line) for line in args.cases.open(encoding="utf-8")]
    names = list(textclean.filters())
    cleaners = {"default": textclean.Cleaner()}
    for area, name in FILTER.items():
        cleaners[area] = textclean.Cleaner(**{f: f == name for f in names})

    # per (area, profile, kind): cases, repaired or kept, the same without normalising
    tally: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    misses = []
    for case in cases:
        for profile in ("alone", "default"):
            cleaner = cleaners[case["area"] if profile == "alone" else "default"]
            out = cleaner.clean(case["input"])
            ok = normalise(out) == normalise(case["expected"])
            row = tally[(case["area"], profile, case["kind"])]
            row[0] += 1
            row[1] += ok
            row[2] += out == case["expected"]
            if not ok:
                misses.append({**case, "profile": profile, "output": out})
    report(tally)
    path = args.misses or Path(tempfile.gettempdir()) / f"blind13l_misses_{checkout.name}.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for miss in misses:
            f.write(json.dumps(miss, ensure_ascii=False) + "\n")
    print(f"\n{len(misses)} misses -> {path}")


def report(tally: dict[tuple[str, str, str], list[int]]) -> None:
    for area, name in FILTER.items():
        for profile in ("alone", "default"):
            label = name if profile == "alone" else "default profile"
            print(f"\n== {area}: {label}")
            totals = {"damaged": [0, 0, 0], "genuine": [0, 0, 0]}
            for (a, p, kind), (n, ok, raw) in sorted(tally.items()):
                if (a, p) != (area, profile):
                    continue
                group = kind.split(":")[0]
                for i, v in enumerate((n, ok, raw)):
                    totals[group][i] += v
                print("  " + line(kind, n, ok, raw))
            for group, (n, ok, raw) in totals.items():
                print("  " + line(f"ALL {group}", n, ok, raw))


def line(kind: str, n: int, ok: int, raw: int) -> str:
    if kind.startswith(("damaged", "ALL damaged")):
        return f"{kind:42} repaired {ok:4}/{n:<4} {100 * ok / max(n, 1):5.1f}%  (raw {raw})"
    return f"{kind:42} changed  {n - ok:4}/{n:<4}          (raw {n - raw})"


if __name__ == "__main__":
    main()
