r"""
The cue vocabulary of ``signals``, and word lists that tell how a short line speaks.

All of remove_boilerplate's words live here: the cue table by category
(``CUES``, ``MORE_CUES``, ``FURNITURE_CUES``; ``signals`` merges them into
one table and keys it for its fast gates), and the lists below.

Each list is one signal among several and is only asked about short lines
that are not prose; none decides a line alone. In the 17 languages of the
cue vocabulary (en de fr es it pt nl pl ru uk tr sv cs, and el hu ro sk
merged at the end of the module):

- **Credit labels**: a picture, video or contribution word opening the line
  as a label (``Photograph: X/AFP``, ``Titelbild: epd``, ``Fot. Jan Nowak``,
  ``Foto ANSA``, ``Fotografía de Ana Ruiz``), a wire line (``Avec AFP``) and
  a bracketed agency (``(East News)``).
- **Address**: words of the reader (``your``, ``Ihre``, ``votre``, ``twoją``)
  and of the site speaking of itself (``our``, ``unsere``, ``nuestra``,
  ``this article``, ``these links``), as prompts, consent notices and
  affiliate disclosures speak, and the imperatives offers begin with
  (``Get``, ``Ricevi``, ``Word``, ``Оформите``).
- **Offers**: how often a newsletter comes (``every morning``, ``codziennie``).

    >>> credit_label("Photograph: Ruth Roe/AFP".split())
    True
    >>> credit_label("Photos of the flood".split())
    False
    >>> bracketed_agency("(East News)")
    True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from textclean._filters.boilerplate.catalog import (
    COMMENT_FORM,
    COPYRIGHT,
    CREDIT,
    NAVIGATION,
    PROMPT,
    READING,
    RELATED_LINKS,
    SHARE_WIDGET,
    SHOP,
    TAXONOMY,
)

# Words for pictures, video and contributions, by their stems (a label is
# often a compound or an inflected form: "Photograph", "Fotografía",
# "Titelbild", "Współpraca"). A stem must begin the word, or end it for the
# compound-forming languages ("Titelbild", "Aufmacherfoto").
_CREDIT_STEMS = (
    "photo", "foto", "фото", "image", "imagen", "imagem", "immagin", "illustr", "ilustr",
    "video", "vídeo", "видео", "відео", "picture", "zdjęci", "obraz", "beeld", "görsel",
    "grafik", "graphic", "gráfic", "grafic", "infogra", "світлин", "рисун", "малюн", "bild",
    "kresb", "credit", "crédit", "crédito", "credito", "kredi", "oprac", "współprac", "mitarbeit",
    "colabora", "collabora", "medewerk", "contribut", "additional reporting", "reporting",
    "text", "texto", "testo", "tekst", "texte", "текст", "montage", "kamera", "camera",
    "cámara", "câmera", "камера", "kaynak",
    # Greek, casefolded and without accents as capitals are written (see _forms
    # below: these are already in the plain form, which prefixes both); Hungarian,
    # Romanian, Slovak
    "φωτο", "φωτογρ", "εικον", "εικόν", "βιντεο", "βίντεο", "γραφημ", "γράφημ", "σκιτσ",
    "fotó", "illusztr", "videó", "imagin", "ilustraț", "ilustraţ", "snímek", "snímk",
    "ilustrač",
)  # fmt: skip
# Abbreviated, with their dot: "Fot. PAP", "Phot. X", "Ill. Y", "Рис. Z".
_CREDIT_ABBREVIATIONS = frozenset({"fot", "phot", "ph", "ill", "il", "abb", "рис", "ил", "ilustr"})
_CREDIT_SUFFIXES = (
    "bild", "bilder", "foto", "fotos", "photo", "photos", "image", "grafik",
    "kép", "fotó",  # Hungarian compounds: "Borítókép", "Nyitókép", "Címlapfotó"
)  # fmt: skip
# Prepositions between a credit word and a name: "Fotografia de Ana", "Photo by".
_CREDIT_PREPOSITIONS = frozenset({
    "by", "von", "par", "por", "de", "di", "da", "door", "van", "z", "ze", "av", "от", "від",
    "od", "of", "from", "aus", "courtesy", "з", "із", "с", "из", "iz", "cortesía", "für", "for",
    "pour", "para", "per", "από", "απο", "prin",
})  # fmt: skip
# Where a picture came from, when no one is named: archives, open or
# social sources, a handout, the family.
_SOURCE_STEMS = (
    "archiv", "archiw", "архив", "архів", "arşiv", "arkiv", "archief", "arquiv", "archive",
    "відкрит", "открыт", "sourc", "fuent", "font", "quell", "bron", "źród", "источ", "джерел",
    "social", "soziale", "соцсет", "соцмереж", "redes", "privat", "privé", "privad", "приват",
    "famil", "handout", "press", "stock", "agenc", "agentur",
    "αρχει", "αρχεί", "πηγ", "forrás", "archív", "surs", "arhiv", "agenți", "ügynök",
)  # fmt: skip
_COURTESY = frozenset({"courtesy", "cortesía", "cortesia", "gentilmente", "mit", "avec"})
_LABEL_MARKS = ("©", "/", "|", "–", "—", "-", ":", "(")
_MAX_LABEL_WORDS = 10
_MAX_LABEL_START = 3  # the credit word is among the line's first three words
_STRIP = "()[]«»\"'“”„‘’*"


# Remembered by token: the first words of lines repeat across texts ("The",
# "In", "Photo:") though the lines do not (60% of calls on 39,021 distinct
# lines of the bench and the realpages sets); a hit costs a fifth of a miss.
@lru_cache(maxsize=1 << 13)
def credit_word(word: str) -> bool:
    """Whether ``word`` is a picture, video or contribution word (by its stem or compound end)."""
    word = word.strip(_STRIP)
    if word.endswith(".") and word[:-1].casefold() in _CREDIT_ABBREVIATIONS:
        return True
    word = word.rstrip(".:").casefold()
    return len(word) >= _MIN_CREDIT_WORD and (
        word.startswith(_CREDIT_STEMS_BY_HEAD.get(word[:_STEM_HEAD], ()))
        or (len(word) > _MIN_COMPOUND and word.endswith(_CREDIT_SUFFIXES))
    )


_MIN_CREDIT_WORD = 3
_MIN_COMPOUND = 6  # a compound ending in a credit word is longer ("Titelbild")
# The stems by their first letters: a word is compared with the few that
# share them, not with all of them.
_STEM_HEAD = 2
_CREDIT_STEMS_BY_HEAD: dict[str, tuple[str, ...]] = {}
for _stem in _CREDIT_STEMS:
    _CREDIT_STEMS_BY_HEAD[_stem[:_STEM_HEAD]] = (
        *_CREDIT_STEMS_BY_HEAD.get(_stem[:_STEM_HEAD], ()),
        _stem,
    )


def _upper_start(token: str) -> bool:
    token = token.strip(_STRIP)
    return bool(token) and token[0].isupper()


def _all_caps(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# Words that credit a contribution only with "by" and a name: "Words by X",
# "Writing by X; Editing by Y" (alone they are common: "Words from Ukraine").
_BY_CREDIT_WORDS = frozenset({
    "words", "writing", "editing", "story", "interview", "research", "compiled", "produced",
    "edited", "written", "recherche", "redacción", "edición", "redazione", "opracowanie",
})  # fmt: skip
_BY = frozenset({"by", "von", "par", "por", "di", "door", "przez", "av", "od", "от", "від"})


def _by_credit(tokens: list[str]) -> bool:
    """A contribution credited with "by" and a name: "Words by X", "Editing by Y"."""
    return (
        len(tokens) >= 3
        and tokens[0].casefold() in _BY_CREDIT_WORDS
        and tokens[1].casefold() in _BY
        and _upper_start(tokens[2])
    )


def credit_label(tokens: list[str]) -> bool:
    """
    Whether the line (split on spaces) opens with a credit label and names its source.

    A picture, video or contribution word among the first three words,
    followed by a colon, a mark (``©``, ``/``, ``|``, a dash), a preposition
    and a name, an agency in capitals, or an abbreviation and a name
    (``Fot. Jan Nowak``). A line ending a sentence is a caption, and stays.
    """
    if not 2 <= len(tokens) <= _MAX_LABEL_WORDS or tokens[-1].endswith((".", "!", "?", "…")):
        return _abbreviated_credit(tokens)
    if _by_credit(tokens):
        return True
    # (a loop, not a generator: most lines have no credit word, and this runs per new line)
    for k in range(min(_MAX_LABEL_START, len(tokens) - 1)):
        if credit_word(tokens[k]):
            return _names_source(tokens, k)
    return False


def _names_source(tokens: list[str], k: int) -> bool:
    """Whether what follows the credit word ``tokens[k]`` names a source."""
    nxt = tokens[k + 1]
    if tokens[k].endswith(":") or nxt.startswith(_LABEL_MARKS) or _all_caps(nxt):
        return True
    if nxt.casefold() in _COURTESY or (tokens[k].endswith(".") and _upper_start(nxt)):
        return True  # "Image courtesy of X", "Fot. Jan Nowak", "Oprac. Ewa Sikora"
    if nxt.casefold() in _CREDIT_PREPOSITIONS and k + 2 < len(tokens):
        after = tokens[k + 2]
        # a name ("Fotografía de Ana Ruiz"), or where the picture came from:
        # open sources, an archive, social media ("Foto de archivo")
        if _upper_start(after) or after.casefold().startswith(_SOURCE_STEMS):
            return True
    # "Foto de portada: EFE", "Top image: Sam Roe": a colon within the label
    return any(token.endswith(":") for token in tokens[k + 1 : k + 3])


def _abbreviated_credit(tokens: list[str]) -> bool:
    """``Fot. PAP``: an abbreviated credit word and an agency, the line ending in its dot."""
    return (
        len(tokens) == 2
        and tokens[0].endswith(".")
        and credit_word(tokens[0])
        and _all_caps(tokens[1])
    )


# A wire line: "with" and an agency or names only ("Avec AFP", "Con fonti
# LaPresse", "Mit Material von dpa"). Weaker than a label: an edge signal.
_WITH = frozenset({
    "with", "avec", "con", "mit", "com", "met", "z", "ze", "с", "з", "ile", "med", "s",
})  # fmt: skip
_SOURCES = frozenset({
    "sources", "fonti", "fuentes", "fontes", "quellen", "material", "bronnen", "źródła",
    "источники", "джерела", "kaynaklar", "källor", "zdroje", "información", "informazioni",
    "agencies", "agences", "agencias", "agenzie", "agências", "agenturen", "agencji",
})  # fmt: skip
_MAX_WIRE_WORDS = 5


def wire_line(tokens: list[str]) -> bool:
    """A short line of "with" and names or agencies only: ``Avec AFP``, ``Con fonti LaPresse``."""
    if not 2 <= len(tokens) <= _MAX_WIRE_WORDS or tokens[0].casefold() not in _WITH:
        return False
    rest = [t for t in tokens[1:] if t.casefold() not in _SOURCES and t.casefold() != "von"]
    if not rest or not all(_upper_start(t) for t in rest):
        return False
    # an agency in capitals, names, or one name after "sources" ("Con fonti LaPresse")
    return len(rest) >= 2 or len(rest) < len(tokens) - 1 or any(map(_all_caps, rest))


_BRACKETED = re.compile(r"\((?:[^\W\d_][\w&.'’-]*)(?: [^\W\d_][\w&.'’-]*){0,2}\)")
# Agencies' short names, as some write them in lower case: "(dpa)", "(apa)".
_AGENCY_LETTERS = re.compile(r"\([^\W\d_]{2,5}(?:/[^\W\d_]{2,5})?\)")


def bracketed_agency(line: str) -> bool:
    """
    A line of one to three capitalized words in brackets, or an agency's short name.

    ``(LaPresse)``, ``(East News)``, ``(dpa)``, ``(apa/sda)``.
    """
    # both patterns open with a bracket: one character test rules out most lines
    return (
        line[:1] == "("
        and len(line) <= _MAX_BRACKETED_CHARS
        and (
            (
                _BRACKETED.fullmatch(line) is not None
                and all(word[0].isupper() for word in line[1:-1].split())
            )
            or _AGENCY_LETTERS.fullmatch(line) is not None
        )
    )


_MAX_BRACKETED_CHARS = 30


# The reader addressed, and the site speaking of itself (a prompt, a consent
# notice, a disclosure): pronouns and possessives, casefolded.
READER_WORDS = frozenset((  # by language; a word may serve two
    "you", "your", "yours", "you're", "you'll", "we", "our", "us", "we'll",
    "du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "ihr", "ihre",
    "ihren", "ihrem", "ihrer", "wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer",
    "vous", "votre", "vos", "tu", "ton", "ta", "tes", "nous", "notre", "nos",
    "tú", "tus", "usted", "nosotros", "nuestro", "nuestra",
    "nuestros", "nuestras",
    "tuo", "tua", "tuoi", "tue", "ti", "voi", "vostro", "vostra", "noi", "nostro", "nostra",
    "nostri", "nostre", "ci",
    "você", "vocês", "seu", "sua", "seus", "suas", "teu", "tua", "nós", "nosso", "nossa",
    "nossos", "nossas",
    "je", "jij", "jouw", "u", "uw", "wij", "we", "ons", "onze",
    "ty", "twój", "twoja", "twoją", "twoje", "twojego", "twojej", "ci", "wy", "wasz", "wasza",
    "waszą", "my", "nasz", "nasza", "naszą", "nasze", "naszego", "naszej",
    "вы", "вас", "вам", "ваш", "ваша", "вашу", "ваше", "ваши", "ты", "тебя", "тебе", "твой",
    "твою", "мы", "нас", "нам", "наш", "наша", "нашу", "наше", "наши",
    "ви", "вас", "вам", "ваш", "ваша", "вашу", "ваше", "ти", "тебе", "твій", "твою", "ми",
    "нас", "нам", "наш", "наша", "нашу", "наше",
    "siz", "sizin", "sen", "senin", "biz", "bizim",
    "din", "ditt", "dina", "ni", "vi", "oss", "vår", "vårt", "våra",
    "vy", "váš", "vaše", "vás", "vám", "ty", "tvůj", "tvoje", "my", "náš", "naše", "nás",
    # "we use", as languages that drop the pronoun say it ("Utilizamos cookies")
    "utilizamos", "usamos", "utilisons", "utilizziamo", "usiamo", "używamy", "stosujemy",
    "используем", "використовуємо", "kullanıyoruz", "kullanmaktayız", "používáme",
))  # fmt: skip
# The site speaking of this page ("This article is for subscribers only",
# "Via links op deze pagina ..."): a second cue for a prompt or a disclosure.
SELF_REFERENCE: tuple[str, ...] = (
    "this article", "this story", "this page", "this post", "these links", "this link",
    "this content", "dieser inhalt", "ten materiał", "ten tekst", "ce contenu", "este contenido",
    "questo contenuto",
    "este conteúdo", "deze inhoud", "ta treść", "этот материал", "цей матеріал", "bu içerik",
    "detta innehåll", "tento obsah",
    "our links", "unsere links", "nos liens", "nuestros enlaces", "i nostri link",
    "nossos links", "onze links", "nasze linki", "наши ссылки", "наші посилання",
    "bağlantılarımız", "våra länkar", "naše odkazy",
    "dieser artikel", "diesen artikel", "dieser beitrag", "diese seite", "diese links",
    "diesen links", "cet article", "cette page", "ces liens", "este artículo", "esta página",
    "estos enlaces", "este enlace", "questo articolo", "questa pagina", "questi link",
    "este artigo", "esta página", "estes links", "esses links", "dit artikel", "deze pagina",
    "deze links", "ten artykuł", "tym artykule", "tej stronie", "ta strona", "te linki",
    "artykuł zawiera", "эта статья", "этой статье", "эта страница", "эти ссылки",
    "ця стаття", "цій статті", "ця сторінка", "ці посилання", "bu makale", "bu yazı",
    "bu sayfa", "bu sayfadaki", "bu bağlantılar", "on this page", "auf dieser seite",
    "sur cette page", "en esta página", "su questa pagina", "nesta página", "op deze pagina",
    "на этой странице", "на цій сторінці", "på denna sida", "den här artikeln",
    "denna artikel", "den här sidan",
    "dessa länkar", "tento článek", "této stránce", "tyto odkazy",
)  # fmt: skip
# The imperatives offers and prompts open with: receive, get, join, become,
# discover, try, enter, support, read on.
IMPERATIVES = frozenset((  # by language; a word may serve two
    "get", "receive", "join", "try", "start", "discover", "unlock", "become", "enter", "claim",
    "enjoy", "support", "continue", "click", "tap", "grab", "turn", "enable", "activate",
    "aktiviere", "aktivieren", "activez", "activa", "activar", "attiva", "ative",
    "ativar", "zet", "włącz", "включите", "увімкніть", "açın", "aktivera", "zapněte",
    "erhalte", "erhalten", "hol", "holen", "sichern", "sichere", "entdecke", "entdecken",
    "werde", "werden", "starte", "teste", "testen", "unterstütze", "unterstützen", "jetzt",
    "recevez", "reçois", "rejoignez", "rejoins", "découvrez", "découvre", "essayez", "essaie",
    "profitez", "profite", "devenez", "deviens", "soutenez", "saisissez", "cliquez",
    "recibe", "reciba", "únete", "descubre", "descubra", "prueba", "disfruta", "hazte",
    "apoya", "introduce", "accede",
    "ricevi", "ricevete", "unisciti", "scopri", "prova", "approfitta", "diventa", "sostieni",
    "inserisci", "clicca",
    "receba", "recebe", "junte-se", "experimente", "aproveite", "torne-se", "apoie", "insira",
    "clique", "aceda", "acesse",
    "ontvang", "word", "ontdek", "probeer", "profiteer", "steun", "vul", "klik",
    "otrzymuj", "otrzymaj", "dołącz", "odkryj", "wypróbuj", "zostań", "wesprzyj", "wpisz",
    "kliknij",
    "получайте", "получите", "присоединяйтесь", "откройте", "попробуйте", "станьте",
    "оформите", "поддержите", "введите", "нажмите",
    "отримуйте", "отримайте", "приєднуйтесь", "відкрийте", "спробуйте", "оформіть",
    "підтримайте", "введіть", "натисніть",
    "katıl", "keşfet", "dene", "destekle", "tıkla",
    "få", "upptäck", "prova", "bli", "stöd", "ange", "klicka",
    "získejte", "připojte", "objevte", "vyzkoušejte", "staňte", "předplaťte", "podpořte",
    "zadejte", "klikněte",
    # seeing, buying and ordering, as shop buttons say it
    "see", "view", "check", "buy", "shop", "order", "ver", "compra", "compre", "voir",
    "achetez", "commandez", "vedi", "acquista", "ordina", "bekijk", "koop", "bestel", "zobacz",
    "kup", "sprawdź", "zamów", "купите", "закажите", "смотреть", "купіть", "замовте", "satın",
    "köp", "beställ", "kupte", "kaufe", "bestelle", "sieh", "meld", "registreer",
    # signing in, up and subscribing, as prompts open
    "sign", "log", "login", "subscribe", "register", "logga", "registrera", "prenumerera",
    "přihlaste", "odebírejte", "zaregistrujte", "melde", "registriere", "abonniere",
    "connectez-vous", "inscrivez-vous", "abonnez-vous", "suscríbete", "regístrate", "iscriviti",
    "abbonati", "accedi", "assine", "inscreva-se", "abonneer", "zaloguj", "zapisz",
    "subskrybuj", "войдите", "подпишитесь", "зарегистрируйтесь", "увійдіть", "підпишіться",
    "зареєструйтеся",
))  # fmt: skip
# German puts the verb last: "Bei Amazon ansehen", "Jetzt Abo abschließen".
IMPERATIVES_LAST = frozenset(
    word.casefold()  # as signals compares words: "abschließen" is "abschliessen"
    for word in (
        "ansehen",
        "anschauen",
        "kaufen",
        "bestellen",
        "entdecken",
        "sichern",
        "vergleichen",
        "abschließen",
        "lesen",
        "testen",
        "weiterlesen",
        "anmelden",
        "registrieren",
        "abonnieren",
    )
)
# Reading on, as paywalls say it: common words, a prompt with a subscriber cue.
CONTINUE: tuple[str, ...] = (
    "continue reading", "to continue", "read on", "weiterlesen", "weiter lesen",
    "lesen sie weiter", "continuer", "pour continuer", "seguir leyendo",
    "continuar leyendo", "para seguir", "continua a leggere", "per continuare", "continuar a ler",
    "continue lendo", "para continuar", "verder lezen", "lees verder", "czytaj dalej",
    "czytać dalej", "dalszą część", "читать дальше", "продолжение", "продовження",
    "читати далі", "devamını", "devamı", "läs vidare", "fortsätt läsa", "pokračování",
    "číst dál", "dočíst",
    # a first month for a price
    "first month", "ersten monat",
    "premier mois", "primer mes", "primo mese", "primeiro mês", "eerste maand",
    "pierwszy miesiąc", "первый месяц", "перший місяць", "ilk ay", "första månaden",
    "první měsíc",
)  # fmt: skip
# Prompts no cue table word names: free trials, registering, cookies in
# Swedish, having an account already (strong: no prose line is made of them).
PROMPT_PHRASES: tuple[str, ...] = (
    "kostenlos testen", "gratis testen", "essai gratuit", "prueba gratis", "prova gratuita",
    "teste grátis", "gratis proberen", "okres próbny", "пробный период", "пробний період",
    "ücretsiz dene", "provperiod", "zkušební verze", "register now", "jetzt registrieren",
    "registrieren sie sich", "registrati", "registreer", "zarejestruj się", "zarejestruj",
    "зарегистрируйтесь", "зареєструйтеся", "kayıt ol", "registrera dig", "zaregistrujte se",
    "already registered", "bereits registriert", "déjà inscrit", "ya registrado",
    "già registrato", "já registado", "al geregistreerd", "masz już konto",
    "уже зарегистрированы", "вже зареєстровані", "zaten üye", "redan registrerad",
    "kakor", "godkänn", "godkänner", "çerezler", "çerezleri",
    # becoming a member, and logging in or subscribing in polite forms
    "word lid", "lid worden", "werde mitglied", "devenez membre", "zostań członkiem",
    "станьте участником", "giriş yapın", "üye olun", "abone olun", "přihlaste se",
    "k odběru", "odběr", "bli medlem",
    # newsletters and not missing a thing
    "lettre d'information", "lettre d'info", "infolettre", "mis niets", "verpassen sie nichts",
    "nichts verpassen", "ne manquez rien", "no te pierdas", "non perdere", "não perca",
    "nie przegap", "не пропустите", "не пропустіть", "kaçırmayın", "missa inget",
    "nic vám neunikne", "don't have an account", "kein konto",
    # staying informed, as a newsletter box promises
    "stay informed", "stay up to date", "stay up-to-date", "immer informiert",
    "informiert bleiben", "bleiben sie informiert", "bleib informiert", "verpasse keine",
    "verpasse nichts", "restez informé", "restez informés", "mantente informado",
    "mantente al día", "resta aggiornato", "rimani aggiornato", "fique por dentro",
    "fique atualizado", "blijf op de hoogte", "bądź na bieżąco", "будьте в курсе",
    "будьте в курсі", "haberdar olun", "håll dig uppdaterad", "buďte v obraze",
    # for users who are logged in or registered only
    "registered users", "logged-in users", "registrierte nutzer", "utilisateurs connectés",
    "usuarios registrados", "utenti registrati", "utilizadores registados",
    "ingelogde gebruikers", "zalogowanych użytkowników", "zarejestrowanych użytkowników",
    "зарегистрированных пользователей", "зареєстрованих користувачів",
    "kayıtlı kullanıcılar", "inloggade", "přihlášené uživatele",
    # logging in: a forgotten password, the e-mail field of a form
    "forgot password", "forgot your password", "passwort vergessen", "mot de passe oublié",
    "olvidaste tu contraseña", "password dimenticata", "esqueceu a senha",
    "wachtwoord vergeten",
    "nie pamiętasz hasła", "забыли пароль", "забули пароль", "şifremi unuttum",
    "glömt lösenordet", "zapomenuté heslo", "your e-mail", "your email", "ihre e-mail",
    "deine e-mail",
    "votre e-mail", "votre email", "votre adresse", "tu correo", "tu email", "la tua email",
    "il tuo indirizzo", "seu e-mail", "o seu e-mail", "je e-mailadres", "twój e-mail",
    "twój adres", "ваш e-mail", "ваш email", "e-posta adresiniz", "din e-post", "váš e-mail",
    "webseite", "diese webseite", "unsere webseite", "internetauftritt",
)  # fmt: skip
# Consent notices: cookies, and what a site does with them (a browser, its
# content, analytics, advertising, the visitor's experience), by stems.
COOKIE_WORDS = frozenset({"cookie", "cookies", "çerez", "çerezler", "çerezleri", "kakor"})
WEB_STEMS: tuple[str, ...] = (
    "browser", "websit", "webseit", "site", "internet", "analy", "track", "personali",
    "advertis", "werb", "publicit", "publicid", "pubblicit", "reclam", "reklam", "navig",
    "experien", "erfahr", "expérien", "esperienz", "ervar", "doświadcz", "опыт", "досвід",
    "deneyim", "upplevelse", "zkušenost", "inhalt", "content", "contenu", "contenid",
    "contenut", "conteúd", "inhoud", "treści", "контент", "içerik", "innehåll", "obsah",
    "statisti", "tracciam", "drittanbiet", "third-part", "tiers", "terceros", "terze",
    "sito", "sitio", "strona", "сайт", "analiz", "analis", "анализ", "аналіз", "traffic",
    "tráfico", "trafic", "verkehr", "ruch", "трафик", "трафік",
)  # fmt: skip
# Free of charge, as offers say it (the common prompt cues of signals).
FREE_WORDS = frozenset((
    "free", "kostenlos", "gratis", "gratuit", "gratuite", "gratuito", "gratuita", "za darmo",
    "bezpłatnie", "бесплатно", "безкоштовно", "ücretsiz", "zdarma",
))  # fmt: skip
# Shop words in more forms: affiliate programmes and their disclosures
# (strong), and inflected offers and prices (common: "ofertę", "cenę").
SHOP_DISCLOSURES = (
    "amazon-partner", "amazon partner", "partenaire amazon", "socio de amazon",
    "afiliado de amazon", "affiliato amazon", "associado da amazon", "partner amazon",
    "qualifizierten verkäufen", "qualifizierten käufen", "achats éligibles",
    "compras que cumplan", "acquisti idonei", "compras qualificadas", "vergoeding",
    "bestseller", "bestsellers",
)  # fmt: skip
SHOP_COMMON: tuple[str, ...] = (
    "ofertę", "oferty", "cenę", "ceny", "предложению", "ціною", "teklif",
    # shops and the largest of them, named on buttons ("Ver en Amazon", "Kup w sklepie")
    "amazon", "ebay", "sklep", "sklepie", "магазин", "магазине", "магазині", "tienda", "negozio",
    "loja", "winkel", "boutique", "mağaza", "butik", "obchod",
)  # fmt: skip
# How often a newsletter comes and where it goes: weak prompt cues, each
# common in prose, two of them with an imperative or the reader an offer.
DELIVERY: tuple[str, ...] = (
    "every morning", "each morning", "every day", "every week", "daily", "weekly",
    "jeden morgen", "jeden tag", "jede woche", "täglich", "wöchentlich", "postfach",
    "chaque matin", "chaque jour", "chaque semaine", "quotidienne", "hebdomadaire",
    "cada mañana", "cada día", "cada semana", "todas las mañanas", "diario", "semanal",
    "ogni mattina", "ogni giorno", "ogni settimana", "quotidiana", "settimanale",
    "todas as manhãs", "todos os dias", "cada manhã", "toda semana", "diária", "semanal",
    "elke ochtend", "elke dag", "elke week", "dagelijks", "wekelijks",
    "codziennie", "co rano", "co tydzień", "skrzynkę", "skrzynki",
    "каждое утро", "каждый день", "каждую неделю", "ежедневно", "на почту",
    "щоранку", "щодня", "щотижня", "на пошту",
    "her sabah", "her gün", "her hafta",
    "varje morgon", "varje dag", "varje vecka", "inkorg",
    "každé ráno", "každý den", "každý týden", "do schránky",
    "a month", "per month", "im monat", "pro monat", "par mois", "al mes", "al mese",
    "por mês", "per maand", "miesięcznie", "в месяц", "на місяць", "aylık", "i månaden",
    "měsíčně", "unlimited", "unbegrenzt", "illimité", "ilimitado", "illimitato", "onbeperkt",
    "bez limitu", "без ограничений", "без обмежень", "sınırsız", "obegränsat", "neomezeně",
    "zugang", "access", "accès", "acceso", "accesso", "acesso", "toegang",
    "dostęp", "доступ", "erişim", "åtkomst", "přístup",
    "every evening", "jeden abend", "chaque soir", "cada noche", "ogni sera", "todas as noites",
    "elke avond", "co wieczór", "каждый вечер", "щовечора", "her akşam", "varje kväll",
    "každý večer",
    "mailbox", "postfach", "boîte mail", "bandeja de entrada", "casella di posta",
    "caixa de entrada", "почтовый ящик", "поштову скриньку", "e-posta kutunuza", "e-mailu",
)  # fmt: skip

# More furniture by kind, in the 13 languages (en de fr es it pt nl pl ru uk
# tr sv cs), as sites word it: skip and back-to-top links, copying a link and
# sending it by e-mail, bookmarks, comment prompts, edit stamps, "more from"
# and most-read headers, interviews and contributions, recommendations in a
# shop box, support-us prompts and notifications. Each is a cue: it weighs
# only inside a short line that is not prose, beside the other signals.
FURNITURE_CUES: dict[str, tuple[str, ...]] = {
    "navigation": (
        "skip to content", "skip to main content", "jump to content", "back to top", "return to",
        "to the top", "top of the page", "top of page", "zum inhalt", "zum inhalt springen",
        "direkt zum inhalt", "nach oben", "aller au contenu", "passer au contenu",
        "haut de page", "retour en haut", "saltar al contenido", "ir al contenido",
        "volver arriba", "vai al contenuto", "salta al contenuto", "torna su",
        "ir para o conteúdo", "saltar para o conteúdo", "voltar ao topo", "naar de inhoud",
        "ga naar inhoud", "naar boven", "przejdź do treści", "przejdź do zawartości",
        "do góry", "перейти к содержанию", "наверх", "перейти до змісту", "перейти до вмісту",
        "нагору", "вгору", "içeriğe geç", "içeriğe atla", "başa dön", "yukarı çık",
        "hoppa till innehållet", "gå till innehållet", "till toppen", "přejít na obsah",
        "přeskočit na obsah", "nahoru",
        # the footer: who we are, advertising with us
        "about us", "über uns", "qui sommes-nous", "quiénes somos", "chi siamo", "quem somos",
        "sobre nós", "over ons", "o nas", "о нас", "про нас", "hakkımızda", "om oss",
        "o nás", "werbung", "publicité", "publicidad", "pubblicità", "publicidade",
        "adverteren", "reklama", "реклама", "reklam", "annonsera", "inzerce",
        # menus and home links where the main table has none
        "meny", "startsida", "kontakta oss", "menü", "anasayfa", "bize ulaşın", "контакти",
        "на головну", "на главную",
    ),
    "share_widget": (
        "copy link", "copy the link", "link copied", "link kopieren", "copier le lien",
        "copiar enlace", "copiar el enlace", "copia link", "copia il link", "copiar link",
        "copiar o link", "kopieer link", "link kopiëren", "kopiuj link", "skopiuj link",
        "копировать ссылку", "скопировать ссылку", "копіювати посилання",
        "скопіювати посилання", "bağlantıyı kopyala", "linki kopyala", "kopiera länk",
        "kopiera länken", "kopírovat odkaz", "zkopírovat odkaz",
        # sending the article by e-mail
        "email", "e-mail", "by email", "by e-mail", "per e-mail", "per mail",
        "par e-mail", "par courriel", "por correo", "enviar por correo", "por email",
        "per email", "invia per email", "por e-mail", "enviar por e-mail", "e-mailen",
        "e-mailem", "wyślij e-mailem", "по почте", "по e-mail", "поштою", "e-posta ile",
        "e-post", "via e-post", "mejla",
    ),
    "comment_form": (
        "be the first to comment", "be the first to react", "react", "reactions",
        "kommentar verfassen", "sei der erste", "seien sie der erste", "réagir", "réagissez",
        "réactions", "soyez le premier", "sé el primero", "reacciones", "sii il primo",
        "reazioni", "seja o primeiro", "reações", "wees de eerste", "bądź pierwszy",
        "reakcje", "будьте первым", "будьте першим", "реакции", "реакції", "ilk yorumu",
        "yorum yazın", "tepkiler", "bli först", "reaktioner", "buďte první", "reakce",
        # the answers under a post, as a thread counts them ("3 responses to ...")
        "responses", "replies", "réponses", "respuestas", "risposte", "respostas",
        "odpowiedzi", "ответов", "відповідей", "yanıtlar", "odpovědí",
    ),
    "reading_furniture": (
        "modified", "last modified", "last edited", "geändert", "zuletzt geändert",
        "aktualisiert am", "modifié", "modifié le", "dernière mise à jour", "modificado",
        "modificado el", "última actualización", "actualizado el", "modificato",
        "ultima modifica", "modificado em", "última atualização", "gewijzigd",
        "laatst gewijzigd", "zmieniono", "zmodyfikowano", "ostatnia aktualizacja",
        "изменено", "последнее обновление", "змінено", "останнє оновлення", "değiştirildi",
        "son güncelleme", "güncellenme", "ändrad", "senast ändrad", "senast uppdaterad",
        "upraveno", "aktualizováno", "naposledy upraveno", "läsningstid", "doba čtení",
        "хв читання", "хвилини читання", "хвилин на читання",
        # keeping the article for later
        "bookmark", "save article", "save for later", "add to favourites",
        "add to favorites", "merken", "artikel merken", "ajouter à mes favoris",
        "ajouter aux favoris", "guardar artículo", "añadir a favoritos", "salva articolo",
        "aggiungi ai preferiti", "salvar artigo", "adicionar aos favoritos",
        "artikel opslaan", "bewaren", "dodaj do ulubionych", "zapisz artykuł",
        "в закладки", "добавить в избранное", "додати в обране", "зберегти статтю",
        "favorilere ekle", "kaydet", "spara artikel", "spara", "uložit článek",
        "přidat do oblíbených",
    ),
    "related_links": (
        "more from", "mer från", "fler från", "mehr aus", "mehr von", "więcej z",
        "больше из", "більше з", "více z", "daha fazla haber", "plus d'articles",
        "plus d'actualités", "mais notícias", "altre notizie", "więcej wiadomości",
        "больше новостей", "fler nyheter", "další zprávy", "další články",
        "most viewed", "most shared", "lo más leído", "i più letti", "mais lidos",
        "najpopularniejsze", "самое читаемое", "самые читаемые", "найчитаніше",
        "найпопулярніше", "en çok okunanlar", "mest lästa", "nejčtenější",
        "you might have missed", "you may have missed", "might have missed",
        "das könnte sie verpasst haben", "à ne pas manquer", "te lo perdiste",
        "da non perdere", "não perca", "gemist", "może cię zainteresować",
        "вы могли пропустить", "ви могли пропустити", "kaçırmış olabilirsiniz",
        "du kanske missade", "mohlo vás zajímat",
        "earlier we wrote", "as we reported", "wir berichteten", "nous en parlions",
        "como informamos", "ne abbiamo parlato", "já noticiámos", "eerder schreven we",
        "wcześniej pisaliśmy", "ранее мы писали", "раніше ми писали", "daha önce yazmıştık",
        "tidigare skrev vi", "dříve jsme psali",
        "next up", "up next", "als nächstes", "à suivre", "a continuación", "a seguire",
        "hierna", "następnie", "sıradaki", "härnäst", "následuje",
        "siehe auch", "véase también", "vedi anche", "zie ook", "см. также", "див. також",
        "ayrıca bakınız", "se även", "viz také", "also on",
        # Swedish, Turkish and Ukrainian, where the main table is thinnest
        "relaterade artiklar", "fler artiklar", "mer om", "läs även", "mer att läsa",
        "ilgili içerikler", "benzer içerikler", "diğer haberler", "öne çıkanlar",
        "bunlar da ilginizi çekebilir", "вас може зацікавити", "схожі новини",
        "інші новини", "також читайте", "останні новини",
        # what the reader may like, what others read: the header above a teaser
        # list, in the informal and formal address and the usual inflections
        "könnte dich auch interessieren", "könnte dich interessieren",
        "könnte sie interessieren", "das könnte dich interessieren", "dich auch interessieren",
        "meist gelesen", "viel gelesen", "am meisten gelesen", "schon gelesen",
        "für dich empfohlen", "für sie empfohlen", "empfohlene artikel", "zum thema",
        "neueste artikel", "neueste beiträge", "neuste beiträge", "aktuelle beiträge",
        "beliebte beiträge", "beliebte artikel", "verwandte beiträge", "weitere themen",
        "you may also be interested", "you might be interested", "recommended for you",
        "more like this", "popular posts", "recent posts", "latest posts", "related posts",
        "on the same topic", "on this topic", "sur le sujet", "sur le même thème",
        "à lire également", "vous aimerez aussi", "ça peut vous intéresser",
        "lea también", "lea más", "le puede interesar", "te podría interesar",
        "puede interesarte", "lo más visto", "ti potrebbe interessare",
        "potrebbero interessarti", "ti potrebbero interessare", "potrebbe interessarti anche",
        "você também pode gostar", "pode te interessar", "pode interessar",
        "misschien ook interessant", "dit vind je misschien ook leuk", "ook interessant",
        "może cię też zainteresować", "warto przeczytać", "przeczytaj też",
        "przeczytaj także", "вам может быть интересно", "вам может понравиться",
        "вам також може сподобатися", "може бути цікаво", "du kanske också gillar",
        "kan också intressera", "mohlo by vás zajímat", "mohlo by vás také zajímat",
        "bunları da beğenebilirsiniz", "en çok okunan",
        "vea también", "ver también", "mira también", "zobacz również", "czytaj również",
        "przeczytaj również", "lesen sie mehr", "lies auch",
    ),
    "taxonomy": (
        "subjects", "themes", "thématiques", "thèmes", "stichworte", "schlagwort", "temas",
        "argomenti", "assuntos", "onderwerp", "tematy", "темы", "теми", "теги", "konular",
        "ämnen", "teman", "nyckelord", "témata", "rubriky",
    ),
    "credit": (
        "interview by", "interviewed by", "das interview führte", "propos recueillis par",
        "entrevista de", "entrevista realizada por", "intervista di", "intervista a cura di",
        "entrevista por", "interview door", "rozmawiał", "rozmawiała", "беседовал",
        "беседовала", "розмовляв", "розмовляла", "röportaj", "intervju av", "ptal se",
        "ptala se",
        # contributions of a wire service or a colleague to the story
        "contributed to this story", "contributed to this report",
        "contributed to this article", "contributed reporting", "additional reporting from",
        "edited by", "wire copy", "mitgearbeitet", "a contribué", "ont contribué",
        "contribuyó", "contribuyeron", "ha contribuito", "hanno contribuito", "contribuiu",
        "contribuíram", "heeft bijgedragen", "hebben bijgedragen", "przy współpracy",
        "при участии", "при участі", "за матеріалами", "по материалам", "katkıda bulundu",
        "bidrog", "bidrog till", "přispěl", "přispěla",
    ),
    "shop": (
        "our pick", "our picks", "top pick", "we recommend", "what we're using",
        "unsere empfehlung", "empfehlung", "notre sélection", "notre choix",
        "nuestra selección", "nuestra recomendación", "recomendamos", "la nostra scelta",
        "consigliamo", "nossa escolha", "nossa recomendação", "onze keuze", "aanrader",
        "polecamy", "nasz wybór", "рекомендуем", "наш выбор", "радимо", "рекомендуємо",
        "наш вибір", "önerimiz", "önerilen", "vårt val", "vi rekommenderar", "doporučujeme",
        "náš tip", "shop the", "hemen al", "şimdi al", "köp", "kupit",
        "i lager", "lägg i varukorgen", "till butiken", "stokta", "mağazaya git",
        "в наявності", "до магазину", "в наличии",
    ),
    "prompt": (
        "support us", "support our journalism", "support independent", "unterstützen sie uns",
        "unterstütze uns", "soutenez", "soutenez-nous", "apóyanos", "apoya", "sostienici",
        "sostieni", "apoie", "steun ons", "wesprzyj nas", "wesprzyj", "поддержите нас",
        "поддержите", "підтримайте", "підтримайте нас", "bizi destekleyin", "destekleyin",
        "stöd oss", "podpořte nás", "podpořte",
        # notifications of breaking news
        "notifications", "turn on notifications", "benachrichtigungen", "push-mitteilungen",
        "activer les notifications", "notificaciones", "notifiche", "notificações",
        "meldingen", "powiadomienia", "уведомления", "сповіщення", "bildirimler",
        "aviseringar", "notiser", "upozornění",
    ),
}  # fmt: skip

# An affiliate disclosure: a commission or affiliate word (lower case: the
# Commission is an institution), links, and the page itself ("We may earn a
# commission through links on this page"). Stems, casefolded.
AFFILIATE_STEMS = ("affili", "afili", "партнерск", "партнёрск", "партнерськ", "ortaklık")
DISCLOSURE_STEMS = (
    "affili", "afili", "commission", "comisi", "commissi", "comiss", "provision", "provisie",
    "prowizj", "комисси", "комісі", "партнерск", "партнёрск", "партнерськ", "komisyon",
    "ortaklık", "proviz",
    # pay by another name: compensation, remuneration
    "compensat", "compensaci", "compensaç", "compenso", "vergütung", "rémunér", "remunera",
    "vergoed", "wynagrodz", "вознагражд", "винагород", "ersättning", "odměn",
)  # fmt: skip
# What the pay is for: links, and clicks and purchases through them.
LINK_STEMS = (
    "link", "enlace", "lien", "collegament", "ligaç", "ссылк", "посилан", "bağlantı",
    "länk", "odkaz", "verweis",
    "purchas", "click", "klick", "clic", "kauf", "käuf", "achat", "compra", "acquist",
    "aankoop", "aankop", "klik", "zakup", "покуп", "клик", "купів", "satın", "tıkla", "köp",
    "nákup",
)  # fmt: skip
# The site earning or receiving the pay: the verb of a disclosure's own
# sentence ("We may receive compensation", "erhält CHIP eine Provision",
# "As an Amazon Associate I earn"), by stems, with first-person plural forms.
EARN_STEMS = (
    "earn", "receiv", "erhalt", "erhält", "bekomm", "verdien", "perçoi", "percev", "perçu",
    "touch", "reçoi", "recev", "gagn", "recib", "gana", "ganam", "obtien", "obtene", "ricev",
    "guadagn", "percepi", "receb", "ganh", "ontvang", "krijg", "otrzym", "dostaj", "zarabia",
    "получа", "получи", "зарабат", "отриму", "отрима", "заробля", "kazan", "alır", "alıyor",
    "alabil", "får", "tjänar", "erhåll", "získ", "dostáv", "vydělá",
)  # fmt: skip
# The site speaking as itself: first-person words (and the verbs of the
# languages that drop them) near the earning verb, or the site named as such.
FIRST_PERSON = frozenset((
    "i", "we", "our", "us", "ich", "wir", "uns", "unser", "unsere", "je", "nous", "notre",
    "nos", "nosotros", "nuestro", "nuestra", "io", "noi", "nostro", "nostra", "eu", "nós",
    "nosso", "nossa", "ik", "wij", "ons", "onze", "my", "nasz", "nasza", "мы", "наш", "ми",
    "ben", "biz", "jag", "vi", "vår", "já", "náš",
    "recibimos", "ganamos", "obtenemos", "percevons", "touchons", "recevons", "gagnons",
    "riceviamo", "guadagniamo", "recebemos", "ganhamos", "otrzymujemy", "zarabiamy",
    "получаем", "зарабатываем", "отримуємо", "заробляємо", "alırız", "kazanırız",
    "kazanıyoruz", "získáváme", "dostáváme",
))  # fmt: skip
SITE_SELF: tuple[str, ...] = (
    "this site", "this website", "this blog", "diese website", "diese seite", "dieser blog",
    "diese webseite", "ce site", "ce blog", "este sitio", "este blog", "questo sito",
    "questo blog", "este site", "deze website", "deze site", "deze blog", "ta strona",
    "ten blog", "этот сайт", "этот блог", "цей сайт", "цей блог", "bu site", "bu blog",
    "denna webbplats", "denna sida", "den här bloggen", "tento web", "tento blog",
    "tyto stránky",
)  # fmt: skip
# Programmes whose notice says the site earns from them ("As an Amazon
# Associate I earn from qualifying purchases"): a notice with the earning
# verb and the site speaking.
PROGRAMMES = (
    "amazon associate", "associates program", "amazon services llc", "qualifying purchases",
    "amazon-partner", "amazon partner", "partenaire amazon", "partenaire d'amazon",
    "socio de amazon", "afiliado de amazon", "affiliato amazon", "associado da amazon",
    "partner amazon", "partnerprogramm", "qualifizierten verkäufen", "qualifizierten käufen",
    "achats éligibles", "achats remplissant", "compras que cumplan", "compras elegibles",
    "acquisti idonei", "compras qualificadas", "kwalificerende aankopen",
    "kwalificerende aankoop", "kwalifikujących się zakupów", "квалифицированных покупок",
    "кваліфікованих покупок", "uygun alışveriş", "kvalificerade köp",
    "kvalifikovaných nákupů",
)  # fmt: skip
# How near the first-person word stands to the earning verb, in words:
# "We may receive", "erhalten wir"; "our analysis found that bloggers
# receive ..." speaks of others.
NEAR_EARN = 3

# Signing up, as a prompt's sentence opens ("Subscribe to our newsletter and
# ..."), and the site's own things ("our", "unseren", "nuestro"): a prompt
# that names the site's newsletter is no article's sentence.
SIGN_UP = frozenset({
    "subscribe", "sign", "register", "join", "abonniere", "abonnieren", "registriere",
    "melde", "abonnez-vous", "inscrivez-vous", "abonne-toi", "inscris-toi", "suscríbete",
    "suscríbase", "regístrate", "apúntate", "iscriviti", "abbonati", "registrati", "assine",
    "inscreva-se", "cadastre-se", "subscreva", "abonneer", "meld", "schrijf", "zapisz",
    "subskrybuj", "zasubskrybuj", "подпишитесь", "подписывайтесь", "підпишіться",
    "підписуйтесь", "prenumerera", "registrera", "přihlaste", "odebírejte", "předplaťte",
})  # fmt: skip
SITE_POSSESSIVES = frozenset({
    "our", "unser", "unsere", "unseren", "unserem", "unserer", "notre", "nos", "nuestro",
    "nuestra", "nuestros", "nuestras", "nostro", "nostra", "nostri", "nostre", "nosso", "nossa",
    "nossos", "nossas", "onze", "ons", "nasz", "naszego", "naszej", "naszą", "nasze", "naszym",
    "наш", "нашу", "нашей", "нашего", "нашим", "нашої", "vår", "vårt", "våra", "náš",
    "naše", "našeho", "naši",
})  # fmt: skip
# Turkish says "our" in a suffix, and signs up in two words: "Bültenimize abone olun".
TURKISH_OUR = ("imize", "ımıza", "umuza", "ümüze", "imizi", "ımızı", "umuzu", "ümüzü")
TURKISH_SIGN_UP = ("abone olun", "üye olun", "kaydolun", "kayıt olun")

# Cue vocabulary: words and phrases that mark a line as furniture of a kind.
# A cue counts only as a whole word or phrase (\b on both sides) inside a
# short line; a prose sentence that mentions it is protected by its shape.
CUES: dict[str, tuple[str, ...]] = {
    SHARE_WIDGET: (
        # en de fr es it pt nl pl ru uk tr sv cs
        "share", "shares", "share on", "share this", "tweet", "teilen", "teilen auf", "geteilt",
        "partager", "partager sur", "partagez", "compartir", "compartir en", "comparte",
        "condividi", "condividi su", "condividere", "compartilhar", "compartilhe",
        "partilhar", "delen", "deel", "udostępnij", "podziel się", "поделиться",
        "поділитися", "paylaş", "paylaşın", "dela", "sdílet", "sdílejte", "follow", "follow us",
        "folgen", "folge uns", "suivez-nous", "síguenos", "seguici", "siga-nos", "volg ons",
        "obserwuj", "подписывайтесь", "стежте", "takip edin",
        # networks: as cues they weigh only as much of a short line as they are
        "facebook", "twitter", "instagram", "linkedin", "whatsapp", "telegram", "youtube",
        "tiktok", "pinterest", "reddit", "mastodon", "bluesky", "xing", "vkontakte",
    ),
    COMMENT_FORM: (
        "comment", "comments", "write a comment", "leave a comment", "add a comment",
        "kommentar", "kommentare", "kommentieren", "kommentar schreiben", "commentaire",
        "commentaires", "commenter", "comentario", "comentarios", "comentar", "commento",
        "commenti", "commenta", "comentário", "comentários", "reactie", "reacties", "reageer",
        "reageren", "komentarz", "komentarze", "skomentuj", "комментарий", "комментарии",
        "комментариев", "коментар", "коментарі", "коментарів", "yorum", "yorumlar",
        "yorum yap", "kommentera", "kommentarer", "komentáře", "komentář",
        # a form's header and button as phrases ("svar" alone is any answer)
        "dodaj komentarz", "lämna ett svar", "avbryt svar", "lämna en kommentar",
        # replying, as comment threads print under each comment
        "reply", "antworten", "antwort", "répondre", "responder", "rispondi", "beantwoorden",
        "odpowiedz", "ответить", "відповісти", "yanıtla", "svara", "odpovědět",
    ),
    RELATED_LINKS: (
        "related", "more from", "more on", "more stories", "more news", "read more",
        "read also", "read next", "also read", "see also", "you may also like",
        "you might also like", "recommended", "most read", "most popular", "trending",
        "further reading", "top stories", "latest news", "weitere artikel", "weitere beiträge",
        "weitere nachrichten", "mehr zum thema", "mehr dazu", "auch interessant",
        "lesen sie auch", "das könnte sie auch interessieren", "ähnliche beiträge",
        "ähnliche artikel", "verwandte artikel", "meistgelesen", "meistgelesene",
        "à lire aussi", "lire aussi", "lire la suite", "voir aussi", "articles similaires",
        "sur le même sujet", "les plus lus", "dans la même rubrique", "à découvrir",
        "te puede interesar", "también te puede interesar", "lee también", "leer más",
        "noticias relacionadas", "artículos relacionados", "más leídas", "más noticias",
        "leggi anche", "potrebbe interessarti", "articoli correlati", "più letti",
        "altri articoli", "leia também", "leia mais", "veja também", "mais lidas",
        "notícias relacionadas", "lees ook", "lees meer", "gerelateerd", "meer nieuws",
        "meest gelezen", "czytaj też", "czytaj także", "czytaj więcej", "zobacz też",
        "zobacz także", "polecane", "powiązane", "najczęściej czytane", "читайте также",
        "читать также", "читать далее", "смотрите также", "похожие", "по теме",
        "ещё по теме", "популярное", "читайте також", "дивіться також", "схожі",
        "популярне", "по темі", "більше новин", "ilgili haberler", "benzer haberler",
        "devamını oku", "ilginizi çekebilir", "çok okunanlar", "läs också", "läs mer",
        "relaterat", "mest läst", "čtěte také", "související",
        # "related" as a label ("Relacionado: <headline>") and with the nouns of
        # links and news; alone, a plural heads lists in articles too: the
        # related species of a plant, the related disorders of a disease
        "relacionado", "relacionada", "correlato", "correlata", "verwandte links",
        "verwandte nachrichten", "verwandte beiträge", "verwandte themen", "articles connexes",
        "sujets connexes", "temas relacionados", "notas relacionadas", "artigos relacionados",
        "gerelateerde artikelen", "powiązane artykuły", "связанные статьи", "пов'язані статті",
        "relaterade artiklar", "související články",
    ),
    CREDIT: (
        "photo", "photos", "photo credit", "image", "image credit", "picture", "credit",
        "credits", "video", "foto", "fotos", "bild", "bilder", "bildquelle", "quelle", "crédit",
        "crédits", "crédit photo", "imagen", "immagine", "imagem", "fotografia", "afbeelding",
        "zdjęcie", "fot", "фото", "изображение", "зображення", "fotoğraf", "görsel", "bildkälla",
        "getty images", "reuters", "afp", "dpa", "ap photo", "epa", "imago", "shutterstock",
        "istock", "unsplash", "pixabay", "reporting by", "editing by", "additional reporting",
        "mit material von", "avec afp", "con información de", "ansa",
    ),
    READING: (
        "min read", "minute read", "minutes read", "read time", "reading time", "lesezeit",
        "min lesezeit", "temps de lecture", "min de lecture", "tiempo de lectura",
        "min de lectura", "tempo di lettura", "tempo de leitura", "leestijd", "czas czytania",
        "время чтения", "мин чтения", "час читання", "okuma süresi", "lästid",
        "listen to this article", "listen to this story", "listen", "now playing", "play video",
        "watch", "audio", "updated", "last updated", "published", "aktualisiert",
        "veröffentlicht", "mis à jour", "publié", "actualizado", "publicado", "aggiornato",
        "pubblicato", "atualizado", "bijgewerkt", "gepubliceerd", "zaktualizowano",
        "opublikowano", "обновлено", "опубликовано", "оновлено", "опубліковано",
        "güncellendi", "güncelleme", "yayınlanma", "uppdaterad", "publicerad", "print",
        "print article", "print this article", "print page", "print this page",
        "artikel drucken", "seite drucken", "imprimer l'article", "imprimir artículo",
        "drucken", "imprimer", "imprimir", "stampa", "afdrukken", "drukuj", "печать",
        "друк", "yazdır", "skriv ut", "font size", "text size", "schriftgröße", "vorlesen",
        "artikel anhören", "écouter", "escuchar", "ascolta", "ouvir", "luister", "posłuchaj",
        "слушать", "слухати", "dinle",
    ),
    TAXONOMY: (
        "tags", "tagged", "topics", "categories", "category", "filed under", "keywords",
        "schlagwörter", "schlagworte", "stichwörter", "themen", "kategorie", "kategorien",
        "catégories", "catégorie", "étiquettes", "mots-clés", "mots clés", "sujets", "etiquetas",
        "temas", "categorías", "categoría", "argomenti", "categorie", "etichette", "tópicos",
        "categorias", "trefwoorden", "onderwerpen", "categorieën", "tagi", "kategorie",
        "tematy", "теги", "метки", "рубрики", "категории", "мітки", "теги", "категорії",
        "etiketler", "konular", "kategoriler", "taggar", "ämnen", "štítky", "témata",
    ),
    PROMPT: (
        "newsletter", "newsletters", "subscribe", "subscribed", "subscription", "subscriber",
        "subscribers", "sign up", "sign-up", "sign in", "log in", "login", "register",
        "create an account", "my account", "your account", "your inbox", "inbox",
        "terms of use", "terms of service", "terms and conditions", "privacy policy",
        "member", "members only", "become a member", "not a member", "already a member",
        "already have an account", "create account", "free account", "for free", "mitglied werden",
        "kostenlos registrieren", "devenir membre", "hazte socio", "diventa socio", "inloggen",
        "cookie", "cookies", "consent", "you agree", "get our", "join our", "don't miss",
        "never miss", "free trial", "unlimited access", "straight to your inbox",
        "delivered to your inbox", "unsubscribe", "premium", "paywall",
        "abonnieren", "abonniere", "abonnement", "abo", "anmelden", "registrieren",
        "datenschutz", "datenschutzerklärung", "einwilligung", "nutzungsbedingungen",
        "abonner", "abonnez-vous", "inscrivez-vous", "inscription", "se connecter",
        "connexion", "confidentialité", "suscríbete", "suscribirse", "suscripción", "boletín",
        "iniciar sesión", "regístrate", "privacidad", "iscriviti", "abbonati", "abbonamento",
        "accedi", "assine", "assinatura", "inscreva-se", "cadastre-se", "privacidade",
        "aanmelden", "abonneer", "abonnement", "inloggen", "nieuwsbrief", "subskrybuj",
        "zapisz się", "zaloguj", "zaloguj się", "prenumerata", "prenumeruj",
        "polityka prywatności", "подписаться", "подпишитесь", "подписка", "рассылка",
        "войти", "регистрация", "підписатися", "підпишіться", "підписка", "розсилка",
        "увійти", "abone ol", "abone", "bülten", "giriş yap", "üye ol", "gizlilik", "çerez",
        "prenumerera", "nyhetsbrev", "logga in", "přihlásit", "odebírat",
        # the site speaking of itself, as consent notices do
        "this website", "this site", "our website", "our site", "diese website", "diese seite",
        "unsere website", "unsere webseite", "ce site", "notre site", "este sitio",
        "nuestro sitio", "questo sito", "il nostro sito", "este site", "nosso site",
        "deze website", "onze website", "ta strona", "nasza strona", "этот сайт", "наш сайт",
        "цей сайт", "наш сайт", "bu site", "sitemiz", "denna webbplats", "tento web",
    ),
    SHOP: (
        "shop now", "view deal", "see deal", "get deal", "check availability", "zum angebot",
        "zum shop", "jetzt bestellen", "jetzt ansehen", "voir l'offre", "ver oferta",
        "vedi offerta", "bekijk aanbieding", "zobacz ofertę", "zamów teraz", "заказать",
        "amazon associate", "qualifying purchases", "earn a commission", "we may earn",
        "buy now", "buy", "check price", "see price", "add to cart", "add to basket",
        "in stock", "on amazon", "affiliate", "affiliate link", "affiliate links", "commission",
        # an advertisement's label ("- Sponsored -"); not German "Anzeige", which
        # is also a police report ("Anzeige erstatten") and a display
        "advertisement", "sponsored", "gesponsert", "sponsorisé", "patrocinado",
        "sponsorizzato", "gesponsord", "sponsorowane", "artykuł sponsorowany",
        "jetzt kaufen", "kaufen", "preis prüfen", "in den warenkorb", "provision",
        "partnerlink", "partnerlinks", "werbelink", "acheter", "ajouter au panier",
        "lien affilié", "liens affiliés", "comprar", "añadir al carrito", "enlace de afiliado",
        "acquista", "aggiungi al carrello", "link di affiliazione", "comprar agora",
        "adicionar ao carrinho", "koop nu", "in winkelwagen", "kup teraz", "dodaj do koszyka",
        "купить", "в корзину", "купити", "в кошик", "satın al", "sepete ekle", "köp nu",
        "koupit",
    ),
    COPYRIGHT: (
        "all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
        "todos los derechos reservados", "tutti i diritti riservati",
        "todos os direitos reservados", "alle rechten voorbehouden", "wszelkie prawa zastrzeżone",
        "все права защищены", "всі права захищені", "tüm hakları saklıdır",
        "alla rättigheter förbehållna", "všechna práva vyhrazena",
    ),
    NAVIGATION: (
        "menu", "home", "homepage", "back to", "go back", "previous", "next", "previous post",
        "next post", "about us", "contact", "contact us", "advertise", "sitemap", "careers",
        "imprint", "impressum", "search", "skip to", "faq", "help", "startseite", "zurück",
        "zurück zu", "weiter", "vorherige", "nächste", "kontakt", "suche", "hilfe",
        "accueil", "retour", "précédent", "suivant", "rechercher", "aide", "inicio",
        "volver", "anterior", "siguiente", "buscar", "ayuda", "contacto", "torna", "indietro",
        "precedente", "successivo", "cerca", "contatti", "página inicial", "voltar",
        "próximo", "pesquisar", "contato", "terug", "vorige", "volgende", "zoeken",
        "strona główna", "powrót", "poprzedni", "następny", "szukaj", "kontakt", "главная",
        "назад", "предыдущая", "следующая", "поиск", "контакты", "меню", "головна",
        "попередня", "наступна", "пошук", "ana sayfa", "geri", "önceki", "sonraki", "ara",
        "iletişim", "tillbaka", "föregående", "nästa", "sök", "hlavní stránka", "zpět",
    ),
}  # fmt: skip
# More of each kind by meaning, in the same 13 languages: what subscribers,
# accounts, consent, prices, offers, affiliate links, pictures, reading time
# and dates are called, with the inflected forms sentences use.
MORE_CUES: dict[str, tuple[str, ...]] = {
    PROMPT: (
        # subscribers and subscriptions
        "abonnent", "abonnenten", "abonné", "abonnés", "abonnée", "suscriptor", "suscriptores",
        "abbonato", "abbonata", "abbonati", "assinante", "assinantes", "abonnee", "abonnees",
        "subskrybent", "subskrybentów", "subskrypcja", "subskrypcję", "subskrypcji",
        "prenumeratorów", "подписчик", "подписчиков", "подписку", "подписки", "передплатник",
        "передплатників", "передплату", "передплата", "aboneler", "aboneliği", "abonelik",
        "prenumerant", "prenumeranter", "předplatitel", "předplatitelé", "předplatné",
        "subscribers only", "for subscribers",
        # logging in and accounts
        "einloggen", "login", "connectez-vous", "identifiez-vous", "entrar", "inicia sesión",
        "acceder", "accedere", "entra", "aanmelden", "log in", "войдите", "увійдіть",
        "giriş", "account", "konto", "compte", "mon compte", "cuenta", "mi cuenta", "conta",
        "minha conta", "il mio account", "mijn account", "moje konto", "аккаунт", "акаунт",
        "личный кабинет", "hesabım", "mitt konto", "můj účet", "účet",
        # e-mail address fields
        "email address", "your email", "e-mail address", "e-mail-adresse", "adresse e-mail",
        "adresse email", "correo electrónico", "indirizzo email", "indirizzo e-mail",
        "endereço de e-mail", "e-mailadres", "adres e-mail", "электронная почта",
        "электронной почты", "електронна пошта", "e-posta", "e-postadress", "e-mailová adresa",
        # consent and terms
        "privacy", "privacy notice", "privacy policy", "privacyverklaring", "privacybeleid",
        "prywatności", "regulamin", "regulaminu", "politique de confidentialité", "conditions",
        "conditions d'utilisation", "términos", "condiciones", "termini", "condizioni",
        "termos", "voorwaarden", "warunki", "условия", "умови", "koşulları", "villkor",
        "podmínky", "accept", "accept all", "akzeptieren", "alle akzeptieren", "accepter",
        "tout accepter", "aceptar", "aceptas", "accetta", "accetti", "accetto", "aceitar",
        "aceitas", "aceito", "accepteren", "akkoord", "akceptuj", "akceptujesz", "принять",
        "принимаете", "прийняти", "приймаєте", "kabul", "kabul et", "acceptera", "přijmout",
        "souhlasím", "consentimento", "consenso", "zgoda", "согласие", "згода", "onay",
        "samtycke", "souhlas", "settings", "einstellungen", "paramètres", "configuración",
        "impostazioni", "definições", "configurações", "instellingen", "ustawienia",
        "настройки", "налаштування", "ayarlar", "inställningar", "nastavení",
        # free of charge, as offers say it
        "free", "kostenlos", "gratis", "gratuit", "gratuite", "gratuito", "gratuita",
        "za darmo", "bezpłatnie", "бесплатно", "безкоштовно", "ücretsiz", "zdarma",
    ),
    SHOP: (
        # prices, offers and discounts
        "price", "prices", "preis", "preise", "prix", "precio", "precios", "prezzo", "prezzi",
        "preço", "preços", "prijs", "prijzen", "cena", "ceny", "цена", "цены", "ціна",
        "fiyat", "fiyatı", "pris", "ver precio", "ver preço", "vedi il prezzo", "voir le prix",
        "preis ansehen", "bekijk prijs", "sprawdź cenę", "узнать цену", "offer", "deal",
        "deals", "angebot", "angebote", "offre", "offres", "oferta", "ofertas", "offerta",
        "offerte", "promoção", "promoções", "promoción", "promozione", "promotion",
        "aanbieding", "promocja", "акция", "предложение", "пропозиція", "акція", "kampanya",
        "fırsat", "erbjudande", "nabídka", "akce", "discount", "rabatt", "remise", "réduction",
        "descuento", "sconto", "desconto", "korting", "rabat", "zniżka", "скидка", "знижка",
        "indirim", "invece di", "statt", "au lieu de", "en lugar de", "em vez de", "à vista",
        "in plaats van", "zamiast", "вместо", "замість", "yerine", "istället för", "místo",
        # buying
        "kopen", "nu kopen", "bestellen", "commander", "pedir", "comprare", "acquistare",
        "ordina", "encomendar", "zamów", "kupić", "kup", "заказать", "замовити", "sipariş",
        "beställ", "objednat", "koop", "compra",
        # affiliate links and commissions
        "afiliado", "afiliados", "de afiliados", "affiliati", "affiliazione", "affilié",
        "affiliés", "affiliate-link", "affiliate-links", "partnerlinks", "partnerlink",
        "afiliacyjne", "afiliacyjny", "партнерские", "партнёрские", "партнерські",
        "ortaklık", "affiliatelänkar", "affiliate odkazy", "commissie", "comisión",
        "commissione", "comissão", "prowizję", "prowizja", "комиссию", "комісію", "komisyon",
        "provision", "provize",
    ),
    CREDIT: (
        "beeld", "foto's", "zdjęcia", "obraz", "ilustracja", "світлина", "фотография",
        "illustration", "illustrazione", "ilustración", "ilustração", "abbildung", "grafik",
        "gráfico", "infografik", "bron", "źródło", "источник", "джерело", "kaynak", "källa",
        "zdroj", "fuente", "fonte", "source",
    ),
    READING: (
        "lecture", "lectura", "lettura", "leitura", "lesedauer", "leestijd", "czytania",
        "чтение", "чтения", "читання", "okuma", "läsning", "čtení", "minutes de lecture",
        "min. lesen", "minuten lesen", "minuti di lettura", "minutos de lectura",
        "minutos de leitura", "minuten leestijd", "minut czytania", "минуты на чтение",
        "минут на чтение", "хвилин читання", "dakika okuma", "minuter läsning",
        "minut čtení", "published on", "posted", "posted on", "erschienen", "paru le",
        "publicada", "publicado em", "publicado el", "pubblicata", "publiceret",
        "opublikowany", "опубликован", "опубліковано о", "yayınlandı", "publicerat",
        "publikováno", "aktualizacja", "mis à jour le",
    ),
    NAVIGATION: (
        # links to the article before and after, as blogs and newsrooms word them;
        # German inflects the adjective ("Vorheriger Artikel") past the bare cue
        "vorheriger artikel", "nächster artikel", "voriger artikel", "vorheriger beitrag",
        "nächster beitrag", "voriger beitrag", "älterer beitrag", "neuerer beitrag",
        "ältere beiträge", "neuere beiträge", "previous article", "next article",
        "previous story", "next story", "older post", "newer post", "older posts",
        "newer posts", "article précédent", "article suivant", "artículo anterior",
        "artículo siguiente", "entrada anterior", "entrada siguiente", "articolo precedente",
        "articolo successivo", "artigo anterior", "próximo artigo", "vorig artikel",
        "volgend artikel", "poprzedni artykuł", "następny artykuł", "poprzedni wpis",
        "następny wpis", "предыдущая статья", "следующая статья", "попередня стаття",
        "наступна стаття", "önceki yazı", "sonraki yazı", "önceki haber", "sonraki haber",
        "föregående artikel", "nästa artikel", "předchozí článek", "další článek",
    ),
    TAXONOMY: (
        "categoria", "categorías", "rubrik", "rubriken", "rubrique", "rubriques", "rubrica",
        "sección", "sezione", "secção", "seção", "rubriek", "dział", "раздел", "розділ",
        "kategori", "sektion", "rubrika", "tag", "tags:", "hashtags",
    ),
}  # fmt: skip

# "None" as a comment count says it ("No comments yet", "Keine Kommentare",
# "Aucun commentaire"): with a comment cue after it, a count like a number.
NO_COUNT = frozenset((
    "no", "keine", "kein", "aucun", "aucune", "ningún", "ninguna", "sin", "nessun",
    "nessuna", "nenhum", "nenhuma", "sem", "geen", "brak", "нет", "немає", "hiç", "inga",
    "ingen", "žádné", "žádný", "zero", "null", "0",
))  # fmt: skip
# Replying, which a word saying none does not count ("No reply from the ministry").
REPLY_WORDS = frozenset((
    "reply", "antworten", "antwort", "répondre", "responder", "rispondi", "beantwoorden",
    "odpowiedz", "ответить", "відповісти", "yanıtla", "svara", "odpovědět",
))  # fmt: skip


# Greek, Hungarian, Romanian and Slovak, merged into the tables above.
#
# Written as sites word their furniture; each is added in its casefolded
# form (Greek final sigma folds to "σ", as the words of a line do) and in the
# spellings the same word takes on the web: Greek without its accents, as
# capitals are written ("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ"), and Romanian with the cedilla
# letters older fonts forced ("citeşte şi" for "citește și"). Common prose
# words are phrases here, never single-word cues: "σχετικά" (about),
# "perc" (minute), "ultimele" (the latest) weigh only with the words of a
# header.
_ROMANIAN_CEDILLAS = str.maketrans("șțȘȚ", "şţŞŢ")


def _plain_greek(phrase: str) -> str:
    """``phrase`` without the Greek tonos, as capitals write it: "διαβάστε" is "διαβαστε"."""
    decomposed = unicodedata.normalize("NFD", phrase)
    return unicodedata.normalize("NFC", decomposed.replace("\N{COMBINING ACUTE ACCENT}", ""))


def _forms(*phrases: str) -> tuple[str, ...]:
    """
    Each phrase casefolded, and its other web spellings (Greek unaccented, Romanian with cedillas).

        >>> _forms("Διαβάστε επίσης", "citește și")
        ('διαβάστε επίσησ', 'διαβαστε επισησ', 'citește și', 'citeşte şi')
    """
    forms: dict[str, None] = {}
    for phrase in phrases:
        folded = phrase.casefold()
        forms[folded] = None
        if any(
            "\N{GREEK CAPITAL LETTER ALPHA}" <= c <= "\N{GREEK SMALL LETTER OMEGA WITH TONOS}"
            for c in folded
        ):
            forms[_plain_greek(folded)] = None
        forms[folded.translate(_ROMANIAN_CEDILLAS)] = None
    return tuple(forms)


_MORE_LANGUAGE_CUES: dict[str, tuple[str, ...]] = {
    SHARE_WIDGET: _forms(
        "κοινοποίηση", "κοινοποιήστε", "μοιραστείτε", "μοιράσου", "ακολουθήστε μας",
        "ακολουθήστε", "megosztás", "oszd meg", "ossza meg", "megosztom", "kövess minket",
        "kövessen minket", "kövesd", "distribuie", "distribuiți", "partajează",
        "urmărește-ne", "urmăriți-ne", "zdieľať", "zdieľajte", "sledujte nás",
    ),
    COMMENT_FORM: _forms(
        "σχόλια", "σχόλιο", "σχολιάστε", "γράψτε ένα σχόλιο", "αφήστε ένα σχόλιο",
        "προσθέστε σχόλιο", "γράψτε σχόλιο", "απάντηση", "hozzászólás", "hozzászólások",
        "hozzászólok", "kommentek", "komment", "szólj hozzá", "írj hozzászólást",
        "válasz", "comentarii", "comentariu", "lasă un comentariu", "adaugă un comentariu",
        "scrie un comentariu", "răspunde", "komentáre", "komentár", "pridať komentár",
        "diskusia", "diskuse", "diskuze", "přidat komentář", "napsat komentář",
        "vložit komentář", "odpovedať",
    ),
    RELATED_LINKS: _forms(
        "διαβάστε επίσης", "διάβασε επίσης", "διαβάστε ακόμη", "διαβάστε ακόμα",
        "διαβάστε περισσότερα", "δείτε επίσης", "δείτε ακόμη", "δείτε ακόμα", "σχετικά άρθρα",
        "σχετικά θέματα", "σχετικές ειδήσεις", "σχετικά νέα", "τα πιο δημοφιλή",
        "δημοφιλή άρθρα", "πιο διαβασμένα", "τα πιο διαβασμένα", "τελευταία νέα",
        "τελευταίες ειδήσεις", "περισσότερα άρθρα", "περισσότερες ειδήσεις",
        "μπορεί να σας ενδιαφέρει", "ίσως σας ενδιαφέρει", "μπορεί να σας αρέσει",
        "ίσως σας αρέσει", "προτεινόμενα άρθρα", "σας προτείνουμε", "ροή ειδήσεων",
        "kapcsolódó cikkek", "kapcsolódó hírek", "kapcsolódó", "ezt is olvasd el",
        "olvasd el ezt is", "ezek is érdekelhetnek", "ez is érdekelheti", "ez is érdekelhet",
        "további cikkek", "további hírek", "legolvasottabb", "legolvasottabbak",
        "legnépszerűbb", "legnépszerűbbek", "ajánlott cikkek", "legfrissebb hírek",
        "friss hírek", "hasonló cikkek", "ajánló", "citește și", "citiți și", "vezi și",
        "vedeți și", "articole similare", "articole asemănătoare", "știri similare",
        "articole recomandate", "articole relaționate", "cele mai citite",
        "cele mai populare", "ultimele știri", "mai multe știri", "mai multe articole",
        "te-ar putea interesa", "v-ar putea interesa", "pe aceeași temă", "citește mai mult",
        "súvisiace články", "čítajte aj", "prečítajte si aj", "prečítajte si tiež",
        "najčítanejšie", "přečtěte si také", "přečtěte si", "mohlo by vás zaujímať",
        "odporúčame", "nejnovější články", "najnovšie články",
    ),
    CREDIT: _forms(
        "φωτογραφία", "φωτογραφίες", "φωτ", "εικόνα", "βίντεο", "fotó", "kép", "borítókép",
        "nyitókép", "fotografie", "sursa foto", "credit foto", "snímka",
    ),
    READING: _forms(
        "λεπτά ανάγνωσης", "λεπτά διάβασμα", "χρόνος ανάγνωσης", "ενημερώθηκε στις",
        "τελευταία ενημέρωση", "δημοσιεύθηκε", "δημοσιεύτηκε", "εκτύπωση", "ακούστε",
        "ακούστε το άρθρο", "perc olvasás", "perces olvasás", "olvasási idő", "frissítve",
        "frissítés", "közzétéve", "publikálva", "nyomtatás", "meghallgatom", "hallgasd meg",
        "timp de citire", "minute de citit", "min citire", "actualizat", "actualizat la",
        "publicat", "publicat la", "printează", "tipărește",
        "ascultă", "ascultă articolul", "aktualizované", "publikované", "čas čítania",
        "vytlačiť",
    ),
    TAXONOMY: _forms(
        "ετικέτες", "κατηγορίες", "κατηγορία", "θέματα", "λέξεις-κλειδιά", "λέξεις κλειδιά",
        "címkék", "címke", "kategóriák", "kategória", "témák", "kulcsszavak", "rovat",
        "etichete", "categorii", "categorie", "subiecte", "cuvinte cheie", "taguri",
        "kategórie",
    ),
    PROMPT: _forms(
        "εγγραφείτε", "εγγραφή", "κάντε εγγραφή", "εγγραφείτε στο newsletter", "συνδρομή",
        "συνδρομητές", "συνδρομητής", "συνδεθείτε", "ο λογαριασμός μου", "όροι χρήσης",
        "πολιτική απορρήτου", "απόρρητο", "αποδοχή όλων", "αποδέχομαι",
        "ενημερωτικό δελτίο", "γίνετε μέλος", "ειδοποιήσεις", "στηρίξτε μας",
        "feliratkozás", "iratkozz fel", "iratkozzon fel", "hírlevél", "hírlevelünk",
        "hírlevelünkre", "bejelentkezés", "jelentkezz be", "jelentkezzen be", "regisztráció",
        "regisztrálj", "regisztráljon", "előfizetés", "előfizetőknek", "előfizető", "fiókom",
        "adatvédelem", "adatvédelmi tájékoztató", "felhasználási feltételek", "sütik",
        "sütiket", "cookie-kat", "cookie-uri", "cookie-urile", "cookie-urilor",
        "támogass minket", "támogasson minket", "értesítések", "abonează-te", "abonați-vă",
        "abonare", "abonament", "abonații", "intră în cont", "contul meu", "înregistrare",
        "înregistrează-te", "politica de confidențialitate", "confidențialitate",
        "termeni și condiții", "accept toate", "susține-ne", "sprijină-ne", "notificări",
        "fii la curent", "rămâi informat",
        "prihlásiť sa", "prihlásenie", "odoberať", "predplatné", "registrácia",
        "ochrana osobných údajov", "podporte nás",
    ),
    SHOP: _forms(
        "αγοράστε", "αγορά τώρα", "προσθήκη στο καλάθι", "στο καλάθι", "χορηγούμενο",
        "διαφήμιση", "megveszem", "kosárba", "kosárba teszem", "szponzorált", "hirdetés",
        "cumpără", "cumpără acum", "adaugă în coș", "sponsorizat", "kúpiť teraz", "do košíka",
    ),
    COPYRIGHT: _forms(
        "με την επιφύλαξη παντός δικαιώματος", "με επιφύλαξη παντός δικαιώματος",
        "όλα τα δικαιώματα διατηρούνται", "minden jog fenntartva", "toate drepturile rezervate",
        "všetky práva vyhradené",
    ),
    NAVIGATION: _forms(
        "μενού", "αρχική", "αρχική σελίδα", "προηγούμενο", "επόμενο",
        "προηγούμενο άρθρο", "επόμενο άρθρο", "επικοινωνία", "αναζήτηση", "ποιοι είμαστε",
        "σχετικά με εμάς", "διαφημιστείτε", "kezdőlap", "főoldal", "előző",
        "következő", "előző cikk", "következő cikk", "kapcsolat", "keresés", "impresszum",
        "rólunk", "meniu", "acasă", "prima pagină", "următor", "următorul",
        "articolul anterior", "articolul următor", "căutare", "caută", "despre noi",
        "domov", "hľadať", "predchádzajúci", "ďalší", "o nás",
    ),
}  # fmt: skip
# Words of MORE_CUES (weak alone: articles use them too) in these languages:
# prices, offers, free of charge, accounts, consent and settings, sources.
_MORE_LANGUAGE_MORE_CUES: dict[str, tuple[str, ...]] = {
    PROMPT: _forms(
        "σύνδεση", "λογαριασμός", "αποδοχή", "αποδέχεστε", "elfogadom", "fiók", "conectare",
        "cont", "acceptă", "acceptați", "gratuit", "súhlasím", "účet",
    ),
    SHOP: _forms(
        "τιμή", "τιμές", "προσφορά", "προσφορές", "έκπτωση", "ár", "akció", "kedvezmény",
        "vásárlás", "preț", "prețuri", "ofertă", "oferte", "reducere", "cena", "zľava",
    ),
    CREDIT: _forms("πηγή", "forrás", "sursa", "sursă", "zdroj", "imagine"),
}  # fmt: skip
# The furniture of FURNITURE_CUES (cues of short lines only) in these languages.
_MORE_LANGUAGE_FURNITURE: dict[str, tuple[str, ...]] = {
    "navigation": _forms(
        "μετάβαση στο περιεχόμενο", "μετάβαση στο κύριο περιεχόμενο", "στην κορυφή",
        "επιστροφή στην κορυφή", "ugrás a tartalomhoz", "ugrás a fő tartalomhoz",
        "vissza a tetejére", "sari la conținut", "salt la conținut", "mergi la conținut",
        "înapoi sus", "prejsť na obsah", "preskočiť na obsah", "späť hore",
    ),
    "share_widget": _forms(
        "αντιγραφή συνδέσμου", "αντιγραφή link", "link másolása", "hivatkozás másolása",
        "copiază link-ul", "copiază linkul", "kopírovať odkaz", "στείλτε με email",
        "küldés e-mailben", "trimite pe email",
    ),
    "comment_form": _forms(
        "γίνετε ο πρώτος που θα σχολιάσει", "κάντε το πρώτο σχόλιο", "légy az első",
        "legyen ön az első", "fii primul care comentează", "fii primul", "buďte prvý",
    ),
    "reading_furniture": _forms(
        "τελευταία τροποποίηση", "τροποποιήθηκε", "módosítva", "utoljára módosítva",
        "modificat la", "upravené", "αποθήκευση", "προσθήκη στα αγαπημένα",
        "mentés", "kedvencekhez", "salvează articolul", "adaugă la favorite",
    ),
    "related_links": _forms(
        "περισσότερα από", "δείτε ακόμη", "μην χάσετε", "μη χάσετε",
        "nehogy lemaradj", "ne hagyd ki", "ne maradj le", "nu rata", "mai multe din",
        "ďalšie z", "nenechajte si ujsť",
    ),
    "taxonomy": _forms("θεματικές", "tematici", "témy"),
    "credit": _forms(
        "επιμέλεια", "με πληροφορίες από", "συνέντευξη στον", "συνέντευξη στην",
        "készítette", "a cikk az mti", "mti nyomán", "interjú", "cu informații de la",
        "interviu realizat de", "a consemnat", "s informáciami", "zhováral sa", "zhovárala sa",
    ),
    "shop": _forms(
        "προτείνουμε", "η επιλογή μας", "ajánlatunk", "ajánljuk", "recomandăm",
        "alegerea noastră", "odporúčame",
    ),
    "prompt": _forms(
        "στηρίξτε", "στήριξε", "ενεργοποιήστε τις ειδοποιήσεις", "támogasd", "támogassa",
        "susține", "sprijină", "podporte",
    ),
}  # fmt: skip
CUES = {category: (*CUES[category], *_MORE_LANGUAGE_CUES.get(category, ())) for category in CUES}
MORE_CUES = {
    category: (*phrases, *_MORE_LANGUAGE_MORE_CUES.get(category, ()))
    for category, phrases in MORE_CUES.items()
}
FURNITURE_CUES = {
    category: (*phrases, *_MORE_LANGUAGE_FURNITURE.get(category, ()))
    for category, phrases in FURNITURE_CUES.items()
}
READER_WORDS |= frozenset(_forms(
    "σας", "σου", "εσείς", "εσύ", "εμείς", "μας", "χρησιμοποιούμε",
    "ön", "önt", "önnek", "te", "téged", "neked", "ti", "nektek", "mi", "minket", "nekünk",
    "használunk", "használ",
    "tu", "voi", "dumneavoastră", "dvs", "noi", "tău", "ta", "tale", "tăi", "nostru",
    "noastră", "noștri", "noastre", "vostru", "voastră", "folosim", "utilizăm",
    "vy", "váš", "vaša", "vaše", "my", "náš", "naša", "používame",
))  # fmt: skip
SELF_REFERENCE = (*SELF_REFERENCE, *_forms(
    "αυτό το άρθρο", "αυτή η σελίδα", "αυτό το περιεχόμενο", "σε αυτή τη σελίδα",
    "ez a cikk", "ez az oldal", "ezen az oldalon", "ez a tartalom", "acest articol",
    "această pagină", "pe această pagină", "acest conținut", "tento článok", "táto stránka",
))  # fmt: skip
IMPERATIVES |= frozenset(_forms(
    "εγγραφείτε", "ανακαλύψτε", "δοκιμάστε", "αποκτήστε", "λάβετε", "γίνετε", "στηρίξτε",
    "πατήστε", "δείτε", "αγοράστε", "συνδεθείτε", "ενεργοποιήστε", "iratkozz", "iratkozzon",
    "próbáld", "fedezd", "csatlakozz", "támogasd", "kattints", "nézd", "vásárolj",
    "regisztrálj", "jelentkezz", "kapcsold", "abonează-te", "descoperă", "încearcă",
    "alătură-te", "primește", "susține", "apasă", "vezi", "cumpără", "comandă",
    "înregistrează-te", "activează", "conectează-te", "získajte", "pripojte", "vyskúšajte",
    "staňte", "podporte", "kliknite", "prihláste",
))  # fmt: skip
CONTINUE = (*CONTINUE, *_forms(
    "διαβάστε τη συνέχεια", "διαβάστε ολόκληρο", "η συνέχεια", "olvass tovább",
    "tovább olvasom", "olvasd tovább", "citește continuarea", "citește mai departe",
    "continuă lectura", "čítajte ďalej", "pokračovanie", "το πρώτο μήνα", "az első hónap",
    "prima lună",
))  # fmt: skip
PROMPT_PHRASES = (*PROMPT_PHRASES, *_forms(
    "δωρεάν δοκιμή", "ingyenes próba", "perioadă de probă", "έχετε ήδη λογαριασμό",
    "már regisztrált", "ai deja cont", "ξεχάσατε τον κωδικό", "elfelejtett jelszó",
    "ai uitat parola", "zabudnuté heslo", "το email σας", "e-mail címed", "e-mail címe",
    "adresa de email", "adresa ta de email", "μείνετε ενημερωμένοι", "ενημερωθείτε πρώτοι",
    "maradj naprakész", "legyen naprakész", "rămâi la curent", "buďte v obraze",
    "μην χάνετε", "ne maradj le semmiről", "nu rata nimic",
))  # fmt: skip
COOKIE_WORDS |= frozenset(_forms(
    "süti", "sütik", "sütiket", "cookie-kat", "cookie-k", "cookie-uri", "cookie-urile",
    "cookie-urilor", "cookie-ul",
))  # fmt: skip
WEB_STEMS = (*WEB_STEMS, *_forms(
    "ιστοσελ", "ιστοτοπ", "ιστότοπ", "περιεχομ", "περιεχόμ", "εμπειρ", "διαφημ", "διαφήμ",
    "αναλυ", "πλοηγ", "πλοήγ", "weboldal", "honlap", "élmény", "tartalm", "hirdet", "elemz",
    "látogat", "experienț", "conținut", "stránk", "skúsenos",
))  # fmt: skip
FREE_WORDS |= frozenset(_forms("δωρεάν", "ingyenes", "ingyen", "zadarmo"))
DELIVERY = (*DELIVERY, *_forms(
    "κάθε πρωί", "κάθε μέρα", "κάθε εβδομάδα", "καθημερινά", "εβδομαδιαία", "στο email σας",
    "minden reggel", "minden nap", "minden héten", "naponta", "hetente", "postafiókodba",
    "în fiecare dimineață", "în fiecare zi", "în fiecare săptămână", "zilnic", "săptămânal",
    "každé ráno", "každý deň", "každý týždeň", "το μήνα", "τον μήνα", "havonta", "pe lună",
    "mesačne", "πρόσβαση", "hozzáférés", "acces", "prístup", "απεριόριστη", "korlátlan",
    "nelimitat", "neobmedzený",
))  # fmt: skip
SHOP_COMMON = (*SHOP_COMMON, *_forms("κατάστημα", "bolt", "webshop", "magazin", "obchode"))
NO_COUNT |= frozenset(_forms("κανένα", "κανένας", "nincs", "niciun", "nicio", "žiadne", "žiaden"))
REPLY_WORDS |= frozenset(
    _forms("απάντηση", "απαντήστε", "válasz", "válaszol", "răspunde", "odpovedať")
)
SIGN_UP |= frozenset(_forms(
    "εγγραφείτε", "iratkozz", "iratkozzon", "abonează-te", "abonați-vă", "înscrie-te",
    "prihláste", "odoberajte",
))  # fmt: skip
SITE_POSSESSIVES |= frozenset(
    _forms("μας", "nostru", "noastră", "noștri", "noastre", "naša", "náš")
)
SITE_SELF = (*SITE_SELF, *_forms(
    "αυτός ο ιστότοπος", "αυτή η ιστοσελίδα", "αυτό το blog", "ez a weboldal", "ez a honlap",
    "ez a blog", "acest site", "acest blog", "táto stránka", "tento web",
))  # fmt: skip

# Danish and Norwegian (Bokmål), where only the words they share with Swedish
# were cues: cues of any line (credits and tags only as a label opening it) ...
_NORDIC_CUES: dict[str, tuple[str, ...]] = {
    SHARE_WIDGET: ("del artiklen", "del artikkelen", "del på", "del denne artikel", "del saken"),
    COMMENT_FORM: (
        "kommentarer", "kommentér", "kommenter", "skriv en kommentar", "kommentarfeltet",
        "vis kommentarer", "se kommentarer",
    ),
    RELATED_LINKS: (
        "læs også", "les også", "relaterede artikler", "relaterte artikler", "læs mere",
        "les mer", "mest læste", "mest lest", "seneste nyheder", "siste nytt", "siste nyheter",
        "flere nyheder", "flere nyheter", "se også", "du vil måske også kunne lide",
        "du vil kanskje også like", "anbefalede artikler", "anbefalte artikler", "mere fra",
        "mer fra",
    ),
    CREDIT: ("billede", "billeder", "bilde", "bilder", "kilde", "arkivfoto", "tekst og foto"),
    TAXONOMY: ("emner", "emne", "stikord", "stikkord", "nøgleord", "nøkkelord"),
    READING: (
        "opdateret", "oppdatert", "publisert", "læsetid", "lesetid", "lyt til artiklen",
        "hør artikkelen", "lytt til artikkelen", "gem artikel", "lagre artikkelen", "udskriv",
        "skriv ut",
    ),
    PROMPT: (
        "tilmeld dig", "meld deg på", "nyhedsbrev", "nyhedsbrevet", "nyhetsbrev",
        "nyhetsbrevet", "log ind", "logg inn", "bliv abonnent", "bli abonnent", "støt os",
        "støtt oss", "allerede abonnent", "opret konto", "opprett konto",
    ),
    SHOP: ("køb nu", "kjøp nå", "annoncørbetalt", "annonsørinnhold", "sponsoreret", "sponset"),
    COPYRIGHT: (
        "alle rettigheder forbeholdes", "alle rettigheter forbeholdt", "alle rettigheder",
        "alle rettigheter",
    ),
    NAVIGATION: (
        "forrige artikel", "næste artikel", "forrige artikkel", "neste artikkel", "forsiden",
    ),
}  # fmt: skip
# ... and cues of short lines only: their words are in sentences too.
_NORDIC_FURNITURE: dict[str, tuple[str, ...]] = {
    "navigation": (
        "til toppen", "gå til indhold", "hopp til innhold", "gå til hovedindhold", "om os",
        "kontakt os", "annonce", "annonse", "forside",
    ),
    "share_widget": ("kopier link", "kopiér link", "kopier lenke", "send på mail"),
    "related_links": ("vis mere", "vis flere", "se flere", "læs hele artiklen"),
}  # fmt: skip
CUES = {category: (*CUES[category], *_NORDIC_CUES.get(category, ())) for category in CUES}
FURNITURE_CUES = {
    category: (*phrases, *_NORDIC_FURNITURE.get(category, ()))
    for category, phrases in FURNITURE_CUES.items()
}
MORE_CUES = {**MORE_CUES, PROMPT: (*MORE_CUES[PROMPT], "accepter alle", "godta alle")}
