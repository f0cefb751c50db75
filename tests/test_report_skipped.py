"""
``textclean report`` never leaves a record or file out without a word (issue 15).

Round 12's hostile run found a JSONL of 12 lines with 5 bad ones reported as
"7 of 7 documents": bad records, null Parquet rows and broken links were left
out silently. Now report takes clean's ``--on-error``: stop (the default) names
the first bad record or file and writes nothing; skip names each on stderr and
in the page, and exits 1, as clean does under the same setting.
"""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textclean import Cleaner, cli, report_html
from textclean.cli import main
from textclean.errors import InputError
from textclean.report_html import Skipped, corpus_files, read_documents

if TYPE_CHECKING:
    from pathlib import Path

GOOD = [json.dumps({"id": n, "text": f"Document number {n}."}) for n in range(7)]
BAD = [
    "not json",
    json.dumps({"body": "no text field"}),
    json.dumps({"text": None}),
    json.dumps([1, 2]),
    json.dumps({"text": 12}),
]
# Bad lines at 2, 4, 6, 8 and 10 of 12.
LINES = [line for pair in zip(GOOD, BAD, strict=False) for line in pair] + GOOD[len(BAD) :]


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    """The hostile run's file: 12 records, 5 of them bad."""
    path = tmp_path / "messy.jsonl"
    path.write_text("\n".join(LINES) + "\n", "utf-8")
    return path


def report(inputs: list[Path], out: Path, *more: str) -> int:
    return main(["report", *map(str, inputs), "-o", str(out), *more])


class TestBadRecords:
    def test_stop_names_the_first_bad_line_and_writes_nothing(self, messy, tmp_path, capsys):
        """By default, as clean: exit 2, the file:line and why, and no page."""
        out = tmp_path / "r.html"
        assert report([messy], out) == cli.EXIT_ERROR
        err = capsys.readouterr().err
        assert f"{messy}:2: invalid JSON" in err
        assert "--on-error skip" in err
        assert not out.exists()

    def test_skip_names_each_on_stderr_and_exits_1(self, messy, tmp_path, capsys):
        """--on-error skip: the page of the 7 good ones, and every bad line named with why."""
        out = tmp_path / "r.html"
        assert report([messy], out, "--on-error", "skip") == cli.EXIT_REJECTS
        err = capsys.readouterr().err
        for number in (2, 4, 6, 8, 10):
            assert f"skipped {messy}:{number}: " in err
        assert "missing field 'text'" in err
        assert "field 'text' is null, not text" in err
        assert "7 of 7 documents" in err
        assert "5 records skipped" in err

    def test_skip_lists_them_in_the_page(self, messy, tmp_path):
        """The page says how many were left out, and lists where and why."""
        out = tmp_path / "r.html"
        report([messy], out, "--on-error", "skip")
        page = out.read_text("utf-8")
        assert "5 records skipped" in page
        assert 'id="skipped"' in page
        for number in (2, 4, 6, 8, 10):
            assert f"{messy}:{number}</td>" in page
        assert "not a JSON object (it is a list)" in page

    def test_clean_page_has_no_skipped_section(self, tmp_path):
        """Nothing left out: nothing said."""
        path = tmp_path / "ok.jsonl"
        path.write_text("\n".join(GOOD) + "\n", "utf-8")
        out = tmp_path / "r.html"
        assert report([path], out, "--on-error", "skip") == cli.EXIT_OK
        assert 'id="skipped"' not in out.read_text("utf-8")

    @pytest.mark.parametrize("on_error", ["stop", "skip"])
    def test_same_status_as_clean(self, messy, tmp_path, on_error):
        """report's exit status is clean's for the same input and --on-error."""
        cleaned = main(
            ["clean", str(messy), "-o", str(tmp_path / "o.jsonl"), "--on-error", on_error]
        )
        assert report([messy], tmp_path / "r.html", "--on-error", on_error) == cleaned


class TestParquetNulls:
    @pytest.fixture
    def nulls(self, tmp_path: Path) -> Path:
        pa = pytest.importorskip("pyarrow")
        pq = pytest.importorskip("pyarrow.parquet")
        path = tmp_path / "d.parquet"
        pq.write_table(pa.table({"text": ["one", None, "two", None]}), path)
        return path

    def test_stop_names_the_row(self, nulls, tmp_path, capsys):
        assert report([nulls], tmp_path / "r.html") == cli.EXIT_ERROR
        assert f"{nulls}:row 2: column 'text' is null, not text" in capsys.readouterr().err

    def test_skip_counts_and_lists_them(self, nulls, tmp_path, capsys):
        out = tmp_path / "r.html"
        status = main(
            ["clean", str(nulls), "-o", str(tmp_path / "o.parquet"), "--on-error", "skip"]
        )
        assert report([nulls], out, "--on-error", "skip") == status == cli.EXIT_REJECTS
        err = capsys.readouterr().err
        assert "2 of 2 documents" in err
        assert f"skipped {nulls}:row 4: " in err
        assert f"{nulls}:row 2</td>" in out.read_text("utf-8")


class TestBadFiles:
    @pytest.fixture
    def folder(self, tmp_path: Path) -> Path:
        folder = tmp_path / "corpus"
        folder.mkdir()
        (folder / "a.txt").write_text("A readable document.", "utf-8")
        (folder / "b.txt").symlink_to(tmp_path / "gone.txt")
        return folder

    def test_broken_link_is_named_not_left_out(self, folder, tmp_path, capsys):
        """A link to nothing stops the run naming it, as clean does."""
        assert report([folder], tmp_path / "r.html") == cli.EXIT_ERROR
        assert f"{folder / 'b.txt'}: No such file or directory" in capsys.readouterr().err

    def test_broken_link_skipped_counts_as_a_file(self, folder, tmp_path, capsys):
        out = tmp_path / "r.html"
        assert report([folder], out, "--on-error", "skip") == cli.EXIT_REJECTS
        err = capsys.readouterr().err
        assert "1 of 1 document" in err
        assert "1 file skipped" in err
        assert f"{folder / 'b.txt'}</td>" in out.read_text("utf-8")

    def test_unreadable_file_is_named(self, folder, tmp_path, monkeypatch, capsys):
        """A file that cannot be read (permissions; root reads anything, so open is refused)."""
        (folder / "b.txt").unlink()
        (folder / "c.jsonl").write_text(GOOD[0] + "\n", "utf-8")
        real_open = cli.io.open_input

        def refusing(location, on_read=None):
            if str(location).endswith("c.jsonl"):
                raise PermissionError(13, "Permission denied", str(location))
            return real_open(location, on_read)

        monkeypatch.setattr(cli.io, "open_input", refusing)
        assert report([folder], tmp_path / "r.html") == cli.EXIT_ERROR
        assert f"{folder / 'c.jsonl'}: Permission denied" in capsys.readouterr().err
        assert report([folder], tmp_path / "r.html", "--on-error", "skip") == cli.EXIT_REJECTS
        assert "1 file skipped" in capsys.readouterr().err

    def test_corpus_files_keeps_what_it_cannot_open(self, folder):
        """A broken link in a folder is listed, for reading it to name it."""
        assert corpus_files([folder]) == [folder / "a.txt", folder / "b.txt"]


class TestEmpty:
    def test_empty_jsonl(self, tmp_path, capsys):
        """An empty file: a page of no documents, exit 0, and nothing said skipped."""
        path = tmp_path / "e.jsonl"
        path.write_text("", "utf-8")
        out = tmp_path / "r.html"
        assert report([path], out) == cli.EXIT_OK
        assert "0 of 0 documents" in capsys.readouterr().err
        assert 'id="skipped"' not in out.read_text("utf-8")

    def test_empty_folder_says_nothing_matched(self, tmp_path, capsys):
        """As clean says: no input files matched."""
        (tmp_path / "none").mkdir()
        assert report([tmp_path / "none"], tmp_path / "r.html") == cli.EXIT_OK
        assert "no input files matched" in capsys.readouterr().err


class TestReadDocuments:
    def test_default_raises_naming_the_record(self, messy):
        with pytest.raises(InputError, match=r"messy\.jsonl:2"):
            list(read_documents([messy]))

    def test_skipped_collects_each(self, messy):
        skipped = Skipped()
        found = list(read_documents([messy], skipped=skipped))
        assert len(found) == 7
        assert skipped.records == 5
        assert skipped.files == 0
        assert [where.rsplit(":", 1)[1] for where, _ in skipped.listed] == [
            "2",
            "4",
            "6",
            "8",
            "10",
        ]

    def test_past_the_listed_ones_they_are_counted(self, messy, monkeypatch):
        """A corpus of many bad records names the first ones and counts every one."""
        monkeypatch.setattr(report_html, "_MAX_SKIPPED_LISTED", 2)
        skipped = Skipped()
        list(read_documents([messy], skipped=skipped))
        assert (skipped.records, len(skipped.listed)) == (5, 2)
        page = report_html.build_report([], Cleaner(), total=0, skipped=skipped)
        assert "And 3 more, not listed." in page


@given(st.lists(st.sampled_from([*GOOD, *BAD, "", "  "]), max_size=30))
def test_every_line_is_a_document_or_skipped(tmp_path_factory, lines):
    """Read with skip, each non-blank line is a document or a skipped record; stop raises iff any."""
    path = tmp_path_factory.mktemp("lines") / "d.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    skipped = Skipped()
    found = list(read_documents([path], skipped=skipped))
    assert len(found) + skipped.records == sum(1 for line in lines if line.strip())
    assert skipped.records == sum(1 for line in lines if line in BAD)
    if skipped:
        with pytest.raises(InputError):
            list(read_documents([path]))
    else:
        assert list(read_documents([path])) == found


class TestNotRegular:
    @pytest.fixture
    def piped(self, tmp_path: Path) -> Path:
        """A folder holding a named pipe, which would never open for reading."""
        folder = tmp_path / "corpus"
        folder.mkdir()
        (folder / "a.txt").write_text("A readable document.", "utf-8")
        os.mkfifo(folder / "p.txt")
        return folder

    def test_pipe_in_a_folder_stops_naming_it(self, piped, tmp_path, capsys):
        """Never opened (it would wait for a writer for ever): named, as clean names it."""
        assert report([piped], tmp_path / "r.html") == cli.EXIT_ERROR
        assert f"{piped / 'p.txt'}: not a regular file (a named pipe)" in capsys.readouterr().err

    def test_pipe_in_a_folder_skipped(self, piped, tmp_path, capsys):
        out = tmp_path / "r.html"
        assert report([piped], out, "--on-error", "skip") == cli.EXIT_REJECTS
        assert "1 of 1 document" in capsys.readouterr().err
        assert f"{piped / 'p.txt'}</td>" in out.read_text("utf-8")
