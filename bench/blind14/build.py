"""
Build blind14's documents: real article prose dressed in furniture written for this set.

``python bench/blind14/build.py [--seed 1414] [--out bench/blind14/docs.jsonl]``

Deterministic for a seed (the pools and the UDHR wheel are pinned). See README.md.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

import furniture
import sources

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

HERE = Path(__file__).resolve().parent
CJK = ("ja", "zh", "ko")
# Languages the pools lack: whole UDHR translations (article text; furniture text from
# the paragraphs no document used, and for Romanian from two older translations too).
UDHR = {"nl": ["nld"], "sv": ["swe"], "da": ["dan"], "ro": ["ron_2006", "ron_1993", "ron_1953"],
        "tr": ["tur"]}  # fmt: skip
# documents and negatives per language
PLAN = {"en": (11, 3)} | dict.fromkeys(("de", "fr", "es", "it", "pt", "pl", "cs", "hu", "ru", "uk", "el"), (7, 2)) | dict.fromkeys(UDHR, (8, 2)) | dict.fromkeys(CJK, (6, 2))  # fmt: skip

NETWORKS = ["Facebook", "X", "WhatsApp", "LinkedIn", "Telegram", "Bluesky", "Threads", "Reddit"]
LOCAL_NETWORKS = {"ja": ["LINE", "はてな"], "zh": ["LINE", "Plurk", "微博"], "ko": ["카카오톡", "밴드"],
                  "ru": ["ВКонтакте", "Одноклассники"], "uk": ["Viber"], "pl": ["Wykop"]}  # fmt: skip
PRICES = {
    "en": ["£{a}.99", "${a}.95"], "de": ["{a},99 €"], "fr": ["{a},90 €"], "es": ["{a},99 €"],
    "it": ["{a},00 €"], "pt": ["{a},99 €", "R$ {a},90"], "pl": ["{a},99 zł"], "cs": ["{a}9 Kč"],
    "hu": ["{a}990 Ft"], "ru": ["{a}90 ₽"], "uk": ["{a}9 грн"], "el": ["{a},50 €"],
    "nl": ["€ {a},95"], "sv": ["{a}9 kr"], "da": ["{a}9,- kr."], "ro": ["{a},99 lei"],
    "tr": ["{a}9,90 TL"], "ja": ["{a},980円", "¥{a},480"], "zh": ["NT${a}90"], "ko": ["{a},900원"],
}  # fmt: skip
SEPARATORS = [" | ", " · ", " / ", " • ", " – "]
CRUMBS = [" › ", " > ", " / ", " » ", " → "]


def date(lang: str, rng: random.Random) -> str:
    y, m, d, hh, mm = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28), rng.randint(6, 23), rng.randint(0, 59)  # fmt: skip
    if lang in ("ja", "zh"):
        return f"{y}年{m}月{d}日 {hh:02}:{mm:02}"
    if lang == "ko":
        return f"{y}.{m:02}.{d:02} {hh:02}:{mm:02}"
    forms = [f"{d:02}.{m:02}.{y}, {hh:02}:{mm:02}", f"{y}-{m:02}-{d:02} {hh:02}:{mm:02}",
             f"{d}/{m}/{y} {hh}:{mm:02}"]  # fmt: skip
    if lang == "en":
        forms += [f"{m}/{d}/{y} {hh % 12 or 12}:{mm:02} {'PM' if hh >= 12 else 'AM'} ET"]
    return rng.choice(forms)


# ---------------------------------------------------------------- prose


def words(text: str) -> int:
    return len(text.split())


# markup, addresses, code, and the box-drawing letters of text already damaged in its code page
_BAD = re.compile(r"https?:|www\.|[@#<>{}|_\[\]=*\u2500-\u259f]|\(PHOTO|lorem", re.IGNORECASE)


def is_prose(sentence: str, lang: str) -> bool:
    """A sentence an article could hold: its length, a capital start, a sentence end, no markup."""
    s = sentence.strip()
    if _BAD.search(s) or s != sentence:
        return False
    if lang in CJK:
        return (
            14 <= len(s) <= 140
            and s[0].isalnum()
            and s[-1] in "。！？.!?"
            and not re.search(r"[A-Za-z]{6,}", s)
        )
    first = s.lstrip('«„“"¿¡(')[:1]
    return (
        6 <= words(s) <= 55
        and first.isalpha()
        and first.isupper()
        and s.rstrip('»“”")')[-1:] in ".!?"
    )


def headline_of(sentence: str, lang: str) -> str | None:
    """A headline-like line from a real sentence: short, its final mark dropped."""
    s = sentence.strip()
    if lang == "en":  # real headlines, as they were written
        return s if 4 <= words(s) <= 12 and not _BAD.search(s) else None
    if _BAD.search(s) or not s or s[-1] not in "。！？.!?":
        return None
    if lang in CJK:
        s = s.rstrip("。！？.!?")
        return s if 6 <= len(s) <= 28 else None
    if words(s) > 12 and "," in s:
        s = s.split(",")[0]
    s = s.rstrip(".!?;:")
    return s if 4 <= words(s) <= 12 and s[:1].isupper() else None


@dataclass
class Prose:
    """One language's article sentences (consecutive, in passages) and furniture sentences."""

    lang: str
    articles: Iterator[list[str]]  # paragraphs of one text, consecutive
    spare: list[str]  # sentences no article uses: headlines and standfirsts
    headlines: list[str] = field(
        default_factory=list
    )  # real headlines, where the pools have them (en)
    spare_at: int = 0
    recycled: int = 0

    def other(self, rng: random.Random) -> str:
        if self.spare_at >= len(self.spare):
            rng.shuffle(self.spare)
            self.spare_at = 0
            self.recycled += 1
        self.spare_at += 1
        return self.spare[self.spare_at - 1]

    def headline(self, rng: random.Random) -> str:
        if self.headlines:
            return self.headlines.pop()
        for _ in range(200):
            found = headline_of(self.other(rng), self.lang)
            if found:
                return found
        raise LookupError(self.lang)

    def standfirst(self, rng: random.Random) -> str:
        for _ in range(200):
            s = self.other(rng)
            if is_prose(s, self.lang):
                return s
        raise LookupError(self.lang)


def pool_prose(lang: str, rng: random.Random, headlines: list[str] | None) -> Prose:
    passages = list(sources.pools()[lang])
    rng.shuffle(passages)
    cut = int(len(passages) * 0.7)
    spare = [s for p in passages[cut:] for s in p]
    rng.shuffle(spare)
    real_headlines = [h for h in headlines or [] if headline_of(h, lang)]
    rng.shuffle(real_headlines)

    def runs() -> Iterator[list[str]]:
        for passage in passages[:cut]:
            good = [s for s in passage if is_prose(s, lang)]
            if good:
                yield good

    def articles() -> Iterator[list[str]]:
        # Paragraphs of 1-3 consecutive sentences; a short passage runs on into the next.
        pending: list[str] = []
        for run in runs():
            pending += run
            while len(pending) >= 12:
                yield paragraphs(pending[:12], rng)
                pending = pending[12:]
            if len(pending) >= 5:
                yield paragraphs(pending, rng)
                pending = []

    return Prose(lang, articles(), spare, real_headlines)


def paragraphs(sentences: list[str], rng: random.Random) -> list[str]:
    """Consecutive sentences cut into 4-8 paragraphs (at most 3 sentences each where they allow)."""
    least = max(4, -(-len(sentences) // 3))
    count = rng.randint(least, max(least, min(len(sentences), 8)))
    cuts = [0, *sorted(rng.sample(range(1, len(sentences)), count - 1)), len(sentences)]
    return [" ".join(sentences[a:b]) for a, b in pairwise(cuts)]


def udhr_prose(lang: str, rng: random.Random) -> Prose:
    codes = UDHR[lang]
    main = [
        p
        for p in sources.udhr_paragraphs(codes[0])
        if p[-1] in ".!?" and p[0].isupper() and words(p) >= 6
    ]
    per_doc = 4
    used = PLAN[lang][0] * per_doc + 1
    spare = [s for p in main[used:] for s in sources.sentences(p)]
    for code in codes[1:]:
        spare += [s for p in sources.udhr_paragraphs(code) for s in sources.sentences(p)]
    rng.shuffle(spare)

    def articles() -> Iterator[list[str]]:
        # The note and the first articles, in order, four paragraphs a document.
        for at in range(1, used - per_doc + 1, per_doc):
            yield main[at : at + per_doc]

    return Prose(lang, articles(), spare)


# ---------------------------------------------------------------- furniture


@dataclass
class Ctx:
    lang: str
    words: dict[str, list[str]]
    rng: random.Random
    prose: Prose
    article: list[str]
    site: str = ""
    standfirsts: list[str] = field(default_factory=list)

    def pick(self, key: str) -> str:
        return self.rng.choice(self.words[key])

    def name(self) -> str:
        return self.pick("names")

    def fill(self, template: str, n: int | None = None) -> str:
        rng = self.rng
        return template.format(
            n=rng.randint(2, 480) if n is None else n,
            s=f"{rng.randint(0, 59):02}",
            name=self.name(),
            site=self.site,
            date=date(self.lang, rng),
            price=self.price(),
            net=self.network(),
            year=rng.randint(2004, 2022),
            handle=self.handle(self.name()),
        )

    def price(self) -> str:
        return self.rng.choice(PRICES[self.lang]).format(a=self.rng.randint(1, 99))

    def network(self) -> str:
        return self.rng.choice(NETWORKS + LOCAL_NETWORKS.get(self.lang, []))

    def handle(self, name: str) -> str:
        ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        last = re.sub(r"\W", "", ascii_name.split()[-1].lower()) if ascii_name.strip() else ""
        return f"@{last or 'desk'}{self.rng.choice(['', '_', '.'])}{self.rng.choice(['', str(self.rng.randint(1, 99))])}"

    def styled(self, header: str) -> str:
        """A header as sites set it: as written, in capitals, or with a trailing mark."""
        roll = self.rng.random()
        if roll < 0.2 and self.lang not in CJK:
            return header.upper()
        if roll < 0.45:
            return header + self.rng.choice([":", " »", " ›", " ▸"])
        return header

    def headline(self) -> str:
        return self.prose.headline(self.rng)

    def topic_words(self) -> list[str]:
        """Names and long words of the article, for its tags."""
        if self.lang in CJK:
            return self.rng.sample(self.words["sections"], 3)
        found: list[str] = []
        for paragraph in self.article:
            for i, token in enumerate(paragraph.split()):
                w = token.strip(".,;:!?()«»„“”\"'")
                if w.isalpha() and ((w[0].isupper() and i > 0) or len(w) >= 9) and w not in found:
                    found.append(w)
        self.rng.shuffle(found)
        return found[: self.rng.randint(3, 5)] or self.words["sections"][:3]


Block = list[str]


def related(c: Ctx) -> Block:
    roll = c.rng.random()
    if roll < 0.25:
        lead = c.pick("also")
        joiner = c.rng.choice([": ", " | ", " – ", " » "])
        return [f"{lead}{joiner}{c.headline()}" for _ in range(c.rng.randint(1, 2))]
    lines = [c.styled(c.fill(c.pick("rel")))]
    for _ in range(c.rng.randint(3, 5)):
        h = c.headline()
        extra = c.rng.random()
        if extra < 0.2:
            h = f"{h}{c.rng.choice(SEPARATORS)}{date(c.lang, c.rng).split(' ')[0].rstrip(',')}"
        elif extra < 0.35:
            h = f"{c.pick('sections')}{c.rng.choice(SEPARATORS)}{h}"
        lines.append(h)
    return lines


def teaser(c: Ctx) -> Block:
    lines = [c.styled(c.fill(c.pick("rel")))] if c.rng.random() < 0.7 else []
    for _ in range(c.rng.randint(1, 3)):
        lines.append(c.headline())
        standfirst = c.prose.standfirst(c.rng)
        lines.append(standfirst)
        c.standfirsts.append(standfirst)
    return lines


def credit(c: Ctx) -> Block:
    agency = c.pick("agency")
    forms: list[Callable[[], str]] = [
        lambda: f"{c.pick('photo')}: {c.name()}/{agency}",
        lambda: f"{c.pick('photo')}: {c.name()} ({c.site})",
        lambda: f"({c.pick('photo')}: {agency})",
        lambda: f"{c.pick('video')}: {c.site}",
        lambda: f"{c.pick('source')}: {agency}",
        lambda: f"© {c.name()} / {agency}",
        lambda: f"— {agency}",
        lambda: f"{c.pick('photo')} © {c.site}, {c.rng.randint(2018, 2025)}",
    ]
    return [c.rng.choice(forms)() for _ in range(c.rng.randint(1, 2))]


def reading(c: Ctx) -> Block:
    forms: list[Callable[[], str]] = [
        lambda: c.fill(c.pick("minread"), c.rng.randint(2, 14)),
        lambda: c.fill(c.pick("listen"), c.rng.randint(1, 12)),
        lambda: c.fill(c.pick("updated")),
        lambda: c.fill(c.pick("published")),
        lambda: c.pick("print"),
        lambda: c.pick("print") + c.rng.choice(SEPARATORS) + c.pick("textsize"),
        lambda: (
            c.fill(c.pick("published"))
            + c.rng.choice(SEPARATORS)
            + c.fill(c.pick("minread"), c.rng.randint(2, 14))
        ),
    ]
    return [f() for f in c.rng.sample(forms, c.rng.randint(1, 3))]


def taxonomy(c: Ctx) -> Block:
    topics = c.topic_words()
    roll = c.rng.random()
    if roll < 0.45:
        sep = c.rng.choice([", ", " · ", " / ", " | "])
        return [f"{c.pick(c.rng.choice(['tags', 'topics']))}: {sep.join(topics)}"]
    if roll < 0.75:
        return [c.styled(c.pick(c.rng.choice(["tags", "topics"]))), *topics]
    return [" ".join("#" + re.sub(r"\W", "", t) for t in topics)]


def share(c: Ctx) -> Block:
    roll = c.rng.random()
    nets = c.rng.sample(NETWORKS[:6] + LOCAL_NETWORKS.get(c.lang, []), c.rng.randint(2, 4))
    if roll < 0.3:
        return [c.pick("share"), *nets]
    if roll < 0.6:
        return [c.pick("shareon").format(net=n) for n in nets[: c.rng.randint(2, 3)]]
    if roll < 0.85:
        return [c.rng.choice(SEPARATORS).join([c.pick("share"), *nets])]
    return [c.pick("share"), c.pick("copylink")]


def comment(c: Ctx) -> Block:
    forms = [c.fill(c.pick("comments")), c.pick("write"), c.fill(c.pick("showcomments"))]
    return c.rng.sample(forms, c.rng.randint(1, 2))


def prompt(c: Ctx) -> Block:
    roll = c.rng.random()
    if roll < 0.4:
        lines = [c.pick("newsletter"), c.pick("email"), c.pick("signup")]
        return lines if c.rng.random() < 0.5 else [lines[0], lines[2]]
    if roll < 0.7:
        return [c.pick("consent"), c.pick("accept")]
    return [c.fill(c.pick("subscribe")), c.pick("subscriber")]


def author(c: Ctx) -> Block:
    name = c.name()
    forms: list[Callable[[], list[str]]] = [
        lambda: [f"{c.pick('by')} {name}"],
        lambda: [name, c.pick("roles")],
        lambda: [f"{name}, {c.pick('roles')}"],
        lambda: [c.pick("bio").format(name=name, site=c.site, year=c.rng.randint(2004, 2022))],
        lambda: [c.pick("allposts").format(name=name)],
        lambda: [name, c.handle(name)],
        lambda: [f"{c.pick('by')} {name}{c.rng.choice([', ', ' & ', ' · '])}{c.name()}"],
    ]
    lines: list[str] = []
    for form in c.rng.sample(forms, c.rng.randint(1, 2)):
        lines += form()
    return lines


def shop(c: Ctx) -> Block:
    lines = [c.styled(c.pick("offer"))] if c.rng.random() < 0.4 else []
    for product in c.rng.sample(c.words["products"], c.rng.randint(1, 3)):
        if c.rng.random() < 0.5:
            lines.append(f"{product}{c.rng.choice([' – ', ': ', ' | ', ' — '])}{c.price()}")
        else:
            lines += [product, c.price()]
        if c.rng.random() < 0.6:
            lines.append(c.pick(c.rng.choice(["buy", "checkprice"])))
    if c.rng.random() < 0.5:
        lines.insert(0, c.pick("affiliate")) if c.rng.random() < 0.5 else lines.append(
            c.pick("affiliate")
        )
    return lines


def nav(c: Ctx) -> Block:
    forms: list[Callable[[], list[str]]] = [
        lambda: [
            c.rng.choice(CRUMBS).join(
                [c.pick("home"), *c.rng.sample(c.words["sections"], c.rng.randint(1, 2))]
            )
        ],
        lambda: [c.pick("menu"), c.fill(c.pick("search"))],
        lambda: [f"{c.pick('prev')}: {c.headline()}"],
        lambda: [c.pick("next"), c.headline()],
        lambda: [c.pick("back")],
        lambda: [c.pick("prev") + c.rng.choice(SEPARATORS) + c.pick("next")],
    ]
    lines: list[str] = []
    for form in c.rng.sample(forms, c.rng.randint(1, 2)):
        lines += form()
    return lines


def footer(c: Ctx) -> Block:
    links = [
        c.pick(k)
        for k in c.rng.sample(
            ["about", "contact", "ads", "privacy", "terms", "jobs"], c.rng.randint(3, 5)
        )
    ]
    year = c.rng.randint(2015, 2025)
    copyright_line = c.rng.choice(
        [
            f"© {year} {c.site}. {c.pick('rights')}",
            f"Copyright © {year} {c.site}",
            f"© {c.site} {year}",
        ]
    )
    roll = c.rng.random()
    if roll < 0.4:
        return [c.rng.choice(SEPARATORS).join(links), copyright_line]
    if roll < 0.7:
        return [*links, copyright_line]
    return [c.rng.choice(SEPARATORS).join(links)]


KINDS: dict[str, Callable[[Ctx], Block]] = {
    "related": related, "teaser": teaser, "credit": credit, "reading": reading,
    "taxonomy": taxonomy, "share": share, "comment": comment, "prompt": prompt,
    "author": author, "shop": shop, "nav": nav, "footer": footer,
}  # fmt: skip
HEAD = ["nav", "nav", "reading", "reading", "author", "credit", "share", "taxonomy", "prompt"]
MIDDLE = ["credit", "related", "teaser", "shop", "prompt", "share", "related"]
TAIL = ["share", "comment", "taxonomy", "author", "related", "teaser", "prompt", "footer",
        "footer", "nav", "shop", "credit", "comment"]  # fmt: skip


# ---------------------------------------------------------------- negatives' pieces


def subhead(c: Ctx) -> list[str]:
    for _ in range(100):
        h = c.prose.headline(c.rng)
        if words(h) <= 7 or c.lang in CJK:
            return [h]
    return [c.prose.headline(c.rng)]


def mention(c: Ctx) -> list[str]:
    return [c.pick("mention")]


def bullet_list(c: Ctx) -> list[str]:
    mark = c.rng.choice(["• ", "- ", "– ", ""])
    numbered = c.rng.random() < 0.3
    items = [c.prose.headline(c.rng) for _ in range(c.rng.randint(3, 5))]
    return [f"{i + 1}. {t}" if numbered else f"{mark}{t}" for i, t in enumerate(items)]


def timeline(c: Ctx) -> list[str]:
    years = sorted(c.rng.sample(range(1950, 2024), c.rng.randint(3, 5)))
    dash = c.rng.choice([" – ", " — ", ": ", " - "])
    if c.lang in CJK:
        year = "년 " if c.lang == "ko" else "年　"
        return [f"{y}{year}{c.prose.standfirst(c.rng)}" for y in years]
    return [f"{y}{dash}{c.prose.standfirst(c.rng)}" for y in years]


def recipe(c: Ctx) -> list[str]:
    items = c.words["ingredients"]
    mark = c.rng.choice(["", "- ", "• "])
    steps = [f"{i + 1}. {s}" for i, s in enumerate(c.words["steps"])]
    return [f"{mark}{i}" for i in items] + steps


def qa(c: Ctx) -> list[str]:
    ask, answer = c.words["ask"]
    lines = []
    labelled = c.rng.random() < 0.6
    for question in c.rng.sample(c.words["questions"], 2):
        lines.append(f"{ask} {question}" if labelled else question)
        lines.append(
            f"{answer} {c.prose.standfirst(c.rng)}" if labelled else c.prose.standfirst(c.rng)
        )
    return lines


def poem(c: Ctx) -> list[str]:
    """Two real sentences set as short lines, as a quoted poem or song is."""
    lines: list[str] = []
    for _ in range(2):
        s = c.prose.standfirst(c.rng)
        if c.lang in CJK:
            parts = [p for p in re.split(r"(?<=[、，,])", s) if p]
            lines += parts if len(parts) > 1 else [s[: len(s) // 2], s[len(s) // 2 :]]
            continue
        ws = s.split()
        at = 0
        while at < len(ws):
            n = c.rng.randint(2, 5)
            lines.append(" ".join(ws[at : at + n]))
            at += n
    return lines


PIECES: dict[str, Callable[[Ctx], list[str]]] = {
    "subhead": subhead, "mention": mention, "list": bullet_list, "timeline": timeline,
    "recipe": recipe, "qa": qa, "poem": poem,
}  # fmt: skip


# ---------------------------------------------------------------- documents


def positive(c: Ctx) -> tuple[list[list[str]], list[int], dict[str, str]]:
    rng = c.rng
    lines: list[list[str]] = []

    def put(kinds: list[str]) -> None:
        for kind in kinds:
            c.standfirsts = []
            for text in KINDS[kind](c):
                label = f"boilerplate:{kind}"
                lines.append([label, text])
                if text in c.standfirsts:
                    prose_at.append(len(lines) - 1)

    prose_at: list[int] = []
    piece_at: dict[str, str] = {}  # line index -> "subhead": a short main line between paragraphs
    places = [rng.random() < 0.75 for _ in range(3)]
    if not any(places):
        places[rng.randrange(3)] = True
    head, middle, tail = places
    if head:
        put(unique(rng, HEAD, rng.randint(1, 3)))
    body = list(c.article)
    middle_at = rng.randint(1, len(body) - 1) if middle else -1
    subhead_at = rng.randint(1, len(body) - 1) if rng.random() < 0.3 else -1
    for i, paragraph in enumerate(body):
        if i == middle_at:
            put(unique(rng, MIDDLE, rng.randint(1, 2)))
        if i == subhead_at:
            piece_at[str(len(lines))] = "subhead"
            lines.append(["main", subhead(c)[0]])
        lines.append(["main", paragraph])
    if tail:
        put(unique(rng, TAIL, rng.randint(2, 4)))
    return lines, prose_at, piece_at


def unique(rng: random.Random, kinds: list[str], n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        k = rng.choice(kinds)
        if k not in out:
            out.append(k)
    return out


def negative(c: Ctx) -> tuple[list[list[str]], list[str], dict[str, str]]:
    rng = c.rng
    names = [p for p in PIECES if not (c.lang in CJK and p == "poem")]
    chosen = rng.sample(names, rng.randint(2, 3))
    body = list(c.article)
    slots = sorted(rng.sample(range(1, len(body) + 1), len(chosen)))
    lines: list[list[str]] = []
    piece_at: dict[str, str] = {}  # line index -> the look-alike piece it belongs to
    for i, paragraph in enumerate(body):
        lines.append(["main", paragraph])
        for piece, slot in zip(chosen, slots, strict=True):
            if slot == i + 1:
                for text in PIECES[piece](c):
                    piece_at[str(len(lines))] = piece
                    lines.append(["main", text])
    return lines, chosen, piece_at


def build(seed: int) -> list[dict[str, object]]:
    rng = random.Random(seed)
    lexicon = furniture.parse()
    docs: list[dict[str, object]] = []
    seen: set[str] = set()
    headlines = [h for p in sources.pools()["en headlines"] for h in p]
    for lang, (count, negatives) in PLAN.items():
        words_of = lexicon[lang]
        prose = (
            udhr_prose(lang, rng)
            if lang in UDHR
            else pool_prose(lang, rng, headlines if lang == "en" else None)
        )
        kinds = [True] * negatives + [False] * (count - negatives)
        rng.shuffle(kinds)
        for number, is_negative in enumerate(kinds, 1):
            article = next(prose.articles)
            for paragraph in article:
                assert paragraph not in seen, paragraph
                seen.add(paragraph)
            c = Ctx(lang, words_of, rng, prose, article, site=rng.choice(words_of["sites"]))
            doc: dict[str, object] = {
                "id": f"{lang}-{number:02}",
                "lang": lang,
                "negative": is_negative,
            }
            if is_negative:
                lines, pieces, piece_at = negative(c)
                doc |= {
                    "pieces": pieces,
                    "piece_at": piece_at,
                    "prose_boilerplate": [],
                    "lines": lines,
                }
            else:
                lines, prose_at, piece_at = positive(c)
                doc |= {
                    "pieces": [],
                    "piece_at": piece_at,
                    "prose_boilerplate": prose_at,
                    "lines": lines,
                }
            docs.append(doc)
        if prose.recycled:
            print(f"{lang}: furniture sentences recycled {prose.recycled} times")
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--seed", type=int, default=1414)
    parser.add_argument("--out", type=Path, default=HERE / "docs.jsonl")
    args = parser.parse_args()
    docs = build(args.seed)
    with args.out.open("w", encoding="utf-8") as out:
        for doc in docs:
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print(f"{len(docs)} documents -> {args.out}")


if __name__ == "__main__":
    main()
