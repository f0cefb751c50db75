"""remove_boilerplate: rights notices in a page's footer, with more of the footer after them."""

import pytest

from textclean._filters.boilerplate import RemoveBoilerplate

default = RemoveBoilerplate()

# Written for these tests after the rule (footer.py) was frozen.
BODY = [
    "The harbour authority said on Monday that the old ferry terminal will close in March,"
    " after inspectors found that the pier can no longer carry loaded lorries safely.",
    "Passengers will board at the container quay for two years while a new terminal is"
    " built, and the crossing will take about ten minutes longer than it does today.",
]
# A notice in each language, worded as publishers do, with more words than the mark and the cue.
NOTICES = [
    "© 2024 Harbour Gazette Ltd, part of the Coastal Media Group. All rights reserved.",
    "Copyright 2023 Hafenzeitung Verlag GmbH & Co. KG. Alle Rechte vorbehalten. Nachdruck nur"
    " mit Genehmigung.",
    "© 2022 Éditions du Port, filiale du groupe Littoral. Tous droits réservés.",
    "Copyright © 2021 Diario del Puerto S.A. Todos los derechos reservados. Prohibida su"
    " reproducción.",
    "© 2024 Gazzetta del Porto S.r.l. - P.IVA 01234567890. Tutti i diritti riservati.",
    "Gazeta Portowa sp. z o.o. © 2023. Wszelkie prawa zastrzeżone.",
    "© 2020 ООО «Портовая газета». Все права защищены.",
    "© 2024 Liman Gazetesi A.Ş. Tüm hakları saklıdır.",
]
# What follows a notice in a footer, read as short sentences by the first stage.
AFTER = [
    "Get the morning briefing in your inbox every weekday.",
    "Watch our evening bulletin on any device, anytime",
]


# A title above the body: a text of sentences only is prose from end to end,
# which the filter reads without its classifier, so the negatives need one.
TITLE = ["Ferry terminal to close in March"]


def page(*parts):
    return "\n".join(line for part in parts for line in part)


class TestRightsNoticesGo:
    """A notice with a mark below the body goes, though short lines of the footer follow it."""

    @pytest.mark.parametrize("notice", NOTICES)
    def test_a_notice_followed_by_footer_lines_goes(self, notice):
        """In eight languages, the notice goes and the footer's sentences after it are left."""
        text = page(BODY, [notice], AFTER)
        assert notice not in default(text).split("\n")
        assert all(line in default(text) for line in BODY)

    def test_two_notices_in_a_row_go(self):
        """A wire service's notice above the site's: both go."""
        text = page(BODY, NOTICES[:2], AFTER)
        kept = default(text).split("\n")
        assert NOTICES[0] not in kept
        assert NOTICES[1] not in kept

    def test_the_reason_says_what_decided(self):
        """The explanation names the category and the position."""
        _, changes = default.explain(page(BODY, [NOTICES[0]], AFTER))
        assert any(
            change.reason.startswith("copyright: a rights notice with a mark") for change in changes
        )


class TestQuotedNoticesStay:
    """A notice the article speaks of, with the body going on after it, stays."""

    def test_a_notice_quoted_mid_article_stays(self):
        """The article quotes a notice, then goes on with paragraphs."""
        quoted = ["The label read: © 1998 Harbour Records. All rights reserved."]
        more = [
            "That line, printed on every sleeve, became the subject of a lawsuit in 2004 when"
            " the band argued that the label had never owned the recordings it claimed.",
            "The court agreed with the musicians, and the records were reissued a year later"
            " under their own name, with the old notice removed from the covers.",
        ]
        text = page(TITLE, BODY, quoted, more)
        assert default(text) == text

    def test_a_notice_above_many_lines_stays(self):
        """More than a footer's worth of lines below a notice: the page goes on, so it stays."""
        notice = [
            "Copyright Harbour Gazette 2024, part of the Coastal Media Group. All rights reserved."
        ]
        lines = [
            f"Song {number} of the record is about the sea and the boats." for number in range(14)
        ]
        assert notice[0] not in default(page(TITLE, BODY, notice, lines[:10])).split("\n")
        assert notice[0] in default(page(TITLE, BODY, notice, lines)).split("\n")

    def test_rights_without_a_mark_mid_text_stay(self):
        """A sentence that reserves rights with no mark or year, prose after it, stays."""
        line = ["The publisher says all rights reserved for the photographs belong to the port."]
        text = page(TITLE, BODY, line, BODY)
        assert default(text) == text
