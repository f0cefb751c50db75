"""Damaged data files shipped with textclean: one clear error naming the file, never wrong answers."""

import importlib
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from textclean import cli, lexicon, runner, tables
from textclean._filters import codepage_tables
from textclean.cli import main
from textclean.errors import DataFileError

signals = importlib.import_module("textclean._filters.boilerplate.signals")


def damaged(tmp_path: Path, source: object, how: str) -> Path:
    """A copy of the shipped file ``source``: cut in half, or its head overwritten with junk."""
    data = Path(str(source)).read_bytes()
    path = tmp_path / Path(str(source)).name
    if how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    else:
        path.write_bytes(b"\x93junk\x00\xff" * 64 + data[512:])
    return path


DAMAGES = ["truncated", "junk"]


@pytest.fixture
def fresh_caches():
    """The loaders read their file again in the test, and the real one again after it."""
    loaders = (tables._shipped, codepage_tables._shipped, lexicon._index, signals.stoplists)
    for loader in loaders:
        loader.cache_clear()
    yield
    for loader in loaders:
        loader.cache_clear()


def assert_names(error: pytest.ExceptionInfo[DataFileError], path: Path) -> None:
    message = str(error.value)
    assert message.startswith(f"{path}: textclean's installed data file is damaged (")
    assert "reinstall textclean" in message


@pytest.mark.usefixtures("fresh_caches")
class TestLoaders:
    def test_first_use_table_entry(self, tmp_path, monkeypatch):
        """One table's compressed bytes damaged: the error names the file when it is asked for."""
        path = tmp_path / "first_use_tables.pickle"
        path.write_bytes(pickle.dumps({"key": b"not zlib"}, protocol=4))
        monkeypatch.setattr(tables, "PATH", path)
        assert tables.shipped("other key") is None
        with pytest.raises(DataFileError) as error:
            tables.shipped("key")
        assert_names(error, path)

    @pytest.mark.parametrize("how", DAMAGES)
    @pytest.mark.parametrize(
        "shipped",
        [
            (tables, "PATH", lambda: tables.shipped("anything")),
            (codepage_tables, "PATH", lambda: codepage_tables.shipped("anything")),
            (lexicon, "INDEX_PATH", lambda: lexicon.listing("the")),
        ],
        ids=["first-use-tables", "codepage-tables", "lexicon-index"],
    )
    def test_whole_file(self, tmp_path, monkeypatch, how, shipped):
        """
        A file read whole, damaged: the error names it.

        No silent rebuild of the first-use tables; a bad gzip (an OSError) is
        not taken for the output's; an index cut short would have answered
        "unlisted" for the words it lost.
        """
        module, name, ask = shipped
        path = damaged(tmp_path, getattr(module, name), how)
        monkeypatch.setattr(module, name, path)
        with pytest.raises(DataFileError) as error:
            ask()
        assert_names(error, path)

    @pytest.mark.parametrize("how", DAMAGES)
    def test_language_table(self, tmp_path, monkeypatch, how):
        """A language's word list, damaged: loading it or reading its head names it."""
        path = damaged(tmp_path, lexicon._data_file("ru"), how)
        monkeypatch.setattr(lexicon, "_data_file", lambda _lang: path)
        monkeypatch.setattr(lexicon, "_LOADED", set())
        with pytest.raises(DataFileError) as error:
            lexicon._table.__wrapped__("ru")
        assert_names(error, path)
        if how == "junk":  # a truncated file's head still reads
            with pytest.raises(DataFileError) as error:
                lexicon.most_frequent.__wrapped__("ru", 10)
            assert_names(error, path)

    def test_stoplists(self, tmp_path, monkeypatch):
        """jusText's stoplists, not UTF-8: the error names the file."""
        source = signals.importlib.resources.files("textclean") / "data" / "stoplists.tsv"
        path = damaged(tmp_path, source, "junk")
        folder = tmp_path / "package"
        (folder / "data").mkdir(parents=True)
        shutil.copy(path, folder / "data" / "stoplists.tsv")
        monkeypatch.setattr(signals.importlib.resources, "files", lambda _name: folder)
        with pytest.raises(DataFileError) as error:
            signals.stoplists()
        assert_names(error, folder / "data" / "stoplists.tsv")


@pytest.mark.usefixtures("fresh_caches")
def test_cli_names_the_damaged_file_not_the_output(tmp_path, monkeypatch, capsys):
    """A damaged gzip table is no "<stdout> cannot be written": exit 2, the data file named."""
    path = damaged(tmp_path, codepage_tables.PATH, "junk")
    monkeypatch.setattr(codepage_tables, "PATH", path)
    # The filters keep what they took from the file for the process: the cleaning
    # asks the file itself here, as the first document of a new process does.
    cleaner_for = runner._cleaner_for

    def reading_the_tables(config):
        codepage_tables.shipped("anything")
        return cleaner_for(config)

    monkeypatch.setattr(runner, "_cleaner_for", reading_the_tables)
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "Ñîâåò ìèíèñòðîâ ñîáðàëñÿ âî âòîðíèê."}\n', "utf-8")
    assert main(["clean", str(src), "--jobs", "1", "-o", str(tmp_path / "out.jsonl")]) == (
        cli.EXIT_ERROR
    )
    err = capsys.readouterr().err
    assert f"{path}: textclean's installed data file is damaged" in err
    assert "cannot be written" not in err
    assert not (tmp_path / "out.jsonl").exists()


def test_damaged_stoplists_fail_at_use_not_at_import(tmp_path):
    """
    `import textclean` reads no stoplist: a damaged file is the CLI's named error, exit 2.

    Before, the cue keys were chosen with the stoplists while the module was
    imported, so the CLI could not catch the error: a traceback, exit 1.
    """
    package = Path(cli.__file__).parent
    copy = tmp_path / "textclean"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "data" / "stoplists.tsv").write_bytes(b"\x93junk\x00\xff" * 64)
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    imported = subprocess.run(
        [sys.executable, "-c", "import textclean, textclean.cli"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert imported.returncode == 0, imported.stderr
    page = (
        "Menu\nHome\nNews\nSport\nThe council met on Tuesday to discuss the budget for the next"
        " year. It was a long meeting, and nobody agreed on anything at all.\n"
        "Share on Facebook\nTweet\nEmail\nRelated\n"
    )
    cleaned = subprocess.run(
        [sys.executable, "-m", "textclean.cli", "clean"],
        input=page,
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert cleaned.returncode == cli.EXIT_ERROR
    assert f"{copy / 'data' / 'stoplists.tsv'}: textclean's installed data file is damaged" in (
        cleaned.stderr
    )
    assert "Traceback" not in cleaned.stderr
