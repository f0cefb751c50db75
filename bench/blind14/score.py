"""
Score a checkout's boilerplate removal on blind14 (bench/blind14/docs.jsonl). Report-only.

``python bench/blind14/score.py CHECKOUT [--profile default|web] [--misses FILE]``

Cleans every document with CHECKOUT's ``textclean.Cleaner(profile).clean`` in a child
process (``PYTHONPATH=CHECKOUT``; it checks where ``textclean`` came from), then matches
the output's lines to the labelled lines by exact text, duplicates counted. An output
line that matches no labelled line but is a near copy (difflib ratio >= 0.85) of a
labelled line still unmatched counts as that line kept and altered by another filter
(the count is printed). Prints boilerplate lines removed (overall, per kind, and the
teaser standfirst sentences alone), main lines kept (overall and, in the negatives, per
look-alike piece, and the subheads between paragraphs of
boilerplate documents), documents fully clean (every boilerplate line gone and every main
line kept), negatives untouched, and per language all three. Every missed line goes to
the misses file (TSV), by default ``$TMPDIR/blind14_misses_<checkout>_<profile>.tsv``.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs.jsonl"
NEAR = 0.85


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def text_of(doc: dict) -> str:
    return "\n".join(text for _, text in doc["lines"])


def clean_all(checkout: Path, profile: str, docs_path: Path) -> list[str]:
    """The checkout's output for every document, from a child process that imports only that checkout."""
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", str(docs_path),
               "--profile", profile, "--expect", str(checkout.resolve())]  # fmt: skip
    child = subprocess.run(
        command, env=env, capture_output=True, text=True, check=False, encoding="utf-8"
    )
    if child.returncode:
        sys.exit(child.stderr)
    outputs: list[str] = json.loads(child.stdout)
    return outputs


def worker(docs_path: Path, profile: str, expect: str) -> None:
    import textclean

    where = Path(textclean.__file__).resolve()
    if not where.is_relative_to(expect):
        sys.exit(f"textclean came from {where}, not from {expect}")
    cleaner = textclean.Cleaner(profile)
    outputs = [cleaner.clean(text_of(doc)) for doc in load(docs_path)]
    json.dump(outputs, sys.stdout, ensure_ascii=False)


def match(labelled: list[str], output: str) -> tuple[list[bool], int]:
    """Which labelled lines survive in ``output`` (exact text first, duplicates counted, then near copies), and how many were near copies."""
    left = Counter(line for line in output.split("\n") if line.strip())
    kept = []
    for text in labelled:
        found = left[text] > 0
        left[text] -= found
        kept.append(found)
    unmatched = [line for line, count in left.items() for _ in range(count)]
    altered = 0
    for index, text in enumerate(labelled):
        if kept[index] or not unmatched:
            continue
        ratio, best = max(
            (difflib.SequenceMatcher(None, text, line).ratio(), line) for line in unmatched
        )
        if ratio >= NEAR:
            kept[index] = True
            altered += 1
            unmatched.remove(best)
    return kept, altered


def share(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}% ({part}/{whole})" if whole else "   n/a"


class Tally:
    def __init__(self) -> None:
        self.count: Counter[str] = Counter()

    def add(self, key: str, ok: bool) -> None:
        self.count[key + "/n"] += 1
        self.count[key + "/ok"] += ok

    def show(self, key: str) -> str:
        return share(self.count[key + "/ok"], self.count[key + "/n"])

    def keys(self, prefix: str) -> list[str]:
        return sorted(
            {k[: -len("/n")] for k in self.count if k.startswith(prefix) and k.endswith("/n")}
        )


def report(docs: list[dict], outputs: list[str], misses_path: Path) -> None:
    t = Tally()
    altered_total = 0
    misses = []
    for doc, output in zip(docs, outputs, strict=True):
        lines = doc["lines"]
        kept, altered = match([text for _, text in lines], output)
        altered_total += altered
        lang = doc["lang"]
        main_ok = bp_ok = True
        standfirsts = set(doc["prose_boilerplate"])
        for at, ((label, text), survived) in enumerate(zip(lines, kept, strict=True)):
            if label == "main":
                t.add("main", survived)
                t.add(f"main-lang:{lang}", survived)
                piece = doc["piece_at"].get(str(at))
                if piece or doc["negative"]:
                    where = "negatives" if doc["negative"] else "boilerplate documents"
                    t.add(f"piece:{piece or 'article prose'} ({where})", survived)
                main_ok &= survived
                if not survived:
                    misses.append(f"{doc['id']}\t{lang}\tmain\tremoved\t{text}")
                continue
            kind = label.split(":", 1)[1]
            for key in ("bp", f"kind:{kind}", f"bp-lang:{lang}"):
                t.add(key, not survived)
            if at in standfirsts:
                t.add("kind:teaser, standfirst sentences only", not survived)
            bp_ok &= not survived
            if survived:
                misses.append(f"{doc['id']}\t{lang}\t{label}\tkept\t{text}")
        if doc["negative"]:
            t.add("negatives", main_ok)
            t.add(f"neg-lang:{lang}", main_ok)
        else:
            t.add("clean", bp_ok and main_ok)
            t.add("bp gone", bp_ok)
            t.add(f"clean-lang:{lang}", bp_ok and main_ok)
    print(f"boilerplate lines removed:       {t.show('bp')}")
    print(
        f"main lines kept:                 {t.show('main')}  ({altered_total} kept lines altered by other filters)"
    )
    print(
        f"documents fully clean:           {t.show('clean')}  (all boilerplate gone, all main kept)"
    )
    print(f"documents, boilerplate all gone: {t.show('bp gone')}")
    print(f"negatives untouched:             {t.show('negatives')}")
    print("\nboilerplate lines removed, per kind:")
    for key in t.keys("kind:"):
        print(f"  {key[5:]:40s} {t.show(key)}")
    print("\nmain lines kept, per look-alike piece:")
    for key in t.keys("piece:"):
        print(f"  {key[6:]:40s} {t.show(key)}")
    print(
        "\nper language: boilerplate removed | main kept | documents fully clean | negatives untouched"
    )
    for key in t.keys("bp-lang:"):
        lang = key[8:]
        print(
            f"  {lang:3s} {t.show(key):20s} | {t.show('main-lang:' + lang):20s} | "
            f"{t.show('clean-lang:' + lang):16s} | {t.show('neg-lang:' + lang)}"
        )
    misses_path.write_text(
        "document\tlang\tlabel\twhat\ttext\n" + "".join(m + "\n" for m in misses), "utf-8"
    )
    print(f"\n{len(misses)} missed lines -> {misses_path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").strip().splitlines()[0])
    parser.add_argument("checkout", type=Path, nargs="?", default=HERE.parents[1])
    parser.add_argument("--profile", default="default")
    parser.add_argument("--docs", type=Path, default=DOCS)
    parser.add_argument("--misses", type=Path)
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--expect", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.profile, args.expect)
        return
    checkout = args.checkout.resolve()
    docs = load(args.docs)
    outputs = clean_all(checkout, args.profile, args.docs)
    print(f"checkout {checkout}, profile {args.profile}, {len(docs)} documents")
    default_misses = (
        Path(tempfile.gettempdir()) / f"blind14_misses_{checkout.name}_{args.profile}.tsv"
    )
    report(docs, outputs, args.misses or default_misses)


if __name__ == "__main__":
    main()
