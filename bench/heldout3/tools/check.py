"""Independent checks of the three sets."""
import json, unicodedata, sys
from collections import Counter
H = "/work/wt/_fresh3/"
def load(n): return [json.loads(l) for l in open(H + n + ".jsonl", encoding="utf-8")]
bad = 0
def fail(*a):
    global bad; bad += 1; print("FAIL", *a)

def sloppy_back(s):
    out = bytearray()
    for c in s:
        try: out += c.encode("cp1252")
        except UnicodeError: out.append(ord(c))
    return out.decode("utf-8")

enc = load("encoding")
for d in enc:
    for f in ("id", "kind", "language", "input", "expected"):
        if f not in d: fail(d["id"], "missing", f)
    if d["kind"].startswith("genuine"):
        if d["input"] != d["expected"]: fail(d["id"], "genuine differs")
        continue
    if d["input"] == d["expected"]: fail(d["id"], "damaged equals expected")
    sub = d["subkind"]
    il, el = d["input"].split("\n"), d["expected"].split("\n")
    if len(il) != len(el): fail(d["id"], "line count")
    if sub.startswith("utf-8 read as "):
        codec = sub[len("utf-8 read as "):].replace(" x2", "")
        times = 2 if sub.endswith("x2") else 1
        for i, (a, b) in enumerate(zip(il, el)):
            if a == b:
                if i in d["damaged_lines"]: fail(d["id"], "damaged_lines")
                continue
            x = a
            for _ in range(times):
                x = sloppy_back(x) if codec == "sloppy-windows-1252" else x.encode(codec).decode("utf-8")
            if x != b: fail(d["id"], "moji round trip line", i)
            if (a != b) != (i in d["damaged_lines"]): fail(d["id"], "damaged_lines")
    else:
        src, dst = sub.split(" read as ")
        back = d["input"].encode(dst).decode(src)
        if unicodedata.normalize("NFC", back) != d["expected"]: fail(d["id"], "legacy round trip")
        if any(0x80 <= ord(c) <= 0x9f for c in d["input"]): fail(d["id"], "C1 in legacy input")

hg = load("homoglyphs")
for d in hg:
    if d["kind"].startswith("genuine"):
        if d["input"] != d["expected"]: fail(d["id"], "genuine differs")
        continue
    if d["input"] == d["expected"]: fail(d["id"], "damaged equals expected")
    if d["kind"] in ("styled_full", "styled_partial", "fullwidth_run"):
        x = unicodedata.normalize("NFKC", d["input"]).replace("\u3000", " ")
        if x != d["expected"]: fail(d["id"], "NFKC of styled != expected")
    else:
        if len(d["input"]) != len(d["expected"]): fail(d["id"], "length differs")
        for a, b in zip(d["input"], d["expected"]):
            if a != b and not (a.isalpha() and b.isalpha()): fail(d["id"], "non-letter changed", a, b); break
            if a != b and unicodedata.name(a).split()[0] == unicodedata.name(b).split()[0] and d["kind"] not in ("swap_ipa", "swap_mixed"): fail(d["id"], "same script swap", a, b); break

bp = load("boilerplate")
for d in bp:
    ls = d["input"].split("\n")
    if len(ls) != len(d["labels"]): fail(d["id"], "labels misaligned")
    exp = [l for l, lab in zip(ls, d["labels"]) if lab["label"] == "content"]
    if exp != d["expected"].split("\n"): fail(d["id"], "expected != content lines")
    nb = sum(lab["label"] == "boilerplate" for lab in d["labels"])
    if d["kind"] == "negative" and nb: fail(d["id"], "negative with boilerplate")
    if d["kind"] != "negative":
        if not nb: fail(d["id"], "positive without boilerplate")
        kinds = {lab["kind"] for lab in d["labels"] if lab["label"] == "boilerplate"}
        if set(d["kind"].split("+")) != kinds: fail(d["id"], "kind field")
    if any(not l.strip() or l != l.strip() for l in ls): fail(d["id"], "blank/space line")
# ids unique across sets
ids = Counter(d["id"] for d in enc + hg + bp)
for k, v in ids.items():
    if v > 1: fail(k, "duplicate id")
# duplicates of input text inside a set
for name, docs in (("encoding", enc), ("homoglyphs", hg), ("boilerplate", bp)):
    c = Counter(d["input"] for d in docs)
    dup = sum(v - 1 for v in c.values() if v > 1)
    print(name, len(docs), "docs; duplicate inputs:", dup)
print("failures:", bad)
