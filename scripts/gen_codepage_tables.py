"""
Generate textclean/data/codepage_tables.json.gz, fix_legacy_codepage's tables built from the lexicon.

Each language's letters and the letter-pair statistics of each family of
languages, built by the filter's own
functions (textclean/_filters/codepages.py, tables_to_ship), so a new process
loads them instead of building them. Run again after the lexicon, the pairs
or the settings those functions use change; tests/test_codepages_tables.py
fails until then (the filter builds a table the file lacks, as before).

Run: python scripts/gen_codepage_tables.py
"""

from __future__ import annotations

import sys

from textclean._filters import codepage_tables, codepages


def main() -> int:
    tables = codepages.tables_to_ship()
    codepage_tables.write(tables)
    print(f"{codepage_tables.PATH}: {len(tables)} tables")
    return 0


if __name__ == "__main__":
    sys.exit(main())
