"""
Generate the tables the filters would otherwise build from the lexicon in every new process.

- ``textclean/data/lexicon_index.bin``: which languages list each word
  (textclean.lexicon.index_bytes), so that a question about all languages
  does not load every language's table;
- ``textclean/data/first_use_tables.pickle``: small tables built from the
  lexicon and the confusables (textclean.tables.tables_to_ship).

Run again after the lexicon (scripts/gen_lexicon.py), the confusables or a
builder's settings change; tests/test_first_use_tables.py fails until then.

Run: python scripts/gen_first_use_tables.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from textclean import lexicon, tables


def main() -> int:
    index = Path(str(lexicon.INDEX_PATH))
    index.write_bytes(lexicon.index_bytes())
    print(f"{index}: {index.stat().st_size / 1e6:.1f} MB")
    tables.write(tables.tables_to_ship())
    print(f"{tables.PATH}: {len(tables.tables_to_ship())} tables")
    return 0


if __name__ == "__main__":
    sys.exit(main())
