import random, re, sys, unicodedata
from collections import Counter
sys.path.insert(0, "/work/wt/_fresh3/tools")
from common import POOL, ENGLISH, PAIRS, write_jsonl
from faker import Faker

R = random.Random(4242)
docs = []
SEEN = set()
def add(kind, lang, inp, exp, **kw):
    if inp in SEEN: return
    SEEN.add(inp)
    i = len(docs) + 1
    docs.append({"id": f"f3hg-{i:04d}", "kind": kind, "language": lang, "input": inp, "expected": exp, **kw})

# hand-picked look-alikes (visually identical or near-identical in common fonts)
MAPS = {
 "cyrillic": {"a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і", "j": "ј", "s": "ѕ", "d": "ԁ", "q": "ԛ", "w": "ԝ", "h": "һ",
              "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "J": "Ј", "K": "К", "M": "М", "O": "О", "P": "Р", "S": "Ѕ", "T": "Т", "X": "Х", "Y": "Ү"},
 "greek": {"o": "ο", "v": "ν", "i": "ι", "u": "υ", "a": "α", "p": "ρ", "A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν",
           "O": "Ο", "P": "Ρ", "T": "Τ", "X": "Χ", "Y": "Υ", "Z": "Ζ"},
 "armenian": {"o": "օ", "u": "ս", "h": "հ", "n": "ո", "g": "ց", "q": "զ", "O": "Օ", "U": "Ս"},
 "cherokee": {"A": "Ꭺ", "B": "Ᏼ", "C": "Ꮯ", "D": "Ꭰ", "E": "Ꭼ", "G": "Ᏻ", "H": "Ꮋ", "J": "Ꭻ", "K": "Ꮶ", "L": "Ꮮ", "M": "Ꮇ", "P": "Ꮲ", "R": "Ꭱ",
              "S": "Ꮪ", "T": "Ꭲ", "V": "Ꮩ", "W": "Ꮃ", "Z": "Ꮓ", "c": "ꮯ", "s": "ꮪ", "v": "ꮩ", "w": "ꮃ", "z": "ꮓ", "e": "ꭼ"},
 "ipa": {"a": "ɑ", "g": "ɡ", "i": "ı", "l": "ǀ", "o": "ᴏ", "u": "ᴜ", "v": "ᴠ", "w": "ᴡ", "z": "ᴢ", "s": "ꜱ", "c": "ᴄ", "y": "ʏ"},
}
MIXED = {}
for m in MAPS.values():
    for k, v in m.items(): MIXED.setdefault(k, []).append(v)

def swap(text, mapping, rate):
    letters = [i for i, c in enumerate(text) if c.isalpha()]
    cand = [i for i in letters if text[i] in mapping]
    k = max(1, min(len(cand), round(rate * len(letters))))
    pick = set(R.sample(cand, k)) if cand else set()
    out = []
    for i, c in enumerate(text):
        if i in pick:
            v = mapping[c]
            out.append(R.choice(v) if isinstance(v, list) else v)
        else:
            out.append(c)
    return "".join(out), len(pick)

# English paragraphs: written for this set + catalog sentences joined
EN_PROSE = []
for l in open("/work/wt/_fresh3/sources/prose_en.txt", encoding="utf-8"):
    l = l.strip()
    if len(l) > 80 and not l.startswith(("-", "#")): EN_PROSE.append(l)
en_sent = [s for s in ENGLISH if s.endswith(".") and len(s) > 35 and s[0].isupper()]
R.shuffle(en_sent)
EN_CAT = [" ".join(en_sent[i:i + 3]) for i in range(0, 3 * 60, 3)]
LATIN = ["de", "fr", "es", "it", "pt_BR", "nl", "pl", "cs", "sv", "ro", "hr", "tr", "is", "lv", "ca", "fi", "hu", "sl", "et", "id"]
def latin_para(lang):
    ss = [s for s in R.sample(POOL[lang], 40) if len(s) > 30 and s[-1] in ".!?"]
    return " ".join(ss[:3]) if len(ss) >= 2 else None

RATES = [0.02, 0.05, 0.10, 0.20, 0.30]
for script in ["cyrillic", "greek", "armenian", "cherokee", "ipa", "mixed"]:
    for k in range(20):
        rate = RATES[k % 5]
        if k % 3 != 2:
            lang = "en"; src = R.choice(EN_PROSE) if k % 2 else R.choice(EN_CAT)
        else:
            lang = R.choice(LATIN); src = latin_para(lang)
            if not src: lang = "en"; src = R.choice(EN_PROSE)
        mp = MIXED if script == "mixed" else MAPS[script]
        inp, n = swap(src, mp, rate)
        if inp == src: continue
        add(f"swap_{script}", lang, inp, src, rate=rate, swapped=n)

# whole English words in Cyrillic look-alikes
CY = MAPS["cyrillic"]
for k in range(15):
    src = R.choice(EN_PROSE)
    words = re.findall(r"[A-Za-z]+", src)
    full = [w for w in set(words) if all(c in CY for c in w) and len(w) >= 2]
    if not full: continue
    chosen = R.sample(full, min(len(full), R.randint(1, 3)))
    inp = src
    for w in chosen:
        inp = re.sub(rf"\b{w}\b", "".join(CY[c] for c in w), inp)
    if inp != src: add("whole_word_cyrillic", "en", inp, src, words=chosen)

# lone capital A / I
LONE = ["I think the plan is fair, said one resident, but I would like to see the numbers.",
        "A new bus stop will be built outside the clinic.", "A spokesman said I was not the first to complain.",
        "I grew up here and I know every corner of the harbour.", "A fire broke out in a barn near the ring road on Monday.",
        "A small crowd gathered at the gate before I arrived.", "When I asked the driver, he said a delay was likely."]
for t in LONE:
    for rep in ({"A": "Α", "I": "Ι"}, {"A": "А", "I": "І"}):
        inp = re.sub(r"\b([AI])\b", lambda m: rep[m.group(1)], t)
        add("lone_capital_word", "en", inp, t)

# styled mathematical alphabets
STYLES = ["BOLD", "ITALIC", "BOLD ITALIC", "SCRIPT", "BOLD SCRIPT", "FRAKTUR", "DOUBLE-STRUCK", "BOLD FRAKTUR", "SANS-SERIF",
          "SANS-SERIF BOLD", "SANS-SERIF ITALIC", "SANS-SERIF BOLD ITALIC", "MONOSPACE"]
HOLES = {("ITALIC", "h"): "ℎ", ("SCRIPT", "B"): "ℬ", ("SCRIPT", "E"): "ℰ", ("SCRIPT", "F"): "ℱ", ("SCRIPT", "H"): "ℋ", ("SCRIPT", "I"): "ℐ",
         ("SCRIPT", "L"): "ℒ", ("SCRIPT", "M"): "ℳ", ("SCRIPT", "R"): "ℛ", ("SCRIPT", "e"): "ℯ", ("SCRIPT", "g"): "ℊ", ("SCRIPT", "o"): "ℴ",
         ("FRAKTUR", "C"): "ℭ", ("FRAKTUR", "H"): "ℌ", ("FRAKTUR", "I"): "ℑ", ("FRAKTUR", "R"): "ℜ", ("FRAKTUR", "Z"): "ℨ",
         ("DOUBLE-STRUCK", "C"): "ℂ", ("DOUBLE-STRUCK", "H"): "ℍ", ("DOUBLE-STRUCK", "N"): "ℕ", ("DOUBLE-STRUCK", "P"): "ℙ",
         ("DOUBLE-STRUCK", "Q"): "ℚ", ("DOUBLE-STRUCK", "R"): "ℝ", ("DOUBLE-STRUCK", "Z"): "ℤ"}
def style_char(c, st):
    if not ("a" <= c.lower() <= "z" and c.isascii()): return c
    if (st, c) in HOLES: return HOLES[(st, c)]
    return unicodedata.lookup(f"MATHEMATICAL {st} {'CAPITAL' if c.isupper() else 'SMALL'} {c.upper()}")
def style(text, st): return "".join(style_char(c, st) for c in text)
STY_SRC = ["Big sale this weekend only", "I love this little town", "Meet the team behind the new bakery", "A quiet night at the harbour",
           "Doors open at 7pm, free entry for kids", "Thank you for 10k followers", "New episode out now", "Fresh bread every morning",
           "Vote for your favourite photo", "Check out our summer menu", "We are hiring a barista", "Limited tickets left for Friday",
           "Rain or shine, the market is on", "Handmade in a small workshop", "The best view in the valley", "Join us for a walk along the river"]
for k, t in enumerate(STY_SRC * 2):
    st = STYLES[k % len(STYLES)]
    inp = style(t, st)
    if k >= len(STY_SRC):
        t2 = R.choice(STY_SRC); t = t + ". " + t2 + "."; inp = style(t, st)
    add("styled_full", "en", inp, t, style=st.lower())
PARTIAL = ["This is {w} the best soup in town, let's go.", "Our new shop is {w} open on Sundays.", "I made a cake and it was {w} delicious.",
           "Please read the {w} rules before posting.", "Tickets are {w} free for students.", "The concert was {w} amazing, thanks everyone."]
WORDS = ["really", "finally", "totally", "NOT", "simply", "truly"]
for k in range(24):
    t = PARTIAL[k % len(PARTIAL)].replace("{w}", R.choice(WORDS))
    st = R.choice(STYLES)
    words = t.split(" ")
    idx = R.sample(range(len(words)), R.randint(1, 2))
    if k % 4 == 0:  # lone styled a / I
        t = "I think " + t[0].lower() + t[1:]; words = t.split(" "); idx = [0]
    inp = " ".join(style(w, st) if i in idx else w for i, w in enumerate(words))
    if inp != t: add("styled_partial", "en", inp, t, style=st.lower())

# fullwidth runs
FW_SRC = ["SALE! Up to 50% off all shoes (today only).", "Call 0800 123 456 for details.", "Welcome to the Riverside Cafe.",
          "Open daily 9:00-18:00, closed on holidays.", "NEW ARRIVALS: spring jackets & rain boots", "Order #4471 has shipped.",
          "Free Wi-Fi for all guests.", "Room 12, 2nd floor, East Wing", "Best before: 2026-03-01", "Thank you for shopping with us!", "Lost & found: ask at desk B.", "Level 3 - Parking (max. height 2.1 m)"]
for k, t in enumerate(FW_SRC * 2):
    sp = "\u3000" if k >= len(FW_SRC) else " "
    inp = "".join(sp if c == " " else chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else c for c in t)
    add("fullwidth_run", "en", inp, t, space="U+3000" if k >= len(FW_SRC) else "ascii")

# Cyrillic paragraphs with Latin twins
LAT = {"а": "a", "с": "c", "е": "e", "о": "o", "р": "p", "у": "y", "х": "x", "А": "A", "В": "B", "С": "C", "Е": "E", "К": "K", "М": "M",
       "Н": "H", "О": "O", "Р": "P", "Т": "T", "Х": "X"}
for lang in ["ru", "uk", "bg", "be", "mk", "sr"]:
    pool = [s for s in POOL.get(lang, []) if len(s) > 30]
    if len(pool) < 20: continue
    reps = 8 if lang in ("ru", "uk", "bg") else 3
    for k in range(reps):
        src = " ".join(R.sample(pool, 3))
        mp = dict(LAT)
        if lang in ("uk", "be"): mp.update({"і": "i", "І": "I"})
        if lang in ("sr", "mk"): mp.update({"ј": "j", "Ј": "J"})
        rate = [0.05, 0.1, 0.2, 0.3][k % 4]
        inp, n = swap(src, mp, rate)
        if inp != src: add("cyrillic_with_latin", lang, inp, src, rate=rate)
# Greek paragraphs with Latin twins
GL = {"ο": "o", "ν": "v", "Α": "A", "Β": "B", "Ε": "E", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Χ": "X", "Υ": "Y", "Ζ": "Z"}
for k in range(6):
    src = " ".join(R.sample([s for s in POOL["el"] if len(s) > 30], 3))
    inp, n = swap(src, GL, [0.05, 0.1, 0.2][k % 3])
    if inp != src: add("greek_with_latin", "el", inp, src)

# ------------------------------------------------------------------ genuine
for lang in ["ru", "uk", "bg", "be", "sr", "mn", "ky", "el", "ka", "he", "ja", "zh_CN", "zh_TW", "ko"]:
    pool = POOL[lang]
    n = 20 if lang not in ("mn", "ky", "ka", "he") else 12
    for k in range(n):
        add("genuine_script", lang, "\n".join(R.sample(pool, R.randint(1, 4))), None)
# Armenian: catalog lines + Faker hy_AM sentences and addresses
fk = Faker("hy_AM"); fk.seed_instance(3)
hy = POOL.get("hy", [])
for k in range(20):
    ls = [fk.sentence(nb_words=R.randint(5, 12)) for _ in range(R.randint(1, 3))]
    if hy and k % 3 == 0: ls.append(R.choice(hy))
    if k % 4 == 1: ls.append(fk.address().replace("\n", ", "))
    add("genuine_script", "hy", "\n".join(ls), None)
for loc, lang in [("ru_RU", "ru"), ("el_GR", "el"), ("uk_UA", "uk")]:
    f = Faker(loc); f.seed_instance(9)
    for k in range(5):
        add("genuine_script", lang, "\n".join(f.name() + ", " + f.address().replace("\n", ", ") for _ in range(R.randint(1, 3))), None)

# Cyrillic/Greek sentences with words spelled only in look-alike letters
LOOK_CY = set("аеорсухіјѕАВЕКМНОРСТХІЈЅ")
LOOK_GR = set("οναιυρΑΒΕΗΙΚΜΝΟΡΤΧΥΖ")
def has_look_word(s, look):
    return any(len(w) >= 2 and all(c in look for c in w) for w in re.findall(r"\w+", s))
for lang, look in [("ru", LOOK_CY), ("uk", LOOK_CY), ("bg", LOOK_CY), ("be", LOOK_CY), ("sr", LOOK_CY), ("el", LOOK_GR)]:
    cands = [s for s in POOL[lang] if has_look_word(s, look)]
    for s in R.sample(cands, min(len(cands), 8)):
        add("genuine_lookalike_words", lang, s, None)
# upper-case Cyrillic / Greek lines (all-caps words made of look-alikes are common)
for lang in ["ru", "uk", "bg", "el"]:
    for k in range(5):
        s = R.choice(POOL[lang]).upper()
        add("genuine_lookalike_words", lang, s, None)

# bilingual glossaries
SEPS = [" = ", "\t", " — ", ": ", " | ", " - ", " → ", " / ", " ({t})", " – "]
for lang in ["ru", "uk", "bg", "el", "be", "sr", "mn", "ka", "ja", "ko", "zh_CN", "he", "ky"]:
    pairs = PAIRS.get(lang, [])
    if len(pairs) < 10: continue
    for k in range(7):
        sep = SEPS[(k + len(lang)) % len(SEPS)]
        ps = R.sample(pairs, R.randint(3, 6))
        if sep == " ({t})":
            ls = [f"{e} ({t})" for e, t in ps]
        else:
            ls = [f"{e}{sep}{t}" for e, t in ps] if k % 2 == 0 else [f"{t}{sep}{e}" for e, t in ps]
        add("genuine_glossary", lang, "\n".join(ls), None, separator=sep.strip() or "tab")

# English sentences quoting Cyrillic / Greek words (many spelled only with look-alike letters)
QUOTE_T = ["The sign over the door simply said «{w}».", "Locals call the hill {w}, which visitors often misread.",
           "In the old photograph the word “{w}” is painted on the side of the tram.", "The label on the jar read {w}, and nothing else.",
           "She pointed to the word {w} on the menu and asked what it meant.", "The ship's name, {w}, was still visible on the stern.",
           "His notebook was full of words like {w} and {w2}.", "The stamp on the letter bore the letters {w}.",
           "“{w}” is what the children shouted as the parade passed.", "The abbreviation {w} appears on every map from that period."]
QWORDS = {"ru": ["СССР", "РОСТ", "ТОРТ", "МОРЕ", "сор", "оса", "ухо", "роса", "сера", "Москва", "хлеб", "КАССА", "ВЕРХ", "АРКА", "ТЕАТР", "почта"],
          "uk": ["КОСА", "РІЧКА", "ХАТА", "село", "ріка", "вулиця", "ТЕРЕМ"],
          "bg": ["ОРЕХ", "КАСА", "хоро", "СЕЛО", "улица"],
          "el": ["ΚΑΙ", "ΟΧΙ", "ΤΟ", "ΕΚΕΙ", "ΜΗΤΕΡΑ", "ΚΑΦΕΝΕΙΟ", "ΤΑΞΙ", "θάλασσα", "ΜΕΤΡΟ", "ΤΑΒΕΡΝΑ", "ΑΒΑΤΟΝ", "ΕΞΟΔΟΣ"]}
for k in range(60):
    lang = ["ru", "el", "uk", "bg", "ru", "el"][k % 6]
    t = QUOTE_T[k % len(QUOTE_T)]
    w, w2 = R.sample(QWORDS[lang], 2)
    add("genuine_quoted_foreign", lang, t.replace("{w2}", w2).replace("{w}", w), None)

# scientific Greek
SCI = ["Serum TNF-α and IL-6 were measured at baseline and after {n} weeks.", "Expression of IL-6Rα was reduced in {n} of 12 samples.",
       "β-catenin accumulated in the nucleus within {n} h of treatment.", "The PPARγ agonist lowered glucose by {n}%.",
       "HIF-1α protein levels peaked at {n} h under hypoxia.", "NF-κB activation was blocked by the inhibitor at {n} μM.",
       "γδ T cells made up {n}% of the lymphocytes in the biopsy.", "Cells were seeded at {n} × 10⁴ per well in 200 μL of medium.",
       "The laser was tuned to λ = {n}32 nm.", "A 470 Ω resistor limits the current to about {n} mA.", "ΔG for the reaction was −{n}.4 kJ/mol.",
       "Samples were spun at {n},000 × g for 10 min at 4 °C.", "The ERα-positive tumours responded better than ERβ-positive ones.",
       "PGC-1α expression rose {n}-fold after exercise.", "Anti-IL-17A and anti-TGF-β antibodies were used at 1:{n}00.",
       "The μ-opioid receptor antagonist was given {n} min before the test.", "Plates were read at 450 nm; α was set at 0.05.",
       "The α-helix and β-sheet content were estimated from CD spectra at {n} °C.", "Δt between pulses was {n} ms.",
       "IFN-γ and IL-2Rγ were upregulated in {n} patients."]
for k in range(90):
    add("genuine_science_greek", "en", SCI[k % len(SCI)].replace("{n}", str(R.randint(2, 9))), None)
MATH = ["Let ε > 0 and choose δ = ε/{n}.", "For all x in Ω, f(x) ≤ {n}.", "The sum Σ aₖ converges when |r| < 1.", "We set θ = π/{n} and φ = 0.",
        "The variance σ² equals {n}.5 in this sample.", "Here λ denotes the largest eigenvalue and μ the mean.", "If α + β = {n}, then γ = {n} − α − β.",
        "The angle ω was measured {n} times.", "Assume ρ ≥ 0 and κ < {n}.", "The function Γ(x) grows faster than any polynomial."]
for k in range(30):
    add("genuine_math_greek", "en", MATH[k % len(MATH)].replace("{n}", str(R.randint(2, 9))), None)

# CJK with fullwidth Latin
CJK = [("ja", "新しい{X}を買いましたが、{Y}の設定がよく分かりません。"), ("ja", "会議室の{X}は三階の受付で借りられます。"), ("ja", "駅前のカフェでは無料の{X}が使えます。"),
       ("ja", "{X}ケーブルを忘れたので、今日は充電できません。"), ("ja", "このアプリは{X}と{Y}の両方に対応しています。"),
       ("zh_CN", "图书馆的{X}可以免费使用，但需要登记。"), ("zh_CN", "请用{X}扫描二维码后输入{Y}。"), ("zh_CN", "这款{X}支持{Y}连接。"),
       ("zh_TW", "請將{X}連接到電腦後再重新開機。"), ("zh_TW", "本店提供免費{X}，密碼請洽櫃台。"), ("ko", "회의실에서 {X}를 사용할 수 있습니다.")]
FWW = ["ＰＣ", "ＵＳＢ", "ＷｉＦｉ", "ＩＤ", "ＳＮＳ", "ＡＩ", "ＤＶＤ", "ＴＶ", "ＯＫ", "ＱＲコード", "Ｂｌｕｅｔｏｏｔｈ", "ＳＩＭ", "ｉＰｈｏｎｅ", "ＬＥＤ"]
for k in range(45):
    lang, t = CJK[k % len(CJK)]
    x, y = R.sample(FWW, 2)
    add("genuine_cjk_fullwidth", lang, t.replace("{X}", x).replace("{Y}", y), None)

def mixed_word(t):
    for w in re.findall(r"\w+", t):
        sc = {unicodedata.name(c).split()[0] for c in w if c.isalpha()}
        if "LATIN" in sc and sc & {"CYRILLIC", "GREEK", "ARMENIAN"}: return True
    return False
docs[:] = [d for d in docs if not (d["kind"] in ("genuine_script", "genuine_lookalike_words") and mixed_word(d["input"]))]
for d in docs:
    if d["expected"] is None: d["expected"] = d["input"]
    if d["kind"].startswith("genuine"): assert d["input"] == d["expected"]
    else: assert d["input"] != d["expected"], d["id"]
    assert unicodedata.normalize("NFC", d["expected"]) == d["expected"] or d["kind"].startswith("genuine"), d["id"]
write_jsonl("/work/wt/_fresh3/homoglyphs.jsonl", docs)
c = Counter(d["kind"] for d in docs)
print(len(docs), "damaged", sum(v for k, v in c.items() if not k.startswith("genuine")), "genuine", sum(v for k, v in c.items() if k.startswith("genuine")))
print(dict(c))
