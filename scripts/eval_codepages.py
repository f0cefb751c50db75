"""
The code-page mix-up dev set: real translations, mixed up, and the same left genuine.

Sentences come from Django's translation catalogs (tests/data/translations.jsonl.gz,
built by scripts/build_translations.py). Each is assigned to the tuning or the
held-out half by a hash of its English msgid. A *mixed-up* document is a
translation encoded in a code page its language is written in and decoded in
another (every pair below that changes it); a *genuine* document is the
translation as it is, and, for a few languages, in capitals.

Run: python scripts/eval_codepages.py [tune|heldout] [--show N] [--mixing | --lines]
Prints repaired share per pair and genuine documents changed. ``--lines``
takes each translation alone as a document instead (short texts: a word or
a sentence with one or two letters mixed up, and genuine short Czech,
Slovak or Croatian with letters a mix-up of Western text also shows). ``--mixing``
scores documents whose lines are not all shown alike instead, line by line:
kind A, one line mixed up among clean ones; kind B, the lines shown through
two different pairs of the language (alternating). It counts the mixed-up
lines repaired and the clean lines changed.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from textclean._filters.codepages import fix_legacy_codepage

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "translations.jsonl.gz"

# The code pages each language is saved in, and what it is then read as: the
# languages whose lexicon textclean ships (Croatian and Bosnian through
# Serbo-Croatian). Languages it has no lexicon for (Belarusian, Serbian
# Cyrillic, Estonian, Albanian, Irish...) are among the genuine documents.
_CYR = (
    ("cp1251", "cp1252"),
    ("cp1251", "latin-1"),
    ("cp866", "cp1251"),
    ("cp1251", "koi8-r"),
    ("iso8859-5", "cp1251"),
    ("mac-cyrillic", "cp1251"),
)
_WESTERN = (
    ("cp1252", "cp1251"),
    ("cp850", "cp1252"),
    ("cp1252", "cp850"),
    ("cp1252", "cp1257"),
    ("cp1252", "mac-roman"),
    ("mac-roman", "cp1252"),
    ("cp437", "cp1252"),
)
MIXUPS = {
    "ru": (*_CYR, ("koi8-r", "cp1251"), ("cp866", "cp1252"), ("koi8-r", "cp1252")),
    "uk": (*_CYR, ("koi8-u", "cp1251")),
    "bg": _CYR,
    "mk": (("cp1251", "cp1252"),),
    "el": (("cp1253", "cp1252"), ("iso8859-7", "cp1252")),
    "tr": (("cp1254", "cp1252"),),
    "lt": (("cp1257", "cp1252"),),
    "lv": (("cp1257", "cp1252"),),
    **dict.fromkeys(
        ("pl", "cs", "sk", "hu", "hr", "sl", "ro", "bs"),
        (
            ("cp1250", "cp1252"),
            ("iso8859-2", "cp1252"),
            ("iso8859-2", "latin-1"),
            ("cp852", "cp1250"),
        ),
    ),
    **dict.fromkeys(
        ("fr", "de", "es", "pt", "pt_BR", "it", "nl", "sv", "da", "nb", "fi", "is", "ca"),
        _WESTERN,
    ),
    "he": (("cp1255", "cp1252"), ("iso8859-8", "cp1252")),
    "ar": (("cp1256", "cp1252"),),
    "fa": (("cp1256", "cp1252"),),
    "vi": (("cp1258", "cp1252"),),
}
# Windows-1258 writes Vietnamese tones as combining marks after a letter it has.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def encode(text: str, codec: str) -> bytes:
    """``text`` in ``codec``; for Windows-1258, each toned letter as its letter and tone mark."""
    if codec != "cp1258":
        return text.encode(codec)
    parts = []
    for char in text:
        decomposed = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in decomposed if c in _TONES)
        base = "".join(c for c in decomposed if c not in _TONES)
        parts.append(unicodedata.normalize("NFC", base) + tones if tones else char)
    return "".join(parts).encode(codec)


def mixed_up(text: str, pairs: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str, str]]:
    """(saved, read, shown) for each (saved, read) pair of ``pairs`` that changes ``text``."""
    for saved, read in pairs:
        try:
            shown = encode(text, saved).decode(read)
        except UnicodeError:
            continue
        if shown != text:
            yield saved, read, shown


CAPITALS = ("pt", "pt_BR", "tr", "is", "el", "ru", "lv", "vi", "pl", "de")


class Doc(NamedTuple):
    lang: str
    pair: str  # "" for a genuine document
    text: str
    expected: str


def half(msgid: str) -> str:
    return "heldout" if hashlib.sha256(msgid.encode()).digest()[0] % 2 else "tune"


def translations(part: str) -> list[dict[str, str]]:
    rows = [json.loads(line) for line in gzip.decompress(DATA.read_bytes()).decode().splitlines()]
    return [row for row in rows if half(row["msgid"]) == part]


DOC_LINES = 3  # consecutive translations of one catalog make a document


def grouped(part: str) -> list[tuple[str, str]]:
    """(language, document): runs of DOC_LINES consecutive translations, one per line."""
    docs: list[tuple[str, str]] = []
    run: list[str] = []
    lang = ""
    for row in [*translations(part), {"lang": "", "text": ""}]:
        if row["lang"] != lang or len(run) == DOC_LINES:
            if run:
                docs.append((lang, "\n".join(run)))
            run, lang = [], row["lang"]
        run.append(row["text"])
    return docs


def single_lines(part: str) -> list[tuple[str, str]]:
    """(language, translation) of one half, each alone."""
    return [(row["lang"], row["text"]) for row in translations(part)]


def documents(part: str, *, lines: bool = False) -> tuple[list[Doc], list[Doc]]:
    """(mixed-up, genuine) documents of one half: DOC_LINES translations, or one if ``lines``."""
    mixed, genuine = [], []
    for lang, text in single_lines(part) if lines else grouped(part):
        genuine.append(Doc(lang, "", text, text))
        if lang in CAPITALS and text.upper() != text:
            genuine.append(Doc(lang, "", text.upper(), text.upper()))
        mixed += [
            Doc(lang, f"{saved} read as {read}", shown, text)
            for saved, read, shown in mixed_up(text, MIXUPS.get(lang, ()))
        ]
    return mixed, genuine


class MixedLines(NamedTuple):
    kind: str  # "A": one line mixed up among clean ones; "B": two pairs, alternating
    lang: str
    pairs: tuple[str, ...]  # each line's pair, "" for a clean line
    shown: tuple[str, ...]
    expected: tuple[str, ...]


def _shown(line: str, pair: tuple[str, str]) -> str | None:
    try:
        return encode(line, pair[0]).decode(pair[1])
    except UnicodeError:
        return None


def _pick(text: str, salt: str, count: int) -> int:
    """A stable choice among ``count`` from a document's text."""
    return int.from_bytes(hashlib.sha256(f"{salt}:{text}".encode()).digest()[:4], "big") % count


def mixing_documents(part: str) -> list[MixedLines]:
    """Documents of several lines (kind A and B above) of one half, each choice fixed by a hash."""
    docs = []
    for lang, text in grouped(part):
        pairs = MIXUPS.get(lang, ())
        lines = tuple(text.split("\n"))
        if not pairs or len(lines) < 2:
            continue
        # Kind A: one line, of those a pair changes, shown through it.
        pair = pairs[_pick(text, "A-pair", len(pairs))]
        changed = [i for i, line in enumerate(lines) if _shown(line, pair) not in (None, line)]
        if changed:
            at = changed[_pick(text, "A-line", len(changed))]
            shown = tuple(
                _shown(line, pair) or line if i == at else line for i, line in enumerate(lines)
            )
            names = tuple(" read as ".join(pair) if i == at else "" for i in range(len(lines)))
            docs.append(MixedLines("A", lang, names, shown, lines))
        # Kind B: the lines shown through two pairs in turn.
        if len(pairs) < 2:
            continue
        first = _pick(text, "B-first", len(pairs))
        second = (first + 1 + _pick(text, "B-second", len(pairs) - 1)) % len(pairs)
        chosen = [pairs[first] if i % 2 == 0 else pairs[second] for i in range(len(lines))]
        shown_b = [_shown(line, pair) for line, pair in zip(lines, chosen, strict=True)]
        if any(line is None for line in shown_b):
            continue
        names = tuple(
            " read as ".join(pair) if new != line else ""
            for line, new, pair in zip(lines, shown_b, chosen, strict=True)
        )
        if len({name for name in names if name}) == 2:  # two pairs shown
            docs.append(MixedLines("B", lang, names, tuple(map(str, shown_b)), lines))
    return docs


def mixing(part: str, show: int) -> int:
    """Score the --mixing documents line by line."""
    damaged: Counter[str] = Counter()
    repaired: Counter[str] = Counter()
    clean: Counter[str] = Counter()
    broken: Counter[str] = Counter()
    misses = []
    for doc in mixing_documents(part):
        out = fix_legacy_codepage("\n".join(doc.shown)).split("\n")
        if len(out) != len(doc.expected):
            out = list(doc.shown)  # (never: every pair keeps the lines)
        for name, line, want, got in zip(doc.pairs, doc.shown, doc.expected, out, strict=True):
            if name:
                damaged[doc.kind] += 1
                repaired[doc.kind] += got == want
            else:
                clean[doc.kind] += 1
                broken[doc.kind] += got != want
            if got != want:
                misses.append((doc, name, line, got))
    for kind in sorted(damaged):
        print(
            f"{part} mixing kind {kind}: mixed-up lines repaired {repaired[kind]}/{damaged[kind]} "
            f"({100 * repaired[kind] / damaged[kind]:.1f}%), clean lines changed "
            f"{broken[kind]}/{clean[kind]}"
        )
    for doc, name, line, got in misses[:show]:
        print("MISS", doc.kind, doc.lang, name or "clean", repr(line[:60]), "->", repr(got[:60]))
    return 0


def main(argv: list[str]) -> int:
    part = argv[0] if argv else "tune"
    show = int(argv[argv.index("--show") + 1]) if "--show" in argv else 0
    if "--mixing" in argv:
        return mixing(part, show)
    mixed, genuine = documents(part, lines="--lines" in argv)
    total, fixed = Counter(), Counter()
    misses = []
    for doc in mixed:
        total[doc.pair] += 1
        out = fix_legacy_codepage(doc.text)
        if out == doc.expected:
            fixed[doc.pair] += 1
        else:
            misses.append((doc, out))
    changed = [(doc, out) for doc in genuine if (out := fix_legacy_codepage(doc.text)) != doc.text]
    print(
        f"{part}: mixed-up documents repaired {sum(fixed.values())}/{sum(total.values())} "
        f"({100 * sum(fixed.values()) / sum(total.values()):.1f}%), "
        f"genuine changed {len(changed)}/{len(genuine)}, "
        f"languages {len({d.lang for d in mixed})} mixed up, {len({d.lang for d in genuine})} genuine"
    )
    for pair in sorted(total):
        print(
            f"  {pair:28s} {fixed[pair]:5d}/{total[pair]:5d} {100 * fixed[pair] / total[pair]:5.1f}%"
        )
    by_lang = Counter(d.lang for d, _ in misses)
    print("  misses by language:", dict(by_lang.most_common()))
    for doc, out in changed[:show]:
        print("GENUINE CHANGED", doc.lang, repr(doc.text[:80]), "->", repr(out[:80]))
    for doc, out in misses[:show]:
        print("MISS", doc.lang, doc.pair, repr(doc.text[:60]), "->", repr(out[:60]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
