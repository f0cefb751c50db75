"""remove_boilerplate: cards of other articles under a related-links header, to the end of the text."""

import pytest

from textclean._filters.boilerplate import RemoveBoilerplate

default = RemoveBoilerplate()
web = RemoveBoilerplate(strength="web")

# Everything below was written for these tests after the rule (cards.py) was frozen:
# no line comes from a page of the tune sets.
BODIES = {
    "en": [
        "The harbour authority said on Monday that the old ferry terminal will close in March,"
        " after inspectors found that the pier can no longer carry loaded lorries safely.",
        "Passengers will board at the container quay for two years while a new terminal is"
        " built, and the crossing will take about ten minutes longer than it does today.",
    ],
    "de": [
        "Die Hafenbehörde hat am Montag mitgeteilt, dass das alte Fährterminal im März schließt,"
        " weil Prüfer festgestellt haben, dass der Anleger keine beladenen Lastwagen mehr trägt.",
        "Die Fahrgäste steigen zwei Jahre lang am Containerkai ein, während ein neues Terminal"
        " gebaut wird, und die Überfahrt dauert etwa zehn Minuten länger als heute.",
    ],
    "es": [
        "La autoridad portuaria anunció el lunes que la vieja terminal de ferris cerrará en"
        " marzo, después de que los inspectores comprobaran que el muelle ya no soporta camiones.",
        "Los pasajeros embarcarán en el muelle de contenedores durante dos años mientras se"
        " construye una nueva terminal, y el trayecto durará unos diez minutos más.",
    ],
    "fr": [
        "L'autorité portuaire a annoncé lundi que l'ancien terminal des ferries fermera en mars,"
        " après que des inspecteurs ont constaté que la jetée ne supporte plus les camions.",
        "Les passagers embarqueront au quai des conteneurs pendant deux ans, le temps de"
        " construire un nouveau terminal, et la traversée durera une dizaine de minutes de plus.",
    ],
    "it": [
        "L'autorità portuale ha annunciato lunedì che il vecchio terminal dei traghetti chiuderà"
        " a marzo, dopo che gli ispettori hanno scoperto che il molo non regge più i camion.",
        "I passeggeri si imbarcheranno alla banchina dei container per due anni, mentre viene"
        " costruito un nuovo terminal, e la traversata durerà circa dieci minuti in più.",
    ],
    "pl": [
        "Zarząd portu poinformował w poniedziałek, że stary terminal promowy zostanie zamknięty"
        " w marcu, ponieważ inspektorzy stwierdzili, że nabrzeże nie utrzyma już ciężarówek.",
        "Przez dwa lata pasażerowie będą wsiadać przy nabrzeżu kontenerowym, a w tym czasie"
        " powstanie nowy terminal; rejs potrwa około dziesięciu minut dłużej niż dziś.",
    ],
    "ru": [
        "Администрация порта в понедельник сообщила, что старый паромный терминал закроется в"
        " марте, потому что инспекторы выяснили, что причал больше не выдерживает грузовики.",
        "Два года пассажиры будут садиться на паром у контейнерного причала, пока строится"
        " новый терминал, а переправа займёт примерно на десять минут больше, чем сейчас.",
    ],
}

# A header in each language, then cards: a kicker, a headline, a one-sentence teaser.
CARDS = {
    "en": [
        "You might also like",
        "Transport",
        "Night buses return to the island after a summer without them",
        "The council found money for two routes that run until three in the morning.",
        "Environment",
        "Why the seals keep coming back to the old breakwater",
        "Biologists have counted more pups on the rocks than in any year since 1990.",
    ],
    "de": [
        "Mehr zum Thema",
        "Verkehr",
        "Nachtbusse fahren wieder auf die Insel",
        "Der Kreis hat Geld für zwei Linien gefunden, die bis drei Uhr morgens fahren.",
        "Umwelt",
        "Warum die Robben immer wieder an die alte Mole kommen",
        "Biologen zählten mehr Jungtiere auf den Steinen als in jedem Jahr seit 1990.",
    ],
    "es": [
        "Te puede interesar",
        "Transporte",
        "Vuelven los autobuses nocturnos a la isla",
        "El ayuntamiento encontró dinero para dos líneas que circulan hasta las tres.",
        "Medio ambiente",
        "Por qué las focas vuelven una y otra vez al viejo rompeolas",
        "Los biólogos contaron más crías en las rocas que en cualquier año desde 1990.",
    ],
    "fr": [
        "À lire aussi",
        "Transports",
        "Les bus de nuit reviennent sur l'île",
        "La commune a trouvé de quoi financer deux lignes jusqu'à trois heures du matin.",
        "Environnement",
        "Pourquoi les phoques reviennent sans cesse sur la vieille digue",
        "Les biologistes ont compté plus de petits sur les rochers que depuis 1990.",
    ],
    "it": [
        "Potrebbe interessarti anche",
        "Trasporti",
        "Tornano gli autobus notturni sull'isola",
        "Il comune ha trovato i fondi per due linee che viaggiano fino alle tre.",
        "Ambiente",
        "Perché le foche tornano sempre sulla vecchia diga",
        "I biologi hanno contato più cuccioli sugli scogli che in qualsiasi anno dal 1990.",
    ],
    "pl": [
        "Czytaj także",
        "Transport",
        "Nocne autobusy wracają na wyspę",
        "Gmina znalazła pieniądze na dwie linie, które kursują do trzeciej w nocy.",
        "Środowisko",
        "Dlaczego foki wciąż wracają na stary falochron",
        "Biolodzy naliczyli na skałach więcej młodych niż w którymkolwiek roku od 1990.",
    ],
    "ru": [
        "Читайте также",
        "Транспорт",
        "На остров возвращаются ночные автобусы",
        "Город нашёл деньги на два маршрута, которые ходят до трёх часов ночи.",
        "Природа",
        "Почему тюлени снова и снова возвращаются к старому волнорезу",
        "Биологи насчитали на камнях больше детёнышей, чем в любой год с 1990-го.",
    ],
}


def page(*parts):
    return "\n".join(line for part in parts for line in part)


class TestCardsGo:
    """A related-links header after the body, and cards under it to the end, go as one block."""

    @pytest.mark.parametrize("lang", sorted(CARDS))
    def test_cards_with_teasers_go(self, lang):
        """Kicker, headline and teaser sentence, twice, under the header, in seven languages."""
        assert default(page(BODIES[lang], CARDS[lang])) == page(BODIES[lang])

    @pytest.mark.parametrize("lang", sorted(CARDS))
    def test_the_web_strength_takes_them_too(self, lang):
        """The stronger profile removes at least what the default does."""
        assert web(page(BODIES[lang], CARDS[lang])) == page(BODIES[lang])

    def test_cards_with_authors_and_cut_headlines_go(self):
        """Headlines cut short with an ellipsis and the authors' names under them are cards too."""
        cards = [
            "Weitere Beiträge",
            "Wenn der Wind dreht: Segler warten auf…",
            "Anna Krüger",
            "Neue Schleuse soll im Herbst eröffnen",
            "Jonas Peters",
            "Was die Fischer vom Sommer erwarten…",
            "Anna Krüger",
        ]
        assert default(page(BODIES["de"], cards)) == page(BODIES["de"])

    def test_cards_before_removed_furniture_go(self):
        """Cards that end at furniture already removed (a copyright line) go with it."""
        cards = [
            "Related stories",
            "Night buses return to the island",
            "The council found money for two routes that run until three in the morning.",
            "Seals come back to the old breakwater",
            "Biologists counted more pups on the rocks than in any year since 1990.",
        ]
        footer = ["© 2024 Harbour Gazette. All rights reserved."]
        assert default(page(BODIES["en"], cards, footer)) == page(BODIES["en"])

    def test_explain_names_the_header(self):
        """Each removed card line says which header it came under."""
        _, changes = default.explain(page(BODIES["fr"], CARDS["fr"]))
        assert changes
        assert all("header 'À lire aussi'" in change.reason for change in changes[1:])


class TestArticleListsStay:
    """Lists inside the article look like cards in part; the body around them keeps them."""

    def test_numbered_steps_after_a_header_stay(self):
        """Steps under a header, each a short heading and a sentence, with the body going on after."""
        steps = [
            "More steps for a safe crossing:",
            "Check the tide table",
            "Boats leave only within two hours of high water.",
            "Book the return trip",
            "The last ferry back is at six in the evening.",
        ]
        after = [
            "The harbour master said the timetable would be printed in the next issue, and"
            " that the kiosk at the quay will sell tickets from the first of March onwards.",
            "Residents can also ask at the town hall, which opens an hour earlier on market days.",
        ]
        text = page(BODIES["en"], steps, after)
        assert default(text) == text

    def test_a_poem_of_short_title_case_lines_stays(self):
        """A poem at the end of a text, under no related-links header, stays."""
        poem = [
            "Grey Gulls Over The Grey Quay",
            "Wind In The Rigging, Salt On The Stones",
            "The Ferry Sleeps And The Lanterns Burn",
            "Morning Will Bring The Boats Back Home",
        ]
        text = page(BODIES["en"], poem)
        assert default(text) == text
        assert web(text) == text

    def test_a_poem_under_a_more_header_with_stanzas_stays(self):
        """A header announcing more poems, then stanzas of two sentences in a row, stays."""
        poem = [
            "Weitere Gedichte:",
            "Graue Möwen über dem grauen Kai.",
            "Wind in den Tauen, Salz auf dem Stein.",
            "Die Fähre schläft, die Laternen brennen.",
        ]
        text = page(BODIES["de"], poem)
        assert default(text) == text

    def test_a_table_of_contents_in_the_article_stays(self):
        """A table of contents under the lead, followed by the sections it names, stays."""
        contents = [
            "In this article",
            "Why the pier failed",
            "Where passengers will board",
            "What the new terminal will cost",
        ]
        sections = [
            "Why the pier failed",
            "Inspectors found cracks in three of the eleven piles that carry the deck, and"
            " divers saw that the steel had rusted through below the waterline.",
            "Where passengers will board",
            "The container quay has a ramp wide enough for two lorries, and a waiting room"
            " will be set up in a former customs shed next to it.",
        ]
        text = page(BODIES["en"], contents, sections)
        assert default(text) == text

    def test_an_address_in_a_news_story_stays(self):
        """An office's address quoted in the story, with the story going on after, stays."""
        address = [
            "Weitere Auskünfte gibt es hier:",
            "Hafenamt Nordstadt",
            "Kaistraße 12",
            "24937 Flensburg",
        ]
        after = [
            "Dort liegen auch die Pläne für das neue Terminal aus, die jeder bis Ende April"
            " einsehen und zu denen jeder schriftlich Stellung nehmen kann.",
            "Die Behörde will die Einwände im Sommer in einer öffentlichen Sitzung beraten.",
        ]
        text = page(BODIES["de"], address, after)
        assert default(text) == text

    def test_books_an_article_discusses_stay(self):
        """A list of book titles with a sentence on each, in the body of a review, stays."""
        books = [
            "Otros libros del autor",
            "El faro de los ahogados",
            "Una novela breve sobre un farero que se niega a abandonar su isla.",
            "Cartas desde el rompeolas",
            "Cuentos escritos durante veinte inviernos en el mismo puerto.",
        ]
        after = [
            "Ninguno de ellos alcanza la precisión de esta última novela, que el autor tardó"
            " siete años en escribir y que corrigió, según cuenta, frente al mismo mar.",
            "La editorial prepara ya una traducción al portugués y otra al italiano.",
        ]
        text = page(BODIES["es"], books, after)
        assert default(text) == text

    def test_a_header_with_one_headline_and_the_body_after_stays(self):
        """A cue header, one headline, then paragraphs of the body: no cards to the end."""
        middle = ["Lesen Sie auch", "Neue Schleuse soll im Herbst eröffnen"]
        text = page(BODIES["de"], middle, BODIES["de"])
        assert default(text).count(BODIES["de"][0]) == 2
        assert default(text).count(BODIES["de"][1]) == 2

    def test_a_header_above_the_body_is_not_a_card_header(self):
        """Without two paragraphs of body above it, a header and its lines are left to other rules."""
        text = page(CARDS["en"][:3], BODIES["en"])
        assert all(line in default(text) for line in BODIES["en"])

    def test_a_nutrition_table_under_more_stays(self):
        """Cells of a table under a lone "more" are no cards: "more" alone is a link's label."""
        table = ["mehr", "Eiweiß", "12 g", "(12 %)", "Fett", "19 g", "(16 %)"]
        text = page(BODIES["de"], table)
        assert all(line in default(text) for line in ["12 g", "19 g"])


# Written after linked_headlines was frozen: labels of links to the article before and after.
PREVIOUS_NEXT = {
    "en": ("Previous article", "Next story"),
    "de": ("Vorheriger Artikel", "Nächster Beitrag"),
    "es": ("Artículo anterior", "Noticia siguiente"),
    "fr": ("Article précédent", "Article suivant"),
    "it": ("Articolo precedente", "Articolo successivo"),
    "pl": ("Poprzedni artykuł", "Następny wpis"),
}
HEADLINES = [
    "Night buses return to the island after a summer without them",
    "Seals keep coming back to the old breakwater, biologists say",
]


class TestLinkedHeadlinesGo:
    """The headline under a link to the article before or after goes with its label."""

    @pytest.mark.parametrize("lang", sorted(PREVIOUS_NEXT))
    def test_the_headlines_under_previous_and_next_go(self, lang):
        """Label, headline, label, headline after the body, in six languages."""
        previous, following = PREVIOUS_NEXT[lang]
        tail = [previous, HEADLINES[0], following, HEADLINES[1]]
        assert default(page(BODIES["en"], tail)) == page(BODIES["en"])

    def test_a_headline_with_its_date_goes(self):
        """A headline and the date line under it, up to the end."""
        tail = ["Next story", HEADLINES[0], "12 March 2024"]
        assert default(page(BODIES["en"], tail)) == page(BODIES["en"])


class TestLinkedHeadlinesStay:
    """Lines under a label that are no linked headline stay."""

    def test_an_address_under_a_contact_label_stays(self):
        """A contact label names no article: the address under it stays."""
        tail = ["Kontakt", "Hafenamt Nordstadt, Kaistraße 12 in 24937 Flensburg"]
        text = page(BODIES["de"], tail)
        assert tail[1] in default(text).split("\n")

    def test_a_subheading_and_the_body_after_a_label_stay(self):
        """After the label the article goes on: the subheading and paragraphs stay."""
        middle = ["Next story", "What the new terminal will cost"]
        text = page(BODIES["en"], middle, BODIES["en"])
        assert "What the new terminal will cost" in default(text).split("\n")

    def test_sentences_under_a_label_stay(self):
        """Full sentences under a label are no headline: they stay."""
        tail = ["Next story", "The ferry runs again on Sunday.", "Tickets cost four pounds."]
        text = page(BODIES["en"], tail)
        kept = default(text).split("\n")
        assert tail[1] in kept
        assert tail[2] in kept


class TestCardsBelowAListGo:
    """Cards below a header's list that stopped at a teaser continue it, down to the end."""

    def test_cards_after_a_list_that_stopped_at_a_sentence_go(self):
        """The list goes by its header; the teaser, headline and date under it go with it."""
        tail = [
            "Lesen Sie auch",
            "Neue Schleuse soll im Herbst eröffnen",
            "vor 2 Tagen",
            "Die Stadt hat den Auftrag für den Bau an eine Firma aus Kiel vergeben.",
            "Fischer erwarten einen ruhigen Sommer an der Küste",
            "vor 5 Tagen",
        ]
        assert default(page(BODIES["de"], tail)) == page(BODIES["de"])

    def test_the_body_going_on_below_a_list_stays(self):
        """Paragraphs of the body below a list of links are no cards: they stay."""
        tail = ["Lesen Sie auch", "Neue Schleuse soll im Herbst eröffnen", "vor 2 Tagen"]
        text = page(BODIES["de"], tail, BODIES["de"])
        assert default(text).count(BODIES["de"][1]) == 2
