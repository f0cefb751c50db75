"""
Contributor credits at the end of an article: a credit phrase and the names it credits.

An article's last lines credit who helped in a sentence of its own:
``CNN's Jane Roe and Max Mustermann contributed to this report.``, ``Jane
Roe in Berlin contributed reporting.``, ``Mit Material von dpa und AFP.``,
``Con información de EFE y Reuters.``. Such a line reads as a sentence, so
the per-line stage keeps it as prose; what tells it is its shape: a credit
phrase opening or ending it (the cue vocabulary's credits, in 13
languages), and besides the phrase only names, agencies and the short words
between them (and, in, of, 's). It goes among the last lines of the text,
after the body, on a text that lost furniture already (a page's text: an
article of plain prose alone is not asked, which keeps the stage cheap).
A sentence of the article that mentions contributing
("Local volunteers contributed to this report by collecting samples.") has
words besides names, or its phrase in the middle, and stays.

    >>> credit_sentence("CNN's Jane Roe and Max Mustermann contributed to this report.")
    True
    >>> credit_sentence("Many local readers contributed to this report.")
    False
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textclean._filters.boilerplate.catalog import CREDIT
from textclean._filters.boilerplate.signals import signals, stopword_density
from textclean._filters.boilerplate.vocabulary import CUES, FURNITURE_CUES

if TYPE_CHECKING:
    from textclean._filters.boilerplate.blocks import Line

_MAX_CREDIT_SPACES = 20
_MAX_CONNECTOR_CHARS = 3  # and, und, y, et, in, of, von, 's: between names
_MAX_OTHER_WORDS = 1  # "Associated Press writer Jane Roe": one word of a role at most
_TAIL_LINES = 2  # kept lines from the end where a credit may stand
_MIN_BODY = 2  # paragraphs of the article above it
_PARAGRAPH_CHARS = 100
_TRIM = ".,;:!?()\"'«»„“”’"
# The credit phrases, and their first and last words: a line that neither
# opens nor ends with one (a set lookup, then tests in C: most lines) holds
# no credit phrase at an end, and is not measured.
_PHRASES = tuple(sorted({*FURNITURE_CUES[CREDIT], *CUES[CREDIT]}, key=len, reverse=True))
_FIRST_WORDS = frozenset(phrase.split()[0] for phrase in _PHRASES)
_LAST_WORDS = frozenset(phrase.split()[-1] for phrase in _PHRASES)


def credit_sentence(text: str) -> bool:
    """Whether a line is a credit phrase at one end and names, agencies and connectors besides."""
    if text.count(" ") > _MAX_CREDIT_SPACES:
        return False
    folded = text.casefold().strip(_TRIM)
    if not (
        (folded.partition(" ")[0] in _FIRST_WORDS and folded.startswith(_PHRASES))
        or (folded.rpartition(" ")[2] in _LAST_WORDS and folded.endswith(_PHRASES))
    ):
        return False  # (most lines: no phrase at an end, nothing measured)
    found = signals(text)
    if not found.credit_phrase:
        return False
    phrases = [cue.casefold().split() for category, cue in found.cues if category == CREDIT]
    credited = {word for phrase in phrases for word in phrase}
    other = 0
    for raw in text.split():
        word = raw.strip(_TRIM)
        if not word or word.casefold() in credited:
            continue
        if word[0].isupper() and stopword_density([word.casefold()]) == 0:
            continue  # a name or an agency ("Many", "The" open a sentence)
        if len(word) <= _MAX_CONNECTOR_CHARS or word.startswith(("'s", "’s")):
            continue
        other += 1
        if other > _MAX_OTHER_WORDS:
            return False
    return True


def end_credits(content: list[Line], removed: dict[int, str]) -> None:
    """Mark credit sentences among the last kept lines of the text, after the body."""
    kept, pos = 0, len(content)
    while pos and kept < _TAIL_LINES:
        pos -= 1
        line = content[pos]
        if line.index in removed:
            continue
        kept += 1
        text = line.text
        if (
            text.count(" ") <= _MAX_CREDIT_SPACES  # (most last lines: a paragraph)
            and credit_sentence(text)
            and _after_body(content, pos, removed)
        ):
            removed[line.index] = f"{CREDIT}: a credit phrase and the names it credits, at the end"


def _after_body(content: list[Line], pos: int, removed: dict[int, str]) -> bool:
    """Whether _MIN_BODY paragraphs of prose that stay come before ``pos``."""
    body = 0
    for line in content[:pos]:
        if line.prose and len(line.text) >= _PARAGRAPH_CHARS and line.index not in removed:
            body += 1
            if body >= _MIN_BODY:
                return True
    return False
