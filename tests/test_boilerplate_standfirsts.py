"""
Teasers of other articles: a headline and its standfirst each (standfirsts.py).

The teasers and articles were written for these tests, in other words and
languages than the pages the rule was read from; none is a line of an
evaluation set. What an article holds in the same shape stays: its own
sections (a subhead and a paragraph), a review's list of books with a line
of summary each, a timeline of dated events, numbered steps.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_boilerplate_fresh_kinds import default, gone, web

from textclean._filters.boilerplate import standfirsts

BODY = [
    "The harbour board met on Monday to decide what to do with the old grain silo on the"
    " quay. Its owners want to turn the silo into flats for the harbour's workers.",
    "Fishermen who use the quay every morning say the lorries would block the only road to"
    " the slipway for months while the silo is rebuilt.",
    "A decision on the silo is expected in the autumn, after a second round of public"
    " consultation with the fishermen and the harbour's other users.",
]
SHARE = "Share on Facebook"
TEASERS = [
    "Night trains to the coast return after eleven years",
    "March 3, 2024",
    "Operators expect the sleeper service to sell out every weekend until October.",
    "How a village bakery survived the flour shortage",
    "February 27, 2024",
    "Its owner switched to spelt and rye, and queues now form before dawn.",
    "Record number of cranes counted on the wetlands",
    "February 20, 2024",
    "Volunteers counted more than four thousand birds over a single cold weekend.",
]
TEASERS_DE = [
    "Neue Radwege entlang der Weser geplant",
    "Die Stadt will bis 2027 zwölf Kilometer bauen, die Anwohner sind gespalten.",
    "Theater am Markt sucht neue Intendantin",
    "Nach zwanzig Jahren verabschiedet sich der Leiter mit einer letzten Premiere.",
    "Warum die Kirschen dieses Jahr so spät reif werden",
    "Ein kalter April hat die Blüte um fast drei Wochen verzögert, sagen Obstbauern.",
]
_RULE = "teasers in a row"


def _run_gone(removed: list[str]) -> bool:
    return any(line in removed for line in TEASERS[::3])


class TestRunsAfterTheBody:
    def test_teasers_with_dates_go(self):
        """Headlines, date stamps and standfirsts of other stories below the body go together."""
        text = "\n".join([*BODY, SHARE, *TEASERS])
        for cleaner in (default, web):
            removed = gone(text, cleaner)
            assert [line for line in TEASERS if line not in removed] == []
            assert not set(BODY) & set(removed)

    def test_teasers_in_german_go(self):
        """No word marks them: structure, place and topic do, in any language."""
        body = [
            "Der Hafenrat hat am Montag über den alten Getreidesilo am Kai beraten. Die"
            " Eigentümer wollen im Silo Wohnungen für Hafenarbeiter bauen.",
            "Die Fischer, die den Kai jeden Morgen nutzen, fürchten monatelange Staus auf der"
            " einzigen Zufahrt zur Slipanlage, solange der Silo umgebaut wird.",
        ]
        text = "\n".join([*body, "Weitere Artikel", *TEASERS_DE])
        assert set(TEASERS_DE) <= set(gone(text))

    def test_teasers_directly_below_the_body_stay_in_default(self):
        """Without furniture above or in the run, default keeps it; web takes five or more."""
        five = [
            "Night trains to the coast return after eleven years",
            "Operators expect the sleeper service to sell out every weekend until October.",
            "How a village bakery survived the flour shortage",
            "Its owner switched to spelt and rye, and queues now form before dawn.",
            "Record number of cranes counted on the wetlands",
            "Volunteers counted more than four thousand birds over a single cold weekend.",
            "Ferry timetable changes after the storm season",
            "Crossings will leave an hour later on Sundays, the operator said on Friday.",
            "Museum of clocks reopens in the old town hall",
            "Its collection of four hundred clocks was restored by retired watchmakers.",
        ]
        text = "\n".join([*BODY, *five])
        assert gone(text, default) == []
        assert set(five) <= set(gone(text, web))

    def test_stamped_teasers_go(self):
        """Kept stamps ("Posted 3 hours ago") beside each headline set the run apart."""
        stamped = [
            "Night trains to the coast return after eleven years",
            "Posted 3 hours ago",
            "Operators expect the sleeper service to sell out every weekend until October.",
            "How a village bakery survived the flour shortage",
            "Posted 5 hours ago",
            "Its owner switched to spelt and rye, and queues now form before dawn.",
            "Record number of cranes counted on the wetlands",
            "Posted 9 hours ago",
            "Volunteers counted more than four thousand birds over a single cold weekend.",
        ]
        text = "\n".join([*BODY, *stamped])
        assert set(stamped) <= set(gone(text))

    def test_reason_names_the_teasers(self):
        """The reason says what decided: teasers in a row, off the body's topic."""
        text = "\n".join([*BODY, SHARE, *TEASERS])
        reasons = [c.reason for c in default.explain(text)[1] if TEASERS[0] in c.before]
        assert reasons
        assert _RULE in reasons[0]
        assert "off the body's topic" in reasons[0]


class TestWhatTheArticleHolds:
    def test_own_sections_stay(self):
        """An article's last sections (its words, its names) are no teasers, after furniture too."""
        sections = [
            "Who owns the silo",
            "The silo's owners bought the quay from the harbour board in 1998 for the grain trade.",
            "What the fishermen want",
            "The fishermen want the harbour board to keep the road to the slipway open all year.",
            "What happens to the silo next",
            "The harbour board will publish the fishermen's objections before the autumn meeting.",
        ]
        text = "\n".join([*BODY, "Advertisement", *sections])
        for cleaner in (default, web):
            assert not set(sections) & set(gone(text, cleaner))

    def test_review_list_of_books_stays(self):
        """A review's books, a line of summary each, with the review's prose going on below."""
        books = [
            "The Lighthouse Keeper's Daughter",
            "A girl raised on a rock in the North Sea learns the lamps' signals from her father.",
            "Salt and Iron",
            "Two brothers inherit a failing shipyard and disagree about everything but the sea.",
            "Winter Crossings",
            "A ferry captain keeps a diary of the storms she sails through in one hard year.",
        ]
        after = [
            "Of the three, the second is the strongest: its dialogue is sharp and its ending"
            " earns every page the reader spent on the brothers' quarrels.",
            "The first reads too quickly for its subject, and the third never quite decides"
            " whether it is a diary or a novel, which leaves its captain oddly distant.",
        ]
        text = "\n".join([*BODY, *books, *after])
        for cleaner in (default, web):
            assert gone(text, cleaner) == []

    def test_timeline_stays(self):
        """A timeline's dated events are dates, not headlines, whatever follows them."""
        timeline = [
            "12 March 1998",
            "The harbour board sells the quay and the silo to a grain merchant from the city.",
            "4 June 2009",
            "Grain ships stop calling at the harbour and the silo is left empty for good.",
            "19 October 2023",
            "The owners file plans to turn the silo into flats, and the fishermen object.",
        ]
        text = "\n".join([*BODY, SHARE, *timeline])
        for cleaner in (default, web):
            assert not set(timeline) & set(gone(text, cleaner))

    def test_numbered_steps_stay(self):
        """Steps under a caption each ("Step 3", "Step 4") count on: the text's own."""
        steps = [
            "Cutting the stems to length",
            "Step 1",
            "Trim each stem at an angle so that it takes up water through the cut.",
            "Arranging the tallest flowers",
            "Step 2",
            "Place the tallest flowers at the back of the vase and the smallest in front.",
            "Adding the greenery around them",
            "Step 3",
            "Fill the gaps with ferns and ivy, turning the vase as you work around it.",
        ]
        text = "\n".join([*BODY, SHARE, *steps])
        for cleaner in (default, web):
            assert not set(steps) & set(gone(text, cleaner))

    def test_places_after_a_share_bar_stay_in_default(self):
        """A share bar above sets no run apart in default: a listicle's places stay."""
        places = [
            "The Anchor and Hope",
            "A harbour pub with a coal fire, local ale and crab sandwiches at lunchtime.",
            "Quayside Fish Bar",
            "Chips fried in dripping and eaten on the wall while the ferries come in.",
            "Mariners' Tea Room",
            "Scones the size of a fist and a window seat looking over the lock gates.",
        ]
        text = "\n".join([*BODY, SHARE, *places])
        assert not set(places) & set(gone(text, default))

    def test_interview_stays(self):
        """Questions under a speaker's label, answered below: an interview, not teasers."""
        interview = [
            "Interviewer",
            "How did you first come to work on the quay?",
            "My father was a pilot, and I went out with him every morning as a boy.",
            "Interviewer",
            "What has changed on the quay since then?",
            "The ships are bigger, and there are hardly any pilots left on the river.",
            "Interviewer",
            "Would you choose the same work again?",
            "Yes, without a second thought, even on the coldest winter mornings.",
        ]
        text = "\n".join([*BODY, SHARE, *interview])
        for cleaner in (default, web):
            assert not [line for line in interview if " " in line and line in gone(text, cleaner)]

    def test_photo_captions_with_credits_stay(self):
        """Captions credited to an agency ("Name/Agency/Getty Images") head no teasers."""
        captions = [
            "Anna Berg/iStock/Getty Images",
            "Serve the soup in warmed bowls with a spoon of cream and chopped chives on top.",
            "Tom Reed/Photodisc/Getty Images",
            "Bake the bread on the lowest shelf of the oven until it sounds hollow underneath.",
            "Lena Ost/Moodboard/Getty Images",
            "Keep the butter out of the fridge for an hour before you spread it on the bread.",
        ]
        text = "\n".join([*BODY, SHARE, *captions])
        for cleaner in (default, web):
            assert not set(captions) & set(gone(text, cleaner))


class TestCardsAmidTheBody:
    def test_card_cut_with_read_more_goes(self):
        """A headline printed twice over and its standfirst cut with '… Read more' go, mid-body."""
        card = [
            "Ten ways to cut your heating bill Ten ways to cut your heating bill",
            "Most homes lose a third of their heat through the loft and walls, and… Read more",
        ]
        text = "\n".join([BODY[0], *card, BODY[1], BODY[2]])
        assert gone(text) == card

    def test_paragraph_ending_with_an_ellipsis_stays(self):
        """An article's sentence trailing off ("and then…") has no label after it: it stays."""
        lines = [
            "What the fishermen said next",
            "They waited for the board's answer, and waited, and then waited some more…",
        ]
        text = "\n".join([BODY[0], *lines, BODY[1], BODY[2]])
        assert gone(text) == []

    def test_headline_under_related_header_goes(self):
        """'Lesen Sie auch' removed, then one headline off the body's topic, then the body."""
        body = [
            "Der Hafenrat hat am Montag über den alten Getreidesilo am Kai beraten. Die"
            " Eigentümer wollen im Silo Wohnungen für Hafenarbeiter bauen.",
            "Die Fischer, die den Kai jeden Morgen nutzen, fürchten monatelange Staus auf der"
            " einzigen Zufahrt zur Slipanlage, solange der Silo umgebaut wird.",
            "Eine Entscheidung über den Silo wird im Herbst erwartet, nach einer zweiten Runde"
            " der Bürgerbeteiligung mit den Fischern.",
        ]
        link = "Theater am Markt sucht eine neue Intendantin"
        text = "\n".join([body[0], "Lesen Sie auch", link, body[1], body[2]])
        assert gone(text) == ["Lesen Sie auch", link]

    def test_subhead_under_related_header_on_topic_stays(self):
        """A subhead sharing the body's words stays, even under a removed header."""
        subhead = "Was die Fischer am Kai zum Silo sagen"
        body = [
            "Der Hafenrat hat am Montag über den alten Getreidesilo am Kai beraten. Die"
            " Eigentümer wollen im Silo Wohnungen für Hafenarbeiter bauen.",
            "Die Fischer, die den Kai jeden Morgen nutzen, fürchten monatelange Staus auf der"
            " einzigen Zufahrt zur Slipanlage, solange der Silo umgebaut wird.",
        ]
        text = "\n".join([body[0], "Lesen Sie auch", subhead, body[1]])
        assert subhead not in gone(text)


class TestParts:
    def test_unrepeated(self):
        """A headline printed twice, or thrice with the last copy cut, is read once."""
        assert standfirsts.unrepeated("Night buses return Night buses return") == (
            "Night buses return"
        )
        assert standfirsts.unrepeated("Night buses return Night buses return Nig") == (
            "Night buses return"
        )
        assert standfirsts.unrepeated("Bye bye bye") == "Bye bye bye"
        assert standfirsts.unrepeated("") == ""

    def test_content_words_are_stems_without_stopwords(self):
        """Forms of a word share a stem; stopwords and short words carry no topic."""
        assert standfirsts.content_words("Die Pferde und das Pferd") == {"pferd"}


_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=4, max_size=9)


@given(
    st.lists(_WORDS, min_size=3, max_size=6),
    st.lists(_WORDS, min_size=8, max_size=14),
)
def test_unrepeated_reads_copies_once(words, other):
    """Two or three copies of a headline are read once; a line of distinct words is itself."""
    line = " ".join(words)
    assert standfirsts.unrepeated(f"{line} {line}") in {line, *line.split()}
    assert len(standfirsts.unrepeated(" ".join(other))) <= len(" ".join(other))


_SECTION_WORDS = ["silo", "harbour", "quay", "fishermen", "slipway", "board", "owners", "grain"]


@given(
    st.lists(
        st.tuples(
            st.lists(st.sampled_from(_SECTION_WORDS), min_size=3, max_size=6),
            st.lists(st.sampled_from(_SECTION_WORDS), min_size=8, max_size=20),
        ),
        min_size=3,
        max_size=6,
    ),
    st.sampled_from(["", SHARE, "Advertisement"]),
)
def test_sections_on_the_body_topic_stay(sections, furniture):
    """Subheads and paragraphs in the body's words are the article's, after any furniture."""
    lines = []
    for head, paragraph in sections:
        lines.append(" ".join(head).capitalize())
        lines.append("The " + " and the ".join(paragraph) + ".")
    text = "\n".join([*BODY, *([furniture] if furniture else []), *lines])
    for cleaner in (default, web):
        removed = gone(text, cleaner)
        assert not [line for line in lines if line in removed and " " in line]


# A car test, its list of equipment, and teasers of other stories below
# (written for these tests). The teasers' standfirsts are prose: the page
# stage held the list in the main block for it; without them, read again,
# the list ended the text and went as a footer, with the teasers.
CAR_TEST = [
    "Der neue Kombi im Test: sparsam, geräumig und erstaunlich leise",
    "Wir sind den Wagen zwei Wochen lang auf der Autobahn, in der Stadt und auf Bergstraßen"
    " gefahren, und er hat uns in vielen Punkten überzeugt.",
    "Der Motor zieht schon bei niedrigen Drehzahlen kräftig an, und das Getriebe schaltet so"
    " sanft, dass man die Gangwechsel kaum bemerkt.",
    "Im Innenraum ist mehr Platz als bei den meisten Konkurrenten, und auch hinten sitzen zwei"
    " Erwachsene auf langen Fahrten bequem.",
    "Unterm Strich ist der Kombi ein ehrliches Familienauto, das seinen Preis wert ist, auch"
    " wenn die Ausstattung in der Basis karg ausfällt.",
]
EQUIPMENT = [
    "Serienausstattung",
    "Klimaautomatik",
    "Sitzheizung vorne",
    "Rückfahrkamera",
    "LED-Scheinwerfer",
    "Tempomat",
    "Einparkhilfe hinten",
    "Spurhalteassistent",
]
TEASERS_STAMPED_DE = [
    "Elektroautos im Winter: So bleibt die Reichweite erhalten",
    "vor 2 Stunden",
    "Wer sein Fahrzeug vor der Abfahrt vorheizt, spart unterwegs Strom und kommt bei Kälte"
    " deutlich weiter als gedacht.",
    "Neue Radarfallen an der Westautobahn aufgestellt",
    "vor 5 Stunden",
    "Die Polizei hat an mehreren Baustellen zusätzliche Geräte montiert, die auch nachts"
    " zuverlässig messen sollen.",
    "Motorradsaison beginnt mit einem Sicherheitstraining",
    "vor 1 Tag",
    "Der Verband lädt alle Fahrerinnen und Fahrer im April zu kostenlosen Kursen auf dem"
    " Übungsplatz ein.",
]


class TestTheArticlesLinesAboveTheTeasers:
    def test_a_list_of_the_article_above_teasers_stays_in_every_reading(self):
        """The teasers stay rather than leave the list to go by its place alone; idempotent."""
        text = "\n".join([*CAR_TEST, *EQUIPMENT, "Teilen", *TEASERS_STAMPED_DE])
        for cleaner in (default, web):
            once = cleaner(text)
            assert [line for line in EQUIPMENT if line not in once.split("\n")] == []
            assert cleaner(once) == once

    def test_without_the_teasers_the_list_ends_the_page(self):
        """The page stage's own verdict on the same list at the end, unchanged: a run of furniture."""
        text = "\n".join([*CAR_TEST, *EQUIPMENT])
        assert set(gone(text)) == set(EQUIPMENT)

    def test_teasers_below_furniture_go_and_the_furniture_with_them(self):
        """A quarter of the lines between body and teasers furniture by their own signals: all go."""
        between = ["Der große SUV-Vergleich", "Winterreifen im Test", "3 Kommentare", "Teilen"]
        text = "\n".join([*CAR_TEST, *between, *TEASERS_STAMPED_DE])
        for cleaner in (default, web):
            removed = gone(text, cleaner)
            assert [line for line in TEASERS_STAMPED_DE if line not in removed] == []
            assert not set(CAR_TEST) & set(removed)


_ITEMS = [
    "Klimaautomatik", "Sitzheizung vorne", "Rückfahrkamera", "Tempomat", "Regensensor",
    "Lenkradheizung", "Panoramadach", "Heated seats", "Rear camera", "Cruise control",
    "Keyless entry", "Rain sensor", "Roof rails", "Alloy wheels", "Parking sensors",
]  # fmt: skip


@given(
    st.lists(st.sampled_from(_ITEMS), min_size=5, max_size=12, unique=True),
    st.sampled_from([TEASERS_STAMPED_DE, TEASERS]),
    st.sampled_from([[], ["Teilen"], [SHARE]]),
)
def test_an_articles_list_above_teasers_never_goes_by_a_later_reading(items, teasers, share):
    """Whatever the list and the teasers, no item goes, and a second cleaning changes nothing."""
    text = "\n".join([*CAR_TEST, *items, *share, *teasers])
    for cleaner in (default, web):
        once = cleaner(text)
        assert [item for item in items if item not in once.split("\n")] == []
        assert cleaner(once) == once


CUT_HEADLINES = [
    "Stadtrat beschließt neuen Radweg entlang der…",
    "Wenn der Winterdienst zweimal am Tag ausrücken…",
    "Kinderchor gewinnt Landeswettbewerb mit einem Lied…",
]
CUT_HEADLINES_FR = [
    "Les pêcheurs du port réclament une nouvelle…",
    "Le marché de Noël ouvre ses portes avec deux...",
    "Un concert gratuit sur la plage pour fêter la fin...",
]


class TestCutHeadlines:
    @pytest.mark.parametrize(
        "lines",
        [
            [CUT_HEADLINES[0], "Anzeige", *CUT_HEADLINES[1:]],
            [*CUT_HEADLINES_FR[:2], "Publicité", CUT_HEADLINES_FR[2]],
        ],
    )
    def test_headlines_cut_short_after_the_body_go(self, lines):
        """Three headlines a template cut short after the body, furniture among them, go."""
        text = "\n".join([*BODY, *lines])
        for cleaner in (default, web):
            removed = gone(text, cleaner)
            assert [line for line in lines if line not in removed] == []
            assert not set(BODY) & set(removed)

    def test_lines_trailing_off_in_the_body_stay(self):
        """A poem or a dialogue that trails off has the body below it: the article's."""
        trailing = ["Und dann kam der Winter…", "Und dann kam der Schnee…", "Und dann kam niemand…"]
        text = "\n".join([*BODY[:2], *trailing, BODY[2], BODY[0]])
        for cleaner in (default, web):
            assert not set(trailing) & set(gone(text, cleaner))

    def test_a_cut_comment_or_a_sentence_is_no_headline(self):
        """A line with a sentence inside, or of a comment's length, is no cut headline."""
        text = "\n".join([
            *BODY,
            "Das stimmt. Aber die Frage ist doch, ob…",
            "Ich finde das gut. Nur die Kosten…",
            "Wirklich? Das wusste ich nicht…",
        ])  # fmt: skip
        assert gone(text) == []

    def test_cut_lines_not_set_apart_by_furniture_stay(self):
        """No related header above, nothing removed among them: a song's verses stay."""
        verses = [
            "And the river keeps on rolling down to where the sea…",
            "And the lanterns on the water slowly drifting out of…",
            "And the old men on the harbour wall are singing in the…",
        ]
        text = "\n".join([*BODY, SHARE, *verses])
        for cleaner in (default, web):
            assert not set(verses) & set(gone(text, cleaner))

    def test_verses_that_trail_off_are_no_cut_headlines(self):
        """A template cuts at its box's width; a poem's short lines trailing off stay."""
        verses = ["Und das Wasser, das sich…", "Und die Kinder, die…", "Und das Dach, das fällt…"]
        text = "\n".join([*BODY, "Teilen", *verses])
        for cleaner in (default, web):
            assert not set(verses) & set(gone(text, cleaner))


def test_a_lone_line_above_the_teasers_does_not_keep_them():
    """A byline, a caption or one item between the body and the teasers is no list of the article's."""
    for above in (["Von Anna Berger, Wien"], EQUIPMENT[:1]):
        text = "\n".join([*CAR_TEST, *above, *TEASERS_STAMPED_DE])
        for cleaner in (default, web):
            removed = gone(text, cleaner)
            assert [line for line in TEASERS_STAMPED_DE if line not in removed] == []
            assert not set(CAR_TEST) & set(removed)


def test_three_items_above_the_teasers_keep_them_where_their_place_alone_would_take_them():
    """In web three items of a list would go by place alone once the teasers went: the teasers stay."""
    text = "\n".join([*CAR_TEST, *EQUIPMENT[:3], *TEASERS_STAMPED_DE])
    kept = web(text).split("\n")
    assert [line for line in [*EQUIPMENT[:3], *TEASERS_STAMPED_DE] if line not in kept] == []
