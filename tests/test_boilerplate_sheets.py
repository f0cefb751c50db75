"""remove_boilerplate keeps content shaped like furniture: data sheets without colons, teams."""

import pytest

from textclean._filters.boilerplate import RemoveBoilerplate

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
