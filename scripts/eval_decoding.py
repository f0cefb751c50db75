"""
Measure decoding of legacy code pages on real translated text the rules were not written from.

Source: the gettext catalogs (.mo) installed on this machine, i.e. program messages
written by translators in many languages. Documents are runs of a few messages,
encoded in the language's legacy code page; a document counts as right when the
decoded text equals the original. The files are split by a hash of their path into
a development half and a held-out half; only the held-out half is reported by default.

    python scripts/eval_decoding.py [--half dev|held] [--old PATH_TO_OLD_DECODING_PY]
"""

import argparse
import hashlib
import importlib.util
import random
import struct
import sys
from collections import Counter
from pathlib import Path

CODE_PAGES = {
    "fr": "cp1252", "de": "cp1252", "es": "cp1252", "it": "cp1252", "pt": "cp1252",
    "sv": "cp1252", "da": "cp1252", "nl": "cp1252", "fi": "cp1252", "ca": "cp1252",
    "cs": "cp1250", "pl": "cp1250", "hu": "cp1250", "sk": "cp1250", "ro": "cp1250",
    "hr": "cp1250", "sl": "cp1250", "ru": "cp1251", "uk": "cp1251", "bg": "cp1251",
    "el": "cp1253", "tr": "cp1254", "lt": "cp1257", "lv": "cp1257",
}  # fmt: skip
MESSAGES_PER_DOC = 4


def mo_strings(path: Path) -> list[str]:
    data = path.read_bytes()
    magic = struct.unpack("<I", data[:4])[0]
    order = "<" if magic == 0x950412DE else ">"
    _, count, _, trans_offset = struct.unpack(order + "4I", data[4:20])
    out = []
    for i in range(count):
        length, offset = struct.unpack(
            order + "2I", data[trans_offset + 8 * i : trans_offset + 8 * i + 8]
        )
        text = data[offset : offset + length].decode("utf-8", "replace")
        if text and "Content-Type" not in text:
            out.append(text.split("\x00")[0])
    return out


def load(path: str) -> object:
    spec = importlib.util.spec_from_file_location("decoder", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.decode


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--half", choices=("dev", "held"), default="held")
    parser.add_argument("--old", help="an older decoding.py to compare")
    parser.add_argument("--docs", type=int, default=15, help="documents per language")
    args = parser.parse_args()
    decoders = {"new": load("textclean/decoding.py")}
    if args.old:
        decoders["old"] = load(args.old)
    rng = random.Random(0)  # noqa: S311 - a fixed shuffle, not security
    right = {name: Counter() for name in decoders}
    unsure_wrong = Counter()
    total = Counter()
    for lang, code_page in CODE_PAGES.items():
        files = sorted(Path("/usr/share/locale").glob(f"{lang}/LC_MESSAGES/*.mo"))
        files = [
            f
            for f in files
            if (hashlib.sha256(str(f).encode()).digest()[0] % 2 == 0) == (args.half == "dev")
        ]
        messages = [m for f in files for m in mo_strings(f) if not m.isascii() and len(m) > 20]
        rng.shuffle(messages)
        docs = 0
        for start in range(0, len(messages), MESSAGES_PER_DOC):
            doc = "\n".join(messages[start : start + MESSAGES_PER_DOC])
            try:
                data = doc.encode(code_page)
            except UnicodeEncodeError:
                continue
            total[lang] += 1
            for name, decode in decoders.items():
                try:
                    decoded = decode(data)
                except Exception:  # noqa: BLE001, S112 - a refusal counts as wrong
                    continue
                if decoded.text == doc:
                    right[name][lang] += 1
                elif name == "new" and getattr(decoded, "unsure", False):
                    unsure_wrong[lang] += 1
            docs += 1
            if docs >= args.docs:
                break
    for lang, code_page in CODE_PAGES.items():
        cells = "  ".join(f"{name} {right[name][lang]:3}/{total[lang]:<3}" for name in decoders)
        print(
            f"{lang:3} {code_page:7} {cells}  (new wrong but flagged unsure: {unsure_wrong[lang]})"
        )
    n = sum(total.values())
    summary = "  ".join(f"{name} {sum(right[name].values()) / n:.1%}" for name in decoders)
    print(f"all  {n} documents: {summary}; new wrong and unsure {sum(unsure_wrong.values())}")
    sys.exit(0)


if __name__ == "__main__":
    main()
