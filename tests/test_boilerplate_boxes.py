"""
Advertisements' labels and the offers they label, and sign-up boxes (boxes.py).

The lines were written for these tests after the rules were frozen, in
several of the cue vocabulary's languages; none is a line of an evaluation
set. Each kind has lines that go and sentences of an article that stay.
"""

import pytest
from test_boilerplate_fresh_kinds import default, doc, gone, web

from textclean._filters.boilerplate.boxes import ad_label, ad_prefix


class TestAdLabel:
    @pytest.mark.parametrize(
        "line",
        ["— Publicité —", "[Reklama]", "*** ADVERTISEMENT ***", "· Sponsorowane ·",
         "(Pubblicità)", "« Реклама »", "- Inzerce -", "| Annons |", "-- Publicidad --"],
    )  # fmt: skip
    def test_a_label_in_any_decoration_is_a_label(self, line):
        """A marker word alone, between dashes, brackets or stars, is an advertisement's label."""
        assert ad_label(line)

    @pytest.mark.parametrize(
        "line",
        ["Anzeige erstatten", "Advertisement revenue", "Werbung wirkt", "Sponsored by the city",
         "- Anzeigetafel -"],
    )  # fmt: skip
    def test_words_around_the_marker_make_no_label(self, line):
        """A marker inside words of a phrase, or as part of a longer word, is no label."""
        assert not ad_label(line)


class TestAdPrefix:
    @pytest.mark.parametrize(
        "line",
        [
            "WERBUNG | Die neue Kaffeemaschine im Test",
            "PUBLICIDAD - Descubre las ofertas de primavera",
            "[Sponsored] Five ways to cut your energy bill",
            "Reklama. Sprawdź nowe konto bez opłat",
            "REKLAM — Yeni kampanyayı keşfedin",
        ],
    )
    def test_a_label_before_a_separator_opens_an_ad(self, line):
        """A marker, then a dash, a bar, a bracket or a full stop, then the ad's text."""
        assert ad_prefix(line)

    @pytest.mark.parametrize(
        "line",
        [
            "Anzeige gegen den Fahrer wurde erstattet.",
            "Werbung: wie Kinder sie sehen und was Eltern tun können",
            "Advertisement revenue fell by 12 percent in the quarter.",
            "Sponsored by the city, the festival runs until Sunday.",
            "Publicidad engañosa: la multa fue de 3.000 euros.",
        ],
    )
    def test_a_sentence_about_advertising_is_no_ad(self, line):
        """A marker as a sentence's subject, or before a colon (a section's theme), opens no ad."""
        assert not ad_prefix(line)


@pytest.mark.parametrize("cleaner", [default, web], ids=["default", "web"])
class TestAdvertisements:
    def test_a_decorated_label_in_the_middle_goes(self, cleaner):
        """'— Publicité —' between two paragraphs is an ad slot's leftover."""
        assert gone(doc(middle=["— Publicité —"]), cleaner) == ["— Publicité —"]

    def test_a_line_opened_by_a_label_goes(self, cleaner):
        """'PUBLICIDAD - ...' is an ad, wherever it sits."""
        line = "PUBLICIDAD - Descubre las ofertas de primavera en nuestra tienda"
        assert gone(doc(middle=[line]), cleaner) == [line]

    def test_offers_under_a_label_go_with_it(self, cleaner):
        """The short lines naming prices below a label of its own are what it labels."""
        offers = [
            "Kaffeevollautomat X200 für 349 Euro statt 499 Euro [Angebot]",
            "Espressomaschine Mini ab 89,90 €",
        ]
        assert gone(doc(middle=["- Anzeige -", *offers]), cleaner) == ["- Anzeige -", *offers]

    def test_a_sentence_with_a_price_under_a_label_stays(self, cleaner):
        """A paragraph below an ad slot, naming a sum, is the article's."""
        line = "The council approved a budget of 3 million euros for the repairs on Tuesday."
        assert gone(doc(middle=["- Advertisement -", line]), cleaner) == ["- Advertisement -"]

    def test_prices_without_a_label_stay(self, cleaner):
        """A list of prices in an article, with no advertisement's label above it, stays."""
        lines = ["Fish at the market: 12 € a kilo", "Mussels: 6 € a kilo"]
        assert gone(doc(middle=lines), cleaner) == []


@pytest.mark.parametrize("cleaner", [default, web], ids=["default", "web"])
class TestSignUpBoxes:
    @pytest.mark.parametrize(
        "box",
        [
            [
                "Unser Newsletter",
                "Einmal pro Woche die wichtigsten Meldungen direkt in Ihr Postfach.",
                "Jetzt kostenlos abonnieren",
            ],
            [
                "Newsletter",
                "Get our best stories delivered to your inbox every Friday.",
                "Subscribe",
            ],
        ],
    )
    def test_a_box_of_prompt_lines_at_the_end_goes(self, cleaner, box):
        """A header, its pitch and its button at the end of the text go as one box."""
        assert gone(doc(bottom=box), cleaner) == box

    def test_a_paragraph_about_a_newsletter_stays(self, cleaner):
        """Sentences of the article that mention a newsletter and subscribers are prose."""
        lines = [
            "The association sends a newsletter to its 4,000 members every month, and the number"
            " of subscribers doubled after the flood.",
            "Its editor says the newsletter is the only place where the fishermen's side of the"
            " story is told in full.",
        ]
        assert gone(doc(middle=lines), cleaner) == []
