r"""
Appeals to the reader beside furniture: the site asking to follow, share, comment or subscribe.

Below an article (and sometimes above it) a page prints a sentence or two
in which the site speaks to its reader about itself: ``Like this story?
Share it with a friend!``, ``Folge uns auch in den sozialen Medien, wir
halten dich auch dort auf dem Laufenden.``, ``¿Ya sabías que en
Guatemala.com tenemos canal de Telegram? Únete desde tu celular …``,
``Wie gefällt Ihnen unsere Website? Teilen Sie es uns mit!``, ``Verraten Sie
gerne in den Kommentaren: …``. They read as prose, each worded afresh, so
no catalog line and no pair of cues names them. Three things together do,
in any wording:

- the **reader** is addressed: a word of the second person (you, dich,
  Ihnen, vous, tu, twój, вы …), a sentence that opens with an imperative
  of the prompts' vocabulary or one of following, sharing, writing and
  looking, or such a verb before ``us`` (``… and follow us on
  Instagram``); a question alone is an interviewer's too;
- a **medium** is named: the site's own channels (a newsletter, the
  comments, a forum, a podcast, a channel, social media and its platforms,
  e-mail, cookies), the site, a magazine, the article itself, journalism,
  a subscription, a membership, a donation;
- the **site speaks of its own**: ``our``/``us`` (unser, uns, notre,
  nos, nuestro, nasz, наш …; not ``we``, anyone's in an interview), this
  article or this site, its domain, cookies (a site asks consent for its
  own), or the comments below (``in the comments``, ``in den Kommentaren``).

And where it sits: within ``REACH`` lines of furniture already removed, no
paragraph of prose between, after the body's first paragraph (or above a
body of two); a line right under a paragraph of prose goes only with the
furniture below it, and one right above a paragraph only with the
furniture above it. The nearest furniture on a side decides: a picture's
credit or the page's rights notice is no box of the reader's (an
article's closing line sits above the footer), and a line with a comment's
furniture on both sides is a reader's comment, which ``default`` keeps.

What stays: an op-ed's call to action names no medium of the site (``Call
your senator today. Join us at the rally on Saturday!``); a story about a
platform names it, and the reader, but not the site's own (``You can follow
the new account on Instagram.``); a quotation opens with its mark (``"If
you want to help, visit our website," she said.``); a paragraph is longer
than an appeal.

    >>> appeal("Like this story? Share it with a friend!")
    True
    >>> appeal("Folge uns auch in den sozialen Medien, wir halten dich auf dem Laufenden.")
    True
    >>> appeal("You can follow the new account on Instagram and share your photos.")
    False
    >>> appeal("Call your senator today. Join us at the rally on Saturday!")
    False
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from textclean._filters.boilerplate.catalog import COMMENT_FORM, COPYRIGHT, CREDIT, PROMPT
from textclean._filters.boilerplate.notices import REACH as NOTICES_REACH
from textclean._filters.boilerplate.signals import Parts
from textclean._filters.boilerplate.vocabulary import (
    IMPERATIVES,
    SELF_REFERENCE,
    SIGN_UP,
    SITE_POSSESSIVES,
    SITE_SELF,
)

if TYPE_CHECKING:
    from textclean._filters.boilerplate.blocks import Line

#: Content lines between the appeal and the furniture beside it: the notices' reach,
#: so that the lines listed beside furniture for notices serve here too.
REACH = NOTICES_REACH
_MAX_APPEAL_CHARS = 400  # a sentence or two, not a paragraph
_MAX_APPEAL_SPACES = 60
_MIN_APPEAL_SPACES = 3  # a sentence, not a button ("Folge uns")
_PARAGRAPH_CHARS = 100  # a line this long that reads as prose is the article's
_NOT_BOXES = (CREDIT, COPYRIGHT)
_BODY = 2  # paragraphs: below an appeal, the body goes on (it is amid it, or above it)

# The reader in the second person (en de fr es it pt nl pl ru uk tr sv cs),
# less the forms other languages write as common words: Polish "was" and
# "ty", French "ta" and "ton", Swedish "ni" and "din", Turkish "sen" (Sen.).
# German "Sie" and "Ihr" are the reader's only capitalised inside a sentence.
_SECOND_PERSON = frozenset((
    "you", "your", "yours", "you're", "you'll", "you've", "yourself",
    "du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "euch", "euer", "eure",
    "vous", "votre", "vos", "tu", "tes", "toi",
    "tú", "tus", "usted", "ustedes", "contigo",
    "tuo", "tua", "tuoi", "tue", "voi", "vostro", "vostra", "vostri",
    "você", "vocês", "teu", "teus",
    "jij", "jouw", "uw",
    "ty", "twój", "twoja", "twoje", "twojego", "twojej", "wasz", "wasza", "wasze", "waszą",
    "waszych", "wam",
    "вы", "вас", "вам", "ваш", "ваша", "вашу", "ваше", "ваши", "ты", "тебя", "тебе", "твой",
    "ви", "твій", "твою",
    "siz", "sizin", "senin",
    "ditt", "dina",
    "vy", "váš", "vaše", "vás", "vám", "tvůj", "tvoje",
))  # fmt: skip
_FORMAL_SECOND = frozenset(("Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres"))
# Verbs an appeal opens with besides the prompts' imperatives: following,
# sharing, commenting, writing, telling, looking (by language).
_APPEAL_VERBS = frozenset((
    "share", "follow", "comment", "write", "tell", "let", "send", "submit", "like", "watch",
    "look", "listen", "read", "download",
    "teile", "teilt", "folge", "folgt", "folgen", "kommentiere", "schreib", "schreibe",
    "schreiben", "verrate", "verraten", "schau", "schaut", "schauen", "hör", "höre", "lies",
    "partagez", "partage", "suivez", "suis", "commentez", "écrivez", "écris", "dites",
    "regardez", "écoutez", "lisez",
    "comparte", "compártelo", "sigue", "síguenos", "síguelo", "comenta", "escribe",
    "escríbenos", "cuéntanos", "mira", "escucha", "lee",
    "condividi", "seguici", "segui", "commenta", "scrivi", "scrivici", "raccontaci",
    "guarda", "ascolta", "leggi",
    "compartilhe", "partilhe", "siga", "comente", "escreva", "conte", "veja", "ouça", "leia",
    "deel", "volg", "reageer", "schrijf", "vertel", "kijk", "luister", "lees",
    "udostępnij", "obserwuj", "skomentuj", "napisz", "napiszcie", "zobacz", "posłuchaj",
    "przeczytaj",
    "поделитесь", "подписывайтесь", "следите", "напишите", "расскажите", "смотрите",
    "слушайте", "читайте", "поділіться", "підписуйтесь", "стежте", "напишіть",
    "розкажіть", "дивіться", "слухайте", "читайте",
    "paylaş", "paylaşın", "takip", "yaz", "yazın", "izle", "dinle", "oku",
    "dela", "följ", "kommentera", "skriv", "berätta", "titta", "lyssna", "läs",
    "sdílejte", "sledujte", "komentujte", "napište", "podívejte", "poslechněte",
))  # fmt: skip
_OPENERS = _APPEAL_VERBS | IMPERATIVES | SIGN_UP
_BEFORE_US = _APPEAL_VERBS - {"like", "let", "read", "look", "watch", "listen", "lee", "lees"}
# The site's own channels and things, by stems a word opens with or holds
# (compounds: "Musiknewsletter", "YouTube-cookies", "Kommentardaten").
_MEDIUM_STEMS = (
    "newsletter", "nieuwsbrie", "nyhetsbrev", "bülten", "boletín", "рассылк", "розсилк",
    "infolettre",
    "comment", "kommentar", "komment", "coment", "koment", "reactie", "коммент", "комент",
    "yorum",
    "forum", "fórum", "форум", "podcast", "подкаст", "channel", "kanal", "canal", "канал",
    "facebook", "twitter", "instagram", "telegram", "whatsapp", "youtube", "tiktok",
    "linkedin", "pinterest", "mastodon", "bluesky", "rss",
    "e-mail", "email", "inbox", "postfach", "correo", "courriel",
    "website", "webseite", "webpage", "sitio", "cookie", "çerez",
    "magazin", "revista", "rivista", "czasopism", "журнал",
    "article", "artikel", "artículo", "articolo", "artigo", "artykuł", "стать", "статт",
    "story", "beitrag", "makale", "článek", "inlägg",
    "journalis", "periodism", "giornalism", "jornalism", "dziennikarstw", "журналист",
    "журналіст", "gazetecilik", "novinář",
    "subscri", "abonn", "suscri", "abbona", "assinatur", "assinant", "prenumer", "подпис",
    "передплат", "předplat",
    "member", "mitglied", "membre", "miembro", "membro", "członk",
    "donat", "spende", "donación", "donazion", "doação", "darowizn", "пожертв",
)  # fmt: skip
# Social media by name: "soziale Batterie" is no medium.
_MEDIUM_PHRASES = (
    "social media", "social network", "sozialen medien", "soziale medien", "sozialen netzwerk",
    "réseaux sociaux", "redes sociales", "reti sociali", "social network", "redes sociais",
    "sociale media", "mediach społecznościowych", "социальных сетях", "соціальних мережах",
    "sosyal medya", "sociala medier", "sociálních sítích",
)  # fmt: skip
_MEDIUM_WORDS = ("site", "blog", "web", "app", "feed", "abo", "heft", "сайт", "блог")
# ... as split words write them ("Abo.", "blog,"): one set test in C
_MEDIUM_WORD_FORMS = frozenset(
    lead + word + trail
    for word in _MEDIUM_WORDS
    for lead in ("", "(", "«", "“", "„")
    for trail in ("", ".", ",", "!", "?", ":", ";", ")", "»", "”", "…")
)
# The site as the one spoken of: our, us (less Italian "ci" and "vi", Polish
# "nas", common words there; "we" is anyone's in an interview). "US" is a country.
_SITE_WORDS = SITE_POSSESSIVES | frozenset((
    "us", "uns", "nous", "nos", "ons", "nam", "нам", "нас", "bize", "bizi", "oss", "nám",
    "nás", "unsrer",
))  # fmt: skip
_SITE_PHRASES = (
    *SELF_REFERENCE,
    *SITE_SELF,
    "in the comments", "in den kommentaren", "dans les commentaires", "en los comentarios",
    "nei commenti", "nos comentários", "in de reacties", "w komentarzach", "в комментариях",
    "в коментарях", "yorumlarda", "i kommentarerna", "v komentářích",
)  # fmt: skip
# (one search of each text for all the stems and phrases: the fast extra's automaton)
_MEDIUM_PARTS = Parts.of((*_MEDIUM_STEMS, *_MEDIUM_PHRASES))
_MEDIUM_ANY = Parts.of((*_MEDIUM_STEMS, *_MEDIUM_PHRASES, *_MEDIUM_WORDS))
# "cookie": a site asks consent for its own cookies
_SITE_PARTS = Parts.of((*_SITE_PHRASES, "cookie"))
# The site's own address: a domain (not an author's e-mail address or handle).
_ADDRESS = re.compile(r"(?<![\w@.-])[\w-]+\.(?:com|org|net|de|fr|es|it|pl|ru|at|ch|nl|eu)\b")
_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?")
_SENTENCE_START = re.compile(r"(?:^|[.!?…:]\s+)[¡¿\"'“„«(]*([^\W\d_][\w'’-]*)")
_OPENING_MARKS = tuple("\"'“”„«»‘’‚-–—")
# What someone is quoted saying is theirs, not the site's: read without it.
_QUOTED = re.compile(r'“[^“”]*”|„[^„“”]*[“”]|«[^«»]*»|"[^"]*"')


def _addressed(text: str, words: list[str], folded: list[str]) -> bool:
    """Whether the reader is spoken to: the second person, an imperative opening or before us."""
    if not _SECOND_PERSON.isdisjoint(folded):
        return True
    if any(word in _FORMAL_SECOND for word in words[1:]):
        return True
    if any(m[1].casefold() in _OPENERS for m in _SENTENCE_START.finditer(text)):
        return True
    # "... and follow us on Instagram", "Folgen Sie uns", "suivez-nous": a verb of
    # following, sharing or writing before us (not the prompts' imperatives of all
    # languages: Spanish "introduce" is an English verb, "people like us" no appeal)
    return any(
        word in _BEFORE_US and not _SITE_WORDS.isdisjoint(folded[at + 1 : at + 3])
        for at, word in enumerate(folded)
    )


def _names_medium(lowered: str) -> bool:
    """Whether a casefolded line names one of the site's channels or things (a stem or a word)."""
    if not _MEDIUM_ANY.in_text(lowered):
        return False  # (one search: most lines hold neither a stem nor a word's letters)
    return _MEDIUM_PARTS.in_text(lowered) or not _MEDIUM_WORD_FORMS.isdisjoint(lowered.split())


def _site_speaks(text: str, lowered: str, folded: list[str]) -> bool:
    """Whether the site speaks of its own: our, us, this article or site, its domain, comments."""
    return (
        not _SITE_WORDS.isdisjoint(folded)
        or _SITE_PARTS.in_text(lowered)
        or _ADDRESS.search(text) is not None
    )


def appeal(text: str) -> bool:
    """Whether a stripped line is an appeal of the site to its reader (see the module)."""
    if (
        len(text) > _MAX_APPEAL_CHARS
        or not _MIN_APPEAL_SPACES <= text.count(" ") <= _MAX_APPEAL_SPACES
        or text.startswith(_OPENING_MARKS)  # a quotation, a line of dialogue
    ):
        return False
    lowered = text.casefold()
    # a medium first, in one search of its stems (most lines name none), and
    # again without what someone is quoted saying, if anything is
    if not _names_medium(lowered):
        return False
    if "“" in text or "„" in text or "«" in text or '"' in text:
        text = _QUOTED.sub(" ", text)
        lowered = text.casefold()
        if not _names_medium(lowered):
            return False
    words = _WORD.findall(text)
    folded = [word.casefold() for word in words if word != "US"]
    return _site_speaks(text, lowered, folded) and _addressed(text, words, folded)


def reader_appeals(content: list[Line], removed: dict[int, str], beside: list[int]) -> None:
    """
    Mark the appeals to the reader beside furniture; see the module.

    Only ``beside`` is asked: the positions of the lines within REACH lines
    of a removed one (lines.kept_beside_removed), not the whole article.
    """
    first_prose = -1  # found once a line may be an appeal
    below: list[int] = []  # paragraphs that stay below each position (counted once)
    for pos in beside:
        line = content[pos]
        if line.index in removed or not appeal(line.text):
            continue
        if not below:
            below = _paragraphs_below(content, removed)
            first_prose = next(
                (p for p, found in enumerate(content) if _paragraph(found)), len(content)
            )
        # above the body (two paragraphs below it), or after its first
        # paragraph (none: no body, and nothing to tell an appeal from)
        at_head = pos <= first_prose and below[pos] >= _BODY
        if (at_head or pos > first_prose) and _furniture_beside(content, pos, removed):
            removed[line.index] = (
                f"{PROMPT}: an appeal to the reader (addressed, a medium, the site's own) "
                "beside furniture"
            )


def _paragraphs_below(content: list[Line], removed: dict[int, str]) -> list[int]:
    """For each position, how many paragraphs of prose that stay follow it (up to _BODY)."""
    counts = [0] * len(content)
    found = 0
    for pos in range(len(content) - 1, -1, -1):
        counts[pos] = found
        if found < _BODY and _kept_paragraph(content[pos], removed):
            found += 1
    return counts


def _paragraph(line: Line) -> bool:
    return line.prose and len(line.text) >= _PARAGRAPH_CHARS


def _furniture_beside(content: list[Line], pos: int, removed: dict[int, str]) -> bool:
    """
    Whether furniture of the reader's boxes is within REACH lines of ``pos``, no paragraph between.

    A line right under a paragraph goes on with it unless furniture is
    below; one right above a paragraph leads into it unless furniture is
    above. The nearest furniture on a side is asked: a credit or a rights
    notice closes a caption or the page, no box of the reader's. A line with
    a comment's furniture on both sides (a reply button, a name and date) is
    a reader's comment in a thread, which stays in ``default`` (threads).
    """
    above = _nearest_furniture(content, pos, removed, -1)
    below = _nearest_furniture(content, pos, removed, 1)
    if above and below and above.startswith(COMMENT_FORM) and below.startswith(COMMENT_FORM):
        return False
    return any(why and not why.startswith(_NOT_BOXES) for why in (above, below))


def _nearest_furniture(content: list[Line], pos: int, removed: dict[int, str], step: int) -> str:
    """The reason of the nearest removed line on one side (``step``), or "" past a paragraph."""
    if 0 <= pos + step < len(content) and _kept_paragraph(content[pos + step], removed):
        return ""
    near = pos + step
    for _ in range(REACH):
        if not 0 <= near < len(content):
            break
        found = content[near]
        why = removed.get(found.index)
        if why is not None:
            return why
        if _kept_paragraph(found, removed):
            break
        near += step
    return ""


def _kept_paragraph(line: Line, removed: dict[int, str]) -> bool:
    return _paragraph(line) and line.index not in removed
