"""Fault injection: killed workers, SIGTERM and SIGKILL to the parent leave no process and no .part file."""

import contextlib
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from textclean import PROFILES, runner

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")

LINES = b"".join(b'{"id": %d, "text": "doc  %d"}\n' % (i, i) for i in range(600))


def children(pid: int) -> list[int]:
    """The live child processes of pid (from /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_for(condition, timeout=90.0):
    # Generous: a run's start (import, warm-up before the fork) took over 30 s
    # on a machine shared by several test suites; the tests wait, never time.
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


_STARTED: list[subprocess.Popen] = []


@pytest.fixture(autouse=True)
def _no_run_outlives_its_test():
    """Whatever a test asserts, its runs' process groups end with it (a failed test left spinners)."""
    yield
    while _STARTED:
        proc = _STARTED.pop()
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def ctrl_c_as_at_a_terminal() -> None:
    """In the child before exec: SIGINT handled as in a terminal's foreground job.

    A job a non-interactive shell starts in the background (``make test &``,
    nohup) inherits SIGINT ignored, and Python then installs no KeyboardInterrupt
    handler: the Ctrl-C tests would test the shell, not the CLI.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start(out: Path) -> subprocess.Popen:
    """A run with two workers reading JSONL from a pipe the test holds open, in its own process group."""
    command = ["clean", "-q", "--format", "jsonl", "--jobs", "2", "-o", str(out)]
    proc = subprocess.Popen(
        [sys.executable, "-m", "textclean.cli", *command],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=ctrl_c_as_at_a_terminal,  # noqa: PLW1509 - a plain signal call, no locks
    )
    _STARTED.append(proc)
    proc.stdin.write(LINES)
    proc.stdin.flush()
    assert wait_for(lambda: len(children(proc.pid)) >= 2), "workers did not start"
    assert wait_for(lambda: list(out.parent.glob(".*.part"))), "no .part file"
    return proc


def test_worker_killed(tmp_path):
    """A worker killed mid-run: one line, exit 3, no output, no .part, no process left."""
    out = tmp_path / "out.jsonl"
    proc = start(out)
    workers = children(proc.pid)
    os.kill(workers[0], signal.SIGKILL)
    proc.stdin.write(LINES)
    proc.stdin.close()
    assert proc.wait(timeout=60) == 3
    err = proc.stderr.read().decode()
    assert "Traceback" not in err
    assert "a worker process died" in err.strip().splitlines()[-1]
    assert wait_for(lambda: not any(alive(pid) for pid in workers))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("signum", "group"),
    [(signal.SIGTERM, False), (signal.SIGTERM, True), (signal.SIGINT, True), (signal.SIGHUP, True)],
    ids=["sigterm-parent", "sigterm-group", "ctrl-c-group", "sighup-group"],
)
def test_stop_signals(tmp_path, signum, group):
    """SIGTERM, Ctrl-C or a closed terminal (SIGHUP; round 12: died, a .part left): exit 130, all gone."""
    out = tmp_path / "out.jsonl"
    proc = start(out)
    workers = children(proc.pid)
    if group:
        os.killpg(proc.pid, signum)
    else:
        proc.send_signal(signum)
    assert proc.wait(timeout=60) == 130
    assert "interrupted" in proc.stderr.read().decode()
    proc.stdin.close()
    assert wait_for(lambda: not any(alive(pid) for pid in workers))
    assert list(tmp_path.iterdir()) == []


def test_sigkill_to_parent_then_stale_part_removed(tmp_path):
    """After SIGKILL to the parent the workers exit by themselves, and the next run removes the .part."""
    out = tmp_path / "out.jsonl"
    proc = start(out)
    workers = children(proc.pid)
    proc.kill()
    proc.wait(timeout=60)
    proc.stdin.close()
    assert wait_for(lambda: not any(alive(pid) for pid in workers), timeout=10)
    assert list(tmp_path.glob(".*.part")), "SIGKILL left a .part to clean up"
    rerun = subprocess.run(
        [sys.executable, "-m", "textclean.cli", "clean", "-q", "--format", "jsonl", "-o", str(out)],
        input=LINES,
        capture_output=True,
        check=False,
    )
    assert rerun.returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


@pytest.mark.skipif(
    runner.STOP_WORKER is None or "fork" not in multiprocessing.get_all_start_methods(),
    reason="POSIX signal masks, forked workers",
)
def test_stop_signal_lands_only_while_a_chunk_is_cleaned():
    """The signal that ends workers waits for a chunk: none is ended while it sends a result."""
    config = PROFILES["default"]
    with ProcessPoolExecutor(
        1,
        mp_context=multiprocessing.get_context("fork"),
        initializer=runner._init_worker,
        initargs=(config,),
    ) as pool:
        pid = pool.submit(os.getpid).result()
        os.kill(pid, runner.STOP_WORKER)
        time.sleep(0.2)  # (time for the signal to land, were it not held back)
        assert pool.submit(os.getpid).result() == pid  # held back between chunks
        chunk = pool.submit(runner.clean_chunk, ["a text"], config, explain=False)
        with pytest.raises(BrokenProcessPool):
            chunk.result()  # taken as the next chunk began


@pytest.mark.skipif(runner.STOP_WORKER is None, reason="POSIX signal masks")
def test_stop_signal_is_not_held_in_the_main_process():
    """In the CLI's own process (--jobs 1) a chunk leaves the signal mask as it was."""
    before = signal.pthread_sigmask(signal.SIG_BLOCK, [])
    assert runner.clean_chunk(["a  text"], PROFILES["default"], explain=False)[0][0] == "a text"
    assert signal.pthread_sigmask(signal.SIG_BLOCK, []) == before
