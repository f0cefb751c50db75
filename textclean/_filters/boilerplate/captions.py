"""
Captions that end in a picture credit: the caption and its credit go as one line.

A picture's caption, extracted with the article, often ends with whose the
picture is: ``GdP-Vize René Klemmer. Foto: GdP/Hagen Immel``, ``Puerto de
Montevideo. Foto: Archivo El País.``, ``... on October 11,
2023.Photograph: AHMAD GHARABLI/Getty Images``, ``(Quelle: X/Unsplash/DJV)``.
The credit is a label (a picture word, in any language the vocabulary knows,
or a source word before an owner with a ``/``) after a sentence's end, a
colon or ``©``, and an owner: a few words, no sentence, written as names
are (two names or more, an agency in capitals, ``Name/Agency``). A line that ends so is a caption
(a credit line on its own is the first stage's).

A sentence of the article that speaks of a photo ("Photo: it shows the
mayor in 1920.") has no owner after the label, and stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textclean._filters.boilerplate.catalog import CREDIT
from textclean._filters.boilerplate.lines import marked_lines, per_text, positions_at
from textclean._filters.boilerplate.vocabulary import credit_word

if TYPE_CHECKING:
    from textclean._filters.boilerplate.blocks import Line

_MAX_TAIL = 90  # the label and the owner: "Photograph: AHMAD GHARABLI/Getty Images"
_MAX_OWNER_WORDS = 8
_MAX_CAPTION_WORDS = 60
_ENDS = tuple(".!?…)»”\"'")  # what may end the caption before its credit
_CLOSING = ").]"
# Words that label where a picture came from, before an owner with a "/":
# "(Quelle: Fleischmann/Unsplash/DJV)", "Fuente: EFE/Archivo".
_SOURCE_LABELS = frozenset({
    "quelle", "source", "fuente", "fonte", "bron", "źródło", "источник", "джерело", "kaynak",
    "källa", "zdroj", "forrás", "lähde", "kilde",
})  # fmt: skip


def may_hold_caption_credit(text: str) -> bool:
    """
    Whether a line may end with a credit: a colon (a test in C).

    caption_credits asks it in the same searches that find the lines to read
    (_marked_tails): a text this says no to has none.
    """
    return ":" in text


def caption_credit(line: str) -> bool:
    """Whether caption_credits takes ``line`` (stripped): a caption ending in a picture credit."""
    return _credit(line) is not None


def caption_credits(text: str, content: list[Line], removed: dict[int, str]) -> None:
    """Mark each line that is a caption ending in a picture credit; see the module."""
    tails = _marked_tails(text)
    if not tails:
        return  # no mark near a line's end (most texts): no line is asked
    for pos in positions_at(content, tails):
        line = content[pos]
        if line.index in removed:
            continue
        credit = _credit(line.text)
        if credit is not None:
            label, owner = credit
            removed[line.index] = (
                f"{CREDIT}: a caption ending in a picture credit ('{label}', owner '{owner[:40]}')"
            )


def _marked_tails(text: str) -> set[int]:
    """
    The lines (by index) with a colon in their last _MAX_TAIL characters.

    Every line _credit accepts is among them (a test checks): its last colon
    is within _MAX_TAIL of its end, or its first within _MAX_TAIL of its last
    character that is no space.
    """
    return {
        index
        for index, first, last, end in marked_lines(text, ":")
        if end - last <= _MAX_TAIL or len(text[first:end].rstrip()) <= _MAX_TAIL
    }


@per_text  # asked in each reading of the lines holding a colon
def _credit(text: str) -> tuple[str, str] | None:
    """The label and owner of the credit that ends ``text``, if it is a caption's; else None."""
    tail = _tail(text)
    if tail is None:
        return None
    label, owner = tail
    if not (credit_word(label) or (label.casefold() in _SOURCE_LABELS and "/" in owner)):
        return None
    if not _names_owner(owner) or text.count(" ") >= _MAX_CAPTION_WORDS:
        return None
    return label, owner


def _tail(text: str) -> tuple[str, str] | None:
    """
    The word before the text's last colon or ``©``, and what follows: a label and an owner.

    None unless the label follows a sentence's end ("… 2023.Photograph: X"):
    a credit opening the line is the first stage's, and a colon inside a
    sentence is prose.
    """
    start = max(0, len(text) - _MAX_TAIL)
    mark = text.rfind(":", start)
    if mark <= 0:
        return None
    owner = text[mark + 1 :].strip().rstrip(_CLOSING).rstrip(".").strip()
    if not owner or owner.count(" ") >= _MAX_OWNER_WORDS:
        return None
    head = text[:mark].rstrip()
    cut = max(head.rfind(" "), head.rfind("."), head.rfind("("), head.rfind("["))
    label = head[cut + 1 :].strip("([")
    before = head[: cut + 1].rstrip(" ([")
    if not owner or not label or not before.endswith(_ENDS):
        return None
    return label, owner


def _names_owner(owner: str) -> bool:
    """
    Whether ``owner`` names whose the picture is: a few words written as names are.

    Two names or more, a ``Name/Agency``, or an agency in capitals; no
    sentence in it ("it shows the mayor in 1920"), and not a lone name (a
    company the caption may be about: "(Foto: Volkswagen)").
    """
    words = owner.split()
    if len(words) > _MAX_OWNER_WORDS or any(end in owner for end in (". ", "? ", "! ")):
        return False
    if "/" in owner:
        return True
    if len(words) == 1:
        return owner.isupper()
    named = sum(1 for word in words if word[:1].isupper())
    return 2 * named >= len(words) + 1
