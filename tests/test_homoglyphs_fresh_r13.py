"""
Fresh variants for round 13's look-alike rules, written after they were frozen.

Other words and languages than the misses that prompted them: stressed
vowels of Russian, Ukrainian, Bulgarian and Belarusian with a Latin twin
joined to its stress mark by NFC (`accents`), Greek and Ukrainian function
words in swapping text beside a Latin name (`_function_word_of_twins`,
`_opener_digit`), CamelCase names written plainly elsewhere
(`judge._camel_written`); and genuine text each rule might touch. Misses
stay as strict xfails: at 973a9d7, 14/16 damaged and 16/16 genuine (main:
7/16 and 16/16).
"""

from __future__ import annotations

import unicodedata

import pytest

from textclean import Cleaner

ACUTE = "\N{COMBINING ACUTE ACCENT}"
CLEAN = Cleaner(remove_boilerplate=False).clean


def joined(text: str) -> str:
    """``text`` in normal form C, as the pipeline's ``normalize_unicode`` leaves it."""
    return unicodedata.normalize("NFC", text)


DAMAGED = [
    (
        joined(f"Пoдoро{ACUTE}жник растёт у доро{ACUTE}ги."),
        f"Подоро{ACUTE}жник растёт у доро{ACUTE}ги.",
    ),
    (
        joined(f"Слово за{ACUTE}мок и замo{ACUTE}к пишутся одинаково."),
        f"Слово за{ACUTE}мок и замо{ACUTE}к пишутся одинаково.",
    ),
    (
        joined(f"Украї{ACUTE}нська мoва{ACUTE} має наголоси."),
        f"Украї{ACUTE}нська мова{ACUTE} має наголоси.",
    ),
    (
        joined(f"Бъ{ACUTE}лгарският език пише ударе{ACUTE}ние в речници: вoда{ACUTE}."),
        f"Бъ{ACUTE}лгарският език пише ударе{ACUTE}ние в речници: вода{ACUTE}.",
    ),
    (
        joined(f"Ива{ACUTE}н Петро{ACUTE}вич Сидoрo{ACUTE}в приехал."),
        f"Ива{ACUTE}н Петро{ACUTE}вич Сидоро{ACUTE}в приехал.",
    ),
    (
        joined(f"Мінск — гало{ACUTE}ўны гoрад Беларусі, дзе жыве Мікалa{ACUTE}й."),
        f"Мінск — гало{ACUTE}ўны горад Беларусі, дзе жыве Мікала{ACUTE}й.",
    ),
    ("Η περίοδος ξεκίνησε νωρίς στη Ρóδο.", "Η περίοδος ξεκίνησε νωρίς στη Ρόδο."),
    (
        "Ο Schmidt είπε πως θέλει va μιλήσει με τoν υπουργό.",
        "Ο Schmidt είπε πως θέλει να μιλήσει με τον υπουργό.",
    ),
    (
        "Η Google ανακoίνωσε ότι θα αρχίσει va πουλάει τo κινητό.",
        "Η Google ανακοίνωσε ότι θα αρχίσει να πουλάει το κινητό.",
    ),
    ("Тaм був ліс. I ми пішли туди разом.", "Там був ліс. І ми пішли туди разом."),
    (
        "Ми з Google працюємо. Брат i сестра прийшли дoдому.",
        "Ми з Google працюємо. Брат і сестра прийшли додому.",
    ),
    (
        "Watch it on Υου𝖳υbе today. YouTube hosts the video.",
        "Watch it on YouTube today. YouTube hosts the video.",
    ),
    (
        "Our site runs on WοrdΡrеꜱꜱ now. WordPress is easy.",
        "Our site runs on WordPress now. WordPress is easy.",
    ),
    (
        "Use GіtᏞɑb for the code. GitLab has CI built in.",
        "Use GitLab for the code. GitLab has CI built in.",
    ),
    pytest.param(
        "Find me on Ⅼіnkеdǀn please. My LinkedIn page is new.",
        "Find me on LinkedIn please. My LinkedIn page is new.",
        marks=pytest.mark.xfail(strict=True, reason="a stroke read i leaves no inner capital"),
    ),
    pytest.param(
        "Ask ΟреnΑǀ about it. OpenAI made the model.",
        "Ask OpenAI about it. OpenAI made the model.",
        marks=pytest.mark.xfail(strict=True, reason="a small stroke reads l or i, never I"),
    ),
]

GENUINE = [
    "Слово «café» пишется с ударением: кафе́.",
    "Это Ólafur Arnalds и его альбом «Re:member».",
    "Он сказал: «Je pense, donc je suis», и ушёл.",
    "Η εταιρεία Renault και η Citroën συνεργάζονται.",
    "Ο Pelé ήταν ο καλύτερος, είπε ο José.",
    "Ο Watson είπε: va bene, ok.",
    "I тур змагань відбувся у Києві.",
    "Розділ I. Загальні положення.",
    "Витамин C и витамин B полезны.",
    "Μάθημα A: εισαγωγή. Μάθημα B: ανάλυση.",
    "Zoë и Chloé приехали в Москву.",
    "Fiancée по-французски — невеста.",
    "The PayPal and Paypal spellings both occur.",
    "Try MacBook or Macbook; both are sold.",
    f"Подоро{ACUTE}жник растёт у доро{ACUTE}ги.",
    "Η Ελλάδα είναι όμορφη το καλοκαίρι.",
]


@pytest.mark.parametrize(("damaged", "original"), DAMAGED)
def test_fresh_damaged_repaired(damaged: str, original: str) -> None:
    """A fresh damaged text comes back as written."""
    assert CLEAN(damaged) == original


@pytest.mark.parametrize("text", GENUINE)
def test_fresh_genuine_unchanged(text: str) -> None:
    """A fresh genuine text is left as it is."""
    assert CLEAN(text) == text
