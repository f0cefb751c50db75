"""The command line, in-process through main(argv), plus one run of the installed script."""

import gzip
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from textclean import clean
from textclean.cli import main

SEEDS = FIXTURES / "seeds"


def run(args, stdin=b"", monkeypatch=None):
    """Run main() with bytes on stdin; return (status, stdout bytes)."""
    out = io.BytesIO()
    fake_in = io.TextIOWrapper(io.BytesIO(stdin))
    fake_out = io.TextIOWrapper(out, write_through=True)
    old_in, old_out = sys.stdin, sys.stdout
    sys.stdin, sys.stdout = fake_in, fake_out
    try:
        status = main(args)
        fake_out.flush()
    finally:
        sys.stdin, sys.stdout = old_in, old_out
    return status, out.getvalue()


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text("utf-8").split("\n") if line]


class TestStdinStdout:
    def test_text(self):
        """stdin to stdout by default."""
        status, out = run(["clean", "-q"], "cafÃ©  au lait\r\n".encode())
        assert status == 0
        assert out.decode() == "café au lait\n"

    def test_non_utf8_stdin(self):
        """Non-UTF-8 input is decoded by detection."""
        text = "Le café était très agréable, près de la forêt. Où êtes-vous allés hier ?"
        status, out = run(["clean", "-q"], text.encode("latin-1"))
        assert status == 0
        assert out.decode().strip() == text

    def test_jsonl_stdin(self):
        """--format jsonl reads records from stdin."""
        status, out = run(["clean", "-q", "--format", "jsonl"], b'{"text": "a  b", "k": 1}\n')
        assert status == 0
        assert json.loads(out) == {"text": "a b", "k": 1}


class TestFiles:
    def test_folder_to_folder_mirrors_names(self, tmp_path):
        """A folder in gives a folder out with the same names and the golden outputs."""
        out = tmp_path / "out"
        assert main(["clean", "-q", str(SEEDS), "-o", str(out), "--jobs", "1"]) == 0
        for seed in SEEDS.glob("*.txt"):
            expected = (FIXTURES / "expected" / seed.name).read_text("utf-8")
            assert (out / seed.name).read_text("utf-8") == expected + "\n"

    def test_nested_folders_and_glob(self, tmp_path):
        """Folders are walked recursively; --glob picks files."""
        src = tmp_path / "src"
        (src / "a" / "b").mkdir(parents=True)
        (src / "a" / "b" / "doc.txt").write_text("x  y", "utf-8")
        (src / "skip.md").write_text("z  z", "utf-8")
        out = tmp_path / "out"
        assert main(["clean", "-q", str(src), "-o", str(out), "--glob", "*.txt"]) == 0
        assert (out / "a" / "b" / "doc.txt").read_text("utf-8") == "x y\n"
        assert not (out / "skip.md").exists()

    def test_never_overwrites_input_without_in_place(self, tmp_path):
        """Writing onto an input is refused unless --in-place."""
        doc = tmp_path / "doc.txt"
        doc.write_text("a  b", "utf-8")
        assert main(["clean", "-q", str(doc), "-o", str(doc)]) == 2
        assert doc.read_text("utf-8") == "a  b"
        assert main(["clean", "-q", "--in-place", str(doc)]) == 0
        assert doc.read_text("utf-8") == "a b\n"

    def test_jsonl_gz_nested_field(self, tmp_path):
        """A dotted --field cleans a nested key in gzipped JSONL; other fields stay."""
        src = tmp_path / "in.jsonl.gz"
        with gzip.open(src, "wt", encoding="utf-8") as f:
            f.write(json.dumps({"id": 7, "doc": {"body": "Th\u0430t  is", "lang": "en"}}) + "\n")
        out = tmp_path / "out.jsonl.gz"
        assert main(["clean", "-q", str(src), "-o", str(out), "--field", "doc.body"]) == 0
        with gzip.open(out, "rt", encoding="utf-8") as f:
            assert json.loads(f.read()) == {"id": 7, "doc": {"body": "That is", "lang": "en"}}

    def test_parquet(self, tmp_path):
        """Parquet: the text column is cleaned, the others and the order kept."""
        pa = pytest.importorskip("pyarrow")
        pq = pytest.importorskip("pyarrow.parquet")
        src, out = tmp_path / "in.parquet", tmp_path / "out.parquet"
        texts = [f"doc {i}  \u200bhere" for i in range(5000)]
        pq.write_table(pa.table({"id": list(range(5000)), "text": texts}), src)
        assert main(["clean", "-q", str(src), "-o", str(out), "--jobs", "2"]) == 0
        table = pq.read_table(out).to_pydict()
        assert table["id"] == list(range(5000))
        assert table["text"] == [f"doc {i} here" for i in range(5000)]

    def test_profile_enable_disable_config(self, tmp_path):
        """--profile, --disable and a TOML --config change what runs."""
        doc = tmp_path / "d.txt"
        doc.write_text("“x”  y", "utf-8")
        status, out = run(["clean", "-q", "--profile", "ml", str(doc)])
        assert out.decode() == '"x" y\n'
        status, out = run(["clean", "-q", "--disable", "normalize_whitespace", str(doc)])
        assert out.decode() == "“x”  y\n"
        conf = tmp_path / "c.toml"
        conf.write_text(
            '[tool.textclean]\nprofile = "ml"\ndisable = ["normalize_punctuation"]\n', "utf-8"
        )
        status, out = run(["clean", "-q", "--config", str(conf), str(doc)])
        assert out.decode() == "“x” y\n"

    def test_unknown_filter_is_an_error(self, capsys):
        """An unknown filter name lists the valid ones."""
        with pytest.raises(SystemExit):
            main(["clean", "--disable", "nope"])
        assert "fix_encoding" in capsys.readouterr().err

    def test_boilerplate_file(self, tmp_path):
        """--boilerplate-file removes the listed lines anywhere."""
        bp = tmp_path / "bp.txt"
        bp.write_text("# reviewed\n12\tSubscribe to The Daily Bugle\n", "utf-8")
        doc = tmp_path / "d.txt"
        doc.write_text("Body one.\n\nsubscribe to the daily bugle!\n\nBody two.", "utf-8")
        status, out = run(["clean", "-q", "--boilerplate-file", str(bp), str(doc)])
        assert out.decode() == "Body one.\n\nBody two.\n"


@pytest.mark.usefixtures("backend")
class TestBadInput:
    RECORDS = [
        {"id": 1, "text": "ok  1"},
        "not json",
        {"id": 3},
        {"id": 4, "text": 4},
        {"id": 5, "text": "ok  5"},
    ]

    def _write(self, path):
        lines = [r if isinstance(r, str) else json.dumps(r) for r in self.RECORDS]
        path.write_text("\n".join(lines) + "\n", "utf-8")

    def test_stops_naming_file_and_line(self, tmp_path, capsys):
        """The first bad record stops the run with path:line, non-zero exit, and no output file."""
        src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
        self._write(src)
        assert main(["clean", str(src), "-o", str(out)]) == 2
        err = capsys.readouterr().err
        assert f"{src}:2: invalid JSON" in err
        assert not out.exists()
        assert not list(tmp_path.glob(".out.jsonl.*"))

    def test_skip_writes_rejects_and_counts(self, tmp_path, capsys):
        """--on-error skip writes every good record and each rejected raw line with its reason."""
        src, out, rej = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "rej.jsonl"
        self._write(src)
        status = main(
            ["clean", str(src), "-o", str(out), "--on-error", "skip", "--rejects", str(rej)]
        )
        assert status == 1
        assert [r["text"] for r in read_jsonl(out)] == ["ok 1", "ok 5"]
        rejects = read_jsonl(rej)
        assert [r["where"] for r in rejects] == [f"{src}:2", f"{src}:3", f"{src}:4"]
        assert "missing field 'text'" in rejects[1]["reason"]
        assert "not text" in rejects[2]["reason"]
        assert "read 5, written 2, rejected 3" in capsys.readouterr().err

    def test_undecodable_text_file_named(self, tmp_path, capsys):
        """A text file that cannot be decoded is an error naming it."""
        bad = tmp_path / "bad.txt"
        bad.write_bytes(bytes(range(256)) * 8 + b"\x00\xff\xfe\x81" * 100)
        assert main(["clean", str(bad)]) == 2
        assert f"{bad}: not UTF-8" in capsys.readouterr().err

    def test_interrupted_run_leaves_no_partial_file(self, tmp_path, monkeypatch):
        """Ctrl-C mid-run leaves no output file and no temporary file behind."""
        src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
        write_jsonl(src, [{"text": f"doc {i}"} for i in range(2000)])
        from textclean import cli

        calls = {"n": 0}
        original = cli.Run._written_jsonl  # the lines of any JSONL file, streamed or whole

        def interrupting(self, *args):
            for item in original(self, *args):
                calls["n"] += 1
                if calls["n"] == 1000:
                    raise KeyboardInterrupt
                yield item

        monkeypatch.setattr(cli.Run, "_written_jsonl", interrupting)
        assert main(["clean", "-q", str(src), "-o", str(out), "--jobs", "1"]) == 130
        assert not out.exists()
        assert list(tmp_path.iterdir()) == [src]


class TestReportAndJobs:
    def test_report_lines_and_summary(self, tmp_path):
        """--report has one line per document and a summary of totals per filter."""
        report = tmp_path / "r.jsonl"
        assert (
            main(["clean", "-q", str(SEEDS), "-o", str(tmp_path / "o"), "--report", str(report)])
            == 0
        )
        lines = read_jsonl(report)
        assert len(lines) == 6
        assert lines[-1]["summary"] is True
        assert lines[-1]["read"] == lines[-1]["written"] == 5
        seed2 = next(line for line in lines[:-1] if "002_" in line["id"])
        assert "fix_homoglyphs" in seed2["filters"]
        reasons = [entry["reason"] for entry in seed2["lines_removed"]]
        assert any(r.startswith("author_bio") for r in reasons)

    def test_jobs_keep_order(self, tmp_path):
        """--jobs 2 gives the same output, in the same order, as --jobs 1."""
        src = tmp_path / "in.jsonl"
        write_jsonl(src, [{"id": i, "text": f"Th\u0430t {i}  x"} for i in range(3000)])
        one, two = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
        assert main(["clean", "-q", str(src), "-o", str(one), "--jobs", "1"]) == 0
        assert main(["clean", "-q", str(src), "-o", str(two), "--jobs", "2"]) == 0
        assert one.read_bytes() == two.read_bytes()
        assert [r["id"] for r in read_jsonl(two)] == list(range(3000))


RECORD = st.fixed_dictionaries(
    {"text": st.text(max_size=40)},
    optional={
        "id": st.integers(),
        "meta": st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    },
)


@pytest.mark.usefixtures("backend")
@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(RECORD, max_size=20))
def test_jsonl_keeps_count_order_and_fields(tmp_path, records):
    """For any records, cleaning keeps the count, the order and every field but text."""
    src, out = tmp_path / "h.jsonl", tmp_path / "h.out.jsonl"
    write_jsonl(src, records)
    assert main(["clean", "-q", str(src), "-o", str(out), "--jobs", "1"]) == 0
    result = read_jsonl(out) if records else []
    assert len(result) == len(records)
    for before, after in zip(records, result, strict=True):
        assert after["text"] == clean(before["text"])
        assert {k: v for k, v in after.items() if k != "text"} == {
            k: v for k, v in before.items() if k != "text"
        }


class TestOtherCommands:
    def test_filters_and_profiles(self, capsys):
        """filters and profiles list what exists."""
        assert main(["filters"]) == 0
        assert main(["profiles"]) == 0
        out = capsys.readouterr().out
        assert "fix_homoglyphs" in out
        assert "author_bio" in out
        assert "ml " in out

    def test_explain(self, tmp_path, capsys):
        """explain shows each change with its filter and reason."""
        doc = tmp_path / "d.txt"
        doc.write_text("Th\u0430t  is it.\n\nBody text here.\n\nSource link", "utf-8")
        assert main(["explain", str(doc)]) == 0
        out = capsys.readouterr().out
        assert "fix_homoglyphs: 1 change on 1 line" in out
        assert "mixed-script word" in out
        assert "aggregator_footer" in out

    def test_boilerplate_learn_then_clean(self, tmp_path):
        """boilerplate learn finds lines repeated across documents; clean uses the file."""
        corpus = tmp_path / "corpus"
        corpus.mkdir()
        names = ["Ann", "Bob", "Cy", "Di", "Ed", "Flo", "Gus", "Hal"]
        for i, name in enumerate(names):
            (corpus / f"{i}.txt").write_text(
                f"A story about {name} alone.\n\nJoin the Bugle club today!", "utf-8"
            )
        learned = tmp_path / "learned.tsv"
        assert (
            main(["boilerplate", "learn", str(corpus), "-o", str(learned), "--min-docs", "5"]) == 0
        )
        body = [
            line for line in learned.read_text("utf-8").splitlines() if not line.startswith("#")
        ]
        assert body == ["8\tJoin the Bugle club today!"]
        status, out = run(
            ["clean", "-q", "--boilerplate-file", str(learned), str(corpus / "3.txt")]
        )
        assert out.decode() == "A story about Di alone.\n"


def test_dask_cluster(tmp_path):
    """clean_bag, clean_dataframe and --dask run on a distributed LocalCluster."""
    distributed = pytest.importorskip("distributed")
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd

    from textclean.dask import clean_bag, clean_dataframe

    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        with distributed.Client(cluster):
            texts = [f"Th\u0430t  {i}" for i in range(200)]
            assert clean_bag(db.from_sequence(texts, npartitions=4)).compute() == [
                f"That {i}" for i in range(200)
            ]
            df = dd.from_pandas(
                pd.DataFrame({"id": range(50), "text": ["a  b"] * 50}), npartitions=3
            )
            result = clean_dataframe(df, "text", "ml").compute()
            assert list(result["text"]) == ["a b"] * 50
            assert list(result["id"]) == list(range(50))
        src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
        write_jsonl(src, [{"id": i, "text": f"x  {i}"} for i in range(600)])
        assert (
            main(["clean", "-q", str(src), "-o", str(out), "--dask", cluster.scheduler_address])
            == 0
        )
        assert [r["text"] for r in read_jsonl(out)] == [f"x {i}" for i in range(600)]


def test_installed_console_script(tmp_path):
    """The installed textclean script runs end to end."""
    script = shutil.which("textclean", path=str(Path(sys.executable).parent)) or shutil.which(
        "textclean"
    )
    assert script is not None
    result = subprocess.run(
        [script, "clean", "-q"],
        input="cafÃ©  ok\n".encode(),
        capture_output=True,
        check=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert result.stdout.decode() == "café ok\n"


@pytest.mark.usefixtures("backend")
def test_integers_beyond_64_bits_kept_exactly(tmp_path):
    """Numbers orjson cannot hold exactly (beyond 64 bits) come back digit for digit."""
    src, out = tmp_path / "big.jsonl", tmp_path / "big.out.jsonl"
    src.write_text('{"id": -9223372036854775809, "n": 18446744073709551616, "text": "a  b"}\n')
    assert main(["clean", "-q", str(src), "-o", str(out)]) == 0
    assert (
        out.read_text()
        == '{"id": -9223372036854775809, "n": 18446744073709551616, "text": "a b"}\n'
    )
