r"""
Content shaped like furniture: a product's data sheet and a team's names and roles.

Short lines ending no sentence are what menus are made of, and the page
stage drops runs of them outside the main block of prose. Two kinds of
content have that shape and a structure no menu has, so their lines stay
whatever the earlier stages decided (only lines removed anywhere, the
user's and learned lines, still go):

- a *data sheet* written without colons: a label line over its value line,
  pair after pair (``UPC`` / ``a897fe39b1053632`` / ``Price (excl. tax)`` /
  ``£51.77`` / ``Availability`` / ``In stock (22 available)``). The labels
  are words (no digit) and differ from each other; the values differ in
  shape and half of them or more hold a digit. A menu names pages and has
  no values; a list of headlines over dates repeats one shape (a date),
  which the teaser cards read;
- a verdict's *pros and cons*: a pros header over short points, then a
  cons header over its own (``Vorteile`` / ``unterstützt Container`` /
  ``Nachteile`` / ``teuer``);
- a *team*: person names (two or three capitalised words, no digit) each
  above a role (``Markus Graf`` / ``COO, Geschäftsleitung``). Four names or
  more, each once, most of them followed by a line that is no name, and no
  line of the stretch longer than a role: cards of related articles repeat
  their authors' names between headlines, and a co-author box has one or
  two names.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import regex

from textclean._filters.boilerplate.catalog import COMMENT_FORM, NAVIGATION, RELATED_LINKS
from textclean._filters.boilerplate.lines import per_text

if TYPE_CHECKING:
    from textclean._filters.boilerplate.blocks import Line

_MIN_PAIRS = 4  # label and value pairs in a data sheet
_MIN_SHAPES = 3  # value shapes: a sheet's values are unlike each other
_MAX_LABEL_WORDS = 4
_MAX_VALUE_WORDS = 6
_MIN_NAMES = 4  # names in a team: fewer are co-authors or a menu's chance
_MIN_COLUMN_NAMES = 3  # names one under another, then their jobs in the same order
_MIN_RUN = 2 * _MIN_COLUMN_NAMES - 1  # the fewest lines of a team or a sheet
_MIN_CONTENTS = 3  # a table of contents: a header and two entries, or three entries
# "Contents" over a list, in 14 languages.
_CONTENTS_HEADERS = frozenset({
    "contents", "table of contents", "in this article", "on this page", "inhalt",
    "inhaltsverzeichnis", "in diesem artikel", "sommaire", "table des matières",
    "dans cet article", "índice", "contenido", "contenidos", "en este artículo", "indice",
    "sommario", "in questo articolo", "conteúdo", "neste artigo", "inhoud",
    "inhoudsopgave", "in dit artikel", "spis treści", "w tym artykule", "содержание",
    "оглавление", "в этой статье", "зміст", "у цій статті", "innehåll",
    "innehållsförteckning", "obsah", "v tomto článku", "içindekiler", "bu yazıda",
})  # fmt: skip
# A verdict's headers: its pros and its cons, in 14 languages.
_PROS = frozenset({
    "pros", "pro", "advantages", "plus", "plusses", "vorteile", "pluspunkte", "avantages",
    "points forts", "ventajas", "pros y contras", "vantaggi", "punti di forza", "vantagens",
    "prós", "voordelen", "pluspunten", "zalety", "plusy", "плюсы", "достоинства", "переваги",
    "плюси", "artılar", "avantajlar", "výhody", "klady", "fördelar",
})  # fmt: skip
_CONS = frozenset({
    "cons", "contra", "disadvantages", "minus", "minuses", "nachteile", "minuspunkte",
    "inconvénients", "points faibles", "desventajas", "contras", "svantaggi", "punti deboli",
    "desvantagens", "nadelen", "minpunten", "wady", "minusy", "минусы", "недостатки",
    "недоліки", "мінуси", "eksiler", "dezavantajlar", "nevýhody", "zápory", "nackdelar",
})  # fmt: skip
_MAX_HEADER_CHARS = 24  # "Pros y contras", "Punti di forza", "1. Vorteile:"
_MAX_POINTS = 8  # points under one header
_MAX_POINT_WORDS = 12
_ENTRY_AND_HEADING = 2  # a heading's key is written twice: in the table and in the body
_LETTER = regex.compile(r"\p{L}")
_HEADING_CATEGORIES = (COMMENT_FORM, NAVIGATION, RELATED_LINKS)
_NUMBERING = regex.compile(r"^(?:\d+(?:\.\d+)*\.?|[•·▪–—-])\s+")
_MAX_ROLE_WORDS = 5
#: Removed wherever they are: the catalog's disclaimers, the user's and learned lines.
_STAYS_REMOVED = ("(removed anywhere)", "recurs across the corpus")

_SENTENCE_END = (".", "!", "?", "…", ":", "。", "！", "？")
_DIGIT = regex.compile(r"\d")
_DIGITS = regex.compile(r"\d+")
# A person's name on its own line: two or three capitalised words, a particle
# between them ("Lukas von Känel"), a hyphen inside ("Hans-Peter").
_WORD = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
_LETTERS = regex.compile(r"\p{L}+")
# Words naming a job or a place in a firm, in 14 languages, as team pages
# print them under each name ("Co-CEO, Geschäftsleitung", "Head of Sales",
# "Directrice commerciale", "Socio fundador"); German compounds by their end
# ("Verkaufsleiter", "Gärtnermeister").
_JOB_WORDS = frozenset({
    "ceo", "coo", "cfo", "cto", "cio", "cmo", "vd", "md", "founder", "cofounder", "owner",
    "partner", "director", "manager", "head", "chief", "president", "chair", "chairman",
    "chairwoman", "officer", "lead", "leader", "engineer", "developer", "designer",
    "consultant", "advisor", "adviser", "analyst", "assistant", "secretary", "coordinator",
    "specialist", "accountant", "architect", "administrator", "associate", "intern",
    "trainee", "apprentice", "supervisor", "executive", "editor", "writer", "researcher",
    "gründer", "gründerin", "inhaber", "inhaberin", "geschäftsführer", "geschäftsführerin",
    "geschäftsleitung", "leiter", "leiterin", "leitung", "vorstand", "verwaltungsrat",
    "verwaltungsrätin", "präsident", "präsidentin", "berater", "beraterin", "mitarbeiter",
    "mitarbeiterin", "assistent", "assistentin", "ingenieur", "ingenieurin", "meister",
    "meisterin", "fachmann", "fachfrau", "lehrling", "sachbearbeiter", "sachbearbeiterin",
    "prokurist", "prokuristin", "vorsitzender", "vorsitzende",
    "directeur", "directrice", "fondateur", "fondatrice", "gérant", "gérante", "responsable",
    "chef", "cheffe", "associé", "associée", "conseiller", "conseillère", "ingénieur",
    "ingénieure", "assistante", "chargé", "chargée", "stagiaire", "comptable",
    "directora", "fundador", "fundadora", "gerente", "jefe", "jefa", "presidente",
    "presidenta", "socia", "asesor", "asesora", "ingeniero", "ingeniera",
    "direttore", "direttrice", "fondatore", "socio", "amministratore",
    "amministratrice", "consulente", "ingegnere", "diretor", "diretora", "sócio", "sócia",
    "oprichter", "oprichtster", "eigenaar", "medewerker", "medewerkster", "adviseur",
    "directie", "dyrektor", "dyrektorka", "prezes", "założyciel", "założycielka",
    "kierownik", "kierowniczka", "właściciel", "właścicielka", "specjalista",
    "specjalistka", "doradca", "директор", "основатель", "основательница",
    "руководитель", "руководительница", "менеджер", "директорка", "засновник",
    "засновниця", "керівник", "керівниця", "grundare", "ägare", "ansvarig",
    "ředitel", "ředitelka", "jednatel", "jednatelka", "zakladatel", "zakladatelka",
    "vedoucí", "kurucu", "müdür", "müdürü", "yönetici", "sahibi", "ortak",
})  # fmt: skip
_JOB_ENDS = (
    "leiter", "leiterin", "führer", "führerin", "meister", "meisterin", "berater",
    "beraterin", "manager", "managerin", "direktor", "direktorin", "ingenieur", "gärtner",
    "geselle", "gesellin", "mechaniker", "mechanikerin", "mechatroniker", "mechatronikerin",
    "gärtnerin", "techniker", "technikerin", "kaufmann", "kauffrau", "referent", "referentin",
)  # fmt: skip
_MIN_COMPOUND = 7  # a compound is longer than its last word
_PERSON = regex.compile(
    rf"{_WORD}(?: (?:(?:von|van|de|da|del|di|der|den|le|la|ter) )?{_WORD}){{1,2}}"
)


def keep_sheets(content: list[Line], removed: dict[int, str]) -> None:
    """Take back the removal of the lines of each data sheet and team among ``content``."""
    if not removed:
        return
    # Only runs of lines that are not prose, long enough for a team or a
    # sheet, and with a line removed are read: most texts have none.
    subheadings: dict[str, int] | None = None  # worked out when a run asks for them
    start = 0
    for pos in range(len(content) + 1):
        if pos < len(content) and not content[pos].prose:
            continue
        if pos - start >= _MIN_CONTENTS and any(
            line.index in removed for line in content[start:pos]
        ):
            run = content[start:pos]
            spans = [*_data_sheets(run), *_teams(run)] if pos - start >= _MIN_RUN else []
            spans += _pros_and_cons(run)
            for first, end in spans:
                for line in run[first:end]:
                    why = removed.get(line.index)
                    if why is not None and not why.endswith(_STAYS_REMOVED):
                        del removed[line.index]
            if start and pos < len(content):  # between two lines of prose: in the body
                if subheadings is None:
                    subheadings = _subheadings(content)
                for first, end in _contents(run, subheadings, content[pos].index):
                    for line in run[first:end]:
                        # a heading's words ("Reactions", "Next steps"), not an offer's
                        why = removed.get(line.index)
                        if why is not None and why.startswith(_HEADING_CATEGORIES):
                            del removed[line.index]
        start = pos + 1


def _pros_and_cons(run: list[Line]) -> list[tuple[int, int]]:
    """
    A verdict's pros and cons: a pros header over its points, then a cons header over its own.

    A review prints them as short lines ("Vorteile" / "kann Laufwerke
    anlegen" / "Nachteile" / "teuer"), the shape of a menu, but no menu
    has a header of each kind with points under both. The cons take as
    many points as the pros at most (what follows is the page's again).
    """
    headers = [
        pos
        for pos, line in enumerate(run)
        if len(line.text) <= _MAX_HEADER_CHARS and _key(line.text) in _PROS
    ]
    if not headers:
        return []  # (most runs: only their short lines are folded)
    keys = [_key(line.text) if len(line.text) <= _MAX_HEADER_CHARS else "" for line in run]
    for pros in headers:
        cons = next(
            (p for p in range(pros + 2, min(len(run), pros + 2 + _MAX_POINTS)) if keys[p] in _CONS),
            None,
        )
        if cons is None or any(not _short(line, _MAX_POINT_WORDS) for line in run[pros + 1 : cons]):
            continue
        points = cons - pros - 1
        end = cons + 1
        while end < len(run) and end - cons <= points and _short(run[end], _MAX_POINT_WORDS):
            end += 1
        if end > cons + 1:
            return [(pros, end)]
    return []


@per_text  # asked of a run's lines by each of its tests
def _key(text: str) -> str:
    """A heading as a table of contents and the body both write it: no number, bullet or colon."""
    return _NUMBERING.sub("", text).rstrip(" :").casefold()


def _subheadings(content: list[Line]) -> dict[str, int]:
    """
    The body's subheadings: the lone short lines between two lines of prose, by key, and where.

    A key the text writes more than twice ("Link zum Artikel", "10 hours ago",
    a card's refrain) is no heading.
    """
    seen = Counter(_key(line.text) for line in content if not line.prose)
    return {
        key: line.index
        for pos, line in enumerate(content[1:-1], start=1)
        if not line.prose
        and content[pos - 1].prose
        and content[pos + 1].prose
        and seen[key := _key(line.text)] == _ENTRY_AND_HEADING
        and _LETTER.search(key)
    }


def _contents(run: list[Line], subheadings: dict[str, int], after: int) -> list[tuple[int, int]]:
    """
    A table of contents in the body: its entries, and its header.

    Two entries or more that name subheadings of the body below (``after``
    the run), or a header that says it is one ("Contents", "Inhalt",
    "Sommaire") over short lines.
    """
    header = 0 if _key(run[0].text) in _CONTENTS_HEADERS else None
    entries = [pos for pos, line in enumerate(run) if subheadings.get(_key(line.text), -1) >= after]
    if len(entries) >= _MIN_CONTENTS - 1:
        first = entries[0] - 1 if entries[0] == 1 and header == 0 else entries[0]
        return [(first, entries[-1] + 1)]
    if header is not None and all(
        _short(line, _MAX_LABEL_WORDS + 2)
        and (line.candidate is None or not line.candidate.reasons[0].startswith("catalog line"))
        for line in run
    ):  # a widget's lines platforms print ("Share on Facebook") are no headings
        return [(0, len(run))]
    return []


def _short(line: Line, words: int) -> bool:
    """A line that is no sentence, of ``words`` words at most."""
    text = line.text
    return not line.prose and text.count(" ") < words and not text.endswith(_SENTENCE_END)


def _label(line: Line) -> bool:
    """A field's label: a few words, a letter first, no digit."""
    text = line.text
    return _short(line, _MAX_LABEL_WORDS) and text[0].isalpha() and not _DIGIT.search(text)


def _header(line: Line) -> bool:
    """A sheet's header: a label's shape, no cue word ("Product Information", not "Zum Angebot")."""
    return _label(line) and (line.signals is None or not line.signals.cues)


@per_text
def _shape(text: str) -> str:
    """A value's shape: each run of digits read as 0, casefolded ("0 kg", "£0.0", "0k")."""
    return _DIGITS.sub("0", text.casefold())


def _data_sheets(content: list[Line]) -> list[tuple[int, int]]:
    """
    The stretches (positions in content) of label and value pairs that make a data sheet.

    Chains of pairs are asked from each line and the next (_Pairs.sheet).
    What a chain's test needs is worked out once for the run (_Pairs), so a
    long run of short lines (a page's list of headlines over their dates)
    costs a few passes, not a pass for each line of it, as it did (150 ms
    for a page of 2,300 such lines).

    >>> from textclean._filters.boilerplate.blocks import Line
    >>> rows = ["UPC", "a897fe39", "Product Type", "Books", "Price", "£51.77", "Tax", "£0.00",
    ...         "Availability", "In stock (22 available)"]
    >>> _data_sheets([Line(i, text, 0, False, None, None) for i, text in enumerate(rows)])
    [(0, 10)]
    >>> news = ["Flood warning", "12.06.2023", "Bridge closed", "11.06.2023",
    ...         "New mayor", "10.06.2023", "Rail strike", "09.06.2023"]
    >>> _data_sheets([Line(i, text, 0, False, None, None) for i, text in enumerate(news)])
    []
    """
    if len(content) < 2 * _MIN_PAIRS:
        return []
    pairs = _Pairs(content)
    sheets = []
    pos = 0
    while pos + 2 * _MIN_PAIRS <= len(content):
        reach = len(content)
        for start in (pos, pos + 1):
            end = pairs.chain_end[start]
            reach = min(reach, end)  # chains from both lines are asked to here
            if (sheet := pairs.sheet(start, end)) is not None:
                sheets.append(sheet)
                reach = sheet[1] + 1
                break
        pos = max(pos + 1, reach - 1)  # each chain's suffixes were asked with it
    return sheets


_NONE = 1 << 62  # a position past any run


class _Pairs:
    """
    What _sheet asks of a run's lines, worked out once for the whole run.

    Each table is indexed by position and read in steps of two, as labels
    and values alternate: where the chain of pairs from a line ends, where
    trimming stops at either end, whether a label repeats before a
    position, how many values hold a digit, and where a third shape of
    value is first seen. Each answer is then read in constant time.
    """

    __slots__ = (
        "chain_end",
        "content",
        "first_kept",
        "measured",
        "repeat",
        "third_shape",
        "valued",
    )

    def __init__(self, content: list[Line]) -> None:
        size = len(content)
        self.content = content
        texts = [line.text for line in content]
        digit = [_DIGIT.search(text) is not None for text in texts]
        value = [_short(line, _MAX_VALUE_WORDS) for line in content]
        # _label, from what is known: a few words, a letter first, no digit
        label = [
            value[pos]
            and texts[pos].count(" ") < _MAX_LABEL_WORDS
            and texts[pos][0].isalpha()
            and not digit[pos]
            for pos in range(size)
        ]
        cue = [line.signals is not None and bool(line.signals.cues) for line in content]
        # The end of the chain of pairs from each position (as the loop of old walked it).
        self.chain_end = chain = list(range(size + 2))
        for pos in range(size - 2, -1, -1):
            if label[pos] and value[pos + 1]:
                chain[pos] = chain[pos + 2]
        # valued[end]: the greatest end at or below ``end`` (same parity) whose value holds a digit.
        self.valued = valued = [-1] * (size + 1)
        for end in range(1, size + 1):
            valued[end] = end if digit[end - 1] else (valued[end - 2] if end >= 2 else -1)
        # first_kept[start]: the first start at or above ``start`` that trimming keeps.
        self.first_kept = kept = list(range(size + 2))
        for pos in range(size - 2, -1, -1):
            if not digit[pos + 1] and (cue[pos] or cue[pos + 1]):
                kept[pos] = kept[pos + 2]
        # repeat[pos]: the first position after ``pos`` (same parity) where a label seen at
        # or after ``pos`` is written again, casefolded.
        self.repeat = repeat = [_NONE] * (size + 2)
        seen: dict[tuple[int, str], int] = {}
        for pos in range(size - 1, -1, -1):
            again = _NONE
            if label[pos]:
                key = (pos & 1, texts[pos].casefold())
                again = seen.get(key, _NONE)
                seen[key] = pos
            repeat[pos] = min(again, repeat[pos + 2])
        # measured[pos]: values holding a digit at or below ``pos`` (same parity).
        self.measured = measured = [0] * size
        for pos in range(size):
            measured[pos] = digit[pos] + (measured[pos - 2] if pos >= 2 else 0)
        # third_shape[pos]: where a third shape of the values holding a digit is first seen
        # from ``pos`` on (same parity).
        self.third_shape = third = [_NONE] * (size + 2)
        firsts: tuple[list[tuple[int, str]], list[tuple[int, str]]] = ([], [])
        for pos in range(size - 1, -1, -1):
            if digit[pos]:
                shape = _shape(texts[pos])
                rest = [seen_shape for seen_shape in firsts[pos & 1] if seen_shape[1] != shape]
                firsts[pos & 1][:] = [(pos, shape), *rest[: _MIN_SHAPES - 1]]
            if len(firsts[pos & 1]) == _MIN_SHAPES:
                third[pos] = firsts[pos & 1][-1][0]

    def sheet(self, start: int, end: int) -> tuple[int, int] | None:
        """
        The data sheet in the pairs content[start:end], if they make one, with its header.

        Pairs whose value holds no digit are left out at the end, and at the
        start if a cue word is among them: they may be a footer's or a menu's
        items below or above the sheet.
        """
        first = start
        # the last pair whose value holds a digit ends it (none: no pairs)
        end = self.valued[end] if self.valued[end] - start >= 2 else start
        start = min(self.first_kept[start], end)
        pairs = (end - start) // 2
        if pairs < _MIN_PAIRS:
            return None
        measured = self.measured[end - 1] - (self.measured[start - 1] if start >= 1 else 0)
        if (
            self.repeat[start] < end  # a label written twice
            or 2 * measured < pairs
            # counts of shares, years of a discography, dates of headlines,
            # numbers of sections: one shape or two
            or self.third_shape[start + 1] >= end
        ):
            return None
        # its header above ("Product Information"), if it is a label's shape
        if start == first and start and _header(self.content[start - 1]):
            return start - 1, end
        return start, end


def _name(line: Line) -> bool:
    return _short(line, _MAX_ROLE_WORDS) and _person(line.text)


@per_text  # a name is asked as a chain's start, its link, and a column's
def _person(text: str) -> bool:
    return _PERSON.fullmatch(text) is not None


def _role(line: Line) -> bool:
    return _short(line, _MAX_ROLE_WORDS) and not _DIGIT.search(line.text)


def _names_then_jobs(content: list[Line], start: int) -> tuple[int, int] | None:
    """
    A team printed in two columns read one after the other: names, then as many jobs.

    >>> from textclean._filters.boilerplate.blocks import Line
    >>> rows = ["Alfred Selacher", "Marco Wolf", "Daniel Wolf", "Landschaftsgärtner",
    ...         "Eidg. dipl. Gärtnermeister", "Fachmann für Gartenbau", "Kontakt"]
    >>> _names_then_jobs([Line(i, text, 0, False, None, None) for i, text in enumerate(rows)], 0)
    (0, 6)
    """
    end = start
    while end < len(content) and _name(content[end]) and not _job_named(content[end].text):
        end += 1
    jobs = end
    while jobs < len(content) and _role(content[jobs]) and _job_named(content[jobs].text):
        jobs += 1
    # the names may open with a header in a name's shape ("Unser Team")
    for first in (start, start + 1):
        names = end - first
        if (
            names >= _MIN_COLUMN_NAMES
            and len({line.text for line in content[first:end]}) == names
            and jobs - end >= names - 1
        ):
            return first, jobs
    return None


def _names_a_job(text: str) -> bool:
    """
    Whether a role line names a job: a job word, or a German compound ending in one.

        >>> _names_a_job("Co-CEO, Geschäftsleitung"), _names_a_job("Stv. Verkaufsleiter")
        (True, True)
        >>> _names_a_job("Malware Analysis Appliance"), _names_a_job("Sun News")
        (False, False)
    """
    return any(
        word in _JOB_WORDS or (len(word) > _MIN_COMPOUND and word.endswith(_JOB_ENDS))
        for word in _LETTERS.findall(text.casefold())
    )


# (_names_a_job keeps its doctest: the remembered function is a name of its own)
_job_named = per_text(_names_a_job)


def _teams(content: list[Line]) -> list[tuple[int, int]]:
    """
    The stretches (positions in content) of person names each above a role: a team.

    A chain: a name, its role on the next line or two, the next name. The
    role may look like a name itself ("Key Account Manager"), but not most
    of them: a menu in title case is names one under another.

    >>> from textclean._filters.boilerplate.blocks import Line
    >>> rows = ["Mark Stäheli", "Co-CEO, Geschäftsleitung", "Markus Graf", "COO",
    ...         "Georg Hegyi", "Head of Presales", "Jo Brügger", "Leiter Innendienst,",
    ...         "Geschäftsleitung", "Andreas Jacob", "Gründer, Verwaltungsrat"]
    >>> _teams([Line(i, text, 0, False, None, None) for i, text in enumerate(rows)])
    [(0, 11)]
    >>> menu = ["Auto News", "Car Reviews", "Buyers Guide", "Motorsports", "Auto Shows",
    ...         "Contact Us", "FAQ", "The Plain Dealer", "Sun News", "Media Rewards"]
    >>> _teams([Line(i, text, 0, False, None, None) for i, text in enumerate(menu)])
    []
    """
    teams = []
    pos = 0
    while pos < len(content):
        if not _name(content[pos]):
            pos += 1
            continue
        if (pos == 0 or not _name(content[pos - 1])) and (
            column := _names_then_jobs(content, pos)
        ) is not None:
            teams.append(column)
            pos = column[1]
            continue
        names = _chain(content, pos)
        # the chain, or the chain under its first line (a header in a name's shape: "Unser Team")
        for first in (0, 1):
            if _team(content, names[first:]):
                end = names[-1] + 1
                teams.append((names[first], end + (end < len(content) and _role(content[end]))))
                pos = teams[-1][1]
                break
        else:
            pos = max(pos + 1, names[-1])  # a suffix of this chain was asked already
    return teams


def _chain(content: list[Line], pos: int) -> list[int]:
    """The names from ``pos`` on, each two or three lines below the last."""
    names = [pos]
    while True:
        last = names[-1]
        if last + 2 >= len(content) or not _role(content[last + 1]):
            break
        if _name(content[last + 2]):
            names.append(last + 2)
        elif last + 3 < len(content) and _role(content[last + 2]) and _name(content[last + 3]):
            names.append(last + 3)
        else:
            break
    return names


def _team(content: list[Line], names: list[int]) -> bool:
    """
    Whether a chain of names over roles is a team: enough names, each once, most over a job.

    A menu in title case is a chain of "names" too, but its items name no job.
    """
    return (
        len(names) >= _MIN_NAMES
        and len({content[i].text for i in names}) == len(names)  # one author's cards repeat it
        and not any(_job_named(content[i].text) for i in names)
        and 2 * sum(i + 1 < len(content) and _job_named(content[i + 1].text) for i in names)
        >= len(names)
    )
