"""
Appeals to the reader beside furniture (appeals.py): the site asking to follow, share, comment.

The appeals and their negatives below were written for these tests, in
several languages; none is a line of an evaluation set. The negatives are
what an article says to its reader: an op-ed's call to action, a story
about a platform, a quotation, an author's bio with a handle.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_boilerplate_fresh_kinds import BODY, default, doc, gone, web

from textclean._filters.boilerplate.appeals import appeal

SHARE = "Share on Facebook"
RELATED = ["Related articles", "Storm closes the ferry route", "New bakery opens on Main Street"]
RIGHTS = "© 2024 Harbour Press Ltd. All rights reserved."

APPEALS = {
    "en": "Enjoyed this story? Pass it on to a friend and follow us on Instagram!",
    "en2": "Tell us what you think in the comments below.",
    "de": "Abonnieren Sie unseren Newsletter, dann verpassen Sie keine Geschichte mehr.",
    "de2": "Dir gefällt unsere Arbeit? Unterstütze uns mit einem Abo.",
    "fr": "Vous aimez nos articles ? Suivez-nous sur les réseaux sociaux.",
    "es": "Síguenos en nuestro canal de WhatsApp y recibe las noticias del día.",
    "it": "Ti è piaciuto questo articolo? Condividilo con i tuoi amici.",
    "pt": "Gostou deste artigo? Assine a nossa newsletter e receba as novidades.",
    "nl": "Volg ons op Facebook en blijf op de hoogte van je buurt.",
    "pl": "Podobał Ci się ten artykuł? Zapisz się do naszego newslettera.",
    "ru": "Подписывайтесь на наш канал в Telegram, чтобы не пропустить новости.",
}  # fmt: skip

# What an article says to its reader, or of a medium, which stays.
NEGATIVES = [
    "Call your senator today and demand a vote on the bill before the summer recess!",
    "Join us at the rally outside the town hall on Saturday at noon!",
    "You can follow the new account on Instagram, where the museum posts its finds.",
    '"If you want to help, send us a message on Facebook," the organiser said.',
    "Jane Roe covers the harbour for the paper. Follow her on Twitter @janeroe.",
    "Die Stadt will die Kommentare der Bürger bis Ende Mai auf ihrer Website sammeln.",
    "Los vecinos publicaron un vídeo en YouTube para denunciar el ruido del puerto.",
]


def bottom(*lines: str) -> str:
    return doc(bottom=list(lines))


def appealed_by(text: str, cleaner: object) -> list[str]:
    """The lines a cleaner removed as appeals to the reader."""
    return [
        c.before.strip()
        for c in cleaner.explain(text)[1]  # type: ignore[attr-defined]
        if c.reason.startswith("prompt: an appeal to the reader")
    ]


def appealed(text: str) -> list[str]:
    """The lines the appeals stage (web only) removed (other stages may take a line by theirs)."""
    return appealed_by(text, web)


class TestAppeal:
    @pytest.mark.parametrize("lang", sorted(APPEALS))
    def test_an_appeal_of_any_wording(self, lang):
        """The reader addressed, a medium named and the site's own: an appeal, in any language."""
        assert appeal(APPEALS[lang])

    @pytest.mark.parametrize("line", NEGATIVES)
    def test_what_an_article_says_is_no_appeal(self, line):
        """A call to action without a medium, a story about a platform, a quote, a bio."""
        assert not appeal(line)

    def test_a_paragraph_is_no_appeal(self):
        """A line longer than a sentence or two is the article's, whatever its words."""
        assert not appeal(APPEALS["en"] + " " + " ".join(BODY * 3))

    def test_a_button_is_no_appeal(self):
        """Three words or fewer are a button, for the first stage to read."""
        assert not appeal("Follow us!")


class TestReaderAppeals:
    @pytest.mark.parametrize("lang", sorted(APPEALS))
    def test_an_appeal_beside_furniture_goes(self, lang):
        """An appeal under the body with furniture beside it goes; the body stays."""
        text = bottom(SHARE, APPEALS[lang], *RELATED)
        assert APPEALS[lang] in gone(text, web)
        assert not set(BODY) & set(gone(text, web))

    def test_an_appeal_right_under_the_body_goes_with_the_furniture_below(self):
        """The last paragraph above, furniture right below: the appeal goes with the furniture."""
        text = bottom(APPEALS["de"], SHARE, *RELATED)
        assert APPEALS["de"] in gone(text, web)

    def test_an_appeal_far_from_furniture_stays(self):
        """Without furniture within reach, an appeal is the article's last word."""
        text = bottom(APPEALS["en2"])
        assert APPEALS["en2"] not in gone(text, web)

    def test_a_rights_notice_below_is_no_box(self):
        """The page's rights notice right below the article's closing line does not take it."""
        text = bottom(APPEALS["en2"], RIGHTS)
        assert APPEALS["en2"] not in gone(text, web)

    @pytest.mark.parametrize("line", NEGATIVES)
    def test_an_article_line_beside_furniture_is_no_appeal(self, line):
        """Beside furniture too, the negatives are no appeal (a call to action's two cues are
        the first stage's: "follow" and "Instagram" among furniture at the bottom)."""
        assert line not in appealed(bottom(SHARE, line, *RELATED))

    def test_an_appeal_above_the_body_goes(self):
        """At the head, above a body of two paragraphs, with furniture beside it."""
        text = "\n".join(["Home", "News", APPEALS["fr"], *BODY])
        assert APPEALS["fr"] in gone(text, web)

    def test_a_text_without_a_body_keeps_it(self):
        """No paragraph of prose: nothing tells an appeal from content."""
        text = "\n".join([SHARE, APPEALS["en"], *RELATED])
        assert APPEALS["en"] not in gone(text, web)

    def test_a_comment_in_a_thread_stays_in_default(self):
        """Between a comment's furniture on both sides, a reader's words stay (threads)."""
        comment = "Thanks for sharing this on your blog, I sent it to our whole club!"
        thread = [
            "Leave a Reply",
            "Ann says:",
            "March 3, 2024 at 9:12 am",
            "Lovely piece, thank you.",
            "Reply",
            "Bob says:",
            "March 4, 2024 at 10:40 am",
            comment,
            "Reply",
        ]
        assert comment not in gone(bottom(*thread))

    @pytest.mark.parametrize("lang", sorted(APPEALS))
    def test_the_default_strength_keeps_appeals(self, lang):
        """The stage runs in web only: on unseen real pages its precision was no default's."""
        assert APPEALS[lang] not in appealed_by(bottom(SHARE, APPEALS[lang], *RELATED), default)

    def test_the_reason_names_the_appeal(self):
        """explain gives the category and the signals that decided."""
        text = bottom(SHARE, APPEALS["it"], *RELATED)
        reasons = [c.reason for c in web.explain(text)[1] if APPEALS["it"] in c.before]
        assert reasons
        assert reasons[0].startswith("prompt: an appeal to the reader")


@given(
    st.lists(
        st.sampled_from([*APPEALS.values(), *NEGATIVES, SHARE, RIGHTS, *RELATED, *BODY]),
        max_size=12,
    )
)
def test_idempotent_and_body_kept(lines):
    """Whatever the mix of appeals, negatives and furniture: idempotent, never raises, body kept."""
    text = doc(middle=lines[:2], bottom=lines[2:])
    for cleaner in (default, web):
        once = cleaner(text)
        assert cleaner(once) == once
        assert BODY[0] in once.split("\n")


@given(st.permutations(NEGATIVES))
def test_negatives_are_no_appeals(lines):
    """An article made of the negatives, a body and furniture: no negative goes as an appeal."""
    text = doc(middle=lines[:3], bottom=[SHARE, *lines[3:], *RELATED])
    assert not set(NEGATIVES) & set(appealed(text))


# Fresh variants, written after the rule was frozen (commit 31f75a4) and
# not tuned on: appeals of sites to their readers in other words and
# languages, and hard negatives an article or a letter says to its reader,
# each with furniture beside it. Reported apart (the module's own examples
# above were the rule's development set).
FRESH_APPEALS = [
    "Found this useful? Forward it to a colleague or sign up for our Friday briefing.",
    "Got a tip about the harbour? Drop us a line at tips@harbourpress.example.",
    "Want more stories like this one? Follow our newsroom on Mastodon and Bluesky.",
    "Help keep our local journalism free for everyone: become a supporter today.",
    "Missed an episode? Catch up on all of them in our podcast feed.",
    "Hast du Fragen zum Thema? Schreib sie uns in die Kommentare!",
    "Sie wollen keinen Artikel mehr verpassen? Folgen Sie uns auf WhatsApp.",
    "Gefällt Ihnen unsere Berichterstattung? Werden Sie jetzt Mitglied im Leserclub.",
    "Vous avez aimé cet article ? Partagez-le autour de vous et abonnez-vous à notre lettre.",
    "Retrouvez toutes nos vidéos sur notre chaîne YouTube et donnez-nous votre avis.",
    "¿Te ha gustado este artículo? Compártelo en tus redes sociales.",
    "Apoya nuestro periodismo independiente con una donación mensual.",
    "Ti è piaciuto? Iscriviti alla nostra newsletter settimanale e seguici su Instagram.",
    "Gostou do conteúdo? Siga o nosso canal no Telegram e receba as notícias.",
    "Vond je dit artikel interessant? Deel het dan met je vrienden.",
    "Masz pytanie do redakcji? Napisz do nas na adres listy@gazeta.example.",
    "Понравилась статья? Поделитесь ею с друзьями и подпишитесь на наш канал.",
    "Bu haberi beğendiyseniz bizi sosyal medyada takip edin.",
    "Gillade du artikeln? Följ oss på Facebook och dela den med dina vänner.",
    "Líbil se vám článek? Sledujte nás na sociálních sítích.",
]  # fmt: skip
FRESH_NEGATIVES = [
    # an op-ed's call to action, a letter to the editor, an article ending with the reader
    "So write to your MP this week, and tell them the ferry matters to all of us.",
    "I urge every reader to come to the meeting on Thursday and speak for the library.",
    "Think about that the next time you scroll past a story about the harbour.",
    "Dear editor, your report on the silo missed the fishermen's side of the story.",
    "If you have ever waited for the night bus in the rain, you know what this means.",
    "Die Gemeinde bittet alle Anwohner, ihre Einwände bis Freitag schriftlich einzureichen.",
    "Wer helfen will, kann sich beim Roten Kreuz in der Hafenstraße melden.",
    "Les habitants peuvent consulter le projet à la mairie jusqu'au 12 mai.",
    "Los interesados pueden inscribirse en el ayuntamiento hasta el lunes.",
    "Chi vuole partecipare può presentarsi in biblioteca sabato mattina.",
    "A empresa disse que os clientes podem pedir o reembolso até ao fim do mês.",
    "Mieszkańcy mogą zgłaszać uwagi do projektu do końca miesiąca.",
    "The band thanked its fans on Instagram and promised a new album in the spring.",
    "The paper's editor said subscriptions rose after the series on the port was published.",
]  # fmt: skip
# The fresh appeals the frozen rule misses, kept visible (not fixed by tuning):
# an e-mail address is no medium, "catch up" no opener, Polish "nas" no
# site word (Portuguese writes it for "in the").
FRESH_MISSES = {
    "Got a tip about the harbour? Drop us a line at tips@harbourpress.example.",
    "Missed an episode? Catch up on all of them in our podcast feed.",
    "Masz pytanie do redakcji? Napisz do nas na adres listy@gazeta.example.",
}


class TestFreshVariants:
    @pytest.mark.parametrize("line", FRESH_APPEALS)
    def test_a_fresh_appeal_beside_furniture_goes(self, line, request):
        """A fresh appeal, with a share widget above and related links below, goes."""
        if line in FRESH_MISSES:
            request.applymarker(pytest.mark.xfail(strict=True, reason="a fresh miss"))
        assert line in gone(bottom(SHARE, line, *RELATED), web)

    @pytest.mark.parametrize("line", FRESH_NEGATIVES)
    def test_a_fresh_negative_is_no_appeal(self, line):
        """What an article or a letter says to its reader is no appeal, beside furniture too."""
        assert not appeal(line)
        assert line not in appealed(bottom(SHARE, line, *RELATED))
        assert line not in gone(bottom(line, SHARE, *RELATED), web)
