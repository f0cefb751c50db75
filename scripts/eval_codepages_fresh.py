"""
Fresh variants for the code-page mix-up filter: other texts than the dev set's.

Written after the filter's rules were frozen, to report on, never to tune on.
The sentences are the bench corpus's prose (mimesis's text data for eleven
languages, bench/corpus.py, fetched into bench/data/prose.json by ``make
bench``), where the dev set's are Django's interface strings: running prose
rather than labels. Documents are three consecutive sentences, one per line
or all on one line; each is mixed up with every pair scripts/eval_codepages.py
lists for its language, and kept genuine, and in capitals for some.

Run: python scripts/eval_codepages_fresh.py [--show N]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from eval_codepages import CAPITALS, MIXUPS

from textclean._filters.codepages import fix_legacy_codepage

PROSE = Path(__file__).resolve().parent.parent / "bench" / "data" / "prose.json"
DOC_SENTENCES = 3
MAX_DOCS = 60  # documents per language and layout, so no language outweighs the rest


def documents() -> tuple[list[tuple[str, str, str, str]], list[tuple[str, str]]]:
    """(language, pair, shown, expected) mixed-up documents and (language, text) genuine ones."""
    sentences = json.loads(PROSE.read_text("utf-8"))["sentences"]
    mixed, genuine = [], []
    for lang, pool in sorted(sentences.items()):
        for sep in ("\n", " "):
            runs = [pool[i : i + DOC_SENTENCES] for i in range(0, len(pool), DOC_SENTENCES)]
            for run in runs[:MAX_DOCS]:
                text = sep.join(run)
                genuine.append((lang, text))
                if lang in CAPITALS:
                    genuine.append((lang, text.upper()))
                for saved, read in MIXUPS.get(lang, ()):
                    try:
                        shown = text.encode(saved).decode(read)
                    except UnicodeError:
                        continue
                    if shown != text:
                        mixed.append((lang, f"{saved} read as {read}", shown, text))
    return mixed, genuine


def main(argv: list[str]) -> int:
    show = int(argv[argv.index("--show") + 1]) if "--show" in argv else 0
    mixed, genuine = documents()
    total: Counter[str] = Counter()
    fixed: Counter[str] = Counter()
    misses = []
    for lang, pair, shown, expected in mixed:
        total[pair] += 1
        if (out := fix_legacy_codepage(shown)) == expected:
            fixed[pair] += 1
        else:
            misses.append((lang, pair, shown, out))
    changed = [
        (lang, text, out) for lang, text in genuine if (out := fix_legacy_codepage(text)) != text
    ]
    print(
        f"fresh: mixed-up documents repaired {sum(fixed.values())}/{len(mixed)} "
        f"({100 * sum(fixed.values()) / len(mixed):.1f}%), genuine changed "
        f"{len(changed)}/{len(genuine)}, languages {len({m[0] for m in mixed})}"
    )
    for pair in sorted(total):
        print(
            f"  {pair:28s} {fixed[pair]:5d}/{total[pair]:5d} {100 * fixed[pair] / total[pair]:5.1f}%"
        )
    print("  misses by language:", dict(Counter(m[0] for m in misses).most_common()))
    for lang, text, out in changed[:show]:
        print("GENUINE CHANGED", lang, repr(text[:80]), "->", repr(out[:80]))
    for lang, pair, shown, out in misses[:show]:
        print("MISS", lang, pair, repr(shown[:60]), "->", repr(out[:60]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
