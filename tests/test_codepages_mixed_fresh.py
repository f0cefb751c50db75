"""
fix_legacy_codepage: fresh documents whose lines were shown through two pairs, or one among clean lines.

Written after round 12's rule (lines the document's pair leaves or reads
wrongly are read each alone) was frozen: sentences of no dev set, in 25
languages, with pairs the dev set's documents do not combine, and genuine
documents in languages whose letters read like another code page's. Each
case the filter misses is a strict xfail that says what it does instead.
"""

import pytest

from textclean._filters.codepages import fix_legacy_codepage

_MIXED = [
    (
        "sv",
        [
            "Filen är för stor för att skickas.",
            "Försök igen om en stund.",
            "Ändringarna har sparats på servern.",
        ],
        [("cp1252", "mac-roman"), ("cp850", "cp1252"), ("cp1252", "mac-roman")],
    ),
    pytest.param(
        *(
            "da",
            [
                "Beskeden blev sendt til modtageren.",
                "Prøv igen senere, tak.",
                "Ændringerne er gemt på disken.",
            ],
            [("cp1252", "cp850"), ("mac-roman", "cp1252"), ("cp1252", "cp850")],
        ),
        # a Danish ``ø`` in DOS 850 read as Mac Roman (``Pr¿v``) is read as another Mac mix-up (``Pr¨v``)
        marks=pytest.mark.xfail(strict=True),
    ),
    pytest.param(
        *(
            "nb",
            [
                "Passordet ditt er for kort.",
                "Skriv inn et gyldig nummer på åtte sifre.",
                "Brukeren ble slettet fra gruppen før midnatt.",
            ],
            [None, ("cp437", "cp1252"), ("cp1252", "mac-roman")],
        ),
        # Mac Roman's ``ø`` (``f¯r``) among DOS lines is read as DOS 437's ``»``
        marks=pytest.mark.xfail(strict=True),
    ),
    (
        "nl",
        [
            "De gebruiker heeft geen toegang tot deze pagina.",
            "Het bestand is geüpload naar de server.",
            "Controleer de ingevoerde gegevens opnieuw, ook de vóórnaam.",
        ],
        [None, ("cp1252", "cp1251"), ("cp1252", "mac-roman")],
    ),
    (
        "pt",
        [
            "A operação foi concluída com êxito.",
            "Não foi possível ligar ao servidor.",
            "As alterações serão guardadas automaticamente.",
        ],
        [("cp1252", "cp850"), ("cp1252", "cp1257"), ("cp1252", "cp850")],
    ),
    pytest.param(
        *(
            "ca",
            [
                "La contrasenya és massa curta.",
                "Torneu-ho a provar més tard, si us plau.",
                "S'ha produït un error en desar el fitxer.",
            ],
            [("mac-roman", "cp1252"), ("cp1252", "cp850"), ("mac-roman", "cp1252")],
        ),
        # Catalan in Mac Roman beside a DOS 850 line: no pair reads the short lines
        marks=pytest.mark.xfail(strict=True),
    ),
    (
        "is",
        [
            "Skráin er of stór til að senda.",
            "Vinsamlegast reyndu aftur síðar.",
            "Breytingarnar hafa verið vistaðar á þjóninum.",
        ],
        [("cp1252", "cp850"), ("cp1252", "cp1257"), ("cp1252", "cp850")],
    ),
    (
        "cs",
        [
            "Soubor se nepodařilo uložit na disk.",
            "Zkuste to prosím znovu za několik minut.",
            "Změny byly úspěšně uloženy.",
        ],
        [("cp1250", "cp1252"), ("cp852", "cp1250"), ("cp1250", "cp1252")],
    ),
    (
        "sk",
        [
            "Súbor sa nepodarilo uložiť.",
            "Skúste to prosím znova neskôr.",
            "Všetky zmeny boli úspešne uložené.",
        ],
        [("iso8859-2", "cp1252"), ("cp852", "cp1250"), ("iso8859-2", "cp1252")],
    ),
    pytest.param(
        *(
            "hu",
            [
                "A fájl túl nagy a feltöltéshez.",
                "Kérem, próbálja meg később.",
                "A módosítások sikeresen mentésre kerültek.",
            ],
            [("cp1250", "cp1252"), ("cp852", "cp1250"), ("cp1250", "cp1252")],
        ),
        # the DOS 852 line of Hungarian (``K‚rem``) is left
        marks=pytest.mark.xfail(strict=True),
    ),
    (
        "hr",
        [
            "Datoteka je prevelika za slanje.",
            "Molimo pokušajte ponovno kasnije.",
            "Promjene su uspješno spremljene u bazu.",
        ],
        [("cp852", "cp1250"), ("cp1250", "cp1252"), ("cp852", "cp1250")],
    ),
    (
        "ro",
        [
            "Fişierul este prea mare pentru încărcare.",
            "Vă rugăm să încercaţi din nou mai târziu.",
            "Modificările au fost salvate cu succes.",
        ],
        [("cp1250", "cp1252"), ("iso8859-2", "latin-1"), ("cp1250", "cp1252")],
    ),
    (
        "uk",
        [
            "Файл занадто великий для надсилання.",
            "Будь ласка, спробуйте ще раз пізніше.",
            "Зміни успішно збережено на сервері.",
        ],
        [("cp1251", "cp1252"), ("koi8-u", "cp1251"), ("cp1251", "cp1252")],
    ),
    (
        "bg",
        [
            "Файлът е твърде голям за изпращане.",
            "Моля, опитайте отново по-късно.",
            "Промените бяха запазени успешно.",
        ],
        [("cp866", "cp1251"), ("cp1251", "koi8-r"), ("cp866", "cp1251")],
    ),
    (
        "ru",
        [
            "Не удалось сохранить изменения в файле.",
            "Пожалуйста, повторите попытку через минуту.",
            "Пользователь успешно удалён из группы.",
        ],
        [("mac-cyrillic", "cp1251"), ("cp1251", "latin-1"), ("mac-cyrillic", "cp1251")],
    ),
    (
        "el",
        [
            "Το αρχείο είναι πολύ μεγάλο για αποστολή.",
            "Παρακαλώ δοκιμάστε ξανά αργότερα.",
            "Οι αλλαγές αποθηκεύτηκαν με επιτυχία.",
        ],
        [("cp1253", "cp1252"), ("iso8859-7", "cp1252"), ("cp1253", "cp1252")],
    ),
    (
        "lt",
        [
            "Failas per didelis siuntimui.",
            "Prašome bandyti dar kartą vėliau.",
            "Pakeitimai sėkmingai išsaugoti.",
        ],
        [None, ("cp1257", "cp1252"), None],
    ),
    (
        "lv",
        [
            "Fails ir pārāk liels nosūtīšanai.",
            "Lūdzu, mēģiniet vēlreiz vēlāk.",
            "Izmaiņas ir veiksmīgi saglabātas.",
        ],
        [None, None, ("cp1257", "cp1252")],
    ),
    (
        "tr",
        [
            "Dosya gönderilemeyecek kadar büyük.",
            "Lütfen daha sonra tekrar deneyin.",
            "Değişiklikler başarıyla kaydedildi.",
        ],
        [None, None, ("cp1254", "cp1252")],
    ),
    pytest.param(
        *(
            "it",
            [
                "Il file è troppo grande per essere inviato.",
                "Riprova più tardi, per favore.",
                "Le modifiche sono state salvate perché hai confermato.",
            ],
            [("cp1252", "mac-roman"), ("cp850", "cp1252"), ("cp1252", "mac-roman")],
        ),
        # the document's pair reads Mac Roman ``Ë`` as ``À``, and the DOS 850 line is left
        marks=pytest.mark.xfail(strict=True),
    ),
    (
        "es",
        [
            "La contraseña es demasiado corta.",
            "Vuelva a intentarlo más tarde, por favor.",
            "La conexión con el servidor se perdió.",
        ],
        [("cp437", "cp1252"), ("cp1252", "cp1251"), ("cp437", "cp1252")],
    ),
    (
        "de",
        [
            "Die Verbindung zum Server wurde unterbrochen.",
            "Bitte versuchen Sie es später erneut.",
            "Die Änderungen wurden übernommen und gespeichert.",
        ],
        [None, ("cp1252", "cp1257"), ("mac-roman", "cp1252")],
    ),
    (
        "fr",
        [
            "Le serveur est momentanément indisponible.",
            "Veuillez réessayer dans quelques minutes.",
            "Les paramètres ont été enregistrés avec succès.",
        ],
        [("cp850", "cp1252"), ("cp1252", "cp1251"), ("cp850", "cp1252")],
    ),
    pytest.param(
        *(
            "fi",
            [
                "Tiedoston lähettäminen epäonnistui.",
                "Yritä myöhemmin uudelleen.",
                "Muutokset on tallennettu onnistuneesti.",
            ],
            [("cp1252", "cp850"), ("cp437", "cp1252"), ("cp1252", "cp850")],
        ),
        # the DOS 437 line (``Yrit„ my”hemmin``) is left
        marks=pytest.mark.xfail(strict=True),
    ),
    (
        "pl",
        [
            "Nie można połączyć się z serwerem.",
            "Spróbuj ponownie za chwilę.",
            "Zmiany zostały zapisane pomyślnie.",
        ],
        [("cp1250", "cp1252"), ("cp852", "cp1250"), ("cp1250", "cp1252")],
    ),
]

_GENUINE = [
    (
        "is",
        "Þetta er síðasta útgáfan af skjalinu.\nÞú þarft að vista breytingarnar áður en þú ferð.\nÆskilegt er að nota öruggt lykilorð.",
    ),
    (
        "tr",
        "Şifrenizi değiştirmek için ayarlar sayfasına gidin.\nIğdır ve Şırnak illerinde kar yağışı bekleniyor.\nÖğrenci işleri bürosu çarşamba günü kapalıdır.",
    ),
    (
        "vi",
        "Tiếng Việt là ngôn ngữ chính thức của Việt Nam.\nVui lòng thử lại sau vài phút.\nCác thay đổi đã được lưu thành công.",
    ),
    (
        "pt",
        "A OPERAÇÃO FOI CONCLUÍDA COM ÊXITO.\nNÃO FOI POSSÍVEL LIGAR AO SERVIDOR.\nATENÇÃO: AS ALTERAÇÕES SERÃO PERDIDAS.",
    ),
    (
        "lv",
        "Ģimenes ārsts pieņem pacientus otrdienās.\nLūdzu, ievadiet derīgu e-pasta adresi.\nŠī lapa vairs nav pieejama.",
    ),
    (
        "et",
        "Võru keeles räägitakse Lõuna-Eestis.\nPalun proovige hiljem uuesti.\nMuudatused on edukalt salvestatud.",
    ),
    (
        "sq",
        "Të dhënat u ruajtën me sukses.\nJu lutemi provoni përsëri më vonë.\nSkedari është shumë i madh për t'u dërguar.",
    ),
    (
        "ro",
        "Fișierul a fost șters definitiv.\nVă rugăm să încercați din nou mai târziu.\nModificările au fost salvate.",
    ),
    (
        "pl-de",
        "Zażółć gęślą jaźń, powiedział nauczyciel.\nDie Größe der Datei überschreitet das Limit.\nŁódź jest trzecim co do wielkości miastem w Polsce.",
    ),
    (
        "it",
        "Il file è stato caricato. Perché non funziona più?\nÈ necessario riavviare il computer.\nLa città è già piena di turisti.",
    ),
    (
        "lt",
        "Ačiū už jūsų laišką, atsakysime greitai.\nŠiandien įvyko nedidelis gedimas.\nŽiemą čia būna labai šalta.",
    ),
    (
        "tr-caps",
        "ŞİFRENİZİ DEĞİŞTİRMEK İÇİN AYARLAR SAYFASINA GİDİN.\nÖĞRENCİ İŞLERİ BÜROSU ÇARŞAMBA GÜNÜ KAPALIDIR.",
    ),
]


def _shown(lines: list[str], pairs: list[tuple[str, str] | None]) -> str:
    """The lines, each saved in its pair's first code page and read in its second (None: clean)."""
    return "\n".join(
        line if pair is None else line.encode(pair[0]).decode(pair[1])
        for line, pair in zip(lines, pairs, strict=True)
    )


class TestFreshMixedDocuments:
    @pytest.mark.parametrize(("lang", "lines", "pairs"), _MIXED)
    def test_every_line_repaired(self, lang, lines, pairs):
        """Each mixed-up line is repaired by its own pair, and each clean line is left."""
        shown = _shown(lines, pairs)
        assert shown != "\n".join(lines), lang
        assert fix_legacy_codepage(shown) == "\n".join(lines)


class TestFreshGenuineDocuments:
    @pytest.mark.parametrize(("lang", "text"), _GENUINE)
    def test_unchanged(self, lang, text):
        """Icelandic, Turkish, Vietnamese, Portuguese in capitals, Latvian, Estonian and others stay."""
        assert fix_legacy_codepage(text) == text, lang
