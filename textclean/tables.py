"""
Small tables the filters build from the lexicon and the confusables, shipped precomputed.

A new process (each worker of the CLI) would otherwise build them on first
use: the look-alike letters each language writes as its own take 0.06 s of
Python over every word of 35 lexicons, and loading those lexicons 0.15 s
more. ``scripts/gen_first_use_tables.py`` builds them with the filters' own
functions (`tables_to_ship`) and pickles them (plain types, loaded in C) to
``textclean/data/first_use_tables.pickle``; a filter takes its table from
there, and builds it as before only when the file lacks it.
``tests/test_first_use_tables.py`` checks that the shipped tables are those
the functions build.
"""

from __future__ import annotations

import pickle
from functools import cache
from importlib.resources import files
from pathlib import Path

PATH = files("textclean") / "data" / "first_use_tables.pickle"


@cache
def _shipped() -> dict[str, object]:
    if not PATH.is_file():
        return {}
    shipped: dict[str, object] = pickle.loads(PATH.read_bytes())  # noqa: S301 - our own file
    return shipped


def shipped(key: str) -> object | None:
    """The shipped table under ``key``, or None: then the caller builds it."""
    return _shipped().get(key)


def tables_to_ship() -> dict[str, object]:
    """Every table shipped, by key, as the filters' functions build it."""
    from textclean._filters.homoglyphs import letters  # noqa: PLC0415 - the filters import this

    return letters.tables_to_ship()


def write(tables: dict[str, object]) -> None:
    """Write ``tables`` (key to table, plain types) to the shipped file."""
    data = pickle.dumps(dict(sorted(tables.items())), protocol=4)
    Path(str(PATH)).write_bytes(data)
