r"""
Cards under a related-links header: a list of other articles that runs to the end of the text.

``blocks.header_blocks`` takes a header and the headline-like lines under it,
and stops at the first sentence. Many pages print each link to another
article as a card: a headline with a one-sentence teaser, a topic kicker, an
author's name or the source's domain::

    Das könnte dich auch interessieren
    Beziehungen
    Ich bin jetzt nicht erreichbar: Gesunde Grenzen setzen
    Feierabend, endlich zu Hause. Plötzlich klingelt das Telefon.
    Arbeit
    Routinen im Alltag: Wie du Arbeit & Freizeit bewusst trennst
    Routinen unterstützen dich im Alltag. Wie du sie nutzen kannst.

The header alone is no proof (an article may say "See also" before its own
list), nor are the cards alone (an article may alternate subheadings and
paragraphs). Together with where they sit they are: the header is a
related-links cue (or a short line announcing more of something) after the
body, and the lines under it, up to the end of the text or to furniture
already removed, are cards: at least two headline-like lines (a few words, no
full stop), every sentence among them a teaser (no paragraph's length, never
two in a row: the body of an article has paragraphs one after another), and
no more teasers than headlines, and no two paragraphs of prose below the
furniture they end at. The header and its cards go as one block.
Cards below a list of links that went already (``blocks.header_blocks``,
which stops at the first sentence) continue it, as under its header.

A link to the previous or next article, or to more of a section, is a label
and the linked article's headline, with its teaser or its date::

    Previous article
    Night buses return to the island after a summer without them
    Next article
    Seals come back to the old breakwater

When such a label went already (a few words, a cue opening it or making
half of it: a related-links cue, or a navigation cue with a word naming an
article or a story, not "Contact", "Sitemap", "Top"), after the body, the
lines under it up to the next removed line or the end of the text go with
it: at most three, each a date or ending in no full stop, one with the
words of a headline (an address or a menu's items are shorter), and none a
paragraph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from textclean._filters.boilerplate.boxes import PAGE_NOUNS
from textclean._filters.boilerplate.catalog import NAVIGATION, RELATED_LINKS
from textclean._filters.boilerplate.lists import same_last_word
from textclean._filters.boilerplate.signals import table_fields

if TYPE_CHECKING:
    from textclean._filters.boilerplate.blocks import Line

_MAX_HEADER_WORDS = 6
# blocks.header_blocks' reason: cards below such a list continue it
_HEADER_BLOCK = f"{RELATED_LINKS}: header '"
_MAX_WORD_HEADER_WORDS = 4  # a header known by a word announcing more is shorter
_MIN_HEADER_CUE_SHARE = 0.5  # the cue is half the header ("Artikel zum Thema")
_MIN_BODY = 2  # paragraphs of prose above the header
_MIN_HEADLINES = 2
_MAX_CARD_LINES = 60  # lines under a header scanned for its cards
_MAX_HEADLINE_WORDS = 20
_MAX_TEASER_WORDS = 45  # a teaser is a sentence or two, not a paragraph
_MAX_TEASER_CHARS = 320
_FULL_STOPS = (".", "!", "…", "。", "！")
_WORD = regex.compile(r"\p{L}{2,}")
_MIN_HEADLINE_WORDS = 2
_MAX_LABEL_WORDS = 2  # a field's label: "Stärke:", "Region:" ...
_MIN_LABELS = 2  # ... twice: a data sheet, no cards
_CUT = ("…", "...")  # a headline cut short


def header_cards(content: list[Line], removed: dict[int, str]) -> None:
    """Mark each related-links header after the body with the cards under it, as one block."""
    body = 0
    size = len(content)
    pos = 0
    while pos < size:
        header = content[pos]
        pos += 1
        if header.prose:
            body += 1
            continue
        found = header.signals
        if body < _MIN_BODY or found is None:
            continue
        # The end of a list of links that went (blocks.header_blocks), or a header
        # (which may have gone alone, by its cue or the catalog: its cards go now).
        block_end = header.index in removed and removed[header.index].startswith(_HEADER_BLOCK)
        if not block_end and (
            not (found.cues or found.announces_more)  # most lines: no call made
            or not _related_header(header)
            # "Other settings" after "Sound settings": the last item of a list
            or (
                pos > 1 and not _cued(header) and same_last_word(content[pos - 2].text, header.text)
            )
        ):
            continue
        end = pos
        while end < size and content[end].index not in removed and end - pos < _MAX_CARD_LINES:
            end += 1
        # Known by a word announcing more alone, a header ending in a colon
        # amid the body introduces the article's own list ("Weitere
        # Termine:"): sentences after it are the body going on, no teasers.
        introduces = header.text.endswith(":") and not _cued(header)
        if (
            end - pos >= _MAX_CARD_LINES
            or not _cards(content[pos:end], teasers=not introduces)
            or _body_below(content, end, removed)
        ):
            continue
        headlines = sum(map(_headline, content[pos:end]))
        where = "below a removed list of links" if block_end else f"under header '{header.text}'"
        why = (
            f"{RELATED_LINKS}: {where}, {end - pos} lines of cards "
            f"({headlines} headline-like) to the "
            + ("end of the text" if end == size else "furniture below")
        )
        for line in content[pos - 1 : end]:
            removed.setdefault(line.index, why)
        pos = end


def _cued(line: Line) -> bool:
    """Whether the line opens with a related-links cue or is made of one, mostly."""
    s = line.signals
    return (
        s is not None
        and bool(s.cues)
        and s.cues[0][0] == RELATED_LINKS
        and (s.cue_share >= _MIN_HEADER_CUE_SHARE or s.cue_opens)
    )


def _body_below(content: list[Line], end: int, removed: dict[int, str]) -> bool:
    """
    Whether two paragraphs of prose that stay follow the furniture below the cards.

    Cards end the body; a body going on below them (past a line some rule
    took for furniture) makes them part of the article.
    """
    count = 0
    for line in content[end:]:
        if line.prose and line.index not in removed:
            count += 1
            if count >= _MIN_BODY:
                return True
    return False


def _related_header(line: Line) -> bool:
    """A short line made of a related-links cue, or announcing more of something."""
    s = line.signals
    if s is None or s.words > _MAX_HEADER_WORDS or (s.full_stop and s.words > 1):
        return False
    if s.cues and s.cues[0][0] == RELATED_LINKS:
        return _cued(line)
    # "more" alone is a link's label ("mehr", "Ver más"), not a header
    return s.announces_more and 1 < s.words <= _MAX_WORD_HEADER_WORDS


def _headline(line: Line) -> bool:
    """
    A few words and no full stop: a headline, a kicker, a name.

    A question may end it, or an ellipsis where the card cut it short.
    """
    text = line.text
    return (
        (not text.endswith(_FULL_STOPS) or text.endswith(_CUT))
        and text.count(" ") < _MAX_HEADLINE_WORDS
        and len(_WORD.findall(text)) >= _MIN_HEADLINE_WORDS  # no cell of a table ("12 g")
    )


def _teaser(line: Line) -> bool:
    """A sentence or two of a card, no paragraph of an article."""
    text = line.text
    return len(text) <= _MAX_TEASER_CHARS and text.count(" ") < _MAX_TEASER_WORDS


def _cards(lines: list[Line], *, teasers: bool) -> bool:
    """Whether the lines are cards: headlines, short lines, teasers (if any) never two in a row."""
    headlines = sentences = 0
    after_teaser = False
    for line in lines:
        if _headline(line):
            headlines += 1
            after_teaser = False
        elif line.prose or line.text.endswith(_FULL_STOPS):
            if not teasers or after_teaser or not _teaser(line):
                return False
            sentences += 1
            after_teaser = True
        else:
            after_teaser = False  # a kicker, a date, a count
    # A product's or a recipe's details pair labels with values ("Stärke:").
    texts = [line.text for line in lines]
    labels = sum(text.endswith(":") and text.count(" ") < _MAX_LABEL_WORDS for text in texts)
    return (
        headlines >= _MIN_HEADLINES
        and sentences <= headlines
        and labels < _MIN_LABELS
        and not table_fields(texts, inline=False)
    )


_MAX_LABEL_LINE_WORDS = 4  # "Article suivant", "Previous Auto News"
_MAX_LINKED_LINES = 3  # a headline, its teaser, its date or author
_MIN_LINKED_HEADLINE_WORDS = 4  # an address's or a menu's lines are shorter
# Words naming what a link to the previous or next item leads to (with boxes.PAGE_NOUNS).
_ARTICLE_WORDS = PAGE_NOUNS | {
    "news", "story", "posts", "entry", "beiträge", "eintrag", "nachricht", "meldung",
    "article", "billet", "noticia", "entrada", "notizia", "wpis", "notícia", "bericht",
    "запись", "новость", "публикация", "haber",
}  # fmt: skip


def linked_headlines(content: list[Line], removed: dict[int, str]) -> None:
    """Mark the headline (and its teaser or date) under a removed link label after the body."""
    if not removed:
        return
    body = 0
    size = len(content)
    for pos, label in enumerate(content):
        if label.prose:
            body += 1
            continue
        if (
            body < _MIN_BODY
            or label.index not in removed
            or label.signals is None
            or not label.signals.cues  # most removed lines: no call made
            or not _link_label(label)
        ):
            continue
        end = pos + 1
        while end < size and content[end].index not in removed:
            end += 1
        lines = content[pos + 1 : end]
        if (
            not lines
            or len(lines) > _MAX_LINKED_LINES
            or not all(_linked_line(line) for line in lines)
            or not any(line.text.count(" ") + 1 >= _MIN_LINKED_HEADLINE_WORDS for line in lines)
        ):
            continue
        for line in lines:
            removed[line.index] = (
                f"{RELATED_LINKS}: the headline under the link label '{label.text}', "
                "up to " + ("the end of the text" if end == size else "furniture below")
            )


def _link_label(line: Line) -> bool:
    """A few words opened by a related-links cue, or a navigation cue naming an article."""
    s = line.signals
    if (
        s is None
        or s.words > _MAX_LABEL_LINE_WORDS
        or not s.cues
        or not (s.cue_opens or s.cue_share >= _MIN_HEADER_CUE_SHARE)
    ):
        return False
    kind = s.cues[0][0]
    return kind == RELATED_LINKS or (
        kind == NAVIGATION
        and any(word.casefold() in _ARTICLE_WORDS for word in _WORD.findall(line.text))
    )


def _linked_line(line: Line) -> bool:
    """A line of a linked article: its headline or teaser (no full stop), or its date."""
    if line.prose:
        return False
    return _headline(line) or (line.signals is not None and line.signals.date_or_time)
