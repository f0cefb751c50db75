r"""
remove_boilerplate: whole lines of site furniture, disclaimers and bios, each with its reason.

Works on article text already extracted from HTML, one paragraph a line or
paragraphs separated by blank lines, after normalize_whitespace. It removes
whole lines only, never part of a sentence:

- In runs at the **top or bottom** of the article: every catalog line
  (``textclean._filters.boilerplate_catalog``): ``Related Articles``,
  ``Source link``, ``Leave a Reply``, copyright lines, lone network names...
  A run may step over up to two short lines the catalog does not know (they
  stay); a line of prose ends it.
- **Anywhere**: only what cannot be content, such as a lone ``Advertisement``
  between paragraphs, the NDTV syndication disclaimer, the comment-form
  email notice, and the user's own and learned lines.
- An **author bio** after the body: a name line followed by a short block of
  biographical sentences, or an "About the author" block.

A line is removed only if the whole line matches, so a sentence that
mentions a source link, cookies or a reply stays.

    >>> text = "Title\n\nBody text of the article.\n\nAdvertisement\n\nMore body.\n\nSource link"
    >>> print(remove_boilerplate(text))
    Title
    <BLANKLINE>
    Body text of the article.
    <BLANKLINE>
    More body.
"""

from __future__ import annotations

import itertools
import re
import re._constants as sre  # type: ignore[import-not-found]  # no stub; used read-only
import re._parser as sre_parse  # type: ignore[import-not-found]
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

import regex

from textclean._filters.boilerplate_catalog import (
    AUTHOR_BIO,
    CATEGORIES,
    LEARNED,
    RULES,
    USER,
    Rule,
)
from textclean._filters.whitespace import ODD_SPACES
from textclean.changes import Change, apply_changes
from textclean.errors import UnknownNameError
from textclean.scan import chars_matching

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

_PUNCTUATION = regex.compile(r"[\p{P}\p{S}]+")
_SPACES = regex.compile(r"\s+")
_DIGITS = regex.compile(r"\d")


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


# --- author bios -------------------------------------------------------------

_NAME_LINE = regex.compile(
    r"(?:by )?\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|del|bin|al))"
    r"{1,3}",
)
_ABOUT_AUTHOR = regex.compile(
    r"(?i)about the authors?|about the writer|über den autor|über die autorin|"
    r"à propos de l['’]auteur|sobre el autor|sobre la autora|sull['’]autore|sobre o autor|"
    r"об авторе"
)
# Cheap length checks before the patterns: the longest header, with room for
# case folding that lengthens a letter (ß to ss), and the spaces a name line has.
_ABOUT_AUTHOR_MAX_CHARS = 2 * sre_parse.parse(_ABOUT_AUTHOR.pattern).getwidth()[1]
_NAME_LINE_MAX_SPACES = 4  # also more than any About-the-author header has
_HEADER_TRIM = " :.-—"
_TRIMMABLE = frozenset(_HEADER_TRIM) | chars_matching(re.compile(r"\s"))
_BIO_CUES = tuple(
    regex.compile(pattern, regex.IGNORECASE)
    for pattern in (
        r"\b(?:is|was|am) an? (?:[\w-]+ ){0,3}(?:reporter|writer|journalist|editor|"
        r"correspondent|contributor|columnist|author|freelancer|producer|analyst|blogger|"
        r"intern|student|graduate|fellow|photographer|anchor|host)\b",
        r"\b(?:covers|covering|has covered|reports on|writes about|has written for|"
        r"has contributed to|has worked (?:for|at|as)|previously worked)\b",
        r"\b(?:lives|lived|is based|based) in\b|\b(?:is|hails|comes) from\b|\bgrew up in\b",
        r"\b(?:follow|reach|contact|email) (?:him|her|them|me) (?:on|at|via)\b",
        r"\b(?:bachelor['’]?s?|master['’]?s?|doctorate|ph\.?d|degree|graduated|alumn[ia]|"
        r"holds an? )\b",
        r"\b(?:is an avid|avid|enjoys|in (?:his|her|their|my) (?:free|spare) time|"
        r"when (?:he|she|they|i)(?: is|['’]s|['’]re| am|['’]m)? not)\b",
    )
)
_MAX_BIO_CHARS = 900
_BIO_REACH = 6  # content lines from the end where an About-the-author header may sit
_MIN_BODY_PARAGRAPHS = 2  # a bio is only a bio after an article body
_PROSE_WORDS = 8
_MAX_FURNITURE_CHARS = 600  # longer than any catalog line can match
_MAX_UNKNOWN_IN_RUN = 2  # unknown short lines a furniture run may step over
_MAX_UNKNOWN_WORDS = 6


# --- matching lines against the catalog ----------------------------------------

_Parsed = list[tuple[object, object]]  # (opcode, argument) pairs of the parsed pattern
# A head is how a match may begin: one atom per character, an atom being the
# characters allowed there (before case folding) or None for any character.
_Atom = frozenset[str] | None
_Head = tuple[_Atom, ...]
_HEAD_CHARS = 2  # lines are dispatched on their first two characters
_SHORT_LINE = 100  # and on whether they are longer than this


# Digits (\d) and spaces (\s) are few enough to list; other categories stand for any character.
_CATEGORY_CHARS = {
    sre.CATEGORY_DIGIT: chars_matching(re.compile(r"\d")),
    sre.CATEGORY_SPACE: chars_matching(re.compile(r"\s")),
}


class _UnknownConstructError(ValueError):
    """A pattern construct the head reading does not follow."""


def _heads(pattern: str, size: int = _HEAD_CHARS) -> set[_Head] | None:
    r"""
    Every way a match of ``pattern`` can begin, ``size`` characters deep; None when unknown.

    Read from the parsed pattern. Heads are a superset: a head may be shorter
    than ``size`` (the match may end there) or hold "any character" (a
    wildcard or a category such as \w), which only makes it match more keys.

        >>> sorted(len(h) for h in _heads("(?:ab|c)d"))
        [2, 2]
    """
    try:
        return _heads_of_sequence(list(_parsed(pattern)), size)
    except (TypeError, ValueError):
        return None


def _concat(heads: set[_Head], tails: set[_Head], size: int) -> set[_Head]:
    return {head if len(head) >= size else (head + tail)[:size] for head in heads for tail in tails}


def _heads_of_sequence(items: _Parsed, size: int) -> set[_Head]:
    heads: set[_Head] = {()}
    for op, arg in items:
        if all(len(head) >= size for head in heads):
            break
        heads = _concat(heads, _heads_of_item(op, arg, size), size)
    return heads


def _heads_of_item(op: object, arg: Any, size: int) -> set[_Head]:  # noqa: PLR0911 - one return per construct
    if op is sre.LITERAL:
        return {(frozenset(chr(arg)),)}
    if op in (sre.ANY, sre.NOT_LITERAL):
        return {(None,)}
    if op is sre.IN:
        chars: set[str] = set()
        for member, value in arg:
            if member is sre.LITERAL:
                chars.add(chr(value))
            elif member is sre.RANGE and value[1] - value[0] < 256:  # small ranges only
                chars.update(map(chr, range(value[0], value[1] + 1)))
            elif member is sre.CATEGORY and value in _CATEGORY_CHARS:
                chars.update(_CATEGORY_CHARS[value])
            else:
                return {(None,)}  # another category, a negation, a wide range: any character
        return {(frozenset(chars),)}
    if op is sre.BRANCH:
        return set().union(*(_heads_of_sequence(list(branch), size) for branch in arg[1]))
    if op is sre.SUBPATTERN:
        return _heads_of_sequence(list(arg[3]), size)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        least, most, body = arg
        inner = _heads_of_sequence(list(body), size)
        # More than size + 1 repetitions add nothing within size characters.
        found: set[_Head] = set()
        current: set[_Head] = {()}
        for count in range(min(most, size + 1) + 1):
            if count >= min(least, size + 1):
                found |= current
            current = _concat(current, inner, size)
        return found
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return {()}  # consumes nothing
    raise _UnknownConstructError(str(op))


@lru_cache(maxsize=512)
def _parsed(pattern: str) -> Any:
    """The engine's parse of ``pattern``, read (never changed) by the two functions below."""
    return sre_parse.parse(pattern)


def _max_width(pattern: str) -> int:
    """The most characters a match of ``pattern`` can span (huge when unbounded)."""
    try:
        return int(_parsed(pattern).getwidth()[1])
    except (TypeError, ValueError):
        return sys.maxsize


def _head_pattern(pattern: str) -> re.Pattern[str] | None:
    """A case-insensitive pattern matching the start of every line ``pattern`` can match."""
    heads = _heads(pattern)
    if heads is None or () in heads:
        return None  # may begin anyhow
    atoms = (
        "".join(
            "(?s:.)" if atom is None else f"[{''.join(map(re.escape, sorted(atom)))}]"
            for atom in head
        )
        for head in heads
    )
    return re.compile(f"(?i)(?:{'|'.join(sorted(atoms))})")


class _LineMatcher:
    """
    Which catalog rule, if any, matches a whole stripped line, case-insensitively.

    Trying every rule on every line is what made this filter slow; a line can
    only match the rules that may begin with its first two characters, so the
    rules are grouped by them, lazily, and each group is one compiled
    alternation in catalog order (the first matching rule wins, as before).
    Whether a rule may begin so is asked of the regex engine itself, with a
    pattern of the rule's possible beginnings, so case folding is the engine's.
    Lines longer than _SHORT_LINE have groups of their own, without the rules
    that can never match that much ("Source link", ".{0,80}all rights reserved").
    """

    _MAX_KEYS = 10_000  # distinct line beginnings remembered

    def __init__(self, rules: Sequence[tuple[int, Rule]]) -> None:
        """Prepare ``rules`` (index in the filter's rule list, rule) for grouping."""
        self._rules = tuple(rules)
        self._heads = [_head_pattern(rule.pattern) for _, rule in self._rules]
        self._widths = [_max_width(rule.pattern) for _, rule in self._rules]
        self._groups: dict[str, re.Pattern[str] | None] = {}  # for short lines
        self._long_groups: dict[str, re.Pattern[str] | None] = {}

    def match(self, line: str) -> int | None:
        """The index of the first rule matching ``line`` (but outer whitespace), or None."""
        if line[:1].isspace() or line[-1:].isspace():
            line = line.strip()
        key, long = line[:_HEAD_CHARS], len(line) > _SHORT_LINE
        try:
            pattern = (self._long_groups if long else self._groups)[key]
        except KeyError:
            pattern = self._group_for(key, long=long)
        if pattern is None:
            return None
        return _rule_of(pattern.fullmatch(line))

    def match_lines(self, text: str, lines: list[str]) -> list[tuple[int, int]]:
        """(line index, rule index) for each line of ``text`` (as ``lines``) that matches."""
        found = []
        if text[:1].isspace() or text[-1:].isspace() or _LINE_OUTER_SPACE.search(text):
            # Some line has outer whitespace: its key is not its first characters.
            for index, line in enumerate(lines):
                if line and len(line) <= _MAX_FURNITURE_CHARS:
                    rule = self.match(line)
                    if rule is not None:
                        found.append((index, rule))
            return found
        # The common case, inlined (a per-line loop is this filter's main
        # cost): most lines' beginnings rule every rule out.
        short, long = self._groups, self._long_groups
        for index, line in enumerate(lines):
            if not line:
                continue
            size = len(line)
            if size <= _SHORT_LINE:
                pattern = short.get(line[:_HEAD_CHARS], _UNSEEN)
            elif size <= _MAX_FURNITURE_CHARS:
                pattern = long.get(line[:_HEAD_CHARS], _UNSEEN)
            else:
                continue
            if pattern is not None:
                rule = self.match(line) if pattern is _UNSEEN else _rule_of(pattern.fullmatch(line))
                if rule is not None:
                    found.append((index, rule))
        return found

    def _group_for(self, key: str, *, long: bool) -> re.Pattern[str] | None:
        members = tuple(
            index
            for (index, _), head, width in zip(self._rules, self._heads, self._widths, strict=True)
            if key and (head is None or head.match(key)) and (not long or width > _SHORT_LINE)
        )
        rules = dict(self._rules)
        pattern = _alternation(tuple((i, rules[i].pattern) for i in members)) if members else None
        groups = self._long_groups if long else self._groups
        if len(groups) >= self._MAX_KEYS:
            groups.clear()
        groups[key] = pattern
        return pattern


_UNSEEN = re.compile("")  # a group not worked out yet
# Whitespace at a line's start or end, found from line break to line break.
# The class is listed out: a negated one is checked far more slowly.
_SPACE_CLASS = "".join(sorted(ODD_SPACES | {" ", "\t"}))
_LINE_OUTER_SPACE = re.compile(f"\n(?:[{_SPACE_CLASS}]|(?<=[{_SPACE_CLASS}]\n))")


def _rule_of(found: re.Match[str] | None) -> int | None:
    return None if found is None or found.lastgroup is None else int(found.lastgroup[1:])


@lru_cache(maxsize=256)
def _alternation(rules: tuple[tuple[int, str], ...]) -> re.Pattern[str]:
    """Rules as one case-insensitive alternation, group ``r<index>`` each; shared by filters."""
    body = "|".join(f"(?P<r{index}>{pattern})" for index, pattern in rules)
    return re.compile(f"(?i)(?:{body})")


def _bio_cues(block: str) -> int:
    return sum(bool(cue.search(block)) for cue in _BIO_CUES)


@dataclass(frozen=True)
class RemoveBoilerplate:
    """Remove boilerplate lines; see the module docstring. Settings come from CleanConfig."""

    disabled: frozenset[str] = frozenset()
    user_lines: tuple[str, ...] = ()
    user_patterns: tuple[str, ...] = ()
    learned: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        """Check category names now, so a typo fails at configuration, not mid-run."""
        for name in self.disabled:
            if name not in CATEGORIES:
                raise UnknownNameError("boilerplate category", name, list(CATEGORIES))

    @cached_property
    def _rules(self) -> tuple[Rule, ...]:
        user = tuple(
            Rule(USER, regex.escape(line.strip()), anywhere=True) for line in self.user_lines
        )
        user += tuple(Rule(USER, pattern, anywhere=True) for pattern in self.user_patterns)
        return tuple(r for r in (*RULES, *user) if r.category not in self.disabled)

    @cached_property
    def _anywhere(self) -> _LineMatcher | None:
        """The lines that go wherever they are."""
        rules = [(i, r) for i, r in enumerate(self._rules) if r.anywhere]
        return _LineMatcher(rules) if rules else None

    @cached_property
    def _any_rule(self) -> _LineMatcher:
        return _LineMatcher(list(enumerate(self._rules)))

    def _edge_reason(self, line: str) -> str | None:
        rule = self._any_rule.match(line)
        if rule is None:
            return self._learned_reason(line) if self.learned else None
        return self._reason(rule, "at the edge of the article")

    def _reason(self, index: int, where: str) -> str:
        rule = self._rules[index]
        return f"{rule.category}: matches /{rule.pattern[:60]}/ {where}"

    def _learned_reason(self, line: str) -> str | None:
        if self.learned and LEARNED not in self.disabled and normalize_line(line) in self.learned:
            return f"{LEARNED}: recurs across the corpus"
        return None

    def __call__(self, text: str) -> str:
        """Return ``text`` without its boilerplate lines."""
        lines, removed = self._find(text)
        if not removed:
            return text
        keep, _ = _kept_lines(lines, removed)
        return "\n".join(itertools.compress(lines, keep))

    def explain(self, text: str) -> tuple[str, tuple[Change, ...]]:
        """Return the text without boilerplate, and each removed line with its reason."""
        lines, removed = self._find(text)
        if not removed:
            return text, ()
        changes = _removal_changes(text, lines, removed)
        return apply_changes(text, changes), changes

    def _find(self, text: str) -> tuple[list[str], dict[int, str]]:
        """The text's lines, and the reason for each line (by index) that goes."""
        lines = text.split("\n")
        removed: dict[int, str] = {}
        if not text:
            return lines, removed
        # Anywhere: only short lines can be furniture; paragraphs are skipped by length.
        if (anywhere := self._anywhere) is not None:
            for index, rule in anywhere.match_lines(text, lines):
                removed[index] = self._reason(rule, "(removed anywhere)")
        if self.learned and LEARNED not in self.disabled:
            for index, line in enumerate(lines):
                if line.strip() and index not in removed and (reason := self._learned_reason(line)):
                    removed[index] = reason
        # Edges: runs at the top and the bottom.
        self._walk_edge(lines, range(len(lines)), removed)
        self._walk_edge(lines, range(len(lines) - 1, -1, -1), removed)
        if AUTHOR_BIO not in self.disabled:
            # A bio may sit between the body and more furniture, and a second
            # bio (co-authors) above the first: looking again until none is
            # found makes the filter idempotent, which the pipeline relies on.
            while self._author_bio(lines, removed):
                self._walk_edge(lines, range(len(lines) - 1, -1, -1), removed)
        if removed and not any(line.strip() for i, line in enumerate(lines) if i not in removed):
            # Never empty a text: keep every prose paragraph if that would
            # happen, and if there is none, nothing tells furniture from
            # content ("X", "Print" alone), so the text stays as it is.
            for index, line in enumerate(lines):
                if len(line.split()) >= _PROSE_WORDS:
                    removed.pop(index, None)
            if not any(line.strip() for i, line in enumerate(lines) if i not in removed):
                removed.clear()
        return lines, removed

    def _walk_edge(self, lines: list[str], order: Iterable[int], removed: dict[int, str]) -> None:
        """Mark the run of catalog lines at one end; unknown short lines inside the run stay."""
        skipped = 0
        for index in order:
            line = lines[index]
            if not line.strip() or index in removed:
                continue
            reason = self._edge_reason(line)
            if reason is not None:
                removed[index] = reason
                skipped = 0
                continue
            # A short line the catalog does not know ("Thank you for reading!")
            # may sit inside a run of furniture; prose ends the run.
            skipped += 1
            # split() stops after the words it needs: prose lines are long.
            words = len(line.split(None, _MAX_UNKNOWN_WORDS))
            if skipped > _MAX_UNKNOWN_IN_RUN or words > _MAX_UNKNOWN_WORDS:
                return

    def _author_bio(self, lines: list[str], removed: dict[int, str]) -> bool:
        """Mark an author bio or About-the-author block that ends the article; True if found."""
        # Only the last few content lines can start a bio; the body before them
        # only needs to be long enough, so a few more lines are collected.
        # Both kinds of bio begin at a short line (a name, or a header), which
        # most article endings, all long paragraphs, lack.
        content: list[int] = []
        short = False
        for i in range(len(lines) - 1, -1, -1):
            line = lines[i]
            if i in removed or not line or line.isspace():
                continue
            content.append(i)
            if len(content) <= _BIO_REACH and not short:
                short = _may_be_short(line)
            if len(content) == _BIO_REACH + _MIN_BODY_PARAGRAPHS:
                break
        if not short or len(content) < _MIN_BODY_PARAGRAPHS + 2:
            return False
        content.reverse()
        found = _about_the_author(lines, content)
        if found is None:
            found = _name_and_bio(lines, content)
        if not found or not found[0]:
            return False
        block, why = found
        for i in block:
            removed[i] = why
        return True


def _may_be_short(line: str) -> bool:
    """Whether ``line`` has few enough spaces for a name line or header, once trimmed."""
    spaces = line.count(" ")
    if spaces <= _NAME_LINE_MAX_SPACES:
        return True
    if (
        spaces > _NAME_LINE_MAX_SPACES + 1
        and line[0] not in _TRIMMABLE
        and line[-2] not in _TRIMMABLE
    ):
        return False  # trimming takes the last character at most: one space at most
    # Trimming removes only the runs of trimmable characters at either end
    # (a final full stop, mostly), so it cannot bring the count down further.
    lead = 0
    while lead < len(line) and line[lead] in _TRIMMABLE:
        lead += 1
    trail = 0
    while trail < len(line) - lead and line[-1 - trail] in _TRIMMABLE:
        trail += 1
    if spaces - lead - trail > _NAME_LINE_MAX_SPACES:
        return False
    return (
        line.strip().count(" ") <= _NAME_LINE_MAX_SPACES
        or line.strip(_HEADER_TRIM).count(" ") <= _NAME_LINE_MAX_SPACES
    )


def _about_the_author(lines: list[str], content: list[int]) -> tuple[list[int], str] | None:
    """An "About the author" header and what follows it; no lines if it comes too early."""
    tail = content[-_BIO_REACH:]
    for pos, index in enumerate(tail):
        header = lines[index].strip(_HEADER_TRIM)
        if len(header) <= _ABOUT_AUTHOR_MAX_CHARS and _ABOUT_AUTHOR.fullmatch(header):
            block = tail[pos:]
            if len(content) - len(block) >= _MIN_BODY_PARAGRAPHS:
                return block, f"{AUTHOR_BIO}: 'About the author' block after the article"
            return [], ""
    return None


def _name_and_bio(lines: list[str], content: list[int]) -> tuple[list[int], str] | None:
    """A name line followed by one to three short paragraphs of bio sentences."""
    for size in (1, 2, 3):
        if len(content) < size + 1 + _MIN_BODY_PARAGRAPHS:
            return None
        name, block = content[-size - 1], content[-size:]
        name_line = lines[name].strip()
        # A name line has at most four spaces ("by" and four names); most lines fail here.
        if name_line.count(" ") > _NAME_LINE_MAX_SPACES or not _NAME_LINE.fullmatch(name_line):
            continue
        text = " ".join(lines[i] for i in block)
        if len(text) > _MAX_BIO_CHARS:
            continue
        cues = _bio_cues(text)
        if cues >= 2:  # two kinds of cue make a bio
            why = f"{AUTHOR_BIO}: name line '{name_line}' and {cues} kinds of bio sentence"
            return [name, *block], why
    return None


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
    return tuple(changes)


#: The default-configured filter.
remove_boilerplate = RemoveBoilerplate()
