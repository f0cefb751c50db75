"""Hostile tries of the CLI and the API (round 6): each ends in one clear line, or everything written."""

import io as stdio
import json
import os
import socket
import sys
import threading
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest
from test_cli import run

from textclean import clean, cli
from textclean import io as tio
from textclean.cli import main


def error_of(capsys, argv) -> str:
    """Run the CLI, which must stop with exit status 2; its stderr."""
    assert main(argv) == cli.EXIT_ERROR
    return capsys.readouterr().err


def a_text_file(tmp_path) -> str:
    src = tmp_path / "in.txt"
    src.write_text("x", "utf-8")
    return str(src)


def fail_on_call(monkeypatch, name, call, error):
    """Make the CLI's ``name`` (a chunk's work) raise ``error`` on its ``call``-th call."""
    calls = []
    work = getattr(cli, name)

    def failing(*args, **kwargs):
        calls.append(True)
        if len(calls) == call:
            raise error
        return work(*args, **kwargs)

    monkeypatch.setattr(cli, name, failing)


def interrupt_on_call(monkeypatch, name, call):
    """Make the CLI's ``name`` (a chunk's work) raise KeyboardInterrupt on its ``call``-th call."""
    fail_on_call(monkeypatch, name, call, KeyboardInterrupt)


class TestInterrupted:
    def test_stdout_output_is_called_incomplete(self, monkeypatch, capsys):
        """Ctrl-C after some records went to stdout: exit 130, and the output is said to be cut short."""
        monkeypatch.setattr(cli, "CHUNK_DOCS", 2)
        interrupt_on_call(monkeypatch, "clean_jsonl_chunk", 3)
        lines = b"".join(b'{"id": %d, "text": "doc  %d"}\n' % (i, i) for i in range(10))
        status, out = run(["clean", "--format", "jsonl", "--jobs", "1"], stdin=lines)
        assert status == cli.EXIT_INTERRUPTED
        assert [json.loads(line)["id"] for line in out.splitlines()] == [0, 1, 2, 3]
        err = capsys.readouterr().err
        assert "interrupted; the output to <stdout> is INCOMPLETE" in err
        assert "no partial output" not in err

    def test_files_finished_before_are_counted(self, tmp_path, monkeypatch, capsys):
        """Ctrl-C in a folder: the files written before it are whole and counted, no part left."""
        monkeypatch.setattr(cli, "CHUNK_DOCS", 1)
        interrupt_on_call(monkeypatch, "clean_files", 3)
        src, out = tmp_path / "in", tmp_path / "out"
        src.mkdir()
        for i in range(5):
            (src / f"{i}.txt").write_text(f"doc  {i}", "utf-8")
        assert main(["clean", "-q", str(src), "-o", str(out), "--jobs", "1"]) == 130
        assert sorted(p.name for p in out.iterdir()) == ["0.txt", "1.txt"]
        assert (out / "1.txt").read_text("utf-8") == "doc 1\n"
        err = capsys.readouterr().err
        assert (
            "no partial output was left; the 2 output files finished before it are complete" in err
        )


class TestWorkerDied:
    """Round 7: a worker killed (SIGKILL, out of memory) after records went to stdout."""

    def test_stdout_output_is_called_incomplete(self, monkeypatch, capsys):
        """Exit 3, and the records already on stdout are said to be a part, not 'no partial output'."""
        monkeypatch.setattr(cli, "CHUNK_DOCS", 2)
        fail_on_call(monkeypatch, "clean_jsonl_chunk", 3, BrokenProcessPool("killed"))
        lines = b"".join(b'{"id": %d, "text": "doc  %d"}\n' % (i, i) for i in range(10))
        status, out = run(["clean", "--format", "jsonl", "--jobs", "1"], stdin=lines)
        assert status == cli.EXIT_INTERNAL
        assert [json.loads(line)["id"] for line in out.splitlines()] == [0, 1, 2, 3]
        err = capsys.readouterr().err
        assert "a worker process died" in err
        assert "the output to <stdout> is INCOMPLETE" in err
        assert "no partial output" not in err

    def test_file_output_is_left_whole_or_not_at_all(self, tmp_path, monkeypatch, capsys):
        """With -o, the worker's death leaves no part: said so, and nothing is there."""
        monkeypatch.setattr(cli, "CHUNK_DOCS", 2)
        fail_on_call(monkeypatch, "clean_jsonl_chunk", 3, BrokenProcessPool("killed"))
        lines = b"".join(b'{"id": %d, "text": "doc  %d"}\n' % (i, i) for i in range(10))
        argv = ["clean", "--format", "jsonl", "--jobs", "1", "-o", str(tmp_path / "out.jsonl")]
        status, _ = run(argv, stdin=lines)
        assert status == cli.EXIT_INTERNAL
        assert "no partial output was left" in capsys.readouterr().err
        assert list(tmp_path.iterdir()) == []


class TestNamedFiles:
    @pytest.mark.parametrize(
        "command",
        [
            ["explain", "{missing}"],
            ["explain", "{folder}"],
            ["clean", "{file}", "--config", "{missing}"],
            ["clean", "{file}", "--boilerplate-file", "{folder}"],
        ],
        ids=["explain-missing", "explain-folder", "config-missing", "boilerplate-file-folder"],
    )
    def test_os_error_names_the_file(self, tmp_path, capsys, command):
        """A missing file or a folder where a file is needed: exit 2, the name and why first."""
        names = {
            "missing": str(tmp_path / "nope.txt"),
            "folder": str(tmp_path),
            "file": str(tmp_path / "in.txt"),
        }
        (tmp_path / "in.txt").write_text("x", "utf-8")
        argv = [part.format(**names) for part in command]
        assert main(argv) == cli.EXIT_ERROR
        err = capsys.readouterr().err.strip().splitlines()[-1]
        assert "[Errno" not in err
        missing = "missing" in command[-1]
        name = names["missing"] if missing else names["folder"]
        reason = "No such file or directory; check the path" if missing else "Is a directory"
        assert err.startswith(f"textclean: error: {name}: {reason}")

    def test_boilerplate_file_not_utf8(self, tmp_path, capsys):
        """A boilerplate file in another encoding: exit 2 naming it, not an internal error."""
        lines = tmp_path / "lines.txt"
        lines.write_bytes("Abonnez-vous à la lettre\n".encode("cp1252"))
        err = error_of(capsys, ["clean", a_text_file(tmp_path), "--boilerplate-file", str(lines)])
        assert f"{lines}: not UTF-8 (byte 13); save the boilerplate file as UTF-8" in err
        assert "internal error" not in err

    def test_report_to_a_full_disk_names_it(self, tmp_path, capsys):
        """`textclean report -o /dev/full`: one line naming the report, not a bare errno."""
        if not Path("/dev/full").exists():
            pytest.skip("no /dev/full here")
        src = tmp_path / "in.jsonl"
        src.write_text('{"text": "caf\\u00c3\\u00a9  x"}\n', "utf-8")
        err = error_of(capsys, ["report", str(src), "-o", "/dev/full"])
        assert "textclean: error: /dev/full: cannot be written (No space left on device)" in err


class TestBadRecords:
    def test_bad_bytes_advised_once(self, tmp_path, capsys):
        """A JSONL line that is not UTF-8: its place and byte, and one piece of advice each."""
        src = tmp_path / "in.jsonl"
        src.write_bytes(b'{"text": "ok"}\n{"text": "caf\xe9"}\n')
        assert main(["clean", str(src)]) == cli.EXIT_ERROR
        err = capsys.readouterr().err.strip().splitlines()[-1]
        assert f"{src}:2: not UTF-8 (byte 0xe9 at column 14; pass --encoding, or convert" in err
        assert err.count("fix") == 1

    def test_learn_says_what_it_skipped(self, tmp_path, capsys):
        """`boilerplate learn` over bad records: learns from the rest, names the first, exit 1."""
        src, out = tmp_path / "in.jsonl", tmp_path / "lines.txt"
        good = [json.dumps({"text": f"Story {i}.\nShare this article"}) for i in range(5)]
        src.write_text("\n".join([*good, "[1, 2]", '{"body": "x"}']) + "\n", "utf-8")
        status = main(["boilerplate", "learn", str(src), "-o", str(out), "--min-docs", "5"])
        assert status == cli.EXIT_REJECTS
        err = capsys.readouterr().err
        assert f"skipped 2 records with no text to learn from, the first {src}:6: not a JSON" in err
        assert "Share this article" in out.read_text("utf-8")


class TestParquetSchema:
    @pytest.mark.parametrize(
        ("values", "kind"), [([1, 2], "int64"), ([["a"], ["b"]], "list<element: string>")]
    )
    def test_column_not_text_is_a_file_error(self, tmp_path, capsys, values, kind):
        """A column of another type: one line naming the file and the type, not one per row."""
        pa = pytest.importorskip("pyarrow")
        pq = pytest.importorskip("pyarrow.parquet")
        src, out = tmp_path / "in.parquet", tmp_path / "out.parquet"
        pq.write_table(pa.table({"id": [1, 2], "text": values}), src)
        status = main(["clean", str(src), "-o", str(out), "--on-error", "skip"])
        assert status == cli.EXIT_REJECTS
        err = capsys.readouterr().err
        assert f"skipped {src}: column 'text' holds {kind} values, not text" in err
        assert "row" not in err
        assert "files skipped 1" in err
        assert not out.exists()

    def test_dictionary_of_strings_is_text(self, tmp_path):
        """A dictionary-encoded string column is text: cleaned, written as strings."""
        pa = pytest.importorskip("pyarrow")
        pq = pytest.importorskip("pyarrow.parquet")
        src, out = tmp_path / "in.parquet", tmp_path / "out.parquet"
        pq.write_table(pa.table({"text": pa.array(["a  b", "c"]).dictionary_encode()}), src)
        assert main(["clean", "-q", str(src), "-o", str(out)]) == 0
        assert pq.read_table(out).column("text").to_pylist() == ["a b", "c"]


def test_api_config_of_wrong_type():
    """clean(text, 5): a TypeError saying what a config may be, not an AttributeError."""
    with pytest.raises(TypeError, match="config must be a CleanConfig, a profile name or None"):
        clean("x", 5)  # type: ignore[arg-type]


class TestEncoding:
    def test_jsonl_in_cp1252_read_with_encoding(self, tmp_path, capsys):
        """--encoding cp1252: JSONL lines in cp1252, across workers, come out as UTF-8 in order."""
        src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
        lines = [f'{{"id": {i}, "text": "Caf\xe9  cr\xe8me {i}"}}\n' for i in range(150)]
        src.write_bytes("".join(lines).encode("cp1252"))
        assert main(["clean", str(src), "-o", str(out), "--encoding", "cp1252", "--jobs", "2"]) == 0
        got = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
        assert [record["text"] for record in got] == [f"Café crème {i}" for i in range(150)]
        assert main(["clean", str(src), "-o", str(out)]) == cli.EXIT_ERROR
        err = capsys.readouterr().err.strip().splitlines()[-1]
        assert f"{src}:1: not UTF-8 (byte 0xe9 at column 23; pass --encoding" in err

    def test_text_file_read_with_encoding_not_detected(self, tmp_path):
        """--encoding latin-1 reads a text file as told, even bytes detection would refuse."""
        src, out = tmp_path / "in.txt", tmp_path / "out.txt"
        src.write_bytes(b"caf\xe9 \xff\xfe\x00 end")  # NUL: no text encoding fits by detection
        assert main(["clean", "-q", str(src), "-o", str(out)]) == cli.EXIT_ERROR
        assert main(["clean", "-q", str(src), "-o", str(out), "--encoding", "latin-1"]) == 0
        assert out.read_text("utf-8") == "café ÿþ end\n"

    def test_wrong_encoding_names_the_byte(self, tmp_path, capsys):
        """A text file that is not in the --encoding given: its name, the byte, and what to check."""
        src = tmp_path / "in.txt"
        src.write_bytes(b"ok \x81\xff")
        err = error_of(capsys, ["clean", str(src), "--encoding", "utf-8"])
        assert f"{src}: not utf-8 (byte 0x81 at byte 3); check --encoding" in err

    def test_csv_in_cp1252(self, tmp_path):
        """A CSV file in cp1252 is read with --encoding and written as UTF-8."""
        src, out = tmp_path / "in.csv", tmp_path / "out.csv"
        src.write_bytes("id,text\n1,caf\xe9  cr\xe8me\n".encode("cp1252"))
        assert main(["clean", "-q", str(src), "-o", str(out), "--encoding", "cp1252"]) == 0
        assert out.read_text("utf-8") == "id,text\n1,café crème\n"

    @pytest.mark.parametrize(("name", "why"), [("nope", "unknown encoding"), ("utf-16", "ASCII")])
    def test_unusable_encoding_refused(self, tmp_path, capsys, name, why):
        """An unknown codec, or one whose lines cannot be split on newline bytes: a usage error."""
        with pytest.raises(SystemExit) as exit_info:
            main(["clean", str(tmp_path / "in.txt"), "--encoding", name])
        assert exit_info.value.code == cli.EXIT_ERROR
        assert why in capsys.readouterr().err


def test_dask_address_without_port_is_named(tmp_path, capsys):
    """--dask with no port: one line naming --dask and the form it wants, not an internal error."""
    pytest.importorskip("distributed")
    err = error_of(capsys, ["clean", a_text_file(tmp_path), "--dask", "scheduler"])
    assert "textclean: error: --dask: cannot reach a scheduler at 'scheduler'" in err
    assert "tcp://HOST:PORT" in err


class TestEndlessInputs:
    def test_jsonl_line_over_the_cap_is_named(self, tmp_path, capsys, monkeypatch):
        """A JSONL line longer than the cap: refused by file and line before it fills memory."""
        monkeypatch.setattr(tio, "MAX_LINE_BYTES", 100)
        monkeypatch.setattr(cli, "CHUNK_CHARS", 100)  # streamed by lines, not read whole
        src = tmp_path / "in.jsonl"
        src.write_text('{"text": "a"}\n{"text": "' + "x" * 300 + '"}\n', "utf-8")
        err = error_of(capsys, ["clean", str(src), "--jobs", "1"])
        assert f"{src}:2: a line longer than 0 MB: not JSONL (no line breaks)" in err

    @pytest.mark.parametrize("fmt", ["txt", "jsonl"])
    def test_endless_device_is_refused(self, capsys, monkeypatch, fmt):
        """/dev/zero as text or JSONL: refused after a bounded read, not read until memory runs out."""
        if not Path("/dev/zero").exists():
            pytest.skip("no /dev/zero here")
        monkeypatch.setattr(cli, "STDIN_TEXT_LIMIT", 1000)
        monkeypatch.setattr(tio, "MAX_LINE_BYTES", 1000)
        err = error_of(capsys, ["clean", "/dev/zero", "--format", fmt, "-o", "/dev/null"])
        reason = "more than 0 MB of text" if fmt == "txt" else "a line longer than 0 MB"
        assert f"/dev/zero{':1' if fmt == 'jsonl' else ''}: {reason}" in err


class TestBrokenLinkInFolder:
    """Round 8: a folder's broken symbolic link was left out without a word."""

    @pytest.fixture
    def folder(self, tmp_path):
        src = tmp_path / "in"
        (src / "sub").mkdir(parents=True)
        (src / "a.txt").write_text("one  two", "utf-8")
        (src / "sub" / "b.txt").write_text("three  four", "utf-8")
        (src / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
        return src

    def test_stops_naming_it(self, folder, tmp_path, capsys):
        """Stop: exit 2, the link named, what was written before it counted."""
        argv = ["clean", str(folder), "-o", str(tmp_path / "out"), "--jobs", "1"]
        assert main(argv) == cli.EXIT_ERROR
        err = capsys.readouterr().err
        assert f"textclean: error: {folder / 'gone.txt'}: No such file or directory" in err

    def test_skipped_and_counted(self, folder, tmp_path, capsys):
        """Skip: exit 1, every readable file written, the link said skipped and counted."""
        out = tmp_path / "out"
        argv = ["clean", str(folder), "-o", str(out), "--jobs", "1", "--on-error", "skip"]
        assert main(argv) == cli.EXIT_REJECTS
        assert (out / "a.txt").read_text("utf-8") == "one two\n"
        assert (out / "sub" / "b.txt").read_text("utf-8") == "three four\n"
        err = capsys.readouterr().err
        assert f"textclean: skipped {folder / 'gone.txt'}: No such file or directory" in err
        assert "files skipped 1" in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
class TestSpecialFileInFolder:
    """Round 9: a named pipe or socket among a folder's files was left out without a word."""

    @pytest.fixture
    def folder(self, tmp_path):
        src = tmp_path / "in"
        src.mkdir()
        (src / "a.txt").write_text("one  two", "utf-8")
        os.mkfifo(src / "pipe.txt")  # opened, it would wait for a writer for ever
        with socket.socket(socket.AF_UNIX) as sock:
            sock.bind(str(src / "sock.txt"))
        return src

    def test_stops_naming_it(self, folder, tmp_path, capsys):
        """Stop: exit 2, the pipe named and called what it is, never opened."""
        argv = ["clean", str(folder), "-o", str(tmp_path / "out"), "--jobs", "1"]
        assert main(argv) == cli.EXIT_ERROR
        err = capsys.readouterr().err
        assert f"textclean: error: {folder / 'pipe.txt'}: not a regular file (a named pipe)" in err

    def test_skipped_and_counted(self, folder, tmp_path, capsys):
        """Skip: exit 1, the readable file written, the pipe and the socket listed and counted."""
        out = tmp_path / "out"
        argv = ["clean", str(folder), "-o", str(out), "--jobs", "1", "--on-error", "skip"]
        assert main(argv) == cli.EXIT_REJECTS
        assert (out / "a.txt").read_text("utf-8") == "one two\n"
        err = capsys.readouterr().err
        assert f"textclean: skipped {folder / 'sock.txt'}: not a regular file (a socket)" in err
        assert "files skipped 2" in err

    def test_learning_stops_naming_it(self, folder, tmp_path, capsys):
        """``boilerplate learn FOLDER`` names the pipe too, rather than wait on it."""
        argv = ["boilerplate", "learn", str(folder), "-o", str(tmp_path / "learned.txt")]
        err = error_of(capsys, argv)
        assert f"{folder / 'pipe.txt'}: not a regular file (a named pipe)" in err

    def test_named_alone_is_read_as_a_stream(self, tmp_path, capsys):
        """A pipe named on its own (``<(cmd)``) is still read, as stdin is."""
        pipe = tmp_path / "alone.txt"
        os.mkfifo(pipe)
        writer = threading.Thread(target=pipe.write_bytes, args=(b"one  two",))
        writer.start()
        try:
            assert main(["clean", str(pipe), "--jobs", "1"]) == cli.EXIT_OK
        finally:
            writer.join()
        assert capsys.readouterr().out == "one two\n"


class _Terminal(stdio.TextIOWrapper):
    """Standard input at a terminal, where a user types the text and ends it with Ctrl-D."""

    def isatty(self) -> bool:
        return True


def test_stdin_at_a_terminal_says_what_it_waits_for(monkeypatch, capsys):
    """Round 9: run at a terminal without an input, the command waited without a word."""
    monkeypatch.setattr(sys, "stdin", _Terminal(stdio.BytesIO(b"one  two\n")))
    assert main(["clean", "--jobs", "1"]) == cli.EXIT_OK
    captured = capsys.readouterr()
    assert captured.out == "one two\n"
    assert tio.STDIN_TERMINAL_NOTE in captured.err


def test_endless_config_file_is_refused(tmp_path, capsys, monkeypatch):
    """Round 9: ``--config /dev/zero`` was read until memory ran out (an internal MemoryError)."""
    monkeypatch.setattr(cli, "CONFIG_LIMIT", 100)
    config = tmp_path / "huge.toml"
    config.write_text("# a comment\n" * 20, "utf-8")
    err = error_of(capsys, ["clean", a_text_file(tmp_path), "--config", str(config)])
    assert f"{config}: more than 0 MB: not a config file" in err
