"""
Lists of other articles without a header: headlines in a row below the body (headlines.py).

The lists were written for these tests after the rule was frozen, in other
words and languages than the pages it was read from; none is a line of an
evaluation set. Lists an article holds (steps, ingredients, a poem, song
lyrics, a timeline, a table of results, the sources it cites) stay.
"""

import pytest
from test_boilerplate_fresh_kinds import BODY, default, gone, web

from textclean._filters.boilerplate import headlines

_RULE = "headlines in a row"
FOOTER = "© 2024 Harbour Post. All rights reserved."
SHARE = "Share this:"

RELATED = {
    "en": [
        "Ferry operator blames winter storms for a month of cancelled crossings",
        "Why the lighthouse on the north cape is going dark for good",
        "Volunteers count a record number of grey seals on the sandbanks",
    ],
    "de": [
        "Stadtrat streitet über neue Parkgebühren in der Altstadt",
        "Warum die Fähre nach Amrum im Winter seltener fährt",
        "Neues Hallenbad öffnet nach drei Jahren Bauzeit",
        "Bürgermeisterin kündigt Kandidatur für zweite Amtszeit an",
    ],
    "fr": [
        "Les bouquinistes des quais de Seine face à la hausse des loyers",
        "Un festival de jazz s'installe dans l'ancienne gare de Lille",
        "Pourquoi les cerises arrivent si tard sur les marchés cette année",
    ],
    "es": [
        "Valencia estrena un carril bici que cruza todo el antiguo cauce",
        "El precio del aceite de oliva vuelve a subir en noviembre",
        "¿Por qué los trenes regionales llegan tarde en Galicia?",
    ],
    "it": [
        "Venezia, il nuovo orario dei vaporetti divide i residenti",
        "Il ritorno delle lucciole nelle campagne del Piemonte",
        "Napoli: riapre dopo dieci anni la funicolare del Vomero",
    ],
    "pl": [
        "Gdańsk testuje nocne tramwaje na trzech liniach",
        "Rekordowe zbiory jabłek w sadach pod Grójcem",
        "Dlaczego bocianów jest coraz mniej na Podlasiu?",
    ],
    "nl": [
        "Utrecht breidt de grootste fietsenstalling ter wereld uit",
        "Waarom de veerpont naar Texel vaker uitvalt",
        "Boeren in Drenthe proberen het weer met boekweit",
    ],
    "pt": [
        "Lisboa volta a ter elétricos noturnos na linha 28",
        "Produtores do Douro antecipam a vindima por causa do calor",
        "Porto abre concurso para recuperar o antigo mercado do Bolhão",
    ],
}


def _page(lines, *, below=(FOOTER,)):
    return "\n".join([*BODY, *lines, *below])


@pytest.mark.parametrize("cleaner", [default, web], ids=["default", "web"])
class TestHeadlinesBelowTheBody:
    @pytest.mark.parametrize("lang", sorted(RELATED))
    def test_headlines_above_a_footer_go(self, cleaner, lang):
        """Three headlines or more between the last paragraph and a removed footer line."""
        lines = RELATED[lang]
        removed = gone(_page(lines), cleaner)
        assert all(line in removed for line in lines), removed
        assert not any(line in removed for line in BODY)

    def test_headlines_below_a_removed_line_go_to_the_end(self, cleaner):
        """Below a share widget that went, headlines up to the end of the text go."""
        lines = RELATED["en"]
        removed = gone(_page([SHARE, *lines], below=()), cleaner)
        assert all(line in removed for line in lines), removed

    def test_a_removed_date_between_headlines_joins_them(self, cleaner):
        """A date between two headlines that went as furniture does not split the run."""
        lines = RELATED["de"]
        removed = gone(_page([lines[0], lines[1], "12.03.2024", lines[2]]), cleaner)
        assert all(line in removed for line in lines[:3]), removed

    def test_two_headlines_are_no_list(self, cleaner):
        """Two lines in a row are too few to tell a list of links from the article's end."""
        lines = RELATED["fr"][:2]
        removed = gone(_page(lines), cleaner)
        assert not any(line in removed for line in lines), removed


# What an article ends with: lists of its own, each followed by a footer line that goes.
STEPS = [
    "Method",
    "Preheat the oven and grease a deep tin",
    "Rub the butter into the flour with your fingertips",
    "Bake for forty minutes until the top is golden",
]
STEPS_WRITTEN_OUT = [
    "Heat the oil in a wide pan.",
    "Fry the onions until they are soft and golden.",
    "Add the rice and stir for a minute.",
]
INGREDIENTS = ["200 g Mehl", "3 Eier vom Hof", "250 ml frische Milch", "1 Prise grobes Salz"]
POEM = [
    "The tide comes in along the quay,",
    "It lifts the boats and lets them be,",
    "And when it turns it leaves the sand",
    "As smooth as any open hand.",
]
LYRICS = [
    "I was walking down by the water",
    "You were waiting there on the pier",
    "And we never said what we wanted",
    "But I knew that you wanted me near",
]
TIMELINE = [
    "1998 Der Hafen wird geschlossen",
    "2004 Ein Investor kauft den Silo",
    "2011 Erste Pläne für Wohnungen",
    "2024 Der Stadtrat stimmt dem Umbau zu",
]
RESULTS = [
    "Weitsprung: Anna Berg 6,12 m",
    "Hochsprung: Lena Voss 1,84 m",
    "Kugelstoßen: Mira Holt 15,40 m",
]
SOURCES_INTRODUCED = [
    "Our sources",
    "Harbour Board minutes of the meeting of 4 March",
    "Survey of the quay walls by the county engineer",
    "Letter from the fishermen's association to the council",
]
REFRAIN = [
    "Carry me back to the harbour",
    "Carry me back to the sea",
    "Carry me back to the harbour",
    "Carry me home to the quay",
]


@pytest.mark.parametrize("cleaner", [default, web], ids=["default", "web"])
class TestListsOfTheArticleStay:
    @pytest.mark.parametrize(
        "items",
        [
            STEPS,
            STEPS_WRITTEN_OUT,
            INGREDIENTS,
            POEM,
            LYRICS,
            TIMELINE,
            RESULTS,
            SOURCES_INTRODUCED,
            REFRAIN,
        ],
        ids=[
            "steps",
            "sentences",
            "ingredients",
            "poem",
            "lyrics",
            "timeline",
            "results",
            "sources",
            "refrain",
        ],
    )
    def test_a_list_before_a_footer_stays(self, cleaner, items):
        """A list of the article's own, below its last paragraph and above a footer, stays."""
        text = _page(items, below=(FOOTER, SHARE))
        reasons = {c.before.strip(): c.reason for c in cleaner.explain(text)[1]}
        if cleaner is default:
            assert not any(line in reasons for line in items), reasons
        # web drops short lines at the ends as menus; none goes as a list of links
        assert not any(_RULE in reasons.get(line, "") for line in items), reasons

    def test_a_long_list_of_titles_before_a_footer_stays(self, cleaner):
        """
        More titles in a row than a page's list of other articles holds: the text's own list.

        A band's albums after an article about it, each on its line, then a footer.
        """
        albums = [
            f"{title} ({1994 + 2 * year})"
            for year, title in enumerate(
                [
                    "Songs From the Salt Marsh",
                    "Lanterns Over Harbour Street",
                    "The Winter Ferry Sessions",
                    "Night Buses and Northern Lights",
                    "A Map of the Breakwater",
                    "Letters to the Lighthouse",
                    "Grey Seals in the Morning",
                    "Tide Tables for Beginners",
                    "Live at the Old Fish Market",
                    "Rain on the Cathedral Roof",
                    "Postcards From the North Cape",
                    "The Last Train to the Island",
                    "Harbour Lights Revisited",
                    "Everything the Tide Brought In",
                ]
            )
        ]
        text = _page(albums, below=(FOOTER, SHARE))
        reasons = {c.before.strip(): c.reason for c in cleaner.explain(text)[1]}
        assert not any(_RULE in reasons.get(line, "") for line in albums), reasons

    def test_headlines_with_the_body_below_stay(self, cleaner):
        """Headlines the article discusses, with its paragraphs going on below, stay."""
        lines = RELATED["en"]
        text = "\n".join([BODY[0], BODY[1], *lines, BODY[2], FOOTER])
        removed = gone(text, cleaner)
        assert not any(line in removed for line in lines), removed


class TestShapes:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Why the lighthouse on the north cape is going dark", True),
            ("¿Por qué los trenes regionales llegan tarde?", True),
            ("Er fordert, sie aufgrund der…", True),
            ("The council met on Tuesday.", False),
            ("Zutaten:", False),
            ("Two words", False),
            ("and carries it away", False),
            ("Zündanlagen, Umwandlung von Art, Amplitude und Frequenz", False),
        ],
    )
    def test_headline(self, text, expected):
        """A headline: three to twenty words, a capital first, no sentence's or clause's end."""
        assert headlines._headline(text) is expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Penetration: 220 – 250", True),
            ("Árbitro central: Josué Ugalde", True),
            ("Defekte Spülung: Schwedens Langlauf-Team kämpft mit Überschwemmung", False),
            ("Stadtrat streitet über neue Parkgebühren", False),
        ],
    )
    def test_field(self, text, expected):
        """A field: a label of a word or two and a value of a few words."""
        assert headlines._field(text) is expected


# Cards of other articles, each opened by the same kicker (a section's name), after the body.
KICKER_CARDS = {
    "en": [
        "TRAVEL",
        "Night trains return to the Alps after a decade",
        "Operators add sleeper cars on three routes this winter.",
        "TRAVEL",
        "The quiet islands of the Baltic in autumn",
        "Ferries run twice a week until the ice comes.",
        "TRAVEL",
        "What a rail pass really costs in Europe",
        "We compared prices on five popular routes.",
    ],
    "de": [
        "Wirtschaft",
        "Bäckereien kämpfen mit hohen Energiepreisen",
        "Viele Betriebe verkürzen ihre Öffnungszeiten.",
        "Wirtschaft",
        "Neue Fabrik für Wärmepumpen in Thüringen",
        "Das Werk soll im Frühjahr die Produktion aufnehmen.",
        "Wirtschaft",
        "Wie der Mittelstand die Lieferketten umbaut",
        "Drei Firmen erzählen, was sie geändert haben.",
    ],
    "fr": [
        "Culture",
        "Le musée des Beaux-Arts rouvre ses salles flamandes",
        "Culture",
        "Un festival de cinéma muet dans une ancienne usine",
        "Culture",
        "Les librairies indépendantes résistent en Bretagne",
    ],
    "es": [
        "Deportes",
        "El equipo juvenil gana la liga regional de balonmano",
        "Deportes",
        "Una maratón nocturna recorrerá el puerto de Cádiz",
        "Deportes",
        "Las piscinas municipales abrirán también en invierno",
    ],
    "it": [
        "Ambiente",
        "Le api tornano nei parchi di Milano",
        "Ambiente",
        "Un nuovo bosco urbano alla periferia di Torino",
        "Ambiente",
        "Come cambiano le spiagge della Liguria",
    ],
    "pl": [
        "Kultura",
        "Teatr Stary wystawi nową sztukę Mrożka",
        "Kultura",
        "Festiwal muzyki dawnej wraca do Krakowa",
        "Kultura",
        "Nowa biblioteka otwarta w centrum Łodzi",
    ],
}
# Lines that recur as regularly over lines of the article: a refrain, speakers' labels.
HALLELUJAH_SONG = [
    "I heard you singing in the hall",
    "you did not know that I was there",
    "Hallelujah",
    "I heard you laughing at the door",
    "and then you turned and you were gone",
    "Hallelujah",
    "I heard the rain upon the roof",
    "and it was all that I could hear",
    "Hallelujah",
]
INTERVIEW = [
    "Frage",
    "Wie sind Sie zum Hafen gekommen?",
    "Mein Vater war Lotse, und ich bin mit ihm jeden Morgen hinausgefahren.",
    "Frage",
    "Was hat sich seitdem verändert?",
    "Die Schiffe sind größer geworden, und es gibt kaum noch Lotsen.",
    "Frage",
    "Würden Sie es wieder so machen?",
    "Ja, ohne zu zögern, auch wenn das Wetter manchmal hart war.",
]
GALLERY_STEPS = [
    "Bild anzeigen",
    "1 von 3",
    "Heize den Ofen auf 180 Grad vor und fette die Form ein.",
    "Bild anzeigen",
    "2 von 3",
    "Verrühre Mehl, Zucker und Eier zu einem glatten Teig.",
    "Bild anzeigen",
    "3 von 3",
    "Backe den Kuchen 35 Minuten im unteren Drittel.",
]


@pytest.mark.parametrize("cleaner", [default, web], ids=["default", "web"])
class TestKickers:
    @pytest.mark.parametrize("lang", sorted(KICKER_CARDS))
    def test_cards_under_a_repeated_kicker_go(self, cleaner, lang):
        """A section's name over each of three headlines after the body marks a list of links."""
        lines = KICKER_CARDS[lang]
        removed = gone(_page(lines, below=()), cleaner)
        assert all(line in removed for line in lines), removed
        assert not any(line in removed for line in BODY)

    @pytest.mark.parametrize(
        "items",
        [HALLELUJAH_SONG, INTERVIEW, GALLERY_STEPS],
        ids=["refrain", "interview", "gallery"],
    )
    def test_lines_recurring_over_the_article_stay(self, cleaner, items):
        """A song's refrain, an interview's label, a gallery's widget are no kickers."""
        text = _page(items, below=())
        reasons = {c.before.strip(): c.reason for c in cleaner.explain(text)[1]}
        assert not any("teaser cards" in reasons.get(line, "") for line in items), reasons
        if cleaner is default:
            assert not any(line in reasons for line in items if " " in line), reasons
