import json, random, unicodedata
POOLF = json.load(open("/work/wt/_fresh3/tools/pool.json", encoding="utf-8"))
POOL, ENGLISH, PAIRS = POOLF["pool"], POOLF["english"], POOLF["pairs"]

def write_jsonl(path, docs):
    ids = set()
    with open(path, "w", encoding="utf-8") as fh:
        for d in docs:
            assert d["id"] not in ids, d["id"]
            ids.add(d["id"])
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")

def tr_upper(s):
    return s.replace("i", "İ").replace("ı", "I").upper()

def strip_tonos(s):
    out = []
    for c in unicodedata.normalize("NFD", s):
        if c in "\u0301\u0308":
            continue
        out.append(c)
    return unicodedata.normalize("NFC", "".join(out))
