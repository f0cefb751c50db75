"""
Web forms (forms.py), captions ending in a credit (captions.py), yes/no widgets on their own
(boxes.py) and affiliate disclosures with a capitalised word of pay (signals.py).

The forms, captions and widgets below were written for these tests after the
rules were frozen, in other words than the rules' examples and in several
languages; none is a line of an evaluation set. Each kind has its negatives:
an article about a comment section, an article quoting a form's legend, a
list whose asterisks a footnote explains, an article about affiliate
marketing, a sentence that speaks of a photo.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_boilerplate_fresh_kinds import BODY, default, doc, gone, web

from textclean._filters.boilerplate.captions import (
    _credit,
    _marked_tails,
    may_hold_caption_credit,
)
from textclean._filters.boilerplate.forms import _marked_ends, may_hold_form
from textclean._filters.boilerplate.signals import affiliate_disclosure

# Forms as a blog prints them under an article, in other words than the rules were written from.
FORMS = {
    "en": ["Join the discussion", "Comments are moderated. Fields marked with * are mandatory.",
           "Your name *", "Your e-mail *", "Homepage", "Remember my details for the next comment.",
           "Send"],
    "sv": ["Skriv en kommentar", "Din e-postadress kommer inte publiceras. Obligatoriska fält är märkta *",
           "Kommentar *", "Namn *", "E-post *", "Webbplats", "Publicera kommentar"],
    "pl": ["Zostaw komentarz", "Twój adres e-mail nie zostanie opublikowany. Pola wymagane oznaczono *",
           "Treść *", "Podpis *", "Adres e-mail *", "Witryna internetowa", "Wyślij"],
    "de": ["Deine Meinung zählt", "Pflichtfelder sind mit * gekennzeichnet.", "Dein Kommentar *",
           "Dein Name *", "Deine E-Mail *", "Absenden"],
    "es": ["Escribe tu opinión", "Los campos con * son obligatorios", "Mensaje *", "Tu nombre *",
           "Tu correo *", "Enviar"],
    "it": ["Dicci la tua", "I campi contrassegnati con * sono obbligatori", "Testo *",
           "Il tuo nome *", "La tua e-mail *", "Invia"],
    "pt": ["Comente", "Preencha os campos obrigatórios (*)", "Seu comentário *", "Seu nome *",
           "Seu e-mail *", "Enviar"],
    "nl": ["Praat mee", "Velden met * zijn verplicht", "Jouw reactie *", "Naam *", "E-mailadres *",
           "Versturen"],
    "ru": ["Оставьте отзыв", "Поля, отмеченные *, обязательны", "Текст отзыва *", "Ваше имя *",
           "Ваш e-mail *", "Отправить"],
    "uk": ["Ваш коментар", "Обов'язкові поля позначено *", "Текст *", "Ім'я *", "Ел. пошта *",
           "Надіслати"],
    "tr": ["Yorum bırakın", "* ile işaretli alanlar zorunludur", "Yorumunuz *", "Adınız *",
           "E-postanız *", "Gönder"],
    "cs": ["Přidat názor", "Pole označená * jsou povinná", "Váš názor *", "Jméno *", "E-mail *",
           "Odeslat"],
}  # fmt: skip


class TestForms:
    @pytest.mark.parametrize("lang", sorted(FORMS))
    @pytest.mark.parametrize("cleaner", [default, web], ids=["default", "web"])
    def test_a_form_under_the_article_goes_whole(self, lang, cleaner):
        """Header, legend, starred fields, optional fields and the button go together."""
        form = FORMS[lang]
        text = doc(bottom=form)
        assert set(gone(text, cleaner)) >= set(form)
        assert all(line in cleaner(text) for line in BODY)

    @pytest.mark.parametrize("lang", ["en", "sv", "pl", "de"])
    def test_a_form_before_more_furniture_goes_too(self, lang):
        """A form between the article and a footer of links goes as well."""
        form = FORMS[lang]
        footer = ["Impressum", "Datenschutz", "Kontakt", "Cookies", "Newsletter"]
        text = doc(bottom=[*form, *footer])
        assert set(gone(text)) >= set(form)

    def test_an_article_quoting_a_legend_stays(self):
        """A legend quoted in a sentence, with no field beside it, is the article's."""
        text = doc(
            middle=[
                'The blog then asked readers to fill in a form: "Fields marked with * are '
                'mandatory", it said, before the comment section was closed for good.'
            ]
        )
        assert default(text) == text

    def test_a_story_about_a_comment_section_stays(self):
        text = doc(
            middle=[
                "Die Zeitung schloss ihre Kommentarspalte, nachdem Leser das Formular missbraucht "
                "hatten.",
                "Name und E-Mail-Adresse mussten angegeben werden, veröffentlicht wurden sie nie.",
            ]
        )
        assert default(text) == text

    @pytest.mark.parametrize(
        "items",
        [
            ["Zutaten:", "Mehl *", "Zucker *", "Eier", "* aus biologischem Anbau"],
            ["Marken im Test:", "Alpha*", "Beta*", "Gamma*", "Delta*", "Epsilon*", "Zeta*",
             "Eta*", "Theta*"],
            ["Notes:", "Model 7 *", "Model 9 *"],
        ],
    )  # fmt: skip
    def test_starred_lists_of_the_body_stay(self, items):
        """A footnote's asterisks, a long list of starred names, numbered models: no form."""
        text = doc(middle=items)
        assert not set(gone(text)) & set(items[1:])

    @given(st.text(alphabet=st.characters(blacklist_characters="*"), max_size=300))
    def test_gate_no_asterisk_no_form(self, text):
        """may_hold_form says no only where forms would find no field (each ends with *)."""
        assert not may_hold_form(text)


class TestYesNoAlone:
    @pytest.mark.parametrize(
        "widget",
        [
            ["Did this page help you?", "Yes", "No"],
            ["Hat Ihnen dieser Beitrag geholfen?", "Ja", "Nein"],
            ["Cette recette vous a-t-elle plu ?", "Oui", "Non"],
            ["¿Te sirvió este artículo?", "Sí", "No"],
            ["Czy ten tekst był przydatny? Tak Nie"],
            ["Была ли эта статья полезна?", "Да", "Нет"],
        ],
    )
    def test_a_yes_no_widget_goes_with_nothing_else_removed(self, widget):
        """The widget alone in a text of prose: no other furniture opens the box stage."""
        text = doc(bottom=widget)
        assert set(gone(text)) == set(widget)

    def test_questions_answered_in_the_article_stay(self):
        text = doc(middle=["Did the council fund it?", "No.", "Will it try again?", "Yes."])
        assert default(text) == text


class TestCaptions:
    @pytest.mark.parametrize(
        "line",
        [
            "Die Bürgermeisterin bei der Eröffnung. Foto: Stadt Musterhausen/Max Muster",
            "Volunteers fill sandbags on Friday.Photo: Jane Roe/Agency",
            "La maire devant la mairie. Photo : Jean Dupont",
            "El alcalde en la plaza. (Foto: EFE)",
            "Il sindaco con i volontari. Foto: Mario Rossi / Ansa",
            "Депутаты на заседании. Фото: Иван Петров",
            "Nowy most nad Wisłą. (Zdjęcie: Jan Kowalski/Agencja)",
            "Das Feld nach dem Sturm. (Quelle: Landwirt/Pixabay)",
            "Kinderen spelen in het park. Beeld: Anna de Vries",
        ],
    )
    def test_a_caption_ending_in_a_credit_goes(self, line):
        assert _credit(line) is not None
        assert gone(doc(middle=[line])) == [line]

    @pytest.mark.parametrize(
        "line",
        [
            "The museum lent us the painting. Photo: it shows the artist in 1920.",
            "Er zeigte uns das Bild: ein Haus am See.",
            "The match ended 2:1 after extra time, and the fans stayed for an hour.",
            "Der Konzern meldete Gewinne. (Foto: Volkswagen)",
            "Foto: Jane Roe/dpa",  # a credit on its own: the first stage's, not a caption
            "Die Studie nennt drei Gründe. Quelle: eine Umfrage unter 500 Lehrern.",
        ],
    )
    def test_no_caption_credit(self, line):
        assert _credit(line) is None

    def test_a_sentence_about_a_photo_stays(self):
        text = doc(middle=["The museum lent us the painting. Photo: it shows the artist in 1920."])
        assert default(text) == text

    @given(st.text(alphabet=st.characters(blacklist_characters=":"), max_size=200))
    def test_gate_no_mark_no_credit(self, text):
        """may_hold_caption_credit says no only where _credit finds none (it needs a mark)."""
        assert not may_hold_caption_credit(text)
        assert _credit(text) is None


_CAPTION_PARTS = st.sampled_from(
    ["Foto", "Photo", ":", " : ", "©", "CC BY 2.0", "CC0", " ", "  ", "\n", "\t", ".", "/",
     "Jane Roe", "AFP", "(", ")", "von", "x" * 85, "Das Bild zeigt den Hafen", "\r"]
)  # fmt: skip


@given(st.lists(_CAPTION_PARTS, max_size=30).map("".join))
def test_marked_tails_hold_every_credit_line(text):
    """The lines _marked_tails picks hold every line a credit ends."""
    tails = _marked_tails(text)
    for index, raw in enumerate(text.split("\n")):
        line = raw.strip()
        if line and _credit(line) is not None:
            assert index in tails


class TestCapitalisedPay:
    @pytest.mark.parametrize(
        "line",
        [
            "Für Links auf dieser Seite erhält das Portal ggf. eine Provision vom Händler.",
            "Kaufen Sie über diese Links, erhalten wir eine Provision. Der Preis bleibt gleich.",
            "Bij aankopen via links op deze pagina ontvangen wij een Vergoeding.",
        ],
    )
    def test_a_capitalised_word_of_pay_discloses(self, line):
        assert affiliate_disclosure(line)

    @pytest.mark.parametrize(
        "line",
        [
            "Die Kommission erhält über diese Links keine Daten.",
            "Die Provision für Makler, die über Links auf ihrer Seite verkaufen, steigt.",
            "Affiliate-Marketing: Händler zahlen Bloggern eine Provision für jeden Kauf.",
        ],
    )
    def test_an_article_about_commissions_discloses_nothing(self, line):
        assert not affiliate_disclosure(line)


class TestRatingInTwoLanguages:
    def test_two_connectors_make_a_rating(self):
        """A page in two languages prints both connectors: the question beside it goes."""
        widget = ["Fanden Sie diesen Artikel hilfreich?", "(41 Stimmen: 3,9 von of 5)"]
        text = doc(bottom=["Weiterlesen", *widget])
        assert set(gone(text)) >= set(widget)

    def test_a_score_in_a_sentence_stays(self):
        text = doc(middle=["Die Heimelf gewann das Spiel am Ende mit 3 zu 5 Toren."])
        assert default(text) == text


class TestProsAndCons:
    @pytest.mark.parametrize(
        "verdict",
        [
            ["Pros", "long battery life", "bright screen", "Cons", "heavy"],
            ["Vorteile", "leise im Betrieb", "einfache Reinigung", "Nachteile", "teurer Filter"],
            ["Zalety", "niska cena", "Wady", "głośna praca", "krótki kabel"],
            ["Ventajas", "fácil de usar", "Desventajas", "poca autonomía"],
        ],
    )
    def test_a_verdict_in_a_page_of_furniture_stays(self, verdict):
        """Pros and cons between a menu and the body: the page stage's run, taken back."""
        menu = ["Start", "Tests", "Software", "Hardware", "Downloads", "Kontakt"]
        text = "\n".join([*menu, *verdict, *BODY])
        kept = default(text)
        assert all(line in kept.split("\n") for line in verdict)


class TestFieldsInWords:
    @pytest.mark.parametrize(
        "form",
        [
            ["Leave a comment", "Your name (required)", "Email (never shown) (required)", "Website",
             "Post"],
            ["Kommentar schreiben", "Name (erforderlich)", "E-Mail (wird nicht angezeigt) (erforderlich)",
             "Webseite", "Abschicken"],
            ["Laisser un commentaire", "Nom (obligatoire)", "Courriel (obligatoire)", "Envoyer"],
            ["Dodaj komentarz", "Imię (wymagane)", "E-mail (wymagane)", "Wyślij"],
        ],
    )  # fmt: skip
    def test_required_in_brackets_marks_a_field(self, form):
        text = doc(bottom=form)
        assert set(gone(text)) >= set(form)

    def test_a_packing_list_stays(self):
        """Required items of a list in the body, no comment form beside them: they stay."""
        items = ["What to bring:", "Passport (required)", "Visa (required)", "Sunscreen"]
        text = doc(middle=items)
        assert default(text) == text


_FORM_PARTS = st.sampled_from(
    [
        "Name",
        " *",
        "*",
        ")",
        "(required)",
        " ",
        "  ",
        "\n",
        "\t",
        "\r",
        "E-Mail",
        "x" * 50,
        "(",
        "a)",
    ]
)


@given(st.lists(_FORM_PARTS, max_size=30).map("".join))
def test_marked_ends_hold_every_line_ending_with_a_mark(text):
    """_marked_ends finds every line whose stripped text ends with * or ) (fields are such)."""
    ends = _marked_ends(text)
    for index, raw in enumerate(text.split("\n")):
        line = raw.strip()
        if line and line[-1] in "*)":
            assert index in ends
