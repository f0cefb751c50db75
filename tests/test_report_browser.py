"""
The HTML report in a real headless Chromium: it loads with no console errors, and a screenshot shows the diff.

Chromium comes from the system (Debian's ``chromium``; ``make test`` installs
it where apt-get runs as root). Without it the test skips, saying so, except
on CI (``CI`` set), where it must run. Screenshots are kept in the test's
temporary folder, and copied to ``$TEXTCLEAN_SCREENSHOTS`` when that is set.
"""

import os
import shutil
import struct
import zlib
from pathlib import Path

import pytest
from cdp import Chromium, find_chromium
from conftest import FIXTURES

from textclean import Cleaner
from textclean.report_html import Sampled, build_report

HOSTILE = (
    "<script>window.__pwned = 1</script>\n"
    '<img src=x onerror="window.__pwned = 2"> "quotes" & </td></table>\n'
    "A lone surrogate \ud800 and a zero\u200bwidth space.\n\n"
    "Th\N{CYRILLIC SMALL LETTER A}t w\N{CYRILLIC SMALL LETTER A}s the \u00a0 story.\n\n"
    "Source link"
)


@pytest.fixture(scope="module")
def chromium():
    executable = find_chromium()
    if executable is None:
        if os.environ.get("CI"):
            pytest.fail(
                "CI must test the report in Chromium: install it (make test does, with apt-get)"
            )
        pytest.skip(
            "Chromium is not installed (apt-get install chromium; make test does it as root)"
        )
    return executable


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    docs = [Sampled("hostile <b>doc</b>.txt", HOSTILE)]
    docs += [
        Sampled(p.name, p.read_text("utf-8")) for p in sorted((FIXTURES / "seeds").glob("*.txt"))
    ]
    path = folder / "report.html"
    path.write_text(build_report(docs, Cleaner(), total=len(docs), source="seeds"), "utf-8")
    return path


@pytest.fixture(scope="module")
def browser(chromium, report, tmp_path_factory):
    with Chromium(
        chromium, tmp_path_factory.mktemp("profile") / "chromium", width=1300, height=900
    ) as page:
        page.open(report.as_uri())
        yield page


def keep(path):
    target = os.environ.get("TEXTCLEAN_SCREENSHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(target) / path.name)


def read_png(path):
    """(width, height, rows of (r, g, b) pixels) of an 8-bit RGB or RGBA PNG, as Chromium writes them."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, chunks, header = 8, [], None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position : position + 8])
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    width, height, depth, color, _, _, interlace = header
    assert depth == 8
    assert color in {2, 6}
    assert interlace == 0
    step = 4 if color == 6 else 3
    raw = zlib.decompress(b"".join(chunks))
    stride = width * step
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - step] if x >= step else 0
            up = previous[x]
            corner = previous[x - step] if x >= step else 0
            if kind == 1:
                line[x] = (line[x] + left) & 255
            elif kind == 2:
                line[x] = (line[x] + up) & 255
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 255
            elif kind == 4:
                guess = left + up - corner
                pa, pb, pc = abs(guess - left), abs(guess - up), abs(guess - corner)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[x] = (line[x] + pred) & 255
        rows.append([tuple(line[x : x + 3]) for x in range(0, stride, step)])
        previous = line
    return width, height, rows


def near(pixel, color, tolerance=6):
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, color, strict=True))


class TestInChromium:
    def test_no_console_errors_and_nothing_fetched(self, browser, report):
        """The page loads with no console error, exception or failed load, and asks for nothing but itself."""
        assert browser.errors() == []
        assert browser.requests() == [report.as_uri()]

    def test_hostile_text_did_not_run(self, browser):
        """Script and handlers in a document are text on the page, not code."""
        assert browser.evaluate("window.__pwned === undefined")
        assert browser.evaluate("document.querySelectorAll('img').length") == 0
        assert "<script>window.__pwned = 1</script>" in browser.evaluate("document.body.innerText")

    def test_sections_are_there(self, browser):
        """Cards, the filter table, the histogram's bars, boilerplate examples and a diff per changed document."""
        counts = browser.evaluate(
            "({cards: document.querySelectorAll('.card').length,"
            " bars: document.querySelectorAll('svg.hist rect').length,"
            " docs: document.querySelectorAll('article.doc').length,"
            " diffs: document.querySelectorAll('article.doc table.diff').length,"
            " examples: document.querySelectorAll('section li a').length})"
        )
        assert counts["cards"] == 4
        assert counts["bars"] >= 2
        assert counts["docs"] == counts["diffs"] >= 4
        assert counts["examples"] >= 3

    def test_reason_on_hover(self, browser, tmp_path):
        """Hovering a change shows its filter and reason at once, in its filter's colour."""
        title = browser.evaluate("document.querySelector('.ch.f-fix_homoglyphs').title")
        assert title.startswith("fix_homoglyphs: mixed-script word")
        assert "→" in title
        box = browser.evaluate(
            "(() => { const e = document.querySelector('.ch.f-fix_homoglyphs');"
            " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
            " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()"
        )
        browser.send("Input.dispatchMouseEvent", {"type": "mouseMoved", **box})
        tip = browser.evaluate(
            "(() => { const t = document.getElementById('tip');"
            " return {hidden: t.hidden, text: t.textContent, cls: t.className,"
            " border: getComputedStyle(t).borderLeftColor}; })()"
        )
        assert not tip["hidden"]
        assert tip["text"] == title
        assert "f-fix_homoglyphs" in tip["cls"]
        assert tip["border"] == "rgb(204, 121, 167)"  # #CC79A7
        shot = tmp_path / "report-hover.png"
        browser.screenshot(shot)
        keep(shot)
        browser.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": 2, "y": 2})
        assert browser.evaluate("document.getElementById('tip').hidden")
        assert browser.errors() == []

    def test_picking_a_filter_hides_other_documents(self, browser):
        """The filter menu shows only documents that filter changed."""
        shown = browser.evaluate(
            "(() => { const pick = document.getElementById('pick');"
            " pick.value = 'remove_control_chars'; pick.dispatchEvent(new Event('change'));"
            " const visible = [...document.querySelectorAll('article.doc')].filter(d => !d.hidden).length;"
            " const label = document.getElementById('shown').textContent;"
            " pick.value = ''; pick.dispatchEvent(new Event('change'));"
            " return [visible, label]; })()"
        )
        assert shown[0] == 1
        assert shown[1].startswith("1 of ")
        assert browser.errors() == []

    def test_screenshot_shows_the_diff(self, browser, tmp_path):
        """A screenshot of the first document shows both sides of the diff and the coloured changes."""
        shot = tmp_path / "report-diff.png"
        browser.screenshot(shot, "article.doc")
        keep(shot)
        width, height, rows = read_png(shot)
        assert width > 1000
        assert height > 150
        pixels = [pixel for row in rows for pixel in row]
        removed_side = sum(near(p, (0xFD, 0xEC, 0xEC)) for p in pixels)  # --del background
        added_side = sum(near(p, (0xE9, 0xF7, 0xEE)) for p in pixels)  # --ins background
        assert removed_side > 5000
        assert added_side > 5000
        # The look-alike letters are marked in fix_homoglyphs' colour (#CC79A7, strong).
        homoglyph = sum(near(p, (0xD2, 0x8B, 0xB1), tolerance=20) for p in pixels)
        assert homoglyph > 50
        # The page as a whole, for a person to look at.
        page = tmp_path / "report-top.png"
        browser.evaluate("scrollTo(0, 0)")
        browser.screenshot(page)
        keep(page)
        assert read_png(page)[0] == 1300
