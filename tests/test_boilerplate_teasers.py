"""
Teaser cards after the body: a shape that repeats marks a list of other articles (teasers.py).

The cards were written for these tests after the rule was frozen, in other
words and languages than the pages it was read from; none is a line of an
evaluation set. Lists an article holds (steps, a timeline, a poem with its
refrain, song lyrics, book titles, a table of contents, ingredients) stay.
"""

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_boilerplate_fresh_kinds import BODY, default, doc, gone, web

from textclean._filters.boilerplate import teasers

FRENCH_CARDS = [
    "Les vendanges commencent plus tôt dans le Bordelais",
    "Les vignerons avancent la récolte de deux semaines à cause de la chaleur.",
    "14/09/2024",
    "Un nouveau musée du vin ouvre ses portes à Dijon",
    "Trois étages consacrés à l'histoire des cépages bourguignons.",
    "12/09/2024",
    "La Loire manque d'eau, les bateliers s'inquiètent",
    "Le niveau du fleuve n'a jamais été aussi bas depuis vingt ans.",
    "09/09/2024",
]
SPANISH_CARDS = [
    "Cómo elegir una bicicleta de segunda mano",
    "Leer más",
    "Diez rutas para recorrer el Pirineo en otoño",
    "Leer más",
    "El tren nocturno vuelve a unir Madrid y Lisboa",
    "Leer más",
]
ENGLISH_CARDS = [
    "Why the ferry timetable changes every winter",
    "Islanders explain what the cuts mean for school runs.",
    "Read the article",
    "A lighthouse keeper's last season",
    "After forty years the lamp goes automatic in March.",
    "Read the article",
    "Counting seals from a kayak",
    "Volunteers spend a week on the sandbanks each August.",
    "Read the article",
]


@pytest.mark.parametrize("cleaner", [default, web], ids=["default", "web"])
class TestTeaserCards:
    @pytest.mark.parametrize("cards", [FRENCH_CARDS, SPANISH_CARDS, ENGLISH_CARDS])
    def test_cards_after_the_body_go(self, cleaner, cards):
        """A headline and a short sentence over a repeated date or link label, after the body."""
        removed = gone(doc(bottom=cards), cleaner)
        assert all(line in removed for line in cards), removed
        assert not any(line in removed for line in BODY)

    def test_cards_between_the_body_and_a_footer_go(self, cleaner):
        """Furniture below the cards does not keep them."""
        removed = gone(doc(bottom=[*FRENCH_CARDS, "Mentions légales", "Contact"]), cleaner)
        assert all(line in removed for line in FRENCH_CARDS)


# Lists of an article, each with a line that repeats its shape, placed after the body.
STEPS = [
    "Krok 1",
    "Wsyp mąkę do miski i dodaj szczyptę soli.",
    "Krok 2",
    "Wlej mleko i mieszaj, aż ciasto będzie gładkie.",
    "Krok 3",
    "Odstaw ciasto na pół godziny pod ściereczką.",
]
REFRAIN = [
    "The river takes the morning light",
    "and carries it away",
    "O carry me, carry me back",
    "The gulls are calling from the pier",
    "the boats are grey with spray",
    "O carry me, carry me back",
    "The lamps are lit along the quay",
    "the nets are in the bay",
    "O carry me, carry me back",
]
BOOKS = [
    "The Old Harbour by Ann Marsh",
    "A novel about a family of pilots, set in 1920.",
    "Salt and Stone by Peter Lind",
    "Essays on the fishing villages of the north coast.",
    "Tides by Mara Vey",
    "Poems written over one winter on the island.",
]
CONTENTS = ["1. The quay", "2. The silo", "3. The flats", "4. The road", "5. The vote"]
INGREDIENTS = ["200 g Mehl", "3 Eier", "250 ml Milch", "1 Prise Salz", "20 g Butter"]
# A timeline with dates, and the body goes on below it.
TIMELINE = [
    "12.03.1998",
    "Der Hafen wird geschlossen",
    "Die letzten Kutter ziehen nach Süden.",
    "04.06.2004",
    "Der Silo wird verkauft",
    "Ein Investor aus Hamburg übernimmt das Gebäude.",
    "19.09.2011",
    "Erste Pläne für Wohnungen",
    "Die Stadt lehnt den Antrag zunächst ab.",
]
MORE_BODY = [
    "Since then the council has debated the silo at nearly every meeting, and the harbour"
    " board has asked twice for a survey of the quay walls.",
    "The survey found that the walls would carry the weight of a building, but not the lorries"
    " needed to put it up, and the question was sent back to the board.",
]


@pytest.mark.parametrize("cleaner", [default, web], ids=["default", "web"])
class TestListsOfTheArticleStay:
    @pytest.mark.parametrize("items", [STEPS, REFRAIN, BOOKS], ids=["steps", "refrain", "books"])
    def test_a_list_after_the_body_stays(self, cleaner, items):
        """Numbered steps, a poem's refrain, titles with a sentence each: no mark of cards."""
        removed = gone(doc(bottom=items), cleaner)
        assert not any(line in removed for line in items), removed

    @pytest.mark.parametrize("items", [CONTENTS, INGREDIENTS], ids=["contents", "ingredients"])
    def test_a_list_inside_the_body_stays(self, cleaner, items):
        """A table of contents or ingredients between paragraphs: the body follows."""
        removed = gone(doc(middle=items), cleaner)
        assert not any(line in removed for line in items), removed

    def test_a_timeline_with_the_body_below_stays(self, cleaner):
        """Dates over headlines and sentences, then two paragraphs more: part of the article."""
        removed = gone(doc(bottom=[*TIMELINE, *MORE_BODY]), cleaner)
        assert not any(line in removed for line in TIMELINE), removed


LINK_LINES = [
    "Lire aussi → Les vendanges commencent plus tôt dans le Bordelais",
    "Leggi anche » Il treno notturno torna a collegare Roma e Vienna",
    "Czytaj także… Nowe ścieżki rowerowe w Gdańsku",
    "Читайте также → Новый мост через реку откроют летом",
    "Lees ook | Het nieuwe station opent in maart",
    "Ver también — La nueva línea de tren nocturno",
]
SENTENCES_WITH_LABELS = [
    "Read more about the council's plans on its website.",
    "Next » stir the sauce until it thickens, then season it.",
    "Weiterlesen – so der Rat des Lehrers – hilft beim Verstehen.",
]


@pytest.mark.parametrize("cleaner", [default, web], ids=["default", "web"])
class TestLinkLines:
    @pytest.mark.parametrize("line", LINK_LINES)
    def test_a_label_a_drawn_separator_and_a_headline_go_in_the_body(self, cleaner, line):
        """A related-links label, an arrow, a guillemet, a bar or dots, then a headline."""
        removed = gone(doc(middle=[line]), cleaner)
        assert removed == [line]

    @pytest.mark.parametrize("line", SENTENCES_WITH_LABELS)
    def test_a_sentence_after_a_label_stays(self, cleaner, line):
        """No separator, or a sentence with its full stop: a line of the article."""
        assert gone(doc(middle=[line]), cleaner) == []


# A schedule's dates go up; a table's rows are mostly cells without a word.
FIXTURES = [
    "Stal Rzeszów – Motor Lublin",
    "Stadion Miejski, bilety od 30 zł",
    "03.05.2025 17:00",
    "Unia Leszno – Sparta Wrocław",
    "Stadion im. Alfreda Smoczyka",
    "10.05.2025 19:30",
    "Falubaz Zielona Góra – Włókniarz Częstochowa",
    "Stadion przy Wrocławskiej",
    "17.05.2025 18:00",
]
COURSE_TABLE = [
    "Brakes: discs, pads and callipers",
    "112-118",
    "X",
    "from 01.09.2025",
    "Suspension and steering geometry",
    "119-131",
    "X",
    "from 01.09.2025",
    "Tyres, wheels and balancing",
    "132-140",
    "X",
    "from 01.09.2025",
]


@pytest.mark.parametrize("cleaner", [default, web], ids=["default", "web"])
class TestOrdersAndTablesStay:
    @pytest.mark.parametrize("items", [FIXTURES, COURSE_TABLE], ids=["fixtures", "table"])
    def test_a_schedule_or_a_table_after_the_body_is_no_cards(self, cleaner, items):
        """Dates that go up mark a schedule; rows of numbers and an X are a table."""
        removed = gone(doc(bottom=items), cleaner)
        assert not any("teaser" in why for why in _reasons(doc(bottom=items), cleaner)), removed


def _reasons(text, cleaner):
    return [change.reason for change in cleaner.explain(text)[1]]


def _runs_by_definition(positions: list[int]) -> list[list[int]]:
    """The runs as defined: each mark joins if its gap fits and all the run's gaps stay alike."""
    runs: list[list[int]] = []
    run = [positions[0]]
    for pos in positions[1:]:
        gap = pos - run[-1]
        gaps = [b - a for a, b in itertools.pairwise(run)] + [gap]
        if teasers._MIN_GAP <= gap <= teasers._MAX_GAP and (
            max(gaps) - min(gaps) <= teasers._GAP_SPREAD
        ):
            run.append(pos)
            continue
        if len(run) >= teasers._MIN_MARKS:
            runs.append(run)
        run = [pos]
    if len(run) >= teasers._MIN_MARKS:
        runs.append(run)
    return runs


@given(st.lists(st.integers(min_value=1, max_value=12), min_size=0, max_size=60))
def test_regular_runs_keep_the_gaps_as_they_grow(steps: list[int]) -> None:
    """Tracking the least and greatest gap finds the runs the definition finds (in linear time)."""
    positions = list(itertools.accumulate([0, *steps]))
    assert teasers._regular_runs(positions) == _runs_by_definition(positions)


# Cards whose last date sits between two lines already removed (its
# headline named a video, a header of more links follows): the first stage
# took the date as navigation, a short line between removed lines, and it is
# still one of the run's marks.
DATED_HEADLINES = [
    "Neue Fähre zwischen Kiel und Oslo getauft",
    "4. März 2024",
    "Hafenfest fällt wegen Sturmwarnung aus",
    "4. März 2024",
    "Lotsen fordern mehr Personal im Nord-Ostsee-Kanal",
    "4. März 2024",
    "Video: Die schönsten Bilder vom Hafengeburtstag",
    "4. März 2024",
]
MORE_LINKS = ["Beliebte Beiträge", "Kieler Woche: Das Programm", "Fahrplan der Fähren"]


def test_a_date_removed_as_navigation_still_marks_the_cards():
    """Four dates at one place make three cards, the last date gone already as navigation."""
    text = doc(bottom=[*DATED_HEADLINES, *MORE_LINKS])
    changes = [(c.before.strip(), c.reason) for c in default.explain(text)[1]]
    assert any(why.startswith("related_links: 3 teaser cards or more") for _, why in changes)
    assert changes[-len(MORE_LINKS) - 1][1].startswith("navigation: short line between removed")
    assert {line for line, _ in changes} >= set(DATED_HEADLINES)
    assert not set(BODY) & {line for line, _ in changes}
