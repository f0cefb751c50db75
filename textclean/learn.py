r"""
Learn boilerplate from a corpus: lines that recur across many documents.

Lines are folded as CCNet does (`normalize_line`: case, accents, digits,
punctuation) and counted once per document, by an 8-byte hash rather than by
their text, so memory grows with the number of *distinct* lines, and is
capped: past ``max_tracked`` hashes, those seen in only one document are
dropped (they cannot reach the threshold unless they recur often later, a
lossy-counting trade-off stated here rather than hidden). A second pass
collects one example of each frequent line for the human-readable file.

    >>> docs = ["Story one.\nShare this:", "Story two.\nShare this!", "Story three."]
    >>> learn_boilerplate(lambda: iter(docs), min_docs=2).lines
    [(2, 'Share this:')]
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textclean._filters.boilerplate import normalize_line
from textclean.errors import OutputError
from textclean.io import AtomicOutput

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

_MAX_LINE_CHARS = 300  # longer lines are prose, not furniture


def _line_hash(normalized: str) -> int:
    return int.from_bytes(hashlib.blake2b(normalized.encode(), digest_size=8).digest(), "little")


def _document_lines(text: str) -> Iterator[tuple[str, str]]:
    for line in text.split("\n"):
        stripped = line.strip()
        if (
            stripped
            and len(stripped) <= _MAX_LINE_CHARS
            and (normalized := normalize_line(stripped))
        ):
            yield stripped, normalized


@dataclass
class LearnedBoilerplate:
    """The result of learning: (documents, example line) pairs, most frequent first."""

    documents: int
    min_docs: int
    lines: list[tuple[int, str]]

    def write(self, path: Path | str) -> None:
        """
        Write the reviewable file: a header, then ``count<TAB>line`` per line.

        ``-`` is stdout. The file is put in place whole or not at all: a
        full disk left a part of it, which a later run would take for the list.
        """
        header = [
            "# textclean boilerplate file: lines that recur across documents.",
            f"# learned from {self.documents} documents; lines in at least {self.min_docs}.",
            "# Review it: delete any line that is content. Use: textclean clean "
            "--boilerplate-file FILE",
            "# documents<TAB>line",
        ]
        body = [f"{count}\t{line}" for count, line in self.lines]
        with AtomicOutput(path) as out:
            try:
                out.stream.write(("\n".join(header + body) + "\n").encode("utf-8"))
            except BrokenPipeError:
                raise
            except OSError as error:  # a full disk names no file: name it
                raise OutputError.of(out.name, error) from error


def learn_boilerplate(
    documents: Callable[[], Iterable[str]],
    *,
    min_docs: int = 5,
    min_share: float = 0.0,
    max_tracked: int = 2_000_000,
) -> LearnedBoilerplate:
    """
    Find lines that recur in at least ``min_docs`` documents (and ``min_share`` of all).

    ``documents`` is called twice and must give the same documents each time.
    """
    counts: dict[int, int] = {}
    total = 0
    for text in documents():
        total += 1
        for line_hash in {_line_hash(n) for _, n in _document_lines(text)}:
            counts[line_hash] = counts.get(line_hash, 0) + 1
        if len(counts) > max_tracked:
            counts = {h: c for h, c in counts.items() if c > 1}
    threshold = max(min_docs, int(min_share * total + 0.999999))
    frequent = {h: c for h, c in counts.items() if c >= threshold}
    examples: dict[int, str] = {}
    if frequent:
        for text in documents():
            for line, normalized in _document_lines(text):
                line_hash = _line_hash(normalized)
                if line_hash in frequent and line_hash not in examples:
                    examples[line_hash] = line
            if len(examples) == len(frequent):
                break
    lines = sorted(
        ((frequent[h], line) for h, line in examples.items()), key=lambda p: (-p[0], p[1])
    )
    return LearnedBoilerplate(total, threshold, lines)


def load_boilerplate_file(path: str | Path) -> frozenset[str]:
    """Read a boilerplate file (learned or hand-written) into normalized lines for CleanConfig."""
    lines = set()
    for raw in Path(path).read_text("utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        count, tab, line = raw.partition("\t")
        text = line if tab and count.strip().isdigit() else raw
        if normalized := normalize_line(text):
            lines.add(normalized)
    return frozenset(lines)
