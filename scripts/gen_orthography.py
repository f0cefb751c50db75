"""
Generate textclean/_filters/_orthography.py: the letters outside ASCII each Latin language writes.

fix_legacy_codepage asks whether a text's letters are all one language's
(_written): the letters of its most frequent words, and those of its
orthography, which its frequent words may hold too few of to count
(French ``ï`` of ``naïf``, ``æ``, ``ÿ``; Swedish ``à``; Finnish ``š``).

The orthography is the base exemplar characters of gflanguages 0.7.11
(Google Fonts' language data, from Unicode CLDR's standard exemplars and
other sources; Apache-2.0), the release scripts/gen_unlisted_alphabets.py
reads, for each Latin language fix_legacy_codepage weighs: the letters
outside ASCII, casefolded and composed (NFC). Serbo-Croatian (``sh``) is
written as Croatian (``hr``); a language with no letters outside ASCII
(English, Indonesian, Malay) has none listed; Vietnamese is left out, its
frequent words holding every letter of its own (and its 70-odd toned
letters would make every text of them one language's).

Run: python scripts/gen_orthography.py [WHEEL]  (downloads the wheel with pip if not given)
"""

from __future__ import annotations

import re
import sys
import tempfile
import zipfile
from pathlib import Path

from gen_unlisted_alphabets import REQUIREMENT, download, letters

from textclean._filters.codepages import _LATIN_LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "textclean" / "_filters" / "_orthography.py"
_BASE = re.compile(r'^\s+base: "(.*)"$', re.MULTILINE)
# The lexicon's codes gflanguages spells otherwise.
_CODES = {"sh": "hr"}
_LEFT_OUT = frozenset({"vi"})


def orthographies(wheel: Path) -> dict[str, str]:
    """Each Latin language's letters outside ASCII, sorted, where it has any."""
    found = {}
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for lang in _LATIN_LANGUAGES:
            name = f"gflanguages/data/languages/{_CODES.get(lang, lang)}_Latn.textproto"
            if lang in _LEFT_OUT or name not in names:
                continue
            base = _BASE.search(archive.read(name).decode("utf-8"))
            if base and (alphabet := letters(base[1])):
                found[lang] = "".join(sorted(alphabet))
    return found


def write(found: dict[str, str]) -> None:
    """Write the module, one language a line."""
    lines = [
        '"""',
        "Letters outside ASCII of each Latin language's orthography. Generated: do not edit.",
        "",
        f"Source: the base exemplar characters of {REQUIREMENT} (Apache-2.0),",
        "casefolded and composed; Serbo-Croatian as Croatian; Vietnamese left out.",
        "Made by scripts/gen_orthography.py.",
        '"""',
        "",
        "ORTHOGRAPHY: dict[str, str] = {",
        *(f'    "{lang}": "{alphabet}",' for lang, alphabet in sorted(found.items())),
        "}",
        "",
    ]
    TARGET.write_text("\n".join(lines), "utf-8")


def main(argv: list[str]) -> int:
    """Generate the module from the wheel named in ``argv``, or one downloaded."""
    if argv:
        write(orthographies(Path(argv[0])))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            write(orthographies(download(Path(tmp))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
