"""
Extract real translated sentences from Django's message catalogs, for the code-page dev set.

Django ships its user-interface strings translated into some hundred languages
(``django/**/locale/<lang>/LC_MESSAGES/django.po``). No rule in textclean was
written from them. This script downloads Django's wheel with pip, reads every
catalog of the languages below, and writes one JSON line per translation:
``{"lang": ..., "msgid": ..., "text": ...}`` to tests/data/translations.jsonl.gz.

Which half a sentence falls in (tuning or held-out) is decided from its
English msgid by scripts/eval_codepages.py, so a sentence and its
translations always fall in the same half.

Run: python scripts/build_translations.py [path/to/Django.whl]
"""

from __future__ import annotations

import ast
import gzip
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "translations.jsonl.gz"
DJANGO = "django==5.2.19"
# Languages written in the legacy code pages the filter knows, and some
# written in others whose text must pass unchanged (vi, is, lv...).
LANGUAGES = (
    "ru", "uk", "bg", "mk", "be", "sr", "el", "tr", "az", "lt", "lv", "et", "pl", "cs",
    "sk", "hu", "hr", "sl", "ro", "bs", "sq", "fr", "de", "es", "pt", "pt_BR", "it",
    "nl", "sv", "da", "nb", "fi", "is", "ca", "id", "vi", "ga", "eu", "gl", "cy",
    "he", "ar", "fa",
)  # fmt: skip
_ENTRY = re.compile(r'^(msgid|msgstr(?:\[0\])?) (".*")$')


def entries(po: str) -> list[tuple[str, str]]:
    """(msgid, msgstr) pairs of a .po file, continuation lines joined, plurals' first form."""
    found: list[tuple[str, str]] = []
    key = None
    parts: dict[str, list[str]] = {}
    for line in [*po.splitlines(), ""]:
        if match := _ENTRY.match(line):
            key = match[1].split("[")[0]
            if key == "msgid" and "msgstr" in parts:
                found.append(_pair(parts))
                parts = {}
            parts[key] = [match[2]]
        elif line.startswith('"') and key is not None:
            parts[key].append(line)
        elif not line.strip() and "msgstr" in parts:
            found.append(_pair(parts))
            parts, key = {}, None
    return found


def _pair(parts: dict[str, list[str]]) -> tuple[str, str]:
    return tuple(
        "".join(ast.literal_eval(p) for p in parts.get(k, ['""'])) for k in ("msgid", "msgstr")
    )  # type: ignore[return-value]


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        if argv:
            wheel = Path(argv[0])
        else:
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "--no-deps", "-q", DJANGO, "-d", tmp],
                check=True,
            )
            wheel = next(Path(tmp).glob("*.whl"))
        rows = []
        with zipfile.ZipFile(wheel) as archive:
            for name in sorted(archive.namelist()):
                parts = name.split("/")
                if not name.endswith("LC_MESSAGES/django.po") or parts[-3] not in LANGUAGES:
                    continue
                for msgid, text in entries(archive.read(name).decode("utf-8")):
                    if msgid and text and text != msgid:
                        rows.append({"lang": parts[-3], "msgid": msgid, "text": text})
    seen = set()
    unique = []
    for row in rows:
        key = (row["lang"], row["text"])
        if key not in seen:
            seen.add(key)
            unique.append(row)
    OUT.write_bytes(
        gzip.compress(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in unique).encode(), mtime=0
        )
    )
    print(f"{len(unique)} translations in {len({r['lang'] for r in unique})} languages -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
