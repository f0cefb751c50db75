"""
The tables fix_legacy_codepage builds from the lexicon, shipped precomputed.

Each language's letters and the letter-pair statistics of each family of
languages take a third of a second to build from the lexicon, in every new
process (each worker of the CLI). ``scripts/gen_codepage_tables.py`` builds
them with the filter's own functions and writes them to
``textclean/data/codepage_tables.json.gz``;
the filter takes a table from there when the file holds it, under a key that
names the settings it was built with, and was built from the lexicon shipped
(its files' checksum), else builds it on first use as before.
``tests/test_codepages_tables.py`` checks that the shipped tables are those
the functions build.
"""

from __future__ import annotations

import gzip
import json
import zlib
from functools import cache
from importlib.resources import files
from pathlib import Path

from textclean.errors import reading_data_file

PATH = files("textclean") / "data" / "codepage_tables.json.gz"
_LEXICON = files("textclean") / "data" / "lexicon"


def lexicon_checksum() -> int:
    """A checksum of the lexicon's files (names and bytes): the tables are built from them."""
    checksum = 0
    for data in sorted(_LEXICON.iterdir(), key=lambda path: path.name):
        checksum = zlib.crc32(data.read_bytes(), zlib.crc32(data.name.encode(), checksum))
    return checksum


@cache
def _shipped() -> dict[str, object]:
    """The shipped tables by key, or none if the file is missing or from another lexicon."""
    if not PATH.is_file():
        return {}
    with reading_data_file(PATH):
        shipped = json.loads(gzip.decompress(PATH.read_bytes()))
        if shipped.get("lexicon") != lexicon_checksum():
            return {}
        tables: dict[str, object] = shipped["tables"]
    return tables


def shipped(key: str) -> object | None:
    """The shipped table under ``key``, or None: then the caller builds it."""
    return _shipped().get(key)


def write(tables: dict[str, object]) -> None:
    """Write ``tables`` (key to table, as JSON) to the shipped file, with the lexicon's checksum."""
    data = json.dumps(
        {"lexicon": lexicon_checksum(), "tables": tables},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    Path(str(PATH)).write_bytes(gzip.compress(data.encode("utf-8"), mtime=0))
