r"""
remove_boilerplate: whole lines of site furniture, credits, prompts and bios, each with its reason.

Works on article text already extracted from HTML, one paragraph a line or
paragraphs separated by blank lines, after normalize_whitespace. It removes
whole lines only, never part of a sentence. It is a classifier of lines and
blocks in three stages, as jusText classifies paragraphs:

1. **Each line alone** (``signals``): cue words of boilerplate in 13
   languages found inside short lines, the line's shape (words, final
   punctuation, separators, dates, prices, URLs), its stopword density, and
   the catalog of whole lines platforms print (``catalog``), give a category
   and a score, or mark the line as prose.
2. **In context** (``blocks``, ``bios``, ``boxes``, ``teasers``, ``forms``,
   ``captions``): a cue header with a list
   of headline-like lines goes as one block; runs of candidates at the top and
   bottom go until the first prose; in the middle only strong candidates go,
   and a short line between two prose paragraphs is a subheading and stays;
   an author bio after the body goes; so do boxes told by their structure
   (an advertisement's label and its offers, a sign-up box, a name over its
   bio, a site's description, a rating widget); so do teaser cards after
   the body, told by a line whose shape repeats (a date, a link label); so
   do teasers of other articles after the body, a headline and its
   standfirst each, set apart by furniture and off the body's topic by
   their words (``standfirsts``); so
   does a web form, told by its required fields, a caption that ends in
   a picture credit, a comment section's notice (``notices``), a sign-up
   box told by its form (``signups``), a bio beside the lines of its
   author box (``author_lines``), a contributor credit at the end
   (``end_credits``), a count of a list with exactly that many
   headlines below it (``counted``), and, in the web strength only, a
   sentence in which the site asks its reader to follow, share, comment or
   subscribe, beside furniture (``appeals``: the reader addressed, a medium
   named, the site's own).
3. **On the page** (``page``): on text extracted from a whole page, the
   main block of prose is found by long lines with the stopwords of prose,
   and the runs of lines that do not read as prose outside it go (menus,
   footers, lists of links), with captions that name an owner after ``©``;
   so do the short lines a page prints both above the title and below the
   body, its template's (``mirrors``).
   A list the article gives stays in stages 2 and 3 (``lists``: a meal
   plan's or a recipe's inventories, items numbered on from the body's).

Prose (seven words or more, a sentence ending, stopwords) is never a
candidate; only whole-line catalog disclaimers (``anywhere``), the user's and
learned lines, author bios, calls to action at the ends and affiliate
disclosures on a page with furniture can remove a sentence. The ``web`` strength
(the ``web`` profile) also drops navigation-like short lines at the edges, and
readers' comment threads whole, their text included (threads, comment_sections).
Each removed line's reason names its category and the signals that decided.

**Gates.** A stage that asks its question of every line first asks a gate
whether any line of the text can be what it looks for, by tests over the
whole text in C (substring tests, a pattern that skips to its first
character): ``kinds.may_mark`` before marked_kind's scan,
``signals.may_name_programme``, ``may_name_disclosure`` and
``may_prompt_sign_up`` before blocks.disclosures reads its lines,
``boxes.may_open_with_ad_marker`` and ``may_hold_rating`` before boxes,
a ``?`` before a lone yes/no widget is looked for, ``forms.may_hold_form``
before forms. ``notices`` and ``author_lines`` ask only the lines beside
removed ones (``lines.kept_beside_removed``, listed once for both;
``appeals`` lists them again after the comment threads),
``signups`` only boxes headed by furniture already told, ``end_credits``
the last two kept lines, each by a set lookup of its first or last word;
``contacts`` searches the lines below the body for a digit or an at sign
at once, in C, before it asks any line alone.
The sentences at a text's ends are asked through gates too:
``bios.may_be_bio_sentence`` (one pattern for a name or a self-introduction
at the start), ``bios._may_write`` before a bio's verb is searched (German
opens most sentences as a name does), and the stems of
``signals.call_to_action`` are looked for in one pass of the fast extra's
automaton (sentences to the reader, "du", "tu", "vous", ask them).
Stages that ask a few lines with a rare mark find them by searches of the
text (``captions._marked_tails``, ``forms._marked_ends``) and take them out
of the content by bisection (``lines.positions_at``).
A gate answers False only where its stage would find nothing, and a test in
tests/test_boilerplate_gates.py checks each against the question it guards.
A new rule plugs in by what its gate is built from: a word added to
``SIGN_UP`` opens may_prompt_sign_up by itself; a new disclosure stem or
programme needs one of its parts in ``DISCLOSURE_PARTS`` or
``PROGRAMME_PARTS`` (the test says which is missing); a rule the gate does
not cover needs its own gate, or goes after it, never behind it.

    >>> body = "The council met on Tuesday and voted to keep the library open. " * 3
    >>> text = f"Title\n\n{body}\n\nAdvertisement\n\nMore body.\n\nSource link"
    >>> remove_boilerplate(text) == f"Title\n\n{body}\n\nMore body."
    True
"""

from __future__ import annotations

import itertools
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

import regex

from textclean._filters.boilerplate import (
    appeals,
    author_lines,
    blocks,
    boxes,
    captions,
    cards,
    comment_sections,
    contacts,
    counted,
    edge_lines,
    end_credits,
    footer,
    forms,
    headlines,
    kinds,
    mirrors,
    notices,
    page,
    pagers,
    quiet_lines,
    sheets,
    signups,
    standfirsts,
    teasers,
    threads,
)
from textclean._filters.boilerplate.bios import (
    ROLE_LINE,
    bio_sentence,
    byline,
    find_author_bio,
    may_be_bio_sentence,
    named_bios,
    names_above_roles,
    role_line,
)
from textclean._filters.boilerplate.blocks import Candidate, Line
from textclean._filters.boilerplate.blocks import reason as block_reason
from textclean._filters.boilerplate.catalog import (
    AUTHOR_BIO,
    CATEGORIES,
    COMMENT_FORM,
    COPYRIGHT,
    CREDIT,
    LEARNED,
    NAVIGATION,
    PROMPT,
    RULES,
    SHARE_WIDGET,
    USER,
    LineMatcher,
    Rule,
)
from textclean._filters.boilerplate.lines import kept_beside_removed, new_text
from textclean._filters.boilerplate.signals import (
    EDGE,
    MAX_SCORED_CHARS,
    STRONG,
    LineSignals,
    call_to_action,
    ends_clause,
    plain_sentence_words,
    score,
    signals,
    unmarked_paragraph,
    without_notes,
)
from textclean.changes import Change, apply_changes
from textclean.errors import UnknownNameError

Strength = Literal["default", "web"]
STRENGTHS: tuple[Strength, ...] = ("default", "web")

_PUNCTUATION = regex.compile(r"[\p{P}\p{S}]+")
_SPACES = regex.compile(r"\s+")
_DIGITS = regex.compile(r"\d")
_PROSE_WORDS = 8
# Lines at least this long that end a sentence are prose without measuring
# (most of an article: this keeps the filter fast); shorter lines are measured.
_QUICK_PROSE_CHARS = 60
# The last characters of a line that _classify takes for prose unmeasured
# (with no closing quote after them: such lines take the longer way).
_QUICK_ENDS = frozenset(".!?…。！？")
_CATALOG_REASON = "catalog line "
_BIO_SENTENCE = "a bio sentence: a media role, said of oneself or of a named person"
_MAX_MEASURED = 50_000  # short lines remembered with their verdicts
_SENTENCE_ENDS = tuple(".!?…。！？")
_CLOSERS = "\"'”’»)"


def normalize_line(line: str) -> str:
    """
    Fold a line for comparison as CCNet does: case, accents, digits and punctuation.

        >>> normalize_line("  Share this: 12 Comments! ")
        'share this 00 comments'
    """
    line = unicodedata.normalize("NFD", line.casefold())
    line = "".join(c for c in line if not unicodedata.combining(c))
    line = _DIGITS.sub("0", line)
    line = _PUNCTUATION.sub(" ", line)
    return _SPACES.sub(" ", line).strip()


@dataclass(frozen=True)
class RemoveBoilerplate:
    """Remove boilerplate lines; see the module docstring. Settings come from CleanConfig."""

    disabled: frozenset[str] = frozenset()
    user_lines: tuple[str, ...] = ()
    user_patterns: tuple[str, ...] = ()
    learned: frozenset[str] = field(default_factory=frozenset)
    strength: Strength = "default"

    def __post_init__(self) -> None:
        """Check names now, so a typo fails at configuration, not mid-run."""
        for name in self.disabled:
            if name not in CATEGORIES:
                raise UnknownNameError("boilerplate category", name, list(CATEGORIES))
        if self.strength not in STRENGTHS:
            raise UnknownNameError("boilerplate strength", self.strength, STRENGTHS)

    @cached_property
    def _rules(self) -> tuple[Rule, ...]:
        user = tuple(
            Rule(USER, regex.escape(line.strip()), anywhere=True) for line in self.user_lines
        )
        user += tuple(Rule(USER, pattern, anywhere=True) for pattern in self.user_patterns)
        return tuple(r for r in (*RULES, *user) if r.category not in self.disabled)

    @cached_property
    def _anywhere(self) -> LineMatcher | None:
        """The lines that go wherever they are."""
        rules = [(i, r) for i, r in enumerate(self._rules) if r.anywhere]
        return LineMatcher(rules) if rules else None

    @cached_property
    def _any_rule(self) -> LineMatcher:
        return LineMatcher(list(enumerate(self._rules)))

    def _reason(self, index: int, where: str) -> str:
        rule = self._rules[index]
        return f"{rule.category}: catalog line /{rule.pattern[:60]}/ {where}"

    def _learned_reason(self, line: str) -> str | None:
        if self.learned and LEARNED not in self.disabled and normalize_line(line) in self.learned:
            return f"{LEARNED}: recurs across the corpus"
        return None

    def __call__(self, text: str) -> str:
        """Return ``text`` without its boilerplate lines."""
        lines, removed, keep = self._find(text)
        if not removed:
            return text
        out = "\n".join(itertools.compress(lines, keep))
        return out.lstrip(" \t") if not keep[0] else out  # as explain's _INDENT change

    def explain(self, text: str) -> tuple[str, tuple[Change, ...]]:
        """Return the text without boilerplate, and each removed line with its reason."""
        lines, removed, _ = self._find(text)
        if not removed:
            return text, ()
        changes = _removal_changes(text, lines, removed)
        return apply_changes(text, changes), changes

    def _find(self, text: str) -> tuple[list[str], dict[int, str], list[bool]]:
        """
        The text's lines, the reason for each line (by index) that goes, and which lines stay.

        Removing lines can bring others together that then read as furniture
        (a bio with the byline above it gone), so the lines kept are asked
        again until nothing more goes: the filter is idempotent, which the
        pipeline relies on. Most texts lose nothing, and are read once. The
        lines that stay (see _kept_lines) are empty if none goes.
        """
        self._ends_asked.clear()  # each reading asks the same ends again
        new_text()  # (lines.per_text: answers are kept while one text is read)
        lines = text.split("\n")
        # Catalog rules matching whole lines anywhere (by line index): a line's
        # match is its own, so later readings take those of the lines they keep.
        anywhere = self._match_anywhere(text, lines)
        reading = _Readings()
        removed = self._find_once(text, lines, anywhere, reading)
        keep: list[bool] | None = None
        for _ in range(_MAX_ROUNDS):
            if not removed:
                break
            keep, _ = _kept_lines(lines, removed)
            kept = list(itertools.compress(range(len(lines)), keep))
            if not kept:
                break
            kept_anywhere = (
                {
                    position: anywhere_rule
                    for position, index in enumerate(kept)
                    if (anywhere_rule := anywhere.get(index)) is not None
                }
                if anywhere  # (most texts have no such line: no pass over the kept ones)
                else {}
            )
            kept_lines = list(itertools.compress(lines, keep))
            more = self._find_once("\n".join(kept_lines), kept_lines, kept_anywhere, reading)
            if not more:
                break
            for position, reason in more.items():
                removed[kept[position]] = reason
            keep = None  # more went: the last reading decides again
        if removed and keep is None:
            keep, _ = _kept_lines(lines, removed)
        return lines, removed, keep or []

    def _match_anywhere(self, text: str, lines: list[str]) -> dict[int, int]:
        """The rule (by line index) of each line a catalog rule removes wherever it is."""
        if not text or (matcher := self._anywhere) is None:
            return {}
        return dict(matcher.match_lines(text, lines))

    def _find_once(
        self, text: str, lines: list[str], anywhere: dict[int, int], reading: _Readings
    ) -> dict[int, str]:
        """
        One reading of the text (as ``lines``): the reason for each line that goes.

        ``anywhere`` holds the lines' matches of the rules that go anywhere,
        in line order (see _match_anywhere); ``reading`` what the earlier
        readings of the text found that holds for the lines they kept.
        """
        removed: dict[int, str] = {}
        if not text:
            return removed
        # Anywhere: whole-line disclaimers, the user's and learned lines.
        for index, rule in anywhere.items():
            removed[index] = self._reason(rule, "(removed anywhere)")
        if self.learned and LEARNED not in self.disabled:
            for index, line in enumerate(lines):
                if line.strip() and index not in removed and (reason := self._learned_reason(line)):
                    removed[index] = reason
        anywhere_only = dict(removed)
        content, body = ([], False) if self._plain_prose(lines, removed) else self._classify(lines)
        if content and body and not self._may_be_page(text, reading):
            # A UI catalog, a mail, a README: no page, so no page furniture;
            # only the lines that go anywhere (see kinds).
            content = []
        if not body:
            # A list of short messages, a glossary, a poem: without a paragraph
            # of prose nothing tells furniture from content, so only the lines
            # that go anywhere (catalog disclaimers, user's, learned) and the
            # lines platforms print whole (the catalog: "Share this:") go.
            # A lone word ("Email", "Share", "comments") is an interface string
            # of such a list as much as a widget: it stays, and a text made only
            # of catalog lines has nothing else to tell them from, so it stays.
            printed = [
                (item.index, found)
                for item in content
                if (found := item.candidate) is not None
                and found.reasons[0].startswith(_CATALOG_REASON)
                and found.value >= EDGE + 1.0
                and found.category != COPYRIGHT  # a price list's or a label's own notice
            ]
            # Asked only now: whether the text is no page matters here only
            # if a printed line would go (most texts without a body have none).
            if printed and len(printed) < len(content) and not self._may_be_page(text, reading):
                printed = []  # no page: its lines stay
            if len(printed) < len(content):
                for index, found in printed:
                    if " " in lines[index].strip():
                        removed.setdefault(
                            index, block_reason(found, "(a text without a paragraph)")
                        )
            content = []
        disclosed: list[int] = []
        if (
            content
            and not reading.disclosed
            and any(item.candidate is not None for item in content)
        ):
            # a page with furniture may disclose affiliate links anywhere
            before = len(removed)
            blocks.disclosures(content, removed)
            disclosed = list(itertools.islice(removed, before, None))
            reading.disclosed = True
        if content:
            blocks.header_blocks(content, removed)
            counted.counted_lists(content, removed)
            blocks.revise(content, removed, self._sentence_candidate, web=self.strength == "web")
        if content and AUTHOR_BIO not in self.disabled:
            # A bio may sit between the body and more furniture, and a second
            # bio (co-authors) above the first: looking again until none is
            # found makes the filter idempotent, which the pipeline relies on.
            # Bounded: each bio found reads every line again, and a text made of
            # article, name, bio, furniture repeated thousands of times went
            # quadratic (246 s for 1.4 MB); co-authors come in handfuls.
            for _ in range(_MAX_BIOS):
                if not find_author_bio(lines, removed):
                    break
                blocks.revise(
                    content, removed, self._sentence_candidate, web=self.strength == "web"
                )
            names_above_roles(lines, removed)
            if removed:
                named_bios(text, lines, content, removed)
        if content:
            blocks.prompt_pitches(content, removed)
            if reading.ad_openings is not False:  # (a subset of lines opens with none either)
                reading.ad_openings = boxes.may_open_with_ad_marker(content)
            boxes.find(text, content, removed, openings=reading.ad_openings)
            teasers.find(content, removed)
            cards.header_cards(content, removed)
            cards.linked_headlines(content, removed)
            if COPYRIGHT not in self.disabled:
                footer.rights_notices(content, removed)
            edge_lines.edge_furniture(content, removed)
        if content and COMMENT_FORM not in self.disabled and forms.may_hold_form(text):
            forms.forms(text, content, removed)
        beside: list[int] = []  # the lines that stay beside the furniture told so far ...
        told = 0  # ... of the first ``told`` lines of ``removed``
        if content and removed:
            # notices and bios beside furniture: only the lines near removed ones are asked
            beside = kept_beside_removed(content, removed, notices.REACH)
            told = len(removed)
            if COMMENT_FORM not in self.disabled:
                notices.comment_notices(content, removed, beside)
            if PROMPT not in self.disabled:
                signups.sign_up_forms(content, removed)  # (from furniture only)
            if AUTHOR_BIO not in self.disabled:
                author_lines.bios_beside_box_lines(content, removed, beside)
            if CREDIT not in self.disabled:
                end_credits.end_credits(content, removed)  # (the last two kept lines only)
        if content:
            captions.caption_credits(text, content, removed)  # (its gate: _marked_tails)
        if content and NAVIGATION not in self.disabled:
            page.outside_main_block(content, removed, web=self.strength == "web")
        if content and (end := headlines.body_end(content, removed)) >= 0:
            # (these read the lines outside the body only)
            if end < len(content) - 1:  # (most texts end with their last paragraph)
                headlines.tail_headlines(content, removed, end)
                contacts.contact_blocks(content, removed, end)
            if NAVIGATION not in self.disabled:
                pagers.pager_links(content, removed, end)
        if content:
            standfirsts.find(text, content, removed, web=self.strength == "web")
        if content and removed and COMMENT_FORM not in self.disabled:
            threads.comment_threads(content, removed, web=self.strength == "web")
        if content and self.strength == "web" and COMMENT_FORM not in self.disabled:
            comment_sections.comment_sections(content, removed)
        if content and removed and self.strength == "web" and PROMPT not in self.disabled:
            # web only: on realpages' report part, in default, the stage removed 7
            # boilerplate strings and 4 of the article's (round 12), far from the
            # precision the default keeps. After threads: a reader's comment between
            # its thread's furniture is no appeal; the lines beside the furniture
            # told since are added to ``beside``
            later = dict.fromkeys(itertools.islice(removed, told, None), "")
            if later:
                beside = sorted({*beside, *kept_beside_removed(content, later, appeals.REACH)})
            appeals.reader_appeals(content, removed, beside)
        if content and NAVIGATION not in self.disabled and mirrors.may_mirror(content):
            mirrors.mirrored_lines(content, removed)  # (its gate: a short line read twice)
        if content:
            blocks.sentences_amid_furniture(content, removed)
            sheets.keep_sheets(content, removed)
        if self.disabled:
            for index in [i for i, why in removed.items() if why.split(":", 1)[0] in self.disabled]:
                del removed[index]
        if len(removed) > len(anywhere_only) and _a_two_column_table(text, lines, removed):
            # A glossary or translation table is no page: its short entries
            # (Home — Početna) are its content. Asked only of a text that
            # lost a line holding a separator, so other texts pay nothing.
            removed = anywhere_only
        if removed and not any(line.strip() for i, line in enumerate(lines) if i not in removed):
            # Never empty a text: keep every prose paragraph if that would
            # happen, and if there is none, nothing tells furniture from
            # content ("X", "Print" alone), so the text stays as it is.
            for index, line in enumerate(lines):
                if len(line.split()) >= _PROSE_WORDS:
                    removed.pop(index, None)
            if not any(line.strip() for i, line in enumerate(lines) if i not in removed):
                removed.clear()
        if reading.disclosed and not all(index in removed for index in disclosed):
            reading.disclosed = False  # a disclosure stays: the next reading asks it again
        return removed

    @staticmethod
    def _may_be_page(text: str, reading: _Readings) -> bool:
        """
        Whether ``text`` may be a page (kinds.marked_kind finds no mark of a text that is none).

        Asked once for the text: a later reading reads some of its lines, and
        the marks of a subset are a subset. A reading that does not need the
        answer leaves it to the next one, which asks it of its own lines.
        """
        if not reading.may_be_page:
            if kinds.marked_kind(text) is not None:
                return False
            reading.may_be_page = True
        return True

    def _plain_prose(self, lines: list[str], removed: dict[int, str]) -> bool:
        """
        Whether the classifier has nothing to do: every line a sentence, no bio, no call to action.

        Most articles are paragraphs of prose from end to end: then only the
        two sentences at the ends are asked whether they call to action, as the
        classifier would ask them, and whether a bio ends the text. A paragraph
        whose last sentence has no full stop, or a line of short sentences, is
        no prose to the classifier, but no stage takes it from such a text
        unless it bears a mark of furniture (_quiet_prose reads such texts).
        """
        ends, quick, closers = _QUICK_ENDS, _QUICK_PROSE_CHARS, _CLOSERS
        for line in lines:
            if not line:
                continue
            size = len(line)
            if size >= quick and line[-1] in ends and not line[0].isspace():
                continue  # a sentence
            # A sentence closed by a quote, a long line, a short plain sentence:
            # prose to _classify too; but with a line gone (catalog, learned)
            # the classifier looks at the lines around it, so it is asked.
            if removed or line[0].isspace() or line[-1].isspace():
                return False  # (or a line _classify strips)
            if size > MAX_SCORED_CHARS or (
                size >= quick and without_notes(line).rstrip(closers).endswith(_SENTENCE_ENDS)
            ):
                continue
            if not ends_clause(line) or self._known(line)[1] is not None:
                return self._may_be_quiet(line, lines) and self._quiet_prose(lines, cleared=line)
        return self._plain_ends(lines, removed, {})

    def _may_be_quiet(self, line: str, lines: list[str]) -> bool:
        """
        Whether ``line``, the first of ``lines`` that is no prose, may leave the text plain.

        A catalog line or a measured sentence with a cue never does; in a text
        with a body (a wide sentence) neither does a paragraph with a mark, nor
        anything at the web strength: most pages fail here, at their title.
        A title shorter than a quiet paragraph may pass as the text's first
        line: _quiet_prose then takes it for quiet only alone.
        """
        if ends_clause(line):
            rule, _, _, prose, _ = self._known(line)
            if rule is not None or prose:
                return False
            if self.strength == "default":
                return True
        elif self.strength == "default" and (
            quiet_lines.may_be_quiet_paragraph(line)
            or (_first_line(lines) is line and quiet_lines.may_be_quiet_title(line))
        ):
            return True
        return not _wide_sentence(lines)

    def _quiet_prose(self, lines: list[str], *, cleared: str) -> bool:
        """
        _plain_prose of a text (nothing removed) holding a line that is no prose.

        Such lines are collected with their verdicts: a paragraph ending no
        sentence (left unmeasured) or a line of short sentences. A text
        without a body loses only catalog lines; in one with a body, _quiet
        asks whether a stage could take them or its prose. ``cleared`` is
        the first line that is no prose, which _may_be_quiet let through: if
        it ends no clause and the text has a body, may_be_quiet_paragraph
        said yes to it there, and is not asked again, or, if it is shorter
        than a quiet paragraph, may_be_quiet_title did: a lone title, which
        is quiet only if no other line of the text is (see may_be_quiet_title).
        """
        ends, quick, closers = _QUICK_ENDS, _QUICK_PROSE_CHARS, _CLOSERS
        quiet: dict[int, _Verdict | None] = {}  # the lines that are no prose, by index
        # Whether a sentence is a paragraph's width (the text has a body), once asked:
        # then a paragraph ending no sentence is asked its marks at once.
        wide: bool | None = None
        title = False  # ``cleared`` is a short title, quiet only alone
        for index, line in enumerate(lines):
            if not line:
                continue
            size = len(line)
            if size >= quick and line[-1] in ends and not line[0].isspace():
                continue
            if line[0].isspace() or line[-1].isspace():
                return False  # (a line _classify strips)
            if size > MAX_SCORED_CHARS or (
                size >= quick and without_notes(line).rstrip(closers).endswith(_SENTENCE_ENDS)
            ):
                continue
            verdict: _Verdict | None = None  # a paragraph ending no sentence: not measured yet
            if ends_clause(line):
                verdict = self._known(line)
                if verdict[1] is None:
                    continue  # a plain sentence
                if verdict[0] is not None or verdict[3]:
                    return False  # a catalog line, or prose with a cue: its signals are read
            else:
                if wide is None:
                    wide = _wide_sentence(lines)
                if line is cleared:
                    title = bool(wide) and len(line) < quiet_lines.PARAGRAPH_CHARS
                elif wide and not quiet_lines.may_be_quiet_paragraph(line):
                    return False  # a title, a label: no quiet line in a text with a body
            quiet[index] = verdict
        if title and len(quiet) > 1:
            return False  # a short title beside another quiet line: boxes, teasers, mirrors
        if not _has_body(lines, quiet):
            # Nothing tells furniture from content but the catalog (see _find_once):
            # the paragraphs left unmeasured are asked for a catalog line, nothing more.
            return all(
                self._any_rule.match(lines[index]) is None
                for index, verdict in quiet.items()
                if verdict is None
            )
        return self._quiet(lines, quiet, marked=bool(wide)) and self._plain_ends(lines, {}, quiet)

    def _plain_ends(
        self, lines: list[str], removed: dict[int, str], quiet: dict[int, _Verdict | None]
    ) -> bool:
        """
        Whether neither end of a text of prose calls to action, and no bio ends it.

        The ends are its first and last lines of prose, as revise asks them
        (``quiet`` lines are no prose).
        """
        for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):
            for index in order:
                line = lines[index]
                if line and index not in removed and index not in quiet:
                    if (found := self._asked_end(line)) is not None and found.value >= EDGE:
                        return False
                    break
        return AUTHOR_BIO in self.disabled or not find_author_bio(lines, dict(removed))

    def _quiet(self, lines: list[str], quiet: dict[int, _Verdict | None], *, marked: bool) -> bool:
        """
        Whether a text of prose loses none of its ``quiet`` lines, which are no prose.

        ``quiet`` holds each line's verdict by index: paragraphs ending no
        sentence (None: not measured) and lines of short sentences. The text
        has a body (_has_body): no stage takes a line that bears none of the
        marks quiet_lines rules out, nor a line of prose with none of them.
        ``marked``: the paragraphs were asked their marks already.
        """
        if self.strength != "default":
            return False  # web takes navigation-like lines at the ends, whatever their marks
        unended = [lines[index] for index, verdict in quiet.items() if verdict is None]
        sentences = [(lines[index], verdict) for index, verdict in quiet.items() if verdict]
        short = [line for line, _ in sentences if len(line) <= quiet_lines.MARK_CHARS]
        return (
            all(
                _quiet_verdict(verdict) and quiet_lines.may_be_quiet_sentences(line)
                for line, verdict in sentences
            )
            and (marked or all(map(quiet_lines.may_be_quiet_paragraph, unended)))
            and all(map(self._quiet_paragraph, unended))
            and not quiet_lines.recurring(short)
            and not _page_run(lines, quiet)
            and quiet_lines.quiet_prose(lines, set(quiet))
        )

    def _quiet_paragraph(self, line: str) -> bool:
        """
        _quiet_verdict of a paragraph ending no sentence, measured only if a short test cannot tell.

        A long paragraph without a cue or a category (signals.unmarked_paragraph)
        is quiet unless a catalog line, a byline, a bio sentence or a role
        line claims it, as _measure asks them; these are asked, not its shape.
        """
        if (
            line not in self._measured
            and unmarked_paragraph(line)
            and self._any_rule.match(line) is None
            and not byline(line)
            and (
                AUTHOR_BIO in self.disabled
                or not ((may_be_bio_sentence(line) and bio_sentence(line)) or role_line(line))
            )
        ):
            return True
        return _quiet_verdict(self._known(line))

    def _classify(self, lines: list[str]) -> tuple[list[Line], bool]:
        """
        Each content line with its signals and candidate (first stage); whether there is a body.

        The body is the prose furniture is told from (_Body). A line
        ending no sentence or clause is never prose; until the body is seen
        such lines wait unmeasured, for a text without a body loses only its
        catalog lines (see _find), whatever their signals.
        """
        catalog: dict[int, int] = {}
        measured = self._measured
        content: list[Line] = []
        append = content.append
        quick, closers, ends, quick_ends = _QUICK_PROSE_CHARS, _CLOSERS, _SENTENCE_ENDS, _QUICK_ENDS
        waiting: list[int] = []  # positions in content of lines not measured yet
        body = _Body()
        for index, raw in enumerate(lines):
            if not raw:
                continue
            line = raw.strip() if raw[0].isspace() or raw[-1].isspace() else raw
            size = len(line)
            if not size:
                continue
            if size > MAX_SCORED_CHARS or (
                size >= quick
                # (a sentence's own last character: no closer to strip, most lines)
                and (
                    line[-1] in quick_ends
                    or without_notes(line).rstrip(closers).endswith(ends)  # "… 1993.[5]"
                )
            ):
                # A long line or a sentence: prose. Its signals and the catalog
                # are asked only if an edge run reaches it; its words are
                # counted only for lines that are not prose, so left at 0.
                if not body.found:
                    body.add(line)
                append(Line(index, line, 0, True, None, None))  # noqa: FBT003
                continue
            if not body.found and not ends_clause(line):
                waiting.append(len(content))
                append(Line(index, line, 0, False, None, None))  # noqa: FBT003
                continue
            try:
                rule, found, candidate, prose, words = measured[line]
            except KeyError:
                rule, found, candidate, prose, words = self._known(line)
            if rule is not None:
                catalog[index] = rule
            if prose and not body.found:
                body.add(line)
            append(Line(index, line, words, prose, found, candidate))
        if waiting:
            self._measure_waiting(content, waiting, catalog, measure=body.found)
        if any(self._rules[rule].weak for rule in catalog.values()):
            _weigh_weak_share_lines(content, self._rules, catalog)
        return content, body.found

    def _measure_waiting(
        self, content: list[Line], waiting: list[int], catalog: dict[int, int], *, measure: bool
    ) -> None:
        """Measure the lines _classify left waiting; without a body, ask only the catalog."""
        if not measure:
            # Asked once per distinct line: lists and logs repeat their lines.
            asked: dict[str, int | None] = {}
            rules = []
            for pos in waiting:
                text = content[pos].text
                if text not in asked:
                    asked[text] = self._any_rule.match(text)
                rules.append((pos, asked[text]))
            known = [rule for _, rule in rules if rule is not None] + list(catalog.values())
            if not any(self._rules[rule].weak for rule in known):
                for pos, rule in rules:
                    if rule is not None:
                        line = content[pos]
                        catalog[line.index] = rule
                        line.candidate = self._catalog_candidate(rule)
                return
            # A lone network name is a share button only next to other
            # furniture: its neighbours' candidates decide, so all are measured.
        for pos in waiting:
            line = content[pos]
            rule, found, candidate, prose, words = self._known(line.text)
            if rule is not None:
                catalog[line.index] = rule
            content[pos] = Line(line.index, line.text, words, prose, found, candidate)

    @cached_property
    def _measured(self) -> dict[str, _Verdict]:
        """Short lines already measured: navigation and furniture recur across a corpus."""
        return {}

    def _known(self, line: str) -> _Verdict:
        """The verdict of a short stripped line, remembered."""
        measured = self._measured
        try:
            return measured[line]
        except KeyError:
            if len(measured) >= _MAX_MEASURED:
                measured.clear()
            verdict = measured[line] = self._verdict(line)
            return verdict

    def _verdict(self, line: str) -> _Verdict:
        """
        A short line's catalog rule, signals, candidate, whether prose, and words.

        A plain sentence (prose without a cue word) that no catalog line, byline
        or bio sentence claims is prose without measuring its shape, as a long
        sentence is: most short lines of an article are such sentences.
        """
        if ends_clause(line):  # only such a line may be prose
            folded = line.casefold().split()
            words = plain_sentence_words(line, folded)
            if (
                words
                and self._any_rule.match(line) is None
                and not byline(line)
                and (AUTHOR_BIO in self.disabled or not bio_sentence(line, folded))
            ):
                return None, None, None, True, words
        rule, found, candidate = self._measure(line)
        return rule, found, candidate, found.prose and candidate is None, found.words

    def _measure(self, line: str) -> tuple[int | None, LineSignals, Candidate | None]:
        """A short line's catalog rule, signals and candidate verdict, without context."""
        rule = self._any_rule.match(line)
        candidate = self._catalog_candidate(rule)
        found = signals(line)
        if candidate is None and _table_row(line):
            # A row of a table the text draws ("| Sound settings | Twinsen | ✓ |"):
            # its cells are the table's content, whatever words they hold.
            return rule, found, None
        if candidate is None and byline(line):
            candidate = Candidate(AUTHOR_BIO, EDGE + 0.5, ("byline",))
        if candidate is None and AUTHOR_BIO not in self.disabled and bio_sentence(line):
            candidate = Candidate(AUTHOR_BIO, EDGE + 0.5, (_BIO_SENTENCE,))
        if candidate is None and AUTHOR_BIO not in self.disabled and role_line(line):
            candidate = Candidate(AUTHOR_BIO, EDGE + 0.5, (ROLE_LINE,), shaped=False)
        if candidate is None:
            candidate = self._scored_candidate(found)
        elif (
            rule is not None
            and candidate.value < STRONG
            and (scored := self._scored_candidate(found)) is not None
            and scored.value >= STRONG
            and scored.shaped
        ):
            # "Read more: <headline>" is a catalog line, and its signals (a
            # label opening the line, a headline after it) say more: the
            # catalog line weighs as much, as a link label goes wherever it is
            candidate = candidate._replace(
                value=scored.value, reasons=(*candidate.reasons, *scored.reasons)
            )
        return rule, found, candidate

    def _scored_candidate(self, found: LineSignals) -> Candidate | None:
        scored = score(found)
        if scored.category is None or scored.category in self.disabled:
            return None
        return Candidate(scored.category, scored.value, scored.reasons, scored.shaped)

    def _sentence_candidate(self, line: Line) -> Candidate | None:
        """
        An edge run reached a sentence: ask the catalog, and measure it for calls to action.

        Each reading of a text (see _find) asks the sentences at its ends
        again: their verdicts are kept while one text is read.
        """
        return self._asked_end(line.text)

    def _asked_end(self, text: str) -> Candidate | None:
        """_end_verdict of a sentence at an end, remembered while one text is read."""
        asked = self._ends_asked
        if text in asked:  # most texts miss: no exception raised for them
            return asked[text]
        verdict = asked[text] = self._end_verdict(text)
        return verdict

    @cached_property
    def _ends_asked(self) -> dict[str, Candidate | None]:
        """The verdicts of the sentences _sentence_candidate was asked while one text is read."""
        return {}

    def _end_verdict(self, text: str) -> Candidate | None:
        if len(text) < _QUICK_PROSE_CHARS or text[-1] not in _QUICK_ENDS:  # maybe measured
            known = self._measured.get(text)
            if known is not None and known[1] is None:
                return None  # a plain sentence: no catalog line, bio sentence or cue
        return self._sentence_verdict(text)

    def _sentence_verdict(self, text: str) -> Candidate | None:
        if (candidate := self._catalog_candidate(self._any_rule.match(text))) is not None:
            return candidate
        if len(text) > MAX_SCORED_CHARS:
            return None
        # The line is folded and split only if a question needs its words (one
        # split for both): most sentences open with no name, and a long one
        # calls to action without them.
        words = None
        if AUTHOR_BIO not in self.disabled and may_be_bio_sentence(text):
            words = text.casefold().split()
            if bio_sentence(text, words):
                return Candidate(AUTHOR_BIO, EDGE + 0.5, (_BIO_SENTENCE,))
        scored = call_to_action(text, words)
        if scored.category is None or scored.category in self.disabled:
            return None
        return Candidate(scored.category, scored.value, scored.reasons)

    def _catalog_candidate(self, rule_index: int | None) -> Candidate | None:
        if rule_index is None:
            return None
        rule = self._rules[rule_index]
        return Candidate(rule.category, EDGE + 1.0, (f"{_CATALOG_REASON}/{rule.pattern[:60]}/",))


def _has_body(lines: list[str], quiet: dict[int, _Verdict | None]) -> bool:
    """Whether the lines of prose (all but ``quiet``) make a body, as _classify counts them."""
    body = _Body()
    for index, line in enumerate(lines):
        if line and index not in quiet:
            body.add(line)
            if body.found:
                return True
    return False


def _first_line(lines: list[str]) -> str:
    """The text's first line that is not empty ('' if none)."""
    return next(filter(None, lines), "")


def _wide_sentence(lines: list[str]) -> bool:
    """Whether a line ends a sentence and is a paragraph's width: the text has a body (_Body)."""
    return any(
        len(line) >= _MIN_PARAGRAPH_WIDTH
        and line[-1] in _QUICK_ENDS
        and "\t" not in line
        and not line.startswith("©")
        for line in lines
    )


def _page_run(lines: list[str], quiet: dict[int, _Verdict | None]) -> bool:
    """
    Whether page.outside_main_block would find a run of furniture among the ``quiet`` lines.

    It looks only if quiet_lines.PAGE_RUN lines in a row are no prose, and
    then takes only lines that do not read as prose to it (page.short_text).
    """
    if len(quiet) < quiet_lines.PAGE_RUN:
        return False  # (most texts: a title alone) no run can be longer than the lines
    run = longest = 0
    for index, line in enumerate(lines):
        if line:
            run = run + 1 if index in quiet else 0
            longest = max(longest, run)
    return longest >= quiet_lines.PAGE_RUN and any(page.short_text(lines[i]) for i in quiet)


def _quiet_verdict(verdict: _Verdict) -> bool:
    """A line measured with no catalog line, no candidate, no cue and no word announcing more."""
    rule, found, candidate, _, _ = verdict
    return (
        rule is None
        and candidate is None
        and found is not None
        and not found.cues
        and not found.announces_more
    )


class _Readings:
    """
    What a reading of a text found that holds for every later reading of the lines it kept.

    A later reading reads a subset of the lines (see _find), so it need not
    ask again what depends on each line alone: whether the text has the marks
    of no page (kinds: the marks of a subset are a subset; a removed line
    leaves no new underline, for the blank line above a line stays), and
    which lines disclose affiliate links or prompt to sign up (all were asked,
    and those that said yes are gone, unless a text would be left empty), and
    whether a line may open with an advertisement's marker (boxes: asked of
    each line alone, so a subset of lines opens with none if the lines did not).
    """

    __slots__ = ("ad_openings", "disclosed", "may_be_page")

    def __init__(self) -> None:
        self.may_be_page = False  # marked_kind found no mark of a text that is no page
        self.disclosed = False  # every line was asked for disclosures, and those found went
        self.ad_openings: bool | None = None  # boxes.may_open_with_ad_marker, once asked


# A short line's verdict: catalog rule, signals (None for a plain sentence),
# candidate, whether prose, and words.
_Verdict = tuple[int | None, LineSignals | None, Candidate | None, bool, int]

# A paragraph: a line of prose of two sentences, or this wide (a CJK character
# counts two). Short messages, list items and headlines are one short sentence.
_MIN_PARAGRAPH_WIDTH = 150
# A long sentence of news prose, and how many of them make a body.
_MIN_SENTENCE_WIDTH = 90
_BODY_SENTENCES = 2
# Or three one-sentence paragraphs of local news: this wide, or one long and
# two of a news sentence's width (interface messages are shorter).
_MIN_SHORT_PARAGRAPH_WIDTH = 70
_MIN_NEWS_SENTENCE_WIDTH = 60
_BODY_SHORT_PARAGRAPHS = 3


class _Body:
    """
    Whether the prose read so far makes a body furniture is told from, line by line.

    One paragraph (two sentences, or a wide line) is a body; so are two
    long one-sentence lines, as news writes them ("La azotea del mercado
    ... aromáticas."), and three one-sentence paragraphs as local news
    writes them: all of a short paragraph's width, or one long and two of
    a news sentence's. Short messages, list items and headlines are narrower.
    """

    __slots__ = ("found", "long_sentences", "paragraphs", "sentences")

    def __init__(self) -> None:
        self.found = False
        self.long_sentences = self.paragraphs = self.sentences = 0

    def add(self, text: str) -> None:
        """
        Count a line of prose.

        A row of columns parted by tabs (a glossary, a catalog) is none, nor
        is a copyright notice: a price list's two lines are no article.
        """
        if "\t" in text or text.startswith("©"):
            return
        if len(text) >= _MIN_PARAGRAPH_WIDTH or _SENTENCE_BREAK.search(text):
            self.found = True  # wide, or two sentences or more: a paragraph, however short
            return
        width = _width(text)
        if width >= _MIN_PARAGRAPH_WIDTH:
            self.found = True
            return
        self.long_sentences += width >= _MIN_SENTENCE_WIDTH
        self.paragraphs += width >= _MIN_SHORT_PARAGRAPH_WIDTH
        self.sentences += width >= _MIN_NEWS_SENTENCE_WIDTH
        self.found = self.long_sentences >= _BODY_SENTENCES or (
            self.sentences >= _BODY_SHORT_PARAGRAPHS
            and (self.long_sentences > 0 or self.paragraphs >= _BODY_SHORT_PARAGRAPHS)
        )


_MIN_TABLE_BARS = 3  # "| a | b |": two cells drawn


def _table_row(line: str) -> bool:
    """Whether a line is a row of a table drawn with bars, as extractors write tables."""
    return line.startswith("|") and line.endswith("|") and line.count("|") >= _MIN_TABLE_BARS


def _width(text: str) -> int:
    """Characters, a CJK character counting two (it holds a word or more)."""
    width = len(text)
    if 2 * width >= _MIN_SENTENCE_WIDTH and _WIDE.search(text):
        width += len(_WIDE.findall(text))
    return width


# One sentence ending and another beginning: ". The", "? Die", "。これ".
_SENTENCE_BREAK = regex.compile(
    r"(?<=[\p{L}\d\"'”’»)])[.!?][\"'”’»)]?\s+[\p{Lu}\p{Lo}]|[。！？]\s*[^\s\p{P}]"
)
_WIDE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


def _weigh_weak_share_lines(
    content: list[Line], rules: tuple[Rule, ...], catalog: dict[int, int]
) -> None:
    """
    Lone network names (``Email``, ``Print``) are share buttons only in a share bar.

    A run of candidate lines holding two network names, or a share line
    (``Share this:``, ``Teilen auf``), is a share bar; otherwise a network
    name may be a word of a list ("Email" above "Password" in a list of
    interface strings), and stays. Runs reach over every candidate, so
    removing lines never joins two runs into a bar: the filter stays
    idempotent.
    """

    def weak(line: Line) -> bool:
        rule = catalog.get(line.index)
        return rule is not None and rules[rule].weak and line.candidate is not None

    def sharing(line: Line) -> bool:
        return line.candidate is not None and line.candidate.category == SHARE_WIDGET

    pos = 0
    while pos < len(content):
        if not weak(content[pos]):
            pos += 1
            continue
        start = pos
        while start > 0 and content[start - 1].candidate is not None:
            start -= 1
        while pos < len(content) and content[pos].candidate is not None:
            pos += 1
        run = content[start:pos]
        names = [line for line in run if weak(line)]
        if len(names) >= 2 or any(sharing(line) and not weak(line) for line in run):
            continue
        for line in names:
            reasons = (*line.candidate.reasons, "alone") if line.candidate else ("alone",)
            line.candidate = Candidate(SHARE_WIDGET, EDGE - 1.0, reasons)


def _kept_lines(lines: list[str], removed: dict[int, str]) -> tuple[list[bool], dict[int, str]]:
    """Which lines stay, and why each other goes: removed lines and the blank lines they leave."""
    keep: list[bool] = []
    reasons = dict(removed)
    # Blank lines: keep one between kept paragraphs, none at the ends. One
    # pass forward; the backward one stops at the last kept paragraph.
    previous_kept_blank = True  # at the start, a blank line is an end
    for i, line in enumerate(lines):
        stays = i not in removed
        if stays and (not line or line.isspace()):
            if previous_kept_blank:
                stays = False
                reasons[i] = _LEFT_BLANK
            previous_kept_blank = True
        elif stays:
            previous_kept_blank = False
        keep.append(stays)
    for i in range(len(lines) - 1, -1, -1):
        if not keep[i]:
            continue
        if lines[i] and not lines[i].isspace():
            break
        keep[i] = False
        reasons[i] = _LEFT_BLANK
    return keep, reasons


_LEFT_BLANK = "blank line left by removed boilerplate"
# Readings of the kept lines after the first (each one found more to remove).
_MAX_ROUNDS = 3
# Author bios looked for one after another at the end of one reading.
_MAX_BIOS = 8


def _removal_changes(text: str, lines: list[str], removed: dict[int, str]) -> tuple[Change, ...]:
    """Build the changes that delete removed lines and the blank lines they leave behind."""
    keep, reasons = _kept_lines(lines, removed)
    starts = [0, *itertools.accumulate(len(line) + 1 for line in lines)]
    last_kept = max((i for i in range(len(lines)) if keep[i]), default=-1)
    changes = []
    for i in range(len(lines)):
        if keep[i]:
            continue
        if 0 <= last_kept < i:
            # In the removed tail the line break *before* each line goes, so
            # the kept text does not end with one.
            start, end = starts[i] - 1, starts[i + 1] - 1
        else:
            start, end = starts[i], min(starts[i + 1], len(text))
        changes.append(Change(start, end, text[start:end], "", reasons[i]))
    if last_kept >= 0 and not keep[0]:
        # The first kept line now starts the text: its indent goes, as
        # normalize_whitespace strips a text's start (so clean is idempotent).
        first = keep.index(True)
        indent = len(lines[first]) - len(lines[first].lstrip(" \t"))
        if indent:
            start = starts[first]
            changes.append(Change(start, start + indent, text[start : start + indent], "", _INDENT))
    return tuple(sorted(changes, key=lambda change: change.start))


_INDENT = "indent left at the start of the text by removed boilerplate"


#: The default-configured filter.
remove_boilerplate = RemoveBoilerplate()


def _a_two_column_table(text: str, lines: list[str], removed: dict[int, str]) -> bool:
    """Whether a removed line holds a column separator and the text is a two-column table."""
    # (one search of the removed lines together: no separator spans a line break)
    return kinds.may_hold_column_separator("\n".join([lines[index] for index in removed])) and (
        kinds.two_column_table(text) is not None
    )
