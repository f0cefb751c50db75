"""
Encoding repair's scaling and its speed against ftfy, part of `make bench`.

1. Scaling: textclean.clean (default profile) on one text of each kind at
   1 KB, 100 KB, 1 MB and 10 MB, in ms per MB: flat rows mean linear time.
   Kinds: one line of French prose, the same in NFD (combining accents),
   HTML entities on one line, one line of mojibake, one line of mixed
   scripts, short lines of "Â x", and "café " repeated.
2. Speed: clean and fix_encoding alone against ftfy.fix_text on 1 MB of
   prose per language (Django's translations, tests/data), as ratios.

Run alone: python bench/encoding_scaling.py
"""

from __future__ import annotations

import gzip
import json
import time
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

import ftfy

import textclean
from textclean._filters.encoding import fix_encoding

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "translations.jsonl.gz"
SIZES = (1_000, 100_000, 1_000_000, 10_000_000)
PROSE_LANGUAGES = ("fr", "de", "es", "pl", "cs", "pt")


def prose(lang: str, size: int) -> str:
    """About ``size`` characters of a language's translations, 15 words a line."""
    rows = [json.loads(line) for line in gzip.decompress(DATA.read_bytes()).decode().splitlines()]
    words = " ".join(r["text"] for r in rows if r["lang"] == lang).split()
    lines = [" ".join(words[i : i + 15]) for i in range(0, len(words), 15)]
    doc = "\n".join(lines) + "\n"
    return (doc * (size // len(doc) + 1))[:size]


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def kinds() -> dict[str, Callable[[int], str]]:
    french = prose("fr", 200_000).replace("\n", " ")
    mojibake = french.encode("utf-8").decode("latin-1")
    mixed = " ".join(
        prose(lang, 20_000).replace("\n", " ") for lang in ("ru", "el", "fr", "vi", "pl", "de")
    )
    return {
        "French, one line": lambda n: _repeat(french, n),
        "NFD accents, one line": lambda n: unicodedata.normalize("NFD", _repeat(french, n)),
        "HTML entities, one line": lambda n: _repeat("&amp; ", n),
        "mojibake, one line": lambda n: _repeat(mojibake, n),
        "mixed scripts, one line": lambda n: _repeat(mixed, n),
        'lines of "Â x"': lambda n: _repeat("Â x\n", n),
        '"café " repeated': lambda n: _repeat("café ", n),
    }


def _seconds(func: Callable[[str], str], text: str) -> float:
    reps = max(1, 300_000 // len(text))
    best = float("inf")
    for _ in range(2 if len(text) < 5_000_000 else 1):
        began = time.perf_counter()
        for _ in range(reps):
            func(text)
        best = min(best, (time.perf_counter() - began) / reps)
    return best


def scaling_rows() -> list[str]:
    rows = [
        "| kind | " + " | ".join(f"{size // 1000:,} KB" for size in SIZES) + " |",
        "|---|" + "---:|" * len(SIZES),
    ]
    for name, make in kinds().items():
        cells = []
        for size in SIZES:
            text = make(size)
            megabytes = len(text.encode()) / 1e6
            cells.append(f"{_seconds(textclean.clean, text) * 1e3 / megabytes:.0f}")
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
        print(rows[-1], flush=True)
    return rows


def speed_rows() -> list[str]:
    rows = [
        "| prose (1 MB) | ftfy.fix_text MB/s | clean × ftfy | fix_encoding × ftfy |",
        "|---|---:|---:|---:|",
    ]
    for lang in PROSE_LANGUAGES:
        text = prose(lang, 1_000_000)
        megabytes = len(text.encode()) / 1e6
        ftfy_s = _seconds(ftfy.fix_text, text)
        clean_s = _seconds(textclean.clean, text)
        fix_s = _seconds(fix_encoding, text)
        rows.append(
            f"| {lang} | {megabytes / ftfy_s:.1f} | {ftfy_s / clean_s:.0f}× | {ftfy_s / fix_s:.0f}× |"
        )
        print(rows[-1], flush=True)
    return rows


def tables() -> list[str]:
    """Both tables, as Markdown lines."""
    return [
        "Encoding repair, time per MB of `textclean.clean` (ms/MB) by text size:",
        "",
        *scaling_rows(),
        "",
        "Accented prose against ftfy (one core):",
        "",
        *speed_rows(),
    ]


if __name__ == "__main__":
    print("\n".join(tables()))
