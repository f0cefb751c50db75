"""
Fetch ftfy's own published test cases (tests/test_cases.json in its sdist) for the installed version.

The file is ftfy's, so it is not committed here: `make install` downloads the
sdist from PyPI and extracts that one file, and tests/test_ftfy_cases.py reads it.
"""

from __future__ import annotations

import importlib.metadata
import sys
from pathlib import Path

from sdist import sdist_files


def main() -> None:
    target = Path(sys.argv[1])
    version = importlib.metadata.version("ftfy")
    ((_, data),) = sdist_files("ftfy", version, lambda name: name.endswith("tests/test_cases.json"))
    target.write_bytes(data)
    print(f"ftfy {version} test cases -> {target}")


if __name__ == "__main__":
    main()
