"""Languages: the one way every Backline string a person reads is translated, and how numbers
and dates are written in the chosen language. No Qt here: the CLI and core use it as they are.

Messages. Code marks a message with `translate("module.path", "Source text")` (the context is
the dotted path of the module it is written in; placeholders are named, `{weight}`, filled by
`.format()` after translation; a count goes in the fourth argument and `%n` in the text:
`translate("ui.history.tab", "%n set(s)", None, count)`). `pyside6-lupdate` finds these calls
and keeps resources/i18n/backline_<lang>.ts (Qt Linguist catalogues) complete; `lrelease`
compiles them to the shipped .qm files, which `Catalogue` reads here without Qt. English is the
source language: its catalogue holds only the plural forms.

Library data (exercise names, instructions, routine notes) is translated by core/library/
localized.py from files beside the TOML it comes from; this module only knows the language.

Numbers use the language's decimal separator ("62,5" in German) and no grouping, so what is
shown can be typed back (core.bounds.parse_number reads what a person types).
Dates go through `strftime` with a translated pattern and the language's day and month names.
"""

from __future__ import annotations

import os
import re
import struct
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # only annotations: datetime is not needed to start the window
    from datetime import date, datetime, time

SOURCE_LANGUAGE = "en"
# Code -> the language's own name, in the order Settings offers them.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
}
CATALOGUE_PREFIX = "backline_"


class LanguageError(ValueError):
    """A language code Backline has no catalogue for; str() names it and the choices."""

    @classmethod
    def about(cls, value: str) -> LanguageError:
        """The refusal of `value`, in the language in use."""
        return cls(
            translate(
                "core.i18n",
                "--lang: {value} is not a language Backline speaks (choose from {choices})",
            ).format(value=repr(value), choices=", ".join(LANGUAGES))
        )


def normalize_language(value: str | None) -> str | None:
    """A supported code for a locale name or language tag ('de_DE.UTF-8', 'pt-br', 'fr'), or
    None. Portuguese of any region gets pt_BR, the one Portuguese catalogue; 'C' and 'POSIX'
    are English."""
    if not value:
        return None
    text = value.strip().split(".")[0].split("@")[0].replace("-", "_")
    if text in ("C", "POSIX"):
        return SOURCE_LANGUAGE
    lang, _, region = text.partition("_")
    lang = lang.lower()
    if lang == "pt":
        return "pt_BR"
    if lang in LANGUAGES:
        return lang
    return None


def parse_language(value: str) -> str:
    """A code given on the command line or saved in a file; LanguageError if unsupported."""
    code = normalize_language(value)
    if code is None:
        raise LanguageError.about(value)
    return code


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the system asks for, read as gettext reads it: LC_ALL, else LC_MESSAGES,
    else LANG names the locale; unless that is C (or unset), LANGUAGE's colon list comes first.
    The first supported one wins; English when none is."""
    env = os.environ if environ is None else environ
    locale_name = env.get("LC_ALL") or env.get("LC_MESSAGES") or env.get("LANG") or ""
    candidates = [locale_name]
    if locale_name.split(".")[0] not in ("", "C", "POSIX"):
        candidates[:0] = [part for part in env.get("LANGUAGE", "").split(":") if part]
    for candidate in candidates:
        code = normalize_language(candidate)
        if code is not None:
            return code
    return SOURCE_LANGUAGE


# -- the person's choice (Settings), kept beside the saved store choice ----------------------

LANGUAGE_CHOICE_NAME = "language.json"


def language_choice_path() -> Path:
    """e.g. ~/.config/Backline/language.json; absent means: follow the system."""
    import platformdirs

    from core.paths import APP_NAME

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / LANGUAGE_CHOICE_NAME


def saved_language() -> str | None:
    """The language chosen in Settings, or None to follow the system (also when the file is
    unreadable or not ours: a language is never worth refusing to start over)."""
    import json

    try:
        value = json.loads(language_choice_path().read_text(encoding="utf-8"))["language"]
    except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError):
        return None
    return normalize_language(value) if isinstance(value, str) else None


def save_language(language_code: str | None) -> None:
    """Choose `language_code` from the next start on; None follows the system again.
    OSError (from core.store.outputs: OutputError) when the file cannot be written."""
    import json

    path = language_choice_path()
    if language_code is None:
        path.unlink(missing_ok=True)
        return
    from core.store.outputs import write_text_file

    text = json.dumps({"language": parse_language(language_code)}) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)

    def write(fh: TextIO) -> None:
        fh.write(text)

    write_text_file(path, write, force=True)


def chosen_language(cli_value: str | None = None) -> str:
    """--lang, else the Settings choice, else the system's language."""
    if cli_value:
        return parse_language(cli_value)
    return saved_language() or system_language()


# -- plural forms ------------------------------------------------------------------------------
#
# Which form a count takes, as Qt's lrelease numbers them (the tests check these against Qt's
# own QTranslator for every count up to 1,000): English, German and Spanish use the singular
# for 1 only; French and Brazilian Portuguese for 0 and 1 as well.


def plural_index(language_code: str, n: int) -> int:
    if language_code in ("fr", "pt_BR"):
        return 0 if n in (0, 1) else 1
    return 0 if n == 1 else 1


PLURAL_FORMS = 2  # every supported language has two


# -- catalogues ------------------------------------------------------------------------------


def catalogue_dir() -> Path:
    from core.paths import resource_path

    return resource_path("i18n")


def catalogue_path(language_code: str, suffix: str = ".qm") -> Path:
    return catalogue_dir() / f"{CATALOGUE_PREFIX}{language_code}{suffix}"


# The .qm format, as Qt's qtranslator.cpp reads it: a magic number, then tagged blocks; the
# messages block is a run of messages, each a run of tagged fields ending with Tag_End.
_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_BLOCK_MESSAGES = 0x69
_TAG_END, _TAG_TRANSLATION, _TAG_OBSOLETE1 = 1, 3, 5
_TAG_SOURCE_TEXT, _TAG_CONTEXT, _TAG_COMMENT = 6, 7, 8


class CatalogueError(ValueError):
    """A shipped .qm file that cannot be read; str() names it."""


class Catalogue:
    """One language's messages: (context, source) -> its forms (one, or one per plural form).
    A plain class (no dataclass): it is built before the first paint."""

    __slots__ = ("language", "messages")

    def __init__(self, language: str, messages: Mapping[tuple[str, str], tuple[str, ...]]) -> None:
        self.language = language
        self.messages = messages

    @classmethod
    def empty(cls, language_code: str) -> Catalogue:
        return cls(language_code, {})

    @classmethod
    def read(cls, path: Path, language_code: str) -> Catalogue:
        """Read a .qm file compiled by lrelease (with source texts, its default)."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CatalogueError(f"{path}: cannot be read ({exc.strerror})") from None
        if not data.startswith(_QM_MAGIC):
            raise CatalogueError(f"{path}: not a Qt translation file")
        try:
            return cls(language_code, _qm_messages(data))
        except (struct.error, UnicodeDecodeError, IndexError):
            raise CatalogueError(f"{path}: damaged Qt translation file") from None

    def lookup(self, context: str, source: str, n: int = -1) -> str | None:
        forms = self.messages.get((context, source))
        if not forms:
            return None
        text = forms[plural_index(self.language, n) if n >= 0 and len(forms) > 1 else 0]
        return text or None


def _qm_messages(data: bytes) -> dict[tuple[str, str], tuple[str, ...]]:
    pos = len(_QM_MAGIC)
    block = b""
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
        if pos + 5 + length > len(data):
            raise IndexError("a block runs past the end of the file")
        if tag == _BLOCK_MESSAGES:
            block = data[pos + 5 : pos + 5 + length]
        pos += 5 + length
    messages: dict[tuple[str, str], tuple[str, ...]] = {}
    if pos != len(data):
        raise IndexError("bytes after the last block")
    pos = 0
    translations: list[str] = []
    context = source = ""
    while pos < len(block):
        tag = block[pos]
        pos += 1
        if tag == _TAG_END:
            if source or translations:
                messages[(context, source)] = tuple(translations)
            translations, context, source = [], "", ""
            continue
        if tag == _TAG_OBSOLETE1:
            pos += 4
            continue
        length = struct.unpack_from(">I", block, pos)[0]
        pos += 4
        if tag == _TAG_TRANSLATION:
            # 0xffffffff marks a null translation (an unfinished one, left out by lrelease)
            if length != 0xFFFFFFFF:
                translations.append(block[pos : pos + length].decode("utf-16-be"))
                pos += length
        else:
            raw = block[pos : pos + length]
            pos += length
            if tag == _TAG_SOURCE_TEXT:
                source = raw.decode("utf-8")
            elif tag == _TAG_CONTEXT:
                context = raw.decode("utf-8")
            elif tag != _TAG_COMMENT:
                raise IndexError(tag)
    return messages


# -- the process's language --------------------------------------------------------------------

_language = SOURCE_LANGUAGE
_catalogue: Catalogue | None = None  # read at first use: English needs its plural forms too


def language() -> str:
    """The code of the language in use ('en', 'de', 'fr', 'es', 'pt_BR')."""
    return _language


def set_language(language_code: str) -> None:
    """Use `language_code` from now on (the CLI at start, the window before it builds)."""
    global _language, _catalogue
    code = parse_language(language_code)
    _catalogue = _read_catalogue(code)
    _language = code


_catalogue_problem = ""


def catalogue_problem() -> str:
    """Why the language's catalogue could not be read (its text then shows in English), in
    one line naming the file; empty when it was read or there is none to read."""
    return _catalogue_problem


def _read_catalogue(language_code: str) -> Catalogue:
    """The shipped catalogue; a damaged or unreadable one is no reason to refuse to start:
    the words stay English and catalogue_problem() says why."""
    global _catalogue_problem
    path = catalogue_path(language_code)
    _catalogue_problem = ""
    if not path.exists():
        return Catalogue.empty(language_code)
    try:
        return Catalogue.read(path, language_code)
    except CatalogueError as exc:
        _catalogue_problem = str(exc)
        return Catalogue.empty(language_code)


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1, /) -> str:
    """`source` in the language in use (itself where the catalogue has nothing). With n >= 0
    the plural form for n is chosen and every %n becomes n, written in that language."""
    global _catalogue
    del disambiguation  # part of Qt's signature, which lupdate reads; we use none
    if _catalogue is None:
        _catalogue = _read_catalogue(_language)
    text = _catalogue.lookup(context, source, n) or source
    if n >= 0:
        text = text.replace("%n", str(n))
    return text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Marks `source` for the catalogue where it cannot be translated yet (a module-level
    constant); translate(context, VALUE) at use time with the same context."""
    del context
    return source


# -- numbers ------------------------------------------------------------------------------------

# Languages whose decimal separator is a comma (all but English here).
_COMMA_DECIMALS = frozenset({"de", "fr", "es", "pt_BR"})


def decimal_separator(language_code: str | None = None) -> str:
    return "," if (language_code or _language) in _COMMA_DECIMALS else "."


def format_number(value: float, decimals: int = 2) -> str:
    """62.5 -> '62.5' ('62,5' in German), 60.0 -> '60', 27.216 -> '27.22': rounded to
    `decimals`, trailing zeros dropped, no grouping (so it can be typed back)."""
    text = f"{round(value, decimals):.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(".", decimal_separator())


def format_fixed(value: float, decimals: int) -> str:
    """`value` with exactly `decimals` decimals ('1.50' / '1,50'), for columns that align."""
    return f"{value:.{decimals}f}".replace(".", decimal_separator())


def sort_key(text: str) -> str:
    """`text` as an alphabetical order in these five languages reads it: case and accents
    aside ("Élévation" among the E, "Übung" among the U), ß as ss."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# -- dates ------------------------------------------------------------------------------------

# Day and month names by language, Monday first and January first: abbreviated, then full.
_DAYS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    ),
    "de": (
        ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
        ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    ),
    "fr": (
        ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
        ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    ),
    "es": (
        ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
        ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    ),
    "pt_BR": (
        ("seg", "ter", "qua", "qui", "sex", "sáb", "dom"),
        (
            "segunda-feira",
            "terça-feira",
            "quarta-feira",
            "quinta-feira",
            "sexta-feira",
            "sábado",
            "domingo",
        ),
    ),
}
_MONTHS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
        (
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ),
    ),
    "de": (
        (
            "Jan.",
            "Feb.",
            "März",
            "Apr.",
            "Mai",
            "Juni",
            "Juli",
            "Aug.",
            "Sept.",
            "Okt.",
            "Nov.",
            "Dez.",
        ),
        (
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ),
    ),
    "fr": (
        (
            "janv.",
            "févr.",
            "mars",
            "avr.",
            "mai",
            "juin",
            "juil.",
            "août",
            "sept.",
            "oct.",
            "nov.",
            "déc.",
        ),
        (
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ),
    ),
    "es": (
        ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"),
        (
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ),
    ),
    "pt_BR": (
        ("jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"),
        (
            "janeiro",
            "fevereiro",
            "março",
            "abril",
            "maio",
            "junho",
            "julho",
            "agosto",
            "setembro",
            "outubro",
            "novembro",
            "dezembro",
        ),
    ),
}

_FIELD = re.compile(r"%(-?)([aAbBdemYyHMS%])")


def strftime(value: date | datetime | time, pattern: str) -> str:
    """`value` written by a strftime-style `pattern` (translate the pattern itself) with the
    language's day and month names: %a %A %b %B %d %e (day, no padding) %m %Y %y %H %M %S %%;
    %-d and %-m drop the leading zero. Unlike time.strftime it ignores the C locale."""
    from datetime import date

    days, months = _DAYS[_language], _MONTHS[_language]

    def field(match: re.Match[str]) -> str:
        unpadded, code = match.group(1) == "-", match.group(2)
        if code == "%":
            return "%"
        if code in "aA":
            assert isinstance(value, date)
            return days[code == "A"][value.weekday()]
        if code in "bB":
            assert isinstance(value, date)
            return months[code == "B"][value.month - 1]
        if code == "e":
            unpadded, code = True, "d"
        number = {
            "d": lambda: value.day,  # type: ignore[union-attr]
            "m": lambda: value.month,  # type: ignore[union-attr]
            "Y": lambda: value.year,  # type: ignore[union-attr]
            "y": lambda: value.year % 100,  # type: ignore[union-attr]
            "H": lambda: value.hour,  # type: ignore[union-attr]
            "M": lambda: value.minute,  # type: ignore[union-attr]
            "S": lambda: value.second,  # type: ignore[union-attr]
        }[code]()
        return str(number) if unpadded or code == "Y" else f"{number:02d}"

    return _FIELD.sub(field, pattern)


def weekday_name(weekday: int, *, full: bool = True) -> str:
    """Monday is 0, as date.weekday() counts."""
    return _DAYS[_language][full][weekday]


def month_name(month: int, *, full: bool = True) -> str:
    """January is 1."""
    return _MONTHS[_language][full][month - 1]
