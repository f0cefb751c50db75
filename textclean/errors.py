"""Errors textclean raises, each saying what to do about it."""

from __future__ import annotations

import errno
import os
import stat
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

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


class DataFileError(TextcleanError, RuntimeError):
    """
    A data file installed with textclean that cannot be read: missing, truncated or damaged.

    No input is at fault, so no record is rejected for it and it is never taken
    for an output that cannot be written (a damaged gzip file raises an OSError).

        >>> print(DataFileError("/site/textclean/data/x.bin", "EOFError: ended early"))
        /site/textclean/data/x.bin: textclean's installed data file is damaged (EOFError: ended \
early); reinstall textclean: pip install --force-reinstall textclean
    """

    def __init__(self, path: str, reason: str) -> None:
        """Name the data file and what went wrong reading it."""
        self.path = path
        self.reason = reason
        super().__init__(
            f"{path}: textclean's installed data file is damaged ({reason}); "
            "reinstall textclean: pip install --force-reinstall textclean"
        )

    def __reduce__(self) -> tuple[type[DataFileError], tuple[str, str]]:
        """Rebuilt from its path and reason when a worker process sends it back."""
        return type(self), (self.path, self.reason)


@contextmanager
def reading_data_file(path: object) -> Iterator[None]:
    """Any failure to read or decode ``path``, a shipped data file, within it: a `DataFileError`."""
    try:
        yield
    except DataFileError:
        raise
    except Exception as error:  # Our own file: whatever fails reading it, it is damaged.
        raise DataFileError(str(path), f"{type(error).__name__}: {error}") from error


class OutputError(TextcleanError, OSError):
    """An output that cannot be written (a full disk, no permission, closed); says what is left."""

    def __init__(self, where: str, reason: str, advice: str = "choose another output") -> None:
        """Say which output, why, what the reader finds there, and what to do."""
        self.where = where
        self.reason = reason
        left = (
            "what was written before the failure is incomplete"
            if _streamed(where)
            else "no partial file was left"
        )
        super().__init__(f"{where}: cannot be written ({reason}); {left}: {advice}, then run again")

    @classmethod
    def of(cls, where: str, error: OSError) -> OutputError:
        """
        The one translation of a failed write, commit or open (``error``) of output ``where``.

            >>> import errno, os
            >>> print(OutputError.of("out.txt", OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))))
            out.txt: cannot be written (No space left on device); no partial file was left: \
free space or choose another output, then run again
        """
        advice = _OUTPUT_ADVICE.get(error.errno or 0, "choose another output")
        return cls(where, error.strerror or str(error), advice)


def _streamed(where: str) -> bool:
    """
    Whether output ``where`` was written as it went: stdout, a device or a named pipe.

    What its reader got stays with it: -o /dev/full or a FIFO was said to
    leave "no partial file", as a file written under a temporary name does.
    """
    if where == "<stdout>":
        return True
    try:
        mode = os.stat(where).st_mode  # noqa: PTH116 - a name from a message, maybe a URL
    except (OSError, ValueError):
        return False  # not there (nothing was left), or a URL
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


_OUTPUT_ADVICE = {
    errno.ENOSPC: "free space or choose another output",
    errno.EDQUOT: "free space or choose another output",
    errno.EACCES: "check the folder's permissions or choose another output",
    errno.EPERM: "check the folder's permissions or choose another output",
    errno.EROFS: "choose an output on a writable file system",
    # A file-size limit (ulimit -f, a quota on one file, FAT's 4 GB): another
    # output there fails alike.
    errno.EFBIG: "raise the file-size limit (ulimit -f) or choose another file system",
    errno.EEXIST: "a file stands where a folder is needed: choose another output",
    errno.ENOTDIR: "a file stands where a folder is needed: choose another output",
}
