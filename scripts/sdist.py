"""
Read files out of a package's source distribution, fetched from PyPI with pip.

Data that belongs to another project (ftfy's test cases, htmldate's cached
pages) is fetched at set-up time this way and never committed here.
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator


def sdist_files(
    name: str, version: str, wanted: Callable[[str], bool]
) -> Iterator[tuple[str, bytes]]:
    """Yield (member name, content) of each file of ``name==version``'s sdist that ``wanted`` keeps."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
             f"{name}=={version}", "-d", tmp],
            check=True,
        )  # fmt: skip
        (archive,) = Path(tmp).glob(f"{name}-*.tar.gz")
        with tarfile.open(archive) as tar:
            for member in tar.getmembers():
                if member.isfile() and wanted(member.name):
                    data = tar.extractfile(member)
                    assert data is not None
                    yield member.name, data.read()
