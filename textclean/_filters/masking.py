r"""
Masking: URLs, e-mail addresses, phone numbers and IP addresses replaced by tokens.

Off in every profile: masking rewrites correct text. Switched on by name
(``mask_urls``, ``mask_emails``, ``mask_phones``, ``mask_ips``), each with its
token (``mask_url_token`` ... default ``<URL>``, ``<EMAIL>``, ``<PHONE>``, ``<IP>``).

    >>> Mask(find_emails, "<EMAIL>")("Write to jane.doe@example.org today.")
    'Write to <EMAIL> today.'
    >>> Mask(find_phones, "<PHONE>")("Call (555) 123-4567, not in 2019 or 1999-2003.")
    'Call <PHONE>, not in 2019 or 1999-2003.'

Each ``find_*`` is a pure function yielding ``(start, end, reason)`` spans, so
one `Mask` class masks and explains for all four. Precision comes first: a
span is masked only when its structure says what it is.

- URLs: a scheme (``http``, ``https``, ``ftp``, ``sftp``, ``ws``, ``wss``)
  with ``://``, or ``www.`` and a dotted host. Trailing punctuation and
  unbalanced closing brackets stay outside, as autolinkers do. Bare domains
  (``example.com``) are left: they are as often names as addresses.
- E-mail addresses: RFC 5322's dot-atom local part, ``@``, and a host whose
  last label is letters (``user@localhost``, ``pkg@1.2.3`` and retina image
  names such as ``icon@2x.png`` are left).
- IP addresses: IPv4 with valid octets (no leading zeros, none over 255) not
  part of a longer dotted number, a version or a section number (``Git
  1.7.6.6``, ``section 10.16.2.6``); IPv6 as the standard library's
  `ipaddress` parses it, with a digit and at least two groups.
- Phone numbers: by numbering-plan shape. ``+`` or ``00`` and a country code
  in service (E.164's list); an area code in brackets; a national number
  with its trunk ``0`` (``020 7946 0958``, ``06 12 34 56 78``); the North
  American 3-3-4 shape; or 7 to 15 digits after a word such as ``Tel.``,
  ``phone`` or ``call``. Years, ranges, dates, prices, thousands, decimals,
  times, versions, ISBNs, signed numbers, hex dumps and code points are left.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from textclean.changes import Change, apply_changes

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator


class Span(NamedTuple):
    """A stretch of text to mask, and what it is."""

    start: int
    end: int
    reason: str


# --- URLs -------------------------------------------------------------------

# Characters of a URL: printable ASCII but space and the characters RFC 3986
# never allows unescaped (" < > \ ^ ` { | }), plus letters and digits of
# alphabetic scripts (IRIs). Han, kana, Hangul and fullwidth forms are left
# out: in Chinese or Japanese text the sentence goes on right after the URL.
_URL_CHAR = (
    r"(?:[!#$%&'()*+,\-./0-9:;=?@A-Z\[\]_a-z~]"
    r"|[^\W\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef])"
)


@cache  # compiled on first need: only a text holding "://" or "www" asks (3 ms of every import)
def _url_pattern() -> re.Pattern[str]:
    """A URL's candidate span: a scheme with ``://`` or ``www.``, then URL characters."""
    return re.compile(
        # Not inside a Latin word, an address or a path; Chinese and Japanese
        # write a URL right after a word, with no space.
        r"(?<![A-Za-z0-9_@.\-/])"
        r"(?:(?:https?|s?ftp|wss?)://|www\d{0,3}\.)"
        rf"{_URL_CHAR}+",
        re.IGNORECASE,
    )


# After "scheme://": a host of letters or digits (or a bracketed IPv6 address).
_URL_HOST = re.compile(r"(?:[^\W_][\w-]*(?:\.[\w-]+)*\.?|\[[0-9A-Fa-f:.]+\])(?::\d+)?(?=[/?#]|$)")
# After "www.": at least one more label and a top-level domain of letters.
_WWW_HOST = re.compile(r"(?:[^\W_][\w-]*\.)+[^\W\d_]{2,63}(?::\d+)?(?=[/?#]|$)")
_TRAILING = ".,;:!?*'"
_CLOSING = {")": "(", "]": "["}


def _trim_url(url: str) -> str:
    """
    Cut at the first closing bracket the URL did not open, then drop trailing punctuation.

    ``(see https://x.org/a_(b)).`` keeps ``a_(b)``; Markdown's
    ``[![badge](https://x.org/b.svg)](https://x.org)`` ends the first URL at ``)``.
    """
    depth = {"(": 0, "[": 0}
    for index, char in enumerate(url):
        if char in depth:
            depth[char] += 1
        elif char in _CLOSING:
            if not depth[_CLOSING[char]]:
                url = url[:index]
                break
            depth[_CLOSING[char]] -= 1
    return url.rstrip(_TRAILING)


def find_urls(text: str) -> Iterator[Span]:
    """
    Yield each URL: a scheme with ``://``, or ``www.`` and a dotted host.

        >>> text = "See (https://x.org/a_(b)), or www.y.com."
        >>> [text[s:e] for s, e, _ in find_urls(text)]
        ['https://x.org/a_(b)', 'www.y.com']
    """
    if "://" not in text and "www" not in text.lower():
        return
    pos = 0
    url_pattern = _url_pattern()
    while match := url_pattern.search(text, pos):
        url = _trim_url(match[0])
        pos = match.start() + max(len(url), 1)  # the rest may hold the next URL
        scheme_end = url.find("://")
        if scheme_end >= 0:
            rest = url[scheme_end + 3 :]
            host = rest.split("@", 1)[-1] if "@" in rest.split("/", 1)[0] else rest
            if not _URL_HOST.match(host):
                continue
        elif "." not in url or not _WWW_HOST.match(url[url.index(".") + 1 :]):
            continue
        yield Span(match.start(), match.start() + len(url), "URL")


# --- e-mail addresses ---------------------------------------------------------

# RFC 5322 allows more in the local part ("!#$%&*=?^`{|}~"), but addresses in
# use hold letters, digits and ". _ + - '"; the rest turns up in bang paths,
# IRC channels and Markdown emphasis around an address.
_ATOM = r"[\w+-]+"
_LABEL = r"[^\W_](?:[\w-]{0,61}[^\W_])?"
_EMAIL = re.compile(
    r"(?<![\w+@./-])"
    rf"(?P<local>\w[\w+-]*(?:['.]{_ATOM})*)"
    r"@"
    rf"(?P<domain>(?:{_LABEL}\.)+[^\W\d_]{{2,63}}|\[(?:\d{{1,3}}\.){{3}}\d{{1,3}}\])"
    r"(?![\w@-]|\.[^\W_])"
)
# "icon@2x.png": an image name with a pixel-density suffix, not an address.
_DENSITY = re.compile(r"\d+(?:\.\d+)?x", re.IGNORECASE)


# _EMAIL opens with a lookbehind, which the engine would try at every
# position; it is searched only in a window around each "@" instead.
_LOCAL_REACH = 300  # a local part is at most 64 characters; a longer run is read whole
_DOMAIN_REACH = 256  # a host name is at most 253


def _email_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of _EMAIL in text order, as ``finditer`` would give them."""
    at = text.find("@")
    lowest = 0  # no address starts before this
    while at >= 0:
        end = min(len(text), at + _DOMAIN_REACH)
        match = _EMAIL.search(text, max(lowest, at - _LOCAL_REACH), end)
        if match is not None and match.end() == end < len(text):
            match = _EMAIL.match(text, match.start())  # the window cut the host short
        if match is not None and match.start() < at + 1:
            yield match
            lowest = match.end()
        else:
            lowest = max(lowest, at + 1)
        at = text.find("@", max(lowest, at + 1))


def find_emails(text: str) -> Iterator[Span]:
    """
    Yield each e-mail address: a dot-atom local part, ``@`` and a host with a letter TLD.

        >>> [m[2] for m in find_emails("jo@example.com, icon@2x.png, me@localhost")]
        ['e-mail address']
    """
    for match in _email_matches(text):
        domain = match["domain"]
        if len(match["local"]) > 64 or len(domain) > 253:
            continue
        if _DENSITY.fullmatch(domain.rsplit(".", 1)[0]):
            continue
        yield Span(match.start(), match.end(), "e-mail address")


# --- IP addresses -------------------------------------------------------------

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_DOTTED_QUAD = rf"(?:{_OCTET}\.){{3}}{_OCTET}"
# Not inside a longer dotted number or an IPv6 address ("2001:db8::10.0.0.1").
# The address patterns open with a lookbehind, which the regex engine tries
# at every position; seeds that open with a digit or a colon are found far
# faster, and an address can only start where a run of its characters does.
_IPV4_SEED = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_IPV6_SEED = re.compile(r":[0-9A-Fa-f]{0,4}:")
_ADDRESS_CHARS = frozenset("0123456789abcdefABCDEF:.")
_ADDRESS_RUN = re.compile(r"[0-9A-Fa-f:.]*")
_LONGEST_IPV6 = 45  # "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255"
_IPV4 = re.compile(rf"(?<![\w.\-])(?<![0-9A-Fa-f:]:){_DOTTED_QUAD}(?![\w\-]|\.\d)")
# A candidate for IPv6: hex groups and colons, or an IPv4 address after them;
# `ipaddress` decides. Atomic, so "2001:db8::1." is not retried as "2001:db8::".
_HEXES = r"(?:[0-9A-Fa-f]{1,4}|:)?(?::[0-9A-Fa-f]{0,4})"
_IPV6 = re.compile(
    r"(?<![\w:.])"
    rf"(?>{_HEXES}{{1,6}}:{_DOTTED_QUAD}|{_HEXES}{{2,7}})"
    r"(?![\w:]|\.\d)"
)
# Four dotted numbers are often a version ("Git 1.7.6.6", "bump to 3.7.2.0")
# or a section of a standard ("section 10.16.2.6", "(43.4.2.2 in 802.3ad").
# Major versions stay small, so an address whose first octet is under 32 is
# masked only with evidence: a private or special range, a port or prefix
# length after it, or a word such as "IP", "host" or "server" before it.
_VERSION_CUE = re.compile(
    r"(?:\b(?:versions?|v|ver|release|build|update|firmware|kernel|rev|revision|"
    r"sections?|sec|chapter|clause|table|figure|fig|item|step|rule)\.?|§)[ \t]*\(?\Z",
    re.IGNORECASE,
)
_IP_CUE = re.compile(
    r"\b(?:ip|ips|ipv4|address|addr|host|hostname|server|dns|gateway|router|proxy|subnet|"
    r"netmask|mask|ping|nameserver|client|peer|inet)\b[ \t]*[:=]?[ \t]*\Z",
    re.IGNORECASE,
)
_IP_SUFFIX = re.compile(r"[:/]\d")


def _is_ipv4_address(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 16) : start]
    if _VERSION_CUE.search(before):
        return False
    octets = text[start:end].split(".")
    first, second = int(octets[0]), int(octets[1])
    special = (
        first in {10, 127}
        or set(octets) == {"0"}  # "listens on 0.0.0.0"
        or (first, second) in {(169, 254), (192, 168)}
        or (first == 172 and 16 <= second <= 31)
    )
    return (
        first >= 32 or special or bool(_IP_SUFFIX.match(text, end)) or bool(_IP_CUE.search(before))
    )


def find_ips(text: str) -> Iterator[Span]:
    """
    Yield each IPv4 address with valid octets and each IPv6 address.

        >>> text = "10.0.0.1, 2001:db8::1, 999.1.1.1, 12:30, Git 1.7.6.6"
        >>> [text[s:e] for s, e, _ in find_ips(text)]
        ['10.0.0.1', '2001:db8::1']
    """
    spans = [
        Span(match.start(), match.end(), "IPv4 address")
        for seed in _IPV4_SEED.finditer(text)
        if (match := _IPV4.match(text, seed.start()))
        and _is_ipv4_address(text, match.start(), match.end())
    ]
    spans.extend(_ipv6_spans(text))
    yield from _disjoint(spans)


def _ipv6_spans(text: str) -> Iterator[Span]:
    """IPv6 addresses: each run of hex digits, colons and dots holding two colons, tried once."""
    pos = 0
    while seed := _IPV6_SEED.search(text, pos):
        start = seed.start()
        while start and text[start - 1] in _ADDRESS_CHARS and seed.start() - start < _LONGEST_IPV6:
            start -= 1
        run = _ADDRESS_RUN.match(text, seed.end())
        pos = run.end() if run else seed.end()
        match = _IPV6.match(text, start)
        if match is None or not _plausible_ipv6(match[0]):
            continue
        try:
            ipaddress.IPv6Address(match[0])
        except ValueError:
            continue
        yield Span(match.start(), match.end(), "IPv6 address")


def _plausible_ipv6(candidate: str) -> bool:
    """
    Two groups or more and a digit; two short groups are a scope, not an address.

    "::1" alone, Perl's "B::CC" and git's "fd::17" are left; "fe80::1" is not.
    """
    groups = [group for group in candidate.split(":") if group]
    if len(groups) < 2 or not any(char.isdigit() for char in candidate):
        return False
    return len(groups) > 2 or len(groups[0]) >= 3 or "." in candidate


def _disjoint(spans: list[Span]) -> Iterator[Span]:
    """The spans in text order, dropping any that overlaps an earlier one."""
    end = -1
    for span in sorted(spans):
        if span.start >= end:
            yield span
            end = span.end


# --- phone numbers ------------------------------------------------------------

_SPACE = "[ \N{NO-BREAK SPACE}]"
# One separator between digit groups: a dash or dot (spaces around it
# allowed), a space, or nothing next to a bracket.
_SEP = rf"(?:{_SPACE}?[-.\u2013]{_SPACE}?|{_SPACE}|(?<=\))|(?=\())"
_GROUP = r"(?:\(\d{1,5}\)|\d{1,15})"
_PHONE = re.compile(
    # At the start, after a space, a bracket, a quote or a colon (not a time's):
    # not glued to a word, a price, a path, a version or another number.
    r"(?<![^\s(\[{\"'“‘«<>:;])(?<!\d:)"
    rf"(?P<number>(?:\+(?=[1-9]))?{_GROUP}(?:{_SEP}{_GROUP}){{0,7}})"
    r"(?P<extension>[ \t]?(?:x|ext\.?|extension)[ \t]?\d{1,6})?"
    r"(?![\w%$€£¥]|[.,:/\-]?\d)"  # not followed by a unit or more of a number
)
# Words after which a number is a phone number whatever its grouping.
_PHONE_CUE = re.compile(
    r"(?:\b(?:phone|telephone|tel|mobile|mob|cell|fax|call|hotline|whatsapp|"
    r"telefon|telefonnummer|handy|mobil|t[ée]l[ée]phone|t[ée]l|portable|"
    r"tel[ée]fono|m[óo]vil|telefone|celular|cellulare|telefono|"
    r"тел|телефон|моб)\b\.?"
    r"(?:[ \t]*(?:no|nr|number|nummer|num)\b\.?)?[ \t]*[:#\-]?[ \t]*)\Z",
    re.IGNORECASE,
)
_BRACKETED = re.compile(r"(?:\d{1,3}[ \N{NO-BREAK SPACE}]?)?\((\d{1,5})\)[ \N{NO-BREAK SPACE}]?\d")
_INTERNATIONAL_00 = re.compile(r"00[ \N{NO-BREAK SPACE}]?[1-9]")
_ISBN_CUE = re.compile(r"ISBN(?:-1[03])?:?\s*\Z", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
# A trunk prefix leading a national number: 0 and a non-zero digit (00 is
# the international prefix, and runs of 00 are hex dumps).
_TRUNK = re.compile(r"0[1-9]\d{0,3}")


def find_phones(text: str) -> Iterator[Span]:
    """
    Yield each phone number whose structure or a preceding word says it is one.

        >>> text = "Tel. 555 0123 or +44 20 7946 0958; 3 250 000 €"
        >>> [text[s:e] for s, e, _ in find_phones(text)]
        ['555 0123', '+44 20 7946 0958']
    """
    pos = 0
    while match := _PHONE.search(text, pos):
        if _is_phone(match["number"], text, match.start()):
            yield Span(match.start(), match.end(), "phone number")
            pos = match.end()
        else:
            pos = match.start() + _retry_offset(match[0])


def _retry_offset(candidate: str) -> int:
    """
    Where to look again after a rejected candidate.

    "in 2019 555-123-4567": after the first group, when the separator there
    differs from those inside the rest. A run grouped alike throughout
    ("01 02 03 04 05 06 07", a hex dump) is one thing, rejected whole.
    """
    pieces = _DIGITS.split(candidate)
    inner = {piece.strip() for piece in pieces[2:-1]}
    if len(pieces) > 3 and pieces[1].strip() not in inner:
        first = _DIGITS.search(candidate)
        if first:
            return first.end()
    return len(candidate)


def _is_phone(candidate: str, text: str, start: int) -> bool:
    groups = _DIGITS.findall(candidate)
    digits = sum(map(len, groups))
    if not 7 <= digits <= 15 or _looks_like_date(groups) or _looks_like_ipv4(groups):
        return False
    if _looks_like_code_points(groups):
        return False
    before = text[max(0, start - 24) : start]
    if _ISBN_CUE.search(before) or _is_isbn13("".join(groups)):
        return False
    return bool(_PHONE_CUE.search(before)) or _has_phone_shape(candidate, groups, digits)


def _has_phone_shape(candidate: str, groups: list[str], digits: int) -> bool:
    """Whether the grouping alone says phone number: a numbering plan's shape."""
    if len(groups[-1]) < 2:
        return False  # "+35236450.6": a decimal; numbers end in a group of two or more
    if _INTERNATIONAL_00.match(candidate):
        return _is_international_00(candidate, groups)
    if candidate.startswith("+"):
        # A country code and the national number. Written as one run, or as
        # "+1.8005550123" (the registries' form), it is a full international
        # number ("+32768000" is a signed number).
        run = len(groups) == 1 or (len(groups) == 2 and "." in candidate)
        return digits >= (10 if run else 8) and _is_international("".join(groups))
    if "(" in candidate:
        # An area code in brackets, unless the bracket holds a year (a citation).
        # It comes first, or after a trunk or country code, and is followed by digits.
        bracketed = _BRACKETED.match(candidate)
        return bracketed is not None and 9 <= digits <= 12 and not _is_year(bracketed[1])
    if _TRUNK.fullmatch(groups[0]) and len(groups) >= 2:
        return _is_trunk_national(groups, digits)
    return _is_north_american(groups, candidate)


# ITU-T E.164 country codes in service. A "+" and digits that start with
# none of them ("+2147483647", "+4294967296") is a signed number.
_COUNTRY_CODES = frozenset(
    _DIGITS.findall(
        "1 7 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 "
        "60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98 "
        "211 212 213 216 218 220 221 222 223 224 225 226 227 228 229 230 231 232 233 234 235 "
        "236 237 238 239 240 241 242 243 244 245 246 247 248 249 250 251 252 253 254 255 256 "
        "257 258 260 261 262 263 264 265 266 267 268 269 290 291 297 298 299 350 351 352 353 "
        "354 355 356 357 358 359 370 371 372 373 374 375 376 377 378 380 381 382 383 385 386 "
        "387 389 420 421 423 500 501 502 503 504 505 506 507 508 509 590 591 592 593 594 595 "
        "596 597 598 599 670 672 673 674 675 676 677 678 679 680 681 682 683 685 686 687 688 "
        "689 690 691 692 800 808 850 852 853 855 856 870 878 880 881 882 883 886 888 960 961 "
        "962 963 964 965 966 967 968 970 971 972 973 974 975 976 977 979 992 993 994 995 996 "
        "998"
    )
)


def _is_international_00(candidate: str, groups: list[str]) -> bool:
    """
    The international prefix 00 instead of "+": 0044 20 7946 0958, 00 33 6 12 34 56 78.

    Hex dumps, timestamps and code points ("0065 0302 0304") start with 00
    too, so the shape is strict: 00 and a country code as a group of their
    own (or 00 alone, then the code), no dots, and a national number that has
    dropped its trunk 0, as after "+".
    """
    if "." in candidate:
        return False
    code, national = (groups[1], groups[2:]) if groups[0] == "00" else (groups[0][2:], groups[1:])
    if code not in _COUNTRY_CODES or not national:
        return False
    if national[0] == "0" and "(0)" in candidate:
        national = national[1:]  # 0044 (0)20 7946 0958
    digits = sum(map(len, national))
    return (
        7 <= digits <= 12
        and bool(national)
        and not national[0].startswith("0")
        and _is_international(code + "".join(national))
    )


def _is_international(number: str) -> bool:
    """Digits after "+" (or 00) that start with a country code; +1 needs a valid area code."""
    if number.startswith("1"):
        return number[1:2] in set("23456789")
    return any(number[:length] in _COUNTRY_CODES for length in (1, 2, 3))


def _is_trunk_national(groups: list[str], digits: int) -> bool:
    """
    A national number with its trunk prefix: 020 7946 0958, 06 12 34 56 78, 030 12345678.

    Nine to twelve digits in groups of two or more, the second not starting
    with 0. Two groups need a
    subscriber part of five digits or more (02110-1301 is a ZIP+4 code), and
    groups of two need to be five of them, as French numbers are.
    """
    lengths = [len(group) for group in groups]
    # A subscriber number never starts with 0 ("0130 03120", "016.016.016").
    if not 9 <= digits <= 12 or min(lengths) < 2 or groups[1].startswith("0"):
        return False
    if len(groups) == 2:
        return lengths[1] >= 5
    return set(lengths[1:]) != {2} or len(groups) == 5


def _is_north_american(groups: list[str], candidate: str) -> bool:
    """
    555-123-4567, 555.123.4567, 1-800-555-0199: dashes or dots, one kind throughout.

    Spaces alone are not enough: "failed tests: 571 612 1056" is a list.
    """
    if [len(group) for group in groups] == [1, 3, 3, 4] and groups[0] == "1":
        groups = groups[1:]
    if [len(group) for group in groups] != [3, 3, 4]:
        return False
    separators = {sep.strip() for sep in _DIGITS.split(candidate)[1:-1]}
    return (
        separators in ({"-"}, {"."}) and groups[0][0] in "23456789" and groups[1][0] in "23456789"
    )


def _is_year(group: str) -> bool:
    return len(group) == 4 and group[:2] in {"19", "20"}


def _looks_like_date(groups: list[str]) -> bool:
    """Three groups in a row that read as a day, a month and a year, in any usual order."""
    numbers = [int(group) for group in groups]
    for index in range(len(groups) - 2):
        a, b, c = numbers[index : index + 3]
        if len(groups[index]) == 4 and 1 <= b <= 12 and 1 <= c <= 31:
            return True
        if len(groups[index + 2]) == 4 and (
            (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)
        ):
            return True
    return False


def _looks_like_code_points(groups: list[str]) -> bool:
    """Zero-padded columns ("<fraction> 0031 2044 0034"): groups of four, two or more led by 0."""
    return all(len(group) == 4 for group in groups) and sum(g[0] == "0" for g in groups) >= 2


def _looks_like_ipv4(groups: list[str]) -> bool:
    return len(groups) == 4 and all(int(group) <= 255 for group in groups)


def _is_isbn13(digits: str) -> bool:
    if len(digits) != 13 or digits[:3] not in {"978", "979"}:
        return False
    total = sum(int(digit) * (3 if index % 2 else 1) for index, digit in enumerate(digits))
    return total % 10 == 0


# --- the filter -----------------------------------------------------------------


@dataclass(frozen=True)
class Mask:
    """Replace every span ``find`` yields with ``token``; explain each with its reason."""

    find: Callable[[str], Iterator[Span]]
    token: str

    def __call__(self, text: str) -> str:
        """Return the text with each span found replaced by the token."""
        return self.explain(text)[0]

    def explain(self, text: str) -> tuple[str, tuple[Change, ...]]:
        """
        Return the masked text and one Change per span, its reason saying what it was.

        A mask changes what its neighbours see ("10.0.0.1:10.0.0.1": the second
        address was glued to the first), so the search runs again on the masked
        text until it finds nothing new; that makes the filter idempotent. New
        spans are mapped back to the original text; none can hold a token,
        since no pattern matches "<" or ">".
        """
        changes: list[Change] = []
        masked = text
        for _ in range(_MAX_ROUNDS):
            found = [
                span for span in self.find(masked) if masked[span.start : span.end] != self.token
            ]
            if not found:
                break
            changes = _merge(changes, found, text, self.token)
            masked = apply_changes(text, changes)
        return masked, tuple(changes)


_MAX_ROUNDS = 4


def _merge(changes: list[Change], found: list[Span], text: str, token: str) -> list[Change]:
    """
    Add spans found in the masked text as changes to ``text``, in text order.

    ``changes`` (to ``text``, in order) made the masked text; a span there maps
    back past the tokens before it. A span touching a token is left out.
    """
    merged = list(changes)
    index, removed = 0, 0  # changes wholly before the span, characters they took out
    for span in found:  # in text order, so one walk over the changes serves them all
        while index < len(changes) and changes[index].start - removed + len(token) <= span.start:
            removed += len(changes[index].before) - len(token)
            index += 1
        if index < len(changes) and changes[index].start - removed < span.end:
            continue  # touches a token
        start, end = span.start + removed, span.end + removed
        merged.append(Change(start, end, text[start:end], token, span.reason))
    return sorted(merged)
