"""
Author bios told by the author box's lines beside them (author_lines.py).

The boxes below were written for these tests after the rule was frozen, in
other words than the rule's examples and in several languages; none is a
line of an evaluation set. The negatives: a news story about a reporter, an
obituary, an interview whose answers open with a name, a caption naming the
person beside a paragraph about them, a place's summary card.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_boilerplate_fresh_kinds import BODY, default, doc, gone, web

from textclean._filters.boilerplate.author_lines import opens_with_name

SHARE = "Share on Facebook"
NEXT = ["Next article", "Storm closes the ferry route"]

# (box line above, bio, box line below): a name, a role or a handle beside the bio.
BOXES = {
    "en": ("Marta Klein", "Marta Klein reports on housing and city hall. Before joining the"
           " paper she spent six years at a radio station in Leeds.", "@martaklein"),
    "de": ("Jonas Brandt", "Jonas Brandt schreibt seit 2015 über Verkehr und Umwelt. Er lebt mit"
           " seiner Familie in Leipzig.", "Alle Beiträge von Jonas Brandt"),
    "fr": ("Claire Morel", "Claire Morel a étudié le droit à Lyon avant de rejoindre la"
           " rédaction, où elle suit la justice.", "Journaliste"),
    "es": ("Lucía Herrera", "Lucía Herrera estudió periodismo en Sevilla y cubre la política"
           " local desde hace una década.", "Más artículos de Lucía Herrera"),
    "it": ("Paolo Ferri", "Paolo Ferri ha lavorato per vent'anni nella cronaca nera; oggi lui"
           " segue la scuola e l'università.", "Redattore"),
    "pt": ("Rita Sousa", "Rita Sousa nasceu no Porto e escreve sobre ciência; antes disso ela"
           " foi professora de biologia.", "@ritasousa"),
    "nl": ("Bram de Vries", "Bram de Vries werkte als leraar voordat hij verslaggever werd bij"
           " de krant in Zwolle.", "Verslaggever"),
    "pl": ("Anna Wiśniewska", "Anna Wiśniewska ukończyła dziennikarstwo w Krakowie; ona pisze o"
           " zdrowiu i nauce.", "Więcej tekstów autora"),
}  # fmt: skip


class TestBiosBesideBoxLines:
    @pytest.mark.parametrize("lang", sorted(BOXES))
    @pytest.mark.parametrize("cleaner", [default, web], ids=["default", "web"])
    def test_a_bio_beside_its_box_goes(self, lang, cleaner):
        """A bio opening with the name, beside the box's lines, after the body, goes."""
        above, bio, below = BOXES[lang]
        removed = gone(doc(bottom=[SHARE, above, bio, below, *NEXT]), cleaner)
        assert bio in removed
        assert not set(BODY) & set(removed)

    @pytest.mark.parametrize(
        "lines",
        [
            # a news story about a reporter, its paragraphs opening with her name
            [
                "Sara Lind",
                "Sara Lind is a reporter who spent two years inside the ministry's archive"
                " before the story ran.",
                "Her editors said the paper would stand by her reporting, and lawyers for the"
                " ministry declined to say whether they would sue.",
            ],
            # an obituary: name line, then the life, then the article goes on
            [
                "Walter Gruber (1931-2024)",
                "Walter Gruber was a photographer whose pictures of the valley hung in every inn.",
                "He is survived by his wife, two daughters and the village band he founded in"
                " 1958, which will play at the funeral on Saturday.",
            ],
            # an interview whose answers open with the speaker's name
            [
                "Ines Roth",
                "Ines Roth: I started the bakery because nobody else would, and the first year"
                " we lost money every single week.",
                "What changed? Customers came back, the town council lent us the oven, and we"
                " hired two apprentices from the school in the valley.",
            ],
        ],
        ids=["reporter", "obituary", "interview"],
    )
    @pytest.mark.parametrize("cleaner", [default, web], ids=["default", "web"])
    def test_a_story_about_a_person_stays(self, lines, cleaner):
        """Paragraphs about a person with the article going on below them stay."""
        removed = gone(doc(middle=[SHARE, *lines], bottom=[SHARE]), cleaner)
        assert not set(lines[1:]) & set(removed)

    @pytest.mark.parametrize("cleaner", [default, web], ids=["default", "web"])
    def test_a_card_about_a_place_stays(self, cleaner):
        """A summary card that opens with a place's name speaks of no person: it stays."""
        card = "Harbour Bakery is a small shop on the quay with bread baked before dawn."
        removed = gone(doc(bottom=[SHARE, card, "Harbour Bakery", SHARE]), cleaner)
        assert card not in removed

    @pytest.mark.parametrize(
        ("line", "name"),
        [
            ("Marta Klein reports on housing.", "Marta Klein"),
            ("Bram de Vries werkte als leraar.", "Bram de Vries"),
            ("The Future of Work", "The Future"),  # stopwords rule it out later
            ("Die Zeitung berichtet.", "Die Zeitung"),
            ("marta klein reports on housing.", None),
        ],
    )
    def test_opens_with_name(self, line, name):
        """A name is capitalised words before a lowercase word."""
        assert opens_with_name(line) == name

    @given(st.lists(st.sampled_from([*BODY, SHARE, *[x for b in BOXES.values() for x in b]])))
    def test_idempotent(self, lines):
        """Cleaning twice gives what cleaning once gives."""
        once = default("\n".join(lines))
        assert default(once) == once
