"""remove_boilerplate: links to the article before and after, in the words blogs and newsrooms use."""

import pytest

from textclean._filters.boilerplate import RemoveBoilerplate

default = RemoveBoilerplate()

# Written for these tests after the cues were chosen.
BODY = [
    "Der Gemeinderat hat am Dienstag beschlossen, die Stadtbibliothek auch sonntags zu"
    " öffnen, nachdem im vergangenen Jahr mehr als zweitausend Menschen darum gebeten hatten.",
    "Die zusätzlichen Stunden werden von Ehrenamtlichen betreut, die Kosten für Heizung und"
    " Reinigung trägt die Stadt aus dem Kulturhaushalt.",
]


def page(*parts):
    return "\n".join(line for part in parts for line in part)


class TestArticleLinks:
    @pytest.mark.parametrize(
        "label",
        ["Nächster Beitrag", "Voriger Artikel", "Newer Posts", "Entrada siguiente",
         "Następny wpis", "Следующая статья", "Önceki haber"],
    )  # fmt: skip
    def test_a_link_to_the_next_or_previous_article_after_the_body_goes(self, label):
        """The label alone after the body goes, in German, English, Spanish, Polish, Russian, Turkish."""
        text = page(BODY, [label])
        assert default(text) == page(BODY)

    def test_sentences_that_speak_of_the_next_article_stay(self):
        """A sentence naming the next article of a law or of a series is prose."""
        lines = [
            "Im nächsten Artikel erkläre ich, wie man die Beete im Herbst vorbereitet.",
            "Der nächste Artikel des Gesetzes regelt die Fristen.",
        ]
        text = page(BODY, lines)
        assert default(text) == text


class TestListsTheArticleIntroduces:
    """A header known only by a word announcing more, ending in a colon amid the body."""

    # Written after the rule was frozen; the n30 variant of bench/variants6.jsonl
    # (Portuguese "As datas mais importantes:") showed the kind.
    DATES = [
        "Weitere Termine:",
        "12.05.2025 – Auftakt in Kiel",
        "19.05.2025 – Etappe nach Lübeck",
        "26.05.2025 – Ziel in Rostock",
    ]
    AFTER = [
        "Die Veranstalter rechnen mit mehreren tausend Zuschauern an der Strecke und bitten"
        " Anwohner, ihre Autos am Vorabend umzuparken.",
    ]

    def test_a_list_the_body_goes_on_after_stays(self):
        """Prose above, a colon, a dated list and prose after: the article's own list."""
        text = page(BODY, self.DATES, self.AFTER)
        assert default(text) == text

    def test_the_same_header_with_headlines_at_the_end_goes(self):
        """Nothing after the list: a block of links to other articles, as before."""
        links = [
            "Ebenfalls interessant:",
            "Neue Radwege für die Innenstadt geplant",
            "Stadtwerke erhöhen die Preise für Fernwärme",
            "Hallenbad schließt für drei Monate",
        ]
        assert default(page(BODY, links)) == page(BODY)
