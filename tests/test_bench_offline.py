"""The bench with no network and with a damaged cache: a message that says what to do, no traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from bench_modules import load_bench_module

_FOLDER = Path(__file__).resolve().parent.parent / "bench"

if not (_FOLDER / "corpus.py").exists():  # an sdist ships tests/ but not bench/
    pytest.skip("bench/ is not in this tree", allow_module_level=True)

corpus = load_bench_module(_FOLDER, "corpus")


def test_no_network_names_the_package_and_the_remedy(tmp_path, monkeypatch):
    """pip's failure (no PyPI) is one FetchError, not a CalledProcessError out of subprocess."""

    def offline(command, **_kwargs):
        raise subprocess.CalledProcessError(1, command)

    monkeypatch.setattr(corpus.subprocess, "run", offline)
    with pytest.raises(corpus.FetchError) as error:
        corpus.fetch_pools(tmp_path)
    message = str(error.value)
    assert message.startswith(f"pip could not download {corpus.MIMESIS}")
    assert "where PyPI is reachable" in message
    assert not (tmp_path / "prose.json").exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [("pools.json", '{"passages": {"en": [["cut'), ("prose.json", '{"other": 1}')],
)
def test_a_damaged_cache_is_named(tmp_path, name, content):
    """A cache cut short by a stopped run, or of another shape: named, with the remedy."""
    (tmp_path / "prose.json").write_text('{"sentences": {}}', "utf-8")
    (tmp_path / name).write_text(content, "utf-8")
    with pytest.raises(corpus.FetchError) as error:
        corpus.fetch_pools(tmp_path)
    assert str(error.value).startswith(f"{tmp_path / name} is damaged (")
    assert "delete it" in str(error.value)


def test_a_cache_is_written_whole(tmp_path):
    """The file appears complete in one rename: no half-written pools.json to read later."""
    pools = {"sources": corpus.POOL_SOURCES, "passages": {"en": [["One."]]}}
    corpus._write_json(tmp_path / "pools.json", pools)
    assert corpus.fetch_pools(tmp_path) == {"en": [["One."]]}
    assert [path.name for path in tmp_path.iterdir()] == ["pools.json"]


def test_pools_of_other_sources_are_fetched_again(tmp_path, monkeypatch):
    """A pools.json built from other packages (an older bench) is built again, not used."""
    older = {"sources": "mimesis==22.2.0", "passages": {"en": [["One."]]}}
    corpus._write_json(tmp_path / "pools.json", older)

    def offline(_cache):
        raise corpus.FetchError("fetching again")

    monkeypatch.setattr(corpus, "fetch_prose", offline)
    with pytest.raises(corpus.FetchError, match="fetching again"):
        corpus.fetch_pools(tmp_path)


def test_run_exits_with_the_message(tmp_path):
    """bench/run.py's entry point turns a FetchError into one line and exit 1."""
    checked = subprocess.run(
        [sys.executable, "-c", _ENTRY, str(_FOLDER)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert checked.returncode == 1
    assert checked.stderr == "bench: pip could not download x\n"


# The entry point of run.py, with main() failing as an offline first run does.
_ENTRY = """
import sys
sys.path.insert(0, sys.argv[1])
import corpus, run
def main():
    raise corpus.FetchError("pip could not download x")
run.main = main
run._with_bytecode_cached = lambda: None
source = open(sys.argv[1] + "/run.py", encoding="utf-8").read()
exec(source[source.index('if __name__ == "__main__":'):], {**vars(run), "__name__": "__main__"})
"""
