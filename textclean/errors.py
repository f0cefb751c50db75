"""Errors textclean raises, each saying what to do about it."""

from __future__ import annotations

BYTES_ERROR = (
    "textclean works on str, not bytes. Decode the bytes first: "
    "textclean.decode(data) detects the encoding and tells which it used; "
    "data.decode('utf-8') works if you know the bytes are UTF-8."
)


class TextcleanError(Exception):
    """Base class of textclean's own errors."""


class UnknownNameError(TextcleanError, ValueError):
    """A filter, profile or category name that does not exist; the message lists the valid ones."""

    def __init__(self, kind: str, name: str, valid: list[str] | tuple[str, ...]) -> None:
        """Name the kind of thing, the wrong name and every valid one."""
        self.kind = kind
        self.name = name
        self.valid = tuple(valid)
        super().__init__(f"unknown {kind} {name!r}; valid {kind}s: {', '.join(self.valid)}")


class ConfigError(TextcleanError, ValueError):
    """A setting of the wrong type or value; the message names the setting and what it takes."""


class DecodeError(TextcleanError, UnicodeError):
    """Bytes that are neither UTF-8 nor any encoding the detector recognises."""


class InputError(TextcleanError):
    """A record that cannot be cleaned: bad JSON, a missing field, a field that is not text."""

    def __init__(self, where: str, reason: str) -> None:
        """Say where (``path:line`` or record number) and why."""
        self.where = where
        self.reason = reason
        super().__init__(f"{where}: {reason}")


class OutputError(TextcleanError, OSError):
    """The output could not be written (a full disk, an I/O error); says what is left there."""

    def __init__(self, where: str, reason: str) -> None:
        """Say which output, why, and what the reader finds there."""
        self.where = where
        self.reason = reason
        left = (
            "what was written before the failure is incomplete"
            if where == "<stdout>"
            else "no partial file was left"
        )
        super().__init__(
            f"{where}: cannot be written ({reason}); {left}: free space or choose another "
            "--output, then run again"
        )
