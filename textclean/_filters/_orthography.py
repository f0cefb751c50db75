"""
Letters outside ASCII of each Latin language's orthography. Generated: do not edit.

Source: the base exemplar characters of gflanguages==0.7.11 (Apache-2.0),
casefolded and composed; Serbo-Croatian as Croatian; Vietnamese left out.
Made by scripts/gen_orthography.py.
"""

ORTHOGRAPHY: dict[str, str] = {
    "ca": "àçèéíïòóúü",
    "cs": "áéíóúýčďěňřšťůž",
    "da": "åæø",
    "de": "äöü",
    "es": "áéíñóúü",
    "fi": "äåöšž",
    "fil": "ñ",
    "fr": "àâæçèéêëîïôùûüÿœ",
    "hu": "áéíóöúüőű",
    "is": "áæéíðóöúýþ",
    "it": "àèéìòóù",
    "lt": "ąčėęįšūųž",
    "lv": "āčēģīķļņšūž",
    "nb": "àåæèéêòóôø",
    "nl": "áäéëíïóöúüý",
    "pl": "óąćęłńśźż",
    "pt": "àáâãçéêíòóôõú",
    "ro": "âîășț",
    "sh": "ćčđšž",
    "sk": "áäéíóôúýčďĺľňŕšťž",
    "sl": "čšž",
    "sv": "àäåéö",
    "tr": "çöüğış",
}
