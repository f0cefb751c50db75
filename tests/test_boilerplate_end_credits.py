"""
Contributor credits at the end of an article (end_credits.py).

The credits below were written for these tests after the rule was frozen, in
other words than the rule's examples and in several languages; none is a
line of an evaluation set. The negatives are sentences of a story that speak
of contributing, and a credit in the middle of the article.
"""

import pytest
from test_boilerplate_fresh_kinds import BODY, default, doc, gone, web

from textclean._filters.boilerplate.end_credits import credit_sentence

SHARE = "Share on Facebook"

CREDITS = {
    "en": "The Guardian's Tom Hale and Priya Nair contributed to this report.",
    "en2": "Maria Lopez in Madrid contributed reporting.",
    "de": "Mit Material von Reuters und KNA.",
    "es": "Con información de Europa Press.",
    "it": "Ha contribuito Giulia Conti da Torino.",
    "pl": "Przy współpracy Tomasza Zielińskiego.",
    "ru": "По материалам Интерфакс.",
    "fr": "Hélène Martin a contribué à cet article.",
}
# Found after the rule was frozen: a phrase inside the line, not at an end.
MISSED = {"fr"}

STORIES = [
    "Local volunteers contributed to this report by collecting water samples each week.",
    "Many local readers contributed to this report.",
    "Mit Material von der Baustelle wurde die Brücke repariert, sagte der Bürgermeister.",
]


class TestEndCredits:
    @pytest.mark.parametrize(
        "lang",
        [
            pytest.param(
                lang,
                marks=pytest.mark.xfail(strict=True, reason="the phrase is not at an end"),
            )
            if lang in MISSED
            else lang
            for lang in sorted(CREDITS)
        ],
    )
    @pytest.mark.parametrize("cleaner", [default, web], ids=["default", "web"])
    def test_a_credit_at_the_end_goes(self, lang, cleaner):
        """A credit phrase with the names it credits, among the last lines, goes."""
        removed = gone(doc(bottom=[CREDITS[lang], SHARE]), cleaner)
        assert CREDITS[lang] in removed
        assert not set(BODY) & set(removed)

    @pytest.mark.parametrize("story", STORIES)
    @pytest.mark.parametrize("cleaner", [default, web], ids=["default", "web"])
    def test_a_story_about_contributing_stays(self, story, cleaner):
        """A sentence of the article that mentions contributing stays, at the end too."""
        assert story not in gone(doc(bottom=[story, SHARE]), cleaner)

    def test_a_credit_in_the_middle_stays(self):
        """Among the body's paragraphs a credit-shaped line is not asked."""
        line = CREDITS["en2"]
        text = "\n".join([BODY[0], BODY[1], line, BODY[2], BODY[0], BODY[1], SHARE])
        assert line not in gone(text)

    @pytest.mark.parametrize(
        ("line", "credit"),
        [
            ("AP and Reuters contributed to this story.", True),
            ("Additional reporting from Anna Berg", True),
            ("Many readers contributed to this story.", False),
            ("Edited by", True),
            ("The mayor contributed to this report by phone, she said.", False),
        ],
    )
    def test_credit_sentence(self, line, credit):
        """Besides the phrase only names, agencies and short words between them."""
        assert credit_sentence(line) is credit
