"""bench/realpages3: the builder labels a synthetic page's lines and the scorer counts them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from bench_modules import load_bench_module

if TYPE_CHECKING:
    from types import ModuleType

_FOLDER = Path(__file__).resolve().parent.parent / "bench" / "realpages3"

if not (_FOLDER / "build.py").exists():  # an sdist ships tests/ but not bench/
    pytest.skip("bench/realpages3 is not in this tree", allow_module_level=True)
for _module in ("trafilatura", "html_text", "lxml"):
    pytest.importorskip(_module, reason=f"{_module} is in the bench group: the page views need it")

# A page written for this test: no real page's text.
_PARAGRAPHS = [
    "The river council met on Tuesday evening to discuss the repair of the old footbridge, "
    "which has been closed since the spring floods washed away two of its wooden supports.",
    "Engineers told the council that the bridge could reopen before winter if the new steel "
    "frame arrives on time, although the supplier has warned of delays across the region.",
    "Residents who cross the river every morning said the detour adds twenty minutes to "
    "their walk, and several asked whether a temporary ferry could run until the work ends.",
]
_HTML = f"""<html><head><title>Footbridge repair plan agreed | Valley Courier</title></head>
<body>
<nav class="site-menu"><ul><li><a href="/">Home</a></li><li><a href="/town">Town</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Footbridge repair plan agreed</h1>
<div class="story-body">
{"".join(f"<p>{p}</p>" for p in _PARAGRAPHS)}
</div>
<div class="share-tools"><a href="#">Share on Facebook</a></div>
<aside class="related-stories"><h3>More from the valley</h3><ul>
<li><a href="/a">Library opens new reading room for young readers</a></li>
<li><a href="/b">Market traders ask for longer opening hours this summer</a></li>
<li><a href="/c">School choir wins regional singing contest after long wait</a></li>
</ul></aside>
</article>
<footer class="site-footer"><p>Contact us</p></footer>
</body></html>"""


def _load(name: str) -> ModuleType:
    return load_bench_module(_FOLDER, name)


@pytest.fixture(scope="module")
def build() -> ModuleType:
    return _load("build")


@pytest.fixture(scope="module")
def source(build: ModuleType) -> ModuleType:
    return _load("realpages3_source")


@pytest.fixture(scope="module")
def page(source: ModuleType) -> object:
    return source.Page("synthetic/footbridge", "valley.example", _HTML, _PARAGRAPHS)


class TestBuild:
    def test_container_holds_the_article(self, source: ModuleType, page: object) -> None:
        """The main container is the <article>: its share bar and related block, not the site menu."""
        lines = source.view_lines(page, "container")
        assert lines[0] == "Footbridge repair plan agreed"
        assert "Sport" not in lines
        assert "Share on Facebook" in lines

    def test_labels(self, build: ModuleType, page: object) -> None:
        """Paragraphs are main, the title either, the share bar a widget, the teasers related."""
        labels = {row.line: row.label for row in build.label_page(page)}
        assert all(labels[p] == "main" for p in _PARAGRAPHS)
        assert labels["Footbridge repair plan agreed"] == "either:headline"
        assert labels["Share on Facebook"] == "boilerplate:widget"
        assert labels["Library opens new reading room for young readers"] == "boilerplate:related"

    def test_short_line_inside_the_truth_is_not_main(self, build: ModuleType) -> None:
        """A short line whose words the body holds is main only as a whole paragraph."""
        truth = build.PageTruth(["Council", "The council met on Tuesday evening."])
        assert truth.label(["council"]) == "main"
        assert truth.label(["tuesday"]) is None
        assert truth.label(build.tokens("the council met on tuesday evening")) == "main"


class TestScore:
    def test_counts_every_line(
        self, build: ModuleType, source: ModuleType, page: object, tmp_path: Path
    ) -> None:
        """Scoring the labelled page counts each labelled line once per view and configuration."""
        rows = build.label_page(page)
        path = tmp_path / "labels.tsv"
        build.write_labels(rows, path)
        score = _load("score")
        labels = score.load_labels(path)
        tallies, missed, lost = score.score([page], labels, ("default",), misses=5)
        container = tallies["container, default"]
        assert container.unlabelled == 0
        assert container.lines["main"] == len(_PARAGRAPHS)
        assert container.removed["main"] == 0  # the filter keeps plain prose
        assert container.pages == 1
        assert sum(container.lines.values()) == len(source.view_lines(page, "container"))
        # the related block: its header and its three teasers
        assert container.lines["boilerplate:related"] == 4
        assert all(line.startswith("synthetic/footbridge\t") for line in missed + lost)
        assert "| container, default |" in score.report(tallies)


class TestLabels:
    def test_cover_the_snapshot(self, source: ModuleType) -> None:
        """Every line of a few pages' views, extracted again, has a label in labels.tsv."""
        if not all(source.snapshot(s) for s in source.SOURCES):
            pytest.skip(
                "the sources' snapshots are not on this machine (bench/realpages3/README.md)"
            )
        labels = _load("score").load_labels()
        found = source.pages()
        sample = found[:2] + found[-2:]  # both sources
        for page in sample:
            for view in source.VIEWS:
                lines = source.view_lines(page, view)
                assert lines
                assert {source.line_hash(line) for line in lines} <= set(labels[page.page])
