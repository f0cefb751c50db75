"""The explain and report commands, in-process through main(argv), and explain in a real terminal."""

import json
import os
import subprocess
import sys

import pytest
from test_cli import SEEDS, run, write_jsonl

from textclean.cli import main


class TestExplainCommand:
    def test_json(self, tmp_path, capsys):
        """explain --json prints the textclean.explain/1 document."""
        doc = tmp_path / "d.txt"
        doc.write_text("Th\u0430t  is it.\n\nSource link", "utf-8")
        assert main(["explain", str(doc), "--json"]) == 0
        document = json.loads(capsys.readouterr().out)
        assert document["schema"] == "textclean.explain/1"
        assert document["source"] == str(doc)
        assert [s["filter"] for s in document["steps"]] == [
            "fix_homoglyphs",
            "normalize_whitespace",
            "remove_boilerplate",
        ]

    def test_line_column_and_code_points(self, tmp_path, capsys):
        """The text view shows line:column and the look-alike's code point."""
        doc = tmp_path / "d.txt"
        doc.write_text("First line.\nSecond l\u0430ne.", "utf-8")
        assert main(["explain", str(doc), "--color", "never"]) == 0
        out = capsys.readouterr().out
        assert "2:8" in out
        assert "\u0430 U+0430 → a" in out

    def test_record_and_id(self, tmp_path, capsys):
        """--record N and --id VALUE pick one JSONL record; --field names its text."""
        path = tmp_path / "docs.jsonl"
        write_jsonl(path, [{"id": "a", "body": "clean"}, {"id": "b", "body": "x\u200by"}])
        assert main(["explain", str(path), "--record", "2", "--field", "body"]) == 0
        out = capsys.readouterr().out
        assert f"{path}:2: 1 change by 1 filter" in out
        assert main(["explain", str(path), "--id", "a", "--field", "body", "--json"]) == 0
        document = json.loads(capsys.readouterr().out)
        assert (document["record"], document["changes"]) == ("a", 0)

    def test_jsonl_without_record_says_what_to_pass(self, tmp_path, capsys):
        """A JSONL file without --record or --id is an error that says what to pass."""
        path = tmp_path / "docs.jsonl"
        write_jsonl(path, [{"text": "a"}])
        assert main(["explain", str(path)]) == 2
        assert "--record N or --id" in capsys.readouterr().err

    def test_record_and_id_exclude_each_other(self, tmp_path):
        """--record and --id cannot both be given."""
        with pytest.raises(SystemExit):
            main(["explain", str(tmp_path / "x.jsonl"), "--record", "1", "--id", "a"])

    def test_colour(self, tmp_path, capsys, monkeypatch):
        """--color always colours; NO_COLOR and a pipe leave auto plain."""
        doc = tmp_path / "d.txt"
        doc.write_text("Th\u0430t", "utf-8")
        assert main(["explain", str(doc), "--color", "always"]) == 0
        assert "\033[" in capsys.readouterr().out
        monkeypatch.setenv("NO_COLOR", "1")
        assert main(["explain", str(doc)]) == 0
        assert "\033[" not in capsys.readouterr().out

    @pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
    def test_terminal_colours_and_pages(self, tmp_path):
        """In a real terminal: coloured, and long output goes through $PAGER; NO_COLOR turns colour off."""
        import pty

        doc = tmp_path / "d.txt"
        doc.write_text("".join(f"Line {i} is h\u0430rd.\n" for i in range(40)), "utf-8")
        paged = tmp_path / "paged.txt"
        pager = f'{sys.executable} -c "import sys, pathlib; pathlib.Path({str(paged)!r}).write_text(sys.stdin.read())"'

        def in_terminal(**env):
            leader, follower = pty.openpty()
            try:
                subprocess.run(
                    [sys.executable, "-m", "textclean.cli", "explain", str(doc)],
                    stdout=follower,
                    env={**os.environ, "PAGER": pager, "LINES": "10", **env},
                    check=True,
                    timeout=120,
                )
            finally:
                os.close(follower)
                os.close(leader)
            return paged.read_text("utf-8")

        shown = in_terminal(NO_COLOR="")
        assert "\033[1mfix_homoglyphs\033[0m: 40 changes on 40 lines" in shown
        plain = in_terminal(NO_COLOR="1")
        assert "fix_homoglyphs: 40 changes on 40 lines" in plain
        assert "\033[" not in plain

    def test_stdin(self):
        """- reads the text from stdin."""
        status, out = run(["explain", "-", "--no-pager"], "a\u200bb".encode())
        assert status == 0
        assert b"U+200B ZERO WIDTH SPACE" in out


class TestReportCommand:
    def test_folder(self, tmp_path, capsys):
        """report writes one HTML page for a seeded sample of a folder."""
        out = tmp_path / "report.html"
        assert main(["report", str(SEEDS), "-o", str(out), "--sample", "3", "--seed", "1"]) == 0
        page = out.read_text("utf-8")
        assert "3 of 5 documents sampled (seed 1)" in page
        assert "3 of 5 documents" in capsys.readouterr().err
        again = tmp_path / "again.html"
        assert main(["report", str(SEEDS), "-o", str(again), "--sample", "3", "--seed", "1"]) == 0
        assert again.read_text("utf-8") == page

    def test_jsonl_field(self, tmp_path):
        """JSONL input takes its text from --field; records are named by path:line and id."""
        path = tmp_path / "docs.jsonl"
        write_jsonl(path, [{"id": "n1", "doc": {"body": "Th\u0430t is it.\n\nSource link"}}])
        out = tmp_path / "r.html"
        assert main(["report", str(path), "-o", str(out), "--field", "doc.body"]) == 0
        page = out.read_text("utf-8")
        assert f"{path}:1 (id n1)" in page
        assert "aggregator_footer" in page

    def test_empty_corpus(self, tmp_path):
        """An empty folder gives a page that says there was nothing."""
        (tmp_path / "empty").mkdir()
        out = tmp_path / "r.html"
        assert main(["report", str(tmp_path / "empty"), "-o", str(out)]) == 0
        assert "0 of 0 documents sampled" in out.read_text("utf-8")

    def test_profile_and_disable(self, tmp_path):
        """Config options apply: a disabled filter is not in the page's filter table."""
        out = tmp_path / "r.html"
        assert main(["report", str(SEEDS), "-o", str(out), "--disable", "fix_homoglyphs"]) == 0
        assert "chip f-fix_homoglyphs" not in out.read_text("utf-8")

    def test_bad_sample(self, tmp_path, capsys):
        """--sample must be positive."""
        assert main(["report", str(SEEDS), "-o", str(tmp_path / "r.html"), "--sample", "0"]) == 2
        assert "--sample" in capsys.readouterr().err
