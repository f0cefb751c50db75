"""remove_boilerplate: precision slips (headlines, tables of contents) and yes/no widgets."""

import pytest

from textclean._filters.boilerplate import RemoveBoilerplate, Strength

STRENGTHS = [RemoveBoilerplate(), RemoveBoilerplate(strength="web")]

# Strings written for these tests, after the rule.
BODY = [
    "The council approved the new budget on Tuesday evening after a long debate about the cost"
    " of repairing the town's bridges and roads.",
    "Several members said the plan relied too much on grants that may not arrive, while others"
    " praised the focus on maintenance.",
    "The budget takes effect in April and will be reviewed again in the autumn.",
]
HEADLINES = [
    "Kommentarer till regeringens nya klimatplan",
    "Kommentare zur neuen Klimapolitik der Regierung",
    "Commentaires sur la réforme des retraites",
    "Comments on the council's new budget",
    "Komentarze po debacie o budżecie miasta",
    "Commenti dei lettori sulla nuova legge elettorale",
    "Related to the budget: what the council decided",
]
HEADERS = [
    "Leave a comment on this story",
    "Kommentare (12)",
    "Write a comment",
    "Comments are closed",
    "3 comments on this article",
    "Read more related articles on our site",
]


@pytest.mark.parametrize("cleaner", STRENGTHS)
@pytest.mark.parametrize("headline", HEADLINES)
def test_a_headline_opening_with_a_header_cue_stays(
    headline: str, cleaner: RemoveBoilerplate
) -> None:
    """The text's first line alone above the body, worded as language, is its title."""
    text = "\n".join([headline, *BODY])
    assert cleaner(text) == text


@pytest.mark.parametrize("cleaner", STRENGTHS)
@pytest.mark.parametrize("header", HEADERS)
def test_a_header_or_prompt_at_the_top_still_goes(header: str, cleaner: RemoveBoilerplate) -> None:
    """A count, a call to comment, a line naming the page: furniture, not a title."""
    text = "\n".join([header, *BODY])
    assert cleaner(text) == "\n".join(BODY)


# Tables of contents inside the article (written after the rule).
TITLE = "Council approves budget"
CONTENTS = {
    "en": ["Contents", "Background", "Reactions", "What comes next"],
    "de": ["Inhalt", "Hintergrund", "Reaktionen", "Wie es weitergeht"],
    "fr": ["Sommaire", "Contexte", "Réactions", "La suite"],
    "es": ["Índice", "Contexto", "Reacciones", "Qué viene ahora"],
    "pl": ["Spis treści", "Tło", "Reakcje", "Co dalej"],
    "sv": ["Innehåll", "Bakgrund", "Reaktioner", "Vad händer nu"],
    "nl": ["Inhoud", "Achtergrond", "Reacties", "Hoe nu verder"],
}


@pytest.mark.parametrize("cleaner", STRENGTHS)
@pytest.mark.parametrize("language", sorted(CONTENTS))
def test_a_table_of_contents_in_the_body_stays(language: str, cleaner: RemoveBoilerplate) -> None:
    """A header saying it is a table of contents keeps its entries, cue words among them."""
    text = "\n".join([TITLE, BODY[0], *CONTENTS[language], *BODY[1:]])
    assert cleaner(text) == text


@pytest.mark.parametrize("cleaner", STRENGTHS)
def test_entries_naming_the_subheadings_below_stay(cleaner: RemoveBoilerplate) -> None:
    """Without a header, entries that name the body's subheadings below are its contents."""
    entries = ["1. Reactions", "2. Related research", "3. What comes next"]
    headings = [entry.split(" ", 1)[1] for entry in entries]
    text = "\n".join(
        [TITLE, BODY[0], *entries, BODY[1], headings[0], BODY[2], headings[1], BODY[0] + " Again.",
         headings[2], BODY[1] + " More."]
    )  # fmt: skip
    assert cleaner(text) == text


@pytest.mark.parametrize("cleaner", STRENGTHS)
def test_a_widget_under_a_contents_header_still_goes(cleaner: RemoveBoilerplate) -> None:
    """Lines platforms print (share buttons) are no headings, whatever header is above them."""
    widget = ["Share on Facebook", "Share on X", "Print"]
    text = "\n".join([TITLE, BODY[0], "Contents", *widget, *BODY[1:]])
    assert cleaner(text) == "\n".join([TITLE, BODY[0], "Contents", *BODY[1:]])


# A short question with a yes and a no button is a rating widget (boxes.py).
FURNITURE = ["Share on Facebook", "Share on X"]
WIDGETS = [
    ["Was this article helpful? Yes No"],
    ["Byl pro vás článek užitečný?", "Ano", "Ne"],
    ["War dieser Beitrag hilfreich?", "Ja", "Nein"],
    ["Cet article vous a-t-il été utile ?", "Oui", "Non"],
    ["¿Te ha resultado útil este artículo? Sí | No"],
    ["Czy ten artykuł był pomocny?", "Tak", "Nie"],
    ["Была ли эта статья полезной?", "Да", "Нет"],
    ["Hjälpte den här sidan dig?", "Ja", "Nej"],
    ["Bu yazı işinize yaradı mı?", "Evet", "Hayır"],
]
ANSWERED_IN_PROSE = [
    ["Did the council vote on it?", "No.", "Not yet, members said."],
    ["Is it worth it? Yes, the mayor says."],
    ["Will taxes rise?", "Yes", "Maybe"],
]


@pytest.mark.parametrize("strength", ["default", "web"])
@pytest.mark.parametrize("widget", WIDGETS, ids=lambda w: w[0][:30])
def test_a_yes_no_widget_by_furniture_goes(widget: list[str], strength: Strength) -> None:
    """The question and both buttons go, on one line or three, in any language."""
    text = "\n".join([*BODY, *widget, *FURNITURE])
    assert RemoveBoilerplate(strength=strength)(text) == "\n".join(BODY)


@pytest.mark.parametrize("block", ANSWERED_IN_PROSE, ids=lambda b: b[0][:30])
def test_a_question_answered_otherwise_stays(block: list[str]) -> None:
    """An answer with a full stop, a sentence or no pair of yes and no is no widget."""
    text = "\n".join([*BODY, *block, *FURNITURE])
    assert RemoveBoilerplate()(text).startswith("\n".join([*BODY, *block]))


# Comment forms under the article, and an article about them (written after the rule).
COMMENT_FORMS = {
    "en": ["Leave a Reply", "Cancel reply", "Comment *", "Name *", "Email *", "Website",
           "Save my name, email, and website in this browser for the next time I comment.",
           "Post Comment"],
    "de": ["Schreibe einen Kommentar", "Antworten abbrechen", "Kommentar *", "Name *",
           "E-Mail *", "Website", "Kommentar abschicken"],
    "cs": ["Napsat komentář", "Zrušit odpověď na komentář", "Komentář *", "Jméno *",
           "E-mail *", "Webová stránka", "Odeslat komentář"],
    "sv": ["Lämna ett svar", "Avbryt svar", "Kommentar *", "Namn *", "E-postadress *",
           "Webbplats", "Publicera kommentar"],
}  # fmt: skip


@pytest.mark.parametrize("cleaner", STRENGTHS)
@pytest.mark.parametrize("language", sorted(COMMENT_FORMS))
def test_a_comment_form_under_the_article_goes(language: str, cleaner: RemoveBoilerplate) -> None:
    """Its header, cancel link, fields and button go together."""
    text = "\n".join([*BODY, *COMMENT_FORMS[language]])
    assert cleaner(text) == "\n".join(BODY)


def test_an_article_about_comment_forms_stays() -> None:
    """A news story quoting a form's words in its sentences keeps them."""
    story = [
        "Many blogs still print the line “Your email address will not be published” above"
        " their comment forms, a habit that dates back to the first versions of WordPress.",
        "Moderators told us that a required Name field and a Post Comment button are enough to"
        " keep most spam away, while the author of the plugin disagreed.",
        "Comments on the site are now closed on older articles, the editor said in a statement.",
    ]
    text = "\n".join(["How comment forms changed", *story])
    for cleaner in STRENGTHS:
        assert cleaner(text) == text


# An author box with a header of its own, and an interview about an author (after the rule).
CS_BODY = [
    "Městská rada ve čtvrtek schválila nový rozpočet po dlouhé debatě o nákladech na opravy"
    " mostů a silnic ve městě.",
    "Někteří zastupitelé uvedli, že plán příliš spoléhá na dotace, které nemusí přijít, zatímco"
    " jiní chválili důraz na údržbu.",
    "Rozpočet začne platit v dubnu a na podzim bude znovu přezkoumán.",
]
SV_BODY = [
    "Kommunfullmäktige godkände på tisdagen den nya budgeten efter en lång debatt om"
    " kostnaderna för att reparera stadens broar.",
    "Flera ledamöter sa att planen förlitar sig för mycket på bidrag, medan andra berömde"
    " fokus på underhåll.",
    "Budgeten börjar gälla i april och ska ses över igen i höst.",
]
AUTHOR_BOXES = [
    (CS_BODY, ["O autorovi", "Jana Nováková píše o komunální politice a dopravě od roku 2015."],
     ["Sdílet na Facebooku", "Tisk"]),
    (SV_BODY, ["Om skribenten", "Karin Lund har bevakat lokalpolitik för tidningen sedan 2012."],
     ["Dela på Facebook", "Skriv ut"]),
    (BODY, ["About the author", "Tom Reyes has covered city hall for the paper since 2016."],
     FURNITURE),
]  # fmt: skip


@pytest.mark.parametrize(("body", "box", "furniture"), AUTHOR_BOXES, ids=["cs", "sv", "en"])
def test_an_author_box_with_its_header_goes(
    body: list[str], box: list[str], furniture: list[str]
) -> None:
    """The header, the bio under it and the furniture below go; the article stays."""
    text = "\n".join([*body, *box, *furniture])
    assert RemoveBoilerplate()(text) == "\n".join(body)


def test_an_interview_section_about_the_author_stays() -> None:
    """A section headed About the author inside the article, with the article going on, stays."""
    section = ["About the author", "Tom Reyes wrote the novel in a single winter, he told us."]
    text = "\n".join([*BODY[:2], *section, BODY[2], BODY[0] + " It was the first such vote."])
    for cleaner in STRENGTHS:
        assert cleaner(text) == text


FR_BODY = [
    "Le conseil municipal a approuvé mardi le nouveau budget après un long débat sur le coût de"
    " la réparation des ponts et des routes de la ville.",
    "Plusieurs élus ont estimé que le plan reposait trop sur des subventions incertaines, tandis"
    " que d'autres ont salué l'accent mis sur l'entretien.",
    "Le budget entrera en vigueur en avril et sera réexaminé à l'automne.",
]


@pytest.mark.parametrize(
    "box",
    [
        ["Qui sommes-nous ?", "Notre rédaction publie chaque jour des enquêtes sur la métropole."],
        ["¿Quiénes somos?", "Somos un medio independiente que cubre la actualidad de la ciudad."],
        ["Chi siamo?", "Siamo una testata indipendente nata nel 2014 che racconta la città."],
    ],
    ids=["fr", "es", "it"],
)
def test_an_about_us_header_asked_as_a_question_goes_with_its_description(box: list[str]) -> None:
    """A site's description under "Qui sommes-nous ?" goes with the footer below it."""
    text = "\n".join([*FR_BODY, *box, "Contact", "Publicité"])
    assert RemoveBoilerplate()(text) == "\n".join(FR_BODY)


def test_a_first_person_paragraph_in_the_article_stays() -> None:
    """Under the same question inside the article, with the article going on, the answer stays."""
    answer = "Nous sommes une association de quartier fondée en 1998 par des parents d'élèves."
    text = "\n".join([*FR_BODY[:2], "Qui sommes-nous ?", answer, *FR_BODY[1:], FR_BODY[0]])
    assert answer in RemoveBoilerplate()(text).split("\n")
