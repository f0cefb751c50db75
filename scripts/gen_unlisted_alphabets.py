"""
Generate textclean/_filters/_unlisted_alphabets.py: the letters of Latin alphabets the lexicon has no words for.

fix_legacy_codepage weighs a repair by the word-frequency lexicon, which
knows some thirty languages. Text in one it lacks (Albanian ``Lankë``,
Friulian ``personâls``, Kurdish ``Rîko``) may read as a mix-up into one it
knows (Lithuanian ``Lankė``, Latvian ``personāls``, ``Rīko``); that its
letters are, together, the alphabet of a real orthography is evidence that
it is that orthography.

The alphabets are the base exemplar characters of gflanguages 0.7.11
(Google Fonts' language data, from CLDR and other sources; Apache-2.0), for
every language written in Latin script (``*_Latn``) whose code is none of
the lexicon's: the letters outside ASCII, casefolded and composed (NFC),
each alphabet once, and only those that are no subset of another (a text
fits some alphabet where it fits a largest one).

Run: python scripts/gen_unlisted_alphabets.py [WHEEL]  (downloads the wheel with pip if not given)
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

from textclean import lexicon

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "textclean" / "_filters" / "_unlisted_alphabets.py"
REQUIREMENT = "gflanguages==0.7.11"
# Codes the lexicon covers under another name: Serbo-Croatian (``sh``) is
# written as Bosnian, Croatian, Montenegrin and Serbian; Filipino as Tagalog;
# Malay as Standard Malay; Norwegian Bokmål's neighbour Nynorsk.
_ALSO_LISTED = frozenset({"bs", "hr", "cnr", "sr", "tl", "zsm", "nn", "no"})
_BASE = re.compile(r'^\s+base: "(.*)"$', re.MULTILINE)
_POPULATION = re.compile(r"^population: (\d+)$", re.MULTILINE)
# Speakers (gflanguages' population) of a language whose alphabet counts:
# the exemplars of languages of a few thousand speakers are less sure, and
# text in them rarer than mix-ups that read as them (Hungarian ``erõsség``
# shown in Windows-1252 is Walser German's letters).
MIN_POPULATION = 30_000


def letters(exemplars: str) -> frozenset[str]:
    """The letters outside ASCII of an exemplar set (``A B C Ç {DH} ...``), casefolded."""
    found = set()
    for token in exemplars.split():
        for char in unicodedata.normalize("NFC", token.strip("{}")).casefold():
            if char.isalpha() and not char.isascii():
                found.add(char)
    return frozenset(found)


def alphabets(wheel: Path) -> list[str]:
    """The largest distinct alphabets of Latin-script languages the lexicon lacks, sorted."""
    found: set[frozenset[str]] = set()
    listed = set(lexicon.LANGUAGES) | _ALSO_LISTED
    with zipfile.ZipFile(wheel) as archive:
        for name in archive.namelist():
            if "/languages/" not in name or not name.endswith("_Latn.textproto"):
                continue
            if Path(name).name.split("_")[0] in listed:
                continue
            data = archive.read(name).decode("utf-8")
            base, population = _BASE.search(data), _POPULATION.search(data)
            if population is None or int(population[1]) < MIN_POPULATION:
                continue
            if base and (alphabet := letters(base[1])):
                found.add(alphabet)
    largest = [a for a in found if not any(a < other for other in found)]
    return sorted("".join(sorted(a)) for a in largest)


def download(where: Path) -> Path:
    """The pinned gflanguages wheel, fetched with pip into ``where``."""
    command = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary"]
    subprocess.run([*command, ":all:", "-d", str(where), REQUIREMENT], check=True)
    return next(where.glob("gflanguages-*.whl"))


def write(found: list[str]) -> None:
    """Write the module, one alphabet a line."""
    lines = [
        '"""',
        "Letters outside ASCII of Latin alphabets the lexicon has no words for. Generated: do not edit.",
        "",
        f"Source: the base exemplar characters of {REQUIREMENT} (Apache-2.0), for",
        "each Latin-script language not in textclean.lexicon.LANGUAGES; casefolded,",
        "each the largest of those it is part of. Made by scripts/gen_unlisted_alphabets.py.",
        '"""',
        "",
        "ALPHABETS: tuple[str, ...] = (",
        *(f'    "{alphabet}",' for alphabet in found),
        ")",
        "",
    ]
    TARGET.write_text("\n".join(lines), "utf-8")


def main(argv: list[str]) -> int:
    """Generate the module from the wheel named in ``argv``, or one downloaded."""
    if argv:
        write(alphabets(Path(argv[0])))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            write(alphabets(download(Path(tmp))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
