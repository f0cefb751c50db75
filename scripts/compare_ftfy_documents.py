"""
fix_encoding against ftfy on multi-line documents of real translations, some lines damaged.

Builds N documents (seeded) as tests/test_encoding_documents.py does, and
counts the documents each of fix_encoding, ftfy.fix_encoding (whole
document) and ftfy.fix_text (line by line) restores, and those one restores
and another does not, and the clean lines each changed.

Run: python scripts/compare_ftfy_documents.py [N]
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

import ftfy

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from test_encoding_documents import CODECS, LINES, build

from textclean._filters.encoding import FTFY_ENCODING_ONLY, FixEncoding

PER_LINE = FTFY_ENCODING_ONLY._replace(unescape_html=False)  # ftfy.fix_encoding leaves entities


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 2000
    rng = random.Random(12)  # noqa: S311 - a reproducible sample, not a secret
    fix = FixEncoding(unescape_html=False)
    counts: Counter[str] = Counter()
    for _ in range(n):
        spec = [
            (rng.choice(LINES), rng.choice((None, None, *CODECS)), rng.randint(1, 2))
            for _ in range(rng.randint(2, 6))
        ]
        text, original, damaged = build(spec)
        expected = "\n".join(original)
        outs = {
            "textclean": fix(text),
            "ftfy_whole": ftfy.fix_encoding(text),
            "ftfy_lines": ftfy.fix_text(text, PER_LINE),
        }
        ok = {name: out == expected for name, out in outs.items()}
        counts["documents"] += 1
        counts["with damage"] += any(damaged)
        for name, good in ok.items():
            counts[f"{name} restores"] += good
            lines = outs[name].split("\n")
            counts[f"{name} clean lines changed"] += sum(
                1
                for line, out, bad in zip(original, lines, damaged, strict=False)
                if not bad and out != line
            )
        ftfy_any = ok["ftfy_whole"] or ok["ftfy_lines"]
        counts["ftfy (either way) restores, textclean not"] += ftfy_any and not ok["textclean"]
        counts["textclean restores, ftfy whole-document not"] += (
            ok["textclean"] and not ok["ftfy_whole"]
        )
        counts["ftfy whole-document restores, textclean not"] += (
            ok["ftfy_whole"] and not ok["textclean"]
        )
        counts["textclean restores, ftfy line-by-line not"] += (
            ok["textclean"] and not ok["ftfy_lines"]
        )
    for key, value in counts.items():
        print(f"{key:50s} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
