"""
Measure the masking filters: recall on generated addresses and numbers, and
what they wrongly mask among look-alikes (dates, prices, ISBNs, versions...).

Positives and negatives come from faker, in locales split in two: the rules
were tuned on the dev locales only; the held-out locales are reported.

    .venv/bin/python bench/masking_eval.py
"""

from __future__ import annotations

import random

from faker import Faker

from textclean._filters import masking

DEV_LOCALES = ["en_US", "fr_FR", "de_DE", "en_GB"]
HELD_OUT_LOCALES = ["it_IT", "es_ES", "nl_NL", "pt_BR", "ru_RU", "en_AU", "pl_PL", "en_CA"]
PER_LOCALE = 50
NEUTRAL = "The office at {} is open."
CUED = "Tel.: {}"


def _positives(fake: Faker) -> dict[str, list[str]]:
    return {
        "phones": [fake.phone_number() for _ in range(PER_LOCALE)],
        "emails": [fake.email() for _ in range(PER_LOCALE)],
        "urls": [fake.url() + fake.uri_path() for _ in range(PER_LOCALE)],
        "ips": [fake.ipv4_public() for _ in range(PER_LOCALE // 2)]
        + [fake.ipv4_private() for _ in range(PER_LOCALE // 4)]
        + [fake.ipv6() for _ in range(PER_LOCALE // 4)],
    }


def _negatives(fake: Faker, rng: random.Random) -> list[str]:
    """Numbers and tokens that look like what is masked, but are not."""
    out: list[str] = []
    for _ in range(PER_LOCALE):
        date = fake.date_object()
        out += [
            date.strftime(rng.choice(["%Y-%m-%d", "%d.%m.%Y", "%m-%d-%Y", "%d %m %Y", "%Y %m %d"])),
            f"{rng.randint(1900, 2030)}-{rng.randint(1900, 2030)}",
            f"{rng.randint(1900, 2030)} {rng.randint(1900, 2030)} {rng.randint(1900, 2030)}",
            fake.pricetag(),
            f"{rng.randint(1, 999)} {rng.randint(0, 999):03} {rng.randint(0, 999):03}",
            f"{rng.randint(1, 999)}.{rng.randint(0, 999):03}.{rng.randint(0, 999):03},{rng.randint(0, 99):02}",
            fake.isbn10(),
            fake.isbn13(),
            f"ISBN {fake.isbn13()}",
            f"version {rng.randint(0, 20)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}.{rng.randint(0, 999)}",
            f"{rng.randint(0, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
            fake.postcode(),
            fake.time(),
            f"{rng.randint(1, 30)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}",
            f"{fake.file_name()}",
            f"@{fake.user_name()}",
            f"{fake.user_name()}@{rng.randint(1, 3)}x.png",
            f"{fake.domain_word()}.{fake.tld()}",
            f"{rng.randint(1, 99)}.{rng.randint(1, 99)}%",
            fake.credit_card_number(),
            f"{fake.random_number(digits=8, fix_len=True)}",
        ]
    return out


def _hits(kind: str, text: str, target: str) -> bool:
    start = text.index(target)
    find = getattr(masking, f"find_{kind}")
    return any(s == start and e == start + len(target) for s, e, _ in find(text))


def _evaluate(locales: list[str], label: str) -> None:
    rng = random.Random(7)
    recall: dict[str, list[int]] = {}
    wrong: list[tuple[str, str]] = []
    negatives = 0
    for locale in locales:
        fake = Faker(locale)
        fake.seed_instance(11)
        for kind, values in _positives(fake).items():
            for value in values:
                for template in (NEUTRAL, CUED) if kind == "phones" else (NEUTRAL,):
                    key = f"{kind} ({'cued' if template is CUED else 'neutral'})"
                    recall.setdefault(key, [0, 0])
                    recall[key][0] += _hits(kind, template.format(value), value)
                    recall[key][1] += 1
        for value in _negatives(fake, rng):
            negatives += 1
            text = NEUTRAL.format(value)
            for kind in ("urls", "emails", "ips", "phones"):
                find = getattr(masking, f"find_{kind}")
                wrong.extend((kind, text[s:e]) for s, e, _ in find(text))
    print(f"## {label}: {', '.join(locales)}")
    for key, (hit, total) in sorted(recall.items()):
        print(f"recall {key}: {hit}/{total} = {hit / total:.1%}")
    print(f"look-alikes wrongly masked: {len(wrong)} of {negatives}")
    for kind, value in wrong[:20]:
        print(f"  {kind}: {value!r}")


def main() -> None:
    """Report the dev locales, then the held-out ones."""
    _evaluate(DEV_LOCALES, "dev (tuned on)")
    _evaluate(HELD_OUT_LOCALES, "held out")


if __name__ == "__main__":
    main()
