"""
Label every line of bench/realpages3's two views of each page (labels.tsv).

A line is labelled from the page's human ground truth and the page's HTML,
never from textclean's rules:

- ``main``: the line is in the ground-truth body: its tokens, in order, match
  a ground-truth paragraph (or a run of them) for at least 80% of the line
  (difflib's matching blocks over casefolded tokens); a line of under four
  tokens only if it is a whole ground-truth paragraph (a subheading), so that
  a lone ``Share`` is not main because the body holds the word;
- ``either:<kind>``: headline (the page's <h1>, og:title or <title>),
  caption (the text of a <figcaption> or a caption element), byline, dateline
  (short lines led by a byline word or made of a date), partial (a long line
  that matches the ground truth for half to four fifths: an extraction that
  glued a paragraph to something else);
- ``boilerplate:<kind>``: every other line. The kind comes from the class,
  id and tag names of the elements around the line in the page (a line inside
  ``<div class="related-stories">`` is related), or failing that from cue
  words of the line itself.

Writes labels.tsv (page, line hash, label) and, for reading the labels, a
review file with the lines' text under bench/data/realpages3 (not committed).
``--spotcheck`` compares the labels with spotcheck.tsv, a sample of lines
labelled by hand, and prints the agreement.

Run: .venv/bin/python bench/realpages3/build.py [--spotcheck]
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
from realpages3_source import (
    HERE,
    LABELS,
    VIEWS,
    Page,
    line_hash,
    normalize,
    pages,
    part_of,
    tokens,
    view_lines,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from lxml.html import HtmlElement

ROOT = HERE.parent.parent
REVIEW = ROOT / "bench" / "data" / "realpages3"
SPOTCHECK = HERE / "spotcheck.tsv"

MAIN_SHARE = 0.8  # share of a line's tokens matched, in order, to the ground truth
PARTIAL_SHARE = 0.5  # ... to one paragraph, for a line of PARTIAL_TOKENS or more: partly main
PARTIAL_TOKENS = 12
_INDEXED = 600  # characters: longer texts are containers, not lines
_HIDDEN = frozenset(["script", "style", "noscript", "template", "svg", "head", "iframe", "select"])
SHORT = 4  # tokens: shorter lines are main only as a whole ground-truth paragraph

# Kinds of boilerplate by the names (class, id, tag, role) of the elements
# around a line, innermost first: the first element with a matching name
# decides. Names are split at - _ and spaces and camelCase before matching.
_NAME_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        ("comments", r"\b(comments?|disqus|respond|replies|reply|discussion|talkback)\b"),
        ("credits", r"\b(credits?|copyright|photographer|source)\b"),
        ("either:caption", r"\b(figcaption|caption|wp caption text)\b"),
        ("author", r"\b(author|authors|bio|biography|contributor|about the author|writer)\b"),
        (
            "prompts",
            r"\b(newsletter|subscribe|subscription|signup|sign up|login|log in|register|"
            r"registration|paywall|membership|donate|donation|cta|follow|optin|opt in|"
            r"consent|cookie|cookies|gdpr)\b",
        ),
        (
            "ads",
            r"\b(ad|ads|advert|advertisement|advertising|sponsor|sponsored|dfp|gpt|"
            r"affiliate|commerce|shopping|shop|banner|adslot|adunit|partner|outbrain|taboola)\b",
        ),
        (
            "related",
            r"\b(related|recommended|recommendations?|recirc|more stories|more from|"
            r"read more|readmore|also|trending|popular|most read|mostread|most popular|"
            r"promo|teaser|teasers|up next|next article|headlines|story list|"
            r"more news|latest|feed|river|rail|sidebar|widget area)\b",
        ),
        (
            "widget",
            r"\b(share|sharing|social|sharebar|print|toolbar|tools|rating|ratings|"
            r"video|player|audio|listen|font|reading time|ticker|jp carousel|"
            r"like|likes|reactions?|emoji|button|btn|modal|popup|overlay)\b",
        ),
        ("other", r"\b(tags?|topics?|keywords?|categories|category|labels?|meta)\b"),
        (
            "navigation",
            r"\b(nav|navbar|navigation|menu|breadcrumbs?|pagination|pager|skip|masthead|header|topbar|site header)\b",
        ),
        ("footer", r"\b(footer|colophon|site info|legal|bottom)\b"),
    )
)

_COMMENTS = re.compile(r"\b(comments|comment list|commentlist|disqus|comment section)\b")

# Elements whose tag alone says what they hold.
_TAG_KINDS = {
    "nav": "navigation",
    "footer": "footer",
    "figcaption": "either:caption",
    "aside": "related",
    "form": "widget",
    "button": "widget",
    "input": "widget",
}

# Cue words of a line itself, for lines whose elements say nothing: a few
# languages, short lines only (at most 12 tokens).
_LINE_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        (
            "comments",
            r"\b(comments?|kommentar\w*|commentaires?|comentarios?|коммент\w*|reply|replies|leave a reply)\b",
        ),
        (
            "prompts",
            r"\b(subscribe|subscription|newsletter|sign up|sign in|log in|register|"
            r"abonn\w+|anmelden|suscr\w+|assin\w+|подпис\w+|follow us|donate|"
            r"cookies?|privacy settings|terms of (use|service)|accept)\b",
        ),
        (
            "ads",
            r"\b(advertisement|advertising|sponsored|anzeige|publicidad|publicidade|реклама|buy now|check price|affiliate)\b",
        ),
        (
            "widget",
            r"\b(share|tweet|email|print|facebook|twitter|whatsapp|linkedin|pinterest|reddit|"
            r"min read|listen|now playing|watch|video|font size|teilen|partager|compartir|"
            r"condividi|compartilhe|поделиться)\b",
        ),
        (
            "credits",
            r"\b(photo|image|credit|getty|reuters|associated press|afp|foto|фото|shutterstock)\b",
        ),
        (
            "related",
            r"\b(read more|related|more from|see also|read also|also read|recommended|trending|most popular|lesen sie auch|à lire aussi|leia também|читайте также)\b",
        ),
        (
            "footer",
            r"(©|\bcopyright\b|\ball rights reserved\b|\bprivacy policy\b|\bcontact us\b|\babout us\b|\bimpressum\b)",
        ),
        ("other", r"^(tags?|topics?|categor\w+|filed under|schlagw\w+|themen)\b"),
        ("navigation", r"^(home|menu|next|previous|back|search)\b|[›»|]"),
    )
)

_CREDIT = re.compile(
    r"^(photo|photos|photograph|image|picture|foto|fotos|credit|source|quelle|crédit|фото)\b\s*(by|credit)?\s*[:/|]|"
    r"\b(getty images|shutterstock|istock|ap photo|afp/getty)\b|^\(?(©|copyright)",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(by|von|par|por|di|door|av|przez|автор|от)\b|\b(staff writer|correspondent|reporter)\b",
    re.IGNORECASE,
)
_DATE = re.compile(
    r"\b(\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}|"
    r"\d{1,2}\.? (jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)[a-zä]*|"
    r"(updated|published|posted|aktualisiert|publié|publicado|mis à jour)\b|"
    r"\d{4}年|\d{1,2}月\d{1,2}日)",
    re.IGNORECASE,
)


class PageTruth:
    """A page's ground truth, ready for matching lines against it."""

    def __init__(self, truth: Sequence[str]) -> None:
        self.paragraphs = [tokens(p) for p in truth]
        self.paragraphs = [p for p in self.paragraphs if p]
        self.whole = [t for p in self.paragraphs for t in p]
        self.joined = " " + " ".join(self.whole) + " "
        self.exact = {tuple(p) for p in self.paragraphs}
        self.counts = [Counter(p) for p in self.paragraphs]

    def share(self, line: Sequence[str], *, whole: bool = True) -> float:
        """Share of the line's tokens matched in order to one paragraph (or to the whole text)."""
        if not line:
            return 0.0
        if " " + " ".join(line) + " " in self.joined:
            return 1.0
        wanted = Counter(line)
        best = 0.0
        candidates = [
            p
            for p, c in zip(self.paragraphs, self.counts, strict=True)
            if sum((wanted & c).values()) >= PARTIAL_SHARE * len(line)
        ]
        if whole and len(line) >= 8:
            candidates.append(self.whole)
        for paragraph in candidates:
            matcher = difflib.SequenceMatcher(None, line, paragraph, autojunk=False)
            matched = sum(block.size for block in matcher.get_matching_blocks())
            best = max(best, matched / len(line))
        return best

    def label(self, line: Sequence[str]) -> str | None:
        """'main', 'either:partial', or None (not the ground truth's)."""
        if len(line) < SHORT:
            return "main" if tuple(line) in self.exact else None
        share = self.share(line)
        if share >= MAIN_SHARE:
            return "main"
        if len(line) >= PARTIAL_TOKENS and self.share(line, whole=False) >= PARTIAL_SHARE:
            return "either:partial"
        return None


class PageHtml:
    """The names of the elements around each line of a page, and its headlines and captions."""

    def __init__(self, html: str) -> None:
        from lxml import html as lxml_html

        tree = lxml_html.fromstring(html or "<html></html>")
        self.names: dict[str, str] = {}
        self.prefixes: dict[str, str] = {}
        body = next(iter(tree.xpath("//body")), tree)
        for element in body.iter():
            if not isinstance(element.tag, str) or element.tag.lower() in _HIDDEN:
                continue
            names = _names(element)
            # Innermost last, so that the innermost element holding a text names it.
            for text in (element.text_content(), " ".join(element.xpath("text()"))):
                line = normalize(text)
                if 0 < len(line) <= _INDEXED:
                    self.names[line] = names
                    self.prefixes[line[:40]] = names
        # The page's own title: its first <h1> (later ones are often teasers), og:title, <title>.
        titles = [" ".join(h1.itertext()) for h1 in tree.xpath("(//h1)[1]")]
        titles += tree.xpath("//meta[@property='og:title']/@content | //head/title/text()")
        self.headlines = {tuple(tokens(text)) for text in titles if tokens(text)}
        self.captions = {
            normalize(" ".join(c.itertext()))
            for c in tree.xpath("//figcaption | //caption | //*[contains(@class, 'caption')]")
        }

    def element_names(self, line: str) -> str:
        """Class, id, tag and role names of the elements around the line, innermost first."""
        return self.names.get(line) or self.prefixes.get(line[:40], "")

    def is_headline(self, line: Sequence[str]) -> bool:
        """The line is the page's title (or the title less the site's name)."""
        if len(line) < 2:
            return False
        key = tuple(line)
        return any(
            key == title or (len(key) >= 0.6 * len(title) and _contains(title, key))
            for title in self.headlines
        )

    def is_caption(self, line: str) -> bool:
        """The line is (in) a caption element's text."""
        return len(line) >= 12 and any(line in caption for caption in self.captions if caption)


def _contains(outer: Sequence[str], inner: Sequence[str]) -> bool:
    return " " + " ".join(inner) + " " in " " + " ".join(outer) + " "


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _names(element: HtmlElement) -> str:
    parts = []
    for node in (element, *element.iterancestors()):
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        attrs = " ".join(
            str(node.get(a, "")) for a in ("class", "id", "role", "itemprop", "data-component")
        )
        words = re.sub(r"[-_:/.]+", " ", _CAMEL.sub(" ", attrs)).lower()
        parts.append(f"{tag} {words}".strip())
    return " | ".join(parts)


def kind_from_names(names: str) -> str | None:
    """The boilerplate kind the elements' names give, innermost element first."""
    if _COMMENTS.search(names):
        return "comments"  # a comment section's own markup varies; its wrapper says what it is
    for node in names.split(" | "):
        tag = node.split(" ", 1)[0]
        if tag in _TAG_KINDS:
            return _TAG_KINDS[tag]
        for kind, pattern in _NAME_KINDS:
            if pattern.search(node):
                return kind
    return None


def kind_from_line(line: str, words: Sequence[str]) -> str | None:
    """The boilerplate kind a short line's own cue words give, if any."""
    if len(words) > 12:
        return None
    for kind, pattern in _LINE_CUES:
        if (kind != "widget" or len(words) <= 4) and pattern.search(line):
            return kind
    return None


_SENTENCE_END = re.compile(r"[.!?…:;)\]\"”»]$")


def is_headline_like(line: str, words: Sequence[str]) -> bool:
    """A teaser's shape: five to twenty words, not ending as a sentence does."""
    return 5 <= len(words) <= 20 and not _SENTENCE_END.search(line)


def label_line(line: str, truth: PageTruth, html: PageHtml) -> str:  # noqa: PLR0911 (a decision list)
    """One line's label: main, either:<kind> or boilerplate:<kind>."""
    words = tokens(line)
    found = truth.label(words)
    if found is not None:
        return found
    if not words:
        return "either:symbols"  # bullets, separators, a table's rule, ASCII art: no words to judge
    if html.is_headline(words):
        return "either:headline"
    if _CREDIT.search(line) and len(words) <= 12:
        return "boilerplate:credits"
    if html.is_caption(line):
        return "either:caption"
    if len(words) <= 16 and _BYLINE.search(line):
        return "either:byline"
    if len(words) <= 14 and _DATE.search(line):
        return "either:dateline"
    by_line = kind_from_line(line, words)
    if by_line in {"prompts", "comments", "ads", "credits", "footer", "widget"}:
        return f"boilerplate:{by_line}"
    kind = kind_from_names(html.element_names(line)) or by_line
    if kind in {None, "other"} and not any(c.isalpha() for c in line):
        kind = "widget"  # a bare count: shares, views, comments
    if kind == "either:caption":
        return kind
    if kind == "author" and len(words) <= 6:
        return "either:byline"
    if kind in {None, "widget", "navigation", "other"} and is_headline_like(line, words):
        kind = "related"
    return f"boilerplate:{kind or 'other'}"


_SCRIPTS = (("ja", re.compile(r"[\u3040-\u30ff]")), ("ko", re.compile(r"[\uac00-\ud7af]")))
_HAN = re.compile(r"[\u4e00-\u9fff]")
_STOPLISTS = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "ru": "Russian", "cs": "Czech", "id": "Indonesian",
    "pl": "Polish", "ar": "Arabic", "he": "Hebrew", "tr": "Turkish",
}  # fmt: skip


def language_of(page: Page) -> str:
    """The main text's language, for the README's sizes: by script, else jusText's stoplists."""
    text = " ".join(page.truth)
    for code, script in _SCRIPTS:
        if len(script.findall(text)) > 20:
            return code
    if len(_HAN.findall(text)) > 50:
        return "zh"
    try:
        import justext
    except ImportError:
        return "?"
    words = tokens(text)[:2000]
    hits = {
        code: sum(w in stoplist for w in words)
        for code, name in _STOPLISTS.items()
        if (stoplist := justext.get_stoplist(name))
    }
    best = max(hits, key=lambda code: hits[code])
    return best if hits[best] >= 0.1 * len(words) else "?"  # few stopwords: lists, scores, code


def sizes(found: Sequence[Page], rows: Sequence[Row]) -> str:
    """Pages and sites per part, pages and lines per language, lines per label."""
    language = {p.page: language_of(p) for p in found}
    part = {p.page: part_of(p.site) for p in found}
    sites = Counter(part_of(site) for site in {p.site for p in found})
    out = [
        f"pages: {dict(Counter(part.values()))}; sites: {dict(sites)}; "
        f"sources: {dict(Counter(p.page.split('/')[0] for p in found))}",
        "pages by language: "
        + ", ".join(f"{k} {n}" for k, n in Counter(language.values()).most_common()),
    ]
    lines = Counter((language[r.page], r.label.split(":")[0]) for r in rows)
    for code, _ in Counter(language.values()).most_common():
        out.append(
            f"  {code}: "
            + ", ".join(f"{side} {lines[code, side]}" for side in ("main", "boilerplate", "either"))
        )
    for prefix in ("boilerplate:", "either:"):
        kinds = Counter(r.label for r in rows if r.label.startswith(prefix))
        out.append(
            f"{prefix} {sum(kinds.values())}: "
            + ", ".join(f"{k.split(':')[1]} {n}" for k, n in kinds.most_common())
        )
    return "\n".join(out)


class Row(NamedTuple):
    """One labelled line of one page (both views share a line's label)."""

    page: str
    digest: str
    label: str
    line: str
    view: str
    index: int


def label_page(page: Page, views: Iterable[str] = VIEWS) -> list[Row]:
    """Every distinct line of the page's views, labelled."""
    truth = PageTruth(page.truth)
    html = PageHtml(page.html)
    rows: dict[str, Row] = {}
    for view in views:
        for index, line in enumerate(view_lines(page, view)):
            digest = line_hash(line)
            if digest not in rows:
                rows[digest] = Row(
                    page.page, digest, label_line(line, truth, html), line, view, index
                )
    return list(rows.values())


def load_hand_labels(path: Path = SPOTCHECK) -> dict[tuple[str, str], tuple[str, str]]:
    """(page, line hash) -> (label set by hand, sample), from spotcheck.tsv."""
    rows = (r.split("\t") for r in path.read_text("utf-8").splitlines()[1:] if r.strip())
    return {(page, digest): (label, sample) for page, digest, label, _, sample in rows}


def write_labels(rows: Sequence[Row], path: Path = LABELS) -> None:
    """labels.tsv: page, line hash, label; sorted."""
    body = sorted({(r.page, r.digest, r.label) for r in rows})
    path.write_text(
        "page\tline\tlabel\n" + "".join(f"{p}\t{d}\t{lab}\n" for p, d, lab in body), "utf-8"
    )


def spotcheck(rows: Sequence[Row], path: Path = SPOTCHECK) -> str:
    """
    Agreement of the labels with the lines labelled by hand, per sample.

    Sample 1 (200 lines) was read while the labelling rules were written and
    some were fixed after it, so its agreement is optimistic; sample 2 (100
    other lines) was drawn and read after the rules were frozen.
    """
    hand = load_hand_labels(path)
    by_key = {(r.page, r.digest): r.label for r in rows}
    out = []
    for sample in sorted({s for _, s in hand.values()}):
        pairs = [(by_key[k], v) for k, (v, s) in hand.items() if s == sample and k in by_key]
        same = sum(a == b for a, b in pairs)
        side = sum(a.split(":")[0] == b.split(":")[0] for a, b in pairs)
        out.append(
            f"sample {sample}: {len(pairs)} lines checked by hand: label agrees on {same} "
            f"({100 * same / len(pairs):.0f}%), main/boilerplate/either on {side} "
            f"({100 * side / len(pairs):.0f}%)"
        )
        confusions = Counter((a, b) for a, b in pairs if a != b).most_common(8)
        out += [f"  labelled {a}, by hand {b}: {n}" for (a, b), n in confusions]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--spotcheck", action="store_true", help="compare with spotcheck.tsv")
    parser.add_argument("--sizes", action="store_true", help="print sizes by part, language, kind")
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--review", type=Path, default=REVIEW)
    args = parser.parse_args(argv)
    found = pages()
    if not found:
        print("no snapshot of the sources found (see bench/realpages3/README.md): nothing labelled")
        return 1
    rows = [row for page in found for row in label_page(page)]
    write_labels(rows, args.labels)
    args.review.mkdir(parents=True, exist_ok=True)
    sites = {p.page: p.site for p in found}
    with (args.review / "review.tsv").open("w", encoding="utf-8") as out:
        out.write("part\tpage\tsite\tview\tindex\tline_hash\tlabel\tline\n")
        for r in sorted(rows, key=lambda r: (r.page, r.view, r.index)):
            site = sites[r.page]
            out.write(
                f"{part_of(site)}\t{r.page}\t{site}\t{r.view}\t{r.index}\t{r.digest}\t{r.label}\t{r.line}\n"
            )
    counts = Counter(r.label for r in rows)
    print(f"{len(found)} pages, {len(rows)} distinct lines -> {args.labels}")
    for label, n in sorted(counts.items()):
        print(f"  {label}\t{n}")
    if args.sizes:
        print(sizes(found, rows))
    if args.spotcheck:
        print(spotcheck(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
