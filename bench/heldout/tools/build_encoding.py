"""Build encoding.jsonl: UTF-8 mojibake, legacy code-page mix-ups, genuine text."""
from __future__ import annotations
import random, sys, unicodedata
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from common import HERE, load_pool, write_jsonl
import ftfy.bad_codecs  # noqa: F401  registers sloppy-windows-1252 & co.

rng = random.Random(20261128)
pool = load_pool()

MOJI_LANGS = ["de", "fr", "es", "pt", "it", "pl", "cs", "sk", "hu", "ro", "tr", "is", "vi", "lv",
              "lt", "sv", "da", "ca", "ru", "uk", "bg", "el", "ja", "zh_CN", "ko", "sr"]
MOJI_CODECS = ["cp1252", "sloppy-windows-1252", "latin-1", "mac_roman", "cp437", "cp850",
               "cp1250", "cp1251", "cp1257"]
LEGACY = {
    "ru": [("cp1251", "cp1252"), ("koi8_r", "cp1251"), ("cp866", "cp1251"), ("cp1251", "koi8_r"),
           ("cp1251", "latin-1"), ("cp866", "cp1252")],
    "uk": [("cp1251", "cp1252"), ("koi8_u", "cp1251"), ("cp1251", "koi8_u"), ("cp866", "cp1251")],
    "bg": [("cp1251", "cp1252"), ("cp866", "cp1251"), ("cp1251", "koi8_r")],
    "be": [("cp1251", "cp1252"), ("cp1251", "koi8_r")],
    "sr": [("cp1251", "cp1252"), ("iso8859_5", "cp1251")],
    "pl": [("cp1250", "cp1252"), ("iso8859_2", "cp1252"), ("iso8859_2", "cp1250"), ("cp852", "cp1250")],
    "cs": [("cp1250", "cp1252"), ("iso8859_2", "cp1252"), ("cp852", "cp1250"), ("iso8859_2", "cp1250")],
    "sk": [("cp1250", "cp1252"), ("iso8859_2", "cp1252")],
    "hu": [("cp1250", "cp1252"), ("iso8859_2", "cp1252"), ("cp852", "cp1250")],
    "ro": [("cp1250", "cp1252"), ("iso8859_2", "cp1252")],
    "hr": [("cp1250", "cp1252"), ("iso8859_2", "cp1252")],
    "sl": [("cp1250", "cp1252"), ("iso8859_2", "cp1252")],
    "el": [("cp1253", "cp1252"), ("iso8859_7", "cp1252"), ("cp737", "cp1253"), ("cp1253", "cp1251")],
    "tr": [("cp1254", "cp1252"), ("iso8859_9", "cp1252"), ("cp857", "cp1254"), ("cp1254", "cp1250")],
    "lv": [("cp1257", "cp1252"), ("iso8859_13", "cp1252"), ("cp775", "cp1257")],
    "lt": [("cp1257", "cp1252"), ("iso8859_13", "cp1252"), ("cp775", "cp1257")],
    "et": [("cp1257", "cp1252"), ("iso8859_13", "cp1251")],
    "de": [("cp850", "cp1252"), ("cp1252", "cp850"), ("cp437", "cp1252"), ("mac_roman", "cp1252"), ("cp1252", "cp1251")],
    "fr": [("cp850", "cp1252"), ("cp1252", "cp850"), ("mac_roman", "cp1252"), ("cp1252", "cp1251"), ("cp1252", "mac_roman")],
    "es": [("cp850", "cp1252"), ("cp1252", "cp850"), ("cp437", "cp1252"), ("cp1252", "cp1251")],
    "pt": [("cp850", "cp1252"), ("cp1252", "cp850"), ("mac_roman", "cp1252"), ("cp1252", "cp1251")],
    "it": [("cp850", "cp1252"), ("cp1252", "cp850"), ("cp1252", "mac_roman")],
    "sv": [("cp850", "cp1252"), ("cp1252", "cp850"), ("cp1252", "cp1251")],
    "is": [("cp850", "cp1252"), ("cp1252", "cp850"), ("cp1252", "cp1251")],
    "da": [("cp850", "cp1252"), ("cp1252", "cp1251")],
}

def lines_for(lang: str, k: int) -> list[str]:
    return rng.sample(pool[lang], k)

def moji(s: str, codec: str, times: int) -> str | None:
    out = s
    try:
        for _ in range(times):
            out = out.encode("utf-8").decode(codec)
        back = out
        for _ in range(times):
            back = back.encode(codec).decode("utf-8")
    except (UnicodeError, LookupError):
        return None
    return out if back == s and out != s else None

docs = []

# 1. UTF-8 mojibake: multi-line documents, some lines damaged (same codec in a document).
n = 0
attempts = 0
while n < 380 and attempts < 20000:
    attempts += 1
    lang = MOJI_LANGS[n % len(MOJI_LANGS)]
    codec = rng.choice(MOJI_CODECS)
    times = 2 if rng.random() < 0.25 else 1
    k = rng.randint(3, 8)
    orig = lines_for(lang, k)
    how = rng.choice(["some", "some", "one", "all"])
    idx = list(range(k))
    damaged_idx = set(idx if how == "all" else rng.sample(idx, 1 if how == "one" else rng.randint(1, k - 1)))
    out, ok = [], True
    for i, line in enumerate(orig):
        if i in damaged_idx:
            m = moji(line, codec, times)
            if m is None:
                ok = False
                break
            out.append(m)
        else:
            out.append(line)
    if not ok:
        continue
    n += 1
    docs.append({
        "id": f"enc-moji-{n:04d}", "kind": "mojibake_twice" if times == 2 else "mojibake",
        "subkind": f"utf-8 read as {codec}" + (" x2" if times == 2 else ""),
        "language": lang, "input": "\n".join(out), "expected": "\n".join(orig),
        "damaged_lines": sorted(damaged_idx),
    })

# 2. Legacy code-page mix-ups: the whole document saved in one code page, read as another.
n = 0
langs = list(LEGACY)
attempts = 0
while n < 300 and attempts < 20000:
    attempts += 1
    lang = langs[n % len(langs)]
    # the first pair of each language (its Windows code page read as Western or the
    # other way round) is the common case: draw it as often as all the others together
    saved, read = LEGACY[lang][0] if rng.random() < 0.5 else rng.choice(LEGACY[lang])
    k = rng.randint(3, 8)
    orig = lines_for(lang, k)
    text = "\n".join(orig)
    try:
        damaged = text.encode(saved).decode(read)
        back = damaged.encode(read).decode(saved)
    except UnicodeError:
        continue
    if back != text or damaged == text:
        continue
    if any(unicodedata.category(c) == "Cc" and c != "\n" for c in damaged):
        continue  # C1 controls would make it a control-character case, not a code-page one
    n += 1
    docs.append({
        "id": f"enc-legacy-{n:04d}", "kind": "legacy", "subkind": f"{saved} read as {read}",
        "language": lang, "input": damaged, "expected": text,
        "damaged_lines": [i for i, (a, b) in enumerate(zip(damaged.split("\n"), orig)) if a != b],
    })

# 3. Genuine documents that must not change.
GEN_LANGS = ["pt", "pt_BR", "is", "tr", "vi", "lv", "lt", "cs", "pl", "ro", "el", "ru", "uk",
             "de", "fr", "es", "it", "hu", "sk", "hr", "sl", "et", "sv", "da", "fi", "ca", "sq",
             "bg", "sr", "mk", "be", "kk", "hy", "ja", "zh_CN", "zh_TW", "ko"]
TR_UP = str.maketrans({"i": "İ", "ı": "I"})

def caps(lang: str, s: str) -> str:
    if lang == "tr":
        s = s.translate(TR_UP)
    return s.upper()

SYMBOL_LINES = [
    "Formát papíru 210 × 297 mm, tolerance ± 0,5 mm.",
    "Le prix passe de 12 € à 14,50 € – soit une hausse de 20,8 %.",
    "Das ©-Zeichen auf dem Etikett fehlte 2024 – der Hersteller druckte es nach.",
    "«Это не конец», – сказал он, глядя на табло.",
    "Blood alcohol limit: 0,5 ‰ for new drivers, 0,2 ‰ for professionals.",
    "The Acme™ kettle costs £39.99 in the UK and €44.90 in Ireland.",
    "Temperatura: 21 °C ± 2 °C; wilgotność 45 %.",
    "Rozměry: 40 × 60 × 12 cm – hmotnost 3,2 kg.",
    "Il «Corriere» ha venduto 200 000 copie, il 3 ‰ in più.",
    "Önerilen dozaj: 2 × 500 mg – günde iki kez.",
    "Ár: 12 990 Ft – a készlet erejéig.",
    "Kaina – 25 €, nuolaida ± 5 %.",
    "Cena: 49,99 zł × 2 = 99,98 zł",
    "Цена: 1 200 ₽ – скидка 15 % до 1 марта.",
    "Ціна: 350 ₴ – знижка для студентів.",
    "Πληθυσμός: 10,4 εκ. (± 0,1 εκ.) – απογραφή 2021.",
    "Registered® trade names and ™ marks belong to their owners.",
    "½ cup sugar, ¼ tsp salt, 2 × 250 ml milk.",
    "Article 5 § 2 ¶ 3 of the statute – see also † notes.",
    "Prix public conseillé : 1 299 € TTC – garantie 2 ans.",
    "Leistung: 2 × 75 W, Klirrfaktor < 0,1 %, Preis 349 €.",
    "Kurs: 1 £ = 1,17 € = 1,27 $ (Stand: Mittag).",
    "Nhiệt độ: 30 °C ± 1 °C – độ ẩm 80 %.",
    "Hitastig: −4 °C, vindur 12 m/s – færð þung.",
    "Sijos plotas 12 m² – kaina 1 500 € už m².",
    "№ 17 – «Пріоритетні напрями розвитку».",
    "Tempo médio: 4′32″ por km – recorde pessoal.",
    "Ingresso: R$ 35,00 – meia-entrada R$ 17,50.",
    "Zľava 30 % – pôvodná cena 59,90 € × 2 ks.",
    "• Nuevo récord • 3 × campeón • 1,5 M€ de premio",
]

n = 0
while n < 620:
    r = rng.random()
    if r < 0.12:
        lang = rng.choice(["pt", "pt_BR", "is", "tr", "el", "ru", "uk", "ro", "cs", "pl", "lv", "lt", "vi", "de", "fr", "es"])
        k = rng.randint(3, 8)
        lines = [caps(lang, s) for s in lines_for(lang, k)]
        kind = "genuine_caps"
    elif r < 0.22:
        lang = "symbols"
        lines = rng.sample(SYMBOL_LINES, rng.randint(3, 6))
        kind = "genuine_symbols"
    elif r < 0.30:
        a, b = rng.sample(GEN_LANGS, 2)
        lang = f"{a}+{b}"
        lines = lines_for(a, rng.randint(2, 4)) + lines_for(b, rng.randint(1, 4))
        kind = "genuine_mixed_languages"
    else:
        lang = GEN_LANGS[n % len(GEN_LANGS)]
        lines = lines_for(lang, rng.randint(3, 8))
        kind = "genuine"
    n += 1
    text = "\n".join(lines)
    docs.append({"id": f"enc-genuine-{n:04d}", "kind": kind, "subkind": "", "language": lang,
                 "input": text, "expected": text, "damaged_lines": []})

write_jsonl(HERE / "encoding.jsonl", docs)
from collections import Counter
print(Counter(d["kind"] for d in docs))
print(Counter(d["subkind"] for d in docs if d["kind"] != "genuine"))
print("langs moji", len({d["language"] for d in docs if d["kind"].startswith("moji")}),
      "legacy", len({d["language"] for d in docs if d["kind"] == "legacy"}))
