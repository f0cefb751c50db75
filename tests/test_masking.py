"""Masking filters: URLs, e-mail addresses, IP addresses and phone numbers replaced by tokens."""

import itertools
import pickle

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import textclean
from textclean import Cleaner, apply_steps
from textclean._filters.masking import Mask, find_emails, find_ips, find_phones, find_urls
from textclean.config import PROFILES

MASK_ALL = {"mask_urls": True, "mask_emails": True, "mask_ips": True, "mask_phones": True}


def found(find, text):
    return [text[start:end] for start, end, _ in find(text)]


class TestUrls:
    @pytest.mark.parametrize(
        ("text", "url"),
        [
            ("Read https://example.org/a/b?c=1&d=2#top now", "https://example.org/a/b?c=1&d=2#top"),
            ("see http://localhost:8080/api.", "http://localhost:8080/api"),
            (
                "(https://en.wikipedia.org/wiki/Mercury_(planet))",
                "https://en.wikipedia.org/wiki/Mercury_(planet)",
            ),
            ("[docs](https://docs.example.com/guide)", "https://docs.example.com/guide"),
            ("<https://x.org>", "https://x.org"),
            ('href="http://www.site.co.uk/p.html"', "http://www.site.co.uk/p.html"),
            ("Visit www.example.com, or", "www.example.com"),
            ("FTP: ftp://ftp.gnu.org/gnu/", "ftp://ftp.gnu.org/gnu/"),
            ("wss://stream.example.net/live", "wss://stream.example.net/live"),
            ("http://[2001:db8::1]:80/x", "http://[2001:db8::1]:80/x"),
            ("https://user:pw@host.example.com/", "https://user:pw@host.example.com/"),
            (
                "Καλημέρα https://el.wikipedia.org/wiki/Ελλάδα!",
                "https://el.wikipedia.org/wiki/Ελλάδα",
            ),
            ("请访问https://example.cn/path。谢谢", "https://example.cn/path"),
            ("'https://quoted.example.com'", "https://quoted.example.com"),
        ],
    )
    def test_finds_the_url_and_nothing_around_it(self, text, url):
        """Schemes and www. are found; trailing punctuation, brackets and quotes stay outside."""
        assert found(find_urls, text) == [url]

    def test_markdown_badge_is_two_urls(self):
        """A Markdown badge link is an image URL and a target URL, not one run."""
        text = "[![v](https://img.shields.io/v.svg)](https://pypi.org/project/x/)"
        assert found(find_urls, text) == [
            "https://img.shields.io/v.svg",
            "https://pypi.org/project/x/",
        ]

    @pytest.mark.parametrize(
        "text",
        [
            "example.com is a name as often as an address",
            "HTTP/1.1 200 OK",
            "https:// alone",
            "the www is wide",
            "www.localhost",
            "file.www.com",
            "mailto:jane@example.com",
            "C:\\Program Files\\app",
        ],
    )
    def test_leaves_what_is_not_a_url(self, text):
        """Bare domains, protocol names, a lone scheme and www without a host are left."""
        assert found(find_urls, text) == []


class TestEmails:
    @pytest.mark.parametrize(
        ("text", "email"),
        [
            ("Write to jane.doe@example.org.", "jane.doe@example.org"),
            ("<john+news@mail.example.co.uk>", "john+news@mail.example.co.uk"),
            ("'o'brien@example.ie'", "o'brien@example.ie"),
            ("*Peter.Sylvester@EdelWeb.fr*", "Peter.Sylvester@EdelWeb.fr"),
            ("mailto:info@bücher.de", "info@bücher.de"),
            ("2019-08-12T03:29:00Z!bruno@clisp.org", "bruno@clisp.org"),
            ("Author: x <1234+dev@users.noreply.github.com>", "1234+dev@users.noreply.github.com"),
            ("admin@[192.168.0.1]", "admin@[192.168.0.1]"),
        ],
    )
    def test_finds_the_address(self, text, email):
        """Dot-atom local parts with + and apostrophes, subdomains, IDN hosts, IP literals."""
        assert found(find_emails, text) == [email]

    @pytest.mark.parametrize(
        "text",
        [
            "icon@2x.png and logo@1.5x.webp",
            "user@localhost",
            "pip install pkg@1.2.3",
            "@username on social media",
            "a@b.c",
            "first.last@",
            "x@host.com2",
            "a..b@example.com",
            "npm i @scope/pkg",
            "user@-bad.example.com",
        ],
    )
    def test_leaves_what_is_not_an_address(self, text):
        """Retina image names, hosts without a letter TLD, handles and broken forms are left."""
        assert found(find_emails, text) == []


class TestIps:
    @pytest.mark.parametrize(
        ("text", "ip"),
        [
            ("from 203.0.113.45 at noon", "203.0.113.45"),
            ("gateway 192.168.1.1.", "192.168.1.1"),
            ("ping 8.8.8.8", "8.8.8.8"),
            ("listening on 127.0.0.1:8000", "127.0.0.1"),
            ("route 10.0.0.0/8", "10.0.0.0"),
            ("host 2001:db8:85a3::8a2e:370:7334 is up", "2001:db8:85a3::8a2e:370:7334"),
            ("fe80::1ff:fe23:4567:890a", "fe80::1ff:fe23:4567:890a"),
            ("ping6 ff02::1", "ff02::1"),
            ("::ffff:192.0.2.128", "::ffff:192.0.2.128"),
            ("2001:0db8:0000:0000:0000:ff00:0042:8329", "2001:0db8:0000:0000:0000:ff00:0042:8329"),
        ],
    )
    def test_finds_the_address(self, text, ip):
        """IPv4 with valid octets and IPv6 in full, compressed and IPv4-mapped forms."""
        assert found(find_ips, text) == [ip]

    @pytest.mark.parametrize(
        "text",
        [
            "999.1.1.1",
            "192.168.01.1",
            "1.2.3.4.5",
            "Git 1.7.6.6 was released",
            "version 10.2.0.4",
            "bump Standards-Version to 3.9.8.0",
            "dpkg (1.4.0.23) unstable",
            "See USB 3.1 spec section 10.16.2.6 Table 10-12",
            "at 12:30:45",
            "std::vector<int>",
            "Perl's B::CC module",
            "git fetch fd::17 master",
            "MAC 00:1A:2B:3C:4D:5E",
            "a :: b",
            "ratio 3:2",
            "deadline 2024-01-02",
        ],
    )
    def test_leaves_what_is_not_an_address(self, text):
        """Invalid octets, versions, times, C++ scopes and MAC addresses are left."""
        assert found(find_ips, text) == []


class TestPhones:
    @pytest.mark.parametrize(
        ("text", "phone"),
        [
            ("Call (555) 123-4567 today", "(555) 123-4567"),
            ("Call 415-555-2671.", "415-555-2671"),
            ("or 415.555.2671,", "415.555.2671"),
            ("free on 1-800-555-0199", "1-800-555-0199"),
            ("+1 415 555 2671", "+1 415 555 2671"),
            ("+44 20 7946 0958", "+44 20 7946 0958"),
            ("+44 (0)20 7946 0958", "+44 (0)20 7946 0958"),
            ("0044 20 7946 0958", "0044 20 7946 0958"),
            ("00 33 6 12 34 56 78", "00 33 6 12 34 56 78"),
            ("001-312-637-8991", "001-312-637-8991"),
            ("London 020 7946 0958", "020 7946 0958"),
            ("Paris 06 12 34 56 78", "06 12 34 56 78"),
            ("Berlin 030 12345678", "030 12345678"),
            ("+33 6 12 34 56 78", "+33 6 12 34 56 78"),
            ("+7 (495) 123-45-67", "+7 (495) 123-45-67"),
            ("+4915112345678", "+4915112345678"),
            ("415-555-2671 x890", "415-555-2671 x890"),
            ("Tel.: 912 345 678", "912 345 678"),
            ("Telefon: 0301234567", "0301234567"),
            ("тел. 123-45-67", "123-45-67"),
            ("tel:+31641044153", "+31641044153"),
            ('"+447420500600",', "+447420500600"),
            ("phoneNumber: '+1.8005550123'", "+1.8005550123"),
            ("in 2019 415-555-2671", "415-555-2671"),
        ],
    )
    def test_finds_the_number(self, text, phone):
        """International, bracketed, trunk-prefixed, North American and cued numbers."""
        assert found(find_phones, text) == [phone]

    @pytest.mark.parametrize(
        "text",
        [
            "in 2019",
            "from 1999-2003",
            "1999 - 2003",
            "on 2023-01-15",
            "on 15.01.2023",
            "on 01-15-2023",
            "on 12/05/2023",
            "costs $1,234,567.89",
            "1 234 567 inhabitants",
            "3 250 000 €",
            "ISBN 978-3-16-148410-0",
            "978-0-306-40615-7",
            "0-306-40615-2",
            "version 10.0.19041.1",
            "1.2.3",
            "192.168.1.1",
            "failed tests: 571 612 1056",
            "Boston, MA 02110-1301, USA",
            "00 00 00 00 00 00 fa fa",
            "01 02 03 04 05 06 07",
            "4111 1111 1111 1111",
            "Smith (2019) 123-145",
            "at 10:30 or 14:45",
            "12.5% of 1000",
            "+ 02-687535-fix",
            "clamped to the range (-32768000, +32768000)",
            "sys_enter 1 00840.847582083 7506 perf",
            "0034 0001 00 Extract OS",
            "0a 00 14 00 00 00 ff",
            "int32 range -2147483648 +2147483647",
            "a = +4294967296  # 1 << 32",
            'format(1234, "+b") == "+10011010010"',
            "Decimal('+35236450.6')",
            "'<fraction> 0031 2044 0034'",
            "0130 03120",
            "'012f', '01234.000000'",
            "016.016.016",
            "08-01-3697739",
            "0065 0302 0304 ; [.2007.0021.0002]",
            "<isolated> 0020 0650 0651",
            "0075 0308 0304",
            "1:10~+20191229111838",
            "SSN 123-45-6789",
            "ZIP 12345-6789",
            "pages 1234-5678",
            "call 911",
            "555-123-4567 (an exchange never starts with 1)",
        ],
    )
    def test_leaves_what_is_not_a_phone_number(self, text):
        """Years, ranges, dates, prices, thousands, ISBNs, versions, codes and dumps are left."""
        assert found(find_phones, text) == []


class TestFilter:
    def test_off_in_every_profile(self):
        """Masking rewrites correct text, so no profile enables it."""
        for config in PROFILES.values():
            for name in MASK_ALL:
                assert not getattr(config, name)

    def test_listed_as_filters_after_boilerplate(self):
        """The four filters are listed, after boilerplate removal, URLs first and phones last."""
        order = textclean.ORDER
        assert order[-4:] == ("mask_urls", "mask_emails", "mask_ips", "mask_phones")
        assert order.index("remove_boilerplate") < order.index("mask_urls")
        for name in MASK_ALL:
            assert textclean.filters()[name]

    def test_tokens_are_configurable(self):
        """Each kind has its own token setting."""
        cleaner = Cleaner(
            mask_emails=True,
            mask_email_token="[email]",  # noqa: S106 - a placeholder
            mask_urls=True,
        )
        assert cleaner.clean("Mail a@b.org or see https://b.org/x") == "Mail [email] or see <URL>"

    def test_each_change_says_what_was_masked(self):
        """explain gives one Change per span, with its kind as the reason, and replays."""
        text = "Mail jane@example.org, call +1 415 555 2671, see https://x.org from 203.0.113.9."
        cleaned = Cleaner(**MASK_ALL).explain(text)
        assert cleaned.text == "Mail <EMAIL>, call <PHONE>, see <URL> from <IP>."
        reasons = {step.filter: [c.reason for c in step.changes] for step in cleaned.steps}
        assert reasons == {
            "mask_urls": ["URL"],
            "mask_emails": ["e-mail address"],
            "mask_ips": ["IPv4 address"],
            "mask_phones": ["phone number"],
        }
        assert apply_steps(text, cleaned.steps) == cleaned.text

    def test_url_holding_an_address_is_one_url(self):
        """URLs are masked first, so an address or digits inside one stay part of it."""
        text = "https://x.org/contact?mail=a@b.org&tel=555-123-4567 http://10.0.0.1/admin"
        assert Cleaner(**MASK_ALL).clean(text) == "<URL> <URL>"

    def test_boilerplate_line_with_a_url_is_removed_whole(self):
        """A furniture line holding an address is removed whole, not left as "Source: <URL>"."""
        body = "A paragraph of the article, long enough to be kept as body text by every rule here."
        for line in (
            "Source: https://www.example.com/story",
            "Originally published at https://b.example.com/p",
        ):
            assert Cleaner(**MASK_ALL).clean(f"{body}\n\n{line}") == body

    def test_picklable(self):
        """A masking Cleaner pickles like the rest."""
        cleaner = Cleaner(**MASK_ALL, mask_phone_token="#")  # noqa: S106 - a placeholder
        again = pickle.loads(pickle.dumps(cleaner))
        assert again.clean("call 555-123-4567") == "call #"

    def test_through_clean(self):
        """textclean.clean takes the switches by name."""
        assert textclean.clean("ip 8.8.8.8", mask_ips=True) == "ip <IP>"


# Text that reaches the patterns: pieces of addresses and numbers mixed into arbitrary text.
PIECES = st.sampled_from(
    [
        "https://", "http://x.org", "www.", "www.a.com", ".com", "@", "a@b.org", "(", ")", "[", "]",
        "+", "+1 ", "00", "0", "555", "-", ".", " ", ":", "::", "::1", "2001:db8::", "192.168.",
        "10.0.0.1", "Tel. ", "x12", "2019", "/", "\n", "'", "é", "中", "Ελλάδα",
    ]
)  # fmt: skip
TEXT = st.lists(st.one_of(st.characters(exclude_categories=()), PIECES), max_size=40).map("".join)
PLAIN = st.text(
    alphabet=st.characters(exclude_characters="@:/+0123456789.wW", exclude_categories=())
)
FILTERS = [
    Mask(find_urls, "<URL>"),
    Mask(find_emails, "<EMAIL>"),
    Mask(find_ips, "<IP>"),
    Mask(find_phones, "<PHONE>"),
]
ALL_MASKS = Cleaner(**MASK_ALL)


@given(TEXT)
@example("https://x.org/a_(b)) www.y.com. a@b.org +1 555 123 4567 10.0.0.1 ::1")
@example("www.. http://) www.)")
def test_masks_never_raise_and_are_idempotent(text):
    """Each mask, and all four in the pipeline, run on any text and change nothing a second time."""
    for mask in FILTERS:
        once = mask(text)
        assert mask(once) == once
    once = ALL_MASKS.clean(text)
    assert ALL_MASKS.clean(once) == once


@given(TEXT)
def test_explanations_replay(text):
    """Each mask's changes replay to its output, in order and without overlap."""
    for mask in FILTERS:
        out, changes = mask.explain(text)
        starts = [change.start for change in changes]
        assert starts == sorted(starts)
        assert all(a.end <= b.start for a, b in itertools.pairwise(changes))
        assert apply_steps(text, [textclean.Step("mask", changes)]) == out


@given(PLAIN)
def test_text_without_such_tokens_is_unchanged(text):
    """Text without @, :, /, +, digits, dots or w has nothing to mask."""
    for mask in FILTERS:
        assert mask(text) == text


class TestCommandLine:
    def test_enable_and_config_file(self, tmp_path, capsys):
        """--enable switches a mask on; a TOML config sets its token."""
        from textclean import cli

        source = tmp_path / "in.txt"
        source.write_text("Mail jane@example.org or call +44 20 7946 0958.\n", "utf-8")
        assert cli.main(["clean", "-q", "--enable", "mask_emails", str(source)]) == 0
        assert capsys.readouterr().out == "Mail <EMAIL> or call +44 20 7946 0958.\n"
        config = tmp_path / "textclean.toml"
        config.write_text('enable = ["mask_phones"]\nmask_phone_token = "[tel]"\n', "utf-8")
        assert cli.main(["clean", "-q", "--config", str(config), str(source)]) == 0
        assert capsys.readouterr().out == "Mail jane@example.org or call [tel].\n"

    def test_listed_by_filters(self, capsys):
        """textclean filters lists the four masks."""
        from textclean import cli

        assert cli.main(["filters"]) == 0
        out = capsys.readouterr().out
        for name in MASK_ALL:
            assert name in out


def test_articles_without_addresses_are_unchanged():
    """The cleaned seed articles (news prose with dates and figures, no address) pass untouched."""
    from pathlib import Path

    expected = sorted((Path(__file__).parent.parent / "fixtures" / "expected").glob("*.txt"))
    assert expected
    for path in expected:
        text = path.read_text("utf-8")
        for mask in FILTERS:
            assert mask(text) == text, (path.name, mask.find.__name__)
