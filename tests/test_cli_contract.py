"""The CLI's contract under hostile input and faults (issue 13): nothing overwritten, nothing lost, one clear error."""

import errno
import gzip
import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_cli import run

from textclean import clean
from textclean import io as tio
from textclean.cli import main
from textclean.errors import OutputError


def clean_skipping(src, out, rejects) -> int:
    """Clean src into out on one core, setting bad records aside in rejects."""
    args = [str(src), "-o", str(out), "--on-error", "skip", "--rejects", str(rejects)]
    return main(["clean", "-q", "--jobs", "1", *args])


def last_line(err: str) -> str:
    return err.strip().splitlines()[-1]


class TestOutputClashes:
    def test_report_onto_input_refused(self, tmp_path, capsys):
        """--report naming an input is refused and the input is untouched."""
        src = tmp_path / "inp.jsonl"
        src.write_text('{"text": "a  b"}\n')
        status = main(["clean", str(src), "-o", str(tmp_path / "o.jsonl"), "--report", str(src)])
        assert status == 2
        assert src.read_text() == '{"text": "a  b"}\n'
        assert "--report would overwrite an input" in last_line(capsys.readouterr().err)

    def test_report_onto_output_refused(self, tmp_path, capsys):
        """--report naming the output is refused."""
        src, out = tmp_path / "inp.jsonl", tmp_path / "o.jsonl"
        src.write_text('{"text": "a  b"}\n')
        assert main(["clean", str(src), "-o", str(out), "--report", str(out)]) == 2
        assert "is both output and --report" in capsys.readouterr().err
        assert not out.exists()

    def test_rejects_through_symlink_refused(self, tmp_path, capsys):
        """--rejects naming an input through a symlink is refused."""
        src = tmp_path / "inp.jsonl"
        src.write_text('{"text": "a"}\n')
        link = tmp_path / "link.jsonl"
        link.symlink_to(src)
        args = ["clean", str(src), "-o", str(tmp_path / "o.jsonl"), "--on-error", "skip"]
        assert main([*args, "--rejects", str(link)]) == 2
        assert src.read_text() == '{"text": "a"}\n'
        assert "--rejects would overwrite an input" in capsys.readouterr().err

    def test_output_through_symlink_to_input_refused(self, tmp_path):
        """-o naming a symlink to the input is refused without --in-place."""
        src = tmp_path / "inp.txt"
        src.write_text("a  b")
        link = tmp_path / "l.txt"
        link.symlink_to(src)
        assert main(["clean", "-q", str(src), "-o", str(link)]) == 2
        assert src.read_text() == "a  b"

    def test_same_names_keep_relative_paths(self, tmp_path):
        """a/x.txt and b/x.txt go to out/a/x.txt and out/b/x.txt, not one over the other."""
        for folder, text in (("a", "first  text"), ("b", "second  text")):
            (tmp_path / folder).mkdir()
            (tmp_path / folder / "x.txt").write_text(text)
        out = tmp_path / "out"
        args = [str(tmp_path / "a" / "x.txt"), str(tmp_path / "b" / "x.txt")]
        assert main(["clean", "-q", *args, "-o", str(out)]) == 0
        assert (out / "a" / "x.txt").read_text() == "first text\n"
        assert (out / "b" / "x.txt").read_text() == "second text\n"

    def test_same_file_twice_refused_naming_both(self, tmp_path, capsys):
        """The same file given twice (two outputs of one name) is refused, naming both."""
        src = tmp_path / "x.txt"
        src.write_text("a")
        status = main(
            ["clean", "-q", str(src), str(tmp_path / "." / "x.txt"), "-o", str(tmp_path / "o")]
        )
        assert status == 2
        err = capsys.readouterr().err
        assert "would be written to" in err
        assert err.count("x.txt") >= 2

    def test_several_inputs_one_output_file_refused(self, tmp_path, capsys):
        """Several inputs with -o out.jsonl are refused instead of making a folder of that name."""
        a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
        a.write_text('{"text": "a"}\n')
        b.write_text('{"text": "b"}\n')
        assert main(["clean", "-q", str(a), str(b), "-o", str(tmp_path / "out.jsonl")]) == 2
        assert "cannot go into one file" in capsys.readouterr().err
        assert main(["clean", "-q", str(tmp_path), "-o", str(tmp_path / "out.jsonl")]) == 2
        assert "cannot go into one file" in capsys.readouterr().err
        assert not (tmp_path / "out.jsonl").exists()


class TestInPlace:
    def test_keeps_mode(self, tmp_path):
        """A 0600 file stays 0600."""
        doc = tmp_path / "d.txt"
        doc.write_text("a  b")
        doc.chmod(0o600)
        assert main(["clean", "-q", "--in-place", str(doc)]) == 0
        assert doc.read_text() == "a b\n"
        assert stat.S_IMODE(doc.stat().st_mode) == 0o600

    def test_refuses_read_only(self, tmp_path, capsys):
        """A 0444 file is refused (even for root) and left as it was."""
        doc = tmp_path / "d.txt"
        doc.write_text("a  b")
        doc.chmod(0o444)
        assert main(["clean", "-q", "--in-place", str(doc)]) == 2
        assert doc.read_text() == "a  b"
        assert "read-only" in last_line(capsys.readouterr().err)

    def test_writes_through_symlink(self, tmp_path):
        """A symlink stays a symlink, and its target gets the cleaned text."""
        target = tmp_path / "real.txt"
        target.write_text("a  b")
        link = tmp_path / "link.txt"
        link.symlink_to(target)
        assert main(["clean", "-q", "--in-place", str(link)]) == 0
        assert link.is_symlink()
        assert target.read_text() == "a b\n"


class TestParquet:
    def test_zero_rows_gives_valid_file_with_schema(self, tmp_path):
        """A 0-row Parquet file gives a readable 0-row file with the input's schema."""
        pa = pytest.importorskip("pyarrow")
        pq = pytest.importorskip("pyarrow.parquet")
        src, out = tmp_path / "in.parquet", tmp_path / "out.parquet"
        schema = pa.schema([("id", pa.int64()), ("text", pa.string()), ("lang", pa.string())])
        pq.write_table(schema.empty_table(), src)
        assert main(["clean", "-q", str(src), "-o", str(out)]) == 0
        table = pq.read_table(out)
        assert table.num_rows == 0
        assert table.schema.names == ["id", "text", "lang"]

    def test_struct_field(self, tmp_path):
        """--field a.b cleans a field inside a struct column and keeps the rest."""
        pa = pytest.importorskip("pyarrow")
        pq = pytest.importorskip("pyarrow.parquet")
        src, out = tmp_path / "in.parquet", tmp_path / "out.parquet"
        rows = [
            {"id": 1, "doc": {"body": "a  b", "lang": "en"}},
            {"id": 2, "doc": {"body": "c", "lang": "fr"}},
        ]
        pq.write_table(pa.Table.from_pylist(rows), src)
        assert main(["clean", "-q", str(src), "-o", str(out), "--field", "doc.body"]) == 0
        assert pq.read_table(out).to_pylist() == [
            {"id": 1, "doc": {"body": "a b", "lang": "en"}},
            {"id": 2, "doc": {"body": "c", "lang": "fr"}},
        ]

    @pytest.mark.parametrize("damage", ["truncated", "garbage"])
    def test_corrupt_file_named(self, tmp_path, capsys, damage):
        """A truncated or garbage Parquet file is one line naming it; --on-error skip goes on."""
        pa = pytest.importorskip("pyarrow")
        pq = pytest.importorskip("pyarrow.parquet")
        good, bad = tmp_path / "in" / "a.parquet", tmp_path / "in" / "b.parquet"
        good.parent.mkdir()
        pq.write_table(pa.table({"text": ["x  y"] * 10}), good)
        pq.write_table(pa.table({"text": ["x  y"] * 10}), bad)
        data = bad.read_bytes()
        bad.write_bytes(data[: len(data) // 2] if damage == "truncated" else os.urandom(500))
        out = tmp_path / "out"
        assert main(["clean", "-q", str(good.parent), "-o", str(out)]) == 2
        err = capsys.readouterr().err
        assert str(bad) in last_line(err)
        assert "Traceback" not in err
        assert main(["clean", "-q", str(good.parent), "-o", str(out), "--on-error", "skip"]) == 1
        assert pq.read_table(out / "a.parquet").num_rows == 10
        assert not (out / "b.parquet").exists()

    def test_parquet_on_stdin(self, tmp_path):
        """--format parquet reads Parquet from stdin."""
        pa = pytest.importorskip("pyarrow")
        pq = pytest.importorskip("pyarrow.parquet")
        src, out = tmp_path / "in.parquet", tmp_path / "out.parquet"
        pq.write_table(pa.table({"text": ["a  b"]}), src)
        status, _ = run(["clean", "-q", "--format", "parquet", "-o", str(out)], src.read_bytes())
        assert status == 0
        assert pq.read_table(out).to_pydict() == {"text": ["a b"]}


HOSTILE = [
    '{"n": NaN, "big": 1234567890123456789, "text": "a  b"}',
    '{"n": 1e400, "text": "a  b"}',
    '{"n": -Infinity, "text": "x"}',
    '{"s": "\\ud800", "text": "a  b"}',
    '{"big": 123456789012345678901234567890, "f": 1.0000000000000000001, "text": "a  b"}',
    '{ "spaced" : [1, 2 ,3],"text":"a\\u0020\\u0020b" }',
    '{"text": "a  b", "text2": "\\u00e9"}',
    '{"te\\u0078t": "a  b", "n": [{"text": "inner"}]}',
]


@pytest.mark.usefixtures("backend")
class TestJsonBackends:
    def test_untouched_fields_byte_identical(self, tmp_path):
        """Fields not cleaned come out byte for byte; non-JSON constants are rejected, by either backend."""
        src, out, rej = tmp_path / "in.jsonl", tmp_path / "out.jsonl", tmp_path / "rej.jsonl"
        src.write_text("\ufeff" + "\n".join(HOSTILE) + "\n", "utf-8")
        assert clean_skipping(src, out, rej) == 1
        assert out.read_text("utf-8").splitlines() == [
            '{"n": 1e400, "text": "a b"}',
            '{"s": "\\ud800", "text": "a b"}',
            '{"big": 123456789012345678901234567890, "f": 1.0000000000000000001, "text": "a b"}',
            '{ "spaced" : [1, 2 ,3],"text":"a b" }',
            '{"text": "a b", "text2": "\\u00e9"}',
            '{"te\\u0078t": "a b", "n": [{"text": "inner"}]}',
        ]
        reasons = [json.loads(line)["reason"] for line in rej.read_text().splitlines()]
        assert reasons == [
            "invalid JSON (NaN is not a JSON number)",
            "invalid JSON (-Infinity is not a JSON number)",
        ]

    def test_deep_nesting_rejected_not_crashing(self, tmp_path, capsys):
        """JSON nested 100,000 deep is a rejected record with its reason, not a RecursionError."""
        src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
        deep = '{"x": ' + "[" * 100_000 + "]" * 100_000 + ', "text": "a"}'
        src.write_text(deep + '\n{"text": "ok"}\n')
        assert main(["clean", "-q", str(src), "-o", str(out), "--on-error", "skip"]) == 1
        assert out.read_text() == '{"text": "ok"}\n'
        assert "nested deeper than" in capsys.readouterr().err

    def test_not_an_object(self, tmp_path, capsys):
        """A line that is a list, number or string is 'not a JSON object'."""
        src = tmp_path / "in.jsonl"
        src.write_text('[1]\n5\n"s"\n')
        assert main(["clean", str(src), "-o", str(tmp_path / "o.jsonl"), "--on-error", "skip"]) == 1
        err = capsys.readouterr().err
        assert err.count("not a JSON object") == 3
        assert "missing field" not in err

    def test_rejects_keep_raw_bytes(self, tmp_path):
        """A rejected line's raw bytes, invalid UTF-8 included, come back exactly from --rejects."""
        src, rej = tmp_path / "in.jsonl", tmp_path / "rej.jsonl"
        bad = b'{"text": "caf\xe9 \xff\xfe"}'
        src.write_bytes(bad + b"\n" + b'{"text": "ok"}\n')
        args = ["clean", "-q", str(src), "-o", str(tmp_path / "o.jsonl"), "--on-error", "skip"]
        assert main([*args, "--rejects", str(rej)]) == 1
        entry = json.loads(rej.read_text())
        assert entry["raw"].encode("utf-8", "surrogateescape") == bad
        assert "not UTF-8" in entry["reason"]


class TestCrashesAreOneLine:
    def test_truncated_gzip(self, tmp_path, capsys):
        """A truncated .jsonl.gz names the file; no output is left."""
        src, out = tmp_path / "in.jsonl.gz", tmp_path / "out.jsonl"
        data = gzip.compress(b"".join(b'{"text": "doc %d"}\n' % i for i in range(5000)))
        src.write_bytes(data[: len(data) // 2])
        assert main(["clean", str(src), "-o", str(out)]) == 2
        err = capsys.readouterr().err
        assert str(src) in last_line(err)
        assert "truncated" in last_line(err)
        assert not out.exists()
        assert not list(tmp_path.glob(".*part"))

    def test_truncated_gzip_to_stdout_names_what_went_out(self, tmp_path, capsys):
        """Under skip, a truncated .gz read to stdout says how many of its records were written."""
        src, rejects = tmp_path / "in.jsonl.gz", tmp_path / "rej.jsonl"
        data = gzip.compress(b"".join(b'{"text": "doc %d"}\n' % i for i in range(20000)))
        src.write_bytes(data[: len(data) // 2])
        args = ["clean", str(src), "--on-error", "skip", "--rejects", str(rejects)]
        assert main(args) == 1
        captured = capsys.readouterr()
        written = captured.out.count("\n")
        assert 0 < written < 20000
        assert f"cut short {src}: its first {written} records were written" in captured.err
        assert f"written {written}," in captured.err
        assert json.loads(rejects.read_text())["written"] == written

    def test_not_gzip(self, tmp_path, capsys):
        """A file named .gz that is not gzip names the file."""
        src = tmp_path / "in.jsonl.gz"
        src.write_bytes(b'{"text": "plain"}\n')
        assert main(["clean", str(src), "-o", str(tmp_path / "o.jsonl")]) == 2
        assert str(src) in last_line(capsys.readouterr().err)

    def test_undecodable_text_skipped(self, tmp_path, capsys):
        """An undecodable text file is skipped under --on-error skip, and the others written."""
        folder = tmp_path / "in"
        folder.mkdir()
        (folder / "bad.txt").write_bytes(bytes(range(256)) * 8 + b"\x00\xff\xfe\x81" * 100)
        (folder / "good.txt").write_text("a  b")
        out = tmp_path / "out"
        assert main(["clean", str(folder), "-o", str(out), "--on-error", "skip"]) == 1
        assert (out / "good.txt").read_text() == "a b\n"
        err = capsys.readouterr().err
        assert "files skipped 1" in err
        assert "read 1, written 1" in err

    def test_unreadable_file_skipped(self, tmp_path, capsys, monkeypatch):
        """A file that cannot be opened stops the run naming it, or is skipped under --on-error skip."""
        folder = tmp_path / "in"
        folder.mkdir()
        (folder / "a.txt").write_text("a  b")
        (folder / "b.txt").write_text("c  d")
        opener = tio.open_input

        def refuse_b(location, *args):
            if str(location).endswith("b.txt"):
                raise PermissionError(13, "Permission denied", str(location))
            return opener(location, *args)

        monkeypatch.setattr(tio, "open_input", refuse_b)
        out = tmp_path / "out"
        assert main(["clean", str(folder), "-o", str(out)]) == 2
        assert f"{folder / 'b.txt'}: Permission denied" in last_line(capsys.readouterr().err)
        assert main(["clean", str(folder), "-o", str(out), "--on-error", "skip"]) == 1
        assert (out / "a.txt").read_text() == "a b\n"
        assert "files skipped 1" in capsys.readouterr().err

    def test_file_level_stop_counts(self, tmp_path, capsys):
        """A file-level stop counts no rejected records, and says where it stopped."""
        bad = tmp_path / "bad.txt"
        bad.write_bytes(bytes(range(256)) * 8 + b"\x00\xff\xfe\x81" * 100)
        assert main(["clean", str(bad)]) == 2
        err = capsys.readouterr().err
        assert "read 0, written 0, rejected 0" in err
        assert f"stopped at {bad}" in err

    def test_broken_pipe_quiet(self, tmp_path):
        """Output into a closed pipe (| head -1) ends quietly with status 0."""
        import subprocess
        import sys

        src = tmp_path / "in.jsonl"
        src.write_text("".join(f'{{"text": "doc  {i}"}}\n' for i in range(50_000)))
        script = f"import sys; from textclean.cli import main; sys.exit(main(['clean', '-q', {str(src)!r}]))"
        proc = subprocess.Popen(
            [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        first = proc.stdout.readline()
        proc.stdout.close()  # what head -1 does
        status = proc.wait(timeout=60)
        assert first == b'{"text": "doc 0"}\n'
        assert proc.stderr.read() == b""
        assert status == 0


class TestConfigErrors:
    @pytest.mark.parametrize(
        ("toml", "named"),
        [
            ('boilerplate_patterns = ["("]', "boilerplate_patterns"),
            ("profile = 5", "profile"),
            ("boilerplate_file = 5", "boilerplate_file"),
            ('boilerplate_disabled = ["nope"]', "nope"),
            ('normalize_whitespace = "no"', "normalize_whitespace"),
            ('boilerplate_lines = "Subscribe"', "boilerplate_lines"),
            ('unicode_form = "nfkc"', "unicode_form"),
            ("enable = 5", "enable"),
        ],
    )
    @pytest.mark.parametrize("jobs", ["1", "2"])
    def test_bad_setting_one_line(self, tmp_path, capsys, toml, named, jobs):
        """A bad setting is one line naming it, whatever --jobs is."""
        conf = tmp_path / "c.toml"
        conf.write_text(toml)
        status, _ = run(["clean", "--config", str(conf), "--jobs", jobs], b"x")
        assert status == 2
        err = capsys.readouterr().err
        assert "Traceback" not in err
        assert named in last_line(err)

    def test_single_name_enable(self, tmp_path):
        """enable = "normalize_punctuation" is one name, not letters."""
        conf = tmp_path / "c.toml"
        conf.write_text('enable = "normalize_punctuation"')
        status, out = run(["clean", "-q", "--config", str(conf)], "“x”".encode())
        assert (status, out) == (0, b'"x"\n')

    def test_non_utf8_toml(self, tmp_path, capsys):
        """A TOML file that is not UTF-8 is named."""
        conf = tmp_path / "c.toml"
        conf.write_bytes(b'boilerplate_lines = ["caf\xe9"]')
        status, _ = run(["clean", "--config", str(conf)], b"x")
        assert status == 2
        assert f"{conf}: not UTF-8" in last_line(capsys.readouterr().err)


NON_FINITE = st.sampled_from(["NaN", "Infinity", "-Infinity", "1e400", "-1E999", "0.1e-400"])
BIG_INTS = st.integers(min_value=10**18, max_value=10**40).map(str) | st.integers(
    max_value=-(10**18), min_value=-(10**40)
).map(str)
SURROGATES = st.sampled_from(['"\\ud800"', '"x\\udfff"', '"\\ud83d\\ude00"', '"\\u0000\\"\\\\"'])
DEEP = st.integers(min_value=1, max_value=3 * tio.MAX_DEPTH).map(lambda n: "[" * n + "]" * n)
PLAIN = st.recursive(
    st.none()
    | st.booleans()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3)
    ),
    max_leaves=8,
).map(json.dumps)
UNTOUCHED = NON_FINITE | BIG_INTS | SURROGATES | DEEP | PLAIN


@pytest.mark.parametrize("backend_name", sorted(tio.BACKENDS))
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(records=st.lists(st.tuples(UNTOUCHED, st.text(max_size=30)), min_size=1, max_size=6))
def test_untouched_fields_survive_any_value(tmp_path, backend_name, records):
    """Fields not cleaned come out byte-identical, or the line is rejected with a reason."""
    previous = tio._parse
    tio.use_json_backend(backend_name)
    try:
        lines = [f'{{"meta": {raw}, "text": {json.dumps(text)}}}' for raw, text in records]
        src, out, rej = tmp_path / "h.jsonl", tmp_path / "h.out.jsonl", tmp_path / "h.rej.jsonl"
        src.write_text("".join(line + "\n" for line in lines), "utf-8")
        status = clean_skipping(src, out, rej)
    finally:
        tio._parse = previous
    written = out.read_text("utf-8").splitlines()
    rejected = [json.loads(line) for line in rej.read_text("utf-8").splitlines()]
    assert status == (1 if rejected else 0)
    expected_written = []
    expected_rejected = []
    for line, (raw, text) in zip(lines, records, strict=True):
        if raw in {"NaN", "Infinity", "-Infinity"}:
            expected_rejected.append((line, "invalid JSON"))
        elif raw.startswith("[") and raw.count("[") > tio.MAX_DEPTH - 1:
            expected_rejected.append((line, "nested deeper"))
        else:
            cleaned = clean(text)
            expected_written.append(
                line
                if cleaned == text
                else f'{{"meta": {raw}, "text": {tio.json_string(cleaned)}}}'
            )
    assert written == expected_written
    assert [
        (r["raw"], r["reason"][: len(reason)])
        for r, (_, reason) in zip(rejected, expected_rejected, strict=True)
    ] == expected_rejected


LINE = st.one_of(
    st.binary(max_size=40).filter(lambda b: b"\n" not in b and b"\r" not in b),
    st.builds(lambda t: json.dumps({"text": t}).encode(), st.text(max_size=20)),
    st.builds(
        lambda t: json.dumps({"text": t}, ensure_ascii=False).encode("utf-8", "surrogatepass"),
        st.text(max_size=20),
    ),
)


@pytest.mark.usefixtures("backend")
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(lines=st.lists(LINE, max_size=8))
def test_any_bytes_counted_never_crash(tmp_path, capsys, lines):
    """Any bytes as JSONL lines: every non-blank line is written or rejected with a reason; no traceback."""
    src, out, rej = tmp_path / "f.jsonl", tmp_path / "f.out.jsonl", tmp_path / "f.rej.jsonl"
    src.write_bytes(b"".join(line + b"\n" for line in lines))
    capsys.readouterr()
    status = clean_skipping(src, out, rej)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    nonblank = [line for line in lines if line.strip()]
    written = out.read_bytes().splitlines()
    rejected = [json.loads(line) for line in rej.read_bytes().splitlines()]
    assert status == (1 if rejected else 0)
    assert len(written) + len(rejected) == len(nonblank)
    for entry in rejected:
        assert entry["reason"]
        assert entry["raw"].encode("utf-8", "surrogateescape") in nonblank
    for line in written:
        assert isinstance(json.loads(line)["text"], str)


@given(st.text())
def test_quoting_same_with_either_library(text):
    """The cleaned value is written the same with orjson as with the standard library."""
    assert tio._quoted(text) == tio.json_string(text).encode()
    assert json.loads(tio._quoted(text)) == text or any(0xD800 <= ord(c) <= 0xDFFF for c in text)


class TestConfigValidation:
    @pytest.mark.parametrize(
        ("settings", "named"),
        [
            ({"normalize_whitespace": "no"}, "normalize_whitespace"),
            ({"boilerplate_lines": "Subscribe"}, "boilerplate_lines"),
            ({"boilerplate_patterns": ["("]}, "boilerplate_patterns"),
            ({"unicode_form": "NFX"}, "unicode_form"),
            ({"unicode_form": "nfkc"}, "NFKC"),
            ({"boilerplate_disabled": ["nope"]}, "comment_form"),
            ({"boilerplate_learned": [5]}, "boilerplate_learned"),
        ],
    )
    def test_api_refuses_bad_values_when_built(self, settings, named):
        """CleanConfig and Cleaner check every value when built, naming the setting or the valid values."""
        from textclean import CleanConfig, Cleaner, TextcleanError

        with pytest.raises(TextcleanError, match=named):
            CleanConfig(**settings)
        with pytest.raises(TextcleanError, match=named):
            Cleaner("ml", **settings)

    def test_every_setting_checked(self):
        """Each field of CleanConfig, present and future, refuses a value of the wrong type."""
        import dataclasses

        from textclean import CleanConfig, TextcleanError

        for field in dataclasses.fields(CleanConfig):
            with pytest.raises(TextcleanError, match=field.name):
                CleanConfig(**{field.name: 3.5})

    def test_lists_stored_as_tuples(self):
        """Lists given for collection settings are kept as the field's own type."""
        from textclean import CleanConfig

        config = CleanConfig(boilerplate_lines=["Subscribe"], boilerplate_disabled=["user"])
        assert config.boilerplate_lines == ("Subscribe",)
        assert config.boilerplate_disabled == frozenset({"user"})
        assert hash(config) == hash(
            CleanConfig(boilerplate_lines=("Subscribe",), boilerplate_disabled={"user"})
        )


def test_french_cp1252_file_reported(tmp_path, capsys):
    """The French cp1252 file of the issue is written as French and reported as cp1252 with its confidence."""
    src = tmp_path / "fr.txt"
    src.write_bytes(b"caf\xe9 tr\xe8s cr\xe8me br\xfbl\xe9e d\xe9j\xe0 fen\xeatre")
    status, out = run(["clean", str(src)])
    assert status == 0
    assert out.decode() == "café très crème brûlée déjà fenêtre\n"
    assert "decoded as cp1252 (confidence 100%)" in capsys.readouterr().err


def test_in_place_remote_refused(capsys):
    """--in-place on a URL is refused (reading and rewriting one object at once is unsafe)."""
    fsspec = pytest.importorskip("fsspec")
    fsspec.filesystem("memory").pipe("/inplace/a.txt", b"a  b")
    assert main(["clean", "--in-place", "memory://inplace/a.txt"]) == 2
    assert "local files only" in capsys.readouterr().err


class TestOutputNames:
    def test_relative_single_file_to_file(self, tmp_path, monkeypatch):
        """A relative input name and -o file.jsonl give that file, not a folder."""
        monkeypatch.chdir(tmp_path)
        (tmp_path / "one.jsonl").write_text('{"text": "a  b"}\n')
        assert main(["clean", "-q", "one.jsonl", "-o", "out.jsonl"]) == 0
        assert (tmp_path / "out.jsonl").read_text() == '{"text": "a b"}\n'

    def test_trailing_slash_is_a_folder(self, tmp_path, monkeypatch):
        """-o name/ is a folder even before it exists."""
        monkeypatch.chdir(tmp_path)
        (tmp_path / "one.jsonl").write_text('{"text": "a  b"}\n')
        assert main(["clean", "-q", "one.jsonl", "-o", "outdir/"]) == 0
        assert (tmp_path / "outdir" / "one.jsonl").read_text() == '{"text": "a b"}\n'

    def test_two_things_on_stdout_refused(self, capsys):
        """The output and --report cannot both be stdout."""
        status, _ = run(["clean", "--format", "jsonl", "--report", "-"], b'{"text": "x"}\n')
        assert status == 2
        assert "cannot both go to stdout" in capsys.readouterr().err

    def test_empty_folder_warns(self, tmp_path, capsys):
        """A folder with no matching file says so."""
        (tmp_path / "empty").mkdir()
        assert main(["clean", str(tmp_path / "empty"), "-o", str(tmp_path / "o")]) == 0
        assert "no input files matched" in capsys.readouterr().err


KEYS = st.sampled_from(["text", "a", "b", 'q"', "t\\x", "é"])
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=3),
    max_leaves=10,
)


@given(
    st.dictionaries(KEYS, JSON_VALUES, max_size=4),
    st.lists(KEYS, min_size=1, max_size=3),
    st.text(max_size=10),
    st.booleans(),
    st.sampled_from([(",", ":"), (", ", ": "), (" , ", " : ")]),
)
def test_value_span_finds_what_the_parser_reads(data, path, text, ascii_only, separators):
    """The span the splicer replaces holds exactly the value a JSON parser reads at the path."""
    target = data
    for key in path[:-1]:
        if not isinstance(target.get(key), dict):
            target[key] = {}
        target = target[key]
    target[path[-1]] = text
    line = json.dumps(data, ensure_ascii=ascii_only, separators=separators)
    start, end = tio.value_span(line, tuple(path))
    assert json.loads(line[start:end]) == tio.get_field(json.loads(line), tuple(path)) == text


class TestSpecialOutputs:
    def test_device_output_is_written_not_replaced(self, tmp_path):
        """-o /dev/null writes to the device; the device node stays a device."""
        source = tmp_path / "in.txt"
        source.write_text("hello\n", "utf-8")
        assert main(["clean", str(source), "-o", "/dev/null", "-q"]) == 0
        assert stat.S_ISCHR(Path("/dev/null").stat().st_mode)

    def test_full_device_names_the_output(self, tmp_path, capsys):
        """A full disk (/dev/full) stops the run with one line naming the output, counts at 0."""
        if not Path("/dev/full").exists():
            pytest.skip("no /dev/full here")
        source = tmp_path / "in.txt"
        source.write_text("hello\n", "utf-8")
        assert main(["clean", str(source), "-o", "/dev/full"]) == 2
        err = capsys.readouterr().err
        assert "/dev/full: cannot be written (No space left on device)" in err
        assert "written 0" in err
        assert stat.S_ISCHR(Path("/dev/full").stat().st_mode)

    def test_fifo_output_is_written_through(self, tmp_path):
        """A named pipe gets the cleaned text, as a shell redirection would give it."""
        import threading

        source = tmp_path / "in.txt"
        source.write_text("hello  world\n", "utf-8")
        fifo = tmp_path / "pipe"
        os.mkfifo(fifo)
        got: list[bytes] = []
        reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
        reader.start()
        assert main(["clean", str(source), "-o", str(fifo), "-q"]) == 0
        reader.join(10)
        assert got == [b"hello world\n"]
        assert fifo.is_fifo()


class TestClosedStreams:
    def test_closed_stdin_is_named(self, monkeypatch, capsys):
        """Started with stdin closed (<&-), the run stops with one line naming <stdin>."""
        monkeypatch.setattr("sys.stdin", None)
        assert main(["clean", "-q", "--format", "jsonl"]) == 2
        assert "<stdin>: standard input is closed; pass an input file" in capsys.readouterr().err

    def test_closed_stdin_for_explain_is_named(self, monkeypatch, capsys):
        """`explain -` with stdin closed says so, as clean does."""
        monkeypatch.setattr("sys.stdin", None)
        assert main(["explain", "-", "--no-pager"]) == 2
        assert "<stdin>: standard input is closed" in capsys.readouterr().err

    def test_closed_stdout_is_named(self, tmp_path, monkeypatch, capsys):
        """Started with stdout closed (>&-) and no --output, the run says to pass one."""
        source = tmp_path / "in.txt"
        source.write_text("hello\n", "utf-8")
        monkeypatch.setattr("sys.stdout", None)
        assert main(["clean", str(source)]) == 2
        err = capsys.readouterr().err
        assert "<stdout>: cannot be written (standard output is closed)" in err
        assert "pass --output FILE" in err


class TestOutputPlaces:
    def test_output_under_a_file_is_named(self, tmp_path, capsys):
        """-o file.txt/x (a file where a folder should be) names the output; the file is kept."""
        source = tmp_path / "in.txt"
        source.write_text("hello  world\n", "utf-8")
        assert main(["clean", str(source), "-o", str(source / "x.txt")]) == 2
        err = last_line(capsys.readouterr().err)
        assert f"{source / 'x.txt'}: cannot be written" in err
        assert "a file stands where a folder is needed" in err
        assert source.read_text("utf-8") == "hello  world\n"

    def test_unwritable_folder_names_the_output_not_the_part(self, tmp_path, monkeypatch, capsys):
        """A folder that refuses new files (EACCES) is reported at the output's name."""
        real_open = os.open

        def refuse_parts(path, *args, **kwargs):
            if str(path).endswith(".part"):
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
            return real_open(path, *args, **kwargs)

        source = tmp_path / "in.txt"
        source.write_text("hello\n", "utf-8")
        monkeypatch.setattr(os, "open", refuse_parts)
        assert main(["clean", str(source), "-o", str(tmp_path / "out.txt")]) == 2
        err = last_line(capsys.readouterr().err)
        assert f"{tmp_path / 'out.txt'}: cannot be written (Permission denied)" in err
        assert "check the folder's permissions" in err
        assert ".part" not in err
        assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt"]

    def test_full_disk_stops_even_when_skipping(self, tmp_path, capsys):
        """A full disk is not a bad input file: --on-error skip stops too, and counts nothing."""
        if not Path("/dev/full").exists():
            pytest.skip("no /dev/full here")
        source = tmp_path / "in.txt"
        source.write_text("hello\n", "utf-8")
        assert main(["clean", str(source), "-o", "/dev/full", "--on-error", "skip"]) == 2
        err = capsys.readouterr().err
        assert "/dev/full: cannot be written (No space left on device)" in err
        assert "files skipped" not in err
        assert "written 0" in err

    def test_commit_failure_is_an_output_error(self):
        """The library's AtomicOutput reports a failed commit as the CLI does: one OutputError."""
        if not Path("/dev/full").exists():
            pytest.skip("no /dev/full here")
        out = tio.AtomicOutput(Path("/dev/full"))
        out.stream.write(b"x" * 10)
        with pytest.raises(OutputError, match="cannot be written") as raised:
            out.commit()
        assert isinstance(raised.value, OSError)
        assert raised.value.where == "/dev/full"

    def test_a_folder_into_one_file_is_refused(self, tmp_path, capsys):
        """A folder of one file into a file name is refused, saying it is a folder."""
        (tmp_path / "in").mkdir()
        (tmp_path / "in" / "a.txt").write_text("a\n", "utf-8")
        assert main(["clean", str(tmp_path / "in"), "-o", str(tmp_path / "out.txt")]) == 2
        assert "a folder (of 1 file) cannot go into one file" in capsys.readouterr().err


class TestEmptyAndSkipped:
    @pytest.mark.parametrize("jobs", ["1", "2"])
    def test_empty_file_stays_empty(self, tmp_path, jobs):
        """An empty text file is cleaned into an empty file, not a newline."""
        (tmp_path / "in").mkdir()
        (tmp_path / "in" / "empty.txt").write_bytes(b"")
        (tmp_path / "in" / "full.txt").write_text("a  b", "utf-8")
        out = tmp_path / "out"
        assert main(["clean", "-q", str(tmp_path / "in"), "-o", str(out), "--jobs", jobs]) == 0
        assert (out / "empty.txt").read_bytes() == b""
        assert (out / "full.txt").read_bytes() == b"a b\n"

    def test_skipped_file_is_not_told_to_skip(self, tmp_path, capsys):
        """Under --on-error skip, a skipped file's line does not advise --on-error skip."""
        (tmp_path / "bad.txt.gz").write_bytes(b"not gzip at all")
        (tmp_path / "ok.txt").write_text("fine\n", "utf-8")
        args = [str(tmp_path / "bad.txt.gz"), str(tmp_path / "ok.txt"), "-o", str(tmp_path / "o")]
        assert main(["clean", *args, "--on-error", "skip"]) == 1
        skipped = [line for line in capsys.readouterr().err.splitlines() if "skipped" in line]
        assert skipped
        assert "bad.txt.gz" in skipped[0]
        assert "--on-error" not in skipped[0]

    def test_parquet_null_is_named_plainly(self, tmp_path, capsys):
        """A null or bytes Parquet value is reported as null or bytes, with its row."""
        pa = pytest.importorskip("pyarrow")
        pq = pytest.importorskip("pyarrow.parquet")
        pq.write_table(pa.table({"text": ["a", None]}), tmp_path / "in.parquet")
        assert main(["clean", str(tmp_path / "in.parquet"), "-o", str(tmp_path / "o.parquet")]) == 2
        assert "in.parquet:row 2: column 'text' is null, not text" in capsys.readouterr().err
        assert not (tmp_path / "o.parquet").exists()


class TestBadCsv:
    def test_unclosed_quote_stops_at_its_row(self, tmp_path, capsys):
        """A quote that never closes stops the run at its row, not merging later rows into it."""
        source = tmp_path / "in.csv"
        source.write_text('id,body\n1,"a  b\n2,c\n3,d\n', "utf-8")
        assert main(["clean", str(source), "-o", str(tmp_path / "o.csv"), "--field", "body"]) == 2
        err = last_line(capsys.readouterr().err)
        assert "in.csv:2: bad CSV (unexpected end of data): a quoted field is not closed" in err
        assert not (tmp_path / "o.csv").exists()

    def test_text_after_closing_quote_is_refused(self, tmp_path, capsys):
        """Text right after a closing quote is an error, not silently glued on ("a"b -> ab)."""
        source = tmp_path / "in.csv"
        source.write_text('id,body\n1,ok\n2,"a"b\n', "utf-8")
        assert main(["clean", str(source), "-o", str(tmp_path / "o.csv"), "--field", "body"]) == 2
        assert "in.csv:3: bad CSV" in last_line(capsys.readouterr().err)

    def test_quoted_rows_keep_their_first_line(self, tmp_path, capsys):
        """A record spanning lines is named by the line it starts on; good quoting passes."""
        source = tmp_path / "in.csv"
        source.write_text('id,body\n1,"two\nlines  x"\n2,"say ""hi"""\n3\n', "utf-8")
        args = [str(source), "-o", str(tmp_path / "o.csv"), "--field", "body", "--on-error", "skip"]
        assert main(["clean", *args]) == 1
        assert f"skipped {source}:5: row has 1 columns" in capsys.readouterr().err
        written = (tmp_path / "o.csv").read_text("utf-8")
        assert written == 'id,body\n1,"two\nlines x"\n2,"say ""hi"""\n'
