"""
Read the pages of bench/realpages3 and their human ground truth, and extract each page's text.

The pages are other people's, so none is committed here: they are read at
run time from two git snapshots, at pinned commits (SOURCES):

- scrapinghub/article-extraction-benchmark: 181 news and blog pages
  (html/ID.html.gz) with their article body written out by people
  (ground-truth.json);
- mozilla/readability: the real pages of its test suite
  (test/test-pages/NAME/source.html), with the article its maintainers
  checked by hand (expected.html).

Each page gives two views, two texts a scraper could hand to textclean:

- ``trafilatura``: trafilatura's extraction with favor_recall, comments and
  tables (what a recall-minded pipeline keeps);
- ``container``: html-text's text of the page's main container: the smallest
  element holding nine tenths of the ground-truth text, widened to the
  enclosing <article>/<main> when there is one that is not a wrapper of the
  whole page (what a scraper's "article element" gives), one block a line.

Lines are NFC with whitespace collapsed; a line's name is the first 12 hex
digits of its SHA-1 (the same hash as bench/realpages and realpages2).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import urlparse

if TYPE_CHECKING:
    from collections.abc import Iterator

    from lxml.html import HtmlElement

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "scripts"))
from fetch_htmldate_pages import visible_lines  # noqa: E402

LABELS = HERE / "labels.tsv"
VIEWS = ("trafilatura", "container")
SEED = "realpages3"  # the split's seed: a page's site goes to tune or report by hash(SEED + site)
TUNE_SHARE = 0.4


class Source(NamedTuple):
    """A git repository at a pinned commit, where its snapshot is looked for, and its licence."""

    name: str
    repo: str
    commit: str
    env: str  # environment variable naming the snapshot (a checkout or a bare git directory)
    default: str  # where `fetch` leaves the snapshot on the team's machines
    licence: str


SOURCES = (
    Source(
        "aeb",
        "scrapinghub/article-extraction-benchmark",
        "4a3bc979f76c0df73cb95fe272e2fc1b96f9f010",
        "REALPAGES3_AEB",
        "/work/.mirror/scrapinghub+article-extraction-benchmark/repo",
        "MIT (code and ground truth); the pages are their publishers'",
    ),
    Source(
        "readability",
        "mozilla/readability",
        "ab4027a8b37669745016869a37a504727992b2ba",
        "REALPAGES3_READABILITY",
        "/work/.mirror/mozilla+readability/repo",
        "Apache-2.0 (code and expected output); the pages are their publishers'",
    ),
)

# Readability test pages that are not one real article page each: tests built
# by hand, and pages that repeat another page of the suite.
READABILITY_SKIPPED = frozenset(
    {
        "001",
        "002",
        "lifehacker-post-comment-load",  # the same page as lifehacker-working
        "cnet-svg-classes",  # the same article as cnet, another template
        "wikipedia-2",  # 400 kB of article: one page would outweigh the set
        "data-url-image",  # lorem ipsum in a real page's template
    }
)
MIN_SOURCE_BYTES = (
    30_000  # readability's smaller test pages are built by hand, not saved from a site
)
MIN_TRUTH_CHARS = 800  # a page whose ground truth is shorter is a stub or a video page
MAX_PAGES_PER_SITE = 3

_SPACE = re.compile(r"\s+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_WORD = re.compile(r"\w+")


def normalize(text: str) -> str:
    """NFC with whitespace runs collapsed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def line_hash(line: str) -> str:
    """A short stable name for a line (SHA-1 of its normalized form, 12 hex digits)."""
    return hashlib.sha1(normalize(line).encode(), usedforsecurity=False).hexdigest()[:12]


def tokens(text: str) -> list[str]:
    """Casefolded word tokens; CJK and kana characters are a token each (no spaces there)."""
    out: list[str] = []
    for word in _WORD.findall(unicodedata.normalize("NFKC", text).casefold()):
        if _CJK.search(word):
            out.extend(word)
        else:
            out.append(word)
    return out


def site_of(url: str) -> str:
    """The site a URL belongs to: its host without www. (hosted.ap.org stays apart from ap.org)."""
    host = urlparse(url).netloc.lower().split(":")[0]
    return host.removeprefix("www.")


def part_of(site: str) -> str:
    """'tune' (about 40% of sites) or 'report', seeded by SEED, so a site's pages stay together."""
    digest = hashlib.sha256(f"{SEED}/{site}".encode()).digest()
    return "tune" if int.from_bytes(digest[:4], "big") / 2**32 < TUNE_SHARE else "report"


class Page(NamedTuple):
    """One page: id (source/name), site, HTML, and the ground-truth main text, one paragraph a line."""

    page: str
    site: str
    html: str
    truth: list[str]


def snapshot(source: Source) -> Path | None:
    """The snapshot of a source, if this machine has it (env variable, else the default place)."""
    path = Path(os.environ.get(source.env, source.default))
    return path if path.exists() else None


class _Git:
    """Files of one commit of a checkout or bare git directory."""

    def __init__(self, path: Path, commit: str) -> None:
        self.path = path
        self.commit = commit

    def read(self, name: str) -> bytes:
        return subprocess.run(
            ["git", "-C", str(self.path), "show", f"{self.commit}:{name}"],  # noqa: S607
            capture_output=True,
            check=True,
        ).stdout

    def names(self, folder: str) -> list[str]:
        out = subprocess.run(
            ["git", "-C", str(self.path), "ls-tree", "--name-only", self.commit, f"{folder}/"],  # noqa: S607
            capture_output=True,
            check=True,
            text=True,
        ).stdout
        return out.split()


def _decode(data: bytes) -> str:
    """HTML bytes as text: UTF-8 when valid, else the declared charset, else Windows-1252."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = re.search(rb"""charset=["']?([\w-]+)""", data[:4096])
    if declared:
        try:
            return data.decode(declared[1].decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return data.decode("cp1252", "replace")


def _aeb_pages(git: _Git) -> Iterator[Page]:
    truth = json.loads(git.read("ground-truth.json"))
    for key in sorted(truth):
        html = _decode(gzip.decompress(git.read(f"html/{key}.html.gz")))
        paragraphs = [p for line in truth[key]["articleBody"].split("\n") if (p := normalize(line))]
        yield Page(f"aeb/{key[:16]}", site_of(truth[key]["url"]), html, paragraphs)


def _page_url(html: str) -> str | None:
    from lxml import html as lxml_html

    tree = lxml_html.fromstring(html)
    for xpath in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'):
        found = [u for u in tree.xpath(xpath) if str(u).startswith("http")]
        if found:
            return str(found[0])
    return None


def _readability_pages(git: _Git) -> Iterator[Page]:
    for folder in git.names("test/test-pages"):
        name = folder.rsplit("/", 1)[-1]
        if name in READABILITY_SKIPPED:
            continue
        raw = git.read(f"{folder}/source.html")
        if len(raw) < MIN_SOURCE_BYTES:
            continue
        html = _decode(raw)
        expected = _decode(git.read(f"{folder}/expected.html"))
        url = _page_url(html)
        site = site_of(url) if url else re.sub(r"-\d+$", "", name)
        yield Page(f"readability/{name}", site, html, block_lines(_element(expected)))


def pages() -> list[Page]:
    """Every page of the sources whose snapshot is here, at most MAX_PAGES_PER_SITE a site."""
    out: list[Page] = []
    per_site: dict[str, int] = {}
    for source in SOURCES:
        path = snapshot(source)
        if path is None:
            continue
        git = _Git(path, source.commit)
        found = _aeb_pages(git) if source.name == "aeb" else _readability_pages(git)
        for page in found:
            if sum(map(len, page.truth)) < MIN_TRUTH_CHARS:
                continue
            if per_site.get(page.site, 0) >= MAX_PAGES_PER_SITE:
                continue
            per_site[page.site] = per_site.get(page.site, 0) + 1
            out.append(page)
    return out


# --- text extraction ---------------------------------------------------------

_HIDDEN = frozenset(["script", "style", "noscript", "template", "svg", "head", "iframe", "select"])


def _element(html: str) -> HtmlElement:
    from lxml import html as lxml_html

    return lxml_html.fromstring(html or "<html></html>")


def block_lines(element: HtmlElement) -> list[str]:
    """An element's visible text, one line a block element, normalized (as article_text reads it)."""
    return [kept for line in visible_lines(element) if (kept := normalize(line))]


def trafilatura_lines(html: str) -> list[str]:
    """trafilatura's text of the page, recall-minded, with comments and tables."""
    import trafilatura

    text = trafilatura.extract(
        html, favor_recall=True, include_comments=True, include_tables=True, deduplicate=False
    )
    return [kept for line in (text or "").split("\n") if (kept := normalize(line))]


def main_container(tree: HtmlElement, truth: list[str]) -> HtmlElement:
    """
    The page's main container: the smallest element holding nine tenths of the
    ground truth's tokens found in the page, widened to its enclosing
    <article>/<main> unless that is a wrapper of the whole page (it holds the
    page's first or last <nav>/<header>/<footer> and four fifths of its text).
    """
    joined = " " + " ".join(tokens(" ".join(truth))) + " "
    body = next(iter(tree.xpath("//body")), tree)
    # Ground-truth tokens each element holds: its text pieces of three tokens
    # or more found verbatim in the ground truth, counted up to every ancestor.
    weight: dict[HtmlElement, int] = {}
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag.lower() in _HIDDEN:
            continue
        held = 0
        for piece in element.xpath("text()"):
            words = tokens(piece)
            if len(words) >= 3 and " " + " ".join(words) + " " in joined:
                held += len(words)
        if held:
            for ancestor in (element, *element.iterancestors()):
                weight[ancestor] = weight.get(ancestor, 0) + held
    total = weight.get(body, 0)
    if not total:
        return body
    best = body
    for element, held in weight.items():
        if held >= 0.9 * total and _depth(element) > _depth(best):
            best = element
    site_furniture = body.xpath(".//nav | .//footer | .//header")
    for ancestor in (best, *best.iterancestors()):
        if not isinstance(ancestor.tag, str) or ancestor.tag.lower() not in {"article", "main"}:
            continue
        inside = set(ancestor.iter())
        holds_furniture = any(f in inside for f in site_furniture[:1] + site_furniture[-1:])
        if not holds_furniture or len(ancestor.text_content()) < 0.8 * len(body.text_content()):
            return ancestor
    return best


def _depth(element: HtmlElement) -> int:
    return sum(1 for _ in element.iterancestors())


def container_lines(html: str, truth: list[str]) -> list[str]:
    """html-text's text of the page's main container, one block a line."""
    import html_text
    from lxml import html as lxml_html

    tree = _element(html)
    container = main_container(tree, truth)
    text = html_text.extract_text(lxml_html.tostring(container, encoding="unicode"))
    return [kept for line in text.split("\n") if (kept := normalize(line))]


def view_lines(page: Page, view: str) -> list[str]:
    """The lines of one view of a page."""
    if view == "trafilatura":
        return trafilatura_lines(page.html)
    return container_lines(page.html, page.truth)
