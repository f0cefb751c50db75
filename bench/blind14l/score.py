"""
Score a checkout on blind14l (look-alike letters and legacy code pages). Report-only.

``python bench/blind14l/score.py CHECKOUT [--profile default] [--misses FILE]``

Runs every case, in a child process that imports textclean from CHECKOUT (checked),
through its area's filter alone (look: ``fix_homoglyphs``, codepage:
``fix_legacy_codepage``; ``Cleaner(**{f: f == name for f in textclean.filters()})``) and
through ``Cleaner(profile)``. Prints, per area and kind, damaged cases repaired and
genuine cases left unchanged, then damaged cases repaired per language. A case counts as
repaired (or unchanged) when output and expected are equal after NFC and after collapsing
runs of whitespace (``str.split``'s, so NBSP and U+3000 too) to one space, ends stripped;
``exact`` gives the count without that. Misses (with the output) go to ``--misses``,
by default ``$TMPDIR/blind14l_misses_<checkout>.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases.jsonl"
FILTER = {"look": "fix_homoglyphs", "codepage": "fix_legacy_codepage"}


def normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def run_all(checkout: Path, profile: str, cases_path: Path) -> list[dict[str, str]]:
    """Per case, the output of the area's filter alone and of the profile, from a child process."""
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", str(cases_path),
               "--profile", profile, "--expect", str(checkout)]  # fmt: skip
    child = subprocess.run(
        command, env=env, capture_output=True, text=True, check=False, encoding="utf-8"
    )
    if child.returncode:
        sys.exit(child.stderr)
    outputs: list[dict[str, str]] = json.loads(child.stdout)
    return outputs


def worker(cases_path: Path, profile: str, expect: str) -> None:
    import textclean

    where = Path(textclean.__file__).resolve()
    if not where.is_relative_to(expect):
        sys.exit(f"textclean came from {where}, not from {expect}")
    names = list(textclean.filters())
    alone = {
        area: textclean.Cleaner(**{f: f == name for f in names}) for area, name in FILTER.items()
    }
    whole = textclean.Cleaner(profile)
    outputs = [
        {"alone": alone[case["area"]].clean(case["input"]), "profile": whole.clean(case["input"])}
        for case in load(cases_path)
    ]
    json.dump(outputs, sys.stdout, ensure_ascii=False)


def row(label: str, n: int, ok: int, exact: int, *, damaged: bool) -> str:
    if damaged:
        return (
            f"  {label:36s} repaired  {ok:4}/{n:<4} {100 * ok / max(n, 1):5.1f}%  (exact {exact})"
        )
    return f"  {label:36s} unchanged {ok:4}/{n:<4} {100 * ok / max(n, 1):5.1f}%  (exact {exact})"


def report(cases: list[dict], outputs: list[dict[str, str]], profile: str) -> list[dict]:
    tally: Counter[tuple[str, ...]] = Counter()
    misses = []
    for case, out in zip(cases, outputs, strict=True):
        group, kind = case["kind"].split(":", 1)
        for run in ("alone", "profile"):
            ok = normalise(out[run]) == normalise(case["expected"])
            exact = out[run] == case["expected"]
            for key in (kind, f"ALL {group}"):
                tally[(case["area"], run, group, key, "n")] += 1
                tally[(case["area"], run, group, key, "ok")] += ok
                tally[(case["area"], run, group, key, "exact")] += exact
            if group == "damaged":
                tally[(case["area"], run, "lang", case["lang"], "n")] += 1
                tally[(case["area"], run, "lang", case["lang"], "ok")] += ok
            if not ok:
                misses.append(
                    {**case, "run": run if run == "alone" else profile, "output": out[run]}
                )
    for area, name in FILTER.items():
        for run, title in (("alone", f"{name} alone"), ("profile", f"profile {profile}")):
            print(f"\n== {area}: {title}")
            for group in ("damaged", "genuine"):
                keys = sorted(
                    {
                        k[3]
                        for k in tally
                        if k[:3] == (area, run, group) and not k[3].startswith("ALL")
                    }
                )
                for key in [*keys, f"ALL {group}"]:
                    n, ok, exact = (tally[(area, run, group, key, f)] for f in ("n", "ok", "exact"))
                    print(row(key, n, ok, exact, damaged=group == "damaged"))
            langs = sorted({k[3] for k in tally if k[:3] == (area, run, "lang")})
            shares = [
                f"{lang} {tally[(area, run, 'lang', lang, 'ok')]}/{tally[(area, run, 'lang', lang, 'n')]}"
                for lang in langs
            ]
            print("  damaged repaired by language: " + ", ".join(shares))
    return misses


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").strip().splitlines()[0])
    parser.add_argument("checkout", type=Path, nargs="?", default=HERE.parents[1])
    parser.add_argument("--profile", default="default")
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument("--misses", type=Path)
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--expect", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.profile, args.expect)
        return
    checkout = args.checkout.resolve()
    cases = load(args.cases)
    outputs = run_all(checkout, args.profile, args.cases)
    print(f"checkout {checkout}, {len(cases)} cases")
    misses = report(cases, outputs, args.profile)
    path = args.misses or Path(tempfile.gettempdir()) / f"blind14l_misses_{checkout.name}.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for miss in misses:
            f.write(json.dumps(miss, ensure_ascii=False) + "\n")
    print(f"\n{len(misses)} misses -> {path}")


if __name__ == "__main__":
    main()
