"""
Comment notices (notices.py) and sign-up boxes (signups.py).

The notices and boxes below were written for these tests after the rules
were frozen, in other words than the rules' examples and in several
languages; none is a line of an evaluation set. Each kind has its
negatives: a news story about a site closing its comments, an article that
quotes a newsletter's pitch, an article about a privacy policy, a story
about a reporter who moderates a forum.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_boilerplate_fresh_kinds import BODY, default, doc, gone, web

from textclean._filters.boilerplate.notices import comment_notice
from textclean._filters.boilerplate.signups import consent, email_field

SHARE = "Share on Facebook"
RELATED = ["Related articles", "Storm closes the ferry route", "New bakery opens on Main Street"]

# Who may comment and how comments are handled, as comment sections print it.
NOTICES = {
    "en": "Only registered readers can join the comments. Log in or create a free account.",
    "en2": "We review every comment before it appears; abusive posts will be deleted.",
    "de": "Nur angemeldete Nutzer können hier einen Kommentar schreiben.",
    "de2": "Kommentare erscheinen erst, nachdem die Redaktion sie geprüft hat.",
    "fr": "Vous devez être connecté pour publier un commentaire.",
    "es": "Inicia sesión con tu cuenta para dejar un comentario.",
    "it": "Per commentare è necessario essere registrati al sito.",
    "pt": "Os comentários são moderados e podem demorar a aparecer.",
    "nl": "Je moet ingelogd zijn om een reactie te plaatsen. Registreer je gratis.",
    "pl": "Aby dodać komentarz, musisz się zalogować.",
    "ru": "Чтобы оставить комментарий, войдите на сайт или зарегистрируйтесь.",
    "tr": "Yorum yapabilmek için giriş yapmanız gerekiyor.",
}  # fmt: skip

# Sentences of a story that speak of comments, accounts and moderation.
STORIES = [
    "The newspaper said on Friday that it would close the comments under its articles after"
    " moderators could no longer keep up with the abuse.",
    "Readers who want to comment will need to register with their real names from next month,"
    " the editor told staff in a memo.",
    "Die Zeitung kündigte an, Kommentare künftig nur noch nach Prüfung durch die Redaktion"
    " freizuschalten, weil die Moderation zu teuer geworden sei.",
]


class TestCommentNotices:
    @pytest.mark.parametrize("lang", sorted(NOTICES))
    def test_a_notice_beside_the_comment_furniture_goes(self, lang):
        """A notice of any wording goes when furniture stands beside it after the body."""
        text = doc(bottom=[SHARE, NOTICES[lang], *RELATED])
        assert NOTICES[lang] in gone(text)
        assert BODY[2] not in gone(text)

    def test_a_notice_right_under_a_paragraph_stays(self):
        """A line right under a paragraph of prose goes on with the article."""
        paragraph = BODY[0] + " " + BODY[1]
        text = "\n".join([*BODY, paragraph, STORIES[1], SHARE])
        assert STORIES[1] not in gone(text)

    @pytest.mark.parametrize("story", STORIES)
    @pytest.mark.parametrize("cleaner", [default, web], ids=["default", "web"])
    def test_a_story_about_comments_stays(self, story, cleaner):
        """A story's sentence about comments and moderation between paragraphs stays."""
        text = doc(middle=[story], bottom=[SHARE])
        assert story not in gone(text, cleaner)

    @pytest.mark.parametrize("story", STORIES)
    def test_a_story_ending_with_comments_stays_without_furniture(self, story):
        """The last paragraph of a story about a comment section, with no furniture, stays."""
        assert gone(doc(bottom=[story])) == []

    @pytest.mark.parametrize(
        "sentence",
        [
            "The minister declined to comment on the state of his bank account.",
            "Police said the comments posted on the account had been deleted.",
            "Der Minister sagte, er lese keine Kommentare zu seinem Konto in der Schweiz.",
            "El ministro dijo que no comentará el estado de su cuenta bancaria.",
            "De minister zei dat hij geen commentaar geeft op zijn account.",
        ],
    )
    @pytest.mark.parametrize("cleaner", [default, web], ids=["default", "web"])
    def test_a_last_sentence_about_someone_above_furniture_stays(self, sentence, cleaner):
        """A commenting word and an account's, in a sentence about someone, make no notice."""
        assert sentence not in gone(doc(bottom=[sentence, SHARE]), cleaner)

    def test_a_notice_above_the_body_stays(self):
        """Above the body nothing tells a notice from the story's opening."""
        notice = NOTICES["de"]
        assert notice not in gone("\n".join([SHARE, notice, *BODY]))

    def test_lines_held_above_the_notice_keep_it(self):
        """A notice that bounds lines kept under the body (a listing) stays, and so do they."""
        listing = ["import os", "print(os.sep)", "x = 1", "y = 2"]
        text = "\n".join([*BODY, *listing, NOTICES["en2"], SHARE])
        removed = gone(text)
        assert NOTICES["en2"] not in removed
        assert not set(listing) & set(removed)

    @pytest.mark.parametrize(
        "line",
        [
            "The minister declined to comment on the registry.",
            "Kommentar löschen",  # a button: no sentence
            "Comments",
            "She registered the company in 2019 and never commented on it.",  # about someone
        ],
    )
    def test_not_a_notice(self, line):
        """A sentence without both kinds of word, a button, or a sentence about someone is none."""
        assert not comment_notice(line)

    @given(st.lists(st.sampled_from([*NOTICES.values(), *STORIES, SHARE, *BODY]), max_size=8))
    def test_idempotent(self, lines):
        """Cleaning twice gives what cleaning once gives."""
        once = default("\n".join(lines))
        assert default(once) == once


# Sign-up boxes: a header, a pitch, the form (field, consent, button).
BOXES = {
    "en": ["Get the morning briefing", "Five stories worth your time, every weekday at 7am.",
           "Your email address", "Sign me up",
           "By subscribing you accept our privacy notice; unsubscribe at any time."],
    "de": ["Unser Wochenrückblick", "Jeden Sonntag das Wichtigste aus der Region.",
           "Ihre E-Mail", "Jetzt abonnieren"],
    "fr": ["Recevez notre lettre d'information", "Chaque vendredi, le meilleur de la semaine.",
           "Adresse e-mail", "Je m'inscris"],
    "es": ["Suscríbete al boletín", "Las noticias del día, cada mañana en tu correo.",
           "Correo electrónico",
           "Al registrarte aceptas nuestra política de privacidad."],
    "it": ["Iscriviti alla newsletter", "Ogni giorno le notizie più lette.", "Indirizzo email",
           "Iscrivendoti accetti l'informativa sulla privacy."],
    "pt": ["Assine a nossa newsletter", "Receba as principais notícias da semana.",
           "Seu e-mail", "Ao assinar, concorda com a política de privacidade."],
    "nl": ["Schrijf je in voor de nieuwsbrief", "Elke ochtend het belangrijkste nieuws.",
           "E-mailadres", "Inschrijven"],
    "pl": ["Zapisz się do newslettera", "Najważniejsze informacje raz w tygodniu.",
           "Adres e-mail", "Zapisz się"],
}  # fmt: skip

# A story that quotes a pitch or speaks of a privacy policy, with no form.
QUOTES = [
    [
        "Why local newsletters last",
        "Why do readers still open e-mail from their local paper?",
        "Editors say the answer is habit: the email arrives at the same time every morning, and"
        " readers agree to the privacy terms once and never think of them again.",
    ],
    [
        "Subscribe to our newsletter",
        "The slogan ran on every page of the site for a decade.",
        "Critics said the privacy policy that came with it let the company share data with"
        " advertisers, and regulators agreed.",
    ],
]
# Headers that name their offer without a cue word: the box is missed (found
# after the rules were frozen; a header is told by a prompt's cue or e-mail).
UNCUED_HEADERS = {"en", "de"}


class TestSignUpBoxes:
    @pytest.mark.parametrize(
        "lang",
        [
            pytest.param(
                lang,
                marks=pytest.mark.xfail(
                    strict=True, reason="a header without a prompt's cue is not told as one"
                ),
            )
            if lang in UNCUED_HEADERS
            else lang
            for lang in sorted(BOXES)
        ],
    )
    @pytest.mark.parametrize("cleaner", [default, web], ids=["default", "web"])
    def test_a_box_under_the_article_goes_whole(self, lang, cleaner):
        """Header, pitch, field and consent go together, whatever their words."""
        box = BOXES[lang]
        removed = gone(doc(bottom=[*box, SHARE]), cleaner)
        assert set(box) <= set(removed)
        assert not set(BODY) & set(removed)

    @pytest.mark.parametrize("quote", range(len(QUOTES)))
    @pytest.mark.parametrize("cleaner", [default, web], ids=["default", "web"])
    def test_a_story_quoting_a_pitch_stays(self, quote, cleaner):
        """Sentences about a newsletter or a privacy policy, with no form under them, stay."""
        lines = QUOTES[quote]
        removed = gone(doc(middle=lines, bottom=[SHARE]), cleaner)
        assert not set(lines[1:]) & set(removed)

    def test_a_field_without_a_header_stays(self):
        """An e-mail line in the body with no sign-up header above it is not a box."""
        text = doc(middle=["Write to the newsroom", "Email"], bottom=[SHARE])
        assert gone(text) == [SHARE]

    @pytest.mark.parametrize(
        ("line", "field"),
        [
            ("E-mail", True),
            ("Your e-mail address (required)", True),
            ("Электронная почта", True),
            ("Email the mayor's office about it.", False),
            ("The e-mail he sent to the whole department was leaked", False),
        ],
    )
    def test_email_field(self, line, field):
        """A field names the address in a few words and is no sentence."""
        assert email_field(line) is field

    @pytest.mark.parametrize(
        ("line", "agrees"),
        [
            ("Ich stimme der Datenschutzerklärung zu.", True),
            ("Zapisując się, akceptujesz politykę prywatności.", True),
            ("The privacy policy was updated in May.", False),
        ],
    )
    def test_consent(self, line, agrees):
        """Consent names the privacy policy and agreeing or signing up."""
        assert consent(line) is agrees
