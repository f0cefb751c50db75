"""--jobs: workers forked with the parent's tables built, records in input order, bad ones named."""

import json
import multiprocessing
import subprocess
import sys
import threading
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import pytest
from conftest import FIXTURES

from textclean import cli, runner
from textclean.cli import main
from textclean.config import PROFILES
from textclean.pipeline import Cleaner


def documents():
    """Seeds, the golden inputs and the warm-up sample: every filter has work in some."""
    seeds = [path.read_text("utf-8") for path in sorted((FIXTURES / "seeds").glob("*.txt"))]
    golden = (FIXTURES / "golden" / "basics.jsonl").read_text("utf-8").splitlines()
    return seeds + [json.loads(line)["input"] for line in golden] + runner.warm_up_sample()


def jsonl_with_a_bad_line(path, bad_at):
    """Heavy records first (whole seeds), then light ones, so later chunks finish first."""
    docs = documents()
    heavy = [doc * 3 for doc in docs[:5]] * 20
    texts = heavy + [f"{doc} {i}" for i in range(40) for doc in docs]
    lines = [
        json.dumps({"id": i, "text": text}, ensure_ascii=False) for i, text in enumerate(texts)
    ]
    lines.insert(bad_at - 1, '{"id": "broken", "text": ')
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return len(texts)


def run_clean(src, out, jobs, capsys):
    status = main(["clean", str(src), "-o", str(out), "--jobs", str(jobs), "--on-error", "skip"])
    return status, capsys.readouterr().err


def test_order_and_errors_kept_across_workers(tmp_path, capsys):
    """--jobs 2: the records of --jobs 1 in input order, the bad line named by file and line."""
    src = tmp_path / "in.jsonl"
    count = jsonl_with_a_bad_line(src, bad_at=1234)
    one, two = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    status_one, err_one = run_clean(src, one, 1, capsys)
    status_two, err_two = run_clean(src, two, 2, capsys)
    assert status_one == status_two == cli.EXIT_REJECTS
    assert two.read_bytes() == one.read_bytes()
    assert [json.loads(line)["id"] for line in two.read_text("utf-8").splitlines()] == list(
        range(count)
    )
    for err in (err_one, err_two):
        assert f"skipped {src}:1234:" in err
        assert err.count("skipped") == 1


def test_ordered_map_yields_in_input_order_when_work_finishes_in_reverse():
    """Each item waits for the next one to finish: completion runs backwards, output does not."""
    count = 12
    finished = [threading.Event() for _ in range(count + 1)]
    finished[count].set()
    completion = []

    def work(index):
        assert finished[index + 1].wait(timeout=30)
        completion.append(index)
        finished[index].set()
        return index * 10

    with ThreadPoolExecutor(count) as pool:
        got = list(runner.ordered_map(pool, work, range(count), window=count))
    assert completion == list(reversed(range(count)))
    assert got == [(index, index * 10) for index in range(count)]


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_warm_up_sample_touches_every_filter(name):
    """The warm-up runs every filter a profile enables on text it changes, so its tables get built."""
    pytest.importorskip("unidecode")  # the ascii profile's transliterate
    cleaner = Cleaner(name)
    touched = set()
    for text in runner.warm_up_sample():
        _, noted = cleaner.clean_noting(text)
        touched |= {filter_name for filter_name, _ in noted}
    assert set(cleaner.enabled) <= touched


def _clean_in_new_process(texts, *, warm):
    cleaner = Cleaner()
    if warm:
        runner.warm_up(cleaner)
    return [cleaner.clean(text) for text in texts]


def test_warm_up_does_not_change_outputs():
    """A new process gives the same outputs with its tables built by the warm-up or on first use."""
    texts = documents()
    outputs = []
    for warm in (False, True):
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
            outputs.append(pool.submit(_clean_in_new_process, texts, warm=warm).result())
    cold, warmed = outputs
    assert warmed == cold
    assert cold != texts  # the documents had work in them


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork")
def test_spawned_workers_clean_as_forked_ones(tmp_path, capsys, monkeypatch):
    """Workers started by spawn (no tables of the parent) write what forked, warmed ones write."""
    src = tmp_path / "in.jsonl"
    jsonl_with_a_bad_line(src, bad_at=7)
    warmed = []
    prepare_fork = cli.prepare_fork

    def recording(*args, **kwargs):
        warmed.append(args)
        prepare_fork(*args, **kwargs)

    monkeypatch.setattr(cli, "prepare_fork", recording)
    forked, spawned = tmp_path / "fork.jsonl", tmp_path / "spawn.jsonl"
    monkeypatch.setattr(cli, "start_method", lambda: "fork")
    run_clean(src, forked, 2, capsys)
    assert len(warmed) == 1
    monkeypatch.setattr(cli, "start_method", lambda: "spawn")
    status, err = run_clean(src, spawned, 2, capsys)
    assert len(warmed) == 1  # a spawned worker would not inherit the tables: no warm-up
    assert status == cli.EXIT_REJECTS
    assert f"skipped {src}:7:" in err
    assert spawned.read_bytes() == forked.read_bytes()


def _worker_cleaner_id():
    return id(runner._WORKER_CLEANER)


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork")
def test_forked_workers_keep_the_warmed_cleaner():
    """A worker forked after prepare_fork cleans with the parent's cleaner, not a new one."""
    config = PROFILES["default"]
    runner.prepare_fork(config, explain=False, jobs=1)
    parent = runner._cleaner_for(config)
    with ProcessPoolExecutor(
        1,
        mp_context=multiprocessing.get_context("fork"),
        initializer=runner._init_worker,
        initargs=(config,),
    ) as pool:
        assert pool.submit(_worker_cleaner_id).result() == id(parent)


def test_prepare_fork_warms_up_only_for_more_workers_than_cores(monkeypatch):
    """Workers with a core each build their own tables at once; more workers inherit them."""
    warmed = []
    monkeypatch.setattr(runner, "warm_up", lambda _cleaner, *, explain: warmed.append(explain))
    monkeypatch.setattr(runner, "usable_cores", lambda: 2)
    config = PROFILES["default"]
    runner.prepare_fork(config, explain=False, jobs=2)
    assert warmed == []
    assert runner._WORKER_CLEANER is not None
    assert runner._WORKER_CLEANER.config == config  # built before the fork all the same
    runner.prepare_fork(config, explain=True, jobs=3)
    assert warmed == [True]


def test_ordered_map_starts_the_executor_only_for_a_second_item():
    """With ``start``, one item runs here; with a second, the executor starts and runs them all."""
    started = []
    here = threading.get_ident()
    ran_here = []

    def start():
        started.append(True)
        return ThreadPoolExecutor(2)

    def double(item):
        ran_here.append(threading.get_ident() == here)
        return item * 2

    assert list(runner.ordered_map(None, double, [], window=4, start=start)) == []
    assert list(runner.ordered_map(None, double, [3], window=4, start=start)) == [(3, 6)]
    assert not started
    assert ran_here == [True]
    ran_here.clear()
    got = list(runner.ordered_map(None, double, range(9), window=4, start=start))
    assert got == [(item, item * 2) for item in range(9)]
    assert len(started) == 1
    assert ran_here == [False] * 9  # the first item too: this thread only hands them out


def test_one_chunk_starts_no_workers(tmp_path, monkeypatch):
    """A small input is cleaned in this process: it never waits for workers to start and warm up."""

    def refuse(*_args, **_kwargs):
        raise AssertionError("workers started for one chunk")

    monkeypatch.setattr(cli, "ProcessPoolExecutor", refuse)
    monkeypatch.setattr(cli, "prepare_fork", refuse)
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(
        "".join(f'{{"id": {i}, "text": "Th\\u0430t  {i}"}}\n' for i in range(5)), "utf-8"
    )
    assert main(["clean", "-q", str(src), "-o", str(out), "--jobs", "2"]) == 0
    assert [json.loads(line)["text"] for line in out.read_text("utf-8").splitlines()] == [
        f"That {i}" for i in range(5)
    ]


def _order_of_start_and_read(tmp_path, monkeypatch, method, *, records=600, jobs=2):
    """What came first in a --jobs run: the pool's start or the input's first line read."""
    events = []
    pool_class, read_lines = cli.ProcessPoolExecutor, cli.io.read_lines

    def pool(*args, **kwargs):
        events.append("pool")
        return pool_class(*args, **kwargs)

    def reading(stream, name):
        for line in read_lines(stream, name):
            events.append("read")
            yield line

    monkeypatch.setattr(cli, "ProcessPoolExecutor", pool)
    monkeypatch.setattr(cli.io, "read_lines", reading)
    monkeypatch.setattr(cli, "start_method", lambda: method)
    monkeypatch.setattr(cli, "usable_cores", lambda: 2)
    docs = documents()
    src, out = tmp_path / "in.jsonl", tmp_path / f"{method}-{records}-{jobs}.jsonl"
    src.write_text(
        "".join(
            json.dumps({"id": i, "text": docs[i % len(docs)]}, ensure_ascii=False) + "\n"
            for i in range(records)
        ),
        "utf-8",
    )
    assert main(["clean", "-q", str(src), "-o", str(out), "--jobs", str(jobs)]) == 0
    assert [json.loads(line)["id"] for line in out.read_text("utf-8").splitlines()] == list(
        range(records)
    )
    return events[: events.index("pool") + 1] if "pool" in events else events[:1]


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork")
def test_forked_workers_start_before_the_input_is_read(tmp_path, monkeypatch):
    """With a core each, forked workers start first: reading the first chunks overlaps their start."""
    assert _order_of_start_and_read(tmp_path, monkeypatch, "fork") == ["pool"]


def test_spawned_workers_or_a_warm_up_wait_for_a_second_chunk(tmp_path, monkeypatch):
    """Spawned workers, or a warm-up for more workers than cores, start once a second chunk is read."""
    for method, jobs in (("spawn", 2), ("fork", 3)):
        if method not in multiprocessing.get_all_start_methods():
            continue
        if method == "fork":
            monkeypatch.setattr(runner, "warm_up", lambda _cleaner, **_options: None)
        started = _order_of_start_and_read(tmp_path, monkeypatch, method, jobs=jobs)
        assert started[0] == "read"
        assert started[-1] == "pool"
        assert started.count("read") > cli.CHUNK_DOCS  # the second chunk was read first


_FROZEN_AFTER_A_RUN = """
import gc, sys
from textclean import cli
assert gc.get_freeze_count() == 0
status = cli.main(["clean", "-q", sys.argv[1], "-o", sys.argv[2]])
print(status, gc.get_freeze_count())
"""


def test_a_run_freezes_what_the_import_built(tmp_path):
    """The collector stops walking the import's objects once a run starts (in a new process)."""
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text('{"text": "Th\\u0430t  one"}\n', "utf-8")
    shown = subprocess.run(
        [sys.executable, "-c", _FROZEN_AFTER_A_RUN, str(src), str(out)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout.split()
    assert shown[0] == "0"
    assert int(shown[1]) > 10_000  # the modules, tables and patterns of the import
    assert json.loads(out.read_text("utf-8"))["text"] == "That one"


_FROZEN_AFTER_THE_FIRST_CHUNK = """
import gc, json, sys
from textclean import runner
frozen = [gc.get_freeze_count()]
texts = json.loads(sys.argv[1])
for chunk in (texts, texts, texts):
    runner.clean_chunk(chunk, runner.Cleaner().config, explain=False)
    frozen.append(gc.get_freeze_count())
runner.freeze_after_first_chunk()
for chunk in (texts, texts):
    runner.clean_chunk(chunk, runner.Cleaner().config, explain=False)
    frozen.append(gc.get_freeze_count())
print(json.dumps(frozen))
"""


def test_a_process_of_the_run_freezes_what_its_first_chunk_built():
    """Once asked (the CLI's process, each worker): frozen after the first chunk, then never again."""
    texts = ["Мocква — cтолица Poccии.", "The cafÃ© served crÃ¨me brÃ»lÃ©e.", "Η Αθήνα, Aθήνα."]
    shown = subprocess.run(
        [sys.executable, "-c", _FROZEN_AFTER_THE_FIRST_CHUNK, json.dumps(texts)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    before, *unasked, asked_first, asked_second = json.loads(shown)
    assert before == 0
    assert unasked == [0, 0, 0]  # a library's process (or a Dask worker) is never frozen
    assert asked_first > 10_000  # the modules and the tables the chunks built
    assert asked_second <= asked_first  # not frozen again (freed frozen objects leave it)


_FROZEN_AFTER_THE_WARM_UP = """
import gc
from textclean import runner
gc.freeze()  # the import, as the CLI does
imported = gc.get_freeze_count()
runner.usable_cores = lambda: 1  # more workers than cores: the warm-up runs before the fork
runner.prepare_fork(runner.Cleaner().config, explain=False, jobs=2)
print(imported, gc.get_freeze_count())
"""


def test_what_the_warm_up_builds_is_frozen_before_the_fork():
    """Workers forked after a warm-up share its tables without the collector walking them."""
    shown = subprocess.run(
        [sys.executable, "-c", _FROZEN_AFTER_THE_WARM_UP],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout.split()
    imported, warmed = map(int, shown)
    assert warmed > imported + 1_000  # lexicons, letter-pair models, memos of the sample
