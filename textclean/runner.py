"""
Cleaning streams of documents in chunks, on one core, all cores or a Dask cluster, in order.

Work goes out in chunks through any `concurrent.futures.Executor` (a process
pool, or a Dask client's executor) with a bounded number in flight, and
results come back in input order, so memory stays flat however long the
stream is.
"""

from __future__ import annotations

import gc
import io as stdio
import itertools
import os
import signal
import threading
import time
from collections import deque
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from textclean.decoding import Decoded, decode
from textclean.errors import DecodeError
from textclean.io import parse_jsonl_line, splice
from textclean.pipeline import Cleaner

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator
    from concurrent.futures import Executor, Future
    from multiprocessing.process import BaseProcess

    from textclean.config import CleanConfig


@dataclass
class Summary:
    """What cleaning did to one document, for --report."""

    filters: list[str]
    chars_removed: int
    lines_removed: list[dict[str, str]]

    @classmethod
    def noted(
        cls, cleaner: Cleaner, original: str, text: str, noted: list[tuple[str, str]]
    ) -> Summary:
        """
        Summarize what `Cleaner.clean_noting` noted, at the cost of cleaning alone.

        Only the removed lines need reasons, so only the boilerplate filter's
        changes are explained again, on the text that filter was given.
        """
        lines = [
            {"line": change.before.strip("\n"), "reason": change.reason}
            for name, before in noted
            if name == "remove_boilerplate"
            for change in cleaner.explain_step(name, before).changes
            if change.before.strip()
        ]
        filters = list(dict.fromkeys(name for name, _ in noted))
        return cls(filters, len(original) - len(text), lines)


def warm_up_sample() -> list[str]:
    """
    A few short documents that make every filter of every profile change something.

    Cleaning them builds what each filter builds on first use (the lexicons
    and alphabets, code-page maps and letter-pair models of the common
    mix-ups, look-alike tables, boilerplate catalogs and stoplists, masking
    patterns), so workers forked afterwards start with them built.
    """
    return [
        "The cafÃ© served crÃ¨me brÃ»lÃ©e â€” â€œniceâ€\x9d, said Ana&#8217;s friend &amp; co.",
        # Mojibake throughout, nothing else: decoded at once (encoding._transcoded_whole).
        "Une idÃ©e rÃ©elle, et un dÃ©cor prÃ©parÃ© pour la fÃªte.\n\n"
        "La crÃ¨me brÃ»lÃ©e, servie tiÃ¨de, Ã©tait parfaite; le chÃ¢teau voisin, "
        "fermÃ© depuis lâ€™Ã©tÃ©, rouvrira aprÃ¨s les rÃ©novations prÃ©vues.",
        # Text saved in one code page and read in another: Cyrillic, Central European.
        "Привет, как дела? Это обычный текст о погоде в Москве.".encode("cp1251").decode("cp1252"),
        "Zażółć gęślą jaźń, powiedział ktoś w Łodzi.".encode("cp1250").decode("cp1252"),
        # One letter mixed up, no scan flags it (Italian è saved in 1252, read in Baltic 1257).
        "Questo campo č obbligatorio.",
        # Look-alike letters each way alone, then with a third script present.
        "Мocква — cтолица Poccии, a Кuев — cтолица Украины.",
        # Russian with twins and a Latin name: the one pass (homoglyphs.cyrillic_pass).
        "Мы пишем нa Python, a c ним легко и все дoвoльны.\nИ он тоже a.",
        "Тhе quick brоwn fох jumps оver the lazy dog.",
        "Η Αθήνα είναι η πρωτεύουσα της Ελλάδας, Aθήνα.",
        "Мocква, Αθήνα, Тhе quick brоwn fох and the Pаrthenon.",
        "zero\u200bwidth\x00 text  with  odd\u00a0spaces\t\n\n\n\n"
        "and cafe\u0301 \ufb01ne “quotes” – dashes…",
        "City council votes on the new budget\nShare on Facebook\n"
        "The council met on Tuesday to discuss the budget for next year.\n"
        "Subscribe to our newsletter\nRelated articles\nAll rights reserved © 2024 Example News",
        # An affiliate disclosure (signals._disclosure_hint), and a CJK phrase between
        # furniture lines (signals._wide).
        "The council met on Tuesday to discuss the budget for next year and voted for it.\n"
        "This post contains affiliate links. We may earn a commission when you buy through them.\n"
        "Share on Facebook\n相关新闻\nSubscribe to our newsletter",
        "Write to jane.doe@example.com or visit https://example.com/page, "
        "call +1 415 555 0100, server 192.168.0.1.",
        # A Latin capital opening a Russian sentence (homoglyphs.openers), and a Greek
        # Latin o the lexicon cannot read (σ or ο by Greek spelling).
        "Он уехал. B других системах иначе.",
        "Μας καλωoορίζουν στην πόλη με χαρά.",
        # Ambiguous strokes (l, I or i by the lexicon), capitals of another script.
        "Heӏӏo wοrld, this is a ӏittle test of the ӏanguage. The ΑΡΙ returns JSON.",
        # Styled letters: a whole styled run, and single ones among plain letters.
        "𝐓𝐡𝐞 𝐪𝐮𝐢𝐜𝐤 𝐛𝐫𝐨𝐰𝐧 𝐟𝐨𝐱 jumps over the lazy dog.",
        "Ʀеаd 𝗍hе rеаl 𝘀tory, ꓲ ѕаіd: it's ꮃеll ᴡorth it.",
        # Genuine Cyrillic and Greek with Latin names and words of twin letters only
        # (``с``, ``а``, ``ο``), and a lone letter among them: settled without repair.
        "Он сказал, что Apple и Google с нами, а не против. Это был Samsung.",
        # Names in capitals and small letters among known words (codepages._cyrillic_acronyms_only).
        "Завод КамАЗ и ЮУрГУ подписали новый договор о подготовке инженеров для производства.",
        "Η Apple και ο Β. Παπαδόπουλος είπαν ότι η Google ο x είναι καλή.",
        # The same beyond its code page (homoglyphs.genuine): settled by the places of ``ο``.
        "Η Apple και ο Β. Παπαδόπουλος → η Google ο x είναι καλή.",
        # A language's own look-alike letters (Turkish ı) weighed by its spelling.
        "Bugün hava çok güzel. Kаfеdе bіr çаy içtіk ve bılgı aldık, dolarıyla ödedik.",
        # A word mixing ı with a Cyrillic twin: its other letters (ğ) may show Turkish.
        "The minister met Mr. Doğаnı and the hydrogeoӏogıcal survey team in Ankara.",
        # Teasers of other stories after the body (boilerplate.standfirsts: their words
        # weighed against the body's, by every language's stopwords).
        "The county opened its new library on Saturday, two years after the old building"
        " on the square was closed for repairs to its roof.\n"
        "Readers queued from early morning to see the reading rooms, and the children's"
        " floor was full within an hour of the doors opening.\n"
        "Share on Facebook\n"
        "Ferry timetable changes for the winter\nMay 2, 2024\n"
        "Crossings to the islands will run twice a day until the end of March.\n"
        "Farmers count the cost of a wet spring\nApril 28, 2024\n"
        "Many fields were sown three weeks late, and the harvest may be smaller.\n"
        "A new bridge for cyclists over the canal\nApril 21, 2024\n"
        "The crossing should open next summer, linking two busy paths on either bank.",
    ]


def warm_up(cleaner: Cleaner, *, explain: bool = False) -> None:
    """Build ``cleaner``'s tables now, as cleaning does on first use (before workers fork)."""
    for text in warm_up_sample():
        _clean_one(cleaner, text, explain=explain)


_WORKER_CLEANER: Cleaner | None = None
_PARENT_CHECK_SECONDS = 0.5
# Whether this process is one the CLI runs (its own, or a --jobs worker), whose
# objects the collector may stop walking; and whether its first chunk is done.
_FREEZE_AFTER_FIRST_CHUNK = False


def freeze_after_first_chunk() -> None:
    """
    Let this process (the CLI's, or a --jobs worker) freeze what its first chunk builds.

    A first chunk builds most of the tables and caches cleaning needs
    (hundreds of thousands of objects: lexicons, letter-pair models, memos
    of words); from then on every full collection walked them again (about
    20-30 ms a time on the bench's 7.3 MB of JSONL). Frozen, the collector
    walks only what later chunks make. Not for a Dask worker: its process
    is the cluster's, whose objects are not ours to freeze.
    """
    global _FREEZE_AFTER_FIRST_CHUNK  # noqa: PLW0603 - once per process
    _FREEZE_AFTER_FIRST_CHUNK = True


def _chunk_done() -> None:
    """After this process's first chunk (where `freeze_after_first_chunk` asked): freeze."""
    global _FREEZE_AFTER_FIRST_CHUNK  # noqa: PLW0603 - once per process
    if _FREEZE_AFTER_FIRST_CHUNK:
        _FREEZE_AFTER_FIRST_CHUNK = False
        gc.collect(1)  # the chunk's young garbage goes first, not into the frozen
        gc.freeze()


def _init_worker(config: CleanConfig) -> None:
    """
    Set up a worker process: its cleaner, and an end when its parent ends.

    The parent handles Ctrl-C, SIGTERM and SIGHUP for the whole run (a
    terminal or a job scheduler signals the whole process group), so workers
    ignore them and are stopped by the parent; a thread exits the worker once the
    parent is gone, even if it was killed with SIGKILL and could not shut
    the pool down.
    """
    for signum in (signal.SIGINT, *STOP_SIGNALS):
        signal.signal(signum, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):  # the parent held them back while forking
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, *STOP_SIGNALS})
    if STOP_WORKER is not None:  # (before the thread below starts: it inherits the mask)
        global _STOPPABLE  # noqa: PLW0603 - once per worker
        _STOPPABLE = True
        signal.signal(STOP_WORKER, signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_BLOCK, {STOP_WORKER})
    # The parent is whoever started this worker: the run itself (fork), or a
    # fork server that ends with it (forkserver, Python 3.14's default).
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    _cleaner_for(config)  # a forked worker keeps the parent's, warmed by `prepare_fork`
    if not gc.get_freeze_count():  # a spawned worker: its import, frozen as the CLI's own
        gc.freeze()
    freeze_after_first_chunk()


#: Signals that stop a run as Ctrl-C does (the parent's; workers ignore them).
STOP_SIGNALS = (signal.SIGTERM, *([signal.SIGHUP] if hasattr(signal, "SIGHUP") else []))

# The signal that ends a worker where it is safe (`end_workers`): held back but
# while the worker cleans a chunk (`_stoppable`), so it lands neither while
# the worker sends a result nor while it reads a task. (POSIX only.)
STOP_WORKER = getattr(signal, "SIGUSR1", None) if hasattr(signal, "pthread_sigmask") else None
_STOPPABLE = False  # whether this process is a --jobs worker
_STOP_GRACE_SECONDS = 1.0


@contextmanager
def _stoppable() -> Iterator[None]:
    """In a --jobs worker, let `STOP_WORKER` end it during the block: a chunk being cleaned."""
    if not _STOPPABLE or STOP_WORKER is None:
        yield
        return
    held = STOP_WORKER in signal.pthread_sigmask(signal.SIG_UNBLOCK, {STOP_WORKER})
    try:
        yield
    finally:
        if held:  # (not in a block inside another: a JSONL file among a chunk of files)
            signal.pthread_sigmask(signal.SIG_BLOCK, {STOP_WORKER})


def end_workers(workers: list[BaseProcess]) -> None:
    """
    End the --jobs workers at once, none while it sends a result.

    A worker killed while it sent a chunk's result left part of a message
    in the result pipe, and the pool's thread waited for the rest for ever:
    Ctrl-C hung the run (1 in 11 tries on 19 MB of JSONL with --jobs 2, the
    pool's shutdown joining that thread). `STOP_WORKER` ends each worker as
    it cleans, or as it takes its next chunk; those still alive after a
    grace (waiting for a task that will not come) are killed: they send
    nothing.
    """
    if STOP_WORKER is not None:
        for worker in workers:
            if worker.pid is not None:
                with suppress(ProcessLookupError):
                    os.kill(worker.pid, STOP_WORKER)
        deadline = time.monotonic() + _STOP_GRACE_SECONDS
        for worker in workers:
            worker.join(max(0.0, deadline - time.monotonic()))
    for worker in workers:
        if worker.is_alive():
            worker.kill()


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_PARENT_CHECK_SECONDS)
    os._exit(1)


def prepare_fork(config: CleanConfig, *, explain: bool, jobs: int) -> None:
    """
    Before forking ``jobs`` workers: build this process's cleaner, and its tables if that pays.

    Workers that each have a core build the tables their chunks need at
    the same time, each only those (a Latin-script text loads no Cyrillic
    look-alike table); built here, every table would be built on one core
    while the others wait. On the bench's 8.3 MB of JSONL, warming here
    put 0.61 s of CPU (the import and the warm-up) before the workers'
    1.48 s, against 0.33 s before their 1.70 s when they build their own:
    a critical path of 1.35 s against 1.18 s on two cores (round 11, its
    7.3 MB of fresh text: 0.66 s before 1.68 s, against 0.32 s before 2.08 s;
    1.50 s against 1.36 s: the warm-up, 0.37 s, builds more than the 0.25 s
    a worker's chunks need). With more
    workers than cores, they could not build at the same time: then the
    warm-up builds every table once, here, and the workers inherit them.
    """
    cleaner = _cleaner_for(config)
    if jobs > usable_cores():
        warm_up(cleaner, explain=explain)
        # What the warm-up built, frozen before the fork: the workers' collections
        # neither walk it nor write their marks into the pages they share.
        gc.collect(1)
        gc.freeze()


def usable_cores() -> int:
    """The cores this process may run on (its affinity, where the platform tells it)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _cleaner_for(config: CleanConfig) -> Cleaner:
    global _WORKER_CLEANER  # noqa: PLW0603 - built once per process, reused by every chunk
    cleaner = _WORKER_CLEANER
    if cleaner is None or (cleaner.config is not config and cleaner.config != config):
        cleaner = _WORKER_CLEANER = Cleaner(config)
    return cleaner


def _clean_one(cleaner: Cleaner, text: str, *, explain: bool) -> tuple[str, Summary | None]:
    if not explain:
        return cleaner.clean(text), None
    cleaned, noted = cleaner.clean_noting(text)
    return cleaned, Summary.noted(cleaner, text, cleaned, noted)


def clean_chunk(
    texts: list[str], config: CleanConfig, *, explain: bool
) -> list[tuple[str, Summary | None]]:
    """Clean a chunk of texts (in a worker); with ``explain``, summarize each change too."""
    cleaner = _cleaner_for(config)
    with _stoppable():
        cleaned = [_clean_one(cleaner, text, explain=explain) for text in texts]
    _chunk_done()
    return cleaned


class Outcome(NamedTuple):
    """What became of one JSONL line or text file, sent back from a worker in input order."""

    where: str
    output: bytes | None  # the cleaned record's line or file; None when rejected
    error: str | None = None
    raw: bytes = b""  # the rejected line, for --rejects
    changed: bool = False
    summary: Summary | None = None
    record_id: Any = None  # the record's "id" (a text file's name), for --report
    decoded: Decoded | None = None  # a text file's encoding and confidence, without its text


def clean_jsonl_chunk(
    lines: list[tuple[int, bytes]],
    name: str,
    field: tuple[str, ...],
    config: CleanConfig,
    *,
    explain: bool,
    encoding: str | None = None,
) -> list[Outcome]:
    """
    Parse, clean and serialize numbered JSONL lines (in a worker), one outcome per record.

    Doing all three where the cleaning happens leaves the main process only
    reading and writing bytes, so more workers mean more throughput; only
    the lines and the finished lines cross between processes.
    """
    cleaner = _cleaner_for(config)
    outcomes = []
    with _stoppable():
        for number, raw in lines:
            where = f"{name}:{number}"
            record = parse_jsonl_line(raw, where, field, first=number == 1, encoding=encoding)
            if record is None:
                continue
            if record.text is None:
                outcomes.append(Outcome(record.where, None, record.error, record.raw))
                continue
            text, summary = _clean_one(cleaner, record.text, explain=explain)
            data = record.data
            outcomes.append(
                Outcome(
                    record.where,
                    splice(record, field, text),
                    changed=text != record.text,
                    summary=summary,
                    record_id=data.get("id", record.where) if explain else None,
                )
            )
    _chunk_done()
    return outcomes


def clean_files(
    files: list[tuple[str, str, bytes]],
    config: CleanConfig,
    *,
    explain: bool,
    field: tuple[str, ...] = ("text",),
    encoding: str | None = None,
) -> list[list[Outcome]]:
    """
    Clean whole files (in a worker), given as (name, format, bytes): the outcomes of each.

    A JSONL file gives one outcome per record, as `clean_jsonl_chunk` does
    for lines of a larger file; any other file is one text document, which
    is decoded here too (with ``encoding``, or else: a file that is not
    UTF-8 is weighed against the lexicon), and gives one outcome. The main
    process only reads the bytes and writes what comes back.
    """
    cleaner = _cleaner_for(config)
    outcomes = []
    with _stoppable():
        for name, fmt, data in files:
            if fmt == "jsonl":
                # Split as reading the file line by line does (on b"\n" only).
                lines = list(enumerate(stdio.BytesIO(data), start=1))
                outcomes.append(
                    clean_jsonl_chunk(
                        lines, name, field, config, explain=explain, encoding=encoding
                    )
                )
            else:
                outcomes.append([_clean_text_file(cleaner, name, data, explain, encoding)])
    _chunk_done()
    return outcomes


def _clean_text_file(
    cleaner: Cleaner,
    name: str,
    data: bytes,
    explain: bool,
    encoding: str | None,
) -> Outcome:
    """A whole file as one document; a file no encoding fits comes back with its error."""
    if encoding is not None:
        try:
            decoded = Decoded(data.decode(encoding), encoding)
        except UnicodeDecodeError as error:
            bad = f"byte 0x{data[error.start]:02x} at byte {error.start}"
            return Outcome(name, None, f"not {encoding} ({bad}); check --encoding")
    else:
        try:
            decoded = decode(data, name)
        except DecodeError as error:
            reason = str(error).removeprefix(f"{name}: ")
            return Outcome(name, None, f"{reason}, or pass --encoding if you know it")
    text, summary = _clean_one(cleaner, decoded.text, explain=explain)
    return Outcome(
        name,
        # A line ends with a newline; an empty document stays an empty file.
        (text + "\n").encode("utf-8") if text else b"",
        changed=text != decoded.text,
        summary=summary,
        record_id=name,
        decoded=decoded._replace(text=""),
    )


@dataclass
class Totals:
    """Counts for the end-of-run summary: read = written + rejected always holds."""

    read: int = 0
    written: int = 0
    rejected: int = 0
    changed: int = 0
    chars_removed: int = 0
    lines_removed: int = 0
    files_skipped: int = 0
    per_filter: dict[str, int] = field(default_factory=dict)

    def add(self, summary: Summary | None, *, changed: bool) -> None:
        """Count one written document."""
        self.written += 1
        self.changed += changed
        if summary is not None:
            self.chars_removed += summary.chars_removed
            self.lines_removed += len(summary.lines_removed)
            for name in summary.filters:
                self.per_filter[name] = self.per_filter.get(name, 0) + 1

    def as_dict(self) -> dict[str, Any]:
        """The totals as a JSON-ready dict."""
        return {
            "summary": True,
            "read": self.read,
            "written": self.written,
            "rejected": self.rejected,
            "changed": self.changed,
            "chars_removed": self.chars_removed,
            "lines_removed": self.lines_removed,
            "files_skipped": self.files_skipped,
            "documents_changed_by_filter": dict(sorted(self.per_filter.items())),
        }


_END = object()


def ordered_map(
    executor: Executor | None,
    function: Callable[[Any], Any],
    items: Iterable[Any],
    *,
    window: int,
    payload: Callable[[Any], Any] = lambda item: item,
    start: Callable[[], Executor | None] | None = None,
    size: Callable[[Any], int] | None = None,
    budget: int = 0,
) -> Iterator[tuple[Any, Any]]:
    """
    Yield ``(item, function(payload(item)))`` in input order, at most ``window`` in flight.

    Only the payload travels to the workers. With no executor the work runs
    here, one item at a time; but with ``start``, ``start()`` gives the
    executor as soon as a second item comes, and every item goes to it, the
    first too. So one item never waits for workers to start, and with more
    this process only hands items out and collects them, while all the
    workers build what their items need at once.

    With ``size``, the items in flight also hold at most ``budget`` (in the
    unit ``size`` counts) beyond the newest one, so memory stays bounded
    when items are large (whole files) as well as when they are many.
    """
    items = iter(items)
    if executor is None and start is not None:
        first = next(items, _END)
        if first is _END:
            return
        second = next(items, _END)
        if second is _END:
            yield first, function(payload(first))
            return
        executor = start()
        items = itertools.chain([first, second], items)
    if executor is None:
        for item in items:
            yield item, function(payload(item))
        return
    pending: deque[tuple[Any, Future[Any], int]] = deque()
    held = 0
    for item in items:
        weight = 0 if size is None else size(item)
        pending.append((item, executor.submit(function, payload(item)), weight))
        held += weight
        while len(pending) >= window or (len(pending) > 1 and held > budget):
            done_item, future, weight = pending.popleft()
            held -= weight
            yield done_item, future.result()
    while pending:
        done_item, future, _weight = pending.popleft()
        yield done_item, future.result()
