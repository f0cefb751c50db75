"""
Score remove_boilerplate on bench/fresh18's pages, written after mirrors.py was frozen.

pages.txt: 32 pages written after its first freeze (three of them, key facts,
a score and headlines repeated around the body, showed a fault that was then
fixed, so they are tuned on now); pages2.txt: 12 pages written after the fix.

Each page is a block ``=== id language`` of lines ``LABEL<TAB>text`` (M main,
B boilerplate, E either: a title, byline, date or caption). The page's lines
are cleaned by the default and web profiles, aligned with the cleaned text
by bench/realpages/score.py's ``kept_lines``, and counted: boilerplate lines
removed, main lines kept, either lines removed, pages whose boilerplate is
all gone. ``--pages`` lists each page's lines that went wrong.

Run: .venv/bin/python bench/fresh18/score.py [--file bench/fresh18/pages2.txt] [--pages]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter
from pathlib import Path

import textclean
from textclean.config import PROFILES

HERE = Path(__file__).resolve().parent
PAGES = HERE / "pages.txt"


def load(path: Path = PAGES) -> list[tuple[str, list[tuple[str, str]]]]:
    """(page id and language, [(label, line)]) for each page of the file."""
    pages: list[tuple[str, list[tuple[str, str]]]] = []
    for row in path.read_text("utf-8").splitlines():
        if row.startswith("#") or not row.strip():
            continue
        if row.startswith("=== "):
            pages.append((row[4:], []))
            continue
        label, text = row.split("\t", 1)
        pages[-1][1].append((label, text))
    return pages


def _kept_lines():  # noqa: ANN202
    spec = importlib.util.spec_from_file_location(
        "realpages_score", HERE.parent / "realpages" / "score.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(HERE.parent / "realpages"))
    sys.modules["realpages_score"] = module
    spec.loader.exec_module(module)
    return module.kept_lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--pages", action="store_true", help="list the lines that went wrong")
    parser.add_argument("--file", type=Path, default=PAGES, help="pages.txt or pages2.txt")
    args = parser.parse_args(argv)
    kept_lines = _kept_lines()
    pages = load(args.file)
    print(f"{len(pages)} pages; textclean from {Path(textclean.__file__).parent}\n")
    print("| profile | boilerplate removed | main kept | either removed | pages clean |")
    print("|---|---|---|---|---|")
    wrong: list[str] = []
    for name in ("default", "web"):
        clean = textclean.Cleaner(PROFILES[name]).clean
        lines: Counter[str] = Counter()
        gone: Counter[str] = Counter()
        clean_pages = with_boilerplate = 0
        for page, labelled in pages:
            texts = [text for _, text in labelled]
            kept = kept_lines(texts, clean("\n".join(texts)).split("\n"))
            missed = 0
            for (label, text), was_kept in zip(labelled, kept, strict=True):
                lines[label] += 1
                gone[label] += not was_kept
                missed += label == "B" and was_kept
                if (label == "B") == was_kept:
                    wrong.append(
                        f"{name}\t{page}\t{label}\t{'kept' if was_kept else 'removed'}\t{text[:80]}"
                    )
            if any(label == "B" for label, _ in labelled):
                with_boilerplate += 1
                clean_pages += missed == 0
        print(
            f"| {name} | {gone['B']}/{lines['B']} | {lines['M'] - gone['M']}/{lines['M']} "
            f"| {gone['E']}/{lines['E']} | {clean_pages}/{with_boilerplate} |"
        )
    if args.pages:
        print("", *wrong, sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
