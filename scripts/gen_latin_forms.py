"""
Generate textclean/data/latin_forms.txt.gz, the Latin word forms fix_homoglyphs reads Latin text by.

wordfreq has no Latin, so lorem ipsum and other Latin text (quoted mottos,
legal and scientific phrases) are words no shipped lexicon lists, and a
look-alike stroke in them (``ꞁure``) was read as the English word it makes
(``lure``, not ``iure``). The forms come from the CLTK Latin lemmata (the
CLTK team, https://cltk.org/) as packaged in latin-lemmatizer 0.1.2 by
Mitchell G. Harris (MIT for the package; the data states no licence of
its own, and CLTK's Latin lemmata draw in part on GPL-licensed Collatinus
data, so the file is not shipped: generate it where you may use it). Kept: every inflected form
written in ASCII letters alone, small, then after a line ``#names`` the
forms written only capitalised (``Gallia``, ``Catilina``: Latin text names
people and places), casefolded; one a line, sorted, after a header naming
the source:

    #latin-lemmatizer 0.1.2 CLTK lemmata, MIT
    a
    ab
    ...
    #names
    aaron

The lemmata list forms, not their frequencies: the file says which strings
are Latin words, not how common they are.

Run (latin-lemmatizer needs Python 3.12, so its wheel is read, not installed):
    pip download --no-deps --only-binary=:all: --python-version 3.12 latin-lemmatizer==0.1.2
    python scripts/gen_latin_forms.py latin_lemmatizer-0.1.2-py3-none-any.whl
"""

from __future__ import annotations

import ast
import gzip
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "textclean" / "data" / "latin_forms.txt.gz"
SOURCE = "latin-lemmatizer 0.1.2 CLTK lemmata, MIT"
MEMBER = "latin_lemmatizer/lemmata.py"
NAMES = "#names"  # the line between the words and the names


def forms(wheel: Path) -> list[str]:
    """The lemmata's forms in ASCII letters, sorted: the words written small, then the names."""
    with zipfile.ZipFile(wheel) as archive:
        source = archive.read(MEMBER).decode("utf-8")
    tree = ast.parse(source)
    lemmata = next(
        node.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict)
    )
    written = ast.literal_eval(lemmata)
    words = {form for form in written if form.isascii() and form.isalpha() and form.islower()}
    names = {
        form.casefold()
        for form in written
        if form.isascii() and form.isalpha() and form.casefold() not in words
    }
    return [*sorted(words), NAMES, *sorted(names)]


def main(argv: list[str]) -> int:
    """Write the forms file from the latin-lemmatizer wheel named in ``argv``."""
    if len(argv) != 1:
        print(__doc__)
        return 2
    found = forms(Path(argv[0]))
    text = "\n".join([f"#{SOURCE}", *found]) + "\n"
    OUT.write_bytes(gzip.compress(text.encode("ascii"), compresslevel=9, mtime=0))
    print(f"{OUT}: {len(found) - 1} forms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
