"""
The boilerplate catalog: whole-line patterns by category, as site platforms ship them.

The catalog is one signal of the classifier (see the package docstring): a
line it matches in full is furniture as platforms print it. Every pattern
must match a *whole line* (after trimming), case-insensitively, so a sentence
that merely mentions "source link", cookies or a reply never matches. Patterns
marked ``anywhere`` are unambiguous enough to remove in the middle of an
article; the rest only go in runs at the top or bottom. Patterns marked
``weak`` (a lone ``Email`` or ``Print``) are share buttons only next to another
share line: alone they may be a word of a list.

Every repetition is bounded, so matching a line costs at most its length
times a constant, and lines longer than MAX_LINE_CHARS are never tried.

Strings come in English, German, French, Spanish, Italian, Portuguese and
Russian, as WordPress, Jetpack and the big news templates print them; the
cue vocabulary in ``signals`` covers more languages and wordings.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

import regex

from textclean._filters.whitespace import ODD_SPACES

if TYPE_CHECKING:
    from collections.abc import Sequence


class Rule(NamedTuple):
    """One catalog entry: a whole-line regular expression and where it may be removed."""

    category: str
    pattern: str
    anywhere: bool = False
    weak: bool = False


#: No catalog line is longer: the longest patterns (cookie notices) span about 550.
MAX_LINE_CHARS = 600


_OPT_END = r"[ \t]{0,8}[.:!…]{0,8}"  # trailing punctuation that templates vary

COMMENT_FORM = "comment_form"
SHARE_WIDGET = "share_widget"
SITE_FURNITURE = "site_furniture"
AGGREGATOR_FOOTER = "aggregator_footer"
SYNDICATION = "syndication"
PROMPT = "prompt"
COPYRIGHT = "copyright"
AUTHOR_BIO = "author_bio"
RELATED_LINKS = "related_links"
CREDIT = "credit"
READING = "reading_furniture"
TAXONOMY = "taxonomy"
SHOP = "shop"
NAVIGATION = "navigation"
USER = "user"
LEARNED = "learned"

#: Every category, with what it covers.
CATEGORIES = {
    COMMENT_FORM: "comment forms: Leave a Reply, the email notice, Post Comment",
    SHARE_WIDGET: "share and like widgets: Share this:, Click to share on..., lone network names",
    SITE_FURNITURE: "site furniture: Back to top, Related Articles, Read More, Advertisement",
    AGGREGATOR_FOOTER: "aggregator footers: Source link, Source: ..., Originally published at ...",
    SYNDICATION: "syndication disclaimers: NDTV, Business Standard, PTI, AP",
    PROMPT: "newsletter, cookie, policy and social prompts (C4's and NeMo Curator's phrases)",
    COPYRIGHT: "copyright lines: © 2022 ... All rights reserved.",
    AUTHOR_BIO: "author bio boxes after the article body, About the author blocks, bylines",
    RELATED_LINKS: "blocks of links to other articles: a header such as Weitere Artikel and "
    "headline-like lines",
    CREDIT: "photo and video credits, agency tags, Reporting by ...; Editing by ...",
    READING: "reading furniture: 6 min read, Listen to this story, Updated 12:04 GMT, Print",
    TAXONOMY: "Tags:, Topics:, Schlagwörter:, Catégories : lines and lists of topic words",
    SHOP: "shop and affiliate widgets: prices, Buy now, Check price, affiliate disclosures",
    NAVIGATION: "navigation: Menu, Back to blog, Previous / Next, breadcrumbs, footer links",
    USER: "lines and patterns the user added",
    LEARNED: "lines learned from a corpus by textclean boilerplate learn",
}

_NETWORKS = (
    r"facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|tumblr|pocket|"
    r"skype|viber|vk|vkontakte|instagram|youtube|email|e-mail|print|flipboard|threads|"
    r"messenger|mastodon|bluesky|copy link|sms"
)

RULES: tuple[Rule, ...] = (
    # --- comment forms -----------------------------------------------------
    Rule(COMMENT_FORM, r"leave a (?:reply|comment)(?: cancel reply)?" + _OPT_END),
    Rule(COMMENT_FORM, r"leave a reply cancel reply", anywhere=True),
    Rule(
        COMMENT_FORM,
        r"your email address will not be published\.?(?: required fields are marked \*?)?"
        + _OPT_END,
        anywhere=True,
    ),
    Rule(
        COMMENT_FORM,
        r"save my name,? email,? and website in this browser for the next time i comment\.?",
        anywhere=True,
    ),
    Rule(COMMENT_FORM, r"(?:post|submit) (?:a )?comment|cancel reply|comments?|\d{1,6} comments?"),
    Rule(COMMENT_FORM, r"you must be logged in to post a comment\.?", anywhere=True),
    # de
    Rule(COMMENT_FORM, r"(?:schreibe|hinterlasse) einen kommentar(?: antworten abbrechen)?"),
    Rule(
        COMMENT_FORM,
        r"deine e-mail-adresse wird nicht veröffentlicht\.?"
        r"(?: erforderliche felder sind mit \* markiert\.?)?",
        anywhere=True,
    ),
    Rule(COMMENT_FORM, r"kommentar abschicken|antworten abbrechen"),
    # fr
    Rule(COMMENT_FORM, r"laisser un commentaire|laisser une réponse(?: annuler la réponse)?"),
    Rule(
        COMMENT_FORM,
        r"votre adresse (?:e-mail|email|de messagerie) ne sera pas publiée\.?"
        r"(?: les champs obligatoires sont indiqués avec \*\.?)?",
        anywhere=True,
    ),
    Rule(COMMENT_FORM, r"laisser un commentaire annuler la réponse|annuler la réponse"),
    # es
    Rule(COMMENT_FORM, r"deja (?:una respuesta|un comentario)(?: cancelar la respuesta)?"),
    Rule(
        COMMENT_FORM,
        r"tu (?:dirección de )?correo electrónico no será publicad[ao]\.?"
        r"(?: los campos obligatorios están marcados con \*\.?)?",
        anywhere=True,
    ),
    Rule(COMMENT_FORM, r"publicar (?:el )?comentario"),
    # it
    Rule(COMMENT_FORM, r"lascia un commento(?: annulla risposta)?|annulla risposta"),
    Rule(
        COMMENT_FORM,
        r"il tuo indirizzo email non sarà pubblicato\.?"
        r"(?: i campi obbligatori sono contrassegnati \*\.?)?",
        anywhere=True,
    ),
    Rule(COMMENT_FORM, r"invia commento"),
    # pt
    Rule(COMMENT_FORM, r"deixe (?:um comentário|uma resposta)(?: cancelar resposta)?"),
    Rule(
        COMMENT_FORM,
        r"o seu (?:endereço de )?e-?mail não será publicado\.?"
        r"(?: campos obrigatórios são marcados com \*\.?)?",
        anywhere=True,
    ),
    Rule(COMMENT_FORM, r"publicar comentário"),
    # ru
    Rule(COMMENT_FORM, r"(?:добавить|оставить) комментарий(?: отменить ответ)?|отменить ответ"),
    Rule(
        COMMENT_FORM,
        r"ваш (?:адрес )?(?:email|e-mail|электронной почты) не будет опубликован\.?"
        r"(?: обязательные поля помечены \*\.?)?",
        anywhere=True,
    ),
    Rule(COMMENT_FORM, r"отправить комментарий"),
    # --- share and like widgets -------------------------------------------
    Rule(
        SHARE_WIDGET, r"(?:share|share this(?: article| story| post)?|spread the word)" + _OPT_END
    ),
    Rule(SHARE_WIDGET, r"like this" + _OPT_END),
    Rule(SHARE_WIDGET, r"(?:like )?loading[ \t]{0,8}(?:\.\.\.|…)", anywhere=True),
    Rule(
        SHARE_WIDGET,
        r"click to (?:share|email a link to a friend|print) on [\w .+-]{1,30}"
        r"(?: \(opens in new window\))?|click to (?:email a link to a friend|print)"
        r"(?: \(opens in new window\))?",
        anywhere=True,
    ),
    Rule(SHARE_WIDGET, rf"(?:share on |share via )(?:{_NETWORKS})" + _OPT_END),
    Rule(SHARE_WIDGET, rf"(?:{_NETWORKS}|tweet|pin it)" + _OPT_END, weak=True),
    Rule(SHARE_WIDGET, rf"(?:(?:{_NETWORKS})[ \t,|•·/]{{0,5}}){{2,12}}"),
    Rule(
        SHARE_WIDGET,
        r"(?:teilen mit|gefällt mir|partager|j['’]aime|compartir|me gusta|"
        r"condividi|mi piace|compartilhe isso|curtir isso|поделиться|нравится)" + _OPT_END,
    ),
    # --- site furniture -----------------------------------------------------
    Rule(
        SITE_FURNITURE,
        r"back to top(?: button)?|scroll to top|skip to (?:main )?content",
        anywhere=True,
    ),
    Rule(
        SITE_FURNITURE,
        r"advertisement|advertisment|ad|sponsored|sponsored content|"
        r"story continues below(?: this)? advertisement|scroll to continue with content|"
        r"article continues below(?: advertisement)?",
        anywhere=True,
    ),
    Rule(
        SITE_FURNITURE,
        r"(?:related(?: articles| posts| stories| news| content| reading)?|"
        r"you (?:may|might) also like|recommended(?: for you| stories)?|more (?:from|on) .{1,40}|"
        r"trending(?: now| stories)?|most (?:popular|read)|read (?:more|next|also|this next)|"
        r"continue reading(?: .{1,60})?|see also|also read|more stories|latest news|"
        r"previous (?:article|post)|next (?:article|post)|tags?|filed under)" + _OPT_END,
    ),
    Rule(SITE_FURNITURE, r"(?:read more|also read|related|see also|read next)[ \t]{0,8}:.{1,120}"),
    # de fr es it pt ru
    Rule(
        SITE_FURNITURE,
        r"nach oben|zum inhalt springen|retour en haut|aller au contenu|"
        r"volver arriba|ir al contenido|torna su|vai al contenuto|voltar ao topo|"
        r"pular para o conteúdo|наверх|перейти к содержимому",
        anywhere=True,
    ),
    Rule(
        SITE_FURNITURE,
        r"anzeige|werbung|publicité|publicidad|pubblicità|publicidade|реклама",
        anywhere=True,
    ),
    Rule(
        SITE_FURNITURE,
        r"(?:ähnliche beiträge|verwandte artikel|weiterlesen|mehr lesen|"
        r"articles similaires|articles connexes|lire la suite|lire aussi|"
        r"artículos relacionados|entradas relacionadas|leer más|seguir leyendo|"
        r"articoli correlati|leggi tutto|leggi anche|"
        r"artigos relacionados|posts relacionados|relacionado|leia mais|leia também|"
        r"похожие записи|похожие статьи|читать далее|читать также|читайте также)" + _OPT_END,
    ),
    # --- aggregator footers -------------------------------------------------
    # "Via Rail said on Monday ..." is news: via takes a site or up to four
    # words, with no sentence ending.
    Rule(
        AGGREGATOR_FOOTER,
        r"source link|source|sources|source[ \t]{0,8}:.{1,100}|"
        r"via:?[ \t]{1,8}(?:[^ \t.!?]{1,40}(?:[ \t]{1,8}|$)){1,4}|"
        r"via:?[ \t]{1,8}[\w-]{1,40}\.[a-z]{2,6}[^ \t]{0,60}",
    ),
    Rule(
        AGGREGATOR_FOOTER,
        r"(?:this (?:article|story|post) was )?originally published "
        r"(?:at|on|in|by) .{1,150}",
    ),
    Rule(AGGREGATOR_FOOTER, r"the post .{1,200} appeared first on .{1,100}", anywhere=True),
    Rule(
        AGGREGATOR_FOOTER,
        r"quelle[ \t]{0,8}:.{1,100}|источник[ \t]{0,8}:.{1,100}|fonte[ \t]{0,8}:.{1,100}|"
        r"fuente[ \t]{0,8}:.{1,100}",
    ),
    # --- syndication disclaimers ---------------------------------------------
    Rule(
        SYNDICATION,
        r"\(?[ \t]{0,8}(?:disclaimer:[ \t]{0,8})?except for the headline,? this "
        r"(?:story|article|report|news) (?:has not been|was not) edited by .{1,60}? staff "
        r"and (?:is|was) "
        r"(?:auto-generated |automatically generated |published )?(?:from|on|via|through) "
        r"an? syndicated (?:feed|channel|news feed)\.?[ \t]{0,8}\)?",
        anywhere=True,
    ),
    Rule(
        SYNDICATION,
        r"\(?[ \t]{0,8}only the headline and (?:the )?picture of this report may have been "
        r"reworked by "
        r"the .{1,60}? staff;? the rest of the content is auto-generated from a syndicated "
        r"feed\.?[ \t]{0,8}\)?",
        anywhere=True,
    ),
    Rule(
        SYNDICATION,
        r"\(?[ \t]{0,8}(?:this|the) (?:story|article|report) (?:is|has been|was) "
        r"(?:auto-generated|published|sourced) from an? (?:syndicated|agency|wire) "
        r"(?:feed|copy)[^()]{0,80}\)?",
        anywhere=True,
    ),
    Rule(
        SYNDICATION,
        r"\(?[ \t]{0,8}with (?:inputs|input) from [\w ,&/.-]{1,60}\)?\.?",
        anywhere=True,
    ),
    Rule(
        SYNDICATION,
        r"(?:(?:copyright|©)[ \t]{0,8}\d{4} the associated press\.? "
        r"all rights reserved\.?[ \t]{0,8})?"
        r"this material may not be published,? broadcast,? rewritten,? or redistributed"
        r"(?: without permission)?\.?",
        anywhere=True,
    ),
    # --- prompts: newsletter, cookies, policies, social ------------------------
    Rule(
        PROMPT,
        r"(?:sign up|subscribe|register) (?:for|to) (?:our|the) (?:free )?"
        r"(?:daily |weekly )?(?:newsletters?|mailing list|updates).{0,80}",
    ),
    Rule(
        PROMPT,
        r"get the latest (?:news|updates|stories).{0,40} (?:delivered )?"
        r"(?:to|in) your inbox.{0,40}",
    ),
    Rule(
        PROMPT,
        r"(?:this (?:web)?site|we|our (?:web)?site) uses? cookies\b.{0,250}?\b(?:experience|"
        r"consent|accept|agree|privacy|policy|browsing|analytics|personali[sz]e|advertising|"
        r"traffic|preferences)\b.{0,250}",
        anywhere=True,
    ),
    Rule(
        PROMPT,
        r"by (?:continuing to use|using) this (?:web)?site,? you (?:agree|consent) to"
        r".{0,200}",
        anywhere=True,
    ),
    Rule(
        PROMPT,
        r"(?:(?:accept|reject|allow)(?: all)? cookies|cookie (?:settings|preferences)|"
        r"manage (?:cookies|consent)|privacy policy|terms (?:of use|of service|and conditions)|"
        r"cookie policy|do not sell my (?:personal )?info(?:rmation)?)"
        r"(?:[ \t]{0,8}[|•·/,][ \t]{0,8}"
        r"(?:privacy policy|terms (?:of use|of service)|cookie policy|"
        r"contact us|about us|accessibility)){0,8}" + _OPT_END,
    ),
    Rule(
        PROMPT,
        r"(?:please )?enable javascript.{0,120}|javascript is (?:disabled|required)"
        r".{0,120}",
        anywhere=True,
    ),
    Rule(
        PROMPT,
        r"follow us on .{1,80}|(?:like|join) us on .{1,60}|join our .{1,40} "
        r"(?:channel|group|community).{0,60}|follow @\w{1,40}.{0,40}",
    ),
    Rule(
        PROMPT,
        r"(?:abonnieren sie unseren newsletter|inscrivez-vous à notre newsletter|"
        r"suscríbete a nuestro boletín|iscriviti alla (?:nostra )?newsletter|"
        r"assine nossa newsletter|подпишитесь на (?:нашу )?рассылку).{0,80}",
    ),
    # --- copyright -----------------------------------------------------------
    Rule(COPYRIGHT, r"(?:©|\(c\)|copyright[ \t]{0,8}(?:©[ \t]{0,8})?\d{4}).{0,120}"),
    # "... All rights reserved." lines are found by the copyright cue in signals:
    # a pattern that may begin anywhere would be tried on every line.
)


# --- matching lines against the catalog ----------------------------------------

_HEAD_CHARS = 2  # lines are dispatched on their first two characters


class LineMatcher:
    """
    Which catalog rule, if any, matches a whole stripped line, case-insensitively.

    Trying every rule on every line is what made this filter slow; a line can
    only match the rules that may begin with its first two characters, so the
    rules are grouped by them, lazily, and a group's rules are tried in
    catalog order (the first matching rule wins). Each rule is compiled once,
    whatever groups it is in: a group compiled as one alternation took
    1-1.5 ms of every new process for each line beginning met, some hundred
    on distinct text. The rules are compiled with the matcher (some 10 ms,
    once a process, with the partial patterns below): compiled as groups
    first needed them, they cost 15-20% of the first few hundred texts a
    process reads. Whether a rule may begin with two characters is asked
    of the regex engine itself: the ``regex`` package's partial matching says
    whether a string could be the beginning of a match, so case folding is
    the engine's.

        >>> matcher = LineMatcher(list(enumerate(RULES)))
        >>> RULES[matcher.match("Source link")].category
        'aggregator_footer'
    """

    _MAX_KEYS = 10_000  # distinct line beginnings remembered

    def __init__(self, rules: Sequence[tuple[int, Rule]]) -> None:
        """Prepare ``rules`` (index in the filter's rule list, rule) for grouping."""
        self._rules = tuple(rules)
        self._prefixes = [_prefix_pattern(rule.pattern) for _, rule in rules]
        self._patterns = [_rule_pattern(rule.pattern) for _, rule in rules]
        self._groups: dict[str, _Group | None] = {}
        # The rules that may begin with a character: (rule index, pattern, partial pattern).
        self._by_first: dict[str, tuple[_Sifted, ...]] = {}

    def match(self, line: str) -> int | None:
        """The index of the first rule matching ``line`` (but outer whitespace), or None."""
        if line[:1].isspace() or line[-1:].isspace():
            line = line.strip()
        if not line or len(line) > MAX_LINE_CHARS:
            return None
        key = line[:_HEAD_CHARS]
        try:
            group = self._groups[key]
        except KeyError:
            group = self._group_for(key)
        if group is None:
            return None
        return _first_rule(group, line)

    def match_lines(self, text: str, lines: list[str]) -> list[tuple[int, int]]:
        """(line index, rule index) for each line of ``text`` (as ``lines``) that matches."""
        found = []
        if text[:1].isspace() or text[-1:].isspace() or _LINE_OUTER_SPACE.search(text):
            # Some line has outer whitespace: its key is not its first characters.
            for index, line in enumerate(lines):
                if line and len(line) <= MAX_LINE_CHARS:
                    rule = self.match(line)
                    if rule is not None:
                        found.append((index, rule))
            return found
        # The common case, inlined (a per-line loop is this filter's main
        # cost): most lines' beginnings rule every rule out.
        groups = self._groups
        for index, line in enumerate(lines):
            if not line or len(line) > MAX_LINE_CHARS:
                continue
            group = groups.get(line[:_HEAD_CHARS], _UNSEEN)
            if group is not None:
                rule = self.match(line) if group is _UNSEEN else _first_rule(group, line)
                if rule is not None:
                    found.append((index, rule))
        return found

    def _group_for(self, key: str) -> _Group | None:
        # Rules are first sifted by the key's first character (few distinct),
        # then tried on both characters, in comprehensions over the sifted
        # rules (no method call a rule). A beginning not met before costs
        # 12-16 us, still 10-15% of a process's first hundred texts.
        first = key[:1]
        if (sifted := self._by_first.get(first)) is None:
            sifted = tuple(
                (index, pattern, prefix)
                for (index, _), pattern, prefix in zip(
                    self._rules, self._patterns, self._prefixes, strict=True
                )
                if prefix is None or prefix.fullmatch(first, partial=True) is not None
            )
            self._by_first[first] = sifted
        group = tuple(
            (index, pattern)
            for index, pattern, prefix in sifted
            if prefix is None or len(key) == 1 or prefix.fullmatch(key, partial=True) is not None
        )
        if len(self._groups) >= self._MAX_KEYS:
            self._groups.clear()
        self._groups[key] = group or None
        return group or None


# The rules a line beginning may match, in catalog order: (rule index, its pattern).
_Group = tuple[tuple[int, re.Pattern[str]], ...]
# A rule that may begin with a character: (rule index, pattern, partial pattern or None).
_Sifted = tuple[int, re.Pattern[str], "regex.Pattern[str] | None"]


@lru_cache(maxsize=1024)
def _prefix_pattern(pattern: str) -> regex.Pattern[str] | None:
    """The rule for partial matching; None if ``regex`` cannot read it (then tried always)."""
    try:
        return regex.compile(pattern, regex.IGNORECASE | regex.VERSION0)
    except regex.error:
        return None


_UNSEEN: _Group = ((-1, re.compile("(?!)")),)  # a group not worked out yet (by identity)
# Whitespace at a line's start or end, found from line break to line break.
# The class is listed out: a negated one is checked far more slowly.
_SPACE_CLASS = "".join(sorted(ODD_SPACES | {" ", "\t"}))
_LINE_OUTER_SPACE = re.compile(f"\n(?:[{_SPACE_CLASS}]|(?<=[{_SPACE_CLASS}]\n))")


def _first_rule(group: _Group, line: str) -> int | None:
    """The index of the first rule of ``group`` matching the whole of ``line``, or None."""
    for index, pattern in group:
        if pattern.fullmatch(line) is not None:
            return index
    return None


@lru_cache(maxsize=1024)
def _rule_pattern(pattern: str) -> re.Pattern[str]:
    """A rule's pattern, compiled case-insensitively once for every group and filter."""
    return re.compile(pattern, re.IGNORECASE)
