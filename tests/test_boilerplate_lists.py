"""remove_boilerplate keeps the lists an article gives: meal plans, recipes, schedules, numbered lists, tables."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textclean._filters.boilerplate import RemoveBoilerplate
from textclean._filters.boilerplate.lists import inventory, item_number
from textclean._filters.boilerplate.signals import ends_clause, signals, without_notes

default = RemoveBoilerplate()
web = RemoveBoilerplate(strength="web")

# Strings written for these tests, in the shape of articles extracted from
# pages: a few paragraphs, then the list that is the article's point. None is
# taken from an evaluation set.


def page(*parts):
    return "\n".join(line for part in parts for line in part)


def removed(text, cleaner=default):
    return [c.before.strip() for c in cleaner.explain(text)[1] if c.before.strip()]


MEAL_PLAN_EN = page(
    [
        "A week of lunches for a busy office",
        "Cooking once on Sunday saves a lot of time during the week, and it also means that you"
        " are not tempted by the sandwich shop next to the office when you are hungry.",
        "The plan below gives each day a main dish and a snack, with the amounts for one person;"
        " double them if you cook for two.",
    ],
    [
        line
        for day in range(1, 8)
        for line in (
            f"Day {day}",
            "Eat between 12 and 1 pm",
            f"Brown rice bowl [1 cup cooked rice, 4 oz. grilled tofu, ½ cup peas, {day} tsp. oil]",
            "Snack: 1 apple, 10 almonds, 1 cup green tea",
            "Afternoon snack",
            "Around 4 pm",
        )
    ],
)

REZEPT_DE = page(
    [
        "Linsensuppe wie bei Oma",
        "Diese Suppe ist schnell gemacht und schmeckt am zweiten Tag noch besser, wenn die Linsen"
        " die Brühe aufgenommen haben und alles ein wenig dicker geworden ist.",
        "Wir haben das Rezept für vier Personen ausgelegt, es lässt sich aber gut verdoppeln.",
    ],
    [
        "Für die Suppe",
        "200 g braune Linsen, 2 große Karotten, 1 kleine Zwiebel, 1 Stange Lauch",
        "Gewürze",
        "1 Lorbeerblatt",
        "Pfeffer und Salz",
        "Zum Servieren",
        "4 Scheiben Bauernbrot, 2 EL gehackte Petersilie, 1 Schuss Essig",
        "Zubereitung",
        "Vorbereiten",
        "Kochen",
        "Abschmecken",
    ],
)

RECETTE_FR = page(
    [
        "Gratin de courgettes au chèvre",
        "Un plat d'été qui se prépare en vingt minutes et qui plaît aussi aux enfants, surtout"
        " si l'on ajoute un peu de fromage râpé sur le dessus avant de l'enfourner.",
        "Voici les quantités pour un plat de six personnes, à servir avec une salade verte.",
    ],
    [
        "Ingrédients",
        "3 courgettes moyennes, 150 g de chèvre frais, 2 gousses d'ail, 20 cl de crème",
        "Pour le dessus",
        "50 g de parmesan râpé",
        "Herbes de Provence",
        "Matériel",
        "Un plat à gratin",
        "Une râpe",
        "Un couteau",
    ],
)

PLAN_ES = page(
    [
        "Plan de comidas para deportistas",
        "Quienes entrenan por la mañana necesitan repartir bien las comidas del día, y este plan"
        " lo hace en cinco tomas que se pueden preparar la noche anterior sin mucho esfuerzo.",
        "Las cantidades son orientativas y dependen del peso y del tipo de entrenamiento.",
    ],
    [
        line
        for meal in ("Desayuno", "Media mañana", "Almuerzo", "Merienda", "Cena")
        for line in (
            meal,
            "Cada 3 horas",
            "1 taza de avena cocida, 2 claras de huevo, 1 plátano pequeño, 200 ml de leche",
            "Bebida",
            "Agua o infusión",
        )
    ],
)

ELENCO_IT = page(
    [
        "Venti idee regalo per chi ama gli anni Ottanta",
        "Il Natale si avvicina e per chi non ha ancora deciso cosa regalare abbiamo raccolto"
        " alcune proposte che faranno felici i nostalgici di quel decennio, dai giochi ai dischi.",
        "I prezzi sono quelli che abbiamo trovato questa settimana e potrebbero cambiare presto.",
    ],
    [
        f"{n}) Oggetto da collezione numero {n} (edizione limitata) con la sua scatola originale"
        for n in range(1, 9)
    ],
    [
        item
        for n in range(9, 17)
        for item in (f"{n}) Gioco {n} in scatola", f"https://negozio.example/articolo-{n}")
    ],
)

COMPARACAO_PT = page(
    [
        "Comparamos cinco portáteis para estudantes",
        "Escolher um portátil para a universidade não é fácil, porque os preços variam muito e as"
        " diferenças entre os modelos nem sempre são claras para quem não é especialista.",
        "Testámos cada um durante uma semana, com as mesmas tarefas e a mesma rede sem fios.",
    ],
    [
        line
        for model in ("Modelo A", "Modelo B", "Modelo C", "Modelo D", "Modelo E")
        for line in (
            model,
            "8 GB de memória, 256 GB de armazenamento, 2 portas USB-C, 1 leitor de cartões",
            "Autonomia",
            "Bateria",
        )
    ],
)

ROOSTER_NL = page(
    [
        "Het programma van de open dag",
        "Op zaterdag zet de school haar deuren open voor ouders en leerlingen van groep acht, die"
        " de hele dag kunnen rondlopen en met docenten en leerlingen kunnen praten.",
        "Aanmelden is niet nodig, maar voor de proeflessen geldt een maximum aantal plaatsen.",
    ],
    [
        line
        for hour in range(9, 16)
        for line in (
            f"{hour}.00 uur",
            f"Proefles {hour}",
            f"Lokaal {hour}, 2 docenten per groep, 20 plaatsen per les, 1 rondleiding na afloop",
        )
    ],
)

LIST_ARTICLES = {
    "meal plan, en": MEAL_PLAN_EN,
    "recipe, de": REZEPT_DE,
    "recipe, fr": RECETTE_FR,
    "meal plan, es": PLAN_ES,
    "numbered list of products, it": ELENCO_IT,
    "product comparison, pt": COMPARACAO_PT,
    "schedule, nl": ROOSTER_NL,
}


class TestListArticles:
    @pytest.mark.parametrize("name", sorted(LIST_ARTICLES))
    def test_a_list_the_article_gives_stays_in_default(self, name):
        """A meal plan, a recipe, a schedule, a numbered list or a comparison after the intro stays whole."""
        text = LIST_ARTICLES[name]
        assert removed(text) == []

    def test_the_article_list_stays_in_web_too(self):
        """web drops shorter runs of menu lines, but not a list that holds inventories."""
        assert removed(LIST_ARTICLES["meal plan, en"], web) == []

    def test_numbered_items_stay_in_web(self):
        """web may drop the bare links of a numbered list, never its numbered items."""
        gone = removed(LIST_ARTICLES["numbered list of products, it"], web)
        assert all(item_number(line) is None for line in gone)

    def test_a_footer_after_the_article_still_goes(self):
        """A menu's run after an article with no inventory in it is still furniture."""
        footer = ["Impressum", "Datenschutz", "Kontakt", "Karriere", "Presse", "Newsletter", "Jobs"]
        text = page(REZEPT_DE.split("\n")[:3], footer)
        assert removed(text) == footer


class TestInventory:
    @pytest.mark.parametrize(
        "line",
        [
            "1 scoop protein, 1 cup strawberries, 8 oz. almond milk",
            "200 g Mehl, 2 Eier, 1 Prise Salz, 250 ml Milch",
            "3 courgettes moyennes, 150 g de chèvre frais, 2 gousses d'ail",
            "16 GB RAM, 512 GB SSD, 2 USB-C ports",
            "½ cup cherry tomatoes, ¼ cup feta, 1 Tbsp. balsamic vinegar",
        ],
    )
    def test_counted_items_make_an_inventory(self, line):
        """Three items or more, two of them a number, a unit and what it counts."""
        assert inventory(line)

    @pytest.mark.parametrize(
        "line",
        [
            "Nov. 18, 2019, 8:00 a.m. ET",
            "Lieferbar: 12 ml, 125 ml, 450 ml, 1 L",
            "Trump, Pelosi, and the impeachment: what comes next",
            "66.820 Gebrauchtmaschinen, 23.777 (127 NEU) Kleinanzeigen, 136 Termine",
            "Home, News, Sport, Weather",
        ],
    )
    def test_dates_sizes_and_headlines_are_no_inventory(self, line):
        """A dateline, a shop's sizes, a headline with commas, a site's counters, a menu."""
        assert not inventory(line)

    def test_item_numbers(self):
        """A numbered item opens with its number and ) or .; a step's name does not."""
        assert [item_number(t) for t in ("15) Thriller", "3. Stir", "Step 3", "2019 was")] == [
            15,
            3,
            None,
            None,
        ]

    @given(st.text(max_size=200))
    def test_never_raises(self, text):
        """Any text is asked without error."""
        assert isinstance(inventory(text), bool)
        assert item_number(text) is None or item_number(text) >= 0


class TestNotes:
    def test_a_sentence_ends_before_its_references(self):
        """A paragraph ending in reference marks ends a sentence, and is prose."""
        line = (
            "The expedition reached the northern coast after three weeks at sea, and the crew"
            " mapped the bay before the ice closed it again. [12][13]"
        )
        assert ends_clause(line)
        assert signals(line).prose

    def test_a_headline_tag_is_no_note(self):
        """A tag in capitals after a question ("[VIDEO]") leaves a headline a headline."""
        assert without_notes("Is the bridge safe? [VIDEO]") == "Is the bridge safe? [VIDEO]"
        assert not signals("Watch the launch [VIDEO]").sentence_end

    def test_a_paragraph_with_source_notes_between_ads_stays(self):
        """A caption line between two ad labels and paragraphs ending in notes is not a menu."""
        paragraph = (
            "The settlers built their first houses near the river, where the soil was soft"
            " and the water was clean enough to drink all year. [Book I / Ch. 2]"
        )
        text = page(
            ["The founding of the town"],
            [
                paragraph,
                "Advertisement",
                "(Drawing: Ana Silva)",
                paragraph.replace("first", "next"),
            ],
            [paragraph.replace("river", "lake"), "Advertisement", "(Drawing: Tom Berg)", paragraph],
        )
        assert removed(text) == ["Advertisement", "Advertisement"]


class TestTablesAndHeaders:
    ROWS = [
        "| Screen | Owner | Draft | Review | Done |",
        "| Sound settings | Anna | x | x | |",
        "| Control settings | Ben | x | | |",
        "| Interface settings | Carl | x | x | x |",
        "| Other settings | Dana | | | |",
        "| Help overlay | Eve | x | | |",
        "| Map editor | Finn | x | x | |",
    ]

    def test_a_table_of_the_text_stays(self):
        """Rows drawn with bars are the table's content, though a cell holds a cue ("settings", "Help")."""
        intro = (
            "Most of the screens are now finished, and the table below shows where each one"
            " stands and who is working on it before the release next month."
        )
        outro = "We will post the next update when the remaining screens have been reviewed."
        text = page([intro], self.ROWS, [outro, outro.replace("next", "final")])
        assert removed(text) == []

    def test_the_last_item_of_a_list_is_no_header(self):
        """ "Other settings" after "Sound settings" closes a list; it announces no related links."""
        intro = (
            "The options menu has been split into several screens, each with its own page,"
            " so that players find what they need without scrolling through everything."
        )
        items = [
            "Graphics settings",
            "Sound settings",
            "Other settings",
            "Map generator tool",
            "Quick bar layout",
        ]
        text = page(
            [intro, intro.replace("options", "main")], items, [intro.replace("menu", "list")]
        )
        assert removed(text) == []

    def test_a_list_a_line_announces_to_the_reader_ends_the_related_block(self):
        """ "What you'll need:" under a related header starts the article's own list, which stays."""
        intro = (
            "A terrarium is a small garden under glass that needs little care once it is set"
            " up, and it makes a good project for a rainy afternoon with children."
        )
        related = [
            "Other People Are Reading",
            "Ideas for a small herb garden",
            "How to repot a cactus",
        ]
        needs = ["What you'll need:", "Glass jar", "Gravel", "Moss", "Spoon", "Small plants"]
        step = "Put a layer of gravel in the jar, then the soil, and press the plants in gently."
        text = page([intro], related, needs, [step, step.replace("gravel", "sand")])
        assert removed(text) == related


class TestCreditRolls:
    @pytest.mark.parametrize(
        "line",
        [
            "Reporting by Ana Ruiz and Tom Berg; additional reporting by Li Wei; editing by Sam Cole",
            "(Reporting by Jo Park, Eva Lind, with reporting by Max Roe, editing by Ida Holm)",
        ],
    )
    def test_a_wire_credit_roll_at_the_end_goes(self, line):
        """Two credits or more and names: a wire's credit roll, though its names outweigh its cues."""
        body = "The council met on Tuesday and voted to keep the library open for a year. " * 3
        assert removed(f"{body}\n{line}") == [line]

    def test_a_sentence_about_credits_stays(self):
        """A phrase about reporting and editing has the stopwords of prose: no roll."""
        body = "The council met on Tuesday and voted to keep the library open for a year. " * 3
        line = (
            "The reporting by the Times and the editing by the Post were both praised by the panel"
        )
        assert removed(f"{body}\n{line}") == []


class TestClausesOverLists:
    def test_a_clause_announcing_the_article_list_ends_a_related_block(self):
        """ "Here are some of the highlights:" under related headlines starts the article's own list."""
        intro = (
            "The committee heard from two witnesses on Tuesday, and both described the same"
            " meeting in the spring in very different words."
        )
        related = [
            "Election Coverage More",
            "Watch live: the second day of hearings",
            "Five things we learned on Monday",
        ]
        highlights = ["Here are some of the highlights:", '"I was never told"']
        after = "The first witness said she had not been told of the plan until the summer."
        text = page([intro, intro], related, highlights, [after, after.replace("first", "second")])
        gone = removed(text)
        assert "Here are some of the highlights:" not in gone
        assert '"I was never told"' not in gone

    def test_a_kicker_with_a_colon_stays_in_the_block(self):
        """A short kicker ending in a colon ("From the data desk:") is the block's, which goes whole."""
        body = "The council met on Tuesday and voted to keep the library open for a year. " * 3
        block = [
            "More from the newsroom",
            "Rates rise for a third month in a row",
            "From the data desk:",
            "Port strike enters its second week",
            "New ferry timetable starts in March",
        ]
        assert removed(page([body, body], block)) == block
