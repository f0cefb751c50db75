"""The distribution: name, version, metadata, licence files in wheel and sdist, extras, ftfy's internals."""

from __future__ import annotations

import importlib.metadata
import re
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

import textclean
from textclean import cli
from textclean.extras import MissingExtraError

ROOT = Path(__file__).resolve().parent.parent
DISTRIBUTION = "textclean-kit"


class TestMetadata:
    def test_version_matches_the_package(self):
        """The installed distribution's version is textclean.__version__ (one source)."""
        assert importlib.metadata.version(DISTRIBUTION) == textclean.__version__
        assert Version(textclean.__version__) >= Version("0.1")

    def test_name_licence_and_python(self):
        """Name, licence expression and Python requirement are declared."""
        meta = importlib.metadata.metadata(DISTRIBUTION)
        assert meta["Name"] == DISTRIBUTION
        assert meta["License-Expression"] == "Apache-2.0"
        assert Requirement(f"x{meta['Requires-Python']}").specifier.contains("3.11")

    def test_extras_are_declared(self):
        """Every extra the README and the error messages name exists."""
        extras = set(importlib.metadata.metadata(DISTRIBUTION).get_all("Provides-Extra") or ())
        assert {"ascii", "parquet", "dask", "fast", "sklearn", "datatrove", "all"} <= extras

    def test_ftfy_is_bounded_and_installed_within(self):
        """ftfy has an upper bound (its internals are read), and the installed one is inside it."""
        requirements = [
            Requirement(line) for line in importlib.metadata.requires(DISTRIBUTION) or ()
        ]
        (ftfy,) = [req for req in requirements if req.name == "ftfy"]
        assert any(spec.operator == "<" for spec in ftfy.specifier)
        assert ftfy.specifier.contains(importlib.metadata.version("ftfy"))


class TestFtfyInternals:
    """fix_encoding reads ftfy.badness and ftfy.chardata: the shapes it relies on are still there."""

    def test_badness_pattern_and_categories(self):
        """BADNESS_RE is a str pattern finding mojibake; MOJIBAKE_CATEGORIES holds the categories read."""
        from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES

        assert isinstance(BADNESS_RE, re.Pattern)
        assert isinstance(BADNESS_RE.pattern, str)
        assert BADNESS_RE.search("The cafÃ© is open")
        assert not BADNESS_RE.search("The café is open")
        read = {
            "c1", "bad", "law", "currency", "numeric", "kaomoji", "upper_accented",
            "lower_accented", "box", "start_punctuation", "end_punctuation",
        }  # fmt: skip
        assert read <= set(MOJIBAKE_CATEGORIES)
        assert all(isinstance(MOJIBAKE_CATEGORIES[name], str) for name in read)

    def test_chardata_patterns(self):
        """HTML_ENTITY_RE matches str; ALTERED_UTF8_RE and LOSSY_UTF8_RE match bytes."""
        from ftfy.chardata import ALTERED_UTF8_RE, HTML_ENTITY_RE, LOSSY_UTF8_RE

        assert HTML_ENTITY_RE.search("fish &amp; chips")
        assert isinstance(ALTERED_UTF8_RE.pattern, bytes)
        assert isinstance(LOSSY_UTF8_RE.pattern, bytes)
        assert ALTERED_UTF8_RE.search(b"\xc3 x")
        assert LOSSY_UTF8_RE.search(b"\xe2\x80\x1a")

    def test_lossy_and_altered_alternatives_have_the_assumed_shape(self):
        """
        encoding.py searches near 0x1A or "?" (lossy) and near a space (altered), a few bytes wide.

        Each top-level alternative must hold such a byte and be at most six
        (lossy) or four (altered) bytes long.
        """
        from ftfy.chardata import ALTERED_UTF8_RE, LOSSY_UTF8_RE

        token = re.compile(rb"\[[^\]]*\]|\\.|.", re.DOTALL)
        for pattern, mark, longest in (
            (LOSSY_UTF8_RE.pattern, (b"\x1a", b"?"), 6),
            (ALTERED_UTF8_RE.pattern, (b" ",), 4),
        ):
            assert b"(" not in pattern
            for alternative in pattern.split(b"|"):
                assert any(byte in alternative for byte in mark), alternative
                assert len(token.findall(alternative)) <= longest, alternative

    def test_config_fields(self):
        """TextFixerConfig still has the fields FixEncoding sets."""
        import ftfy

        from textclean._filters.encoding import FTFY_ENCODING_ONLY

        assert isinstance(FTFY_ENCODING_ONLY, ftfy.TextFixerConfig)
        assert ftfy.TextFixerConfig().max_decode_length > 0


@pytest.fixture(scope="module")
def dist(tmp_path_factory):
    """Build the wheel and sdist once, offline, with the installed hatchling."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    return out


class TestBuiltArtifacts:
    def test_wheel_holds_licence_notice_and_data(self, dist):
        """The wheel ships LICENSE and NOTICE in its metadata, the package and py.typed."""
        (wheel,) = dist.glob("textclean_kit-*.whl")
        names = zipfile.ZipFile(wheel).namelist()
        info = f"textclean_kit-{textclean.__version__}.dist-info"
        assert f"{info}/licenses/LICENSE" in names
        assert f"{info}/licenses/NOTICE" in names
        assert "textclean/py.typed" in names
        assert "textclean/_confusables.py" in names
        assert "textclean/extras.py" in names
        assert "textclean/integrations/datatrove.py" in names
        assert "textclean/data/lexicon/en.txt.gz" in names
        assert not any(name.startswith("tests/") for name in names)

    def test_sdist_holds_licence_and_notice(self, dist):
        """The sdist ships LICENSE, NOTICE and the sources its tests need."""
        (sdist,) = dist.glob("textclean_kit-*.tar.gz")
        with tarfile.open(sdist) as archive:
            names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
        assert {
            "LICENSE",
            "NOTICE",
            "pyproject.toml",
            "README.md",
            "textclean/__init__.py",
        } <= names

    def test_licence_is_the_apache_text(self):
        """LICENSE is the full Apache-2.0 text; NOTICE credits the Unicode and wordfreq data."""
        licence = (ROOT / "LICENSE").read_text("utf-8")
        assert "Apache License" in licence
        assert "Version 2.0, January 2004" in licence
        assert "END OF TERMS AND CONDITIONS" in licence
        notice = (ROOT / "NOTICE").read_text("utf-8")
        assert "UNICODE, INC. LICENSE AGREEMENT" in notice
        assert "CC BY-SA 4.0" in notice


class TestCommandLine:
    def test_version(self, capsys):
        """`textclean --version` prints the version and exits 0."""
        with pytest.raises(SystemExit) as exit_info:
            cli.main(["--version"])
        assert exit_info.value.code == 0
        assert capsys.readouterr().out.strip() == f"textclean {textclean.__version__}"

    def test_bare_command_prints_help(self, capsys):
        """A bare `textclean` prints the help, listing the commands, and exits 0."""
        with pytest.raises(SystemExit) as exit_info:
            cli.main([])
        assert exit_info.value.code == 0
        out = capsys.readouterr().out
        assert out.startswith("usage: textclean")
        assert "clean" in out
        assert "explain" in out


class TestMissingExtras:
    """A missing optional package names the extra that installs it."""

    def test_ascii_profile_fails_when_built(self, monkeypatch):
        """The ascii profile's Cleaner is refused at construction, naming textclean-kit[ascii]."""
        monkeypatch.setitem(sys.modules, "unidecode", None)
        with pytest.raises(
            MissingExtraError, match=re.escape("pip install 'textclean-kit[ascii]'")
        ):
            textclean.Cleaner("ascii")

    def test_parquet_input_names_the_extra(self, monkeypatch, tmp_path, capsys):
        """Reading Parquet without pyarrow says to install textclean-kit[parquet]."""
        source = tmp_path / "in.parquet"
        source.write_bytes(b"PAR1")
        monkeypatch.setitem(sys.modules, "pyarrow", None)
        monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
        status = cli.main(["clean", str(source), "-o", str(tmp_path / "out.parquet"), "-q"])
        assert status == 2
        assert "pip install 'textclean-kit[parquet]'" in capsys.readouterr().err

    def test_dask_option_names_the_extra(self, monkeypatch, tmp_path, capsys):
        """--dask without distributed says to install textclean-kit[dask]."""
        source = tmp_path / "in.txt"
        source.write_text("hello\n", "utf-8")
        monkeypatch.setitem(sys.modules, "distributed", None)
        status = cli.main(
            ["clean", str(source), "-o", str(tmp_path / "out.txt"), "--dask", "tcp://nowhere:1"]
        )
        assert status == 2
        assert "pip install 'textclean-kit[dask]'" in capsys.readouterr().err

    def test_error_is_an_import_error(self):
        """MissingExtraError is an ImportError, so existing handlers still catch it."""
        error = MissingExtraError("x", "pyarrow", "parquet")
        assert isinstance(error, ImportError)
        assert error.name == "pyarrow"
