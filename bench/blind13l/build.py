"""Build the blind evaluation set for look-alike and legacy code-page repair.

Written blind (round 13): without reading textclean's filters, its tests or the other
bench sets. Real text comes from bench/data/pools.json and from texts.py (sentences
written for this set). Seeded, so the output is the same on every run:

    python bench/blind13l/build.py            # writes bench/blind13l/cases.jsonl
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from texts import (  # noqa: E402
    FULLWIDTH_CJK,
    GLOSSARY,
    LATIN_IN_CYRILLIC,
    MATH,
    NAME_FRAMES,
    NAMES,
    QUOTED_FOREIGN,
    SCIENCE_GREEK,
    WRITTEN,
)

SEED = 1313
POOLS = HERE.parent / "data" / "pools.json"

# Look-alikes of ASCII letters, by script (Unicode confusables, checked by eye).
CYRILLIC_FOR_LATIN = {
    "a": "а",
    "c": "с",
    "e": "е",
    "o": "о",
    "p": "р",
    "x": "х",
    "y": "у",
    "i": "і",
    "j": "ј",
    "s": "ѕ",
    "h": "һ",
    "d": "ԁ",
    "q": "ԛ",
    "w": "ԝ",
    "A": "А",
    "B": "В",
    "C": "С",
    "E": "Е",
    "H": "Н",
    "I": "І",
    "J": "Ј",
    "K": "К",
    "M": "М",
    "O": "О",
    "P": "Р",
    "S": "Ѕ",
    "T": "Т",
    "X": "Х",
    "Y": "Ү",
}
GREEK_FOR_LATIN = {
    "o": "ο",
    "v": "ν",
    "u": "υ",
    "A": "Α",
    "B": "Β",
    "E": "Ε",
    "Z": "Ζ",
    "H": "Η",
    "I": "Ι",
    "K": "Κ",
    "M": "Μ",
    "N": "Ν",
    "O": "Ο",
    "P": "Ρ",
    "T": "Τ",
    "X": "Χ",
    "Y": "Υ",
}
ARMENIAN_FOR_LATIN = {"o": "օ", "u": "ս", "h": "հ", "n": "ո", "q": "զ", "g": "ց"}
OTHER_FOR_LATIN = {  # IPA, Latin extended, Cherokee capitals
    "a": "ɑ",
    "g": "ɡ",
    "i": "ı",
    "A": "Ꭺ",
    "B": "Ᏼ",
    "C": "Ꮯ",
    "E": "Ꭼ",
    "H": "Ꮋ",
    "J": "Ꭻ",
    "K": "Ꮶ",
    "M": "Ꮇ",
    "P": "Ꮲ",
    "S": "Ꮪ",
    "T": "Ꭲ",
    "V": "Ꮩ",
    "W": "Ꮃ",
}
SCRIPTS_FOR_LATIN = {
    "cyrillic": CYRILLIC_FOR_LATIN,
    "greek": GREEK_FOR_LATIN,
    "armenian": ARMENIAN_FOR_LATIN,
    "ipa_cherokee": OTHER_FOR_LATIN,
}
# Latin twins of Cyrillic and Greek letters.
LATIN_FOR_CYRILLIC = {
    "а": "a",
    "е": "e",
    "о": "o",
    "р": "p",
    "с": "c",
    "х": "x",
    "у": "y",
    "і": "i",
    "ј": "j",
    "ѕ": "s",
    "һ": "h",
    "А": "A",
    "В": "B",
    "Е": "E",
    "К": "K",
    "М": "M",
    "Н": "H",
    "О": "O",
    "Р": "P",
    "С": "C",
    "Т": "T",
    "Х": "X",
    "І": "I",
    "Ј": "J",
    "Ѕ": "S",
}
LATIN_FOR_GREEK = {
    "ο": "o",
    "ν": "v",
    "υ": "u",
    "α": "a",
    "Α": "A",
    "Β": "B",
    "Ε": "E",
    "Ζ": "Z",
    "Η": "H",
    "Ι": "I",
    "Κ": "K",
    "Μ": "M",
    "Ν": "N",
    "Ο": "O",
    "Ρ": "P",
    "Τ": "T",
    "Υ": "Y",
    "Χ": "X",
}
# Mathematical alphabets without holes (every ASCII letter has a code point).
STYLES = [
    "BOLD",
    "BOLD ITALIC",
    "BOLD FRAKTUR",
    "BOLD SCRIPT",
    "SANS-SERIF",
    "SANS-SERIF BOLD",
    "SANS-SERIF ITALIC",
    "SANS-SERIF BOLD ITALIC",
    "MONOSPACE",
    "ITALIC",
]
ITALIC_HOLES = {"h": "\u210e"}  # PLANCK CONSTANT stands for italic small h

CYRILLIC_LANGS = ["ru", "uk", "bg", "sr", "mk", "be", "kk", "ky", "tt", "ba", "mn", "tg"]
LATIN_LANGS = [
    "de",
    "fr",
    "es",
    "pl",
    "cs",
    "pt",
    "it",
    "hu",
    "tr",
    "lt",
    "lv",
    "et",
    "ro",
    "hr",
    "sk",
    "is",
    "vi",
]

Case = dict[str, str]


def load_sentences() -> dict[str, list[str]]:
    """Sentences of every language: the pools' passages flattened, plus texts.py."""
    passages = json.loads(POOLS.read_text(encoding="utf-8"))["passages"]
    out: dict[str, list[str]] = {}
    for lang, docs in passages.items():
        if lang == "en headlines":
            continue
        sents = [s.strip() for doc in docs for s in doc if isinstance(s, str)]
        out[lang] = sorted({s for s in sents if usable(s, lang)})
    for lang, sents in WRITTEN.items():
        out[lang] = list(sents)
    return out


MIXED_WORD = re.compile(r"\w*(?:[a-zA-Z]\w*[\u0370-\u04ff]|[\u0370-\u04ff]\w*[a-zA-Z])\w*")


def usable(sentence: str, lang: str) -> bool:
    """A clean sentence: a sensible length and no word already mixing scripts."""
    minimum = 8 if lang in ("zh", "ja", "ko") else 25
    if not minimum <= len(sentence) <= 400 or MIXED_WORD.search(sentence):
        return False
    return not any(unicodedata.category(c) in ("Cc", "Co", "Cs") for c in sentence)


def document(rng: random.Random, sents: list[str], lo: int, hi: int) -> str:
    """Consecutive-looking prose: lo..hi sentences, in paragraphs of 1-4 sentences."""
    n = rng.randint(lo, hi)
    picked = [rng.choice(sents) for _ in range(n)]
    paras: list[str] = []
    while picked:
        k = rng.randint(1, 4)
        paras.append(" ".join(picked[:k]))
        picked = picked[k:]
    return "\n\n".join(paras)


def swap(text: str, table: dict[str, str], rate: float, rng: random.Random) -> str:
    """Each letter with a look-alike in table swapped with probability rate (at least one)."""
    out = "".join(table[c] if c in table and rng.random() < rate else c for c in text)
    if out == text:
        spots = [i for i, c in enumerate(text) if c in table]
        if spots:
            i = rng.choice(spots)
            out = text[:i] + table[text[i]] + text[i + 1 :]
    return out


def mixed_table(rng: random.Random) -> dict[str, str]:
    """One look-alike per letter drawn from all scripts, fresh per document."""
    table: dict[str, str] = {}
    for script in rng.sample(list(SCRIPTS_FOR_LATIN.values()), 4):
        for k, v in script.items():
            table.setdefault(k, v)
    return table


def styled(word: str, style: str) -> str:
    out = []
    for c in word:
        if not c.isascii() or not c.isalpha():
            out.append(c)
            continue
        if style == "ITALIC" and c in ITALIC_HOLES:
            out.append(ITALIC_HOLES[c])
            continue
        case = "CAPITAL" if c.isupper() else "SMALL"
        out.append(unicodedata.lookup(f"MATHEMATICAL {style} {case} {c.upper()}"))
    return "".join(out)


def fullwidth(text: str, *, punctuation: bool) -> str:
    out = []
    for c in text:
        if c.isascii() and c.isalpha():
            out.append(chr(ord(c) + 0xFEE0))
        elif c == " ":
            out.append("\u3000" if punctuation else " ")
        elif punctuation and c.isascii() and (c.isdigit() or c in ".,:;!?'()-"):
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


WORD = re.compile(r"[A-Za-z]{4,}")


def pick_words(text: str, rng: random.Random, k: int) -> list[re.Match[str]]:
    words = list(WORD.finditer(text))
    return rng.sample(words, min(k, len(words)))


def replace_spans(text: str, spans: list[re.Match[str]], fn: Callable[[str], str]) -> str:
    for m in sorted(spans, key=lambda m: m.start(), reverse=True):
        text = text[: m.start()] + fn(m.group()) + text[m.end() :]
    return text


# --- look-alikes, damaged -------------------------------------------------------


def look_damaged(rng: random.Random, s: dict[str, list[str]]) -> Iterator[Case]:
    en = s["en"]

    def en_doc() -> str:
        return document(rng, en, *rng.choice([(1, 1), (2, 4), (5, 12)]))

    for _ in range(45):
        doc = en_doc()
        if "a" in doc:
            yield case("en_every_a", "en", doc.replace("a", "а"), doc)
    for script, table in SCRIPTS_FOR_LATIN.items():
        for _ in range(22 if script == "cyrillic" else 14):
            doc = en_doc()
            yield case(
                f"en_random_{script}", "en", swap(doc, table, rng.uniform(0.05, 0.3), rng), doc
            )
    for _ in range(30):
        doc = en_doc()
        yield case(
            "en_random_mixed", "en", swap(doc, mixed_table(rng), rng.uniform(0.05, 0.3), rng), doc
        )
    for _ in range(35):
        doc = en_doc()
        table = rng.choice([CYRILLIC_FOR_LATIN, mixed_table(rng)])
        spans = pick_words(doc, rng, 1)
        yield case(
            "en_one_word",
            "en",
            replace_spans(doc, spans, lambda w, t=table: swap(w, t, 1.0, rng)),
            doc,
        )
    for _ in range(25):
        sents = [rng.choice(en) for _ in range(rng.randint(2, 6))]
        hit = rng.randrange(len(sents))
        table = rng.choice([CYRILLIC_FOR_LATIN, mixed_table(rng)])
        bad = [swap(x, table, 1.0, rng) if i == hit else x for i, x in enumerate(sents)]
        yield case("en_whole_sentence", "en", " ".join(bad), " ".join(sents))
    for _ in range(30):
        doc = document(rng, en, 1, 3)
        style = rng.choice(STYLES)
        spans = pick_words(doc, rng, rng.randint(1, 3))
        yield case(
            "en_styled_words",
            "en",
            replace_spans(doc, spans, lambda w, st=style: styled(w, st)),
            doc,
        )
    for _ in range(20):
        sent = rng.choice([x for x in en if len(x) < 160])
        yield case("en_styled_sentence", "en", styled(sent, rng.choice(STYLES)), sent)
    for _ in range(15):
        doc = document(rng, en, 1, 3)
        spans = pick_words(doc, rng, rng.randint(1, 3))
        yield case(
            "en_fullwidth_words",
            "en",
            replace_spans(doc, spans, lambda w: fullwidth(w, punctuation=False)),
            doc,
        )
    for _ in range(10):
        sent = rng.choice([x for x in en if len(x) < 140])
        yield case("en_fullwidth_sentence", "en", fullwidth(sent, punctuation=True), sent)
    for _ in range(16):
        bad, doc = lone_capital(rng, en)
        yield case("en_lone_capital", "en", bad, doc)
    for _ in range(16):
        bad, doc = styled_letters(rng, en)
        yield case("en_styled_single_letters", "en", bad, doc)
    for lang in LATIN_LANGS:
        for _ in range(4):
            doc = document(rng, s[lang], 1, 6)
            table = rng.choice([CYRILLIC_FOR_LATIN, mixed_table(rng)])
            yield case("latin_random", lang, swap(doc, table, rng.uniform(0.05, 0.3), rng), doc)
    for lang in CYRILLIC_LANGS:
        n = 9 if lang in ("ru", "uk") else 5
        for i in range(n):
            doc = document(rng, s[lang], 1, 3 if lang not in ("ru", "uk") else 10)
            if i % 3 == 0:
                bad, kind = doc.replace("о", "o").replace("О", "O"), "cyr_every_o"
            elif i % 3 == 1:
                bad, kind = swap(doc, LATIN_FOR_CYRILLIC, rng.uniform(0.05, 0.3), rng), "cyr_random"
            else:
                words = [
                    m
                    for m in re.finditer(r"\w{4,}", doc)
                    if any(c in LATIN_FOR_CYRILLIC for c in m.group())
                ]
                spans = rng.sample(words, min(2, len(words)))
                bad, kind = (
                    replace_spans(doc, spans, lambda w: swap(w, LATIN_FOR_CYRILLIC, 1.0, rng)),
                    "cyr_word",
                )
            yield case(kind, lang, bad, doc)
    for i in range(24):
        doc = document(rng, s["el"], 1, 8)
        if i % 2:
            bad, kind = swap(doc, LATIN_FOR_GREEK, rng.uniform(0.05, 0.3), rng), "greek_random"
        else:
            bad, kind = doc.replace("ο", "o"), "greek_every_omicron"
        yield case(kind, "el", bad, doc)


LONE_CAPITAL = re.compile(r"(?:^|(?<= ))[AI](?= )")
SINGLE_LETTER = re.compile(r"(?:(?<=^)|(?<=[ ']))[aIs](?=[ ,.])")


def lone_capital(rng: random.Random, en: list[str]) -> tuple[str, str]:
    """An English sentence whose article A or pronoun I is a Greek or Cyrillic capital."""
    doc = rng.choice([x for x in en if LONE_CAPITAL.search(x)])
    spot = rng.choice(list(LONE_CAPITAL.finditer(doc)))
    twin = rng.choice([CYRILLIC_FOR_LATIN, GREEK_FOR_LATIN])[spot.group()]
    return doc[: spot.start()] + twin + doc[spot.end() :], doc


def styled_letters(rng: random.Random, en: list[str]) -> tuple[str, str]:
    """Styled words in a line, and its one-letter words (a, I, the s of 's) styled too."""
    doc = rng.choice([x for x in en if SINGLE_LETTER.search(x) and len(x) < 220])
    style = rng.choice(STYLES)
    spans = pick_words(doc, rng, rng.randint(2, 4)) + list(SINGLE_LETTER.finditer(doc))
    return replace_spans(doc, spans, lambda w: styled(w, style)), doc


# --- look-alikes, genuine ----------------------------------------------------------


def look_genuine(rng: random.Random, s: dict[str, list[str]]) -> Iterator[Case]:
    for lang in ("ru", "uk", "el", "zh", "ja", "ko"):
        for _ in range(12):
            yield case(
                "real_text", lang, document(rng, s[lang], *rng.choice([(1, 1), (2, 5), (6, 14)]))
            )
    for lang in ("bg", "sr", "mk", "be", "kk", "ky", "tt", "ba", "mn", "tg", "hy", "ka"):
        for _ in range(4):
            yield case("real_text", lang, document(rng, s[lang], 1, 5))
    for lang, pairs in GLOSSARY.items():
        for _ in range(8 if lang == "ru" else 5):
            sep = rng.choice([" = ", "\t", " — ", ": ", " | "])
            rows = rng.sample(pairs, rng.randint(1, 6))
            if rng.random() < 0.3:
                lines = [f"{en} ({native})" for en, native in rows]
            else:
                lines = [f"{en}{sep}{native}" for en, native in rows]
            yield case("bilingual_glossary", lang, "\n".join(lines))
    for text in QUOTED_FOREIGN:
        yield case("quoted_foreign", "en", text)
        ctx = rng.choice(s["en"])
        yield case("quoted_foreign", "en", f"{ctx} {text}")
    for text in LATIN_IN_CYRILLIC:
        yield case("latin_in_cyrillic", "ru", text)
    for _ in range(12):
        doc = document(rng, s["ru"], 1, 3)
        yield case("latin_in_cyrillic", "ru", f"{doc} {rng.choice(LATIN_IN_CYRILLIC)}")
    for text in SCIENCE_GREEK:
        yield case("science_greek", "en", text)
    for _ in range(8):
        yield case("science_greek", "en", " ".join(rng.sample(SCIENCE_GREEK, 3)))
    for text in MATH:
        yield case("math_variables", "en", text)
    for text in FULLWIDTH_CJK:
        yield case("fullwidth_in_cjk", "ja", text)
    for _ in range(8):
        lang = rng.choice(["zh", "ja"])
        yield case(
            "fullwidth_in_cjk", lang, document(rng, s[lang], 1, 2) + rng.choice(FULLWIDTH_CJK)
        )


# --- legacy code pages -----------------------------------------------------------------

CP_PAIRS: dict[str, list[tuple[str, str]]] = {
    "cyrillic": [
        ("cp1251", "cp1252"),
        ("koi8_r", "cp1251"),
        ("koi8_u", "cp1251"),
        ("cp866", "cp1251"),
        ("iso8859_5", "cp1251"),
        ("cp1251", "koi8_r"),
    ],
    "central": [("cp1250", "cp1252"), ("iso8859_2", "cp1252"), ("cp852", "cp1252")],
    "greek": [("cp1253", "cp1252"), ("iso8859_7", "cp1252")],
    "turkish": [("cp1254", "cp1252"), ("cp857", "cp1252")],
    "baltic": [("cp1257", "cp1252"), ("iso8859_13", "cp1252"), ("cp775", "cp1252")],
    "western": [
        ("cp1252", "cp1251"),
        ("cp850", "cp1252"),
        ("mac_roman", "cp1252"),
        ("cp1252", "mac_roman"),
        ("cp437", "cp1252"),
    ],
}
CP_LANGS = {
    "cyrillic": ["ru", "uk", "bg", "sr", "mk", "be"],
    "central": ["cs", "pl", "sk", "hr", "hu", "ro"],
    "greek": ["el"],
    "turkish": ["tr"],
    "baltic": ["lt", "lv", "et"],
    "western": ["de", "fr", "es", "pt", "it", "is"],
}
CEDILLA = str.maketrans("șțȘȚ", "şţŞŢ")  # legacy Romanian: cedilla, not comma below


def damage(text: str, saved: str, read: str) -> str | None:
    try:
        bad = text.encode(saved).decode(read)
    except UnicodeError:
        return None
    if bad == text or any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in bad):
        return None
    return bad


def cp_damaged(rng: random.Random, s: dict[str, list[str]]) -> Iterator[Case]:
    for group, langs in CP_LANGS.items():
        for lang in langs:
            sents = [x.translate(CEDILLA) if lang == "ro" else x for x in s[lang]]
            made, tries = 0, 0
            goal = {"cyrillic": 16, "greek": 44, "turkish": 32}.get(group, 17)
            while made < goal and tries < 400:
                tries += 1
                saved, read = CP_PAIRS[group][tries % len(CP_PAIRS[group])]  # every pair in turn
                long = made % 3 == 2
                doc = document(rng, sents, 3, 9) if long else rng.choice(sents)
                if not long and not 40 <= len(doc) <= 200:
                    doc = rng.choice(sents)
                    if not 20 <= len(doc) <= 200:
                        continue
                bad = damage(doc, saved, read)
                if bad is None:
                    continue
                made += 1
                yield case(f"{saved}_as_{read}", lang, bad, doc, length="long" if long else "short")


def cp_genuine(rng: random.Random, s: dict[str, list[str]]) -> Iterator[Case]:
    langs = [
        "cs",
        "sk",
        "hr",
        "pl",
        "lt",
        "lv",
        "tr",
        "is",
        "ro",
        "vi",
        "el",
        "ru",
        "et",
        "hu",
        "de",
        "fr",
        "es",
        "pt",
        "it",
        "uk",
        "bg",
        "sr",
        "mk",
    ]
    for lang in langs:
        for i in range(7 if lang in ("el", "ru", "cs", "pl", "tr") else 5):
            doc = document(rng, s[lang], 3, 9) if i % 2 else rng.choice(s[lang])
            yield case("real_text", lang, doc, length="long" if i % 2 else "short")
    for lang in [
        "pt",
        "de",
        "fr",
        "es",
        "cs",
        "pl",
        "hu",
        "is",
        "ro",
        "lv",
        "lt",
        "el",
        "ru",
        "hr",
    ]:
        for i in range(2):
            doc = document(rng, s[lang], 1, 3) if i else rng.choice(s[lang])
            yield case("all_caps", lang, doc.upper())
    for _ in range(40):
        frame = rng.choice(NAME_FRAMES)
        names = rng.sample(NAMES, frame.count("{}"))
        yield case("names_in_english", "en", frame.format(*names))


# --- assembly ---------------------------------------------------------------------------


def case(kind: str, lang: str, text: str, expected: str | None = None, length: str = "") -> Case:
    """One case; build() adds id and area. Genuine when no expected output is given."""
    out = {
        "kind": ("damaged:" if expected is not None else "genuine:") + kind,
        "lang": lang,
        "input": text,
        "expected": text if expected is None else expected,
    }
    if length:
        out["length"] = length
    return out


def build() -> list[Case]:
    rng = random.Random(SEED)
    sents = load_sentences()
    cases: list[Case] = []
    for area, parts in (
        ("look", (look_damaged, look_genuine)),
        ("codepage", (cp_damaged, cp_genuine)),
    ):
        made = [c for part in parts for c in part(rng, sents)]
        # a damaged case whose damage changed nothing is no case
        made = [c for c in made if c["kind"].startswith("genuine:") or c["input"] != c["expected"]]
        made = list({c["input"]: c for c in reversed(made)}.values())[::-1]  # no repeats
        for n, c in enumerate(made, 1):
            cases.append({"id": f"{area}-{n:04d}", "area": area, **c})
    return cases


def main() -> None:
    cases = build()
    with (HERE / "cases.jsonl").open("w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"{len(cases)} cases -> {HERE / 'cases.jsonl'}")


if __name__ == "__main__":
    main()
