"""remove_boilerplate's rights notices: decided by the notice's words with a mark, a year or few words."""

import pytest

from textclean import clean
from textclean._filters.boilerplate.signals import EDGE, call_to_action, score, signals

BODY = (
    "The harbour bridge will close for repairs in May, the council said on Tuesday. Ferries will"
    " run every half hour while the work lasts, and the buses will take the long road around the"
    " bay.\n\nOne reader wrote that the bridge had been unsafe for years, and the council said it"
    " would answer every letter it received before the summer."
)
# Written after the rule was frozen, in words and languages it was not written from.
NOTICES = [
    "2019 – Alle Rechte vorbehalten.",
    "© 2021 Tous droits réservés.",
    "Wszelkie prawa zastrzeżone, 2020.",
    "Tutti i diritti riservati.",
    "Все права защищены. Перепечатка только с разрешения редакции.",
]
# Prose about copyright that quotes a notice's words.
LAW = [
    "Under the Berne Convention the notice “all rights reserved” no longer matters, the court said.",
    "Der Verlag schrieb „Alle Rechte vorbehalten“ unter jedes Bild, obwohl die Fotos gemeinfrei"
    " waren, sagte die Richterin.",
]


class TestRightsNotice:
    """A rights notice is furniture at the edges; an article about copyright law is prose."""

    @pytest.mark.parametrize("line", NOTICES)
    def test_notice_is_strong_enough_for_the_edges(self, line):
        """A notice with a year, a mark, few words or opening with its rights scores at the edges."""
        found = score(signals(line))
        assert found.category == "copyright"
        assert found.value >= EDGE

    @pytest.mark.parametrize("line", LAW)
    def test_sentence_about_copyright_law_is_no_notice(self, line):
        """A sentence quoting the words is no call to action, at the top or the bottom."""
        assert call_to_action(line).category is None
        assert line in clean(f"{line}\n\n{BODY}\n\nShare this")
        assert line in clean(f"{BODY}\n\n{line}\n\nShare this")

    def test_notice_goes_among_footer_furniture(self):
        """A notice between footer links at the bottom goes with them."""
        text = f"{BODY}\n\nÄltere Beiträge\n\n{NOTICES[0]}\n\nImpressum\n\nKontakt"
        assert clean(text) == BODY
