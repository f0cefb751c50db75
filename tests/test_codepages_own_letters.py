"""
fix_legacy_codepage leaves genuine text whose letters Windows-1252 holds at 0x80-0x9F.

``Š š Ž ž Œ œ Ÿ`` are letters of Finnish, Estonian, Czech, Slovak, Slovene,
Croatian, Latvian, Lithuanian and French, and of names in any language; DOS
and Mac code pages hold their commonest accented letters at those bytes, so a
genuine ``Škoda`` reads as Mac Roman ``äkoda``. Sentences written for this
(not from the rules' dev sets); the same text mixed up is still repaired.
"""

import pytest

from textclean import clean
from textclean._filters import codepages
from textclean._filters.codepages import fix_legacy_codepage

GENUINE = [
    "Šakki on hieno peli, ja Škoda on auto.",
    "Šampanja ja šokolaati kuuluvat juhlaan.",
    "Žirafa on pitkäkaulainen eläin, kertoi opas.",
    "Škoda vyrábí auta v Mladé Boleslavi.",
    "Šel jsem domů a Žaneta už spala.",
    "Šťastný nový rok přeje celá rodina.",
    "Žena šla do obchodu pro chléb.",
    "Šport je dôležitý pre zdravie detí.",
    "Žilina leží na severe Slovenska.",
    "Šola se začne ob osmih zjutraj.",
    "Žalostno je, da je most zaprt.",
    "Šibenik je lijep grad na moru.",
    "Žena je kupila kruh i mlijeko.",
    "Šodien ir silta un saulaina diena.",
    "Šiandien Vilniuje šilta ir saulėta.",
    "Žmonės laukė autobuso stotelėje.",
    "Šokolaad on magus ja maitsev.",
    "Žürii valis võitjaks noore kunstniku.",
    "Œuvre complète de Victor Hugo, tome premier.",
    "Il a offert un œuf à chaque enfant.",
    "Le philosophe Slavoj Žižek a donné une conférence à Paris.",
    "Die Firma Škoda baut Autos in Tschechien.",
    "We watched Žižek talk about ideology and film.",
    "L'Haÿ-les-Roses est une commune du Val-de-Marne.",
    # Written after the rule was frozen, and first run then.
    "Šveitsi on kaunis maa vuorineen.",
    "Škola začíná v září po prázdninách.",
    "Štúr bol významný slovenský jazykovedec.",
    "Život je lep, če imaš prijatelje.",
    "Šuma je puna visokih stabala.",
    "Šis vakars bija ļoti jauks.",
    "Žuvis plaukia upėje prieš srovę.",
    "Œdipe est une tragédie de Sophocle.",
    "Ÿ est une lettre rare en français.",
    "El filósofo Žižek visitó Madrid el año pasado.",
    # Written after that run, rules unchanged (before this rule, only ``Žanri`` changed: ``Þanri``).
    "Šekki on pöydällä, ja Šiljan auto on pihalla.",
    "Šaahi hallitsi maata kauan ennen vallankumousta.",
    "Žanri on tärkeä osa kirjallisuutta.",
    "Šef je rekel, da pridemo jutri.",
    "Žaba skače po travi ob ribniku.",
    "Šalica kave je na stolu.",
    "Žuta kuća stoji na uglu ulice.",
    "Šogad ziema bija auksta un gara.",
    "Žodis yra svarbus mūsų kalboje.",
    "Šarm on tema suurim voorus.",
    "Šahh oli vana ja tark.",
    "Œillets rouges pour la fête des mères.",
    "Il a mis son cœur à l'ouvrage.",
    "Ça coûte cher à L'Haÿ-les-Roses.",
    "Škoda Octavia je oblíbené auto.",
    "Žiūrėk, kaip gražiai šviečia saulė.",
    "Šta radiš danas poslije škole?",
    "Žena ima dva sina i kćer.",
    "Ta kiire Šotimaa reis oli tore.",
    "Šakkipeli kesti kolme tuntia.",
]


@pytest.mark.parametrize("text", GENUINE)
def test_genuine_letters_of_the_text_language_stay(text: str) -> None:
    assert fix_legacy_codepage(text) == text
    assert clean(text) == text


@pytest.mark.parametrize(
    ("text", "saved", "read"),
    [
        ("Anna kaksi oikeaa päivämäärää ja kellonaikaa.", "mac-roman", "cp1252"),
        ("Sisältötyypit ja niiden objektit ovat tässä.", "mac-roman", "cp1252"),
        ("Gildi verður að vera gilt og rétt.", "cp850", "cp1252"),
        ("Mantenha premida a tecla “Control” no Mac.", "mac-roman", "cp1252"),
    ],
)
def test_the_same_letters_mixed_up_are_repaired(text: str, saved: str, read: str) -> None:
    shown = text.encode(saved).decode(read)
    assert shown != text
    assert fix_legacy_codepage(shown) == text


def test_a_repair_the_lexicon_knows_better_is_not_unmade() -> None:
    # Finnish ``ä``/``ö`` saved in Mac Roman show as ``Š``/``š``, letters Finnish
    # writes, in words of ordinary case: the lexicon knows the repaired words.
    shown, fixed = "Šiti on kotona.", "äiti on kotona."
    pair = next(p for p in codepages.PAIRS if p.name == "mac-roman read as cp1252")
    text = "Šiti on kotona, ja lapset ovat koulussa."
    assert not codepages._own_letters_unmade(text, shown, fixed, pair)
    assert codepages._own_letters_unmade(text, "Šakki on hyvä.", "äakki on hyvä.", pair)


def test_a_letter_made_a_space_inside_a_word_is_unmade() -> None:
    pair = next(p for p in codepages.PAIRS if p.name == "cp850 read as cp1252")
    text = "L'Haÿ-les-Roses est une commune du Val-de-Marne."
    assert codepages._own_letters_unmade(text, text, text.replace("ÿ", "\xa0"), pair)
