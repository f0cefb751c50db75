r"""
Teasers of other articles: headlines, each with its standfirst, in a run after the body.

A page lists other articles below the end of its own as *teasers*: each a
headline line and the one or two sentences that open the other article (its
standfirst), often with a date, a source or a section's name beside them,
often cut short with ``…`` and a read-more label::

    ... the article's last paragraph.
    Share on Facebook
    Keep your phone charged in a power outage
    February 9, 2013
    In our increasingly digital world, a phone is often a one-stop device.
    Staying safe when the lights go out
    Water jugs and batteries are not the only things to consider.
    Food in a weather emergency
    All you need to know about keeping your food safe to eat.

No word marks such a list, and each line alone is a headline or a sentence
of prose; what tells it is the run's structure, its place and its topic:

- **structure**: three *units* or more in a row, each a headline (three to
  twenty words, a capital first, no sentence's end: headlines.headline; a
  headline an extraction printed two or three times over is read once)
  followed by its standfirst (eight to sixty words ending a sentence, or cut
  short by an ellipsis), with nothing between but *meta* lines: a line
  already removed (a date, a counter, a credit), a kept word or three (a
  source's or a section's name), or a stamp (a date, a reading or credit
  cue: ``Published 2 days ago``);
- **place**: two paragraphs of the body above the run, and no two paragraphs
  of prose in a row below it (the body does not go on); and furniture sets
  the run apart from the body: a removed line inside it, a removed header
  of links or a menu right above it, or a date or a recurring short line
  (``dpa``) in half its units. ``web`` also takes any removed line above
  (a share bar), or five units and more with no mark at all;
- **topic**: each teaser is about another story, so its content words (the
  first five letters of words of four letters or more, no stopword) are
  mostly absent from the body above, while an article's own subheads and
  paragraphs share its names and words: the units' mean share of words the
  body holds is below ``_MAX_OVERLAP`` and no unit's above
  ``_MAX_UNIT_OVERLAP``;
- **not a list the text gives**: headlines all distinct, not numbered, not
  questions answered below (an interview, a FAQ), not ending on one word
  (captions with their credit), no credit or date shaped as a headline
  (``Anna Berg/iStock/Getty Images``), and no number between the units
  counting on by one (``Step 3``, ``Step 4``; slides ``6/28``, ``7/28``).

What keeps the article's own lines: a review's list of books with a line of
summary each sits in the body (prose follows it); a timeline's dated events
are dates, not headlines; an article's sections share its words; a share bar
above a listicle sets it apart only in ``web`` (teaser_variants13.py).

Two shapes go wherever they are: a headline and its standfirst cut short by
an ellipsis and a read-more label (``… Read more``, ``… Lire la suite``:
linked_cards), and one headline under a removed related-links header amid
the body, off its topic (``Lesen Sie auch``, ``Související``: headed_links).
After the body, three headlines or more a template cut short, each with an
ellipsis glued to its last word, go as a run (cut_headlines).

This stage runs after the page stage, which held the lines between the
body and the teasers in the main block because prose (the standfirsts)
followed them. A run goes only if its going leaves none of those lines to
the next reading as furniture by place alone, unless a quarter of them are
furniture by their own signals (_leaves_article_lines_by_place): a car
test's list of equipment above three teasers went so, in the next reading,
as a footer.

Reads the content lines after the first stage, and the lines the stages
before it removed (its meta lines, its headers): it needs the headline
lines (short, no full stop: lines that can hold furniture) and the prose
lines as the classifier lists them, whatever a prefilter has cleared of
them; a text holding no line of three to twenty words without a sentence's
end holds no teaser and need not be asked.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

import regex

from textclean._filters.boilerplate import page
from textclean._filters.boilerplate.catalog import (
    CREDIT,
    NAVIGATION,
    PROMPT,
    READING,
    RELATED_LINKS,
)
from textclean._filters.boilerplate.headlines import headline
from textclean._filters.boilerplate.lines import casefold, positions_at
from textclean._filters.boilerplate.signals import find_cues, stoplists

if TYPE_CHECKING:
    from collections.abc import Iterable

    from textclean._filters.boilerplate.blocks import Line

_MIN_UNITS = 3
# web: a run of this many teasers goes without furniture above it or in it
# (default: realpages' tune part held a project page's own sections, three
# subheads and paragraphs off its introduction's words, right below it)
_MIN_UNTOLD_UNITS = 5
_MIN_STANDFIRST_WORDS = 8
_MAX_STANDFIRST_WORDS = 60
_MAX_META_WORDS = 3  # a kept line between units: a source, a section ("CBS News", "Politics")
_MAX_REMOVED_META_WORDS = 10  # a removed line between units: a date stamp, a counter, a credit
_MAX_COPIED_WORDS = 60  # a headline of twenty words printed three times
_MAX_QUESTION_WORDS = 12  # a question this long or shorter may be a headline
_BODY_CHARS = 100  # a paragraph of the body
_MIN_BODY = 2
_MAX_OVERLAP = 0.3  # the units' mean share of content words the body holds
_MAX_UNIT_OVERLAP = 0.5  # ... and no unit's above this
_STEM = 5  # letters
_CONTENT_WORD = regex.compile(r"[^\W\d_]{4,}")
_SENTENCE_ENDS = (".", "!", "?", "…", "。", "！", "？")
_CUT = ("…", "...")
# Lines of the article a run's going may not leave to go by place alone: a list's few items.
_MIN_LEFT_LINES = 3
_MIN_CUT_WORDS = 3  # a cut headline: this many words ...
_MAX_CUT_WORDS = 15  # ... to this many (a reader's comment cut short is longer)
# A template cuts a headline where its box ends, some thirty characters or
# more in: a verse or a line of dialogue that trails off is shorter.
_MIN_CUT_CHARS = 25
_MAX_CUT_GAP = 3  # lines from one cut headline to the next: two meta lines between at most
_SENTENCE_INSIDE = regex.compile(r"[.!?][\"'”’»)]?\s+\p{Lu}")
_CUT_REACH = 40  # an ellipsis this near the end cuts a standfirst short ("…  Read more")
_CLOSERS = "\"'”’»)]"
_NUMBER = regex.compile(r"\d+")
_JOINED = regex.compile(r"\p{L}/\p{L}")  # names joined by a slash: a credit's agencies
_MAX_HEADER_WORDS = 4  # "Lesen Sie auch", "Read also", "Související"
_MAX_LABEL_WORDS = 6  # "Read more Read more", "Lire la suite"
_LABELS = frozenset({RELATED_LINKS, PROMPT})  # "Read more", "Weiterlesen", "Continue reading"
# A removed line above a run that sets it apart from the body, in default: a header, a menu
_HEADERS = (RELATED_LINKS, NAVIGATION)
_ARROWS = " »›>→"
# An ellipsis and what follows it to the line's end, within _CUT_REACH characters
_CUT_LINES = tuple(
    (mark, re.compile(rf"{re.escape(mark)}[^\n]{{0,{_CUT_REACH}}}$", re.MULTILINE)) for mark in _CUT
)
_CUT_TAIL = re.compile(rf"(?:…|\.\.\.)[^…]{{0,{_CUT_REACH}}}\Z")
_ASKED_OR_CUT = ("?", "…", "...")  # a headline may end so, and be prose to the classifier
_STAMPS = frozenset({READING, CREDIT})  # the cues of a teaser's stamp


def _words(text: str) -> int:
    return text.count(" ") + 1


def unrepeated(text: str) -> str:
    """
    ``text`` without the copies an extraction printed of it (a link's title and its text).

    Two whole copies at least; a third may be cut short, as a page's
    character limit cuts it.

        >>> unrepeated("Night buses return Night buses return Night bu")
        'Night buses return'
        >>> unrepeated("Night buses return to town")
        'Night buses return to town'
    """
    words = text.split()
    size = len(words)
    first = words[0] if words else ""
    for period in range(1, size // 2 + 1):
        if words[period] != first or words[period : 2 * period] != words[:period]:
            continue
        rest = words[2 * period :]
        if not rest or (
            all(word == words[i % period] for i, word in enumerate(rest[:-1]))
            and words[(len(rest) - 1) % period].startswith(rest[-1])
        ):
            return " ".join(words[:period])
    return text


def _headline(text: str) -> bool:
    """headlines.headline of the text printed once (up to three copies of twenty words)."""
    return text.count(" ") < _MAX_COPIED_WORDS and headline(unrepeated(text))


def _standfirst(text: str) -> bool:
    """A sentence or two of another article: eight to sixty words, a sentence's end or cut short."""
    if not _MIN_STANDFIRST_WORDS <= _words(text) <= _MAX_STANDFIRST_WORDS:
        return False
    return text.rstrip(_CLOSERS).endswith(_SENTENCE_ENDS) or any(
        cut in text[-_CUT_REACH:] for cut in _CUT
    )


def _kind(line: Line, removed: dict[int, str]) -> str:
    """
    The line's part in a teaser, a letter: H a headline, S a standfirst, M meta, h both H and M.

    A question of a headline's length is a headline ("A tornado's heading
    your way: Now what?"); a longer one, a standfirst.
    """
    text = line.text
    words = _words(text)
    if _standfirst(text) and not (
        text.endswith("?") and words <= _MAX_QUESTION_WORDS and _headline(text)
    ):
        return "S"
    if line.index in removed or _stamped(line):
        meta = words <= _MAX_REMOVED_META_WORDS
    else:
        meta = words <= _MAX_META_WORDS and not text.endswith(_SENTENCE_ENDS)
    if _headline(text) and not _no_headline(line) and not _stamped(line):
        return "h" if meta else "H"
    return "M" if meta else "."


def _stamped(line: Line) -> bool:
    """
    A kept line with a date, or a cue of reading furniture or a credit: a teaser's stamp.

    ("Published 2 days ago", "5 min read", "Reuters"; a headline may hold
    other cue words, "Watch", "next", and stay a headline.)

    The first stage keeps such lines amid prose (the standfirsts are prose);
    beside a headline they are its date, its source, its reading time.
    """
    found = line.signals
    return found is not None and (
        found.date_or_time or any(category in _STAMPS for category, _ in found.cues)
    )


def _no_headline(line: Line) -> bool:
    """
    A line shaped as a headline that heads no teaser: a credit, a date, a link to a file.

    A picture's credit ("Mark Stout/iStock/Getty Images", "Photo: …"), a
    date or time ("28. 11. Berlin, Cassiopeia": a concert's), fields drawn
    apart by bars ("Letter of 14 October 2021 PDF | 38 KB").
    """
    found = line.signals
    if found is not None and (
        found.date_or_time or any(category == CREDIT for category, _ in found.cues)
    ):
        return True
    return "|" in line.text or _JOINED.search(line.text) is not None


# A run: three units or more, each a headline, up to three meta lines, its
# standfirst, and up to three meta lines (a headline short enough to be meta
# may open the next unit: the pattern gives it back).
_RUN = re.compile(r"(?:[Hh][Mh]{0,3}S[Mh]{0,3}){3,}")
_UNIT = re.compile(r"[Hh][Mh]{0,3}S")


def _body(line: Line, removed: dict[int, str]) -> bool:
    return line.prose and len(line.text) >= _BODY_CHARS and line.index not in removed


def _runs(content: list[Line], removed: dict[int, str]) -> list[list[tuple[int, int]]]:
    """The runs of units (each its headline's and standfirst's positions) in ``content``."""
    # (a gate: three headlines need three lines of three words or more ending no sentence,
    # or asking, or cut short)
    heads = sum(
        (not line.prose or line.text.endswith(_ASKED_OR_CUT)) and line.text.count(" ") > 1
        for line in content
    )
    if heads < _MIN_UNITS:
        return []
    kinds = "".join([_kind(line, removed) for line in content])
    if kinds.count("S") < _MIN_UNITS:
        return []
    return [
        [
            (found.start(), found.end() - 1)
            for found in _UNIT.finditer(kinds, run.start(), run.end())
        ]
        for run in _RUN.finditer(kinds)
    ]


def content_words(text: str) -> set[str]:
    """
    The stems of the words of ``text`` that carry its topic: four letters or more, no stopword.

    A stem is the word's first five letters: the forms of a word share them
    in most European languages (Pferd, Pferde; Kinder, Kindergärten).

        >>> sorted(content_words("The councils voted to keep the library open"))
        ['counc', 'keep', 'libra', 'open', 'voted']
    """
    stop = _all_stopwords()
    return {word[:_STEM] for word in _CONTENT_WORD.findall(casefold(text)) if word not in stop}


@cache
def _all_stopwords() -> frozenset[str]:
    """The stopwords of every language jusText lists (a teaser's language is not asked)."""
    return frozenset().union(*stoplists().values())


def _body_words(lines: Iterable[Line]) -> set[str]:
    """The content words (`content_words`) of the body's paragraphs ``lines``: its topic."""
    return set().union(*(content_words(line.text) for line in lines))


def _share_in(words: set[str], vocabulary: set[str]) -> float:
    """The share of ``words`` the body's ``vocabulary`` holds; 1.0 (on topic) for no words."""
    return len(words & vocabulary) / len(words) if words else 1.0


def find(text: str, content: list[Line], removed: dict[int, str], *, web: bool = False) -> None:
    """Mark the teasers: runs of headlines and standfirsts after the body, and linked cards."""
    linked_cards(text, content, removed)
    cut_headlines(text, content, removed, web=web)
    headed_links(content, removed)
    for units in _runs(content, removed):
        _mark_run(content, removed, units, web=web)


def _furniture_start(
    content: list[Line], removed: dict[int, str], units: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """
    The units from the first that holds or follows a removed line, if the run holds one.

    The article's last section (a subhead and a paragraph) may stand right
    above the teasers' header ("Lesen Sie auch", removed already): the
    structure reads it as the first teaser, the header tells it apart.
    """
    gone = [pos for pos in range(units[0][0], units[-1][1] + 1) if content[pos].index in removed]
    if not gone:
        return units
    return [unit for unit in units if unit[1] >= gone[0]]


def _mark_run(
    content: list[Line], removed: dict[int, str], units: list[tuple[int, int]], *, web: bool
) -> None:
    units = _furniture_start(content, removed, units)
    if len(units) < _MIN_UNITS:
        return
    start, end = units[0][0], units[-1][1]
    if not (
        (web and len(units) >= _MIN_UNTOLD_UNITS)
        or _set_apart(content, removed, start, end, web=web)
        or _marked(content, units)
    ):
        return
    heads = [unrepeated(content[head].text) for head, _ in units]
    if len(set(heads)) < len(heads) or _numbered(heads) or _same_tail(heads) or _asked(heads):
        return
    if _counted_meta(content, units):
        return
    above = [line for line in content[:start] if _body(line, removed)]
    if len(above) < _MIN_BODY or _body_follows(content, end + 1, removed):
        return
    vocabulary = _body_words(above)
    shares = [
        _share_in(content_words(f"{head} {content[first].text}"), vocabulary)
        for head, (_, first) in zip(heads, units, strict=True)
    ]
    mean = sum(shares) / len(shares)
    if (
        mean >= _MAX_OVERLAP
        or max(shares) > _MAX_UNIT_OVERLAP
        or _leaves_article_lines_by_place(content, removed, start, end, web=web)
    ):
        return
    why = (
        f"{RELATED_LINKS}: one of {len(units)} teasers in a row after the body, a headline "
        f"and its standfirst each, off the body's topic ({mean:.0%} of their words in it)"
    )
    for line in content[start : end + 1]:
        removed.setdefault(line.index, why)


def _leaves_article_lines_by_place(
    content: list[Line], removed: dict[int, str], start: int, end: int, *, web: bool
) -> bool:
    """
    Whether the run's going would leave lines of the article to go as furniture by place alone.

    The page stage (run before this one) held the lines between the body
    and the teasers in the main block, for prose followed them; read again
    without the teasers (RemoveBoilerplate._find reads the kept lines until
    nothing more goes), those lines end the text after the body, and a run
    of them goes as a footer. A car test's list of equipment went so, with
    its three teasers. Unless a quarter of those lines are furniture by their
    own signals (page.marked: "Post navigation", a share bar), the teasers
    stay with them: a removal must not turn the article's lines into
    furniture in the next reading, and the filter stays idempotent.
    """
    last_body = max((pos for pos in range(start) if _body(content[pos], removed)), default=-1)
    between = content[last_body + 1 : start]
    if not between:
        return False
    gone = dict(removed)
    for line in content[start : end + 1]:
        gone.setdefault(line.index, RELATED_LINKS)
    exposed = {line.index for line in page.left_by_place(content, gone, web=web)}
    if web and all(line.index in gone for line in content[end + 1 :]):
        # web also drops the short lines left at the bottom of the text (blocks.revise)
        exposed.update(
            line.index
            for line in between
            if line.index not in removed and not line.prose and page.short_text(line.text)
        )
    if len(exposed.intersection(line.index for line in between)) < _MIN_LEFT_LINES:
        return False  # a list of the article has items; a lone line (a byline) is no list
    # the lines that would go then, with those gone already between the body and the run
    run = [line for line in between if line.index in exposed or line.index in removed]
    return not page.marked(run, removed)


def _set_apart(
    content: list[Line], removed: dict[int, str], start: int, end: int, *, web: bool
) -> bool:
    """
    Whether furniture removed already sets the run apart from the body.

    A line inside the run (a date stamp, a counter, a source), or a header of
    links or a menu right above it; web takes any furniture above (a share
    bar). A page's own sections, a subhead and a paragraph each, may follow
    its introduction as teasers follow a body, and a share bar may stand
    between them: a listicle's places, each with a line of description,
    after a share bar went (teaser_variants13.py's second batch).
    """
    if any(line.index in removed for line in content[start : end + 1]):
        return True
    if not start:
        return False
    why = removed.get(content[start - 1].index)
    return why is not None and (web or why.startswith(_HEADERS))


def _marked(content: list[Line], units: list[tuple[int, int]]) -> bool:
    """
    Whether half the units or more hold a date, or a short line that recurs in other units.

    A teaser's date stamp, its source's or its section's name ("dpa",
    "Feature") beside its headline; an article's sections hold none.
    """
    ends = [*(head for head, _ in units[1:]), units[-1][1] + 1]
    gaps = [
        [content[pos] for pos in range(head + 1, end) if pos != first]
        for (head, first), end in zip(units, ends, strict=True)
    ]
    recurring = Counter(text for gap in gaps for text in {line.text for line in gap})
    marked = sum(
        any(
            recurring[line.text] > 1 or (line.signals is not None and line.signals.date_or_time)
            for line in gap
        )
        for gap in gaps
    )
    return 2 * marked >= len(units)


def _same_tail(heads: list[str]) -> bool:
    """Whether the headlines end with one word: captions with their credit ("(Lucy Akins)")."""
    return len({head.rsplit(" ", 1)[-1] for head in heads}) == 1


def _counted_meta(content: list[Line], units: list[tuple[int, int]]) -> bool:
    """
    Whether the lines between the units count on: "Step 3", "Step 4", the text's own steps.

    A teaser's date or count ("April 26, 2014", "11 Comments") goes up and
    down from one teaser to the next; a step's or a chapter's number goes up by one.
    """
    between = [content[first + 1 : head] for (_, first), (head, _) in itertools.pairwise(units)]
    within = [content[head + 1 : first] for head, first in units]
    return _counts_on(between) or _counts_on(within)


def _counts_on(gaps: list[list[Line]]) -> bool:
    """
    Whether the first number in each of ``gaps`` goes up by one: steps, slides ("6/28", "7/28").

    Dates go up or down by other steps ("2 days ago", "4 days ago").
    """
    numbers = [
        int(number[0])
        for gap in gaps
        for number in [next(filter(None, (_NUMBER.search(line.text) for line in gap)), None)]
        if number is not None
    ]
    steps = list(itertools.pairwise(numbers))
    return bool(steps) and all(b == a + 1 for a, b in steps)


def linked_cards(text: str, content: list[Line], removed: dict[int, str]) -> None:
    """
    Mark a headline and the standfirst below it cut short by an ellipsis and a read-more label.

    A card linking another article may stand between the body's paragraphs
    (a "read this too" box): its standfirst is cut mid-sentence and a link's
    label follows (``… Read more``, ``… Weiterlesen``, ``… Lire la suite``),
    which a paragraph of the article never does (it may end with ``…``, not
    with a label after it). Only the lines with an ellipsis near their end,
    found by one search of ``text`` in C, are asked.
    """
    cuts = _cut_lines(text)
    if not cuts:
        return  # (most texts)
    low, high = _MIN_STANDFIRST_WORDS - 1, _MAX_STANDFIRST_WORDS - 1  # (spaces)
    for pos in positions_at(content, cuts):
        if not pos:
            continue
        above, line = content[pos - 1], content[pos]
        words = line.text.count(" ")
        if not low <= words <= high or (line.index in removed and above.index in removed):
            continue
        cut = _CUT_TAIL.search(line.text)
        if cut and _headline(above.text) and _read_more(cut[0].lstrip(".… ")):
            why = f"{RELATED_LINKS}: a headline and its standfirst cut short with a read-more label"
            removed.setdefault(above.index, why)
            removed.setdefault(line.index, why)


def cut_headlines(
    text: str, content: list[Line], removed: dict[int, str], *, web: bool = False
) -> None:
    """
    Mark a run of headlines a template cut short, each with an ellipsis glued to its last word.

    A list of other articles prints each headline in a box of fixed width
    and cuts it where the box ends (``Wenn Frauen mit dem besonderen
    Hüftschwung…``, ``Landgericht weist Klage von Wobben Properties geg...``);
    an article's lines may trail off once, not three short lines in a row.
    Three such lines or more, with at most a meta line (removed, a word or
    three, a date) between two, after two paragraphs of the body and with
    no two paragraphs of prose below, set apart by furniture (a header of
    related links right above them, or a line removed among them: a song's
    verses or a table of contents that trail off have neither), go with that
    header, unless their going would leave lines of the article to go
    by place alone (_leaves_article_lines_by_place). Only the lines with an
    ellipsis near their end are asked.
    """
    cuts = _cut_lines(text)
    if len(cuts) < _MIN_UNITS:
        return  # (most texts)
    heads = [pos for pos in positions_at(content, cuts) if _cut_headline(content[pos])]
    runs: list[list[int]] = []
    for pos in heads:
        if runs and _meta_between(content, removed, runs[-1][-1], pos):
            runs[-1].append(pos)
        else:
            runs.append([pos])
    for run in runs:
        if len(run) < _MIN_UNITS:
            continue
        start, end = run[0], run[-1]
        above = [line for line in content[:start] if _body(line, removed)]
        if (
            len(above) < _MIN_BODY
            or _body_follows(content, end + 1, removed)
            or _leaves_article_lines_by_place(content, removed, start, end, web=web)
        ):
            continue
        headed = start > 0 and _links_header(content[start - 1], removed)
        if not headed and not any(line.index in removed for line in content[start:end]):
            continue  # not set apart by furniture: verses or a list of the text's that trail off
        if headed:
            start -= 1
        why = f"{RELATED_LINKS}: one of {len(run)} headlines in a row cut short with an ellipsis"
        for line in content[start : end + 1]:
            removed.setdefault(line.index, why)


def _cut_headline(line: Line) -> bool:
    """A headline cut short: a box's width, an ellipsis glued to its last word, no sentence."""
    text = line.text.rstrip(_CLOSERS + " ")
    bare = text.removesuffix("…").removesuffix("...")
    return (
        bare != text
        and bare[-1:].isalnum()
        and len(bare) >= _MIN_CUT_CHARS
        and _MIN_CUT_WORDS <= bare.count(" ") + 1 <= _MAX_CUT_WORDS
        and not bare.endswith(_SENTENCE_ENDS)
        and _SENTENCE_INSIDE.search(bare) is None
    )


def _meta_between(content: list[Line], removed: dict[int, str], above: int, below: int) -> bool:
    """Whether only meta lines (removed, a word or three, a date) part two cut headlines."""
    return below - above <= _MAX_CUT_GAP and all(
        _kind(line, removed) in "Mh" for line in content[above + 1 : below]
    )


def _links_header(line: Line, removed: dict[int, str]) -> bool:
    """A header of related links right above a run: a short line with a related-links cue."""
    found = line.signals
    return (
        line.index not in removed
        and found is not None
        and found.words <= _MAX_HEADER_WORDS + 2
        and any(category == RELATED_LINKS for category, _ in found.cues)
    )


def _cut_lines(text: str) -> set[int]:
    """The lines (by index) with an ellipsis within ``_CUT_REACH`` characters of their end."""
    found: set[int] = set()
    for mark, pattern in _CUT_LINES:
        if mark not in text:
            continue  # (a search in C; a pattern opening with its mark skips to it in C too)
        counted = lines = 0
        for match in pattern.finditer(text):
            lines += text.count("\n", counted, match.start())
            counted = match.start()
            found.add(lines)
    return found


def headed_links(content: list[Line], removed: dict[int, str]) -> None:
    """
    Mark a headline alone under a related-links header, between paragraphs of the body.

    ``Související`` / ``Lesen Sie auch`` / ``Read also``, removed as a
    header, then one headline and the body again: a link to another article
    set in the body (header_blocks takes a header with a list below it).
    The headline goes if it is off the body's topic (``_MAX_OVERLAP``): a
    subhead of the article after a header removed by mistake shares its words.
    """
    vocabulary: set[str] | None = None
    for pos in range(len(content) - 2):
        header, line, after = content[pos], content[pos + 1], content[pos + 2]
        why = removed.get(header.index)
        if (
            why is None
            or not why.startswith(RELATED_LINKS)
            or header.words > _MAX_HEADER_WORDS
            or line.index in removed
            or not _body(after, removed)
            or not headline(line.text)
        ):
            continue
        if vocabulary is None:
            vocabulary = _body_words(other for other in content if _body(other, removed))
        share = _share_in(content_words(line.text), vocabulary)
        if share < _MAX_OVERLAP:
            removed[line.index] = (
                f"{RELATED_LINKS}: the headline under the header '{header.text}' amid the body, "
                f"off its topic ({share:.0%} of its words in it)"
            )


def _read_more(tail: str) -> bool:
    """Whether ``tail`` is a read-more label and nothing else ("Read more Read more »")."""
    words = tail.strip(_ARROWS).split()
    if not words or len(words) > _MAX_LABEL_WORDS:
        return False
    found = find_cues(tail)
    return sum(end - first for category, first, end in found if category in _LABELS) == len(words)


def _asked(heads: list[str]) -> bool:
    """Whether half the headlines or more are questions: an interview's, a FAQ's, answered below."""
    return 2 * sum(head.endswith("?") for head in heads) >= len(heads)


def _numbered(heads: list[str]) -> bool:
    """Whether most headlines open with a number: steps, ranks, years."""
    return 2 * sum(head[0].isdigit() for head in heads) > len(heads)


def _body_follows(content: list[Line], start: int, removed: dict[int, str]) -> bool:
    """Whether two paragraphs of prose follow one another after ``start``: the body goes on."""
    previous = False
    for line in itertools.islice(content, start, None):
        now = _body(line, removed)
        if now and previous:
            return True
        previous = now
    return False
