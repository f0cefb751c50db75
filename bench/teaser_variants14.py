"""
Fresh variants for round 14's teaser rules, written after they were frozen.

Two rules of standfirsts.py:

- **the article's lines above teasers**: a list the article gives between
  its body and a run of teasers (standfirsts) must stay, in every reading,
  and the cleaning must be idempotent; a run of furniture there (a share
  bar, tags, a comment count) lets the teasers go as before;
- **cut headlines**: three headlines or more cut short with an ellipsis
  after the body go; lines that trail off in the article stay.

Sites, languages and strings were invented for this file (Spanish, Italian,
Polish, Dutch, Portuguese, Swedish, English, French, Czech); none is a line
of a tune or report set.

Run: PYTHONPATH=. .venv/bin/python bench/teaser_variants14.py
"""

from __future__ import annotations

from textclean._filters.boilerplate import RemoveBoilerplate

# (language, body, the article's list, teasers: headline, stamp, standfirst ...)
LISTS: list[tuple[str, list[str], list[str], list[str]]] = [
    (
        "es",
        [
            "Probamos durante tres semanas la nueva bicicleta eléctrica de la marca valenciana por"
            " las cuestas de la ciudad y por caminos de tierra.",
            "La batería aguanta más de lo que promete el fabricante, y el motor responde con"
            " suavidad incluso cuando la pendiente es muy dura.",
            "El precio es alto para un modelo urbano, pero la calidad de los acabados y el servicio"
            " técnico justifican buena parte de la diferencia.",
        ],
        ["Equipamiento", "Guardabarros", "Portabultos", "Luces integradas", "Candado", "Timbre"],
        [
            "El ayuntamiento amplía los carriles bici del centro",
            "hace 3 horas",
            "Las obras empezarán en marzo y durarán hasta el final del verano, según el concejal.",
            "Vuelve la feria del libro al parque del Retiro",
            "hace 6 horas",
            "Más de trescientas casetas esperan a los lectores durante las dos primeras semanas.",
            "Los pescadores del puerto piden ayudas por el temporal",
            "hace 1 día",
            "Las tormentas de enero dañaron una veintena de barcos amarrados en el muelle norte.",
        ],
    ),
    (
        "it",
        [
            "Abbiamo guidato per due settimane la nuova utilitaria ibrida tra la città e le strade"
            " di montagna, e ci ha sorpreso in più di un'occasione.",
            "Il motore elettrico aiuta molto nelle partenze, mentre in autostrada il benzina lavora"
            " senza fatica e senza consumi eccessivi.",
            "Lo spazio per i passeggeri posteriori è giusto, ma il bagagliaio resta tra i più capienti"
            " della categoria e si carica facilmente.",
        ],
        [
            "Dotazione di serie",
            "Cruise control",
            "Sensori di parcheggio",
            "Fari a LED",
            "Clima automatico",
            "Cerchi in lega",
        ],
        [
            "Nuove piste ciclabili lungo il Naviglio",
            "2 ore fa",
            "Il Comune ha presentato il progetto che collegherà i quartieri a sud con la stazione.",
            "Riapre il mercato coperto di piazza Garibaldi",
            "5 ore fa",
            "Dopo un anno di lavori tornano i banchi di frutta, pesce e formaggi del territorio.",
            "Treni regionali, nuovo orario da lunedì",
            "1 giorno fa",
            "Cambiano le partenze del mattino sulla linea per Bergamo e quelle serali per Lecco.",
        ],
    ),
    (
        "pl",
        [
            "Przez dwa tygodnie testowaliśmy nowy ekspres do kawy w redakcji i w domu, przygotowując"
            " w nim kilkaset filiżanek espresso i cappuccino.",
            "Urządzenie nagrzewa się bardzo szybko, a młynek pracuje ciszej niż w poprzednim modelu,"
            " co docenią osoby wstające wcześnie rano.",
            "Czyszczenie jest proste, choć zbiornik na fusy mógłby być trochę większy przy"
            " intensywnym używaniu przez całą rodzinę.",
        ],
        ["W zestawie", "Dzbanek na mleko", "Filtr wody", "Miarka", "Szczoteczka", "Instrukcja"],
        [
            "Nowa linia tramwajowa na Ursynów gotowa",
            "2 godziny temu",
            "Pierwsze składy ruszą w sobotę rano, a bilety przez pierwszy tydzień będą tańsze.",
            "Festiwal pierogów wraca na Rynek",
            "5 godzin temu",
            "Kilkadziesiąt stoisk z całego kraju zaprasza na degustacje przez trzy dni.",
            "Rzeka opada, ale alarm przeciwpowodziowy trwa",
            "1 dzień temu",
            "Strażacy wciąż pilnują wałów w trzech gminach na południe od miasta.",
        ],
    ),
    (
        "nl",
        [
            "We reden drie weken met de nieuwe elektrische bakfiets door de stad, met kinderen,"
            " boodschappen en een keer zelfs een kerstboom voorin.",
            "De ondersteuning is krachtig maar nooit schokkerig, en de accu haalt met gemak een week"
            " aan korte ritten naar school en de markt.",
            "Het stuur reageert wel wat traag als de bak vol is, maar daar wen je na een paar dagen"
            " aan, zeker op de fietspaden langs de grachten.",
        ],
        ["Uitrusting", "Regenhuif", "Kinderzitjes", "Voorrek", "Standaard", "Ringslot", "Bel"],
        [
            "Gemeente plant extra fietsenstallingen bij het station",
            "3 uur geleden",
            "Er komen tweeduizend plekken bij, onder het plein aan de achterkant van het station.",
            "Zomerfestival verhuist naar het park",
            "6 uur geleden",
            "De organisatie verwacht meer bezoekers nu het terrein groter is en beter bereikbaar.",
            "Pont over het IJ vaart vaker in de avond",
            "1 dag geleden",
            "Vanaf volgende maand gaat de laatste boot een half uur later dan nu.",
        ],
    ),
]
# Furniture between the body and the teasers: they go, and the teasers with them.
FURNITURE_BETWEEN: list[tuple[str, list[str]]] = [
    ("es", ["Compartir", "Etiquetas", "bicicletas", "movilidad", "5 comentarios"]),
    ("it", ["Condividi", "Tag", "auto ibride", "prove su strada", "12 commenti"]),
]

BODY_EN = [
    "The city council voted on Tuesday to close the old swimming baths on the river for two years"
    " while the roof and the pools are rebuilt.",
    "Swimmers who use the baths every morning asked the council to keep the outdoor pool open"
    " during the summer, and the council agreed to look at it again in May.",
    "The works are expected to cost twelve million pounds, most of it from a national fund for"
    " sports buildings that the council applied to last year.",
]
BODY_SV = [
    "Kommunen beslutade i tisdags att stänga det gamla badhuset vid ån i två år medan taket och"
    " bassängerna byggs om från grunden.",
    "Simmare som badar där varje morgon bad politikerna att hålla utebadet öppet under sommaren,"
    " och frågan ska tas upp igen i maj.",
    "Ombyggnaden beräknas kosta hundra miljoner kronor, och det mesta kommer från ett statligt"
    " bidrag för idrottsanläggningar.",
]
# (language, body, cut headlines after it) -- every line after the body goes.
CUT_POSITIVES: list[tuple[str, list[str], list[str]]] = [
    (
        "en",
        BODY_EN,
        [
            "You might also like",
            "Why the night buses to the airport stop running at…",
            "Three bakeries on the high street win a prize for their…",
            "The lighthouse keeper who counted every ship for forty…",
        ],
    ),
    (
        "sv",
        BODY_SV,
        [
            "Nya cykelbanor längs kajen ska stå klara till…",
            "Biblioteket öppnar igen efter två års...",
            "Färjan till ön får nya avgångar på...",
            "Skolan på höjden byggs ut med tre nya...",
        ],
    ),
    (
        "pt",
        BODY_EN[:1] + BODY_SV[1:],
        [
            "Leia também",
            "Mercado municipal reabre com novos horários e…",
            "Ponte sobre o rio fechada durante a noite para…",
            "Festival de música volta ao parque depois de dois…",
        ],
    ),
    (
        "cs",
        BODY_SV,
        [
            "Nová tramvajová trať do sídliště bude hotová do…",
            "Knihovna na náměstí otevírá po opravě v...",
            "Přívoz přes řeku jezdí v létě častěji a…",
        ],
    ),
]
# Lines that trail off in the article: they stay.
CUT_NEGATIVES: list[tuple[str, str]] = [
    (
        "dialogue in the body",
        "\n".join(
            [
                *BODY_EN[:2],
                "“Well, if the baths close…”",
                "“Then we swim in the river…”",
                "“In January? You must be joking…”",
                BODY_EN[2],
                "The council will publish the plans on its website next week, and a public meeting"
                " is planned for the end of the month in the town hall.",
            ]
        ),
    ),
    (
        "a poem quoted at the end",
        "\n".join(
            [
                *BODY_SV,
                "Och vattnet som minns…",
                "Och barnen som simmar…",
                "Och taket som faller…",
            ]
        ),
    ),
    (
        "readers' quotes with sentences",
        "\n".join(
            [
                *BODY_EN,
                "I swim there daily. Without it I don't know what…",
                "My kids learned to swim there. It would be a shame if…",
                "Two years is long. Couldn't they phase the works so that…",
            ]
        ),
    ),
]


# Batch 2, written after the rules were frozen (190c384) and run once: other
# languages (French, Turkish, Danish, Romanian, German, English), other lists.
LISTS += [
    (
        "fr",
        [
            "Nous avons vu le nouveau film du réalisateur lyonnais lors de sa première au festival,"
            " dans une salle pleine et attentive jusqu'au générique.",
            "L'histoire suit une famille de bateliers sur la Saône pendant l'hiver le plus froid du"
            " siècle, et la mise en scène prend son temps sans jamais ennuyer.",
            "Les acteurs, presque tous inconnus, portent le film avec une justesse rare, et la"
            " musique accompagne les images sans les écraser.",
        ],
        ["Distribution", "Marie Duval", "Paul Lenoir", "Jeanne Aubry", "Hugo Ferrand", "Lila Chen"],
        [
            "Le tramway de Lyon prolongé jusqu'à l'aéroport",
            "il y a 2 heures",
            "Les travaux commenceront au printemps et devraient durer deux ans, selon la métropole.",
            "Un festival de jazz sur les quais cet été",
            "il y a 4 heures",
            "Une trentaine de concerts gratuits sont prévus entre juillet et la fin du mois d'août.",
            "La Saône en crue, plusieurs routes fermées",
            "il y a 1 jour",
            "Les habitants des communes riveraines sont invités à ne pas stationner près des berges.",
        ],
    ),
    (
        "tr",
        [
            "Yeni hızlı tren hattını açılıştan bir hafta sonra denedik ve Ankara ile Sivas arasındaki"
            " yolculuğun ne kadar kısaldığını kendimiz gördük.",
            "Vagonlar temiz ve sessiz, koltuklar geniş, ancak yemekli vagonda seçenekler şimdilik çok"
            " sınırlı ve fiyatlar biraz yüksek.",
            "Biletler genellikle birkaç gün önceden tükeniyor, bu yüzden hafta sonu seyahatleri için"
            " erken davranmak gerekiyor.",
        ],
        ["Duraklar", "Ankara", "Elmadağ", "Kırıkkale", "Yerköy", "Yozgat", "Sivas"],
        [
            "Belediye otobüs hatlarını yeniden düzenliyor",
            "2 saat önce",
            "Yeni düzenleme ile sabah saatlerinde sefer sayısı iki katına çıkarılacak.",
            "Kitap fuarı bu yıl sahil parkında kurulacak",
            "5 saat önce",
            "Fuarda yüzden fazla yayınevi ve birçok yazar okurlarla buluşacak.",
            "Şiddetli yağış nedeniyle okullar tatil edildi",
            "1 gün önce",
            "Valilik, yağışın hafta sonuna kadar süreceğini açıkladı ve uyarıda bulundu.",
        ],
    ),
]
FURNITURE_BETWEEN += [
    ("fr", ["Partager", "Imprimer", "Mots-clés", "cinéma", "festival", "3 commentaires"]),
    ("tr", ["Paylaş", "Etiketler", "tren", "ulaşım", "Yorum yap"]),
]
CUT_POSITIVES += [
    (
        "de",
        BODY_SV,
        [
            "Auch interessant",
            "Neue Buslinie verbindet ab Montag die Vororte mit dem…",
            "Warum die Brücke über den Kanal schon wieder gesperrt…",
            "Stadtbibliothek verlängert ihre Öffnungszeiten an den…",
        ],
    ),
    (
        "da",
        BODY_EN,
        [
            "Del artiklen",
            "Ny cykelsti langs havnen åbner først til sommer, fordi…",
            "Borgmesteren vil bygge flere boliger ved den gamle…",
            "Færgen til øen får flere afgange i weekenderne fra...",
        ],
    ),
    (
        "ro",
        BODY_EN,
        [
            "Citește și",
            "Primăria anunță lucrări pe strada principală până la...",
            "Festivalul de film revine în parcul central cu proiecții...",
            "Trenul spre litoral va circula mai des în lunile de...",
        ],
    ),
]
CUT_NEGATIVES += [
    (
        "a song's last verses quoted at the end",
        "\n".join(
            [
                *BODY_EN,
                "Teilen",
                "And the river keeps on rolling down to where the sea…",
                "And the lanterns on the water slowly drifting out of…",
                "And the old men on the harbour wall are singing in the…",
            ]
        ),
    ),
    (
        "a table of contents with dotted leaders",
        "\n".join(
            [
                *BODY_EN,
                "Contents",
                "The history of the baths and their first swimmers...",
                "The roof, the pools and the money to rebuild them...",
                "What the swimmers asked and what the council said...",
            ]
        ),
    ),
]


def _removed(cleaner: RemoveBoilerplate, text: str) -> set[str]:
    return {c.before.strip() for c in cleaner.explain(text)[1] if c.before.strip()}


def main() -> int:
    for name in ("default", "web"):
        cleaner = RemoveBoilerplate(strength=name)
        print(f"## {name}")
        kept = total = idempotent = teasers_gone = 0
        for language, body, items, teasers in LISTS:
            text = "\n".join([*body, *items, *teasers])
            once = cleaner(text)
            lines = set(once.split("\n"))
            kept += sum(item in lines for item in items)
            total += len(items)
            idempotent += cleaner(once) == once
            teasers_gone += sum(line not in lines for line in teasers)
            print(f"  list above teasers ({language}): items kept {sum(i in lines for i in items)}"
                  f"/{len(items)}, teaser lines removed {sum(t not in lines for t in teasers)}"
                  f"/{len(teasers)}")  # fmt: skip
        print(f"  lists: items kept {kept}/{total}, idempotent {idempotent}/{len(LISTS)}")
        for language, between in FURNITURE_BETWEEN:
            body, _, teasers = next((b, i, t) for lang, b, i, t in LISTS if lang == language)
            removed = _removed(cleaner, "\n".join([*body, *between, *teasers]))
            print(f"  furniture above teasers ({language}): teaser lines removed "
                  f"{len(set(teasers) & removed)}/{len(teasers)}, furniture removed "
                  f"{len(set(between) & removed)}/{len(between)}, body removed "
                  f"{len(set(body) & removed)}")  # fmt: skip
        for language, body, lines in CUT_POSITIVES:
            removed = _removed(cleaner, "\n".join([*body, *lines]))
            print(f"  cut headlines ({language}): {len(set(lines) & removed)}/{len(lines)},"
                  f" body removed {len(set(body) & removed)}")  # fmt: skip
        for what, text in CUT_NEGATIVES:
            print(f"  negative, {what}: removed {sorted(_removed(cleaner, text))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
