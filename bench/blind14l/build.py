"""
Build blind14l's cases: look-alike letters and legacy code-page mix-ups, damaged and genuine.

``python bench/blind14l/build.py [--seed 1415] [--out bench/blind14l/cases.jsonl]``

Deterministic for a seed (the pools and the UDHR wheel are pinned). See README.md.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

import texts

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind14"))
import sources  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Callable

# ---------------------------------------------------------------- real text

POOL_LANGS = (
    "en",
    "de",
    "fr",
    "es",
    "it",
    "pt",
    "pl",
    "cs",
    "hu",
    "ru",
    "uk",
    "el",
    "zh",
    "ja",
    "ko",
)
UDHR = {
    "nl": "nld", "sv": "swe", "da": "dan", "ro": "ron_2006", "tr": "tur", "bg": "bul",
    "sr": "srp_cyrl", "kk": "kaz", "be": "bel", "mk": "mkd", "sk": "slk", "hr": "hrv",
    "sl": "slv", "lt": "lit", "lv": "lav", "et": "est", "is": "isl", "vi": "vie",
}  # fmt: skip
CJK = ("zh", "ja", "ko")
_BAD = re.compile(r"https?:|www\.|[@#<>{}|_\[\]=*\\\u2500-\u259f\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LATIN = re.compile(r"[A-Za-z]")
_OTHER = re.compile(r"[\u0370-\u03ff\u0400-\u052f]")


def mixed_word(sentence: str) -> bool:
    return any(_LATIN.search(w) and _OTHER.search(w) for w in sentence.split())


def usable(sentence: str, lang: str) -> bool:
    s = sentence
    if s != s.strip() or _BAD.search(s) or mixed_word(s) or "\ufffd" in s:
        return False
    if lang in CJK:
        return 10 <= len(s) <= 120 and s[-1] in "。！？.!?"
    first = s.lstrip('«„“"¿¡(')[:1]
    return 5 <= len(s.split()) <= 45 and first.isalpha() and first.isupper() and s[-1] in '.!?»"”'


class Text:
    """Every language's usable sentences, each handed out once, in a seeded order."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.sentences: dict[str, list[str]] = {}
        pools = sources.pools()
        for lang in POOL_LANGS:
            self.sentences[lang] = [s for p in pools[lang] for s in p if usable(s, lang)]
        for lang, code in UDHR.items():
            self.sentences[lang] = [
                s
                for p in sources.udhr_paragraphs(code)
                for s in sources.sentences(p)
                if usable(s, lang)
            ]
        for lang in self.sentences:
            self.sentences[lang] = list(dict.fromkeys(self.sentences[lang]))
            rng.shuffle(self.sentences[lang])
        self.last: list[str] = []

    def take(self, lang: str) -> str:
        pool = self.sentences[lang]
        if not pool:
            msg = f"no sentences left for {lang}"
            raise LookupError(msg)
        return pool.pop()

    def give_back(self, lang: str) -> None:
        """Sentences a damage could not use go back, to be handed out last."""
        self.sentences[lang][:0] = self.last

    def doc(self, lang: str, most: int = 4, least: int = 1) -> str:
        """``least`` to ``most`` sentences; past two, sometimes as two paragraphs."""
        parts = [self.take(lang) for _ in range(self.rng.randint(least, most))]
        self.last = parts
        if len(parts) > 2 and self.rng.random() < 0.5:
            cut = self.rng.randint(1, len(parts) - 1)
            sep = "" if lang in CJK else " "
            return sep.join(parts[:cut]) + "\n" + sep.join(parts[cut:])
        return ("" if lang in CJK else " ").join(parts)


# ---------------------------------------------------------------- look-alike tables (written for this set)

TO_CYRILLIC = dict(
    zip("aceopxyijshdqwABCEHIJKMOPSTXY", "асеорхуіјѕһԁԛԝАВСЕНІЈКМОРЅТХҮ", strict=True)
)
TO_GREEK = dict(zip("oviuABEHIKMNOPTXYZ", "ονιυΑΒΕΗΙΚΜΝΟΡΤΧΥΖ", strict=True))
TO_ARMENIAN = dict(zip("ouhnqg", "օսհոզց", strict=True))
TO_IPA = dict(zip("agi", "ɑɡı", strict=True))
TO_CHEROKEE = dict(zip("ABCDEGHJKLMPRSTVWZ", "ᎪᏴᏟᎠᎬᏀᎻᎫᏦᏞᎷᏢᎡᏚᎢᏙᎳᏃ", strict=True))
MIXED = TO_CYRILLIC | {k: v for k, v in TO_GREEK.items() if k.isupper()} | TO_ARMENIAN
# Cyrillic letters and their Latin twins (for Cyrillic text damaged with Latin letters)
TO_LATIN = dict(zip("аеорсхуіјѕһАВЕКМНОРСТХІЈЅ", "aeopcxyijshABEKMHOPCTXIJS", strict=True))
GREEK_TO_LATIN = dict(zip("οκνΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "okvABEZHIKMNOPTYX", strict=True))

STYLES = ["BOLD", "ITALIC", "BOLD ITALIC", "SCRIPT", "BOLD SCRIPT", "FRAKTUR", "BOLD FRAKTUR",
          "DOUBLE-STRUCK", "SANS-SERIF", "SANS-SERIF BOLD", "SANS-SERIF ITALIC", "MONOSPACE"]  # fmt: skip
# Letters the mathematical block leaves out, because Letterlike Symbols had them first.
_HOLES = {"SCRIPT": "SCRIPT", "FRAKTUR": "BLACK-LETTER", "DOUBLE-STRUCK": "DOUBLE-STRUCK"}


def styled_letter(style: str, letter: str) -> str:
    case = "CAPITAL" if letter.isupper() else "SMALL"
    try:
        return unicodedata.lookup(f"MATHEMATICAL {style} {case} {letter.upper()}")
    except KeyError:
        if style == "ITALIC" and letter == "h":
            return "\u210e"  # PLANCK CONSTANT, the italic small h
        return unicodedata.lookup(f"{_HOLES[style]} {case} {letter.upper()}")


def styled(text: str, style: str) -> str:
    return "".join(styled_letter(style, c) if c.isascii() and c.isalpha() else c for c in text)


def fullwidth(text: str, *, spaces: bool) -> str:
    out = []
    for c in text:
        if c == " " and spaces:
            out.append("\u3000")
        elif "!" <= c <= "~" and (c.isalnum() or spaces):
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


# ---------------------------------------------------------------- damage


def swap(text: str, table: dict[str, str], share: float, rng: random.Random) -> str | None:
    """Each letter the table has, swapped with probability ``share``; at least one."""
    spots = [i for i, c in enumerate(text) if c in table]
    if not spots:
        return None
    chosen = {i for i in spots if rng.random() < share} or {rng.choice(spots)}
    return "".join(table[c] if i in chosen else c for i, c in enumerate(text))


def whole_words(
    text: str, table: dict[str, str], rng: random.Random, shortest: int = 2
) -> str | None:
    """1-3 words (of ``shortest`` letters or more) made wholly of table letters, each rewritten whole."""
    spans = [
        m.span()
        for m in re.finditer(r"\w+", text)
        if len(m.group()) >= shortest and all(c in table for c in m.group())
    ]
    if not spans:
        return None
    chosen = rng.sample(spans, min(len(spans), rng.randint(1, 3)))
    out = list(text)
    for a, b in chosen:
        for i in range(a, b):
            out[i] = table[out[i]]
    return "".join(out)


def styled_words(text: str, rng: random.Random) -> str | None:
    spans = [m.span() for m in re.finditer(r"[A-Za-z]{2,}", text)]
    if len(spans) < 3:
        return None
    style = rng.choice(STYLES)
    out = text
    for a, b in sorted(rng.sample(spans, rng.randint(1, 3)), reverse=True):
        out = out[:a] + styled(out[a:b], style) + out[b:]
    return out


def styled_one_letter(text: str, rng: random.Random) -> str | None:
    """A line with styled words, in which a one-letter word (a, I) or the s of 's is styled too."""
    singles = [m.span() for m in re.finditer(r"\b[aI]\b|(?<=')s\b", text)]
    words = [m.span() for m in re.finditer(r"[A-Za-z]{2,}", text)]
    if not singles or len(words) < 3:
        return None
    style = rng.choice(STYLES)
    chosen = [*rng.sample(words, 2), rng.choice(singles)]
    out = text
    for a, b in sorted(chosen, reverse=True):
        out = out[:a] + styled(out[a:b], style) + out[b:]
    return out


def lone_capital(text: str, rng: random.Random) -> str | None:
    """The article A or the pronoun I written with a Greek or Cyrillic capital."""
    spots = [m.start() for m in re.finditer(r"\b[AI]\b", text)]
    if not spots:
        return None
    at = rng.choice(spots)
    twin = rng.choice({"A": "ΑА", "I": "ΙІ"}[text[at]])
    return text[:at] + twin + text[at + 1 :]


def fullwidth_words(text: str, rng: random.Random) -> str | None:
    spans = [m.span() for m in re.finditer(r"[A-Za-z]{2,}", text)]
    if len(spans) < 3:
        return None
    out = text
    for a, b in sorted(rng.sample(spans, rng.randint(1, 3)), reverse=True):
        out = out[:a] + fullwidth(out[a:b], spaces=False) + out[b:]
    return out


# ---------------------------------------------------------------- cases

Case = dict[str, object]


class Builder:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.text = Text(self.rng)
        self.cases: list[Case] = []
        self.seen: set[str] = set()

    def add(
        self, area: str, kind: str, lang: str, text: str, expected: str, **more: object
    ) -> bool:
        if text in self.seen:
            return False
        self.seen.add(text)
        number = sum(1 for c in self.cases if c["area"] == area) + 1
        self.cases.append({"id": f"{area}-{number:04}", "area": area, "kind": kind, "lang": lang,
                           "input": text, "expected": expected, **more})  # fmt: skip
        return True

    def damaged(
        self, kind: str, lang: str, count: int, damage: Callable[[str], str | None], most: int = 4
    ) -> None:
        made = tries = 0
        while made < count:
            tries += 1
            if tries > count * 40:
                msg = f"{kind} {lang}: only {made} of {count}"
                raise RuntimeError(msg)
            original = self.text.doc(lang, most if lang in POOL_LANGS else min(most, 2))
            broken = damage(original)
            if broken is None or broken == original:
                self.text.give_back(lang)
                continue
            made += self.add("look", f"damaged:{kind}", lang, broken, original)

    def genuine(self, area: str, kind: str, lang: str, text: str) -> None:
        self.add(area, f"genuine:{kind}", lang, text, text)

    # ------------------------------------------------------------ look

    def look(self) -> None:
        rng = self.rng

        def share() -> float:
            return rng.uniform(0.05, 0.3)

        self.damaged("en_every_o", "en", 18, lambda t: t.replace("o", "о") if "o" in t else None)
        self.damaged("en_random_cyrillic", "en", 22, lambda t: swap(t, TO_CYRILLIC, share(), rng))
        self.damaged("en_random_greek", "en", 14, lambda t: swap(t, TO_GREEK, share(), rng))
        self.damaged("en_random_armenian", "en", 12, lambda t: swap(t, TO_ARMENIAN, share(), rng))
        self.damaged("en_random_ipa", "en", 12, lambda t: swap(t, TO_IPA, share(), rng))
        self.damaged("en_random_cherokee", "en", 12, lambda t: swap(t, TO_CHEROKEE, 0.7, rng))
        self.damaged("en_random_mixed", "en", 18, lambda t: swap(t, MIXED, share(), rng))
        self.damaged("en_whole_words", "en", 22, lambda t: whole_words(t, TO_CYRILLIC, rng))
        self.damaged("en_one_letter", "en", 22, lambda t: swap(t, MIXED, 0.0, rng))
        self.damaged("en_styled_words", "en", 18, lambda t: styled_words(t, rng), most=2)
        self.damaged(
            "en_styled_sentence", "en", 14, lambda t: styled(t, rng.choice(STYLES)), most=1
        )
        self.damaged("en_styled_one_letter", "en", 12, lambda t: styled_one_letter(t, rng), most=2)
        self.damaged("en_lone_capital", "en", 12, lambda t: lone_capital(t, rng), most=3)
        self.damaged("en_fullwidth_words", "en", 12, lambda t: fullwidth_words(t, rng), most=2)
        self.damaged("en_fullwidth_sentence", "en", 10, lambda t: fullwidth(t, spaces=True), most=1)
        for lang in ("de", "fr", "es", "it", "pt", "pl", "cs", "hu", "nl", "sv", "da", "ro", "tr"):
            self.damaged("latin_random", lang, 3, lambda t: swap(t, MIXED, share(), rng))
            self.damaged("latin_whole_words", lang, 1, lambda t: whole_words(t, TO_CYRILLIC, rng))
            self.damaged("latin_one_letter", lang, 1, lambda t: swap(t, TO_CYRILLIC, 0.0, rng))
        for lang in ("ru", "uk", "bg", "sr", "kk", "be"):
            self.damaged("cyr_random", lang, 4, lambda t: swap(t, TO_LATIN, share(), rng))
            self.damaged("cyr_whole_words", lang, 2, lambda t: whole_words(t, TO_LATIN, rng, 1))
            self.damaged("cyr_one_letter", lang, 2, lambda t: swap(t, TO_LATIN, 0.0, rng))
            self.damaged(
                "cyr_every_o", lang, 1, lambda t: t.replace("о", "o") if "о" in t else None
            )
        self.damaged("greek_random", "el", 6, lambda t: swap(t, GREEK_TO_LATIN, share(), rng))
        self.damaged("greek_one_letter", "el", 4, lambda t: swap(t, GREEK_TO_LATIN, 0.0, rng))

        for line in texts.GLOSSARY:
            self.genuine("look", "bilingual_glossary", "mixed", line)
        for _ in range(10):
            self.genuine(
                "look",
                "bilingual_glossary",
                "mixed",
                "\n".join(rng.sample(texts.GLOSSARY, rng.randint(2, 5))),
            )
        for line in texts.QUOTED:
            self.genuine("look", "quoted_foreign", "en", line)
        for line in texts.SCIENCE:
            self.genuine("look", "science_greek", "en", line)
        for line in texts.CJK_FULLWIDTH:
            kana = re.search(r"[\u3040-\u30ff]", line)
            self.genuine("look", "fullwidth_in_cjk", "ja" if kana else "zh", line)
        for line in texts.LATIN_IN_CYRILLIC:
            self.genuine("look", "latin_in_cyrillic", "cyr", line)
        for line in texts.KAZAKH_LATIN:
            self.genuine("look", "kazakh_two_alphabets", "kk", line)
        for lang in ("ru", "uk", "bg", "sr", "mk", "el"):
            for _ in range(5):
                self.genuine(
                    "look", "real_text", lang, self.text.doc(lang, 4 if lang in POOL_LANGS else 2)
                )
        for lang in ("kk", "be"):
            for _ in range(6):
                self.genuine("look", "kazakh_belarusian", lang, self.text.doc(lang, 3))
        for lang in CJK:
            for _ in range(5):
                self.genuine("look", "real_text", lang, self.text.doc(lang, 3))

    # ------------------------------------------------------------ code pages

    # (saved as, read as, {language: cases})
    PAIRS: tuple[tuple[str, str, dict[str, int]], ...] = (
        ("cp1251", "cp1252", {"ru": 4, "uk": 4, "bg": 3, "be": 3, "sr": 3, "mk": 3}),
        ("koi8_r", "cp1251", {"ru": 5, "bg": 2}),
        ("koi8_u", "cp1251", {"uk": 5}),
        ("cp866", "cp1251", {"ru": 4, "bg": 2}),
        ("cp866", "cp1252", {"ru": 4}),
        ("cp1251", "koi8_r", {"ru": 4, "bg": 2}),
        ("cp1250", "cp1252", dict.fromkeys(("cs", "pl", "hu", "sk", "hr", "sl", "ro"), 3)),
        ("iso8859_2", "cp1252", dict.fromkeys(("cs", "pl", "hu", "sk", "hr", "sl"), 3)),
        ("cp1253", "cp1252", {"el": 12}),
        ("cp1254", "cp1252", {"tr": 12}),
        ("cp1257", "cp1252", {"lt": 6, "lv": 6}),
        ("cp850", "cp1252", dict.fromkeys(("de", "fr", "es", "pt", "it", "da", "sv"), 2)),
        ("mac_roman", "cp1252", dict.fromkeys(("de", "fr", "es", "pt", "it"), 3)),
        ("cp1252", "cp1251", dict.fromkeys(("de", "fr", "es", "pt", "it"), 3)),
    )
    GENUINE_LANGS = ("cs", "pl", "hu", "sk", "hr", "sl", "ro", "tr", "el", "lt", "lv", "et", "ru",
                     "uk", "bg", "be", "sr", "mk", "is", "vi", "de", "fr", "es", "pt", "it", "nl",
                     "sv", "da")  # fmt: skip

    def codepage(self) -> None:
        rng = self.rng
        for saved, shown, langs in self.PAIRS:
            for lang, count in langs.items():
                made = tries = 0
                while made < count:
                    tries += 1
                    if tries > 60 * count:
                        msg = f"{saved} as {shown}, {lang}: only {made} of {count}"
                        raise RuntimeError(msg)
                    long = rng.random() < 0.4
                    most = 5 if lang in POOL_LANGS else 3
                    original = self.text.doc(lang, most, 3) if long else self.text.doc(lang, 1)
                    if lang == "ro":  # legacy Romanian files had the cedilla letters
                        original = original.translate(str.maketrans("șțȘȚ", "şţŞŢ"))
                    broken = mix_up(original, saved, shown)
                    if broken is None:
                        self.text.give_back(lang)
                        continue
                    made += self.add("codepage", f"damaged:{saved}_as_{shown}", lang, broken, original,
                                     length="long" if long else "short")  # fmt: skip
        for lang in self.GENUINE_LANGS:
            for _ in range(2):
                self.genuine(
                    "codepage",
                    "real_text",
                    lang,
                    self.text.doc(lang, 4 if lang in POOL_LANGS else 2),
                )
        for lang in rng.sample(self.GENUINE_LANGS, 20):
            self.genuine("codepage", "all_caps", lang, self.text.take(lang).upper())
        for line in texts.NAMES_IN_ENGLISH:
            self.genuine("codepage", "names_in_english", "en", line)


def mix_up(text: str, saved: str, shown: str) -> str | None:
    """``text`` saved in one code page and read in another, where both steps are exact and no control character appears."""
    try:
        broken = text.encode(saved).decode(shown)
    except UnicodeError:
        return None
    if broken == text or any(unicodedata.category(c) == "Cc" and c != "\n" for c in broken):
        return None
    return broken


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").strip().splitlines()[0])
    parser.add_argument("--seed", type=int, default=1415)
    parser.add_argument("--out", type=Path, default=HERE / "cases.jsonl")
    args = parser.parse_args()
    builder = Builder(args.seed)
    builder.look()
    builder.codepage()
    with args.out.open("w", encoding="utf-8") as out:
        for case in builder.cases:
            out.write(json.dumps(case, ensure_ascii=False) + "\n")
    print(f"{len(builder.cases)} cases -> {args.out}")


if __name__ == "__main__":
    main()
