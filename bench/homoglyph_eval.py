"""
Measure fix_homoglyphs on the development sets built from real text (tests/homoglyph_sets.py).

- genuine: documents that must come back unchanged (translations in 19
  languages, bilingual glossaries, quoted foreign words, scientific Greek,
  CJK with fullwidth Latin, Faker and CLDR text);
- damaged: documents that must be repaired back to their original, per kind.

Each set is split by a hash of the document id into a ``tune`` part, the only
one rules were tuned on, and a ``held`` part, reported and never looked into
(``--show`` prints failures of the tune part only). ``--variant N`` builds
fresh variants (other seeds and templates), for a check after the rules are
frozen. ``--speed`` times each damaged kind against ftfy.fix_text, briefly.

Run: .venv/bin/python bench/homoglyph_eval.py [--variant N] [--show K] [--speed]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from homoglyph_sets import CYRILLIC_TO_LATIN, Doc, damaged, faker_texts, genuine, part, swap

from textclean._filters.homoglyphs import fix_homoglyphs

if TYPE_CHECKING:
    from collections.abc import Callable


def _score(docs: list[Doc], show: int) -> dict[str, dict[str, Counter[str]]]:
    """part -> kind -> Counter(total, ok)."""
    scores: dict[str, dict[str, Counter[str]]] = {"tune": {}, "held": {}}
    shown = 0
    for doc in docs:
        where = part(doc.id)
        ok = fix_homoglyphs(doc.damaged) == doc.original
        counter = scores[where].setdefault(doc.kind, Counter())
        counter["total"] += 1
        counter["ok"] += ok
        if not ok and where == "tune" and shown < show:
            shown += 1
            print(f"--- {doc.id}\n  in:  {doc.damaged[:300]!r}")
            print(f"  out: {fix_homoglyphs(doc.damaged)[:300]!r}\n  exp: {doc.original[:300]!r}")
    return scores


def _table(
    title: str, scores: dict[str, dict[str, Counter[str]]], verb: str, *, held: bool
) -> None:
    if not held:
        scores = {"tune": scores["tune"], "held": {}}
    print(f"\n## {title}\n| kind | tune {verb} | held {verb} |\n|---|---|---|")
    kinds = sorted(set(scores["tune"]) | set(scores["held"]))
    totals = {"tune": Counter[str](), "held": Counter[str]()}
    for kind in kinds:
        cells = []
        for where in ("tune", "held"):
            counter = scores[where].get(kind, Counter())
            totals[where].update(counter)
            cells.append(_cell(counter))
        print(f"| {kind} | {cells[0]} | {cells[1]} |")
    print(f"| **all** | {_cell(totals['tune'])} | {_cell(totals['held'])} |")


def _cell(counter: Counter[str]) -> str:
    total, ok = counter["total"], counter["ok"]
    return f"{ok}/{total} ({100 * ok / max(1, total):.2f}%)"


def _speed(docs: list[Doc]) -> None:
    import ftfy

    print("\n## Speed on the damaged kinds (a few seconds; ratio to ftfy.fix_text)")
    print("| kind | MB | fix_homoglyphs MB/s | ftfy MB/s | ratio |\n|---|---|---|---|---|")
    by_kind: dict[str, list[str]] = {}
    for doc in docs:
        by_kind.setdefault(doc.kind, []).append(doc.damaged)
    # The case: Russian prose with 20% of its letters swapped for Latin twins.
    rng = random.Random(5)
    prose = [t for t in faker_texts("ru_RU") if "\n" not in t[:80]][:60]
    by_kind["Russian prose, 20% Latin twins"] = [
        swap(t, CYRILLIC_TO_LATIN, 0.2, rng) for t in prose
    ]
    for kind, texts in sorted(by_kind.items()):
        text = "\n\n".join(texts[:60]) * 5
        size = len(text.encode()) / 1e6
        fix_homoglyphs(text)  # warm up: lexicon tables, caches
        ftfy.fix_text(text[:20000])
        ours = _best(fix_homoglyphs, text, 3)
        theirs = _best(ftfy.fix_text, text, 1)
        print(
            f"| {kind} | {size:.2f} | {size / ours:.1f} | {size / theirs:.1f} | "
            f"{theirs / ours:.1f}x |"
        )


def _best(function: Callable[[str], str], text: str, runs: int) -> float:
    """The fastest of a few runs, in seconds: the machine is shared."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function(text)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--variant", type=int, default=0)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--speed", action="store_true")
    parser.add_argument("--held", action="store_true", help="report the held part too")
    args = parser.parse_args()
    kept = _score(list(genuine(args.variant)), args.show)
    _table("Genuine documents left unchanged", kept, "unchanged", held=args.held)
    broken = list(damaged(args.variant))
    _table(
        "Damaged documents fully repaired", _score(broken, args.show), "repaired", held=args.held
    )
    if args.speed:
        _speed(broken)


if __name__ == "__main__":
    main()
