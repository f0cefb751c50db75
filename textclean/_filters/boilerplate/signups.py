"""
Sign-up forms: a newsletter's header, its pitch and its form, told by their shape in any language.

A sign-up box extracted as text is a header that names what is offered
(``Newsletter``, ``Sign up for the Intelligencer Newsletter``, ``Aktuelle
Recherchen per Mail``), a sentence or two that sell it (``Daily news about
the politics, business, and technology shaping our world.``, ``Wir
informieren Sie täglich über die Topthemen des Tages.``), then the form: an
e-mail field (``Email``, ``E-Mail-Adresse``, ``Email (required)``), a
sentence of consent that names the privacy policy (``By signing up, you
agree to our Privacy Policy``, ``Mit der Anmeldung stimme ich der
Datenschutzerklärung zu``), a button, an error message about the address.
The pitch has no cue word of its own, and says what any sentence may say:
it goes because it stands between the header and the form. So the box is
found from its form (a field of a few words naming an e-mail address, or a
consent sentence that names the privacy policy and agreeing or signing up),
with a header at most ``_REACH_UP`` lines above it that carries a prompt's
cue or names e-mail; the lines between are short (a pitch, not a
paragraph). Below the form go the lines of the form: consent, error
messages, buttons, lines already removed.

A story that mentions a newsletter has no form under it; one that quotes a
privacy policy has no sign-up header above it, and its paragraphs are longer
than a pitch.

    >>> email_field("E-Mail-Adresse"), email_field("Email (required)")
    (True, True)
    >>> email_field("Email the mayor's office about it.")
    False
    >>> consent("By signing up, you agree to our Privacy Policy.")
    True
    >>> consent("Critics said the privacy policy was unfair, and regulators agreed.")
    False
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from textclean._filters.boilerplate.boxes import FIRST_PERSON
from textclean._filters.boilerplate.catalog import PROMPT
from textclean._filters.boilerplate.signals import signals

if TYPE_CHECKING:
    from textclean._filters.boilerplate.blocks import Line

# An e-mail address as forms name it (en de fr es it pt nl pl ru uk tr sv cs).
_MAIL = (
    r"e-?mail|mail|correo|courriel|почт[аыу]|пошт[аиу]|e-?posta|e-?post|inbox|postfach|"
    r"posteingang|boîte (?:de réception|mail)|bandeja de entrada|casella"
)
# A privacy policy or the data it protects, or a form's own protection.
_PRIVACY = (
    r"privacy|datenschutz|confidentialité|données personnelles|privacidad|datos personales|"
    r"riservatezza|dati personali|privacidade|dados pessoais|persoonsgegevens|prywatnoś|"
    r"danych osobowych|конфиденциальн|персональн|конфіденційн|gizlilik|kişisel veri|"
    r"integritet|personuppgift|osobních údajů|recaptcha"
)
_MAIL_WORD = regex.compile(rf"(?i)(?<!\w)(?:{_MAIL})")
_PRIVACY_WORD = regex.compile(rf"(?i)(?<!\w)(?:{_PRIVACY})")
# Signing up, in a consent sentence ("By signing up, you ...", "Mit der Anmeldung").
_SIGNING_UP = regex.compile(
    r"(?i)(?<!\w)(?:sign(?:ing)?[ -]up|subscri|newsletter|abonn|anmeld|inscri|suscri|iscri|"
    r"registr|assin|zapis|подпис|підпис|abone|prenumer|přihláš)"
)
# Agreeing: said by the reader ("I agree", "you accept") in a consent sentence.
_AGREE = regex.compile(
    r"(?i)(?<!\w)(?:agree|einverstanden|willige|zustimm|stimme|akzeptier|accept|acept|accett|"
    r"acconsent|concord|akkoord|zgadzam|akceptuj|согла|погоджу|kabul|godkänn|souhlas|"
    r"protected by)"
)
_MAX_FIELD_SPACES = 4  # "Ihre E-Mail-Adresse (Pflichtfeld)", "Your email address"
_MAX_CONSENT_SPACES = 60
_MAX_ERROR_SPACES = 15  # "Bitte gib eine gültige E-Mail-Adresse ein."
_MAX_HEADER_SPACES = 12
_MAX_PITCH_SPACES = 40  # a pitch of a sentence or two, not a paragraph
_MAX_PITCH_CHARS = 320
_MAX_BUTTON_SPACES = 3
_REACH_UP = 4  # lines from the form up to its header: a pitch of up to three lines
_REACH_DOWN = 5  # lines of the form below its first: consent, buttons, messages
_SENTENCE_ENDS = (".", "!", "?", "…")
_WORD_TRIM = ".,;:!?()\"'«»„“”"


def email_field(text: str) -> bool:
    """A form's e-mail field: a few words naming the address, no sentence."""
    return (
        text.count(" ") <= _MAX_FIELD_SPACES
        and not text.endswith(_SENTENCE_ENDS)
        and _MAIL_WORD.search(text) is not None
    )


def consent(text: str) -> bool:
    """A sentence of consent: the privacy policy named, and agreeing or signing up."""
    if text.count(" ") > _MAX_CONSENT_SPACES or _PRIVACY_WORD.search(text) is None:
        return False
    if _SIGNING_UP.search(text) is not None:
        return True
    if _AGREE.search(text) is None:
        return False
    # agreeing alone: the reader's, spoken to or in the first person, not
    # a story's ("Critics said the privacy policy ... and regulators agreed")
    found = signals(text)
    return found.addressed or not FIRST_PERSON.isdisjoint(
        word.strip(_WORD_TRIM) for word in text.casefold().split()
    )


def sign_up_forms(content: list[Line], removed: dict[int, str]) -> None:
    """
    Mark each sign-up box after the body's first paragraph: a header, a short pitch, a form.

    The header is furniture the first stages told (removed, or a candidate),
    so only such lines are asked whether they open a box (most lines of an
    article are not), and the lines below them whether they are its form.
    """
    first_prose = -1
    done = 0
    for pos, line in enumerate(content):
        if first_prose < 0:
            if line.prose:
                first_prose = pos
            continue
        if pos < done or (line.candidate is None and line.index not in removed):
            continue
        why = removed.get(line.index)
        if (why is not None and not why.startswith(PROMPT)) or not _header(line, why):
            continue
        form = _form_below(content, pos, removed)
        if form is None:
            continue
        done = _form_end(content, form, removed)
        title = line.text[:40]
        for box_line in content[pos:done]:
            removed.setdefault(
                box_line.index, f"{PROMPT}: a sign-up box: header '{title}', a pitch and its form"
            )


def _form_below(content: list[Line], pos: int, removed: dict[int, str]) -> int | None:
    """The position of a form's first line below the header at ``pos``, over a short pitch."""
    for near in range(pos + 1, min(len(content), pos + 1 + _REACH_UP)):
        line = content[near]
        text = line.text
        if email_field(text) or consent(text):
            return near
        why = removed.get(line.index)
        if why is not None and not why.startswith(PROMPT):
            return None  # other furniture: the header has no form of its own
        if text.count(" ") >= _MAX_PITCH_SPACES or len(text) > _MAX_PITCH_CHARS:
            return None  # a paragraph: the article, not a pitch
    return None


def _header(line: Line, why: str | None) -> bool:
    """A short line that offers something: a prompt's cue, or an e-mail named."""
    text = line.text
    if text.count(" ") > _MAX_HEADER_SPACES:
        return False
    if why is not None:
        return True  # removed as a prompt
    found = line.signals if line.signals is not None else signals(text)
    return any(category == PROMPT for category, _ in found.cues) or (
        _MAIL_WORD.search(text) is not None and not text.endswith(_SENTENCE_ENDS)
    )


def _form_end(content: list[Line], pos: int, removed: dict[int, str]) -> int:
    """The position after the form's last line, from its first at ``pos``."""
    end = pos + 1
    while end < len(content) and end - pos <= _REACH_DOWN:
        line = content[end]
        text = line.text
        if not (
            line.index in removed
            or email_field(text)
            or consent(text)
            or (text.count(" ") <= _MAX_ERROR_SPACES and _MAIL_WORD.search(text) is not None)
            or (text.count(" ") <= _MAX_BUTTON_SPACES and _button(line))
        ):
            break
        end += 1
    return end


def _button(line: Line) -> bool:
    """A button of a few words with a prompt's cue: "Subscribe", "Jetzt anmelden"."""
    found = line.signals if line.signals is not None else signals(line.text)
    return any(category == PROMPT for category, _ in found.cues)
