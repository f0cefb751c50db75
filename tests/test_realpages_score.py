"""
The real-pages scorer (bench/realpages/score.py): line alignment and string status on a made-up page.

The scorer itself needs a trafilatura checkout and stays out of the suite;
these tests pin the logic that decides whether a labelled string was removed.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest
from bench_modules import load_bench_module

_FOLDER = Path(__file__).resolve().parent.parent / "bench" / "realpages"


if not (_FOLDER / "score.py").exists():  # an sdist ships tests/ but not bench/
    pytest.skip("bench/realpages is not in this tree", allow_module_level=True)


sys.path.insert(0, str(_FOLDER))  # score.py imports its sibling realpages_source
score = load_bench_module(_FOLDER, "score")
build = load_bench_module(_FOLDER, "build")

PAGE_LINES = [
    "Home | News | Sport",
    "Ein Artikel über den Winter in den Alpen",
    "Im Januar fiel mehr Schnee als in den letzten zehn Jahren zusammen.",
    "Teilen",
    "Die Bergbahnen meldeten einen Rekord an Gästen.",
    "Teilen",
    "Kommentare (3)",
    "© 2024 Bergzeitung",
]
PAGE = score.Page(
    "made-up.html",
    "de",
    (
        ("mehr Schnee als", "main"),
        ("einen Rekord", "main"),
        ("Home | News", "boilerplate:navigation"),
        ("Teilen", "boilerplate:share"),
        ("Kommentare", "boilerplate:comments"),
        ("Bergzeitung", "boilerplate:copyright"),
        ("Ein Artikel über den Winter", "metadata:title"),
        ("Newsletter", "boilerplate:prompt"),
    ),
)


def _drop(*indexes: int) -> str:
    return "\n".join(line for i, line in enumerate(PAGE_LINES) if i not in indexes)


class TestKeptLines:
    def test_removed_lines_are_marked_gone(self) -> None:
        """Lines that cleaning removed are False, the others True."""
        after = _drop(0, 3, 7).split("\n")
        expected = [i not in {0, 3, 7} for i in range(len(PAGE_LINES))]
        assert score.kept_lines(PAGE_LINES, after) == expected

    def test_repeated_line_keeps_every_cleaned_line_matched(self) -> None:
        """With two equal lines and one removed, exactly one copy counts as kept."""
        after = _drop(5).split("\n")
        kept = score.kept_lines(PAGE_LINES, after)
        assert sum(kept) == len(after)
        assert kept[3] != kept[5]

    def test_repaired_line_is_kept_not_removed(self) -> None:
        """A line another filter repaired (mojibake, look-alike letters) is still the same line."""
        before = ["Die Ã\x9cbersicht Ã¼ber alle Termine", "Teilen"]
        after = ["Die Übersicht über alle Termine"]
        assert score.kept_lines(before, after) == [True, False]

    def test_nothing_removed(self) -> None:
        """An unchanged text keeps every line."""
        assert all(score.kept_lines(PAGE_LINES, PAGE_LINES))


class TestStringStatus:
    def test_string_in_no_line_is_absent(self) -> None:
        """A label that the extracted text does not contain is not counted."""
        kept = [True] * len(PAGE_LINES)
        assert score.string_status("Newsletter", PAGE_LINES, kept) == score.ABSENT

    def test_removed_only_when_every_line_holding_it_is_gone(self) -> None:
        """A string on two lines counts as removed only if both lines went."""
        one_left = score.kept_lines(PAGE_LINES, _drop(3).split("\n"))
        both_gone = score.kept_lines(PAGE_LINES, _drop(3, 5).split("\n"))
        assert score.string_status("Teilen", PAGE_LINES, one_left) == score.PRESENT
        assert score.string_status("Teilen", PAGE_LINES, both_gone) == score.REMOVED

    def test_string_inside_a_longer_line(self) -> None:
        """A label matches the line that contains it, not only an equal line."""
        kept = score.kept_lines(PAGE_LINES, _drop(2).split("\n"))
        assert score.string_status("mehr Schnee als", PAGE_LINES, kept) == score.REMOVED


class TestTally:
    @pytest.fixture
    def tally(self) -> score.Tally:
        tally = score.Tally()
        text = "\n".join(PAGE_LINES)
        tally.add(score.page_outcome(PAGE, text, lambda _: _drop(0, 3, 5, 6)))
        return tally

    def test_recall_keep_rate_and_absent(self, tally: score.Tally) -> None:
        """Boilerplate recall counts found strings only; the absent one is set aside."""
        assert tally.share("boilerplate:") == (3, 4)  # navigation, share, comments; not copyright
        assert tally.found["main"] == 2
        assert tally.removed["main"] == 0
        assert tally.absent["boilerplate:prompt"] == 1
        assert tally.share("metadata:") == (0, 1)

    def test_page_clean_only_when_all_boilerplate_gone(self, tally: score.Tally) -> None:
        """The copyright line stayed, so the page is not clean."""
        assert (tally.pages_clean, tally.pages_with_boilerplate) == (0, 1)
        assert (tally.lines, tally.lines_removed, tally.unmatched) == (8, 4, 0)

    def test_long_lines_counted_apart(self) -> None:
        """Lines of LONG_LINE words or more are counted, and their removals too."""
        prose = " ".join(["Wort"] * score.LONG_LINE)
        page = score.Page("p.html", "de", ())
        outcome = score.page_outcome(page, f"{prose}\nTeilen\n{prose}.", lambda _: "Teilen")
        assert (outcome.long_lines, outcome.long_removed, outcome.removed) == (2, 2, 2)


class TestSiteNames:
    """Pages of a site the dev set labels are left out, with sister sites of the same name."""

    @pytest.mark.parametrize(
        ("dotted", "names"),
        [
            ("eza.gv.at", {"eza"}),
            ("www.bbc.co.uk", {"bbc"}),
            ("befifty.montauk", {"befifty"}),
            ("archive.org.kath.ch", {"kath"}),
            ("de.creativecommons.org", {"creativecommons"}),
            ("nesselsetzer.wordpress.com", {"wordpress"}),
            ("blog.wikimedia.interactivemaps", {"wikimedia"}),
            ("web.archive.org", set()),
        ],
    )
    def test_registered_name(self, dotted: str, names: set[str]) -> None:
        """A host or dev page id gives the names before its public suffix."""
        assert build.site_names(dotted) == names

    def test_archive_snapshot_is_named_by_its_site(self) -> None:
        """A web.archive.org page belongs to the site its file name gives."""
        url = "https://web.archive.org/web/2014/http://www.dimido.de/marketing"
        assert build.page_sites(url, "archive.org.dimido.de.marketing.html") == {"dimido"}


class TestPageText:
    def test_utf8_page_without_charset_is_read_as_utf8(self) -> None:
        """lxml alone reads such a page as Latin-1; the scraper's text has no mojibake."""
        pytest.importorskip("lxml")
        html = "<html><body><nav>Menü</nav><article><p>Zur Übersicht</p><p>Straße</p></article></body></html>"
        source = importlib.import_module("realpages_source")  # on sys.path since _load
        text = source.page_text(html.encode())
        assert text == "Zur Übersicht\nStraße"
