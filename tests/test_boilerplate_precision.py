"""remove_boilerplate's precision slips: a headline a header's cue word opens."""

import pytest

from textclean._filters.boilerplate import RemoveBoilerplate

STRENGTHS = [RemoveBoilerplate(), RemoveBoilerplate(strength="web")]

# Strings written for these tests, after the rule.
BODY = [
    "The council approved the new budget on Tuesday evening after a long debate about the cost"
    " of repairing the town's bridges and roads.",
    "Several members said the plan relied too much on grants that may not arrive, while others"
    " praised the focus on maintenance.",
    "The budget takes effect in April and will be reviewed again in the autumn.",
]
HEADLINES = [
    "Kommentarer till regeringens nya klimatplan",
    "Kommentare zur neuen Klimapolitik der Regierung",
    "Commentaires sur la réforme des retraites",
    "Comments on the council's new budget",
    "Komentarze po debacie o budżecie miasta",
    "Commenti dei lettori sulla nuova legge elettorale",
    "Related to the budget: what the council decided",
]
HEADERS = [
    "Leave a comment on this story",
    "Kommentare (12)",
    "Write a comment",
    "Comments are closed",
    "3 comments on this article",
    "Read more related articles on our site",
]


@pytest.mark.parametrize("cleaner", STRENGTHS)
@pytest.mark.parametrize("headline", HEADLINES)
def test_a_headline_opening_with_a_header_cue_stays(
    headline: str, cleaner: RemoveBoilerplate
) -> None:
    """The text's first line alone above the body, worded as language, is its title."""
    text = "\n".join([headline, *BODY])
    assert cleaner(text) == text


@pytest.mark.parametrize("cleaner", STRENGTHS)
@pytest.mark.parametrize("header", HEADERS)
def test_a_header_or_prompt_at_the_top_still_goes(header: str, cleaner: RemoveBoilerplate) -> None:
    """A count, a call to comment, a line naming the page: furniture, not a title."""
    text = "\n".join([header, *BODY])
    assert cleaner(text) == "\n".join(BODY)
