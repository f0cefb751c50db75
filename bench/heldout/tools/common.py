"""Shared helpers for building the held-out sets (build-time only)."""
from __future__ import annotations
import json, os, random, re, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
POOL = HERE / "sources" / "pool.json"
RAW = Path(os.environ.get("RAW_SENTENCES", "/tmp/evaldl/sentences.json"))

SCRIPT_OF = {
    "ru": "CYRILLIC", "uk": "CYRILLIC", "bg": "CYRILLIC", "sr": "CYRILLIC", "mk": "CYRILLIC",
    "be": "CYRILLIC", "kk": "CYRILLIC", "el": "GREEK", "hy": "ARMENIAN",
    "ja": "CJK", "zh_CN": "CJK", "zh_TW": "CJK", "ko": "HANGUL",
}
LATIN_LANGS = ["en_GB", "de", "fr", "es", "it", "pt", "pt_BR", "nl", "pl", "cs", "sk", "hu", "ro",
               "hr", "sl", "tr", "is", "vi", "lv", "lt", "et", "sv", "da", "fi", "ca", "sq"]
WANTED = list(SCRIPT_OF) + LATIN_LANGS

def script(ch: str) -> str:
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "?"
    if not ch.isalpha():
        return "OTHER"
    first = name.split()[0]
    if first in ("CJK", "HIRAGANA", "KATAKANA", "HALFWIDTH", "FULLWIDTH"):
        return "CJK" if first != "FULLWIDTH" else "FULLWIDTH"
    return first

def word_scripts_ok(s: str) -> bool:
    """No word that mixes Latin with Cyrillic/Greek/Armenian (translators' own slips)."""
    for w in re.findall(r"\w+", s):
        sc = {script(c) for c in w if c.isalpha()}
        sc.discard("OTHER")
        if "LATIN" in sc and sc & {"CYRILLIC", "GREEK", "ARMENIAN"}:
            return False
        if len(sc & {"CYRILLIC", "GREEK", "ARMENIAN"}) > 1:
            return False
    return True

def clean_enough(s: str) -> bool:
    if s != unicodedata.normalize("NFC", s) or "  " in s or s != s.strip():
        return False
    if any(unicodedata.category(c) in ("Cc", "Cf", "Co", "Cs", "Zl", "Zp") for c in s):
        return False
    if any(c in s for c in "\u00a0\u2009\u202f\u200b\ufffd\u2028"):
        return False
    if re.search(r"[ÃÂâ€]|Ð[\x80-\xbf]|Ñ[\x80-\xbf]", s):
        return False
    return word_scripts_ok(s)

def script_share(s: str, want: str) -> float:
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return 0.0
    if want == "CJK":
        ok = sum(script(c) in ("CJK",) for c in letters)
    elif want == "HANGUL":
        ok = sum(script(c) == "HANGUL" for c in letters)
    else:
        ok = sum(script(c) == want for c in letters)
    return ok / len(letters)

def build_pool(cap: int = 700, seed: int = 7) -> dict[str, list[str]]:
    raw = json.load(open(RAW, encoding="utf-8"))
    rng = random.Random(seed)
    pool = {}
    for lang in WANTED:
        items = [s for s in raw.get(lang, []) if clean_enough(s)]
        want = SCRIPT_OF.get(lang, "LATIN")
        thr = 0.97 if want != "CJK" else 0.6
        items = [s for s in items if script_share(s, want) >= thr]
        if want == "LATIN" and lang != "en_GB":
            # a translation, not an untranslated English string: needs a non-ASCII letter
            items = [s for s in items if any(ord(c) > 127 and c.isalpha() for c in s)]
        rng.shuffle(items)
        pool[lang] = items[:cap]
    return pool

def load_pool() -> dict[str, list[str]]:
    if not POOL.exists():
        POOL.parent.mkdir(exist_ok=True)
        json.dump(build_pool(), open(POOL, "w", encoding="utf-8"), ensure_ascii=False, indent=0)
    return json.load(open(POOL, encoding="utf-8"))

def write_jsonl(path: Path, docs: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
