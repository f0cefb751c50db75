"""
Small tables the filters build from the lexicon and the confusables, shipped precomputed.

A new process (each worker of the CLI) would otherwise build them on first
use: the look-alike letters each language writes as its own take 0.06 s of
Python over every word of 35 lexicons (and 0.15 s to load them), the letter
triples of the spelling model 0.2 s. ``scripts/gen_first_use_tables.py``
builds them with the filters' own functions (`tables_to_ship`) and pickles
them (plain types, each compressed alone and unpickled in C when first
asked for) to ``textclean/data/first_use_tables.pickle``; a filter takes
its table from there, and builds it as before only when the file lacks it.
``tests/test_first_use_tables.py`` checks that the shipped tables are those
the functions build.
"""

from __future__ import annotations

import zlib
from functools import cache
from importlib.resources import files
from pathlib import Path

from textclean.errors import reading_data_file

PATH = files("textclean") / "data" / "first_use_tables.pickle"


@cache
def _shipped() -> dict[str, bytes]:
    """Each shipped table by key, pickled and compressed: unpickled when asked for."""
    import pickle  # noqa: PLC0415 - on first need, not on import

    if not PATH.is_file():
        return {}
    with reading_data_file(PATH):
        shipped: dict[str, bytes] = pickle.loads(PATH.read_bytes())  # noqa: S301 - our own file
        if not isinstance(shipped, dict):
            raise TypeError(f"holds a {type(shipped).__name__}, not a dict of tables")
    return shipped


def shipped(key: str) -> object | None:
    """The shipped table under ``key`` (a new copy each call), or None: the caller builds it."""
    import pickle  # noqa: PLC0415 - on first need, not on import

    packed = _shipped().get(key)
    if packed is None:
        return None
    with reading_data_file(PATH):
        table: object = pickle.loads(zlib.decompress(packed))  # noqa: S301 - our own file
    return table


def tables_to_ship() -> dict[str, object]:
    """Every table shipped, by key, as the filters' functions build it."""
    from textclean._filters import homoglyphs, unicode  # noqa: PLC0415 - the filters import this
    from textclean._filters.homoglyphs import letters  # noqa: PLC0415 - as above

    return {
        **letters.tables_to_ship(),
        **homoglyphs.tables_to_ship(),
        **unicode.tables_to_ship(),
    }


def write(tables: dict[str, object]) -> None:
    """Write ``tables`` (key to table, plain types) to the shipped file."""
    import pickle  # noqa: PLC0415 - on first need, not on import

    packed = {
        key: zlib.compress(pickle.dumps(table, protocol=4), 9)
        for key, table in sorted(tables.items())
    }
    Path(str(PATH)).write_bytes(pickle.dumps(packed, protocol=4))
