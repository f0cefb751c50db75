"""remove_boilerplate keeps content shaped like furniture: data sheets without colons, teams."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from textclean._filters.boilerplate import RemoveBoilerplate, sheets
from textclean._filters.boilerplate.blocks import Line
from textclean._filters.boilerplate.signals import signals

STRENGTHS = [RemoveBoilerplate(), RemoveBoilerplate(strength="web")]

# Strings written for these tests (after the rules), in the shape of text
# extracted from whole pages: a menu, a paragraph or two, the block, a footer.
MENU = ["Startseite", "Produkte", "Angebote", "Magazin", "Kontakt", "Filialen", "Karriere"]
FOOTER = ["Impressum", "Datenschutz", "AGB", "Versand", "Zahlungsarten", "Newsletter"]
PROSE = [
    "This compact lamp folds flat for travel and charges from any USB port in about two hours,"
    " which makes it a good companion for camping trips and long train journeys.",
    "Its three brightness levels are set with a single button, and the light stays on for up"
    " to twelve hours at the lowest level according to our own measurements.",
]

SHEETS = {
    "en lamp": ["Specifications", "Model", "LX-200 Fold", "Weight", "180 g", "Battery",
                "2,000 mAh", "Colour", "Slate grey", "Warranty", "2 years"],
    "fr vélo": ["Caractéristiques", "Cadre", "Aluminium 6061", "Poids", "11,4 kg", "Vitesses",
                "Shimano 1 x 11", "Freins", "Disques hydrauliques", "Prix", "1 299 €"],
    "es cafetera": ["Ficha técnica", "Capacidad", "1,2 litros", "Potencia", "1450 W",
                    "Presión", "15 bar", "Color", "Negro mate", "Garantía", "3 años"],
    "pl laptop": ["Dane techniczne", "Procesor", "Intel Core i5-1235U", "Pamięć RAM", "16 GB",
                  "Ekran", "15,6 cala", "System", "Windows 11", "Waga", "1,7 kg"],
    "it scarpa": ["Dettagli", "Tomaia", "Pelle scamosciata", "Suola", "Gomma 4 mm",
                  "Tacco", "2,5 cm", "Numeri", "dal 36 al 41", "Codice", "SC-88231"],
    "nl wasmachine": ["Productinformatie", "Vulgewicht", "8 kg", "Toerental", "1400 tpm",
                      "Energieklasse", "A", "Geluidsniveau", "72 dB", "Artikelnummer", "WM8-114"],
}  # fmt: skip

TEAMS = {
    "en staff": ["Our people", "Hannah Oakes", "Managing Director", "Peter Lindqvist",
                 "Head of Engineering", "Grace Mbeki", "Senior Designer", "Tomás Ribeiro",
                 "Customer Success Manager", "Yuki Tanaka", "Office Assistant"],
    "fr équipe": ["Notre équipe", "Claire Dubois", "Directrice générale", "Marc Lefèvre",
                  "Responsable commercial", "Sophie Martin", "Chargée de communication",
                  "Julien Bernard", "Ingénieur qualité", "Amélie Roux", "Comptable"],
    "es equipo": ["Equipo", "Lucía Fernández", "Socia fundadora", "Javier Morales",
                  "Director técnico", "Carmen Ortega", "Jefa de proyectos", "Pablo Ruiz",
                  "Asesor fiscal", "Elena Castro", "Gerente"],
    "de spalten": ["Unser Team", "Sabine Kühn", "Jörg Albrecht", "Tobias Frey",
                   "Inhaberin", "Werkstattmeister", "Kfz-Mechatroniker Geselle"],
}  # fmt: skip


def removed(text: str, cleaner: RemoveBoilerplate) -> list[str]:
    return [c.before.strip() for c in cleaner.explain(text)[1] if c.before.strip()]


def page(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part)


@pytest.mark.parametrize("cleaner", STRENGTHS)
@pytest.mark.parametrize("name", sorted(SHEETS))
def test_a_data_sheet_without_colons_stays(name: str, cleaner: RemoveBoilerplate) -> None:
    """Labels over values, pair after pair, are the page's content: the menu and footer still go."""
    sheet = SHEETS[name]
    text = page(MENU, PROSE, sheet, FOOTER)
    gone = removed(text, cleaner)
    assert not set(sheet) & set(gone)
    assert set(FOOTER) <= set(gone)


@pytest.mark.parametrize("cleaner", STRENGTHS)
@pytest.mark.parametrize("name", sorted(TEAMS))
def test_a_team_of_names_and_jobs_stays(name: str, cleaner: RemoveBoilerplate) -> None:
    """Names each over a job, or a column of names over a column of jobs, stay."""
    team = TEAMS[name][1:]
    text = page(MENU, PROSE, TEAMS[name][:1], team, FOOTER)
    gone = removed(text, cleaner)
    assert not set(team) & set(gone)
    assert set(FOOTER) <= set(gone)


# Negatives: furniture with a sheet's or a team's look keeps going.
SHARE_COUNTS = ["Print", "81K", "Save", "4K", "Pinterest", "11K", "Email", "3K", "Facebook", "9K"]
DATED_HEADLINES = ["Weitere Artikel", "Hafen", "12.06.2023", "Brücke", "11.06.2023", "Schulen",
                   "10.06.2023", "Wahlen", "09.06.2023", "Wetter", "08.06.2023"]  # fmt: skip
ARCHIVE = ["Archiv", "Politik", "(182)", "Reisen", "(97)", "Kultur", "(89)", "Sport", "(40)"]
TITLE_CASE_MENU = ["About Us", "Contact Us", "Career Opportunities", "FAQ", "The Plain Dealer",
                   "Sun News", "eNewsletters", "Subscriber Services", "Media Insider Rewards",
                   "View My Profile", "Report a Delivery Issue", "Place a Vacation Request"]  # fmt: skip
PRODUCT_MENU = ["Firewall Analyzer", "Avecto", "Blue Coat", "Content Analysis System",
                "Malware Analysis Appliance", "Bromium", "FAQ zu Bromium", "Check Point",
                "Capsule", "Identity Awareness", "IPS"]  # fmt: skip
AUTHOR_CARDS = ["Anna Berg", "Reporterin", "Anna Berg", "Reporterin", "Anna Berg", "Reporterin",
                "Anna Berg", "Reporterin"]  # fmt: skip


@pytest.mark.parametrize(
    "block",
    [SHARE_COUNTS, DATED_HEADLINES, ARCHIVE, TITLE_CASE_MENU, PRODUCT_MENU, AUTHOR_CARDS],
    ids=["share counts", "dated headlines", "archive", "title-case menu", "product menu",
         "author cards"],
)  # fmt: skip
def test_furniture_shaped_like_a_sheet_still_goes(block: list[str]) -> None:
    """Counts, dates, a menu in title case and repeated names are no sheet and no team."""
    text = page(MENU, PROSE, block, FOOTER)
    before = removed(text, STRENGTHS[1])
    assert set(block) <= set(before)


# --- the data sheets' tables answer as the walk of old did ---------------------
# The walk of old, kept as the reference: each chain walked, trimmed and
# measured again from each line (quadratic on a long run of short lines).


def _old_cued(content: list[Line], start: int) -> bool:
    return any(
        line.signals is not None and line.signals.cues for line in content[start : start + 2]
    )


def _old_sheet(content: list[Line], start: int, end: int) -> tuple[int, int] | None:
    while end - start >= 2 and not sheets._DIGIT.search(content[end - 1].text):
        end -= 2
    first = start
    while (
        end - start >= 2
        and not sheets._DIGIT.search(content[start + 1].text)
        and _old_cued(content, start)
    ):
        start += 2
    pairs = (end - start) // 2
    if pairs < sheets._MIN_PAIRS:
        return None
    labels = {content[i].text.casefold() for i in range(start, end, 2)}
    measured = [
        content[i].text for i in range(start + 1, end, 2) if sheets._DIGIT.search(content[i].text)
    ]
    if (
        len(labels) < pairs
        or 2 * len(measured) < pairs
        or len({sheets._shape(value) for value in measured}) < sheets._MIN_SHAPES
    ):
        return None
    header = start - 1 if start == first and start and sheets._header(content[start - 1]) else start
    return header, end


def _old_data_sheets(content: list[Line]) -> list[tuple[int, int]]:
    found = []
    pos = 0
    while pos + 2 * sheets._MIN_PAIRS <= len(content):
        reach = len(content)
        for start in (pos, pos + 1):
            end = start
            while (
                end + 1 < len(content)
                and sheets._label(content[end])
                and sheets._short(content[end + 1], sheets._MAX_VALUE_WORDS)
            ):
                end += 2
            reach = min(reach, end)
            if (sheet := _old_sheet(content, start, end)) is not None:
                found.append(sheet)
                reach = sheet[1] + 1
                break
        pos = max(pos + 1, reach - 1)
    return found


# Labels (some written twice, some cued), values of several shapes, and lines of neither.
_LABELS = ["Price", "PRICE", "Weight", "Colour", "Tax", "Battery", "Share", "Newsletter", "Home"]
_VALUES = ["12 kg", "£51.77", "£0.00", "2 years", "3 years", "In stock (22 available)", "Books",
           "Slate grey", "12.06.2023", "11.06.2023", "1450 W", "A", "a897fe39", "Read more"]  # fmt: skip
_OTHERS = ["Product Information", "Sign up now", "It rained all day.", "Follow us on Twitter",
           "Price of 12 kg"]  # fmt: skip
_CELLS = st.one_of(
    st.tuples(st.sampled_from(_LABELS), st.sampled_from(_VALUES)),
    st.sampled_from(_OTHERS + _VALUES).map(lambda text: (text,)),
)


@st.composite
def _runs(draw: st.DrawFn) -> list[Line]:
    texts = [text for cell in draw(st.lists(_CELLS, max_size=30)) for text in cell]
    return [
        Line(
            index,
            text,
            0,
            prose=draw(st.booleans()) and text.endswith("."),
            signals=signals(text) if draw(st.booleans()) else None,
            candidate=None,
        )
        for index, text in enumerate(texts)
    ]


@given(_runs())
@example(
    [
        Line(i, t, 0, prose=False, signals=None, candidate=None)
        for i, t in enumerate(SHEETS["en lamp"] * 3)
    ]
)
def test_data_sheets_found_as_the_walk_of_old_found_them(run: list[Line]) -> None:
    assert sheets._data_sheets(run) == _old_data_sheets(run)
