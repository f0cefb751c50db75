"""
Fresh boilerplate variants for bench/boilerplate_eval.py, reported half only.

Written after the rules were frozen (commit "Boilerplate rules frozen for the
report"), one block per line of a list, in several languages and wordings,
for each kind of boilerplate issue 10 names. None was used to tune a rule.
Each kind says where sites put it: at the head, the tail or in the middle.
"""

FRESH: dict[str, tuple[tuple[str, ...], list[list[str]]]] = {
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
