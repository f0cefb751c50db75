"""
Build the blind boilerplate set: real article bodies with freshly worded boilerplate, every line labelled.

Run from anywhere: ``python bench/blind13/build.py`` writes ``bench/blind13/docs.jsonl``
(the same file for the same seed). Article text is consecutive real sentences
of one language from the bench pools (``bench/corpus.py`` fetches them into
``bench/data/pools.json``); the boilerplate is composed from ``lexicon.py``
with varied wording, case, separators, counts, names and dates, and teaser
blocks quote OTHER articles' real sentences and headlines. A quarter of the
documents are negatives: clean articles whose own lines look like furniture
(subheads, book lists, timelines, glossaries, slogans, sentences about
sharing or subscribing), every line ``main``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402  (bench/corpus.py, found through the path above)
from lexicon import LEX, PREVNEXT  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Callable

SEED = 1313
DOCS_PER_LANG = {"en": 24, "de": 14, "fr": 14, "es": 14, "pl": 14, "cs": 14, "pt": 14, "it": 14, "uk": 14,
                 "el": 14, "ru": 14}  # fmt: skip
SEPARATORS = (" | ", " · ", " / ", " › ", " » ", " - ", " > ", " • ")
_BAD = re.compile(r"[%{}<>_\\|#@`=\[\]~^*]|https?:|www\.|\.\.\.|--|\s{2}|\(\w*[A-ZА-ЯЁ]{3,}\)")
_END = re.compile(r"[.!?…»”\"')]$")
_WORD = re.compile(r"[^\W\d_]{6,}")

Line = tuple[str, str]  # (label, text)


class Source:
    """One language's prose: sentences handed out at most once across the whole set."""

    def __init__(self, passages: list[list[str]], rng: random.Random) -> None:
        self.passages = passages
        self.rng = rng
        self.used: set[str] = set()

    def _good(self, sentence: str, low: int = 6, high: int = 55, *, ended: bool = True) -> bool:
        """A sentence of prose: the length asked, unused, no markup or code, capitalised, ended when asked."""
        words = len(sentence.split())
        return (low <= words <= high and sentence not in self.used and not _BAD.search(sentence)
                and sentence[0].isupper() and (not ended or _END.search(sentence) is not None))  # fmt: skip

    def run(self, count: int) -> list[str]:
        """About ``count`` consecutive good sentences from one place in the pool (following passages when short)."""
        for _ in range(200):
            start = self.rng.randrange(len(self.passages))
            found: list[str] = []
            for passage in self.passages[start : start + 40]:
                found += [s for s in passage if self._good(s)]
                if len(found) >= count:
                    break
            if len(found) >= count:
                self.used.update(found[:count])
                return found[:count]
        msg = "the pool has no run of sentences that long left"
        raise LookupError(msg)

    def sentence(self, low: int, high: int, *, ended: bool = True) -> str:
        """One good sentence of ``low`` to ``high`` words from anywhere in the pool (a title need not end)."""
        for _ in range(5000):
            passage = self.passages[self.rng.randrange(len(self.passages))]
            candidate = passage[self.rng.randrange(len(passage))]
            if self._good(candidate, low, high, ended=ended):
                self.used.add(candidate)
                return candidate
        msg = "no sentence of that length left"
        raise LookupError(msg)


class Writer:
    """The boilerplate and negatives of one document's language."""

    def __init__(
        self, lang: str, source: Source, headlines: Source | None, rng: random.Random
    ) -> None:
        self.lang = lang
        self.lex = LEX[lang]
        self.source = source
        self.headlines = headlines
        self.rng = rng
        self.body: list[str] = []  # the document's article, for tags drawn from it
        self.prose: set[str] = (
            set()
        )  # boilerplate lines that are real prose sentences (teaser standfirsts)

    # small pieces

    def pick(self, key: str) -> str:
        return self.rng.choice(self.lex[key])

    def fill(self, template: str) -> str:
        r = self.rng
        names = self.lex["names"]
        first, second = r.sample(names, 2)
        agencies = self.lex["agencies"]
        return template.format(
            n=first, n2=second, k=r.randint(2, 48), s=f"{r.randint(0, 59):02d}", date=self.date(), y=r.randint(2009, 2025),
            site=self.pick("sites"), h=first.split()[-1].lower().replace("'", "") + r.choice(["", "_", "."]) + r.choice(["", "news", str(r.randint(1, 99))]),
            city=self.pick("cities"), topic=self.pick("topics"), role=self.pick("role").lower().format(city=self.pick("cities")),
            a=r.choice(agencies), a2=r.choice(agencies), p=r.randint(9, 499),
        )  # fmt: skip

    def date(self) -> str:
        r = self.rng
        day, month, year = (
            r.randint(1, 28),
            r.randint(1, 12),
            r.choice([2021, 2022, 2023, 2024, 2025]),
        )
        hour, minute = r.randint(0, 23), r.randint(0, 59)
        name = self.lex["months"][month - 1]
        shapes = [f"{day} {name} {year}", f"{day:02d}.{month:02d}.{year}, {hour:02d}:{minute:02d}",
                  f"{year}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}", f"{day}/{month}/{year} {hour}:{minute:02d}",
                  f"{day}. {name} {year}, {hour}.{minute:02d}"]  # fmt: skip
        if self.lang == "en":
            shapes += [f"{name} {day}, {year} {hour % 12 + 1}:{minute:02d} {r.choice(['a.m.', 'p.m.', 'AM', 'PM'])} ET",
                       f"{name[:3]} {day}, {year}"]  # fmt: skip
        return r.choice(shapes)

    def vary(self, text: str) -> str:
        """Case and trailing punctuation as sites vary them."""
        roll = self.rng.random()
        if roll < 0.12:
            return text.upper()
        if roll < 0.2 and text[:1].isupper():
            return text.lower()
        if roll < 0.3 and not text.endswith((":", ".", "?", "!")):
            return text + self.rng.choice([":", " »", " >", " ›", ""])
        return text

    def headline(self) -> str:
        if self.headlines is not None and self.rng.random() < 0.8:
            return self.headlines.sentence(3, 16, ended=False).rstrip(".")
        text = self.source.sentence(4, 13, ended=False)
        return text.rstrip(".").rstrip()

    def standfirst(self) -> str:
        """A full sentence of another article, as teasers quote it; remembered, as prose labelled boilerplate."""
        text = self.source.sentence(8, 30)
        self.prose.add(text)
        return text

    def topics(self) -> list[str]:
        """Tag words: the body's names and capitalised nouns (not sentence starts), else its long words."""
        names = sorted({w.strip(".,;:!?()«»„“”\"'") for line in self.body for w in line.split()[1:]
                        if w[:1].isupper() and len(w) > 3})  # fmt: skip
        words = [w for w in names if w.isalpha()]
        if len(words) < 3:
            words = sorted({w for line in self.body for w in _WORD.findall(line)})
        picked = self.rng.sample(words, min(len(words), self.rng.randint(2, 5)))
        picked = [w[0].upper() + w[1:] for w in picked]
        if self.rng.random() < 0.5:
            picked.insert(self.rng.randrange(len(picked) + 1), self.pick("sections"))
        return picked

    # boilerplate blocks, each a list of lines of one kind

    def related(self) -> list[str]:
        r = self.rng
        lines = [self.vary(self.fill(self.pick("related")))]
        shape = r.random()
        if shape < 0.55:
            for _ in range(r.randint(2, 6)):
                title = self.headline()
                if r.random() < 0.2:
                    title = f"{self.pick('sections')}{r.choice(SEPARATORS)}{title}"
                elif r.random() < 0.15:
                    title = f"{title}{r.choice(SEPARATORS)}{self.date()}"
                lines.append(title)
        elif shape < 0.85:
            for _ in range(r.randint(2, 3)):
                lines += [self.headline(), self.standfirst()]
        else:  # no header: headline lines with a read-also cue each
            lines = [f"{self.pick('readalso')} {self.headline()}" for _ in range(r.randint(1, 3))]
        return lines

    def inline_related(self) -> list[str]:
        return [f"{self.pick('readalso')} {self.headline()}"]

    def credit(self) -> list[str]:
        r = self.rng
        shapes = ["{photo}: {n}/{a}", "{photo}: {a}", "({photo}: {n})", "{video}: {site}", "{photo} © {n}",
                  "{photo}: {n} for {site}", "{photo}: {a} / {n}", "{wire}"]  # fmt: skip
        count = r.choice([1, 1, 1, 2])
        out = []
        for _ in range(count):
            shape = r.choice(shapes)
            if self.lang != "en":
                shape = shape.replace(" for ", " / ")
            text = shape.replace("{photo}", self.pick("photo")).replace(
                "{video}", self.pick("video")
            )
            text = text.replace("{wire}", self.pick("wire"))
            out.append(self.fill(text))
        return out

    def wire(self) -> list[str]:
        return [self.fill(self.pick("wire"))]

    def reading(self) -> list[str]:
        r = self.rng
        keys = r.sample(["minread", "listen", "updated", "tools"], r.randint(1, 3))
        lines = [self.fill(self.pick(key)) for key in keys]
        if len(lines) > 1 and r.random() < 0.3:
            lines = [r.choice(SEPARATORS).join(lines)]
        return lines

    def taxonomy(self) -> list[str]:
        r = self.rng
        words = self.topics()
        head = self.pick("tags")
        shape = r.random()
        if shape < 0.45:
            joiner = r.choice([", ", " · ", " | ", " / "])
            return [f"{head}{r.choice([': ', ' : ', ' - ', ' '])}{joiner.join(words)}"]
        if shape < 0.75:
            return [self.vary(head), *words]
        return [" ".join("#" + w.replace(" ", "") for w in words)]

    def share(self) -> list[str]:
        r = self.rng
        items = [self.fill(self.pick("share")) for _ in range(r.randint(1, 4))]
        items = list(dict.fromkeys(items))
        if r.random() < 0.5:
            items.append(self.fill(self.pick("comments")))
        if len(items) > 2 and r.random() < 0.4:
            return [r.choice(SEPARATORS).join(items)]
        return [self.vary(item) for item in items]

    def prompt(self) -> list[str]:
        items = self.rng.sample(self.lex["prompt"], self.rng.randint(1, 3))
        return [
            self.vary(self.fill(item)) if len(item.split()) < 5 else self.fill(item)
            for item in items
        ]

    def author(self) -> list[str]:
        r = self.rng
        name = self.pick("names")
        role = self.fill(self.pick("role"))
        lines = []
        shape = r.random()
        if shape < 0.35:
            lines = [name, role]
        elif shape < 0.6:
            lines = [f"{name}{r.choice([', ', ' | ', ' - ', ' · '])}{role}"]
        elif shape < 0.8:
            co = r.sample(self.lex["names"], 2)
            lines = [r.choice([" & ", ", ", " / "]).join(co)]
        if r.random() < 0.6:
            lines.append(self.fill(self.pick("bio")).replace(self.lex["names"][0], name))
        if r.random() < 0.6 or not lines:
            lines.append(self.fill(self.pick("moreby")))
        return lines

    def shop(self) -> list[str]:
        r = self.rng
        lines: list[str] = []
        if r.random() < 0.5:
            lines.append(self.fill(self.pick("affiliate")))
        for _ in range(r.randint(1, 2)):
            product = self.pick("product")
            price = self.fill(self.pick("currency"))
            if r.random() < 0.5:
                lines += [product, price, self.vary(self.pick("shop"))]
            else:
                lines.append(f"{product}{r.choice([' – ', ' - ', ': ', ', '])}{price}")
                lines.append(self.vary(self.pick("shop")))
        return lines

    def nav(self) -> list[str]:
        r = self.rng
        home = self.lex["nav"][1]
        shape = r.random()
        if shape < 0.4:
            trail = [home, *r.sample(self.lex["sections"], r.randint(1, 3))]
            return [r.choice(SEPARATORS[1:]).join(trail)]
        if shape < 0.7:
            return [self.vary(item) for item in r.sample(self.lex["nav"], r.randint(1, 4))]
        return [
            f"{r.choice(PREVNEXT[self.lang])}{r.choice([': ', ' – ', ' ', ' » '])}{self.headline()}"
        ]

    def footer(self) -> list[str]:
        r = self.rng
        items = r.sample(self.lex["footer"], r.randint(3, min(6, len(self.lex["footer"]))))
        if r.random() < 0.55:
            return [r.choice(SEPARATORS).join(items)]
        return [self.vary(item) for item in items]

    def copyright(self) -> list[str]:
        return [self.fill(self.pick("copyright"))]

    # look-alike content for the negatives: every line is the article's own

    def subhead(self) -> str:
        if self.rng.random() < 0.5:
            return self.pick("subheads")
        return self.source.sentence(3, 7, ended=False).rstrip(".")

    def booklist(self) -> list[str]:
        r = self.rng
        quotes = {"en": ("", ""), "de": ("„", "“"), "pl": ("„", "”"), "cs": ("„", "“")}.get(
            self.lang, ("«", "»")
        )
        lines = [self.pick("booklist")]
        for _ in range(r.randint(3, 5)):
            words = self.headline().split()
            title = " ".join(words[: r.randint(2, 6)]).rstrip(",;:")
            author = self.pick("names")
            summary = self.source.sentence(6, 25)
            shape = r.choice(
                ["{q0}{t}{q1} ({a}): {s}", "{q0}{t}{q1} by {a} — {s}", "{a}, {q0}{t}{q1}. {s}"]
            )
            if self.lang != "en":
                shape = shape.replace(" by ", ", ")
            lines.append(shape.format(q0=quotes[0], q1=quotes[1], t=title, a=author, s=summary))
        return lines

    def timeline(self) -> list[str]:
        r = self.rng
        years = sorted(r.sample(range(1950, 2024), r.randint(3, 5)))
        shape = r.choice(["{y} – {s}", "{y}: {s}", "{d} {m} {y}: {s}", "{y} - {s}"])
        return [shape.format(y=y, d=r.randint(1, 28), m=self.pick("months"), s=self.source.sentence(6, 25))
                for y in years]  # fmt: skip

    def glossary(self) -> list[str]:
        """Term and definition lines; the term is a long word of its own definition."""
        sep = self.rng.choice([": ", " – ", " — "])
        lines = []
        for _ in range(self.rng.randint(3, 4)):
            definition = self.source.sentence(6, 25)
            term = max(_WORD.findall(definition) or [definition.split()[0]], key=len)
            lines.append(f"{term[0].upper() + term[1:]}{sep}{definition}")
        return lines

    def mention(self) -> str:
        return self.pick("mentions")

    def slogan(self) -> str:
        return self.pick("slogans")


def article(source: Source, rng: random.Random) -> list[str]:
    """4-12 paragraphs of consecutive real sentences, one to three sentences a paragraph."""
    paragraphs = rng.randint(4, 12)
    sizes = [rng.choice([1, 1, 2, 2, 3]) for _ in range(paragraphs)]
    sentences = source.run(sum(sizes))
    lines, at = [], 0
    for size in sizes:
        lines.append(" ".join(sentences[at : at + size]))
        at += size
    return lines


HEAD_KINDS = ("nav", "reading", "author", "share", "credit", "taxonomy")
MIDDLE_KINDS = ("inline_related", "related", "credit", "prompt", "shop", "share")
TAIL_KINDS = ("share", "taxonomy", "author", "related", "prompt", "footer", "copyright", "wire", "shop", "reading",
              "nav")  # fmt: skip
LABEL = {"inline_related": "related", "wire": "credit"}


def block(writer: Writer, kind: str) -> list[Line]:
    make: Callable[[], list[str]] = getattr(writer, kind)
    return [(f"boilerplate:{LABEL.get(kind, kind)}", text) for text in make()]


def with_boilerplate(writer: Writer, body: list[str], rng: random.Random) -> list[Line]:
    """The article with blocks at the head, tail and middle (at least one place, usually all three)."""
    places = [p for p in ("head", "middle", "tail") if rng.random() < 0.75] or [
        rng.choice(["head", "tail"])
    ]
    head: list[Line] = []
    tail: list[Line] = []
    main: list[Line] = [("main", text) for text in body]
    if "head" in places:
        for kind in rng.sample(HEAD_KINDS, rng.randint(1, 3)):
            head += block(writer, kind)
    if "middle" in places:
        for kind in rng.sample(MIDDLE_KINDS, rng.randint(1, 2)):
            at = rng.randint(1, max(1, len(main) - 1))
            main[at:at] = block(writer, kind)
    if "tail" in places:
        for kind in rng.sample(TAIL_KINDS, rng.randint(2, 5)):
            tail += block(writer, kind)
        if rng.random() < 0.3:
            tail += block(writer, "copyright")
    return head + main + tail


def negative(writer: Writer, body: list[str], rng: random.Random) -> tuple[list[Line], list[str]]:
    """The article with 2-4 look-alike pieces of its own, all main; returns the lines and what was added."""
    lines = list(body)
    added = []
    makers: dict[str, Callable[[], list[str]]] = {
        "subheads": lambda: [writer.subhead()],
        "booklist": writer.booklist,
        "timeline": writer.timeline,
        "glossary": writer.glossary,
        "mention": lambda: [writer.mention()],
        "slogan": lambda: [writer.slogan()],
    }
    for name in rng.sample(sorted(makers), rng.randint(2, 4)):
        piece = makers[name]()
        if name == "subheads":  # subheads go before paragraphs, several of them
            for at in sorted(
                rng.sample(range(1, len(lines)), min(len(lines) - 1, rng.randint(1, 3))),
                reverse=True,
            ):
                lines.insert(at, writer.subhead())
        else:
            at = (
                rng.randint(1, len(lines)) if name != "slogan" or rng.random() < 0.5 else len(lines)
            )
            lines[at:at] = piece
        added.append(name)
    return [("main", text) for text in lines], added


def build(seed: int) -> list[dict[str, object]]:
    rng = random.Random(seed)
    pools = corpus.fetch_pools(HERE.parent / "data")
    headlines = Source(pools[corpus.HEADLINES], random.Random(seed + 1))
    docs: list[dict[str, object]] = []
    for lang, count in DOCS_PER_LANG.items():
        source = Source(pools[lang], random.Random(f"{seed}-{lang}"))
        writer = Writer(lang, source, headlines if lang == "en" else None, rng)
        for index in range(count):
            body = article(source, rng)
            writer.body = body
            is_negative = index % 4 == 3 or index == count - 1 or (lang == "en" and index in (1, 5))
            added: list[str] = []
            if is_negative:
                lines, added = negative(writer, body, rng)
            else:
                lines = with_boilerplate(writer, body, rng)
            lines = dedupe(lines)
            prose = [
                at
                for at, (label, text) in enumerate(lines)
                if label != "main" and text in writer.prose
            ]
            docs.append({"id": f"{lang}-{index:02d}", "lang": lang, "negative": is_negative, "lookalikes": added,
                         "prose_boilerplate": prose, "lines": [list(line) for line in lines]})  # fmt: skip
    return docs


def dedupe(lines: list[Line]) -> list[Line]:
    """Drop a boilerplate line whose text is also a main line of the document (the label would be ambiguous)."""
    main = {text for label, text in lines if label == "main"}
    return [(label, text) for label, text in lines if label == "main" or text not in main]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=HERE / "docs.jsonl")
    args = parser.parse_args()
    docs = build(args.seed)
    with args.out.open("w", encoding="utf-8") as out:
        for doc in docs:
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    negatives = sum(1 for doc in docs if doc["negative"])
    print(f"{len(docs)} documents ({negatives} negatives) -> {args.out}")


if __name__ == "__main__":
    main()
