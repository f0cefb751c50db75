"""Collect short (English msgid, translation) pairs for glossary lines (build input only)."""
from __future__ import annotations
import gettext, glob, json, re, sys
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from common import HERE, SCRIPT_OF, clean_enough, script_share
LANGS = ["ru", "uk", "bg", "sr", "mk", "be", "kk", "el", "hy"]
BAD = re.compile(r"[%{}<>\\_&@/|\[\]=\t:]|\$|https?:|\.\.\.|…|--")
out = {l: [] for l in LANGS}
def add(lang, mid, mstr):
    mid, mstr = mid.strip(), mstr.strip()
    if not (2 <= len(mstr) <= 60 and 2 <= len(mid) <= 60 and mid.isascii()):
        return
    if BAD.search(mid) or BAD.search(mstr) or "\n" in mid + mstr:
        return
    if not clean_enough(mstr) or script_share(mstr, SCRIPT_OF[lang]) < 0.99:
        return
    if any(ord(c) < 32 for c in mid) or not re.search(r"[A-Za-z]", mid):
        return
    out[lang].append((mid, mstr))
from babel.messages.pofile import read_po
import logging; logging.disable(logging.WARNING)
for path in glob.glob("/tmp/evaldl/dj/django/**/locale/*/LC_MESSAGES/django.po", recursive=True):
    lang = path.split("/locale/")[1].split("/")[0]
    if lang in out:
        for m in read_po(open(path, "rb")):
            if m.id and isinstance(m.id, str) and isinstance(m.string, str):
                add(lang, m.id, m.string)
for path in glob.glob("/usr/share/locale/*/LC_MESSAGES/*.mo"):
    lang = path.split("/locale/")[1].split("/")[0]
    if lang in out:
        try:
            t = gettext.GNUTranslations(open(path, "rb"))
        except Exception:
            continue
        for k, v in t._catalog.items():
            if isinstance(k, str) and isinstance(v, str):
                add(lang, k, v)
import random
rng = random.Random(5)
res = {}
for l, items in out.items():
    items = sorted(set(items))
    rng.shuffle(items)
    res[l] = items[:600]
    print(l, len(items), items[:4])
json.dump(res, open(HERE / "sources" / "pairs.json", "w", encoding="utf-8"), ensure_ascii=False, indent=0)
