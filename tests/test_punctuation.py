"""normalize_punctuation."""

from textclean._filters.punctuation import normalize_punctuation


class TestNormalizePunctuation:
    def test_quotes_dashes_ellipsis(self):
        """Typographic quotes, dashes and the ellipsis become ASCII."""
        text = "„Ja“ ‘no’ «oui» – — − …"
        assert normalize_punctuation(text) == '"Ja" \'no\' "oui" - - - ...'

    def test_other_characters_untouched(self):
        """Letters, accents and other symbols are not touched."""
        assert normalize_punctuation("café € ½ Привет") == "café € ½ Привет"
