"""
Score remove_boilerplate on trafilatura's evaluation pages with the labels of labels.tsv.

Each page's text is extracted again from the trafilatura repository
(realpages_source.py), cleaned, and the cleaned lines are aligned with the
extracted ones (difflib, so that repairs by other filters do not count as
removals). For each labelled string, the lines of the extracted text that
contain it are found: a string in no line is *absent* (trafilatura's authors
labelled their own extraction; ours may not reach that part of the page) and
is not counted. A string is *removed* when every line holding it is gone.

Figures, per configuration (the default and web profiles, and each with only
remove_boilerplate enabled):

- boilerplate recall: share of boilerplate strings removed;
- with kept: share of `with` strings (main text) still present, a precision proxy;
- metadata removed: share of metadata strings (title, date, caption, byline)
  removed; reported, not an error either way;
- pages clean: pages whose every boilerplate string is removed, of the pages
  with at least one;
- lines removed: share of all extracted lines removed, and of the lines of 25
  words or more (prose, mostly: a second precision proxy, unlabelled).

Pages are split by a hash of the page id (realpages_source.part_of) into a
tune half and a report half: tune on the tune half only (--misses lists what
went wrong there), report on the report half.

Run: .venv/bin/python bench/realpages/score.py [--repo PATH] [--part tune|report|all]
"""

from __future__ import annotations

import argparse
import bisect
import dataclasses
import difflib
import json
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))
from realpages_source import DEFAULT_REPO, LABELS, PAGES, TrafilaturaRepo, part_of, string_hash

import textclean
from textclean.config import PROFILES, CleanConfig

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

ABSENT, REMOVED, PRESENT = "absent", "removed", "present"
_SIMILAR = 0.6  # a cleaned line this similar to an extracted one is that line, repaired
LONG_LINE = 25  # words: a line this long is prose (or a reader's comment), rarely furniture
_WINDOW = 50  # lines ahead where a repaired line is looked for


@dataclasses.dataclass(frozen=True)
class Page:
    """One evaluation page: its id, language, and labelled strings by category."""

    page: str
    language: str
    strings: tuple[tuple[str, str], ...]  # (string, category); category 'main' for `with`


def kept_lines(before: Sequence[str], after: Sequence[str]) -> list[bool]:
    """
    For each line of ``before``, whether it is still in ``after`` (same order, maybe repaired).

    Cleaning removes whole lines and repairs others in place, so ``after`` is
    ``before`` less some lines, some of them edited. Each cleaned line is
    matched, in order, to the next extracted line with the same letters and
    digits (``_key``), or failing that to the next similar one within
    ``_WINDOW`` lines (a line whose mojibake or look-alike letters were
    repaired). Taking the earliest match keeps every cleaned line matched when
    a page repeats lines (a block of headlines twice), where difflib's longest
    blocks would pair some with the wrong copy.
    """
    kept = [False] * len(before)
    keys = [_key(line) for line in before]
    positions: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        positions[key].append(i)
    start = 0
    for line in after:
        key = _key(line)
        same = positions.get(key, [])
        k = bisect.bisect_left(same, start)
        if k < len(same):
            match = same[k]
        else:
            match = next(
                (
                    i
                    for i in range(start, min(len(keys), start + _WINDOW))
                    if _similar(keys[i], key)
                ),
                -1,
            )
            if match < 0:
                continue
        kept[match] = True
        start = match + 1
    return kept


def _key(line: str) -> str:
    """A line's letters and digits, NFKC and casefolded: what repairs and normalizations leave alone."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", line).casefold() if ch.isalnum())


def _similar(a: str, b: str) -> bool:
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() >= _SIMILAR and matcher.ratio() >= _SIMILAR


def string_status(string: str, lines: Sequence[str], kept: Sequence[bool]) -> str:
    """ABSENT when no line contains the string, REMOVED when every line that does is gone."""
    holding = [i for i, line in enumerate(lines) if string in line]
    if not holding:
        return ABSENT
    return PRESENT if any(kept[i] for i in holding) else REMOVED


@dataclasses.dataclass(frozen=True)
class Outcome:
    """One page cleaned: each labelled string's status, and line counts."""

    statuses: list[tuple[str, str]]  # (category, status) in the order of Page.strings
    lines: int  # extracted
    removed: int  # extracted lines no cleaned line matched
    unmatched: int  # cleaned lines matched to no extracted line (0 but for alignment errors)
    long_lines: int  # extracted lines of LONG_LINE words or more: prose, mostly
    long_removed: int


def page_outcome(page: Page, text: str, clean: Callable[[str], str]) -> Outcome:
    """Clean one page's text and find what became of each labelled string."""
    lines = text.split("\n")
    cleaned = clean(text).split("\n")
    kept = kept_lines(lines, cleaned)
    statuses = [(category, string_status(s, lines, kept)) for s, category in page.strings]
    long = [k for line, k in zip(lines, kept, strict=True) if len(line.split()) >= LONG_LINE]
    return Outcome(
        statuses,
        len(lines),
        kept.count(False),
        len(cleaned) - sum(kept),
        len(long),
        long.count(False),
    )


@dataclasses.dataclass
class Tally:
    """Counts for one configuration over a set of pages."""

    found: Counter[str] = dataclasses.field(default_factory=Counter)  # category -> strings found
    removed: Counter[str] = dataclasses.field(default_factory=Counter)
    absent: Counter[str] = dataclasses.field(default_factory=Counter)
    pages: int = 0
    pages_with_boilerplate: int = 0
    pages_clean: int = 0
    lines: int = 0
    lines_removed: int = 0
    unmatched: int = 0
    long_lines: int = 0
    long_removed: int = 0

    def add(self, outcome: Outcome) -> None:
        """Count one page's outcome."""
        self.pages += 1
        boilerplate = []
        for category, status in outcome.statuses:
            if status == ABSENT:
                self.absent[category] += 1
                continue
            self.found[category] += 1
            self.removed[category] += status == REMOVED
            if category.startswith("boilerplate:"):
                boilerplate.append(status == REMOVED)
        if boilerplate:
            self.pages_with_boilerplate += 1
            self.pages_clean += all(boilerplate)
        self.lines += outcome.lines
        self.lines_removed += outcome.removed
        self.unmatched += outcome.unmatched
        self.long_lines += outcome.long_lines
        self.long_removed += outcome.long_removed

    def share(self, prefix: str) -> tuple[int, int]:
        """(removed, found) over the categories starting with prefix."""
        keys = [k for k in self.found if k.startswith(prefix)]
        return sum(self.removed[k] for k in keys), sum(self.found[k] for k in keys)


def configurations() -> dict[str, CleanConfig]:
    """The two profiles, and each with every filter off but remove_boilerplate."""
    only: dict[str, object] = {
        f.name: False
        for f in dataclasses.fields(CleanConfig)
        if isinstance(getattr(PROFILES["default"], f.name), bool)
    }
    only["remove_boilerplate"] = True
    return {
        "default": PROFILES["default"],
        "web": PROFILES["web"],
        "default, boilerplate only": dataclasses.replace(PROFILES["default"], **only),  # type: ignore[arg-type]
        "web, boilerplate only": dataclasses.replace(PROFILES["web"], **only),  # type: ignore[arg-type]
    }


def load_pages(pages_path: Path = PAGES, labels_path: Path = LABELS) -> list[Page]:
    """Pages of pages.jsonl with each string's category from labels.tsv (unlabelled ones skipped)."""
    labels: dict[tuple[str, str, str], str] = {}
    for line in labels_path.read_text("utf-8").splitlines()[1:]:
        page, which, digest, category = line.split("\t")
        labels[page, which, digest] = category
    pages = []
    for line in pages_path.read_text("utf-8").splitlines():
        record = json.loads(line)
        strings = []
        for which in ("with", "without"):
            for string in dict.fromkeys(record[which]):
                category = labels.get((record["page"], which, string_hash(string)))
                if category is not None:
                    strings.append((string, category))
        pages.append(Page(record["page"], record["language"], tuple(strings)))
    return pages


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}% ({part}/{whole})" if whole else "-"


def report(tallies: dict[str, Tally], by_language: dict[str, dict[str, Tally]]) -> str:
    """Markdown tables: overall, per boilerplate kind, per language."""
    out = [
        "| configuration | boilerplate recall | with kept | metadata removed | pages clean "
        f"| lines removed | lines of {LONG_LINE}+ words removed |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, tally in tallies.items():
        bp = tally.share("boilerplate:")
        kept_main = tally.found["main"] - tally.removed["main"]
        out.append(
            f"| {name} | {_percent(*bp)} | {_percent(kept_main, tally.found['main'])} "
            f"| {_percent(*tally.share('metadata:'))} "
            f"| {_percent(tally.pages_clean, tally.pages_with_boilerplate)} "
            f"| {_percent(tally.lines_removed, tally.lines)} "
            f"| {_percent(tally.long_removed, tally.long_lines)} |"
        )
    first = next(iter(tallies.values()))
    absent = ", ".join(
        f"{which} {sum(n for k, n in first.absent.items() if k.startswith(prefix))}"
        for which, prefix in (
            ("with", "main"),
            ("boilerplate", "boilerplate:"),
            ("metadata", "metadata:"),
        )
    )
    unmatched = ", ".join(f"{name} {t.unmatched}" for name, t in tallies.items())
    out += [
        "",
        f"Strings absent from the extracted text (not counted): {absent}.",
        f"Alignment check, cleaned lines matched to no extracted line: {unmatched}.",
        "",
    ]
    kinds = sorted(k for k in first.found.keys() | first.absent.keys() if k != "main")
    out += ["| kind | " + " | ".join(tallies) + " |", "|---" * (len(tallies) + 1) + "|"]
    out += [
        f"| {kind} | "
        + " | ".join(_percent(t.removed[kind], t.found[kind]) for t in tallies.values())
        + " |"
        for kind in kinds
    ]
    names = " | ".join(tallies)
    out += [
        "",
        "Per language (guessed from the page's words): boilerplate recall, then with kept, per configuration.",
        "",
        f"| language | pages | {names} | {names} |",
        "|---|---" + "|---" * 2 * len(tallies) + "|",
    ]
    for language, per_config in sorted(
        by_language.items(), key=lambda item: -sum(next(iter(item[1].values())).found.values())
    ):
        recall = [_percent(*t.share("boilerplate:")) for t in per_config.values()]
        kept = [
            _percent(t.found["main"] - t.removed["main"], t.found["main"])
            for t in per_config.values()
        ]
        pages = next(iter(per_config.values())).pages
        out.append(f"| {language or '?'} | {pages} | " + " | ".join(recall + kept) + " |")
    return "\n".join(out)


def _commit(path: Path) -> str:
    """The git commit of the tree that holds path, with '+changes' when it has uncommitted ones."""

    def git(*args: str) -> str:
        return subprocess.run(
            ["git", "-C", str(path.parent), *args],  # noqa: S607
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown commit"
    return commit + ("+changes" if git("status", "--porcelain", "--", ".") else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--repo", type=Path, default=DEFAULT_REPO)
    parser.add_argument("--part", choices=["tune", "report", "all"], default="tune")
    parser.add_argument("--config", action="append", help="only these configurations (repeatable)")
    parser.add_argument(
        "--misses", type=int, default=0, help="list N missed and N lost strings (tune part only)"
    )
    args = parser.parse_args(argv)
    if args.misses and args.part != "tune":
        parser.error(
            "--misses lists failures of the tune part only: the report part is for reporting"
        )
    pages = [p for p in load_pages() if args.part == "all" or part_of(p.page) == args.part]
    configs = {k: v for k, v in configurations().items() if not args.config or k in args.config}
    cleaners = {name: textclean.Cleaner(config).clean for name, config in configs.items()}
    repo = TrafilaturaRepo(args.repo)
    texts = dict(repo.texts([p.page for p in pages]))
    tallies = {name: Tally() for name in cleaners}
    by_language: dict[str, dict[str, Tally]] = defaultdict(
        lambda: {name: Tally() for name in cleaners}
    )
    misses: list[str] = []
    for page in pages:
        text = texts.get(page.page, "")
        if not text:
            continue
        for name, clean in cleaners.items():
            outcome = page_outcome(page, text, clean)
            tallies[name].add(outcome)
            by_language[page.language][name].add(outcome)
            if args.misses and name == next(iter(cleaners)):
                misses += [
                    f"{page.page}\t{category}\t{status}\t{string}"
                    for (string, category), (_, status) in zip(
                        page.strings, outcome.statuses, strict=True
                    )
                    if (category.startswith("boilerplate:") and status == PRESENT)
                    or (category == "main" and status == REMOVED)
                ]
    print(
        f"{len(pages)} pages ({args.part} part), {sum(len(p.strings) for p in pages)} labelled strings; "
        f"textclean from {Path(textclean.__file__).parent.parent} at {_commit(Path(textclean.__file__))}\n"
    )
    print(report(tallies, by_language))
    if args.misses:
        missed = [m for m in misses if "\tboilerplate:" in m][: args.misses]
        lost = [m for m in misses if "\tmain\t" in m][: args.misses]
        print(f"\nBoilerplate kept ({next(iter(cleaners))}):", *missed, sep="\n")
        print("\nMain text removed:", *lost, sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
