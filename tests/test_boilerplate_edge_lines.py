"""remove_boilerplate: page counters and app-store badges above or below the body."""

import pytest

from textclean._filters.boilerplate import RemoveBoilerplate

default = RemoveBoilerplate()
web = RemoveBoilerplate(strength="web")

# Written for these tests after the rule (edge_lines.py) was frozen.
BODY = [
    "The harbour authority said on Monday that the old ferry terminal will close in March,"
    " after inspectors found that the pier can no longer carry loaded lorries safely.",
    "Passengers will board at the container quay for two years while a new terminal is"
    " built, and the crossing will take about ten minutes longer than it does today.",
]
COUNTERS = [
    "Page 2 of 6",
    "Seite 3 von 8",
    "Página 2 de 4",
    "Pagina 5 di 9",
    "Strona 2 z 3",
    "Страница 4 из 7",
    "Sayfa 2 / 5",
    "Pagina 1 van 3",
    "« Page 2/4 »",
]
BADGES = [
    "Download on the App Store",
    "Get it on Google Play",
    "Laden im App Store",
    "Jetzt bei Google Play",
    "Disponible sur AppGallery",
    "Disponible en Google Play",
    "Scarica su App Store",
    "Pobierz z Google Play",
]


def page(*parts):
    return "\n".join(line for part in parts for line in part)


class TestCountersAndBadgesGo:
    """Outside the body, a counter or a badge goes, whatever the language."""

    @pytest.mark.parametrize("line", COUNTERS + BADGES)
    def test_below_the_body_it_goes(self, line):
        """After the last paragraph, beside a navigation link."""
        text = page(BODY, [line, "Next article"])
        assert line not in default(text).split("\n")
        assert all(paragraph in default(text) for paragraph in BODY)

    @pytest.mark.parametrize("line", COUNTERS[:4] + BADGES[:2])
    def test_above_the_body_it_goes(self, line):
        """Above the first paragraph, under the title."""
        text = page(["Ferry terminal to close in March", line], BODY)
        assert line not in default(text).split("\n")
        assert line not in web(text).split("\n")

    def test_the_reason_names_the_kind(self):
        """The explanation says a page counter, and where."""
        _, changes = default.explain(page(BODY, ["Seite 3 von 8"]))
        assert any("a page counter" in change.reason for change in changes)


class TestBodyLinesStay:
    """Between paragraphs the same shapes are subheadings; other shapes are no counters."""

    @pytest.mark.parametrize(
        "heading", ["Step 2 of 5", "Chapter 3 of 12", "Runde 4 von 6", "The App Store"]
    )
    def test_a_heading_between_paragraphs_stays(self, heading):
        """A step, a chapter, a round or a section named after a store, amid the body."""
        text = page(["Ferry terminal to close in March"], BODY, [heading], BODY)
        assert heading in default(text).split("\n")
        assert heading in web(text).split("\n")

    @pytest.mark.parametrize("line", ["Fat 198g305%", "Protein 12 g 24%", "Serves 4 to 6 people"])
    def test_nutrition_and_servings_below_a_recipe_stay(self, line):
        """A recipe's facts after its method are no counters: units, percentages, words."""
        text = page(BODY, [line, "Print recipe"])
        assert line in default(text).split("\n")

    def test_a_sentence_about_a_store_stays(self):
        """A sentence naming the App Store is prose, wherever it is."""
        line = "The app is free on the App Store and on Google Play from today."
        text = page(["Ferry terminal to close in March"], BODY, [line])
        assert default(text) == text

    def test_a_descending_count_stays(self):
        """A larger number first is no page counter ("Top 10 of 3"): it stays."""
        text = page(BODY, ["Platz 10 von 3", "Next article"])
        assert "Platz 10 von 3" in default(text).split("\n")
