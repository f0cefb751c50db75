"""
Measure remove_boilerplate on a labelled set built from the seed articles.

Each document is a seed article's body paragraphs (labelled content) with
boilerplate lines (labelled boilerplate) added where sites put them: runs at
the top and the bottom, a lone furniture line in the middle, author bios at
the end; and with "tricky" content lines that mention the same phrases inside
sentences. Clean articles (seed bodies and Faker paragraphs, no boilerplate)
give the false-removal rate.

Run: .venv/bin/python bench/boilerplate_eval.py
"""

from __future__ import annotations

import random
from pathlib import Path

from faker import Faker

from textclean._filters.boilerplate import RemoveBoilerplate

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "expected"

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


def labelled_documents(rng: random.Random) -> list[list[tuple[str, bool]]]:
    bodies = [
        [x for x in p.read_text("utf-8").split("\n") if x] for p in sorted(SEEDS.glob("*.txt"))
    ]
    docs = []
    for _ in range(400):
        body = [(line, False) for line in rng.choice(bodies)]
        for tricky in rng.sample(TRICKY, 2):
            body.insert(rng.randrange(1, len(body)), (tricky, False))
        top = [(line, True) for line in rng.sample(TOP, rng.randint(0, 2))]
        bottom = [(line, True) for line in rng.sample(BOTTOM, rng.randint(1, 4))]
        bottom += [(line, True) for line in rng.sample(HELD_OUT, rng.randint(0, 2))]
        if rng.random() < 0.5:
            body.insert(rng.randrange(2, len(body) - 1), (rng.choice(MIDDLE), True))
        if rng.random() < 0.3:
            bottom = [(line, True) for line in rng.choice(BIOS)] + bottom
        docs.append(top + body + bottom)
    return docs


def main() -> None:
    rng = random.Random(20261121)
    remove = RemoveBoilerplate()
    tp = fp = fn = 0
    missed: dict[str, int] = {}
    for doc in labelled_documents(rng):
        text = "\n\n".join(line for line, _ in doc)
        _, changes = remove.explain(text)
        removed = {c.before.strip() for c in changes if c.before.strip()}
        for line, is_boilerplate in doc:
            hit = line in removed
            tp += hit and is_boilerplate
            fp += hit and not is_boilerplate
            fn += (not hit) and is_boilerplate
            if is_boilerplate and not hit:
                missed[line] = missed.get(line, 0) + 1
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print("## Labelled set: 400 seed articles with boilerplate added")
    print(f"lines removed correctly {tp}, wrongly {fp}, missed {fn}")
    print(f"precision {precision:.4f}, recall {recall:.4f}")
    held = set(HELD_OUT)
    print("missed held-out variants: " + ", ".join(sorted(k for k in missed if k in held)))
    print("missed catalog lines: " + ", ".join(sorted(k for k in missed if k not in held)))

    fake = Faker("en_US")
    fake.seed_instance(3)
    clean_docs = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    clean_docs += ["\n\n".join(fake.paragraphs(rng.randint(3, 8))) for _ in range(1000)]
    touched = sum(remove(doc) != doc for doc in clean_docs)
    lines = sum(len([x for x in doc.split("\n") if x.strip()]) for doc in clean_docs)
    removed_lines = sum(
        len([c for c in remove.explain(doc)[1] if c.before.strip()]) for doc in clean_docs
    )
    print(f"\n## Clean articles ({len(clean_docs)} documents, {lines} lines)")
    print(
        f"documents changed {touched} ({100 * touched / len(clean_docs):.2f}%), "
        f"lines removed {removed_lines} ({100 * removed_lines / lines:.3f}%)"
    )


if __name__ == "__main__":
    main()
