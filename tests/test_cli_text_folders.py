"""Folders of text files with --jobs: read ahead, cleaned by the workers, written as --jobs 1 writes them."""

import gzip
import json
import multiprocessing
import os
import signal
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from test_cli_jobs import documents
from test_cli_processes import alive, children, ctrl_c_as_at_a_terminal, wait_for

from textclean import cli, runner
from textclean.cli import main

# More files than three chunks (cli.CHUNK_DOCS), so a second chunk starts the workers.
FILES = 3 * cli.CHUNK_DOCS + 7
NOT_UTF8 = "Zażółć gęślą jaźń, powiedział ktoś w Łodzi, i poszedł do domu.".encode("cp1250")
UNDECODABLE = bytes(range(256)) * 8 + b"\x00\xff\xfe\x81" * 100

needs_fork = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="no fork"
)


def make_folder(root, *, bad=True):
    """Files in nested folders, each a document with work in it; a cp1250, an empty and a bad one."""
    docs = documents()
    for i in range(FILES):
        path = root / f"part{i % 3}" / f"sub{i % 2}" / f"doc{i:04}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{docs[i % len(docs)]}  {i}", "utf-8")
    (root / "part1" / "cp1250.txt").write_bytes(NOT_UTF8)
    (root / "part1" / "empty.txt").write_bytes(b"")
    if bad:
        (root / "part1" / "sub0" / "doc0050.txt").write_bytes(UNDECODABLE)
    return sorted(p.relative_to(root) for p in root.rglob("*.txt"))


def tree(root):
    """Every file under root (temporary ones included) by relative path, with its bytes."""
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


@pytest.fixture
def pools(monkeypatch):
    """Record each worker pool a run starts, so a test knows the workers did the cleaning."""
    started = []
    pool_class = cli.ProcessPoolExecutor

    def recording(*args, **kwargs):
        started.append(args)
        return pool_class(*args, **kwargs)

    monkeypatch.setattr(cli, "ProcessPoolExecutor", recording)
    return started


def run(tmp_path, capsys, name, jobs, *extra):
    out = tmp_path / name
    status = main(["clean", str(tmp_path / "in"), "-o", str(out), "--jobs", str(jobs), *extra])
    return status, out, capsys.readouterr().err


@pytest.mark.parametrize("on_error", ["skip", "stop"])
def test_jobs_2_writes_what_jobs_1_writes(tmp_path, capsys, pools, on_error):
    """Same files, bytes, messages and exit status with two workers as with one, bad file or not."""
    names = make_folder(tmp_path / "in")
    results = {}
    for jobs in (1, 2):
        extra = ["--on-error", on_error, "--report", str(tmp_path / f"report{jobs}.jsonl")]
        if on_error == "skip":
            extra += ["--rejects", str(tmp_path / f"rejects{jobs}.jsonl")]
        results[jobs] = run(tmp_path, capsys, f"out{jobs}", jobs, *extra)
    assert len(pools) == 1  # --jobs 2 cleaned in workers; --jobs 1 started none
    (status_one, out_one, err_one), (status_two, out_two, err_two) = results[1], results[2]
    bad = tmp_path / "in" / "part1" / "sub0" / "doc0050.txt"
    assert err_one == err_two
    assert f"{tmp_path / 'in' / 'part1' / 'cp1250.txt'}: decoded as cp1250" in err_one
    assert tree(out_one) == tree(out_two)
    assert tree(out_one)["part1/cp1250.txt"].decode("utf-8").startswith("Zażółć gęślą jaźń")
    assert tree(out_one)["part1/empty.txt"] == b""  # empty in, empty out
    assert "part1/sub0/doc0050.txt" not in tree(out_one)
    if on_error == "skip":
        assert status_one == status_two == cli.EXIT_REJECTS
        assert f"skipped {bad}: not UTF-8" in err_one
        assert len(tree(out_one)) == len(names) - 1
        assert (tmp_path / "rejects1.jsonl").read_bytes() == (
            tmp_path / "rejects2.jsonl"
        ).read_bytes()
        assert json.loads((tmp_path / "rejects2.jsonl").read_text("utf-8"))["where"] == str(bad)
    else:
        assert status_one == status_two == cli.EXIT_ERROR
        assert f"error: {bad}: not UTF-8" in err_one
        assert f"stopped at {bad}" in err_one
        # The files before the bad one are written, none after it (in input order).
        before = names[: names.index(bad.relative_to(tmp_path / "in"))]
        assert set(tree(out_one)) == {str(name) for name in before}
        assert not (tmp_path / "report2.jsonl").exists()
    if on_error == "skip":
        assert (tmp_path / "report1.jsonl").read_bytes() == (
            tmp_path / "report2.jsonl"
        ).read_bytes()


def test_report_lines_follow_input_order(tmp_path, capsys, pools):
    """--report has one line per file, in the order the files are read, positions counting up."""
    names = make_folder(tmp_path / "in", bad=False)
    report = tmp_path / "report.jsonl"
    status, _out, err = run(tmp_path, capsys, "out", 2, "-q", "--report", str(report))
    assert status == cli.EXIT_OK, err
    assert pools
    lines = [json.loads(line) for line in report.read_text("utf-8").splitlines()]
    *entries, summary = lines
    assert [entry["id"] for entry in entries] == [str(tmp_path / "in" / name) for name in names]
    assert [entry["position"] for entry in entries] == list(range(1, len(names) + 1))
    assert summary["read"] == summary["written"] == len(names)
    assert summary["changed"] > FILES // 2


def test_in_place_keeps_mode(tmp_path, capsys, pools):
    """--in-place with workers rewrites each file whole and keeps its mode."""
    make_folder(tmp_path / "in", bad=False)
    expected = tmp_path / "expected"
    assert main(["clean", "-q", str(tmp_path / "in"), "-o", str(expected), "--jobs", "1"]) == 0
    odd = tmp_path / "in" / "part2" / "sub1" / "doc0005.txt"
    odd.chmod(0o640)
    status = main(["clean", "-q", str(tmp_path / "in"), "--in-place", "--jobs", "2"])
    assert status == cli.EXIT_OK
    assert pools
    assert tree(tmp_path / "in") == tree(expected)
    assert odd.stat().st_mode & 0o777 == 0o640


def test_interrupt_leaves_whole_files_only(tmp_path, capsys, pools, monkeypatch):
    """Ctrl-C while files are being written: exit 130, no .part file, each written file whole."""
    make_folder(tmp_path / "in", bad=False)
    _status, expected, _err = run(tmp_path, capsys, "expected", 1, "-q")
    written = []
    put_file = cli.Run.put_file

    def interrupting(self, fmt, outcomes, out):
        if len(written) == 100:
            raise KeyboardInterrupt
        put_file(self, fmt, outcomes, out)
        written.append(outcomes)

    monkeypatch.setattr(cli.Run, "put_file", interrupting)
    status, out, err = run(tmp_path, capsys, "out", 2, "-q")
    assert status == cli.EXIT_INTERRUPTED
    assert "interrupted" in err
    assert pools
    files = tree(out)
    assert len(files) == 100
    assert all(files[name] == tree(expected)[name] for name in files)


def _dying_worker(files, config, **options):
    """Clean in the parent; in a worker, die as a killed process would."""
    if multiprocessing.parent_process() is not None:
        os._exit(1)
    return runner.clean_files(files, config, **options)


@needs_fork
def test_worker_dying_is_reported(tmp_path, capsys, monkeypatch):
    """A worker that dies: one clear line, exit 3, and no .part file left."""
    make_folder(tmp_path / "in", bad=False)
    monkeypatch.setattr(cli, "start_method", lambda: "fork")
    monkeypatch.setattr(cli, "clean_files", _dying_worker)
    status, out, err = run(tmp_path, capsys, "out", 2, "-q")
    assert status == cli.EXIT_INTERNAL
    assert "a worker process died" in err.strip().splitlines()[-1]
    assert not [name for name in tree(out) if name.endswith(".part")]


def test_truncated_file_named_in_its_turn(tmp_path, capsys, pools):
    """A file that fails while read ahead is reported when its turn comes, as with --jobs 1."""
    make_folder(tmp_path / "in", bad=False)
    truncated = tmp_path / "in" / "part0" / "sub0" / "doc0012.txt.gz"
    whole = gzip.compress(b"A text cut short. " * 1000)
    truncated.write_bytes(whole[: len(whole) // 2])
    errs = []
    for jobs in (1, 2):
        status, out, err = run(tmp_path, capsys, f"out{jobs}", jobs, "--on-error", "skip")
        assert status == cli.EXIT_REJECTS
        assert f"skipped {truncated}: cannot be read" in err
        assert "part0/sub0/doc0012.txt.gz" not in tree(out)
        errs.append(err)
    assert pools
    assert errs[0] == errs[1]
    assert tree(tmp_path / "out1") == tree(tmp_path / "out2")


def test_ordered_map_bounds_the_bytes_in_flight():
    """With size and budget, the items submitted and not yet yielded hold at most budget + one."""
    sizes = [3, 9, 1, 30, 2, 2, 2, 8, 40, 1, 1, 1, 5] * 4
    budget = 10
    in_flight = []
    held = []

    def payload(item):
        in_flight.append(sizes[item])
        held.append(sum(in_flight))
        return item

    with ThreadPoolExecutor(2) as pool:
        for item, result in runner.ordered_map(
            pool,
            lambda item: item * 2,
            range(len(sizes)),
            window=100,
            payload=payload,
            size=lambda item: sizes[item],
            budget=budget,
        ):
            assert result == item * 2
            in_flight.remove(sizes[item])
    assert not in_flight
    # Before a submit, what is held fits the budget or is one item; then the new one is added.
    assert all(total <= max(budget, *sizes) + size for total, size in zip(held, sizes, strict=True))
    assert max(held) > budget  # two large items do run together


def test_output_check_resolves_each_name_once(tmp_path, capsys, monkeypatch):
    """Checking that no output is an input resolves each name once, not once per pair of files."""
    names = make_folder(tmp_path / "in", bad=False)
    calls = []
    realpath = os.path.realpath

    def counting(path, *args, **kwargs):
        calls.append(path)
        return realpath(path, *args, **kwargs)

    monkeypatch.setattr(cli.os.path, "realpath", counting)
    report = tmp_path / "report.jsonl"
    units = cli.plan_units(
        cli.build_parser().parse_args(
            ["clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--report", str(report)]
        )
    )
    assert len(units) == len(names)
    # Each input and each output once, and the report (the pairwise check made 2 * n * n).
    assert len(calls) == 2 * len(names) + 1


def test_stale_parts_removed_listing_each_folder_once(tmp_path, capsys, monkeypatch):
    """Parts killed runs left are removed, a live run's kept; each output folder is listed once."""
    names = make_folder(tmp_path / "in", bad=False)
    out = tmp_path / "out"
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead, live = int(finished.stdout), os.getppid()
    folder = out / "part0" / "sub0"
    folder.mkdir(parents=True)
    stale = [folder / f".doc0000.txt.{dead}.x1.part", folder / f".doc0006.txt.{dead}.x2.part"]
    kept = [folder / f".doc0000.txt.{live}.x3.part", folder / f".other.txt.{dead}.x4.part"]
    for part in stale + kept:
        part.write_bytes(b"half")
    listed = []
    scandir = os.scandir

    def counting(path="."):
        if str(path).startswith(str(out)):
            listed.append(str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", counting)
    status, _out, err = run(tmp_path, capsys, "out", 2, "-q")
    assert status == cli.EXIT_OK, err
    assert not any(part.exists() for part in stale)
    assert all(part.exists() for part in kept)
    assert sorted(listed) == sorted({str(out / name.parent) for name in names})


def make_jsonl_folder(root):
    """Small JSONL files (one with a bad line, one empty, one with a BOM) and a large one."""
    docs = documents()
    for i in range(FILES):
        lines = [
            json.dumps({"id": f"{i}-{j}", "text": f"{docs[(i + j) % len(docs)]}  {j}"})
            for j in range(i % 4)
        ]
        path = root / f"part{i % 3}" / f"doc{i:04}.jsonl"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(line + "\n" for line in lines), "utf-8")
    (root / "part1" / "doc0007.jsonl").write_text('{"id": 1, "text": "ok  1"}\n{"id": 2\n')
    (root / "part1" / "doc0010.jsonl").write_text('\ufeff{"id": 3, "text": "Th\u0430t"}\n')
    # 400 records at least, and as many more as take the file past a chunk: the
    # documents (seeds, golden inputs, the warm-up sample) change size as they grow.
    big: list[str] = []
    while len(big) < 400 or sum(map(len, big)) + len(big) <= cli.CHUNK_CHARS:
        big.append(json.dumps({"id": len(big), "text": docs[len(big) % len(docs)]}))
    (root / "part2" / "big.jsonl").write_text("\n".join(big) + "\n", "utf-8")
    assert (root / "part2" / "big.jsonl").stat().st_size > cli.CHUNK_CHARS


@pytest.mark.parametrize("on_error", ["skip", "stop"])
def test_jsonl_files_with_jobs_2_as_with_jobs_1(tmp_path, capsys, pools, monkeypatch, on_error):
    """Small JSONL files cleaned whole by the workers: the files, report, rejects of --jobs 1."""
    make_jsonl_folder(tmp_path / "in")
    results = {}
    for jobs in (0, 1, 2):  # 0: --jobs 1, every JSONL file streamed line by line as before
        extra = ["--on-error", on_error, "--report", str(tmp_path / f"report{jobs}.jsonl")]
        if on_error == "skip":
            extra += ["--rejects", str(tmp_path / f"rejects{jobs}.jsonl")]
        with monkeypatch.context() as patch:
            if jobs == 0:
                patch.setattr(cli, "_whole_file", lambda unit: unit.format == "txt")
            results[jobs] = run(tmp_path, capsys, f"out{jobs}", max(jobs, 1), *extra)
    assert pools
    streamed = results.pop(0)
    assert streamed[0] == results[1][0]
    assert streamed[2] == results[1][2]
    assert tree(streamed[1]) == tree(results[1][1])
    for name in ("report", "rejects"):
        one, two = (tmp_path / f"{name}{jobs}.jsonl" for jobs in (0, 1))
        assert one.exists() == two.exists()
        assert not one.exists() or one.read_bytes() == two.read_bytes()
    (status_one, out_one, err_one), (status_two, out_two, err_two) = results[1], results[2]
    assert err_one == err_two
    assert tree(out_one) == tree(out_two)
    bad = tmp_path / "in" / "part1" / "doc0007.jsonl"
    if on_error == "skip":
        assert status_one == status_two == cli.EXIT_REJECTS
        assert f"skipped {bad}:2: invalid JSON" in err_one
        assert tree(out_one)["part1/doc0007.jsonl"] == b'{"id": 1, "text": "ok 1"}\n'
        assert tree(out_one)["part1/doc0010.jsonl"].endswith(b'"text": "That"}\n')
        assert len(tree(out_one)) == FILES + 1
        for name in ("report", "rejects"):
            one, two = (tmp_path / f"{name}{jobs}.jsonl" for jobs in (1, 2))
            assert one.read_bytes() == two.read_bytes()
        assert ", rejected 1, " in err_one
    else:
        assert status_one == status_two == cli.EXIT_ERROR
        assert f"{bad}:2: invalid JSON" in err_one
        assert "part1/doc0007.jsonl" not in tree(out_one)


def test_whole_files_are_text_and_small_plain_local_jsonl(tmp_path):
    """Text files and small uncompressed local JSONL go whole to a worker; the rest is streamed."""
    small, large = cli.CHUNK_CHARS, cli.CHUNK_CHARS + 1
    path = tmp_path / "a.jsonl"
    path.write_text("{}\n", "utf-8")
    # A device's size says nothing of what it gives (/dev/zero never ends): streamed.
    assert not cli._whole_file(cli.Unit(Path(os.devnull), None, "jsonl", 0))
    assert cli._whole_file(cli.Unit(tmp_path / "a.txt", None, "txt", None))
    assert cli._whole_file(cli.Unit(path, None, "jsonl", small))
    assert not cli._whole_file(cli.Unit(path, None, "jsonl", large))
    assert not cli._whole_file(cli.Unit(path, None, "jsonl", None))
    assert not cli._whole_file(cli.Unit(tmp_path / "a.jsonl.gz", None, "jsonl", small))
    assert not cli._whole_file(cli.Unit("s3://bucket/a.jsonl", None, "jsonl", small))
    assert not cli._whole_file(cli.Unit(tmp_path / "a.csv", None, "csv", small))
    assert not cli._whole_file(cli.Unit(None, None, "txt", None))


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["sigterm", "ctrl-c"])
def test_stop_signal_mid_folder(tmp_path, signum):
    """A signal to the run's group mid-folder: exit 130, whole files in input order, no .part."""
    source, out = tmp_path / "in", tmp_path / "out"
    docs = documents()
    names = []
    for i in range(3000):
        name = f"d{i % 4}/doc{i:05}.txt"
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_text(f"{docs[i % len(docs)]}  {i}", "utf-8")
        names.append(name)
    command = ["clean", "-q", str(source), "-o", str(out), "--jobs", "2"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "textclean.cli", *command],
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=ctrl_c_as_at_a_terminal,  # noqa: PLW1509 - a plain signal call, no locks
    )
    try:
        assert wait_for(lambda: len(children(proc.pid)) >= 2), "workers did not start"
        workers = children(proc.pid)
        os.killpg(proc.pid, signum)
        assert proc.wait(timeout=60) == cli.EXIT_INTERRUPTED
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert "interrupted" in proc.stderr.read().decode()
    assert wait_for(lambda: not any(alive(pid) for pid in workers))
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert not [name for name in written if name.endswith(".part")]
    assert written == sorted(names)[: len(written)]  # whole files, in input order
    assert len(written) < len(names)
