r"""
Character tables the filters share.

Characters are written by name (``"\\N{...}"``) so a reader can tell a
Cyrillic ``а`` from a Latin ``a`` without a hex editor.
"""

from __future__ import annotations

# Characters Python's str.splitlines() treats as line boundaries. They are
# whitespace's business: remove_control_chars keeps them so that
# normalize_whitespace can turn each into "\n".
LINE_BREAKS = (
    "\r"
    "\N{LINE TABULATION}"
    "\N{FORM FEED}"
    "\N{INFORMATION SEPARATOR FOUR}"
    "\N{INFORMATION SEPARATOR THREE}"
    "\N{INFORMATION SEPARATOR TWO}"
    "\N{NEXT LINE}"
    "\N{LINE SEPARATOR}"
    "\N{PARAGRAPH SEPARATOR}"
)

# Invisible characters that carry no meaning in running text. The soft hyphen
# only marks where a word may break, so removing it changes nothing a reader
# sees but makes the word searchable again.
STRAY_INVISIBLES = (
    "\N{ZERO WIDTH NO-BREAK SPACE}"  # the BOM, also when it is left mid-text by concatenation
    "\N{ZERO WIDTH SPACE}"
    "\N{WORD JOINER}"
    "\N{SOFT HYPHEN}"
    "\N{MONGOLIAN VOWEL SEPARATOR}"
    "\ufffe\uffff"  # noncharacters
)

# Joiners: required inside emoji sequences and by Arabic, Persian and Indic
# writing, stray anywhere else.
JOINERS = "\N{ZERO WIDTH JOINER}\N{ZERO WIDTH NON-JOINER}"

# Scripts whose spelling uses ZWJ/ZWNJ, as regex script names.
JOINER_SCRIPTS = (
    "Arabic",
    "Syriac",
    "Nko",
    "Mongolian",
    "Devanagari",
    "Bengali",
    "Gurmukhi",
    "Gujarati",
    "Oriya",
    "Tamil",
    "Telugu",
    "Kannada",
    "Malayalam",
    "Sinhala",
    "Khmer",
    "Myanmar",
    "Tibetan",
    "Hebrew",
)

# normalize_punctuation: typographic punctuation to its ASCII form.
PUNCTUATION_TO_ASCII = {
    "\N{LEFT SINGLE QUOTATION MARK}": "'",
    "\N{RIGHT SINGLE QUOTATION MARK}": "'",
    "\N{SINGLE LOW-9 QUOTATION MARK}": "'",
    "\N{SINGLE HIGH-REVERSED-9 QUOTATION MARK}": "'",
    "\N{PRIME}": "'",
    "\N{MODIFIER LETTER TURNED COMMA}": "'",
    "\N{LEFT DOUBLE QUOTATION MARK}": '"',
    "\N{RIGHT DOUBLE QUOTATION MARK}": '"',
    "\N{DOUBLE LOW-9 QUOTATION MARK}": '"',
    "\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}": '"',
    "\N{DOUBLE PRIME}": '"',
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}": '"',
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}": '"',
    "\N{HYPHEN}": "-",
    "\N{NON-BREAKING HYPHEN}": "-",
    "\N{FIGURE DASH}": "-",
    "\N{EN DASH}": "-",
    "\N{EM DASH}": "-",
    "\N{HORIZONTAL BAR}": "-",
    "\N{MINUS SIGN}": "-",
    "\N{HORIZONTAL ELLIPSIS}": "...",
}
