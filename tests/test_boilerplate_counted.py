"""counted.py: a line counting a list of links, and exactly that many headlines below it."""

from __future__ import annotations

import pytest

from textclean._filters.boilerplate import remove_boilerplate

BODY = (
    "The council met on Tuesday evening and voted to keep the harbour library open on "
    "Sundays, after a petition signed by more than two thousand residents.\n"
    "The decision follows a year of debate about the cost of staffing the building, "
    "which the mayor said would be met from the culture budget.\n"
    "Opening hours on Sundays will run from ten in the morning until four in the afternoon."
)
BODY_DE = (
    "Der Gemeinderat hat am Dienstagabend beschlossen, die Stadtbibliothek am Hafen auch "
    "sonntags zu öffnen, nachdem mehr als zweitausend Menschen unterschrieben hatten.\n"
    "Die Kosten für das zusätzliche Personal sollen aus dem Kulturhaushalt der Stadt "
    "kommen, wie die Bürgermeisterin am Mittwoch sagte."
)

# Written after the rule was frozen: counts and lists in other words and languages.
WIDGETS = {
    "en, top": (
        "Now showing\n(4 clips)\n"
        "Storm closes the coastal road for a second night\n"
        "Ferry timetable changes from next Monday\n"
        "Why the old lighthouse keeps its lamp on\n"
        "Fishing fleet returns early as prices fall",
        "top",
    ),
    "de, tail": (
        "5 Artikel\n"
        "Neue Radwege für die Innenstadt geplant\n"
        "Streit um die Parkgebühren am Bahnhof geht weiter\n"
        "Freibad öffnet früher als erwartet\n"
        "Wie die Stadtwerke die Preise berechnen\n"
        "Bauarbeiten an der Brücke dauern bis Herbst",
        "tail",
    ),
    "fr, tail": (
        "Vidéos les plus vues\n(3 vidéos)\n"
        "La grève des contrôleurs aériens perturbe les vols\n"
        "Un incendie détruit un entrepôt près de Lyon\n"
        "Le prix du pain augmente dans les boulangeries",
        "tail",
    ),
    "es, top": (
        "[4 noticias]\n"
        "El Gobierno aprueba la subida del salario mínimo\n"
        "La lluvia obliga a suspender el partido en Sevilla\n"
        "Cierra la última librería del barrio de Triana\n"
        "Los precios del alquiler vuelven a subir en Madrid",
        "top",
    ),
    "it, tail": (
        "Più letti\n3 articoli\n"
        "Il sindaco presenta il nuovo piano dei trasporti\n"
        "Chiude per lavori la stazione di Porta Nuova\n"
        "Torna il mercato dei fiori in piazza Duomo",
        "tail",
    ),
    "pl, top": (
        "Zobacz także\n(3 filmy)\n"
        "Nowa linia tramwajowa połączy dwa osiedla\n"
        "Rząd zapowiada zmiany w podatkach od przyszłego roku\n"
        "Powódź zalała piwnice w centrum miasta",
        "top",
    ),
    "ru, tail": (
        "4 статьи\n"
        "В городе открылся новый детский парк\n"
        "Цены на бензин выросли третью неделю подряд\n"
        "Мэрия объявила конкурс на проект набережной\n"
        "Почему в метро снова изменили расписание",
        "tail",
    ),
    "pt, tail": (
        "(3 vídeos)\n"
        "Chuva forte provoca alagamentos na zona norte\n"
        "Prefeitura anuncia nova linha de ônibus noturno\n"
        "Feira do livro começa neste fim de semana",
        "tail",
    ),
}


def _page(widget: str, where: str, body: str = BODY) -> str:
    title = "Harbour library to open on Sundays"
    if where == "top":
        return f"{title}\n{widget}\n{body}"
    return f"{title}\n{body}\n{widget}"


@pytest.mark.parametrize("name", sorted(WIDGETS))
def test_counted_lists_go(name: str) -> None:
    widget, where = WIDGETS[name]
    body = BODY_DE if name.startswith("de") else BODY
    text = _page(widget, where, body)
    out = remove_boilerplate(text)
    count = next(n for n, line in enumerate(widget.split("\n")) if line[0] in "([0123456789")
    for line in widget.split("\n")[count:]:  # the count and its list (a long header may stay)
        assert line not in out.split("\n"), (name, line)
    assert body in out


def test_widget_labels_above_go_with_the_count() -> None:
    widget = (
        "JUST PLAYED\nStorm closes the coastal road for a second night\nPlay again\n"
        "More clips ...\nTOP CLIPS\n(3 clips)\n"
        "Storm closes the coastal road for a second night\n"
        "Ferry timetable changes from next Monday\n"
        "Fishing fleet returns early as prices fall"
    )
    out = remove_boilerplate(_page(widget, "top"))
    assert out == "Harbour library to open on Sundays\n" + BODY


# Lists the article gives under a count: they stay.
KEPT = {
    "numbered guide": (
        "5 tips\n1. Start the day with a glass of water\n2. Walk to work twice a week\n"
        "3. Keep a notebook by the bed\n4. Cook one new dish a month\n"
        "5. Call an old friend on Sundays"
    ),
    "recipe": ("4 servings\n2 cups of flour\n3 large eggs\n1 cup of warm milk\n1 pinch of salt"),
    "list going on past the count": (
        "3 options\nKindle Paperwhite Signature Edition\nKobo Libra Colour with stylus\n"
        "PocketBook Era in sunset copper\nTolino Vision Color for libraries\n"
        "Boox Go Color seven inch reader"
    ),
    "sentences": (
        "3 Gründe\nDie Bibliothek ist der einzige warme Ort im Viertel.\n"
        "Kinder machen hier ihre Hausaufgaben.\nÄltere Menschen treffen sich zum Lesen."
    ),
}


@pytest.mark.parametrize("name", sorted(KEPT))
def test_articles_own_lists_stay_at_the_tail(name: str) -> None:
    text = _page(KEPT[name], "tail")
    assert remove_boilerplate(text) == text


AMID_THE_BODY = {
    "schedule": (
        "Drei Tage in Rom",
        "3 Tage\nMontag: Anreise nach Rom und Spaziergang durch die Altstadt\n"
        "Dienstag: Vatikanische Museen und Petersdom am Vormittag\n"
        "Mittwoch: Kolosseum, Forum Romanum und Heimreise am Abend",
    ),
    "product tour": (
        "E-readers compared",
        "4 Modelle\nKindle Paperwhite Signature Edition\nKobo Libra Colour with stylus\n"
        "PocketBook Era in sunset copper\nTolino Vision Color for libraries",
    ),
    "questions": (
        "Harbour library to open on Sundays",
        "Questions and answers\nCan I bring my dog?\nIs parking free on Sundays?\n"
        "Dogs on a lead are welcome in the reading garden, and the car park by the harbour "
        "is free after noon.",
    ),
}


@pytest.mark.parametrize("name", sorted(AMID_THE_BODY))
def test_lists_amid_the_body_stay(name: str) -> None:
    title, given = AMID_THE_BODY[name]
    first, second = BODY.split("\n", 1)
    text = f"{title}\n{first}\n{given}\n{second}"
    assert remove_boilerplate(text) == text


# blocks.header_blocks: headlines that ask or exclaim amid a list of related links,
# and headers of cue words that trail off. Written after the rule was frozen.
ASKING = {
    "en": "Trending now\nCan the old pier survive another winter?\n"
    "Ferry timetable changes from next Monday\nFishing fleet returns early as prices fall",
    "de": "Meistgelesen\nRadwege in der Innenstadt\nWer zahlt für die neue Brücke?\n"
    "Freibad öffnet früher als erwartet",
    "fr": "À lire aussi…\nLe maire promet «Pas de hausse d'impôts!»\n"
    "Un incendie détruit un entrepôt près de Lyon\nLe prix du pain augmente encore",
    "es": "Te puede interesar...\n¿Quién pagará el nuevo puente?\n"
    "Cierra la última librería del barrio\nLos precios del alquiler vuelven a subir",
    "it": "Potrebbe interessarti anche...\nChi vincerà lo scudetto quest'anno?\n"
    "Chiude per lavori la stazione di Porta Nuova\nTorna il mercato dei fiori in piazza",
    "pt": "Leia também\nNova linha de ônibus noturno na zona norte\n"
    "Quem vai pagar a conta da ponte?\nFeira do livro começa neste fim de semana",
}


@pytest.mark.parametrize("name", sorted(ASKING))
def test_related_list_with_asking_headlines_goes(name: str) -> None:
    text = _page(ASKING[name], "tail")
    assert remove_boilerplate(text) == "Harbour library to open on Sundays\n" + BODY


def test_a_list_ending_with_a_question_keeps_it() -> None:
    # the question closes no list of links: it is asked of the reader below them
    widget = (
        "Trending now\nFerry timetable changes from next Monday\n"
        "Fishing fleet returns early as prices fall\nWhat do you think about the new hours?"
    )
    first, second = BODY.split("\n", 1)
    text = f"Harbour library to open on Sundays\n{first}\n{widget}\n{second}"
    out = remove_boilerplate(text)
    assert "Ferry timetable changes from next Monday" not in out
    assert "What do you think about the new hours?" in out
