"""
Fetch the real web pages of htmldate 1.2.0's test cache and extract their text as scrapers do.

The pages are other people's, so they are not committed here: `make install`
downloads htmldate's sdist from PyPI, reads the HTML files in its
tests/cache, and writes for each page, into the target folder:

- ``PAGE.article.txt``: the visible text of the largest ``<article>`` or
  ``<main>`` element (the ``<body>`` if the page has neither), one paragraph a
  line, as a simple scraper would hand it to textclean;
- ``PAGE.trafilatura.txt``: trafilatura's extraction of the page, when the
  bench group is installed.

bench/boilerplate_eval.py scores remove_boilerplate on them with the labels
committed in bench/boilerplate_labels.tsv. Needs lxml (installed with the
bench group); without it the script says so and writes nothing.

Run: .venv/bin/python scripts/fetch_htmldate_pages.py .venv/htmldate-pages
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from sdist import sdist_files

VERSION = "1.2.0"
_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "td",
        "th",
        "tr",
        "ul",
        "option",
        "button",
        "label",
    ]
)
_HIDDEN = frozenset(["script", "style", "noscript", "template", "svg", "head", "iframe", "select"])
_SPACE = re.compile(r"\s+")


def visible_lines(element: object) -> list[str]:
    """The element's visible text, a line per block element, whitespace collapsed."""
    parts: list[str] = []

    def walk(node: object) -> None:
        tag = getattr(node, "tag", None)
        if not isinstance(tag, str) or tag.lower() in _HIDDEN:
            return
        block = tag.lower() in _BLOCKS
        if block:
            parts.append("\n")
        if node.text:  # type: ignore[attr-defined]
            parts.append(node.text)  # type: ignore[attr-defined]
        for child in node:  # type: ignore[attr-defined]
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n")

    walk(element)
    lines = (_SPACE.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return [line for line in lines if line]


def article_text(html: bytes, encoding: str | None = None) -> str:
    """
    The largest <article> or <main> element's text (the body's if none), one paragraph a line.

    ``encoding`` overrides lxml's guess, which is Latin-1 for a page that
    declares no charset (bench/realpages passes 'utf-8' for bytes that are valid UTF-8).
    """
    from lxml import html as lxml_html

    parser = None if encoding is None else lxml_html.HTMLParser(encoding=encoding)
    tree = lxml_html.fromstring(html, parser=parser)
    candidates = tree.xpath("//article | //main") or tree.xpath("//body") or [tree]
    texts = ["\n".join(visible_lines(element)) for element in candidates]
    return max(texts, key=len)


def main() -> None:
    target = Path(sys.argv[1])
    try:
        import lxml  # noqa: F401
    except ImportError:
        print("lxml is not installed (bench group): no pages extracted")
        return
    try:
        import trafilatura
    except ImportError:
        trafilatura = None
    target.mkdir(parents=True, exist_ok=True)
    count = 0
    pages = sdist_files(
        "htmldate", VERSION, lambda name: "/tests/cache/" in name and name.endswith(".html")
    )
    for name, html in pages:
        page = Path(name).name.removesuffix(".html")
        (target / f"{page}.article.txt").write_text(article_text(html), "utf-8")
        if trafilatura is not None:
            extracted = trafilatura.extract(html.decode("utf-8", "replace")) or ""
            (target / f"{page}.trafilatura.txt").write_text(extracted, "utf-8")
        count += 1
    print(f"htmldate {VERSION}: {count} pages -> {target}")


if __name__ == "__main__":
    main()
