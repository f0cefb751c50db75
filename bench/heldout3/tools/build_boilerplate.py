import random, re, sys, datetime, unicodedata
from collections import Counter
from faker import Faker
from babel.dates import format_date
sys.path.insert(0, "/work/wt/_fresh3/tools")
from bp_material import BP, EXTRA_HEADLINES, TOPICS, SECTIONS, AGENCIES, FAKER_LOC, TRICKY, CLOSING, UI_LIST
from common import write_jsonl

R = random.Random(777)
LANGS = ["en", "de", "fr", "es", "it", "pt", "sv", "tr", "uk", "pl"]
NPOS = {"en": 30, **{l: 10 for l in LANGS[1:]}}
NNEG = {"en": 13, **{l: 3 for l in LANGS[1:]}}
KINDS = ["related", "credit", "furniture", "taxonomy", "social", "prompt", "author", "shop", "nav"]

def stories(lang):
    txt = open(f"/work/wt/_fresh3/sources/prose_{lang}.txt", encoding="utf-8").read().strip()
    out = []
    for block in txt.split("\n\n"):
        ls = block.strip().split("\n")
        title, body = ls[0], []
        for l in ls[1:]:
            if l.startswith("## "): body.append(("subheading", l[3:]))
            elif l.startswith("- "): body.append(("list", l[2:]))
            elif l[0] in "\"“«„": body.append(("quote", l))
            else: body.append(("paragraph", l))
        out.append((title, body))
    return out

FK = {l: Faker(FAKER_LOC[l]) for l in LANGS}
for i, f in enumerate(FK.values()): f.seed_instance(100 + i)
PRICE = {"en": lambda: f"£{R.randint(9, 180)}.{R.choice(['99', '49', '00'])}", "sv": lambda: f"{R.randint(99, 1900)} kr",
         "tr": lambda: f"{R.randint(150, 2500)} TL", "uk": lambda: f"{R.randint(99, 2500)} грн", "pl": lambda: f"{R.randint(19, 600)} zł"}
def price(lang):
    return PRICE.get(lang, lambda: f"{R.randint(9, 180)},{R.choice(['99', '90', '00'])} €")()

def fill_block(lines, lang, heads):
    f = FK[lang]
    d = datetime.date(2025, R.randint(1, 12), R.randint(1, 28))
    loc = {"pt": "pt_PT", "uk": "uk_UA"}.get(lang, lang)
    name = f.name()
    t = f"{R.randint(6, 23)}:{R.randint(0, 59):02d}"
    rep = {
        "{name}": name, "{name2}": f.name(), "{date}": format_date(d, format=R.choice(["long", "medium", "short"]), locale=loc),
        "{n}": str(R.randint(2, 14)), "{m}": f"{R.randint(0, 59):02d}",
        "{city}": f.city(), "{agency}": R.choice(AGENCIES), "{price}": price(lang), "{price2}": price(lang),
        "{handle}": re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode())[:12] or "newsdesk",
        "{section}": R.choice(SECTIONS[lang]),
    }
    tps = R.sample(TOPICS[lang], 3)
    rep.update({"{topic1}": tps[0], "{topic2}": tps[1], "{topic3}": tps[2]})
    out = []
    for line in lines:
        r = dict(rep)
        if line.startswith("#"):
            r.update({k: v.replace(" ", "") for k, v in r.items() if k.startswith("{topic")})
        line = line.replace("{time}", t, 1)
        line = line.replace("{time}", f"{R.randint(6, 23)}:{R.randint(0, 59):02d}")
        for k, v in r.items():
            line = line.replace(k, v)
        while "{h}" in line:
            line = line.replace("{h}", heads.pop(), 1)
        out.append(line)
    return out

def fill(line, lang, heads):
    f = FK[lang]
    d = datetime.date(2025, R.randint(1, 12), R.randint(1, 28))
    loc = {"pt": "pt_PT", "uk": "uk_UA"}.get(lang, lang)
    name = f.name()
    rep = {
        "{name}": name, "{name2}": f.name(), "{date}": format_date(d, format=R.choice(["long", "medium", "short"]), locale=loc),
        "{time}": f"{R.randint(6, 23)}:{R.randint(0, 59):02d}", "{n}": str(R.randint(2, 14)), "{m}": f"{R.randint(0, 59):02d}",
        "{city}": f.city(), "{agency}": R.choice(AGENCIES), "{price}": price(lang), "{price2}": price(lang),
        "{handle}": re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode())[:12] or "newsdesk",
        "{section}": R.choice(SECTIONS[lang]),
    }
    tps = R.sample(TOPICS[lang], 3)
    rep.update({"{topic1}": tps[0], "{topic2}": tps[1], "{topic3}": tps[2]})
    if lang == "en" and line.startswith("#"):
        rep.update({k: v.replace(" ", "") for k, v in rep.items() if k.startswith("{topic")})
    for k, v in rep.items():
        line = line.replace(k, v)
    while "{h}" in line:
        line = line.replace("{h}", heads.pop(), 1)
    return line

docs = []
kind_cycle = []
def next_kind():
    global kind_cycle
    if not kind_cycle:
        kind_cycle = KINDS[:]; R.shuffle(kind_cycle)
    return kind_cycle.pop()

def content_lines(title, body, with_title):
    lines = []
    if with_title: lines.append((title, "title"))
    bullet = R.choice(["", "• ", "- ", "* "])
    for lab, t in body:
        lines.append((bullet + t if lab == "list" else t, lab))
    return lines

n = 0
for lang in LANGS:
    sts = stories(lang)
    all_titles = [t for t, _ in sts] + EXTRA_HEADLINES[lang]
    for k in range(NPOS[lang]):
        title, body = sts[k % len(sts)]
        body = list(body)
        if len(body) > 4 and R.random() < 0.4:  # drop the last paragraph now and then
            body = body[:-1]
        content = content_lines(title, body, R.random() < 0.5)
        heads = [h for h in all_titles if h != title]; R.shuffle(heads); heads = heads * 3
        nblocks = R.choice([1, 2, 2, 3, 3, 4])
        kinds_used, positions = [], []
        head, tail, mid = [], [], {}
        used_variants = set()
        for b in range(nblocks):
            kind = next_kind()
            variants = [v for v in range(len(BP[lang][kind])) if (kind, v) not in used_variants]
            v = R.choice(variants); used_variants.add((kind, v))
            block = [(x, kind) for x in fill_block(BP[lang][kind][v], lang, heads)]
            pos = R.choice(["head", "tail", "tail", "middle"])
            if kind == "nav":
                first = BP[lang][kind][v][0]
                pos = "head" if (v in (0, 1) or first in ("Menu", "Home » {section}") or "{section}" in first) else "tail"
            if kind == "furniture" and pos == "middle" and R.random() < 0.5: pos = "head"
            if kind in ("taxonomy", "author") and pos == "middle": pos = R.choice(["head", "tail"])
            if kind == "related" and pos == "head": pos = "tail"
            kinds_used.append(kind); positions.append(pos)
            if pos == "head": head = block + head if R.random() < 0.5 else head + block
            elif pos == "tail": tail = tail + block
            else:
                paras = [i for i, (t, lab) in enumerate(content) if lab == "paragraph" and i < len(content) - 1]
                at = R.choice(paras) if paras else 0
                mid.setdefault(at, []).extend(block)
        lines = []
        for t, lab in head: lines.append((t, "boilerplate", lab))
        for i, (t, lab) in enumerate(content):
            lines.append((t, "content", lab))
            for bt, bk in mid.get(i, []): lines.append((bt, "boilerplate", bk))
        for t, lab in tail: lines.append((t, "boilerplate", lab))
        n += 1
        docs.append({"id": f"f3bp-{lang}-{k + 1:03d}", "kind": "+".join(sorted(set(kinds_used))), "language": lang,
                     "input": "\n".join(t for t, _, _ in lines), "expected": "\n".join(t for t, l, _ in lines if l == "content"),
                     "labels": [{"label": l, "kind": k_} for _, l, k_ in lines], "positions": positions})
    # negatives
    for k in range(NNEG[lang]):
        title, body = sts[(k + 2) % len(sts)]
        content = content_lines(title, body, R.random() < 0.6)
        tricks = []
        tricky = TRICKY[lang][:]
        R.shuffle(tricky)
        ins = tricky[: R.randint(1, 2)]
        for t in ins:
            at = R.choice(["start", "middle", "end"])
            tricks.append(at)
            pos = {"start": 1 if content[0][1] == "title" else 0, "middle": len(content) // 2, "end": len(content)}[at]
            content.insert(pos, (t, "paragraph"))
        if R.random() < 0.6:
            content.append((R.choice(CLOSING[lang]), "closing")); tricks.append("closing")
        if lang in UI_LIST and k % 3 == 0:
            ui = UI_LIST[lang]
            at = len(content) // 2
            content[at:at] = [(ui[0], "paragraph")] + [(x, "list") for x in ui[1:]]
            tricks.append("ui_list")
        docs.append({"id": f"f3bp-{lang}-neg-{k + 1:03d}", "kind": "negative", "language": lang,
                     "input": "\n".join(t for t, _ in content), "expected": "\n".join(t for t, _ in content),
                     "labels": [{"label": "content", "kind": lab} for _, lab in content], "tricks": tricks})

for d in docs:
    ls = d["input"].split("\n")
    assert len(ls) == len(d["labels"]), d["id"]
    assert all(l.strip() for l in ls), d["id"]
    assert "{" not in d["input"], (d["id"], d["input"])
    exp = [l for l, lab in zip(ls, d["labels"]) if lab["label"] == "content"]
    assert exp == d["expected"].split("\n")
    if d["kind"] != "negative": assert d["input"] != d["expected"]
    # boilerplate line must not equal a content line in the same doc
    bps = {l for l, lab in zip(ls, d["labels"]) if lab["label"] == "boilerplate"}
    assert not bps & set(exp), d["id"]
write_jsonl("/work/wt/_fresh3/boilerplate.jsonl", docs)
print(len(docs), Counter("negative" if d["kind"] == "negative" else "positive" for d in docs))
print(Counter(l["kind"] for d in docs for l in d["labels"] if l["label"] == "boilerplate"))
print(Counter(d["language"] for d in docs))
