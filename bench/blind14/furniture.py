"""
The site furniture blind14's documents are dressed in, written for this set (round 14).

One block per language, one ``key: value`` a line; `` // `` separates alternative
wordings of one key. ``{n}``, ``{name}``, ``{site}``, ``{date}`` are filled in by build.py.
None of it was copied from textclean's rules, tests or other bench sets: its author read
none of them. Keys:

- rel: headers of a block of links to other articles; also: a "read also" prefix
- minread, listen, updated, published, print, textsize: reading furniture
- tags, topics: taxonomy labels; photo, video, source: credit labels
- share, shareon, copylink: share widgets; comments, write, showcomments: comment widgets
- newsletter, signup, email, consent, accept, subscribe, subscriber: prompts
- by, roles, bio, allposts, follow: author boxes
- buy, checkprice, offer, affiliate, products: shop widgets
- home, menu, search, prev, next, back, sections: navigation
- about, contact, ads, privacy, terms, jobs, rights: footer
- names, sites, agency: people, sites and the wire agency of the language
- mention, ask, answer, questions, ingredients, steps: for the hard negatives (prose that
  mentions sharing, subscribing or comments; Q&A labels and questions; a recipe)
"""

from __future__ import annotations

RAW = {
    "en": """
rel: More from the newsroom // You might also like // Elsewhere on {site} // Trending now
also: Also read // See also
minread: {n} min read // Reading time: {n} minutes
listen: Listen to this story // Audio version ({n}:{s})
updated: Last updated {date}
published: First published {date}
print: Print this page // Print
textsize: Aa Text size
tags: Filed under // Tags
topics: Related topics
photo: Photograph // Image
video: Watch
source: Via
share: Share this story // Share
shareon: Post to {net} // Send via {net}
copylink: Copy link
comments: {n} comments // Comments ({n})
write: Join the conversation // Add your comment
showcomments: View all {n} replies
newsletter: Get the morning briefing delivered to your inbox, free. // Our weekly digest lands every Friday: sign up in one click.
signup: Sign me up // Subscribe to the briefing
email: Enter your email
consent: We and our partners store data on your device to personalise ads and content. Choose "Agree" to continue. // This site uses cookies to measure traffic and improve your visit.
accept: Agree and close // Manage preferences
subscribe: Become a member for {price} a month // Unlock unlimited access
subscriber: Already a member? Sign in
by: Words by // Story by
roles: Senior correspondent // Staff writer // Data editor
bio: {name} covers city hall and transport for {site}. // {name} joined {site} in {year} after a decade in local radio.
allposts: More stories by {name}
follow: Follow {handle}
buy: Add to basket // Get it now
checkprice: See today's price // Compare prices
offer: Deal of the day
affiliate: We may earn a small fee when you shop through links on this page.
products: Kettle Pro 1.7L // Trailrunner GTX shoes // NoiseAway buds // Oak desk lamp
home: Front page // Home
menu: Sections // Open menu
search: Search {site}
prev: Older post // Previous story
next: Newer post // Next story
back: Return to all stories
sections: World // Business // Opinion // Climate // Tech // Sport
about: Who we are
contact: Get in touch
ads: Advertise with us
privacy: Privacy notice
terms: Terms and conditions
jobs: Work for us
rights: All rights reserved.
names: Maya Okafor // Tom Whitfield // Priya Raman // Owen Gallagher // Hannah Stiles
sites: The Harbour Post // Northfield Daily // Metro Ledger
agency: AP
mention: Several readers left comments asking whether the plan would ever be shared with the public. // The museum asked visitors to subscribe to its letters and share the photos they took.
ask: Q: // A:
questions: What made you start? // How did people react? // What comes next?
ingredients: 2 cups flour // 1 teaspoon salt // 3 eggs // 250 ml milk // 50 g butter
steps: Whisk the eggs and milk together. // Stir in the flour until smooth. // Rest the batter for half an hour.
""",
    "de": """
rel: Mehr zum Thema // Das könnte Sie auch interessieren // Meistgelesen // Weitere Meldungen
also: Lesen Sie auch // Auch interessant
minread: Lesezeit: {n} Min. // {n} Minuten Lesezeit
listen: Artikel anhören // Vorlesen ({n}:{s})
updated: Aktualisiert am {date}
published: Veröffentlicht am {date}
print: Drucken // Seite drucken
textsize: Schriftgröße ändern
tags: Schlagwörter // Stichworte
topics: Themen
photo: Foto // Bild
video: Video
source: Quelle
share: Artikel teilen // Teilen
shareon: Auf {net} teilen // Per {net} senden
copylink: Link kopieren
comments: {n} Kommentare // Kommentare ({n})
write: Kommentar verfassen // Jetzt mitdiskutieren
showcomments: Alle {n} Kommentare anzeigen
newsletter: Jeden Morgen die wichtigsten Nachrichten kostenlos per E-Mail. // Unser Newsletter erscheint freitags: jetzt mit einem Klick anmelden.
signup: Jetzt anmelden // Newsletter bestellen
email: Ihre E-Mail-Adresse
consent: Wir und unsere Partner speichern Informationen auf Ihrem Gerät, um Inhalte und Werbung zu personalisieren. // Diese Website verwendet Cookies, um die Nutzung zu analysieren.
accept: Zustimmen und weiter // Einstellungen verwalten
subscribe: Jetzt Abo abschließen: {price} im Monat // Weiterlesen mit Plus
subscriber: Schon Abonnent? Hier einloggen
by: Von // Ein Beitrag von
roles: Redakteurin Politik // Korrespondent in Brüssel // Leiter Wirtschaft
bio: {name} berichtet seit {year} für {site} aus dem Rathaus. // {name} schreibt über Verkehr, Wohnen und Stadtentwicklung.
allposts: Alle Artikel von {name}
follow: {name} folgen
buy: In den Warenkorb // Jetzt kaufen
checkprice: Preis prüfen // Zum Angebot
offer: Angebot des Tages
affiliate: Wenn Sie über diese Links einkaufen, erhalten wir eine Provision.
products: Wasserkocher Edelstahl 1,7 l // Wanderschuh Alpin GTX // Funkkopfhörer Silence // Schreibtischlampe Eiche
home: Startseite
menu: Menü // Navigation öffnen
search: Suche
prev: Vorheriger Artikel // Zurück
next: Nächster Artikel // Weiter
back: Zurück zur Übersicht
sections: Politik // Wirtschaft // Kultur // Sport // Wissen // Region
about: Über uns
contact: Kontakt
ads: Werben
privacy: Datenschutz
terms: AGB
jobs: Karriere
rights: Alle Rechte vorbehalten.
names: Jana Brückner // Tobias Heller // Miriam Özdemir // Lukas Vogt
sites: Rheintal Kurier // Nordstadt Zeitung // Tagesblick
agency: dpa
mention: Viele Leser haben in den Kommentaren gefragt, ob die Pläne öffentlich geteilt werden. // Das Museum bittet seine Besucher, den Newsletter zu abonnieren und ihre Fotos zu teilen.
ask: Frage: // Antwort:
questions: Wie hat alles angefangen? // Wie haben die Leute reagiert? // Was kommt als Nächstes?
ingredients: 250 g Mehl // 1 Prise Salz // 3 Eier // 300 ml Milch // 40 g Butter
steps: Eier und Milch verquirlen. // Das Mehl nach und nach einrühren. // Den Teig eine halbe Stunde ruhen lassen.
""",
    "fr": """
rel: Sur le même sujet // Vous aimerez aussi // Les plus lus // Dans l'actualité
also: À lire aussi // Lire aussi
minread: Temps de lecture : {n} min // Lecture {n} min
listen: Écouter l'article // Version audio ({n}:{s})
updated: Mis à jour le {date}
published: Publié le {date}
print: Imprimer // Version imprimable
textsize: Taille du texte
tags: Mots-clés // Étiquettes
topics: Thématiques
photo: Photo // Crédit photo
video: Vidéo
source: Source
share: Partager l'article // Partager
shareon: Partager sur {net} // Envoyer par {net}
copylink: Copier le lien
comments: {n} commentaires // Réactions ({n})
write: Réagir à cet article // Laisser un commentaire
showcomments: Voir les {n} réactions
newsletter: Recevez chaque matin l'essentiel de l'actualité dans votre boîte mail. // Notre lettre hebdomadaire paraît le vendredi : inscrivez-vous gratuitement.
signup: Je m'inscris // S'abonner à la lettre
email: Votre adresse e-mail
consent: Nous et nos partenaires utilisons des traceurs pour mesurer l'audience et personnaliser les publicités. // Ce site utilise des cookies pour améliorer votre navigation.
accept: Accepter et fermer // Paramétrer les cookies
subscribe: Abonnez-vous pour {price} par mois // Cet article est réservé aux abonnés
subscriber: Déjà abonné ? Se connecter
by: Par // Propos recueillis par
roles: Journaliste au service Société // Correspondant à Bruxelles // Rédactrice en chef adjointe
bio: {name} suit la politique locale pour {site} depuis {year}. // {name} écrit sur les transports, le logement et l'urbanisme.
allposts: Tous les articles de {name}
follow: Suivre {name}
buy: Ajouter au panier // Acheter
checkprice: Voir le prix // Voir l'offre
offer: Bon plan du jour
affiliate: Cet article contient des liens affiliés : nous pouvons toucher une commission sur vos achats.
products: Bouilloire inox 1,7 L // Chaussures de trail Gore-Tex // Écouteurs sans fil Silence // Lampe de bureau en chêne
home: Accueil
menu: Menu // Rubriques
search: Rechercher
prev: Article précédent
next: Article suivant
back: Retour à la liste
sections: Monde // Économie // Culture // Sport // Sciences // Régions
about: Qui sommes-nous
contact: Nous contacter
ads: Publicité
privacy: Politique de confidentialité
terms: Mentions légales
jobs: Recrutement
rights: Tous droits réservés.
names: Camille Roux // Julien Marchand // Inès Benali // Thomas Lefèvre
sites: Le Courrier du Sud // La Gazette Lyonnaise // Ouest Matin
agency: AFP
mention: Plusieurs lecteurs ont demandé dans les commentaires si le projet serait partagé avec le public. // Le musée invite ses visiteurs à s'abonner à sa lettre et à partager leurs photos.
ask: Question : // Réponse :
questions: Comment tout a commencé ? // Comment les gens ont-ils réagi ? // Et maintenant ?
ingredients: 250 g de farine // 1 pincée de sel // 3 œufs // 50 cl de lait // 40 g de beurre
steps: Battre les œufs avec le lait. // Incorporer la farine petit à petit. // Laisser reposer la pâte une demi-heure.
""",
    "es": """
rel: Más noticias // Te puede interesar // Lo más leído // Noticias relacionadas
also: Lee también // Ver también
minread: Lectura de {n} min // {n} minutos de lectura
listen: Escuchar la noticia // Audio ({n}:{s})
updated: Actualizado el {date}
published: Publicado el {date}
print: Imprimir
textsize: Tamaño de letra
tags: Etiquetas // Archivado en
topics: Temas
photo: Foto // Imagen
video: Vídeo
source: Fuente
share: Compartir noticia // Compartir
shareon: Compartir en {net} // Enviar por {net}
copylink: Copiar enlace
comments: {n} comentarios // Comentarios ({n})
write: Escribe tu comentario // Deja tu opinión
showcomments: Ver los {n} comentarios
newsletter: Recibe cada mañana las noticias más importantes en tu correo. // Nuestro boletín semanal sale los viernes: apúntate gratis.
signup: Apuntarme // Suscribirme al boletín
email: Tu correo electrónico
consent: Nosotros y nuestros socios guardamos información en tu dispositivo para personalizar anuncios y contenido. // Este sitio usa cookies para analizar el tráfico.
accept: Aceptar y cerrar // Configurar cookies
subscribe: Suscríbete por {price} al mes // Contenido exclusivo para suscriptores
subscriber: ¿Ya eres suscriptor? Inicia sesión
by: Por // Texto de
roles: Redactora de Sociedad // Corresponsal en Bruselas // Jefe de Economía
bio: {name} cubre la información municipal para {site} desde {year}. // {name} escribe sobre vivienda, transporte y urbanismo.
allposts: Todas las noticias de {name}
follow: Seguir a {name}
buy: Añadir al carrito // Comprar ahora
checkprice: Ver precio // Ver oferta
offer: Oferta del día
affiliate: Si compras a través de estos enlaces, podemos recibir una comisión.
products: Hervidor de acero 1,7 L // Zapatillas de trail GTX // Auriculares inalámbricos Silence // Lámpara de escritorio de roble
home: Portada // Inicio
menu: Menú // Secciones
search: Buscar
prev: Noticia anterior
next: Noticia siguiente
back: Volver al listado
sections: Internacional // Economía // Cultura // Deportes // Ciencia // Local
about: Quiénes somos
contact: Contacto
ads: Publicidad
privacy: Política de privacidad
terms: Aviso legal
jobs: Trabaja con nosotros
rights: Todos los derechos reservados.
names: Lucía Herrera // Javier Montoya // Nuria Castell // Pablo Iglesias Ruiz
sites: El Diario del Sur // Crónica de Levante // La Voz Abierta
agency: EFE
mention: Varios lectores preguntaron en los comentarios si el plan se compartiría con el público. // El museo pide a sus visitantes que se suscriban al boletín y compartan sus fotos.
ask: Pregunta: // Respuesta:
questions: ¿Cómo empezó todo? // ¿Cómo reaccionó la gente? // ¿Qué viene ahora?
ingredients: 250 g de harina // 1 pizca de sal // 3 huevos // 500 ml de leche // 40 g de mantequilla
steps: Batir los huevos con la leche. // Añadir la harina poco a poco. // Dejar reposar la masa media hora.
""",
    "it": """
rel: Leggi anche // Potrebbe interessarti // I più letti // Altre notizie
also: Leggi anche // Vedi anche
minread: Tempo di lettura: {n} minuti // {n} min di lettura
listen: Ascolta l'articolo // Audio ({n}:{s})
updated: Aggiornato il {date}
published: Pubblicato il {date}
print: Stampa
textsize: Dimensione testo
tags: Tag // Argomenti
topics: Temi
photo: Foto // Immagine
video: Video
source: Fonte
share: Condividi l'articolo // Condividi
shareon: Condividi su {net} // Invia con {net}
copylink: Copia link
comments: {n} commenti // Commenti ({n})
write: Scrivi un commento // Lascia un commento
showcomments: Mostra tutti i {n} commenti
newsletter: Ricevi ogni mattina le notizie più importanti nella tua casella di posta. // La nostra newsletter esce il venerdì: iscriviti gratis.
signup: Iscriviti // Voglio iscrivermi
email: Il tuo indirizzo email
consent: Noi e i nostri partner memorizziamo informazioni sul tuo dispositivo per personalizzare annunci e contenuti. // Questo sito usa i cookie per analizzare il traffico.
accept: Accetta e chiudi // Gestisci preferenze
subscribe: Abbonati a {price} al mese // Articolo riservato agli abbonati
subscriber: Sei già abbonato? Accedi
by: Di // A cura di
roles: Redattrice cronaca // Corrispondente da Bruxelles // Caporedattore economia
bio: {name} segue la cronaca cittadina per {site} dal {year}. // {name} scrive di trasporti, casa e urbanistica.
allposts: Tutti gli articoli di {name}
follow: Segui {name}
buy: Aggiungi al carrello // Acquista ora
checkprice: Verifica il prezzo // Vedi offerta
offer: Offerta del giorno
affiliate: Se acquisti tramite questi link, potremmo ricevere una commissione.
products: Bollitore in acciaio 1,7 l // Scarpe da trail GTX // Auricolari wireless Silence // Lampada da scrivania in rovere
home: Home // Prima pagina
menu: Menu // Sezioni
search: Cerca
prev: Articolo precedente
next: Articolo successivo
back: Torna all'elenco
sections: Mondo // Economia // Cultura // Sport // Scienza // Cronaca
about: Chi siamo
contact: Contatti
ads: Pubblicità
privacy: Informativa privacy
terms: Note legali
jobs: Lavora con noi
rights: Tutti i diritti riservati.
names: Giulia Ferraro // Marco Bellini // Chiara Esposito // Davide Conti
sites: Il Corriere di Valle // Gazzetta del Porto // Nuova Cronaca
agency: ANSA
mention: Molti lettori hanno chiesto nei commenti se il progetto sarebbe stato condiviso con il pubblico. // Il museo invita i visitatori a iscriversi alla newsletter e a condividere le loro foto.
ask: Domanda: // Risposta:
questions: Come è cominciato tutto? // Come ha reagito la gente? // Che cosa succede adesso?
ingredients: 250 g di farina // 1 pizzico di sale // 3 uova // 500 ml di latte // 40 g di burro
steps: Sbattere le uova con il latte. // Aggiungere la farina poco alla volta. // Lasciar riposare l'impasto mezz'ora.
""",
    "pt": """
rel: Mais notícias // Você também pode gostar // Mais lidas // Relacionadas
also: Leia também // Veja também
minread: Leitura de {n} min // {n} minutos de leitura
listen: Ouvir a notícia // Áudio ({n}:{s})
updated: Atualizado em {date}
published: Publicado em {date}
print: Imprimir
textsize: Tamanho da letra
tags: Etiquetas // Assuntos
topics: Temas
photo: Foto // Imagem
video: Vídeo
source: Fonte
share: Compartilhar // Partilhar
shareon: Compartilhar no {net} // Enviar pelo {net}
copylink: Copiar link
comments: {n} comentários // Comentários ({n})
write: Escreva seu comentário // Deixe sua opinião
showcomments: Ver os {n} comentários
newsletter: Receba todas as manhãs as principais notícias no seu e-mail. // A nossa newsletter sai às sextas: inscreva-se grátis.
signup: Quero receber // Inscrever-me
email: Seu e-mail
consent: Nós e os nossos parceiros guardamos informações no seu dispositivo para personalizar anúncios e conteúdo. // Este site usa cookies para analisar o tráfego.
accept: Aceitar e fechar // Gerir preferências
subscribe: Assine por {price} por mês // Conteúdo exclusivo para assinantes
subscriber: Já é assinante? Entrar
by: Por // Texto de
roles: Repórter de Cidades // Correspondente em Bruxelas // Editor de Economia
bio: {name} cobre a política municipal para o {site} desde {year}. // {name} escreve sobre habitação, transportes e urbanismo.
allposts: Todas as notícias de {name}
follow: Seguir {name}
buy: Adicionar ao carrinho // Comprar agora
checkprice: Ver preço // Ver oferta
offer: Oferta do dia
affiliate: Se comprar através destes links, podemos receber uma comissão.
products: Chaleira inox 1,7 L // Ténis de trail GTX // Auriculares sem fios Silence // Candeeiro de secretária em carvalho
home: Início // Capa
menu: Menu // Secções
search: Pesquisar
prev: Notícia anterior
next: Próxima notícia
back: Voltar à lista
sections: Mundo // Economia // Cultura // Desporto // Ciência // Local
about: Quem somos
contact: Contacto
ads: Publicidade
privacy: Política de privacidade
terms: Termos de uso
jobs: Trabalhe conosco
rights: Todos os direitos reservados.
names: Beatriz Almeida // Rui Carvalho // Mariana Lopes // Tiago Ferreira
sites: Diário do Tejo // Jornal da Serra // Folha Aberta
agency: Lusa
mention: Vários leitores perguntaram nos comentários se o plano seria partilhado com o público. // O museu pede aos visitantes que assinem a newsletter e partilhem as suas fotos.
ask: Pergunta: // Resposta:
questions: Como tudo começou? // Como as pessoas reagiram? // O que vem a seguir?
ingredients: 250 g de farinha // 1 pitada de sal // 3 ovos // 500 ml de leite // 40 g de manteiga
steps: Bata os ovos com o leite. // Junte a farinha aos poucos. // Deixe a massa descansar meia hora.
""",
    "pl": """
rel: Czytaj więcej // Zobacz także // Najczęściej czytane // Polecamy
also: Przeczytaj też // Zobacz też
minread: Czas czytania: {n} min // {n} minut czytania
listen: Posłuchaj artykułu // Wersja audio ({n}:{s})
updated: Aktualizacja: {date}
published: Opublikowano: {date}
print: Drukuj
textsize: Rozmiar tekstu
tags: Tagi // Słowa kluczowe
topics: Tematy
photo: Fot. // Zdjęcie
video: Wideo
source: Źródło
share: Udostępnij // Podziel się
shareon: Udostępnij na {net} // Wyślij przez {net}
copylink: Kopiuj link
comments: {n} komentarzy // Komentarze ({n})
write: Dodaj komentarz // Skomentuj
showcomments: Pokaż wszystkie komentarze ({n})
newsletter: Codziennie rano najważniejsze wiadomości na Twoją skrzynkę. // Nasz newsletter ukazuje się w piątki: zapisz się za darmo.
signup: Zapisz się // Zamów newsletter
email: Twój adres e-mail
consent: My i nasi partnerzy przechowujemy informacje na Twoim urządzeniu, aby dopasować reklamy i treści. // Ta strona używa plików cookie do analizy ruchu.
accept: Akceptuję // Ustawienia prywatności
subscribe: Wykup dostęp za {price} miesięcznie // Artykuł tylko dla subskrybentów
subscriber: Masz już subskrypcję? Zaloguj się
by: Autor: // Tekst:
roles: Dziennikarka działu Kraj // Korespondent w Brukseli // Szef działu Gospodarka
bio: {name} od {year} roku opisuje dla {site} sprawy miasta. // {name} pisze o transporcie, mieszkalnictwie i urbanistyce.
allposts: Wszystkie artykuły autora {name}
follow: Obserwuj {name}
buy: Do koszyka // Kup teraz
checkprice: Sprawdź cenę // Zobacz ofertę
offer: Okazja dnia
affiliate: Jeśli kupisz coś przez te linki, możemy otrzymać prowizję.
products: Czajnik stalowy 1,7 l // Buty trailowe GTX // Słuchawki bezprzewodowe Silence // Lampka biurkowa dębowa
home: Strona główna
menu: Menu // Działy
search: Szukaj
prev: Poprzedni artykuł
next: Następny artykuł
back: Wróć do listy
sections: Świat // Gospodarka // Kultura // Sport // Nauka // Region
about: O nas
contact: Kontakt
ads: Reklama
privacy: Polityka prywatności
terms: Regulamin
jobs: Praca
rights: Wszelkie prawa zastrzeżone.
names: Agnieszka Wróbel // Paweł Zieliński // Katarzyna Mazur // Michał Sowa
sites: Kurier Nadwiślański // Gazeta Miejska // Dziennik Północy
agency: PAP
mention: Wielu czytelników pytało w komentarzach, czy plan zostanie udostępniony mieszkańcom. // Muzeum zachęca zwiedzających, by zapisali się na newsletter i udostępniali swoje zdjęcia.
ask: Pytanie: // Odpowiedź:
questions: Jak to się zaczęło? // Jak zareagowali ludzie? // Co dalej?
ingredients: 250 g mąki // szczypta soli // 3 jajka // 500 ml mleka // 40 g masła
steps: Jajka roztrzep z mlekiem. // Stopniowo dodawaj mąkę. // Odstaw ciasto na pół godziny.
""",
    "cs": """
rel: Další články // Mohlo by vás zajímat // Nejčtenější // Související
also: Čtěte také // Přečtěte si také
minread: Čtení na {n} minut // {n} min čtení
listen: Poslechněte si článek // Audioverze ({n}:{s})
updated: Aktualizováno {date}
published: Publikováno {date}
print: Tisk // Vytisknout
textsize: Velikost písma
tags: Štítky // Klíčová slova
topics: Témata
photo: Foto // Snímek
video: Video
source: Zdroj
share: Sdílet // Sdílet článek
shareon: Sdílet na {net} // Poslat přes {net}
copylink: Kopírovat odkaz
comments: {n} komentářů // Diskuse ({n})
write: Napsat komentář // Vstoupit do diskuse
showcomments: Zobrazit všech {n} příspěvků
newsletter: Každé ráno to nejdůležitější ze zpráv do vaší schránky. // Náš týdeník vychází v pátek: přihlaste se zdarma.
signup: Přihlásit k odběru // Chci odebírat
email: Váš e-mail
consent: My a naši partneři ukládáme informace ve vašem zařízení, abychom přizpůsobili reklamy a obsah. // Tento web používá soubory cookie k měření návštěvnosti.
accept: Souhlasím // Nastavení soukromí
subscribe: Předplaťte si nás za {price} měsíčně // Článek je jen pro předplatitele
subscriber: Už jste předplatitel? Přihlaste se
by: Autor: // Text:
roles: Redaktorka domácí rubriky // Zpravodaj v Bruselu // Vedoucí ekonomické rubriky
bio: {name} se pro {site} od roku {year} věnuje dění na radnici. // {name} píše o dopravě, bydlení a územním plánování.
allposts: Všechny články autora {name}
follow: Sledovat {name}
buy: Do košíku // Koupit
checkprice: Ověřit cenu // Zobrazit nabídku
offer: Nabídka dne
affiliate: Pokud nakoupíte přes tyto odkazy, můžeme získat provizi.
products: Rychlovarná konvice 1,7 l // Trailové boty GTX // Bezdrátová sluchátka Silence // Stolní lampa z dubu
home: Úvod // Hlavní strana
menu: Menu // Rubriky
search: Hledat
prev: Předchozí článek
next: Další článek
back: Zpět na přehled
sections: Svět // Ekonomika // Kultura // Sport // Věda // Regiony
about: O nás
contact: Kontakty
ads: Inzerce
privacy: Ochrana osobních údajů
terms: Podmínky užití
jobs: Kariéra
rights: Všechna práva vyhrazena.
names: Tereza Novotná // Jakub Dvořák // Lucie Horáková // Martin Procházka
sites: Jihočeský deník // Pražský kurýr // Zprávy z Moravy
agency: ČTK
mention: Mnoho čtenářů se v komentářích ptalo, zda bude plán sdílen s veřejností. // Muzeum vyzývá návštěvníky, aby se přihlásili k odběru zpravodaje a sdíleli své fotografie.
ask: Otázka: // Odpověď:
questions: Jak to celé začalo? // Jak lidé reagovali? // Co bude dál?
ingredients: 250 g mouky // špetka soli // 3 vejce // 500 ml mléka // 40 g másla
steps: Vejce rozšlehejte s mlékem. // Postupně přidávejte mouku. // Těsto nechte půl hodiny odpočinout.
""",
    "hu": """
rel: További cikkek // Ez is érdekelheti // Legolvasottabb // Kapcsolódó hírek
also: Ezt is olvassa el // Lásd még
minread: Olvasási idő: {n} perc // {n} perc olvasás
listen: Hallgassa meg a cikket // Hangos változat ({n}:{s})
updated: Frissítve: {date}
published: Megjelent: {date}
print: Nyomtatás
textsize: Betűméret
tags: Címkék // Kulcsszavak
topics: Témák
photo: Fotó // Kép
video: Videó
source: Forrás
share: Megosztás // Cikk megosztása
shareon: Megosztás: {net} // Küldés: {net}
copylink: Link másolása
comments: {n} hozzászólás // Hozzászólások ({n})
write: Szóljon hozzá // Új hozzászólás
showcomments: Mind a(z) {n} hozzászólás
newsletter: Minden reggel a legfontosabb hírek a postafiókjában. // Heti hírlevelünk pénteken jelenik meg: iratkozzon fel ingyen.
signup: Feliratkozom // Hírlevél kérése
email: E-mail-címe
consent: Mi és partnereink adatokat tárolunk az eszközén a hirdetések és tartalmak személyre szabásához. // Ez az oldal sütiket használ a forgalom mérésére.
accept: Elfogadom // Beállítások
subscribe: Fizessen elő havi {price} áron // Ez a cikk csak előfizetőknek érhető el
subscriber: Már előfizető? Bejelentkezés
by: Szerző: // Írta:
roles: Belpolitikai újságíró // Brüsszeli tudósító // Gazdasági rovatvezető
bio: {name} {year} óta tudósít a {site} számára a városházáról. // {name} közlekedésről, lakhatásról és városfejlesztésről ír.
allposts: {name} további cikkei
follow: Kövesse {name} munkáit
buy: Kosárba // Megveszem
checkprice: Ár ellenőrzése // Az ajánlat megtekintése
offer: A nap ajánlata
affiliate: Ha ezeken a linkeken keresztül vásárol, jutalékot kaphatunk.
products: Acél vízforraló 1,7 l // Terepfutó cipő GTX // Vezeték nélküli fülhallgató Silence // Tölgyfa asztali lámpa
home: Címlap // Főoldal
menu: Menü // Rovatok
search: Keresés
prev: Előző cikk
next: Következő cikk
back: Vissza a listához
sections: Világ // Gazdaság // Kultúra // Sport // Tudomány // Belföld
about: Rólunk
contact: Kapcsolat
ads: Hirdetés
privacy: Adatvédelem
terms: Felhasználási feltételek
jobs: Karrier
rights: Minden jog fenntartva.
names: Kovács Eszter // Nagy Bence // Szabó Réka // Tóth Gergely
sites: Dunaparti Hírek // Alföldi Napló // Városi Krónika
agency: MTI
mention: Sok olvasó kérdezte a hozzászólásokban, hogy megosztják-e a tervet a lakossággal. // A múzeum arra kéri a látogatókat, hogy iratkozzanak fel a hírlevélre, és osszák meg fotóikat.
ask: Kérdés: // Válasz:
questions: Hogyan kezdődött? // Hogyan reagáltak az emberek? // Mi következik most?
ingredients: 25 dkg liszt // 1 csipet só // 3 tojás // 5 dl tej // 4 dkg vaj
steps: A tojást verje fel a tejjel. // Apránként keverje hozzá a lisztet. // A tésztát pihentesse fél órát.
""",
    "ru": """
rel: Читайте также // Вам может быть интересно // Самое читаемое // Другие новости
also: Читайте также // См. также
minread: {n} мин на чтение // Время чтения: {n} минут
listen: Слушать статью // Аудиоверсия ({n}:{s})
updated: Обновлено {date}
published: Опубликовано {date}
print: Версия для печати // Печать
textsize: Размер шрифта
tags: Теги // Метки
topics: Темы
photo: Фото // Снимок
video: Видео
source: Источник
share: Поделиться
shareon: Поделиться в {net} // Отправить в {net}
copylink: Скопировать ссылку
comments: {n} комментариев // Комментарии ({n})
write: Написать комментарий // Оставить отзыв
showcomments: Показать все комментарии ({n})
newsletter: Получайте главные новости дня каждое утро на почту. // Наша рассылка выходит по пятницам: подпишитесь бесплатно.
signup: Подписаться // Получать рассылку
email: Ваш e-mail
consent: Мы и наши партнёры храним данные на вашем устройстве, чтобы показывать подходящую рекламу. // Сайт использует файлы cookie для анализа посещаемости.
accept: Принять и закрыть // Настройки
subscribe: Оформите подписку за {price} в месяц // Материал доступен только подписчикам
subscriber: Уже подписчик? Войти
by: Автор: // Текст:
roles: Корреспондент отдела политики // Собкор в Брюсселе // Редактор отдела экономики
bio: {name} с {year} года пишет для {site} о городской жизни. // {name} пишет о транспорте, жилье и градостроительстве.
allposts: Все материалы автора {name}
follow: Подписаться на {name}
buy: В корзину // Купить
checkprice: Узнать цену // Смотреть предложение
offer: Предложение дня
affiliate: Если вы купите товар по этим ссылкам, мы можем получить комиссию.
products: Чайник из стали 1,7 л // Кроссовки для трейла GTX // Беспроводные наушники Silence // Настольная лампа из дуба
home: Главная
menu: Меню // Рубрики
search: Поиск
prev: Предыдущая статья
next: Следующая статья
back: Вернуться к списку
sections: Мир // Экономика // Культура // Спорт // Наука // Регионы
about: О проекте
contact: Контакты
ads: Реклама
privacy: Политика конфиденциальности
terms: Пользовательское соглашение
jobs: Вакансии
rights: Все права защищены.
names: Анна Соколова // Дмитрий Лебедев // Ольга Миронова // Игорь Зайцев
sites: Вечерний Город // Северный вестник // Новости Поволжья
agency: ТАСС
mention: Многие читатели спрашивали в комментариях, поделятся ли авторы планом с жителями. // Музей просит посетителей подписаться на рассылку и делиться своими фотографиями.
ask: Вопрос: // Ответ:
questions: С чего всё началось? // Как отреагировали люди? // Что будет дальше?
ingredients: 250 г муки // щепотка соли // 3 яйца // 500 мл молока // 40 г сливочного масла
steps: Взбейте яйца с молоком. // Постепенно вмешайте муку. // Дайте тесту постоять полчаса.
""",
    "uk": """
rel: Читайте також // Вас може зацікавити // Найпопулярніше // Інші новини
also: Читайте також // Дивіться також
minread: {n} хв читання // Час читання: {n} хвилин
listen: Слухати статтю // Аудіоверсія ({n}:{s})
updated: Оновлено {date}
published: Опубліковано {date}
print: Друкувати
textsize: Розмір шрифту
tags: Теги // Мітки
topics: Теми
photo: Фото // Світлина
video: Відео
source: Джерело
share: Поділитися
shareon: Поділитися у {net} // Надіслати в {net}
copylink: Копіювати посилання
comments: {n} коментарів // Коментарі ({n})
write: Написати коментар // Залишити відгук
showcomments: Показати всі коментарі ({n})
newsletter: Отримуйте головні новини дня щоранку на пошту. // Наша розсилка виходить щоп'ятниці: підпишіться безкоштовно.
signup: Підписатися // Отримувати розсилку
email: Ваша електронна пошта
consent: Ми та наші партнери зберігаємо дані на вашому пристрої, щоб показувати доречну рекламу. // Сайт використовує файли cookie для аналізу відвідуваності.
accept: Прийняти й закрити // Налаштування
subscribe: Оформіть передплату за {price} на місяць // Матеріал доступний лише передплатникам
subscriber: Уже передплатник? Увійти
by: Автор: // Текст:
roles: Журналістка відділу політики // Власкор у Брюсселі // Редактор відділу економіки
bio: {name} з {year} року пише для {site} про життя міста. // {name} пише про транспорт, житло і містобудування.
allposts: Усі матеріали автора {name}
follow: Стежити за {name}
buy: До кошика // Купити
checkprice: Дізнатися ціну // Переглянути пропозицію
offer: Пропозиція дня
affiliate: Якщо ви купите товар за цими посиланнями, ми можемо отримати комісію.
products: Чайник зі сталі 1,7 л // Кросівки для трейлу GTX // Бездротові навушники Silence // Настільна лампа з дуба
home: Головна
menu: Меню // Рубрики
search: Пошук
prev: Попередня стаття
next: Наступна стаття
back: Повернутися до списку
sections: Світ // Економіка // Культура // Спорт // Наука // Регіони
about: Про нас
contact: Контакти
ads: Реклама
privacy: Політика конфіденційності
terms: Умови користування
jobs: Вакансії
rights: Усі права захищено.
names: Оксана Бондар // Андрій Мельник // Ірина Ковальчук // Тарас Савчук
sites: Вечірній Львів // Дніпровський вісник // Новини Поділля
agency: Укрінформ
mention: Багато читачів питали в коментарях, чи поділяться автори планом із мешканцями. // Музей просить відвідувачів підписатися на розсилку й ділитися своїми світлинами.
ask: Питання: // Відповідь:
questions: З чого все почалося? // Як відреагували люди? // Що буде далі?
ingredients: 250 г борошна // дрібка солі // 3 яйця // 500 мл молока // 40 г вершкового масла
steps: Збийте яйця з молоком. // Поступово вмішайте борошно. // Дайте тісту постояти пів години.
""",
    "el": """
rel: Διαβάστε επίσης // Μπορεί να σας ενδιαφέρει // Τα πιο δημοφιλή // Περισσότερες ειδήσεις
also: Διαβάστε ακόμη // Δείτε επίσης
minread: {n} λεπτά ανάγνωσης // Χρόνος ανάγνωσης: {n} λεπτά
listen: Ακούστε το άρθρο // Ηχητική εκδοχή ({n}:{s})
updated: Ενημερώθηκε {date}
published: Δημοσιεύθηκε {date}
print: Εκτύπωση
textsize: Μέγεθος γραμμάτων
tags: Ετικέτες // Λέξεις-κλειδιά
topics: Θέματα
photo: Φωτογραφία // Φωτ.
video: Βίντεο
source: Πηγή
share: Κοινοποίηση // Μοιραστείτε το
shareon: Κοινοποίηση στο {net} // Αποστολή μέσω {net}
copylink: Αντιγραφή συνδέσμου
comments: {n} σχόλια // Σχόλια ({n})
write: Γράψτε σχόλιο // Πείτε τη γνώμη σας
showcomments: Προβολή όλων των σχολίων ({n})
newsletter: Λάβετε κάθε πρωί τις σημαντικότερες ειδήσεις στο email σας. // Το εβδομαδιαίο ενημερωτικό μας βγαίνει κάθε Παρασκευή: εγγραφείτε δωρεάν.
signup: Εγγραφή // Θέλω να εγγραφώ
email: Το email σας
consent: Εμείς και οι συνεργάτες μας αποθηκεύουμε πληροφορίες στη συσκευή σας για εξατομικευμένες διαφημίσεις. // Ο ιστότοπος χρησιμοποιεί cookies για τη μέτρηση της επισκεψιμότητας.
accept: Αποδοχή και κλείσιμο // Ρυθμίσεις
subscribe: Γίνετε συνδρομητής με {price} τον μήνα // Το άρθρο είναι μόνο για συνδρομητές
subscriber: Είστε ήδη συνδρομητής; Σύνδεση
by: Του // Γράφει:
roles: Συντάκτρια πολιτικού ρεπορτάζ // Ανταποκριτής στις Βρυξέλλες // Αρχισυντάκτης οικονομικών
bio: Η {name} καλύπτει την αυτοδιοίκηση για το {site} από το {year}. // Ο {name} γράφει για τις μεταφορές, τη στέγαση και την πολεοδομία.
allposts: Όλα τα άρθρα του/της {name}
follow: Ακολουθήστε {name}
buy: Στο καλάθι // Αγορά τώρα
checkprice: Δείτε την τιμή // Δείτε την προσφορά
offer: Προσφορά της ημέρας
affiliate: Αν αγοράσετε μέσω αυτών των συνδέσμων, ενδέχεται να λάβουμε προμήθεια.
products: Βραστήρας ανοξείδωτος 1,7 l // Παπούτσια τρεξίματος GTX // Ασύρματα ακουστικά Silence // Φωτιστικό γραφείου από δρυ
home: Αρχική
menu: Μενού // Κατηγορίες
search: Αναζήτηση
prev: Προηγούμενο άρθρο
next: Επόμενο άρθρο
back: Επιστροφή στη λίστα
sections: Κόσμος // Οικονομία // Πολιτισμός // Αθλητισμός // Επιστήμη // Περιφέρεια
about: Ποιοι είμαστε
contact: Επικοινωνία
ads: Διαφήμιση
privacy: Πολιτική απορρήτου
terms: Όροι χρήσης
jobs: Θέσεις εργασίας
rights: Με επιφύλαξη παντός δικαιώματος.
names: Ελένη Παπαδοπούλου // Νίκος Αντωνίου // Μαρία Γεωργίου // Κώστας Δημητρίου
sites: Ημερήσια Βόρεια // Νέα της Πόλης // Ο Ταχυδρόμος του Αιγαίου
agency: ΑΠΕ-ΜΠΕ
mention: Πολλοί αναγνώστες ρώτησαν στα σχόλια αν το σχέδιο θα κοινοποιηθεί στους πολίτες. // Το μουσείο ζητά από τους επισκέπτες να εγγραφούν στο ενημερωτικό δελτίο και να μοιραστούν τις φωτογραφίες τους.
ask: Ερώτηση: // Απάντηση:
questions: Πώς ξεκίνησαν όλα; // Πώς αντέδρασε ο κόσμος; // Τι ακολουθεί;
ingredients: 250 γρ. αλεύρι // μια πρέζα αλάτι // 3 αυγά // 500 ml γάλα // 40 γρ. βούτυρο
steps: Χτυπήστε τα αυγά με το γάλα. // Προσθέστε σιγά σιγά το αλεύρι. // Αφήστε τη ζύμη να ξεκουραστεί μισή ώρα.
""",
    "nl": """
rel: Meer nieuws // Dit vind je misschien ook interessant // Meest gelezen // Gerelateerde artikelen
also: Lees ook // Zie ook
minread: Leestijd {n} minuten // {n} min leestijd
listen: Beluister dit artikel // Audioversie ({n}:{s})
updated: Bijgewerkt op {date}
published: Gepubliceerd op {date}
print: Afdrukken // Printen
textsize: Lettergrootte
tags: Trefwoorden // Tags
topics: Onderwerpen
photo: Foto // Beeld
video: Video
source: Bron
share: Deel dit artikel // Delen
shareon: Deel via {net} // Stuur door via {net}
copylink: Link kopiëren
comments: {n} reacties // Reacties ({n})
write: Schrijf een reactie // Praat mee
showcomments: Bekijk alle {n} reacties
newsletter: Ontvang elke ochtend het belangrijkste nieuws in je mailbox. // Onze nieuwsbrief verschijnt op vrijdag: schrijf je gratis in.
signup: Aanmelden // Ik schrijf me in
email: Je e-mailadres
consent: Wij en onze partners slaan gegevens op je apparaat op om advertenties en inhoud af te stemmen. // Deze website gebruikt cookies om het bezoek te meten.
accept: Akkoord en sluiten // Voorkeuren beheren
subscribe: Word abonnee voor {price} per maand // Dit artikel is alleen voor abonnees
subscriber: Al abonnee? Log in
by: Door // Tekst:
roles: Verslaggever binnenland // Correspondent in Brussel // Chef economie
bio: {name} volgt sinds {year} de gemeentepolitiek voor {site}. // {name} schrijft over verkeer, wonen en ruimtelijke ordening.
allposts: Alle artikelen van {name}
follow: Volg {name}
buy: In winkelwagen // Nu kopen
checkprice: Bekijk prijs // Naar de aanbieding
offer: Deal van de dag
affiliate: Als je via deze links iets koopt, ontvangen wij mogelijk een commissie.
products: Waterkoker rvs 1,7 l // Trailschoenen GTX // Draadloze oordopjes Silence // Bureaulamp eikenhout
home: Home // Voorpagina
menu: Menu // Rubrieken
search: Zoeken
prev: Vorig artikel
next: Volgend artikel
back: Terug naar overzicht
sections: Buitenland // Economie // Cultuur // Sport // Wetenschap // Regio
about: Over ons
contact: Contact
ads: Adverteren
privacy: Privacybeleid
terms: Algemene voorwaarden
jobs: Vacatures
rights: Alle rechten voorbehouden.
names: Sanne de Vries // Bram Jansen // Fleur van Dijk // Joost Bakker
sites: Het Rivierenblad // Dagblad van het Oosten // Stadskrant
agency: ANP
mention: Veel lezers vroegen in de reacties of het plan met de bewoners gedeeld zou worden. // Het museum vraagt bezoekers zich te abonneren op de nieuwsbrief en hun foto's te delen.
ask: Vraag: // Antwoord:
questions: Hoe is het begonnen? // Hoe reageerden de mensen? // Wat gebeurt er nu?
ingredients: 250 g bloem // snufje zout // 3 eieren // 500 ml melk // 40 g boter
steps: Klop de eieren los met de melk. // Roer de bloem er beetje bij beetje door. // Laat het beslag een half uur rusten.
""",
    "sv": """
rel: Mer om ämnet // Du kanske också gillar // Mest läst // Fler nyheter
also: Läs också // Se även
minread: Lästid {n} min // {n} minuters läsning
listen: Lyssna på artikeln // Uppläst version ({n}:{s})
updated: Uppdaterad {date}
published: Publicerad {date}
print: Skriv ut
textsize: Textstorlek
tags: Taggar // Nyckelord
topics: Ämnen
photo: Foto // Bild
video: Video
source: Källa
share: Dela artikeln // Dela
shareon: Dela på {net} // Skicka via {net}
copylink: Kopiera länk
comments: {n} kommentarer // Kommentarer ({n})
write: Skriv en kommentar // Delta i debatten
showcomments: Visa alla {n} kommentarer
newsletter: Få dagens viktigaste nyheter i din inkorg varje morgon. // Vårt nyhetsbrev kommer på fredagar: prenumerera gratis.
signup: Anmäl mig // Prenumerera på nyhetsbrevet
email: Din e-postadress
consent: Vi och våra partner lagrar information på din enhet för att anpassa annonser och innehåll. // Den här webbplatsen använder kakor för att mäta trafiken.
accept: Godkänn och stäng // Hantera inställningar
subscribe: Bli prenumerant för {price} i månaden // Artikeln är endast för prenumeranter
subscriber: Redan prenumerant? Logga in
by: Av // Text:
roles: Reporter, inrikes // Korrespondent i Bryssel // Ekonomichef
bio: {name} bevakar kommunpolitiken för {site} sedan {year}. // {name} skriver om trafik, bostäder och stadsplanering.
allposts: Alla artiklar av {name}
follow: Följ {name}
buy: Lägg i varukorgen // Köp nu
checkprice: Se pris // Till erbjudandet
offer: Dagens erbjudande
affiliate: Om du handlar via länkarna kan vi få provision.
products: Vattenkokare rostfri 1,7 l // Traillöparskor GTX // Trådlösa hörlurar Silence // Skrivbordslampa i ek
home: Startsida // Hem
menu: Meny // Avdelningar
search: Sök
prev: Föregående artikel
next: Nästa artikel
back: Tillbaka till översikten
sections: Utrikes // Ekonomi // Kultur // Sport // Vetenskap // Lokalt
about: Om oss
contact: Kontakta oss
ads: Annonsera
privacy: Integritetspolicy
terms: Användarvillkor
jobs: Lediga jobb
rights: Alla rättigheter förbehållna.
names: Elin Lindqvist // Oskar Berg // Maja Holm // Johan Ek
sites: Älvdalens Tidning // Kustposten // Stadsbladet
agency: TT
mention: Många läsare frågade i kommentarerna om planen skulle delas med invånarna. // Museet ber besökarna att prenumerera på nyhetsbrevet och dela sina bilder.
ask: Fråga: // Svar:
questions: Hur började det? // Hur reagerade folk? // Vad händer nu?
ingredients: 3 dl vetemjöl // en nypa salt // 3 ägg // 6 dl mjölk // 40 g smör
steps: Vispa ihop ägg och mjölk. // Rör ner mjölet lite i taget. // Låt smeten vila en halvtimme.
""",
    "da": """
rel: Mere om emnet // Du vil måske også læse // Mest læste // Flere nyheder
also: Læs også // Se også
minread: Læsetid {n} min // {n} minutters læsning
listen: Lyt til artiklen // Oplæst version ({n}:{s})
updated: Opdateret {date}
published: Udgivet {date}
print: Udskriv
textsize: Tekststørrelse
tags: Emneord // Tags
topics: Emner
photo: Foto // Billede
video: Video
source: Kilde
share: Del artiklen // Del
shareon: Del på {net} // Send via {net}
copylink: Kopiér link
comments: {n} kommentarer // Kommentarer ({n})
write: Skriv en kommentar // Deltag i debatten
showcomments: Vis alle {n} kommentarer
newsletter: Få dagens vigtigste nyheder i din indbakke hver morgen. // Vores nyhedsbrev udkommer om fredagen: tilmeld dig gratis.
signup: Tilmeld mig // Abonnér på nyhedsbrevet
email: Din e-mailadresse
consent: Vi og vores partnere gemmer oplysninger på din enhed for at tilpasse annoncer og indhold. // Dette websted bruger cookies til at måle trafikken.
accept: Accepter og luk // Tilpas indstillinger
subscribe: Bliv abonnent for {price} om måneden // Artiklen er kun for abonnenter
subscriber: Allerede abonnent? Log ind
by: Af // Tekst:
roles: Journalist, indland // Korrespondent i Bruxelles // Økonomiredaktør
bio: {name} har dækket kommunalpolitik for {site} siden {year}. // {name} skriver om trafik, boliger og byplanlægning.
allposts: Alle artikler af {name}
follow: Følg {name}
buy: Læg i kurven // Køb nu
checkprice: Se pris // Gå til tilbuddet
offer: Dagens tilbud
affiliate: Hvis du køber via disse links, kan vi modtage en provision.
products: Elkedel i stål 1,7 l // Trailløbesko GTX // Trådløse høretelefoner Silence // Skrivebordslampe i eg
home: Forside
menu: Menu // Sektioner
search: Søg
prev: Forrige artikel
next: Næste artikel
back: Tilbage til oversigten
sections: Udland // Økonomi // Kultur // Sport // Viden // Lokalt
about: Om os
contact: Kontakt
ads: Annoncér
privacy: Privatlivspolitik
terms: Vilkår
jobs: Job
rights: Alle rettigheder forbeholdes.
names: Mette Sørensen // Rasmus Kjær // Signe Dahl // Anders Lund
sites: Fjordposten // Dagbladet Øst // Bybladet
agency: Ritzau
mention: Mange læsere spurgte i kommentarerne, om planen ville blive delt med borgerne. // Museet beder de besøgende om at abonnere på nyhedsbrevet og dele deres billeder.
ask: Spørgsmål: // Svar:
questions: Hvordan begyndte det? // Hvordan reagerede folk? // Hvad sker der nu?
ingredients: 250 g hvedemel // en knivspids salt // 3 æg // 5 dl mælk // 40 g smør
steps: Pisk æg og mælk sammen. // Rør melet i lidt ad gangen. // Lad dejen hvile en halv time.
""",
    "ro": """
rel: Citește și // Te-ar putea interesa // Cele mai citite // Alte știri
also: Citește și // Vezi și
minread: Timp de citire: {n} minute // {n} min de citit
listen: Ascultă articolul // Versiune audio ({n}:{s})
updated: Actualizat la {date}
published: Publicat la {date}
print: Tipărește
textsize: Mărimea textului
tags: Etichete // Cuvinte cheie
topics: Subiecte
photo: Foto // Sursa foto
video: Video
source: Sursa
share: Distribuie // Distribuie articolul
shareon: Distribuie pe {net} // Trimite pe {net}
copylink: Copiază linkul
comments: {n} comentarii // Comentarii ({n})
write: Scrie un comentariu // Spune-ți părerea
showcomments: Vezi toate cele {n} comentarii
newsletter: Primește în fiecare dimineață cele mai importante știri pe e-mail. // Newsletterul nostru apare vinerea: abonează-te gratuit.
signup: Mă abonez // Vreau newsletterul
email: Adresa ta de e-mail
consent: Noi și partenerii noștri stocăm informații pe dispozitivul tău pentru a personaliza reclamele și conținutul. // Acest site folosește cookie-uri pentru a măsura traficul.
accept: Accept și închid // Setări
subscribe: Abonează-te cu {price} pe lună // Articol disponibil doar pentru abonați
subscriber: Ești deja abonat? Autentifică-te
by: De // Autor:
roles: Reporter, departamentul Social // Corespondent la Bruxelles // Șef departament Economic
bio: {name} scrie despre administrația locală pentru {site} din {year}. // {name} scrie despre transport, locuințe și urbanism.
allposts: Toate articolele lui {name}
follow: Urmărește-l pe {name}
buy: Adaugă în coș // Cumpără acum
checkprice: Vezi prețul // Vezi oferta
offer: Oferta zilei
affiliate: Dacă faci cumpărături prin aceste linkuri, putem primi un comision.
products: Fierbător din inox 1,7 l // Pantofi de alergare trail GTX // Căști wireless Silence // Veioză din stejar
home: Acasă // Prima pagină
menu: Meniu // Secțiuni
search: Caută
prev: Articolul anterior
next: Articolul următor
back: Înapoi la listă
sections: Externe // Economie // Cultură // Sport // Știință // Local
about: Despre noi
contact: Contact
ads: Publicitate
privacy: Politica de confidențialitate
terms: Termeni și condiții
jobs: Cariere
rights: Toate drepturile rezervate.
names: Ioana Popescu // Andrei Ionescu // Elena Dumitrescu // Mihai Stan
sites: Gazeta de Nord // Cronica Dunării // Ziarul Orașului
agency: Agerpres
mention: Mulți cititori au întrebat în comentarii dacă planul va fi făcut public. // Muzeul îi roagă pe vizitatori să se aboneze la newsletter și să distribuie fotografiile lor.
ask: Întrebare: // Răspuns:
questions: Cum a început totul? // Cum au reacționat oamenii? // Ce urmează?
ingredients: 250 g de făină // un praf de sare // 3 ouă // 500 ml de lapte // 40 g de unt
steps: Bateți ouăle cu laptele. // Adăugați făina treptat. // Lăsați aluatul să se odihnească o jumătate de oră.
""",
    "tr": """
rel: İlgili haberler // Bunlar da ilginizi çekebilir // En çok okunanlar // Diğer haberler
also: Ayrıca okuyun // Bkz.
minread: {n} dk okuma // Okuma süresi: {n} dakika
listen: Haberi dinle // Sesli sürüm ({n}:{s})
updated: Güncelleme: {date}
published: Yayınlanma: {date}
print: Yazdır
textsize: Yazı boyutu
tags: Etiketler // Anahtar kelimeler
topics: Konular
photo: Fotoğraf // Görsel
video: Video
source: Kaynak
share: Paylaş // Haberi paylaş
shareon: {net} ile paylaş // {net} üzerinden gönder
copylink: Bağlantıyı kopyala
comments: {n} yorum // Yorumlar ({n})
write: Yorum yaz // Görüşünüzü bildirin
showcomments: Tüm yorumları göster ({n})
newsletter: Günün en önemli haberleri her sabah e-posta kutunuzda. // Bültenimiz her cuma çıkıyor: ücretsiz abone olun.
signup: Abone ol // Bülteni almak istiyorum
email: E-posta adresiniz
consent: Biz ve iş ortaklarımız, reklamları ve içeriği kişiselleştirmek için cihazınızda bilgi saklıyoruz. // Bu site, trafiği ölçmek için çerez kullanır.
accept: Kabul et ve kapat // Çerez ayarları
subscribe: Aylık {price} ile abone olun // Bu içerik yalnızca abonelere açıktır
subscriber: Zaten abone misiniz? Giriş yapın
by: Yazan: // Haber:
roles: Muhabir, iç politika // Brüksel temsilcisi // Ekonomi editörü
bio: {name}, {year} yılından beri {site} için belediye haberlerini izliyor. // {name} ulaşım, konut ve şehircilik üzerine yazıyor.
allposts: {name} tüm yazıları
follow: {name} takip et
buy: Sepete ekle // Hemen al
checkprice: Fiyatı gör // Fırsatı incele
offer: Günün fırsatı
affiliate: Bu bağlantılar üzerinden alışveriş yaparsanız komisyon alabiliriz.
products: Çelik su ısıtıcı 1,7 l // Patika koşu ayakkabısı GTX // Kablosuz kulaklık Silence // Meşe masa lambası
home: Ana sayfa
menu: Menü // Kategoriler
search: Ara
prev: Önceki haber
next: Sonraki haber
back: Listeye dön
sections: Dünya // Ekonomi // Kültür // Spor // Bilim // Yerel
about: Hakkımızda
contact: İletişim
ads: Reklam
privacy: Gizlilik politikası
terms: Kullanım koşulları
jobs: Kariyer
rights: Tüm hakları saklıdır.
names: Elif Yıldız // Murat Aydın // Zeynep Çelik // Emre Şahin
sites: Ege Postası // Karadeniz Gazetesi // Şehir Haber
agency: AA
mention: Pek çok okur yorumlarda planın halkla paylaşılıp paylaşılmayacağını sordu. // Müze, ziyaretçilerden bültene abone olmalarını ve fotoğraflarını paylaşmalarını istiyor.
ask: Soru: // Cevap:
questions: Her şey nasıl başladı? // İnsanlar nasıl tepki verdi? // Bundan sonra ne olacak?
ingredients: 250 g un // 1 tutam tuz // 3 yumurta // 500 ml süt // 40 g tereyağı
steps: Yumurtaları sütle çırpın. // Unu azar azar ekleyin. // Hamuru yarım saat dinlendirin.
""",
    "ja": """
rel: 関連記事 // あわせて読みたい // よく読まれている記事 // 新着ニュース
also: あわせて読みたい // 参考
minread: この記事は約{n}分で読めます // 読了時間 {n}分
listen: 記事を音声で聞く // 音声版（{n}:{s}）
updated: 更新日：{date}
published: 公開日：{date}
print: 印刷する
textsize: 文字サイズ 小 中 大
tags: タグ // キーワード
topics: トピック
photo: 写真 // 撮影
video: 動画
source: 出典
share: この記事をシェアする // シェア
shareon: {net}でシェア // {net}で送る
copylink: リンクをコピー
comments: コメント（{n}件） // {n}件のコメント
write: コメントを書く // 感想を送る
showcomments: コメントをすべて見る（{n}）
newsletter: 毎朝、主要ニュースをメールでお届けします。 // 週刊メールマガジンは毎週金曜日に配信しています。無料で登録できます。
signup: 登録する // メルマガを購読
email: メールアドレス
consent: 当サイトでは、広告やコンテンツを最適化するためにクッキーを使用しています。 // 本サイトの閲覧を続けることで、クッキーの使用に同意したものとみなします。
accept: 同意して閉じる // 設定を変更
subscribe: 月額{price}で全文を読む // この記事は有料会員限定です
subscriber: 会員の方はこちらからログイン
by: 文 // 記者
roles: 社会部記者 // ブリュッセル特派員 // 経済部デスク
bio: {name}は{year}年から{site}で市政を担当している。 // {name}は交通、住宅、都市計画について取材している。
allposts: {name}の記事一覧
follow: {name}をフォロー
buy: カートに入れる // 今すぐ購入
checkprice: 価格をチェック // 詳細を見る
offer: 本日のセール
affiliate: 当ページのリンクから購入すると、当サイトに手数料が入ることがあります。
products: ステンレス電気ケトル 1.7L // トレイルランニングシューズ GTX // ワイヤレスイヤホン Silence // オーク材デスクライト
home: ホーム // トップ
menu: メニュー // カテゴリー
search: 検索
prev: 前の記事
next: 次の記事
back: 一覧に戻る
sections: 国際 // 経済 // 文化 // スポーツ // 科学 // 地域
about: 会社概要
contact: お問い合わせ
ads: 広告掲載
privacy: プライバシーポリシー
terms: 利用規約
jobs: 採用情報
rights: 無断転載を禁じます。
names: 佐藤 美咲 // 田中 健太 // 鈴木 彩 // 高橋 翔
sites: 港町新聞 // 北斗タイムズ // まちかど日報
agency: 共同
mention: 多くの読者がコメント欄で、計画が住民と共有されるのかを尋ねていた。 // 博物館は来館者に、メールマガジンに登録し、撮った写真を共有するよう呼びかけている。
ask: 質問： // 回答：
questions: きっかけは何でしたか？ // 周りの反応はどうでしたか？ // これからどうしますか？
ingredients: 薄力粉 200g // 塩 ひとつまみ // 卵 3個 // 牛乳 300ml // バター 20g
steps: 卵と牛乳を混ぜる。 // 薄力粉を少しずつ加える。 // 生地を30分休ませる。
""",
    "zh": """
rel: 相關新聞 // 你可能也喜歡 // 熱門文章 // 更多報導
also: 延伸閱讀 // 另見
minread: 閱讀時間約{n}分鐘 // {n}分鐘閱讀
listen: 收聽本文 // 語音版（{n}:{s}）
updated: 更新時間：{date}
published: 發布時間：{date}
print: 列印
textsize: 字級 小 中 大
tags: 標籤 // 關鍵字
topics: 主題
photo: 圖／ // 攝影
video: 影音
source: 資料來源
share: 分享本文 // 分享
shareon: 分享到{net} // 用{net}傳送
copylink: 複製連結
comments: {n}則留言 // 留言（{n}）
write: 發表留言 // 我要留言
showcomments: 查看全部{n}則留言
newsletter: 每天早上把重要新聞寄到你的信箱。 // 我們的電子報每週五出刊，免費訂閱。
signup: 立即訂閱 // 訂閱電子報
email: 電子郵件地址
consent: 本網站使用Cookie以提供更好的瀏覽體驗及個人化廣告。 // 繼續瀏覽即表示你同意我們使用Cookie。
accept: 同意並關閉 // 管理設定
subscribe: 每月{price}即可閱讀全文 // 本文僅限訂戶閱讀
subscriber: 已是訂戶？請登入
by: 記者 // 文
roles: 社會組記者 // 駐布魯塞爾特派員 // 財經中心主任
bio: {name}自{year}年起為{site}採訪市政新聞。 // {name}關注交通、住宅與都市計畫。
allposts: {name}的所有文章
follow: 追蹤{name}
buy: 加入購物車 // 立即購買
checkprice: 查看價格 // 查看優惠
offer: 今日特價
affiliate: 透過本頁連結購物，本站可能獲得分潤。
products: 不鏽鋼快煮壺 1.7L // 越野跑鞋 GTX // 無線耳機 Silence // 橡木檯燈
home: 首頁
menu: 選單 // 分類
search: 搜尋
prev: 上一篇
next: 下一篇
back: 回到列表
sections: 國際 // 財經 // 文化 // 體育 // 科學 // 地方
about: 關於我們
contact: 聯絡我們
ads: 廣告合作
privacy: 隱私權政策
terms: 使用條款
jobs: 人才招募
rights: 版權所有，轉載必究。
names: 陳怡君 // 林志明 // 王淑芬 // 張家豪
sites: 港都日報 // 北城新聞 // 山海時報
agency: 中央社
mention: 許多讀者在留言中詢問，計畫是否會與居民分享。 // 博物館請參觀者訂閱電子報，並分享他們拍的照片。
ask: 問： // 答：
questions: 一切是怎麼開始的？ // 大家的反應如何？ // 接下來呢？
ingredients: 麵粉 200克 // 鹽 少許 // 雞蛋 3顆 // 牛奶 300毫升 // 奶油 20克
steps: 把雞蛋和牛奶拌勻。 // 慢慢加入麵粉。 // 麵糊靜置半小時。
""",
    "ko": """
rel: 관련 기사 // 함께 보면 좋은 기사 // 많이 본 뉴스 // 최신 뉴스
also: 함께 읽기 // 참고
minread: 읽는 데 {n}분 // 예상 읽기 시간 {n}분
listen: 기사 듣기 // 음성 버전 ({n}:{s})
updated: 수정 {date}
published: 입력 {date}
print: 인쇄하기
textsize: 글자 크기
tags: 태그 // 키워드
topics: 주제
photo: 사진 // 촬영
video: 영상
source: 출처
share: 기사 공유하기 // 공유
shareon: {net} 공유하기 // {net}에 보내기
copylink: 링크 복사
comments: 댓글 {n}개 // 댓글 ({n})
write: 댓글 쓰기 // 의견 남기기
showcomments: 댓글 {n}개 모두 보기
newsletter: 매일 아침 주요 뉴스를 메일로 보내 드립니다. // 주간 뉴스레터는 매주 금요일에 발송됩니다. 무료로 구독하세요.
signup: 구독하기 // 뉴스레터 신청
email: 이메일 주소
consent: 이 사이트는 광고와 콘텐츠를 맞춤 제공하기 위해 쿠키를 사용합니다. // 사이트를 계속 이용하면 쿠키 사용에 동의하는 것으로 간주됩니다.
accept: 동의하고 닫기 // 설정 관리
subscribe: 월 {price}에 전체 기사 보기 // 유료 회원 전용 기사입니다
subscriber: 이미 회원이신가요? 로그인
by: 글 // 기자
roles: 사회부 기자 // 브뤼셀 특파원 // 경제부 데스크
bio: {name} 기자는 {year}년부터 {site}에서 시정을 취재하고 있다. // {name} 기자는 교통, 주거, 도시계획을 다룬다.
allposts: {name} 기자의 다른 기사
follow: {name} 기자 구독
buy: 장바구니 담기 // 바로 구매
checkprice: 가격 확인 // 최저가 보기
offer: 오늘의 특가
affiliate: 이 페이지의 링크를 통해 구매하면 일정 수수료를 받을 수 있습니다.
products: 스테인리스 전기포트 1.7L // 트레일 러닝화 GTX // 무선 이어폰 Silence // 원목 책상 스탠드
home: 홈
menu: 메뉴 // 전체 섹션
search: 검색
prev: 이전 기사
next: 다음 기사
back: 목록으로
sections: 국제 // 경제 // 문화 // 스포츠 // 과학 // 지역
about: 회사 소개
contact: 문의하기
ads: 광고 안내
privacy: 개인정보처리방침
terms: 이용약관
jobs: 채용
rights: 무단 전재 및 재배포 금지.
names: 김민지 // 이준호 // 박서연 // 최현우
sites: 바다일보 // 한빛신문 // 도시타임스
agency: 연합뉴스
mention: 많은 독자가 댓글로 계획이 주민들과 공유될지 물었다. // 박물관은 관람객들에게 뉴스레터를 구독하고 찍은 사진을 공유해 달라고 요청했다.
ask: 질문: // 답변:
questions: 어떻게 시작됐나요? // 사람들의 반응은 어땠나요? // 앞으로의 계획은요?
ingredients: 밀가루 200g // 소금 약간 // 달걀 3개 // 우유 300ml // 버터 20g
steps: 달걀과 우유를 섞는다. // 밀가루를 조금씩 넣는다. // 반죽을 30분 동안 둔다.
""",
}


def parse() -> dict[str, dict[str, list[str]]]:
    """Each language's keys and their alternative wordings."""
    lexicon: dict[str, dict[str, list[str]]] = {}
    for lang, block in RAW.items():
        entries: dict[str, list[str]] = {}
        for line in block.strip().splitlines():
            key, _, value = line.partition(": ")
            entries[key] = [v.strip() for v in value.split(" // ")]
        lexicon[lang] = entries
    return lexicon
