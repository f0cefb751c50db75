"""
Advertisements' labels and the offers they label, and sign-up boxes (boxes.py).

The lines were written for these tests after the rules were frozen, in
several of the cue vocabulary's languages; none is a line of an evaluation
set. Each kind has lines that go and sentences of an article that stay.
"""

import pytest
from test_boilerplate_fresh_kinds import BODY, default, doc, gone, web

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

    def test_a_one_word_label_does_not_bridge_a_box(self, cleaner):
        """A word between a removed prompt and a prompt's sentence is a label, not the pitch."""
        lines = [
            "Log in to your account",
            "Latitude",
            "Check that your email address is right: we send the confirmation there.",
        ]
        assert "Latitude" not in gone(doc(bottom=lines), cleaner)

    @pytest.mark.parametrize(
        "lines",
        [
            [
                "Officials said they would accept help and free supplies from neighbouring"
                " countries.",
                "By signing up you agree to our terms of use.",
            ],
            [
                "Die Behörden wollen die Bedingungen akzeptieren und die Hilfe kostenlos"
                " verteilen.",
                "Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung.",
            ],
            [
                "Los bomberos decidieron aceptar la ayuda gratis y las condiciones de los"
                " pueblos vecinos.",
                "Suscríbete a nuestro boletín",
            ],
            [
                "La mairie a dit qu'elle allait accepter les conditions, et l'entrée restera"
                " gratuite.",
                "Inscrivez-vous à notre newsletter",
                "En vous inscrivant, vous acceptez notre politique de confidentialité.",
            ],
        ],
        ids=["en", "de", "es", "fr"],
    )
    def test_the_last_sentence_about_others_above_a_sign_up_line_stays(self, cleaner, lines):
        """Words a consent form uses too ("accept", "free") make no box's line of a sentence."""
        assert lines[0] not in gone(doc(bottom=lines), cleaner)

    @pytest.mark.parametrize(
        "line",
        [
            "The union would make every driver a member within a year, its leaders told us.",
            "Die Gewerkschaft will jeden Fahrer binnen eines Jahres als Mitglied, sagte man uns.",
            "El sindicato quiere que cada conductor sea miembro en un año, nos dijeron.",
        ],
        ids=["en", "de", "es"],
    )
    def test_a_reporters_us_above_a_consent_line_stays(self, cleaner, line):
        """'Us' alone is the reporter's as often as the site's: no box's line without a sign-up word."""
        bottom = [line, "By signing up you agree to our terms of use."]
        assert line not in gone(doc(bottom=bottom), cleaner)

    def test_a_sentence_with_an_articles_prompt_words_under_a_field_stays(self, cleaner):
        """'free' and 'member' are an article's words too: under an e-mail field, no pitch."""
        line = "The clinic offers free check-ups to every member of the fishing cooperative."
        for where in ("middle", "bottom"):
            assert line not in gone(doc(**{where: ["Enter your email address", line]}), cleaner)

    @pytest.mark.parametrize(
        "box",
        [
            [
                "Newsletter",
                "Die wichtigsten Nachrichten des Tages, jeden Morgen im Newsletter.",
                "Jetzt anmelden",
            ],
            [
                "Inscrivez-vous à notre newsletter",
                "En vous inscrivant, vous acceptez notre politique de confidentialité.",
            ],
        ],
    )
    def test_a_pitch_naming_the_newsletter_goes_with_its_box(self, cleaner, box):
        """A pitch that speaks of no one goes when it names the newsletter, a word of signing up."""
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


FOOTER = ["Leave a comment", "Your email address will not be published."]


@pytest.mark.parametrize("cleaner", [default, web], ids=["default", "web"])
class TestAuthorBoxes:
    @pytest.mark.parametrize(
        "box",
        [
            ["Mara Lindqvist", "Mara Lindqvist schreibt seit 2015 über Verkehr und Stadtplanung."],
            ["Dr. Tomás Ferreira", "Tomás Ferreira es geógrafo y escribe sobre costas y puertos."],
            [
                "Ines Vogel",
                "Hallo, ich bin Ines und backe seit meiner Kindheit jeden Sonntag mit meiner Oma.",
            ],
            ["À propos de Lucie", "Je suis Lucie, photographe à Nantes, et je raconte les ports."],
            ["Piet de Graaf", "Ik ben Piet en ik schrijf over vissers, havens en het weer."],
        ],
    )
    def test_a_name_and_its_bio_above_a_comment_form_go(self, cleaner, box):
        """A name line, then a bio opening with the name or in the first person, then a form."""
        removed = gone(doc(bottom=[*box, *FOOTER]), cleaner)
        assert removed[: len(box)] == box

    def test_an_interview_answer_under_a_speaker_stays(self, cleaner):
        """A speaker's name over an answer in the first person, with prose below, is the article."""
        lines = [
            "Anna Berg",
            "Ich bin seit zehn Jahren Fischerin und habe so einen Winter noch nie erlebt.",
            "The board said it would answer her questions at the next meeting, in public.",
        ]
        assert gone(doc(bottom=lines), cleaner) == []

    def test_a_subheading_over_a_paragraph_with_its_word_stays(self, cleaner):
        """'Slots' over 'Slots are ...' is a subheading: one capitalised word is no name."""
        lines = ["Slots", "Slots are a mechanism that reduces the memory used by instances."]
        assert gone(doc(bottom=[*lines, *FOOTER]), cleaner)[:1] == FOOTER[:1]

    def test_a_quotation_in_the_first_person_is_no_bio(self, cleaner):
        """'She said, "I ..."' under a name is a quotation in the article, not a self-description."""
        lines = [
            "Jane Roe",
            'She said, "I have fished here for thirty years and I will not stop now."',
        ]
        assert gone(doc(bottom=[*lines, *FOOTER]), cleaner)[:1] == FOOTER[:1]

    def test_a_list_of_names_above_a_bio_keeps_the_box(self, cleaner):
        """With many lines that stay between the body and the box, the box stays (they would go)."""
        names = [f"{n}. Harbour Master {chr(65 + n)}" for n in range(1, 7)]
        lines = [*names, "Mara Lindqvist", "Mara Lindqvist schreibt über Verkehr und Häfen."]
        assert "Mara Lindqvist" not in gone(doc(bottom=[*lines, *FOOTER]), cleaner)


@pytest.mark.parametrize("cleaner", [default, web], ids=["default", "web"])
class TestAmbiguousSelfIntroductions:
    @pytest.mark.parametrize(
        "line",
        [
            "Ben locked the harbour office at six, the reporter who waited outside said.",
            "Sono arrivati tardi anche il fotografo e la nostra inviata, bloccati dal traffico.",
            "Ben Hollis, a photographer from the town, filmed the ferry as it left the quay.",
        ],
    )
    def test_a_closing_line_opening_with_ben_or_sono_stays(self, cleaner, line):
        """'Ben' (a name) or 'Sono' (Italian 'they are') before a role far on is the article."""
        assert gone(doc(bottom=[line]), cleaner) == []

    @pytest.mark.parametrize(
        "line",
        [
            "Sono giornalista e scrivo di porti e di pesca dal 2012.",
            "Sono una fotografa freelance e vivo a Genova con due gatti.",
        ],
    )
    def test_a_self_introduction_with_its_role_at_once_goes(self, cleaner, line):
        """'Sono giornalista ...' after the body is the author's bio."""
        assert gone(doc(bottom=[line]), cleaner) == [line]


class TestListsOfStringsInWeb:
    HELP = (
        "Mit Lesezeichen merken Sie sich Seiten, die Sie später wieder lesen möchten. Sie"
        " finden alle gespeicherten Seiten in der Liste unten."
    )

    def test_strings_naming_the_same_thing_stay(self):
        """'Lesezeichen anlegen', '... umbenennen', '... löschen' under a help text are no menu."""
        strings = ["Lesezeichen anlegen", "Lesezeichen umbenennen", "Lesezeichen löschen"]
        text = "\n".join([self.HELP, *strings])
        assert gone(text, web) == []

    def test_a_menu_of_different_places_still_goes(self):
        """A page's last lines naming different places go in web, as before."""
        menu = ["Politik", "Wirtschaft", "Sport"]
        assert gone(doc(bottom=menu), web) == menu


@pytest.mark.parametrize("cleaner", [default, web], ids=["default", "web"])
class TestSiteDescriptions:
    @pytest.mark.parametrize(
        "box",
        [
            ["À propos", "Nous publions depuis 2009 les nouvelles des ports de la Manche."],
            ["Chi siamo", "Siamo un'associazione di pescatori e raccontiamo il nostro mare."],
        ],
    )
    def test_a_description_under_about_us_above_the_footer_goes(self, cleaner, box):
        """The site speaking of itself under its About header, then the footer's links."""
        assert gone(doc(bottom=[*box, *FOOTER]), cleaner)[: len(box)] == box

    def test_an_about_section_with_the_article_below_stays(self, cleaner):
        """An 'About' subheading and a paragraph in 'we' followed by more of the article stay."""
        lines = ["About", "We asked the harbour board about the silo and the road twice in May."]
        text = "\n".join([*BODY, *lines, BODY[2]])
        assert gone(text, cleaner) == []


@pytest.mark.parametrize("cleaner", [default, web], ids=["default", "web"])
class TestRatingWidgets:
    def test_a_question_about_the_page_and_its_rating_go(self, cleaner):
        """'¿Te ha sido útil este artículo?' over '4,2 de 5 (37 votos)' is a rating widget."""
        widget = ["¿Te ha sido útil este artículo?", "4,2 de 5 (37 votos)"]
        assert gone(doc(middle=widget), cleaner) == widget

    def test_a_question_in_the_article_stays(self, cleaner):
        """A subheading asking about an article, between paragraphs, with no rating, stays."""
        line = "Why did the article in the local paper anger the fishermen?"
        assert gone(doc(middle=[line]), cleaner) == []

    def test_a_score_in_a_review_without_the_question_stays(self, cleaner):
        """'4 out of 5' in a review, with no question about the page beside it, stays."""
        assert gone(doc(middle=["Our verdict: 4 out of 5"]), cleaner) == []
