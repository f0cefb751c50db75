"""
CleanConfig, one frozen object with a field per filter, and the named profiles.

A profile holds only what it changes from the defaults (as spaCy fills
configs from function defaults), and is applied with `dataclasses.replace`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal

from textclean.errors import UnknownNameError


@dataclass(frozen=True)
class CleanConfig:
    """
    Which filters run, and their settings.

    Each boolean field is a filter of the same name (``textclean.filters()``
    lists them); the rest are settings of one filter, prefixed with its theme.
    The defaults are the conservative ``default`` profile: repair what is
    broken, never rewrite correct text.
    """

    fix_encoding: bool = True
    fix_legacy_codepage: bool = True  # only where a lexicon and letter statistics agree
    remove_control_chars: bool = True
    normalize_unicode: bool = True
    fix_homoglyphs: bool = True  # only letters from another script, decided by context
    normalize_punctuation: bool = False  # curly quotes and dashes are correct typography
    transliterate: bool = False  # lossy: Борис becomes Boris; needs textclean[ascii]
    normalize_whitespace: bool = True
    remove_boilerplate: bool = True  # whole lines only, each with its reason

    # fix_encoding: decode "&amp;"-style entities, only those ending in ";" and
    # only in lines after which no "<" appears (ftfy's "auto" rule).
    unescape_html: bool = True
    # normalize_unicode: NFC never changes how text looks; NFKC folds ﬁ, ², ｆｕｌｌ.
    unicode_form: Literal["NFC", "NFKC"] = "NFC"
    # remove_boilerplate: categories switched off, the user's own literal lines
    # and whole-line regular expressions (removed anywhere), and lines learned
    # from a corpus (normalized; see load_boilerplate_file).
    boilerplate_disabled: frozenset[str] = frozenset()
    boilerplate_lines: tuple[str, ...] = ()
    boilerplate_patterns: tuple[str, ...] = ()
    boilerplate_learned: frozenset[str] = frozenset()

    def replace(self, **overrides: Any) -> CleanConfig:
        """Return a copy with ``overrides``; unknown names raise an error listing the valid ones."""
        valid = field_names()
        for name in overrides:
            if name not in valid:
                raise UnknownNameError("setting", name, valid)
        for name in ("boilerplate_lines", "boilerplate_patterns"):
            if name in overrides:
                overrides[name] = tuple(overrides[name])
        for name in ("boilerplate_disabled", "boilerplate_learned"):
            if name in overrides:
                overrides[name] = frozenset(overrides[name])
        return dataclasses.replace(self, **overrides)


def field_names() -> tuple[str, ...]:
    """Every field of CleanConfig, in declaration order."""
    return tuple(f.name for f in dataclasses.fields(CleanConfig))


DEFAULT = CleanConfig()

_PROFILE_OVERRIDES: dict[str, dict[str, Any]] = {
    # Repairs only: keeps curly quotes, accents and line structure.
    "default": {},
    # For model training: fold compatibility characters and typographic punctuation.
    "ml": {"unicode_form": "NFKC", "normalize_punctuation": True},
    # ml plus ASCII transliteration (lossy; needs textclean[ascii]).
    "ascii": {"unicode_form": "NFKC", "normalize_punctuation": True, "transliterate": True},
}

PROFILE_DESCRIPTIONS = {
    "default": "conservative: repairs encoding, lookalikes, controls, whitespace, boilerplate; "
    "never rewrites correct text",
    "ml": "default plus NFKC and ASCII quotes, dashes and ellipsis, for model training",
    "ascii": "ml plus transliteration to ASCII with unidecode (lossy; textclean[ascii])",
}

PROFILES: dict[str, CleanConfig] = {
    name: DEFAULT.replace(**overrides) for name, overrides in _PROFILE_OVERRIDES.items()
}


def profile(name: str) -> CleanConfig:
    """Return the named profile's config, or raise an error listing the valid names."""
    try:
        return PROFILES[name]
    except KeyError:
        raise UnknownNameError("profile", name, list(PROFILES)) from None
