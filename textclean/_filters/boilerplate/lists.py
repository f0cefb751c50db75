r"""
Lists the text gives: lines whose shape says the article wrote them, not the page around it.

A menu, a footer or a block of related headlines is names and headlines, one
link a line. An article's own list (a meal plan, a recipe, a schedule, a
product comparison) has short lines of the same look ("Meal 2", "Step 3",
"Pre-workout snack"), so the rules that drop runs of short lines and teaser
cards would take it; but among them are lines that no page furniture holds:

- an **inventory**: three items or more parted by commas or semicolons, two
  of them counted, a number, a unit and what it counts ("1 cup strawberries,
  8 oz. almond milk, ½ banana", "200 g Mehl, 2 Eier, 1 Prise Salz", "16 GB
  RAM, 512 GB SSD, 2 USB-C ports"). A dateline's numbers are no count (a
  time, a year, a day after its month), nor is a shop's list of sizes
  ("Lieferbar: 12 ml, 125 ml, 1 L"), and a line a cue already names (``5
  comments, 2 shares``) is the first stage's;
- an item whose **number goes on** from the numbering above it (``14) …``
  in the body, then ``15) …``): the rest of the article's numbered list,
  not a widget's "most read" list, which starts again at 1.

And a short line that ends with the word of the line above it ("Sound
settings", then "Other settings") is the last item of a list, no header
announcing more links.

    >>> inventory("1 scoop protein, 1 cup strawberries, 8 oz. almond milk")
    True
    >>> inventory("Nov. 18, 2019, 8:00 a.m. ET"), inventory("Lieferbar: 12 ml, 125 ml, 1 L")
    (False, False)
    >>> item_number("15) Thriller (Vinyl)"), item_number("Step 3")
    (15, None)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from textclean._filters.boilerplate.blocks import Line

_ITEMS = regex.compile(r"[,;]\s+")
# A count: a number (digits, a fraction, a range "2–3"), a unit or a word and
# what is counted ("1 cup rice", "½ Tasse Milch", "200g Mehl", "4 oz. cooked
# chicken"); not a time ("8:00"), a bare year, nor a size alone ("125 ml", a
# shop's choice of sizes).
_COUNTED = regex.compile(r"[(\[]?\p{N}[\p{N}.,/–-]*\s?\p{L}[\p{L}.]*\s+[\p{L}(\[]")
_MIN_ITEMS = 3
_MIN_COUNTED = 2
_NUMBERED = regex.compile(r"\s*(\d{1,3})[.)]\s")
_LETTERS = regex.compile(r"\p{L}+")
_NUMBER_REACH = 3  # lines above a run searched for the item it goes on from


def inventory(text: str) -> bool:
    """Whether a line lists three items or more, two of them counted (see the module docstring)."""
    if text.count(",") + text.count(";") < _MIN_ITEMS - 1:
        return False  # most lines: no list in them
    items = _ITEMS.split(text)
    if len(items) < _MIN_ITEMS:
        return False
    return sum(_COUNTED.match(item.lstrip()) is not None for item in items) >= _MIN_COUNTED


def item_number(text: str) -> int | None:
    """The number an item of a numbered list opens with ("15) …", "3. …"), or None."""
    found = _NUMBERED.match(text)
    return int(found[1]) if found else None


def holds_inventory(lines: list[Line]) -> bool:
    """Whether one of the lines, with no candidate of the first stage, is an inventory."""
    return any(line.candidate is None and inventory(line.text) for line in lines)


def same_last_word(above: str, text: str) -> bool:
    """
    Whether two lines end with the same word: items of one list.

        >>> same_last_word("Sound settings", "Other settings"), same_last_word("Menu", "Other news")
        (True, False)
    """
    words_above, words = _LETTERS.findall(above), _LETTERS.findall(text)
    return bool(words_above) and bool(words) and words_above[-1].casefold() == words[-1].casefold()


def given_by_text(lines: list[Line], run: list[int]) -> bool:
    """
    Whether a run of short lines is a list the text gives: it holds an inventory, or numbers on.

    ``run`` holds positions in ``lines``, in order; the numbering is read
    from the nearest numbered line a few lines above the run (an item and
    its link or its note).
    """
    if holds_inventory([lines[pos] for pos in run]):
        return True
    reach = range(run[0] - 1, max(run[0] - 1 - _NUMBER_REACH, -1), -1)
    above = next((n for pos in reach if (n := item_number(lines[pos].text)) is not None), None)
    if above is None:
        return False
    return any(item_number(lines[pos].text) == above + 1 for pos in run)
