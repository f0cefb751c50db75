"""remove_boilerplate's comment threads: the name and date lines of readers' comments, by structure."""

from hypothesis import given
from hypothesis import strategies as st

from textclean._filters.boilerplate import RemoveBoilerplate

default = RemoveBoilerplate()

# Strings written for these tests after the rule was frozen, in other words and
# languages than the pages it was written from.
ARTICLE = [
    "El ayuntamiento aprobó el martes un plan para plantar dos mil árboles en los barrios del"
    " sur antes del verano, después de un año en el que las temperaturas batieron récords.",
    "La concejala de medio ambiente explicó que los vecinos podrán elegir las especies en una"
    " consulta abierta, y que el riego se hará con agua reciclada de la depuradora.",
    "Las obras empezarán en marzo y durarán unos cuatro meses.",
]
THREAD_ES = [
    "14 comentarios en «Dos mil árboles para el sur»",
    "Marta G. dice:",
    "3 de marzo de 2024 a las 10:15",
    "Por fin una buena noticia para el barrio, ya era hora.",
    "Responder",
    "Paco dice:",
    "3 de marzo de 2024 a las 11:02",
    "¿Y quién va a pagar el riego dentro de cinco años?",
    "7",
    "Responder",
]


def removed(text, cleaner=default):
    return [c.before.strip() for c in cleaner.explain(text)[1] if c.before.strip()]


def page(*parts):
    return "\n".join(line for part in parts for line in part)


class TestCommentThreads:
    def test_names_dates_counts_and_reply_buttons_go_the_comments_stay(self):
        """A thread's furniture goes in Spanish; what the readers wrote stays."""
        text = page(ARTICLE, THREAD_ES)
        gone = removed(text)
        assert "Marta G. dice:" in gone
        assert "3 de marzo de 2024 a las 11:02" in gone
        assert "7" in gone
        assert "14 comentarios en «Dos mil árboles para el sur»" in gone
        assert "Por fin una buena noticia para el barrio, ya era hora." not in gone
        assert "¿Y quién va a pagar el riego dentro de cinco años?" not in gone
        reasons = {c.before.strip(): c.reason for c in default.explain(text)[1]}
        assert reasons["Paco dice:"].startswith("comment_form: the furniture of a thread of 2")

    def test_units_without_a_cue_in_the_name_in_italian_and_polish(self):
        """Bare names above dates are told by the reply button among them, in any language."""
        thread_it = [
            "Giulia Bianchi",
            "12 aprile 2023 alle 18:40",
            "Articolo molto chiaro, grazie.",
            "Rispondi",
            "Lorenzo",
            "13 aprile 2023 alle 09:05",
            "Non sono d'accordo sulla parte finale.",
            "Rispondi",
        ]
        gone = removed(page(ARTICLE, thread_it))
        assert {"Giulia Bianchi", "12 aprile 2023 alle 18:40", "Lorenzo"} <= set(gone)
        assert "Non sono d'accordo sulla parte finale." not in gone
        thread_pl = [
            "tomek_k",
            "2022-11-05 21:14:09",
            "A co z osiedlami na północy miasta?",
            "odpowiedz",
            "Ewa",
            "2022-11-06 07:30:41",
            "Dobry pomysł, oby tylko dotrzymali terminu.",
            "odpowiedz",
        ]
        gone = removed(page(ARTICLE, thread_pl))
        assert {"tomek_k", "2022-11-06 07:30:41", "Ewa"} <= set(gone)
        assert "Dobry pomysł, oby tylko dotrzymali terminu." not in gone

    def test_a_list_of_events_with_dates_stays(self):
        """Titles above dates with no comment form among them are a programme, not a thread."""
        events = [
            "Taller de poda",
            "12 de abril de 2024, 10:00",
            "Para vecinos y vecinas de todas las edades.",
            "Paseo botánico",
            "19 de abril de 2024, 17:30",
            "Salida desde la plaza mayor.",
            "Deja un comentario",
        ]
        gone = removed(page(ARTICLE, events))
        assert "Taller de poda" not in gone
        assert "19 de abril de 2024, 17:30" not in gone
        assert "Paseo botánico" not in gone

    def test_a_lone_unit_is_no_thread(self):
        """One name above one date, even beside a reply button, is not enough."""
        text = page(
            ARTICLE, ["Marta G.", "3 de marzo de 2024 a las 10:15", "Por fin.", "Responder"]
        )
        assert "Marta G." not in removed(text)

    def test_nothing_goes_before_the_body(self):
        """Names and dates above the article's first paragraph are a byline, not a thread."""
        top = ["Ana Ruiz", "2 de marzo de 2024 a las 08:00", "Luis Gómez", "2 de marzo de 2024"]
        text = page(top, ["Responder"], ARTICLE)
        gone = removed(text)
        assert "Ana Ruiz" not in gone
        assert "Luis Gómez" not in gone


@given(st.lists(st.sampled_from(THREAD_ES + ARTICLE), max_size=12))
def test_threads_idempotent_prose_kept(lines):
    """Any mix of thread lines and prose: the filter is idempotent and keeps the prose."""
    text = page(ARTICLE, lines)
    once = default(text)
    assert default(once) == once
    for line in ARTICLE:
        assert line in once


class TestFormFields:
    """A comment form's field left standing among removed fields joins the form's sentences."""

    def test_a_field_label_then_the_forms_sentences_go_in_french_and_italian(self):
        """'Site web' and 'Sito web' between removed fields and the form's consent sentences."""
        for form in (
            [
                "Laisser un commentaire",
                "Nom *",
                "Adresse e-mail *",
                "Site web",
                "Enregistrer mon nom et mon adresse e-mail dans ce navigateur pour mon prochain"
                " commentaire.",
                "Prévenez-moi de tous les nouveaux commentaires par e-mail.",
            ],
            [
                "Lascia un commento",
                "Nome *",
                "Email *",
                "Sito web",
                "Avvisami via email in caso di risposte al mio commento.",
            ],
        ):
            text = page(ARTICLE, form)
            assert default(text) == page(ARTICLE), form

    def test_field_labels_without_a_sentence_of_the_form_stay(self):
        """Short lines after removed furniture with no sentence of a form are not its fields."""
        lines = ["Advertisement", "Sponsored", "Resumen", "Las obras durarán cuatro meses."]
        gone = removed(page(ARTICLE[:2], lines, ARTICLE[2:]))
        assert "Resumen" not in gone
