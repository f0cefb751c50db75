"""
Held-back genuine sentences of the damage kinds in tests/homoglyph_damage_sets.py.

Written at the same time as the tests' part (hacc12, round 11, before any rule
changed) and checked once, at the end: no rule was tuned on them. Each sentence
must come back unchanged alone, and unchanged before a sentence that swaps
Latin twins into native words (which must be repaired).

Run: .venv/bin/python bench/homoglyph_damage_held.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from homoglyph_damage_sets import SWAPPED

from textclean._filters.homoglyphs import fix_homoglyphs

HELD = {
    "numerals": {
        "ru": [
            "Генрих VIII был женат шесть раз.",
            "Ричард III стал героем пьесы Шекспира.",
            "Лев XIII написал знаменитую энциклику.",
            "Раздел XI описывает порядок расчётов.",
            "Карл I был казнён в 1649 году.",
        ],
        "uk": [
            "Данило I Галицький коронувався в Дорогичині.",
            "Людовик XIV правив понад сімдесят років.",
            "Глава III розповідає про дитинство героя.",
            "У XIII столітті місто зруйнували.",
        ],
        "bg": [
            "Петър I основава Санкт Петербург.",
            "Част III завършва с епилог.",
            "Фердинанд I и Борис III управляват последователно.",
        ],
        "sr": [
            "Милош I Обреновић водио је Други српски устанак.",
            "Луј XIV звао се Краљ Сунце.",
            "Део II: Методе рада",
        ],
        "el": [
            "Ο Φίλιππος II ήταν πατέρας του Αλεξάνδρου.",
            "Μέρος I: Εισαγωγή στο θέμα",
            "Στον XXI αιώνα όλα άλλαξαν.",
        ],
    },
    "codepages": {
        "ru": [
            "Почтовый клиент показывал koi8-r вместо utf-8.",
            "Кодовая страница cp855 нужна для старых программ.",
            "Тексты в KOI8-R и Windows-1251 легко спутать.",
            "Браузер сам определил кодировку koi-8-r.",
            "Укажите charset=cp1251 в заголовке письма.",
        ],
        "uk": [
            "Кодування koi8-r не підтримує літеру ї.",
            "Файли в cp1251 треба перекодувати.",
            "Сайт віддає сторінки в ISO 8859-5.",
        ],
        "bg": [
            "Документът беше в cp866, затова се виждаха странни знаци.",
            "Кодировката KOI8-R е стара.",
            "Сменете cp1251 с utf-8.",
        ],
        "sr": [
            "Поруке у koi8-r више нико не шаље.",
            "Кодна страна cp1251 подржава ћирилицу.",
            "Текст у ISO 8859-5 отвара се погрешно.",
        ],
        "el": [
            "Το κείμενο ήταν σε cp1253 και όχι σε UTF-8.",
            "Η κωδικοποίηση koi8-r δεν έχει ελληνικά.",
        ],
    },
    "stems": {
        "ru": [
            "Формулы в TeXе выглядят аккуратно.",
            "Я доволен своим iPhoneом.",
            "Сайт переписали на PHPе за неделю.",
            "В Excelе есть сводные таблицы.",
            "Сборку запускают на Linuxе.",
        ],
        "uk": [
            "Формули в TeXі виглядають охайно.",
            "На iPhoneі немає цієї програми.",
            "Сайт переписали на PHPі.",
        ],
        "bg": [
            "Формулите в TeX-а изглеждат добре.",
            "Приложението на iOS-а се обнови.",
            "Компилирах го под Linux-а.",
        ],
        "sr": [
            "Формуле у TeX-у изгледају уредно.",
            "Сајт смо преписали у PHP-у.",
            "На iPhone-у нема те апликације.",
        ],
        "el": [
            "Οι τύποι στο TeX φαίνονται καθαροί.",
            "Η σελίδα είναι γραμμένη σε PHP και HTML.",
        ],
    },
    "lists": {
        "ru": [
            "На выбор: PDF, Tex или HTML.",
            "Процессоры Intel и AMD, видеокарты ATI.",
            "Сайт работает на PHP и MySQL.",
            "Поддерживаются PNG и BMP.",
            "Архивы ZIP, RAR и TAR распаковываются.",
        ],
        "uk": [
            "На вибір: PDF, Tex або HTML.",
            "Сайт працює на PHP та MySQL.",
            "Файли EXE та COM не відкриваються.",
        ],
        "bg": [
            "Сайтът работи с PHP и MySQL.",
            "Поддържат се PNG и BMP.",
            "Избор: PDF, Tex или HTML.",
        ],
        "sr": [
            "Сајт ради на PHP и MySQL.",
            "Подржани су PNG и BMP.",
            "Избор: PDF, Tex или HTML.",
        ],
        "el": [
            "Η σελίδα τρέχει σε PHP και MySQL.",
            "Υποστηρίζονται PNG και BMP.",
        ],
    },
}


def main() -> int:
    """Print per kind how many held sentences come back unchanged, alone and in a swapping text."""
    failures = 0
    for kind, by_lang in HELD.items():
        total = alone = together = 0
        for lang, texts in by_lang.items():
            broken, fixed = SWAPPED[lang]
            for text in texts:
                total += 1
                out = fix_homoglyphs(text)
                alone += out == text
                joined = fix_homoglyphs(f"{text} {broken}")
                together += joined == f"{text} {fixed}"
                if out != text or joined != f"{text} {fixed}":
                    failures += 1
                    print(f"  {kind} {lang}: {text!r} -> {out!r} / {joined!r}")
        print(f"{kind}: {alone}/{total} unchanged alone, {together}/{total} in a swapping text")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
