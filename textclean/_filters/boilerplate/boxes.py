r"""
Boxes of furniture told by their structure: advertisements and sign-up boxes.

Two kinds of box that a line alone does not give away, read from the lines
around it once the other stages have spoken:

- **Advertisements**: a label that marks what follows as paid for
  (``- Anzeige -``, ``[Werbung]``, ``ADVERTISEMENT``, ``Publicité``) in any
  decoration, or opening a line before a separator (``ANZEIGE - Heute mal
  ausgehen?``, ``*Werbung. Dieser Beitrag enthält …``); and below a label on
  a line of its own, the offers it labels: the run of short lines that each
  name a price (``Fiat 500 Leasing für 55 Euro im Monat``).
- **Author boxes**: a line that is a name (``Jane Roe``, ``About Jane``),
  then a bio that opens with that name or speaks in the first person
  (``Jane Roe covers science …``, ``Hi, I'm Jane and …``, ``Als Redakteurin
  betreue ich …``), after the body and with furniture or the text's end
  just below: the box goes as one. A name over a paragraph in the middle of
  an article (an interview's speaker) has prose below it, not furniture.
- **Sign-up boxes**: a run of short lines that each carry a cue of a prompt
  (newsletter, subscribe, sign up, inbox, anmelden, abonnieren …) with at
  least three cues among them, of which one line already went (a header, a
  form button) or which furniture bounds: ``NEWSLETTER`` / ``Immer informiert
  bleiben mit dem wöchentlichen Newsletter. Jetzt anmelden!`` / ``Jetzt
  anmelden``. A sentence of an article that mentions a newsletter has one
  cue and prose around it.

The German word "Anzeige" is also a police report ("Anzeige erstatten") and
a display: as a label it stands alone, decorated, in capitals, or before a
separator, never inside a sentence.

    >>> ad_label("- Anzeige -"), ad_label("Anzeige erstatten")
    (True, False)
    >>> ad_prefix("ANZEIGE - Heute mal ausgehen/bestellen? Wie wäre es mit:")
    True
    >>> ad_prefix("Anzeige gegen den Fahrer wurde erstattet.")
    False
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import regex

from textclean._filters.boilerplate.catalog import (
    AUTHOR_BIO,
    PROMPT,
    READING,
    SHOP,
    SITE_FURNITURE,
)
from textclean._filters.boilerplate.lines import casefold, marked_lines, per_text, positions_at
from textclean._filters.boilerplate.signals import (
    common_cues_only,
    signals,
    stopword_density,
    strong_cues,
)
from textclean._filters.boilerplate.vocabulary import READER_WORDS

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from textclean._filters.boilerplate.blocks import Line
    from textclean._filters.boilerplate.signals import LineSignals

# The label of an advertisement or of sponsored content, casefolded, in the
# thirteen languages of the cue vocabulary (en de fr es it pt nl pl ru uk tr sv cs).
AD_MARKERS = frozenset({
    "advertisement", "advertising", "sponsored", "sponsored content", "paid content",
    "paid post", "promoted", "anzeige", "werbung", "gesponsert", "sponsored post",
    "publicité", "sponsorisé", "contenu sponsorisé", "publicidad", "patrocinado",
    "contenido patrocinado", "pubblicità", "sponsorizzato", "contenuto sponsorizzato",
    "publicidade", "conteúdo patrocinado", "advertentie", "gesponsord", "reklama",
    "sponsorowane", "artykuł sponsorowany", "реклама", "партнерский материал",
    "реклама.", "рекламa", "reklam", "sponsorlu", "annons", "sponsrad", "inzerce",
    "komerční sdělení",
})  # fmt: skip
_DECORATION = " \t-–—*·•|[](){}<>«»:.!_=~#"
_LONGEST_MARKER = max(map(len, AD_MARKERS))
# A marker opening a line, then a separator and the ad's text: "ANZEIGE - ...",
# "*Werbung. Dieser Beitrag ...", "[Sponsored] ...". Not a colon: "Werbung:"
# heads a section of an article about advertising.
_AD_PREFIX = regex.compile(
    r"[\s*\-–—\[(«|]*(?P<marker>\p{L}+(?: \p{L}+)?)[\s]*(?:[-–—|*)\]»]|\.(?=\s))\s*\S",
)
_MAX_AD_WORDS = 30  # a label's line, not an article's paragraph
# A price as written in offers, with the currency as a word too ("55 Euro").
_PRICE = regex.compile(
    r"(?i)[$€£¥₽₺₴]\s?\d|\d(?:[.,]\d+)?\s?(?:[$€£¥₽₺₴]|(?:eur|euro|usd|dollars?|chf|franken|"
    r"zł|złotych|pesos?|kč|kr|руб\w*|грн)\b)"
)
_MAX_OFFER_WORDS = 20
_MAX_OFFERS = 8  # offers under one label

_MAX_BOX_WORDS = 35  # a sign-up box's line, not a paragraph
_MAX_BOX_CHARS = 300
_MIN_BOX_CUES = 3
_MIN_BOX_LINES = 2
_MAX_HEADER_WORDS = 3
_MIN_BRIDGE_SPACES = 3  # a pitch between a header and its button: four words or more


@per_text  # asked of the lines by several boxes, in each reading
def ad_label(line: str) -> bool:
    """Whether the line is only an advertisement's label, in any decoration: "- Anzeige -"."""
    if len(line) > _LONGEST_MARKER + 12:
        return False
    core = " ".join(line.strip(_DECORATION).casefold().split())
    return core in AD_MARKERS


@per_text
def ad_prefix(line: str) -> bool:
    """
    Whether an advertisement's label opens the line before a separator and the ad's text.

    The label is written in capitals, or decorated, or followed by a dash,
    a bar, a bracket or a full stop: "Anzeige gegen den Fahrer" is a sentence.
    """
    match = _AD_PREFIX.match(line)
    if match is None or match["marker"].casefold() not in AD_MARKERS:
        return False
    return line.count(" ") < _MAX_AD_WORDS


def _offer(line: Line) -> bool:
    """A short line that names a price and is no sentence of prose: an offer."""
    text = line.text
    if text.count(" ") >= _MAX_OFFER_WORDS or _PRICE.search(text) is None:
        return False
    return not (line.signals if line.signals is not None else signals(text)).prose


def advertisements(content: list[Line], removed: dict[int, str]) -> None:
    """Mark advertisements' labels, lines they open, and the offers under a label of its own."""
    for pos, line in enumerate(content):
        text = line.text
        if ad_label(text):
            removed.setdefault(line.index, f"{SITE_FURNITURE}: an advertisement's label")
        elif line.index not in removed and ad_prefix(text):
            removed[line.index] = f"{SHOP}: opens with an advertisement's label"
            continue
        else:
            continue
        for below in content[pos + 1 : pos + 1 + _MAX_OFFERS]:
            if not _offer(below):
                break
            removed.setdefault(below.index, f"{SHOP}: an offer under the label '{text[:40]}'")


# "We" and "us" of the languages READER_WORDS holds (a reporter says them too);
# not "our", "unsere": the site's own things.
_WE = READER_WORDS & frozenset({
    "we", "us", "we'll", "wir", "uns", "nous", "nosotros", "noi", "ci", "nós", "wij", "ons",
    "my", "мы", "нас", "ми", "biz", "vi", "oss",
})  # fmt: skip
_LETTERS = regex.compile(r"[\p{L}'’]+")


def we_only(text: str) -> bool:
    """Whether the words of the line that address anyone are all "we" or "us", in any language."""
    words = READER_WORDS.intersection(_LETTERS.findall(casefold(text)))
    return bool(words) and words <= _WE


def _prompt_cues(line: Line) -> int:
    """
    How many prompt cues a short line holds (0 for a paragraph or words articles use too).

    A sentence that speaks to the reader or as the site, or opens with an
    imperative, counts its cues; one whose only address is "we" or "us" is
    about others ("... made every American a member, they told us"). A
    sentence about others counts them only
    with a word of signing up among them ("newsletter", "subscribers"), not
    with words articles use too alone ("Officials said they would accept
    help and free supplies"), and a sentence of prose needs two cues: "She
    has been a member of the council" is about someone.
    """
    text = line.text
    if len(text) > _MAX_BOX_CHARS or text.count(" ") >= _MAX_BOX_WORDS:
        return 0
    found = line.signals if line.signals is not None else signals(text)
    if common_cues_only(found):
        return 0
    count = sum(category == PROMPT for category, _ in found.cues)
    # "We" and "us" alone are as often the reporter's as the site's (see we_only).
    addressed = found.addressed and not (found.sentence and we_only(text))
    if addressed or found.imperative or found.self_reference or not found.sentence:
        return count
    if strong_cues(found, PROMPT) == 0 or (count == 1 and found.prose):
        return 0
    return count


def sign_up_boxes(content: list[Line], removed: dict[int, str], seeds: list[int]) -> None:
    """
    Mark runs of short lines with a prompt's cues: a sign-up box, header, pitch and button.

    A run needs two lines or more and three cues among them, and one of its
    lines removed already, a header of a few words opening it, or furniture
    or an end of the text next to it. A line already removed as a prompt
    joins the run with its cues, and so does one short line without a cue
    just above a line of the run (the pitch between a "Newsletter" header
    and its "Jetzt anmelden" button). Runs are looked for around ``seeds``,
    the lines the first stage measured with a prompt's cue or removed as a
    prompt (see find), so the sentences of an article are measured only
    next to one.
    """
    done = -1
    for seed in seeds:
        if seed <= done:
            continue
        start = seed
        while start > done + 1 and _member(content[start - 1], removed):
            start -= 1
        done = _mark_run(content, start, removed)


def _prompt_seed(found: LineSignals) -> bool:
    """A line measured with a prompt's cue: where a sign-up box may be."""
    return any(category == PROMPT for category, _ in found.cues)


def _member(line: Line, removed: dict[int, str]) -> bool:
    why = removed.get(line.index)
    return why.startswith(PROMPT) if why is not None else _prompt_cues(line) > 0


def _mark_run(content: list[Line], start: int, removed: dict[int, str]) -> int:
    """Mark the run of a box's lines from ``start`` if it is a box; return its last position."""
    pos, size, cues, gone = start, len(content), 0, False
    while pos < size:
        line = content[pos]
        why = removed.get(line.index)
        if why is not None:
            if not why.startswith(PROMPT):
                break
            gone = True
            cues += _prompt_cues(line)
        elif (count := _prompt_cues(line)) > 0:
            cues += count
        elif not (pos > start and _bridge(content, pos, removed)):
            break
        pos += 1
    run = content[start:pos]
    if (
        len(run) >= _MIN_BOX_LINES
        and cues >= _MIN_BOX_CUES
        and any(line.index not in removed for line in run)
        and (gone or _header(run[0]) or _bounded(content, start, pos, removed))
    ):
        words = ", ".join(line.text[:30] for line in run[:2])
        for line in run:
            removed.setdefault(
                line.index, f"{PROMPT}: a sign-up box of {len(run)} lines ({words} ...)"
            )
    return max(pos - 1, start)


def _bridge(content: list[Line], pos: int, removed: dict[int, str]) -> bool:
    """
    Whether a sentence without a cue sits just above a prompt's line (removed or cued).

    The pitch is a sentence of a few words; a word or two ("Longitude" in a
    list of an application's strings) is a label of something else.
    """
    line = content[pos]
    if pos + 1 >= len(content) or len(line.text) > _MAX_BOX_CHARS:
        return False
    if not _MIN_BRIDGE_SPACES <= line.text.count(" ") < _MAX_BOX_WORDS:
        return False
    below = content[pos + 1]
    why = removed.get(below.index)
    return why.startswith(PROMPT) if why is not None else _prompt_cues(below) > 0


def _header(line: Line) -> bool:
    """A header of a few words holding a prompt's cue: "Newsletter", "Stay informed"."""
    return line.text.count(" ") < _MAX_HEADER_WORDS and _prompt_cues(line) > 0


def _bounded(content: list[Line], start: int, end: int, removed: dict[int, str]) -> bool:
    """Whether removed furniture or an end of the text sits right above or below the run."""
    above = start == 0 or content[start - 1].index in removed
    below = end >= len(content) or content[end].index in removed
    return above or below


# First-person singular words that open a self-description, by language
# (en de fr es it pt nl pl ru uk tr sv cs); only words no other person uses.
FIRST_PERSON = frozenset({
    "i", "i'm", "i’m", "i've", "i’ve", "ich", "je", "j'", "j’", "yo", "soy", "io", "sono",
    "eu", "sou", "ik", "jestem", "я", "ben", "benim", "jag", "jsem", "já",
})  # fmt: skip
# A name's line may open with "About"/"Über" (an author box's header with the name).
_ABOUT = regex.compile(
    r"(?i)(?:about|über|à propos de|a propos de|sobre|acerca de|su di|o|про|over|om)\s+(?=\S)"
)
# Lowercase particles inside a name ("Piet de Graaf", "Ludwig van Beethoven").
_PARTICLES = frozenset(
    {
        "de",
        "van",
        "von",
        "da",
        "del",
        "di",
        "der",
        "den",
        "dos",
        "du",
        "le",
        "la",
        "ter",
        "ten",
        "bin",
        "al",
        "y",
        "e",
    }
)
_TITLES = frozenset({"dr", "prof", "mag", "ing", "dipl", "mr", "mrs", "ms"})
_MIN_NAME_WORDS = 2  # a full name: one capitalised word is as often a subheading ("Slots")
_MAX_NAME_WORDS = 4
_MAX_NAME_CHARS = 40
_FIRST_PERSON_REACH = 8  # words: a self-description says "I" early
_MIN_BIO_WORDS = 8
_MAX_BIO_CHARS = 900
_MAX_BIO_LINES = 3
_BOX_REACH = 2  # short lines between the bio and the furniture below it
_MAX_BETWEEN_WORDS = 8  # ... each of this many words at most ("300 posts", a handle)
_REACH_ABOVE = 40  # lines looked back from a name line for the body
_MAX_STAYING_ABOVE = 3  # a header, a link, a rating between the body and the box
_MIN_BODY = 2  # paragraphs of the article above the box
_BODY_CHARS = 100
_WORD = regex.compile(r"[\p{L}'’]+")
_QUOTE = regex.compile(r"[\"“”„«»‘‚]")


_NAME_ENDS = frozenset(".!?:;,")


def _name_words(text: str) -> list[str] | None:
    """The words of a line that is only a name ("Jane Roe", "About Jane"), casefolded; else None."""
    if len(text) > _MAX_NAME_CHARS or text[-1] in _NAME_ENDS:
        return None
    least = _MIN_NAME_WORDS
    if (about := _ABOUT.match(text)) is not None:
        text, least = text[about.end() :], 1  # "About Jane": the header says it is a person
    words = [word for word in text.split() if word not in _PARTICLES]
    if not least <= len(words) <= _MAX_NAME_WORDS or not all(
        word[0].isupper() and _WORD.fullmatch(word.rstrip(".")) for word in words
    ):
        return None
    folded = [word.casefold() for word in words]
    return folded if stopword_density(folded) == 0 else None


def _bio_opening(text: str, name: list[str]) -> bool:
    """Whether a paragraph opens with the name (maybe after a title) or says "I" early."""
    words = [w.casefold() for w in _WORD.findall(text[:200])][:_FIRST_PERSON_REACH]
    if len(text.split()) < _MIN_BIO_WORDS or len(text) > _MAX_BIO_CHARS or not words:
        return False
    opening = [w for w in words[:3] if w not in _TITLES]
    if opening and opening[0] in name and text.lstrip("«»\"'“„ ")[0].isupper():
        return True
    # the first person of a quotation is someone else's: only words before a quote count
    unquoted = _QUOTE.split(text[:200], maxsplit=1)[0]
    return any(w.casefold() in FIRST_PERSON for w in _WORD.findall(unquoted)[:_FIRST_PERSON_REACH])


def author_boxes(content: list[Line], removed: dict[int, str], names: list[int]) -> None:
    """
    Mark a name line and the bio below it, after the body and above furniture or the end.

    ``names`` are the positions of short lines ending no sentence after two
    paragraphs of the body (see find).
    """
    for pos in names:
        line = content[pos]
        if line.index in removed or pos + 1 >= len(content):
            continue
        below = removed.get(content[pos + 1].index)
        if below is not None and not below.startswith(AUTHOR_BIO):
            continue  # a bio another stage removed keeps its reason; its name line joins it
        name = _name_words(line.text)
        if name is None or _stays_above(content, pos, removed) > _MAX_STAYING_ABOVE:
            continue
        bio = pos + 1
        if not _bio_opening(content[bio].text, name):
            continue
        end = bio + 1
        while (
            end < len(content)
            and end - bio < _MAX_BIO_LINES
            and content[end].index not in removed
            and _bio_opening(content[end].text, [])  # the first person only
        ):
            end += 1
        if not _furniture_below(content, end, removed):
            continue
        why = f"{AUTHOR_BIO}: a name line and a bio below it ({line.text[:40]}), above furniture"
        for box in content[pos:end]:
            removed.setdefault(box.index, why)


def _stays_above(content: list[Line], pos: int, removed: dict[int, str]) -> int:
    """
    How many lines that stay sit between the body's last paragraph and ``pos`` (counted to 4).

    Once the box goes, they end the text: a list in the article (its last
    headings) would then read as furniture at the end and go too. Looks
    back _REACH_ABOVE lines at most.
    """
    staying = 0
    for back in range(pos - 1, max(-1, pos - 1 - _REACH_ABOVE), -1):
        line = content[back]
        if line.index in removed:
            continue
        if (line.prose and len(line.text) >= _BODY_CHARS) or staying > _MAX_STAYING_ABOVE:
            return staying
        staying += 1
    return staying


def _furniture_below(content: list[Line], start: int, removed: dict[int, str]) -> bool:
    """Whether removed lines or the end follow ``start`` after at most a short line or two."""
    for pos in range(start, start + _BOX_REACH + 1):
        if pos >= len(content) or content[pos].index in removed:
            return True
        if content[pos].text.count(" ") >= _MAX_BETWEEN_WORDS:
            return False
    return False


# A list of an application's strings names the same thing again and again
# ("Guardar copia", "Restaurar copia", "Borrar copia"); a menu's items are
# each a different place ("Politik", "Sport", "Impressum").
_MIN_SHARED_LETTERS = 4  # a word this long, no stopword, is a thing named
_MIN_SHARING_LINES = 3  # lines of the region naming it, the line itself included
_LONG_WORD = regex.compile(rf"[\p{{L}}'’]{{{_MIN_SHARED_LETTERS},}}")


def repeating_lines(texts: list[str]) -> set[int]:
    """
    The positions of lines that name a word which at least two other lines name too.

        >>> sorted(repeating_lines(["Copia guardada.", "Restaurar copia", "Borrar copia", "Sport"]))
        [0, 1, 2]
    """
    # Counted over the region at once (a word twice in one line is rare):
    # most regions repeat none, and cost a few calls.
    counts = Counter(_LONG_WORD.findall("\n".join(texts).casefold()))
    shared = [w for w, n in counts.items() if n >= _MIN_SHARING_LINES]
    shared = [w for w in shared if stopword_density([w]) == 0]
    if not shared:
        return set()
    return {
        pos
        for pos, text in enumerate(texts)
        if not {w.casefold() for w in _WORD.findall(text)}.isdisjoint(shared)
    }


# The header of a site's description of itself, casefolded, in the
# vocabulary's languages: the lines under it speak as the site.
ABOUT_US = frozenset({
    "about us", "about", "who we are", "über uns", "wir über uns", "à propos", "qui sommes-nous",
    "sobre nosotros", "quiénes somos", "chi siamo", "sobre nós", "quem somos", "over ons",
    "o nas", "о нас", "про нас", "hakkımızda", "om oss", "o nás",
})  # fmt: skip
# The site speaking of itself: first-person plural words no other person uses.
FIRST_PLURAL = frozenset({
    "we", "our", "us", "wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer", "nous",
    "notre", "nos", "nosotros", "nuestro", "nuestra", "nuestros", "somos", "noi", "nostro",
    "nostra", "siamo", "nós", "nosso", "nossa", "wij", "ons", "onze", "nasz", "nasza", "мы",
    "наш", "наша", "ми", "біз", "biz", "bizim", "vi", "vår", "vårt", "náš", "naše",
})  # fmt: skip
_ABOUT_INITIALS = frozenset(header[0] for header in ABOUT_US) | frozenset(
    header[0].upper() for header in ABOUT_US
)
_MAX_ABOUT_LINES = 2
_MAX_ABOUT_WORDS = 80
_ABOUT_TRIM = _DECORATION + "?¿"


def site_descriptions(content: list[Line], removed: dict[int, str], shorts: list[int]) -> None:
    """
    Mark the lines under an "About us" header after the body that speak as the site.

    "Über uns" then "Seit 50 Jahren sind wir ein Knabenchor ...", then the
    footer's links: a site's description of itself, in the first person
    plural, with furniture or the text's end just below it. ``shorts`` are
    the positions of short lines ending no sentence after the body (see find).
    """
    for pos in shorts:
        line = content[pos]
        if line.text.lstrip("¿")[:1] not in _ABOUT_INITIALS:
            continue
        if line.text.strip(_ABOUT_TRIM).casefold() not in ABOUT_US:
            continue
        end = pos + 1
        while (
            end < len(content)
            and end - pos <= _MAX_ABOUT_LINES
            and content[end].index not in removed
            and _speaks_as_site(content[end].text)
        ):
            end += 1
        if end == pos + 1 or not _furniture_below(content, end, removed):
            continue
        why = f"{SITE_FURNITURE}: the site's description under '{line.text[:30]}'"
        for below in content[pos:end]:
            removed.setdefault(below.index, why)


def _speaks_as_site(text: str) -> bool:
    """A paragraph of no great length with a first-person plural word: the site speaking."""
    if text.count(" ") >= _MAX_ABOUT_WORDS:
        return False
    return any(word.casefold() in FIRST_PLURAL for word in _WORD.findall(text))


# A rating as widgets print it: "4,73 von 5", "4.5/5", "3 out of 5".
RATING_CONNECTORS = (
    "/", "von", "of", "out of", "sur", "de", "su", "z", "из", "з", "van", "av", "üzerinden",
)  # fmt: skip
# A connector, or two as a page in two languages prints them ("4,73 von of 5").
_CONNECTOR = "(?:" + "|".join(RATING_CONNECTORS) + ")"
_RATING = regex.compile(
    r"(?i)\d(?:[.,]\d+)?\s*" + _CONNECTOR + r"(?:\s*" + _CONNECTOR + r")?\s*(?:5|10)\b"
)
# The characters _RATING's \s matches, and those its case-insensitive
# connectors can end with (tests check both against every code point): a
# rating's 5 or 10 has one of the latter before it, past the former.
RATING_SPACES = frozenset(
    "\t\n\v\f\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u2028\u2029\u202f\u205f\u3000"
)
RATING_CONNECTOR_ENDS = frozenset("/EFNRUVZefnruvzЗз")
# A question about the page itself: "War der Artikel nützlich?", "Was this post helpful?"
PAGE_NOUNS = frozenset({
    "article", "artikel", "beitrag", "post", "page", "seite", "artículo", "articolo", "artigo",
    "artykuł", "statja", "статья", "статью", "стаття", "статтю", "makale", "yazı", "inlägg",
    "artikeln", "článek", "článku", "tip", "tipp", "recipe", "rezept", "recette", "receta",
    "ricetta", "receita", "recept", "przepis", "рецепт", "tarif", "information", "informationen",
})  # fmt: skip
_MAX_QUESTION_WORDS = 8
_MAX_RATING_WORDS = 10


def rating_widgets(content: list[Line], removed: dict[int, str], questions: list[int]) -> None:
    """
    Mark a short question about the page and the rating beside it: a rating widget.

    "War der Artikel nützlich?" over "(95 Stimmen: 4,73 von 5)"; "Was this
    recipe helpful?" beside removed buttons. The question needs removed
    furniture or a rating next to it; the rating needs the question.
    ``questions`` are the positions of lines ending with a question mark.
    """
    for pos in questions:
        line = content[pos]
        if line.index in removed:
            continue
        if (answers := yes_no_answers(content, pos)) is not None:
            # "Was this article helpful?" over "Yes" and "No": both answers to
            # a short question are a widget's buttons, with or without furniture
            why = f"{READING}: a yes/no rating widget ('{line.text[:40]}')"
            for widget in (line, *answers):
                removed.setdefault(widget.index, why)
            continue
        if not _page_question(line.text):
            continue
        near = [content[p] for p in (pos - 1, pos + 1) if 0 <= p < len(content)]
        ratings = [n for n in near if n.index not in removed and _rating(n.text)]
        if not ratings and not any(n.index in removed for n in near):
            continue
        why = f"{READING}: a rating widget ('{line.text[:40]}')"
        for widget in (line, *ratings):
            removed.setdefault(widget.index, why)


# Yes and no, as a widget's two buttons print them, in 17 languages.
_YES = frozenset({
    "yes", "ja", "oui", "sí", "si", "sì", "sim", "tak", "да", "так", "ano", "áno", "evet",
    "igen", "kyllä",
})  # fmt: skip
_NO = frozenset({
    "no", "nein", "non", "não", "nee", "nie", "нет", "ні", "ne", "nej", "hayır", "nem", "ei",
})  # fmt: skip
_ANSWERS = regex.compile(r"\?[\s|/·•]*(\p{L}+)[\s|/·•]+(\p{L}+)")


def yes_no_answers(content: list[Line], pos: int) -> list[Line] | None:
    """
    The answer lines of a short question a yes and a no answer follow; None if there are none.

    On the question's line ("Was this article helpful? Yes No": no line
    more) or on the two lines below it ("Byl pro vás článek užitečný?",
    "Ano", "Ne"). A question a reader answers in prose ("No, not really.")
    has no such pair.
    """
    text = content[pos].text
    if text.count(" ") >= _MAX_QUESTION_WORDS + 2:
        return None
    if not text.endswith("?"):
        found = _ANSWERS.fullmatch(text, text.rfind("?"))
        return [] if found is not None and _yes_no(found[1], found[2]) else None
    if text.count(" ") >= _MAX_QUESTION_WORDS or pos + 2 >= len(content):
        return None
    below = content[pos + 1 : pos + 3]
    return below if _yes_no(below[0].text, below[1].text) else None


def _yes_no(first: str, second: str) -> bool:
    first, second = first.casefold(), second.casefold()
    return (first in _YES and second in _NO) or (first in _NO and second in _YES)


def _page_question(text: str) -> bool:
    if not text.endswith("?") or text.count(" ") >= _MAX_QUESTION_WORDS:
        return False
    return any(word.casefold() in PAGE_NOUNS for word in _WORD.findall(text))


def _rating(text: str) -> bool:
    return text.count(" ") < _MAX_RATING_WORDS and _RATING.search(text) is not None


_AD_MARKER = regex.compile("(?i)" + "|".join(regex.escape(marker) for marker in AD_MARKERS))
# The markers no other marker is part of: a text holds a marker if it holds one of these.
_SHORTEST_MARKERS = tuple(
    sorted(m for m in AD_MARKERS if not any(o != m and o in m for o in AD_MARKERS))
)
# The characters that _AD_MARKER matches case-insensitively to a marker's letter
# other than their str.lower(), or whose str.lower() is several characters with
# such a letter in them ("İ" is "i̇"): a text without them holds a marker as
# _AD_MARKER finds it if and only if its lowercase holds one (a test checks
# every code point).
LOWER_UNLIKE_MARKER = ("\u0130", "\u017f", "\u1c83", "\u1c84", "\u1c85")
# A part of each marker, rare in prose: a text without any holds no marker (a test checks).
AD_MARKER_PARTS = (
    "advert", "spons", "paid ", "promot", "anzeig", "werbung", "publicid", "publicit",
    "pubblicit", "patroc", "reklam", "реклам", "партнерск", "annons", "inzerc", "komerč",
)  # fmt: skip
_PROMPT_CHARS = len(PROMPT)


def holds_ad_marker(text: str) -> bool:
    """
    Whether an advertisement's marker is in the text, in any case: as _AD_MARKER.search.

    Substring tests of the lowercase text, in C (first of a part of each
    marker, fewer): the pattern's case-insensitive alternatives cost some
    100 ns a character, most of the filter on prose.
    """
    if not text.isascii() and any(map(text.__contains__, LOWER_UNLIKE_MARKER)):
        return _AD_MARKER.search(text) is not None
    holds = text.lower().__contains__
    return any(map(holds, AD_MARKER_PARTS)) and any(map(holds, _SHORTEST_MARKERS))


# What may stand before a marker on a label's line: the signs _AD_PREFIX
# lets open it, ad_label's decoration, and every character its split() or
# _AD_PREFIX's \s reads as a space (a test checks every code point); no
# letter, so a line that is a label or opens with one, stripped of these,
# opens with the marker's first word.
AD_LEAD = "".join(sorted(RATING_SPACES | set("\x1c\x1d\x1e\x1f*-–—[(«|" + _DECORATION)))
_OPENING = 4  # letters of a marker's first word: "paid" has no more
AD_OPENINGS = frozenset(marker.split()[0][:_OPENING] for marker in AD_MARKERS)


def may_open_with_ad_marker(content: list[Line]) -> bool:
    """
    Whether a line may be an advertisement's label or open with one (ad_label, ad_prefix).

    False only if no line, past the signs that may precede a label, opens
    with the first four letters of a marker in its casefold, as ad_label
    and ad_prefix fold: a slice of each line and a set test, where
    holds_ad_marker over the short lines read them whole (some 5 ns a
    character, most of boxes on prose).
    """
    return any_opens_with_ad_marker([line.text for line in content])


def any_opens_with_ad_marker(texts: Iterable[str]) -> bool:
    """Whether opens_with_ad_marker holds for one of ``texts`` (one set comprehension for all)."""
    openings = {text.lstrip(AD_LEAD)[:_OPENING].casefold()[:_OPENING] for text in texts}
    return not openings.isdisjoint(AD_OPENINGS)


def opens_with_ad_marker(text: str) -> bool:
    """Whether may_open_with_ad_marker would open for a line of this text (its one line's test)."""
    return text.lstrip(AD_LEAD)[:_OPENING].casefold()[:_OPENING] in AD_OPENINGS


def may_hold_rating(text: str) -> bool:
    """
    Whether the text may hold a rating as _RATING finds it: a 5 or a 10 after a connector.

    False only if no 5 or 10 has, past the spaces before it, a character
    that a connector of _RATING may end with: searches in C for the
    numbers and a look at the character before each, where _RATING's
    search costs some 4 ns a character on any text with a 5 in it. A 10
    is found by a pattern's search: str.find of two characters reads a
    text with characters outside Latin-1 (a curly quote) five times slower.
    """
    at = text.find("5")
    while at >= 0:
        if _after_connector(text, at):
            return True
        at = text.find("5", at + 1)
    return any(_after_connector(text, ten.start()) for ten in _TEN.finditer(text))


_TEN = regex.compile("10")


def _after_connector(text: str, at: int) -> bool:
    """Whether the character before ``at``, past spaces, may end a connector of _RATING."""
    before = at - 1
    while before >= 0 and text[before] in RATING_SPACES:
        before -= 1
    return before >= 0 and text[before] in RATING_CONNECTOR_ENDS


def _question_lines(text: str) -> set[int]:
    """The lines (by index) that hold a question mark."""
    return {index for index, *_ in marked_lines(text, "?")}


def _asking(text: str, content: list[Line]) -> list[int]:
    """
    The positions of the lines of ``content`` that ask (_asks) and are not prose.

    A text with few question marks for its lines has them found by searches
    in C; one with many for its lines (phrase books, dialogue, FAQs: short
    texts in every language) has its lines asked one by one, which then costs
    less than finding each mark's line.
    """
    found: Sequence[int] = range(len(content))
    if text.count("?") * _MARKS_PER_LINE_ASKED < len(content):
        found = positions_at(content, _question_lines(text))
    return [pos for pos in found if not content[pos].prose and _asks(content[pos].text)]


# Question marks a line costs to find, about, as many lines asked in a loop.
_MARKS_PER_LINE_ASKED = 6


def _asks(text: str) -> bool:
    """A question, or a question and its answers on one line ("Helpful? Yes No")."""
    last = text[-1]
    return last == "?" or (last.isalpha() and "? " in text)


def find(
    text: str, content: list[Line], removed: dict[int, str], *, openings: bool | None = None
) -> None:
    """
    Mark the boxes of this module in one reading of the text's ``content`` lines.

    Advertisements are looked for only where a line may open with a marker; the
    other boxes sit by furniture, so only in a text that lost a line or
    holds a rating. One
    pass picks their candidates without a call for a line of prose (most
    lines): the lines measured with a prompt's cue or removed as a prompt,
    the short lines ending no sentence after two paragraphs of the body
    (names, About headers) and the questions. ``openings`` is what
    may_open_with_ad_marker says of ``content``, if the caller knows it.
    """
    # Only a line that opens with a marker (first gate) and is short enough
    # for a label or opens one (second: fewer than _MAX_AD_WORDS spaces) can
    # be an ad's (ad_label, ad_prefix); paragraphs, most of a text, are not read.
    if openings is None:
        openings = may_open_with_ad_marker(content)
    if openings and holds_ad_marker(
        "\n".join(line.text for line in content if line.text.count(" ") < _MAX_AD_WORDS)
    ):
        advertisements(content, removed)
    if not removed and not (may_hold_rating(text) and _RATING.search(text) is not None):
        # (a rating widget may stand alone: "Was this article helpful?" "4 of 5");
        # a yes/no widget too, whose question the text's "?" lets in (a test in C)
        if "?" in text:
            asked = _asking(text, content)
            if asked:
                rating_widgets(content, removed, asked)
        return
    seeds: list[int] = []
    shorts: list[int] = []
    questions: list[int] = []
    body = 0
    for pos, line in enumerate(content):
        line_text = line.text
        found = line.signals
        if line.index in removed:
            if removed[line.index][:_PROMPT_CHARS] == PROMPT:
                seeds.append(pos)
        elif found is not None and found.cues and _prompt_seed(found):
            seeds.append(pos)
        if line.prose:
            if line_text[_BODY_CHARS - 1 :]:
                body += 1
            continue
        last = line_text[-1]
        if last == "?" or (last.isalpha() and "? " in line_text):  # as _asks, inline: every line
            questions.append(pos)
            if line_text.lstrip("¿")[:1] in _ABOUT_INITIALS and body >= _MIN_BODY:
                shorts.append(pos)  # a header asked as a question ("Qui sommes-nous ?")
        elif body >= _MIN_BODY and last not in _NAME_ENDS and not line_text[_MAX_NAME_CHARS:]:
            shorts.append(pos)
    if seeds:
        sign_up_boxes(content, removed, seeds)
    if shorts:
        author_boxes(content, removed, shorts)
        site_descriptions(content, removed, shorts)
    if questions:
        rating_widgets(content, removed, questions)
