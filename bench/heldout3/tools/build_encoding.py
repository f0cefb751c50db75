import random, re, unicodedata, sys
from collections import Counter
from babel import Locale
from faker import Faker
sys.path.insert(0, "/work/wt/_fresh3/tools")
from common import POOL, ENGLISH, write_jsonl, tr_upper, strip_tonos

R = random.Random(20261128)
docs = []

def lines_from(lang, n):
    return R.sample(POOL[lang], n)

def c1(s):
    return any(0x80 <= ord(c) <= 0x9F for c in s)

# ------------------------------------------------------------------ legacy
LEGACY = [  # (saved, read, languages)
    ("cp1251", "cp1252", ["ru", "uk", "bg", "be", "sr"]),
    ("koi8_r", "cp1251", ["ru", "bg"]),
    ("koi8_u", "cp1251", ["uk"]),
    ("cp866", "cp1251", ["ru", "bg", "be"]),
    ("mac_cyrillic", "cp1251", ["ru", "uk"]),
    ("iso8859_5", "cp1251", ["ru", "bg"]),
    ("cp1250", "cp1252", ["pl", "cs", "sk", "hu", "hr", "sl", "ro"]),
    ("iso8859_2", "cp1252", ["pl", "cs", "sk", "hu", "hr", "sl"]),
    ("cp852", "cp1250", ["pl", "cs", "hu"]),
    ("cp1253", "cp1252", ["el"]),
    ("iso8859_7", "cp1252", ["el"]),
    ("cp1254", "cp1252", ["tr"]),
    ("cp1257", "cp1252", ["lt", "lv", "et"]),
    ("cp1252", "cp1251", ["de", "fr", "es", "is", "sv", "ca", "pt", "fi"]),
    ("cp850", "cp1252", ["de", "fr", "es", "pt", "da", "nb", "is"]),
    ("mac_roman", "cp1252", ["fr", "de", "es", "it", "sv", "ca"]),
    ("cp1252", "mac_roman", ["fr", "de", "is", "gl", "nl"]),
    ("cp1252", "cp850", ["es", "de", "sv"]),
    ("cp1258", "cp1252", ["vi"]),
    ("cp1255", "cp1252", ["he"]),
    ("cp1256", "cp1252", ["ar", "fa"]),
    ("cp1252", "cp1257", ["de", "fr"]),
]

def legacy_doc(src, dst, lang):
    for _ in range(200):
        n = R.randint(2, 6)
        ls = lines_from(lang, n)
        if src == "cp1258":  # Vietnamese in cp1258 is stored decomposed
            text = "\n".join(ls)
            try:
                raw = unicodedata.normalize("NFD", text).encode(src)
            except UnicodeError:
                continue
            # keep only if the NFC text round-trips from the decomposed form
            try:
                inp = raw.decode(dst)
            except UnicodeError:
                continue
            exp = text
            if c1(inp) or inp == exp: continue
            if unicodedata.normalize("NFC", inp.encode(dst).decode(src)) != exp: continue
            return inp, exp
        text = "\n".join(ls)
        try:
            inp = text.encode(src).decode(dst)
        except UnicodeError:
            continue
        if c1(inp) or inp == text or inp.encode(dst).decode(src) != text: continue
        if any(unicodedata.category(c) == "Cc" and c != "\n" for c in inp): continue
        return inp, text
    return None

i = 0
for s_, d_, ls_ in LEGACY:
    got = 0
    for t in range(60):
        if got >= 7: break
        l = ls_[t % len(ls_)]
        r = legacy_doc(s_, d_, l)
        if not r: continue
        inp, exp = r
        i += 1; got += 1
        docs.append({"id": f"f3enc-leg-{i:03d}", "kind": "legacy", "subkind": f"{s_} read as {d_}", "language": l,
                     "input": inp, "expected": exp, "damaged_lines": [j for j, (a, b) in enumerate(zip(inp.split("\n"), exp.split("\n"))) if a != b]})

# ------------------------------------------------------------------ mojibake
def sloppy1252(b):
    out = []
    for byte in b:
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeError:
            out.append(chr(byte))
    return "".join(out)

def moji(s, codec):
    b = s.encode("utf-8")
    if codec == "sloppy-windows-1252":
        return sloppy1252(b)
    return b.decode(codec)

def unmoji(s, codec):
    if codec == "sloppy-windows-1252":
        return bytes(ord(c) if ord(c) < 256 and not (c.encode("cp1252", "ignore")) else c.encode("cp1252")[0] for c in s).decode("utf-8")
    return s.encode(codec).decode("utf-8")

MOJI_LANGS = ["de", "fr", "es", "pt", "it", "pl", "cs", "hu", "ro", "tr", "is", "vi", "lv", "lt", "sv", "ca", "gl", "et",
              "fi", "hr", "sl", "ru", "uk", "bg", "el", "ja", "zh_CN", "ko", "he", "ka", "ar", "nb", "da", "eu", "cy", "az"]
CODECS = ["cp1252", "cp1252", "sloppy-windows-1252", "latin-1", "mac_roman", "cp437", "cp850", "cp1251", "cp1250", "iso8859_15"]
j = 0
att = 0
while j < 100 and att < 5000:
    att += 1
    lang = R.choice(MOJI_LANGS)
    codec = R.choice(CODECS)
    twice = j >= 85
    n = R.randint(3, 8)
    ls = lines_from(lang, n)
    mode = R.choice(["one", "some", "all"])
    idx = {"one": [R.randrange(n)], "some": sorted(R.sample(range(n), R.randint(2, max(2, n - 1)))), "all": list(range(n))}[mode]
    out = list(ls)
    good = True
    for t in idx:
        try:
            m = moji(ls[t], codec)
            if twice: m = moji(m, codec)
            back = unmoji(m, codec)
            if twice: back = unmoji(back, codec)
        except UnicodeError:
            good = False; break
        if m == ls[t] or back != ls[t]:
            good = False; break
        if codec != "latin-1" and codec != "sloppy-windows-1252" and c1(m):
            good = False; break
        out[t] = m
    if not good: continue
    if any(c in "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029" for c in "".join(out)): continue
    j += 1
    docs.append({"id": f"f3enc-moj-{j:03d}", "kind": "mojibake_twice" if twice else "mojibake",
                 "subkind": f"utf-8 read as {codec}" + (" x2" if twice else ""), "language": lang,
                 "input": "\n".join(out), "expected": "\n".join(ls), "damaged_lines": idx})

# ------------------------------------------------------------------ genuine
GEN_LANGS = ["ca", "gl", "eu", "cy", "et", "fi", "sl", "hr", "ro", "hu", "id", "sq", "az", "uz", "mn", "ky", "ka", "he",
             "ar", "fa", "th", "ht", "mi", "is", "tr", "vi", "lv", "lt", "el", "ru", "uk", "be", "bg", "sr", "pt_BR", "nb",
             "da", "sk", "ja", "zh_CN", "zh_TW", "ko", "hi", "de", "fr", "es", "it", "nl", "pl", "sv", "cs"]
g = 0
def add(kind, lang, text):
    global g
    g += 1
    docs.append({"id": f"f3enc-gen-{g:03d}", "kind": kind, "language": lang, "input": text, "expected": text})

for rnd in range(3):
    for lang in GEN_LANGS:
        if lang not in POOL or len(POOL[lang]) < 30: continue
        if rnd == 2 and lang in ("de", "fr", "es", "it", "nl", "pl", "sv", "cs", "hi", "mi", "ht", "uz"): continue
        add("genuine", lang, "\n".join(lines_from(lang, R.randint(3, 8))))

# CLDR lists and Faker addresses (real names in the language)
CLDR = ["is", "tr", "vi", "lv", "lt", "el", "ru", "uk", "hy", "ka", "pl", "cs", "hu", "ro", "et", "fi", "ca", "eu", "cy",
        "ga", "mt", "sq", "az", "kk", "be", "mk", "sr", "hr", "sl", "sk", "ja", "ko", "zh", "he", "ar", "th", "de", "fr", "pt"]
for lang in CLDR:
    loc = Locale.parse(lang)
    months = [loc.months["format"]["wide"][m] for m in range(1, 13)]
    days = [loc.days["format"]["wide"][d] for d in range(7)]
    terr = R.sample(sorted(v for k, v in loc.territories.items() if k.isalpha() and len(k) == 2), 6)
    langs = R.sample(sorted(v for k, v in loc.languages.items() if "_" not in k), 5)
    shape = R.choice(["lines", "comma"])
    if shape == "lines":
        text = "\n".join([", ".join(months[:6]), ", ".join(months[6:]), " · ".join(days), "; ".join(terr), ", ".join(langs)])
    else:
        text = "\n".join([" – ".join(terr[:3]), " / ".join(langs), " ".join(days[:4])])
    text = unicodedata.normalize("NFC", text)
    add("genuine_cldr", lang if lang != "zh" else "zh_CN", text)

FAKER = {"is_IS": "is", "tr_TR": "tr", "vi_VN": "vi", "el_GR": "el", "ru_RU": "ru", "hy_AM": "hy", "ka_GE": "ka",
         "uk_UA": "uk", "pl_PL": "pl", "cs_CZ": "cs", "hu_HU": "hu", "ro_RO": "ro", "de_DE": "de", "fr_FR": "fr",
         "hr_HR": "hr", "sk_SK": "sk", "sl_SI": "sl", "ja_JP": "ja", "ko_KR": "ko", "zh_TW": "zh_TW", "he_IL": "he",
         "bg_BG": "bg", "lt_LT": "lt", "lv_LV": "lv", "et_EE": "et", "fi_FI": "fi", "da_DK": "da", "pt_PT": "pt", "es_ES": "es"}
import os, faker as _fk
ADDR = set(os.listdir(os.path.dirname(_fk.__file__) + "/providers/address"))
for loc, lang in FAKER.items():
    f = Faker(loc); f.seed_instance(R.randrange(10**6))
    ls = []
    native = loc in ADDR
    for _ in range(R.randint(3, 5)):
        ls.append(f.name() + " — " + f.address().replace("\n", ", ") if native else ", ".join(f.name() for _ in range(3)))
    add("genuine_names", lang, "\n".join(ls))

# all capitals
CAPS = ["is", "tr", "vi", "lv", "lt", "el", "ru", "uk", "bg", "pl", "cs", "hu", "ro", "de", "pt", "ca", "et", "sk", "hr", "az", "be", "ka", "fi", "sv", "es", "fr", "sr", "mn"]
for rnd in range(2):
    for lang in CAPS:
        ls = lines_from(lang, R.randint(2, 4))
        if lang in ("tr", "az"):
            ls = [tr_upper(x) for x in ls]
        elif lang == "el":
            ls = [strip_tonos(x).upper() if rnd else x.upper() for x in ls]
        elif lang == "ka":
            ls = [x.upper() for x in ls]  # Mtavruli
        else:
            ls = [x.upper() for x in ls]
        text = unicodedata.normalize("NFC", "\n".join(ls))
        if text == "\n".join(lines_from(lang, 0)): continue
        add("genuine_caps", lang, text)

# symbols (written for this set)
SYM = [
    ("en", "Room 4 measures 3.5 m × 4.2 m (±2 cm); rent is £640 a month, or €745.\n© 2024 Harbour Lettings Ltd. All figures include VAT at 20 %."),
    ("ru", "Протокол № 17 от 3 марта: бюджет «Зелёного квартала» — 2,4 млн ₽ (±5 %).\nРазмер участка 40 × 60 м, стоимость аренды — 1 200 € в год."),
    ("uk", "Наказ № 214 «Про ремонт мосту» підписано 12 квітня.\nПрольот 18 × 6 м, допуск ±3 мм; кошторис — 3,1 млн ₴ (≈ 76 000 €)."),
    ("fr", "Le « Café des Arts » propose un menu à 24,50 € (boissons ×2 offertes le lundi).\nTempérature de service : 8 °C ± 1 °C. © Mairie de Vannes, 2023."),
    ("de", "Die Platte misst 120 × 80 cm, Toleranz ± 0,5 mm – Preis: 89,90 € inkl. MwSt.\n„Ein Klassiker“, schrieb die Jury. © 2022 Tischlerei Brandt"),
    ("el", "Η αίθουσα № 3 χωράει 120 άτομα· διαστάσεις 15 × 9 μ.\nΕισιτήριο: 12 € (± έκπτωση 20 % για φοιτητές). © Δήμος Πατρέων"),
    ("tr", "Salonun ölçüleri 12 × 18 m’dir; bilet fiyatı 250 ₺ ya da yaklaşık 7 €.\n«Yılın Sergisi» ödülü, İzmir’de verildi. © 2024 Kültür Derneği"),
    ("is", "Herbergi nr. 12 er 4 × 5 m og kostar 18.900 kr. á nótt (± 10 % eftir árstíð).\nÞórsmörk – Skógar: 25 km. © Ferðafélagið 2023"),
    ("vi", "Căn hộ số 7 rộng 8 × 12 m, giá thuê 9,5 triệu ₫ mỗi tháng (± 5 %).\n«Nhà đẹp nhất phố» — giải thưởng năm 2022. © Công ty Hưng Thịnh"),
    ("lv", "Zāle Nr. 2 ir 10 × 14 m liela, biļete maksā 7,50 € (± atlaide skolēniem).\n«Gada izrāde» balvu saņēma Liepājas teātris. © 2021"),
    ("pl", "Działka nr 114 ma wymiary 30 × 45 m; cena: 189 000 zł (± 3 %).\n„Dom z widokiem” – tak nazwał go sprzedawca. © Biuro Nieruchomości Lipa"),
    ("es", "La sala n.º 5 mide 7 × 9 m y cuesta 45 € la hora (±15 % en festivos).\n«Una joya», según la crítica. © 2023 Teatro del Puerto — precios en £ a petición."),
    ("it", "La stanza misura 4 × 3,5 m; affitto 620 € al mese, spese ± 40 €.\n«Una sorpresa», ha detto il sindaco. © Comune di Lecce"),
    ("pt", "O lote nº 23 tem 15 × 30 m e custa 78 500 € (± 2 %).\n«Vale a pena», disse a vizinha. © Câmara Municipal de Braga, 2024"),
    ("cs", "Místnost č. 8 má rozměry 5 × 6 m, nájem 12 500 Kč měsíčně (± 500 Kč).\n„Skvělá poloha“, uvedl makléř. © 2024 Realitní kancelář Lípa"),
    ("hu", "A 3. számú terem 9 × 11 m-es, a bérleti díj 85 000 Ft (± 10%).\n„Kiváló akusztika” – írta a kritikus. © Pécsi Kulturális Központ"),
    ("ro", "Sala nr. 6 are 8 × 10 m; biletul costă 35 lei (≈ 7 €), ± reduceri.\n„Un spectacol rar”, a scris presa locală. © 2023 Teatrul din Sibiu"),
    ("sv", "Rummet är 3 × 4 m och kostar 6 400 kr/mån (± 300 kr).\n»Ett fynd», säger mäklaren. © 2022 Bostadsbolaget i Luleå — £ och € accepteras."),
    ("bg", "Зала № 4 е с размери 12 × 20 м, наемът е 450 € на ден (± ДДС).\n„Най-добрата сцена“, казва режисьорът. © Община Пловдив"),
    ("ca", "La sala núm. 2 fa 6 × 8 m i costa 30 € l’hora (± IVA).\n«Un espai únic», diu la directora. © Ajuntament de Girona, 2024"),
    ("en", "Dosage: 2 × 250 mg daily, ±10 % by body weight; price per pack £12.40 (€14.60).\n“Effective” — Journal of Rural Medicine, © 2021. Batch № 5521."),
    ("ru", "Доставка: 3 × 20 кг, итого 60 кг ± 0,5 кг; цена — 1 450 ₽ (≈ 15 €).\n«Вовремя и аккуратно», — пишет заказчик. © ООО «Север», 2024"),
    ("de", "Maße: 2 × 1,4 m · Gewicht: 38 kg ± 2 % · Preis: 1.299 € / £1,120\n© Möbelhaus Krüger – „Qualität seit 1952“"),
    ("fr", "Lot n° 48 : 2 × 75 cl de vin rouge, 31 € (± frais de port).\n© Domaine des Tilleuls — « À consommer avec modération »."),
]
for rnd in range(2):
    for lang, t in SYM:
        if rnd:
            t = "\n".join(reversed(t.split("\n")))
        add("genuine_symbols", lang, t)

# two languages in one document
MIX = [("en", "ru"), ("en", "el"), ("de", "tr"), ("fr", "ar"), ("is", "da"), ("vi", "fr"), ("lv", "ru"), ("uk", "pl"),
       ("ja", "ko"), ("he", "en"), ("ka", "ru"), ("lt", "pl"), ("et", "fi"), ("hu", "ro"), ("sv", "fi"), ("es", "ca"),
       ("zh_TW", "ja"), ("bg", "el"), ("sr", "hr"), ("tr", "az")]
for a, b in MIX:
    la = R.sample(ENGLISH, 2) if a == "en" else lines_from(a, 2)
    lb = R.sample(ENGLISH, 2) if b == "en" else lines_from(b, 2)
    ls = la + lb
    R.shuffle(ls)
    add("genuine_mixed_languages", f"{a}+{b}", "\n".join(ls))

# checks
for d in docs:
    assert unicodedata.normalize("NFC", d["expected"]) == d["expected"] or d["kind"] == "genuine_cldr", d["id"]
    if d["kind"].startswith("genuine"):
        assert d["input"] == d["expected"]
    else:
        assert d["input"] != d["expected"], d["id"]
        assert len(d["input"].split("\n")) == len(d["expected"].split("\n")), d["id"]
write_jsonl("/work/wt/_fresh3/encoding.jsonl", docs)
c = Counter(d["kind"] for d in docs)
print(len(docs), dict(c))
print(Counter(d.get("subkind") for d in docs if d.get("subkind")))
print("genuine languages", len({d["language"] for d in docs if d["kind"].startswith("genuine")}))
