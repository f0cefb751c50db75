"""
The filter registry, the fixed order filters run in, and the Cleaner that runs them.

One name everywhere: the config field, the registry key, ``Step.filter`` and
the CLI's ``--enable``/``--disable`` value are the same string.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from typing import Any, NamedTuple, Protocol, runtime_checkable

from textclean._filters import (
    codepages,
    encoding,
    homoglyphs,
    masking,
    punctuation,
    unicode,
    whitespace,
)
from textclean._filters.boilerplate import RemoveBoilerplate
from textclean._filters.encoding import FixEncoding
from textclean._filters.homoglyphs import fix_homoglyphs
from textclean._filters.masking import Mask
from textclean._filters.punctuation import normalize_punctuation
from textclean._filters.unicode import NormalizeUnicode, build_transliterate, remove_control_chars
from textclean._filters.whitespace import NormalizeWhitespace, has_plain_layout
from textclean.changes import Change, Cleaned, Step, diff_changes
from textclean.config import DEFAULT, CleanConfig, profile
from textclean.errors import BYTES_ERROR, ConfigError, UnknownNameError
from textclean.scan import notable_chars

TextFilter = Callable[[str], str]
Gate = Callable[[str, AbstractSet[str]], bool]
"""Given a text and its ``notable_chars``, False when a filter surely leaves the text unchanged."""


def holding_any(triggers: frozenset[str]) -> Gate:
    """A gate for a filter that acts only where one of ``triggers`` appears."""

    def gate(_text: str, chars: AbstractSet[str]) -> bool:
        return not triggers.isdisjoint(chars)

    return gate


def _whitespace_gate(text: str, chars: AbstractSet[str]) -> bool:
    return not whitespace.ODD_SPACES.isdisjoint(chars) or not has_plain_layout(text)


def _several_lines(text: str, _chars: AbstractSet[str]) -> bool:
    """
    remove_boilerplate's gate: a text of one line (a title, a review, a row) never loses it.

    The filter never empties a text (a last line it would remove stays, so
    the text stays whole), so only a text of two lines or more can change.
    """
    return "\n" in text


@runtime_checkable
class ExplainingFilter(Protocol):
    """A filter that can say why it changed each span (homoglyphs, boilerplate, encoding)."""

    def __call__(self, text: str) -> str:
        """Return the filtered text."""

    def explain(self, text: str) -> tuple[str, tuple[Change, ...]]:
        """Return the filtered text and each change with its reason."""


class FilterSpec(NamedTuple):
    """A registry entry: what the filter does, and how to build it from a config."""

    name: str
    description: str
    build: Callable[[CleanConfig], TextFilter]
    # The Cleaner scans each text once for every filter (notable_chars) and
    # skips a filter whose gate says it has nothing to do; None: always run.
    gate: Gate | None = None
    # Its gate says no to every text without notable characters (printable
    # ASCII, tab and newline, no "&": most English rows), so such a text
    # skips it without the gate being asked (tested).
    idle_on_plain: bool = False
    # f(f(x)) == f(x) for every x (tested): a later pass skips the filter
    # while the text is still its own output.
    idempotent: bool = False
    # Every notable character of its output was in its input (tested), so the
    # scan of its input still serves the gates after it, as a superset.
    narrows_chars: bool = False
    # Characters its output never holds (tested): a narrowing filter's change
    # takes them out of that superset, so a gate after it that looked only for
    # them (fix_encoding's for curly quotes) says no without a new scan.
    removes_chars: frozenset[str] = frozenset()
    # Filters whose finished output it leaves finished: if g(x) == x then
    # g(f(x)) == f(x) for each g named here (tested), so they need not run again.
    preserves: frozenset[str] = frozenset()
    # The same, but only when its change keeps every line's words (the same
    # non-blank lines, each with the same whitespace-separated words), which
    # the pipeline checks after the change (tested).
    preserves_if_lines_kept: frozenset[str] = frozenset()


def _mask_spec(name: str, find: Callable[[str], Iterator[masking.Span]], what: str) -> FilterSpec:
    """A masking filter: ``mask_urls`` takes its token from ``mask_url_token``, and so on."""
    token_setting = name[:-1] + "_token"
    default = getattr(DEFAULT, token_setting)
    return FilterSpec(
        name,
        f"replace {what} with a token, {default} by default",
        lambda config: Mask(find, getattr(config, token_setting)),
        idempotent=True,
    )


# The order is fixed and tested (ftfy issue #66 shows what reordering breaks):
# encoding first, since controls and odd characters are evidence of mojibake;
# characters before words; whitespace before boilerplate, so catalog lines
# match with single plain spaces; boilerplate last, on repaired text, leaving
# whitespace as normalized as it found it.
_SPECS = (
    FilterSpec(
        "fix_encoding",
        "repair mojibake (UTF-8 read as Latin-1/Windows-1252...) and unambiguous HTML entities",
        lambda config: FixEncoding(
            unescape_html=config.unescape_html,
            # Lines fix_legacy_codepage will repair are left to it (see FixEncoding.leave).
            leave=codepages.mixed_up_lines if config.fix_legacy_codepage else None,
        ),
        gate=encoding.may_change_text,
        idle_on_plain=True,
        idempotent=True,
    ),
    FilterSpec(
        "fix_legacy_codepage",
        "text saved in one legacy code page and read in another (Ïðèâåò, Za¿ó³æ), by lexicon",
        lambda _config: codepages.fix_legacy_codepage,
        gate=codepages.may_change_text,
        idle_on_plain=True,
        # It repairs round after round until a round changes nothing, so its
        # output is a text it leaves as it is (tests/test_encoding_codepages.py):
        # the pipeline's next pass need not read a repaired text again.
        idempotent=True,
    ),
    FilterSpec(
        "remove_control_chars",
        "remove control characters, BOM and stray zero-width characters; lone surrogates to U+FFFD",
        lambda _config: remove_control_chars,
        gate=holding_any(unicode.CONTROL_TRIGGERS),
        idle_on_plain=True,
        idempotent=True,
    ),
    FilterSpec(
        "normalize_unicode",
        "Unicode normal form: NFC by default, NFKC in the ml profile",
        lambda config: NormalizeUnicode(config.unicode_form),
        gate=lambda _text, chars: unicode.may_change_normal_form(chars),
        idle_on_plain=True,
        idempotent=True,
    ),
    FilterSpec(
        "fix_homoglyphs",
        "Cyrillic/Greek/Latin look-alike letters back to their word's script, decided by context",
        lambda _config: fix_homoglyphs,
        gate=holding_any(homoglyphs.TRIGGERS),
        idle_on_plain=True,
        # Its decisions depend on the whole document, so it repairs round
        # after round until a round changes nothing.
        idempotent=True,
    ),
    FilterSpec(
        "normalize_punctuation",
        "curly quotes, dashes and the ellipsis to ASCII (ml profile)",
        lambda _config: normalize_punctuation,
        gate=holding_any(punctuation.TRIGGERS),
        idle_on_plain=True,
        idempotent=True,
        narrows_chars=True,
        removes_chars=punctuation.TRIGGERS,
        # Not fix_encoding: curly quotes are part of what its detector weighs.
        # Nor fix_homoglyphs: quotes cut its segments, and the modifier
        # letters it maps to an apostrophe (ʻ) join words ("tʻА" is one word,
        # "t'А" two, found by the hypothesis stress profile).
        preserves=frozenset(
            {"remove_control_chars", "normalize_unicode", "transliterate", "normalize_whitespace"}
        ),
    ),
    FilterSpec(
        "transliterate",
        "transliterate to ASCII with unidecode (ascii profile; textclean-kit[ascii])",
        lambda _config: build_transliterate(),  # names the extra if unidecode is missing
        idempotent=True,
        narrows_chars=True,
        # Not normalize_whitespace: unidecode may leave a space at a line end.
        preserves=frozenset({"remove_control_chars", "normalize_unicode", "normalize_punctuation"}),
    ),
    FilterSpec(
        "normalize_whitespace",
        "one line break, plain single spaces, at most one blank line between paragraphs",
        lambda _config: NormalizeWhitespace(),
        gate=_whitespace_gate,
        idempotent=True,
        narrows_chars=True,
        removes_chars=whitespace.ODD_SPACES,
        # Not fix_encoding (ftfy weighs no-break spaces) nor fix_homoglyphs
        # (U+2028 becoming a line break changes a word's line context).
        preserves=frozenset(
            {"remove_control_chars", "normalize_unicode", "normalize_punctuation", "transliterate"}
        ),
        # fix_homoglyphs decides by each word and the line it is on: when
        # these stay, trimmed or collapsed spaces change nothing for it.
        preserves_if_lines_kept=frozenset({"fix_homoglyphs"}),
    ),
    FilterSpec(
        "remove_boilerplate",
        "whole lines of site furniture, share widgets, comment forms, credits, prompts, "
        "related links, disclaimers, author bios; each with its category and signals",
        lambda config: RemoveBoilerplate(
            disabled=config.boilerplate_disabled,
            user_lines=config.boilerplate_lines,
            user_patterns=config.boilerplate_patterns,
            learned=config.boilerplate_learned,
            strength=config.boilerplate_strength,
        ),
        gate=_several_lines,
        idempotent=True,
        narrows_chars=True,
        # Not fix_encoding (an entity after a removed "<" line is unescaped
        # then) nor fix_homoglyphs (its context is the whole document), nor
        # normalize_whitespace: an indented line it leaves first loses its
        # indentation, and with it the aligned spaces inside it.
        preserves=frozenset(
            {
                "remove_control_chars",
                "normalize_unicode",
                "normalize_punctuation",
                "transliterate",
            }
        ),
    ),
    # Masking comes last: boilerplate lines holding an address ("Follow us at
    # www.x.com", "Source: https://...") are recognised by their words before
    # the address becomes a token, and repaired text (mojibake, look-alike
    # letters, odd spaces) is what the patterns expect. URLs go first, since
    # they may hold an e-mail address, an IP address or digits; IP addresses
    # before phone numbers, whose digit groups they could resemble.
    _mask_spec("mask_urls", masking.find_urls, "URLs (a scheme with ://, or www.)"),
    _mask_spec("mask_emails", masking.find_emails, "e-mail addresses"),
    _mask_spec("mask_ips", masking.find_ips, "IPv4 and IPv6 addresses"),
    _mask_spec("mask_phones", masking.find_phones, "phone numbers"),
)

FILTERS: dict[str, FilterSpec] = {spec.name: spec for spec in _SPECS}
ORDER: tuple[str, ...] = tuple(spec.name for spec in _SPECS)


def filters() -> dict[str, str]:
    """Every filter, in the order they run, with a one-line description."""
    return {name: FILTERS[name].description for name in ORDER}


def check_filter_name(name: str) -> str:
    """Return ``name`` if it is a filter, else raise an error listing the valid ones."""
    if name not in FILTERS:
        raise UnknownNameError("filter", name, ORDER)
    return name


def resolve_config(config: CleanConfig | str | None = None, **overrides: object) -> CleanConfig:
    """
    Turn a profile name, a config or None (the default profile) plus overrides into a config.

    ``profile="web"`` names the profile too, as in ``textclean.clean(text, profile="web")``.
    """
    if "profile" in overrides:
        named = overrides.pop("profile")
        if config is not None or not isinstance(named, str):
            msg = "give the profile once, as a name: Cleaner('web') or Cleaner(profile='web')"
            raise ConfigError(msg)
        config = named
    if config is None:
        config = DEFAULT
    elif isinstance(config, str):
        config = profile(config)
    elif not isinstance(config, CleanConfig):
        msg = f"config must be a CleanConfig, a profile name or None, not {type(config).__name__}"
        raise TypeError(msg)
    return config.replace(**overrides) if overrides else config


# One filter's repair can expose work for an earlier one (NFKC turns "¸" into
# a combining cedilla next to what is then mojibake), so, like ftfy, the
# pipeline runs again until nothing changes. Clean text costs one pass; the
# extra pass over repaired text is mostly the filters' cheap pre-scans.
_MAX_PASSES = 4


class Cleaner:
    r"""
    A configured pipeline, built once and reused: picklable and safe to share between threads.

        >>> cleaner = Cleaner("ml")
        >>> cleaner.clean("\N{LEFT DOUBLE QUOTATION MARK}Hi\N{RIGHT DOUBLE QUOTATION MARK}  there ")
        '"Hi" there'
        >>> [step.filter for step in cleaner.explain("cafÃ© ").steps]
        ['fix_encoding', 'normalize_whitespace']
    """

    def __init__(self, config: CleanConfig | str | None = None, **overrides: object) -> None:
        """Build the filters ``config`` enables (a CleanConfig, a profile name, or None)."""
        self.config = resolve_config(config, **overrides)
        # Filters hold no mutable state, so one Cleaner serves many threads.
        self._filters: tuple[tuple[str, TextFilter], ...] = tuple(
            (name, FILTERS[name].build(self.config)) for name in ORDER if getattr(self.config, name)
        )
        names = [name for name, _ in self._filters]

        def indices(kept: frozenset[str]) -> tuple[int, ...]:
            return tuple(names.index(name) for name in kept if name in names)

        # The steps a text without notable characters asks (see idle_on_plain).
        self._plain_steps = tuple(
            index
            for index, (name, _) in enumerate(self._filters)
            if not FILTERS[name].idle_on_plain
        )
        self._steps = tuple(
            (
                text_filter,
                FILTERS[name].gate,
                FILTERS[name].idempotent,
                FILTERS[name].narrows_chars,
                FILTERS[name].removes_chars,
                indices(FILTERS[name].preserves),
                indices(FILTERS[name].preserves_if_lines_kept),
            )
            for name, text_filter in self._filters
        )

    def __repr__(self) -> str:
        """Show the config."""
        return f"Cleaner({self.config!r})"

    def __reduce__(self) -> tuple[type[Cleaner], tuple[CleanConfig]]:
        """Pickle as the config alone; filters are rebuilt on the other side."""
        return (Cleaner, (self.config,))

    @property
    def enabled(self) -> tuple[str, ...]:
        """Names of the filters this cleaner runs, in order."""
        return tuple(name for name, _ in self._filters)

    def clean(self, text: str) -> str:
        """Return the cleaned text."""
        return self._clean(text, None)

    def clean_noting(self, text: str) -> tuple[str, list[tuple[str, str]]]:
        """
        Return the cleaned text and, for each change, the filter that made it and its input.

        This is `clean` keeping account as it goes, for per-document reports at
        the cost of a run without them; `explain_step` replays one of the
        changes with its reasons when a report wants them.
        """
        noted: list[tuple[str, str]] = []
        return self._clean(text, noted), noted

    def explain_step(self, name: str, text: str) -> Step:
        """What filter ``name`` (which this cleaner runs) changes in ``text``, with reasons."""
        text_filter = dict(self._filters)[name]
        if isinstance(text_filter, ExplainingFilter):
            return Step(name, text_filter.explain(text)[1])
        return Step(name, diff_changes(text, text_filter(text), FILTERS[name].description))

    def _clean(self, text: str, noted: list[tuple[str, str]] | None) -> str:
        _check_text(text)
        # Most texts come through unchanged: until a filter changes something,
        # nothing needs keeping track of but the filters that ran.
        chars: AbstractSet[str] | None = None  # scanned when a gate first needs it
        ran: list[int] = []
        steps = self._steps
        order: Iterable[int] = range(len(steps))
        if text.isascii():  # in C: then the scan is cheap, and often finds nothing
            chars = notable_chars(text)
            if not chars:
                order = self._plain_steps
        for index in order:
            step = steps[index]
            gate = step[1]
            if gate is not None:
                if chars is None:
                    chars = notable_chars(text)
                if not gate(text, chars):
                    continue
            changed = step[0](text)
            if changed != text:
                return self._settle(text, changed, index, ran, chars, noted=noted)
            ran.append(index)
        return text

    def _settle(
        self,
        text: str,
        changed: str | None,
        changed_by: int,
        ran: list[int],
        chars: AbstractSet[str] | None,
        *,
        noted: list[tuple[str, str]] | None,
    ) -> str:
        """
        Go on from the first change (filter ``changed_by`` turned ``text`` into ``changed``).

        The text's version goes up at every change. finished[i] is the last
        version filter i is known to leave unchanged: it ran on it and changed
        nothing, its gate said so, it is idempotent and made it, or a later
        change kept it finished (preserves). A filter is skipped while the
        text is still that version. The texts passed along are exactly those
        of running every filter every pass.
        """
        steps = self._steps
        version = 0
        finished = [0] * changed_by + [-1] * (len(steps) - changed_by)
        # Finished because its gate said so, which is cheap to ask again.
        gated = [True] * len(steps)
        for index in ran:
            gated[index] = False
        start, pass_began = changed_by, 0
        for _ in range(_MAX_PASSES):
            for index in range(start, len(steps)):
                if finished[index] == version:
                    continue
                (
                    text_filter,
                    gate,
                    idempotent,
                    narrows_chars,
                    removes_chars,
                    preserves,
                    if_lines_kept,
                ) = steps[index]
                if changed is None:
                    if gate is not None:
                        if chars is None:
                            chars = notable_chars(text)
                        if not gate(text, chars):
                            finished[index], gated[index] = version, True
                            continue
                    changed = text_filter(text)
                    if changed == text:
                        finished[index], gated[index] = version, False
                        changed = None
                        continue
                if noted is not None:
                    noted.append((self._filters[index][0], text))
                version += 1
                kept = [i for i in preserves if finished[i] == version - 1]
                # Worth a look at the lines only to spare a filter that ran.
                conditional = [
                    i for i in if_lines_kept if finished[i] == version - 1 and not gated[i]
                ]
                if conditional and _line_words(changed) == _line_words(text):
                    kept += conditional
                for i in kept:
                    finished[i] = version
                finished[index], gated[index] = (version if idempotent else -1), False
                text, changed = changed, None
                if not narrows_chars:
                    chars = None
                elif chars is not None and not removes_chars.isdisjoint(chars):
                    chars = chars - removes_chars
            if version == pass_began:
                break
            start, pass_began = 0, version
        return text

    def clean_many(self, texts: Iterable[str]) -> Iterator[str]:
        """
        Clean each text lazily, in order; a value that is not text is named by its position.

        One str (or bytes) is refused: iterating it cleaned each character as a text.

            >>> list(Cleaner().clean_many(["a  b", None]))
            Traceback (most recent call last):
            TypeError: at position 1: textclean cleans str, got NoneType
        """
        if isinstance(texts, (str, bytes, bytearray)):
            msg = (
                f"clean_many takes many texts (a list, a generator), not one {type(texts).__name__}"
            )
            raise TypeError(msg + "; clean one text with clean()")
        for position, text in enumerate(texts):
            try:
                cleaned = self.clean(text)
            except TypeError as error:  # which of thousands: its position
                raise TypeError(f"at position {position}: {error}") from None
            yield cleaned

    def clean_series(self, series: Any) -> Any:
        """
        Clean a pandas Series of texts: missing values, index, name and dtype are kept.

        None, NaN and ``pd.NA`` stay as they are (``na_action="ignore"``), and
        the result has the column's dtype, ``string[pyarrow]`` included, so it
        writes to Parquet as the input did. Other values than str raise TypeError.
        A categorical column stays categorical, its categories cleaned (each
        once); two that clean to the same text become one, unordered.

            >>> import pandas as pd
            >>> column = pd.Series(["cafÃ©", None, "a  b"], index=[7, 8, 9], dtype="string")
            >>> Cleaner().clean_series(column).tolist()
            ['café', <NA>, 'a b']
        """
        if not callable(getattr(series, "map", None)) or not hasattr(series, "dtype"):
            msg = f"clean_series takes a pandas Series, not {type(series).__name__}"
            raise TypeError(msg + "; clean other iterables with clean_many()")
        try:
            cleaned = series.map(self.clean, na_action="ignore")
        except TypeError as error:  # which value, of thousands: its index
            raise TypeError(f"at index {_first_not_text(series)!r}: {error}") from None
        if getattr(series.dtype, "name", None) == "category":
            # Cast to the old categories, every value that cleaning changed would be NaN.
            return cleaned.astype("category")
        return cleaned.astype(series.dtype)

    def explain(self, text: str) -> Cleaned:
        """
        Return the cleaned text and, for each filter that changed it, the spans and why.

        The text is cleaned as `clean` does, noting each change, and only the
        changes are explained: a filter that changed nothing has nothing to
        say, and its reasons would cost more than its run.
        """
        cleaned, noted = self.clean_noting(text)
        return Cleaned(cleaned, tuple(self.explain_step(name, before) for name, before in noted))


def _line_words(text: str) -> list[list[str]]:
    """The whitespace-separated words of each non-blank line, in order."""
    return [words for line in text.split("\n") if (words := line.split())]


def _first_not_text(series: Any) -> object:
    """The index of the first value of a pandas Series that is neither str nor missing."""
    present = series[series.notna()]
    return next((index for index, value in present.items() if not isinstance(value, str)), None)


def _check_text(text: object) -> None:
    if not isinstance(text, str):
        if isinstance(text, bytes | bytearray | memoryview):
            raise TypeError(BYTES_ERROR)
        raise TypeError(f"textclean cleans str, got {type(text).__name__}")
