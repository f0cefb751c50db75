"""
Author bios told by the author box around them: a bio sentence beside the box's own lines.

An author box under an article prints a paragraph about the author that
opens with the author's name and a verb (``Will Knight is a senior writer
…``, ``Jule Radeck studierte Sportwissenschaften, bevor …``, ``Alice Wu
fell down the rabbit hole of politics …``), in any wording and any role,
with lines of the box just beside it: the name again on a line of its own
or in a link (``Jule Radeck``, ``Latest posts by Alice Wu``), a role alone
on its line (``Senior Writer``), a handle (``@GaneshSitaraman``), a byline.
What tells the box is that line beside the paragraph, not the paragraph's
words: a story about a person opens paragraphs with a name and a verb too,
but has no handle, role line or name line beside them. The paragraph goes
when the box sits after the body with furniture (a removed line) near it.

    >>> opens_with_name("Jule Radeck studierte Sportwissenschaften.")
    'Jule Radeck'
    >>> opens_with_name("The council met on Tuesday.") is None
    True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from textclean._filters.boilerplate.bios import _ROLE_FORMS, _bio_cues, byline, role_line
from textclean._filters.boilerplate.catalog import AUTHOR_BIO
from textclean._filters.boilerplate.signals import stopword_density

if TYPE_CHECKING:
    from textclean._filters.boilerplate.blocks import Line

# A person's name (two or three capitalised words, particles between them),
# then a lowercase word: the verb of a sentence about that person.
_NAME_OPENING = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}'’-]+(?: (?:(?:de|van|von|da|del|di|der|den|dos|le|la) )?"
    r"\p{Lu}[\p{L}'’-]+){1,2}) \p{Ll}"
)
_HANDLE = regex.compile(r"@[\w.]{2,30}")
# A link to the author's page names the author after "by" ("Latest posts by
# Jane Roe", "Alle Beiträge von Jane Roe") or "about" ("Über Jane Roe").
_BY = r"(?i:by|von|par|por|di|door|przez|av|от|від|about|über|à propos de|sobre|su)"
_NAME_TRIM = " :.,-–—|·•+"
_WORD_TRIM = ".,;:!?()\"'«»„“”"
# Third-person pronouns and possessives of a person, and the first person
# of a self-description (en de fr es it pt nl pl ru uk tr sv cs); not the
# forms other languages use for common words (on, o, il, je, ja, er, han).
_PERSONAL = frozenset({
    "he", "she", "his", "her", "him", "i", "my", "sie", "sein", "seine", "seiner", "ihr", "ihre",
    "ihrer", "ich", "mein", "meine", "elle", "él", "ella", "yo", "lui", "lei", "io", "ele", "ela",
    "eu", "meu", "minha", "hij", "zij", "zijn", "haar", "ik", "mijn", "ona", "jego", "jej", "он",
    "она", "его", "её", "ее", "я", "він", "вона", "його", "її", "onun", "hon", "hans", "hennes",
    "jag", "já",
})  # fmt: skip
_MAX_BIO_CHARS = 900
_NAME_WORDS = 2
_PARTICLES = frozenset({"de", "van", "von", "da", "del", "di", "der", "den", "dos", "le", "la"})
_MIN_BIO_SPACES = 5  # a sentence about the person, not "Jane Roe says"
_MAX_BOX_LINE_SPACES = 8  # a name, a link, a role, a handle
_BOX_REACH = 2  # content lines between the bio and the box's line
_MIN_BODY = 2  # paragraphs of the article above the box
_PARAGRAPH_CHARS = 100
_GOES_ON_REACH = 4  # lines below the bio where a paragraph would be the article's


def opens_with_name(text: str) -> str | None:
    """The name a line opens with, before a lowercase word; None if it opens otherwise."""
    found = _NAME_OPENING.match(text)
    if found is None:
        return None
    name: str = found["name"]
    return name


def bios_beside_box_lines(content: list[Line], removed: dict[int, str], beside: list[int]) -> None:
    """
    Mark the bios beside an author box's lines, near removed furniture after the body.

    Only ``beside`` is asked: the positions of the lines within REACH lines
    of a removed one (lines.kept_beside_removed).
    """
    start = -1  # after the body's second paragraph, found once a line may be a bio
    for pos in beside:
        line = content[pos]
        if line.index in removed:
            continue
        text = line.text
        # two capitalised words first (string tests: most lines fail here, on
        # their first character, before the line is split)
        if not text[:1].isupper():
            continue
        words = text.split(" ", 2)
        if (
            len(words) < _NAME_WORDS + 1
            or not words[0][:1].isupper()
            or not (words[1][:1].isupper() or words[1] in _PARTICLES)
            or len(text) > _MAX_BIO_CHARS
            or text.count(" ") < _MIN_BIO_SPACES
            or (name := opens_with_name(text)) is None
        ):
            continue
        if start < 0:
            start = _after_body(content)
        if pos < start:
            continue
        if stopword_density(name.casefold().split()) > 0:
            continue  # "Die Erzählung", "Diese Seite": a sentence's subject, no name
        if _article_goes_on(content, pos, removed):
            continue  # a story about the person, with a caption beside it
        box = _box_line(content, pos, name)
        if box is not None and _about_a_person(text):  # not a place's card
            removed[line.index] = (
                f"{AUTHOR_BIO}: a paragraph opening with '{name}' beside the author box's "
                f"line '{box[:40]}'"
            )


def _after_body(content: list[Line]) -> int:
    """The position after the body's second paragraph of prose (the end if there is none)."""
    body = 0
    for pos, line in enumerate(content):
        if line.prose and len(line.text) >= _PARAGRAPH_CHARS:
            body += 1
            if body == _MIN_BODY:
                return pos + 1
    return len(content)


def _about_a_person(text: str) -> bool:
    """Whether a paragraph speaks of a person: a pronoun of one, a media role, a bio's cue."""
    words = {word.strip(_WORD_TRIM) for word in text.casefold().split()}
    return (
        not _PERSONAL.isdisjoint(words) or not _ROLE_FORMS.isdisjoint(words) or _bio_cues(text) > 0
    )


def _by_name(text: str, name: str) -> bool:
    """Whether ``text`` names ``name`` right after "by" or "about"."""
    return regex.search(rf"(?<!\w){_BY}\s+{regex.escape(name)}(?!\w)", text) is not None


def _article_goes_on(content: list[Line], pos: int, removed: dict[int, str]) -> bool:
    """Whether a paragraph of prose that stays follows within _GOES_ON_REACH lines."""
    for line in content[pos + 1 : pos + 1 + _GOES_ON_REACH]:
        if line.prose and len(line.text) >= _PARAGRAPH_CHARS and line.index not in removed:
            return True
    return False


def _box_line(content: list[Line], pos: int, name: str) -> str | None:
    """The text of an author box's line within _BOX_REACH lines of ``pos``, or None."""
    for near in (*range(pos - 1, pos - 1 - _BOX_REACH, -1), *range(pos + 1, pos + 1 + _BOX_REACH)):
        if not 0 <= near < len(content):
            continue
        text: str = content[near].text
        if text.count(" ") > _MAX_BOX_LINE_SPACES:
            continue
        if (
            text.strip(_NAME_TRIM) == name
            or (name in text and _by_name(text, name))
            or role_line(text)
            or byline(text)
            or _HANDLE.fullmatch(text) is not None
        ):
            return text
    return None
