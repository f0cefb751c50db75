"""
Web forms (a comment form, a contact or sign-up form): told by their shape, in any language.

A form extracted as text is a run of field labels, the required ones marked
with an asterisk (``Name *``, ``E-Mail *``, ``Kommentar *``) or in brackets
(``Name (required)``, ``E-Mail (erforderlich)``), around a legend that
explains the mark (``Required fields are marked *``, ``Obligatoriska fält är
märkta *``), a header above (``Leave a Reply``), optional fields
(``Website``, ``Witryna internetowa``), a sentence of consent to store the
reader's data and a submit button. Two required fields beside a comment
form's line (a header, a button), or one beside a legend, make a form
whatever its words: the field lines are short and end with the mark, which
prose, a list in the body and a footnote (``*`` opening a line) do not. The
form goes as one block: the lines between its fields; above them the
legend, a header and lines already told as furniture; below them short
lines and sentences that stand between furniture (the consent sentence
above the submit button).

An article that quotes a legend ("The form read: Required fields are marked
*") has no field lines beside it, and stays; so does a list whose asterisks a
footnote explains (a line opening with ``*``) with no comment form's line
beside it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from textclean._filters.boilerplate.catalog import COMMENT_FORM, PROMPT
from textclean._filters.boilerplate.lines import marked_lines, positions_at

if TYPE_CHECKING:
    from textclean._filters.boilerplate.blocks import Line

_MAX_FIELD_WORDS = 4  # "Ваш адрес электронной почты *"
_MAX_FIELD_CHARS = 48
_MAX_LEGEND_WORDS = 30  # "Your email address will not be published. Required fields are marked *"
_FIELD_MARKS = ("*", ")")
_MIN_FIELDS = 2  # without a legend
_MAX_FIELDS = 6  # name, e-mail, website, subject, comment, a check
_NOT_IN_LABELS = frozenset("_=#/\\<>{}[]")  # code ("import *"), paths, markup
_DOTTED = regex.compile(r"\.\w")  # a module or a domain ("from os.path import *"), no "Ел. пошта"
_FIELD_GAP = 3  # lines between two fields of one form (an optional field, a hint)
_REACH_UP = 3  # lines above the first field: the legend, the header, a note
_REACH_DOWN = 5  # lines below the last field: optional fields, consent, submit
_MAX_SHORT_WORDS = 6  # a header, an optional field, a button
_MAX_CONSENT_WORDS = 45
_SENTENCE_ENDS = (".", "!", "?", "…", "。", "！", "？")
# A field label: a few words and the asterisk of a required field at the end
# ("Name *", "E-Mail*", "Ім'я (обов'язково) *"), no asterisk opening the line.
_FIELD = regex.compile(r"[^*\s][^*]{0,46}[\p{L}\p{M}):]\s?\*")
# A field label before its "(required)": words, and other notes in brackets.
_FIELD_LABEL = regex.compile(r"[\p{L}][\p{L}\p{M}' -]{0,30}(?:\([^()]{1,40}\)\s*)*\s*")
# The words a form writes in brackets after a required field, in 14 languages.
_REQUIRED = frozenset({
    "required", "erforderlich", "pflichtfeld", "notwendig", "obligatoire", "requis",
    "obligatorio", "requerido", "obbligatorio", "richiesto", "obrigatório", "verplicht",
    "vereist", "wymagane", "wymagany", "обязательно", "обязательное поле", "обов'язково",
    "обов’язково", "zorunlu", "gerekli", "povinné", "vyžadováno", "obligatoriskt",
    "krävs", "påkrævet", "pakollinen",
})  # fmt: skip
# A legend's asterisk: a word of its own ("marked *", "(*)", "* ile"), or closing it.
_LEGEND_STAR = regex.compile(r"(?:^|\s)[(\[]?\*[)\]]?[.,:;]?(?:\s|$)")


def may_hold_form(text: str) -> bool:
    """Whether the text may hold a form: an asterisk or a closing bracket (tests in C)."""
    return "*" in text or ")" in text


def forms(text: str, content: list[Line], removed: dict[int, str]) -> None:
    """Mark each web form after the body's first paragraph; see the module."""
    ends = _marked_ends(text)
    if not ends:
        return  # no line ends with a field's mark (most texts): no line is asked
    fields = [pos for pos in positions_at(content, ends) if _field(content[pos])]
    if not fields:
        return
    first_prose = next((pos for pos, line in enumerate(content) if line.prose), len(content))
    start = 0
    while start < len(fields):
        end = start + 1
        while end < len(fields) and fields[end] - fields[end - 1] <= _FIELD_GAP:
            end += 1
        group = fields[start:end]
        start = end
        if group[0] < first_prose:
            continue  # a form above the body: the page's, left to page and edge runs
        if len(group) > _MAX_FIELDS:
            continue  # a list of starred names (shops an asterisk marks as affiliates)
        reach = content[max(0, group[0] - _REACH_UP) : group[-1] + _REACH_DOWN]
        commenting = any(_commenting(line, removed) for line in reach)
        if not commenting and any(line.text.startswith("*") for line in reach):
            continue  # a footnote explains the asterisks: a list or a table, no form
        legend = _legend_near(content, group)
        if legend is None and (len(group) < _MIN_FIELDS or not commenting):
            continue  # starred lines without a legend or a comment cue: a list of the body
        _mark_form(content, group, legend, removed)


def _marked_ends(text: str) -> set[int]:
    """The lines (by index) that end with ``*`` or ``)`` before any trailing spaces."""
    return {
        index
        for mark in _FIELD_MARKS
        for index, _, last, end in marked_lines(text, mark)
        if last == end - 1 or not text[last + 1 : end].strip()
    }


def _field(line: Line) -> bool:
    return field_text(line.text)


def field_text(text: str) -> bool:
    """Whether a line (stripped) is a form's required field: "E-Mail*", "Name (required)"."""
    if text[-1] == ")" and (opening := text.rfind("(")) > 0:
        # a required field said in words, as in Name (required)
        return (
            text[opening + 1 : -1].strip().casefold() in _REQUIRED
            and len(text) <= _MAX_FIELD_CHARS + _MAX_FIELD_CHARS
            and _FIELD_LABEL.fullmatch(text, 0, opening) is not None
        )
    return (
        text[-1] == "*"
        and len(text) <= _MAX_FIELD_CHARS
        and text.count(" ") < _MAX_FIELD_WORDS + 1
        and _FIELD.fullmatch(text) is not None
        and not any(c.isdigit() or c in _NOT_IN_LABELS for c in text)
        and _DOTTED.search(text) is None
    )


def _commenting(line: Line, removed: dict[int, str]) -> bool:
    """A line told as a comment form's: a header, a button, a count (removed, or its cue)."""
    if removed.get(line.index, "").startswith(COMMENT_FORM):
        return True
    found = line.candidate
    return (found is not None and found.category == COMMENT_FORM) or (
        line.signals is not None and any(cue == COMMENT_FORM for cue, _ in line.signals.cues)
    )


def _legend(line: Line) -> bool:
    """A sentence or two that explain the required fields' mark: an asterisk standing alone."""
    text = line.text
    return (
        "*" in text
        and text.count(" ") < _MAX_LEGEND_WORDS
        and _LEGEND_STAR.search(text) is not None
    )


def _legend_near(content: list[Line], group: list[int]) -> int | None:
    for pos in range(max(0, group[0] - _REACH_UP), min(len(content), group[-1] + _REACH_DOWN)):
        if pos not in group and _legend(content[pos]):
            return pos
    return None


def _short(line: Line) -> bool:
    """A header, an optional field or a button: a few words, no sentence."""
    return line.text.count(" ") < _MAX_SHORT_WORDS and not line.text.endswith(_SENTENCE_ENDS)


def _mark_form(
    content: list[Line], group: list[int], legend: int | None, removed: dict[int, str]
) -> None:
    first, last = group[0], group[-1]
    if legend is not None:
        first, last = min(first, legend), max(last, legend)
    # above: the legend, furniture already told, and one short line (the
    # form's header, "Leave a Reply"), a few lines at most
    header = False
    while first > 0 and group[0] - first < _REACH_UP:
        above = content[first - 1]
        if not (_legend(above) or above.index in removed or above.candidate is not None):
            if header or not _short(above):
                break
            header = True
        first -= 1
    # below: optional fields and buttons; a sentence (consent to store the
    # reader's data) only between such lines, or closing the text
    pos = last + 1
    while pos < len(content) and pos - last <= _REACH_DOWN:
        line = content[pos]
        if _short(line) or _legend(line) or line.index in removed:
            pos += 1
            continue
        after = content[pos + 1] if pos + 1 < len(content) else None
        if (
            line.text.count(" ") < _MAX_CONSENT_WORDS
            and after is not None
            and (_short(after) or after.index in removed)
        ):
            pos += 1
            continue
        break
    block = content[first:pos]
    comment = any(_commenting(line, removed) for line in block)
    why = (
        f"{COMMENT_FORM if comment else PROMPT}: a web form of {len(group)} required field(s) "
        f"marked * ({'with' if legend is not None else 'without'} its legend)"
    )
    for line in block:
        removed.setdefault(line.index, why)
