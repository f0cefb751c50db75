"""fix_legacy_codepage: genuine text of languages the lexicon lacks stays as it is (round 11)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textclean._filters.codepages import fix_legacy_codepage

# Article 1 of the UDHR (notofonttools' and gflanguages' texts), in languages
# the lexicon has no word list for, and two it has (Azerbaijani is none).
_ARTICLE_ONE = (
    "Të gjithë njerëzit lindin të lirë dhe të barabartë në dinjitet dhe në të drejta",
    "Kõik inimesed sünnivad vabadena ja võrdsetena oma väärikuselt ja õigustelt",
    "Il-bnedmin kollha jitwieldu ħielsa u ugwali fid-dinjità u d-drittijiet",
    "Genir pob bod dynol yn rhydd ac yn gydradd â’i gilydd mewn urddas a hawliau",
    "Øll menniskju eru fødd fræls og jøvn til virðingar og mannarættindi",
    "Hemû mirov azad û di weqar û mafan de wekhev tên dinyayê",
    "Ducj i oms a nassin libars e compagns come dignitât e derits",
    "Bütün insanlar ləyaqət və hüquqlarına görə azad və bərabər doğulurlar",
    "Mintga human â igl dretg da vegnir renconuschia sco persuna",
    "Ngā tāngata katoa i te whānautanga mai e wātea ana i ngā here katoa",
    "Toate ființele umane se nasc libere și egale în demnitate și în drepturi",
)


class TestLoneTypography:
    """A dash or an ellipsis set off by spaces is typography, not a letter shown as one."""

    def test_genuine_text_keeps_its_lone_dashes_and_ellipses(self) -> None:
        """Genuine lines whose best reading made a lone dash or ellipsis a letter stay."""
        # (UDHR sentences of Mixtec, Khasi and Romansh, and enc10's kind
        # written anew: an Albanian ``ë`` and an Estonian ``õ`` beside typography.)
        for text in (
            "KUU-DSU-DSA … ña huu ki' I' kä dsa",
            "Ym don uwei ne — Lymne ban daiñ ka",
            "Mintga human â igl — Mintga parsùna â igl",
            "Duke pritur përgjigjen e serverit …\nDuke ngarkuar skedarët …",
            "Salvesta kõik — Vordering",
        ):
            assert fix_legacy_codepage(text) == text

    def test_a_lone_letter_word_shown_as_an_ellipsis_is_still_repaired(self) -> None:
        """French ``à`` saved in DOS 850 and read as Windows-1252 is ``…`` standing alone."""
        for text in (
            "Il n'y a rien à faire, c'est évident.",
            "Nous sommes allés à la plage en été.",
            "Elle a commencé à écrire une lettre.",
        ):
            shown = text.encode("cp850").decode("cp1252")
            assert "…" in shown
            assert fix_legacy_codepage(shown) == text

    @given(
        st.sampled_from(_ARTICLE_ONE),
        st.integers(min_value=1, max_value=20),
        st.sampled_from(["…", "—", "–"]),
        st.sampled_from(["{a} {t} {b}", "{a} {t}\n{b}", "{a}\n{t} {b}"]),
    )
    def test_typography_between_genuine_words_changes_nothing(
        self, sentence: str, cut: int, typography: str, layout: str
    ) -> None:
        """A lone dash or ellipsis put between the words of genuine text leaves it as it is."""
        words = sentence.split()
        cut = min(cut, len(words) - 1)
        text = layout.format(a=" ".join(words[:cut]), b=" ".join(words[cut:]), t=typography)
        assert fix_legacy_codepage(text) == text


class TestUnlistedAlphabets:
    """Text in a Latin alphabet the lexicon lacks is no mix-up that only moves marks."""

    # Two words of the UDHR in languages with no word list (notofonttools'
    # text: Albanian, Estonian, Kurdish, Ligurian, Occitan, Sango, Wolof,
    # Mossi, Romani), each read before as a Baltic, Vietnamese or Central
    # European mix-up that moves a mark (``në`` to ``nė``, ``või`` to ``vơi``).
    GENUINE = (
        "botës në",
        "Përsëri në",
        "poliitilisest või",
        "Või muudest",
        "rahvuslikust või",
        "sûc bûne",
        "An tevî",
        "diferensa fondâ",
        "De formâ",
        "Chon dotâ",
        "fondâ óna",
        "yeke sâra",
        "Nî pëpëe",
        "ñu mën",
        "Ne mën",
        "n bãng",
        "Bãng kibay",
        "DECLARATSIA UNIVERSALÃ",
        "Universalã TI",
        "Kà bëëd",
    )

    def test_genuine_two_words_stay(self) -> None:
        """Two words of a language the lexicon lacks keep their marks."""
        changed = [text for text in self.GENUINE if fix_legacy_codepage(text) != text]
        assert changed == []

    def test_genuine_lines_of_one_language_stay(self) -> None:
        """Lines of labels in such a language, with plain words no lexicon knows, stay."""
        for text in (
            "Ruaj ndryshimet\nKthehu në faqen e parë",
            "Salvâ il document\nTornâ indaûr",
            "Pelê hilbijartî\nVegere rûpela berê",
            "Kustuta valitud või kõik",
        ):
            assert fix_legacy_codepage(text) == text

    def test_mix_ups_the_lexicon_knows_are_still_repaired(self) -> None:
        """A mix-up whose repaired words the lexicon knows, two or more, is repaired."""
        for text, saved, read in (
            ("Rīgas pilsētas dome", "cp1257", "cp1252"),
            ("Vėliau bus pridėta daugiau", "cp1257", "cp1252"),
            ("Ievadiet derīgu vērtību", "cp1257", "cp1252"),
            ("Gdańsk i Poznań", "cp1250", "cp1252"),
            ("Pagină principală", "cp1250", "cp1252"),
            ("Szűrő törlése és mentés", "cp1250", "cp1252"),
        ):
            shown = text.encode(saved).decode(read)
            assert shown != text
            assert fix_legacy_codepage(shown) == text

    def test_a_mix_up_that_changes_base_letters_is_judged_as_before(self) -> None:
        """Czech ``č`` shown as ``è`` changes the letter, not its mark: no alphabet is asked."""
        shown = "Ni mogoče izbrisati datoteke".encode("cp1250").decode("cp1252")
        assert fix_legacy_codepage(shown) == "Ni mogoče izbrisati datoteke"

    @given(
        st.sampled_from(GENUINE),
        st.sampled_from([str, str.upper, str.title, str.lower]),
        st.sampled_from(["{}", "{}.", "{}\n{}", "- {}", "{} ({})"]),
    )
    def test_genuine_words_in_any_case_and_layout_stay(
        self, text: str, case: object, layout: str
    ) -> None:
        """The genuine words, in capitals, title case or small, in a list or a line, stay."""
        shaped = layout.format(*[case(text)] * layout.count("{}"))  # type: ignore[operator]
        assert fix_legacy_codepage(shaped) == shaped


class TestDosRussianSoftHyphens:
    """Russian saved in DOS 866 and read as Windows-1252: words of symbols, ``н`` a soft hyphen."""

    @pytest.mark.parametrize(
        "text",
        [
            # (written after the rule: labels of no dev set)
            "Сохранить изменения",
            "Введите название нового раздела",
            "Страница не найдена",
            "Основные данные",
            "Время ожидания истекло",
            "Файл слишком большой",
        ],
    )
    def test_repaired(self, text: str) -> None:
        """Each is repaired, though no letter of it stands between two letters."""
        shown = text.encode("cp866").decode("cp1252")
        assert "\xad" in shown or "\xa0" in shown
        assert fix_legacy_codepage(shown) == text

    @given(
        st.sampled_from(["¡¡¡Hola!!!", "©®™", "«»", "§§ 12", "°±", "¿¿¿Qué???", "½¼¾"]),
        st.sampled_from(
            [
                "Texto normal en español",
                "Plain English text here",
                "Ein ganz normaler Satz",
                "Обычный русский текст",
            ]
        ),
    )
    def test_symbols_glued_in_genuine_text_change_nothing(
        self, symbols: str, sentence: str
    ) -> None:
        """Three symbols glued together in genuine text (``¡¡¡``, ``©®™``) are no mix-up."""
        for text in (f"{symbols} {sentence}", f"{sentence} {symbols}", f"{sentence}{symbols}"):
            assert fix_legacy_codepage(text) == text
