"""
Development sets for fix_homoglyphs, built from real text that ships in PyPI packages.

Nothing here is written for a rule: the text is Django's translations (every
language's ``.po`` files: UI strings in Russian, Ukrainian, Belarusian,
Bulgarian, Macedonian, Serbian, Kazakh, Kyrgyz, Mongolian, Tajik, Tatar,
Ossetian, Udmurt, Greek, Armenian, Japanese, Korean and Chinese, each with its
English original), Faker's locale data (sentences, names, addresses), CLDR
data through babel (territory, language and month names in each locale), and
Python's own documentation prose (``pydoc_data``) and the seed articles for
English. Documents are built deterministically from them:

- genuine: translations, bilingual glossary lines (``English = перевод`` with
  several separators), English sentences quoting a foreign word (preferring
  words spelled only with letters that have Latin twins, the hard case),
  English with scientific Greek tokens, CJK text with fullwidth Latin, Faker
  and CLDR text. ``fix_homoglyphs`` must return each unchanged.
- damaged: English paragraphs with letters swapped for twins of one script
  (Cyrillic, Greek, Armenian, Cherokee, IPA/Latin Extended), random swaps of up
  to 30% from the whole table, styled letters (whole paragraphs and single
  words), fullwidth with punctuation, lone capitals standing as English words;
  and Cyrillic and Greek documents with Latin twins. The repair must give the
  original back.

Every document has an id; a stable hash of it puts the document in the
``tune`` or the ``held`` part. Rules are tuned on ``tune`` only; ``held`` is
reported. ``variant`` changes the seed and the templates, for fresh sets
written after the rules are frozen.
"""

from __future__ import annotations

import random
import re
import unicodedata
import zlib
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import NamedTuple

import django
import regex
from babel import Locale
from babel.messages.pofile import read_po
from faker import Faker

from textclean._confusables import LOOKALIKES, OTHER_READINGS, STYLED

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
DJANGO = Path(django.__file__).resolve().parent
CYRILLIC_LANGS = ("ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "mn", "tg", "tt", "os", "udm")
OTHER_LANGS = ("el", "hy", "ja", "ko", "zh_Hans", "zh_Hant")
FAKER_LOCALES = ("ru_RU", "uk_UA", "bg_BG", "el_GR", "hy_AM", "ja_JP", "zh_CN", "zh_TW", "ko_KR")
CLDR_LOCALES = ("ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "mn", "el", "hy", "ja", "ko", "zh")
CJK_LANGS = ("ja", "ko", "zh_Hans", "zh_Hant")
# Latin-script locales with letters that have no fullwidth form (é, ż, ñ, ø).
ACCENTED_LOCALES = ("fr_FR", "de_DE", "pl_PL", "es_ES", "cs_CZ", "da_DK")
SEPARATORS = (" = ", "\t", " — ", ": ", " | ", " – ", " / ")
_LETTERS = regex.compile(r"\p{L}")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
MIXED_WORD = regex.compile(
    r"(?=[\p{L}\p{M}]*\p{Latin})(?=[\p{L}\p{M}]*[\p{Cyrillic}\p{Greek}])"
    r"(?<![\p{L}\p{M}])[\p{L}\p{M}]+"
)


class Doc(NamedTuple):
    id: str
    kind: str
    original: str
    damaged: str  # equal to original for genuine documents


def part(doc_id: str) -> str:
    """``held`` for about half the documents, by a stable hash of the id; else ``tune``."""
    return "held" if zlib.crc32(doc_id.encode()) % 2 else "tune"


# ---------------------------------------------------------------- sources


@cache
def translations(lang: str) -> tuple[tuple[str, str], ...]:
    """(English, translation) pairs from Django's catalogues for ``lang``, in file order."""
    pairs = []
    for path in sorted(DJANGO.rglob(f"locale/{lang}/LC_MESSAGES/*.po")):
        with path.open("rb") as handle:
            catalog = read_po(handle)
        for message in catalog:
            english, translated = message.id, message.string
            if isinstance(english, tuple | list):
                english, translated = english[0], translated[0] if translated else ""
            if english and translated and isinstance(translated, str):
                pairs.append((english, translated.replace("\n", " ")))
    # Some translators typed a Latin twin inside a Cyrillic or Greek word
    # ("Cтатычныя" with a Latin C): real damage, so not genuine text.
    return tuple(pair for pair in pairs if not MIXED_WORD.search(pair[1]))


def _prose(paragraph: str) -> bool:
    letters = len(_LETTERS.findall(paragraph))
    return (
        80 <= len(paragraph) <= 700
        and letters > 0.75 * len(paragraph)
        and paragraph.isascii()
        and not re.search(r"[{}<>\[\]=_*|\\$#@`]|\.\.\.|  |\(\)", paragraph)
    )


@cache
def english_paragraphs() -> tuple[str, ...]:
    """Prose paragraphs of Python's documentation and the seed articles, ASCII only."""
    from pydoc_data.topics import topics

    found = []
    for name in sorted(topics):
        for block in topics[name].split("\n\n"):
            text = " ".join(block.split())
            if not block.startswith(" ") and _prose(text):
                found.append(text)
    for seed in sorted(SEEDS.glob("*.txt")):
        for block in seed.read_text("utf-8").split("\n\n"):
            text = " ".join(block.split())
            if _prose(text):
                found.append(text)
    for locale in ("en_US", "en_GB"):
        fake = Faker(locale)
        fake.seed_instance(3)
        found += [fake.paragraph(nb_sentences=5) for _ in range(150)]
    return tuple(dict.fromkeys(found))


@cache
def faker_texts(locale: str, variant: int = 0) -> tuple[str, ...]:
    fake = Faker(locale)
    fake.seed_instance(1000 + variant)
    texts = [fake.text(400) for _ in range(120)]
    texts += [f"{fake.name()}\n{fake.address()}" for _ in range(120)]
    # Some locales glue English street words to local names ("Тервелview"): not genuine text.
    return tuple(text for text in texts if not MIXED_WORD.search(text))


@cache
def cldr_texts(locale: str) -> tuple[str, ...]:
    data = Locale.parse(locale)
    names = [*data.territories.values(), *data.languages.values()]
    months = list(data.months["format"]["wide"].values())
    days = list(data.days["format"]["wide"].values())
    chunks = [", ".join(names[i : i + 12]) for i in range(0, len(names), 12)]
    chunks.append(", ".join(months + days))
    return tuple(chunks)


# ---------------------------------------------------------------- genuine


def _twin_only(word: str) -> bool:
    return len(word) > 1 and all(c in LOOKALIKES["Latin"] for c in word)


QUOTE_TEMPLATES = (
    ("The sign read «{w}» in large letters.", "In {lang} the word “{w}” means “{en}”."),
    ('She wrote "{w}" on the board, meaning "{en}".', "Locals call it „{w}“ to this day."),
    ("The label says '{w}' and nothing else.", "Look for the word ‹{w}› on the menu."),
    ("Signs reading »{w}« were everywhere.", "Her last text was just ‘{w}’, nothing more."),
)


# A foreign word standing unquoted in English prose, as a label or an inscription.
UNQUOTED_TEMPLATES = (
    "The stamp on the parcel said {w}, in faded ink.",
    "Someone had written {w} on the door in chalk.",
    "Below the picture was a single word, {w}, and a date.",
)


def _option(rng: random.Random) -> str:
    """A command-line option as manuals in any language write it: -r, --all."""
    if rng.random() < 0.7:
        return "-" + rng.choice("abcdefhiklmnoprstuvxy")
    return "--" + rng.choice(("all", "help", "force", "quiet", "verbose", "recursive"))


@cache
def _frequent_twin_words() -> tuple[tuple[str, str], ...]:
    """
    Words of Cyrillic translations spelled only with Latin twins, frequent in their language.

    Frequent by the lexicon of the language they come from (Zipf 3.5 or
    more): a reader could take them for either, so they must stay.
    """
    from textclean import lexicon

    found: dict[str, str] = {}
    for lang in ("ru", "uk", "bg", "mk"):
        for _, translated in translations(lang):
            for word in regex.findall(r"\p{L}+", translated):
                if _twin_only(word) and lexicon.zipf(word, lang) >= 3.5:
                    found.setdefault(word, lang)
    ordered = sorted(found.items(), key=lambda pair: zlib.crc32(pair[0].encode()))
    return tuple((lang, word) for word, lang in ordered)


def _glossary_line(english: str, translated: str, rng: random.Random) -> str:
    if rng.random() < 0.15:
        return f"{translated} ({english})"
    return f"{english}{rng.choice(SEPARATORS)}{translated}"


def _fullwidth(text: str) -> str:
    """ASCII letters and digits of a CJK string in their fullwidth forms, as CJK typography has."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in text)


_GREEK_LOWER = "αβγδεκλμπστφχψω"


def _science_token(rng: random.Random) -> str:
    upper = "".join(rng.choice("ABCDEFGHIKLMNPRSTX") for _ in range(rng.randint(1, 4)))
    greek = rng.choice(_GREEK_LOWER)
    shapes = (
        f"{upper}{rng.randint(1, 19)}R{greek}c",
        f"{upper}{rng.randint(1, 9)}{greek}",
        f"{upper}-{greek}{rng.randint(1, 9)}",
        f"{rng.randint(1, 999)}{greek}{rng.choice(['m', 'g', 'L', 's', 'A'])}",
        f"{greek}{rng.randint(2, 9)}{upper.lower()}",
        f"{upper}{rng.randint(1, 9)}{greek}{rng.choice('abcdr')}",
        f"{upper}{rng.choice('ABEFGHKLMNPRST')}{greek}",  # receptor names, no digit: PPARγ, ERα
    )
    return rng.choice(shapes)


def genuine(variant: int = 0) -> Iterator[Doc]:
    """Genuine documents: each must come back unchanged."""
    rng = random.Random(7 + variant)
    english = english_paragraphs()
    for lang in CYRILLIC_LANGS + OTHER_LANGS:
        pairs = translations(lang)
        size = 3 + variant % 3
        for i in range(0, len(pairs), size):
            group = pairs[i : i + size]
            text = "\n".join(t for _, t in group)
            yield _genuine(f"translation:{lang}:{i}:{variant}", "translation", text)
            glossary = "\n".join(_glossary_line(e, t, rng) for e, t in group)
            yield _genuine(f"glossary:{lang}:{i}:{variant}", "glossary", glossary)
            if lang in CJK_LANGS:
                text = "\n".join(_fullwidth(t) for _, t in group)
                if text != "\n".join(t for _, t in group) and _CJK.search(text):
                    yield _genuine(f"cjk-fullwidth:{lang}:{i}:{variant}", "cjk fullwidth", text)
        words = sorted(
            {w for _, t in pairs for w in regex.findall(r"\p{L}+", t) if len(w) > 1},
            key=lambda w: (not _twin_only(w), zlib.crc32(w.encode())),
        )
        templates = QUOTE_TEMPLATES[variant % len(QUOTE_TEMPLATES)]
        for i, word in enumerate(words[:150]):
            context = english[(i * 7 + variant) % len(english)][:240]
            text = f"{context} {templates[i % 2].format(w=word, lang=lang, en='it')}"
            yield _genuine(f"quoted:{lang}:{i}:{variant}", "quoted foreign word", text)
    for i, paragraph in enumerate(english[:: 3 + variant]):
        words = paragraph.split(" ")
        for _ in range(2):
            words.insert(rng.randrange(len(words) + 1), _science_token(rng))
        yield _genuine(f"science:{i}:{variant}", "scientific Greek", " ".join(words))
    for lang in CYRILLIC_LANGS:
        for i, (_, translated) in enumerate(translations(lang)[variant % 3 :: 9]):
            words = translated.split(" ")
            if len(words) < 3:
                continue
            words.insert(rng.randrange(1, len(words)), _option(rng))
            text = " ".join(words)
            yield _genuine(f"option:{lang}:{i}:{variant}", "command-line option", text)
    for i, (lang, word) in enumerate(_frequent_twin_words()):
        context = english[(i * 5 + variant) % len(english)][:200]
        template = UNQUOTED_TEMPLATES[(i + variant) % len(UNQUOTED_TEMPLATES)]
        text = f"{context} {template.format(w=word)}"
        yield _genuine(f"unquoted:{lang}:{i}:{variant}", "unquoted foreign word", text)
    for locale in FAKER_LOCALES:
        for i, text in enumerate(faker_texts(locale, variant)):
            yield _genuine(f"faker:{locale}:{i}:{variant}", "faker", text)
    for locale in CLDR_LOCALES:
        for i, text in enumerate(cldr_texts(locale)):
            yield _genuine(f"cldr:{locale}:{i}:{variant}", "cldr", text)


def _genuine(doc_id: str, kind: str, text: str) -> Doc:
    return Doc(doc_id, kind, text, text)


# ---------------------------------------------------------------- damaged


def _sources_by_script() -> dict[str, dict[str, list[str]]]:
    """For each script, the letters of it that Unicode lists as twins of each ASCII letter."""
    found: dict[str, dict[str, list[str]]] = {}
    for char, twin in sorted(LOOKALIKES["Latin"].items()):
        name = unicodedata.name(char).split()[0]
        script = "IPA" if name == "LATIN" else name.capitalize()
        found.setdefault(script, {}).setdefault(twin, []).append(char)
    return found


TWINS = _sources_by_script()  # "Cyrillic", "Greek", "Armenian", "Cherokee", "IPA"
ALL_TWINS: dict[str, list[str]] = {}
for _table in TWINS.values():
    for _ascii, _chars in _table.items():
        ALL_TWINS.setdefault(_ascii, []).extend(_chars)


def swap(text: str, table: dict[str, list[str]], rate: float, rng: random.Random) -> str:
    """``text`` with each letter that has a twin in ``table`` swapped with probability ``rate``."""
    return "".join(rng.choice(table[c]) if c in table and rng.random() < rate else c for c in text)


STYLES = {
    "bold": 0x1D400,
    "italic": 0x1D434,
    "bold italic": 0x1D468,
    "script bold": 0x1D4D0,
    "fraktur bold": 0x1D56C,
    "sans": 0x1D5A0,
    "sans bold": 0x1D5D4,
    "monospace": 0x1D670,
}
_STYLED_BY_ASCII: dict[tuple[str, str], str] = {}
for _char, _plain in STYLED.items():
    _name = unicodedata.name(_char)
    for _style, _base in STYLES.items():
        if _base <= ord(_char) < _base + 52:
            _STYLED_BY_ASCII[_style, _plain] = _char
# Styles with mathematical digits too: a styled word may hold styled digits.
STYLED_DIGITS = {"bold": 0x1D7CE, "sans": 0x1D7E2, "sans bold": 0x1D7EC, "monospace": 0x1D7F6}
for _style, _base in STYLED_DIGITS.items():
    for _digit in range(10):
        _STYLED_BY_ASCII[_style, str(_digit)] = chr(_base + _digit)


def styled(text: str, style: str) -> str:
    return "".join(_STYLED_BY_ASCII.get((style, c), c) for c in text)


def fullwidth_all(text: str) -> str:
    """The whole text fullwidth: letters, digits, punctuation, and ideographic spaces."""
    return "".join(
        "\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text
    )


def _styled_words(text: str, style: str, rng: random.Random) -> str:
    """Some words styled, and single styled letters among them (the article, a lone s)."""
    words = text.split(" ")
    chosen = rng.sample(range(len(words)), k=max(3, len(words) // 3))
    return " ".join(styled(w, style) if i in chosen else w for i, w in enumerate(words))


def _lone_capital(text: str, rng: random.Random) -> str | None:
    """A leading "A" or "I" word swapped for a Greek or Cyrillic capital twin."""
    match = re.search(r"(?:^|(?<=\. ))([AI]) [a-z]", text)
    if not match:
        return None
    twin = rng.choice([c for c in ALL_TWINS[match[1]] if c in "ΑΙАІ"])
    return text[: match.start(1)] + twin + text[match.end(1) :]


def _ambiguous_twins() -> dict[str, list[str]]:
    """For each ASCII letter, every look-alike that may stand for it, other readings included."""
    table = {ascii_: list(chars) for ascii_, chars in ALL_TWINS.items()}
    for char, readings in OTHER_READINGS.items():
        for reading in readings:
            table.setdefault(reading, []).append(char)
    return table


AMBIGUOUS_TWINS = _ambiguous_twins()
_SENTENCE = re.compile(r"(?<=[.!?]) ")


def _scripts_by_sentence(text: str, rng: random.Random) -> str:
    """Each sentence swapped with twins of another script: several scripts in one paragraph."""
    scripts = sorted(TWINS)
    sentences = _SENTENCE.split(text)
    return " ".join(
        swap(sentence, TWINS[rng.choice(scripts)], rng.uniform(0.1, 0.5), rng)
        for sentence in sentences
    )


def _styled_with_digits(text: str, rng: random.Random) -> str:
    """A token of letters and digits added to the text, all styled: digits inside styled words."""
    words = text.split(" ")
    token = rng.choice(("v2", "mp3", "3D", "4K", "H2O", "IPv6", "x86", "2024", "B52s"))
    words.insert(rng.randrange(len(words) + 1), token)
    return " ".join(words)


def _lone_pronoun(text: str, rng: random.Random) -> str | None:
    """The pronoun "I" anywhere in a sentence, swapped for a Greek or Cyrillic capital twin."""
    found = [m.start() for m in re.finditer(r"(?<![\w'-])I(?= [a-z])", text)]
    if not found:
        return None
    at = rng.choice(found)
    return text[:at] + rng.choice("ΙІ") + text[at + 1 :]


DamageFn = Callable[[str, random.Random], str | None]
ENGLISH_DAMAGE: dict[str, DamageFn] = {
    "Latin->Cyrillic twins": lambda t, r: swap(
        t, TWINS["Cyrillic"], r.choice((0.05, 0.2, 0.5, 1.0)), r
    ),
    "Latin->Greek twins": lambda t, r: swap(t, TWINS["Greek"], r.choice((0.05, 0.2, 0.5, 1.0)), r),
    "Latin->Armenian twins": lambda t, r: swap(
        t, TWINS["Armenian"], r.choice((0.05, 0.2, 0.5, 1.0)), r
    ),
    "Latin->Cherokee twins": lambda t, r: swap(
        t, TWINS["Cherokee"], r.choice((0.05, 0.2, 0.5, 1.0)), r
    ),
    "Latin->IPA twins": lambda t, r: swap(t, TWINS["IPA"], r.choice((0.05, 0.2, 0.5, 1.0)), r),
    "random swaps up to 30%": lambda t, r: swap(t, ALL_TWINS, r.uniform(0.01, 0.3), r),
    "styled paragraph": lambda t, r: styled(t, r.choice(sorted(STYLES))),
    "styled words": lambda t, r: _styled_words(t, r.choice(sorted(STYLES)), r),
    "fullwidth paragraph": lambda t, _r: fullwidth_all(t),
    "lone capital": _lone_capital,
    "lone pronoun I": _lone_pronoun,
    "ambiguous twins (l, i, I)": lambda t, r: swap(
        t, {c: AMBIGUOUS_TWINS[c] for c in "ilI"}, r.uniform(0.3, 1.0), r
    ),
    "every twin in the table": lambda t, r: swap(t, AMBIGUOUS_TWINS, r.uniform(0.05, 0.3), r),
    "scripts by sentence": _scripts_by_sentence,
}


def _cyrillic_twins() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for char, twin in LOOKALIKES["Cyrillic"].items():
        if char.isascii():
            table.setdefault(twin, []).append(char)
    return table


def _greek_twins() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for char, twin in LOOKALIKES["Greek"].items():
        if char.isascii():
            table.setdefault(twin, []).append(char)
    return table


CYRILLIC_TO_LATIN = _cyrillic_twins()
GREEK_TO_LATIN = _greek_twins()


def damaged(variant: int = 0) -> Iterator[Doc]:
    """Damaged documents: the repair must give the original back. Only text the filter keeps."""
    from textclean._filters.homoglyphs import fix_homoglyphs

    rng = random.Random(11 + variant)
    english = [p for p in english_paragraphs() if fix_homoglyphs(p) == p]
    for kind, damage in ENGLISH_DAMAGE.items():
        for i, paragraph in enumerate(english[variant % 2 :: 2]):
            broken = damage(paragraph, rng)
            if broken is not None and broken != paragraph:
                yield Doc(f"{kind}:{i}:{variant}", kind, paragraph, broken)
    for i, paragraph in enumerate(english[variant % 2 :: 4]):
        original = _styled_with_digits(paragraph, rng)
        style = rng.choice(sorted(STYLED_DIGITS))
        yield Doc(
            f"styled digits:{i}:{variant}", "styled with digits", original, styled(original, style)
        )
    for locale in ACCENTED_LOCALES:
        for i, text in enumerate(faker_texts(locale, variant)[:40]):
            if fix_homoglyphs(text) == text:
                kind = "fullwidth accented"
                yield Doc(f"{kind}:{locale}:{i}:{variant}", kind, text, fullwidth_all(text))
    for lang in (*CYRILLIC_LANGS, "el"):
        pairs = translations(lang)
        table = GREEK_TO_LATIN if lang == "el" else CYRILLIC_TO_LATIN
        kind = "Greek with Latin twins" if lang == "el" else "Cyrillic with Latin twins"
        for i in range(variant % 2, len(pairs) - 4, 4):
            text = "\n".join(t for _, t in pairs[i : i + 4])
            if fix_homoglyphs(text) != text:
                continue
            broken = swap(text, table, rng.choice((0.05, 0.1, 0.2, 0.3)), rng)
            if broken != text:
                yield Doc(f"{kind}:{lang}:{i}:{variant}", kind, text, broken)
    for locale in ("ru_RU", "uk_UA", "bg_BG", "el_GR"):
        table = GREEK_TO_LATIN if locale == "el_GR" else CYRILLIC_TO_LATIN
        kind = "Greek with Latin twins" if locale == "el_GR" else "Cyrillic with Latin twins"
        for i, text in enumerate(faker_texts(locale, variant)[:120]):
            if fix_homoglyphs(text) != text:
                continue
            broken = swap(text, table, rng.choice((0.05, 0.1, 0.2, 0.3)), rng)
            if broken != text:
                yield Doc(f"{kind}:faker:{locale}:{i}:{variant}", kind, text, broken)
