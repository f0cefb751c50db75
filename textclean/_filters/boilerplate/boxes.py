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

from typing import TYPE_CHECKING

import regex

from textclean._filters.boilerplate.catalog import PROMPT, SHOP, SITE_FURNITURE
from textclean._filters.boilerplate.signals import common_cues_only, signals

if TYPE_CHECKING:
    from textclean._filters.boilerplate.blocks import Line

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


def ad_label(line: str) -> bool:
    """Whether the line is only an advertisement's label, in any decoration: "- Anzeige -"."""
    if len(line) > _LONGEST_MARKER + 12:
        return False
    core = " ".join(line.strip(_DECORATION).casefold().split())
    return core in AD_MARKERS


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


def _prompt_cues(line: Line) -> int:
    """
    How many prompt cues a short line holds (0 for a paragraph or words articles use too).

    A sentence of prose counts when it speaks to the reader or as the site,
    opens with an imperative, or holds two cues: "She has been a member of
    the council" holds a cue and is about someone.
    """
    text = line.text
    if len(text) > _MAX_BOX_CHARS or text.count(" ") >= _MAX_BOX_WORDS:
        return 0
    found = line.signals if line.signals is not None else signals(text)
    if common_cues_only(found):
        return 0
    count = sum(category == PROMPT for category, _ in found.cues)
    if (
        count == 1
        and found.prose
        and not (found.addressed or found.imperative or found.self_reference)
    ):
        return 0
    return count


def sign_up_boxes(content: list[Line], removed: dict[int, str]) -> None:
    """
    Mark runs of short lines with a prompt's cues: a sign-up box, header, pitch and button.

    A run needs two lines or more and three cues among them, and one of its
    lines removed already, a header of a few words opening it, or furniture
    or an end of the text next to it. A line already removed as a prompt
    joins the run with its cues, and so does one short line without a cue
    just above a line of the run (the pitch between a "Newsletter" header
    and its "Jetzt anmelden" button).
    """
    pos, size = 0, len(content)
    while pos < size:
        start, cues, gone = pos, 0, False
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
        pos = max(pos, start + 1)


def _bridge(content: list[Line], pos: int, removed: dict[int, str]) -> bool:
    """Whether a short line without a cue sits just above a prompt's line (removed or cued)."""
    line = content[pos]
    if pos + 1 >= len(content) or len(line.text) > _MAX_BOX_CHARS:
        return False
    if line.text.count(" ") >= _MAX_BOX_WORDS:
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
