"""
Write bench/realpages/pages.jsonl: trafilatura's evaluation pages, as textclean scores them.

For each page of tests/evaldata.json (trafilatura at source.COMMIT, Apache-2.0,
written and labelled by trafilatura's authors) the file keeps only what
scoring needs: the page id (its HTML file name), its URL, the language guessed
from the extracted text with textclean.lexicon.best_language (empty when
unsure), and the `with` and `without` strings. The pages themselves are read
again from the repository by score.py.

Pages of a site that bench/boilerplate_labels.tsv already labels (the dev set
that remove_boilerplate was written on) are left out, and so are their
sister sites by name (creativecommons.at beside creativecommons.org, every
wordpress.com blog beside blog.wordpress.com): see ``site_names``.

Run: .venv/bin/python bench/realpages/build.py [--repo PATH]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from realpages_source import DEFAULT_REPO, PAGES, ROOT, TrafilaturaRepo, normalize

from textclean import lexicon

DEV_LABELS = ROOT / "bench" / "boilerplate_labels.tsv"
_TLD = re.compile(r"[a-z]{2}|com|org|net|info|edu|gov|blog|eus|cat")
_SECOND_LEVEL = frozenset(["co", "com", "org", "gv", "ac", "gov", "net"])
_NOT_A_NAME = frozenset(
    ["www", "web", "archive", "blog", "blogs", "m", "de", "en"]
)  # archive.org: snapshots of other sites
_WORD = re.compile(r"\w+")
LANGUAGE_SURE = 0.4  # best_language's share of known words; below it the page is left without one


def site_names(dotted: str) -> set[str]:
    """
    The registered names in a host or page id, without public suffix: 'eza.gv.at' -> {'eza'}.

    A dev page id is a host with a slug ('beltz.de.12wege'), a bare name with a
    slug ('befifty.montauk') or two hosts ('archive.org.kath.ch'), so every
    label before a top-level-like label counts, and a name without any such
    label is its first label that names something.
    """
    labels = [label for label in dotted.casefold().split(".") if label]
    names = {
        labels[i - 1]
        for i in range(1, len(labels))
        if _TLD.fullmatch(labels[i])
        and not _TLD.fullmatch(labels[i - 1])
        and labels[i - 1] not in _SECOND_LEVEL
        and labels[i - 1] not in _NOT_A_NAME
    }
    names |= {
        labels[i - 2]
        for i in range(2, len(labels))
        if _TLD.fullmatch(labels[i]) and labels[i - 1] in _SECOND_LEVEL
    }
    if not names:
        names = {
            label for label in labels if label not in _NOT_A_NAME and not _TLD.fullmatch(label)
        }
        names = {next(label for label in labels if label in names)} if names else set()
    return names


def page_sites(url: str, file: str) -> set[str]:
    """A page's site names from its URL's host and its file name (an archive.org snapshot's names its site)."""
    host = urlsplit(url).hostname or ""
    return site_names(host) | site_names(file.removesuffix(".html").split("-")[0])


def dev_sites(path: Path = DEV_LABELS) -> set[str]:
    """Site names of the pages bench/boilerplate_labels.tsv labels (its first column only)."""
    pages = {line.split("\t", 1)[0] for line in path.read_text("utf-8").splitlines()[1:] if line}
    return {name for page in pages for name in site_names(page)}


def guess_language(text: str) -> str:
    """The lexicon's best language for the page's first 1,500 words, '' when unsure."""
    words = _WORD.findall(text.casefold())[:1500]
    language, share = lexicon.best_language(words)
    return language if language is not None and share >= LANGUAGE_SURE else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--repo", type=Path, default=DEFAULT_REPO)
    parser.add_argument("--out", type=Path, default=PAGES)
    args = parser.parse_args(argv)
    repo = TrafilaturaRepo(args.repo)
    data = repo.evaldata()
    excluded_sites = dev_sites()
    kept: dict[str, tuple[str, dict[str, object]]] = {}
    left_out: list[str] = []
    for url, entry in data.items():
        file = normalize(str(entry["file"]))
        if page_sites(url, file) & excluded_sites:
            left_out.append(file)
        else:
            kept[file] = (url, entry)
    texts = dict(repo.texts(list(kept)))
    records = []
    for file, (url, entry) in sorted(kept.items()):
        text = texts.get(file, "")
        if not text:
            left_out.append(file)
            continue
        records.append(
            {
                "page": file,
                "url": url,
                "language": guess_language(text),
                "with": [normalize(s) for s in entry.get("with", []) if normalize(s)],  # type: ignore[attr-defined]
                "without": [normalize(s) for s in entry.get("without", []) if normalize(s)],  # type: ignore[attr-defined]
            }
        )
    with args.out.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(
        f"{len(records)} pages -> {args.out}; left out {len(left_out)} "
        f"(sites of the dev set, or no text): {', '.join(sorted(left_out))}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
