"""Collect genuine translated sentences from gettext catalogs (build input only).

Sources: Django 5.2.19's .po files (django/conf/locale, django/contrib/*/locale,
from the PyPI wheel) and the Debian system's /usr/share/locale/*/LC_MESSAGES/*.mo.
"""
from __future__ import annotations
import gettext, glob, json, os, re, sys
from collections import defaultdict

DJANGO = os.environ.get("DJANGO_DIR", "/tmp/evaldl/dj/django")
BAD = re.compile(r"[%{}<>\\_&@/|\[\]]|\$|https?:|\t|\.\.\.$|--")

def ok(s: str) -> bool:
    s = s.strip()
    return 25 <= len(s) <= 400 and "\n" not in s and not BAD.search(s) and " " in s

def django() -> dict[str, list[str]]:
    from babel.messages.pofile import read_po
    out = defaultdict(list)
    for path in sorted(glob.glob(f"{DJANGO}/**/locale/*/LC_MESSAGES/django.po", recursive=True)):
        lang = path.split("/locale/")[1].split("/")[0]
        with open(path, "rb") as fh:
            try:
                cat = read_po(fh)
            except Exception:
                continue
        for m in cat:
            if not m.id or not m.string or isinstance(m.string, (tuple, list)):
                continue
            if ok(m.string):
                out[lang].append(m.string.strip())
    return out

def system() -> dict[str, list[str]]:
    out = defaultdict(list)
    for path in sorted(glob.glob("/usr/share/locale/*/LC_MESSAGES/*.mo")):
        lang = path.split("/locale/")[1].split("/")[0]
        try:
            with open(path, "rb") as fh:
                t = gettext.GNUTranslations(fh)
        except Exception:
            continue
        for k, v in t._catalog.items():
            if isinstance(v, str) and v and k:
                for line in v.splitlines():
                    line = line.strip()
                    if ok(line):
                        out[lang].append(line)
    return out

if __name__ == "__main__":
    data = defaultdict(list)
    for src in (django(), system()):
        for lang, items in src.items():
            data[lang].extend(items)
    res = {}
    for lang, items in data.items():
        seen = set(); uniq = []
        for s in items:
            if s not in seen:
                seen.add(s); uniq.append(s)
        res[lang] = uniq
    json.dump(res, open(sys.argv[1], "w"), ensure_ascii=False)
    for lang in sorted(res, key=lambda l: -len(res[l])):
        print(lang, len(res[lang]), end="; ")
