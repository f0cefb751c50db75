"""
remove_boilerplate's mirrors stage: genuine documents that print one short line above and below.

A recipe's yield, a letter's sender, a poem's author, a report's marking, a
book's running head: a document of one author repeats such a line at its top
and its bottom on purpose, and the line is its own, not a site's template.
Written for this test (round 11, mirr12) before the stage's rule was changed,
in several languages; none is from a page any rule was written from.
"""

import pytest

from textclean._filters.boilerplate import RemoveBoilerplate

DOCUMENTS: dict[str, list[str]] = {
    "recipe-en": [
        "Serves 8",
        "Lemon drizzle cake",
        "Heat the oven to 180C and line a loaf tin with baking paper, leaving the ends to hang"
        " over so you can lift the cake out when it has cooled.",
        "Beat the butter and sugar until pale, add the eggs one at a time, then fold in the"
        " flour and the zest of two lemons until the batter is smooth.",
        "While the cake bakes, stir the juice of the lemons into the icing sugar and pour it"
        " over the warm sponge so that it soaks in and sets to a crust.",
        "Serves 8",
    ],
    "recipe-de": [
        "Für 4 Personen",
        "Apfelkuchen vom Blech",
        "Die Äpfel schälen, vierteln und in dünne Spalten schneiden, dann mit etwas"
        " Zitronensaft beträufeln, damit sie nicht braun werden.",
        "Butter, Zucker und Eier schaumig rühren, das Mehl mit dem Backpulver unterheben und"
        " den Teig gleichmäßig auf dem gefetteten Blech verstreichen.",
        "Die Apfelspalten dicht an dicht auf den Teig legen und den Kuchen etwa vierzig"
        " Minuten bei 175 Grad backen, bis er goldbraun ist.",
        "Für 4 Personen",
    ],
    "recipe-fr": [
        "Pour 6 personnes",
        "Tarte aux poireaux",
        "Lavez les poireaux, coupez-les en rondelles fines et faites-les fondre doucement"
        " dans le beurre pendant une vingtaine de minutes, sans les laisser colorer.",
        "Battez les œufs avec la crème, salez, poivrez, ajoutez une pincée de muscade puis"
        " mélangez cet appareil avec les poireaux refroidis.",
        "Versez le tout sur la pâte étalée dans le moule et enfournez trente-cinq minutes à"
        " 200 degrés, jusqu'à ce que le dessus soit bien doré.",
        "Pour 6 personnes",
    ],
    "recipe-it": [
        "Dosi per 4 persone",
        "Risotto alla zucca",
        "Tagliate la zucca a cubetti e fatela rosolare in una casseruola con un filo d'olio e"
        " mezza cipolla tritata finemente, finché non diventa morbida.",
        "Aggiungete il riso, tostatelo per due minuti e sfumate con il vino bianco, poi"
        " bagnate con il brodo caldo un mestolo alla volta, mescolando spesso.",
        "A fine cottura mantecate con il burro e il parmigiano grattugiato e lasciate riposare"
        " il risotto coperto per un paio di minuti prima di servirlo.",
        "Dosi per 4 persone",
    ],
    "recipe-pl": [
        "Porcje: 6",
        "Pierogi ruskie",
        "Ziemniaki ugotuj w osolonej wodzie, odcedź i przeciśnij przez praskę, a następnie"
        " wymieszaj z twarogiem i cebulą zeszkloną na maśle.",
        "Z mąki, ciepłej wody i odrobiny oleju zagnieć elastyczne ciasto, rozwałkuj je cienko"
        " i wykrawaj szklanką krążki, na które nakładasz farsz.",
        "Pierogi gotuj partiami w dużym garnku, a gdy wypłyną, wyjmij je łyżką cedzakową i"
        " podawaj z podsmażoną cebulką lub kwaśną śmietaną.",
        "Porcje: 6",
    ],
    "letter-en": [
        "Anna Kowalski",
        "Dear Margaret,",
        "Thank you for the parcel, which arrived on Tuesday in perfect condition; the children"
        " have already eaten half of the shortbread and are asking for the recipe.",
        "We are well here, although the garden suffered in the storm last week and we lost the"
        " old pear tree that your father planted the year we moved in.",
        "Do write when you have a moment and tell us whether you will come for Easter, as we"
        " would love to have you stay for as long as you like.",
        "With love,",
        "Anna Kowalski",
    ],
    "letter-de": [
        "Dr. Klaus Meier",
        "Sehr geehrte Frau Braun,",
        "vielen Dank für Ihr Schreiben vom 12. März, in dem Sie nach dem Stand der Arbeiten an"
        " der Dorfchronik fragen, die wir im Herbst herausgeben wollen.",
        "Die Texte sind inzwischen vollständig, und wir warten nur noch auf einige Fotografien"
        " aus dem Gemeindearchiv, die derzeit digitalisiert werden.",
        "Ich melde mich bei Ihnen, sobald der Druckauftrag erteilt ist, und lasse Ihnen dann"
        " selbstverständlich ein Exemplar zukommen.",
        "Mit freundlichen Grüßen",
        "Dr. Klaus Meier",
    ],
    "letter-fr": [
        "Claire Dubois",
        "Chère Hélène,",
        "Je t'écris depuis la maison de ma grand-mère, où nous passons quelques jours avant la"
        " rentrée, et le temps est si beau que nous vivons presque dehors.",
        "Les enfants ont appris à pêcher avec le voisin et rapportent chaque soir deux ou trois"
        " petits poissons qu'ils insistent pour faire griller eux-mêmes.",
        "J'espère que ton déménagement s'est bien passé et que tu trouveras vite tes repères"
        " dans ce nouveau quartier.",
        "Je t'embrasse,",
        "Claire Dubois",
    ],
    "letter-ru": [
        "Иван Петров",
        "Дорогая Мария!",
        "Спасибо за письмо и фотографии, они дошли до нас только вчера, потому что почта в"
        " нашем посёлке работает теперь лишь два раза в неделю.",
        "У нас всё хорошо, дети растут, а на прошлой неделе мы наконец закончили ремонт крыши,"
        " так что зимовать будем в тепле.",
        "Приезжай к нам летом, здесь очень красиво, и мы будем рады показать тебе озеро и"
        " старую мельницу.",
        "Обнимаю,",
        "Иван Петров",
    ],
    "poem-en": [
        "Robert Hale",
        "The Harbour at Dusk",
        "The boats come in with the last of the light, their engines low and tired, and the"
        " gulls go quiet on the sea wall as the lamps come on along the quay.",
        "A man in a yellow coat coils rope the way his father did, slowly, as if the knots"
        " remembered every winter they had held against the tide.",
        "And I stand at the rail until the water turns to ink, and the town behind me closes"
        " its doors one by one, and the harbour keeps its counsel.",
        "Robert Hale",
    ],
    "poem-es": [
        "Canción de la tarde",
        "Lucía Ferrer",
        "Cuando la tarde baja por las calles del pueblo y las golondrinas cruzan el campanario,"
        " mi madre abre la ventana y canta sin saber que la escucho.",
        "Canta de un río que no conocí, de un puente de piedra y de un muchacho que se fue a"
        " la ciudad y nunca volvió a escribir.",
        "Y yo guardo su canción como se guarda una llave antigua, sin puerta que abrir, solo"
        " por el peso tibio que tiene en la mano.",
        "Canción de la tarde",
    ],
    "report-en": [
        "CONFIDENTIAL",
        "Quarterly maintenance review",
        "During the third quarter the maintenance team completed 214 scheduled inspections and"
        " 37 unscheduled repairs, most of them on the older pumps at the eastern station.",
        "Two incidents required the line to be stopped for more than an hour; in both cases"
        " the cause was a worn seal that had passed its last inspection.",
        "We recommend replacing all seals of that series during the winter shutdown rather than"
        " waiting for each to fail.",
        "CONFIDENTIAL",
    ],
    "report-de": [
        "Entwurf – nicht zur Veröffentlichung",
        "Bericht des Kassenprüfers",
        "Die Kasse des Vereins wurde am 3. Februar in Anwesenheit des Schatzmeisters geprüft;"
        " alle Buchungen des Jahres waren vollständig und durch Belege nachgewiesen.",
        "Die Rücklage für die Sanierung des Vereinsheims wurde wie beschlossen aufgestockt und"
        " beträgt zum Jahresende knapp zwölftausend Euro.",
        "Ich empfehle der Mitgliederversammlung, den Vorstand für das abgelaufene Geschäftsjahr"
        " zu entlasten.",
        "Entwurf – nicht zur Veröffentlichung",
    ],
    "chapter-en": [
        "THE RIVER ROAD",
        "Chapter Seven",
        "By the time they reached the ferry the rain had stopped, and the river lay flat and"
        " brown under a sky that could not decide whether to clear.",
        "The ferryman took their coins without a word and pushed off, leaning on his pole as if"
        " the crossing were a hill he had climbed too many times.",
        "Halfway over, Tom looked back at the bank they had left and saw, for the first time,"
        " how small the village was against the dark line of the hills.",
        "THE RIVER ROAD",
    ],
    "minutes-en": [
        "Little Ashby Parish Council",
        "Minutes of the meeting of 4 June",
        "The chair opened the meeting at seven o'clock and welcomed two residents who had come"
        " to speak about the proposed footpath along the brook.",
        "Councillors agreed to ask the county for a survey of the path before any decision is"
        " made, and to report back at the July meeting.",
        "The clerk reported that the new noticeboard has been installed outside the village hall"
        " and that the old one will be repaired and moved to the playground.",
        "Little Ashby Parish Council",
    ],
    "faq-es": [
        "Versión 2.1",
        "Preguntas frecuentes sobre el préstamo de libros",
        "Los socios pueden llevarse hasta seis libros a la vez durante tres semanas, y pueden"
        " renovar el préstamo dos veces si nadie ha reservado el ejemplar.",
        "Si un libro se pierde o se estropea, el socio debe reponerlo o abonar su precio, pero"
        " la biblioteca no cobra recargos por los retrasos.",
        "Las revistas del mes en curso solo pueden consultarse en la sala de lectura y no se"
        " prestan hasta que llega el número siguiente.",
        "Versión 2.1",
    ],
    "manual-pt": [
        "Modelo CX-40",
        "Limpeza do filtro",
        "Desligue o aparelho da tomada e espere que arrefeça durante pelo menos dez minutos"
        " antes de abrir a tampa traseira para retirar o filtro.",
        "Lave o filtro em água morna com um pouco de detergente neutro, enxague bem e deixe"
        " secar completamente à sombra antes de o voltar a montar.",
        "Recomendamos repetir esta limpeza uma vez por mês, ou com mais frequência se o"
        " aparelho funcionar num ambiente com muito pó.",
        "Modelo CX-40",
    ],
    "speech-nl": [
        "Alleen het gesproken woord geldt",
        "Toespraak bij de opening van de nieuwe bibliotheek",
        "Beste inwoners, wat ben ik blij dat we hier vandaag eindelijk samen staan, in een"
        " gebouw waar zoveel mensen jaren aan hebben gewerkt.",
        "Deze bibliotheek is meer dan een plek met boeken: het is een huiskamer voor iedereen,"
        " jong en oud, die wil lezen, leren of gewoon even wil zitten.",
        "Ik dank de vrijwilligers, de architect en de bouwvakkers, en ik wens u allen veel"
        " leesplezier in uw nieuwe bibliotheek.",
        "Alleen het gesproken woord geldt",
    ],
}

_DEFAULT = RemoveBoilerplate()
_WEB = RemoveBoilerplate(strength="web")


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_a_document_that_repeats_its_own_line_keeps_every_line(name: str) -> None:
    """The default profile keeps the repeated line, and every other line, of a genuine document."""
    lines = DOCUMENTS[name]
    assert _DEFAULT("\n".join(lines)).split("\n") == lines


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_web_does_not_take_the_repeated_line_for_a_template(name: str) -> None:
    """
    The web profile's mirrors stage leaves the document alone.

    (web drops short lines at the very edges of any text by design: a letter's
    closing and signature go there for that reason, not as a template's.)
    """
    _, changes = _WEB.explain("\n".join(DOCUMENTS[name]))
    assert not [change for change in changes if "printed both above" in change.reason]


def test_the_stage_still_removes_a_template_of_two_lines() -> None:
    """Two lines printed above the title and below the body (a menu) still go: the rule bites."""
    lines = DOCUMENTS["recipe-en"]
    menu = ["Recipes", "Baking club"]
    text = "\n".join([*menu, *lines[1:-1], *menu])
    out = _DEFAULT(text).split("\n")
    assert out == lines[1:-1]


def test_one_line_printed_three_times_outside_the_article_goes() -> None:
    """A single line printed above the title and twice below the body is a template's (a source)."""
    lines = DOCUMENTS["report-en"]
    body = lines[1:-1]
    text = "\n".join(["Harbour Press", *body, "Harbour Press", "Contact", "Harbour Press"])
    out = _DEFAULT(text).split("\n")
    assert "Harbour Press" not in out
    assert all(line in out for line in body)
