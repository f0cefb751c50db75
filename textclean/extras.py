"""
Optional dependencies: an import that fails names the extra that installs it.

The distribution is ``textclean-kit`` (``textclean`` on PyPI is an unrelated
package), so the advice is ``pip install 'textclean-kit[EXTRA]'``.

    >>> with needs_extra("parquet", "reading Parquet"):
    ...     import no_such_module_for_the_doctest
    Traceback (most recent call last):
    ...
    textclean.extras.MissingExtraError: reading Parquet needs the optional package \
'no_such_module_for_the_doctest': pip install 'textclean-kit[parquet]'
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING

from textclean.errors import TextcleanError

if TYPE_CHECKING:
    from collections.abc import Iterator

DISTRIBUTION = "textclean-kit"


class MissingExtraError(TextcleanError, ImportError):
    """An optional package is not installed; the message says which extra installs it."""

    def __init__(self, purpose: str, module: str, extra: str) -> None:
        """Say what needed the module and the pip command that installs it."""
        self.extra = extra
        super().__init__(
            f"{purpose} needs the optional package {module!r}: "
            f"pip install '{DISTRIBUTION}[{extra}]'",
            name=module,
        )


@contextmanager
def needs_extra(extra: str, purpose: str) -> Iterator[None]:
    """Turn a ModuleNotFoundError inside the block into a MissingExtraError naming ``extra``."""
    try:
        yield
    except ModuleNotFoundError as error:
        raise MissingExtraError(purpose, error.name or "?", extra) from error
