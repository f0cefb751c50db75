"""remove_boilerplate's affiliate disclosures: the site says it is paid for its links, in any language."""

import pytest

from textclean import clean
from textclean._filters.boilerplate.signals import affiliate_disclosure

# Written after the rule was frozen, in words and languages it was not written from.
DISCLOSURES = [
    "If you buy something through our links, we may earn a small commission.",
    "Si vous achetez via nos liens, nous percevons une petite commission.",
    "Si compras a través de nuestros enlaces, recibimos una comisión.",
    "Se acquisti tramite i nostri link, riceviamo una commissione.",
    "Se você comprar pelos nossos links, recebemos uma comissão.",
    "Als je via onze links iets koopt, ontvangen wij een kleine commissie.",
    "Jeśli kupisz coś przez nasze linki, otrzymujemy prowizję.",
    "Если вы покупаете по нашим ссылкам, мы получаем комиссию.",
    "Якщо ви купуєте за нашими посиланнями, ми отримуємо комісію.",
    "Bağlantılarımız üzerinden alışveriş yaparsanız komisyon kazanırız.",
    "Om du köper via våra länkar får vi en provision.",
    "Pokud nakoupíte přes naše odkazy, získáváme provizi.",
    "We may be compensated when you click on product links on this page.",
    # a shop programme's notice, the site speaking
    "As an Amazon Associate we earn from qualifying purchases made through this site.",
    "Als Amazon-Partner verdienen wir an qualifizierten Verkäufen.",
    "En tant que partenaire Amazon, je gagne des revenus sur les achats éligibles.",
]
# Prose about commissions, links and programmes: others are paid, or nobody.
PROSE = [
    "Affiliate marketing lets bloggers earn a commission when readers buy through their links.",
    "The commission on links between the two towns will meet on Monday.",
    "The European Commission says we receive too many links to national reports.",
    "The court ruled that linking to copyrighted photos on a page is not an infringement.",
    "One reader wrote: “I bought it through your link and you earned a commission, fine by me.”",
    "Amazon cut the rates of its Associates program, and bloggers said they earn less from"
    " qualifying purchases now.",
    "Die Kommission erhält Links zu den Berichten der Länder.",
    "Critics say influencers receive a commission on links they post, our analysis found.",
]


class TestAffiliateDisclosure:
    """A disclosure is pay, links or a shop programme, and the site as who earns."""

    @pytest.mark.parametrize("line", DISCLOSURES)
    def test_disclosure_in_other_words_and_languages(self, line):
        """The site paid for its links, said in 12 languages and as a programme's notice."""
        assert affiliate_disclosure(line)
        assert affiliate_disclosure(line, line.casefold())

    @pytest.mark.parametrize("line", PROSE)
    def test_prose_about_commissions_is_not_one(self, line):
        """Prose about affiliate marketing, a commission, a law or a reader's comment stays."""
        assert not affiliate_disclosure(line)

    def test_disclosure_goes_from_a_page_and_prose_stays(self):
        """On a page with furniture the disclosure goes; the article's sentences about pay stay."""
        body = (
            "Affiliate marketing lets bloggers earn a commission when readers buy through their"
            " links, and the practice has grown fast since 2015.\n\nRegulators now ask sites to say"
            " so plainly, the report found, and most large publishers already do it on every page."
        )
        text = f"Menu\n\n{DISCLOSURES[0]}\n\n{body}\n\nShare this:"
        assert clean(text) == body
