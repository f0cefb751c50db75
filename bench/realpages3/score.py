"""
Score remove_boilerplate on bench/realpages3: real pages with human ground truth, every line labelled.

Each page's two views (realpages3_source.py: trafilatura's extraction and html-text's
text of the main container) are extracted again from the pinned snapshots,
cleaned with each configuration, and the cleaned lines are aligned with the
extracted ones by bench/realpages/score.py's ``kept_lines`` (through
bench/realpages2/score.py, whose label format and tally this set shares) (a line another
filter repaired counts as kept). Every extracted line has a label in
labels.tsv (by page and line hash): ``main``, ``boilerplate:<kind>`` or
``either:<kind>``.

Figures, per view and configuration:

- boilerplate removed: boilerplate lines removed / boilerplate lines (recall);
- main kept: main-text lines kept / main-text lines (a precision proxy);
- either removed: headlines, captions, datelines, bylines and partly matching
  lines removed (reported, not an error);
- pages clean: pages whose every boilerplate line is removed / pages with one;
- long lines removed: lines of 25 words or more removed, and how many of them
  are main text;
- per kind: boilerplate lines removed of each kind.

Pages go to the tune or report part by their site (realpages3_source.part_of: about 40%
of sites tune, seeded), so that no site is in both. Tune on the tune part
only: --misses lists what went wrong there and refuses the report part.

Run: .venv/bin/python bench/realpages3/score.py [--part tune|report] [--config default|web] [--misses N]
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import sys
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))
from realpages3_source import LABELS, VIEWS, Page, pages, part_of, view_lines

import textclean
from textclean.config import PROFILES

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from types import ModuleType

CONFIGS = ("default", "web")
TRAFILATURA = "2.3.1"  # the version the trafilatura view was labelled with
LONG = 25  # words: a line this long is prose, whatever its label


def _realpages2_score() -> ModuleType:
    """bench/realpages2/score.py: its labels' format, page tally and line alignment are this set's."""
    folder = Path(__file__).resolve().parent.parent / "realpages2"
    spec = importlib.util.spec_from_file_location("realpages2_score", folder / "score.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["realpages2_score"] = module
    sys.path.insert(0, str(folder))
    spec.loader.exec_module(module)
    return module


_SECOND = _realpages2_score()
score_page: Callable[..., tuple[list[str | None], list[bool]]] = _SECOND.score_page
_percent: Callable[[int, int], str] = _SECOND._percent  # noqa: SLF001


def load_labels(path: Path = LABELS) -> dict[str, dict[str, str]]:
    """page -> line hash -> label, from this set's labels.tsv (realpages2's format)."""
    labels: dict[str, dict[str, str]] = _SECOND.load_labels(path)
    return labels


@dataclasses.dataclass
class Tally(_SECOND.Tally):  # type: ignore[name-defined,misc]
    """realpages2's line counts, plus the lines of LONG words or more removed."""

    long_lines: int = 0
    long_removed: int = 0
    long_main_removed: int = 0

    def add_lines(
        self, lines: Sequence[str], labels: Sequence[str | None], kept: Sequence[bool]
    ) -> None:
        """Count one page view: each line, its label (None: unlabelled) and whether it was kept."""
        self.add(labels, kept)
        for line, label, was_kept in zip(lines, labels, kept, strict=True):
            if len(line.split()) >= LONG:
                self.long_lines += 1
                self.long_removed += not was_kept
                self.long_main_removed += label == "main" and not was_kept


def report(tallies: dict[str, Tally]) -> str:
    """Markdown tables: overall per view and configuration, then per kind."""
    out = [
        "| view, configuration | boilerplate removed | main kept | either removed | pages clean "
        f"| lines of {LONG}+ words removed (of them main) |",
        "|---|---|---|---|---|---|",
    ]
    for name, t in tallies.items():
        main_kept = t.lines["main"] - t.removed["main"]
        out.append(
            f"| {name} | {_percent(*t.share('boilerplate:'))} | {_percent(main_kept, t.lines['main'])} "
            f"| {_percent(*t.share('either:'))} | {_percent(t.pages_clean, t.pages_with_boilerplate)} "
            f"| {_percent(t.long_removed, t.long_lines)} ({t.long_main_removed}) |"
        )
    kinds = sorted({k for t in tallies.values() for k in t.lines if k != "main"})
    out += [
        "",
        "| kind | " + " | ".join(tallies) + " |",
        "|---" + "|---" * len(tallies) + "|",
    ]
    out += [
        f"| {kind} | "
        + " | ".join(_percent(t.removed[kind], t.lines[kind]) for t in tallies.values())
        + " |"
        for kind in kinds
    ]
    unlabelled = sum(t.unlabelled for t in tallies.values())
    if unlabelled:
        out += ["", f"Unlabelled lines (the extraction changed?): {unlabelled}."]
    return "\n".join(out)


def score(
    found: Sequence[Page],
    labels: dict[str, dict[str, str]],
    configs: Sequence[str],
    misses: int = 0,
) -> tuple[dict[str, Tally], list[str], list[str]]:
    """Tallies per 'view, configuration', and (when misses) the first config's missed and lost lines."""
    cleaners = {name: textclean.Cleaner(PROFILES[name]).clean for name in configs}
    tallies = {f"{view}, {name}": Tally() for view in VIEWS for name in cleaners}
    missed: list[str] = []
    lost: list[str] = []
    for page in found:
        for view in VIEWS:
            lines = view_lines(page, view)
            for name, clean in cleaners.items():
                line_labels, kept = score_page(lines, labels.get(page.page, {}), clean)
                tallies[f"{view}, {name}"].add_lines(lines, line_labels, kept)
                if misses and name == configs[0]:
                    for line, label, was_kept in zip(lines, line_labels, kept, strict=True):
                        if label and label.startswith("boilerplate:") and was_kept:
                            missed.append(f"{page.page}\t{view}\t{label}\t{line[:120]}")
                        elif label == "main" and not was_kept:
                            lost.append(f"{page.page}\t{view}\t{line[:120]}")
    return tallies, missed, lost


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--part", choices=["tune", "report"], default="tune")
    parser.add_argument(
        "--config", choices=CONFIGS, action="append", help="a profile to score (default: both)"
    )
    parser.add_argument(
        "--misses", type=int, default=0, help="list N missed and N lost lines (tune part only)"
    )
    parser.add_argument("--labels", type=Path, default=LABELS)
    args = parser.parse_args(argv)
    if args.misses and args.part != "tune":
        parser.error(
            "--misses lists failures of the tune part only: the report part is for reporting"
        )
    labels = load_labels(args.labels)
    found = [p for p in pages() if p.page in labels and part_of(p.site) == args.part]
    if not found:
        print("no page found: the sources' snapshots are missing (bench/realpages3/README.md)")
        return 1
    import trafilatura

    if trafilatura.__version__ != TRAFILATURA:
        print(
            f"note: labels were made with trafilatura {TRAFILATURA}, this is "
            f"{trafilatura.__version__}: lines it extracts differently count as unlabelled\n"
        )
    configs = tuple(args.config or CONFIGS)
    tallies, missed, lost = score(found, labels, configs, args.misses)
    sites = len({p.site for p in found})
    print(f"{len(found)} pages of {sites} sites ({args.part} part)\n")
    print(report(tallies))
    if args.misses:
        print(f"\nBoilerplate kept ({configs[0]}):", *missed[: args.misses], sep="\n")
        print("\nMain text removed:", *lost[: args.misses], sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
