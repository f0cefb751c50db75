"""
Score remove_boilerplate on bench/realpages2: real pages, every line labelled.

Each page's text is extracted again from the pinned sdists (source.py),
cleaned with each configuration, and the cleaned lines are aligned with the
extracted ones by bench/realpages/score.py's ``kept_lines`` (so that a line
another filter repaired counts as kept). Every extracted line has a label in
labels.tsv (by page and line hash): ``main``, ``boilerplate:<kind>`` or
``either:<kind>``.

Figures, per part and configuration (the default and web profiles):

- boilerplate removed: boilerplate lines removed / boilerplate lines (recall);
- main kept: main-text lines kept / main-text lines (a precision proxy);
- either removed: captions, dates and bylines removed (reported, not an error);
- pages clean: pages whose every boilerplate line is removed / pages with one;
- per kind: boilerplate lines removed of each kind.

Pages go to the tune or report part by a hash of the page id
(source.part_of). Tune on the tune part only: --misses lists what went wrong
there and refuses the report part.

Run: .venv/bin/python bench/realpages2/score.py [--part tune|report|all] [--misses N]
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))
from source import LABELS, line_hash, page_lines, part_of, raw_pages

import textclean
from textclean.config import PROFILES

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from types import ModuleType

CONFIGS = ("default", "web")


def _realpages_score() -> ModuleType:
    """bench/realpages/score.py, for its line alignment (under a name that does not shadow this file)."""
    path = Path(__file__).resolve().parent.parent / "realpages" / "score.py"
    spec = importlib.util.spec_from_file_location("realpages_score", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["realpages_score"] = module
    spec.loader.exec_module(module)
    return module


kept_lines: Callable[[Sequence[str], Sequence[str]], list[bool]] = _realpages_score().kept_lines


def load_labels(path: Path = LABELS) -> dict[str, dict[str, str]]:
    """page -> line hash -> label, from labels.tsv."""
    labels: dict[str, dict[str, str]] = {}
    for row in path.read_text("utf-8").splitlines()[1:]:
        page, digest, label = row.split("\t")
        labels.setdefault(page, {})[digest] = label
    return labels


@dataclasses.dataclass
class Tally:
    """Line counts for one configuration over a set of pages."""

    lines: Counter[str] = dataclasses.field(default_factory=Counter)  # label -> lines
    removed: Counter[str] = dataclasses.field(default_factory=Counter)  # label -> lines removed
    pages: int = 0
    pages_with_boilerplate: int = 0
    pages_clean: int = 0
    unlabelled: int = 0

    def add(self, labels: Sequence[str | None], kept: Sequence[bool]) -> None:
        """Count one page: each extracted line's label (None: unlabelled) and whether it was kept."""
        self.pages += 1
        boilerplate = []
        for label, was_kept in zip(labels, kept, strict=True):
            if label is None:
                self.unlabelled += 1
                continue
            self.lines[label] += 1
            self.removed[label] += not was_kept
            if label.startswith("boilerplate:"):
                boilerplate.append(not was_kept)
        if boilerplate:
            self.pages_with_boilerplate += 1
            self.pages_clean += all(boilerplate)

    def share(self, prefix: str) -> tuple[int, int]:
        """(removed, lines) over the labels starting with prefix."""
        keys = [k for k in self.lines if k.startswith(prefix)]
        return sum(self.removed[k] for k in keys), sum(self.lines[k] for k in keys)


def score_page(
    lines: Sequence[str], labels: dict[str, str], clean: Callable[[str], str]
) -> tuple[list[str | None], list[bool]]:
    """Each extracted line's label, and whether the cleaned text kept it."""
    kept = kept_lines(lines, clean("\n".join(lines)).split("\n"))
    return [labels.get(line_hash(line)) for line in lines], kept


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}% ({part}/{whole})" if whole else "-"


def report(tallies: dict[str, Tally]) -> str:
    """Markdown tables: overall, then per kind."""
    out = [
        "| configuration | boilerplate removed | main kept | either removed | pages clean |",
        "|---|---|---|---|---|",
    ]
    for name, t in tallies.items():
        main_kept = t.lines["main"] - t.removed["main"]
        out.append(
            f"| {name} | {_percent(*t.share('boilerplate:'))} | {_percent(main_kept, t.lines['main'])} "
            f"| {_percent(*t.share('either:'))} | {_percent(t.pages_clean, t.pages_with_boilerplate)} |"
        )
    first = next(iter(tallies.values()))
    kinds = sorted(k for k in first.lines if k != "main")
    out += [
        "",
        "| kind | lines | " + " | ".join(tallies) + " |",
        "|---|---" + "|---" * len(tallies) + "|",
    ]
    out += [
        f"| {kind} | {first.lines[kind]} | "
        + " | ".join(_percent(t.removed[kind], t.lines[kind]) for t in tallies.values())
        + " |"
        for kind in kinds
    ]
    if first.unlabelled:
        out += ["", f"Unlabelled lines (the extraction changed?): {first.unlabelled}."]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--part", choices=["tune", "report", "all"], default="tune")
    parser.add_argument(
        "--misses", type=int, default=0, help="list N missed and N lost lines (tune part only)"
    )
    args = parser.parse_args(argv)
    if args.misses and args.part != "tune":
        parser.error(
            "--misses lists failures of the tune part only: the report part is for reporting"
        )
    labels = load_labels()
    pages = [p for p in raw_pages() if p.page in labels and args.part in ("all", part_of(p.page))]
    cleaners = {name: textclean.Cleaner(PROFILES[name]).clean for name in CONFIGS}
    tallies = {name: Tally() for name in cleaners}
    missed: list[str] = []
    lost: list[str] = []
    for page in pages:
        lines = page_lines(page.html)
        for name, clean in cleaners.items():
            line_labels, kept = score_page(lines, labels[page.page], clean)
            tallies[name].add(line_labels, kept)
            if args.misses and name == CONFIGS[0]:
                for line, label, was_kept in zip(lines, line_labels, kept, strict=True):
                    if label and label.startswith("boilerplate:") and was_kept:
                        missed.append(f"{page.page}\t{label}\t{line[:120]}")
                    elif label == "main" and not was_kept:
                        lost.append(f"{page.page}\t{line[:120]}")
    print(
        f"{len(pages)} pages ({args.part} part), {sum(t for t in tallies[CONFIGS[0]].lines.values())} labelled lines\n"
    )
    print(report(tallies))
    if args.misses:
        print(f"\nBoilerplate kept ({CONFIGS[0]}):", *missed[: args.misses], sep="\n")
        print("\nMain text removed:", *lost[: args.misses], sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
