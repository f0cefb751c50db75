"""remove_boilerplate: a short question with a yes and a no button is a rating widget (boxes.py)."""

import pytest

from textclean._filters.boilerplate import RemoveBoilerplate, Strength

# Strings written for these tests, after the rule.
BODY = [
    "The council approved the new budget on Tuesday evening after a long debate about the cost"
    " of repairing the town's bridges and roads.",
    "Several members said the plan relied too much on grants that may not arrive, while others"
    " praised the focus on maintenance.",
    "The budget takes effect in April and will be reviewed again in the autumn.",
]
FURNITURE = ["Share on Facebook", "Share on X"]
WIDGETS = [
    ["Was this article helpful? Yes No"],
    ["Byl pro vás článek užitečný?", "Ano", "Ne"],
    ["War dieser Beitrag hilfreich?", "Ja", "Nein"],
    ["Cet article vous a-t-il été utile ?", "Oui", "Non"],
    ["¿Te ha resultado útil este artículo? Sí | No"],
    ["Czy ten artykuł był pomocny?", "Tak", "Nie"],
    ["Была ли эта статья полезной?", "Да", "Нет"],
    ["Hjälpte den här sidan dig?", "Ja", "Nej"],
    ["Bu yazı işinize yaradı mı?", "Evet", "Hayır"],
]
ANSWERED_IN_PROSE = [
    ["Did the council vote on it?", "No.", "Not yet, members said."],
    ["Is it worth it? Yes, the mayor says."],
    ["Will taxes rise?", "Yes", "Maybe"],
]


@pytest.mark.parametrize("strength", ["default", "web"])
@pytest.mark.parametrize("widget", WIDGETS, ids=lambda w: w[0][:30])
def test_a_yes_no_widget_by_furniture_goes(widget: list[str], strength: Strength) -> None:
    """The question and both buttons go, on one line or three, in any language."""
    text = "\n".join([*BODY, *widget, *FURNITURE])
    assert RemoveBoilerplate(strength=strength)(text) == "\n".join(BODY)


@pytest.mark.parametrize("block", ANSWERED_IN_PROSE, ids=lambda b: b[0][:30])
def test_a_question_answered_otherwise_stays(block: list[str]) -> None:
    """An answer with a full stop, a sentence or no pair of yes and no is no widget."""
    text = "\n".join([*BODY, *block, *FURNITURE])
    assert RemoveBoilerplate()(text).startswith("\n".join([*BODY, *block]))
