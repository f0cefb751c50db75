"""remove_boilerplate's page stage: the main block of prose, and the runs of short lines outside it."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textclean._filters.boilerplate import RemoveBoilerplate

default = RemoveBoilerplate()
web = RemoveBoilerplate(strength="web")

# Strings written for these tests, in the shape of text extracted from whole pages.
ARTICLE = [
    "Harbour ferries will run every twenty minutes from next month, the transport authority said"
    " on Monday, after a year in which the number of passengers grew by a fifth.",
    "The new timetable adds two boats to the morning service and keeps the last crossing at"
    " midnight, which residents of the islands had asked for at a meeting in the spring.",
    "Tickets bought before the change will remain valid until the end of the year.",
]
TITLE = "Ferries to run every twenty minutes"
MENU = ["Verkehr", "Häfen", "Fahrpläne", "Tarife", "Presse", "Karriere", "Ausflüge", "Inseln"]
FOOTER = ["Impressum", "Datenschutz", "Barrierefreiheit", "Sitemap", "Jobs", "Newsroom", "Partner"]


def removed(text, cleaner=default):
    return [c.before.strip() for c in cleaner.explain(text)[1] if c.before.strip()]


def page(*parts):
    return "\n".join(line for part in parts for line in part)


def test_a_menu_and_a_footer_around_the_article_go_the_title_stays():
    """Runs of short lines at the ends of a page go; the title above the article stays."""
    text = page(MENU, [TITLE], ARTICLE, FOOTER)
    assert default(text) == page([TITLE], ARTICLE)
    reasons = {c.before.strip(): c.reason for c in default.explain(text)[1]}
    assert reasons["Häfen"].startswith("navigation: 1 words, stopword density 0.00")  # no cue
    assert "run of 8 such lines before the main block of prose (lines 10-12)" in reasons["Häfen"]


def test_a_few_lines_at_the_top_are_a_title_and_its_tags_in_default():
    """default needs a run of a menu's length; web takes shorter runs, never the title."""
    text = page(["Verkehr", "Häfen", "Fahrpläne"], [TITLE], ARTICLE)
    assert removed(text) == []
    assert removed(text, web) == ["Verkehr", "Häfen", "Fahrpläne"]


def test_a_list_the_article_announces_stays():
    """A run a colon announces, or whose items carry bullets, is the article's list."""
    changes = ["Fahrpläne", "Tarife", "Häfen", "Nachtboote", "Schulfahrten", "Frachtdienst"]
    text = page(MENU, [TITLE], ARTICLE, ["The changes at a glance:"], changes)
    assert default(text) == page([TITLE], ARTICLE, ["The changes at a glance:"], changes)
    bullets = [f"– {item}" for item in changes]
    text = page(MENU, [TITLE], ARTICLE, bullets)
    assert default(text) == page([TITLE], ARTICLE, bullets)


def test_short_lines_between_sentences_stay():
    """A short run between two lines of prose is a list or subheadings, in both strengths."""
    lines = ["Island walks", "Harbour museum", "Lighthouse tours", "Boat hire"]
    text = page(["Staff said most passengers pay by card."], lines, ARTICLE)
    assert removed(text) == removed(text, web) == []


def test_a_long_run_between_stray_sentences_outside_the_article_goes():
    """Outside the main block, a run as long as a gap between blocks goes, though prose bounds it."""
    teaser = ["Find out what to do if you lose your ticket on a ferry."]
    text = page(FOOTER, teaser, MENU, [TITLE], ARTICLE)
    assert default(text) == page(teaser, [TITLE], ARTICLE)


def test_a_text_without_a_paragraph_loses_nothing():
    """A list of interface strings, however long, has no main block to tell a page from."""
    strings = ["Email", "Password", "Display name", "Time zone", "Language", *MENU, *FOOTER]
    text = page(strings)
    assert removed(text) == removed(text, web) == []


def test_lines_of_prose_wrapped_at_a_fixed_width_stay():
    """Long lines with the stopwords of prose are prose, though they end no sentence."""
    wrapped = [
        "The harbour master said that the new boats would be able to carry more than",
        "four hundred passengers each and that the older ferries would be kept in reserve",
        "for the summer months when the number of visitors to the islands is at its",
    ]
    text = page(MENU, [TITLE], ARTICLE, wrapped, ["highest."])
    assert default(text) == page([TITLE], ARTICLE, wrapped, ["highest."])


def test_a_table_between_two_paragraphs_stays():
    """Whatever lies between two blocks with a body's weight is the article's."""
    table = [cell for row in (("Route", "Boats"), ("North", "4"), ("South", "3")) for cell in row]
    table += ["East", "2", "West", "2"]
    text = page(MENU, [TITLE], ARTICLE[:1], table, ARTICLE[1:], FOOTER)
    assert default(text) == page([TITLE], ARTICLE[:1], table, ARTICLE[1:])


def test_rows_of_a_glossary_and_a_copyright_notice_make_no_body():
    """Tab-parted rows and a © notice are no paragraph: a short text keeps its cued lines."""
    glossary = "\n".join(
        [
            "Please confirm your email address\tBitte bestätigen Sie Ihre E-Mail-Adresse",
            "The page you are looking for was moved somewhere else.\tDiese Seite wurde verschoben.",
            "Subscribe to updates\tUpdates abonnieren",
        ]
    )
    assert default(glossary) == glossary
    price_list = (
        "Table 3 seats six, costs £420 and ships in two weeks (± 2 days).\n"
        "© 2025 Harbour Furniture Ltd. All prices include VAT at 20 %."
    )
    assert default(price_list) == price_list


WORDS = st.sampled_from([*MENU, *FOOTER, TITLE, "Kiosk options", "– Nachtboote", "Lines:"])
PAGES = st.builds(
    page,
    st.lists(WORDS, max_size=10),
    st.lists(st.sampled_from(ARTICLE), min_size=1, max_size=4),
    st.lists(st.one_of(WORDS, st.sampled_from(ARTICLE)), max_size=10),
)


@given(PAGES)
def test_pages_idempotent_prose_kept(text):
    """Around any article: idempotent, explain agrees, every paragraph of prose stays."""
    for remove in (default, web):
        once = remove(text)
        assert remove(once) == once
        assert remove.explain(text)[0] == once
        assert all(line in once.split("\n") for line in text.split("\n") if line in ARTICLE)


def test_an_owner_after_the_copyright_sign_is_a_credit_in_a_text_with_a_body():
    """A caption and its owner after ©, anywhere in an article, is a credit; a sentence stays."""
    caption = "Morning crossing to the islands © Harbour Board / Jane Roe"
    sentence = "The © sign on the timetable marks the routes the board does not run itself."
    text = page([TITLE], ARTICLE[:1], [caption, sentence], ARTICLE[1:])
    assert default(text) == page([TITLE], ARTICLE[:1], [sentence], ARTICLE[1:])
    reason = next(c.reason for c in default.explain(text)[1] if c.before.strip() == caption)
    assert reason.startswith("credit: an owner of 5 words after ©")
    assert removed(page(MENU[:3], [caption])) == []  # no paragraph: nothing to tell it from


# Issue 10, precision: what the page stage and the blocks took from real pages' text.

SPECS = ["Gewicht: 2,4 kg", "Farbe: Moosgrün", "Material: Recyceltes Polyester", "Volumen: 28 l"]


def test_a_data_sheet_after_the_article_stays_the_footer_after_it_goes():
    """Fields of a table ("label: value", three or more in a row) are the text's, not a menu."""
    text = page(MENU, [TITLE], ARTICLE, SPECS, FOOTER)
    assert default(text) == page([TITLE], ARTICLE, SPECS)


def test_fields_split_over_two_lines_are_a_data_sheet_not_a_list_of_links():
    """ "Label:" with its value below, field after field, under a header that announces more."""
    sheet = ["Ähnliche Produkte", "Herkunft:", "Peru", "Röstung:", "mittel", "Körper:", "kräftig"]
    text = page([TITLE], ARTICLE, sheet, ["Zurück"])
    assert not set(sheet[1:]) & set(removed(text))


def test_headlines_worded_as_kicker_and_title_are_no_data_sheet():
    """A header and headlines "Kicker: title" are a list of other articles, field-shaped or not."""
    related = [
        "More from the newsroom",
        "Ferries: Night boats return to the islands",
        "Harbour: Cranes removed from the old quay",
        "Weather: Storm closes the northern crossing",
    ]
    text = page([TITLE], ARTICLE, related)
    assert removed(text) == related


def test_a_short_sentence_beside_a_paragraph_continues_it():
    """jusText's near-good lines: a short line with prose's stopwords beside a paragraph stays."""
    closing = ["Night boats are faster than the morning ferries"]
    text = page(MENU, [TITLE], ARTICLE, closing, FOOTER)
    assert default(text) == page([TITLE], ARTICLE, closing)


def test_a_subheading_ending_with_a_colon_between_ads_stays():
    """In the body, a line announcing what follows is a subheading, whatever surrounds it."""
    body = [
        ARTICLE[0],
        "Anzeige",
        "What changes for commuters:",
        "Anzeige",
        ARTICLE[1],
        ARTICLE[2],
    ]
    assert "What changes for commuters:" not in removed(page([TITLE], body))


def test_a_sentence_in_chinese_stays_though_it_opens_with_digits_and_latin():
    """A line in a script written without spaces is counted by its wide characters, not its first ones."""
    line = "2019年参与“Open Harbour”公益计划，并在同年为城市渡轮开通仪式演唱主题曲"
    text = page(MENU, [TITLE], ARTICLE, [line], FOOTER)
    assert line in default(text)


def test_the_title_above_a_dateline_closes_a_menu_above_the_article():
    """A menu running into the article: its last line before a dateline and the first paragraph is the title."""
    title = "Update | Night ferries resume island service"
    menu = ["Skip to main content", *(MENU * 5)[:38], title]  # as long as a list is read
    text = page(menu, ["Published: May 4, 2026", "Photo"], ARTICLE)
    assert title in default(text)
    assert "Häfen" not in default(text)


def test_lines_of_a_chinese_poem_between_removed_lines_stay():
    """A CJK line of several characters is a phrase of words, not a menu's one-word link."""
    verses = [
        "春风吹过旧码头",
        "Chun feng chui guo jiu ma tou",
        "渡船还在等着你",
        "Du chuan hai zai deng zhe ni",
    ]
    notes = [  # two short sentences a line: a body, but no paragraph long enough to anchor a page
        "The song was written for the pier. It is sung each spring.",
        "Its verse names the lost boats. Old singers know it well.",
    ]
    text = page(["Share", "Print"], verses, ["Share", "Tweet"], notes)
    kept = default(text)
    assert all(verse in kept for verse in verses)


def test_fields_under_a_category_line_are_no_tags():
    """A taxonomy line above a data sheet: its fields, one left empty, stay; the category goes."""
    sheet = ["Kategorie: Nachtaufnahmen", "Objektiv: Weitwinkel", "Blende:", "Brennweite in mm: 14"]
    text = page([TITLE], ARTICLE, sheet, ["Zurück"])
    assert removed(text)[:1] == ["Kategorie: Nachtaufnahmen"]
    assert all(field in default(text) for field in sheet[1:])


@pytest.mark.parametrize(
    "header",
    [
        "Das könnte dich auch interessieren",
        "Meist gelesen",
        "Für dich empfohlen",
        "Te podría interesar",
        "Ti potrebbero interessare",
        "Może cię też zainteresować",
        "Вам может быть интересно",
        "Recommended for you",
    ],
)
def test_a_teaser_header_in_other_words_goes_with_its_headlines(header):
    """Headers of teaser lists worded for the reader, in many languages, with their headlines."""
    teasers = [
        "Night ferry timetable extended into the autumn",
        "New pier opens on the western island",
        "Harbour museum adds a room for old maps",
    ]
    text = page([TITLE], ARTICLE, [header], teasers)
    assert default(text) == page([TITLE], ARTICLE)


def test_the_pitch_under_a_newsletter_header_goes_with_it():
    """The sentence selling a sign-up, in the prompt's words, goes with its header; prose stays."""
    pitch = "Get the harbour briefing in your inbox every Friday morning."
    text = page(
        [TITLE], ARTICLE, ["Sign up for our newsletter", pitch, "Email address"], [ARTICLE[2]]
    )
    assert pitch not in default(text)
    member = "She has been a member of the island council since 2019."
    text = page([TITLE], ARTICLE, ["Free Sign Up", member], ARTICLE)
    assert member in default(text)


@pytest.mark.parametrize(
    ("prompt", "sentence"),
    [
        ("Subscribe for €1 a week", "We met one member of the council, who asked not to be named."),
        (
            "Jetzt abonnieren für 1 € pro Woche",
            "Wir haben mit einem Mitglied des Vorstands gesprochen, der anonym bleiben wollte.",
        ),
        (
            "Suscríbete por 1 € a la semana",
            "Nosotros hablamos con un miembro del consejo que pidió no ser nombrado.",
        ),
    ],
    ids=["en", "de", "es"],
)
def test_a_reporters_we_under_a_prompt_is_no_pitch(prompt, sentence):
    """A sentence saying only "we" with one prompt's cue ("member") is the reporter's, and stays."""
    text = page([TITLE], ARTICLE, [prompt, sentence], ARTICLE)
    for remove in (default, web):
        assert sentence in remove(text)


def test_the_note_under_a_comment_form_goes_with_it():
    """A sentence about commenting, under a comment form's header, goes with it."""
    note = "Bitte melde dich an, um diesen Beitrag zu kommentieren."
    text = page([TITLE], ARTICLE, ["Kommentar schreiben", note, "Name"], [ARTICLE[2]])
    assert note not in default(text)
