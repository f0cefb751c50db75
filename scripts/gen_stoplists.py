"""
Generate textclean/data/stoplists.tsv from jusText's stoplists.

jusText (BSD 2-Clause, (c) Jan Pomikálek and contributors) ships a stoplist
for each of about 100 languages, the words of each ordered by frequency. The
package imports lxml when loaded, so textclean does not depend on it: this
script reads its stoplist files as package data (justext is in the dev group)
and keeps, casefolded, the most frequent words of the languages listed below.
The result is one line per language, ``code<TAB>word word ...``. Run:

    .venv/bin/python scripts/gen_stoplists.py
"""

from __future__ import annotations

import importlib.metadata
import importlib.resources
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "textclean" / "data" / "stoplists.tsv"
WORDS_PER_LANGUAGE = 400
LANGUAGES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "ru": "Russian", "uk": "Ukrainian",
    "tr": "Turkish", "sv": "Swedish", "da": "Danish", "nb": "Norwegian_Bokmal", "fi": "Finnish",
    "cs": "Czech", "ro": "Romanian", "hu": "Hungarian", "el": "Greek", "ca": "Catalan",
    "hr": "Croatian", "id": "Indonesian",
}  # fmt: skip


def main() -> None:
    version = importlib.metadata.version("justext")
    stoplists = importlib.resources.files("justext") / "stoplists"
    lines = [
        f"# Stopwords by language, the {WORDS_PER_LANGUAGE} most frequent of each. Generated: do not edit.",
        f"# Source: jusText {version} stoplists (BSD 2-Clause licence, (c) Jan Pomikálek and",
        "# contributors), casefolded. Made by scripts/gen_stoplists.py.",
    ]
    for code, name in LANGUAGES.items():
        words: dict[str, None] = {}
        for word in (stoplists / f"{name}.txt").read_text("utf-8").split():
            words.setdefault(word.casefold())
            if len(words) == WORDS_PER_LANGUAGE:
                break
        lines.append(f"{code}\t{' '.join(words)}")
    OUT.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{len(LANGUAGES)} stoplists -> {OUT}")


if __name__ == "__main__":
    main()
