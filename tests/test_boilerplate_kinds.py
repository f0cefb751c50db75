"""remove_boilerplate leaves texts that are not pages alone (textclean/_filters/boilerplate/kinds.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textclean._filters.boilerplate import RemoveBoilerplate, Strength, kinds
from textclean._filters.boilerplate.kinds import not_a_page

_HELP = (
    "Sie können jederzeit eine Sicherung Ihrer Einstellungen anlegen. Geben Sie dazu einen "
    "Namen ein und bestätigen Sie mit der Schaltfläche unten."
)
_HELP_ES = (
    "Puede guardar en cualquier momento una copia de su configuración. Escriba un nombre "
    "para la copia y pulse el botón de abajo para confirmar."
)
_PROSE = (
    "Der Gemeinderat hat am Dienstag beschlossen, die Stadtbibliothek auch im Sommer an "
    "allen Wochentagen geöffnet zu lassen, obwohl das Budget knapp ist."
)

# Variants written after the rules were frozen: none is a sweep document.
UI_LIST = "\n".join(
    [
        "Einstellungen",
        _HELP,
        "Sicherung wiederherstellen",
        "Mit vorheriger Sicherung vergleichen",
        "Mit aktueller Sicherung vergleichen",
        "Zurück",
        "Abbrechen",
        "Weiter",
    ]
)
NOT_PAGES = {
    "ui list of short strings with a help text (es)": "\n".join(
        [
            "Guardar copia",
            _HELP_ES,
            "Copia guardada.",
            "Comparar con la copia anterior",
            "Comparar con la copia actual",
            "Restaurar copia",
            "Borrar copia",
        ]
    ),
    "mail with headers (fr)": (
        "From: equipe@example.org\nSubject: Votre inscription\nTo: vous@example.org\n\n"
        "Bonjour,\n\nMerci de votre inscription à la lettre d'information de l'association. "
        "Vous recevrez un message chaque mois avec les nouvelles du quartier.\n\n"
        "Se désabonner\nPartager sur Facebook"
    ),
    "mail template with placeholders (es)": (
        "Hola ${nombre}:\n\nHemos recibido tu solicitud para la lista $lista. Para confirmar "
        "la suscripción responde a este mensaje sin cambiar el asunto.\n\nSuscríbete\nCompartir"
    ),
    "markdown readme with badges (en)": (
        "![build](https://ci.example.org/badge.svg)\n![coverage](https://cov.example.org/b.svg)\n"
        "A small library that parses timetables from transit agencies and returns them as "
        "plain records, with no dependencies beyond the standard library.\n\n"
        "Follow us on Twitter\nShare\n\n[docs]: https://docs.example.org"
    ),
    "rest changelog (fr)": (
        "2.4.0 (2024-03-02)\n------------------\n\n"
        "- Correction des traductions italiennes et mise à jour du catalogue néerlandais, "
        "qui manquait depuis la version précédente.\n[marie]\n\n"
        "2.3.9 (2024-01-15)\n------------------\n\n- Mise à jour du catalogue.\n"
    ),
    # Two-column tables: glossaries and translation tables, written for this
    # test after the rule was frozen (the rule was read from none of them).
    "glossary with = (de)": (
        "The page you are looking for could not be found on this server. = Die gesuchte "
        "Seite wurde auf diesem Server nicht gefunden.\n"
        "Your changes have been saved and will be visible to other editors shortly. = Ihre "
        "Änderungen wurden gespeichert und sind bald für andere sichtbar.\n"
        "Share = Teilen\nComments = Kommentare\nHome = Startseite\nNewsletter = Newsletter"
    ),
    "translation table with | (ru)": (
        "Главная | Home\nПодписаться на рассылку | Subscribe to the newsletter\n"
        "Не удалось сохранить изменения, попробуйте ещё раз через несколько минут. | "
        "Your changes could not be saved, please try again in a few minutes.\n"
        "Похожие статьи | Related articles\nКомментарии | Comments"
    ),
    "term list with an em dash (pl)": (
        "Strona główna — Home\nUdostępnij — Share\n"
        "Nie masz uprawnień do edytowania tej strony, skontaktuj się z administratorem. — "
        "You do not have permission to edit this page, contact the administrator.\n"
        "Czytaj także — Read also\nKontakt — Contact"
    ),
    "glossary with a slash (ja)": (
        "ホーム / Home\nコメントを書く / Write a comment\n"
        "このページを編集する権限がありません。管理者に連絡してください。 / "
        "You do not have permission to edit this page. Please contact the administrator.\n"
        "関連記事 / Related articles\nニュースレター登録 / Newsletter sign-up"
    ),
    "html source of a help page (it)": (
        "<h2>Per iniziare</h2>\n<p>Prima di esplorare il sito appena creato, accedi come "
        "amministratore e cambia la password predefinita, poi controlla le impostazioni.</p>\n"
        "<ul>\n<li>Utenti</li>\n<li>Notizie</li>\n</ul>"
    ),
}


@pytest.mark.parametrize(
    ("name", "strength"),
    [(name, strength) for name in sorted(NOT_PAGES) for strength in ("default", "web")],
)
def test_a_text_that_is_not_a_page_keeps_every_line(name: str, strength: Strength) -> None:
    """A UI list, a mail, a README, a changelog or HTML source loses no line, in either strength."""
    text = NOT_PAGES[name]
    assert RemoveBoilerplate(strength=strength)(text) == text


@pytest.mark.xfail(
    strict=True,
    reason="cue words at the ends of a list of strings (Einstellungen, Zurück) still read as "
    "furniture: a list of strings has no mark of its kind that pages lack",
)
@pytest.mark.parametrize("strength", ["default", "web"])
def test_a_ui_list_with_cue_words_keeps_every_line(strength: Strength) -> None:
    """A list of interface strings whose ends are cue words loses no line (not yet)."""
    text = UI_LIST
    assert RemoveBoilerplate(strength=strength)(text) == text


@pytest.mark.parametrize("name", sorted(n for n in NOT_PAGES if "ui list" not in n))
def test_each_kind_is_named(name: str) -> None:
    """The structural marks name the kind of every variant that is not a list of strings."""
    assert not_a_page(NOT_PAGES[name]) is not None


# Negatives: pages with furniture keep losing it.
_MENU = ["Startseite", "Politik", "Wirtschaft", "Kultur", "Sport", "Lokales"]
_FOOTER = ["Impressum", "Datenschutz", "Kontakt", "Mediadaten", "Karriere", "AGB"]


def test_a_page_with_menus_keeps_losing_them() -> None:
    """A page's menu and footer around an article of several paragraphs still go; the title stays."""
    body = [_PROSE, _PROSE.replace("Dienstag", "Mittwoch"), _PROSE.replace("Sommer", "Winter")]
    text = "\n".join([*_MENU, "Bibliothek bleibt offen", *body, *_FOOTER])
    assert RemoveBoilerplate()(text) == "\n".join(["Bibliothek bleibt offen", *body])


def test_a_short_article_amid_a_whole_page_keeps_losing_its_furniture() -> None:
    """A light main block is a page's when a page's worth of lines surrounds it."""
    more = ["Wetter", "Verkehr", "Leserbriefe", "Podcasts", "Archiv", "Newsletter"]
    body = [
        f"{_PROSE} Die Stadt zahlt die Stunden aus dem Kulturetat.",
        _PROSE.replace("Dienstag", "Mittwoch"),
    ]
    end = ["Cookie-Einstellungen", "Barrierefreiheit", "Hilfe"]
    text = "\n".join([*_MENU, *more, "Bibliothek bleibt offen", *body, *_FOOTER, *end])
    assert RemoveBoilerplate()(text) == "\n".join(["Bibliothek bleibt offen", *body])


def test_a_page_with_a_share_bar_and_tags_keeps_losing_them() -> None:
    """Cue lines at the end of an article go: it has no marks of another kind."""
    body = f"{_PROSE}\n\n{_PROSE.replace('Dienstag', 'Mittwoch')}"
    text = f"{body}\n\nTeilen auf Facebook\nTeilen auf WhatsApp\nSchlagwörter: Bibliothek, Stadt"
    assert RemoveBoilerplate()(text) == body


@pytest.mark.parametrize(
    "line",
    ["Sie sind hier: Startseite", "Preis: $5", "<script>var x = 1;</script>", "Meta {M}"],
)
def test_a_stray_mark_makes_no_kind(line: str) -> None:
    """One leftover of a page's source (a script, a price, an access key) names no kind."""
    assert not_a_page(f"{_PROSE}\n{line}\nImpressum") is None


# Pieces of every mark and of near misses, so the loose first scans meet them.
_MARK_PIECES = st.sampled_from([
    "<p>", "</li>", "<b>x</b>", "<h2>T</h2>", "<", "a<b", ".. image:: x", ".. _t: u", ".. ",
    ":target: x", ":x:", "```", "![a](b)", "[a]: http://x", "[a]", "===", "---", "~~~", "^^^",
    '"""', "'''", "``x``", "`x`_", "`x`__", "1.2.0 (2024-03-02)", "v2.1 (2020-01-01)", "1.2 (",
    "From: a", "Subject: b", "Reply-To: c", "${name}", "$name", "$5", "%(count)s", "%(", "{a_b}",
    "{x}", "{", "$", "%", "`", ":", "[", "!", "=", "-", "x", "word", " ", "\t", "\n", "\n\n",
])  # fmt: skip


@given(st.lists(_MARK_PIECES, max_size=12).map("".join))
def test_first_scans_miss_no_mark(text):
    """Where the loose first scans find nothing, the full pattern finds no mark either."""
    loose = (
        kinds._MAY_MARK.search(text)
        or kinds._MAY_MARK_FIRST_LINE.match(text)
        or kinds._MAY_MARK_LINE.search(text)
    )
    if loose is None:
        assert kinds._MARKS.search(text) is None
    assert kinds.may_mark(text) == (loose is not None)  # its substring tests lose no scan's find


# A text without a paragraph of prose (short strings, none a sentence): only the
# lines platforms print whole may go, and only if it may be a page. Whether it
# is none is asked only then (variants written for this test).
_STRINGS = ["Abfahrt um acht", "Gleis drei", "Verspätung zehn Minuten", "Ersatzbus ab Bahnhof"]
_PRINTED = "Share this:"  # a catalog line with a space: printed by platforms


def test_a_text_without_a_body_loses_its_printed_lines() -> None:
    """Among short strings, a line platforms print whole goes (the text may be a page)."""
    text = "\n".join([*_STRINGS, _PRINTED])
    assert RemoveBoilerplate()(text) == "\n".join(_STRINGS)


def test_a_text_without_a_body_that_is_no_page_keeps_them() -> None:
    """The same strings in source markup (reST fields): no page, so the printed line stays."""
    text = "\n".join([":Autor: Bahn", ":Stand: heute", *_STRINGS, _PRINTED])
    assert not_a_page(text) is not None
    assert RemoveBoilerplate()(text) == text


@given(
    st.lists(
        st.sampled_from([*_STRINGS, _PRINTED, "Like this:", ":Stand: heute", ".. note::", "Email"]),
        min_size=1,
        max_size=8,
    )
)
def test_a_text_without_a_body_loses_only_printed_lines_and_none_if_no_page(lines):
    """From a text without a paragraph only printed lines go, and none if it is no page."""
    text = "\n".join(lines)
    kept = RemoveBoilerplate()(text).split("\n")
    if not_a_page(text) is not None:
        assert kept == lines
    else:
        gone = list(lines)
        for line in kept:  # the kept lines, in order, are the text's lines less some
            del gone[gone.index(line)]
        assert set(gone) <= {_PRINTED, "Like this:"}
