"""remove_boilerplate's named bios: a name line above a third-person bio opening with the name."""

from textclean._filters.boilerplate import RemoveBoilerplate

default = RemoveBoilerplate()

# Written for these tests after the rule was frozen, in other words and languages.
BODY = [
    "The university opened a new seed bank on Friday, with room for two hundred thousand"
    " samples of wild plants collected across the northern valleys since the nineteen-sixties.",
    "Its freezers run on power from the solar field behind the greenhouse, and volunteers will"
    " catalogue the oldest samples over the summer before they are moved from the basement.",
    "Visitors can see the vault through a window on the ground floor from next month.",
]
SHARE = ["Share", "Facebook", "Twitter"]
RELATED = ["Related stories", "How seeds survive a winter", "The valley that grows rice"]


def removed(text):
    return [c.before.strip() for c in default.explain(text)[1] if c.before.strip()]


def page(*parts):
    return "\n".join(line for part in parts for line in part)


class TestNamedBios:
    def test_a_professor_between_share_buttons_and_related_links_goes(self):
        """A non-media role in English: the name line and the bio go with the furniture."""
        box = [
            "Maya Lindqvist",
            "Maya Lindqvist is a professor of botany at the University of Umeå and writes"
            " about plants that live in the cold.",
        ]
        gone = removed(page(BODY, SHARE, box, RELATED))
        assert box[0] in gone
        assert box[1] in gone

    def test_a_title_before_the_name_and_other_languages(self):
        """'Dr.' before the repeated name, in Italian and French, at the text's end."""
        for box in (
            ["Paolo Ferri", "Dott. Paolo Ferri è ricercatore all'Istituto di genetica di Pavia."],
            ["Claire Dubois", "Claire Dubois est chercheuse en écologie et vit à Grenoble."],
        ):
            gone = removed(page(BODY, SHARE, box))
            assert box[1] in gone
            assert box[0] in gone

    def test_a_page_of_several_people_keeps_them(self):
        """Three names with their bios are a team page, not an author box."""
        people = [
            "Ana Costa",
            "Ana Costa leads the seed bank and trained as a geneticist in Lisbon.",
            "Jonas Berg",
            "Jonas Berg runs the freezers and the solar field behind the greenhouse.",
            "Lena Vogt",
            "Lena Vogt organises the volunteers who catalogue the samples.",
        ]
        gone = removed(page(BODY, SHARE, people))
        assert not set(people) & set(gone)

    def test_a_title_with_an_article_is_no_name(self):
        """'Der Saatgutspeicher' above a sentence about it is a heading and its text."""
        lines = [
            "Der Saatgutspeicher",
            "Der Saatgutspeicher liegt unter dem Gewächshaus und wird mit Sonnenstrom gekühlt.",
        ]
        gone = removed(page(BODY, SHARE, lines))
        assert not set(lines) & set(gone)

    def test_a_person_introduced_inside_the_body_stays(self):
        """A name line and a sentence about the person between paragraphs are the article's."""
        lines = [
            "Maya Lindqvist",
            "Maya Lindqvist is a professor of botany who collected the first samples in 1968.",
        ]
        text = page(BODY[:2], lines, BODY[2:])
        assert default(text) == text
