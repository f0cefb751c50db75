"""Extract clean translated sentences from gettext catalogs in sphinx, django-allauth, wagtail wheels."""
import glob, json, re, unicodedata, random
from collections import defaultdict
from babel.messages.pofile import read_po
import ftfy

SRC = "/work/wt/_fresh3/src"
NORM = {"az_AZ": "az", "de_DE": "de", "he_IL": "he", "hr_HR": "hr", "id_ID": "id", "is_IS": "is", "sk_SK": "sk",
        "tr_TR": "tr", "uk_UA": "uk", "nb_NO": "nb", "no": "nb", "fr_FR": "fr", "zh_Hans": "zh_CN", "zh_CN": "zh_CN",
        "zh_Hant": "zh_TW", "zh_TW": "zh_TW", "pt_PT": "pt", "pt_BR": "pt_BR", "sr": "sr", "es_419": "es", "es_VE": "es", "es_CO": "es", "hi_IN": "hi"}
SCRIPT = {"ru": "CYRILLIC", "uk": "CYRILLIC", "bg": "CYRILLIC", "be": "CYRILLIC", "mk": "CYRILLIC", "sr": "CYRILLIC",
          "mn": "CYRILLIC", "ky": "CYRILLIC", "el": "GREEK", "hy": "ARMENIAN", "ka": "GEORGIAN", "he": "HEBREW",
          "ar": "ARABIC", "fa": "ARABIC", "ug": "ARABIC", "th": "THAI", "hi": "DEVANAGARI", "ne": "DEVANAGARI", "bn": "BENGALI",
          "ja": "CJK", "zh_CN": "CJK", "zh_TW": "CJK", "ko": "HANGUL", "my": "MYANMAR", "ta": "TAMIL", "si": "SINHALA", "dv": "THAANA"}
BAD = re.compile(r"%|\{|\}|<|>|&|\\|_|\bhttps?:|www\.|@|\$|\[|\]|`|\*|\t|  |\.\.\.")

def script_of(ch):
    n = unicodedata.name(ch, "")
    for s in ("CJK", "HIRAGANA", "KATAKANA"):
        if n.startswith(s) or s in n.split(" ")[0]:
            return "CJK"
    if n.startswith("HANGUL"): return "HANGUL"
    return n.split(" ")[0] if n else ""

def ok(text, lang):
    if not (12 <= len(text) <= 260) or BAD.search(text) or "\n" in text: return False
    if unicodedata.normalize("NFC", text) != text: return False
    if any(unicodedata.category(c) in ("Cc", "Cf", "Co", "Cs") or (unicodedata.category(c) == "Zs" and c != " ") for c in text): return False
    if ftfy.fix_text(text) != text: return False
    want = SCRIPT.get(lang, "LATIN")
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 8: return False
    if want == "CJK":
        good = sum(script_of(c) in ("CJK", "HIRAGANA", "KATAKANA") or c.isascii() for c in letters)
        if sum(script_of(c) == "CJK" for c in letters) < len(letters) * 0.5: return False
    else:
        good = sum(script_of(c) == want for c in letters)
    if good < 0.97 * len(letters): return False
    # no mixed-script words
    for w in re.findall(r"\w+", text):
        ss = {script_of(c) for c in w if c.isalpha()}
        if len(ss) > 1 and not (want == "CJK"): return False
    return True

pool = defaultdict(set); pairs = defaultdict(set); english = set()
for po in glob.glob(f"{SRC}/**/*.po", recursive=True):
    m = re.search(r"/locale/([^/]+)/LC_MESSAGES/", po)
    if not m: continue
    raw = m.group(1)
    if raw in ("en", "en_GB", "en_IN", "en_DE", "en_FR", "en_HK") or "@" in raw or "." in raw: continue
    lang = NORM.get(raw, raw)
    proj = po.split("/")[5]
    try:
        cat = read_po(open(po, "rb"))
    except Exception as e:
        continue
    for msg in cat:
        if not msg.id or msg.fuzzy or isinstance(msg.id, tuple): continue
        s = msg.string
        if isinstance(s, tuple) or not s: continue
        s = s.strip(); e = msg.id.strip()
        if ok(e, "en"): english.add(e)
        if ok(s, lang) and s != e:
            pool[lang].add(s)
            if len(e) < 40 and ok(e, "en"): pairs[lang].add((e, s))
out = {k: sorted(v) for k, v in pool.items()}
json.dump({"pool": out, "english": sorted(english), "pairs": {k: sorted(v) for k, v in pairs.items()}},
          open("/work/wt/_fresh3/tools/pool.json", "w"), ensure_ascii=False)
print({k: len(v) for k, v in sorted(out.items(), key=lambda x: -len(x[1]))})
print("english", len(english), "pairs", {k: len(v) for k, v in pairs.items()})
