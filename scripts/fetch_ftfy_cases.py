"""
Fetch ftfy's own published test cases (tests/test_cases.json in its sdist) for the installed version.

The file is ftfy's, so it is not committed here: `make install` downloads the
sdist from PyPI and extracts that one file, and tests/test_ftfy_cases.py reads it.
"""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path


def main() -> None:
    target = Path(sys.argv[1])
    version = importlib.metadata.version("ftfy")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
             f"ftfy=={version}", "-d", tmp],
            check=True,
        )  # fmt: skip
        (sdist,) = Path(tmp).glob("ftfy-*.tar.gz")
        with tarfile.open(sdist) as tar:
            member = next(m for m in tar.getmembers() if m.name.endswith("tests/test_cases.json"))
            data = tar.extractfile(member)
            assert data is not None
            target.write_bytes(data.read())
    print(f"ftfy {version} test cases -> {target}")


if __name__ == "__main__":
    main()
