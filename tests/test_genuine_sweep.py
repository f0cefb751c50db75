"""
The genuine-text sweep (bench/genuine_sweep.py): reading catalogs and counting changes, on a made-up catalog.

The sweep itself downloads wheels and stays out of the suite; these tests pin
how it builds documents and counts what the filters did.
"""

from __future__ import annotations

import struct
import sys
import zipfile
from pathlib import Path

import pytest
from bench_modules import load_bench_module

_SCRIPT = Path(__file__).resolve().parent.parent / "bench" / "genuine_sweep.py"

if not _SCRIPT.exists():  # an sdist ships tests/ but not bench/
    pytest.skip("bench/genuine_sweep.py is not in this tree", allow_module_level=True)


sys.path.insert(0, str(_SCRIPT.parent))  # the sweep imports bench/corpus.py's pip_download
sweep = load_bench_module(_SCRIPT.parent, "genuine_sweep")

HEADER = "Content-Type: text/plain; charset=UTF-8\n"
CATALOG = {
    "": HEADER,
    "Save": "Сохранить",
    "Cancel": "Отмена",
    "Delete": "Удалить",
    "Name": "Name",  # untranslated: left out
    "Help": "",  # empty: left out
    "ctx\x04Open": "Открыть",
    "One file\x00%d files": "Один файл\x00%d файла\x00%d файлов",
    "Welcome": "Добро пожаловать.\nВойдите, чтобы продолжить.",
}


def mo_bytes(catalog: dict[str, str]) -> bytes:
    """A little-endian .mo file holding ``catalog``, as msgfmt writes one."""
    ids = [k.encode() for k in sorted(catalog)]
    strs = [catalog[k].encode() for k in sorted(catalog)]
    count = len(ids)
    ids_at, strs_at = 28, 28 + 8 * count
    data_at = strs_at + 8 * count
    table, blob = [], b""
    for raw in (*ids, *strs):
        table.append((len(raw), data_at + len(blob)))
        blob += raw + b"\0"
    head = struct.pack("<7I", 0x950412DE, 0, count, ids_at, strs_at, 0, data_at)
    return head + b"".join(struct.pack("<2I", *entry) for entry in table) + blob


class TestReading:
    def test_read_mo_splits_plurals_and_drops_contexts_and_header(self):
        """Each plural form is a pair of its own; a context is not part of the msgid."""
        pairs = sweep.read_mo(mo_bytes(CATALOG))
        assert ("Open", "Открыть") in pairs
        assert [text for msgid, text in pairs if msgid == "One file"] == [
            "Один файл",
            "%d файла",
            "%d файлов",
        ]
        assert all(msgid for msgid, _ in pairs)

    def test_catalog_docs_leave_out_untranslated_entries(self):
        """Entries, a list and glossary rows, none of them empty or equal to the English."""
        docs = sweep.catalog_docs("made-up", "ru", sweep.read_mo(mo_bytes(CATALOG)), 60)
        kinds = {doc.kind for doc in docs}
        assert kinds == {"entry", "list", "tsv"}
        texts = [doc.text for doc in docs if doc.kind == "entry"]
        assert "Name" not in texts
        assert "" not in texts
        assert len(texts) == 8  # 6 translations, one with 3 plural forms
        for rows in [doc.text for doc in docs if doc.kind == "tsv"]:
            assert all(line.count("\t") == 1 for line in rows.splitlines())

    def test_wheel_docs_read_locales_and_readme(self, tmp_path):
        """A wheel's catalogs give documents in their locale's language, its README English ones."""
        wheel = tmp_path / "made_up-1.0-py3-none-any.whl"
        with zipfile.ZipFile(wheel, "w") as archive:
            archive.writestr("made_up/locale/sr@latin/LC_MESSAGES/app.mo", mo_bytes(CATALOG))
            archive.writestr("made_up/locale/en/LC_MESSAGES/app.mo", mo_bytes(CATALOG))
            archive.writestr(
                "made_up-1.0.dist-info/METADATA",
                "Metadata-Version: 2.1\nName: made-up\n\n# Made up\n\n    pip install made-up\n",
            )
        docs = sweep.documents([("made-up", wheel)])
        langs = {doc.lang for doc in docs}
        assert langs == {"sr-latn", "en"}
        assert any(doc.kind == "readme" and "pip install" in doc.text for doc in docs)
        assert len({doc.text for doc in docs}) == len(docs)  # each text once


class TestCounting:
    def test_kept_letters_intact(self):
        """Lines may go and spaces change; letters may not, but NFC's reordering is no change."""
        assert sweep.kept_letters_intact("Menu\n\nBonjour  à tous.", "Bonjour à tous.")
        assert not sweep.kept_letters_intact("Bonjour à tous.", "Bonjour a tous.")
        assert not sweep.kept_letters_intact("one\ntwo", "two\none")
        assert sweep.kept_letters_intact("Cafe\u0301", "Café")

    def test_tally_counts_per_filter_and_language(self):
        """A document counts once per filter that changed it, apart for whitespace-only changes."""
        doc = sweep.Doc("made-up", "ru", "entry", "Сохранить  файл")
        other = sweep.Doc("made-up", "el", "entry", "Αποθήκευση")
        tally = sweep.Tally(examples=1)
        tally.add(doc, "Сохранить файл", [("normalize_whitespace", "' ' -> ''", False)])
        tally.add(other, "Αποθήκευση", [])
        tally.add(
            doc, "Coxpaнить", [("fix_homoglyphs", "x", True), ("normalize_whitespace", "y", False)]
        )
        assert tally.total == 3
        assert tally.changed == {("normalize_whitespace", "ru"): 2, ("fix_homoglyphs", "ru"): 1}
        assert tally.visible == {("fix_homoglyphs", "ru"): 1}
        assert len(tally.records) == 2
        report = tally.report()
        assert "fix_homoglyphs: 1 (ru 1/2)" in report
        assert "3 documents in 2 languages" in report

    def test_sweep_names_the_filter(self):
        """The real cleaner: a Latin look-alike in Russian is counted for fix_homoglyphs, clean text not."""
        docs = [
            sweep.Doc("made-up", "ru", "entry", "Cохранить изменения в файле"),
            sweep.Doc("made-up", "ru", "entry", "Сохранить изменения в файле"),
        ]
        tally = sweep.sweep(docs)
        assert tally.changed == {("fix_homoglyphs", "ru"): 1}
        assert tally.web == {("fix_homoglyphs", "ru"): 1}
        assert tally.records[0]["default"] == docs[1].text
