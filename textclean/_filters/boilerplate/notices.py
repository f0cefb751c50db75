"""
Notices under a comment section: who may comment and how comments are handled, in any language.

A comment section prints a sentence or two to the reader about itself:
that commenting needs an account (``Para comentar debes registrarte``,
``Um … kommentieren zu können, müssen Sie eingeloggt sein``, ``You must be
logged in to post a comment``) or how comments are moderated, published or
deleted (``Kommentare werden vor der Freischaltung geprüft``, ``Comments
that break our rules will be removed``). Such a line is told by two kinds of
word together, whatever the wording: one of commenting (comment,
Kommentar, comentar, komentarz, коммент, yorum …) and one of an account or
of moderation (log in, registrieren, zaloguj, moderated, freigeschaltet,
netiquette, spam …), in a short line (a notice, not a paragraph) after the
body, with furniture just above or below it (the comment form, its count,
the share bar, a list of links). It goes as a comment form's line.

A news story about a site closing its comments, or about moderators, has
its sentences among other sentences, not beside furniture; a line longer
than a notice (a paragraph of that story) is never asked.

    >>> comment_notice("Para comentar debes registrarte y completar los datos generales.")
    True
    >>> comment_notice("Comments are moderated and may take a while to appear.")
    True
    >>> comment_notice("The minister declined to comment on the registry.")
    False
    >>> comment_notice("The bank closed his account after a long discussion.")
    False
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from textclean._filters.boilerplate.catalog import COMMENT_FORM
from textclean._filters.boilerplate.lines import KeptAbove

if TYPE_CHECKING:
    from textclean._filters.boilerplate.blocks import Line

# Commenting and discussing, by stem (en de fr es it pt nl pl ru uk tr sv cs hu):
# comment, commentaire, commento; Kommentar, kommentieren; comentar, comentário;
# komentarz, komentář; reageren, reacties; коммент-, комент-; yorum; hozzászól-;
# and a discussion the reader joins (Diskussion, dyskusja, обсуждение).
_COMMENT = regex.compile(
    r"(?i)(?<!\w)(?:comment|kommentar|kommentier|komment|koment|coment|reageer|reageren|"
    r"reacties|reactie plaatsen|discussion|diskussion|diskutier|discusión|discussione|"
    r"discussão|dyskusj|diskus|коммент|комент|обсужден|обговорен|yorum|hozzászól)"
)
# Parts of the stems above, casefolded, to rule a line out by substring
# tests in C before the pattern is asked: a part a haystack of narrower
# characters cannot hold (Cyrillic in a Latin line) is ruled out at once.
_COMMENT_PARTS = (
    "omment", "oment", "reag", "reacti", "iscus", "iskus", "yskus", "yorum", "hozzászól",
    "оммент", "омент", "бсужд", "бговор",
)  # fmt: skip
# An account: logging in, registering, being a subscriber.
_ACCOUNT = regex.compile(
    r"(?i)(?<!\w)(?:log(?:ged|ging)?[ -]?in|login|sign(?:ed)?[ -]?in|regist(?!ry|ries|ro)|"
    r"eingeloggt|einlogg|"
    r"anmeld|angemeldet|connecté|connectez|identifiez|inici\w* (?:una )?sesión|accedi|"
    r"zalog|zarejestr|войд|войти|авториз|зарегистр|увійд|увійти|зареєстр|"
    r"giriş yap|üye ol|přihlás|inloggad|logga in|bejelentkez|nutzerkonto|benutzerkonto|"
    r"konto|account|cuenta|compte|abonnent|abonné|subscriber|suscriptor|abbonat|assinante)"
)
# How comments are handled: moderated, approved, deleted, rules, spam.
_HANDLING = regex.compile(
    r"(?i)(?<!\w)(?:modera|moderi|modero|modér|freigeschaltet|freigegeben|freischalt|geprüft|"
    r"approv|aprobad|approuv|aprovad|goedgekeurd|zatwierdz|одобр|схвал|onaylan|"
    r"netiquette|netikette|richtlinie|guideline|règles|reglas|regole|regras|regels|"
    r"regulamin|правил|kurallar|regler|pravidl|offensive|beleidig|insult|injuri|spam|akismet|"
    r"lösch|delete|remove|supprim|elimina|cancella|apagad|verwijder|usuwa|usunię|удал|видал|"
    r"silin|raderas|smazán|respectful|respekt|respectueu|respetuos|rispettos|respeitos)"
)
# Words of a story about others, by language (en de fr es it pt nl pl ru uk sv cs hu):
# a person in the third person ("his", "seinem", "hij") or a report ("said",
# "sagte", "dijo"). A notice speaks of comments and to the reader; "The bank
# closed his account after a long discussion" tells of someone. Not the
# pronouns that stand for a comment too ("er", "il", "elle", "son", "он",
# "jego": a comment is a noun of their gender), nor "Sie" or "ihr" (the reader).
_OTHERS = frozenset({
    "he", "she", "his", "him", "her", "hers", "said", "says", "told",
    "seinem", "seinen", "sagte", "sagten", "erklärte", "déclaré", "affirmé",
    "dijo", "afirmó", "declaró", "dichiarato", "disse", "afirmou",
    "hij", "zei", "verklaarde", "powiedział", "powiedziała",
    "сказал", "сказала", "заявил", "заявила", "сказав", "заявив",
    "han", "hon", "sade", "řekl", "uvedl", "mondta",
})  # fmt: skip
_WORDS = regex.compile(r"\p{L}+")
_MAX_NOTICE_SPACES = 40  # a notice of a sentence or two, not a paragraph
_MIN_NOTICE_SPACES = 3  # ... a sentence, not a button ("Kommentar löschen")
_SENTENCE_ENDS = frozenset(".!?…。！？")
_MAX_NOTICE_CHARS = 320
#: Content lines between the notice and the furniture beside it.
REACH = 2


def comment_notice(text: str) -> bool:
    """Whether a stripped line is short and speaks of commenting and of accounts or moderation."""
    return (
        len(text) <= _MAX_NOTICE_CHARS
        and text[-1] in _SENTENCE_ENDS
        and _MIN_NOTICE_SPACES <= text.count(" ") < _MAX_NOTICE_SPACES
        # substring tests in C first: most sentences hold no commenting word
        and any(map(text.casefold().__contains__, _COMMENT_PARTS))
        and _COMMENT.search(text) is not None
        and (_ACCOUNT.search(text) is not None or _HANDLING.search(text) is not None)
        and _OTHERS.isdisjoint(_WORDS.findall(text.casefold()))
    )


def comment_notices(content: list[Line], removed: dict[int, str], beside: list[int]) -> None:
    """
    Mark the comment notices after the body beside furniture; see the module.

    A notice sits beside a removed line, so only ``beside`` is asked: the
    positions of the lines within REACH lines of a removed one
    (lines.kept_beside_removed), not the rest of the article.
    """
    first_prose = -1  # found once a line may be a notice
    kept = KeptAbove(content, removed)
    for pos in beside:
        line = content[pos]
        if pos == 0 or line.index in removed:
            continue
        above = content[pos - 1]
        if (
            # a line right under a paragraph of prose goes on with the
            # article (its last words, a story about a comment section)
            not (above.prose and len(above.text) >= _PARAGRAPH_CHARS and above.index not in removed)
            and comment_notice(line.text)
            and pos > (first_prose if first_prose >= 0 else (first_prose := _first_prose(content)))
            and _beside_furniture(content, pos, removed)
            and not _holds_lines_above(content, pos, kept)
        ):
            removed[line.index] = (
                f"{COMMENT_FORM}: a notice about commenting (an account, moderation) "
                "beside furniture"
            )


def _first_prose(content: list[Line]) -> int:
    return next((pos for pos, line in enumerate(content) if line.prose), len(content))


def _beside_furniture(content: list[Line], pos: int, removed: dict[int, str]) -> bool:
    """Whether a removed line sits within REACH content lines of ``pos``, no paragraph between."""
    for step in (-1, 1):
        near = pos + step
        for _ in range(REACH):
            if not 0 <= near < len(content):
                break
            line = content[near]
            if line.index in removed:
                return True
            if line.prose and len(line.text) >= _PARAGRAPH_CHARS:
                break  # the notice sits in prose: a story's sentence
            near += step
    return False


def _holds_lines_above(content: list[Line], pos: int, kept: KeptAbove) -> bool:
    """
    Whether more than _MAX_KEPT_ABOVE lines that stay sit between the notice and the prose above.

    Lines that stay between the body and the notice (a form's fields, a
    code listing that ends the article) would join the furniture at the end
    once the notice, a sentence of prose, no longer bounds them. The removed
    lines above are passed over by ``kept`` (the notices found before this
    one among them): reading them one by one for each notice made a text of
    many notices under furniture quadratic (1.5 s for 540 KB, 0.16 s now).
    """
    count = 0
    near = kept.at_or_above(pos - 1)
    while near >= 0:
        line = content[near]
        if line.prose and len(line.text) >= _PARAGRAPH_CHARS:
            return False
        count += 1
        if count > _MAX_KEPT_ABOVE:
            return True
        near = kept.at_or_above(near - 1)
    return False


_PARAGRAPH_CHARS = 100
_MAX_KEPT_ABOVE = 2  # a header ("Hier ist Ihre Meinung gefragt"), a button
