"""
Fresh variants for remove_boilerplate's teasers (standfirsts.py), written after its rule was frozen.

Teaser blocks of kinds and languages the rule was not read from (Italian,
Spanish, Polish, Dutch, Portuguese, French, Turkish, Swedish, Russian,
English), under invented sites' bodies on a related subject, and hard
negatives: an article's own subheads with paragraphs, a review's list of
books with a line each, a timeline, a FAQ, an itinerary by days, recipe
steps. Every string was written for this file; none is a line of a tune
or report set.

Run: PYTHONPATH=. .venv/bin/python bench/teaser_variants13.py
Prints, per configuration, the teaser lines removed (of all) and the lines
of the hard negatives removed (should be none).
"""

from __future__ import annotations

from textclean._filters.boilerplate import RemoveBoilerplate


def _text(*lines: str) -> str:
    return "\n".join(lines)


# (language, body, furniture between, teaser lines) -- every line after the body goes.
POSITIVES: list[tuple[str, list[str], list[str], list[str]]] = [
    (
        "it",
        [
            "La giunta comunale di Trieste ha approvato ieri il piano per il nuovo porto turistico,"
            " che prevede duecento posti barca e un parcheggio interrato vicino al molo.",
            "I pescatori del Canal Grande temono che i lavori blocchino per mesi l'accesso alle"
            " banchine, e chiedono al Comune di spostare il cantiere verso la diga.",
            "Il sindaco ha promesso un incontro con le associazioni prima dell'estate.",
        ],
        ["Ti potrebbe interessare"],
        [
            "Gorizia, riapre la biblioteca dopo il restauro",
            "Dopo due anni di lavori, le sale storiche tornano aperte al pubblico con nuovi orari.",
            "Udine, il mercato coperto cambia gestione",
            "La cooperativa che lo gestiva da vent'anni lascia: il bando scade a marzo.",
            "Grado, spiagge libere più ampie dal prossimo giugno",
            "La regione ha ridotto le concessioni balneari lungo il lungomare di levante.",
        ],
    ),
    (
        "es",
        [
            "El ayuntamiento de Cádiz aprobó el martes la reforma del mercado central, que cerrará"
            " durante seis meses mientras se renuevan los puestos de pescado y la cubierta.",
            "Los comerciantes del mercado piden que se habilite una carpa provisional en la plaza"
            " para no perder a sus clientes durante las obras.",
            "La alcaldía asegura que la carpa estará lista antes de que empiecen los trabajos.",
        ],
        ["Compartir en WhatsApp"],
        [
            "Jerez estrena un carril bici hasta la estación",
            "12/02/2024",
            "El nuevo trazado une el centro con la estación de tren en apenas quince minutos.",
            "Sanlúcar recupera las carreras de caballos en la playa",
            "05/02/2024",
            "La cita volverá en agosto tras dos años suspendida por las mareas.",
            "Chiclana abre un museo dedicado a la sal",
            "29/01/2024",
            "Las antiguas salinas acogen desde el sábado una exposición permanente y visitas guiadas.",
        ],
    ),
    (
        "pl",
        [
            "Rada miasta Torunia zdecydowała w czwartek o remoncie bulwaru nad Wisłą, który potrwa"
            " do jesieni i obejmie nowe oświetlenie oraz ścieżkę rowerową.",
            "Właściciele kawiarni przy bulwarze obawiają się, że latem stracą klientów, bo część"
            " ogródków zostanie zamknięta na czas prac.",
            "Urząd obiecuje, że ogródki wrócą na swoje miejsce przed wakacjami.",
        ],
        ["Czytaj także"],
        [
            "Bydgoszcz: nowe tramwaje wyjadą na tory w marcu",
            "Przewoźnik odebrał już pierwsze cztery składy, kolejne dotrą przed końcem roku.",
            "Grudziądz odnawia spichrze nad rzeką",
            "Miasto dostało dotację na remont elewacji, prace ruszą jeszcze tej wiosny.",
            "Włocławek: basen miejski zamknięty do maja",
            "Powodem jest awaria instalacji wentylacyjnej, której naprawa okazała się droższa.",
        ],
    ),
    (
        "nl",
        [
            "De gemeenteraad van Zwolle heeft dinsdag ingestemd met de bouw van een nieuwe"
            " fietsbrug over de IJssel, die in 2026 klaar moet zijn.",
            "Bewoners van de wijk aan de overkant zijn blij, maar ondernemers vrezen overlast"
            " door het bouwverkeer op de smalle dijkweg.",
            "De wethouder belooft een omleiding voor vrachtwagens tijdens de bouw.",
        ],
        ["Deel dit artikel", "Meer nieuws uit de regio"],
        [
            "Deventer krijgt een overdekte markt in de oude loods",
            "De Stentor",
            "De kramen verhuizen in de winter naar binnen, in de zomer blijft de Brink open.",
            "Kampen zoekt vrijwilligers voor de stadsgracht",
            "De Stentor",
            "Elke zaterdag wordt het water schoongemaakt, en er zijn te weinig handen.",
            "Meppel: nieuwe sluis vertraagd door hoogwater",
            "De Stentor",
            "De aannemer verwacht dat de scheepvaart pas in juli weer door kan.",
        ],
    ),
    (
        "pt",
        [
            "A câmara municipal de Coimbra aprovou na segunda-feira a requalificação da margem do"
            " Mondego, com novos passadiços e uma ciclovia até ao parque verde.",
            "Os remadores do clube local temem que as obras impeçam os treinos durante a primavera"
            " e pedem acesso alternativo ao rio.",
            "A autarquia garante que o cais do clube ficará acessível durante todo o período.",
        ],
        ["Partilhar no Facebook", "Leia também"],
        [
            "Aveiro vai ter barcos elétricos nos canais",
            "Os primeiros moliceiros elétricos começam a circular no verão, anunciou a empresa.",
            "Figueira da Foz recupera o antigo casino",
            "O edifício reabre em setembro como centro cultural, com concertos e exposições.",
            "Leiria: mercado de Santana muda de horário",
            "A partir de abril, as bancas passam a abrir ao domingo de manhã.",
        ],
    ),
    (
        "fr",
        [
            "Le conseil municipal de Nantes a voté jeudi la rénovation des quais de l'Erdre, qui"
            " seront fermés aux voitures pendant un an à partir de l'automne.",
            "Les bateliers qui proposent des promenades sur la rivière craignent de perdre leur"
            " clientèle pendant la durée des travaux.",
            "La mairie promet un accès piéton maintenu jusqu'aux embarcadères.",
        ],
        ["Partager sur Facebook"],
        [
            "Saint-Nazaire : le pont fermé deux nuits pour inspection",
            "Ouest Région",
            "Les techniciens vérifieront les haubans, la circulation sera déviée par Donges.",
            "Angers : la piscine olympique rouvre en mai",
            "Ouest Région",
            "Après dix-huit mois de travaux, le bassin extérieur sera chauffé toute l'année.",
            "La Baule : les cabines de plage retrouvent leurs couleurs",
            "Ouest Région",
            "Les propriétaires ont voté pour le retour des rayures bleues et blanches.",
        ],
    ),
    (
        "tr",
        [
            "İzmir Büyükşehir Belediyesi, Kordon boyunca yeni bir bisiklet yolu yapılmasına karar"
            " verdi ve çalışmaların yaz başında tamamlanması bekleniyor.",
            "Kordon'daki kafe işletmecileri, inşaat süresince masalarını kaldırmak zorunda"
            " kalacaklarından endişe ediyor.",
            "Belediye, işletmeler için geçici bir düzenleme yapılacağını açıkladı.",
        ],
        ["İlgili haberler"],
        [
            "Manisa'da yeni otogar hizmete girdi",
            "Şehir merkezine on dakika uzaklıktaki terminal pazartesi günü açıldı.",
            "Aydın'da incir hasadı erken başladı",
            "Sıcak geçen bahar nedeniyle üreticiler hasadı iki hafta öne aldı.",
            "Çeşme'de plajlar için yeni kurallar",
            "Kaymakamlık, sahillerde şezlong sayısına sınır getirdi.",
        ],
    ),
    (
        "en",
        [
            "Councillors in Galway voted on Wednesday to pedestrianise Shop Street for the summer,"
            " closing it to delivery vans after eleven in the morning.",
            "Traders on the street are divided: cafés welcome the extra tables, but two"
            " hardware shops say their customers need to park outside.",
            "The council will review the trial in September.",
        ],
        ["Share on Facebook", "More from the West"],
        [
            "Limerick's new footbridge opens to walkers",
            "Updated 14:20",
            "The bridge links the university campus to the riverside park for the first time.",
            "Why Clifden is running out of holiday rentals",
            "Updated 11:05",
            "Owners are switching to long lets as the town struggles to house its nurses.",
            "Ennis festival returns after five-year break",
            "Updated 09:40",
            "Organisers expect twenty thousand visitors over the bank holiday weekend.",
        ],
    ),
]
# Second batch, written after the first was run: no header over the teasers.
POSITIVES += [
    (
        "hu",
        [
            "A szegedi közgyűlés csütörtökön döntött a Tisza-parti sétány felújításáról, amely"
            " ősszel kezdődik és jövő nyárig tart majd.",
            "A parti kávézók tulajdonosai attól tartanak, hogy a munkálatok alatt elmaradnak a"
            " vendégek, ezért ideiglenes teraszt kérnek.",
            "A polgármester szerint a teraszok a felújítás alatt is nyitva maradhatnak.",
        ],
        ["Megosztás a Facebookon"],
        [
            "Hódmezővásárhelyen új buszpályaudvar épül",
            "2024. március 3.",
            "A régi épületet lebontják, az új terminál két év múlva nyílik meg az utasok előtt.",
            "Makón bővül a termálfürdő",
            "2024. február 26.",
            "A fürdő új medencékkel és szaunával várja a vendégeket a nyári szezontól.",
            "Csongrádon felújítják a régi halászházakat",
            "2024. február 19.",
            "A Belvárosban álló házak a város pénzéből kapnak új tetőt és vakolatot.",
        ],
    ),
    (
        "da",
        [
            "Byrådet i Aarhus besluttede tirsdag at lukke havnefronten for biler om sommeren, så"
            " cyklister og gående får mere plads langs kajen.",
            "Restauranterne på havnen er glade for de ekstra borde, men varebilerne skal nu levere"
            " før klokken ti om morgenen.",
            "Ordningen evalueres efter sommerferien.",
        ],
        [],
        [
            "Randers åbner ny svømmehal ved åen",
            "Ritzau",
            "Hallen har et halvtreds meter bassin og åbner for offentligheden i maj.",
            "Silkeborg vil have flere kanoer på søerne",
            "Ritzau",
            "Kommunen giver tilskud til udlejere, der køber elektriske både og kanoer.",
            "Skanderborg: festivalen flytter til ny plads",
            "Ritzau",
            "Arrangørerne har fundet en mark tættere på stationen, så færre skal køre bil.",
        ],
    ),
    (
        "fi",
        [
            "Tampereen kaupunginvaltuusto päätti maanantaina rakentaa uuden kävelysillan"
            " Tammerkosken yli, ja työt alkavat ensi keväänä.",
            "Kosken rannan kahvilat pelkäävät menettävänsä asiakkaita rakennustöiden aikana,"
            " koska osa terasseista joudutaan sulkemaan.",
            "Kaupunki lupaa, että terassit avataan uudelleen ennen kesää.",
        ],
        [],
        [
            "Nokialle uusi uimahalli ensi vuonna",
            "Halli rakennetaan vanhan paperitehtaan viereen, ja siinä on viisi allasta.",
            "Pirkkalan lentoasemalle uusia reittejä",
            "Kesällä kentältä lennetään suoraan Splitiin ja Malagaan kerran viikossa.",
            "Ylöjärvellä avataan uusi kirjasto",
            "Kirjasto muuttaa kauppakeskukseen, ja sen aukioloajat pitenevät iltaan asti.",
            "Kangasalan kesäteatteri juhlii viittäkymmentä vuotta",
            "Juhlanäytelmä kertoo kunnan historiasta, ja liput tulevat myyntiin huhtikuussa.",
            "Lempäälän torille tulee katos",
            "Katos suojaa kauppiaita sateelta, ja sen alle mahtuu kaksikymmentä kojua.",
        ],
    ),
]
NEGATIVES_SECOND = [
    (
        "listicle of places after a share bar (en)",
        _text(
            "Venice in winter is a different city: the crowds thin out, the fog settles on the"
            " lagoon, and the bacari fill up with locals by six in the evening.",
            "We spent a week eating our way around the sestieri, and these are the places we"
            " would go back to tomorrow.",
            "Share on Facebook",
            "Trattoria al Ponte Storto",
            "Handmade pasta with cuttlefish ink and a tiny terrace over a quiet back canal.",
            "Bacaro del Gobbo",
            "Standing room only, with cicchetti on the counter and wine from the Veneto hills.",
            "Pasticceria Rosa Salva",
            "The best fritelle in town, filled with custard, and a good espresso at the bar.",
        ),
    ),
]
# (language, body, lines set in the body: a card or a headline under a header) -- the set lines go.
INSIDE: list[tuple[str, list[str], list[str]]] = [
    (
        "sv",
        [
            "Kommunfullmäktige i Uppsala beslutade i går att bygga en ny simhall vid Fyrisån,"
            " som ska stå klar till hösten 2026.",
            "Simklubbarna välkomnar beslutet men oroar sig för att den gamla hallen stängs innan"
            " den nya är färdig.",
            "Kommunen lovar att den gamla hallen hålls öppen under hela byggtiden.",
        ],
        [
            "Gävle får ny busslinje till sjukhuset Gävle får ny busslinje till sjukhuset",
            "Från och med mars går bussarna var tionde minut under rusningstid, och… Läs mer",
        ],
    ),
    (
        "ru",
        [
            "Городская дума Казани во вторник одобрила строительство нового моста через Казанку,"
            " работы начнутся весной и продлятся два года.",
            "Жители прибрежных районов опасаются, что на время стройки закроют набережную, где"
            " по вечерам гуляют тысячи людей.",
            "В мэрии обещают сохранить пешеходный проход вдоль реки.",
        ],
        ["Читайте также", "В Набережных Челнах открылся новый детский парк"],
    ),
    (
        "it",
        [
            "Il consiglio comunale di Bergamo ha approvato il nuovo piano per la Città Alta, che"
            " limita l'accesso delle auto nelle ore serali a partire da aprile.",
            "I ristoratori della piazza temono di perdere clienti, mentre i residenti chiedono"
            " da anni meno traffico nelle vie strette del centro storico.",
            "Il piano sarà rivisto dopo sei mesi di prova.",
        ],
        [
            "Brescia, la metropolitana arriva fino allo stadio",
            "I lavori per il prolungamento della linea partiranno in autunno e dureranno tre… Leggi tutto",
        ],
    ),
]
# (name, text): the whole text stays.
NEGATIVES: list[tuple[str, str]] = [
    (
        "own sections (es), after a share bar",
        _text(
            "El ayuntamiento de Cádiz aprobó el martes la reforma del mercado central, que cerrará"
            " durante seis meses mientras se renuevan los puestos y la cubierta del mercado.",
            "Los comerciantes del mercado piden una carpa provisional en la plaza durante las obras"
            " del mercado central.",
            "Compartir en WhatsApp",
            "Qué cambia en el mercado",
            "Los puestos del mercado tendrán cámaras frigoríficas nuevas y la cubierta dejará pasar"
            " más luz natural.",
            "Dónde comprarán los vecinos",
            "Durante las obras, los comerciantes del mercado venderán en la carpa de la plaza"
            " de la Libertad.",
            "Cuándo reabrirá el mercado central",
            "El ayuntamiento calcula que el mercado reabrirá en otoño si las obras siguen el plan.",
        ),
    ),
    (
        "review's books (en)",
        _text(
            "This winter's crop of sea novels is the strongest in years, and three of them deserve"
            " a place on any reader's shelf before the ferries stop running.",
            "They could hardly be more different in tone, but each takes the sea as seriously as"
            " its characters, which is rarer than it should be.",
            "Share on Facebook",
            "The Pilot's Apprentice",
            "A boy from Leith learns the firth's sandbanks from a pilot who trusts no chart.",
            "Grey Water",
            "Two sisters run a failing oyster farm and argue about whether to sell it.",
            "The Last Crossing",
            "A ferry captain's final season, told through her logbook's terse entries.",
            "Of the three, the second is the finest: its dialogue is sharp, and its ending earns"
            " every page the reader spends on the sisters' quarrels over the farm.",
            "The first is charming but slight, and the third never settles on whether it is a"
            " diary or a novel, which leaves its captain strangely distant.",
        ),
    ),
    (
        "timeline (de), after a share bar",
        _text(
            "Die Geschichte der Hafenfähre ist auch die Geschichte der Stadt: Seit über hundert"
            " Jahren verbindet sie die Altstadt mit der Werftinsel.",
            "Nun soll die Fähre durch eine Brücke ersetzt werden, und viele Bürger wollen das"
            " nicht hinnehmen.",
            "Teilen auf Facebook",
            "3. Mai 1912",
            "Die erste Dampffähre nimmt den Betrieb auf und bringt Werftarbeiter zur Insel.",
            "14. August 1961",
            "Nach einem Sturm sinkt die alte Fähre, eine neue wird in nur drei Monaten gebaut.",
            "1. Juli 2003",
            "Die Fähre fährt erstmals mit Elektroantrieb und wird zum Wahrzeichen der Stadt.",
        ),
    ),
    (
        "FAQ (fr), after furniture",
        _text(
            "La ville de Nantes lance en septembre un service de vélos cargo en libre-service,"
            " avec quarante stations réparties dans les quartiers du centre.",
            "Les familles et les artisans sont les premiers visés par ce nouveau service de vélos"
            " cargo, selon la mairie.",
            "Partager sur Facebook",
            "Combien coûte un vélo cargo ?",
            "L'abonnement au service coûte dix euros par mois, et la première demi-heure est gratuite.",
            "Faut-il un permis pour le conduire ?",
            "Non, mais une courte formation au vélo cargo est proposée dans chaque station.",
            "Peut-on transporter des enfants ?",
            "Oui, chaque vélo cargo dispose de deux sièges et de ceintures pour les enfants.",
        ),
    ),
    (
        "itinerary by days (pt)",
        _text(
            "Três dias chegam para conhecer o essencial do Douro, entre socalcos de vinha,"
            " comboios antigos e aldeias de xisto à beira do rio.",
            "O roteiro que propomos começa no Porto e termina no Pinhão, com noites em quintas"
            " que recebem hóspedes durante a vindima.",
            "Partilhar no Facebook",
            "Dia 1: do Porto à Régua",
            "Apanhe o comboio da manhã e almoce na Régua, junto ao rio, antes de visitar o museu.",
            "Dia 2: as quintas do Pinhão",
            "Reserve uma prova de vinhos e suba ao miradouro de Casal de Loivos ao fim da tarde.",
            "Dia 3: a linha do Tua",
            "Percorra a pé o antigo traçado do comboio e regresse ao Porto ao fim do dia.",
        ),
    ),
    (
        "recipe steps (it)",
        _text(
            "La torta di mele della nonna è il dolce più semplice che esista: poche mele, un po'"
            " di farina e un forno caldo bastano per la merenda della domenica.",
            "Ecco come la preparo io, con le mele renette del mercato e una scorza di limone.",
            "Condividi su Facebook",
            "Preparare le mele a fette sottili",
            "Passo 1",
            "Sbucciate le mele, tagliatele a fette sottili e bagnatele con il succo di limone.",
            "Montare le uova con lo zucchero",
            "Passo 2",
            "Lavorate le uova con lo zucchero finché il composto diventa chiaro e spumoso.",
            "Infornare la torta a 180 gradi",
            "Passo 3",
            "Versate l'impasto nella tortiera, coprite con le mele e cuocete per quaranta minuti.",
        ),
    ),
    (
        "interview (pl), speaker labels",
        _text(
            "Rozmawiamy z przewodniczką, która od trzydziestu lat oprowadza turystów po toruńskiej"
            " starówce i zna każdy jej zaułek.",
            "Jej książka o kamienicach starego miasta ukazała się właśnie w drugim wydaniu.",
            "Udostępnij na Facebooku",
            "Redakcja",
            "Jak zaczęła się pani przygoda z przewodnictwem po starówce?",
            "Od studiów historycznych i wakacyjnej pracy w muzeum, a potem już nie potrafiłam przestać.",
            "Redakcja",
            "Które miejsce na starówce lubi pani najbardziej?",
            "Podwórze za ratuszem, gdzie zimą słychać tylko dzwony z katedry i kroki turystów.",
            "Redakcja",
            "Czego turyści najczęściej nie zauważają?",
            "Gotyckich znaków kamieniarzy na murach, które pokazuję im zawsze na końcu spaceru.",
        ),
    ),
    (
        "own sections with low overlap, no furniture (nl)",
        _text(
            "Onze vereniging zet zich al veertig jaar in voor het erfgoed van de Zaanstreek, met"
            " vrijwilligers die molens, schuren en oude werven onderhouden.",
            "Dit jaar richten we ons op drie nieuwe projecten, waarvoor we donateurs en"
            " vrijwilligers zoeken in de hele regio.",
            "Nieuwe wieken voor De Bonte Hen",
            "De zaagmolen draait al twee jaar niet meer; met nieuwe wieken kan hij in 2025 weer malen.",
            "Een werkplaats voor jongeren",
            "In de oude houtloods leren scholieren timmeren van gepensioneerde scheepsbouwers.",
            "Rondleidingen in gebarentaal",
            "Vanaf april zijn er maandelijks rondleidingen langs de molens voor dove bezoekers.",
        ),
    ),
]


# The share bars the negatives hold: furniture, free to go.
SHARE_BARS = {
    "Programm",
    "Compartir en WhatsApp",
    "Share on Facebook",
    "Teilen auf Facebook",
    "Partager sur Facebook",
    "Partilhar no Facebook",
    "Condividi su Facebook",
    "Udostępnij na Facebooku",
}


NEGATIVES += NEGATIVES_SECOND
# Third batch, written after the rule changed on the second (a share bar above no longer sets
# a run apart in default).
POSITIVES += [
    (
        "ro",
        [
            "Consiliul local din Cluj a aprobat joi proiectul noii piețe agroalimentare din"
            " cartierul Mărăști, care va fi gata în primăvara anului viitor.",
            "Producătorii din satele din jur spun că noile tarabe acoperite îi vor ajuta să"
            " vândă și iarna, când piața veche se golește.",
            "Primăria promite locuri de parcare pentru cumpărători lângă piață.",
        ],
        ["Citește și"],
        [
            "Turda: salina își prelungește programul de vară",
            "Vizitatorii vor putea intra până la ora nouă seara, din iunie până în septembrie.",
            "Dej: podul peste Someș intră în reparații",
            "Circulația va fi deviată pe centură timp de trei luni, anunță autoritățile locale.",
            "Gherla: biblioteca orășenească se mută în fosta cazarmă",
            "Clădirea renovată va găzdui și o sală de lectură pentru copii.",
        ],
    ),
    (
        "en",
        [
            "Trustees of the Bristol harbour museum agreed on Thursday to reopen the steam crane"
            " for weekend demonstrations, after a two-year restoration by volunteers.",
            "The crane, built in 1878, will lift a restored cargo boat twice a day on Saturdays"
            " and Sundays from the start of April.",
            "Tickets for the demonstrations go on sale next month.",
        ],
        ["Share on X"],
        [
            "Bath's Roman baths extend evening opening",
            "Published 2 days ago",
            "Visitors will be able to walk the terraces by torchlight until ten at night.",
            "Wells cathedral choir records first album in decades",
            "Published 4 days ago",
            "The recording was made over three nights in the quire, with the doors shut to traffic.",
            "Frome market traders win fight over parking charges",
            "Published 6 days ago",
            "The council has dropped plans to charge for the car park on market days.",
        ],
    ),
]
NEGATIVES += [
    (
        "conference speakers after a share bar (en)",
        _text(
            "The harbour heritage conference returns to Bristol in May, with two days of talks"
            " on docks, cranes and the people who worked them.",
            "Tickets include entry to the museum and a guided walk along the quays on the"
            " second afternoon.",
            "Share on Facebook",
            "Dr Miriam Okafor",
            "A maritime historian at Cardiff University, she writes about Welsh coal ports.",
            "Professor Jan de Vries",
            "He led the restoration of Amsterdam's eighteenth-century timber yards.",
            "Captain Ellen Marsh",
            "She skippered tall ships for thirty years and now trains young crews.",
        ),
    ),
    (
        "product comparison after a share bar (de)",
        _text(
            "Wir haben sechs Wochen lang vier Lastenräder im Alltag getestet: beim Einkaufen,"
            " mit Kindern und mit schweren Kisten auf Kopfsteinpflaster.",
            "Am Ende überzeugten uns drei Modelle, die wir hier kurz vorstellen.",
            "Teilen auf Facebook",
            "Urban Arrow Family Cargo",
            "Sehr stabil, aber schwer: für Familien mit zwei kleinen Kindern die beste Wahl.",
            "Bullitt Classic Steps",
            "Schnell und wendig, doch die Ladefläche ist für Kindersitze zu schmal.",
            "Riese und Müller Load",
            "Die beste Federung im Test, dafür auch das teuerste Rad in unserem Vergleich.",
        ),
    ),
]

# Fourth batch, written after the rule changed on the third (stamps; counting by one).
POSITIVES += [
    (
        "es",
        [
            "El cabildo de Tenerife aprobó el lunes ampliar el tranvía hasta el aeropuerto del"
            " norte, una obra que costará ciento veinte millones de euros.",
            "Los taxistas de la isla temen perder clientes, mientras los vecinos de La Laguna"
            " celebran que por fin habrá transporte directo.",
            "Las obras empezarán, según el cabildo, a finales del próximo año.",
        ],
        [],
        [
            "Lanzarote limita las visitas al volcán en verano",
            "Hace 3 horas",
            "El parque nacional reducirá los autobuses de turistas a la mitad durante agosto.",
            "La Palma recupera la carretera de la costa",
            "Hace 5 horas",
            "La vía, cortada desde la erupción, reabrirá al tráfico antes de Navidad.",
            "Gran Canaria estrena rutas de senderismo nocturno",
            "Hace 8 horas",
            "Guías del cabildo acompañarán a los grupos para observar las estrellas.",
        ],
    ),
    (
        "hr",
        [
            "Gradsko vijeće Splita odlučilo je u utorak obnoviti rivu, a radovi bi trebali"
            " završiti prije početka turističke sezone iduće godine.",
            "Vlasnici kafića na rivi strahuju da će izgubiti goste dok traju radovi, pa traže"
            " privremene terase uz more.",
            "Gradonačelnik je obećao da će terase ostati otvorene.",
        ],
        ["Pročitajte i ovo"],
        [
            "Trogir dobiva novi most prema Čiovu",
            "Most će biti gotov do ljeta, a promet kroz stari grad bit će znatno manji.",
            "Makarska uvodi naplatu parkiranja uz plažu",
            "Od lipnja će se parkiranje uz obalu plaćati po satu, i to svaki dan.",
            "Omiš obnavlja staru tvrđavu iznad grada",
            "Novac je osiguran iz europskih fondova, a radovi počinju na jesen.",
        ],
    ),
]
NEGATIVES += [
    (
        "what's on: events with dates, after a share bar (en)",
        _text(
            "The harbour festival fills the quays every June, and this year's programme is the"
            " biggest yet, with music, boats and food from across the coast.",
            "Here is what is happening on each day of the festival, and where to find it.",
            "Share on Facebook",
            "Tall ships parade",
            "Friday 14 June",
            "Twelve sailing ships enter the harbour in a line, led by the lifeboat crew.",
            "Sea shanty night",
            "Saturday 15 June",
            "Choirs from four ports sing on the quay until the last ferry leaves.",
            "Oyster market",
            "Sunday 16 June",
            "Growers from the estuary sell from their boats, and the pubs cook what is left.",
        ),
    ),
    (
        "dates of a programme, after a header of the page (de)",
        _text(
            "Das Hafenfest füllt jedes Jahr im Juni die Kais, und das Programm ist in diesem"
            " Jahr größer denn je, mit Musik, Booten und Essen von der ganzen Küste.",
            "Hier steht, was an jedem Tag des Festes passiert und wo es stattfindet.",
            "Programm",
            "Parade der Großsegler",
            "Freitag, 14. Juni",
            "Zwölf Segelschiffe laufen in einer Reihe in den Hafen ein, angeführt vom Rettungsboot.",
            "Shanty-Abend am Kai",
            "Samstag, 15. Juni",
            "Chöre aus vier Häfen singen am Kai, bis die letzte Fähre ablegt.",
            "Austernmarkt",
            "Sonntag, 16. Juni",
            "Züchter aus der Flussmündung verkaufen direkt von ihren Booten.",
        ),
    ),
]


def _removed(cleaner: RemoveBoilerplate, text: str) -> set[str]:
    return {
        line.strip() for change in cleaner.explain(text)[1] for line in change.before.split("\n")
    }


def main() -> int:
    """Print teaser lines removed and hard-negative lines removed, per configuration."""
    for name, cleaner in (
        ("default", RemoveBoilerplate()),
        ("web", RemoveBoilerplate(strength="web")),
    ):
        teasers = gone = 0
        missed: list[str] = []
        for lang, body, furniture, lines in POSITIVES:
            removed = _removed(cleaner, "\n".join([*body, *furniture, *lines]))
            teasers += len(lines)
            gone += sum(line in removed for line in lines)
            lost = [line for line in body if line in removed]
            if lost:
                missed.append(f"  {lang}: body lost {lost}")
            if not all(line in removed for line in lines):
                missed.append(
                    f"  {lang} run: {sum(line in removed for line in lines)}/{len(lines)}"
                )
        for lang, body, lines in INSIDE:
            removed = _removed(cleaner, "\n".join([body[0], *lines, *body[1:]]))
            teasers += len(lines)
            gone += sum(line in removed for line in lines)
            if not all(line in removed for line in lines):
                missed.append(
                    f"  {lang} inside: {sum(line in removed for line in lines)}/{len(lines)}"
                )
        wrong = 0
        for title, text in NEGATIVES:
            lost = _removed(cleaner, text) - SHARE_BARS - {""}
            wrong += len(lost)
            if lost:
                missed.append(f"  negative {title}: removed {sorted(lost)}")
        print(f"{name}: teaser lines removed {gone}/{teasers}; hard-negative lines removed {wrong}")
        print(*missed, sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
