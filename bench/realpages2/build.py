"""
Draft the line labels of bench/realpages2 for labelling by hand.

Writes, into the cache (bench/data/realpages2/draft.tsv, never committed:
it holds the pages' text), one row per distinct line of each page: page,
line hash, label, line. A line found in the expected main text the package
ships beside the page is drafted ``main``, every other line ``?``, unless labels.tsv already labels it. The
draft is then read page by page and each label set by hand; ``--write``
turns the corrected draft into labels.tsv (page, line hash, label: no text),
leaving out the pages that still have a ``?``.

Labels: ``main`` (the article: title, paragraphs, subheadings, lists in the
body), ``boilerplate:<kind>`` with kind one of KINDS, or ``either:<kind>``
(caption, date, byline: lines a cleaner may keep or drop, reported apart).

Run: .venv/bin/python bench/realpages2/build.py [--write]
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from source import CACHE, LABELS, line_hash, page_lines, raw_pages

KINDS = (
    "related",
    "navigation",
    "comments",
    "prompts",
    "footer",
    "widget",
    "ads",
    "author",
    "credits",
    "other",
)
EITHER = ("caption", "date", "byline")
DRAFT = CACHE / "draft.tsv"
UNLABELLED = "?"
_MIN_KEY = 12  # letters: a shorter line may sit in the expected text by chance


def _key(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())


def valid(label: str) -> bool:
    """Whether a label is one of the allowed ones."""
    side, _, kind = label.partition(":")
    return (
        label == "main"
        or (side == "boilerplate" and kind in KINDS)
        or (side == "either" and kind in EITHER)
    )


def read_labels(path: Path = LABELS) -> dict[tuple[str, str], str]:
    """(page, line hash) -> label, from labels.tsv."""
    if not path.exists():
        return {}
    rows = [line.split("\t") for line in path.read_text("utf-8").splitlines()[1:]]
    return {(page, digest): label for page, digest, label in rows}


def draft() -> None:
    known = read_labels()
    rows = ["page\tline\tlabel\ttext"]
    for raw in raw_pages():
        expected = _key(raw.expected or "")
        seen = set()
        for line in page_lines(raw.html):
            digest = line_hash(line)
            if digest in seen:
                continue
            seen.add(digest)
            label = known.get((raw.page, digest))
            if label is None:
                key = _key(line)
                in_expected = expected and len(key) >= _MIN_KEY and key in expected
                label = "main" if in_expected else UNLABELLED
            rows.append(f"{raw.page}\t{digest}\t{label}\t{line}")
    DRAFT.write_text("\n".join(rows) + "\n", "utf-8")
    print(f"{len(rows) - 1} lines drafted -> {DRAFT}")


def write() -> None:
    rows = [line.split("\t") for line in DRAFT.read_text("utf-8").splitlines()[1:]]
    pending = {row[0] for row in rows if row[2] == UNLABELLED}
    rows = [row for row in rows if row[0] not in pending]
    bad = [row for row in rows if not valid(row[2])]
    if bad:
        sys.exit(f"invalid labels: {bad[:5]}")
    out = ["page\tline\tlabel", *(f"{page}\t{digest}\t{label}" for page, digest, label, _ in rows)]
    LABELS.write_text("\n".join(out) + "\n", "utf-8")
    print(f"{len(rows)} labels -> {LABELS}; {len(pending)} pages still to label")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--write", action="store_true", help="draft.tsv -> labels.tsv")
    args = parser.parse_args(argv)
    write() if args.write else draft()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
