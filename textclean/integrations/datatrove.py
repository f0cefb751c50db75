"""
A datatrove pipeline step that cleans ``doc.text`` (``textclean-kit[datatrove]``).

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from textclean.integrations.datatrove import TextcleanFormatter

    LocalPipelineExecutor(
        pipeline=[
            JsonlReader("data/raw"),
            TextcleanFormatter("ml", mask_emails=True),
            JsonlWriter("data/clean"),
        ],
        tasks=4,
    ).run()

A formatter, as datatrove's own ``FTFYFormatter``: every document goes on,
its text cleaned. Its stats (in the executor's ``stats.json``) count the
documents seen (``total``), those changed (``changed``), the documents each
filter changed (one stat per filter name, as ``textclean filters`` lists
them) and the characters removed per document (``chars_removed``). They come
from the fast path, not from ``explain``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textclean.extras import needs_extra
from textclean.pipeline import Cleaner

with needs_extra("datatrove", "textclean.integrations.datatrove"):
    from datatrove.pipeline.formatters.base import BaseFormatter
    from datatrove.utils.typeshelper import StatHints

if TYPE_CHECKING:
    from collections.abc import Iterator

    from textclean.config import CleanConfig


class TextcleanFormatter(BaseFormatter):  # type: ignore[misc]
    """Clean each document's text with a textclean profile and count what each filter did."""

    name = "🧹 textclean"

    def __init__(self, profile: str | CleanConfig = "default", **overrides: Any) -> None:
        """``profile``: a profile name or CleanConfig; ``overrides``: filters, settings by name."""
        super().__init__()
        self.cleaner = Cleaner(profile, **overrides)

    def format(self, text: str) -> str:
        """Return the cleaned text (datatrove's formatter contract)."""
        return self.cleaner.clean(text)

    def run(self, data: Any, rank: int = 0, world_size: int = 1) -> Iterator[Any]:  # noqa: ARG002 - datatrove's signature
        """Clean each document in place and pass it on, updating the stats."""
        for doc in data:
            self.stat_update(StatHints.total)
            if not isinstance(doc.text, str):
                kind = type(doc.text).__name__
                raise TypeError(f"document {doc.id!r}: its text is {kind}, not str")
            with self.track_time():
                before = len(doc.text)
                doc.text, noted = self.cleaner.clean_noting(doc.text)
            if noted:
                self.stat_update("changed", *dict.fromkeys(name for name, _ in noted))
            self.stat_update("chars_removed", value=before - len(doc.text), unit="doc")
            yield doc
