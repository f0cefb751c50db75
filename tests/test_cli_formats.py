"""Formats and paths people have (issue 14): compression, remote paths, CSV/TSV, stdin/stdout, --help, progress, --report."""

import bz2
import errno
import gzip
import io
import json
import lzma
import os
import sys
import time

import pytest
from test_cli import SEEDS, read_jsonl, run

from textclean import clean
from textclean import io as tio
from textclean.cli import MOST_JOBS, build_parser, main, sniff_format

RECORDS = [{"id": i, "text": f"Th\u0430t  {i}"} for i in range(5)]
JSONL = "".join(json.dumps(r) + "\n" for r in RECORDS).encode()
CLEANED = [f"That {i}" for i in range(5)]


def _zstd():
    return pytest.importorskip("zstandard")


COMPRESSORS = {
    ".gz": (gzip.compress, gzip.decompress),
    ".bz2": (bz2.compress, bz2.decompress),
    ".xz": (lzma.compress, lzma.decompress),
    ".zst": (
        lambda data: _zstd().ZstdCompressor().compress(data),
        lambda data: _zstd().ZstdDecompressor().decompressobj().decompress(data),
    ),
}


class TestCompression:
    @pytest.mark.parametrize("suffix", sorted(COMPRESSORS))
    def test_in_and_out(self, tmp_path, suffix):
        """A compressed JSONL file is read, and the output compressed by its own name."""
        compress, decompress = COMPRESSORS[suffix]
        src, out = tmp_path / f"in.jsonl{suffix}", tmp_path / f"out.jsonl{suffix}"
        src.write_bytes(compress(JSONL))
        assert main(["clean", "-q", str(src), "-o", str(out)]) == 0
        lines = decompress(out.read_bytes()).decode().splitlines()
        assert [json.loads(line)["text"] for line in lines] == CLEANED

    @pytest.mark.parametrize("suffix", sorted(COMPRESSORS))
    def test_truncated_named(self, tmp_path, capsys, suffix):
        """A truncated compressed file stops with one line naming it."""
        compress, _ = COMPRESSORS[suffix]
        src = tmp_path / f"in.jsonl{suffix}"
        data = compress(JSONL * 2000)
        src.write_bytes(data[: len(data) // 2])
        assert main(["clean", str(src), "-o", str(tmp_path / "o.jsonl")]) == 2
        assert str(src) in capsys.readouterr().err.strip().splitlines()[-1]

    def test_compressed_text_and_folder_globs(self, tmp_path):
        """Folders pick up .ndjson and compressed text files by default."""
        src = tmp_path / "src"
        src.mkdir()
        (src / "a.ndjson").write_bytes(JSONL)
        (src / "b.txt.xz").write_bytes(lzma.compress(b"x  y"))
        out = tmp_path / "out"
        assert main(["clean", "-q", str(src), "-o", str(out)]) == 0
        assert [r["text"] for r in read_jsonl(out / "a.ndjson")] == CLEANED
        assert lzma.decompress((out / "b.txt.xz").read_bytes()) == b"x y\n"


class TestRemote:
    def test_memory_filesystem(self):
        """URLs are read and written through fsspec (memory:// here, as s3:// or hf:// would be)."""
        fsspec = pytest.importorskip("fsspec")
        fs = fsspec.filesystem("memory")
        fs.pipe("/bucket/in/a.jsonl", JSONL)
        fs.pipe("/bucket/in/b.jsonl.gz", gzip.compress(JSONL))
        assert (
            main(["clean", "-q", "memory://bucket/in/a.jsonl", "-o", "memory://bucket/one.jsonl"])
            == 0
        )
        lines = fs.cat("/bucket/one.jsonl").decode().splitlines()
        assert [json.loads(line)["text"] for line in lines] == CLEANED
        assert main(["clean", "-q", "memory://bucket/in", "-o", "memory://bucket/out"]) == 0
        assert gzip.decompress(fs.cat("/bucket/out/b.jsonl.gz")).decode().count("That") == 5
        assert fs.exists("/bucket/out/a.jsonl")


class TestCsv:
    @pytest.mark.parametrize(("suffix", "sep"), [(".csv", ","), (".tsv", "\t")])
    def test_field_column(self, tmp_path, suffix, sep):
        """--field names the column cleaned; the others and quoting survive."""
        src, out = tmp_path / f"in{suffix}", tmp_path / f"out{suffix}"
        src.write_text(
            f'id{sep}body{sep}note\n1{sep}"a  b, c"{sep}x\n2{sep}Th\u0430t{sep}"q ""y"""\n'
        )
        assert main(["clean", "-q", str(src), "-o", str(out), "--field", "body"]) == 0
        assert (
            out.read_text()
            == f'id{sep}body{sep}note\n1{sep}"a b, c"{sep}x\n2{sep}That{sep}"q ""y"""\n'
            or (
                sep == "\t"
                and out.read_text() == 'id\tbody\tnote\n1\ta b, c\tx\n2\tThat\t"q ""y"""\n'
            )
        )

    def test_missing_column_named(self, tmp_path, capsys):
        """A CSV without the column says which columns it has."""
        src = tmp_path / "in.csv"
        src.write_text("id,body\n1,x\n")
        assert main(["clean", str(src), "-o", str(tmp_path / "o.csv")]) == 2
        assert "no column 'text' (columns: id, body)" in capsys.readouterr().err


class TestStdio:
    def test_dash_is_stdin_and_stdout(self):
        """- as input reads stdin; -o - writes stdout (no file named -)."""
        status, out = run(["clean", "-q", "-", "-o", "-"], b"a  b")
        assert (status, out) == (0, b"a b\n")

    def test_sniffs_jsonl_on_stdin(self):
        """JSONL on stdin with no --format is read as records."""
        status, out = run(["clean", "-q"], JSONL)
        assert status == 0
        assert [json.loads(line)["text"] for line in out.decode().splitlines()] == CLEANED

    def test_sniff_format(self):
        """Text that starts with a brace is still text."""
        assert sniff_format(b"{not json} at all\nmore") == "txt"
        assert sniff_format(b"[1, 2]\n") == "txt"
        assert sniff_format(b'\xef\xbb\xbf{"text": "x"}\n') == "jsonl"

    def test_large_text_on_stdin_refused(self, monkeypatch, capsys):
        """More than the limit of unsniffed text on stdin is refused, saying to pass --format."""
        from textclean import cli

        monkeypatch.setattr(cli, "STDIN_TEXT_LIMIT", 1000)
        status, _ = run(["clean", "-q"], b"word " * 500)
        assert status == 2
        assert "--format jsonl" in capsys.readouterr().err
        status, out = run(["clean", "-q", "--format", "txt"], b"word " * 500)
        assert status == 0


class TestHelp:
    def test_lists_names_and_defaults(self):
        """clean --help lists the filter names, the --on-error choices and the defaults."""
        text = " ".join(
            build_parser()._subparsers._group_actions[0].choices["clean"].format_help().split()
        )
        for name in ("fix_encoding", "remove_boilerplate", "normalize_punctuation"):
            assert name in text
        assert "{stop,skip}" in text
        assert "(default: text)" in text
        assert "stop (default)" in text

    @pytest.mark.parametrize("jobs", ["0", "-2", "x"])
    def test_jobs_must_be_positive(self, jobs, capsys):
        """--jobs 0 or a negative number is a usage error."""
        with pytest.raises(SystemExit) as exit_info:
            main(["clean", "--jobs", jobs])
        assert exit_info.value.code == 2
        assert "1 or more" in capsys.readouterr().err

    def test_jobs_are_bounded(self, capsys):
        """--jobs far above the cores is a usage error, not that many processes forked at once."""
        with pytest.raises(SystemExit) as exit_info:
            main(["clean", "--jobs", str(MOST_JOBS + 1)])
        assert exit_info.value.code == 2
        assert f"at most {MOST_JOBS} processes" in capsys.readouterr().err


class TestProgress:
    @pytest.mark.parametrize("name", ["in.jsonl", "in.jsonl.gz", "in.txt.bz2", "in.parquet"])
    def test_bar_has_total_in_bytes(self, tmp_path, monkeypatch, name):
        """The bar's total is the files' size as stored, and it counts bytes read from them to 100%."""
        from textclean import cli

        src = tmp_path / name
        data = JSONL * 100
        if name.endswith(".parquet"):
            pa = pytest.importorskip("pyarrow")
            pq = pytest.importorskip("pyarrow.parquet")
            pq.write_table(
                pa.table({"text": [f"doc  {i}" for i in range(5000)]}), src, row_group_size=1000
            )
        else:
            src.write_bytes(
                gzip.compress(data)
                if name.endswith(".gz")
                else bz2.compress(data)
                if name.endswith(".bz2")
                else data
            )
        seen = {}
        real_finish = cli.Run.finish

        def finish(self, stopped=None):
            seen["total"], seen["n"] = self.progress.total, self.progress.n
            real_finish(self, stopped)

        monkeypatch.setattr(cli.Run, "finish", finish)
        monkeypatch.setattr(cli.sys.stderr, "isatty", lambda: True)
        assert main(["clean", str(src), "-o", str(tmp_path / ("o." + name))]) == 0
        assert seen == {"total": src.stat().st_size, "n": src.stat().st_size}

    def test_summary_after_bar_closed(self, tmp_path, monkeypatch, capsys):
        """The summary line is printed after the bar is closed, on a line of its own."""
        from textclean import cli

        src = tmp_path / "in.jsonl"
        src.write_bytes(JSONL)
        closed = []
        real_finish = cli.Run.finish

        def finish(self, stopped=None):
            real_finish(self, stopped)
            closed.append(self.progress.disable or self.progress.n == self.progress.total)

        monkeypatch.setattr(cli.Run, "finish", finish)
        assert main(["clean", str(src), "-o", str(tmp_path / "o.jsonl")]) == 0
        assert closed == [True]
        assert capsys.readouterr().err.startswith("textclean: read 5, written 5")


class TestReport:
    def test_report_matches_explain(self, tmp_path):
        """The fast-path report names the same filters, characters and removed lines as explain."""
        from textclean import Cleaner

        report = tmp_path / "r.jsonl"
        assert (
            main(["clean", "-q", str(SEEDS), "-o", str(tmp_path / "o"), "--report", str(report)])
            == 0
        )
        entries = {entry["id"]: entry for entry in read_jsonl(report)[:-1]}
        cleaner = Cleaner()
        for seed in sorted(SEEDS.glob("*.txt")):
            text = seed.read_text("utf-8")
            explained = cleaner.explain(text)
            entry = entries[str(seed)]
            assert entry["filters"] == list(dict.fromkeys(step.filter for step in explained.steps))
            assert entry["chars_removed"] == len(text) - len(clean(text))
            removed = [
                change.before.strip("\n")
                for step in explained.steps
                if step.filter == "remove_boilerplate"
                for change in step.changes
                if change.before.strip()
            ]
            assert [line["line"] for line in entry["lines_removed"]] == removed

    def test_report_jsonl_ids(self, tmp_path):
        """JSONL records are reported by their id."""
        src, report = tmp_path / "in.jsonl", tmp_path / "r.jsonl"
        src.write_bytes(JSONL)
        assert (
            main(
                ["clean", "-q", str(src), "-o", str(tmp_path / "o.jsonl"), "--report", str(report)]
            )
            == 0
        )
        entries = read_jsonl(report)
        assert [e["id"] for e in entries[:-1]] == list(range(5))
        assert entries[0]["filters"] == ["fix_homoglyphs", "normalize_whitespace"]
        assert entries[-1]["documents_changed_by_filter"] == {
            "fix_homoglyphs": 5,
            "normalize_whitespace": 5,
        }


def test_report_overhead_measured(tmp_path):
    """--report costs little over a plain run (measured here and printed, not asserted on time)."""
    src = tmp_path / "in.jsonl"
    texts = [seed.read_text("utf-8") for seed in sorted(SEEDS.glob("*.txt"))]
    src.write_text(
        "".join(json.dumps({"id": i, "text": texts[i % len(texts)]}) + "\n" for i in range(400))
    )
    timings = {}
    for name, extra in (("plain", []), ("report", ["--report", str(tmp_path / "r.jsonl")])):
        start = time.perf_counter()
        assert (
            main(
                [
                    "clean",
                    "-q",
                    "--jobs",
                    "1",
                    str(src),
                    "-o",
                    str(tmp_path / f"{name}.jsonl"),
                    *extra,
                ]
            )
            == 0
        )
        timings[name] = time.perf_counter() - start
    assert (tmp_path / "plain.jsonl").read_bytes() == (tmp_path / "report.jsonl").read_bytes()
    print(f"--report overhead: {timings['report'] / timings['plain']:.2f}x")
    assert len(read_jsonl(tmp_path / "r.jsonl")) == 401


def test_json_backends_registered():
    """The standard library backend is always there; orjson when installed."""
    assert "stdlib" in tio.BACKENDS


def test_csv_short_row_rejected(tmp_path):
    """A CSV row without the column is rejected with its reason under --on-error skip; the rest is written."""
    src, out, rej = tmp_path / "in.csv", tmp_path / "out.csv", tmp_path / "rej.jsonl"
    src.write_text("id,text\n1,a  b\n2\n3,c  d\n")
    args = [str(src), "-o", str(out), "--on-error", "skip", "--rejects", str(rej)]
    assert main(["clean", "-q", *args]) == 1
    assert out.read_text() == "id,text\n1,a b\n3,c d\n"
    entry = json.loads(rej.read_text())
    assert entry["where"] == f"{src}:3"
    assert entry["reason"] == "row has 1 columns, the header 2"


class TestOutputFailures:
    def test_parquet_missing_column_named(self, tmp_path, capsys):
        """A Parquet file without the column names the column asked for and the ones it has."""
        pa = pytest.importorskip("pyarrow")
        pq = pytest.importorskip("pyarrow.parquet")
        src = tmp_path / "in.parquet"
        pq.write_table(pa.table({"body": ["x"], "id": [1]}), src)
        assert main(["clean", "-q", str(src), "-o", str(tmp_path / "o.parquet")]) == 2
        assert "in.parquet: no column 'text' (columns: body, id); pass --field" in (
            capsys.readouterr().err
        )

    def test_full_disk_names_the_output(self, capsys, monkeypatch):
        """A write that fails with ENOSPC names the output and says what is left there."""

        class FullDisk(io.RawIOBase):
            def writable(self):
                return True

            def write(self, _data):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"one\n")))
        monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(FullDisk(), write_through=True))
        assert main(["clean", "-q", "--format", "txt"]) == 2
        err = capsys.readouterr().err
        assert "<stdout>: cannot be written (No space left on device)" in err
        assert "incomplete" in err
