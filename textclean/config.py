"""
CleanConfig, one frozen object with a field per filter, and the named profiles.

A profile holds only what it changes from the defaults (as spaCy fills
configs from function defaults), and is applied with `dataclasses.replace`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from textclean._filters.boilerplate.catalog import CATEGORIES
from textclean.errors import ConfigError, UnknownNameError

UNICODE_FORMS = ("NFC", "NFKC")
BOILERPLATE_STRENGTHS = ("default", "web")


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
    transliterate: bool = False  # lossy: Борис becomes Boris; needs textclean-kit[ascii]
    normalize_whitespace: bool = True
    remove_boilerplate: bool = True  # whole lines only, each with its reason
    # Masking rewrites correct text, so it is off in every profile.
    mask_urls: bool = False
    mask_emails: bool = False
    mask_ips: bool = False
    mask_phones: bool = False

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
    # remove_boilerplate: "default" removes what is unambiguous; "web" (the web
    # profile, for LLM corpora) also drops navigation-like short lines at the
    # ends and in menus, and readers' comment threads whole; never the article's prose.
    boilerplate_strength: Literal["default", "web"] = "default"
    # mask_*: what replaces each URL, e-mail address, IP address, phone number.
    mask_url_token: str = "<URL>"  # noqa: S105 - a placeholder, not a secret
    mask_email_token: str = "<EMAIL>"  # noqa: S105 - a placeholder, not a secret
    mask_ip_token: str = "<IP>"  # noqa: S105 - a placeholder, not a secret
    mask_phone_token: str = "<PHONE>"  # noqa: S105 - a placeholder, not a secret

    def __post_init__(self) -> None:
        """
        Check every value now, so a wrong type fails when the config is built, not mid-run.

        Lists and sets given for the collection settings are stored as the
        tuple or frozenset the field holds; a bare string there is refused,
        since it would be read letter by letter.
        """
        for item in dataclasses.fields(self):
            value = getattr(self, item.name)
            if item.type == "bool" and not isinstance(value, bool):
                _refuse(item.name, value, "true or false")
            if item.type == "str" and not isinstance(value, str):
                _refuse(item.name, value, "a string")
        if self.boilerplate_strength not in BOILERPLATE_STRENGTHS:
            _refuse(
                "boilerplate_strength",
                self.boilerplate_strength,
                " or ".join(map(repr, BOILERPLATE_STRENGTHS)),
            )
        if self.unicode_form not in UNICODE_FORMS:
            _refuse("unicode_form", self.unicode_form, " or ".join(map(repr, UNICODE_FORMS)))
        for name, kind in _COLLECTIONS.items():
            items = _strings(name, getattr(self, name))
            object.__setattr__(self, name, kind(items))
        for name in self.boilerplate_disabled:
            if name not in CATEGORIES:
                raise UnknownNameError("boilerplate category", name, list(CATEGORIES))
        for pattern in self.boilerplate_patterns:
            try:
                re.compile(pattern)
            except re.error as error:
                raise ConfigError(
                    f"boilerplate_patterns: {pattern!r} is not a valid regular expression "
                    f"({error}); escape special characters with a backslash"
                ) from None

    def replace(self, **overrides: Any) -> CleanConfig:
        """Return a copy with ``overrides``; unknown names raise an error listing the valid ones."""
        valid = field_names()
        for name in overrides:
            if name not in valid:
                raise UnknownNameError("setting", name, valid)
        return dataclasses.replace(self, **overrides)


_COLLECTIONS: dict[str, type[tuple[str, ...] | frozenset[str]]] = {
    "boilerplate_disabled": frozenset,
    "boilerplate_lines": tuple,
    "boilerplate_patterns": tuple,
    "boilerplate_learned": frozenset,
}


def _refuse(name: str, value: object, valid: str) -> None:
    raise ConfigError(f"setting {name!r} must be {valid}, not {value!r}")


def _strings(name: str, value: object) -> list[str]:
    """The strings of a collection setting; a bare string or a non-string item is refused."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        _refuse(name, value, "a list of strings")
    items: list[str] = []
    for item in value:  # type: ignore[attr-defined]
        if not isinstance(item, str):
            _refuse(name, value, "a list of strings")
        items.append(item)
    return items


def field_names() -> tuple[str, ...]:
    """Every field of CleanConfig, in declaration order."""
    return tuple(f.name for f in dataclasses.fields(CleanConfig))


DEFAULT = CleanConfig()

_PROFILE_OVERRIDES: dict[str, dict[str, Any]] = {
    # Repairs only: keeps curly quotes, accents and line structure.
    "default": {},
    # For model training: fold compatibility characters and typographic punctuation.
    "ml": {"unicode_form": "NFKC", "normalize_punctuation": True},
    # ml plus ASCII transliteration (lossy; needs textclean-kit[ascii]).
    "ascii": {"unicode_form": "NFKC", "normalize_punctuation": True, "transliterate": True},
    # default plus stronger boilerplate removal, for LLM training corpora.
    "web": {"boilerplate_strength": "web"},
}

PROFILE_DESCRIPTIONS = {
    "default": "conservative: repairs encoding, lookalikes, controls, whitespace, boilerplate; "
    "never rewrites correct text",
    "ml": "default plus NFKC and ASCII quotes, dashes and ellipsis, for model training",
    "ascii": "ml plus transliteration to ASCII with unidecode (lossy; textclean-kit[ascii])",
    "web": "default plus navigation-like short lines at the ends and in menus and readers' "
    "comment threads removed, for LLM corpora; never the article's prose",
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
