"""
Generate textclean/data/lexicon/*.txt.gz, the compact word-frequency lexicon.

The words and their frequencies come from wordfreq (by Robyn Speer et al.),
whose data is licensed CC-BY-SA 4.0; see NOTICE. The generated files keep the
most frequent words of each language written in the Latin, Cyrillic or Greek
scripts, grouped by their Zipf frequency rounded to a tenth: a line of
(Zipf x 10):(words at it) runs, most frequent first, then the words in that
order, one a line (in a run, alphabetically):

    #wordfreq 3.1.1 en best
    @ 73:1 71:2
    the
    and
    of

The runs come first so that loading a language is one split of the words
and one dict built from them in C (textclean.lexicon._table), with no
Python loop over the words: every new process pays it for each language it
asks about.

Run: python scripts/gen_lexicon.py [LANG ...]   (needs the dev group: wordfreq)
With languages named, only their files are written.
"""

from __future__ import annotations

import gzip
import sys
import unicodedata
from importlib.metadata import version
from itertools import groupby, islice
from pathlib import Path

import wordfreq

OUT = Path(__file__).resolve().parent.parent / "textclean" / "data" / "lexicon"

# Languages of the scripts the filters weigh (Latin, Cyrillic, Greek), and the
# abjads a legacy code page is saved in (Hebrew Windows-1255, Arabic and
# Persian Windows-1256), for fix_legacy_codepage. CJK is left out: its words
# are not space-delimited.
LANGUAGES = [
    "ar",
    "bg",
    "ca",
    "cs",
    "da",
    "de",
    "el",
    "en",
    "es",
    "fa",
    "fi",
    "fil",
    "fr",
    "he",
    "hu",
    "id",
    "is",
    "it",
    "lt",
    "lv",
    "mk",
    "ms",
    "nb",
    "nl",
    "pl",
    "pt",
    "ro",
    "ru",
    "sh",
    "sk",
    "sl",
    "sv",
    "tr",
    "uk",
    "vi",
]
# English is the context language of most repairs, so it gets a deeper list.
WORDS_PER_LANGUAGE = {"en": 60_000}
DEFAULT_WORDS = 25_000


def _is_word(word: str) -> bool:
    """Letters only, with inner apostrophes or hyphens (wordfreq keeps "don't")."""
    core = word.replace("'", "").replace("-", "")
    return (
        bool(core)
        and word[0].isalpha()
        and word[-1].isalpha()
        and all(
            unicodedata.category(ch).startswith("L") or unicodedata.category(ch) == "Mn"
            for ch in core
        )
    )


def generate(lang: str) -> bytes:
    """One language's lexicon file, as gzip bytes (deterministic: no timestamp)."""
    limit = WORDS_PER_LANGUAGE.get(lang, DEFAULT_WORDS)
    words = islice((w for w in wordfreq.iter_wordlist(lang, "best") if _is_word(w)), limit)
    scored = [(round(wordfreq.zipf_frequency(w, lang, "best") * 10), w) for w in words]
    runs: list[str] = []
    listed: list[str] = []
    for bucket, group in groupby(scored, key=lambda pair: pair[0]):
        run = sorted(w for _, w in group)
        runs.append(f"{bucket}:{len(run)}")
        listed.extend(run)
    lines = [f"#wordfreq {version('wordfreq')} {lang} best", "@ " + " ".join(runs), *listed]
    text = "\n".join(lines) + "\n"
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def main(argv: list[str]) -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in argv or LANGUAGES:
        data = generate(lang)
        (OUT / f"{lang}.txt.gz").write_bytes(data)
        print(f"{lang}: {len(data) / 1024:.0f} KiB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
