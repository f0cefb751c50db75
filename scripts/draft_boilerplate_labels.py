"""
Draft line labels for the htmldate pages, for a person to review: bench/boilerplate_labels.tsv.

The draft takes trafilatura as an independent judge, since no textclean rule
was written from it: a line of the article text is ``content`` if trafilatura
kept it (the same line, or a line of four words or more inside its text),
else ``boilerplate``. Then two corrections that trafilatura's output needs:
the cells of tables trafilatura kept, and short lines sandwiched between two
content lines (subheadings, which trafilatura often drops) are content. Lines of
trafilatura's own output are content. Reviewed labels already in the file
(those not marked ``draft``) are kept as they are.

Run after scripts/fetch_htmldate_pages.py:
    .venv/bin/python scripts/draft_boilerplate_labels.py .venv/htmldate-pages
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from textclean._filters.boilerplate import normalize_line

LABELS = Path(__file__).resolve().parent.parent / "bench" / "boilerplate_labels.tsv"
HEADER = "page\tsource\tline\tlabel\tcategory"
_SANDWICH_WORDS = 12


def line_hash(line: str) -> str:
    """The label key of a line: the first 12 hex digits of the SHA-1 of the stripped line."""
    return hashlib.sha1(line.strip().encode(), usedforsecurity=False).hexdigest()[:12]


def draft(article: list[str], kept: list[str]) -> list[tuple[str, str]]:
    """(label, category) for each article line, judged by trafilatura's kept lines."""
    kept_lines = {normalize_line(line) for line in kept}
    # Table cells: trafilatura writes a table as rows "| cell | cell |".
    kept_lines |= {
        normalize_line(cell) for line in kept if line.startswith("|") for cell in line.split("|")
    }
    kept_text = " ".join(normalize_line(line) for line in kept)
    labels = []
    for line in article:
        folded = normalize_line(line)
        inside = len(folded.split()) >= 4 and folded in kept_text
        labels.append(
            ("content", "body") if folded in kept_lines or inside else ("boilerplate", "page")
        )
    for i in range(1, len(article) - 1):
        if (
            labels[i][0] == "boilerplate"
            and len(article[i].split()) <= _SANDWICH_WORDS
            and labels[i - 1][0] == labels[i + 1][0] == "content"
        ):
            labels[i] = ("content", "heading")
    return labels


def main() -> None:
    folder = Path(sys.argv[1])
    reviewed: dict[tuple[str, str, str], tuple[str, str]] = {}
    if LABELS.exists():
        for row in LABELS.read_text("utf-8").splitlines()[1:]:
            page, source, key, label, category = row.split("\t")
            if not category.startswith("draft"):
                reviewed[page, source, key] = (label, category)
    rows = [HEADER]
    for path in sorted(folder.glob("*.article.txt")):
        page = path.name.removesuffix(".article.txt")
        article = [line for line in path.read_text("utf-8").split("\n") if line.strip()]
        kept_path = folder / f"{page}.trafilatura.txt"
        kept = [line for line in kept_path.read_text("utf-8").split("\n") if line.strip()]
        seen: set[tuple[str, str]] = set()
        for source, lines, labels in (
            ("article", article, draft(article, kept)),
            ("trafilatura", kept, [("content", "body")] * len(kept)),
        ):
            for line, (drafted, kind) in zip(lines, labels, strict=True):
                key = line_hash(line)
                if (source, key) in seen:
                    continue
                seen.add((source, key))
                label, category = reviewed.get((page, source, key), (drafted, f"draft-{kind}"))
                rows.append(f"{page}\t{source}\t{key}\t{label}\t{category}")
    LABELS.write_text("\n".join(rows) + "\n", "utf-8")
    print(f"{len(rows) - 1} labels -> {LABELS}")


if __name__ == "__main__":
    main()
