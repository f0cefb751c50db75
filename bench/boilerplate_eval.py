"""
Measure remove_boilerplate, default and web, on real pages and on written variants.

1. **Real pages**: the 68 HTML pages of htmldate 1.2.0's test cache, as
   scripts/fetch_htmldate_pages.py extracts them at install time (the largest
   <article>/<main> element's text, and trafilatura's output), with the line
   labels of bench/boilerplate_labels.tsv (drafted against trafilatura by
   scripts/draft_boilerplate_labels.py, then reviewed). Pages are split: the
   rules were tuned on TUNE_PAGES only; REPORT_PAGES (the 7 pages the issue
   keeps for evaluation and half the rest, by hash) are reported.
2. **Fresh variants** of each kind of boilerplate (fresh_variants.py),
   written after the rules were frozen, in several languages, put at the
   head, tail or middle of clean bodies (seeds, Faker text in nine
   languages): reported half only.
3. **Catalog set** (tuning): seed articles with catalog lines added, as before.
4. **Clean articles**: seed bodies, trafilatura texts and Faker paragraphs:
   lines removed must be zero.

Run: .venv/bin/python bench/boilerplate_eval.py [--pages DIR] [--misses]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from collections import Counter
from pathlib import Path

from faker import Faker

from textclean._filters.boilerplate import RemoveBoilerplate

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fresh_variants import (
    CONTENT_V5,
    CONTENT_V6,
    CONTENT_V7,
    FRESH,
    FRESH_V1,
    FRESH_V2,
    FRESH_V4,
    FRESH_V5,
    FRESH_V6,
    FRESH_V7,
    Variants,
)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "expected"
LABELS = ROOT / "bench" / "boilerplate_labels.tsv"
PAGES = ROOT / ".venv" / "htmldate-pages"
KEPT_FOR_EVALUATION = (
    "befifty.montauk", "blog.python.org", "creativecommons.at.faircoin", "creativecommons.org",
    "hundeverein-kreisunna.de", "netzpolitik.org.abmahnungen", "stuttgart.de",
)  # fmt: skip


def split_pages(pages: list[str]) -> tuple[list[str], list[str]]:
    """(tune, report): the kept pages and half the rest, by SHA-1 of the name, are reported."""
    rest = sorted((p for p in pages if p not in KEPT_FOR_EVALUATION), key=_sha1)
    report = sorted([*KEPT_FOR_EVALUATION, *rest[: len(rest) // 2]])
    return sorted(rest[len(rest) // 2 :]), report


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()


TOP = ["Skip to content", "Share this:", "Advertisement", "Sponsored", "Zum Inhalt springen"]
BOTTOM = [
    "Source link",
    "Source: Reuters",
    "Related Articles",
    "Related Posts",
    "You May Also Like",
    "Read More",
    "Leave a Reply",
    "Leave a Reply Cancel reply",
    "Your email address will not be published. Required fields are marked *",
    "Save my name, email, and website in this browser for the next time I comment.",
    "Post Comment",
    "Back to top button",
    "Share this:",
    "Like this:",
    "Like Loading...",
    "Click to share on Twitter (Opens in new window)",
    "Click to share on Facebook (Opens in new window)",
    "Facebook",
    "Twitter",
    "WhatsApp",
    "Telegram",
    "(Except for the headline, this story has not been edited by NDTV staff and is published "
    "from a syndicated feed.)",
    "(Only the headline and picture of this report may have been reworked by the Business "
    "Standard staff; the rest of the content is auto-generated from a syndicated feed.)",
    "(With inputs from PTI)",
    "Copyright 2022 The Associated Press. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed.",
    "© 2022 Daily Herald. All rights reserved.",
    "Sign up for our newsletter",
    "Follow us on Twitter and Facebook",
    "Privacy Policy | Terms of Use",
    "Originally published at The Conversation.",
    "The post Putin's gamble appeared first on World News.",
    "Deja una respuesta",
    "Lascia un commento",
    "Добавить комментарий",
    "Teilen mit:",
    "Laisser un commentaire",
    "Deixe um comentário",
    "Похожие записи",
    "Leia mais",
]
# Variants written after the catalog, to see how it does on strings it was not built from.
HELD_OUT = [
    "Related Stories",
    "READ MORE:",
    "Share This Article",
    "Advertisement - Scroll to continue",
    "Click to share on Reddit (Opens in new window)",
    "Like us on Facebook",
    "© Copyright 2023 Newsweek",
    "Subscribe to our daily newsletter",
    "Tags: Russia, Ukraine",
    "You might also like",
    "Continue Reading",
    "Photo: Reuters",
    "Written by John Smith",
    "Share on WhatsApp",
    "Comments (12)",
    "Recommended for you",
    "More from World News",
    "Also Read: Putin's next move",
    "Thank you for reading!",
    "This article first appeared on CNN.",
]
MIDDLE = [
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "Anzeige",
    "Реклама",
]
BIOS = [
    ["Jane Doe", "Jane Doe is a reporter covering politics for the Herald. She lives in Ohio."],
    ["Micheal Kurt", "I earned a bachelor's degree in sport science. He is an avid tennis fan."],
    ["About the author", "Sam Lee has written for the Times and the Post. Follow him on Twitter."],
]
TRICKY = [
    "Readers who clicked the source link found the same figures in the ministry report.",
    "Officials said the site uses cookies to track visitors, which critics called intrusive.",
    "He did not leave a reply to the letter, his office said on Tuesday.",
    "Related articles in the archive show the same pattern going back to 2014.",
    "The advertisement, which ran on state television, urged men to enlist.",
    "Share this information with your neighbours, the governor told residents.",
    "Back to top officials, the decree applies to every region without exception.",
    "She is a reporter's daughter who lives in Moscow and graduated from the state university.",
]


LOCALES = ("de_DE", "fr_FR", "es_ES", "it_IT", "pt_PT", "nl_NL", "pl_PL", "ru_RU", "uk_UA")


def faker_articles(rng: random.Random, per_locale: int) -> list[str]:
    """Articles of Faker sentences in the languages of the cue vocabulary but English."""
    docs = []
    for locale in LOCALES:
        fake = Faker(locale)
        fake.seed_instance(7)
        docs += ["\n\n".join(fake.paragraphs(rng.randint(3, 8))) for _ in range(per_locale)]
    return docs


def clean_articles(rng: random.Random) -> list[str]:
    """1,000 English Faker articles and 50 in each of nine other languages: nothing to remove."""
    fake = Faker("en_US")
    fake.seed_instance(3)
    docs = ["\n\n".join(fake.paragraphs(rng.randint(3, 8))) for _ in range(1000)]
    return docs + faker_articles(rng, 50)


def catalog_documents(rng: random.Random) -> list[list[tuple[str, str | None]]]:
    """Seed bodies with catalog lines added (the tuning set of earlier rounds)."""
    bodies = [
        [x for x in p.read_text("utf-8").split("\n") if x] for p in sorted(SEEDS.glob("*.txt"))
    ]
    docs = []
    for _ in range(400):
        body: list[tuple[str, str | None]] = [(line, None) for line in rng.choice(bodies)]
        for tricky in rng.sample(TRICKY, 2):
            body.insert(rng.randrange(1, len(body)), (tricky, None))
        top = [(line, "catalog") for line in rng.sample(TOP, rng.randint(0, 2))]
        bottom = [(line, "catalog") for line in rng.sample(BOTTOM, rng.randint(1, 4))]
        bottom += [(line, "variant") for line in rng.sample(HELD_OUT, rng.randint(0, 2))]
        if rng.random() < 0.5:
            body.insert(rng.randrange(2, len(body) - 1), (rng.choice(MIDDLE), "catalog"))
        if rng.random() < 0.3:
            bottom = [(line, "bio") for line in rng.choice(BIOS)] + bottom
        docs.append(top + body + bottom)
    return docs


def fresh_documents(
    rng: random.Random, bodies: list[list[str]], variants: Variants
) -> list[list[tuple[str, str | None]]]:
    """Clean bodies with a block of each fresh kind at its usual place (head, tail or middle)."""
    docs = []
    for kind, (places, blocks) in variants.items():
        for block in blocks:
            for place in places:
                body: list[tuple[str, str | None]] = [(line, None) for line in rng.choice(bodies)]
                lines = [(line, kind) for line in block]
                if place == "head":
                    doc = lines + body
                elif place == "tail":
                    doc = body + lines
                else:
                    at = rng.randrange(1, len(body))
                    doc = body[:at] + lines + body[at:]
                docs.append(doc)
    return docs


def content_documents(
    rng: random.Random, bodies: list[list[str]], lines: list[str]
) -> list[list[tuple[str, str | None]]]:
    """Clean bodies with one content line each: sentences at head, middle and tail, others inside."""
    docs = []
    for line in lines:
        places = ("head", "middle", "tail") if line.endswith(".") else ("middle",)
        for place in places:
            body: list[tuple[str, str | None]] = [(x, None) for x in rng.choice(bodies)]
            at = {"head": 0, "tail": len(body)}.get(place, rng.randrange(1, len(body)))
            docs.append([*body[:at], (line, None), *body[at:]])
    return docs


class Tally:
    """Line counts by kind: removed correctly, wrongly, missed."""

    def __init__(self) -> None:
        self.hit: Counter[str] = Counter()
        self.wrong: Counter[str] = Counter()
        self.missed: Counter[str] = Counter()
        self.kept_content: Counter[str] = Counter()
        self.examples_missed: Counter[str] = Counter()
        self.examples_wrong: Counter[str] = Counter()

    def add(
        self, remove: RemoveBoilerplate, doc: list[tuple[str, str | None]], joiner: str
    ) -> None:
        """Clean one labelled document (kind None: content) and count its lines."""
        text = joiner.join(line for line, _ in doc)
        _, changes = remove.explain(text)
        removed = Counter(c.before.strip() for c in changes if c.before.strip())
        for line, kind in doc:
            gone = removed[line.strip()] > 0
            if gone:
                removed[line.strip()] -= 1
            if kind is None:
                self.wrong["content"] += gone
                self.kept_content["content"] += not gone
                if gone:
                    self.examples_wrong[line[:100]] += 1
            elif gone:
                self.hit[kind] += 1
            else:
                self.missed[kind] += 1
                self.examples_missed[f"[{kind}] {line[:100]}"] += 1

    def rows(self) -> list[str]:
        hit, missed, wrong = (
            sum(self.hit.values()),
            sum(self.missed.values()),
            self.wrong["content"],
        )
        out = [f"| all | {_p(hit, wrong)} | {_r(hit, missed)} | {hit} | {wrong} | {missed} |"]
        out.extend(
            f"| {kind} | | {_r(self.hit[kind], self.missed[kind])} | {self.hit[kind]} | "
            f"| {self.missed[kind]} |"
            for kind in sorted(set(self.hit) | set(self.missed))
        )
        return out


def _p(hit: int, wrong: int) -> str:
    return f"{hit / (hit + wrong):.3f}" if hit + wrong else "-"


def _r(hit: int, missed: int) -> str:
    return f"{hit / (hit + missed):.3f}" if hit + missed else "-"


def page_documents(folder: Path) -> dict[str, list[tuple[str, list[tuple[str, str | None]]]]]:
    """Per page: (source, labelled lines) for its article text and trafilatura text."""
    labels: dict[tuple[str, str, str], tuple[str, str]] = {}
    for row in LABELS.read_text("utf-8").splitlines()[1:]:
        page, source, key, label, category = row.split("\t")
        labels[page, source, key] = (label, category)
    docs: dict[str, list[tuple[str, list[tuple[str, str | None]]]]] = {}
    for path in sorted(folder.glob("*.article.txt")):
        page = path.name.removesuffix(".article.txt")
        for source in ("article", "trafilatura"):
            text = (folder / f"{page}.{source}.txt").read_text("utf-8")
            doc: list[tuple[str, str | None]] = []
            for line in text.split("\n"):
                if not line.strip():
                    continue
                key = hashlib.sha1(line.strip().encode(), usedforsecurity=False).hexdigest()[:12]
                label, category = labels[page, source, key]
                doc.append((line, None if label == "content" else category))
            docs.setdefault(page, []).append((source, doc))
    return docs


def report(title: str, tallies: dict[str, Tally], misses: bool) -> None:
    print(f"\n## {title}\n")
    for profile, tally in tallies.items():
        print(f"### {profile}\n")
        print("| kind | precision | recall | removed right | removed wrongly | missed |")
        print("| --- | --- | --- | --- | --- | --- |")
        print("\n".join(tally.rows()))
        print()
        if misses:
            for line, n in tally.examples_wrong.most_common(25):
                print(f"    WRONG {n}x {line}")
            for line, n in tally.examples_missed.most_common(40):
                print(f"    MISSED {n}x {line}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=Path, default=PAGES)
    parser.add_argument("--misses", action="store_true", help="list wrong and missed lines")
    parser.add_argument("--only", choices=["tune", "report"], help="one half only")
    args = parser.parse_args()
    rng = random.Random(20261121)
    profiles = {"default": RemoveBoilerplate(), "web": RemoveBoilerplate(strength="web")}
    bodies = [
        [x for x in p.read_text("utf-8").split("\n") if x] for p in sorted(SEEDS.glob("*.txt"))
    ]
    clean_docs = ["\n\n".join(body) for body in bodies]
    if args.pages.exists():
        pages = page_documents(args.pages)
        tune, reported = split_pages(list(pages))
        halves = {"tune": tune, "report": reported}
        groups = {
            "tune half, draft labels": halves["tune"],
            "report half, the 7 kept pages, labels reviewed": list(KEPT_FOR_EVALUATION),
            "report half, the other pages, draft labels": [
                page for page in halves["report"] if page not in KEPT_FOR_EVALUATION
            ],
        }
        for title, names in groups.items():
            if args.only and not title.startswith(args.only):
                continue
            tallies = {name: Tally() for name in profiles}
            traf = {name: Tally() for name in profiles}
            for page in names:
                for source, doc in pages[page]:
                    for name, remove in profiles.items():
                        (tallies if source == "article" else traf)[name].add(remove, doc, "\n")
            report(f"Real pages, {title} ({len(names)} pages): article text", tallies, args.misses)
            report(f"Real pages, {title}: trafilatura text", traf, args.misses)
    else:
        print(f"no pages in {args.pages}: run scripts/fetch_htmldate_pages.py (make install)")
    if args.only != "tune":
        fresh_bodies = bodies + [d.split("\n\n") for d in faker_articles(rng, 8)]
        # v5, v6 and their content lines draw from their own streams, so the
        # sets before them keep the bodies they had
        for title, variants, content, seed in (
            ("v7 (written after round 3's third freeze), reported", FRESH_V7, CONTENT_V7, 7),
            ("v6 (written after round 3's second freeze; seen)", FRESH_V6, CONTENT_V6, 6),
            ("v5 (written after round 3's first freeze; seen)", FRESH_V5, CONTENT_V5, 5),
        ):
            own_rng = random.Random(seed)
            tallies = {name: Tally() for name in profiles}
            for doc in fresh_documents(own_rng, fresh_bodies, variants):
                for name, remove in profiles.items():
                    tallies[name].add(remove, doc, "\n\n")
            report(f"Fresh variants {title}", tallies, args.misses)
            tallies = {name: Tally() for name in profiles}
            for doc in content_documents(own_rng, fresh_bodies, content):
                for name, remove in profiles.items():
                    tallies[name].add(remove, doc, "\n\n")
            report(f"Content lines written with {title[:2]}: none may go", tallies, args.misses)
        for title, variants in (
            ("Fresh variants v4 (written after issue 10 round 2's freeze), reported", FRESH_V4),
            ("Fresh variants v3 (written after the third freeze; seen in round 2)", FRESH),
            ("Fresh variants v2 (written after the second freeze; seen before round 3)", FRESH_V2),
            ("Fresh variants v1 (written after the first freeze; seen before round 2)", FRESH_V1),
        ):
            tallies = {name: Tally() for name in profiles}
            for doc in fresh_documents(rng, fresh_bodies, variants):
                for name, remove in profiles.items():
                    tallies[name].add(remove, doc, "\n\n")
            report(title, tallies, args.misses)
    if args.only != "report":
        tallies = {name: Tally() for name in profiles}
        for doc in catalog_documents(rng):
            for name, remove in profiles.items():
                tallies[name].add(remove, doc, "\n\n")
        report("Catalog set (seeds with catalog lines; tuning)", tallies, args.misses)

    clean_docs += clean_articles(rng)
    lines = sum(len([x for x in doc.split("\n") if x.strip()]) for doc in clean_docs)
    print(f"\n## Clean articles ({len(clean_docs)} documents, {lines} lines)\n")
    for name, remove in profiles.items():
        removed = [c.before.strip() for doc in clean_docs for c in remove.explain(doc)[1]]
        removed = [line for line in removed if line]
        print(f"{name}: lines removed {len(removed)}" + (f": {removed[:5]}" if removed else ""))


if __name__ == "__main__":
    main()
