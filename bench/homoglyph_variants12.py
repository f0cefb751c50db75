"""
Variants of look-alike damage written after the rules were frozen (hacc12, round 11).

Sentences written by hand for this file, on topics and in languages the
tune strings do not hold (fresh7 tune is Universal Dependencies treebanks;
homoglyph_eval is Django, Faker, CLDR and Python's docs): 50 Greek, 54
Cyrillic in Russian, Ukrainian, Belarusian, Bulgarian, Serbian and
Macedonian, and 52 in ten Latin-script languages. Damage as fresh7 builds
it (Unicode 17.0.0's confusables, through bench/fresh7/build.py's
``Twins``): Latin twins into Greek and Cyrillic text (random swaps of 5-30%,
every one of a letter, one whole word), and one sentence of two written
wholly in look-alikes. No rule was changed after these were written.

Run: .venv/bin/python bench/homoglyph_variants12.py [--seed N] [--show K]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "fresh7"))

import build  # bench/fresh7/build.py: Unicode 17.0.0's twins, as fresh7 swaps them

from textclean import Cleaner

GREEK = [
    "Η βιβλιοθήκη του δήμου θα μείνει κλειστή όλο τον Αύγουστο για εργασίες συντήρησης.",
    "Ο παππούς μου φύτεψε δέκα ελιές στο χωράφι πίσω από το σπίτι.",
    "Τα παιδιά έπαιζαν μπάλα στην αυλή του σχολείου μέχρι να νυχτώσει.",
    "Η τιμή του ψωμιού ανέβηκε ξανά μέσα στον χειμώνα.",
    "Χθες το βράδυ ακούσαμε μια συναυλία κλασικής μουσικής στο θέατρο.",
    "Ο γιατρός του είπε να περπατάει τουλάχιστον μισή ώρα κάθε μέρα.",
    "Στο νησί φτάνει ένα πλοίο την εβδομάδα όταν έχει κακοκαιρία.",
    "Η γιαγιά έφτιαξε πίτα με σπανάκι και φέτα για όλη την οικογένεια.",
    "Οι φοιτητές διαμαρτυρήθηκαν για τις νέες αλλαγές στο πρόγραμμα σπουδών.",
    "Το μουσείο απέκτησε μια σπάνια συλλογή από αρχαία νομίσματα.",
    "Ο δήμαρχος υποσχέθηκε νέους ποδηλατόδρομους στο κέντρο της πόλης.",
    "Η ομάδα κέρδισε τον τελικό με δύο γκολ στο δεύτερο ημίχρονο.",
    "Τα σύννεφα κάλυψαν τον ουρανό και άρχισε να βρέχει δυνατά.",
    "Η εταιρεία ανακοίνωσε ότι θα προσλάβει εκατό νέους υπαλλήλους.",
    "Ο σκύλος του γείτονα γαβγίζει κάθε πρωί στις έξι.",
    "Διαβάσαμε ένα μυθιστόρημα για τη ζωή των ψαράδων στο Αιγαίο.",
    "Η νοσοκόμα μέτρησε την πίεση και έγραψε τα αποτελέσματα στον φάκελο.",
    "Ο καιρός θα είναι ζεστός και ηλιόλουστος σε όλη τη χώρα.",
    "Στη λαϊκή αγορά βρήκαμε φρέσκα ψάρια και ντομάτες.",
    "Οι επιστήμονες μελετούν τη μετανάστευση των πουλιών το φθινόπωρο.",
    "Η δασκάλα ζήτησε από τους μαθητές να γράψουν μια έκθεση για το καλοκαίρι.",
    "Ο σταθμός του μετρό έκλεισε για λίγες ώρες λόγω βλάβης.",
    "Το εστιατόριο σερβίρει παραδοσιακά φαγητά από την Κρήτη.",
    "Η αδελφή μου σπουδάζει αρχιτεκτονική στη Θεσσαλονίκη.",
    "Οι αγρότες περιμένουν βροχή για να σπείρουν το σιτάρι.",
    "Ο ποιητής διάβασε τα νέα του ποιήματα σε μια μικρή αίθουσα.",
    "Το δικαστήριο ανέβαλε την απόφαση για τον επόμενο μήνα.",
    "Η γέφυρα θα ανοίξει για την κυκλοφορία στις αρχές της άνοιξης.",
    "Μετά το φαγητό πήγαμε για καφέ δίπλα στη θάλασσα.",
    "Ο προπονητής άλλαξε τρεις παίκτες στο τελευταίο λεπτό.",
    "Η ταινία προβλήθηκε σε πολλές αίθουσες σε όλη την Ευρώπη.",
    "Οι κάτοικοι του χωριού καθάρισαν την παραλία από τα σκουπίδια.",
    "Το ρολόι της εκκλησίας σταμάτησε πριν από πολλά χρόνια.",
    "Ο μηχανικός επισκεύασε το αυτοκίνητο μέσα σε μία ώρα.",
    "Η εφημερίδα δημοσίευσε μια μεγάλη συνέντευξη με τον συγγραφέα.",
    "Στο πάρκο υπάρχουν πολλά πεύκα και μια μικρή λίμνη.",
    "Ο μικρός μου γιος μαθαίνει να κολυμπάει αυτό το καλοκαίρι.",
    "Η κυβέρνηση ανακοίνωσε μέτρα για τη στήριξη των μικρών επιχειρήσεων.",
    "Το τρένο για την Αθήνα είχε καθυστέρηση σαράντα λεπτών.",
    "Οι τουρίστες φωτογράφιζαν τα ερείπια του αρχαίου ναού.",
    "Η μητέρα μου πλέκει ένα κασκόλ για τον χειμώνα.",
    "Ο φούρνος της γειτονιάς ανοίγει πολύ νωρίς το πρωί.",
    "Το συνέδριο για την ενέργεια θα γίνει στην Πάτρα.",
    "Η χορωδία τραγούδησε παλιά δημοτικά τραγούδια.",
    "Οι πυροσβέστες έσβησαν τη φωτιά πριν φτάσει στα σπίτια.",
    "Ο δρόμος προς το χωριό είναι στενός και γεμάτος στροφές.",
    "Η φίλη μου άνοιξε ένα μικρό βιβλιοπωλείο στην πλατεία.",
    "Το πρωί η θάλασσα ήταν ήσυχη και καθαρή.",
    "Οι γονείς συναντήθηκαν με τον διευθυντή του σχολείου.",
    "Ο αδελφός μου δουλεύει ως μάγειρας σε ένα ξενοδοχείο στη Ρόδο.",
]

CYRILLIC = {
    "ru": [
        "Вечером на площади выступал уличный оркестр из трёх музыкантов.",
        "Бабушка каждое лето варит варенье из крыжовника и малины.",
        "Мост через реку закроют на ремонт до конца сентября.",
        "Мой сосед разводит пчёл и продаёт мёд на рынке.",
        "В школьной столовой появилось новое меню для младших классов.",
        "Туристы долго искали дорогу к старому монастырю.",
        "Поезд опоздал на сорок минут из-за снегопада.",
        "Художник подарил городу картину с видом на набережную.",
        "В лесу мы нашли много грибов и немного черники.",
        "Библиотека продлила часы работы в период сессии.",
        "Фермер купил новый трактор на деньги от урожая.",
        "Команда проиграла в серии пенальти и вылетела из турнира.",
        "На выставке показали модели старинных кораблей.",
        "Врач посоветовал пить больше воды и меньше кофе.",
        "Дети слепили во дворе огромного снеговика.",
    ],
    "uk": [
        "Увечері ми пили чай з вишневим варенням на веранді.",
        "Маленьке кафе біля вокзалу працює цілодобово.",
        "Студенти поїхали на практику до заповідника в Карпатах.",
        "Мама посадила в саду кілька кущів смородини.",
        "Міська рада ухвалила новий план розвитку парків.",
        "Музей отримав у подарунок колекцію старих листівок.",
        "Наш тренер вимагає приходити на тренування вчасно.",
        "Дорогу до села нарешті заасфальтували цього літа.",
        "Бібліотекарка порадила мені прочитати роман про козаків.",
    ],
    "be": [
        "Увечары мы доўга сядзелі каля вогнішча і спявалі песні.",
        "На рацэ зноў з'явіліся бабры, і рыбакі незадаволеныя.",
        "Бабуля кожную восень квасіць капусту ў вялікай бочцы.",
        "Школа атрымала новыя камп'ютары для кабінета інфарматыкі.",
        "Мой брат працуе ў бальніцы ўрачом ужо дзесяць гадоў.",
        "Летам у вёсцы адкрылі невялікі музей народнага побыту.",
        "Цягнік на Мінск адпраўляецца раніцай з другой платформы.",
        "Дзеці збіралі грыбы ў лесе за возерам.",
    ],
    "bg": [
        "Баба ми прави баница всяка неделя сутрин.",
        "Влакът за Варна тръгва от първи коловоз.",
        "Общината ще ремонтира улиците в центъра до есента.",
        "Учителят помоли учениците да напишат есе за пролетта.",
        "В планината валя сняг чак до края на април.",
        "Малкият ни син обича да рисува коли и самолети.",
        "На пазара купихме домати, краставици и сирене.",
        "Музеят показа нова изложба на стари икони.",
    ],
    "sr": [
        "Бака је умесила хлеб и испекла га у старој пећи.",
        "Воз за Ниш касни скоро сат времена због квара.",
        "Деца су се цело поподне играла на обали реке.",
        "Општина ће ове године засадити стотину нових стабала.",
        "Мој отац поправља бицикле у малој радионици.",
        "На пијаци смо купили паприке, лук и кромпир.",
        "Позориште је припремило нову представу за децу.",
    ],
    "mk": [
        "Баба ми секоја зима прави ајвар од печени пиперки.",
        "Автобусот за Охрид тргнува рано наутро.",
        "Децата играа фудбал на игралиштето до училиштето.",
        "Општината ќе ги поправи улиците пред летото.",
        "Мојата сестра работи како медицинска сестра во болницата.",
        "На пазарот купивме свежо овошје и зеленчук.",
        "Музејот доби нова збирка на стари пари.",
    ],
}

LATIN = {
    "en": [
        "The bakery on the corner sells fresh bread until noon every Saturday.",
        "Our neighbours planted three apple trees along the fence last spring.",
        "The council voted to extend the bus route to the new hospital.",
        "She found an old map of the harbour hidden in the attic.",
        "The museum will open a new gallery of local photography in June.",
        "Heavy rain flooded the village road for most of the afternoon.",
        "He learned to play the violin after he retired from teaching.",
        "The children built a small raft and floated it on the pond.",
        "A strong wind knocked down several fences along the coast.",
        "The library now lends tools as well as books and films.",
        "Tickets for the concert sold out within an hour of release.",
        "They repaired the old mill and turned it into a cafe.",
    ],
    "de": [
        "Die Bäckerei am Markt öffnet jeden Morgen um sechs Uhr.",
        "Im Sommer fahren wir mit dem Fahrrad an den See.",
        "Der Zug nach Hamburg hatte heute zwanzig Minuten Verspätung.",
        "Meine Großmutter backt jeden Sonntag einen Apfelkuchen.",
        "Die Stadt plant einen neuen Park am Rande des Flusses.",
    ],
    "fr": [
        "Le marché du village se tient chaque mercredi sur la place.",
        "Nous avons visité un vieux moulin au bord de la rivière.",
        "La bibliothèque prolonge ses horaires pendant les examens.",
        "Mon frère apprend à jouer de la guitare depuis un an.",
        "Il a plu toute la journée et les rues étaient inondées.",
    ],
    "es": [
        "La panadería del barrio abre muy temprano cada mañana.",
        "Los niños jugaron en la playa hasta la puesta del sol.",
        "El ayuntamiento quiere plantar árboles en todas las calles.",
        "Mi abuela cocina una paella enorme los domingos.",
        "El tren a Sevilla salió con media hora de retraso.",
    ],
    "it": [
        "Il mercato del paese si tiene ogni giovedì in piazza.",
        "Abbiamo mangiato una pizza vicino al porto.",
        "La biblioteca comunale resta aperta fino a sera.",
        "Mio nonno coltiva pomodori e basilico nel giardino.",
        "Il treno per Milano è partito in ritardo.",
    ],
    "pt": [
        "A padaria da esquina vende pão fresco todas as manhãs.",
        "Os meninos jogaram futebol na praia até escurecer.",
        "A câmara vai reparar as estradas antes do inverno.",
        "A minha avó faz um bolo de laranja aos domingos.",
    ],
    "nl": [
        "De bakker op de hoek verkoopt elke ochtend vers brood.",
        "In de zomer fietsen we vaak langs de rivier.",
        "De gemeente plant nieuwe bomen in het park.",
        "Mijn zus studeert geschiedenis aan de universiteit.",
    ],
    "sv": [
        "Bageriet vid torget öppnar tidigt varje morgon.",
        "Vi cyklade längs sjön hela eftermiddagen.",
        "Kommunen ska bygga en ny skola nästa år.",
    ],
    "pl": [
        "Piekarnia na rogu sprzedaje świeży chleb każdego ranka.",
        "Dzieci bawiły się nad rzeką do wieczora.",
        "Miasto planuje nowy park przy dworcu.",
        "Moja babcia piecze sernik w każdą niedzielę.",
    ],
    "ro": [
        "Brutăria din colț vinde pâine proaspătă în fiecare dimineață.",
        "Copiii s-au jucat pe malul râului până seara.",
        "Primăria va repara drumurile înainte de iarnă.",
        "Bunica mea face cozonac de Crăciun.",
        "Trenul spre Cluj a plecat cu întârziere.",
    ],
}


def damaged_in_script(text: str, twins: build.Twins, rng: random.Random) -> list[tuple[str, str]]:
    """(how, damaged) for each of fresh7's three modes of Latin twins in Cyrillic or Greek."""
    to_latin = twins.to_latin
    found = []
    rate = rng.uniform(0.05, 0.30)
    found.append(
        (
            f"random swaps, rate {rate:.2f}",
            "".join(to_latin[c] if c in to_latin and rng.random() < rate else c for c in text),
        )
    )
    letters = sorted({c for c in text if c in to_latin})
    letter = rng.choice(letters)
    found.append((f"every {letter!r}", text.replace(letter, to_latin[letter])))
    spans = [m.span() for m in re.finditer(r"\w{3,}", text) if any(c in to_latin for c in m[0])]
    a, b = rng.choice(spans)
    found.append(
        (
            f"word {text[a:b]!r}",
            text[:a] + "".join(to_latin.get(c, c) for c in text[a:b]) + text[b:],
        )
    )
    return [(how, damage) for how, damage in found if damage != text]


def whole_sentence(first: str, second: str, twins: build.Twins, rng: random.Random) -> str:
    """``first`` written wholly in look-alikes (fresh7's rate 1.0), then ``second`` plain."""
    swapped = "".join(
        rng.choice(twins.to_foreign[c]) if c.isascii() and twins.to_foreign.get(c) else c
        for c in first
    )
    return f"{swapped} {second}"


def main() -> int:
    """Print, per kind, documents repaired and genuine sentences left unchanged."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--show", type=int, default=0, help="misses to print per kind")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    twins = build.Twins(build.load_sources().confusables)
    cleaner = Cleaner()
    cases: list[tuple[str, str, str, str]] = []  # kind, how, damaged, expected
    genuine: list[str] = list(GREEK)
    for text in GREEK:
        cases += [
            ("Latin in Greek", how, d, text) for how, d in damaged_in_script(text, twins, rng)
        ]
    for texts in CYRILLIC.values():
        genuine += texts
        for text in texts:
            cases += [
                ("Latin in Cyrillic", how, d, text)
                for how, d in damaged_in_script(text, twins, rng)
            ]
    latin = [(lang, text) for lang, texts in LATIN.items() for text in texts]
    for at, (lang, text) in enumerate(latin):
        genuine.append(text)
        other = latin[(at + 1) % len(latin)][1]
        cases.append(
            ("whole sentences", lang, whole_sentence(text, other, twins, rng), f"{text} {other}")
        )
    total: Counter[str] = Counter()
    repaired: Counter[str] = Counter()
    shown: Counter[str] = Counter()
    for kind, how, damaged, expected in cases:
        total[kind] += 1
        out = cleaner.clean(unicodedata.normalize("NFC", damaged))
        if out == expected:
            repaired[kind] += 1
        elif shown[kind] < args.show:
            shown[kind] += 1
            print(f"--- {kind} [{how}]\n  in:  {damaged!r}\n  out: {out!r}\n  exp: {expected!r}")
    for kind in total:
        print(
            f"{kind}: {repaired[kind]}/{total[kind]} repaired ({100 * repaired[kind] / total[kind]:.1f}%)"
        )
    kept = sum(cleaner.clean(text) == text for text in genuine)
    print(f"genuine sentences unchanged: {kept}/{len(genuine)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
