"""Blind check of this round's boilerplate rules (boxes, teasers, affiliate
disclosures, comment counts, rights notices) on bench/variants6.jsonl.

60 hand-written documents in 12 languages: p01-p30 carry marked boilerplate
(the `boilerplate` list), n01-n30 are hard negatives that must lose no line.
Prints, for `default` and `web`: boilerplate recall, documents cleared,
genuine lines removed (negatives, positives' bodies), each false removal with
the reason `explain` gives, and each missed boilerplate line.

    PYTHONPATH=. python bench/variants6.py [-q]
"""

import difflib
import json
import sys
from pathlib import Path

import textclean

HERE = Path(__file__).resolve().parent


def removed_lines(cleaner: textclean.Cleaner, text: str) -> dict[int, str]:
    """Indices of input lines that are gone, with explain's reason for each."""
    res = cleaner.explain(text)
    src = text.split("\n")
    out = res.text.split("\n")
    gone = []
    sm = difflib.SequenceMatcher(a=src, b=out, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "delete":
            gone.extend(range(i1, i2))
        elif tag == "replace":
            # a line changed by another filter stays; pair by closeness
            outs = out[j1:j2]
            gone.extend(
                i
                for i in range(i1, i2)
                if not difflib.get_close_matches(src[i], outs, n=1, cutoff=0.8)
            )
    reasons = [
        (ch.before, ch.reason)
        for step in res.steps
        if step.filter == "remove_boilerplate"
        for ch in step.changes
    ]
    result = {}
    for i in gone:
        why = next((r for b, r in reasons if src[i].strip() and src[i].strip() in b), "?")
        result[i] = why
    return result


def main() -> None:
    quiet = "-q" in sys.argv
    with (HERE / "variants6.jsonl").open(encoding="utf-8") as lines_in:
        docs = [json.loads(row) for row in lines_in]
    for profile in ("default", "web"):
        cleaner = textclean.Cleaner(profile)
        bp_total = bp_hit = cleared = npos = 0
        neg_lines = neg_false = body_lines = body_false = 0
        false, missed = [], []
        neg_docs_hit = 0
        for d in docs:
            lines = d["text"].split("\n")
            gone = removed_lines(cleaner, d["text"])
            bp = set(d["boilerplate"])
            is_pos = d["id"].startswith("p")
            if is_pos:
                npos += 1
                hits = sum(1 for i, line in enumerate(lines) if line in bp and i in gone)
                nbp = sum(1 for line in lines if line in bp)
                bp_total += nbp
                bp_hit += hits
                cleared += hits == nbp
                for i, line in enumerate(lines):
                    if line in bp and i not in gone:
                        missed.append((d["id"], d["lang"], line))
            hit_doc = False
            for i, line in enumerate(lines):
                if line in bp:
                    continue
                if is_pos:
                    body_lines += 1
                else:
                    neg_lines += 1
                if i in gone:
                    hit_doc = True
                    if is_pos:
                        body_false += 1
                    else:
                        neg_false += 1
                    false.append((d["id"], d["lang"], line, gone[i]))
            if not is_pos and hit_doc:
                neg_docs_hit += 1
        print(f"== {profile}")
        print(
            f"boilerplate recall: {bp_hit}/{bp_total} = {bp_hit / bp_total:.1%}; "
            f"documents with all boilerplate gone: {cleared}/{npos}"
        )
        print(
            f"genuine lines removed: negatives {neg_false}/{neg_lines} "
            f"(in {neg_docs_hit}/30 documents), positives' bodies {body_false}/{body_lines}"
        )
        for fid, lang, line, why in false:
            print(f"  FALSE {fid} [{lang}] {line[:70]!r}\n        -> {why}")
        if not quiet:
            for fid, lang, line in missed:
                print(f"  missed {fid} [{lang}] {line[:70]!r}")


if __name__ == "__main__":
    main()
