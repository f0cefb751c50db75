"""
Score a checkout's boilerplate removal on the blind set (bench/blind13/docs.jsonl).

``python bench/blind13/score.py CHECKOUT [--profile default|web] [--misses FILE]``
runs CHECKOUT's textclean (``PYTHONPATH=CHECKOUT``, in a child process, so
the caller's textclean does not matter) on every document with
``textclean.Cleaner(profile).clean(text)``, then matches the output's lines
to the labelled lines by exact text, duplicates counted. An output line that
matches no labelled line exactly but is a near copy (difflib ratio >= 0.85)
of a labelled line still unmatched counts as that line kept and changed
(another filter touched it); the figures say how many. Prints boilerplate
lines removed (overall, per kind, per language), main lines kept, documents
fully clean, negatives untouched; writes every missed line to the misses
file (TSV: document, language, label, what happened, text).
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs.jsonl"
NEAR = 0.85


def load(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def text_of(doc: dict[str, object]) -> str:
    return "\n".join(text for _, text in doc["lines"])  # type: ignore[attr-defined]


def clean_all(checkout: Path, profile: str, docs_path: Path) -> list[str]:
    """The checkout's output for every document, from a child process that imports only that checkout."""
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    child = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker", str(docs_path), "--profile", profile,
         "--expect", str(checkout.resolve())],
        env=env, capture_output=True, text=True, check=True, encoding="utf-8",
    )  # fmt: skip
    outputs: list[str] = json.loads(child.stdout)
    return outputs


def worker(docs_path: Path, profile: str, expect: str) -> None:
    import textclean

    where = Path(textclean.__file__).resolve()
    if not str(where).startswith(expect):
        msg = f"textclean came from {where}, not from {expect}"
        raise SystemExit(msg)
    cleaner = textclean.Cleaner(profile)
    json.dump(
        [cleaner.clean(text_of(doc)) for doc in load(docs_path)], sys.stdout, ensure_ascii=False
    )


@dataclass
class Outcome:
    """What became of one document's labelled lines."""

    kept: list[bool] = field(default_factory=list)  # per labelled line, in order
    changed: int = 0  # lines kept but altered by another filter


def match(labelled: list[str], output: str) -> Outcome:
    """Which labelled lines survive in ``output``: exact text first (duplicates counted), then near copies."""
    left = Counter(line for line in output.split("\n") if line.strip())
    outcome = Outcome()
    for text in labelled:
        found = left[text] > 0
        if found:
            left[text] -= 1
        outcome.kept.append(found)
    unmatched = [line for line, count in left.items() for _ in range(count)]
    for index, text in enumerate(labelled):
        if outcome.kept[index] or not unmatched:
            continue
        best = max(unmatched, key=lambda line: difflib.SequenceMatcher(None, text, line).ratio())
        if difflib.SequenceMatcher(None, text, best).ratio() >= NEAR:
            outcome.kept[index] = True
            outcome.changed += 1
            unmatched.remove(best)
    return outcome


def share(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}% ({part}/{whole})" if whole else "   n/a"


def report(docs: list[dict[str, object]], outputs: list[str], misses_path: Path) -> None:
    removed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    main_kept = main_total = changed = 0
    clean_docs = bp_docs = negatives_untouched = negatives = all_bp_gone = 0
    misses: list[str] = []
    for doc, output in zip(docs, outputs, strict=True):
        lines: list[list[str]] = doc["lines"]  # type: ignore[assignment]
        outcome = match([text for _, text in lines], output)
        changed += outcome.changed
        lang = str(doc["lang"])
        doc_main_ok = doc_bp_ok = True
        prose = set(doc.get("prose_boilerplate", []))  # type: ignore[call-overload]
        for at, ((label, text), kept) in enumerate(zip(lines, outcome.kept, strict=True)):
            if label == "main":
                main_total += 1
                main_kept += kept
                if not kept:
                    doc_main_ok = False
                    misses.append(f"{doc['id']}\t{lang}\tmain\tremoved\t{text}")
                continue
            kind = label.split(":", 1)[1]
            keys = ["all", f"kind:{kind}", f"lang:{lang}"]
            if at in prose:
                keys.append("kind:related, standfirst sentences only")
            for key in keys:
                total[key] += 1
                removed[key] += not kept
            if kept:
                doc_bp_ok = False
                misses.append(f"{doc['id']}\t{lang}\t{label}\tkept\t{text}")
        if doc["negative"]:
            negatives += 1
            negatives_untouched += doc_main_ok
        else:
            bp_docs += 1
            all_bp_gone += doc_bp_ok
            clean_docs += doc_bp_ok and doc_main_ok
    print(f"boilerplate lines removed: {share(removed['all'], total['all'])}")
    print(
        f"main lines kept:           {share(main_kept, main_total)}  ({changed} kept lines altered by other filters)"
    )
    print(
        f"documents fully clean:     {share(clean_docs, bp_docs)}  (all boilerplate gone and all main kept)"
    )
    print(f"documents, boilerplate all gone: {share(all_bp_gone, bp_docs)}")
    print(f"negatives untouched:       {share(negatives_untouched, negatives)}")
    for prefix, title in (("kind:", "per kind"), ("lang:", "per language")):
        print(f"\nboilerplate lines removed, {title}:")
        for key in sorted(k for k in total if k.startswith(prefix)):
            print(f"  {key[len(prefix) :]:10s} {share(removed[key], total[key])}")
    misses_path.write_text(
        "document\tlang\tlabel\twhat\ttext\n" + "".join(m + "\n" for m in misses), "utf-8"
    )
    print(f"\n{len(misses)} missed lines -> {misses_path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("checkout", type=Path, nargs="?", default=HERE.parents[1])
    parser.add_argument("--profile", default="default", choices=("default", "web"))
    parser.add_argument("--docs", type=Path, default=DOCS)
    parser.add_argument(
        "--misses",
        type=Path,
        help="where the missed lines go (default: bench/blind13/misses-PROFILE.tsv, not committed)",
    )
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--expect", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.profile, args.expect)
        return
    docs = load(args.docs)
    outputs = clean_all(args.checkout, args.profile, args.docs)
    print(f"checkout {args.checkout.resolve()}, profile {args.profile}, {len(docs)} documents")
    report(docs, outputs, args.misses or HERE / f"misses-{args.profile}.tsv")


if __name__ == "__main__":
    main()
