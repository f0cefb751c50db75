"""Hostile tries of the CLI and the API (round 14): each fault found, one test each."""

import errno
import json
import os
import sys
from pathlib import Path

import pytest
from test_cli import run

from textclean import Cleaner, cli
from textclean.cli import main
from textclean.errors import OutputError

JSONL = b'{"id": 1, "text": "caf\\u00c3\\u00a9  au lait"}\n'


def error_of(capsys, argv) -> str:
    """Run the CLI, which must stop with exit status 2; its stderr."""
    assert main(argv) == cli.EXIT_ERROR
    return capsys.readouterr().err


class TestOutputNamedForAnotherFormat:
    @pytest.mark.parametrize(
        "case",
        [
            ("in.jsonl", JSONL, "out.parquet", "out.jsonl"),
            ("in.jsonl", JSONL, "out.csv.gz", "out.jsonl.gz"),
            ("in.txt", b"some text", "out.jsonl", "out.txt"),
        ],
    )
    def test_refused_before_anything_is_written(self, tmp_path, capsys, case):
        """JSONL written under a Parquet name (and the like) was silent: now exit 2, naming both."""
        source, content, target, suggested = case
        (tmp_path / source).write_bytes(content)
        out = tmp_path / target
        err = error_of(capsys, ["clean", "-q", str(tmp_path / source), "-o", str(out)])
        assert f"{out}: the name says" in err
        assert f"name it {suggested}" in err
        assert not out.exists()

    def test_stdin_sniffed_as_jsonl_into_a_parquet_name(self, tmp_path, capsys):
        """Stdin found to be JSONL, sent to ``-o x.parquet``: refused, nothing written."""
        out = tmp_path / "x.parquet"
        status, _ = run(["clean", "-q", "-o", str(out)], stdin=JSONL)
        assert status == cli.EXIT_ERROR
        assert "but stdin is JSONL" in capsys.readouterr().err
        assert not out.exists()

    @pytest.mark.parametrize("target", ["out.txt", "out", "out.json"])
    def test_names_that_fit_are_written(self, tmp_path, target):
        """The input's own extension (with --format), no extension, or .json for JSONL: written."""
        src = tmp_path / "in.txt"
        src.write_bytes(JSONL)
        out = tmp_path / target
        assert main(["clean", "-q", "--format", "jsonl", str(src), "-o", str(out)]) == 0
        assert json.loads(out.read_text("utf-8"))["text"] == "café au lait"


def test_closed_stderr_still_cleans(monkeypatch):
    """Started with ``2>&-``: the run was an internal error and its message went into stdout."""
    monkeypatch.setattr(sys, "stderr", None)
    try:
        status, out = run(["clean", "--format", "jsonl"], stdin=JSONL)
    finally:
        sys.stderr.close()  # the /dev/null main() put there
    assert status == 0
    assert json.loads(out)["text"] == "café au lait"


def test_in_place_with_output_is_refused(tmp_path, capsys):
    """``--in-place -o x``: -o was ignored without a word; now exit 2 and nothing touched."""
    src = tmp_path / "in.txt"
    src.write_text("a  b", "utf-8")
    err = error_of(capsys, ["clean", str(src), "--in-place", "-o", str(tmp_path / "x.txt")])
    assert "--in-place: overwrites the inputs, so -o" in err
    assert src.read_text("utf-8") == "a  b"
    assert not (tmp_path / "x.txt").exists()


class TestEnabledAndDisabled:
    def test_on_the_command_line(self, tmp_path, capsys):
        """``--enable X --disable X``: one of them was silently dropped."""
        src = tmp_path / "in.txt"
        src.write_text("x", "utf-8")
        argv = ["clean", str(src), "--enable", "mask_urls", "--disable", "mask_urls"]
        assert "--enable and --disable both name mask_urls" in error_of(capsys, argv)

    def test_in_a_config_file_names_the_file(self, tmp_path, capsys):
        """The same clash inside a config file: named by the file."""
        src, config = tmp_path / "in.txt", tmp_path / "c.toml"
        src.write_text("x", "utf-8")
        config.write_text('enable = ["mask_urls"]\ndisable = "mask_urls"\n', "utf-8")
        err = error_of(capsys, ["clean", str(src), "--config", str(config)])
        assert f"{config}: enable and disable both name mask_urls" in err

    def test_command_line_overrides_the_file(self, tmp_path):
        """The file enables, the command line disables: no clash, the command line wins."""
        src, config = tmp_path / "in.txt", tmp_path / "c.toml"
        src.write_text("see https://example.com", "utf-8")
        config.write_text('enable = "mask_urls"\n', "utf-8")
        out = tmp_path / "out.txt"
        argv = ["clean", "-q", str(src), "--config", str(config), "--disable", "mask_urls"]
        assert main([*argv, "-o", str(out)]) == 0
        assert "https://example.com" in out.read_text("utf-8")


@pytest.mark.parametrize(
    ("toml", "says"),
    [
        ('profile = "mll"\n', "unknown profile 'mll'"),
        ('fix_encoding = "yes"\n', "setting 'fix_encoding' must be true or false"),
        ("[tool]\ntextclean = 5\n", "[tool.textclean] is not a table of settings"),
    ],
)
def test_config_file_errors_name_the_file(tmp_path, capsys, toml, says):
    """A bad name or value in a config file: the message named no file (a type was internal)."""
    src, config = tmp_path / "in.txt", tmp_path / "c.toml"
    src.write_text("x", "utf-8")
    config.write_text(toml, "utf-8")
    err = error_of(capsys, ["clean", str(src), "--config", str(config)])
    assert f"textclean: error: {config}: {says}" in err


class TestCsvBytesNotInTheEncoding:
    def test_the_row_is_named_by_line_and_field(self, tmp_path, capsys):
        """One bad byte named the file alone and stopped it; now its line and field."""
        src = tmp_path / "in.csv"
        src.write_bytes(b"id,text\n1,good\n2,caf\xe9\n")
        err = error_of(capsys, ["clean", str(src), "-o", str(tmp_path / "out.csv")])
        assert f"{src}:3: not UTF-8 (byte 0xe9 in field 2; pass --encoding" in err

    def test_skip_keeps_every_other_row(self, tmp_path):
        """With --on-error skip only that row is set aside (the whole file was), its bytes kept."""
        src, out, rejects = tmp_path / "in.csv", tmp_path / "out.csv", tmp_path / "rej.jsonl"
        src.write_bytes(b"id,text\n1,good\n2,caf\xe9\n3,fine\n")
        argv = ["clean", "-q", str(src), "-o", str(out), "--on-error", "skip"]
        assert main([*argv, "--rejects", str(rejects)]) == cli.EXIT_REJECTS
        assert out.read_text("utf-8") == "id,text\n1,good\n3,fine\n"
        reject = json.loads(rejects.read_text("utf-8"))
        assert reject["where"] == f"{src}:3"
        assert reject["raw"].encode("utf-8", "surrogateescape") == b"2,caf\xe9"

    def test_a_bad_header_is_named(self, tmp_path, capsys):
        """A bad byte in the header: line 1 named (it was an internal error writing it)."""
        src = tmp_path / "in.tsv"
        src.write_bytes(b"id\tt\xe9xt\ttext\n1\ta\tb\n")
        err = error_of(capsys, ["clean", str(src), "-o", str(tmp_path / "out.tsv")])
        assert f"{src}:1: the header is not UTF-8 (byte 0xe9 in field 2" in err


class TestStdoutThatCannotBeWritten:
    @pytest.mark.parametrize("command", [["filters"], ["profiles"]])
    def test_full_names_stdout(self, monkeypatch, capsys, command):
        """``textclean filters > /dev/full`` said ``[Errno 28] ...``, naming no output."""
        if not Path("/dev/full").exists():
            pytest.skip("no /dev/full here")
        with Path("/dev/full").open("w", encoding="utf-8") as full:
            monkeypatch.setattr(sys, "stdout", full)
            err = error_of(capsys, command)
            monkeypatch.undo()
            with pytest.raises(OSError, match="No space"):
                full.close()  # (its buffer still holds what could not be written)
        assert "textclean: error: <stdout>: cannot be written (No space left on device)" in err

    def test_closed_names_stdout(self, tmp_path, monkeypatch, capsys):
        """``textclean explain FILE >&-`` was an internal error (AttributeError)."""
        src = tmp_path / "in.txt"
        src.write_text("a  b", "utf-8")
        monkeypatch.setattr(sys, "stdout", None)
        err = error_of(capsys, ["explain", str(src), "--no-pager"])
        assert "<stdout>: cannot be written (standard output is closed)" in err


class TestLibraryTakesManyTexts:
    @pytest.mark.parametrize("texts", ["abc", b"abc"])
    def test_one_text_is_refused(self, texts):
        """clean_many("abc") cleaned each character as a document (bytes: each as an int)."""
        with pytest.raises(TypeError, match="clean_many takes many texts"):
            list(Cleaner().clean_many(texts))

    def test_a_value_not_text_is_named_by_position(self):
        """Which of a stream of values was not text: its position."""
        cleaned = Cleaner().clean_many(["a", "b", None])
        assert next(cleaned) == "a"
        with pytest.raises(TypeError, match="at position 2: textclean cleans str, got NoneType"):
            list(cleaned)

    @pytest.mark.parametrize("value", [None, ["a"]])
    def test_clean_series_of_no_series(self, value):
        """clean_series(None) or of a list: an AttributeError ('map'); now a TypeError saying what."""
        with pytest.raises(TypeError, match="clean_series takes a pandas Series"):
            Cleaner().clean_series(value)


def test_file_size_limit_is_advised():
    """EFBIG (``ulimit -f``) advised only 'choose another output'; now the limit is named."""
    message = str(OutputError.of("out.jsonl", OSError(errno.EFBIG, os.strerror(errno.EFBIG))))
    assert "raise the file-size limit (ulimit -f)" in message


@pytest.mark.parametrize(
    "argv",
    [
        ["clean", "--field", ""],
        ["clean", "--field", "doc..body"],
        ["explain", "x.jsonl", "--record", "1", "--field", "a."],
        ["boilerplate", "learn", "x", "-o", "y", "--min-docs", "0"],
    ],
)
def test_empty_field_and_no_documents_are_usage_errors(capsys, argv):
    """``--field ''`` rejected each record as missing ''; ``--min-docs 0`` took every line."""
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert "has an empty name" in err or "1 or more: 0" in err


@pytest.mark.usefixtures("backend")
def test_integer_longer_than_python_converts_is_kept(tmp_path):
    """A 5,000-digit integer is valid JSON: it was rejected ("use sys.set_int_max_str_digits")."""
    digits = "9" * 5000
    src, out, report = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "report.jsonl"
    src.write_text(f'{{"id": {digits}, "text": "a  b", "n": -{digits}1, "m": 5}}\n', "utf-8")
    assert main(["clean", "-q", str(src), "-o", str(out), "--report", str(report)]) == 0
    assert out.read_text("utf-8") == src.read_text("utf-8").replace("a  b", "a b")
    entry = json.loads(report.read_text("utf-8").splitlines()[0])
    assert entry["id"] == digits  # (as its digits: JSON has no int Python would print)


def test_device_output_is_called_incomplete(tmp_path):
    """-o /dev/full or a FIFO failing was said to leave 'no partial file': its reader got a part."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for where in ("/dev/null", str(fifo)):
        message = str(OutputError.of(where, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))))
        assert "what was written before the failure is incomplete" in message
    assert "no partial file was left" in str(OutputError(str(tmp_path / "out.jsonl"), "full"))


class TestLearnReadsAsReportDoes:
    def test_parquet_by_records(self, tmp_path, capsys):
        """A Parquet file was read as one text document: "not UTF-8 ... convert it, e.g. iconv"."""
        pa = pytest.importorskip("pyarrow")
        pq = pytest.importorskip("pyarrow.parquet")
        texts = [f"Story {i}.\nShare this article" for i in range(5)]
        pq.write_table(pa.table({"text": [*texts, None]}), tmp_path / "in.parquet")
        out = tmp_path / "lines.tsv"
        argv = ["boilerplate", "learn", str(tmp_path), "-o", str(out), "--min-docs", "5"]
        assert main(argv) == cli.EXIT_REJECTS
        assert "5\tShare this article" in out.read_text("utf-8")
        err = capsys.readouterr().err
        assert "skipped 1 record with no text to learn from, the first" in err  # (counted once)

    def test_csv_named_is_refused(self, tmp_path, capsys):
        """A CSV file was learned from as one document of rows; now refused, naming it."""
        src = tmp_path / "in.csv"
        src.write_text("id,text\n1,Share this\n", "utf-8")
        err = error_of(capsys, ["boilerplate", "learn", str(src), "-o", str(tmp_path / "x.tsv")])
        assert f"{src}: CSV is read by `textclean clean` only" in err
        assert "--on-error" not in err  # (learn has none)


class TestNamesThatMeantSomethingElse:
    def test_a_file_named_dash_is_read_as_a_file(self, tmp_path, monkeypatch):
        """``clean ./-`` read stdin (``Path("./-") == Path("-")``), leaving the file unread."""
        monkeypatch.chdir(tmp_path)
        (tmp_path / "-").write_text("a  b", "utf-8")
        status, out = run(["clean", "-q", "./-"], stdin=b"from stdin")
        assert (status, out) == (0, b"a b\n")
        assert main(["clean", "-q", "./-", "-o", "./-.out"]) == 0
        assert (tmp_path / "-.out").read_text("utf-8") == "a b\n"

    @pytest.mark.parametrize("argv", [["clean", ""], ["clean", "x.txt", "-o", ""]])
    def test_an_empty_name_is_refused(self, tmp_path, monkeypatch, capsys, argv):
        """``-o "$UNSET"`` wrote into the current folder; ``clean ""`` read all of it."""
        monkeypatch.chdir(tmp_path)
        (tmp_path / "x.txt").write_text("a  b", "utf-8")
        with pytest.raises(SystemExit) as stopped:
            main(argv)
        assert stopped.value.code == cli.EXIT_ERROR
        assert "an empty name (an unset shell variable?)" in capsys.readouterr().err
        assert sorted(p.name for p in tmp_path.iterdir()) == ["x.txt"]
