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

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

import regex

from textclean._filters.boilerplate_catalog import (
    AUTHOR_BIO,
    CATEGORIES,
    LEARNED,
    RULES,
    USER,
    Rule,
)
from textclean.changes import Change, apply_changes
from textclean.errors import UnknownNameError

if TYPE_CHECKING:
    from collections.abc import Iterable

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
    def _anywhere(self) -> re.Pattern[str] | None:
        """One multi-line scan for the lines that go wherever they are."""
        rules = [(i, r) for i, r in enumerate(self._rules) if r.anywhere]
        if not rules:
            return None
        body = "|".join(f"(?P<r{i}>{r.pattern})" for i, r in rules)
        return re.compile(rf"(?i)[ \t]*(?:{body})[ \t]*")

    @cached_property
    def _any_rule(self) -> re.Pattern[str]:
        body = "|".join(f"(?P<r{i}>{r.pattern})" for i, r in enumerate(self._rules))
        return re.compile(rf"(?i)(?:{body})")

    def _edge_reason(self, line: str) -> str | None:
        match = self._any_rule.fullmatch(line.strip())
        if match is None or match.lastgroup is None:
            return self._learned_reason(line)
        return self._reason(match.lastgroup, "at the edge of the article")

    def _reason(self, group: str, where: str) -> str:
        rule = self._rules[int(group[1:])]
        return f"{rule.category}: matches /{rule.pattern[:60]}/ {where}"

    def _learned_reason(self, line: str) -> str | None:
        if self.learned and LEARNED not in self.disabled and normalize_line(line) in self.learned:
            return f"{LEARNED}: recurs across the corpus"
        return None

    def __call__(self, text: str) -> str:
        """Return ``text`` without its boilerplate lines."""
        return self.explain(text)[0]

    def explain(self, text: str) -> tuple[str, tuple[Change, ...]]:
        """Return the text without boilerplate, and each removed line with its reason."""
        if not text:
            return text, ()
        lines = text.split("\n")
        removed: dict[int, str] = {}
        # Anywhere: only short lines can be furniture; paragraphs are skipped by length.
        if self._anywhere is not None:
            for index, line in enumerate(lines):
                if not line or len(line) > _MAX_FURNITURE_CHARS:
                    continue
                match = self._anywhere.fullmatch(line)
                if match is not None and match.lastgroup is not None:
                    removed[index] = self._reason(match.lastgroup, "(removed anywhere)")
        if self.learned and LEARNED not in self.disabled:
            for index, line in enumerate(lines):
                if line.strip() and index not in removed and (reason := self._learned_reason(line)):
                    removed[index] = reason
        # Edges: runs at the top and the bottom.
        self._walk_edge(lines, range(len(lines)), removed)
        self._walk_edge(lines, range(len(lines) - 1, -1, -1), removed)
        if AUTHOR_BIO not in self.disabled:
            self._author_bio(lines, removed)
            self._walk_edge(lines, range(len(lines) - 1, -1, -1), removed)
        if not removed:
            return text, ()
        if not any(line.strip() for i, line in enumerate(lines) if i not in removed):
            # Never empty an article: keep every prose paragraph if that would happen.
            prose = [i for i, line in enumerate(lines) if len(line.split()) >= _PROSE_WORDS]
            if len(prose) >= 1:
                for index in prose:
                    removed.pop(index, None)
        changes = _removal_changes(text, lines, _line_starts(lines), removed)
        return apply_changes(text, changes), changes

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
            if skipped > _MAX_UNKNOWN_IN_RUN or len(line.split()) > _MAX_UNKNOWN_WORDS:
                return

    def _author_bio(self, lines: list[str], removed: dict[int, str]) -> None:
        """Mark an author bio or About-the-author block that ends the article."""
        # Only the last few content lines can start a bio; the body before them
        # only needs to be long enough, so a few more lines are collected.
        content: list[int] = []
        for i in range(len(lines) - 1, -1, -1):
            if lines[i].strip() and i not in removed:
                content.insert(0, i)
                if len(content) == _BIO_REACH + _MIN_BODY_PARAGRAPHS:
                    break
        if len(content) < _MIN_BODY_PARAGRAPHS + 2:
            return
        tail = content[-_BIO_REACH:]
        for pos, index in enumerate(tail):
            if _ABOUT_AUTHOR.fullmatch(lines[index].strip(" :.-—")):
                block = tail[pos:]
                if len(content) - len(block) >= _MIN_BODY_PARAGRAPHS:
                    for i in block:
                        removed[i] = f"{AUTHOR_BIO}: 'About the author' block after the article"
                return
        # A name line followed by one to three short paragraphs of bio sentences.
        for size in (1, 2, 3):
            if len(content) < size + 1 + _MIN_BODY_PARAGRAPHS:
                return
            name, block = content[-size - 1], content[-size:]
            text = " ".join(lines[i] for i in block)
            name_line = lines[name].strip()
            if len(text) > _MAX_BIO_CHARS or not _NAME_LINE.fullmatch(name_line):
                continue
            cues = _bio_cues(text)
            if cues >= 2:
                why = f"{AUTHOR_BIO}: name line '{name_line}' and {cues} kinds of bio sentence"
                for i in (name, *block):
                    removed[i] = why
                return


def _line_starts(lines: list[str]) -> list[int]:
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    return starts


def _removal_changes(
    text: str, lines: list[str], starts: list[int], removed: dict[int, str]
) -> tuple[Change, ...]:
    """Build the changes that delete removed lines and the blank lines they leave behind."""
    keep = [i not in removed for i in range(len(lines))]
    reasons = dict(removed)
    # Blank lines: keep one between kept paragraphs, none at the ends.
    previous_kept_blank = True  # at the start, a blank line is an end
    for i, line in enumerate(lines):
        if not keep[i]:
            continue
        if line.strip():
            previous_kept_blank = False
        elif previous_kept_blank:
            keep[i] = False
            reasons[i] = "blank line left by removed boilerplate"
        else:
            previous_kept_blank = True
    for i in range(len(lines) - 1, -1, -1):
        if not keep[i]:
            continue
        if lines[i].strip():
            break
        keep[i] = False
        reasons[i] = "blank line left by removed boilerplate"
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
