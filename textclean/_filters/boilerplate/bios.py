r"""
Author boxes: bios after the article body, About-the-author blocks and bylines.

- A **bio** is a name line followed by one to three short paragraphs with at
  least two kinds of biographical sentence (a role, a beat, where the author
  lives, a degree, contact), or an "About the author" header and what follows,
  after at least two paragraphs of body.
- A **byline** is a short line naming the author: ``By Jane Roe``,
  ``Von Max Muster``, ``View all posts by …``, ``Jane Roe, Senior Reporter``.

    >>> byline("View all posts by Jane Roe")
    True
    >>> byline("By the end of the year, prices rose.")
    False
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

import regex

from textclean._filters.boilerplate.catalog import AUTHOR_BIO
from textclean._filters.boilerplate.lines import fewer_spaces
from textclean._filters.boilerplate.signals import Parts, stopword_density

if TYPE_CHECKING:
    from textclean._filters.boilerplate.blocks import Line

#: How a removed call to action's reason ends: a bio found around it claims it.
CALL_TO_ACTION = "(call to action)"

_NAME = r"\p{Lu}[\p{L}'’.-]*"
_NAME_LINE = regex.compile(
    rf"(?:by )?{_NAME}(?: (?:{_NAME}|de|van|von|da|del|bin|al)){{1,3}}",
)
_ABOUT_AUTHOR_HEADERS = (
    "about the author", "about the authors", "about the writer", "über den autor",
    "über die autorin", "à propos de l'auteur", "à propos de l’auteur", "sobre el autor",
    "sobre la autora", "sull'autore", "sull’autore", "sobre o autor", "об авторе",
    "over de auteur", "o autorze", "про автора", "yazar hakkında", "o autorovi", "o autorce",
    "om skribenten", "om författaren", "à propos de l'autrice",
    "sobre a autora", "over de schrijver", "об авторе статьи", "про авторку",
)  # fmt: skip
_ABOUT_AUTHOR = regex.compile(
    "(?i)" + "|".join(regex.escape(header) for header in _ABOUT_AUTHOR_HEADERS)
)
# Cheap length check before the pattern: the longest header, with room for
# case folding that lengthens a letter (ß to ss).
_ABOUT_AUTHOR_MAX_CHARS = 2 * max(map(len, _ABOUT_AUTHOR_HEADERS))
NAME_LINE_MAX_SPACES = 4  # also more than any About-the-author header has
HEADER_TRIM = " :.-—"
_TRIMMABLE = frozenset(HEADER_TRIM) | frozenset(" \t\u00a0\u2009\u202f\u3000")
_BIO_CUES = tuple(
    regex.compile(pattern, regex.IGNORECASE)
    for pattern in (
        r"\b(?:is|was|am) an? (?:[\w-]+ ){0,3}(?:reporter|writer|journalist|editor|"
        r"correspondent|contributor|columnist|author|freelancer|producer|analyst|blogger|"
        r"intern|student|graduate|fellow|photographer|anchor|host)\b",
        r"\b(?:covers|covering|has covered|reports on|writes about|has written for|"
        r"has contributed to|has worked (?:for|at|as)|previously worked)\b",
        r"\b(?:lives|lived|is based|based) in\b|\b(?:is|hails|comes) from\b|\bgrew up in\b",
        r"\b(?:follow|reach|contact|email) (?:him|her|them|me) (?:on|at|via)\b",
        r"\b(?:bachelor['’]?s?|master['’]?s?|doctorate|ph\.?d|degree|graduated|alumn[ia]|"
        r"holds an? )\b",
        r"\b(?:is an avid|avid|enjoys|in (?:his|her|their|my) (?:free|spare) time|"
        r"when (?:he|she|they|i)(?: is|['’]s|['’]re| am|['’]m)? not)\b",
    )
)
_BYLINE = regex.compile(
    r"(?i:by|von|par|por|di|door|przez|av|автор|yazar|written by|posted by|published by|"
    r"geschrieben von|(?:view|see|read) (?:all|more) (?:posts|articles|stories) (?:by|from)|"
    r"more (?:posts|articles|stories) (?:by|from)|all posts by|more by|alle beiträge von|"
    r"(?:alle|weitere) artikel von|plus d['’]articles de|más artículos de|"
    r"tous les articles de|ver todas las entradas de|todos los artículos de|"
    r"tutti gli articoli di|ver todos os posts de|alle berichten van|wszystkie wpisy|"
    r"(?:ver )?tod[oa]s (?:os|as) (?:artigos|textos|publicações|notícias) de|"
    r"ver (?:mais )?(?:artigos|textos) de|"
    # a label naming the author: "Autor: Jan Nowak", "Text: Anna Roe"
    r"author|authors|autor|autorin|autorka|autora|autore|auteur|auteure|autorzy|автори|"
    r"авторы|text|texto|testo|tekst|texte|текст|"
    # all articles of an author: "Wszystkie artykuły autora: X", "Все статьи автора X"
    r"(?:wszystkie|więcej) (?:artykuły|teksty|wpisy) autora|alle artikelen van|"
    r"(?:все|другие) (?:статьи|материалы) автора|(?:всі|інші) (?:статті|матеріали) автора|"
    r"yazarın (?:tüm|diğer) yazıları|alla artiklar av|(?:všechny|další) články autora|"
    r"altri articoli di|outros artigos de|autres articles de|otros artículos de)"
    rf"(?::| ?[—–-])? {_NAME}"  # "Autor: X", "Автор — X"
    rf"(?:(?:,? | and | und | et | y | e | i | и | & )(?:{_NAME}|de|van|von|da|del|di))"
    r"{0,7}(?: ?[,|·•–—-]{1,2} ?[\w./: -]{0,40})?"
)
_ROLE = regex.compile(
    rf"{_NAME}(?: {_NAME}){{1,3}}[,|–—-]{{1,2}} ?(?i:(?:senior |chief |staff |deputy |"
    r"political |foreign |business )?(?:reporter|editor|correspondent|writer|journalist|"
    r"columnist|contributor|redakteur(?:in)?|journalist(?:in)?|autor(?:in)?|"
    r"korrespondent(?:in)?|rédacteur|rédactrice|journaliste|periodista|redactor[a]?|"
    r"giornalista|redattore|jornalista|repórter|redacteur|verslaggever|dziennikarz|"
    r"redaktor|корреспондент|журналист|редактор|кореспондент|журналіст|muhabir|editör|"
    r"reporter[a]?)s?)\b.{0,40}"
)
_MAX_BYLINE_WORDS = 12
# The first words _BYLINE can begin with, to skip it on other lines.
_BYLINE_STARTS = frozenset({
    "by", "von", "par", "por", "di", "door", "przez", "av", "автор", "yazar", "written", "posted",
    "published", "geschrieben", "view", "see", "read", "all", "more", "alle", "weitere", "tous",
    "plus", "más", "ver", "todos", "tutti", "wszystkie", "więcej", "author", "authors", "autor",
    "autorin", "autorka", "autora", "autore", "auteur", "auteure", "autorzy", "автори", "авторы",
    "text", "texto", "testo", "tekst", "texte", "текст", "все", "другие", "всі", "інші",
    "yazarın", "alla", "všechny", "další", "altri", "outros", "autres", "otros",
})  # fmt: skip
_MAX_BIO_CHARS = 900
_BIO_REACH = 6  # content lines from the end where an About-the-author header may sit
_MIN_BODY_PARAGRAPHS = 2  # a bio is only a bio after an article body
_MAX_ABOUT_LINES = 2  # lines of a bio under its About-the-author header
_ARTICLE_WORDS = 8  # a line this long below the bio is the article going on, not furniture


def byline(line: str) -> bool:
    """Whether ``line`` (stripped) names an author: By Jane Roe, Jane Roe, Senior Reporter."""
    words = line.split(None, _MAX_BYLINE_WORDS)
    if len(words) > _MAX_BYLINE_WORDS or len(words) < 2 or line.endswith("."):
        return False
    first = words[0].casefold().rstrip(":")
    if first in _BYLINE_STARTS and _BYLINE.fullmatch(line):
        return True
    if first in _FOLLOW and "@" in line:
        return True  # "Volg Lotte op X: @lotte", "Siga Ana no X: @ana"
    if "@" in line and not _AUTHOR_WORDS.isdisjoint(w.strip(":,.").casefold() for w in words):
        return True  # "Email the author: a.roe@example.org"
    if any(c in line for c in ",|–—-") and (_ROLE.fullmatch(line) is not None or _named_role(line)):
        return True
    return _COAUTHORS.fullmatch(line) is not None


def _named_role(line: str) -> bool:
    """A name, a comma or dash, and a media role soon after ("Ana Roe, corrispondente")."""
    found = _NAME_THEN.match(line)
    if found is None:
        return False
    role = line[found.end() :].casefold().split()[:_ROLE_REACH]
    # a compound names the role too: "Wirtschaftsredakteur", "Sportreporterin"
    return (
        not _ROLE_FORMS.isdisjoint(role)
        or not _DESKS.isdisjoint(role)
        or any(word.endswith(_ROLE_ENDS) for word in role)
    )


# The newsroom or desk an author belongs to: "Ana Roe | Redazione Cronaca".
_DESKS = frozenset({
    "redazione", "redaktion", "rédaction", "redacción", "redação", "redactie", "redakcja",
    "редакция", "редакція", "newsroom", "desk", "ressort", "dział", "отдел", "відділ", "servizio",
    "service", "sección", "secção", "afdeling", "avdelning", "oddělení",
})  # fmt: skip


# Names: two to four capitalized words, name particles between them.
_PERSON = rf"{_NAME}(?: (?:(?:de|van|von|da|del|di|der|den|dos|le|la|ter|ten) )*{_NAME}){{1,2}}"
_NAME_THEN = regex.compile(rf"{_PERSON} ?[,|–—-]{{1,2}} ?")
_ROLE_REACH = 4  # the role is among the first words after the name
# Co-authors on a line of their own: "Femke de Wit en Sanne Kuipers".
_COAUTHORS = regex.compile(
    rf"{_PERSON}(?:, {_PERSON})*,? (?:and|und|et|y|e|en|i|и|і|ve|och|a|&) {_PERSON}"
)
# The author named by role beside an address: "Email the author: ...".
_AUTHOR_WORDS = frozenset({
    "author", "authors", "autor", "autorin", "autora", "autore", "auteur", "auteure", "autorka",
    "автор", "автора", "автору", "yazar", "yazara", "författaren", "autorovi", "reporter",
    "redactie", "redaktion", "rédaction", "redacción", "redazione", "redação", "redakcja",
    "редакция", "редакція",
})  # fmt: skip
# Following an author on a network, with a handle.
_FOLLOW = frozenset({
    "follow", "folge", "folgen", "suivez", "suis", "sigue", "siga", "sigam", "segui", "seguite",
    "volg", "volgen", "obserwuj", "следите", "подписывайтесь", "стежте", "слідкуйте", "takip",
    "följ", "sledujte", "sleduj",
})  # fmt: skip


def _bio_cues(block: str) -> int:
    return sum(bool(cue.search(block)) for cue in _BIO_CUES)


def may_be_short(line: str) -> bool:
    """Whether ``line`` has few enough spaces for a name line or header, once trimmed."""
    spaces = line.count(" ")
    if spaces <= NAME_LINE_MAX_SPACES:
        return True
    if (
        spaces > NAME_LINE_MAX_SPACES + 1
        and line[0] not in _TRIMMABLE
        and line[-2] not in _TRIMMABLE
    ):
        return False  # trimming takes the last character at most: one space at most
    # Trimming removes only the runs of trimmable characters at either end
    # (a final full stop, mostly), so it cannot bring the count down further.
    lead = 0
    while lead < len(line) and line[lead] in _TRIMMABLE:
        lead += 1
    trail = 0
    while trail < len(line) - lead and line[-1 - trail] in _TRIMMABLE:
        trail += 1
    if spaces - lead - trail > NAME_LINE_MAX_SPACES:
        return False
    return (
        line.strip().count(" ") <= NAME_LINE_MAX_SPACES
        or line.strip(HEADER_TRIM).count(" ") <= NAME_LINE_MAX_SPACES
    )


def find_author_bio(lines: list[str], removed: dict[int, str]) -> bool:
    """Mark an author bio or About-the-author block that ends the article; True if found."""
    # Only the last few content lines can start a bio; the body before them
    # only needs to be long enough, so a few more lines are collected.
    # Both kinds of bio begin at a short line (a name, or a header), which
    # most article endings, all long paragraphs, lack.
    content: list[int] = []
    short = False
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if (i in removed and not removed[i].endswith(CALL_TO_ACTION)) or not line or line.isspace():
            continue  # a call to action may be a bio's last sentence ("Follow her on X")
        content.append(i)
        if len(content) <= _BIO_REACH and not short:
            # may_be_short's own first test, inlined: most lines are paragraphs
            short = (
                fewer_spaces(line, NAME_LINE_MAX_SPACES + 2)
                or line[0] in _TRIMMABLE
                or line[-2:-1] in _TRIMMABLE
            ) and may_be_short(line)
        elif not short:
            return False  # no short line near the end: no bio begins there
        if len(content) == _BIO_REACH + _MIN_BODY_PARAGRAPHS:
            break
    if not short or len(content) < _MIN_BODY_PARAGRAPHS + 2:
        return False
    content.reverse()
    found = _about_the_author(lines, content)
    if found is None:
        found = _name_and_bio(lines, content)
    if not found or not found[0]:
        return False
    block, why = found
    for i in block:
        removed[i] = why
    return True


def _about_the_author(lines: list[str], content: list[int]) -> tuple[list[int], str] | None:
    """An "About the author" header and what follows it; no lines if it comes too early."""
    tail = content[-_BIO_REACH:]
    for pos, index in enumerate(tail):
        header = lines[index].strip(HEADER_TRIM)
        if len(header) <= _ABOUT_AUTHOR_MAX_CHARS and _ABOUT_AUTHOR.fullmatch(header):
            block = tail[pos:]
            below = block[_MAX_ABOUT_LINES + 1 :]
            if any(len(lines[i].split()) >= _ARTICLE_WORDS for i in below):
                return [], ""  # the article goes on under it: a section about an author
            if len(content) - len(block) >= _MIN_BODY_PARAGRAPHS:
                return block, f"{AUTHOR_BIO}: 'About the author' block after the article"
            return [], ""
    return None


def _name_and_bio(lines: list[str], content: list[int]) -> tuple[list[int], str] | None:
    """A name line followed by one to three short paragraphs of bio sentences."""
    for size in (1, 2, 3):
        if len(content) < size + 1 + _MIN_BODY_PARAGRAPHS:
            return None
        name, block = content[-size - 1], content[-size:]
        name_line = lines[name].strip()
        # A name line has at most four spaces ("by" and four names); most lines fail here.
        if name_line.count(" ") > NAME_LINE_MAX_SPACES or not _NAME_LINE.fullmatch(name_line):
            continue
        text = " ".join(lines[i] for i in block)
        if len(text) > _MAX_BIO_CHARS:
            continue
        cues = _bio_cues(text)
        if cues >= 2:  # two kinds of cue make a bio
            why = f"{AUTHOR_BIO}: name line '{name_line}' and {cues} kinds of bio sentence"
            return [name, *block], why
    return None


# A bio sentence at the end, in 13 languages: a media role ("journalist",
# "giornalista", "dziennikarka"), said of oneself ("Ik ben Sanne, ...") or of
# a person named first with what they write, since when or where they live.
_ROLE_WORDS = frozenset({
    "journalist", "journaliste", "journalistin", "periodista", "giornalista", "jornalista",
    "verslaggever", "dziennikarz", "dziennikarka", "журналист", "журналистка", "журналіст",
    "журналістка", "gazeteci", "muhabir", "novinář", "novinářka", "reporter", "reporterin",
    "repórter", "reportera", "reportér", "redakteur", "redakteurin", "rédacteur", "rédactrice",
    "redactor", "redactora", "redattore", "redattrice", "redactie", "redaktor", "redaktorka",
    "редактор", "editör", "editor", "editora", "correspondent", "corresponsal",
    "corrispondente", "correspondente", "korrespondent", "korrespondentin", "korespondent",
    "корреспондент", "кореспондент", "columnist", "kolumnist", "kolumnistin", "chroniqueur",
    "корреспондентка", "кореспондентка", "редакторка",
    "chroniqueuse", "columnista", "freelance", "freelancer", "freelancerin", "photographer",
    "photographe", "fotograf", "fotografin", "fotógrafo", "fotógrafa", "fotografo", "fotografa",
    "blogger", "bloggerin", "blogueur", "blogueuse", "writer", "schrijver", "pisarz", "pisarka",
    "писатель", "письменник", "författare", "spisovatel", "skribent", "schriftstellerin",
    "schriftsteller", "author", "autorin", "auteure", "autora", "autrice", "redacteur",
    "redactrice", "eindredacteur", "hoofdredacteur", "chefredacteur", "verslaggeefster",
    # inflected, as bios say them ("Jestem niezależną dziennikarką", "работает корреспондентом")
    "dziennikarką", "dziennikarzem", "redaktorem", "redaktorką", "reporterem", "reporterką",
    "fotografem", "fotografką", "korespondentem", "korespondentką", "журналистом",
    "журналисткой", "корреспондентом", "редактором", "журналістом", "журналісткою",
    "кореспондентом", "novinářem", "novinářkou", "redaktorkou", "reporterka", "inviato",
    "inviata", "collaboratore", "collaboratrice", "colaborador", "colaboradora", "medewerker",
    "współpracownik", "contributor", "photojournalist", "fotoreporter", "fotoreporterin",
    "fotoreporterka", "editor-in-chief", "chefredakteur", "chefredakteurin", "обозреватель",
    "оглядач", "оглядачка", "commentator", "kommentator", "éditorialiste", "opinionista",
})  # fmt: skip
_ROLE_ENDS = tuple(word for word in _ROLE_WORDS if len(word) >= 7)
# As split words write them: "journalist," "(reporter)" (one set lookup a word).
_ROLE_FORMS = frozenset(
    lead + word + trail
    for word in _ROLE_WORDS
    for lead in ("", "(")
    for trail in ("", ",", ".", ";", ":", ")", "),", ").")
)
_SELF_INTRODUCTION = regex.compile(
    r"(?i)(?:i['’]m|i am|my name is|ich bin|mein name ist|je suis|je m['’]appelle|soy|me llamo|"
    r"sono|mi chiamo|sou|meu nome é|ik ben|jestem|nazywam się|я|меня зовут|мене звати|ben|"
    r"benim adım|jag är|jag heter|jsem)\b"
)
# Openings of a self-introduction that are as often something else: the
# English name Ben ("Ben kept the keys, the reporter said"), Italian "they
# are" ("Sono arrivati il fotografo e l'inviata"). After them the role comes
# at once, after lowercase words ("Sono giornalista", "Sono una fotografa").
_AMBIGUOUS_INTRODUCTIONS = frozenset({"ben", "sono"})
_INTRODUCED_ROLE_REACH = 3
_NAMED = regex.compile(
    r"\p{Lu}[\p{L}'’-]+ (?:(?:de|du|des|van|von|zu|da|do|das|del|della|di|dos|le|la) )?"
    r"\p{Lu}[\p{L}'’-]+"
)
_BIO_FACT = regex.compile(
    r"(?i)\b(?:writes?|writing|schreibt|écrit|escribe|scrive|escreve|schrijft|pisze|пишет|пише|"
    r"yazıyor|skriver|píše|covers|berichtet|couvre|cubre|cobre|lebt|vit|vive|woont|mieszka|"
    r"живет|живёт|живе|yaşıyor|bor|žije|based|basé|basée|basada|con base)\b|"
    r"\b(?:since|seit|depuis|desde|dal|sinds|od|с|з|beri|sedan)\s+(?:roku\s+)?(?:19|20)\d\d\b"
)
_MAX_BIO_SENTENCE_WORDS = 40
# "Anna Nowak jest dziennikarką działu miejskiego", "Marco Rossi è un
# giornalista": a person named first, a copula and a media role, in a
# sentence too short to be an article's news about a journalist.
_COPULA = regex.compile(
    r"\b(?:is|was|ist|war|est|es|è|é|jest|je|är|является|є|работает|працює|works as|arbeitet als|"
    r"travaille comme|trabaja como|lavora come|trabalha como|werkt als|pracuje jako)\b",
    regex.IGNORECASE,
)
_MAX_COPULA_BIO_WORDS = 12
# "Joost Mulder schrijft voor De Rivierbode over wonen", "Ewa Sikora od 2017
# roku pisze dla Kuriera o transporcie": a person named first writes for an
# outlet (a capitalized name) about a beat, or since a year.
_WRITES = regex.compile(
    r"\b(?:writes?|has written|schreibt|écrit|escribe|scrive|escreve|schrijft|pisze|пишет|пише|"
    r"yazıyor|skriver|píše|reports|berichtet|"
    # covering a beat: "has covered transport", "suit l'actualité", "cubre", "volgt"
    r"covers|has covered|covered|betreut|verfolgt|couvre|suit|cubre|sigue|segue|segue|cobre|"
    r"acompanha|volgt|śledzi|relacjonuje|освещает|висвітлює|takip ediyor|bevakar|sleduje)\b"
)
_FOR_OUTLET = regex.compile(
    r"\b(?:for|für|pour|para|per|voor|dla|для|için|för|pro|у|в)\s+"
    r"(?:\p{Lu}|(?i:us|uns|nous|nosotros|noi|nós|ons|nas|нас|bizim|oss|nás)\b|"
    # "for our paper", "für unsere Zeitung", "pour la rédaction", "for the paper"
    r"(?i:(?:our|unsere?[mnrs]?|notre|nuestr[oa]|il nostro|la nostra|[oa] noss[oa]|onze|"
    r"nasz(?:ej|ego|ą)?|наш\w*|vår\w*|náš\w*|the|die|der|den|la|le|el|il|o|a|het|de)\s+"
    r"(?:paper|newspaper|site|magazine|newsroom|desk|zeitung|redaktion|blatt|rédaction|"
    r"journal|periódico|diario|redacción|giornale|testata|redazione|jornal|redação|krant|"
    r"redactie|gazet\w*|redakcj\w*|газет\w*|редакц\w*|tidning\w*|noviny|redakc\w*)\b)|"
    # Swedish and Danish write "the paper" as one word
    r"(?i:tidningen|redaktionen|avisen)\b)"
)
_BEAT = regex.compile(
    r"(?i)\b(?:about|über|sur|sobre|su|over|o|о|про|hakkında|om)\s+\w|"
    r"\b(?:since|seit|depuis|desde|dal|sinds|od|с|з|beri|sedan)\s+(?:roku\s+)?(?:19|20)\d\d\b"
)


def _writes_for(line: str) -> bool:
    """A person named first writes for an outlet, about a beat or since a year."""
    return (
        _NAMED.match(line) is not None
        and _may_write(line)
        and (found := _WRITES.search(line, 0, _WRITES_SEARCHED)) is not None
        and found.start() < _WRITES_FOR_REACH
        and _FOR_OUTLET.search(line, found.end()) is not None
        and _BEAT.search(line, found.end()) is not None
    )


_WRITES_FOR_REACH = 60  # characters: the verb follows the name closely
# A verb found must begin within the reach, so only this much of a long line
# is searched: the reach and more than the longest verb (12 characters), so
# the word boundary after a verb begun within the reach sees the next character.
_WRITES_SEARCHED = _WRITES_FOR_REACH + 40
# A part of each verb of _WRITES (a test checks each): a line whose searched
# start holds none has no verb there. German capitalizes its nouns, so most of
# its sentences open as a name does ("Die Rechnung ...") and come this far.
WRITES_PARTS = (
    "writ", "schreibt", "écrit", "escribe", "scrive", "escreve", "schrijft", "pisze", "пише",
    "yazıyor", "skriver", "píše", "reports", "berichtet", "cover", "betreut", "verfolgt",
    "couvre", "suit", "cubre", "sigue", "segue", "cobre", "acompanha", "volgt", "śledzi",
    "relacjonuje", "освещает", "висвітлює", "takip ediyor", "bevakar", "sleduje",
)  # fmt: skip
_WRITES_PARTS = Parts.of(WRITES_PARTS)


def _may_write(line: str) -> bool:
    """
    Whether _WRITES may find a verb in the start of ``line`` it searches.

    False only if no part of a verb is there: one pass of the fast extra's
    automaton, some five times cheaper than the pattern's search (about
    17 ns a character). Without the extra the pattern is asked alone.
    """
    return _WRITES_PARTS.automaton is None or _WRITES_PARTS.in_text(line[:_WRITES_SEARCHED])


def bio_sentence(line: str, words: list[str] | None = None) -> bool:
    """
    Whether ``line`` is a sentence of an author's bio (the text's end decides where it may go).

        >>> bio_sentence("Ik ben Sanne, freelance journalist in Gent.")
        True
        >>> bio_sentence("Ana Lopes é jornalista e escreve sobre clima desde 2019.")
        True
        >>> bio_sentence("The journalist who broke the story said nothing.")
        False
    """
    if words is None:
        words = line.casefold().split()  # the caller may have split it already
    if len(words) > _MAX_BIO_SENTENCE_WORDS:
        return False
    if _ROLE_FORMS.isdisjoint(words):
        return _writes_for(line)
    if (intro := _SELF_INTRODUCTION.match(line)) is not None and (
        intro[0].casefold() not in _AMBIGUOUS_INTRODUCTIONS or _introduces_role(line, words)
    ):
        return True
    if (
        len(words) <= _MAX_COPULA_BIO_WORDS
        and _NAMED.match(line) is not None
        and (copula := _COPULA.search(line)) is not None
        and copula.start() < _WRITES_FOR_REACH
    ):
        return True
    return _NAMED.match(line) is not None and _BIO_FACT.search(line) is not None


def _introduces_role(line: str, words: list[str]) -> bool:
    """After an ambiguous opening: a lowercase word (not "Ben Hollis") and the role at once."""
    following = line.split(maxsplit=2)[1:2]
    return (
        bool(following)
        and following[0][:1].islower()
        and not _ROLE_FORMS.isdisjoint(words[1 : 1 + _INTRODUCED_ROLE_REACH])
    )


def may_be_bio_sentence(line: str) -> bool:
    """
    Whether bio_sentence may hold: ``line`` opens with a name or a self-introduction.

    Every way bio_sentence says yes needs one of them; both are tried at the
    line's start only, so this rules out most sentences without folding them.

        >>> may_be_bio_sentence("Ana Lopes é jornalista."), may_be_bio_sentence("It rained.")
        (True, False)
    """
    return _BIO_OPENING.match(line) is not None


# Either opening in one pattern, so the gate is one call into the engine (it is
# asked of every sentence at a text's ends): a match of the alternation at the
# line's start is a match of either pattern there, and nothing else.
_BIO_OPENING = regex.compile(
    f"(?:{_NAMED.pattern})|(?i:{_SELF_INTRODUCTION.pattern.removeprefix('(?i)')})"
)


#: The reason a role line goes for; a name line above it goes with it.
ROLE_LINE = "a media role alone on its line"
_ROLE_ADJECTIVES = frozenset({
    "senior", "chief", "staff", "deputy", "political", "foreign", "business", "local", "sports",
    "freier", "freie", "leitender", "stellvertretender", "principal", "jefe", "capo", "chefe",
    "starszy", "старший", "kıdemli", "ansvarig", "and", "und", "et", "y", "e", "i", "&", "/",
})  # fmt: skip
_MAX_ROLE_LINE_WORDS = 3


def role_line(line: str) -> bool:
    """
    A line that is a media role only, as author boxes print it under the name.

        >>> role_line("Muhabir"), role_line("Senior Reporter"), role_line("Reporter wanted")
        (True, True, False)
    """
    if line.count(" ") >= _MAX_ROLE_LINE_WORDS:
        return False  # most lines: too long, without splitting them
    words = line.casefold().split()
    return (
        0 < len(words) <= _MAX_ROLE_LINE_WORDS
        and any(word in _ROLE_FORMS for word in words)
        and all(word in _ROLE_FORMS or word in _ROLE_ADJECTIVES for word in words)
    )


def names_above_roles(lines: list[str], removed: dict[int, str]) -> None:
    """A name line just above a removed role line goes with it: "Dr. Ana Roe" over "Reporter"."""
    roles = [i for i, why in removed.items() if ROLE_LINE in why]
    for index in sorted(roles) if roles else ():
        above = index - 1
        while above >= 0 and not lines[above].strip():
            above -= 1
        if above < 0 or above in removed:
            continue
        name = lines[above].strip()
        if name.count(" ") <= NAME_LINE_MAX_SPACES and _NAME_LINE.fullmatch(name):
            removed[above] = f"{AUTHOR_BIO}: a name above its role line"


def named_bios(text: str, lines: list[str], content: list[Line], removed: dict[int, str]) -> None:
    """
    A name line and, just below it, a sentence about that person opening with the name: a bio.

    "Inga Buller" above "Inga Buller ist Head of Social & Community bei CHIP.
    Wenn sie ...", "Arne Roe" above "Dr. Arne Roe is a professor at ...":
    the author box repeats the name as the subject of a third-person bio,
    whatever the role (not only the media's). Both go when the pair sits
    among furniture (a removed line before prose, going up from the name or
    down from the bio) after the body. A page of several such pairs (a team,
    speakers of a conference) is content, so a text with more than two
    pairs keeps them all. The pairs are looked for only from the lines that
    may be a name (see _named_pairs).
    """
    found = _named_pairs(text, lines, content)
    if not found or len(found) > _MAX_NAMED_BIOS:
        return
    where = {line.index: pos for pos, line in enumerate(content)}
    body = [pos for pos, line in enumerate(content) if line.prose]
    for name_index, bio_index in found:
        above, pos = where.get(name_index), where.get(bio_index)
        if above is None or pos is None or bio_index in removed:
            continue
        if (
            len(content[pos].text) > _MAX_BIO_CHARS
            or content[pos].text.count(" ") < _MIN_BIO_SPACES
        ):
            continue
        if sum(p < above for p in body) < _MIN_BODY_PARAGRAPHS:
            continue  # a name and its bio above the article: a byline box, or the article
        if _stopwords_in_name(content[above]) or _kept_above(content, above, removed) > (
            _MAX_KEPT_ABOVE
        ):
            # "Das Kartenspiel" is a title, not a name; and lines that stay
            # between the body and the box would join the furniture at the
            # end once the bio (prose) no longer bounds them: a plan, a list
            continue
        if not (
            _furniture_towards(content, above - 1, -1, removed)
            or _furniture_towards(content, pos + 1, 1, removed, name=content[above].text)
        ):
            continue
        why = f"{AUTHOR_BIO}: a name line and a bio opening with the name, among furniture"
        for line in content[above : pos + 1]:
            removed.setdefault(line.index, why)


_MAX_NAMED_BIOS = 2  # co-authors; more pairs are a page about people
_FURNITURE_REACH = 5  # lines between the pair and the furniture around it
_MIN_BIO_SPACES = 4  # a sentence about the person, not "Inga Buller ist da"
# A line of two to four capitalised words, then (after blank lines and at most
# one other line, a photo credit or a role) a line opening with the same name,
# maybe after a title (Dr., Prof., Dr.-Ing.), and a lowercase word: the verb
# of a sentence about the person ("ist", "is", "est", "works"), not more name.
_NAMED_BIO = regex.compile(
    r"(?m)^[ \t]*(?P<name>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){1,3})[ \t]*\n"
    r"(?:[ \t]*\n)*(?:[^\n]+\n(?:[ \t]*\n)*)?"
    r"[ \t]*(?P<bio>(?:\p{Lu}\p{Ll}{0,4}\.(?:-\p{Lu}\p{Ll}{0,4}\.)? )*(?P=name) \p{Ll})"
)


def _named_pairs(text: str, lines: list[str], content: list[Line]) -> list[tuple[int, int]]:
    """
    The (name line, bio line) index of each _NAMED_BIO match in the text, up to one too many.

    A match begins at a line of two to four words, so _NAMED_BIO is tried
    only at such lines' starts (a few per text), in order and past the end of
    the last match, as a search of the whole text would find them: the
    regex module tries a pattern opening with ``^`` at every character. The
    bio is one of the two content lines below the name (blank lines and one
    other line may part them), so a match ends within the second, and one of
    them holds the name: most lines of a menu are tried no further.
    """
    starts = None
    found: list[tuple[int, int]] = []
    end = 0
    for pos, line in enumerate(content):
        if not 0 < line.text.count(" ") <= _MAX_NAME_SPACES:
            continue
        named = line.text + " "  # the bio opens with the name and a word
        if not any(named in below.text for below in content[pos + 1 : pos + 3]):
            continue
        if starts is None:
            starts = list(itertools.accumulate(map(len, lines), initial=0))
        start = starts[line.index] + line.index  # and a line break after each line
        if start < end:
            continue
        last = content[pos + 2].index if pos + 2 < len(content) else len(lines) - 1
        match = _NAMED_BIO.match(text, start, starts[last + 1] + last)
        if match is None:
            continue
        bio = match.start("bio")
        found.append((line.index, line.index + text.count("\n", start, bio)))
        if len(found) > _MAX_NAMED_BIOS:
            break
        end = match.end()
    return found


_MAX_NAME_SPACES = 3  # _NAMED_BIO's name: two to four words
_MAX_KEPT_ABOVE = 3  # lines that stay between the body and the box: a header, a link
_PARAGRAPH_CHARS = 100  # a line of prose this long is the body's


def _stopwords_in_name(line: Line) -> bool:
    """Whether a name line holds stopwords: an article or a preposition makes it a title."""
    return stopword_density(line.text.casefold().split()) > 0


def _kept_above(content: list[Line], above: int, removed: dict[int, str]) -> int:
    """How many lines that stay sit between the last paragraph above and ``above`` (up to 4)."""
    kept, pos = 0, above - 1
    while pos >= 0 and kept <= _MAX_KEPT_ABOVE:
        line = content[pos]
        if line.index not in removed:
            if line.prose and len(line.text) >= _PARAGRAPH_CHARS:
                break
            kept += 1  # a short sentence too: a prompt, a caption
        pos -= 1
    return kept


def _furniture_towards(
    content: list[Line], start: int, step: int, removed: dict[int, str], *, name: str = ""
) -> bool:
    """From ``start``, going by ``step``: whether removed lines or the end come before prose."""
    pos = start
    for _ in range(_FURNITURE_REACH):
        if not 0 <= pos < len(content):
            return step > 0  # the text's end below; its start above is no furniture
        line = content[pos]
        if line.index in removed:
            return True
        if line.prose and line.text != name:
            return False
        pos += step
    return False
