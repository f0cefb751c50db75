"""
Kinds of boilerplate worded freshly (round 3), and prose that mentions the same words.

Each rule has lines that go and sentences of an article that use its words
and stay. The strings were written for these tests, in the 13 languages of
the cue vocabulary; none is a line of an evaluation set.
"""

import pytest

from textclean._filters.boilerplate import RemoveBoilerplate
from textclean._filters.boilerplate.signals import signals
from textclean._filters.boilerplate.vocabulary import FURNITURE_CUES, bracketed_agency

default = RemoveBoilerplate()
web = RemoveBoilerplate(strength="web")
BODY = [
    "The harbour board met on Monday to decide what to do with the old grain silo on the quay."
    " Its owners want to turn it into flats.",
    "Fishermen who use the quay every morning say the lorries would block the only road to the"
    " slipway for months.",
    "A decision is expected in the autumn, after a second round of public consultation.",
]


def doc(*, top=(), middle=(), bottom=()):
    return "\n".join([*top, BODY[0], *middle, BODY[1], BODY[2], *bottom])


def gone(text, cleaner=default):
    return [c.before.strip() for c in cleaner.explain(text)[1] if c.before.strip()]


@pytest.mark.parametrize("cleaner", [default, web], ids=["default", "web"])
class TestFurnitureCues:
    @pytest.mark.parametrize(
        "line",
        [
            "Gå till innehållet",  # skip links
            "İçeriğe atla",
            "Перейти до вмісту",
            "Przejdź do zawartości",
            "Meny",
            "Anasayfa",
        ],
    )
    def test_skip_links_at_the_top_go(self, cleaner, line):
        assert gone(doc(top=[line]), cleaner) == [line]

    @pytest.mark.parametrize(
        "line",
        [
            "Kopiera länken",  # copying the link, sending it by e-mail
            "Linki kopyala",
            "Скопіювати посилання",
            "Link kopiëren",
            "Dela via e-post",
            "Zuletzt geändert am 3. März 2024, 09:15",  # edit stamps
            "Senast uppdaterad 2024-03-03 09:15",
            "Última atualização: 3 de março de 2024 às 09:15",
            "Soyez le premier à réagir",  # comment prompts
            "Bądź pierwszy, skomentuj",
            "Spara artikel",  # bookmarks
            "Favorilere ekle",
            "Back to the top",  # back to top
            "Torna su",
            "Interview by Tom Hale",  # interviews and contributions
            "Propos recueillis par Léa Martin",
            "The Associated Press contributed to this report",
            "(apa)",  # an agency in brackets, in lower case
            "Підтримайте нас — від 99 грн на місяць",  # support-us prompts with a price
            "Stöd oss från 49 kr i månaden",
        ],
    )
    def test_furniture_at_the_bottom_goes(self, cleaner, line):
        assert gone(doc(bottom=[line]), cleaner) == [line]

    @pytest.mark.parametrize(
        "lines",
        [
            ["Mehr aus Wirtschaft:", "Bäckerei schließt nach 90 Jahren", "Neuer Markt am Hafen"],
            ["En çok okunanlar", "Köprü trafiğe kapandı", "Belediye yeni otobüs aldı"],
            ["Fler från Sport", "Klubben värvar ny tränare", "Derbyt flyttas till lördag"],
            ["Teman", "Hamn", "Fiske"],
            ["Themes", "Harbours", "Local planning"],
            ["Relaterade artiklar", "Hamnen får ny kaj", "Färjan ställs in i helgen"],
            ["Вас може зацікавити", "У порту відкрили новий причал", "Пором до острова скасували"],
        ],
    )
    def test_header_and_list_go_as_one(self, cleaner, lines):
        assert gone(doc(bottom=lines), cleaner) == lines

    @pytest.mark.parametrize(
        "line",
        [
            "Readers can copy the link to the board's survey and send it by e-mail to friends.",
            "The plans were last modified in 2019, when the board changed the height limit.",
            "More from the archive will go on show at the maritime museum next spring.",
            "She asked residents to support the campaign, which has raised £2,000 this month.",
            "Next up for the board is a vote on the new ferry timetable in June.",
            "Den som vill kan kopiera länken till enkäten och dela den via e-post.",
            "Bir sonraki toplantıda liman için yeni bir öneri sunulacak, dedi başkan.",
        ],
    )
    def test_prose_that_mentions_the_words_stays(self, cleaner, line):
        for text in (doc(top=[line]), doc(middle=[line]), doc(bottom=[line])):
            assert gone(text, cleaner) == []

    @pytest.mark.parametrize("heading", ["Themes", "Reactions", "Notifications", "Spara"])
    def test_a_cue_word_between_paragraphs_is_a_subheading(self, cleaner, heading):
        assert gone(doc(middle=[heading]), cleaner) == []


class TestLinkLabels:
    @pytest.mark.parametrize(
        "line",
        [
            "À lire aussi : Le port de pêche change de mains",
            "Раніше ми писали: Міст через річку відкриють восени",
            "Up next: Ferry fares to rise in the spring",
        ],
    )
    def test_a_label_and_a_headline_in_the_body_go(self, line):
        assert gone(doc(middle=[line])) == [line]

    def test_a_colon_after_a_plain_word_is_no_label(self):
        line = "Also at stake : the future of the slipway"
        assert not signals(line).start_cue


class TestAgencyInBrackets:
    def test_short_names_in_brackets(self):
        assert bracketed_agency("(dpa)")
        assert bracketed_agency("(apa/sda)")
        assert not bracketed_agency("(about 300 people)")
        assert not bracketed_agency("(1998)")


class TestVocabulary:
    def test_cues_are_lower_case_and_unique_per_kind(self):
        for category, phrases in FURNITURE_CUES.items():
            assert len(set(phrases)) == len(phrases), category
            assert all(phrase == phrase.casefold() for phrase in phrases), category


class TestSentencesAnywhere:
    """Affiliate disclosures and sign-up prompts go from the body of a page with furniture."""

    @staticmethod
    def page(line):
        # a title and a share button: a text of prose only is not measured (the fast path)
        return doc(top=["Harbour silo to become flats"], middle=[line], bottom=["Share"])

    @pytest.mark.parametrize(
        "line",
        [
            "We earn a small commission when you shop through the links on this page.",
            "Dieser Artikel enthält Affiliate-Links: Wir erhalten eine Provision.",
            "Questo articolo contiene link di affiliazione.",
            "Bu sayfadaki bağlantılar üzerinden yapılan alımlardan komisyon kazanabiliriz.",
            "Subscribe to our weekly newsletter and never miss a harbour story.",
            "Abonnieren Sie unseren Newsletter und lesen Sie mehr über den Hafen.",
            "Iscriviti alla nostra newsletter per ricevere le notizie del porto.",
            "Haftalık bültenimize abone olun, liman haberlerini kaçırmayın.",
        ],
    )
    def test_in_the_body_it_goes(self, line):
        assert gone(self.page(line)) == [line, "Share"]

    @pytest.mark.parametrize(
        "line",
        [
            # in the body; at the ends, a sentence with a shop cue about this
            # page is asked as a call to action, as before these rules
            "The Commission put links to the full report on this page of its website.",
            "The estate agent took a commission of five per cent on the sale of the silo.",
            "Dieser Artikel erklärt, wie die Provision des Maklers berechnet wird.",
            "Join our team of volunteers at the harbour this summer, the club said.",
            "Register your boat with the harbour office before the end of March.",
            "The club asked members to subscribe to the new mooring scheme by May.",
            "Our newsletter editor said subscribers had doubled since the spring.",
        ],
    )
    def test_prose_with_the_same_words_stays(self, line):
        assert gone(self.page(line)) == ["Share"]


class TestStaffBios:
    @pytest.mark.parametrize(
        "line",
        [
            "Tom Reed has covered the harbour for the paper since 2017.",
            "Greta Lindqvist skriver för tidningen om hamnen sedan 2015.",
            "Jean du Pré couvre la mer pour la rédaction depuis 2012.",
            "Lukas Brandt berichtet seit 2019 für unsere Zeitung über den Hafen.",
        ],
    )
    def test_a_staff_bio_after_the_body_goes(self, line):
        assert gone(doc(bottom=[line])) == [line]

    @pytest.mark.parametrize(
        "line",
        [
            "Harbour master Tom Reed has covered the costs for the club since 2017.",
            "Greta Lindqvist skriver brev till kommunen om hamnen varje vecka.",
            "The minister covered the bill for the paper mill since 2019, he said.",
        ],
    )
    def test_prose_about_people_stays(self, line):
        assert gone(doc(bottom=[line])) == []

    def test_all_articles_of_an_author(self):
        line = "Ver todos os artigos de Rita Soares"
        assert gone(doc(top=[line])) == [line]


class TestNameAndRoleLines:
    @pytest.mark.parametrize(
        "lines",
        [
            ["Dr. Helga Brandt", "Redakteurin"],
            ["Tomás Ruiz Vega", "Senior Correspondent"],
            ["Oksana Melnyk", "Кореспондентка"],
        ],
    )
    def test_a_name_and_its_role_at_the_bottom_go(self, lines):
        assert gone(doc(bottom=[*lines, "Teilen"])) == [*lines, "Teilen"]

    def test_a_role_word_between_paragraphs_stays(self):
        assert gone(doc(middle=["Reporter"])) == []

    def test_a_name_above_a_kept_line_stays(self):
        assert gone(doc(bottom=["Helga Brandt", "Reporter wanted for the harbour desk"])) == []


class TestLineShapes:
    @pytest.mark.parametrize(
        "line",
        [
            "Última actualización el 3 de marzo de 2024 a las 09:15",  # a long edit stamp
            "Usiamo cookie tecnici e di terze parti per la pubblicità. Accetta | Rifiuta",
            "Additional reporting by Sam Hale in Dover; editing by Ruth Cole",
        ],
    )
    def test_lines_with_their_evidence_go_in_the_body(self, line):
        assert gone(doc(middle=[line])) == [line]

    def test_an_imperative_after_a_colon_is_an_offer(self):
        line = "Never miss a story: enable notifications for our app"
        assert signals(line).imperative
        assert gone(doc(top=[line])) == [line]

    @pytest.mark.parametrize(
        "line",
        [
            "The harbour was last updated on 3 March 2024 at 09:15, the board said.",
            "Bakers use cookies and biscuits from the village shop for the festival.",
            "Additional reporting by pupils at the harbour school made the survey possible.",
        ],
    )
    def test_prose_with_the_same_words_stays(self, line):
        assert gone(doc(middle=[line])) == []
