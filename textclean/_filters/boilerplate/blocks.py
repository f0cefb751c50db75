"""
Context: lines decided together, by where they sit and what surrounds them.

The second stage of the classifier (jusText's context-sensitive stage, on
lines): each content line arrives with a ``Candidate`` from the per-line
signals, or none, and is decided here with its neighbours.

- **Header and list**: a short header whose words are a related-links or
  taxonomy cue (``Weitere Artikel``, ``Читайте также``, ``Tags``), or that
  holds a word announcing more of something (``also``, ``ebenfalls``,
  ``autres``), followed by two or more headline-like lines (a few words, no
  sentence ending) is one block, and goes as one, wherever it is.
- **Regions**: a run of lines that are not prose is a region. At the top or
  bottom of the text, or holding a strong candidate, all its candidates go;
  in the body only strong ones, and a lone short line between two paragraphs
  of prose is a subheading: it stays unless more than a cue word speaks
  against it (a label as in ``Photo: AP``, a date, ``6 min read``). Short
  lines between two removed lines of a region go with them (jusText's rule
  for short paragraphs between bad ones).
- **web**: the text's ends count as removed lines, and navigation-like lines
  (no sentence ending, six words at most, few stopwords) go in the regions at the ends (but
  the title just above the body) and in long regions dense with furniture
  (menus).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

import regex

from textclean._filters.boilerplate.bios import CALL_TO_ACTION
from textclean._filters.boilerplate.boxes import repeating_lines, we_only
from textclean._filters.boilerplate.catalog import (
    COMMENT_FORM,
    CREDIT,
    NAVIGATION,
    PROMPT,
    RELATED_LINKS,
    SHARE_WIDGET,
    SHOP,
    TAXONOMY,
)
from textclean._filters.boilerplate.lines import casefold
from textclean._filters.boilerplate.lists import holds_inventory, same_last_word
from textclean._filters.boilerplate.signals import (
    EDGE,
    MAX_SCORED_CHARS,
    STRONG,
    LineSignals,
    affiliate_disclosure,
    common_cues_only,
    may_disclose,
    may_prompt_sign_up,
    sign_up_lines,
    signals,
    site_prompt,
    strong_cue,
    strong_cues,
    table_fields,
    wide_characters,
)
from textclean._filters.boilerplate.vocabulary import TURKISH_SIGN_UP

if TYPE_CHECKING:
    from collections.abc import Callable

_SENTENCE_WORDS = 2  # a short sentence of this many words bounds a region
_MAX_NAV_WORDS = 6  # web: the longest navigation-like line
_MAX_MENU_ITEM_WORDS = 3  # web: the longest navigation-like line without a cue
_MAX_BETWEEN_WORDS = 4  # default: longer lines between removed ones may be titles
_WIDE_PHRASE = 5  # CJK characters that write a phrase of several words, not a menu's link
_MENU_LINES = 10  # web: a region this long ...
_MENU_SHARE = 0.2  # ... with this share of furniture in it is a menu
_MAX_HEADER_WORDS = 6
_MAX_WORD_HEADER_WORDS = 4  # a header known by a header word alone is shorter
_MIN_HEADER_CUE_SHARE = 0.6
_MIN_LIST = 2
_WIDGET_LINES = 2
_MAX_LIST = 40
_DATELINES = 3  # lines of dates and credits between a title and the first paragraph
_PITCHED = frozenset({PROMPT, COMMENT_FORM})
_PITCH_LINES = 2  # the sentences under a sign-up header that sell it ...
_PITCH_CHARS = 200  # ... each no longer than this
_PITCH_WORDS = 25  # a line of this many words is a paragraph (or a reader's comment)
_LIST_WORDS = {RELATED_LINKS: (3, 24), TAXONOMY: (1, 4), NAVIGATION: (1, 6)}


class Candidate(NamedTuple):
    """A line's verdict before context: category, score and the reasons for them."""

    category: str
    value: float
    reasons: tuple[str, ...]
    shaped: bool = True  # evidence beyond a cue word (see signals.Score)


@dataclass(slots=True)
class Line:
    """One content line: its index in the text, signals (None when not measured), candidate."""

    index: int
    text: str  # stripped
    words: int  # 0 for a sentence not measured (prose)
    prose: bool
    signals: LineSignals | None
    candidate: Candidate | None
    call_to_action: bool = False  # a sentence that joined an end as a call to action
    asked: bool = False  # a sentence already asked whether it calls to action


def reason(candidate: Candidate, where: str) -> str:
    return (
        f"{candidate.category}: {', '.join(candidate.reasons)}; score {candidate.value:.1f} {where}"
    )


def header_blocks(content: list[Line], removed: dict[int, str]) -> None:
    """Mark each cue header followed by a list of headline-like lines, header and list together."""
    pos = 0
    seen_prose = False
    while pos < len(content):
        header = content[pos]
        pos += 1
        seen_prose = seen_prose or header.prose
        s = header.signals
        if (
            s is None
            or s.words > _MAX_HEADER_WORDS
            or (s.full_stop and s.words > 1 and not _trailing_cue(header.text, s))
            or header.text.startswith("|")  # a row of a table the text draws
        ):
            continue
        kind = s.cues[0][0] if s.cues else None
        if kind not in _LIST_WORDS or (s.cue_share < _MIN_HEADER_CUE_SHARE and not s.cue_opens):
            # No cue, but a word that announces more of something ("Ebenfalls
            # interessant", "Elsewhere on the site"): a header if a list follows.
            if s.words > _MAX_WORD_HEADER_WORDS or not s.announces_more:
                continue
            if pos > 1 and same_last_word(content[pos - 2].text, header.text):
                continue  # "Other settings" after "Sound settings": the last item of a list
            kind = RELATED_LINKS
            # Known by that word alone, a header ending in a colon amid the
            # body introduces the article's own list ("As datas mais
            # importantes:", "Die weiteren Termine:"), checked below.
            introduces = seen_prose and header.text.endswith(":")
        else:
            introduces = False
        least, most = _LIST_WORDS[kind]
        end, items = pos, 0
        while end < len(content) and end - pos < _MAX_LIST:
            item = content[end].signals
            if (
                (item is None or item.prose)
                and kind == RELATED_LINKS
                and _asking_headline(content[end].text, most)
            ):
                end += 1  # a headline read as prose that asks, amid others: not counted, not last
                continue
            if item is None or item.prose or (_ends_sentence(content[end].text) and item.words > 3):
                break  # prose or a sentence ends the list (a headline may ask a question)
            if item.words > most or (kind == TAXONOMY and ": " in content[end].text):
                break  # a field of a data sheet ("Lens: 50 mm") is no tag
            if _announces_own_list(content, end, kind, most):
                break
            items += item.words >= least
            end += 1
        while kind == RELATED_LINKS and end > pos and _asked(content[end - 1], most):
            end -= 1  # the list ends with a headline that asks nothing
        if not seen_prose and end > pos:
            end = _before_title(content, pos, end)
            items = sum(line.words >= least for line in content[pos:end])
        if items < _MIN_LIST or _data_sheet(content[pos - 1 : end]):
            continue
        if (kind == NAVIGATION or introduces) and end < len(content) and content[end].prose:
            continue  # a list the text goes on after is in the body ("Help": steps)
        why = (
            f"{kind}: header '{header.text}' and a list of {end - pos} lines "
            f"({items} headline-like)"
        )
        for line in content[pos - 1 : end]:
            removed.setdefault(line.index, why)
        pos = end


def _trailing_cue(text: str, found: LineSignals) -> bool:
    """A header of cue words that trails off ("You may also like...", "Lesen Sie auch …")."""
    return text.endswith(("...", "…")) and found.cue_share >= _MIN_HEADER_CUE_SHARE


_CLAUSE_WORDS = 5
_CLAUSE_STOPWORDS = 0.6
_ASKING_ENDS = ("?", "!", "？", "！")
# One sentence ending inside the line and another beginning: two sentences.
_INNER_BREAK = regex.compile(r"[.!?…][\"'”’»)]?\s+[\p{Lu}\p{Lt}]")


def _asked(line: Line, most: int) -> bool:
    """A line of a list that header_blocks took as an asking headline (read as prose)."""
    found = line.signals
    return (found is None or found.prose) and _asking_headline(line.text, most)


def _asking_headline(text: str, most: int) -> bool:
    """
    A headline of a list of links that asks or exclaims: one sentence of a headline's words.

    "Who will make the Rock Hall in 2020?", 'Video shows rescue: "We got
    her!"' are read as prose alone, and a list of related links holds them
    among headlines that end no sentence; the list needs two of those, and
    a line that asks closes none (header_blocks). Two sentences ("Like this
    story? Share it!") are a prompt, no headline.
    """
    bare = text.rstrip("\"'”’»)")
    return (
        bare.endswith(_ASKING_ENDS)
        and _MIN_TITLE_WORDS <= text.count(" ") + 1 <= most
        and _INNER_BREAK.search(text) is None
    )


def _worded_as_clause(found: LineSignals) -> bool:
    """A clause of the text's, mostly stopwords ("Here are some of the highlights:"), no kicker."""
    return found.words >= _CLAUSE_WORDS and found.stopword_density >= _CLAUSE_STOPWORDS


def _announces_own_list(content: list[Line], pos: int, kind: str, most: int) -> bool:
    """
    Whether a line amid a list of related links announces a list of its own, which is the text's.

    "What you'll need:" over the things needed: an instruction to the reader,
    or a clause of the text ("Here are some of the highlights:"), that ends
    with a colon and goes on below is no headline. A footer's labels
    ("Freitag:") are the footer's, a label with a cue ("Weiterlesen:") the
    links', a field or a kicker ("Erzeuger:", "Starke Zahlen bei BMW:") not
    said to the reader may be a widget's, and a last line with a colon over
    no more items closes the list.
    """
    line, found = content[pos], content[pos].signals
    if (
        kind != RELATED_LINKS
        or not line.text.endswith(":")
        or found is None
        or found.cues
        or not (found.addressed or _worded_as_clause(found))
    ):
        return False
    below = content[pos + 1].signals if pos + 1 < len(content) else None
    return below is not None and not below.prose and below.words <= most


def prompt_pitches(content: list[Line], removed: dict[int, str]) -> None:
    """
    Mark the pitch under a sign-up prompt or a comment form: the sentences selling it, in its words.

    "Newsletter" then "Receive our weekly briefing every Monday."; "Leave a
    comment" then "Comments are checked before they appear." The header went
    as a prompt or a comment form; the lines below it that name it again (a
    cue of its kind that articles do not use too) and are no paragraph's
    length go with it, however much they read as sentences, when they
    address the reader, tell them, or the site speaks, or name it twice: a
    cue alone, in a sentence about someone ("a member of the council"), is
    not enough.
    """
    if not any(why.partition(":")[0] in _PITCHED for why in removed.values()):
        return  # no prompt or comment form went: no pitch (most texts)
    for pos, line in enumerate(content):
        kind = removed.get(line.index, "").partition(":")[0]
        if kind not in _PITCHED:
            continue
        for below in content[pos + 1 : pos + 1 + _PITCH_LINES]:
            if below.index in removed:
                break
            text = below.text
            found = below.signals or (signals(text) if len(text) <= _PITCH_CHARS else None)
            if (
                found is None
                or len(text) > _PITCH_CHARS
                or found.words >= _PITCH_WORDS
                or common_cues_only(found)
                or not _pitch(found, kind, text)
            ):
                break
            removed[below.index] = (
                f"{kind}: the pitch under '{line.text[:60]}', "
                f"cue '{next(word for cue, word in found.cues if cue == kind)}'"
            )


def sentences_amid_furniture(content: list[Line], removed: dict[int, str]) -> None:
    """
    Sentences of a form's or a prompt's words that sit inside removed furniture go with it.

    "Notify me of follow-up comments by email." under a comment form's fields
    at the end of the text, "Ich habe die Datenschutzerklärung gelesen und
    bin einverstanden." between a sign-up box and a list of links: a run of
    such sentences with removed lines above it, and removed lines or the
    text's end below it, is part of the furniture. Each needs a cue of a
    form, a prompt or a share widget that articles do not use too, the
    stopwords of language (not a line of code), and no paragraph's length;
    captions do not count as furniture around it (the paragraphs of a photo
    story sit between them), nor does the start of the text (the title), and
    the furniture is a block: two removed lines in a row on one side or the other.
    """
    if not removed:
        return
    pos, size = 1, len(content)
    while pos < size:
        previous = content[pos - 1].index
        if (
            previous not in removed  # most lines: no call made
            or content[pos].index in removed
            or removed[previous].startswith(CREDIT)
            or (_form_sentence(content[pos]) is None and not _field_label(content[pos]))
        ):
            pos += 1
            continue
        end = last = pos
        while end < size and content[end].index not in removed:
            if _form_sentence(content[end]):
                last = end + 1
            elif not _field_label(content[end]):
                break
            end += 1
        if last == pos:  # field labels alone ("Website") with no sentence of the form
            pos = end + 1
            continue
        end = last
        below = removed.get(content[end].index, CREDIT) if end < size else ""
        if not below.startswith(CREDIT) and (
            _removed_run(content, pos - 1, -1, removed) >= _AMID_RUN
            or _removed_run(content, end, 1, removed) >= _AMID_RUN
        ):
            form = next(found for line in content[pos:end] if (found := _form_sentence(line)))
            for line in content[pos:end]:
                category, cue = _form_sentence(line) or (form[0], "")
                removed[line.index] = (
                    f"{category}: cue '{cue}', a sentence of {line.text.count(' ') + 1} words "
                    "amid removed furniture"
                    if cue
                    else f"{category}: a form's field beside a sentence of the form (cue "
                    f"'{form[1]}') amid removed furniture"
                )
        pos = end + 1


_FORM_KINDS = frozenset({COMMENT_FORM, PROMPT, SHARE_WIDGET})
# Furniture is a block: a lone removed line on each side ("Advertisement" above
# and below a sentence of the article) is no form around the sentence.
_AMID_RUN = 2


def _field_label(line: Line) -> bool:
    """A form's field left among its removed fields: a word or two, no sentence, no digit."""
    text = line.text
    return (
        len(text) <= _FIELD_CHARS
        and text.count(" ") < _FIELD_WORDS
        and not text.endswith(_SENTENCE_ENDINGS)
        and not any(c.isdigit() for c in text)
    )


_FIELD_CHARS = 30
_FIELD_WORDS = 2
_SENTENCE_ENDINGS = (".", "!", "?", "…")


def _removed_run(content: list[Line], start: int, step: int, removed: dict[int, str]) -> int:
    """How many removed lines follow one another from ``start`` in the direction of ``step``."""
    count, pos = 0, start
    while 0 <= pos < len(content) and content[pos].index in removed and count < _AMID_RUN:
        count += 1
        pos += step
    return count


def _form_sentence(line: Line) -> tuple[str, str] | None:
    """The category and cue of a short line that speaks a form's, a prompt's or a widget's words."""
    text = line.text
    if len(text) > MAX_SCORED_CHARS or text.count(" ") >= _PITCH_WORDS:
        return None
    found = line.signals or signals(text)
    if found.stopword_density == 0 or common_cues_only(found):
        return None
    # a sentence about others speaks a prompt's words only with a word of signing up
    others = found.sentence and not (found.addressed or found.imperative or found.self_reference)
    return next(
        (
            (cue, word)
            for cue, word in found.cues
            if cue in _FORM_KINDS and not (others and cue == PROMPT and not strong_cue(word))
        ),
        None,
    )


def _pitch(found: LineSignals, kind: str, text: str) -> bool:
    """
    A cue of the kind, and the reader addressed or told, the site speaking, or a second cue.

    A sentence whose only address is "we" or "us" is as often the reporter's
    ("We met one member of the council") as the site's, and a sentence about
    others needs two cues that articles do not use too: "The clinic offers
    free check-ups to every member" holds one ("free" is an article's word).
    """
    cues = sum(cue == kind for cue, _ in found.cues)
    if cues == 0:
        return False
    if found.imperative or found.self_reference:
        return True
    if found.addressed and not (found.sentence and we_only(text)):
        return True
    return cues > 1 and not (found.sentence and strong_cues(found, kind) < 2)


def _before_title(content: list[Line], start: int, end: int) -> int:
    """
    Where a list above the first paragraph ends: before the article's title, if it holds it.

    The title is the list's last line that is no dateline or credit, when the
    first paragraph follows the list, or follows it after a dateline or a
    credit or two ("Published: April 26", "Photo").
    """
    after = end
    while after < len(content) and after - end < _DATELINES and _dateline(content[after]):
        after += 1
    if after == len(content) or not content[after].prose:
        return end
    title = end - 1
    while title > start and _dateline(content[title]):
        title -= 1
    return title


def _dateline(line: Line) -> bool:
    """A date line or a credit, which may sit between an article's title and its first paragraph."""
    s, found = line.signals, line.candidate
    return (s is not None and s.date_or_time) or (found is not None and found.category == CREDIT)


def _data_sheet(lines: list[Line]) -> bool:
    """
    Whether a header and its list pair labels with values: a product's or a recipe's details.

    "Region:" and "Napa Valley" below it, field after field (see
    ``table_fields``): a headline does not end with a colon above a short line.
    """
    return bool(table_fields([line.text for line in lines], inline=False))


def _ends_sentence(text: str) -> bool:
    return text.rstrip("\"'”’»)").endswith((".", "…", "。"))


def revise(
    content: list[Line],
    removed: dict[int, str],
    measure: Callable[[Line], Candidate | None],
    *,
    web: bool,
) -> None:
    """
    Decide every line by its region: the run of non-prose lines it belongs to.

    A region is a maximal run of lines that are not prose. In a region at the
    top or bottom of the text, or holding a strong candidate, every candidate
    goes; elsewhere only strong ones, and a lone line between two paragraphs
    of prose (a subheading) needs a very strong score. Short lines between two
    removed lines of the same region go with them (a menu between ``Menu``
    and ``Kontakt``). ``web`` counts the text's ends as removed lines and also
    drops navigation-like lines in the regions at the ends, but the title.
    """
    _calls_to_action(content, removed, measure)
    if not web and not removed and all(line.candidate is None for line in content):
        return  # no candidate and nothing removed: no region has anything to remove
    _regions(content, removed, web=web)
    if _sentences_by_furniture(content, removed, measure):
        # A removed call to action joins the furniture around it into one
        # region: "Enter your email address" above "By signing up, you agree..."
        _regions(content, removed, web=web)


def _regions(content: list[Line], removed: dict[int, str], *, web: bool) -> None:
    """Decide each region (a maximal run of lines that are not prose) as revise says."""
    # The ends reach to the first and the last paragraph of prose: a short
    # sentence there ("Thank you for reading!") bounds a region but stays in it.
    first = next(
        (pos for pos, line in enumerate(content) if line.prose and line.index not in removed),
        len(content),
    )
    last = next(
        (
            pos
            for pos in range(len(content) - 1, first - 1, -1)
            if content[pos].prose and content[pos].index not in removed
        ),
        -1,
    )
    # A region removes only its own lines, so which lines are good is known
    # before the first region is decided; the runs are found by list.index.
    good = [_good(line, removed) for line in content]
    pos, size = 0, len(content)
    while (start := _index(good, False, pos)) < size:  # noqa: FBT003
        pos = _index(good, True, start)  # noqa: FBT003
        ends = (start < first, pos > last)
        if not any(ends) and _introduced(content, start):
            continue  # a list the article introduces and goes on after: content
        if any(ends) and holds_inventory(content[start:pos]):
            # A list the text gives at an end (a recipe's ingredients, a
            # schedule's rooms and places): decided as in the body, where
            # only strong candidates go, not every weak one.
            ends = (False, False)
        _revise_region(content, start, pos, removed, ends=ends, web=web)


def _index(flags: list[bool], value: bool, start: int) -> int:
    """The first position from ``start`` holding ``value``, or the list's length."""
    try:
        return flags.index(value, start)
    except ValueError:
        return len(flags)


def _cued(line: Line) -> bool:
    """A candidate of the edges' strength whose evidence includes a cue word."""
    return (
        line.candidate is not None
        and line.candidate.value >= EDGE
        and line.signals is not None
        and bool(line.signals.cues)
    )


def _offer(line: Line) -> bool:
    """A shop or prompt candidate of the edges' strength (a price line, an offer)."""
    return (
        line.candidate is not None
        and line.candidate.value >= EDGE
        and line.candidate.category in _OFFERS
    )


_OFFERS = frozenset({SHOP, PROMPT})


def _sentences_by_furniture(
    content: list[Line], removed: dict[int, str], measure: Callable[[Line], Candidate | None]
) -> bool:
    """
    A sentence next to removed furniture that calls to action goes with it; True if one went.

    "We may earn a commission if you buy through links on this page" under a
    product box in the middle of the text, as at the ends.
    """
    found = False
    for pos, line in enumerate(content):
        if not line.prose or line.index in removed or line.asked:
            continue
        before = pos > 0 and content[pos - 1].index in removed
        after = pos + 1 < len(content) and content[pos + 1].index in removed
        if not (before or after):
            continue
        line.asked = True
        candidate = measure(line)
        if candidate is not None and candidate.value >= EDGE:
            removed[line.index] = (
                reason(candidate, "(a sentence next to removed furniture)") + f" {CALL_TO_ACTION}"
            )
            found = True
    return found


def disclosures(content: list[Line], removed: dict[int, str]) -> None:
    """
    Sentences that go wherever they are on a page with furniture.

    Affiliate disclosures ("This article contains affiliate links.") and
    prompts to sign up for the site's own newsletter ("Subscribe to our
    newsletter and ...").
    """
    # a paragraph discloses nothing; the sentences are folded at once (both questions read it)
    asked = [
        line for line in content if len(line.text) <= MAX_SCORED_CHARS and line.index not in removed
    ]
    if not asked:
        return
    folds = casefold("\n".join([line.text for line in asked]))
    # a text naming no programme and no disclosure stem discloses nothing, and
    # one with no sign-up word opening a line prompts to none: a few tests in C
    programmes, disclosing = may_disclose(folds)
    if not disclosing and not may_prompt_sign_up(folds):
        return
    folded_lines = folds.split("\n")
    if not disclosing:
        # only a line opening with a sign-up word, or holding a Turkish one, may
        # prompt: those alone are asked
        for number in _prompting_lines(folds):
            if site_prompt(asked[number].text, folded_lines[number]):
                removed[asked[number].index] = _SITE_PROMPT
        return
    for line, folded in zip(asked, folded_lines, strict=True):
        if disclosing and affiliate_disclosure(line.text, folded, programmes=programmes):
            removed[line.index] = (
                f"{SHOP}: affiliate disclosure: a commission or affiliate word, links or "
                "purchases through them, and the site as the one paid"
            )
        elif site_prompt(line.text, folded):
            removed[line.index] = _SITE_PROMPT


_SITE_PROMPT = f"{PROMPT}: a sign-up imperative, the site's own newsletter or membership"
# The last word of each Turkish sign-up phrase: site_prompt asks a line that
# opens with no sign-up word whether it holds one of these (as a substring).
_TURKISH_TAILS = tuple({phrase.split()[-1] for phrase in TURKISH_SIGN_UP})
_TURKISH_WORDS = tuple(tuple(phrase.split()) for phrase in TURKISH_SIGN_UP)


def _prompting_lines(folds: str) -> list[int]:
    """
    The numbers of the lines of ``folds`` that may be a site_prompt, in order.

    signals.sign_up_lines finds the lines opening with a sign-up word, in
    C; a Turkish phrase's last word anywhere (``olun``, also in "volunteer")
    makes it answer None, every line. Then the lines holding every word of
    a Turkish phrase are listed (site_prompt finds the phrase in the line's
    words), each found from a search in C for its last word, and the others
    are searched as in a text without those words (each blanked out, the
    lines kept): most English texts with "volunteer" in them ask no line
    for it.
    """
    found = sign_up_lines(folds)
    if found is not None:
        return found
    turkish: set[int] = set()
    masked = folds
    for tail in _TURKISH_TAILS:
        at, counted, number = folds.find(tail), 0, 0
        while at >= 0:
            start = folds.rfind("\n", 0, at) + 1
            end = folds.find("\n", at)
            end = len(folds) if end < 0 else end
            number += folds.count("\n", counted, start)
            counted = start
            line = folds[start:end]
            if any(all(map(line.__contains__, words)) for words in _TURKISH_WORDS):
                turkish.add(number)
            at = folds.find(tail, end)
        masked = masked.replace(tail, "\0" * len(tail))  # (no sign-up word holds one)
    return sorted(turkish.union(sign_up_lines(masked) or ()))


def _introduced(content: list[Line], start: int) -> bool:
    """
    Whether the region at ``start`` is a list a line of the article introduces.

    "The kiosk shows these options:" and then the options, and prose again:
    the list is what the article speaks of, whatever its words. The
    introducing line ends with a colon and is no cue (a cue header such as
    "Read more:" is furniture, and header_blocks decides it).
    """
    before = content[start - 1] if start > 0 else None
    if before is not None and before.text.endswith(_COLONS):
        return True
    first = content[start]
    return (
        first.candidate is None and first.words >= _MIN_INTRO_WORDS and first.text.endswith(_COLONS)
    )


_COLONS = (":", "：")
_MIN_INTRO_WORDS = 3


def _good(line: Line, removed: dict[int, str]) -> bool:
    """Prose, or a short sentence without signals: it stays and bounds regions."""
    if line.index in removed or line.candidate is not None:
        return False
    s = line.signals
    return line.prose or (s is not None and s.full_stop and s.words >= _SENTENCE_WORDS)


def _calls_to_action(
    content: list[Line], removed: dict[int, str], measure: Callable[[Line], Candidate | None]
) -> None:
    """Sentences at the ends that call to action ("By signing up, you agree...") join the ends."""
    for order in (range(len(content)), range(len(content) - 1, -1, -1)):
        for pos in order:
            line = content[pos]
            if not line.prose or line.index in removed or line.candidate is not None:
                continue
            if line.asked:
                break  # asked in an earlier round: it stays prose
            line.asked = True
            candidate = measure(line)
            if candidate is None or candidate.value < EDGE:
                break
            line.prose = False
            line.candidate = candidate
            line.call_to_action = True
            line.words = line.text.count(" ") + 1


def _revise_region(
    content: list[Line],
    start: int,
    end: int,
    removed: dict[int, str],
    *,
    ends: tuple[bool, bool],
    web: bool,
) -> None:
    region = content[start:end]
    top, bottom = ends  # before the first paragraph of prose, after the last
    where = "at the top" if top else "at the bottom" if bottom else "in the body"
    lone = len(region) == 1 and not top and not bottom
    strong = any(
        line.index in removed or (line.candidate is not None and line.candidate.value >= STRONG)
        for line in region
    ) or (
        # a widget: several lines with cues together ("Check price", "See the
        # deal"), or one and a price beside it ("129 € 99 €"), weigh as one
        # strong line; prices alone may be a table's cells
        not lone
        and any(_cued(line) and not common_cues_only(line.signals) for line in region)
        and (
            sum(_cued(line) for line in region) >= _WIDGET_LINES
            or sum(_offer(line) for line in region) >= _WIDGET_LINES
        )
    )
    # the text's first line alone above the body, worded as language: its title
    # ("Kommentarer till regeringens klimatplan"), though a cue word is in it
    headline = top and not bottom and len(region) == 1 and start == 0 and _headline(region[0])
    for line in region:
        candidate = line.candidate
        if line.index in removed or candidate is None:
            continue
        if headline and candidate.value < STRONG and candidate.category in _HEADER_CUES:
            continue
        if candidate.value >= STRONG and not (lone and not candidate.shaped):
            removed[line.index] = reason(candidate, f"(strong, {where})")
        elif candidate.value >= EDGE and (top or bottom or (strong and not lone)):
            mark = f" {CALL_TO_ACTION}" if line.call_to_action else ""
            removed[line.index] = reason(candidate, f"(among furniture {where})") + mark
    gone = [line.index in removed for line in region]
    # web: a long region dense with furniture is a menu wherever it is.
    menu = web and len(region) >= _MENU_LINES and sum(gone) >= _MENU_SHARE * len(region)
    # Anchors: removed lines before and after each line; with web, the text's
    # ends count too, but only for lines too short to be a title.
    before, end_before = False, web and top
    anchors_after = [False] * len(region)
    ends_after = [False] * len(region)
    after, end_after = False, web and bottom
    for i in range(len(region) - 1, -1, -1):
        anchors_after[i], ends_after[i] = after, end_after
        after = after or gone[i]
    # web: a lone short line at an end, with nothing removed near it, is no
    # menu: a closing line, a last list item, a message in a list of them.
    menu_like = web and sum(gone[i] or _navigation_like(line) for i, line in enumerate(region)) >= 2
    fields = (
        set(table_fields(["" if gone[i] else line.text for i, line in enumerate(region)]))
        if web or any(gone)
        else set()  # nothing is between removed lines: no line goes in default
    )
    # web: in a short region, lines that name what two others name too are a
    # list of an application's strings, no menu (long lists of links do it too);
    # worked out when a line would go as a menu's
    repeating: set[int] | None = None if len(region) <= _MAX_STRINGS_LIST else set()
    for i, line in enumerate(region):
        if gone[i]:
            before = True
            continue
        title = top and not bottom and _title_like(line, last=i == len(region) - 1)
        between = (
            before
            and anchors_after[i]
            and line.words <= (_MAX_NAV_WORDS if web else _MAX_BETWEEN_WORDS)
        ) or (
            (before or end_before)
            and (anchors_after[i] or ends_after[i])
            and not title
            and line.words <= _MAX_BETWEEN_WORDS
        )
        nav = not between and web and (top or bottom or menu) and not title and menu_like
        if nav and repeating is None:
            repeating = repeating_lines([line.text for line in region])
        nav = nav and i not in (repeating or ())
        if not (between or (nav and _navigation_like(line))) or (
            i in fields
            or (not (top or bottom) and line.text.endswith(":"))
            or wide_characters(line.text) >= _WIDE_PHRASE
        ):
            continue  # kept; or a table's field, a subheading announcing what follows, a CJK phrase
        if between:
            removed[line.index] = f"{NAVIGATION}: short line between removed lines {where}"
        else:
            place = where if top or bottom else f"in a menu of {len(region)} lines"
            removed[line.index] = (
                f"{NAVIGATION}: {line.words} words, no sentence ending, {place} (web)"
            )


_MAX_STRINGS_LIST = 6


def _title_like(line: Line, *, last: bool) -> bool:
    """
    A title at the top: no candidate, and just above the body or worded as language.

    Menu items are a word or two; a headline has more words, or stopwords.
    """
    if line.candidate is not None:
        return False
    s = line.signals
    return last or (
        s is not None
        and s.words >= _MIN_TITLE_WORDS
        and (s.words > _MIN_TITLE_WORDS or s.stopword_density >= _MIN_LANGUAGE_STOPWORDS)
    )


_MIN_TITLE_WORDS = 3


# Categories whose cue words head a block ("Kommentarer", "Related"), and may
# open a headline about the same things.
_HEADER_CUES = frozenset({COMMENT_FORM, RELATED_LINKS})


def _headline(line: Line) -> bool:
    """
    A headline with a header's cue word in it: more words than a header, worded as language.

    "Kommentarer till regeringens klimatplan", "How comment forms changed".
    It says nothing to the reader or of the page ("Comments on this story"),
    counts nothing, is no sentence and no line of hashtags.
    """
    s = line.signals
    return (
        s is not None
        and not s.sentence_end
        and not (s.addressed or s.self_reference or s.imperative or s.comment_count)
        and "#" not in line.text
        and s.words > _MIN_TITLE_WORDS
        and s.stopword_density >= _MIN_LANGUAGE_STOPWORDS
    )


_MIN_LANGUAGE_STOPWORDS = 0.15  # as LineSignals.prose counts a line as language


def _navigation_like(line: Line) -> bool:
    """Short, no sentence ending, and not worded as language (stopwords, in any language)."""
    s = line.signals
    return (
        s is not None
        and not line.text.startswith("|")  # a table row
        and not s.sentence_end
        # a menu item is a word or three; a longer line needs a cue as well
        and s.words <= (_MAX_NAV_WORDS if line.candidate is not None else _MAX_MENU_ITEM_WORDS)
        and (s.words < _MIN_TITLE_WORDS or s.stopword_density < _MIN_LANGUAGE_STOPWORDS)
        and _WIDE_RUN.search(line.text) is None
    )


# Words of CJK text are not spaced: a run of this many characters is a phrase
# of language, longer than a menu item ("首页", "お問い合わせ").
_WIDE_RUN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]{7,}")
