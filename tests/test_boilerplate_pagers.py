"""
Links to the previous and next article, told by arrows and guillemets (pagers.py).

The links were written for these tests after the rule was frozen, in other
words and languages than the pages it was read from; none is a line of an
evaluation set. Quotations in guillemets, arrows in the body and lines of
the article stay.
"""

import pytest
from test_boilerplate_fresh_kinds import BODY, default, gone, web

from textclean._filters.boilerplate import pagers

POINTED = {
    "en": ["« Night buses return to the island", "Seals come back to the old breakwater »"],
    "de": ["‹ Neue Radwege für die Altstadt", "Der Wochenmarkt zieht um ›"],
    "fr": ["« Les cerises arrivent enfin sur les marchés", "Un nouveau pont pour Nantes »"],
    "es": ["← El tranvía vuelve a Zaragoza", "Fiestas del barrio en septiembre →"],
    "it": ["<< Il porto di Genova cambia volto", "Nuove piste ciclabili a Bologna >>"],
    "pl": ["« Nowy most na Wiśle w Warszawie", "Festiwal pierogów w Krakowie »"],
    "nl": ["◄ Nieuwe fietsbrug in Utrecht", "Markt verhuist naar het plein ►"],
}
ARROW_LINES = [
    "←",
    "Night buses return to the island",
    "→",
    "Seals come back to the old breakwater",
]


def _page(lines, *, top=()):
    return "\n".join([*top, *BODY, *lines])


@pytest.mark.parametrize("cleaner", [default, web], ids=["default", "web"])
class TestPagers:
    @pytest.mark.parametrize("lang", sorted(POINTED))
    def test_headlines_with_a_pointing_mark_below_the_body_go(self, cleaner, lang):
        """A headline with an arrow or a guillemet at one end, below the body."""
        lines = POINTED[lang]
        removed = gone(_page(lines), cleaner)
        assert all(line in removed for line in lines), removed
        assert not any(line in removed for line in BODY)

    def test_arrows_and_the_headlines_beside_them_go(self, cleaner):
        """A line of arrows only goes with the headline beside it, outside the body."""
        removed = gone(_page(ARROW_LINES), cleaner)
        assert all(line in removed for line in ARROW_LINES), removed

    def test_above_the_body_too(self, cleaner):
        """Above the first paragraph a pager goes as below the last."""
        lines = POINTED["fr"]
        removed = gone(_page([], top=lines), cleaner)
        assert all(line in removed for line in lines), removed


QUOTES = [
    "« Nous avons attendu ce pont pendant vingt ans »",
    "»Wir haben zwanzig Jahre auf diese Brücke gewartet«",
    "„Wir haben lange gewartet“ »",
]


@pytest.mark.parametrize("cleaner", [default, web], ids=["default", "web"])
class TestTheArticlesMarksStay:
    @pytest.mark.parametrize("line", QUOTES[:2])
    def test_a_quotation_in_guillemets_below_the_body_stays(self, cleaner, line):
        """A quotation has both of its guillemets: no pointing mark."""
        reasons = {c.before.strip(): c.reason for c in cleaner.explain(_page([line]))[1]}
        assert "pointing mark" not in reasons.get(line, ""), reasons

    def test_marks_in_the_body_stay(self, cleaner):
        """Between two paragraphs of the body an arrow and a pointed line are the article's."""
        lines = ["→", "Night buses return to the island", "« Seals come back"]
        text = "\n".join([BODY[0], *lines, BODY[1], BODY[2]])
        assert not any(line in gone(text, cleaner) for line in lines)

    def test_a_sentence_with_an_arrow_stays(self, cleaner):
        """A sentence ends like one, whatever mark follows it."""
        line = "The ferry leaves at nine and returns at noon. →"
        reasons = {c.before.strip(): c.reason for c in cleaner.explain(_page([line]))[1]}
        assert "pointing mark" not in reasons.get(line, ""), reasons


class TestShapes:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("« Fünf Gedanken zum Pokal-Aus", True),
            ("Der Wochenmarkt zieht um ›", True),
            ("« Bienvenue au pays des sentiments blessés »", False),
            ("»Wir brauchen Leute, die Entscheidungen treffen«", False),
            ("« Short", False),
            ("Weiter »", False),
        ],
    )
    def test_pointed_headline(self, text, expected):
        """A headline of two words or more with a pointing mark at one end and no pair."""
        assert pagers._pointed_headline(text) is expected
