"""
fix_encoding on whole documents, against ftfy both ways: on the whole document and line by line.

Documents are built from real translations (tests/data/translations.jsonl.gz,
Django's catalogs in 40 languages); some lines are damaged through one of
the code pages mojibake comes from, once or twice, the others left clean.
"""

import gzip
import json
from pathlib import Path

import ftfy
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from textclean._filters.encoding import FTFY_ENCODING_ONLY, FixEncoding

# Entities aside: ftfy.fix_encoding leaves them, so both sides do here.
PER_LINE = FTFY_ENCODING_ONLY._replace(unescape_html=False)

DATA = Path(__file__).resolve().parent / "data" / "translations.jsonl.gz"
LINES = sorted(
    {
        row["text"].replace("\n", " ")
        for line in gzip.decompress(DATA.read_bytes()).decode().splitlines()
        if not (row := json.loads(line))["text"].isascii()
    }
)
CODECS = (
    "sloppy-windows-1252",
    "latin-1",
    "macroman",
    "cp437",
    "sloppy-windows-1250",
    "sloppy-windows-1251",
    "sloppy-windows-1257",
)
fix_encoding = FixEncoding(unescape_html=False)


def damage(text: str, codec: str, times: int) -> str:
    for _ in range(times):
        text = text.encode("utf-8").decode(codec)
    return text


_LINE = st.tuples(st.sampled_from(LINES), st.sampled_from((None, *CODECS)), st.integers(1, 2))
_DOCUMENT = st.lists(_LINE, min_size=1, max_size=6)


def build(spec: list[tuple[str, str | None, int]]) -> tuple[str, list[str], list[bool]]:
    """The damaged document, its original lines, and which lines were damaged."""
    shown = [line if codec is None else damage(line, codec, times) for line, codec, times in spec]
    return (
        "\n".join(shown),
        [line for line, _, _ in spec],
        [codec is not None for _, codec, _ in spec],
    )


@given(_DOCUMENT)
@example([("Hinzugefügt", "cp437", 1), ("Geändert am Freitag, den 3. März", "cp437", 1)])
@example([("Amanhã", "macroman", 1), ("Não há dados disponíveis", "macroman", 1)])
@example(
    [("Documentación", "sloppy-windows-1250", 1), ("Añadir una relación", "sloppy-windows-1250", 1)]
)
# Found by the stress profile: a line damaged once beside one damaged twice
# (ftfy ends the whole text's repair by mending inconsistent UTF-8).
@example(
    [
        (
            "Funksion skene: <code>%(full_name)s</code>. Emër: <code>%(url_name)s</code>.",
            "sloppy-windows-1257",
            1,
        ),
        (
            "Função de view: <code>%(full_name)s</code>. Nome: <code>%(url_name)s</code>.",
            "sloppy-windows-1257",
            2,
        ),
    ]
)
def test_repairs_what_ftfy_repairs_either_way(spec):
    """Whenever ftfy's whole-document repair or its line-by-line repair restores the document, so does fix_encoding."""
    text, original, _ = build(spec)
    whole = ftfy.fix_encoding(text)
    per_line = ftfy.fix_text(text, PER_LINE)
    expected = "\n".join(original)
    if expected in (whole, per_line):
        assert fix_encoding(text) == expected


@given(_DOCUMENT)
def test_never_makes_a_clean_line_worse(spec):
    """A line left clean comes back as it was, unless ftfy would change it on its own too."""
    text, original, damaged = build(spec)
    fixed = fix_encoding(text).split("\n")
    assert len(fixed) == len(original)
    for line, out, was_damaged in zip(original, fixed, damaged, strict=True):
        if not was_damaged and ftfy.fix_text(line, PER_LINE) == line:
            assert out == line


@pytest.mark.parametrize(
    ("lines", "codec"),
    [
        (["Hinzugefügt", "Geändert am Freitag, den 3. März"], "cp437"),
        (["Amanhã", "Não há dados disponíveis"], "macroman"),
        (["Documentación", "Añadir una relación"], "sloppy-windows-1250"),
    ],
)
def test_short_lines_follow_the_document(lines, codec):
    """A line too short for ftfy's detector alone is repaired with the decoding its document shows."""
    text = "\n".join(damage(line, codec, 1) for line in lines)
    assert fix_encoding(text) == "\n".join(lines)
    fixed, changes = fix_encoding.explain(text)
    assert fixed == "\n".join(lines)
    assert any("document" in change.reason for change in changes)
