"""
Read trafilatura's evaluation pages (tests/evaldata.json and the HTML files) and extract their text.

The pages are other people's, so none is committed here: build.py and score.py
read them from a trafilatura checkout at COMMIT, or from a bare git directory
holding that commit, each time they run. The text is what a simple scraper
hands to textclean: scripts/fetch_htmldate_pages.py's ``article_text`` (the
largest <article>/<main> element's visible text, one paragraph a line, the
body's if neither).
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from fetch_htmldate_pages import article_text  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Iterator

COMMIT = "e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5"
DEFAULT_REPO = Path("/work/.mirror/adbar+trafilatura/repo")
HERE = Path(__file__).resolve().parent
PAGES = HERE / "pages.jsonl"
LABELS = HERE / "labels.tsv"
_SPACE = re.compile(r"\s+")
_HTML_FOLDERS = ("tests/eval", "tests/cache")


def normalize(text: str) -> str:
    """NFC with whitespace runs collapsed, as article_text writes each line."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def string_hash(text: str) -> str:
    """A short stable name for a labelled string (SHA-1 of its normalized form, 12 hex digits)."""
    return hashlib.sha1(normalize(text).encode(), usedforsecurity=False).hexdigest()[:12]


def part_of(page: str) -> str:
    """'tune' or 'report': the first hex digit of the page id's SHA-256, even or odd."""
    digest = hashlib.sha256(page.encode()).hexdigest()
    return "tune" if int(digest[0], 16) % 2 == 0 else "report"


class TrafilaturaRepo:
    """tests/evaldata.json and the HTML files of a trafilatura checkout or bare git directory."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.checkout = (path / "tests" / "evaldata.json").is_file()
        if not self.checkout and not self._git_has_commit():
            msg = (
                f"{path} is neither a trafilatura checkout nor a git directory holding {COMMIT[:8]}: "
                "git clone https://github.com/adbar/trafilatura && git -C trafilatura checkout "
                f"{COMMIT[:8]}, then pass --repo trafilatura"
            )
            raise SystemExit(msg)
        if self.checkout and self._git_head() not in {None, COMMIT}:
            print(
                f"warning: {path} is not at {COMMIT[:8]}; its pages and strings may differ "
                "from those labelled here",
                file=sys.stderr,
            )
        self._paths = self._html_paths()

    def _git(self, *args: str, stdin: bytes | None = None) -> bytes:
        return subprocess.run(
            ["git", "-C", str(self.path), "-c", "core.quotepath=off", *args],  # noqa: S607
            input=stdin,
            capture_output=True,
            check=True,
        ).stdout

    def _git_head(self) -> str | None:
        """The checkout's commit, None when it is no git work tree."""
        try:
            return self._git("rev-parse", "HEAD").decode().strip()
        except (subprocess.CalledProcessError, FileNotFoundError):
            return None

    def _git_has_commit(self) -> bool:
        try:
            self._git("cat-file", "-e", f"{COMMIT}^{{commit}}")
        except (subprocess.CalledProcessError, FileNotFoundError):
            return False
        return True

    def _html_paths(self) -> dict[str, str]:
        """File name (NFC) -> its path in the repository: evaldata.json names files without folder."""
        if self.checkout:
            names = [
                str(p.relative_to(self.path))
                for folder in _HTML_FOLDERS
                for p in (self.path / folder).glob("*.html")
            ]
        else:
            listing = self._git("ls-tree", "-r", "-z", "--name-only", COMMIT, *_HTML_FOLDERS)
            names = [n for n in listing.decode().split("\0") if n]
        return {unicodedata.normalize("NFC", PurePosixPath(n).name): n for n in names}

    def read(self, relative: str) -> bytes:
        """One file's bytes at COMMIT."""
        if self.checkout:
            return (self.path / relative).read_bytes()
        return self._git("show", f"{COMMIT}:{relative}")

    def evaldata(self) -> dict[str, dict[str, object]]:
        """URL (or 'hard::' name) -> {file, with, without, ...} as trafilatura's authors wrote it."""
        data: dict[str, dict[str, object]] = json.loads(self.read("tests/evaldata.json"))
        return data

    def html(self, file: str) -> bytes | None:
        """A page's HTML by the file name evaldata.json gives, None if the repository lacks it."""
        relative = self._paths.get(unicodedata.normalize("NFC", file))
        return None if relative is None else self.read(relative)

    def texts(self, files: list[str]) -> Iterator[tuple[str, str]]:
        """(file, extracted text) for each file the repository has, read in one git process."""
        if self.checkout:
            for file in files:
                html = self.html(file)
                if html is not None:
                    yield file, page_text(html)
            return
        wanted = [(f, self._paths.get(unicodedata.normalize("NFC", f))) for f in files]
        present = [(f, r) for f, r in wanted if r is not None]
        request = "".join(f"{COMMIT}:{r}\n" for _, r in present).encode()
        out = self._git("cat-file", "--batch", stdin=request)
        pos = 0
        for file, _ in present:
            header_end = out.index(b"\n", pos)
            size = int(out[pos:header_end].split()[2])
            html = out[header_end + 1 : header_end + 1 + size]
            pos = header_end + 1 + size + 1
            yield file, page_text(html)


def page_text(html: bytes) -> str:
    """
    The text a simple scraper extracts, NFC (evaldata's strings are NFC; some pages are NFD).

    Bytes that are valid UTF-8 are read as UTF-8, as a browser does: lxml's
    fallback for a page without a charset declaration is Latin-1, which turned
    92 of these pages into mojibake that no labelled string matched.
    """
    if not html.strip():
        return ""
    try:
        html.decode("utf-8")
    except UnicodeDecodeError:
        encoding = None  # the page's declaration, or lxml's guess
    else:
        encoding = "utf-8"
    try:
        text = article_text(html, encoding)
    except ValueError:  # lxml refuses a document it cannot parse at all
        return ""
    return unicodedata.normalize("NFC", text)
