"""
Acronyms in capitals written with Latin twins inside Cyrillic or Greek text.

A word of Latin capitals in Cyrillic or Greek prose is usually a genuine
acronym (``NATO``, ``USB``, ``BBC``, ``HTTP``) and stays. It was written
with swapped letters where its Cyrillic or Greek reading is an acronym that
language writes (``ΕΟΚ``, ``ТАСС``) and its Latin reading is a word of no
Latin-script language the lexicon has. Variants written before the rule,
other acronyms and languages than the miss that prompted it (``(EOK)``).
"""

import pytest

from textclean._filters.homoglyphs import fix_homoglyphs


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        # Greek: a party's initials in parentheses after its name.
        (
            "Το Κομμουνιστικό Κόμμα Ελλάδας (KKE) κατέθεσε χθες τροπολογία στη Βουλή.",
            "Το Κομμουνιστικό Κόμμα Ελλάδας (ΚΚΕ) κατέθεσε χθες τροπολογία στη Βουλή.",
        ),
        # Greek: mid-sentence, no parentheses.
        (
            "Η EPT μετέδωσε ζωντανά την τελετή έναρξης των αγώνων.",
            "Η ΕΡΤ μετέδωσε ζωντανά την τελετή έναρξης των αγώνων.",
        ),
        # Russian: a news agency named as the source.
        (
            "Об этом сообщает агентство TACC со ссылкой на источники в правительстве.",
            "Об этом сообщает агентство ТАСС со ссылкой на источники в правительстве.",
        ),
        # Russian: a company form before a quoted name.
        (
            "Договор подписан с OAO «Северсталь» на три года.",
            "Договор подписан с ОАО «Северсталь» на три года.",
        ),
        # Bulgarian: an alliance in parentheses.
        (
            "България е член на Организацията на Северноатлантическия договор (HATO) от 2004 година.",
            "България е член на Организацията на Северноатлантическия договор (НАТО) от 2004 година.",
        ),
        # Ukrainian: a historical state.
        (
            "Після розпаду CCCP у 1991 році Україна стала незалежною державою.",
            "Після розпаду СССР у 1991 році Україна стала незалежною державою.",
        ),
    ],
)
def test_swapped_acronym_is_repaired(broken: str, fixed: str) -> None:
    assert fix_homoglyphs(broken) == fixed


@pytest.mark.parametrize(
    "text",
    [
        # Latin acronyms that are words of some Latin-script language stay.
        "Сервис Би-би-си (BBC) сообщил, что протокол HTTP устарел.",
        "Компания наняла нового CEO, а сервер работает по TCP.",
        "Қазақстан NATO-мен ынтымақтастықты дамытып, USB құрылғыларын шығарады.",
        "Монгол улс iPhone утсыг импортолдог бөгөөд BMW X5 машин их зарагддаг.",
        "Србија није чланица NATO савеза, али сарађује са ОЕБС-ом.",
        "България купи нови ATM устройства и HP компютри за банките.",
        "Η ABC μετέδωσε την είδηση, όπως και το CNN.",
        # Roman numerals stay.
        "В XX веке и в XXI веке Россия пережила многое.",
        # A capital word of twins unknown to every lexicon, whose
        # Cyrillic reading is none either, stays (a model or code name).
        "Модель KPX вышла в продажу в прошлом году.",
    ],
)
def test_genuine_latin_acronym_stays(text: str) -> None:
    assert fix_homoglyphs(text) == text
