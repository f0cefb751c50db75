"""
The bench/realpages2 scorer: line labels counted on a made-up page, with a made-up cleaner.

The scorer itself fetches pinned sdists and stays out of the suite; these
tests pin how it counts removed boilerplate, kept main text and clean pages.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from bench_modules import load_bench_module

if TYPE_CHECKING:
    from types import ModuleType

_FOLDER = Path(__file__).resolve().parent.parent / "bench" / "realpages2"


if not (_FOLDER / "score.py").exists():  # an sdist ships tests/ but not bench/
    pytest.skip("bench/realpages2 is not in this tree", allow_module_level=True)


def _load(name: str) -> ModuleType:
    """A module of bench/realpages2 under a name no other bench script can shadow."""
    return load_bench_module(_FOLDER, name)


score = _load("score")
source = _load("source")
build = _load("build")

PAGE_LINES = [
    "Startseite | Politik | Sport",
    "Schnee in den Alpen",
    "Im Januar fiel mehr Schnee als in den letzten zehn Jahren zusammen.",
    "Foto: Agentur",
    "Die Bergbahnen meldeten einen Rekord an Gästen.",
    "Teilen",
    "Die Bergbahnen meldeten einen Rekord an Gästen.",
    "Teilen",
    "Das könnte Sie auch interessieren",
]
LABELS = {
    source.line_hash(line): label
    for line, label in zip(
        PAGE_LINES,
        [
            "boilerplate:navigation",
            "main",
            "main",
            "either:caption",
            "main",
            "boilerplate:widget",
            "main",
            "boilerplate:widget",
            "boilerplate:related",
        ],
        strict=True,
    )
}


def _drop(*indexes: int) -> str:
    return "\n".join(line for i, line in enumerate(PAGE_LINES) if i not in indexes)


def _tally(*dropped: int, labels: dict[str, str] = LABELS) -> score.Tally:
    tally = score.Tally()
    tally.add(*score.score_page(PAGE_LINES, labels, lambda _: _drop(*dropped)))
    return tally


class TestTally:
    def test_each_line_counted_by_its_label(self) -> None:
        """Repeated lines count once per occurrence; a caption is neither side."""
        tally = _tally(0, 5, 7)
        assert tally.share("boilerplate:") == (3, 4)
        assert (tally.lines["main"], tally.removed["main"]) == (4, 0)
        assert tally.share("either:") == (0, 1)
        assert tally.removed["boilerplate:related"] == 0

    def test_page_clean_only_when_every_boilerplate_line_is_gone(self) -> None:
        """The related header stayed: not clean; with it gone, clean."""
        assert (_tally(0, 5, 7).pages_clean, _tally(0, 5, 7).pages_with_boilerplate) == (0, 1)
        assert _tally(0, 5, 7, 8).pages_clean == 1

    def test_removed_main_line_is_counted_lost(self) -> None:
        """A main-text line the cleaner dropped counts against main kept."""
        tally = _tally(2)
        assert (tally.lines["main"], tally.removed["main"]) == (4, 1)

    def test_unlabelled_line_is_set_aside(self) -> None:
        """A line labels.tsv does not know is counted apart, not as either side."""
        labels = dict(LABELS)
        del labels[source.line_hash(PAGE_LINES[0])]
        tally = _tally(0, labels=labels)
        assert tally.unlabelled == 1
        assert tally.share("boilerplate:") == (0, 3)


class TestSplit:
    def test_part_is_stable_and_two_valued(self) -> None:
        """A page id always lands in the same part, tune or report."""
        parts = {source.part_of(f"pkg/page{i}") for i in range(20)}
        assert parts == {"tune", "report"}
        assert source.part_of("pkg/page1") == source.part_of("pkg/page1")


class TestLabels:
    def test_committed_labels_are_valid(self) -> None:
        """Every row of labels.tsv has a known label, and no line of a page is labelled twice."""
        rows = [line.split("\t") for line in source.LABELS.read_text("utf-8").splitlines()[1:]]
        assert rows
        assert all(build.valid(label) for _, _, label in rows)
        assert len({(page, digest) for page, digest, _ in rows}) == len(rows)
