"""Build homoglyphs.jsonl: damaged Latin/Cyrillic text (expected = original) and genuine text."""
from __future__ import annotations
import json, random, re, sys, unicodedata
from collections import Counter
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from common import HERE, load_pool, write_jsonl
from confmap import cyrillic_latin_twins, fullwidth, latin_lookalikes, styled_tables

rng = random.Random(11)
pool = load_pool()
pairs = json.load(open(HERE / "sources" / "pairs.json", encoding="utf-8"))
LOOK = latin_lookalikes()
# drop spacing marks and compatibility forms that are not letters one would type
for letter, by in LOOK.items():
    for sc in list(by):
        by[sc] = [c for c in by[sc] if c not in "\u037a\u1fbe" and unicodedata.category(c) in ("Ll", "Lu", "Lo")]
        if not by[sc]:
            del by[sc]
TWINS = {c: l for c, l in cyrillic_latin_twins().items() if c not in "гГ"}  # г/r is not a twin a typist would use
STYLED = styled_tables()

def prose(lang: str) -> list[str]:
    return [l.strip() for l in open(HERE / "sources" / f"prose_{lang}.txt", encoding="utf-8") if l.strip()]

def pool_paragraph(lang: str, k: int) -> str:
    sents = [s if s[-1] in ".!?" else s + "." for s in rng.sample(pool[lang], k)]
    sents = [s[0].upper() + s[1:] for s in sents]
    return " ".join(sents)

def en_paragraph() -> str:
    return rng.choice(prose("en")) if rng.random() < 0.6 else pool_paragraph("en_GB", rng.randint(2, 4))

OTHER_LATIN = ["de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sv", "ro", "hr"]
HAS_PROSE = {"de", "fr", "es", "it", "pt", "nl", "pl"}

def latin_paragraph(lang: str) -> str:
    if lang in HAS_PROSE and rng.random() < 0.6:
        return rng.choice(prose(lang))
    return pool_paragraph(lang, rng.randint(2, 4))

def swap_letters(text: str, scripts: list[str], rate: float) -> str:
    letters = [i for i, c in enumerate(text) if c.isalpha()]
    cand = [i for i in letters if any(sc in LOOK.get(text[i], {}) for sc in scripts)]
    want = max(1, round(rate * len(letters)))
    chosen = rng.sample(cand, min(want, len(cand))) if cand else []
    out = list(text)
    for i in chosen:
        opts = [sc for sc in scripts if sc in LOOK.get(text[i], {})]
        out[i] = rng.choice(LOOK[text[i]][rng.choice(opts)])
    return "".join(out)

def whole_words(text: str, n: int) -> str:
    def full(w: str) -> bool:
        return len(w) >= 2 and all("cyrillic" in LOOK.get(c, {}) for c in w)
    spans = [m for m in re.finditer(r"[A-Za-z]+", text) if full(m[0])]
    if not spans:
        return text
    out = list(text)
    for m in rng.sample(spans, min(n, len(spans))):
        for i in range(m.start(), m.end()):
            out[i] = LOOK[text[i]]["cyrillic"][0]
    return "".join(out)

def style(text: str, st: str) -> str:
    table = STYLED[st]
    return "".join(table.get(c, c) for c in text)

docs: list[dict] = []
def add(kind, lang, inp, exp, **extra):
    if kind.startswith("genuine"):
        assert inp == exp
    elif inp == exp:
        return False
    docs.append({"id": f"hg-{len(docs) + 1:05d}", "kind": kind, "language": lang, "input": inp, "expected": exp, **extra})
    return True

# ---------- damaged ----------
SWAP_SCRIPTS = {
    "swap_cyrillic": ["cyrillic"], "swap_greek": ["greek"], "swap_armenian": ["armenian"],
    "swap_cherokee": ["cherokee"], "swap_ipa": ["ipa_latin"],
    "swap_mixed": ["cyrillic", "greek", "armenian", "cherokee", "ipa_latin"],
}
RATES = [0.02, 0.05, 0.1, 0.2, 0.3]
for kind, scripts in SWAP_SCRIPTS.items():
    made = 0
    while made < 28:
        if made % 3 == 2:
            lang = rng.choice(OTHER_LATIN); text = latin_paragraph(lang)
        else:
            lang = "en"; text = en_paragraph()
        if rng.random() < 0.25:
            text = text + "\n" + (en_paragraph() if lang == "en" else latin_paragraph(lang))
        rate = RATES[made % len(RATES)]
        made += add(kind, lang, swap_letters(text, scripts, rate), text, rate=rate)

made = 0
while made < 30:
    text = en_paragraph()
    made += add("whole_word_cyrillic", "en", whole_words(text, rng.randint(1, 4)), text)

made = 0
while made < 20:
    lang = "en" if made % 2 == 0 else rng.choice(OTHER_LATIN)
    text = en_paragraph() if lang == "en" else latin_paragraph(lang)
    letter = rng.choice("aeocp")
    sc = "cyrillic" if rng.random() < 0.7 else "greek"
    if sc not in LOOK[letter]:
        sc = "cyrillic"
    made += add("all_of_one_letter", lang, text.replace(letter, LOOK[letter][sc][0]), text, letter=letter, script=sc)

LONE = [
    "A new ferry timetable starts on Monday, and most crossings will leave ten minutes earlier.",
    "A man was rescued from the river after clinging to a bridge pillar for almost an hour.",
    "A big change is coming to how the city collects household waste.",
    "A few hundred people gathered outside the station to protest against the closure.",
    "When I asked the mayor about the budget, she said the figures would be published in May.",
    "I think the best part of the festival was the late concert on the pier.",
    "A spokesperson said the company had no plans to move its headquarters.",
    "Every morning I walk past the old post office, which has been empty for years.",
    "A survey of local shops found that fewer than half accept cash only.",
    "I was told the tickets had sold out within an hour of going on sale.",
    "A storm warning remains in force for the coast until midnight.",
    "\"I never expected to win,\" the runner said after crossing the line.",
]
for s in LONE:
    for sc, cap in (("greek", None), ("cyrillic", None)):
        out = re.sub(r"\b([AI])\b", lambda m: LOOK[m[1]][sc][0], s, count=1)
        add("lone_capital_word", "en", out, s, script=sc)

STYLE_LIST = list(STYLED)
made = 0
while made < 50:
    lang = "en" if made % 4 else rng.choice(OTHER_LATIN)
    s = en_paragraph() if lang == "en" else latin_paragraph(lang)
    sents = re.split(r"(?<=[.!?]) ", s)
    st = STYLE_LIST[made % len(STYLE_LIST)]
    if rng.random() < 0.5:
        text = sents[0]
        inp = style(text, st)
    else:
        text = " ".join(sents[:2])
        inp = style(text, st)
    made += add("styled_full", lang, inp, text, style=st)

PARTIAL = [
    "This is a deal you will not want to miss, so let's get started.",
    "I am not saying it is a bad idea, only that it is a risky one.",
    "Here is a tip: let's book the table before the weekend rush.",
    "It was a long night, and I still think we made the right call.",
    "Today is a big day for the club, and I could not be prouder.",
    "Make a plan, write it down, and let's see who follows through.",
    "What a game that was, and I mean every word of it.",
    "Take a deep breath before you reply to a difficult message.",
    "I love a good story, especially one with a surprise ending.",
    "Don't miss a single episode: let's watch it together tonight.",
]
made = 0
while made < 34:
    s = rng.choice(PARTIAL)
    st = rng.choice(["bold", "italic", "bold italic", "fraktur", "bold fraktur", "script", "sans-serif bold", "monospace"])
    words = list(re.finditer(r"[A-Za-z']+", s))
    singles = [m for m in words if m[0] in ("a", "I")]
    others = [m for m in words if m not in singles]
    pick = rng.sample(others, min(len(others), rng.randint(2, 4))) + ([rng.choice(singles)] if singles else [])
    out = list(s)
    for m in pick:
        for i in range(m.start(), m.end()):
            out[i] = STYLED[st].get(s[i], s[i])
    if "let's" in s and rng.random() < 0.5:
        j = s.index("let's") + 4
        out[j] = STYLED[st]["s"]
    made += add("styled_partial", "en", "".join(out), s, style=st)

made = 0
while made < 40:
    lang = "en" if made % 3 else rng.choice(OTHER_LATIN)
    text = en_paragraph() if lang == "en" else latin_paragraph(lang)
    sents = re.split(r"(?<=[.!?]) ", text)
    j = rng.randrange(len(sents))
    ideo = made % 2 == 0
    if rng.random() < 0.5:
        seg = sents[j]
        new = "".join(fullwidth(c, ideo) for c in seg)
        sents[j] = new
        inp = " ".join(sents)
    else:
        inp = "".join(fullwidth(c, ideo) for c in text)
    made += add("fullwidth_run", lang, inp, text, ideographic_space=ideo)

# Cyrillic text with Latin twins swapped in
def cyr_paragraph(lang: str) -> str:
    if lang == "ru" and rng.random() < 0.5:
        return rng.choice(prose("ru"))
    return pool_paragraph(lang, rng.randint(2, 4))

for lang, count in (("ru", 40), ("uk", 30), ("bg", 30)):
    made = 0
    while made < count:
        text = cyr_paragraph(lang)
        letters = [i for i, c in enumerate(text) if c.isalpha()]
        cand = [i for i in letters if text[i] in TWINS and not (lang != "uk" and text[i] in "іІ")]
        rate = [0.05, 0.1, 0.2, 0.3][made % 4]
        out = list(text)
        for i in rng.sample(cand, min(len(cand), max(1, round(rate * len(letters))))):
            out[i] = TWINS[text[i]]
        made += add("cyrillic_with_latin", lang, "".join(out), text, rate=rate)

n_damaged = len(docs)

# ---------- genuine ----------
GEN = ["ru", "uk", "bg", "sr", "mk", "be", "kk", "el", "hy", "ja", "zh_CN", "zh_TW", "ko"]
for lang in GEN:
    for _ in range(62):
        lines = rng.sample(pool[lang], rng.randint(1, 4))
        add("genuine_script", lang, "\n".join(lines), "\n".join(lines))

CYR_ALL = set(TWINS) | set("гГ")  # every Cyrillic letter with a Latin twin
GREEK_LOOK = {c for by in LOOK.values() for c in by.get("greek", [])}
def all_lookalike(w: str, table: set) -> bool:
    return len(w) >= 2 and all(c in table for c in w)

lookalike_sents = []
for lang in ["ru", "uk", "bg", "sr", "mk", "be", "kk", "el"]:
    table = GREEK_LOOK if lang == "el" else CYR_ALL
    for s in pool[lang]:
        if any(all_lookalike(w, table) for w in re.findall(r"\w+", s)):
            lookalike_sents.append((lang, s))
rng.shuffle(lookalike_sents)
for lang, s in lookalike_sents[:120]:
    add("genuine_lookalike_words", lang, s, s)

# words spelled only with look-alike letters, for quotes
look_words = Counter()
for lang in ["ru", "uk", "bg", "sr", "mk", "be"]:
    for s in pool[lang]:
        for w in re.findall(r"\w+", s):
            if all_lookalike(w, CYR_ALL):
                look_words[w] += 1
look_words = [w for w, _ in look_words.most_common(80)] + ["СССР", "рос", "сор", "МХАТ", "ТАСС", "Рокот", "сосна"]
look_words = [w for w in look_words if all_lookalike(w, CYR_ALL)]
greek_words = ["ΚΑΙ", "ΟΧΙ", "ΤΟ", "ΚΑΤΙ", "ΤΙΜΗ", "ΕΚΤΟΣ", "ΟΡΟΣ", "ΕΤΟΣ", "ΜΗΝΑΣ", "ΚΟΣΜΟΣ"]
greek_words = [w for w in greek_words if all(c in GREEK_LOOK or c in "ΣΜΗΤΚΝ" for c in w)]

single_pairs = [(lang, en, tr) for lang, items in pairs.items() if lang != "hy" for en, tr in items
                if " " not in tr and len(tr) <= 14 and " " not in en]
QUOTE_T = [
    'The sign above the shop door simply read «{w}».',
    'In the old film, the word "{w}" is painted on the side of the tram.',
    "Our guide pointed at the label '{w}' and laughed.",
    'The stamp on the envelope said {w}, in faded red ink.',
    'Locals still call it «{w}», even though the name changed years ago.',
    'He scribbled “{w}” in the margin and underlined it twice.',
    'The poster for the concert had only one word on it: {w}.',
    'The banner over the stadium entrance read "{w}".',
]
PAIR_T = [
    'The {L} word "{tr}" means "{en}".',
    'In {L}, "{en}" is usually translated as «{tr}».',
    'The menu item {tr} ({en}) was the most popular dish.',
    "The button labelled '{tr}' stands for \"{en}\" in the English version.",
    'Translators rendered "{en}" as {tr}, which reads more naturally.',
]
LNAME = {"ru": "Russian", "uk": "Ukrainian", "bg": "Bulgarian", "sr": "Serbian", "mk": "Macedonian",
         "be": "Belarusian", "kk": "Kazakh", "el": "Greek"}
for i in range(50):
    w = rng.choice(look_words)
    s = rng.choice(QUOTE_T).format(w=w)
    add("genuine_quoted_foreign", "en+cyrillic", s, s)
for i in range(15):
    w = rng.choice(greek_words)
    s = rng.choice(QUOTE_T).format(w=w)
    add("genuine_quoted_foreign", "en+el", s, s)
for i in range(55):
    lang, en, tr = rng.choice(single_pairs)
    s = rng.choice(PAIR_T).format(L=LNAME[lang], en=en, tr=tr)
    add("genuine_quoted_foreign", f"en+{lang}", s, s)

SEPS = [" = ", "\t", " — ", ": ", " | ", " - ", " → ", " / "]
glossary_langs = [l for l in pairs]
def lookalike_pair(tr: str) -> bool:
    return any(all_lookalike(w, CYR_ALL) or all_lookalike(w, GREEK_LOOK) for w in re.findall(r"\w+", tr))
preferred = {l: [p for p in pairs[l] if lookalike_pair(p[1])] for l in pairs}
for i in range(170):
    lang = glossary_langs[i % len(glossary_langs)]
    sep = SEPS[i % len(SEPS)]
    lines = []
    for _ in range(rng.randint(1, 6)):
        src = preferred[lang] if preferred[lang] and rng.random() < 0.6 else pairs[lang]
        en, tr = rng.choice(src)
        form = rng.random()
        if form < 0.7:
            lines.append(f"{en}{sep}{tr}")
        elif form < 0.85:
            lines.append(f"{tr}{sep}{en}")
        else:
            lines.append(f"{tr} ({en})")
    text = "\n".join(lines)
    add("genuine_glossary", f"en+{lang}", text, text)

SCI = [
    "Expression of IL-2Rγ was reduced in knockout mice compared with wild-type littermates.",
    "Serum TNF-α levels peaked 6 h after injection and returned to baseline by 24 h.",
    "Nuclear β-catenin accumulated in cells treated with the GSK-3β inhibitor.",
    "Sections were cut at 5 μm and stained with haematoxylin and eosin.",
    "The time step Δt was set to 0.01 s for all simulations.",
    "Activation of NF-κB was blocked by pretreatment with the proteasome inhibitor.",
    "IFN-γ secretion by CD8+ T cells increased threefold after stimulation.",
    "TGF-β1 signalling promotes fibrosis in the injured kidney.",
    "Aggregates of α-synuclein were detected in the substantia nigra.",
    "Inhibitors of γ-secretase reduced amyloid-β production in vitro.",
    "PPARγ agonists improved insulin sensitivity in obese rats.",
    "Tumours negative for ERα responded poorly to tamoxifen.",
    "HIF-1α is stabilised under hypoxic conditions.",
    "The PI3Kδ isoform is expressed mainly in leukocytes.",
    "Finasteride inhibits 5α-reductase and lowers dihydrotestosterone.",
    "The μ-opioid receptor mediates most of the analgesic effect of morphine.",
    "Samples were filtered through a 0.22 μm membrane before analysis.",
    "The free energy change ΔG was estimated at −12.4 kJ/mol.",
    "Plasma concentrations of 17β-estradiol varied across the cycle.",
    "Cells were transfected with a plasmid encoding the IL2Rγc chain.",
    "The λ phage repressor binds cooperatively to its operators.",
    "A resistor of 470 Ω was placed in series with the LED.",
    "Wavelengths between 400 and 700 nm (λ) were scanned in 1 nm steps.",
    "The ratio of ω-3 to ω-6 fatty acids was lower in the control diet.",
    "Mutations in the σ factor altered promoter recognition.",
    "κ-Casein stabilises the micelle against calcium-induced precipitation.",
    "The π-stacking distance between the rings was 3.4 Å.",
    "Δ9-THC concentrations were measured by mass spectrometry.",
    "The ε-caprolactone monomer was polymerised at 130 °C.",
    "Mean particle size was 2.3 ± 0.4 μm (n = 12).",
    "Expression of the Nrf2 target HO-1 and of PGC-1α increased after exercise.",
    "The β-lactamase gene conferred resistance to ampicillin.",
    "Levels of IL-1β and IL-6 rose sharply within two hours.",
    "The Hsp90α isoform is inducible, whereas Hsp90β is constitutive.",
    "The decay rate Γ was extracted from the width of the resonance.",
]
for i in range(70):
    k = rng.randint(1, 3)
    text = " ".join(rng.sample(SCI, k))
    add("genuine_science_greek", "en", text, text)

MATH = [
    "Let α be the angle between the two vectors; then cos α equals their normalised dot product.",
    "Here σ denotes the standard deviation and μ the mean of the sample.",
    "The area of a circle of radius r is π r², and its circumference is 2π r.",
    "For every ε > 0 there is a δ > 0 such that |f(x) − f(a)| < ε whenever |x − a| < δ.",
    "The eigenvalue λ satisfies Av = λv for some non-zero vector v.",
    "We write θ for the polar angle and φ for the azimuth.",
    "The sum Σ aₙ converges if the ratio test gives a limit below 1.",
    "The wave function ψ is normalised so that its integral over all space is 1.",
    "Let Ω be a bounded open set with a smooth boundary.",
    "The damping coefficient γ controls how fast the oscillation decays.",
    "The learning rate η was decreased by a factor of 10 after each epoch.",
    "A significance level of α = 0.05 was used for all tests.",
    "The function ζ(s) has trivial zeros at the negative even integers.",
    "Define ρ as the density and τ as the shear stress at the wall.",
    "The angular frequency ω equals 2π times the frequency.",
]
for i in range(45):
    text = " ".join(rng.sample(MATH, rng.randint(1, 2)))
    add("genuine_math_greek", "en", text, text)

FW = ["ＰＣ", "ＵＳＢ", "ＣＤ", "ＤＶＤ", "ＯＳ", "ＩＤ", "ＡＰＩ", "ＳＮＳ", "ＬＥＤ", "ＷｉＦｉ", "ＧＰＳ", "ＩＣカード", "ＴＶ"]
JA_T = ["{t}を接続してから、{s}", "{s}（{t}版のみ）", "{t}の設定：{s}", "{s}。詳しくは{t}の説明書を参照してください。"]
ZH_T = ["请先连接{t}设备，{s}", "{s}（仅限{t}版）", "{t}设置：{s}", "{s}。详情请参阅{t}说明。"]
for i in range(60):
    lang = ["ja", "zh_CN", "zh_TW"][i % 3]
    s = rng.choice(pool[lang]).rstrip("。．.")
    t = rng.choice(FW)
    text = rng.choice(JA_T if lang == "ja" else ZH_T).format(s=s, t=t)
    add("genuine_cjk_fullwidth", lang, text, text)

write_jsonl(HERE / "homoglyphs.jsonl", docs)
c = Counter(d["kind"] for d in docs)
print("damaged", n_damaged, "genuine", len(docs) - n_damaged)
print(c)
print(Counter(d["language"] for d in docs if d["kind"] == "genuine_script"))
