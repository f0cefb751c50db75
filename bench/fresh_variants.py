"""
Fresh boilerplate variants for bench/boilerplate_eval.py, reported half only.

Blocks of lines in several languages and wordings for each kind of
boilerplate issue 10 names, and where sites put them (head, tail, middle).

- FRESH_V1 was written after the first freeze (commit "Boilerplate rules
  frozen for the report") and scored then; its misses were seen before the
  second round of rules, so it no longer tests those rules cleanly.
- FRESH_V2 was written after the second freeze (commit "Boilerplate round
  2, rules frozen again"); its misses were seen before round 3.
- FRESH (v3) was written after the third freeze (commit "Boilerplate round
  3, rules frozen") and used for nothing but the report.
"""

Variants = dict[str, tuple[tuple[str, ...], list[list[str]]]]

FRESH_V1: Variants = {
    "related_links": (
        ("tail", "middle"),
        [
            ["Keep reading", "Inside the race to map the ocean floor", "Why bakers are quitting the night shift", "A village that banned cars, ten years on"],
            ["Mehr aus dem Ressort", "Landtag beschließt neues Schulgesetz", "Bahn kündigt Streckensperrung im Sommer an", "Was die Inflation für Mieter bedeutet"],
            ["Sur le même thème", "La réforme des retraites devant le Sénat", "Grève des contrôleurs aériens ce week-end"],
            ["Noticias relacionadas", "El Gobierno aprueba la ley de vivienda", "Madrid amplía la zona de bajas emisiones"],
            ["Potrebbero interessarti anche", "Il caro energia pesa sulle piccole imprese", "Scuola, slitta la riforma degli esami"],
            ["Читайте по теме", "В Москве открыли новую станцию метро", "Цены на жильё выросли за год"],
            ["Zobacz również", "Sejm przyjął nowelizację ustawy o mediach", "Ceny paliw znów w górę"],
        ],
    ),
    "credit": (
        ("middle", "tail"),
        [
            ["Photograph: Maria Lopez/Getty Images"],
            ["Bild: Thomas Berger / dpa"],
            ["Photo : Jean Martin / AFP"],
            ["Foto: EFE/Juan Pérez"],
            ["Фото: Иван Петров / ТАСС"],
            ["Additional reporting by Sam Carter; editing by Lisa Wong"],
            ["(AP) —"],
        ],
    ),
    "reading_furniture": (
        ("head", "middle"),
        [
            ["4 minute read"],
            ["Lesedauer: 3 Minuten"],
            ["Temps de lecture : 5 min"],
            ["Audio version", "Listen to this article"],
            ["Last updated: 14 March 2024, 09:15 CET"],
            ["Print this page"],
            ["Video player is loading.", "Play Video"],
        ],
    ),
    "taxonomy": (
        ("tail",),
        [
            ["Topics: climate, energy, Europe"],
            ["Themen: Verkehr, Bahn, Klimaschutz"],
            ["Mots-clés : santé, hôpital, réforme"],
            ["Etiquetas:", "Economía", "Vivienda", "Madrid"],
            ["Теги: экономика, банки, инфляция"],
            ["Filed under: Politics, Elections"],
        ],
    ),
    "comment_share": (
        ("tail",),
        [
            ["Join the discussion", "12 comments"],
            ["Kommentare anzeigen"],
            ["Laissez un commentaire"],
            ["Comparte esta noticia", "Facebook", "X", "WhatsApp"],
            ["Condividi su LinkedIn"],
            ["Podziel się na Facebooku"],
            ["Поделиться в Telegram"],
        ],
    ),
    "prompt": (
        ("tail", "head"),
        [
            ["Enjoyed this story? Subscribe to our weekly newsletter for more."],
            ["Already have an account? Sign in here"],
            ["Jetzt unseren Newsletter abonnieren"],
            ["Abonnez-vous pour lire la suite"],
            ["Suscríbete a nuestro boletín y recibe las noticias en tu correo."],
            ["By subscribing you accept our privacy policy and terms of service."],
            ["Customer service | Manage my subscription"],
        ],
    ),
    "author": (
        ("tail", "head"),
        [
            ["Written by Anna Keller"],
            ["Maria Rossi, Political Correspondent"],
            ["Über die Autorin", "Lena Vogt schreibt seit 2015 über Wirtschaft und lebt in Köln."],
            ["See all articles by Tom Brady"],
            ["Par Claire Dubois et Marc Lefèvre"],
            ["Follow Anna on X @annakeller"],
        ],
    ),
    "shop": (
        ("tail", "middle"),
        [
            ["Breville Barista Express – €549", "Buy now"],
            ["Shop now at Amazon", "See price"],
            ["Zum Angebot bei Otto"],
            ["This post contains affiliate links. We earn a small commission if you buy through them."],
            ["Acheter sur Fnac – 29,99 €"],
        ],
    ),
    "navigation": (
        ("head", "tail"),
        [
            ["Main menu", "Home > Sports > Football"],
            ["← Back to all news"],
            ["Previous article", "Next article"],
            ["Impressum | Datenschutz | Kontakt"],
            ["Accueil › Actualités › Société"],
            ["Inicio / Deportes / Fútbol"],
            ["Ana Sayfa > Gündem > Ekonomi"],
        ],
    ),
}  # fmt: skip

FRESH_V2: Variants = {
    "related_links": (
        ("tail", "middle"),
        [
            ["Don't miss", "How one town rebuilt its harbour after the storm", "The quiet return of the night train", "Five questions about the new tax rules"],
            ["Auch lesenswert", "Warum der Mietspiegel so umstritten ist", "Neue Buslinie verbindet drei Stadtteile", "Klinikum sucht dringend Pflegekräfte"],
            ["Dans la même rubrique", "Le prix du pain flambe en Bretagne", "Les étudiants manifestent à Lyon"],
            ["Lo más visto", "Detenido un hombre por el incendio de Toledo", "La sequía vacía los embalses del sur"],
            ["Leia mais sobre o tema", "Governo anuncia novo pacote para a habitação", "Greve dos professores continua em Lisboa"],
            ["Meer over dit onderwerp", "Gemeente stopt met gratis parkeren", "Nieuwe brug over de Waal gaat open"],
            ["Також читайте", "У Києві відкрили новий міст", "Ціни на хліб зросли вдруге за рік"],
        ],
    ),
    "credit": (
        ("middle", "tail"),
        [
            ["Image: Ben Carter for The Chronicle"],
            ["Foto: Sabine Kraus, Stadtarchiv"],
            ["Crédit photo : Paul Girard"],
            ["Imagen: Lucía Gómez (Europa Press)"],
            ["Zdjęcie: Piotr Nowak / PAP"],
            ["With reporting by Daniel Ortiz and Mia Chen"],
            ["— dpa"],
        ],
    ),
    "reading_furniture": (
        ("head", "middle"),
        [
            ["Estimated reading time: 8 minutes"],
            ["Zuletzt aktualisiert: 02.11.2023, 07:30 Uhr"],
            ["Publié le 12 janvier 2024 à 10h05"],
            ["Watch the video", "Now playing"],
            ["Font size", "A A A"],
            ["Время чтения: 6 мин"],
            ["Okuma süresi: 3 dk"],
        ],
    ),
    "taxonomy": (
        ("tail",),
        [
            ["Tagged with: housing, rents, London"],
            ["Schlagworte: Bundestag, Haushalt"],
            ["Catégorie : Sport"],
            ["Argomenti: calcio, Serie A, Juventus"],
            ["Tags:", "Oekraïne", "Energie", "Gasprijzen"],
            ["Мітки: освіта, школа"],
        ],
    ),
    "comment_share": (
        ("tail",),
        [
            ["Leave your thoughts below", "Comments (7)"],
            ["Diesen Artikel teilen", "Facebook", "E-Mail", "Drucken"],
            ["Partagez cet article"],
            ["Comentarios", "Escribe tu comentario"],
            ["Share on Reddit"],
            ["Udostępnij", "Skomentuj"],
            ["Поделиться ссылкой"],
        ],
    ),
    "prompt": (
        ("tail", "head"),
        [
            ["Want more like this? Sign up for our daily briefing."],
            ["Sie sind noch kein Abonnent? Jetzt registrieren"],
            ["Déjà abonné ? Se connecter"],
            ["Accept all cookies", "Manage preferences"],
            ["To continue reading, please log in or create a free account."],
            ["Iscriviti alla newsletter e ricevi le notizie ogni mattina."],
            ["Subscriber services | Gift a subscription"],
        ],
    ),
    "author": (
        ("tail", "head"),
        [
            ["By Olivia Grant"],
            ["Sven Larsen | Wirtschaftsredakteur"],
            ["About the writer", "Priya Shah covers science for the Herald and lives in Leeds."],
            ["All stories by Lucas Moreau"],
            ["Por Ana Beltrán y Jorge Ruiz"],
            ["Twitter: @pshah_news"],
        ],
    ),
    "shop": (
        ("tail", "middle"),
        [
            ["Sony WH-1000XM5 headphones – $329.99", "Check price"],
            ["Buy it now on eBay"],
            ["Jetzt kaufen bei Thalia"],
            ["We may earn a commission when you buy through links on our site."],
            ["Comprar ahora – 19,95 €"],
        ],
    ),
    "navigation": (
        ("head", "tail"),
        [
            ["Skip navigation", "Home » Politics » Elections"],
            ["« Return to the homepage"],
            ["Older posts", "Newer posts"],
            ["About | Careers | Press | Terms"],
            ["Startseite > Wirtschaft > Börse"],
            ["Strona główna / Sport / Piłka nożna"],
            ["Главная → Новости → Политика"],
        ],
    ),
}  # fmt: skip

FRESH: Variants = {
    "related_links": (
        ("tail", "middle"),
        [
            ["Trending in Business", "Airline cuts winter routes amid fuel costs", "Retail sales slip for a third month", "What the rate pause means for mortgages"],
            ["Weitere Meldungen", "Feuerwehr rettet Katze aus Baumkrone", "Stadtbibliothek verlängert Öffnungszeiten"],
            ["À découvrir aussi", "Les vendanges commencent plus tôt cette année", "Un festival de jazz sous la pluie"],
            ["Otras noticias", "Cierra la fábrica de cerámica de Manises", "Valencia estrena carril bici en Blasco Ibáñez"],
            ["Więcej informacji z regionu", "Nowy most na Wiśle otwarty dla ruchu", "Szkoła w Toruniu dostanie nową salę"],
            ["Популярное", "В Казани открыли новый парк", "Синоптики обещают тёплую осень"],
        ],
    ),
    "credit": (
        ("middle", "tail"),
        [
            ["Photo by Kenji Sato on Unsplash"],
            ["Bildquelle: Pixabay"],
            ["Photo : Sophie Blanc / Hans Lucas"],
            ["Foto: ANSA/Giuseppe Lami"],
            ["Фото: пресс-служба мэрии"],
            ["Writing by Tom Hale; Editing by Ruth Park"],
        ],
    ),
    "reading_furniture": (
        ("head", "middle"),
        [
            ["3 min read · Updated 2 hours ago"],
            ["Artikel vorlesen lassen"],
            ["Mis à jour le 4 février 2024 à 16h20"],
            ["Actualizado: 05/06/2024 11:32 CEST"],
            ["Print", "Text size"],
            ["Video: 02:14"],
        ],
    ),
    "taxonomy": (
        ("tail",),
        [
            ["Topics", "Climate change", "Agriculture", "Europe"],
            ["Kategorien: Reise, Wandern"],
            ["Sujets : éducation, université"],
            ["Temas: política, elecciones, Andalucía"],
            ["Tagi: zdrowie, szpitale"],
        ],
    ),
    "comment_share": (
        ("tail",),
        [
            ["Show comments (23)"],
            ["Jetzt kommentieren"],
            ["Réagir à cet article"],
            ["Compartir", "Twitter", "Facebook", "Copiar enlace"],
            ["Condividi questo articolo"],
            ["Paylaş"],
        ],
    ),
    "prompt": (
        ("tail", "head"),
        [
            ["Get unlimited access for just $1 a week. Subscribe now."],
            ["Melden Sie sich an, um weiterzulesen."],
            ["Recevez nos newsletters gratuites"],
            ["We use cookies to personalise content and ads.", "Accept", "Reject"],
            ["Log in | Register"],
            ["Подпишитесь на наш канал в Telegram"],
        ],
    ),
    "author": (
        ("tail", "head"),
        [
            ["By Maya Collins and Ravi Patel"],
            ["Julia Wagner, Korrespondentin in Wien"],
            ["Über den Autor", "Felix Bauer ist Redakteur im Ressort Politik und lebt in Hamburg."],
            ["View all posts by Marta Nowak"],
            ["Autor: Jan Kowalski"],
        ],
    ),
    "shop": (
        ("tail", "middle"),
        [
            ["Our pick: Kindle Paperwhite – £149.99", "View deal"],
            ["Jetzt bestellen"],
            ["As an affiliate, we may earn a commission from qualifying purchases."],
            ["Voir le prix sur Amazon"],
            ["Add to basket"],
        ],
    ),
    "navigation": (
        ("head", "tail"),
        [
            ["Menu", "Search", "Sign in"],
            ["Home / Opinion / Columnists"],
            ["Back to overview"],
            ["Contact · Privacy · Cookies · Sitemap"],
            ["Zurück zur Übersicht"],
            ["Anterior", "Siguiente"],
        ],
    ),
}  # fmt: skip

# FRESH_V4 was written after the rules of issue 10's second round were frozen
# (commit "boilerplate: typing", before this set existed) and used for
# nothing but the report.
FRESH_V4: Variants = {
    "related_links": (
        ("tail", "middle"),
        [
            ["Also on our site", "Bridge closure: what drivers need to know", "The last ferryman of the northern lakes", "Schools brace for a cold winter"],
            ["Das interessiert andere Leser", "Wie teuer wird das Deutschlandticket?", "Neue Radwege für die Altstadt"],
            ["À lire également", "Le prix du pain flambe dans les boulangeries", "Inondations : la préfecture lève l'alerte"],
            ["Más sobre este tema", "La sequía obliga a restringir el riego", "Nuevo horario de autobuses nocturnos"],
            ["Ti potrebbe interessare", "Nuove regole per gli affitti brevi", "Il treno per la costa torna in servizio"],
            ["Lees ook deze artikelen", "Gemeente zoekt nieuwe locatie voor markt", "Storm zorgt voor schade aan dijken"],
            ["Может быть интересно", "Тарифы на проезд вырастут с января", "В парке высадят тысячу деревьев"],
        ],
    ),
    "credit": (
        ("middle", "tail"),
        [
            ["Picture: Hannah Brooks / Reuters"],
            ["Foto: Markus Adler/dpa-Zentralbild"],
            ["Crédit photo : Camille Roux / Hans Lucas"],
            ["Imagen: Lucía Ortega / Europa Press"],
            ["Foto di Paolo Ricci / LaPresse"],
            ["Фото: Олена Коваль / Укрінформ"],
            ["— AFP"],
            ["Reporting by Tom Hale in Oslo; editing by Mark Dunn"],
        ],
    ),
    "reading_furniture": (
        ("head", "tail"),
        [
            ["4 min read"],
            ["Lesezeit: 7 Minuten"],
            ["Écouter cet article", "Taille du texte"],
            ["Actualizado el 14 de junio de 2024, 09:12"],
            ["Ascolta l'articolo"],
            ["Время чтения: 5 минут"],
            ["Print this page"],
        ],
    ),
    "taxonomy": (
        ("tail",),
        [
            ["Topics: housing, transport, city council"],
            ["Themen: Verkehr | Umwelt | Stadtrat"],
            ["Mots-clés : logement, transports, mairie"],
            ["Etiquetas: vivienda, transporte"],
            ["#ambiente #trasporti #comune"],
            ["Tagi: mieszkania, transport, rada miasta"],
        ],
    ),
    "comment_share": (
        ("tail", "head"),
        [
            ["Share on WhatsApp", "Share on X", "Copy link"],
            ["Artikel teilen", "Kommentare (23)"],
            ["Partager cet article", "Réagir"],
            ["Compártelo en Facebook"],
            ["Lascia un commento"],
            ["Deel dit artikel"],
            ["Поделиться в Telegram"],
        ],
    ),
    "prompts": (
        ("tail", "middle"),
        [
            ["Get the morning briefing in your inbox", "Sign up free"],
            ["Jetzt Newsletter abonnieren und nichts mehr verpassen"],
            ["Vous avez déjà un compte ? Connectez-vous"],
            ["Suscríbete para seguir leyendo"],
            ["Questo contenuto è riservato agli abbonati."],
            ["Já tem conta? Entre aqui"],
            ["Zapisz się do newslettera"],
            ["We use cookies to improve your experience. Accept | Manage settings"],
        ],
    ),
    "author": (
        ("tail",),
        [
            ["About the writer", "Mia Holm is a health reporter who has covered hospitals since 2016."],
            ["Julia Weber ist Redakteurin im Ressort Wirtschaft und schreibt seit 2019 über Energie."],
            ["Je suis Lucas, journaliste indépendant basé à Lyon."],
            ["Marta Ruiz es periodista y vive en Sevilla."],
            ["View all posts by Oliver Grant"],
            ["Piotr Nowak jest dziennikarzem i od 2015 roku pisze o energetyce."],
        ],
    ),
    "shop": (
        ("tail", "middle"),
        [
            ["Editor's choice: Acme Air Purifier 300 – $129.99", "Buy now"],
            ["Zum Angebot bei Technikmarkt", "Affiliate-Link"],
            ["Voir l'offre", "Casque sans fil Sono X – 79,99 €"],
            ["Comprar en TiendaNorte", "Este artículo contiene enlaces de afiliado."],
            ["Prezzo: 49,90 € su Negozio Uno"],
            ["Bekijk de aanbieding", "Koop nu bij Fietsplaza"],
        ],
    ),
    "navigation": (
        ("head", "tail"),
        [
            ["Home › Sport › Football"],
            ["Menu", "Search", "Subscribe"],
            ["Back to all articles"],
            ["Impressum | Datenschutz | Kontakt"],
            ["Précédent", "Suivant"],
            ["Startseite > Region > Lokales"],
        ],
    ),
}  # fmt: skip

# Written after issue 10 round 3's recall freeze (commit "remove_boilerplate:
# credit labels weigh +1 ... Rules frozen for the fresh variants v5"), for the
# four kinds that round worked on, in other wordings and languages; scored once.
FRESH_V5: Variants = {
    "credit": (
        ("head", "middle", "tail"),
        [
            ["Photo illustration: Dana Kim/The Ledger"],
            ["Image courtesy of the National Archives"],
            ["Fotos: Sabine Brandt (3), privat"],
            ["Photos : AFP / Ludovic Marin"],
            ["Fotografía: Javier Lizón (EFE)"],
            ["Foto: Archivio Ansa"],
            ["Fotografie: Pieter Jansen / ANP"],
            ["Fot. Shutterstock"],
            ["Фото: пресс-служба мэрии"],
            ["Фото: Reuters / Валентин Огиренко"],
            ["Görsel: Depo Photos"],
            ["Foto: Jan Novák, ČTK"],
            ["Bild: Anna Lind / TT"],
            ["With reporting by Sara Ng in Hong Kong"],
            ["(EFE)"],
        ],
    ),
    "prompt": (
        ("head", "middle", "tail"),
        [
            ["Sign in to keep reading", "Don't have an account? Create one for free"],
            ["Sie haben keinen Zugang? Jetzt Abo abschließen"],
            ["Recevez notre lettre d'information chaque vendredi"],
            ["Suscríbete a nuestro boletín y recibe las claves del día"],
            ["Vuoi continuare a leggere? Abbonati a 1 € al mese"],
            ["Este conteúdo é exclusivo para assinantes."],
            ["Meld je aan voor onze nieuwsbrief en mis niets"],
            ["Ten materiał jest dostępny tylko dla zalogowanych użytkowników."],
            ["Подпишитесь на нашу рассылку, чтобы получать лучшие материалы недели"],
            ["Оформіть передплату, щоб читати без обмежень"],
            ["Haber bültenimize abone olun, gündemi kaçırmayın"],
            ["Prenumerera på vårt nyhetsbrev"],
            ["Odebírejte náš newsletter a nic vám neunikne"],
            ["This site uses cookies to improve your experience. OK"],
            ["Utilizziamo i cookie per analizzare il traffico del sito."],
        ],
    ),
    "author": (
        ("head", "tail"),
        [
            ["By Amara Okafor and Liam Chen"],
            ["Von Jana Richter, Berlin"],
            ["Par Élodie Marchand, envoyée spéciale à Kyiv"],
            ["Texto: Andrés Villalba"],
            ["Giulia Conti, caporedattrice"],
            ["Mariana Lopes é repórter de economia."],
            ["Sanne Bakker is redacteur binnenland."],
            ["Piotr Zając pisze dla nas o sporcie od 2015 roku."],
            ["Дмитрий Волков — корреспондент отдела политики"],
            ["Олена Шевченко, журналістка"],
            ["Email the author: a.okafor@ledger.example"],
            ["Follow Jana on Mastodon: @jana@social.example"],
        ],
    ),
    "shop": (
        ("middle", "tail"),
        [
            ["Best overall: Brightline 4K monitor – $349", "Buy now at TechMart"],
            ["Luftreiniger PureAir 300 für 179,99 €", "Bei Amazon ansehen"],
            ["Casque Studio X : 89 € au lieu de 129 €", "Voir l'offre chez SonShop"],
            ["Robot aspirador Limpio 2 – 249 €", "Ver en Amazon"],
            ["Zaino Trekking 30 L – 64,90 €", "Acquista su MontagnaShop"],
            ["Fone sem fio Pulse – R$ 199", "Comprar na LojaTech"],
            ["Koptelefoon Rust 500 – € 99", "Bekijk bij Bol"],
            ["Smartwatch Puls 2 – 399 zł", "Kup w sklepie"],
            ["If you buy something through our links, we may earn an affiliate commission."],
            ["Dieser Artikel enthält Affiliate-Links."],
            ["Les liens de cet article sont affiliés."],
            ["Мы получаем комиссию за покупки по ссылкам в этой статье."],
        ],
    ),
}
# Lines that look like those kinds and are content, written with FRESH_V5:
# they go into the same bodies, and must stay.
CONTENT_V5 = [
    "The photo of the burning bridge was taken by a passer-by.",
    "Photographers from three agencies waited outside the court.",
    "Subscribers complained that the newsletter arrived late.",
    "You can still sign up for the marathon until Sunday.",
    "Our correspondent in Kyiv, Élodie Marchand, spoke to residents.",
    "Prices at the market rose by 4 percent in a year.",
    "The monitor costs $349 and goes on sale next week.",
    "Cookies were handed out to children at the parade.",
    "Die Abonnenten der Zeitung erhielten eine Entschuldigung.",
    "Ce site historique accueille des visiteurs depuis 1890.",
    "La fotografía ganadora muestra un incendio forestal.",
    "Il prezzo del biglietto aumenterà a settembre.",
    "Jana Richter and Tom Hale",
    "Images of the Week",
]

# Written after the second freeze of issue 10 round 3 (commit "remove_boilerplate
# round 3b (fresh variants v5 seen) ..."), scored once for the report.
FRESH_V6: Variants = {
    "credit": (
        ("head", "middle", "tail"),
        [
            ["Photograph by Ines Moreau for The Sentinel"],
            ["Lead image: Getty Images"],
            ["Beitragsbild: picture alliance / Zoonar"],
            ["Illustration : Margaux Petit"],
            ["Foto: Ayuntamiento de Valencia"],
            ["Foto di Marco Gallo / Agenzia Fotogramma"],
            ["Foto: Divulgação/Prefeitura"],
            ["Beeld: Hollandse Hoogte / Robin Utrecht"],
            ["Zdjęcie ilustracyjne: Pixabay"],
            ["Фото: РИА Новости / Сергей Пятаков"],
            ["Фото: Укрінформ"],
            ["Fotoğraf: Reuters / Murad Sezer"],
            ["Foto: Profimedia"],
            ["Writing by Paul Grant; Editing by Anna Ring"],
            ["(dpa)"],
        ],
    ),
    "prompt": (
        ("head", "middle", "tail"),
        [
            ["Want more stories like this? Sign up for our weekly briefing"],
            ["Exklusiv für Abonnenten: Lesen Sie weiter mit Zeitung+"],
            ["Inscrivez-vous gratuitement pour lire la suite"],
            ["Accede gratis a todos nuestros contenidos registrándote"],
            ["Iscriviti alla nostra newsletter settimanale"],
            ["Quer receber as principais notícias? Assine a nossa newsletter"],
            ["Word lid en lees onbeperkt"],
            ["Zapisz się do naszego newslettera i bądź na bieżąco"],
            ["Этот материал доступен только по подписке."],
            ["Підпишіться на наш Telegram-канал"],
            ["Bu içeriğe erişmek için giriş yapın"],
            ["Logga in för att läsa hela artikeln"],
            ["Přihlaste se k odběru novinek"],
            ["We and our partners use cookies to personalise ads. Accept all"],
            ["Nous utilisons des cookies pour mesurer l'audience de notre site."],
        ],
    ),
    "author": (
        ("head", "tail"),
        [
            ["Words by Rosa Delgado"],
            ["Von Thomas Krüger und Lea Haas"],
            ["Par Julien Morel, correspondant à Bruxelles"],
            ["Por Carmen Vidal, enviada especial a Gaza"],
            ["Alessandro Greco | Redazione Cronaca"],
            ["Rita Sousa é jornalista freelancer e vive em Lisboa."],
            ["Bram Visser werkt sinds 2020 als verslaggever bij De Stadskrant."],
            ["Katarzyna Mazur, reporterka"],
            ["Автор — Николай Орлов, обозреватель"],
            ["Текст: Ганна Бойко"],
            ["Contact the reporter: rosa.delgado@sentinel.example"],
            ["Volg Bram op Bluesky: @bramvisser"],
        ],
    ),
    "shop": (
        ("middle", "tail"),
        [
            ["Our pick: Evergreen standing desk – $499", "Shop now at DeskCo"],
            ["E-Bike Urban 5 für 1.899 €", "Jetzt bei Radhaus kaufen"],
            ["Cafetière Italia 6 tasses : 34,99 €", "Acheter sur CuisineStore"],
            ["Auriculares Sonido Pro por 59 €", "Comprar ahora"],
            ["Lampada Luce 2 – 39,90 €", "Vedi su Amazon"],
            ["Panela Chef 24 cm – 89 €", "Ver oferta"],
            ["Stofzuiger Kracht 2 – € 199", "Koop nu bij Huishop"],
            ["Czajnik Poranek – 129 zł", "Sprawdź w sklepie"],
            ["This post contains affiliate links; we may earn a small commission."],
            ["Bei Käufen über diese Links erhalten wir eine Provision."],
            ["Algunos enlaces de este artículo son de afiliados."],
            ["Ссылки в статье партнёрские: мы можем получить комиссию."],
        ],
    ),
}
CONTENT_V6 = [
    "The photograph shows the mayor at the opening of the bridge.",
    "An illustrator from Lyon drew the new banknotes.",
    "Readers who subscribe to the print edition will pay more from May.",
    "We asked our readers to send us their photos of the storm.",
    "Der Autor des Buches lebt seit 2010 in Hamburg.",
    "Le prix du ticket de métro passera à 2,50 € en janvier.",
    "Cookies and cakes were sold at the school fair to raise money.",
    "Pablo Ruiz y Carmen Vidal",
    "Photo finish in the final",
    "Follow the money",
    "Sign of the times",
    "Prices and wages",
]

# Written after the third freeze of issue 10 round 3 (commit "remove_boilerplate
# round 3c (fresh variants v6 seen) ..."), scored once for the report.
FRESH_V7: Variants = {
    "credit": (
        ("head", "middle", "tail"),
        [
            ["Photo by Kofi Mensah on Unsplash"],
            ["Main photo: Tom Ellis/PA Wire"],
            ["Video: BBC Verify"],
            ["Foto oben: Stadtarchiv Münster"],
            ["Photo d'illustration : Sipa"],
            ["Imagen de archivo de la Guardia Civil"],
            ["Foto: Imagoeconomica"],
            ["Fotos: Agência Lusa"],
            ["Foto ter illustratie: ANP"],
            ["Fot. Jakub Kamiński / East News"],
            ["Фото: соцсети"],
            ["Фото: Getty Images"],
            ["Kapak fotoğrafı: DHA"],
            ["Additional reporting by Priya Nair and Leo Kim"],
            ["(AP Photo/Evan Vucci)"],
        ],
    ),
    "prompt": (
        ("head", "middle", "tail"),
        [
            ["Create a free account to save articles"],
            ["You've reached your limit of free articles. Subscribe for unlimited access"],
            ["Melden Sie sich für unseren Newsletter an"],
            ["Déjà abonné ? Connectez-vous"],
            ["Hazte socio y apoya el periodismo independiente"],
            ["Per continuare a leggere accedi o registrati"],
            ["Assine já e tenha acesso ilimitado"],
            ["Ontvang onze nieuwsbrief elke vrijdag in je inbox"],
            ["Zaloguj się, aby dodać komentarz"],
            ["Чтобы продолжить чтение, оформите подписку"],
            ["Читайте нас у Telegram та підпишіться на розсилку"],
            ["Ücretsiz bültenimize kaydolun"],
            ["Bli prenumerant i dag"],
            ["Souhlasím s podmínkami a zpracováním osobních údajů"],
            ["By continuing to browse, you accept our use of cookies."],
        ],
    ),
    "author": (
        ("head", "tail"),
        [
            ["Story by Hannah Fox"],
            ["Von unserer Korrespondentin Maria Berg"],
            ["Un article de Sophie Laurent"],
            ["Redacción: Tomás Ibáñez"],
            ["Di Francesca Neri"],
            ["Por Beatriz Rocha e Nuno Teixeira"],
            ["Sanne de Jong is correspondent in Brussel."],
            ["Michał Wójcik jest redaktorem działu gospodarczego."],
            ["Ирина Соколова, специальный корреспондент"],
            ["Yazar: Elif Şahin"],
            ["Write to Hannah Fox at hannah.fox@example.com"],
            ["Follow her on Instagram @hannahfox"],
        ],
    ),
    "shop": (
        ("middle", "tail"),
        [
            ["Editor's choice: Nimbus running shoe – £120", "Buy at Runners Hub"],
            ["Akkuschrauber Kraft 18V – 99 €", "Preis bei Werkzeugprofi prüfen"],
            ["Montre connectée Ora : 149 €", "Voir chez MontreShop"],
            ["Cafetera Express Barista – 179 €", "Ver precio en Amazon"],
            ["Friggitrice ad aria Croccante – 99,99 €", "Scopri il prezzo"],
            ["Bicicleta Urbana 3 – 499 €", "Ver na loja"],
            ["Airfryer Knapperig XL – € 129", "Naar de winkel"],
            ["Odkurzacz Czyścioch – 599 zł", "Zobacz cenę"],
            ["As an Amazon Associate we earn from qualifying purchases."],
            ["Wir erhalten eine Provision, wenn Sie über einen Link auf dieser Seite kaufen."],
            ["Cet article contient des liens commerciaux."],
            ["Partnerlänkar: vi kan få provision på köp via länkar i artikeln."],
        ],
    ),
}
CONTENT_V7 = [
    "Photo agencies sold the picture to dozens of newspapers.",
    "She signed up for evening classes at the age of seventy.",
    "The council's newsletter reported a rise in recycling.",
    "Our village has had a post office since 1902.",
    "The author of the report, Hannah Fox, declined to comment.",
    "A pair of running shoes now costs £120 on average.",
    "Amazon said it would open a warehouse near the town.",
    "Cookies left by the burglars' dog led police to the house.",
    "Die Abonnentenzahl der Zeitung stieg im Jahr 2023.",
    "Los socios del club votaron a favor del nuevo estadio.",
    "Sophie Laurent et Marc Petit",
    "Story time at the library",
    "Free entry",
    "Words and pictures",
]
