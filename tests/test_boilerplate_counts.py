"""remove_boilerplate's comment counts: a number or "none" before a comment word heads a thread."""

import pytest

from textclean import clean
from textclean._filters.boilerplate.signals import EDGE, score, signals

# Written after the rule was frozen, in words and languages it was not written from.
COUNTS = [
    "47 Kommentare zu „Wie man Brot backt“",
    "2 respuestas a «La ciudad que no duerme»",
    "5 commenti",
    "Nessun commento",
    "14 reacties",
    "Нет комментариев",
    "7 yorum",
    "3 kommentarer",
    "Žádné komentáře",
    "9 replies to “Notes from the harbour”",
]
# Lines that count or name comments as prose or headlines do.
NOT_COUNTS = [
    "120 comments were sent to the council by residents.",
    "No reply from the ministry",
    "Readers left 40 comments, and one of them wrote that the bridge was never safe.",
]


class TestCommentCount:
    """A count before a comment cue is a thread's header, shaped like furniture."""

    @pytest.mark.parametrize("line", COUNTS)
    def test_count_is_comment_furniture(self, line):
        """The count makes the line a comment-form candidate of the edges' strength."""
        found = score(signals(line))
        assert found.category == "comment_form"
        assert "a count of comments" in found.reasons
        assert found.value >= EDGE

    @pytest.mark.parametrize("line", NOT_COUNTS)
    def test_prose_and_replies_are_no_count(self, line):
        """A sentence about comments and a headline about a reply are not counted."""
        assert "a count of comments" not in score(signals(line)).reasons

    def test_count_goes_after_the_body_and_a_quoted_comment_stays(self):
        """The thread's header goes with the form; the article quoting a reader stays."""
        body = (
            "The harbour bridge will close for repairs in May, the council said on Tuesday. Ferries"
            " will run every half hour while the work lasts, and the buses will take the long road"
            " around the bay.\n\n"
            "One reader wrote in a comment that the bridge had been unsafe for years, and the"
            " council said it would answer every comment it received."
        )
        text = f"{body}\n\n{COUNTS[0]}\n\nKommentar schreiben\n\nName *\n\nE-Mail *"
        assert clean(text) == body
