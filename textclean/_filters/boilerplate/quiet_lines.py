"""
Lines that are no prose to the classifier, which no stage takes from a text of prose.

Two kinds of line are no prose to the classifier, though they are an
article's: a paragraph whose last sentence has no full stop (extractors drop
it, and quotes, phrase books and poems write none: "Построй, и они придут А
врагов ещё ближе"), and a line of short sentences, too few words for prose
("Ich trinke Wasser. Ich denke schon."). A text holding one went through
every stage (35-55 µs for a short document) to lose nothing. In a text whose
other lines are sentences of prose, with nothing removed, no catalog line
and no candidate, a stage takes such a line only by one of the marks this
module rules out, each named with the stages it would open:

- a cue or a word announcing more: blocks.header_blocks, cards.header_cards,
  teasers.link_lines and the seeds of boxes (the caller asks the signals);
- a rights mark: ``©`` (page's owner credits), or ``©``, ``Copyright``,
  ``(c)`` in the last lines (footer.rights_notices);
- a picture credit after a colon: captions (caption_credit, its own test);
- a question mark at the end, or with text after it in a paragraph of
  fewer than ten spaces (which ends with a letter): boxes' rating and
  yes/no widgets;
- a required field's ``*`` or ``(required)`` at the end: forms (field_text);
- a pointing mark at the start or the end with no guillemet past it (a
  quotation has its pair): pagers;
- an advertisement's marker opening it: boxes.advertisements;
- for a paragraph: 40 characters or fewer (teasers' marks, boxes' names),
  fewer than 9 words with a digit or ``@`` (contacts' lines), or up to 60
  characters with a digit or an app store's word (edge_lines' counters
  and badges);
- for short sentences: a last character other than ``.`` or ``!`` (boxes
  takes a short line ending otherwise as a name), a digit, ``@`` or a word
  of an app store (edge_lines, contacts, counted), fewer than three words,
  or the same line three times (teasers' recurring marks);
- in a run of five lines that are no prose (PAGE_RUN), a line that does
  not read as prose to page (page.short_text: a paragraph of eight words or
  fewer, or without the stopwords of prose): page's runs of furniture.

The other stages ask only removed lines, candidates, or the sentences at the
text's ends (the caller asks those, skipping these lines, as revise does).
Some of the stages above ask lines of prose too (quiet_prose).
The ``web`` strength drops navigation-like lines at the text's ends whatever
their marks, so the caller asks this only of the default strength.
A lone title (the text's first line, ending no clause, the one line of
the text that is no prose) may be shorter than a paragraph's 40
characters: the stages that take a line by its length alone need other
lines that are no prose, or two paragraphs above it (may_be_quiet_title).
tests/test_boilerplate_quiet_lines.py holds the filter to the same lines with
and without the shortcut, and these bounds to the stages' own.

**The contract for a new stage.** A text the shortcut reads never reaches
the stages: every line this module clears is one no stage takes. A stage
that takes a line that is no prose (a paragraph ending no sentence, a line
of short sentences, a short first line) by anything but the marks above
declares what it needs here: a cue word or a category is already asked
(the caller measures such lines, signals and score); any other mark (a
shape, a position, a line's length, a block of several lines) is added
to may_be_quiet_title, may_be_quiet_paragraph, may_be_quiet_sentences or
quiet_prose, with its stage named in the list above, and the stage's lines
to the strategies of test_quiet_lines_change_nothing, which compares the
shortcut with the classifier on generated texts.
"""

from __future__ import annotations

import re
from collections import Counter

import regex

from textclean._filters.boilerplate.boxes import any_opens_with_ad_marker, opens_with_ad_marker
from textclean._filters.boilerplate.captions import caption_credit
from textclean._filters.boilerplate.forms import field_text
from textclean._filters.boilerplate.lines import fewer_spaces, with_fewer_spaces

# page.outside_main_block reads the lines only if five in a row are no prose.
PAGE_RUN = 5
# Longer than teasers' marks and boxes' names (40 characters); more spaces
# than contacts' lines have (8). Up to edge_lines' 60 characters, a line
# with a digit or a store's word may be a counter or a badge.
PARAGRAPH_CHARS = 41
PARAGRAPH_SPACES = 8
EDGE_CHARS = 60
# A short sentence: three words or more (counted takes two), this short a
# line is one of teasers' marks, which recur three times.
SENTENCE_SPACES = 2
MARK_CHARS = 40
_RECURRING = 3
# captions asks the lines with a colon in their last 90 characters.
_CAPTION_TAIL = 90
# boxes asks a line ending with a letter whether it asks a question and
# holds its answers ("Helpful? Yes No") if it has fewer spaces than this.
QUESTION_SPACES = 10
_RIGHTS_MARKS = ("©", "opyright", "OPYRIGHT", "(c)", "(C)")
# footer.rights_notices reads lines from the end up to one of this many
# spaces, or this many shorter lines.
_FOOTER_PARAGRAPH_SPACES = 20
_FOOTER_LINES = 12
# pagers' pointing marks: a line opening or ending with one, with no other
# guillemet past them, may be a pointed headline.
_POINTING_FIRST = frozenset("«‹←<◄◀❮⟵⇐")
_POINTING_LAST = frozenset("»›→>►▶❯⟶⇒")
_NOT_A_MARK = regex.compile(
    "[^\\s" + regex.escape("".join(sorted(_POINTING_FIRST | _POINTING_LAST))) + "]"
)
_FIELD_ENDS = ("*", ")")
_SENTENCE_LAST = frozenset(".!")
# edge_lines' gate (a digit, an app store), and contacts' (a digit, "@", "(at)"): a
# digit by the same engine, the words in the casefolded line (a case-insensitive
# alternation in regex costs some 5 µs a line).
_DIGIT = regex.compile(r"\d")
_EDGE_OR_CONTACT_WORDS = ("app", "play", "store", "droid", "@", "(at)", "[at]")
# contacts' own gate, asked of short lines only (slow on Cyrillic text).
_CONTACT = re.compile(r"[0-9@]|\(at\)|\[at\]", re.IGNORECASE)


def quiet_prose(lines: list[str], quiet: set[int]) -> bool:
    """
    Whether no line of prose of ``lines`` (all but ``quiet``) bears a mark a stage takes it by.

    Advertisements, pagers, captions, contacts and forms ask lines of prose
    too, and rights notices the last lines: a text of sentences alone was
    always plain prose (the shortcut as it was, which this keeps), but a text
    that is plain prose only through its quiet lines must hold no line they
    would take. A colon and a field's mark are looked for in the whole text
    first (in C); the ends of each line are tested, and a short line's digits.
    """
    text = "\n".join(lines)
    prose = [line for index, line in enumerate(lines) if line and index not in quiet]
    # Each mark asked of all the lines at once, in comprehensions: a call or
    # two a line for the cheapest tests cost as much as the tests.
    pointed = [line for line in prose if line[0] in _POINTING_FIRST or line[-1] in _POINTING_LAST]
    if not all(map(_unpointed, pointed)):
        return False
    if any_opens_with_ad_marker(prose):
        return False
    # (the lines a test needs picked out first, in comprehensions: no call a line)
    if ("*" in text or ")" in text) and any(
        map(field_text, [line for line in prose if line.endswith(_FIELD_ENDS)])
    ):
        return False
    if ":" in text and any(
        map(caption_credit, [line for line in prose if ":" in line[-_CAPTION_TAIL:]])
    ):
        return False
    if any(map(_CONTACT.search, with_fewer_spaces(prose, PARAGRAPH_SPACES))):
        return False
    return not _rights_at_end(lines)


def _rights_at_end(lines: list[str]) -> bool:
    """
    Whether a line footer.rights_notices reads bears a rights mark.

    It reads the lines from the end up to the first of a paragraph's length,
    or _FOOTER_LINES shorter ones.
    """
    short = 0
    for line in reversed(lines):
        if not line:
            continue
        if any(mark in line for mark in _RIGHTS_MARKS):
            return True
        if not fewer_spaces(line, _FOOTER_PARAGRAPH_SPACES):
            return False
        short += 1
        if short > _FOOTER_LINES:
            return False
    return False


def _unmarked(line: str) -> bool:
    """No pointing mark at an end (pagers), no advertisement's marker opening it (boxes)."""
    return _unpointed(line) and not opens_with_ad_marker(line)


def _unpointed(line: str) -> bool:
    """
    Whether pagers finds no pointing mark at an end, or a guillemet past it (a quotation).

    Pagers strips the marks at the marked end and takes the rest only if it
    holds no guillemet; of a pair (« and », ‹ and ›) one is left whichever
    end was stripped. A line of marks alone pagers takes whatever it holds.
    """
    if line[0] not in _POINTING_FIRST and line[-1] not in _POINTING_LAST:
        return True  # (most lines: two set tests)
    return (("«" in line and "»" in line) or ("‹" in line and "›" in line)) and (
        _NOT_A_MARK.search(line) is not None
    )


def may_be_quiet_paragraph(line: str) -> bool:
    """
    Whether ``line`` (stripped, ending no sentence) has none of the marks a stage takes it by.

    Its signals are asked next (no cue, no word announcing more): this tests
    its characters only, so most lines that fail cost no measuring.

        >>> may_be_quiet_paragraph("Я вижу мёртвых людей и хочу побыть одна, сказала она вчера")
        True
        >>> may_be_quiet_paragraph("« Fünf Gedanken zum Pokal-Aus und was nun aus dem Verein wird")
        False
    """
    return len(line) >= PARAGRAPH_CHARS and may_be_quiet_title(line)


def may_be_quiet_title(line: str) -> bool:
    """
    may_be_quiet_paragraph of a text's lone title: its marks, whatever its length.

    The caller asks it of the text's first line only, and takes it for quiet
    only if it is the one line of the text that is no prose. Then the
    stages that take a line by its length alone (40 characters or fewer)
    cannot take it: boxes' names and teasers' cards need two paragraphs of
    the body above them; teasers' marks recur three times, and each card
    holds a line that is no sentence; mirrors and page's runs need two and
    five lines that are no prose. Its other marks are asked as of any
    paragraph.

        >>> may_be_quiet_title("Council keeps the library open")
        True
        >>> may_be_quiet_title("Seite 2 von 5")
        False
    """
    return (
        (not fewer_spaces(line, PARAGRAPH_SPACES) or _CONTACT.search(line) is None)
        and ("? " not in line or line.count(" ") >= QUESTION_SPACES)
        and not (line.endswith(_FIELD_ENDS) and field_text(line))
        and "©" not in line
        and (":" not in line[-_CAPTION_TAIL:] or not caption_credit(line))
        and (len(line) > EDGE_CHARS or not _edge_or_contact(line))
        and _unmarked(line)
    )


def may_be_quiet_sentences(line: str) -> bool:
    """
    Whether ``line`` (stripped, short sentences) has none of the marks a stage takes it by.

        >>> may_be_quiet_sentences("Ich trinke Wasser. Ich denke schon.")
        True
        >>> may_be_quiet_sentences("Ich bin um 10 Uhr da.")
        False
    """
    return (
        line[-1] in _SENTENCE_LAST
        and line.count(" ") >= SENTENCE_SPACES
        and "©" not in line
        and not _edge_or_contact(line)
        and _unmarked(line)
        and (":" not in line[-_CAPTION_TAIL:] or not caption_credit(line))
    )


def _edge_or_contact(line: str) -> bool:
    """
    Whether edge_lines' gate or contacts' may open on ``line``: a digit, an app store's word, "@".

    The words are looked for in the casefolded line, where the regex
    package's case-insensitive match finds them ("ſtore" and "droİd" too).
    """
    if _DIGIT.search(line) is not None:
        return True
    folded = line.casefold().replace("i\u0307", "i")
    return any(word in folded for word in _EDGE_OR_CONTACT_WORDS)


def recurring(short: list[str]) -> bool:
    """Whether a line of ``short`` (none over MARK_CHARS) recurs as often as teasers' marks do."""
    if len(short) < _RECURRING:
        return False
    folded = [line.casefold() for line in short]  # (no digits: no shape to fold them to)
    return len(set(folded)) < len(folded) and max(Counter(folded).values()) >= _RECURRING
