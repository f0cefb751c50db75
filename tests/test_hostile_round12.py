"""
Hostile tries of round 12: each fault found, before its fix, lost data without a word or named the wrong file.

- a categorical pandas (or Dask) column came back all NaN wherever cleaning changed a value;
- a folder the walk could not list, and a folder reached through a symbolic link, were
  left out of `textclean clean DIR` without a word (``Path.rglob`` skips both);
- a full disk under ``--report`` or ``--rejects`` was blamed on the output;
- ``nohup`` is still obeyed now that SIGHUP stops a run (tests/test_cli_processes.py).
"""

import errno
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from textclean import Cleaner, cli
from textclean import io as tio
from textclean.cli import main

MOJIBAKE = "wÃ¶rld"


class TestCategoricalSeries:
    def test_changed_values_are_kept(self):
        """Each value is cleaned, none turned into NaN; missing values stay missing."""
        column = pd.Series([MOJIBAKE, MOJIBAKE, None, "y"], dtype="category", index=[5, 6, 7, 8])
        cleaned = Cleaner().clean_series(column)
        assert cleaned.tolist()[:2] == ["wörld", "wörld"]
        assert pd.isna(cleaned[7])
        assert cleaned[8] == "y"
        assert cleaned.dtype == "category"
        assert list(cleaned.index) == [5, 6, 7, 8]

    def test_ordered_categories_keep_their_order(self):
        """Categories that stay distinct keep their order."""
        dtype = pd.CategoricalDtype([MOJIBAKE, "a"], ordered=True)
        cleaned = Cleaner().clean_series(pd.Series(["a", MOJIBAKE], dtype=dtype))
        assert list(cleaned.cat.categories) == ["wörld", "a"]
        assert cleaned.cat.ordered

    def test_dask_column(self):
        """Through Dask too: the values, and categories called unknown until computed."""
        dd = pytest.importorskip("dask.dataframe")
        from textclean.dask import clean_dataframe

        frame = pd.DataFrame({"c": pd.Series([MOJIBAKE, "y", "y"], dtype="category")})
        cleaned = clean_dataframe(dd.from_pandas(frame, npartitions=2), "c")
        assert not cleaned["c"].cat.known
        assert cleaned.compute(scheduler="sync")["c"].tolist() == ["wörld", "y", "y"]


@pytest.fixture
def folder(tmp_path) -> Path:
    """A folder with a file, a subfolder holding one, and a link to a folder outside it."""
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text("a", "utf-8")
    (root / "sub" / "b.txt").write_text("b", "utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "c.txt").write_text("c", "utf-8")
    (root / "linked").symlink_to(elsewhere)
    return root


def unlistable(monkeypatch, folder: Path) -> None:
    """Make listing ``folder`` fail as a folder without read permission does (even for root)."""
    scandir = os.scandir

    def refusing(path="."):
        if Path(path) == folder:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)


class TestFolderWalk:
    def test_link_to_a_folder_is_followed(self, folder, tmp_path, capsys):
        """A linked folder's files are cleaned under the link's name, and counted."""
        out = tmp_path / "out"
        assert main(["clean", str(folder), "-o", str(out)]) == cli.EXIT_OK
        assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.txt")) == [
            "a.txt",
            "linked/c.txt",
            "sub/b.txt",
        ]
        assert "read 3, written 3" in capsys.readouterr().err

    def test_link_back_up_the_tree_is_walked_once(self, folder):
        """A link to the folder itself neither loops nor finds a file twice."""
        (folder / "sub" / "up").symlink_to(folder)
        found = sorted(p.relative_to(folder).as_posix() for p in tio.files_under(folder, ["*.txt"]))
        assert found == ["a.txt", "linked/c.txt", "sub/b.txt"]

    def test_unlisted_folder_stops_the_run_naming_it(self, folder, tmp_path, monkeypatch, capsys):
        """A folder that cannot be listed: exit 2, named, and why."""
        unlistable(monkeypatch, folder / "sub")
        status = main(["clean", str(folder), "-o", str(tmp_path / "out")])
        err = capsys.readouterr().err
        assert status == cli.EXIT_ERROR
        assert f"{folder / 'sub'}: a folder that cannot be listed (Permission denied" in err

    def test_unlisted_folder_skipped_and_counted(self, folder, tmp_path, monkeypatch, capsys):
        """With --on-error skip: the rest written, the folder listed in --rejects and counted."""
        unlistable(monkeypatch, folder / "sub")
        rejects = tmp_path / "rejects.jsonl"
        argv = ["clean", str(folder), "-o", str(tmp_path / "out"), "--on-error", "skip"]
        assert main([*argv, "--rejects", str(rejects)]) == cli.EXIT_REJECTS
        assert "files skipped 1" in capsys.readouterr().err
        (entry,) = [json.loads(line) for line in rejects.read_text("utf-8").splitlines()]
        assert entry["where"] == str(folder / "sub")
        assert entry["file"] is True

    def test_learn_and_report_name_it_too(self, folder, tmp_path, monkeypatch, capsys):
        """`boilerplate learn` and `report` over the folder stop naming it, not learn from less."""
        unlistable(monkeypatch, folder / "sub")
        learn = ["boilerplate", "learn", str(folder), "-o", str(tmp_path / "b.tsv")]
        assert main(learn) == cli.EXIT_ERROR
        report = ["report", str(folder), "-o", str(tmp_path / "r.html")]
        assert main(report) == cli.EXIT_ERROR
        err = capsys.readouterr().err
        assert err.count(f"{folder / 'sub'}: a folder that cannot be listed") == 2


class TestSideOutputFails:
    @pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
    @pytest.mark.parametrize("side", ["--report", "--rejects"])
    def test_full_disk_names_the_side_output(self, tmp_path, capsys, side):
        """The report or rejects file that could not be written is named, not the output."""
        records = b"".join(b'{"text": "doc %d"}\n{"text": 5}\n' % i for i in range(2000))
        source = tmp_path / "in.jsonl"
        source.write_bytes(records)
        out = tmp_path / "out.jsonl"
        argv = ["clean", str(source), "-o", str(out), side, "/dev/full", "--on-error", "skip"]
        assert main(argv) == cli.EXIT_ERROR
        last = capsys.readouterr().err.strip().splitlines()[-1]
        assert last.startswith("textclean: error: /dev/full: cannot be written (No space")
        assert not out.exists()


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="POSIX signals")
def test_nohup_keeps_sighup_ignored():
    """Started under nohup (SIGHUP ignored), a run is not stopped when its terminal closes."""
    previous = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        replaced = cli._stop_on_signals()
        assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
        assert signal.SIGHUP not in replaced
        for signum, handler in replaced.items():
            signal.signal(signum, handler)
    finally:
        signal.signal(signal.SIGHUP, previous)


class TestParquet:
    @pytest.fixture
    def pq(self):
        return pytest.importorskip("pyarrow.parquet")

    @pytest.mark.parametrize("kind", ["large_string", "string_view"])
    def test_string_types_are_text_and_kept(self, tmp_path, pq, kind):
        """A large or view string column is cleaned and keeps its type (was narrowed, or refused)."""
        import pyarrow as pa

        source, out = tmp_path / "in.parquet", tmp_path / "out.parquet"
        text_type = getattr(pa, kind)()
        pq.write_table(pa.table({"id": [1], "text": pa.array([MOJIBAKE], text_type)}), source)
        assert main(["clean", str(source), "-o", str(out)]) == cli.EXIT_OK
        table = pq.read_table(out)
        assert table.schema.field("text").type == text_type
        assert table.column("text").to_pylist() == ["wörld"]

    def test_rejected_row_keeps_its_values(self, tmp_path, pq):
        """A row set aside with --on-error skip is kept whole in --rejects, not only its number."""
        import pyarrow as pa

        source, out, rejects = (tmp_path / name for name in ("in.parquet", "o.parquet", "r.jsonl"))
        pq.write_table(pa.table({"id": [1, 2], "text": ["a", None]}), source)
        argv = ["clean", str(source), "-o", str(out), "--on-error", "skip"]
        assert main([*argv, "--rejects", str(rejects)]) == cli.EXIT_REJECTS
        (entry,) = [json.loads(line) for line in rejects.read_text("utf-8").splitlines()]
        assert entry["where"].endswith(":row 2")
        assert json.loads(entry["raw"]) == {"id": 2, "text": None}


class TestLibraryInputs:
    def test_series_error_names_the_index(self):
        """A value that is not text, among thousands: the error says at which index."""
        column = pd.Series(["a", None, float("nan"), 5], index=["w", "x", "y", "z"])
        with pytest.raises(TypeError, match=r"^at index 'z': textclean cleans str, got int"):
            Cleaner().clean_series(column)

    def test_sklearn_refuses_one_string(self):
        """One str is not cleaned letter by letter into a list of letters."""
        sklearn = pytest.importorskip("textclean.integrations.sklearn")
        with pytest.raises(TypeError, match="list of texts, not one str"):
            sklearn.TextcleanTransformer().fit_transform(MOJIBAKE)

    def test_datatrove_names_the_document(self):
        """A document without text: its id and what it holds, not a bare len() error."""
        datatrove = pytest.importorskip("textclean.integrations.datatrove")
        from datatrove.data import Document

        with pytest.raises(TypeError, match="document 'd7': its text is NoneType"):
            list(datatrove.TextcleanFormatter().run([Document(text=None, id="d7")]))


class TestLearnedFile:
    @pytest.fixture
    def corpus(self, tmp_path) -> Path:
        folder = tmp_path / "corpus"
        folder.mkdir()
        for index in range(3):
            (folder / f"{index}.txt").write_text(f"Story {index}.\nShare this story", "utf-8")
        return folder

    def test_dash_is_stdout(self, corpus, tmp_path, monkeypatch, capsysbinary):
        """`-o -` writes to stdout, as in `clean`, not to a file named "-"."""
        monkeypatch.chdir(tmp_path)
        assert main(["boilerplate", "learn", str(corpus), "-o", "-", "--min-docs", "2"]) == 0
        assert b"3\tShare this story" in capsysbinary.readouterr().out
        assert not (tmp_path / "-").exists()

    @pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
    def test_full_disk_is_named(self, corpus, capsys):
        """A full disk: exit 2 naming the file (was a bare "[Errno 28]"), and no part left."""
        argv = ["boilerplate", "learn", str(corpus), "-o", "/dev/full", "--min-docs", "2"]
        assert main(argv) == cli.EXIT_ERROR
        assert "error: /dev/full: cannot be written (No space" in capsys.readouterr().err


def test_name_with_a_line_break_stays_on_one_line(tmp_path, capsys):
    """A file named with a line break and an escape: each message one line, the name escaped."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad\nname\x1b[31m.jsonl").write_text('{"text": 5}\n', "utf-8")
    assert main(["clean", str(folder), "-o", str(tmp_path / "out")]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 2
    assert "bad\\nname\\x1b[31m.jsonl:1: field 'text' is a number" in err


class TestCtrlCWhileStarting:
    """The known leftover: a Ctrl-C while the command imported its filters printed a traceback."""

    def test_the_command_is_the_guarded_entry_point(self):
        """The installed ``textclean`` command starts in `textclean._console`."""
        pyproject = Path(__file__).parent.parent / "pyproject.toml"
        assert 'textclean = "textclean._console:main"' in pyproject.read_text("utf-8")

    def test_importing_the_package_imports_no_filter(self):
        """``import textclean`` (which runs before the entry point) leaves the filters for later."""
        code = "import sys, textclean; print(sorted(m for m in sys.modules if 'filters' in m))"
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert result.stdout.strip() == "[]"

    def test_interrupted_import_is_one_line(self, monkeypatch, capsys):
        """Ctrl-C while `textclean.cli` is imported: exit 130 and one line, not a traceback."""
        from textclean import _console

        class Interrupting:
            def find_spec(self, name, *_):
                if name == "textclean.cli":
                    raise KeyboardInterrupt

        monkeypatch.delitem(sys.modules, "textclean.cli")
        monkeypatch.setattr(sys, "meta_path", [Interrupting(), *sys.meta_path])
        assert _console.main() == cli.EXIT_INTERRUPTED
        assert capsys.readouterr().err == (
            "textclean: interrupted while starting; nothing was read or written\n"
        )

    def test_public_names_are_there(self):
        """Every name of ``__all__`` is found, and listed by dir()."""
        import textclean

        for name in textclean.__all__:
            assert getattr(textclean, name) is not None
            assert name in dir(textclean)


class TestEndlessDocuments:
    """`clean` bounded what it reads from a device; explain, learn and report read until killed."""

    @pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
    @pytest.mark.parametrize(
        "argv",
        [["explain", "/dev/zero"], ["boilerplate", "learn", "/dev/zero"], ["report", "/dev/zero"]],
        ids=["explain", "learn", "report"],
    )
    def test_device_read_whole_is_refused(self, tmp_path, monkeypatch, capsys, argv):
        """/dev/zero as one document: refused after a bounded read, by name."""
        monkeypatch.setattr(tio, "STREAM_TEXT_LIMIT", 1000)
        out = [] if argv[0] == "explain" else ["-o", str(tmp_path / "out")]
        assert main([*argv, *out]) == cli.EXIT_ERROR
        assert "/dev/zero: more than 0 MB of text from a pipe or device" in capsys.readouterr().err

    def test_explained_record_line_is_bounded(self, tmp_path, monkeypatch, capsys):
        """A JSONL line over the cap is refused by file and line, as `clean` refuses it."""
        monkeypatch.setattr(tio, "MAX_LINE_BYTES", 1000)
        source = tmp_path / "in.jsonl"
        source.write_text('{"text": "' + "x" * 5000 + '"}\n', "utf-8")
        assert main(["explain", str(source), "--record", "1"]) == cli.EXIT_ERROR
        assert f"{source}:1: a line longer than" in capsys.readouterr().err

    @pytest.mark.parametrize(("name", "kind"), [("a.parquet", "Parquet"), ("a.csv", "CSV")])
    def test_explain_says_what_it_reads(self, tmp_path, capsys, name, kind):
        """A Parquet or CSV file: what explain reads, not "not UTF-8" or "invalid JSON"."""
        source = tmp_path / name
        source.write_bytes(b"PAR1\x00\xde" if kind == "Parquet" else b"id,text\n1,x\n")
        assert main(["explain", str(source), "--record", "1"]) == cli.EXIT_ERROR
        assert f"explain reads a text or JSONL file, not {kind}" in capsys.readouterr().err


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_wide_jsonl_says_to_convert_it(tmp_path, capsys, encoding):
    """JSONL in UTF-16 (PowerShell's): to convert it, not "pass --encoding" (which refuses it)."""
    source = tmp_path / "in.jsonl"
    source.write_bytes('{"text": "Grüße aus München"}\n'.encode(encoding))
    assert main(["clean", str(source), "-o", str(tmp_path / "out.jsonl")]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert f"{source}:1: UTF-16 or UTF-32 text" in err
    assert "iconv -f UTF-16 -t UTF-8" in err


def test_a_stray_nul_is_no_wide_text():
    """One NUL byte in a UTF-8 line is invalid JSON, not taken for UTF-16."""
    record = tio.parse_jsonl_line(b'{"text": "a \x00 b"}', "x:1", ("text",), first=True)
    assert record is not None
    assert record.error is not None
    assert record.error.startswith("invalid JSON")


def test_output_folder_inside_the_input_folder_says_so(tmp_path, capsys):
    """A second run into a folder inside the input: why it clashes, not "use --in-place"."""
    (tmp_path / "a.txt").write_text("a", "utf-8")
    argv = ["clean", str(tmp_path), "-o", str(tmp_path / "out")]
    assert main(argv) == cli.EXIT_OK
    assert main(argv) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert "the output folder is inside an input folder" in err
    assert "--in-place" not in err
