"""remove_boilerplate: catalog categories with negatives, position rules, author bios, properties."""

import re

import pytest
from faker import Faker
from hypothesis import given
from hypothesis import strategies as st

from textclean import Cleaner, UnknownNameError
from textclean._filters.boilerplate import (
    RemoveBoilerplate,
    normalize_line,
    remove_boilerplate,
)
from textclean._filters.boilerplate.bios import HEADER_TRIM, NAME_LINE_MAX_SPACES, may_be_short
from textclean._filters.boilerplate.catalog import LineMatcher

remove = RemoveBoilerplate()
BODY = [
    "The council met on Tuesday to discuss the new budget for the coming year. It was"
    " the first meeting since the election.",
    "Members argued for three hours before agreeing on a compromise that pleased few.",
    "The mayor said the plan would be reviewed again in the spring.",
]


def article(*, top=(), middle=(), bottom=()):
    return "\n\n".join([*top, BODY[0], *middle, BODY[1], BODY[2], *bottom])


def removed_lines(text, cleaner=remove):
    _, changes = cleaner.explain(text)
    return [c.before.strip() for c in changes if c.before.strip()]


class TestCategories:
    @pytest.mark.parametrize(
        ("line", "category"),
        [
            ("Leave a Reply", "comment_form"),
            ("Leave a Reply Cancel reply", "comment_form"),
            (
                "Your email address will not be published. Required fields are marked *",
                "comment_form",
            ),
            (
                "Save my name, email, and website in this browser for the next time I comment.",
                "comment_form",
            ),
            ("Post Comment", "comment_form"),
            ("Share this:", "share_widget"),
            ("Click to share on Twitter (Opens in new window)", "share_widget"),
            ("Like this:", "share_widget"),
            ("Like Loading...", "share_widget"),
            ("Share on Facebook", "share_widget"),
            ("Back to top button", "site_furniture"),
            ("Related Articles", "site_furniture"),
            ("Related Posts", "site_furniture"),
            ("You May Also Like", "site_furniture"),
            ("Read More", "site_furniture"),
            ("Continue reading", "site_furniture"),
            ("Skip to content", "site_furniture"),
            ("Advertisement", "site_furniture"),
            ("Source link", "aggregator_footer"),
            ("Source: Reuters", "aggregator_footer"),
            ("Originally published at The Conversation.", "aggregator_footer"),
            ("This article was originally published on Medium.", "aggregator_footer"),
            (
                "(Except for the headline, this story has not been edited by NDTV staff and is "
                "published from a syndicated feed.)",
                "syndication",
            ),
            (
                "(Only the headline and picture of this report may have been reworked by the "
                "Business Standard staff; the rest of the content is auto-generated from a "
                "syndicated feed.)",
                "syndication",
            ),
            ("(With inputs from PTI)", "syndication"),
            (
                "This material may not be published, broadcast, rewritten or redistributed.",
                "syndication",
            ),
            ("Sign up for our newsletter to get the latest stories.", "prompt"),
            ("This website uses cookies to improve your experience.", "prompt"),
            ("Privacy Policy | Terms of Use", "prompt"),
            ("Follow us on Twitter and Facebook", "prompt"),
            ("© 2022 Example Media. All rights reserved.", "copyright"),
            # other languages
            ("Schreibe einen Kommentar", "comment_form"),
            (
                "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
                "comment_form",
            ),
            ("Laisser un commentaire", "comment_form"),
            (
                "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
                "comment_form",
            ),
            ("Deja una respuesta", "comment_form"),
            ("Lascia un commento", "comment_form"),
            ("Deixe um comentário", "comment_form"),
            ("Добавить комментарий", "comment_form"),
            ("Ваш адрес email не будет опубликован. Обязательные поля помечены *", "comment_form"),
            ("Teilen mit:", "share_widget"),
            ("Поделиться:", "share_widget"),
            ("Ähnliche Beiträge", "site_furniture"),
            ("Articles similaires", "site_furniture"),
            ("Artículos relacionados", "site_furniture"),
            ("Articoli correlati", "site_furniture"),
            ("Leia mais", "site_furniture"),
            ("Похожие записи", "site_furniture"),
            ("Zum Inhalt springen", "site_furniture"),
        ],
    )
    def test_line_at_bottom_removed_with_category(self, line, category):
        """Each catalog line goes at the bottom of an article, and explain names its category."""
        text = article(bottom=[line])
        _, changes = remove.explain(text)
        assert remove(text) == article()
        assert any(c.reason.startswith(category) for c in changes if line in c.before)

    @pytest.mark.parametrize(
        "sentence",
        [
            "He clicked the source link in the footnote to check the figures.",
            "The site uses cookies, she said, but nobody reads the banner.",
            "Leave a reply in the comments if you disagree with the council.",
            "Related articles in the archive show the same pattern since 1990.",
            "Read more about the budget in our explainer, the editor wrote.",
            "The advertisement ran in three newspapers before the vote.",
            "Share this with your neighbours, the mayor told residents.",
        ],
    )
    def test_phrases_inside_prose_stay(self, sentence):
        """The same phrases inside a sentence are content, at the top, middle or bottom."""
        for text in (
            article(top=[sentence]),
            article(middle=[sentence]),
            article(bottom=[sentence]),
        ):
            assert remove(text) == text


class TestPosition:
    def test_edge_only_lines_stay_mid_article(self):
        """Furniture that could be content goes only at the edges."""
        text = article(middle=["Related Articles", "Source link"])
        assert remove(text) == text

    def test_unambiguous_furniture_goes_anywhere(self):
        """A lone Advertisement between paragraphs goes."""
        assert remove(article(middle=["Advertisement"])) == article()

    def test_runs_at_top_and_bottom(self):
        """Runs of furniture at both ends go together."""
        text = article(
            top=["Skip to content", "Share this:"], bottom=["Related Posts", "Facebook", "Twitter"]
        )
        assert remove(text) == article()

    def test_afp_subheadings_are_content(self):
        """AFP-style subheadings between dashes stay."""
        text = article(middle=["– “Everyone would like to leave” –"])
        assert remove(text) == text


class TestAuthorBio:
    def test_name_line_and_bio_after_body(self):
        """A name line and bio sentences after the body go."""
        bio = (
            "Jane Doe is a reporter covering city hall for the Gazette. "
            "She lives in Denver. Follow her on Twitter."
        )
        assert remove(article(bottom=["Jane Doe", bio])) == article()

    def test_first_person_bio(self):
        """First-person bios count too."""
        bio = "I earned a bachelor's degree in journalism from Ohio State. I am an avid runner."
        assert remove(article(bottom=["Sam Lee", bio, "Related Articles"])) == article()

    def test_about_the_author_block(self):
        """An About the author block at the end goes."""
        text = article(
            bottom=["About the author", "Kim Park has written for the Times and the Post."]
        )
        assert remove(text) == article()

    def test_biography_article_is_content(self):
        """An article about a person, with bio sentences in the body, stays."""
        text = "\n\n".join(
            [
                "Marie Curie",
                "Marie Curie was a physicist who lived in Paris and graduated from the Sorbonne.",
                "She is from Warsaw and earned a degree in physics; she covers the history of radium.",
            ]
        )
        assert remove(text) == text


class TestSettings:
    def test_disable_category(self):
        """A switched-off category is kept."""
        keep = RemoveBoilerplate(disabled=frozenset({"aggregator_footer"}))
        text = article(bottom=["Source link"])
        assert keep(text) == text

    def test_unknown_category(self):
        """An unknown category name lists the valid ones."""
        with pytest.raises(UnknownNameError, match="comment_form"):
            RemoveBoilerplate(disabled=frozenset({"nope"}))

    def test_user_lines_and_patterns(self):
        """User lines and patterns are removed anywhere."""
        custom = RemoveBoilerplate(
            user_lines=("Subscribe to The Daily",), user_patterns=(r"Photo: .{1,40}",)
        )
        text = article(middle=["Subscribe to The Daily", "Photo: AFP / Getty"])
        assert custom(text) == article()

    def test_learned_lines(self):
        """Learned lines match after CCNet normalization."""
        learned = RemoveBoilerplate(learned=frozenset({normalize_line("Get 50% off today!")}))
        assert learned(article(middle=["get 20% OFF today"])) == article()

    def test_config_and_cleaner(self):
        """Settings reach the filter through CleanConfig."""
        cleaner = Cleaner(boilerplate_lines=["Custom footer"])
        assert cleaner.clean(article(bottom=["Custom footer"])) == article()


WORDS = sorted(set(Faker("en_US").get_words_list()))
PROSE = st.lists(st.sampled_from(WORDS), min_size=8, max_size=40).map(
    lambda w: " ".join(w).capitalize() + "."
)
FURNITURE = st.sampled_from(
    [
        "Advertisement",
        "Related Articles",
        "Source link",
        "Share this:",
        "Leave a Reply",
        "Back to top button",
    ]
)
DOC = st.lists(st.one_of(PROSE, PROSE, FURNITURE), min_size=1, max_size=10).map("\n\n".join)


@given(DOC)
def test_removes_whole_lines_only_in_order(text):
    """Removal deletes whole lines; kept lines are unchanged and in order."""
    out = remove(text)
    kept = [line for line in out.split("\n") if line]
    original = [line for line in text.split("\n") if line]
    it = iter(original)
    assert all(line in it for line in kept)


@given(st.lists(PROSE, min_size=1, max_size=8).map("\n\n".join))
def test_clean_documents_unchanged(text):
    """A document with no boilerplate comes back unchanged."""
    assert remove(text) == text


@given(st.lists(PROSE, min_size=3, max_size=6), st.lists(FURNITURE, max_size=6))
def test_prose_never_emptied(prose, furniture):
    """A document of three or more prose paragraphs is never emptied."""
    text = "\n\n".join([*furniture, *prose, *furniture])
    out = remove(text)
    assert sum(1 for line in out.split("\n") if len(line.split()) >= 8) >= 3


@pytest.mark.parametrize("text", ["X", "Print", "Advertisement", "Share this:\nFacebook\nTwitter"])
def test_never_empties_a_text(text):
    """A text made only of catalog lines has no body to tell them from: it stays."""
    assert remove_boilerplate(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Profile\nSettings\ncomments\nLog out\nHelp",  # the kind the rule was written for
        "Share\nSave\nDelete\nRename\nMove to folder",
        # variants written after the rule was frozen
        "Startseite\nNachrichten\nKommentare\nSuche\nImpressum",
        "Inicio\nCompartir\nGuardar\nEliminar\nAyuda",
        "Accueil\nPartager\nImprimer\nParamètres",
        "Главная\nКомментарии\nПоиск\nВойти",
        "Open file\nSave as\nPrint\nExit\nEmail\nSettings",
    ],
)
@pytest.mark.parametrize("profile", ["default", "web"])
def test_a_lone_word_in_a_list_without_a_body_stays(text, profile):
    """A list of interface strings has no body: a lone cue word in it is one of its strings."""
    assert Cleaner(profile).clean(text) == text


def test_a_platform_line_in_a_list_without_a_body_goes():
    """A text without a body still loses the whole lines platforms print, not the lone words."""
    text = "Zdjęcia z wyjazdu\nKraków\nFacebook\nLeave a reply\nZakopane"
    assert remove_boilerplate(text) == "Zdjęcia z wyjazdu\nKraków\nFacebook\nZakopane"


@given(st.text(alphabet=" \t:.-—ab\u00a0", max_size=20).filter(lambda t: t and not t.isspace()))
def test_short_line_check_is_exact(line):
    """The quick short-line check agrees with counting the spaces of the trimmed line."""
    exact = any(
        trimmed.count(" ") <= NAME_LINE_MAX_SPACES
        for trimmed in (line.strip(), line.strip(HEADER_TRIM))
    )
    assert may_be_short(line) == exact


_ALL_RULES = RemoveBoilerplate()._rules
_CASES = st.sampled_from([str, str.upper, str.title, str.swapcase])


@given(st.data())
def test_dispatch_finds_the_rule_the_full_alternation_finds(data):
    """For lines any rule matches, in any case, grouping by beginning and length changes nothing."""
    index = data.draw(st.integers(0, len(_ALL_RULES) - 1))
    line = data.draw(st.from_regex(_ALL_RULES[index].pattern, fullmatch=True))
    line = data.draw(_CASES)(line).strip()
    expected = next(
        (i for i, rule in enumerate(_ALL_RULES) if re.fullmatch(rule.pattern, line, re.IGNORECASE)),
        None,
    )
    assert remove_boilerplate._any_rule.match(line) == expected


@given(st.data())
def test_a_new_matcher_finds_the_rule_the_full_alternation_finds(data):
    """A matcher that meets each beginning for the first time (its sifts built then) finds the same rule."""
    rules = list(enumerate(_ALL_RULES))
    if data.draw(st.booleans()):
        rules = [(i, rule) for i, rule in rules if rule.anywhere]
    index = data.draw(st.integers(0, len(_ALL_RULES) - 1))
    line = data.draw(
        st.one_of(
            st.from_regex(_ALL_RULES[index].pattern, fullmatch=True).map(data.draw(_CASES)),
            st.text(alphabet="Ssharet ©(c):Ll", max_size=12),
        )
    ).strip()
    expected = next(
        (i for i, rule in rules if line and re.fullmatch(rule.pattern, line, re.IGNORECASE)), None
    )
    assert LineMatcher(rules).match(line) == expected


class TestBodyOfOneSentenceParagraphs:
    """News often writes one sentence a paragraph; two long ones are a body furniture is told from."""

    ITALIAN = [
        "Il consiglio comunale di Lecco ha approvato ieri sera il nuovo piano per le piste"
        " ciclabili lungo il lago.",
        "I lavori partiranno a marzo e dovrebbero concludersi entro la fine dell'estate"
        " prossima, secondo l'assessore.",
        "Non tutti sono d'accordo.",
    ]

    def test_furniture_around_short_paragraphs_goes(self):
        text = "\n".join(["Vai al contenuto", *self.ITALIAN, "Stampa", "Condividi su Facebook"])
        assert remove(text) == "\n".join(self.ITALIAN)

    def test_one_long_sentence_alone_is_no_body(self):
        # A single sentence among short lines is a list of messages, not an article.
        lines = [self.ITALIAN[0], "Stampa", "Salva", "Annulla"]
        assert remove("\n".join(lines)) == "\n".join(lines)

    SWEDISH = [
        "Sju gårdar i en by utanför Umeå har öppnat en gemensam butik i det gamla mejeriet.",
        "Där säljs kött, ost, ägg och grönsaker direkt från dem som odlat och fött upp dem.",
        "Butiken har öppet tre dagar i veckan och sköts av bönderna själva enligt ett schema.",
    ]

    def test_three_short_paragraphs_are_a_body(self):
        text = "\n".join(["Hoppa till innehållet", *self.SWEDISH, "Skriv ut", "Dela på Facebook"])
        assert remove(text) == "\n".join(self.SWEDISH)

    def test_three_interface_messages_are_no_body(self):
        # translated messages of a program: sentences, but shorter than news paragraphs
        lines = [
            "Logga in med ett lokalt konto",
            "Det gick inte att spara filen på den valda platsen.",
            "Kontrollera anslutningen och försök sedan igen senare.",
            "Uppdatera inte paketen om du inte vet att det är säkert.",
            "Skriv ut",
        ]
        assert remove("\n".join(lines)) == "\n".join(lines)

    def test_a_list_of_short_messages_stays(self):
        messages = [
            "Datei konnte nicht gespeichert werden.",
            "Bitte versuchen Sie es später erneut.",
            "Teilen",
            "Drucken",
            "Kommentare ausblenden",
        ]
        assert remove("\n".join(messages)) == "\n".join(messages)


_RAIL = (
    "The regional rail operator announced on Monday that the night trains between the two"
    " cities will run again from March, after a two-year pause caused by staff shortages."
)
_RAIL_REACTION = (
    "Passengers' groups welcomed the decision but said the timetable still leaves smaller"
    " stations without a late connection on weekdays."
)


class TestSentencesAmidFurniture:
    """A short sentence in a form's, a prompt's or a widget's words inside removed furniture."""

    @pytest.mark.parametrize(
        ("furniture", "sentence"),
        [
            (
                ["Newsletter", "Sign up"],
                "Get the week's top stories in your inbox every Sunday.",
            ),
            (
                ["Suscríbete al boletín", "Correo electrónico"],
                "Recibe cada mañana las noticias más importantes en tu correo.",
            ),
        ],
    )
    @pytest.mark.parametrize("profile", ["default", "web"])
    def test_goes_with_the_furniture(self, furniture, sentence, profile):
        """Written after the rule was frozen: the sentence goes with the form above and below it."""
        text = "\n".join([_RAIL, _RAIL_REACTION, *furniture, sentence, "Privacy policy"])
        assert sentence not in Cleaner(profile).clean(text).split("\n")

    def test_comment_notice_between_a_form_and_a_menu_goes(self):
        """'Notify me ...' between a comment form and a list of links goes in default too."""
        text = "\n".join(
            [
                _RAIL,
                _RAIL_REACTION,
                "Leave a Reply",
                "Your email address will not be published.",
                "Save my name, email, and website in this browser for the next time I comment.",
                "Notify me of new comments by email.",
                "Recent Posts",
                "Night trains return to the Alps",
                "New timetable from December",
            ]
        )
        assert "Notify me of new comments by email." not in remove_boilerplate(text)

    @pytest.mark.parametrize(
        ("above", "below"),
        [("Photo: Jane Roe/Agency", "Photo: John Doe/Agency"), ("Advertisement", "Advertisement")],
    )
    @pytest.mark.parametrize("profile", ["default", "web"])
    def test_a_sentence_of_the_article_between_captions_or_ads_stays(self, above, below, profile):
        """Captions are no furniture around a sentence, nor is a lone removed line on each side."""
        sentence = "Readers can share their views on the timetable with the operator by email."
        text = "\n".join([_RAIL, above, sentence, below, _RAIL_REACTION])
        assert sentence in Cleaner(profile).clean(text).split("\n")


class TestLinkLabels:
    """A link label with a headline goes in the body, in other words and languages."""

    @pytest.mark.parametrize(
        "label",
        [
            "Read more: Why regional trains keep running late",  # a catalog line
            "Relacionado: Vuelven los trenes nocturnos a Galicia",
            "Correlato: Tornano i treni notturni in Sicilia",
        ],
    )
    @pytest.mark.parametrize("profile", ["default", "web"])
    def test_goes_between_paragraphs(self, label, profile):
        """Written after the rule was frozen: the label goes, both paragraphs stay."""
        text = f"{_RAIL}\n{label}\n{_RAIL_REACTION}"
        assert Cleaner(profile).clean(text) == f"{_RAIL}\n{_RAIL_REACTION}"

    def test_related_with_a_noun_of_news_heads_a_block(self):
        """'Verwandte Nachrichten' and its headlines go as one block."""
        block = [
            "Verwandte Nachrichten",
            "Nachtzüge kehren in die Alpen zurück",
            "Bahn streicht Verbindungen nach Prag",
            "Neue Fahrpläne ab Dezember",
        ]
        text = "\n".join([_RAIL, _RAIL_REACTION, *block])
        assert remove_boilerplate(text) == f"{_RAIL}\n{_RAIL_REACTION}"

    def test_related_alone_heading_a_list_of_an_article_stays(self):
        """'Verwandte Arten' heads the related species of a plant: no cue, it stays in default."""
        text = "\n".join([_RAIL, _RAIL_REACTION, "Verwandte Arten", "Stieleiche", "Traubeneiche"])
        assert remove_boilerplate(text) == text


@pytest.mark.parametrize(
    "header",
    [
        "Restez informés",
        "Mantente al día",
        "Bleib informiert!",
        "Blijf op de hoogte",
        "Stay informed",
    ],
)
def test_a_stay_informed_box_at_the_end_goes(header):
    """Written after the cues were frozen: a newsletter box promising news goes from the end."""
    text = f"{_RAIL}\n{_RAIL_REACTION}\n{header}\nNewsletter\nE-mail"
    assert header not in remove_boilerplate(text).split("\n")


@pytest.mark.parametrize("label", ["- Advertisement -", "— Sponsored —", "* Gesponsert *"])
def test_a_decorated_ad_label_at_the_end_goes(label):
    """
    Written after the cues were frozen: an ad's label at the end of the text goes.

    Alone between two paragraphs it stays, as any lone cue word does there (a
    subheading needs more evidence than a cue).
    """
    text = f"{_RAIL}\n{_RAIL_REACTION}\n{label}"
    assert remove_boilerplate(text) == f"{_RAIL}\n{_RAIL_REACTION}"


def test_a_subheading_about_a_police_report_stays():
    """German 'Anzeige' is also a police report: a subheading holding it stays."""
    text = f"{_RAIL}\nAnzeige erstatten\n{_RAIL_REACTION}"
    assert remove_boilerplate(text) == text
