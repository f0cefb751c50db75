"""
Contact and address blocks below the body (contacts.py).

The blocks were written for these tests after the rule was frozen, in other
words, places and languages than the pages it was read from; none is a line
of an evaluation set. An address the article gives, and dates and numbers
of the article, stay.
"""

import pytest
from test_boilerplate_fresh_kinds import BODY, default, gone, web

from textclean._filters.boilerplate import contacts

BLOCKS = {
    "en": ["Harbour Press Ltd", "12 Quay Street", "Tel. +44 1632 960 123", "press@harbour.example"],
    "de": ["Pressestelle", "Hafenverlag GmbH", "Kaistraße 14", "24103 Kiel", "Tel.: 0431 55 66 77"],
    "fr": ["Service de presse", "Rue du Port 8", "75011 Paris", "contact@port.example"],
    "es": ["Oficina de prensa", "Calle Mayor 21", "28013 Madrid", "Teléfono: 091 555 12 34"],
    "it": ["Ufficio stampa", "Via del Porto 5", "16121 Genova", "stampa(at)porto.example"],
    "pl": ["Biuro prasowe", "ul. Portowa 3", "80-001 Gdańsk", "tel. +48 58 555 12 34"],
    "nl": ["Persdienst", "Havenstraat 17", "3011 Rotterdam", "pers@haven.example"],
}


def _page(lines):
    return "\n".join([*BODY, *lines])


@pytest.mark.parametrize("cleaner", [default, web], ids=["default", "web"])
class TestContactBlocks:
    @pytest.mark.parametrize("lang", sorted(BLOCKS))
    def test_a_contact_block_below_the_body_goes(self, cleaner, lang):
        """A phone, a postcode, an e-mail or a street together below the last paragraph."""
        lines = BLOCKS[lang]
        removed = gone(_page(lines), cleaner)
        assert all(line in removed for line in lines), removed
        assert not any(line in removed for line in BODY)

    def test_an_address_in_the_body_stays(self, cleaner):
        """A block with the body going on below it is the article's (a shop it writes about)."""
        lines = BLOCKS["de"][1:]
        text = "\n".join([BODY[0], *lines, BODY[1], BODY[2]])
        assert not any(line in gone(text, cleaner) for line in lines)

    def test_a_sentence_with_an_address_stays(self, cleaner):
        """An address written in a sentence ends like one: no contact line."""
        line = "The new café opens at Kaistraße 14, 24103 Kiel, on Monday at nine."
        assert line not in gone(_page([line, "Tel.: 0431 55 66 77"]), cleaner)


NOT_CONTACTS = [
    ["Kapitel 12", "Platz 3", "Top 10"],  # a street's shape only
    ["12.03.2024", "Die Wahl 2024", "1998 – 2004"],  # dates and years
]


@pytest.mark.parametrize("cleaner", [default, web], ids=["default", "web"])
@pytest.mark.parametrize("lines", NOT_CONTACTS, ids=["streets-only", "dates"])
def test_numbers_of_the_article_are_no_contact_block(cleaner, lines):
    """Streets' shapes alone, dates and years are no contact block."""
    text = _page(lines)
    reasons = {c.before.strip(): c.reason for c in cleaner.explain(text)[1]}
    assert not any("contact block" in reasons.get(line, "") for line in lines), reasons


@pytest.mark.parametrize(
    ("text", "expected"),
    [("+49 (0)30 78 95 47 78", True), ("555-123-4567", True), ("12.03.2024", False)],
)
def test_phone(text, expected):
    """A number dialled, not a date."""
    assert contacts._phone(text) is expected
