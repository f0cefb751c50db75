"""Build boilerplate.jsonl: article bodies (one paragraph per line) with freshly written
boilerplate blocks at the head, middle or tail, every line labelled; plus negative documents."""
from __future__ import annotations
import random, sys
from collections import Counter
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from common import HERE, write_jsonl
import bp_material as M

rng = random.Random(404)

def prose(lang):
    return [l.strip() for l in open(HERE / "sources" / f"prose_{lang}.txt", encoding="utf-8") if l.strip()]

PROSE = {l: prose(l) for l in M.LANGS}

def fill(t: str, lang: str) -> str:
    names = M.NAMES[lang]
    n, n2 = rng.sample(names, 2)
    first = n.split()[0]
    handle = (n.split()[-1] if lang != "ru" else ["kornilova", "lapin_d", "safronova", "ibelov", "gusevam"][names.index(n) % 5]).lower()
    handle = handle.translate(str.maketrans("öüäéèçñíóúàãêôąłśżźćńę", "ouaeecniouaaeoalszzcne"))
    return t.format(n=n, n2=n2, f=first, a=rng.choice(M.AGENCIES[lang]), o=rng.choice(M.OUTLETS[lang]),
                    c=rng.choice(M.CITIES[lang]), h=handle if "@{h}" in t or "{h}@" in t else rng.randint(7, 22),
                    d=rng.randint(1, 28) if "{d}" in t and "@{d}" not in t else "example-news.org",
                    m=rng.randint(2, 14), s=rng.randint(0, 59), mi=rng.randint(0, 59), k=rng.randint(0, 240))

def fill_furniture(t: str, lang: str) -> str:
    return t.format(m=rng.randint(2, 14), s=rng.randint(0, 59), h=rng.randint(6, 22), mi=rng.randint(0, 59),
                    d=rng.randint(1, 28))

def block(kind: str, lang: str, where: str) -> list[str]:
    if kind == "related":
        if where == "middle" and rng.random() < 0.5:
            return [rng.choice(M.READ_NEXT[lang]).format(h=rng.choice(M.HEADLINES[lang]))]
        head = rng.choice(M.RELATED_HEADERS[lang])
        if rng.random() < 0.3:
            head += rng.choice([":", "", " »", " ›"])
        bullet = rng.choice(["", "", "• ", "– ", "» ", "> "])
        heads = rng.sample(M.HEADLINES[lang], rng.randint(3, 5))
        if rng.random() < 0.25:
            heads = [h + rng.choice([" (12)", " 2 h ago" if lang == "en" else " 14:05", " | Video"]) for h in heads]
        return [head] + [bullet + h for h in heads]
    if kind == "credit":
        pool = M.WIRE[lang] if where == "tail" and rng.random() < 0.6 else M.CREDITS[lang]
        lines = [fill(t, lang) for t in rng.sample(pool, rng.randint(1, 2))]
        return lines
    if kind == "furniture":
        return [fill_furniture(t, lang) for t in rng.sample(M.FURNITURE[lang], rng.randint(1, 3))]
    if kind == "taxonomy":
        head = rng.choice(M.TAX_HEAD[lang])
        words = rng.sample(M.TAX_WORDS[lang], rng.randint(2, 5))
        form = rng.random()
        if form < 0.5:
            sep = rng.choice([", ", " · ", " | ", " / "])
            colon = " : " if lang == "fr" else ": "
            return [head + colon + sep.join(words)]
        if form < 0.75:
            return [head] + [w[0].upper() + w[1:] for w in words]
        return [" ".join("#" + w.replace(" ", "") for w in words)]
    if kind == "social":
        return [fill(t, lang) for t in rng.sample(M.SOCIAL[lang], rng.randint(1, 3))]
    if kind == "prompt":
        return rng.sample(M.PROMPTS[lang], rng.randint(1, 3))
    if kind == "author":
        tpl = M.AUTHOR[lang]
        if where == "head":
            return [fill(rng.choice(tpl[:4]), lang)]
        k = rng.randint(1, 3)
        return [fill(t, lang) for t in [rng.choice(tpl[:4])] + rng.sample(tpl[4:], k - 1)] if k > 1 else [fill(rng.choice(tpl[4:]), lang)]
    if kind == "shop":
        p = M.PRODUCTS[lang]
        return rng.sample(p, rng.randint(2, 4))
    if kind == "nav":
        n = M.NAV[lang]
        if where == "head":
            return [fill(t, lang) for t in rng.sample(n[:5], rng.randint(1, 3))]
        return [fill(t, lang) for t in rng.sample(n[5:], rng.randint(1, 3))]
    raise ValueError(kind)

PLACES = {
    "related": ["tail", "tail", "middle"], "credit": ["head", "middle", "tail"], "furniture": ["head", "head", "tail"],
    "taxonomy": ["tail", "tail", "head"], "social": ["head", "tail", "tail"], "prompt": ["middle", "tail", "tail"],
    "author": ["head", "tail", "tail"], "shop": ["middle", "tail"], "nav": ["head", "tail"],
}
KINDS = list(PLACES)

def body_blocks(lang: str, extras: bool) -> list[list[tuple[str, str]]]:
    """Content as blocks (a paragraph, a list, a subheading...) of (line, content kind)."""
    paras = rng.sample(PROSE[lang], min(len(PROSE[lang]), rng.randint(3, 8)))
    blocks = [[(p, "paragraph")] for p in paras]
    if extras:
        if rng.random() < 0.35 and len(blocks) >= 3:
            blocks.insert(rng.randint(1, len(blocks) - 1), [(rng.choice(M.SUBHEADINGS[lang]), "subheading")])
        if rng.random() < 0.15:
            blocks.insert(rng.randint(1, len(blocks)), [(x, "list") for x in rng.choice(M.LISTS[lang])])
        if rng.random() < 0.2:
            blocks.insert(rng.randint(1, len(blocks)), [(rng.choice(M.QUOTE_LINES[lang]), "quote")])
        if rng.random() < 0.3:
            blocks.append([(rng.choice(M.CLOSING[lang]), "closing")])
        if rng.random() < 0.25:
            blocks.insert(0, [(rng.choice(M.TITLES[lang]), "title")])
    return blocks

def body(lang: str, extras: bool) -> list[tuple[str, str]]:
    return [x for b in body_blocks(lang, extras) for x in b]

docs = []
for i in range(198):
    lang = M.LANGS[i % len(M.LANGS)]
    content = body(lang, extras=True)
    kinds = [KINDS[(i // len(M.LANGS)) % len(KINDS)]]
    kinds += rng.sample([k for k in KINDS if k != kinds[0]], rng.choice([0, 1, 1, 2, 3]))
    head, tail, middle = [], [], []
    for k in kinds:
        where = rng.choice(PLACES[k])
        lines = [(l, k) for l in block(k, lang, where)]
        {"head": head, "tail": tail, "middle": middle}[where].append(lines)
    rng.shuffle(head); rng.shuffle(tail)
    labelled = [(l, "boilerplate", k) for blk in head for l, k in blk]
    # title stays above head furniture only sometimes
    body_lines = [(l, "content", k) for l, k in content]
    for blk in middle:
        para_idx = [j for j, x in enumerate(body_lines) if x[2] == "paragraph"]
        at = rng.choice(para_idx[:-1] or para_idx) + 1
        body_lines[at:at] = [(l, "boilerplate", k) for l, k in blk]
    if body_lines and body_lines[0][2] == "title" and labelled and rng.random() < 0.5:
        labelled = [body_lines[0]] + labelled
        body_lines = body_lines[1:]
    labelled += body_lines
    labelled += [(l, "boilerplate", k) for blk in tail for l, k in blk]
    docs.append({
        "id": f"bp-{i + 1:04d}", "kind": "+".join(kinds), "language": lang,
        "input": "\n".join(l for l, _, _ in labelled),
        "expected": "\n".join(l for l, lab, _ in labelled if lab == "content"),
        "labels": [{"label": lab, "kind": k} for _, lab, k in labelled],
        "positions": sorted({w for w, blks in (("head", head), ("middle", middle), ("tail", tail)) if blks}),
    })

# negatives: clean articles with tricky content lines
def negative(i: int, lang: str, force_ui_or_via: bool) -> dict:
    blocks = body_blocks(lang, extras=False)
    tricks = []
    def put(block, lo=0):
        blocks.insert(rng.randint(lo, len(blocks)), block)
    for s in rng.sample(M.TRICKY_SENTENCES[lang], min(len(M.TRICKY_SENTENCES[lang]), rng.randint(1, 3))):
        put([(s, "tricky_sentence")]); tricks.append("tricky_sentence")
    if rng.random() < 0.6:
        blocks.insert(rng.randint(1, len(blocks) - 1), [(rng.choice(M.SUBHEADINGS[lang]), "subheading")]); tricks.append("subheading")
    if rng.random() < 0.4:
        put([(x, "list") for x in rng.choice(M.LISTS[lang])], 1); tricks.append("list")
    if rng.random() < 0.3:
        put([(rng.choice(M.QUOTE_LINES[lang]), "quote")], 1); tricks.append("quote")
    if force_ui_or_via:
        uis = M.UI_LISTS if lang == "en" else M.UI_LISTS_OTHER.get(lang, [])
        if uis and rng.random() < 0.5:
            ui = rng.choice(uis)
            at = 0 if rng.random() < 0.25 else rng.randint(1, len(blocks))
            blocks.insert(at, [(x, "ui_list") for x in ui]); tricks.append("ui_list")
        else:
            v = rng.choice(M.VIA_LINES)
            where = rng.choice(["start", "end", "middle"])
            at = 0 if where == "start" else len(blocks) if where == "end" else rng.randint(1, len(blocks))
            blocks.insert(at, [(v, "via_line")]); tricks.append("via_line")
    if rng.random() < 0.5:
        blocks.append([(rng.choice(M.CLOSING[lang]), "closing")]); tricks.append("closing")
    if rng.random() < 0.3:
        blocks.insert(0, [(rng.choice(M.TITLES[lang]), "title")]); tricks.append("title")
    lines = [x for b in blocks for x in b]
    return {
        "id": f"bp-neg-{i + 1:04d}", "kind": "negative", "language": lang,
        "input": "\n".join(l for l, _ in lines), "expected": "\n".join(l for l, _ in lines),
        "labels": [{"label": "content", "kind": k} for _, k in lines], "tricks": sorted(set(tricks)),
    }

for i in range(90):
    lang = M.LANGS[i % len(M.LANGS)]
    docs.append(negative(i, lang, lang in ("en", "de", "fr") and rng.random() < 0.6))
for i in range(90, 110):
    docs.append(negative(i, "en", True))

write_jsonl(HERE / "boilerplate.jsonl", docs)
pos = [d for d in docs if d["kind"] != "negative"]
print("positive", len(pos), "negative", len(docs) - len(pos))
print("languages", Counter(d["language"] for d in docs))
print("bp lines per kind", Counter(l["kind"] for d in pos for l in d["labels"] if l["label"] == "boilerplate"))
print("content kinds", Counter(l["kind"] for d in docs for l in d["labels"] if l["label"] == "content"))
print("positions", Counter(p for d in pos for p in d["positions"]))
