r"""
textclean: repair and clean scraped text, and explain every change.

    >>> import textclean
    >>> textclean.clean("Itâ€\N{TRADE MARK SIGN}s  fixed.\r\n")
    'It’s fixed.'
    >>> textclean.clean("“Quotes”\N{HORIZONTAL ELLIPSIS}", profile="ml")
    '"Quotes"...'
"""

from __future__ import annotations

from functools import lru_cache
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textclean.changes import Change, Cleaned, Step, apply_steps
    from textclean.config import DEFAULT, PROFILES, CleanConfig
    from textclean.decoding import Decoded, decode
    from textclean.errors import (
        ConfigError,
        DecodeError,
        InputError,
        TextcleanError,
        UnknownNameError,
    )
    from textclean.pipeline import FILTERS, ORDER, Cleaner, filters

__version__ = "0.1.0"

# The public names, imported on first use (PEP 562): importing the package
# costs nothing, so the command line's entry point (`textclean._console`)
# runs before the filters' 1.5 s of import, and can answer a Ctrl-C in it.
_HOMES = {
    "textclean.changes": ("Change", "Cleaned", "Step", "apply_steps"),
    "textclean.config": ("DEFAULT", "PROFILES", "CleanConfig"),
    "textclean.decoding": ("Decoded", "decode"),
    "textclean.errors": (
        "ConfigError",
        "DecodeError",
        "InputError",
        "TextcleanError",
        "UnknownNameError",
    ),
    "textclean.pipeline": ("FILTERS", "ORDER", "Cleaner", "filters"),
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str) -> Any:
    """A public name, imported from its module the first time it is asked for."""
    module = _HOME_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'textclean' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOME_OF})


__all__ = [
    "DEFAULT",
    "FILTERS",
    "ORDER",
    "PROFILES",
    "Change",
    "CleanConfig",
    "Cleaned",
    "Cleaner",
    "ConfigError",
    "DecodeError",
    "Decoded",
    "InputError",
    "Step",
    "TextcleanError",
    "UnknownNameError",
    "__version__",
    "apply_steps",
    "clean",
    "clean_and_explain",
    "decode",
    "filters",
]


@lru_cache(maxsize=64)
def _cleaner(profile: str, overrides: tuple[tuple[str, Any], ...]) -> Cleaner:
    from textclean.pipeline import Cleaner  # noqa: PLC0415 - see _HOMES

    return Cleaner(profile, **dict(overrides))


def _cached_cleaner(profile: str, overrides: dict[str, Any]) -> Cleaner:
    # Settings given as lists or sets are frozen so the cleaner can be cached.
    frozen = {
        name: frozenset(value)
        if isinstance(value, set)
        else tuple(value)
        if isinstance(value, list)
        else value
        for name, value in overrides.items()
    }
    return _cleaner(profile, tuple(sorted(frozen.items())))


def clean(text: str, profile: str = "default", **overrides: Any) -> str:
    """Clean ``text`` with a named profile, optionally switching filters or settings by name."""
    return _cached_cleaner(profile, overrides).clean(text)


def clean_and_explain(text: str, profile: str = "default", **overrides: Any) -> Cleaned:
    """Clean ``text`` and return it with one step per filter that changed it."""
    return _cached_cleaner(profile, overrides).explain(text)
